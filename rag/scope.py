"""Which reports a question is about. The catalogue is every stored report's id, agency, year and
the forms its agency's name takes (full name, short name, place, bare place); it is read once per
store change and kept by the `Asker`. Agencies in a question are found by looking up its substrings
in that index of forms — exact over partial: 「淮安市」 names 淮安市人民政府, never 洪泽区 (the
forms of a body never include its parent region), and the full name of one body beats a short form
of another. Two bodies left for one mention → 「找到多个机关：…」, never a silent pick.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from extractor import departments as D, gazetteer as G
from extractor.agency import LEVEL_FIRST, agency_key, identify, name_forms as name_forms_of
from extractor.levels import KIND_WORDS, LOOSE_WORDS, SPOKEN_BARE, disputed_note
from extractor.normalize import fold, squash

from . import place_kinds, sectors
from .lazyre import lazy
from .placeset import place_sets
from .question import Scope

_LEVEL = r"(?:省|自治区|市|自治州|州|地区|盟|区|县|自治县|旗|镇|乡|街道)"
_GOV_OFFICE = ("人民政府办公厅", "人民政府办公室", "政府办公厅", "政府办公室")
_SUFFIXES = (*_GOV_OFFICE, "人民政府", "管委会", "管理委员会", "管理局", "街道办事处", "办事处")
# (a place's name holds no connective: 「…代表建议和省政协委员」 names no 「建议和省」)
_PLACE_IN_Q = lazy(
    # (「市长信箱」「市民」「区域」 are words, not a place; 「办结率」「办理」 are not a 办)
    r"((?:(?![的在所和与及跟同是了])[\u4e00-\u9fff]){2,6}?(?:省|市|区|县|旗|镇|乡)(?![长民场域]))"
    r"(?:人民政府|政府|[\u4e00-\u9fff]{0,6}?(?:局|厅|委(?!员)|办(?![结理事件])))?"
)
# a region's own government written out (「淮安市本级」「淮安市政府」, not 「市政府办」): its reports, not its bodies'
_REGION_GOV = lazy(
    r"((?:(?![的在所和与及跟同是了])[\u4e00-\u9fff]){2,4}?[省市县区])(?:本级|人民政府|政府)(?!办|的办|工作|信息|网站|门户)"
)
# the state, or the whole country: never one of the stored local bodies
_NATIONAL = lazy(
    r"国务院|全国(?!人大|政协)|党中央|中共中央|国家[\u4e00-\u9fff]{1,8}?(?:局|部|委员会|委|署)|"
    # 「教育部2021年收到多少申请」: a ministry is a national body (none is in a store of local reports), never
    # a question over every report of the year; 「教育部门」「部分」 are no ministry
    r"(?<![省市县区州旗盟镇乡])(?:外交|国防|教育|科学技术|科技|工业和信息化|工信|公安|民政|司法|财政|人力资源和社会保障|"
    r"人社|自然资源|生态环境|住房和城乡建设|住建|交通运输|水利|农业农村|商务|文化和旅游|文旅|退役军人事务|应急管理)部"
    r"(?![门分署])|审计署"
)
_NOT_PLACE = lazy(r"^(?:全|本|我|各|该|此|城|社|辖|片|园|市|省|县|区|地)")
MAX_FORM = 24
# a table's row / column words that begin like a body's short form (「属于国家秘密」「危及国家安全」: 国家 is a form of
# 国家统计局): never a body of the question (zzfix; zz0194 answered 国家统计局's 0件 for 「不予公开里属于国家秘密的」)
_LABEL_WORDS = lazy(r"国家(?:秘密|机密|安全|机关|利益)|(?:公共|经济)安全|社会稳定|三安全一稳定|商业秘密|个人隐私")
_CJK = lazy(r"[\u4e00-\u9fff]")


def name_forms(name: str) -> dict[str, int]:
    """Forms a user may write for an agency, each with a rank (0 = the name itself, 1 = a form that
    names its place, 2 = a short form naming no place, 「科技厅」). The agency module's gazetteer
    and department table give the forms (「上海科委」「河北人社厅」「洪泽」); the name's own place
    forms are added (「平潭君山片区」). A parent region is never a form (「淮安市」 is not 洪泽区)."""
    forms: dict[str, int] = {}

    def add(form: str, rank: int) -> None:
        if len(form) >= 2 and rank < forms.get(form, 9):
            forms[form] = rank

    from extractor.traditional import has_traditional, simplify

    if has_traditional(name):  # 「蕪湖市鏡湖區人民政府」 as printed: asked (and resolved) in simplified characters
        for f, r in name_forms(simplify(name)).items():
            add(f, r)
    # (a 繁體 name's own identity misreads its place — 「秀峯區」 is no division, so 「桂林市」's bureau of a 市级
    # level: the simplified name's identity, added above, is the one whose forms and kind count)
    ident = None if has_traditional(name) else identify(name)
    if ident is not None:
        placed = name_forms_of(ident, generic=False)
        for f in name_forms_of(ident, generic=True):
            add(f, 1 if f in placed else 2)
        for f in (ident.name, ident.full, ident.short):
            add(squash(f), 0)
    for f, r in _own_forms(name).items():
        add(f, r)
    # 「江宁水务」「河北人社」「老竹镇」: the forms people say (a placed department without its 局/厅/委)
    for f, r in list(forms.items()):
        for g in _spoken_forms(f, r):
            add(g, max(r, 1))
    # 「上海市浦东新区规划和国土资源局」 of 上海市浦东新区规划和自然资源局: the name before the reform of 2018, still
    # said (below the name itself: a body stored under the old name is that one)
    for f, r in list(forms.items()):
        for new, old in _RENAMED if r <= 1 else ():
            if new in f:
                add(f.replace(new, old), max(r, 1))
    # 「丛台区规划和自然资源局」 of 邯郸市丛台区自然资源和规划局: a department of two lines said in the other order (the
    # same place's body of that order, where stored, is its own name: rank 0 there)
    body = ident.body if ident is not None and ident.body else ""
    two = re.fullmatch(r"([\u4e00-\u9fff]{2,6})和([\u4e00-\u9fff]{2,6}?)(局|委员会|厅)", body)
    if two and D.body(body) is not None:
        swapped = two.group(2) + "和" + two.group(1) + two.group(3)
        for f, r in list(forms.items()):
            if r <= 1 and f.endswith(body) and len(f) > len(body) + 1:
                add(f[: -len(body)] + swapped, 1)
    # 「芦淞城管局」「丛台自然资源局」: a placed department said by its line of work's short name
    suffix = next((x for x in _BODY_SUFFIXES if body.endswith(x)), None)
    if suffix:
        lines = _line_stems(ident)
        for f, r in list(forms.items()):
            if r <= 1 and f.endswith(body) and len(f) > len(body) + 1:
                place = f[: -len(body)]
                # 「江北卫健委」 of 重庆市江北区卫生健康委员会 (printed under a name the gazetteer has renamed): the
                # district as printed, without its city, is a place of the body too
                own = _CITY_THEN_DISTRICT.match(place)
                places = {place, *((own.group(1), own.group(1)[:-1]) if own else ())}
                for p in places:
                    for stem in lines:
                        for sfx in {suffix, D._short_suffix(suffix)}:
                            add(p + stem + sfx, 1)
    # 「合肥经开区」「嘉善经济开发区」「合肥高新区」: a development zone by its everyday short form
    for f, r in list(forms.items()):
        for long, shorts in _ZONE_SHORT:
            if long in f:
                for short in shorts:
                    add(f.replace(long, short), r)
    for f in (*kind_forms(ident), *department_kind_forms(ident)):
        add(f, KIND_RANK)
    # a form names a body in Chinese: at least two CJK characters (never 「19」 out of a bad name)
    out = {f: r for f, r in forms.items() if len(f) <= MAX_FORM and len(_CJK.findall(f)) >= 2}
    return {**out, **region_forms(name)}


def key_forms(names: set[str]) -> dict[str, int]:
    """The forms of one stored key: of every name its reports print, each form at its best rank."""
    out: dict[str, int] = {}
    for name in sorted(names):
        for f, r in name_forms(name).items():
            out[f] = min(out.get(f, 9), r)
    return out


def second_names(agency: str | None, text: str) -> set[str]:
    """The other names a report gives its own body: a second name hung in brackets after the name (挂牌:
    「天水市卫生健康委员会（天水市中医药管理局）」「榆中县应急管理局（县地震局）」) and a former name in brackets after
    the body (「区农业农村局（原区农牧局）」: 张掖市甘州区农牧局) — written in the place of the body when written
    with a level word only. Only the report's own words; a bracket that names no body is none — here a name ending
    as `_BODY_END` reads it (局, 厅, 委: the module's one pattern; a second name ending 委员会/办公室/中心 is not taken)."""
    ident = identify(agency) if agency else None
    if agency is None or ident is None or not ident.body or not agency.endswith(ident.body):
        return set()
    place = agency[: -len(ident.body)]
    out: set[str] = set()
    head = text[:8000]
    for pattern in (
        re.escape(agency) + r"\s*[（(]([^（()）\n]{2,30})[)）]",
        re.escape(ident.body) + r"[（(]原([^（()）\n]{2,20})[)）]",
    ):
        for m in re.finditer(pattern, head):
            other = squash(m.group(1))
            if not _BODY_END.search(other) or other == agency:
                continue
            if LEVEL_FIRST.match(other):  # 「县地震局」「区农牧局」: the body's own place
                other = place + LEVEL_FIRST.sub("", other) if place else ""
            elif not (o := identify(other)) or not o.region:
                other = place + other if place and D.body(other) else ""
            o = identify(other) if other else None
            if o is not None and o.body and o.body != ident.body:
                out.add(other)
    return out


def alias_forms(names: set[str]) -> dict[str, int]:
    """The forms of a body's second or former names (`second_names`): placed forms only, below its own name."""
    out: dict[str, int] = {}
    for f, r in key_forms(names).items():
        if r <= 1:
            out[f] = 1
    return out


REGION_FORM = "§"  # + a division code: a form no question holds, keyed by every division a body sits in


def _in_codes(name: str, codes: set[str]) -> bool:
    """Does the body `name` lie in one of the divisions `codes`?"""
    forms = region_forms(name)
    return any(REGION_FORM + c in forms for c in codes)


def region_forms(name: str) -> dict[str, int]:
    """The divisions a body sits in (its own and every one above it), as forms of the kind rank: the
    bodies of a place asked as a set (「成都市武侯区这些单位」「武侯区的几个部门」) are found by the place's
    code in the one forms table, whether or not the place's government has a report."""
    from extractor.traditional import has_traditional, simplify

    ident = identify(simplify(name) if has_traditional(name) else name)
    if ident is None or not ident.region_code:
        return {}
    own = G.get(ident.region_code)
    codes = [ident.region_code, *(d.code for d in (G.ancestors(own) if own else []))]
    return {REGION_FORM + c: KIND_RANK for c in codes}


# a set's word that names a level (「甘肃省的区县政府」「县级部门」「湖南省的市直单位」), not a line of work
_LEVEL_SET = re.compile(r"政府|部门|单位|机关|区县|县区|乡镇|街道")
KIND_RANK = 3  # a form that names a kind of body (「省级部门」): every body of that kind
# the level of a body as users write it (the one vocabulary the overview's filter reads too: extractor/levels.py)
_KIND_WORDS = KIND_WORDS
# any level's words: a kind the store holds no body of (「库里所有省级政府」) is refused, never the whole store
# (a word opening with 区 never takes the 区 that ends a place: 「广西壮族自治区县级部门」 is 县级部门, not 区县级部门 after
# 「广西壮族自治」)
_ANY_KIND = lazy(
    r"(?:(?!区)|(?<!自治)(?<!新))(?:"
    + "|".join(re.escape(w) for ws in _KIND_WORDS.values() for w in sorted(ws, key=len, reverse=True))
    + ")"
)
_BODY_END = lazy(r"(?:局|厅|委)$")
_MINORITY_TOWN = lazy(
    r"(?<=[\u4e00-\u9fff]{2})(?:畲|回|满|苗|瑶|壮|藏|彝|侗|白|黎|傣|水|羌|土家|蒙古|布依|哈尼|傈僳|纳西|仡佬|朝鲜|锡伯"
    r"|毛南|仫佬|达斡尔|鄂温克|鄂伦春|维吾尔|哈萨克)族(?=(?:自治)?[镇乡])"
)


def kind_forms(ident) -> tuple[str, ...]:
    """The words for the kind of body an agency is (「省级部门」「区县政府」), from the level the
    extractor's normalisation gives it: a question naming a kind asks about every body of that kind."""
    return _KIND_WORDS.get(ident.level or "", ()) if ident is not None else ()


_KIND_NOUNS = ("部门", "系统")
_CITY_THEN_DISTRICT = lazy(r"^[\u4e00-\u9fff]{2,3}?[省市]([\u4e00-\u9fff]{2,3}[区县])$")
_BODY_SUFFIXES = ("委员会", "局", "厅", "委")


def department_kind_forms(ident) -> tuple[str, ...]:
    """「人社部门」「卫健系统」「城管部门」: the words for every body of one line of work, from the department
    table's stems and short stems (a stem that extends another body's short stem — 城管执法 — is also of
    that one's line: a 城市管理和综合执法局 is among the 城管部门). Asked of a set, a filter (`_kinds`)."""
    return tuple(s + noun for s in sorted(_line_stems(ident)) for noun in _KIND_NOUNS)


# lines of work renamed by the reform of 2018 whose old name users still say (「环保局」 for 生态环境局): the
# new stem, the old one. (农业局 stays a body of its own: its line was merged, not renamed.)
# (「滁州市工商行政管理局」「工商局」: the 市场监督管理局 the 工商 bureau became, its main forebear — 质监 and 食药监
# merged into it too, but nobody means the 市场监管局 by them)
_RENAMED = (
    ("生态环境", "环境保护"),
    ("卫生健康", "卫生和计划生育"),
    ("自然资源", "国土资源"),
    ("市场监督管理", "工商行政管理"),
)


def _line_stems(ident) -> set[str]:
    """The stems naming a department's line of work: its own (「人力资源和社会保障」「人社」) and those of
    the department its name extends (城市管理和综合执法 → 城市管理, 城管). Empty for a government."""
    if ident is None or not ident.body or not (ident.level or "").endswith("部门"):
        return set()
    body = D.body(ident.body) or D.Body(ident.body, ident.body, "department")  # (「城市管理执法局」: not in the table)
    if body.kind != "department":
        return set()
    stems = _stems(body)
    for stem in list(stems):  # 城市管理和综合执法 → 城市管理 → 城管
        for n in range(2, len(stem)):
            b = D.body(stem[:n] + "局")
            if b is not None and b.kind == "department":
                stems |= _stems(b)
    for new, old in _RENAMED:  # 「环保局」 of a 生态环境局 (「国土局」 of a 自然资源和规划局): the name before 2018
        if new in stems and (b := D.body(old + "局")) is not None:
            stems |= _stems(b)
    return stems


def _stems(body) -> set[str]:
    """A department's name and short forms without their 局/厅/委 (「人力资源和社会保障」「人社」)."""
    return {
        f[: -len(sfx)]
        for f in {*D.all_forms(body), body.full, body.short}
        for sfx in _BODY_SUFFIXES
        if f.endswith(sfx) and len(f) - len(sfx) >= 2
    }


def _spoken_forms(form: str, rank: int) -> tuple[str, ...]:
    """Forms people say for a written one: a placed department without its 局/厅/委 (「江宁水务」
    「莲池卫健」 — only with its place: a bare 「司法」 is a word, not a body), and a town without the
    ethnic name of its official one (「老竹镇」 for 老竹畲族镇)."""
    out = []
    if rank <= 1 and _BODY_END.search(form) and len(form) >= 5:
        out.append(form[:-1])
    town = _MINORITY_TOWN.sub("", form)
    if town != form:
        out.append(town)
    if form.endswith("街道办事处") and len(form) >= 7:  # 「玉林街道办」「武侯区玉林街道」: the 办事处 said short or not
        out += [form[:-3] + "办", form[:-3]]
    return tuple(out)


# a development zone's full kind and the short forms people write for it (「合肥经开区」 is 合肥经济技术开发区)
_ZONE_SHORT = (
    ("经济技术开发区", ("经开区", "经济开发区", "经济技术区", "开发区")),
    ("高新技术产业开发区", ("高新区", "高新技术开发区", "高新技术产业区", "高新开发区")),
)


def _region_above(two: str, key: str) -> bool:
    """「合肥」 of 合肥高新技术产业开发区管委会, 「河北」 of 河北雄安新区…: the short of a province or city the body sits
    in (a zone's committee or bureau, no division of its own) — the region's name, never the body's form (「河北省
    2020年平均每个单位…」 is the province's set, not 雄安新区's bureau)."""
    ident = identify(key)
    region = (ident.region if ident is not None else None) or ""
    return any(d.level in ("省", "市") and d.name in region for d in G.by_short(two))


def _own_forms(name: str) -> dict[str, int]:
    """Forms read off the name itself: the key, the place before the body suffix, the bare place."""
    full = squash(name)
    key = agency_key(name)
    forms: dict[str, int] = {}

    def add(form: str, rank: int) -> None:
        if len(form) >= 2 and rank < forms.get(form, 9):
            forms[form] = rank

    add(full, 0)
    add(key, 0)
    for base in (full, key):
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) > len(suffix) + 1:
                place = base[: -len(suffix)]
                add(place, 1)
                if suffix in _GOV_OFFICE:  # the office's report is its government's report
                    add(place + "人民政府", 0)
                    add(place + "政府", 1)
                    for other in _GOV_OFFICE:  # 「安康市人民政府办公厅」 written for its 办公室: one general office
                        add(place + other, 1)
                add(place + "政府", 1)
                bare = re.sub(rf"{_LEVEL}$", "", place)
                add(bare, 2)
                break
    m = re.match(rf"^(.{{2,8}}?)({_LEVEL})(.{{2,12}})$", key)
    if m and not any(key.endswith(s) for s in _SUFFIXES):
        dept = m.group(3)
        add(m.group(2) + dept, 2)
        add(dept, 2)
        add(re.sub(rf"{_LEVEL}$", "", m.group(1)) + dept, 1)
    if re.match(r"^[\u4e00-\u9fff]{2}", key) and not m and not _region_above(key[:2], key):
        add(key[:2], 2)  # 「平潭」「洪泽」
    zones = _ZONE.findall(full)
    if len(zones) >= 2 or zones and not full.startswith(zones[-1]):  # 「平潭综合实验区君山片区管理局」
        add(zones[-1], 1)  # 「君山片区」
        add(full[:2] + zones[-1], 1)  # 「平潭君山片区」
    return forms


