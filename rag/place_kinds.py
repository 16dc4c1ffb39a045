"""A kind of place asked as a set (ztfixb, issue 13): 「库里2021年的县级市」「湖南省的区政府」「云南2021年的街道」
「民族乡」「自治县政府」「少数民族地区的县（旗）」「省会城市的区县」「直辖市的区县」「开发区和新区的管委会」.

Each kind narrows a level by the body's own name (docs/levels.md keeps the level convention): the words are
respelled as the level's stored kind word (「区县政府」「乡镇街道」), the set of that level is resolved as before
(with the province and the years written), and only the bodies of the kind are kept:
- county-level people's governments (「X人民政府」, not a 管委会 or an office), by the name minus 人民政府:
  县级市 ends 市, 县 ends 县 (自治县 included, 旗 not), 市辖区 ends 区; 自治县 holds 自治县; 民族自治地方的县（旗）
  is a 县 or 旗 in a division whose name holds 自治 (its own, its 自治州, its 自治区); 省会城市的区县 sit in a
  provincial capital; 直辖市的区县 in 北京/天津/上海/重庆;
- towns: 街道 holds 街道; 镇 ends 镇(人民政府); 乡 ends 乡(人民政府) (民族乡 included); 民族乡 ends 族乡;
- 开发区/新区管委会: a name ending 管理委员会/管委会 (at the county level or the city level).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass

from .lazyre import lazy

# what may stand right before a kind of place said as a set (「库里的县政府」「2021年县级市」「库里 区政府」「湖南省县级市」);
# any other character of a name there makes the words the END OF A BODY'S NAME (「兰州经济技术开发区管理委员会」
# 「巴里坤哈萨克自治县人民政府」「桂林市叠彩区北门街道办事处」), not the kind — one rule in `respell` for every kind
_BEFORE_A_SET = lazy(r"(?:^|[^\u4e00-\u9fff]|[的各里录年度有些省家个])$")
_GOV = r"(?:人民)?政府"
_NOTE_COUNTY = r"(?:[（(]?含自治县[)）]?)?"

# (kind, its pattern, the level word it narrows) — longest first inside each pattern, kinds tried in this order
_KINDS: tuple[tuple[str, str, str], ...] = (
    (
        "devzone",
        r"(?:各类|各个?|所有的?|全部的?)?(?:开发区|新区|园区|高新区|经开区)(?:[、和及与跟/／]?(?:开发区|新区|园区))?的?(?:管委会|管理委员会)",
        "区县政府和市级政府",
    ),
    ("ethniccounty", r"(?:少数)?民族(?:地区|自治地方)的?县(?:[（(]旗[)）]|旗)?(?:的?" + _GOV + r")?", "区县政府"),
    ("autocounty", r"(?:少数民族|民族)?自治县的?" + _GOV, "区县政府"),
    ("autocounty", r"(?:少数民族|民族)?自治县(?!人民)", "区县政府"),
    ("capital", r"省会(?:城市)?(?:下面|下辖)?的?(?:区县|县区)(?:的?" + _GOV + r")?", "区县政府"),
    ("muni", r"(?:四个)?直辖市(?:下面|下辖)?的?(?:区县|县区)(?:的?" + _GOV + r")?", "区县政府"),
    ("countycity", r"县级市(?:的?" + _GOV + r")?", "区县政府"),
    ("county", r"(?:各个?县的)?县" + _GOV + _NOTE_COUNTY, "区县政府"),
    ("district", r"(?:市辖区的|各个?区的)?区" + _GOV + r"(?!办|部门|工作部门)", "区县政府"),
    ("district", r"市辖区", "区县政府"),
    ("ethnictwp", r"(?:少数)?民族乡(?:的?乡" + _GOV + r")?", "乡镇街道"),
    # (「哪些街道」「所有街道」「乡镇（街道）」 are the stored words of the whole 乡级 level: extractor/levels.py)
    (
        "street",
        r"(?<!哪些)(?<!所有)(?<!全部)(?<!乡镇[（(、和])(?:街道办事处|街道办|街道|街到)(?![\u4e00-\u9fff]{0,3}(?:人民政府|办事处))",
        "乡镇街道",
    ),
    (
        "town",
        r"(?:建制镇的镇" + _GOV + r"|各个?镇的镇" + _GOV + r"|镇" + _GOV + r"|各个?镇(?![街政人]))",
        "乡镇街道",
    ),
    ("township", r"(?:各个?乡的乡" + _GOV + r"|乡" + _GOV + r"|各个?乡(?![镇政人]))", "乡镇街道"),
)
_PATTERNS = tuple((k, lazy(p), w) for k, p, w in _KINDS)

CAPITALS = (
    "石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 南宁 海口 成都 贵阳 昆明 "
    "拉萨 西安 兰州 西宁 银川 乌鲁木齐"
).split()
MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
LABEL = {
    "devzone": "开发区、新区管委会",
    "ethniccounty": "民族自治地方的县（旗）政府",
    "autocounty": "自治县政府",
    "capital": "省会城市的区县政府",
    "muni": "直辖市的区县政府",
    "countycity": "县级市政府",
    "county": "县政府（含自治县）",
    "district": "市辖区的区政府",
    "ethnictwp": "民族乡",
    "street": "街道办事处",
    "town": "镇政府",
    "township": "乡政府（含民族乡）",
}


@dataclass(frozen=True)
class PlaceKind:
    kind: str  # the kind's key (「countycity」)
    text: str  # the question with the kind's words respelled as its level's stored word
    said: str  # the words as written
    word: str  # the level's kind word written in their place


# the kind of place of the question being asked as its level's words (`rag.ask`): its level's sets are narrowed
ASKED: ContextVar[PlaceKind | None] = ContextVar("place_kind_asked", default=None)


def pending(text: str) -> PlaceKind | None:
    """The kind of place a set of `text` is to be narrowed to: written in it, or asked respelled (`ASKED`) and its
    level's word still in it."""
    pk = respell(text)
    if pk is not None:
        return pk
    asked = ASKED.get()
    if asked is not None and asked.word.split("和")[0] in text:
        return PlaceKind(asked.kind, text, asked.said, asked.word)
    return None


