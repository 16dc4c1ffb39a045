"""Printers of eval/wild16: a hunt where real publishers still differ — ordinary reports with a variation no earlier set
used (an empty spacer column in table 三, the 法人 block reordered in a Word table, a 2025 extra sub-row 「其中：通过
在线平台申请」 or a note row with figures inside table 三, table 四 printed as a column with vertical group labels,
figures with a space/no-break-space thousands separator, group labels one character per line) and new producers or
carriers (Word 2019 borders drawn as filled rectangles with Latin digits in Times, a portal's download stamp tiled
over every page, Word's 「所有标记」 inline revisions printed, an invisible duplicate text layer, an OFD reader's print
glyph by glyph, a 「内部资料」 watermark across the tables; table rows as <dl>, the article in a JS unescape() string,
Apache Tika's XHTML of the PDF, an API answer whose data is a JSON string, Word's flat-OPC .xml).

fam15's printers are reused; the new options work through hooks on B.gridsx (HTML/DOCX grids), pdfbase.Flow.table
(PDF tables) and pdfbase.draw_ops (how the PDF producer draws text and rules), all reading the report being printed
(fam14.CUR)."""
from __future__ import annotations

import io
import json
import re
import zipfile

import base
import fam12 as B
import fam14 as F
import fam15 as G
import pdfbase
from grids import C, full
from model import RESULT_HEAD
from render import esc, page

GRIDSX = B.gridsx
TABLE15 = pdfbase.Flow.table
DRAW15 = pdfbase.draw_ops
EXTRA_LABEL = "其中：通过在线平台申请"
# Word's 「所有标记」: a revised cell prints the deleted figure struck through, then the inserted one ("old|new")
REV = "|"


