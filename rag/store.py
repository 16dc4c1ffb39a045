"""The embedded store: one SQLite file under the data directory. Reports are idempotent by content
hash; a report, its cells, metrics, findings and chunks are written in one transaction, so a crash
never leaves half a report. Chunks carry a full-text (FTS5) index over character bigrams: the
Chinese BM25 side of retrieval lives inside the same transaction."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

from extractor.schema import FINDING, Report

from extractor.agency import agency_key, aliases, text_places
from .chunks import Chunk, build_chunks
from .tokens import bigrams

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports(
  id TEXT PRIMARY KEY, source TEXT, agency TEXT, agency_key TEXT, year INTEGER, template TEXT,
  format TEXT, title TEXT, tables_recoverable INTEGER, glued INTEGER, n_errors INTEGER,
  n_warnings INTEGER, body TEXT NOT NULL, ingested_at TEXT, indexed INTEGER DEFAULT 0);
CREATE INDEX IF NOT EXISTS reports_agency ON reports(agency_key, year);
CREATE TABLE IF NOT EXISTS aliases(alias TEXT, report_id TEXT);
CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias);
CREATE TABLE IF NOT EXISTS cells(
  report_id TEXT, key TEXT, tbl TEXT, row TEXT, col TEXT, value REAL, raw TEXT, placeholder INTEGER,
  source TEXT, start INTEGER, end INTEGER, page INTEGER, PRIMARY KEY(report_id, key));
CREATE TABLE IF NOT EXISTS metrics(
  report_id TEXT, idx INTEGER, value REAL, unit TEXT, qualifier TEXT, label TEXT, key TEXT,
  section INTEGER, quote TEXT, start INTEGER, end INTEGER, source TEXT, PRIMARY KEY(report_id, idx));
CREATE TABLE IF NOT EXISTS findings(
  report_id TEXT, idx INTEGER, check_id TEXT, severity TEXT, kind TEXT, "where" TEXT, message TEXT,
  body TEXT, PRIMARY KEY(report_id, idx));
CREATE TABLE IF NOT EXISTS chunks(
  id TEXT PRIMARY KEY, report_id TEXT, section INTEGER, kind TEXT, start INTEGER, end INTEGER,
  text TEXT, cells TEXT);
CREATE INDEX IF NOT EXISTS chunks_report ON chunks(report_id);
CREATE INDEX IF NOT EXISTS cells_key ON cells(key, report_id, value);
CREATE INDEX IF NOT EXISTS findings_scope ON findings(kind, check_id, "where", report_id);
CREATE INDEX IF NOT EXISTS reports_scope ON reports(year, agency_key, id, ingested_at);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(tokens, chunk_id UNINDEXED, report_id UNINDEXED);
"""


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    return Path(explicit or os.environ.get("XXGK_DATA_DIR") or ".xxgk")


