"""Benchmark aid (not a test): CPU instructions per report, per pipeline stage, under valgrind.

    .venv/bin/python bench/instructions.py [--stage total|load|stream|tables|metrics|narrative|meta|sections|pdf]
                                          [--only pingtan] [--corpus eval/corpus]

Wall-clock figures on a shared machine drift by ±20 % from minute to minute; instruction counts do
not, so a change of a few per cent in one stage shows. Each stage is run over the corpus's text
reports (8 of them, each twice) after a warm-up, once with no rounds and once with --rounds (10); the
difference divided by the reports run is the cost of one report. `--stage pdf`: whole extraction of
bench/pdf_bench.py's four PDFs instead (each four times a round; `--rounds 1` is enough). Needs valgrind (callgrind).
Roughly 8 M instructions take 1 ms on the machines we measured. The collector is set up as in a
bulk worker (automatic cyclic collection off).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("total", "load", "stream", "tables", "metrics", "narrative", "meta", "agency", "sections", "pdf")


def _run_stage(stage: str, rounds: int, corpus: Path, only: str) -> None:
    """Inside valgrind: warm up, then `rounds` passes of one stage over the text reports."""
    sys.path.insert(0, str(ROOT))
    from extractor import extract as E
    from extractor.load import load_bytes
    from extractor.meta import find_agency, find_title, find_year
    from extractor.metrics import extract_metrics
    from extractor.narrative_checks import check_narrative
    from extractor.normalize import compact_outside
    from extractor.sections import find_sections
    from extractor.stream import build_stream
    from extractor.tables import parse_tables
    from extractor.template import detect_template

    datas = [p.read_bytes() for p in sorted((corpus / "reports").iterdir()) if p.suffix == ".txt" and only in p.name]
    calls = []
    if stage == "pdf":  # whole extraction of bench/pdf_bench.py's PDFs (the corpus PDF, three generated)
        sys.path.insert(0, str(ROOT / "bench"))
        from pdf_bench import inputs

        datas = [data for name, data in inputs() if only in name]
    for data in (datas * 16)[:16]:
        if stage == "pdf":
            E.extract_bytes(data)  # the warm-up
            calls.append(lambda d=data: E.extract_bytes(d))
            continue
        doc = load_bytes(data)
        stream = build_stream(doc)
        template = detect_template(stream)
        title = find_title(doc.text)
        sections = find_sections(doc, stream)
        tables = parse_tables(doc, stream, template.value)
        report = E.extract_bytes(data)
        exclude = [tables.span] if tables.span else []
        views = compact_outside(doc.folded, exclude)
        calls.append(
            {
                "total": lambda d=data: E.extract_bytes(d),
                "load": lambda d=data: load_bytes(d),
                "stream": lambda d=doc: build_stream(d),
                "tables": lambda d=doc, s=stream, t=template: parse_tables(d, s, t.value),
                "metrics": lambda d=doc, s=sections, x=exclude: extract_metrics(
                    d.text, s, compact_outside(d.folded, x)
                ),
                "narrative": lambda r=report, v=views: check_narrative(r, v),
                "meta": lambda d=doc, t=title: (find_title(d.text), find_agency(d.text, t), find_year(d.text, t)),
                "agency": lambda d=doc, t=title: _unseen_issuer(d.text, t),
                "sections": lambda d=doc, s=stream: find_sections(d, s),
            }[stage]
        )
    import gc

    from api.bulk import start_worker

    gc.freeze()  # as in a bulk worker (and bench/extract_bench.py)
    start_worker()
    for _ in range(rounds):
        for call in calls:
            call()


def _unseen_issuer(text: str, title: str | None):
    """find_issuer as for a report of an agency not met before in this process: the name caches
    (which make every later report of the same agency cheap, and the `meta` stage flattering,
    since it repeats the same 8 reports) are emptied first."""
    from extractor import agency, meta

    for cached in (agency._identify, agency._parse_exact, agency._places_named, meta._main_place):
        cached.cache_clear()
    return meta.find_issuer(text, title)


def _instructions(stage: str, rounds: int, corpus: Path, only: str) -> int:
    out = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--inner",
            str(rounds),
            "--stage",
            stage,
            "--corpus",
            str(corpus),
            "--only",
            only,
        ],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ | {"PYTHONHASHSEED": "0"},
    ).stderr  # set/dict orders, run to run
    m = re.search(r"Collected : (\d+)", out)
    assert m, out
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stage", choices=STAGES, default="total")
    ap.add_argument("--only", default="", help="only reports whose file name contains this")
    ap.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    ap.add_argument(
        "--rounds",
        type=int,
        default=10,
        help="more rounds dilute the start-up's own variation (~40 M instructions run to run)",
    )
    ap.add_argument("--inner", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner is not None:
        _run_stage(args.stage, args.inner, args.corpus, args.only)
        return 0
    if not shutil.which("valgrind"):
        print("valgrind is not installed", file=sys.stderr)
        return 2
    base = _instructions(args.stage, 0, args.corpus, args.only)
    more = _instructions(args.stage, args.rounds, args.corpus, args.only)
    print(f"{args.stage}: {(more - base) / (args.rounds * 16) / 1e6:.2f} M instructions per report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