_ZONE = lazy(r"[\u4e00-\u9fff]{2,6}?(?:片区|园区|开发区|新区|高新区|经开区|试验区|实验区|保税区|管理区|工业区)")


def _place_units(agency: str, key: str) -> dict[str, str]:
    """The places a body's full name writes before its key, by level (「攀枝花市仁和区大田镇人民政府」 → 市: 攀枝花,
    区: 仁和), bare."""
    head = squash(agency)
    head = head[: head.find(key)] if key and key in head else ""
    out: dict[str, str] = {}
    for name, level in re.findall(r"([^省市区县州盟旗]+?)(自治州|自治县|自治旗|省|市|区|县|州|盟|旗)", head):
        if len(name) == 1:  # a county of one character (「成县」「徽县」): kept whole, never the bare 「成」
            if not G.by_name(name + level):
                continue
            name += level
        out.setdefault(level, name)
    return out


@dataclass
class Entry:
    id: str
    agency: str | None
    agency_key: str
    year: int | None
    template: str | None
    source: str | None
    ingested_at: str | None = None
    n_errors: int = 0


@dataclass
class Resolved:
    """The reports a question is about, and how to say so (「范围：淮安市人民政府 2024年」)."""

    ids: list[str]
    scope: Scope
    agencies: list[str] = field(default_factory=list)  # canonical names resolved
    ambiguous: list[str] = field(default_factory=list)  # several bodies for one mention
    unknown: str | None = None  # a body named that the store holds no report of
    missing: list[str] = field(default_factory=list)  # agencies named beside others with no report of the years asked
    corpus: bool = False  # no agency named: every report (of the years asked)
    n_agencies: int | None = None  # for a corpus scope, counted by the store (not report by report)
    years: list[int] = field(default_factory=list)  # the years the scope's reports cover (corpus scope)
    # a corpus scope is a filter on the store, not a list: the years it keeps (None: all), the older
    # versions it leaves out, its size; its ids are read only if a handler asks for them
    sql_years: list[int] | None = None
    excluded: frozenset[str] = frozenset()
    size: int | None = None
    loader: Callable[[], list[str]] | None = None
    kind: str | None = None  # a kind of body as the filter (「统计局」「省级部门」): said in the statement
    set_word: str | None = None  # a place's kind of body as written (「各县(市、区)政府」): a set, not a breakdown

    @property
    def n(self) -> int:
        return self.size if self.size is not None else len(self.ids)

    def report_ids(self) -> list[str]:
        if self.loader is not None:
            self.ids, self.loader = self.loader(), None
        return self.ids

    def keeps(self, rid: str) -> bool:
        """Is a report the store returned for this scope's filter inside the scope? (Every report
        of a corpus scope's years but the older versions; for a list scope, its members.)"""
        if self.corpus and self.size is not None:
            return rid not in self.excluded
        members = getattr(self, "_members", None)
        if members is None:
            members = set(self.ids)
            object.__setattr__(self, "_members", members)
        return rid in members

    def statement(self, entry) -> str:
        """`entry`: report id → Entry (read only for a scope that names its agencies)."""
        es: list[Entry] = []
        if self.corpus and self.n_agencies is not None:
            years, who = self.years, f"全部{self.n_agencies}个机关"
        else:
            es = [entry(i) for i in self.report_ids()]
            years = sorted({e.year for e in es if e.year})
            if self.corpus:
                who = f"全部{len({e.agency_key or e.id for e in es})}个机关"
            elif self.kind:
                who = self.kind
                if len(es) == 1:  # (「广东省的县级政府 2023年」 holding one report: whose it is, said)
                    who += f"（{es[0].agency or es[0].id}）"
            else:
                who = "、".join(self.agencies) or "、".join(sorted({e.agency or e.id for e in es}))
        when = ""
        if years:
            when = f" {years[0]}年" if len(years) == 1 else f" {years[0]}—{years[-1]}年"
        said = f"范围：{who}{when}（{self.n}份报告）" if self.n > 1 else f"范围：{who}{when}"
        if self.kind and not self.corpus and _LEVEL_SET.search(self.kind):
            # a set of a level: its members of a disputed level said, and how they were counted (docs/levels.md)
            note = disputed_note([e.agency for e in es if e.agency])
            said += f"（{note}）" if note else ""
        return said


