"""A cell asked whose column the report's table does not have: refused, the printed columns said.

A report of the 2019 template prints 表二's 规范性文件 row as 本年新制作数量 / 本年新公开数量 / 对外公开总数量
and its 行政事业性收费 row as item counts — no 现行有效件数, no 收费金额. Asked for those, the table was
read and the row is there, so no route answers with the cell; a passage of the row's other columns is
a neighbouring figure, never the measure asked (「西陵财政局2020年现行有效规范性文件」 was answered with
对外公开总数量18)."""

from __future__ import annotations

import re

from extractor import tablespec as ts
from extractor.schema import Answer

from ..context import NOT_MENTIONED, Context
from ..question import CellMeasure


def absent_cell(ctx: Context) -> Answer | None:
    """The one report read prints the asked row with other columns only: 「报告未提及」, with what it prints."""
    one = ctx.one_report()
    q = ctx.question
    if one is None or not q.cells or not isinstance(q.measures[0], CellMeasure):
        return None
    rid = one[0]
    cells = ctx.store.cells_of([rid]).get(rid, {})
    said = column_absent(q.cells[0], cells)
    if said:
        return ctx.answer(f"{NOT_MENTIONED}：{said}，不以其他栏的数字代替。", "none")
    said = row_absent(q.cells[0], cells, _rows_not_found(ctx, rid))
    return ctx.answer(f"{NOT_MENTIONED}（报告未列出该行）：{said}，不按0计、不推算。", "none") if said else None


def unprinted_cell(ctx: Context) -> Answer | None:
    """The one report read does not print the asked cell on its own — its table leaves the column or row out, or
    prints it merged with others into one sum (the reader's D11 finding names the cell): 「报告未单列」, what the
    table prints instead, never 0 and never the merged figure."""
    one = ctx.one_report()
    q = ctx.question
    if one is None or not q.cells or not isinstance(q.measures[0], CellMeasure):
        return None
    rid = one[0]
    m = q.cells[0]
    if m.table == "t3" and m.col == ts.T3_LEGAL:
        # 「法人或其他组织提交的…」 of a table printing some organisation columns merged or left out: never the sum
        # of the ones it prints
        said = next(
            (s for c in ts.T3_APPLICANTS[1:] if (s := unprinted(ctx, rid, f"t3.{m.row}.{c}")) is not None), None
        )
        if said is None:
            said = _legal_columns_missing(ctx, rid, m)
        if said is None:
            return None
        derived = _legal_by_subtraction(ctx, rid, m, said)
        if derived is not None:
            return derived
        return ctx.answer(
            f"{NOT_MENTIONED}（报告未单列）：该报告没有把「法人或其他组织」的五列各自印出，"
            f"不以印出的几列相加代替——{said}。",
            "none",
        )
    said = unprinted(ctx, rid, f"{m.table}.{m.row}.{m.col}")
    if said is None:
        return None
    return ctx.answer(
        f"{NOT_MENTIONED}（报告未单列）：该报告没有单独印出「{ts.cell_label(f'{m.table}.{m.row}.{m.col}')}」——{said}。",
        "none",
    )


def _legal_columns_missing(ctx: Context, rid: str, m: CellMeasure) -> str | None:
    """(revfixa) No D11 finding names the cells (a group row, 「不予公开」): the organisation columns the rows of the
    row asked that the report prints leave out — the refusal says why, never bare."""
    from .. import values as vals

    cells = ctx.store.cells_of([rid]).get(rid, {})
    if vals.keys_in(m, cells):
        return None
    members = ts.derived_members("t3", m.row, cells) if m.row in ts.T3_GROUPS else (m.row,)
    printed = [r for r in members if any(k.startswith(f"t3.{r}.") for k in cells)]
    missing = list(
        dict.fromkeys(ts.T3_COL_LABELS[c] for r in printed for c in ts.T3_APPLICANTS[1:] if f"t3.{r}.{c}" not in cells)
    )
    if not missing:
        return None
    return f"表三该行未单列{'、'.join(missing)}（这些栏报告未印）：不按0计、不推算"


