"""zhfixa: one body, the right body. A place the user writes before a body is a constraint: a stored body of the
same district name in ANOTHER city (宁波's 江北区 for 「重庆江北区」, 拉萨's 城关区 for 「兰州城关区」, 乐山's 市中区 for
「内江市中区」) is not that body — refused, never answered with the other city's figure. Two bodies of different places
sharing one stored key (two counties' 城关镇) are never one body: named without a place they are several bodies.
Resolved against a small catalogue, in phrasings of our own (not the bank's)."""

import pytest

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
    ("nbjb", "宁波市江北区人民政府", 2022),
    ("lsgj", "拉萨市城关区司法局", 2025),
    ("lsjy", "乐山市市中区教育局", 2023),
    ("hkzj", "海口市龙华区住房和城乡建设局", 2024),
    ("dgcz", "东港市财政局", 2024),
    ("lzcg", "柳州市城中区人力资源和社会保障局", 2021),
)


def resolve(q: str, years=()):
    return CAT.resolve(q, Scope(years=list(years)))


@pytest.mark.parametrize(
    ("other", "own", "year", "rid"),
    [
        ("重庆市江北区人民政府2022年的年报里新收多少申请", "宁波江北区政府2022年新收多少申请", 2022, "nbjb"),
        ("重庆江北区政府22年不予公开几件", "宁波市江北区人民政府2022年不予公开几件", 2022, "nbjb"),
        ("请告诉我重庆的江北区政府2022年被复议几次", "浙江宁波江北区政府22年被复议几次", 2022, "nbjb"),
        ("甘肃兰州城关区司法局25年行政诉讼几件", "拉萨城关区司法局2025年新收几件", 2025, "lsgj"),
        ("兰州的城关区司法局2025年新收几件", "西藏拉萨市城关区司法局2025年", 2025, "lsgj"),
        ("内江市中区教育局2023年予以公开多少", "乐山市中区教育局2023年予以公开多少", 2023, "lsjy"),
        ("深圳市龙华区住建局2024年新收申请", "海口龙华区住建局2024年新收申请", 2024, "hkzj"),
        ("深圳龙华区住房和城乡建设局2024年不予公开", "海南海口龙华区住房和城乡建设局2024年不予公开", 2024, "hkzj"),
        ("日照东港财政局2024年新收多少", "丹东东港财政局2024年新收多少", 2024, "dgcz"),
        ("山东日照东港财政局24年有多少申请", "东港市财政局2024年新收多少", 2024, "dgcz"),
        ("西宁城中区人社局2021年办结多少件", "柳州城中区人社局2021年办结多少件", 2021, "lzcg"),
        ("青海西宁城中区人社局21年的申请", "城中区人社局2021年办结多少件", 2021, "lzcg"),
    ],
)
def test_a_place_written_before_a_body_of_another_city_is_refused(other, own, year, rid):
    r = resolve(other, [year])
    assert r.ids == [], (other, r.agencies)
    assert r.unknown, other
    assert resolve(own, [year]).ids == [rid], own  # the body of the place written is still found


TOWNS = catalogue(
    ("ld21", "隆德县城关镇人民政府", 2021),
    ("cx23", "成县城关镇人民政府", 2023),
    ("cx22", "成县城关镇人民政府", 2022),
)


@pytest.mark.parametrize(
    "q",
    [
        "城关镇人民政府新收了多少申请",
        "城关镇政府每年不予公开的有几件",
        "请问城关镇的年报里被复议了几次",
        "城关镇2023年的申请数",
    ],
)
def test_towns_of_different_counties_sharing_a_key_are_several_bodies(q):
    r = TOWNS.resolve(q, Scope())
    assert r.ids == [], (q, r.ids)
    assert "隆德县城关镇人民政府" in r.ambiguous and "成县城关镇人民政府" in r.ambiguous, (q, r)


@pytest.mark.parametrize(
    ("q", "ids"),
    [
        ("隆德县城关镇人民政府新收了多少申请", ["ld21"]),
        ("成县城关镇政府每年不予公开的有几件", ["cx22", "cx23"]),
        ("隆德城关镇2021年的申请数", ["ld21"]),
    ],
)
def test_a_town_with_its_county_is_that_town(q, ids):
    assert sorted(TOWNS.resolve(q, Scope()).ids) == ids, q


