"""HTML printers of eval/wild6 (one per layout family), plus the MHTML archive."""
from __future__ import annotations

import html as _html
import quopri
import random

from base import blocks, ctx, html_body
from grids import C, t2_grid, t3_grid, t4_grid
from model import T4_KINDS, T4_PARTS
from pdfbase import A4, Flow, report_flow, t2_rows, t3_rows_hdr2, t4_rows
from render import esc, html_table, page


def tables_plain(s, cell, attrs='border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"', td=None):
    kw = {"td": td} if td else {}
    return {"t2": html_table(t2_grid(s["template"], cell, s.get("unit", "万元")), attrs, **kw),
            "t3": html_table(t3_grid(s["template"], cell), attrs, **kw),
            "t4": html_table(t4_grid(cell), attrs, **kw)}


# ---------------------------------------------------------------- Word "save as web page, filtered"

LIST_PREFIX = ("（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）")


def h_word_filtered(s):
    """Word 'Web Page, Filtered': MsoNormal paragraphs in every cell, mso- styles, label numbering inside
    downlevel-revealed conditional comments (<![if !supportLists]>…<![endif]>), numbers split over runs."""
    cell = ctx(s)
    def run(t, lang=False):
        la = " lang=EN-US" if lang else ""
        return f"<span{la} style='font-size:10.0pt;font-family:仿宋_GB2312'>{esc(t)}</span>"
    def td(c):
        t = c.text
        if c.key:
            inner = run(t[:1], True) + run(t[1:], True) if len(t) > 1 else run(t, True)
        else:
            pre = next((p for p in LIST_PREFIX if t.startswith(p)), None)
            if pre is None and len(t) > 2 and t[0].isdigit() and t[1] == ".":
                pre = t[:2]
            if pre:
                inner = ("<![if !supportLists]><span style='font-size:10.0pt;mso-list:Ignore'>" + esc(pre) +
                         "<span style='font:7.0pt \"Times New Roman\"'>&nbsp; </span></span><![endif]>" +
                         run(t[len(pre):]))
            else:
                inner = run(t)
        return f"<p class=MsoNormal align=center style='text-align:center;mso-line-height-rule:exactly'>{inner}</p>"
    attrs = ("class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
             "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'")
    tables = tables_plain(s, cell, attrs, td)
    p = lambda t: (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'>"  # noqa: E731
                   f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{esc(t)}</span></p>")
    h = lambda t: (f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-size:16.0pt;"  # noqa: E731
                   f"font-family:黑体'>{esc(t)}</span></b></p>")
    title = lambda t: (f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"  # noqa: E731
                       f"font-family:方正小标宋简体'>{esc(t)}</span></b></p>")
    body = html_body(s, tables, p=p, h=h, title=title)
    doc = ("<html>\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n"
           "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n<style>\n<!--\n"
           " /* Font Definitions */\n @font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
           "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n"
           "\tfont-size:10.5pt;\n\tfont-family:\"Calibri\",sans-serif;}\n.MsoChpDefault\n\t{font-family:等线;}\n"
           " /* Page Definitions */\n @page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;\n"
           "\tlayout-grid:15.6pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n\n</head>\n\n"
           "<body lang=ZH-CN style='word-wrap:break-word;text-justify-trim:punctuation'>\n\n"
           f"<div class=WordSection1 style='layout-grid:15.6pt'>\n\n{body}\n\n</div>\n\n</body>\n\n</html>\n")
    return doc.encode("gb18030")


# ---------------------------------------------------------------- CMS pages

def cms_page(s, article: str, sidebar: str = "") -> bytes:
    crumbs = ('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
              '<a href="/zwgk/ndbg/">政府信息公开年报</a></div>')
    share = ('<div class="share">分享到：<a class="wx">微信</a><a class="wb">微博</a><a class="qz">QQ空间</a>'
             '<a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>')
    foot = (f'<div class="foot">主办单位：{esc(s["site"])}　网站标识码：{s["wzbsm"]}　{s["icp"]}<br>'
            f'<span>您是第 <b>{s["visits"]}</b> 位访问者</span></div>')
    body = (f'{crumbs}\n<div class="main">\n{sidebar}\n{article}\n</div>\n{share}\n{foot}')
    return page(s["title"], body, s["site"]).encode("utf-8")


def h_iframe_srcdoc(s):
    """CMS page: breadcrumbs, share bar, footer; the report itself inside <iframe srcdoc="…"> (escaped HTML)."""
    cell = ctx(s)
    inner = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>td{border:1px solid #000}</style></head><body>"
             + html_body(s, tables_plain(s, cell)) + "</body></html>")
    art = (f'<div class="article"><h2 class="art-title">{esc(s["title"])}</h2>\n'
           f'<div class="art-info">发布日期：{s["pub"]}　信息来源：{esc(s["agency"])}　浏览次数：{s["views"]}</div>\n'
           f'<iframe class="art-frame" width="100%" height="4200" frameborder="0" scrolling="no" '
           f'srcdoc="{_html.escape(inner, quote=True)}"></iframe></div>')
    return cms_page(s, art)


def calendar(year: int, month: int) -> str:
    import calendar as cal
    rows_ = ["<tr>" + "".join(f"<th>{d}</th>" for d in "一二三四五六日") + "</tr>"]
    for wk in cal.Calendar().monthdayscalendar(year, month):
        rows_.append("<tr>" + "".join(f"<td>{d or ''}</td>" for d in wk) + "</tr>")
    return f'<table class="cal"><caption>{year}年{month}月</caption>' + "".join(rows_) + "</table>"


def h_sidebar_article(s):
    """CMS page whose report sits in <article>, after an <aside> with numeric widgets (hot list, calendar,
    a 信息公开统计 table of counts) and before a footer with a visitor counter."""
    rng = random.Random(s["id"] + "side")
    cell = ctx(s)
    hot = "".join(f"<tr><td>{i}</td><td><a href='#'>关于印发第{rng.randint(2, 30)}号通知的解读</a></td>"
                  f"<td>{rng.randint(100, 9000)}</td></tr>" for i in range(1, 6))
    stats = "".join(f"<tr><td>{n}</td><td>{rng.randint(10, 900)}</td></tr>"
                    for n in ("本月公开", "本年公开", "依申请公开受理", "信息公开指南"))
    side = (f'<aside class="side"><div class="box"><h3>热点排行</h3><table class="hot"><tr><th>排名</th><th>标题</th>'
            f'<th>点击</th></tr>{hot}</table></div>\n<div class="box"><h3>公开统计</h3><table class="st">{stats}</table></div>\n'
            f'<div class="box"><h3>日历</h3>{calendar(s["year"] + 1, 1)}</div></aside>')
    art = ('<article class="content">\n' + html_body(s, tables_plain(s, cell)) + "\n</article>")
    return cms_page(s, art, side)


def h_red_bold_totals(s):
    """Tables whose 总计 column and （七）总计 row are printed bold and red (<strong><span style=color>…,
    <font color=red><b>…), as editors mark totals."""
    cell = ctx(s)
    def td(c):
        t = esc(c.text)
        if c.key and (c.key.endswith(".tot") or ".r7." in c.key):
            if ".r7." in c.key:
                return f'<font color="red"><b>{t}</b></font>'
            return f'<strong><span style="color:#ff0000;">{t}</span></strong>'
        return t
    return page(s["title"], html_body(s, tables_plain(s, cell, td=td)), s["site"]).encode("utf-8")


def h_plain(s):
    """Plain CMS tables (used where the family is in the values: placeholders, thousands separators)."""
    cell = ctx(s)
    return page(s["title"], '<div class="TRS_Editor">' + html_body(s, tables_plain(s, cell)) + "</div>",
                s["site"]).encode("utf-8")


def t4_sentences(s, cell) -> str:
    """Table 四 written as sentences (no table), parts in the table's order."""
    def part(k):
        return "、".join(f"{n}{cell(f't4.{k}.{p}')}件" for p, n in T4_PARTS[:-1]) + f"，合计{cell(f't4.{k}.tot')}件"
    return (f"<p>本机关因政府信息公开工作被申请行政复议的案件中，{part('rv')}。</p>\n"
            f"<p>被提起行政诉讼的案件中，未经复议直接起诉的{part('ld')}；复议后起诉的{part('lr')}。</p>")


def h_t4_sentences(s):
    """Tables 二 and 三 as tables; table 四 printed as two sentences (parts in order, then 合计)."""
    cell = ctx(s)
    tables = tables_plain(s, cell)
    tables["t4"] = t4_sentences(s, cell)
    return page(s["title"], html_body(s, tables), s["site"]).encode("utf-8")


def h_positioned(s):
    """pdf2htmlEX-style page: every text line an absolutely positioned <div> (left/top in px), the table
    rules as 1-px <div>s, one relatively positioned container per page; no <table>, no <p>."""
    cell = ctx(s)
    W, H = A4
    fl = Flow(W, H, footer=False)
    unit = s.get("unit", "万元")
    report_flow(s, fl, {
        "t2": lambda f: f.table(t2_rows(s, cell, unit), [170, 100, 100, 100], size=9),
        "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=8, repeat=2),
        "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5)})
    k = 1.3333
    out = ['<div id="page-container">']
    for n, ops in enumerate(fl.pages, 1):
        out.append(f'<div class="pf w0 h0" id="pf{n:x}" style="position:relative;width:{W * k:.0f}px;height:{H * k:.0f}px">'
                   f'<div class="pc pc{n:x} w0 h0">')
        for op in ops:
            if op[0] == "text":
                _, x, y, t, size = op
                out.append(f'<div class="t m0 ff1 fc0 sc0 ls0 ws0" style="position:absolute;left:{x * k:.2f}px;'
                           f'bottom:{y * k:.2f}px;font-size:{size * k:.2f}px;white-space:pre">{esc(t)}</div>')
            elif op[0] == "line":
                _, x1, y1, x2, y2, w = op
                out.append(f'<div class="r" style="position:absolute;left:{min(x1, x2) * k:.2f}px;'
                           f'bottom:{min(y1, y2) * k:.2f}px;width:{max(abs(x2 - x1) * k, 1):.2f}px;'
                           f'height:{max(abs(y2 - y1) * k, 1):.2f}px;background:#000"></div>')
        out.append("</div></div>")
    out.append("</div>")
    head = ('<meta name="generator" content="pdf2htmlEX">\n<style>.pf{margin:13px auto;box-shadow:1px 1px 3px 1px #333;'
            'overflow:hidden}.t{position:absolute;white-space:pre;line-height:1.0}</style>\n')
    doc = (f'<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta charset="utf-8"/>\n{head}'
           f"<title>{esc(s['title'])}</title>\n</head>\n<body>\n" + "\n".join(out) + "\n</body>\n</html>\n")
    return doc.encode("utf-8")


def m_mhtml(s):
    """Chrome 'Save as single file' (.mhtml): MIME multipart/related, the HTML part quoted-printable
    (UTF-8 bytes as =E4=B8=AD…, soft line breaks), a CSS part beside it."""
    cell = ctx(s)
    html = page(s["title"], '<div class="view TRS_UEDITOR">' + html_body(s, tables_plain(s, cell)) + "</div>",
                s["site"])
    url = f"http://{s['host']}/zwgk/ndbg/{s['year'] + 1}01/t{s['year'] + 1}0120_{s['docid']}.html"
    b = "----MultipartBoundary--" + s["boundary"] + "----"
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    css = "body{font-family:\"Microsoft YaHei\"}td{border:1px solid #000;text-align:center}"
    msg = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: {s['title']}\r\n"
           f"Date: {s['saved']}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
           f"\ttype=\"text/html\";\r\n\tboundary=\"{b}\"\r\n\r\n\r\n"
           f"--{b}\r\nContent-Type: text/html\r\nContent-ID: <frame-{s['boundary'][:8]}@mhtml.blink>\r\n"
           f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n{qp}\r\n\r\n"
           f"--{b}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           f"Content-Location: http://{s['host']}/css/style.css\r\n\r\n{css}\r\n\r\n--{b}--\r\n")
    # the Subject header as Chrome writes it: encoded-word
    import email.header
    subj = email.header.Header(s["title"], "utf-8").encode()
    msg = msg.replace(f"Subject: {s['title']}", f"Subject: {subj}")
    return msg.encode("ascii")