class Catalogue:
    """The reports questions are resolved against, and the index of agency name forms. This one
    holds them in memory (built from report rows); `StoreCatalogue` reads the same from the store
    on demand. The resolution logic is the same for both."""

    def __init__(self, rows: list[dict]):
        # one current report per agency and year: the store marks the versions an edited re-upload
        # replaced (superseded_by); they are not resolved against
        rows = [r for r in rows if not r.get("superseded_by")]
        self.entries: dict[str, Entry] = {r["id"]: _entry(r) for r in rows}
        self._by_agency: dict[str, list[str]] = {}
        self.names: dict[str, str] = {}
        every: dict[str, set[str]] = {}  # key → every name its reports print (「成县城关镇…」「隆德县城关镇…」)
        printed: dict[str, set[str]] = {}  # (the same, of reports that print a name)
        for e in self.entries.values():
            if e.agency_key:
                self._by_agency.setdefault(e.agency_key, []).append(e.id)
                self.names.setdefault(e.agency_key, e.agency or e.agency_key)
                every.setdefault(e.agency_key, set()).add(e.agency or e.agency_key)
                if e.agency:
                    printed.setdefault(e.agency_key, set()).add(e.agency)
        self._shared_by_key = {k: v for k, v in printed.items() if len(v) > 1}
        self._forms: dict[str, dict[str, int]] = {}  # form (folded, as squash makes it) → {agency_key: rank}
        for key, names in every.items():
            for form, rank in key_forms(names).items():
                slot = self._forms.setdefault(form, {})
                slot[key] = min(slot.get(key, 9), rank)

    # ------------------------------------------------------------------ primitives (overridden by StoreCatalogue)
    def forms_of(self, candidates: set[str]) -> dict[str, dict[str, int]]:
        return {f: self._forms[f] for f in candidates if f in self._forms}

    def shared_names(self) -> dict[str, set[str]]:
        """The keys two or more stored names share (「东方市大田镇人民政府」「攀枝花市仁和区大田镇人民政府」 are both
        大田镇人民政府): key → the names (made once with the catalogue; asked for by every set and place read)."""
        return self._shared_by_key

    def _in_places(self, keys: set[str], codes: set[str]) -> set[str]:
        """keys (of the places `codes`, by the forms) with every key one of whose names lies in them (zgfixc)."""
        return keys | {k for k, names in self.shared_names().items() if any(_in_codes(n, codes) for n in names)}

    def reports(self, keys: list[str] | None, years: list[int] | None) -> list[Entry]:
        ids = [i for k in keys for i in self._by_agency.get(k, [])] if keys is not None else list(self.entries)
        out = [self.entries[i] for i in ids]
        return [e for e in out if e.year in years] if years else out

    def entry(self, rid: str) -> Entry | None:
        return self.entries.get(rid)

    def name(self, key: str) -> str:
        return self.names.get(key, key)

    def names_holding(self, part: str) -> dict[str, str]:
        """The stored agencies whose name holds `part`: key → name."""
        return {k: n for k, n in self.names.items() if part in n}

    # ------------------------------------------------------------------ agencies
    def mentions(self, text: str) -> list[tuple[int, int, dict[str, int]]]:
        """Maximal non-overlapping spans of the text that are a form of some stored agency."""
        q = fold(text)
        spans = {(i, j) for i in range(len(q)) for j in range(i + 2, min(len(q), i + MAX_FORM) + 1)}
        known = self.forms_of({q[i:j] for i, j in spans})
        found: list[tuple[int, int, dict[str, int]]] = []
        for i in range(len(q)):
            for j in range(min(len(q), i + MAX_FORM), i + 1, -1):
                hit = known.get(q[i:j])
                if hit:
                    found.append((i, j, hit))
                    break
        labels = [m.span() for m in _LABEL_WORDS.finditer(q)]
        found = [h for h in found if not any(a <= h[0] and h[1] <= b for a, b in labels)]
        found.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        kept: list[tuple[int, int, dict[str, int]]] = []
        for h in found:
            if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
                kept.append(h)
        kept.sort(key=lambda h: h[0])
        # 「平潭君山片区」「淮安市洪泽区」: a place written right before a body is that body's address
        # (「洪泽平潭」 are two bodies: the first is an address only when it is part of the second's name)
        return [
            h
            for i, h in enumerate(kept)
            if not (i + 1 < len(kept) and kept[i + 1][0] == h[1] and self._address_of(h, kept[i + 1]))
        ]

    def _address_of(self, first: tuple[int, int, dict[str, int]], second: tuple[int, int, dict[str, int]]) -> bool:
        """Is the first mention a place in the name of the second's agency (「平潭综合实验区」 before 「君山片区」)?"""
        names = [self._folded(k) + k for k in second[2]]
        own = [self._folded(k) + k for k in first[2]]
        return any(a in n for a in own for n in names) or any(
            re.sub(r"(?:人民政府|政府|管委会|管理委员会)$", "", self._folded(k)) in n for k in first[2] for n in names
        )

    def agencies_named(self, text: str, years: list[int]) -> tuple[list[list[str]], list[str]]:
        """For each agency mention: the agency keys it resolves to (best rank, then those with a
        report in the years asked); and the mentions as written."""
        out: list[list[str]] = []
        written: list[str] = []
        q = fold(text)
        spans = self.mentions(text)
        for i, j, hit in spans:
            best = min(hit.values())
            keys = [k for k, r in hit.items() if r == best]
            if len(keys) > 1 and best >= 2:  # 「宁波鄞州区的市场监管局、统计局」: the bodies of the place written
                keys = _of_place_written(keys, q[:i] + "|" + q[j:]) or keys
            if len(keys) > 1 and years:
                with_year = sorted({e.agency_key for e in self.reports(keys, years)})
                keys = with_year or keys
            if sorted(keys) not in out:
                out.append(sorted(keys))
                written.append(q[i:j])
        for keys, w in self._listed_after(q, spans):
            if keys not in out:
                out.append(keys)
                written.append(w)
        return out, written

    def _listed_after(self, q: str, spans: list[tuple[int, int, dict[str, int]]]) -> list[tuple[list[str], str]]:
        """「鄞州市监+统计+司法」: a bare department listed after a body is that body's place's department
        (never left out, which would answer for the one body resolved as if for the list)."""
        out = []
        for m in _LISTED.finditer(q):
            a, b = m.span(1)
            before = [h for h in spans if h[1] <= a]
            if any(i < b and a < j for i, j, _ in spans) or not before:
                continue
            prev = before[-1][2]
            first = [k for k, r in prev.items() if r == min(prev.values())]
            if len(first) != 1:
                continue
            run = m.group(1)
            tries = {p + run[:n]: n for p in _places_of(first[0]) for n in range(2, len(run) + 1)}
            known = self.forms_of(set(tries))
            if known:
                form = max(known, key=lambda f: tries[f])
                keys = sorted(k for k, r in known[form].items() if r == min(known[form].values()))
                if len(keys) == 1:
                    out.append((keys, run[: tries[form]]))
        return out

    def resolve(self, text: str, scope: Scope, agency: str | None = None) -> Resolved:
        if (kinded := self._place_kind_set(text, scope, agency)) is not None:
            return kinded
        return self._by_sector(self._resolve_unkinded(text, scope, agency))

    def _by_sector(self, resolved: Resolved) -> Resolved:
        """A sector's set (「江西省的民政部门」「司法局」 as a set) keeps the members `sectors.sector_of` places in it —
        the bank README's rule (the name ends with the sector's department name right after its place), not every
        department whose stems match (「林业水利局」 is no 水利部门) (ztleft)."""
        key = sectors.sector_named(resolved.kind)
        if key is None or resolved.corpus or resolved.loader is not None or not resolved.ids:
            return resolved
        keep = [i for i in resolved.ids if sectors.sector_of((e.agency or "") if (e := self.entry(i)) else "") == key]
        if keep != resolved.ids:
            resolved.ids = keep
            resolved.unknown = None if keep else resolved.unknown or resolved.kind
        return resolved

    def _resolve_unkinded(self, text: str, scope: Scope, agency: str | None = None) -> Resolved:
        """`resolve` once the kind of place is known to be none (`_place_kind_set` is run once per question)."""
        text = genre_named(town_of_government(text))
        if scope.report_id:
            e = self.entry(scope.report_id)
            if e is not None and e.agency_key:
                # 「洪泽区收到多少申请」「陕西省政府…」 asked while reading 安康's report: another body's figure
                # is not this report's — refused, never answered with the report read
                unknown = self._unknown_beside(text, scope, self._folded(e.agency_key))
                if unknown and not _chosen_named(unknown, e.agency_key, self, text):
                    return Resolved([], scope, unknown=unknown)
                groups, written = self.agencies_named(text, [])
                own = fold(e.agency or "")
                exact = self.forms_of(set(written))
                other = [
                    w
                    for g, w in zip(groups, written, strict=True)
                    if e.agency_key not in g
                    and (
                        re.sub(r"[省市区县]$", "", w) not in own  # (「上海科技」 in 上海市科委's)
                        # 「平潭综合实验区」 on 君山片区管理局's report: held in its name, but another stored body's own
                        or any(exact.get(w, {}).get(k) == 0 for k in g)
                    )
                    # 「全区政府信息公开单位」: 全区/本市 is the region of the report read, not a 区政府 named
                    and not (w[0] in "省市区县" and re.search(rf"[全本我各该]{re.escape(w)}", fold(text)))
                    and not kind_of_place_said(text, w)  # (「在库里同一年的乡政府里」: a set, no body — ztfixc)
                ]
                # (「平潭和洪泽区…」 on 平潭's report: one named body another — never answered with the report alone)
                if other and not all(_chosen_named(w, e.agency_key, self, text) for w in other):
                    return Resolved([], scope, unknown=other[0])
            return Resolved([e.id] if e else [], scope, agencies=[e.agency or e.id] if e else [])
        if not agency:
            text = self.keywords_read(text)
            bare = self.bare_place(text, scope.years)
            if bare:  # 「江宁 22年 予以公开」: the place's government and its bureaus — asked back
                return Resolved([], scope, ambiguous=bare)
            placed = self._place_kind(text, scope)
            if placed is not None:
                return placed
            bodies = self._place_bodies(text, scope)
            if bodies is not None:
                return bodies
            text, unknown = self._place_then_body(text)
            if unknown:  # 「昆明五华区公安局」: a department of a stored place, not its government
                return Resolved([], scope, unknown=unknown)
        groups, written = self.agencies_named(agency or text, scope.years)
        if agency and not groups:  # an --agency the catalogue does not know
            return Resolved([], scope, unknown=agency)
        if agency:
            unknown = next(
                (
                    u
                    for k in {k for g in groups for k in g}
                    if (u := self._unknown_beside(text, scope, self._folded(k)))
                ),
                None,
            )
            if unknown:  # 「南京市新收多少件」 with 平潭 chosen: 平潭's figures were answered
                return Resolved([], scope, unknown=unknown)
            # 「洪泽区新收多少件」 asked with 平潭 chosen (the page's 本机关, --agency): another body's figure is not the
            # chosen one's — refused as when a report is chosen, never answered with the chosen body's figure
            chosen = {k for g in groups for k in g}
            said, words = self.agencies_named(text, [])
            other = [w for g, w in zip(said, words, strict=True) if not chosen & set(g)]
            if other and len(other) == len(said):
                return Resolved([], scope, unknown=other[0])
        slipped = None if agency or not groups else self._unknown_before_level(text, written, groups)
        if (
            slipped
        ):  # 「济杨区卫健委」「鸭蛋区政府」: a place not known before 「区卫健委」 — never the one stored district's
            return Resolved([], scope, unknown=slipped)
        compact = _compact(text)
        if not groups and not agency and compact != fold(text) and self.agencies_named(compact, scope.years)[0]:
            return self.resolve(compact, scope)  # 「黄岛区2021年的城管」: the year written between place and body
        foreign = None if agency else self._foreign_place(text)
        if foreign:  # 「北京市科委」 is not 上海市科委, 「安康市汉滨区」 not 安康市政府办
            return Resolved([], scope, unknown=foreign)
        if not groups and not agency and (cut := self.cut_at_start(text)) is not None:
            return Resolved([], scope, unknown=cut[0])  # (read whole by `merged_written`, and said so)
        if not groups and not agency:
            # a name the catalogue does not know (「江宁水务」 before its forms, 「公安局」) is refused:
            # never read as no name at all, which would widen the question to the whole store
            kind = _ANY_KIND.search(fold(text))
            unknown = kind.group() if kind else _place_named(text) or _body_named(text) or _level_department(text)
            if unknown:
                return Resolved([], scope, unknown=unknown)
        national = _NATIONAL.search(fold(text)) if groups and not agency else None
        if national:
            ranks = self.forms_of(set(written))
            if all(min(ranks.get(w, {0: 0}).values()) >= KIND_RANK for w in written):
                # 「全国各省级政府里申请最多的是谁」: the whole country's bodies of a kind, not the store's few
                return Resolved([], scope, unknown=national.group(0))
        if not agency and groups and all(len(g) > 1 for g in groups):
            kinds = self._kinds(text, groups, written, scope)
            if kinds is not None:
                return kinds
        scope = scope.model_copy(update={"agencies": written})
        level = _REGION_GOV.search(fold(text)) if groups and not agency else None
        if (
            level
            and not any(_own_place(level.group(1), self._folded(k)) for g in groups for k in g)
            and any(G.by_name(level.group(1)[-n:]) for n in range(2, len(level.group(1)) + 1))
        ):  # (a division of the gazetteer, read only when about to refuse: not any run before 区政府)  # 「洪泽所在的淮安市本级」「淮安市政府」: a body of the region is not the region's government
            return Resolved([], scope, unknown=level.group())
        ambiguous = [k for g in groups if len(g) > 1 for k in g]
        if ambiguous:
            return Resolved([], scope, ambiguous=[self.name(k) for k in ambiguous])
        keys = [g[0] for g in groups]
        pool = self.reports(keys or None, scope.years or None)
        placed = self._placed(text + (agency or ""), keys)
        if placed:  # 「攀枝花市仁和区大田镇…」: not 东方市's 大田镇, whose reports share its key
            pool = [e for e in pool if e.agency_key not in placed or e.id in placed[e.agency_key]]
        # 「城关镇人民政府…」 with no place written: 隆德县's and 成县's share the key — several bodies, never one body
        # answered over the years of both
        several = [n for k in keys if k not in placed and not agency for n in self._bodies(k)]
        if several:
            return Resolved([], scope, ambiguous=several)
        paired = self._years_by_agency(text) if len(keys) > 1 and not agency else {}
        if paired:  # 「平潭2021年和省教育厅2023年」: each agency in the years written after it
            pool = [e for e in pool if e.agency_key not in paired or e.year in paired[e.agency_key]]
        elif len(keys) > 2 and scope.years and not agency:
            pool = self._one_dated(text, keys, pool, scope)
        if not scope.years and scope.latest and pool:
            newest: dict[str, int] = {}
            for e in pool:
                newest[e.agency_key or e.id] = max(newest.get(e.agency_key or e.id, 0), e.year or 0)
            pool = [e for e in pool if (e.year or 0) == newest[e.agency_key or e.id]]
        pool.sort(key=lambda e: (e.agency_key, e.year or 0, e.id))
        self.remember(pool)
        have = {e.agency_key for e in pool}
        # 「安康和省教育厅2021年」: 安康 has no 2021 report — said beside the answer, never silently dropped
        missing = [self.name(k) for k in keys if k not in have] if len(keys) > 1 and scope.years and pool else []
        named = [self.name(k) if k not in placed else self._placed_name(k, placed[k]) for k in keys]
        return Resolved([e.id for e in pool], scope, agencies=named, corpus=not keys, missing=missing)

    def _unknown_before_level(self, text: str, written: list[str], groups: list[list[str]]) -> str | None:
        """(review27) A form read that begins with its level word (「区卫健委」「区政府」) with a place written right before
        it that names nothing (「济杨区卫健委」: 济杨区 is no division, no stored place): the name as written, unknown — a
        level word of a name not known is never that level's one stored body. (The typo steps may then mend the place,
        through one guard: rag/namefix.py.)"""
        q = fold(text)
        for w in written:
            w = fold(w)
            if not w or w[0] not in "市县区旗" or (at := q.find(w)) < 2:
                continue
            said = q[at - 2 : at]  # (a place's own name: two characters, 「济杨」「鸭蛋」)
            # (「各区卫健委」「我们区政府」「库里区政府」「今年区政府」「为什么区政府」「比市政府」: a set, a deixis, the store,
            # a time, a question word — no place)
            if not re.fullmatch(r"[\u4e00-\u9fff]{2}", said) or _NO_PLACE_CHAR.search(said) or said in _SET_OF_PLACES:
                continue
            # (the name starts there: the text's start, a year, a pause — 「全年共编发市政府公报」 is no place 编发市)
            if at > 2 and re.match(r"[\u4e00-\u9fff]", q[at - 3]) and q[at - 3] not in "年的是问":
                continue
            place = said + w[0]
            if G.by_name(place) or G.by_short(said) or self.names_holding(place):
                continue
            # (revfixb) 「阿左旗林业局」: a short form of the body the catalogue read (阿拉善左旗 → 阿左旗: its first
            # character, then the character right before the level word) — that body's, never unknown
            if any(_short_of(said, w[0], self.name(k)) for g in groups for k in g):
                continue
            return place + w[1:]
        return None

    def keywords_read(self, text: str) -> str:
        """Search-box keywords (「昆明 自然资源局 24年 同意公开」): a place and a body typed as two keywords are one body
        when joined they name one stored body (「昆明自然资源局」, never 仁寿县's and 银川市's 自然资源局 asked back); a
        department's old name (环保局/环保厅 for 生态环境局/厅) read when the name as typed names none; an autonomous
        prefecture by its short form (「海南州」 → 海南藏族自治州). The text as written when nothing is joined."""
        q = _PREFECTURE_SHORT.sub(_prefecture_full, fold(text))
        if not re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", q):
            return q if q != fold(text) else text
        parts = re.split(r"(\s+)", q)
        out: list[str] = []
        k = 0
        while k < len(parts):
            a = parts[k]
            b = parts[k + 2] if k + 2 < len(parts) else ""
            if _CJK_ONLY.fullmatch(a) and not _BODY_WORD.search(a) and _BODY_WORD.search(b) and _CJK_ONLY.fullmatch(b):
                joined = next((a + v for v in _old_names(b) if self._one_body_across(a + v, len(a))), None)
                if joined:
                    out.append(joined)
                    k += 3
                    continue
            out.append(a)
            k += 1
        return "".join(out) if "".join(out) != fold(text) else text

    def _one_body_across(self, joined: str, at: int) -> bool:
        """Does a mention of one stored body run across position `at` of `joined` (the place into the body)?"""
        for i, j, hit in self.mentions(joined):
            best = min(hit.values())
            if i < at < j and sum(r == best for r in hit.values()) == 1:
                return True
        return False

    def bare_place(self, text: str, years: list[int]) -> list[str]:
        """A bare place typed as a keyword (「江宁 22年 予以公开」) that the names of several stored bodies hold as their
        place (南京市江宁区人民政府, 南京市江宁区司法局…; 「龙华」 海口's 住建局 and 深圳's 卫健局): those bodies' names, to be
        asked back — never one of them answered, nor every stored body listed. Empty when the keywords name a body."""
        q = fold(text)
        words = q.split()
        if len(words) < 2 or not _CJK_ONLY.fullmatch(words[0]) or not 2 <= len(words[0]) <= 4:
            return []
        place = words[0]
        if _BODY_WORD.search(place) or any(self.mentions(w) for w in words[1:]):
            return []
        if any(hit for i, j, hit in self.mentions(place) if j - i < len(place)):
            return []
        held = {
            k: n
            for k, n in self.names_holding(place).items()
            if re.search(re.escape(place) + r"(?:新区|区|县|市|旗|自治县)", n)
        }
        if years:
            held = {k: held[k] for k in {e.agency_key for e in self.reports(sorted(held), years)} if k in held} or held
        return sorted(held.values()) if len(held) > 1 else []

    def _placed(self, text: str, keys: list[str]) -> dict[str, set[str]]:
        """The reports of a key that the places the question writes before the body keep, when the key holds bodies
        of different places (two townships 大田镇, of 东方市 and of 攀枝花市仁和区): key → the ids of the place written.
        A key whose reports are all of one place (or whose places the question does not tell apart) is left out."""
        out: dict[str, set[str]] = {}
        t = fold(text)
        for k in keys:
            es = self.reports([k], None)
            places = {e.id: _place_units(e.agency or "", k) for e in es}
            # the places the question writes, by level, as some report of the key names them
            said = {(lv, n) for units in places.values() for lv, n in units.items() if n in t}
            # a report is another body's when a level the question writes names another place in it (东方市 for
            # 攀枝花市); a name that writes no place of that level (「洪泽区人民政府」, 「淮安市…」 without 江苏省) is kept
            other = {i for i, units in places.items() if any(lv in units and units[lv] != n for lv, n in said)}
            # (「仁和区大田镇」: 东方市's names no 区 but no place of the body the question places either — another body)
            near = {
                p for units in places.values() if any((lv, n) in said for lv, n in units.items()) for p in units.items()
            }
            other |= {i for i, units in places.items() if units and not set(units.items()) & near}
            if said and other and len(other) < len(es):
                out[k] = {e.id for e in es} - other
        return out

    def _region(self, key: str) -> str:
        """The body's region as its name identifies it ("" when unknown)."""
        ident = identify(self.name(key))
        return (ident.region or "") if ident is not None else ""

    def _holds(self, key: str, written: str) -> bool:
        """Is the province or city written (「重庆」「兰州市」, a 的 after it allowed) the body's own — in its name or
        its region — or is the body's region unknown?"""
        written = written.removesuffix("的")
        ident = identify(self.name(key))
        region = ident.region if ident is not None else None
        if not region:
            return True
        fulls = {d.name for d in (*G.by_name(written), *G.by_short(written)) if d.level in ("省", "市")}
        own = fold(self.name(key)) + key + region
        return not fulls or any(f in own for f in fulls)

    def _bodies(self, key: str) -> list[str]:
        """The names of the different bodies one key holds (「隆德县城关镇人民政府」「成县城关镇人民政府」 under
        「城关镇人民政府」): reports whose names write different places at one level; [] when the key is one body
        (a name with no place, or places that agree — 「江北区人民政府」 and 「宁波市江北区人民政府」, are one)."""
        units: dict[str, dict[str, str]] = {}
        for e in self.reports([key], None):
            if e.agency:
                units.setdefault(e.agency, _place_units(e.agency, key))

        def apart(a: dict[str, str], b: dict[str, str]) -> bool:
            return any(lv in b and b[lv] != n for lv, n in a.items())

        names = [n for n, u in units.items() if any(apart(u, v) for v in units.values())]
        return sorted(names) if len(names) > 1 else []

    def _placed_name(self, key: str, ids: set[str]) -> str:
        names = sorted({e.agency for e in self.reports([key], None) if e.id in ids and e.agency})
        return names[0] if len(names) == 1 else self.name(key)

    def _unknown_beside(self, text: str, scope: Scope, own: str) -> str | None:
        """A body or place the question names that the store has no report of, asked beside a chosen report
        or body (`own`: its name, folded): 「陕西省政府…」 on 安康's report, 「南京(市)新收多少件」 on 平潭's, 「淮安市…」
        on 淮安市淮阴区's (a place its name holds but is not its own: `_own_place`) — another body's figure is not
        the chosen one's, and is refused, never answered with it."""
        free = self.resolve(text, scope.model_copy(update={"report_id": None, "years": []}))
        u = free.unknown
        if (
            u
            and (
                re.search(r"(?:政府|本级|[厅局委办])$", u)  # a body written out (not 「年全区」「本市」)
                # a division of the gazetteer the chosen body is not of (a division its name holds — 淮安市
                # of 淮安市洪泽区 — is kept: the name's own)
                # (a bare short name only of a province or a city: 「南京」「河北」 — a county's, 「和政」 of 「建议和
                # 政协」, is any two characters of a question)
                or (G.by_name(u) or any(d.level in ("省", "市") for d in G.by_short(u)))
                and not _own_place(u, own)
            )
            and not _ANY_KIND.fullmatch(u)  # (「全市各县级政府」 in the report read: no body)
            and not kind_of_place_said(text, u)  # (「占库里同一年乡政府合计」: a kind of place, no body — ztfixc)
        ):
            return u
        return None

    def _folded(self, key: str) -> str:
        """A stored name as a question is compared with it: folded, and in simplified characters (a 繁體
        report keeps 「蕪湖市鏡湖區人民政府」 as printed; questions are read simplified)."""
        from extractor.traditional import has_traditional, simplify

        name = fold(self.name(key))
        return simplify(name) if has_traditional(name) else name

    def _place_then_body(self, text: str) -> tuple[str, str | None]:
        """A stored government's place written right before a department (「昆明五华区公安局」「五华区的
        卫健局」「五华住建2023年」) names that department, never the government: the text with the
        department joined to its place when the store has it, else the name as written, unknown."""
        q = fold(text)
        for i, j, hit in self.mentions(text):
            best = min(hit.values())
            if not all(_GOVERNMENT.search(self.name(k)) for k, r in hit.items() if r == best):
                continue
            gap = 1 if q[j : j + 1] == "的" else 0
            dept = _department_at(q, j + gap)
            if dept is None:
                continue
            if self.forms_of({q[i:j] + dept}):
                return q[:j] + q[j + gap :], None
            return q, q[i:j] + dept
        return text, None

    def merged_written(self, text: str) -> str | None:
        """The question with a merged department named by some of its lines written as the stored body's name
        (「新化县文旅体局」 → 新化县文化旅游广电体育局: 广电 left out, as people say it) when the store holds
        one such body of that place; None otherwise. Asked only of a name the store did not know. (Every
        candidate name is looked up at once: a long question costs one lookup, not one per position.)"""
        q = fold(text)
        cut = self.cut_at_start(text)
        if cut is not None:  # 「族撒拉族政府」: 积石山保安族东乡族撒拉族自治县人民政府, its name cut at its start
            at = q.find(cut[0])
            return text[:at] + cut[1] + text[at + len(cut[0]) :]
        spans: dict[tuple[int, int], list[str]] = {}
        for k in range(2, len(q) - 1):
            dept = _department_at(q, k)
            b = D.body(dept) if dept is not None and q[k - 1].isalpha() else None
            wide = D.wider(b.full) if b is not None and dept is not None else ()
            for n in range(min(8, k), 1, -1) if wide else ():
                # (the name as the table writes it and without its 和: 「文化广电新闻出版旅游局」 is printed so — zleft)
                spans[(k - n, k + len(dept or ""))] = [
                    q[k - n : k] + v for w in wide for v in dict.fromkeys((w, w.replace("和", "")))
                ]
        found = self.forms_of({name for names in spans.values() for name in names}) if spans else {}
        for (a, z), names in sorted(spans.items(), key=lambda x: (x[0][0], -x[0][1])):
            keys = {k for name in names for k, r in found.get(name, {}).items() if r <= 1}
            if len(keys) == 1:  # (fold maps a character to one: the text's own characters kept around the name)
                return text[:a] + self.name(keys.pop()) + text[z:]
        return None

    def cut_at_start(self, text: str) -> tuple[str, str] | None:
        """A government's name written cut at its start (「族撒拉族政府」 of 积石山保安族东乡族撒拉族自治县人民政府, a long
        name's head lost): the name as written and the one stored name whose place ends with the written part —
        none when no stored name, or several, end so (never guessed). Only a name that opens the question."""
        m = _CUT_GOVERNMENT.match(fold(text))
        if m is None or self.forms_of({m.group(1), m.group(1) + m.group(2)}):
            return None
        part = m.group(1)
        found = {
            k: n
            for k, n in self.names_holding(part).items()
            if (place := _GOVERNMENT_END.sub("", fold(n))) != part
            and (place.endswith(part) or _PLACE_LEVEL_END.sub("", place).endswith(part))
        }
        return (m.group(1) + m.group(2), next(iter(found.values()))) if len(found) == 1 else None

    def _kinds(self, text: str, groups: list[list[str]], written: list[str], scope: Scope) -> Resolved | None:
        """「统计局里谁收到的申请最多」「省级部门中哪些…」「2022年的区政府里…」: a form shared by every body of a
        kind, asked of the set (a ranking, a listing, a total) or written as a kind (「省级部门」), is a filter:
        the reports of the bodies of that kind (of every kind written: 「省级部门中的统计局」), named in the
        answer's scope. Asked of one body (「统计局2021年收到多少」) it stays 「找到多个机关」."""
        q = fold(text)
        ranks = self.forms_of(set(written))
        as_kind = [min(ranks.get(w, {0: 0}).values()) >= KIND_RANK for w in written]
        if not all(
            kind or _SET_ASKED.search(q) or _SET_AFTER.match(q[q.find(w) + len(w) :])
            for kind, w in zip(as_kind, written, strict=True)
        ):
            return None
        keys = set(groups[0]).intersection(*groups[1:])
        if len(written) == 1 and (m := _LINE_BODY.fullmatch(written[0])):
            # 「自然资源局 2024年 …最多」: the line of work's bodies with a longer name of the same line (昆明市自然资源和
            # 规划局) are among them — the 部门 form of the line, kept to names that extend the stem by 和
            line = self.forms_of({m.group(1) + "部门"}).get(m.group(1) + "部门", {})
            keys |= {k for k in line if m.group(1) + "和" in self._folded(k)}
        label = "、".join(written)
        if len(written) == 1 and written[0] in ("市政府", "市人民政府"):
            # 「全部已收录的市政府里…」: the 市级政府 bodies — a county-level city's 「韶山市政府」 is a 县级政府, a 国家级新区's
            # 管委会 is one (docs/levels.md), whatever short form their names share
            keys, label = set(self.forms_of({"市级政府"}).get("市级政府", {})), "市级政府"
        if not keys:
            return Resolved([], scope, unknown=label)
        return self._set_of(sorted(keys), scope, label)

    def _place_bodies(self, text: str, scope: Scope) -> Resolved | None:
        """「成都市武侯区这些单位2023年…合计」「2020年芜湖市镜湖区的几个部门，谁…」: a place written right before
        a set of bodies (这些单位, 各部门, 几个部门) is every stored body in that place — by the gazetteer's
        code, never by the characters of a name (the place's own government is one of them, not all)."""
        among = body_among_set(text)
        if among is not None:  # 「武侯区各部门里民政局…」: that body of the place, not the set
            return self.resolve(among, scope)
        # (a province's short name read before the years are taken out: 「甘肃2023年的单位里」 is 甘肃省's)
        q = _place_words(_short_city(_IN_STORE.sub("", _short_places(_compact(_short_places(fold(text)))))))
        m = next(iter(place_sets(q)), None)
        if m is None and _OVER_SET.search(q):
            # 「河北省的报告里…最高的」, or — no body of it named — 「浙江省2024年平均每个单位有几件复议」「上海市
            # 新收100件以上的单位有哪些」: a province or city asked an operation over a set is its bodies (the first
            # of these with a division written right before it: 「平均每个单位」 holds no place)
            found = list(_PLACE_REPORTS.finditer(q))
            if not self.agencies_named(q, [])[0]:
                found += list(_AFTER_PROVINCE.finditer(q))
            m = next((x for x in found if _division_ending(q, x.start()) is not None), None)
        if m is None:
            return None
        names, p = [], m.start()
        while (d := _division_ending(q, p)) is not None:
            names.insert(0, d[0])
            p -= len(d[0])
        if not names:
            return None
        divs = list(G.by_name(names[-1]))
        for outer in names[:-1]:  # 「成都市武侯区」: the 武侯区 of 成都市
            codes = {x.code for x in G.by_name(outer)}
            divs = [x for x in divs if codes & {a.code for a in G.ancestors(x)}] or divs
        written = "".join(names)
        if len(divs) != 1:  # a place the gazetteer does not know, or two of one name: left to the names
            return None
        hit = self.forms_of({REGION_FORM + divs[0].code}).get(REGION_FORM + divs[0].code, {})
        keys = self._in_places(set(hit), {divs[0].code})
        if not keys:
            return Resolved([], scope, unknown=written)
        return self._set_of(sorted(keys), scope, written + _PLACE_BODIES, {divs[0].code})

    def _place_kind_set(self, text: str, scope: Scope, agency: str | None) -> Resolved | None:
        """「库里2021年的县级市」「湖南省的街道」: a kind of place, a level narrowed by the body's name (rag/place_kinds)."""
        if scope.report_id or agency or (pk := place_kinds.pending(text)) is None:
            return None
        token = place_kinds.ASKED.set(None)  # (the respelled text is resolved as the level's set, then narrowed)
        try:
            # (「开发区和新区的管委会」: at the county level and the city level — each level's set, joined)
            parts = [self.resolve(pk.text.replace(pk.word, w), scope) for w in pk.word.split("和")]
        finally:
            place_kinds.ASKED.reset(token)
        out = parts[0]
        if len(parts) > 1:
            kept = [p for p in parts if p.ids and not p.corpus]
            out = kept[0] if kept else out
            out.ids = list(dict.fromkeys(i for p in kept for i in p.ids))
            out.ambiguous, out.unknown = [], None if out.ids else out.unknown
        return place_kinds.narrow(out, pk, lambda i: e.agency if (e := self.entry(i)) is not None else None)

    def _place_kind(self, text: str, scope: Scope) -> Resolved | None:
        """「湖南省县级部门2021年…」「2022年江西省各省级部门…」「四川省23年的市直部门里…」「湖南省的各教育局…」: a kind
        of body (a level word, or a line of work's generic form asked of a set) with a place written before it is
        the stored bodies of that kind IN that place — the place's bodies (by the gazetteer's code, as
        `_place_bodies` reads them) and the kind's (as `_kinds` reads them) intersected, never either alone. A
        place holding none of that kind is said so (unknown), never answered over another set. Places joined by
        「、」「和」 before the kind (「湖南省、江西省的县级部门」) and kinds joined after the place (「县级部门和市级部门」) are
        every pair, never the first alone; a level word with a place before it that the words between do not join
        to it (「湖南省所辖…」 unread) is refused, never answered over every province."""
        q, back = _kind_spelled(fold(text))
        kinds = self._kinds_written(q)
        for n, (word, start, end, keys, label) in enumerate(kinds):
            lo = max(0, start - _FILL_WINDOW)  # (a bounded look-back: the fill is a few words)
            m = _PLACE_FILL.search(q, lo, start)
            p = m.start() if m else start
            if keys is not None and not (m and _LINE_FILL.search(m.group())):
                continue  # (「长沙市教育局」: one body's name)
            places = _places_joined(q, p, cities=keys is None)
            as_written = _as_written_at(text, back, start, word)
            if not places and keys is not None and m and (level := _COUNTY_FILL.search(m.group())):
                # 「库里各区县的司法局」 (「司法行政系统的各区县司法局」 respelled: `tiersets`): that line's bodies of the
                # county tier over the whole store — a city's bureau is not one (zpfixa)
                lw = "市级部门" if level.group(1) == "市" else "县级部门"
                tier = set(self.forms_of({lw}).get(lw, {}))
                # (the line's bodies by its stem in their names: 「教育局」 holds 教育和体育局, 「发改局」 a 发展和改革委员会)
                stem = _line_stem(word)
                both = sorted((keys & tier) | {k for k in tier if stem and stem in fold(self.name(k))})
                said = f"{level.group()}的{label}"
                if not both:
                    return Resolved([], scope, unknown=said)
                out = self._set_of(both, scope, said)
                each = _EACH.search(q, lo, start)
                out.set_word = text[back(each.start() if each else start) : back(end)]
                return out
            if not places:
                # (a level word as written — not a body's 「街道办事处」 read as a kind, nor inside a stored body's
                # name: 「房山区良乡镇人民政府」 — asked of a set)
                named = any(i < start < j for i, j, _ in self.mentions(q))  # (inside a stored body's name)
                if keys is None and not named and as_written and _SET_ASKED.search(q) and _division_in_clause(q, start):
                    return Resolved([], scope, unknown=_clause_before(text, back(start)) + word)
                continue
            bare_towns = not as_written and fold(text)[back(start) :].startswith("乡镇")
            if bare_towns and any(not code.endswith("00") for _, code in places):
                continue  # (「洪泽区各乡镇」: a county's divisions — a breakdown of its report, read as before)
            region: set[str] = set()
            for _, code in places:
                region |= set(self.forms_of({REGION_FORM + code}).get(REGION_FORM + code, {}))
            region = self._in_places(region, {code for _, code in places})
            joined = [kinds[n], *_kinds_joined(q, kinds[n:])]  # (word, start, end, keys, label) each
            of_kind: set[str] = set()
            for w, _, _, k, _ in joined:
                of_kind |= k if k is not None else set(self.forms_of({w}).get(w, {}))
            written = "、".join(w for w, _ in places)
            if keys is not None and m and (level := _COUNTY_FILL.search(m.group())):
                # 「湖南省各县的住建局」: that line's bodies in the place's COUNTIES (a city's bureau is not one)
                lw = "市级部门" if level.group(1) == "市" else "县级部门"
                of_kind &= set(self.forms_of({lw}).get(lw, {}))
                written += level.group()
            both = sorted(region & of_kind)
            if keys is not None and not _SET_ASKED.search(q):
                # 「湖南省的自然资源局2021年新收多少」 asks of one body: the place's several are named to choose from
                # (its one is not picked: 「湖南省的教育局」 may mean the 教育厅 — left to the names, as before; so is
                # the place's own bureau among several: 「湖南省的统计局」 is 湖南省统计局), none said
                own = [k for k in both if _own_place(written, self.name(k))] if len(places) == 1 else []
                city = len(places) == 1 and places[0][1].endswith("00") and not places[0][1].endswith("0000")
                if city and not own:
                    # 「长沙市的教育局」 is the city's own bureau: a district's (岳麓区's) is not it — not stored, said
                    return Resolved([], scope, unknown=f"{written}的{label}")
                if len(both) == 1 or len(own) == 1:
                    continue
                if both:
                    return Resolved([], scope, ambiguous=[self.name(k) for k in both])
            said = f"{written}的{'和'.join(lab for *_, lab in joined)}"
            if not both:
                return Resolved([], scope, unknown=said)
            out = self._set_of(both, scope, said, {code for _, code in places})
            each = _EACH.search(q, lo, start)  # (the years before it are the question's, not the set's)
            out.set_word = text[back(each.start() if each else start) : back(joined[-1][2])]
            return out
        return None

    def _kinds_written(self, q: str) -> list[tuple[str, int, int, set[str] | None, str]]:
        """The kinds of body q writes, in order: a level word (word, its span, None, the level), or a line of
        work's generic form several stored bodies share (「教育局」: word, span, their keys, the word)."""
        out: list[tuple[str, int, int, set[str] | None, str]] = []
        for m in _ANY_KIND.finditer(q):
            level = next(k for k, ws in _KIND_WORDS.items() if m.group() in ws)
            out.append((m.group(), m.start(), m.end(), None, level))
        taken = [(s, e) for _, s, e, _, _ in out]
        for i, j, hit in self.mentions(q) if _LINE_FILL.search(q) else ():  # (a line of work: after 的, 各 …)
            # (「各区县的卫健局」: a set of the line's county bureaus even when one stored body has the word: zpfixa)
            each = len(hit) > 1 or bool(_COUNTY_FILL.search(q, max(0, i - 6), i))
            shared = each and min(hit.values()) >= 1 and not any(s < j and i < e for s, e in taken)
            if shared and (_BODY_END.search(q[i:j]) or q[i:j].endswith(_KIND_NOUNS)):
                out.append((q[i:j], i, j, set(hit), q[i:j]))
        return sorted(out, key=lambda x: x[1])

    def _set_of(self, keys: list[str], scope: Scope, kind: str, codes: set[str] | None = None) -> Resolved:
        """The reports of a set of bodies (a kind of body, a place's bodies), in the years asked — or,
        with 「最新」 and no year, the newest year any of them has. `codes`: the places of the set — a report of a key
        several bodies share is kept only when its own name lies in them (大田镇人民政府 of 攀枝花, not of 东方)."""
        pool = self.reports(keys, scope.years or None)
        if codes:
            shared = self.shared_names()
            pool = [e for e in pool if e.agency_key not in shared or _in_codes(e.agency or "", codes)]
        if not scope.years and scope.latest and pool:
            top = max(e.year or 0 for e in pool)
            pool = [e for e in pool if (e.year or 0) == top]
        pool.sort(key=lambda e: (e.agency_key, e.year or 0, e.id))
        self.remember(pool)
        return Resolved([e.id for e in pool], scope.model_copy(update={"agencies": []}), kind=kind)

    def remember(self, entries: list[Entry]) -> None:
        """Entries just read (kept for the answer's names and years)."""

    def _one_dated(self, text: str, keys: list[str], pool: list[Entry], scope: Scope) -> list[Entry]:
        """「安康、洪泽、平潭2022、上海科委这四家…排个序」: in a list of three or more bodies, a year written
        after one of them is that body's — when a body listed has no report of it, each of the others is
        read in its newest report (never left out of the list for a year nobody gave it). A year the body
        written before it has no report of is the whole list's."""
        own = self._years_by_agency(text, least=1)
        if len(own) != 1 or set(next(iter(own.values()))) != set(scope.years):
            return pool
        if all(any(e.agency_key == k for e in pool) for k in keys):
            return pool  # every body has a report of the year: the year is the list's
        dated = [e for e in pool if e.agency_key in own]
        if not dated:  # 「…、上海科委 2022年」 with no 上海科委 2022: the year is the list's, said missing
            return pool
        rest = [e for e in self.reports([k for k in keys if k not in own], None)]
        newest: dict[str, int] = {}
        for e in rest:
            newest[e.agency_key or e.id] = max(newest.get(e.agency_key or e.id, 0), e.year or 0)
        return dated + [e for e in rest if (e.year or 0) == newest[e.agency_key or e.id]]

    def _years_by_agency(self, text: str, least: int = 2) -> dict[str, set[int]]:
        """The years written right after each agency mention, up to the next one — when at least two
        mentions have their own years (else the years asked are every agency's; `least`=1: the one
        mention that has)."""
        from .intent import years_in

        q = fold(text)
        spans = self.mentions(text)
        out: dict[str, set[int]] = {}
        for n, (_, j, hit) in enumerate(spans):
            end = spans[n + 1][0] if n + 1 < len(spans) else len(q)
            ys = set(years_in(q[j:end]))
            best = min(hit.values())
            for k in (k for k, r in hit.items() if r == best):
                if ys:
                    out.setdefault(k, set()).update(ys)
        return out if len(out) >= least else {}

    def _foreign_place(self, text: str) -> str | None:
        """A body the question names by a stored agency's short form with another division written
        right before it (「北京市科委」 → 科委 of 上海), or by a stored place with a division of its own
        right after it (「安康市汉滨区」): a body the store holds no report of. The divisions are the
        gazetteer's names, never any run of characters; one that is part of the agency's own name
        (「河北省科技厅」) is that agency."""
        q = fold(text)
        spans = self.mentions(text)
        for i, j, hit in spans:
            names = [self._folded(k) + k for k in hit]
            # 「北京市科委」 found as 「市科委」: the level written is part of the division before it
            # (「市场监管局」: its 市 is the word's own, not a level — only a level before a form shifts)
            lv = 1 if q[i] in "省市区县" and not (D.body(q[i:j]) and not D.body(q[i + 1 : j])) else 0
            # (「全年共编发市政府公报」: before a bare 市政府 — a noun as often as a body — a place the gazetteer does
            # not know must stand on its own: never a run after 「全年」)
            shaped = not re.fullmatch(r"[省市区县](?:人民)?政府", q[i:j])
            before = _division_ending(q, i + lv, shaped) if min(hit.values()) >= 1 else None
            # (「石家庄市卫生健康局」 is the city's own, not 石家庄市长安区's: a division follows the place in that name)
            if before and not any(before[1] in n and _own_place(before[0], n) for n in names):
                return before[0] + q[i + lv : j]
            # 「长沙市教育局」 found as 「沙市教育局」 (荆州市沙市区's): a form that starts inside a longer place
            # written there is not what was written — that place's body, which the store does not hold
            inside = _place_across(q, i, j)
            if inside is not None and not _division_starting(q, i):  # (「加上海东市…」: 海东市 whole, no 上海 across)
                # (by its full name too: 「临夏州民委」 is 临夏回族自治州民族事务委员会's own place, short-named)
                span = q[inside[0] : inside[1]]
                fulls = {span} | {d.name for d in (*G.by_name(span), *G.by_short(span))}
                if not any(f in n for f in fulls for n in names):
                    return q[inside[0] : j]
            # 「深圳卫健局」「湖州的人社局」 found as a form naming no place: the city written right before it
            # names the city's own bureau, not a district's of it (深圳市龙华区卫生健康局) — not stored
            if min(hit.values()) == 2:
                city = _city_before(q, i)
                if city is not None and not any(_own_place(city[0], n) for n in names):
                    return q[city[1] : j]
                # 「袁州文旅局」 found as 「文旅局」 (泰山区's): a county-level place written right before a bare
                # department form is where the body is — another place's body is not it (zleft)
                county = _county_before(q, i) if city is None else None
                if county is not None and not any(
                    c in n or c in self._region(k) for c in county[0] for k in hit for n in names
                ):  # (the whole place, never a tail of it: 「钟山区」 is not 「泰山区」's)
                    return q[county[1] : j]
            # 「重庆江北区政府」「兰州城关区司法局」「内江市中区教育局」 found as a district's body the store holds in ANOTHER
            # city (宁波's, 拉萨's, 乐山's): the province or city written right before it is a constraint — a body whose
            # name and region do not hold it is not that body (a body of unknown region is kept)
            elif (city := _city_before(q, i)) is not None and not any(self._holds(k, q[city[1] : i]) for k in hit):
                return q[city[1] : j]
            after = _division_starting(q, j)
            if after and not any(k[0] == j for k in spans) and not any(after[1] in n for n in names):
                return q[i:j] + after[0]
        return None


