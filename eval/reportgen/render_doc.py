"""Paged families: PDF (reportlab; ruled tables, or unruled cells positioned in columns, merged cells
as spans) and Word .docx (python-docx; merged cells gridSpan/vMerge as the template has them)."""

from __future__ import annotations

import copy
import functools
import io

from eval.reportgen.draw import Draw
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


def _pdf_mark(mark: str) -> str:
    """A footnote mark drawn as a small raised glyph after the figure (reportlab markup), or nothing."""
    return f'<super size="3" rise="2.5">{mark}</super>' if mark else ""


_WIDE_CELL = 30  # pt: a column of a table of 15 columns or more (table 四, a turned table 三)


def pdf_table(grid: Grid, ruled: bool, scale: float = 1.0, pad: float | None = None, value_cell=None):
    """A reportlab Table of the grid (merged areas spanned) about 470 pt wide × `scale`; labels wrap
    in their cells, values do not. `pad`: the cells' side padding (reportlab's 6 pt unless given: a
    table set in a narrow column has little). `value_cell(text)`: what a value cell holds instead of
    its text (a flowable that draws more than the number), None to keep the text."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    _, cell_style = _pdf_style()
    width, placed = place(grid)
    data: list[list[object]] = [[""] * width for _ in grid]
    style = [("FONT", (0, 0), (-1, -1), "STSong-Light", 6), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    if pad is not None:
        style += [("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
    for i, j, c in placed:
        data[i][j] = c.text if c.value and not c.mark else Paragraph(c.text + _pdf_mark(c.mark), cell_style)
        if c.value and value_cell is not None:
            data[i][j] = value_cell(c.text) or data[i][j]
        if c.rs > 1 or c.cs > 1:
            style.append(("SPAN", (j, i), (j + c.cs - 1, i + c.rs - 1)))
    n_labels = min(j for i, j, c in placed if c.value) if any(c.value for _, _, c in placed) else 1
    if width >= 15:
        widths = [_WIDE_CELL] * width
    else:
        label_w = 260 / max(1, n_labels)
        widths = [label_w] * n_labels + [(470 - 260) / (width - n_labels)] * (width - n_labels)
    return Table(data, colWidths=[w * scale for w in widths], style=TableStyle(style), repeatRows=0)


def pdf(
    parts: Parts,
    ruled: bool,
    pagesize: tuple[float, float] | None = None,
    margin: float = 72,
    canvasmaker=None,
    value_cell=None,
    keep: bool = False,
    break_in: tuple[str, float] | None = None,
) -> bytes:
    """`pagesize` (A4 portrait unless given) and `margin`: the tables are scaled to the frame's
    width; `canvasmaker`: a reportlab Canvas class (one that draws over each page as it ends);
    `value_cell`: see `pdf_table`, given each table's id and the cell's text; `keep`: a table that
    does not fit the rest of a page starts on the next (Word's 「段中不分页」), not split; `break_in`:
    (a table's id, points) — that table starts so low on a page that only its first rows, the given
    height of it, fit there: a page break falls inside it (its header, for a small height)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate

    if pagesize is None and any(not isinstance(b, str) and place(b[2])[0] * _WIDE_CELL > A4[0] for b in parts.all()):
        # a table wider than a portrait page (a turned table 三) is set on landscape pages, kept on one, as an
        # author does (pdf-t3-turned): printed portrait, its labels stood off the page
        pagesize, margin, keep = (A4[1], A4[0]), 36, True
    size = pagesize or A4
    scale = min(1.0, (size[0] - 2 * margin) / 470) if pagesize else 1.0  # (A4's tables overflow a little)

    text_style, _ = _pdf_style()
    flow: list[Flowable] = [
        Paragraph(b, text_style)
        if isinstance(b, str)
        else pdf_table(b[2], ruled, scale, value_cell=functools.partial(value_cell, b[0]) if value_cell else None)
        for b in parts.all()
    ]
    if keep:
        flow = [KeepTogether([f]) if not isinstance(f, Paragraph) else f for f in flow]
    if break_in is not None:
        at = next((k for k, b in enumerate(parts.all()) if not isinstance(b, str) and b[0] == break_in[0]), None)
        if at is not None:
            flow.insert(at, _leaving(break_in[1]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=size, title="", leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin
    )
    doc.build(flow, **({"canvasmaker": canvasmaker} if canvasmaker else {}))
    return buf.getvalue()


def _leaving(points: float):
    from reportlab.platypus import Flowable

    class Leaving(Flowable):
        """Blank space down to `points` above the frame's foot (what is left of the page when it is drawn)."""

        def wrap(self, avail_width, avail_height):
            self.height = max(0.0, avail_height - points)
            return avail_width, self.height

        def draw(self):
            pass

    return Leaving()


def _table(doc, grid: Grid):
    """A Word table of the grid, its merged areas merged: the table and each placed cell's Word cell."""
    from docx.table import _Cell

    width, placed = place(grid)
    t = doc.add_table(rows=len(grid), cols=width)
    t.style = "Table Grid"
    # the cells before any merge (Table.cell walks the whole grid on every call): merged areas do
    # not overlap, so each area's cells are still in the XML, one grid column each, when it is merged
    tcs = [list(tr.tc_lst) for tr in t._tbl.tr_lst]
    out = []
    for i, j, c in placed:
        if c.rs > 1 or c.cs > 1:
            _merge(tcs, i, j, c.rs, c.cs)
        out.append((_Cell(tcs[i][j], t), c))
    return t, out


def _merge(tcs: list, i: int, j: int, rs: int, cs: int) -> None:
    """python-docx's `_Cell.merge` of the empty cells (i, j)…(i+rs-1, j+cs-1), the same XML written by the same
    setters in the same order (`CT_Tc._grow_to`: each row's first cell swallows the cells right of it, its
    width summed, its gridSpan grown, then its vMerge set) — without python-docx finding each cell's row and
    grid column again by XPath on every step (quadratic in the table: ~0.1 s a DOCX report)."""
    from docx.oxml.simpletypes import ST_Merge
    from docx.shared import Length

    for r in range(i, i + rs):
        tc = tcs[r][j]
        for k in range(j + 1, j + cs):
            nxt = tcs[r][k]
            assert nxt is tc.getnext() and nxt.grid_span == 1, "merged areas overlap"
            if tc.width and nxt.width:
                tc.width = Length(tc.width + nxt.width)
            tc.grid_span += nxt.grid_span
            tc.getparent().remove(nxt)
        tc.vMerge = ST_Merge.CONTINUE if r > i else None if rs == 1 else ST_Merge.RESTART


def _struck_before(par, old: str, text: str) -> None:
    """The old figure as a struck run (single `w:strike`, or `w:dstrike` for an odd one) and the corrected
    figure after it, with a space between now and then (Word prints 「17 15」 or 「1715」, 17 struck)."""
    run = par.add_run(old)
    if int(old.split(".")[0]) % 2:
        run.font.double_strike = True
    else:
        run.font.strike = True
    par.add_run((" " if len(text) % 2 else "") + text)


def docx(parts: Parts) -> bytes:
    from docx import Document as Docx

    doc = Docx()
    for b in parts.all():
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        for cell, c in _table(doc, b[2])[1]:
            if c.old:  # an old figure struck through before the corrected one (layout.with_struck_old)
                _struck_before(cell.paragraphs[0], c.old, c.text)
            else:
                cell.text = c.text
            if c.mark:  # a footnote mark typed as a superscript run after the figure
                cell.paragraphs[0].add_run(c.mark).font.superscript = True
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def docx_controls(parts: Parts, d: Draw) -> bytes:
    """A DOCX filled in from a template and published with its revisions left in: value cells each
    either plain, wrapped in a content control (`w:sdt` around the `w:tc`), or revised as a tracked
    change (the old number in `w:del`, the printed one in `w:ins`), or holding the old number as a hidden
    run (`w:vanish`) before or after the printed one; now and then a row the reviser
    deleted (`w:trPr/w:del`, holding numbers no reader sees) and a narrative sentence inserted."""
    from docx import Document as Docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def mark(tag: str, n: int):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(n))
        el.set(qn("w:author"), "审核")
        el.set(qn("w:date"), "2024-01-15T09:00:00Z")
        return el

    def run(tag: str, text: str):
        r, t = OxmlElement("w:r"), OxmlElement(tag)
        t.text = text
        r.append(t)
        return r

    doc = Docx()
    n = 0
    for b in parts.all():
        if isinstance(b, str):
            p = doc.add_paragraph(b)
            if b.endswith("。") and d.int(0, 3) == 0:  # a revised sentence; never a heading or the signature
                n += 1
                ins = mark("w:ins", n)
                ins.append(run("w:t", "（本段经审核修订）"))
                p._p.append(ins)
            continue
        t, placed = _table(doc, b[2])
        wrap = []
        for cell, c in placed:
            how = d.int(0, 3) if c.value else 0
            if how == 3 and c.text:  # the old figure kept beside the new one as hidden text (w:vanish)
                old = str(d.int(0, 99))
                cell.text = ""
                p = cell.paragraphs[0]._p
                hidden = run("w:t", old)
                rpr, vanish = OxmlElement("w:rPr"), OxmlElement("w:vanish")
                rpr.append(vanish)
                hidden.insert(0, rpr)
                shown = run("w:t", c.text)
                for r in (hidden, shown) if d.int(0, 1) else (shown, hidden):
                    p.append(r)
            elif how == 2 and c.text:
                old = str(int(c.text) + d.int(1, 9)) if c.text.isdigit() else str(d.int(0, 9))
                cell.text = ""
                p = cell.paragraphs[0]._p
                n += 1
                dl = mark("w:del", n)
                dl.append(run("w:delText", old))
                n += 1
                ins = mark("w:ins", n)
                ins.append(run("w:t", c.text))
                p.append(dl)
                p.append(ins)
            else:
                cell.text = c.text
                if how == 1:
                    wrap.append(cell._tc)
        for tc in wrap:
            n += 1
            sdt, pr, content = OxmlElement("w:sdt"), OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
            tag = OxmlElement("w:tag")
            tag.set(qn("w:val"), f"v{n}")
            pr.append(tag)
            tc.addprevious(sdt)
            sdt.append(pr)
            sdt.append(content)
            content.append(tc)
        if d.int(0, 2) == 0:  # a row the reviser deleted: its numbers are no cells of the report
            rows = t._tbl.tr_lst
            gone = copy.deepcopy(rows[-1])
            for tc_text in gone.iter(qn("w:t")):
                tc_text.text = str(d.int(100, 999))
            trpr = gone.find(qn("w:trPr"))
            if trpr is None:
                trpr = OxmlElement("w:trPr")
                gone.insert(0, trpr)
            n += 1
            trpr.append(mark("w:del", n))
            rows[-1].addnext(gone)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def docx_smart_tags(parts: Parts, d: Draw) -> bytes:
    """A DOCX that went through Chinese Word 2003: the run of a value cell wrapped in a smart tag
    (`w:smartTag w:element="chmetcnv"` with its `w:smartTagPr`), now and then a smart tag inside
    another one or a custom XML element (`w:customXml`) around the run; python-docx's text skips
    what they wrap, so a reader that does not unwrap them sees a table printed blank."""
    from docx import Document as Docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def wrapper(kind: int):
        if kind == 2:
            el = OxmlElement("w:customXml")
            el.set(qn("w:element"), "value")
            el.append(OxmlElement("w:customXmlPr"))
            return el
        el = OxmlElement("w:smartTag")
        el.set(qn("w:uri"), "urn:schemas-microsoft-com:office:smarttags")
        el.set(qn("w:element"), "chmetcnv")
        pr, attr = OxmlElement("w:smartTagPr"), OxmlElement("w:attr")
        attr.set(qn("w:name"), "UnitName")
        attr.set(qn("w:val"), "件")
        pr.append(attr)
        el.append(pr)
        return el

    doc = Docx()
    for b in parts.all():
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        for cell, c in _table(doc, b[2])[1]:
            cell.text = c.text
            if not (c.value and c.text):
                continue
            for r in list(cell.paragraphs[0]._p.r_lst):
                kind = d.int(0, 3)  # 0–1: a smart tag, 2: custom XML, 3: a smart tag in a smart tag
                outer = wrapper(kind)
                inner = wrapper(0) if kind == 3 else outer
                if inner is not outer:
                    outer.append(inner)
                r.addprevious(outer)
                inner.append(r)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def docx_text_boxes(parts: Parts) -> bytes:
    """Each table inside a text box anchored in a paragraph of its own, written as Word writes it:
    the DrawingML shape (`mc:Choice Requires="wps"`) and a VML copy (`mc:Fallback`), so the XML holds
    every table twice and the body holds none."""
    from docx import Document as Docx
    from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (a compiled module lxml has no stubs for)

    ns = {
        "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
        "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
        "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        "v": "urn:schemas-microsoft-com:vml",
    }

    def el(parent, path: str):
        for name in path.split("/"):
            prefix, local = name.split(":")
            parent = etree.SubElement(parent, f"{{{ns[prefix]}}}{local}", nsmap=ns)
        return parent

    doc = Docx()
    for b in parts.all():
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        t, placed = _table(doc, b[2])
        for cell, c in placed:
            cell.text = c.text
        tbl = t._tbl
        anchor = doc.add_paragraph()._p
        alt = el(el(anchor, "w:r"), "mc:AlternateContent")
        choice = el(alt, "mc:Choice")
        choice.set("Requires", "wps")
        box = el(choice, "w:drawing/wp:anchor/a:graphic/a:graphicData/wps:wsp/wps:txbx/w:txbxContent")
        fallback = el(el(alt, "mc:Fallback"), "w:pict/v:shape/v:textbox/w:txbxContent")
        fallback.append(copy.deepcopy(tbl))
        el(fallback, "w:p")
        box.append(tbl)  # (moved out of the body)
        el(box, "w:p")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def docx_altchunk(parts: Parts, html: str) -> bytes:
    """An OA export: document.xml holds the title paragraph and a `w:altChunk` whose part
    (word/afchunk1.htm) is the whole report as HTML; Word imports it on opening."""
    from docx import Document as Docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Docx()
    doc.add_paragraph(parts.head[0] if parts.head else "")  # the title, as the OA system writes it
    part = Part(PackURI("/word/afchunk1.htm"), "text/html", html.encode("utf-8"), doc.part.package)
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), doc.part.relate_to(part, RT.A_F_CHUNK))
    body = doc.element.body
    body.insert(len(body) - 1, chunk)  # before w:sectPr
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def docx_altchunk_rtf(parts: Parts, d: Draw) -> bytes:
    """An OA system's assembly: the prose as Word paragraphs, each table a `w:altChunk` whose part
    (word/afchunkN.rtf, application/rtf) is that table alone as RTF (\\trowd rows, \\clvmgf merges); the
    body holds no table. Word renders each chunk in place on opening."""
    from docx import Document as Docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from eval.reportgen.render_office import rtf

    doc = Docx()
    n = 0
    for b in parts.all():
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        n += 1
        blob = rtf(Parts([], [b], []), d)
        part = Part(PackURI(f"/word/afchunk{n}.rtf"), "application/rtf", blob, doc.part.package)
        chunk = OxmlElement("w:altChunk")
        chunk.set(qn("r:id"), doc.part.relate_to(part, RT.A_F_CHUNK))
        body = doc.element.body
        body.insert(len(body) - 1, chunk)  # before w:sectPr
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# transitional → ISO/IEC 29500 Strict names, as Word's 「Strict Open XML 文档」 writes them
_STRICT_NAMES = (
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
        "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes",
    ),
    ("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"),
    (
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
)


