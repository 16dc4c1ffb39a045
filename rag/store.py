"""The embedded store: one SQLite file under the data directory. A report, its cells, metrics,
findings and chunks are written in one transaction, so a crash never leaves half a report. Chunks
carry a full-text (FTS5) index over character bigrams: the Chinese BM25 side of retrieval lives
inside the same transaction.

One report is stored once (docs/hostile.md, "Store integrity"):
- **Same bytes** (the report id is their hash): nothing happens.
- **Same content, other bytes** — the same text as GBK, with CRLF line ends, a BOM, trailing blanks
  (`content_key`: the loader's decoded text, NFC, each line's whitespace collapsed, blank lines
  dropped): the file is recorded as a *variant* of the stored report (`variants`: its id, name and
  encoding point at the report); its id resolves to the report everywhere.
- **An edited re-upload** — same agency (key) and year, and the same narrative (≥ 60 % of its
  clauses, numbers aside): stored as the new *version*; the one it replaces stays readable by id
  (`superseded_by` names its successor) but leaves the lists, the name lookup, BM25 and the vector
  index, so the corpus holds one current report per agency and year. Deleting the new version makes
  the old one current again. Two *different* reports of one agency key and year (「鼓楼区」 of two
  cities) are both kept: their narratives differ.
`add` decides all of this inside one `BEGIN IMMEDIATE` transaction, so of ten concurrent uploads of
one file exactly one is told `created`.

Numbers of any size: SQLite integers stop at 2^63; a cell or metric beyond that keeps its exact
decimal digits in `exact` (its `value` holds the nearest float, or NULL past 10^308) and reads
back as the exact Python int (`ExactRow`)."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import functools
import hashlib
import itertools
import json
import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from extractor.agency import agency_key, aliases, identify, text_places
from extractor.checkspec import CHECKS
from extractor.cross_checks import Record, clause_similarity
from extractor.schema import FINDING, NARRATIVE_SECTIONS, ExtractError, Finding, Report

from .chunks import PASSAGE, Chunk, build_chunks, passages, render_row, renderer_fingerprint, vector_version
from .record import body_text, pack_body
from .tokens import bigrams

if TYPE_CHECKING:  # numpy (~40 ms to import) only where vectors are made, not for a table question
    from .hashvec import HashVectors

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports(
  id TEXT PRIMARY KEY, source TEXT, agency TEXT, agency_key TEXT, year INTEGER, template TEXT,
  format TEXT, title TEXT, tables_recoverable INTEGER, glued INTEGER, n_errors INTEGER,
  n_warnings INTEGER, body TEXT NOT NULL, ingested_at TEXT, indexed INTEGER DEFAULT 0, rn INTEGER);
CREATE INDEX IF NOT EXISTS reports_agency ON reports(agency_key, year);
CREATE TABLE IF NOT EXISTS aliases(alias TEXT, report_id TEXT);
CREATE INDEX IF NOT EXISTS aliases_alias ON aliases(alias);
CREATE TABLE IF NOT EXISTS metrics(
  report_id TEXT, idx INTEGER, value REAL, unit TEXT, qualifier TEXT, label TEXT, key TEXT,
  section INTEGER, quote TEXT, start INTEGER, end INTEGER, source TEXT, PRIMARY KEY(report_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS chunks(
  id TEXT PRIMARY KEY, report_id TEXT, section INTEGER, kind TEXT, start INTEGER, end INTEGER,
  text TEXT, cells TEXT);
CREATE INDEX IF NOT EXISTS reports_scope ON reports(year, agency_key, id, ingested_at);
CREATE TABLE IF NOT EXISTS store_meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS variants(
  id TEXT PRIMARY KEY, report_id TEXT NOT NULL, source TEXT, format TEXT, encoding TEXT, added_at TEXT);
CREATE INDEX IF NOT EXISTS variants_report ON variants(report_id);
CREATE TABLE IF NOT EXISTS unindex(report_id TEXT PRIMARY KEY);
"""


# A finding's JSON repeats the five fields its row has as columns. Since store16 the JSON after them
# (cells, values, quotes, spans, basis) is the report record's own, read by `record_finding` (a SQL
# function on the store's connections), so it is stored once. The message, the text a researcher reads,
# is materialised in the row for a report's defects (`extra` = '': the rest in the record); a blank
# cell's or an extraction doubt's message is left in the record — they are nine tenths of the findings'
# text, and the data directory's ≤ 4× the input bar has no room for them (docs/scale.md, "Findings
# outside the store"): there the row is NULL, NULL and `check_rules` says the rule. Rows of the
# layout before store16 keep `extra` = the JSON after the five fields (as pydantic wrote it, so numbers
# stay exact; NULL when they are all empty) and read as before. Two views read the rows: `findings`
# calls no function of ours, so sqlite3 or DuckDB outside the store can read it (with `check_rules`: each
# check's name and rule in words); `finding_records` adds the JSON body for the store's own readers.
def _finding_tail(dumped: str) -> str:
    """What follows the message in a finding's JSON (`,"cells":` cannot occur earlier: inside a
    JSON string a quote is escaped)."""
    at = dumped.index(',"cells":')
    return dumped[at + 1 : -1]


FINDING_TAIL = _finding_tail(
    FINDING.dump_json(Finding(check="", severity="info", kind="report_defect", where="", message="")).decode()
)


# The cells (docs/scale.md, "Disk"): ~180 rows a report, so a row holds two small integers for its
# report (`reports.rn`) and its key (`cell_keys`), not their text; `cells` is a view with the columns
# every reader knows (report_id, key, tbl, row, col, …). An older store kept them as a table: it is
# moved over when opened (`_cells_layout`), in one transaction.
CELLS_SCHEMA = """
CREATE TABLE IF NOT EXISTS cell_keys(kid INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, tbl TEXT, row TEXT, col TEXT);
CREATE TABLE IF NOT EXISTS cell_rows(
  rn INTEGER, kid INTEGER, value REAL, raw TEXT, placeholder INTEGER, source TEXT, start INTEGER, end INTEGER,
  page INTEGER, exact TEXT, PRIMARY KEY(rn, kid)) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS reports_rn ON reports(rn);
CREATE TABLE IF NOT EXISTS finding_rows(
  report_id TEXT, idx INTEGER, check_id TEXT, severity TEXT, kind TEXT, "where" TEXT, message TEXT,
  extra TEXT, PRIMARY KEY(report_id, idx)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS finding_rows_scope ON finding_rows(kind, check_id, "where", report_id);
CHECK_RULES;
CREATE VIEW IF NOT EXISTS findings AS
  SELECT f.report_id AS report_id, f.idx AS idx, f.check_id AS check_id, f.severity AS severity, f.kind AS kind,
         f."where" AS "where", f.message AS message, c.label AS check_label, c.rule AS rule
  FROM finding_rows f LEFT JOIN check_rules c ON c.check_id = f.check_id;
CREATE VIEW IF NOT EXISTS finding_records AS
  SELECT f.report_id AS report_id, f.idx AS idx, f.check_id AS check_id, f.severity AS severity, f.kind AS kind,
         f."where" AS "where", COALESCE(f.message, json_extract(record_finding(r.body, f.idx), '$.message')) AS message,
         CASE WHEN f.message IS NULL OR f.extra = '' THEN record_finding(r.body, f.idx)
         ELSE rtrim(json_object('check', f.check_id, 'severity', f.severity, 'kind', f.kind, 'where', f."where",
                                'message', f.message), '}') || ',' || COALESCE(f.extra, 'FINDING_TAIL') || '}' END AS body
  FROM finding_rows f LEFT JOIN reports r ON r.id = f.report_id;
CREATE VIEW IF NOT EXISTS cells AS
  SELECT r.id AS report_id, k.key AS key, k.tbl AS tbl, k.row AS row, k.col AS col, c.value AS value, c.raw AS raw,
         c.placeholder AS placeholder, c.source AS source, c.start AS start, c.end AS end, c.page AS page,
         c.exact AS exact
  FROM cell_rows c JOIN reports r ON r.rn = c.rn JOIN cell_keys k ON k.kid = c.kid;
""".replace("FINDING_TAIL", FINDING_TAIL.replace("'", "''")).replace(
    "CHECK_RULES",
    "CREATE VIEW IF NOT EXISTS check_rules(check_id, label, rule) AS VALUES "
    + ", ".join(
        "('{}', '{}', '{}')".format(*(x.replace("'", "''") for x in (c.id, c.label, c.explain))) for c in CHECKS
    ),
)
_FINDING_VIEWS = ("findings", "finding_records", "check_rules")
# The cells by key (store-wide questions, `sync_derived`). Kept out of CELLS_SCHEMA: a large bulk load
# drops it and builds it once at its end (`Store.key_index_deferred`) — one sort of every row instead of
# ~180 scattered B-tree inserts a report, ~0.8 ms of the writer's CPU a report (perf17). Meanwhile
# `store_meta.cells_key_deferred` names the writer; a store opened while that writer lives leaves the
# index to it, one opened after the writer died (kill -9) builds it (`_cells_key_index`).
CELLS_KEY_INDEX = "CREATE INDEX IF NOT EXISTS cell_rows_key ON cell_rows(kid, rn, value)"
# columns added after the first release: an older store gains them when it is opened
ADDED_COLUMNS = {
    "reports": [("content_key", "TEXT"), ("superseded_by", "TEXT"), ("rn", "INTEGER")],
    "cells": [("exact", "TEXT")],  # a table in stores before the integer keys (`_cells_layout` moves it)
    "metrics": [("exact", "TEXT")],
}
CELL_COLUMNS = "rn, kid, value, raw, placeholder, source, start, end, page, exact"  # cell_rows
METRIC_COLUMNS = "report_id, idx, value, unit, qualifier, label, key, section, quote, start, end, source, exact"
VERSION_SIMILARITY = 0.6  # share of narrative clauses (numbers aside) an edited re-upload keeps
SQLITE_MAX = 2**63

