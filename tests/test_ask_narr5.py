"""Narrative families of issue 13 (branch asknarr5), phrasings written for the test from a user's side:
a search-box label with no asking word answered with its figure, colloquial tails (来着), a figure the
report is said to print put to its text, a stated change asked against the year before by number, a
platform asked by its other name (公众号 ≈ 微信), a measure's name that is no verb, a table column asked of
the text, two asks side by side, English words, the governments below the one reporting, section 五
asked as a label or after a clause naming the problems, the text's own sum asked 「是不是N」.

They run on a small report written here (a city bureau no corpus report resembles), so the families are
shown on a text the rules were not fitted to; the parser's pieces are tested on their own."""

import re

import pytest

from rag import english, intent
from rag.ask import NOT_MENTIONED
from rag.scope import name_forms
from rag.typos import Corrector, vocabulary
from tests.text_store import text_asker

REPORT = """白桦市科学技术局2022年政府信息公开工作年度报告

一、总体情况
2022年，白桦市科学技术局全年主动公开政府信息860条，共举办新闻发布会4次。门户网站发布科技动态、通知公告等各类信息1320篇。
共发布财政信息90条，其中预算信息50条、决算信息30条、“三公”经费信息10条。
“白桦科技”政务微信发布信息410条，关注数达5.2万人。
“白桦科技”视频号发布短视频75条，粉丝量迅速跃升至1.1万。
12345热线来电总量86万人次，人工服务总量为31万人次，自动语音服务量为55万人次。
12345热线来电总量比去年同期增长12.5%。市长信箱办结率95%。政务服务“好差评”系统好评数占评价总数98.6%。
“白桦科技”微信公众号共编发文章500篇，其中原创文章120篇。
对40件规范性文件进行清理，其中30件保留，7件修改，3件文件予以废止。
二、依申请公开情况
2022年，全局收到政府信息公开申请24件，申请数量较去年回落20%，涉及自然人20件、法人或其他组织4件，办结率100%。从申请方式看，网络申请18件，占75%，信函申请6件，占25%。
三、政府信息公开行政复议、行政诉讼情况
本年度未发生政府信息公开行政复议、行政诉讼案件。
四、存在的主要问题及改进情况
2022年，我局政府信息公开工作取得一定成效，但仍存在一些不足：一是政策解读形式较为单一；二是公开信息的时效性有待增强；三是信息人员队伍建设仍有欠缺；四是受人员编制限制，信息公开多由兼职人员经办。
针对上述问题，2023年我局将在以下方面加以改进：一是丰富政策解读形式，推出图解和视频解读；二是建立信息发布时限台账。
五、其他需要报告的事项
本年度无收取信息处理费情况。
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """One small text report in its own store: (asker, its report id)."""
    return text_asker(tmp_path_factory.mktemp("narr5"), "baihua-kjj-2022.txt", REPORT)


def _refused(ans) -> bool:
    return ans.answer.startswith(NOT_MENTIONED) and ans.value is None


# ------------------------------------------------------------------ search-box labels and colloquial tails
def test_a_search_box_label_is_answered_with_its_figure(small):
    a, rid = small
    for q, value, unit in (
        ("新闻发布会", 4, "次"),
        ("门户网站发布信息", 1320, "篇"),
        ("主动公开政府信息总数", 860, "条"),  # 「总数」 is the asking, not part of the thing counted
    ):
        ans = a.ask(q, report_id=rid)
        assert ans.value == value and ans.unit == unit, (q, ans.answer)
        assert str(value) in ans.citations[0].quote


def test_a_colloquial_tail_is_not_the_thing_counted(small):
    a, rid = small
    ans = a.ask("政务微信发布了多少条来着", report_id=rid)
    assert ans.value == 410, ans.answer


# ------------------------------------------------------------------ a figure put to the text
def test_a_figure_the_report_is_said_to_print_is_found_in_its_text(small):
    a, rid = small
    ans = a.ask("报告说网络申请18件占75%，对吗", report_id=rid)
    assert ans.value == 75 and ans.unit == "%" and ans.answer.startswith("是的"), ans.answer
    # 「市长信箱办结率」 is no body named (「…市」 then 「…办」): the report read answers it
    mayor = a.ask("报告说市长信箱办结率95%，是这样吗", report_id=rid)
    assert mayor.value == 95, mayor.answer
    wrong = a.ask("报告说网络申请20件，对吗", report_id=rid)  # not printed: never 「是的」
    assert not wrong.answer.startswith("是的") and wrong.value != 20, wrong.answer


# ------------------------------------------------------------------ a stated change, the year by number
def test_a_stated_change_asked_against_the_year_before_by_number(small):
    a, rid = small
    premise = a.ask("为什么2022年申请比2021年多了", report_id=rid)  # a wrong premise, no 2021 report
    assert premise.value == 20 and "回落" in premise.answer, premise.answer
    asked = a.ask("白桦市科学技术局2022申请量较上年下降多少")  # (「2022申请量」: a year, then the measure)
    assert asked.value == 20, asked.answer
    same = a.ask("申请量同比下降多少", report_id=rid)
    assert same.value == 20, same.answer
    label = a.ask("12345热线来电总量同比增长", report_id=rid)  # a search-box label
    assert label.value == 12.5, label.answer


def test_a_year_written_before_renda_is_a_year():
    assert intent.years_in(intent.normalise_years("科技厅2023人大建议复文")) == [2023]
    assert intent.years_in("答复2023人次") == []  # (a count of persons stays a count)


# ------------------------------------------------------------------ platforms, measures, columns
def test_a_platform_asked_by_its_other_name(small):
    a, rid = small
    ans = a.ask("微信公众号关注的有多少人", report_id=rid)  # the text says 政务微信…关注数
    assert ans.value == 52000, ans.answer
    fans = a.ask("公众号关注数", report_id=rid)
    assert fans.value == 52000, fans.answer


def test_a_measures_name_before_the_asking_is_no_verb(small):
    a, rid = small
    ans = a.ask("12345人工服务量多少", report_id=rid)  # 「服务量」 is said by both 人工 and 自动语音
    assert ans.value == 310000, ans.answer


def test_a_column_asked_of_the_text_binds_the_clause(small):
    a, rid = small
    ans = a.ask("正文说自然人申请多少件", report_id=rid)  # 「收到…24件，涉及自然人20件」
    assert ans.value == 20, ans.answer


def test_applications_asked_as_yishenqing_gongkai():
    assert [(c.table, c.row) for c in intent.parse("依申请公开几件").cells] == [("t3", "new")]


# ------------------------------------------------------------------ two asks, English words, other bodies
def test_two_asks_side_by_side_answer_the_first(small):
    a, rid = small
    ans = a.ask("收到申请多少件 办结率多少", report_id=rid)
    assert ans.value == 24 and "办结率多少" in ans.answer, ans.answer


def test_english_words_are_read_as_the_chinese_they_mean(small):
    a, rid = small
    assert english.chinese("2022年 new applications 多少件") == "2022年新收申请多少件"
    ans = a.ask("applications 一共多少件", report_id=rid)
    assert ans.value == 24, ans.answer


def test_the_governments_below_the_one_reporting_are_refused(small):
    a, rid = small
    ans = a.ask("各区县政府收到的申请总数是多少", report_id=rid)
    assert _refused(ans) and "各区县政府" in ans.answer, ans.answer


def test_a_platform_word_written_right_is_never_corrected():
    fixed = Corrector(vocabulary()).correct("政务抖音发了多少条")
    assert fixed is None or "抖音" in fixed


def test_a_provinces_department_by_place_and_short_name():
    assert "河北人社" in name_forms("河北省人力资源和社会保障厅")
    assert "河北教育" in name_forms("河北省教育厅")


# ------------------------------------------------------------------ section 五 and the text's own sums
def test_section_five_asked_as_a_label_or_after_the_problems(small):
    a, rid = small
    problems = a.ask("2022政务公开问题", report_id=rid)
    assert "政策解读形式较为单一" in problems.answer, problems.answer
    measures = a.ask("针对存在的问题，白桦市科学技术局将在哪些方面加以改进？", report_id=rid)
    assert "建立信息发布时限台账" in measures.answer, measures.answer


def test_the_texts_own_sum_asked_is_it_n(small):
    a, rid = small
    ans = a.ask("财政信息分项加起来是不是90", report_id=rid)
    assert not re.match(r"不等于|不一致", ans.answer) and "50+30+10" in ans.answer.replace(" ", ""), ans.answer


# ------------------------------------------------------------------ labels cut right, parts of a whole, other words
def test_a_rate_asked_as_a_label(small):
    a, rid = small
    ans = a.ask("白桦市科学技术局22年好评率")  # the agency's own words are not the rate asked
    assert ans.value == 98.6 and ans.unit == "%", ans.answer


def test_a_terse_count_is_read_after_its_time_word(small):
    a, rid = small
    ans = a.ask("清理后废止文件数", report_id=rid)  # not 「后废止文」
    assert ans.value == 3, ans.answer


def test_a_part_said_with_qizhong_carries_the_wholes_words(small):
    a, rid = small
    ans = a.ask("微信公众号原创文章多少篇", report_id=rid)  # 「…公众号共编发文章500篇，其中原创文章120篇」
    assert ans.value == 120, ans.answer
    whole = a.ask("微信公众号编发文章多少篇", report_id=rid)
    assert whole.value == 500, whole.answer


def test_guanwang_is_the_portal(small):
    a, rid = small
    ans = a.ask("官网发布了多少篇信息", report_id=rid)
    assert ans.value == 1320, ans.answer


def test_what_a_case_was_about_is_refused_said_why(small):
    a, rid = small
    for q in ("那件行政复议的具体案情", "有几件行政复议是关于征地的"):
        ans = a.ask(q, report_id=rid)
        assert _refused(ans) and "统计表" in ans.answer, (q, ans.answer)


def test_a_fee_asked_after_a_framing_clause(small):
    a, rid = small
    ans = a.ask("依申请收费这块，收过信息处理费吗", report_id=rid)
    assert ans.value == 0 and "无收取信息处理费" in ans.answer, ans.answer


def test_measures_counted_and_listed(small):
    a, rid = small
    ans = a.ask("改进措施共有几条，分别是什么", report_id=rid)
    assert ans.answer.startswith("共2条") and "建立信息发布时限台账" in ans.answer, ans.answer


def test_a_change_asked_of_a_count_the_text_states_no_change_of_is_refused(small):
    a, rid = small
    ans = a.ask("主动公开政府信息较上年增减多少", report_id=rid)  # 「全年主动公开政府信息860条」 says no change
    assert ans.value is None, ans.answer  # never the year's count as its change


def test_a_problem_focus_picks_every_item_that_touches_it(small):
    a, rid = small
    ans = a.ask("人员队伍方面存在什么问题", report_id=rid)  # 队伍建设 and 人员编制 both, not 政策解读
    assert "队伍建设仍有欠缺" in ans.answer and "人员编制" in ans.answer, ans.answer
    assert "政策解读" not in ans.answer, ans.answer
