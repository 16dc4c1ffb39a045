"""HTML printers of eval/wild8 (one per layout family), plus the Word 「单个文件网页」 .mht."""
from __future__ import annotations

import quopri
import random

from base import blocks, ctx, html_body, legacy_blocks
from grids import C, full, t2_grid, t3_grid, t4_grid
from model import COL_NAMES, T3_NOTE, T4_PARTS
from render import esc, html_table, page

NCOLS = {"t2": 4, "t3": 10, "t4": 15}


def grids(s, cell):
    return {"t2": t2_grid(s["template"], cell, s.get("unit", "万元")), "t3": t3_grid(s["template"], cell),
            "t4": t4_grid(cell)}


def tables_plain(s, cell, attrs='border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"',
                 td=None):
    kw = {"td": td} if td else {}
    return {k: html_table(g, attrs, **kw) for k, g in grids(s, cell).items()}


def cms(s, article: str, charset="utf-8", head_extra="") -> bytes:
    crumbs = ('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; '
              '<a href="/zwgk/ndbg/">政府信息公开年报</a></div>')
    info = f'<div class="info">发布时间：{s["pub"]}　来源：{esc(s["site"])}</div>' if s.get("pub") else ""
    return page(s["title"], f"{crumbs}\n<div class=\"article\">\n{info}\n{article}\n</div>", s["site"],
                charset=charset, head_extra=head_extra).encode("gb18030" if charset == "gb2312" else charset)


def thousands(sep):
    """xform: integers (and decimals) of 1000 or more printed with a thousands separator `sep`."""
    def xf(key, v, t):
        if key.endswith(".delta") or not isinstance(v, (int, float)) or abs(v) < 1000:
            return t
        ip, _, dp = t.partition(".")
        ip = f"{int(ip):,}".replace(",", sep)
        return ip + ("." + dp if dp else "")
    return xf


# ---------------------------------------------------------------- element-ui: header and body tables apart

def h_element_ui(s):
    """A Vue page of a 政务公开 platform rendered with element-ui's el-table: every table is TWO <table>s — the
    header rows in .el-table__header-wrapper (<thead class="is-group">, <th><div class="cell">), the data rows in
    .el-table__body-wrapper — each with its own <colgroup>; a hidden gutter <th>; cell text inside <div class=cell>."""
    cell = ctx(s)
    nhead = {"t2": 2, "t3": 3, "t4": 3}

    def part(rows_, n, tag):
        cols = "".join(f'<col name="el-table_{n}_column_{i}" width="80">' for i in range(NCOLS[n]))
        out = ["<colgroup>" + cols + ('<col name="gutter" width="0">' if tag == "th" else "") + "</colgroup>"]
        out.append("<thead class=\"is-group\">" if tag == "th" else "<tbody>")
        for i, row in enumerate(rows_):
            cells = []
            for j, c in enumerate(row):
                span = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
                cls = f"el-table_{n}_column_{j} is-center"
                cells.append(f'<{tag}{span} class="{cls}"><div class="cell">{esc(c.text)}</div></{tag}>')
            if tag == "th" and i == 0:
                cells.append('<th class="gutter" style="width:0px;display:none"></th>')
            out.append(f'<tr class="{"el-table__row" if tag == "td" else ""}">' + "".join(cells) + "</tr>")
        out.append("</thead>" if tag == "th" else "</tbody>")
        return "".join(out)

    tabs = {}
    for k, g in grids(s, cell).items():
        h = nhead[k]
        tabs[k] = ('<div class="el-table el-table--fit el-table--border el-table--enable-row-hover">'
                   '<div class="hidden-columns"></div><div class="el-table__header-wrapper">'
                   '<table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width:100%">'
                   + part(g[:h], k, "th") + '</table></div><div class="el-table__body-wrapper is-scrolling-none">'
                   '<table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width:100%">'
                   + part(g[h:], k, "td") + '</table></div><div class="el-table__column-resize-proxy" '
                   'style="display:none"></div></div>')
    body = html_body(s, tabs, title=lambda t: f'<h2 class="detail-title">{esc(t)}</h2>')
    doc = (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{esc(s["title"])}</title>\n'
           '<link href="/static/css/app.8f3a1c2e.css" rel="stylesheet">\n</head>\n<body>\n<noscript><strong>'
           '请启用JavaScript以正常浏览本站。</strong></noscript>\n<div id="app" data-v-app=""><div class="layout">\n'
           f'<div class="top-bar" data-v-3b1f2a>{esc(s["site"])} · 政务公开</div>\n'
           '<div class="el-breadcrumb"><span class="el-breadcrumb__item">首页</span><span class="el-breadcrumb__item">'
           '信息公开年报</span><span class="el-breadcrumb__item">详情</span></div>\n'
           f'<div class="detail" data-v-7c2d4e>\n{body}\n</div>\n</div></div>\n'
           '<script src="/static/js/chunk-vendors.1d2e3f4a.js"></script>\n</body>\n</html>\n')
    return doc.encode("utf-8")


