"""Who issued a report, and every way people name that body.

A name as reports and users write it (「上海市科委」「省科技厅」「#沐阳县人民政府」「洪泽」) is parsed into
a chain of places from the division gazetteer (extractor/gazetteer.py: full names, short forms, former
names, functional zones, townships, one-character OCR slips) and a body from the department table
(extractor/departments.py: 「科学技术厅」 = 「科技厅」, 「科委」 = 科学技术委员会, 「政府办」 …). The result,
an `AgencyIdentity`, carries the full and short name, the region with its 行政区划代码, the level, and
the doubts (in Chinese) of what had to be assumed.

Public API (issue 11 §3, issue 13; the ask router codes against it): `identify`, `name_forms`,
`mentions`, `agency_key`. `aliases` and `text_places` are the older helpers the store still calls.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from extractor import departments as D, gazetteer as G
from extractor.anchored import finditer_around
from extractor.normalize import squash
from extractor.traditional import as_printed, simplify_name

Level = (
    str  # 「省级政府」「省级部门」「市级政府」「市级部门」「县级政府」「县级部门」「乡级政府」 (the gold's vocabulary)
)


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

    @property
    def complete(self) -> bool:
        """Names a place and a body (a region alone stands for its government)."""
        return self.region is not None and bool(self.body)


@dataclass(frozen=True)
class Mention:
    """A place or a body named in a question: `text[start:end]`. `kind` is 「region」 for a place
    alone (「淮安市」「洪泽」) and 「body」 for an agency (「上海市人民政府」「科委」「洪泽区政府」);
    `region_code` is the named place's own code (exact: 「淮安市」 is 320800, never its 洪泽区), None
    when the body names no place (「科委」) or a place several divisions share (「朝阳区」: the
    identity's doubts list them); `identity` is the resolved body (for a region, the identity of its
    人民政府 — what a report "of 淮安市" is)."""

    start: int
    end: int
    text: str
    kind: str  # "region" | "body"
    identity: AgencyIdentity | None
    region_code: str | None = None


# --- parsing ---------------------------------------------------------------------------------------

_LEVEL_WORD = {
    "省": "省",
    "自治区": "省",
    "市": "市",
    "州": "市",
    "自治州": "市",
    "盟": "市",
    "地区": "市",
    "区": "县",
    "县": "县",
    "自治县": "县",
    "旗": "县",
    "镇": "乡",
    "乡": "乡",
    "街道": "乡",
}
_LEVEL_PREFIX = re.compile(r"^(自治区|自治州|自治县|省|市|州|区|县|旗|盟|镇|乡)")
_TOWN_SUFFIX = ("街道", "镇", "乡", "苏木")
_TOWN_BODY = {
    "": None,
    "人民政府": "人民政府",
    "政府": "人民政府",
    "街道办事处": "办事处",
    "办事处": "办事处",
    "街道办": "办事处",
    "党政办公室": "党政办公室",
    "党政办": "党政办公室",
}
_SUB_ZONE = re.compile(
    r"^([\u4e00-\u9fff]{1,12}?(?:片区|园区|开发区|新区|高新区|经开区|试验区|实验区|保税区|管理区|工业区|"
    r"产业园|示范区|合作区|度假区|风景区|景区|港区|综保区|自贸区|商务区|经济区|生态城|科学城|知识城))(管理局|管理委员会|管委会|管理办公室|办事处|管理处)$"
)
_BODY_LIKE = re.compile(r"(?:厅|局|委员会|委|办公室|办公厅|办|中心|署|会|院|馆|社|室)$")
_INTERNAL_UNIT = re.compile(r"(?:处|科|股|所|站|队|组)$")  # a department's own division is no issuing body
_DIRECT = {"11", "12", "31", "50"}  # 直辖市


@dataclass(frozen=True, slots=True)
class _Parse:
    chain: tuple[G.Division, ...]  # places as written, outermost first (may be empty)
    place: str  # a place the gazetteer lacks, as written (「测试县」), or a bare level (「省」)
    body: D.Body | None  # None: a place alone, which stands for its government
    written_body: str
    doubts: tuple[str, ...]
    shorts: int  # places written in a short form (「河北」): the more, the weaker

    @property
    def last(self) -> G.Division | None:
        return self.chain[-1] if self.chain else None

    @property
    def last_place(self) -> G.Division:
        """The innermost place of a parse known to name one."""
        assert self.chain, "a parse without a place"
        return self.chain[-1]


def _tokens(t: str, i: int, prev: G.Division | None) -> list[tuple[int, G.Division, str | None, bool]]:
    """Places that start at t[i]: (end, division, doubt, written in full), longest first. Only the
    lengths some name starting with t[i:i+2] has are tried (most positions: none)."""
    out: list[tuple[int, G.Division, str | None, bool]] = []
    n = len(t)
    for length in G.name_lengths(t[i : i + 2]):
        j = i + length
        if j > n:
            continue
        w = t[i:j]
        full = G.by_name(w)
        for d in full:
            out.append((j, d, None, True))
        if not any(prev is None or G.within(d, prev) for d in full):  # 「重庆市江北区」: not Ningbo's, a former one
            formers = G.former(w)
            for f in formers:
                out.append((j, f.now, f"「{w}」为旧称：{f.year}年{f.kind}，今{G.path(f.now)}", True))
            if w[-1] == "县" and length >= 3 and not formers and not full:  # 撤县设区/市 the table does not list
                for d in G.by_name(w[:-1] + "区") + G.by_name(w[:-1] + "市"):
                    if d.level == "县" and (prev is None or G.within(d, prev)):  # never the prefecture 上饶市
                        out.append((j, d, f"「{w}」为旧称，今{G.path(d)}", True))
        for d in G.by_short(w):
            out.append((j, d, None, False))
    if prev is not None and (prev.level == "县" or prev.zone):
        # 「成都市武侯区人民政府玉林街道办事处」: a 街道办事处 named as the district government's agency
        at = i + 4 if t.startswith("人民政府", i) and t.endswith(("街道办事处", "街道办")) else i
        towns = [
            (j, town, None, True)
            for j in range(min(n, at + 12), at + 1, -1)
            if t[j - 1] in "镇乡道木" and (town := G.town(prev, t[at:j])) is not None
        ]
        out += towns or (_unlisted_town(t, i, prev) if at == i else [])
    elif prev is not None and not _TOWN_ENDS.isdisjoint(t[i + 2 : i + 5]) and G.countyless(prev):
        # 「东莞市虎门镇」: a town under a city without counties, which the division list lacks
        for j in range(min(n, i + 5), i + 2, -1):
            if t[j - 1] in "镇乡道" and (town := G.town(prev, t[i:j])) is not None:
                out.append((j, town, f"「{town.name}」按名称形式读作{prev.name}下的乡镇（行政区划表未列其乡镇）", True))
    elif prev is not None and prev.level == "市" and (zone := _ZONE_INFIX.match(t, i)) is not None:
        # 「成都高新区肖家河街道办事处」: a town a city's development zone administers, named under the
        # zone; the zone is no division, the town (unique in the city) is read with its county
        k = zone.end()
        for j in range(min(n, k + 12), k + 2, -1):
            if t[j - 1] in "镇乡道" and t[j:] in _TOWN_BODY:
                towns = [d for d in G.towns_named(t[k:j]) if G.within(d, prev)]
                if len(towns) == 1:
                    doubt = f"「{zone.group()}」为功能区（代管），{towns[0].name}按行政区划属{G.path(towns[0])[: -len(towns[0].name)]}"
                    out.append((j, towns[0], doubt, True))
                break
    elif prev is None and not out:  # a township named alone: 「高良涧街道办事处」
        for j in range(min(n, i + 12), i + 2, -1):
            if t[j - 1] in "镇乡道木" and t[j:] in _TOWN_BODY:
                towns = G.towns_named(t[i:j])
                if len(towns) == 1:
                    out.append((j, towns[0], None, True))
    out.sort(key=lambda x: -x[0])
    return out


_TOWN_ENDS = frozenset("镇乡道")


def _unlisted_town(t: str, i: int, county: G.Division) -> list[tuple[int, G.Division, str | None, bool]]:
    """A town of a county that the township table lacks (renamed, merged or newly set up:
    「嘉兴市南湖区新兴街道办事处」), read by its form — a short name ending 街道/镇/乡 — only where a town's
    own body follows to the end of the name (「办事处」「人民政府」), with a doubt; a bare 「…镇」 is not
    read so."""
    for j in range(min(len(t), i + 6), i + 2, -1):
        name = t[i:j]
        if t[j:] and t[j:] in _TOWN_BODY and G.TOWN_SHAPE.fullmatch(name) and not any(ch in name for ch in "省市区县"):
            town = G.Division(county.code6, name, county.code, "", "乡")
            return [(j, town, f"地名「{name}」不在行政区划表中，按名称形式读作{county.name}下的乡镇", True)]
    return []


# a development zone's name between a city and a town it administers (「成都高新区」「西安高新区」「xx经开区」)
_ZONE_INFIX = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|新区)")


def _misread_tokens(
    t: str, i: int, prev: G.Division | None, hints: frozenset[str]
) -> list[tuple[int, G.Division, str | None, bool]]:
    """A place name with one character misread (「沐阳县」 → 沭阳县): accepted when the two
    characters are a known confusable pair, or when the text's other places single out one candidate."""
    out = []
    for j in range(min(len(t), i + 8), i + 2, -1):
        w = t[i:j]
        if not w.endswith(G.LEVEL_SUFFIX) or G.by_name(w):
            continue
        rest = t[j:]
        if (
            rest
            and D.body(rest) is None
            and not (rest.startswith("人民政府") and D.body(rest[4:]))
            and G.name_lengths(rest[:2]) == ()
        ):
            continue  # a slip is looked for only where a body or another place follows
        cands = [(d, pair) for d, pair in G.misread(w) if prev is None or G.within(d, prev)]
        confusable = [(d, pair) for d, pair in cands if G.confusable(pair)]
        hinted = [(d, pair) for d, pair in cands if _hinted(d, hints)]
        pick = (
            confusable
            if len(confusable) == 1
            else [c for c in confusable if _hinted(c[0], hints)] or (hinted if len(hinted) == 1 else [])
        )
        if len(pick) == 1:
            d, pair = pick[0]
            out.append((j, d, f"「{w}」疑为「{d.name}」（「{pair[0]}」「{pair[1]}」形近，识别或录入有误）", True))
    return out


