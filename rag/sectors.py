"""Sectors (lines of work) asked of as a set: 「库里2023年搞教育的部门」「管土地的部门」「司法行政部门」「公安机关」
(ztfixa, issue 13).

One data table, `SECTORS`: a sector, the word the scope already reads as that line's set (「教育部门」: its stems in
the department table, `rag.scope.department_kind_forms`), the department-name endings that belong to it (what a
member's name ends with right after its place: 教育局 / 教育体育局 / 教体局 …) and the lay or formal names users
give the whole sector (「搞教育的部门」「教育系统的局」「人力资源社会保障部门」). `sector_words` respells a lay name
as the sector's word, so every set route (sum, mean, rank, which) reads it as it reads 「教育部门」; merged names
(文化旅游广电体育局, 林业水利局) end with none of the endings and are in no sector."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import slips


class Sector(NamedTuple):
    word: str  # the sector's set word the scope reads (「教育部门」)
    endings: tuple[str, ...]  # department names a member's name ends with, right after its place
    lay: tuple[str, ...]  # stems users put before 的部门 / 部门 / 系统的局 (regex fragments)


SECTORS: dict[str, Sector] = {
    "edu": Sector(
        "教育部门",
        ("教育局", "教育体育局", "教育和体育局", "教体局", "教育厅", "教育委员会"),
        ("搞教育", "管教育", "负责教育", "教育系统", "教育行政", "教育主管", "教育体育"),
    ),
    "natres": Sector(
        "自然资源部门",
        (
            "自然资源局",
            "自然资源和规划局",
            "规划和自然资源局",
            "国土资源局",
            "自然资源厅",
            "自然资源和规划厅",
            "规划和自然资源厅",
            "国土资源厅",
        ),
        (
            "管土地",
            "管国土",
            "搞土地",
            "负责土地",
            "国土资源",
            "国土",
            "自然资源和规划",
            "规划和自然资源",
            "自然资源系统",
        ),
    ),
    "health": Sector(
        "卫健部门",
        ("卫生健康局", "卫生健康委员会", "卫生和计划生育委员会", "卫生健康委"),
        ("管卫生", "搞卫生", "负责卫生", "管医疗卫生", "卫生健康", "卫生计生", "卫生", "卫健系统", "卫生系统"),
    ),
    "justice": Sector("司法部门", ("司法局", "司法厅"), ("司法行政", "管司法", "司法系统")),
    "hrss": Sector(
        "人社部门",
        ("人力资源和社会保障局", "人力资源和社会保障厅"),
        ("人力资源社会保障", "人力资源和社会保障", "人社系统", "管人社", "管社保"),
    ),
    "ndrc": Sector(
        "发改部门",
        ("发展和改革局", "发展和改革委员会"),
        ("发展改革", "发展和改革", "发改委系统", "发改系统"),
    ),
    "water": Sector("水利部门", ("水利局", "水利厅", "水务局"), ("水利水务", "水务", "管水利", "管水", "水利系统")),
    "police": Sector("公安部门", ("公安局", "公安厅", "公安分局"), ("公安系统",)),
    "housing": Sector(
        "住建部门",
        ("住房和城乡建设局", "住房和城乡建设厅", "住房和城乡建设委员会"),
        ("管住房建设", "管住房和建设", "管住房", "管建设", "住房城乡建设", "住房和城乡建设", "住建系统", "建设"),
    ),
    "eco": Sector(
        "生态环境部门",
        ("生态环境局", "生态环境厅", "环境保护局"),
        ("环保", "环境保护", "管环保", "管环境", "生态环境系统"),
    ),
    "transport": Sector(
        "交通部门",
        ("交通运输局", "交通运输厅", "交通运输委员会", "交通局"),
        ("交通运输", "管交通", "交通系统"),
    ),
    "market": Sector("市场监管部门", ("市场监督管理局",), ("市场监督管理", "管市场", "市场监管系统")),
    "agri": Sector("农业农村部门", ("农业农村局", "农业农村厅", "农业局"), ("农业", "管农业", "农业农村系统")),
    "civil": Sector("民政部门", ("民政局", "民政厅"), ("管民政", "民政系统")),
    "finance": Sector("财政部门", ("财政局", "财政厅"), ("管财政", "财政系统")),
    "emergency": Sector("应急管理部门", ("应急管理局", "应急管理厅"), ("应急", "管应急", "应急管理系统")),
    "veterans": Sector(
        "退役军人事务部门", ("退役军人事务局", "退役军人事务厅"), ("退役军人", "管退役军人", "退役军人事务系统")
    ),
}


# the short bureau words users say of a sector's members (「人社局」「卫健委」), besides its endings
SHORT = {
    "教体局": "edu",
    "卫健局": "health",
    "卫健委": "health",
    "人社局": "hrss",
    "发改局": "ndrc",
    "发改委": "ndrc",
    "住建局": "housing",
    "环保局": "eco",
    "交通局": "transport",
    "市场监管局": "market",
    "应急局": "emergency",
    "退役军人局": "veterans",
    "规划和自然资源局": "natres",
    "国土局": "natres",
}


@functools.cache
def _word_sector() -> dict[str, str]:
    """Every set word (a sector's word, an ending, a short bureau word) → its sector."""
    out = {w: key for key, sec in SECTORS.items() for w in (sec.word, *sec.endings)}
    return out | SHORT


@functools.cache
def _set_words() -> str:
    """Every word naming a sector's members as a set: its set word, its endings, the short bureau words."""
    return "|".join(sorted(map(re.escape, _word_sector()), key=len, reverse=True))


# 「…的人社部门有几家」「…的民政局共计多少家」「…的卫健部门，一共存了几家」: the members counted
_COUNT_TAIL = r"\s*[，,]?\s*(?:一共|共计|总共|合计|总计)?(?:存了|收录了|存有|有|是)?(?:几家|几加|多少家|几个|多少个)(?:单位|部门)?[？?。]?$"
# 「…的交通部门都有哪些」「…是哪几家」: the members listed
_WHICH_TAIL = r"\s*[，,]?\s*(?:都|分别)?(?:有|是)(?:哪些|那些|哪几家|哪几个|哪几)(?:单位|部门)?[？?。]?$"
# a figure asked of the members (「有几家新收为0」「哪些被申请过复议」): not their count or list
_MEASURED = re.compile(
    r"申请|新收|公开|复议|诉讼|起诉|件|收到|办理|答复|处理|为0|为零|没有|都没|最多|最少|平均|经费|人口"
)


@functools.cache
def _counted() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _set_words()
    # (「收录的」 before the word: the set the store holds, read as a set even where a place holds one member)
    count = re.compile(r"(?:已?收录的|收绿的|的)?((?:" + words + r"))" + _COUNT_TAIL)
    which = re.compile(r"(?:已?收录的|收绿的|的)?((?:" + words + r"))" + _WHICH_TAIL)
    listed = re.compile(r"^(?:请|麻烦)?(?:列出|列一下|列举)(.*?)(?:全部|所有)的?((?:" + words + r"))[。？?]?$")
    return count, which, listed


def members_asked(q: str) -> str:
    """「库里2023年的人社部门有几家」「…的交通部门都有哪些」「请列出2023年库里的全部退役军人事务部门」: a sector's
    stored members counted or listed — asked as the set's reports (one a body a year: 「…的人社部门的年报有几份」),
    which the overview counts and names; a figure asked of them (「有几家新收为0」) is left alone."""
    if _MEASURED.search(q):
        return q
    count, which, listed = _counted()

    # (the sector's members, however their bureau was named: 「湖南省的司法局有几家」 counts the province's 司法局 —
    # the sector's word reads them as a set even where the province holds one)
    def word(w: str) -> str:
        return "收录的" + SECTORS[_word_sector()[w]].word

    if m := listed.search(q):
        return re.sub(r"(?:已?收录|收绿)的?$", "", m.group(1)) + f"{word(m.group(2))}的年报有哪些"
    q = count.sub(lambda m: word(m.group(1)) + "的年报有几份", q)
    return which.sub(lambda m: word(m.group(1)) + "的年报有哪些", q)


@functools.cache
def _lay_pattern() -> re.Pattern[str]:
    """A lay name of a sector as a whole: its stem, then 的部门 / 部门 / 系统的局 / 机关 (「搞教育的部门」
    「司法行政部门」「教育系统的局」「公安机关」) — never a body's own name (「长沙市司法局」 keeps its 局)."""
    stems = sorted({s for sec in SECTORS.values() for s in sec.lay}, key=len, reverse=True)
    each = r"(?:各个?|所有的?)?"
    tail = r"(?:(?:的|方面的|领域的|系统的|系统)?" + each + r"(?:部门|机关)|(?:的|系统的)" + each + r"局)"
    return re.compile("(" + "|".join(map(re.escape, stems)) + r")(?:部们)?" + tail)


@functools.cache
def _stem_sector() -> dict[str, str]:
    return {s: key for key, sec in SECTORS.items() for s in sec.lay}


# 「公安机关」「司法行政机关」: the sector's word for its bodies as a whole
_ORGANS = re.compile(r"(公安|司法行政)机关")


def sector_words(q: str) -> str:
    """q with a sector's lay name spelled as the sector's set word (「搞教育的部门」 → 「教育部门」,
    「管土地的部门」 → 「自然资源部门」, 「公安机关」 → 「公安部门」)."""
    q = slips.mended(q)
    if not re.search(r"部门|系统|机关|局|委", q):
        return q
    return members_asked(store_before_set(_laid(q)))


def _lay_names(q: str) -> str:
    """q with each lay name of a sector as the sector's set word (its slips mended first: 「退役军人事务部们」
    「自然资原局」, the one table, rag/slips.py)."""
    return _laid(slips.mended(q))


def _laid(q: str) -> str:
    """q, its slips mended, with each lay name of a sector as the sector's set word."""
    q = _ORGANS.sub(lambda m: SECTORS["police" if m.group(1) == "公安" else "justice"].word, q)

    def one(m: re.Match[str]) -> str:
        key = _stem_sector().get(m.group(1))
        if not key:
            return m.group()
        # (「2023年库里管土地的部门」: the 的 the lay name held stays before the set word, as the scope reads a set)
        before = m.string[m.start() - 1] if m.start() else ""
        lead = "的" if re.match(r"[\u4e00-\u9fff\d]", before) and before not in "的和与及跟同各" else ""
        return lead + SECTORS[key].word

    return _lay_pattern().sub(one, q)


def _stored(m: re.Match[str]) -> str:
    """「库里」 before a sector's word as 「收录的」: the same set asked (every stored member), a fill the place reads."""
    after = m.string[m.end() :]
    return "" if re.match(r"已?收录|收绿", after) else "收录" if after.startswith("的") else "收录的"


@functools.cache
def _store_before() -> re.Pattern[str]:
    each = r"(?:各个?|所有的?|全部的?)?"
    return re.compile(r"(?<=年)(?:在)?库里\s*(?=(?:已?收录的?|收绿的?|的)?" + each + "(?:" + _set_words() + "))")


@functools.cache
def _opened_then_set() -> re.Pattern[str]:
    # 「库里浙江省2024年 市场监管局 …」 (keywords, the space closed): the store said first, the year right before the set
    return re.compile(r"^(?:库里|库中|已收录的?)[^，,。？?\s]{2,12}?\d{4}年(?=(?:" + _set_words() + "))")


def store_before_set(q: str) -> str:
    """The store said between the year and a sector's set word, written 「收录的」 — the ONE normalisation of it
    (`intent.canonical`, through `sector_words`): 「湖南省2023年库里的卫健部门」「甘肃2024年库里 教育部门」 → 「…2023年
    收录的卫健部门」, and the keyword form that says the store first, 「库里浙江省2024年 市场监管局」 → 「…2024年收录的
    市场监管局」 — so the place before the year bounds the set as 「湖南省2023年收录的」 does, and the set is read as
    a set even where the place holds one member. (Kinds of place are respelled on the question as written, before
    `canonical`: `place_kinds._STORE_AFTER_YEAR` keeps their own.)"""
    q = _store_before().sub(_stored, q)
    return _opened_then_set().sub(lambda m: m.group() + "收录的", q)


def sector_of(agency: str) -> str | None:
    """The sector a department's name places it in — or None (merged names: 文化旅游广电体育局, 林业水利局).
    Its name ends with one of the sector's endings right after its place: a unit of a division (省/市/区/县/旗/州/
    盟, the bank README's rule) or a division's short name (「达州市大竹生态环境局」: 大竹县's) — or it is a branch of
    such a bureau (「怀化市生态环境局鹤城分局」「长沙市公安局岳麓分局」, as the README counts 公安局…分局). The
    README asks no set holding the last two kinds; the scope and the answers count them in their sector (ztleft)."""
    for key, sec in SECTORS.items():
        for end in sec.endings:
            i = agency.rfind(end)
            if i <= 0:
                continue
            if agency.endswith(end) and (agency[i - 1] in "省市区县旗州盟" or _short_place_before(agency[:i])):
                return key
            if end == "公安分局" and agency.endswith(end):
                return key
            if agency.endswith("分局") and agency[i - 1] in "省市区县旗州盟" and end in agency[: -len("分局")]:
                return key  # 「怀化市生态环境局鹤城分局」: a branch of the sector's bureau
    return None


def _short_place_before(head: str) -> bool:
    """「达州市大竹」: the name before a department's word ends with a division's short name (大竹县's)."""
    from extractor import gazetteer as G

    return any(len(head) > n and G.by_short(head[-n:]) for n in (2, 3))


def sector_named(kind: str | None) -> str | None:
    """The sector a resolved set's kind names (「江西省的民政部门」「司法局」「卫健系统」) — or None."""
    if not kind:
        return None
    word = re.sub(r"^.*的", "", kind)
    return _word_sector().get(word) or _word_sector().get(word.removesuffix("系统") + "部门")


def sector_set_named(q: str) -> bool:
    """A sector's set named in q (「在库里2021年的发改部门里排第几」「占库里同一年卫健部门合计的百分之几」) — the peers one
    body is set against."""
    return bool(re.search(r"(?:" + _set_words() + r")(?:里|中|之中|当中|里面|合计|加起来|总数)", q))


_SAME_YEAR = re.compile(r"同一年|同年度?|当年度?|今年")
_OWN_PROVINCE = re.compile(r"本省|全省|同省|省内")
# the store's set said (「库里」「已收录的」): a statistic over the stored members, not the chosen report's own figure
_STORE_SAID = re.compile(r"库里|收录")
_PEER_ASKED = re.compile(r"排第|排名|名次|第几|占.{0,30}(?:百分之|比例|比重)|占比")


def own_sector(q: str, year: int, province: str | None) -> str | None:
    """「库里同一年收录的发改部门有几家」「像我们这样的财政部门，库里今年一共收录了几家」「本省今年库里的环保部门平均每家
    复议几件」 asked on a chosen report: the question over the sector's stored set of the report's year (and its
    province when 本省 is said) — the report's own figure is not asked; its place in the set is `peers`'."""
    if _PEER_ASKED.search(q) or not _SAME_YEAR.search(q) or not _STORE_SAID.search(q):
        return None
    text = _lay_names(q)
    m = re.search(_set_words(), text)
    if m is None or m.start() and text[m.start() - 1] in "省市区县旗州盟":
        return None  # (「河北省教育厅当年…」: one body's name, not the sector)
    place = province if province and _OWN_PROVINCE.search(text) else ""
    tail = _OWN_PROVINCE.sub("", _SAME_YEAR.sub("", text[m.end() :])).replace("库里", "")
    tail = re.sub(r"^[，,]\s*", "", tail)
    return f"库里{place}{year}年收录的{m.group()}{tail}"
