"""A set of bodies named by its place in the hierarchy or by its line of work (系统), spelled as the kind words
the scope reads (`rag.scope._place_kind`) — one spelling for what users say in many words (zpfixa).

- A city's bodies below it (「X市辖区内区县以下各单位」「X市区县及以下的单位」「X市下属区县一级的单位（区县政府、区县
  部门和乡镇街道）」) are its 县级政府, 县级部门 and 乡镇: 「X市的县级政府、县级部门和乡镇政府」 — the city's own bodies
  are not among them, and the set is no breakdown inside one report (the lead-in 「辖区内」「下属」 is read here, so
  `refuse.detail` does not take it for one).
- A city's own departments (「X市市本级各部门」「X市市直的部门」「X市本级各个部门」) are its 市级部门.
- A province's (or a city's) county tier (「X省县级各部门」「X全省区县一级的部门」) is its 县级部门 (「X全省」 is the
  province said short, then 全省).
- A line of work's county bureaus (「库里司法行政系统的各区县司法局」「本系统（市场监管）的各县区市场监管局」「库里所有区县
  教育局」「县级市场监督管理局」) are the stored 县级部门 of that line: 「各区县的司法局」 — the 系统 words name the line the
  bureau's own name names already; a city's bureau is not one, nor only the bureaus whose name holds 「县司法局」."""

from __future__ import annotations

import functools
import re

from .lazyre import lazy

_SET = r"(?:各个?|所有的?|全部的?)?"
_LEAD = r"(?:管辖范围内|辖区范围内|辖区内|辖内|所辖|下辖|辖下|下属|所属|范围内|境内|下面)?的?"
_AFTER_PLACE = r"(?:(?<=[省市州盟])|(?<=自治区)|(?<=地区))"
_TIER = r"(?:区县|县区|县市区|县级|县)"
_NOTE = r"(?:[（(][^（()）]{0,40}[）)])?"
# 「区县以下」「区县及以下」「县级及以下」: the county tier and the towns under it
_BELOW = lazy(_AFTER_PLACE + _LEAD + _TIER + r"(?:一级|级)?(?:及其?以下|以下)的?" + _SET + r"(?:单位|机关)" + _NOTE)
# 「区县一级的单位」: the county tier — with its towns when a note says so (「（区县政府、区县部门和乡镇街道）」)
_TIER_UNITS = lazy(_AFTER_PLACE + _LEAD + r"(?:区县|县区|县市区)一级的?" + _SET + r"(?:单位|机关)(" + _NOTE + ")")
# 「市本级各部门」「市直的部门」「本级各个部门」 after a city: its own departments
_CITY_OWN = lazy(r"(?<=[市州盟])的?(?:市本级|本级|市直|市级)的?" + _SET + r"(?:职能部门|工作部门|部门)")
# 「县级各部门」「区县一级的部门」 after a province or a city: its county departments
_COUNTY_DEPTS = lazy(
    _AFTER_PLACE
    + _LEAD
    + r"(?:(?:区县|县区|县市区)(?:一级|级)|县(?:一级|级))的?"
    + r"(?:各个?|所有的?|全部的?)?(?:职能部门|工作部门|部门)"
)
# 「库里司法行政系统的」「本系统（市场监管）中的」「教育系统里的」: the line's name before its county bureaus
_SYSTEM = lazy(
    r"(?:本系统[（(][\u4e00-\u9fff]{2,8}[）)]|(?<![本该各])(?![年度])[\u4e00-\u9fff]{2,6}?系统)(?:中|里|内|之中|当中)?的?"
    r"(?=" + _SET + _TIER + r")"
)
# 「各区县司法局」「所有县区卫健部门」「县级市场监督管理局」: a line's bureaus of the county tier
_COUNTY_BUREAUS = lazy(
    r"(?:(?:各个?|所有的?|全部的?)(?:区县|县区|县市区)|(?<![\u4e00-\u9fff])县级|(?<=[年度里的])县级)(?:里|中)?的?"
    r"((?!市(?!场)|政府|人民|单位|机关|部门|乡|镇|街道|直|级|一级|以下|及)[\u4e00-\u9fff]{2,10}?(?:局|委员会|委|部门))"
)


@functools.cache
def _short_province_whole() -> re.Pattern[str]:
    """「浙江全省」「湖南全省」: a province said short, then 全省 — the province."""
    from extractor import gazetteer as G

    shorts = sorted((s for s in G.province_shorts() if not s.endswith("省")), key=len, reverse=True)
    return re.compile(
        "(" + "|".join(map(re.escape, shorts)) + r")(?:省)?全省(?=的?(?:区县|县区|县市区|县|乡镇|街道|各))"
    )


def _tier_units(m: re.Match[str]) -> str:
    towns = re.search(r"乡|镇|街道", m.group(1))
    return "的县级政府、县级部门和乡镇政府" if towns else "的县级政府和县级部门"


def tier_sets(q: str) -> str:
    """q with a set named by its tier or its line of work spelled in the kind words the scope reads."""
    if not re.search(r"以下|一级|级|本级|市直|系统|区县|县区", q):
        return q
    q = _short_province_whole().sub(r"\1省", q)
    q = _BELOW.sub("的县级政府、县级部门和乡镇政府", q)
    q = _TIER_UNITS.sub(_tier_units, q)
    q = _CITY_OWN.sub("的市级部门", q)
    q = _COUNTY_DEPTS.sub("的县级部门", q)
    # (the 系统 words dropped only before the line's county bureaus: 「教育系统县级部门」 keeps them)
    q = _SYSTEM.sub(lambda m: "" if _COUNTY_BUREAUS.match(m.string, m.end()) else m.group(), q)
    return _COUNTY_BUREAUS.sub(r"各区县的\1", q)
