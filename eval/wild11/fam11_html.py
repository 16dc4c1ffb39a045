"""HTML printers of eval/wild11: pages as collectors save them (save-as, reader view, WeChat, archives, OCR)."""
from __future__ import annotations

import re

from base import blocks, ctx, html_body
from fam_html import cms, grids, tables_plain
from render import esc, html_table, page


def page_url(s) -> str:
    return f"https://{s.get('host', 'www.example.gov.cn')}/zwgk/ndbg/{s['year'] + 1}01/t{s['year'] + 1}0120_8812.html"


def saved_from(s) -> str:
    u = page_url(s)
    return f"<!-- saved from url=({len(u):04d}){u} -->\n"


def h_singlefile(s):
    """A page saved by a browser extension as one self-contained file: SingleFile's header comment, the
    「saved from url」 mark, inline CSS, a data: URI logo; the CMS article itself unchanged."""
    cell = ctx(s)
    art = html_body(s, tables_plain(s, cell))
    head = ('<style>body{font-family:"Microsoft YaHei";}table{border-collapse:collapse}td{border:1px solid #000}'
            '</style>\n<meta name="savepage-date" content="Tue Mar 12 2024">\n')
    data = cms(s, art, head_extra=head).decode("utf-8")
    data = data.replace("<body>", '<body>\n<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABC'
                                  'AYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==">', 1)
    sf = ("<!--\n Page saved with SingleFile \n url: " + page_url(s) + " \n saved date: "
          f"Tue Mar 12 {s['year'] + 1} 10:21:07 GMT+0800 (中国标准时间)\n-->")
    return (saved_from(s) + data.replace("<html", sf + "<html", 1)).encode("utf-8")


def h_readability(s):
    """A page saved from the browser's reader view: reader header (domain, title, reading time), the article in
    #readability-page-1 with its tables kept (spans kept), site furniture gone."""
    cell = ctx(s)
    body = html_body(s, tables_plain(s, cell, attrs='border="1"'), title=lambda t: "")
    host = s.get("host", "www.example.gov.cn")
    inner = (f'<div class="container" dir="ltr"><div class="header reader-header reader-show-element">'
             f'<a class="domain reader-domain" href="https://{host}/">{host}</a><div class="domain-border"></div>'
             f'<h1 class="reader-title">{esc(s["title"])}</h1><div class="credits reader-credits"></div>'
             f'<div class="meta-data"><div class="reader-estimated-time">阅读时间约 9–11 分钟</div></div></div>'
             f'<hr><div class="content"><div class="moz-reader-content reader-show-element">'
             f'<div id="readability-page-1" class="page">{body}</div></div></div></div>')
    return (f'<!DOCTYPE html>\n<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<meta name="viewport" content="width=device-width; user-scalable=0"><title>{esc(s["title"])}</title>'
            f'</head><body class="light sans-serif loaded" style="--font-size: 20px; --content-width: 30em;">'
            f'{inner}</body></html>\n').encode("utf-8")


def h_wechat_mp(s):
    """A WeChat 公众号 article saved from the browser: #js_content kept 「visibility: hidden」 (shown by the page's
    script), every text in <span leaf="">, paragraphs and headings as <section>, value cells
    <td data-colwidth><section><span leaf>12</span></section>; account name and publish time above."""
    cell = ctx(s)

    def td(c):
        return f'<section style="text-align:center;"><span leaf="">{esc(c.text)}</span></section>' if c.text else \
            '<section><span leaf=""><br></span></section>'
    g = grids(s, cell)
    tabs = {k: html_table(v, 'style="width:100%;border-collapse:collapse;" data-sort="sortDisabled"',
                          td=td).replace("<td", '<td data-colwidth="60" style="border:1px solid #333;"')
            for k, v in g.items()}
    body = html_body(s, tabs, p=lambda t: f'<section style="text-indent:2em;line-height:1.75em;"><span leaf="">'
                                         f'{esc(t)}</span></section>',
                     h=lambda t: f'<section style="color:#b10000;"><span leaf=""><strong>{esc(t)}</strong></span>'
                                 f'</section>', title=lambda t: "",
                     sign=lambda t: f'<section style="text-align:right;"><span leaf="">{esc(t)}</span></section>')
    pub = s["pub"].split("-")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta property="og:title" content="{esc(s["title"])}">'
            f'<title>{esc(s["title"])}</title></head><body id="activity-detail" class="zh_CN wx_wap_page">'
            f'<div id="js_article" class="rich_media"><div class="rich_media_inner">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(s["title"])}</h1>'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta">原创</span>'
            f'<span id="profileBt"><a id="js_name">{esc(s["mp"])}</a></span>'
            f'<em id="publish_time" class="rich_media_meta">{pub[0]}年{int(pub[1])}月{int(pub[2])}日 18:30</em>'
            f'<em id="js_ip_wording_wrp">{esc(s["prov"])}</em></div>'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden; '
            f'opacity: 0;">{body}</div>'
            f'<div id="js_tags" class="article-tag_list">#政务公开 #年度报告</div>'
            f'<div class="rich_media_tool"><a id="js_view_source" href="javascript:;">阅读原文</a>'
            f'<span>预览时标签不可点</span></div></div></div></body></html>\n').encode("utf-8")


