"""wild23's printers: the hunt half — carriers and office variants no set had: a Word template (.dotx), a .docm
inside a .zip, an .odt written by WPS, a PDF with a CMS's HTML footer appended after %%EOF, a PDF served with a UTF-8
BOM before %PDF, a PDF with the report's data XML attached (PDF/A-3 style /AF, an incremental update), an .eml whose
single body is base64 GB18030 HTML, a double-gzipped .html.gz.gz, a browser's 「网页，全部」 save zipped as one
folder (.html + _files/), a WeChat article opened in a browser with its content in a JSON-in-script payload."""
from __future__ import annotations

import base64
import gzip
import io
import json
import re
import zipfile

import fam13 as T
import fam17 as N
import fam12 as A
from fam22 import _objects, _rezip

ZDT = (2025, 3, 4, 16, 12, 40)


# ================================================================ office variants

def _ct(new: str):
    def ct(t):
        out = t.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", new)
        assert out != t
        return out
    return ct


def d_dotx(s):
    """The Word report saved as a template 「Word 模板」(.dotx): the main part's content type
    wordprocessingml.template.main+xml — the office kept its yearly report as the next year's template and the
    portal published that file."""
    return _rezip(N.d_report17(s),
                  {"[Content_Types].xml": _ct("application/vnd.openxmlformats-officedocument.wordprocessingml."
                                              "template.main+xml")}, dt=ZDT)


def z_docm(s):
    """A .zip attachment (Bandizip, UTF-8 names) holding the report saved as 「启用宏的 Word 文档」(.docm) and a
    scanned cover letter's name list (a small .txt)."""
    docm = _rezip(N.d_report17(s),
                  {"[Content_Types].xml": _ct("application/vnd.ms-word.document.macroEnabled.main+xml")}, dt=ZDT)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in ((f"{s['agency']}{s['year']}年政府信息公开工作年度报告.docm", docm),
                           ("说明.txt", "本压缩包内为年度报告正文（Word 格式），请使用 Office 2010 及以上版本打开。\r\n"
                                       .encode("utf-8"))):
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def o_odt_wps(s):
    """An .odt written by WPS 文字 (「另存为 ODF 文本文件」): the package (mimetype stored first, content.xml,
    styles.xml, meta.xml with WPS's generator, META-INF/manifest.xml), the tables with covered cells."""
    flat = T.o_fodt(s).decode("utf-8")
    body = re.search(r"<office:body>.*</office:body>", flat, re.S).group(0)
    auto = re.search(r"<office:automatic-styles>.*?</office:automatic-styles>", flat, re.S).group(0)
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS} office:version="1.2">'
               f"\n{auto}\n{body}\n</office:document-content>\n")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS} office:version="1.2">'
              '<office:styles><style:default-style style:family="paragraph"><style:text-properties '
              'style:font-name-asian="宋体" fo:font-size="10.5pt"/></style:default-style></office:styles>'
              "</office:document-styles>\n")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS} office:version="1.2">'
            f"<office:meta><meta:generator>WPS Office/11.1.0.11664_F1</meta:generator><dc:title>{s['title']}"
            f"</dc:title><meta:creation-date>{s['year'] + 1}-01-16T10:02:11</meta:creation-date></office:meta>"
            "</office:document-meta>\n")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n <manifest:file-entry '
                'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                "</manifest:manifest>\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in (("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                 ("content.xml", content, zipfile.ZIP_DEFLATED),
                                 ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                                 ("meta.xml", meta, zipfile.ZIP_DEFLATED),
                                 ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = comp
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ================================================================ PDF carriers

def p_eof_footer(s):
    """A PDF as a CMS's download handler serves it: the site's HTML footer template appended after %%EOF (the
    handler echoes the page footer after streaming the file)."""
    foot = (f'\r\n<div class="footer">\r\n  <p>主办单位：{s["agency"]}　　地址：{s["addr"]}</p>\r\n'
            f'  <p>网站标识码：{s["wzbs"]}　　<a href="https://beian.miit.gov.cn/">{s["icp"]}</a></p>\r\n'
            '  <script type="text/javascript" src="/js/count.js"></script>\r\n</div>\r\n</body>\r\n</html>\r\n')
    return N.p_report17(s) + foot.encode("utf-8")


