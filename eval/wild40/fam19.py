"""Printers of eval/wild19: half a realistic crawl sample (fam15 … fam18's printers with option combinations no earlier
set used), half a hunt — carriers that had not had a report in them (a Next.js page whose article is only in its
`__NEXT_DATA__` JSON, tables written as flex-row <div>s by a front-end component) and layouts in producers and carriers
that had not had them (table 三 with 总计 first in a LibreOffice PDF, a page copy and a base64 API answer; table 四
with 总计 first in a TRS page, a Chrome print, a Word-paste page and a Word report with full-width digits; the 2025
sub-row in an iText normaliser's PDF, a character-reference page, a portal Markdown export and a WPS copy in Word).

fam18's hooks stay installed (it is imported here)."""
from __future__ import annotations

import html
import json
import re

import fam17 as N
import fam18 as R  # noqa: F401  (its hooks: the "feff" digits mode)


def p_report19(s):
    return N.p_report17(s)


def d_report19(s):
    return N.d_report17(s)


def article_of(page: str) -> str:
    """The article part of a CMS page (the editor's <div> … to the end of <body>)."""
    i = page.index("<body>") + len("<body>")
    j = page.rindex("</body>")
    return page[i:j].strip("\n")


def h_next_data(s):
    """A Next.js front end: the server sends an empty <div id="__next"> and the article in the page's
    `<script id="__NEXT_DATA__" type="application/json">` (its HTML a JSON string, 「<」 escaped as \\u003c as Next.js
    writes it); the browser renders it. A crawler without JavaScript sees only the JSON."""
    inner = s.get("inner", N.h_cms17)
    page = inner(s).decode("utf-8")
    art = article_of(page)
    data = {"props": {"pageProps": {"article": {
        "id": s["aid"], "title": s["title"], "publishTime": f"{s['pub']} 09:30:00", "source": s["agency"],
        "indexNo": s.get("index", ""), "channel": "政府信息公开年报", "content": art}}, "__N_SSG": True},
        "page": "/xxgk/[channel]/[id]", "query": {"channel": "ndbg", "id": str(s["aid"])},
        "buildId": "k3Jv9xQe2LrT0pW7aYc1M", "isFallback": False, "gsp": True, "scriptLoader": []}
    js = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    js = js.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    out = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charSet=\"utf-8\"/>"
           "<meta name=\"viewport\" content=\"width=device-width\"/>"
           f"<title>{html.escape(s['title'])}</title>"
           "<link rel=\"preload\" href=\"/_next/static/css/7f3c1a2b9e.css\" as=\"style\"/>"
           "<noscript data-n-css=\"\"></noscript>"
           "<script defer=\"\" nomodule=\"\" src=\"/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js\"></script>"
           "<script src=\"/_next/static/chunks/webpack-8fa1640cc84ba8fe.js\" defer=\"\"></script>"
           "<script src=\"/_next/static/chunks/pages/xxgk/%5Bchannel%5D/%5Bid%5D-2d1f0c7e.js\" defer=\"\"></script>"
           "</head><body><div id=\"__next\"><div class=\"page-loading\">页面加载中…</div></div>"
           f"<script id=\"__NEXT_DATA__\" type=\"application/json\">{js}</script></body></html>\n")
    return out.encode("utf-8")


def flex_tables(page: str) -> str:
    """Each <table> of the page as a front-end table component writes it: a <div role="table">, each row a flex
    <div role="row">, each cell a <div role="cell"> whose flex-grow is its colspan (a rowspan kept as a data
    attribute and a height)."""
    def cell(m):
        attrs = m.group(2)
        cs = re.search(r'colspan="(\d+)"', attrs)
        rs = re.search(r'rowspan="(\d+)"', attrs)
        c = int(cs.group(1)) if cs else 1
        st = f"flex:{c} 1 0" + (f";height:{int(rs.group(1)) * 32}px" if rs else "")
        extra = f' data-rowspan="{rs.group(1)}"' if rs else ""
        role = "columnheader" if m.group(1) == "th" else "cell"
        return f'<div role="{role}" class="ant-tbl-cell" style="{st}"{extra}>'
    page = re.sub(r"<table[^>]*>", '<div role="table" class="ant-tbl">', page)
    page = page.replace("</table>", "</div>")
    page = re.sub(r"</?(?:tbody|thead|colgroup)>|<col[^>]*>", "", page)
    page = re.sub(r"<tr[^>]*>", '<div role="row" class="ant-tbl-row" style="display:flex">', page)
    page = page.replace("</tr>", "</div>")
    page = re.sub(r"<(td|th)([^>]*)>", cell, page)
    page = re.sub(r"</t[dh]>", "</div>", page)
    return page


def h_flex_divs(s):
    """A CMS page whose report tables are a front-end table component's flex-row <div>s, not <table>."""
    inner = s.get("inner", N.h_cms17)
    return flex_tables(inner(s).decode("utf-8")).encode("utf-8")


def h_ncr19(s):
    """fam17's character-reference page with fam16's options (the 2025 sub-row through the grids)."""
    return N.h_ncr(s)


def m_portal19(s):
    return R.m_portal(s)


def j_base64_19(s):
    return N.j_base64(s)


def h_split19(s):
    return N.h_split_spans(s)
