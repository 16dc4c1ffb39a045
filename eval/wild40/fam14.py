"""Printers of eval/wild14: ordinary reports with the variation real publishers produce (「合计」 spelled 「合  计」 or
「总 计」, zero cells spelled 「0件」/「0.00」/「—」/「--」/「无」 in one report, five-digit volumes beside zeros, table 三
running onto the next page without its header, labels wrapped over three lines in a narrow column, table 三 continued
in a second table 「续表」) and a few new carriers (data tables in <noscript> under a script-rendered page, a
screen-reader-only table beside the table's picture, the article escaped in a hidden <textarea>, a GraphQL answer, a
crawler's JSON block list, a Notion export; LEGACY: a unit column, two indicators per row).

fam13's printers are reused; the grids get the new options through B.gridsx, the PDF tables through a hook on
pdfbase.Flow.table that knows the report being printed (CUR)."""
from __future__ import annotations

import json
import re

import base
import fam12 as B
import fam13 as M
import pdfbase
from docxbase import new_doc, save
from grids import C
from render import esc, page

CUR: dict = {}
GRIDSX13 = B.gridsx
TABLE0 = pdfbase.Flow.table


# ---------------------------------------------------------------- cell texts and labels

def xform14(s):
    """s["cellfmt"]: (key pattern, how) — "2f": the figure with two decimals (「0.00」); else a format string with
    {t} (「{t}件」). The first matching pattern wins."""
    rules = s.get("cellfmt", [])

    def xf(key, v, t):
        for pat, how in rules:
            if re.match(pat, key):
                return f"{v:.2f}" if how == "2f" else how.format(t=t)
        return t
    return xf


def relabel(s, text: str) -> str:
    return s.get("relabel", {}).get(text, text)


def gridsx14(s, cell) -> dict:
    g = GRIDSX13(s, cell)
    if s.get("relabel"):
        g = {k: [[c if c.key else C(relabel(s, c.text), c.rs, c.cs, c.key) for c in r] for r in v]
             for k, v in g.items()}
    return g


B.gridsx = gridsx14


def prepare14(s) -> None:
    if s.get("cellfmt"):
        s["xform"] = xform14(s)
    CUR.clear()
    CUR.update(s)


# ---------------------------------------------------------------- PDF tables: the hook

def table14(self, rows_, widths, **kw):
    """Flow.table with the report's options: labels relabelled; for table 三 a narrow label column
    (s["label_w"]), no header on the next page and the table pushed to the page's foot (s["t3_push"]), or its
    rows from 「（四）无法提供」 on in a second table under 「续表」 (s["t3_cont"]: "hdr" with the header rows
    again, "bare" without)."""
    s = CUR
    rows_ = [[(relabel(s, c[0]),) + tuple(c[1:]) for c in r] for r in rows_]
    flat = "".join(c[0] for r in rows_ for c in r)
    if "自然人" not in flat:
        return TABLE0(self, rows_, widths, **kw)
    widths = list(widths)
    if s.get("label_w"):
        rest = sum(widths) - s["label_w"]
        widths = [s["label_w"]] + [rest / (len(widths) - 1)] * (len(widths) - 1)
    if s.get("t3_cut"):
        return cut_row_table(self, rows_, widths, kw)
    if s.get("t3_push"):
        kw["repeat"] = 0
        if self.y > self.m + s["t3_push"]:
            self.y = self.m + s["t3_push"]
    if s.get("t3_cont"):
        nh = kw.get("repeat", 3) or 3
        cut = next(i for i, r in enumerate(rows_) if r[0][0].startswith(("（四）无法提供", "4.无法提供")))
        TABLE0(self, rows_[:cut], widths, **kw)
        self.para("续表", indent=False, size=9)
        second = (rows_[:nh] if s["t3_cont"] == "hdr" else []) + rows_[cut:]
        kw2 = dict(kw, repeat=nh if s["t3_cont"] == "hdr" else 0)
        return TABLE0(self, second, widths, **kw2)
    return TABLE0(self, rows_, widths, **kw)


pdfbase.Flow.table = table14


def rows_height(rows_, widths, size, pad=3) -> float:
    """The height Flow.table gives these rows (the same wrap and leading)."""
    lead = size * 1.35
    tot = 0.0
    for row in rows_:
        h, c = 0.0, 0
        for cellspec in row:
            text, cs = cellspec[0], cellspec[1]
            h = max(h, len(pdfbase.wrap(text, sum(widths[c:c + cs]) - 2 * pad, size)) * lead)
            c += cs
        tot += h + 2 * pad
    return tot


