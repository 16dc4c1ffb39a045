"""Office-format printers of eval/wild7: OpenDocument text (.odt), Word 97 (.doc, through LibreOffice from the
.odt), DOCX with XML surgery, OFD (GB/T 33190) and Excel 97 (.xls, BIFF8 through xlwt)."""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx.oxml import parse_xml
from docx.oxml.ns import qn

from base import blocks, ctx, legacy_blocks
from docxbase import W, add_table, body, new_doc, save
from grids import full, t2_grid, t3_grid, t4_grid
from pdfbase import H4, W4, Flow, report_flow, sw
from render import esc

ZT = (2024, 1, 15, 9, 0, 0)


def zip_files(files: list[tuple[str, bytes]], stored_first: bool = False) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, data) in enumerate(files):
            zi = zipfile.ZipInfo(name, date_time=ZT)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- OpenDocument text

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def odt_table(name: str, grid, n: int) -> str:
    F = full(grid, n)
    out = [f'<table:table table:name="{name}" table:style-name="Tbl">',
           f'<table:table-column table:number-columns-repeated="{n}"/>']
    for frow in F:
        out.append("<table:table-row>")
        for c, origin in frow:
            if not origin:
                out.append("<table:covered-table-cell/>")
                continue
            span = (f' table:number-columns-spanned="{c.cs}"' if c.cs > 1 else "") + \
                   (f' table:number-rows-spanned="{c.rs}"' if c.rs > 1 else "")
            vt = ""
            if c.key and c.text.lstrip("+-").replace(".", "", 1).isdigit():
                vt = f' office:value-type="float" office:value="{c.text}"'
            out.append(f'<table:table-cell table:style-name="Cell"{span}{vt} office:value-type="string">'
                       if not vt else f'<table:table-cell table:style-name="Cell"{span}{vt}>')
            out.append(f'<text:p text:style-name="Tc">{esc(c.text)}</text:p></table:table-cell>')
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def odt_package(content_body: str, title: str, generator: str) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>'
               '<office:automatic-styles>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" '
               'table:align="center"/></style:style>'
               '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
               'fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>'
               '<style:style style:name="Tc" style:family="paragraph"><style:paragraph-properties '
               'fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>'
               '<style:style style:name="Ti" style:family="paragraph"><style:paragraph-properties '
               'fo:text-align="center"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Sg" style:family="paragraph"><style:paragraph-properties '
               'fo:text-align="end"/></style:style>'
               '<style:style style:name="Bd" style:family="paragraph"><style:paragraph-properties '
               'fo:text-indent="0.85cm"/></style:style>'
               '</office:automatic-styles><office:body><office:text>' + content_body +
               '</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS}><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="仿宋" '
              'fo:font-size="12pt"/></style:default-style></office:styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS}><office:meta>'
            f'<meta:generator>{generator}</meta:generator><dc:title>{esc(title)}</dc:title>'
            '<meta:creation-date>2024-01-15T09:00:00</meta:creation-date><dc:date>2024-01-15T09:00:00</dc:date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_files([("mimetype", b"application/vnd.oasis.opendocument.text"),
                      ("content.xml", content.encode()), ("styles.xml", styles.encode()),
                      ("meta.xml", meta.encode()), ("META-INF/manifest.xml", manifest.encode())], stored_first=True)


def odt_body(s, cell) -> str:
    tabs = {"t2": odt_table("表格1", t2_grid(s["template"], cell), 4),
            "t3": odt_table("表格2", t3_grid(s["template"], cell), 10),
            "t4": odt_table("表格3", t4_grid(cell), 15)}
    out = []
    for kind, t in blocks(s):
        if kind in tabs:
            out.append(tabs[kind])
        elif kind == "title":
            out.append(f'<text:p text:style-name="Ti">{esc(t)}</text:p>')
        elif kind == "h":
            out.append(f'<text:h text:outline-level="2">{esc(t)}</text:h>')
        elif kind == "sign":
            out.append(f'<text:p text:style-name="Sg">{esc(t)}</text:p>')
        else:
            out.append(f'<text:p text:style-name="Bd">{esc(t)}</text:p>')
    return "".join(out)


def o_odt(s):
    """OpenDocument text as WPS/永中/LibreOffice save it: tables as table:table with number-columns-spanned /
    number-rows-spanned and table:covered-table-cell for the slots a merged cell covers; numbers as float
    cells (office:value) with their text."""
    cell = ctx(s)
    return odt_package(odt_body(s, cell), s["title"], "WPS Office/11.1.0.11664")


