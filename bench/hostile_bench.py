"""Peak memory and outcome of every class of hostile input (tests/hostile.py), through the CLI and
over HTTP. Not a test: figures for docs/hostile.md.

    .venv/bin/python bench/hostile_bench.py [--json out.json]

CLI: `xxgk extract FILE` per case, run under a small wrapper that reports the largest resident set
of the process tree it waited for (RUSAGE_CHILDREN: the CLI process or its sandbox child, whichever
peaked higher). HTTP: one `xxgk serve` for all cases; while each upload runs, the proportional set
size (Pss: shared pages counted once) of the server and all its descendants (fork server, upload
workers) is sampled every 10 ms; the peak minus the tree's size just before the upload is the cost
of that input (`+before`). The
clean corpus reports are the control. Wall times on a shared machine are noise; memory is not.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402

from hostile import CASES, EDGE, PICTURES, Case, docx_report  # noqa: E402
from webserver import Server  # noqa: E402

WRAP = (
    "import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True); "
    "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
    "repr(p.stderr.decode(errors='replace').strip().splitlines()[-1:] or ['']))"
)


def tree(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):  # a process gone meanwhile
                parents[int(entry)] = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
    out, frontier = [pid], {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier}
        out += frontier
    return out


def pss_kb(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            pass
    return total


class Sampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, pss_kb(tree(self.pid)))
            time.sleep(0.01)

    def stop(self) -> int:
        self.running = False
        self.join()
        return self.peak


def controls() -> list[Case]:
    corpus = ROOT / "eval" / "corpus" / "reports"
    out = [
        Case(f"clean_{f.name}", "control", (lambda f=f: f.read_bytes()), "report")
        for f in sorted(corpus.iterdir())
        if f.name in ("ankang-2022.txt", "shanghai-office-2019.html", "shanghai-kewei-2024.md", "hongze-2023.pdf")
    ]
    return out + [Case("clean_generated.docx", "control", docx_report, "report")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", type=Path, help="write the rows here too")
    ap.add_argument("--only", help="cases whose name starts with this")
    args = ap.parse_args()
    cases = [c for c in controls() + CASES + EDGE + PICTURES if not args.only or c.name.startswith(args.only)]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for c in cases:
            files[c.name] = Path(tmp) / c.name
            files[c.name].write_bytes(c.build())
        env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_")}
        for c in cases:
            t0 = time.perf_counter()
            p = subprocess.run(
                [sys.executable, "-c", WRAP, sys.executable, "-m", "api.cli", "extract", str(files[c.name])],
                cwd=ROOT,
                capture_output=True,
                text=True,
                env=env,
                timeout=600,
            )
            code, rss, last = p.stdout.split(" ", 2)
            rows.append(
                {
                    "case": c.name,
                    "class": c.cls,
                    "bytes": files[c.name].stat().st_size,
                    "cli_exit": int(code),
                    "cli_peak_mb": round(int(rss) / 1024),
                    "cli_s": round(time.perf_counter() - t0, 2),
                    "cli_message": eval(last)[0][:90],
                }
            )  # noqa: S307 - our own repr() just above
        server = Server(Path(tmp) / "data")
        try:
            time.sleep(2)  # start-up work (re-index, fork server) done
            idle = pss_kb(tree(server.proc.pid))
            for row, c in zip(rows, cases):
                before = pss_kb(tree(server.proc.pid))  # the server keeps what earlier uploads cost it
                sampler = Sampler(server.proc.pid)
                sampler.start()
                t0 = time.perf_counter()
                r = httpx.post(
                    server.url + "/api/reports", files={"files": (c.name, files[c.name].read_bytes())}, timeout=600
                )
                row["http_s"] = round(time.perf_counter() - t0, 2)
                row["http_status"] = r.status_code
                row["http_peak_mb"] = round(sampler.stop() / 1024)
                row["http_over_before_mb"] = round(max(0, row["http_peak_mb"] * 1024 - before) / 1024)
            health = httpx.get(server.url + "/api/health").json()
        finally:
            server.stop()
    print(f"idle server (server + fork server), Pss: {idle / 1024:.0f} MB; after the run: {health}")
    print(
        f"{'case':28} {'class':22} {'bytes':>10} {'CLI':>4} {'CLI MB':>7} {'HTTP':>5} {'HTTP MB':>8} {'+before':>7}  message"
    )
    for r in rows:
        print(
            f"{r['case']:28} {r['class']:22} {r['bytes']:>10} {r['cli_exit']:>4} {r['cli_peak_mb']:>7} "
            f"{r['http_status']:>5} {r['http_peak_mb']:>8} {r['http_over_before_mb']:>7}  {r['cli_message']}"
        )
    fives = sum(1 for r in rows if r["http_status"] >= 500)
    print(f"5xx responses: {fives}; CLI tracebacks: {sum('Traceback' in r['cli_message'] for r in rows)}")
    if args.json:
        args.json.write_text(json.dumps({"idle_mb": round(idle / 1024), "rows": rows}, ensure_ascii=False, indent=1))
    return 1 if fives else 0


if __name__ == "__main__":
    sys.exit(main())
