"""Answer a question with citations. One `Asker` per application: it keeps the store's catalogue
(reports, agencies and their name forms) and re-reads it only when the store changes.

    question text ──intent.parse──▶ Question ──Catalogue.resolve──▶ reports in scope
                  ──routes.route──▶ handler ──▶ Answer (with 「范围：…」 and citations)

Nothing but the retrieval route opens the vector index (chromadb is imported on first use)."""

from __future__ import annotations

import contextvars
import dataclasses
import re
import threading
import time
from collections.abc import Callable, Iterator

from extractor import gazetteer as G, tablespec as ts
from extractor.agency import identify
from extractor.normalize import fold
from extractor.schema import Answer, Citation

from . import (
    duties,
    english,
    intent,
    keywords,
    loaded,
    message,
    namefix,
    place_kinds,
    premise,
    sector_sets,
    set_followup,
    slips,
)
from .answers import conditions, covers, itself
from .context import NOT_MENTIONED, Context
from .deixis import alternation
from .indexer import indexing
from .lazyre import lazy
from .places import said_by_place
from .question import MetricMeasure, Question, SectionMeasure
from .routes import route
from .scope import Catalogue, Resolved, StoreCatalogue, body_among_set, is_government, place_listed, place_set
from .store import Store
from .units import in_asked_unit

__all__ = ["Asker", "NOT_MENTIONED"]


def _kind_place(kind: str | None) -> str:
    """The place of a set's kind (「湖南省」 of 「湖南省的县级部门」; 「」 of a kind with no place)."""
    return re.split(r"的|各", kind)[0] if kind and re.search(r"的|各", kind) else ""


# a time asked (「花了多长时间」「打了多久」「用了几天」)
_DURATION = re.compile(r"多长时间|多久|多少天|几天|多长|耗时|用时|时长|几个月|多少个工作日")
# money asked of the cases (「复议花了多少律师费」「诉讼赔了多少钱」「应诉费用多少」): table 四 counts cases, no money
_COST = re.compile(r"律师费|诉讼费|费用|多少钱|几块钱|赔偿|赔了|赔付|经费|开支|支出|成本|花了多少(?!件|次|起)")


# (「平谭2019无法提供几件」: a year of four digits needs no 年)
_NAME_BEFORE_YEAR = lazy(r"^[\u4e00-\u9fff]{2,10}?(?:(?:19|20)\d{2}(?!\d)|(?:\d{2,4}|[一二〇零]{2,4})年)")


# 「关注人数大概多少万」: a hedge before the asking word asks the same number (the unit asked is kept)
_HEDGE = lazy(r"(?:大概|大约|大致|差不多|约莫|(?<![预签节制契条公邀合])约)(?=(?:是|有|为)?(?:多少|几))")

# 「鄞州区那三家（市场监管局24年、统计局21年、司法局23年）」「五华区那几家（卫健局、发改局、区政府）」: the bodies
# of a place listed in brackets after 「那几家」 — read as the list written after the place
_SET_IN_BRACKETS = lazy(r"(?:那|这)(?:几|[两二三四五六七八九十\d])[家个]\s*[（(]([^（()）]{2,80})[）)]")


def simplified(q: str) -> str:
    """First the message is made the question it asks (`message.asked`: a pasted mail's ask, its own
    correction, years counted from a now it states). 「上海市人民政府辦公廳」: a question typed in 繁體 is read in simplified characters, through the map
    the extractor reads 繁體 reports with (every word the router matches is simplified); a hedge
    before 「多少」 is dropped; a set of bodies listed in brackets is read as the list; a speaker's
    preamble is dropped (its words name no body: 「我们在做区县…研究：」); and what users vary without
    changing the question is spelled one way (`intent.canonical`: widths, spaces, years, courtesy, particles)."""
    from extractor.traditional import has_traditional, simplify

    # (zvfixb) 「依据年度报告，请告知：X 20 年收到的 41 件申请里，…」: the message read with the spaces beside a number
    # closed when that drops what the spaced one kept — the lead-in was kept, and what follows it was cut (a search
    # box's 「独山镇 2023 上年 结转」 drops nothing either way and is left as typed)
    asked = message.asked(q)
    if asked == q and (closed := intent.spaces_closed(q)) != q and (read := message.asked(closed)) != closed:
        asked = read
    q = intent.drop_preamble(_SET_IN_BRACKETS.sub(lambda m: m.group(1), asked))
    q = intent.canonical(simplify(q) if has_traditional(q) else q)
    return _HEDGE.sub("", keywords.keywords(q))  # (「办理结果 总计」「结转 上年」「复议-维持」「只要数字」「秀山县」)


def _refines(new: list, old: list) -> bool:
    """Do the cells `new` name, one for one, what `old` left at its broad default (本年新收, （七）总计, a row's
    总计 column)? A homophone slip read as nothing leaves the broad cell; its correction names the narrower one."""
    return (
        len(new) == len(old) > 0
        and new != old
        and all(
            n.table == o.table
            # (one broad row for the other is no refinement: 「2024年处理了多少件」 heard as 「年初理了」 is not 本年新收)
            and (
                n.row == o.row
                or o.row in ("new", "r7")
                and n.row not in ("new", "r7")
                # 「复意后起诉的行政诉讼」 read as 行政诉讼 (ld + lr), heard as 复议后起诉: one of the rows the broad one sums
                or n.row in ts.derived_members(o.table, o.row, ())
            )
            and (n.col == o.col or o.col == "tot")
            for n, o in zip(new, old, strict=True)
        )
    )


def _listed(q: str, asks: tuple[str, str]) -> bool:
    """「新收几件 结转下年几件」: two asks of figures of one table side by side, each its own cells, the
    question's cells both of theirs — answered together, as the list of the two (each read as the message
    asks it: 「市民打电话想知道就是…」 is a relay, not the channel 电话 of the tables' words)."""
    keys = lambda ms: {(m.table, m.row, m.col) for m in ms}  # noqa: E731
    each = [intent.parse(simplified(a)) for a in asks]
    return all(p.operation == "value" and p.cells for p in each) and keys(intent.parse(simplified(q)).cells) == keys(
        each[0].cells
    ) | keys(each[1].cells)


def _widens(new: list, old: list) -> bool:
    """Do the cells `new` name all `old` names and more? 「复意和诉讼…一共」 reads only 诉讼: the slip hid one of the
    items asked (as it sounds, 复议), and the answer without it is a figure not asked."""
    keys = lambda ms: {(m.table, m.row, m.col) for m in ms}  # noqa: E731
    return bool(old) and keys(old) < keys(new)


def _refused(ans: Answer) -> bool:
    return ans.answer.startswith(NOT_MENTIONED) and ans.value is None


def _years_held(ctx: Context) -> str:
    """「天水市2024年…」 with only 天水市's 2025 report stored: the body has no report of the years asked — said with the
    years it has, never as if the store held no report of that year at all. "" when no body was named."""
    scope, asked = ctx.scope, ctx.question.scope.years
    if scope.unknown or not scope.agencies or not asked:
        return ""
    # one body: resolved by its name, not by the question's words (the API's `agency` field is not in them:
    # 「收到多少件申请」 with agency=安康 listed every year of the store as 安康's)
    named = dict.fromkeys(scope.agencies)
    other = ctx.catalogue.resolve(
        ctx.q, ctx.question.scope.model_copy(update={"years": []}), next(iter(named)) if len(named) == 1 else None
    )
    held = sorted({e.year for r in other.report_ids() if (e := ctx.catalogue.entry(r)) is not None and e.year})
    if not held or other.ambiguous:
        return ""
    who = "、".join(dict.fromkeys(scope.agencies))
    return f"没有找到{who}{'、'.join(f'{y}年' for y in asked)}的报告；库中该单位有{'、'.join(f'{y}年' for y in held)}的报告"


def _recent(q: str, cat, resolved: Resolved) -> Resolved:
    """「平潭近三年…」 with no report read and no year written: the agency's last three stored years
    (the answer lists them, so which ones is said)."""
    m = intent.RECENT.search(intent.normalise_years(q))
    if m is None or resolved.scope.years or resolved.corpus or resolved.size is not None or not resolved.ids:
        return resolved
    n = intent.CN_SMALL.get(m.group(1)) or int(m.group(1))
    by = _years_of_one_body(cat, resolved)
    if by is None or len(resolved.ids) <= n:
        return resolved
    years = sorted(set(by.values()))[-n:]
    return dataclasses.replace(resolved, ids=[r for r in resolved.ids if by.get(r) in years])


def _years_of_one_body(cat, resolved: Resolved) -> dict[str, int] | None:
    """Each report's year, when the scope holds the reports of one body only (None otherwise)."""
    entries = {r: cat.entry(r) for r in resolved.ids}
    if len({e.agency_key for e in entries.values() if e}) != 1:
        return None
    return {r: e.year for r, e in entries.items() if e and e.year}


def _against_last_year(q: str, cat, question: Question, resolved: Resolved) -> Resolved:
    """「平潭新收比上年增加了多少」 with no report read and no year written: the agency's newest stored year against
    the year before it — every year of it was compared newest against OLDEST (2022 against 2019: +51, not +4).
    A year before it the store does not hold is left out, and the answer says it cannot compare."""
    if (
        question.operation != "change"  # (「哪几年…比上一年多」 asks each year against its own year before)
        or not intent._PREVIOUS.search(q)
        or resolved.scope.years
        or resolved.corpus
        or resolved.size is not None
        or len(resolved.ids) < 2
    ):
        return resolved
    by = _years_of_one_body(cat, resolved)
    if not by:
        return resolved
    newest = max(by.values())
    years = [newest - 1, newest]
    keep = [r for r in resolved.ids if by.get(r) in years]
    return dataclasses.replace(resolved, ids=keep, scope=resolved.scope.model_copy(update={"years": years}))


# 「A除以B是多少」「A是B的几倍」「A和B的比值」: the two sides of a ratio as written (`Asker._text_over_table`)
_RATIO_SIDES = (
    lazy(r"^(?P<a>[^，,？?]{2,30}?)除以(?P<b>[^，,？?]{2,30}?)(?:是|等于|得|的结果|结果)*(?:多少|几)"),
    lazy(r"^(?P<a>[^，,？?]{2,30}?)是(?P<b>[^，,？?]{2,30}?)的(?:几|多少)倍"),
    lazy(r"^(?P<a>[^，,？?]{2,30}?)(?:和|与|跟)(?P<b>[^，,？?]{2,30}?)的?(?:比值|之比)"),
)


# a test, then the agencies it is put to: 「新收超50件的：A、B、C？」「A、B都有吗」「有强制决定的：A、B哪年」
_CANDIDATES = lazy(r"的[：:]|都有吗|都有没有|(?:是否|是不是)都有|哪(?:一|几)?年[？?]?$")
# a total asked as one figure (「新收申请总数是多少」), and the words that ask it of each report instead
# the total of a set of reports (「湖南省2020年这些年报新收申请总数」), or of a set with one left out
_SET_TOTAL = lazy(r"总数|总量|总计|总额|总体|整体|全部加|一共|一起多少|共多少")
_EACH = lazy(r"各(?!类|项|种)|分别|每(?:家|个|份|一|年)|逐|列出|列一下|列个|哪|排|谁|比较|对比|明细|清单")
# 「山西 区县政府 2023 复议不为0」「…有复议 纠正的」「…复议纠正的」「…不予公开 哪些有」: a condition typed as keywords at
# the end of a question over a set — the bodies that pass it, never every body's value (znfixb)
_KEYWORD_CONDITION = lazy(
    r"(?:不为|不是|不等于|大于|非|>)\s*(?:0|零)(?:件|个)?的?\s*[？?。]?$"
    r"|(?:^|[\s\d年度])有[\u4e00-\u9fff]{1,10}(?:\s+[\u4e00-\u9fff]{1,6})?的\s*[？?。]?$"
    r"|(?:纠正|败诉)的\s*[？?。]?$|哪些有\s*[？?。]?$"
)
_NOT_CONDITION = lazy(r"多少|几|吗|么|是否|是不是|有没有|最|排|合计|一共|总共|加起来")
_RANKED_LIST = lazy(r"最|排名|排序|前[一二三四五六七八九十\d]+(?:名|位)|哪个多|谁多|谁少|还是")
# 「除了科委还有哪几家」「科委以外还有谁」: the agency named is left out of the whole store
_EXCEPT = lazy(
    r"除(?:了|去|开|掉)?([^，,。？?：:]{2,30}?)(?:以外|之外|外)?(?=[，,]?\s*(?:还|另|其他|其余|别的|剩下))"
    r"|除(?:了|去|开|掉)?([^，,。？?：:]{2,30}?)(?:以外|之外|外)(?=[，,])"
    # 「（不算X）…加起来」「扣除X之后」「去掉X，剩下…」「X之外的其他单位」「把X排除在外」: a member left out of a set
    r"|(?:不算|不含|不包括|不计|扣除|扣掉|去掉|刨去|刨除|排除)([^，,。？?：:（）()]{2,30}?)(?:之后|以后|后|以外|之外|在外)?(?=[，,）)]|剩|$)"
    r"|(?<![除])(?:^|(?<=[，,。：:\s]))([^，,。？?：:]{2,30}?)(?:以外|之外)的?(?=其他|其余|别的)"
    r"|把([^，,。？?：:]{2,30}?)排除在外"
)


_THE_REST = lazy(r"(?:其他|其余|别的|剩下的?)(?=单位|部门)")


_AGAINST = lazy(
    r"比|对比|相比|比较|谁|哪个|哪家|哪边|哪方|倍|差"
    # 「X2023年的新收申请有我们多吗」「X的复议没本局多吧」「赶得上我们吗」: the chosen report's body (我们) set beside X (zmfixa)
    r"|(?:有|没有?|不如|赶得上|赶不上|比得上|及得上|超过|超出|高于|低于|多于|少于)"
    rf"(?:{alternation()})"
    rf"|(?:跟|和|与|同)(?:{alternation()})[^，,？?]{{0,4}}(?:一样|相同|差不多|持平)"
)