def o_odt_legacy(s):
    """2016 report on the old 条例 as .odt: prose and a 「政府信息公开情况统计表」 (统计指标/单位/统计数)."""
    paras, table = legacy_blocks(s)
    out = [f'<text:p text:style-name="Ti">{esc(s["title"])}</text:p>']
    for p in paras:
        if len(p) < 30 and p[1] == "、":
            out.append(f'<text:h text:outline-level="2">{esc(p)}</text:h>')
        else:
            out.append(f'<text:p text:style-name="Bd">{esc(p)}</text:p>')
    out.append('<text:p text:style-name="Tc">附：政府信息公开情况统计表</text:p>')
    out.append('<table:table table:name="统计表" table:style-name="Tbl"><table:table-column '
               'table:number-columns-repeated="3"/>')
    for row in table:
        out.append("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p>{esc(v)}</text:p>'
            f'</table:table-cell>' for v in row) + "</table:table-row>")
    out.append("</table:table>")
    out.append(f'<text:p text:style-name="Sg">{esc(s["agency"])}</text:p>')
    out.append(f'<text:p text:style-name="Sg">{esc(s["date"])}</text:p>')
    return odt_package("".join(out), s["title"], "LibreOffice/5.1.6.2$Windows_X86_64 LibreOffice_project/07ac168")


# ---------------------------------------------------------------- Word 97 .doc (LibreOffice from the .odt)

def o_doc97(s):
    """A real Word 97–2003 binary (.doc, an OLE compound file with the WordDocument stream and a piece table),
    the attachment format most 政府网站 still publish: written by LibreOffice (`soffice --convert-to doc`)
    from this set's .odt of the report. Needs soffice to rebuild; without it the committed file is kept."""
    cell = ctx(s)
    odt = odt_package(odt_body(s, cell), s["title"], "Microsoft Office Word")
    soffice = shutil.which("soffice")
    if soffice is None:
        raise RuntimeError("soffice not found")
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "report.odt")
        open(src, "wb").write(odt)
        env = dict(os.environ, HOME=d, SOURCE_DATE_EPOCH="1705309200", TZ="UTC")
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{d}/profile", "--convert-to",
                        "doc:MS Word 97", "--outdir", d, src], check=True, capture_output=True, env=env,
                       timeout=180)
        return open(os.path.join(d, "report.doc"), "rb").read()


# ---------------------------------------------------------------- DOCX: smart tags

def d_smarttags(s):
    """DOCX that went through Word 2003 (Chinese): values with the unit 件 and the dates wrapped in smart tags
    (`<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chmetcnv">` with its
    UnitName/SourceValue properties, `chsdate` around dates); the title names no agency, the signature does."""
    cell = ctx(s)
    d = new_doc()
    def tab(grid, n):
        def f(doc):
            add_table(doc, grid, n)
        return f
    body(d, s, {"t2": tab(t2_grid(s["template"], cell), 4), "t3": tab(t3_grid(s["template"], cell), 10),
                "t4": tab(t4_grid(cell), 15)})
    ST = "urn:schemas-microsoft-com:office:smarttags"
    root = d.element.body
    for tbl in root.iter(qn("w:tbl")):
        tables_i = list(root.iter(qn("w:tbl"))).index(tbl)
        for tc in tbl.iter(qn("w:tc")):
            for p in tc.iter(qn("w:p")):
                runs = p.findall(qn("w:r"))
                if len(runs) != 1:
                    continue
                r = runs[0]
                t = r.find(qn("w:t"))
                if t is None or not t.text or not t.text.isdigit() or tables_i == 0:
                    continue
                v = t.text
                t.text = v + "件"
                tag = parse_xml(
                    f'<w:smartTag xmlns:w="{W}" w:uri="{ST}" w:element="chmetcnv"><w:smartTagPr>'
                    f'<w:attr w:name="TCSC" w:val="0"/><w:attr w:name="NumberType" w:val="1"/>'
                    f'<w:attr w:name="Negative" w:val="False"/><w:attr w:name="HasSpace" w:val="False"/>'
                    f'<w:attr w:name="SourceValue" w:val="{v}"/><w:attr w:name="UnitName" w:val="件"/>'
                    f'</w:smartTagPr></w:smartTag>')
                p.replace(r, tag)
                tag.append(r)
    for p in root.iter(qn("w:p")):
        txt = "".join(x.text or "" for x in p.iter(qn("w:t")))
        if txt == s["date"]:
            r = p.findall(qn("w:r"))[0]
            y, rest = txt.split("年")
            m, rest = rest.split("月")
            dd = rest.rstrip("日")
            tag = parse_xml(f'<w:smartTag xmlns:w="{W}" w:uri="{ST}" w:element="chsdate"><w:smartTagPr>'
                            f'<w:attr w:name="Year" w:val="{y}"/><w:attr w:name="Month" w:val="{m}"/>'
                            f'<w:attr w:name="Day" w:val="{dd}"/><w:attr w:name="IsLunarDate" w:val="False"/>'
                            f'<w:attr w:name="IsROCDate" w:val="False"/></w:smartTagPr></w:smartTag>')
            p.replace(r, tag)
            tag.append(r)
    return save(d)


