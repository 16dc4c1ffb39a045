"""A city's district governments said with a count or a pointing word (「兰州几个区政府」「这几家区政府」「那几个区政府」):
the set of its 区 governments, as 「各区政府」 already is. Silently wrong before: 「宝鸡这几家区政府一共收了多少」 was
answered with ONE district's figure (the first name matched), and 「宝鸡几个区政府里哪个区最多」 refused for 「哪个区」.
Written over generated bodies, not a bank's."""

from __future__ import annotations

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

BODIES = (
    ("宝鸡市人民政府", 2023, 71),
    ("宝鸡市教育局", 2023, 72),
    ("宝鸡市渭滨区人民政府", 2023, 73),
    ("宝鸡市金台区人民政府", 2023, 74),
    ("宝鸡市陈仓区人民政府", 2023, 75),
    ("汉中市汉台区人民政府", 2023, 76),
)
DISTRICTS = [a for a, _, _ in BODIES if "区人民政府" in a and a.startswith("宝鸡")]


def _v(agency: str, key: str = "t3.new.tot") -> int:
    seed = next(s for a, _, s in BODIES if a == agency)
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("districts"), BODIES)


@pytest.mark.parametrize(
    "q",
    [
        "宝鸡这几家区政府2023年一共收了多少申请",
        "宝鸡市那几个区政府23年新收合计多少件",
        "宝鸡几个区政府2023年的新收申请加起来是多少",
    ],
)
def test_the_district_governments_summed(asker, q):
    ans = asker.ask(q)
    assert ans.value == sum(_v(a) for a in DISTRICTS), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "宝鸡几个区政府的年报里，哪个区2023年收到的申请最多",
        "宝鸡市这几个区政府谁的新收最多",
        "宝鸡的几个区政府哪家收的申请最多",
    ],
)
def test_the_top_district_government(asker, q):
    ans = asker.ask(q)
    top = max(DISTRICTS, key=_v)
    assert ans.value == _v(top) and top in ans.answer, ans.answer
    assert "汉台" not in ans.answer and "教育局" not in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["宝鸡几个区政府2023年分别收了多少申请", "宝鸡那几家区政府各新收多少件"])
def test_each_district_government_given(asker, q):
    ans = asker.ask(q)
    for a in DISTRICTS:
        assert a in ans.answer and str(_v(a)) in ans.answer, ans.answer
    assert "宝鸡市人民政府" not in ans.answer and "教育局" not in ans.answer, ans.answer
