"""「行政许可事项数量比上一年增减了百分之多少」「表二行政处罚项目数的增长率」 of a 2019-template report: its 表二
prints, for each kind of decision or fee, 上一年项目数量 and 本年增/减 — the growth rate of the items is the second
over the first (× 100), from the one report, no previous report needed.

Only the items (事项, 项目) are so: the decisions (处理决定数量) and the 2021 template's rows print no previous
year, so this handler answers None for them and the routes comparing two reports take over. A previous year
printed 0 has no rate: refused, said why."""

from __future__ import annotations

from extractor import tablespec as ts
from extractor.schema import Answer

from .. import values as vals
from ..cite import cell_citation, fmt
from ..context import NOT_MENTIONED, Context
from ..lazyre import lazy
from ..question import CellMeasure

# a rate of change asked (「百分之多少」「增长率」「增幅」「%」)
RATE_ASKED = lazy(r"百分之|增长率|增幅|增速|降幅|减幅|变化率|百分比|%")
# the items counted, not the decisions (「事项数量」「项目数」「多少项」)
_ITEMS = lazy(r"事项|项目|项数|(?:多少|几)项")
_DECISIONS = lazy(r"决定|(?:多少|几)件")
# the 2019 表二 rows that print 上一年项目数量 (许可 … 收费), read from the one table spec
ITEM_ROWS = tuple(r.key for r in ts.T2_GF2019.rows if "prev_items" in r.cols)


def asks_item_growth(q: str) -> bool:
    """Is q a rate of change of 表二's items (the route's condition)?"""
    return bool(RATE_ASKED.search(q) and _ITEMS.search(q) and not _DECISIONS.search(q))


def item_growth(ctx: Context) -> Answer | None:
    """本年增/减 ÷ 上一年项目数量 × 100 of the row asked, in the one report in scope."""
    rows = list(dict.fromkeys(c.row for c in ctx.question.cells if c.table == "t2" and c.row in ITEM_ROWS))
    if len(rows) != 1 or not ctx.ids or len({ctx.entry(r).agency_key for r in ctx.ids}) != 1:
        return None
    # (「2020年…比上年」 brings the 2019 report into scope: the rate is the asked year's own 表二)
    rid = max(ctx.ids, key=lambda r: ctx.entry(r).year or 0)
    cells = ctx.store.cells_of([rid]).get(rid, {})
    prev_m = CellMeasure(table="t2", row=rows[0], col="prev_items")
    delta_m = CellMeasure(table="t2", row=rows[0], col="delta")
    prev_k, delta_k = vals.keys_in(prev_m, cells), vals.keys_in(delta_m, cells)
    if not prev_k or not delta_k:
        return None  # (a 2021-template report: no previous year printed — the reports compared instead)
    prev, delta = cells[prev_k[0]]["value"], cells[delta_k[0]]["value"]
    cite = [cell_citation(rid, ctx.entry(rid), cells, prev_k + delta_k)]
    if prev is None or delta is None:
        return None
    label = ts.row_title("t2", rows[0])
    if not prev:
        return ctx.answer(
            f"{NOT_MENTIONED}：{ctx.label(rid)}表二{label}上一年项目数量为0，增长率无从计算（本年增/减{fmt(delta)}项）。",
            "table",
            citations=cite,
        )
    rate = round(delta / prev * 100, 2)
    how = "增长" if rate > 0 else "减少" if rate < 0 else "持平"
    return ctx.answer(
        f"{fmt(rate)}%（{how}；按表二计算：本年增/减{fmt(delta)}项 ÷ 上一年项目数量{fmt(prev)}项 × 100%）",
        "table",
        value=rate,
        unit="%",
        citations=cite,
    )
