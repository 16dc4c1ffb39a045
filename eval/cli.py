"""Command line of the evaluation harness. Exits 1 when a score falls below its threshold."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval import extraction
from eval.gold import DEFAULT_CORPUS, load_gold


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval")
    sub = p.add_subparsers(dest="what", required=True)
    e = sub.add_parser("extraction", help="cell / template / findings accuracy against gold")
    e.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    e.add_argument("--json", type=Path, default=Path("eval/out/extraction.json"))
    args = p.parse_args(argv)

    golds = load_gold(args.corpus)
    if not golds:
        print(f"no gold files under {args.corpus}/gold")
        return 2
    summary = extraction.summarize([extraction.score_report(g) for g in golds])
    print(extraction.render(summary))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [k for k, bar in extraction.THRESHOLDS.items() if summary[k] < bar]
    for k in failed:
        print(f"BELOW THRESHOLD: {k} = {summary[k]:.4f} < {extraction.THRESHOLDS[k]}")
    print(f"thresholds: {extraction.THRESHOLDS}")
    return 1 if failed else 0
