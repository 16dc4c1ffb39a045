"""Report content a DOCX holds outside its body's paragraphs and tables.

- Text boxes (`w:txbxContent`): a table or text pasted into a text box sits inside a run's drawing,
  which python-docx's body order never visits (the body has no table at all). Word writes each box
  twice — the DrawingML shape in `mc:Choice` and a VML copy in `mc:Fallback` — so the fallback is
  dropped where a choice stands beside it, and the box's paragraphs and tables are lifted into the
  body right after the paragraph that anchors it: they are read once, where the reader meets them.
- altChunk (`w:altChunk`): an OA system or a web editor exports the report (or each table) as an HTML,
  MHT or RTF part that Word imports when it opens the file; document.xml holds only a reference to it.
  The part is read by the HTML (or RTF) loader and its text and tokens are put where the reference
  stands.
- Embedded workbooks (`w:object` / `o:OLEObject` ProgID 「Excel.Sheet.12」): a table pasted from
  Excel as an object shows as its EMF preview picture, its cells live in the embedded .xlsx package
  (word/embeddings/). The workbook is read by the XLSX loader where the object stands; the preview
  picture is not read (the cells are)."""

from __future__ import annotations

import dataclasses

from .budgets import GridMeter
from .document import Document, TextBuilder
from .mime import html_part
from .schema import ExtractError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_BLOCKS = (_W + "p", _W + "tbl")
_OLE = "{urn:schemas-microsoft-com:office:office}OLEObject"
_XLSX_MAGIC = b"PK\x03\x04"


def lift_text_boxes(body) -> None:
    """In place: each text box's paragraphs and tables moved into the body after its anchor paragraph
    (once: the VML fallback of a DrawingML box is dropped)."""
    if next(body.iter(_W + "txbxContent"), None) is None:
        return
    for alt in list(body.iter(_MC + "AlternateContent")):
        if alt.find(_MC + "Choice") is not None:
            for fallback in alt.findall(_MC + "Fallback"):
                alt.remove(fallback)
    for p in list(body.iterchildren(_W + "p")):
        at = body.index(p) + 1
        for box in list(p.iter(_W + "txbxContent")):
            for child in list(box):
                if child.tag in _BLOCKS:
                    body.insert(at, child)  # (moves it: the box keeps nothing to read twice)
                    at += 1


def _html_of(blob: bytes, content_type: str) -> bytes:
    """An MHT part (a MIME message) gives its first HTML body; an HTML part is itself."""
    if "rfc822" in content_type or blob[:200].lstrip().lower().startswith(b"mime-version"):
        return html_part(blob)
    return blob


def alt_chunk(element, docx, grid: GridMeter | None = None) -> Document | None:
    """The HTML, MHT or RTF part an `w:altChunk` points at, loaded; None when it is missing, empty or of
    another kind (a plain-text chunk). `grid`: the document's meter (a chunk's tables are its tables)."""
    from .load import decode
    from .load_html import load_html
    from .load_rtf import is_rtf, load_rtf

    part = docx.part.related_parts.get(element.get(_R_ID))
    if part is None or not hasattr(part, "blob"):
        return None
    content_type = getattr(part, "content_type", "")
    if "rtf" in content_type or is_rtf(part.blob):  # an RTF chunk (an OA system's table, \trowd rows)
        try:
            return load_rtf(part.blob, grid)
        except ExtractError as exc:
            if exc.code == "empty":  # (a chunk with no text: nothing to put in its place)
                return None
            raise
    if not any(k in content_type for k in ("html", "rfc822")):
        return None  # (a plain-text chunk: not read)
    data = _html_of(part.blob, content_type)
    if not data.strip():
        return None
    text, encoding = decode(data)
    return load_html(data, text, encoding, grid=grid)


def append_document(out: TextBuilder, sub: Document) -> None:
    """`sub`'s text and tokens after what `out` holds, on lines of their own."""
    out.newline()
    base = out.emit(sub.text)
    out.tokens += [dataclasses.replace(t, start=t.start + base, end=t.end + base) for t in sub.tokens]
    out.newline()


def embedded_sheets(paragraph, docx, grid: GridMeter | None = None) -> list[Document]:
    """The workbooks of the Excel objects (「Excel.Sheet.12」, an .xlsx package) a paragraph holds, each
    loaded as the XLSX loader reads a file; an object that is no workbook, or one that does not open,
    is skipped (its preview picture stays what the reader sees) — one over a budget is not: the
    document is refused (a zip bomb inside the package, tables over the document's grid `grid`)."""
    from .load_xlsx import load_xlsx

    out: list[Document] = []
    for ole in paragraph.iter(_OLE):
        if not (ole.get("ProgID") or "").startswith("Excel.Sheet"):
            continue
        part = docx.part.related_parts.get(ole.get(_R_ID))
        blob = getattr(part, "blob", b"") if part is not None else b""
        if not blob.startswith(_XLSX_MAGIC):
            continue  # (an Excel 97 object, 「Excel.Sheet.8」, is an OLE compound file: not read here)
        try:
            out.append(load_xlsx(blob, grid))
        except ExtractError as exc:
            if exc.code == "over_budget":
                raise
            continue
    return out


def holds_object(paragraph) -> bool:
    return next(paragraph.iter(_OLE), None) is not None