def _hinted(d: G.Division, hints: frozenset[str]) -> bool:
    return d.code6 in hints or any(a.code6 in hints for a in G.ancestors(d) if a.level != "省")


def _body_parse(rest: str, chain: tuple[G.Division, ...]) -> tuple[D.Body | None, bool, tuple[str, ...]] | None:
    """The body `rest` names after the places: (body, known, doubts); None if it names none."""
    if not rest:
        return None, True, ()
    b = D.body(rest)
    if b is not None:
        return b, True, ()
    if rest.startswith("人民政府") and (b := D.body(rest[4:])) is not None and b.kind == "department":
        return b, True, ()
    m = _SUB_ZONE.match(rest)
    if m:
        return D.Body(rest, m.group(1) + ("管委会" if "委员会" in m.group(2) else m.group(2)), "zone"), True, ()
    if rest.endswith(("办公室", "办")) and _office_of_a_body(rest):
        return None  # 「统计局办公室」: the bureau's own office, as 「法规处」 is, issues nothing
    own = next((rest[len(w) :] for w in _COMMITTEE_WORDS if rest.startswith(w)), rest)  # (a zone's bureau)
    if chain and len(rest) >= 2 and _BODY_LIKE.search(rest) and not _INTERNAL_UNIT.search(rest) and len(own) <= 16:
        return D.Body(rest, rest, "department"), False, (f"「{rest}」不在标准机关名称表中，按原文保留",)
    return None


_COMMITTEE_WORDS = ("管理委员会", "管委会", "党工委管委会", "党工委、管委会")


