"""Printers of eval/wild21: half a realistic crawl sample (fam15 … fam20's printers with option combinations no earlier
set used), half a hunt — producers and carriers a real crawl meets that no set had: a CMS article paginated into
several pages (第1页/第2页/第3页, split mid-table) saved as a zip of the pages; a 附件 zip whose member names are GBK
(Windows' compressed folder, no UTF-8 flag) holding the Word report; a PDF with an owner password (RC4, copying not
allowed); a cover letter PDF (报送函) carrying the report as an embedded file (EmbeddedFiles name tree, added by an
incremental update as Acrobat's 「附加文件」 does) — a PDF report or a Word report; Word's 「Word 2003 XML 文档」
(flat WordprocessingML, w:wordDocument); an Evernote/印象笔记 export (.enex, the web clip as ENML in CDATA); a
browser's HAR export (Chrome: the page's text; Firefox: base64); a crawler's gzip-stored page (.html.gz, GBK); a
warcio WARC whose response is recorded raw (Transfer-Encoding: chunked, Content-Encoding: gzip); Word tables made
floating (w:tblpPr); a wget mirror of a site folder as .tar.gz; an Outlook forward with the original message attached
as message/rfc822; a 有道云笔记 web clip saved as HTML (inline styles only)."""
from __future__ import annotations

import base64
import gzip
import hashlib
import html
import io
import json
import re
import tarfile
import zipfile
import zlib

from lxml import etree
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas as rlcanvas

import fam17 as N
import fam20 as V
import pdfbase


def _page(s) -> str:
    return s.get("inner", N.h_cms17)(s).decode("utf-8")


ZDT = (2025, 1, 20, 9, 30, 0)


def _zip(members: list[tuple[str, bytes]], gbk_names: bool = False, dt=ZDT) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0  # MS-DOS (Windows)
            z.writestr(zi, data)
    out = buf.getvalue()
    if gbk_names:  # Windows' 「发送到 → 压缩(zipped)文件夹」: names in the OEM code page (GBK), bit 11 clear
        for name, _ in members:
            u, g = name.encode("utf-8"), name.encode("gbk")
            assert len(u) != len(g) or u == g
        out = _rename_gbk(out)
    return out


