"""Printers of eval/wild28's hunt: reports AS USERS SAVE THEM FROM THE WEB AND PASS THEM ON — a CMS page saved
「网页，全部」 as a snapshot with its sidebars, counters and scripts; the same saved as a folder and zipped; a SingleFile
save (inline styles, data: logos); a WeChat 公众号 article (every block a styled <section>, figures in styled
<span>s); a mobile-site page whose tables 三 and 四 are stacked cards of label/value rows; a reader app's Markdown
clip (front matter, pipe tables, the related links); a 「全选→复制」 of the page pasted into Notepad (table cells
separated by tabs, the site's navigation and footer around); the page pasted into Word with its navigation and
related links; a browser's 「打印→另存为PDF」 of the page with the navigation and related links printed and table 三's
header row repeated on the next page; a PDF printed from Word with the comments and tracked deletions shown as
balloons in a right margin (the page scaled down, Word's 「显示标记」 print).

Numbers the site adds (counters, dates, phone numbers, ICP numbers, 「1/4」) stand before 二、 or after 五、 in
reading order, or outside the ruled tables of a PDF; the balloons' figures are outside the tables too."""
from __future__ import annotations

import base64
import contextlib
import datetime
import io
import json
import random
import re
import sys
import zipfile

import fam14 as F
import fam17 as N
import pdfbase
from base import blocks as BLOCKS0, ctx
from fam_html import tables_plain
from grids import full, t2_grid, t3_flat, t4_grid
from model import COL_NAMES, T4_KINDS, T4_PARTS
from render import esc, page

DRAW17 = pdfbase.draw_ops
PG = {"n": 0}


# ---------------------------------------------------------------- the site around the report

def nav_lines(s) -> list[str]:
    return ["首页 | 政务公开 | 政务服务 | 互动交流 | 走进" + s["city"] + " | 无障碍浏览 | 长者模式",
            f"今天是{s['year'] + 1}年1月{s['visit_day']}日　星期{s['visit_wd']}　网站访问量：{s['visits']}",
            "当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报"]


def related_lines(s) -> list[str]:
    y = s["year"]
    a = s["agency"]
    return ["相关链接",
            f"{a}{y - 1}年政府信息公开工作年度报告　{y}-01-18",
            f"{a}{y - 2}年政府信息公开工作年度报告　{y - 1}-01-26",
            f"{s['city']}{y}年政府信息公开工作年度报告　{y + 1}-01-27",
            f"主办：{s['site']}　联系电话：{s['phone']}　{s['icp']}　网站标识码：{s['webid']}"]


@contextlib.contextmanager
def blocks_around(s, before: list[str], after: list[str]):
    """The report's blocks with the site's lines before the title and after the signature (every module that
    imported base.blocks by name sees it)."""
    def blocks(s2):
        out = BLOCKS0(s2)
        return [("p", t) for t in before] + out + [("p", t) for t in after]
    mods = [m for m in list(sys.modules.values()) if getattr(m, "blocks", None) is BLOCKS0]
    for m in mods:
        m.blocks = blocks
    try:
        yield
    finally:
        for m in mods:
            m.blocks = BLOCKS0


# ---------------------------------------------------------------- PDF: the hook

def draw_ops27(c, ops, mode=0):
    """s["balloons"]: Word's print with markup — the page's content drawn scaled (0.8) into a Form XObject at the
    left, the comments and tracked deletions as red text in a right margin strip (no boxes, no rules)."""
    s = F.CUR
    if mode == 0 and s.get("nopageno"):  # a browser's print: the page numbers are the browser's 「n/N」 only
        ops = [o for o in ops if not (o[0] == "text" and re.fullmatch(r"- \d+ -", str(o[3])))]
    if mode != 0 or not s.get("balloons"):
        return DRAW17(c, ops, mode)
    PG["n"] += 1
    n = PG["n"]
    W, Hh = c._pagesize
    name = f"Mk{n}"
    c.beginForm(name)
    DRAW17(c, ops, 0)
    c.endForm()
    sc = 0.8
    c.saveState()
    c.translate(8, Hh * (1 - sc) - 10)
    c.scale(sc, sc)
    c.doForm(name)
    c.restoreState()
    c.setFillColorRGB(0.75, 0.1, 0.1)
    y = Hh - 90
    for pg, lines in s["balloons"]:
        if pg != n:
            continue
        for t in lines:
            for part in pdfbase.wrap(t, 86, 7):
                c.setFont(pdfbase.FONT, 7)
                c.drawString(W * sc + 18, y, part)
                y -= 9
            y -= 10
    c.setFillColorRGB(0, 0, 0)
    return None


