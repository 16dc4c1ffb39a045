"""Benchmark (not a test): ingest time per report and offline ask latency (p50/p95) at N reports.

    .venv/bin/python bench/ask_bench.py --reports 10000 [--questions 300]

Builds N copies of the corpus's text/HTML reports with varied agency/year (bench/corpus_copies.py),
ingests them into a fresh data directory (SQLite store + chroma vectors, offline hash embedding),
then asks table, metric, comparison and narrative questions with agency and year named, as a user
would. Prints per-report ingest time, latency percentiles per route and peak RSS."""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_copies import make_copies, place  # noqa: E402

from extractor.extract import extract_path  # noqa: E402
from rag.ask import Asker  # noqa: E402
from rag.index import Index  # noqa: E402
from rag.store import Store  # noqa: E402

QUESTIONS = [
    "{a}{y}年收到多少件政府信息公开申请？",
    "{a}{y}年予以公开的申请有几件？",
    "{a}{y}年因政府信息公开被提起的行政诉讼有多少件？",
    "{a}{y}年作出了多少件行政处罚决定？",
    "{a}{y}年政府网站发布了多少条政务信息？",
    "{a}{y}年报告提到存在哪些主要问题？",
    "{a}{y}年政务新媒体建设情况如何？",
    "{a}2019到2022年哪一年新收申请最多？",
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = make_copies(args.corpus, Path(tmp) / "in", args.reports)
        store = Store(Path(tmp) / "data")
        t0 = time.perf_counter()
        for f in files:
            store.add(extract_path(str(f)))
        t_store = time.perf_counter() - t0
        index = Index(store)
        t1 = time.perf_counter()
        index.sync()
        t_index = time.perf_counter() - t1
        print(f"ingest {len(files)} reports: extract+store {t_store:.1f} s ({1000 * t_store / len(files):.1f} ms/report), "
              f"vector index {t_index:.1f} s ({1000 * t_index / len(files):.1f} ms/report); "
              f"chunks {store.db.execute('SELECT COUNT(*) FROM chunks').fetchone()[0]}")
        asker = Asker(store, index)
        rnd = random.Random(1)
        lat: dict[str, list[float]] = {}
        asker.ask(QUESTIONS[0].format(a=place(0), y=2019))  # warm caches (alias table, chroma)
        for _ in range(args.questions):
            i = rnd.randrange(min(args.reports, 500))
            q = rnd.choice(QUESTIONS).format(a=place(i), y=2019 + (i // 500) % 7)
            t = time.perf_counter()
            ans = asker.ask(q)
            lat.setdefault(ans.route, []).append((time.perf_counter() - t) * 1000)
        every = [x for v in lat.values() for x in v]
        print(f"ask latency over {len(every)} questions: p50 {pct(every, 50):.1f} ms, p95 {pct(every, 95):.1f} ms, "
              f"max {max(every):.1f} ms")
        for route, v in sorted(lat.items()):
            print(f"  {route:10} n={len(v):4} p50 {statistics.median(v):7.1f} ms  p95 {pct(v, 95):7.1f} ms")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
