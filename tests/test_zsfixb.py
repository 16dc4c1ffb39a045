"""zsfixb (blindzs): operations over a set of stored bodies. The first few members' share of the set's total
(「前三家加在一起占全部的比例」: the top k's sum ÷ the set's sum, not 「三家」 read as the set's size); how many / which
members are strictly above the set's mean (「比平均数多的有几家」「哪些单位比平均值要高」); a follow-up after a set's
sum asking its median or its mean (「中位数呢」「那平均一家呢」). Over generated bodies of our own, phrasings of our own
(not the bank's)."""

from __future__ import annotations

import pytest

from tests.chatting import chat
from tests.reportgen import consistent_values

# (agency, 新收) — Hunan county departments of 2023: sum 170, mean 170/7 = 24.29, median 25
DEPTS = (
    ("长沙市岳麓区教育局", 40),
    ("湘潭县民政局", 10),
    ("浏阳市财政局", 30),
    ("株洲市芦淞区司法局", 0),
    ("长沙市雨花区教育局", 60),
    ("湘潭市雨湖区商务局", 25),
    ("醴陵市司法局", 5),
)
OTHERS = (
    ("长沙市岳麓区人民政府", 500),  # a government, not a department
    ("成都市武侯区教育局", 900),  # another province
)
ABOVE = {"长沙市岳麓区教育局", "浏阳市财政局", "长沙市雨花区教育局", "湘潭市雨湖区商务局"}


def _values(new: int) -> dict:
    v = consistent_values(seed=11)
    for k in list(v):
        if k.startswith("t3."):
            v[k] = 0
    v["t3.r1.np"] = v["t3.r1.tot"] = new
    v["t3.r7.np"] = v["t3.r7.tot"] = v["t3.new.np"] = v["t3.new.tot"] = new
    return v


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store
    from tests.reportgen import render

    folder = tmp_path_factory.mktemp("zsfixb")
    store = Store(folder / "store")
    for n, (agency, new) in enumerate(DEPTS + OTHERS):
        path = folder / f"r{n}.txt"
        path.write_text(render(_values(new), "lines", agency=agency, year=2023), encoding="utf-8")
        store.add(extract_path(str(path)))
    return Asker(store, index=False)


@pytest.mark.parametrize(
    ("q", "pct"),
    [
        ("湖南省2023年的县级部门里新收申请最多的前三家加在一起占全部新收的比例是多少", 76.47),
        ("湖南省2023年县级部门本年新收申请前两名合计占多大比重", 58.82),
        ("2023年湖南省区县部门中新收申请排前三的单位占总数的百分比", 76.47),
        ("湖南省2023年区县部门新收的申请，前三名占比多少", 76.47),
    ],
)
def test_the_first_few_members_share_of_the_sets_total(asker, q, pct):
    ans = asker.ask(q)
    assert ans.value is not None and abs(ans.value - pct) < 0.01, ans.answer


@pytest.mark.parametrize(
    ("q", "n"),
    [
        ("湖南省2023年区县部门里新收申请比平均数多的单位有几家", 4),
        ("湖南省2023年的县级部门新收申请比平均水平高的一共有多少个", 4),
        ("湖南省2023年县级部门新收申请比平均低的有几个单位", 3),
    ],
)
def test_how_many_members_are_above_the_sets_mean(asker, q, n):
    ans = asker.ask(q)
    assert ans.value == n, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "湖南省2023年的县级部门，哪些单位的新收申请比平均值要高",
        "湖南省2023年县级部门里有哪几家新收申请比平均水平多",
        "湖南省2023年的区县部门中新收申请比均值大的是哪几个单位",
    ],
)
def test_which_members_are_above_the_sets_mean(asker, q):
    ans = asker.ask(q)
    listed = {a for a, _ in DEPTS if a in ans.answer.split("（平均")[0]}
    assert listed == ABOVE, ans.answer


SUM = "湖南省2023年的县级部门本年新收申请合计多少件？"


@pytest.mark.parametrize("said", ["中位数呢", "那中位数又是多少呢？", "那取中间值呢"])
def test_a_median_after_a_sets_sum(asker, said):
    first, ans = chat(asker, [SUM, said])
    assert first.value == 170, first.answer
    assert ans.value == 25, ans.answer


@pytest.mark.parametrize("said", ["那平均一家呢？", "平均每个单位呢", "均值呢"])
def test_a_mean_after_a_sets_sum(asker, said):
    first, ans = chat(asker, [SUM, said])
    assert first.value == 170, first.answer
    assert ans.value is not None and abs(ans.value - 170 / 7) < 0.01, ans.answer
