"""Operations over several reports asked in users' words (issue 13, blindy): a rank or comparison whose
measure is named with a sum word (「不予处理的加起来」「行政复议总计」「total」) sets the reports in order instead
of adding them; 「rank 一下」「由多到少怎么排」「vs」; a change asked in English (「2021→2023 … change 是多少」); a
series asked 「按年份列一下」 or 「历年本年度…」. Generated reports of bodies no bank names, one store."""

from __future__ import annotations

import re

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

A, B, C, D = "漳州市芗城区水利局", "绍兴市越城区教育局", "泉州市丰泽区司法局", "襄阳市樊城区人民政府"
E = "宁德市蕉城区司法局"
BODIES = (
    (E, 2022, 45, 700),
    (A, 2022, 42, 1510),
    (B, 2023, 44, 980),
    (C, 2021, 49, 2270),
    (D, 2021, 41, 640),
    (D, 2023, 43, 815),
)


def _value(agency: str, year: int, key: str) -> int:
    seed, published = next((s, p) for a, y, s, p in BODIES if (a, y) == (agency, year))
    if key == "published":  # section 一's 「主动公开政府信息N条」
        return published
    v = consistent_values(seed=seed)
    if key == "t3.r5.tot":  # 不予处理: the sub-total the question names, the sum of its rows
        return sum(int(v[f"t3.r5_{i}.tot"]) for i in range(1, 6))
    return int(v[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("operations"), BODIES)


def _order(text: str, names: list[str]) -> list[str]:
    """The bodies in the order the answer first names them."""
    return sorted(names, key=lambda n: text.find(n) if n in text else len(text))


# ------------------------------------------------ named reports set in order, a sum word naming the measure
@pytest.mark.parametrize(
    "q, key, named",
    [
        (f"{A}2022年、{B}2023年，不予处理的加起来几件，哪家多", "t3.r5.tot", [(A, 2022), (B, 2023)]),
        (f"{C}2021年和{A}2022年比，谁不予处理的加起来更多？", "t3.r5.tot", [(C, 2021), (A, 2022)]),
        (
            f"这几家谁最多：{A}2022年、{B}2023年、{C}2021年，看行政复议一共多少件",
            "t4.rv.tot",
            [(A, 2022), (B, 2023), (C, 2021)],
        ),
        (
            f"rank 一下 {A}2022年、{B}2023年、{C}2021年 的 行政复议 total",
            "t4.rv.tot",
            [(A, 2022), (B, 2023), (C, 2021)],
        ),
        (
            f"{A}2022年、{B}2023年、{C}2021年三家，本年度办理结果总计由多到少怎么排？",
            "t3.r7.tot",
            [(A, 2022), (B, 2023), (C, 2021)],
        ),
        (f"{C}(2021) vs {B}(2023)：行政复议 total", "t4.rv.tot", [(C, 2021), (B, 2023)]),
        (
            f"这三家行政复议总数谁排第一：{A}2022年、{B}2023年、{C}2021年",
            "t4.rv.tot",
            [(A, 2022), (B, 2023), (C, 2021)],
        ),
        (f"{A}2022年、{C}2021年的不予处理合计，芗城多还是丰泽多", "t3.r5.tot", [(A, 2022), (C, 2021)]),
        (f"{A}2022年和{B}2023年，哪一家新收申请合计更多一些", "t3.new.tot", [(A, 2022), (B, 2023)]),
        (f"{A}2022年和{B}2023年的新收申请总数相差多少", "t3.new.tot", [(A, 2022), (B, 2023)]),
    ],
)
def test_reports_asked_in_order_are_ranked_not_added(asker, q, key, named):
    ans = asker.ask(q)
    values = {a: _value(a, y, key) for a, y in named}
    shown = [int(x) for x in re.findall(r"\d+(?=件)", ans.answer)]
    assert "合计" not in ans.answer and sum(values.values()) not in shown, ans.answer
    for a, v in values.items():  # each body's own figure, after its name
        assert re.search(re.escape(a) + r"[^；;，,]*?" + str(v) + "件", ans.answer), (a, v, ans.answer)
    want = sorted(values, key=lambda a: -values[a])
    assert _order(ans.answer, list(values))[0] == want[0], ans.answer


@pytest.mark.parametrize(
    "q",
    [
        f"{A}2022年和{C}2021年的主动公开信息总数，芗城多还是丰泽多",
        f"rank 一下 {A}2022年、{B}2023年、{C}2021年 的 主动公开政府信息 total",
    ],
)
def test_a_stated_count_of_named_reports_is_ranked(asker, q):
    ans = asker.ask(q)
    named = [a for a in (A, B, C) if a in q]
    values = {a: _value(a, y, "published") for a, y, *_ in BODIES if a in named}
    for a, v in values.items():
        assert re.search(re.escape(a) + r"[^；;，,]*?" + str(v) + "条", ans.answer), (a, v, ans.answer)
    assert _order(ans.answer, named)[0] == max(values, key=lambda a: values[a]), ans.answer


def test_a_ranking_asked_as_pai_ge_ming_names_the_top(asker):
    """「按X给A、B、C排个名」: a ranking (its top named), not a plain side-by-side list."""
    ans = asker.ask(f"按新收申请给{A}2022年、{B}2023年、{C}2021年排个名")
    top = max((A, B, C), key=lambda a: _value(a, next(y for b, y, *_ in BODIES if b == a), "t3.new.tot"))
    assert re.match(rf"本年新收：{top}\d{{4}}年最多", ans.answer), ans.answer


def test_a_sum_asked_of_named_reports_is_still_their_sum(asker):
    """The guard of the other side: 「加起来一共几件」 with no order asked adds the reports."""
    ans = asker.ask(f"{A}2022年、{B}2023年，不予处理的加起来一共几件")
    assert ans.value == _value(A, 2022, "t3.r5.tot") + _value(B, 2023, "t3.r5.tot"), ans.answer


# ------------------------------------------------------------------------- a change asked in English
@pytest.mark.parametrize(
    "q, key",
    [
        (f"{D} 2021→2023 行政复议 total change 是多少", "t4.rv.tot"),
        (f"{D} 2021→2023 自然人 applicants 多少件 change 是多少", "t3.new.np"),
        (f"{D} 2021→2023 行政处罚 decisions change 是多少", "t2.penalty.decisions"),
        (f"{D} 部分公开 2023 vs 2021 increase 还是 decrease", "t3.r2.tot"),
        (f"{D}部分公开2021年到2023年是增加还是减少", "t3.r2.tot"),
    ],
)
def test_a_change_asked_in_english_or_as_either_is_later_less_earlier(asker, q, key):
    ans = asker.ask(q)
    assert ans.value == _value(D, 2023, key) - _value(D, 2021, key), ans.answer


# -------------------------------------------------------------------------------- a series by year
@pytest.mark.parametrize(
    "q",
    [
        f"{D}这几年办理结果总计一共多少件，按年份列一下",
        f"{D}历年本年度办理结果总计情况",
        f"{D} 办理结果总计 by year",
    ],
)
def test_a_series_by_year_lists_each_year(asker, q):
    ans = asker.ask(q)
    early, late = _value(D, 2021, "t3.r7.tot"), _value(D, 2023, "t3.r7.tot")
    assert re.search(rf"2021年{early}件", ans.answer) and re.search(rf"2023年{late}件", ans.answer), ans.answer
    assert f"{early + late}件" not in ans.answer, ans.answer


# --------------------------------------------------------- 「各单位」 of the store, ranked (not a division)
def test_the_bodies_of_the_store_ranked_are_not_a_body_s_divisions(asker):
    ans = asker.ask("2023年各单位新收申请排前两名的是谁")
    top = sorted((B, D), key=lambda a: -_value(a, 2023, "t3.new.tot"))
    assert _order(ans.answer, [B, D]) == top and "不按下属" not in ans.answer, ans.answer


def test_the_divisions_of_a_body_named_are_still_refused(asker):
    ans = asker.ask(f"{D}2023年各部门收到的申请谁最多")
    assert ans.value is None and "不按下属" in ans.answer, ans.answer


def test_the_district_bodies_of_a_kind_are_ranked(asker):
    """「各区司法局里…最多的」 with no place before 各区: the store's district 司法局, not a body's divisions."""
    ans = asker.ask("各区司法局里行政复议最多的是哪家")
    values = {C: _value(C, 2021, "t4.rv.tot"), E: _value(E, 2022, "t4.rv.tot")}
    assert C in ans.answer and E in ans.answer and A not in ans.answer, ans.answer
    assert _order(ans.answer, [C, E])[0] == max(values, key=lambda a: values[a]), ans.answer


def test_the_districts_of_a_place_named_are_still_refused(asker):
    ans = asker.ask("泉州市各区司法局里行政复议最多的是哪个")
    assert ans.value is None, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        f"{A}2022年、{B}2023年、{C}2021年，who has the most new applications",
        f"{A}2022年、{B}2023年、{C}2021年，new applications 从多到少 top 2",
    ],
)
def test_a_ranking_asked_in_english_names_the_top(asker, q):
    ans = asker.ask(q)
    years = {A: 2022, B: 2023, C: 2021}
    top = max(years, key=lambda a: _value(a, years[a], "t3.new.tot"))
    assert ans.answer.find(top) == min(ans.answer.find(a) for a in years if a in ans.answer) >= 0, ans.answer
    assert "最多" in ans.answer or "前" in ans.answer, ans.answer


def test_the_years_of_one_body_asked_in_order_are_ranked_not_added(asker):
    ans = asker.ask(f"{D}2021年和2023年不予处理的加起来几件，哪一年更多")
    v = {y: _value(D, y, "t3.r5.tot") for y in (2021, 2023)}
    top = max(v, key=lambda y: v[y])
    assert re.search(rf"{top}年最多，{v[top]}件", ans.answer) and "合计" not in ans.answer, ans.answer