def _rename_gbk(data: bytes) -> bytes:
    """Rewrite a zip's file names from UTF-8 (flag bit 11) to GBK (flag clear), local headers and central directory."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    cds = []
    for info in zin.infolist():
        name = info.filename.encode("gbk")
        comp = data[info.header_offset:]
        nlen, xlen = int.from_bytes(comp[26:28], "little"), int.from_bytes(comp[28:30], "little")
        body = comp[30 + nlen + xlen:30 + nlen + xlen + info.compress_size]
        flags = int.from_bytes(comp[6:8], "little") & ~0x800
        off = buf.tell()
        buf.write(comp[:6] + flags.to_bytes(2, "little") + comp[8:26] + len(name).to_bytes(2, "little")
                  + b"\0\0" + name + body)
        cds.append((info, name, flags, off))
    cd_off = buf.tell()
    pos = data.index(b"PK\x01\x02")
    for info, name, flags, off in cds:
        h = data[pos:pos + 46]
        nlen, xlen, clen = (int.from_bytes(h[28:30], "little"), int.from_bytes(h[30:32], "little"),
                            int.from_bytes(h[32:34], "little"))
        buf.write(h[:8] + flags.to_bytes(2, "little") + h[10:28] + len(name).to_bytes(2, "little") + b"\0\0\0\0"
                  + h[34:42] + off.to_bytes(4, "little") + name)
        pos += 46 + nlen + xlen + clen
    end = buf.tell()
    buf.write(b"PK\x05\x06\0\0\0\0" + len(cds).to_bytes(2, "little") * 2 + (end - cd_off).to_bytes(4, "little")
              + cd_off.to_bytes(4, "little") + b"\0\0")
    return buf.getvalue()


# ---------------------------------------------------------------- a paginated CMS article, the pages in a zip

def z_paginated(s):
    """TRS's 「分页」: the editor's page-break marks split the article's HTML into pages t…_N.html, t…_N_1.html,
    t…_N_2.html, each in the site's page shell with 「上一页 1 2 3 下一页」; the second mark falls inside table 三 (the
    table ends unclosed on the page before, its remaining rows open the next page). A crawler saved the pages as a zip."""
    art = V.article_only(_page(s))
    i3 = art.index("<table", art.index("三、收到和处理"))
    rows = [m.end() for m in re.finditer(r"</tr>", art[i3:art.index("</table>", i3)])]
    cut2 = i3 + rows[len(rows) // 2]
    cut1 = art.rindex("<p", 0, art.index("二、主动公开"))
    parts = [art[:cut1], art[cut1:cut2], art[cut2:]]
    base = s["url"].rsplit("/", 1)[1].removesuffix(".html")
    names = [f"{base}.html"] + [f"{base}_{k}.html" for k in range(1, len(parts))]
    pages = []
    for k, part in enumerate(parts):
        nav = []
        nav.append('<a href="{}">上一页</a>'.format(names[k - 1]) if k else '<span>上一页</span>')
        for j in range(len(parts)):
            nav.append(f'<span class="cur">{j + 1}</span>' if j == k else f'<a href="{names[j]}">{j + 1}</a>')
        nav.append('<a href="{}">下一页</a>'.format(names[k + 1]) if k + 1 < len(parts) else '<span>下一页</span>')
        page = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
                f'<title>{html.escape(s["title"])}</title>\n</head>\n<body>\n'
                f'<div class="top"><a href="/">{html.escape(s["site"])}</a></div>\n'
                f'<div class="title">{html.escape(s["title"])}</div>\n'
                f'<div class="info">发布时间：{s["pub"]}　来源：{html.escape(s["agency"])}</div>\n'
                f'<div class="TRS_Editor">\n{part}\n</div>\n'
                f'<div class="pagination">{"".join(nav)}</div>\n'
                f'<div class="bottom">主办：{html.escape(s["site"])}</div>\n</body>\n</html>\n')
        pages.append((names[k], page.encode("utf-8")))
    return _zip(pages, dt=s.get("zdt", ZDT))


# ---------------------------------------------------------------- the 附件 zip with GBK member names

def z_attachment(s):
    """The report page's 附件 「….zip」: Windows' compressed folder (names GBK, no UTF-8 flag) with the Word report
    and a short 说明.txt (GBK)."""
    doc = N.d_report17(s)
    note = (f"{s['agency']}{s['year']}年政府信息公开工作年度报告（Word版），请用Office或WPS打开。\r\n").encode("gbk")
    folder = f"{s['agency']}{s['year']}年报/"
    return _zip([(folder + f"{s['agency']}{s['year']}年政府信息公开工作年度报告.docx", doc),
                 (folder + "说明.txt", note)], gbk_names=True, dt=s.get("zdt", ZDT))


# ---------------------------------------------------------------- a PDF with an owner password

def p_encrypted(s):
    """The report's PDF saved with 「文档打开口令」 empty and a 「权限口令」: RC4 (s["strength"] bits), printing
    allowed, copying and editing not."""
    orig = rlcanvas.Canvas
    owner, strength = s["owner_pw"], s["strength"]

    class Locked(orig):
        def __init__(self, *a, **k):
            k["encrypt"] = StandardEncryption("", ownerPassword=owner, canPrint=1, canModify=0, canCopy=0,
                                              canAnnotate=0, strength=strength)
            super().__init__(*a, **k)
    rlcanvas.Canvas = Locked
    try:
        return N.p_report17(s)
    finally:
        rlcanvas.Canvas = orig


# ---------------------------------------------------------------- a cover letter PDF with the report attached

def _pdfstr(t: str) -> str:
    return "<FEFF" + t.encode("utf-16-be").hex().upper() + ">"


def _letter(s) -> bytes:
    """The office's 报送函 as one page (Word → PDF)."""
    fl = pdfbase.Flow(*A4)
    fl.para(f"关于报送{s['agency']}{s['year']}年政府信息公开工作年度报告的函", size=16, indent=False, align="center")
    fl.para(f"{s['to']}：", indent=False)
    fl.para(f"根据《中华人民共和国政府信息公开条例》规定，现将{s['agency']}{s['year']}年政府信息公开工作年度报告报送"
            "你办，请审核。报告全文见本文件所附附件（在阅读器的「附件」面板中打开）。")
    fl.para(f"附件：{s['attach_name']}")
    fl.para(s["agency"], indent=False, align="right")
    fl.para(s["letter_date"], indent=False, align="right")
    return pdfbase.emit(dict(s, pdf_title=f"关于报送{s['year']}年政府信息公开工作年度报告的函"), fl.pages, A4)


