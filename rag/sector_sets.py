"""Sectors set against sectors, or against all of a province-year's reports (ztleft, issue 13):
「库里江西2024年收录的所有年报里，民政部门收到的申请占了百分之几」 (a sector's share), 「A、B、C这三类部门哪类最多」
「A vs B …合计」 (two or three sectors compared), 「按行业分，库里福建省2021年收录的政府部门里哪一类收到的申请最多」
(every sector of a province-year) and 「全中国的人社部门…一共多少件」 (the store is no census: refused, the store's
set offered).

Membership is `sectors.sector_of` (the bank README's rule: the name ends with the sector's department name right
after its place); the reports of a province-year are the scope reader's (asked as 「库里X省2024年收录的年报」), those
of a whole store's year every stored report of the year. A statistic is computed only when every member's cells
are read — an unread member is named, and nothing is computed over "the members with a figure"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import sectors as S, slips
from .lazyre import lazy


@dataclass(frozen=True)
class Measure:
    label: str  # what the answer calls it
    keys: tuple[str, ...]  # the cells summed for one report
    asked: str  # the words of a sub-question asking it of a set


MEASURES = {
    "lit": Measure("行政诉讼（直接起诉加复议后起诉）", ("t4.ld.tot", "t4.lr.tot"), "行政诉讼"),
    "rv": Measure("行政复议", ("t4.rv.tot",), "行政复议"),
    "r1": Measure("予以公开", ("t3.r1.tot",), "予以公开"),
    "new": Measure("本年新收申请", ("t3.new.tot",), "本年新收申请"),
}


def measure_of(q: str) -> str:
    if re.search(r"诉讼|起诉", q):
        return "lit"
    if re.search(r"复议|复以", q):
        return "rv"
    if re.search(r"予以公开|全部公开|同意公开", q):
        return "r1"
    return "new"


_STORE = lazy(r"库里|库中|已?收录|收绿|已收")
_NATION = lazy(r"全中国|全国(?!人大|政协|人民代表)|中国所有|全国各地")
_SHARE = lazy(r"占.{0,16}(?:百分之|百分比|比例|比重|几成)|占比")
_ALL_REPORTS = lazy(
    r"(?:所有|全部|全体)的?(?:收录的)?(?:政府信息公开)?(?:年报|报告)|收录的(?:政府信息公开)?(?:年报|报告)(?:里|中|当中)"
)
# a measure no table holds (per head of population, the budget): left to the routes that refuse it
_NOT_TABLED = lazy(r"人口|每万人|每千人|人均|经费|预算|资金|少数民族申请")
_RANK = lazy(r"排第|排弟|排名|名次|第几|位列")
_SAME_YEAR = lazy(r"同一年|同年|今年|当年|本年度")
_OWN_PROVINCE = lazy(r"本省|同省|省内|我们省")
_WHICH = lazy(r"哪类|哪一类|哪个|哪边|哪一个|谁|最多|最少|多还是|比较|相比|[vV][sS]|对比|各多少|各是多少|按部门类别")
_BY_SECTOR = lazy(r"按(?:所属)?(?:行业|部门类别|系统)|哪个系统|哪类部门|哪一类部门|哪个行业")


@dataclass(frozen=True)
class Plan:
    op: str  # share / top / topall / nation / rank
    sectors: tuple[str, ...]  # sector keys, as said
    measure: str
    year: int | None
    province: str | None  # the province's full name, or None (the whole store)
    named: str | None = None  # rank: the body ranked, as written (or the chosen report's agency)


def _mended(q: str) -> str:
    return S._lay_names(q)


def _systems(q: str) -> str:
    """「民政系统」「卫健系统」 said alone: the sector's word (「民政部门」)."""
    for sec in S.SECTORS.values():
        stem = sec.word.removesuffix("部门")
        q = re.sub(stem + r"系统(?!的?(?:部门|机关|局))", sec.word, q)
    return q


