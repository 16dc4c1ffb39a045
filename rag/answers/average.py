"""「平潭2019—2022年平均每年新收多少申请」「三家平均新收多少」: one row's mean over the reports in scope.

No report prints an average: the answer is the sum of the printed cells over their count, and says so
(「（23+21+70+74）÷4 = 47」), each report's figure cited. A report of the scope that prints no such
figure is named and left out of the division, never counted as 0."""

from __future__ import annotations

from extractor.schema import Answer

from .. import values as vals
from ..cite import fmt
from ..context import Context
from . import corpus


def average(ctx: Context) -> Answer | None:
    m = ctx.question.cells[0]
    order, found = corpus._series(ctx, m)
    if len(order) < 2:
        return corpus._lacking(ctx, m, order)
    unit = vals.unit_of(m)
    if "中位数" in ctx.q:
        return _median(ctx, m, order, found, unit)
    total = sum(found[r] for r in order)
    mean = round(total / len(order), 2)
    per = "每年" if ctx.one_agency() else "每份报告"
    shown = order[: corpus.LISTED]
    terms = "+".join(fmt(found[r]) for r in order)
    listing = "；".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in shown)
    more = f"；其余{len(order) - len(shown)}份从略" if len(order) > len(shown) else ""
    gap = corpus.not_counted(ctx, found)
    arithmetic = (
        f"（{terms}）÷{len(order)} = {fmt(mean)}" if len(order) <= corpus.LISTED else f"{fmt(total)}÷{len(order)}"
    )
    # (over a set's reports the sum and the count are both said: 「合计8458件，共3份报告」)
    counted = f"，合计{fmt(total)}{unit}，共{len(order)}份报告" if per == "每份报告" else ""
    return ctx.answer(
        f"{m.label}平均{per}{fmt(mean)}{unit}：{arithmetic}{counted}（{listing}{more}{gap}）{corpus._text_note(ctx, shown)}",
        "compare",
        value=mean,
        unit=unit,
        citations=corpus._cite(ctx, m, shown, found),
    )


def _median(ctx: Context, m, order: list[str], found: dict, unit: str) -> Answer:
    """「各单位新收申请数的中位数」: the middle of the printed figures sorted (the mean of the two middle
    ones for an even count), the sorted figures shown and cited."""
    ranked = sorted(order, key=lambda r: found[r])
    n = len(ranked)
    mid = ranked[n // 2 - 1 : n // 2 + 1] if n % 2 == 0 else ranked[n // 2 : n // 2 + 1]
    median = round(sum(found[r] for r in mid) / len(mid), 2)
    how = (
        f"第{n // 2}、{n // 2 + 1}个数（{fmt(found[mid[0]])}、{fmt(found[mid[1]])}）的平均"
        if len(mid) == 2
        else f"第{n // 2 + 1}个数"
    )
    shown = ranked[: corpus.LISTED]
    listing = "；".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in shown)
    more = f"；其余{n - len(shown)}份从略" if n > len(shown) else ""
    gap = corpus.not_counted(ctx, found)
    return ctx.answer(
        f"{m.label}的中位数为{fmt(median)}{unit}：{n}份报告从小到大排列后取{how}（{listing}{more}{gap}）",
        "compare",
        value=median,
        unit=unit,
        citations=corpus._cite(ctx, m, list(dict.fromkeys([*mid, *shown])), found),
    )
