"""Command line of the evaluation harness. Exits 1 when a score falls below its threshold."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval import extraction, metrics
from eval.gold import DEFAULT_CORPUS, load_gold


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval")
    sub = p.add_subparsers(dest="what", required=True)
    e = sub.add_parser("extraction", help="cell / template / findings accuracy against gold")
    e.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    e.add_argument("--json", type=Path, default=Path("eval/out/extraction.json"))
    m = sub.add_parser("metrics", help="narrative metric precision/recall against gold")
    m.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    m.add_argument("--json", type=Path, default=Path("eval/out/metrics.json"))
    m.add_argument("--llm", action="store_true", help="also run the configured LLM (XXGK_LLM_MODEL …)")
    q = sub.add_parser("qa", help="question answering accuracy and retrieval recall@5 against gold")
    q.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    q.add_argument("--json", type=Path, default=Path("eval/out/qa.json"))
    q.add_argument("--llm", action="store_true", help="answer narrative questions with the configured LLM")
    args = p.parse_args(argv)
    if args.what == "metrics":
        return _metrics(args)
    if args.what == "qa":
        return _qa(args)

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


def _metrics(args: argparse.Namespace) -> int:
    from extractor.llm import LLMConfig

    llm = LLMConfig.from_env() if args.llm else None
    if args.llm and llm is None:
        print("--llm needs XXGK_LLM_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY)")
        return 2
    summary = metrics.summarize([metrics.score_report(g, llm) for g in load_gold(args.corpus)])
    print(metrics.render(summary))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [k for k, bar in metrics.THRESHOLDS.items() if summary[k] < bar]
    for k in failed:
        print(f"BELOW THRESHOLD: {k} = {summary[k]:.4f} < {metrics.THRESHOLDS[k]}")
    print(f"thresholds: {metrics.THRESHOLDS}")
    return 1 if failed else 0


def _qa(args: argparse.Namespace) -> int:
    from eval import qa
    from extractor.llm import LLMConfig

    llm = LLMConfig.from_env() if args.llm else None
    summary = qa.run(load_gold(args.corpus), llm)
    print(qa.render(summary))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [k for k, bar in qa.THRESHOLDS.items() if summary[k] < bar]
    for k in failed:
        print(f"BELOW THRESHOLD: {k} = {summary[k]:.4f} < {qa.THRESHOLDS[k]}")
    print(f"thresholds: {qa.THRESHOLDS}")
    return 1 if failed else 0
