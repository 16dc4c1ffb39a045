"""zrfixa: a figure or claim inside the question (blindzr) — users ask from memory or a press release, and the
premise is checked, never adopted; the headline is the report's figure for what is ASKED.

(1) 「X年收到的N件申请里，结转下一年的有几件」: the measure asked (结转下年度), not 本年新收 (the N is a premise).
(2) 「报道说X接到了N件申请，是这个数吗」: the report's 本年新收 is the value, said 不是/是 against N.
(3) 「听说X零申请/没被复议/没被起诉，是真的吗」: 是/否 with the deciding count as the value.
(4) A chosen report, 「记得去年的新收是今年的一半，去年到底多少」: the previous year's figure is the headline.
(5) 「X 2025年的申请为什么比2024年多了那么多，到底差多少」: the change is the value (the why is not refused).
Asked of wild-set reports, in phrasings of our own (not the bank's)."""

from __future__ import annotations

import pytest

from tests.wildstore import extracted

REPORTS = [
    "docx21-yuecheng-merged-2022.docx",  # 0 绍兴市越城区发展和改革局 2022: 新收 83, 结转下年度 2, 复议 2, 诉讼 2
    "md21-yinzhou-mineru-2024.md",  # 1 宁波市鄞州区市场监督管理局 2024: 新收 110, 结转下年度 10
    "h21-donghu-mzj-rowspan-2024.html",  # 2 南昌市东湖区民政局 2024: 新收 41, 结转下年度 4
    "t20-daxing-xiang-gf2019-copy-2020.txt",  # 3 西昌市大兴乡人民政府 2020: 新收 0
    "h24-shaoshan-gov-bosi-hdr2-heji-2024.html",  # 4 韶山市人民政府 2024: 新收 73, 复议 1
    "h25-shaoshan-gov-bosi-fullwidth-extra-2025.html",  # 5 韶山市人民政府 2025: 新收 75
    "h22-xinhua-tyj-bosi-abbr-blank-2022.html",  # 6 新化县文化旅游广电体育局 2022: 新收 48
    "p23-xinhua-xian-wlj-newtot-defect-2023.pdf",  # 7 新化县文化旅游广电体育局 2023: 新收 12, 复议 0, 诉讼 0
]


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


# (1) a wrong figure inside the question: the measure asked is the headline
@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("绍兴市越城区发展和改革局2022年受理的90件申请当中，还没处理完、转到下年度继续办的有几件", 2),
        ("宁波市鄞州区市场监督管理局2024年接收的120件政府信息公开申请中，结转到下一年的是多少件？", 10),
        ("南昌市东湖区民政局2024年收到50件信息公开申请，其中有几件留到下一年度办理", 4),
        ("越城区发展和改革局2022年度收到的90个申请里面结转下年度的有多少", 2),
    ],
)
def test_a_figure_in_the_question_is_not_the_headline(wild, q, value):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == value, (ans.value, ans.answer)


# (2) a figure from a press release put to the report: its 新收, said 不是 / 是
@pytest.mark.parametrize(
    ("q", "value", "right"),
    [
        ("有篇报道讲宁波市鄞州区市场监督管理局2024年收到了200件信息公开申请，是这个数吗", 110, False),
        ("公众号文章称韶山市人民政府2024年受理了146件政府信息公开申请，数字是这个吗？", 73, False),
        ("据宣传材料，南昌市东湖区民政局2024年收到41件信息公开申请，是这个数不？", 41, True),
    ],
)
def test_a_press_figure_checked_against_the_report(wild, q, value, right):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == value, (ans.value, ans.answer)
    assert ans.answer.startswith("是" if right else "不是"), ans.answer


# (3) a yes/no claim about a cell: 零申请, 没有复议, 没被起诉
@pytest.mark.parametrize(
    ("q", "value", "right"),
    [
        ("有人说西昌市大兴乡人民政府2020年一件信息公开申请都没收到，真的假的", 0, True),
        ("听人讲绍兴市越城区发展和改革局2022年是零申请，属实吗？", 83, False),
        ("据说韶山市人民政府2024年全年零申请，是不是真的", 73, False),
        ("听说韶山市人民政府2024年没有被申请过行政复议，是真的吗", 1, False),
        ("有人讲新化县文化旅游广电体育局2023年一次行政复议都没有，是真的吗", 0, True),
    ],
)
def test_a_zero_claim_is_answered_yes_or_no_with_the_count(wild, q, value, right):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == value, (ans.value, ans.answer)
    assert ans.answer.startswith("是" if right else "否"), ans.answer


# (4) a chosen report: the previous year's figure asked behind a remembered ratio
@pytest.mark.parametrize(
    ("q", "report", "value"),
    [
        ("印象里去年的新收申请只有今年的一半，去年实际收了几件", 5, 73),
        ("我记得上一年新收的申请是今年的四倍，那上一年到底是多少件", 7, 48),
        ("好像去年新收申请数是今年的两倍吧，去年究竟多少", 5, 73),
    ],
)
def test_the_previous_year_behind_a_remembered_ratio(wild, q, report, value):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[report])
    assert ans.value == value, (ans.value, ans.answer)


# (5) 「为什么…多了那么多，差多少」: the change is the value
@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("韶山市人民政府2025年的信息公开申请为啥比2024年多了这么多？究竟差几件？", 2),
        ("韶山市人民政府2025年的政府信息公开申请怎么会比2024年多这么多？相差几件？", 2),
        ("新化县文化旅游广电体育局2023年的政府信息公开申请咋比2022年少那么多？差了几件", -36),
    ],
)
def test_why_so_many_more_how_many(wild, q, value):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == value, (ans.value, ans.answer)
