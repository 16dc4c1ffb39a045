"""PDF text layers via pdfplumber: ruled tables come back as rows of cells, the rest as lines, in
reading order page by page. A table continued on the next page simply continues the token
stream; the parser locates rows by label, so the page break does not matter."""

from __future__ import annotations

import io
import re

from .budgets import current as budgets, over
from .document import Document, TextBuilder
from .schema import ExtractError


_PAGE_NUMBER = re.compile(r"[-—－\s]*\d{1,3}[-—－\s]*|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?")


def _is_table(rows: list[list[str | None]]) -> bool:
    """Ruled frames around narrative text come back as one-column 'tables'; keep real grids."""
    return max((sum(1 for c in row if c is not None) for row in rows), default=0) >= 2


def load_pdf(data: bytes) -> Document:
    import pdfplumber
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises a zoo of exception types on broken files
        raise ExtractError(f"PDF 无法打开（文件损坏或加密）：{type(exc).__name__}", "bad_pdf") from exc
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
                if margin and _PAGE_NUMBER.fullmatch(line["text"].strip()):
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
    if n_chars == 0:
        raise ExtractError("PDF 没有文字层（扫描件），需要先做 OCR（no text layer: OCR needed）", "no_text_layer")
    return Document(out.text(), out.tokens, "pdf", None, pages)
