"""Office-format printers of eval/wild8: DOCX (python-docx + XML surgery), XLSX written as a zip of XML, Word RTF."""
from __future__ import annotations

import io
import random
import struct
import zipfile

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from base import blocks, ctx, legacy_blocks
from docxbase import W, add_table, body, new_doc, save
from grids import C, full, t2_grid, t3_grid, t4_grid
from model import COL_NAMES
from render import esc
from text import H19, H21

ZT = (2024, 1, 15, 9, 0, 0)


def zip_files(files: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def std_grids(s, cell):
    return {"t2": (t2_grid(s["template"], cell), 4), "t3": (t3_grid(s["template"], cell), 10), "t4": (t4_grid(cell), 15)}


# ---------------------------------------------------------------- a minimal XLSX writer (shared strings, merges)

def col_name(i: int) -> str:
    return chr(65 + i) if i < 26 else chr(64 + i // 26) + chr(65 + i % 26)


def xlsx_bytes(sheets: list[tuple[str, list[list], list[tuple[int, int, int, int]], dict]]) -> bytes:
    """sheets: (name, rows of values (str | int | float | None), merges (r0, c0, r1, c1), col widths)."""
    sst: list[str] = []
    idx: dict[str, int] = {}
    files = []
    for si, (name, rows_, merges, widths) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows_, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col_name(c)}{r}"
                if v is None or v == "":
                    if any(r0 <= r - 1 <= r1 and c0 <= c <= c1 for r0, c0, r1, c1 in merges):
                        cells.append(f'<c r="{ref}" s="1"/>')
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}" s="1"><v>{v}</v></c>')
                else:
                    if v not in idx:
                        idx[v] = len(sst)
                        sst.append(v)
                    style = "2" if len(v) > 40 else "1"
                    cells.append(f'<c r="{ref}" s="{style}" t="s"><v>{idx[v]}</v></c>')
            xr.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        cols = "".join(f'<col min="{c + 1}" max="{c + 1}" width="{w}" customWidth="1"/>' for c, w in sorted(widths.items()))
        mg = ""
        if merges:
            mg = f'<mergeCells count="{len(merges)}">' + "".join(
                f'<mergeCell ref="{col_name(c0)}{r0 + 1}:{col_name(c1)}{r1 + 1}"/>' for r0, c0, r1, c1 in merges) + "</mergeCells>"
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.'
                 'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                 f'2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                 f'<sheetFormatPr defaultRowHeight="14.25"/>{"<cols>" + cols + "</cols>" if cols else ""}'
                 f'<sheetData>{"".join(xr)}</sheetData>{mg}<pageMargins left="0.7" right="0.7" top="0.75" '
                 'bottom="0.75" header="0.3" footer="0.3"/></worksheet>')
        files.append((f"xl/worksheets/sheet{si}.xml", sheet.encode()))
    names = [s[0] for s in sheets]
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
          'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(names) + 1)) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>' + "".join(f'<sheet name="{esc(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, n in
                               enumerate(names, 1)) + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships">' + "".join(
                  f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  f'worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(names) + 1)) +
              f'<Relationship Id="rId{len(names) + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/styles" Target="styles.xml"/>'
              f'<Relationship Id="rId{len(names) + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.'
              'openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="宋体"/>'
              '<charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/>'
              '<top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/>'
              '<bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
              'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" '
              'applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" '
              'fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/>'
              '</xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    ss = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
          f'spreadsheetml/2006/main" count="{len(sst)}" uniqueCount="{len(sst)}">' +
          "".join(f'<si><t xml:space="preserve">{esc(t)}</t></si>' for t in sst) + "</sst>")
    return zip_files([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                      ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                      ("xl/styles.xml", styles.encode()), ("xl/sharedStrings.xml", ss.encode())] + files)


def num(t: str):
    try:
        return int(t)
    except ValueError:
        try:
            return float(t)
        except ValueError:
            return t


