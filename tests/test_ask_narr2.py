"""Narrative and answerability families of issue 13 (branch asknarr2), with phrasings written for the
test from a user's side — not taken from a question bank: a narrative number asked by a short label
(its headline the full value, 万 expanded), a narrative number not confused with a table cell or a
neighbouring figure, ratios and shares of two stated numbers, facts stated in words (「排名全省第三」),
the improvement measure of section 五 that matches a focus, and refusals of what the store does not
hold. Expected numbers come from the corpus texts."""

import re

import pytest

from rag.ask import NOT_MENTIONED


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------ 1. a short label, the full value
@pytest.mark.parametrize(
    "q, value, unit, printed",
    [
        ("河北省教育厅2021年政务微信单篇最高阅读量是多少", 7600000, None, "760万"),  # 「单篇阅读量最高达760万」
        ("河北省科技厅2020年两微关注总量", 51000, "人", "5.1万"),  # 「微博、微信关注总量达5.1万余人」
        ("河北省科技厅2023年搞了多少场次直播", 14, "场次", "14场次"),  # 「开展线上直播14场次」
        ("上海市科委2024年直播场次", 118, "场", "118"),  # 「直播 118 场」
        ("河北省教育厅2023年视频号关注有多少", 37000, None, "3.7万"),  # 「粉丝量迅速跃升至3.7万」
        ("上海市政府办公厅2019年上海发布微信公众号用户有多少", 5500000, None, "550万"),  # 「用户已突破550万」
        ("河北省人社厅2020年网上来信留言数", 10268, "件", "10268"),  # 「受理群众网上来信、留言…10268件」
        ("河北省人社厅2020年12333人工服务总量", 1200000, "人次", "120万"),  # 「人工服务总量为120万人次」
        ("平潭2021年农产品抽检批次", 20680, "批次", "20680"),  # 「发布20680批次农产品抽检情况」
    ],
)
def test_a_short_label_has_its_number_as_the_headline(asker, q, value, unit, printed):
    ans = asker.ask(q)
    assert ans.value == value, (q, ans.intent, ans.value, ans.answer)
    assert unit is None or ans.unit == unit, (q, ans.unit, ans.answer)
    assert printed in _squash(ans.answer) and any(printed in _squash(c.quote) for c in ans.citations), ans.answer


# ------------------------------------------------------------------ 2. not a table cell, not the neighbour
@pytest.mark.parametrize(
    "q, value",
    [
        ("上海市政府办公厅2019年一网通办统一受理平台接入了多少项事项", 2261),  # not 本年新收
        ("平潭2021年主动公开信息条数", 2645),  # not the 信息处理费 sentence
        ("安康市政府办2022年主动公开政务和重点领域信息多少条", 2447),
        ("河北省教育厅2016年行政诉讼有几起", 3),  # 「共受理行政复议0起，行政诉讼3起…」
    ],
)
def test_a_narrative_number_is_not_a_table_cell_or_its_neighbour(asker, q, value):
    ans = asker.ask(q)
    assert ans.value == value, (q, ans.intent, ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "安康市政府办2022年收了信息处理费没有？收了多少",
        "平潭2022年信息处理费收了多少钱",
        "河北省科技厅2023年收取信息处理费多少元",
    ],
)
def test_no_fee_collected_is_zero_yuan_from_the_text(asker, q):
    ans = asker.ask(q)
    assert ans.value == 0 and ans.unit == "元", (q, ans.intent, ans.answer)
    assert ans.citations and "信息处理费" in ans.citations[0].quote


# ------------------------------------------------------------------ 3. ratios and shares of stated numbers
@pytest.mark.parametrize(
    "q, value, unit",
    [
        ("安康2022年政务微信发的条数是微博的几倍", round(2165 / 1021, 2), "倍"),  # each by its own label
        ("上海市科委2024年短视频观看量是直播观看量的几倍", round(1924252 / 303855, 2), "倍"),
        ("上海市科委2024年公众号文章里原创的占多少比例", round(294 / 1640 * 100, 2), "%"),  # part ÷ whole
        ("河北省教育厅2023年信函申请占了多少比例", 21, "%"),  # printed: 「信函申请4件，占21%」
    ],
)
def test_a_ratio_or_share_of_two_stated_numbers(asker, q, value, unit):
    ans = asker.ask(q)
    assert ans.value == value and ans.unit == unit, (q, ans.intent, ans.answer)