def respell(text: str) -> PlaceKind | None:
    """The first kind of place q names as a set, and q with it written as its level's kind word — or None."""
    best: tuple[int, int, str, str] | None = None
    for kind, pattern, word in _PATTERNS:
        m = _as_a_set(pattern, text)
        if m and (best is None or m.start() < best[0] or (m.start() == best[0] and m.end() > best[1])):
            best = (m.start(), m.end(), kind, word)
    if best is None:
        return None
    a, b, kind, word = best
    if kind != "devzone" and _PLACES_OWN.search(text[:a]):
        return None
    before, after = text[:a], text[b:]
    if (count := _COUNT_BEFORE.search(before)) is not None:  # 「库里收录了几家各个镇」: the count said after the kind
        before, after = (
            before[: count.start()] + ("的" if before[: count.start()].endswith("年") else ""),
            "有几家" + after,
        )
    before = _STORE_AFTER_YEAR.sub("的", before)  # (「湖南2025年库里收录的县级市」: the store said after the year)
    return PlaceKind(kind, before + word + after, text[a:b], word)


def _after_a_province(before: str) -> bool:
    """「云南民族地区的县」「湖南县级市」: a province by its name right before the kind bounds the set."""
    from .scope import _short_provinces

    return before.endswith(tuple(_short_provinces())) or before.endswith(tuple(_short_provinces().values()))