def grid_into(rows_, merges, grid, n, r0, c0=0, numeric=True):
    """Write a merged grid into a sheet's rows at (r0, c0); numbers as numeric cells."""
    F = full(grid, n)
    for rr, frow in enumerate(F):
        while len(rows_) <= r0 + rr:
            rows_.append([])
        row = rows_[r0 + rr]
        while len(row) < c0 + n:
            row.append(None)
        for c, (cc, origin) in enumerate(frow):
            if not origin or (c > 0 and frow[c - 1][0] is cc) or (rr > 0 and F[rr - 1][c][0] is cc):
                continue
            row[c0 + c] = num(cc.text) if (cc.key and numeric) else cc.text
            if cc.rs > 1 or cc.cs > 1:
                merges.append((r0 + rr, c0 + c, r0 + rr + cc.rs - 1, c0 + c + cc.cs - 1))
    return r0 + len(F)


# ---------------------------------------------------------------- XLSX: the whole report typed in Excel

def x_report_in_excel(s):
    """A small bureau that wrote its whole report in Excel (one sheet 「年报」, 15 columns): every paragraph of the
    narrative one cell merged across A:O with wrap text, headings as cells, the three tables as cell grids with
    merged headers (numbers as numeric cells), the signature and date in merged cells at the right."""
    cell = ctx(s)
    rows_: list[list] = []
    merges: list[tuple[int, int, int, int]] = []
    grids = std_grids(s, cell)
    for kind, t in blocks(s):
        if kind in grids:
            g, n = grids[kind]
            grid_into(rows_, merges, g, n, len(rows_))
        else:
            r = len(rows_)
            if kind == "sign":
                rows_.append([None] * 10 + [t])
                merges.append((r, 10, r, 14))
            else:
                rows_.append([t])
                merges.append((r, 0, r, 14))
    widths = {0: 14, 1: 12, 2: 30}
    widths.update({c: 9 for c in range(3, 15)})
    return xlsx_bytes([("年报", rows_, merges, widths)])


# ---------------------------------------------------------------- EMF preview pictures (text records)

def emf(lines: list[tuple[int, int, str]], rules: list[tuple[int, int, int, int]], w: int, h: int) -> bytes:
    """A small EMF: EMR_HEADER, one EMR_MOVETOEX/EMR_LINETO per rule, one EMR_EXTTEXTOUTW per text (UTF-16)."""
    recs = []
    for x1, y1, x2, y2 in rules:
        recs.append(struct.pack("<IIii", 27, 16, x1, y1))
        recs.append(struct.pack("<IIii", 54, 16, x2, y2))
    for x, y, t in lines:
        s16 = t.encode("utf-16-le")
        pad = (4 - len(s16) % 4) % 4
        n = len(t)
        off_str = 76
        off_dx = off_str + len(s16) + pad
        size = off_dx + 4 * n
        rec = struct.pack("<II4iIffiiIII4iI", 84, size, x, y, x + 12 * n, y + 14, 1, 0.0, 0.0, x, y, n, off_str, 0,
                          x, y, x + 12 * n, y + 14, off_dx)
        rec += s16 + b"\0" * pad + struct.pack(f"<{n}i", *([12] * n))
        recs.append(rec)
    recs.append(struct.pack("<IIIII", 14, 20, 0, 16, 20))
    body_ = b"".join(recs)
    nbytes = 88 + len(body_)
    hdr = struct.pack("<II4i4iIIIIHHIIIii ii", 1, 88, 0, 0, w, h, 0, 0, w * 26, h * 26, 0x464D4520, 0x10000, nbytes,
                      len(recs) + 1, 1, 0, 0, 0, 0, 1024, 768, 320, 240)
    return hdr + body_


def emf_of_grid(grid, n) -> bytes:
    F = full(grid, n)
    cw, rh = (60 if n <= 4 else 34), 18
    lines, rules = [], []
    for r, frow in enumerate(F):
        for c, (cc, origin) in enumerate(frow):
            if origin and (c == 0 or frow[c - 1][0] is not cc) and (r == 0 or F[r - 1][c][0] is not cc) and cc.text:
                lines.append((c * cw + 2, r * rh + 2, cc.text[:12]))
        rules.append((0, r * rh, n * cw, r * rh))
    rules.append((0, len(F) * rh, n * cw, len(F) * rh))
    for c in range(n + 1):
        rules.append((c * cw, 0, c * cw, len(F) * rh))
    return emf(lines, rules, n * cw, len(F) * rh)