@pytest.mark.parametrize(
    "q, part, whole",
    [
        ("平潭2021年新收申请里个人申请占几成", "t3.new.np", "t3.new.tot"),
        ("河北省教育厅2023年本年新收的申请中自然人占比多少", "t3.new.np", "t3.new.tot"),
    ],
)
def test_a_share_of_table_cells_is_part_over_the_total(asker, q, part, whole):
    ans = asker.ask(q)
    cited = {k for c in ans.citations for k in c.cells}
    assert ans.unit == "%" and {part, whole} <= cited, (q, ans.intent, ans.answer, cited)


# ------------------------------------------------------------------ 4. facts stated in words
@pytest.mark.parametrize(
    "q",
    ["安康2022年政务公开考评全省排第几名", "安康市政府办2022年绩效评估排名第几", "安康2022年政务公开全省排名怎么样"],
)
def test_a_rank_stated_in_words(asker, q):
    ans = asker.ask(q)
    assert ans.value == 3 and "排名全省第三" in ans.answer, (q, ans.intent, ans.answer)


def test_a_correction_asked_is_the_sentence_not_the_check(asker):
    ans = asker.ask("上海市科委2024年复议有没有被纠错")
    assert "未被复议审查机关纠错" in _squash(ans.answer) or "结果纠正" in ans.answer, ans.answer
    assert not ans.answer.startswith(("一致", "不一致")), ans.answer


# ------------------------------------------------------------------ 5. the measure matching a focus
@pytest.mark.parametrize(
    "q, wanted, unwanted",
    [
        ("平潭2022年针对意见征集形式单一提出了什么改进措施", "丰富意见征集形式", "丰富政策解读形式和方式"),
        ("平潭2022年就政策解读提出了什么改进办法", "丰富政策解读形式和方式", "丰富意见征集形式"),
        ("平潭2021年在重点领域信息公开方面有什么改进措施", "加强重点政务信息管理", "丰富政策解读形式"),
        ("河北省科技厅2023年在加强业务培训方面提出了什么措施", "持续开展好业务培训", "主动向前一步"),
        ("河北省科技厅2023年依申请答复改进措施", "加强依申请公开答复告知书的审核把关", "主动向前一步"),
        ("君山片区2022年在培训指导方面要怎么改进", "不断加大交流培训指导", "增强工作创新能力"),
    ],
)
def test_the_improvement_item_that_matches_the_focus(asker, q, wanted, unwanted):
    ans = asker.ask(q)
    flat = _squash(ans.answer)
    assert wanted in flat and unwanted not in flat, (q, ans.intent, ans.answer)
    assert ans.value is None


def test_the_measures_asked_without_focus_are_the_list(asker):
    ans = asker.ask("安康2022年报告提出了哪些改进措施")
    assert "认真履行主管、主办职能" in _squash(ans.answer) and ans.value is None, ans.answer


@pytest.mark.parametrize("q", ["安康2022年问题", "平潭2022年存在问题"])
def test_a_two_word_problems_question_is_section_five(asker, q):
    ans = asker.ask(q)
    flat = _squash(ans.answer)
    assert ("政务公开工作广度深度有待拓展" in flat) or ("意见征集形式较为单一" in flat), (q, ans.answer)


# ------------------------------------------------------------------ 6. answerability and scope
@pytest.mark.parametrize(
    "q",
    [
        "陕西省政府2022年收到多少政府信息公开申请",  # only 安康市政府办 stored
        "淮安市政府2023年收到多少政府信息公开申请",  # only 洪泽区 stored
        "淮安市本级2023年行政复议几件",
        "上海市府办一八年新收申请多少",  # only 2019 stored
        "安康2022年有几个人专门做政务公开",
        "安康2022年关停之后还剩多少个政务新媒体",
        "河北省教育厅2016年申请较上年增减多少",  # no 2015, and the text states no previous year
        "平潭2022年政府集中采购项目数",  # a 2021-template table has no such row
    ],
)
def test_what_the_store_does_not_hold_is_refused(asker, q):
    ans = asker.ask(q)
    assert ans.answer.startswith((NOT_MENTIONED, "没有找到", "无法比较")) and ans.value is None, (
        q,
        ans.intent,
        ans.answer,
    )


