"""PDF text layers. By default through PDFium (extractor/pdf_layer.py: words with their boxes and
the ruling lines of the page, laid out like an OCR'd scan, ~7× faster); `XXGK_PDF_ENGINE=pdfplumber`
keeps the older loader below (ruled tables as rows of cells, the rest as lines). Either way a
table continued on the next page simply continues the token stream; the parser locates rows by
label, so the page break does not matter. No usable text layer → OCR (optional group)."""

from __future__ import annotations

import io
import os
import re

from .budgets import current as budgets, over
from .document import Document, TextBuilder
from .schema import ExtractError

PAGE_NUMBER = re.compile(r"[-—－\s]*\d{1,3}[-—－\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?")


def _is_table(rows: list[list[str | None]]) -> bool:
    """Ruled frames around narrative text come back as one-column 'tables'; keep real grids."""
    return max((sum(1 for c in row if c is not None) for row in rows), default=0) >= 2


def load_pdf(data: bytes) -> Document:
    if os.environ.get("XXGK_PDF_ENGINE", "pdfium") != "pdfplumber":
        from .pdf_layer import load_pdf_layer

        doc = load_pdf_layer(data)  # a PDF PDFium cannot open is said in Chinese there
        if doc is None or garbage_text(doc.text):
            return _ocr_instead(data)
        from .ocr_load import tables_missing, with_pdf_pictures

        return with_pdf_pictures(data, doc) if tables_missing(doc.text) else doc
    return _load_pdfplumber(data)


def _load_pdfplumber(data: bytes) -> Document:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises a zoo of exception types on broken files
        raise ExtractError("PDF 无法打开（文件损坏或加密）", "bad_pdf") from exc
    out = TextBuilder()
    pages: list[tuple[int, int, int]] = []
    n_chars = 0
    with pdf:
        for no, page in enumerate(pdf.pages, start=1):
            page_start = out.length
            n_chars += len(page.chars)
            if n_chars > budgets().chars:
                raise over("PDF 文字", n_chars, budgets().chars, " 字")
            found = [t for t in page.find_tables() if _is_table(t.extract())]
            boxes = [t.bbox for t in found]

            def outside(obj, boxes=boxes) -> bool:
                x = (obj["x0"] + obj["x1"]) / 2
                y = (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

            items: list[tuple[float, str, object]] = []
            height = float(page.height or 842)
            for line in page.filter(outside).extract_text_lines():
                margin = line["top"] > height * 0.9 or line["bottom"] < height * 0.08
                if margin and PAGE_NUMBER.fullmatch(line["text"].strip()):
                    continue  # a page number in the header/footer margin, not a cell
                items.append((line["top"], "line", line["text"]))
            for t in found:
                items.append((t.bbox[1], "table", t.extract()))
            items.sort(key=lambda it: it[0])
            for _, kind, content in items:
                if kind == "line":
                    out.line(str(content).strip())
                    continue
                for row in content:  # type: ignore[union-attr]
                    cells = [" ".join(c.split("\n")).strip() for c in row if c is not None]
                    if cells:
                        out.row(cells)
            pages.append((page_start, out.length, no))
            page.close()  # its characters, objects and layout go now, not with the document
    text = out.text()
    if n_chars == 0 or garbage_text(text):
        return _ocr_instead(data)
    from .ocr_load import tables_missing, with_pdf_pictures  # here: ocr_layout imports this module

    doc = Document(text, out.tokens, "pdf", None, pages)
    # a table body missing from the text: the tables may be pictures on text pages (read by OCR)
    return with_pdf_pictures(data, doc) if tables_missing(text) else doc


_BAD_CHARS = frozenset("□■\ufffd")


def garbage_text(text: str) -> bool:
    """A text layer that exists but cannot be read: boxes and replacement characters (glyphs with no
    Unicode mapping), private-use code points, or a long text with almost no Chinese, or none of
    the words every report prints (a wrong ToUnicode map turns Chinese into other characters)."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return True
    bad = sum(1 for c in chars if c in _BAD_CHARS or "\ue000" <= c <= "\uf8ff" or c < " ")
    if bad > 0.2 * len(chars):
        return True
    if len(chars) < 200:
        return False
    cjk = sum(1 for c in chars if "\u4e00" <= c <= "\u9fff")
    return cjk < 0.1 * len(chars) or not any(w in text for w in ("公开", "信息", "政府", "年度"))


def _ocr_instead(data: bytes) -> Document:
    from .ocr import available

    if not available():
        raise ExtractError("PDF 没有可用的文字层（扫描件），需要 OCR 组件：pip install 'xxgk[ocr]'", "no_text_layer")
    from .ocr_load import load_pdf_ocr

    doc = load_pdf_ocr(data)
    if not doc.text.strip():
        raise ExtractError("PDF 没有文字层，OCR 也没有识别出文字（空白或图像过于模糊）", "no_text_layer")
    return doc