# ---------------------------------------------------------------- 信息公开目录 page: metadata table, 本委

def h_xxgk_meta(s):
    """A 政府信息公开目录 detail page: a metadata table above the text (索引号, 主题分类, 发布机构, 生成日期, 文号,
    有效性) — the only place the full agency name is printed; the title names no agency, the text says 「本委」,
    the signature the short form without the city."""
    cell = ctx(s)
    meta = ('<table class="xxgk-info" width="100%" border="0" cellspacing="0" cellpadding="0">'
            f'<tr><td class="t">索 引 号：</td><td>{s["idx"]}</td><td class="t">主题分类：</td><td>综合政务\\政务公开</td></tr>'
            f'<tr><td class="t">发布机构：</td><td>{esc(s["agency"])}</td><td class="t">生成日期：</td><td>{s["pub"]}</td></tr>'
            f'<tr><td class="t">名　　称：</td><td colspan="3">{esc(s["title"])}</td></tr>'
            f'<tr><td class="t">文　　号：</td><td>{s["wenhao"]}</td><td class="t">有 效 性：</td><td>有效</td></tr>'
            '</table>')
    art = meta + "\n" + html_body(s, tables_plain(s, cell), title=lambda t: f'<div class="xxgk-title">{esc(t)}</div>')
    return cms(s, art)


# ---------------------------------------------------------------- table 四 as two tables side by side

def h_t4_side_by_side(s):
    """Table 四 laid out as two tables side by side in a borderless layout table: 行政复议 (5 columns) on the left,
    行政诉讼 (10 columns: 未经复议直接起诉 / 复议后起诉) on the right, their rows not aligned."""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    attrs = 'border="1" cellspacing="0" cellpadding="2" style="border-collapse:collapse;width:100%"'
    rv = [[C("行政复议", 1, 5)], [C(n) for _, n in T4_PARTS],
          [C(cell(f"t4.rv.{p}"), key=f"t4.rv.{p}") for p, _ in T4_PARTS]]
    lit = [[C("行政诉讼", 1, 10)], [C("未经复议直接起诉", 1, 5), C("复议后起诉", 1, 5)],
           [C(n) for _, n in T4_PARTS] * 2,
           [C(cell(f"t4.{k}.{p}"), key=f"t4.{k}.{p}") for k in ("ld", "lr") for p, _ in T4_PARTS]]
    tabs["t4"] = ('<table class="layout" border="0" cellspacing="0" cellpadding="0" width="100%"><tr>'
                  f'<td valign="top" width="34%">{html_table(rv, attrs)}</td><td width="2%">&nbsp;</td>'
                  f'<td valign="top" width="64%">{html_table(lit, attrs)}</td></tr></table>')
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- full-width comma thousands

def h_fullwidth_comma(s):
    """A large city bureau whose counts of a thousand or more are typed with a full-width comma as the thousands
    separator (「1，286」: Chinese IME), in tables 二 and 三."""
    s["xform"] = thousands("，")
    cell = ctx(s)
    return cms(s, html_body(s, tables_plain(s, cell)))


# ---------------------------------------------------------------- GF2019: units in the column headers

def h_gf2019_header_units(s):
    """GF2019 page whose column headers carry the unit (「本年新制作数量（件）」, 「上一年项目数量（项）」,
    「采购总金额（万元）」, 「自然人（件）」) and whose table 三 header is two rows: 申请人情况 over the seven columns,
    then the seven names (no 法人或其他组织 row); table 四 parts with （件）."""
    cell = ctx(s)
    g = grids(s, cell)
    unit_of = {"本年新制作数量": "件", "本年新公开数量": "件", "对外公开总数量": "件", "上一年项目数量": "项",
               "本年增/减": "项", "处理决定数量": "件", "采购项目数量": "项"}
    g["t2"] = [[C(c.text + (f"（{unit_of[c.text]}）" if c.text in unit_of else ""), c.rs, c.cs, c.key) for c in row]
               for row in g["t2"]]
    g["t3"] = [[C("项目", 2, 3), C("申请人情况（单位：件）", 1, 7)], [C(n) for n in COL_NAMES]] + g["t3"][3:]
    g["t4"] = [[C(c.text + ("（件）" if c.text in dict(T4_PARTS).values() else ""), c.rs, c.cs, c.key) for c in row]
               for row in g["t4"]]
    attrs = 'border="1" cellspacing="0" cellpadding="3" width="100%"'
    return cms(s, html_body(s, {k: html_table(v, attrs) for k, v in g.items()}), charset="gb2312")


