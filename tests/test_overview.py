"""Across reports (api/overview.py, api/sheets.py): the key figures of each agency and year are the
printed ones, flagged where a printed total does not add up, absent where a report has no tables;
filters find an agency by any form of its name; queries are set-based; exports open in a
spreadsheet."""

import csv
import io
import zipfile

import pytest

from api import overview as ov, sheets
from extractor.extract import extract_bytes, extract_path
from rag.store import Store
from reportgen import AGENCIES, agency_corpus
from webserver import ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus):
    store = Store(tmp_path_factory.mktemp("ov"))
    made = agency_corpus()
    for name, text, _ in made:
        store.add(extract_bytes(text.encode(), name))
    store.add(extract_path(str(corpus / "reports" / "hebei-edu-2018.txt")))
    return store, made


def rows_by_name(store):
    return {(r.agency, r.year): r for r in ov.all_rows(store.db)}


def test_figures_are_the_printed_values(built):
    store, made = built
    rows = rows_by_name(store)
    for name, _, values in made:
        agency, year = name.rsplit("-", 1)[0], int(name.rsplit("-", 1)[1].split(".")[0])
        r = rows[(agency, year)]
        assert r.tables and r.template == "GF2021"
        assert r.figures["new"] == values["t3.new.tot"] and isinstance(r.figures["new"], int)
        assert r.figures["done"] == values["t3.r7.tot"]
        assert r.figures["review"] == values["t4.rv.tot"]
        assert r.figures["lawsuit"] == values["t4.ld.tot"] + values["t4.lr.tot"]
        assert r.figures["norm_made"] == values["t2.norm.made"]
        expected = round(values["t3.r1.tot"] / values["t3.r7.tot"], 4) if values["t3.r7.tot"] else None
        assert r.figures["open_rate"] == expected
        assert r.figures["published"] == 1000 + 37 * made.index((name, _, values))


def test_a_wrong_printed_total_flags_its_figure_and_nothing_else(built):
    store, made = built
    rows = rows_by_name(store)
    first = rows[(AGENCIES[0], 2021)]  # 表四 行政复议 总计 printed 0 over non-zero parts
    assert first.figures["review"] == 0  # as printed: never corrected
    assert first.flagged == ["review", "review_fix_rate"]  # and the rate read from it
    assert first.figures["review_fix_rate"] is None  # no base to divide by
    assert first.findings == {"report_defect": 1}
    second = rows[(AGENCIES[0], 2022)]  # （七）总计 one more than its rows
    assert "done" in second.flagged and "new" not in second.flagged
    clean = rows[(AGENCIES[3], 2022)]
    assert clean.flagged == [] and clean.findings == {}


def test_a_report_without_tables_has_no_figures(built):
    store, _ = built
    legacy = rows_by_name(store)[("河北省教育厅", 2018)]
    assert legacy.template == "LEGACY" and not legacy.tables
    assert all(legacy.figures[m.id] is None for m in ov.MEASURES)


def test_the_queries_are_set_based(built, tmp_path):
    """The number of statements grows with neither the number of reports nor the reports added
    since the last read: the first read computes every row in a few statements, later reads select."""
    store, made = built
    small = Store(tmp_path / "small")
    for name, text, _ in made[:3]:
        small.add(extract_bytes(text.encode(), name))
    big = Store(tmp_path / "big")
    for name, text, _ in made:
        big.add(extract_bytes(text.encode(), name))

    def statements(s):
        seen: list[str] = []
        s.db.set_trace_callback(seen.append)
        rows = ov.all_rows(s.db)
        s.db.set_trace_callback(None)
        reads = [q for q in seen if not q.startswith("INSERT OR REPLACE INTO overview_rows")]  # (one per new row)
        return len(rows), len(reads)

    (n_small, fill_small), (n_big, fill_big) = statements(small), statements(big)
    assert (n_small, n_big) == (3, len(made))
    assert fill_small == fill_big <= 20
    (_, read_small), (_, read_big) = statements(small), statements(big)
    assert read_small == read_big <= 5
    big.add(extract_path(str(ROOT / "eval" / "corpus" / "reports" / "ankang-2022.txt")))
    n, fill_one = statements(big)  # one more report: computed on the next read, with the same statements
    assert n == len(made) + 1 and fill_one <= fill_big + 1  # (+1: the check that finds the new report)
    assert ov.all_rows(big.db, [r.id for r in ov.all_rows(big.db)][:1])[0].figures


