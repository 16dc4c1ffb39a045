"""Agency names that look real: a division from the gazetteer data (province, city, or county under a
city) and a body from the departments data (「人民政府」, 「发展和改革局」 …). The generator prints
the full name, so the expected `agency_full` is the name itself."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from eval.reportgen.draw import Draw

DATA = Path(__file__).resolve().parents[2] / "extractor" / "data"
MUNICIPALITIES = ("110000", "120000", "310000", "500000")  # their districts hang directly under them


@dataclass(frozen=True)
class Agency:
    full: str  # 「淮安市洪泽区发展和改革局」: printed and expected
    place: str  # 「淮安市洪泽区」
    body: str  # 「发展和改革局」「人民政府」
    self_ref: str  # how its own text names it: 「本局」「本机关」
    local: str = ""  # the name without its city, as a district's own pages write it (「朝阳区人民政府」)
    printed: str = ""  # how the report prints it when not `full` (「河北雄安新区管委会…」): read back as written


@functools.cache
def _divisions() -> tuple[dict[str, tuple[str, str]], list[str], list[str], list[str]]:
    """code → (name, parent); codes of provinces, of cities, of counties under a city."""
    rows: dict[str, tuple[str, str]] = {}
    for line in (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, parent = line.split("\t")[:3]
        rows[code] = (name, parent)
    provinces = [c for c, (_, p) in rows.items() if not p and c not in MUNICIPALITIES and c < "710000"]
    cities = [c for c, (n, p) in rows.items() if p in provinces and c.endswith("00") and n.endswith("市")]
    counties = [
        c
        for c, (n, p) in rows.items()
        if (p in cities or p in MUNICIPALITIES) and n.endswith(("区", "县")) and len(n) >= 2
    ]
    return rows, provinces, cities, counties


@functools.cache
def _bodies() -> dict[str, list[str]]:
    """Department names per level: 厅 at a province, 局 (or 委员会) below."""
    prov, below = [], []
    for line in (DATA / "departments.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + ["", "", ""]
        stem, suffixes = cols[0], cols[2].split("|")
        if stem.startswith("人民政府"):
            continue
        if "厅" in suffixes:
            prov.append(stem + "厅")
        if "局" in suffixes:
            below.append(stem + "局")
    return {"province": sorted(prov), "below": sorted(below)}


def draw_agency(d: Draw) -> Agency:
    rows, provinces, cities, counties = _divisions()
    level = d.pick(("county", "city", "province"))
    if level == "county":
        code = d.pick(counties)
        name, parent = rows[code]
        place = rows[parent][0] + name
    elif level == "city":
        place = rows[d.pick(cities)][0]
    else:
        place = rows[d.pick(provinces)][0]
    kind = d.pick(("government", "department", "department", "office"))
    if kind == "government":
        body, self_ref = "人民政府", "本机关"
    elif kind == "office":
        body, self_ref = ("人民政府办公厅" if level == "province" else "人民政府办公室"), "本机关"
    else:
        body = d.pick(_bodies()["province" if level == "province" else "below"])
        self_ref = "本" + body[-1]
    return Agency(place + body, place, body, self_ref)


def draw_shared_place_agency(d: Draw) -> Agency:
    """A district's body whose district name other cities have too (「朝阳区」: 北京's and 长春's,
    「普陀区」: 上海's and 舟山's), half the time one under a municipality (whose 「北京市」 is a
    province-level name, no city a text could hint with)."""
    rows, _provinces, _cities, counties = _divisions()
    names: dict[str, int] = {}
    for c in counties:
        names[rows[c][0]] = names.get(rows[c][0], 0) + 1
    shared = [c for c in counties if names[rows[c][0]] > 1]
    under = [c for c in shared if rows[c][1] in MUNICIPALITIES]
    code = d.pick(under if d.int(0, 1) else [c for c in shared if c not in under])
    name, parent = rows[code]
    a = draw_agency(d)
    body = a.body if not a.body.endswith("厅") else "人民政府"
    return Agency(rows[parent][0] + name + body, rows[parent][0] + name, body, a.self_ref, name + body)


# Functional zones and the province whose short name their own bodies print in front (「河北雄安新区」)
_ZONES = (
    ("河北", "雄安新区"),
    ("甘肃", "兰州新区"),
    ("江苏", "苏州工业园区"),
    ("四川", "天府新区"),
    ("陕西", "西咸新区"),
    ("贵州", "贵安新区"),
    ("江西", "赣江新区"),
    ("湖南", "湘江新区"),
    ("云南", "滇中新区"),
    ("吉林", "长春新区"),
)


def draw_zone_bureau_agency(d: Draw) -> Agency:
    """A bureau of a zone's committee, printed with the province's short name in front as such bodies
    name themselves (「河北雄安新区管理委员会建设和交通管理局」): read back as printed (`agency`), its
    full name the zone's (「雄安新区管理委员会…」, the zone is no division of the province's)."""
    province, zone = d.pick(_ZONES)
    committee = d.pick(("管理委员会", "管委会"))
    bureau = d.pick(_bodies()["below"] + ["建设和交通管理局", "综合执法局", "公共服务局"])
    full = zone + committee + bureau
    return Agency(full, zone, committee + bureau, "本" + bureau[-1], printed=province + full)


# National zones whose committee governs as a prefecture would (eval/wild33): the zone its region
_COMMITTEE_ZONES = ("杨凌农业高新技术产业示范区", "兰州新区")


def draw_zone_committee_agency(d: Draw) -> Agency:
    """A national zone's committee itself (「杨凌农业高新技术产业示范区管理委员会」): read back by its full name."""
    zone = d.pick(_COMMITTEE_ZONES)
    return Agency(zone + "管理委员会", zone, "管理委员会", "本委")


