"""Benchmark (not a test): prompt tokens per report for the section-wise LLM pass against sending
the whole report in one prompt, on the corpus.

    .venv/bin/python bench/llm_tokens.py [--corpus eval/corpus]

Counted offline with `extractor.llm.estimate_tokens` (1.05 tokens per CJK character, the cl100k
ratio measured for this project; 1 per 3.5 other characters), plus the measured
~450-token JSON-schema system message instructor adds to every call. No tokenizer is downloaded."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.extract import extract_path  # noqa: E402
from extractor.llm import _SCHEMA_OVERHEAD, NARRATIVE_SECTIONS, estimate_tokens, prompt  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    args = p.parse_args()
    print(f"{'report':28} {'sections':>8} {'section-wise':>12} {'whole':>8} {'ratio':>6}")
    tot_s = tot_w = 0
    for f in sorted((args.corpus / "reports").iterdir()):
        r = extract_path(str(f))
        calls = [s for s in r.sections if s.number in NARRATIVE_SECTIONS or r.template.value == "LEGACY"]
        sectionwise = sum(estimate_tokens(prompt("narrative_metrics", section=s.number,
                                                 text=r.text[s.span.start:s.span.end])) + _SCHEMA_OVERHEAD
                          for s in calls)
        whole = estimate_tokens(prompt("narrative_metrics", section="全文", text=r.text)) + _SCHEMA_OVERHEAD
        tot_s += sectionwise
        tot_w += whole
        print(f"{f.stem:28} {len(calls):>8} {sectionwise:>12} {whole:>8} {sectionwise / whole:>6.2f}")
    print(f"{'total':28} {'':>8} {tot_s:>12} {tot_w:>8} {tot_s / tot_w:>6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
