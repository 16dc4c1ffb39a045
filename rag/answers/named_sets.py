"""Arithmetic over a set of reports the question names: where one member stands, what share of the set's
total it holds, how far it is from the set's mean, the set's spread, two groups' sums against each other,
the largest member's share, and a body's peers of its province and year.

「A2021年、B2022年、C、D这四份年报，B的新收申请从多到少排第几」「X占三家合计的百分之几」「A、B合计比C、D合计
多多少」「库里四川省2024年的年报里，最多的那家占合计的百分之几」「X同省同年还有哪些单位，新收各多少」.

The set is a `report_set.ReportSet`: members the user lists (each a report of its year) are computed whole
or not at all — a member the store does not hold (in the year named), or one whose figure is not printed,
refuses the figure and names the member (a share, a mean or a position over the members that happened to be
found is a number about another set); a set of the store's (a province × year, a place's bodies) is counted
over the members printing the figure, the others named as not counted. The same operations serve `peers`
(one body against a place's bodies). Every member's cell is cited and the arithmetic written out; a 0
denominator is refused with its reason, ties are said."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from extractor.normalize import fold
from extractor.schema import Answer

from .. import values as vals
from ..cite import fmt
from ..context import NOT_MENTIONED, Context
from ..intent import DETAIL, FORECAST, LOWER_GOVERNMENTS, NO_BASE, SET_SUM_WORDS, normalise_years, table_measures
from ..lazyre import lazy
from ..question import CellMeasure
from . import corpus
from .report_set import ReportSet, place_named, place_reports, province_of

Kind = Literal["position", "share", "deviation", "spread", "ratio", "groups", "top_share", "peers"]

_SUM = f"(?:{SET_SUM_WORDS})"
_LOW = lazy(r"少往多|小往大|低往高|从少到多|从小到大|由少到多|由小到大|升序|倒数|从低到高|由低到高|少的排前")
SET_ASKS: tuple[Kind, ...] = ("peers", "groups", "top_share", "ratio", "spread", "deviation", "share", "position")
# the asks, by kind, tried in this order (a top share is also a share; a ratio of extremes also a spread)
_ASKS: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        "peers",
        lazy(
            r"同(?:一个?)?省(?:份)?[、的,，和及]?同(?:一个?)?年|同属[^，,。？?]{0,12}[、，,]?同为|同省同年"
            # (「领导让我对照一下兄弟单位的年报，X…有几件」 asks X's own figure: the peers' figures asked in the clause)
            r"|(?:兄弟单位|同一?省份?)(?:[（(][^）)]*[）)])?[^，,。？?]{0,16}(?:各|分别|都|有哪些|还有)"
        ),
    ),
    (
        "groups",
        lazy(
            rf"(?:[Aa甲一前]组|第一组).{{0,80}}(?:[Bb乙二后]组|第二组)"
            rf"|{_SUM}.{{0,40}}(?:比|减去?|减掉|相比|对比|差).{{0,60}}{_SUM}"
            rf"|{_SUM}[^？?]{{0,80}}{_SUM}[^，,。？?]{{0,4}}(?:相比|比较|之差|差额|相差)"
            # 「A和B的新收加起来，比C多多少」: a group against one body
            rf"|{_SUM}[，,]?(?:比|减去?|减掉)[^。？?]{{0,60}}(?:多|少|差)"
        ),
    ),
    (
        "top_share",
        lazy(
            r"(?:最多|最大|最高|排(?:名)?第一|第一名|居首|头部|领头)的?(?:那|这)?(?:一)?(?:家|个|份|单位|年报|报告)?"
            # (not a rate's whole stated in brackets: 「结转率最高的单位是哪个（结转下年度占新收加上年结转）」)
            r"[^。？?（(]{0,14}占|集中度"
        ),
    ),
    (
        "ratio",
        lazy(
            r"最(?:多|大|高)[^，,。？?]{0,14}(?:是|为)[^，,。？?]{0,10}最(?:少|小|低)[^，,。？?]{0,10}(?:几|多少)倍"
            r"|最(?:多|大|高)[^，,。？?]{0,10}(?:除以|÷|与|和|跟|比)[^，,。？?]{0,10}最(?:少|小|低)[^，,。？?]{0,8}(?:之比|比值|比率|的?倍数)"
        ),
    ),
    (
        "spread",
        lazy(
            r"极差|全距|最(?:大|多|高)(?:值|的|一家|那家)?(?:和|与|跟|减去?|比)最(?:小|少|低)(?:值|的|一家|那家)?"
            r"[^，,。？?]{0,10}(?:差|相差|差距|差值|多)"
        ),
    ),
    (
        "deviation",
        lazy(
            r"比[^，,。？?]{0,60}?(?:平均|均值)(?:值|数|水平)?[^，,。？?]{0,6}(?:多|少|高|低|差)"
            r"|(?:和|与|跟|同)[^，,。？?]{0,14}(?:平均|均值)[^，,。？?]{0,8}(?:相差|差|比)"
            r"|(?:高|低|多|少|超)(?:于|出|过)[^，,。？?]{0,10}(?:平均|均值)|(?:偏离|距离?|离)[^，,。？?]{0,10}(?:平均|均值)"
        ),
    ),
    (
        "share",
        lazy(r"占了?[^，,。？?]{0,80}?(?:百分|比例|比重|占比|几成|多少|份额|%)"),
    ),
    ("position", lazy(r"排(?:在|名)?(?:第)?几|第几(?:名|位)?|名列第几|排名(?:是|为)?(?:多少|几)|排位")),
)
# a share of a set's whole, not of a report's own row (「A和B的自然人申请占新收的比例」 is each report's, and
# 「予以公开占办结总数的比例比B高几个百分点」 a gap of two reports' own rates)
_WHOLE = lazy(
    r"[两二三四五六七八九十几]家|[两二三四五六七八九十几]份|加在一起|加到一起|加起来|分母|全部|全省|全市|各单位|之和|合计"
)
# 「有不予公开的单位占百分之几」「被复议过的报告所占比例」: the share of bodies meeting a condition (another family)
_BODIES_SHARE = lazy(r"的(?:单位|报告|年报|机关|部门|家)(?:数)?(?:所)?占")
# 「这四份年报」「四家」「三个单位」: the size the question gives its set (a check on the members found)
_SIZE = lazy(r"(?:这|那|上述|以上|前述)?([两二三四五六七八九十2-9])(?:家|份|个|所)(?:单位|部门|机关|年报|报告)?")
_CN = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)} | {"两": 2}
# 「库里四川省2024年的年报」「四川省2024年度各单位」: a province × year of the store
_PROVINCE_YEAR = lazy(
    r"([\u4e00-\u9fff]{2,7}?(?:省|自治区|市))的?((?:19|20)\d{2}\s*年度?|同一?年度?|当年)的?"
    r"(?:全部|所有|各|全省|全市)?的?(?:单位|部门|机关)?的?(?:年报|年度报告|报告|单位|部门)"
)
# 「全省同年」「本省各单位」: the province of the one body named
_OWN_PROVINCE = lazy(r"(?:全省|本省|同省|该省)(?:同一?年度?|当年)?的?(?:各|所有|全部)?的?(?:单位|部门|年报|报告)")
_EACH = lazy(r"分别|各自|各占|每家")
_GROUP_MARK = lazy(r"(?:[Bb乙二后]组|第二组)")
_SPLIT = lazy(r"比|减去?|减掉|相比|对比|与|和|跟")


# 「前三家合计占比」「排名前三的单位合计占该组总量的比重」「前两名加起来占全部的百分之几」: the first k members' sum over
# the set's sum (zsfixb) — 「前三家」 is no size of the set
_TOP_K = lazy(
    r"(?:排名?(?:在)?|名列)?前([两二三四五六七八九十2-9])(?:名|家|个|位|强)?(?:的)?(?:单位|部门|机关|年报|报告)?"
    r"(?:(?:合计|加起来|加在一起|加到一起|总共|一共|共|总和|之和)(?:起来)?)?(?:所)?的?"
    r"(?:占比|占(?:了)?[^。？?]{0,30}?(?:百分|比例|比重|占比|几成|多少|份额|%))"
)


@dataclass(frozen=True)
class SetAsk:
    kind: Kind
    low: bool = False  # a position counted from the smallest (从少到多)
    span: tuple[int, int] = (0, 0)  # where the ask is written (blanked before the measure is read)
    top: int = 1  # for top_share: the first k members summed (「前三家合计占比」)


def _top_k(t: str) -> SetAsk | None:
    """「前三家合计占比」: the first k members' share of the set's total (k ≥ 2), read on the folded question."""
    m = _TOP_K.search(t)
    if m is None:
        return None
    k = int(m.group(1)) if m.group(1).isdigit() else _CN.get(m.group(1), 0)
    return SetAsk("top_share", bool(_LOW.search(t)), m.span(), k) if k >= 2 else None


def set_ask(q: str) -> SetAsk | None:
    """What is asked of a named set, or None (read on the folded question)."""
    t = fold(q)
    top = _top_k(t)
    if top is not None:
        return top
    for kind, rx in _ASKS:
        m = rx.search(t)
        if m and (kind != "share" or _WHOLE.search(t) and "百分点" not in t and not _BODIES_SHARE.search(t)):
            return SetAsk(kind, bool(_LOW.search(t)), m.span())
    return None


def asked_of_set(q: str) -> str | None:
    """The router's test: the kind of arithmetic over a set asked (the handler still needs a set named)."""
    if DETAIL.search(q) or NO_BASE.search(q) or FORECAST.search(q):
        return None  # (a detail the tables lack, a rate per head, a forecast: refused first)
    ask = set_ask(q)
    # 「X市下辖各区县政府里最多的那家占全部的百分之几」: the stored bodies of that level are the set (zpfixb) — the
    # handler gives way when no set of two or more is resolved (one body's own 「各区县」: refuse.lower)
    if LOWER_GOVERNMENTS.search(q) and not (ask and ask.kind == "top_share"):
        return None  # (lower governments: refused first)
    return ask.kind if ask else None


