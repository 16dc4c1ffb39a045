"""wild22's printers: the hunt half — (A) how producers draw the tables (a borderless Word table, a 三线表 in Word,
a table inside a content control, <th> in every cell with <caption>/<colgroup>, CSS display:table <div>s, a print
driver's PDF with per-glyph TJ kerning and the figures drawn after every label) and (B) hostile or misleading carriers
(an Excel 「网页」 .xls, a .pdf that is an HTML page, a <meta charset> that lies either way, an MHTML whose charset is
only in its part header, a PDF incremental update replacing the table page, a PDF behind a download script's leading
CRLF (xref offsets off by two), a .docm)."""
from __future__ import annotations

import copy
import io
import re
import zipfile

from reportlab.pdfgen import canvas as rlcanvas

import fam17 as N
import fam20 as V

HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
XJ = {"总计": "合计", "（七）总计": "（七）合计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]
ONLINE_NOTE = ["注：“其中：通过在线平台申请”为本年新收申请中经政务服务平台提交的数量。"]
ZDT = (2025, 2, 14, 9, 30, 0)


def _rezip(data: bytes, edit: dict, dt=ZDT) -> bytes:
    """The package again, its parts edited (name → function of the part's text)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename in edit:
                b = edit[info.filename](b.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return buf.getvalue()


# ================================================================ (A) table drawings

NIL = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))


def d_borderless(s):
    """A Word report whose tables have no rules at all (表格属性 → 边框: 无): columns aligned by whitespace only."""
    def edit(doc):
        doc = re.sub(r'<w:tblStyle w:val="TableGrid"/>', '<w:tblStyle w:val="TableGrid"/><w:tblBorders>' + NIL
                     + '</w:tblBorders>', doc)
        return doc
    return _rezip(N.d_report17(s), {"word/document.xml": edit})


def d_three_line(s):
    """A Word 三线表: a 1½ pt rule over the table and under it, a ¾ pt rule under the header row, nothing else."""
    def edit(doc):
        doc = re.sub(r'<w:tblStyle w:val="TableGrid"/>',
                     '<w:tblStyle w:val="TableGrid"/><w:tblBorders><w:top w:val="single" w:sz="12" w:space="0" '
                     'w:color="000000"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="12" w:space="0" '
                     'w:color="000000"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>'
                     '</w:tblBorders>', doc)

        def first_row(m):
            tbl = m.group(0)
            i = tbl.index("<w:tr>") if "<w:tr>" in tbl else tbl.index("<w:tr ")
            j = tbl.index("</w:tr>", i)
            row = tbl[i:j]
            row = re.sub(r"<w:tcPr>", '<w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="6" w:space="0" '
                         'w:color="000000"/></w:tcBorders>', row)
            return tbl[:i] + row + tbl[j:]
        return re.sub(r"<w:tbl>.*?</w:tbl>", first_row, doc, flags=re.S)
    return _rezip(N.d_report17(s), {"word/document.xml": edit})


def d_sdt_tables(s):
    """A Word report made from the office's template: each table inside a rich-text content control (w:sdt with an
    alias 「附表」 and a tag), as the template's 「表格」 placeholders leave it."""
    n = [0]

    def wrap(m):
        n[0] += 1
        return (f'<w:sdt><w:sdtPr><w:alias w:val="附表{n[0]}"/><w:tag w:val="xxgk_table_{n[0]}"/>'
                f'<w:id w:val="{-1904321000 + 7919 * n[0]}"/><w:lock w:val="sdtLocked"/></w:sdtPr><w:sdtContent>'
                + m.group(0) + "</w:sdtContent></w:sdt>")

    def edit(doc):
        out = re.sub(r"<w:tbl>.*?</w:tbl>", wrap, doc, flags=re.S)
        assert n[0] >= 3
        return out
    return _rezip(N.d_report17(s), {"word/document.xml": edit})