def cut_row_table(self, rows_, widths, kw):
    """Table 三 running from the foot of a page, the last long-labelled row that reaches the page's foot (「（二）部分
    公开（区分处理的，…）」 when it does) cut in two by the page break (Word's 「允许跨页断行」): its label's first
    line(s) and the figures on this page, the rest of the label on top of the next page, and no header rows there."""
    size = kw.get("size", 8)
    space = self.y - self.m - 2

    def parts(i):
        lines = pdfbase.wrap(rows_[i][0][0], widths[0] - 6, size)
        k = max(1, len(lines) // 2)
        a = [(("".join(lines[:k]),) + tuple(rows_[i][0][1:]))] + list(rows_[i][1:])
        b = [(("".join(lines[k:]),) + tuple(rows_[i][0][1:]))] + [("",) + tuple(c[1:]) for c in rows_[i][1:]]
        return a, b
    long_rows = [i for i, r in enumerate(rows_) if i > 3 and
                 len(pdfbase.wrap(r[0][0], widths[0] - 6, size)) > 1 and any(c[0] for c in r[1:])]
    fits = [i for i in long_rows if rows_height(rows_[:i] + [parts(i)[0]], widths, size) <= space]
    if not fits:
        self.new_page()
        fits = long_rows[:1]
    i = fits[-1]
    a, b = parts(i)
    first = rows_[:i] + [a]
    self.y = self.m + rows_height(first, widths, size) + 2
    kw = dict(kw, repeat=0)
    TABLE0(self, first, widths, **kw)
    self.new_page()
    self.y += 6  # Flow.table leaves 6 pt under a table; the cut row goes on at the top of the page
    return TABLE0(self, [b] + rows_[i + 1:], widths, **kw)


# ---------------------------------------------------------------- ordinary printers

def h_cms14(s):
    prepare14(s)
    return M.h_cms13(s)


def d_report14(s):
    prepare14(s)
    return M.d_report13(s)


def p_report14(s):
    prepare14(s)
    return M.p_report13(s)


# ---------------------------------------------------------------- carriers

SR_CSS = (".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;"
          "clip:rect(0,0,0,0);white-space:nowrap;border:0}")
CAPS = {"t2": "主动公开政府信息情况", "t3": "收到和处理政府信息公开申请情况", "t4": "政府信息公开行政复议、行政诉讼情况"}


def plain_article(s, tab_html) -> str:
    """The article's body as a plain CMS writes it; tab_html(kind, table_html) places each table."""
    B.marks(s)
    cell = base.ctx(s)
    tabs = B.table_html(s, cell, "plain")
    tabs = {k: tab_html(k, v) for k, v in tabs.items()}
    return B.article(s, tabs, lambda t: f'<p style="text-indent:2em">{esc(t)}</p>',
                     lambda t: f"<h3>{esc(t)}</h3>", lambda t: f'<h1 class="title">{esc(t)}</h1>',
                     lambda t: f'<p style="text-align:right">{esc(t)}</p>')


def h_noscript(s):
    """A page whose tables a script draws from an API (a chart-like 表格组件); the data tables the site prints for
    browsers without JavaScript sit in <noscript> right after each placeholder <div>."""
    prepare14(s)
    n = {"t2": 1, "t3": 2, "t4": 3}

    def tab(k, h):
        return (f'<div class="vtable" data-api="/api/xxgk/ndbg/{s["year"]}/table/{n[k]}" data-title="{CAPS[k]}">'
                f'<div class="vtable-loading">表格加载中…</div></div>\n<noscript>\n{h}\n</noscript>')
    body = plain_article(s, tab)
    script = ('<script src="/static/js/vue.min.js"></script>\n<script src="/static/js/vtable.js"></script>\n'
              '<script>document.querySelectorAll(".vtable").forEach(function(el){VTable.mount(el,'
              'el.dataset.api)});</script>')
    return page(s["title"], f'<div class="article" id="app">\n{body}\n</div>\n{script}', s["site"]).encode("utf-8")


def h_sronly(s):
    """An 适老化/无障碍 page: each table shown as a picture (the editor's screenshot, alt text naming the table) and
    printed for screen readers as a visually hidden <table class="sr-only"> (CSS clip, not display:none)."""
    prepare14(s)
    n = {"t2": 1, "t3": 2, "t4": 3}

    def tab(k, h):
        h = h.replace("<table ", '<table class="sr-only" ', 1)
        return (f'<p style="text-align:center"><img src="/u/cms/www/{s["year"] + 1}01/tb{n[k]}_{s["year"]}.png" '
                f'alt="表{n[k]} {CAPS[k]}（详见下方无障碍表格）" width="680"></p>\n{h}')
    body = plain_article(s, tab)
    return page(s["title"], f'<div class="article">\n{body}\n</div>', s["site"],
                head_extra=f"<style>{SR_CSS}</style>\n").encode("utf-8")


def j_graphql(s):
    """A site's GraphQL answer for the article (headless CMS): data.article with its fields, the body as one HTML
    string under content.html."""
    prepare14(s)
    body = plain_article(s, lambda k, h: h)
    doc = {"data": {"article": {
        "__typename": "Article", "id": s["gid"], "title": s["title"],
        "channel": {"__typename": "Channel", "name": "政府信息公开年报", "path": "/xxgk/ndbg"},
        "publisher": {"__typename": "Org", "name": s["agency"]},
        "publishedAt": f"{s['pub']}T10:00:00+08:00",
        "content": {"__typename": "RichText", "format": "HTML", "html": body},
        "attachments": []}}, "extensions": {"cost": {"requestedQueryCost": 41}}}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def m_notion(s):
    """A Notion page exported as Markdown: `# title`, the page's properties as `key: value` lines, `##` headings,
    tables as pipe tables (the first row as header, merged slots empty), an <aside> callout."""
    prepare14(s)
    B.marks(s)
    cell = base.ctx(s)
    g = B.gridsx(s, cell)
    out = []
    for kind, t in M.blocks13(s):
        if kind in g:
            out += [M.pipe_table(g[kind], sum(c.cs for c in g[kind][0])), ""]
        elif kind == "title":
            out += [f"# {t}", "", f"发布机关: {s['agency']}", f"发布日期: {s['pub']}", "标签: 年度报告, 政务公开", "",
                    "<aside>", "💡 本页由政务公开专班整理，数据以正式发布稿为准。", "</aside>", ""]
        elif kind == "h":
            out += [f"## {t}", ""]
        else:
            out += [t, ""]
    return ("\n".join(out) + "\n").encode("utf-8")


def h_legacy_unit_col(s):
    """A 2017 乡镇 page on the old 条例: prose and the 统计表 with a unit column (指标 | 单位 | 数量), group rows
    spanning the row."""
    paras, table = base.legacy_blocks(s)
    trs = ['<tr><th>指　标</th><th>单位</th><th>数量</th></tr>']
    for name, unit, v in table[1:]:
        if not unit:
            trs.append(f'<tr><td colspan="3"><b>{esc(name)}</b></td></tr>')
        else:
            trs.append(f"<tr><td>{esc(name)}</td><td>{esc(unit)}</td><td>{esc(v)}</td></tr>")
    body = [f'<h2 style="text-align:center">{esc(s["title"])}</h2>']
    body += [f"<p>{esc(x)}</p>" for x in paras]
    body.append(f'<p>附表：{s["year"]}年度政府信息公开情况统计表</p><table border="1" cellpadding="3" '
                'style="border-collapse:collapse">' + "".join(trs) + "</table>")
    body += [f'<p style="text-align:right">{esc(s["agency"])}</p>', f'<p style="text-align:right">{esc(s["date"])}</p>']
    return page(s["title"], '<div class="TRS_Editor">\n' + "\n".join(body) + "\n</div>", s["site"]).encode("utf-8")


def d_legacy_table_pairs(s):
    """A 2016 Word report on the old 条例: the 统计表 as a Word table with two indicators per row
    (指标 | 数量 | 指标 | 数量), the unit in brackets after each name."""
    paras, table = base.legacy_blocks(s)
    items = [(f"{n}（{u}）", v) for n, u, v in table[1:] if u]
    d = new_doc()
    p = d.add_paragraph()
    p.alignment = 1
    p.add_run(s["title"]).bold = True
    for x in paras:
        d.add_paragraph(x)
    d.add_paragraph("附件：政府信息公开情况统计表")
    nrow = (len(items) + 1) // 2
    t = d.add_table(rows=nrow + 1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["统计指标", "数量", "统计指标", "数量"]):
        t.cell(0, i).text = h
    for i, (n, v) in enumerate(items):
        r, c = 1 + i % nrow, 2 * (i // nrow)
        t.cell(r, c).text = n
        t.cell(r, c + 1).text = v
    d.add_paragraph(s["agency"]).alignment = 2
    d.add_paragraph(s["date"]).alignment = 2
    return save(d)


def j_blocks(s):
    """A crawler's parse of the article as JSON: meta fields, then `blocks` in order — {"type": "title"|"heading"|"paragraph",
    "text"} and {"type": "table", "rows": [[cell text, …], …]} with every merged slot an empty string."""
    prepare14(s)
    B.marks(s)
    cell = base.ctx(s)
    g = B.gridsx(s, cell)
    blocks = []
    for kind, t in M.blocks13(s):
        if kind in g:
            n = sum(c.cs for c in g[kind][0])
            blocks.append({"type": "table", "rows": [[cc.text if origin else "" for cc, origin in frow]
                                                     for frow in M.full(g[kind], n)]})
        elif kind in ("title", "h"):
            blocks.append({"type": "title" if kind == "title" else "heading", "text": t})
        else:
            blocks.append({"type": "paragraph", "text": t})
    doc = {"url": f"https://{s['host']}/zwgk/ndbg/{s['year'] + 1}01/t{s['year'] + 1}0121_{s['artno']}.html",
           "site": s["site"], "title": s["title"], "publish_time": f"{s['pub']} 09:00", "blocks": blocks}
    return (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")


def h_textarea(s):
    """A CMS page that keeps the article's HTML, escaped, in a hidden <textarea id="content"> and writes it into the
    page with a script (the visible <div> is empty until the script runs)."""
    prepare14(s)
    body = plain_article(s, lambda k, h: h)
    script = ('<script>(function(){var t=document.getElementById("content");'
              'document.getElementById("zoom").innerHTML=t.value;})();</script>')
    art = (f'<div class="info">发布时间：{s["pub"]}　来源：{esc(s["site"])}</div>\n<div id="zoom"></div>\n'
           f'<textarea id="content" style="display:none">{esc(body)}</textarea>\n{script}')
    return page(s["title"], art, s["site"]).encode("utf-8")
