"""HTML printers of eval/wild10: the publishers' own site builders and editors (one per layout family)."""
from __future__ import annotations

from base import blocks, ctx, html_body, legacy_blocks
from fam_html import cms, grids, tables_plain
from fam_pdf import std_tables
from grids import C
from model import COL_NAMES, COLS, RESULT_HEAD, T3_NOTE, rows
from pdfbase import H4, W4, Flow, report_flow
from render import esc, html_table, page

ATTRS = 'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"'


# ---------------------------------------------------------------- UEditor (百度) article of a 镇

def h_ueditor(s):
    """A 镇 site on a county 集约化 platform whose editor is UEditor: <table data-sort="sortDisabled">, every cell
    <td valign="top" style="word-break: break-all;"> with its text in <p style="text-align:center">, empty
    <p><br/></p> between blocks."""
    cell = ctx(s)

    def td(c):
        return f'<p style="text-align:center;line-height:1.5em"><span style="font-family:仿宋_GB2312">{esc(c.text)}</span></p>'
    tabs = {k: html_table(g, 'data-sort="sortDisabled" width="100%"', td=td) for k, g in grids(s, cell).items()}
    tabs = {k: v.replace("<td", '<td valign="top" style="word-break: break-all;"') for k, v in tabs.items()}
    body = html_body(s, tabs, p=lambda t: f'<p style="text-indent:2em;line-height:2em">{esc(t)}</p>\n<p><br/></p>')
    return cms(s, '<div id="zoom" class="view TRS_UEDITOR">' + body + "</div>")


# ---------------------------------------------------------------- agency in the site header and crumbs only

def h_breadcrumb(s):
    """开发区 site (GF2019): the title names no agency, the agency is in the site header, the breadcrumbs and the
    meta line 「发布机构」, and in the signature."""
    cell = ctx(s)
    crumbs = (f'<div class="crumbs">当前位置：<a href="/">{esc(s["agency"])}</a> &gt; <a href="/zwgk/">政府信息公开</a> '
              '&gt; <a href="/zwgk/ndbg/">年度报告</a></div>')
    meta = (f'<table class="xxgk-meta"><tr><td>发布机构：{esc(s["agency"])}</td><td>主题分类：政务公开</td></tr>'
            f'</table>')
    body = crumbs + "\n" + meta + "\n" + html_body(s, tables_plain(s, cell))
    return page(s["title"], body, s["agency"]).encode("utf-8")


# ---------------------------------------------------------------- <caption> and <th> tables of a 2025 site

