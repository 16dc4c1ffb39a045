"""Human words for cells and findings: every label comes from the table spec, every finding reads as
one sentence with what was printed and what the parts add up to (issue 15: 「表三·（四）1.本机关不掌握
相关政府信息·总计：769」, 「总计印为0，按各项之和应为11」)."""

import re

import pytest

from extractor import tablespec as ts
from extractor.checkspec import KINDS, describe
from extractor.extract import extract_bytes, extract_path
from reportgen import consistent_values, render


@pytest.mark.parametrize(
    "key, label",
    [
        ("t3.r4_1.tot", "表三·（四）1.本机关不掌握相关政府信息·总计"),
        ("t3.new.np", "表三·一、本年新收政府信息公开申请数量·自然人"),
        ("t3.r2.tot", "表三·（二）部分公开·总计"),  # the printed note in brackets is left out
        ("t3.r6_2.oth", "表三·（六）2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请·其他"),
        ("t3.r6.tot", "表三·（六）其他处理·总计"),  # GF2019's single row
        ("t4.ld.fix", "表四·行政诉讼·未经复议直接起诉·结果纠正"),
        ("t4.rv.tot", "表四·行政复议·总计"),
        ("t2.norm.made", "表二·行政规范性文件·本年制发件数"),
        ("t2.norm.new_made", "表二·规范性文件·本年新制作数量"),  # the 2019 column names the 2019 row
        ("t2.fee.amount_wan", "表二·行政事业性收费·本年收费金额（单位：万元）"),
    ],
)
def test_cell_labels_come_from_the_spec(key, label):
    assert ts.cell_label(key) == label


def test_unknown_keys_and_places_stay_as_they_are():
    assert ts.cell_label("x.y") == "x.y"
    assert ts.place_label("sections") == "sections"
    assert ts.place_label("t3.np") == "表三·自然人列"
    assert ts.place_label("t4.lr") == "表四·行政诉讼·复议后起诉"


def test_every_printed_cell_has_a_label_without_codes():
    for spec in (ts.T2_GF2021, ts.T2_GF2019, ts.T3_GF2021, ts.T3_GF2019, ts.T4):
        for r in spec.rows:
            for c in r.cols:
                label = ts.cell_label(f"{spec.id}.{r.key}.{c}")
                assert label.startswith(("表二·", "表三·", "表四·")) and label.count("·") >= 2, label
                assert not re.search(r"[a-z_]{2,}", label), label


def test_the_template_groups_of_table_two_cover_its_rows():
    for template, spec in (("GF2021", ts.T2_GF2021), ("GF2019", ts.T2_GF2019)):
        grouped = [k for _, rows in ts.t2_groups(template) for k in rows]
        assert grouped == [r.key for r in spec.rows]


def test_a_printed_total_that_does_not_add_up_is_said_with_both_numbers(corpus):
    report = extract_path(str(corpus / "reports" / "hongze-2023.pdf"))
    h5 = [f for f in report.findings if f.check == "H5" and f.where == "t4.rv"][0]
    d = describe(h5, report.values(), report.template.value)
    assert d.sentence == "表四·行政复议：总计印为0，按各项之和应为11（结果维持10、结果纠正1）。"
    assert (d.printed, d.implied) == (0, 11)
    assert d.totals == ["t4.rv.tot"] and "t4.rv.keep" in d.parts and "t4.rv.tot" not in d.parts
    assert d.kind_label == "报告错误" and d.label == "表四合计" and d.rule.startswith("表四每组")


def test_column_identity_and_two_sided_identity():
    values = consistent_values(3)
    values["t3.r7.tot"] += 1
    report = extract_bytes(render(values, "pipe").encode())
    by = {f.check: describe(f, report.values()) for f in report.findings}
    assert by["H3"].sentence.startswith(
        f"表三·总计列：（七）总计印为{values['t3.r7.tot']}，按各项之和应为{values['t3.r7.tot'] - 1}（"
    )
    h1 = by["H1"]
    assert "本年新收" in h1.sentence and "结转下年度" in h1.sentence and h1.sentence.endswith("两边相差1。")
    assert h1.totals == []  # neither side is "the total"


def test_blank_cells_say_what_is_blank(corpus):
    report = extract_path(str(corpus / "reports" / "shanghai-office-2019.html"))
    found = [describe(f, report.values(), report.template.value) for f in report.findings]
    r1 = next(d for d in found if d.kind == "blank_cells" and d.place == "表三·（一）予以公开")
    assert (
        r1.sentence
        == "表三·（一）予以公开：总计空白未填，各项之和为272（自然人258、商业企业12、法律服务机构1、其他1），无法核对。"
    )
    assert r1.kind_label == KINDS["blank_cells"][0] == "空白单元格"


def test_narrative_findings_show_what_the_table_says(corpus):
    report = extract_path(str(corpus / "reports" / "shanghai-office-2019.html"))
    s2 = [describe(f, report.values()) for f in report.findings if f.check == "S2"]
    assert "正文写「无法提供265件」，表格中对应的数字是：无法提供 337，都不是265。" in [d.sentence for d in s2]
    assert all("r4" not in d.sentence and "new" not in d.sentence for d in s2)  # no keys in the words


def test_glued_rows_are_explained_in_words(corpus):
    report = extract_path(str(corpus / "reports" / "pingtan-2019.txt"))
    found = {f.where: describe(f, report.values(), report.template.value) for f in report.findings}
    assert found["t2.norm"].sentence == (
        "表二·规范性文件：这一行的数字在发布的文本里连在了一起（「898989」），"
        "有10种拆法都符合勾稽关系，无法确定，这一行留空。"
    )
    assert "只有一种拆法，已据此还原" in found["t3.new"].sentence
    assert not any("D4" in d.sentence or "候选拆分" in d.sentence for d in found.values())