class Store:
    def __init__(self, directory: str | os.PathLike | None = None):
        self.dir = data_dir(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / "xxgk.sqlite"
        self._local = threading.local()
        with self.db:
            self.db.executescript(SCHEMA)

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    # ------------------------------------------------------------------ writing
    def has(self, report_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM reports WHERE id=?", (report_id,)).fetchone() is not None

    def add(self, report: Report) -> list[Chunk]:
        """Store a report with everything derived from it; returns its chunks (empty if known)."""
        if self.has(report.id):
            return []
        chunks = build_chunks(report)
        errors = sum(1 for f in report.findings if f.severity == "error" and f.kind == "report_defect")
        warnings = sum(1 for f in report.findings if f.severity == "warning")
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.db as db:
            db.execute("INSERT OR IGNORE INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)", (
                report.id, report.source, report.agency, agency_key(report.agency), report.year,
                report.template.value, report.format, report.title, int(report.tables_recoverable),
                int(report.glued), errors, warnings, report.model_dump_json(), now))
            names = aliases(report.agency)
            if not report.agency:
                for place in text_places(report.text[:6000]):
                    names |= aliases(place + "人民政府")
            db.executemany("INSERT INTO aliases VALUES (?,?)", [(a, report.id) for a in names])
            db.executemany("INSERT INTO cells VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
                (report.id, c.key, *c.key.split(".", 2), c.value, c.raw, int(c.placeholder), c.source,
                 c.span.start if c.span else None, c.span.end if c.span else None,
                 c.span.page if c.span else None) for c in report.cells])
            db.executemany("INSERT INTO metrics VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
                (report.id, i, m.value, m.unit, m.qualifier, m.label, m.key, m.section, m.quote,
                 m.span.start, m.span.end, m.source) for i, m in enumerate(report.metrics)])
            db.executemany("INSERT INTO findings VALUES (?,?,?,?,?,?,?,?)", [
                (report.id, i, f.check, f.severity, f.kind, f.where, f.message, FINDING.dump_json(f).decode())
                for i, f in enumerate(report.findings)])
            db.executemany("INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?)", [
                (c.id, c.report_id, c.section, c.kind, c.start, c.end, c.text, json.dumps(c.cells))
                for c in chunks])
            db.executemany("INSERT INTO chunks_fts(tokens, chunk_id, report_id) VALUES (?,?,?)", [
                (f"rid{c.report_id} " + " ".join(bigrams(c.text)), c.id, c.report_id) for c in chunks])
        return chunks

    def mark_indexed(self, report_ids: list[str]) -> None:
        with self.db as db:
            db.executemany("UPDATE reports SET indexed=1 WHERE id=?", [(r,) for r in report_ids])

    def unindexed(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM reports WHERE indexed=0")]

    # ------------------------------------------------------------------ reading
    def report(self, report_id: str) -> Report | None:
        row = self.db.execute("SELECT body FROM reports WHERE id=?", (report_id,)).fetchone()
        return Report.model_validate_json(row["body"]) if row else None

    def summaries(self, agency: str | None = None, year: int | None = None, template: str | None = None,
                  has_findings: bool | None = None, limit: int = 1000, offset: int = 0) -> list[dict]:
        sql = ("SELECT id, source, agency, agency_key, year, template, format, title, tables_recoverable,"
               " glued, n_errors, n_warnings, ingested_at FROM reports WHERE 1=1")
        args: list = []
        if agency:
            sql += " AND (agency_key=? OR id IN (SELECT report_id FROM aliases WHERE alias=?))"
            args += [agency_key(agency), agency]
        if year is not None:
            sql += " AND year=?"
            args.append(year)
        if template:
            sql += " AND template=?"
            args.append(template)
        if has_findings is not None:
            sql += " AND n_errors>0" if has_findings else " AND n_errors=0"
        sql += " ORDER BY agency_key, year LIMIT ? OFFSET ?"
        args += [limit, offset]
        return [dict(r) for r in self.db.execute(sql, args)]

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]

    def alias_table(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for alias, rid in self.db.execute("SELECT alias, report_id FROM aliases"):
            out.setdefault(alias, set()).add(rid)
        return out

    def meta(self, report_ids: list[str]) -> dict[str, dict]:
        if not report_ids:
            return {}
        q = ",".join("?" * len(report_ids))
        return {r["id"]: dict(r) for r in self.db.execute(
            f"SELECT id, source, agency, agency_key, year, template FROM reports WHERE id IN ({q})", report_ids)}

    def cells(self, report_id: str) -> dict[str, sqlite3.Row]:
        return {r["key"]: r for r in self.db.execute("SELECT * FROM cells WHERE report_id=?", (report_id,))}

    def metrics(self, report_id: str) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM metrics WHERE report_id=? ORDER BY idx", (report_id,)))

    def findings(self, report_id: str) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM findings WHERE report_id=? ORDER BY idx", (report_id,)))

    def chunks(self, ids: list[str]) -> dict[str, sqlite3.Row]:
        if not ids:
            return {}
        q = ",".join("?" * len(ids))
        return {r["id"]: r for r in self.db.execute(f"SELECT * FROM chunks WHERE id IN ({q})", ids)}

    def chunks_of(self, report_ids: list[str]) -> list[sqlite3.Row]:
        q = ",".join("?" * len(report_ids))
        return list(self.db.execute(f"SELECT * FROM chunks WHERE report_id IN ({q})", report_ids))

    def bm25(self, query: str, report_ids: list[str] | None = None, k: int = 20) -> list[tuple[str, float]]:
        """Chunk ids by BM25 over character bigrams, within the given reports (all of them: a small
        scope is a posting-list intersection with the reports' id tokens, a large one a filter)."""
        toks = sorted(set(bigrams(query)))
        if not toks:
            return []
        match = "(" + " OR ".join('"' + t.replace('"', "") + '"' for t in toks) + ")"
        sql = "SELECT chunk_id, bm25(chunks_fts) AS s FROM chunks_fts WHERE chunks_fts MATCH ?"
        args: list = []
        if report_ids is not None:
            if not report_ids:
                return []
            if len(report_ids) <= SMALL_SCOPE:
                # every chunk carries its report id as a token: the scope is a posting-list intersection
                match = "(" + " OR ".join(f"rid{r}" for r in report_ids) + ") AND " + match
            else:
                sql += " AND report_id IN (SELECT value FROM json_each(?))"
                args.append(json.dumps(report_ids))
        sql += " ORDER BY s LIMIT ?"
        return [(r[0], -r[1]) for r in self.db.execute(sql, [match, *args, k])]

    # ------------------------------------------------------------------ set-based reads (questions)
    def catalogue_rows(self) -> list[dict]:
        """One row per stored report: what the question router resolves scopes against."""
        return [dict(r) for r in self.db.execute(
            "SELECT id, source, agency, agency_key, year, template, n_errors, ingested_at FROM reports")]

    def version(self) -> tuple[int, int, int]:
        """Changes when reports are added or removed, by this connection or another (the catalogue
        cache key): the last report row, SQLite's data_version, this connection's own changes —
        O(log n), where COUNT(*) would read every report."""
        top = self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM reports").fetchone()[0]
        return top, self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes

    def sums(self, keys: list[str], report_ids: list[str] | None = None,
             years: list[int] | None = None, table: str = "cells") -> dict[str, tuple[float | None, int, int]]:
        """Per report: (sum of the non-null values of the given cells, how many were non-null, how
        many were printed) — one aggregate query over the scope, never a query per report.
        `table="derived_cells"` reads totals kept per report (rag.values), already summed."""
        kq = ",".join("?" * len(keys))
        # a scope narrowed by ids or years: the planner looks each report's cells up by primary key;
        # every report: one pass over the (key, report_id, value) index, which it may not pick itself
        hint = f" INDEXED BY {table}_key" if report_ids is None and not years else ""
        if table == "derived_cells":
            sql = f"SELECT report_id, value, n, printed FROM derived_cells{hint} WHERE key IN ({kq})"
            sql, args = _scoped(sql, list(keys), report_ids, years)
            return {r[0]: (r[1], r[2], r[3]) for r in self.db.execute(sql, args)}
        sql = f"SELECT report_id, SUM(value), COUNT(value), COUNT(*) FROM cells{hint} WHERE key IN ({kq})"
        args: list = list(keys)
        sql, args = _scoped(sql, args, report_ids, years)
        return {r[0]: (r[1], r[2], r[3]) for r in self.db.execute(sql + " GROUP BY report_id", args)}

    def values_of(self, key: str, report_ids: list[str] | None = None, years: list[int] | None = None,
                  table: str = "cells", test: tuple[str, float] | None = None) -> dict[str, float | None]:
        """One cell (or kept derived total) in every report of the scope that has it: {report: value};
        with `test` (「>」, 50) only the reports whose value passes it."""
        hint = f" INDEXED BY {table}_key" if report_ids is None and not years else ""
        sql, args = _scoped(f"SELECT report_id, value FROM {table}{hint} WHERE key = ?", [key], report_ids, years)
        if test is not None:
            assert test[0] in ("<", ">", ">=", "=", "<=", "<>")
            sql += f" AND value {test[0]} ?"
            args.append(test[1])
        return dict(self.db.execute(sql, args).fetchall())

    def cells_of(self, report_ids: list[str], keys: list[str] | None = None) -> dict[str, dict[str, sqlite3.Row]]:
        """The cells (all, or the given keys) of a few reports, by report."""
        out: dict[str, dict[str, sqlite3.Row]] = {r: {} for r in report_ids}
        if not report_ids:
            return out
        sql = "SELECT * FROM cells WHERE report_id IN (SELECT value FROM json_each(?))"
        args: list = [json.dumps(report_ids)]
        if keys is not None:
            sql += " AND key IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(keys))
        for r in self.db.execute(sql, args):
            out[r["report_id"]][r["key"]] = r
        return out

    def finding_counts(self, kinds: list[str], table: str | None = None, checks: list[str] | None = None,
                       report_ids: list[str] | None = None, years: list[int] | None = None) -> dict[str, list[str]]:
        """Reports with findings of the given kinds (identities H… unless checks are named): their
        check ids, one entry per finding — one query over the scope."""
        sql = (f"SELECT report_id, group_concat(check_id) FROM findings WHERE kind IN ({','.join('?' * len(kinds))})")
        args: list = list(kinds)
        if checks:
            sql += f" AND check_id IN ({','.join('?' * len(checks))})"
            args += checks
        else:
            sql += " AND check_id >= 'H' AND check_id < 'I'"  # the identities (a range: the index serves it)
        if table:
            sql += ' AND "where" LIKE ?'
            args.append(table + "%")
        sql, args = _scoped(sql, args, report_ids, years)
        return {rid: checks.split(",") for rid, checks in self.db.execute(sql + " GROUP BY report_id", args)}

    def findings_of(self, report_ids: list[str], kinds: list[str]) -> dict[str, list[sqlite3.Row]]:
        out: dict[str, list[sqlite3.Row]] = {r: [] for r in report_ids}
        sql = (f"SELECT * FROM findings WHERE report_id IN (SELECT value FROM json_each(?)) "
               f"AND kind IN ({','.join('?' * len(kinds))}) ORDER BY report_id, idx")
        for r in self.db.execute(sql, [json.dumps(report_ids), *kinds]):
            out[r["report_id"]].append(r)
        return out

    def listing(self) -> list[dict]:
        """Every report with its findings counted by kind (for `xxgk list`)."""
        counts: dict[str, dict[str, int]] = {}
        for rid, kind, n in self.db.execute("SELECT report_id, kind, COUNT(*) FROM findings GROUP BY report_id, kind"):
            counts.setdefault(rid, {})[kind] = n
        rows = [dict(r) for r in self.db.execute(
            "SELECT id, source, agency, agency_key, year, template, format, n_errors, n_warnings, ingested_at "
            "FROM reports ORDER BY agency_key, year, id")]
        for r in rows:
            r["findings"] = counts.get(r["id"], {})
        return rows


SMALL_SCOPE = 500


def _scoped(sql: str, args: list, report_ids: list[str] | None, years: list[int] | None) -> tuple[str, list]:
    """Restrict a query over a per-report table to a scope: explicit ids, else years, else all."""
    if report_ids is not None:
        sql += " AND report_id IN (SELECT value FROM json_each(?))"
        args = [*args, json.dumps(report_ids)]
    elif years:
        sql += f" AND report_id IN (SELECT id FROM reports WHERE year IN ({','.join('?' * len(years))}))"
        args = [*args, *years]
    return sql, args
