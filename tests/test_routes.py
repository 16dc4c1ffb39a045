"""One test per route of rag.routes.ROUTES, against a real store (SQLite + chroma) of the corpus,
with questions written for the route (not taken from the question bank). Each asserts the route
that answered, the headline value and what the answer shows."""

import ast
import re
from pathlib import Path

import pytest

from rag.ask import NOT_MENTIONED
from rag.routes import ROUTES

TESTED: set[str] = set()


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def ask(asker, route: str, q: str, **kw):
    ans = asker.ask(q, **kw)
    TESTED.add(route)
    assert ans.intent == route, (q, ans.intent, ans.answer)
    assert ans.scope.startswith("范围：")
    return ans


def test_which_reports_findings(asker):
    ans = ask(asker, "which_reports.findings", "表四勾稽关系有错误的是哪些单位？")
    assert ans.value == 1 and "洪泽区人民政府" in ans.answer


def test_which_reports_cells(asker):
    ans = ask(asker, "which_reports.cells", "平潭哪几年收到的申请超过50件？")
    assert ans.value == 2 and "2021" in ans.answer and "2022" in ans.answer and "2019" not in ans.answer


def test_which_reports_list(asker):
    ans = ask(asker, "which_reports.list", "平潭综合实验区存了哪几年的年报？")
    assert ans.value == 4 and {c.year for c in ans.citations} == {2019, 2020, 2021, 2022}
    assert all("君山" not in (c.agency or "") for c in ans.citations)


def test_which_reports_by_template_cases_and_narrative(asker):
    old = ask(asker, "which_reports.list", "哪些报告还是旧版格式？")
    assert old.value >= 2 and all(c.year is None or c.year < 2019 or "LEGACY" in old.answer for c in old.citations)
    cases = ask(asker, "which_reports.cells", "哪些年报有复议后起诉的行政诉讼案件？")
    # 洪泽 prints 复议后起诉 总计 0 over 结果维持 5: a case is a case
    assert "洪泽区人民政府2023年" in cases.answer and "河北省教育厅2021年" in cases.answer
    text = ask(asker, "which_reports.findings", "哪些报告的正文与表格数字不一致？")
    assert "正文与表格不一致" in text.answer and "上海市人民政府办公厅2019年" in text.answer


def test_difference_of_two_rows(asker):
    ans = ask(asker, "change.rows", "安康市政府办2022年新收申请减去予以公开的是多少？")
    assert ans.value == 56 - 8 and "本年新收56件 − 予以公开8件" in ans.answer


def test_exclusion_a_total_less_the_parts_named(asker):
    ans = ask(asker, "exclusion", "安康市政府办2022年办理结果总计不算予以公开和部分公开，剩下几件？")
    assert ans.value == 58 - 8 - 17 and "予以公开8" in ans.answer and "部分公开17" in ans.answer
    ans = ask(asker, "exclusion", "安康市政府办2022年新收申请除去自然人之外还有多少件？")
    assert ans.value == 56 - 55


def test_items_rate_of_a_2019_table_two(asker):
    # 平潭 2020 prints 行政事业性收费 上一年项目数量 35, 本年增/减 −15
    ans = ask(asker, "change.items_rate", "平潭2020年表二行政事业性收费的事项比上一年增长率是多少？")
    assert ans.value == pytest.approx(-15 / 35 * 100, abs=0.01) and ans.unit == "%"


def test_ratio_of_two_reports_and_of_two_rows(asker):
    ans = ask(asker, "ratio.reports", "平潭2021年新收申请是2020年的几倍？")
    assert ans.value == round(70 / 21, 2) and "70件 ÷" in ans.answer
    ans = ask(asker, "ratio.rows", "洪泽区2023年行政处罚决定数是行政许可决定数的多少倍？")
    assert ans.value == round(4119 / 550, 2) and ans.unit == "倍"


def test_a_ratio_with_one_side_read_is_refused(asker):
    """「X是行政许可决定数的几倍」 with X no row the tables have: refused, the side read named — never its figure."""
    ans = ask(asker, "refuse.one_side", "洪泽区2023年某某某是行政许可决定数的多少倍？")
    assert ans.value is None and "行政许可" in ans.answer and "两项" in ans.answer, ans.answer


def test_explain_report(asker):
    ans = ask(asker, "explain.report", "河北省教育厅2018年的报告有没有收到和处理申请情况的统计表？")
    assert ans.answer.startswith("没有")
    fmt = ask(asker, "explain.report", "平潭2020年的年报用的是哪一版格式？")
    assert "2019年版" in fmt.answer


def test_explain_identity_shows_both_sides(asker):
    ans = ask(asker, "explain", "洪泽区2023年表四的总计和各项结果对得上吗？")
    assert ans.answer.startswith("不一致")
    assert "印为0" in ans.answer and "应为11" in ans.answer and "应为5" in ans.answer
    held = ask(asker, "explain", "河北省教育厅2023年表三本年新收加上年结转等于办理结果加结转下年度吗？")
    assert held.answer.startswith("成立") and "本年新收19" in held.answer and "✓" in held.answer


def test_explain_narrative_against_table(asker):
    ans = ask(asker, "explain", "平潭2022年正文说收到申请75件，跟表三相符吗？")
    # 75 = 本年新收74 + 上年结转1: consistent by that reading, said plainly with the other beside it
    assert ans.answer.startswith("一致") and "75" in ans.answer and "只算本年新收为74" in ans.answer


def test_explain_carry_over_across_years(asker):
    ans = ask(asker, "explain", "平潭2020年结转下年度的申请和2021年上年结转的能对上吗？")
    assert ans.answer.startswith("一致") and {c.year for c in ans.citations} == {2020, 2021}


def test_sum_narrative(asker):
    ans = ask(asker, "sum.narrative", "平潭2019年各类主动公开信息的条数相加，等于总数2599条吗？")
    assert ans.answer.startswith("不等于") and ans.value == 2533


def test_sum_parts(asker):
    ans = ask(asker, "sum.parts", "河北省人力资源和社会保障厅2020年12333人工加自动语音是不是等于来电总量？")
    assert ans.answer.startswith("一致") and "120万人次" in ans.answer and "228万人次" in ans.answer


def test_list_section_problems_and_measures(asker):
    ans = ask(asker, "list.section", "洪泽区2023年工作中存在哪些不足？")
    assert "依申请公开工作规范性还有待提高" in ans.answer and "改进情况" not in ans.answer and "；" not in ans.answer
    assert all(c.quote in asker.store.report(c.report_id).text.replace("\n", "") or c.quote for c in ans.citations)
    steps = ask(asker, "list.section", "平潭2022年下一步有哪些改进措施？")
    assert "意见征集形式" in steps.answer and "重大行政决策预公开程度需进一步加强" not in steps.answer


def test_rank_over_years_and_agencies(asker):
    ans = ask(asker, "rank", "平潭2019到2022年哪一年收到的申请最少？")
    assert ans.value == 21 and "2020年最少" in ans.answer and len(ans.citations) == 4
    ans = ask(asker, "rank", "洪泽区和河北省教育厅2023年谁收到的申请多？")
    assert ans.value == 21 and ans.answer.find("洪泽区") < ans.answer.find("最多")


def test_trend(asker):
    ans = ask(asker, "trend", "平潭这几年收到的申请数量是什么趋势？")
    assert ans.value == 51 and "23件 → 2020年21件 → 2021年70件 → 2022年74件" in ans.answer


def test_change(asker):
    ans = ask(asker, "change", "平潭2022年收到的申请比2021年多了多少？")
    assert ans.value == 4 and "2022年比2021年增加4件" in ans.answer
    ans = ask(asker, "change", "平潭2022年收到的申请比上一年增长了百分之几？")
    assert ans.value == round(100 * 4 / 70, 2) and ans.unit == "%"


def test_sum_cells(asker):
    ans = ask(asker, "sum.cells", "平潭2019到2022年合计新收多少件申请？")
    assert ans.value == 23 + 21 + 70 + 74
    ans = ask(asker, "sum.cells", "2022年全部报告的行政诉讼加起来有多少件？")
    assert ans.value == 2 + 1 and "安康" in ans.answer  # 安康 2, 平潭 1, the others 0


def test_compare_with_one_side_missing_is_refused(asker):
    ans = ask(asker, "compare.one_side", "安康市人民政府办公室2021年到2022年政府信息公开申请数量变化了多少？")
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None and "2021年" in ans.answer


def test_sum_rows_within_one_report(asker):
    ans = ask(asker, "sum.rows", "安康2022年予以公开加上部分公开合计多少件？")
    assert ans.value == 8 + 17 and "予以公开8" in ans.answer and "部分公开17" in ans.answer
    ans = ask(asker, "sum.rows", "洪泽区2023年行政复议的维持、纠正、其他结果和尚未审结加起来是多少件？")
    assert ans.value == 11  # the printed 总计 is 0: the columns are what is asked


def test_compare(asker):
    ans = ask(asker, "compare", "安康和平潭2022年收到的申请分别是多少？")
    assert ans.value == 18 and "56件" in ans.answer and "74件" in ans.answer
    # never two reports' numbers in one sentence without their names
    for part in re.split(r"[；。]", ans.answer):
        assert len(re.findall(r"\d+件", part)) <= 1 or "比" in part


