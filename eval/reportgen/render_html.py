"""HTML families: a plain page, a CMS article page (navigation, breadcrumb, <thead>/<th>, inline
styles, footer) and Word/WPS 「save as web page」 output (MsoNormalTable, text split over spans,
blank cells as <o:p>&nbsp;</o:p>, GBK)."""

from __future__ import annotations

import html
import json
import unicodedata

from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Grid, Parts, place


def _span(c: G) -> str:
    return (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")


def _paras(parts: Parts, table) -> str:
    out = []
    for b in parts.all():
        out.append(f"<p>{html.escape(b)}</p>" if isinstance(b, str) else table(b[0], b[2]))
    return "\n".join(out)


def _raised(c: G) -> str:
    """A cell's raised footnote mark (layout.with_raised_marks): a CMS editor's styled span for an odd
    mark, a <sup> for an even one."""
    if not c.mark:
        return ""
    if int(c.mark) % 2:
        return f'<span style="vertical-align: super; font-size: 9px">{c.mark}</span>'
    return f"<sup>{c.mark}</sup>"


# the ways a page strikes an old figure through, {0} the old figure, {1} the printed one (layout.with_struck_old)
_STRUCK = (
    '<del style="color:#c00">{0}</del> {1}',
    "<s>{0}</s>{1}",
    "<strike>{0}</strike> {1}",
    '<span style="text-decoration: line-through;color:red">{0}</span>&nbsp;{1}',
    '<span class="jiu">{0}</span> {1}',  # (struck by the page's stylesheet: `_STRUCK_SHEET`)
    "<del>{0}</del><ins>{1}</ins>",
    '<span style="text-decoration-line:line-through">{0}</span><br>{1}',
)
_STRUCK_SHEET = "<style>.jiu{text-decoration:line-through;color:#f00}</style>"


def _value(c: G) -> str:
    """A cell's printed text: its figure, its raised mark, its old figure struck through before it."""
    text = html.escape(c.text) + _raised(c)
    if c.old:
        text = _STRUCK[(int(c.old.split(".")[0]) + len(c.text)) % len(_STRUCK)].format(html.escape(c.old), text)
    return text or "&nbsp;"


def plain(parts: Parts) -> str:
    def table(_t: str, grid: Grid) -> str:
        return (
            '<table border="1">'
            + "".join("<tr>" + "".join(f"<td{_span(c)}>{_value(c)}</td>" for c in row) + "</tr>" for row in grid)
            + "</table>"
        )

    struck = any(c.old for b in parts.all() if not isinstance(b, str) for row in b[2] for c in row)
    sheet = _STRUCK_SHEET if struck else ""
    return f'<html><head><meta charset="utf-8">{sheet}</head><body>\n{_paras(parts, table)}\n</body></html>'


def cms(parts: Parts, host: str) -> str:
    """A CMS article: chrome around the text (no numbers a reader could take for cells), header rows
    in <thead><th>, <p> inside every cell."""

    def table(_t: str, grid: Grid) -> str:
        n_head = next((i for i, row in enumerate(grid) if any(c.value for c in row)), len(grid))
        n_head = min(n_head, 3) if _t != "t2" else 0

        def cell(c: G, tag: str) -> str:
            return (
                f'<{tag}{_span(c)} style="border:1px solid #000;text-align:center">'
                f"<p>{html.escape(c.text) or '&nbsp;'}</p></{tag}>"
            )

        head = "".join("<tr>" + "".join(cell(c, "th") for c in row) + "</tr>" for row in grid[:n_head])
        body = "".join("<tr>" + "".join(cell(c, "td") for c in row) + "</tr>" for row in grid[n_head:])
        return (
            '<table style="border-collapse:collapse" width="100%">'
            + (f"<thead>{head}</thead>" if head else "")
            + f"<tbody>{body}</tbody></table>"
        )

    chrome = (
        '<div class="top"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/hdjl">互动交流</a></div>'
        '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>'
    )
    share = '<div class="share">分享到： 微信 微博</div><div class="foot">主办：' + html.escape(host) + "</div>"
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body>'
        + chrome
        + '<div class="article">\n'
        + _paras(parts, table)
        + "\n</div>"
        + share
        + "</body></html>"
    )


