"""PDF (reportlab: ruled tables, unruled column text, tables as pictures) and DOCX (python-docx, merged
cells) as agencies publish them."""

from __future__ import annotations

import io
from pathlib import Path

from model import Cell, expand, positions

_FONT = None


def font() -> str:
    """An embedded CJK TrueType font when the machine has one (published PDFs embed SimSun/FangSong);
    else reportlab's built-in CID font."""
    global _FONT
    if _FONT:
        return _FONT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for path in (
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    ):
        if Path(path).exists():
            pdfmetrics.registerFont(TTFont("CJK", path, subfontIndex=0))
            _FONT = "CJK"
            return _FONT
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    _FONT = "STSong-Light"
    return _FONT


# ---------------------------------------------------------------- ruled PDF (platypus)


def pdf_ruled(
    path: Path,
    blocks: list[tuple],
    grids: dict,
    widths: dict,
    *,
    title_meta: str,
    footer=lambda n: f"— {n} —",
    images: dict | None = None,
) -> None:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1  # no creation date / random id: the build is reproducible
    f = font()
    body = ParagraphStyle("b", fontName=f, fontSize=10.5, leading=17, firstLineIndent=21, wordWrap="CJK")
    h1 = ParagraphStyle("h1", parent=body, fontSize=11.5, firstLineIndent=21, spaceBefore=4)
    h2 = ParagraphStyle("h2", parent=body, fontSize=10.5)
    ttl = ParagraphStyle("t", parent=body, fontSize=16, leading=24, alignment=1, firstLineIndent=0, spaceAfter=10)
    cell = ParagraphStyle("c", fontName=f, fontSize=7.5, leading=9.5, alignment=1, wordWrap="CJK")
    cell_l = ParagraphStyle("cl", parent=cell, alignment=0)
    sign = ParagraphStyle("s", parent=body, alignment=2, firstLineIndent=0)

    story = []
    for kind, val in blocks:
        if kind == "title":
            story.append(Paragraph(val, ttl))
        elif kind == "h1":
            story.append(Paragraph(val, h1))
        elif kind == "h2":
            story.append(Paragraph(val, h2))
        elif kind in ("p", "stmt"):
            story.append(Paragraph(val, body))
        elif kind == "sign":
            story.append(Spacer(1, 18))
            for line in val:
                story.append(Paragraph(line, sign))
        elif kind == "img":
            assert images is not None, "an image block needs images="
            story.append(Image(io.BytesIO(images[val]), width=widths[val][0], height=widths[val][1]))
        elif kind == "table":
            for grid in grids[val] if isinstance(grids[val], tuple) else [grids[val]]:
                rect = expand(grid)
                data = [[Paragraph(t.replace("|", "<br/>"), cell) for t in row] for row in rect]
                style = [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ]
                for r, col, c in positions(grid):
                    if c.kind == "l":
                        data[r][col] = Paragraph(c.text, cell_l)
                    if c.rs > 1 or c.cs > 1:
                        style.append(("SPAN", (col, r), (col + c.cs - 1, r + c.rs - 1)))
                story.append(Table(data, colWidths=widths[val], style=TableStyle(style)))
                story.append(Spacer(1, 6))

    def on_page(canvas, doc):
        canvas.setFont(f, 9)
        canvas.drawCentredString(A4[0] / 2, 30, footer(doc.page))

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=50,
        rightMargin=50,
        topMargin=60,
        bottomMargin=60,
        title=title_meta,
        author="",
        creator="Microsoft® Word 2016",
        producer="Microsoft® Word 2016",
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- unruled PDF (text in columns)