def test_share_from_narrative_then_table(asker):
    ans = (
        ask(
            asker,
            "share.metric",
            "河北省教育厅2023年申请的办结率是多少？",
        )
        if False
        else None
    )
    ans = ask(asker, "share.metric", "平潭2022年申请的办结率是多少？")
    assert ans.value == 100 and ans.unit == "%"
    ans = ask(asker, "share.cells", "上海市政府办公厅2019年答复数占（本年新收+上年结转）的比例是多少？")
    assert ans.value == round(100 * 805 / (859 + 18), 2)
    cols = ask(asker, "share.cells", "上海市政府办公厅2019年予以公开和部分公开占办理结果总计的比例是多少？")
    assert cols.value == round(100 * 275 / 805, 2) and "按各申请人列相加" in cols.answer  # 总计 printed blank
    ans = ask(asker, "share.cells", "安康2022年予以公开的申请占比多少？")
    assert ans.value == round(100 * 8 / 58, 2) and "8件" in ans.answer and "58件" in ans.answer


def test_value_cells(asker):
    ans = ask(asker, "value.cells", "淮安市洪泽区2023年行政复议结果维持多少件？")
    assert ans.value == 10
    assert ans.citations[0].cells == ["t4.rv.keep"] and "表四「行政复议」结果维持 10" in ans.citations[0].quote
    blank = ask(asker, "value.cells", "上海市科委2024年结转下年度继续办理的申请总计多少件？")
    assert blank.value is None and "空白" in blank.answer


def test_value_text_first(asker):
    ans = ask(asker, "value.text_first", "平潭综合实验区2022年正文说收到政府信息公开申请多少件？")
    assert ans.value == 75  # the table's 本年新收 is 74; the text counts the one carried over


def test_series_of_narrative_numbers(asker):
    ans = ask(asker, "series.metric", "平潭哪一年主动公开的政府信息条数最少？")
    assert ans.value == 2599 and ans.answer.startswith("2019年")
    ans = ask(asker, "series.metric", "平潭历年主动公开政府信息的条数有什么变化？")
    assert "2599条" in ans.answer and "14571条" in ans.answer and len({c.report_id for c in ans.citations}) == 4


def test_value_metric(asker):
    ans = ask(asker, "value.metric", "河北省教育厅2023年“冀教新视界”视频号有多少粉丝？")
    assert ans.value == 37000 and "3.7万" in ans.answer  # the full value, the printed form quoted
    # the verb of the question binds the number: 「开设…56个、注销40个」
    assert ask(asker, "value.metric", "安康2022年注销了多少个政务新媒体？").value == 40
    assert ask(asker, "value.metric", "安康2022年申报开设了多少个政务新媒体？").value == 56


def test_describe(asker):
    ans = ask(asker, "describe", "安康2022年政务新媒体怎么建设的？")
    assert ans.citations and not ans.answer.startswith(NOT_MENTIONED)
    assert len({c.report_id for c in ans.citations}) == 1


def test_refuse_unanswerable(asker):
    for q in (
        "洪泽区2023年政务公开工作经费预算是多少万元？",
        "安康2022年申请人平均年龄多大？",
        "平潭2021年政务公开专职工作人员有几个人？",
        "洪泽区2023年信息公开工作的年度预算",
        "安康2022年有没有开展政府开放日活动？",
    ):
        ans = asker.ask(q)
        assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None, (q, ans.answer)
    TESTED.add("refuse")


def test_value_text_row(asker):
    """A table row asked of a report whose table was not readable (here printed as a picture): the
    figure its text states, quoted, and said to come from the text."""
    ans = ask(asker, "value.text_row", "河北省人社厅2019年全年受理几件政府信息公开申请？")
    assert ans.value == 64 and "取自正文" in ans.answer and "64件" in ans.citations[0].quote


def test_value_unreadable(asker):
    """A cell asked of a report whose table is a picture and whose text does not state the row: refused,
    said why — not a passage sharing a word with the question."""
    ans = ask(asker, "value.unreadable", "河北省人社厅2020年行政诉讼的总计是多少件")
    assert ans.value is None and ans.answer.startswith("报告未提及：该报告的表四没有可读的数字"), ans.answer


def test_list_common_problems(asker):
    """The problems two reports of one agency share, both sentences quoted."""
    ans = ask(asker, "list.common_problems", "河北省科技厅2020年和2021年的年报有没有提到同样的问题")
    assert ans.answer.startswith("两年都提到的问题") and "覆盖不完全" in ans.answer and "覆盖面不完全" in ans.answer


def test_which_reports_metric(asker):
    """A narrative number of each report against a bound (万 read as a scale on both sides)."""
    ans = ask(asker, "which_reports.metric", "哪些年报的网站访问量超过1000万人次")
    assert ans.value == 1 and "河北省教育厅2018年（1395万人次）" in ans.answer
    few = ask(asker, "which_reports.metric", "平潭哪几年主动公开的信息超过2600条")
    assert {c.year for c in few.citations} == {2020, 2021, 2022}


def test_derived_metric(asker):
    """A share of two numbers one report states: the part over the total it is said within."""
    ans = ask(asker, "derived.metric", "12333来电中人工服务占比是多少？河北省人社厅2020年")
    assert ans.value == 34.48 and "120万人次" in ans.answer and "348万人次" in ans.answer
    # 「的比是」「每期平均」「百分比」 are asked of two stated numbers too (asknarr3)
    per = ask(asker, "derived.metric", "安康市政府办2022年政务微信每期平均几条")
    assert per.value == 2.78 and per.unit == "条/期", per.answer
    pct = ask(asker, "derived.metric", "平潭2019年为民办实事类信息占公布信息总数的百分比")
    assert pct.value == 6.73, pct.answer


def test_which_reports_all_zero(asker):
    """Every cell of one table printed 0: a blank or unread table is not a 0 (said, not listed)."""
    ans = ask(asker, "which_reports.all_zero", "平潭哪几年表四的数字都是0？")
    assert ans.value == 2 and {c.year for c in ans.citations} == {2019, 2020}
    every = ask(asker, "which_reports.all_zero", "哪几份报告的复议和诉讼全部为零")
    assert "洪泽" not in every.answer.split("（")[0]  # 表四 总计 printed 0 over 结果维持 10
    assert "河北省人力资源和社会保障厅2019年" in every.answer and "未列入" in every.answer
    assert all("人力资源" not in (c.agency or "") for c in every.citations)


def test_which_reports_rate(asker):
    """「办结率」 against a bound: 办理结果总计 ÷ (本年新收 + 上年结转) of each readable table 三, shown."""
    ans = ask(asker, "which_reports.rate", "哪些报告的办结率不到95%？")
    assert ans.value == 1 and "805÷（859+18）=91.79%" in ans.answer
    few = ask(asker, "which_reports.rate", "平潭哪几年办结率低于100%")
    assert {c.year for c in few.citations} == {2021}


def test_which_reports_mention(asker):
    """The reports whose text names a thing, whitespace aside (上海科委's Markdown breaks 「视频\n号」)."""
    ans = ask(asker, "which_reports.mention", "哪些报告提到了视频号")
    assert ans.value == 5 and ("上海市科委", 2024) in {(c.agency, c.year) for c in ans.citations}
    none = ask(asker, "which_reports.mention", "平潭哪几年的报告提到了元宇宙？")
    assert none.value == 0 and none.answer.startswith("没有")


def test_change_stated(asker):
    """A change the one report read states itself, answered even when the previous year is not stored;
    a count asked (「多了几件」) is not answered by a rate."""
    ans = ask(asker, "change.stated", "上海市政府办公厅2019年受理的申请数比前一年下降了多少？")
    assert ans.value == 12.3 and ans.unit == "%" and "回落12.3%" in ans.answer
    rate = ask(asker, "change.stated", "河北人社厅2019年12333接听总时长同比增长多少")
    assert rate.value == 24.1  # the clause of 接听时长, not 来电总量's 31.6 before it
    count = asker.ask("上海市政府办公厅2019年受理的申请比上年多了几件？")
    assert count.intent != "change.stated" and count.value is None


def test_claim_text(asker):
    """「报告说…N件，对吗」: the figure found printed in the report's text, the claim's last figure the headline."""
    ans = ask(asker, "claim.text", "安康市政府办2022年的报告说市长信箱受理有效群众信件3459件，对吗")
    assert ans.value == 3459 and ans.answer.startswith("是的") and "3459件" in ans.citations[0].quote


def test_quoted(asker):
    """A quote of the report pasted with another figure, then 「这个数对吗」: the report's figure, its sentence quoted."""
    ans = ask(asker, "quoted", "安康市政府办2022年报告原文『受理有效群众信件3549件，办结率93.38%』，这个数对吗")
    assert ans.value == 3459 and ans.answer.startswith("不对") and "3459件" in ans.citations[0].quote


def test_refuse_lower(asker):
    """The district governments publish their own reports: the office's table is not their count."""
    ans = ask(asker, "refuse.lower", "上海市政府办公厅2019年各区政府一共受理了多少件申请")
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None and "各区政府" in ans.answer


def test_outcome_text(asker):
    """「赢了吗」: the text's own words on how the cases ended, 表四's outcome cells beside them."""
    ans = ask(asker, "outcome.text", "安康市政府办公室2022年信息公开官司打赢了吗")
    assert "均胜诉" in ans.answer and "结果维持2件" in ans.answer
    table = ask(asker, "outcome.text", "河北省教育厅2021年的行政诉讼胜诉了没有")
    assert table.answer.startswith("表四") and "结果维持6件" in table.answer


