"""A count of one table over a count of another, in one report: 「行政复议和行政诉讼加起来，相当于新收申请的百分之几」
「每100件新收申请对应多少件复议诉讼」「行政许可决定数是新收信息公开申请数的几倍」.

Each side is read on its own words (the question's one list of cells mixes the tables and keeps one), summed
over the rows it names (复议 + 诉讼), and the division is shown with both sides' cells cited. A side that is 0
gives no ratio: refused with its cells. Ratios of two rows of one table are `table.ratio`'s and `table.share`'s."""

from __future__ import annotations

import re

from extractor.schema import Answer

from ..cite import cell_citation, fmt
from ..context import Context
from ..intent import table_measures
from ..lazyre import lazy
from ..question import CellMeasure
from .table import _row_total

# (top, bottom, how): the two sides as the question writes them; 「倍」 a ratio, the others a percentage
_FORMS = (
    (lazy(r"^(?P<a>.+?)(?:是|为|相当于|约为)(?P<b>.+?)的(?:多少|几)倍"), "times"),
    (lazy(r"^(?P<a>.+?)(?:与|和|跟|同)(?P<b>.+?)(?:之比|的比值|的比(?:是|为)|的比例)"), "times"),
    (lazy(r"^(?P<a>.+?)相当于(?P<b>.+?)的(?:百分之|多少%|比例)"), "pct"),
    (lazy(r"每(?:100|一百|百)件(?P<b>.+?)(?:对应|有|产生|引发)(?:多少|几)件(?P<a>.+?)(?:[？?]|$)"), "pct"),
    (lazy(r"[（(](?P<a>[^（()）]+?)(?:÷|/|除以)(?P<b>[^（()）]+?)[）)]"), "pct"),
)


def _side(text: str) -> list[CellMeasure]:
    """The cells one side names, a row's both lawsuits once (「行政诉讼」 is both; 「两类诉讼」 too)."""
    cells = table_measures(text) or table_measures(text, strict=False)
    if any(c.table == "t4" and c.row == "lit" for c in cells):
        cells = [c for c in cells if not (c.table == "t4" and c.row in ("ld", "lr") and c.col == "tot")]
    return list({(c.table, c.row, c.col): c for c in cells}.values())


def sides(q: str) -> tuple[list[CellMeasure], list[CellMeasure], str] | None:
    """The two sides of a division across two tables, and whether a ratio or a percentage is asked."""
    # (「海南省工业和信息化厅…许可决定与…之比」: a connector inside a name is tried, then the next one)
    starts = [0, *(i + 1 for i, ch in enumerate(q) if ch in "和与跟同是为")]
    for form, how in _FORMS:
        for i in starts:
            m = form.search(q[i:])
            if m is None:
                break
            top, bottom = _side(q[:i] + m.group("a")), _side(m.group("b"))
            if top and bottom and {c.table for c in top}.isdisjoint({c.table for c in bottom}):
                return top, bottom, how
    return None


def asks_across(q: str) -> bool:
    return sides(q) is not None


def across(ctx: Context) -> Answer | None:
    got = sides(ctx.q)
    one = ctx.one_report()
    if got is None or one is None:
        return None
    top, bottom, how = got
    rid = one[0]
    cells = ctx.store.cells_of([rid])[rid]
    sums: list[float] = []
    keys: list[str] = []
    for group in (top, bottom):
        total = 0.0
        for m in group:
            v, k, _ = _row_total(m, cells)
            if v is None:
                return None  # a side not printed: the cell routes say why
            total += v
            keys += k
        sums.append(total)
    a, b = sums
    al = "+".join(m.label for m in top)
    bl = "+".join(m.label for m in bottom)
    cite = [cell_citation(rid, ctx.entry(rid), cells, keys)]
    if not b:
        return ctx.answer(
            f"无法计算：作为分母的{bl}为0，比值没有意义（{al} {fmt(a)} ÷ {bl} 0）", "table", citations=cite
        )
    if how == "times":
        r = round(a / b, 2)
        text = f"{r:g}倍（按表格计算：{al} {fmt(a)} ÷ {bl} {fmt(b)}）"
        return ctx.answer(text, "table", value=r, unit="倍", citations=cite)
    pct = round(100 * a / b, 2)
    per = "；即每100件对应" + f"{pct:g}件" if re.search(r"每(?:100|一百|百)件", ctx.q) else ""
    text = f"{pct:g}%（按表格计算：{al} {fmt(a)} ÷ {bl} {fmt(b)}{per}）"
    return ctx.answer(text, "table", value=pct, unit="%", citations=cite)
