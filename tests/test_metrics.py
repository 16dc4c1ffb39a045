"""Narrative claims by rule, and the narrative checked against the tables."""

from hypothesis import given, settings, strategies as st

from extractor.extract import extract_bytes, extract_path
from extractor.normalize import parse_chinese_number
from reportgen import consistent_values, render


def _report(extra: str):
    text = render(consistent_values(3), "pipe").replace("一、总体情况\n", "一、总体情况\n" + extra + "\n", 1)
    return extract_bytes(text.encode())


def test_value_unit_qualifier_label_span():
    r = _report("市政府网站共发布各类政务信息13,050余条，“市长信箱”受理有效群众信件3459件，办结率93.38%。")
    by_value = {m.value: m for m in r.metrics}
    m = by_value[13050]
    assert (m.unit, m.qualifier, m.key) == ("条", "余", "网站发布信息")
    assert r.text[m.span.start : m.span.end].endswith("13,050余条")
    assert by_value[93.38].unit == "%" and by_value[93.38].key == "办结率"
    assert by_value[3459].unit == "件" and by_value[3459].section == 1


def test_dates_years_document_numbers_ordinals_are_not_metrics():
    r = _report("根据〔2022〕3号文件，2023年3月1日召开第5次会议，20日内答复，一是加强培训。")
    values = {m.value for m in r.metrics if m.section == 1}
    assert values.isdisjoint({2022, 3, 2023, 1, 5, 20})


def test_wan_stays_in_the_unit_not_multiplied():
    r = _report("网站访问量1395万人次，粉丝量3.7万。")
    got = {(m.value, m.unit) for m in r.metrics}
    assert (1395, "万人次") in got and (3.7, "万") in got


def test_no_metrics_from_table_cells():
    r = _report("")
    spans = [(c.span.start, c.span.end) for c in r.cells if c.span]
    for m in r.metrics:
        assert not any(a < m.span.end and m.span.start < b for a, b in spans)


def test_chinese_numerals():
    assert [parse_chinese_number(s) for s in ("十五", "三百二十", "百", "两千", "一万二千")] == [
        15,
        320,
        100,
        2000,
        12000,
    ]


def test_seed_narrative_reconciles_with_tables(corpus):
    r = extract_path(str(corpus / "reports" / "ankang-2022.txt"))
    values = {m.value for m in r.metrics}
    assert {56, 2} <= values
    assert not [f for f in r.findings if f.check in ("S2", "S3")]


def test_documented_mismatches_found(corpus):
    r = extract_path(str(corpus / "reports" / "shanghai-office-2019.html"))
    s2 = {f.quotes[0]: f for f in r.findings if f.check == "S2"}
    assert set(s2) == {"予以公开及部分公开258件", "无法提供265件"}
    assert "275" in s2["予以公开及部分公开258件"].message and "337" in s2["无法提供265件"].message
    assert all(f.severity == "warning" and f.kind == "report_defect" for f in s2.values())


def test_received_may_include_carry_over():
    values = consistent_values(3)
    both = values["t3.new.tot"] + values["t3.carry_in.tot"]
    r = _report(f"全年共收到政府信息公开申请{both}件。")
    assert not [f for f in r.findings if f.check == "S2"]
    wrong = _report(f"全年共收到政府信息公开申请{both + 7}件。")
    assert [f for f in wrong.findings if f.check == "S2"]


def test_lawsuits_any_route_reconciles():
    values = consistent_values(3)
    ld = values["t4.ld.tot"]
    r = _report(f"应对政府信息公开诉讼{ld}起。")
    assert not [f for f in r.findings if f.check == "S3"]


def test_unpaid_fee_rows_need_a_fee_statement():
    values = consistent_values(3)
    values["t3.r6_2.np"] = (values["t3.r6_2.np"] or 0) + 2
    values["t3.r6_2.tot"] = (values["t3.r6_2.tot"] or 0) + 2
    text = render(values, "pipe").replace("本年度未收取信息处理费。", "无。")
    r = extract_bytes(text.encode())
    assert [f.check for f in r.findings if f.check == "S7"] == ["S7"]
    ok = extract_bytes(render(values, "pipe").encode())
    assert not [f for f in ok.findings if f.check == "S7"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789,.件万元余多以上年%个 ０١", max_size=60))
def test_claims_tried_from_a_number_s_first_digit_only_match_as_from_every_digit(text):
    """metrics._CLAIM skips tries from inside a run of digits (a lookbehind after the first digit):
    the matches must be those of the same pattern tried at every digit."""
    import re

    from extractor import metrics

    every_digit = re.compile(metrics._CLAIM.pattern.replace(r"\d(?<!\d\d)\d*+", r"\d++", 1))
    assert every_digit.pattern != metrics._CLAIM.pattern
    assert [(m.span(), m.groups()) for m in metrics._CLAIM.finditer(text)] == [
        (m.span(), m.groups()) for m in every_digit.finditer(text)
    ]


def test_the_templates_own_sentence_is_the_active_disclosure_key():
    # the template's sentence names the site it disclosed on; what it counts is 主动公开 (userprobe4's left:
    # a corpus question or export on 主动公开信息 missed every report that wrote it this way)
    r = _report("通过门户网站政府信息公开专栏主动公开各类政府信息693条。门户网站更新信息1200条。")
    by_value = {m.value: m for m in r.metrics}
    assert by_value[693].key == "主动公开信息"
    assert by_value[1200].key == "网站发布信息"


def test_an_ordinal_wrapped_at_a_line_end_is_no_claim():
    # review 13: 「召开第1⏎2次常务会议」 joined across the wrap is the ordinal 第12次, not a claim 「12次」
    r = _report("今年召开第1\n2次常务会议研究政务公开工作，其中政策文件1\n0条。")
    values = {m.value for m in r.metrics if m.section == 1}
    assert 12 not in values and 10 in values, values
