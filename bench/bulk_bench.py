"""Benchmark (not a test): `xxgk bulk` throughput and peak memory, 1 and 2 workers, over N
text/HTML reports, against the time to just read the same files.

    .venv/bin/python bench/bulk_bench.py --reports 10000 [--engines local ray]

Runs the real command in a subprocess per setting (fresh output directory), so the figures include
process start, hashing for resume, the JSONL writer and the derived tables (parquet/csv/summary)."""

from __future__ import annotations

import argparse
import hashlib
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus_copies import make_copies  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    ap.add_argument("--engines", nargs="*", default=["local"], choices=["local", "ray"])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = make_copies(args.corpus, Path(tmp) / "in", args.reports)
        t = time.perf_counter()
        for f in files:
            hashlib.sha256(f.read_bytes()).hexdigest()
        read = time.perf_counter() - t
        print(f"read+hash {len(files)} files: {read:.2f} s ({len(files) / read:.0f} files/s)")
        for engine in args.engines:
            if engine == "ray":  # what a run costs before the first report: starting Ray, its workers
                t = time.perf_counter()
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "api.cli",
                        "bulk",
                        str(files[0]),
                        "-o",
                        str(Path(tmp) / "one"),
                        "--engine",
                        "ray",
                        "--workers",
                        "2",
                        "--quiet",
                    ],
                    cwd=ROOT,
                    capture_output=True,
                    check=True,
                )
                print(f"ray: one report {time.perf_counter() - t:.1f} s (start-up)")
            for workers in (1, 2):
                out = Path(tmp) / f"out-{engine}{workers}"
                t = time.perf_counter()
                p = subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "api.cli",
                        "bulk",
                        str(Path(tmp) / "in"),
                        "-o",
                        str(out),
                        "--workers",
                        str(workers),
                        "--engine",
                        engine,
                        "--quiet",
                    ],
                    cwd=ROOT,
                    capture_output=True,
                )
                wall = time.perf_counter() - t
                rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
                assert p.returncode == 0, p.stderr.decode()[-2000:]
                print(
                    f"{engine} workers={workers}: {wall:.1f} s, {len(files) / wall:.0f} reports/s "
                    f"({len(files) / wall / workers:.0f}/s per worker), slower than reading by ×{wall / read:.0f}; "
                    f"peak RSS of largest process so far {rss:.0f} MB; output {sum(f.stat().st_size for f in out.iterdir()) / 1e6:.0f} MB"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
