"""Benchmark (not a test): one `xxgk ingest --from-bulk OUT --workers 2` and its CPU by role, user and system apart.

    .venv/bin/python bench/ingest_roles.py TREE OUT DATA [more ingest flags]

Runs TREE's `python -m api.cli ingest --from-bulk OUT --workers 2 --data-dir DATA` (DATA should not exist) and
polls /proc every 0.05 s for the command's process tree: the writer (the command), the indexer (its first child,
`rag.indexer`) and the pool (the rest, forked from the writer). Prints the wall, the whole tree's user and system
CPU a report (getrusage of the children: exact), and each role's user and system ms a report and minor faults
(the last sample of each process: short by up to 0.05 s). The system CPU is what `bench/scale_bench.py` does not
split out: the writer's re-reads of SQLite pages past its cache showed there (perf16, docs/NOTES.md)."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
import time


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                out += [int(x) for x in fh.read().split()]
    except OSError:
        pass
    return out


def main() -> int:
    tree, out, data, *extra = sys.argv[1:]
    cmd = [sys.executable, "-m", "api.cli", "ingest", "--from-bulk", out, "--workers", "2", "--data-dir", data, *extra]
    t0 = time.time()
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, cwd=tree, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    seen: dict[int, tuple[int, int, int]] = {}  # pid -> (utime, stime, minflt) ticks
    order: list[int] = []  # pids in the order they were first seen: the indexer is the writer's first child
    while proc.poll() is None:
        todo = [proc.pid]
        while todo:
            pid = todo.pop()
            try:
                with open(f"/proc/{pid}/stat") as fh:
                    f = fh.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if pid not in order:
                order.append(pid)
            seen[pid] = (int(f[11]), int(f[12]), int(f[7]))
            todo += _children(pid)
        time.sleep(0.05)
    wall = time.time() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    text = proc.stdout.read().decode() if proc.stdout else ""
    m = re.search(r"入库 (\d+) 份", text)
    n = int(m.group(1)) if m else 0
    if not n:
        print(text)
        return 1
    hz = os.sysconf("SC_CLK_TCK")
    roles: dict[str, list[int]] = {}
    for pid, (user, system, faults) in seen.items():
        role = "writer" if pid == proc.pid else "indexer" if order.index(pid) == 1 else "pool"
        acc = roles.setdefault(role, [0, 0, 0, 0])
        for i, v in enumerate((user, system, faults, 1)):
            acc[i] += v
    user = (r1.ru_utime - r0.ru_utime) * 1000 / n
    system = (r1.ru_stime - r0.ru_stime) * 1000 / n
    print(
        f"{n} reports: wall {wall:.1f} s, {n / wall:.1f} reports/s; whole tree user {user:.2f} + sys {system:.2f} = "
        f"{user + system:.2f} ms a report; load {os.getloadavg()[0]:.1f}"
    )
    for role, (u, s, faults, k) in sorted(roles.items()):
        print(
            f"  {role:8s} x{k}: user {u * 1000 / hz / n:.2f}  sys {s * 1000 / hz / n:.2f} ms a report, {faults / n:.0f} minor faults"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
