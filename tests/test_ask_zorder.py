"""Reports set against each other, asked as users on blindz asked it (issue 13, the ordering lane): 「A跟B，
予以公开哪家多一些」 is an order of the two (not which of them pass a test, a 0 side included), 「A主动公开了多少条，
B呢，比一下」 and 「A跟B比，谁主动公开的条数多」 set the two stated counts side by side. Other bodies, other cells
and other words than the bank's: the intent is tested, not its questions."""

from __future__ import annotations

import re

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

A, B, C, E = "南平市延平区商务局", "丽水市莲都区审计局", "衢州市柯城区人民政府", "三明市三元区统计局"
BODIES = (
    (A, 2022, 44, 615),
    (B, 2023, 49, 1320),
    (C, 2021, 42, 905),
    (E, 2024, 43, 488),
)
YEAR = {a: y for a, y, *_ in BODIES}


def _value(agency: str, key: str) -> int:
    seed, published = next((s, p) for a, _, s, p in BODIES if a == agency)
    if key == "published":  # section 一's 「主动公开政府信息N条」
        return published
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("zorder"), BODIES)


def _first(text: str, names: list[str]) -> str:
    """The body the answer names first."""
    return min(names, key=lambda n: text.find(n) if n in text else len(text))


def _assert_ordered(text: str, values: dict[str, int], unit: str) -> None:
    for a, v in values.items():  # each body's own figure, after its name
        assert re.search(re.escape(a) + r"[^；;]*?\D" + str(v) + unit, text), (a, v, text)
    assert _first(text, list(values)) == max(values, key=lambda a: values[a]), text


# ------------------------------------------------- 「A跟B，X哪家多一些」: the two in order, not a test they pass
@pytest.mark.parametrize(
    "q, named, key",
    [
        (f"{A}2022年跟{B}2023年，新收申请哪家多一些", (A, B), "t3.new.tot"),
        (f"{C}2021年和{E}2024年，行政复议谁多一点", (C, E), "t4.rv.tot"),
        (f"{E}2024年与{A}2022年，部分公开的谁高些？", (E, A), "t3.r2.tot"),
        # a 0 side is part of the order (「重复申请」 is 0 in 丽水's report), never left out as failing a test
        (f"{B}2023年跟{C}2021年，重复申请哪家多一些", (B, C), "t3.r5_2.tot"),
    ],
)
def test_two_reports_asked_which_is_more_softly_are_ordered(asker, q, named, key):
    ans = asker.ask(q)
    values = {a: _value(a, key) for a in named}
    assert "大于0" not in ans.answer, ans.answer
    _assert_ordered(ans.answer, values, "件")


# ---------------------------------------- 「A主动公开了多少条，B呢，比一下」: the stated count of each, side by side
@pytest.mark.parametrize(
    "q, named",
    [
        (f"{A}2022年主动公开了多少条，{B}2023年呢，比一下", (A, B)),
        (f"{C}2021年主动公开信息多少条，{E}2024年的呢？也比一下", (C, E)),
        (f"{E}2024年主动公开政府信息几条，{A}2022年呢，两家比一下", (E, A)),
    ],
)
def test_a_count_asked_then_another_body_then_compare_names_both(asker, q, named):
    ans = asker.ask(q)
    _assert_ordered(ans.answer, {a: _value(a, "published") for a in named}, "条")


# ------------------------------------------ 「A跟B比，谁X多」: the clause of names ending in 比 is the scope only
@pytest.mark.parametrize(
    "q, named",
    [
        (f"{A}2022年跟{C}2021年比，谁主动公开的条数多", (A, C)),
        (f"{B}2023年和{E}2024年相比，哪家主动公开的信息更多", (B, E)),
        (f"{C}2021年同{B}2023年比较，主动公开政府信息谁少", (C, B)),
    ],
)
def test_names_compared_in_a_first_clause_then_the_stated_count(asker, q, named):
    ans = asker.ask(q)
    values = {a: _value(a, "published") for a in named}
    for a, v in values.items():
        assert re.search(re.escape(a) + r"[^；;]*?\D" + str(v) + "条", ans.answer), (a, v, ans.answer)


# ------------------------- 「A跟B比较，哪个X多」: two bodies set against each other, not a change over the years
@pytest.mark.parametrize(
    "q, named, key, unit",
    [
        (f"{A}2022年跟{C}2021年比较，哪个新收申请多", (A, C), "t3.new.tot", "件"),
        (f"{B}2023年同{E}2024年比较，予以公开哪个少", (B, E), "t3.r1.tot", "件"),
        (f"{A}2022年跟{C}2021年比较，哪个主动公开的多", (A, C), "published", "条"),
    ],
)
def test_two_bodies_compared_are_set_side_by_side_not_a_change(asker, q, named, key, unit):
    ans = asker.ask(q)
    values = {a: _value(a, key) for a in named}
    _assert_ordered(ans.answer, values, unit)
    hi, lo = sorted(values, key=lambda a: -values[a])
    assert re.search(rf"{hi}\d{{4}}年比{lo}\d{{4}}年多{values[hi] - values[lo]}{unit}", ans.answer), ans.answer
    assert not re.search(r"减少|下降|增加", ans.answer), ans.answer


