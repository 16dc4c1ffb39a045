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

from families import blocks, ctx, html_body
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
    done = set()
    for r, frow in enumerate(F):
        for c, (cell, origin) in enumerate(frow):
            if not origin or id(cell) in done:
                continue
            done.add(id(cell))
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


def d_altchunk(s):
    """OA-system export: document.xml holds the title and one w:altChunk; the report is an HTML part."""
    cell = ctx(s)
    tables = {"t2": html_table(t2_grid(s["template"], cell)), "t3": html_table(t3_grid(s["template"], cell)),
              "t4": html_table(t4_grid(cell))}
    inner = html_body(s, tables, title=lambda t: "")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body>{inner}</body></html>").encode("utf-8")
    d = new_doc()
    p = d.add_paragraph()
    p.alignment = 1
    p.add_run(s["title"]).bold = True
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", html, d.part.package)
    rid = d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    el = parse_xml(f'<w:altChunk xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                   f'2006/relationships" r:id="{rid}"/>')
    d.element.body.insert(len(d.element.body) - 1, el)
    return save(d)


def textbox_run(tbl_el, n: int):
    """A run holding a text box (wps shape in mc:Choice, VML copy in mc:Fallback) around a table."""
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    xml = (f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5760000" cy="7200000"/>'
           f'<wp:docPr id="{n}" name="文本框 {n}"/><a:graphic><a:graphicData '
           f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
           f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5760000" cy="7200000"/>'
           f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>'
           f'<w:p/></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline>'
           f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style="width:453.5pt;height:567pt">'
           f'<v:textbox><w:txbxContent><w:p/></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
           f'</mc:AlternateContent></w:r>')
    r = parse_xml(xml)
    for tb in r.iter(qn("w:txbxContent")):
        tb.insert(0, copy.deepcopy(tbl_el))
    return r


def d_textbox(s):
    """Each table sits in a text box (Word writes it twice: the wps shape and its VML fallback)."""
    cell = ctx(s)
    d = new_doc()
    scratch = new_doc()
    n = [0]
    def tb(grid, ncols):
        def put(doc):
            t = add_table(scratch, grid, ncols)
            n[0] += 1
            p = doc.add_paragraph()
            p._p.append(textbox_run(t._tbl, n[0]))
        return put
    body(d, s, {"t2": tb(t2_grid(s["template"], cell), 4), "t3": tb(t3_grid(s["template"], cell), 10),
                "t4": tb(t4_grid(cell), 15)})
    return save(d)


def d_tabstops(s):
    """No Word tables: each row a paragraph, cells separated by tab characters against tab stops."""
    cell = ctx(s)
    def lines(rows_):
        def put(doc):
            for label, vals in rows_:
                p = doc.add_paragraph()
                pf = p.paragraph_format
                for i in range(len(vals)):
                    pf.tab_stops.add_tab_stop(Pt(200 + i * 40), alignment=2)
                p.add_run(label + ("\t" + "\t".join(vals) if vals else ""))
        return put
    t3rows = [("申请人情况", COL_NAMES)] + t3_flat(s["template"], cell)
    t4rows = [("行政复议", [n for _, n in T4_PARTS]), ("", [cell(f"t4.rv.{p}") for p, _ in T4_PARTS]),
              ("行政诉讼（未经复议直接起诉）", [n for _, n in T4_PARTS]), ("", [cell(f"t4.ld.{p}") for p, _ in T4_PARTS]),
              ("行政诉讼（复议后起诉）", [n for _, n in T4_PARTS]), ("", [cell(f"t4.lr.{p}") for p, _ in T4_PARTS])]
    d = new_doc()
    body(d, s, {"t2": lines(t2_flat(s["template"], cell)), "t3": lines(t3rows), "t4": lines(t4rows)})
    return save(d)


def d_gridbefore(s):
    """Table 三 whose result rows have no first cell (w:gridBefore=1) under a 三、本年度办理结果 row;
    table 四 prints its zero cells as 「零」."""
    cell = ctx(s)
    g3 = t3_grid(s["template"], cell)
    # rebuild: drop the 三、本年度办理结果 rowspan cell; add it as a row of its own spanning the label area
    hdr, body_rows = g3[:3], g3[3:]
    new_rows = []
    inside = False
    for row in body_rows:
        if row and row[0].text == "三、本年度办理结果":
            new_rows.append([C("三、本年度办理结果", 1, 10)])
            row = row[1:]
            inside = True
        elif row and row[0].text.startswith("四、"):
            inside = False
        new_rows.append([C("")] + row if inside else row)
    d = new_doc()
    def t3(doc):
        t = add_table(doc, hdr + new_rows, 10)
        # result rows: label area is columns 1-2; mark them by removing the first grid slot
        trs = t._tbl.findall(qn("w:tr"))
        for tr in trs[3:]:
            tcs = tr.findall(qn("w:tc"))
            texts = ["".join(x.text or "" for x in tc.iter(qn("w:t"))) for tc in tcs]
            if texts[0] != "":
                continue
            tc0 = tcs[0]
            tr.remove(tc0)
            trPr = tr.find(qn("w:trPr"))
            if trPr is None:
                trPr = parse_xml(f'<w:trPr xmlns:w="{W}"/>')
                tr.insert(0, trPr)
            trPr.append(parse_xml(f'<w:gridBefore xmlns:w="{W}" w:val="1"/>'))
            trPr.append(parse_xml(f'<w:wBefore xmlns:w="{W}" w:w="600" w:type="dxa"/>'))
        return t
    body(d, s, {"t2": lambda doc: add_table(doc, t2_grid(s["template"], cell), 4), "t3": t3,
                "t4": lambda doc: add_table(doc, t4_grid(cell), 15)})
    return save(d)


def d_rows_as_tables(s):
    """Each table row its own one-row Word table, separated by empty paragraphs (pasted from a web page)."""
    cell = ctx(s)
    unit = s.get("unit", "万元")
    def rowtables(rows_, ncols):
        def put(doc):
            for label, vals in rows_:
                t = doc.add_table(rows=1, cols=ncols)
                t.style = "Table Grid"
                cells = [label] + list(vals) + [""] * (ncols - 1 - len(vals))
                for i, x in enumerate(cells):
                    t.cell(0, i).text = x
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.line_spacing = Pt(1)
        return put
    t3rows = [("申请人情况", COL_NAMES)] + t3_flat(s["template"], cell)
    t4rows = [("行政复议", [n for _, n in T4_PARTS]), ("", [cell(f"t4.rv.{p}") for p, _ in T4_PARTS]),
              ("未经复议直接起诉", [n for _, n in T4_PARTS]), ("", [cell(f"t4.ld.{p}") for p, _ in T4_PARTS]),
              ("复议后起诉", [n for _, n in T4_PARTS]), ("", [cell(f"t4.lr.{p}") for p, _ in T4_PARTS])]
    d = new_doc()
    body(d, s, {"t2": rowtables(t2_flat(s["template"], cell, unit), 4), "t3": rowtables(t3rows, 8),
                "t4": rowtables(t4rows, 6)})
    return save(d)
