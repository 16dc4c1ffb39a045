"""Text, Markdown, JSON and CSV printers of eval/wild11: the report as the collectors' tools hand it over
(scrapers, crawl archives, converters, copy-paste, platform APIs)."""
from __future__ import annotations

import csv
import io
import json

from base import blocks, ctx, html_body, legacy_blocks, pipe
from fam_html import grids, tables_plain
from grids import full, t2_flat, t3_flat
from model import COL_NAMES, T4_KINDS, T4_PARTS
from render import ljust, rjust
from text import narrative

NCOLS = {"t2": 4, "t3": 10, "t4": 15}
T4_HEAD = [f"{k}{p}" for _, k in (("rv", "行政复议"), ("ld", "未经复议直接起诉"), ("lr", "复议后起诉"))
           for _, p in T4_PARTS]


def origin_rows(grid) -> list[list[str]]:
    """A grid row as the texts of the cells that start in it (what a copy or a span-blind converter keeps)."""
    return [[c.text for c in row] for row in grid]


def flat_strings(s, cell) -> list[str]:
    """Every text node of the article in document order (paragraphs, then each table cell), empty ones dropped."""
    g = grids(s, cell)
    out = []
    for kind, t in blocks(s):
        if kind in g:
            out += [x for row in origin_rows(g[kind]) for x in row if x.strip()]
        else:
            out.append(t)
    return out


def url(s) -> str:
    return f"https://{s.get('host', 'www.example.gov.cn')}/zwgk/ndbg/{s['year'] + 1}01/t{s['year'] + 1}0120_8812.html"


# ---------------------------------------------------------------- scraper: BeautifulSoup get_text("|", strip=True)

def t_bs4_pipe(s):
    """requests + BeautifulSoup `soup.get_text("|", strip=True)` saved as is: the whole page on ONE line, every
    text node (menu items, paragraphs, each table cell) joined by 「|」; empty cells vanish."""
    cell = ctx(s)
    furniture = ["首页", "政务公开", "政府信息公开", "政府信息公开年报", "当前位置：", "首页", ">", "政府信息公开年报"]
    tail = ["【打印本页】", "【关闭窗口】", f"主办：{s['site']}", "版权所有"]
    return ("|".join(furniture + flat_strings(s, cell) + tail) + "\n").encode("utf-8")


# ---------------------------------------------------------------- Common Crawl-like WET file, three records

def wet_record(uri: str, date: str, body: str, rid: int) -> str:
    b = body.encode("utf-8")
    return (f"WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:5f0c2a1e-7b3d-4c55-9e1a-0000000000{rid:02d}>\r\n"
            f"WARC-Refers-To: <urn:uuid:9a41d3c2-11b7-4e0f-8d2c-0000000000{rid:02d}>\r\n"
            f"WARC-Block-Digest: sha1:Q3ZK7M2WXNA5PRBVHJD4E6YFT8GUCLS{rid:01d}\r\n"
            f"Content-Type: text/plain\r\nContent-Length: {len(b)}\r\n\r\n{body}\r\n\r\n")


def t_wet(s):
    """A crawl archive's WET file (plain text per page, block elements as lines, each table cell a line): the
    site's 年报 list page, the report, then a 工作要点 notice, each behind its WARC header."""
    cell = ctx(s)
    y = s["year"]
    listing = "\n".join([s["site"], "政府信息公开年报"] +
                        [f"{yy}年政府信息公开工作年度报告 {yy + 1}-01-{18 + (yy % 5)}" for yy in range(y, y - 5, -1)] +
                        ["共5条 1/1页"])
    report = "\n".join(flat_strings(s, cell))
    notice = "\n".join([f"关于印发《{s['site']}{y + 1}年政务公开工作要点》的通知", "各科室、直属单位：",
                        f"现将《{y + 1}年政务公开工作要点》印发给你们，请结合实际认真贯彻落实。",
                        f"{s['site']}", f"{y + 1}年3月8日"])
    host = s.get("host", "www.example.gov.cn")
    head = (f"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: {y + 2}-04-21T07:12:05Z\r\nWARC-Filename: "
            f"CC-MAIN-{y + 2}17-20240421063355-00231.warc.wet.gz\r\nContent-Type: application/warc-fields\r\n"
            f"Content-Length: 56\r\n\r\nSoftware-Info: ia-web-commons.1.1.10-SNAPSHOT-20240315\r\n\r\n\r\n")
    return (head + wet_record(f"https://{host}/zwgk/ndbg/", f"{y + 2}-04-21T07:20:11Z", listing, 1)
            + wet_record(url(s), f"{y + 2}-04-21T07:20:54Z", report, 2)
            + wet_record(f"https://{host}/zwgk/tzgg/{y + 1}03/t{y + 1}0308_9120.html", f"{y + 2}-04-21T07:21:30Z",
                         notice, 3)).encode("utf-8")


