"""Carriers: the report inside a container a crawl or a mailbox hands over (extractor/carriers.py) — a mail
(the report an attached Word file, or the body of a multipart/alternative message beside a plain-text copy), a
WARC web archive (gzip'd or not; a list page fetched before the article; chunked or gzip'd HTTP bodies), Safari's
.webarchive (a binary or XML property list; the article in the main resource or in a frame), a crawler's
JSON-Lines feed (the list page's item first, the article's item with its HTML; every character maybe
`\\uXXXX`-escaped). The furniture around the report (a forward note, the list page, a stylesheet, the request
record) names the body's other years' reports, so a reader that takes the wrong payload reads the wrong year."""

from __future__ import annotations

import gzip
import html
import io
import json
import plistlib
import tarfile
import zipfile
from email.charset import BASE64, QP, Charset
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

from eval.reportgen import render_doc, render_html, render_text
from eval.reportgen.draw import Draw
from eval.reportgen.layout import Parts

_URL = "http://www.example.gov.cn/zwgk/zfxxgk/ndbg/"
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01"


def _title(parts: Parts) -> str:
    return next((b for b in parts.head if "年度报告" in b), parts.head[0])


def _list_page(parts: Parts) -> str:
    """The channel's list page: the body's reports of other years, titles only (each would pass a cheap
    「is this a report」 test)."""
    title = _title(parts)
    links = "".join(
        f'<li><a href="{_URL}{n}.html">{title.replace("年度报告", "年度报告（往年" + str(n) + "）")}</a></li>'
        for n in range(3)
    )
    return f'<html><head><meta charset="utf-8"><title>年度报告</title></head><body><ul class="list">{links}</ul></body></html>'


def _text_part(subtype: str, text: str, charset: str, d: Draw) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype)
    cs = Charset(charset)
    cs.body_encoding = d.pick((QP, BASE64))
    part.set_payload(text, charset=cs)
    return part


def eml_attachment(parts: Parts, d: Draw) -> bytes:
    """An Outlook or Foxmail message: a short note (GB2312 or UTF-8) naming the report, and the report a Word
    file attached (base64, an RFC 2231 Chinese file name), maybe a signature picture."""
    title = _title(parts)
    message = MIMEMultipart("mixed")
    message["From"] = "=?GB2312?B?sOy5q8rS?= <bgs@example.gov.cn>"
    message["To"] = "<zwgk@example.gov.cn>"
    message["Subject"] = title
    note = f"您好：\n    现将《{title}》报送，请审核后在门户网站发布。\n    联系电话：0851-8888888\n"
    message.attach(_text_part("plain", note, d.pick(("gb2312", "utf-8")), d))
    attached = MIMEApplication(render_doc.docx(parts), "vnd.openxmlformats-officedocument.wordprocessingml.document")
    attached.add_header("Content-Disposition", "attachment", filename=("utf-8", "", f"{title}.docx"))
    message.attach(attached)
    if d.int(0, 1):
        message.attach(MIMEApplication(GIF, "octet-stream", Name="image001.gif"))
    return message.as_bytes()


def eml_alternative(parts: Parts, d: Draw) -> bytes:
    """A webmail message (Coremail, Foxmail): multipart/alternative, a plain-text rendition (tab cells) and the
    HTML, both base64 or quoted-printable in UTF-8 or GBK; maybe inside a multipart/mixed with a picture."""
    charset = d.pick(("utf-8", "gb18030"))
    alternative = MIMEMultipart("alternative")
    alternative.attach(_text_part("plain", render_text.tsv(parts), charset, d))
    alternative.attach(_text_part("html", render_html.plain(parts), charset, d))
    if d.int(0, 1):
        message = MIMEMultipart("mixed")
        message.attach(alternative)
        message.attach(MIMEApplication(GIF, "octet-stream", Name="logo.gif"))
    else:
        message = alternative
    message["From"] = "<xxgk@example.gov.cn>"
    message["Subject"] = _title(parts)
    return message.as_bytes()


def _record(kind: str, block: bytes, uri: str, ctype: str, n: int) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
        f"WARC-Date: 2024-03-01T08:00:0{n % 10}Z\r\n"
        + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
        + f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode("ascii") + block + b"\r\n\r\n"


