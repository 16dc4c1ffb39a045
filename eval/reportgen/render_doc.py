"""Paged families: PDF (reportlab; ruled tables, or unruled cells positioned in columns, merged cells
as spans) and Word .docx (python-docx; merged cells gridSpan/vMerge as the template has them)."""

from __future__ import annotations

import functools
import io

from eval.reportgen.layout import Grid, Parts, place


@functools.cache
def _pdf_style():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return (
        ParagraphStyle("zh", fontName="STSong-Light", fontSize=9, leading=12),
        ParagraphStyle("cell", fontName="STSong-Light", fontSize=6, leading=7.5),
    )


def pdf(parts: Parts, ruled: bool) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

    text_style, cell_style = _pdf_style()

    def table(grid: Grid):
        width, placed = place(grid)
        data: list[list[object]] = [[""] * width for _ in grid]
        style = [("FONT", (0, 0), (-1, -1), "STSong-Light", 6), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        if ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
        for i, j, c in placed:
            data[i][j] = c.text if c.value else Paragraph(c.text, cell_style)
            if c.rs > 1 or c.cs > 1:
                style.append(("SPAN", (j, i), (j + c.cs - 1, i + c.rs - 1)))
        n_labels = min(j for i, j, c in placed if c.value) if any(c.value for _, _, c in placed) else 1
        if width >= 15:
            widths = [30] * width
        else:
            label_w = 260 / max(1, n_labels)
            widths = [label_w] * n_labels + [(470 - 260) / (width - n_labels)] * (width - n_labels)
        return Table(data, colWidths=widths, style=TableStyle(style), repeatRows=0)

    flow: list[Flowable] = [Paragraph(b, text_style) if isinstance(b, str) else table(b[2]) for b in parts.all()]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, title="").build(flow)
    return buf.getvalue()


def docx(parts: Parts) -> bytes:
    from docx import Document as Docx
    from docx.table import _Cell

    doc = Docx()
    for b in parts.all():
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        grid = b[2]
        width, placed = place(grid)
        t = doc.add_table(rows=len(grid), cols=width)
        t.style = "Table Grid"
        # the cells before any merge (Table.cell walks the whole grid on every call): merged areas do
        # not overlap, so each area's corners are still in the XML when it is merged
        cells = [[_Cell(tc, t) for tc in tr.tc_lst] for tr in t._tbl.tr_lst]
        for i, j, c in placed:
            cell = cells[i][j]
            if c.rs > 1 or c.cs > 1:
                cell = cell.merge(cells[i + c.rs - 1][j + c.cs - 1])
            cell.text = c.text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
