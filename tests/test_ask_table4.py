"""Table / cross-report families (branch asktable4, issue 13): a glued row's figure read from the text,
which reports by a bound or by year, years written as 「21+23」「21/22」, changes asked as 增量,
上一年转过来 as the carried-over row. Phrasings written for the test from a user's side; numbers are the
corpus reports' printed cells or sentences."""

import pytest

from tests.corpus_ids import report_id


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


# ---------------------------------------------------------------- a glued row: the report's stated figure
def test_a_glued_row_asked_plainly_is_the_figure_the_text_states(asker):
    """河北科技厅 2022 prints 表三's 新收 row glued beyond a unique split; its text says 「收到政府信息公开申请
    11件」. Asked plainly, that is the answer (said to come from the text); the printed cell named stays
    unreadable."""
    for q in ("河北科技厅2022年度接到的政府信息公开申请有几件", "省科技厅那年总共受理了多少件信息公开申请"):
        ans = asker.ask(q, report_id=report_id(asker, "科学技术厅", 2022))
        assert ans.value == 11 and "取自正文" in ans.answer and "粘连" in ans.answer, (q, ans.answer)
    cell = asker.ask("省科技厅2022年表三本年新收那一行总计是多少")
    assert cell.value is None and "粘连" in cell.answer


# ---------------------------------------------------------------- years written 「20+21」「21/23」
def test_short_years_joined_by_plus_or_slash_are_those_years(asker):
    """「20+21两年」 is 2020 and 2021 (not every stored year); 「21/23年」 the two years, each answered."""
    both = asker.ask("平潭20+21两年本年新收申请加起来几件")
    assert both.value == 91 and "2019" not in both.answer and "2022" not in both.answer, both.answer
    each = asker.ask("省教育厅21/23年办结的申请各多少件")
    assert "2021年37件" in each.answer and "2023年19件" in each.answer, each.answer


def test_years_joined_by_plus_or_slash_are_read_as_years():
    from rag.intent import years_in

    assert years_in("洪泽22/23年复议") == [2022, 2023]
    assert years_in("科委19＋20两年的申请") == [2019, 2020]
    assert years_in("收到21件申请，办结20件") == []  # counts, not years


# ---------------------------------------------------------------- which reports: the catalogue, a set named last
def test_the_reports_of_a_year_are_listed_from_the_catalogue(asker):
    """「…2021年的所有年报」「2019年度的年报都有哪些」: the stored reports of that year, not a passage."""
    for q, year, n in (("帮我列一下库中统计年度是2021年的所有年报", 2021, 3), ("库里2019年度的年报都有哪些", 2019, 4)):
        ans = asker.ask(q)
        assert ans.answer.startswith(f"共{n}份报告"), (q, ans.answer)
        assert ans.answer.count(f"{year}年（") == n, (q, ans.answer)


def test_a_set_named_after_its_condition_is_which_reports(asker):
    """「…超过5件的年度」「没有收到任何…申请的年报」: the reports passing the test, never one report's value."""
    more = asker.ask("平潭行政诉讼超过5件的年度")
    assert more.answer.startswith("共1份报告") and "2021年（12件）" in more.answer, more.answer
    none = asker.ask("列出没有收到任何信息公开申请的年报")
    assert none.answer.startswith("共3份报告") and "君山片区管理局2022年（0件）" in none.answer, none.answer


# ---------------------------------------------------------------- 上一年转过来 is a row; 增量 is a change
def test_carried_over_from_the_year_before_is_the_row_not_the_year_before(asker):
    """「上年度转来的申请」 asked of 平潭 2022 is its 上年结转 row (1), not a question about 2021."""
    ans = asker.ask("上年度转来的申请多少件", report_id=report_id(asker, "平潭", 2022))
    assert ans.value == 1 and "2021" not in ans.answer, ans.answer


def test_an_increment_asked_is_computed(asker):
    ans = asker.ask("平潭2022年比上一年新收申请净增几件")
    assert ans.value == 4 and "增加4件" in ans.answer, ans.answer
    ans = asker.ask("平潭二〇二〇年较二〇一九年新收申请增量是多少")
    assert ans.value == -2 or "减少2件" in ans.answer, ans.answer


# ---------------------------------------------------------------- a year's share of N years' total
def test_a_years_share_of_n_years_whole_reads_every_stored_year(asker):
    """「2022年…占四年合计」: the year written is the part; the whole is the agency's stored years."""
    ans = asker.ask("平潭2020年新收的申请占四年合计的百分比是多少")
    assert ans.value is not None and abs(ans.value - 11.17) < 0.01, ans.answer
    assert "合计188件" in ans.answer, ans.answer


# ---------------------------------------------------------------- a named column's change, not 本年增/减
def test_a_named_column_compared_with_the_year_before_is_its_change(asker):
    """「处理决定数比上年增加多少」 names 表二's decisions column: its change over the two reports; 「收费比上一年
    增减多少」 names no other column and stays the printed 本年增/减 cell."""
    ans = asker.ask("平潭2022年行政处罚处理决定数比上年增加多少")
    assert ans.value == 831 and "2021年1282件" in ans.answer, ans.answer
    fee = asker.ask("上海市府办2019年行政事业性收费比上一年增减多少")
    assert fee.value == 0 and "本年增/减" in fee.answer, fee.answer


# ---------------------------------------------------------------- which reports mention a word, among those listed
def test_which_of_the_listed_agencies_mention_a_word(asker):
    """「写到抖音的是哪几家：A、B、C？」: the reports whose text names it among the agencies listed."""
    ans = asker.ask("写到抖音的是哪几家：平潭、洪泽、人社厅？")
    assert ans.answer.startswith("共1份报告提到「抖音」") and "人力资源和社会保障厅2023年" in ans.answer, ans.answer
    # 「报告提到的…有哪些」 asks what the report says (its section 五 here), not which reports name a word
    said = asker.ask("报告里提到的主要差距和不足有哪些", report_id=report_id(asker, "科学技术厅", 2023))
    assert "服务类信息占比仍然不高" in said.answer, said.answer


# ---------------------------------------------------------------- the text's own sum, its parts named as a kind
def test_parts_named_by_their_kind_are_the_ways_the_text_lists(asker):
    """「各种申请渠道的件数加起来是否等于全年收到的申请数」: 河北教育厅 2023 lists 网络申请15件 and 信函申请4件
    against 「收到…申请共19件」 — the text's own arithmetic, not 表三's identities."""
    ans = asker.ask(
        "各种申请渠道的件数加起来是否等于全年收到的申请数", report_id=report_id(asker, "河北省教育厅", 2023)
    )
    assert ans.answer.startswith("一致") and "网络申请15件 + 信函申请4件 = 19件" in ans.answer, ans.answer


# ---------------------------------------------------------------- next year's plans are in this year's report
def test_plans_for_a_year_not_stored_are_read_in_the_report_before(asker):
    """「洪泽2024年计划采取哪些改进措施」: no 2024 report; the 2023 report's section 五 says what 2024 will do.
    A count of that year is still refused."""
    plans = asker.ask("洪泽2024年计划采取哪些改进措施")
    assert "没有找到" not in plans.answer and "跟班学习制度" in plans.answer, plans.answer
    assert {c.year for c in plans.citations} == {2023}
    count = asker.ask("洪泽2024年收到多少申请")
    # (the body has no 2024 report — said with the years it has, not as if the store had no 2024 report at all)
    assert "没有找到洪泽区人民政府2024年的报告" in count.answer and "2023年" in count.answer, count.answer
