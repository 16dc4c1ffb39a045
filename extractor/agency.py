"""One agency's reports line up across years only if its name does: 「淮安市洪泽区人民政府」 and
「洪泽区人民政府」 are the same body. The key drops the higher administrative levels in front of the
lowest one and folds a few spelling variants; aliases are what users type (「洪泽区」「洪泽」)."""

from __future__ import annotations

import re

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