def measure(ctx: Context, ask: SetAsk) -> CellMeasure | None:
    """The one cell asked, read with the ask's own words blanked (「排第几名」 is no count of 名): on the
    whole question, else clause by clause (「这四家比自然人申请，X排第几」: the measure is a clause of its own)."""
    q = fold(ctx.q)
    for i, j, _ in ctx.catalogue.mentions(ctx.q):  # the bodies named are no words of the measure (same length)
        q = q[:i] + "，" * (j - i) + q[j:]
    a, b = ask.span
    plain = q if ask.kind == "groups" else q[:a] + "，" + q[b:]  # (a group ask's span holds the members)
    plain = re.sub(r"平均(?:值|数)?|(?:多|少)多少|比重|比例|百分之几|几成", "，", _LOW.sub("，", _SIZE.sub("", plain)))
    clauses = r"[，,。；;：:（）()？?\s]"
    for text in (plain, *re.split(clauses, plain), *re.split(clauses, q)):
        cells = table_measures(text, strict=False) if text else []
        if cells:
            return cells[0]
    return ctx.question.cells[0] if ctx.question.cells else None


def province_year(ctx: Context) -> tuple[str, int, list[str]] | None:
    """「库里四川省2024年的年报」: the province written, its year, and the stored reports of both."""
    q = normalise_years(fold(ctx.q))
    for m in _PROVINCE_YEAR.finditer(q):
        prov = place_named(m.group(1), ("省",))  # (「库里四川省」: the lead-in is no part of it)
        if prov is not None:
            year = _year_of(ctx, m.group(2))
            if year is None:
                return None
            return prov.name, year, place_reports(ctx.catalogue, prov.code, year)
    if _OWN_PROVINCE.search(q) and ctx.n == 1:  # 「X在全省同年的年报里排第几」: X's own province and year
        e = ctx.entry(ctx.ids[0])
        prov = province_of(e.agency or "")
        if prov is not None and e.year:
            return prov.name, e.year, place_reports(ctx.catalogue, prov.code, e.year)
    return None