pdfbase.draw_ops = draw_ops27


def p_edge_print_nav(s):
    """A browser's 「打印→另存为PDF」 of the CMS page: fam17's print header/footer, the site's navigation printed
    before the title and the related links and footer after the signature; table 三 cut before （四） with its header
    rows repeated (the page's <thead>) — s["t3_cont"] = "hdr" without 「续表」 is fam14's; here the 续表 line stays
    out: the browser repeats the header only."""
    with blocks_around(s, nav_lines(s), related_lines(s)):
        return N.p_report17(s)


def p_word_markup(s):
    """Word's print with 「显示标记」: comments and deletions in balloons in the right margin."""
    PG["n"] = 0
    F.prepare14(s)
    return N.p_report17(s)


def d_browser_paste(s):
    """The CMS page selected and pasted into Word: navigation lines, the report, the related links and footer."""
    with blocks_around(s, nav_lines(s), related_lines(s)):
        return N.d_report17(s)


# ---------------------------------------------------------------- HTML carriers

def _site_html(s, article: str, head_extra: str = "") -> str:
    nav = "".join(f'<li><a href="/{i}/">{esc(t)}</a></li>' for i, t in
                  enumerate(["首页", "政务公开", "政务服务", "互动交流", "走进" + s["city"]]))
    top = (f'<div class="topbar">今天是{s["year"] + 1}年1月{s["visit_day"]}日 星期{s["visit_wd"]}　'
           f'<span id="visit">网站访问量：{s["visits"]}</span></div>\n<ul class="nav">{nav}</ul>\n')
    side = ('<div class="side"><h3>信息公开目录</h3><ul>' +
            "".join(f'<li><a href="/zwgk/{i}/">{esc(t)}（{n}）</a></li>' for i, (t, n) in enumerate(
                [("机构职能", 12), ("政策文件", 318), ("规划计划", 27), ("财政信息", 64), ("政府信息公开年报", 9)]))
            + "</ul></div>\n")
    rel = "".join(f"<li>{esc(t)}</li>" for t in related_lines(s)[1:4])
    tail = (f'<div class="related"><h3>相关链接</h3><ul>{rel}</ul></div>\n'
            f'<div class="share">分享到：微信 微博　【<a href="javascript:window.print()">打印本页</a>】'
            f'【<a href="javascript:window.close()">关闭窗口</a>】</div>\n')
    foot = (f'<div class="copy">联系电话：{s["phone"]}　{s["icp"]}　网站标识码：{s["webid"]}</div>\n')
    body = top + side + f'<div class="main">{article}</div>\n' + tail + foot
    return page(s["title"], body, s["site"], head_extra=head_extra)


def _article(s, tables) -> str:
    crumbs = ('<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; '
              '<a href="/zwgk/ndbg/">政府信息公开年报</a></div>')
    info = (f'<div class="info">发布时间：{s["pub"]}　来源：{esc(s["site"])}　浏览次数：{s["views"]}　'
            f'【字体：大 中 小】</div>')
    from base import html_body
    return crumbs + "\n" + info + "\n" + html_body(s, tables)


SCRIPT = ('<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src='
          '"https://hm.baidu.com/hm.js?{h}";}})();var siteId={webid};var columnId=2041;'
          'var stat={{"pv":{visits},"uv":{uv},"today":318}};</script>\n')


