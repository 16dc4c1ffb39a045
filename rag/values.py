"""The value of a table measure in many reports at once: one aggregate query over the scope (the
cells a measure reads are the same keys in every report of a variant), never a query per report.

A derived row (「（四）无法提供」, 表四's 行政诉讼) sums its data rows; a result group printed with a
subtotal (H4 variants) is still read from its data rows, so the two are never added together.
"""

from __future__ import annotations

import sqlite3

from extractor import tablespec as ts

from .question import CellMeasure
from .store import Store


def unit_of(m: CellMeasure) -> str:
    if m.table != "t2":
        return "件"
    if m.col == "amount_wan":
        return "万元"
    if m.col == "amount":
        return "元"
    if m.col in ("items", "prev_items", "delta"):  # (GF2019's 本年增/减 is of the items, not of decisions)
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
        keys = [f"t3.{r}.{c}" for r in members for c in _cols(m) if f"t3.{r}.{c}" in cells]
        # (revfixa) completeness over the member rows the report prints (「rows with figures only」: a group's rows
        # left out are no merged column)
        printed = [r for r in members if any(k.startswith(f"t3.{r}.") for k in cells)] or list(members)
        if m.col == ts.T3_LEGAL and any(f"t3.{r}.{c}" not in cells for r in printed for c in _cols(m)):
            # (wild38) a 表三 printing some organisation columns merged or left out: the ones it prints are no
            # 法人或其他组织 — their sum would be silently short (abs.unprinted_cell says what the table prints)
            return []
        return keys
    return [k for k in candidate_keys(m) if k in cells]


def measure(
    store: Store,
    m: CellMeasure,
    report_ids: list[str] | None = None,
    years: list[int] | None = None,
    test: tuple[str, float] | None = None,
) -> dict[str, float | None]:
    """The measure in every report of the scope that prints it: its value, None where every cell it
    reads is blank. One aggregate query; one dict entry per report (no object per report). With
    `test` (「>」, 50), the store keeps only the reports that pass it."""
    keys = candidate_keys(m)
    if m.table == "t2" and len(keys) > 1:  # two variants' names: a report has one of them
        out: dict[str, float | None] = {}
        for k in reversed(keys):  # the first name wins where (oddly) both are printed
            out.update(store.values_of(k, report_ids, years, test=test))
        return out
    derived = derived_key(m)
    if derived:  # a derived row: its per-report totals are kept in a table of their own
        sync_derived(store)
        return store.values_of(derived, report_ids, years, table="derived_cells", test=test)
    if len(keys) == 1:
        return store.values_of(keys[0], report_ids, years, test=test)
    rows: dict[str, float | None] = {
        rid: total if n else None for rid, (total, n, _) in store.sums(keys, report_ids, years).items()
    }
    if test is not None:
        op, x = test
        ok = {
            "<": lambda v: v < x,
            ">": lambda v: v > x,
            ">=": lambda v: v >= x,
            "=": lambda v: v == x,
            "<=": lambda v: v <= x,
            "<>": lambda v: v != x,
        }[op]
        rows = {r: v for r, v in rows.items() if v is not None and ok(v)}
    return rows


# ---------------------------------------------------------------- derived rows, kept per report
# A corpus question about a derived row (「不予公开」 = eight sub-rows, 表四's lawsuits = two rows)
# would otherwise aggregate several cells of every report at question time (~8 × 100,000 index
# entries, grouped); their totals are computed once per report, in SQL, and kept beside the cells.
# Format 3 (store16): the table WITHOUT ROWID — its primary key is the table, not a second copy of it.
DERIVED_FORMAT = 3
_DERIVED_SQL = """
CREATE TABLE IF NOT EXISTS derived_cells(report_id TEXT, key TEXT, value REAL, n INTEGER, printed INTEGER,
                                         PRIMARY KEY(report_id, key)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS derived_cells_key ON derived_cells(key, report_id, value);
CREATE TABLE IF NOT EXISTS derived_meta(format INTEGER, watermark INTEGER, reports INTEGER);
"""


def derived_key(m: CellMeasure) -> str | None:
    """The key of a derived row's total in derived_cells (None for a printed row)."""
    if m.table == "t3" and m.row in ts.T3_GROUPS and m.col in ts.T3_COLS:
        return f"t3.{m.row}.{m.col}"
    if m.table == "t4" and m.row == ts.T4_LAWSUITS:
        return f"t4.{m.row}.{m.col}"
    return None


# Reports a `sync_derived` transaction covers: an ingest syncs beside its indexer's tail (api/cli.py), whose
# `mark_indexed` waits for the write lock (30 s busy timeout) — a slice holds it well under a second, whatever
# the number of new reports (one transaction over 100,000 would hold it ~20 s: docs/scale.md, perfingest3).
SYNC_SLICE = 2000


