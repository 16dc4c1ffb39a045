"""The value of a table measure in many reports at once: one aggregate query over the scope (the
cells a measure reads are the same keys in every report of a variant), never a query per report.

A derived row (「（四）无法提供」, 表四's 行政诉讼) sums its data rows; a result group printed with a
subtotal (H4 variants) is still read from its data rows, so the two are never added together.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor import tablespec as ts

from .question import CellMeasure
from .store import Store


@dataclass
class Value:
    rid: str
    value: float | None  # None: every cell it reads is blank
    keys: list[str]  # the cells it reads (for the citation)
    partial: bool = False  # some of its cells are blank


def unit_of(m: CellMeasure) -> str:
    if m.table != "t2":
        return "件"
    if m.col == "amount_wan":
        return "万元"
    if m.col == "amount":
        return "元"
    if m.col in ("items", "prev_items"):
        return "个"
    return "件"


def _cols(m: CellMeasure) -> list[str]:
    """法人或其他组织 is the five organisation columns; any other column is itself."""
    return list(ts.T3_APPLICANTS[1:]) if m.table == "t3" and m.col == ts.T3_LEGAL else [m.col]


def candidate_keys(m: CellMeasure) -> list[str]:
    """Every key that may hold the measure in some variant (the report's own cells pick)."""
    t, row = m.table, m.row
    if t == "t3":
        if row in ts.T3_GROUPS:
            rows = sorted({r for spec in (ts.T3_GF2021, ts.T3_GF2019) for r in ts.group_members(spec, row)})
        else:
            rows = [row]
        return [f"t3.{r}.{c}" for r in rows for c in _cols(m)]
    col = m.col
    if t == "t2":
        cols = [col] + ([ts.T2_COUNTERPARTS[col]] if col in ts.T2_COUNTERPARTS else [])
        return [f"t2.{row}.{c}" for c in cols]
    rows = ts.derived_members("t4", row)
    return [f"t4.{r}.{col}" for r in rows]


def keys_in(m: CellMeasure, cells) -> list[str]:
    """The keys the measure reads in one report, given its cell keys."""
    if m.table == "t2":
        return [k for k in candidate_keys(m) if k in cells][:1]
    if m.table == "t3":
        members = ts.derived_members("t3", m.row, cells) if m.row in ts.T3_GROUPS else (m.row,)
        return [f"t3.{r}.{c}" for r in members for c in _cols(m) if f"t3.{r}.{c}" in cells]
    return [k for k in candidate_keys(m) if k in cells]


def measure(store: Store, m: CellMeasure, report_ids: list[str] | None = None,
            years: list[int] | None = None) -> dict[str, Value]:
    """The measure in every report of the scope that prints it (blank counts as printed)."""
    keys = candidate_keys(m)
    if m.table == "t2" and len(keys) > 1:  # two variants' names: a report has one of them
        out: dict[str, Value] = {}
        for k in keys:
            for rid, (total, n, printed) in store.sums([k], report_ids, years).items():
                out.setdefault(rid, Value(rid, total if n else None, [k], n < printed))
        return out
    expected = len(keys) if m.table == "t4" else None
    out = {}
    for rid, (total, n, printed) in store.sums(keys, report_ids, years).items():
        if expected and printed < expected:  # 表四 lawsuits need both rows
            continue
        out[rid] = Value(rid, total if n else None, [], n < printed)
    return out


def with_keys(values: dict[str, Value], m: CellMeasure, cells_by_report: dict[str, dict]) -> None:
    """Fill in the keys each value read (for citations), from the few reports about to be cited."""
    for rid, cells in cells_by_report.items():
        if rid in values and not values[rid].keys:
            values[rid].keys = keys_in(m, cells)