def d_embedded_excel(s):
    """DOCX whose three tables were pasted from Excel as embedded objects (选择性粘贴 → Microsoft Excel 工作表 对象):
    each table is a w:object holding a VML shape with an EMF preview picture (the table's text drawn as
    EMR_EXTTEXTOUTW records) and an o:OLEObject ProgID Excel.Sheet.12 whose part is a whole .xlsx workbook
    (word/embeddings/Microsoft_Excel_Worksheet{n}.xlsx); the document body holds no table text at all."""
    cell = ctx(s)
    d = new_doc()
    n_obj = [0]

    def obj(grid, n):
        def f(doc):
            n_obj[0] += 1
            k = n_obj[0]
            rows_: list[list] = []
            merges: list = []
            grid_into(rows_, merges, grid, n, 0)
            xlsx = xlsx_bytes([("Sheet1", rows_, merges, {0: 20})])
            pkg = doc.part.package
            xp = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{k}.xlsx"),
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx, pkg)
            ep = Part(PackURI(f"/word/media/image{k}.emf"), "image/x-emf", emf_of_grid(grid, n), pkg)
            rid_x = doc.part.relate_to(xp, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package")
            rid_e = doc.part.relate_to(ep, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image")
            p = doc.add_paragraph()
            p.alignment = 1
            wpt = 415 if n > 4 else 380
            hpt = 14 * len(full(grid, n))
            p._p.append(parse_xml(
                f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:'
                f'office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:object '
                f'w:dxaOrig="{wpt * 20}" w:dyaOrig="{hpt * 20}"><v:shape id="_x0000_i102{k}" type="#_x0000_t75" '
                f'style="width:{wpt}pt;height:{hpt}pt" o:ole=""><v:imagedata r:id="{rid_e}" o:title=""/></v:shape>'
                f'<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ShapeID="_x0000_i102{k}" DrawAspect="Content" '
                f'ObjectID="_176543210{k}" r:id="{rid_x}"><o:FieldCodes>\\s</o:FieldCodes></o:OLEObject></w:object>'
                f'</w:r>'))
        return f
    g = std_grids(s, cell)
    body(d, s, {k: obj(*v) for k, v in g.items()})
    return save(d)


# ---------------------------------------------------------------- DOCX: diagonal (斜线) corner header

def d_diagonal_header(s):
    """DOCX whose table 三 header is two rows with a 斜线表头 corner: the corner cell (three columns wide, two rows
    high) has a diagonal border (w:tl2br) and two paragraphs, 「申请人情况」 right-aligned and 「办理情况」
    left-aligned; no 勾稽 note, no 申请人情况 row over the columns."""
    cell = ctx(s)
    d = new_doc()
    g3 = t3_grid(s["template"], cell)
    g3 = [[C("申请人情况|办理情况", 2, 3), C("自然人", 2, 1), C("法人或其他组织", 1, 5), C("总计", 2, 1)],
          [C(n) for n in COL_NAMES[1:6]]] + g3[3:]

    def t3(doc):
        t = add_table(doc, g3, 10)
        tc = t.cell(0, 0)._tc
        tcPr = tc.get_or_add_tcPr()
        tcPr.append(parse_xml(f'<w:tcBorders xmlns:w="{W}"><w:tl2br w:val="single" w:sz="4" w:space="0" '
                              f'w:color="auto"/></w:tcBorders>'))
        ps = tc.findall(qn("w:p"))
        texts = [x.text for x in ps[0].iter(qn("w:t"))]
        full_t = "".join(texts)
        a, b = full_t.split("|")
        for x in list(tc.findall(qn("w:p"))):
            tc.remove(x)
        for text, jc in ((a, "right"), (b, "left")):
            tc.append(parse_xml(f'<w:p xmlns:w="{W}"><w:pPr><w:jc w:val="{jc}"/></w:pPr><w:r><w:t>{esc(text)}</w:t>'
                                f'</w:r></w:p>'))

    def tab(grid, n):
        return lambda doc: add_table(doc, grid, n)
    body(d, s, {"t2": tab(t2_grid(s["template"], cell), 4), "t3": t3, "t4": tab(t4_grid(cell), 15)})
    return save(d)


# ---------------------------------------------------------------- DOCX: customXml rows and values (GF2019)

def d_customxml(s):
    """GF2019 DOCX written by an OA system's template engine with a custom XML schema: every data row of the three
    tables wrapped in <w:customXml w:element="row"> (so the w:tr is not a direct child of w:tbl) and every value
    run in <w:customXml w:element="value"> with a w:customXmlPr attribute naming the field."""
    cell = ctx(s)
    d = new_doc()
    ns = "urn:gov:xxgk:ndbg:2019"

    def tab(grid, n, nhead):
        def f(doc):
            t = add_table(doc, grid, n)
            tbl = t._tbl
            for i, tr in enumerate(tbl.findall(qn("w:tr"))):
                if i < nhead:
                    continue
                for r in list(tr.iter(qn("w:r"))):
                    txt = "".join(x.text or "" for x in r.iter(qn("w:t")))
                    if txt.lstrip("+-").replace(".", "", 1).isdigit():
                        wrap = parse_xml(f'<w:customXml xmlns:w="{W}" w:uri="{ns}" w:element="value"><w:customXmlPr>'
                                         f'<w:attr w:name="field" w:val="c{i}"/></w:customXmlPr></w:customXml>')
                        r.addprevious(wrap)
                        wrap.append(r)
                wrap = parse_xml(f'<w:customXml xmlns:w="{W}" w:uri="{ns}" w:element="row"/>')
                tr.addprevious(wrap)
                wrap.append(tr)
        return f
    body(d, s, {"t2": tab(t2_grid(s["template"], cell, s.get("unit", "万元")), 4, 0),
                "t3": tab(t3_grid(s["template"], cell), 10, 3), "t4": tab(t4_grid(cell), 15, 3)})
    return save(d)


# ---------------------------------------------------------------- DOCX: reviewer comments left in

def d_comments(s):
    """DOCX published with the reviewers' comments left in (word/comments.xml, w:commentRangeStart/End and
    w:commentReference around some value cells of table 三): 「已与业务科室台账核对」, 「请核实：各项相加为N件」 — the
    comment text lives outside the body; the printed figures are the cells'."""
    cell = ctx(s)
    d = new_doc()
    rng = random.Random(s["id"] + "cm")
    tables = {}

    def tab(name, grid, n):
        def f(doc):
            tables[name] = add_table(doc, grid, n)
        return f
    g = std_grids(s, cell)
    body(d, s, {k: tab(k, *v) for k, v in g.items()})
    t3 = tables["t3"]
    notes = []
    for r_i, row in enumerate(t3.rows):
        if r_i < 3:
            continue
        runs = [r for r in row.cells[-1].paragraphs[0].runs]
        if runs and rng.random() < 0.18:
            notes.append((runs, "已与业务科室台账核对一致。"))
    defect_row = s.get("comment_row")
    if defect_row is not None:
        row = t3.rows[defect_row]
        runs = row.cells[-1].paragraphs[0].runs
        notes.append((runs, s["comment_text"]))
    for runs, text in notes:
        d.add_comment(runs, text=text, author="政务公开办", initials="ZW")
    out = save(d)
    # fixed comment dates
    z = zipfile.ZipFile(io.BytesIO(out))
    files = []
    import re
    for info in z.infolist():
        data = z.read(info.filename)
        if info.filename == "word/comments.xml":
            data = re.sub(rb'w:date="[^"]*"', b'w:date="2024-01-12T10:00:00Z"', data)
        files.append((info.filename, data))
    return zip_files(files)


# ---------------------------------------------------------------- LEGACY DOCX: value and unit in one cell

def d_legacy_units(s):
    """2017 report on the old 条例 as DOCX: prose, then a two-column statistics table whose value cells hold the
    number with its unit (「186条」, 「4件」)."""
    d = new_doc()
    paras, table = legacy_blocks(s)
    p = d.add_paragraph()
    p.alignment = 1
    r = p.add_run(s["title"])
    r.bold = True
    r.font.size = Pt(18)
    for t in paras:
        d.add_paragraph(t)
    d.add_paragraph("附：政府信息公开情况统计表").alignment = 1
    rows_ = [["统计指标", "统计数"]] + [[r_[0], (r_[2] + r_[1]) if r_[2] else ""] for r_ in table[1:]]
    t = d.add_table(rows=len(rows_), cols=2)
    t.style = "Table Grid"
    for i, row in enumerate(rows_):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph(s["agency"]).alignment = 2
    d.add_paragraph(s["date"]).alignment = 2
    return save(d)


# ---------------------------------------------------------------- Word RTF with \uN escapes (GF2019)

def rtf_text(t: str) -> str:
    out = []
    for ch in t:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            v = o if o < 32768 else o - 65536
            out.append(f"\\u{v}?")
    return "".join(out)


def rtf_table(grid, n, widths) -> str:
    F = full(grid, n)
    out = []
    for r, frow in enumerate(F):
        out.append("\\trowd\\trgaph108\\trleft-108")
        x = 0
        cells = []
        c = 0
        while c < n:
            cc, origin = frow[c]
            span = 1
            while c + span < n and frow[c + span][0] is cc:
                span += 1
            top = r == 0 or F[r - 1][c][0] is not cc
            vm = ""
            if cc.rs > 1:
                vm = "\\clvmgf" if top else "\\clvmrg"
            x += sum(widths[c:c + span])
            out.append(f"{vm}\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10"
                       f"\\clbrdrr\\brdrs\\brdrw10\\clvertalc\\cellx{x}")
            cells.append(rtf_text(cc.text) if top else "")
            c += span
        out.append("\\pard\\intbl\\qc " + "".join(f"{{\\f1\\fs18 {t}}}\\cell " for t in cells) + "\\row")
    return "\n".join(out) + "\n\\pard\n"


def r_word_unicode(s):
    """GF2019 report saved by Microsoft Word as RTF with \\uc1: every Chinese character a \\uN? escape (negative N
    above U+7FFF, 「?」 as the one-byte fallback), tables as \\trowd rows with \\cellx edges (merged columns as
    wider cells) and \\clvmgf/\\clvmrg vertical merges; \\par paragraphs, \\qc/\\qr alignment."""
    cell = ctx(s)
    widths = {"t2": (4, [2600, 2100, 2100, 2100]), "t3": (10, [700, 700, 1500] + [800] * 7),
              "t4": (15, [620] * 15)}
    g = std_grids(s, cell)
    out = ["{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\froman\\fcharset0 Times New "
           "Roman;}{\\f1\\fnil\\fcharset134 " + rtf_text("宋体") + ";}{\\f2\\fnil\\fcharset134 " + rtf_text("仿宋_GB2312") +
           ";}}", "{\\*\\generator Microsoft Word 16.0;}{\\info{\\author Administrator}{\\creatim\\yr2021\\mo1\\dy15}}",
           "\\paperw11906\\paperh16838\\margl1800\\margr1800\\margt1440\\margb1440"]
    for kind, t in blocks(s):
        if kind in g:
            grid, n = g[kind]
            out.append(rtf_table(grid, n, widths[kind][1]))
        elif kind == "title":
            out.append("\\pard\\qc{\\f1\\fs36\\b " + rtf_text(t) + "}\\par")
        elif kind == "h":
            out.append("\\pard\\ql{\\f1\\fs28\\b " + rtf_text(t) + "}\\par")
        elif kind == "sign":
            out.append("\\pard\\qr{\\f2\\fs28 " + rtf_text(t) + "}\\par")
        else:
            out.append("\\pard\\fi640{\\f2\\fs28 " + rtf_text(t) + "}\\par")
    out.append("}")
    return ("\r\n".join(out) + "\r\n").encode("ascii")


__all__ = ["H19", "H21"]
