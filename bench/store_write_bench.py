"""Benchmark (not a test): the CPU of the store's writer, statement by statement.

    .venv/bin/python bench/store_write_bench.py OUT N DIR [--tree PATH]

The first N records of a bulk run's output (OUT: `xxgk bulk … -o OUT`) are made into the store's rows
as `ingest --from-bulk`'s pool workers make them (`api.ingest._rows_line`), then written into a fresh
store at DIR 256 a transaction, as the writer does (`Store._write`), each statement's process CPU
summed (a tree with `Store.key_index_deferred` defers the cells' key index and builds it at the end,
as `ingest --from-bulk` does for a large load). `--tree PATH`: import the code of another checkout (main's, for an A/B on the same minutes —
process CPU, so a loaded machine's neighbours count less than in wall time). Prints ms a report in
all and by statement."""

from __future__ import annotations

import argparse
import collections
import contextlib
import shutil
import sys
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("out", type=Path)
ap.add_argument("n", type=int)
ap.add_argument("dir", type=Path)
ap.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
args = ap.parse_args()
sys.path.insert(0, str(args.tree))

from api.ingest import _rows_line  # noqa: E402
from api.recfile import lines  # noqa: E402
from rag.store import Store  # noqa: E402

T: dict[str, float] = collections.defaultdict(float)


class Timed:
    """The connection, each statement's CPU counted by its first words."""

    def __init__(self, db):
        self.db = db

    def execute(self, sql, *a):
        t = time.process_time()
        r = self.db.execute(sql, *a)
        T[sql.split("(")[0][:40]] += time.process_time() - t
        return r

    def executemany(self, sql, *a):
        t = time.process_time()
        r = self.db.executemany(sql, *a)
        T["many " + sql.split("(")[0][:40]] += time.process_time() - t
        return r


shutil.rmtree(args.dir, ignore_errors=True)
src = args.out / "reports.jsonl"
rows = []
for i, line in enumerate(lines(src if src.exists() else args.out / "reports.jsonl.gz")):
    if i >= args.n:
        break
    rows.append(_rows_line(line))
store = Store(args.dir)
db = store.db
# as `ingest --from-bulk` writes a load large beside the store since perf17: the cells' key index built
# once at the end (`Store.key_index_deferred`; a tree without it keeps the index)
deferred = getattr(store, "key_index_deferred", None)
load = deferred() if deferred is not None else contextlib.nullcontext()
t0 = time.process_time()
with load:
    for b in range(0, len(rows), 256):
        t = time.process_time()
        with db:
            db.execute("BEGIN IMMEDIATE")
            for r in rows[b : b + 256]:
                store._write(Timed(db), r, "now")  # pyright: ignore[reportArgumentType]
            t = time.process_time()
        T["commit"] += time.process_time() - t
    t = time.process_time()
T["the key index built at the end"] += time.process_time() - t
total = time.process_time() - t0
print(f"{total / len(rows) * 1000:.2f} ms a report in all ({args.tree})")
for k, v in sorted(T.items(), key=lambda kv: -kv[1]):
    print(f"{v / len(rows) * 1000:7.3f} ms  {k}")