def docx_strict(parts: Parts) -> bytes:
    """The report saved as 「Strict Open XML 文档」: every part and relationship type in the Strict
    namespaces (http://purl.oclc.org/ooxml/…), the document marked `w:conformance="strict"`."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(docx(parts)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename.endswith((".xml", ".rels")):
                text = blob.decode("utf-8")
                for old, new in _STRICT_NAMES:
                    text = text.replace(old, new)
                if info.filename == "word/document.xml":
                    text = text.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
                blob = text.encode("utf-8")
            out.writestr(info, blob)
    return buf.getvalue()


def docx_excel_objects(parts: Parts, d: Draw) -> bytes:
    """Each table pasted from Excel as an embedded object (Word's Paste Special → Excel Worksheet
    Object): the paragraph holds a `w:object` whose `o:OLEObject` (ProgID 「Excel.Sheet.12」) points at an
    .xlsx package under word/embeddings/; the document body has no table at all. (Word also stores an
    EMF preview picture; none here: the reader reads the workbook, not the picture.)"""
    from docx import Document as Docx
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    from eval.reportgen.render_office import xlsx

    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    )
    package = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    doc = Docx()
    n = 0
    for b in parts.all():
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        n += 1
        blob = xlsx(Parts([], [b], []), d)
        part = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx"), sheet_type, blob, doc.part.package)
        rid = doc.part.relate_to(part, package)
        para = doc.add_paragraph()
        run = parse_xml(
            f'<w:r {ns}><w:object w:dxaOrig="8300" w:dyaOrig="3920">'
            f'<v:shape id="_x0000_i10{n:02d}" type="#_x0000_t75" style="width:415pt;height:196pt" o:ole=""/>'
            f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i10{n:02d}" DrawAspect="Content" '
            f'ObjectID="_17654321{n:02d}" r:id="{rid}"/></w:object></w:r>'
        )
        para._p.append(run)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def flat_opc(package: bytes) -> bytes:
    """A .docx saved by Word as 「Word XML 文档」 (wild16): every part of the zip written inline in one XML
    document — XML parts in `pkg:xmlData`, binaries base64 in `pkg:binaryData`, each with its content type."""
    import base64
    import re
    import zipfile
    from xml.sax.saxutils import quoteattr

    with zipfile.ZipFile(io.BytesIO(package)) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    types = parts.pop("[Content_Types].xml").decode("utf-8")
    overrides = dict(re.findall(r'PartName="([^"]+)" ContentType="([^"]+)"', types))
    defaults = dict(re.findall(r'Extension="([^"]+)" ContentType="([^"]+)"', types))
    out = [
        '<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
    ]
    for name, body in parts.items():
        kind = overrides.get("/" + name) or defaults.get(name.rsplit(".", 1)[-1], "application/octet-stream")
        head = f"<pkg:part pkg:name={quoteattr('/' + name)} pkg:contentType={quoteattr(kind)}"
        if name.endswith((".xml", ".rels")):
            xml = re.sub(rb"^\s*<\?xml[^>]*\?>\s*", b"", body).decode("utf-8")
            out.append(f"{head}><pkg:xmlData>{xml}</pkg:xmlData></pkg:part>")
        else:
            out.append(
                f'{head} pkg:compression="store"><pkg:binaryData>{base64.b64encode(body).decode()}</pkg:binaryData></pkg:part>'
            )
    out.append("</pkg:package>\n")
    return "".join(out).encode("utf-8")
