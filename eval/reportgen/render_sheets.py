"""PDF page geometry families: the report's pages as a publisher's tools store them, not as they
are read — pages stored turned (their content rotated 90° in the stream, with or without /Rotate
to show them upright), two pages printed side by side on one sheet (2-up), a diagonal watermark
over every page. Built from reportlab pages (render_doc.pdf) rearranged with PDFium (pypdfium2):
each source page becomes a Form XObject placed, turned or moved, on a new page."""

from __future__ import annotations

import io
from dataclasses import replace

from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Grid, Parts, place, t4_grid_turned
from eval.reportgen.model import Model
from eval.reportgen.render_doc import pdf
from extractor import tablespec as ts

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


def browser_printed(parts: Parts, d: Draw, title: str, year: int) -> bytes:
    """A report page printed from a browser (Chrome/Edge 「打印」 → 「另存为 PDF」) with its headers and footers
    on: the date and time left and the page's title centred atop every page, the page's address left and
    「2/3」 right at its foot, in the page's margins — between two rows of a table wherever a page break
    falls in it (eval/wild18 p22-dushan: 表四 refused)."""
    from reportlab.pdfgen.canvas import Canvas

    when = f"{year + 1}/{d.int(1, 4)}/{d.int(1, 28)} {d.int(8, 18)}:{d.int(0, 59):02d}"
    url = d.pick(
        (
            "http://www.{h}.gov.cn/zwgk/xxgkml/zfxxgknb/{y}01/t{y}0130_{n}.html",
            "https://{h}.gov.cn/art/{y}/2/3/art_{n}.html",
        )
    )
    url = url.format(h=d.pick(("dushan", "lianhua", "gaoping")), y=year + 1, n=d.int(1000000, 99999999))
    size = d.pick((7, 8))

    class Printed(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()  # pyright: ignore[reportAttributeAccessIssue]

        def save(self):
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                w, h = self._pagesize  # pyright: ignore[reportAttributeAccessIssue]
                self.setFont("STSong-Light", size)
                self.drawString(24, h - 20, when)
                self.drawCentredString(w / 2, h - 20, title)
                self.drawString(24, 16, url)
                self.drawRightString(w - 24, 16, f"{n}/{len(self._pages)}")
                Canvas.showPage(self)
            Canvas.save(self)

    # the page break falls in table 四's header (as in p22-dushan) or between rows of table 三
    where = d.pick((("t4", float(d.int(12, 22))), ("t3", float(d.int(30, 90)))))
    return pdf(parts, d.pick((True, False)), canvasmaker=Printed, break_in=where)


def markup(parts: Parts, d: Draw) -> bytes:
    """Word printed with 「显示标记：所有标记」 left on: some figures of table 三 were corrected with
    revisions on — the new figure inline, red and underlined (the underline a stroked line as long as
    the figure), the old one in a balloon 「删除的内容: 15」 in the right margin on the row's line; the
    tables ruled or not. The fonts are not embedded (STSong-Light, as in every PDF family): glyph
    boxes taken from whatever CJK font the machine has — none at all on a bare server — split or
    join the rows' words as its outlines fall (eval/wild8 p21-lixia)."""
    from reportlab.platypus import Flowable

    lift = 0.6  # points: where reportlab sets a plain value's baseline above a 6 pt flowable's foot
    sink = d.pick((0.0, 0.3, 0.6))  # the balloon's baseline under the figure's
    every = d.pick((9, 11, 13))  # (values counted across the rows: at most one balloon a row, as Word stacks them)
    seen = [0]

    class Revised(Flowable):
        """A value cell's new figure, red and underlined, with its balloon out in the right margin."""

        def __init__(self, text: str, old: int) -> None:
            super().__init__()
            self.text, self.old = text, old

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            self.w = stringWidth(self.text, "STSong-Light", 6)
            return self.w, 6

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setFillColorRGB(0.8, 0, 0)
            c.setStrokeColorRGB(0.8, 0, 0)
            c.setFont("STSong-Light", 6)
            c.drawString(0, lift, self.text)
            c.setLineWidth(0.5)
            c.line(0, lift - 1.3, self.w, lift - 1.3)
            # the balloon's left edge (8 pt into the right margin), in the cell's frame
            right = 595 - 100 + 8 - c._currentMatrix[4]  # pyright: ignore[reportAttributeAccessIssue]
            c.roundRect(right, lift - sink - 3, 80, 11, 3, stroke=1, fill=0)
            c.setFont("STSong-Light", 5.6)
            c.drawString(right + 4, lift - sink, f"删除的内容: {self.old}")
            c.restoreState()

    def value_cell(table: str, text: str):
        if table != "t3" or not text.isdigit():
            return None
        seen[0] += 1
        if seen[0] % every:
            return None
        v = int(text)
        return Revised(text, v + d.pick((1, 2, 3)) if v < 3 else v + d.pick((-2, -1, 1, 2, 3)))

    return pdf(parts, True, pagesize=A4, margin=100, value_cell=value_cell)


# What a reviewer's comment names: a row of table 三 in the words its label pattern reads (tablespec)
_COMMENTED_ROWS = {
    "new": "本年新收申请",
    "carry_in": "上年结转申请",
    "r3_4": "保护第三方合法权益",
    "r5_2": "重复申请",
    "carry_out": "结转下年度",
}


def markup_comment(parts: Parts, m: Model, d: Draw) -> bytes:
    """Word printed with its markup shown, a reviewer's comment left on: a balloon in the right margin
    「批注 [马2]: 本年新收申请件数请再核对，共17件来函未计入」, wrapped in its box, naming a row of table 三
    by the row it names, drawn from a value cell of that row so that it lands under the row's line; a deletion balloon 「已删除: 3」 beside another row's line at times (eval/wild27 p23-tongxin).
    The balloons are the reviewer's words: no row is read from them (extractor/stream.py `_BALLOON`)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    who = d.pick(("马", "王", "李", "A"))
    kind = d.pick(("批注", "批注", "注释")) if who != "A" else "Comment"
    said = d.pick(("件数请再核对，共{}件来函未计入。", "少计{}件，请核实台账", "有{} 件未计"))
    row = d.pick(tuple(_COMMENTED_ROWS))
    words = f"{kind} [{who}{d.int(1, 9)}]: {_COMMENTED_ROWS[row]}{said.format(d.int(2, 40))}"
    drop = d.pick((4.0, 5.0, 6.0))  # points: the balloon's first baseline under the figure's
    rows = [r.key for r in ts.t3_spec(m.single_r6).rows]
    at = rows.index(row) * len(ts.T3_COLS) + d.int(1, len(ts.T3_COLS))  # the value cell (of 三's) carrying it
    struck = d.int(0, 1) == 1 and d.int(3, 60)  # … and the one that carries a deletion balloon, if any
    seen = [0]

    def wrapped(text: str, width: float, size: float) -> list[str]:
        lines, line = [], ""
        for ch in text:
            if line and stringWidth(line + ch, "STSong-Light", size) > width:
                lines.append(line)
                line = ""
            line += ch
        return [*lines, line]

    class Commented(Flowable):
        """A value cell's figure with a balloon out in the right margin under its line."""

        def __init__(self, text: str, lines: list[str], down: float) -> None:
            super().__init__()
            self.text, self.lines, self.down = text, lines, down

        def wrap(self, aw: float, ah: float) -> tuple[float, float]:
            return stringWidth(self.text, "STSong-Light", 6), 6

        def draw(self) -> None:
            c = self.canv
            c.saveState()
            c.setFont("STSong-Light", 6)
            c.drawString(0, 0.6, self.text)
            right = 595 - 100 + 8 - c._currentMatrix[4]  # pyright: ignore[reportAttributeAccessIssue]
            c.setStrokeColorRGB(0.8, 0, 0)
            c.setFillColorRGB(0.8, 0, 0)
            top = 0.6 - self.down
            c.roundRect(right, top - 5 * (len(self.lines) - 1) - 2, 92, 5 * len(self.lines) + 5, 3)
            c.setFont("STSong-Light", 4.2)
            for k, line in enumerate(self.lines):
                c.drawString(right + 2, top - 5 * k, line)
            c.restoreState()

    def value_cell(table: str, text: str):
        if table != "t3":
            return None
        seen[0] += 1
        if seen[0] == at:
            return Commented(text, wrapped(words, 88, 4.2), drop)
        if seen[0] == struck and text.isdigit():
            return Commented(text, [f"{d.pick(('已删除', '删除的内容', 'Deleted'))}: {int(text) + 1}"], 0.0)
        return None

    return pdf(parts, True, pagesize=A4, margin=100, value_cell=value_cell)


_PLAIN_PROSE = (
    "（一）主动公开。通过门户网站政府信息公开专栏及时发布机构职能、权责清单、财政预决算等基础信息，做到应公开尽公开。",
    "（二）依申请公开。严格按照法定程序和时限办理政府信息公开申请，规范受理、登记、审核、答复等环节。",
    "（三）政府信息管理。严格落实公开前保密审查制度，对拟公开的政府信息逐条审核，动态调整主动公开基本目录。",
    "（四）平台建设。依托政府网站集约化平台做好信息公开专栏维护，加强政务新媒体管理，拓宽公开渠道。",
)


def _unspanned(grid: Grid) -> Grid:
    """The grid with each label merged down a group of rows printed on the group's first row only, the
    cells below it left empty (a table set in a narrow column: a merged cell cannot split over
    columns or pages, a column of short rows can)."""
    width, placed = place(grid)
    rows: list[list[tuple[int, G]]] = [[] for _ in grid]
    for i, j, c in placed:
        if c.rs > 3 and not c.value:
            rows[i].append((j, replace(c, rs=1)))
            for k in range(i + 1, i + c.rs):
                rows[k].append((j, G("", cs=c.cs)))
        else:
            rows[i].append((j, c))
    return [[c for _, c in sorted(r, key=lambda jc: jc[0])] for r in rows]


def gazette(parts: Parts, m: Model, d: Draw) -> bytes:
    """The report as a 政府公报 (gazette) prints it: A4 pages with a running head across the page
    (「XX人民政府公报 2024年第3期」 over a rule) and the title across the page, the text set in two
    columns (a column rule between them or not), each table in the column width (table 四 with the
    case kinds as rows: fifteen columns do not fit one) — or now and then a table with its heading
    across the whole width between two column regions of one page."""
    from reportlab.lib.colors import black
    from reportlab.lib.pagesizes import A4 as PAGE
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate
    from reportlab.platypus.flowables import BalancedColumns

    from eval.reportgen.render_doc import _pdf_style, pdf_table

    text_style, _ = _pdf_style()
    title_style = ParagraphStyle("title", parent=text_style, fontSize=14, leading=20, alignment=1)
    margin, gap = d.pick((36, 48)), d.pick((14, 20, 30))
    column = (PAGE[0] - 2 * margin - 12 - gap) / 2 - 1  # (the frame pads 6 pt each side)
    ruled_rule = d.pick((True, False))  # a column rule down the gutter
    across = d.pick((None, "t2", "t3", "t4"))  # the table set across the page, if any
    ruled_across = d.pick((True, False))
    head = f"{m.agency.place}人民政府公报　{m.year + 1}年第{d.int(1, 24)}期"
    first_page = d.int(1, 80)

    def page_furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("STSong-Light", 8)
        canvas.drawCentredString(PAGE[0] / 2, PAGE[1] - margin + 18, head)
        canvas.setLineWidth(0.8)
        canvas.line(margin, PAGE[1] - margin + 12, PAGE[0] - margin, PAGE[1] - margin + 12)
        canvas.drawCentredString(PAGE[0] / 2, margin - 24, f"—{first_page + doc.page - 1}—")
        canvas.restoreState()

    def columns(items: list[Flowable]) -> Flowable:
        return BalancedColumns(
            items,
            nCols=2,
            innerPadding=gap,
            leftPadding=0,
            rightPadding=0,
            vLinesStrokeColor=black if ruled_rule else None,
            vLinesStrokeWidth=0.4 if ruled_rule else None,
        )

    blocks = parts.all()
    n_title = 1 if parts.head[0].endswith("报告") else 2  # a file-name line, then the title
    flow: list[Flowable] = [Paragraph(str(b), title_style) for b in blocks[:n_title]]
    inside: list[Flowable] = []
    prose = list(_PLAIN_PROSE[: d.int(0, len(_PLAIN_PROSE))])
    for i, b in enumerate(blocks[n_title:]):
        if isinstance(b, str):
            nxt = blocks[n_title + i + 1] if n_title + i + 1 < len(blocks) else None
            if isinstance(nxt, tuple) and nxt[0] == across:
                continue  # the table's heading goes across the page with it
            inside.append(Paragraph(b, text_style))
            if b == "一、总体情况":
                inside += [Paragraph(p, text_style) for p in prose]
            continue
        if b[0] == across:
            if inside:
                flow.append(columns(inside))
                inside = []
            flow.append(Paragraph(blocks[n_title + i - 1], text_style))  # type: ignore[arg-type]
            flow.append(pdf_table(b[2], ruled_across, (PAGE[0] - 2 * margin) / 470))
            continue
        grid = t4_grid_turned(m) if b[0] == "t4" else _unspanned(b[2])
        inside.append(pdf_table(grid, True, column / 470, pad=1.5))
    if inside:
        flow.append(columns(inside))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=PAGE, title="", leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin
    )
    doc.build(flow, onFirstPage=page_furniture, onLaterPages=page_furniture)
    return buf.getvalue()


