"""PDF page geometry families: the report's pages as a publisher's tools store them, not as they
are read — pages stored turned (their content rotated 90° in the stream, with or without /Rotate
to show them upright), two pages printed side by side on one sheet (2-up), a diagonal watermark
over every page. Built from reportlab pages (render_doc.pdf) rearranged with PDFium (pypdfium2):
each source page becomes a Form XObject placed, turned or moved, on a new page."""

from __future__ import annotations

import io

from eval.reportgen.draw import Draw
from eval.reportgen.layout import Parts
from eval.reportgen.render_doc import pdf

A4 = (595.2756, 841.8898)
A5 = (419.5276, 595.2756)


def _place(src_data: bytes, sheets: list[tuple[float, float, int, list[tuple[int, tuple]]]]) -> bytes:
    """A new PDF: each sheet (width, height, /Rotate, [(source page, matrix)]) holds the source pages
    given, each transformed by its matrix (a, b, c, d, e, f)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(src_data)
    out = pdfium.PdfDocument.new()
    for w, h, rotation, placed in sheets:
        page = out.new_page(w, h)
        for index, matrix in placed:
            obj = src.page_as_xobject(index, out).as_pageobject()
            obj.transform(pdfium.PdfMatrix(*matrix))
            page.insert_obj(obj)
        page.gen_content()
        if rotation:
            page.set_rotation(rotation)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def turned(parts: Parts, d: Draw, rotate: bool) -> bytes:
    """A report laid out on landscape pages; each page drawn either stored as it is or stored
    portrait with its content turned a quarter (text running bottom-to-top or top-to-bottom). With
    `rotate` the turned page carries /Rotate 90 or 270, so a viewer shows it upright; without, it is
    shown sideways, as printed from a portrait-only tool."""
    import pypdfium2 as pdfium

    data = pdf(parts, d.pick((True, False)), pagesize=(A4[1], A4[0]))
    w, h = A4[1], A4[0]  # the landscape page
    n = len(pdfium.PdfDocument(data))
    sheets = []
    for i in range(n):
        if d.int(0, 3) == 0:  # now and then a page stays as laid out
            sheets.append((w, h, 0, [(i, (1, 0, 0, 1, 0, 0))]))
        elif d.int(0, 1):  # turned counter-clockwise: text bottom-to-top (/Rotate 90 shows it)
            sheets.append((h, w, 90 if rotate else 0, [(i, (0, 1, -1, 0, h, 0))]))
        else:  # clockwise: text top-to-bottom (/Rotate 270 shows it)
            sheets.append((h, w, 270 if rotate else 0, [(i, (0, -1, 1, 0, 0, w))]))
    return _place(data, sheets)


def two_up(parts: Parts, d: Draw) -> bytes:
    """An A5 booklet printed two pages to a landscape A4 sheet: left page, right page."""
    import pypdfium2 as pdfium

    data = pdf(parts, d.pick((True, False)), pagesize=A5, margin=d.pick((24, 30)))
    n = len(pdfium.PdfDocument(data))
    sheets = []
    for i in range(0, n, 2):
        placed = [(i, (1, 0, 0, 1, 0, 0))] + ([(i + 1, (1, 0, 0, 1, A5[0], 0))] if i + 1 < n else [])
        sheets.append((A4[1], A4[0], 0, placed))
    return _place(data, sheets)


def watermarked(parts: Parts, d: Draw, agency: str) -> bytes:
    """Every page carries a diagonal watermark tiled over it, drawn over the text: big light-grey
    glyphs at 30–60° (either way) across the table rows."""
    from reportlab.pdfgen.canvas import Canvas

    text = d.pick((f"{agency}信息公开专用", "内部资料 注意保存", "仅供政务公开使用"))
    angle = d.pick((30, 35, 45, 60, -30, -45))
    size = d.pick((28, 36, 44))
    step = d.pick((160, 220))

    class Marked(Canvas):
        def showPage(self):
            self.saveState()
            self.setFillGray(0.85)
            self.setFont("STSong-Light", size)
            for x in range(-200, 800, step * 2):
                for y in range(0, 900, step):
                    self.saveState()
                    self.translate(x, y)
                    self.rotate(angle)
                    self.drawString(0, 0, text)
                    self.restoreState()
            self.restoreState()
            super().showPage()

    return pdf(parts, d.pick((True, False)), canvasmaker=Marked)
