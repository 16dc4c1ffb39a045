"""PDF printing of eval/wild4 documents with reportlab (invariant=1: byte-identical rebuilds)."""

from __future__ import annotations

import io
from collections.abc import Callable

from model import C, place
from render import Show, pdf_font, text_of


def build_pdf(
    blocks: list,
    tables: dict[str, dict],
    show: Show,
    footer: Callable[[int], str] | None = None,
    header: str | None = None,
    landscape_tables: bool = False,
) -> bytes:
    """`tables[name]` = {"grids": [(grid, colwidths_mm)], "style": "grid"|"none"|"three", "valign": ...,
    "repeat": header rows, "split_in_row": bool, "before": [paragraph texts], "font": pt}."""
    from reportlab import rl_config
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    rl_config.invariant = 1
    font = pdf_font()
    body = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK", firstLineIndent=21)
    title = ParagraphStyle("t", fontName=font, fontSize=16, leading=24, alignment=TA_CENTER, wordWrap="CJK")
    head = ParagraphStyle("h", fontName=font, fontSize=11, leading=18, wordWrap="CJK")
    sign = ParagraphStyle("s", fontName=font, fontSize=10.5, leading=16, alignment=TA_RIGHT, wordWrap="CJK")
    buf = io.BytesIO()

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 9)
        w, h = canvas._pagesize
        if footer:
            canvas.drawCentredString(w / 2, 12 * mm, footer(doc.page))
        if header:
            canvas.drawCentredString(w / 2, h - 12 * mm, header)
        canvas.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm, bottomMargin=22 * mm)
    pw, ph = A4
    portrait_frame = Frame(20 * mm, 22 * mm, pw - 40 * mm, ph - 44 * mm, id="p")
    lw, lh = landscape(A4)
    land_frame = Frame(18 * mm, 20 * mm, lw - 36 * mm, lh - 40 * mm, id="l")
    doc.addPageTemplates(
        [
            PageTemplate(id="portrait", frames=[portrait_frame], onPage=on_page, pagesize=A4),
            PageTemplate(id="landscape", frames=[land_frame], onPage=on_page, pagesize=landscape(A4)),
        ]
    )
    story: list = []
    for b in blocks:
        kind = b[0]
        if kind == "table":
            spec = tables[b[1]]
            fs = spec.get("font", 9)
            cellp = ParagraphStyle("c", fontName=font, fontSize=fs, leading=fs + 3, wordWrap="CJK")
            cellc = ParagraphStyle("cc", parent=cellp, alignment=TA_CENTER)
            for t in spec.get("before", []):
                story.append(Paragraph(t, body))
            for gi, (grid, widths) in enumerate(spec["grids"]):
                if gi and spec.get("between"):
                    gap = spec["between"][gi - 1]
                    story.append(PageBreak() if gap == "\f" else Paragraph(gap, body))
                story.append(pdf_table(grid, widths, show, spec, cellp, cellc, font, fs, Table, TableStyle, Paragraph, mm))
                if not spec.get("between") or gi == len(spec["grids"]) - 1:
                    story.append(Spacer(1, 4 * mm))
            continue
        if kind == "landscape":
            story += [NextPageTemplate("landscape"), PageBreak()]
        elif kind == "portrait":
            story += [NextPageTemplate("portrait"), PageBreak()]
        elif kind == "space":
            story.append(Spacer(1, b[1] * mm))
        elif kind == "title":
            story.append(Paragraph(b[1], title))
        elif kind == "h":
            story.append(Paragraph(b[1], head))
        elif kind == "sign":
            story.append(Paragraph("<br/>".join(b[1]), sign))
        elif kind == "cap":
            story.append(Paragraph(b[1], sign))
        else:
            story.append(Paragraph(b[1], body))
    doc.build(story)
    return buf.getvalue()


def pdf_table(grid: list[list[C]], widths, show, spec, cellp, cellc, font, fs, Table, TableStyle, Paragraph, mm):
    placed, ncol = place(grid)
    data = [["" for _ in range(ncol)] for _ in range(len(grid))]
    cmds = [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), fs)]
    valign = spec.get("valign", "MIDDLE")
    cmds.append(("VALIGN", (0, 0), (-1, -1), valign))
    for r, c, cell in placed:
        t = text_of(cell, show)
        if cell.key:
            data[r][c] = t
            cmds.append(("ALIGN", (c, r), (c, r), spec.get("num_align", "CENTER")))
        else:
            data[r][c] = Paragraph(t, cellc if cell.head else cellp) if t else ""
        if cell.rs > 1 or cell.cs > 1:
            cmds.append(("SPAN", (c, r), (c + cell.cs - 1, r + cell.rs - 1)))
    style = spec.get("style", "grid")
    lw = spec.get("line", 0.6)
    if style == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), lw, "black"))
    elif style == "three":
        hr = spec.get("repeat", 1)
        cmds += [
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, "black"),
            ("LINEBELOW", (0, hr - 1), (-1, hr - 1), 0.6, "black"),
            ("LINEBELOW", (0, -1), (-1, -1), 1.2, "black"),
        ]
    cmds += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    kw = {"repeatRows": spec.get("repeat", 0)}
    if spec.get("split_in_row"):
        kw["splitInRow"] = 1
    tb = Table(data, colWidths=[w * mm for w in widths], **kw)
    tb.setStyle(TableStyle(cmds))
    return tb