def extra_row_vals(s) -> list[int]:
    """The 2025 sub-row under 一、本年新收: part of each column's new applications (not in gold)."""
    t3 = s["t3"]
    vals = [t3[f"new.{c}"] * 2 // 3 for c in ("np", "biz", "sci", "npo", "law", "oth")]
    return vals + [sum(vals)]


def note_row(s) -> str:
    n = s["t3"]["new.tot"]
    return f"注：本年新收申请中，通过政务服务网提交{n * 3 // 4}件，当面提交{n - n * 3 // 4}件；平均答复用时{s.get('avg', 9)}个工作日。"


# ---------------------------------------------------------------- grids (HTML, DOCX)

def gridsx16(s, cell) -> dict:
    """fam14's grids with s["spacer"] (an empty column after 自然人 in table 三), s["trail"] (an empty last column
    in table 三), s["reorder"] (the 法人 block in another order), s["extra_row"], s["note_row"]."""
    g = GRIDSX(s, cell)
    t3 = [list(r) for r in g["t3"]]
    nh = 2 if s.get("hdr2") else 3
    if s.get("reorder"):
        perm = s["reorder"]  # indexes into the 5 legal columns
        names = t3[nh - 1]
        t3[nh - 1] = [names[i] for i in perm]
        for r in t3[nh:]:
            leg = r[-6:-1]
            r[-6:-1] = [leg[i] for i in perm]
    if s.get("spacer"):
        r1 = t3[0] if s.get("hdr2") else t3[1]
        i = next(j for j, c in enumerate(r1) if c.text == "自然人")
        r1.insert(i + 1, C("", 2, 1))
        if not s.get("hdr2"):
            t3[0][-1] = C(t3[0][-1].text, 1, t3[0][-1].cs + 1)
        for r in t3[nh:]:
            r.insert(len(r) - 6, C(""))
    if s.get("extra_row"):
        vals = extra_row_vals(s)
        t3.insert(nh + 1, [C(EXTRA_LABEL, 1, 3)] + [C(str(v)) for v in vals]
                  + ([C("")] if s.get("trail") else []))
        if s.get("spacer"):
            t3[nh + 1].insert(2, C(""))
    if s.get("trail"):
        t3[0].append(C("", nh, 1))
        for r in t3[nh:]:
            if r[-1].key or r[-1].text:
                r.append(C(""))
    ncols = sum(c.cs for c in t3[0])
    if s.get("note_row"):
        t3.append([C(note_row(s), 1, ncols)])
    g["t3"] = t3
    for k, v in g.items():
        B.NCOLS[k] = sum(c.cs for c in v[0])
    return g


B.gridsx = gridsx16


# ---------------------------------------------------------------- PDF tables

def t4_column_rows(rows_):
    """Table 四 as a column: 行政复议 | 行政诉讼 / 未经复议直接起诉 | 复议后起诉 in merged first columns, the group labels one
    character per row in the middle of their block (vertical text), the five results as rows (style "cells": a
    merged cell's lower rows have no top rule)."""
    vals = [c[0] for c in rows_[3]]
    names = [c[0] for c in rows_[2][5:10]]
    out = [[("类别", 2), ("办理结果", 1), ("件数", 1)]]
    groups = [("行政复议", 0, 5), ("行政诉讼", 5, 10)]
    subs = ["", "未经复议直接起诉", "复议后起诉"]
    for i in range(15):
        lab, start, n = groups[0] if i < 5 else groups[1]
        k = i - start - (n - 4) // 2  # the label's characters centred in its block
        c0 = ((lab[k] if 0 <= k < 4 else ""), 1) + (() if i == start else ("notop",))
        j = i % 5
        c1 = ((subs[i // 5] if j == 2 else ""), 1) + (() if j == 0 else ("notop",))
        out.append([c0, c1, (names[j], 1), (vals[i], 1)])
    return out


def table16(self, rows_, widths, **kw):
    """Flow.table with fam16's options for table 三 (s["spacer"], s["extra_row"], s["note_row"]) and table 四
    (s["t4col"])."""
    s = F.CUR
    flat = "".join(c[0] for r in rows_ for c in r)
    if "自然人" in flat:
        rows_ = [list(r) for r in rows_]
        widths = list(widths)
        if s.get("extra_row"):
            i = next(j for j, r in enumerate(rows_) if r[0][0].startswith("一、本年新收"))
            rows_.insert(i + 1, [(EXTRA_LABEL, 1)] + [(str(v), 1) for v in extra_row_vals(s)])
        if s.get("spacer"):
            for r in rows_:
                # the first header row spans 自然人…总计 in one cell: widen it instead
                if len(r) == 2 and r[1][1] == 7:
                    r[1] = (r[1][0], 8)
                else:
                    r.insert(2, ("", 1))
            widths = widths[:2] + [14] + widths[2:]
            widths[0] -= 14
        if s.get("note_row"):
            rows_.append([(note_row(s), len(widths))])
        return TABLE15(self, rows_, widths, **kw)
    if s.get("t4col") and "结果维持" in flat and len(rows_) == 4:
        kw = dict(kw, style="cells", size=8, label_cols=3)
        col, widths = t4_column_rows(rows_), [18, 80, 90, 60]
        if self.y - self.m < F.rows_height([[(c[0], c[1]) for c in r] for r in col], widths, 8) + 8:
            self.new_page()  # the column is kept on one page (Word: 「段中不分页」 on its rows)
        return TABLE15(self, col, widths, **kw)
    return TABLE15(self, rows_, widths, **kw)


pdfbase.Flow.table = table16


# ---------------------------------------------------------------- PDF producers

DIGITS = re.compile(r"^[0-9][0-9,. ]*$")


def draw_ops16(c, ops, mode=0):
    """How the producer draws: s["rect_rules"] rules as thin filled rectangles (Word 2019); s["latin"] figures in a
    Latin font; s["per_glyph"] every glyph placed on its own (an OFD reader's print); s["revised"] cells "old|new"
    as Word's inline revisions (red, the old figure struck through, the new one underlined); s["stamp"] a portal's
    download stamp tiled over the page (light grey, under the text); s["neibu"] a large 「内部资料」 watermark across
    the middle of the page; s["duplayer"] the page's text drawn again, invisible, at the same places; s["hscale"] the
    table text (8 pt and smaller) condensed to that horizontal scale (Word's 字符缩放), figures kept centred."""
    s = F.CUR
    if mode != 0 or not any(s.get(k) for k in ("rect_rules", "latin", "per_glyph", "revised", "stamp", "neibu",
                                                "duplayer", "hscale")):
        return DRAW15(c, ops, mode)
    W, H = c._pagesize
    if s.get("stamp"):
        c.setFillGray(0.84)
        c.setFont(pdfbase.FONT, 9)
        for row in range(7):
            for col in range(2):
                c.drawString(30 + col * 280 + (row % 2) * 40, 110 + row * 105, s["stamp"])
        c.setFillGray(0)
    if s.get("neibu"):
        c.setFillGray(0.78)
        c.setFont(pdfbase.FONT, 72)
        t = s["neibu"]
        c.drawString(W / 2 - pdfbase.sw(t, 72) / 2, H / 2 - 20, t)
        c.setFillGray(0)
    for op in ops:
        if op[0] == "line" and s.get("rect_rules"):
            _, x1, y1, x2, y2, w = op
            c.rect(min(x1, x2) - w / 2, min(y1, y2) - w / 2, abs(x2 - x1) + w, abs(y2 - y1) + w, stroke=0, fill=1)
        elif op[0] == "text" and REV in op[3] and s.get("revised"):
            _, x, y, t, size = op
            old, new = t.split(REV)
            c.setFillColorRGB(0.8, 0, 0)
            c.setStrokeColorRGB(0.8, 0, 0)
            c.setFont(pdfbase.FONT, size)
            c.drawString(x, y, old)
            wo = pdfbase.sw(old, size)
            c.setLineWidth(0.5)
            c.line(x, y + size * 0.33, x + wo, y + size * 0.33)
            x2 = x + wo + pdfbase.sw(REV, size)
            c.drawString(x2, y, new)
            c.line(x2, y - 1.2, x2 + pdfbase.sw(new, size), y - 1.2)
            c.setFillColorRGB(0, 0, 0)
            c.setStrokeColorRGB(0, 0, 0)
        elif op[0] == "text" and s.get("latin") and DIGITS.match(op[3]):
            _, x, y, t, size = op
            c.setFont("Times-Roman", size)
            c.drawString(x, y, t)
        elif op[0] == "text" and s.get("hscale") and op[4] <= 8:
            _, x, y, t, size = op
            to = c.beginText()
            to.setFont(pdfbase.FONT, size)
            to.setHorizScale(s["hscale"])
            shift = pdfbase.sw(t, size) * (100 - s["hscale"]) / 200 if DIGITS.match(t) else 0  # figures stay centred
            to.setTextOrigin(x + shift, y)
            to.textOut(t)
            c.drawText(to)
        elif op[0] == "text" and s.get("per_glyph"):
            _, x, y, t, size = op
            c.setFont(pdfbase.FONT, size)
            for ch in t:
                c.drawString(x, y, ch)
                x += pdfbase.sw(ch, size)
        else:
            DRAW15(c, [op], 0)
    if s.get("duplayer"):
        DRAW15(c, [op for op in ops if op[0] == "text"], 3)


pdfbase.draw_ops = draw_ops16


def revised_xform(s):
    """s["revised"]: {cell key: how much the draft's figure differed}: the cell prints "old|new" (see draw_ops16)."""
    rev = s["revised"]
    prev = s.get("xform")

    def xf(key, v, t):
        t = prev(key, v, t) if prev else t
        return f"{v + rev[key]}{REV}{t}" if key in rev else t
    return xf


def p_report16(s):
    F.prepare14(s)
    if s.get("revised"):
        B.marks(s)
        s["xform"] = revised_xform(s)
        s.pop("sep", None)
        s.pop("mark_zero", None)
    return G.p_report15(s)


def d_report16(s):
    return G.d_report15(s)


# ---------------------------------------------------------------- HTML carriers

def vertical(text: str) -> str:
    return "<br>".join(esc(ch) for ch in text)


def h_cms16(s):
    """fam15's CMS page; s["vlabels"]: the merged group cells (三、本年度办理结果, 行政复议, 行政诉讼) typed one character
    per line (<br> after each)."""
    out = G.h_cms15(s).decode("utf-8")
    if s.get("sep") == "\u00a0":  # the editor writes the no-break space as an entity
        out = out.replace("\u00a0", "&nbsp;")
    if s.get("vlabels"):
        for lab in (RESULT_HEAD, "行政复议", "行政诉讼", "申请人情况"):
            out = out.replace(f">{esc(lab)}<", f">{vertical(lab)}<")
    return out.encode("utf-8")


def h_dl_rows(s):
    """A CMS whose article template turns tables into lists: each table a <div class="xxgk-tb">, each row a <dl>,
    the first cell <dt> and the others <dd> (merges dropped: a merged cell once)."""
    out = G.h_cms15(s).decode("utf-8")

    def conv(m):
        t = m.group(0)
        t = re.sub(r"<table\b[^>]*>", '<div class="xxgk-tb">', t).replace("</table>", "</div>")
        t = t.replace("<tbody>", "").replace("</tbody>", "")
        rows_ = []
        for tr in re.findall(r"<tr>(.*?)</tr>", t, re.S):
            cells = re.findall(r"<td\b[^>]*>(.*?)</td>", tr, re.S)
            inner = "".join((f"<dt>{x}</dt>" if i == 0 else f"<dd>{x}</dd>") for i, x in enumerate(cells))
            rows_.append(f'<dl class="tb-row">{inner}</dl>')
        return '<div class="xxgk-tb">\n' + "\n".join(rows_) + "\n</div>"
    out = re.sub(r"<table\b(?![^>]*xxgk_table).*?</table>", conv, out, flags=re.S)
    css = ("<style>.xxgk-tb dl{display:flex;margin:0;border-bottom:1px solid #ccc}.xxgk-tb dt{flex:3}"
           ".xxgk-tb dd{flex:1;margin:0;text-align:center}</style>\n")
    return out.replace("</head>", css + "</head>", 1).encode("utf-8")


def js_escape(t: str) -> str:
    """JavaScript's escape(): ASCII letters, digits and @*_+-./ kept, other bytes %XX, other characters %uXXXX."""
    keep = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")
    out = []
    for ch in t:
        o = ord(ch)
        out.append(ch if ch in keep else (f"%{o:02X}" if o < 256 else f"%u{o:04X}"))
    return "".join(out)


def h_js_unescape(s, inner=None):
    """An old site whose article body is written by script: document.write(unescape("%u4E8C…")) inside the content
    div; the page's own text is only the site's frame and the title."""
    raw = (inner or G.h_cms15)(s).decode("utf-8")
    body = raw.split("<body>\n", 1)[1].rsplit("</body>", 1)[0]
    body = body.split("\n", 1)[1].rsplit('<div class="footer">', 1)[0]  # the site's header and footer stay page text
    enc = js_escape(body)
    lines = [enc[i:i + 120] for i in range(0, len(enc), 120)]
    js = "var c = \"\";\n" + "".join(f'c += "{x}";\n' for x in lines) + "document.write(unescape(c));\n"
    art = (f'<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n<div class="art-title">'
           f'{esc(s["title"])}</div>\n<div id="zoom">\n<script type="text/javascript">\n{js}</script>\n</div>')
    return page(s["title"], art, s["site"]).encode("utf-8")


def h_legacy_unescape(s):
    return h_js_unescape(s, F.h_legacy_unit_col)


def h_legacy_dl(s):
    """The LEGACY page's 统计表 with its rows as <dl> (as h_dl_rows)."""
    raw = F.h_legacy_unit_col(s).decode("utf-8")
    m = re.search(r"<table\b.*?</table>", raw, re.S)
    rows_ = []
    for tr in re.findall(r"<tr>(.*?)</tr>", m.group(0), re.S):
        cells = re.findall(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", tr, re.S)
        rows_.append('<dl class="tb-row">' + "".join((f"<dt>{x}</dt>" if i == 0 else f"<dd>{x}</dd>")
                                                     for i, x in enumerate(cells)) + "</dl>")
    return (raw[:m.start()] + '<div class="xxgk-tb">\n' + "\n".join(rows_) + "\n</div>" + raw[m.end():]).encode("utf-8")


def tika_lines(s) -> list[str]:
    """The report as Tika's PDFParser gives it: paragraphs wrapped at the PDF's line length, each table row one line
    of its cells' texts separated by spaces (a merged cell once), the page number 「- n -」 at each page's foot."""
    F.prepare14(s)
    B.marks(s)
    cell = base.ctx(s)
    g = B.gridsx(s, cell)
    out = []
    for kind, t in base.blocks(s):
        if kind in g:
            for frow in full(g[kind], B.NCOLS[kind]):
                seen = None
                cells = []
                for cc, origin in frow:
                    if not origin or cc is seen:
                        continue
                    seen = cc
                    if cc.text:
                        cells.append(cc.text)
                out.append(" ".join(cells))
        else:
            t = ("\u3000\u3000" + t) if kind == "p" else t
            out += [t[i:i + 38] for i in range(0, len(t), 38)] or [""]
    return out


def h_tika(s):
    """Apache Tika's XHTML of the report PDF (tika --xml): PDF metadata in <meta>, one <div class="page"> per page with
    one <p> of text lines, the page number at its foot."""
    lines = tika_lines(s)
    pages = [lines[i:i + 44] for i in range(0, len(lines), 44)]
    meta = [("pdf:PDFVersion", "1.7"), ("xmp:CreatorTool", "Microsoft® Word 2016"), ("dc:format",
            "application/pdf; version=1.7"), ("xmpTPg:NPages", str(len(pages))), ("Content-Type", "application/pdf"),
            ("dc:title", s["title"])]
    head = "".join(f'<meta name="{k}" content="{esc(v)}"/>\n' for k, v in meta)
    body = "".join(f'<div class="page"><p/>\n<p>{esc(chr(10).join(pg))}\n- {n} -\n</p>\n<p/>\n</div>\n'
                   for n, pg in enumerate(pages, 1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n{head}'
            f"<title>{esc(s['title'])}</title>\n</head>\n<body>{body}</body></html>\n").encode("utf-8")


def j_double(s):
    """A 政务公开 platform's article API whose `data` is itself a JSON string (encoded twice): the article's
    fields and its HTML content inside it."""
    raw = G.h_cms15(s).decode("utf-8")
    content = raw.split('id="zoomcon">\n', 1)[1].rsplit("\n</div>", 1)[0] if 'id="zoomcon"' in raw else raw
    inner = {"articleId": s.get("aid", 40211), "title": s["title"], "publishDate": f"{s['pub']} 09:30:00",
             "source": s["site"], "channelName": "政府信息公开年报", "content": content, "attachments": []}
    outer = {"code": 200, "msg": "操作成功", "data": json.dumps(inner, ensure_ascii=False)}
    return (json.dumps(outer, ensure_ascii=False) + "\n").encode("utf-8")


# ---------------------------------------------------------------- Word flat OPC

def used_styles(styles: bytes, document: bytes) -> bytes:
    """styles.xml with only the default styles, those the document uses and what they are based on or linked to
    (python-docx's template carries 164 styles; a lean office template has a handful), no latent styles."""
    from lxml import etree
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = etree.fromstring(styles)
    used = set(re.findall(rb'w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', document))
    used = {u.decode() for u in used}
    by_id = {st.get(w + "styleId"): st for st in root.iter(w + "style")}
    keep = {i for i, st in by_id.items() if st.get(w + "default") == "1"} | (used & set(by_id))
    todo = list(keep)
    while todo:
        st = by_id[todo.pop()]
        for tag in ("basedOn", "link", "next"):
            el = st.find(w + tag)
            if el is not None and el.get(w + "val") in by_id and el.get(w + "val") not in keep:
                keep.add(el.get(w + "val"))
                todo.append(el.get(w + "val"))
    for i, st in by_id.items():
        if i not in keep:
            root.remove(st)
    for el in root.findall(w + "latentStyles"):
        root.remove(el)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def d_flat_xml(s):
    """The Word report saved as 「Word XML 文档」 (*.xml, flat OPC): every package part as a pkg:part, XML parts
    inline under pkg:xmlData, binary ones base64 under pkg:binaryData."""
    import base64

    from lxml import etree
    z = zipfile.ZipFile(io.BytesIO(G.d_report15(s)))
    ct = etree.fromstring(z.read("[Content_Types].xml"))
    ns = "{http://schemas.openxmlformats.org/package/2006/content-types}"
    defaults = {e.get("Extension"): e.get("ContentType") for e in ct.iter(ns + "Default")}
    overrides = {e.get("PartName"): e.get("ContentType") for e in ct.iter(ns + "Override")}
    parts = []
    # the office's template is a lean one: no thumbnail, stylesWithEffects or custom XML, only the styles in use
    drop = ("docProps/thumbnail.jpeg", "word/stylesWithEffects.xml", "customXml/")
    for name in sorted(z.namelist(), key=lambda n: (not n.startswith("_rels"), n != "word/document.xml", n)):
        if name == "[Content_Types].xml" or name.startswith(drop):
            continue
        pn = "/" + name
        ctype = overrides.get(pn) or defaults.get(name.rsplit(".", 1)[-1], "application/octet-stream")
        data = z.read(name)
        if name.endswith(".rels"):
            data = re.sub(rb'<Relationship [^>]*Target="[^"]*(?:thumbnail|stylesWithEffects|customXml)[^"]*"[^>]*/>',
                          b"", data)
        if name == "word/styles.xml":
            data = used_styles(data, z.read("word/document.xml"))
        if name.endswith((".xml", ".rels")):
            xml = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data).decode("utf-8")
            parts.append(f'<pkg:part pkg:name="{pn}" pkg:contentType="{ctype}"><pkg:xmlData>{xml}</pkg:xmlData>'
                         "</pkg:part>")
        else:
            parts.append(f'<pkg:part pkg:name="{pn}" pkg:contentType="{ctype}" pkg:compression="store">'
                         f"<pkg:binaryData>{base64.b64encode(data).decode()}</pkg:binaryData></pkg:part>")
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' + "".join(parts)
            + "</pkg:package>\n").encode("utf-8")