def _year_of(ctx: Context, said: str) -> int | None:
    """A year written (「2024年度」), or 「同年」: the year of the one body the question names."""
    digits = re.match(r"\d{4}", said)
    if digits:
        return int(digits.group())
    years = {ctx.entry(r).year for r in ctx.ids} if ctx.n and not ctx.scope.corpus else set()
    return years.pop() if len(years) == 1 else None


def _size_said(ctx: Context) -> int | None:
    """The size the question gives its set (「这四份年报」「三家」), read outside the bodies' names."""
    q = fold(ctx.q)
    for i, j, _ in ctx.catalogue.mentions(ctx.q):
        q = q[:i] + "，" * (j - i) + q[j:]
    top = _TOP_K.search(q)
    if top is not None:  # (「前三家」: the members summed, not the set's size)
        q = q[: top.start()] + "，" * (top.end() - top.start()) + q[top.end() :]
    size = _SIZE.search(q)
    if size is None:
        return None
    return int(size.group(1)) if size.group(1).isdigit() else _CN.get(size.group(1))


def named_set(ctx: Context, kind: Kind) -> ReportSet | Answer | None:
    """The set the question names, or its refusal (a member not held), or None (no set named)."""
    py = province_year(ctx)
    if py is not None:
        name, year, ids = py
        if not ids:
            return ctx.answer(f"{NOT_MENTIONED}：库里没有{name}{year}年的报告，无法计算。", "compare")
        return ReportSet(tuple(ids), f"库里{name}{year}年的{len(ids)}份报告", whole=False)  # (the store's set)
    if ctx.scope.missing:
        return ctx.answer(
            f"无法计算：所列报告中{'、'.join(ctx.scope.missing)}没有所问年份的报告（库里未收录），"
            "这组报告不完整，按组计算的数字不能给出。",
            "compare",
        )
    ids = list(ctx.ids)
    if len(ids) < 2 or ctx.scope.corpus or ctx.one_agency():
        return None  # (one body's years: a series, answered by the series' own routes)
    said = _size_said(ctx)
    # 「X比A、B、C三家的平均多多少」 (X not one of the three) or a member not found: which set is meant is
    # not certain — refused, the reports found named (two groups of two are the groups' own counts)
    if said and said != len(ids) and not (kind == "groups" and said < len(ids)):
        found = "、".join(ctx.name(r) for r in ids)
        return ctx.answer(
            f"无法计算：问题说这组是{said}份报告，库里找到{len(ids)}份（{found}），不能确定这组报告是哪几份。",
            "compare",
        )
    if ctx.scope.kind:  # (「河北省里…最高那家」: a place's bodies the store holds, not a list the user wrote)
        return ReportSet(tuple(ids), f"库里{ctx.scope.kind}的{len(ids)}份报告", whole=False)
    return ReportSet(tuple(ids), f"这{len(ids)}份报告")