def h_th_caption(s):
    """A CMS page whose editor writes every cell as <th>, each table with a <caption> and a <colgroup>."""
    out = N.h_cms17(s).decode("utf-8")
    caps = iter(["主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况"])
    n = [0]

    def table(m):
        t = m.group(0)
        n[0] += 1
        ncol = max(sum(int(x or 1) for x in re.findall(r'<t[dh][^>]*?(?:colspan="(\d+)")?[^>]*>', r))
                   for r in re.findall(r"<tr.*?</tr>", t, flags=re.S))
        t = re.sub(r"<td\b", "<th scope=\"col\"", t).replace("</td>", "</th>")
        head, rest = t.split(">", 1)
        return (head + f'>\n<caption style="caption-side:top;font-weight:bold">{next(caps)}</caption>\n<colgroup>'
                + "".join('<col>' for _ in range(ncol)) + "</colgroup>" + rest)
    out = re.sub(r"<table\b.*?</table>", table, out, flags=re.S)
    assert n[0] == 3
    return out.encode("utf-8")


def h_display_table(s):
    """A page builder's tables drawn with <div>s styled display:table / table-row / table-cell (no <table>)."""
    out = N.h_cms17(s).decode("utf-8")

    def table(m):
        t = m.group(0)
        t = re.sub(r"<table\b[^>]*>", '<div class="ui-table" style="display:table;border-collapse:collapse;'
                   'width:100%">', t)
        t = t.replace("</table>", "</div>")
        t = re.sub(r"</?(?:tbody|thead)[^>]*>", "", t)
        t = re.sub(r"<tr\b[^>]*>", '<div class="ui-tr" style="display:table-row">', t).replace("</tr>", "</div>")

        def cell(c):
            attrs = c.group(1)
            span = re.search(r'colspan="(\d+)"', attrs)
            w = f";width:{int(span.group(1)) * 8}%" if span else ""
            return f'<div class="ui-td" style="display:table-cell;border:1px solid #999;padding:4px{w}">'
        t = re.sub(r"<t[dh]\b([^>]*)>", cell, t)
        return re.sub(r"</t[dh]>", "</div>", t)
    return re.sub(r"<table\b.*?</table>", table, out, flags=re.S).encode("utf-8")


def _pdf_string_chars(lit: str) -> list[str]:
    """The characters of a PDF literal string's body (escapes kept whole)."""
    out, i = [], 0
    while i < len(lit):
        if lit[i] == "\\":
            m = re.match(r"\\(?:[0-7]{1,3}|.)", lit[i:], flags=re.S)
            out.append(m.group(0))
            i += len(m.group(0))
        else:
            out.append(lit[i])
            i += 1
    return out


def p_driver_glyphs(s):
    """A print driver's PDF (「Microsoft Print to PDF」-like): every string shown as a TJ array, one glyph per element
    with a kerning adjustment between them, and on each page all labels first, the figures drawn after them (the
    driver's order, not reading order)."""
    orig = rlcanvas.Canvas

    class Driver(orig):
        def drawString(self, x, y, text, *a, **k):
            n0 = len(self._code)
            super().drawString(x, y, text, *a, **k)
            if re.fullmatch(r"[\d.]+", text):
                self._figs = getattr(self, "_figs", set()) | set(range(n0, len(self._code)))

        def showPage(self):
            figs = getattr(self, "_figs", set())
            code = [c for i, c in enumerate(self._code) if i not in figs] + \
                   [c for i, c in enumerate(self._code) if i in figs]
            k = [0]

            def tj(m):
                chars = _pdf_string_chars(m.group(1))
                parts = []
                for ch in chars:
                    k[0] += 1
                    parts.append(f"({ch})")
                    parts.append(str((-1, 2, 0, -2, 1)[k[0] % 5]))
                return "[" + " ".join(parts[:-1]) + "] TJ"
            self._code = [re.sub(r"\(((?:\\.|[^\\)])*)\) Tj", tj, c, flags=re.S) for c in code]
            self._figs = set()
            super().showPage()
    rlcanvas.Canvas = Driver
    try:
        return N.p_report17(dict(s))
    finally:
        rlcanvas.Canvas = orig


