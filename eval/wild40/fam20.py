"""Printers of eval/wild20: half a realistic crawl sample (fam15 … fam19's printers with option combinations no earlier
set used), half a hunt — carriers a crawl meets that no set had: an e-mail (.eml) forwarding the report page as its
HTML body (Foxmail, quoted-printable GB2312; Coremail, multipart/alternative base64 UTF-8) or carrying the Word report as
an attachment; a WARC file written by wget (the HTTP response record, GBK page) or by Heritrix (.warc.gz, one gzip
member per record); Safari's .webarchive (a binary property list); a crawler's JSON-Lines feed (Scrapy's default
ASCII-escaped export, a UTF-8 one); a Word report with tracked revisions of its figures (the deleted figure in
w:delText); a CMS page that prints the article twice (a hidden WAP copy before the desktop copy); Chrome's
「网页，单个文件」 (.mhtml: Blink's quoted-printable snapshot).

fam18's hooks stay installed (imported through fam19)."""
from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
import plistlib
import quopri
import re
import zipfile
import io

import fam17 as N
import fam19 as S


def _inner(s) -> str:
    return s.get("inner", N.h_cms17)(s).decode("utf-8")


def article_only(page: str) -> str:
    """The article of a CMS page without the site's header and footer lines."""
    art = S.article_of(page)
    art = re.sub(r'^<div class="header">.*?</div>\n', "", art)
    return re.sub(r'\n<div class="footer">[^\n]*</div>$', "", art)


def gbk(page: str) -> bytes:
    return page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; '
                        'charset=gb2312">', 1).encode("gb18030")


