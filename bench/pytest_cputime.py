"""A pytest plugin that records each test's CPU seconds, to find where the suite's time goes.

Wall-clock `--durations` lies on a shared machine (a test waits for a core as long as it runs); CPU seconds of the
worker process and of the children it reaped (the CLI runs, servers) survive the load. One line per test
(nodeid, own CPU, children's CPU, wall) in $CPUTIME_OUT.<worker pid>:

    CPUTIME_OUT=/tmp/cpu PYTHONPATH=bench .venv/bin/python -m pytest -q -p no:cacheprovider -p pytest_cputime \
        -n 2 --dist loadfile
    .venv/bin/python bench/pytest_cputime.py /tmp/cpu     # per file, the most expensive first
"""

from __future__ import annotations

import glob
import os
import resource
import sys
import time
from collections import defaultdict

import pytest

_out = None


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    global _out
    if _out is None:
        _out = open(os.environ.get("CPUTIME_OUT", "/tmp/cputime") + f".{os.getpid()}", "a", encoding="utf-8")  # noqa: SIM115 (open for the session)
    own0, kids0 = _cpu()
    wall0 = time.monotonic()
    yield
    own1, kids1 = _cpu()
    _out.write(f"{item.nodeid}\t{own1 - own0:.3f}\t{kids1 - kids0:.3f}\t{time.monotonic() - wall0:.3f}\n")
    _out.flush()


def summary(prefix: str, top: int = 40) -> None:
    """Per test file: tests, CPU seconds (own + children), wall seconds — the most expensive first."""
    files: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0])
    for path in glob.glob(prefix + ".*"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                nodeid, own, kids, wall = line.rstrip("\n").split("\t")
                row = files[nodeid.split("::")[0]]
                row[0] += 1
                row[1] += float(own) + float(kids)
                row[2] += float(wall)
    total = sum(r[1] for r in files.values())
    print(f"{sum(int(r[0]) for r in files.values())} tests, {total:.0f} s CPU")
    for name, (n, cpu, wall) in sorted(files.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"{cpu:8.1f} s CPU {wall:8.1f} s wall {int(n):5d} tests  {name}")


if __name__ == "__main__":
    summary(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40)