def _target(ctx: Context, members: list[str]) -> str | None:
    """The member the question asks about: the one named twice (「A、B、C、D这四家里，B排第几」), else the
    first when the rest are its company (「X在其与A、B、C共四份中」「X…与其和A、B、C…之差」), else the last."""
    keys = {ctx.entry(r).agency_key: r for r in members}
    if len(keys) != len(members):
        return None
    py = _PROVINCE_YEAR.search(normalise_years(fold(ctx.q)))
    hits: list[str] = []
    for i, j, hit in ctx.catalogue.mentions(ctx.q):
        if py and i < py.end() and py.start() < j:
            continue  # (「库里四川省2024年」: the province written is no member)
        best = min(hit.values())
        got = [keys[k] for k, rank in hit.items() if rank == best and k in keys]
        if len(got) == 1:
            hits.append(got[0])
    if not hits:
        return None
    twice = [r for r in dict.fromkeys(hits) if hits.count(r) > 1]
    if len(twice) == 1:
        return twice[0]
    if re.search(r"[在与和]其|其[与和跟同]", fold(ctx.q)):
        return hits[0]
    # one body named (a province's set): that body; else the list alone names no member asked about
    # (「这几份年报里有不予公开的单位占百分之几」 is a share of bodies, not of one member's figure)
    return hits[0] if len(hits) == 1 else None


