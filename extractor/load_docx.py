"""Word (.docx) files via python-docx: paragraphs and tables in body order, each table row a row of
cells. A merged cell is returned by python-docx once per grid slot it covers; within a row only the
first slot becomes a token, so a value printed once is read once."""

from __future__ import annotations

import io

from .document import Document, Token
from .schema import ExtractError


def load_docx(data: bytes) -> Document:
    from docx import Document as Docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = Docx(io.BytesIO(data))
    except Exception as exc:  # a broken package raises from zipfile, lxml or python-docx itself
        raise ExtractError(f"Word 文档无法打开（文件损坏）：{type(exc).__name__}", "bad_docx") from exc
    parts: list[str] = []
    tokens: list[Token] = []
    length = 0

    def emit(s: str) -> int:
        nonlocal length
        start = length
        parts.append(s)
        length += len(s)
        return start

    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, doc).text.strip()
            if text:
                start = emit(text)
                tokens.append(Token(text, start, start + len(text)))
                emit("\n")
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                seen: list[object] = []
                cells = []
                for cell in row.cells:
                    if seen and cell._tc is seen[-1]:
                        continue  # the same merged cell again (gridSpan)
                    seen.append(cell._tc)
                    cells.append(" ".join(cell.text.split()))
                for i, text in enumerate(cells):
                    if i:
                        emit(" | ")
                    start = emit(text)
                    tokens.append(Token(text, start, start + len(text), row_end=i == len(cells) - 1,
                                        row_start=i == 0, blank=not text))
                emit("\n")
    return Document("".join(parts), tokens, "docx", None)
