"""Table-side question families of issue 13 (branch asktable), each with phrasings written for the test —
not taken from the question bank or the probes. Expected numbers come from the corpus gold
(eval/corpus/gold). Each family is fixed by intent and vocabulary, so every phrasing here must hold."""

import pytest

from rag.ask import NOT_MENTIONED


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def _headline(asker, q):
    ans = asker.ask(q)
    return ans, ans.value


# ------------------------------------------------------------------ cell choice
@pytest.mark.parametrize(
    "q, want",
    [
        ("河北省教育厅2021年不经复议就直接告到法院的有几件", 6),  # 未经复议直接起诉, not 复议后起诉 (2)
        ("省教育厅2021年没有申请复议、直接起诉的行政诉讼几件", 6),
        ("河北省教育厅2023年经过复议以后再打官司、结果维持的有几件", 6),  # lr.keep, not rv.keep
        ("平潭综合实验区2022年自然人之外的申请人新收多少件", 3),  # complement: 74 − 71
        ("平潭2021年“其他”这类申请人新收了几件", 4),  # the 其他 column of 本年新收, not the row
        ("河北省教育厅2023年需要另外加工才能提供的有几件", 1),  # 没有现成信息需要另行制作
        ("平潭综合实验区2020年补正以后申请内容还是不清楚的几件", 3),
        ("洪泽区2023年收费一共收了多少万", 7730.28),  # 表二 行政事业性收费
    ],
)
def test_the_cell_asked(asker, q, want):
    ans, value = _headline(asker, q)
    assert value == want, (q, ans.answer)


def test_a_complement_column_is_shown_as_such(asker):
    ans = asker.ask("平潭综合实验区2022年非自然人申请了几件")
    assert ans.value == 3 and "法人或其他组织" in ans.answer and "总计74件−自然人71件" in ans.answer


def test_the_printed_change_cell_of_table_two_is_a_value(asker):
    ans = asker.ask("平潭综合实验区2020年的行政事业性收费项目比上一年增减了多少")
    assert ans.value == -15 and ans.intent == "value.cells", ans.answer


# ------------------------------------------------------------------ arithmetic
@pytest.mark.parametrize(
    "q, want",
    [
        ("平潭综合实验区2021年予以公开和部分公开合起来占办理结果总计的百分比", round(100 * 35 / 69, 2)),
        ("安康市政府办2022年部分公开所占比重为多少", round(100 * 17 / 58, 2)),
        ("平潭2022年本年新收里自然人所占的比例", round(100 * 71 / 74, 2)),
    ],
)
def test_shares(asker, q, want):
    ans, value = _headline(asker, q)
    assert value == want and ans.unit == "%", (q, ans.answer)


@pytest.mark.parametrize(
    "q, want",
    [
        ("平潭2021年新收的申请是2019年的多少倍", round(70 / 23, 2)),  # the first year named over the second
        ("平潭2019年新收的申请是2021年的多少倍", round(23 / 70, 2)),
        ("平潭综合实验区2022年新收申请数除以2020年的是多少", round(74 / 21, 2)),
        ("上海市科委2024年本年新收除以办理结果总计", round(34 / 35, 2)),
    ],
)
def test_ratio_direction(asker, q, want):
    ans, value = _headline(asker, q)
    assert value == want, (q, ans.answer)


def test_a_change_worded_with_jiao_is_the_signed_difference(asker):
    ans = asker.ask("平潭综合实验区2020年新收申请较2019年减少多少")
    assert ans.value == -2, ans.answer


def test_a_sum_over_recent_years_read_from_a_report(asker):
    rid = next(r["id"] for r in asker.store.catalogue_rows() if r["year"] == 2021 and r["agency"] == "平潭综合实验区")
    ans = asker.ask("近两年加起来一共新收了多少申请", report_id=rid)
    assert ans.value == 21 + 70, ans.answer


def test_sum_of_two_rows_of_table_two(asker):
    ans = asker.ask("洪泽区2023年许可和处罚的决定加起来是多少")
    assert ans.value == 550 + 4119, ans.answer


# ------------------------------------------------------------------ lists, trends
def test_every_item_listed_is_answered(asker):
    ans = asker.ask("平潭综合实验区2021年的许可、处罚、强制决定数分别为多少")
    for n in ("2293", "1282", "42"):
        assert n in ans.answer, ans.answer
    ans = asker.ask("平潭2021年予以公开、部分公开和办理结果总计分别是几件")
    for n in ("30件", "5件", "69件"):
        assert n in ans.answer, ans.answer


def test_short_year_lists_and_trend_words(asker):
    ans = asker.ask("平潭20、21、22年新收申请的走势如何")
    assert all(f"{y}年" in ans.answer for y in (2020, 2021, 2022)) and "2019年" not in ans.answer, ans.answer


# ------------------------------------------------------------------ which reports
def test_which_reports_with_a_measure_above_zero(asker):
    ans = asker.ask("平潭的年报里，直接起诉的行政诉讼大于零的有哪几年")
    assert ans.value == 2 and {c.year for c in ans.citations} == {2021, 2022}, ans.answer
    ans = asker.ask("安康和上海科委里哪份年报的行政复议不为零")
    assert ans.value == 1 and "上海市科委" in ans.answer, ans.answer