def _entry(r) -> Entry:
    """An Entry from a report row (sqlite3.Row, or a dict that may leave fields out)."""
    g = cast(Callable[[str], Any], r.get if isinstance(r, dict) else r.__getitem__)
    return Entry(
        g("id"),
        g("agency"),
        g("agency_key") or "",
        g("year"),
        g("template"),
        g("source"),
        g("ingested_at"),
        g("n_errors") or 0,
    )


FORMS_FORMAT = 21  # bump when name_forms or extractor/data/departments.tsv changes: the stored forms are rebuilt


class StoreCatalogue(Catalogue):
    """The catalogue read from the store on demand: a question's substrings are looked up in a
    table of agency name forms (kept beside the reports, extended when agencies are added), and only
    the reports of the agencies found — or, for a corpus question, of the years asked — are read.
    A cold `xxgk ask` never loads every report; a corpus question reads one row per report."""

    def __init__(self, store):
        self.store = store
        self.entries = {}
        self.names = {}
        self._synced: tuple[int, int] | None = None
        self._memory_forms: dict[str, dict[str, int]] | None = None  # a read-only store: forms kept here
        self._corpus_cache: dict[tuple, dict] = {}  # corpus scope summaries by (years, latest, store version)

    def sync(self) -> None:
        """Name forms for every agency not yet in the forms table (incremental; once per store change)."""
        version = self.store.version()
        if version == self._synced:
            return
        db = self.store.db
        try:
            with db:
                db.execute("CREATE TABLE IF NOT EXISTS agency_forms(form TEXT, agency_key TEXT, rank INTEGER)")
                db.execute("CREATE INDEX IF NOT EXISTS agency_forms_form ON agency_forms(form)")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS agency_names(agency_key TEXT PRIMARY KEY, name TEXT, format INTEGER)"
                )
                db.execute(
                    "DELETE FROM agency_forms WHERE agency_key IN (SELECT agency_key FROM agency_names WHERE format<>?)",
                    (FORMS_FORMAT,),
                )
                db.execute("DELETE FROM agency_names WHERE format<>?", (FORMS_FORMAT,))
                missing = db.execute(
                    "SELECT agency_key, MIN(agency), json_group_array(DISTINCT agency) FROM reports"
                    " WHERE agency_key<>'' AND superseded_by IS NULL AND agency_key NOT IN "
                    "(SELECT agency_key FROM agency_names) GROUP BY agency_key"
                ).fetchall()
                seconds = self._second_names([k for k, _, _ in missing])
                for key, _, names in missing:
                    # every name the key's reports print (two counties' 城关镇 share the key 「城关镇人民政府」), and the
                    # second or former names their texts give the body (「天水市中医药管理局」), below its own
                    forms = key_forms({n for n in json.loads(names) if n} or {key})
                    for f, r in alias_forms(seconds.get(key, set())).items():
                        forms.setdefault(f, r)
                    db.executemany("INSERT INTO agency_forms VALUES (?,?,?)", [(f, key, r) for f, r in forms.items()])
                db.executemany(
                    "INSERT INTO agency_names VALUES (?,?,?)", [(k, n or k, FORMS_FORMAT) for k, n, _ in missing]
                )
        except sqlite3.OperationalError:  # read-only data directory: the forms are built in memory
            self._memory_forms = Catalogue(self.store.catalogue_rows())._forms
        self._synced = version
        self.entries = {}

    def _second_names(self, keys: list[str]) -> dict[str, set[str]]:
        """key → the second or former names the texts of its reports give the body (`second_names`)."""
        from .record import body_text

        out: dict[str, set[str]] = {}
        wanted = set(keys)
        rows = self.store.db.execute(
            "SELECT agency_key, agency, body FROM reports WHERE agency_key<>'' AND superseded_by IS NULL"
        )
        for key, agency, body in rows:
            if key not in wanted or not agency or body is None:
                continue
            raw = body_text(body)
            if agency + "（" not in raw and agency + "(" not in raw and "（原" not in raw and "(原" not in raw:
                continue  # (read only a text that could name the body twice: a JSON parse is the cost)
            names = second_names(agency, json.loads(raw).get("text") or "")
            if names:
                out.setdefault(key, set()).update(names)
        return out

    def forms_of(self, candidates: set[str]) -> dict[str, dict[str, int]]:
        self.sync()
        if self._memory_forms is not None:
            return {f: self._memory_forms[f] for f in candidates if f in self._memory_forms}
        out: dict[str, dict[str, int]] = {}
        rows = self.store.db.execute(
            "SELECT form, agency_key, rank FROM agency_forms WHERE form IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(candidates), ensure_ascii=False),),
        )
        for form, key, rank in rows:
            slot = out.setdefault(form, {})
            slot[key] = min(slot.get(key, 9), rank)
        return out

    def reports(self, keys: list[str] | None, years: list[int] | None) -> list[Entry]:
        sql = (
            "SELECT id, agency, agency_key, year, template, source, ingested_at, n_errors FROM reports"
            " WHERE superseded_by IS NULL"
        )
        args: list = []
        if keys is not None:
            sql += " AND agency_key IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(keys, ensure_ascii=False))
        if years:
            sql += f" AND year IN ({','.join('?' * len(years))})"
            args += years
        return [_entry(r) for r in self.store.db.execute(sql, args)]

    def entry(self, rid: str) -> Entry | None:
        if rid not in self.entries:
            row = self.store.db.execute(
                "SELECT id, agency, agency_key, year, template, source, ingested_at, n_errors FROM reports WHERE id=?",
                (rid,),
            ).fetchone()
            if row is None:
                return None
            self.entries[rid] = _entry(row)
        return self.entries[rid]

    def shared_names(self) -> dict[str, set[str]]:
        version = self.store.version()
        if getattr(self, "_shared", (None,))[0] != version:
            rows = self.store.db.execute(
                "SELECT agency_key, agency FROM reports WHERE superseded_by IS NULL AND agency_key<>'' AND agency_key IN"
                " (SELECT agency_key FROM reports WHERE superseded_by IS NULL GROUP BY agency_key"
                " HAVING COUNT(DISTINCT agency)>1)"
            )
            out: dict[str, set[str]] = {}
            for k, n in rows:
                if n:
                    out.setdefault(k, set()).add(n)
            self._shared = (version, {k: v for k, v in out.items() if len(v) > 1})
        return self._shared[1]

    def names_holding(self, part: str) -> dict[str, str]:
        rows = self.store.db.execute(
            "SELECT agency_key, MIN(agency) FROM reports WHERE superseded_by IS NULL AND agency_key<>''"
            " AND instr(agency, ?) > 0 GROUP BY agency_key",
            (part,),
        )
        return {k: n or k for k, n in rows}

    def name(self, key: str) -> str:
        if key not in self.names:
            row = self.store.db.execute("SELECT MIN(agency) FROM reports WHERE agency_key=?", (key,)).fetchone()
            self.names[key] = (row[0] if row else None) or key
        return self.names[key]

    def remember(self, entries: list[Entry]) -> None:
        if len(self.entries) > 50_000:
            self.entries = {}
        for e in entries:
            self.entries[e.id] = e

    def resolve(self, text: str, scope: Scope, agency: str | None = None) -> Resolved:
        """A corpus question (no agency named) is resolved in the store: the ids of the years asked,
        older versions of an agency-year left out, agencies and years counted by SQL — no Python
        object per report."""
        if (kinded := self._place_kind_set(text, scope, agency)) is not None:
            return kinded
        return self._by_sector(self._resolve_store(text, scope, agency))

    def _resolve_store(self, text: str, scope: Scope, agency: str | None = None) -> Resolved:
        text = town_of_government(text)
        corpus = self._corpus_question(text, scope, agency)
        resolved = super()._resolve_unkinded(text, scope, agency) if not corpus else None
        if resolved is not None:
            return resolved
        key = (tuple(scope.years), scope.latest, self._synced)
        cached = self._corpus_cache.get(key)
        if cached is not None:  # the same years asked again of an unchanged store
            return Resolved([], scope, **cached)
        db = self.store.db
        where, args, years = "", [], list(scope.years) or None
        if not years and scope.latest:
            top = db.execute("SELECT MAX(year) FROM reports WHERE superseded_by IS NULL").fetchone()[0]
            years = [top] if top is not None else None
        if years:
            where, args = f" WHERE year IN ({','.join('?' * len(years))})", list(years)
        # older versions of an agency-year (superseded by an edited re-upload) are left out
        excluded = {
            r[0]
            for r in db.execute(
                "SELECT id FROM reports" + where + (" AND" if where else " WHERE") + " superseded_by IS NOT NULL", args
            )
        }
        n, n_agencies, lo, hi = db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT CASE WHEN agency_key<>'' THEN agency_key ELSE id END), MIN(year), MAX(year) "
            "FROM reports" + where + (" AND" if where else " WHERE") + " superseded_by IS NULL",
            args,
        ).fetchone()

        def load() -> list[str]:
            # the store's connection of the thread that asks: this loader is cached and called from
            # other request threads (a captured connection was a 500 on the second request)
            rows = self.store.db.execute(
                "SELECT id FROM reports" + where + " ORDER BY year, agency_key, id", args
            ).fetchall()
            return [r[0] for r in rows if r[0] not in excluded]

        span = [] if lo is None else ([lo] if lo == hi else [lo, hi])
        fields: dict[str, Any] = dict(
            corpus=True,
            n_agencies=n_agencies,
            years=span,
            sql_years=years,
            excluded=frozenset(excluded),
            size=n,
            loader=load,
        )  # (n counts the current reports only)
        if len(self._corpus_cache) > 64:
            self._corpus_cache.clear()
        self._corpus_cache[key] = fields
        return Resolved([], scope, **fields)

    def _corpus_question(self, text: str, scope: Scope, agency: str | None) -> bool:
        if scope.report_id or agency:
            return False
        if self.bare_place(text, scope.years):  # (「龙华 2024 不予公开」: asked back, never the whole store)
            return False
        groups, _ = self.agencies_named(text, scope.years)
        if not groups and _compact(text) != fold(text):
            groups, _ = self.agencies_named(_compact(text), scope.years)
        return (
            not groups
            and _place_named(text) is None
            and _body_named(text) is None
            and _level_department(text) is None
            and not _ANY_KIND.search(fold(text))  # (a kind named that the store holds no body of: refused)
            and self.cut_at_start(text) is None  # (「族撒拉族政府」: a stored name cut at its start)
            # (「临夏那边收了哪些单位」: a city by its short name is a place — never widened to the whole store)
            and _short_cities(fold(text)) == fold(text)
        )