# ================================================================ (B) carriers

XLS_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
            'xmlns="http://www.w3.org/TR/REC-html40">')
XLS_META = ('<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content="Microsoft Excel 15">\n'
            '<!--[if gte mso 9]><xml>\n <x:ExcelWorkbook>\n  <x:ExcelWorksheets>\n   <x:ExcelWorksheet>\n'
            '    <x:Name>年报</x:Name>\n    <x:WorksheetOptions>\n     <x:DefaultRowHeight>285</x:DefaultRowHeight>\n'
            '     <x:Print><x:ValidPrinterInfo/><x:PaperSizeIndex>9</x:PaperSizeIndex></x:Print>\n'
            '    </x:WorksheetOptions>\n   </x:ExcelWorksheet>\n  </x:ExcelWorksheets>\n'
            '  <x:ProtectStructure>False</x:ProtectStructure>\n </x:ExcelWorkbook>\n</xml><![endif]-->\n')


def x_html_xls(s):
    """An attachment 「年报.xls」 that is not BIFF: Excel's 「网页」 HTML (xmlns:x, ProgId Excel.Sheet, the
    ExcelWorkbook block) with the report's text and its tables pasted from Excel — what a CMS export writes."""
    out = N.h_excel_paste(s).decode("utf-8")
    out = re.sub(r"<html[^>]*>", XLS_HEAD, out, count=1)
    out = out.replace("<head>\n", "<head>\n" + XLS_META, 1)
    return out.encode("utf-8")


def p_html_error(s):
    """A link 「….pdf」 whose server answered with an HTML page (the file converter's 「预览」 fallback): the report
    as HTML under a notice that the PDF could not be delivered, saved by the crawler under the .pdf name."""
    out = N.h_cms17(s).decode("utf-8")
    notice = ('<div class="fv-error" style="background:#fff3f3;border:1px solid #f3c0c0;padding:8px;color:#a33">'
              '文件下载失败（错误代码 502：源文件暂不可用），已为您显示该文件的在线预览内容。</div>\n')
    out = out.replace("<body>\n", "<body>\n" + notice, 1)
    return out.encode("utf-8")


def h_meta_gb_utf8(s):
    """A page whose <meta> says gb2312 while its bytes are UTF-8 (a template copied from the old site, the CMS
    writing UTF-8; the server sends no charset)."""
    out = N.h_cms17(s).decode("utf-8")
    out = out.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
                      1)
    assert "gb2312" in out
    return out.encode("utf-8")


def h_meta_utf8_gbk(s):
    """The reverse: a GBK page (an old 大汉 site) whose <meta> was changed to utf-8 by a template update."""
    out = N.h_cms17(s).decode("utf-8")
    assert '<meta charset="utf-8">' in out
    return out.encode("gbk")


def m_mhtml_part_charset(s):
    """A saved page (.mhtml, IE/360 浏览器 「单个文件」) whose HTML part is GBK with the charset only in the part's
    Content-Type header — the page itself has no <meta charset> (it came in the HTTP header)."""
    out = N.h_cms17(s).decode("utf-8")
    out = out.replace('<meta charset="utf-8">\n', "", 1)
    body = V.qp(out.encode("gbk"))
    url = s["url"]
    b = "----=_NextPart_000_0000_01DA4E21.5C3A7B10"
    msg = ("From: <Saved by Windows Internet Explorer 11>\r\n"
           f"Subject: {V.mime_word(s['title'], 'gb2312')}\r\n"
           f"Date: {s['saved']}\r\nMIME-Version: 1.0\r\n"
           f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{b}"\r\n'
           "X-MimeOLE: Produced By Microsoft MimeOLE V10.0.19041.1\r\n\r\n"
           "This is a multi-part message in MIME format.\r\n\r\n"
           f"--{b}\r\nContent-Type: text/html;\r\n\tcharset=\"gbk\"\r\n"
           f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n{body}\r\n\r\n"
           f"--{b}\r\nContent-Type: text/css;\r\n\tcharset=\"gbk\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           f"Content-Location: {url.rsplit('/', 1)[0]}/style.css\r\n\r\nbody{{font-family:=CB=CE=CC=E5}}\r\n\r\n"
           f"--{b}--\r\n")
    return msg.encode("ascii")