def _attach(pdf: bytes, fname: str, payload: bytes, mime: str, moddate: str, desc: str) -> bytes:
    """Add payload as an embedded file to pdf by an incremental update: the EmbeddedFile stream, its Filespec, the
    EmbeddedFiles name tree, the Catalog again with /Names and /PageMode /UseAttachments; a new xref section and a
    trailer with /Prev."""
    prev = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    trailer = pdf[pdf.rindex(b"trailer"):]
    size = int(re.search(rb"/Size (\d+)", trailer).group(1))
    root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    info = re.search(rb"/Info (\d+) 0 R", trailer).group(1).decode()
    ids = re.search(rb"/ID\s*(\[[^\]]*\])", trailer).group(1).decode()
    m = re.search(rb"(?s)\n%d 0 obj\s*(<<.*?>>)\s*endobj" % root, pdf)
    cat = m.group(1).decode("latin-1")
    cat = cat.replace("/PageMode /UseNone", "/PageMode /UseAttachments")
    cat = cat[:cat.rindex(">>")].rstrip() + f" /Names << /EmbeddedFiles {size + 2} 0 R >>\n>>"
    comp = zlib.compress(payload, 9)
    objs = {
        size: (f"<< /Type /EmbeddedFile /Subtype /{mime.replace('/', '#2F')} /Filter /FlateDecode /Length {len(comp)}"
               f" /Params << /Size {len(payload)} /ModDate (D:{moddate}) /CheckSum <"
               f"{hashlib.md5(payload).hexdigest().upper()}> >> >>\nstream\n").encode("latin-1") + comp
              + b"\nendstream",
        size + 1: (f"<< /Type /Filespec /F ({fname.encode('ascii', 'replace').decode()}) /UF {_pdfstr(fname)}"
                   f" /Desc {_pdfstr(desc)} /EF << /F {size} 0 R >> >>").encode("latin-1"),
        size + 2: f"<< /Names [ {_pdfstr(fname)} {size + 1} 0 R ] >>".encode("latin-1"),
        root: cat.encode("latin-1"),
    }
    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += f"{n} 0 obj\n".encode() + objs[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    out += f"{root} 1\n{offs[root]:010d} 00000 n \n".encode()
    out += f"{size} 3\n".encode() + b"".join(f"{offs[n]:010d} 00000 n \n".encode() for n in (size, size + 1, size + 2))
    out += (f"trailer\n<< /Size {size + 3} /Root {root} 0 R /Info {info} 0 R /ID {ids} /Prev {prev} >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode("latin-1")
    return bytes(out)


def p_cover_attachment(s):
    """A cover letter PDF carrying the report (s["inner_fmt"]: "pdf" — the report's own PDF — or "docx") as an
    attached file."""
    if s["inner_fmt"] == "pdf":
        payload = N.p_report17(s)
        mime = "application/pdf"
    else:
        payload = N.d_report17(s)
        mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    fname = f"{s['agency']}{s['year']}年政府信息公开工作年度报告.{s['inner_fmt']}"
    letter = _letter(dict(s, attach_name=fname, pdf_title=""))
    return _attach(letter, fname, payload, mime, s["moddate"], "年度报告全文")


# ---------------------------------------------------------------- Word 2003 XML

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _l(el) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _w2003(el, out: list[str]) -> None:
    name = _l(el)
    if name == "p":
        jc = el.find(f"{W}pPr/{W}jc")
        out.append("<w:p>")
        if jc is not None:
            out.append(f'<w:pPr><w:jc w:val="{jc.get(W + "val")}"/></w:pPr>')
        for ch in el:
            _w2003(ch, out)
        out.append("</w:p>")
    elif name == "r":
        rpr = el.find(f"{W}rPr")
        out.append("<w:r>")
        props = ['<w:rFonts w:hint="fareast"/>']
        if rpr is not None:
            if rpr.find(f"{W}b") is not None:
                props.append("<w:b/>")
            sz = rpr.find(f"{W}sz")
            if sz is not None:
                props.append(f'<w:sz w:val="{sz.get(W + "val")}"/>')
        out.append("<w:rPr>" + "".join(props) + "</w:rPr>")
        for ch in el:
            n = _l(ch)
            if n == "t":
                out.append(f"<w:t>{html.escape(ch.text or '', quote=False)}</w:t>")
            elif n == "tab":
                out.append("<w:tab/>")
            elif n == "br":
                out.append("<w:br/>")
        out.append("</w:r>")
    elif name == "tbl":
        out.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>'
                   + "".join(f'<w:{b} w:val="single" w:sz="4" wx:bdrwidth="10" w:space="0" w:color="000000"/>'
                             for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
                   + '</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>')
        grid = el.find(f"{W}tblGrid")
        if grid is not None:
            out.append("<w:tblGrid>" + "".join(f'<w:gridCol w:w="{g.get(W + "w")}"/>' for g in grid) + "</w:tblGrid>")
        for ch in el:
            if _l(ch) == "tr":
                _w2003(ch, out)
        out.append("</w:tbl>")
    elif name == "tr":
        out.append("<w:tr>")
        for ch in el:
            if _l(ch) == "tc":
                _w2003(ch, out)
        out.append("</w:tr>")
    elif name == "tc":
        pr = el.find(f"{W}tcPr")
        props = []
        if pr is not None:
            w = pr.find(f"{W}tcW")
            if w is not None:
                props.append(f'<w:tcW w:w="{w.get(W + "w")}" w:type="{w.get(W + "type")}"/>')
            gs = pr.find(f"{W}gridSpan")
            if gs is not None:
                props.append(f'<w:gridSpan w:val="{gs.get(W + "val")}"/>')
            vm = pr.find(f"{W}vMerge")
            if vm is not None:
                props.append('<w:vmerge w:val="restart"/>' if vm.get(W + "val") == "restart" else "<w:vmerge/>")
        out.append("<w:tc><w:tcPr>" + "".join(props) + '<w:vAlign w:val="center"/></w:tcPr>')
        for ch in el:
            if _l(ch) in ("p", "tbl"):
                _w2003(ch, out)
        out.append("</w:tc>")
    elif name in ("body", "sdtContent", "sdt", "hyperlink", "ins", "smartTag"):
        for ch in el:
            _w2003(ch, out)


def x_word2003(s):
    """Word's 「另存为 → Word 2003 XML 文档」: one XML file (w:wordDocument, the 2003 WordprocessingML namespace, the
    mso-application processing instruction), the body's paragraphs and tables in w:/wx: elements."""
    docx = N.d_report17(s)
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml"))
    out: list[str] = []
    _w2003(root.find(f"{W}body"), out)
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<w:wordDocument xmlns:aml="http://schemas.microsoft.com/aml/2001/core" '
            'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
            'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:sl="http://schemas.microsoft.com/schemaLibrary/2003/core" w:macrosPresent="no" '
            'w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">'
            '<w:ignoreSubtree w:val="http://schemas.microsoft.com/office/word/2003/wordml/sp2"/>'
            f'<o:DocumentProperties><o:Author>{html.escape(s["author"])}</o:Author>'
            f'<o:LastAuthor>{html.escape(s["author"])}</o:LastAuthor><o:Revision>3</o:Revision>'
            f'<o:Created>{s["created"]}</o:Created><o:LastSaved>{s["created"]}</o:LastSaved>'
            '<o:Pages>6</o:Pages><o:Company>Microsoft</o:Company><o:Version>16</o:Version></o:DocumentProperties>'
            '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New Roman" '
            'w:cs="Times New Roman"/><w:font w:name="宋体"><w:altName w:val="SimSun"/><w:panose-1 '
            'w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/>'
            '</w:font></w:fonts><w:docPr><w:view w:val="print"/><w:zoom w:percent="100"/>'
            '<w:doNotEmbedSystemFonts/><w:proofState w:spelling="clean" w:grammar="clean"/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
            '<w:punctuationKerning/><w:characterSpacingControl w:val="CompressPunctuation"/></w:docPr>'
            '<w:body><wx:sect>')
    tail = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" '
            'w:left="1800" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="lines" w:line-pitch="312"/></w:sectPr></wx:sect></w:body></w:wordDocument>')
    return (head + "".join(out) + tail).encode("utf-8")


