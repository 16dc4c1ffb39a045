"""Table / cross-report families (branch asktable5, issue 13, from blind7's misses): English words in the
question, 加总/汇总, 依申请公开 said bare, 「上了两位数」, a year's catalogue, an ask glued before a short
agency form, 表二 changes between two reports, 「最多的是X吗」, 「最少的是哪一份」, 「哪个的…有问题」, narrative
series over a trailing year range. Phrasings written for the test from a user's side; numbers are the
corpus reports' printed cells or sentences."""

import pytest

from tests.corpus_ids import report_id


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


# ---------------------------------------------------------------- English words mixed in
def test_english_words_of_the_reports_vocabulary_are_read():
    from rag.english import chinese

    assert chinese("平潭2021年 new applications 有几件") == "平潭2021年新收申请有几件"
    assert chinese("洪泽2023 Applications in total") == "洪泽2023申请一共"
    assert chinese("安康2022 予以公开 How Many") == "安康2022 予以公开多少"
    assert chinese("平潭2022年的OFD文件") == "平潭2022年的OFD文件"  # anything else is left as written


def test_a_question_with_english_words_answers_the_cell(asker):
    new = asker.ask("平潭2021年 new applications 有几件")
    assert new.value == 70, new.answer
    received = asker.ask("洪泽2023年 applications 一共多少")
    assert received.value == 21, received.answer


# ---------------------------------------------------------------- 加总 / 汇总 over reports
def test_a_total_asked_as_jiazong_or_huizong_is_a_sum(asker):
    ans = asker.ask("平潭2021和2022年的行政复议加总")
    assert ans.value == 5 and "合计5件" in ans.answer, ans.answer
    ans = asker.ask("洪泽和安康的予以公开汇总一下")
    assert ans.value == 8 and "合计8件" in ans.answer and "多8件" not in ans.answer, ans.answer


# ---------------------------------------------------------------- 依申请公开 said bare; a bound of digits
def test_yishenqing_gongkai_said_bare_is_the_applications_received(asker):
    ans = asker.ask("河北科技厅2020依申请公开有几件")
    assert ans.value == 0 and "未收到" in ans.answer, ans.answer
    which = asker.ask("河北省科学技术厅哪几年的依申请公开是零")
    assert which.answer.startswith("共2份报告") and "2019年（0件）" in which.answer, which.answer
    fee = asker.ask("河北省教育厅2018年办理依申请公开收费了吗")  # a fee asked, not the applications
    assert fee.value != 1 and "收取费用" in fee.answer, fee.answer


def test_two_digits_is_a_bound_of_ten_at_least(asker):
    ans = asker.ask("河北省教育厅哪几年的新收申请到了两位数")
    assert ans.answer.startswith("共2份报告") and "2018年" not in ans.answer, ans.answer
    from rag.intent import asserted

    assert asserted("申请量上了三位数的年份") == [100.0]


# ---------------------------------------------------------------- the reports of one year
def test_the_reports_of_a_year_written_after_which(asker):
    ans = asker.ask("有哪些2019年的年报")
    assert ans.answer.startswith("共4份报告") and ans.answer.count("2019年（") == 4, ans.answer


# ---------------------------------------------------------------- an ask glued before a short agency form
def test_an_ask_glued_before_a_short_agency_form_is_not_a_place(asker):
    why = asker.ask("为啥省科技厅2023年申请比2022年多")
    assert why.value == 6 and "增加6件" in why.answer, why.answer
    cases = asker.ask("诉讼案件省教育厅2021和2023谁多")
    assert cases.value == 8 and "2021年最多" in cases.answer, cases.answer


