"""Benchmark (not a test): the overview's key figures and the findings list at N reports.

    .venv/bin/python bench/overview_bench.py --reports 5000 [--rounds 5]

Builds N reports with tests/reportgen.py (500 agencies × years, every 7th with a wrong printed total),
stores them (SQLite only: the overview does not read the vector index), then times, over `rounds`:
the first read (computes every report's row), a read from the side table, a memoised read, a
filtered and sorted page as the web page asks for it, and a findings page. Prints the statement count of one
read (it does not grow with N) and peak RSS."""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from corpus_copies import place  # noqa: E402

from api import overview as ov  # noqa: E402
from extractor.extract import extract_bytes  # noqa: E402
from rag.store import Store  # noqa: E402
from reportgen import consistent_values, render  # noqa: E402


def build(store: Store, n: int) -> float:
    t0 = time.perf_counter()
    forms = ("pipe", "lines", "markdown", "html")
    for i in range(n):
        values = consistent_values(seed=i % 97)
        if i % 7 == 0:
            values["t4.rv.tot"] = (values["t4.rv.tot"] or 0) + 5
        agency = f"{place(i % 500)}人民政府"
        year = 2019 + (i // 500) % 7
        text = render(values, forms[i % 4], agency=agency, year=year, published=1000 + i) + f"\n（{i}）\n"
        store.add(extract_bytes(text.encode(), f"r{i:05d}.txt"))
    return time.perf_counter() - t0


def timed(f, rounds: int) -> tuple[float, float]:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, max(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--data-dir", help="reuse a store built before (else a temporary one)")
    args = ap.parse_args()
    directory = Path(args.data_dir or tempfile.mkdtemp(prefix="xxgk-ov-"))
    store = Store(directory)
    if store.count() < args.reports:
        took = build(store, args.reports - store.count())
        print(f"built {store.count()} reports in {took:.1f} s")
    db = store.db
    with db:
        db.execute("DROP TABLE IF EXISTS overview_rows")
    t0 = time.perf_counter()
    rows = ov.all_rows(db)
    print(f"first read (every row computed): {(time.perf_counter() - t0) * 1000:.0f} ms, {len(rows)} rows")
    seen: list[str] = []
    db.set_trace_callback(seen.append)
    ov.all_rows(db)
    db.set_trace_callback(None)
    print(f"statements in one read: {len(seen)}")
    aliases = store.alias_table()

    def unmemoised():
        ov._MEMO.clear()
        return ov.all_rows(db)

    for name, f in (
        ("all rows, read from the side table", unmemoised),
        ("all rows, memoised (store unchanged)", lambda: ov.all_rows(db)),
        (
            "page: agency 「东山」, 2021-2023, sorted by 本年新收",
            lambda: ov.overview(
                db, agency="东山", years=(2021, 2023), sort="new", desc=True, limit=300, aliases=aliases
            ),
        ),
        ("page: everything, grouped, first 300", lambda: ov.overview(db, limit=300)),
        ("findings: report errors, first 100", lambda: ov.findings(db, kind="report_defect", limit=100)),
    ):
        med, worst = timed(f, args.rounds)
        print(f"{name}: median {med:.0f} ms, max {worst:.0f} ms")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