# ---------------------------------------------------------------- Evernote / 印象笔记 .enex

def _enml(art: str) -> str:
    """The web clipper's ENML: class/id attributes dropped, elements ENML lacks turned into div/span."""
    art = re.sub(r'\s(?:class|id|cellpadding|cellspacing|border)="[^"]*"', "", art)
    art = re.sub(r"<(/?)h\d([^>]*)>", r"<\1div\2>", art)
    art = re.sub(r"<(/?)(?:section|article)([^>]*)>", r"<\1div\2>", art)
    art = art.replace("<br>", "<br/>")
    return art


def n_enex(s):
    """印象笔记's 「导出为 .enex」 of a web clip: en-export / note / content (ENML in CDATA), the clip's source URL."""
    art = _enml(V.article_only(_page(s)))
    enml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-note SYSTEM '
            '"http://xml.evernote.com/pub/enml2.dtd">\n<en-note><div>' + art + "</div></en-note>")
    out = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM '
           '"http://xml.evernote.com/pub/evernote-export3.dtd">\n'
           f'<en-export export-date="{s["exported"]}" application="YXBJ/Windows" version="6.x">\n'
           f'<note><title>{html.escape(s["title"])}</title><content><![CDATA[{enml}]]></content>'
           f'<created>{s["clipped"]}</created><updated>{s["clipped"]}</updated>'
           '<tag>政务公开</tag><note-attributes><author>yinxiang</author><source>web.clip7</source>'
           f'<source-url>{html.escape(s["url"])}</source-url><source-application>yinxiang.clipper.chrome'
           '</source-application></note-attributes></note>\n</en-export>\n')
    return out.encode("utf-8")