def side_by_side(parts: Parts, m: Model, d: Draw) -> bytes:
    """Tables 二 and 四 printed side by side on a page of their own, each under its heading (四 with
    the case kinds as rows: fifteen columns do not fit half a page), table 三 across the next page
    under its heading; the text before and after as usual. Read in page order, 四 comes before 三."""
    from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table

    from eval.reportgen.render_doc import _pdf_style, pdf_table

    text_style, _ = _pdf_style()
    margin, gap = d.pick((48, 56, 72)), d.pick((14, 24))
    ruled = d.pick((True, False))
    half = (A4[0] - 2 * margin - gap) / 2
    blocks = parts.all()
    heading = {b[0]: str(blocks[i - 1]) for i, b in enumerate(blocks) if not isinstance(b, str)}
    grids = {b[0]: b[2] for b in blocks if not isinstance(b, str)}
    beside = [
        [Paragraph(heading[t], text_style), pdf_table(grid, ruled, half / 470, pad=1.5)]
        for t, grid in (("t2", grids["t2"]), ("t4", t4_grid_turned(m)))
    ]
    pad = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    pair = Table([[beside[0], "", beside[1]]], colWidths=[half, gap, half], style=pad)
    flow: list[Flowable] = []
    for b in blocks:
        if isinstance(b, str):
            if b == heading["t2"]:
                flow += [PageBreak(), pair, PageBreak()]
            elif b != heading["t4"]:
                flow.append(Paragraph(b, text_style))
        elif b[0] == "t3":
            flow.append(pdf_table(b[2], ruled))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title="", leftMargin=margin, rightMargin=margin)
    doc.build(flow)
    return buf.getvalue()