def answer(ctx: Context) -> Answer | None:
    ask = set_ask(ctx.q)
    if ask is None:
        return None
    m = measure(ctx, ask)
    if m is None:
        return None
    if ask.kind == "peers":
        return _peers(ctx, m)
    got = named_set(ctx, ask.kind)
    if got is None or isinstance(got, Answer):
        return got
    return over_set(ctx, ask, m, got)


def over_set(ctx: Context, ask: SetAsk, m: CellMeasure, s: ReportSet) -> Answer | None:
    """The ask's figure over the set: a whole set missing a member's figure is refused, naming it; a place's
    bodies are counted over those printing it, the others named as not counted. None: not this set's question
    (the member asked about prints no figure, fewer than two members do, no member named again)."""
    fig = s.figures(ctx, m)
    if s.whole and fig.unread:
        return ctx.answer(
            f"无法计算：{'、'.join(ctx.name(r) for r in fig.unread)}的报告中没有{m.label}的数字（表格未印出或未能读取），"
            "这组报告不完整。",
            "compare",
        )
    if not s.whole and len(fig.order) < 2 or s.target is not None and s.target not in fig.found:
        return None
    ans = _ANSWERS[ask.kind](ctx, ask, m, fig.order, fig.found, s)
    note = fig.not_counted(ctx)
    return ans.model_copy(update={"answer": f"{ans.answer}（{note}）"}) if ans is not None and note else ans


def _line(ctx: Context, ids: list[str], found: dict, unit: str, sep: str = "；") -> str:
    return sep.join(f"{ctx.name(r)}{fmt(found[r])}{unit}" for r in ids)


def _done(ctx: Context, text: str, m: CellMeasure, ids: list[str], found: dict, **kw) -> Answer:
    return ctx.answer(text + corpus._text_note(ctx, ids), "compare", citations=corpus._cite(ctx, m, ids, found), **kw)


def _position(ctx: Context, ask: SetAsk, m: CellMeasure, ids: list[str], found: dict, s: ReportSet) -> Answer | None:
    """The 1-based place of one member, largest first (smallest first for 从少到多): 1 + the members
    strictly ahead of it; a tie is said, never broken."""
    x = s.target or _target(ctx, ids)
    if x is None:
        return None  # (no member named again: not this route's question)
    unit = vals.unit_of(m)
    ahead = [r for r in ids if (found[r] < found[x] if ask.low else found[r] > found[x])]
    tied = [r for r in ids if r != x and found[r] == found[x]]
    place = len(ahead) + 1
    ranked = sorted(ids, key=lambda r: found[r], reverse=not ask.low)
    way = "从少到多" if ask.low else "从多到少"
    tie = f"，与{'、'.join(ctx.name(r) for r in tied)}并列" if tied else ""
    return _done(
        ctx,
        f"第{place}名：{ctx.name(x)}{m.label}{fmt(found[x])}{unit}，在{s.said}中{way}排第{place}{tie}"
        f"（{way}：{_ranked(ctx, ranked, found, unit)}）",
        m,
        ranked,
        found,
        value=place,
        unit="名",
    )


def _ranked(ctx: Context, ranked: list[str], found: dict, unit: str) -> str:
    """「1. A19件；2. B17件」: the members in order, numbered (the first LISTED of a store's large set, the rest counted)."""
    shown = "；".join(f"{i + 1}. {ctx.name(r)}{fmt(found[r])}{unit}" for i, r in enumerate(ranked[: corpus.LISTED]))
    return shown + (f"；其余{len(ranked) - corpus.LISTED}份从略" if len(ranked) > corpus.LISTED else "")