# ---------------------------------------------------------------- HAR

def j_har(s):
    """A browser's 「Save all as HAR with content」: log.entries — the document (Chrome: its text as is; Firefox:
    base64 with "encoding": "base64"), the stylesheet, a statistics beacon."""
    page = _page(s).encode("utf-8")
    url = s["url"]
    host = url.split("/")[2]
    ff = s["browser"] == "firefox"
    started = s["started"]

    def entry(u, mime, body: bytes, t, b64=False, extra=None):
        content = {"size": len(body), "mimeType": mime}
        if b64:
            content.update(text=base64.b64encode(body).decode("ascii"), encoding="base64")
        else:
            content["text"] = body.decode("utf-8")
        e = {"startedDateTime": t, "time": 86.4,
             "request": {"method": "GET", "url": u, "httpVersion": "HTTP/1.1", "cookies": [],
                         "headers": [{"name": "Host", "value": host},
                                     {"name": "User-Agent", "value": s["ua"]},
                                     {"name": "Accept-Encoding", "value": "gzip, deflate"}],
                         "queryString": [], "headersSize": -1, "bodySize": 0},
             "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1", "cookies": [],
                          "headers": [{"name": "Server", "value": "nginx"},
                                      {"name": "Content-Type", "value": mime}],
                          "content": content, "redirectURL": "", "headersSize": -1, "bodySize": len(body)},
             "cache": {}, "timings": {"blocked": 1.2, "dns": 0, "connect": 0, "send": 0.1, "wait": 80.3,
                                      "receive": 4.8, "ssl": -1}}
        if extra:
            e.update(extra)
        return e
    css = b".article{font-size:16px;line-height:2}table{border-collapse:collapse}"
    entries = [
        entry(url, "text/html; charset=utf-8", page, started, b64=ff,
              extra={} if ff else {"_resourceType": "document", "_priority": "VeryHigh"}),
        entry(f"http://{host}/static/css/article.css", "text/css", css, started,
              b64=False, extra={} if ff else {"_resourceType": "stylesheet"}),
        entry(f"http://{host}/interface/visit.jsp?id={s['aid']}", "application/json; charset=utf-8",
              json.dumps({"code": 0, "count": s["aid"] % 997}).encode(), started,
              extra={} if ff else {"_resourceType": "xhr"}),
    ]
    creator = ({"name": "Firefox", "version": "115.18.0esr"} if ff else
               {"name": "WebInspector", "version": "537.36"})
    log = {"log": {"version": "1.2", "creator": creator,
                   "pages": [{"startedDateTime": started, "id": "page_1", "title": s["title"],
                              "pageTimings": {"onContentLoad": 412, "onLoad": 688}}],
                   "entries": [dict(e, pageref="page_1") for e in entries]}}
    return (json.dumps(log, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------- a gzip-stored page

def g_html_gz(s):
    """A crawler's page store: the response body as served (GBK, the <meta> naming gb2312) kept gzip-compressed
    (.html.gz, the original name in the gzip header)."""
    body = V.gbk(_page(s))
    buf = io.BytesIO()
    name = s["url"].rsplit("/", 1)[1]
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, mtime=s["mtime"]) as f:
        f.write(body)
    return buf.getvalue()


# ---------------------------------------------------------------- warcio: a raw chunked, gzip-encoded response

def w_warc_raw(s):
    """warcio's capture (uncompressed .warc): the HTTP response recorded as it came over the wire — Content-Encoding:
    gzip, Transfer-Encoding: chunked (chunks of 4 KiB)."""
    page = _page(s).encode("utf-8")
    gz = gzip.compress(page, compresslevel=6, mtime=0)
    chunks = b"".join(f"{len(gz[i:i + 4096]):x}\r\n".encode() + gz[i:i + 4096] + b"\r\n"
                      for i in range(0, len(gz), 4096)) + b"0\r\n\r\n"
    url = s["url"]
    host = url.split("/")[2]
    req = (f"GET /{url.split('/', 3)[3]} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: python-requests/2.31.0\r\n"
           "Accept-Encoding: gzip, deflate\r\nAccept: */*\r\nConnection: keep-alive\r\n\r\n").encode("ascii")
    resp = (f"HTTP/1.1 200 OK\r\nServer: nginx/1.20.1\r\nDate: {s['httpdate']}\r\n"
            "Content-Type: text/html;charset=UTF-8\r\nTransfer-Encoding: chunked\r\nConnection: keep-alive\r\n"
            "Vary: Accept-Encoding\r\nContent-Encoding: gzip\r\n\r\n").encode("ascii") + chunks
    u = f"{s['aid']:08x}"
    info = b"software: warcio.py/1.7.4\r\nformat: WARC File Format 1.0\r\n"
    recs = [
        V._record("warcinfo", f"{u}-3a2b-4c5d-8e9f-000000000001", s["crawl"], [("WARC-Filename", s["warcname"])],
                  info, "application/warc-fields"),
        V._record("response", f"{u}-3a2b-4c5d-8e9f-000000000002", s["crawl"],
                  [("WARC-Target-URI", url), ("WARC-Payload-Digest", V._b32sha1(gz))], resp,
                  "application/http; msgtype=response"),
        V._record("request", f"{u}-3a2b-4c5d-8e9f-000000000003", s["crawl"],
                  [("WARC-Target-URI", url), ("WARC-Concurrent-To", f"<urn:uuid:{u}-3a2b-4c5d-8e9f-000000000002>")],
                  req, "application/http; msgtype=request"),
    ]
    return b"".join(recs)


# ---------------------------------------------------------------- floating Word tables

def d_floating(s):
    """A Word report whose tables were dragged into place: each table floating (w:tblpPr, text wrapping around,
    w:tblOverlap never)."""
    data = N.d_report17(s)
    zin = zipfile.ZipFile(io.BytesIO(data))
    doc = zin.read("word/document.xml").decode("utf-8")
    fl = ('<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" '
          'w:tblpXSpec="center" w:tblpY="{}"/><w:tblOverlap w:val="never"/>')
    n = [0]

    def add(m):
        n[0] += 1
        return m.group(0) + fl.format(156 + 30 * n[0])
    doc = re.sub(r"<w:tblPr>", add, doc)
    assert n[0] >= 3
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = doc.encode("utf-8") if info.filename == "word/document.xml" else zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 11, 15, 2, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return buf.getvalue()


# ---------------------------------------------------------------- a wget mirror as .tar.gz

def t_wget_tar(s):
    """`wget -m -p` of the report's folder, packed with `tar czf`: host/path/….html, the stylesheet, robots.txt."""
    page = _page(s).encode("utf-8")
    url = s["url"]
    path = url.split("://", 1)[1]
    host = path.split("/")[0]
    members = [(f"{host}/robots.txt", b"User-agent: *\nDisallow: /admin/\n"),
               (f"{host}/static/css/article.css", b".article{line-height:2}table{border-collapse:collapse}\n"),
               (path, page)]
    buf = io.BytesIO()
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.GNU_FORMAT) as t:
        dirs = sorted({"/".join(p.split("/")[:k]) for p, _ in members for k in range(1, p.count("/") + 1)})
        for d in dirs:
            ti = tarfile.TarInfo(d)
            ti.type, ti.mode, ti.mtime, ti.uname, ti.gname, ti.uid, ti.gid = (tarfile.DIRTYPE, 0o755, s["mtime"],
                                                                              "crawler", "crawler", 1000, 1000)
            t.addfile(ti)
        for name, data in members:
            ti = tarfile.TarInfo(name)
            ti.size, ti.mode, ti.mtime, ti.uname, ti.gname, ti.uid, ti.gid = (len(data), 0o644, s["mtime"],
                                                                              "crawler", "crawler", 1000, 1000)
            t.addfile(ti, io.BytesIO(data))
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=s["mtime"]) as g:
        g.write(raw.getvalue())
    return buf.getvalue()