def _zone_bureau(chain: tuple[G.Division, ...], rest: str) -> bool:
    """「（河北）雄安新区」+「管理委员会建设和交通管理局」: a bureau of a zone's committee, named after the
    zone and its committee. The committee word settles the reading even after a short place form
    (「河北」), where an unknown body otherwise is no reading; the bureau's name is kept as written."""
    return bool(chain) and chain[-1].zone and rest.startswith(_COMMITTEE_WORDS) and not D.body(rest)


def _office_of_a_body(rest: str) -> bool:
    """「统计局办公室」「人社厅办」「静安区统计局办公室」: a known body followed by its own office. A
    committee's office is a body of its own (编办, 安委办, 食安办 publish as such)."""
    stem = rest.removesuffix("办公室") if rest.endswith("办公室") else rest.removesuffix("办")
    if stem.endswith(("委员会", "委")):
        return False
    return any(D.body(stem[k:]) is not None for k in range(max(0, len(stem) - 1)))


_UNKNOWN_PLACE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|省|市|州|县|区|旗|盟|镇|乡|街道)")
_FUNCTION_WORDS = (
    "按照",
    "根据",
    "依据",
    "遵照",
    "会同",
    "联合",
    "协调",
    "配合",
    "组织",
    "要求",
    "通过",
    "报送",
    "经过",
    "对于",
    "关于",
    "由于",
    "为了",
    "由",
    "经",
    "向",
    "把",
    "被",
    "将",
    "请",
    "报",
    "在",
    "是",
    "其",
    "该",
    "本",
    "我",
    "各",
)
_FUNCTION_WORD = re.compile("^(?:" + "|".join(_FUNCTION_WORDS) + ")")


@functools.lru_cache(maxsize=8192)
def _parse_exact(
    t: str, hints: frozenset[str] = frozenset(), unknown_ok: bool = True, slips: bool = False
) -> list[_Parse]:
    """Every reading of `t` as places + body that consumes all of it, best first. `unknown_ok`:
    may a place the gazetteer lacks (「测试县」) be read from its form alone."""
    found: list[tuple[tuple, _Parse]] = []

    def consider(chain: tuple[G.Division, ...], rest: str, doubts: tuple[str, ...], shorts: int) -> None:
        if chain and chain[-1].level == "乡":
            town_body = _TOWN_BODY.get(rest, False)
            if town_body is False:
                return
            body = D.Body(
                town_body or ("办事处" if chain[-1].name.endswith("街道") else "人民政府"),
                "办事处" if chain[-1].name.endswith("街道") else "政府",
                "government",
            )
            found.append(((2, -len(doubts), -shorts, len(chain)), _Parse(chain, "", body, rest, doubts, shorts)))
            return
        parsed = _body_parse(rest, chain)
        if parsed is None:
            return
        body, known, more = parsed
        if body is None and not chain or (not known and shorts and not _zone_bureau(chain, rest)):
            return  # 「资源(县)」+「和规划局」 is no reading
        if body == D.COMMITTEE and chain and not chain[-1].zone:  # 「某市管委会」: whose committee?
            more = more + ("管委会前未写明园区名称",)
        score = (2 if known else 1, -len(doubts + more), -shorts, len(chain))
        found.append((score, _Parse(chain, "", body, rest, doubts + more, shorts)))

    def walk(i: int, chain: tuple[G.Division, ...], doubts: tuple[str, ...], shorts: int) -> None:
        if chain:
            consider(chain, t[i:], doubts, shorts)
        if i >= len(t) or len(chain) >= 4:
            return
        prev = chain[-1] if chain else None
        toks = _tokens(t, i, prev) or (_misread_tokens(t, i, prev, hints) if slips else ())
        for j, d, doubt, full in toks:
            if prev is not None and (d == prev or not G.within(d, prev)):
                continue
            if not full and j == len(t) and chain:  # 「江苏省淮安」: a short form ends no chain
                continue
            walk(j, chain + (d,), doubts + ((doubt,) if doubt else ()), shorts + (not full))

    walk(0, (), (), 0)
    m = _LEVEL_PREFIX.match(t)  # 「省科技厅」「市政府办公室」: a level, no place
    leveled = m is not None and (b := D.body(t[m.end() :])) is not None
    if leveled and m is not None:
        found.append(((2, 0, 0, 0), _Parse((), m.group(1), b, t[m.end() :], (), 0)))
    b = D.body(t)  # 「科委」「政府办」「管委会」「市监局」: a body alone (not the bare 「政府」)
    if b is not None and not leveled and (b.kind != "government" or b.full != "人民政府"):
        found.append(((2, 0, 0, 0), _Parse((), "", b, t, (), 0)))
    if not found and unknown_ok and not _FUNCTION_WORD.match(t):  # 「测试县人民政府」, read by its form
        for k in range(2, min(len(t), 14)):  # 「上海市测试区」+「人民政府」: the place ends where a body begins
            if _UNKNOWN_PLACE.fullmatch(t, 0, k) and (b := D.body(t[k:])) is not None:
                doubt = f"地名「{t[:k]}」不在行政区划表中"
                found.append(((1, -1, 0, 0), _Parse((), t[:k], b, t[k:], (doubt,), 0)))
                break
    found.sort(key=lambda x: x[0], reverse=True)
    return [p for _, p in found]


