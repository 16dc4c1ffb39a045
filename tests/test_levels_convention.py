"""One convention for a body's level where the gold's ladder is disputed (docs/levels.md): the extractor's side
(region + level of a name) and the question side (a set of a level holds them, and its answer says how it counted)."""

import pytest

from extractor.agency import identify
from extractor.levels import disputed, disputed_note
from rag.question import Scope
from rag.scope import Catalogue


@pytest.mark.parametrize(
    ("name", "region", "level"),
    [
        # a government's office: its government's level
        ("湘潭市岳塘区人民政府办公室", "湖南省湘潭市岳塘区", "县级政府"),
        ("株洲市人民政府办公室", "湖南省株洲市", "市级政府"),
        ("湖南省人民政府办公厅", "湖南省", "省级政府"),
        # a city bureau's 分局 named after one of its districts: that district's department
        ("株洲市生态环境局荷塘分局", "湖南省株洲市荷塘区", "县级部门"),
        ("佛山市自然资源局顺德分局", "广东省佛山市顺德区", "县级部门"),
        ("天津市规划和自然资源局河西分局", "天津市河西区", "县级部门"),
        # a 分局 named after no district stays its bureau's
        ("株洲市自然资源和规划局高新区分局", "湖南省株洲市", "市级部门"),
        # a 国家级新区's committee (however its host is written) 市级政府; any other zone's 县级政府
        ("四川天府新区管理委员会", None, "市级政府"),
        ("南京江北新区管理委员会", None, "市级政府"),
        ("重庆市两江新区管理委员会", None, "市级政府"),
        ("株洲经济技术开发区管理委员会", None, "县级政府"),
        # a county-level city's government is a county's
        ("醴陵市人民政府", "湖南省株洲市醴陵市", "县级政府"),
        ("株洲市人民政府", "湖南省株洲市", "市级政府"),
    ],
)
def test_extractor_level_of_each_family(name, region, level):
    ident = identify(name)
    assert ident is not None
    assert ident.level == level
    if region is not None:
        assert ident.region == region
    assert ident.full.endswith(name[-4:])  # the name itself is kept (a 分局 is not renamed its district's)


def test_disputed_families_said():
    assert disputed("湘潭市岳塘区人民政府办公室") == "为政府办公室，按本级政府计"
    assert "按该区县的部门计" in (disputed("株洲市生态环境局荷塘分局") or "")
    assert "按其上级部门的层级计" in (disputed("株洲市自然资源和规划局高新区分局") or "")
    assert "按市级政府计" in (disputed("四川天府新区管理委员会") or "")
    assert "按县级政府计" in (disputed("株洲经济技术开发区管理委员会") or "")
    assert disputed("株洲市人民政府") is None and disputed("株洲市教育局") is None and disputed(None) is None
    assert disputed_note(["株洲市教育局"]) == ""
    many = disputed_note([f"{p}区人民政府办公室" for p in ("荷塘", "芦淞", "石峰", "天元")])
    assert many.startswith("口径：") and many.endswith("等4家")


ROWS = [
    ("yt-office", "湘潭市岳塘区人民政府办公室"),
    ("yt-gov", "湘潭市岳塘区人民政府"),
    ("ht-branch", "株洲市生态环境局荷塘分局"),
    ("zz-bureau", "株洲市生态环境局"),
    ("xj-zone", "长沙湘江新区管理委员会"),
    ("cs-kfq", "长沙经济技术开发区管理委员会"),
    ("ss-gov", "韶山市人民政府"),
    ("xt-gov", "湘潭市人民政府"),
    ("yt-edu", "湘潭市岳塘区教育局"),
]


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    from extractor.agency import agency_key

    return Catalogue(
        [
            {"id": i, "agency": n, "agency_key": agency_key(n), "year": 2022, "ingested_at": "2026-01-01T00:00:00"}
            for i, n in ROWS
        ]
    )


def _ask(cat: Catalogue, q: str):
    r = cat.resolve(q, Scope(years=[2022]))
    return sorted(r.ids), r.statement(cat.entry)


def test_county_governments_set_counts_offices_and_zones_says_so(cat):
    ids, said = _ask(cat, "湖南省2022年的区县政府一共收到多少申请")
    assert ids == ["cs-kfq", "ss-gov", "yt-gov", "yt-office"]  # a county-level city in, a 国家级新区 out
    assert "湘潭市岳塘区人民政府办公室为政府办公室，按本级政府计" in said
    assert "长沙经济技术开发区管理委员会为开发区管委会，按县级政府计" in said


def test_county_departments_set_holds_a_district_branch(cat):
    ids, said = _ask(cat, "湖南省2022年的县级部门一共收到多少申请")
    assert ids == ["ht-branch", "yt-edu"]
    assert "株洲市生态环境局荷塘分局为上级部门以区县命名的分局" in said
    ids, said = _ask(cat, "湖南省2022年的市直部门一共收到多少申请")
    assert ids == ["zz-bureau"] and "口径" not in said


def test_city_governments_set_holds_a_national_new_area_not_a_county_level_city(cat):
    for q in ("湖南省2022年的市级政府一共收到多少申请", "2022年所有市政府一共收到多少申请"):
        ids, said = _ask(cat, q)
        assert ids == ["xj-zone", "xt-gov"], q
        assert "长沙湘江新区管理委员会为国家级新区或省直管功能区的管委会，按市级政府计" in said


def test_bare_city_government_said_of_a_set_is_the_city_level(cat):
    # 「市政府」 is a short form of every 「X市人民政府」: said of a set it is the 市级政府 bodies, not 韶山市 (县级市)
    ids, said = _ask(cat, "全部已收录的市政府（2022年）里新收申请高于平均数的是哪些单位？")
    assert ids == ["xj-zone", "xt-gov"]
    assert said.startswith("范围：市级政府 2022年")