def _guess_ranked(q: str, cat, question: Question, resolved: Resolved) -> Resolved:
    """A ranking whose agency is only the guess checked (「…最多的是洪泽吗」): every report of the years asked."""
    m = intent.IS_IT_TOP.search(fold(q))
    if question.operation != "rank" or m is None or resolved.corpus or not resolved.n:
        return resolved
    whole = cat.resolve(q[: m.start(1)], question.scope.model_copy(update={"agencies": []}))
    return whole if whole.corpus and whole.n > 1 and not whole.unknown else resolved


def _put_to(q: str, written: list[str]) -> bool:
    """Is the question a test put to the agencies it lists? 「…的：A、B」 with the agencies after the
    colon (「A、B的：新收各多少」 lists values), or 「都有吗」「哪年」 after them."""
    m = _CANDIDATES.search(q)
    if m is None:
        return False
    if m.group().startswith("的"):
        return all(q.find(fold(w), m.end()) >= 0 for w in written)
    return True


def _plans_for(q: str, cat, question: Question, resolved: Resolved, agency: str | None) -> Resolved:
    """「安康市府办打算2023年怎么改进」 with no 2023 report stored: the plans for 2023 are in the 2022
    report (section 五 says what the next year will do); only for plans, only when that year is missing."""
    ys = question.scope.years
    if resolved.n or len(ys) != 1 or not intent.plans_asked(q):
        return resolved
    before = question.scope.model_copy(update={"years": [ys[0] - 1]})
    earlier = cat.resolve(q, before, agency)
    return earlier if earlier.n and not earlier.ambiguous else resolved


def _except(q: str, cat, question: Question, resolved: Resolved) -> Resolved:
    """「有上年结转的，除了科委还有哪几家」: every report of the years asked but the named agency's; 「广东省2024年的
    年报，除了X以外，其他几家新收加起来多少」: the set's sum (or rank, or mean) without X — never X's own figure."""
    m = _EXCEPT.search(q)
    over_set = question.operation in ("which_reports", "rank", "average") or intent.SUM.search(q) or _rest_total(q)
    if m is None or not over_set:
        return resolved
    groups, _ = cat.agencies_named(next(g for g in m.groups() if g), [])
    left_out = {k for g in groups for k in g}
    if not left_out:
        return resolved
    # (「…四川省2020年其他单位」: the rest of a place's bodies is that place's set, the one left out taken off below)
    rest = _THE_REST.sub("各", q[: m.start()] + q[m.end() :])
    whole = cat.resolve(rest, question.scope.model_copy(update={"agencies": []}))
    if whole.unknown:  # the set is not found: never the figure of the one left out (「扣除X之后」 does not ask X)
        return whole
    if whole.ambiguous:
        return resolved
    ids = [r for r in whole.report_ids() if (e := cat.entry(r)) is None or e.agency_key not in left_out]
    return Resolved(ids, whole.scope, agencies=whole.agencies)


def _rest_total(q: str) -> bool:
    """「…所有单位扣除X之后，本年新收的申请总数多少」: with a member of a set left out, the total asked is the
    rest's sum (a total written alone, 「申请总数」, is one report's 总计). What is left out must be no figure of
    the table (「不含上年结转，新收申请总数」 leaves out a row, not a body)."""
    m = _EXCEPT.search(q)
    if m is None or not _SET_TOTAL.search(q):
        return False
    left = next(g for g in m.groups() if g)
    return not intent.parse(left).cells


_GOVERNMENT_SUFFIX = lazy(r"(?:人民政府|政府)(?:办公室|办公厅)?$")


def _own_government(place: str, name: str) -> bool:
    """Is `name` the government of `place` itself (芜湖市镜湖区人民政府 of 芜湖市镜湖区) — whose report's
    「各部门…分别多少」 is a breakdown it lacks — not one of a division below (九江市濂溪区人民政府 is one of
    江西省's bodies, listed like any other)?"""
    if not place or not is_government(name):
        return False
    stem = _GOVERNMENT_SUFFIX.sub("", fold(name))
    return stem != fold(name) and (stem == place or stem.endswith(place) or place.endswith(stem))


def _others_named(cat, q: str, e) -> list[str]:
    """Agencies a question asked of one report compares it with, as written (「和省教育厅比」)."""
    if not _AGAINST.search(q):
        return []
    from .scope import kind_of_place_said

    groups, written = cat.agencies_named(q, [])
    # (「占库里同一年已收录乡政府合计」: a kind of place named as the set, no body beside it — ztfixc)
    return [w for g, w in zip(groups, written) if g and e.agency_key not in g and not kind_of_place_said(q, w)]


def _owns(names: list[str], t) -> bool:
    """A body read carries the former name as written, its full name or one of its successors' (`former_names.Token`;
    a place's successor only where it lies: 「下关区」 became 南京's 鼓楼区, not 福州's)."""
    for n in names:
        if t.written in n or t.full in n:
            return True
        for i, x in enumerate(t.now):
            if x in n and (not t.codes or _region_within(n, t.codes[i])):
                return True
    return False


def _successor_note(q: str, names: list[str]) -> str:
    """「（「卫生局」按现名「西宁市湟中区卫生健康局」理解）」 when the bodies read carry no former name the question
    writes but a successor of it (extractor/former_names.py); else 「」."""
    from extractor import former_names

    toks = former_names.tokens(q) if names else []
    olds = [t for t in toks if not any(t.written in n or t.full in n for n in names) and _owns(names, t)]
    if not olds:
        return ""
    now = [n for n in names if any(x in n for t in olds for x in t.now)]
    said = "、".join(dict.fromkeys(f"「{t.written}」" for t in olds))
    return f"（{said}按现名{'、'.join(dict.fromkeys(f'「{n}」' for n in now))}理解）"


def _place_read(place: str, written: str, bodies: tuple[str, ...]) -> bool:
    """The place's characters are read in the name as written, before the body put there (when it is there)."""
    at = next((written.find(b) for b in bodies if b in written), len(written))
    return place in written[:at]


def _region_within(name: str, code: str) -> bool:
    """The body `name` lies in the division `code` (a body of no known region: not said to)."""
    ident = identify(name)
    own = G.get(ident.region_code) if ident is not None and ident.region_code else None
    outer = G.get(code)
    return own is not None and outer is not None and G.within(own, outer)


def _place_slipped(q: str, toks: list) -> bool:
    """The place written before a former department name is no division known (「吉杨区卫生局」: a slip of 吉阳区)."""
    from extractor import former_names

    if toks[0].kind != "body":
        return False
    place = former_names.place_before(q, toks[0].start)
    return len(place) >= 2 and identify(place) is None and not G.by_name(place)


def _former_refusal(q: str, ctx: Context, toks: list) -> Answer:
    """「没有找到「夏河县卫计委」的报告；「卫计委」现为卫生健康委员会或卫生健康局，库中也没有其报告」."""
    from extractor import former_names

    said = "；".join(dict.fromkeys(f"「{t.written}」现为{'或'.join(t.now[:3])}" for t in toks))
    written = ctx.scope.unknown or former_names.place_before(q, toks[0].start) + q[toks[0].start : toks[-1].end]
    return ctx.answer(f"{NOT_MENTIONED}（没有找到「{written}」的报告；{said}，库中也没有其报告）", "none")


# set while a question is asked again in its former names' successors (`Asker._renamed`): that reading is final
_RENAMING: contextvars.ContextVar[bool] = contextvars.ContextVar("renaming", default=False)


