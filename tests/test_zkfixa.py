"""A researcher's questions over a set of the store (blindzk, branch zkfixa): a condition written with symbols or in a
research register (「>20」「≥」「=0」「＜」「在5件以上（不含5）」「（N=？）」) is a bound the set is filtered by — its bodies
listed or counted, never every value of the set; a share POOLED over a set (「合计来看，…占…的比例」「把…加总，…占…百分之
几」) is one share of the set's sums, never a list of each body's; 「样本量：湖南省、2023年度，N=？」 is how many reports the
store holds for that place and year. Written over generated bodies, not the bank's."""

from __future__ import annotations

import re

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

BODIES = (
    ("长沙市岳麓区教育局", 2023, 91),  # 予以公开 33, 复议 4
    ("湘潭县民政局", 2023, 93),  # 17, 复议 1
    ("浏阳市财政局", 2023, 100),  # 20, 复议 3
    ("株洲市芦淞区司法局", 2023, 104),  # 6, 复议 4
    ("长沙市岳麓区人民政府", 2023, 96),
    ("湘潭县人民政府", 2023, 103),
    ("醴陵市人民政府", 2023, 105),
    ("成都市武侯区教育局", 2023, 92),  # another province
    ("长沙市雨花区教育局", 2022, 101),  # another year
)
DEPTS = BODIES[:4]
GOVS = BODIES[4:7]


def _v(seed: int, key: str) -> int:
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("zkfixa"), BODIES)


def _listed(ans) -> set[str]:
    return {a for a, _, _ in BODIES if a in ans.answer}


@pytest.mark.parametrize(
    "q, want",
    [
        ("湖南省2023年区县部门里予以公开件数>18的报告有哪些（N=？）", {"长沙市岳麓区教育局", "浏阳市财政局"}),
        ("请列出湖南省2023年县级部门中予以公开＞15的单位", {"长沙市岳麓区教育局", "浏阳市财政局", "湘潭县民政局"}),
        ("湖南省2023年区县部门，予以公开数≥20的是哪些机关？", {"长沙市岳麓区教育局", "浏阳市财政局"}),
        ("湖南省2023年区县部门中予以公开在17件以上（不含17）的有哪几家", {"长沙市岳麓区教育局", "浏阳市财政局"}),
        ("湖南省2023年区县部门中予以公开在17件以下（含17）的有哪几家", {"湘潭县民政局", "株洲市芦淞区司法局"}),
        ("湖南省2023年区县部门，予以公开<10的单位有哪些", {"株洲市芦淞区司法局"}),
        ("湖南省2023年区县部门里行政复议=1的样本", {"湘潭县民政局"}),
    ],
)
def test_a_bound_in_symbols_filters_the_set(asker, q, want):
    ans = asker.ask(q)
    assert _listed(ans) == want, ans.answer


@pytest.mark.parametrize(
    "q, n",
    [
        ("统计：湖南省2023年区县部门，予以公开>15的报告数量（份）", 3),
        ("湖南省2023年县级部门中予以公开≤17的年报份数", 2),
        ("湖南省2023年区县部门予以公开数在20件以上（不含20）的有几份报告？", 1),
        ("湖南省2023年区县部门，行政复议件数=4的报告数量", 2),
    ],
)
def test_a_bound_in_symbols_counts_the_set(asker, q, n):
    ans = asker.ask(q)
    assert ans.value == n, ans.answer


def _pooled(bodies) -> float:
    return round(100 * sum(_v(s, "t3.r1.tot") for *_, s in bodies) / sum(_v(s, "t3.r7.tot") for *_, s in bodies), 2)


@pytest.mark.parametrize(
    "q, bodies",
    [
        ("湖南省2023年区县政府合计来看，予以公开占办理结果总计的比例是多少？", GOVS),
        ("把湖南省2023年县级政府的年报加在一起，予以公开的申请占全部办结的百分之几？", GOVS),
        ("湖南省2023年区县部门汇总计算，予以公开占办结总数的比重", DEPTS),
        ("湖南省2023年区县部门的报告合并统计后，予以公开的占比是多少", DEPTS),
    ],
)
def test_a_share_pooled_over_a_set_is_one_share(asker, q, bodies):
    ans = asker.ask(q)
    assert ans.value is not None and abs(float(ans.value) - _pooled(bodies)) < 0.05, ans.answer


@pytest.mark.parametrize(
    "q, n",
    [
        ("样本量：湖南省、2023年度，N=？", 7),
        ("湖南省2023年的样本量是多少", 7),
        ("N（四川省，2023年）=？", 1),
        ("样本数：湖南省，2022年度", 1),
        # (a year in characters, as an IME or a converter leaves it)
        ("样本量：湖南省、二〇二三年度，N=？", 7),
        ("样本数：湖南省，二零二二年度", 1),
    ],
)
def test_a_sample_size_is_the_stored_reports_of_the_place_and_year(asker, q, n):
    ans = asker.ask(q)
    assert ans.value == n, ans.answer
    assert not re.search(r"没有找到", ans.answer), ans.answer


@pytest.mark.parametrize(
    "q, want",
    [
        # (the research-register rewrites read the end of the ASK, not of the message: a courtesy or a demand after it,
        # and voice input without brackets — eval.variants broke these; session 12)
        ("湖南省2023年区县部门里予以公开件数>18的报告有哪些 N=", {"长沙市岳麓区教育局", "浏阳市财政局"}),
        ("湖南省2023年区县部门里行政复议=1的样本？谢谢！", {"湘潭县民政局"}),
        ("领导让我查一下：湖南省2023年区县部门里行政复议=1的样本，急用", {"湘潭县民政局"}),
    ],
)
def test_a_bound_wrapped_or_spoken_still_filters_the_set(asker, q, want):
    ans = asker.ask(q)
    assert _listed(ans) == want, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "统计一下：湖南省2023年区县部门，予以公开的件数>18的报告数量（份）？谢谢！",
        "统计一下 湖南省2023年区县部门 予以公开的件数>18的报告数量 份",
        "湖南省2023年区县部门，予以公开的件数>18的报告数量（份）？只要数字",
    ],
)
def test_a_count_of_reports_wrapped_or_spoken(asker, q):
    ans = asker.ask(q)
    assert ans.value == 2, ans.answer