def _as_a_set(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a kind's words that is no end of a body's name (`_BEFORE_A_SET` before it)."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        before = text[: m.start()]
        # (「云南民族地区的县」「重庆直辖市的区县」: a province named right before a kind that opens with no unit of
        # a place's name — 「河南县人民政府」「海南区人民政府」 are bodies, a county and a district so named)
        if _BEFORE_A_SET.search(before) or (m.group()[0] not in "县区市乡镇街" and _after_a_province(before)):
            return m
        at = m.start() + 1
    return None


# 「宝鸡这几家区政府」「宝鸡市那几个区政府」「上海市政府办公厅2019年各区政府」: a place's or a body's own districts —
# the districts under the place named (the level set of that place), not the kind across the store
_PLACES_OWN = lazy(r"(?<![库里录存有了])(?<![里库录年]的)(?:这|那)?(?:各|几家|几个|几|这些|那些)$")
# 「库里收录了几家」 before the kind: the count
_COUNT_BEFORE = lazy(r"(?:库里|已经?|收录了?|存了?)*(?:几|多少)(?:家|个)的?[ \t\u3000]*$")
# 「湖南2025年库里收录的」「新疆2024年库里的」: the store said between the year and the kind, left to the year's 的
_STORE_AFTER_YEAR = lazy(r"(?<=年)(?:库里|里面|已经|已|收录|存)+的?[ \t\u3000]*$")


def _divisions(name: str) -> list[str]:
    """The names of the division a body sits in and of those above it (province first)."""
    from extractor import gazetteer as G
    from extractor.agency import identify

    ident = identify(name)
    if ident is None or not ident.region_code:
        return []
    own = G.get(ident.region_code)
    return [d.name for d in (*G.ancestors(own), own)] if own else []


def is_kind(kind: str, name: str) -> bool:
    """Is the body named `name` of the kind?"""
    if kind == "devzone":
        return bool(re.search(r"(?:管理委员会|管委会)$", name))
    if kind in ("street", "town", "township", "ethnictwp"):
        if "街道" in name:
            return kind == "street"
        unit = re.sub(r"(?:人民)?政府$", "", name)
        return {"town": unit.endswith("镇"), "township": unit.endswith("乡"), "ethnictwp": unit.endswith("族乡")}.get(
            kind, False
        )
    if not name.endswith("人民政府"):
        return False  # (a 管委会 or an office at the county level is no 县/区/市 government)
    unit = name.removesuffix("人民政府")
    if kind == "countycity":
        return unit.endswith("市")
    if kind == "county":
        return unit.endswith("县")
    if kind == "district":
        return unit.endswith("区")
    if kind == "autocounty":
        return "自治县" in unit
    if kind == "ethniccounty":
        return unit.endswith(("县", "旗")) and ("自治" in unit or any("自治" in d for d in _divisions(name)))
    divisions = _divisions(name)
    if kind == "capital":
        return any(d.startswith(c) for d in divisions[1:2] for c in CAPITALS) or any(
            unit.startswith(c) for c in CAPITALS
        )
    if kind == "muni":
        return any(d.startswith(MUNICIPALITIES) for d in divisions[:1]) or unit.startswith(MUNICIPALITIES)
    return False


def narrow(resolved, pk: PlaceKind, name_of: Callable[[str], str | None]):
    """The resolved set of the level, narrowed to the bodies of the kind (said as the kind); a set of none is said
    unknown, never answered over the level."""
    if not resolved.ids or resolved.corpus:
        return resolved
    keep = [i for i in resolved.ids if is_kind(pk.kind, name_of(i) or "")]
    resolved.ids = keep
    if not keep:
        resolved.unknown = resolved.unknown or pk.said
    place = re.match(
        r"(.*?(?:省|市|自治区|州|盟|县|区))的", resolved.kind or ""
    )  # (「湖南省的县级政府」: its place kept)
    resolved.kind = f"{place.group(1)}的{LABEL[pk.kind]}" if place else LABEL[pk.kind]
    return resolved


# a count or a list of the stored bodies themselves (「有几家」「一共存了几家」「都有哪些」「名单」「请列出」) — never of
# a figure of theirs (「有几家没收到申请」「哪些被申请过复议」: a condition, answered by its own handlers)
_COUNT = lazy(r"(?:几|多少)(?:家|个|加)|共计多少")
_LIST = lazy(r"哪几家|哪些|名单|列出|是哪|都有谁|有哪")
_FIGURE = lazy(
    r"申请|申情|复议|复以|诉讼|起诉|公开|件|为0|为零|收到|没收|平均|平军|合计|和计|一共.{0,4}多少(?![家个])|最多|最少|排|占"
)


def stored_asked(q: str) -> str | None:
    """「count」 or 「list」 when q asks how many (which) stored bodies of a kind of place there are, else None."""
    if _FIGURE.search(q) or respell(q) is None:
        return None
    return "count" if _COUNT.search(q) else "list" if _LIST.search(q) else None


def stored_text(kind: str, said: str, members: list[tuple[str, int | None]]) -> str:
    """The answer's words: the bodies stored (name, year) counted and listed, the kind's reading said."""
    bodies = list(dict.fromkeys(name for name, _ in members))
    listed = "、".join(f"{name}{year}年" if year else name for name, year in members)
    rule = RULES.get(LABEL[kind], "")
    head = f"库里收录的{said}共{len(bodies)}家（{len(members)}份年报）"
    return f"{head}：{listed}。" + (f"（口径：{rule}）" if rule else "")


RULES = {
    LABEL["countycity"]: "县级人民政府中名称以「市」结尾的",
    LABEL["county"]: "县级人民政府中名称以「县」结尾的，含自治县，不含旗",
    LABEL["district"]: "县级人民政府中名称以「区」结尾的",
    LABEL["autocounty"]: "名称含「自治县」的县级人民政府",
    LABEL["ethniccounty"]: "自治区、自治州或自治县范围内的县、旗人民政府，不含市辖区和县级市",
    LABEL["capital"]: "省会城市所辖的县级人民政府",
    LABEL["muni"]: "北京、天津、上海、重庆所辖的县级人民政府",
    LABEL["devzone"]: "名称以「管理委员会」「管委会」结尾的机关",
    LABEL["street"]: "名称含「街道」的乡级机关",
    LABEL["town"]: "名称以「镇」或「镇人民政府」结尾的乡级政府，不含街道",
    LABEL["township"]: "名称以「乡」或「乡人民政府」结尾的乡级政府，含民族乡",
    LABEL["ethnictwp"]: "名称以「族乡」结尾的乡级政府",
}


# on a chosen report: 「库里同一年的…」「本省今年库里的…」「像我们这样的…」 — the report's year and province
_SAME_YEAR = lazy(r"同一年|同年|今年|本年度(?=库里|的|已)")
_OWN_PROVINCE = lazy(r"本省|我们省|同省")
_LIKE_US = lazy(r"^像我们这样的|^和我们一样的|^跟我们一样的")
_OURS = lazy(r"我们|本单位|我单位|本机关")


def on_report(q: str, agency: str | None, year: int | None) -> str | None:
    """q asked on a chosen report about a kind of place in the report's year (and province), written out
    (「库里同一年收录的街道办事处有几家」 on a 2021 report → 「库里2021年收录的街道办事处有几家」) — or None: not about
    the stored bodies of a kind, or about the report's own figure among them (「我们…排第几」: its peers)."""
    if year is None or respell(q) is None or not _SAME_YEAR.search(q):
        return None
    body = _LIKE_US.sub("", q)
    if _OURS.search(body):
        return None
    # (the province and the year written first, wherever they were said: 「县政府含自治县本省今年库里…」)
    province = ""
    if _OWN_PROVINCE.search(body):
        divisions = _divisions(agency or "")
        if not divisions:
            return None
        province = divisions[0]
    body = _OWN_PROVINCE.sub("", _SAME_YEAR.sub("", body, count=1), count=1)
    return f"{province}{year}年{body}"
