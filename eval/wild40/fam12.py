"""Printers of eval/wild13: ordinary reports with the variation real publishers produce (header wording and rows,
unit lines, notes, continued tables, landscape pages, placeholders, CMS markup, fonts) and a few new carriers
(pandoc GFM, a search engine's snapshot, an online preview, lynx, docx2txt, a fill-system export, a platform's
structured API, Google Docs, CKEditor 5)."""
from __future__ import annotations

import csv
import io
import json
import re

from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.shared import Pt

import pdfbase
from base import blocks, ctx, legacy_blocks
from docxbase import add_table, new_doc, save
from fam9_office import xlsx9
from fam_html import thousands
from fam_office import grid_into
from grids import C, full, t2_grid, t3_flat, t3_grid
from model import COL_NAMES, T3_NOTE, T4_KINDS, T4_PARTS, rows
from pdfbase import A4, Flow, sw, t2_rows
from render import esc, page, width

NCOLS = {"t2": 4, "t3": 10, "t4": 15}
ABBR = ["企业", "科研", "公益组织", "法律服务", "其他"]
UNIT = "单位：件"


# ---------------------------------------------------------------- the variations of the three tables

def marks(s) -> None:
    """Cells the report prints as 「/」, 「—」 or blank instead of 0 (s["mark_zero"]: (key pattern, printed text),
    applied to the zero cells it matches); null in gold with that placeholder."""
    for pat, t in s.get("mark_zero", ()):
        for sect in ("t2", "t3", "t4"):
            for k, v in s[sect].items():
                if v == 0 and re.fullmatch(pat, f"{sect}.{k}"):
                    s["placeholders"].setdefault(f"{sect}.{k}", t)
    if s.get("sep"):
        s["xform"] = thousands(s["sep"])


def legal_names(s) -> list[str]:
    return ABBR if s.get("abbr") else COL_NAMES[1:6]


def t3g(s, cell) -> list[list[C]]:
    """Table 三: the standard three header rows, or two (no 「申请人情况」 row), the 法人 block abbreviated or not."""
    g = t3_grid(s["template"], cell)
    names = legal_names(s)
    if s.get("hdr2"):
        return [[C(T3_NOTE, 2, 3), C("自然人", 2, 1), C("法人或其他组织", 1, 5), C("总计", 2, 1)],
                [C(n) for n in names]] + g[3:]
    g[2] = [C(n) for n in names]
    return g


def parts(s):
    """Table 四's five columns per kind; 「总计」 first when the report prints it so."""
    return [T4_PARTS[4]] + T4_PARTS[:4] if s.get("t4first") else T4_PARTS


