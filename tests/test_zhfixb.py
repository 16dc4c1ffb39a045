"""A place's set of bodies (blindzh, branch zhfixb): a city or a county named as a PLACE — counted, listed, its
bodies' figures — is every stored body whose region lies in it (its government, its departments, its districts and
counties and their bodies, its towns), read by the gazetteer as a province already is; a city's short name without
市 (「宝鸡」) is the city when the gazetteer knows one prefecture so. Silently wrong before: a city's reports listed as
its government's alone, a short name no stored body holds (「临夏那边」) widened to the WHOLE store, and a town whose
key other towns share (「城关镇人民政府」) left out of its province's set. Written over generated bodies, not the
bank's."""

from __future__ import annotations

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

BODIES = (
    ("宝鸡市人民政府", 2023, 91),
    ("宝鸡市教育局", 2023, 92),
    ("宝鸡市渭滨区人民政府", 2023, 93),
    ("宝鸡市渭滨区经二路街道办事处", 2023, 94),
    ("宝鸡市金台区卫生健康局", 2023, 95),
    ("眉县城关镇人民政府", 2023, 96),
    ("汉中市人民政府", 2023, 97),
    ("汉中市城固县城关镇人民政府", 2022, 98),
    ("渭源县城关镇人民政府", 2021, 99),
)
BAOJI = BODIES[:6]  # (the three towns share a key: stored by year apart, as a store keeps them)
WEIBIN = BODIES[2:4]


def _v(agency: str, key: str = "t3.new.tot") -> int:
    seed = next(s for a, _, s in BODIES if a == agency)
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("zhfixb"), BODIES)


def _listed(ans) -> set[str]:
    return {a for a, _, _ in BODIES if a in ans.answer}


@pytest.mark.parametrize(
    "q",
    [
        "宝鸡那边都收了哪些单位的年报",
        "宝鸡的单位都有哪些报告？",
        "库里有哪些宝鸡市的机关的年报",
        "宝鸡市（含所辖区县）各单位的年报有哪些",
        "宝鸡市这里收录了哪些单位的报告",
    ],
)
def test_a_city_as_a_place_lists_every_body_in_it(asker, q):
    ans = asker.ask(q)
    assert _listed(ans) == {a for a, _, _ in BAOJI}, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "宝鸡市连同下辖区县的年报一共几份",
        "宝鸡各级单位的报告总共多少份",
        "请问本库收录宝鸡市及所辖区县机关的年度报告有几份？",
    ],
)
def test_a_city_as_a_place_is_counted_with_its_districts(asker, q):
    ans = asker.ask(q)
    assert ans.value == len(BAOJI), ans.answer


@pytest.mark.parametrize(
    "q",
    ["渭滨区那边收了哪些单位的年报", "宝鸡市渭滨区这边都收了哪些单位的报告", "库里有哪些渭滨区的单位的年报"],
)
def test_a_county_as_a_place_lists_its_bodies_not_its_government_alone(asker, q):
    ans = asker.ask(q)
    assert _listed(ans) == {a for a, _, _ in WEIBIN}, ans.answer


@pytest.mark.parametrize(
    "q",
    ["库里临夏各单位的报告有哪些", "临夏的单位都有哪些年报", "临夏各级单位的报告一共几份", "临夏这边收录了哪些单位"],
)
def test_a_place_holding_no_stored_body_never_widens_to_the_store(asker, q):
    ans = asker.ask(q)
    assert ans.value in (None, 0), ans.answer
    assert not _listed(ans), ans.answer


@pytest.mark.parametrize("q", ["陕西省的报告有几份", "库里陕西的年报一共收了多少份", "陕西各级机关的年度报告共有几份"])
def test_a_town_sharing_its_key_is_counted_in_its_own_province(asker, q):
    ans = asker.ask(q)
    assert ans.value == 8, ans.answer  # every body but 渭源县 (Gansu)


@pytest.mark.parametrize(
    "q",
    ["宝鸡市2023年这些单位一共收到多少件申请", "宝鸡的单位23年新收申请加起来多少", "2023年宝鸡各单位的新收合计多少件"],
)
def test_a_city_s_bodies_summed_hold_its_towns(asker, q):
    ans = asker.ask(q)
    assert ans.value == sum(_v(a) for a, _, _ in BAOJI), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "宝鸡的单位2023年各收到多少件申请",
        "宝鸡渭滨区2023年的机关分别新收了多少件申请",
        "2023年宝鸡市的单位都新收了多少申请",
    ],
)
def test_each_body_of_a_place_is_given_its_own_figure(asker, q):
    ans = asker.ask(q)
    want = BAOJI if "渭滨" not in q else WEIBIN
    for a, _, _ in want:
        assert a in ans.answer and str(_v(a)) in ans.answer, ans.answer
    assert "汉中" not in ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "2023年宝鸡的机关中新收最多的是哪家",
        "宝鸡各级机关2023年谁的新收申请最多",
        "宝鸡各级单位2023年新收申请谁最多",
        "宝鸡那边23年哪个单位新收的申请最多",
    ],
)
def test_the_top_body_of_a_place(asker, q):
    ans = asker.ask(q)
    top = max(BAOJI, key=lambda b: _v(b[0]))[0]
    assert top in ans.answer and str(_v(top)) in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "渭滨区2023年各单位新收申请分别是多少",
        "宝鸡市渭滨区2023年各单位收到的申请各是多少件",
        "渭滨区的单位2023年各自收到多少申请",
    ],
)
def test_each_unit_of_a_place_whose_government_is_stored_is_each_body_not_a_breakdown(asker, q):
    ans = asker.ask(q)  # 各单位/各机关: the government is one of the place's bodies, each with its own report
    for a, _, _ in WEIBIN:
        assert a in ans.answer and str(_v(a)) in ans.answer, ans.answer