# ---------------------------------------------------------------- 表二: a change between two reports
def test_a_table_two_change_in_jian_or_wanyuan_is_of_the_decisions_or_amount(asker):
    """「增加了多少件」 between two years written is the change of the decisions (GF2021 prints no 本年增/减);
    asked with 比上一年 of a GF2019 report, the printed 本年增/减 cell of the items stays the answer."""
    ans = asker.ask("平潭行政处罚2022年比2021年增加了多少件")
    assert ans.value == 831 and "增加831件" in ans.answer, ans.answer
    ans = asker.ask("平潭行政强制2022年比2021年增加了几件")
    assert ans.value == -42 and "减少42件" in ans.answer, ans.answer
    fee = asker.ask("省教育厅行政事业性收费2021到2023年少了多少万元")
    assert fee.value == -765.921 and fee.unit == "万元", fee.answer
    items = asker.ask("收费项目比上年增减了几个", report_id=report_id(asker, "平潭", 2020))
    assert items.value == -15 and items.unit == "个", items.answer


# ---------------------------------------------------------------- rankings asked as a guess or as 「哪一份」
def test_is_it_the_top_ranks_the_whole_store_and_says_yes_or_no(asker):
    yes = asker.ask("2023年新收申请最多的是洪泽吗")
    assert yes.answer.startswith("是。") and yes.value == 21 and "河北省教育厅2023年19件" in yes.answer, yes.answer
    no = asker.ask("行政许可最多的是省教育厅吗")
    assert no.answer.startswith("不是。") and no.value == 10690, no.answer


def test_the_least_asked_as_which_one_is_a_ranking(asker):
    ans = asker.ask("行政处罚处理决定最多的是哪一份报告")
    assert ans.value == 4119 and "洪泽区人民政府2023年最多" in ans.answer, ans.answer


# ---------------------------------------------------------------- which of the named fails a check
def test_which_of_the_named_reports_has_a_problem_is_a_check(asker):
    ans = asker.ask("平潭2019和2020哪个的表三对不上")
    assert ans.answer.startswith("共1份报告") and "平潭综合实验区2020年（H3" in ans.answer, ans.answer
    ans = asker.ask("安康和洪泽哪个的表四有问题")
    assert ans.answer.startswith("共1份报告") and "洪泽区人民政府2023年（H5" in ans.answer, ans.answer


# ---------------------------------------------------------------- a share, the year written without 年
def test_a_column_share_with_a_bare_year(asker):
    ans = asker.ask("平潭2021法人申请占比")
    assert ans.value == 8.57 and "6件" in ans.answer, ans.answer
    ans = asker.ask("洪泽2023自然人申请占比")
    assert ans.value == 100, ans.answer


# ---------------------------------------------------------------- narrative series
def test_a_narrative_series_over_a_trailing_year_range(asker):
    ans = asker.ask("河北省科技厅新闻发布会次数2019-2021")
    assert ans.answer.startswith("2019年5次；2020年7次；2021年7次"), ans.answer
    ans = asker.ask("省科技厅人大建议政协提案复文21到23年的变化情况")
    assert "2021年29件" in ans.answer and "2023年41件" in ans.answer, ans.answer


# ---------------------------------------------------------------- a checked figure without its unit
def test_a_checked_sum_without_a_unit(asker):
    ans = asker.ask("河北科技厅2023年清理的规范性文件分项加起来是不是53")
    assert ans.value == 53 and "49+3+1=53" in ans.answer, ans.answer


def test_who_has_fewer_ranks_from_the_bottom(asker):
    """「A和B谁少」 asks the smaller (it was answered with the larger, 「…最多」)."""
    ans = asker.ask("复议案件省教育厅2021和2023谁少")
    assert ans.value == 0 and "2021年最少" in ans.answer, ans.answer
    from rag.intent import parse

    assert parse("洪泽和安康谁的新收申请少").extreme == "min"
    assert parse("洪泽和安康谁多谁少").extreme == "max"