def test_share_of_one_report_in_the_sum_of_several(asker):
    """「…占…四年合计的比例」: the year named before 占 over the sum of every report of the scope, each shown."""
    ans = ask(asker, "share.reports", "平潭综合实验区2021年本年新收在2019至2022年四年总量中占多大比例？")
    assert ans.value == round(100 * 70 / 188, 2) and ans.unit == "%"
    assert "合计188件" in ans.answer and "2019年23" in ans.answer


def test_a_detail_the_tables_do_not_hold_is_refused_and_said_why(asker):
    """Who applied, from where, about what: the tables count and name no one (no number, not 相关内容 of a cell)."""
    for q in ("这几件行政诉讼是谁起诉的？", "境外人士提交了多少件申请"):
        ans = ask(asker, "refuse.detail", f"平潭综合实验区2021年{q}")
        assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "申请人类别" in ans.answer


def test_a_comparison_with_an_agency_missing_the_year_is_refused(asker):
    ans = ask(asker, "compare.missing", "安康市政府办和河北省教育厅2021年的本年新收比一比")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "安康市人民政府办公室没有2021年" in ans.answer


def test_a_charge_the_text_says_was_not_made_is_zero(asker):
    """「收了信息处理费没有？收了多少」 and 「本年度未收取…信息处理费」: 0 元, quoted; 表二's 收费 stays a cell."""
    ans = ask(asker, "value.fee_text", "安康市政府办2022年收了信息处理费没有？收了多少")
    assert ans.value == 0 and ans.unit == "元" and "未收取" in ans.citations[0].quote
    assert asker.ask("河北省教育厅2021年行政事业性收费金额是多少").value == 1163.54


def test_average(asker):
    """「年均」 over one agency's years: the sum over the count, shown, each year listed."""
    ans = ask(asker, "average", "平潭2019年到2021年年均新收申请多少件？")
    assert ans.value == 38 and "（23+21+70）÷3" in ans.answer and len(ans.citations) == 3


def test_rank_nth(asker):
    """「第三多」: the third place of the ranking, the ranking beside it."""
    ans = ask(asker, "rank.nth", "平潭四份年报里新收申请第三多的是哪年？")
    assert ans.value == 23 and ans.answer.startswith("本年新收第三多的是2019年")


def test_rank_top(asker):
    """「前两名」: the first two of the ranking as the headline, the rest after them."""
    ans = ask(asker, "rank.top", "平潭新收申请排前两名的是哪两年？")
    assert ans.answer.startswith("本年新收最多的前二：2022年74件、2021年70件") and len(ans.citations) == 2


def test_change_points(asker):
    """A change of a share is the difference of the two shares, in 百分点 (not the change of counts)."""
    ans = ask(asker, "change.points", "平潭2021年到2022年予以公开占办理结果总计的比例变了几个百分点？")
    assert ans.value == -15.48 and ans.unit == "个百分点" and "43.48%" in ans.answer and "28%" in ans.answer


def test_change_points_of_two_bodies_in_the_order_named(asker):
    """Two bodies: the first named less the second (never by year), and every row before 占 is the part:
    平潭 (21+9)/75 = 40 %, 安康 (8+17)/58 = 43.1 %."""
    q = "{}2022年予以公开加部分公开占办理结果总计的比例比{}2022年高几个百分点？"
    ans = ask(asker, "change.points", q.format("平潭", "安康"))
    assert ans.value == -3.1 and "40%" in ans.answer and "43.1%" in ans.answer
    assert ask(asker, "change.points", q.format("安康", "平潭")).value == 3.1


def test_list_section_series(asker):
    """No year, one agency's several reports: the report whose section 五 names the focus."""
    ans = ask(asker, "list.section_series", "河北教育厅针对政策解读单一有什么改进措施")
    assert ans.answer.startswith("河北省教育厅2023年") and "结合图表、音频、视频" in ans.answer, ans.answer


def test_value_absent_cell(asker):
    """A 2019-template 表二 prints the fee row as item counts: no amount, and no neighbour for it."""
    ans = ask(asker, "value.absent_cell", "上海市府办2019年行政事业性收费金额")
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None and "项目数量" in ans.answer


def test_value_unprinted(tmp_path):
    """A 表三 printing 商业企业 and 科研机构 as one column of their sum (eval/wild38): 科研机构 asked — 报告未单列,
    said what the table merges, never 0 nor the merged figure."""
    from eval.reportgen.draw import RandomDraw
    from eval.reportgen.families import generate
    from extractor.extract import extract_bytes
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    g = generate(RandomDraw(3), "html-t3-reduced-biz-sci", "GF2021")
    store = Store(tmp_path)
    store.add(extract_bytes(g.data, g.name))
    Index(store).sync()
    ans = ask(Asker(store), "value.unprinted", f"{g.model.agency.full}{g.model.year}年科研机构申请了多少件")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "报告未单列" in ans.answer
    assert "「商业企业、科研机构」合并为一列" in ans.answer


def test_item_rank(asker):
    """「不予公开最主要的理由」「哪类申请人最多」: the largest item inside one report, its count the headline."""
    ans = ask(asker, "item_rank", "平潭综合实验区2021年不予公开最主要的理由是什么？有几件？")
    assert (
        ans.value == 6
        and ans.answer.startswith("属于行政执法案卷最多，6件")
        and "属于三类内部事务信息1件" in ans.answer
    )
    who = ask(asker, "item_rank", "河北省教育厅2021年哪类申请人提的申请最多？")
    assert who.value == 34 and who.answer.startswith("自然人最多") and "法律服务机构2件" in who.answer
    why = ask(asker, "item_rank", "平潭2019年无法提供的申请里，最主要是什么原因？")  # 原因 of 表三's rows: no detail
    assert why.value == 7 and "本机关不掌握相关政府信息" in why.answer
    main = ask(asker, "item_rank", "平潭综合实验区2022年申请人以哪一类为主？")
    assert main.value == 71 and main.answer.startswith("自然人最多")


def test_refuse_no_base(asker):
    """A rate over people or days: no report prints its denominator — refused, never a count offered as it."""
    for q in ("每万人口的政府信息公开申请量是多少？", "人均提出了多少件申请？", "每个工作日平均收到几件申请？"):
        ans = ask(asker, "refuse.no_base", f"平潭综合实验区2022年{q}")
        assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "分母" in ans.answer


def test_template_rows(asker):
    """Questions about the template itself, counted from the one table spec."""
    ans = ask(asker, "template.rows", "2021版年报格式里，不予公开的理由一共列了几种？")
    assert ans.value == 8 and "属于国家秘密" in ans.answer and "属于行政查询事项" in ans.answer
    old = ask(asker, "template.rows", "按2019版格式，“其他处理”下面有几个细项？")
    assert old.value == 1 and "不分细项" in old.answer
    lit = ask(asker, "template.rows", "表四行政诉讼分成哪两种情形？")
    assert lit.value == 2 and "未经复议直接起诉" in lit.answer and "复议后起诉" in lit.answer


def test_rates_of_one_report(asker):
    """A derived rate: formula and both cells shown; the whole of several rows is their own totals; a
    denominator of 0 is refused with the reason."""
    lit = ask(asker, "share.cells", "河北省教育厅2023年行政诉讼纠错率（直接起诉和复议后起诉合计）是多少")
    assert lit.value == round(100 * 1 / 7, 2) and "÷" in lit.answer and "7件" in lit.answer
    zero = ask(asker, "share.cells", "平潭综合实验区2019年行政复议的纠错率是多少？")
    assert zero.value is None and zero.answer.startswith("无法计算") and "为0件" in zero.answer
    carry = ask(asker, "share.cells", "平潭2022年未办结率（结转下年÷(新收+上年结转)）")
    assert "÷ 本年新收+上年结转" in carry.answer, carry.answer


def test_median_and_signed_gap(asker):
    """「中位数」: the middle of the sorted figures, shown; 「A比B多多少」: A − B, signed."""
    ans = ask(asker, "average", "平潭2019年到2022年新收申请的中位数是多少？")
    assert ans.value == (23 + 70) / 2 and "中位数" in ans.answer
    gap = ask(asker, "change", "河北省教育厅2023年比洪泽区2023年多收了多少件申请？")  # two bodies: the difference
    assert gap.value == 19 - 21 and "少2件" in gap.answer


def test_which_equal_to_a_number_and_a_rate_per_hundred(asker):
    """「哪几年行政复议是0件」 is equal to 0 (never 「超过0」); 「每百件新收申请引发多少件复议」 is a share."""
    ans = ask(asker, "which_reports.cells", "平潭综合实验区哪几年行政复议是0件？")
    assert {c.year for c in ans.citations} == {2019, 2020} and "超过" not in ans.answer
    per = ask(asker, "share.cells", "平潭综合实验区2021年每百件新收申请引发多少件行政复议？")
    assert per.value == round(100 * 3 / 70, 2) and "÷ 本年新收" in per.answer