# ---------------------------------------------------------------- DOCX: legacy hMerge

def d_hmerge(s):
    """GF2019 DOCX whose horizontal merges are the legacy `w:hMerge` (restart/continue, one w:tc per grid column,
    as Word 95/2000 documents converted to .docx keep them) instead of w:gridSpan; vertical merges w:vMerge."""
    cell = ctx(s)
    d = new_doc()

    def tab(grid, n):
        def f(doc):
            F = full(grid, n)
            t = doc.add_table(rows=len(F), cols=n)
            t.style = "Table Grid"
            for r, frow in enumerate(F):
                for c, (cc, origin) in enumerate(frow):
                    tc = t.cell(r, c)._tc
                    tcPr = tc.get_or_add_tcPr()
                    left = c == 0 or frow[c - 1][0] is not cc
                    top = r == 0 or F[r - 1][c][0] is not cc
                    if cc.cs > 1:
                        tcPr.append(parse_xml(f'<w:hMerge xmlns:w="{W}" w:val="{"restart" if left else "continue"}"/>'))
                    if cc.rs > 1:
                        tcPr.append(parse_xml(f'<w:vMerge xmlns:w="{W}" w:val="{"restart" if top else "continue"}"/>'))
                    if left and top and cc.text:
                        tc.find(qn("w:p")).append(parse_xml(
                            f'<w:r xmlns:w="{W}"><w:t xml:space="preserve">{esc(cc.text)}</w:t></w:r>'))
        return f
    body(d, s, {"t2": tab(t2_grid(s["template"], cell), 4), "t3": tab(t3_grid(s["template"], cell), 10),
                "t4": tab(t4_grid(cell), 15)})
    return save(d)


# ---------------------------------------------------------------- OFD

