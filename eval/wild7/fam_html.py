"""HTML printers of eval/wild7 (one per layout family), plus the Word-HTML file served as `.doc`."""
from __future__ import annotations

import random

from base import blocks, ctx, html_body
from grids import C, full, t2_grid, t3_grid, t4_grid
from model import COL_NAMES, RESULT_HEAD, T3_NOTE, T4_KINDS, T4_PARTS
from render import esc, html_table, page

NCOLS = {"t2": 4, "t3": 10, "t4": 15}


def grids(s, cell):
    return {"t2": t2_grid(s["template"], cell, s.get("unit", "万元")), "t3": t3_grid(s["template"], cell),
            "t4": t4_grid(cell)}


def tables_plain(s, cell, attrs='border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"',
                 td=None, relabel=None):
    kw = {"td": td} if td else {}
    out = {}
    for k, g in grids(s, cell).items():
        if relabel:
            g = [[C(relabel.get(c.text, c.text), c.rs, c.cs, c.key) for c in row] for row in g]
        out[k] = html_table(g, attrs, **kw)
    return out


def cms(s, article: str, charset="utf-8") -> bytes:
    crumbs = ('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; '
              '<a href="/zwgk/ndbg/">年度报告</a></div>')
    info = f'<div class="info">发布时间：{s["pub"]}　来源：{esc(s["site"])}</div>' if s.get("pub") else ""
    return page(s["title"], f"{crumbs}\n<div class=\"article\">\n{info}\n{article}\n</div>", s["site"],
                charset=charset).encode(charset if charset != "gb2312" else "gb18030")


# ---------------------------------------------------------------- WeChat 公众号 article

def h_wechat_sections(s):
    """A 公众号 article as the mp.weixin.qq.com page holds it: every paragraph a <section>/<p> with inline
    <span> styling, the tables built by the article editor (秀米/135) as nested <section>s with display:flex
    rows, a merged cell a wider section (flex: n), a cell under a row-spanning label an empty section."""
    cell = ctx(s)
    st = 'style="font-size:15px;color:#3f3f3f;line-height:1.75em;letter-spacing:1px"'

    def table(g, n):
        rows_ = []
        for frow in full(g, n):
            cells = []
            i = 0
            while i < len(frow):
                c, origin = frow[i]
                span = c.cs if origin else 1
                text = c.text if origin else ""
                cells.append(f'<section style="flex:{span};border:1px solid #b7c4d4;padding:4px 2px;'
                             f'text-align:center;box-sizing:border-box"><span leaf="" style="font-size:12px">'
                             f'{esc(text)}</span></section>')
                i += span
            rows_.append('<section style="display:flex;flex-direction:row;width:100%">' + "".join(cells) +
                         "</section>")
        return ('<section style="margin:10px 0;overflow-x:auto"><section style="display:flex;'
                'flex-direction:column;min-width:560px">' + "".join(rows_) + "</section></section>")

    tabs = {k: table(g, NCOLS[k]) for k, g in grids(s, cell).items()}
    p = lambda t: f'<section {st}><span leaf="">{esc(t)}</span></section>'  # noqa: E731
    h = lambda t: (f'<section style="margin:16px 0 8px;border-left:4px solid #1e6fd9;padding-left:8px">'  # noqa: E731
                   f'<span leaf="" style="font-size:16px;font-weight:bold;color:#1e6fd9">{esc(t)}</span></section>')
    title = lambda t: ""  # noqa: E731  (the title is the page's <h1>)
    sign = lambda t: f'<section style="text-align:right" {st}><span leaf="">{esc(t)}</span></section>'  # noqa: E731
    body = html_body(s, tabs, p=p, h=h, title=title, sign=sign)
    doc = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" '
           f'content="width=device-width,initial-scale=1.0">\n<meta property="og:title" content="{esc(s["title"])}">\n'
           f'<title>{esc(s["title"])}</title>\n</head>\n<body id="activity-detail" class="zh_CN">\n'
           f'<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">\n'
           f'<h1 class="rich_media_title" id="activity-name">{esc(s["title"])}</h1>\n'
           f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">'
           f'原创</span> <span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">{esc(s["mp"])}</a>'
           f'</span> <em id="publish_time" class="rich_media_meta rich_media_meta_text">{s["pub"]}</em></div>\n'
           f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:hidden;">\n'
           f'<section style="padding:0 8px">\n{body}\n</section>\n'
           f'<p style="display:none;"><mp-style-type data-value="3"></mp-style-type></p>\n</div>\n'
           f'<div id="js_tags" class="article-tag__list">#政务公开 #年度报告</div>\n'
           f'<div class="rich_media_tool"><span>阅读 {s["reads"]}</span> <span>赞 {s["likes"]}</span></div>\n'
           f'</div></div>\n<script>var msg_title = "{esc(s["title"])}"; var ct = "{s["ct"]}";</script>\n'
           f'</body>\n</html>\n')
    return doc.encode("utf-8")