_LEVEL_END = "省市区县州旗盟镇乡道"
# characters of the words before a level word that name no place (a set, a deixis, the store, a time, a question word)
_NO_PLACE_CHAR = lazy(
    r"[各本我咱这该全每其哪所的和与及跟同个里年月日内外省上下度比为什么啥还是或收录请件多少谁问查看在给对向从由中了过有无没吗呢吧把被让]"
)
# (revfixb) two characters before a level word that name a set of a city's districts, not one place
# (「主城区政府」: the main urban districts' governments)
_SET_OF_PLACES = frozenset({"主城", "远郊", "近郊", "城郊", "市辖"})
_ENDS_IN_LEVEL = lazy(r"[\u4e00-\u9fff]{1,9}?[省市区县州旗盟镇乡道]")
_FREE = "和与及跟同或、年问看查"  # what may stand right before a place written on its own (「请问火星市科委」)


def _short_of(said: str, level: str, name: str) -> bool:
    """Is `said` + `level` a short form of a place in `name` — its first character, then the character right before
    that level word further on (「阿左」「旗」 in 阿拉善左旗林业局)? Never a name merely holding both characters
    (「南京」「区」 in 南京市江宁区: 京 is not right before 区)."""
    p = name.find(level, 2)
    return p > 2 and name[0] == said[0] and name[p - 1] == said[1]