def _settle(t: str, parses: list[_Parse], hints: frozenset[str]) -> tuple[_Parse, tuple[str, ...]] | None:
    """The reading to keep among equally good ones that name different places (「朝阳区」): the one
    the hints (places the text names) single out, else the one whose level fits the body (a 厅 is a
    province's), else the highest level; otherwise undecided (no region, a doubt listing them)."""
    if not parses:
        return None
    best = parses[0]
    if len(parses) == 1:
        return best, ()

    def key(p):
        return (
            2 if p.body is None or p.body.kind != "department" or D.body(p.written_body) else 1,
            -len(p.doubts),
            -p.shorts,
            len(p.chain),
        )

    ties = [p for p in parses if key(p) == key(best) and p.last is not None]
    places = {p.last_place.code6 if p.last_place.level != "乡" else p.last_place.code for p in ties}
    if len(places) <= 1:  # one place under two names (平潭县 and 平潭综合实验区): the higher one
        return min(ties or [best], key=lambda p: "省市县乡".index(p.last.level) if p.last else 9), ()
    hinted = [p for p in ties if _hinted(p.last_place, hints)]
    if len({p.last_place.code for p in hinted}) == 1:
        return hinted[0], ()
    if best.body is not None and best.body.full.endswith("厅"):
        prov = [p for p in ties if p.last_place.level == "省"]
        if len(prov) == 1:
            return prov[0], ()
    rank = {"省": 0, "市": 1, "县": 2, "乡": 3}
    top = min(rank[p.last_place.level] for p in ties)
    tops = [p for p in ties if rank[p.last_place.level] == top]
    names = "、".join(sorted({G.path(p.last_place) for p in ties}))
    if len({p.last_place.code6 for p in tops}) == 1 and best.shorts:
        return tops[0], (
            f"「{best.chain[-1].short or best.chain[-1].name}」可指{names}，取{G.path(tops[0].last_place)}",
        )
    written = t[: len(t) - len(best.written_body)] if best.written_body else t
    return (
        _Parse((), written, best.body, best.written_body, best.doubts, best.shorts),
        (f"「{written}」有多处：{names}，未能确定",),
    )


# --- debris --------------------------------------------------------------------------------------

_LABEL = re.compile(
    r"^(?:标题|题目|文章标题|发布机构|发布单位|发文机关|发文单位|来源|信息来源|文章来源|发布者|"
    r"当前位置|您的位置|您现在的位置|所在位置|位置)[:：]?"
)
# a report year as titles print it: Arabic, or digit by digit in Chinese numerals (「二〇二三年度」)
YEAR = r"(?:(?:19|20)\d{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})"
_TITLE_TAIL = re.compile(rf"(?:关于)?(?:{YEAR}年度?)?(?:的)?(?:本级)?(?:政府|政务)?信息公开.*$")
_FILE_EXT = re.compile(r"\.(?:pdf|docx?|wps|html?|txt|ofd|xlsx?|et)$", re.I)
_EDGE = "#*>|-_=·•●◆■□★☆【】[]:：、,，。.;；\"'《》<>「」()!！?？~`+0123456789 "
_CRUMB = re.compile(r"[>»›→/\\|]+")
_PLAIN = re.compile(r"[\u4e00-\u9fff]+")


def clean(name: str) -> str:
    """The name without the debris scrapers and converters leave around it: markdown marks, a
    「标题：」 label, a breadcrumb (「首页 > 政务公开 > …」), a file extension, the title's own tail."""
    if _PLAIN.fullmatch(name) and "年" not in name:  # the common case: a bare name, nothing to remove
        return name
    s = _FILE_EXT.sub("", name.strip())
    s = _CRUMB.split(s)[-1] if _CRUMB.search(s) else s
    s = re.sub(rf"^{YEAR}年度?", "", squash(s)).strip(_EDGE)
    while (m := _LABEL.match(s)) and m.end():
        s = s[m.end() :].strip(_EDGE)
    s = _TITLE_TAIL.sub("", s).strip(_EDGE)
    s = re.sub(rf"{YEAR}年度?$", "", s)
    return s


# --- identity --------------------------------------------------------------------------------------


def _region_part(d: G.Division) -> str:
    """How a full name spells its place: a county-level body carries its city (or 直辖市) so that
    「鼓楼区人民政府」 is unique; a township its county."""
    if d.zone:
        return d.name
    if d.level == "乡":
        county = G.parent(d)
        return (_region_part(county) if county else "") + d.name
    if d.level == "县":
        p = G.parent(d)
        if p is not None and (p.level == "市" or (p.level == "省" and p.code[:2] in _DIRECT)):
            return p.name + d.name
    return d.name


# the functional zones' own levels (gazetteer.ZONES), by name: 「市」 for a 国家级新区 or a province-run zone
_ZONE_LEVEL = {name: level for name, _code, level, _short in G.ZONES}
# 「怀化市生态环境局鹤城分局」「上海市公安局浦东分局」: a city's (or 直辖市's) bureau's 分局 named after one of its districts
_BRANCH = re.compile(r"^.+?(?:局|委员会|委)([\u4e00-\u9fff]{1,8}?)分局$")


def _district_branch(d: G.Division, body: D.Body) -> G.Division | None:
    """The division a bureau's 分局 is named after and serves, when it lies in the bureau's own place one level
    down (「鹤城分局」 of 怀化市 → 鹤城区): the 分局 is that district's department (docs/levels.md). None else —
    a 分局 named after a zone (「高新区分局」) or a 监管分局 stays its bureau's level."""
    m = _BRANCH.match(body.full)
    if m is None or body.kind in ("government", "office", "zone") or d.level not in ("省", "市") or d.zone:
        return None
    stem = m.group(1)
    found = {x for x in (*G.by_name(stem), *G.by_short(stem)) if not x.zone and G.parent(x) == d}
    return found.pop() if len(found) == 1 else None


def _level(d: G.Division | None, place: str, body: D.Body | None) -> Level | None:
    if d is not None:
        lv = d.level
    elif place:
        lv = _LEVEL_WORD.get(place) or next((v for k, v in _LEVEL_WORD.items() if place.endswith(k)), None)
    else:
        return None
    if lv is None:
        return None
    if body is not None and body.full.endswith(("管理委员会", "管委会")) and (body.kind == "zone" or d is not None):
        # a 国家级新区 / province-run zone at prefecture level (gazetteer.ZONES 「市」: 兰州新区, 两江新区, 杨凌示范区,
        # 洋浦) governs as a 市级政府 whatever its host is written as (「重庆两江新区管理委员会」, 「长沙湘江新区…」);
        # see docs/levels.md
        zone = body.full.removesuffix("管理委员会").removesuffix("管委会") or (d.name if d is not None else "")
        if _ZONE_LEVEL.get(zone) == "市":
            return "市级政府"
    if body is not None and body.kind == "zone" and body.full.endswith(("管理委员会", "管委会")):
        # 「嘉善经济技术开发区管理委员会」「天津经济技术开发区管理委员会」: a development zone's committee governs the
        # zone, whatever the level of its host (the gold's vocabulary: a county-level government); a 片区管理局
        # under a zone stays a department of it
        return "县级政府"
    kind = "政府" if body is None or body.kind in ("government", "office") else "部门"
    return f"{lv}级{kind}"