def _elided(text: str) -> list[tuple[int, str]]:
    """「管民政的、管卫生的和搞教育的部门」: lay names whose 部门 only the last says — each sector, where it is said."""
    stems = sorted(S._stem_sector(), key=len, reverse=True)
    pattern = r"(" + "|".join(map(re.escape, stems)) + r")的?(?=[、，,和及与跟/／])"
    if not re.search(r"部门|机关|局", text):
        return []
    return [(m.start(), S._stem_sector()[m.group(1)]) for m in re.finditer(pattern, text)]


def sectors_said(q: str) -> tuple[str, ...]:
    """The sectors q names as sets (a sector's word, an ending, a short bureau word, a lay name), in order — a
    department's own name (「眉山市东坡区司法局」: its place before the word) is none."""
    text = _systems(_mended(q))
    found: list[tuple[int, str]] = _elided(text)
    for m in re.finditer(S._set_words(), text):
        if m.start() and text[m.start() - 1] in "省市区县旗州盟" and not _STORE_BEFORE.search(text[: m.start()]):
            continue
        found.append((m.start(), S._word_sector()[m.group()]))
    return tuple(dict.fromkeys(key for _, key in sorted(found)))


# 「库里的司法局」「江西省2024年收录的人社局」: the place before the word bounds the set, it names no body
_STORE_BEFORE = lazy(r"(?:库里|收录|年)的?$")


def _province(q: str) -> str | None:
    from extractor import gazetteer as G

    from .scope import _short_provinces

    best: tuple[int, str] | None = None
    for d in G.provinces():
        i = q.find(d.name)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, d.name)
    for short, full in _short_provinces().items():
        i = q.find(short)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, full)
    return best[1] if best else None


def named_body(q: str) -> tuple[str, int] | None:
    """The department q names by its own name (「重庆市渝北区司法局」: a sector's word right after its place), and
    where the name ends — or None."""
    text = slips.mended(q)
    for m in re.finditer(S._set_words(), text):
        if m.start() and text[m.start() - 1] in "省市区县旗州盟" and not _STORE_BEFORE.search(text[: m.start()]):
            head = re.split(r"[，,。？?\s在的]", text[: m.start()])[-1]
            return head + m.group(), m.end()
    return None


def rank_plan(q: str, chosen: tuple[str, int, str | None] | None = None) -> Plan | None:
    """「X2025年的行政复议案件数在库里2025年的司法局里排第几」「我们…在库里今年已收录的管土地的部门中排名第几」 (on a
    chosen report: `chosen` = its agency, year and province): the body's rank in a sector's stored set."""
    from .intent import OWN_WORD, normalise_years

    text = normalise_years(q)
    if not _RANK.search(text) or not _STORE.search(text) or _SHARE.search(text) or _NOT_TABLED.search(text):
        return None
    if chosen is not None:
        if not OWN_WORD.search(text):  # (the speaker's own body: rag/intent.py's one list)
            return None
        agency, year, province = chosen
        said = sectors_said(text)
        years = re.findall(r"(20\d\d)年", text)
        if len(said) != 1 or not (_SAME_YEAR.search(text) or years == [str(year)]):
            return None
        if _below_province(_mended(text)):
            return None
        place = province if _OWN_PROVINCE.search(text) else _province(text)
        return Plan("rank", said, measure_of(text), year, place, agency)
    named = named_body(text)
    if named is None:
        return None
    body, end = named
    rest = text[end:]
    said = sectors_said(rest)
    years = re.findall(r"(20\d\d)年", text)
    if len(said) != 1 or len(set(years)) != 1 or _below_province(_mended(rest)):
        return None
    return Plan("rank", said, measure_of(text), int(years[0]), _province(rest), body)


def _below_province(text: str) -> bool:
    """A place below a province said in text (「长沙市的教育局」「岳麓区各部门」): a set these asks do not bound —
    left to the scope reader's routes, never answered over the whole store or the province."""
    from extractor import gazetteer as G

    for m in re.finditer(r"(?=([\u4e00-\u9fff]{2,10}?(?:市|区|县|州|盟|旗)))", text):
        for n in range(len(m.group(1)), 1, -1):
            name = m.group(1)[-n:]
            if any(d.level != "省" for d in G.by_name(name)):
                return True
    return False