# ---------------------------------------------------------------- an Outlook forward with the message attached

def e_rfc822(s):
    """Outlook's 「以附件形式转发」: multipart/mixed — a short note (text/plain GB2312 base64) and the original message
    as message/rfc822 (the site's 信息公开 notification: multipart/alternative, the page's article as text/html
    UTF-8 quoted-printable)."""
    art = V.article_only(_page(s))
    inner_b = "----=_Part_8817_20240122.1705890000"
    inner = (f"From: \"{V.mime_word(s['site'])}\" <noreply@{s['mailfrom'].split('@')[1]}>\r\n"
             f"To: <{s['mailfrom']}>\r\nSubject: {V.mime_word('信息公开发布通知：' + s['title'])}\r\n"
             f"Date: {s['maildate0']}\r\nMIME-Version: 1.0\r\n"
             f"Content-Type: multipart/alternative; boundary=\"{inner_b}\"\r\n\r\n"
             f"--{inner_b}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable"
             f"\r\n\r\n{V.qp(('<html><body>' + art + '</body></html>').encode('utf-8'))}\r\n--{inner_b}--\r\n")
    bnd = "----=_NextPart_000_0031_01DA4D12.6A2F0E10"
    note = f"{s['mailto_name']}：\r\n    转发我单位年度报告发布通知（含全文），请存档。\r\n"
    out = (f"From: \"{V.mime_word(s['mailname'], 'gb2312')}\" <{s['mailfrom']}>\r\n"
           f"To: <{s['mailto']}>\r\nSubject: {V.mime_word('FW: 信息公开发布通知', 'gb2312')}\r\n"
           f"Date: {s['maildate']}\r\nMessage-ID: <000001da4d12$6a2f0e10${s['aid']:08x}@"
           f"{s['mailfrom'].split('@')[1]}>\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: multipart/mixed;\r\n\tboundary=\"{bnd}\"\r\nX-Mailer: Microsoft Outlook 16.0\r\n"
           "Content-Language: zh-cn\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
           f"--{bnd}\r\nContent-Type: text/plain;\r\n\tcharset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           f"{V.b64lines(note.encode('gb18030'))}\r\n"
           f"--{bnd}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n{inner}\r\n"
           f"--{bnd}--\r\n")
    return out.encode("ascii")


# ---------------------------------------------------------------- 有道云笔记 web clip saved as HTML

def h_youdao(s):
    """有道云笔记's web clip exported as HTML: the article's markup with every class turned into inline styles, the
    note's own head (title, the clip's source URL in a meta and at the top)."""
    art = V.article_only(_page(s))
    art = re.sub(r'\sclass="[^"]*"', "", art)
    art = re.sub(r"<table", '<table data-clip="1"', art)
    out = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="source-url" content="'
           f'{html.escape(s["url"])}"><title>{html.escape(s["title"])}</title></head>\n'
           '<body style="font-family:-apple-system,\'PingFang SC\',\'Microsoft YaHei\';font-size:14px">\n'
           f'<div style="color:#999;font-size:12px;margin-bottom:12px">来源：<a href="{html.escape(s["url"])}">'
           f'{html.escape(s["url"])}</a></div>\n<div style="word-wrap:break-word">\n{art}\n</div>\n</body></html>\n')
    return out.encode("utf-8")
