"""Benchmark (not a test): do the roles of `ingest --from-bulk` overlap, whatever the machine's load?

    .venv/bin/python bench/ingest_overlap.py TREE OUT DATA [WORKERS]

Runs `xxgk ingest --from-bulk OUT --workers WORKERS --data-dir DATA` from the checkout TREE (DATA made
afresh) and splits each of its processes' life by `/proc/PID/schedstat`: on a CPU, waiting for a CPU
(runnable: the neighbours' load) and asleep — waiting for work, the part a better pipeline removes. On a
shared machine the wall clock is the neighbours' as much as ours; the time asleep is ours (perfingest3)."""

from __future__ import annotations

import collections
import os
import shutil
import subprocess
import sys
import time


def main() -> int:
    tree, src, data = sys.argv[1], sys.argv[2], sys.argv[3]
    workers = sys.argv[4] if len(sys.argv) > 4 else "2"
    shutil.rmtree(data, ignore_errors=True)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH" and not k.startswith("XXGK_")}
    hz = os.sysconf("SC_CLK_TCK")
    with open("/proc/uptime") as fh:
        booted = time.time() - float(fh.read().split()[0])
    t0 = time.time()
    cmd = [sys.executable, "-m", "api.cli", "ingest", "--from-bulk", src, "--quiet", "--data-dir", data]
    p = subprocess.Popen([*cmd, "--workers", workers], cwd=tree, env=env)
    last: dict[int, tuple[str, float, float, float, float]] = {}
    while p.poll() is None:
        for d in os.listdir("/proc"):
            if not d.isdigit() or int(d) == os.getpid():
                continue
            try:
                with open(f"/proc/{d}/cmdline", "rb") as fh:
                    args = fh.read().decode(errors="replace").split("\0")
                if data not in args:
                    continue
                with open(f"/proc/{d}/stat") as fh:
                    stat = fh.read().rsplit(")", 1)[1].split()
                with open(f"/proc/{d}/schedstat") as fh:
                    run, wait, _ = map(int, fh.read().split())
            except (OSError, ValueError):
                continue
            pid = int(d)
            role = "indexer" if "rag.indexer" in args else "writer" if pid == p.pid else "pool"
            last[pid] = (role, booted + int(stat[19]) / hz, time.time(), run / 1e9, wait / 1e9)
        time.sleep(0.25)
    print(f"{tree}: wall {time.time() - t0:.1f} s, load {os.getloadavg()[0]:.1f}")
    by: dict[str, list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    for role, start, end, run, wait in last.values():
        b = by[role]
        b[0] += run
        b[1] += wait
        b[2] += max(0.0, end - start - run - wait)
        b[3] += 1
    for role in ("writer", "pool", "indexer"):
        run, wait, idle, n = by[role]
        if n:
            print(
                f"  {role:7s} ×{n}: on a CPU {run:6.1f} s, waiting for a CPU {wait:6.1f} s, asleep {idle:6.1f} s"
                f" ({idle / (run + wait + idle):.0%} of its life)"
            )
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
