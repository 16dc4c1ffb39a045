"""Benchmark (not a test): the CPU of an `ingest --from-bulk` pool worker's parts, in one process.

    .venv/bin/python bench/ingest_parts.py OUT [N] [--tree PATH] [--rounds 3]

The first N records (300) of a bulk run's output (OUT: `xxgk bulk … -o OUT`) are made into the store's
rows part by part — validation, the JSON dumped again, the chunks (with their BM25 tokens where the
tree makes them there), the record's zstd frame, `derive` whole, `rows_of`, and `_rows_line` (all of
it, as a pool worker runs it: since perf17 without the dump for a line `xxgk bulk` sealed) — each
part's process CPU summed; the least of `--rounds` rounds is
printed, in ms a report. `--tree PATH`: import another checkout's code (main's, for an A/B on the same
minutes: run the two alternately)."""

from __future__ import annotations

import argparse
import collections
import inspect
import sys
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("out", type=Path)
ap.add_argument("n", type=int, nargs="?", default=300)
ap.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
ap.add_argument("--rounds", type=int, default=3)
args = ap.parse_args()
sys.path.insert(0, str(args.tree))

from api import ingest  # noqa: E402
from api.recfile import lines  # noqa: E402
from extractor.schema import Report  # noqa: E402
from rag import store  # noqa: E402
from rag.chunks import build_chunks  # noqa: E402
from rag.hashvec import worker_vectors  # noqa: E402
from rag.record import pack_body  # noqa: E402

src = args.out / "reports.jsonl"
src = src if src.exists() else args.out / "reports.jsonl.gz"
records = [line for _, line in zip(range(args.n), lines(src))]
if hasattr(ingest, "_SEALS"):  # since perf17 a line `xxgk bulk` sealed is not dumped again (rag/record.py)
    from rag.record import Seals

    ingest._SEALS = Seals.beside(src)
ingest._rows_line(records[0])  # the lazy tables, as the writer builds them before forking its pool
grams = {"grams": True} if "grams" in inspect.signature(build_chunks).parameters else {}
embed = worker_vectors()
best: dict[str, float] = {}
spent: dict[str, float] = collections.defaultdict(float)


def timed(name, f, *a, **k):
    t = time.process_time()
    r = f(*a, **k)
    spent[name] += time.process_time() - t
    return r


for _ in range(args.rounds):
    spent.clear()
    for line in records:
        report = timed("validate", Report.model_validate_json, line)
        body = timed("dump", report.model_dump_json)
        timed("build_chunks", build_chunks, report, **grams)
        timed("zstd", pack_body, body)
        derived = timed("derive", store.derive, report, None, embed)
        timed("rows_of", store.rows_of, report, derived)
        timed("_rows_line", ingest._rows_line, line)
    for k, v in spent.items():
        best[k] = min(best.get(k, float("inf")), v / len(records) * 1000)
print(f"{args.tree}: " + ", ".join(f"{k} {v:.3f}" for k, v in best.items()) + " ms a report")
