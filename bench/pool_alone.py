"""Benchmark (not a test): an `ingest --from-bulk` pool's CPU with no writer — what the pool's machinery costs.

    .venv/bin/python bench/pool_alone.py OUT N MODES [--tree PATH]

The first N lines of OUT's reports.jsonl are made into rows by `api.ingest._rows_lines`, 16 lines a task, as
`ingest --from-bulk` does, in each of MODES (comma-separated, e.g. `pool1,pool2,serial,pool2n,pool2i`):
`serial` in this process; `poolK` by a fork Pool of K workers (the lines sent, the rows returned); a trailing `n`:
the rows not returned (the way back's cost); a trailing `i`: the workers take the lines from their inherited copy
by index (the way there's cost). Prints the parent's CPU, the workers' CPU (getrusage of the children) and the CPU
the workers spent in `_rows_lines` itself, in ms a report (perf16, docs/NOTES.md: two workers at once take 12–15 %
more CPU for the same code than one; the rows' way back ~0.6 ms a report)."""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import resource
import sys
import time
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("out", type=Path)
ap.add_argument("n", type=int)
ap.add_argument("modes")
ap.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
args = ap.parse_args()
sys.path.insert(0, str(args.tree))

from api import ingest  # noqa: E402
from api.recfile import lines  # noqa: E402
from rag.record import Seals  # noqa: E402

SRC = args.out / "reports.jsonl"
RECORDS = [line for _, line in zip(range(args.n), lines(SRC))]
RETURN = True


def task(block: list[bytes] | int) -> tuple[list | None, float]:
    t = time.process_time()
    got = ingest._rows_lines(RECORDS[block : block + 16] if isinstance(block, int) else block)
    return (got if RETURN else None), time.process_time() - t


def main() -> None:
    global RETURN
    ingest._SEALS = Seals.beside(SRC)
    ingest._rows_line(RECORDS[0])  # the lazy tables, built before the fork as the writer builds them
    gc.freeze()
    n = len(RECORDS)
    for mode in args.modes.split(","):
        RETURN = not mode.endswith("n")
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0, c0, inner = time.time(), time.process_time(), 0.0
        if mode.startswith("pool"):
            blocks = list(range(0, n, 16)) if mode.endswith("i") else [RECORDS[i : i + 16] for i in range(0, n, 16)]
            with multiprocessing.get_context("fork").Pool(int(mode[4:5] or 2)) as pool:
                for _, spent in pool.imap(task, blocks):
                    inner += spent
                pool.close()
                pool.join()
        else:
            for i in range(0, n, 16):
                inner += task(RECORDS[i : i + 16])[1]
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        kids = r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime
        print(
            f"{mode}: wall {time.time() - t0:.1f} s, parent {1000 * (time.process_time() - c0) / n:.2f}, workers "
            f"{1000 * kids / n:.2f} (in _rows_lines {1000 * inner / n:.2f}) ms a report; load {os.getloadavg()[0]:.1f}"
        )


if __name__ == "__main__":
    main()
