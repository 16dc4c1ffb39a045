"""Printers of eval/wild17: half a realistic crawl sample (fam15/fam16's printers with option combinations no earlier
set used), half a hunt — new producers, carriers and cell spellings: PDF pages imported as Form XObjects and scaled
(an iText normaliser), a Chrome print of the CMS page (date/title header, URL and 「n/N」 footer), figures with typed
note marks (「12*」 in a PDF, 「12①」 in Word), figures in full-width digits (Word), zero-width spaces and soft hyphens
inside figures (a WeChat editor's paste: HTML and Word), tables pasted from Excel (x:num, mso classes, the hidden
supportMisalignedColumns row), every character of the article as a numeric character reference, Word-paste figures
split over two <span lang="EN-US">, table 三 with 总计 first and table 四 with 总计 first in CMS HTML, an API whose
article HTML is base64.

fam16's hooks stay installed; a new hook on pdfbase.draw_ops (s["xobject"], s["chrome"]) reads the report being
printed (fam14.CUR)."""
from __future__ import annotations

import base64
import copy
import json
import re

import fam14 as F
import fam15 as G
import fam16 as H
import pdfbase
from render import esc

DRAW16 = pdfbase.draw_ops
PAGE = {"n": 0}


# ---------------------------------------------------------------- PDF producers

def draw_ops17(c, ops, mode=0):
    """s["xobject"] (a scale): the page's content drawn into a Form XObject, placed scaled and centred (an iText
    step that imports each page and fits it to A4); s["chrome"]: a browser's print of the CMS page — the print date
    and time and the page title on top, the URL and 「n/N」 at the foot, 8 pt."""
    s = F.CUR
    if mode != 0 or not (s.get("xobject") or s.get("chrome")):
        return DRAW16(c, ops, mode)
    PAGE["n"] += 1
    n = PAGE["n"]
    W, Hh = c._pagesize
    if s.get("xobject"):
        name = f"Xi{n}"
        c.beginForm(name)
        DRAW16(c, ops, 0)
        c.endForm()
        sc = s["xobject"]
        c.saveState()
        c.translate(W * (1 - sc) / 2, Hh * (1 - sc) / 2)
        c.scale(sc, sc)
        c.doForm(name)
        c.restoreState()
        return None
    ch = s["chrome"]
    c.setFont(pdfbase.FONT, 8)
    c.drawString(22, Hh - 18, ch["when"])
    t = s["title"] + "_" + s["site"]
    c.drawString(W / 2 - pdfbase.sw(t, 8) / 2 + 40, Hh - 18, t)
    c.drawString(22, 14, ch["url"])
    pg = f"{n}/{s.get('chrome_pages', 1)}"
    c.drawString(W - 22 - pdfbase.sw(pg, 8), 14, pg)
    return DRAW16(c, ops, 0)


pdfbase.draw_ops = draw_ops17


def mark_xform(s):
    """s["marks"]: {cell key: mark}: the mark typed after the figure (「12*」, 「3①」)."""
    prev = s.get("xform")
    m = s["marks"]

    def xf(key, v, t):
        t = prev(key, v, t) if prev else t
        return t + m[key] if key in m else t
    return xf


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def digit_xform(s):
    """s["digits"]: "fullwidth" — integer figures typed in full-width digits (an IME left in 全角); "zw" — a
    zero-width space before each figure and one (HTML: a soft hyphen) after the first digit of longer figures."""
    prev = s.get("xform")
    how = s["digits"]

    def xf(key, v, t):
        t = prev(key, v, t) if prev else t
        if not re.fullmatch(r"\d+", t):
            return t
        if how == "fullwidth":
            return t.translate(FW)
        inner = "\u00ad" if s["fmt"] == "html" else "\u200b"
        return "\u200b" + (t[0] + inner + t[1:] if len(t) > 1 else t)
    return xf


def with_xform(s):
    if s.get("marks"):
        s["xform"] = mark_xform(s)
    if s.get("digits"):
        s["xform"] = digit_xform(s)


def p_report17(s):
    F.prepare14(s)
    with_xform(s)
    if s.get("chrome"):
        first = copy.deepcopy({k: v for k, v in s.items() if k != "printer"})
        F.CUR.clear()
        F.CUR.update(first)
        PAGE["n"] = 0
        H.p_report16(first)
        s["chrome_pages"] = PAGE["n"]
        F.prepare14(s)
        with_xform(s)
    PAGE["n"] = 0
    F.CUR.update(s)
    return H.p_report16(s)


def d_report17(s):
    F.prepare14(s)
    with_xform(s)
    return H.d_report16(s)


# ---------------------------------------------------------------- HTML carriers

def h_cms17(s):
    """fam16's CMS page (s["totfirst"], s["t4first"] through the grids), figures as s["digits"] asks, the editor's
    zero-width characters written as entities."""
    F.prepare14(s)
    with_xform(s)
    out = H.h_cms16(s).decode("utf-8")
    return out.replace("\u200b", "&#8203;").replace("\u00ad", "&shy;").encode("utf-8")


EXCEL_CSS = (
    "<style>\n.xl65{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;"
    "text-align:center;vertical-align:middle;border:.5pt solid windowtext;white-space:normal;}\n"
    ".xl66{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;mso-number-format:\"0\";"
    "text-align:center;vertical-align:middle;border:.5pt solid windowtext;}\n"
    ".xl67{mso-style-parent:style0;font-size:10.0pt;font-family:宋体;mso-font-charset:134;"
    "mso-number-format:\"0\\.00\";text-align:center;vertical-align:middle;border:.5pt solid windowtext;}\n</style>\n")