def sync_derived(store: Store) -> None:
    """Derived totals for every report added since the last sync (one INSERT … SELECT per row), in
    slices of SYNC_SLICE reports by rowid, each its own transaction that moves the watermark: the rows
    are the same as one transaction's, and a sync cut short goes on from its last slice."""
    db = store.db
    top, count = db.execute("SELECT COALESCE(MAX(rowid), 0), COUNT(*) FROM reports").fetchone()
    try:
        meta = db.execute("SELECT format, watermark, reports FROM derived_meta").fetchone()
    except sqlite3.OperationalError:  # none yet, or an older layout: rebuilt below
        meta = (None, 0, None)
    if meta is not None and meta[0] == DERIVED_FORMAT and meta[1] >= top and meta[2] == count:
        return
    with db:
        if meta is not None and meta[0] != DERIVED_FORMAT:
            db.execute("DROP TABLE IF EXISTS derived_meta")
            db.execute("DROP TABLE IF EXISTS derived_cells")  # made again in this format's layout
        db.executescript(_DERIVED_SQL)
        meta = db.execute("SELECT format, watermark, reports FROM derived_meta").fetchone()
        since = meta[1] if meta and meta[0] == DERIVED_FORMAT else 0
        if since == 0:
            db.execute("DELETE FROM derived_cells")
        elif (
            meta[2] is not None
            and count < meta[2] + db.execute("SELECT COUNT(*) FROM reports WHERE rowid > ?", (since,)).fetchone()[0]
        ):
            # a report was deleted since: its totals go (its cells went with it)
            db.execute("DELETE FROM derived_cells WHERE report_id NOT IN (SELECT id FROM reports)")
        upto = _sync_slice(db, since, top)
    while upto < top:
        with db:
            upto = _sync_slice(db, upto, top)


def _sync_slice(db: sqlite3.Connection, since: int, top: int) -> int:
    """The derived totals of the next SYNC_SLICE reports after rowid `since` (up to `top`), and the
    watermark moved past them, in the caller's transaction: the rowid reached."""
    last = db.execute(
        "SELECT rowid FROM reports WHERE rowid > ? AND rowid <= ? ORDER BY rowid LIMIT 1 OFFSET ?",
        (since, top, SYNC_SLICE - 1),
    ).fetchone()
    upto = last[0] if last is not None else top
    # the new reports' cells reached from the keys of the rows summed (index cell_rows_key: kid, rn) and
    # grouped by the report's number, its id joined once a group — not every cell of every new report
    # read through the `cells` view once a statement (issue 16, perf16). The same rows are summed:
    # [lo, hi] holds the numbers of the reports added, and the join keeps those reports alone.
    lo, hi = db.execute("SELECT MIN(rn), MAX(rn) FROM reports WHERE rowid > ? AND rowid <= ?", (since, upto)).fetchone()

    def derive(key: str, where: str, having: str = "") -> None:
        db.execute(
            f"INSERT OR REPLACE INTO derived_cells SELECT r.id, '{key}.' || g.col, g.total, g.n, g.printed "
            "FROM (SELECT c.rn AS rn, k.col AS col, SUM(c.value) AS total, COUNT(c.value) AS n, COUNT(*) AS printed "
            f"FROM cell_keys k CROSS JOIN cell_rows c ON c.kid = k.kid AND c.rn BETWEEN ? AND ? WHERE {where} "
            f"GROUP BY c.rn, k.col {having}) g JOIN reports r ON r.rn = g.rn WHERE r.rowid > ? AND r.rowid <= ?",
            (lo, hi, since, upto),
        )

    for group in ts.T3_GROUPS if lo is not None else ():
        split = sorted({r for spec in (ts.T3_GF2021, ts.T3_GF2019) for r in ts.group_members(spec, group)} - {group})
        members = ",".join(f"'{r}'" for r in split)
        # a variant's own data row of that name (GF2019's 「（六）其他处理」) counts where no sub-row is printed
        own = (
            (
                f" OR (k.row='{group}' AND NOT EXISTS (SELECT 1 FROM cell_keys xk CROSS JOIN cell_rows x "
                f"ON x.rn = c.rn AND x.kid = xk.kid WHERE xk.tbl='t3' AND xk.row IN ({members})))"
            )
            if group in {r.key for r in ts.T3_GF2019.rows}
            else ""
        )
        derive(f"t3.{group}", f"k.tbl='t3' AND (k.row IN ({members}){own})")
    if lo is not None:
        derive(f"t4.{ts.T4_LAWSUITS}", "k.tbl='t4' AND k.row IN ('ld','lr')", "HAVING COUNT(*) = 2")
    # the reports up to the watermark (its count tells a later sync whether one was deleted since)
    reports = db.execute("SELECT COUNT(*) FROM reports WHERE rowid <= ?", (upto,)).fetchone()[0]
    db.execute("DELETE FROM derived_meta")
    db.execute("INSERT INTO derived_meta VALUES (?, ?, ?)", (DERIVED_FORMAT, upto, reports))
    return upto
