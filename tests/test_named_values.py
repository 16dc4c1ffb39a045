"""Table cells bound by words (extractor/cards.py chains, extractor/header_rows.py): an app's share
text (「▶️（一）予以公开：自然人 5｜商业企业 1｜…」), table 四 written as sentences, table 四 as names rows
over value rows. A value is read only where the words bind it to its row and column; a sentence
that does not say whose values they are, or a row read from words whose total breaks, is null with
a doubt — never a guess, never a year. The generator families txt-share, html-t4-words and
txt-t4-pairs (tests/test_reportgen.py) cover the layouts at random; these pin each rule."""

from __future__ import annotations

from extractor import tablespec as ts
from extractor.extract import extract_bytes
from tests.reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values

T3_NAMES = {c: ts.T3_COL_LABELS[c] for c in ts.T3_COLS}
T4_NAMES = {c: ts.T4_COL_LABELS[c] for c in ts.T4_COLS}


def _t3_share(v: dict) -> list[str]:
    """Table 三 (GF2021) as share lines, the columns in an order of their own."""
    out: list[str] = []
    cols = ("tot", "biz", "np", "sci", "npo", "law", "oth")
    for r in ts.T3_GF2021.rows:
        named = "｜".join(f"{T3_NAMES[c]} {int(v[f't3.{r.key}.{c}'])}" for c in cols)
        out.append(f"▶️{r.label}：{named}")
    return out


def _report(t3: list[str], t4: list[str]) -> bytes:
    head = (
        PREAMBLE
        + SECTION1.format(new=0)
        + SECTION2
        + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t1\n"
        + SECTION3
    )
    return (head + "\n".join(t3) + "\n" + SECTION4 + "\n".join(t4) + "\n" + TAIL).encode("utf-8")


def _cells(report) -> dict:
    return {c.key: c for c in report.cells}


def _doubts(report, check: str) -> set[str]:
    return {k for f in report.findings if f.kind == "extraction_doubt" and f.check == check for k in f.cells}


def _t4_keys(group: str) -> list[str]:
    return [f"t4.{group}.{c}" for c in ts.T4_COLS]


def _said(v: dict, g: str, sep: str = "、") -> str:
    return sep.join(f"{T4_NAMES[c]}{int(v[f't4.{g}.{c}'])}件" for c in ts.T4_COLS)


def test_share_lines_read_by_column_name():
    v = consistent_values(5)
    t4 = [f"⚖️{ts.T4_GROUP_LABELS[g].replace('·', '-')}：{_said(v, g, '｜')}" for g in ts.T4_GROUPS]
    report = extract_bytes(_report(_t3_share(v), t4), "share.txt")
    got = _cells(report)
    for key, want in v.items():
        if key.startswith(("t3.", "t4.")):
            assert got[key].value == want, key
            assert report.text[got[key].span.start : got[key].span.end] == str(int(want)), key


def test_table4_sentences_bind_values_to_the_kind_named_before_them():
    v = consistent_values(6)
    t4 = [
        f"2022年，本机关因政府信息公开工作被申请行政复议的案件中，{_said(v, 'rv')}。",
        f"被提起行政诉讼的案件中，未经复议直接起诉的{_said(v, 'ld')}；复议后起诉的{_said(v, 'lr', '，')}。",
    ]
    report = extract_bytes(_report(_t3_share(v), t4), "prose.txt")
    got = _cells(report)
    for g in ts.T4_GROUPS:
        for key in _t4_keys(g):
            assert got[key].value == v[key], key
            assert report.text[got[key].span.start : got[key].span.end] == str(int(v[key])), key