def excel_table(m) -> str:
    t = m.group(0)
    rows_ = re.findall(r"<tr>(.*?)</tr>", t, re.S)
    ncols = sum(int(x or 1) for x in re.findall(r'<td(?: rowspan="\d+")?(?: colspan="(\d+)")?>', rows_[0]))
    cols = "".join('<col width="72" style="mso-width-source:userset;mso-width-alt:2304;width:54pt">' + "\n"
                   for _ in range(ncols))
    out = [f'<table border="0" cellpadding="0" cellspacing="0" width="{72 * ncols}" style="border-collapse:collapse;'
           f'table-layout:fixed;width:{54 * ncols}pt" x:str>', cols.rstrip("\n")]
    for r in rows_:
        cells = []
        for span, inner in re.findall(r"<td([^>]*)>(.*?)</td>", r, re.S):
            if re.fullmatch(r"\d+", inner):
                cells.append(f'<td class="xl66"{span} x:num>{inner}</td>')
            elif re.fullmatch(r"\d+\.\d+", inner):
                cells.append(f'<td class="xl67"{span} x:num="{inner}">{inner}</td>')
            else:
                cells.append(f'<td class="xl65"{span}>{inner}</td>')
        out.append('<tr height="19" style="mso-height-source:userset;height:14.25pt">\n ' + "\n ".join(cells)
                   + "\n</tr>")
    out.append('<![if supportMisalignedColumns]>\n<tr height="0" style="display:none">\n '
               + "".join('<td width="72" style="width:54pt"></td>' for _ in range(ncols)) + "\n</tr>\n<![endif]>")
    out.append("</table>")
    return "\n".join(out)


def h_excel_paste(s):
    """A CMS page whose tables were pasted from Excel: x:str on the table, <col> widths, rows with mso heights,
    figure cells class xl66 with x:num (decimals x:num="…"), the hidden supportMisalignedColumns row, Excel's
    classes in a <style> block of the article."""
    s = dict(s, cms="plain")
    F.prepare14(s)
    out = H.h_cms16(s).decode("utf-8")
    out = re.sub(r'<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">.*?</table>',
                 excel_table, out, flags=re.S)
    out = out.replace('<div class="article">\n', '<div class="article">\n' + EXCEL_CSS, 1)
    return out.encode("utf-8")


def ncr(raw: str) -> str:
    """Every digit and non-ASCII character of the page's text as a decimal numeric character reference (the site's
    「防采集」 output filter); tags, entities, <script>, <style> and <title> as they are."""
    out = []
    skip = False
    for part in re.split(r"(<[^>]+>)", raw):
        if part.startswith("<"):
            tag = re.match(r"</?(\w+)", part)
            if tag and tag.group(1).lower() in ("script", "style", "title"):
                skip = not part.startswith("</")
            out.append(part)
        elif skip:
            out.append(part)
        else:
            out.append(re.sub(r"&[#\w]+;|.", lambda m: m.group() if len(m.group()) > 1 or not (
                m.group().isdigit() or ord(m.group()) > 127) else f"&#{ord(m.group())};", part, flags=re.S))
    return "".join(out)


def h_ncr(s):
    F.prepare14(s)
    return ncr(H.h_cms16(s).decode("utf-8")).encode("utf-8")


def h_legacy_ncr(s):
    return ncr(G.h_legacy15(s).decode("utf-8")).encode("utf-8")


SPAN = '<span style="font-family:仿宋_GB2312;font-size:12.0pt">'


def h_split_spans(s):
    """A TRS page of a Word paste whose figures keep Word's run boundaries: the first digit in one
    <span lang="EN-US">, the rest in another ending with <o:p></o:p> (an edit's rsid split the run)."""
    s = dict(s, cms="trs")
    F.prepare14(s)
    out = H.h_cms16(s).decode("utf-8")
    en = '<span lang="EN-US" style="font-family:仿宋_GB2312;font-size:12.0pt">'

    def sp(m):
        t = m.group(1)
        if len(t) == 1:
            return f"{en}{t}<o:p></o:p></span>"
        return f"{en}{t[0]}</span>{en}{t[1:]}<o:p></o:p></span>"
    out = re.sub(re.escape(SPAN) + r"(\d+)</span>", sp, out)
    out = out.replace('<html lang="zh-CN">', '<html lang="zh-CN" xmlns:o="urn:schemas-microsoft-com:office:office">',
                      1)
    return out.encode("utf-8")


def j_base64(s):
    """A site's article API whose content field is the article HTML in base64 (contentEncoding says so)."""
    s = dict(s, cms="platform")
    F.prepare14(s)
    raw = H.h_cms16(s).decode("utf-8")
    content = raw.split('id="zoomcon">\n', 1)[1].rsplit("\n</div>", 1)[0]
    art = {"id": s.get("aid", 10293), "title": s["title"], "publishTime": f"{s['pub']} 10:12:40",
           "source": s["site"], "columnName": "政府信息公开年度报告", "contentEncoding": "base64",
           "content": base64.b64encode(content.encode("utf-8")).decode("ascii"), "hits": 0}
    return (json.dumps({"success": True, "code": "0000", "message": "查询成功", "data": art}, ensure_ascii=False,
                       indent=2) + "\n").encode("utf-8")