def h_snapshot(s):
    """The page saved 「网页，全部」 as one .html: the saved-from comment, the site's top bar with the visit counter,
    the directory sidebar with its counts, the article, the related links, the footer and the statistics scripts."""
    F.prepare14(s)
    cell = ctx(s)
    html = _site_html(s, _article(s, tables_plain(s, cell)),
                      head_extra=SCRIPT.format(h="5f3c2a91e0b7d6c4a8f1e2d3c4b5a697", webid=s["webid"],
                                               visits=s["visits"], uv=s["visits"] // 7))
    url = s["url"]
    return (f"<!-- saved from url=({len(url):04d}){url} -->\n" + html + SCRIPT.format(
        h="0a1b2c3d4e5f60718293a4b5c6d7e8f9", webid=s["webid"], visits=s["visits"] + 1,
        uv=s["visits"] // 7)).encode("utf-8")


def z_saved_folder(s):
    """The page saved 「网页，全部」 as <title>.html and <title>_files/, the two zipped to pass on: the page (its
    links pointing into the folder), its CSS, scripts and the comment widget's saved_resource.html."""
    F.prepare14(s)
    cell = ctx(s)
    stem = s["title"]
    html = _site_html(s, _article(s, tables_plain(s, cell)),
                      head_extra=(f'<link rel="stylesheet" href="./{stem}_files/style.css">\n'
                                  f'<script src="./{stem}_files/jquery-1.12.4.min.js"></script>\n'))
    html = f"<!-- saved from url=({len(s['url']):04d}){s['url']} -->\n" + html
    widget = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>评论</title></head><body>'
              '<div class="cmt">网友评论（0）　我要评论　共 0 条　第 1/1 页</div></body></html>\n')
    css = ("body{font:14px/1.8 'Microsoft YaHei';margin:0}.main{width:1000px;margin:0 auto}"
           ".side{float:left;width:220px}table{border-collapse:collapse}td{border:1px solid #333;padding:3px}\n")
    js = "/*! jQuery v1.12.4 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){var c=[],d=1.12;}(window);\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in ((f"{stem}.html", html.encode("utf-8")), (f"{stem}_files/style.css", css.encode()),
                           (f"{stem}_files/jquery-1.12.4.min.js", js.encode()),
                           (f"{stem}_files/saved_resource.html", widget.encode("utf-8"))):
            zi = zipfile.ZipInfo(name, date_time=(s["year"] + 1, 1, s["visit_day"], 10, 12, 34))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


PNG_DOT = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8cfc0f01f0005000201e2f2a6a40000000049454e44ae426082")).decode()


def h_singlefile(s):
    """The SingleFile extension's one-file save: its comment with the URL and the save date, every stylesheet
    inlined (numbers in the CSS), the logo and icons as data:image/png URIs, the page's scripts removed."""
    F.prepare14(s)
    cell = ctx(s)
    css = ("<style>body{margin:0;font:16px/1.75 PingFang SC,Microsoft YaHei}.main{max-width:1200px;padding:0 24px}"
           ".side{width:260px;float:left}td{border:1px solid #999;padding:4px 6px;font-size:14px}"
           "@media (max-width:768px){.side{display:none}}</style>\n")
    html = _site_html(s, _article(s, tables_plain(s, cell)), head_extra=css)
    html = html.replace('<div class="header">', f'<div class="header"><img src="data:image/png;base64,{PNG_DOT}" '
                                                f'alt="logo" width="320" height="64">', 1)
    head = (f"<!--\n Page saved with SingleFile \n url: {s['url']} \n saved date: {s['saved']}\n-->")
    return (head + html.replace("<!DOCTYPE html>\n", "<!DOCTYPE html> ", 1)).encode("utf-8")


def h_wechat(s):
    """A WeChat 公众号 article saved from the browser: the title, the account line, #js_content with every block in
    a styled <section>, paragraphs as <p><span style>, table cells holding <section><span style>figure</span>,
    then 阅读/赞/在看 under the article."""
    F.prepare14(s)
    cell = ctx(s)
    sec = 'style="margin:0 8px 16px;line-height:1.75em;letter-spacing:0.5px;"'

    def span(t, px=15, col="#3f3f3f"):
        return f'<span style="font-size:{px}px;color:{col};">{esc(t)}</span>'

    tabs = {}
    for k, html in tables_plain(s, cell, attrs='style="width:100%;border-collapse:collapse;"').items():
        html = re.sub(r"(<td\b[^>]*>)(.*?)(</td>)", lambda m: (
            m.group(1).replace("<td", '<td style="border:1px solid #d9d9d9;padding:4px;text-align:center;"', 1)
            + f'<section><span style="font-size:12px;color:#333333;">{m.group(2)}</span></section>' + m.group(3)),
            html, flags=re.S)
        tabs[k] = f'<section style="overflow-x:auto;margin:0 8px 16px;">{html}</section>'
    parts = []
    for kind, t in BLOCKS0(s):
        if kind in tabs:
            parts.append(tabs[kind])
        elif kind == "title":
            continue
        elif kind == "h":
            parts.append(f'<section {sec}><p><strong>{span(t, 16, "#c00000")}</strong></p></section>')
        elif kind == "sign":
            parts.append(f'<section style="text-align:right;margin:0 8px;"><p>{span(t)}</p></section>')
        else:
            parts.append(f'<section {sec}><p style="text-indent:2em;">{span(t)}</p></section>')
    body = (f'<div id="page-content" class="rich_media_area_primary">\n'
            f'<h1 class="rich_media_title" id="activity-name">{esc(s["title"])}</h1>\n'
            f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta">原创</span> '
            f'<a id="js_name">{esc(s["account"])}</a> <em id="publish_time">{s["pub"]} 18:30</em> '
            f'<span id="js_ip_wording">{esc(s["province"])}</span></div>\n'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">\n'
            + "\n".join(parts) +
            '\n<section style="text-align:center;margin-top:24px;"><span style="font-size:12px;color:#888;">'
            '来源：' + esc(s["site"]) + '　编辑：李娜　审核：马强</span></section>\n</div>\n'
            f'<div class="rich_media_tool">阅读 {s["views"]}　赞 {s["views"] // 37}　在看 {s["views"] // 90}　'
            f'写留言</div>\n<div class="qr_code_pc">微信扫一扫关注该公众号</div>\n</div>\n')
    head = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">\n'
            f'<meta property="og:title" content="{esc(s["title"])}">\n<title>{esc(s["title"])}</title>\n'
            '<script>var ct="' + str(s["ct"]) + '";var appmsg_type="9";var msg_idx="1";</script>\n</head>\n<body>\n')
    return (head + body + "</body>\n</html>\n").encode("utf-8")


def h_mobile_cards(s):
    """A mobile site (m.) page: table 二 kept as a table in a horizontally scrolling wrapper; table 三 as one card
    per row (the row's name as the card's head, then 自然人 … 总计 as label/value rows) and table 四 as three cards
    (行政复议, 未经复议直接起诉, 复议后起诉) of five label/value rows."""
    F.prepare14(s)
    cell = ctx(s)
    t2 = tables_plain(s, cell)["t2"]

    def kv(label, v):
        return f'<div class="kv"><span class="k">{esc(label)}</span><span class="v">{esc(v)}</span></div>'

    cards = []
    group = ""
    for label, vals in t3_flat(s["template"], cell):
        if not vals:
            group = label if not label.startswith("三、") else ""
            cards.append(f'<div class="grp">{esc(label)}</div>')
            continue
        cards.append(f'<div class="card"><div class="card-h">{esc(label)}</div>'
                     + "".join(kv(n, v) for n, v in zip(COL_NAMES, vals)) + "</div>")
    t3 = '<div class="cards t3"><div class="grp">申请人情况：自然人　法人或其他组织　总计</div>' + "\n".join(cards) + "</div>"
    c4 = []
    for k, name in T4_KINDS:
        head = name if k == "rv" else "行政诉讼·" + name
        c4.append(f'<div class="card"><div class="card-h">{esc(head)}</div>'
                  + "".join(kv(pn, cell(f"t4.{k}.{p}")) for p, pn in T4_PARTS) + "</div>")
    t4 = '<div class="cards t4">' + "\n".join(c4) + "</div>"
    tabs = {"t2": f'<div class="tb-scroll" style="overflow-x:auto">{t2}</div>', "t3": t3, "t4": t4}
    from base import html_body
    info = f'<div class="m-info">{s["pub"]}　{esc(s["site"])}　阅读 {s["views"]}</div>'
    body = (f'<header class="m-top"><a href="/">{esc(s["site"])}</a><a class="search" href="/s">搜索</a></header>\n'
            f'<article>{info}\n{html_body(s, tabs, title=lambda t: f"<h2 class=m-title>{esc(t)}</h2>")}</article>\n'
            '<nav class="m-tab"><a href="/">首页</a><a href="/zwgk/">公开</a><a href="/bs/">办事</a>'
            '<a href="/hd/">互动</a></nav>\n')
    css = ('<meta name="viewport" content="width=device-width,initial-scale=1">\n<style>.card{margin:10px;border-radius:8px;'
           'box-shadow:0 1px 4px rgba(0,0,0,.12)}.kv{display:flex;justify-content:space-between;padding:6px 12px;'
           'border-top:1px solid #eee}.card-h{font-weight:700;padding:8px 12px;background:#f4f7fb}</style>\n')
    return page(s["title"], body, s["site"], head_extra=css).encode("utf-8")


# ---------------------------------------------------------------- Markdown and text copies

def _rows_full(grid, ncols):
    out = []
    for line in full(grid, ncols):
        out.append([(c.text if origin else "") for c, origin in line])
    return out


def m_reader_clip(s):
    """A reader app's Markdown clip (a web clipper into a notes vault): YAML front matter (title, source, clipped
    time, tags), the logo image link, the article with pipe tables (merged cells written once, their other slots
    empty), the related links as a bullet list at the end."""
    F.prepare14(s)
    cell = ctx(s)
    t2 = _rows_full(t2_grid(s["template"], cell, s.get("unit", "万元")), 4)
    t3 = [["申请人情况"] + COL_NAMES] + [[lab] + (vals or [""] * 7) for lab, vals in t3_flat(s["template"], cell)]
    t4 = _rows_full(t4_grid(cell), 15)

    def pipe(rows_):
        out = ["| " + " | ".join(x.replace("|", "\\|") for x in rows_[0]) + " |", "|" + " --- |" * len(rows_[0])]
        return "\n".join(out + ["| " + " | ".join(x or " " for x in r) + " |" for r in rows_[1:]])
    tables = {"t2": pipe(t2), "t3": pipe(t3), "t4": pipe(t4)}
    out = ["---", f'title: "{s["title"]}_{s["site"]}"', f"source: {s['url']}", f"clipped: {s['saved']}",
           "tags:", "  - clippings", "  - 政府信息公开", "---", "",
           f"![{s['site']}](https://{s['host']}/images/logo.png)", "",
           f"> 发布时间：{s['pub']}　来源：{s['site']}　浏览次数：{s['views']}", ""]
    for kind, t in BLOCKS0(s):
        if kind in tables:
            out += [tables[kind], ""]
        elif kind == "title":
            out += [f"# {t}", ""]
        elif kind == "h":
            out += [f"## {t}", ""]
        else:
            out += [t, ""]
    rel = related_lines(s)
    out += ["---", "", "**相关链接**", ""] + [f"- [{x.split('　')[0]}](https://{s['host']}/zwgk/ndbg/)　{x.split('　')[1]}"
                                              for x in rel[1:4]] + [""]
    return "\n".join(out).encode("utf-8")


def t_select_all(s):
    """The page selected with Ctrl+A, copied and pasted into Notepad (saved as UTF-8 with a BOM): the site's lines,
    the article with each table row one line of tab-separated cells (merged cells once, the slots they cover as
    empty cells), 上一篇/下一篇, the related links and the footer."""
    F.prepare14(s)
    cell = ctx(s)
    t2 = _rows_full(t2_grid(s["template"], cell, s.get("unit", "万元")), 4)
    t3 = [["申请人情况"] + COL_NAMES] + [[lab] + (vals or []) for lab, vals in t3_flat(s["template"], cell)]
    t4 = _rows_full(t4_grid(cell), 15)

    def tab(rows_):
        return "\r\n".join("\t".join(r).rstrip("\t") for r in rows_)
    tables = {"t2": tab(t2), "t3": tab(t3), "t4": tab(t4)}
    out = nav_lines(s) + ["", f"发布时间：{s['pub']}　来源：{s['site']}　浏览次数：{s['views']}　【字体：大 中 小】", ""]
    for kind, t in BLOCKS0(s):
        out.append(tables.get(kind, t))
        out.append("")
    rel = related_lines(s)
    out += [f"上一篇：{rel[1].split('　')[0]}", "下一篇：无", "【打印本页】【关闭窗口】", ""] + rel
    return ("\ufeff" + "\r\n".join(out) + "\r\n").encode("utf-8")


def site_fields(s, city: str, host: str, webid: str, icp: str, phone: str):
    """The invented site around a report (stable per report id)."""
    rng = random.Random(s["id"] + "site")
    s.setdefault("city", city)
    s.setdefault("host", host)
    s.setdefault("webid", webid)
    s.setdefault("icp", icp)
    s.setdefault("phone", phone)
    s.setdefault("visits", rng.randint(1_200_000, 9_800_000))
    s.setdefault("views", rng.randint(120, 2400))
    d = rng.randint(20, 27)
    s.setdefault("visit_day", d)
    s.setdefault("visit_wd", "一二三四五六日"[datetime.date(s["year"] + 1, 1, d).weekday()])
    s.setdefault("url", f"https://{host}/zwgk/ndbg/{s['year'] + 1}01/t{s['year'] + 1}01{rng.randint(10, 28)}_"
                        f"{rng.randint(1000000, 9999999)}.html")
    s.setdefault("saved", f"{s['year'] + 1}-01-{d}T10:12:{rng.randint(10, 59)}+08:00")
    return s


def json_dump(x) -> str:
    return json.dumps(x, ensure_ascii=False)
