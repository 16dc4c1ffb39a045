"""A figure of the narrative across the reports a question names: 「A、B、C谁的政策解读最多」「A和B的政策文件加起来
一共多少」「A与B政策解读哪个多」「X的主动公开信息从16年到23年变化了多少」.

Each report's figure is the one the one-report path gives (「A2022年政策解读多少」: `narrative.metric`), asked of that
report alone, with its own quote as citation; then ranked, added, compared or traced. What the question names of the
measure is read by structure, not by a list of words: the bodies (the catalogue's mentions) and years are taken
out, a lead-in clause before the first body that names nothing (`message._names_nothing`: no body, year, measure,
operation or ask) goes, the operation's own words go (the readers' patterns of rank, sum, change, comparison), and
each run of words left is tried as the measure by the one-report reader — the first that reads a figure in at least
two reports is the measure. A report whose text states no such figure is named, never guessed; figures of different
kinds of unit (篇 and 次) are never added or compared (条/件/篇 all count items; 次/场 count occasions)."""

from __future__ import annotations

import dataclasses
import re

from extractor.normalize import fold
from extractor.schema import Answer

from .. import intent, message
from ..cite import fmt
from ..context import NOT_MENTIONED, Context
from ..lazyre import lazy
from ..question import MetricMeasure
from ..scope import Resolved

# units that count one kind of thing: posts and documents (条/件/篇), occasions (次/场); any other unit is its own
# kind — 个 counts accounts or columns, 项 items of a list, 份 copies (review 12: 5个 accounts + 300条 posts were added)
_KIND = {u: "items" for u in ("条", "件", "篇")} | {"次": "times", "场": "times"}
_YEAR_WORD = lazy(r"[从由自]?(?:19|20)\d{2}\s*年度?(?:[到至]|以来)?")
_STOPS = r"[|，,：:；;？?。！!\s、]+"
# what the question asks of the figures, in the readers' own patterns (never the measure's words: 「谁的X多」 keeps X)
_ASKING = lazy(
    r"[这那]?(?:几|[两二三四五六七八九十])?(?:个|家)(?:单位|部门|机关)?|各自|分别|列(?:一下|个|出)?|"
    r"(?:比较|对比|比)(?:一下)?|按|排(?:一下|个序|序|名|列)?|谁家?|哪(?:一)?(?:个|家|边)|"
    r"(?:更|最)?(?:多|少|高|低)(?:了)?(?:还是)?(?:多|少)?(?:了)?|[从由]?(?:多到少|少到多|高到低|低到高)|"
    r"数量|数目|总数|情况|相比|增减|变化了?|差|[和与跟及同]|一共|合计|加起来|总共|共计|之和"
)
_OPERATIONS = ("rank", "sum", "compare", "change", "trend")
# 「这几份年报里，哪些…」「有哪几家…」: which of the reports named (said before the measure; `_which`)
_WHICH_OF = lazy(r"哪(?:些|几)(?:个|家|份)?")


def _residue(ctx: Context, keep_lead: bool = False) -> str:
    """The question with the bodies, the years and the lead-in clauses taken out (「|」 where they stood)."""
    q = fold(ctx.q)
    spans = ctx.catalogue.mentions(q)
    if not spans:
        return ""
    head = q[: spans[0][0]]
    out, k = [], 0
    for i, j, _ in spans:
        out += [q[k:i], "|"]
        k = j
    text = "".join([*out, q[k:]])
    text = _YEAR_WORD.sub("|", intent.RANGE.sub("|", text))
    lead = {c for c in re.split(r"[，,：:；;\s]+", head) if c}
    if not keep_lead:
        kept = [c for c in re.split(_STOPS, text) if c and not (c in lead and message._names_nothing(c))]
    else:
        kept = [c for c in re.split(_STOPS, text) if c]
    return "|".join(kept)


def _runs(residue: str) -> list[str]:
    # (「主动公开的政府信息条数」 is one thing: 的 inside a run joins it, never cuts it in two)
    text = re.sub(r"(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])", "", residue)
    # the operation's own words, as the question's readers find them (「加总一下」「相加」 ask the sum, name nothing)
    text = intent.SUM.sub("|", text)
    text = intent.FILLER.sub("|", _ASKING.sub("|", text))
    return re.findall(r"[\u4e00-\u9fff]{2,}", text)


