"""One set of values, every physical form and encoding real reports come in, the same cells out."""

import pytest

from extractor.extract import extract_bytes
from extractor.schema import Template
from reportgen import PREAMBLE, consistent_values, render

PREAMBLE_LINE = "<p>" + PREAMBLE.split("\n")[0] + "</p>"

VALUES = consistent_values(7)


@pytest.mark.parametrize("form", ["pipe", "lines", "markdown", "html"])
def test_every_form_reads_every_cell(form):
    report = extract_bytes(render(VALUES, form).encode("utf-8"))
    assert report.template is Template.GF2021
    got = report.values()
    assert {k: got.get(k) for k in VALUES} == VALUES
    assert not [f for f in report.findings if f.severity == "error"]


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8-sig", "utf-16"])
def test_encodings_detected_from_bytes(encoding):
    report = extract_bytes(render(VALUES, "pipe").encode(encoding))
    assert report.values()["t3.new.tot"] == VALUES["t3.new.tot"]
    assert report.encoding == {"gbk": "gb18030"}.get(encoding, encoding)


def test_crlf_and_bare_cr_line_ends():
    text = render(VALUES, "lines")
    for sep in ("\r\n", "\r"):
        report = extract_bytes(text.replace("\n", sep).encode())
        assert report.values()["t3.r7.tot"] == VALUES["t3.r7.tot"]


def test_label_variants_are_tolerated():
    labels = {
        "t2.norm": "规范性文件",
        "t3.r3_3": '3. 危及"三安全一稳定"',
        "t3.r2": "(二)部分公开(区分处理的, 只计这一情形, 不计其它情形)",
        "t3.new": "一、本年新收政府信息公开申请数量",
        "t3.r5_4": "4.无正当理由大量反复 申请",
    }
    report = extract_bytes(render(VALUES, "html", labels=labels).encode())
    got = report.values()
    assert {k: got.get(k) for k in VALUES} == VALUES


def test_single_row_other_handling_variant():
    values = consistent_values(5, single_r6=True)
    report = extract_bytes(render(values, "pipe", single_r6=True).encode())
    got = report.values()
    assert "t3.r6.tot" in got and "t3.r6_1.tot" not in got
    assert {k: got.get(k) for k in values} == values


def test_blank_cell_is_null_not_zero():
    values: dict[str, int | float | None] = dict(VALUES)
    values["t3.carry_in.tot"] = None
    for form in ("pipe", "lines", "markdown", "html"):
        report = extract_bytes(render(values, form).encode())
        cell = report.cell("t3.carry_in.tot")
        assert cell is not None and cell.value is None and cell.placeholder, form
        assert report.cell("t3.carry_in.np").value == VALUES["t3.carry_in.np"], form


def test_slash_placeholder_kept_distinct_from_zero():
    text = render(VALUES, "pipe").replace(f"规章\n|\n{VALUES['t2.reg.made']}\n", "规章\n|\n/\n", 1)
    report = extract_bytes(text.encode())
    cell = report.cell("t2.reg.made")
    assert cell.value is None and cell.placeholder and cell.raw == "/"


def test_glued_table_three_recovered_exactly():
    report = extract_bytes(render(VALUES, "glued").encode())
    got = report.values()
    for k, v in VALUES.items():
        if k.startswith(("t3.", "t4.")):
            assert got[k] == v, k
            assert report.cell(k).source == "glued_split"
    assert report.glued


def test_html_rowspan_colspan_grid():
    from extractor.load_html import expand_grid

    grid = expand_grid([[("a", 2, 1), ("b", 1, 2)], [("c", 1, 1), ("d", 1, 1)]])
    assert grid == [[(0, 0), (0, 1), (0, 1)], [(0, 0), (1, 0), (1, 1)]]


def test_html_navigation_chrome_ignored():
    html = render(VALUES, "html").replace(
        "<body>", "<body><nav>一、总体情况 首页 12345</nav><div class='breadcrumb'>当前位置 99999</div>"
    )
    report = extract_bytes(html.encode())
    assert "99999" not in report.text and "12345" not in report.text
    assert report.values()["t3.new.tot"] == VALUES["t3.new.tot"]


def test_sections_found_in_order():
    report = extract_bytes(render(VALUES, "pipe").encode())
    assert [s.number for s in report.sections] == [0, 1, 2, 3, 4, 5, 6]
    s5 = next(s for s in report.sections if s.number == 5)
    assert report.text[s5.span.start : s5.span.end].startswith("五、存在的主要问题及改进情况")


def test_metadata_from_title():
    report = extract_bytes(render(VALUES, "pipe").encode())
    assert report.year == 2023
    assert report.agency == "测试县人民政府"