def _percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 2)


def _zero_whole(ctx: Context, m: CellMeasure, ids: list[str], found: dict, unit: str, s: ReportSet) -> Answer:
    return _done(
        ctx,
        f"无法计算：{s.said}的{m.label}合计为0，作为分母不能相除（{_line(ctx, ids, found, unit)}）",
        m,
        ids,
        found,
    )


def _share(ctx: Context, ask: SetAsk, m: CellMeasure, ids: list[str], found: dict, s: ReportSet) -> Answer | None:
    """One member's value over the set's sum × 100."""
    unit = vals.unit_of(m)
    whole = sum(found[r] for r in ids)
    if whole and _EACH.search(ctx.q):  # 「三家分别占三家合计的百分之几」: every member's share, listed
        each = "；".join(f"{ctx.name(r)}{fmt(found[r])}{unit}，占{fmt(_percent(found[r], whole))}%" for r in ids)
        return _done(ctx, f"{m.label}{s.said}合计{fmt(whole)}{unit}：{each}", m, ids, found)
    x = s.target or _target(ctx, ids)
    if x is None:
        return None  # (no member named again: not this route's question)
    if not whole:
        return _zero_whole(ctx, m, ids, found, unit, s)
    pct = _percent(found[x], whole)
    terms = "+".join(fmt(found[r]) for r in ids)
    return _done(
        ctx,
        f"{fmt(pct)}%：{ctx.name(x)}{m.label}{fmt(found[x])}{unit} ÷ {s.said}合计{fmt(whole)}{unit}"
        f"（{terms}）×100%（{_line(ctx, ids, found, unit)}）",
        m,
        ids,
        found,
        value=pct,
        unit="%",
    )


def _deviation(ctx: Context, ask: SetAsk, m: CellMeasure, ids: list[str], found: dict, s: ReportSet) -> Answer | None:
    """One member's value less the set's mean (the member included), signed: below the mean is negative."""
    x = s.target or _target(ctx, ids)
    if x is None:
        return None  # (no member named again: not this route's question)
    unit = vals.unit_of(m)
    total = sum(found[r] for r in ids)
    mean = total / len(ids)
    diff = round(found[x] - mean, 2)
    word = "多" if diff > 0 else "少" if diff < 0 else "正好等于平均，差"
    terms = "+".join(fmt(found[r]) for r in ids)
    return _done(
        ctx,
        f"{fmt(diff)}{unit}：{ctx.name(x)}{m.label}{fmt(found[x])}{unit}，比{s.said}的平均{fmt(round(mean, 2))}{unit}"
        f"{word}{fmt(abs(diff))}{unit}（平均 =（{terms}）÷{len(ids)}；{_line(ctx, ids, found, unit)}）",
        m,
        ids,
        found,
        value=diff,
        unit=unit,
    )


def _extremes(ctx: Context, ids: list[str], found: dict) -> tuple[list[str], list[str], list[str]]:
    ranked = sorted(ids, key=lambda r: found[r], reverse=True)
    top = [r for r in ids if found[r] == found[ranked[0]]]
    low = [r for r in ids if found[r] == found[ranked[-1]]]
    return ranked, top, low


def _names(ctx: Context, rids: list[str]) -> str:
    return "、".join(ctx.name(r) for r in rids) + ("（并列）" if len(rids) > 1 else "")


def _spread(ctx: Context, ask: SetAsk, m: CellMeasure, ids: list[str], found: dict, s: ReportSet) -> Answer:
    """The largest value less the smallest."""
    unit = vals.unit_of(m)
    ranked, top, low = _extremes(ctx, ids, found)
    d = found[top[0]] - found[low[0]]
    return _done(
        ctx,
        f"极差{fmt(d)}{unit}：最多{_names(ctx, top)}{fmt(found[top[0]])}{unit} − 最少{_names(ctx, low)}"
        f"{fmt(found[low[0]])}{unit}（{_line(ctx, ranked, found, unit)}）",
        m,
        ranked,
        found,
        value=d,
        unit=unit,
    )


