"""zpfixa: a set of bodies named by its place in the hierarchy or by its line of work (系统), in any words.

- A city's bodies BELOW it (「X市管辖范围内区县以下的各单位」「X市区县及以下单位」「X市下属区县一级单位（含乡镇街道）」): its
  县级政府, 县级部门 and 乡镇 — never the city's own bodies, never a breakdown inside one report (refuse.detail).
- A city's OWN departments (「X市市本级的部门」「X市市直各部门」): its 市级部门.
- A province's county tier (「X省县级各部门」「X全省区县一级部门」): its 县级部门, never its governments nor its 省级部门.
- A line of work's county bureaus over the store (「库里民政系统的各县区民政局」「本系统（司法行政）县级司法局」「库里所有
  区县司法局」): every stored 县级部门 of that line — never asked back as one body, never a city's bureau, never only
  the bureaus whose name happens to contain the words typed (「县司法局」).
Resolved against a small catalogue, in phrasings of our own (not the bank's)."""

import pytest

from rag import intent
from rag.question import Scope
from rag.scope import Catalogue


def catalogue(*rows: tuple[str, str, int]) -> Catalogue:
    from extractor.agency import agency_key

    return Catalogue(
        [
            {"id": rid, "agency": name, "agency_key": agency_key(name), "year": year, "ingested_at": "2026-01-01"}
            for rid, name, year in rows
        ]
    )


CAT = catalogue(
    # 邵阳市 (湖南): its own government and departments, two counties' bodies, a town
    ("sy-gov", "邵阳市人民政府", 2023),
    ("sy-jyj", "邵阳市教育局", 2023),
    ("sy-sfj", "邵阳市司法局", 2023),
    ("sd-gov", "邵东市人民政府", 2023),
    ("sd-mzj", "邵东市民政局", 2023),
    ("xn-sfj", "新宁县司法局", 2023),
    ("xn-town", "新宁县金石镇人民政府", 2023),
    # elsewhere in 湖南: another city's county bureau, the province's own department
    ("ly-jyj", "浏阳市教育局", 2023),
    ("hn-mzt", "湖南省民政厅", 2023),
    # 甘肃
    ("tq-mzj", "天水市秦州区民政局", 2023),
    ("tq-gov", "天水市秦州区人民政府", 2023),
    ("ts-mzj", "天水市民政局", 2023),
    ("gs-sft", "甘肃省司法厅", 2023),
    ("tq-sfj", "天水市秦州区司法局", 2023),
    ("ts-wjw", "天水市卫生健康委员会", 2023),
    ("tq-wjw", "天水市秦州区卫生健康委员会", 2023),
    ("mj-wjj", "天水市麦积区卫生健康局", 2023),
)


def resolve(text: str, year: int = 2023) -> list[str]:
    q = intent.canonical(text)
    r = CAT.resolve(q, Scope(years=[year]))
    assert not r.ambiguous and not r.unknown, (q, r.ambiguous, r.unknown)
    return sorted(r.report_ids())


CITY_BELOW = ["sd-gov", "sd-mzj", "xn-sfj", "xn-town"]


@pytest.mark.parametrize(
    "q",
    [
        "2023年邵阳市管辖范围内区县以下的各单位被复议了几件",
        "2023年邵阳市区县及以下单位新收申请合计",
        "2023年邵阳市下属区县一级单位（含区县政府、部门和乡镇）总共收到多少申请",
        "2023年邵阳市辖区内县级及以下各单位一共新收多少件",
    ],
)
def test_city_below_is_its_county_tier_and_towns(q):
    assert resolve(q) == CITY_BELOW


@pytest.mark.parametrize(
    "q",
    [
        "2023年邵阳市市本级的部门新收申请合计多少",
        "2023年邵阳市市本级所有部门一共被诉讼几件",
        "2023年邵阳市本级各个部门加起来新收多少",
    ],
)
def test_city_own_departments(q):
    assert resolve(q) == ["sy-jyj", "sy-sfj"]


@pytest.mark.parametrize(
    "q",
    [
        "2023年湖南省县级各部门新收申请合计多少",
        "2023年湖南全省区县一级部门行政复议一共几件",
        "2023年湖南省区县一级的各个部门加起来新收多少",
        "2023年湖南省县级的各部门一共收到几件申请",
    ],
)
def test_province_county_departments(q):
    assert resolve(q) == ["ly-jyj", "sd-mzj", "xn-sfj"]


@pytest.mark.parametrize(
    ("q", "ids"),
    [
        ("2023年库里民政系统的各县区民政局加起来新收多少", ["sd-mzj", "tq-mzj"]),
        ("2023年本系统（民政）的县级民政局一共收到几件申请", ["sd-mzj", "tq-mzj"]),
        ("2023年库里所有区县民政局新收合计", ["sd-mzj", "tq-mzj"]),
        ("2023年库里司法行政系统各区县司法局被复议合计几件", ["tq-sfj", "xn-sfj"]),
        ("2023年教育系统里的各个区县教育局新收申请总数", ["ly-jyj"]),
    ],
)
def test_system_county_bureaus(q, ids):
    assert resolve(q) == ids


@pytest.mark.parametrize(
    "q",
    [
        "2023年邵阳市管辖范围内区县以下的各单位被复议了几件",
        "2023年邵阳市市直各部门一共被诉讼几件",
        "2023年湖南省县级各部门新收申请合计多少",
        "2023年湖南全省区县一级的各部门分别被复议几件",
    ],
)
def test_a_named_set_is_no_breakdown_of_one_report(q):
    assert intent.parse(intent.canonical(q)).operation != "detail"


@pytest.mark.parametrize(
    ("q", "ids"),
    [
        ("2023年库里民政系统各区县民政局里收件最多的那家占全部的百分之几", ["sd-mzj", "tq-mzj"]),
        ("2023年库里所有区县司法局新收最多的那一家占了合计的多少", ["tq-sfj", "xn-sfj"]),
        ("2023年本系统（卫健）的各区县卫健局中新收第一名占全部新收的比例", ["mj-wjj", "tq-wjw"]),
    ],
)
def test_top_member_share_of_a_system_set(q, ids):
    from rag.answers.named_sets import asked_of_set

    assert asked_of_set(intent.canonical(q)) == "top_share"
    assert resolve(q) == ids
