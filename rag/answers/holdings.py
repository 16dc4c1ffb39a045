"""What the store holds of one body over the years, asked as a series: 「X的新收是不是连续三年下降」 when fewer
years are held (refused, the years held said — two reports are no three-year streak), and 「X从2020年到2024年，
中间有几年的年报库里没有」 (the years between missing from the store, counted and named).

And across bodies: 「哪个单位的新收比上一份报告增加得最多」 — each body's newest report against its previous one
held, the largest rise (fall) named with both figures cited."""

from __future__ import annotations

import re

from extractor.schema import Answer, Citation

from .. import values as vals
from ..cite import fmt
from ..context import NOT_MENTIONED, Context
from ..intent import CN_SMALL
from ..lazyre import lazy
from . import corpus
from .peers import _measure

STREAK = lazy(r"连续([两二三四五六七八九十\d]{1,2})年")
# the reports themselves missing (「哪几年的年报库里没有」「缺了哪几年的报告」), never what a report says it lacks
# (「哪几年的年报写明没有收到申请」)
_MISSING = lazy(
    r"(?:哪|几)(?:一|几)?年的?(?:年报|报告)[^，,？?]{0,6}(?:没有|缺|不在)|缺(?:了|少)?(?:哪|几)(?:一|几)?年的?(?:年报|报告)?|"
    r"(?:没有|缺)(?:哪|几)(?:一|几)?年的?(?:年报|报告)"
)
_REPORT_WORDS = lazy(r"报告|年报|库")
# 「增加得最多」「涨得最厉害」「降幅最大」: the body whose figure moved most between its two reports
_MOVED_MOST = lazy(
    r"(?:增加|增长|减少|下降|涨|降|增|减)(?:得|的)?(?:幅度|数量|件数)?(?:（件数）)?(?:最多|最大|最厉害|最快|最猛|最明显)"
)
_ACROSS_YEARS = lazy(r"上一份|上一年|上年|前后两|两个年度|两年|跨年|前一份|去年")
_FALL = lazy(r"减少|下降|降")


# 「X最早的一份年报是哪一年」「X的年报从哪年开始有」「最老的年报是哪份」「最早到哪年」 — and the newest:
# 「X最新的一份年报是哪年的」「最近一份年报是哪一年」: the store's coverage of one body, its first or last year held
# (never a figure of that report: 「最新一份年报里新收了多少」 is a value)
_FIRST = lazy(r"最早|最老|最旧|最先|第一份|头一份|(?:从|自)哪(?:一|个)?年(?:度)?(?:开始|起)|哪(?:一|个)?年(?:度)?开始")
_LAST = lazy(r"最新|最近(?:的)?一份|最近的(?:年报|报告)|最晚|最后一份|最迟")
_WHICH_YEAR = lazy(r"哪(?:一|个)?年|哪(?:一)?份|哪个年度|什么时候|几几年|是哪")
_FIGURE_ASKED = lazy(r"多少|几件|几条|几个|几份|几项|申请|复议|诉讼|主动公开|答复|数字|数据|提到|写|说")


def asks_first_last(q: str) -> bool:
    return bool(
        (_FIRST.search(q) or _LAST.search(q))
        and re.search(r"年报|报告", q)
        and _WHICH_YEAR.search(q)
        and not _FIGURE_ASKED.search(q)
    )


def first_last(ctx: Context) -> Answer | None:
    """The first (or last) year the store holds a report of the one body asked, the years held beside; the
    report(s) of that year cited (two files of one year: both)."""
    keys = {ctx.entry(r).agency_key for r in ctx.ids}
    agencies = ctx.question.scope.agencies
    if len(keys) != 1 or not agencies:
        return None
    key = keys.pop()
    held = ctx.catalogue.reports([key], None)
    years = sorted({e.year for e in held if e.year})
    if not years:
        return None
    last = bool(_LAST.search(ctx.q)) and not _FIRST.search(ctx.q)
    year = years[-1] if last else years[0]
    name = ctx.catalogue.name(key)
    cited = [e for e in held if e.year == year]
    word = "最新" if last else "最早"
    if len(years) == 1:
        text = f"{year}年：库中{name}只有{year}年的报告，它既是最早的也是最新的一份。"
    else:
        said = "、".join(f"{y}年" for y in years)
        text = f"{year}年：库中{name}{word}的报告是{year}年的（库中有{said}共{len(years)}个年度的报告）。"
    if len(cited) > 1:
        text += f"{year}年有{len(cited)}份不同文件。"
    return ctx.answer(
        text,
        "none",
        citations=[Citation(report_id=e.id, agency=e.agency, year=e.year) for e in cited],
    )


def asks_streak(q: str) -> bool:
    return bool(STREAK.search(q))


def asks_missing_years(q: str) -> bool:
    return bool(
        _MISSING.search(q) and _REPORT_WORDS.search(q) and not re.search(r"写明|提到|说|收到|申请|复议|诉讼", q)
    )


