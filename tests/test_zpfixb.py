"""zpfixb (blindzp): how many / which bodies of a set meet a condition stated in WORDS, and the top member's share.
A condition between two cells as a fraction (「予以公开超过办结总数一半」, bodies with nothing 办结 left out); thresholds
in words (「不满十件」「两位数」「上百件」「过百」「上千件」「为零」「一件申请都没收到」); 「有几家」 counts (a number, not a
list); the share of bodies meeting such a condition (「上百件的单位占几成」); the largest member's share of the set's
total (「新收最多的那家占全部新收的百分之几」). Over generated bodies of our own, phrasings of our own (not the bank's)."""

from __future__ import annotations

import pytest

from extractor import tablespec as ts
from tests.reportgen import consistent_values

# (agency, 予以公开, other results): 办结 = 予以公开 + other = 新收 (nothing carried)
DEPTS = (
    ("长沙市岳麓区教育局", 8, 4),  # 12, over half
    ("湘潭县民政局", 3, 7),  # 10
    ("浏阳市财政局", 5, 5),  # 10, exactly half: not over it
    ("株洲市芦淞区司法局", 0, 0),  # 0: nothing 办结, left out of 过半
    ("长沙市雨花区教育局", 120, 30),  # 150, over half
    ("湘潭市雨湖区商务局", 100, 1100),  # 1200
    ("醴陵市司法局", 7, 0),  # 7, over half
)
OTHERS = (
    ("长沙市岳麓区人民政府", 60, 10),  # a government, not a department
    ("成都市武侯区教育局", 300, 10),  # another province
)
NAMES = [a for a, *_ in DEPTS]


def _values(r1: int, other: int) -> dict:
    v = consistent_values(seed=7)
    for k in list(v):
        if k.startswith("t3."):
            v[k] = 0
    v["t3.r1.np"] = v["t3.r1.tot"] = r1
    v["t3.r2.np"] = v["t3.r2.tot"] = other
    v["t3.r7.np"] = v["t3.r7.tot"] = v["t3.new.np"] = v["t3.new.tot"] = r1 + other
    return v


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store
    from tests.reportgen import render

    folder = tmp_path_factory.mktemp("zpfixb")
    store = Store(folder / "store")
    assert ts.T3_APPLICANTS[0] == "np"
    for n, (agency, r1, other) in enumerate(DEPTS + OTHERS):
        path = folder / f"r{n}.txt"
        path.write_text(render(_values(r1, other), "lines", agency=agency, year=2023), encoding="utf-8")
        store.add(extract_path(str(path)))
    return Asker(store, index=False)


def _listed(ans) -> set[str]:
    return {a for a in NAMES if a in ans.answer}


@pytest.mark.parametrize(
    "q",
    [
        "湖南省2023年区县部门中，予以公开数量多于办结总数一半的单位有几家？（办结为0的不计）",
        "2023年湖南省县级部门里面，有几家单位的予以公开超过了办结量的一半",
        "湖南省2023年区县部门，予以公开占办结总数过半的有几个单位（不算没有办结的）",
    ],
)
def test_more_than_half_of_another_cell_is_counted(asker, q):
    ans = asker.ask(q)
    assert ans.value == 3, ans.answer


@pytest.mark.parametrize(
    "q, n",
    [
        ("湖南省2023年区县部门里新收申请不满10件的单位有几个", 2),
        ("湖南省2023年县级部门新收还不满十件的共有几家", 2),
        ("湖南省2023年区县部门新收是两位数的单位有几家", 3),
        ("湖南省2023年区县部门新收上百件的共有几个", 2),
        ("湖南省2023年县级部门，新收达到上千件的部门有几个", 1),
        ("湖南省2023年区县部门中，新收申请为零的共有几个？", 1),
        ("湖南省2023年区县部门中，新收为0的一共有几个", 1),
        ("2023年湖南省的区县部门里头，有几个一件申请也没有收到", 1),
    ],
)
def test_a_threshold_in_words_counts_the_bodies(asker, q, n):
    ans = asker.ask(q)
    assert ans.value == n, ans.answer


@pytest.mark.parametrize(
    "q, want",
    [
        ("湖南省2023年区县部门中新收申请是两位数的有哪些", {"长沙市岳麓区教育局", "湘潭县民政局", "浏阳市财政局"}),
        ("湖南省2023年区县部门新收在两位数的是哪几个单位", {"长沙市岳麓区教育局", "湘潭县民政局", "浏阳市财政局"}),
        ("湖南省2023年区县部门新收上百件的有哪几家", {"长沙市雨花区教育局", "湘潭市雨湖区商务局"}),
        ("湖南省2023年区县部门里新收申请上千件的是哪些", {"湘潭市雨湖区商务局"}),
        ("湖南省2023年区县部门收到申请不满十件的是哪几家", {"株洲市芦淞区司法局", "醴陵市司法局"}),
    ],
)
def test_a_threshold_in_words_lists_the_bodies(asker, q, want):
    ans = asker.ask(q)
    assert _listed(ans) == want, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "湖南省2023年区县部门里新收上百件的单位占几成，按百分比",
        "湖南省2023年区县部门中，新收上百件的单位占这些单位的比例",
        "湖南省2023年区县部门，新收过百的单位占百分之多少",
        "湖南省2023年区县部门里，上百件的单位占几成（用百分比）",
    ],
)
def test_the_share_of_bodies_over_a_threshold_in_words(asker, q):
    ans = asker.ask(q)
    assert ans.value is not None and abs(ans.value - 28.57) < 0.05, ans.answer


def test_a_bare_count_of_cases_is_the_applications_received(asker):
    ans = asker.ask("湖南省2023年区县部门，上千件的单位占百分之几")
    assert ans.value is not None and abs(ans.value - 14.29) < 0.05, ans.answer


@pytest.mark.parametrize(
    "q, pct",
    [
        ("湖南省2023年各区县的部门中，收到申请最多的一家占这些部门申请总数的百分之多少", 86.39),
        ("2023年湖南各区县部门当中新收最多的那个单位占全部新收的比例是多少", 86.39),
        ("2023年长沙市下辖各区县部门里新收排第一的那家占了合计的百分之几", 87.21),
    ],
)
def test_the_top_members_share_of_the_counties_set(asker, q, pct):
    ans = asker.ask(q)
    assert ans.value is not None and abs(ans.value - pct) < 0.05, ans.answer