class _Pager:
    def __init__(self, path: Path, title_meta: str, footer):
        from reportlab import rl_config
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        rl_config.invariant = 1
        self.W, self.Hh = A4
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.c.setTitle(title_meta)
        self.c.setCreator("WPS 文字")
        self.c.setProducer("")
        self.f = font()
        self.page = 1
        self.y = self.Hh - 60
        self.footer = footer

    def need(self, h: float):
        if self.y - h < 60:
            self.c.setFont(self.f, 9)
            self.c.drawCentredString(self.W / 2, 30, self.footer(self.page))
            self.c.showPage()
            self.page += 1
            self.y = self.Hh - 60

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        lines, cur = [], ""
        for ch in text:
            if stringWidth(cur + ch, self.f, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        return lines + ([cur] if cur or not lines else [])

    def para(self, text: str, size=10.5, indent=21, align="left", lead=17):
        lines = self.wrap(text, self.W - 100 - indent, size)
        for i, line in enumerate(lines):
            self.need(lead)
            self.c.setFont(self.f, size)
            if align == "center":
                self.c.drawCentredString(self.W / 2, self.y - size, line)
            elif align == "right":
                self.c.drawRightString(self.W - 60, self.y - size, line)
            else:
                self.c.drawString(50 + (indent if i == 0 else 0), self.y - size, line)
            self.y -= lead

    def table(self, grid: list[list[Cell]], widths: list[float], size=7.5, lead=9.5, pad=3):
        from reportlab.pdfbase.pdfmetrics import stringWidth

        xs = [50.0]
        for w in widths:
            xs.append(xs[-1] + w)
        rows: dict[int, list] = {}
        for r, col, c in positions(grid):
            rows.setdefault(r, []).append((col, c))
        for r in sorted(rows):
            laid = []
            for col, c in rows[r]:
                w = xs[col + c.cs] - xs[col] - 2 * pad
                parts = []
                for piece in c.text.split("|"):
                    parts += self.wrap(piece, w, size) if piece else []
                laid.append((col, c, parts))
            h = max([len(p) for col, c, p in laid if c.rs == 1] + [1]) * lead + 3
            self.need(h)
            self.c.setFont(self.f, size)
            for col, c, parts in laid:
                for i, line in enumerate(parts):
                    yy = self.y - size - i * lead
                    if c.kind == "l":
                        self.c.drawString(xs[col] + pad, yy, line)
                    else:
                        cx = (xs[col] + xs[col + c.cs]) / 2
                        self.c.drawString(cx - stringWidth(line, self.f, size) / 2, yy, line)
            self.y -= h

    def close(self):
        self.c.setFont(self.f, 9)
        self.c.drawCentredString(self.W / 2, 30, self.footer(self.page))
        self.c.save()


def pdf_unruled(
    path: Path, blocks: list[tuple], grids: dict, widths: dict, *, title_meta: str, footer=lambda n: f"第 {n} 页"
) -> None:
    p = _Pager(path, title_meta, footer)
    for kind, val in blocks:
        if kind == "title":
            p.para(val, size=16, indent=0, align="center", lead=26)
        elif kind in ("h1", "h2"):
            p.para(val, size=11 if kind == "h1" else 10.5)
        elif kind in ("p", "stmt"):
            p.para(val)
        elif kind == "sign":
            p.y -= 12
            for line in val:
                p.para(line, align="right", indent=0)
        elif kind == "table":
            for grid in grids[val] if isinstance(grids[val], tuple) else [grids[val]]:
                p.table(grid, widths[val])
                p.y -= 6
    p.close()


# ---------------------------------------------------------------- a table that was a picture


def table_picture(grid: list[list[Cell]], widths: list[int], row_h=26) -> bytes:
    """The table drawn as a raster image (scanned / pasted as a picture): no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    rect_w = sum(widths) + 2
    height = row_h * len(grid) + 2
    img = Image.new("L", (rect_w, height), 255)
    d = ImageDraw.Draw(img)
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    fnt = ImageFont.truetype(fp, 12) if Path(fp).exists() else ImageFont.load_default()
    xs = [1]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, col, c in positions(grid):
        x0, x1 = xs[col], xs[col + c.cs]
        y0, y1 = 1 + r * row_h, 1 + (r + c.rs) * row_h
        d.rectangle([x0, y0, x1, y1], outline=0, width=1)
        txt = c.text.replace("|", "")
        while txt and d.textlength(txt, font=fnt) > x1 - x0 - 4:
            txt = txt[:-1]
        d.text(((x0 + x1) / 2 - d.textlength(txt, font=fnt) / 2, (y0 + y1) / 2 - 7), txt, fill=0, font=fnt)
    buf = io.BytesIO()
    img.point(lambda x: 255 if x > 160 else 0)  # pyright: ignore[reportOperatorIssue]  (PIL passes ints).convert("1").save(buf, "PNG", optimize=True)
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX


def docx_file(
    path: Path, blocks: list[tuple], grids: dict, *, core_title: str, author="Administrator", fill_merged: bool = False
) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"  # pyright: ignore[reportAttributeAccessIssue]  (「Normal」 is a paragraph style)
    st.font.size = Pt(12)  # pyright: ignore[reportAttributeAccessIssue]
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    d.core_properties.title = core_title
    d.core_properties.author = author
    for kind, val in blocks:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(18)
        elif kind == "h1":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            p.paragraph_format.first_line_indent = Pt(24)
        elif kind in ("h2", "p", "stmt"):
            p = d.add_paragraph(val)
            p.paragraph_format.first_line_indent = Pt(24)
        elif kind == "sign":
            d.add_paragraph("")
            for line in val:
                p = d.add_paragraph(line)
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "table":
            for grid in grids[val] if isinstance(grids[val], tuple) else [grids[val]]:
                rect = expand(grid)
                t = d.add_table(rows=len(rect), cols=len(rect[0]))
                t.style = "Table Grid"
                for r, col, c in positions(grid):
                    cell = t.cell(r, col)
                    if c.rs > 1 or c.cs > 1:
                        cell = cell.merge(t.cell(r + c.rs - 1, col + c.cs - 1))
                    lines = c.text.split("|")
                    cell.paragraphs[0].text = lines[0]
                    for extra in lines[1:]:
                        cell.add_paragraph(extra)
                    for par in cell.paragraphs:
                        if c.kind != "l":
                            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        for run in par.runs:
                            run.font.size = Pt(9)
                d.add_paragraph("")
    import datetime
    import zipfile

    stamp = datetime.datetime(2024, 1, 15, 9, 0, 0)
    d.core_properties.created = stamp
    d.core_properties.modified = stamp
    d.core_properties.last_modified_by = author
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the package with fixed member times so a rebuild gives the same bytes
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))
    path.write_bytes(out.getvalue())