def _objects(pdf: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(0) for m in re.finditer(rb"(?<![0-9])(\d+) 0 obj.*?endobj\r?\n", pdf, flags=re.S)}


def p_incremental(s):
    """A PDF saved twice by Acrobat: the first revision's table page carries a draft figure; an incremental update
    (objects appended, a new xref section, trailer /Prev) replaces that page's content stream. Readers show the
    last revision; the gold is it."""
    draft = copy.deepcopy(s)
    for k, d in s["draft"].items():
        draft["t3"][k] += d
    first = N.p_report17(draft)
    final = N.p_report17(s)
    a, b = _objects(first), _objects(final)
    assert set(a) == set(b)
    changed = [n for n in sorted(b) if a[n] != b[n]]
    assert changed and len(changed) <= 3, changed
    start = int(re.findall(rb"startxref\s+(\d+)", first)[-1])
    size = int(re.search(rb"/Size (\d+)", first).group(1))
    trailer = re.findall(rb"trailer\s*<<(.*?)>>\s*startxref", first, flags=re.S)[-1]
    root = re.search(rb"/Root \d+ 0 R", trailer).group(0)
    info = re.search(rb"/Info \d+ 0 R", trailer).group(0)
    ids = re.search(rb"/ID\s*\[.*?\]", trailer, flags=re.S)
    out = bytearray(first)
    if not out.endswith(b"\n"):
        out += b"\n"
    offs = {}
    for n in changed:
        offs[n] = len(out)
        out += b[n]
    xref = len(out)
    out += b"xref\n"
    for n in changed:
        out += f"{n} 1\n{offs[n]:010d} 00000 n \n".encode()
    out += (b"trailer\n<< /Size " + str(size).encode() + b" " + root + b" " + info + b" /Prev " + str(start).encode()
            + (b" " + ids.group(0) if ids else b"") + b" >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return bytes(out)


def p_leading_crlf(s):
    """A PDF as a PHP download script serves it: a stray CRLF before 「%PDF-」 (an include's trailing newline), so
    every xref offset is two bytes short; readers repair it."""
    return b"\r\n" + N.p_report17(s)


def d_docm(s):
    """The Word report saved as 「启用宏的 Word 文档」(.docm): the main part's content type macroEnabled (no macros)."""
    def ct(t):
        out = t.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml")
        assert out != t
        return out
    return _rezip(N.d_report17(s), {"[Content_Types].xml": ct})


HUNT = [
    # ------------------------------------------------------------------ (A) table drawings (7)
    dict(id="d24-shanyin-zrzyj-borderless-2024", fmt="docx", template="GF2021", year=2024, source="hongze-2023",
         agency="山阴县自然资源局", region="山西省朔州市山阴县", level="县级部门", unit_line=["t3", "t4"],
         printer=d_borderless, family="docx-borderless-tables-no-rules-bureau-unit-lines",
         special="A Word report whose three tables have no rules at all (tblBorders all nil): the columns are only "
                 "aligned, the cells still Word cells."),
    dict(id="d23-huairen-gov-three-line-2023", fmt="docx", template="GF2021", year=2023, source="ankang-2022",
         agency="怀仁市人民政府", region="山西省朔州市怀仁市", level="县级政府", relabel=XJ,
         printer=d_three_line, family="docx-three-line-tables-county-gov-heji",
         special="A Word 三线表: a thick rule over and under each table and a thin one under its first row, no "
                 "vertical rules, no rules between body rows; 「合计」 for 总计."),
    dict(id="d22-yingxian-sfj-sdt-tables-rv-defect-2022", fmt="docx", template="GF2021", year=2022,
         source="pingtan-2022", agency="应县司法局", region="山西省朔州市应县", level="县级部门",
         t4defect={"rv.tot": 1},
         printer=d_sdt_tables, family="docx-tables-in-content-controls-sdt-t4-total-defect",
         special="A Word report from a template: each table inside a locked rich-text content control (w:sdt, alias "
                 "「附表n」). A real defect: 行政复议 总计 one too many. **Findings:** H5 t4.rv."),
    dict(id="h24-pingding-gov-th-caption-2024", fmt="html", template="GF2021", year=2024, source="hebei-edu-2023",
         agency="平定县人民政府", region="山西省阳泉市平定县", level="县级政府", pub="2025-01-20", cms="trs",
         index="140321-zfb/2025-00001", hdr2=True,
         printer=h_th_caption, family="html-th-every-cell-caption-colgroup-hdr2",
         special="A CMS page whose editor writes every cell — figures too — as <th scope=col>, each table with a "
                 "<caption> (the table's name, no number) and a <colgroup>; table 三 with two header rows."),
    dict(id="h23-yuxian-wjj-display-table-2023", fmt="html", template="GF2021", year=2023, source="pingtan-2021",
         agency="盂县卫生健康局", region="山西省阳泉市盂县", level="县级部门", pub="2024-01-23", cms="bosi",
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=h_display_table, family="html-css-display-table-divs-bureau-t4-slash",
         special="A page builder's tables as <div>s styled display:table / table-row / table-cell — no <table>, "
                 "spans as widths only; table 四's zero cells 「/」 (gold: null)."),
    dict(id="p25-guangling-zhen-driver-tj-2025", fmt="pdf", template="GF2021", year=2025, source="pingtan-2021",
         small=True, t4cases={"rv.keep": 1}, agency="广灵县壶泉镇人民政府", region="山西省大同市广灵县", level="乡镇",
         extra_row=True, notes={"t3": ONLINE_NOTE}, creator="Microsoft Word",
         producer="Microsoft: Print To PDF",
         printer=p_driver_glyphs, family="pdf-print-driver-tj-kerning-figures-drawn-last-2025-zhen-extra-subrow",
         special="A print driver's PDF: every string a TJ array, one glyph per element with kerning adjustments; on "
                 "each page the labels and rules first, all figures drawn after them; 2025 extra sub-row (not "
                 "template cells)."),
    dict(id="p20-tianzhen-xiang-driver-tj-gf2019-2020", fmt="pdf", template="GF2019", year=2020,
         source="pingtan-2020", small=True, agency="天镇县南河堡乡人民政府", region="山西省大同市天镇县",
         level="乡镇", creator="Microsoft Word", producer="Microsoft: Print To PDF",
         printer=p_driver_glyphs, family="pdf-print-driver-tj-kerning-figures-drawn-last-gf2019-xiang",
         special="A GF2019 乡's print-driver PDF: per-glyph TJ arrays with kerning, figures drawn after all labels."),
    # ------------------------------------------------------------------ (B) carriers (8)
    dict(id="x19-wenxi-nyj-html-xls-gf2019-2019", fmt="html", ext="xls", template="GF2019", year=2019,
         source="pingtan-2019", agency="闻喜县农业农村局", region="山西省运城市闻喜县", level="县级部门",
         pub="2020-01-17",
         printer=x_html_xls, family="xls-name-excel-web-page-html-gf2019-bureau-x-num",
         special="A 「.xls」 that is Excel's 「网页」 HTML (ProgId Excel.Sheet, x:ExcelWorkbook, x:num cells), not BIFF."),
    dict(id="p24-ruicheng-jtj-html-error-page-2024", fmt="html", ext="pdf", template="GF2021", year=2024,
         source="shanghai-kewei-2024", agency="芮城县交通运输局", region="山西省运城市芮城县", level="县级部门",
         pub="2025-01-21", cms="dahan", index="140830-jtj/2025-00002",
         printer=p_html_error, family="pdf-name-html-preview-fallback-page-dahan-bureau",
         special="A 「.pdf」 that is an HTML page: the converter's error notice and the report's online preview."),
    dict(id="h22-jishan-zhen-meta-gb-utf8-2022", fmt="html", template="GF2021", year=2022, source="hongze-2023",
         small=True, agency="稷山县翟店镇人民政府", region="山西省运城市稷山县", level="乡镇", pub="2023-01-16",
         cms="platform", relabel=HJ,
         printer=h_meta_gb_utf8, family="html-meta-gb2312-bytes-utf8-zhen-heji-spaced",
         special="A page whose <meta> says gb2312 while its bytes are UTF-8 (gold: the text as the bytes are)."),
    dict(id="h21-daixian-scjgj-meta-utf8-gbk-2021", fmt="html", template="GF2021", year=2021, source="ankang-2022",
         agency="代县市场监督管理局", region="山西省忻州市代县", level="县级部门", pub="2022-01-20", cms="dahan",
         index="140923-scjgj/2022-00001", abbr=True,
         printer=h_meta_utf8_gbk, family="html-meta-utf8-bytes-gbk-dahan-bureau-abbrev",
         special="A GBK page whose <meta> says utf-8 (gold: the text as the bytes are)."),
    dict(id="m23-wutai-gov-mhtml-part-charset-2023", fmt="mhtml", template="GF2021", year=2023,
         source="hebei-edu-2021", agency="五台县人民政府", region="山西省忻州市五台县", level="县级政府",
         pub="2024-01-24", cms="trs", index="140922-zfb/2024-00003", unit_line=["t3", "t4"],
         url="http://www.wutai.gov.cn/zwgk/zfxxgk/ndbg/202401/t20240124_1182930.html",
         saved="Tue, 12 Mar 2024 10:41:07 +0800",
         printer=m_mhtml_part_charset, family="mhtml-ie-gbk-charset-only-in-part-header-county-gov-unit-lines",
         special="An IE-saved .mhtml: the HTML part GBK, quoted-printable, its charset only in the part's "
                 "Content-Type (the page has no <meta charset>)."),
    dict(id="p23-shuozhou-fgw-incremental-2023", fmt="pdf", template="GF2021", year=2023, source="hebei-edu-2023",
         agency="朔州市发展和改革委员会", region="山西省朔州市", level="市级部门", draft={"r1.np": 3, "r7.np": 3},
         creator="Acrobat PDFMaker 23 for Word", producer="Adobe PDF Library 23.1.175",
         printer=p_incremental, family="pdf-incremental-update-replaces-table-page-city-commission",
         special="A PDF saved twice: the first revision's table 三 carries draft figures (the 自然人 cells of 予以公开 and "
                 "总计 3 more); an incremental update replaces that page's content stream. Gold: the last revision."),
    dict(id="p22-yangqu-gov-leading-crlf-2022", fmt="pdf", template="GF2021", year=2022, source="pingtan-2022",
         agency="阳曲县人民政府", region="山西省太原市阳曲县", level="县级政府", hdr2=True,
         creator="WPS 文字", producer="WPS 文字",
         printer=p_leading_crlf, family="pdf-leading-crlf-xref-offsets-shifted-wps-county-gov-hdr2",
         special="A PDF served by a download script with a CRLF before 「%PDF-」: every xref offset two bytes short."),
    dict(id="d24-loufan-jyj-docm-2024", fmt="docx", ext="docm", template="GF2021", year=2024,
         source="pingtan-2021", agency="娄烦县教育局", region="山西省太原市娄烦县", level="县级部门",
         mark_zero=[(r"t3\..*", "")], notes={"t3": BLANK_NOTE},
         printer=d_docm, family="docm-macro-enabled-word-bureau-t3-blank",
         special="The Word report saved as .docm (macroEnabled main part, no macros); table 三's zero cells blank."),
]