# What `content_key` sets aside besides whitespace (`str.isspace`, which is what `\s` matches): the BOM and
# the zero-width characters, read as spaces.
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
_INVISIBLE_AS_SPACE = str.maketrans(dict.fromkeys(_INVISIBLE, " "))

# Layout (docs/scale.md, "Disk"): one full copy of a report, compressed; the cells as rows for set
# queries (WITHOUT ROWID: the key is the table, no second copy in an index); BM25 over a contentless
# FTS5 index (the bigram tokens are not stored, only their posting lists; a row's FTS rowid is its
# chunk's rowid). Contentless rows are removed by repeating the tokens they were indexed with, so
# the tokenizer's behaviour is recorded (`_fts_version`) and the index rebuilt from the chunks when
# it changes — or when the store is of the older layout that kept the tokens. FTS5 splits the
# tokens we give it with its `ascii` tokenizer (on spaces and ASCII punctuation): our tokens are
# lower-case ASCII words, digits and CJK bigrams already, which `unicode61` (layout 1) split the
# same way at ~1.4× the cost — except CJK code points newer than its Unicode tables, which it
# dropped as separators. A layout-1 index is rebuilt when opened (`_fts_layout`).
FTS_SCHEMA = "CREATE VIRTUAL TABLE chunks_fts USING fts5(tokens, content='', tokenize='ascii')"
_FTS_PROBE = "政府信息公开工作年度报告 ＡＢＣ abc 2023年１２件 3.5万元 的了 一、总体情况"


def _fts_version() -> str:
    return "contentless-2-ascii:" + hashlib.blake2b(" ".join(bigrams(_FTS_PROBE)).encode(), digest_size=8).hexdigest()


def _report_json(body: bytes | str | None) -> str | None:
    """The SQL function `report_json(body)` on the store's connections (json_extract over it)."""
    return None if body is None else body_text(body)


_findings_read = threading.local()  # the last record `record_finding` parsed, on this thread


def _record_finding(body: bytes | str | None, idx: int) -> str | None:
    """The SQL function `record_finding(body, idx)`: finding `idx` of a stored report record, as
    `FINDING.dump_json` wrote it. A query reads a report's findings together, so the record last
    parsed is kept (one per thread): a report's record is decompressed once for all its findings."""
    if body is None:
        return None
    last = getattr(_findings_read, "last", None)
    if last is None or last[0] != body:
        found = json.loads(body_text(body)).get("findings") or []
        last = _findings_read.last = (body, [FINDING.dump_json(FINDING.validate_python(f)).decode() for f in found])
    return last[1][idx] if 0 <= idx < len(last[1]) else None


def _finding_text(f: Finding) -> tuple[str | None, str | None]:
    """(message, extra) of a finding's row: a report defect's message in words, the rest in the record
    (''); a blank cell's or an extraction doubt's all in the record (see the comment on the views)."""
    return (f.message, "") if f.kind == "report_defect" else (None, None)


def content_key(text: str) -> str:
    """What stays of a report's text when encoding, BOM, line ends and blanks are set aside: the
    same report re-saved by another editor has the same key. Line breaks are kept (collapsed), so
    cells printed one per line stay apart: 「12\\n3」 is not 「1\\n23」. A line's runs of blanks are
    collapsed by `str.split` (C; the regex substitution it replaces was ~0.2 ms of a pool worker's
    report, the same keys: tests/test_perfingest.py)."""
    text = unicodedata.normalize("NFC", text)
    if _HAS_INVISIBLE.search(text):
        text = text.translate(_INVISIBLE_AS_SPACE)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return hashlib.sha256("\n".join(ln for ln in lines if ln).encode()).hexdigest()[:32]


def _narrative(body: dict) -> str:
    """The narrative sections (preamble, 一, 五, 六) of a report in its JSON form, or its whole
    text when it has none (a LEGACY report): what versions are compared by."""
    text = body["text"]
    parts = [text[s["span"]["start"] : s["span"]["end"]] for s in body["sections"] if s["number"] in NARRATIVE_SECTIONS]
    return " ".join(parts) if parts else text


def _sql_number(v) -> tuple[float | int | None, str | None]:
    """(value for the REAL column, exact decimal text or None): integers beyond SQLite's range
    keep their digits."""
    if type(v) is int and not -SQLITE_MAX <= v < SQLITE_MAX:
        return (float(v) if len(str(abs(v))) <= 308 else None), str(v)
    if isinstance(v, float) and v != v:
        return None, None
    return v, None


@functools.lru_cache(maxsize=32)
def _report_of(body: bytes | str) -> Report:
    """A stored body read as a Report, the last 32 kept by their bytes (a question's routes read the same report
    several times: validating it on each read was ~10 % of `eval qa`). Keyed by the body itself, so a report
    stored again is read again; the Report is shared — read it, never change it."""
    return Report.model_validate_json(body_text(body))


@dataclass
class Derived:
    """What storing a report derives from it at a cost: its chunks, their BM25 tokens and the
    compressed JSON. Plain data (it crosses a pipe): ingest's workers make it next to the
    extraction, so the one writer only writes (docs/scale.md). The writer takes the chunks' ids
    from the report it validated (`of`), never from the worker."""

    chunks: list[Chunk]
    tokens: list[str]
    packed: bytes
    vectors: tuple[str, bytes] | None = None  # (embedding version, float32 rows of the narrative chunks)

    def of(self, report: Report, body: str | None) -> Derived:
        """These parts as the given report's, or made again here. `body`: the JSON the report was
        validated from, which `packed` must hold (a sandboxed child's); None when the parts were
        made by this program from the same record (`ingest --from-bulk`'s pool)."""
        tag = f"rid{report.id} "
        if (
            len(self.tokens) != len(self.chunks)
            or not all(t.startswith(tag) for t in self.tokens)
            or body is not None
            and body_text(self.packed) != body
        ):
            return derive(report, body)
        for i, c in enumerate(self.chunks):
            c.id, c.report_id = f"{report.id}:{i}", report.id
        return self


def derive(report: Report, body: str | bytes | None = None, embed: HashVectors | None = None) -> Derived:
    """The chunks, BM25 tokens and compressed JSON of a report (`body`: its JSON — `model_dump_json()`'s
    text or bytes — when at hand), and
    with `embed` its narrative chunks' vectors (kept until the vector index takes them: `Index.sync`)."""
    chunks = build_chunks(report, grams=True)
    packed = pack_body(body if body is not None else report.model_dump_json())
    grams = [bigrams(c.text) if c.grams is None else c.grams for c in chunks]
    for c in chunks:
        c.grams = None  # not carried further (a sandboxed child's chunks cross a pipe)
    vectors = None
    if embed is not None:  # one vector a passage of narrative chunks (rag.chunks.PASSAGE), from the BM25 bigrams
        at = {c.id: i for i, c in enumerate(chunks)}
        ps = [members for _, members in passages(chunks)]
        # a passage's tokens are its chunks' lists joined in C (chain), not a token at a time
        m = embed.embed_grams(
            [list(itertools.chain.from_iterable(grams[at[c.id]] for c in members)) for members in ps],
            ["".join(c.text for c in members) for members in ps],
        )
        vectors = (vector_version(embed.version), m.astype("<f4").tobytes())
    return Derived(chunks, [f"rid{c.report_id} " + " ".join(g) for c, g in zip(chunks, grams)], packed, vectors)


REPORT_COLUMNS = (
    "id, source, agency, agency_key, year, template, format, title, tables_recoverable, glued, n_errors,"
    " n_warnings, body, content_key"
)