# ---------------------------------------------------------------- 集约化平台: rows as <ul><li>

def h_ul_rows(s):
    """Site-cluster (集约化平台) template whose tables are lists: each table a <div class="tb">, each row a
    <ul class="tr">, each cell a floated <li> with a width in percent (a merged cell wider); cells under a
    row-spanning label are empty <li>s; no <table> anywhere."""
    cell = ctx(s)

    def table(g, n):
        out = ['<div class="tb">']
        for frow in full(g, n):
            lis, i = [], 0
            while i < len(frow):
                c, origin = frow[i]
                span = c.cs if origin else 1
                w = round(100 * span / n, 2)
                cls = "td num" if c.key else "td"
                lis.append(f'<li class="{cls}" style="width:{w}%">{esc(c.text) if origin else "&nbsp;"}</li>')
                i += span
            out.append('<ul class="tr clearfix">' + "".join(lis) + "</ul>")
        out.append("</div>")
        return "\n".join(out)

    tabs = {k: table(g, NCOLS[k]) for k, g in grids(s, cell).items()}
    art = (f'<div class="zwgk-detail"><div class="tit">{esc(s["title"])}</div>\n'
           f'<div class="xxgk-meta"><span>索引号：{s["idx"]}</span><span>发布机构：{esc(s["agency"])}</span>'
           f'<span>成文日期：{s["pub"]}</span></div>\n<div class="TRS_UEDITOR trs_paper_default">\n'
           + html_body(s, tabs, title=lambda t: "") + "\n</div></div>")
    head = ('<style>.tb{width:100%;border-top:1px solid #000;border-left:1px solid #000}.tr{margin:0;padding:0;'
            'list-style:none}.td{float:left;border-right:1px solid #000;border-bottom:1px solid #000;'
            'text-align:center;min-height:24px;box-sizing:border-box}.clearfix:after{content:"";display:block;'
            'clear:both}</style>\n')
    return page(s["title"], art, s["site"], head_extra=head).encode("utf-8")


# ---------------------------------------------------------------- value cells with notes