def prettify(html: str) -> str:
    """BeautifulSoup.prettify(): every tag and every text on its own line, one space of indent per level."""
    toks = [t for t in re.split(r"(<[^>]+>)", html) if t.strip()]
    out, depth = [], 0
    void = ("<meta", "<br", "<img", "<hr", "<link", "<!")
    for t in toks:
        if t.startswith("</"):
            depth = max(0, depth - 1)
            out.append(" " * depth + t)
        elif t.startswith("<"):
            out.append(" " * depth + t)
            if not t.startswith(void):
                depth += 1
        else:
            out.append(" " * depth + t.strip())
    return "\n".join(out) + "\n"


def h19_prettified(s):
    """A GF2019 page as a scraper stored it: `BeautifulSoup(r.text).prettify()` written to disk (UTF-8) —
    every tag and text on its own line, indented, each value cell's number alone on an indented line."""
    cell = ctx(s)
    raw = cms(s, html_body(s, tables_plain(s, cell))).decode("utf-8")
    return prettify(raw.replace("<!DOCTYPE html>\n", "")).encode("utf-8")


WAYBACK = """<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;">
<div id="wm-ipp" style="position:fixed;left:0;top:0;right:0;">
<div id="wm-ipp-inside"><table id="wm-ipp-table"><tr>
<td class="c" id="wm-logo"><a href="/web/">Wayback Machine</a></td>
<td class="c"><form target="_top" method="get" action="/web/submit"><input type="text" name="url" value="{url}"></form>
<div id="wm-nav-captures"><a class="t" href="/web/{ts}*/{url}">{n} captures</a>
<div class="r">{d1} - {d2}</div></div></td>
<td class="n"><table><tr class="y"><td class="b">{y1}</td><td class="c">{y2}</td><td class="f">{y3}</td></tr></table></td>
</tr></table></div></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->
"""


def h_wayback(s):
    """A page fetched from a web archive's replay: the archive's toolbar (capture count, first and last capture
    dates, a calendar of three years) inserted after <body>, every link rewritten to /web/<timestamp>/…, the
    archive's comment footer with its own timestamps; the CMS article unchanged inside."""
    cell = ctx(s)
    y = s["year"]
    u = f"https://{s.get('host', 'www.example.gov.cn')}/zwgk/ndbg/{y + 1}01/t{y + 1}0120_8812.html"
    ts = f"{y + 1}0315061204"
    raw = cms(s, html_body(s, tables_plain(s, cell))).decode("utf-8")
    raw = raw.replace('href="/', f'href="/web/{ts}/https://{s.get("host", "www.example.gov.cn")}/')
    bar = WAYBACK.format(url=u, ts=ts, n=17, d1=f"15 Mar {y + 1}", d2=f"02 Nov {y + 3}", y1=y, y2=y + 1, y3=y + 2)
    raw = raw.replace("<body>\n", "<body>\n" + bar, 1)
    raw += (f"<!--\n     FILE ARCHIVED ON 06:12:04 Mar 15, {y + 1} AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON "
            f"11:40:22 Nov 02, {y + 3}.\n-->\n")
    return raw.encode("utf-8")