def _ratio(ctx: Context, ask: SetAsk, m: CellMeasure, ids: list[str], found: dict, s: ReportSet) -> Answer:
    """The largest value over the smallest; a smallest of 0 is refused (no multiple of 0)."""
    unit = vals.unit_of(m)
    ranked, top, low = _extremes(ctx, ids, found)
    if not found[low[0]]:
        return _done(
            ctx,
            f"无法计算：最少的{_names(ctx, low)}{m.label}为0，不能作除数（{_line(ctx, ranked, found, unit)}）",
            m,
            ranked,
            found,
        )
    r = round(found[top[0]] / found[low[0]], 2)
    return _done(
        ctx,
        f"{fmt(r)}倍：最多{_names(ctx, top)}{fmt(found[top[0]])}{unit} ÷ 最少{_names(ctx, low)}"
        f"{fmt(found[low[0]])}{unit}（{_line(ctx, ranked, found, unit)}）",
        m,
        ranked,
        found,
        value=r,
        unit="倍",
    )


def _top_share(ctx: Context, ask: SetAsk, m: CellMeasure, ids: list[str], found: dict, s: ReportSet) -> Answer:
    """The largest member's share of the set's sum (a tie at the top: one of them, said)."""
    unit = vals.unit_of(m)
    ranked, top, _ = _extremes(ctx, ids, found)
    whole = sum(found[r] for r in ids)
    if not whole:
        return _zero_whole(ctx, m, ids, found, unit, s)
    if ask.top > 1:
        return _first_k_share(ctx, ask.top, m, ranked, found, whole, s)
    pct = _percent(found[top[0]], whole)
    tie = f"（{'、'.join(ctx.name(r) for r in top)}并列最多，各占{fmt(pct)}%）" if len(top) > 1 else ""
    return _done(
        ctx,
        f"{fmt(pct)}%：最多的{ctx.name(top[0])}{fmt(found[top[0]])}{unit} ÷ {s.said}合计{fmt(whole)}{unit}"
        f"×100%{tie}（{_line(ctx, ranked, found, unit)}）",
        m,
        ranked,
        found,
        value=pct,
        unit="%",
    )


def _first_k_share(
    ctx: Context, k: int, m: CellMeasure, ranked: list[str], found: dict, whole: float, s: ReportSet
) -> Answer:
    """The first k members' sum (largest first) over the set's sum × 100; a tie across the k-th place is said
    (the sum is the same whichever of the tied is counted)."""
    unit = vals.unit_of(m)
    first = ranked[:k]
    part = sum(found[r] for r in first)
    pct = _percent(part, whole)
    note = f"（这组只有{len(ranked)}份，前{k}名即全部）" if len(ranked) <= k else ""
    if len(ranked) > k and found[ranked[k]] == found[ranked[k - 1]]:
        tied = [r for r in ranked if found[r] == found[ranked[k - 1]]]
        note = f"（第{k}名{'、'.join(ctx.name(r) for r in tied)}并列{fmt(found[ranked[k - 1]])}{unit}，合计不变）"
    return _done(
        ctx,
        f"{fmt(pct)}%：前{k}名{_line(ctx, first, found, unit, '+')}合计{fmt(part)}{unit} ÷ {s.said}合计{fmt(whole)}{unit}"
        f"×100%{note}（{_line(ctx, ranked, found, unit)}）",
        m,
        ranked,
        found,
        value=pct,
        unit="%",
    )