def word(parts: Parts, d: Draw) -> str:
    """Word's 「save as web page」: every paragraph a <p class=MsoNormal> with its text over several
    <span>s (a number split in two), header words broken by <br>, blank cells <o:p>&nbsp;</o:p>."""

    def runs(text: str) -> str:
        if not text:
            return "<span lang=EN-US><o:p>&nbsp;</o:p></span>"
        cut = d.int(1, len(text) - 1) if len(text) > 1 and d.int(0, 1) else len(text)
        a, b = text[:cut], text[cut:]
        out = f"<span style='font-size:10.5pt;font-family:宋体'>{html.escape(a)}</span>"
        if b:
            out += f"<span lang=EN-US style='font-size:10.5pt'>{html.escape(b)}</span>"
        return out + "<span lang=EN-US><o:p></o:p></span>"

    def cell(c: G) -> str:
        text = c.text
        if not c.value and len(text) in range(4, 9) and d.int(0, 2) == 0:  # 「本年新<br>制作数量」
            k = len(text) // 2
            body = runs(text[:k]) + "<br>" + runs(text[k:])
        else:
            body = runs(text)
        return (
            f"<td width=60{_span(c)} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
            f"<p class=MsoNormal align=center style='text-align:center'>{body}</p></td>"
        )

    def table(_t: str, grid: Grid) -> str:
        return (
            "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse;mso-table-layout-alt:fixed'>"
            + "".join(
                f"<tr style='mso-yfti-irow:{i}'>" + "".join(cell(c) for c in row) + "</tr>"
                for i, row in enumerate(grid)
            )
            + "</table>"
        )

    out = []
    for b in parts.all():
        out.append(f"<p class=MsoNormal>{runs(b)}</p>" if isinstance(b, str) else table(b[0], b[2]))
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
        '<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">'
        "<style>p.MsoNormal{margin:0cm;font-size:10.5pt}</style></head>"
        "<body lang=ZH-CN style='text-justify-trim:punctuation'><div class=WordSection1>\n"
        + "\n".join(out)
        + "\n</div></body></html>"
    )


def excel(parts: Parts, d: Draw) -> str:
    """Excel's 「save as web page」 of the tables: every table ends in a check column its author hid
    (校验, a number on every row: a formula's result), hidden by an inline `display:none` or by a class
    of the page's stylesheet; now and then a hidden helper row too. A reader sees none of it; the
    numbers in it are no cell of the report."""

    def hide() -> str:
        return " style='display:none'" if d.int(0, 1) else " class=xlhide"

    def table(_t: str, grid: Grid) -> str:
        rows = []
        for i, row in enumerate(grid):
            cells = "".join(f"<td{_span(c)} class=xl65>{html.escape(c.text)}</td>" for c in row)
            check = "校验" if i == 0 else str(d.int(0, 99))
            rows.append(f"<tr height=19>{cells}<td{hide()} x:num>{check}</td></tr>")
            if d.int(0, 5) == 0:  # a helper row the author hid
                rows.append(f"<tr{hide()}>" + "".join(f"<td>{d.int(1, 999)}</td>" for _ in row) + "</tr>")
        return (
            "<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse'>" + "".join(rows) + "</table>"
        )

    return (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
        '<meta http-equiv=Content-Type content="text/html; charset=utf-8">'
        "<style>.xl65{mso-number-format:General}\n.xlhide{display:none}\n"
        "@media print{.xl65{display:none}}</style></head><body>\n" + _paras(parts, table) + "\n</body></html>"
    )


def tfoot_first(parts: Parts, d: Draw) -> str:
    """HTML 4 tables: the header rows in <thead>, the bottom rows (总计, 结转) in a <tfoot> printed
    BEFORE <tbody>, as HTML 4 required — a browser still draws the foot at the bottom."""

    def table(_t: str, grid: Grid) -> str:
        n_head = next((i for i, row in enumerate(grid) if any(c.value for c in row)), len(grid))
        # the foot: the last rows, as many as no span from above runs into (at most 2, at least 1 row of body)
        n_foot = 0
        for k in range(min(2, len(grid) - n_head - 1), 0, -1):
            cut = len(grid) - k
            if all(r + c.rs <= cut for r, row in enumerate(grid[:cut]) for c in row):
                n_foot = d.int(1, k)
                break
        cut = len(grid) - n_foot

        def rows(part: Grid) -> str:
            return "".join(
                "<tr>" + "".join(f"<td{_span(c)}>{html.escape(c.text)}</td>" for c in row) + "</tr>" for row in part
            )

        head = f"<thead>{rows(grid[:n_head])}</thead>" if n_head else ""
        foot = f"<tfoot>{rows(grid[cut:])}</tfoot>" if n_foot else ""
        return f'<table border="1">{head}{foot}<tbody>{rows(grid[n_head:cut])}</tbody></table>'

    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
        + _paras(parts, table)
        + "\n</body></html>"
    )