# ---------------------------------------------------------------- a breakdown by the divisions below the body
def test_a_breakdown_by_divisions_or_departments_is_refused_with_the_reason(asker):
    """「各区政府收到的申请」「各部门的复议」: the tables count the body's applications as one; never its total."""
    for q in ("平潭2022年各部门收到的申请分别多少", "平潭2022年全区各乡镇的行政复议有几件"):
        ans = asker.ask(q)
        # the departments: the tables are not split by who handled them; the townships: their own reports
        why = "不按下属的区县、乡镇或部门分列" if "部门" in q else "各乡镇各自发布政府信息公开年度报告"
        assert ans.value is None and why in ans.answer, (q, ans.answer)
    whole = asker.ask("平潭2022年收到申请多少件")
    assert whole.value == 74, whole.answer


# ---------------------------------------------------------------- a row named before 「处理多少件」; 申请数 after a row
def test_a_row_ending_in_chuli_before_how_many_is_that_row_not_the_total(asker):
    """「其他处理多少件」 was read as 「处理多少件」 (办理结果总计: 75 for 平潭 2022) — a wrong figure."""
    ans = asker.ask("平潭2022年其他处理了多少件")
    assert ans.value == 4 and "其他处理" in ans.answer, ans.answer


def test_shenqingshu_after_a_row_is_that_rows_noun(asker):
    """「结转下年度申请数是上年结转申请数的几倍」: two rows, never the new applications."""
    ans = asker.ask("上海市府办2019年结转下年度的申请数是上年结转申请数的几倍")
    assert ans.value == 4 and "上年结转18件" in ans.answer, ans.answer


def test_an_en_dash_range_and_a_spelled_out_legal_column():
    from rag.intent import parse, years_in

    assert years_in("平潭2020–2022年行政复议一共几件") == [2020, 2021, 2022]
    legal = parse("平潭2021年法人或者其他组织一共申请几件")
    assert [(c.row, c.col) for c in legal.cells] == [("new", "sub")], legal.cells


def test_the_applications_handled_are_the_results_total(asker):
    ans = asker.ask("平潭哪一年办理的申请最少")
    assert ans.value == 21 and "2020年最少" in ans.answer, ans.answer


# ---------------------------------------------------------------- the catalogue, asked in more ways
def test_the_catalogue_asked_with_each_year_examples_or_a_full_title(asker):
    ans = asker.ask("河北人社厅有几份年报，各是哪年的")
    assert ans.answer.startswith("共3份报告") and "2023年（GF2021）" in ans.answer, ans.answer
    ans = asker.ask("请列出本库中2021年度的全部政府信息公开年报")
    assert ans.answer.startswith("共3份报告"), ans.answer
    ans = asker.ask("2023年度的报告有哪几份（比如洪泽等）")  # the examples do not narrow the set
    assert ans.answer.startswith("共4份报告") and "河北省教育厅2023年" in ans.answer, ans.answer
    ans = asker.ask("河北省科学技术厅的年报都有哪些年份可以查")
    assert ans.answer.startswith("共6份报告"), ans.answer


def test_yishenqing_gongkai_added_over_years(asker):
    ans = asker.ask("省教育厅21、23年依申请公开加起来多少件")
    assert ans.value == 56, ans.answer


# ---------------------------------------------------------------- 公开 said bare beside 部分公开
def test_gongkai_beside_bufen_gongkai_is_the_disclosed_row(asker):
    share = asker.ask("平潭22年公开和部分公开一共占总计的比例")
    assert share.value == 40 and "予以公开+部分公开 30件" in share.answer, share.answer
    either = asker.ask("安康2022年全部或部分公开的有多少件")
    assert either.value == 25, either.answer


# ---------------------------------------------------------------- ratios and shares across reports
def test_a_ratio_of_two_agencies_applications_said_as_shou_de(asker):
    ans = asker.ask("洪泽23年收的申请是省教育厅23年的几倍")
    assert ans.value == 1.11 and "21件 ÷ 河北省教育厅2023年19件" in ans.answer, ans.answer
    rows = asker.ask("平潭2022年新收申请数是办理总计的几倍")
    assert rows.value == 0.99 and "办理结果（七）总计75件" in rows.answer, rows.answer