def _division_ending(q: str, p: int, shaped: bool = True) -> tuple[str, str] | None:
    """The division whose full name ends at position p of q (name, bare form): a gazetteer name, or a
    place-shaped name (「火星市」) standing on its own — never the tail of a phrase (「申请比省」); not
    `shaped`, a 年 before it must end a written year (「2023年火星市」, not 「全年共编发市」)."""
    if p < 2 or q[p - 1] not in _LEVEL_END:
        return None  # (a name ends in its level: the gazetteer, costly to load, is not read for nothing)
    for length in G.ending_lengths(q[max(0, p - 2) : p]):
        if length <= p:
            divs = G.by_name(q[p - length : p])
            if divs:
                return q[p - length : p], divs[0].short or divs[0].name
    if p and q[p - 1] in "省市县":
        for length in (2, 3, 4):
            start = p - length - 1
            # (not `shaped`: after a year's 年 only when it ends a written year — 「全年共编发市」 is no place)
            dated = shaped or start < 2 or bool(re.match(r"[\d〇○零一二三四五六七八九]", q[start - 2]))
            free = _FREE if dated else _FREE.replace("年", "")
            if start >= 0 and (start == 0 or not _CJK.match(q[start - 1]) or q[start - 1] in free):
                name = q[start:p]
                if (
                    all(_CJK.match(c) and c not in _FREE for c in name)
                    and not _NOT_PLACE.match(name)
                    and not _JOINED.search(name)  # 「洪泽还是省教育厅」: two bodies, not a place 「洪泽还是省」
                    # 「为什么省教育厅」「复议案件省教育厅」: the ask glued before a short form, not a place 「为什么省」
                    and not _ASKING.search(name)
                ):
                    return name, name[:-1]
    return None


_JOINED = lazy(r"还是|或者|或是|以及|还有|还|或")
_ASKING = lazy(
    r"什么|为何|为啥|啥|怎么|哪|多少|几|请问|申请|复议|诉讼|案件|公开|信息|报告|年报|数据|问题"
    r"|所有|全部|库[里中内]"  # 「库里所有省级部门」: the store's set of a kind, not a place 「库里所有省」
    r"|的"  # 「2019年经审核的市政府公文」: a phrase, never a place 「经审核的市」
)
# (「余杭区还有镇巴县…」「…加上乡宁县…」: a joining word before a name that starts like a town is no town 「还有镇」)
_ZONE_AFTER = lazy(r"(?![和与及跟同或]|还有|加上|以及)([\u4e00-\u9fff]{2,3}?(?:片区|街道|镇|乡))")


def _place_across(q: str, i: int, j: int) -> tuple[int, int] | None:
    """A division written across position i of q, starting before it and ending inside [i+1, j] (「长沙市」
    across the 「沙市教育局」 found at 1): its span, or None. A full name (ending in its level), or a
    province's or a city's short form not after a joining word — never 「和平」 of 「洪泽和平潭」."""
    for s in range(max(0, i - 4), i):
        for length in G.name_lengths(q[s : s + 2]):
            e = s + length
            if not i < e <= j:
                continue
            if G.by_name(q[s:e]) and q[e - 1] in _LEVEL_END:
                return s, e
            if q[s] not in _FREE and any(d.level in ("省", "市") and not d.zone for d in G.by_short(q[s:e])):
                return s, e
    return None


def _city_before(q: str, i: int) -> tuple[str, int] | None:
    """A province or city (full name or short form: 「深圳」「湖州市」「浙江」) written right before position i
    (a 的 between allowed): its full name and where it starts; None otherwise."""
    end = i - 1 if i and q[i - 1] == "的" else i
    for length in range(min(8, end), 1, -1):
        w = q[end - length : end]
        for d in (*G.by_name(w), *G.by_short(w)):
            if d.level in ("省", "市") and not d.zone:
                return d.name, end - length
    return None


def _county_before(q: str, i: int) -> tuple[tuple[str, ...], int] | None:
    """A county-level division (full name or short form: 「袁州」「夏河县」) written right before position i (a 的
    between allowed): the full names it may be and where it starts; None otherwise."""
    end = i - 1 if i and q[i - 1] == "的" else i
    for length in range(min(8, end), 1, -1):
        w = q[end - length : end]
        fulls = tuple(dict.fromkeys(d.name for d in (*G.by_name(w), *G.by_short(w)) if d.level == "县" and not d.zone))
        if fulls:
            return fulls, end - length
    return None


def _division_starting(q: str, j: int) -> tuple[str, str] | None:
    """The division whose full name starts at position j of q (「安康市」 then 「汉滨区」, 「平潭」 then a
    片区 of its own): a gazetteer name, or a zone-shaped one."""
    if not _ENDS_IN_LEVEL.match(q[j:]):
        return None
    for length in range(min(10, len(q) - j), 1, -1):
        divs = G.by_name(q[j : j + length])
        if divs:
            return q[j : j + length], divs[0].short or divs[0].name
    zone = _ZONE_AFTER.match(q[j:])
    if zone and not _NOT_PLACE.match(zone.group(1)):
        return zone.group(1), re.sub(r"(?:片区|街道|镇|乡)$", "", zone.group(1))
    return None


def _own_place(place: str, name: str) -> bool:
    """Is the place written (「淮安市」 of 「淮安市本级」) the body's own place — in its name and not followed
    there by a division of its own (「淮安市洪泽区人民政府」 is a body in 淮安市, not 淮安市's)? A tail of the
    place counts (「洪所在的淮安市」 → 淮安市)."""
    for n in range(len(place), 1, -1):
        at = name.find(place[-n:])
        if at >= 0:
            return not re.match(r"[\u4e00-\u9fff]{1,3}?[区县市旗镇乡]", name[at + n :])
    return False


# a question asked of a set of bodies: a ranking, a listing, a count or a total over them
_SET_ASKED = lazy(
    r"各|哪些|哪几|哪个|哪家|哪一|谁|最多|最少|最高|最低|排名|排序|排个序|前[一二三四五六七八九十\d]+(?:名|位|家)?|所有|全部"
    r"|有几个|有几家|多少家|多少个(?:单位|部门|机关)|合计|总共|一共|加起来|总和|之和|平均"
    r"|(?:数据)?库(?:里|中|内)|已?收录的"  # 「库里的司法局」: every one the store holds
    # a search box's keywords over a line of work (「卫健委2022年同意公开总数」「统计局 23年 有复议的」「司法局2024结转下年
    # 不为0」): a total, or the bodies with a figure, asked of the line — every stored body of it that year
    r"|总数|不(?:为|是|等于)\s*[0零]|非[0零]|大于\s*[0零]|(?:^|(?<=[\s\d年度]))有[^，,？?\s]{1,12}的[？?]?$"
)
# 「河北省2021年的报告，按…排个序」「江苏省的报告中…最高的是哪个单位」: a place's reports, a set only when the
# question asks an operation over a set (a rank, a total, a listing) — 「芜湖市的报告里新收多少」 stays its government,
# 「平潭2022年度报告列出的问题」 is its report's (列出 asked is a command, at the start of a clause)
# (「上海市的单位的年报」: the place's bodies' reports)
_PLACE_REPORTS = lazy(
    r"(?<=[\u4e00-\u9fff])的?(?:(?:各|所有的?|全部的?)?(?:单位|部门|机关)(?:的?(?:年度)?(?:报告|年报))?|(?:年度)?(?:报告|年报))"
    r"(?![\u4e00-\u9fff]{0,2}(?:说|写|提|讲))"
)
# (「江苏省里新收的政府信息公开申请最高那家」: 里 after the place is among its reports, whatever words follow — but
# 「江苏省一共收到多少政府信息公开申请」 asks the province's own figure, never its stored bodies' sum; 「贵州省荔波县档案馆
# 2023年一共…」: a body of another kind written after the province — 馆, 院, 中心 … — is that body, never the set summed)
_AFTER_PROVINCE = lazy(
    r"(?:(?<=省)|(?<=自治区)|(?<=市))"
    r"(?:(?=里|内|当中)|(?![\u4e00-\u9fff]{0,6}(?:厅|局|委|办(?![结理])|政府|馆|院|中心|署|站|队)))"
)
_OVER_SET = lazy(
    r"排列|排个?序|排名|排一下|排一排|[从由](?:多到少|少到多|高到低|低到高|大到小|小到大)|列个表|列一?张表|(?:^|[，,：:])列出|列一下|总和|合计|加起来|加总|汇总|一共|总共|哪(?:些|个|几个|几家|几份|一家|一个)(?:单位|部门|机关|报告|年报)|哪几?家|谁|最[多少高低大小]|大于|不是0|有.{1,12}的是"
    # 「四川省的报告你们收了多少份」「四川省2024年的报告，被起诉过的有几个」: the place's reports or bodies counted
    r"|(?:几|多少)份|(?:报告|年报)的?(?:数量|份数)|的有几(?:个|家)|(?:有|共有)多少家|有哪几(?:个|家)|平均|中位数|均值|每一?家"
    # 「山西省22年和23年新收总数比变了多少」「湖南省2024年新收超过200件的有哪些」: the set summed, or tested by a bound
    r"|总数|总量|加一块|加到一起|加在一起|相加|的(?:有|是)哪(?:些|几)|(?:超过|多于|高于|少于|低于|不足|不到|不少于|至少)\s*\d"
    # 「湖南省2023年的报告有没有算错的」: the place's reports checked — those failing a check, listed
    r"|[算加填印写]错|对不上|合不上|加不上|有错|错误|有误|勾稽|不一致|矛盾|出错|差错"
    # 「把宁夏2023年表三核验没过关的年报列出来」: failing a check, the reports listed (zffixa)
    r"|不平衡|错账|(?:校验|核验|核对)[^，,？?。]{0,6}?(?:不通过|没通过|没有通过|未通过|通不过|没过|不过)|列出来"
    # 「河北省2020年的年报，每个单位…各多少件」「安徽省的报告中…分别是多少」: each of its bodies' figure, listed
    r"|每一?个(?:单位|部门|机关)|各(?:是|为|有)?(?:多少|几)|分别(?:是|为|有)?(?:多少|几)|(?:所有|全部)的?(?:单位|部门|机关)"
    # 「…为零的单位有哪些」「…100件以上的单位」「找出…的单位」: the bodies passing a test, listed
    r"|(?:单位|部门|机关|机构|报告|年报)(?:有|是)?哪(?:些|几)|(?:^|[，,：:])(?:请|帮我)?(?:列出|找出|指出|筛选出?|挑出)"
    r"|(?:为|是|等于)[0零](?:件|起)?的(?:单位|部门|机关)|不为[0零]|以上的(?:单位|部门|机关)|的(?:单位|部门|机关)[？?]?$"
    # 「…报告单位之间…的极差」「有多大比例的单位…」「…的单位占全部报告单位的比例」: a figure of the set itself
    r"|极差|全距|(?:单位|部门|机关)之间|(?:多大|多少|几成)的?比例的(?:单位|部门|机关)"
    r"|占(?:全部|所有|全省|全市)的?(?:报告)?(?:单位|部门|机关|报告|年报)"
    # 「浙江省的年报里哪些是旧格式的」「湖南的报告中哪几份是按2019版填的」: which of the place's reports
    r"|(?:报告|年报)(?:里|中|当中|之中)(?:面)?(?:有)?哪(?:些|几)"
)


# 「湖南2022年库里这些单位」「浙江省库里的年报」「陕西省2021年库里这些区县政府」 (after the year: zvfixb2): the store (库里)
# is no part of the place's name nor of its set; nor is
# the place said twice (「广东省2024年全省报告单位」)
_IN_STORE = lazy(
    r"(?<=[省市区县州旗盟镇乡道年度])(?:数据)?库(?:里|中|内)(?:的)?|(?<=省)全省|(?<=市)全市|(?<=自治区)全区"
)
# what may follow a place written by its short name alone (「湖南每家」「河北各单位」「浙江的年报」「广西哪些单位」): a set, 的,
# the store — never more of a name (「河北雄安新区」「湖南师范大学」「浙江林业局」)
# (「24年山东申请50件以上的」「山东收到申请」: a measure of the tables — no name goes on so)
# (a space after it too: 「2025 内蒙古 复议 总计 排名」, a query typed as keywords; a table named right after the year
# taken out: 「把宁夏2023年表三…」; 「湖南一共…」)
_SHORT_FREE = r"(?=$|[\s\d的每哪各这那库有所全，,。？?]|表[一二三四1234]|一共|总共|年报|年度报告|报告|(?:本年)?(?:新收|收到)?的?(?:信息公开)?申请(?![人书表]))"


@functools.cache
def _short_provinces() -> dict[str, str]:
    """Every province's short name (「湖南」「广西」) that no other province or prefecture shares → its full name."""
    return {
        d.short: d.name
        for d in G.provinces()
        if len(d.short) >= 2 and all(x.level not in "省市" or x == d for x in G.by_short(d.short))
    }


def _short_provinces_before_kind() -> dict[str, str]:
    """`_short_provinces` and the province whose short name only a prefecture of its own shares (「吉林」, 吉林市 in
    吉林省): before a kind of body (「吉林 县区政府」「吉林区县部门」) it is the province — the set that holds the city's
    too, named in the answer's scope (znfixb)."""
    out = dict(_short_provinces())
    for d in G.provinces():
        own = all(x == d or x.level not in "省市" or d in G.ancestors(x) for x in G.by_short(d.short))
        if len(d.short) >= 2 and d.short not in out and own:
            out[d.short] = d.name
    return out


def _short_places(q: str) -> str:
    """q with a province written by its short name alone given its full name (「湖南每家」 → 「湖南省每家」, 「广西哪些
    单位」 → 「广西壮族自治区哪些单位」): the place-set reader reads a division by its full name."""
    full = _short_provinces()
    return _SHORT_PROVINCE().sub(lambda m: full[m.group()], q)