def _body(page: str) -> str:
    """What lies between a page's <body> tags: the article a carrier holds somewhere else."""
    return page[page.index("<body>") + len("<body>") : page.rindex("</body>")]


def js_string(parts: Parts) -> str:
    """A site-cluster article page: the title in the markup, the body a JavaScript string literal
    (「<」「>」「&」 as \\u003c/\\u003e/\\u0026, quotes as \\") that a script writes into the page with
    innerHTML."""
    body = _body(plain(parts))
    literal = json.dumps(body, ensure_ascii=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        literal = literal.replace(ch, esc)
    title = html.escape(parts.head[0]) if parts.head else ""
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n'
        f'<h1>{title}</h1>\n<div class="info">来源：本站</div>\n<div id="zoom"></div>\n'
        f'<script type="text/javascript">\nvar articleContent = {literal};\n'
        'document.getElementById("zoom").innerHTML = articleContent;\n</script>\n</body></html>'
    )


def spa_state(parts: Parts, d: Draw) -> str:
    """A single-page app's article page (wild19): the body an empty mount point (「页面加载中…」), the
    article only in the app's state — Next.js's `<script id="__NEXT_DATA__" type="application/json">`,
    Nuxt's `window.__NUXT__ = {…}`, or `window.__INITIAL_STATE__ = JSON.parse("…")` (the state a JSON
    text inside a string literal) —, its HTML a JSON string (「<」 as \\u003c or not) among the site's
    menus, ids and related reports' titles; sometimes an `application/ld+json` copy of the article as
    plain text too (the same report twice: one of them is read)."""
    article = _body(plain(parts))
    title = parts.head[0] if parts.head else ""
    related = [{"id": d.int(1000, 99999), "title": f"{y}年政府信息公开工作年度报告"} for y in (2019, 2020, 2021)]
    menu = [{"name": n, "href": f"/{i}"} for i, n in enumerate(("首页", "政务公开", "政府信息公开年报", "互动交流"))]
    state = {
        "props": {
            "pageProps": {
                "menu": menu,
                "article": {
                    "id": d.int(100000, 999999),
                    "title": title,
                    "publishTime": "2024-01-20 09:30:00",
                    "content": article,
                },
                "related": related,
            }
        },
        "page": "/xxgk/[channel]/[id]",
        "buildId": "b7Zq0xK2",
    }
    data = json.dumps(state, ensure_ascii=d.int(0, 1) == 1)
    if d.int(0, 1):
        for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
            data = data.replace(ch, esc)
    else:
        data = data.replace("</", "<\\/")  # (a script element ends at 「</script」)
    carrier = d.pick(("next", "nuxt", "parse"))
    if carrier == "next":
        script = f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'
    elif carrier == "nuxt":
        script = f"<script>window.__NUXT__ = {data};</script>"
    else:
        literal = json.dumps(data).replace("</", "<\\/")
        script = f"<script>window.__INITIAL_STATE__ = JSON.parse({literal});</script>"
    ld = ""
    if d.int(0, 1):
        text = "\n".join(b if isinstance(b, str) else "" for b in parts.all())
        body = json.dumps({"@type": "Article", "headline": title, "articleBody": text}, ensure_ascii=False)
        body = body.replace("</", "<\\/")
        ld = f'<script type="application/ld+json">{body}</script>'
    esc = html.escape(title)
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"/><title>{esc}</title>{ld}'
        '<script src="/_next/static/chunks/main.js" defer=""></script></head><body>'
        '<div id="__next"><div class="page-loading">页面加载中…</div></div>'
        f"{script}</body></html>"
    )


def _js_escape(text: str) -> str:
    """JavaScript's `escape()`: ASCII letters, digits and 「@*_+-./」 kept, other code points below 256 as
    %XX, the rest as %uXXXX — what an old CMS template wrote into a page for `unescape()` to undo."""
    keep = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@*_+-./")
    return "".join(c if c in keep else f"%{ord(c):02X}" if ord(c) < 256 else f"%u{ord(c):04X}" for c in text)