def candidates(ctx: Context) -> list[str]:
    """The runs of words the question names besides its bodies, years, lead-ins and operation: longest first. When
    nothing is left but the lead-in (「主动公开信息：A vs B，哪个高」), the lead-in is what the question is about."""
    runs = _runs(_residue(ctx)) or _runs(_residue(ctx, keep_lead=True))
    return sorted(dict.fromkeys(runs), key=len, reverse=True)


def _one(ctx: Context, rid: str, phrase: str) -> Answer | None:
    """The figure of one report as the one-report path reads 「<phrase>多少」 of it — asked again in the unit that
    figure is counted in (「主动公开信息有多少」 may find a column's 「公开信息77条」; 「…多少条」 the report's 14571条)."""
    first = _asked(ctx, rid, phrase, "")
    if first is None or not first.unit or first.unit not in _KIND or f"{first.unit}数" in phrase:
        return first  # (「主动公开信息条数」 names its unit: 「…条数有多少条」 asked again found a column's 77条)
    again = _asked(ctx, rid, phrase, first.unit)
    return again if again is not None else first


def _asked(ctx: Context, rid: str, phrase: str, unit: str) -> Answer | None:
    from .narrative import metric

    e = ctx.entry(rid)
    # (asked of the one report in scope, as a user reading it asks: the body's name is the scope, not the question)
    question = intent.parse(
        f"{e.year or ''}年{phrase}有多少{unit}" if e.year else f"{phrase}有多少{unit}", report_id=rid
    )
    if question.operation != "value" or not isinstance(question.first(MetricMeasure), MetricMeasure):
        return None
    one = Resolved([rid], question.scope, agencies=[])
    ans = metric(dataclasses.replace(ctx, question=question, scope=one, _report=None, _one=None, _twins=None))
    if ans is None or not isinstance(ans.value, (int, float)) or not ans.citations:
        return None
    return ans


def answer(ctx: Context) -> Answer | None:
    """Rank, add, compare or trace one narrative figure over the 2–8 reports the question names."""
    op = ctx.question.operation
    if op not in _OPERATIONS or not 2 <= ctx.n <= 8:
        return None
    tried = []
    for phrase in candidates(ctx)[:4]:
        found = {r: a for r in ctx.ids if (a := _one(ctx, r, phrase)) is not None}
        if len(found) >= 2:
            return _over(ctx, op, phrase, found)
        tried.append((phrase, found))
    if tried and len(tried[0][1]) == 1:  # the measure named read in one report only: the others are silent
        phrase, found = tried[0]
        return _silent(ctx, phrase, found)
    # no phrase read in two reports: the series reader of the reports' metrics (the route before this one for a
    # single body; several bodies come here first, so that a column's figure is not taken where a report's is)
    from .narrative import series

    return series(ctx)


def asks_which_named(q: str) -> bool:
    """A which-word (「哪些」「哪几家」) or a count of bodies (「有几个单位」) — asked of the bodies a question names."""
    return bool(_WHICH_OF.search(q) or intent.bodies_counted(q))


def which_named(ctx: Context) -> Answer | None:
    return _which(ctx) if 2 <= ctx.n <= 8 else None


def _which(ctx: Context) -> Answer | None:
    """「A、B、C这几份年报里，哪些召开了推进会」「A、B，有几个单位写明了培训次数」: which of the reports named (or how
    many) state the figure — asked before the measure, the which-word or the count of bodies asks over the reports,
    not what the measure lists (「A、B的推进会分别有哪些」). Each report's figure is the one-report path's, cited."""
    if intent.ORDER_ASKED.search(ctx.q):
        return None
    q = fold(ctx.q)
    asked = _WHICH_OF.search(q) or intent.bodies_counted(q)
    for phrase in candidates(ctx)[:4]:
        at = q.find(phrase[:2], asked.end() if asked else 0)
        if asked is None or at < 0:
            continue
        found = {r: a for r in ctx.ids if (a := _one(ctx, r, phrase)) is not None}
        if not found:
            continue
        silent = [r for r in ctx.ids if r not in found]
        shown = "；".join(f"{ctx.label(r)}（{_said(found[r])}）" for r in found)
        note = f"；{'、'.join(ctx.label(r) for r in silent)}的报告未提及{phrase}的数量" if silent else ""
        counted = re.search(r"[个家份]", asked.group())
        unit = counted.group() if counted else "个"
        cits = [c for r in found for c in found[r].citations]
        return ctx.answer(
            f"所列{ctx.n}份报告中，{len(found)}{unit}写明了{phrase}：{shown}{note}。",
            "metric",
            value=len(found),
            unit=unit,
            citations=cits,
        )
    return None