def _identity(name: str, p: _Parse, extra: tuple[str, ...]) -> AgencyIdentity:
    d = p.last
    body = p.body
    if body is None:  # a place alone: its government (a zone's is its 管理委员会)
        body = D.COMMITTEE if d is not None and d.zone else D.GOVERNMENT
    if d is not None:
        region_part = _region_part(d)
        full = region_part + body.full
        short = d.name + body.short
        region, code = G.path(d), d.code6
    else:
        full = p.place + body.full
        short = p.place + body.short
        region = code = None
        if not p.place:
            extra = extra + ("未写明地区",)
        elif p.place in _LEVEL_WORD:
            extra = extra + (f"只写了「{p.place}」，未写明是哪个{p.place}",)
    if d is not None and d.zone:
        extra = extra + (f"「{d.name}」是功能区而非行政区划，代码取其所在的{G.path(G.get(d.code6) or d)}",)
    level = _level(d, p.place, p.body if p.body is not None else body)
    branch = _district_branch(d, body) if d is not None else None
    if branch is not None:  # 「怀化市生态环境局鹤城分局」: 鹤城区's department (region and level), its name kept
        region, code, level = G.path(branch), branch.code6, f"{branch.level}级部门"
    doubts = tuple(dict.fromkeys(p.doubts + extra))
    return AgencyIdentity(
        name=name,
        full=full,
        short=short,
        body=body.full,
        region=region,
        region_code=code,
        level=level,
        doubts=doubts,
    )


# What a vertically managed body prints before its own name, the system it belongs to
# (「国家税务总局黑龙江省税务局」, 「中华人民共和国满洲里海关」): part of its name, not debris to drop.
# (「国家金融监督管理总局儋州监管分局」: any national administration's 总局 heads its branches so)
_NATIONAL_HEAD = re.compile(r"中华人民共和国|国家(?!级)[^局署\s]{2,14}?(?:总局|局)")
# A central body itself (「国家统计局」「国家金融监督管理总局」「海关总署」): no place in its name, none to complete —
# it serves the whole country. The gold's vocabulary has no national rung: the highest 部门 rung, 省级部门 (wild35).
# (a branch — 「国家税务总局海口市税务局」 — has a second 局 in its name: never this)
_CENTRAL = re.compile(r"(?:中华人民共和国)?(?:国家(?!级)[^局署\s]{2,14}(?:总局|局|署)|海关总署)")
CENTRAL_DOUBT = "中央国家机关，无所属行政区划：地区记为「全国」，层级按最高的部门层级（省级部门）记"


def _central(s: str) -> AgencyIdentity | None:
    if not _CENTRAL.fullmatch(s):
        return None
    return AgencyIdentity(name=s, full=s, short=s, body=s, region="全国", level="省级部门", doubts=(CENTRAL_DOUBT,))


@functools.lru_cache(maxsize=8192)
def _identify(name: str, hints: frozenset[str]) -> AgencyIdentity | None:
    s = clean(name)
    if len(s) < 2:
        return None
    if s.startswith(("国家", "中华人民共和国", "海关")) and (central := _central(s)) is not None:
        return central
    fallback = None
    for slips in (False, True):  # a misread place (「沐阳县」) only where no name reads as it stands
        if slips and not _place_shaped(s):
            break
        for start in range(0, max(1, len(s) - 1)):  # debris in front (「按照省科技厅」「文件平潭…」) is dropped
            t = s[start:]
            two = t[:2]
            if not (slips or G.name_lengths(two) or D.form_lengths(two) or t[0] in _LEVEL_START):
                continue  # nothing can start here: no place, no body, no level word
            parses = _parse_exact(t, hints, False, slips)
            if not parses:
                continue
            settled = _settle(t, parses, hints)
            if settled is None:
                continue
            p, extra = settled
            if fallback is not None and (p.shorts or any("不在标准" in d for d in p.doubts)):
                continue  # once the whole name reads as a body, only a surer reading of a tail replaces it
            ident = _identity(t, p, extra + _former_elsewhere(p, hints))
            if ident.complete or (p.place and p.place not in _LEVEL_WORD and p.body is not None) or extra:
                if not slips and start and _PLAIN.fullmatch(s[start - 1]):
                    # 「雎宁县」: the tail 「宁县」 is a real county, but a misread 「睢宁县」 reads the whole
                    for k in range(max(0, start - 2), start):
                        slip = _parse_exact(s[k:], hints, False, True)
                        if slip and slip[0].last is not None and slip[0].doubts and "形近" in slip[0].doubts[0]:
                            return _identity(s[k:], slip[0], ())
                if _NATIONAL_HEAD.fullmatch(s[:start]):  # 「国家税务总局黑龙江省税务局」: the name as it is
                    ident = replace(ident, name=s)
                return _against_prefix(ident, s[:start])
            if fallback is None and (
                not start
                or p.place not in _LEVEL_WORD
                or not _PLAIN.fullmatch(s[start - 1])
                or s[:start].endswith(_FUNCTION_WORDS)
            ):
                fallback = ident  # (「上海市闸北区…」 holds no self-reference 「区人民政府」; 「按照省科技厅」 does)
    parses = _parse_exact(s, hints, True)  # a place the gazetteer lacks (「测试县人民政府」), read by its form
    if parses and parses[0].place and parses[0].body is not None and parses[0].place not in _LEVEL_WORD:
        return _identity(s, parses[0], ())
    return fallback


