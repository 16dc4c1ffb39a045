"""DOCX printers (python-docx plus XML surgery), written byte for byte reproducibly."""
from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: F401
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from base import blocks, ctx, html_body
from grids import C, full, t2_flat, t2_grid, t3_flat, t3_grid, t4_grid
from model import COL_NAMES, T4_KINDS, T4_PARTS
from render import html_table

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    cp = d.core_properties
    t = dt.datetime(2024, 1, 15, 9, 0, 0)
    cp.created = cp.modified = cp.last_printed = t
    cp.author = cp.last_modified_by = "Administrator"
    cp.revision = 1
    cp.title = ""
    return d


def save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def add_table(container, grid, ncols, style="Table Grid"):
    F = full(grid, ncols)
    t = container.add_table(rows=len(F), cols=ncols)
    t.style = style
    for r, row in enumerate(grid):
        pass
    for r, frow in enumerate(F):
        for c, (cell, origin) in enumerate(frow):
            # wild24: by slot, not by object — a grid row may repeat the same label cells (table 四's
            # 「结果维持 … 总计」 under both 行政诉讼 blocks), which the earlier id() check left blank the second time
            if not origin:
                continue
            a = t.cell(r, c)
            if cell.rs > 1 or cell.cs > 1:
                a = a.merge(t.cell(r + cell.rs - 1, c + cell.cs - 1))
            a.text = cell.text
    return t


def body(d, s, tables, title_style=None):
    for kind, t in blocks(s):
        if kind in tables:
            tables[kind](d)
        elif kind == "title":
            p = d.add_paragraph()
            p.alignment = 1
            r = p.add_run(t)
            r.bold = True
            r.font.size = Pt(18)
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(t).bold = True
        elif kind == "sign":
            p = d.add_paragraph(t)
            p.alignment = 2
        else:
            d.add_paragraph(t)


