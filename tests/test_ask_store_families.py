"""Question families over a store of many bodies (issue 13, blindu's F1/F2/F5/F9/F14): the store's inventory, how
many bodies of a place pass a test, a mean or median over a place's bodies, a quantity less the parts named, and a
2019 表二's own rate of change of its items. Asked of generated reports (every figure read back from the store, so
the expectation is the report's, not the test's), in words of our own, not the bank's."""

from __future__ import annotations

import statistics

import pytest

from tests.text_store import bodies_asker

BODIES = [
    ("成都市武侯区民政局", 2020, 1),
    ("成都市锦江区司法局", 2020, 2),
    ("绵阳市涪城区教育局", 2020, 3),
    ("绵阳市涪城区教育局", 2021, 4),
    ("合肥市蜀山区民政局", 2020, 5),
    ("福州市长乐区人民政府", 2021, 6),
]


@pytest.fixture(scope="module")
def store_asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("families"), BODIES)


def _cells(asker, agency: str, year: int) -> dict[str, float]:
    """The figures the store read for one body's year: the truth every expectation is computed from."""
    rid = next(e.id for e in asker.catalogue().reports(None, [year]) if e.agency == agency)
    return {k: c["value"] for k, c in asker.store.cells_of([rid])[rid].items()}


def test_inventory_counts_a_year_and_a_province_and_lists_a_body(store_asker):
    year = store_asker.ask("数据库里一共存了多少份2020年度的年报")
    assert year.intent == "which_reports.list" and year.value == 4 and year.unit == "份"
    place = store_asker.ask("你们收了几份四川省的报告")
    assert place.value == 4 and "合肥" not in place.answer
    body = store_asker.ask("请把本库里涪城区教育局年报的全部年份列出来")
    assert body.value == 2 and {c.year for c in body.citations} == {2020, 2021}
    english = store_asker.ask("Which years of 绵阳市涪城区教育局's reports are in the store?")
    assert english.value == 2


def test_bodies_of_a_place_passing_a_test_are_counted(store_asker):
    sichuan = [_cells(store_asker, a, 2020) for a, y, _ in BODIES if y == 2020 and "合肥" not in a]
    want = sum(1 for c in sichuan if (c["t4.rv.tot"] or 0) > 0)
    ans = store_asker.ask("四川省2020年的各个单位里头，被申请过行政复议的一共有多少家")
    assert ans.value == want and ans.unit == "家", ans.answer
    sued = sum(1 for c in sichuan if (c["t4.ld.tot"] or 0) + (c["t4.lr.tot"] or 0) > 0)
    ans = store_asker.ask("四川省2020年的报告，吃过行政诉讼（含复议后起诉）的有几个")
    assert ans.value == sued, ans.answer


def test_mean_and_median_over_a_place(store_asker):
    news = [_cells(store_asker, a, 2020)["t3.new.tot"] for a, y, _ in BODIES if y == 2020 and "合肥" not in a]
    mean = store_asker.ask("四川省2020年的单位新收申请的平均值是多少")
    assert mean.intent == "average" and mean.value == pytest.approx(statistics.mean(news), abs=0.01)
    median = store_asker.ask("median 新收申请 of 四川省2020年的单位")
    assert median.value == statistics.median(news), median.answer


def test_a_quantity_less_the_parts_named(store_asker):
    c = _cells(store_asker, "成都市武侯区民政局", 2020)
    ans = store_asker.ask("武侯区民政局2020年新收的申请里，刨去自然人的，还剩几件")
    assert ans.intent == "exclusion" and ans.value == c["t3.new.tot"] - c["t3.new.np"], ans.answer
    ans = store_asker.ask("武侯区民政局2020年办理结果总计扣掉予以公开和部分公开以后剩多少")
    assert ans.value == c["t3.r7.tot"] - c["t3.r1.tot"] - c["t3.r2.tot"], ans.answer
    # 法人或其他组织 holds 商业企业: taken out twice is no answer this route gives
    twice = store_asker.ask("武侯区民政局2020年新收申请除了法人或其他组织和商业企业以外剩下多少件")
    assert twice.intent != "exclusion"


def test_a_rate_of_a_body_whose_previous_year_is_not_held_is_refused_not_read_as_changle(store_asker):
    ans = store_asker.ask("涪城区教育局2020年新收申请比上一年增长了百分之几？")
    assert ans.value is None and "长乐" not in ans.answer, ans.answer


def test_a_2019_table_two_rate_of_its_items(corpus_asker):
    # 平潭 2020 (GF2019) prints 行政事业性收费 上一年项目数量 35, 本年增/减 −15
    ans = corpus_asker.ask("平潭2020年行政事业性收费的项目数比上年变化了百分之多少")
    assert ans.intent == "change.items_rate" and ans.value == pytest.approx(-42.86, abs=0.01), ans.answer
    # 上海市政府办公厅 2019 prints 0 items the year before: no rate, said why
    zero = corpus_asker.ask("上海市人民政府办公厅2019年行政许可事项数的增长率")
    assert zero.intent == "change.items_rate" and zero.value is None and "为0" in zero.answer