def test_a_years_share_of_a_range_or_of_the_recent_years(asker):
    """「占2019-2022四年合计」 is a share (was the sum); 「在近两年总量里占」 the two years up to the one named."""
    ans = asker.ask("平潭2022年新收占2019-2022四年合计的多少")
    assert ans.value == 39.36, ans.answer
    ans = asker.ask("平潭22年申请量在近两年总量里占几成")
    assert ans.value == 51.39 and "2019" not in ans.answer, ans.answer


def test_yishenqing_gongkai_ranked(asker):
    ans = asker.ask("平潭这几年哪一年依申请公开最少")
    assert ans.value == 21 and "2020年最少" in ans.answer, ans.answer


def test_zhan_with_a_count_unit_asks_the_count():
    """「“其他”申请人占几件」: 占 followed by a count unit asks how many, not a percentage."""
    from rag.intent import parse

    count = parse("平潭2021年不予公开的申请里，法人申请占几件")
    assert count.operation == "value", count
    share = parse("平潭2021年予以公开占多少")
    assert share.operation == "share", share


def test_we_and_another_agency_which_side_brings_the_other_in(asker):
    """「我们和河北省教育厅…哪边多」 asked while reading 科技厅 2021: both agencies' 2021 reports (was refused)."""
    ans = asker.ask("我们跟洪泽的新收申请哪边少", report_id=report_id(asker, "教育厅", 2023))
    assert "洪泽区人民政府2023年21件" in ans.answer and "河北省教育厅2023年19件" in ans.answer, ans.answer


def test_a_blank_total_over_filled_columns_is_their_sum_in_a_comparison(asker):
    """上海市府办 2019 prints 不予处理's 总计 blank over columns holding 158: compared, that sum is used and said
    (was 「没有不予处理的数字」)."""
    ans = asker.ask("上海市府办2019和上海科委2024的重复申请谁多")
    assert ans.value == 9 and "总计栏空白，按各栏之和" in ans.answer, ans.answer


# ---------------------------------------------------------------- checks asked as 是不是有问题 / 怎么回事
def test_is_something_wrong_asked_as_shibushi_is_a_check(asker):
    ans = asker.ask("洪泽2023年表四是不是有问题")
    assert ans.answer.startswith("不一致") and "按各项之和应为11" in ans.answer, ans.answer
    ans = asker.ask("平潭2022年正文75件跟表三74件是怎么回事")
    assert "本年新收74+上年结转1=75" in ans.answer, ans.answer


def test_fei_le_and_enterprises_or_organisations():
    from rag.intent import parse

    repealed = parse("这一年规范性文件废了几件")
    assert [(c.row, c.col) for c in repealed.cells] == [("norm", "repealed")], repealed.cells
    legal = parse("有企业或者组织来申请的是哪些报告")
    assert [(c.row, c.col) for c in legal.cells] == [("new", "sub")], legal.cells


# ---------------------------------------------------------------- a column asked of a report without a readable table
def test_an_applicant_column_is_never_answered_with_the_texts_total(asker):
    """河北教育厅 2016 (no table) says 「受理依申请信息公开3件」: 自然人提出的 is not stated — refused, said why
    (was 3件, the total, as if it were the column)."""
    ans = asker.ask("河北省教育厅2016年自然人提出的申请有几件")
    assert ans.value is None and "本年新收（自然人）" in ans.answer, ans.answer
    total = asker.ask("河北省教育厅2016年收到申请多少件")
    assert total.value == 3, total.answer


def test_each_sub_item_asked_lists_the_zeros_too(asker):
    ans = asker.ask("无法提供的各子项是多少", report_id=report_id(asker, "安康", 2022))
    assert ans.value == 25 and "没有现成信息需要另行制作0件" in ans.answer, ans.answer
