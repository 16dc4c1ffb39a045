"""Aid for speed work (not a test): every Report of the corpus, of eval/wild, wild2, wild3 and of 100 generated
variants, as one JSON file, so a change meant to be output-neutral can be checked byte for byte.

    .venv/bin/python bench/report_dump.py before.json      # on the commit before the change
    .venv/bin/python bench/report_dump.py after.json       # after it
    cmp before.json after.json

`--sets all`: also every other report of eval/corpus (and eval/corpus/unlabeled), of every eval/wild* set (every
format: PDFs, Office files, carriers) but the ones whose reading needs OCR (picture files, scanned PDFs, pictures
inside a page: the OCR engine is stopped and the file left out, its name listed on stderr), and two generated
reports (seeds 0, 1) of every text-form reportgen family (txt, Markdown, HTML). `--sets text`: the same but only
.txt/.md/.html/.htm files and the generated reports (the text rules path; a few minutes less).
`--root DIR`: read the sets of another tree's eval/ (the extractor is the one on PYTHONPATH), so two trees dump
the same inputs.

Variants: the five generated forms (pipe, lines, Markdown, HTML, glued) × seeds × GF2019/GF2021
（六） × the vendor 小计 column, some with a broken identity and a blank cell.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from extractor.extract import extract_bytes  # noqa: E402
from reportgen import consistent_values, render  # noqa: E402


class _NeedsOcr(BaseException):
    """Raised by the stopped OCR engine: the file is left out of the dump (not an Exception, so no fallback in
    the extractor swallows it)."""


def _no_ocr(*_a, **_k):
    raise _NeedsOcr


_TEXT = (".txt", ".md", ".html", ".htm")


def _everything(out: dict[str, dict], root: Path, text_only: bool) -> None:
    from extractor import ocr

    ocr._engine = _no_ocr  # type: ignore[assignment]
    skipped: list[str] = []
    folders = [root / "eval" / "corpus" / "reports", root / "eval" / "corpus" / "unlabeled"]
    folders += sorted(p / "reports" for p in (root / "eval").glob("wild*") if (p / "reports").is_dir())
    for folder in folders:
        if not folder.is_dir():
            continue
        for p in sorted(folder.iterdir()):
            if not p.is_file() or p.suffix in (".json", ".tsv") and p.name in ("expected.json", "MANIFEST.tsv"):
                continue
            if text_only and p.suffix.lower() not in _TEXT:
                continue
            key = f"all/{folder.parent.name}/{folder.name}/{p.name}"
            if key.replace("all/corpus/reports/", "") in out or f"{folder.parent.name}/{p.name}" in out:
                continue  # already in the default sets
            try:
                out[key] = json.loads(extract_bytes(p.read_bytes(), p.name).model_dump_json())
            except _NeedsOcr:
                skipped.append(key)
            except Exception as e:  # a file refused with its reason: the refusal is the output
                out[key] = {"error": f"{type(e).__name__}: {e}"}
    from eval.reportgen.draw import RandomDraw
    from eval.reportgen.families import FAMILIES, generate

    for fam in FAMILIES:
        if fam.format not in ("txt", "markdown", "html"):
            continue
        for seed in (0, 1):
            random.seed(seed)  # (a MIME family's boundary is drawn from the global generator)
            try:
                g = generate(RandomDraw(seed), fam.name)
                out[f"gen/{fam.name}/{seed}"] = json.loads(extract_bytes(g.data, g.name).model_dump_json())
            except _NeedsOcr:
                skipped.append(f"gen/{fam.name}/{seed}")
    print(f"left out (OCR): {len(skipped)}: {' '.join(skipped)}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--sets", choices=("default", "text", "all"), default="default")
    ap.add_argument("--root", type=Path, default=ROOT, help="the tree whose eval/ sets are read")
    args = ap.parse_args()
    root: Path = args.root
    out: dict[str, dict] = {}
    for folder in (
        root / "eval" / "corpus" / "reports",
        root / "eval" / "wild" / "reports",
        root / "eval" / "wild2" / "reports",
        root / "eval" / "wild3" / "reports",
    ):
        for p in sorted(folder.iterdir()):
            if p.suffix in (".txt", ".md", ".html", ".pdf", ".docx"):
                key = p.name if folder.parent.name == "corpus" else f"{folder.parent.name}/{p.name}"
                out[key] = json.loads(extract_bytes(p.read_bytes(), p.name).model_dump_json())
    for seed in range(1, 6):
        for form in ("pipe", "lines", "markdown", "html", "glued"):
            for single_r6 in (False, True):
                for subtotal in (False, True):
                    values: dict[str, int | float | None] = dict(consistent_values(seed, single_r6=single_r6))
                    if seed == 3:  # a report defect and a blank cell
                        values["t3.r7.np"] = (values["t3.r7.np"] or 0) + 1
                        values["t3.r1.biz"] = None
                    text = render(values, form, single_r6=single_r6, org_subtotal=subtotal)
                    name = f"{form}-{seed}-{single_r6}-{subtotal}"
                    out[name] = json.loads(extract_bytes(text.encode(), name).model_dump_json())
    if args.sets != "default":
        _everything(out, root, args.sets == "text")
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(out)} reports → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
