"""Benchmark (not a test): ingest and bulk as a user meets them, at N reports.

    .venv/bin/python bench/scale_bench.py --reports 10000 [--runs ingest1 ingest2 bulk1 bulk2 frombulk]
                                         [--engines local ray] [--keep DIR] [--gzip] [--tree PATH]

N generated copies of the corpus's text/HTML/Markdown reports (bench/corpus_copies.py: each its own
agency and year, so none is a duplicate or a version of another) are written once; then each run is
the real command in a subprocess, on a fresh data/output directory:

- `ingest1`, `ingest2`: `xxgk ingest DIR --workers 1|2` (sandboxed extraction, store, vector index);
- `bulk1`, `bulk2`: `xxgk bulk DIR -o OUT --workers 1|2` on each engine given;
- `frombulk`, `frombulk1`, `frombulk2`: `xxgk ingest --from-bulk OUT [--workers 1|2]` (the output of
  the last bulk run; nothing extracted; the workers make the store's derived parts); `frombulk2later`:
  the same with `--index-later` (the command returns once the reports are committed; then `xxgk
  index` is timed until the background indexer has caught up).

Since vec16 the vectors are inserted by an indexer process beside the writer (rag/indexer.py): "the
command's own process" is the writer alone; the indexer's CPU is among the children's.

For each: wall seconds, reports/s, CPU seconds a report (the command and all its children — on a
shared machine the wall clock is the neighbours' as much as ours, CPU is ours — and of the command's
own process, the one writer: sampled every 0.2 s, so short by up to that), peak RSS of the
command's own process (VmHWM, sampled from /proc) and of its largest child, and bytes a report on
disk (data directory or bulk output) against the input's."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREE = ROOT  # the checkout whose commands run (`--tree`: another, for an A/B on the same minutes)
sys.path.insert(0, str(ROOT / "bench"))
import corpus_copies  # noqa: E402


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path.exists() else 0


def _status_kb(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _cpu_ticks(pid: int) -> int:
    """utime + stime of the process itself (not its children), in clock ticks."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
        return 0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


class Roles:
    """CPU ticks of every process working on one data directory, by role: the command's own process
    (the writer), the indexer (`rag.indexer`, which outlives an `--index-later` command) and the
    rest (the pool workers, forked from the writer: its command line). Sampled every 0.2 s, so
    each process is short by up to that."""

    def __init__(self, tag: str):
        self.tag = tag
        self.ticks: dict[int, tuple[str, int]] = {}
        self.peak: dict[str, int] = {}  # the largest VmHWM (kB) of a process of each role
        self.rss: dict[str, int] = {}  # the largest VmRSS (kB) of a process of each role at the last sample

    def sample(self, writer: int | None) -> None:
        self.rss = {}
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            try:
                with open(f"/proc/{d}/cmdline", "rb") as fh:
                    line = fh.read().decode(errors="replace")
            except OSError:
                continue
            args = line.split("\0")
            if self.tag not in args:
                continue
            pid = int(d)
            role = (
                "indexer"
                if "rag.indexer" in args
                else "wait"
                if "index" in args
                else "writer"
                if pid == writer
                else "pool"
            )
            # the latest role: a process spawned by the writer has the writer's command line until it execs
            self.ticks[pid] = (role, max(self.ticks.get(pid, (role, 0))[1], _cpu_ticks(pid)))
            self.peak[role] = max(self.peak.get(role, 0), _status_kb(pid, "VmHWM"))
            self.rss[role] = max(self.rss.get(role, 0), _status_kb(pid, "VmRSS"))

    def ms(self, n: int) -> dict[str, float]:
        out: dict[str, float] = {}
        for role, t in self.ticks.values():
            out[role] = out.get(role, 0.0) + t / os.sysconf("SC_CLK_TCK") / n * 1000
        return out