def h_print_view(s):
    """The CMS's 「打印本页」 view saved as HTML: <body onload="window.print()">, a bare print area with the title,
    the article and a 「关闭」 link; 「—」 typed in table 二 rows that do not apply (规章)."""
    for k in ("reg.made", "reg.repealed", "reg.valid"):
        s["placeholders"][f"t2.{k}"] = "—"
    cell = ctx(s)
    body = html_body(s, tables_plain(s, cell))
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>打印页面</title>'
            f'<style>@media print{{.noprint{{display:none}}}}</style></head><body onload="window.print()">'
            f'<div class="print-area" style="width:640px;margin:0 auto;">{body}</div>'
            f'<div class="noprint"><a href="javascript:window.close()">【关闭】</a></div></body></html>\n').encode("utf-8")


def h_clipper(s):
    """A web clipper's saved note (HTML): the clip wrapper carrying the source URL and title in CSS custom
    properties, every element with the computed inline style the clipper copied (rgb() colours, pt paddings)."""
    cell = ctx(s)
    st = 'style="border:1px solid rgb(0, 0, 0);padding:3.75pt 5.25pt;text-align:center;vertical-align:middle;"'
    tabs = {k: html_table(v, 'style="border-collapse:collapse;width:100%;"').replace("<td", "<td " + st)
            for k, v in grids(s, cell).items()}
    body = html_body(s, tabs, p=lambda t: f'<p style="margin:0pt;text-indent:32pt;line-height:28pt;font-size:16pt;'
                                         f'color:rgb(51, 51, 51);">{esc(t)}</p>')
    u = page_url(s)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{esc(s["title"])}</title></head><body>'
            f'<div style="--en-clipped-content:fullPage;--en-clipped-source-url:{u};--en-clipped-source-title:'
            f'{esc(s["title"])};">{body}</div><div><br></div><div>剪藏自：<a href="{u}">{u}</a></div></body></html>\n'
            ).encode("utf-8")


def h_hocr(s):
    """An OCR engine's hOCR output of the scanned report (what an OCR pipeline keeps): one ocr_page per page,
    ocr_par/ocr_line/ocrx_word spans with bbox and x_wconf in title attributes; a table row is one ocr_line whose
    words are the label and the figures (blank cells give no word)."""
    cell = ctx(s)
    g = grids(s, cell)
    lines: list[list[str]] = []
    for kind, t in blocks(s):
        if kind in g:
            lines += [[x for x in r if x] for r in ([c.text for c in row] for row in g[kind])]
        else:
            lines.append([t])
    out, y, page_no = [], 180, 1
    out.append(f"<div class='ocr_page' id='page_1' title='image \"scan_0001.tif\"; bbox 0 0 2480 3508; ppageno 0'>")
    for i, words in enumerate(lines, 1):
        if y > 3300:
            page_no += 1
            y = 180
            out.append("</div>")
            out.append(f"<div class='ocr_page' id='page_{page_no}' title='image \"scan_{page_no:04d}.tif\"; "
                       f"bbox 0 0 2480 3508; ppageno {page_no - 1}'>")
        x = 200
        ws = []
        for j, w in enumerate(words, 1):
            wd = 40 * len(w)
            ws.append(f"<span class='ocrx_word' id='word_{i}_{j}' title='bbox {x} {y} {x + wd} {y + 46}; "
                      f"x_wconf {90 + (i * 7 + j) % 9}'>{esc(w)}</span>")
            x += wd + 60
        out.append(f"<p class='ocr_par' id='par_{i}' lang='chi_sim'><span class='ocr_line' id='line_{i}' "
                   f"title='bbox 200 {y} {x} {y + 46}; baseline 0 -9; x_size 46; x_descenders 9; x_ascenders 11'>"
                   + " ".join(ws) + "</span></p>")
        y += 70
    out.append("</div>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" '
            'xml:lang="en" lang="en">\n<head>\n<title></title>\n<meta http-equiv="Content-Type" content="text/html;'
            'charset=utf-8"/>\n<meta name="ocr-system" content="tesseract 5.3.0"/>\n<meta name="ocr-capabilities" '
            'content="ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf"/>\n</head>\n<body>\n'
            + "\n".join(out) + "\n</body>\n</html>\n").encode("utf-8")


__all__ = ["page"]