_LEVEL_START = frozenset("自省市州区县旗盟镇乡")
# a body's name written with a level word first and its place left out (「县地震局」「区农牧局」「市中医药管理局」, a
# second or former name in brackets after a placed name): that place's body
LEVEL_FIRST = re.compile(r"^(?:自治区|自治州|自治县|省|市|州|区|县|旗|盟|镇|乡)")
AMBIGUOUS = ("有多处", "未写明上级")  # words of the doubts a name's place leaves open (meta.py reads them)


def _former_elsewhere(p: _Parse, hints: frozenset[str]) -> tuple[str, ...]:
    """A county-level name written without its city that is also the former name of a division
    elsewhere (「江北区」: 宁波's today, 重庆's until 2025): a report of the years before may mean the
    other one, so the reading taken is a doubt, unless the text's places name its city."""
    first = p.chain[0] if p.chain else None
    if first is None or first.level != "县" or len(p.chain) > 1 or _hinted(first, hints):
        return ()
    other = [f for f in G.former(first.name) if f.now.code != first.code and not G.within(first, f.now)]
    if not other:
        return ()
    was = "、".join(f"{G.path(f.now)}（{f.year}年{f.kind}前的「{f.name}」）" for f in other)
    return (f"「{first.name}」未写明上级：也可指{was}，取{G.path(first)}",)


def _against_prefix(ident: AgencyIdentity, prefix: str) -> AgencyIdentity:
    """A name read after dropping what stood before it: a place written there that the name's
    region does not lie in (「江苏省海淀区人民政府」) is kept as a doubt, not dropped in silence."""
    if not ident.region_code or not _LEVEL_CHAR.search(prefix):
        return ident  # (most prefixes are debris such as 「按照」: no place, nothing to compare)
    codes = places_named(prefix, all_levels=True)
    d = _division_of(ident) if codes else None
    if d is None:
        return ident
    for code in sorted(codes):
        outer = G.get(code)
        if outer is not None and not G.within(d, outer) and not G.within(outer, d):
            doubt = f"名称前写的「{outer.name}」与「{G.path(d)}」不符"
            return AgencyIdentity(
                ident.name,
                ident.full,
                ident.short,
                ident.body,
                ident.region,
                ident.region_code,
                ident.level,
                ident.doubts + (doubt,),
            )
    return ident


def _place_shaped(s: str) -> bool:
    """Some level character is followed by a body, the end, or more text a place could start: only
    then may a misread place name be looked for."""
    for k, ch in enumerate(s):
        if ch in G.LEVEL_SUFFIX and k >= 2:
            rest = s[k + 1 :]
            if not rest or D.body(rest) is not None or rest.startswith("人民政府") or G.name_lengths(rest[:2]):
                return True
    return False


def identify(name: str, context: str | None = None) -> AgencyIdentity | None:
    """Any name or short form of a body (「上海市科委」「省科技厅」「#沐阳县人民政府」「洪泽」) → its
    identity, or None when the text names no body or place at all. A place the gazetteer lacks
    keeps the name as written, with a doubt. `context` (e.g. the report's text) settles a county
    name that several cities have (「鼓楼区」) and an OCR slip with several candidates, by the places
    it names."""
    if not name:
        return None
    return _identify_printed(name, places_named(context) if context else frozenset())


def as_of(ident: AgencyIdentity, year: int | None) -> AgencyIdentity:
    """The identity with its region as the place was in the report's year (issue 11): a place renamed, merged away
    or passed to another city AFTER that year is written as it then was (a 2023 report of 「重庆市渝北区人民政府」 is of
    重庆市渝北区, not of the 两江新区 it became in 2025; a 2016 report of 公主岭市 is of 四平市). The code stays the
    successor's (the old one is not in the tables), a doubt says so; a report of the change's year or later, or of no
    year, keeps today's place. `full` and `short` stay today's names (a body's reports group under one name)."""
    if year is None or not ident.region or not ident.region_code:
        return ident
    region = ident.region
    printed = simplify_name(ident.name)
    for old, formers in G._former().items():  # noqa: SLF001 (the gazetteer's own table, read as it is)
        if len(old) < 2 or old not in printed or old in region:
            continue
        for f in formers:
            now = G.path(f.now)
            if f.year > year and region.startswith(now):
                then = "".join(a.name for a in G.ancestors(f.now)) + old
                doubt = (
                    f"地区按报告年度（{year}年）写作「{then}」：{f.year}年{f.kind}，今{now}；"
                    f"行政区划代码为今{now}的代码（旧代码未收录）"
                )
                return replace(ident, region=then + region[len(now) :], doubts=(*ident.doubts, doubt))
    county = G.get(ident.region_code)
    for m in G.moved(ident.region_code) if county is not None else ():
        now = G.path(m.now)
        if m.year > year and region.startswith(now) and m.old_parent.name not in region:
            then = G.path(m.old_parent) + m.now.name
            doubt = f"地区按报告年度（{year}年）写作「{then}」：{m.year}年{m.kind}，今{now}"
            return replace(ident, region=then + region[len(now) :], doubts=(*ident.doubts, doubt))
    return ident


def _identify_printed(name: str, hints: frozenset[str]) -> AgencyIdentity | None:
    """A name printed in traditional or variant characters (「桂林市秀峯區衛生健康局」: Hong Kong-style
    typesetting, a 繁體 page, OCR) is matched through the shipped traditional→simplified map; the
    identity's `name` stays as printed, its standard names (`full`, `short`, `region`) are the
    gazetteer's simplified ones, so a body's reports group under one spelling whatever their script."""
    view = simplify_name(name)
    ident = _identify(view, hints)
    if ident is None or view == name:
        return ident
    return replace(ident, name=as_printed(ident.name, view, name))


def places_named(text: str, all_levels: bool = False) -> frozenset[str]:
    """Codes of the divisions `text` names in full (「宿迁市」「福州市」, with `all_levels` also
    「河北省」 and zones such as 平潭综合实验区 under their host's code); used as hints."""
    found = _places_named(text[:6000])
    return found if all_levels else frozenset(c for c in found if c[2:] != "0000")


