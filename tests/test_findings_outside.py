"""A researcher opens the store's SQLite file with other tools (sqlite3, DuckDB, a notebook): the
`findings` view calls no function of the store's own, so it reads there — each finding's report, check,
kind, place, the message of a report defect, and every check's name and rule in words
(`check_rules`). A store of store16's layout gains those messages when it is opened (review2 #6)."""

from __future__ import annotations

import sqlite3

from test_store16 import _reports


def _outside(path) -> sqlite3.Connection:
    """A plain connection, as another program opens the file: none of the store's SQL functions."""
    return sqlite3.connect(path / "xxgk.sqlite")


def test_the_findings_view_reads_without_the_stores_functions(tmp_path):
    from rag.store import Store

    store = Store(tmp_path)
    reports = _reports()
    for r in reports:
        store.add(r)
    db = _outside(tmp_path)
    rows = db.execute(
        'SELECT report_id, idx, check_id, kind, "where", message, check_label, rule FROM findings'
        " ORDER BY report_id, idx"
    ).fetchall()
    want = sorted((r.id, i, f) for r in reports for i, f in enumerate(r.findings))
    assert [row[:5] for row in rows] == [(rid, i, f.check, f.kind, f.where) for rid, i, f in want]
    for row, (_, _, f) in zip(rows, want, strict=True):
        assert row[5] == (f.message if f.kind == "report_defect" else None)
        assert row[6] and row[7]  # every check named and its rule said, doubts too
    assert db.execute("SELECT label FROM check_rules WHERE check_id = 'H5'").fetchone() == ("表四合计",)
    assert db.execute("SELECT COUNT(*) FROM cells").fetchone()[0] > 0


def test_a_store16_store_gains_the_messages_when_opened(tmp_path):
    """Rows of store16's layout (message and evidence only in the record, the view calling
    `record_finding`): opened by this version, the views are replaced and the report defects' messages
    are written into their rows; the store reads the same as before."""
    from rag.store import Store

    store = Store(tmp_path)
    reports = _reports()
    for r in reports:
        store.add(r)
    before = {r.id: [tuple(f) for f in store.findings(r.id)] for r in reports}
    db = store.db
    with db:  # that version's rows and view
        db.execute("UPDATE finding_rows SET message = NULL, extra = NULL")
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name='finding_records'").fetchone()[0]
        db.execute("DROP VIEW findings")
        db.execute("DROP VIEW finding_records")
        db.execute("DROP VIEW check_rules")
        db.execute(sql.replace("VIEW finding_records", "VIEW findings", 1))
    db.close()
    del store
    again = Store(tmp_path)
    assert {r.id: [tuple(f) for f in again.findings(r.id)] for r in reports} == before
    outside = _outside(tmp_path).execute("SELECT report_id, idx, kind, message FROM findings").fetchall()
    by_key = {(r.id, i): f for r in reports for i, f in enumerate(r.findings)}
    assert len(outside) == len(by_key)
    for rid, idx, kind, message in outside:
        assert message == (by_key[rid, idx].message if kind == "report_defect" else None)