@pytest.mark.parametrize(
    "query, agencies",
    [
        ("洪泽", {"淮安市洪泽区人民政府"}),
        ("洪泽区人民政府", {"淮安市洪泽区人民政府"}),  # the short form of the same body
        ("淮安市洪泽区人民政府", {"淮安市洪泽区人民政府"}),
        ("淮安", {"淮安市洪泽区人民政府", "淮安市淮阴区人民政府", "淮安市人民政府"}),
        ("鼓楼区", {"南京市鼓楼区人民政府"}),
        ("教育厅", {"河北省教育厅"}),
        # a short or spoken form, as /api/reports and questions take it (userprobe3: 「河北省科技厅」 found
        # 7 reports in /api/reports and none in the overview)
        ("淮安市洪泽区政府", {"淮安市洪泽区人民政府"}),
        ("河北教育厅", {"河北省教育厅"}),
        ("南京鼓楼区政府", {"南京市鼓楼区人民政府"}),
        ("不存在的机关", set()),
    ],
)
def test_an_agency_is_found_by_any_part_of_its_name(built, query, agencies):
    store, _ = built
    rows = ov.filter_rows(ov.all_rows(store.db), agency=query, aliases=store.alias_table())
    assert {r.agency for r in rows} == agencies


@pytest.mark.parametrize(
    "text, years",
    [
        ("2022", (2022, 2022)),
        ("2022年", (2022, 2022)),
        (" 2021-2023 ", (2021, 2023)),
        ("2023—2021年", (2021, 2023)),
        ("2021年至2022年", (2021, 2022)),
        ("", None),
    ],
)
def test_years_are_read_as_people_write_them(text, years):
    assert ov.parse_years(text) == years


@pytest.mark.parametrize("text", ["20x", "二〇二二", "2022/2023", "22"])
def test_a_year_that_cannot_be_read_is_refused_in_words(text):
    with pytest.raises(ValueError, match="无法识别"):
        ov.parse_years(text)


def test_sorting_by_a_figure_puts_blanks_last(built):
    store, _ = built
    rows = ov.sort_rows(ov.all_rows(store.db), "new", desc=True)
    values = [r.figures["new"] for r in rows]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=True) and values[-1] is None  # the 2018 report


def test_findings_across_reports_are_counted_and_worded(built):
    store, _ = built
    page = ov.findings(store.db)
    assert page.by_kind.get("report_defect", 0) >= 4 and page.total == sum(page.by_kind.values())
    assert page.items[0].described.kind == "report_defect"  # report errors first
    h5 = ov.findings(store.db, check="H5")
    assert h5.total == 2 and all("总计印为0，按各项之和应为" in i.described.sentence for i in h5.items)
    assert h5.checks["H5"] == "表四合计"
    none = ov.findings(store.db, kind="extraction_doubt")
    assert none.total == 0 and none.items == []


def test_csv_export_opens_in_a_spreadsheet(built):
    store, _ = built
    head, body = sheets.overview_table(ov.all_rows(store.db))
    text = sheets.to_csv(head, body)
    assert text.startswith('\ufeff"机关",')  # BOM: Excel reads the Chinese
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0][:3] == ["机关", "地区", "年度"] and len(rows) == len(body) + 1
    legacy = next(r for r in rows if r[0] == "河北省教育厅")
    assert legacy[4] == "无" and legacy[5] == ""  # no tables: blank, never 0


def test_text_that_looks_like_a_formula_stays_text():
    head, body = ["机关", "数"], [['=HYPERLINK("x")', 3], ["-5", -5]]
    text = sheets.to_csv(head, body)
    assert "'=HYPERLINK" in text and ",-5\r\n" in text
    data = sheets.to_xlsx(head, body, "测试")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        strings = z.read("xl/sharedStrings.xml").decode()
    assert "<f>" not in sheet and "HYPERLINK" in strings  # a string, not a formula
    assert "<v>3</v>" in sheet  # numbers are numbers