@functools.lru_cache(maxsize=256)
def _places_named(text: str) -> frozenset[str]:
    """At each level character the longest name ending there (「位于福州市」 → 福州市); names several
    divisions share (鼓楼区) are left out: they are what the hints must settle, not evidence."""
    out = set()
    ending = G.ending_lengths
    by_name = G.by_name
    for m in _LEVEL_CHAR.finditer(text):
        p = m.end()
        for length in ending(text[p - 2 : p]):
            divs = by_name(text[p - length : p]) if length <= p else ()
            if divs:
                if len(divs) == 1 and divs[0].level != "乡":
                    out.add(divs[0].code6)
                break
    return frozenset(out)


_LEVEL_CHAR = re.compile(r"[省市县区旗州盟]")


# --- forms and mentions --------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def name_forms(identity: AgencyIdentity, generic: bool = True) -> frozenset[str]:
    """Every way a person may refer to that body: the full name, the name as written, without the
    province/city prefix, the standard short forms (「省科技厅」「科技厅」「河北科技厅」), the region
    name alone for a 人民政府 / 政府办公室 report, 「科委」 for 科学技术委员会 … Never a parent region
    (「淮安市」 is not a form of 洪泽区人民政府). `generic=False` leaves out forms that name no place
    (「科技厅」「省科技厅」), which match the same body of every province."""
    out = {identity.name, identity.full, identity.short}
    body = D.body(identity.body) or D.Body(identity.body, identity.body, "department")
    bforms = set(D.all_forms(body)) | {identity.body}
    government = body.kind in ("government", "office")
    if body.kind == "office":
        bforms |= {"政府办公室", "政府办公厅", "政府办", "府办", "办公室" if body.full.endswith("室") else "办公厅"}
    d = _division_of(identity)
    places: set[str] = set()
    if d is not None:
        places = {d.name} | ({d.short} if d.short else set())
        p = G.parent(d)
        if p is not None and d.level != "乡":
            places |= {p.name + d.name} | ({p.short + d.name} if p.short else set())
            if p.level == "市" and (pp := G.parent(p)) is not None:
                places |= {pp.name + p.name + d.name}
        elif p is not None:  # a township: with its county
            places |= {p.name + d.name}
    for place in places:
        for f in bforms:
            if len(f) >= 2 and not (f == "办公室" and not government):
                out.add(place + f)
        if government:
            out.add(place)
    if d is not None and d.zone and body.kind == "government":
        out |= {d.name + "管委会", d.name + "管理委员会", d.name + "党工委管委会"}
    if generic and d is not None:
        lv = (
            ("自治区" if d.name.endswith("自治区") else d.name[-1] if d.name.endswith("市") else "省")
            if d.level == "省"
            else d.name[-1]
        )
        for f in bforms:
            if body.kind == "department":
                out.add(f)
            if lv and len(f) >= 2:
                out.add(lv + f)
    return frozenset(x for x in out if len(x) >= 2 and x not in ("人民政府", "政府", "办公室", "办公厅"))


def _division_of(identity: AgencyIdentity) -> G.Division | None:
    if not identity.region_code:
        return None
    region = identity.region or ""
    for d in G.by_name(_last_place(region)):
        if G.path(d) == region:
            return d
    county = G.get(identity.region_code)
    if county is not None and region.startswith(G.path(county)):  # a township
        t = G.town(county, region[len(G.path(county)) :])
        if t is not None:
            return t
    return county


def _last_place(region: str) -> str:
    for k in range(len(region) - 2, -1, -1):
        if G.by_name(region[k:]):
            best = region[k:]
            if not any(G.by_name(region[j:]) for j in range(k - 1, -1, -1)):
                return best
    return region


# Short place forms that are everyday words in a question: a mention only before a body.
_COMMON_WORDS = frozenset(
    "公安 合作 富裕 长寿 光明 和平 平安 新兴 兴业 东方 大方 城关 市中 城中 城东 城西 城南 城北 江南 江北 河东 河西 "
    "新华 长安 青山 永和 太平 共和 向阳 前进 红旗 东风 胜利 团结 友谊 安定 宁安 吉利 大安 永安 新城 新市 通道 平原 "
    "中原 平和 安宁 方正 富民 中方 互助 大通 乐业 大名 东海 南海 五常 清河 文安 白云 和顺 安远 德兴 长宁 新建 "
    "建设 民主 团风 大同 和龙 龙华 普安 安全 永定 新乡 宝山 金平 海城 利民 兴安 西安 海南 临夏 正安 沙县 汉中 "
    "开平 开化 开发 开放 新区 工业 商务 龙门 凤凰 华容 安化 化德 平安 长治 平定 宁国 大足 安庆 吉安 乐平".split()
)


def _region_at(text: str, i: int, prev: G.Division | None) -> tuple[int, G.Division, bool] | None:
    """The longest place written at text[i] that lies in `prev`: (end, division, in full)."""
    for length in G.name_lengths(text[i : i + 2]):
        j = i + length
        if j > len(text):
            continue
        w = text[i:j]
        full = [d for d in G.by_name(w) if prev is None or (d != prev and G.within(d, prev))]
        if not full:
            full = [f.now for f in G.former(w) if prev is None or G.within(f.now, prev)]
        if full:
            return j, min(full, key=lambda d: "省市县乡".index(d.level)), True
        short = [d for d in G.by_short(w) if prev is None or (d != prev and G.within(d, prev))]
        if short:
            return j, min(short, key=lambda d: "省市县乡".index(d.level)), False
    return None


def body_at(text: str, i: int) -> int:
    """End of the longest body form written at text[i] (0 if none)."""
    if text.startswith("人民政府", i):
        j = body_at(text, i + 4)
        if j and (b := D.body(text[i + 4 : j])) is not None and b.kind == "department":
            return j
    for length in D.form_lengths(text[i : i + 2]):
        # (a length past the text's end slices a shorter form: 「…海曙区水利局」 at the end read as 6 of 3 characters)
        if i + length <= len(text) and D.body(text[i : i + length]) is not None:
            return i + length
    m = _SUB_ZONE_AT.match(text, i, i + 20)
    return m.end() if m else 0


_SUB_ZONE_AT = re.compile(_SUB_ZONE.pattern.strip("^$"))