class Asker:
    def __init__(self, store: Store, index=None, llm=None):
        """`index`: an open rag.index.Index, or None to open one on first need (or never, if
        `index=False`: lexical retrieval only)."""
        self.store = store
        self._index = index
        self.llm = llm
        self._catalogue: Catalogue | None = None
        self._lock = threading.Lock()
        self._typos: tuple | None = None

    # ------------------------------------------------------------------ shared state
    @property
    def index(self):
        if self._index is None:
            with self._lock:
                if self._index is None:
                    from .index import Index

                    self._index = Index(self.store)
        return self._index or None

    def catalogue(self) -> Catalogue:
        """The store's catalogue (reports and agency name forms, read on demand), one per Asker."""
        if self._catalogue is None:
            with self._lock:
                if self._catalogue is None:
                    self._catalogue = StoreCatalogue(self.store)
        self._catalogue.sync()  # type: ignore[attr-defined]
        return self._catalogue

    # ------------------------------------------------------------------ parsing
    def understand(
        self, q: str, report_id: str | None = None, agency: str | None = None, year: int | None = None
    ) -> tuple[Question, Resolved, Catalogue]:
        cat = self.catalogue()
        q = english.chinese(q)  # 「2022年 new applications 多少件」: the few English words the reports' vocabulary has
        q = intent.EXAMPLES.sub("", q)  # 「（安康、平潭之类）」: examples of the set asked, not the agencies asked
        years = [year] if year else None
        if report_id and (e := cat.entry(report_id)) is not None and e.agency_key:
            # asked while reading one report: 「去年」「这几年」「和2021年比」 reach the agency's other reports
            rel = intent.relative_years(q, e.year)
            if rel and e.year and e.year - 1 in rel and re.search(r"上一份|上份|前一份|上一期|上期", q):
                # 「上一份年报」 is the agency's previous report, whatever year it is (2021 before 2023)
                this = e.year
                before = [x.year for x in cat.reports([e.agency_key], None) if x.year and x.year < this]
                if before:
                    rel = sorted({y for y in rel if y != this - 1} | {max(before)})
            others = _others_named(cat, q, e)
            if others:  # 「我们和省教育厅比，谁的多」: the agency named beside the report read is brought in
                agency, report_id = "、".join([cat.name(e.agency_key), *others]), None
                years = years or rel or ([e.year] if e.year else None)
            elif rel is None or rel != [e.year]:
                agency, report_id = agency or cat.name(e.agency_key), None
                years = rel or None
                if rel is None:
                    question = intent.parse(q, years=[])
                    question = question.model_copy(update={"scope": question.scope.model_copy(update={"years": []})})
                    resolved = cat.resolve(q, question.scope, agency)
                    question = question.model_copy(update={"scope": resolved.scope})
                    return self._adjust(question, resolved), resolved, cat
        question = intent.parse(q, report_id=report_id, years=years)
        named = conditions.understand(q, cat, question.scope) if not (report_id or agency) else None
        if named is not None:  # 「A2021年、B2022年这几份里…」「库里山东省2022年的年报…」: a set, tested by conditions
            return question.model_copy(update={"scope": named.scope}), named, cat
        resolved = _against_last_year(q, cat, question, _recent(q, cat, cat.resolve(q, question.scope, agency)))
        if question.operation == "detail" and (among := body_among_set(q)) is not None:
            question = intent.parse(among, report_id=report_id, years=years)  # (「各部门里民政局」: no breakdown)
        if (
            question.operation == "detail"
            and (resolved.n > 1 or resolved.set_word)
            and (bodies := place_set(q, resolved))
        ):
            # 「武侯区各部门2023年一共收到多少申请」: 各部门 is the set of the place's bodies the store holds (each
            # with its own report), not a breakdown of one body's tables — asked with the set word read as scope.
            # With the place's own government among them, 「各部门…分别多少」 asks its report's breakdown (refused,
            # said why); only a sum (「各单位…加起来」) is still the set's
            # (「列出长沙市下面各单位的报告中…大于零的报告」「…排个序」: which reports, or their order, are the set's too)
            place = (resolved.kind or "").removesuffix("各单位")
            # (「兴庆区各单位…分别多少」: 各单位/各机关 are every body of the place, its government one of them — each
            # one's own figure; only 各部门/各局 may ask the government's report by its departments: zhfixb)
            govern = not re.search(r"单位|机关", bodies) and any(
                _own_government(place, getattr(cat.entry(r), "agency", "") or "") for r in resolved.report_ids()
            )
            asked = intent.parse(q.replace(bodies, "这些单位"), report_id=report_id, years=years)
            if not govern or intent.SUM.search(q) or asked.operation in ("which_reports", "rank", "average"):
                question = asked
        resolved = _plans_for(q, cat, question, resolved, agency)
        resolved = _except(q, cat, question, resolved) if not (report_id or agency) else resolved
        resolved = _guess_ranked(q, cat, question, resolved) if not (report_id or agency) else resolved
        question = question.model_copy(update={"scope": resolved.scope})
        if (
            question.operation == "which_reports"
            and len(set(resolved.scope.agencies)) == 1
            and intent.faults_among(q, [], report_id)
        ):
            # 「淇滨卫健委23年哪些数据对不上」: of one body, which of its figures — its check (rules know the body now)
            one = intent.parse(q, agencies=resolved.scope.agencies, report_id=report_id, years=years)
            if one.operation != "which_reports":
                question = question.model_copy(
                    update={"operation": one.operation, "measures": one.measures, "asserted": one.asserted}
                )
        if resolved.kind and question.operation == "describe":
            # 「库里有哪些省级部门的报告」: the kind of body written is the scope, what is left lists its reports
            one = intent.parse(q, agencies=resolved.kind.split("、"), report_id=report_id, years=years)
            if one.operation == "which_reports":
                question = question.model_copy(update={"operation": one.operation, "measures": one.measures})
            elif place_listed(q, resolved.kind):
                # 「天水的单位有哪些」「请列出兰州市（含所属区县）机关的年度报告」: a place's set and nothing but
                # listing words — its reports listed (zhfixb)
                question = question.model_copy(
                    update={"operation": "which_reports", "measures": [SectionMeasure(part="reports")]}
                )
        elif _inventory_unread(question) and (resolved.kind or resolved.scope.agencies):
            # 「山东省自然资源厅的年报有哪几年」「四川省的报告你们收了多少份」: with the body or place taken out,
            # what is left asks the store's inventory — its reports listed and counted
            named = [*resolved.scope.agencies, *(resolved.kind or "").split("、")]
            named += [n.removesuffix("各单位") for n in named]  # (a place's set: 「四川省」 as written)
            one = intent.parse(q, agencies=[n for n in named if n], report_id=report_id, years=years)
            if one.operation == "which_reports" and getattr(one.first(SectionMeasure), "part", None) == "reports":
                question = question.model_copy(update={"operation": one.operation, "measures": one.measures})
        return self._adjust(question, resolved), resolved, cat

    @staticmethod
    def _adjust(question: Question, resolved: Resolved) -> Question:
        """The operation as the resolved scope makes it: a value over several reports is a sum when
        the question says so, a comparison when it names several agencies; a test put to a list of
        agencies (「复议被纠正的：洪泽、平潭、省教育厅都有吗」) is which of them pass it."""
        if (
            question.cells
            and question.operation in ("value", "compare", "rank")
            and resolved.n > 1
            and len(resolved.scope.agencies) > 1
            and _put_to(fold(question.text), resolved.scope.agencies)
            and not _RANKED_LIST.search(question.text)
        ):
            scope = question.scope.model_copy(update={"latest": False})
            return question.model_copy(
                update={"operation": "which_reports", "scope": scope, "asserted": intent.asserted(question.text)}
            )
        text = fold(question.text)
        if (
            question.cells
            and question.operation in ("value", "compare")
            and resolved.n > 1
            and (resolved.kind or not resolved.scope.agencies)
            and _KEYWORD_CONDITION.search(text)
            and not _NOT_CONDITION.search(text)
        ):
            scope = question.scope.model_copy(update={"latest": False})
            return question.model_copy(
                update={"operation": "which_reports", "scope": scope, "asserted": intent.asserted(question.text)}
            )
        if question.operation == "value" and question.cells and resolved.n > 1:
            # 「2022年全部报告的行政诉讼加起来」「…所有单位扣除X之后，…总数多少」
            if intent.SUM.search(question.text) or _rest_total(question.text):
                return question.model_copy(update={"operation": "sum"})
            if resolved.kind and _SET_TOTAL.search(question.text) and not _EACH.search(question.text):
                # 「湖南省2020年这些年报新收申请总数是多少」: one total asked of a place's (or a kind's) set of bodies is
                # their sum — each one's figure is asked with 各/分别/每家 (「各单位的新收总数分别多少」)
                return question.model_copy(update={"operation": "sum"})
            if len(resolved.scope.agencies) > 1:
                return question.model_copy(update={"operation": "compare"})
        if (
            question.operation == "value"
            and not question.cells
            and isinstance(question.first(MetricMeasure), MetricMeasure)
            and resolved.n > 1
            and len(set(resolved.scope.agencies)) > 1
        ):
            # 「A和B的政策解读合计是多少」「A、B的政策文件相加，总数多少」: a narrative figure of several bodies named is
            # their sum when the question says so, else each one's (never the one body's figure that fits best)
            if intent.SUM.search(question.text) or _rest_total(question.text) or _SET_TOTAL.search(question.text):
                return question.model_copy(update={"operation": "sum"})
            return question.model_copy(update={"operation": "compare"})
        if (
            question.operation == "describe"
            and resolved.n > 1
            and len(set(resolved.scope.agencies)) > 1
            and not intent.ORDER_ASKED.search(question.text)
            and intent.SUM.search(question.text)
        ):
            # 「把A、B的主动公开信息加总一下」: asked as a request, no figure word — the sum of the figure each states
            return question.model_copy(update={"operation": "sum", "measures": [intent.series_measure(question.text)]})
        if (
            question.operation == "describe"
            and resolved.n > 1
            and len(set(resolved.scope.agencies)) > 1
            and intent.ORDER_ASKED.search(question.text)
        ):
            # 「A、B、C三家里，业务培训最多的是哪家」: an order asked of the bodies named — the figure each states
            # (rag.answers.named_figures reads what is ranked from the words left once bodies and asking are gone)
            return question.model_copy(
                update={
                    "operation": "rank",
                    "measures": [intent.series_measure(question.text)],
                    "extreme": "min" if re.search(r"最(?:少|低|小)", question.text) else "max",
                }
            )
        return question

    def context(self, q: str, report_id=None, agency=None, year=None) -> Context:
        q = simplified(q)
        question, resolved, cat = self.understand(q, report_id, agency, year)
        return Context(self.store, cat, lambda: self.index, self.llm, question, resolved)

    # ------------------------------------------------------------------ answering
    def follow(
        self, previous: str | None, q: str, report_id: str | None, agency: str | None, year: int | None
    ) -> str | None:
        """The question a follow-up stands for (rag/followup.py), or None: it is a question of its own."""
        if not previous:
            return None
        from . import followup

        # (a report, body or year chosen by the caller is the scope: the previous question's is not carried over)
        bodies = self._bodies_reader(report_id, agency, year)
        full = followup.resolve(previous, q, bodies, carry=report_id is None and agency is None and year is None)
        if full is None and (report_id or agency):  # 「那公司提的有几件」 on a chosen report: its applications'
            full = followup.who_filed(q)
        return full if full is not None and full != q else None

    def _bodies_reader(self, report_id: str | None, agency: str | None, year: int | None) -> Callable[[str], list[str]]:
        """The names of bodies a text says, as the scope reader finds them (rag/followup.py's `bodies`)."""
        return lambda text: list(self.context(text, report_id, agency, year).question.scope.agencies)

    def _unread_answer(
        self, q: str, previous: str | None, report_id: str | None, agency: str | None, year: int | None, t0: float
    ) -> Answer | None:
        """The answer asking for the whole question, for a follow-up not understood (else None): one rule for `ask`
        and the API's stream (`ask_events`); a time asked of a count first (`_duration`)."""
        duration = self._duration(q, report_id, agency, year, t0)
        if duration is not None:
            return duration
        if not (previous and self._unread(previous, q)):
            return None
        from . import followup

        if (report_id or agency) and (followup.own_cells(q) or followup.own_words(q)):
            # 「那不予公开是几件」「有没有收费呢」 on a chosen report: a figure of its own, answered of the report
            return None
        ctx = self.context(q, report_id, agency, year)
        text = (
            f"{NOT_MENTIONED}：没能读懂这句追问要问什么；上一问是「{previous}」。"
            "请把问题说完整（单位、年份和所问的数字），例如「洪泽区2022年行政复议多少件」。"
        )
        return self._finish(ctx, ctx.answer(text, "unread"), t0)  # (a chat keeps its previous question)

    def _county_above_town(self, q: str, report_id: str) -> Answer | None:
        """On a town's chosen report (乡镇/街道), a question naming the county (or district, city) above it and not
        the town — 「整个宁海县今年一共收到多少」「这是沅陵县的年报吧？沅陵县今年复议几件」 — asks the county: refused
        when the store holds no report of that county's government for the report's year, saying what the chosen
        report is (never the town's figure as the county's); asked of the county's own report when it is stored."""
        report = self.store.report(report_id)
        if report is None or not report.agency or not report.year:
            return None
        level = report.agency_level or ""
        name = report.agency
        if not (level.startswith("乡") or re.search(r"(?:镇|乡|街道)(?:人民政府|办事处)$", name)):
            return None
        town = re.sub(r"(?:人民政府|办事处)$", "", name)
        heads = [m.group(0) for m in _COUNTY_HEAD.finditer(town)]
        own = town[len(heads[-1]) :] if heads else town
        if not heads or len(own) < 2:
            return None
        stem = re.sub(r"(?:苗族|瑶族|壮族|回族|土家族|彝族|蒙古族|满族)?(?:镇|乡|街道)$", "", own)
        if own in q or (len(stem) >= 2 and stem in q) or _TOWNS_ASKED.search(q):
            return None  # the town itself, or its county's towns (a set, another route)
        county = next((h for h in reversed(heads) if h in q), None)
        if county is None:  # (the region's county named without the city: 「宁海县」 of 宁波市宁海县)
            tail = re.search(r"[^省市州盟]{2,12}?(?:自治县|县|区|市|旗)$", report.region or "")
            county = tail.group(0) if tail and tail.group(0) in q and tail.group(0) in town else None
        if county is None:
            return None
        short = re.sub(r"^.{2,8}?(?:省|自治区)(?=.{2,})", "", county)
        stored = [
            r
            for r in self.store.summaries(year=report.year, limit=100000)
            if re.sub(r"(?:人民政府办公室|人民政府|政府办公室|政府)$", "", r["agency"] or "") in (county, short)
            or (r["agency"] or "").endswith((f"{short}人民政府", f"{short}政府"))
        ]
        if stored:
            return None
        ctx = self.context(q, report_id)
        text = (
            f"{NOT_MENTIONED}：库中没有{short}{report.year}年的报告（问的是{short}全县/全区）；"
            f"当前选定的是{name}{report.year}年的报告，只是{short}下属乡镇（街道）的一份，不代表{short}。"
        )
        return self._finish(ctx, ctx.answer(text, "none"), time.perf_counter())

    def _duration(
        self, q: str, report_id: str | None, agency: str | None, year: int | None, t0: float
    ) -> Answer | None:
        """「复议办理花了多长时间」「行政诉讼打了多久」「复议花了多少律师费」: a time or money asked of what table 四 only
        counts — refused with the reading (was: the count of cases given as the answer, over every report when no body
        was named)."""
        time, cost = _DURATION.search(q), _COST.search(q)
        if not (time or cost):
            return None
        cells = intent.parse(q).cells
        if not cells or any(c.table != "t4" for c in cells):
            return None
        ctx = self.context(q, report_id, agency, year)
        text = (
            f"{NOT_MENTIONED}：年报的行政复议、行政诉讼表只列案件数及结果，没有{'办理用时' if time else '费用或金额'}；"
            "可以问件数，例如「洪泽区2022年行政复议多少件」。"
        )
        return self._finish(ctx, ctx.answer(text, "none"), t0)

    def _unread(self, previous: str, q: str) -> bool:
        """A follow-up-shaped message that names no body and no year of its own (「为什么呢」「那这个呢」) and could not
        be read as one: answered by asking for the whole question, never over every report alone — nor over the
        report or body chosen on the page (「为什么呢」 answered 「报告未提及」 of it became the chat's question before
        the next one, and 「那2021年呢」 then read 「2021年为什么呢」)."""
        from . import followup

        if not followup.unread(previous, q):
            return False
        own = self.context(q).question.scope
        return not own.agencies and not own.years

    def _conversed(
        self, q: str, previous: str | list[str] | None, report_id: str | None, agency: str | None, year: int | None
    ) -> Answer | None:
        """A message asking of the conversation (rag/followup.py `converse`): the bodies named compared, ranked or
        summed, a body or year gone back to, the two years asked, the two shares asked; None for any other. Read
        so only when the caller chose no report and no body (a chosen scope is one report's or one body's)."""
        from . import followup

        turns = followup.history(previous)
        if not turns or agency is not None:
            return None
        t0 = time.perf_counter()
        bodies = self._bodies_reader(None, None, year)
        if report_id is not None:
            # on a chosen report the chat is read as on the store, each turn with its body and year written
            # (「今年不予公开的有几件」 is the report's body's, of its year): 「那海曙区水利局的呢」 is then that body's
            # figure of the report's year, 「加一块多少」「我们和他们比谁多」 over the two
            chosen = self._chosen(report_id)
            if chosen is None:
                return None
            unknown = [self.context(t, None, None, year).scope.unknown for t in turns]
            # (a turn naming a body the store has not is left as it is: never read as the chosen report's)
            turns = [t if u else followup.on_report(t, *chosen, bodies) for t, u in zip(turns, unknown, strict=True)]
            pronoun = followup.of_pronoun(turns[-1], q, chosen, bodies)
            if pronoun is not None:  # 「它被复议了几次」 after 「那芮城县交通运输局呢」: that body's, not the report's
                return self._followed(q, pronoun, report_id, None, year)
            got = followup.converse(turns, q, bodies)
            if got is None or got.kind == "unread" and not followup.of_several(q):
                # (「一共多少」 after 「不予公开多少件」: the report's own figure, read as before)
                other = [b for b in bodies(q) if b != chosen[0]]
                last = turns[-1]
                if unknown[-1] and unknown[-1] in last:
                    # 「那上海市浦东新区教育局呢」 (not stored) then 「那河北省教育厅呢」: its question, of the body named
                    last = followup.on_report(last.replace(unknown[-1], "", 1), *chosen, bodies)
                if not other:
                    # 「去年呢」「那上一年度呢」 after a figure of the chosen report: the same figure of the body's other year
                    full = self._other_year(last, q, chosen, bodies)
                    return self._followed(q, full, None, None, None) if full else None
                full = followup.resolve(last, q, bodies, carry=False) if other else None
                # (never read as the chosen report's: a reading that lost the body named is not taken)
                if full is None or set(bodies(full)) != set(other):
                    return None
                # (no report of the body of the year read: refused as 同期 is, with the years the store has of
                # it — never another year's figure with only the scope line saying so)
                return self._followed(q, full, report_id, None, year)
        else:
            got = followup.converse(turns, q, bodies)
        if got is None:
            return None
        if got.kind == "ask":
            return self._followed(q, got.question, report_id, None, year)
        if got.kind == "unread":
            ctx = self.context(q, None, None, year)
            text = (
                f"{NOT_MENTIONED}：没能从前面的对话读出这句指的是哪个单位或哪一年；上一问是「{turns[-1]}」。"
                "请把问题说完整（单位、年份和所问的数字），例如「洪泽区2022年行政复议多少件」。"
            )
            return self._finish(ctx, ctx.answer(text, "unread"), t0)
        answers = [self.ask(one, report_id, None, year) for one in got.questions]
        if got.kind == "shares":
            return self._shares_summed(q, got.questions, answers, t0)
        if got.kind == "figures":
            return self._figures_combined(q, got.op, got.questions, answers, t0)
        return self._bodies_compared(q, got.op, answers, t0)

    @staticmethod
    def _other_year(last: str, q: str, chosen: tuple[str, int], bodies: Callable[[str], list[str]]) -> str | None:
        """「去年呢」 after 「我们今年予以公开几件」 on a chosen report (the turn written with its body and year): the
        question of the body's one other year the message names, or None (no year of its own, several years, a
        change over two years, another body)."""
        from . import followup

        if not followup.says_year(q):
            return None
        full = followup.resolve(last, q, bodies, carry=False)
        if full is None or full == q or set(bodies(full)) != {chosen[0]}:
            return None
        years = intent.years_in(full)
        return full if len(years) == 1 and years[0] != chosen[1] else None

    def _of_set(
        self, q: str, previous: str | list[str] | None, report_id: str | None, agency: str | None, year: int | None
    ) -> Answer | None:
        """A follow-up on the set of reports the previous question asked over (rag/followup.py `on_set`: 「把2020年也
        算进来」「其中部门的有几份」「那各家分别多少」「最多的是谁」), or a question on a chosen report over its own
        province's set (「同省同年的区县政府一共收到多少申请」「本省2021年县级部门的新收申请加起来多少」:
        `_own_province`); None for any other."""
        from . import followup

        if agency is not None:
            return None
        if report_id is not None:
            return self._own_peers(q, report_id) or self._own_province(q, report_id) or self._own_sector(q, report_id)
        last = self._previous_renamed(_last(previous), None, None, year)  # (「临渭区教委…」: its stored successor's)
        if not last:
            return None
        if isinstance(previous, list) and len(previous) > 1 and last.endswith(followup.SET_COUNT):
            # (「排第一的是谁」 after 「一共几家」 after a set's sum: the set's measure is the sum's — branch zbfixb)
            before = previous[-2]
            if before.startswith(last[: -len(followup.SET_COUNT)]) and followup.own_cells(before):
                last = before
        scope = self.context(last, None, None, year).scope
        if scope.unknown and not scope.agencies and not scope.kind:
            return self._on_unknown(q, last, scope.unknown, year)
        if not scope.kind or scope.agencies or scope.corpus:
            return None
        # (the set's place, where the follow-up's change is written; a kind with no place — 「县级部门」 over every
        # report — is its own anchor)
        place = _kind_place(scope.kind) or scope.kind
        members = [lv for r in scope.report_ids() if (lv := self._level(r))]
        full = followup.on_set(last, q, place, scope.set_word, members, self._bodies_reader(None, None, year))
        return self._followed(q, full, None, None, year) if full else None

    def _over_answer(
        self, q: str, previous: str | list[str] | None, report_id: str | None, agency: str | None, year: int | None
    ) -> Answer | None:
        """The previous answer's set (a ranking of a place's reports, the units over a threshold) re-sorted by another
        measure, its top by it, or narrowed to its members over a figure (rag/followup.py `over_answer`): each member
        of THAT answer asked the measure on its own report — never the whole store, never the place's reports the
        threshold left out; a narrowing naming no measure compares the one the previous turn ranked. None for any
        other message, or when the previous turn answered no set."""
        from . import followup

        last = _last(previous)
        if not last or report_id is not None or agency is not None:
            return None
        got = followup.over_answer(q)
        if got is None or self._bodies_reader(None, None, year)(q):
            return None
        scope = self.context(last, None, None, year).scope
        if not scope.kind or scope.agencies or scope.corpus:
            return None
        measure = got.measure or followup.ranked_measure(last)
        if measure is None:
            return None
        t0 = time.perf_counter()
        before = self.ask(last, None, None, year)
        members = list(dict.fromkeys(c.report_id for c in before.citations if c.report_id))
        if len(members) < 2 or _refused(before):
            return None
        answers = [self.ask(f"{measure}有多少", r) for r in members]
        said = "、".join(lab for lab in (_label(a) for a in answers))
        if got.kind == "sort":
            ans = self._bodies_compared(q, got.op, answers, t0)
            ans.answer = ans.answer.replace(
                f"（按前面问过的{len(answers)}个单位的同一问题）",
                f"（上一问答出的{len(answers)}个单位，按「{measure}」）",
                1,
            )
            return ans
        missing = [_label(a) for a in answers if a.value is None]
        reports = list(members)
        rule = f"{measure}{followup.CMP_SAID[got.cmp]}{_num(got.figure)}"
        if missing:
            text = f"{NOT_MENTIONED}：{'、'.join(missing)}的「{measure}」没有找到，无法按「{rule}」筛选（上一问答出：{said}）。"
            ans = Answer(question=q, answer=text, route="none", reports=reports)
        else:
            unit = next((a.unit for a in answers if a.unit), None) or ""
            keep = [a for a in answers if followup.kept(float(a.value or 0), got.cmp, got.figure)]
            keep.sort(key=lambda a: float(a.value or 0), reverse=got.cmp in ("gt", "ge"))
            head = f"（上一问答出的{len(answers)}个单位中，按「{rule}{unit}」筛选）"
            if keep:
                listed = "；".join(f"{_label(a)}：{_num(float(a.value or 0))}{unit}" for a in keep)
                text = f"{head}共{len(keep)}个：{listed}"
            else:
                others = "；".join(f"{_label(a)}：{_num(float(a.value or 0))}{unit}" for a in answers)
                text = f"{head}没有符合的单位（{others}）"
            ans = Answer(
                question=q,
                answer=text,
                route="compare",
                value=len(keep),
                unit="个",
                citations=[c for a in keep for c in a.citations],
                reports=reports,
                intent="conversation",
            )
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    def _to_place_set(
        self, q: str, previous: str | list[str] | None, report_id: str | None, agency: str | None, year: int | None
    ) -> Answer | None:
        """「那武侯区这些部门2023年加起来呢」 after one body's figure: that figure summed over the departments of the body's
        place of that year (rag/followup.py `to_place_set`), never over the whole store; None for any other."""
        from . import followup

        last = _last(previous)
        if not last or report_id is not None or agency is not None:
            return None
        scope = self.context(last, None, None, year).scope
        named = list(dict.fromkeys(scope.agencies))
        if len(named) != 1 or scope.kind:
            return None
        levels = {lv for r in scope.report_ids() if (lv := self._level(r))}
        if len(levels) != 1:
            return None
        full = followup.to_place_set(last, q, named[0], levels.pop(), self._bodies_reader(None, None, year))
        return self._followed(q, full, None, None, year) if full else None

    def _on_unknown(self, q: str, last: str, unknown: str, year: int | None) -> Answer | None:
        """「换成行政诉讼案件看看」「那县区政府呢」 after a question whose place or body was not found (「把广西24年市里的
        局的…加起来」 answered 「没有找到「广西」的报告」): a follow-up the previous question's words would carry
        reads over EVERY report once the unknown name is dropped — refused with the reading, never that figure
        said as the set's. None when the message is no such follow-up, or names a body or place of its own."""
        own = self.context(q, None, None, year).scope
        if own.agencies or own.unknown or _kind_place(own.kind):
            return None  # (「那湖南省呢」「那洪泽区呢」: a place or body of its own)
        full = self.follow(last, q, None, None, year)
        if full is None:
            return None
        read = self.context(full, None, None, year).scope
        if read.agencies or read.unknown or _kind_place(read.kind):
            return None
        t0 = time.perf_counter()
        ctx = self.context(q, None, None, year)
        text = (
            f"{NOT_MENTIONED}：上一问的「{unknown}」没有找到对应的报告，这句追问无法在那组报告上回答"
            f"（接着上一问读作「{full}」，只会落到全部报告上）。请把地区、单位层级和年份写完整再问。"
        )
        ans = self._finish(ctx, ctx.answer(text, "unread"), t0)
        ans.question, ans.read_as = q, None
        return ans

    def _bare_place(
        self, q: str, report_id: str | None, agency: str | None, year: int | None, previous
    ) -> Answer | None:
        """「江宁 22年 予以公开」「龙华 2024 不予公开」: a bare place typed as a keyword whose name several stored bodies
        carry (`Catalogue.bare_place`) → 「找到多个机关」 naming them, never one body's figure nor every body's."""
        if report_id or agency or previous:
            return None
        several = self.catalogue().bare_place(q, intent.parse(q).scope.years or ([year] if year else []))
        if not several:
            return None
        t0 = time.perf_counter()
        ctx = self.context(q, None, None, year)
        names = "、".join(several)
        ans = self._finish(ctx, ctx.answer(f"找到多个机关：{names}。请写明是哪一个（全称或加上地名）。", "none"), t0)
        ans.question, ans.read_as = q, None
        return ans

    def _sector_sets(self, q: str, report_id: str | None = None) -> Answer | None:
        """Sectors set against sectors or against a province-year's reports, a body's rank in a sector
        (rag/sector_sets): the members by `sectors.sector_of`, their cells read from the store, every member cited —
        or refused (「全中国的…」). On a chosen report only 「我们…在库里今年的X部门里排第几」."""
        if report_id:
            e = self.catalogue().entry(report_id)
            if e is None or not e.agency or e.year is None:
                return None
            divisions = place_kinds._divisions(e.agency)
            p = sector_sets.rank_plan(q, (e.agency, e.year, divisions[0] if divisions else None))
        else:
            p = sector_sets.plan(q)
        if p is None:
            return None
        if p.op == "nation":
            return Answer(question=q, answer=sector_sets.nation_text(p), route="none", intent="none")
        cat = self.catalogue()
        if p.province:
            # (the province-year's reports as the scope reader reads the place: 「库里江西省2024年收录的年报」)
            ids = self.ask(f"库里{p.province}{p.year}年收录的年报本年新收申请一共多少件").reports
        else:
            latest: dict[str, tuple[str, str]] = {}
            for row in self.store.catalogue_rows():
                if row.get("year") == p.year and row.get("agency"):
                    k = row.get("agency_key") or row["agency"]
                    if k not in latest or (row.get("ingested_at") or "") > latest[k][1]:
                        latest[k] = (row["id"], row.get("ingested_at") or "")
            ids = [i for i, _ in latest.values()]
        keys = list(sector_sets.MEASURES[p.measure].keys)
        cells = self.store.cells_of(ids, keys)
        members = []
        for i in ids:
            e = cat.entry(i)
            if e is None or not e.agency or e.year is None or e.year != p.year:
                continue
            got = cells.get(i, {})
            vals = [got[k]["value"] if k in got else None for k in keys]
            value = None if any(v is None for v in vals) else float(sum(vals))  # type: ignore[arg-type]
            members.append(sector_sets.Member(i, e.agency, e.year, value))
        members.sort(key=lambda x: x.agency)
        text, value, cited = sector_sets.answer_text(p, members)
        if value is not None:  # a figure the reading itself doubts (an OCR read the checks do not add up with): said
            text += sector_sets.doubts_note(self.store, cited, keys)
        cites = [Citation(report_id=x.id, agency=x.agency, year=x.year, cells=keys) for x in cited]
        route = "compare" if value is not None else "none"
        return Answer(
            question=q,
            answer=text,
            value=value,
            unit=None if value is None else {"share": "%", "rank": "名"}.get(p.op, "件"),
            route=route,  # type: ignore[arg-type]
            citations=cites,
            reports=[x.id for x in members],
            intent=f"sectors.{p.op}",
        )

    def _place_kind_stored(
        self, q: str, report_id: str | None, agency: str | None, year: int | None, previous
    ) -> Answer | None:
        """「库里2021年收录了几家自治县政府」「云南2021年库里的街道有几家」「湖南2025年的县级市都有哪些」: the stored
        bodies of a kind of place (rag/place_kinds), counted and listed — each report cited, the kind's reading said."""
        if report_id or agency or previous or place_kinds.stored_asked(q) is None:
            return None
        pk = place_kinds.respell(q)
        t0 = time.perf_counter()
        ctx = self.context(q, None, None, year)
        res = ctx.scope
        if pk is None or res.corpus or res.ambiguous or (res.unknown and not res.ids) or not res.ids:
            return None
        cat = ctx.catalogue
        entries = [e for i in res.ids if (e := cat.entry(i)) is not None]
        members = [(e.agency or e.id, e.year) for e in entries]
        bodies = len({e.agency_key or e.id for e in entries})
        said = res.kind or place_kinds.LABEL[pk.kind]
        text = place_kinds.stored_text(pk.kind, said, members)
        cites = [Citation(report_id=e.id, agency=e.agency, year=e.year) for e in entries]
        ans = ctx.answer(text, "metric", value=bodies, unit="家", citations=cites, reports=[e.id for e in entries])
        ans = self._finish(ctx, ans, t0)
        ans.question, ans.read_as = q, None
        return ans

    def _by_duty(self, q: str, report_id: str | None, agency: str | None, year: int | None, previous) -> Answer | None:
        """「克拉玛依管教育的那个局2024年收费多少」: asked as 「克拉玛依市教育局2024年收费多少」 when one stored body of the
        place holds the field in its name; several → 「找到多个机关」 listing them; none → None (the words left as
        written: the scope finds no body of them, said so)."""
        named, several = duties.named_by_duty(q, self.catalogue().names_holding)
        if several:
            t0 = time.perf_counter()
            ctx = self.context(q, None, None, year)
            names = "、".join(several)
            ans = self._finish(
                ctx, ctx.answer(f"找到多个机关：{names}。请写明是哪一个（全称或加上地名）。", "none"), t0
            )
            ans.question, ans.read_as = q, None
            return ans
        if named == q:
            return None
        ans = self.ask(named, report_id, agency, year, previous)
        ans.question, ans.read_as = q, named
        return ans

    def _level(self, report_id: str) -> str | None:
        """The kind of body a stored report is of (「县级部门」: api/overview.py's LEVELS)."""
        rep = self.store.report(report_id)
        return rep.agency_level if rep is not None else None

    def _own_peers(self, q: str, report_id: str) -> Answer | None:
        """「库里和我们同级的X市区县政府（含我们）新收从多到少怎么排」「与本单位同级的各区县政府中新收高于本单位的有哪些」
        「我们新收的占X市同级区县政府加起来的百分之多少」 on a chosen report: its peers in the store (its level, its city
        — its province for a 乡镇 —, its year; `peers.chosen_peers`), never its own figure alone nor 「本报告没有它们的数字」."""
        from .answers import peers

        if peers.asks_chosen_peers(q) is None:
            return None
        t0 = time.perf_counter()
        ctx = self.context(q, report_id, None, None)
        ans = peers.chosen_peers(ctx, report_id, self._level(report_id))
        return self._finish(ctx, ans, t0) if ans is not None else None

    def _own_province(self, q: str, report_id: str) -> Answer | None:
        """「同省同年的区县政府一共收到多少申请」「跟我们同省同级的省直部门今年有几份年报」「本省2021年县级部门的新收申请加
        起来多少」 on a chosen report: the set of its province (of its year, its level when 同级 is said, the kind and
        year written), asked as a set — every report of it, the chosen one among them (said: 含本报告), never the
        chosen report's own figure nor a listing of the others with no total."""
        from . import followup
        from .answers.report_set import province_of

        chosen = self._chosen(report_id)
        e = self.catalogue().entry(report_id)
        prov = province_of(e.agency or "") if e is not None else None
        if chosen is None or prov is None:
            return None
        full = followup.own_province(q, prov.name, chosen[1], self._level(report_id))
        if full is None:
            return None
        ans = self._followed(q, full, None, None, None)
        if report_id in self.context(full).scope.report_ids() and ans.value is not None:
            ans.answer += "（含本报告）"
        return ans

    def _own_sector(self, q: str, report_id: str) -> Answer | None:
        """「库里同一年收录的发改部门有几家」「库里今年的环保部门平均每家复议几件」 on a chosen report: the sector's set of
        its year (its province when 本省 is said), asked as a set (rag/sectors.py `own_sector`, ztfixa)."""
        from .answers.report_set import province_of
        from .sectors import own_sector

        e = self.catalogue().entry(report_id)
        if e is None or not e.year:
            return None
        prov = province_of(e.agency or "")
        full = own_sector(q, e.year, prov.name if prov is not None else None)
        if full is None:
            return None
        ans = self._followed(q, full, None, None, None)
        return ans if ans.value is not None else None

    def _chosen(self, report_id: str) -> tuple[str, int] | None:
        """(the body, the year) of the chosen report, as the store names them."""
        cat = self.catalogue()
        e = cat.entry(report_id)
        if e is None or not e.year or not e.agency_key:
            return None
        return cat.name(e.agency_key), e.year

    def _figures_combined(self, q: str, op: str, asked: list[str], answers: list[Answer], t0: float) -> Answer:
        """「这俩合计多少」「哪个多」 after two figures asked (two measures of one body, or of two bodies): their sum or
        the larger, when both are found and counted in one unit; said otherwise, never added across units."""
        cites = [c for a in answers for c in a.citations]
        reports = list(dict.fromkeys(r for a in answers for r in a.reports))
        head = "（按前面问过的两个数字）"
        units = {a.unit for a in answers}
        rates = op == "sum" and units == {"%"}  # 予以公开率 + 办结率: each a share of its own whole
        if any(a.value is None for a in answers) or len(units) != 1 or None in units or rates:
            why = "单位不同，不能相加或比较" if all(a.value is not None for a in answers) else "没有都找到"
            if rates and all(a.value is not None for a in answers):
                why = "都是比率（百分比），各按自己的分母（整体）算出，直接相加没有意义"
            text = (
                f"{NOT_MENTIONED}：前面问过的两个数字{why}（"
                + "；".join(f"「{one}」：{a.answer}" for one, a in zip(asked, answers, strict=True))
                + "）"
            )
            ans = Answer(question=q, answer=head + text, route="none", citations=cites, reports=reports)
        else:
            unit = answers[0].unit or ""
            vals = [float(a.value or 0) for a in answers]
            parts = "；".join(f"「{one}」：{_num(v)}{unit}" for one, v in zip(asked, vals, strict=True))
            if op == "sum":
                value = round(sum(vals), 6)  # (rounded as the corpus rounds: no 32.730000000000004)
                text = f"{parts}。加起来共{_num(value)}{unit}"
            elif op == "diff":  # 「差多少」: the difference, whichever is larger
                value = round(abs(vals[0] - vals[1]), 6)
                text = f"{parts}。相差{_num(value)}{unit}"
            else:
                value = max(vals)
                if vals[0] == vals[1]:
                    text = f"{parts}。两个一样多"
                else:
                    top = asked[vals.index(value)]
                    text = f"{parts}。「{top}」多，多{_num(round(abs(vals[0] - vals[1]), 6))}{unit}"
            ans = Answer(
                question=q,
                answer=head + text,
                route="compare",
                value=_whole(value),
                unit=unit or None,
                citations=cites,
                reports=reports,
                intent="conversation",
            )
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    def _bodies_compared(self, q: str, op: str, answers: list[Answer], t0: float) -> Answer:
        """「哪个多」「三个排个序」「那最少的是哪个」「加一起是多少」 over the bodies the conversation named, each
        answered as it was asked; a body whose figure is not found is said, never left out silently."""
        labelled = [(_label(a), a) for a in answers]
        missing = [lab for lab, a in labelled if a.value is None]
        unit = next((a.unit for a in answers if a.unit), None) or ""
        cites = [c for a in answers for c in a.citations]
        reports = list(dict.fromkeys(r for a in answers for r in a.reports))
        head = f"（按前面问过的{len(answers)}个单位的同一问题）"
        if missing or (op == "sum" and unit == "%"):
            if missing:
                text = f"{NOT_MENTIONED}：{'、'.join(missing)}的这个数字没有找到，无法比较或相加。"
            else:  # 「三个加起来多少」 after three 予以公开率: each a share of its own body's whole
                text = f"{NOT_MENTIONED}：都是比率（百分比），各按本单位的分母（整体）算出，直接相加没有意义。"
            text += "；".join(f"{lab}：{a.answer}" for lab, a in labelled if a.value is not None)
            ans = Answer(question=q, answer=head + text, route="none", citations=cites, reports=reports)
        else:
            vals = [(lab, float(a.value or 0), a) for lab, a in labelled]
            shown = {lab: f"{lab}：{_num(v)}{unit}" for lab, v, _ in vals}
            value: float | int | None = None
            if op == "sum":
                value = round(sum(v for _, v, _ in vals), 6)  # (no 32.730000000000004)
                text = "；".join(shown[lab] for lab, _, _ in vals) + f"。加起来共{_num(value)}{unit}"
            elif op == "diff" and len(vals) == 2:  # 「两家差几件」: the difference, whichever is larger
                value = round(abs(vals[0][1] - vals[1][1]), 6)
                more = max(vals, key=lambda x: x[1])
                text = "；".join(shown[lab] for lab, _, _ in vals) + f"。相差{_num(value)}{unit}"
                if value:
                    text += f"（{_name(more[2])}多）"
            else:
                ascending = op in ("min", "asc")
                ordered = sorted(vals, key=lambda x: x[1], reverse=not ascending)
                text = "；".join(shown[lab] for lab, _, _ in ordered)
                top = ordered[0]
                if op in ("more", "max", "min"):
                    value = top[1]
                    ties = [lab for lab, v, _ in ordered if v == top[1]]
                    if len(ties) > 1:
                        text += f"。{'、'.join(ties)}一样{'多' if not ascending else '少'}"
                    elif op == "more" and len(ordered) == 2:
                        text += f"。{_name(top[2])}多，多{_num(top[1] - ordered[1][1])}{unit}"
                    else:
                        text += f"。最{('低' if ascending else '高') if unit == '%' else ('少' if ascending else '多')}的是{_name(top[2])}"
                else:
                    text = f"从{'少到多' if ascending else '多到少'}：" + text
            ans = Answer(
                question=q,
                answer=head + text,
                route="compare",
                value=_whole(value),
                unit=unit or None,
                citations=cites,
                reports=reports,
                intent="conversation",
            )
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    def _shares_summed(self, q: str, asked: list[str], answers: list[Answer], t0: float) -> Answer:
        """「两项加起来占多少」 after two shares of one body and year (one whole): the share of the two cells' sum."""
        cites = [c for a in answers for c in a.citations]
        reports = list(dict.fromkeys(r for a in answers for r in a.reports))
        if any(a.value is None or a.unit != "%" for a in answers):
            text = f"{NOT_MENTIONED}：前面问过的两项占比没有都算出来（" + "；".join(a.answer for a in answers) + "）"
            ans = Answer(question=q, answer=text, route="none", citations=cites, reports=reports)
        else:
            total = round(sum(float(a.value or 0) for a in answers), 2)
            parts = "；".join(f"「{one}」：{_num(float(a.value or 0))}%" for one, a in zip(asked, answers, strict=True))
            ans = Answer(
                question=q,
                answer=f"（按前面问过的两项占比相加）{parts}。两项加起来占{_num(total)}%",
                route="compare",
                value=total,
                unit="%",
                citations=cites,
                reports=reports,
                intent="conversation",
            )
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    def _followed(self, q: str, full: str, report_id: str | None, agency: str | None, year: int | None) -> Answer:
        """A follow-up's answer: the question it stands for answered, and said so."""
        from . import followup

        # (a body the store holds is no unknown one beside a chosen report or body: 「洪泽区呢」 on 平潭's report was
        # said 「没有找到「洪泽区」的报告」 — `ask` answers it of 洪泽区 and says it is not the chosen one)
        unknown = followup.unknown_body(q, self._bodies_reader(None, None, year))
        ctx = self.context(full, None, None, year) if unknown else None  # (read once, by `ask`, otherwise)
        # 「市教育局呢」: no such body stored — said, not widened; 「那湖南省呢」 after a place's set is that place's set
        if ctx is not None and not ctx.question.scope.agencies and not (ctx.scope.kind or ctx.scope.corpus):
            ans = ctx.answer(f"{NOT_MENTIONED}（没有找到「{unknown}」的报告）", "none")
        else:
            ans = self.ask(full, report_id, agency, year)
        ans.answer = f"（按「{full}」理解）{ans.answer}"
        ans.question, ans.read_as = q, full
        return ans

    def _both_asks(self, q: str, report_id: str | None, agency: str | None, year: int | None) -> Answer | None:
        """Two asks in one message joined by a word (`intent.two_asks`): 「政策解读发了多少篇，还有行政许可几件」 (one of
        the text's figures, one of the tables' cells), 「…不处理的有几件，以及现行有效的规范性文件有几件」「…自然人的有几件，
        另外单位来申请的合计多少」「…多少。再问一下…」 — each answered of the report the first names, with its own
        citation, both said (only one half was answered before). 「还有」 splits only a text half from a table half
        (two table halves joined by it are listed by the tables); no half is answered here when the whole question
        already lists both halves' cells. None when the message is not such a pair."""
        asks = intent.two_asks(simplified(q))
        if asks is None or asks[2] == " ":
            return None
        a, b, joiner = asks
        tabled = bool(intent.parse(a).cells), bool(intent.parse(b).cells)
        if joiner == "还有" and tabled[0] == tabled[1]:
            return None  # both the tables' (listed by them) or neither
        if joiner != "还有" and all(tabled) and _listed(q, (a, b)) and not intent.SUM.search(q):
            # the whole question lists both halves' cells: answered as that list — unless it has a sum's words
            # (`intent.SUM`: 「…不予处理的一共多少？另外现行有效的规范性文件有几件」 read whole is ONE sum of two unrelated
            # rows): each half instead
            return None
        return self._pair(q, a, b, report_id, agency, year)

    def _pair(
        self,
        q: str,
        a: str,
        b: str,
        report_id: str | None,
        agency: str | None,
        year: int | None,
        tables_only: bool = False,
    ) -> Answer | None:
        """Two asks of one message answered each of the report the first names, both said. One half refused
        (「…另外经办人员几名」: the reports print no staff): the other half's figure is the answer's headline — a figure
        answered is never hidden behind the refusal beside it. None when no one report is named or both are refused
        (`tables_only`: or a half answered other than by a cell of the tables)."""
        first = self.ask(a, report_id, agency, year)
        rid = report_id or (first.reports[0] if len(first.reports) == 1 else None)
        if rid is None:
            ids = self.context(a, report_id, agency, year).ids
            rid = ids[0] if len(ids) == 1 else None
        if rid is None:
            return None
        second = self.ask(b, rid, None, None)
        if _refused(first) and _refused(second):
            return None
        if tables_only and any(not _refused(x) and x.route != "table" for x in (first, second)):
            return None  # (a split the whole refused: only a cell of the tables is answered — 「有几个人」 is no count)
        ans = first.model_copy(deep=True)
        ans.question = q
        ans.answer = f"{a}：{first.answer}；{b}：{second.answer}"
        ans.value, ans.unit = None, None
        answered = [x for x in (first, second) if not _refused(x)]
        if len(answered) == 1 and answered[0].value is not None:
            ans.value, ans.unit = answered[0].value, answered[0].unit  # (zuleft) the one figure answered
        ans.citations = [*first.citations, *second.citations]
        ans.reports = list(dict.fromkeys([*first.reports, *second.reports]))
        return ans

    def _run_together(self, q: str, report_id: str | None, agency: str | None, year: int | None) -> Answer | None:
        """(zuleft) A message refused whole that is two asks run together (`intent.asks_run_together`: 「…数量及平均多少
        个工作日答复」「…收到多少申请，申请人满意度多少」「…办结的几件申请人满意度多少」): each half asked of the report the
        first names, at the first split (of three at most) where a half is answered. None when no split answers."""
        for a, b in intent.asks_run_together(simplified(q))[:3]:
            pair = self._pair(q, a, b, report_id, agency, year, tables_only=True)
            if pair is not None:
                return pair
        return None

    def _last_year_said(self, q: str, report_id: str | None, ctx: Context, ans: Answer) -> Answer | None:
        """「上年办结了几件」 on a chosen report: 上年 is the year before the report's — answered by the figure of that
        year the report's own text states when the store holds no report of it, else by that report's table with the
        text's figure said beside it (rag/answers/last_year.py). None when the text states none, or another thing
        is asked."""
        from .answers import last_year

        chosen = self.catalogue().entry(report_id) if report_id else None
        if chosen is None or not chosen.year or not last_year.asks_last_year(q):
            return None
        if ctx.question.scope.years != [chosen.year - 1] or ctx.question.operation not in ("value", "sum"):
            return None
        report = self.store.report(report_id or "")
        if report is None:
            return None
        held = not _refused(ans) and ctx.n == 1
        if not held and ctx.n:
            return None  # several reports, or one answered nothing: not this reading's
        return last_year.answer(q, report_id or "", chosen, report, ans, held)

    def _text_over_table(self, q: str, rid: str) -> Answer | None:
        """「主动公开信息数除以新收申请数是多少」「主动公开的信息是新收申请的几倍」 in one report, one side a figure of the
        text and the other a cell of the tables (the table route reads only its side and refused): each side asked
        of the report alone, the ratio computed from the two figures, both quoted and cited. None when a side
        has no figure, or neither side is the text's."""
        m = next((m for rx in _RATIO_SIDES if (m := rx.match(simplified(q)))), None)
        if m is None:
            return None
        sides = [self.ask(f"{m.group(k)}是多少", rid) for k in ("a", "b")]
        if any(s.value is None or isinstance(s.value, bool) or _refused(s) for s in sides):
            return None
        if not any(s.route == "metric" for s in sides) or all(s.route == "metric" for s in sides):
            return None
        (a, va), (b, vb) = ((m.group(k), float(s.value or 0)) for k, s in zip("ab", sides, strict=True))
        if not vb:
            return None
        r = round(va / vb, 2)
        said = "；".join(f"{w}：{s.answer}" for w, s in zip((a, b), sides, strict=True))
        ans = sides[0].model_copy(deep=True)
        ans.question, ans.value, ans.unit, ans.route, ans.intent = q, r, "倍", "compare", "ratio.text"
        ans.answer = (
            f"{r:g}倍（按报告计算：{a}{_num(va)}{sides[0].unit or ''} ÷ {b}{_num(vb)}{sides[1].unit or ''}）。{said}"
        )
        ans.citations = [*sides[0].citations, *sides[1].citations]
        return ans

    def ask(
        self,
        q: str,
        report_id: str | None = None,
        agency: str | None = None,
        year: int | None = None,
        previous: str | list[str] | None = None,
    ) -> Answer:
        """`previous`: the conversation before (as each turn was read): the question asked before, or a list of
        the earlier turns, earliest first. A follow-up (「那2021年呢」) is the last question with the part it names
        changed; 「两家比谁多」「回到刚才那个局，不予公开的呢」「前后两年差多少」 ask of the conversation
        (rag/followup.py) — each said so."""
        if not (report_id or agency or year or previous):  # 「X去年收到多少」: 去年 counted from today (`clock`)
            dated = message.relative_to_today(q)
            if dated != q:
                ans = self.ask(dated, report_id, agency, year, previous)
                ans.question = q
                return ans
        # 「A比B多了一倍多吧」「听说S里只有X…，是这样吗」: the plain ask, then yes or no to what it presumed (zrfixc)
        presumed = loaded.read(intent.canonical(q))
        if presumed is not None:
            ans = self.ask(presumed.plain, report_id, agency, year, previous)
            ans.answer = loaded.verdict(presumed, ans) + ans.answer
            ans.question = q
            return ans
        said = intent.own_body_said(q)
        if said != q:  # 「我是X的，我们2025年报告里…」: the speaker's own body is the one asked (zmfixa)
            ans = self.ask(said, report_id, agency, year, previous)
            ans.question = q
            return ans
        sectored = None if agency or previous else self._sector_sets(q, report_id)
        if sectored is not None:  # 「…所有年报里，民政部门…占百分之几」「A、B、C这三类部门哪类最多」 (ztleft)
            return sectored
        # 「昆明 自然资源局 24年 同意公开」: search-box keywords, a place and its body joined into one body
        typed = self.catalogue().keywords_read(q) if not (report_id or agency) else q
        if typed != q:
            ans = self.ask(typed, report_id, agency, year, previous)
            ans.question = q
            return ans
        bare = self._bare_place(q, report_id, agency, year, previous)
        if bare is not None:  # 「江宁 22年 予以公开」: a place several stored bodies share — asked back
            return bare
        kinded = self._place_kind_stored(q, report_id, agency, year, previous)
        if kinded is not None:  # 「库里2021年收录了几家自治县政府」「湖南2025年的县级市都有哪些」: the stored bodies
            return kinded
        chosen = self.catalogue().entry(report_id) if report_id and not previous else None
        if (
            chosen is not None
            and (written := place_kinds.on_report(q, chosen.agency, chosen.year)) is not None
            and not _own_kind_said(q, chosen.agency_key, self.catalogue())
        ):
            ans = self.ask(written, None, None, year)  # 「库里同一年收录的街道办事处有几家」: the report's year
            ans.question, ans.read_as = q, written
            return ans
        turn = None if report_id or agency else set_followup.changed(_last(previous), q)
        if turn is not None and turn.vocabulary == "place":  # 「那街道办呢」: the last question of that kind
            ans = self.ask(turn.question, report_id, agency, year)
            ans.question, ans.read_as = q, turn.question
            return ans
        pk = None if report_id or agency or place_kinds.ASKED.get() else place_kinds.respell(q)
        if pk is not None:  # 「库里2021年县级市平均每家…」: asked as its level's set (区县政府), narrowed to the kind
            token = place_kinds.ASKED.set(pk)
            try:
                ans = self.ask(pk.text, report_id, agency, year, previous)
            finally:
                place_kinds.ASKED.reset(token)
            ans.question = q
            return ans
        duty = self._by_duty(q, report_id, agency, year, previous)
        if duty is not None:  # 「克拉玛依管教育的那个局…」: the body in charge of the field, by its name
            return duty
        own = None if previous else self._itself(q, report_id, agency, year)
        if own is not None:  # 「这份年报是哪一年度的」「湖南省按2019版模板的报告有哪些」: the report itself as data
            return own
        over = self._over_answer(q, previous, report_id, agency, year)
        if over is not None:  # 「这几家按新收的排一下」「只保留其中大于86件的」: the previous answer's set
            return over
        of_set = self._of_set(q, previous, report_id, agency, year)
        if of_set is not None:
            return of_set
        to_set = self._to_place_set(q, previous, report_id, agency, year)
        if to_set is not None:
            return to_set
        conversed = self._conversed(q, previous, report_id, agency, year)
        if conversed is not None:
            return conversed
        previous = self._previous_renamed(_last(previous), report_id, agency, year)
        full = self.follow(previous, q, report_id, agency, year) if previous else None
        if full is not None:
            return self._followed(q, full, report_id, agency, year)
        t0 = time.perf_counter()
        unread = self._unread_answer(q, previous, report_id, agency, year, t0)
        if unread is not None:
            return unread
        chinese = english.chinese(q)
        if chinese != q:  # 「安康那边2022年 applications 一共多少件」: asked as the Chinese it means
            ans = self.ask(chinese, report_id, agency, year)
            ans.question = q
            return ans
        both = self._both_asks(q, report_id, agency, year)
        if both is not None:
            return both
        asks = intent.two_asks(q)
        asks = asks[:2] if asks and asks[2] == " " else None
        cells = intent.parse(q).cells if asks else []
        if asks and not (len(cells) > 1 and len({(c.table, c.row) for c in cells}) == 1 or _listed(q, asks)):
            # two asks side by side, not two columns of one row (「行政复议维持几件 没审完的几件」 is listed by the
            # table): the first ask answered, the second named — never the second's figure as the first's
            first = self.ask(asks[0], report_id, agency, year)
            if not _refused(first):
                first.answer += f"（问题含两问，此处回答第一问；「{asks[1]}」请单独提问）"
                first.question = q
                return first
        county = self._county_above_town(q, report_id) if report_id else None
        if county is not None:  # 「整个宁海县今年收到多少」 on 宁海县桑洲镇's report: the county, not the town
            return county
        ctx = self.context(q, report_id, agency, year)
        chosen = "报告" if report_id else "机关" if agency else None
        if ctx.scope.unknown and chosen:
            # 「洪泽区2023年新收多少件」 asked on 平潭's report (the page's 当前报告, --report/--agency): the body the
            # question names, not the one chosen — answered of it and said so; refused before as 「没有找到「洪泽区」的
            # 报告」 though the store has it (a body it has not stays refused: no report of it is answered)
            free = self.context(q, None, None, year)
            if free.scope.agencies and not free.scope.unknown and not free.scope.ambiguous:
                # (「洪泽区去年…」 on 平潭's 2022 report: 去年 is counted from the report read, as when no body is
                # named — 2021, not the other body's newest; a year it has no report of is said so by its answer)
                years = ctx.question.scope.years if _RELATIVE_YEAR.search(q) else []
                if len(years) > 1:
                    return self._finish(ctx, ctx.answer(f"{NOT_MENTIONED}：请写明所问的年份。", "none"), t0)
                ans = self.ask(q, None, None, years[0] if years else year)
                named = "、".join(dict.fromkeys(free.scope.agencies))
                said = f"{years[0]}年" if years else ""
                ans.answer += f"（问题问的是{named}{said}，不是当前选定的{chosen}：按问题所写的机关回答）"
                ans.question = q
                return ans
        merged = self.catalogue().merged_written(q) if ctx.scope.unknown else None
        if merged:  # 「新化县文旅体局」: the place's 文化旅游广电体育局, named by some of its lines — said so
            ans = self.ask(merged, report_id, agency, year)
            ans.answer += f"（问题按「{merged}」理解）"
            ans.question = q
            return ans
        renamed = self._renamed(q, ctx, report_id, agency, year, t0)
        if renamed is not None:  # (zxfixa) 「湟中卫计委」「即墨市政府」: a former name, read as the stored successor
            return renamed
        ans = self._answer(ctx)
        said = self._last_year_said(q, report_id, ctx, ans)
        if said is not None:  # (ycfix) 「年报里说上年办结了几件」: the chosen report's text states last year's figure
            return self._finish(ctx, said, t0)
        if ans.intent == "refuse.one_side" and ctx.n == 1:
            mixed = self._text_over_table(q, ctx.ids[0])
            if mixed is not None:  # 「主动公开信息数除以新收申请数」: one side the text's, the other the table's
                return self._finish(ctx, mixed, t0)
        if (
            ans.value is not None
            and ans.unit in _COUNTS
            and ctx.question.operation == "share"
            and _SHARE_ASKED.search(q)
        ):
            # 「平潭2022年新收占比是多少」 (「占比呢」 after 「…新收多少件」): a share of no whole said was answered 74件 —
            # a count where a share is asked is never the answer
            ans = ctx.answer(
                f"{NOT_MENTIONED}：问题问的是占比，但没有说明占哪一项的比例"
                "（如「予以公开占办理结果总计的比例」），无法计算。",
                "none",
            )
            return self._finish(ctx, ans, t0)
        word = english.unread_qualifier(q) if ans.value is not None else None
        if word is not None:  # 「offline申请有多少件」: never the applications' total for a kind of them not read
            ans = ctx.answer(
                f"{NOT_MENTIONED}：问题中的「{word}」未能识别为报告表格的哪一项，无法确定所问数字。", "none"
            )
            return self._finish(ctx, ans, t0)
        # a homophone slip (「平谭」「行政复义」)? asked once more, as it sounds: when nothing answered, or when
        # a name written before the year resolved to no agency
        # (also when a sentence answered what, as it sounds, is a table's cell: 「行政复义总计」 is 表四's)
        # (the question as every route reads it: 「你好，请问平谭2019年…」「汉中市南鄭區自然資原局」 sound like a name)
        # (and when a cell answered broader than, as it sounds, the question names: 「上年节转的申请」 is 上年结转)
        # (and when retrieval answered with a sentence what, as it sounds, is a cell: 「部分公凯的有多少」)
        plain = simplified(q)
        # answered, but maybe not what the question, as it sounds, asks (a refusal retrieval gave is no answer: 「信息
        # 公凯工作由谁来管」 refused is asked once more as it sounds, as any refusal is)
        sounded = ans.route in ("metric", "retrieval") and not _refused(ans)
        # (「行政复意那一行各项加起来等于总计吗」: a check of no row read checks every row — as it sounds, one is named)
        sounded = sounded or ctx.question.operation == "explain" and not ctx.question.cells
        slipped = _refused(ans) or ctx.scope.corpus and _NAME_BEFORE_YEAR.match(plain) or sounded
        if slipped or ctx.question.cells:
            fixed = self._corrector().correct(plain)
            if fixed is None and ctx.scope.unknown and _refused(ans):
                # 「海扣市龙华区住建局」: the place leading a body the store lacks, heard as the one division it sounds like
                from .namefix import heard_place

                fixed = heard_place(plain, ctx.scope.unknown, self._corrector().known)
            if fixed and (
                slipped
                and (not sounded or intent.parse(fixed).cells and not ctx.question.cells)
                or not slipped
                and _refines(intent.parse(fixed).cells, ctx.question.cells)
                or not slipped
                and _widens(intent.parse(fixed).cells, ctx.question.cells)
            ):
                ctx2 = self.context(fixed, report_id, agency, year)
                if ctx2.scope.unknown and not (report_id or agency or _RENAMING.get()):
                    # (「吉杨区卫生局」 heard as 「吉阳区卫生局」, a former name: read as its stored successor, both said)
                    renamed = self._renamed(fixed, ctx2, None, None, year, t0)
                    if renamed is not None and not _refused(renamed) and namefix.taken(plain, fixed):
                        renamed.answer += f"（问题按「{fixed}」理解）"
                        renamed.question = q
                        return renamed
                ans2 = self._answer(ctx2)
                # 「平谭23年」: the name as it sounds names a stored agency — its answer (or its refusal: no
                # report of that year) wins over the whole store's read of a name it did not know
                named = ctx.scope.corpus and not ctx2.scope.corpus and not ctx2.scope.unknown
                # (「东方市政府」 with no report of it, heard as 「东方式政府」: a name the store lacks is refused, never
                # sounded away into the whole store's question)
                # (nor sounded into a kind of body: 「临朐县人民政府」 heard as 「临区县人民政府」 is no set of 区县人民政府)
                erased = bool(ctx.scope.unknown) and bool(ctx2.scope.corpus or ctx2.scope.kind)
                # (nor a body's own words sounded into another place: 「抚松县机关事务服务中心」, not stored, heard as
                # 「…服吴中心」 was answered with 抚松县人民政府's figure — only the place's words may be misheard)
                # (a body's words misheard are heard right when the name they make is the body answered: 「晋城市生态
                # 环竟局」 is 晋城市生态环境局's)
                erased = erased or _department_sounded(plain, fixed, ctx.scope.unknown, ctx2.scope.agencies)
                # (nor a name right as written sounded into another: 「武邑县」 (Hebei) was answered with 武义县's figure,
                # 「宿州市」 with 苏州市's, 「吉阳区水务局」 with the 税务局's; nor a slip as near a real place not stored:
                # 「济杨区」 is 济阳区's sound and spelling as much as 吉阳区's — the one guard, `namefix.taken`)
                erased = erased or not namefix.taken(plain, fixed)
                if (not _refused(ans2) or named) and (_refused(ans) or not ctx2.scope.corpus) and not erased:
                    ans2.answer += f"（问题按「{fixed}」理解）"
                    ans2 = self._finish(ctx2, ans2, t0)
                    ans2.question = q
                    return ans2
        mended = self._name_mended(q, plain, ctx, ans, year, t0) if not (report_id or agency) else None
        if mended is not None:  # (zxfixb) 「崇名区」「库勒市」「Jimo district」: the one stored place it is a slip of
            return mended
        if _refused(ans) and (apart := self._run_together(q, report_id, agency, year)) is not None:
            return apart  # (zuleft) 「…数量及平均多少个工作日答复」: the asks run together, each answered or refused
        if _refused(ans) and self.llm is not None and report_id is None and ctx.n:
            # the reports are there but the rules could not type the question: the model types it
            typed = self._llm_typed(q, agency, year, ctx.question.scope.years)
            if typed is not None:
                ans2 = self._answer(typed)
                if not _refused(ans2):
                    return self._finish(typed, ans2, t0)
        # 「行政复义」 read as 行政复议 (`slips.mended`, rag/slips.py): said so, as a slip heard on the second try is
        if not _refused(ans) and slips.mended(q) != q:
            ans.answer += f"（问题按「{plain}」理解）"
        if not _refused(ans):  # 「湟中卫生局」 read as its successor by the catalogue's own forms: said so
            ans.answer += _successor_note(q, list(ctx.scope.agencies))
        elif ctx.scope.unknown and not (report_id or agency) and not _RENAMING.get():
            # (「吉杨区卫生局」, left by `_renamed` to the typo steps and mended by none: refused as a former name)
            from extractor import former_names

            toks = former_names.tokens(q)
            if toks and _place_slipped(q, toks):
                ans = _former_refusal(q, ctx, toks)
        return self._finish(ctx, ans, t0)

    def _name_mended(self, q: str, plain: str, ctx: Context, ans: Answer, year: int | None, t0: float) -> Answer | None:
        """(zxfixb) A body's name typed wrong — a character heard wrong (「崇名区」), one dropped (「库勒市」), the place in
        pinyin (「Jimo district」) — answered as the one stored body the mended name resolves to, and said so
        (「按「崇明区」理解」). Only when the name as written found no one body (nothing, several, a kind of body, the
        whole store, or the place's government for a department word), and the mended one finds exactly one. Every mend
        goes through `namefix.taken` (the one guard); and only a name that found nothing is mended — the words changed
        name nothing as written, and on a reading the question answered (a kind, several bodies) the words read are a
        name (a place, a department): never another word sounded into a body."""
        scope = ctx.scope
        # (the place's government for a department word: 「夷陵区交桶局」 read as 夷陵区's government)
        gov = len(set(scope.agencies)) == 1 and is_government(scope.agencies[0]) and "局" in plain
        if not (scope.unknown or scope.ambiguous or scope.kind or scope.corpus or gov):
            return None
        if scope.corpus and not namefix.spelled_place(plain):
            return None  # (the whole store read: only a place spelled in letters, which it cannot have read)
        places = namefix.stored_places(self.catalogue())
        tries = [lambda: namefix.english_place(plain, places)]
        if not scope.corpus:
            tries += [lambda: namefix.homophone(plain, self._corrector()), lambda: namefix.dropped(plain, places)]
        # (「吉杨区卫生局」: the slip heard in the name put in its successor's — 吉杨区卫生健康委员会 sounds like the stored
        # 吉阳区卫生健康委员会; the body read must be that successor)
        from extractor import former_names

        olds = former_names.rewrites(plain)[:4] if scope.unknown and not scope.corpus else []
        tries += [lambda rw=rw: namefix.homophone(rw.text, self._corrector()) for rw in olds if rw.bodies]
        for n, attempt in enumerate(tries):
            got = attempt()
            if got is None:
                continue
            fixed, said, read = got
            if not namefix.names_nothing(said, places):
                continue  # (a name the question read rightly — a real place, a department — is never read as another)
            if not scope.unknown and not namefix.is_name(read, places):
                continue  # (a kind or several bodies read: only a name mended into a name changes that reading)
            ctx2 = self.context(fixed, None, None, year)
            s2 = ctx2.scope
            rw = olds[n - (len(tries) - len(olds))] if n >= len(tries) - len(olds) else None
            if rw is not None:
                if s2.unknown or s2.corpus or s2.kind or len(set(s2.agencies)) != 1:
                    continue
                if not any(b in s2.agencies[0] for b in rw.bodies):
                    continue
                ans2 = self._answer(ctx2)
                if _refused(ans2):
                    continue
                former = "、".join(dict.fromkeys(f"「{w}」" for w, _ in rw.said))
                now = s2.agencies[0]
                ans2.answer += f"（问题中的「{scope.unknown}」按「{now}」理解：{former}是旧称，地名按读音理解）"
                ans2 = self._finish(ctx2, ans2, t0)
                ans2.question = q
                return ans2
            if s2.unknown and not _RENAMING.get():
                # (「吉杨区卫生局」 mended to 「吉阳区卫生局」, a former name: read as its stored successor, both said)
                renamed = self._renamed(fixed, ctx2, None, None, year, t0)
                if renamed is not None and not _refused(renamed):
                    renamed.answer += f"（问题中的「{said}」按「{read}」理解）"
                    renamed.question = q
                    return renamed
            if s2.unknown or s2.ambiguous or s2.corpus or s2.kind or len(set(s2.agencies)) != 1:
                continue
            # the place's government answered for a department word slipped (「夷陵区交桶局」): only a department of
            # that place mends it, never another government
            place = re.sub(r"人民政府$|政府$", "", scope.agencies[0]) if gov else ""
            if gov and (is_government(s2.agencies[0]) or not s2.agencies[0].startswith(place)):
                continue
            # (「抚松县机关事务服务中心」, not stored, heard as 「…服吴中心」 resolved to 抚松县人民政府: a body of its own
            # named, never mended into its place's government)
            if scope.unknown and _BODY_WORD.search(scope.unknown) and is_government(s2.agencies[0]):
                continue
            ans2 = self._answer(ctx2)
            if _refused(ans2) and not s2.agencies:
                continue
            ans2.answer += f"（问题中的「{said}」按「{read}」理解）"
            ans2 = self._finish(ctx2, ans2, t0)
            ans2.question = q
            return ans2
        return None

    def _renamed(
        self, q: str, ctx: Context, report_id: str | None, agency: str | None, year: int | None, t0: float
    ) -> Answer | None:
        """A body asked by a former name (extractor/former_names.py: 「湟中卫计委」「湖南省人事厅」「即墨市政府」「郫县
        农业局」) that the store holds under no such name: the question asked again in its successors' names, and
        answered when they name exactly one stored body of the place written (「按现名…理解」, said); two stored →
        「找到多个机关」; none → the refusal says the name is a former one. None when the question names no former
        name, or the scope read holds it (a report printed before the reform is that body's own)."""
        from extractor import former_names

        toks = former_names.tokens(q)
        if not toks:
            return None
        names = list(ctx.scope.agencies)
        whole = ctx.scope.corpus and not ctx.scope.kind and not names  # (「城中劳动局…」 read as the whole store)
        if not ctx.scope.unknown and not whole and (report_id or agency or not (names or ctx.scope.ambiguous)):
            return None  # (a chosen report's own words, a set, a kind: not this reading's)
        if not ctx.scope.unknown and not ctx.scope.ambiguous and all(_owns(names, t) for t in toks):
            return None
        found = self._successors_read(q, report_id, agency, year)
        if ctx.scope.ambiguous and all(t.kind == "body" for t in toks):
            # 「芦淞城市管理综合执法局」: the successor's name narrows several bodies to one (a former place is no current
            # one: the bodies read without it are none of its — 「蓟县卫健委」 is not any county's)
            found = {k: v for k, v in found.items() if set(k) <= set(ctx.scope.ambiguous)}
            if len(found) != 1:
                return None
        if len(found) == 1:
            ((bodies, rw),) = found.items()
            # (asked once: the names map both ways — 教委 ↔ 教育局 — so a name no body is stored under would be
            # renamed back and forth for ever; the reading asked again is never renamed again)
            if _RENAMING.get():
                return None
            mark = _RENAMING.set(True)
            try:
                ans = self.ask(rw.text, report_id, agency, year)
            finally:
                _RENAMING.reset(mark)
            # (a body whose own name carries the name written — 重庆市渝北区司法局, printed before 渝北区 became part of
            # 两江新区 — is no successor said: answered as itself)
            olds = [t for t in toks if not any(t.written in b or t.full in b for b in bodies)]
            own = [b for b in bodies if any(x in b for t in olds for x in t.now)] or list(bodies)
            if olds:
                said = "、".join(dict.fromkeys(f"「{t.written}」" for t in olds))
                ans.answer += f"（{said}按现名{'、'.join(dict.fromkeys(f'「{b}」' for b in own))}理解）"
            ans.question = q
            return ans
        if len(found) > 1:
            listed = "、".join(dict.fromkeys(b for bodies in found for b in bodies))
            return self._finish(
                ctx, ctx.answer(f"找到多个机关：{listed}。请写明是哪一个（全称或加上地名）。", "none"), t0
            )
        if whole:
            return None  # (no successor stored: the whole store's reading stands, as before)
        if _place_slipped(q, toks):
            return None  # (「吉杨区卫生局」: the place a slip — the typo steps after this mend it, else refuse so)
        return self._finish(ctx, _former_refusal(q, ctx, toks), t0)

    def _previous_renamed(
        self, previous: str | None, report_id: str | None, agency: str | None, year: int | None
    ) -> str | None:
        """The turn before, its former name put in the stored successor's (「临渭区教委…」 → 临渭区教育局) when it names
        no stored body as written and exactly one successor is stored: what a follow-up of it follows."""
        from extractor import former_names

        if not previous or report_id or agency or not former_names.tokens(previous):
            return previous
        if not self.context(previous, report_id, agency, year).scope.unknown:
            return previous
        found = self._successors_read(previous, report_id, agency, year)
        return next(iter(found.values())).text if len(found) == 1 else previous

    def _successors_read(self, q: str, report_id: str | None, agency: str | None, year: int | None) -> dict:
        """The question in its former names' successors' names (`former_names.rewrites`): the stored bodies each
        reading resolves to → that reading. A reading whose bodies lie outside the place written is none (「青岛黄岛
        城市管理执法局」 is no 咸宁 bureau)."""
        from extractor import former_names

        found: dict[tuple[str, ...], former_names.Rewrite] = {}
        for rw in former_names.rewrites(q):
            c2 = self.context(rw.text, report_id, agency, year)
            s2 = c2.scope
            several = bool(s2.ambiguous) and not s2.unknown and not s2.corpus  # 「城中区人社局」: two stored successors
            if not several and (s2.unknown or s2.corpus or s2.kind or not s2.agencies):
                continue
            # (「2022年卫计委」「省卫计委」: no place written before the body — never renamed into some place's body; on
            # a chosen report 「我们县食药监局」 is the chosen body's)
            if len(rw.place) < 2 and not rw.codes and not (report_id or agency):
                continue
            # (「石家庄长安卫生健康委员会」 read as a bare 卫生健康委员会 of anywhere: the place written was not read)
            # (nor 「遵义县文体广电」 read as a 文化广电和旅游局 of anywhere: the place's last characters before the body)
            place = identify(rw.place) if rw.place else None
            at = place.region_code if place is not None else None
            # (「吉阳区2022年卫生健康委员会」: the year between, the place is read as the body's region, not in its name)
            if (
                len(rw.place) >= 2
                and not any(_place_read(rw.place[-2:], w, rw.bodies) for w in c2.question.scope.agencies)
                and not (at and s2.agencies and all(_region_within(n, at) for n in s2.agencies))
            ):
                continue
            codes = [c for c in (at, *rw.codes) if c]
            # (「夏河县2022年卫生健康局」 read as 夏河县人民政府 and 湟中's 卫生健康局: a successor put in lies in the place)
            put = [n for n in s2.agencies if any(b in n for b in rw.bodies)]
            if several:
                for b in s2.ambiguous:
                    if all(_region_within(b, c) for c in codes):
                        found.setdefault((b,), rw)
            # (「夏河县2022年卫生健康委员会」 read as 夏河县人民政府 alone: a department's successor is never its place's
            # government — 「河北省教育厅2021年教育局」, the body named in full before, is still that body)
            elif (
                all(any(_region_within(n, c) for n in s2.agencies) for c in codes)
                and (not at or all(_region_within(n, at) for n in put))
                and (put or not rw.bodies or not any(is_government(n) for n in s2.agencies))
            ):
                found.setdefault(tuple(s2.agencies), rw)
        return found

    def _llm_typed(self, q: str, agency: str | None, year: int | None, years: list[int]) -> Context | None:
        """The question as the configured model types it (validated against the vocabulary and the
        catalogue), resolved like a rules-typed one; None when the model gives nothing usable."""
        from .llm_route import route_question

        cat = self.catalogue()
        question = route_question(self.llm, q, cat)
        if question is None or not question.measures or question.operation == "describe":
            return None  # nothing the rules' retrieval has not already tried
        if year or years or not question.scope.years:  # the years the question writes are the rules' to read
            question = question.model_copy(
                update={"scope": question.scope.model_copy(update={"years": [year] if year else years})}
            )
        named = agency or "、".join(question.scope.agencies) or None
        resolved = cat.resolve(named or q, question.scope, named)
        if not resolved.n or resolved.ambiguous:
            return None
        question = question.model_copy(update={"scope": resolved.scope})
        return Context(self.store, cat, lambda: self.index, self.llm, self._adjust(question, resolved), resolved)

    def retrieve(self, q: str, report_ids: list[str]) -> Answer:
        """The narrative route alone, within the given reports: retrieval, then the LLM's grounded
        answer if one is configured, else the extractive one (what the LLM tests exercise)."""
        from .answers import narrative

        ctx = self.context(q)
        scope = Resolved(list(report_ids), ctx.question.scope, agencies=[])
        ctx = Context(self.store, ctx.catalogue, lambda: self.index, self.llm, ctx.question, scope)
        return self._finish(ctx, narrative.retrieve(ctx), time.perf_counter())

    def warm(self) -> None:
        """Read what the first questions would otherwise wait for: the catalogue, the derived rows and
        the sounds of the known words (a service calls this in the background at start)."""
        from .values import sync_derived

        self.catalogue()
        sync_derived(self.store)
        self._corrector()

    def _corrector(self):
        """Known words by sound: the spec's vocabulary and every stored agency's name forms (built on
        the first refusal after a store change)."""
        cat = self.catalogue()
        version = getattr(cat, "_synced", None)
        if self._typos is None or self._typos[0] != version:
            from .typos import Corrector, vocabulary

            forms = (
                [r[0] for r in self.store.db.execute("SELECT DISTINCT form FROM agency_forms")]
                if getattr(cat, "_memory_forms", None) is None
                else list(cat._memory_forms)  # type: ignore[attr-defined]
            )
            self._typos = (version, Corrector(vocabulary() | set(forms)))
        return self._typos[1]

    def _answer(self, ctx: Context) -> Answer:
        scope = ctx.scope
        from .answers import unasked

        if (scope.ambiguous or not scope.n) and unasked.off_topic(ctx.question.text):
            # 「帮我订一张去北京的机票」: outside the reports, whatever place it names (the route refuse.off_topic's
            # answer, before the scope's 「没有找到「北京」的报告」 is said of it)
            ans = unasked.outside(ctx)
            if ans is not None:
                ans.intent = "refuse.off_topic"
                return ans
        if scope.ambiguous:
            names = "、".join(dict.fromkeys(scope.ambiguous))
            return ctx.answer(f"找到多个机关：{names}。请写明是哪一个（全称或加上地名）。", "none")
        if not scope.n:
            years = "、".join(f"{y}年" for y in ctx.question.scope.years[:6])
            named = "、".join(dict.fromkeys(scope.agencies))  # a body the store knew (its reports since removed)
            # (「2020年青海省的报告中哪几家…」: a place whose bodies the store holds, none of them that year)
            named = named or (scope.kind or "").removesuffix("各单位")
            who = (
                f"「{scope.unknown}」的"
                if scope.unknown
                else f"{named}{years}的"
                if named
                else f"{years}的"
                if years
                else "问题所指的"
            )
            return ctx.answer(f"{NOT_MENTIONED}（{_years_held(ctx) or f'没有找到{who}报告'}）", "none")
        name, ans = route(ctx)
        if ans is None:
            from .answers import narrative

            ans = narrative.refuse(ctx)
        ans.intent = name  # type: ignore[attr-defined]
        return ans

    def _itself(self, q: str, report_id: str | None, agency: str | None, year: int | None) -> Answer | None:
        """The report itself as data (answers/itself.py): one report's year, publisher or template, as stored;
        a set's reports of one template, listed or counted — the template's own years (「2019年新条例之前」) no
        year of the reports asked. None when the question is neither, or its scope is not found."""
        t0 = time.perf_counter()
        # (asked as every route reads it: 「您好，…这份年报是哪一年度的？谢谢！」「这是几几年的报告？只要数字」)
        plain = simplified(q)
        group = covers.asked(plain)
        if group:
            # 「其他处理里包括什么情况」「（六）其他处理下面分了哪几小项」: the sub-rows the report prints under the row
            ctx = self.context(q, report_id, agency, year)
            ans = covers.of_one_report(ctx, group)
            if ans is not None:
                return self._finish(ctx, ans, t0)
        kind = itself.one_report_asked(plain)
        if kind:
            ctx = self.context(q, report_id, agency, year)
            ans = itself.of_one_report(ctx, kind)
            return None if ans is None else self._finish(ctx, ans, t0)
        asked = itself.template_set_asked(plain)
        if asked is None:
            return None
        ctx = self.context(itself.scope_words(q), report_id, agency, year)
        if ctx.scope.unknown or ctx.scope.ambiguous:
            return None
        ans = itself.of_set(ctx, *asked, ctx.name)
        if ans is None:
            return None
        ans = self._finish(ctx, ans, t0)
        ans.question = q
        return ans

    def _finish(self, ctx: Context, ans: Answer, t0: float) -> Answer:
        if isinstance(ans.value, float) and ans.value.is_integer():
            ans.value = int(ans.value)  # the store keeps numbers as REAL; counts read back whole
        ans.question = ctx.q
        if not _refused(ans):  # 「约多少万条」 of 「13050余条」: the unit asked, the printed figure beside it
            ans = said_by_place(ctx.question, in_asked_unit(ctx.q, ans))  # (「第（四）项第1目」: which row it is)
            ans = premise.verdict(ctx.question, ans)  # 「…16件，这个数对吗」: right or wrong, said first
        if ctx.scope.missing and not _refused(ans):
            years = "、".join(f"{y}年" for y in ctx.question.scope.years[:6])
            ans.answer += f"（{'、'.join(ctx.scope.missing)}没有{years}的报告）"
        if ctx.n and not _refused(ans):
            ans.answer += _zones_left_out(ctx)
        ans.reports = ctx.ids[:50] if ctx.n <= 50 else []  # (a large corpus scope is said, not listed)
        if ctx.n:
            ans.scope = ctx.scope.statement(ctx.catalogue.entry)
        if ctx.unembedded:  # passages searched while the indexer still lags: said, not hidden
            waiting = (
                "的向量索引尚在建立"
                if indexing(self.store.dir)
                else "尚无向量索引（运行 xxgk index 可补建）"  # an older store opened, an indexer that died
            )
            ans.scope = f"{ans.scope or ''}（其中 {ctx.unembedded} 份报告{waiting}，这次只按全文检索）"
        ans.latency_ms = round((time.perf_counter() - t0) * 1000, 2)
        return ans

    def ask_events(
        self,
        q: str,
        report_id: str | None = None,
        agency: str | None = None,
        year: int | None = None,
        previous: str | list[str] | None = None,
    ) -> Iterator[tuple[str, object]]:
        """("delta", text)… then ("done", Answer). Narrative answers from the LLM arrive as the model
        writes them; every other route answers at once. ("reset", "") withdraws a streamed draft whose
        citations did not verify. A follow-up (`previous`) is answered at once, as `ask` reads it."""
        of_set = self._of_set(q, previous, report_id, agency, year)
        if of_set is not None:
            yield "done", of_set
            return
        conversed = self._conversed(q, previous, report_id, agency, year)
        if conversed is not None:
            yield "done", conversed
            return
        previous = self._previous_renamed(_last(previous), report_id, agency, year)
        full = self.follow(previous, q, report_id, agency, year) if previous else None
        if full is not None:  # (read once here: `ask` with `previous` would resolve it again)
            yield "done", self._followed(q, full, report_id, agency, year)
            return
        t0 = time.perf_counter()
        unread = self._unread_answer(q, previous, report_id, agency, year, t0)
        if unread is not None:  # (「为什么呢」 streamed: asked for the whole question, as `ask` does)
            yield "done", unread
            return
        # (only a narrative answer from the model streams: without one, nothing is read here twice)
        ctx = self.context(english.chinese(q), report_id, agency, year) if self.llm is not None else None
        streamed = False
        ans: Answer | None = None
        if (
            self.llm is not None
            and ctx is not None
            and ctx.question.operation == "describe"
            and ctx.n
            and not ctx.scope.ambiguous
        ):
            from .answers import narrative
            from .llm_answer import stream_llm_answer

            ranked = narrative._ranked_chunks(ctx)
            for item in stream_llm_answer(self.llm, q, ranked, self.store):
                if isinstance(item, str):
                    streamed = True
                    yield "delta", item
                else:
                    ans = item
            if ans is not None and ans.route == "llm":
                ans = narrative.answerable(ctx, ans)  # a streamed draft that does not answer is withdrawn
            if ans is None:
                ans = narrative.extractive(ctx, ranked)
        if ans is None:  # every answer but a streamed narrative one: `ask`'s own (its slips, names, two asks)
            whole = self.ask(q, report_id, agency, year)
            yield "delta", whole.answer
            yield "done", whole
            return
        assert ctx is not None
        if streamed and ans.route != "llm":
            yield "reset", ""  # the streamed draft failed verification: the answer below replaces it
        if not streamed or ans.route != "llm":
            yield "delta", ans.answer
        yield "done", self._finish(ctx, ans, t0)


