"""Benchmark (not a test): PDF reports per second per core, whole extraction (load → report), for
the pdfplumber loader and the PDFium text-layer loader, against the floor: PDFium's plain text of
the same pages (pypdfium2 `get_text_bounded`, nothing else). CPU seconds of this process (the
machine is shared: wall time measures the neighbours).

    .venv/bin/python bench/pdf_bench.py [--rounds 5]

Inputs: the corpus PDF (hongze-2023, 5 pages, ruled tables) and reportlab PDFs of generated
reports (ruled, borderless, a table across a page break)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def inputs() -> list[tuple[str, bytes]]:
    out = [("hongze-2023", (ROOT / "eval/corpus/reports/hongze-2023.pdf").read_bytes())]
    try:
        import test_pdf  # reportlab fixtures of the PDF tests
        from reportgen import consistent_values
    except Exception:  # reportlab missing: the corpus PDF alone
        return out
    for seed, split, ruled in ((1, None, True), (2, 15, True), (3, None, False)):
        out.append(
            (
                f"gen-{seed}-{'ruled' if ruled else 'borderless'}{'-split' if split else ''}",
                test_pdf._pdf(consistent_values(seed), split, ruled),
            )
        )
    return out


def floor(data: bytes) -> None:
    from extractor.pdfium_fonts import pdfium as served  # PDFium as the extractor runs it

    pdf = served().PdfDocument(data)
    for i in range(len(pdf)):
        pdf[i].get_textpage().get_text_bounded()
    pdf.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    from extractor.extract import extract_bytes

    files = inputs()
    runs = {"floor (pdfium plain text)": floor}
    for engine in ("pdfplumber", "pdfium"):

        def run(data: bytes, engine=engine) -> None:
            os.environ["XXGK_PDF_ENGINE"] = engine
            extract_bytes(data)

        runs[f"extract, {engine} loader"] = run
    for name, fn in runs.items():
        for _, data in files:
            fn(data)  # warm: imports, caches
        best = float("inf")
        for _ in range(args.rounds):
            t = time.process_time()
            for _, data in files:
                fn(data)
            best = min(best, (time.process_time() - t) / len(files))
        print(
            f"{name:<32} {best * 1000:7.1f} ms CPU a report  {1 / best:6.1f} reports/s per core "
            f"({len(files)} PDFs, best of {args.rounds})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