def js_percent(parts: Parts, uri: bool) -> str:
    """An old site-cluster page (wild16): the article percent-encoded — `escape()`'s %uXXXX, or UTF-8 bytes
    for `decodeURIComponent` — cut into short literals a script adds up (`c += "…";`) and writes in with
    `document.write(unescape(c))`. No literal is long and none holds a tag before it is decoded."""
    from urllib.parse import quote

    body = _body(plain(parts))
    coded = quote(body, safe="") if uri else _js_escape(body)
    chunks = [coded[i : i + 120] for i in range(0, len(coded), 120)]
    decode = "decodeURIComponent" if uri else "unescape"
    title = html.escape(parts.head[0]) if parts.head else ""
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n'
        f'<div class="header"><a href="/">首页</a></div>\n<div class="art-title">{title}</div>\n<div id="zoom">\n'
        '<script type="text/javascript">\nvar c = "";\n'
        + "".join(f'c += "{c}";\n' for c in chunks)
        + f"document.write({decode}(c));\n</script>\n</div>\n"
        '<div class="footer">版权所有</div>\n</body></html>'
    )


def textarea_held(parts: Parts) -> str:
    """The article kept as escaped HTML in a hidden <textarea> that a script copies into the page (wild14):
    the markup shows only the title and the site's chrome."""
    body = _body(plain(parts))
    title = html.escape(parts.head[0]) if parts.head else ""
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>\n'
        f'<div class="header"><a href="/">首页</a></div>\n<div id="zoom"></div>\n'
        f'<textarea id="content" style="display:none">{html.escape(body, quote=False)}</textarea>\n'
        '<script>(function(){var t=document.getElementById("content");'
        'document.getElementById("zoom").innerHTML=t.value;})();</script>\n'
        '<div class="footer">版权所有</div>\n</body></html>'
    )


def noscript_tables(parts: Parts) -> str:
    """Tables drawn by a script from the site's API: each a 「表格加载中…」 placeholder, the data only in the
    <noscript> fallback after it (wild14); a tracking pixel's <noscript> too."""

    def table(t: str, grid: Grid) -> str:
        rows = "".join(
            "<tr>" + "".join(f"<td{_span(c)}>{html.escape(c.text) or '&nbsp;'}</td>" for c in row) + "</tr>"
            for row in grid
        )
        return (
            f'<div class="vtable" data-api="/api/ndbg/table/{t}"><div class="loading">表格加载中…</div></div>\n'
            f'<noscript><table border="1">{rows}</table></noscript>'
        )

    return (
        '<html><head><meta charset="utf-8"><noscript><img src="/stat.gif?id=1" alt=""></noscript></head><body>\n'
        f'{_paras(parts, table)}\n<script src="/js/vtable.js"></script>\n</body></html>'
    )


def _em(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(ch) in ("W", "F") else 0.5 for ch in text)


def _wrapped(text: str, ems: float) -> list[str]:
    """`text` cut into lines of at most `ems` ems (a PDF cell wraps its label so)."""
    lines, cur = [], ""
    for ch in text:
        if cur and _em(cur + ch) > ems:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur] if cur else lines


Placed = tuple[float, float, list[str], str]  # top, left (px on a 892 × 1262 page), lines, font class
TABLE_FONT = (9, 11)  # px: font size and line height of table cells (classes ft11, ft21)
TEXT_FONT = (14, 18)  # paragraphs (ft10, ft20)