# 「郴州2023年的报告一共有几份」「赣州20年的报告」 (the years taken out): a city by its short name opening the question,
# right before its reports — the overview's filter by place: every body of the city, not only its government
_SHORT_CITY = lazy(
    r"^(?:库里|库中|本库)?([\u4e00-\u9fff]{2,3}?)(?=的?(?:各|所有|全部)?(?:单位|部门|机关)?的?(?:年度)?(?:报告|年报))"
)


def _one_city(short: str):
    """The one prefecture whose short name is `short` (「乌鲁木齐」「郴州」), none when a province shares it or
    several prefectures do."""
    if len(short) < 2:
        return None
    divs = list(G.by_short(short))
    cities = [d for d in divs if d.level == "市" and d.code.endswith("00") and not d.code.endswith("0000")]
    if len(cities) != 1 or any(d.level == "省" for d in divs) or cities[0].short != short:
        return None
    return cities[0]


def _short_city(q: str) -> str:
    """q with such a city written by its full name (「郴州」 → 「郴州市」) when its short name is one prefecture's and
    no province's (「吉林」 is both: left as written; 「平潭」 is no prefecture)."""
    m = _SHORT_CITY.match(q)
    # (a prefecture: 「平潭」's 综合实验区 is of a county's rank, one body — its reports are its own)
    city = _one_city(m.group(1)) if m else None
    if m is None or city is None:
        return q
    return q[: m.start(1)] + city.name + q[m.end(1) :]


_SHORT_PROVINCE = functools.cache(
    lambda: re.compile(rf"(?:{'|'.join(sorted(_short_provinces(), key=len, reverse=True))}){_SHORT_FREE}")
)


_AMONG = lazy(r"(?:里|中|当中|之中|内)?(?:的|有个|那个|这个)?")


# 「武侯区政府玉林街道办」「朝阳区人民政府三里屯街道办事处」: a town's office written after its district's government —
# the town of that district, not the district's government (its own name prints the government so, too)
_GOVERNMENT_BEFORE_TOWN = lazy(
    r"(?<=[区县市旗])(?:人民政府|政府)(?=(?:(?![的在和与及关对年])[\u4e00-\u9fff]){2,6}?(?:街道|镇|乡)(?![村镇]))"
)


def town_of_government(text: str) -> str:
    """The question with a district's government between the district and its town's office taken out."""
    return _GOVERNMENT_BEFORE_TOWN.sub("", text)


def body_among_set(text: str) -> str | None:
    """「武侯区各部门里民政局2023年…」「镜湖区的几家单位中城管局…」: a department named right after a place's set
    of bodies is that department of the place — the question without the set words; None when none is."""
    q = fold(text)
    for m in place_sets(q):
        among = _AMONG.match(q, m.end())  # (it matches the empty string too)
        after = among.end() if among else m.end()
        if _department_at(q, after) is not None:
            return q[: m.start()] + q[after:]
    return None


def place_set(text: str, resolved: Resolved) -> str | None:
    """The set word (「各部门」) a scope of a place's bodies was read from, as written; None for other scopes."""
    if resolved.set_word:  # (「浙江省各县(市、区)政府」: a place's kind of body)
        return resolved.set_word
    if not (resolved.kind or "").endswith(_PLACE_BODIES):
        return None
    # (「四川省2024年的各单位中」: the year written between the place and its set, as the scope read it)
    sets = place_sets(_short_places(fold(text))) or [
        m for m in place_sets(_IN_STORE.sub("", _short_places(_compact(text)))) if m.group() in fold(text)
    ]
    return sets[0].group() if sets else None


_PLACE_BODIES = "各单位"
# what a place's set listed says besides the place and the store's listing words (intent's): asking, politeness
_LIST_ASKED = lazy(r"哪些|哪几|有谁|是谁|列")
_LIST_POLITE = lazy(r"麻烦|请问|帮忙|帮我|你好|您好|想看|看看|一下|这边|那边|这里|那里|下辖|所辖|所属|各级")


def place_listed(text: str, kind: str) -> bool:
    """Is text a place's set (kind: 「天水市各单位」) and words asking for a list only (「天水的单位有哪些」「麻烦列一下
    天水的所有年报」)?"""
    from .intent import _LISTING

    if not kind.endswith(_PLACE_BODIES):
        return False
    q = _place_words(_short_places(fold(text))).replace(kind.removesuffix(_PLACE_BODIES), "")
    if not _LIST_ASKED.search(q):
        return False
    return len(re.findall(r"[\u4e00-\u9fff]", _LISTING.sub("", _LIST_POLITE.sub("", q)))) < 2


# a place's set said in more words (blindzh, zhfixb): 「（含下辖区县）」「及所辖区县」 — the place's set is every body in it
# already; 「各级单位」「各级行政机关」 are its bodies; 「那边收了哪些单位」「这里收录了哪些」 — the store's words between the
# place and its set; 「库里有哪些兰州市的机关」 — the set asked before the place
_WITH_UNDER = lazy(
    r"[（(](?:含|包括|包含|连同)[^（()）]{0,20}[）)]"
    r"|(?:及|和|以及|连同|含|包括)其?(?:下辖|所辖|所属|下属|辖内)的?各?(?:区县|县区|区|县)(?:[（(]市、?区[）)])?"
)
_EACH_LEVEL = lazy(r"各级(?:行政)?(?=单位|机关|部门)")
_PLACE_FILLER = lazy(
    r"(?<=[省市区县州旗盟])(?:这边|那边|这里|那里)?都?(?:收了|收录了?|收到了?|有)?(?=哪些|哪几|的(?:单位|机关|部门|报告|年报))"
)
# 「兰州的单位2024年各收到多少」「武进区的单位各新收了多少」: the place's bodies, each asked
# (「宝鸡那边哪个单位…最多」: one of the place's bodies asked — among its set)
_BODIES_EACH = lazy(
    r"(?<=[省市区县州旗盟])(?:这边|那边|这里|那里)?的?(?:哪一?[个家])?(单位|机关|部门)(?=都|分别|各)"
    r"|(?<=[省市区县州旗盟])(?:这边|那边|这里|那里)?的?哪一?[个家](单位|机关|部门)"
)
_SET_BEFORE_PLACE = lazy(r"哪些((?:[\u4e00-\u9fff]{2,12}?)[省市区县州旗盟])的?(单位|机关|部门)")


def _place_words(q: str) -> str:
    """q with a place's set said in more words written as the place-set reader reads it (「宝鸡市那边收了哪些单位的年报」
    → 「宝鸡市哪些单位的年报」, 「宝鸡市（含所辖区县）各单位」 → 「宝鸡市各单位」, 「宝鸡各级单位」 → 「宝鸡市各单位」)."""
    q = _short_cities(_EACH_LEVEL.sub("各", _WITH_UNDER.sub("", q)))
    q = _SET_BEFORE_PLACE.sub(r"\1哪些\2", q)
    q = _BODIES_EACH.sub(lambda m: "各" + (m.group(1) or m.group(2)), q)
    return _PLACE_FILLER.sub("", q)


# a city's short name anywhere before its set (「兰州的单位」「临夏那边」「宝鸡渭滨区」「天水2024年」): the city (as a province's
# short name is read by `_short_places`)
_CITY_FREE = r"(?=那边|这边|那里|这里|的|各|所有|全部|库|哪些|\d|[\u4e00-\u9fff]{1,4}(?:区|县)(?!政府|人民政府|[\u4e00-\u9fff]{0,8}(?:局|委|厅|办|政府|院|馆|中心|站|队|所)))"


@functools.cache
def _short_city_names() -> dict[str, str]:
    """Every prefecture's short name (「兰州」「临夏」) that names one prefecture and no province (`_one_city`) → its full
    name; a new area's (「雄安」「天府」, a zone) left out."""
    return {short: city.name for short in G._tables()[2] if (city := _one_city(short)) is not None and not city.zone}


def _short_cities(q: str) -> str:
    names = _short_city_names()

    def full(m: re.Match[str]) -> str:
        # (「兰州新区」「临夏县」: a division of its own whose name opens with the city's short)
        if any(G.by_name(q[m.start() : m.end() + k]) for k in range(1, 5)):
            return m.group()
        return names[m.group()]

    return _SHORT_CITY_ANY().sub(full, q)


_SHORT_CITY_ANY = functools.cache(
    lambda: re.compile(rf"(?<![省市])(?:{'|'.join(sorted(_short_city_names(), key=len, reverse=True))}){_CITY_FREE}")
)


def _loose_pattern() -> str:
    """The loose kind words, longest first; a bare tier word (「区县」) neither after 各/全 (「湖南省各区县的住建局」:
    the counties of a line of work, read by `_COUNTY_FILL`), nor the 区 that ends a place (「广西壮族自治区县市区单位」
    is 县市区, 「浦东新区」's 区 no kind), nor run on into a stored kind word (「区县政府」)."""
    # (bare 乡镇 is read by its rule below; bare 街道/镇街/乡级 only as the overview's filter: 「五三街道2024年」 is a body)
    # (「镇街」 is read after a place too — 「湖南2019年镇街…」 — never the 镇 of a 镇街道办事处; a spoken bare tier —
    # 「广西县里的2023年…」 — only where a year, the reports or a count follows it)
    bare = ("乡镇", "街道", "镇街", "乡级", *SPOKEN_BARE)
    words = sorted((w for w in LOOSE_WORDS if w not in bare), key=len, reverse=True)
    return (
        r"(?<![各全本该])(?<!自治)(?<!新)(?:(?:"
        + "|".join(re.escape(w) for w in words)
        + r")(?!级?(?:人民)?政府|级?部门|直|级|单位|机关|[(（办属])|镇街(?!道)"
        + "|(?:"
        + "|".join(re.escape(w) for w in SPOKEN_BARE)
        + r")(?=[\d一二〇○零]|年|报告|年报|一?共|总共|有|收|合计|加|$))"
    )


# (a bare 县 after a province said short — 「山西县政府部门」「内蒙古县政府部门」 — the gazetteer's provinces)
_COUNTY_GOV_DEPTS = (
    r"(?:(?:县级|区县级?|县区级?)|(?:(?<=省)|(?<=区)|(?<=年)|(?<=度)|(?<=\d)|"
    + "|".join(f"(?<={w})" for w in G.province_shorts())
    + r")县)(?:人民)?政府(?:的|所属的?|下属的?)?(?:工作|职能|组成)?部门"
)
_EACH_TIER = r"各个?((?:县市区|区县|县区)(?:级|里的|的)?(?:职能部门|工作部门|直属部门|部门|局委办|委办局|人民政府|政府|单位|机关))"


def _each_tier(m: re.Match[str]) -> str:
    """「各县区的部门」 → 县级部门, 「各区县政府」 → 县级政府, 「各县区单位」 → 县级政府和县级部门 (LOOSE_WORDS' reading)."""
    w = m.group(1)
    if w in LOOSE_WORDS:
        return "和".join(LOOSE_WORDS[w])
    return "县级政府" if w.endswith("政府") else "县级政府和县级部门" if w.endswith(("单位", "机关")) else "县级部门"


# a kind of body as users spell it beyond the stored kind words (read only where a place is written before it):
# 「县（市、区）政府」「县市区政府」 are the 区县政府, 「县直单位」「县直各部门」 the 县级部门, 「街道办」 a 乡镇街道 …
_KIND_SPELLED = (
    # 「县级政府部门」「区县人民政府工作部门」「山西县政府部门」: the county government's departments — 县级部门, never the
    # government (a bare 县 only after a province, a year or a number: 「洪泽县政府部门」 is a county's own)
    (lazy(_COUNTY_GOV_DEPTS), "县级部门"),
    # 「四川省2023年度各县区的部门中」「广西2021年各区县局委办里」「浙江省2023年的各区县政府中」: 各 before a tier said
    # with a set's noun is that tier's kind (a line of work after it — 「各区县的住建局」 — is `_COUNTY_FILL`'s)
    (lazy(_EACH_TIER), _each_tier),
    # 「山西2024年区县各部门」「县区各局委办」: the tier, then each of its departments — 县级部门, not its governments too
    (lazy(r"(?<![各全本该])(?<!自治)(?:县市区|区县|县区)各个?(?:职能部门|工作部门|部门|局委办|委办局)"), "县级部门"),
    # 「县里区里的局委办」「区里县里的部门」: the county tier said twice, then its departments
    (
        lazy(r"(?:县里|区里)[、和及跟与]?的?(?:县里|区里)的?(?:局委办|委办局|职能部门|工作部门|各部门|部门|各局|局)"),
        "县级部门",
    ),
    # 「乌鲁木齐的区政府」「乌市各区政府」「成都市下面的区人民政府」: a city's district governments — its 县级政府 (zgfixc;
    # never 「洪泽区政府」, one body: 区 right after 的 or 各 only — or a count or a set's pointing word: 「兰州几个区政府」
    # 「这几家区政府」「那些区政府」)
    (
        lazy(r"(?:(?<=[的各])|(?<=几个)|(?<=几家)|(?<=这些)|(?<=那些))区(?:人民)?政府(?!办|工作部门|部门|组成部门)"),
        "县级政府",
    ),
    # 「乡镇人民政府（街道办事处）」: the template's own name of the towns' level
    (lazy(r"乡镇(?:人民)?政府[(（](?:街道|街道办事处|街道办)[)）]"), "乡镇政府"),
    # 「山东县区级」「江苏区县」「贵州县市区职能部门」「辽宁县一级局委办」「浙江省街道乡镇」: the loose words of
    # extractor/levels.py, each written as the stored words of the levels it names (「区县」 → 县级政府和县级部门);
    # first: 「街道乡镇」 before the bare 乡镇 below
    (lazy(_loose_pattern()), lambda m: "和".join(LOOSE_WORDS[m.group()])),
    (lazy(r"县[(（]?市[、，,]?区[)）]?(?=政府|人民政府|部门|直部门|级部门)"), "区县"),
    # 「县（区）人民政府」「区（县）政府」「县(区、市)部门」: the county tier with its other names in brackets
    (lazy(r"(?<![各全本该])[县区][(（](?:[县区市][、，,]?){1,2}[)）](?=(?:人民)?政府|部门|直部门|级部门)"), "区县"),
    # 「湖南省县 区 人民政府」: the same brackets as a voice input or a copied line leaves them — spaces (after a place)
    (
        lazy(
            r"(?<=[省市州])[县区][ \t\u3000]+(?:[县区市][、，,]?){1,2}[ \t\u3000]+(?=(?:人民)?政府|部门|直部门|级部门)"
        ),
        "区县",
    ),
    (lazy(r"区县[(（]市[)）]"), "区县"),
    (lazy(r"区县直(?=部门)"), "县直"),
    (lazy(r"(?<![乡镇])(?:各)?街道办(?:事处)?"), "乡镇街道"),
    (lazy(r"([县市省])直(?:各|所有)(?:部门|单位)"), r"\1直部门"),
    (lazy(r"县直单位"), "县直部门"),
    (lazy(r"(?<=[省区])(?:各|所有的?|全部的?)?厅局"), "省级厅局"),
    # 「湖南省乡镇2023年…合计」: bare 乡镇 after a province or a city is its towns (after a county: its divisions, below)
    (lazy(r"乡镇(?![政人街和、(（])"), "乡镇政府"),
    # 「广西 镇街 2025年」「四川镇街21年」: the towns and streets as officials shorten them
    (lazy(r"(?<![乡])(?:镇街|街镇)(?![道办])"), "乡镇街道"),
)