# ------------------------------------- 「不少于」「不低于」 a bound: at least it, never the reports under it
@pytest.mark.parametrize(
    "q, kept",
    [
        ("谁的新收申请不少于340件", (A, C, E)),  # (衢州 340 itself is kept)
        ("哪些报告的行政复议不低于7件", (A, C)),
        ("哪些报告主动公开信息不少于905条", (B, C)),  # a stated count (narrative.which_metric)
        ("哪些报告的办结率不低于98%", (A, E)),  # a rate of the table (corpus.which_rate)
    ],
)
def test_a_bound_said_with_bu_keeps_the_reports_at_least_it(asker, q, kept):
    ans = asker.ask(q)
    assert ans.answer.startswith(f"共{len(kept)}份报告"), ans.answer
    for a in (A, B, C, E):
        assert (a in ans.answer) == (a in kept), (a, ans.answer)


def test_two_reports_ranked_with_the_gap_asked_say_the_gap(asker):
    """「谁的行政复议少，少几件」: the smaller first, and by how much — not the larger, nor a test both pass."""
    ans = asker.ask(f"{A}2022年和{E}2024年，谁的行政复议少，少几件")
    a, e = _value(A, "t4.rv.tot"), _value(E, "t4.rv.tot")
    lo, hi = (A, E) if a < e else (E, A)
    assert re.search(rf"{lo}\d{{4}}年最少", ans.answer), ans.answer
    assert re.search(rf"{lo}\d{{4}}年比{hi}\d{{4}}年少{abs(a - e)}件", ans.answer), ans.answer


# ------------------------------------------------------------------------ one body over years, and another
F, G = "漳州市龙文区教育局", "莆田市涵江区司法局"
YEARS = ((F, 2021, 41, 640), (F, 2022, 45, 700), (F, 2023, 42, 815), (F, 2024, 49, 1100), (G, 2023, 44, 520))


@pytest.fixture(scope="module")
def years_asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("zyears"), YEARS)


def _cell(seed: int, key: str) -> int:
    v = consistent_values(seed=seed)
    if key == "t4.lit":  # 行政诉讼: 未经复议直接起诉 and 复议后起诉 together
        return int(v["t4.ld.tot"]) + int(v["t4.lr.tot"])
    return int(v[key])


@pytest.mark.parametrize(
    "q, first, second",
    [
        ("哪些报告的行政复议比行政诉讼多", "t4.rv.tot", "t4.lit"),
        ("哪几年的行政诉讼比行政复议少", "t4.lit", "t4.rv.tot"),
    ],
)
def test_which_reports_one_row_against_another_reads_them_as_named(years_asker, q, first, second):
    """表四's rows are read lawsuits first; 「复议比诉讼多」 still sets 复议 against 诉讼."""
    ans = years_asker.ask(q)
    fewer = "少" in q[q.find("比") :]
    kept = [
        (a, y)
        for a, y, seed, _ in YEARS
        if (_cell(seed, first) < _cell(seed, second) if fewer else _cell(seed, first) > _cell(seed, second))
    ]
    assert kept and ans.answer.startswith(f"共{len(kept)}份报告"), (kept, ans.answer)
    for a, y, *_ in YEARS:
        assert (f"{a}{y}年" in ans.answer) == ((a, y) in kept), (a, y, ans.answer)


@pytest.mark.parametrize("q", ["有几家单位的行政诉讼超过8件", "行政诉讼超过8件的有几家"])
def test_bodies_counted_count_each_body_once(years_asker, q):
    """「有几家单位…」: the bodies whose reports pass the test (a body's several years once), not a count of 家
    some cell would hold."""
    kept = {(a, y) for a, y, seed, _ in YEARS if _cell(seed, "t4.lit") > 8}
    bodies = {a for a, _ in kept}
    assert len(bodies) < len(kept)  # (the store makes the two counts differ)
    ans = years_asker.ask(q)
    assert ans.value == len(bodies) and ans.unit == "家", ans.answer
    assert ans.answer.startswith(f"共{len(bodies)}家单位（{len(kept)}份报告）"), ans.answer


def test_the_bodies_of_the_store_counted(years_asker):
    ans = years_asker.ask("库里有几家单位")
    assert ans.value == 2 and ans.unit == "家" and F in ans.answer and G in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q, named",
    [
        (f"{A}2022年的新收申请比{C}2021年多吗", (A, C)),
        (f"{E}2024年的新收申请是不是比{B}2023年少", (E, B)),
    ],
)
def test_two_bodies_of_two_years_are_compared_not_changed(asker, q, named):
    """「A2022年的比B2021年多吗」: two bodies set against each other — never 「B2021年比A2022年减少…」, a change."""
    ans = asker.ask(q)
    values = {a: _value(a, "t3.new.tot") for a in named}
    hi, lo = sorted(values, key=lambda a: -values[a])
    assert re.search(rf"{hi}\d{{4}}年比{lo}\d{{4}}年多{values[hi] - values[lo]}件", ans.answer), ans.answer
    assert not re.search(r"减少|下降|增加", ans.answer), ans.answer


def test_both_ends_asked_are_both_said(years_asker):
    ans = years_asker.ask("哪家单位2023年新收申请最多，哪家最少")
    f, g = _cell(42, "t3.new.tot"), _cell(44, "t3.new.tot")
    (top, vt), (low, vl) = sorted(((F, f), (G, g)), key=lambda x: -x[1])
    assert f"{top}2023年最多，{vt}件" in ans.answer and f"{low}2023年最少，{vl}件" in ans.answer, ans.answer


def test_the_spread_of_a_ranking_is_its_value(asker):
    """「最多的和最少的差几件」: the largest less the smallest, both named."""
    ans = asker.ask(f"{A}2022年、{B}2023年、{C}2021年行政复议最多的和最少的差几件")
    values = [_value(a, "t4.rv.tot") for a in (A, B, C)]
    assert ans.value == max(values) - min(values), ans.answer
    assert "最多" in ans.answer and "最少" in ans.answer, ans.answer
