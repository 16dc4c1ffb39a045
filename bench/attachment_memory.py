"""Peak memory of `xxgk ingest` (the CLI, as a user runs it) on a PDF carrying an attachment bomb — plain and
encrypted with an owner password only (RC4 by reportlab + pypdfium2, AESV2 and AESV3 by the spec's bytes:
tests/left6_pdfs.py) — against a normal report and a cover letter carrying a real report. Not a test: figures for
docs/NOTES.md (left6).

    nice -n 10 .venv/bin/python bench/attachment_memory.py [--tree DIR] [--gb 1] [--runs 1]

Each file is ingested into a fresh store by `python -m api.cli ingest FILE --index-later` (cwd and PYTHONPATH the
tree measured: `--tree /work/main` for main) under a wrapper that prints the largest resident set of the process
tree it waited for (RUSAGE_CHILDREN: the CLI or its sandbox child, whichever peaked higher)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from left6_pdfs import library_pdf, spec_pdf, zeros_deflated  # noqa: E402

PROBE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode, f'{time.perf_counter() - t:.2f}')\n"
    "print((p.stderr.strip().splitlines() or [''])[0][:110])\n"
)


def files(gb: int, folder: Path) -> dict[str, Path]:
    from eval.reportgen.draw import RandomDraw
    from eval.reportgen.families import generate

    report = generate(RandomDraw(3), "txt-lines").data
    bomb = zeros_deflated(gb << 30)
    made = {
        "report.pdf (a normal report)": generate(RandomDraw(2), "pdf-ruled").data,
        "letter+report, AESV2": spec_pdf("AESV2", zlib.compress(report), "年报.txt"),
        f"bomb {gb} GB, plain": spec_pdf("none", bomb),
        f"bomb {gb} GB, RC4 (spec)": spec_pdf("RC4", bomb),
        f"bomb {gb} GB, AESV2 (spec)": spec_pdf("AESV2", bomb),
        f"bomb {gb} GB, AESV3 (spec)": spec_pdf("AESV3", bomb),
        "bomb 400 MB, RC4 (reportlab+pdfium)": library_pdf(b"\0" * (400 << 20)),
    }
    out = {}
    for n, (name, data) in enumerate(made.items()):
        path = folder / f"f{n}.pdf"
        path.write_bytes(data)
        out[name] = path
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", default=str(ROOT), help="the tree whose CLI is measured (default: this one)")
    ap.add_argument("--gb", type=int, default=1)
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_")}
    env["PYTHONPATH"] = args.tree
    with tempfile.TemporaryDirectory() as tmp:
        made = files(args.gb, Path(tmp))
        print(f"tree {args.tree}")
        print(f"{'file':<38} {'bytes':>9} {'peak RSS MB':>11} {'exit':>4} {'s':>6}  said")
        for name, path in made.items():
            for run in range(args.runs):
                store = Path(tmp) / f"d{run}-{path.stem}"
                cmd = [sys.executable, "-c", PROBE, sys.executable, "-m", "api.cli", "ingest", str(path)]
                cmd += ["--data-dir", str(store), "--index-later"]
                out = subprocess.run(cmd, cwd=args.tree, env=env, capture_output=True, text=True).stdout
                head, said = (out.split("\n", 1) + [""])[:2]
                peak, code, secs = head.split()
                print(
                    f"{name:<38} {path.stat().st_size:>9} {int(peak) / 1024:>11.0f} {code:>4} {secs:>6}  {said.strip()}"
                )


if __name__ == "__main__":
    main()
