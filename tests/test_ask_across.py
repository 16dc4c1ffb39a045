"""Sums, shares, ranks and ratios over an agency's years or a named list (branch asktable2, issue 13).
Phrasings written for the test from a user's side; numbers are the corpus reports' printed cells
and sentences (平潭 新收 2019–2022: 23, 21, 70, 74; 主动公开 2021 2645条, 2022 14571条)."""

import pytest

from corpus_ids import report_id as _rid
from rag.intent import normalise_years, parse
from rag.question import MetricMeasure


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def test_listed_short_years():
    assert normalise_years("平潭21、23两年申请总和") == "平潭2021、2023两年申请总和"


def test_these_four_years_from_one_report(asker):
    ans = asker.ask("这四年加起来一共新收了多少", report_id=_rid(asker, "平潭", 2022))
    assert ans.value == 188 and "2019年23件" in ans.answer, ans.answer


def test_two_short_years_summed(asker):
    ans = asker.ask("平潭21、22两年申请总和")
    assert ans.value == 144, ans.answer


def test_this_years_share_of_the_years(asker):
    ans = asker.ask("今年的新收申请占这四年总量的百分之几", report_id=_rid(asker, "平潭", 2022))
    assert ans.value == round(100 * 74 / 188, 2) and ans.unit == "%", ans.answer


@pytest.mark.parametrize(
    ("q", "years"),
    [
        ("四川省农业农村厅2024年收到的新申请，占库里四川省同年全部年报新收合计的百分之几？", [2024]),
        ("成都市武侯区商务局2023年收到的新申请，占四川省同年全部报告单位合计的百分之几", [2023]),
        ("平潭2022年新收申请占2019-2022四年总和的百分之几", [2019, 2020, 2021, 2022]),
        ("平潭2022年的新收占这四年总量的百分之几", []),
    ],
)
def test_a_numeral_counts_years_only_before_its_year(q, years):
    """「四川省同年」: 四 is the province's first character, not a count of years whose whole the share is of."""
    assert parse(q).scope.years == years


def test_whose_fewest_over_a_named_list(asker):
    ans = asker.ask("平潭、安康、上海市府办、科委里谁的申请最少")
    assert ans.intent == "rank" and ans.value == 21, ans.answer


@pytest.mark.parametrize(
    "q, rid, want",
    [
        ("上海市府办申请量是科委的多少倍", None, round(859 / 34, 2)),  # the agency written first over the second
        ("行政许可决定数是2021年的多少倍", ("河北省教育厅", 2023), round(7417 / 5658, 2)),  # the report read leads
        ("主动公开条数是2021年的几倍", ("平潭", 2022), round(14571 / 2645, 2)),  # the same metric each year
    ],
)
def test_ratio_direction(asker, q, rid, want):
    ans = asker.ask(q, report_id=_rid(asker, *rid) if rid else None)
    assert ans.value == want and ans.unit == "倍", ans.answer


def test_a_narrative_change_from_one_report_is_the_same_metric(asker):
    ans = asker.ask("主动公开条数比2021年增加多少", report_id=_rid(asker, "平潭", 2022))
    assert ans.value == 14571 - 2645, ans.answer


def test_the_agency_compared_with_is_brought_in(asker):
    ans = asker.ask("我们和洪泽比，谁的申请多", report_id=_rid(asker, "河北省教育厅", 2023))
    assert {c.agency for c in ans.citations} >= {"河北省教育厅", "洪泽区人民政府"}, ans.answer


def test_a_side_the_store_does_not_have_is_not_compared(asker):
    ans = asker.ask("安康市政府和陕西省政府2022年谁的申请多？")
    assert ans.answer.startswith("报告未提及") and ans.value is None, ans.answer


def test_subject_of_a_narrative_change():
    m = parse("主动公开条数是2021年的几倍").first(MetricMeasure)
    assert isinstance(m, MetricMeasure) and m.focus == "主动公开" and m.unit == "条"


# ------------------------------------------------------------------ one narrative metric across years
def test_the_same_metric_each_year(asker):
    # 门户网站 发布…各类信息 4818/5009/4987篇, not the 公众号's 1146/1010篇 in the years it also states them
    ans = asker.ask("省科技厅门户网站2021到2023年每年发布多少篇信息")
    assert "2021年4818篇" in ans.answer and "2022年5009篇" in ans.answer and "2023年4987篇" in ans.answer, ans.answer
    one = asker.ask("门户网站发布信息比去年多了多少篇", report_id=_rid(asker, "科学技术厅", 2022))
    assert one.value == 5009 - 4818, one.answer


def test_more_or_fewer_without_an_asking_word(asker):
    ans = asker.ask("公众号关注人数比2022年多还是少", report_id=_rid(asker, "科学技术厅", 2023))
    # (a count printed in 万 every year is shown in full beside it, the difference too: asknarr4)
    assert "2022年3.7万人（即37000人）" in ans.answer and "增加29000人" in ans.answer, ans.answer


def test_the_last_years_stored(asker):
    ans = asker.ask("平潭近三年主动公开信息一共多少条")  # 2020–2022 of 2019–2022
    assert ans.value == 2602 + 2645 + 14571 and "2019年" not in ans.answer, ans.answer
    cells = asker.ask("河北省科学技术厅近三年一共收到多少件信息公开申请")
    assert cells.value == 2 + 11 + 17, cells.answer
