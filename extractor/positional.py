"""Readings that are guesses stand on trial: the identities of the table decide whether they are kept.

Two guesses are made where the printed text does not settle a cell. (1) A row whose label was not
recognised is matched to the template row at its position (D5): right when every printed row kept
its place, wrong when a converter dropped a blank row or printed labels and values in separate
blocks (pdftotext's reading order, PDF→Markdown tools) — the values slide one row. (2) Digits with
a space inside (「1 644」) are read as one number: right for an OCR's spacing, wrong when a converter
put two neighbouring cells into one (markitdown: 「0 68」 for 0 | 68). In both cases the report was
charged with a defect it does not have. The identities tell the two apart: a guess is kept only
when the identities through it can be judged and hold; otherwise its cells are null with a doubt
(D9, D10) naming them and the values it would have read, and the identities are judged again on
what is left. A report defect is reported only where no guess is involved."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from . import tablespec as ts
from .checks import check_equations
from .schema import Cell, Finding, Number

_COLUMN_CHECKS = ("H1", "H3")
_ROW_BROKEN = ("report_defect", "blank_cells")  # a row identity that does not hold, with its blanks as 0 or not


def distrust_order_placed(
    cells: dict[str, Cell], doubts: Sequence[Finding], equations: Sequence[ts.Equation]
) -> tuple[list[Finding], list[Finding]]:
    """The identity findings, and the doubts to add. Order-placed table-三 rows are kept only when
    every column identity over their cells can be judged and holds; otherwise they are nulled in
    `cells` (a placement that no identity confirms is a guess, and a guess is never output)."""
    findings = check_equations(cells, equations)
    placed = [f for f in doubts if f.check == "D5" and f.where.startswith("t3.")]
    if not placed:
        return findings, []
    keys = [k for f in placed for k in f.cells if k in cells]
    touched = [eq for eq in equations if eq.check in _COLUMN_CHECKS and eq.keys.intersection(keys)]
    broken = {f.check for f in findings if f.kind == "report_defect" and f.check in _COLUMN_CHECKS}
    # a placed row whose own total is not its cells' sum (blanks as 0): its figures are another row's — a
    # figure set off its row's line read into the row above (「７５６」 of 「（六）」 under 「5.要求…」's wrapped
    # label) keeps every column's sum, yet breaks both rows
    at = {f.where for f in placed}
    broken |= {f.check for f in findings if f.check == "H2" and f.where in at and f.kind in _ROW_BROKEN}
    unjudged = [eq for eq in touched if not _judged(cells, eq)]
    if not broken and not unjudged:
        return findings, []
    taken = _withdraw(cells, keys)
    rows = "、".join(f.message.split("「", 1)[1].split("」", 1)[0] for f in placed if "「" in f.message)
    why = f"与勾稽关系（{'、'.join(sorted(broken))}）不符" if broken else "无法用勾稽关系印证（表中有行未读到）"
    doubt = Finding(
        check="D9",
        severity="warning",
        kind="extraction_doubt",
        where="t3",
        message=f"表三按行序对应的行（{rows}）{why}，位置可能错了，这些行的数字未采用",
        cells=keys,
        values=taken,  # what the placement would have read: shown, not stored as cells
        spans=[s for f in placed for s in f.spans],
    )
    return check_equations(cells, equations), [doubt]


def _withdraw(cells: dict[str, Cell], keys: Sequence[str]) -> dict[str, Number | None]:
    """Null the cells of a guess (unread, not printed blank) and return what it would have read."""
    taken = {k: cells[k].value for k in keys}
    for k in keys:
        cells[k] = replace(cells[k], value=None, placeholder=False)
    return taken


def _judged(cells: dict[str, Cell], eq: ts.Equation) -> bool:
    """Every cell of the identity is read (a printed blank counts: it is a zero; a glued row's cell no cut
    settled does not — `checks.check_equations` skips an identity through it, so it holds nothing)."""
    return all(
        k in cells and (cells[k].value is not None or (cells[k].placeholder and not cells[k].split_unsettled))
        for k in eq.keys
    )


_SPACED = re.compile(r"\d\s+\d")
_ROW_CHECKS = ("H2", "H5")


def distrust_spaced_joins(
    cells: dict[str, Cell], findings: list[Finding], equations: Sequence[ts.Equation]
) -> list[Finding]:
    """Rows holding a cell printed as digits with a space inside, read as one number (guess 2 above):
    kept only when the row's own identity (H2, or H5 for a table-四 group) can be judged and holds,
    and, where column identities (H1/H3) pass through the row, at least one of them can be judged and
    none breaks; else the row's cells are null with a D10 doubt. H2 alone does not confirm the row:
    it holds for any placement of the parts (markitdown put 「2」 of 自然人 under 科研机构 and the
    总计 still added up), only a column identity tells which column a part stands in. Returns the
    findings to keep (judged again when a row was dropped) plus the doubts."""
    # (most cells print digits alone, which hold no space: no regex for them; and most reports print no such
    # cell at all: told once, before any identity is looked at)
    spaced_cells = {k for k, c in cells.items() if not c.raw.isdigit() and _SPACED.search(c.raw)}
    if not spaced_cells:
        return findings
    doubts: list[Finding] = []
    for eq in equations:
        if eq.check not in _ROW_CHECKS:
            continue
        spaced = [k for k in sorted(eq.keys) if k in spaced_cells]
        if not spaced:
            continue
        values = {k: c.value for k, c in cells.items()}
        columns = [e for e in equations if e.check in _COLUMN_CHECKS and e.keys & eq.keys]
        judged = [e for e in columns if _judged(cells, e)]
        refuted = any(not e.holds(values) for e in judged)
        if _judged(cells, eq) and eq.holds(values) and (judged or not columns) and not refuted:
            continue
        keys = sorted(k for k in eq.keys if k in cells)
        raws = "、".join(f"「{cells[k].raw}」" for k in spaced)
        taken = _withdraw(cells, keys)
        doubts.append(
            Finding(
                check="D10",
                severity="warning",
                kind="extraction_doubt",
                where=eq.where,
                message=f"{eq.label.split('：', 1)[0]}：格内以空格分开的数字（{raws}）按一个数读，本行勾稽关系"
                "不能印证，可能是两格被排进了一格，这一行的数字未采用",
                cells=keys,
                values=taken,
                spans=[c.span for k in keys if (c := cells[k]).span],
            )
        )
    if not doubts:
        return findings
    return doubts + check_equations(cells, equations)