def test_two_short_names_written_together_are_two_agencies(asker):
    ans = asker.ask("洪泽平潭的报告中行政复议被纠正过的是哪些")
    assert ans.value == 2 and "洪泽区人民政府2023年" in ans.answer, ans.answer


# ------------------------------------------------------------------ scope refusals
@pytest.mark.parametrize(
    "q",
    [
        "广州市科委2024年收到了几件申请",  # 科委 of another city
        "安康市汉阴县2022年新收几件申请",  # a county under a stored city
        "国务院2021年新收多少政府信息公开申请",
        "平谭23年本年新收几件",  # a typo'd agency, and a year not stored for it
    ],
)
def test_an_agency_or_year_not_in_the_store_is_refused(asker, q):
    ans = asker.ask(q)
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), (q, ans.answer)


def test_a_place_that_is_part_of_the_agency_name_still_resolves(asker):
    ans = asker.ask("河北省科技厅2023年新收了多少件申请")
    assert ans.value == 17, ans.answer


# ------------------------------------------------------------------ round 2: formats, pairs of agency and years
def test_which_reports_filtered_by_the_format_named(asker):
    ans = asker.ask("平潭按2019版格式编写的年报中哪些有部分公开")
    assert ans.value == 2 and {c.year for c in ans.citations} == {2019, 2020}, ans.answer
    old = asker.ask("修订前的老式年报是哪几份")
    assert old.value == 3 and "LEGACY" in old.answer and "GF2019" not in old.answer, old.answer


def test_each_agency_in_the_years_written_after_it(asker):
    ans = asker.ask("省教育厅2021年和平潭2022年本年新收各多少件")
    assert "37件" in ans.answer and "74件" in ans.answer, ans.answer
    assert "2023年" not in ans.answer and "平潭综合实验区2021年" not in ans.answer, ans.answer


def test_yishenqing_quantity_names_the_applications_received(asker):
    ans = asker.ask("河北省教育厅2023年依申请公开的数量是多少")
    assert ans.value == 19, ans.answer


# ------------------------------------------------------------------ round 3
def test_which_reports_say_no_application_was_received(asker):
    """「本年度」 in a which-question is each report's own year; the text's 「未收到」 counts where no table is read."""
    ans = asker.ask("哪几份年报说本年度没有收到政府信息公开申请")
    assert ans.value == 3 and "河北省科学技术厅2019年" in ans.answer and "君山片区" in ans.answer, ans.answer


def test_a_blank_total_over_columns_holding_cases_counts(asker):
    ans = asker.ask("上海市政府办公厅和洪泽区的年报里，哪些有因重复申请不予处理的情况")
    assert ans.value == 1 and "上海市人民政府办公厅2019年（9件）" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["请问火星市科委2024年收到了几件申请", "平潭金井片区2022年新收几件"])
def test_a_place_shaped_name_not_stored_is_refused(asker, q):
    ans = asker.ask(q)
    assert ans.value is None and ans.answer.startswith(NOT_MENTIONED), (q, ans.answer)


def test_a_province_word_inside_a_phrase_is_no_place(asker):
    ans = asker.ask("洪泽2023年新收申请比省教育厅2023年多几件")
    assert ans.value == 2, ans.answer


# ------------------------------------------------------------------ round 4
@pytest.mark.parametrize(
    "q",
    [
        "平潭三年来的办结数怎么样",
        "平潭综合实验区历次报告的本年新收",
        "平潭每一年的行政复议有几件",
        "平潭2019到2022年新收有何变化",
    ],
)
def test_series_wordings_give_every_year(asker, q):
    ans = asker.ask(q)
    assert ans.intent == "trend" and all(f"{y}年" in ans.answer for y in (2019, 2020, 2021, 2022)), (q, ans.answer)


def test_a_sum_over_some_years_is_a_sum(asker):
    ans = asker.ask("平潭这四年共收到多少件申请")
    assert ans.value == 188, ans.answer


def test_share_of_one_row_of_table_two_among_several(asker):
    ans = asker.ask("洪泽区2023年行政强制决定在许可、处罚、强制三类决定中占多少比例")
    assert ans.value == round(100 * 195 / 4864, 2), ans.answer


def test_ratio_of_two_columns(asker):
    ans = asker.ask("平潭2022年本年新收中自然人是商业企业的几倍")
    assert ans.value == round(71 / 3, 2), ans.answer


def test_a_missing_agency_year_is_said_beside_a_value(asker):
    ans = asker.ask("平潭和洪泽2022年的本年新收")
    assert "74" in ans.answer and "洪泽区人民政府没有2022年的报告" in ans.answer, ans.answer


def test_which_reports_one_row_against_another(asker):
    ans = asker.ask("平潭哪些年份的本年新收少于办理结果总计")
    assert ans.value == 1 and "平潭综合实验区2022年（74件" in ans.answer, ans.answer
    ans = asker.ask("平潭哪几年新收的申请比办结的多")
    assert ans.value == 1 and "平潭综合实验区2021年（70件" in ans.answer, ans.answer
