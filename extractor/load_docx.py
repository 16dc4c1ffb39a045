"""Word (.docx) files via python-docx: paragraphs and tables in body order, each table row a row of
cells. A merged cell is returned by python-docx once per grid slot it covers; within a row only the
first slot becomes a token, so a value printed once is read once."""

from __future__ import annotations

import io

from .budgets import GridMeter, check_docx_table
from .document import Document, TextBuilder
from .schema import ExtractError


def load_docx(data: bytes) -> Document:
    from docx import Document as Docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Docx(io.BytesIO(data))
    except Exception as exc:  # a broken package raises from zipfile, lxml or python-docx itself
        raise ExtractError(f"Word 文档无法打开（文件损坏）：{type(exc).__name__}", "bad_docx") from exc
    out = TextBuilder()
    grid = GridMeter()
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            out.line(Paragraph(child, doc).text.strip())
        elif tag == "tbl":
            check_docx_table(child, grid)  # before python-docx lays out its grid
            for row in Table(child, doc).rows:
                seen: list[object] = []
                cells = []
                for cell in row.cells:
                    if seen and cell._tc is seen[-1]:
                        continue  # the same merged cell again (gridSpan)
                    seen.append(cell._tc)
                    cells.append(" ".join(cell.text.split()))
                out.row(cells)
    return Document(out.text(), out.tokens, "docx", None)