def plan(q: str) -> Plan | None:
    """What q asks of sectors as sets — or None (no such ask: left to the other routes)."""
    from .intent import normalise_years

    text = normalise_years(q)
    if (ranked := rank_plan(text)) is not None:
        return ranked
    said = sectors_said(text)
    if _NOT_TABLED.search(text) and not _NATION.search(text):
        return None
    years = re.findall(r"(20\d\d)年", text)
    year = int(years[0]) if len(set(years)) == 1 else None
    if said and _NATION.search(text) and not _STORE.search(text):
        return Plan("nation", said, measure_of(text), year, None)
    if year is None or not _STORE.search(text) or _below_province(_mended(text)):
        return None
    province = _province(text)
    measure = measure_of(text)
    if len(said) == 1 and _SHARE.search(text) and _ALL_REPORTS.search(text):
        return Plan("share", said, measure, year, province)
    if len(said) >= 2 and _WHICH.search(text) and not _SHARE.search(text):
        return Plan("top", said, measure, year, province)
    if not said and _BY_SECTOR.search(text) and "部门" in text:
        return Plan("topall", (), measure, year, province)
    return None


@dataclass
class Member:
    id: str
    agency: str
    year: int
    value: float | None  # None: a cell not read


def _number(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def scope_words(p: Plan) -> str:
    return f"库里{p.province or ''}{p.year}年收录的"


def answer_text(p: Plan, members: list[Member]) -> tuple[str, float | None, list[Member]]:
    """The answer's words, its value and the members it cites, over the year's (province-year's) stored reports."""
    m = MEASURES[p.measure]
    where = scope_words(p)
    if p.op == "rank":
        return _rank_text(p, members)
    if p.op == "share":
        key = p.sectors[0]
        word = S.SECTORS[key].word
        part = [x for x in members if S.sector_of(x.agency) == key]
        unread = [x for x in members if x.value is None]
        if not members:
            return f"没有找到{where}年报（{where.removeprefix('库里').removesuffix('收录的')}）。", None, []
        if not part:
            return f"没有找到{where}{word}的年报，无法计算占比。", None, []
        if unread:
            names = "、".join(f"{x.agency}{x.year}年" for x in unread)
            return f"无法计算：{where}年报中{names}的{m.label}未能读取，合计不全，占比不予计算。", None, []
        total = sum(x.value or 0 for x in members)
        own = sum(x.value or 0 for x in part)
        if total <= 0:
            return f"无法计算：{where}全部年报的{m.label}合计为0。", None, []
        pct = round(100 * own / total, 2)
        listed = "、".join(f"{x.agency}{x.year}年{_number(x.value or 0)}件" for x in part)
        text = (
            f"{where}{word}的{m.label}合计{_number(own)}件，占{where}全部{len(members)}份年报{m.label}合计"
            f"{_number(total)}件的{pct:g}%（{_number(own)}÷{_number(total)}）。{word}（按名称归属）：{listed}。"
        )
        return text, pct, members
    keys = p.sectors if p.op == "top" else tuple(dict.fromkeys(k for x in members if (k := S.sector_of(x.agency))))
    groups = {k: [x for x in members if S.sector_of(x.agency) == k] for k in keys}
    unread = [x for k in keys for x in groups[k] if x.value is None]
    if unread:
        names = "、".join(f"{x.agency}{x.year}年" for x in unread)
        return f"无法计算：{names}的{m.label}未能读取，各类合计不全，不作比较。", None, []
    empty = [S.SECTORS[k].word for k in keys if not groups[k]]
    present = [k for k in keys if groups[k]]
    if not present:
        return f"没有找到{where}{'、'.join(empty)}的年报。", None, []
    sums = {k: sum(x.value or 0 for x in groups[k]) for k in present}
    order = sorted(present, key=lambda k: -sums[k])
    top = order[0]
    tie = [k for k in order if sums[k] == sums[top]]
    head = (
        f"{'、'.join(S.SECTORS[k].word for k in tie)}并列最多，各{_number(sums[top])}件"
        if len(tie) > 1
        else f"{S.SECTORS[top].word}最多，{_number(sums[top])}件"
    )
    rest = "；".join(f"{S.SECTORS[k].word}{_number(sums[k])}件" for k in order[len(tie) :])
    text = f"按部门类别合计，{where}各类部门的{m.label}：{head}" + (f"；{rest}" if rest else "") + "。"
    if empty:
        text += f"（{'、'.join(empty)}：库里该年没有收录，未计入比较。）"
    if p.op == "topall":
        other = [x for x in members if S.sector_of(x.agency) is None and _department(x.agency)]
        if other:
            text += f"（{'、'.join(x.agency for x in other)}不属于上述任一行业，未计入。）"
    detail = "；".join(
        f"{S.SECTORS[k].word}：" + "、".join(f"{x.agency}{x.year}年{_number(x.value or 0)}件" for x in groups[k])
        for k in order
    )
    cited = [x for k in order for x in groups[k]]
    return f"{text}明细——{detail}。", sums[top], cited


def _department(agency: str) -> bool:
    return not re.search(r"人民政府|政府办公|管理委员会|管委会|街道办事处|办事处$", agency)


def nation_text(p: Plan) -> str:
    words = "、".join(S.SECTORS[k].word for k in p.sectors)
    year = f"{p.year}年" if p.year else ""
    return (
        f"报告未提及：库里只收录了部分机关的年报，不是全国所有{words}，无法给出全国的{MEASURES[p.measure].label}合计。"
        f"可以改问库里收录的范围，如「库里{year}收录的{words}{MEASURES[p.measure].asked}一共多少件」。"
    )


def _same_body(named: str, agency: str) -> bool:
    return named == agency or agency.endswith(named) or named.endswith(agency)


def _rank_text(p: Plan, members: list[Member]) -> tuple[str, float | None, list[Member]]:
    m = MEASURES[p.measure]
    key = p.sectors[0]
    word = S.SECTORS[key].word
    where = scope_words(p)
    part = [x for x in members if S.sector_of(x.agency) == key]
    own = [x for x in members if p.named and _same_body(p.named, x.agency)]
    if len(own) != 1:
        return f"没有找到{p.named}{p.year}年的报告（{where}年报中）。", None, []
    me = own[0]
    if me not in part:
        return f"无法比较：{me.agency}按名称不属于{word}，不在{where}{word}之列。", None, []
    unread = [x for x in part if x.value is None]
    if unread:
        names = "、".join(f"{x.agency}{x.year}年" for x in unread)
        return f"无法计算：{where}{word}中{names}的{m.label}未能读取，名次不予计算。", None, []
    more = [x for x in part if (x.value or 0) > (me.value or 0)]
    rank = 1 + len(more)
    ordered = sorted(part, key=lambda x: -(x.value or 0))
    listed = "、".join(f"{x.agency}{x.year}年{_number(x.value or 0)}件" for x in ordered)
    text = (
        f"{me.agency}{me.year}年的{m.label}{_number(me.value or 0)}件，在{where}{word}（共{len(part)}家）中排第{rank}"
        f"（多于它的有{len(more)}家）。从多到少：{listed}。"
    )
    return text, float(rank), ordered


def doubts_note(store, cited: list[Member], keys: list[str]) -> str:
    """「（注意：…的本年新收申请读数存疑：OCR 读作「109」…）」 for each member whose measured cell the reading's own
    checks doubt (a finding of kind extraction_doubt naming the cell) — the figure is used as read, and said so."""
    import json

    notes = []
    for x in cited:
        for row in store.findings(x.id):
            try:
                body = json.loads(row["body"] or "{}")
            except ValueError:
                continue
            if body.get("kind") == "extraction_doubt" and body.get("check") == "D7" and set(keys) & set(body["cells"]):
                notes.append(f"{x.agency}{x.year}年：{body.get('message', '')}")
    if not notes:
        return ""
    return f"（注意：以下读数存疑，以上按读数计算，请核对原件——{'；'.join(notes)}）"