def mentions(text: str) -> list[Mention]:
    """Agency and region mentions in a question, left to right, longest first and never
    overlapping (「淮安市洪泽区」 is one mention of 洪泽区, 「淮安市」 alone one of 淮安市)."""
    q = squash(text) if any(ch.isspace() for ch in text) else text
    out: list[Mention] = []
    i = 0
    while i < len(q) - 1:
        m = _mention_at(q, i)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.end
    if q is not text:  # spans refer to the text as given: map squashed offsets back
        index = [k for k, ch in enumerate(text) if not ch.isspace()]
        out = [
            Mention(
                index[m.start],
                index[m.end - 1] + 1,
                text[index[m.start] : index[m.end - 1] + 1],
                m.kind,
                m.identity,
                m.region_code,
            )
            for m in out
        ]
    return out


def _mention_at(q: str, i: int) -> Mention | None:
    chain: list[G.Division] = []
    j, any_full = i, False
    while (r := _region_at(q, j, chain[-1] if chain else None)) is not None:
        end, d, full = r
        if not full and not chain and q[j:end] in _COMMON_WORDS and not body_at(q, end):
            break
        chain.append(d)
        any_full |= full
        j = end
    if not chain:  # 「沐阳县」: a place misread by one confusable character
        for length in range(min(7, len(q) - i), 2, -1):
            w = q[i : i + length]
            if w[-1] in G.LEVEL_SUFFIX and not G.by_name(w):
                slips = [d for d, pair in G.misread(w) if G.confusable(pair)]
                if len(slips) == 1:
                    chain, j = [slips[0]], i + length
                    break
    if chain:
        k = body_at(q, j)
        if k:
            ident = identify(q[i:k])
            return Mention(i, k, q[i:k], "body", ident, ident.region_code if ident else chain[-1].code6)
        ident = identify(q[i:j])  # (a name several places share, 「朝阳区」, has no region code)
        return Mention(i, j, q[i:j], "region", ident, ident.region_code if ident else None)
    lv = _LEVEL_PREFIX.match(q[i : i + 3])
    if lv and i and _PLAIN.fullmatch(q[i - 1]) and q[i - 1] not in "年的和与及同跟比在向是":
        return None  # 「开发区管委会」 holds no 「区管委会」
    start = i + (lv.end() if lv else 0)
    k = body_at(q, start)
    if k and (lv or (D.body(q[start:k]) or D.COMMITTEE).kind == "department"):
        ident = identify(q[i:k])
        if ident is not None:
            return Mention(i, k, q[i:k], "body", ident, ident.region_code)
    return None


# --- keys and the older helpers --------------------------------------------------------------------

_LEVEL = r"(?:省|自治区|市|自治州|州|地区|盟|区|县|自治县|旗|镇|乡|街道)"
_SUFFIXES = ("人民政府办公厅", "人民政府办公室", "人民政府", "政府办公室", "政府办公厅", "管委会", "管理委员会")


@functools.lru_cache(maxsize=4096)
@functools.lru_cache(maxsize=4096)
def _homonym(d: G.Division) -> bool:
    """Does another division of the same level bear this one's name (江北区, 鼓楼区, 长安区)?"""
    return sum(1 for x in G.by_name(d.name) if x.level == d.level and not x.zone) > 1


KEY_FORMAT = 4  # bump when agency_key changes: a store re-keys its reports (rag.store)


_NOT_LEVEL = r"城市|城区|市区|城乡|市场|市政|都市|县域|区域|社区|乡村|乡镇"


def agency_key(name: str | None) -> str:
    """The name reports of one body share across years: 「淮安市洪泽区人民政府」 and 「洪泽区人民政府」
    are both 「洪泽区人民政府」, 「上海市科委」 and 「上海市科学技术委员会」 both the latter. A resolved
    name keys on its lowest place and its standard body; a region alone on the region's name; an
    unresolved one drops the higher levels in front of the lowest and folds a few variants."""
    if not name:
        return ""
    name = simplify_name(name)  # one key whatever the script it was printed in (「秀峯區」 = 「秀峰区」)
    ident = _identify(name, frozenset())
    if ident is not None and ident.region_code and not any("不在" in d for d in ident.doubts):
        d = _division_of(ident)
        p = _parse_exact(clean(name))
        if d is not None:
            # two districts of one name (鼓楼区 of 南京 and of 福州) are two bodies: their keys carry the city
            place = _region_part(d) if d.level == "县" and _homonym(d) else d.name
            return place if p and p[0].body is None else place + ident.body
    s = squash(name)
    s = re.sub(r"^(?:中华人民共和国)", "", s)
    # drop leading higher levels while another level name follows: 江苏省淮安市洪泽区人民政府 → 洪泽区人民政府
    # (「咸宁市咸安区城市管理执法局」: 城市 is a word of the body, no level — the key keeps 咸安区)
    while True:
        m = re.match(
            rf"^[^省市区县州盟旗镇乡]{{1,8}}?{_LEVEL}(?=(?!{_NOT_LEVEL})[^省市区县州盟旗镇乡]{{1,8}}?{_LEVEL})", s
        )
        if not m or len(s) - m.end() < 3:
            break
        s = s[m.end() :]
    return s.replace("其它", "其他")


_PLACE = re.compile(
    r"(?<![全本我各该此城社辖片园市省区县])([\u4e00-\u9fff]{2,3}(?:省|市|县|区))(?:人民政府|政府|委|教育|财政|公安|[^\u4e00-\u9fff])"
)
_PLACE_LEVEL = re.compile(r"[省市县区]")  # two or three characters into every _PLACE match
_GENERIC = {
    "城市",
    "城区",
    "市区",
    "社区",
    "辖区",
    "片区",
    "园区",
    "新区",
    "省市",
    "地区",
    "县区",
    "市县",
    "景区",
    "校区",
    "小区",
}


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
    """Short forms users write for an agency: its key, the place name with and without its level.
    (The store's alias table; new code should use `name_forms(identify(name))`, which never names
    a parent region.)"""
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