def t4g(s, cell) -> list[list[C]]:
    P = parts(s)
    return [[C("行政复议", 1, 5), C("行政诉讼", 1, 10)],
            [C(n, 2, 1) for _, n in P] + [C("未经复议直接起诉", 1, 5), C("复议后起诉", 1, 5)],
            [C(n) for _, n in P] * 2,
            [C(cell(f"t4.{k}.{p}"), key=f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in P]]


def gridsx(s, cell) -> dict:
    return {"t2": t2_grid(s["template"], cell, s.get("unit", "万元")), "t3": t3g(s, cell), "t4": t4g(s, cell)}


def split_t3(s, g) -> tuple[list, list]:
    """Table 三 cut before 「（四）无法提供」 into two tables, the header rows repeated on the second (a 续表);
    the 「三、本年度办理结果」 cell's rowspan shared between the two parts."""
    nh = 2 if s.get("hdr2") else 3
    head, data = g[:nh], g[nh:]
    keys = [k for k, _, _ in rows(s["template"])]
    cut = keys.index("r4_1")
    nres = len([k for k in keys if k not in ("new", "carry_in", "carry_out")])
    first_res = keys.index("r1")
    a = [list(r) for r in data[:cut]]
    b = [list(r) for r in data[cut:]]
    top = a[first_res][0]
    in_a = cut - first_res
    a[first_res][0] = C(top.text, in_a, 1)
    b[0] = [C(top.text, nres - in_a, 1)] + b[0]
    return head + a, head + b


# ---------------------------------------------------------------- HTML

def htable(grid, table_attrs: str, td) -> str:
    """td(cell) -> (attributes, inner html)."""
    out = [f"<table {table_attrs}>", "<tbody>"]
    for row in grid:
        cells = []
        for c in row:
            span = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            attrs, inner = td(c)
            cells.append(f"<td{span}{attrs}>{inner}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


TD = {
    # TRS WCM editor: Word paste kept, MsoNormal paragraphs and font spans in every cell
    "trs": ('border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%"',
            lambda c: (' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt" valign="center"',
                       '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:'
                       f'仿宋_GB2312;font-size:12.0pt">{esc(c.text)}</span></p>')),
    # 大汉 (Hanweb) older template: width attributes, <div align> and <font> in cells
    "dahan": ('border="1" cellspacing="0" cellpadding="2" width="600" bordercolor="#000000"',
              lambda c: (' width="60" height="24"', f'<div align="center"><font face="宋体" size="2">{esc(c.text)}'
                                                     '</font></div>')),
    # 博思 editor: nested spans with inline font styles, line-height on each <p>
    "bosi": ('style="border-collapse:collapse;border:1px solid #333;margin:0 auto" cellpadding="0" cellspacing="0"',
             lambda c: (' style="border:1px solid #333;padding:2px 4px;text-align:center"',
                        '<p style="margin:0;line-height:150%;text-indent:0"><span style="font-size:14px;">'
                        f'<span style="font-family:仿宋,仿宋_GB2312;">{esc(c.text)}</span></span></p>')),
    # 集约化平台 2025: values right-aligned and padded with no-break spaces, labels left
    "platform": ('class="xxgk-table" style="width:100%;border-collapse:collapse" border="1"',
                 lambda c: ((' style="text-align:right;padding-right:6px"', "&nbsp;&nbsp;" + esc(c.text))
                            if c.key else (' style="text-align:left;padding-left:6px"', esc(c.text)))),
    # LibreOffice's HTML export (an online preview service converting the attachment)
    "lo": ('width="642" cellpadding="7" cellspacing="0"',
           lambda c: (' style="border: 1px solid #000000; padding: 0in 0.08in" valign="middle"',
                      '<p align="center" style="orphans: 2; widows: 2"><font face="仿宋_GB2312"><font size="3" '
                      f'style="font-size: 12pt">{esc(c.text)}</font></font></p>')),
    "plain": ('border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"',
              lambda c: ("", esc(c.text))),
}


def table_html(s, cell, style: str) -> dict:
    attrs, td = TD[style]
    g = gridsx(s, cell)
    out = {k: htable(v, attrs, td) for k, v in g.items()}
    if s.get("split"):
        a, b = split_t3(s, g["t3"])
        out["t3"] = htable(a, attrs, td) + '\n<p style="text-align:left">续表</p>\n' + htable(b, attrs, td)
    if s.get("unit_line"):
        for k in s["unit_line"]:
            out[k] = f'<p style="text-align:right">{UNIT}</p>\n' + out[k]
    for k, lines in s.get("notes", {}).items():
        out[k] += "\n" + "\n".join(f'<p style="font-size:12px">{esc(x)}</p>' for x in lines)
    return out


def prose_figures(s) -> dict:
    """Sentences restating a few of the tables' figures right under the headings of sections 三 and 四 (s["say"])."""
    if not s.get("say"):
        return {}
    t3, t4 = s["t3"], s["t4"]
    return {"三、收到和处理政府信息公开申请情况":
            f"本年度共收到政府信息公开申请{t3['new.tot']}件，上年结转{t3['carry_in.tot']}件；已办结{t3['r7.tot']}件，"
            f"其中予以公开{t3['r1.tot']}件，结转下年度继续办理{t3['carry_out.tot']}件。",
            "四、政府信息公开行政复议、行政诉讼情况":
            f"本年度因政府信息公开被申请行政复议{t4['rv.tot']}件，被提起行政诉讼{t4['ld.tot'] + t4['lr.tot']}件。"}


def article(s, tables: dict, p, h, title, sign) -> str:
    say = prose_figures(s)
    out = []
    for kind, t in blocks(s):
        if kind in tables:
            out.append(tables[kind])
        else:
            out.append({"title": title, "h": h, "p": p, "sign": sign}[kind](t))
            if kind == "h" and t in say:
                out.append(p(say[t]))
    return "\n".join(out)


def h_cms12(s):
    """An ordinary report page of a CMS (s["cms"]): the article's markup as that editor writes it."""
    marks(s)
    cell = ctx(s)
    style = s["cms"]
    tabs = table_html(s, cell, style)
    if style == "trs":
        p = lambda t: f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:仿宋_GB2312;font-size:16.0pt">{esc(t)}</span></p>'  # noqa: E501,E731
        h = lambda t: f'<p class="MsoNormal" style="text-indent:32.0pt"><b><span style="font-family:黑体;font-size:16.0pt">{esc(t)}</span></b></p>'  # noqa: E501,E731
        body = article(s, tabs, p, h, lambda t: f'<div class="title">{esc(t)}</div>',
                       lambda t: f'<p class="MsoNormal" align="right" style="text-align:right">{esc(t)}</p>')
        art = (f'<div class="xxgk_info">索引号：{s.get("index", "")}　发布机构：{esc(s["agency"])}　'
               f'发文日期：{s["pub"]}</div>\n<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{{margin-top:'
               f'0px;margin-bottom:12px;line-height:1.8;font-size:12pt;}}</style>\n{body}\n</div>')
        return page(s["title"], art, s["site"], head_extra='<meta name="ContentSource" content="' + esc(s["site"]) +
                    '">\n').encode("utf-8")
    if style == "dahan":
        p = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'  # noqa: E731
        h = lambda t: f'<p style="text-indent:2em"><strong>{esc(t)}</strong></p>'  # noqa: E731
        body = article(s, tabs, p, h, lambda t: f'<p align="center"><strong>{esc(t)}</strong></p>',
                       lambda t: f'<p align="right">{esc(t)}</p>')
        art = (f'<table width="100%" class="xxgk_table"><tr><td>索引号：</td><td>{s.get("index", "")}</td><td>'
               f'发布机构：</td><td>{esc(s["agency"])}</td></tr><tr><td>公开方式：</td><td>主动公开</td><td>'
               f'成文日期：</td><td>{s["pub"]}</td></tr></table>\n<div id="zoom">\n<!--ZJEG_RSS.content.begin-->'
               f'<meta name="ContentStart">\n{body}\n<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->\n</div>')
        return page(s["title"], art, s["site"], head_extra=f'<meta name="ArticleTitle" content="{esc(s["title"])}">'
                    "\n").encode("utf-8")
    if style == "bosi":
        p = lambda t: f'<p style="text-indent:2em;line-height:2"><span style="font-family:仿宋;font-size:16px">{esc(t)}</span></p>'  # noqa: E501,E731
        h = lambda t: f'<p style="text-indent:2em;line-height:2"><span style="font-family:黑体;font-size:16px">{esc(t)}</span></p>'  # noqa: E501,E731
        body = article(s, tabs, p, h, lambda t: f'<h2 class="bt-title">{esc(t)}</h2>',
                       lambda t: f'<p style="text-align:right;line-height:2">{esc(t)}</p>')
        art = f'<div class="bt-article-info">来源：{esc(s["site"])}　时间：{s["pub"]}</div>\n<div class="bt-article">\n{body}\n</div>'
        return page(s["title"], art, s["site"]).encode("utf-8")
    if style == "platform":
        p = lambda t: f'<p style="text-indent:2em">{esc(t)}</p>'  # noqa: E731
        h = lambda t: f'<h3 style="font-size:16px">{esc(t)}</h3>'  # noqa: E731
        body = article(s, tabs, p, h, lambda t: f'<h1 class="article-title">{esc(t)}</h1>',
                       lambda t: f'<p style="text-align:right">{esc(t)}</p>')
        art = (f'<div class="article-meta"><span>发布日期：{s["pub"]}</span><span>信息来源：{esc(s["site"])}</span>'
               f'<span>浏览量：<em id="hits"></em></span></div>\n<div class="article-content" id="zoomcon">\n{body}\n</div>')
        return page(s["title"], art, s["site"]).encode("utf-8")
    if style == "plain":
        p = lambda t: f"<p>{esc(t)}</p>"  # noqa: E731
        body = article(s, tabs, p, lambda t: f"<p><strong>{esc(t)}</strong></p>", lambda t: f"<h1>{esc(t)}</h1>",
                       lambda t: f'<p style="text-align:right">{esc(t)}</p>')
        return page(s["title"], f'<div class="article">\n{body}\n</div>', s["site"]).encode("utf-8")
    raise ValueError(style)


def h_baidu_snapshot(s):
    """A search engine's cached copy (快照): its notice bar — the URL, the capture date, 「百度和网页的作者无关」 —
    above the page as the engine stored it (the CMS page unchanged, base href to the site)."""
    s = dict(s, cms="plain")
    page_html = h_cms12(s).decode("utf-8")
    url = f"https://{s.get('host', 'www.example.gov.cn')}/xxgk/ndbg/{s['year'] + 1}01/t{s['year'] + 1}0121_55123.html"
    bar = (f'<div style="position:relative;margin:0 0 12px;padding:8px 12px;background:#fff;border:1px solid #ddd;'
           f'font:13px arial;color:#333;text-align:left"><div>这是 {esc(url)} 的百度快照。<a href="{esc(url)}">'
           f'查看原网页</a></div><div>快照是网页的备份，百度和网页 {esc(url)} 的作者无关，不对其内容负责。'
           f'当前时间为：{s["snap"]} 的快照。</div></div>')
    page_html = page_html.replace("<head>\n", f'<head>\n<base href="{esc(url)}">\n', 1)
    return page_html.replace("<body>\n", "<body>\n" + bar + "\n", 1).encode("utf-8")


def h_ckeditor(s):
    """A CMS on CKEditor 5: each table wrapped in <figure class="table"> with a <figcaption>, the header rows in
    <thead> as <th>, the unit as the caption's tail."""
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    nh = {"t2": 0, "t3": 2 if s.get("hdr2") else 3, "t4": 3}
    caps = {"t2": "表一 主动公开政府信息情况", "t3": "表二 收到和处理政府信息公开申请情况（单位：件）",
            "t4": "表三 政府信息公开行政复议、行政诉讼情况（单位：件）"}

    def fig(k):
        out = [f'<figure class="table" style="width:100%;"><table class="ck-table-resized"><colgroup>'
               + "".join(f'<col style="width:{100 / NCOLS[k]:.2f}%;">' for _ in range(NCOLS[k])) + "</colgroup>"]
        for i, row in enumerate(g[k]):
            if i == 0 and nh[k]:
                out.append("<thead>")
            if i == nh[k]:
                out.append("<tbody>")
            tag = "th" if i < nh[k] else "td"
            cells = "".join(f"<{tag}" + (f' rowspan="{c.rs}"' if c.rs > 1 else "") +
                            (f' colspan="{c.cs}"' if c.cs > 1 else "") + f">{esc(c.text)}</{tag}>" for c in row)
            out.append(f"<tr>{cells}</tr>")
            if nh[k] and i == nh[k] - 1:
                out.append("</thead>")
        out.append(f"</tbody></table><figcaption>{caps[k]}</figcaption></figure>")
        return "".join(out)
    body = article(s, {k: fig(k) for k in g}, lambda t: f"<p>{esc(t)}</p>", lambda t: f"<h3>{esc(t)}</h3>",
                   lambda t: f"<h2>{esc(t)}</h2>", lambda t: f'<p style="text-align:right;">{esc(t)}</p>')
    art = f'<div class="info">发布时间：{s["pub"]}　来源：{esc(s["site"])}</div>\n<div class="ck-content">\n{body}\n</div>'
    return page(s["title"], art, s["site"]).encode("utf-8")


def h_kkfileview(s):
    """The site's online preview of the Word attachment (a kkFileView-like service converting it with LibreOffice):
    LibreOffice's HTML — <font face> nests in every cell, width/cellpadding attributes, <col width>, the file name
    in <title>, the preview's watermark script and toolbar around it."""
    marks(s)
    cell = ctx(s)
    tabs = table_html(s, cell, "lo")
    p = lambda t: f'<p style="margin-bottom: 0in; line-height: 0.39in; text-indent: 0.44in"><font face="仿宋_GB2312"><font size="4" style="font-size: 16pt">{esc(t)}</font></font></p>'  # noqa: E501,E731
    h = lambda t: f'<p style="margin-bottom: 0in; line-height: 0.39in; text-indent: 0.44in"><font face="黑体"><font size="4" style="font-size: 16pt">{esc(t)}</font></font></p>'  # noqa: E501,E731
    body = article(s, tabs, p, h,
                   lambda t: f'<p align="center" style="margin-bottom: 0in"><font face="方正小标宋简体"><font size="5" style="font-size: 22pt">{esc(t)}</font></font></p>',  # noqa: E501
                   lambda t: f'<p align="right" style="margin-bottom: 0in"><font face="仿宋_GB2312"><font size="4" style="font-size: 16pt">{esc(t)}</font></font></p>')  # noqa: E501
    fname = f"{s['agency']}{s['year']}年政府信息公开工作年度报告.docx"
    html = (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html>\n<head>\n<meta http-equiv="content-type" '
            f'content="text/html; charset=utf-8"/>\n<title>{esc(fname)}</title>\n<meta name="generator" content="LibreOffice '
            f'7.5.9.2 (Linux)"/>\n<style type="text/css">@page {{ size: 8.27in 11.69in; margin: 1in }} p {{ margin-bottom: '
            f'0.1in; background: transparent }}</style>\n<script src="/preview/js/watermark.js"></script>\n</head>\n'
            f'<body lang="zh-CN" link="#000080" vlink="#800000" dir="ltr">\n<div class="preview-toolbar"><span>'
            f'{esc(fname)}</span><a href="/preview/download">下载</a><a href="javascript:window.print()">打印</a></div>\n'
            f"{body}\n<script>watermark.load({{watermark_txt: \"{esc(s['site'])}\"}});</script>\n</body>\n</html>\n")
    return html.encode("utf-8")


# ---------------------------------------------------------------- Markdown / text

def m_pandoc_gfm(s):
    """A DOCX report converted by pandoc to GitHub-flavoured Markdown: paragraphs as text, headings bold, and each
    table — having merged cells GFM cannot hold — written as raw HTML (<table><colgroup>, <thead>, tr class odd/even)."""
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)

    def tab(k):
        out = ["<table>", "<colgroup>"] + [f'<col style="width: {100 // NCOLS[k]}%" />' for _ in range(NCOLS[k])]
        out += ["</colgroup>", "<tbody>"]
        for i, row in enumerate(g[k]):
            out.append(f'<tr class="{"odd" if i % 2 == 0 else "even"}">')
            for c in row:
                span = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
                out.append(f"<td{span}>{esc(c.text)}</td>")
            out.append("</tr>")
        out += ["</tbody>", "</table>"]
        return "\n".join(out)
    parts_ = []
    for kind, t in blocks(s):
        if kind in g:
            parts_.append(tab(kind))
        elif kind == "title":
            parts_.append(f"**{t}**")
        elif kind == "h":
            parts_.append(f"**{t}**")
        else:
            parts_.append(t)
    return ("\n\n".join(parts_) + "\n").encode("utf-8")


def row_texts(grid) -> list[list[str]]:
    return [[c.text for c in row] for row in grid]


def cjk_wrap(t: str, n: int) -> list[str]:
    """Lines of at most n characters, never breaking inside a run of ASCII letters and digits (as lynx does)."""
    out, cur = [], ""
    for tok in re.findall(r"[A-Za-z0-9.%]+|.", t):
        if len(cur) + len(tok) > n and cur:
            out.append(cur)
            cur = ""
        cur += tok
    return out + ([cur] if cur else [])


def t_lynx(s):
    """`lynx -dump` of the page: the link numbers [n] before each link's text, paragraphs re-wrapped at 76 columns
    with three spaces of indent, each table row one line of the cells that start in it, and the 「References」
    list of the page's URLs at the end."""
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    host = s.get("host", "www.example.gov.cn")
    links = [f"https://{host}/", f"https://{host}/zwgk/", f"https://{host}/zwgk/ndbg/", f"https://{host}/hdjl/",
             f"https://{host}/zwfw/"]
    out = ["   [1]首页 [2]政务公开 [3]政府信息公开年报 [4]互动交流 [5]政务服务", "",
           f"   当前位置：[6]首页 > [7]政务公开 > [8]政府信息公开年报", ""]
    links += [f"https://{host}/", f"https://{host}/zwgk/", f"https://{host}/zwgk/ndbg/"]
    for kind, t in blocks(s):
        if kind in g:
            for r in row_texts(g[kind]):
                out.append("   " + " ".join(r))
            out.append("")
        elif kind == "title":
            out += ["", " " * max(3, (76 - width(t)) // 2) + t, ""]
        else:
            out += ["   " + x for x in cjk_wrap(t, 36)]
            out.append("")
    out += ["   [9]网站地图 [10]联系我们", "", "References", ""]
    links += [f"https://{host}/wzdt/", f"https://{host}/lxwm/"]
    out += [f"  {i:>3}. {u}" for i, u in enumerate(links, 1)]
    return ("\n".join(out) + "\n").encode("utf-8")


def t_docx2txt(s):
    """python's docx2txt on the attachment: every paragraph followed by a blank line, every table cell's text a
    paragraph of its own — merged cells once, their covered slots as empty paragraphs (runs of blank lines)."""
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    out = []
    for kind, t in blocks(s):
        if kind in g:
            for frow in full(g[kind], NCOLS[kind]):
                seen = None
                for cc, origin in frow:
                    if cc is seen:
                        continue  # a gridSpan cell is one w:tc
                    seen = cc
                    out.append(cc.text if origin else "")
        else:
            out.append(t)
    return ("\n\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- JSON: the platform's structured report API

def j_structured(s):
    """The 年报 service of a 政务公开 platform as a scraper receives it: one JSON object, sections in order — prose
    as strings, the tables as objects whose figures are JSON numbers (null where nothing was filled)."""
    marks(s)
    cell = ctx(s)

    def val(key):
        sect, k = key.split(".", 1)
        t = cell(key)
        v = s[sect][k]
        return None if key in s["placeholders"] else v if t == str(v) or isinstance(v, float) else t
    from text import H21, narrative
    N = narrative(s)
    t2 = {"第二十条第（一）项": [{"信息内容": n, "本年制发件数": val(f"t2.{k}.made"), "本年废止件数": val(f"t2.{k}.repealed"),
                                "现行有效件数": val(f"t2.{k}.valid")} for k, n in (("reg", "规章"), ("norm", "行政规范性文件"))],
          "第二十条第（五）项": [{"信息内容": "行政许可", "本年处理决定数量": val("t2.license.decisions")}],
          "第二十条第（六）项": [{"信息内容": "行政处罚", "本年处理决定数量": val("t2.penalty.decisions")},
                                {"信息内容": "行政强制", "本年处理决定数量": val("t2.coercion.decisions")}],
          "第二十条第（八）项": [{"信息内容": "行政事业性收费", "本年收费金额（单位：万元）": val("t2.fee.amount_wan")}]}
    t3 = {"columns": COL_NAMES, "rows": []}
    for key, group, label in rows(s["template"]):
        t3["rows"].append({"item": (group or "") + label, "values": [val(f"t3.{key}.{c}") for c in
                                                                     ("np", "biz", "sci", "npo", "law", "oth", "tot")]})
    t4 = {n: {pn: val(f"t4.{k}.{p}") for p, pn in T4_PARTS} for k, n in T4_KINDS}
    payload = {"code": "0000", "msg": "success", "data": {
        "siteName": s["site"], "title": s["title"], "publishDate": s["pub"],
        "sections": [
            {"heading": H21[0], "paragraphs": [N["intro"]] + N["sec1"]},
            {"heading": H21[1], "table": t2},
            {"heading": H21[2], "table": t3},
            {"heading": H21[3], "table": t4},
            {"heading": H21[4], "paragraphs": N["sec5"]},
            {"heading": H21[5], "paragraphs": N["sec6"]}],
        "signature": {"org": N["sign"], "date": N["date"]}}}
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# ---------------------------------------------------------------- XLSX

def x_fill_export(s):
    """The export of the 年报 fill-in system (填报系统 → 导出Excel): one sheet, a header block (填报单位, 年度),
    then one row per indicator — its code, its name with the group folded in, and its figures in fixed columns."""
    return xlsx9([("年报数据", fill_rows(s), [], "visible")])


def c_fill_export(s):
    """The same fill-in system's 「导出CSV」, opened and saved again by Excel: GB18030, CRLF, empty cells kept as
    commas."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in fill_rows(s):
        w.writerow(["" if x is None else x for x in r])
    return buf.getvalue().encode("gb18030")


def fill_rows(s) -> list[list]:
    marks(s)
    cell = ctx(s)

    def v(key):
        t = cell(key)
        try:
            return int(t)
        except ValueError:
            try:
                return float(t)
            except ValueError:
                return t
    rows_: list[list] = [["政府信息公开工作年度报告数据导出"], ["填报单位", s["agency"], "", "报告年度", s["year"]],
                         ["导出时间", f"{s['year'] + 1}-01-18 10:42:07"], []]
    rows_.append(["二、主动公开政府信息情况"])
    rows_.append(["指标代码", "指标名称", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（万元）"])
    rows_.append(["T2-01", "规章", v("t2.reg.made"), v("t2.reg.repealed"), v("t2.reg.valid")])
    rows_.append(["T2-02", "行政规范性文件", v("t2.norm.made"), v("t2.norm.repealed"), v("t2.norm.valid")])
    for i, (k, n) in enumerate((("license", "行政许可"), ("penalty", "行政处罚"), ("coercion", "行政强制")), 3):
        rows_.append([f"T2-{i:02d}", n, "", "", "", v(f"t2.{k}.decisions")])
    rows_.append(["T2-06", "行政事业性收费", "", "", "", "", v("t2.fee.amount_wan")])
    rows_ += [[], ["三、收到和处理政府信息公开申请情况"], ["指标代码", "指标名称"] + COL_NAMES]
    for i, (key, group, label) in enumerate(rows(s["template"]), 1):
        name = f"{group}-{label}" if group else label
        rows_.append([f"T3-{i:02d}", name] + [v(f"t3.{key}.{c}") for c in ("np", "biz", "sci", "npo", "law", "oth",
                                                                             "tot")])
    rows_ += [[], ["四、政府信息公开行政复议、行政诉讼情况"], ["指标代码", "指标名称"] + [n for _, n in T4_PARTS]]
    for i, (k, n) in enumerate(T4_KINDS, 1):
        rows_.append([f"T4-{i:02d}", n] + [v(f"t4.{k}.{p}") for p, _ in T4_PARTS])
    rows_ += [[], ["五、备注"], ["", "本表由填报系统自动生成"]]
    return rows_


def x_attachment_sheets(s):
    """The tables as an XLSX attachment typed by the office: one sheet per table (「表二」…), the section heading in
    row one, 「单位：件」 above tables 三 and 四, the header in two rows with the 法人 block abbreviated, figures as
    numbers, 「填表人」 and 「审核人」 at the bottom."""
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    heads = {"t2": "二、主动公开政府信息情况", "t3": "三、收到和处理政府信息公开申请情况", "t4": "四、政府信息公开行政复议、行政诉讼情况"}
    names = {"t2": "表二", "t3": "表三", "t4": "表四"}
    sheets = []
    for k in ("t2", "t3", "t4"):
        rows_: list[list] = []
        merges: list = []
        if k == "t2":
            rows_.append([f"{s['agency']}{s['year']}年政府信息公开工作年度报告附表"])
            merges.append((0, 0, 0, NCOLS[k] - 1))
        rows_.append([heads[k]])
        if k != "t2":
            rows_.append([""] * (NCOLS[k] - 1) + [UNIT])
        grid_into(rows_, merges, g[k], NCOLS[k], len(rows_))
        rows_ += [[], ["填表人：", "", "审核人：", ""]]
        sheets.append((names[k], rows_, merges, "visible"))
    return xlsx9(sheets)


# ---------------------------------------------------------------- PDF

def pdf_tables(s, cell, values="center"):
    """Callables drawing tables 二/三/四 on a Flow, with the report's variations."""
    names = legal_names(s)

    def t3(f):
        if s.get("unit_line") and "t3" in s["unit_line"]:
            f.para(UNIT, indent=False, align="right", size=9)
        hdr = ([[("项目", 1), ("自然人", 1), ("法人或其他组织", 5), ("总计", 1)],
                [("", 1), ("", 1)] + [(n, 1) for n in names] + [("", 1)]] if s.get("hdr2") else
               [[("", 1), ("申请人情况", 7)],
                [("", 1), ("自然人", 1), ("法人或其他组织", 5), ("总计", 1)],
                [("", 1), ("", 1)] + [(n, 1) for n in names] + [("", 1)]])
        body = [[(label, 1)] + [((vals[i] if vals else ""), 1) for i in range(7)]
                for label, vals in t3_flat(s["template"], cell)]
        f.table(hdr + body, [200] + [40] * 7, size=s.get("t3size", 8), repeat=len(hdr) if s.get("repeat", True) else 0,
                values=values)
        for x in s.get("notes", {}).get("t3", []):
            f.para(x, indent=False, size=8)

    def t4(f):
        if s.get("unit_line") and "t4" in s["unit_line"]:
            f.para(UNIT, indent=False, align="right", size=9)
        P = parts(s)
        rows_ = [[("行政复议", 5), ("行政诉讼", 10)], [("", 5), ("未经复议直接起诉", 5), ("复议后起诉", 5)],
                 [(n, 1) for _, n in P] * 3, [(cell(f"t4.{k}.{p}"), 1) for k, _ in T4_KINDS for p, _ in P]]
        f.table(rows_, [32] * 15, size=6.5, values=values)
        for x in s.get("notes", {}).get("t4", []):
            f.para(x, indent=False, size=8)

    def t2(f):
        f.table(t2_rows(s, cell, s.get("unit", "万元")), [170, 100, 100, 100], size=9, values=values)
    return {"t2": t2, "t3": t3, "t4": t4}


def p_report12(s):
    """An ordinary ruled report PDF; options: two header rows, abbreviated 法人 block, 「单位：件」 lines, notes
    under tables, table 三 breaking across a page with its header repeated, values right-aligned, table 四 with
    「总计」 first, tables 三/四 on a landscape page, a non-embedded CID font (STSong-Light)."""
    marks(s)
    cell = ctx(s)
    old = pdfbase.FONT
    if s.get("cid"):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        pdfbase.FONT = "STSong-Light"
    try:
        tabs = pdf_tables(s, cell, s.get("values", "center"))
        W, H = A4
        LW, LH = H, W
        pages: list[tuple[tuple, list]] = []
        cur = Flow(W, H, footer=False)
        flows = [((W, H), cur)]
        after_t4 = False
        brief = ("（三）政府信息管理", "（四）平台建设", "（五）监督保障") if s.get("brief") else ()
        for kind, t in blocks(s):
            if kind == "p" and t.startswith(brief):
                continue  # a shorter 总体情况 (the table then starts higher on the page)
            if kind == "t3" and s.get("landscape"):
                cur = Flow(LW, LH, footer=False)
                flows.append(((LW, LH), cur))
            if after_t4 and s.get("landscape"):
                cur = Flow(W, H, footer=False)
                flows.append(((W, H), cur))
                after_t4 = False
            if kind in tabs:
                tabs[kind](cur)
                after_t4 = kind == "t4"
            elif kind == "title":
                cur.para(t, size=15, indent=False, align="center")
            elif kind == "h":
                cur.para(t, indent=False, size=11)
            elif kind == "sign":
                cur.para(t, indent=False, align="right")
            else:
                cur.para(t)
        for size, fl in flows:
            pages += [(size, ops) for ops in fl.pages]
        import io
        from reportlab.pdfgen import canvas
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        c.setTitle(s.get("pdf_title", ""))
        c.setAuthor("")
        c.setCreator(s.get("creator", "Microsoft® Word 2016"))
        c.setProducer(s.get("producer", "Microsoft® Word 2016"))
        for n, (size, ops) in enumerate(pages, 1):
            c.setPageSize(size)
            num = f"- {n} -"
            ops = ops + [("text", size[0] / 2 - sw(num, 9) / 2, 28, num, 9)]
            pdfbase.draw_ops(c, ops)
            c.showPage()
        c.save()
        return buf.getvalue()
    finally:
        pdfbase.FONT = old


# ---------------------------------------------------------------- DOCX

def d_report12(s):
    """An ordinary Word report; options: tables nested in a one-cell layout table, 「单位：件」 lines, notes under
    the tables, table 四 with 「总计」 first, two header rows / abbreviated 法人 block, header rows marked to repeat,
    a Google Docs export (Arial runs, no table style, the title as Title style)."""
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    d = new_doc()
    gdocs = s.get("gdocs")
    if gdocs:
        st = d.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(11)
    nh = {"t2": 0, "t3": 2 if s.get("hdr2") else 3, "t4": 3}

    def tab(k):
        def f(doc):
            if s.get("unit_line") and k in s["unit_line"]:
                p = doc.add_paragraph(UNIT)
                p.alignment = 2
            if s.get("nested"):
                outer = doc.add_table(rows=2, cols=1)
                outer.style = "Table Grid"
                outer.cell(0, 0).text = {"t2": "主动公开政府信息情况", "t3": "收到和处理政府信息公开申请情况",
                                         "t4": "政府信息公开行政复议、行政诉讼情况"}[k]
                t = add_table(outer.cell(1, 0), g[k], NCOLS[k])
            else:
                t = add_table(doc, g[k], NCOLS[k], style=None if gdocs else "Table Grid")
            if s.get("repeat_hdr"):
                for r in t.rows[:nh[k]]:
                    r._tr.get_or_add_trPr().append(parse_xml(
                        '<w:tblHeader xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))
            for x in s.get("notes", {}).get(k, []):
                p = doc.add_paragraph(x)
                for r in p.runs:
                    r.font.size = Pt(9)
        return f
    for kind, t in blocks(s):
        if kind in g:
            tab(kind)(d)
        elif kind == "title":
            if gdocs:
                d.add_paragraph(t, style="Title")
            else:
                p = d.add_paragraph()
                p.alignment = 1
                r = p.add_run(t)
                r.bold = True
                r.font.size = Pt(18)
        elif kind == "h":
            if gdocs:
                d.add_paragraph(t, style="Heading 2")
            else:
                d.add_paragraph().add_run(t).bold = True
        elif kind == "sign":
            d.add_paragraph(t).alignment = 2
        else:
            d.add_paragraph(t)
    if s.get("landscape_doc"):
        sec = d.sections[0]
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return save(d)


def d_legacy_numbered(s):
    """2016/2017 report on the old 条例: prose, then the 统计表 with a 序号 column typed as 「一」「1」… (Word)."""
    paras, table = legacy_blocks(s)
    d = new_doc()
    p = d.add_paragraph()
    p.alignment = 1
    p.add_run(s["title"]).bold = True
    for x in paras:
        d.add_paragraph(x)
    d.add_paragraph("附表：政府信息公开情况统计表")
    t = d.add_table(rows=len(table), cols=4)
    t.style = "Table Grid"
    seq = ["序号", "一", "（一）", "", "二", "（一）", "1", "2", "3", "三", "四"]
    for r, row in enumerate(table):
        t.cell(r, 0).text = seq[r]
        for c, x in enumerate(row):
            t.cell(r, c + 1).text = x
    d.add_paragraph(s["agency"]).alignment = 2
    d.add_paragraph(s["date"]).alignment = 2
    return save(d)


def h_legacy_pairs(s):
    """2016 report of a city government (TRS page): prose, and the 统计表 printed as two column pairs side by side
    (指标 | 数量 | 指标 | 数量)."""
    paras, table = legacy_blocks(s)
    items = [r for r in table[1:]]
    half = (len(items) + 1) // 2
    left, right = items[:half], items[half:] + [["", "", ""]] * (2 * half - len(items))
    trs = ["<tr><td>统计指标</td><td>单位</td><td>统计数</td><td>统计指标</td><td>单位</td><td>统计数</td></tr>"]
    for a, b in zip(left, right):
        trs.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in a + b) + "</tr>")
    body = [f'<p align="center"><strong>{esc(s["title"])}</strong></p>']
    body += [f'<p style="text-indent:2em">{esc(x)}</p>' for x in paras]
    body.append('<p>附：政府信息公开情况统计表</p><table border="1" cellspacing="0" cellpadding="4">' + "".join(trs) +
                "</table>")
    body += [f'<p align="right">{esc(s["agency"])}</p>', f'<p align="right">{esc(s["date"])}</p>']
    art = '<div class="TRS_Editor">\n' + "\n".join(body) + "\n</div>"
    return page(s["title"], art, s["site"], charset="utf-8").encode("utf-8")