def ofd_package(s, pages_ops, deltax: bool) -> bytes:
    mm = 25.4 / 72
    fid = 3
    pages = []
    oid = 10
    for ops in pages_ops:
        objs = []
        if deltax:
            pass
        for op in ops:
            oid += 1
            if op[0] == "text":
                _, x, y, t, size = op
                h = size * 1.25 * mm
                w = max(sw(t, size) * mm, 0.5)
                top = (H4 - y) * mm - size * mm
                if deltax:
                    advs = [round(sw(ch, size) * mm, 3) for ch in t[:-1]]
                    dx = (f' DeltaX="{" ".join(str(a) for a in advs)}"' if advs else "")
                    objs.append(f'<ofd:TextObject ID="{oid}" Boundary="{x * mm:.3f} {top:.3f} {w + 1:.3f} {h:.3f}" '
                                f'Font="{fid}" Size="{size * mm:.3f}"><ofd:TextCode X="0" Y="{size * mm:.3f}"{dx}>'
                                f'{esc(t)}</ofd:TextCode></ofd:TextObject>')
                else:
                    objs.append(f'<ofd:TextObject ID="{oid}" Boundary="{x * mm:.3f} {top:.3f} {w + 1:.3f} {h:.3f}" '
                                f'Font="{fid}" Size="{size * mm:.3f}"><ofd:TextCode X="0" Y="{size * mm:.3f}">'
                                f'{esc(t)}</ofd:TextCode></ofd:TextObject>')
            elif op[0] == "line":
                _, x1, y1, x2, y2, lw = op
                objs.append(f'<ofd:PathObject ID="{oid}" Boundary="0 0 210 297" LineWidth="{lw * mm:.3f}">'
                            f'<ofd:AbbreviatedData>M {x1 * mm:.3f} {(H4 - y1) * mm:.3f} L {x2 * mm:.3f} '
                            f'{(H4 - y2) * mm:.3f}</ofd:AbbreviatedData></ofd:PathObject>')
        pages.append('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">'
                     '<ofd:Content><ofd:Layer ID="%d">' % (oid + 100000) + "".join(objs) +
                     "</ofd:Layer></ofd:Content></ofd:Page>")
    ofd = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" DocType="OFD" '
           'Version="1.0"><ofd:DocBody><ofd:DocInfo><ofd:DocID>%s</ofd:DocID><ofd:Title>%s</ofd:Title>'
           '<ofd:Author>%s</ofd:Author><ofd:CreationDate>2024-01-15</ofd:CreationDate><ofd:Creator>%s</ofd:Creator>'
           '<ofd:CreatorVersion>%s</ofd:CreatorVersion></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>'
           '</ofd:DocBody></ofd:OFD>') % (s["docid"], esc(s["title"]), esc(s.get("ofd_author", "")),
                                          s["ofd_creator"], s["ofd_version"])
    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016">'
           '<ofd:CommonData><ofd:MaxUnitID>%d</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
           '</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>'
           '<ofd:Pages>' % (oid + 200000) + "".join(
               f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages))) +
           '</ofd:Pages></ofd:Document>')
    res = ('<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res">'
           f'<ofd:Fonts><ofd:Font ID="{fid}" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
    files = [("OFD.xml", ofd.encode()), ("Doc_0/Document.xml", doc.encode()), ("Doc_0/PublicRes.xml", res.encode())]
    files += [(f"Doc_0/Pages/Page_{i}/Content.xml", p.encode()) for i, p in enumerate(pages)]
    return zip_files(files)


def std_tables(s, cell):
    from pdfbase import t2_rows, t3_rows_hdr2, t4_rows
    return {"t2": lambda f: f.table(t2_rows(s, cell, s.get("unit", "万元")), [170, 100, 100, 100], size=9),
            "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=8, repeat=2),
            "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5)}


def f_ofd(s):
    """OFD (GB/T 33190), the national layout document format 数科/福昕/书生 readers open: a zip of XML — OFD.xml,
    Document.xml, one Content.xml per page whose every text run is an ofd:TextObject placed by its Boundary (mm,
    y downwards) with its TextCode; table rules as ofd:PathObject lines."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    return ofd_package(s, fl.pages, deltax=False)


def f_ofd_deltax(s):
    """GF2019 OFD written the way 数科 OFD printers do it: every line one TextObject whose TextCode gives the
    advance of each glyph in DeltaX (so no spaces exist between a label and its values in the same run: they
    are separate objects); rules as paths."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    return ofd_package(s, fl.pages, deltax=True)


# ---------------------------------------------------------------- Excel 97 (.xls)

def _xls(sheets) -> bytes:
    import xlwt
    wb = xlwt.Workbook(encoding="utf-8")
    style = xlwt.easyxf("borders: left thin, right thin, top thin, bottom thin; align: horiz center, vert center, wrap on")
    tstyle = xlwt.easyxf("font: bold on, height 280; align: horiz center")
    for name, rows_ in sheets:
        ws = wb.add_sheet(name)
        r = 0
        for kind, payload in rows_:
            if kind == "title":
                ws.write_merge(r, r, 0, 9, payload, tstyle)
                r += 1
            elif kind == "line":
                ws.write(r, 0, payload)
                r += 1
            elif kind == "grid":
                grid, n = payload
                F = full(grid, n)
                for rr, frow in enumerate(F):
                    for c, (cc, origin) in enumerate(frow):
                        if not origin or (c > 0 and frow[c - 1][0] is cc):
                            continue
                        if rr > 0 and F[rr - 1][c][0] is cc:
                            continue
                        v = cc.text
                        if cc.key and v.replace(".", "", 1).isdigit():
                            v = float(v) if "." in v else int(v)
                        if cc.rs > 1 or cc.cs > 1:
                            ws.write_merge(r + rr, r + rr + cc.rs - 1, c, c + cc.cs - 1, v, style)
                        else:
                            ws.write(r + rr, c, v, style)
                r += len(F) + 1
            elif kind == "rows":
                for row in payload:
                    for c, v in enumerate(row):
                        ws.write(r, c, int(v) if v.isdigit() else v, style)
                    r += 1
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def x_xls(s):
    """The report's tables as an Excel 97–2003 workbook (.xls, BIFF8 in an OLE compound file), one sheet
    「年报」: a merged title row with agency and year, the section headings 二、三、四 as rows, each table with merged
    header cells, numbers as numeric cells; no narrative."""
    from text import H21, H19
    cell = ctx(s)
    H = H21 if s["template"] == "GF2021" else H19
    rows_ = [("title", s["title"]), ("line", H[1]), ("grid", (t2_grid(s["template"], cell), 4)),
             ("line", H[2]), ("grid", (t3_grid(s["template"], cell), 10)),
             ("line", H[3]), ("grid", (t4_grid(cell), 15)), ("line", H[4] + "（见报告正文）"),
             ("line", f"填报单位：{s['agency']}"), ("line", f"填报日期：{s['date']}")]
    return _xls([("年报", rows_)])


def x_xls_legacy(s):
    """2018 statistics table on the old 条例 as .xls (指标/单位/统计数), a title row, the agency as 填报单位."""
    _, table = legacy_blocks(s)
    rows_ = [("title", s["title"] + "统计表"), ("line", f"填报单位：{s['agency']}　　统计期限：{s['year']}年1月1日至12月31日"),
             ("rows", table), ("line", f"填报日期：{s['date']}")]
    return _xls([("Sheet1", rows_)])