# a share asked (「占比」「比例是多少」「百分之几」), and the units of a count, which never answers one
_SHARE_ASKED = lazy(r"占比|比例|比重|百分比|百分之几|占多少")
_COUNTS = frozenset({"件", "条", "篇", "个", "次", "项", "份", "人", "家", "期"})


# a year counted from the report read (「上年结转」 is a row, 「本年新收」 too)
# a body of its own after a place (not a government): 「…局」「…中心」「…委员会」
_BODY_WORD = lazy(r"(?:局|委|中心|所|站|队|院|厅|处|馆|会|社|公司)$")


def _own_kind_said(q: str, key: str, cat: Catalogue) -> bool:
    """(zxfixb) 「区政府今年…」 on a district government's report: the chosen body, not a set (rag/namefix.py)."""
    from .namefix import own_kind_said

    return bool(key) and own_kind_said(q, key, cat)


def _department_sounded(plain: str, fixed: str, unknown: str | None, heard: list[str]) -> bool:
    """The corrector changed the words of a body not stored after its place (「抚松县机关事务服务中心」 → 「…服吴中心」)
    into words no body answered bears (`heard`: the agencies the corrected question resolved to — 抚松县人民政府): the
    name is a body of its own, written whole — not a mishearing of a stored one. Words the body answered bears
    (「生态环竟局」 → 晋城市生态环境局) were misheard."""
    if not unknown or len(plain) != len(fixed) or (at := plain.find(unknown)) < 0:
        return False
    place = re.search(r"^.*?[省市县区旗盟州镇乡]", unknown)
    if place is None or place.end() >= len(unknown):
        return False
    changed = [i for i, (a, b) in enumerate(zip(plain, fixed, strict=True)) if a != b]
    if not changed or not all(at + place.end() <= i < at + len(unknown) for i in changed):
        return False
    words = fixed[at + place.end() : at + len(unknown)]
    return not any(words in name for name in heard)


