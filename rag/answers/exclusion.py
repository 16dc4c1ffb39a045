"""「除了自然人以外，其他申请人新收多少件」「办理结果总计去掉予以公开和部分公开，还剩多少」「新收申请里不算自然人和商业
企业，剩下几件」: a quantity of one report's 表三 less the rows or columns the user names — the base the rest of the
question asks (a row's total, or the rows it adds: 「新收加上年结转」), less each part named, every figure printed.

The parts are read against the base: columns named (自然人, 商业企业) are those columns of the base's row, rows named
(予以公开, 结转下年度) those rows of the base's column. A part not printed, or a part that overlaps another (法人或其他组织
and 商业企业, which it contains), is refused and said why — never a figure made up or counted twice."""

from __future__ import annotations

import re

from extractor import tablespec as ts
from extractor.normalize import fold
from extractor.schema import Answer

from .. import values as vals
from ..cite import cell_citation, fmt
from ..context import NOT_MENTIONED, Context
from ..intent import found_terms, table_measures
from ..lazyre import lazy
from ..question import CellMeasure

# the words that take parts out, the parts, and what closes them (以外/之外, a comma, 的, 剩下/其余 …)
EXCEPT = lazy(
    r"(?:除了|除去|除开|除掉|去掉|去除|扣除|扣掉|刨去|刨除|不算|不计|不含|不包括)"
    r"(?P<out>[^，,？?\s]{2,30}?)(?:以外|之外|的?(?=[，,？?\s]|其[余他](?!组织)|剩|还|$))"
)
# what the rest of the question calls the remainder (「其他申请人」「其余结果」「剩下的」): no measure of its own
_REMAINDER = lazy(r"其[余他](?:的)?(?:申请人|结果|类别|各项|部分)?|剩下(?:的)?|还剩|剩余(?:的)?")
# 「办理结果里…其余结果加起来」: the results' 总计 row is the base
_RESULTS = lazy(r"办理结果|处理结果|答复结果")
RESULTS_TOTAL = "r7"


def asks_exclusion(q: str) -> bool:
    """Does q take named parts out of a quantity (the route's condition)?"""
    return bool(EXCEPT.search(fold(q)))


def _base(q: str, m: re.Match[str]) -> list[CellMeasure]:
    """The cells of what the parts are taken from: the question with the parts and the remainder's words out."""
    rest = _REMAINDER.sub("", q[: m.start()] + "，" + q[m.end() :])
    cells = [c for c in table_measures(rest) if c.table == "t3"]
    if not cells and _RESULTS.search(rest):
        cells = [CellMeasure(table="t3", row=RESULTS_TOTAL, col="tot")]
    return cells


def _parts(out: str, base: list[CellMeasure]) -> list[CellMeasure] | None:
    """The parts named, as cells of the base's row (columns named) or of its column (rows named); None when
    they cannot be read against it."""
    cols = [t.key for _, _, t in found_terms(out, "t3", "col") if t.key != "tot"]
    rows = [t.key for _, _, t in found_terms(out, "t3", "row")]
    if cols and not rows and len({c.row for c in base}) == 1 and all(c.col == "tot" for c in base):
        if ts.T3_LEGAL in cols and len(cols) > 1:  # 法人或其他组织 holds 商业企业 …: taken out twice
            return None
        return [CellMeasure(table="t3", row=base[0].row, col=c) for c in dict.fromkeys(cols)]
    if rows and not cols and len({c.col for c in base}) == 1:
        return [CellMeasure(table="t3", row=r, col=base[0].col) for r in dict.fromkeys(rows)]
    return None


def excluded(ctx: Context) -> Answer | None:
    """The base less the parts named, in the one report in scope, the arithmetic said and each cell cited."""
    q = fold(ctx.q)
    m = EXCEPT.search(q)
    if m is None or ctx.n != 1:
        return None
    base = _base(q, m)
    parts = _parts(m.group("out"), base) if base else None
    if not base or not parts or any(p in base for p in parts):
        return None
    rid = ctx.ids[0]
    cells = ctx.store.cells_of([rid]).get(rid, {})
    read: list[tuple[CellMeasure, list[str], float | None]] = []
    for c in [*base, *parts]:
        keys = vals.keys_in(c, cells)
        values = [cells[k]["value"] for k in keys]
        printed = bool(keys) and all(v is not None for v in values)
        read.append((c, keys, sum(values) if printed else None))  # type: ignore[arg-type]
    missing = [c.label for c, _, v in read if v is None]
    if missing:
        return ctx.answer(
            f"{NOT_MENTIONED}：{ctx.label(rid)}的表三没有印出{'、'.join(missing)}，无法相减。", "table", value=None
        )
    got = [v for _, _, v in read if v is not None]
    nb = len(base)
    total = sum(got[:nb]) - sum(got[nb:])
    unit = vals.unit_of(base[0])
    said_base = "+".join(f"{c.label}{fmt(v)}" for (c, _, v) in read[:nb] if v is not None)
    said_parts = "".join(f" − {c.label}{fmt(v)}" for (c, _, v) in read[nb:] if v is not None)
    keys = [k for _, ks, _ in read for k in ks]
    return ctx.answer(
        f"{fmt(total)}{unit}（按表格计算：{said_base}{said_parts} = {fmt(total)}{unit}）",
        "table",
        value=total,
        unit=unit,
        citations=[cell_citation(rid, ctx.entry(rid), cells, keys)],
    )
