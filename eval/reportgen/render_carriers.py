"""Carriers: the report inside a container a crawl or a mailbox hands over (extractor/carriers.py) — a mail
(the report an attached Word file, or the body of a multipart/alternative message beside a plain-text copy), a
WARC web archive (gzip'd or not; a list page fetched before the article; chunked or gzip'd HTTP bodies), Safari's
.webarchive (a binary or XML property list; the article in the main resource or in a frame), a crawler's
JSON-Lines feed (the list page's item first, the article's item with its HTML; every character maybe
`\\uXXXX`-escaped). The furniture around the report (a forward note, the list page, a stylesheet, the request
record) names the body's other years' reports, so a reader that takes the wrong payload reads the wrong year."""

from __future__ import annotations

import gzip
import json
import plistlib
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