# ---------------------------------------------------------------- tables in an appendix after the signature

def appendix_blocks(s):
    """blocks() with each table replaced by 「（详见附表n）」 and the tables after the signature under 「附件」."""
    caps = {"t2": "附表1　主动公开政府信息情况", "t3": "附表2　收到和处理政府信息公开申请情况",
            "t4": "附表3　政府信息公开行政复议、行政诉讼情况"}
    out, tabs = [], []
    for kind, t in blocks(s):
        if kind in caps:
            out.append(("p", f"（详见附表{caps[kind][2]}）"))
            tabs.append(kind)
        else:
            out.append((kind, t))
    out.append(("h", "附件：政府信息公开工作年度报告统计表"))
    for k in tabs:
        out.append(("cap", caps[k]))
        out.append((k, ""))
    return out


def h_appendix(s):
    """A city government's page: the narrative says 「（详见附表n）」 where each table belongs; after the signature and
    date, 「附件：」 and the three tables, each under its caption 「附表1　主动公开政府信息情况」 …"""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    out = []
    for kind, t in appendix_blocks(s):
        if kind in tabs:
            out.append(tabs[kind])
        elif kind == "title":
            out.append(f"<h1>{esc(t)}</h1>")
        elif kind == "h":
            out.append(f"<p><strong>{esc(t)}</strong></p>")
        elif kind == "cap":
            out.append(f'<p style="text-align:center"><strong>{esc(t)}</strong></p>')
        elif kind == "sign":
            out.append(f'<p style="text-align:right">{esc(t)}</p>')
        else:
            out.append(f"<p>{esc(t)}</p>")
    return cms(s, "\n".join(out))


# ---------------------------------------------------------------- Word 「单个文件网页」 (.mht)

def word_html(s, cell) -> str:
    attrs = ("class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
             "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'")

    def td(c):
        return (f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;"
                f"font-family:宋体'>{esc(c.text)}<span lang=EN-US><o:p></o:p></span></span></p>")
    tabs = tables_plain(s, cell, attrs, td)
    p = lambda t: (f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;"  # noqa: E731
                   f"font-family:仿宋_GB2312'>{esc(t)}<span lang=EN-US><o:p></o:p></span></span></p>")
    body = html_body(s, tabs, p=p)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=Content-Type content=\"text/html; "
            "charset=gb2312\">\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
            "<link rel=File-List href=\"report.files/filelist.xml\">\n<!--[if gte mso 9]><xml>\n <w:WordDocument>\n"
            "  <w:View>Print</w:View>\n  <w:TrackMoves>false</w:TrackMoves>\n </w:WordDocument>\n</xml><![endif]-->\n"
            "</head>\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
            f"<div class=WordSection1 style='layout-grid:15.6pt'>\n{body}\n</div>\n</body>\n</html>\n")


PREAMBLE = "此文档为“单个文件网页”，也称为“Web 档案”文件。".encode("gb18030").decode("latin-1")


def h_word_mht(s):
    """Word 「另存为 单个文件网页」 (.mht): a MIME multipart/related message — the preamble Word writes, the Word HTML
    part in gb2312 as quoted-printable (=C9=E7…, soft line breaks '=' at 76 columns), a filelist.xml part."""
    cell = ctx(s)
    bnd = "----=_NextPart_01DA4F2B.5C3E8A10"
    html = word_html(s, cell).encode("gb18030")
    qp = quopri.encodestring(html).decode("ascii").replace("\n", "\r\n")
    fl = ('<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef="../report.htm"/>\r\n'
          ' <o:File HRef="filelist.xml"/>\r\n</xml>')
    out = ("MIME-Version: 1.0\r\n"
           f"Content-Type: multipart/related; boundary=\"{bnd}\"\r\n\r\n"
           + PREAMBLE + "\r\n\r\n"
           f"--{bnd}\r\nContent-Location: file:///C:/6F3A2B1C/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           f"Content-Type: text/html; charset=\"gb2312\"\r\n\r\n{qp}\r\n\r\n"
           f"--{bnd}\r\nContent-Location: file:///C:/6F3A2B1C/report.files/filelist.xml\r\n"
           f"Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/xml; charset=\"utf-8\"\r\n\r\n{fl}\r\n\r\n"
           f"--{bnd}--\r\n")
    return out.encode("latin-1")


