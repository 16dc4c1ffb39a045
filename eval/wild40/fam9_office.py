"""Office-format printers of eval/wild9: DOCX (python-docx + XML surgery), XLSX written as a zip of XML."""
from __future__ import annotations

import io
import random
import zipfile

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt

from base import blocks, ctx
from docxbase import W, add_table, body, new_doc, save
from fam_office import col_name, grid_into, rtf_table, rtf_text, std_grids, zip_files
from fam9_html import NAME
from grids import full, t2_grid, t3_flat, t4_grid
from model import COLS, rows
from render import esc

WPS = 'xmlns:w="' + W + '"'


def keyed_positions(grid, n):
    out = {}
    for r, frow in enumerate(full(grid, n)):
        for c, (cc, origin) in enumerate(frow):
            if origin and cc.key:
                out[cc.key] = (r, c)
    return out


def std_body(s, cell, after=None):
    d = new_doc()
    made = {}

    def tab(k, grid, n):
        def f(doc):
            made[k] = (add_table(doc, grid, n), grid, n)
            if after:
                after(doc, k)
        return f
    body(d, s, {k: tab(k, *v) for k, v in std_grids(s, cell).items()})
    return d, made


def set_runs(tc, xml_runs: str):
    p = tc.paragraphs[0]._p
    for r in list(p):
        if r.tag != "{%s}pPr" % W:
            p.remove(r)
    for el in parse_xml(f"<w:p {WPS}>{xml_runs}</w:p>"):
        p.append(el)


# ---------------------------------------------------------------- 总计 cells as Word formula fields (one stale)

