"""Benchmark (not a test): single-process `extract` throughput and peak memory on text and HTML.

    .venv/bin/python bench/extract_bench.py [--copies N] [--rounds R] [--corpus eval/corpus]

Copies of the corpus's text and HTML reports (each copy made unique so no cache can help) are
written to a temporary folder; each file is read, extracted and checked exactly as the CLI does.
Prints reports/s and peak RSS (ru_maxrss) per input form, for the best and the median of R rounds
over the same files: a shared machine's speed drifts by ±20 % from minute to minute, and the best
round is the one least disturbed by others (as `timeit` reports its minimum).

The process runs as a bulk worker does (api/bulk.py): objects from the imports frozen, the
automatic cyclic collector off, a collection whenever survivors pass COLLECT_AT."""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.bulk import collect_if_grown, start_worker  # noqa: E402
from extractor.extract import extract_path  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--copies", type=int, default=250)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    args = p.parse_args()
    sources = [f for f in sorted((args.corpus / "reports").iterdir()) if f.suffix in (".txt", ".html", ".md")]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(args.copies):
            for src in sources:
                data = src.read_bytes()
                dst = Path(tmp) / f"{src.stem}-{i}{src.suffix}"
                dst.write_bytes(
                    data + f"\n<!-- copy {i} -->\n".encode()
                    if src.suffix == ".html"
                    else data + f"\n副本{i}\n".encode()
                )
                files.append(dst)
        rounds: list[dict[str, float]] = []  # per round: form → reports/s
        gc.freeze()
        start_worker()
        for _ in range(args.rounds):
            per_form: dict[str, list[float]] = defaultdict(list)
            for f in files:
                t = time.perf_counter()
                collect_if_grown()
                extract_path(str(f))
                per_form[f.suffix].append(time.perf_counter() - t)
            rounds.append(
                {form: len(times) / sum(times) for form, times in per_form.items()}
                | {"all": len(files) / sum(sum(t) for t in per_form.values())}
            )
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"reports: {len(files)} × {args.rounds} rounds, single process, peak RSS {rss_mb:.0f} MB")
    for form in sorted(rounds[0]):
        rates = sorted(r[form] for r in rounds)
        print(
            f"  {form:5} best {rates[-1]:7.1f} reports/s ({1000 / rates[-1]:.2f} ms)   "
            f"median {statistics.median(rates):7.1f} reports/s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
