"""Search-box keywords naming a SET (blindzn, branch znfixb): a province and a kind of body typed as keywords —
spaces or nothing between them, no 的/省 (「湖北 区县政府 2023 新收 排名」「湖北县区政府23年…」「湖北 镇街 …」) — is the
stored bodies of that kind IN that province, never the kind over the whole store (silently wrong before) nor a
refusal; and a condition typed as keywords (「复议不为0」「有诉讼的」「复议纠正的」「不予公开 哪些有」) is the filtered
set, never the list of every body's value. Written over generated bodies, not the bank's."""

from __future__ import annotations

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

BODIES = (
    ("武汉市江岸区人民政府", 2023, 301),
    ("宜昌市夷陵区人民政府", 2023, 420),
    ("枣阳市人民政府", 2023, 303),
    ("长沙市岳麓区人民政府", 2023, 304),
    ("株洲市芦淞区人民政府", 2023, 305),
    ("武汉市江岸区教育局", 2023, 306),
    ("宜昌市夷陵区司法局", 2023, 307),
    ("长沙市岳麓区教育局", 2023, 308),
    ("武汉市江岸区二七街道办事处", 2023, 309),
    ("宜昌市夷陵区小溪塔街道办事处", 2023, 310),
    ("长沙市岳麓区望月湖街道办事处", 2023, 311),
)
HUBEI_GOV = BODIES[0:3]
HUBEI_DEPT = BODIES[5:7]
HUBEI_TOWN = BODIES[8:10]


def _v(agency: str, key: str) -> int:
    seed = next(s for a, _, s in BODIES if a == agency)
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("znfixb"), BODIES)


def _named(ans) -> set[str]:
    return {a for a, _, _ in BODIES if a in ans.answer}


@pytest.mark.parametrize(
    "q",
    [
        "湖北 区县政府 2023 新收 排名",
        "湖北 县区政府 23年新收 哪家最多",
        "湖北 县级政府 2023年度 新收申请 排行",
        "湖北 区县政府 23年 本年新收 谁最多",
    ],
)
def test_province_and_government_kind_as_keywords_ranked_in_the_province(asker, q):
    ans = asker.ask(q)
    assert _named(ans) == {a for a, _, _ in HUBEI_GOV}, ans.answer
    top = max(HUBEI_GOV, key=lambda b: _v(b[0], "t3.new.tot"))[0]
    assert top in ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "湖北 区县部门 2023 新收 一共多少",
        "湖北 县直部门 2023年 新收 合计",
        "湖北 县级部门 23年 新收申请 总共多少",
    ],
)
def test_province_and_department_kind_as_keywords_summed_in_the_province(asker, q):
    ans = asker.ask(q)
    total = sum(_v(a, "t3.new.tot") for a, _, _ in HUBEI_DEPT)
    assert str(total) in ans.answer, ans.answer
    assert not {"长沙市岳麓区教育局"} & _named(ans), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "湖北 镇街 2023 新收 一共多少",
        "湖北 街镇 23年 新收申请 合计",
        "湖北　镇街　23年　新收加起来多少",
    ],
)
def test_province_and_towns_as_keywords(asker, q):
    ans = asker.ask(q)
    total = sum(_v(a, "t3.new.tot") for a, _, _ in HUBEI_TOWN)
    assert str(total) in ans.answer, ans.answer
    assert "长沙市岳麓区望月湖街道办事处" not in ans.answer, ans.answer


def _which(key: str, bodies) -> set[str]:
    return {a for a, _, _ in bodies if _v(a, key) > 0}


@pytest.mark.parametrize(
    ("q", "key"),
    [
        ("湖北 区县政府 2023 复议不为0", "t4.rv.tot"),
        ("湖北 区县政府 2023年 有复议的", "t4.rv.tot"),
        ("湖北县区政府2023年有复议的", "t4.rv.tot"),
        ("湖北 区县政府 2023 有复议 纠正的", "t4.rv.fix"),
        ("湖北县区政府23年复议纠正不为0", "t4.rv.fix"),
    ],
)
def test_keyword_condition_is_the_filtered_set(asker, q, key):
    ans = asker.ask(q)
    want = _which(key, HUBEI_GOV)
    assert want and want != {a for a, _, _ in HUBEI_GOV}  # (a filter that leaves some out)
    assert _named(ans) == want, ans.answer


JILIN = (
    ("吉林市船营区人民政府", 2024, 401),
    ("长春市南关区人民政府", 2024, 402),
    ("通化市东昌区人民政府", 2024, 403),
    ("长沙市天心区人民政府", 2024, 404),
)


@pytest.fixture(scope="module")
def jilin(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("znfixb_jl"), JILIN)


@pytest.mark.parametrize(
    "q",
    [
        "吉林 区县政府 2024 新收 排名",
        "吉林县区政府24年新收哪个最多",
        "吉林 县级政府 2024年度 新收申请 排行",
    ],
)
def test_a_province_whose_short_name_its_own_city_shares_before_a_kind(jilin, q):
    # (吉林 is 吉林省 and 吉林市 of it: before a kind of body, the province — the set that holds the city's too)
    ans = jilin.ask(q)
    assert {a for a, _, _ in JILIN if a in ans.answer} == {a for a, _, _ in JILIN[:3]}, ans.answer
