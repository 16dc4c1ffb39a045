"""A PDF page's text layer through PDFium (pypdfium2): characters grouped into words with their
boxes, and the ruling lines of its tables from the page's path objects — the same `Page` an OCR'd
scan becomes, so one layout (extractor/ocr_layout.py) reads both: grid cells where rules are,
lines and regular pitch where they are not.

Characters come from one call for the page's text and one box query a character (ctypes); a word
ends at a space, a jump back or down (a new line), or a gap wider than 0.6 of the font height.
Rules are stroked paths thin in one direction, or the axis-aligned segments of a stroked path
(a rectangle drawn with `re`, a grid drawn as one path), in page points, y from the top."""

from __future__ import annotations

import ctypes

from .ocr import Box, Page, Rule

_THIN = 2.5  # points: a path this thin in one direction is a rule
_MIN_RULE = 5.0


def _segments(obj, raw, h: float) -> list[tuple[str, Rule]]:
    """Axis-aligned line segments of a stroked path, transformed to page space."""
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return []
    n = raw.FPDFPath_CountSegments(obj)
    x, y = ctypes.c_float(), ctypes.c_float()
    pts: list[tuple[float, float, int, bool]] = []
    for i in range(n):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        px = m.a * x.value + m.c * y.value + m.e
        py = m.b * x.value + m.d * y.value + m.f
        pts.append((px, h - py, raw.FPDFPathSegment_GetType(seg), bool(raw.FPDFPathSegment_GetClose(seg))))
    out: list[tuple[str, Rule]] = []
    start = None
    prev = None
    for px, py, kind, close in pts:
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = prev = (px, py)
            continue
        if prev is not None and kind == raw.FPDF_SEGMENT_LINETO:
            out += _edge(prev, (px, py))
        prev = (px, py)
        if close and start is not None:
            out += _edge(prev, start)
    return out


def _edge(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[str, Rule]]:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) <= 0.5 and abs(x1 - x0) >= _MIN_RULE:
        return [("h", Rule((y0 + y1) / 2, min(x0, x1), max(x0, x1)))]
    if abs(x0 - x1) <= 0.5 and abs(y1 - y0) >= _MIN_RULE:
        return [("v", Rule((x0 + x1) / 2, min(y0, y1), max(y0, y1)))]
    return []


def _rules(page, raw, h: float) -> tuple[list[Rule], list[Rule]]:
    hr: list[Rule] = []
    vr: list[Rule] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=4):
        left, bottom, right, top = obj.get_bounds()
        w, ht = right - left, top - bottom
        if ht <= _THIN and w >= _MIN_RULE:
            hr.append(Rule(h - (top + bottom) / 2, left, right))
            continue
        if w <= _THIN and ht >= _MIN_RULE:
            vr.append(Rule((left + right) / 2, h - top, h - bottom))
            continue
        raw.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke))
        if stroke.value:  # a drawn rectangle or a grid in one path: its edges
            for kind, rule in _segments(obj.raw, raw, h):
                (hr if kind == "h" else vr).append(rule)
    return sorted(hr, key=lambda r: r.pos), sorted(vr, key=lambda r: r.pos)


def _words(textpage, raw, h: float) -> list[Box]:
    n = raw.FPDFText_CountChars(textpage)
    if n <= 0:
        return []
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # characters beyond the BMP: ask one at a time
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage, i)) for i in range(n))
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    get_box = raw.FPDFText_GetCharBox
    tp = textpage.raw
    out: list[Box] = []
    cur: list[str] = []
    x0 = y0 = x1 = y1 = 0.0
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "\ufffe":
            if cur:
                out.append(Box("".join(cur), 1.0, x0, h - y1, x1, h - y0))
                cur = []
            continue
        get_box(tp, i, *refs)
        lf, r, b, t = left.value, right.value, bottom.value, top.value
        if cur:
            size = max(y1 - y0, t - b, 1.0)
            if lf < x0 - 0.1 * size or b > y1 - 0.3 * size or t < y0 + 0.3 * size or lf - x1 > 0.6 * size:
                out.append(Box("".join(cur), 1.0, x0, h - y1, x1, h - y0))
                cur = []
        if not cur:
            x0, y0, x1, y1 = lf, b, r, t
        else:
            x1 = max(x1, r)
            y0, y1 = min(y0, b), max(y1, t)
        cur.append(ch)
    if cur:
        out.append(Box("".join(cur), 1.0, x0, h - y1, x1, h - y0))
    return out


def read_layer(page) -> Page:
    """One pypdfium2 page's words and rules, in points, y from the top."""
    import pypdfium2.raw as raw

    w, h = page.get_size()
    textpage = page.get_textpage()
    try:
        words = _words(textpage, raw, h)
    finally:
        textpage.close()
    hr, vr = _rules(page, raw, h)
    return Page(int(w), int(h), words, hr, vr, 0.0)


def load_pdf_layer(data: bytes):
    """A PDF's text layer as a Document, laid out like an OCR'd scan (pages in order; a table
    continued on the next page continues the token stream). None when the PDF has no characters."""
    import pypdfium2 as pdfium

    from .budgets import current as budgets, over
    from .ocr_layout import build_document
    from .schema import ExtractError

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ExtractError(f"PDF 无法打开（文件损坏或加密）：{exc}", "bad_pdf") from exc
    try:
        pages = []
        n_chars = 0
        limit = budgets().chars
        for i in range(len(pdf)):
            try:
                page = pdf[i]
            except pdfium.PdfiumError:  # a damaged page: the others are still read
                pages.append(Page(595, 842, []))
                continue
            layer = read_layer(page)
            page.close()  # its text and objects go now, not with the document
            n_chars += sum(len(b.text) for b in layer.boxes)
            if n_chars > limit:
                raise over("PDF 文字", n_chars, limit, " 字")
            pages.append(layer)
    finally:
        pdf.close()
    if not any(p.boxes for p in pages):
        return None
    return build_document(pages, "pdf", ocr=False)