# ---------------------------------------------------------------- a rowspan one too long

def h_overlong_rowspan(s):
    """A hand-edited CMS table whose 「三、本年度办理结果」 cell has rowspan one too long (23 for 22 rows): the
    browser pushes the 四、结转下年度继续办理 row one column to the right (its seven values under 商业企业 … and
    one past 总计); the values still follow their label in order."""
    cell = ctx(s)
    tabs = tables_plain(s, cell)
    g3 = t3_grid(s["template"], cell)
    for row in g3:
        for c in row:
            if c.text == "三、本年度办理结果":
                c.rs += 1
    tabs["t3"] = html_table(g3, 'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"')
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- responsive tables: a label inside every cell

def h_responsive_labels(s):
    """A responsive CMS template that puts the column name inside every value cell for phones
    (<td><span class="m-th">自然人</span>12</td>), hidden on desktops by the stylesheet (a class, no inline
    style): the text of a cell reads 「自然人12」."""
    cell = ctx(s)
    g = grids(s, cell)
    t2names = {}
    for row in g["t2"]:
        if row[0].text == "信息内容":
            hdr = [c.text for c in row[1:]]
        for i, c in enumerate(c for c in row if c.key):
            t2names[c.key] = hdr[i] if i < len(hdr) else hdr[0]
    t3names = dict(zip(["np", "biz", "sci", "npo", "law", "oth", "tot"], COL_NAMES))
    t4names = dict(T4_PARTS)

    def td(c):
        if not c.key:
            return esc(c.text)
        t, k = c.key.split(".", 1)
        name = t2names.get(c.key) if t == "t2" else (t3names[k.rsplit(".", 1)[1]] if t == "t3"
                                                       else {"rv": "行政复议", "ld": "直接起诉", "lr": "复议后起诉"}[
                                                           k.split(".")[0]] + t4names[k.split(".")[1]])
        return f'<span class="m-th">{esc(name)}</span>{esc(c.text)}'
    head = '<style>.m-th{display:none}@media (max-width:768px){.m-th{display:inline;color:#888;margin-right:4px}}</style>\n'
    return cms(s, html_body(s, tables_plain(s, cell, td=td)), head_extra=head)


# ---------------------------------------------------------------- LEGACY: a two-year comparison table

def h_legacy_compare(s):
    """2018 report on the old 条例: prose and a statistics table comparing this year with last (统计指标 / 单位 /
    2018年 / 2017年 / 增减)."""
    paras, table = legacy_blocks(s)
    prev = s["prev"]
    rows_ = [["统计指标", "单位", f"{s['year']}年", f"{s['year'] - 1}年", "增减"]]
    for r in table[1:]:
        if r[2]:
            a, b = int(r[2]), prev.get(r[0], max(0, int(r[2]) - 3))
            d = a - b
            rows_.append([r[0], r[1], str(a), str(b), f"+{d}" if d > 0 else str(d)])
        else:
            rows_.append([r[0], "", "", "", ""])
    tab = ("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">" + "".join(
        "<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in rows_) + "</table>")
    body = [f"<h1>{esc(s['title'])}</h1>"] + [f"<p>{esc(p)}</p>" for p in paras]
    body += ["<p style=\"text-align:center\"><strong>政府信息公开情况统计表</strong></p>", tab,
             f'<p style="text-align:right">{esc(s["agency"])}</p>', f'<p style="text-align:right">{esc(s["date"])}</p>']
    return cms(s, "\n".join(body), charset="gb2312")


__all__ = ["h_element_ui", "h_xxgk_meta", "h_t4_side_by_side", "h_fullwidth_comma", "h_gf2019_header_units",
           "h_appendix", "h_word_mht", "h_overlong_rowspan", "h_responsive_labels", "h_legacy_compare", "full",
           "random", "T3_NOTE", "t4_grid", "quopri"]
