"""Benchmark (not a test): would compact token codes make the writer's FTS5 inserts cheaper?

    .venv/bin/python bench/fts_codes.py OUT [N] [--rounds 3]

The BM25 tokens of the first N records (1000) of a bulk run's output (OUT), made as `ingest
--from-bulk`'s pool makes them (`api.ingest._rows_line`), are inserted 256 reports a transaction into
a fresh contentless FTS5 table of the store's layout (`rag.store.FTS_SCHEMA`) — as they are (CJK
bigrams, 6 UTF-8 bytes each), and as compact codes: every distinct token replaced by a base-36 code
by frequency (the commonest 1–2 bytes; a bijection, so bm25 ranks alike). Process CPU a report, the
least of `--rounds` rounds each, alternated; and the index's bytes."""

from __future__ import annotations

import argparse
import collections
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("out", type=Path)
ap.add_argument("n", type=int, nargs="?", default=1000)
ap.add_argument("--rounds", type=int, default=3)
args = ap.parse_args()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.ingest import _rows_line  # noqa: E402
from api.recfile import lines  # noqa: E402
from rag.store import FTS_SCHEMA  # noqa: E402

src = args.out / "reports.jsonl"
src = src if src.exists() else args.out / "reports.jsonl.gz"
tokens = []
for _, line in zip(range(args.n), lines(src)):
    rows = _rows_line(line)
    if rows is not None:
        tokens.append(rows.tokens)
counts = collections.Counter(t for r in tokens for chunk in r for t in chunk.split())
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"  # the ascii tokenizer folds case: base 36, not 62


def code(i: int) -> str:
    s = ""
    while True:
        s, i = DIGITS[i % 36] + s, i // 36
        if i == 0:
            return s


codes = {t: code(i) for i, (t, _) in enumerate(counts.most_common())}
coded = [[" ".join(codes[t] for t in chunk.split()) for chunk in r] for r in tokens]


def insert(data: list[list[str]]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "f.sqlite")
        db = sqlite3.connect(path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute(FTS_SCHEMA)
        db.commit()
        rowid = 1
        t = time.process_time()
        for b in range(0, len(data), 256):
            with db:
                db.execute("BEGIN IMMEDIATE")
                for r in data[b : b + 256]:
                    db.executemany(
                        "INSERT INTO chunks_fts(rowid, tokens) VALUES (?,?)", [(rowid + i, x) for i, x in enumerate(r)]
                    )
                    rowid += len(r)
        spent = time.process_time() - t
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        return spent / len(data) * 1000, os.path.getsize(path)


best: dict[str, tuple[float, int]] = {}
for _ in range(args.rounds):
    for name, data in (("as they are", tokens), ("compact codes", coded)):
        ms, size = insert(data)
        if name not in best or ms < best[name][0]:
            best[name] = (ms, size)
n_tok = sum(len(chunk.split()) for r in tokens for chunk in r) / len(tokens)
raw = sum(len(chunk.encode()) for r in tokens for chunk in r) / len(tokens)
small = sum(len(chunk.encode()) for r in coded for chunk in r) / len(coded)
print(
    f"{len(tokens)} reports, {n_tok:.0f} tokens a report ({len(counts)} distinct); {raw:.0f} → {small:.0f} bytes a report"
)
for name, (ms, size) in best.items():
    print(f"{name:14s} {ms:.3f} ms a report  index {size / len(tokens) / 1024:.1f} kB a report")