@dataclass
class Rows:
    """A report as the store writes it: the rows of every table, its identity keys and its derived
    parts — plain data. The writer only decides (stored already, a variant, a new version) and
    writes. Made by the writer from a report it validated (`Store._prepare`), or by an
    `ingest --from-bulk` pool worker (our own code over our own output, `rows_of`) next to the
    line's validation: the writer then validates nothing again, it checks `digest` — the blake2b
    of the line the rows were made from — against the line it read (trust, but verify: rows never
    land under another record's name)."""

    id: str
    source: str | None
    format: str | None
    encoding: str | None
    report: tuple  # the reports row in REPORT_COLUMNS order
    content_key: str
    agency_key: str
    year: int | None
    narrative: str  # what versions are compared by
    aliases: list[str]
    cells: list[tuple]  # (key, value, raw, placeholder, source, start, end, page, exact): the writer numbers them
    metrics: list[tuple]
    findings: list[tuple]
    chunks: list[tuple]  # (id, report_id, section, kind, start, end, text, cells) without the rowid
    tokens: list[str]
    vectors: tuple[str, bytes] | None = None
    digest: bytes = b""


def line_digest(line: bytes) -> bytes:
    """What ties a pool worker's rows to the line they were made from (`Rows.digest`)."""
    return hashlib.blake2b(line, digest_size=16).digest()


def rows_of(report: Report, d: Derived) -> Rows:
    """Every row the store writes for a report whose derived parts (`d`) are its own."""
    akey = agency_key(report.agency)  # it identifies the agency (~1 ms)
    names = aliases(report.agency)
    if not report.agency:
        for place in text_places(report.text[:6000]):
            names |= aliases(place + "人民政府")
    rid = report.id
    errors = sum(1 for f in report.findings if f.severity == "error" and f.kind == "report_defect")
    warnings = sum(1 for f in report.findings if f.severity == "warning")
    key = content_key(report.text)
    row = (
        rid,
        report.source,
        report.agency,
        akey,
        report.year,
        report.template.value,
        report.format,
        report.title,
        int(report.tables_recoverable),
        int(report.glued),
        errors,
        warnings,
        d.packed,
        key,
    )
    cells = [
        (
            c.key,
            value,
            c.raw,
            int(c.placeholder),
            c.source,
            span.start if span else None,
            span.end if span else None,
            span.page if span else None,
            exact,
        )
        for c in report.cells
        for span in (c.span,)
        for value, exact in (
            (c.value, None) if type(c.value) is int and -SQLITE_MAX <= c.value < SQLITE_MAX else _sql_number(c.value),
        )
    ]
    metrics = [
        (
            rid,
            i,
            value,
            m.unit,
            m.qualifier,
            m.label,
            m.key,
            m.section,
            m.quote,
            m.span.start,
            m.span.end,
            m.source,
            exact,
        )
        for i, m in enumerate(report.metrics)
        for value, exact in (_sql_number(m.value),)
    ]
    findings = [
        (rid, i, f.check, f.severity, f.kind, f.where, *_finding_text(f)) for i, f in enumerate(report.findings)
    ]
    chunks = [(c.id, c.report_id, c.section, c.kind, c.start, c.end, None, _stored_cells(c)) for c in d.chunks]
    text = report.text
    parts = [text[s.span.start : s.span.end] for s in report.sections if s.number in NARRATIVE_SECTIONS]
    return Rows(
        rid,
        report.source,
        report.format,
        report.encoding,
        row,
        key,
        akey,
        report.year,
        " ".join(parts) if parts else text,
        sorted(names),
        cells,
        metrics,
        findings,
        chunks,
        d.tokens,
        d.vectors,
    )


def _stored_cells(c: Chunk) -> str | None:
    """What the store keeps of a chunk besides its position (its text is never stored, it is read
    back by `_read_chunk`): nothing for a narrative chunk — it is the report's own text at
    [start, end) — and for a table row its reference (「t3.r4_1」), from which the row's sentence
    and cell keys are rendered again from the report's cells. Stores of earlier layouts kept each
    table row's sentence and its keys as a JSON list: those rows read as they are."""
    return c.cells[0].rsplit(".", 1)[0] if c.kind == "table" and c.cells else None


@dataclass
class _Source:
    """What a report's chunks are read back from: its text, cell values and template."""

    text: str
    values: dict
    template: str

    @classmethod
    def of(cls, body: bytes | str | None) -> _Source:
        if body is None:
            return cls("", {}, "")
        data = json.loads(body_text(body))
        return cls(data["text"], {c["key"]: c["value"] for c in data.get("cells") or ()}, data.get("template") or "")


def _read_chunk(src: _Source, text: str | None, start: int, end: int, cells: str | None) -> tuple[str, str]:
    """A chunk row's (text, cell keys as JSON) as `build_chunks` made them: stored (an older
    layout), re-rendered from the report's cells (a table row's reference), or the report's text
    at [start, end) (a narrative chunk)."""
    if cells and not cells.startswith("["):
        sentence, keys = render_row(cells, src.values, src.template)
        return (sentence if text is None else text), json.dumps(keys)
    if text is None:
        text = chunk_text(src.text, start, end)
    return text, cells or "[]"


def chunk_text(text: str, start: int, end: int) -> str:
    """A narrative chunk's text from its report's text (what `build_chunks` gave it)."""
    return text[start:end].strip()


class ExactRow(sqlite3.Row):
    """A row whose `value` is the exact number when the store kept one beyond SQLite's range."""

    def __getitem__(self, key):
        if key == "value":
            try:
                exact = super().__getitem__("exact")
            except IndexError:
                exact = None
            if exact is not None:
                return int(exact)
        return super().__getitem__(key)


@dataclass
class Added:
    """What `Store.add` did with a report: `created` (stored now, by this call), `exists` (these
    bytes, or a variant of them, were already stored) or `variant` (the same content as stored
    report `report_id`, recorded as a variant of it). `supersedes`: earlier versions this one
    replaced as the current report of its agency and year."""

    status: Literal["created", "exists", "variant"]
    report_id: str
    supersedes: list[str] = field(default_factory=list)

    @property
    def created(self) -> bool:
        return self.status == "created"


@dataclass
class Removed:
    """What `Store.delete` removed: the report and the ids of its variants; `restored`: the earlier
    version that became current again."""

    report_id: str
    variants: list[str]
    restored: str | None


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    return Path(explicit or os.environ.get("XXGK_DATA_DIR") or ".xxgk")