def placements(parts: Parts, d: Draw) -> list[list[Placed]]:
    """Where a PDF converter puts each run of text: pages of (top, left, lines, class); a blank cell
    nothing at all; a wrapped label one run of several lines; a merged label at its first row's top or
    halfway down the rows it spans; numbers left-aligned in their column at their row's top."""
    fs, lh = TABLE_FONT
    middle = d.int(0, 1) == 1
    pages: list[list[Placed]] = [[]]
    y = 120

    def put(top: float, left: float, lines: list[str], cls: str = "ft11") -> None:
        pages[-1].append((top, left, lines, cls))

    def table(grid: Grid) -> None:
        nonlocal y
        width, placed = place(grid)
        values = {j for _, j, c in placed if c.value}
        first_value = min(values) if values else width
        ems = [14.0 if j < first_value else 3.0 for j in range(width)]  # label columns wide, value columns narrow
        lefts = [103.0 + sum(e * fs + (4 if e > 3 else 18) for e in ems[:j]) for j in range(width)]
        lines_of = {
            (i, j): [c.text] if c.value else _wrapped(c.text, sum(ems[j : j + c.cs]) + 0.4 * (c.cs - 1) - 1)
            for i, j, c in placed
        }
        heights = [
            max([len(lines_of[(i, j)]) for i2, j, c in placed if i2 == i and c.rs == 1] + [1]) * lh + 9
            for i in range(len(grid))
        ]
        tops = [y + sum(heights[:i]) for i in range(len(grid))]
        for i, j, c in placed:
            lines = [x for x in lines_of[(i, j)] if x]
            if not lines:  # a blank cell: nothing at all
                continue
            top = tops[i]
            if c.rs > 1 and middle:
                top = (tops[i] + tops[min(len(grid) - 1, i + c.rs - 1)]) / 2
            put(top, lefts[j], lines, "ft11" if len(pages) == 1 else "ft21")
        y = tops[-1] + heights[-1] + 10

    for b in parts.all():
        if y > 1150:
            pages.append([])
            y = 120
        if isinstance(b, str):
            lines = _wrapped(b, 44)
            put(y, 117, lines, "ft10" if len(pages) == 1 else "ft20")
            y += len(lines) * 18 + 6
        else:
            table(b[2])
    return pages


def positioned(parts: Parts, d: Draw) -> str:
    """As poppler's `pdftohtml` writes a PDF page: no <table>, every run of text one
    `<p style="position:absolute;top:…;left:…">` in a page box (`placements`), a wrapped label one <p>
    with <br/> between its lines. The font of a class is defined once, on the first page it is used
    on; the next page uses the class without defining it."""
    fs = TABLE_FONT[0]
    pages = [
        [
            f'<p style="position:absolute;top:{round(top)}px;left:{round(left)}px;white-space:nowrap" '
            f'class="{cls}">{"<br/>".join(html.escape(x) for x in lines)}</p>'
            for top, left, lines, cls in page
        ]
        for page in placements(parts, d)
    ]
    out = [
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>'
        "<title></title></head><body>"
    ]
    for n, page in enumerate(pages, start=1):
        style = (
            f"\tp {{margin: 0; padding: 0;}}\t.ft10{{font-size:14px;font-family:STSong-Light;color:#000000;}}\n"
            f"\t.ft11{{font-size:{fs}px;font-family:STSong-Light;color:#000000;}}\n"
            if n == 1
            else "\tp {margin: 0; padding: 0;}"
        )
        out.append(f'<!-- Page {n} -->\n<a name="{n}"></a>\n<style type="text/css">\n<!--\n{style}-->\n</style>')
        out.append(f'<div id="page{n}-div" style="position:relative;width:892px;height:1262px;">')
        out += page
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out)