def _response(body: bytes, charset: str, d: Draw, ctype: str = "text/html") -> bytes:
    headers = [f"Content-Type: {ctype}; charset={charset}" if charset else f"Content-Type: {ctype}"]
    if d.int(0, 2) == 0:  # a gzip'd body, as the server sent it
        body = gzip.compress(body, mtime=0)
        headers.append("Content-Encoding: gzip")
    if d.int(0, 2) == 0:  # chunked, as the server sent it
        step = max(1, len(body) // 3)
        chunks = [body[i : i + step] for i in range(0, len(body), step)]
        body = b"".join(b"%x\r\n" % len(c) + c + b"\r\n" for c in chunks) + b"0\r\n\r\n"
        headers.append("Transfer-Encoding: chunked")
    else:
        headers.append(f"Content-Length: {len(body)}")
    return ("HTTP/1.1 200 OK\r\nServer: nginx\r\n" + "\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


def warc(parts: Parts, d: Draw) -> bytes:
    """A crawler's WARC (wget, Heritrix): warcinfo, then request and response records — maybe the channel's
    list page first, the article served as UTF-8 or GBK, a stylesheet after it; maybe gzip'd a member a record."""
    charset = d.pick(("utf-8", "gbk"))
    page = render_html.plain(parts).replace('charset="utf-8"', f'charset="{charset}"').encode(charset)
    article = _URL + "t20240301_1.html"
    records = [
        _record(
            "warcinfo", b"software: Wget/1.21\r\nformat: WARC File Format 1.0\r\n", "", "application/warc-fields", 0
        )
    ]
    if d.int(0, 1):
        records.append(
            _record(
                "response",
                _response(_list_page(parts).encode(), "utf-8", d),
                _URL,
                "application/http;msgtype=response",
                1,
            )
        )
    request = b"GET /zwgk/zfxxgk/ndbg/t20240301_1.html HTTP/1.1\r\nHost: www.example.gov.cn\r\n\r\n"
    records.append(_record("request", request, article, "application/http;msgtype=request", 2))
    records.append(_record("response", _response(page, charset, d), article, "application/http;msgtype=response", 3))
    records.append(
        _record(
            "response",
            _response(b"body{font-size:14px}", "", d, "text/css"),
            _URL + "a.css",
            "application/http;msgtype=response",
            4,
        )
    )
    if d.int(0, 1):
        return b"".join(gzip.compress(r, mtime=0) for r in records)
    return b"".join(records)


def webarchive(parts: Parts, d: Draw) -> bytes:
    """Safari's 「网页归档」: a property list (binary, or XML from old versions) — the article page the main
    resource, or a frame's archive under a shell page; its text encoding UTF-8 or GBK; a stylesheet beside it."""
    charset = d.pick(("UTF-8", "GBK"))
    page = render_html.plain(parts).encode(charset.lower())

    def resource(data: bytes, url: str, mime: str, encoding: str | None) -> dict:
        r = {"WebResourceData": data, "WebResourceURL": url, "WebResourceMIMEType": mime, "WebResourceFrameName": ""}
        if encoding:
            r["WebResourceTextEncodingName"] = encoding
        return r

    article = resource(page, _URL + "t20240301_1.html", "text/html", charset)
    css = resource(b".list{margin:0}", _URL + "a.css", "text/css", None)
    if d.int(0, 1):
        shell = resource(_list_page(parts).encode(), _URL, "text/html", "UTF-8")
        archive = {
            "WebMainResource": shell,
            "WebSubframeArchives": [{"WebMainResource": article}],
            "WebSubresources": [css],
        }
    else:
        archive = {"WebMainResource": article, "WebSubresources": [css]}
    return plistlib.dumps(archive, fmt=d.pick((plistlib.FMT_BINARY, plistlib.FMT_XML)))


def jsonl(parts: Parts, d: Draw) -> bytes:
    """A Scrapy feed (`-o items.jsonl`): the channel's list page as an item with titles and empty content, then
    the article's item with its HTML; ASCII-escaped (Scrapy's default) or UTF-8."""
    ascii_ = bool(d.int(0, 1))
    title = _title(parts)
    listing = {
        "url": _URL,
        "title": "政府信息公开年报",
        "links": [_title(parts).replace("年度报告", "年度报告（往年）")],
        "content_html": "",
    }
    item = {
        "url": _URL + "t20240301_1.html",
        "title": title,
        "pub_date": "2024-03-01",
        "content_html": render_html.plain(parts),
    }
    items = [listing, item] if d.int(0, 1) else [item, listing]
    return "".join(json.dumps(x, ensure_ascii=ascii_) + "\n" for x in items).encode("utf-8")


# ------------------------------------------------------------------------------------------------- w21fix
# Archives and compressed stores a crawl hands over (extractor/carriers.py, wild21): a crawler's gzip'd page store
# (.html.gz, the page as served — GBK or UTF-8 —, its name in the gzip header), a site mirror packed with tar
# (`wget -m -p`, maybe gzip'd: the channel's list page, the article, a stylesheet, robots.txt, a link), a 附件 .zip
# (Windows' compressed folder: GBK member names without the UTF-8 flag; a 说明.txt naming the report), a CMS article
# paginated into pages saved in one .zip (the report cut mid-table: a page ends inside table 三, the next page's
# rows open without a <table>), a cover letter PDF (报送函) carrying the report as an embedded file, and Word 2003
# XML (flat WordprocessingML, w:vmerge).


def _gzip(data: bytes, name: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buf, mtime=0) as f:
        f.write(data)
    return buf.getvalue()


def _page(parts: Parts, d: Draw) -> tuple[bytes, str]:
    """The article page as a CMS serves it, in its charset."""
    charset = d.pick(("utf-8", "gbk"))
    page = render_html.cms(parts, "www.example.gov.cn").replace('charset="utf-8"', f'charset="{charset}"')
    return page.encode(charset), charset


def html_gz(parts: Parts, d: Draw) -> bytes:
    """A crawler's page store: each page gzip'd as served (GBK or UTF-8), its original name in the header."""
    page, _ = _page(parts, d)
    return _gzip(page, d.pick(("t20240301_123456.html", "index.html", "6902117.htm")))


def _tar(files: list[tuple[str, bytes]], links: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tf:
        dirs: set[str] = set()
        for name, _ in files:
            parts_ = name.split("/")[:-1]
            for k in range(1, len(parts_) + 1):
                path = "/".join(parts_[:k])
                if path not in dirs:
                    dirs.add(path)
                    info = tarfile.TarInfo(path)
                    info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, 1489536000
                    tf.addfile(info)
        for name, data in files:
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(data), 1489536000
            tf.addfile(info, io.BytesIO(data))
        for name, target in links:
            info = tarfile.TarInfo(name)
            info.type, info.linkname, info.mtime = tarfile.SYMTYPE, target, 1489536000
            tf.addfile(info)
    return buf.getvalue()


def tar_mirror(parts: Parts, d: Draw) -> bytes:
    """`wget -m -p http://www.example.gov.cn/…` packed with `tar cf` (maybe `czf`): host/path/….html beside the
    channel's list page, a stylesheet, robots.txt and a link to the article."""
    host = "www.example.gov.cn"
    page, _ = _page(parts, d)
    article = f"{host}/zwgk/zfxxgk/ndbg/201703/t20170315_118204.html"
    files = [
        (f"{host}/robots.txt", b"User-agent: *\nDisallow: /admin/\n"),
        (f"{host}/static/css/article.css", b".article{line-height:1.8}"),
        (f"{host}/zwgk/zfxxgk/ndbg/index.html", _list_page(parts).encode()),
        (article, page),
    ]
    if d.int(0, 1):
        files.reverse()
    data = _tar(
        files, [(f"{host}/latest.html", "zwgk/zfxxgk/ndbg/201703/t20170315_118204.html")] if d.int(0, 1) else []
    )
    return gzip.compress(data, mtime=0) if d.int(0, 1) else data


class _CodePageName(zipfile.ZipInfo):
    """A member name written as Windows' compressed folder writes it: in the code page (GBK), no UTF-8 flag."""

    def _encodeFilenameFlags(self):  # (zipfile's hook: the name's bytes and the flag bits)
        return self.filename.encode("gbk"), self.flag_bits


def zip_attachment(parts: Parts, d: Draw) -> bytes:
    """A 附件 .zip: a folder holding the report (Word or the CMS page) and a 说明.txt naming it, the names in GBK
    without the UTF-8 flag (Windows) or in UTF-8 with it (7-Zip, macOS — with its __MACOSX/ copies)."""
    title = _title(parts)
    folder = title.replace("政府信息公开工作年度报告", "年报")[:20]
    report = (f"{title}.docx", render_doc.docx(parts)) if d.int(0, 1) else (f"{title}.html", _page(parts, d)[0])
    note = f"{title}（{'Word' if report[0].endswith('docx') else '网页'}版），请用Office或WPS打开。\r\n"
    files = [(f"{folder}/{report[0]}", report[1]), (f"{folder}/说明.txt", note.encode("gbk"))]
    gbk = bool(d.int(0, 1))
    if not gbk:
        files.append((f"__MACOSX/{folder}/._{report[0]}", b"\x00\x05\x16\x07" + b"\x00" * 60))
    if d.int(0, 1):
        files.reverse()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = (_CodePageName if gbk else zipfile.ZipInfo)(name, (2021, 3, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def _article_lines(parts: Parts) -> tuple[list[str], list[int]]:
    """The article's HTML a line a paragraph or a table row (as a CMS editor's source), and where a cut falls
    inside table 三 (between two of its rows)."""
    lines: list[str] = []
    inside: list[int] = []
    for b in parts.all():
        if isinstance(b, str):
            lines.append(f"<p>{html.escape(b)}</p>")
            continue
        lines.append('<table border="1" cellspacing="0" style="border-collapse:collapse;width:100%"><tbody>')
        for k, row in enumerate(b[2]):
            if b[0] == "t3" and 2 <= k < len(b[2]) - 1:
                inside.append(len(lines))
            cells = "".join(f"<td{render_html._span(c)}><p>{html.escape(c.text) or '&nbsp;'}</p></td>" for c in row)
            lines.append(f"<tr>{cells}</tr>")
        lines.append("</tbody></table>")
    return lines, inside


def _pager(names: list[str], cur: int, style: int) -> str:
    if style == 0:  # TRS: 上一页 1 2 3 下一页, the current page a span
        prev = f'<a href="{names[cur - 1]}">上一页</a>' if cur else "<span>上一页</span>"
        nxt = f'<a href="{names[cur + 1]}">下一页</a>' if cur + 1 < len(names) else "<span>下一页</span>"
        nums = "".join(
            f'<span class="cur">{k + 1}</span>' if k == cur else f'<a href="{n}">{k + 1}</a>'
            for k, n in enumerate(names)
        )
        return f'<div class="pagination">{prev}{nums}{nxt}</div>'
    first = f'<a href="{names[0]}">首页</a>'
    last = f'<a href="{names[-1]}">尾页</a>'
    prev = f'<a href="{names[max(cur - 1, 0)]}">上一页</a>'
    nxt = f'<a href="{names[min(cur + 1, len(names) - 1)]}">下一页</a>'
    return f'<div class="page_num">共{len(names)}页&nbsp;第{cur + 1}页&nbsp;{first}&nbsp;{prev}&nbsp;{nxt}&nbsp;{last}</div>'


def zip_pages(parts: Parts, d: Draw) -> bytes:
    """A CMS article paginated (TRS 「分页」, or index_N pages) saved page by page into a .zip: each page the site's
    shell, the article's title and 发布时间 line, a slice of the article and a pagination bar (at its foot, maybe at
    its head too); one cut falls inside table 三, so a page ends with the table open and the next page's rows come
    without a <table>. The members stored in any order."""
    lines, inside = _article_lines(parts)
    cuts = {d.pick(inside)}
    for _ in range(d.int(0, 2)):  # (a draw may repeat itself: as many pages as distinct cuts)
        cuts.add(d.int(1, len(lines) - 1))
    bounds = [0, *sorted(cuts), len(lines)]
    n = len(bounds) - 1
    stem = d.pick(("t20250121_5627381", "index", "content_88123"))
    names = [f"{stem}.html" if k == 0 else f"{stem}_{k + (stem == 'index')}.html" for k in range(n)]
    charset = d.pick(("utf-8", "gbk"))
    style, top = d.int(0, 1), bool(d.int(0, 1))
    title = _title(parts)
    pages = []
    for k in range(n):
        pager = _pager(names, k, style)
        body = "\n".join(lines[bounds[k] : bounds[k + 1]])
        page = (
            f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{html.escape(title)}</title>\n</head>\n<body>\n"
            '<div class="top"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>\n'
            + (pager + "\n" if top else "")
            + f'<div class="title">{html.escape(title)}</div>\n'
            '<div class="info">发布时间：2025-01-21　来源：本站</div>\n'
            f'<div class="TRS_Editor">\n{body}\n</div>\n{pager}\n'
            '<div class="bottom">主办：本站　联系电话：0791-88888888</div>\n</body>\n</html>\n'
        )
        pages.append((names[k], page.encode(charset)))
    turn = d.int(0, n - 1)  # (the zip's order is not the pages' order)
    order = [*range(turn, n), *range(turn)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for k in order:
            z.writestr(zipfile.ZipInfo(pages[k][0], (2025, 1, 21, 9, 0, 0)), pages[k][1], zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _cover_letter(parts: Parts) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from eval.reportgen.render_doc import _pdf_style

    style, _ = _pdf_style()
    title = _title(parts)
    text = [
        "关于报送" + title + "的函",
        "市政务公开办：",
        f"根据《中华人民共和国政府信息公开条例》的要求，现将《{title}》报送你办，请审核。报告全文见本文件附件。",
        "联系人：王某某　联系电话：0791-88888888",
        "2025年1月20日",
    ]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([Paragraph(t, style) for t in text])
    return buf.getvalue()


def pdf_cover_attachment(parts: Parts, d: Draw) -> bytes:
    """A cover letter (报送函) PDF naming the report, the report attached to it as an embedded file (Acrobat's
    「附加文件」: the EmbeddedFiles name tree) — the report's Word file or its PDF."""
    import pypdfium2 as pdfium

    title = _title(parts)
    name, data = (
        (f"{title}.docx", render_doc.docx(parts)) if d.int(0, 1) else (f"{title}.pdf", render_doc.pdf(parts, True))
    )
    pdf = pdfium.PdfDocument(_cover_letter(parts))
    attachment = pdf.new_attachment(name)
    attachment.set_data(data)
    buf = io.BytesIO()
    pdf.save(buf)
    return buf.getvalue()


_W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"


def _w2003_table(grid) -> str:
    from eval.reportgen.layout import G, place

    width, placed = place(grid)
    starts = {(i, j): c for i, j, c in placed}
    covering: dict[tuple[int, int], G] = {}
    for i, j, c in placed:
        for a in range(i + 1, i + c.rs):
            covering[(a, j)] = c
    rows = []
    for r in range(len(grid)):
        cells, j = [], 0
        while j < width:
            c = starts.get((r, j)) or covering.get((r, j))
            if c is None:
                j += 1
                continue
            span = f'<w:gridSpan w:val="{c.cs}"/>' if c.cs > 1 else ""
            if (r, j) in starts:
                merge = '<w:vmerge w:val="restart"/>' if c.rs > 1 else ""
                text = f"<w:r><w:t>{html.escape(c.text)}</w:t></w:r>" if c.text else ""
            else:
                merge, text = "<w:vmerge/>", ""
            cells.append(f"<w:tc><w:tcPr>{span}{merge}</w:tcPr><w:p>{text}</w:p></w:tc>")
            j += c.cs
        rows.append("<w:tr>" + "".join(cells) + "</w:tr>")
    return '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>' + "".join(rows) + "</w:tbl>"


def word2003_xml(parts: Parts, d: Draw) -> bytes:
    """Word 2003's 「XML 文档」: `w:wordDocument` (WordprocessingML 2003), document properties, the body in a
    `wx:sect`, merged cells as `w:vmerge`, maybe a tracked deletion of an old figure (aml:annotation)."""
    body = []
    for b in parts.all():
        if isinstance(b, str):
            body.append(f"<w:p><w:r><w:t>{html.escape(b)}</w:t></w:r></w:p>")
        else:
            body.append(_w2003_table(b[2]) + "<w:p/>")
    if d.int(0, 1):  # a deleted old figure, left as a tracked revision: not the report's text
        body.insert(
            1,
            '<w:p><aml:annotation aml:id="0" w:type="Word.Deletion" aml:author="x"><aml:content>'
            "<w:r><w:delText>本机关全年收到申请9999件</w:delText></w:r></aml:content></aml:annotation></w:p>",
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
        f'<w:wordDocument xmlns:aml="http://schemas.microsoft.com/aml/2001/core" xmlns:w="{_W2003}" '
        'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">'
        "<o:DocumentProperties><o:Author>admin</o:Author><o:Pages>5</o:Pages></o:DocumentProperties>"
        '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体"/></w:fonts>'
        "<w:body><wx:sect>" + "".join(body) + "<w:sectPr/></wx:sect></w:body></w:wordDocument>"
    )
    return xml.encode("utf-8")
