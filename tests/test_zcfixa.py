"""zcfixa: one report's rate with the part and the whole the question states — 「X占Y」「X对Y的比率」「以Y为分母」
「按Y算」「Y里X有多大比例」「X除以Y」, a sum on either side (「A加B」「A和B合起来」「A+B」), the named rate's default
whole only when none is stated; the per-month average (a figure ÷ 12, said so); the same asked as follow-ups of a
chat; a fee asked in 元 when the table prints 万元 (converted and said); a whole of 0 is 「无法计算」. Asked of a
small store of wild reports, in phrasings of our own (not the bank's)."""

import re

import pytest

from wildstore import extracted

REPORTS = (
    "t21-nanming-jtj-cards-2024.txt",  # 新收40 上年结转2 予以公开10 部分公开1 总计41 结转下年1 自然人38 收费0
    "h21-wujin-jyj-hanweb-2021.html",  # 新收80 上年结转0 予以公开30 部分公开5 总计79 结转1 自然人73 收费8283.9万元
    "t23-keqiao-gov-chromecopy-2023.txt",  # 新收84 上年结转1 予以公开21 部分公开10 总计85 结转0 收费3195.01万元
    "h25-shitang-zhen-dash-2025.html",  # every count 0
)


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)[0]


def _chat(wild, previous: list[str]) -> list[str]:
    """The turns before, as the chat keeps them (each asked after the history before it, kept as read)."""
    from rag import followup

    turns: list[str] = []
    for turn in previous:
        followup.keep(turns, turn, wild.ask(turn, previous=list(turns) or None))
    return turns


def _pct(ans, want):
    assert ans.value is not None and abs(float(ans.value) - want) < 0.05, ans.answer
    assert ans.unit == "%", ans.answer


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("南明区交通运输局2024年予以公开的数量对本年新收的比率", 25.0),
        ("南明区交通运输局2024年以本年新收为分母，全部公开的比例是多少", 25.0),
        ("绍兴市柯桥区人民政府2023年本年新收的申请当中予以公开的有多大比例", 25.0),
        ("武进区教育局2021年本年新收里头有多大比例是予以公开的", 37.5),
        ("武进区教育局2021年予以公开率按新收申请算是多少", 37.5),
    ],
)
def test_the_part_over_the_whole_the_question_states(wild, q, want):
    _pct(wild.ask(q), want)


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("南明区交通运输局2024年予以公开和部分公开一起对本年新收的比率", 27.5),
        ("柯桥区人民政府2023年予以公开加部分公开的比例，分母用本年新收", 36.9),
        ("武进区教育局2021年公开率（全部公开+部分公开）以新收为分母是多少", 43.75),
    ],
)
def test_a_sum_in_the_part(wild, q, want):
    _pct(wild.ask(q), want)


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("南明区交通运输局2024年结转下年度的比率是多少，对新收和上年结转合计", 2.38),
        ("南明区交通运输局2024年办理结果总计对新收加上年结转的比率是多少", 97.62),
        ("南明区交通运输局2024年应办的申请（新收和上年结转）里办结了百分之多少", 97.62),
        ("武进区教育局2021年有多少比例的申请转到下一年办，分母按新收加上年结转算", 1.25),
    ],
)
def test_a_sum_in_the_whole(wild, q, want):
    _pct(wild.ask(q), want)


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("武进区教育局2021年平均一个月来几件信息公开申请（本年新收÷12）", 6.67),
        ("南明区交通运输局2024年平均一个月来几件信息公开申请（本年新收除以12）", 3.33),
        ("柯桥区人民政府2023年平均一个月来几件信息公开申请（新收÷12）", 7.0),
    ],
)
def test_the_per_month_average(wild, q, want):
    ans = wild.ask(q)
    assert ans.value is not None and abs(float(ans.value) - want) < 0.05, ans.answer
    assert "12" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "yuan"),
    [
        ("柯桥区人民政府2023年收费金额折合多少元", "31950100"),
        ("武进区教育局2021年行政事业性收费共计多少块钱", "82839000"),
        ("绍兴市柯桥区人民政府2023年一共收了多少元的费用", "31950100"),
    ],
)
def test_a_fee_asked_in_yuan_when_the_table_prints_wan(wild, q, yuan):
    ans = wild.ask(q)
    assert yuan in ans.answer.replace(",", ""), ans.answer
    assert "万元" in ans.answer, ans.answer
    assert "未提及" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("previous", "q", "want"),
    [
        (["武进区教育局2021年予以公开占新收的比例是多少"], "那自然人申请占新收的比例呢", 91.25),
        (["武进区教育局2021年予以公开占新收的比例是多少"], "改问部分公开占新收的呢", 6.25),
        (["南明区交通运输局2024年复议纠错率是多少"], "予以公开占新收的比例呢", 25.0),
        (["柯桥区人民政府2023年自然人申请占比是多少", "复议纠错率呢"], "换成部分公开占新收的比例", 11.90),
    ],
)
def test_a_stated_rate_as_a_follow_up(wild, previous, q, want):
    _pct(wild.ask(q, previous=_chat(wild, previous)), want)


@pytest.mark.parametrize(
    ("previous", "q", "want"),
    [
        (["武进区教育局2021年予以公开占新收的比例是多少"], "每个月平均新收多少件", 6.67),
        (["南明区交通运输局2024年自然人申请占比是多少"], "平均每个月新收几件", 3.33),
        (["柯桥区人民政府2023年予以公开率是多少", "那部分公开的呢"], "那每个月平均收到几件申请呢", 7.0),
        (["武进区教育局2021年自然人申请占比是多少"], "平均每个月收到几件申请", 6.67),
    ],
)
def test_the_per_month_average_as_a_follow_up(wild, previous, q, want):
    ans = wild.ask(q, previous=_chat(wild, previous))
    assert ans.value is not None and abs(float(ans.value) - want) < 0.05, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "石塘镇人民政府2025年予以公开的数量对本年新收的比率",
        "石塘镇2025年有多大比例的申请拖到下一年，分母按新收加上年结转算",
        "温岭市石塘镇人民政府2025年予以公开率（按本年新收算）",
    ],
)
def test_a_whole_of_zero_cannot_be_computed(wild, q):
    ans = wild.ask(q)
    assert "无法计算" in ans.answer, ans.answer
    assert re.search(r"分母的本年新收(?:\+上年结转)?为0件", ans.answer), ans.answer  # the whole stated
    assert "结转下年度+本年新收" not in ans.answer, ans.answer  # (never the whole added to the part)
    assert ans.value is None or ans.unit != "%", ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "哪个单位的予以公开率最高？以本年新收为分母",
        "各单位予以公开率（按新收算）排名",
        "予以公开率排第一的是哪家？分母按本年新收算",
    ],
)
def test_a_stated_whole_over_the_reports(wild, q):
    ans = wild.ask(q)
    assert ans.value is not None and abs(float(ans.value) - 37.5) < 0.05, ans.answer  # 武进 30÷80, not 30÷79
