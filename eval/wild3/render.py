"""Printing a report (a list of blocks) as HTML, DOCX, PDF, Markdown or plain text.

Blocks: ("title", text) ("h", text) ("p", text) ("cap", text) ("sign", [lines]) ("table", grid, opts)
("break",) — a page break where the format has pages. Deterministic output: reportlab invariant mode,
fixed DOCX core properties and zip times.
"""

from __future__ import annotations

import html as htmlmod
import io
import unicodedata
import zipfile
from pathlib import Path

from grids import Grid, expand, width

# ---- HTML -----------------------------------------------------------------------------------------


def html_table(grid: Grid, th_all: bool = False, attrs: str = 'border="1" cellspacing="0" cellpadding="0"',
               cell=None, br: str = "<br>") -> str:
    """`cell(c, text_html) -> inner html` wraps a cell's text (CMS <p><span> soup)."""
    out = [f"<table {attrs}>", "<tbody>"]
    for row in grid:
        out.append("<tr>")
        for c in row:
            tag = "th" if (th_all or c.head) else "td"
            a = ""
            if c.rs > 1:
                a += f' rowspan="{c.rs}"'
            if c.cs > 1:
                a += f' colspan="{c.cs}"'
            inner = br.join(htmlmod.escape(x, quote=False) for x in c.text.split("\n"))
            if cell is not None:
                inner = cell(c, inner)
            out.append(f"<{tag}{a}>{inner}</{tag}>")
        out.append("</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


# ---- Markdown / text ------------------------------------------------------------------------------


def md_pipe(grid: Grid, repeat: bool = False, br: str = "<br>", header_rows: int = 1) -> str:
    """Pipe table from the full slot grid; spanned slots empty (or the text repeated)."""
    lines = []
    for r, row in enumerate(expand(grid)):
        texts = [(c.text if (o or repeat) else "").replace("\n", br) for c, o in row]
        lines.append("| " + " | ".join(texts) + " |")
        if r == header_rows - 1:
            lines.append("|" + "|".join(" --- " for _ in row) + "|")
    return "\n".join(lines)


def md_markdownify(grid: Grid) -> str:
    """What markdownify makes of an HTML table: colspan gives empty cells after the text, rowspan is
    dropped (the rows below are shorter and shift left); the first row is the header."""
    lines = []
    for r, row in enumerate(grid):
        parts = []
        for c in row:
            parts.append(" " + c.text.replace("\n", " ") + " |" + " |" * (c.cs - 1))
        lines.append("|" + "".join(parts))
        if r == 0:
            lines.append("| " + " | ".join("---" for _ in range(sum(c.cs for c in row))) + " |")
    return "\n".join(lines)


def own_cells(grid: Grid) -> list[list[str]]:
    return [[c.text for c in row] for row in grid]


def slot_rows(grid: Grid) -> list[list[str]]:
    return [[c.text if o else "" for c, o in row] for row in expand(grid)]


def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def wrap_cjk(s: str, w: int) -> list[str]:
    out, cur = [], ""
    for ch in s:
        if dwidth(cur + ch) > w:
            out.append(cur)
            cur = ""
        cur += ch
    return out + [cur] if cur or not out else out


def pandoc_plain(grid: Grid, widths: list[int]) -> str:
    """pandoc -t plain's multiline table: a dashed rule, the header, dashes under each column, rows
    separated by blank lines, cells wrapped inside their column; the first grid row is the header."""
    rows = slot_rows(grid)
    total = sum(widths) + len(widths) - 1
    out = ["  " + "-" * total]

    def emit(row: list[str]) -> None:
        cols = [wrap_cjk(t.replace("\n", ""), w) for t, w in zip(row, widths)]
        for i in range(max(len(c) for c in cols)):
            parts = []
            for c, w in zip(cols, widths):
                t = c[i] if i < len(c) else ""
                parts.append(t + " " * (w - dwidth(t)))
            out.append(("  " + " ".join(parts)).rstrip())

    emit(rows[0])
    out.append("  " + " ".join("-" * w for w in widths))
    for row in rows[1:]:
        emit(row)
        out.append("")
    out[-1] = "  " + "-" * total
    return "\n".join(out)


# ---- DOCX -----------------------------------------------------------------------------------------

FIXED = (2024, 1, 1, 0, 0, 0)


def docx_bytes(blocks: list, font: str = "仿宋_GB2312", when: str = "2024-01-15T09:00:00") -> bytes:
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    t = datetime.datetime.fromisoformat(when)
    cp.created = cp.modified = cp.last_printed = t
    cp.author = cp.last_modified_by = "Administrator"
    cp.revision = 1

    def fill(cell, text: str) -> None:
        p = cell.paragraphs[0]
        for extra in cell.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
        lines = text.split("\n")
        run = p.add_run(lines[0])
        for ln in lines[1:]:
            run.add_break()
            run = p.add_run(ln)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(18)
        elif kind in ("h", "p", "cap"):
            p = doc.add_paragraph(b[1])
            if kind == "h":
                p.runs[0].bold = True
            if kind == "cap":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sign":
            for ln in b[1]:
                doc.add_paragraph(ln).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            grid = b[1]
            slots = expand(grid)
            table = doc.add_table(rows=len(slots), cols=width(grid))
            table.style = "Table Grid"
            for r, row in enumerate(slots):
                for c, (cell, origin) in enumerate(row):
                    if origin:
                        if cell.rs > 1 or cell.cs > 1:
                            table.cell(r, c).merge(table.cell(r + cell.rs - 1, c + cell.cs - 1))
                        fill(table.cell(r, c), cell.text)
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---- PDF ------------------------------------------------------------------------------------------

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics

    if "CJK" in pdfmetrics.getRegisteredFontNames():
        return "CJK"
    if WQY.exists():
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("CJK", str(WQY), subfontIndex=0))
        return "CJK"
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light"


