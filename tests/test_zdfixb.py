"""zdfixb: a quote of the report pasted into the question, then 「这个数对吗」 — the quoted sentence is found in that
body's report (the same words with another figure are still the sentence) and said right or wrong with the
report's own figure and its verbatim quote; a quote found nowhere is said so, with no value; a table cell quoted by
its label (「表格里“复议 总计”那格是2」) is checked against the cell. Never the user's figure unless the report prints
it. Asked of a small store of wild reports, in phrasings of our own."""

import pytest

from wildstore import extracted

REPORTS = [
    "h21-lucheng-rsj-cellnotes-2021.html",
    "t24-chengnan-jd-copy-hdr2-2024.txt",
    "d21-tongxiang-gov-pandoc-2021.docx",
    "p21-xiuying-wjw-fakebold-2023.pdf",
]


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)[0]


SENTENCE = "全年通过门户网站政府信息公开专栏主动公开各类政府信息"


@pytest.mark.parametrize(
    "q",
    [
        f"鹿城区人社局2021年的报告里写着“{SENTENCE}804条”，对不对？",
        f"我从鹿城区人力资源和社会保障局2021年报里抄了一句：『{SENTENCE}804条』，帮我核实一下",
        f"「{SENTENCE}804条」这句是鹿城区人社局2021年年报上的，准不准",
    ],
)
def test_a_quote_with_the_reports_figure_is_said_right_with_the_quote(wild, q):
    ans = wild.ask(q)
    assert ans.value == 804, ans.answer
    assert ans.answer.startswith("对"), ans.answer
    assert f"{SENTENCE}804条" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        f"城中区城南街道2024年报告原话“{SENTENCE}955条”，这个数字对吗",
        f"城南街道办事处2024年年报：「{SENTENCE}755条」。帮忙核实一下对不对",
        f"有人转给我城中区城南街道2024年报的一句“{SENTENCE}9 55条”，是不是这个数",
    ],
)
def test_a_quote_with_another_figure_is_said_wrong_with_the_reports_figure(wild, q):
    ans = wild.ask(q)
    assert ans.value == 855, ans.answer
    assert ans.answer.startswith("不对"), ans.answer
    assert f"{SENTENCE}855条" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "鹿城区人社局2021年的年报里说“全年共举办政府开放日活动12场”，这个数对吗",
        "鹿城区人力资源和社会保障局2021年报原文：「本年度共收到人大代表建议36件」，对不对",
        "“全年累计发布短视频47条”——鹿城区人社局2021年报告里的，准不准",
    ],
)
def test_a_quote_found_nowhere_in_the_report_is_said_so_with_no_value(wild, q):
    ans = wild.ask(q)
    assert ans.value in (None, False), ans.answer
    assert "没有找到" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "value", "right"),
    [
        ("桐乡市2021年报的表里“办理结果 总计”填的是83，对不对", 81, False),
        ("桐乡市人民政府2021年年报表格中「办理结果总计」一格为81，核实一下", 81, True),
        ("秀英区卫健委2023年报告表格里『复议 总计』那个格子写的2，准不准", 0, False),
        ("秀英区卫生健康委员会2023年报表格“复议总计”是0，这个数对吗", 0, True),
    ],
)
def test_a_table_cell_quoted_by_its_label_is_checked_against_the_cell(wild, q, value, right):
    ans = wild.ask(q)
    assert ans.value == value, ans.answer
    assert ans.answer.startswith("对" if right else "不对"), ans.answer