def _said(ans: Answer) -> str:
    """A report's figure as its one-report answer heads it (as printed: 「80人次」, 「近百条」 beside its number)."""
    head = ans.answer.split("（", 1)[0].strip()
    return head if head and re.search(r"\d", head) and len(head) <= 24 else f"{fmt(ans.value)}{ans.unit or ''}"


def _silent(ctx: Context, phrase: str, found: dict[str, Answer]) -> Answer:
    """Refused: the reports whose text states no such figure are named, the figures found shown and cited."""
    who = "、".join(ctx.label(r) for r in ctx.ids if r not in found)
    shown = "；".join(f"{ctx.label(r)}{_said(found[r])}" for r in found)
    cits = [c for r in found for c in found[r].citations]
    return ctx.answer(f"{NOT_MENTIONED}（{who}的报告未提及{phrase}的数量；已找到：{shown}）", "metric", citations=cits)


def _over(ctx: Context, op: str, phrase: str, found: dict[str, Answer]) -> Answer:
    missing = [r for r in ctx.ids if r not in found]
    kinds = {_KIND.get(a.unit or "", a.unit or "") for a in found.values()}
    units = list(dict.fromkeys(a.unit or "" for a in found.values()))
    shown = "；".join(f"{ctx.label(r)}{_said(found[r])}" for r in found)
    cits = [c for r in found for c in found[r].citations]
    if len(kinds) > 1:  # 篇 in one report, 次 in another: not one thing counted
        return ctx.answer(
            f"{NOT_MENTIONED}（各报告所述「{phrase}」的单位不同，无法相加或比较：{shown}）", "metric", citations=cits
        )
    unit = units[0] if len(units) == 1 else ""
    val: dict[str, int | float] = {r: v for r in found if isinstance(v := found[r].value, (int, float))}
    by_year = sorted(ctx.ids, key=lambda r: ctx.entry(r).year or 0)
    ends = {by_year[0], by_year[-1]}
    if missing and (op in ("sum", "compare", "rank") or ends & set(missing)):
        # a sum, an order or a change is about every body (every end year) named: one silent refuses it, said which
        return _silent(ctx, phrase, found)
    by_size = sorted(found, key=lambda r: -val[r])
    listing = "；".join(f"{ctx.label(r)}{_said(found[r])}" for r in by_size)
    if op == "sum":
        s = sum(val.values())
        s = int(s) if float(s).is_integer() else round(s, 2)
        return ctx.answer(
            f"{phrase}合计{fmt(s)}{unit}（{listing}）", "metric", value=s, unit=unit or None, citations=cits
        )
    if op == "rank":
        low = ctx.question.extreme == "min"
        order = list(reversed(by_size)) if low else by_size
        top = order[0]
        listing = "；".join(f"{ctx.label(r)}{_said(found[r])}" for r in order)
        return ctx.answer(
            f"{ctx.label(top)}的{phrase}{'最少' if low else '最多'}，{fmt(val[top])}{unit}（{listing}）",
            "metric",
            value=val[top],
            unit=unit or None,
            citations=cits,
        )
    by_year = sorted(found, key=lambda r: ctx.entry(r).year or 0)
    note = f"（{'、'.join(ctx.label(r) for r in missing)}的报告未提及）" if missing else ""
    one_body = len({ctx.entry(r).agency_key for r in found}) == 1
    if one_body and len(found) >= 2:  # change / trend of one body: the later year less the earlier
        a, b = by_year[0], by_year[-1]
        diff = val[b] - val[a]
        diff = int(diff) if float(diff).is_integer() else round(diff, 2)
        trail = "；".join(f"{ctx.label(r)}{_said(found[r])}" for r in by_year)
        word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
        said = f"{ctx.label(b)}比{ctx.label(a)}{word}" + (f"{fmt(abs(diff))}{unit}" if diff else "")
        return ctx.answer(f"{trail}；{said}{note}", "metric", value=diff, unit=unit or None, citations=cits)
    if len(found) != 2:
        return ctx.answer(listing, "metric", citations=cits)
    hi, lo = by_size
    gap = val[hi] - val[lo]
    gap = int(gap) if float(gap).is_integer() else round(gap, 2)
    said = f"{ctx.label(hi)}比{ctx.label(lo)}多{fmt(gap)}{unit}" if gap else "两者相同"
    return ctx.answer(f"{listing}；{said}", "metric", citations=cits)