def d_formula_fields(s):
    """DOCX whose 总计 cells of table 三 are Word formula fields — { =SUM(LEFT) } across, （七）总计 { =SUM(ABOVE) } —
    showing their cached results; one field was not updated after an edit: its row's 总计 prints one too few (a real
    defect, the printed result is the report's number)."""
    cell = ctx(s)
    d, made = std_body(s, cell)
    t, grid, n = made["t3"]
    pos = keyed_positions(grid, n)
    for key, (r, c) in pos.items():
        if key.endswith(".tot") or key.startswith("t3.r7."):
            instr = " =SUM(LEFT) " if key.endswith(".tot") else " =SUM(ABOVE) "
            set_runs(t.cell(r, c),
                     '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     f'<w:r><w:instrText xml:space="preserve">{instr}</w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                     f'<w:r><w:rPr><w:noProof/></w:rPr><w:t>{cell(key)}</w:t></w:r>'
                     '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return save(d)


# ---------------------------------------------------------------- a table row moved with track changes on

def d_moved_row(s):
    """DOCX published with revisions on: in table 三 the row 「1.本机关不掌握相关政府信息」 was moved (w:moveFrom row
    marked deleted under （五）, w:moveTo row marked inserted at its place under （四）), and two figures corrected
    (w:del old figure, w:ins new figure)."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "rev")
    d, made = std_body(s, cell)
    t, grid, n = made["t3"]
    pos = keyed_positions(grid, n)
    date = 'w:author="Administrator" w:date="2024-01-10T09:00:00Z"'
    r_move = pos["t3.r4_1.np"][0]
    tr = t.rows[r_move]._tr
    # the moved-to row: mark its runs w:moveTo and the row inserted
    import copy
    src = copy.deepcopy(tr)
    trpr = tr.find("{%s}trPr" % W)
    if trpr is None:
        trpr = parse_xml(f"<w:trPr {WPS}/>")
        tr.insert(0, trpr)
    trpr.append(parse_xml(f'<w:ins {WPS} w:id="901" {date}/>'))
    for i, p in enumerate(tr.iter("{%s}p" % W)):
        runs = [r for r in p if r.tag == "{%s}r" % W]
        if runs:
            mv = parse_xml(f'<w:moveTo {WPS} w:id="{910 + i}" {date}/>')
            p.insert(list(p).index(runs[0]), mv)
            for r in runs:
                p.remove(r)
                mv.append(r)
    # the moved-from row: a copy under （五）, its runs w:moveFrom, the row deleted
    trpr2 = src.find("{%s}trPr" % W)
    if trpr2 is None:
        trpr2 = parse_xml(f"<w:trPr {WPS}/>")
        src.insert(0, trpr2)
    trpr2.append(parse_xml(f'<w:del {WPS} w:id="902" {date}/>'))
    for i, p in enumerate(src.iter("{%s}p" % W)):
        runs = [r for r in p if r.tag == "{%s}r" % W]
        if runs:
            mv = parse_xml(f'<w:moveFrom {WPS} w:id="{940 + i}" {date}/>')
            p.insert(list(p).index(runs[0]), mv)
            for r in runs:
                p.remove(r)
                mv.append(r)
    r_after = pos["t3.r5_5.np"][0]
    t.rows[r_after]._tr.addnext(src)
    # two corrected figures
    cands = [k for k in pos if k.startswith("t3.r") and not k.endswith(".tot") and not k.startswith("t3.r7")
             and not k.startswith("t3.r4_1") and s["t3"][k[3:]] > 0]
    for key in sorted(rng.sample(cands, 2)):
        r, c = pos[key]
        old = s["t3"][key[3:]] + rng.choice([1, 2, 3])
        set_runs(t.cell(r, c), f'<w:del w:id="{960 + r}" {date}><w:r><w:delText>{old}</w:delText></w:r></w:del>'
                               f'<w:ins w:id="{980 + r}" {date}><w:r><w:t>{cell(key)}</w:t></w:r></w:ins>')
    return save(d)


# ---------------------------------------------------------------- Strict Open XML

STRICT = [("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
          ("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"),
          ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
          ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
          ("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math")]


def d19_strict(s):
    """GF2019 report saved by Word as 「Strict Open XML 文档」: every part in the ISO strict namespaces
    (http://purl.oclc.org/ooxml/…), relationship types included, w:document conformance="strict"."""
    cell = ctx(s)
    d, _ = std_body(s, cell)
    src = zipfile.ZipFile(io.BytesIO(save(d)))
    files = []
    for info in src.infolist():
        data = src.read(info.filename)
        if info.filename.endswith((".xml", ".rels")):
            t = data.decode("utf-8")
            for a, b in STRICT:
                t = t.replace(a, b)
            t = t.replace("relationships/extended-properties", "relationships/extendedProperties")
            if info.filename == "word/document.xml":
                t = t.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
            data = t.encode("utf-8")
        files.append((info.filename, data))
    return zip_files(files)


# ---------------------------------------------------------------- tables as altChunk RTF parts

def d_altchunk_rtf(s):
    """DOCX made by an OA system that imported the three tables as alternative-format chunks: each table a
    <w:altChunk r:id> pointing at an RTF part (word/afchunkN.rtf, \\trowd tables) that Word renders in place; no
    table in document.xml."""
    cell = ctx(s)
    d = new_doc()
    g = std_grids(s, cell)
    widths = {"t2": [2600, 2100, 2100, 2100], "t3": [700, 700, 1500] + [800] * 7, "t4": [620] * 15}
    k = [0]

    def chunk(key):
        def f(doc):
            k[0] += 1
            grid, n = g[key]
            rtf = ("{\\rtf1\\ansi\\ansicpg936\\uc1\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + rtf_text("宋体") +
                   ";}{\\f1\\fnil\\fcharset134 " + rtf_text("宋体") + ";}}\n" + rtf_table(grid, n, widths[key]) + "}\n")
            part = Part(PackURI(f"/word/afchunk{k[0]}.rtf"), "application/rtf", rtf.encode("ascii"), doc.part.package)
            rid = doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
            doc.element.body.append(parse_xml(
                f'<w:altChunk {WPS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                f'r:id="{rid}"/>'))
        return f
    # body() appends paragraphs with add_paragraph (before sectPr); keep the chunk before sectPr too
    def put(key):
        f = chunk(key)

        def g2(doc):
            f(doc)
            el = doc.element.body[-1]
            sect = doc.element.body.find("{%s}sectPr" % W)
            if sect is not None:
                sect.addprevious(el)
        return g2
    body(d, s, {k2: put(k2) for k2 in ("t2", "t3", "t4")})
    return save(d)


# ---------------------------------------------------------------- typed superscript footnote marks

def d_superscript_marks(s):
    """DOCX whose clerk typed footnote marks after some figures of table 三 as superscript runs (「12」 then a
    superscript 「1」), the notes under the table."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "fn")

    def after(doc, k):
        if k == "t3":
            doc.add_paragraph("注：1.含上级机关转办的申请。2.含通过信函方式提出的申请。")
    d, made = std_body(s, cell, after)
    t, grid, n = made["t3"]
    pos = keyed_positions(grid, n)
    cands = [k for k in pos if s["t3"][k[3:]] and not k.startswith("t3.r7")]
    for i, key in enumerate(sorted(rng.sample(cands, 5))):
        r, c = pos[key]
        run = t.cell(r, c).paragraphs[0].add_run("12"[i % 2])
        run.font.superscript = True
    return save(d)


# ---------------------------------------------------------------- XLSX writer with typed cells

def xlsx9(sheets) -> bytes:
    """sheets: (name, rows, merges, state). A value: str (shared string), int/float, ("inl", text) an inline
    string, ("f", formula, cached value), ("dbn", value) a number shown by the [DBNum1] format."""
    sst: list[str] = []
    idx: dict[str, int] = {}
    files = []
    for si, (name, rows_, merges, _state) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows_, 1):
            cells = []
            for c, v in enumerate(row):
                ref = f"{col_name(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, tuple):
                    if v[0] == "inl":
                        cells.append(f'<c r="{ref}" s="1" t="inlineStr"><is><t>{esc(v[1])}</t></is></c>')
                    elif v[0] == "f":
                        cells.append(f'<c r="{ref}" s="1"><f>{v[1]}</f><v>{v[2]}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}" s="3"><v>{v[1]}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}" s="1"><v>{v}</v></c>')
                else:
                    if v not in idx:
                        idx[v] = len(sst)
                        sst.append(v)
                    cells.append(f'<c r="{ref}" s="{2 if len(v) > 40 else 1}" t="s"><v>{idx[v]}</v></c>')
            xr.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        mg = ""
        if merges:
            mg = f'<mergeCells count="{len(merges)}">' + "".join(
                f'<mergeCell ref="{col_name(c0)}{r0 + 1}:{col_name(c1)}{r1 + 1}"/>' for r0, c0, r1, c1 in merges) + "</mergeCells>"
        sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.'
                 'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
                 f'2006/relationships"><sheetViews><sheetView workbookViewId="0"/></sheetViews>'
                 f'<sheetFormatPr defaultRowHeight="14.25"/><cols><col min="1" max="3" width="16" customWidth="1"/></cols>'
                 f'<sheetData>{"".join(xr)}</sheetData>{mg}</worksheet>')
        files.append((f"xl/worksheets/sheet{si}.xml", sheet.encode()))
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
          'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
                    'officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1)) +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    active = next(i for i, sh in enumerate(sheets) if sh[3] == "visible")
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<bookViews><workbookView activeTab="{active}"/></bookViews><sheets>' +
          "".join(f'<sheet name="{esc(sh[0])}" sheetId="{i}"{"" if sh[3] == "visible" else " state=" + chr(34) + sh[3] + chr(34)}'
                  f' r:id="rId{i}"/>' for i, sh in enumerate(sheets, 1)) + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships">' + "".join(
                  f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  f'worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1)) +
              f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/styles" Target="styles.xml"/>'
              f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
              'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.'
              'openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" '
              'formatCode="[DBNum1][$-804]G/通用格式"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/>'
              '<charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/>'
              '<top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/>'
              '<bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" '
              'fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" '
              'borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" '
              'applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" '
              'fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/>'
              '</xf><xf numFmtId="176" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" '
              'applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf></cellXfs>'
              '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    ss = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/'
          f'spreadsheetml/2006/main" count="{len(sst)}" uniqueCount="{len(sst)}">' +
          "".join(f'<si><t xml:space="preserve">{esc(t)}</t></si>' for t in sst) + "</sst>")
    return zip_files([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                      ("xl/workbook.xml", wb.encode()), ("xl/_rels/workbook.xml.rels", wbrels.encode()),
                      ("xl/styles.xml", styles.encode()), ("xl/sharedStrings.xml", ss.encode())] + files)


def sheet_of(s, cell, conv=None, t3grid=None):
    """Title, 填报单位 line and the three tables (headings as rows) on one sheet; conv(key, text) -> cell value."""
    rows_: list[list] = [[s["title"]], [f"填报单位：{s['agency']}"]]
    merges = [(0, 0, 0, 14), (1, 0, 1, 14)]
    heads = {"t2": "二、主动公开政府信息情况", "t3": "三、收到和处理政府信息公开申请情况", "t4": "四、政府信息公开行政复议、行政诉讼情况"}
    for k, (grid, n) in std_grids(s, cell).items():
        rows_.append([heads[k]])
        r0 = len(rows_)
        if k == "t3" and t3grid is not None:
            rows_.extend(t3grid)
            continue
        grid_into(rows_, merges, grid, n, r0)
        if conv:
            keys = keyed_positions(grid, n)
            for key, (r, c) in keys.items():
                rows_[r0 + r][c] = conv(key, cell(key))
    return rows_, merges


def x_formulas_inline(s):
    """Workbook filled by a records system: every figure an inline string (t="inlineStr", Excel's green
    triangle 「以文本形式存储的数字」), the 总计 cells of table 三 formulas (=SUM(D8:I8)) with cached values."""
    cell = ctx(s)

    def conv(key, t):
        if key.startswith("t3.") and key.endswith(".tot"):
            return ("f", "SUM(LEFT)", t)
        return ("inl", t)
    rows_, merges = sheet_of(s, cell, conv)
    for r, row in enumerate(rows_, 1):
        for c, v in enumerate(row):
            if isinstance(v, tuple) and v[0] == "f":
                row[c] = ("f", f"SUM({col_name(c - 6)}{r}:{col_name(c - 1)}{r})", v[2])
    return xlsx9([("统计表", rows_, merges, "visible")])


def x_hidden_prior(s):
    """Workbook copied from last year's: the first sheet 「{y-1}年」 (last year's tables, other figures) hidden, the
    second sheet 「{y}年」 the report's tables (visible, active)."""
    from model import t2_values, t3_values, t4_values
    cell = ctx(s)
    prev = dict(s)
    prev.update(year=s["year"] - 1, placeholders={}, xform=None)
    prev["t3"] = t3_values(s["source"], s["template"], s["id"] + "-prev")
    prev["t4"] = t4_values(s["source"], s["id"] + "-prev")
    prev["t2"] = t2_values(s["template"], s["id"] + "-prev")
    from text import title
    prev["title"] = title(prev)
    r1, m1 = sheet_of(prev, ctx(prev))
    r2, m2 = sheet_of(s, cell)
    return xlsx9([(f"{s['year'] - 1}年", r1, m1, "hidden"), (f"{s['year']}年", r2, m2, "visible")])


def x19_dbnum(s):
    """GF2019 workbook whose value cells carry the number format [DBNum1] (Excel/WPS 「中文小写数字」): the stored
    value 12 shows as 「十二」; table 二's amount in digits."""
    cell = ctx(s)

    def conv(key, t):
        v = s[key[:2]][key[3:]]
        return ("dbn", t) if isinstance(v, int) and not key.endswith(".delta") else (float(t) if "." in t else int(t))
    rows_, merges = sheet_of(s, cell, conv)
    return xlsx9([("Sheet1", rows_, merges, "visible")])


def x_t3_transposed(s):
    """Workbook whose table 三 is transposed: the seven applicant kinds as rows, the 25 items as columns (headings
    over two rows: group over its items); tables 二 and 四 as usual."""
    cell = ctx(s)
    R = rows(s["template"])
    head1 = ["申请人情况"]
    head2 = [""]
    for key, group, label in R:
        head1.append(group or label)
        head2.append(label if group else "")
    body_rows = [head1, head2]
    for c in COLS:
        body_rows.append([NAME[c] if c in ("np", "tot") else f"法人或其他组织-{NAME[c]}"] +
                         [int(cell(f"t3.{key}.{c}")) for key, _, _ in R])
    rows_, merges = sheet_of(s, cell, t3grid=body_rows)
    return xlsx9([("Sheet1", rows_, merges, "visible")])


__all__ = ["Pt", "blocks", "t2_grid", "t3_flat", "t4_grid"]