def b64lines(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")


def qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii").replace("\n", "\r\n")


def mime_word(t: str, cs: str = "utf-8") -> str:
    return f"=?{cs.upper()}?B?{base64.b64encode(t.encode('gb18030' if cs == 'gb2312' else cs)).decode()}?="


# ---------------------------------------------------------------- e-mail

def e_foxmail_qp(s):
    """Foxmail's forward of the report page: a single text/html part in GB2312, quoted-printable, the forward note and
    the 「转发邮件信息」 block above the article as the page rendered it."""
    art = article_only(_inner(s))
    sender = s["mail"]
    body = ('<html><head><meta http-equiv="content-type" content="text/html; charset=gb2312"><style>body { line-height: '
            '1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }'
            '</style></head><body>\n<div><span></span>各位同事：转发本单位年度报告网页内容，请核对后存档。</div>'
            '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            f'<div><span><div style="MARGIN: 0px; FONT-FAMILY: Verdana; COLOR: #000000; FONT-SIZE: 10pt">'
            f'<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<div><b>发件人：</b>&nbsp;{html.escape(sender[0])}</div><div><b>发送时间：</b>&nbsp;{sender[1]}</div>'
            f'<div><b>收件人：</b>&nbsp;{html.escape(sender[2])}</div><div><b>主题：</b>&nbsp;'
            f'{html.escape(s["title"])}</div></div></div></span></div>\n<blockquote style="margin-Top: 0px; '
            f'margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">\n{art}\n</blockquote>\n</body></html>\n')
    fwd_name = sender[2].split("<")[0].strip().strip('"')
    head = (f"Date: {s['maildate']}\r\n"
            f"From: \"{mime_word(fwd_name, 'gb2312')}\" <{s['mailfrom']}>\r\n"
            f"To: \"{mime_word('档案室', 'gb2312')}\" <{s['mailto']}>\r\n"
            f"Subject: {mime_word('转发: ' + s['title'], 'gb2312')}\r\n"
            f"X-Priority: 3\r\nX-GUID: 5B1C7E0A-2F3D-4A61-9C8B-{s['aid']:012d}\r\n"
            "X-Has-Attach: no\r\nX-Mailer: Foxmail 7.2.25.228[cn]\r\nMime-Version: 1.0\r\n"
            f"Message-ID: <{s['aid']}{s['year'] + 1}0121101532@{s['mailfrom'].split('@')[1]}>\r\n"
            "Content-Type: text/html;\r\n\tcharset=\"gb2312\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
    return (head + qp(body.encode("gb18030"))).encode("ascii")


def plain_of(art: str) -> str:
    """A mailer's text/plain rendition of the HTML: cells separated by tabs, rows and paragraphs one per line."""
    t = re.sub(r"</t[dh]>", "\t", art)
    t = re.sub(r"</tr>|</p>|<br\s*/?>|</h\d>|</div>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\r\n".join(x.strip() for x in t.split("\n") if x.strip()) + "\r\n"


def e_coremail_b64(s):
    """A Coremail government mailbox's message: multipart/alternative, the text/plain rendition and the HTML both base64
    UTF-8; the report page's article pasted as the HTML body."""
    art = article_only(_inner(s))
    note = f"{s['mailnote']}"
    hbody = (f'<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>{html.escape(note)}</div>'
             f'<div><br></div>{art}</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>')
    plain = note + "\r\n\r\n" + plain_of(art)
    bnd = f"----=_Part_{s['aid']}_1394820553.17{s['year'] + 1}0122"
    out = (f"Received: from {s['mailfrom'].split('@')[1]} (unknown [10.32.8.17])\r\n\tby mail.{s['mailto'].split('@')[1]}"
           f" (Coremail) with SMTP id AQAAfwD3X3P1\r\n\tfor <{s['mailto']}>; {s['maildate']}\r\n"
           f"Date: {s['maildate']}\r\nFrom: \"{mime_word(s['mailname'])}\" <{s['mailfrom']}>\r\n"
           f"To: {s['mailto']}\r\nMessage-ID: <{s['aid']}.8813.17{s['year'] + 1}0122@{s['mailfrom'].split('@')[1]}>\r\n"
           f"Subject: {mime_word(s['title'])}\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: multipart/alternative; \r\n\tboundary=\"{bnd}\"\r\n"
           "X-Priority: 3\r\nX-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)\r\n"
           "X-Coremail-Locale: zh_CN\r\n\r\n"
           f"--{bnd}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           f"{b64lines(plain.encode('utf-8'))}\r\n"
           f"--{bnd}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           f"{b64lines(hbody.encode('utf-8'))}\r\n--{bnd}--\r\n")
    return out.encode("ascii")


def e_docx_attachment(s):
    """The office's message to the county's 政务公开办 with the Word report attached (multipart/mixed: a short text/plain
    body in GB2312, the .docx base64 with an RFC 2231 file name)."""
    doc = N.d_report17(s)
    fname = f"{s['agency']}{s['year']}年政府信息公开工作年度报告.docx"
    bnd = "----=_NextPart_000_0017_01DA4C6E.3B2F1A40"
    note = (f"县政务公开办：\r\n    现将我局{s['year']}年政府信息公开工作年度报告报送你办，请审核后在门户网站发布。\r\n"
            f"    联系人：{s['mailname']}，电话：0851-{s['aid']}\r\n")
    fn = "utf-8''" + "".join(c if c.isascii() and c.isalnum() or c in ".-_" else
                             "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in fname)
    out = (f"Date: {s['maildate']}\r\nFrom: \"{mime_word(s['mailname'], 'gb2312')}\" <{s['mailfrom']}>\r\n"
           f"To: <{s['mailto']}>\r\nSubject: {mime_word('报送' + s['title'], 'gb2312')}\r\n"
           f"Message-ID: <000001da4c6e$3b2f1a40${s['aid']:08x}@{s['mailfrom'].split('@')[1]}>\r\n"
           "MIME-Version: 1.0\r\n"
           f"Content-Type: multipart/mixed;\r\n\tboundary=\"{bnd}\"\r\n"
           "X-Mailer: Microsoft Outlook 16.0\r\nThread-Index: AdpMbjsuYcW0y2JxTmGvE4bAQ1kT3A==\r\n"
           "Content-Language: zh-cn\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n"
           f"--{bnd}\r\nContent-Type: text/plain;\r\n\tcharset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           f"{b64lines(note.encode('gb18030'))}\r\n"
           f"--{bnd}\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r\n"
           f"\tname*={fn}\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\r\n"
           f"\tfilename*={fn}\r\n\r\n{b64lines(doc)}\r\n--{bnd}--\r\n")
    return out.encode("ascii")


# ---------------------------------------------------------------- WARC

def _b32sha1(b: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode()


def _record(kind: str, rid: str, date: str, fields: list[tuple[str, str]], block: bytes, ctype: str) -> bytes:
    head = [("WARC-Type", kind), ("WARC-Record-ID", f"<urn:uuid:{rid}>"), ("WARC-Date", date)] + fields + [
        ("Content-Type", ctype), ("WARC-Block-Digest", _b32sha1(block)), ("Content-Length", str(len(block)))]
    return ("WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head) + "\r\n").encode("utf-8") + block + b"\r\n\r\n"


def w_warc(s):
    """A WARC/1.0 file as wget --warc-file writes it (uncompressed with --no-warc-compression, or Heritrix's .warc.gz:
    each record its own gzip member): warcinfo, the GET request, the HTTP response with the page (GBK if s["gbk"])."""
    page = _inner(s)
    body = gbk(page) if s.get("gbk") else page.encode("utf-8")
    cs = "GBK" if s.get("gbk") else "UTF-8"
    url, date, tool = s["url"], s["crawl"], s["crawler"]
    host = url.split("/")[2]
    n = s["aid"]
    info = (f"software: {tool}\r\nformat: WARC File Format 1.0\r\nconformsTo: "
            "http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\nrobots: off\r\n"
            f"wget-arguments: \"--warc-file=xxgk-{n}\" \"--no-warc-compression\" \"{url}\"\r\n"
            if "Wget" in tool else
            f"software: {tool}\r\nformat: WARC File Format 1.0\r\nisPartOf: xxgk-ndbg-crawl\r\n"
            "http-header-user-agent: Mozilla/5.0 (compatible; heritrix/3.4.0 +http://example.org/crawl)\r\n"
            "robots: obey\r\n").encode("utf-8")
    req = (f"GET /{url.split('/', 3)[3]} HTTP/1.1\r\nUser-Agent: {tool}\r\nAccept: */*\r\n"
           f"Accept-Encoding: identity\r\nHost: {host}\r\nConnection: Keep-Alive\r\n\r\n").encode("ascii")
    resp = (f"HTTP/1.1 200 OK\r\nServer: nginx\r\nDate: {s['httpdate']}\r\n"
            f"Content-Type: text/html; charset={cs}\r\nContent-Length: {len(body)}\r\nConnection: keep-alive\r\n"
            f"Last-Modified: {s['lastmod']}\r\nAccept-Ranges: bytes\r\n\r\n").encode("ascii") + body
    u = f"{n:08x}"
    recs = [
        _record("warcinfo", f"{u}-7c1e-4b2a-9d3f-0a1b2c3d4e01", date,
                [("WARC-Filename", s["warcname"])], info, "application/warc-fields"),
        _record("request", f"{u}-7c1e-4b2a-9d3f-0a1b2c3d4e02", date,
                [("WARC-Target-URI", url), ("WARC-Concurrent-To", f"<urn:uuid:{u}-7c1e-4b2a-9d3f-0a1b2c3d4e03>")],
                req, "application/http;msgtype=request"),
        _record("response", f"{u}-7c1e-4b2a-9d3f-0a1b2c3d4e03", date,
                [("WARC-Target-URI", url), ("WARC-IP-Address", s["ip"]), ("WARC-Payload-Digest", _b32sha1(body))],
                resp, "application/http;msgtype=response"),
    ]
    if s.get("gz"):
        return b"".join(gzip.compress(r, compresslevel=9, mtime=0) for r in recs)
    return b"".join(recs)


# ---------------------------------------------------------------- Safari .webarchive

def s_webarchive(s):
    """Safari's 「存储为：网页归档」: a binary property list — WebMainResource (the page's bytes as served, its URL, MIME
    type and text encoding) and WebSubresources (the site's stylesheet)."""
    page = _inner(s).encode("utf-8")
    css = (b".header{height:90px;background:#1a5aa6}.footer{padding:20px;text-align:center;color:#666}"
           b"table{border-collapse:collapse}td,th{border:1px solid #333;padding:4px}")
    host = s["url"].split("/")[2]
    arch = {"WebMainResource": {"WebResourceData": page, "WebResourceFrameName": "",
                                "WebResourceMIMEType": "text/html", "WebResourceTextEncodingName": "UTF-8",
                                "WebResourceURL": s["url"]},
            "WebSubresources": [{"WebResourceData": css, "WebResourceMIMEType": "text/css",
                                 "WebResourceURL": f"http://{host}/static/css/article.css"}]}
    return plistlib.dumps(arch, fmt=plistlib.FMT_BINARY, sort_keys=True)


# ---------------------------------------------------------------- JSON Lines feed

def j_jsonl(s):
    """A crawler's feed export (.jsonl, one item per line): the item's URL, title, date, source and the article's HTML;
    Scrapy's default export escapes every non-ASCII character (s["ascii"]), a FEED_EXPORT_ENCODING=utf-8 one does
    not."""
    art = article_only(_inner(s))
    item = {"url": s["url"], "site": s["site"], "title": s["title"], "pub_date": s["pub"], "source": s["agency"],
            "channel": "政府信息公开年报", "content_html": art}
    other = {"url": s["url"].rsplit("/", 1)[0] + "/index.html", "site": s["site"], "title": "政府信息公开年报",
             "pub_date": s["pub"], "source": s["site"], "channel": "政府信息公开年报", "content_html": ""}
    lines = [json.dumps(x, ensure_ascii=bool(s.get("ascii"))) for x in ([other, item] if s.get("list") else [item])]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---------------------------------------------------------------- a Word report with tracked revisions

RUN = re.compile(r"<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t>(\d+)</w:t></w:r>", re.S)


def d_tracked(s):
    """The Word report as the office sent it back with 「修订」 on: some figures of tables 三 and 四 corrected — the old
    figure in <w:del>/<w:delText>, the new in <w:ins> — and trackRevisions left on in settings."""
    data = N.d_report17(s)
    zin = zipfile.ZipFile(io.BytesIO(data))
    doc = zin.read("word/document.xml").decode("utf-8")
    ti = [m.start() for m in re.finditer(r"<w:tbl>", doc)]
    start = ti[1] if len(ti) > 1 else 0  # tables 三 and 四
    every, step = s["tracked"]
    out, pos, k, rid = [], 0, 0, 100
    for m in RUN.finditer(doc, start):
        k += 1
        if k % every:
            continue
        v = int(m.group(2))
        old = v + step if (k // every) % 2 or v < step else v - step  # the figure typed before the correction
        rpr = m.group(1) or ""
        who = f'w:author="{s["reviser"]}" w:date="{s["revdate"]}"'
        new = (f'<w:del w:id="{rid}" {who}><w:r>{rpr}<w:delText>{old}</w:delText></w:r></w:del>'
               f'<w:ins w:id="{rid + 1}" {who}><w:r>{rpr}<w:t>{m.group(2)}</w:t></w:r></w:ins>')
        rid += 2
        out.append(doc[pos:m.start()] + new)
        pos = m.end()
    assert rid > 100, "no figure revised"
    doc = "".join(out) + doc[pos:]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "word/document.xml":
                b = doc.encode("utf-8")
            elif info.filename == "word/settings.xml":
                b = re.sub(rb"(<w:settings[^>]*>)", rb"\1<w:trackRevisions/>", b, count=1)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 9, 12, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return buf.getvalue()


# ---------------------------------------------------------------- the article twice: a hidden WAP copy and the desktop

def h_pc_wap(s):
    """A CMS template that writes the article twice: the WAP copy (for phones) first, hidden with an inline
    display:none until the page's script shows it, then the desktop copy."""
    page = _inner(s)
    i = page.index("<body>\n") + len("<body>\n")
    j = page.rindex("\n</body>")
    body = page[i:j]
    art = article_only(page)
    wap = (f'<div class="wap-article" id="wapCon" style="display:none">\n<div class="wap-title">{html.escape(s["title"])}'
           f'</div>\n{art}\n</div>\n')
    script = ('<script>if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)){document.getElementById("wapCon")'
              '.style.display="block";document.getElementById("pcCon").style.display="none";}</script>\n')
    return (page[:i] + wap + f'<div class="pc-article" id="pcCon">\n{body}\n</div>\n' + script + page[j:]).encode("utf-8")


# ---------------------------------------------------------------- Chrome's .mhtml

def m_chrome(s):
    """Chrome's 「网页，单个文件」 (.mhtml): `From: <Saved by Blink>`, the snapshot's URL, the serialised DOM as
    quoted-printable text/html (=3D for 「=」, UTF-8 bytes as =XX), the stylesheet as another part."""
    page = _inner(s)
    page = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                        '<link rel="stylesheet" type="text/css" href="cid:css-7f2a3e1b@mhtml.blink" />', 1)
    bnd = f"----MultipartBoundary--{s['aid']:x}Qz8PpWc5uLh0JbVfM3yTgR7nXoEd----"
    css = "@charset \"utf-8\";\r\n\r\n.header { height: 90px; }\r\n\r\n.footer { text-align: center; }\r\n"
    out = ("From: <Saved by Blink>\r\n"
           f"Snapshot-Content-Location: {s['url']}\r\n"
           f"Subject: =?utf-8?Q?{''.join(f'={b:02X}' for b in s['title'].encode('utf-8'))}?=\r\n"
           f"Date: {s['maildate']}\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{bnd}\"\r\n\r\n\r\n"
           f"--{bnd}\r\nContent-Type: text/html\r\nContent-ID: <frame-{s['aid']:X}A1B2C3D4E5F6@mhtml.blink>\r\n"
           f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {s['url']}\r\n\r\n"
           f"{qp(page.encode('utf-8'))}\r\n"
           f"--{bnd}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           f"Content-Location: cid:css-7f2a3e1b@mhtml.blink\r\n\r\n{qp(css.encode('utf-8'))}\r\n"
           f"--{bnd}--\r\n")
    return out.encode("ascii")