def _story(blocks: list, line: float, col_widths, font_size: float) -> list:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    font = _font()
    body = ParagraphStyle("b", fontName=font, fontSize=11, leading=17, firstLineIndent=22, wordWrap="CJK")
    head = ParagraphStyle("h", parent=body, fontSize=11.5, firstLineIndent=22)
    ttl = ParagraphStyle("t", parent=body, fontSize=17, leading=26, alignment=TA_CENTER, firstLineIndent=0)
    cap = ParagraphStyle("c", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    sign = ParagraphStyle("s", parent=body, alignment=TA_RIGHT, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=font, fontSize=font_size, leading=font_size + 2.5,
                          alignment=TA_CENTER, wordWrap="CJK")
    story: list = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            story += [Paragraph(b[1], ttl), Spacer(1, 6)]
        elif kind == "h":
            story.append(Paragraph(b[1], head))
        elif kind == "p":
            story.append(Paragraph(b[1], body))
        elif kind == "cap":
            story.append(Paragraph(b[1], cap))
        elif kind == "sign":
            story += [Spacer(1, 12)] + [Paragraph(x, sign) for x in b[1]]
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "table":
            grid = b[1]
            slots = expand(grid)
            data = [[Paragraph(c.text.replace("\n", "<br/>"), cell) if o else "" for c, o in row] for row in slots]
            style = [
                ("GRID", (0, 0), (-1, -1), line, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
            ]
            for r, row in enumerate(slots):
                for c, (cl, o) in enumerate(row):
                    if o and (cl.rs > 1 or cl.cs > 1):
                        style.append(("SPAN", (c, r), (c + cl.cs - 1, r + cl.rs - 1)))
            widths = [w * mm for w in col_widths(grid)] if col_widths else None
            story += [Spacer(1, 4), Table(data, colWidths=widths, style=TableStyle(style)), Spacer(1, 6)]
    return story


def pdf_bytes(blocks: list, line: float = 0.75, header: str | None = None, footer: str | None = None,
              title: str = "", col_widths=None, font_size: float = 9.5) -> bytes:
    """`col_widths(grid) -> list[float] in mm` per table; `footer` may use {page} and {pages}."""
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    font = _font()

    def build(pages: int | None) -> bytes:
        def page(canvas, doc):
            canvas.saveState()
            canvas.setFont(font, 9)
            if header:
                canvas.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, header)
                canvas.setLineWidth(0.5)
                canvas.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
            if footer:
                canvas.drawCentredString(A4[0] / 2, 10 * mm, footer.format(page=doc.page, pages=pages or 0))
            canvas.restoreState()

        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                                bottomMargin=20 * mm, title=title, author="", creator="", producer="")
        doc.build(_story(blocks, line, col_widths, font_size), onFirstPage=page, onLaterPages=page)
        return buf.getvalue()

    data = build(None)
    if footer and "{pages}" in footer:
        import re

        data = build(len(re.findall(rb"/Type /Page\b", data)))
    return data
