"""PDFs that draw text which is not the cell's where it stands (extractor/pdf_overprint.py): every
value drawn twice at one place (a second, invisible text layer; a faux bold), and Word's 「所有标记」
print with a revision's old figure struck through before the new one (eval/wild16 p24-huichang,
p22-lishui)."""

from __future__ import annotations

from eval.reportgen.draw import Draw
from eval.reportgen.layout import Parts
from eval.reportgen.render_doc import pdf

_FONT, _SIZE = "STSong-Light", 6
_LIFT = 0.6  # points: where reportlab sets a plain value's baseline above a 6 pt flowable's foot


def doubled(parts: Parts, d: Draw) -> bytes:
    """Every value drawn twice at the same place: a second text layer drawn when the page ends (the
    copy in render mode 3, invisible: a searchable layer over the visible text, or visible too), or
    a faux bold (each value drawn again at once, a hair to the right). PDFium's text page folds a
    copy drawn right after its original; a copy drawn later on the page stays a word of its own."""
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

    layer = d.pick(("invisible", "visible", "bold"))
    shift = d.pick((0.0, 0.2)) if layer == "bold" else 0.0
    copies: list[tuple[tuple[float, ...], str]] = []  # the page's values: where (the page's matrix), what

    def show(c, x: float, text: str, mode: int) -> None:
        t = c.beginText(x, _LIFT)
        t.setFont(_FONT, _SIZE)
        t.setTextRenderMode(mode)
        t.textOut(text)
        c.drawText(t)

    class Twice(Flowable):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            return stringWidth(self.text, _FONT, _SIZE), _SIZE

        def draw(self) -> None:
            c = self.canv
            show(c, 0.0, self.text, 0)
            if layer == "bold":
                show(c, shift, self.text, 0)
            else:
                copies.append((tuple(c._currentMatrix), self.text))  # pyright: ignore[reportAttributeAccessIssue]

    class Layered(Canvas):
        def showPage(self):
            for matrix, text in copies:
                self.saveState()
                self.transform(*matrix)
                show(self, 0.0, text, 3 if layer == "invisible" else 0)
                self.restoreState()
            copies.clear()
            super().showPage()

    return pdf(parts, d.pick((True, False)), canvasmaker=Layered, value_cell=lambda table, text: Twice(text))


def struck(parts: Parts, d: Draw) -> bytes:
    """Word printed with 「所有标记」: some figures of tables 二 and 三 were revised with tracking on —
    the old figure struck through in red (a stroked line through its middle, as long as the figure)
    before the new one, which is red and underlined; the two a little apart or touching (one word
    in the text layer). The old figure is no cell's value."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    every = d.pick((3, 5, 7))
    gap = d.pick((0.0, 1.5, 3.0))
    height = d.pick((0.22, 0.3, 0.35)) * _SIZE  # the strike line above the baseline
    seen = [0]

    class Revised(Flowable):
        def __init__(self, old: str, new: str) -> None:
            super().__init__()
            self.old, self.new = old, new
            self.w_old = stringWidth(old, _FONT, _SIZE)

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return self.w_old + gap + stringWidth(self.new, _FONT, _SIZE), _SIZE

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setFillColorRGB(0.8, 0, 0)
            c.setStrokeColorRGB(0.8, 0, 0)
            c.setFont(_FONT, _SIZE)
            c.setLineWidth(0.5)
            c.drawString(0, _LIFT, self.old)
            c.line(0, _LIFT + height, self.w_old, _LIFT + height)
            x = self.w_old + gap
            c.drawString(x, _LIFT, self.new)
            c.line(x, _LIFT - 1.3, x + stringWidth(self.new, _FONT, _SIZE), _LIFT - 1.3)
            c.restoreState()

    def value_cell(table: str, text: str):
        if table not in ("t2", "t3") or not text.isdigit():
            return None
        seen[0] += 1
        if seen[0] % every:
            return None
        v = int(text)
        return Revised(str(v + d.pick((1, 2, 3, 10)) if v < 3 else v + d.pick((-2, -1, 1, 3, 10))), text)

    return pdf(parts, d.pick((True, False)), value_cell=value_cell)


def stamped(parts: Parts, d: Draw, place: str) -> bytes:
    """Every page carries light-grey text set upright over the tables, drawn after them: a portal's
    download stamp with its date and time tiled over the page (「…门户网站 下载时间：2025-02-14 10:37」), or
    a big 「内部资料」 watermark across the middle (eval/wild16 p24-yanshan, p19-lingbao)."""

    grey = d.pick((0.7, 0.78, 0.84))
    big = d.pick((False, True))
    text = (
        "内部资料"
        if big
        else f"{place}门户网站 下载时间：2025-0{d.int(1, 9)}-1{d.int(0, 9)} 1{d.int(0, 9)}:{d.int(10, 59)}"
    )
    size = d.pick((60, 80)) if big else d.pick((8, 9, 10))
    step = d.pick((90, 130))
    return pdf(parts, d.pick((True, False)), canvasmaker=_stamp_canvas(grey, size, text, big, step, (40, 320)))


def _stamp_canvas(grey: float, size: int, text: str, big: bool, step: int, xs: tuple[int, ...]):
    """A canvas that sets `text` in light grey over every page after its content: once, big, across the middle,
    or tiled every `step` points down the page at the `xs`."""
    from reportlab.pdfgen.canvas import Canvas

    class Stamped(Canvas):
        def showPage(self):
            self.saveState()
            self.setFillGray(grey)
            self.setFont(_FONT, size)
            if big:
                self.drawCentredString(297, 421, text)
            else:
                for y in range(60, 800, step):
                    for x in xs:
                        self.drawString(x + (y % 3) * 20, y, text)
            self.restoreState()
            super().showPage()

    return Stamped


def coloured(parts: Parts, d: Draw, place: str) -> bytes:
    """Some figures of tables 二 and 三 set in a light colour Word offers (orange FFC000, yellow, cyan, light
    blue: a revised or highlighted value), under a light-grey download stamp or none — the colours are as
    light as the stamp's grey, and the figures are cells all the same (review of w16fix's pale filter)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    rgb = d.pick(((1.0, 0.75, 0.0), (1.0, 1.0, 0.0), (0.0, 1.0, 1.0), (0.6, 0.8, 1.0)))
    every = d.pick((2, 3, 5))
    seen = [0]

    class Coloured(Flowable):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return stringWidth(self.text, _FONT, _SIZE), _SIZE

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setFillColorRGB(*rgb)
            c.setFont(_FONT, _SIZE)
            c.drawString(0, _LIFT, self.text)
            c.restoreState()

    def value_cell(table: str, text: str):
        if table not in ("t2", "t3") or not text.isdigit():
            return None
        seen[0] += 1
        return None if seen[0] % every else Coloured(text)

    if d.pick((False, True)):
        return pdf(parts, d.pick((True, False)), value_cell=value_cell)
    # with a grey download stamp over them: the grey text goes, the coloured figures stay
    stamp = _stamp_canvas(0.78, 9, f"{place}门户网站 下载时间：2025-01-12 10:37", False, 110, (40,))
    return pdf(parts, d.pick((True, False)), canvasmaker=stamp, value_cell=value_cell)