def asks_moved_most(q: str) -> bool:
    return bool(_MOVED_MOST.search(q) and _ACROSS_YEARS.search(q) and re.search(r"哪|谁", q))


def _one_body(ctx: Context) -> str | None:
    keys = {ctx.entry(r).agency_key for r in ctx.ids}
    return keys.pop() if len(keys) == 1 and ctx.scope.agencies else None


def _years_held(ctx: Context, key: str) -> list[int]:
    return sorted({e.year for e in ctx.catalogue.reports([key], None) if e.year})


def streak(ctx: Context) -> Answer | None:
    """Fewer reports held than the streak asked: refused, the years held said; else left to the series routes."""
    m = STREAK.search(ctx.q)
    key = _one_body(ctx)
    if m is None or key is None:
        return None
    n = CN_SMALL.get(m.group(1)) or (int(m.group(1)) if m.group(1).isdigit() else 0)
    held = _years_held(ctx, key)
    run = best = 1
    for a, b in zip(held, held[1:], strict=False):
        run = run + 1 if b == a + 1 else 1
        best = max(best, run)
    if not n or (held and best >= n):
        return None
    named = ctx.question.scope.years
    if len(named) >= n and set(named) <= set(held):
        return None  # 「连续两年（2021、2024）各几件」: the years the user names are answered (zffixb), not refused
    said = "、".join(f"{y}年" for y in held) or "无"
    return ctx.answer(
        f"{NOT_MENTIONED}：库中{ctx.catalogue.name(key)}的报告只有{said}，没有连续{n}年的报告，无法判断连续{n}年的变化。",
        "none",
    )


def missing_years(ctx: Context) -> Answer | None:
    """The years between the first and last asked (else held) that the store holds no report of."""
    key = _one_body(ctx)
    if key is None:
        return None
    held = _years_held(ctx, key)
    asked = ctx.question.scope.years
    lo, hi = (min(asked), max(asked)) if len(asked) >= 2 else (held[0], held[-1]) if held else (0, -1)
    if hi < lo:
        return None
    gone = [y for y in range(lo, hi + 1) if y not in held]
    name = ctx.catalogue.name(key)
    have = "、".join(f"{y}年" for y in held if lo <= y <= hi) or "无"
    lack = "、".join(f"{y}年" for y in gone)
    text = (
        f"{len(gone)}年：{lo}年至{hi}年间，库中没有{name}{lack}的报告（有{have}的报告）"
        if gone
        else f"0年：{lo}年至{hi}年每年都有{name}的报告（{have}）"
    )
    return ctx.answer(text, "none", value=len(gone), unit="年")


def moved_most(ctx: Context) -> Answer | None:
    """Each body's newest report against its previous one held (two reports of one year: the body left out),
    the largest rise — or fall — named, the runner-up beside it."""
    m = _measure(ctx)
    if m is None or ctx.n < 2:
        return None
    order, found = corpus._series(ctx, m)
    by: dict[str, dict[int, str]] = {}
    twice: set[str] = set()
    for r in order:
        e = ctx.entry(r)
        if not e.year:
            continue
        years = by.setdefault(e.agency_key or r, {})
        if e.year in years:
            twice.add(e.agency_key or r)
        years[e.year] = r
    moves = []
    for key, years in by.items():
        if key in twice or len(years) < 2:
            continue
        last, before = sorted(years)[-1], sorted(years)[-2]
        a, b = years[before], years[last]
        moves.append((found[b] - found[a], a, b))
    if not moves:
        return None
    fall = bool(_FALL.search(ctx.q))
    moves.sort(key=lambda x: x[0], reverse=not fall)
    top = moves[0]
    if (top[0] >= 0) if fall else (top[0] <= 0):
        word = "减少" if fall else "增加"
        return ctx.answer(f"没有：{len(moves)}家有两年报告的单位中，没有{m.label}{word}的。", "compare", value=0)
    unit = vals.unit_of(m)

    def said(x: tuple) -> str:
        d, a, b = x
        word = "增加" if d > 0 else "减少" if d < 0 else "持平"
        return f"{ctx.name(b, False)}：{ctx.entry(a).year}年{fmt(found[a])}{unit} → {ctx.entry(b).year}年{fmt(found[b])}{unit}，{word}{fmt(abs(d))}{unit}"

    others = "；".join(said(x) for x in moves[1:4])
    word = "减少最多" if fall else "增加最多"
    text = f"{m.label}{word}的是{said(top)}（{len(moves)}家单位在库中有两年以上印有此数字的报告，各取最近两份相比；其次：{others}）"
    rids = [r for x in moves[:4] for r in x[1:]]
    return ctx.answer(text, "compare", value=top[0], unit=unit, citations=corpus._cite(ctx, m, rids, found))