# what may stand between a place and the kind of body after it (「山西省23年各县直部门」「四川省2023年的市直部门」
# 「湖南省内的县级部门」「湖南省下面所有县级政府」「湖南省所辖的…」「湖南省有哪些…」) — possessive (`++`) and read in a window
# of _FILL_WINDOW characters: its words overlap (「辖区内」 is 辖区+内 too), so a failing search must not try every split
_PLACE_FILL = lazy(
    # (longest first: a possessive group keeps the first alternative that matches — 「各县」 before 「各」)
    r"(?:(?:(?:19|20)?\d{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2})年度?"
    # 「湖南省各县的教育局」「四川省各区县里的卫健局」: the bodies of that line in the place's counties
    r"|各(?:县市区|区县|县区|县|区|市)(?:里|中)?|各地区?|各个?|所有|全部|全省|全市|全区"
    r"|下属|所属|所辖|辖区内?|辖内|下面|下辖|境内|范围内|内|里|中|地区|共有|有|已?收录|这些|那些|哪些|哪几个|哪几家|哪个|哪家"
    r"|[这那]?几[个家]|的"
    # 「在四川省同级市直部门中位列第几」: the kind written after 同级 is the body's own (zvfixb2)
    r"|同级别?|同一级别?|同层级"
    # 「山西 区县政府」「吉林 2024 县区政府」: keywords typed with spaces between them (a search box's)
    r"|[ \t\u3000]+)++$"  # (「兰州几个区政府」「这几家区政府」: a count of the set said, not a number asked)
)
_EACH = lazy(
    r"(?:各(?:县市区|区县|县区|县|区|市)(?:里|中)?的?|各个?|所有的?|全部的?|这些|那些|哪些|哪几个|哪几家|哪个|哪家)++$"
)
_FILL_WINDOW = 40
# the counties (or cities) of a place written before a line of work: its bodies of that level only
_COUNTY_FILL = lazy(r"各(县市区|区县|县区|县|区|市)")
# what joins two places or two kinds into one set (「湖南省、江西省的」「县级部门和市级部门」)
_JOIN = lazy(r"^(?:、|和|与|及|以及|跟|同)(?:各个?|所有的?|全部的?)?$")
_CLAUSE_END = lazy(r"[，,。；;？?！!\s]")
_LINE_FILL = lazy(r"的|各|所有|全部|下属|所属|辖|下面|境内|内|里|收录")


def _kind_spelled(q: str) -> tuple[str, Callable[[int], int]]:
    """q with a kind of body spelled another way written as a stored kind word, and the store's 「库里」 after a place
    left out — and a map from a position of the new text back to q's (the set words are answered as written)."""
    edits: list[tuple[int, int, str]] = []
    for pattern, word in (*_KIND_SPELLED, (_IN_STORE, "")):
        for m in pattern.finditer(q):
            if not any(a < m.end() and m.start() < b for a, b, _ in edits):
                edits.append((m.start(), m.end(), word(m) if callable(word) else m.expand(word)))
    edits.sort()
    out, marks, at = [], [], 0  # marks: (position in the new text, position in q) at each edit's end
    for a, b, word in edits:
        out.append(q[at:a] + word)
        at = b
        marks.append((sum(map(len, out)), b))
    out.append(q[at:])

    def back(k: int) -> int:
        new, old = max(((n, o) for n, o in marks if n <= k), default=(0, 0))
        return old + (k - new)

    return "".join(out), back


def _place_written(q: str, p: int, cities: bool = False) -> tuple[str, str, int] | None:
    """The one division (as written, its gazetteer code, where it starts) whose name ends at position p of q —
    nested names read as one (「成都市武侯区」), a province by its short name (「湖南」「广西」) — or None (none, two of
    one name, or nested names that contradict: 「江西省长沙市」)."""
    names, at = [], p
    while (d := _division_ending(q, at)) is not None:
        names.insert(0, d[0])
        at -= len(d[0])
    if not names:
        full = _short_provinces_before_kind() if cities else _short_provinces()
        short = next((q[p - n : p] for n in (3, 2) if q[p - n : p] in full), None)
        if short is None and not (
            cities and re.match(r"的|各|下面|下属|下辖|所辖|所属|辖区|境内|范围内|[这那]?几[个家]", q[p:])
        ):
            return None  # (a prefecture's short name before a kind only with 的/各 between: 「玉林街道办」 is a town's)
        if short is None:
            # 「乌鲁木齐的区政府」「郴州的县级部门」: a prefecture by its short name, one prefecture's and no province's
            city = next((c for n in (4, 3, 2) if (c := _one_city(q[max(0, p - n) : p])) is not None), None)
            if city is None:
                return None
            return city.name, city.code, p - len(city.short)
        names, at = [full[short]], p - len(short)
    divs = list(G.by_name(names[-1]))
    for outer in names[:-1]:
        codes = {x.code for x in G.by_name(outer)}
        divs = [x for x in divs if codes & {a.code for a in G.ancestors(x)}]
    return ("".join(names), divs[0].code, at) if len(divs) == 1 else None


def _as_written_at(text: str, back: Callable[[int], int], start: int, word: str) -> bool:
    """Is the kind word at start (of the respelled text) written so in text — not a respelling (「街道办事处」 → 乡镇街道)?"""
    return fold(text)[back(start) : back(start) + len(word)] == word


def _places_joined(q: str, p: int, cities: bool = False) -> list[tuple[str, str]]:
    """The places written before position p, joined (「湖南省、江西省」「湖南和江西」): each (as written, its code).
    `cities`: a prefecture by its short name read too (before a level word only: 「乌鲁木齐的区政府」)."""
    out: list[tuple[str, str]] = []
    while (place := _place_written(q, p, cities)) is not None:
        out.insert(0, place[:2])
        at = place[2]
        j = next((at - n for n in (2, 1) if at - n >= 0 and _JOIN.match(q[at - n : at])), None)
        if j is None:
            break
        p = j
    return out


def _kinds_joined(q: str, kinds: list) -> list:
    """The kinds written right after kinds[0], joined to it (「县级部门和市级部门」「省级部门、市级部门」)."""
    out = []
    for prev, nxt in zip(kinds, kinds[1:]):
        if not _JOIN.match(q[prev[2] : nxt[1]]):
            break
        out.append(nxt)
    return out


def _division_in_clause(q: str, start: int) -> bool:
    """Is a division written in q's clause before position start (「湖南省所辖…县级部门」: a place the fill did not join)?"""
    lo = max(0, start - 200)  # (a clause, bounded: hostile input is no cost)
    ends = [m.end() for m in _CLAUSE_END.finditer(q, lo, start)]
    lo = ends[-1] if ends else lo
    return any(_division_ending(q, k) is not None or _place_written(q, k) is not None for k in range(start, lo, -1))


def _clause_before(text: str, start: int) -> str:
    """The words of text's clause before position start (what the user wrote before the kind of body)."""
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    return text[ends[-1] if ends else 0 : start]


def is_government(name: str) -> bool:
    """Is a stored agency name a place's government (人民政府, its office, a zone's committee), not a department?"""
    return bool(_GOVERNMENT.search(fold(name)))


# a line of work's body written as its own name (「自然资源局」): the stem and the suffix
_LINE_BODY = lazy(r"([\u4e00-\u9fff]{2,8})(?:局|委员会|委|厅)")
_SET_AFTER = lazy(r"们|里|中|之中|当中|之间|有哪些|有几")
_YEAR_GAP = lazy(
    r"(?:(?:19|20)?\d{2}|[一二][〇○零九][〇○零一二三四五六七八九]{2}|[〇○零一二三四五六七八九]{2})年度?(?:的)?"
)


_GOVERNMENT = lazy(r"(?:人民政府|政府办公室|政府办公厅|管理委员会|管委会|办事处|实验区|[省市区县镇乡])$")


def _department_at(q: str, k: int) -> str | None:
    """The department name written at position k (「公安局」「卫健局」), or a department's stem right
    before a year (「住建」 of 「五华住建2023年」) — by the department table, never any run of characters."""
    for n in range(min(D.max_form_length(), len(q) - k), 1, -1):
        b = D.body(q[k : k + n])
        if b is not None and b.kind == "department":
            return q[k : k + n]
    for n in range(min(6, len(q) - k), 1, -1):
        b = D.body(q[k : k + n] + "局")
        if b is not None and b.kind == "department" and re.match(r"\d|[〇○零一二]{2,4}年", q[k + n : k + n + 5]):
            return q[k : k + n]
    return None


# 「宁夏回族自治区2023年度政府信息公开工作年度报告中…」: the reports' genre written out after a place — 政府 there is
# no body of the place (no 「宁夏回族自治区政府」): read as 年报 (zffixa)
_GENRE = lazy(
    r"(?:(?<=省\d{4}年度)|(?<=自治区\d{4}年度)|(?<=省\d{4}年)|(?<=自治区\d{4}年))的?"
    r"政府信息公开(?:工作)?(?:年度)?(?:报告|年报)"
)


# 「四川的政府信息公开年报有几份」「新疆维吾尔自治区的政府信息公开工作年度报告」: a province (full or short name) and 的
# before the genre — the province's reports, never 「四川的政府」 read as a body (zgfixc)
_PROVINCE_GENRE = functools.cache(
    lambda: re.compile(
        "("
        + "|".join(sorted({*_short_provinces(), *_short_provinces().values()}, key=len, reverse=True))
        + r")的(?:全部|所有)?政府信息公开(?:工作)?(?:年度)?(?:报告|年报)"
    )
)


def genre_named(text: str) -> str:
    """The text with the genre's long name (「政府信息公开工作年度报告」) said 年报 — only right after a province's year (a
    set) or a province and 的, never after a body's (「洪泽区人民政府2022年度政府信息公开工作年度报告」 keeps its wording)."""
    return _PROVINCE_GENRE().sub(lambda m: m.group(1) + "的年报", _GENRE.sub("年报", text))


_CJK_ONLY = lazy(r"[\u4e00-\u9fff]{2,16}")
_BODY_WORD = lazy(r"(?:局|厅|委|委员会|办|办公室|中心|政府|署)$")
# 「海南州」「黔东南州」: an autonomous prefecture by its short form (the gazetteer's alias of its full name)
_PREFECTURE_SHORT = lazy(r"(?<!自治)([\u4e00-\u9fff]{2,3}?)州(?![市区县])")


def _prefecture_full(m: re.Match[str]) -> str:
    divs = G.by_name(m.group())
    return divs[0].name if len(divs) == 1 and divs[0].name.endswith("自治州") else m.group()


def _old_names(body: str) -> tuple[str, ...]:
    """A department as typed, then by its name since the reform of 2018 (环保局 → 生态环境局)."""
    new = re.sub(r"^环保(?=局|厅)", "生态环境", body)
    return (body, new) if new != body else (body,)


def _compact(text: str) -> str:
    """The question with its years taken out (「黄岛区2021年的城管」 → 「黄岛区城管」)."""
    return _YEAR_GAP.sub("", fold(text))


_PLACE_HEAD = lazy(r"^([\u4e00-\u9fff]{2,8}?)(?:省|自治区|市|自治州|州|地区|盟|区|县|自治县|旗|镇|乡|街道)")


def _of_place_written(keys: list[str], text: str) -> list[str]:
    """The agencies among `keys` whose own place (a division the key starts with: 鄞州区, or 鄞州) the
    text writes."""
    return [k for k in keys if any(p in text for p in _places_of(k))]


_LISTED = lazy(r"[+＋、和及与]((?:(?![的在是了年])[\u4e00-\u9fff]){2,6})")


def _chosen_named(said: str, key: str, catalogue: Catalogue, text: str) -> bool:
    """(zxfixb) 「咱们市人社局」「这个县人社局」 on the chosen report: the user's own name for the chosen body (rag/namefix.py)."""
    from .namefix import fits_chosen

    return fits_chosen(said, key, catalogue, text)


def _places_of(key: str) -> list[str]:
    """The places an agency key starts with, written in full and bare (「石家庄市长安区卫生健康局」:
    石家庄市, 石家庄, 长安区, 长安)."""
    at, places = 0, []
    while m := _PLACE_HEAD.match(key[at:]):
        places += [m.group(0), m.group(1)]
        at += m.end()
    return places


def _unquoted_mentions(text: str) -> tuple[str, list]:
    """The question folded with its quoted titles blanked (「“科技河北”视频号」: a title, not a body), and the
    agency mentions the normalisation finds in it."""
    from extractor.agency import mentions as agency_mentions

    q = _QUOTED.sub(lambda m: "　" * len(m.group()), fold(text))
    return q, agency_mentions(q)


def _level_department(text: str) -> str | None:
    """A department named by its level alone (「市教育局」「区卫健局」) in a question over the store: some city's or
    district's department the store does not hold under that name — never every body's figure. (Asked of a report
    read, the same words name its own body: `_body_named` skips them.)"""
    for m in _unquoted_mentions(text)[1]:
        b = D.body(m.text[1:]) if m.text[0] in _LEVEL_END else None
        if b is not None and b.kind == "department":
            return m.text
    return None


def _body_named(text: str) -> str | None:
    """A place or a body the normalisation finds in the question (「江宁」 of 「江宁水务」, 「公安局」), as
    written with the name run that follows it — a name, even one no stored body answers to."""
    q, found = _unquoted_mentions(text)
    for m in found:
        if m.text[0] in _LEVEL_END:  # 「市政府网站」「区卫健局」: the body of the report read, named by its level
            continue
        run = _NAME_RUN.match(q, m.end)
        return q[m.start : m.end] + (run.group() if run else "")
    return None


# a government's name cut at its start, opening the question (after a filler): three or more of its last
# characters, then 政府 (「族撒拉族政府2023年度…」)
_CUT_GOVERNMENT = lazy(
    r"^(?:请问|那个|那|问一?下|我想问一?下|想问一?下)?[\s，,]*([\u4e00-\u9fff]{3,12}?)(人民政府|政府)"
)
_GOVERNMENT_END = lazy(r"(?:人民政府|政府)$")
_PLACE_LEVEL_END = lazy(r"(?:自治县|自治州|自治旗|县|市|区|旗|州)$")
_QUOTED = lazy(r"[“\"「《『][^”\"」》』]{1,20}[”\"」》』]")
_NAME_RUN = lazy(r"(?:(?![的在和与及跟同是了年收今去共])[\u4e00-\u9fff]){1,4}(?=\d|[的年在，,？?+＋、]|$)")


# a command the question opens with (「列出安徽省…」「请找出…」): never part of a name
_COMMAND = lazy(
    r"^(?:请|帮我|麻烦)?(?:列出|列一下|指出|找出|找一下|查一下|查出|筛选出?|挑出|统计一下|算一下|告诉我|看看|说说)"
)


def _place_named(text: str) -> str | None:
    """A region or body the question names (「火星市」) — generic words (全市, 本区) do not count."""
    # (「2020年安徽省的年报里…」: the year's 年 is no part of the place named — 万年县 keeps its own)
    q = re.sub(r"\d+\s*年度?", " ", _COMMAND.sub("", fold(text)))
    for m in _PLACE_IN_Q.finditer(q):
        if not _NOT_PLACE.match(m.group(1)):
            return m.group(0)
    national = _NATIONAL.search(q)
    return national.group(0) if national else None


def _line_stem(word: str) -> str:
    """The stem of a line of work's bureau as its full name writes it (「发改局」→ 发展和改革, 「卫健局」→ 卫生健康,
    「市场监管局」→ 市场监督管理): the word every body of the line holds in its name; "" for a word of no line."""
    b = D.body(word)
    full = b.full if b is not None and b.kind == "department" else word
    stem = re.sub(r"(?:局|委员会|委|厅|部门|系统)$", "", full)
    if b is None and stem != full:  # (「卫健部门」: the stem's bureau)
        b2 = D.body(stem + "局")
        stem = re.sub(r"(?:局|委员会|委)$", "", b2.full) if b2 is not None and b2.kind == "department" else stem
    return stem if len(stem) >= 2 else ""


def kind_of_place_said(text: str, word: str) -> bool:
    """`word` is (inside) a kind of place said as a set in `text` (「库里同一年已收录乡政府合计」: 乡政府), not a body."""
    from . import place_kinds

    pk = place_kinds.respell(text)
    return pk is not None and bool(word) and (word in pk.said or pk.said in word)
