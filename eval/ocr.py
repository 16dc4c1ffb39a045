"""OCR evaluation: the corpus reports as scanned, image-only PDFs, read back through the product's
own path (load → OCR → layout → tables → checks) and scored against the same gold as the text.

Scores: cells right of the gold cells; of the wrong cells, how many are flagged — named by a check
or doubt finding (H1–H5, D1–D7) or read with a confidence under the low bar — since a wrong cell we
do not flag is the one that costs a user. Speed: pages per second per core (the recogniser runs on
one thread unless XXGK_OCR_THREADS says otherwise)."""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from eval.extraction import values_equal
from extractor.extract import extract_bytes, extract_path
from extractor.ocr_checks import LOW_CONFIDENCE

THRESHOLDS = {"cell_accuracy": 0.99, "wrong_flagged": 1.0}
_FLAGS = frozenset(("H1", "H2", "H3", "H4", "H5", "D1", "D2", "D3", "D4", "D5", "D6", "D7"))


@dataclass
class OcrScore:
    id: str
    pages: int = 0
    dpi: int = 0
    ruled: bool = True
    seconds: float = 0.0
    cpu: float = 0.0  # CPU seconds of this process (with one OCR thread: what a core pays; the
    # machine is shared, and wall time there says more about the neighbours than about us)
    right: int = 0
    total: int = 0
    wrong: list[tuple[str, object, object, bool]] = field(default_factory=list)  # key, gold, got, flagged
    template_ok: bool = False
    error: str | None = None


def scanned_pdf(gold: dict, seed: int, tables_only: bool) -> tuple[bytes, int, int, bool]:
    """(image-only PDF, pages, dpi, ruled) for one corpus report."""
    from eval import scan

    rng = random.Random(f"{seed}:{gold['id']}")
    dpi = rng.choice((150, 170, 200))
    ruled = rng.random() > 0.3
    path = gold["_path"]
    if path.endswith(".pdf"):
        data = Path(path).read_bytes()
        pages = scan.render_pdf(data, dpi)
        if tables_only:  # the pages holding table 三
            report = extract_path(path)
            wanted = sorted({c.span.page for c in report.cells if c.span and c.span.page})
            pages = [pages[p - 1] for p in wanted]
        ruled = True
    else:
        pages = scan.typeset(extract_path(path), dpi, ruled, tables_only)
    kind = scan.family(gold["id"], seed)
    pages = [scan.scanned(p, rng, kind, k) for k, p in enumerate(pages)]
    return scan.as_pdf(pages, dpi), len(pages), dpi, ruled


def score_report(gold: dict, seed: int = 0, tables_only: bool = False) -> OcrScore:
    s = OcrScore(gold["id"])
    pdf, s.pages, s.dpi, s.ruled = scanned_pdf(gold, seed, tables_only)
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        report = extract_bytes(pdf, f"{gold['id']}-scan.pdf")
    except Exception as exc:
        s.error = f"{type(exc).__name__}: {exc}"
        s.total = sum(len(gold.get(t, {})) for t in ("t2", "t3", "t4"))
        return s
    s.seconds = time.perf_counter() - t0
    s.cpu = time.process_time() - c0
    s.template_ok = report.template.value == gold["template"]
    flagged = {k for f in report.findings if f.check in _FLAGS for k in f.cells} | {
        f.where for f in report.findings if f.check in _FLAGS
    }
    cells = {c.key: c for c in report.cells}
    for t in ("t2", "t3", "t4"):
        for k, v in gold.get(t, {}).items():
            key = f"{t}.{k}"
            s.total += 1
            cell = cells.get(key)
            got = cell.value if cell else "<missing>"
            if values_equal(got, v):
                s.right += 1
                continue
            weak = cell is not None and cell.confidence is not None and cell.confidence < LOW_CONFIDENCE
            in_flagged_row = any(key.startswith(w + ".") or key == w for w in flagged)
            s.wrong.append((key, v, got, key in flagged or weak or in_flagged_row))
    return s


def run(golds: list[dict], seed: int = 0, tables_only: bool = False, only: list[str] | None = None) -> dict:
    os.environ.setdefault("XXGK_OCR_THREADS", "1")  # per-core figures
    scores = [score_report(g, seed, tables_only) for g in golds if not only or g["id"] in only]
    right = sum(s.right for s in scores)
    total = sum(s.total for s in scores)
    wrong = [w for s in scores for w in s.wrong]
    pages = sum(s.pages for s in scores if not s.error)
    seconds = sum(s.seconds for s in scores)
    cpu = sum(s.cpu for s in scores)
    return {
        "cell_accuracy": right / total if total else 1.0,
        "wrong_flagged": sum(1 for w in wrong if w[3]) / len(wrong) if wrong else 1.0,
        "cells_right": right,
        "cells_total": total,
        "pages": pages,
        "seconds": round(seconds, 1),
        "pages_per_second_per_core": round(pages / seconds, 3) if seconds else 0.0,
        "cpu_seconds_per_page": round(cpu / pages, 2) if pages else 0.0,
        "ocr_threads": int(os.environ["XXGK_OCR_THREADS"]),
        "reports": [
            {
                "id": s.id,
                "pages": s.pages,
                "dpi": s.dpi,
                "ruled": s.ruled,
                "seconds": round(s.seconds, 1),
                "right": s.right,
                "total": s.total,
                "template_ok": s.template_ok,
                "error": s.error,
                "wrong": [{"key": k, "gold": g, "got": v, "flagged": f} for k, g, v, f in s.wrong],
            }
            for s in scores
        ],
    }


def render(summary: dict) -> str:
    lines = ["report                   pages dpi ruled  cells      s  wrong (unflagged)"]
    for r in summary["reports"]:
        unflagged = sum(1 for w in r["wrong"] if not w["flagged"])
        lines.append(
            f"{r['id']:<24} {r['pages']:>5} {r['dpi']:>3} {'yes' if r['ruled'] else 'no ':<5} "
            f"{r['right']:>4}/{r['total']:<4} {r['seconds']:>5} {len(r['wrong']):>3} ({unflagged})"
            + (f"  ERROR {r['error']}" if r["error"] else "")
        )
        for w in r["wrong"][:8]:
            lines.append(f"    {w['key']}: gold {w['gold']!r} got {w['got']!r}{'' if w['flagged'] else '  UNFLAGGED'}")
    lines.append(
        f"cells {summary['cells_right']}/{summary['cells_total']} = {summary['cell_accuracy']:.4f}; "
        f"wrong cells flagged {summary['wrong_flagged']:.3f}; {summary['pages']} pages in "
        f"{summary['seconds']} s = {summary['pages_per_second_per_core']} pages/s "
        f"({summary['ocr_threads']} thread); {summary['cpu_seconds_per_page']} CPU s a page"
    )
    return "\n".join(lines)