def _groups(ctx: Context, ask: SetAsk, m: CellMeasure, ids: list[str], found: dict, s: ReportSet) -> Answer | None:
    """The first group's sum less the second's, signed: the groups are split where the second group is
    marked (「B组」「第二组」), else at the comparison word between the members (比 / 减去)."""
    first, second = _split(ctx, ids)
    if not first or not second:
        return None
    unit = vals.unit_of(m)
    a, b = sum(found[r] for r in first), sum(found[r] for r in second)
    d = a - b
    return _done(
        ctx,
        f"{fmt(d)}{unit}：第一组合计{fmt(a)}{unit}（{_line(ctx, first, found, unit, '+')}）− 第二组合计{fmt(b)}{unit}"
        f"（{_line(ctx, second, found, unit, '+')}）",
        m,
        [*first, *second],
        found,
        value=d,
        unit=unit,
    )


def _split(ctx: Context, ids: list[str]) -> tuple[list[str], list[str]]:
    """Each member at its first mention, the members before the split point and those after it."""
    q = fold(ctx.q)
    keys = {ctx.entry(r).agency_key: r for r in ids}
    at: dict[str, int] = {}
    for i, _, hit in ctx.catalogue.mentions(ctx.q):
        best = min(hit.values())
        for k, rank in hit.items():
            if rank == best and k in keys and keys[k] not in at:
                at[keys[k]] = i
    if len(at) != len(ids):
        return [], []
    mark = _GROUP_MARK.search(q)
    if mark and min(at.values()) < mark.start() < max(at.values()):
        cut = mark.start()
    else:
        first_end = min(at.values())
        cut = next(
            (w.start() for w in _SPLIT.finditer(q, first_end) if w.start() > first_end and _between(q, w.start())), -1
        )
        if cut < 0:
            return [], []
    return [r for r in ids if at[r] < cut], [r for r in ids if at[r] > cut]


def _between(q: str, p: int) -> bool:
    """A comparison word (比 / 减去 / 与…相比) right after a group's sum word, not the 和 inside a list."""
    return bool(re.search(rf"{_SUM}[^。？?]{{0,10}}$", q[:p])) or q[p] in "比减"


def _peers(ctx: Context, m: CellMeasure) -> Answer | None:
    """The other stored reports of the body's province and year, each with its figure."""
    if ctx.n > 1 and ctx.one_agency():  # 「和兰州新区管委会同省同年的单位」 with two of its years stored
        years = "、".join(f"{ctx.entry(r).year}年" for r in ctx.ids)
        return ctx.answer(
            f"{NOT_MENTIONED}：库里有{ctx.name(ctx.ids[0], with_year=False)}{years}的报告，问题没有写明哪一年，"
            "无法确定同年的单位（请写明年份）。",
            "compare",
        )
    if ctx.n != 1:
        return None  # (several bodies named: whose peers is not said)
    x = ctx.ids[0]
    e = ctx.entry(x)
    prov = province_of(e.agency or "")
    if prov is None or not e.year:
        return ctx.answer(f"{NOT_MENTIONED}：无法确定{ctx.name(x)}所在的省份，找不到同省同年的单位。", "compare")
    peers = [
        r for r in place_reports(ctx.catalogue, prov.code, e.year) if r != x and ctx.entry(r).agency_key != e.agency_key
    ]
    if not peers:
        return ctx.answer(
            f"{NOT_MENTIONED}：库里{prov.name}{e.year}年除{ctx.name(x)}外没有其他单位的报告，无法列出同省同年的单位。",
            "compare",
        )
    fig = ReportSet(tuple(peers), f"{prov.name}{e.year}年", whole=False).figures(ctx, m)
    unit = vals.unit_of(m)
    gap = f"；{fig.not_counted(ctx)}" if fig.unread else ""
    listing = "；".join(f"{ctx.name(r)}{fmt(fig.found[r])}{unit}" for r in fig.order)
    return _done(
        ctx,
        f"库里与{ctx.name(x)}同省（{prov.name}）同年的其他{len(peers)}份报告，{m.label}：{listing}{gap}",
        m,
        fig.order,
        fig.found,
    )


_ANSWERS = {
    "position": _position,
    "share": _share,
    "deviation": _deviation,
    "spread": _spread,
    "ratio": _ratio,
    "top_share": _top_share,
    "groups": _groups,
}