@pytest.mark.parametrize("form", ["pipe", "html"])
def test_vendor_subtotal_column_is_read_and_checked(form):
    report = extract_bytes(render(VALUES, form, org_subtotal=True).encode())
    got = report.values()
    assert {k: got.get(k) for k in VALUES} == VALUES
    assert got["t3.new.sub"] == sum(VALUES[f"t3.new.{c}"] for c in ("biz", "sci", "npo", "law", "oth"))
    assert not [f for f in report.findings if f.severity == "error"]


def test_unit_suffix_inside_cells():
    text = render(VALUES, "pipe")
    text = text.replace(f"|\n{VALUES['t3.new.tot']}\n|", f"|\n{VALUES['t3.new.tot']}件\n|", 1)
    report = extract_bytes(text.encode())
    assert report.values()["t3.new.tot"] == VALUES["t3.new.tot"]


def test_html_title_tag_gives_agency_and_year():
    body = render(VALUES, "html").replace(PREAMBLE_LINE, "")
    html = body.replace(
        "<html>", "<html><head><title>某市统计局2021年政府信息公开工作年度报告_某市人民政府</title></head>"
    )
    report = extract_bytes(html.encode())
    assert report.agency == "某市统计局" and report.year == 2021


def test_punctuation_inside_labels():
    labels = {"t3.r3_2": "2.其他法律、行政法规禁止公开", "t3.r7": "(七)合计", "t3.r3_3": "3.危及“三安全、一稳定”"}
    report = extract_bytes(render(VALUES, "pipe", labels=labels).encode())
    got = report.values()
    assert {k: got.get(k) for k in VALUES} == VALUES
    assert not [f for f in report.findings if f.check == "D5"]  # read by label, not by position


def test_gbk_html_page_with_meta_charset():
    html = render(VALUES, "html").replace("<html>", '<html><head><meta charset="gb2312"></head>')
    report = extract_bytes(html.encode("gbk"))
    assert report.encoding == "gb18030" and report.values()["t3.new.tot"] == VALUES["t3.new.tot"]


def test_untitled_report_names_itself():
    text = (
        "一、总体情况\n2023年，县政府办公室认真落实条例，测试县人民政府网站发布信息100条。"
        "县政府办公室持续推进测试县政务公开。\n"
    ) + render(VALUES, "pipe").split("二、主动公开政府信息情况", 1)[1]
    report = extract_bytes(("二、主动公开政府信息情况".join(["", text])).encode())
    assert report.agency == "测试县人民政府办公室"


@pytest.mark.parametrize("form", ["pipe", "lines", "markdown", "html"])
def test_tokens_are_slices_of_the_text(form):
    """The loaders' contract the stream builder relies on (it folds the whole text once)."""
    from extractor.load import load_bytes

    doc = load_bytes(render(VALUES, form).encode("utf-8"))
    assert doc.tokens
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_tab_separated_rows_are_table_rows_with_blank_fields():
    """A table copied out of WPS: one row per line, cells split by tabs, an empty field a blank cell
    (read as such, not glued into its neighbours), 「/」 a placeholder."""
    from reportgen import table_rows

    values: dict[str, int | float | None] = dict(VALUES)
    values["t3.r1.biz"] = None  # printed as an empty field
    rows = table_rows(values)
    rows["t3"] = [[("/" if c == "0" and i == len(rows["t3"]) - 1 else c) for c in r] for i, r in enumerate(rows["t3"])]
    text = render(values, "pipe")
    head, rest = text.split("二、主动公开政府信息情况\n", 1)
    body = "二、主动公开政府信息情况\n" + "".join(
        h + "\n" + "\n".join("\t".join(r) for r in rows[t]) + "\n"
        for h, t in (
            ("", "t2"),
            ("三、收到和处理政府信息公开申请情况", "t3"),
            ("四、政府信息公开行政复议、行政诉讼情况", "t4"),
        )
    )
    report = extract_bytes((head + body + "五、存在的主要问题及改进情况\n无。\n").encode())
    got = report.values()
    assert not report.glued
    assert got["t3.r1.biz"] is None and report.cell("t3.r1.biz").placeholder
    slashed = [k for k in VALUES if k.startswith("t3.carry_out.") and VALUES[k] == 0]
    assert all(report.cell(k).raw == "/" and got[k] is None for k in slashed)
    assert {k: got.get(k) for k in VALUES if k != "t3.r1.biz" and k not in slashed} == {
        k: v for k, v in VALUES.items() if k != "t3.r1.biz" and k not in slashed
    }
