"""Benchmark (not a test): single-process `extract` throughput and peak memory on text and HTML.

    .venv/bin/python bench/extract_bench.py [--copies N] [--corpus ../shared/corpus]

Copies of the corpus's text and HTML reports (each copy made unique so no cache can help) are
written to a temporary folder; each file is read, extracted and checked exactly as the CLI does.
Prints reports/s and peak RSS (ru_maxrss) for the whole run and per input form."""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.extract import extract_path  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--copies", type=int, default=250)
    p.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = p.parse_args()
    sources = [f for f in sorted((args.corpus / "reports").iterdir()) if f.suffix in (".txt", ".html", ".md")]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(args.copies):
            for src in sources:
                data = src.read_bytes()
                dst = Path(tmp) / f"{src.stem}-{i}{src.suffix}"
                dst.write_bytes(data + f"\n<!-- copy {i} -->\n".encode() if src.suffix == ".html"
                                else data + f"\n副本{i}\n".encode())
                files.append(dst)
        per_form: dict[str, list[float]] = defaultdict(list)
        t0 = time.perf_counter()
        for f in files:
            t = time.perf_counter()
            extract_path(str(f))
            per_form[f.suffix].append(time.perf_counter() - t)
        total = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"reports: {len(files)}  wall: {total:.2f} s  throughput: {len(files) / total:.1f} reports/s  "
          f"peak RSS: {rss_mb:.0f} MB")
    for form, times in sorted(per_form.items()):
        print(f"  {form:6} {len(times):5} reports  {len(times) / sum(times):8.1f} reports/s  "
              f"mean {1000 * sum(times) / len(times):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