def h_cell_notes(s):
    """Plain CMS tables in which the editor wrote a note into some value cells after the number:
    「3（含转办1件）」, 「2（均已按期答复）」, 「1（已结案）」 — the number is the cell's value."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "notes")
    notes = ["（含转办{}件）", "（均已按期答复）", "（已结案）", "（其中{}件为网上申请）", "（已全部办结）"]
    noted = {}

    def td(c):
        t = esc(c.text)
        if c.key and c.key.startswith(("t3.", "t4.")) and c.text not in ("0", "") and rng.random() < 0.12:
            n = rng.choice(notes)
            v = int(c.text)
            note = n.format(rng.randint(1, v)) if "{}" in n else n
            noted[c.key] = note
            t += esc(note)
        return t

    tabs = tables_plain(s, cell, td=td)
    s["notes_printed"] = noted
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- GF2019 label variants

LABELS19 = {
    "第二十条第（一）项": "第二十条第(一)项", "第二十条第（五）项": "第二十条第(五)项",
    "第二十条第（六）项": "第二十条第(六)项", "第二十条第（八）项": "第二十条第(八)项",
    "第二十条第（九）项": "第二十条第(九)项", "对外公开总数量": "对外公开总数", "上一年项目数量": "上年项目数量",
    "本年增/减": "本年增减", "处理决定数量": "本年处理决定数", "其他对外管理服务事项": "其他对外管理服务",
    "一、本年新收政府信息公开申请数量": "一、本年新收申请数量", "二、上年结转政府信息公开申请数量": "二、上年结转申请数量",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "（二）部分公开",
    "3.危及“三安全一稳定”": "3.危及\"三安全一稳定\"", "1.本机关不掌握相关政府信息": "1.本机关不掌握",
    "5.要求行政机关确认或重新出具已获取信息": "5.要求确认或重新出具已获取信息", "（七）总计": "（七）合计",
    "四、结转下年度继续办理": "四、结转下年度办理", "三、本年度办理结果": "三、本年办理结果",
}


def h_gf2019_variants(s):
    """GF2019 page whose labels are the publisher's variants of the template's words (half-width brackets in
    「第二十条第(一)项」, 「上年项目数量」, 「本年增减」, 「本年处理决定数」, 「一、本年新收申请数量」, 「（二）部分公开」
    without its note, 「1.本机关不掌握」, 「（七）合计」, 「四、结转下年度办理」)."""
    cell = ctx(s)
    return cms(s, html_body(s, tables_plain(s, cell, relabel=LABELS19)), charset="utf-8")


# ---------------------------------------------------------------- Excel HTML with empty spacer columns

def with_spacers(g, n, spacer_after):
    """Insert empty cells after grid column `spacer_after` and at the end of every row (colspans widened where a
    cell covers the spacer)."""
    out = []
    F = full(g, n)
    for r, row in enumerate(g):
        new, col = [], 0
        # walk the rectangle to know each origin cell's start column
        starts = {}
        for c_i, (cc, origin) in enumerate(F[r]):
            if origin and id(cc) not in starts:
                starts[id(cc)] = c_i
        for cc in row:
            c0 = starts[id(cc)]
            c1 = c0 + cc.cs - 1
            if c0 <= spacer_after < c1:
                new.append(C(cc.text, cc.rs, cc.cs + 1, cc.key))
            else:
                new.append(cc)
                if c1 == spacer_after:
                    new.append(C("", cc.rs if cc.rs > 1 and c0 == 0 else 1))
        new.append(C(""))
        out.append(new)
    return out


def h_spacer_columns(s):
    """Excel 'save as web page' of a sheet laid out with narrow empty columns: one between the label columns and
    the values, one at the right edge of every table (cells of the header that cover the gap widened)."""
    cell = ctx(s)
    g = grids(s, cell)
    def td(c):
        return esc(c.text) if c.text else "&nbsp;"
    attrs = 'border=0 cellpadding=0 cellspacing=0 width=760 style="border-collapse:collapse;table-layout:fixed"'
    spacer = {"t2": 0, "t3": 2, "t4": 99}
    tabs = {}
    for k, gr in g.items():
        gr2 = with_spacers(gr, NCOLS[k], spacer[k]) if k != "t4" else [row + [C("")] for row in gr]
        tabs[k] = html_table(gr2, attrs, td=td).replace("<td", '<td class=xl65')
    head = ('<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content="Microsoft Excel 15">\n'
            '<style>td.xl65{border:.5pt solid windowtext;font-size:10.0pt;font-family:宋体;text-align:center}</style>\n')
    return page(s["title"], html_body(s, tabs), s["site"], head_extra=head).encode("utf-8")


# ---------------------------------------------------------------- typed footnote marks (* ※)

def h_asterisk_marks(s):
    """Footnote marks typed after numbers as plain characters (「12*」, 「3※」, no <sup>), explained in a 「注：」
    line under the table."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "ast")
    marks = {}
    def td(c):
        if c.key and c.key.startswith(("t3.", "t4.")) and c.text not in ("0",) and rng.random() < 0.08:
            m = rng.choice(["*", "※", "*"])
            marks[c.key] = m
            return esc(c.text) + m
        return esc(c.text)
    tabs = tables_plain(s, cell, td=td)
    for k in ("t3", "t4"):
        tabs[k] += ('\n<p style="font-size:12px">注：标*的数据含上级转办件；标※的数据含同一申请人就同一事项'
                    '提出的多件申请。</p>')
    s["marks_printed"] = marks
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- header cells with unusual spans

