"""Functional zones inside a 直辖市's 新区 (eval/wild37's 滨海新区 committees; inputs of our own):

- a zone committee (「中新天津生态城管理委员会」「天津港保税区管理委员会」, 上海 浦东新区's 张江) is read as printed,
  its region the 新区 district it lies in (gazetteer.DISTRICT_ZONES: a zone hangs under the district, not beside it),
  its level a county's government, as wild11's 天津经济技术开发区管理委员会 (gold 天津市滨海新区, 县级政府);
- a zone the gazetteer lacks, printed after its district (「天津市滨海新区中心商务区管理委员会」), is a zone committee of
  that district (agency._SUB_ZONE also ends in 商务区 / 经济区 / 生态城 / 科学城 / 知识城);
- the district itself, its towns and the zones coextensive with their host (西海岸新区 = 黄岛区) read as before.
"""

from __future__ import annotations

import pytest

from extractor import gazetteer as G
from extractor.agency import identify, mentions
from extractor.extract import extract_bytes


def _report(title: str, signature: str, self_ref: str, year: int = 2022) -> bytes:
    body = (
        f"{title}\n"
        f"本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为{year}年1月1日至{year}年12月31日。\n"
        f"一、总体情况\n{year}年，{self_ref}认真落实政务公开各项要求。\n"
        "二、主动公开政府信息情况\n"
        "|第二十条第（一）项|||\n|信息内容|本年制发件数|本年废止件数|现行有效件数|\n"
        "|规章|0|0|0|\n|行政规范性文件|2|0|5|\n"
        f"六、其他需要报告的事项\n{self_ref}未收取信息处理费。\n"
        f"{signature}\n{year + 1}年1月20日\n"
    )
    return body.encode("utf-8")


@pytest.mark.parametrize(
    ("printed", "district", "code"),
    [
        ("天津滨海高新技术产业开发区管理委员会", "天津市滨海新区", "120116"),
        ("天津东疆综合保税区管理委员会", "天津市滨海新区", "120116"),
        ("天津东疆保税港区管理委员会", "天津市滨海新区", "120116"),
        ("天津开发区管委会", "天津市滨海新区", "120116"),
        ("中新生态城管委会", "天津市滨海新区", "120116"),
        ("天津市滨海新区中新天津生态城管理委员会", "天津市滨海新区", "120116"),
        ("上海张江高科技园区管理委员会", "上海市浦东新区", "310115"),
    ],
)
def test_zone_committee_in_a_municipality_district(printed, district, code):
    ident = identify(printed)
    assert ident is not None and ident.complete
    assert ident.region is not None and ident.region.startswith(district)
    zone = ident.region[len(district) :]
    assert zone and zone in ident.full  # the zone's own name, never a second district
    assert (ident.region_code, ident.level, ident.body) == (code, "县级政府", "管理委员会")


@pytest.mark.parametrize("printed", ["中国（上海）自由贸易试验区临港新片区管理委员会", "临港新片区管委会"])
def test_city_committee_over_several_districts(printed):
    """临港新片区's committee is the city's own (a 市政府派出机构) over land of 浦东新区, 奉贤区 and 闵行区: its region the
    city, its level a county's government, as 北京经济技术开发区 (eval/wild39's gold) — never one of the districts."""
    ident = identify(printed)
    assert ident is not None and ident.complete
    assert (ident.region_code, ident.level) == ("310000", "县级政府")
    assert ident.region == "上海市中国(上海)自由贸易试验区临港新片区"  # the city, then the zone (as wild37's zones)


def test_zone_read_as_printed_not_as_short_city():
    """「天津港保税区」 was 天津(市) + 「港保税区」: a body 「天津市港保税区管理委员会」 of the whole city."""
    ident = identify("天津港保税区管理委员会")
    assert ident is not None
    assert (ident.name, ident.full) == ("天津港保税区管理委员会", "天津港保税区管理委员会")
    assert (ident.region, ident.region_code) == ("天津市滨海新区天津港保税区", "120116")


@pytest.mark.parametrize(
    ("printed", "region", "level"),
    [
        ("天津市滨海新区中心商务区管理委员会", "天津市滨海新区", "县级政府"),
        ("天津市滨海新区临港经济区管理委员会", "天津市滨海新区", "县级政府"),
        ("上海市浦东新区张江科学城管理委员会", "上海市浦东新区", "县级政府"),
        ("上海市浦东新区金桥经济技术开发区管理委员会", "上海市浦东新区", "县级政府"),
        ("重庆两江新区鱼复工业开发区管理委员会", "重庆市两江新区", "县级政府"),
    ],
)
def test_unlisted_zone_after_its_district(printed, region, level):
    ident = identify(printed)
    assert ident is not None
    assert (ident.name, ident.region, ident.level) == (printed, region, level)


@pytest.mark.parametrize(
    ("printed", "region", "level"),
    [
        ("天津市滨海新区人民政府", "天津市滨海新区", "县级政府"),
        ("天津市滨海新区新城镇人民政府", "天津市滨海新区新城镇", "乡级政府"),
        ("上海市浦东新区张江镇人民政府", "上海市浦东新区张江镇", "乡级政府"),
        ("上海市浦东新区民政局", "上海市浦东新区", "县级部门"),
        ("天津市河西区人民政府", "天津市河西区", "县级政府"),
        ("苏州工业园区娄葑街道办事处", "江苏省苏州市娄葑街道", "乡级政府"),  # a zone coded as its city holds its towns
    ],
)
def test_district_and_its_towns_unchanged(printed, region, level):
    ident = identify(printed)
    assert ident is not None
    assert (ident.region, ident.level) == (region, level)


def test_nested_zone_lies_in_its_district_and_holds_none_of_it():
    zone = G.by_name("中新天津生态城")[0]
    district = G.by_name("滨海新区")[0]
    city = G.get("120000")
    assert zone.zone and city is not None
    assert G.within(zone, district) and G.within(zone, city)
    assert not G.within(district, zone)
    coextensive = G.by_name("西海岸新区")[0]  # a zone that is its host (黄岛区): still holds it
    host = G.get(coextensive.code6)
    assert host is not None and G.within(host, coextensive)


def test_zone_committee_mentioned_in_a_question():
    found = [m for m in mentions("中新天津生态城管委会和滨海新区政府的年报") if m.kind == "body"]
    assert [(m.text, m.region_code) for m in found] == [("中新天津生态城管委会", "120116"), ("滨海新区政府", "120116")]


@pytest.mark.parametrize(
    ("title", "signature", "agency", "district"),
    [
        (
            "天津滨海高新技术产业开发区管理委员会2022年政府信息公开工作年度报告",
            "天津滨海高新技术产业开发区管理委员会",
            "天津滨海高新技术产业开发区管理委员会",
            "天津市滨海新区",
        ),
        (
            "2022年政府信息公开工作年度报告",
            "上海张江高科技园区管理委员会",
            "上海张江高科技园区管理委员会",
            "上海市浦东新区",
        ),
    ],
)
def test_zone_committee_report(title, signature, agency, district):
    r = extract_bytes(_report(title, signature, "本机关"), "report.txt")
    assert (r.agency, r.agency_level, r.year) == (agency, "县级政府", 2022)
    assert r.region is not None and r.region.startswith(district)