class Store:
    def __init__(self, directory: str | os.PathLike | None = None):
        self.dir = data_dir(directory)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            self.path = self.dir / "xxgk.sqlite"
            self._local = threading.local()
            with self.opening():
                with self.db:
                    self.db.executescript(SCHEMA)
                self._migrate()
        except (OSError, sqlite3.Error) as exc:
            # SQLite says 「unable to open database file」 of a directory it cannot write its journal in
            why = "目录只读" if self.dir.is_dir() and not os.access(self.dir, os.W_OK) else _reason(exc)
            raise ExtractError(f"数据目录不可用：{self.dir}（{why}）", "bad_data_dir") from None

    @contextlib.contextmanager
    def opening(self) -> Iterator[None]:
        """`DATA/store-open.lock`, held while this process makes or migrates what a data directory holds (the
        store's schema here, chroma's tables in `rag.index`): two processes opening a new directory at once raced
        (「database is locked」 on the WAL switch, 「duplicate column name」, 「table collections already
        exists」). Held only while opening: readers and writers afterwards never wait for it."""
        with open(self.dir / "store-open.lock", "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            yield

    def _migrate(self) -> None:
        """Under `opening()`: no other process migrates beside it."""
        with self.db as db:
            for table, columns in ADDED_COLUMNS.items():
                if not db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone():
                    continue  # `cells` is a view in this layout
                have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
                for name, decl in columns:
                    if name not in have:
                        db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
            db.execute("CREATE INDEX IF NOT EXISTS reports_content ON reports(content_key)")
            db.execute("CREATE INDEX IF NOT EXISTS reports_superseded ON reports(superseded_by)")
            # reports waiting for the vector index, in order, without a scan of every report
            db.execute(
                "CREATE INDEX IF NOT EXISTS reports_unindexed ON reports(indexed, superseded_by) WHERE indexed=0"
            )
            for rid, body in db.execute("SELECT id, body FROM reports WHERE content_key IS NULL").fetchall():
                db.execute(
                    "UPDATE reports SET content_key=? WHERE id=?",
                    (content_key(json.loads(body_text(body))["text"]), rid),
                )
        self._cells_layout()
        self._fts_layout()
        self._rekey()

    def _rekey(self) -> None:
        """Agency keys made by an older `agency_key` (before two 鼓楼区 were two bodies) are made again,
        once per key format: each distinct agency name is identified once."""
        from extractor.agency import KEY_FORMAT

        with self.db as db:
            row = db.execute("SELECT value FROM store_meta WHERE key='agency_keys'").fetchone()
            if row is not None and row[0] == str(KEY_FORMAT):
                return
            changed = False
            for agency, key in db.execute("SELECT DISTINCT agency, agency_key FROM reports").fetchall():
                new = agency_key(agency)
                if agency and new != key:
                    db.execute("UPDATE reports SET agency_key=? WHERE agency=? AND agency_key=?", (new, agency, key))
                    changed = True
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            for table in ("agency_forms", "agency_names"):  # the catalogue's forms, made again on first use
                if changed and table in tables:
                    db.execute(f"DELETE FROM {table}")
            db.execute("INSERT OR REPLACE INTO store_meta VALUES ('agency_keys', ?)", (str(KEY_FORMAT),))

    def _cells_layout(self) -> None:
        """Cells keyed by integers and findings without their repeated fields (`CELLS_SCHEMA`). A
        store of the earlier layout — `cells` a table with the report id and key spelled out in every
        row, `findings` a table with each finding's whole JSON — is moved over in one transaction:
        reports numbered in their insertion order, the keys numbered, the rows copied, the old tables
        dropped. Interrupted, it is all still the old layout, moved again at the next open."""
        db = self.db

        def old() -> list[str]:
            return [
                r[0]
                for r in db.execute(
                    "SELECT name FROM sqlite_master WHERE type='table' AND name IN ('cells', 'findings') ORDER BY name"
                )
            ]

        if not old():
            with db:
                for stmt in _statements(CELLS_SCHEMA):
                    db.execute(stmt)
            self._findings_view()
            self._cells_key_index()
            return
        with db:
            db.execute("BEGIN IMMEDIATE")
            tables = old()  # another process may have moved them while we waited for the lock
            for t in tables:
                db.execute(f"ALTER TABLE {t} RENAME TO {t}_v1")
            for stmt in _statements(CELLS_SCHEMA):
                db.execute(stmt)
            if "cells" in tables:
                db.execute("UPDATE reports SET rn = rowid WHERE rn IS NULL")
                db.execute(
                    "INSERT INTO cell_keys(key, tbl, row, col) SELECT key, tbl, row, col FROM cells_v1 GROUP BY key"
                    " ORDER BY key"
                )
                db.execute(
                    f"INSERT INTO cell_rows ({CELL_COLUMNS}) SELECT r.rn, k.kid, c.value, c.raw, c.placeholder, c.source,"
                    " c.start, c.end, c.page, c.exact FROM cells_v1 c JOIN reports r ON r.id = c.report_id"
                    " JOIN cell_keys k ON k.key = c.key"
                )
            if "findings" in tables:
                db.executemany(
                    "INSERT INTO finding_rows VALUES (?,?,?,?,?,?,?,?)",
                    (
                        (*r[:7], None if tail == FINDING_TAIL else tail)
                        for r in db.execute("SELECT * FROM findings_v1")
                        for tail in (_finding_tail(r[7]),)
                    ),
                )
            for t in tables:
                db.execute(f"DROP TABLE {t}_v1")
            db.execute(CELLS_KEY_INDEX)

    def _findings_view(self) -> None:
        """The findings' views of this version (`CELLS_SCHEMA`): a store made before replaces its views
        (the rows stay as they are and read the same), and the rows of store16's layout gain the message
        of their report defects from the record, so a reader outside the store sees it."""
        db = self.db
        want = {
            name: st.replace("IF NOT EXISTS ", "", 1)  # (as sqlite_master keeps the statement)
            for st in _statements(CELLS_SCHEMA)
            if st.startswith("CREATE VIEW")
            for name in (st.split()[5].split("(")[0],)
            if name in _FINDING_VIEWS
        }

        def stale() -> list[str]:
            have = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type='view'").fetchall())
            return [name for name, sql in want.items() if have.get(name) != sql]

        if not stale():
            return
        with db:
            db.execute("BEGIN IMMEDIATE")
            for name in stale():  # (another process may have replaced them while we waited for the lock)
                db.execute(f"DROP VIEW IF EXISTS {name}")
                db.execute(want[name])
            db.execute(
                "UPDATE finding_rows SET message = json_extract(record_finding("
                "(SELECT body FROM reports r WHERE r.id = finding_rows.report_id), idx), '$.message'), extra = ''"
                " WHERE message IS NULL AND kind = 'report_defect'"
            )

    def _key_index_owner(self) -> int | None:
        """The pid of the writer that deferred `cell_rows_key`, when it is alive."""
        row = self.db.execute("SELECT value FROM store_meta WHERE key='cells_key_deferred'").fetchone()
        if row is None or not str(row[0]).isdigit():
            return None
        return int(row[0]) if _alive(int(row[0])) else None

    def _cells_key_index(self) -> None:
        """`cell_rows_key` there, unless a living writer deferred it (it builds it when it is done)."""
        db = self.db
        if db.execute("SELECT 1 FROM sqlite_master WHERE name='cell_rows_key'").fetchone():
            return
        if self._key_index_owner() is not None:
            return
        with db:
            db.execute("BEGIN IMMEDIATE")
            if self._key_index_owner() is None:  # (it may have been built while we waited for the lock)
                db.execute(CELLS_KEY_INDEX)
                db.execute("DELETE FROM store_meta WHERE key='cells_key_deferred'")

    @contextlib.contextmanager
    def key_index_deferred(self, defer: bool = True) -> Iterator[bool]:
        """A bulk load: `cell_rows_key` dropped for its writes and built once at the end (also when the
        load fails; a writer killed -9 leaves it to the next process that opens the store). Yields
        whether it was deferred — not when another writer deferred it already (that one builds it)."""
        done = False
        if defer:
            with self.db as db:
                db.execute("BEGIN IMMEDIATE")
                if db.execute("SELECT 1 FROM sqlite_master WHERE name='cell_rows_key'").fetchone():
                    db.execute("DROP INDEX cell_rows_key")
                    db.execute(
                        "INSERT OR REPLACE INTO store_meta VALUES ('cells_key_deferred', ?)", (str(os.getpid()),)
                    )
                    done = True
        try:
            yield done
        finally:
            if done:
                with self.db as db:
                    db.execute("BEGIN IMMEDIATE")
                    db.execute(CELLS_KEY_INDEX)
                    db.execute("DELETE FROM store_meta WHERE key='cells_key_deferred'")

    def _fts_layout(self) -> None:
        """The contentless BM25 index of this version, built from the chunks of the current reports
        when the store has none, the older layout (tokens stored, ids as columns), or tokens made by
        a tokenizer that has changed since — or from table-row texts rendered otherwise than the
        renderer renders them now (`store_meta.renderer`: a table row's sentence is not stored but
        rendered again at read time, so the tokens it was indexed with are the old renderer's). A
        store without that key is of a version that stored every sentence: the key is written."""
        db = self.db
        want = _fts_version()
        renderer = renderer_fingerprint()

        def rendered() -> str | None:
            row = db.execute("SELECT value FROM store_meta WHERE key='renderer'").fetchone()
            return None if row is None else row[0]

        def current() -> bool:
            row = db.execute("SELECT sql FROM sqlite_master WHERE name='chunks_fts'").fetchone()
            have = db.execute("SELECT value FROM store_meta WHERE key='fts'").fetchone()
            layout = row is not None and "content=''" in row[0] and have is not None and have[0] == want
            return layout and rendered() in (None, renderer)

        if current():
            if rendered() is None:
                with db:
                    db.execute("INSERT OR IGNORE INTO store_meta VALUES ('renderer', ?)", (renderer,))
            return
        with db:
            db.execute("BEGIN IMMEDIATE")
            if current():  # another process rebuilt it while we waited for the lock
                return
            db.execute("DROP TABLE IF EXISTS chunks_fts")
            db.execute(FTS_SCHEMA)
            cur = db.execute(
                "SELECT c.rowid, c.report_id, c.text, c.start, c.end, c.cells FROM chunks c JOIN reports r ON r.id = c.report_id"
                " WHERE r.superseded_by IS NULL ORDER BY c.rowid"
            )
            rows = _chunk_texts(db, cur)
            while part := list(itertools.islice(rows, 5000)):
                db.executemany(
                    "INSERT INTO chunks_fts(rowid, tokens) VALUES (?,?)",
                    [(rowid, _fts_tokens(rid, text)) for rowid, rid, text in part],
                )
            db.execute("INSERT OR REPLACE INTO store_meta VALUES ('fts', ?)", (want,))
            db.execute("INSERT OR REPLACE INTO store_meta VALUES ('renderer', ?)", (renderer,))

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.create_function("report_json", 1, _report_json, deterministic=True)
            conn.create_function("record_finding", 2, _record_finding, deterministic=True)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    # ------------------------------------------------------------------ writing
    def has(self, report_id: str) -> bool:
        """A stored report with this id (a variant's id is not one: see `resolve`)."""
        return self.db.execute("SELECT 1 FROM reports WHERE id=?", (report_id,)).fetchone() is not None

    def resolve(self, report_id: str) -> str | None:
        """The stored report an id stands for: itself, or the report a variant's bytes were found
        to be; None if unknown."""
        if self.has(report_id):
            return report_id
        row = self.db.execute("SELECT report_id FROM variants WHERE id=?", (report_id,)).fetchone()
        return row[0] if row else None

    def add(self, report: Report, body: str | None = None) -> Added:
        """Store a report with everything derived from it, once (see the module's docstring).
        `body`: the report's `model_dump_json()` when the caller has it already (a worker sent it)."""
        return self.add_many([(report, body)])[0]

    def add_many(self, items: list) -> list[Added]:
        """Several reports in one transaction, each decided as `add` decides it, in order (a later
        one sees the earlier ones). A bulk ingest pays SQLite's commit and the BM25 index's new
        segment once a batch instead of once a report. All or none: a failure rolls the batch back.
        An item is (report, body), (report, body, derived) — `derived` made by a worker (`derive`)
        — or the report's `Rows`, made by an `ingest --from-bulk` pool worker; this process only writes."""
        prepared = [it if isinstance(it, Rows) else self._prepare(*it) for it in items]  # outside the write lock
        now = datetime.now(UTC).isoformat(timespec="seconds")
        # the workers' vectors are kept before the reports are committed: an indexer following this
        # writer (rag/indexer.py) finds them when it sees the reports; one of a report not stored
        # (a duplicate, a rolled-back batch) is a cache entry dropped with the file
        made = [(p.id, p.vectors) for p in prepared if p.vectors is not None]
        try:
            if made:
                self._keep_vectors(made)
            with self.db as db:
                db.execute("BEGIN IMMEDIATE")  # decide and write as one: concurrent adds serialise here
                done = [self._write(db, p, now) for p in prepared]
        except BaseException as exc:
            self._local.kids = None  # cell keys numbered in the rolled-back transaction are gone
            if (why := unwritable(exc)) is not None:  # the store's problem, not the report's: said as such
                raise ExtractError(f"数据目录无法写入：{self.dir}（{why}）", "store_unwritable") from None
            raise
        return done

    # ------------------------------------------------------------------ vectors made by workers
    # A worker's vectors wait in a scratch SQLite file beside the store until `Index.sync` hands them
    # to chroma (in the indexer's own process, rag/indexer.py: the writer never imports it); the file is
    # removed when the index has caught up. It is a cache: a vector missing or of another embedding
    # is made again by the index, so a crash between the two commits costs time, never a wrong vector.
    @property
    def _pending_path(self) -> Path:
        return self.dir / "vectors-pending.sqlite"

    def _keep_vectors(self, made: list[tuple[str, tuple[str, bytes]]]) -> None:
        with contextlib.closing(sqlite3.connect(self._pending_path, timeout=30)) as db, db:
            db.execute("CREATE TABLE IF NOT EXISTS pending(report_id TEXT PRIMARY KEY, version TEXT, vectors BLOB)")
            db.executemany("INSERT OR REPLACE INTO pending VALUES (?,?,?)", [(r, v, m) for r, (v, m) in made])

    def pending_vectors(self, report_ids: list[str], version: str) -> dict[str, bytes]:
        """The kept vectors (float32 rows, one a narrative chunk in order) of these reports, made by
        the given embedding."""
        if not report_ids or not self._pending_path.exists():
            return {}
        try:
            with contextlib.closing(sqlite3.connect(self._pending_path, timeout=30)) as db:
                rows = db.execute(
                    "SELECT report_id, vectors FROM pending WHERE version=? AND report_id IN"
                    " (SELECT value FROM json_each(?))",
                    (version, json.dumps(report_ids)),
                ).fetchall()
        except sqlite3.Error:  # damaged or of another layout: the index makes the vectors itself
            return {}
        return dict(rows)

    def drop_pending_vectors(self) -> None:
        """The index has caught up: the scratch file goes."""
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(str(self._pending_path) + suffix)

    def _prepare(self, report: Report, body: str | None, derived: Derived | None = None) -> Rows:
        d = derive(report, body) if derived is None else derived.of(report, body)
        return rows_of(report, d)  # the identity keys always made here, from the validated report

    def _write(self, db: sqlite3.Connection, rows: Rows, now: str) -> Added:
        known = self.resolve(rows.id)
        if known:
            return Added("exists", known)
        same = db.execute(
            "SELECT id FROM reports WHERE content_key=? ORDER BY ingested_at LIMIT 1", (rows.content_key,)
        ).fetchone()
        if same:
            db.execute(
                "INSERT INTO variants VALUES (?,?,?,?,?,?)",
                (rows.id, same[0], rows.source, rows.format, rows.encoding, now),
            )
            return Added("variant", same[0])
        older = self._versions_of(rows)
        rn = db.execute("SELECT COALESCE(MAX(rn), 0) + 1 FROM reports").fetchone()[0]
        db.execute(
            f"INSERT INTO reports ({REPORT_COLUMNS}, ingested_at, indexed, rn) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)",
            (*rows.report, now, rn),
        )
        db.executemany("INSERT INTO aliases VALUES (?,?)", [(a, rows.id) for a in rows.aliases])
        kids = self._kids(db, [c[0] for c in rows.cells])
        db.executemany(
            f"INSERT INTO cell_rows ({CELL_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(rn, kids[c[0]], *c[1:]) for c in rows.cells],
        )
        db.executemany(f"INSERT INTO metrics ({METRIC_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows.metrics)
        db.executemany("INSERT INTO finding_rows VALUES (?,?,?,?,?,?,?,?)", rows.findings)
        first = db.execute("SELECT COALESCE(MAX(rowid), 0) + 1 FROM chunks").fetchone()[0]
        db.executemany(
            "INSERT INTO chunks (rowid, id, report_id, section, kind, start, end, text, cells) VALUES (?,?,?,?,?,?,?,?,?)",
            [(first + i, *c) for i, c in enumerate(rows.chunks)],
        )
        db.executemany(
            "INSERT INTO chunks_fts(rowid, tokens) VALUES (?,?)", [(first + i, t) for i, t in enumerate(rows.tokens)]
        )
        for old in older:
            self._retire(old, rows.id)
        return Added("created", rows.id, older)

    def _kids(self, db: sqlite3.Connection, keys: list[str]) -> dict[str, int]:
        """The integer of each cell key (`cell_keys`), new keys numbered in this transaction. Keys
        are never renumbered or removed, so what this connection read once stays true."""
        known: dict[str, int] | None = getattr(self._local, "kids", None)
        if known is None or not all(map(known.__contains__, keys)):
            new = [
                (k, *(k.split(".", 2) + [None, None])[:3])
                for k in dict.fromkeys(keys)
                if known is None or k not in known
            ]
            db.executemany("INSERT OR IGNORE INTO cell_keys(key, tbl, row, col) VALUES (?,?,?,?)", new)
            known = self._local.kids = dict(db.execute("SELECT key, kid FROM cell_keys").fetchall())
        return known

    def _versions_of(self, rows: Rows) -> list[str]:
        """Current reports this one is a new version of: same agency key and year, same narrative."""
        if not rows.agency_key or rows.year is None:
            return []
        found = self.db.execute(
            "SELECT id, body FROM reports WHERE agency_key=? AND year=? AND superseded_by IS NULL",
            (rows.agency_key, rows.year),
        ).fetchall()
        if not found:
            return []
        mine = _clause_hashes(rows.narrative)
        out = []
        for rid, body in found:
            theirs = _clause_hashes(_narrative(json.loads(body_text(body))))
            if mine and theirs and clause_similarity(mine, theirs) >= VERSION_SIMILARITY:
                out.append(rid)
        return out

    def _retire(self, old: str, new: str) -> None:
        """`old` is no longer current: out of BM25 now, out of the vector index at the next sync."""
        self.db.execute("UPDATE reports SET superseded_by=? WHERE id=?", (new, old))
        _fts_drop(self.db, old)
        self.db.execute("INSERT OR IGNORE INTO unindex VALUES (?)", (old,))

    def delete(self, report_id: str) -> Removed | None:
        """Remove a report (given by its id or a variant's) with everything derived from it and its
        variants; the version it had replaced becomes current again. The vector index drops its
        chunks at the next `Index.sync` (the instruction is stored in the same transaction)."""
        with self.db as db:
            db.execute("BEGIN IMMEDIATE")
            rid = self.resolve(report_id)
            if rid is None:
                return None
            successor = db.execute("SELECT superseded_by FROM reports WHERE id=?", (rid,)).fetchone()[0]
            older = [r[0] for r in db.execute("SELECT id FROM reports WHERE superseded_by=?", (rid,))]
            variants = [r[0] for r in db.execute("SELECT id FROM variants WHERE report_id=?", (rid,))]
            if successor is None:  # a current report: its chunks are in BM25
                _fts_drop(db, rid)
            db.execute("DELETE FROM cell_rows WHERE rn=(SELECT rn FROM reports WHERE id=?)", (rid,))
            db.execute("DELETE FROM chunks WHERE id >= ? AND id < ?", (rid + ":", rid + ";"))
            for table, col in (
                ("reports", "id"),
                ("aliases", "report_id"),
                ("metrics", "report_id"),
                ("finding_rows", "report_id"),
                ("variants", "report_id"),
            ):
                db.execute(f"DELETE FROM {table} WHERE {col}=?", (rid,))
            db.execute("INSERT OR IGNORE INTO unindex VALUES (?)", (rid,))
            restored = None
            for old in older:
                db.execute("UPDATE reports SET superseded_by=? WHERE id=?", (successor, old))
                if successor is None:  # current again: back into BM25, and into the vectors at the next sync
                    restored = old
                    db.execute("UPDATE reports SET indexed=0 WHERE id=?", (old,))
                    db.execute("DELETE FROM unindex WHERE report_id=?", (old,))
                    db.executemany(
                        "INSERT INTO chunks_fts(rowid, tokens) VALUES (?,?)",
                        [(rowid, _fts_tokens(rid, text)) for rowid, rid, text in _chunks_of_report(db, old)],
                    )
        return Removed(rid, variants, restored)

    def mark_indexed(self, report_ids: list[str]) -> None:
        with self.db as db:
            db.executemany("UPDATE reports SET indexed=1 WHERE id=?", [(r,) for r in report_ids])

    def unindexed_count(self, report_ids: list[str] | None = None) -> int:
        """Current reports (of these, or of the store) the vector index does not hold yet: found by
        BM25 only until it does. The few waiting are read (partial index), not the scope looked up:
        a year's scope is ~100,000 ids and this runs at every passage search."""
        sql = "FROM reports WHERE indexed=0 AND superseded_by IS NULL"
        if report_ids is None:
            return self.db.execute(f"SELECT COUNT(*) {sql}").fetchone()[0]
        waiting = {r[0] for r in self.db.execute(f"SELECT id {sql}")}
        return len(waiting.intersection(report_ids)) if waiting else 0

    def mark_all_unindexed(self) -> None:
        """The vector index was emptied (rebuilt for another embedding): every report is pending."""
        with self.db as db:
            db.execute("UPDATE reports SET indexed=0 WHERE indexed<>0")
            db.execute("DELETE FROM unindex")

    def mark_unindexed(self, report_ids: list[str]) -> None:
        with self.db as db:
            db.executemany("UPDATE reports SET indexed=0 WHERE id=?", [(r,) for r in report_ids])

    def unindexed(self, limit: int = -1) -> list[str]:
        """Current reports whose chunks the vector index does not hold yet (the first `limit`)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM reports WHERE indexed=0 AND superseded_by IS NULL ORDER BY rowid LIMIT ?", (limit,)
            )
        ]

    def to_unindex(self) -> list[str]:
        """Reports (deleted or superseded) whose chunks the vector index must drop."""
        return [r[0] for r in self.db.execute("SELECT report_id FROM unindex")]

    def unindexed_done(self, report_ids: list[str]) -> None:
        with self.db as db:
            db.executemany("DELETE FROM unindex WHERE report_id=?", [(r,) for r in report_ids])

    def indexed_chunk_ids(self) -> tuple[int, sqlite3.Cursor]:
        """(count, ids) of the vectors the vector index should hold: one a passage of narrative
        chunks, under its head chunk's id (rag.chunks.PASSAGE)."""
        where = (
            "FROM chunks c JOIN reports r ON r.id=c.report_id"
            f" WHERE c.kind='narrative' AND r.indexed=1 AND r.superseded_by IS NULL AND {_HEAD}"
        )
        n = self.db.execute(f"SELECT COUNT(*) {where}").fetchone()[0]
        return n, self.db.execute(f"SELECT c.id {where}")

    def wanted_chunks(self, chunk_ids: list[str]) -> set[str]:
        """Of these vector ids, the ones the vector index should hold."""
        return {
            r[0]
            for r in self.db.execute(
                "SELECT c.id FROM chunks c JOIN reports r ON r.id=c.report_id WHERE c.id IN (SELECT value FROM json_each(?))"
                f" AND c.kind='narrative' AND r.indexed=1 AND r.superseded_by IS NULL AND {_HEAD}",
                (json.dumps(chunk_ids),),
            )
        }

    def vector_ids_of(self, report_ids: list[str]) -> list[str]:
        """The ids of these reports' passage vectors (their head chunks' ids)."""
        return [
            r[0]
            for r in self.db.execute(
                f"SELECT c.id FROM {CHUNKS_OF} WHERE c.kind='narrative' AND {_HEAD} ORDER BY c.report_id, c.rowid",
                (json.dumps(report_ids),),
            )
        ]

    def indexed_of(self, report_ids: list[str]) -> list[str]:
        """Those of these reports the vector index holds (in the given order)."""
        done = {
            r[0]
            for r in self.db.execute(
                "SELECT id FROM reports WHERE id IN (SELECT value FROM json_each(?)) AND indexed=1",
                (json.dumps(report_ids),),
            )
        }
        return [r for r in report_ids if r in done]

    # ------------------------------------------------------------------ reading
    def report(self, report_id: str) -> Report | None:
        row = self.db.execute("SELECT body FROM reports WHERE id=?", (report_id,)).fetchone()
        return _report_of(row["body"]) if row else None

    def summaries(
        self,
        agency: str | None = None,
        year: int | tuple[int, int] | None = None,
        template: str | None = None,
        has_findings: bool | None = None,
        limit: int = 1000,
        offset: int = 0,
        versions: bool = False,
        ids: list[str] | None = None,
    ) -> list[dict]:
        """Current reports (with `versions`, the ones replaced by a newer version too); `year` one year or
        an inclusive range. Ordered by agency, year and id, so that pages (limit/offset) never overlap."""
        where, args = self._summary_filter(agency, year, template, has_findings, versions, ids)
        sql = (
            "SELECT id, source, agency, agency_key, year, template, format, title, tables_recoverable,"
            " glued, n_errors, n_warnings, ingested_at, superseded_by FROM reports WHERE "
            + where
            + " ORDER BY agency_key, year, id LIMIT ? OFFSET ?"
        )
        return [dict(r) for r in self.db.execute(sql, [*args, limit, offset])]

    def summaries_count(
        self,
        agency: str | None = None,
        year: int | tuple[int, int] | None = None,
        template: str | None = None,
        has_findings: bool | None = None,
        versions: bool = False,
    ) -> int:
        """How many reports `summaries` pages through with these filters (a client's total)."""
        where, args = self._summary_filter(agency, year, template, has_findings, versions, None)
        return self.db.execute("SELECT COUNT(*) FROM reports WHERE " + where, args).fetchone()[0]

    @staticmethod
    def _summary_filter(agency, year, template, has_findings, versions, ids) -> tuple[str, list]:
        sql, args = "1=1", []
        if not versions:
            sql += " AND superseded_by IS NULL"
        if ids is not None:
            sql += f" AND id IN ({','.join('?' * len(ids))})"
            args += ids
        if agency:
            sql += " AND (agency_key=? OR id IN (SELECT report_id FROM aliases WHERE alias=?))"
            args += [agency_key(agency), agency]
        if isinstance(year, tuple):
            sql += " AND year BETWEEN ? AND ?"
            args += list(year)
        elif year is not None:
            sql += " AND year=?"
            args.append(year)
        if template:
            sql += " AND template=?"
            args.append(template)
        if has_findings is not None:
            sql += " AND n_errors>0" if has_findings else " AND n_errors=0"
        return sql, args

    def count(self) -> int:
        """Current reports."""
        return self.db.execute("SELECT COUNT(*) FROM reports WHERE superseded_by IS NULL").fetchone()[0]

    def variants(self, report_id: str) -> list[dict]:
        return [
            dict(r)
            for r in self.db.execute(
                "SELECT id, source, format, encoding, added_at FROM variants WHERE report_id=? ORDER BY added_at, id",
                (report_id,),
            )
        ]

    def alias_table(self) -> dict[str, set[str]]:
        """Names users write → current reports."""
        out: dict[str, set[str]] = {}
        for alias, rid in self.db.execute(
            "SELECT alias, report_id FROM aliases WHERE report_id IN"
            " (SELECT id FROM reports WHERE superseded_by IS NULL)"
        ):
            out.setdefault(alias, set()).add(rid)
        return out

    def meta(self, report_ids: list[str]) -> dict[str, dict]:
        if not report_ids:
            return {}
        q = ",".join("?" * len(report_ids))
        return {
            r["id"]: dict(r)
            for r in self.db.execute(
                f"SELECT id, source, agency, agency_key, year, template FROM reports WHERE id IN ({q})", report_ids
            )
        }

    def cells(self, report_id: str) -> dict[str, sqlite3.Row]:
        cur = self.db.execute("SELECT * FROM cells WHERE report_id=?", (report_id,))
        cur.row_factory = ExactRow
        return {r["key"]: r for r in cur}

    def metrics(self, report_id: str) -> list[sqlite3.Row]:
        cur = self.db.execute("SELECT * FROM metrics WHERE report_id=? ORDER BY idx", (report_id,))
        cur.row_factory = ExactRow
        return list(cur)

    def findings(self, report_id: str) -> list[sqlite3.Row]:
        return list(self.db.execute("SELECT * FROM finding_records WHERE report_id=? ORDER BY idx", (report_id,)))

    def chunks(self, ids: list[str]) -> dict[str, dict]:
        if not ids:
            return {}
        q = ",".join("?" * len(ids))
        return {r["id"]: r for r in self._with_text(self.db.execute(f"SELECT * FROM chunks WHERE id IN ({q})", ids))}

    def chunks_of(self, report_ids: list[str], kind: str | None = None, text: bool = True) -> list[dict]:
        """The chunks of these reports (of one kind: narrative, table), each with its text (with
        `text=False` a narrative chunk's may be None: `fill_texts` reads them when needed)."""
        sql = f"SELECT c.* FROM {CHUNKS_OF}"
        args: list = [json.dumps(report_ids)]
        if kind is not None:
            sql += " WHERE c.kind=?"
            args.append(kind)
        cur = self.db.execute(sql + " ORDER BY c.report_id, c.rowid", args)
        return self._with_text(cur) if text else [dict(r) for r in cur]

    def chunk_ids_of(self, report_ids: list[str], kind: str) -> list[str]:
        """The ids of these reports' chunks of one kind (no text read)."""
        return [
            r[0]
            for r in self.db.execute(
                f"SELECT c.id, c.kind FROM {CHUNKS_OF} ORDER BY c.report_id, c.rowid", (json.dumps(report_ids),)
            )
            if r[1] == kind
        ]

    def _with_text(self, rows) -> list[dict]:
        """Chunk rows as dicts with their text (a narrative chunk's read from its report's text,
        each report's once)."""
        return self.fill_texts([dict(r) for r in rows])

    def fill_texts(self, out: list[dict]) -> list[dict]:
        """The text and cell keys (JSON) of each chunk row (dicts) that has none stored, from its
        report's stored record (`_read_chunk`), each report's read once."""
        srcs: dict[str, _Source] = {}
        todo = [r for r in out if r["text"] is None or r["cells"] is None or not r["cells"].startswith("[")]
        missing = sorted({r["report_id"] for r in todo})
        if missing:
            for rid, body in self.db.execute(
                "SELECT id, body FROM reports WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(missing),)
            ):
                srcs[rid] = _Source.of(body)
        for r in todo:
            src = srcs.get(r["report_id"]) or _Source.of(None)
            r["text"], r["cells"] = _read_chunk(src, r["text"], r["start"], r["end"], r["cells"])
        return out

    def bm25(self, query: str, report_ids: list[str] | None = None, k: int = 20) -> list[tuple[str, float]]:
        """Chunk ids by BM25 over character bigrams, within the given reports (all of them: a small
        scope is a posting-list intersection with the reports' id tokens, a large one a filter)."""
        toks = sorted(set(bigrams(query)))
        if not toks:
            return []
        match = "(" + " OR ".join('"' + t.replace('"', "") + '"' for t in toks) + ")"
        # the index is contentless: a hit is a rowid, the chunk's own (its id comes from `chunks`)
        sql = "SELECT rowid, bm25(chunks_fts) AS s FROM chunks_fts WHERE chunks_fts MATCH ?"
        args: list = []
        if report_ids is not None:
            if not report_ids:
                return []
            if len(report_ids) <= SMALL_SCOPE:
                # every chunk carries its report id as a token: the scope is a posting-list intersection
                match = "(" + " OR ".join(f"rid{r}" for r in report_ids) + ") AND " + match
            else:
                sql += f" AND rowid IN (SELECT c.rowid FROM {CHUNKS_OF})"
                args.append(json.dumps(report_ids))
        sql = (
            f"SELECT c.id, h.s FROM ({sql} ORDER BY s, rowid LIMIT ?) h"
            " JOIN chunks c ON c.rowid = h.rowid ORDER BY h.s, h.rowid"
        )
        return [(r[0], -r[1]) for r in self.db.execute(sql, [match, *args, k])]

    # ------------------------------------------------------------------ set-based reads (questions)
    def catalogue_rows(self) -> list[dict]:
        """One row per stored report: what the question router resolves scopes against."""
        return [
            dict(r)
            for r in self.db.execute(
                "SELECT id, source, agency, agency_key, year, template, n_errors, ingested_at FROM reports"
                " WHERE superseded_by IS NULL"
            )
        ]

    def version(self) -> tuple[int, int, int]:
        """Changes when reports are added or removed, by this connection or another (the catalogue
        cache key): the last report row, SQLite's data_version, this connection's own changes —
        O(log n), where COUNT(*) would read every report."""
        top = self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM reports").fetchone()[0]
        return top, self.db.execute("PRAGMA data_version").fetchone()[0], self.db.total_changes

    def sums(
        self, keys: list[str], report_ids: list[str] | None = None, years: list[int] | None = None, table: str = "cells"
    ) -> dict[str, tuple[float | None, int, int]]:
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
        sql, args = _cells_scoped("SUM(c.value), COUNT(c.value), COUNT(*)", f"IN ({kq})", list(keys), report_ids, years)
        return {r[0]: (r[1], r[2], r[3]) for r in self.db.execute(sql + " GROUP BY 1", args)}

    def values_of(
        self,
        key: str,
        report_ids: list[str] | None = None,
        years: list[int] | None = None,
        table: str = "cells",
        test: tuple[str, float] | None = None,
    ) -> dict[str, float | None]:
        """One cell (or kept derived total) in every report of the scope that has it: {report: value};
        with `test` (「>」, 50) only the reports whose value passes it."""
        if table == "cells":
            sql, args = _cells_scoped("c.value", "= ?", [key], report_ids, years)
        else:
            hint = f" INDEXED BY {table}_key" if report_ids is None and not years else ""
            sql, args = _scoped(f"SELECT report_id, value FROM {table}{hint} WHERE key = ?", [key], report_ids, years)
        if test is not None:
            assert test[0] in ("<", ">", ">=", "=", "<=", "<>")
            sql += f" AND {'c.' if table == 'cells' else ''}value {test[0]} ?"
            args.append(test[1])
        return dict(self.db.execute(sql, args).fetchall())

    def without_table(
        self, table: str, report_ids: list[str] | None = None, years: list[int] | None = None
    ) -> list[str]:
        """The reports of the scope with no cell of `table` read with a value (the table a picture or a
        sentence): one query, each report's cells looked up by its primary key (rn, kid)."""
        kids = [r[0] for r in self.db.execute("SELECT kid FROM cell_keys WHERE tbl = ?", (table,))]
        sql = (
            "SELECT r.id FROM reports r WHERE r.superseded_by IS NULL AND NOT EXISTS (SELECT 1 FROM cell_rows c"
            " WHERE c.rn = r.rn AND c.kid IN (SELECT value FROM json_each(?)) AND c.value IS NOT NULL)"
        )
        args: list = [json.dumps(kids)]
        if report_ids is not None:
            sql += " AND r.id IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(report_ids))
        elif years:
            sql += f" AND r.year IN ({','.join('?' * len(years))})"
            args += years
        return [r[0] for r in self.db.execute(sql, args)]

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
        cur = self.db.execute(sql, args)
        cur.row_factory = ExactRow  # counts beyond SQLite's integers read back exact
        for r in cur:
            out[r["report_id"]][r["key"]] = r
        return out

    def all_zero(self, table: str, report_ids: list[str]) -> list[str]:
        """The reports among `report_ids` whose every cell of `table` is read as 0 — none blank or glued
        (a blank is not a 0), at least one cell read. One query."""
        if not report_ids:
            return []
        rows = self.db.execute(
            "SELECT report_id FROM cells WHERE tbl = ? AND report_id IN (SELECT value FROM json_each(?))"
            " GROUP BY report_id HAVING COUNT(*) > 0 AND SUM(value IS NULL) = 0 AND MAX(ABS(value)) = 0",
            (table, json.dumps(report_ids)),
        )
        found = {r[0] for r in rows}
        return [r for r in report_ids if r in found]

    def finding_counts(
        self,
        kinds: list[str],
        table: str | None = None,
        checks: list[str] | None = None,
        report_ids: list[str] | None = None,
        years: list[int] | None = None,
        wheres: list[str] | None = None,
    ) -> dict[str, list[str]]:
        """Reports with findings of the given kinds (identities H… unless checks are named), at the
        rows/columns/groups `wheres` names when given: their check ids, one entry per finding — one
        query over the scope."""
        sql = f"SELECT report_id, group_concat(check_id) FROM findings WHERE kind IN ({','.join('?' * len(kinds))})"
        args: list = list(kinds)
        if checks:
            sql += f" AND check_id IN ({','.join('?' * len(checks))})"
            args += checks
        else:
            sql += " AND check_id >= 'H' AND check_id < 'I'"  # the identities (a range: the index serves it)
        if table:
            sql += ' AND "where" LIKE ?'
            args.append(table + "%")
        if wheres:
            sql += ' AND "where" IN (SELECT value FROM json_each(?))'
            args.append(json.dumps(wheres))
        sql, args = _scoped(sql, args, report_ids, years)
        return {rid: checks.split(",") for rid, checks in self.db.execute(sql + " GROUP BY report_id", args)}

    def findings_of(self, report_ids: list[str], kinds: list[str]) -> dict[str, list[sqlite3.Row]]:
        out: dict[str, list[sqlite3.Row]] = {r: [] for r in report_ids}
        sql = (
            f"SELECT * FROM finding_records WHERE report_id IN (SELECT value FROM json_each(?)) "
            f"AND kind IN ({','.join('?' * len(kinds))}) ORDER BY report_id, idx"
        )
        for r in self.db.execute(sql, [json.dumps(report_ids), *kinds]):
            out[r["report_id"]].append(r)
        return out

    def listing(self) -> list[dict]:
        """Every report with its findings counted by kind (for `xxgk list`)."""
        counts: dict[str, dict[str, int]] = {}
        for rid, kind, n in self.db.execute("SELECT report_id, kind, COUNT(*) FROM findings GROUP BY report_id, kind"):
            counts.setdefault(rid, {})[kind] = n
        rows = [
            dict(r)
            for r in self.db.execute(
                "SELECT id, source, agency, agency_key, year, template, format, n_errors, n_warnings, ingested_at "
                "FROM reports WHERE superseded_by IS NULL ORDER BY agency_key, year, id"
            )
        ]
        for r in rows:
            r["findings"] = counts.get(r["id"], {})
        return rows

    def set_agency(self, report_id: str, agency: str) -> bool:
        """Name the agency of a stored report (one whose title did not say it, or said it wrong): the
        listing columns, the name lookup and the stored report change in one transaction."""
        with self.db as db:
            row = db.execute("SELECT body FROM reports WHERE id=?", (report_id,)).fetchone()
            if row is None:
                return False
            body = json.loads(body_text(row["body"]))
            ident = identify(agency)
            body.update(
                agency=agency,
                agency_full=ident.full if ident else None,
                agency_short=ident.short if ident else None,
                agency_level=ident.level if ident else None,
                region=ident.region if ident else None,
                region_code=ident.region_code if ident else None,
                agency_doubts=[*(ident.doubts if ident else ()), "机关名称由用户填写"],
            )
            db.execute(
                "UPDATE reports SET agency=?, agency_key=?, body=? WHERE id=?",
                (agency, agency_key(agency), pack_body(json.dumps(body, ensure_ascii=False)), report_id),
            )
            db.execute("DELETE FROM aliases WHERE report_id=?", (report_id,))
            db.executemany("INSERT INTO aliases VALUES (?,?)", [(a, report_id) for a in aliases(agency)])
        return True


SMALL_SCOPE = 500
# The chunks of the reports a JSON array parameter lists: a chunk's id is its report's id, 「:」 and
# its number, so a report's chunks are one range of the primary key (store16: no index by report id,
# 1.4 kB a report and an index insert a chunk saved; a store made before keeps its index, unused).
CHUNKS_OF = "json_each(?) j CROSS JOIN chunks c ON c.id >= j.value || ':' AND c.id < j.value || ';'"
# a chunk heading its passage of narrative chunks (rag.chunks.passage_id), on a `chunks c` row
_HEAD = f"CAST(substr(c.id, instr(c.id, ':') + 1) AS INTEGER) % {PASSAGE} = 0"


def _scoped(sql: str, args: list, report_ids: list[str] | None, years: list[int] | None) -> tuple[str, list]:
    """Restrict a query over a per-report table to a scope: explicit ids, else years, else all."""
    if report_ids is not None:
        sql += " AND report_id IN (SELECT value FROM json_each(?))"
        args = [*args, json.dumps(report_ids)]
    elif years:
        sql += f" AND report_id IN (SELECT id FROM reports WHERE year IN ({','.join('?' * len(years))}))"
        args = [*args, *years]
    return sql, args


def _cells_scoped(
    what: str, key_test: str, args: list, report_ids: list[str] | None, years: list[int] | None
) -> tuple[str, list]:
    """`SELECT report_id, <what>` over the cells whose key passes `key_test`, within a scope. A scope
    of ids or years is read report by report (reports first, then each one's cells by primary key:
    CROSS JOIN fixes that order — by key first SQLite would visit that key in every report); the
    whole corpus one key at a time through (kid, rn, value)."""
    if report_ids is None and not years:
        return (
            f"SELECT r.id, {what} FROM cell_keys k CROSS JOIN cell_rows c ON c.kid = k.kid"
            f" CROSS JOIN reports r ON r.rn = c.rn WHERE k.key {key_test}",
            args,
        )
    sql = (
        f"SELECT r.id, {what} FROM reports r CROSS JOIN cell_keys k CROSS JOIN cell_rows c"
        f" ON c.rn = r.rn AND c.kid = k.kid WHERE k.key {key_test}"
    )
    if report_ids is not None:
        return sql + " AND r.id IN (SELECT value FROM json_each(?))", [*args, json.dumps(report_ids)]
    return sql + f" AND r.year IN ({','.join('?' * len(years or []))})", [*args, *(years or [])]


def _fts_tokens(report_id: str, text: str) -> str:
    """What a chunk is indexed by: its report's id as a token (a small scope is a posting-list
    intersection) and its bigrams."""
    return f"rid{report_id} " + " ".join(bigrams(text))


def _fts_drop(db: sqlite3.Connection, report_id: str) -> None:
    """Take a report's chunks out of the contentless BM25 index: each row is deleted by giving the
    tokens it was indexed with (the same tokenizer: `_fts_layout` rebuilds when it changes)."""
    db.executemany(
        "INSERT INTO chunks_fts(chunks_fts, rowid, tokens) VALUES ('delete', ?, ?)",
        [(rowid, _fts_tokens(rid, text)) for rowid, rid, text in _chunks_of_report(db, report_id)],
    )


def _chunks_of_report(db: sqlite3.Connection, report_id: str) -> list[tuple[int, str, str]]:
    """(rowid, report id, text) of a report's chunks."""
    cur = db.execute(
        f"SELECT c.rowid, c.report_id, c.text, c.start, c.end, c.cells FROM {CHUNKS_OF} ORDER BY c.rowid",
        (json.dumps([report_id]),),
    )
    return list(_chunk_texts(db, cur.fetchall()))


def _chunk_texts(db: sqlite3.Connection, rows) -> Iterator[tuple[int, str, str]]:
    """(rowid, report id, text) of chunk rows (rowid, report_id, text, start, end, cells): a chunk
    without a stored text is read from its report's stored record (`_read_chunk`), once a report for
    a run of its chunks (a store of an earlier layout kept texts: they are used as they are)."""
    last: tuple[str | None, _Source] = (None, _Source.of(None))
    for rowid, rid, text, start, end, cells in rows:
        if text is None:
            if last[0] != rid:
                row = db.execute("SELECT body FROM reports WHERE id=?", (rid,)).fetchone()
                last = (rid, _Source.of(row[0] if row else None))
            text = _read_chunk(last[1], text, start, end, cells)[0]
        yield rowid, rid, text


def _statements(script: str) -> list[str]:
    """The statements of a schema script, to run inside a transaction (`executescript` commits)."""
    return [st.strip() for st in script.split(";\n") if st.strip()]


def _clause_hashes(text: str):
    return Record("", None, None, "", {}, text).clauses


_FULL = re.compile(r"disk is full|No space left|Disk quota|File too large", re.I)
_READ_ONLY = re.compile(r"readonly database|Read-only file system|attempt to write a readonly", re.I)


def unwritable(exc: BaseException) -> str | None:
    """Why the data directory cannot take a write (disk full, read-only, an I/O error), in words, or None:
    every report of a batch meets it alike, so it is said once and the batch stops, never as each file's
    「内部错误 OperationalError」. Also the words the vector indexer says it in."""
    text = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or _FULL.search(text):
        return "磁盘空间已满，请腾出空间后重试；已入库的报告不受影响"
    if isinstance(exc, OSError) and exc.errno == errno.EROFS or _READ_ONLY.search(text):
        return "目录只读"
    if isinstance(exc, sqlite3.OperationalError) and "disk I/O error" in str(exc):
        return "磁盘读写出错（空间已满或设备故障）"
    return None


def _alive(pid: int) -> bool:
    """A process of this machine with this pid runs (someone else's too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OverflowError:
        return False
    return True


def _reason(exc: BaseException) -> str:
    from extractor.load import os_reason

    if (why := unwritable(exc)) is not None:
        return why
    if isinstance(exc, (NotADirectoryError, FileExistsError)):
        return "路径中有同名文件，不是目录"
    if isinstance(exc, FileNotFoundError):
        return "无法创建（上级目录不存在或不可写）"
    if isinstance(exc, OSError):
        return os_reason(exc)
    return f"数据库无法打开：{exc}"
