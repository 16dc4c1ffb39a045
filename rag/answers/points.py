"""「予以公开占办理总数的比例比去年变了多少个百分点」: the change of a share between two reports, in 百分点.

A change of a rate is the difference of the two rates (28.00 % − 43.48 % = −15.48 个百分点), not the
change of the counts under them (21 against 30 件, −30 %). Each year's share is the one `table.share`
computes for one report (the whole named after 占, else the row's own whole), shown as its division."""

from __future__ import annotations

import dataclasses
import re

from extractor.schema import Answer

from ..context import Context
from ..intent import table_measures
from . import corpus, table


def change(ctx: Context) -> Answer | None:
    q = ctx.question
    # the whole follows 占, or the division the question writes out (「予以公开率（予以公开÷办理结果总计）」)
    cut = re.search(r"占|÷|除以", q.text)
    if not q.cells or cut is None:
        return None
    at = cut.start()
    whole = table_measures(q.text[at + 1 :])
    in_whole = {(b.table, b.row, b.col) for b in whole}
    parts = [m for m in q.cells if (m.table, m.row, m.col) not in in_whole] or [q.cells[0]]
    in_parts = {(m.table, m.row, m.col) for m in parts}
    bases = [b for b in whole if (b.table, b.row, b.col) not in in_parts]
    one = q.model_copy(update={"operation": "share", "measures": parts, "bases": bases})
    dated = sorted((r for r in ctx.ids if ctx.entry(r).year), key=lambda r: ctx.entry(r).year or 0)
    if len(dated) != 2:
        return None
    bodies = ctx.entry(dated[0]).agency_key != ctx.entry(dated[1]).agency_key
    if bodies:
        dated = corpus._mention_order(ctx, dated)[::-1]  # the first named is the subject: b − a below
    shares = []
    for rid in dated:
        got = table.share(dataclasses.replace(corpus._narrowed(ctx, [rid]), question=one, text_figures={}))
        if got is None or got.value is None:
            return None
        shares.append(got)
    (a, b), (ra, rb) = (shares, dated)
    diff = round(float(b.value) - float(a.value), 2)  # type: ignore[arg-type]
    up, down = ("高", "低") if bodies else ("上升", "下降")
    word = up if diff > 0 else down if diff < 0 else "持平，变化"
    head = f"{ctx.label(rb)}比{ctx.label(ra)}{word}{abs(diff):g}个百分点"
    return ctx.answer(
        f"{'+'.join(m.label for m in parts)}所占比例：{head}（{ctx.label(ra)}{a.answer}；{ctx.label(rb)}{b.answer}；"
        f"{b.value:g}% − {a.value:g}% = {diff:g}个百分点）",
        "table",
        value=diff,
        unit="个百分点",
        citations=[*a.citations, *b.citations],
    )
