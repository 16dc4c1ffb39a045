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

from extractor.agency import agency_key, aliases, identify, text_places
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
        toks = sorted(set(bigrams(query)))
        if not toks:
            return []
        match = "(" + " OR ".join('"' + t.replace('"', "") + '"' for t in toks) + ")"
        if report_ids is not None:
            if not report_ids:
                return []
            # every chunk carries its report id as a token: the scope is a posting-list intersection
            match = "(" + " OR ".join(f"rid{r}" for r in report_ids[:500]) + ") AND " + match
        sql = "SELECT chunk_id, bm25(chunks_fts) AS s FROM chunks_fts WHERE chunks_fts MATCH ?"
        args: list = [match]
        sql += " ORDER BY s LIMIT ?"
        args.append(k)
        return [(r[0], -r[1]) for r in self.db.execute(sql, args)]

    def set_agency(self, report_id: str, agency: str) -> bool:
        """Name the agency of a stored report (one whose title did not say it, or said it wrong): the
        listing columns, the name lookup and the stored report change in one transaction."""
        with self.db as db:
            row = db.execute("SELECT body FROM reports WHERE id=?", (report_id,)).fetchone()
            if row is None:
                return False
            body = json.loads(row["body"])
            ident = identify(agency)
            body.update(agency=agency, agency_full=ident.full if ident else None,
                        agency_short=ident.short if ident else None, agency_level=ident.level if ident else None,
                        region=ident.region if ident else None, region_code=ident.region_code if ident else None,
                        agency_doubts=[*(ident.doubts if ident else ()), "机关名称由用户填写"])
            db.execute("UPDATE reports SET agency=?, agency_key=?, body=? WHERE id=?",
                       (agency, agency_key(agency), json.dumps(body, ensure_ascii=False), report_id))
            db.execute("DELETE FROM aliases WHERE report_id=?", (report_id,))
            db.executemany("INSERT INTO aliases VALUES (?,?)", [(a, report_id) for a in aliases(agency)])
        return True