def h_odd_header_spans(s):
    """Table 三 with a 「单位：件」 row inside the table above the header, 总计 outside 申请人情况 (a header cell
    of three rows at the right edge), the template note cell over three rows; table 四 with 「单位：件」 too."""
    cell = ctx(s)
    g3 = t3_grid(s["template"], cell)
    g3 = [[C("单位：件", 1, 10)],
          [C(T3_NOTE, 3, 3), C("申请人情况", 1, 6), C("总计", 3, 1)],
          [C("自然人", 2, 1), C("法人或其他组织", 1, 5)],
          [C(n) for n in COL_NAMES[1:6]]] + g3[3:]
    g4 = [[C("单位：件", 1, 15)]] + t4_grid(cell)
    attrs = 'border="1" cellspacing="0" cellpadding="2" width="100%"'
    tabs = {"t2": html_table(t2_grid(s["template"], cell), attrs), "t3": html_table(g3, attrs),
            "t4": html_table(g4, attrs)}
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- 栏次 (column index) rows

def h_column_index_row(s):
    """Tables exported from a statistics system: under each header a 栏次 row numbering the value columns
    (「栏次 | 1 | 2 | … | 7」, table 四 1–15, table 二's first block 1–3)."""
    cell = ctx(s)
    g3 = t3_grid(s["template"], cell)
    g3 = g3[:3] + [[C("栏次", 1, 3)] + [C(str(i)) for i in range(1, 8)]] + g3[3:]
    g4 = t4_grid(cell)
    g4 = g4[:3] + [[C(str(i)) for i in range(1, 16)]] + g4[3:]
    g2 = t2_grid(s["template"], cell)
    g2 = g2[:2] + [[C("栏次"), C("1"), C("2"), C("3")]] + g2[2:]
    attrs = 'border="1" cellspacing="0" cellpadding="3"'
    tabs = {"t2": html_table(g2, attrs), "t3": html_table(g3, attrs), "t4": html_table(g4, attrs)}
    return cms(s, html_body(s, tabs))


# ---------------------------------------------------------------- Word HTML served as .doc

def doc_word_html(s):
    """An OA export 「下载Word版」: the file is named .doc but holds Word HTML (xmlns:w, <w:WordDocument> in
    conditional comments, mso- styles, charset gb2312) — Word opens it, a reader that trusts the extension
    does not."""
    cell = ctx(s)
    attrs = ("class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
             "border:none;mso-border-alt:solid windowtext .5pt'")
    def td(c):
        return f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>{esc(c.text)}</span></p>"
    tabs = tables_plain(s, cell, attrs, td)
    p = lambda t: f"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>{esc(t)}</span></p>"  # noqa: E731
    body = html_body(s, tabs, p=p)
    doc = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
           "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
           "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n<meta name=ProgId content=Word.Document>\n"
           "<meta name=Generator content=\"Microsoft Word 11\">\n<!--[if gte mso 9]><xml>\n <w:WordDocument>\n"
           "  <w:View>Print</w:View>\n  <w:Zoom>100</w:Zoom>\n  <w:PunctuationKerning/>\n </w:WordDocument>\n"
           "</xml><![endif]-->\n<style>\n<!--\n @page Section1 {size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\n"
           "div.Section1 {page:Section1;}\n-->\n</style>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n"
           f"<div class=Section1>\n{body}\n</div>\n</body>\n</html>\n")
    return doc.encode("gb18030")