# ---------------------------------------------------------------- trafilatura-like text: tables as | rows, spans gone

def t_trafilatura(s):
    """Main-content extractor output (trafilatura-like `txt`): paragraphs as lines, each table row 「| a | b |」 with
    only the cells that start in the row (colspan/rowspan gone, so rows have different lengths)."""
    cell = ctx(s)
    g = grids(s, cell)
    out = []
    for kind, t in blocks(s):
        if kind in g:
            out += ["| " + " | ".join(r) + " |" for r in origin_rows(g[kind])]
        else:
            out.append(t)
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- pdftotext -layout of a 汇编 excerpt (GF2019)

def layout_rows(rows_, lw=44, cw=10):
    return [ljust(lab, lw) + "".join(rjust(v, cw) for v in vals) if vals else lab for lab, vals in rows_]


def t19_huibian_layout(s):
    """`pdftotext -layout` of pages 37–40 of a 年报汇编: running head 「××市2020年政府信息公开工作年度报告汇编」 and
    page numbers 「— 38 —」 between form feeds (one falls inside table 三, whose header repeats), the compilation's
    item number before the title, the next body's report starting after the signature."""
    cell = ctx(s)
    head = f"                    {s['huibian']}{s['year']}年政府信息公开工作年度报告汇编"
    t2 = layout_rows([(lab, vals) for lab, vals in t2_flat(s["template"], cell)], 30, 16)
    t3rows = [("申请人情况", COL_NAMES)] + t3_flat(s["template"], cell)
    t3 = layout_rows(t3rows)
    cut = 12
    t3 = t3[:cut] + ["", f"                                   — {s['page'] + 1} —", "\f" + head, "",
                     layout_rows([("申请人情况", COL_NAMES)])[0]] + t3[cut:]
    t4 = ["".join(rjust(n, 9) for n in T4_HEAD[:5]) + "   行政诉讼",
          "".join(rjust(n, 9) for n in T4_HEAD[5:]),
          "".join(rjust(cell(f"t4.{k}.{p}"), 9) for k, _ in T4_KINDS for p, _ in T4_PARTS)]
    out = [head, "", f"（{s['item']}）{s['title']}"]
    for kind, t in blocks(s)[1:]:
        out += {"t2": t2, "t3": t3, "t4": t4}.get(kind, ["    " + t if kind == "p" else t])
    out += ["", f"（{s['next_item']}）{s['next_agency']}{s['year']}年政府信息公开工作年度报告", "",
            "    本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级关于做好政府信息公开工作年度报告的要求编制。",
            "", f"                                   — {s['page'] + 3} —", "\f"]
    return ("\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- newspaper3k-like article dump

def t_newspaper(s):
    """An article extractor's dump (newspaper3k-like): 「Title: / Authors: / Publish date: / Top image:」 then the
    text with blank lines between blocks; a table row a line, its cells joined by one space."""
    cell = ctx(s)
    g = grids(s, cell)
    out = []
    for kind, t in blocks(s)[1:]:
        if kind in g:
            out.append("\n".join(" ".join(x for x in r if x) for r in origin_rows(g[kind])))
        else:
            out.append(t)
    head = (f"Title: {s['title']}\nAuthors: []\nPublish date: {s['pub']} 00:00:00\n"
            f"Top image: https://{s.get('host', 'www.example.gov.cn')}/images/logo_{s['year'] + 1}.png\n"
            f"Keywords: ['政府信息公开', '年度报告']\n\n")
    return (head + "\n\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- Chrome select-all copy of the CMS page

def t_chrome_copy(s):
    """Ctrl+A / Ctrl+C of the article page in a browser, pasted into Notepad: menus, breadcrumbs, 「【字体：大 中
    小】」, the article (table rows tab-separated, only the cells that start in the row), 「扫一扫在手机打开当前页」 and
    the related-links box at the end."""
    cell = ctx(s)
    g = grids(s, cell)
    out = ["无障碍浏览　长者模式　登录", s["site"], "首页　走进" + s.get("short_site", "本区") + "　政务公开　政务服务　互动交流",
           "当前位置：首页 > 政务公开 > 政府信息公开年报", s["title"],
           f"发布时间：{s['pub']}　来源：{s['site']}　浏览次数：{s.get('views', 1437)}", "【字体：大 中 小】　【打印】　【关闭】"]
    for kind, t in blocks(s)[1:]:
        out += ["\t".join(r) for r in origin_rows(g[kind])] if kind in g else [t]
    out += ["扫一扫在手机打开当前页", "相关链接", f"{s['site']}{s['year'] - 1}年政府信息公开工作年度报告",
            "主办单位：" + s["site"], "网站标识码：3301100012　浙ICP备05002130号"]
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- Word 「另存为 纯文本」 (GF2019, ANSI)

def t19_word_txt(s):
    """A .docx saved by Word as 「纯文本 (*.txt)」 in the system code page (GB18030, CRLF): paragraphs as lines, a
    table row a line with its cells (merged cells once) separated by tabs."""
    cell = ctx(s)
    g = grids(s, cell)
    out = []
    for kind, t in blocks(s):
        out += ["\t".join(r) for r in origin_rows(g[kind])] if kind in g else [t]
    return ("\r\n".join(out) + "\r\n").encode("gb18030")


# ---------------------------------------------------------------- WeChat article exported to Markdown

def wechat_md(s, body_md: str) -> bytes:
    head = (f"# {s['title']}\n\n原创 {s['mp']} [{s['mp']}](javascript:void(0);) *{s['pub']} 18:30* *{s['prov']}*\n\n"
            "![图片](https://mmbiz.qpic.cn/mmbiz_png/x7Q1bGkU0cD/640?wx_fmt=png&from=appmsg)\n\n")
    tail = ("\n\n---\n\n来源：" + s["agency"] + "\n\n编辑：融媒体中心　审核：办公室\n\n![图片](https://mmbiz.qpic.cn/"
            "mmbiz_jpg/qr/640?wx_fmt=jpeg)\n\n长按识别二维码关注我们\n\n预览时标签不可点\n\n[阅读原文](javascript:;)\n\n"
            "微信扫一扫关注该公众号\n")
    return (head + body_md + tail).encode("utf-8")


def md_tables(s, cell):
    t2 = pipe([["信息内容", "", "", ""]] + [[lab] + vals + [""] * (3 - len(vals))
                                          for lab, vals in t2_flat(s["template"], cell)])
    t3 = pipe([["项目"] + COL_NAMES] + [[lab] + (vals or [""] * 7) for lab, vals in t3_flat(s["template"], cell)])
    t4 = pipe([T4_HEAD, [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]])
    return {"t2": t2, "t3": t3, "t4": t4}


def m_wechat(s):
    """A WeChat 公众号 article (a 县 融媒体 account publishing a 街道's report) exported to Markdown by an article
    exporter: 「原创 公众号 时间 地区」 line, images, headings as bold lines with a 「▍」 bar, pipe tables, the account's
    footer (来源/编辑/审核, 长按识别二维码, 阅读原文)."""
    cell = ctx(s)
    tabs = md_tables(s, cell)
    out = []
    for kind, t in blocks(s)[1:]:
        if kind in tabs:
            out.append(tabs[kind])
        elif kind == "h":
            out.append(f"**▍{t}**")
        else:
            out.append(t)
    return wechat_md(s, "\n\n".join(out))


def m_legacy_wechat(s):
    """A 2017 report (old 条例) as a WeChat article exported to Markdown: prose and the 统计表 as a pipe table."""
    paras, table = legacy_blocks(s)
    body = "\n\n".join([*paras, pipe(table), s["agency"], s["date"]])
    return wechat_md(s, body)


# ---------------------------------------------------------------- Obsidian-like web clipper note

def m_clipper(s):
    """A web clipper's Markdown note: YAML front matter (title, source, author, published, created — the clip date
    two years later —, tags), then the article with pipe tables and 「##」 headings."""
    cell = ctx(s)
    tabs = md_tables(s, cell)
    fm = (f"---\ntitle: \"{s['title']}\"\nsource: \"{url(s)}\"\nauthor:\n  - \"[[{s['site']}]]\"\n"
          f"published: {s['pub']}\ncreated: {s['year'] + 3}-05-12\ndescription: \"本报告根据《中华人民共和国政府信息公开条例》"
          f"…\"\ntags:\n  - \"clippings\"\n  - \"年报\"\n---\n\n")
    out = []
    for kind, t in blocks(s)[1:]:
        out.append(tabs.get(kind) or ("## " + t if kind == "h" else t))
    return (fm + "\n\n".join(out) + "\n").encode("utf-8")


# ---------------------------------------------------------------- platform APIs (JSON)

def api_json(payload: dict) -> bytes:
    return (json.dumps(payload, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")


def j_cms_api(s):
    """The article API of a 政府网站集约化平台 (what a scraper of the site's front end receives): one JSON object, the
    article's HTML in data.content (escaped with \\uXXXX, 「\\"」, 「\\/」)."""
    cell = ctx(s)
    html = html_body(s, tables_plain(s, cell))
    data = {"code": 200, "msg": "操作成功", "data": {
        "articleId": s["aid"], "channelId": 10231, "title": s["title"], "subTitle": "",
        "publishTime": f"{s['pub']} 09:30:00", "source": s["site"], "author": "", "hits": 2317,
        "indexNum": s.get("index", "") , "content": html, "attachments": []}}
    return api_json(data).replace(b"/", b"\\/")


def j_search_hits(s):
    """The platform's search API: an Elasticsearch-like answer with two hits — the report (its text stored stripped
    of tags: every text node joined by one space, one long line) and the previous year's report (title and a short
    highlighted summary only)."""
    cell = ctx(s)
    text = " ".join(flat_strings(s, cell)[1:])
    y = s["year"]
    hits = [{"_index": "site_article_v3", "_id": str(s["aid"]), "_score": 18.42,
             "_source": {"title": s["title"], "siteName": s["site"], "channel": "政府信息公开年报",
                         "pubDate": f"{s['pub']}T09:00:00+08:00", "url": url(s), "content": text}},
            {"_index": "site_article_v3", "_id": str(s["aid"] - 5113), "_score": 11.07,
             "_source": {"title": f"{s['agency']}{y - 1}年政府信息公开工作年度报告", "siteName": s["site"],
                         "channel": "政府信息公开年报", "pubDate": f"{y}-01-23T09:00:00+08:00",
                         "url": url(s).replace(str(y + 1), str(y)),
                         "summary": f"本报告根据《中华人民共和国<em>政府信息公开</em>条例》编制……"}}]
    return api_json({"took": 14, "timed_out": False, "hits": {"total": {"value": 2, "relation": "eq"},
                                                              "max_score": 18.42, "hits": hits}})


def j_legacy(s):
    """A 2018 report (old 条例) from the platform's article API: prose and the 统计表 as HTML in data.content."""
    paras, table = legacy_blocks(s)
    rows_ = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table)
    html = "".join(f"<p>{p}</p>" for p in paras) + f"<table border=\"1\">{rows_}</table>" + \
        f"<p style=\"text-align:right\">{s['agency']}</p><p style=\"text-align:right\">{s['date']}</p>"
    data = {"code": 200, "msg": "操作成功", "data": {"articleId": s["aid"], "title": s["title"],
                                                 "publishTime": f"{s['year'] + 1}-03-28 10:00:00", "source": s["site"],
                                                 "content": html}}
    return api_json(data)


# ---------------------------------------------------------------- pandas.read_html → to_csv

def c_pandas(s):
    """A researcher's scraper: pandas.read_html on the page, each table written with to_csv(index=False) under a
    「# 」 comment naming the title and the heading before it; td-only tables, so the header is 0,1,2,… and the
    header rows are data; every rowspan/colspan value repeated into each slot it covers."""
    cell = ctx(s)
    g = grids(s, cell)
    heads = dict(zip(("t2", "t3", "t4"), ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                          "四、政府信息公开行政复议、行政诉讼情况")))
    buf = io.StringIO()
    buf.write(f"# source: {url(s)}\n# title: {s['title']}\n")
    for k in ("t2", "t3", "t4"):
        n = NCOLS[k]
        buf.write(f"# {heads[k]}\n")
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([str(i) for i in range(n)])
        for frow in full(g[k], n):
            w.writerow([c.text for c, _ in frow])
    return buf.getvalue().encode("utf-8")


__all__ = ["narrative"]