def th_table(grid, nhead, caption):
    out = [f"<table {ATTRS}>", f"<caption>{esc(caption)}</caption>", "<thead>"]
    for i, row in enumerate(grid):
        if i == nhead:
            out.append("</thead><tbody>")
        tag = "th" if i < nhead or not any(c.key for c in row) else "td"
        cells = []
        for c in row:
            span = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            t = "td" if c.key else ("th" if tag == "th" or not c.key else "td")
            cells.append(f'<{t}{span} scope="col">{esc(c.text)}</{t}>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def h_caption(s):
    """A 街道 page (2025) whose tables carry <caption> (「表1 主动公开政府信息情况」…) and print every label cell as
    <th scope=col>, the header rows in <thead>."""
    cell = ctx(s)
    g = grids(s, cell)
    tabs = {"t2": th_table(g["t2"], 2, "表1　主动公开政府信息情况"),
            "t3": th_table(g["t3"], 3, "表2　收到和处理政府信息公开申请情况"),
            "t4": th_table(g["t4"], 3, "表3　政府信息公开行政复议、行政诉讼情况")}
    return cms(s, html_body(s, tabs, h=lambda t: f"<h3>{esc(t)}</h3>"))


# ---------------------------------------------------------------- a unit line above the tables

def h_unit_line(s):
    """省级部门 page whose tables 三 and 四 are each preceded by a right-aligned 「单位：件」 line."""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    for k in ("t3", "t4"):
        tabs[k] = '<p style="text-align:right">单位：件</p>\n' + tabs[k]
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- LEGACY 镇 page, prose counts + attachment table

def h_legacy(s):
    """2016 report of a 镇 on the old 条例 as a CMS article: prose with the counts, then 「附表」 statistics."""
    paras, table = legacy_blocks(s)
    body = [f"<h1>{esc(s['title'])}</h1>"] + [f"<p>{esc(p)}</p>" for p in paras]
    body.append(f'<p style="text-align:right">{esc(s["agency"])}</p><p style="text-align:right">{esc(s["date"])}</p>')
    body.append("<p>附表：政府信息公开情况统计表</p>")
    body.append(html_table([[C(c) for c in r] for r in table], ATTRS))
    return cms(s, "\n".join(body), charset="gb2312")


# ---------------------------------------------------------------- CMS article furniture with numbers

def h_furniture(s):
    """A county CMS article with its furniture: 索引号 (digits), 发布日期, 浏览次数, 【字体：大 中 小】, 【打印】 and a
    「扫一扫在手机打开当前页」 box; related links with years after the signature."""
    cell = ctx(s)
    y = s["year"]
    head = (f'<table class="xxgk-info"><tr><td>索引号：11{y % 100:02d}0522MB1534601X/{y + 1}-00017</td>'
            f'<td>发布机构：{esc(s["agency"])}</td></tr><tr><td>发布日期：{y + 1}-01-25 16:42</td>'
            '<td>浏览次数：1386</td></tr></table>\n<div class="tools">【字体：<a>大</a> <a>中</a> <a>小</a>】　'
            '<a href="javascript:window.print()">【打印】</a>　<a>【关闭】</a></div>')
    tail = ('<div class="related"><h4>相关链接</h4><ul>' +
            "".join(f'<li><a href="/{y - i}.html">{y - i}年政府信息公开工作年度报告</a></li>' for i in (1, 2, 3)) +
            '</ul></div><div class="qr">扫一扫在手机打开当前页</div>')
    return cms(s, head + "\n" + html_body(s, tables_plain(s, cell)) + "\n" + tail)


# ---------------------------------------------------------------- hand-filled template with 小计 rows

def t3_subtotal_grid(s, cell):
    """Table 三 with a 「小计」 row after each group of result items (（三）…（六）), printed by the clerk: the group
    label spans its items and the 小计 row."""
    R = rows(s["template"])
    t3 = s["t3"]
    groups = [g for g in dict.fromkeys(r[1] for r in R) if g]
    res = [r for r in R if r[0] not in ("new", "carry_in", "carry_out")]
    g = [[C(T3_NOTE, 3, 3), C("申请人情况", 1, 7)],
         [C("自然人", 2, 1), C("法人或其他组织", 1, 5), C("总计", 2, 1)],
         [C(n) for n in COL_NAMES[1:6]]]
    seen = set()
    for i, (key, group, label) in enumerate(R):
        row = []
        if key in ("new", "carry_in", "carry_out"):
            row.append(C(label, 1, 3))
        else:
            if key == res[0][0]:
                row.append(C(RESULT_HEAD, len(res) + len(groups), 1))
            if group is None:
                row.append(C(label, 1, 2))
            else:
                if group not in seen:
                    seen.add(group)
                    row.append(C(group, sum(1 for r in R if r[1] == group) + 1, 1))
                row.append(C(label))
        row += [C(cell(f"t3.{key}.{c}"), key=f"t3.{key}.{c}") for c in COLS]
        g.append(row)
        if group and (i + 1 == len(R) or R[i + 1][1] != group):
            g.append([C("小计")] + [C(str(sum(t3[f"{k}.{c}"] for k, gg, _ in R if gg == group))) for c in COLS])
    return g


def h_subtotal(s):
    """A county bureau's page whose clerk added a 「小计」 row under each group of table 三 (（三）不予公开 …
    （六）其他处理); a real defect: a stale figure in table 四."""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    tabs["t3"] = html_table(t3_subtotal_grid(s, cell), ATTRS)
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- document preview service: SVG pages

def h_dcs_svg(s):
    """The site's 「在线预览」 of the attached report, made by a document conversion service (永中 DCS style): one
    <svg> per A4 page, every line of text a <text x y> and every rule a <line>; no HTML table."""
    cell = ctx(s)
    fl = Flow(W4, H4, footer=False)
    report_flow(s, fl, std_tables(s, cell))
    out = []
    for n, ops in enumerate(fl.pages, 1):
        el = []
        for o in ops:
            if o[0] == "text":
                _, x, y, t, size = o
                el.append(f'<text x="{x:.2f}" y="{H4 - y:.2f}" font-size="{size}">{esc(t)}</text>')
            elif o[0] == "line":
                _, x1, y1, x2, y2, w = o
                el.append(f'<line x1="{x1:.2f}" y1="{H4 - y1:.2f}" x2="{x2:.2f}" y2="{H4 - y2:.2f}" '
                          f'stroke="#000" stroke-width="{w}"/>')
        out.append(f'<div class="page" id="page{n}"><svg xmlns="http://www.w3.org/2000/svg" width="{W4:.0f}" '
                   f'height="{H4:.0f}" viewBox="0 0 {W4:.2f} {H4:.2f}" font-family="SimSun">'
                   + "\n".join(el) + "</svg></div>")
    head = '<style>.page{margin:8px auto;box-shadow:0 0 4px #999;width:595px}</style>\n'
    body = (f'<div class="dcs-toolbar">{esc(s["title"])}.docx　<a>下载</a></div>\n<div class="dcs-view">\n'
            + "\n".join(out) + "\n</div>")
    return page(f"{s['title']}.docx - 在线预览", body, "文档在线预览", head_extra=head).encode("utf-8")


# ---------------------------------------------------------------- platform render: flattened header names

def h_flat_header(s):
    """年报 rendered by a 政务公开 platform from its database: table 三 has ONE header row whose names are the
    column paths 「申请人情况-法人或其他组织-商业企业」, the item column 「项目」, the rows' labels their full paths
    (「三、本年度办理结果-（三）不予公开-1.属于国家秘密」)."""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    head = ["项目"] + [("申请人情况-" + n) if c in ("np", "tot") else f"申请人情况-法人或其他组织-{n}"
                      for c, n in zip(COLS, COL_NAMES)]
    g = [[C(h) for h in head]]
    for key, group, label in rows(s["template"]):
        if key in ("new", "carry_in", "carry_out"):
            lab = label
        else:
            lab = f"{RESULT_HEAD}-" + (f"{group}-{label}" if group else label)
        g.append([C(lab)] + [C(cell(f"t3.{key}.{c}"), key=f"t3.{key}.{c}") for c in COLS])
    tabs["t3"] = html_table(g, 'class="nb-table" border="1"', tag="td")
    return cms(s, html_body(s, tabs))


__all__ = ["blocks"]


# ---------------------------------------------------------------- 大汉 JCMS article with Word-pasted tables

def h_hanweb(s):
    """A 大汉 JCMS (Hanweb) article: the content between <!--<$[信息内容]>begin--> and …end--> comments, the tables
    pasted from Word (class=MsoNormalTable, <td style="border:solid windowtext 1.0pt">, figures in
    <span lang=EN-US>)."""
    cell = ctx(s)

    def td(c):
        t = esc(c.text)
        if c.key:
            t = f'<span lang="EN-US" style="font-size:10.5pt;font-family:仿宋_GB2312">{t}</span>'
        else:
            t = f'<span style="font-size:10.5pt;font-family:仿宋_GB2312">{t}</span>'
        return f'<p class="MsoNormal" align="center" style="text-align:center">{t}</p>'
    tabs = tables_plain(s, cell, 'class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
                                 'style="border-collapse:collapse"', td=td)
    tabs = {k: v.replace("<td", '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"') for k, v in tabs.items()}
    body = html_body(s, tabs, p=lambda t: f'<p class="MsoNormal" style="text-indent:32pt">{esc(t)}</p>')
    return cms(s, '<div class="bt_content" id="zoom"><!--<$[信息内容]>begin-->' + body + "<!--<$[信息内容]>end--></div>")