def p_bom(s):
    """A PDF as a download script saved in UTF-8 with a BOM serves it: EF BB BF before 「%PDF-」, every xref offset
    three bytes short; readers repair it."""
    return b"\xef\xbb\xbf" + N.p_report17(s)


def data_xml(s) -> str:
    """The report's statistics as the 年报 reporting system's XML (the same figures as the tables)."""
    rows = [f'<?xml version="1.0" encoding="UTF-8"?>\n<ndbg xmlns="urn:xxgk:ndbg:2021" nd="{s["year"]}">',
            f"  <jg>{s['agency']}</jg>"]
    for t in ("t2", "t3", "t4"):
        rows.append(f'  <table id="{t}">')
        for k, v in s[t].items():
            rows.append(f'    <v k="{k}">{"" if f"{t}.{k}" in s["placeholders"] else v}</v>')
        rows.append("  </table>")
    rows.append("</ndbg>\n")
    return "\n".join(rows)


XMP = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
       '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
       '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
       '<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n'
       '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
       '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>\n</rdf:Description>\n'
       '</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>')


def p_attached_xml(s):
    """A PDF/A-3 style archive copy: the report PDF with its data XML attached (an EmbeddedFile with
    /AFRelationship /Data, the catalog's /AF and /Names /EmbeddedFiles, XMP pdfaid part 3), written as an
    incremental update by the archiving step."""
    pdf = N.p_report17(s)
    objs = _objects(pdf)
    start = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    size = int(re.search(rb"/Size (\d+)", pdf).group(1))
    trailer = re.findall(rb"trailer\s*<<(.*?)>>\s*startxref", pdf, flags=re.S)[-1]
    rootn = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
    info = re.search(rb"/Info \d+ 0 R", trailer).group(0)
    ids = re.search(rb"/ID\s*\[.*?\]", trailer, flags=re.S)
    cat = objs[rootn]
    assert b"/Names" not in cat and b"/Metadata" not in cat
    xml = data_xml(s).encode("utf-8")
    xmp = XMP.replace("{title}", s["title"]).encode("utf-8")
    ef, fs, md = size, size + 1, size + 2
    new = {
        ef: (f"{ef} 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fxml /Length {len(xml)} /Params << /Size "
             f"{len(xml)} /ModDate (D:{s['year'] + 1}0120093000+08'00') >> >>\nstream\n").encode() + xml
        + b"\nendstream\nendobj\n",
        fs: (f"{fs} 0 obj\n<< /Type /Filespec /F (ndbg-data.xml) /UF (ndbg-data.xml) /AFRelationship /Data "
             f"/Desc (report data) /EF << /F {ef} 0 R /UF {ef} 0 R >> >>\nendobj\n").encode(),
        md: (f"{md} 0 obj\n<< /Type /Metadata /Subtype /XML /Length {len(xmp)} >>\nstream\n").encode() + xmp
        + b"\nendstream\nendobj\n",
    }
    i = cat.rindex(b">>")
    new[rootn] = (cat[:i] + f"/AF [{fs} 0 R] /Metadata {md} 0 R /Names << /EmbeddedFiles << /Names "
                  f"[(ndbg-data.xml) {fs} 0 R] >> >> ".encode() + cat[i:])
    out = bytearray(pdf)
    if not out.endswith(b"\n"):
        out += b"\n"
    offs = {}
    for n in sorted(new):
        offs[n] = len(out)
        out += new[n]
    xref = len(out)
    out += b"xref\n" + f"{rootn} 1\n{offs[rootn]:010d} 00000 n \n".encode()
    out += f"{ef} 3\n".encode() + b"".join(f"{offs[n]:010d} 00000 n \n".encode() for n in (ef, fs, md))
    out += (f"trailer\n<< /Size {size + 3} /Root {rootn} 0 R ".encode() + info + f" /Prev {start}".encode()
            + (b" " + ids.group(0) if ids else b"") + b" >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return bytes(out)


# ================================================================ web carriers

def _page(s) -> str:
    return N.h_cms17(s).decode("utf-8")


def e_b64_gb18030(s):
    """A 163 邮箱 forward of the page: one text/html body, charset GB18030, Content-Transfer-Encoding base64 (no
    multipart)."""
    html = _page(s).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; '
                            'charset=GB18030">', 1)
    b64 = base64.b64encode(html.encode("gb18030")).decode("ascii")
    lines = "\r\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
    subj = base64.b64encode(("转发：" + s["title"]).encode("gb18030")).decode("ascii")
    msg = (f"Received: from {s['mail_from'].split('@')[1]} (unknown [10.12.4.21])\r\n"
           f"Date: {s['mail_date']}\r\nFrom: {s['mail_from']}\r\nTo: {s['mail_to']}\r\n"
           f"Subject: =?GB18030?B?{subj}?=\r\nX-Priority: 3\r\nX-Mailer: Coremail Webmail Server Version 2023.2-cmXT\r\n"
           "MIME-Version: 1.0\r\nContent-Type: text/html; charset=GB18030\r\nContent-Transfer-Encoding: base64\r\n"
           f"Message-ID: <{s['msgid']}>\r\n\r\n{lines}\r\n")
    return msg.encode("ascii")


