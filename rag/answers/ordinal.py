"""「平潭四年里新收申请第二多的是哪一年」「倒数第二」: the n-th report of a ranking by one cell.

The headline is the report at that place (ties share a place: 74、70、70、21 makes 21 the third), the
ranking it is read from listed beside it, so the place can be checked."""

from __future__ import annotations

from extractor.schema import Answer

from .. import values as vals
from ..cite import fmt
from ..context import Context
from . import corpus

_CN = dict(enumerate("一二三四五六七八九十", start=1))


def nth(ctx: Context) -> Answer | None:
    q = ctx.question
    m = q.cells[0]
    order, found = corpus._series(ctx, m)
    if len(order) < 2:
        return corpus._lacking(ctx, m, order)
    low = q.extreme == "min"
    levels = sorted(set(found[r] for r in order), reverse=not low)  # distinct values: a tie shares its place
    unit = vals.unit_of(m)
    place = f"第{_CN.get(q.nth, str(q.nth))}"
    ranked = sorted(order, key=lambda r: found[r], reverse=not low)
    listing = "；".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in ranked[: corpus.LISTED])
    if q.nth > len(levels):
        return ctx.answer(
            f"{m.label}只有{len(levels)}个不同的数值，没有{place}（{listing}）",
            "compare",
            citations=corpus._cite(ctx, m, ranked, found),
        )
    value = levels[q.nth - 1]
    at = [r for r in ranked if found[r] == value]
    word = "少" if low else "多"
    return ctx.answer(
        f"{m.label}{place}{word}的是{'、'.join(ctx.label(r) for r in at)}，{fmt(value)}{unit}"
        f"（从{'少到多' if low else '多到少'}：{listing}）{corpus._text_note(ctx, ranked)}",
        "compare",
        value=value,
        unit=unit,
        citations=corpus._cite(ctx, m, [*at, *(r for r in ranked if r not in at)][: corpus.LISTED], found),
    )


def top(ctx: Context) -> Answer | None:
    """「新收申请前三的是哪几年」: the first n of the ranking as the headline (a tie at the n-th place
    keeps every report of that value), the rest of the ranking beside it."""
    q = ctx.question
    m = q.cells[0]
    n = q.top or 1
    order, found = corpus._series(ctx, m)
    if len(order) < 2:
        return corpus._lacking(ctx, m, order)
    low = q.extreme == "min"
    unit = vals.unit_of(m)
    ranked = sorted(order, key=lambda r: found[r], reverse=not low)
    cut = found[ranked[min(n, len(ranked)) - 1]]
    head = [r for r in ranked if (found[r] <= cut if low else found[r] >= cut)]
    rest = [r for r in ranked if r not in head][: corpus.LISTED]
    said = "、".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in head)
    more = f"（其后：{'；'.join(f'{ctx.label(r)}{fmt(found[r])}{unit}' for r in rest)}）" if rest else ""
    word = f"{'最少' if low else '最多'}的前{_CN.get(n, str(n))}"
    return ctx.answer(
        f"{m.label}{word}：{said}{more}{corpus._text_note(ctx, ranked)}",
        "compare",
        citations=corpus._cite(ctx, m, head, found),
    )