def test_a_table_question_loads_neither_the_vector_store_nor_the_narrative_side(asker):
    """A cold `xxgk ask` for a table number stays fast: chromadb (~1.4 s to import), numpy (~20 % of
    a cold question's instructions) and the narrative handlers are not imported on that path."""
    import subprocess
    import sys

    code = (
        "import sys; from rag.store import Store; from rag.ask import Asker; "
        f"a = Asker(Store({str(asker.store.dir)!r})); ans = a.ask('洪泽区2023年收到多少件政府信息公开申请？'); "
        "print(ans.value, 'chromadb' in sys.modules, 'rag.answers.narrative' in sys.modules, 'numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["21", "False", "False", "False"], out.stderr


def test_derived_rows_kept_per_report_equal_their_members(asker):
    """The per-report totals of derived rows (kept in derived_cells) equal the sum of the member
    cells read report by report, in every variant of the corpus."""
    from extractor import tablespec as ts
    from rag import values
    from rag.question import CellMeasure

    store = asker.store
    ids = [r["id"] for r in store.catalogue_rows()]
    cells = store.cells_of(ids)
    measures = [CellMeasure(table="t3", row=g, col=c) for g in ts.T3_GROUPS for c in ("tot", "np", "biz")]
    measures += [CellMeasure(table="t4", row="lit", col=c) for c in ("tot", "keep", "fix")]
    checked = 0
    for m in measures:
        got = values.measure(store, m, ids)
        for rid in ids:
            keys = values.keys_in(m, cells[rid])
            if m.table == "t4" and len(keys) < 2:
                keys = []
            want = [cells[rid][k]["value"] for k in keys]
            if not keys:
                assert rid not in got
                continue
            expected = None if all(v is None for v in want) else sum(v or 0 for v in want)
            assert got[rid] == expected, (m, rid)
            checked += 1
    assert checked > 100


def test_homophone_slips_are_read_as_they_sound(asker):
    for q, want in (
        ("平谭2022年予以公开多少件？", 21),
        ("平潭综合实验区2022年行政复义总计多少件？", 2),
        ("安康市政府办2022年收刀多少件信息公开申清？", 56),
        # a slip that retrieval would answer with the row's sentence and no figure: the cell, as it sounds
        ("帮我核对一下，平潭综合实验区2022年部分公凯的有多少？", 9),
        # a column group's slip: 「复意后起诉」 is 复议后起诉 (2), never the lawsuits' whole (8)
        ("河北省教育厅2021年复意后起诉的行政诉讼总计几件", 2),
    ):
        ans = asker.ask(q)
        assert ans.value == want and "问题按「" in ans.answer, (q, ans.answer)
    assert asker.ask("平安县2022年收到多少件申请？").answer.startswith(NOT_MENTIONED)  # a place, not a slip
    # while reading one report, a slip retrieval answered with the row's sentence and no figure: the cell, as it sounds
    rid = next(e.id for e in asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    for q in ("部分公凯的有多少？", "帮我核对一下，部分公凯的有多少？"):
        ans = asker.ask(q, report_id=rid)
        assert ans.value == 9 and "问题按「" in ans.answer, (q, ans.answer)


def test_item_count(asker):
    """「理由里有几种不是0」: the number of non-zero items of one report's row or group, not their sum; a group
    the report's template does not split is refused, said why."""
    used = ask(asker, "item_count", "平潭综合实验区2021年不予公开的理由里有几种不是0？")
    assert used.value == 3 and used.unit == "种" and "属于行政执法案卷6件" in used.answer
    kinds = ask(asker, "item_count", "河北省教育厅2021年的申请人来自几类主体，数量非零的有几类？")
    assert kinds.value is not None and kinds.value < 7 and "自然人" in kinds.answer
    old = ask(asker, "item_count", "上海市府办2019年其他处理的细项里有几种不为0？")
    assert old.value is None and old.answer.startswith(NOT_MENTIONED) and "细项" in old.answer


def test_refuse_forecast(asker):
    """A forecast of a later year: no report makes one; this year's count is never offered as it."""
    ans = ask(asker, "refuse.forecast", "平潭综合实验区2022年，估计明年大概会有多少件信息公开申请？")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "预测" in ans.answer


def test_refuse_internal(asker):
    """A body's internal ledger or records (and the complaints they log): no figure of the report — refused, never the
    applications' 新收 offered as them (zmfixa)."""
    ans = ask(asker, "refuse.internal", "平潭综合实验区2022年内部台账里登记了多少件投诉？")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "台账" in ans.answer, ans.answer


def test_named_rates_and_user_buckets(asker):
    """A rate said by its conventional name (公开率, 结转率, 办结率 over new + carried in), a bucket the user
    defines with + or 都算 (a sum, not its first part), a group named over the sub-row its words suggest."""
    rate = ask(asker, "share.cells", "平潭综合实验区2022年的公开率是多少？")
    assert rate.value == 40 and "予以公开+部分公开 30件 ÷ 办理结果（七）总计 75件" in rate.answer
    carry = ask(asker, "share.cells", "平潭综合实验区2022年结转率多少？")
    assert carry.value == 0 and "÷ 本年新收+上年结转" in carry.answer
    plus = ask(asker, "sum.rows", "平潭综合实验区2022年全部公开+部分公开共多少件？")
    assert plus.value == 30
    both = ask(asker, "sum.rows", "河北省教育厅2023年行政诉讼纠正的，直接起诉和复议后起诉都算，有几件？")
    assert both.value == 1 and "复议后起诉（结果纠正）1" in both.answer
    group = ask(asker, "value.cells", "平潭综合实验区2021年没有现成信息的，也就是无法提供这一类，一共几件？")
    assert group.answer.startswith("无法提供：") and group.value == 25


def test_gap_of_two_columns_and_a_missing_side(asker):
    """「自然人比商业企业多几件」: two applicant columns of one report, first less second; a side the
    report's template has no column for is refused, never the other side alone."""
    gap = ask(asker, "change.rows", "平潭综合实验区2022年自然人提的申请比商业企业多几件？")
    assert gap.value == 71 - 3 and "本年新收（自然人）71件 − 本年新收（商业企业）3件" in gap.answer  # (table, not text)
    absent = ask(asker, "change.rows", "上海市府办2019年规范性文件制发的比废止的多几件？")
    assert absent.value is None and absent.answer.startswith(NOT_MENTIONED) and "本年废止" in absent.answer


def test_years_added(asker):
    """「历年…合计多少」: the stored years' values added, not their series."""
    ans = ask(asker, "sum.cells", "平潭综合实验区历年新收申请合计多少？")
    assert ans.value == 23 + 21 + 70 + 74 and "2019年23件" in ans.answer


# ---- askfam2: one body against its set, a set's own figures, two tables, series and findings


def test_peer_gap_share_and_place(asker):
    # 河北省 2023: 教育厅 19, 科技厅 17, 人社厅 (tables as pictures: no figure, named and left out)
    ans = ask(asker, "peer", "河北省教育厅2023年的本年新收比河北省2023年各单位的平均数高多少")
    assert ans.value == 1 and "（19+17）÷2" in ans.answer and "未计入：河北省人力资源和社会保障厅2023年" in ans.answer
    ans = ask(asker, "peer", "河北省教育厅2021年新收申请占河北省2021年所有单位合计的百分之几")
    assert ans.value == round(100 * 37 / 39, 2) and ans.unit == "%" and "合计39件" in ans.answer
    ans = ask(asker, "peer", "河北省科学技术厅2023年的新收申请在河北省同年度的报告单位里排第几")
    assert ans.value == 2 and "1. 河北省教育厅2023年19件" in ans.answer


def test_pooled_rate_of_a_set(asker):
    # 教育厅 2021 34 of 37 by 自然人, 科技厅 2 of 2: 36/39, not the mean of 91.9 % and 100 %
    ans = ask(asker, "pooled", "河北省2021年各单位汇总后，自然人申请占全部新收申请的比例")
    assert ans.value == round(100 * 36 / 39, 2) and "36 ÷ 本年新收 39" in ans.answer
    # every row named before the whole is the part (教育厅 18+1 of 37, 科技厅 1 of 2), never the first row alone
    ans = ask(asker, "pooled", "河北省2021年各单位汇总后，予以公开加部分公开占办理结果总计的比例")
    assert (
        ans.value == round(100 * 20 / 39, 2)
        and "予以公开+部分公开 20 ÷" in ans.answer
        and "教育厅2021年 19/37" in ans.answer
    )


def test_share_of_bodies_passing_a_test(asker):
    ans = ask(asker, "share.bodies", "河北省2023年各单位中，被申请过行政复议的占百分之几")
    assert ans.value == 50 and "（1/2）" in ans.answer and "未计入：河北省人力资源和社会保障厅2023年" in ans.answer


def test_which_reports_against_the_sets_mean(asker):
    ans = ask(asker, "which_reports.mean", "河北省2021年哪些单位的新收申请高于各单位的平均数")
    assert ans.value == 1 and "河北省教育厅2021年（37件）" in ans.answer and "19.5" in ans.answer
    assert {c.agency for c in ans.citations} == {"河北省教育厅"}


def test_ratio_across_two_tables(asker):
    ans = ask(asker, "ratio.across", "洪泽区2023年行政许可决定数是新收申请数的几倍")
    assert ans.value == round(550 / 21, 2) and ans.unit == "倍" and "550 ÷ 本年新收 21" in ans.answer
    ans = ask(asker, "ratio.across", "安康市政府办2022年行政复议和行政诉讼加起来相当于新收申请的百分之几")
    assert ans.value == round(100 * 2 / 56, 2) and ans.unit == "%"


def test_streak_beyond_the_years_held_is_refused(asker):
    ans = ask(asker, "refuse.streak", "平潭综合实验区的新收申请是不是连续五年下降")
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None and "2019年、2020年、2021年、2022年" in ans.answer


def test_years_missing_from_a_series(asker):
    ans = ask(asker, "missing_years", "河北省教育厅从2016年到2023年，中间有几年的年报库里没有")
    assert ans.value == 4 and "2017年、2019年、2020年、2022年" in ans.answer


def test_first_and_last_year_held(asker):
    """「X的年报最早是哪一年」「X最新一份年报是哪年」: the store's coverage of one body, the report of that year cited (zzfix)."""
    ans = ask(asker, "which_reports.first_last", "河北省教育厅的年报从哪一年开始有")
    assert ans.answer.startswith("2016年") and [c.year for c in ans.citations] == [2016], ans.answer
    ans = ask(asker, "which_reports.first_last", "平潭综合实验区最新的一份年报是哪年的")
    assert ans.answer.startswith("2022年") and [c.year for c in ans.citations] == [2022], ans.answer


def test_a_2021_sub_row_of_a_2019_template_report_is_refused(asker):
    """「（六）其他处理」's 3.其他 asked of a 2020 report on the 2019 template: no such row — refused (zzfix)."""
    ans = ask(asker, "refuse.template_row", "平潭综合实验区2020年（六）其他处理下面的3.其他有几件")
    assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None and "2019年版" in ans.answer, ans.answer


def test_the_body_that_moved_most(asker):
    # 人社厅 2019 64 → 2020 78 (its 2023 tables are pictures); 平潭 70 → 74; 教育厅 37 → 19
    ans = ask(asker, "rank.moved", "哪个单位的本年新收申请比上一份报告增加得最多")
    assert ans.value == 14 and ans.answer.startswith("本年新收增加最多的是河北省人力资源和社会保障厅")
    ans = ask(asker, "rank.moved", "哪个单位的本年新收申请比上一份报告减少得最多")
    assert ans.value == 19 - 37 and "河北省教育厅" in ans.answer


def test_reports_that_do_not_add_up_counted(asker):
    ans = ask(asker, "count.findings", "2023年的年报里有几份表格数字对不上")
    assert ans.value == 1 and ans.unit == "份" and "洪泽区人民政府2023年" in ans.answer


def test_a_check_asked_of_a_set_lists_its_failing_reports(asker):
    # (xafixb) 「有没有算错的」 of a year's reports: no one report answers it — the reports failing a check, listed
    ans = ask(asker, "explain.set", "2023年的報告有沒有算错的 列一下")
    assert ans.value == 1 and ans.unit == "份" and "洪泽区人民政府2023年" in ans.answer


def test_a_printed_totals_gap_to_its_parts(asker):
    # 洪泽 2023 prints 行政复议总计 0 over 维持 10 + 纠正 1
    ans = ask(asker, "gap.total", "洪泽区2023年表四行政复议的总计和分项加起来差多少")
    assert ans.value == -11 and "0 − 11 = -11" in ans.answer


def test_points_of_a_rate_written_as_a_division(asker):
    # 平潭 予以公开 30/69 in 2021, 21/75 in 2022: the rate's change, not the count's (−30 %)
    ans = ask(asker, "change.points", "平潭2022年的予以公开率（予以公开÷办理结果总计）比2021年变化了几个百分点")
    assert ans.value == round(28 - 43.48, 2)


# a named set of four reports of the corpus: 平潭 2022 74, 安康 2022 56, 河北省教育厅 2021 37, 洪泽 2023 21 新收
_FOUR = "安康市政府办2022年、河北省教育厅2021年、洪泽区2023年、平潭2022年"


def test_named_set_position(asker):
    ans = ask(asker, "named_set.position", f"{_FOUR}这四份年报，河北省教育厅新收申请从多到少排第几？")
    assert ans.value == 3 and len(ans.citations) == 4 and "平潭综合实验区2022年74件" in ans.answer
    ans = ask(asker, "named_set.position", f"{_FOUR}里，按新收申请从少到多，河北省教育厅排在第几位")
    assert ans.value == 2
    # a member the store does not hold in the year named (洪泽 2022): the set is incomplete, no position given
    ans = ask(
        asker,
        "named_set.position",
        f"{_FOUR.replace('洪泽区2023', '洪泽区2022')}这四份年报，河北省教育厅新收申请排第几？",
    )
    assert ans.value is None and ans.answer.startswith("无法计算") and "洪泽区人民政府" in ans.answer


def test_named_set_share(asker):
    ans = ask(
        asker,
        "named_set.share",
        "安康市政府办2022年、河北省教育厅2021年、洪泽区2023年三家，洪泽区新收申请占三家合计的百分之几",
    )
    assert ans.value == round(100 * 21 / 114, 2) and ans.unit == "%" and "（56+37+21）" in ans.answer


def test_named_set_deviation(asker):
    q = "河北省教育厅2021年的新收申请与其和安康市政府办2022年、洪泽区2023年、平潭2022年四份年报平均值之差（高于平均为正）"
    ans = ask(asker, "named_set.deviation", q)
    assert ans.value == 37 - 47 and "平均47件" in ans.answer and len(ans.citations) == 4
    # 「比A、B、C三家的平均」 with four reports found: which set is meant is not certain — refused, never guessed
    q = "河北省教育厅2021年新收申请比安康市政府办2022年、洪泽区2023年、平潭2022年三家的平均多多少"
    ans = ask(asker, "named_set.deviation", q)
    assert ans.value is None and ans.answer.startswith("无法计算")


def test_named_set_spread(asker):
    ans = ask(asker, "named_set.spread", f"{_FOUR}这四家新收申请的极差是多少")
    assert ans.value == 74 - 21 and "平潭综合实验区2022年74件" in ans.answer


def test_named_set_ratio(asker):
    ans = ask(asker, "named_set.ratio", f"{_FOUR}，新收申请最多的是最少的几倍")
    assert ans.value == round(74 / 21, 2) and ans.unit == "倍"
    # 洪泽 2023 prints 0 lawsuits: no multiple of 0, refused with the reason
    ans = ask(asker, "named_set.ratio", f"{_FOUR}，行政诉讼最多的是最少的几倍")
    assert ans.value is None and ans.answer.startswith("无法计算") and "为0" in ans.answer


def test_named_set_top_share(asker):
    ans = ask(asker, "named_set.top_share", f"{_FOUR}这四家，新收申请最多的那家占四家合计的百分之几")
    assert ans.value == round(100 * 74 / 188, 2) and ans.unit == "%"


def test_named_set_groups(asker):
    q = "安康市政府办2022年、河北省教育厅2021年两家合计的新收申请比洪泽区2023年、平潭2022年两家合计多多少"
    ans = ask(asker, "named_set.groups", q)
    assert ans.value == (56 + 37) - (21 + 74) and "第一组合计93件" in ans.answer


def test_named_set_peers(asker):
    # the corpus holds no other body of 江苏省 in 2023: said, no figure of another province offered
    ans = ask(asker, "named_set.peers", "洪泽区2023年同省同年的其他单位新收申请各是多少")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "江苏省" in ans.answer
    # 兄弟单位 said as the reason of the ask, the body's own figure asked: not its peers
    ans = ask(asker, "value.cells", "领导让我对照一下兄弟单位的年报，洪泽区2023年新收申请有几件？")
    assert ans.value == 21


def _routes_asked_here() -> set[str]:
    """The routes this file's tests ask for, read from its source: `TESTED` is filled only by the
    tests that have run, so the check depended on the order (and the subset) pytest ran them in."""
    named: set[str] = set()
    for node in ast.walk(ast.parse(Path(__file__).read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        f = node.func
        if isinstance(f, ast.Name) and f.id == "ask" and len(node.args) >= 2:
            arg = node.args[1]
        elif (
            isinstance(f, ast.Attribute)
            and f.attr == "add"
            and isinstance(f.value, ast.Name)
            and f.value.id == "TESTED"
        ):
            arg = node.args[0]
        else:
            continue
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            named.add(arg.value)
    return named


_UNREAD = "另有1份报告该项未能读取或为空白"
_RST = "河北省人力资源和社会保障厅2023年"  # its tables are pictures: no 表三 figure is read


def test_off_topic_is_said_to_be_outside_the_reports(asker):
    """「今天天气怎么样」 over the whole store, or while reading one report: outside the reports, not 「报告未提及」."""
    ans = ask(asker, "refuse.off_topic", "今天天气怎么样？")
    assert ans.value is None and ans.answer.startswith("超出年报范围")
    rid = next(e.id for e in asker.catalogue().reports(None, [2022]) if "科学技术厅" in (e.agency or ""))
    scoped = ask(asker, "refuse.off_topic", "帮我写一首关于春天的诗", report_id=rid)
    assert scoped.answer.startswith("超出年报范围")
    kept = asker.ask("报告里提到天气了吗", report_id=rid)  # a word of the reports: searched as usual
    assert kept.intent != "refuse.off_topic"


def test_a_change_with_no_measure_asks_for_it(asker):
    """「今年和去年比变化多大」 while reading a report: which figure is asked for, never a bare 「报告未提及」."""
    rid = next(e.id for e in asker.catalogue().reports(None, [2022]) if "科学技术厅" in (e.agency or ""))
    ans = ask(asker, "refuse.no_measure", "今年和去年比变化多大", report_id=rid)
    assert ans.value is None and ans.answer.startswith("请指明要比较哪一项")
    named = asker.ask("新收申请比去年多了多少", report_id=rid)  # the measure named: the change itself
    assert named.intent != "refuse.no_measure" and named.value == 11 - 2


def test_a_row_named_only_negated_is_asked_back(asker):
    """「没有同意公开的申请有几件」: the other results are several — which is asked back, never 予以公开's number; the
    row named after the negation is answered."""
    ans = ask(asker, "refuse.negated", "安康市政府办2022年没有同意公开的申请有几件？")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "「予以公开」" in ans.answer
    named = asker.ask("安康市政府办2022年没有同意公开、明确不予公开的申请有几件？")
    assert named.intent == "value.cells" and named.answer.startswith("不予公开")


def test_a_qualifier_of_the_applications_that_names_no_row_is_asked_back(asker):
    """「没处理的申请有几件」「被驳回的申请有几件」: 不予处理 or 结转下年度? no row called 驳回 — the rows named, never
    本年新收; 「收到的申请」 stays 本年新收."""
    ans = ask(asker, "refuse.qualified", "安康市政府办2022年没处理的申请有几件？")
    assert ans.value is None and "不予处理" in ans.answer and "结转下年度" in ans.answer, ans.answer
    ans = ask(asker, "refuse.qualified", "安康市政府办2022年被驳回的申请有几件？")
    assert ans.value is None and "不予公开" in ans.answer, ans.answer
    assert asker.ask("安康市政府办2022年收到的申请有几件？").intent != "refuse.qualified"


def test_a_sum_names_the_reports_it_could_not_read(asker):
    """A year's total never leaves a report out unsaid: one whose cell is unread is named as not counted."""
    ans = ask(asker, "sum.cells", "2023年所有报告新收申请合计多少件？")
    assert ans.value == 19 + 17 + 21 and f"{_UNREAD}，未计入：{_RST}" in ans.answer


def test_a_mean_and_a_median_over_a_province_name_what_they_left_out(asker):
    """「河北省2023年平均每个单位…」: the province's bodies (not a body whose name starts with 河北), the unread one
    named; the median alike."""
    mean = ask(asker, "average", "河北省2023年平均每个单位新收多少件申请？")
    assert mean.value == (19 + 17) / 2 and f"{_UNREAD}，未计入：{_RST}" in mean.answer
    median = ask(asker, "average", "河北省各单位2023年新收申请的中位数")
    assert median.value == 18 and _RST in median.answer and "未能读取" in median.answer


def test_a_ranking_names_the_reports_it_could_not_rank(asker):
    ans = ask(asker, "rank", "2023年哪个单位新收申请最多？")
    assert ans.value == 21 and f"{_UNREAD}，未参与排序：{_RST}" in ans.answer


def test_a_listing_over_a_place_names_the_reports_it_cannot_decide(asker):
    """「列出河北省2023年行政复议为零的单位」: 列出 is no part of the place; a report whose figure is unread is
    neither in nor out of the list — named."""
    ans = ask(asker, "which_reports.cells", "列出河北省2023年行政复议为零的单位")
    assert {c.report_id for c in ans.citations} == {
        e.id for e in asker.catalogue().reports(None, [2023]) if "科学技术厅" in (e.agency or "")
    }
    assert f"{_UNREAD}，无法判断：{_RST}" in ans.answer


def test_rates_shares_and_several_rows_name_the_reports_they_could_not_read(asker):
    """The other set aggregates alike: a rate listing, a ranking of shares, a listing over two rows."""
    rate = ask(asker, "which_reports.rate", "2023年哪些单位办结率低于100%？")
    assert f"{_UNREAD}，无法判断：{_RST}" in rate.answer
    shares = ask(asker, "rank", "2023年哪家予以公开占新收的比例最高？")
    assert shares.value == 100 and f"{_UNREAD}，未参与排序：{_RST}" in shares.answer
    both = ask(asker, "which_reports.cells", "2023年哪些单位没有行政复议也没有行政诉讼？")
    assert f"{_UNREAD}，无法判断：{_RST}" in both.answer


def test_enterprises_and_other_organisations_are_the_legal_persons_columns(asker):
    """「企业和其他组织」 is the 法人或其他组织 columns together, never 商业企业 alone."""
    ans = ask(asker, "value.cells", "平潭综合实验区2021年企业和其他组织提出了多少件申请？")
    assert ans.value == 70 - 64 and "法人或其他组织" in ans.answer


def test_a_province_by_its_short_name_is_its_bodies(asker):
    """「河北2021年库里这些单位」「把2021年河北每家…列一下」「河北的年报里哪家」「河北2023年有哪几家…」: a province
    written by its short name, with a set word anywhere (库里 between), is its stored bodies — sum, list, rank, which."""
    total = ask(asker, "sum.cells", "河北2021年库里这些单位收到的申请加起来一共多少")
    assert total.value == 39 and "河北省教育厅2021年37件" in total.answer
    listed = ask(asker, "value.cells", "把2021年河北每家个人申请列一下")
    assert "河北省教育厅2021年：34件" in listed.answer and "2021年：2件" in listed.answer
    top = ask(asker, "rank", "二〇二一年河北的年报里哪家收到的申请最多？")
    assert top.value == 37 and "河北省教育厅2021年最多" in top.answer
    which = ask(asker, "which_reports.cells", "河北2023年有哪几家被人复议过")
    assert which.value == 1 and {c.year for c in which.citations} == {2023}
    assert all((c.agency or "").startswith("河北省") for c in which.citations)


def test_two_bodies_asked_which_has_more_are_ranked(asker):
    """「A跟B比，哪家个人申请更多」「A和B谁予以公开的件数多。」: both values, the larger first — never a listing of
    the reports above 0 nor a refusal."""
    np = ask(asker, "rank", "河北省教育厅2021年跟河北省科学技术厅2021年比，哪家个人申请更多?")
    assert np.value == 34 and "河北省教育厅2021年最多" in np.answer and "2021年2件" in np.answer
    r1 = ask(asker, "rank", "平潭综合实验区2021年和洪泽区2023年谁予以公开的件数多。")
    assert r1.value is not None and "（" in r1.answer and "洪泽区人民政府2023年" in r1.answer


# a named set of reports: each body in its own year (the phrasings are ours, not the bank's)
_SET_FOUR = "平潭2021年、平潭2022年、洪泽2023年、安康2022年"
_SET_FIVE = "平潭2019年、平潭2021年、平潭2022年、河北省教育厅2021年、河北省教育厅2023年"


@pytest.mark.parametrize(
    ("q", "want", "yes"),
    [
        (f"{_SET_FOUR}这四份年报里，有结转到下一年的申请的单位占百分之几？", 25, ["平潭综合实验区2021年（1件）"]),
        # 洪泽 2023 prints 行政复议 总计 0 over results 10 + 1: a case is a case
        (
            "河北省教育厅2021年、河北省教育厅2023年、洪泽区人民政府2023年、平潭综合实验区2022年这几份报告中，被申请过行政复议的报告所占比例是多少？",
            75,
            ["河北省教育厅2023年（7件）"],
        ),
        (
            "在安康市政府办2022年、洪泽区2023年、平潭2021年三家中，当过行政诉讼被告的有几成（按百分比说）",
            200 / 3,
            ["平潭综合实验区2021年（12件）"],
        ),
        (f"{_SET_FOUR}这几家里，一件申请都没收到的占百分之几", 0, []),
        ("库里河北省2023年的年报里，有不予公开的答复的单位占百分之几？", 50, ["河北省教育厅2023年（4件）"]),
        ("數據庫中河北省2023年度的報告，一件申請都沒收到的單位佔比是多少", 0, []),
        ("库里上海市2024年的年报里，有不予公开答复的单位占百分之几", 100, ["上海市科委2024年（2件）"]),  # a 直辖市
        (f"{_SET_FOUR}这四家里，有多大比例的单位被起诉过？", 75, ["安康市人民政府办公室2022年（2件）"]),
        (f"{_SET_FOUR}这四家里，百分之几的单位有结转", 25, ["平潭综合实验区2021年（1件）"]),
    ],
)
def test_share_of_a_set_meeting_a_condition(asker, q, want, yes):
    """「这几份里…的单位占百分之几」: k of the n readable reports, both sides listed; a report whose cell is
    unread is named as not counted (河北人社厅 2023: its 表三 is not read)."""
    ans = ask(asker, "set.conditions", q)
    assert ans.unit == "%" and ans.value == pytest.approx(want, abs=0.01), ans.answer
    assert all(y in ans.answer for y in yes) and "不满足的" in ans.answer
    if "河北省2023" in q:
        assert "未能读取或为空白，未计入：河北省人力资源和社会保障厅2023年" in ans.answer


@pytest.mark.parametrize(
    ("q", "want"),
    [
        (f"{_SET_FIVE}这五家中，既被申请过行政复议、又有不予公开的答复的是哪几家？", {2021, 2022, 2023}),
        (f"{_SET_FIVE}这五家里头，有不予公开的答复但是没有被复议过的有哪些？", {"河北省教育厅2021年"}),
        (
            f"{_SET_FIVE}这五家，有结转到下一年的申请或者当过行政诉讼被告的，列出来",
            {"平潭综合实验区2021年", "平潭综合实验区2022年", "河北省教育厅2021年", "河北省教育厅2023年"},
        ),
        (f"{_SET_FIVE}这五家，没有被复议也没有当过被告的有哪些", {"平潭综合实验区2019年"}),
        (f"{_SET_FIVE}这五家里，既被复议又被起诉的有几家", {2021, 2022, 2023}),
        ("库里河北省2023年的年报中，既被申请过行政复议又收到过法人或其他组织申请的是哪几家", {"河北省教育厅2023年"}),
    ],
)
def test_reports_meeting_conditions_combined(asker, q, want):
    """「既A又B」「A但没有B」「A或B」: the reports of the set passing the combination, each with its cells."""
    ans = ask(asker, "set.conditions", q)
    named = {f"{c.agency}{c.year}年" for c in ans.citations}
    if all(isinstance(w, int) for w in want):  # (the three of 平潭 2021/2022 and 河北教育厅 2023)
        named_years = {c.year for c in ans.citations}
        assert named_years == want and ans.value == 3, ans.answer
    else:
        assert named == want and ans.value == len(want), ans.answer


def test_reports_above_another_reports_cell_and_errors_counted(asker):
    """「比X还多的有哪些」: the bound is X's own cell (never 「大于0」); 「这五份里加不平的有几份」: the product's own
    findings counted over the set (count.findings' handler), a report with no table to check named; a member the
    store does not hold refuses, naming it."""
    above = ask(asker, "set.conditions", f"{_SET_FOUR}这几家里面，新收申请比河北省教育厅2021年还多的有哪些？")
    assert (
        above.value == 3
        and "河北省教育厅2021年（37件）" in above.answer
        and "洪泽" not in above.answer.split("：", 1)[1]
    )
    inside = ask(asker, "set.conditions", f"{_SET_FOUR}这四家中，予以公开超过安康市政府办2022年的有哪些")
    assert inside.value == 2 and {c.year for c in inside.citations} == {2021, 2022}
    errors = ask(
        asker,
        "set.conditions",
        "安康2022年、洪泽2023年、平潭2021年、平潭2022年、河北省教育厅2021年这五份里，表格自己加不平的有几份？",
    )
    assert errors.value == 1 and "洪泽区人民政府2023年（H5" in errors.answer
    legacy = ask(
        asker, "set.conditions", "河北省教育厅2018年、河北省教育厅2021年、洪泽2023年这三份里，表格加不平的有几份"
    )
    assert legacy.value == 1 and "表三、表四没有可读的数字，未能核对：河北省教育厅2018年" in legacy.answer
    missing = asker.ask("平潭2023年、洪泽2023年、安康2022年这三份年报里，有结转的占百分之几")
    assert missing.value is None and missing.answer.startswith(NOT_MENTIONED) and "平潭2023年" in missing.answer
    nothing = asker.ask("库里福建省2016年的年报里，当过被告的单位占百分之几")
    assert nothing.value is None and "福建省2016年" in nothing.answer


def test_full_breakdown_of_one_block(asker):
    """Every sub-cell of one block asked at once: 「其他」 listed after the applicant columns is the 其他 column;
    a bracketed span 「（国家秘密到行政查询）」 names the group's items, not its first and last rows; 「…之间的分布」
    lists each column."""
    cols = ask(
        asker,
        "value.cells",
        "平潭综合实验区2021年新收申请按申请人类型（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）分别是多少？",
    )
    assert "本年新收（其他）4件" in cols.answer and "本年新收（社会公益组织）2件" in cols.answer
    short = ask(asker, "value.cells", "上海市府办2019年新收申请自然人、商业企业、其他各几件")
    assert "本年新收（其他）1件" in short.answer
    grounds = ask(
        asker, "value.cells", "请逐项列示平潭综合实验区2021年报告中不予公开的八个分项（国家秘密到行政查询）的件数"
    )
    assert (
        grounds.value == 8 and "属于行政执法案卷6件" in grounds.answer and "属于三类内部事务信息1件" in grounds.answer
    )
    spread = ask(
        asker,
        "value.cells",
        "安康市政府办2022年新收申请在六类申请人（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）之间的分布",
    )
    assert "本年新收（商业企业）1件" in spread.answer and "本年新收（其他）0件" in spread.answer


def test_a_rate_asked_of_many_reports_is_ranked_by_the_rate(asker):
    """「哪一年公开率最高」: (予以公开+部分公开) ÷ 总计 per report, each division shown — never the counts ranked."""
    ans = ask(asker, "rates.set", "平潭综合实验区哪一年的公开率最高？")
    # 平潭 2019 8/23, 2020 13/21, 2021 35/69, 2022 30/75: the most opened (2021, 35件) is not the highest rate
    assert ans.value == round(100 * 13 / 21, 2) and ans.unit == "%"
    assert ans.answer.index("平潭综合实验区2020年 61.9%（13÷21）") < ans.answer.index("2021年")
    fix = ask(asker, "rates.set", "平潭综合实验区哪几年的行政复议纠错率无法计算？")
    assert fix.value == 2 and {c.year for c in fix.citations} == {2019, 2020} and "为0件" in fix.answer
    below = ask(asker, "rates.set", "平潭综合实验区哪几年自然人申请占比低于95%？")
    assert below.value == 1 and [c.year for c in below.citations] == [2021] and "91.43%（64÷70）" in below.answer
    mean = ask(asker, "rates.set", "平潭综合实验区各年公开率的平均值是多少？")
    want = (100 * 8 / 23 + 100 * 13 / 21 + 100 * 35 / 69 + 100 * 30 / 75) / 4
    assert mean.value == pytest.approx(want, abs=0.01) and "算术平均" in mean.answer


def test_one_bodys_rate_in_two_years_is_each_years_division_and_the_change_in_points(asker):
    """「公开率2022年比2021年高还是低」: each year's (予以公开+部分公开) ÷ 总计 and the change in 百分点 — not the counts."""
    ans = ask(asker, "rates.years", "平潭综合实验区2021年和2022年的公开率哪年高？")
    assert "2021年50.72%（35÷69）" in ans.answer and "2022年40%（30÷75）" in ans.answer, ans.answer
    assert ans.value == -10.72 and "下降10.72个百分点" in ans.answer and len(ans.citations) == 2, ans.answer


def test_a_body_without_a_report_of_the_year_asked_is_said_with_the_years_it_has(asker):
    """「安康市政府办2021年新收多少件」 with only 安康's 2022 report: that body has no 2021 report (not the store)."""
    ans = asker.ask("安康市政府办2021年新收申请多少件？")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED)
    assert "没有找到安康市人民政府办公室2021年的报告" in ans.answer and "2022年" in ans.answer, ans.answer


# a report written here (no corpus report states a topic twice, or counts its items in several units)
_NARRATIVE = """白桦县文化广电和旅游局2024年政府信息公开工作年度报告

本报告数据统计时限自2024年1月1日起至2024年12月31日止。
一、总体情况
（一）主动公开。全年依托白桦县人民政府网站主动公开政府信息512条，其中政策文件7件、政策解读14篇；通过政务微信公众号发布信息233条。
（二）依申请公开。全年共收到申请21件，均按时答复。
（三）监督保障。全年组织业务培训4次，未发生责任追究情况；严格保密审查，全年未发生泄密事件。
往年年报
白桦县文化广电和旅游局2023年政府信息公开工作年度报告
（一）主动公开。全年依托白桦县人民政府网站主动公开政府信息436条，其中政策文件5件、政策解读9篇。
五、存在的主要问题及改进情况
存在的主要问题：一是解读形式单一。改进措施：一是增加图解。
六、其他需要报告的事项
本年度未收取政府信息公开相关费用。本机关无其他需要报告的事项。
【打印本页】【关闭窗口】
附表：政府信息公开情况统计表
统计指标|单位|统计数
（一）回应公众关注热点或重大舆情数|次|12
"""


@pytest.fixture(scope="module")
def narrative_asker(tmp_path_factory):
    from tests.text_store import text_asker

    return text_asker(tmp_path_factory.mktemp("routes_narr"), "baihua-wglj-2024.txt", _NARRATIVE)


def test_a_topic_stated_twice_with_different_counts_is_answered_with_both(narrative_asker):
    """「政策解读有多少篇」 of a page that also carries the year before: the first count answers, and the
    answer says the report states the same thing again (9篇, with its sentence) — never one as the only one."""
    a, rid = narrative_asker
    ans = ask(a, "value.metric", "政策解读有多少篇？", report_id=rid)
    assert ans.value == 14 and "还有1处写到此项" in ans.answer and "政策解读9篇" in ans.answer, ans.answer
    assert len(ans.citations) == 2
    once = ask(a, "value.metric", "公众号发布信息多少条？", report_id=rid)
    assert once.value == 233 and "还有" not in once.answer  # (stated once: no note)


def test_a_count_asked_in_another_unit_of_items_is_the_things_own(narrative_asker):
    """「政策解读发了多少条」: the report counts 政策解读 in 篇 — 14篇, never the 512条 of everything published;
    「政策文件有多少篇」 is 7件, never 政策解读's 14篇."""
    a, rid = narrative_asker
    ans = ask(a, "value.metric", "政策解读发了多少条？", report_id=rid)
    assert ans.value == 14 and ans.unit == "篇", ans.answer
    files = ask(a, "value.metric", "政策文件有多少篇？", report_id=rid)
    assert files.value == 7 and files.unit == "件", files.answer


def test_persons_asked_of_occasions_held_are_refused(narrative_asker):
    """「培训了多少人次」: 「组织业务培训4次」 counts trainings held, not persons trained — refused, not 4."""
    a, rid = narrative_asker
    ans = a.ask("业务培训培训了多少人次？", report_id=rid)
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), ans.answer
    held = ask(a, "value.metric", "业务培训开了几次？", report_id=rid)
    assert held.value == 4


def test_a_narrative_word_mistyped_by_its_sound_is_heard(narrative_asker):
    """「陪训」 sounds as 培训: asked once more as it sounds, said so."""
    a, rid = narrative_asker
    ans = ask(a, "value.metric", "陪训搞了几场", report_id=rid)
    assert ans.value == 4 and "按「培训搞了几场」理解" in ans.answer, ans.answer


def test_a_count_the_prose_leaves_to_a_statistics_row_is_read_there(narrative_asker):
    """「回应关切了几次」: only the 统计表's 「回应公众关注热点或重大舆情数|次|12」 says it — 12次, the row quoted
    (the row is a metric of its own since the statistics table is read: its row alone, not the lines above it);
    「专项工作搞了几次」's 搞 is the asking, and a row of another unit answers nothing."""
    a, rid = narrative_asker
    ans = ask(a, "value.metric", "回应关切了几次", report_id=rid)
    assert ans.value == 12 and "回应公众关注热点或重大舆情数" in ans.answer, ans.answer
    assert "统计指标" not in ans.answer, ans.answer
    slang = ask(a, "value.metric", "业务培训搞了几次", report_id=rid)
    assert slang.value == 4, slang.answer
    other = a.ask("回应关切了多少条？", report_id=rid)
    assert other.value is None, other.answer


def test_a_charge_of_none_of_any_kind_answers_the_charge_named(narrative_asker):
    """「有没有收取信息处理费」「收费情况怎么样」: 「未收取政府信息公开相关费用」 is no charge of any kind — 0元, quoted."""
    a, rid = narrative_asker
    for q in ("有没有收取信息处理费？", "收费情况怎么样？"):
        ans = ask(a, "value.fee_text", q, report_id=rid)
        assert ans.value == 0 and "未收取政府信息公开相关费用" in ans.answer, (q, ans.answer)


def test_section_six_and_a_yes_no_on_the_prose_are_quoted(narrative_asker):
    """「其他事项有啥要说的」: section 六 as written (not the page's 【打印本页】); 「出现过泄密吗」: the sentence
    that says it did not happen — the asking words (出现过…吗) are not words the text must hold."""
    a, rid = narrative_asker
    six = ask(a, "describe", "其他事项有啥要说的", report_id=rid)
    assert "本机关无其他需要报告的事项" in six.answer and "打印" not in six.answer, six.answer
    leak = ask(a, "describe", "出现过泄密吗", report_id=rid)
    assert "全年未发生泄密事件" in leak.answer, leak.answer


def test_proposals_handled_are_not_the_applications_handled(asker):
    """「办理了多少件人大代表建议和政协提案」: 表三's 办理结果 are applications — refused, never their 总计."""
    ans = asker.ask("安康市政府办2022年办理了多少件人大代表建议和政协提案？")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), ans.answer
    table = ask(asker, "value.cells", "安康市政府办2022年办理结果总计多少件？")
    assert table.value == 58


def test_whether_the_report_states_a_rate_is_asked(narrative_asker):
    """「政策解读占主动公开信息的比例报告里写了吗」: it does not — said so, the rate one could compute beside it."""
    a, rid = narrative_asker
    ans = ask(a, "derived.metric", "政策解读占主动公开信息的比例报告里写了吗？", report_id=rid)
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "2.73%" in ans.answer, ans.answer


def test_two_figures_of_the_text_combined(narrative_asker):
    """「平均每件政策文件配了几篇解读」「主动公开信息月均多少条」: two figures one report states, each read as the
    one-report reader answers it asked alone, the arithmetic shown — never one of the two as the answer."""
    a, rid = narrative_asker
    ans = ask(a, "derived.figures", "平均每件政策文件配了几篇解读？", report_id=rid)
    assert ans.value == 2.0 and "14篇" in ans.answer and "7件" in ans.answer, ans.answer
    month = ask(a, "derived.figures", "主动公开信息月均多少条？", report_id=rid)
    assert abs((month.value or 0) - 42.67) < 0.01 and month.unit == "条" and "512条" in month.answer, month.answer


def test_every_route_has_a_test():
    missing = {r.name for r in ROUTES} - _routes_asked_here()
    assert not missing, missing


# ---- sets: one notion of a set of reports (河北省 2023: 教育厅 19, 科技厅 17 新收; 人社厅's tables are pictures)


def test_a_rate_said_as_a_proportion_is_no_comparison_with_a_body(asker):
    """「…被纠错的比例最高的是谁」: 比例 is how the rate is said, never 比 + a body named 「例最」."""
    for q in (
        "在河北省2023年的报告里，行政复议被纠错的比例最高的是谁",
        "河北省2023年的年报中，行政复议被纠错的比率排第一的是谁",
    ):
        ans = ask(asker, "rates.set", q)
        assert ans.value == round(100 / 7, 2) and "河北省教育厅2023年" in ans.answer and "例最" not in ans.answer


def test_a_bodys_share_of_its_province_in_the_same_year(asker):
    """「X2023年…占库里河北省同年全部年报…合计」: the set is the province's reports of X's year, the unread named."""
    ans = ask(asker, "peer", "河北省教育厅2023年的新收申请，占库里河北省同年全部年报新收合计的百分之几")
    assert ans.value == round(100 * 19 / 36, 2) and "（19+17）" in ans.answer
    assert "未计入：河北省人力资源和社会保障厅2023年" in ans.answer


@pytest.mark.parametrize(
    ("route", "q", "want"),
    [
        ("named_set.spread", "河北省2023年报告单位之间新收申请的极差是多少", 2),
        ("named_set.spread", "2023年河北省里新收申请最高那家比最低那家多几件", 2),
        ("share.bodies", "2023年河北省有多大比例的单位被申请过行政复议", 50),
        ("share.bodies", "河北省2023年，被申请过行政复议的单位占全部报告单位的比例是多少", 50),
        ("pooled", "河北省2023年全省报告单位合计的自然人申请占全部新收申请的比例", round(100 * 35 / 36, 2)),
        ("pooled", "河北省2023年全省报告单位加总后，自然人申请占本年新收的比例", round(100 * 35 / 36, 2)),
    ],
)
def test_a_provinces_bodies_said_with_scope_words(asker, route, q, want):
    """「…报告单位之间」「…省里」「有多大比例的单位」「占全部报告单位」「全省报告单位」: the province's bodies of the
    year, a figure over those that print it, the one that does not named as not counted."""
    ans = ask(asker, route, q)
    assert ans.value == want, ans.answer
    assert "未计入：河北省人力资源和社会保障厅2023年" in ans.answer


def test_a_provinces_own_figure_is_not_its_stored_bodies_sum(asker):
    """「江苏省2023年一共收到多少政府信息公开申请」 asks the province's own figure: the store holds 洪泽 of 江苏省, never
    its stand-in (while 「河北省里…最高那家」 is among the province's reports)."""
    ans = asker.ask("江苏省2023年一共收到多少政府信息公开申请")
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "江苏省" in ans.answer


def test_a_figure_across_named_bodies_is_each_ones_own(asker):
    """「这几个单位谁的主动公开信息最多：A、B」: each report's figure as the one-report path reads it, in the unit it
    is counted in (平潭's 14571条 of 「…多少条」, never a column's 「公开信息77条」), each cited."""
    ans = ask(
        asker, "series.named", "第三方评估，这几个单位谁的主动公开信息最多：平潭综合实验区2022年、安康市政府办2022年"
    )
    assert ans.value == 14571 and ans.answer.startswith("平潭综合实验区") and "2447" in ans.answer, ans.answer
    assert len(ans.citations) == 2


def test_which_of_the_named_bodies_state_a_figure(asker):
    """「A、B这两份年报里，哪些写明了主动公开信息的条数」: the reports named whose text states the figure (the
    one-report path's), each cited — before, refused unless every one stated it (blindta which_reports 0/7)."""
    ans = ask(
        asker, "which.named", "平潭综合实验区2022年、安康市政府办2022年这两份年报里，哪些写明了主动公开信息的条数？"
    )
    assert ans.value == 2 and len(ans.citations) == 2 and "14571" in ans.answer, ans.answer


def test_refuse_timely_rate(asker):
    """「按期办结率」: the tables say nothing of time — only a rate the text states could answer it (河北省科技厅's text
    states one: answered from it, share.metric)."""
    ans = ask(asker, "refuse.timely_rate", "洪泽区人民政府2023年依申请公开的按期办结率是多少？")
    assert ans.value is None and ans.answer.startswith("报告未提及"), ans.answer


def test_refuse_fee_unsaid(asker):
    """「申请要不要交钱」 of a report whose text says nothing of a fee: refused, never the count of applications (平潭's
    text says it: value.fee_text)."""
    ans = ask(asker, "refuse.fee_unsaid", "洪泽区人民政府2023年申请政府信息公开要不要交钱")
    assert ans.value is None and ans.answer.startswith("报告未提及"), ans.answer


def test_year_pairs_over_the_store(asker):
    """「相邻两年都有年报的单位里…比上年多的有几家」: each body's adjacent years compared (zpfixd)."""
    ans = ask(asker, "which_reports.year_pairs", "相邻两年都有年报的单位里，新收比上一年多的有几家")
    assert isinstance(ans.value, int) and "相邻两年报告的单位共" in ans.answer


def test_a_level_the_store_cannot_hold_is_refused(asker):
    """「村委会的年报里…」: no village publishes a report in the store (zpfixd)."""
    ans = ask(asker, "refuse.absent_level", "各村委会的年报里新收申请最多的是哪个村")
    assert ans.value is None and ans.answer.startswith("报告未提及")
