"""HTML as publishers produce it: Word/WPS 'save as web page' and CMS article pages."""

from __future__ import annotations

import html
import random
import re

from model import Cell, positions

# ---------------------------------------------------------------- Word / WPS export

_WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="{generator}">
<meta name=Originator content="{generator}">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{author}</o:Author>
  <o:LastAuthor>{author}</o:LastAuthor>
  <o:Revision>{rev}</o:Revision>
  <o:TotalTime>{ttime}</o:TotalTime>
  <o:Created>{created}</o:Created>
  <o:Pages>{pages}</o:Pages>
  <o:Company>Microsoft</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:UseFELayout/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;}}
 @font-face
	{{font-family:仿宋_GB2312;
	mso-font-charset:134;
	mso-generic-font-family:modern;}}
 @font-face
	{{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-charset:134;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;
	mso-bidi-font-family:"Times New Roman";
	mso-font-kerning:1.0pt;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	layout-grid:15.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""

_CJK_FONT = 'font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"'


def word_runs(text: str, rng: random.Random, size: str = "12.0pt", split_p: float = 0.35) -> str:
    """Text as Word writes it: ASCII and CJK in separate spans, CJK runs sometimes cut again (edits,
    spell-check marks), quotes in their own span."""
    out = []
    for seg in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if seg.isascii():
            out.append(
                f"<span lang=EN-US style='font-size:{size};font-family:\"Times New Roman\"'>"
                f"{html.escape(seg, quote=False)}</span>"
            )
            continue
        parts = [seg]
        if len(seg) > 3 and rng.random() < split_p:
            cut = rng.randint(1, len(seg) - 1)
            parts = [seg[:cut], seg[cut:]]
        for p in parts:
            out.append(f"<span style='font-size:{size};{_CJK_FONT}'>{html.escape(p, quote=False)}</span>")
    return "".join(out)


def word_para(
    text: str, rng: random.Random, *, indent=True, bold=False, center=False, size="16.0pt", font="仿宋_GB2312"
) -> str:
    style = "text-align:center;" if center else ""
    style += "text-indent:32.0pt;" if indent and not center else ""
    style += "line-height:28.0pt;mso-line-height-rule:exactly"
    body = word_runs(text, rng, size=size).replace("仿宋_GB2312", font)
    if bold:
        body = f"<b>{body}</b>"
    align = " align=center" if center else ""
    return f"<p class=MsoNormal{align} style='{style}'>{body}<span lang=EN-US style='font-size:{size}'><o:p></o:p></span></p>\n"


def word_cell_inner(c: Cell, rng: random.Random, br: str, split_digits: bool) -> str:
    txt = c.text
    p_open = (
        "<p class=MsoNormal align=center style='text-align:center;line-height:14.0pt;mso-line-height-rule:exactly'>"
    )
    if c.kind == "l":
        p_open = "<p class=MsoNormal style='line-height:14.0pt;mso-line-height-rule:exactly'>"
    if txt.strip() == "":
        return f"{p_open}<span lang=EN-US style='font-size:10.5pt'><o:p>&nbsp;</o:p></span></p>"
    if c.kind in ("v", "s") and re.fullmatch(r"[\d.+-]+", txt):
        if split_digits and len(txt) >= 3 and rng.random() < 0.5:
            cut = rng.randint(1, len(txt) - 1)
            body = (
                f"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\"'>{txt[:cut]}</span>"
                f"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\"'>{txt[cut:]}</span>"
            )
        else:
            body = f"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\"'>{txt}</span>"
        return f"{p_open}{body}<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>"
    if "|" in txt:  # header broken over lines: separate paragraphs or a soft <br>
        pieces = txt.split("|")
        if br == "br":
            return (
                p_open
                + "<br>\n  ".join(word_runs(p, rng, "10.5pt") for p in pieces)
                + "<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>"
            )
        return "\n  ".join(
            f"{p_open}{word_runs(p, rng, '10.5pt')}<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>"
            for p in pieces
        )
    return f"{p_open}{word_runs(txt, rng, '10.5pt')}<span lang=EN-US style='font-size:10.5pt'><o:p></o:p></span></p>"


def word_table(
    grid: list[list[Cell]], rng: random.Random, widths: list[int], *, br="br", split_digits=True, wps=False
) -> str:
    """A table as Word's 'Web page (filtered)' or WPS writes it."""
    total = sum(widths)
    cls = "MsoTableGrid" if wps else "MsoNormalTable"
    out = [
        f"<div align=center>\n<table class={cls} border=1 cellspacing=0 cellpadding=0 width={total}\n"
        f" style='width:{total * 0.75:.1f}pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
        f" mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
    ]
    pos = {}
    for r, col, c in positions(grid):
        pos.setdefault(r, []).append((col, c))
    for r in range(len(grid)):
        first = ";mso-yfti-firstrow:yes" if r == 0 else ""
        out.append(f" <tr style='mso-yfti-irow:{r}{first};height:{rng.choice([15.75, 18.0, 20.25])}pt'>\n")
        for col, c in pos.get(r, []):
            w = sum(widths[col : col + c.cs])
            attrs = f"width={w}"
            if c.cs > 1:
                attrs += f" colspan={c.cs}"
            if c.rs > 1:
                attrs += f" rowspan={c.rs}"
            top = "border-top:none;" if r else ""
            left = "border-left:none;" if col else ""
            out.append(
                f"  <td {attrs} valign=center style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;{top}{left}"
                f"mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  "
                f"{word_cell_inner(c, rng, br, split_digits)}\n  </td>\n"
            )
        out.append(" </tr>\n")
    out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>\n")
    for w in widths:
        out.append(f"  <td width={w} style='border:none'></td>\n")
    out.append(" </tr>\n <![endif]>\n</table>\n\n</div>\n")
    return "".join(out)


def word_html(
    title: str,
    body: str,
    *,
    charset="gb2312",
    generator="Microsoft Word 15",
    author="Administrator",
    created="2024-01-18T02:11:00Z",
) -> str:
    rng = random.Random(title)
    head = _WORD_HEAD.format(
        charset=charset,
        generator=generator,
        title=html.escape(title),
        author=author,
        rev=rng.randint(2, 30),
        ttime=rng.randint(10, 300),
        created=created,
        pages=rng.randint(5, 9),
    )
    return (
        head
        + body
        + "\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n\n</div>\n\n</body>\n\n</html>\n"
    )


# ---------------------------------------------------------------- CMS article page


def cms_table(
    grid: list[list[Cell]],
    *,
    blank="&nbsp;",
    style="border",
    th_rows=0,
    br="<br/>",
    wrap_p=False,
    widths: list[int] | None = None,
) -> str:
    """A table as a CMS rich-text editor stores it: inline styles, &nbsp; for blanks."""
    td_style = "border:1px solid #000000;text-align:center;vertical-align:middle;padding:3px 4px;"
    tab_style = (
        "border-collapse:collapse;width:100%;font-size:14px;"
        if style == "border"
        else "border-collapse:collapse;margin:0 auto;"
    )
    out = [f'<table border="1" cellspacing="0" cellpadding="0" style="{tab_style}">\n']
    pos = {}
    for r, col, c in positions(grid):
        pos.setdefault(r, []).append((col, c))
    if th_rows:
        out.append("<thead>\n")
    for r in range(len(grid)):
        if th_rows and r == th_rows:
            out.append("</thead>\n<tbody>\n")
        out.append("<tr>")
        for col, c in pos.get(r, []):
            tag = "th" if r < th_rows else "td"
            attrs = ""
            if c.rs > 1:
                attrs += f' rowspan="{c.rs}"'
            if c.cs > 1:
                attrs += f' colspan="{c.cs}"'
            if widths:
                attrs += f' width="{sum(widths[col : col + c.cs])}"'
            st = td_style + ("text-align:left;" if c.kind == "l" else "")
            txt = html.escape(c.text, quote=False).replace("|", br) if c.text.strip() else blank
            if wrap_p:
                txt = f'<p style="margin:0;line-height:1.5;">{txt}</p>'
            out.append(f'<{tag}{attrs} style="{st}">{txt}</{tag}>')
        out.append("</tr>\n")
    if th_rows:
        out.append("</tbody>\n")
    out.append("</table>\n")
    return "".join(out)


def cms_page(
    *,
    site: str,
    title: str,
    crumbs: list[str],
    meta: str,
    body: str,
    footer: str,
    charset: str = "utf-8",
    site_sub: str = "",
) -> str:
    nav = "".join(
        f'<li><a href="/{i}/">{n}</a></li>'
        for i, n in enumerate(
            ["首页", "走进" + site_sub if site_sub else "政务动态", "政务公开", "政务服务", "互动交流", "专题专栏"]
        )
    )
    crumb = " &gt; ".join(f'<a href="/col{i}/">{c}</a>' for i, c in enumerate(crumbs))
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="{site}">
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="ColumnName" content="{crumbs[-1]}">
<title>{html.escape(title)}_{site}</title>
<link rel="stylesheet" href="/images/common.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span>欢迎访问{site}！</span><a href="/wza/">无障碍</a> | <a href="/old/">长者模式</a> | <a href="/en/">English</a></div></div>
<div class="header"><div class="w1200"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>
<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
<div class="w1200 main">
<div class="position">当前位置：{crumb}</div>
<div class="article">
<h1 class="article-title">{html.escape(title)}</h1>
<div class="article-meta">{meta}<span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="article-content" id="zoom">
<div class="TRS_Editor">
{body}
</div>
</div>
<div class="article-share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
{footer}
</div></div>
<script>var _hmt = _hmt || [];</script>
</body>
</html>
"""


def cms_paragraphs(blocks_html: list[str]) -> str:
    return "\n".join(blocks_html)
