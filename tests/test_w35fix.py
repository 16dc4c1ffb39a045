"""Bodies outside the usual 省/市/县/乡 ladder (eval/wild35's families; inputs of our own):

- a central administration named as the issuer (「国家统计局」): read from the report's words, region 「全国」, level
  省级部门 (the gold's vocabulary has no national rung; wild35's README says why);
- a national administration's branch (「国家金融监督管理总局X监管分局」): the name as printed, the city's region;
- zones and 林区 districts the division list lacks (洋浦经济开发区, 大兴安岭地区's 加格达奇区): in gazetteer.ZONES, as
  杨凌 was (wild33).
"""

from __future__ import annotations

import pytest

from extractor.agency import identify
from extractor.extract import extract_bytes


def _report(title: str, signature: str, self_ref: str) -> bytes:
    body = (
        f"{title}\n"
        f"本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2022年1月1日至2022年12月31日。\n"
        f"一、总体情况\n2022年，{self_ref}认真落实政务公开各项要求。\n"
        "二、主动公开政府信息情况\n"
        "|第二十条第（一）项|||\n|信息内容|本年制发件数|本年废止件数|现行有效件数|\n"
        "|规章|0|0|0|\n|行政规范性文件|2|0|5|\n"
        f"六、其他需要报告的事项\n{self_ref}未收取信息处理费。\n"
        f"{signature}\n2023年1月20日\n"
    )
    return body.encode("utf-8")


@pytest.mark.parametrize(
    ("name", "region", "level"),
    [
        ("国家林业和草原局", "全国", "省级部门"),
        ("国家市场监督管理总局", "全国", "省级部门"),
        ("海关总署", "全国", "省级部门"),
    ],
)
def test_central_body_is_read_with_no_place(name, region, level):
    ident = identify(name)
    assert ident is not None and ident.complete
    assert (ident.name, ident.region, ident.level, ident.region_code) == (name, region, level, None)
    branch = identify("国家税务总局琼海市税务局")  # a branch: its place, never 全国
    assert branch is not None and (branch.name, branch.region) == ("国家税务总局琼海市税务局", "海南省琼海市")


@pytest.mark.parametrize(
    ("printed", "region", "level"),
    [
        ("国家金融监督管理总局三亚监管分局", "海南省三亚市", "市级部门"),
        ("国家金融监督管理总局湛江监管分局", "广东省湛江市", "市级部门"),
    ],
)
def test_supervision_branch_named_by_city_short(printed, region, level):
    ident = identify(printed)
    assert ident is not None
    assert (ident.name, ident.region, ident.level) == (printed, region, level)


@pytest.mark.parametrize(
    ("name", "region", "level"),
    [
        ("洋浦经济开发区管理委员会", "海南省洋浦经济开发区", "市级政府"),
        ("大兴安岭地区松岭区人民政府", "黑龙江省大兴安岭地区松岭区", "县级政府"),
        ("新林区人民政府", "黑龙江省大兴安岭地区新林区", "县级政府"),
    ],
)
def test_zone_and_forest_district_in_the_gazetteer(name, region, level):
    ident = identify(name)
    assert ident is not None
    assert (ident.region, ident.level) == (region, level)


def test_central_report_signature_only():
    """Title names no body; the signature does: the agency comes from the report's words."""
    data = _report("2022年政府信息公开工作年度报告", "国家林业和草原局", "本局")
    r = extract_bytes(data, "report.txt")
    assert (r.agency, r.region, r.agency_level) == ("国家林业和草原局", "全国", "省级部门")


def test_branch_report_titled():
    data = _report(
        "国家金融监督管理总局三亚监管分局2022年政府信息公开工作年度报告", "国家金融监督管理总局三亚监管分局", "本分局"
    )
    r = extract_bytes(data, "report.txt")
    assert (r.agency, r.region, r.agency_level) == ("国家金融监督管理总局三亚监管分局", "海南省三亚市", "市级部门")


def test_zone_committee_report():
    data = _report("洋浦经济开发区管理委员会2022年政府信息公开工作年度报告", "洋浦经济开发区管理委员会", "管委会")
    r = extract_bytes(data, "report.txt")
    assert (r.region, r.agency_level) == ("海南省洋浦经济开发区", "市级政府")