def test_table4_sentence_that_does_not_name_the_kind_is_not_read():
    v = consistent_values(7)
    # the lawsuits' results follow 「行政诉讼」 with no word for which kind: not bound, nor is a year read
    t4 = [
        f"本机关被申请行政复议的案件中，{_said(v, 'rv')}。",
        f"2023年1月，被提起行政诉讼的案件中，{_said(v, 'ld')}。",
        # the kind said after the results, the kind before them another: not bound
        f"本年度还收到行政复议申请。{_said(v, 'lr')}，均为复议后起诉的案件。",
    ]
    report = extract_bytes(_report(_t3_share(v), t4), "prose.txt")
    got = _cells(report)
    assert [got[k].value for k in _t4_keys("rv")] == [v[k] for k in _t4_keys("rv")]
    for key in _t4_keys("ld") + _t4_keys("lr"):
        assert key not in got or got[key].value is None, key
    assert _doubts(report, "D2") & set(_t4_keys("rv")) == set()
    assert set(_t4_keys("ld")) <= _doubts(report, "D1")
    assert all(c.value not in (2023, 1) for k, c in got.items() if k.startswith("t4.") and k not in _t4_keys("rv"))


def test_table4_row_read_from_words_whose_total_breaks_is_null_with_a_doubt():
    v = consistent_values(8)
    broken = "结果维持2件，结果纠正0件，其他结果1件，尚未审结0件，总计4件"
    t4 = [f"行政复议：{broken}。", f"未经复议直接起诉：{_said(v, 'ld')}。", f"复议后起诉：{_said(v, 'lr')}。"]
    report = extract_bytes(_report(_t3_share(v), t4), "prose.txt")
    got = _cells(report)
    assert all(got[k].value is None for k in _t4_keys("rv"))
    assert set(_t4_keys("rv")) <= _doubts(report, "D9")
    assert [got[k].value for k in _t4_keys("lr")] == [v[k] for k in _t4_keys("lr")]
    assert not any(f.check == "H5" and f.kind != "extraction_doubt" for f in report.findings)


def _pairs(v: dict, kinds: tuple[str, ...] = ts.T4_GROUPS, values: tuple[str, ...] = ts.T4_GROUPS) -> list[str]:
    """Table 四 as names rows (the kind first) over value rows; `values`: whose values each pair prints."""
    out: list[str] = []
    for g, w in zip(kinds, values):
        out.append("\t".join([ts.T4_GROUP_LABELS[g], *T4_NAMES.values()]))
        out.append("\t".join(["", *(str(int(v[k])) for k in _t4_keys(w))]))
    return out


def test_table4_names_rows_over_value_rows_bound_by_position():
    v = consistent_values(9)
    report = extract_bytes(_report(_t3_share(v), _pairs(v)), "pairs.txt")
    got = _cells(report)
    for g in ts.T4_GROUPS:
        for key in _t4_keys(g):
            assert got[key].value == v[key], key
            assert report.text[got[key].span.start : got[key].span.end] == str(int(v[key])), key


def test_table4_names_rows_of_one_kind_twice_are_not_guessed():
    v = consistent_values(10)
    assert [v[k] for k in _t4_keys("ld")] != [v[k] for k in _t4_keys("lr")]
    # 「未经复议直接起诉」 printed twice, the second time over 复议后起诉's values: neither is taken by name
    report = extract_bytes(_report(_t3_share(v), _pairs(v, ("rv", "ld", "ld"))), "pairs.txt")
    got = _cells(report)
    for key in _t4_keys("ld"):
        assert key not in got or got[key].value in (None, v[key]), key
    assert all(k not in got or got[k].value in (None, v[k]) for k in _t4_keys("lr"))


def test_table4_card_lines_with_a_broken_total_are_the_reports_finding():
    v = consistent_values(11)
    # one 「列名：值」 line a cell (cards, extractor/cards.py): bound by the line itself, so a total that
    # does not add up is what the report printed (H5), not a doubt about the reading
    t4: list[str] = []
    for g in ts.T4_GROUPS:
        t4.append(ts.T4_GROUP_LABELS[g].replace("·", "　"))
        t4 += [f"{T4_NAMES[c]}：{int(v[f't4.{g}.{c}']) + (c == 'tot' and g == 'rv')}" for c in ts.T4_COLS]
    report = extract_bytes(_report(_t3_share(v), t4), "cards.txt")
    got = _cells(report)
    assert got["t4.rv.tot"].value == v["t4.rv.tot"] + 1
    assert any(f.check == "H5" and f.where == "t4.rv" for f in report.findings)
    assert not _doubts(report, "D9")