@pytest.mark.parametrize(
    ("q", "year", "ids"),
    [
        ("成县城关镇2023年度结转下年的有几件", 2023, ["cx23"]),
        ("成县城关镇22年新收多少", 2022, ["cx22"]),
        ("请问成县城关镇的年报，2023年不予公开几件", 2023, ["cx23"]),
    ],
)
def test_a_town_with_its_county_and_no_government_word_is_that_town(q, year, ids):
    r = TOWNS.resolve(q, Scope(years=[year]))
    assert sorted(r.ids) == ids, (q, r.ids, r.unknown, r.ambiguous)


SHORT = catalogue(
    ("xfsj", "庆阳市西峰区市场监督管理局", 2023),
    ("qlhs", "国家税务总局兰州市七里河区税务局", 2022),
    ("ctzr", "邯郸市丛台区自然资源和规划局", 2020),
    ("jnzr", "景宁畲族自治县自然资源和规划局", 2023),
    ("hzgh", "杭州市规划和自然资源局", 2023),
)


@pytest.mark.parametrize(
    ("q", "year", "rid"),
    [
        ("西峰区市场局23年予以公开多少件", 2023, "xfsj"),
        ("庆阳市西峰区市场局2023年新收申请几件", 2023, "xfsj"),
        ("西峰市场局2023年被复议几次", 2023, "xfsj"),
        ("七里河区国税局2022年新收多少", 2022, "qlhs"),
        ("兰州七里河区国税局22年不予公开几件", 2022, "qlhs"),
        ("七里河国税局2022年的申请", 2022, "qlhs"),
        ("丛台区规划和自然资源局2020年新收多少", 2020, "ctzr"),
        ("邯郸市丛台区规划和自然资源局2020年不予公开", 2020, "ctzr"),
        ("景宁畲族自治县规划和自然资源局2023年予以公开", 2023, "jnzr"),
        ("景宁规划和自然资源局23年新收几件", 2023, "jnzr"),
    ],
)
def test_a_department_by_its_short_form_or_its_words_swapped_is_that_department(q, year, rid):
    r = SHORT.resolve(q, Scope(years=[year]))
    assert r.ids == [rid], (q, r.ids, r.unknown, r.ambiguous)


@pytest.fixture(scope="module")
def named_twice(tmp_path_factory):
    """Reports whose text names the body a second way: a name hung in brackets (挂牌) or its name before a renaming."""
    from pathlib import Path

    from extractor.extract import extract_path
    from rag.scope import StoreCatalogue
    from rag.store import Store

    root = Path(__file__).resolve().parent.parent
    store = Store(str(tmp_path_factory.mktemp("zhfixa") / "d"))
    ids = {}
    for name in (
        "p24-tianshui-wjw-tcm-second-name-2024.pdf",  # 天水市卫生健康委员会（天水市中医药管理局）
        "h24-yuzhong-yjj-bosi-county-site-pub2025-2024.html",  # 榆中县应急管理局（榆中县地震局）
        "h20-ganzhou-nyj-gf2019-renamed-2020.html",  # 区农业农村局（原区农牧局）, signed 张掖市甘州区农牧局
    ):
        report = extract_path(str(next(root.glob("eval/wild*/reports/" + name))))
        ids[name[:3]] = store.add(report).report_id
    return StoreCatalogue(store), ids


@pytest.mark.parametrize(
    ("q", "year", "which"),
    [
        ("天水市中医药管理局2024年新收多少申请", 2024, "p24"),
        ("天水中医药局24年不予公开几件", 2024, "p24"),
        ("请问天水市中医药局2024年被复议几次", 2024, "p24"),
        ("榆中县地震局2024年新收几件", 2024, "h24"),
        ("榆中地震局24年的行政诉讼有几件", 2024, "h24"),
        ("兰州市榆中县地震局2024年予以公开多少", 2024, "h24"),
        ("甘州区农牧局2020年予以公开多少", 2020, "h20"),
        ("张掖市甘州区农牧局2020年新收申请几件", 2020, "h20"),
        ("甘州农牧局20年不予公开的有几件", 2020, "h20"),
    ],
)
def test_a_body_by_its_second_or_former_name_in_its_report_is_that_body(named_twice, q, year, which):
    cat, ids = named_twice
    r = cat.resolve(q, Scope(years=[year]))
    assert r.ids == [ids[which]], (q, r.ids, r.unknown, r.ambiguous)
