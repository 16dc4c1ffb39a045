"""Benchmark (not a test): memory of a long `xxgk bulk` / `xxgk ingest` run as reports go by.

    .venv/bin/python bench/rss_trace.py [--every S] LOG -- .venv/bin/python -m api.cli bulk IN -o OUT --workers 2 --gzip

Runs the command (its progress bar on stderr is how far it got, or with `--store DIR` the reports
in that data directory), and every `--every` seconds writes
one line to LOG: wall seconds, reports done, reports/s so far, the command's own RSS and peak
(VmRSS/VmHWM), the largest child's RSS and the largest seen so far, the machine's 1-minute load.
Memory flat as reports grow is what the lines show; stopping the run early (a killed bulk run keeps
its prefix and resumes) still leaves every line written so far."""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
from scale_bench import Roles, _children, _status_kb  # noqa: E402

DONE = re.compile(rb"(\d+)/(\d+)\s")


def _done(err) -> int:
    err.seek(max(0, os.fstat(err.fileno()).st_size - 400))
    hits = DONE.findall(err.read())
    return int(hits[-1][0]) if hits else 0


def _stored(data: str) -> int:
    try:
        db = sqlite3.connect(f"file:{data}/xxgk.sqlite?mode=ro", uri=True, timeout=5)
        try:
            return db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--every", type=float, default=15.0)
    ap.add_argument(
        "--store", help="count reports done in this data directory (ingest shows no progress off a terminal)"
    )
    ap.add_argument(
        "--roles",
        metavar="TAG",
        help="also RSS and CPU by role (writer, pool, indexer) of every process whose command line has TAG "
        "(an ingest's data directory: its indexer outlives the writer's children list)",
    )
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    t0 = time.perf_counter()
    child_peak = 0
    with tempfile.TemporaryFile() as err, open(args.log, "a") as log:
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        roles = Roles(args.roles) if args.roles else None
        log.write(
            f"# {' '.join(cmd)}\n# wall_s done per_s own_rss_mb own_peak_mb child_rss_mb child_peak_mb load1"
            + (" | rss_mb writer pool indexer | cpu_ms_a_report writer pool indexer" if roles else "")
            + "\n"
        )
        last = 0.0
        while p.poll() is None:
            if roles is not None:
                roles.sample(p.pid)
            kids = max((_status_kb(c, "VmRSS") for c in _children(p.pid)), default=0)
            child_peak = max(child_peak, kids)
            now = time.perf_counter() - t0
            if now - last >= args.every:
                last = now
                n = _stored(args.store) if args.store else _done(err)
                log.write(
                    f"{now:8.0f} {n:7d} {n / now:6.1f} {_status_kb(p.pid, 'VmRSS') / 1024:6.0f} "
                    f"{_status_kb(p.pid, 'VmHWM') / 1024:6.0f} {kids / 1024:6.0f} {child_peak / 1024:6.0f} "
                    f"{os.getloadavg()[0]:5.1f}" + (_by_role(roles, n) if roles else "") + "\n"
                )
                log.flush()
            time.sleep(1.0)
        n = _stored(args.store) if args.store else _done(err)
        if roles is not None:
            peaks = " ".join(f"{r} {kb / 1024:.0f}" for r, kb in sorted(roles.peak.items()))
            log.write(f"# peak RSS MB by role: {peaks};{_by_role(roles, n)}\n")
        log.write(f"# exit {p.returncode} after {time.perf_counter() - t0:.0f} s, done {n}\n")
    return p.returncode


def _by_role(roles: Roles, n: int) -> str:
    """RSS now (MB) and CPU so far (ms a report done) of the writer, the pool workers (the largest)
    and the indexer."""
    ms = roles.ms(max(n, 1))
    rss = " ".join(f"{roles.rss.get(r, 0) / 1024:4.0f}" for r in ("writer", "pool", "indexer"))
    cpu = " ".join(f"{ms.get(r, 0.0):5.2f}" for r in ("writer", "pool", "indexer"))
    return f" | {rss} | {cpu}"


if __name__ == "__main__":
    sys.exit(main())