def _legal_by_subtraction(ctx: Context, rid: str, m: CellMeasure, said: str) -> Answer | None:
    """(revfixa) A 表三 printing none of the five organisation columns but their 「法人或其他组织」 subtotal: the
    subtotal asked is 总计 − 自然人 of the row, the formula said (as a reading of the five columns says it)."""
    from ..cite import cell_citation, fmt

    if "法人或其他组织" not in said or "合计" not in said:
        return None
    cells = ctx.store.cells_of([rid]).get(rid, {})
    if any(f"t3.{m.row}.{c}" in cells for c in ts.T3_APPLICANTS[1:]):
        return None
    tot, np_ = cells.get(f"t3.{m.row}.tot"), cells.get(f"t3.{m.row}.np")
    if not tot or not np_ or tot["value"] is None or np_["value"] is None or tot["value"] < np_["value"]:
        return None
    value = tot["value"] - np_["value"]
    label = re.sub(
        r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])",
        "",
        ts.row_label("t3", m.row).split(".", 1)[-1],
    )
    text = (
        f"{label}（法人或其他组织）：{fmt(value)}件（即总计{fmt(tot['value'])}件−自然人{fmt(np_['value'])}件；"
        "报告只印「法人或其他组织」合计一列，未分列商业企业等五类）"
    )
    keys = [f"t3.{m.row}.tot", f"t3.{m.row}.np"]
    return ctx.answer(
        text, "table", value=value, unit="件", citations=[cell_citation(rid, ctx.entry(rid), cells, keys)]
    )


def unprinted(ctx: Context, rid: str, key: str) -> str | None:
    """The reader's D11 finding (extractor/tables.py) naming `key`: what the report's table leaves out or merges."""
    from extractor.schema import FINDING

    for row in ctx.store.findings(rid):
        if row["kind"] != "extraction_doubt":
            continue
        f = FINDING.validate_json(row["body"])
        if f.check == "D11" and key in f.cells:
            return f.message.rstrip("。")
    return None


def _rows_not_found(ctx: Context, rid: str) -> set[str]:
    """The rows (「t3.carry_in」) the reader of report `rid` did not find in its table at all (D1 「未找到…一行」: a
    publisher's table leaving out its all-zero rows, eval/wild38 — not a row found but unreadable)."""
    from extractor.schema import FINDING

    out: set[str] = set()
    for row in ctx.store.findings(rid):
        if row["kind"] != "extraction_doubt":
            continue
        f = FINDING.validate_json(row["body"])
        if f.check == "D1" and "未找到" in f.message:
            out.add(f.where)
    return out


def row_absent(m: CellMeasure, cells: dict, not_found: set[str]) -> str | None:
    """Why the cell `m` is not in a report whose table was read but holds no such row: the row named, the rows it
    lists — or None when the row has a cell or the reader did not say it found no such row."""
    if f"{m.table}.{m.row}" not in not_found or any(k.split(".")[:2] == [m.table, m.row] for k in cells):
        return None
    rows = {k.split(".")[1]: None for k, c in cells.items() if k.startswith(f"{m.table}.") and c["value"] is not None}
    if not rows:
        return None  # the table not read at all: the unreadable table's refusal says it
    table = ts.TABLE_NAMES_SHORT[m.table]
    printed = "、".join(ts.short_label(m.table, r) for r in rows)
    return f"该报告{table}中没有「{ts.short_label(m.table, m.row)}」一行（{table}列出的行：{printed}）"


def column_absent(m: CellMeasure, cells: dict) -> str | None:
    """Why the cell `m` is not in a report whose row prints other columns (its template's columns differ),
    or None when the cell is there or the row was not read at all (an unreadable table is another refusal)."""
    if f"{m.table}.{m.row}.{m.col}" in cells:
        return None
    printed = [
        k.split(".")[2]
        for k, c in cells.items()
        if k.split(".")[:2] == [m.table, m.row] and len(k.split(".")) == 3 and c["value"] is not None
    ]
    if not printed:
        return None  # the row not read at all: the unreadable table's refusal, or the text, says it
    table = ts.TABLE_NAMES_SHORT[m.table]
    cols = "、".join(dict.fromkeys(ts.col_label(m.table, c, m.row) for c in printed))
    return (
        f"该报告{table}「{ts.short_label(m.table, m.row)}」一行没有"
        f"「{ts.col_label(m.table, m.col, m.row)}」这一栏（印的是{cols}）"
    )