def run(cmd: list[str], env: dict, roles: Roles | None = None) -> dict:
    """The command with its peak RSS sampled every 0.2 s (its own VmHWM, its children's VmRSS)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    with tempfile.TemporaryFile() as out_f, tempfile.TemporaryFile() as err_f:  # files: a pipe can fill
        p = subprocess.Popen(cmd, cwd=TREE, env=env, stdout=out_f, stderr=err_f)
        own = child = 0
        ticks = 0
        while p.poll() is None:
            own = max(own, _status_kb(p.pid, "VmHWM"))
            ticks = max(ticks, _cpu_ticks(p.pid))
            for c in _children(p.pid):
                child = max(child, _status_kb(c, "VmRSS"))
            if roles is not None:
                roles.sample(p.pid)
            time.sleep(0.2)
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{err.decode()[-2000:]}")
    return {
        "wall": wall,
        "cpu": cpu,
        "rss_mb": own / 1024,
        "own_cpu": ticks / os.sysconf("SC_CLK_TCK"),
        "child_mb": child / 1024,
        "out": (out.decode().strip().splitlines() or [""])[-1],
        "stderr_lines": len(err.splitlines()),
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    ap.add_argument("--runs", nargs="*", default=["ingest1", "ingest2", "bulk1", "bulk2", "frombulk"])
    ap.add_argument("--engines", nargs="*", default=["local"], choices=["local", "ray"])
    ap.add_argument("--keep", type=Path, help="work here and keep the copies and outputs")
    ap.add_argument("--gzip", action="store_true", help="bulk runs write reports.jsonl.gz (`xxgk bulk --gzip`)")
    ap.add_argument("--tree", type=Path, help="run another checkout's commands (main's, for an A/B)")
    args = ap.parse_args()
    global TREE
    TREE = args.tree.resolve() if args.tree else ROOT
    corpus_copies.AGENCIES = max(corpus_copies.AGENCIES, args.reports // 7 + 1)  # no versions at any N
    tmp = args.keep or Path(tempfile.mkdtemp(prefix="xxgk-scale-"))
    try:
        src = tmp / f"in-{args.reports}"
        if not src.exists() or len(list(src.iterdir())) != args.reports:
            shutil.rmtree(src, ignore_errors=True)
            corpus_copies.make_copies(args.corpus, src, args.reports)
        n = args.reports
        inp = du(src)
        print(
            f"{n} reports, input {inp / n / 1024:.1f} kB a report; machine load {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} cores"
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_")}
        cli = [sys.executable, "-m", "api.cli"]
        last_bulk = None
        for name in args.runs:
            runs = []
            if name.startswith("ingest"):
                w = name[-1]
                d = tmp / f"data-{name}"
                shutil.rmtree(d, ignore_errors=True)
                runs.append((name, cli + ["ingest", str(src), "--workers", w, "--quiet", "--data-dir", str(d)], d))
            elif name.startswith("bulk"):
                w = name[-1]
                for engine in args.engines:
                    d = tmp / f"out-{engine}{w}{'-gz' if args.gzip else ''}"
                    shutil.rmtree(d, ignore_errors=True)
                    runs.append(
                        (
                            f"{name} {engine}",
                            cli
                            + ["bulk", str(src), "-o", str(d), "--workers", w, "--engine", engine, "--quiet"]
                            + (["--gzip"] if args.gzip else []),
                            d,
                        )
                    )
                    last_bulk = d
            elif name.startswith("frombulk"):
                if last_bulk is None:
                    last_bulk = tmp / f"out-local2{'-gz' if args.gzip else ''}"
                    if not last_bulk.exists():
                        run(
                            cli
                            + ["bulk", str(src), "-o", str(last_bulk), "--quiet"]
                            + (["--gzip"] if args.gzip else []),
                            env,
                        )
                d = tmp / f"data-{name}"
                shutil.rmtree(d, ignore_errors=True)
                later = name.endswith("later")
                digits = name.removesuffix("later")
                w = ["--workers", digits[-1]] if digits[-1].isdigit() else []
                cmd = cli + ["ingest", "--from-bulk", str(last_bulk), "--quiet", "--data-dir", str(d), *w]
                runs.append((name, cmd + (["--index-later"] if later else []), d))
            for label, cmd, d in runs:
                roles = Roles(str(d))
                r = run(cmd, env, roles)
                wall = r["wall"]
                size = du(d)
                print(
                    f"{label:14s} {r['wall']:7.1f} s  {n / r['wall']:6.1f} reports/s  "
                    f"{r['cpu'] / n * 1000:5.1f} ms CPU a report (the command's own process "
                    f"{r['own_cpu'] / n * 1000:5.1f})  peak RSS {r['rss_mb']:4.0f} MB "
                    f"(largest child {r['child_mb']:4.0f} MB)  disk {size / n / 1024:6.1f} kB a report "
                    f"(×{size / inp:.1f} the input)",
                    flush=True,
                )
                print(f"    {r['out']}" + (f"  [{r['stderr_lines']} lines on stderr]" if r["stderr_lines"] else ""))
                if "--index-later" in cmd:  # the vectors catch up in the background: when are they done?
                    r = run(cli + ["index", "--data-dir", str(d)], env, roles)
                    print(
                        f"    vectors caught up {r['wall']:.1f} s after the command returned "
                        f"(rate with vectors {n / (wall + r['wall']):.1f} reports/s); disk {du(d) / n / 1024:.1f} kB a report"
                    )
                by_role = roles.ms(n)
                print(
                    "    CPU a report by role: "
                    + ", ".join(f"{k} {by_role.get(k, 0.0):.2f} ms" for k in ("writer", "pool", "indexer"))
                    + "; peak RSS by role (one process's largest): "
                    + ", ".join(f"{k} {roles.peak.get(k, 0) / 1024:.0f} MB" for k in ("writer", "pool", "indexer"))
                )
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