# a town's name begins with the county, district or city above it: 「宁海县」「杭州市」「杭州市临平区」「龙胜各族自治县」
_COUNTY_HEAD = lazy(r"^.{2,12}?(?:自治县|自治旗|县|区|市|旗)(?=.{2,})")
# 「宁海县各乡镇」「全县哪个乡镇」「其他街道」: a set of the county's towns, asked elsewhere
_TOWNS_ASKED = lazy(r"各(?:乡|镇|街)|乡镇|街道|其他|其它|哪[个家些]|所有|下属|下辖")
_RELATIVE_YEAR = lazy(r"今年|去年|前年|上一?年度?(?!结转)|这一年")


def _last(previous: str | list[str] | None) -> str | None:
    """The turn before (a conversation's last), which a follow-up follows."""
    if isinstance(previous, list):
        return next((t for t in reversed(previous) if t and t.strip()), None)
    return previous


def _label(a: Answer) -> str:
    """「厦门市思明区教育局2024年」: the body and year an answer is of, as its report names them."""
    c = next((c for c in a.citations if c.agency), None)
    if c is not None:
        return f"{c.agency}{c.year}年" if c.year else c.agency or ""
    return (a.read_as or a.question)[:20]


def _name(a: Answer) -> str:
    return next((c.agency for c in a.citations if c.agency), None) or (a.read_as or a.question)[:20]


