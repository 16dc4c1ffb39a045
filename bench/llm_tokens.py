"""Benchmark (not a test): prompt tokens per report of the LLM pass — lean (only what the rules
leave open, the default), always (every narrative section, `--llm=always`) — against sending the
whole report in one prompt.

    .venv/bin/python bench/llm_tokens.py [--corpus eval/corpus] [--sets reports,unlabeled]

The real pipeline runs against the scripted server of the tests on loopback (it answers "nothing
found", so no re-asks), and what each request actually carries is counted: instructor's system
message with the JSON schema included. The whole-report prompt is sent through the same client and
counted the same way. Tokens are estimated offline (`extractor.llm_client.estimate_tokens`: 1.05
per CJK character, the cl100k ratio measured for this project, 1 per 3.5 other characters, a
whitespace run as one); no tokenizer is downloaded. Completion tokens are not counted (they
depend on the model)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from extractor.extract import extract_path  # noqa: E402
from extractor.llm import SectionMetrics, run_llm  # noqa: E402
from extractor.llm_client import LLMClient, LLMConfig, estimate_tokens, prompt  # noqa: E402
from llm_server import ScriptedLLM  # noqa: E402

FORMATS = (".txt", ".md", ".html", ".pdf", ".docx")


def _nothing(body: dict, n: int) -> dict:
    user = body["messages"][-1]["content"]
    return {"content": json.dumps({"cells": []} if "拆分成" in user else {"metrics": []})}


def _sent(requests: list[dict]) -> int:
    return sum(estimate_tokens(m["content"]) for r in requests for m in r["messages"])


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    p.add_argument("--sets", default="reports,unlabeled", help="sub-folders of the corpus to read")
    args = p.parse_args()
    files = [f for s in args.sets.split(",") for f in sorted((args.corpus / s).glob("*")) if f.suffix in FORMATS]
    with ScriptedLLM(_nothing) as server:

        def config(passes: str) -> LLMConfig:
            return LLMConfig(
                model="bench",
                base_url=server.url,
                api_key="x",
                passes=passes,  # type: ignore[arg-type]
                token_budget=10**9,
                cache_dir=None,
            )

        client = LLMClient(config("lean"))
        print(
            f"{'report':32} {'calls':>5} {'lean':>6} {'always':>7} {'whole':>6} {'lean/whole':>10} {'always/whole':>12}"
        )
        rows = []
        for f in files:
            report = extract_path(str(f))
            tokens = {}
            calls = 0
            for passes in ("lean", "always"):
                before = len(server.requests)
                done = run_llm(report.model_copy(deep=True), config(passes), client)
                tokens[passes] = _sent(server.requests[before:])
                assert done.llm is not None
                calls = done.llm.calls if passes == "lean" else calls
            before = len(server.requests)
            client.ask(SectionMetrics, prompt("narrative_metrics", section="全文", text=report.text))
            tokens["whole"] = _sent(server.requests[before:])
            rows.append((f"{f.parent.name}/{f.stem}", calls, tokens))
            print(
                f"{rows[-1][0]:32} {calls:>5} {tokens['lean']:>6} {tokens['always']:>7} {tokens['whole']:>6} "
                f"{tokens['lean'] / tokens['whole']:>10.3f} {tokens['always'] / tokens['whole']:>12.3f}"
            )
    total = {k: sum(t[k] for _, _, t in rows) for k in ("lean", "always", "whole")}
    mean = {k: sum(t[k] / t["whole"] for _, _, t in rows) / len(rows) for k in ("lean", "always")}
    print(
        f"{'total':32} {sum(c for _, c, _ in rows):>5} {total['lean']:>6} {total['always']:>7} {total['whole']:>6} "
        f"{total['lean'] / total['whole']:>10.3f} {total['always'] / total['whole']:>12.3f}"
    )
    print(
        f"mean per report ({len(rows)} reports): lean {mean['lean']:.3f} · always {mean['always']:.3f} of the "
        f"whole-report prompt; {total['lean'] / len(rows):.0f} / {total['always'] / len(rows):.0f} / "
        f"{total['whole'] / len(rows):.0f} tokens a report (lean / always / whole)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