def mhtml(parts: Parts, d: Draw) -> bytes:
    """The page saved as one file, as Chrome (「网页，单个文件」, .mhtml) or IE/Word (.mht) save it: a MIME
    message whose first part is the HTML in quoted-printable (or base64) and whose other part is a picture."""
    from email.charset import BASE64, QP, Charset
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.nonmultipart import MIMENonMultipart

    page = MIMENonMultipart("text", "html")
    charset = Charset("utf-8")
    charset.body_encoding = QP if d.int(0, 1) == 0 else BASE64
    page.set_payload(plain(parts), charset=charset)
    page["Content-Location"] = "http://www.example.gov.cn/zwgk/ndbg/index.html"
    message = MIMEMultipart("related", type="text/html")
    if d.int(0, 1) == 0:
        message["From"] = "<Saved by Blink>"
        message["Snapshot-Content-Location"] = "http://www.example.gov.cn/zwgk/ndbg/index.html"
    message.attach(page)
    message.attach(MIMEImage(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01", "gif"))
    return message.as_bytes()


def iframe_srcdoc(parts: Parts) -> str:
    """The article framed as a page of its own inside the site's page (`<iframe srcdoc="…">`, the frame's
    HTML escaped into the attribute), the site's title and links around it."""
    framed = html.escape(plain(parts), quote=True)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开年度报告</title></head><body>\n'
        '<div class="crumb">首页 &gt; 政务公开 &gt; 年度报告</div>\n'
        f'<iframe class="art-frame" width="100%" height="4000" frameborder="0" srcdoc="{framed}"></iframe>\n'
        '<div class="share">分享到：微信 微博</div>\n</body></html>'
    )


def xxgk_metadata(parts: Parts, full: str, local: str) -> str:
    """A 政府信息公开 catalogue page: a metadata table (索引号, 发布机构 with the body's full name,
    名称) above the article, and the article naming its body only as the district's own pages do,
    without the city (「朝阳区人民政府」): which 朝阳区 is said by the metadata alone."""

    def own(b):
        return b.replace(full, local) if isinstance(b, str) else b

    article = Parts([own(b) for b in parts.head], [own(b) for b in parts.blocks], [own(b) for b in parts.tail])
    title = next((b for b in article.head if "年度报告" in b), article.head[0])
    meta = (
        '<table class="xxgk-meta">'
        f"<tr><td>索 引 号：</td><td>XXGK-ND-NB</td><td>发布机构：</td><td>{html.escape(full)}</td></tr>"
        f'<tr><td>名　　称：</td><td colspan="3">{html.escape(title)}</td></tr></table>'
    )
    body = plain(article).split("<body>\n", 1)[1]
    return f'<html><head><meta charset="utf-8"></head><body>\n{meta}\n{body}'


def element_ui(parts: Parts) -> str:
    """A page built with a Vue grid component (element-ui's el-table): each table is two tables,
    its header rows in one inside 「el-table__header-wrapper」, its body rows in another inside
    「el-table__body-wrapper」, every cell's text in a 「<div class="cell">」."""

    def rows_html(grid: Grid, tag: str) -> str:
        return "".join(
            "<tr>"
            + "".join(f'<{tag}{_span(c)}><div class="cell">{html.escape(c.text)}</div></{tag}>' for c in row)
            + "</tr>"
            for row in grid
        )

    def table(_t: str, grid: Grid) -> str:
        n_head = next((i for i, row in enumerate(grid) if any(c.value for c in row)), 0)
        return (
            '<div class="el-table el-table--fit el-table--border"><div class="hidden-columns"></div>'
            '<div class="el-table__header-wrapper"><table class="el-table__header"><thead class="is-group">'
            f"{rows_html(grid[:n_head], 'th')}</thead></table></div>"
            '<div class="el-table__body-wrapper is-scrolling-none"><table class="el-table__body"><tbody>'
            f"{rows_html(grid[n_head:], 'td')}</tbody></table></div></div>"
        )

    return f'<html><head><meta charset="utf-8"></head><body>\n{_paras(parts, table)}\n</body></html>'


def _column_letters(k: int) -> str:
    """Excel's heading of column `k`: A … Z, AA, AB …"""
    return _column_letters(k // 26 - 1) + chr(65 + k % 26) if k >= 26 else chr(65 + k)


def excel_print(parts: Parts, d: Draw) -> str:
    """An Excel sheet saved as a web page with its row and column headings printed: the part of the
    report from the first table to the last is one sheet — each heading a one-cell row, each table
    row its cells — every row led by its sheet row number, a row of column letters on top."""
    blocks = parts.blocks
    first = next(i for i, b in enumerate(blocks) if not isinstance(b, str))
    last = max(i for i, b in enumerate(blocks) if not isinstance(b, str))
    width = max(place(b[2])[0] for b in blocks if not isinstance(b, str))
    n = d.int(1, 30)
    rows = ["<tr><td></td>" + "".join(f"<td>{_column_letters(k)}</td>" for k in range(width)) + "</tr>"]
    for b in blocks[first : last + 1]:
        if isinstance(b, str):
            rows.append(f'<tr><td>{n}</td><td colspan="{width}">{html.escape(b)}</td></tr>')
            n += 1
            continue
        for row in b[2]:
            cells = "".join(f"<td{_span(c)}>{html.escape(c.text)}</td>" for c in row)
            rows.append(f"<tr><td>{n}</td>{cells}</tr>")
            n += 1
    before = "".join(f"<p>{html.escape(x)}</p>" for x in [*parts.head, *blocks[:first]] if isinstance(x, str))
    after = "".join(f"<p>{html.escape(x)}</p>" for x in [*blocks[last + 1 :], *parts.tail] if isinstance(x, str))
    sheet = '<table border="1">' + "".join(rows) + "</table>"
    return f'<html><head><meta charset="utf-8"></head><body>\n{before}\n{sheet}\n{after}\n</body></html>'