def g_gz_gz(s):
    """A crawler store's page gzip-compressed twice (the server sent Content-Encoding: gzip, the store gzipped the
    body again): .html.gz.gz."""
    inner = gzip.compress(_page(s).encode("utf-8"), mtime=0)
    return gzip.compress(inner, mtime=0)


def z_saved_folder(s):
    """A browser's 「网页，全部」 save zipped as one folder: the .html (with Chrome's 「saved from url」 mark and its
    links rewritten to ./<name>_files/) and the _files/ folder with the stylesheet, a script and the logo."""
    name = f"{s['agency']}{s['year']}年政府信息公开工作年度报告"
    html = A.h_legacy_pairs(s).decode("utf-8") if s["template"] == "LEGACY" else _page(s)
    url = s["url"]
    html = f"<!-- saved from url=({len(url):04d}){url} -->\n" + html
    html = html.replace("</head>", f'<link rel="stylesheet" href="./{name}_files/style.css">\n'
                        f'<script src="./{name}_files/jquery.min.js"></script>\n</head>', 1)
    gif = base64.b64decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")
    files = [(f"{name}/", b""), (f"{name}/{name}.html", html.encode("utf-8")), (f"{name}/{name}_files/", b""),
             (f"{name}/{name}_files/style.css", b"body{font-family:\"SimSun\";font-size:14px}\n.footer{color:#666}\n"),
             (f"{name}/{name}_files/jquery.min.js", b"/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n"),
             (f"{name}/{name}_files/logo.gif", gif)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in files:
            zi = zipfile.ZipInfo(fn, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_STORED if fn.endswith("/") else zipfile.ZIP_DEFLATED
            if fn.endswith("/"):
                zi.external_attr = 0o40775 << 16 | 0x10
            z.writestr(zi, data)
    return buf.getvalue()


def w_wechat_json(s):
    """A WeChat article (mp.weixin.qq.com) opened via 「复制链接在浏览器打开」 and saved: the #js_content div
    empty and hidden, the article's HTML in the page's JSON-in-script payload (window.cgiDataNew …
    "content_noencode"), '<' and '>' escaped as \\u003c / \\u003e as the server writes them."""
    page_ = _page(s)
    body = re.search(r"<body>\n(.*)</body>", page_, re.S).group(1)
    body = re.sub(r'<div class="(?:header|footer)">.*?</div>\n', "", body)
    data = {"title": s["title"], "nick_name": s["mp_name"], "user_name": s["mp_id"], "create_time": s["mp_time"],
            "round_head_img": "http://mmbiz.qpic.cn/mmbiz_png/Q3auHgzwzM6x/0?wx_fmt=png", "copyright_stat": 0,
            "content_noencode": '<section style="font-size:15px;line-height:1.75">' + body + "</section>"}
    js = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    out = ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
           '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">\n'
           f'<meta property="og:title" content="{s["mp_title"]}">\n'
           f"<title>{s['mp_title']}</title>\n</head>\n<body id=\"activity-detail\" class=\"zh_CN wx_wap_page\">\n"
           '<div class="rich_media_area_primary">\n<h1 class="rich_media_title" id="activity-name"></h1>\n'
           f'<div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt">'
           f'<a href="javascript:void(0);" id="js_name">{s["mp_name"]}</a></span></div>\n'
           '<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">'
           "</div>\n</div>\n"
           f'<script type="text/javascript" nonce="2093741856">\nwindow.cgiDataNew = {js};\n</script>\n'
           '<script type="text/javascript" nonce="2093741856" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/'
           'js/appmsg/index.js"></script>\n</body>\n</html>\n')
    return out.encode("utf-8")


HJ = {"总计": "合  计", "（七）总计": "（七）合  计"}
BLANK_NOTE = ["注：表中空白处表示该项无数据。"]
SLASH_NOTE = ["注：“/”表示本年度无此项情况。"]
DASH_NOTE = ["说明：“—”表示无此项情况。"]

HUNT = [
    # ------------------------------------------------------------------ office variants (3)
    dict(id="d24-hunchun-gov-dotx-2024", fmt="docx", ext="dotx", template="GF2021", year=2024,
         source="ankang-2022", agency="珲春市人民政府", region="吉林省延边朝鲜族自治州珲春市", level="县级政府",
         unit_line=["t3", "t4"],
         printer=d_dotx, family="dotx-word-template-county-gov-unit-lines",
         special="The Word report saved as a Word template (.dotx): the main part's content type "
                 "wordprocessingml.template.main+xml; 「单位：件」 over tables 三 and 四."),
    dict(id="z23-tonghuaxian-rsj-zip-docm-2023", fmt="zip", template="GF2021", year=2023, source="hebei-edu-2021",
         agency="通化县人力资源和社会保障局", region="吉林省通化市通化县", level="县级部门",
         mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         printer=z_docm, family="zip-utf8-names-docm-macro-enabled-bureau-t4-slash",
         special="A .zip (UTF-8 names) holding the report as a macro-enabled Word document (.docm, no macros) and a "
                 "short 说明.txt; table 四's zero cells 「/」 (gold: null)."),
    dict(id="o20-qianguo-wjj-odt-wps-gf2019-2020", fmt="odt", template="GF2019", year=2020, source="pingtan-2020",
         agency="前郭尔罗斯蒙古族自治县卫生健康局", region="吉林省松原市前郭尔罗斯蒙古族自治县", level="县级部门",
         printer=o_odt_wps, family="odt-wps-writer-package-covered-cells-gf2019-autonomous-county-bureau",
         special="A GF2019 .odt written by WPS 文字 (mimetype stored first, content.xml / styles.xml / meta.xml with WPS's "
                 "generator, manifest); the tables with covered cells in the merged slots."),
    # ------------------------------------------------------------------ PDF carriers (3)
    dict(id="p22-fusong-gov-eof-html-footer-2022", fmt="pdf", template="GF2021", year=2022, source="pingtan-2022",
         agency="抚松县人民政府", region="吉林省白山市抚松县", level="县级政府", hdr2=True,
         addr="抚松县抚松镇新城区人民大街", wzbs="2206210001", icp="吉ICP备05002179号",
         creator="WPS 文字", producer="WPS 文字",
         printer=p_eof_footer, family="pdf-cms-html-footer-after-eof-wps-county-gov-hdr2",
         special="A PDF served by a CMS download handler that appends the site's HTML footer after %%EOF."),
    dict(id="p21-antu-wjj-utf8-bom-2021", fmt="pdf", template="GF2021", year=2021, source="pingtan-2021",
         agency="安图县卫生健康局", region="吉林省延边朝鲜族自治州安图县", level="县级部门", relabel=HJ,
         creator="Microsoft® Word 2016", producer="Microsoft® Word 2016",
         printer=p_bom, family="pdf-utf8-bom-before-header-xref-shifted-word-bureau-heji",
         special="A PDF served with a UTF-8 BOM (EF BB BF) before 「%PDF-」: every xref offset three bytes short; "
                 "「合  计」 for 总计."),
    dict(id="p23-songyuan-tjj-pdfa3-xml-2023", fmt="pdf", template="GF2021", year=2023, source="hongze-2023",
         agency="松原市统计局", region="吉林省松原市", level="市级部门",
         creator="Acrobat PDFMaker 23 for Word", producer="Adobe PDF Library 23.1.175",
         printer=p_attached_xml, family="pdf-a3-attached-data-xml-af-incremental-city-bureau",
         special="A PDF/A-3 style archive copy: the report PDF with its data XML attached (EmbeddedFile, "
                 "/AFRelationship /Data, catalog /AF and /Names, XMP pdfaid 3) by an incremental update. Gold: the "
                 "PDF's pages (the XML holds the same figures)."),
    # ------------------------------------------------------------------ web carriers (4)
    dict(id="e23-changling-sjj-eml-b64-gb18030-new-defect-2023", fmt="eml", template="GF2021", year=2023,
         source="pingtan-2021", agency="长岭县审计局", region="吉林省松原市长岭县", level="县级部门",
         pub="2024-01-23", cms="bosi", defect={"new.tot": 1},
         mail_from="cl_sjj_bgs@163.com", mail_to="xxgk_cl@163.com", mail_date="Thu, 25 Jan 2024 09:14:52 +0800",
         msgid="3a1f9c2e.5b04.18d3f7c21a6.Coremail.cl_sjj_bgs@163.com",
         printer=e_b64_gb18030, family="eml-163-single-part-html-base64-gb18030-bosi-bureau-new-total-defect",
         special="A 163 mail forward of the 博思 page: one text/html body, charset GB18030, base64. A real defect: "
                 "一、本年新收 总计 one too many. **Findings:** H1 column tot, H2 t3.new."),
    dict(id="g19-dunhua-scjgj-html-gz-gz-gf2019-2019", fmt="gzip2", template="GF2019", year=2019,
         source="pingtan-2019", agency="敦化市市场监督管理局", region="吉林省延边朝鲜族自治州敦化市",
         level="县级部门", pub="2020-01-20", cms="trs", index="222403-scjgj/2020-00002",
         mark_zero=[(r"t4\..*", "—")], notes={"t4": DASH_NOTE},
         printer=g_gz_gz, family="html-gz-gz-double-gzip-trs-gf2019-bureau-t4-dash",
         special="A crawler store's page gzipped twice (.html.gz.gz); GF2019, table 四's zero cells 「—」."),
    dict(id="z16-gongzhuling-gov-saved-folder-legacy-2016", fmt="zip", template="LEGACY", year=2016,
         agency="公主岭市人民政府", region="吉林省四平市公主岭市", level="县级政府",
         stats=dict(active=1466, web=1203, other=263, norm=17, apps=21, face=8, net=11, letter=2, rv=1, lit=1),
         url="http://www.gongzhuling.gov.cn/zwgk/xxgkndbg/201703/t20170324_208815.html",
         printer=z_saved_folder, family="legacy-zip-browser-saved-page-complete-folder-files-2016",
         special="A browser's 「网页，全部」 save zipped as one folder: the .html (saved-from mark, links to "
                 "_files/) and its _files/ folder; a LEGACY 2016 county-level city report, the 统计表 in column "
                 "pairs."),
    dict(id="w24-jiangong-jd-wechat-json-2024", fmt="html", template="GF2021", year=2024, source="pingtan-2022",
         small=True, t4cases={}, agency="延吉市建工街道办事处", region="吉林省延边朝鲜族自治州延吉市",
         level="乡镇", cms="plain", mark_zero=[(r"t4\..*", "/")], notes={"t4": SLASH_NOTE},
         mp_name="延吉建工街道", mp_id="gh_5c2d81a7e430", mp_time="2025-01-22 17:36",
         mp_title="延吉市建工街道办事处2024年政府信息公开工作年度报告",
         printer=w_wechat_json, family="html-wechat-browser-open-json-in-script-content-noencode-jiedao",
         special="A WeChat article opened in a browser and saved: #js_content empty and hidden, the article HTML in "
                 "window.cgiDataNew's content_noencode ('<' as \\u003c); table 四 all 「/」 (no case)."),
]
