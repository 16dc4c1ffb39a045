"""HTML whose text is placed by absolute position (poppler's `pdftohtml`: every run of text of a PDF
page one `<p style="position:absolute;top:…px;left:…px">` inside a page `<div>`), read by geometry.

Such a page has no `<table>`: a table's cells are loose paragraphs in source order, and a blank cell
is nothing at all, so read as a flow of paragraphs the numbers of a row with blanks slid left (or
the row split several ways). Its positions are a PDF text layer: each paragraph becomes a box
(top/left in pixels, its height the font size of its class, its width from its characters: a CJK
character one em, others about half) on a `Page`, and the one layout that reads a PDF's text layer
and an OCR'd scan (extractor/ocr_layout.py) makes the rows and columns. A paragraph with line breaks
is one box a line, a line height apart. Pages that are not laid out this way are read as HTML."""

from __future__ import annotations

import re
import unicodedata

from .ocr import Box, Page

_POS = re.compile(r"position:\s*absolute;[^\"]*?top:\s*(-?\d+(?:\.\d+)?)px;\s*left:\s*(-?\d+(?:\.\d+)?)px")
_PAGE = re.compile(r"position:\s*relative;\s*width:\s*(\d+)px;\s*height:\s*(\d+)px")
_CLASS = re.compile(r"\.(\w+)\s*\{([^}]*)\}")
_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)px")
_LINE = re.compile(r"line-height:\s*(\d+(?:\.\d+)?)px")
_MIN_PLACED = 20  # paragraphs placed by position before a page is read by geometry


def _fonts(root) -> dict[str, tuple[float, float]]:
    """Class name → (font size, line height) from the page's style sheets."""
    out: dict[str, tuple[float, float]] = {}
    for style in root.iter("style"):
        for name, body in _CLASS.findall(style.text or ""):
            size = _SIZE.search(body)
            if size:
                line = _LINE.search(body)
                fs = float(size.group(1))
                out[name] = (fs, float(line.group(1)) if line else fs * 1.2)
    return out


def _em(text: str) -> float:
    """Width of `text` in ems: a CJK (wide) character one, any other half."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.5 for ch in text)


def _lines(p) -> list[str]:
    """The text of a paragraph, one string a `<br>`-separated line."""
    lines = [""]
    if p.text:
        lines[-1] += p.text
    for child in p:
        if child.tag == "br":
            lines.append("")
        else:
            lines[-1] += child.text_content()
        if child.tail:
            lines[-1] += child.tail
    return [re.sub(r"\s+", " ", line).strip() for line in lines]


def positioned_pages(root) -> list[Page] | None:
    """The pages of an HTML document laid out by absolute position, as text-layer pages; None when
    the document is not one (fewer than a handful of positioned paragraphs, or no page box)."""
    placed = [p for p in root.iter("p") if _POS.search(p.get("style") or "")]
    if len(placed) < _MIN_PLACED:
        return None
    fonts = _fonts(root)
    # pdftohtml defines a font's class once, on the page it first appears: a class of a later page
    # may be defined nowhere. The smallest size is taken then (a width too narrow keeps two cells
    # apart; one too wide runs a label into the number beside it).
    fallback = min(fonts.values(), default=(12.0, 14.4))
    pages: list[Page] = []
    for div in root.iter("div"):
        size = _PAGE.search(div.get("style") or "")
        if size is None:
            continue
        boxes: list[Box] = []
        for p in div.iter("p"):
            pos = _POS.search(p.get("style") or "")
            if pos is None:
                continue
            top, left = float(pos.group(1)), float(pos.group(2))
            fs, lh = fonts.get(p.get("class") or "", fallback)
            for i, line in enumerate(_lines(p)):
                if line:
                    y0 = top + i * lh
                    boxes.append(Box(line, 1.0, left, y0, left + _em(line) * fs, y0 + fs))
        pages.append(Page(int(size.group(1)), int(size.group(2)), boxes))
    if not pages or sum(len(p.boxes) for p in pages) < _MIN_PLACED:
        return None
    return pages
