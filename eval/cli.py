"""Command line of the evaluation harness. Each sub-command prints its table, writes JSON and exits 1
when a score falls below its stated threshold."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from eval import extraction, metrics, qa, wildbank
from eval.gold import DEFAULT_CORPUS, load_gold


def _finish(summary: dict, render: Callable[[dict], str], thresholds: dict[str, float], out: Path) -> int:
    print(render(summary))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [k for k, bar in thresholds.items() if summary[k] < bar]
    for k in failed:
        print(f"BELOW THRESHOLD: {k} = {summary[k]:.4f} < {thresholds[k]}")
    print(f"thresholds: {thresholds}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m eval")
    sub = p.add_subparsers(dest="what", required=True)
    for name, help_text, llm in (
        ("extraction", "cell / template / findings accuracy against gold", False),
        ("metrics", "narrative metric precision/recall against gold", True),
        ("qa", "question answering accuracy and retrieval recall@5", True),
    ):
        sp = sub.add_parser(name, help=help_text)
        sp.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
        sp.add_argument("--json", type=Path, default=Path(f"eval/out/{name}.json"))
        if llm:
            sp.add_argument(
                "--llm",
                nargs="?",
                const="on",
                choices=("on", "lean", "always"),
                default=None,
                help="also use the configured LLM (XXGK_LLM_MODEL …); =always: every section (comparison)",
            )
    sub.choices["qa"].add_argument(
        "--banks",
        nargs="+",
        help="only these question banks (dev, holdout, final, blind3 …; default every bank): the gated two are "
        "dev and holdout, the rest are scored",
    )
    o = sub.add_parser("ocr", help="corpus reports as scanned image-only PDFs: OCR cell accuracy, flags, pages/s")
    o.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    o.add_argument("--json", type=Path, default=Path("eval/out/ocr.json"))
    o.add_argument("--seed", type=int, default=0, help="scan look (dpi, skew, noise, ruled or not) per report")
    o.add_argument("--tables-only", action="store_true", help="only the pages with the tables (the CI size)")
    o.add_argument("--only", nargs="*", help="report ids (default: every gold report)")
    gen = sub.add_parser(
        "generator", help="generated reports per layout family × template, next to the corpus accuracy"
    )
    gen.add_argument("--n", type=int, default=40, help="reports per family (PDF and DOCX: fewer, by their cost)")
    gen.add_argument("--seed", type=int, default=0)
    gen.add_argument("--family", nargs="*", help="family names (default: every family)")
    gen.add_argument("--no-corpus", action="store_true", help="skip scoring eval/corpus and eval/wild")
    gen.add_argument("--json", type=Path, default=Path("eval/out/generator.json"))
    wq = sub.add_parser("wildqa", help="questions over the wild sets' reports (unseen layouts) in one store")
    wq.add_argument("--per-report", type=int, default=4, help="table-value questions a report")
    wq.add_argument("--seed", type=int, default=0)
    wq.add_argument("--json", type=Path, default=Path("eval/out/wildqa.json"))
    wb = sub.add_parser(
        "wildbank",
        help="a blind user-written bank (eval/questions/blindw, blindx, blindy, blindz, blindv) over its wild sets' store",
    )
    wb.add_argument(
        "bank",
        nargs="?",
        default="blindw",
        choices=tuple(wildbank.BANKS),
        help="default blindw",
    )
    wb.add_argument("--json", type=Path, help="default eval/out/wildbank.json (blindw), wildbank_<bank>.json")
    pp = sub.add_parser("paraphrase", help="metamorphic: rewrites of questions answered right must stay right")
    pp.add_argument("--bank", nargs="*", help="banks (default: dev holdout final blind3–8 blindw blindx)")
    pp.add_argument("--seed", type=int, default=0)
    pp.add_argument("--per", type=int, default=40, help="rewrites per bank and transformation")
    pp.add_argument("--only", nargs="*", help="transformations (default: all)")
    pp.add_argument("--show", type=int, default=40, help="failures printed")
    pp.add_argument("--json", type=Path, default=Path("eval/out/paraphrase.json"))
    cv = sub.add_parser("conv", help="generated reports through real converters (w3m, pandoc, pdftotext …), per chain")
    cv.add_argument("--json", type=Path, default=Path("eval/out/conv.json"))
    args = p.parse_args(argv)
    if args.what == "conv":
        from eval.conv import score as conv_score

        return _finish(conv_score.run(), conv_score.render, {}, args.json)
    if args.what == "paraphrase":
        from eval import paraphrase

        banks = args.bank or [*paraphrase.CORPUS_BANKS, *paraphrase.WILD_BANKS]
        summary = paraphrase.run(banks, args.seed, args.per, args.only)
        return _finish(summary, lambda s: paraphrase.render(s, args.show), {}, args.json)
    if args.what == "wildqa":
        from eval import wildqa

        return _finish(wildqa.run(args.per_report, args.seed), wildqa.render, {}, args.json)
    if args.what == "wildbank":
        out = args.json or Path(
            "eval/out/" + ("wildbank" if args.bank == "blindw" else f"wildbank_{args.bank}") + ".json"
        )
        return _finish(wildbank.run(args.bank), wildbank.render, {}, out)
    if args.what == "generator":
        from eval.reportgen import score

        summary = score.run(args.n, args.seed, args.family)
        if not args.no_corpus:
            summary["corpus"] = score.corpus_accuracy()
        return _finish(summary, score.render, {}, args.json)

    golds = load_gold(args.corpus)
    if not golds:
        print(f"no gold files under {args.corpus}/gold")
        return 2
    if args.what == "ocr":
        from eval import ocr
        from extractor.ocr import OCR_MISSING, available

        if not available():
            print(OCR_MISSING)
            return 2
        summary = ocr.run(golds, args.seed, args.tables_only, args.only)
        return _finish(summary, ocr.render, ocr.THRESHOLDS, args.json)
    cfg = None
    if getattr(args, "llm", None):
        from extractor.schema import ExtractError
        from extractor.settings import Settings

        try:
            cfg = Settings.load(llm=args.llm).llm
        except ExtractError as exc:
            print(f"--llm: {exc}")
            return 2
    if args.what == "extraction":
        summary = extraction.summarize([extraction.score_report(g) for g in golds])
        return _finish(summary, extraction.render, extraction.THRESHOLDS, args.json)
    if args.what == "metrics":
        summary = metrics.summarize([metrics.score_report(g, cfg) for g in golds])
        return _finish(summary, metrics.render, metrics.THRESHOLDS, args.json)
    return _finish(qa.run(golds, cfg, args.banks), qa.render, qa.THRESHOLDS, args.json)