# Cities with a customs district (直属海关) of their name
_CUSTOMS = (
    "哈尔滨 长春 沈阳 大连 石家庄 太原 呼和浩特 南京 杭州 宁波 合肥 福州 厦门 南昌 青岛 济南 郑州 武汉 长沙 "
    "广州 深圳 汕头 江门 湛江 南宁 海口 成都 贵阳 昆明 拉萨 西安 兰州 西宁 银川 乌鲁木齐"
).split()


def draw_vertical_agency(d: Draw) -> Agency:
    """A vertically managed body printed with the system it belongs to in front, as such bodies name
    themselves (「国家税务总局黑龙江省税务局」, 「中华人民共和国哈尔滨海关」): read back as printed
    (`agency`), its full name the region's (「黑龙江省税务局」, 「哈尔滨市海关」)."""
    rows, provinces, cities, _counties = _divisions()
    if d.int(0, 1):
        city = d.pick(_CUSTOMS)
        return Agency(city + "市海关", city + "市", "海关", "本关", printed="中华人民共和国" + city + "海关")
    code = d.pick(provinces + cities)
    name, parent = rows[code]
    place = (rows[parent][0] if parent else "") + name
    return Agency(name + "税务局", place, "税务局", "本局", printed="国家税务总局" + place + "税务局")


# Bodies outside the usual hierarchy (eval/wild35): central administrations (no place: region 全国), a national
# administration's branch in a city (「国家金融监督管理总局儋州监管分局」: the city's short name), zones and 林区
# districts the division list lacks (gazetteer.ZONES)
_CENTRAL = (
    "国家统计局",
    "国家林业和草原局",
    "国家市场监督管理总局",
    "国家金融监督管理总局",
    "国家外汇管理局",
    "海关总署",
)
_OUTSIDE_ZONES = (
    ("洋浦经济开发区管理委员会", "洋浦经济开发区", "管理委员会", ""),
    ("加格达奇区人民政府", "加格达奇区", "人民政府", "大兴安岭地区"),
    ("松岭区人民政府", "松岭区", "人民政府", "大兴安岭地区"),
    ("新林区人民政府", "新林区", "人民政府", "大兴安岭地区"),
)


def draw_outside_hierarchy_agency(d: Draw) -> Agency:
    """A body the 省/市/县/乡 ladder does not describe, read back by the name the report prints."""
    kind = d.int(0, 2)
    if kind == 0:
        name = d.pick(_CENTRAL)
        return Agency(name, "", name, "本局" if name.endswith("局") else "本署")
    if kind == 1:
        rows, _provinces, cities, _counties = _divisions()
        city = rows[d.pick(cities)][0]
        stem = city[:-1] if len(city) >= 3 else city  # 「儋州监管分局」: the city's short name, as the 分局 prints it
        return Agency(city + "监管分局", city, "监管分局", "本分局", printed="国家金融监督管理总局" + stem + "监管分局")
    full, place, body, above = d.pick(_OUTSIDE_ZONES)
    return Agency(full, place, body, "本委" if body == "管理委员会" else "本区", printed=above + full if above else "")


# Functional zones inside a 直辖市's 新区 (eval/wild37: 天津 滨海新区's committees; gazetteer.DISTRICT_ZONES), each with
# what it prints in front of the full name read back (「上海」 before 张江's), and a zone the gazetteer lacks printed after
# its district (agency._SUB_ZONE)
_DISTRICT_ZONES = (
    ("中新天津生态城管理委员会", "中新天津生态城", ""),
    ("天津港保税区管理委员会", "天津港保税区", ""),
    ("天津经济技术开发区管理委员会", "天津经济技术开发区", ""),
    ("天津滨海高新技术产业开发区管理委员会", "天津滨海高新技术产业开发区", ""),
    ("天津东疆综合保税区管理委员会", "天津东疆综合保税区", ""),
    ("张江高科技园区管理委员会", "张江高科技园区", "上海"),
    ("天津市滨海新区中心商务区管理委员会", "天津市滨海新区", ""),
    ("上海市浦东新区金桥经济技术开发区管理委员会", "上海市浦东新区", ""),
)


def draw_district_zone_agency(d: Draw) -> Agency:
    """A zone committee inside a 直辖市's 新区, read back by its full name (and as printed where it prints more)."""
    full, place, above = d.pick(_DISTRICT_ZONES)
    return Agency(full, place, "管理委员会", d.pick(("本委", "管委会")), printed=above + full if above else "")