def _whole(v: float | int | None) -> float | int | None:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.2f}".rstrip("0").rstrip(".")


def _inventory_unread(question: Question) -> bool:
    """A question the rules left to the text (describe) or read as a count of 份 with no cell: read again
    once the body or place named is known, it may ask the store's inventory."""
    if question.cells or question.operation not in ("describe", "value"):
        return False
    metric = question.first(MetricMeasure)
    return question.operation == "describe" or isinstance(metric, MetricMeasure) and metric.unit == "份"


def _zones_left_out(ctx: Context) -> str:
    """「（口径：兰州新区管理委员会…按市级政府计，未计入县级政府）」 after an answer over a province's 县级政府 set of
    years that the store also holds such a zone's report of (docs/levels.md's convention, said — zleft)."""
    from extractor.levels import zones_left_out_note

    kind = ctx.scope.kind or ""
    m = re.match(r"(.{2,8}?(?:省|自治区|市))的县级政府$", kind)
    if m is None or ctx.scope.corpus:
        return ""
    members = [e for i in ctx.ids if (e := ctx.catalogue.entry(i)) is not None]
    years = sorted({e.year for e in members if e.year})
    if not years:
        return ""
    ids = set(ctx.ids)
    place = m.group(1)
    left = [
        e.agency
        for e in ctx.catalogue.reports(None, years)
        if e.agency
        and e.id not in ids
        and re.search(r"(?:管理委员会|管委会)$", e.agency)
        and (ident := identify(e.agency)) is not None
        and place in (ident.region or "")
    ]
    note = zones_left_out_note(left)
    return f"（{note}）" if note else ""