def test_a_one_report_scope_answers_another_agency_said_so(asker):
    rid = next(e.id for e in asker.catalogue().reports(None, [2022]) if "安康" in (e.agency or ""))
    ans = asker.ask("洪泽区收到多少政府信息公开申请", report_id=rid)
    # never 安康's figure: the body named is answered (the store has 洪泽区), and said not to be the report read
    assert ans.value != 56 and "不是当前选定的报告" in ans.answer and "洪泽" in ans.answer, ans.answer


# ------------------------------------------------------------------ more phrasings of the same families
@pytest.mark.parametrize(
    "q, value, unit",
    [
        ("河北省科技厅2023年视频号的关注", 18000, "人"),  # 「视频号关注量达1.8万余人」: a bare label, in full
        (
            "上海科委2024年公众号文章原创率是多少",
            round(294 / 1640 * 100, 2),
            "%",
        ),  # 原创 over the total said before 其中
        ("上海市科委2024年短视频与直播的观看量之比", round(1924252 / 303855, 2), None),  # the measure written once
        ("平潭2021年自然人占比多少", round(64 / 70 * 100, 2), "%"),  # a column's share of 本年新收
        ("洪泽区2023年信息处理费收了多少", 0, "元"),  # 「全年收取…信息处理费0元」: the amount stated
    ],
)
def test_more_labels_ratios_and_shares(asker, q, value, unit):
    ans = asker.ask(q)
    assert ans.value == value and ans.unit == unit, (q, ans.intent, ans.answer)


def test_this_year_over_last_year_of_a_narrative_number(asker):
    rid = next(
        e.id
        for e in asker.catalogue().reports(None, [2022])
        if (e.agency or "")[:7] == "平潭综合实验区" and "君山" not in (e.agency or "")
    )
    ans = asker.ask("今年主动公开政府信息的条数是去年的多少倍", report_id=rid)
    assert ans.value == round(14571 / 2645, 2) and ans.unit == "倍", ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "洪泽区所属的淮安市本级2023年行政复议多少件",  # a body in the region is not the region's government
        "洪泽区2023年依申请公开较上年增减多少件",  # no 2022 stored, no change stated
    ],
)
def test_more_refusals(asker, q):
    ans = asker.ask(q)
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None, (q, ans.intent, ans.answer)


def test_a_one_report_scope_refuses_a_body_not_stored(asker):
    rid = next(e.id for e in asker.catalogue().entries.values() if e.year == 2022 and "安康" in (e.agency or ""))
    ans = asker.ask("陕西省政府一共收到多少政府信息公开申请", report_id=rid)
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None, ans.answer
    ok = asker.ask("“我为政府网站找错”平台有效纠错留言多少条", report_id=rid)  # a body's own words are not another body
    assert ok.value == 20, ok.answer


def test_a_time_after_a_reform_is_the_value_after_zhi(asker):
    """「等候时间由42分钟缩至19分钟」: asked after the reform (a bare label), 19 分钟."""
    ans = asker.ask("平潭2019年改革以后群众等候时间")
    assert ans.value == 19 and ans.unit == "分钟", ans.answer


def test_problems_and_measures_under_sub_headings_of_another_outline(asker):
    """上海市科委 2024 numbers its parts differently (「五、政府信息管理」): its problems stand under 「（一）主要
    问题」, its measures under 「（二）改进情况」."""
    ans = asker.ask("上海市科委2024年针对问题采取了哪些措施？")
    assert "开设“张江高新区”专栏" in _squash(ans.answer) and "政府信息管理" not in ans.answer, ans.answer
    ans = asker.ask("上海市科委2024年存在什么问题")
    assert "无法满足机构改革后" in _squash(ans.answer), ans.answer


def test_a_focus_keeps_every_item_that_touches_it(asker):
    ans = asker.ask("平潭2019年在人员方面存在什么问题？")
    flat = _squash(ans.answer)
    assert "信息人员队伍能力建设仍有欠缺" in flat and "受人员编制限制" in flat and "长效工作机制" not in flat, (
        ans.answer
    )


def test_what_needs_improving_is_the_problems(asker):
    ans = asker.ask("河北省教育厅2023年报告里有待改进的地方有哪些")
    assert "政策解读形式过于单一" in _squash(ans.answer), ans.answer
