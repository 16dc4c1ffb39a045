"""Printers of eval/wild33's hunt: THE TABLES LINEARISED — the template's tables delivered as something other than
a grid. The words around the tables are base.blocks' (title, narrative, headings, signature); tables 二, 三 and 四
become lines of text, one way per family:

- a screen-reader (无障碍) page reading every value cell with its position and headers
  (「第5行，第4列，（一）予以公开，自然人，数值：3」);
- a CMS 「纯文本」 version, each table row one line, cells separated by 「｜」;
- a 公众号 (WeChat-style) article writing each row as a sentence (「（一）予以公开：自然人3件、商业企业0件、…，共计4件。」);
- a DOCX whose tables were converted to text (Word's 「表格转换成文本」: each row a paragraph, cells separated by tabs);
- a portal Markdown export with each row a bullet (「- （一）予以公开：自然人 3；商业企业 0；…；总计 4」);
- a data export of key:value lines (「本年度办理结果-予以公开-自然人：3」);
- a text export whose table 三 is TRANSPOSED (applicant types as rows, the 26 row labels as columns), tab-separated;
- a browser's print of a page's plain-text version as PDF, each row 「label：v、v、v…」 after a line naming the columns;
- a DOCX whose table 三 is written as numbered paragraphs, one per row block;
- a 适老化 (elderly-mode) page speaking each row as 「label 自然人 12 件 商业企业 0 件 …」.

Every cell is printed (a zero as 0): no linearisation here drops a cell, so every gold value is read from the text.
"""
from __future__ import annotations

import io
import re
from html import escape as esc

import docxbase
import pdfbase
from base import blocks, ctx
from model import COL_NAMES, COLS, ROWS21, T4_KINDS, T4_PARTS

T4_NAMES = {"rv": "行政复议", "ld": "行政诉讼（未经复议直接起诉）", "lr": "行政诉讼（复议后起诉）"}
T2_LIN = [  # (section, row label, [(column name, key)]) — GF2021
    ("第二十条第（一）项", "规章", [("本年制发件数", "reg.made"), ("本年废止件数", "reg.repealed"),
                                ("现行有效件数", "reg.valid")]),
    ("第二十条第（一）项", "行政规范性文件", [("本年制发件数", "norm.made"), ("本年废止件数", "norm.repealed"),
                                      ("现行有效件数", "norm.valid")]),
    ("第二十条第（五）项", "行政许可", [("本年处理决定数量", "license.decisions")]),
    ("第二十条第（六）项", "行政处罚", [("本年处理决定数量", "penalty.decisions")]),
    ("第二十条第（六）项", "行政强制", [("本年处理决定数量", "coercion.decisions")]),
    ("第二十条第（八）项", "行政事业性收费", [("本年收费金额（单位：万元）", "fee.amount_wan")]),
]


def bare(label: str) -> str:
    """「1.属于国家秘密」 → 「属于国家秘密」."""
    return re.sub(r"^\d+\.", "", label)


def t3_rows(short=False):
    """(key, group or None, label) of table 三, GF2021; short: the sub-row's label without its 「n.」."""
    return [(k, g, bare(lab) if short else lab) for k, g, lab in ROWS21]


def unit(key: str) -> str:
    return "万元" if key.endswith("amount_wan") else "件"


# ------------------------------------------------------------------ text assembly
def text_lines(s, tables: dict, title=lambda t: t, h=lambda t: t, p=lambda t: t, sign=lambda t: t):
    out = []
    for kind, t in blocks(s):
        if kind in tables:
            out += tables[kind]
        else:
            out.append({"title": title, "h": h, "p": p, "sign": sign}[kind](t))
    return out


# ------------------------------------------------------------------ the linearisations
def lin_bar(s, cell, sep="｜"):
    """Each grid row one line, cells separated by sep; merged cells once; group headings as a line of their own."""
    t2 = []
    for sect in dict.fromkeys(x[0] for x in T2_LIN):
        rows_ = [r for r in T2_LIN if r[0] == sect]
        t2.append(sect)
        t2.append(sep.join(["信息内容"] + [c for c, _ in rows_[0][2]]))
        for _, lab, cols in rows_:
            t2.append(sep.join([lab] + [cell(f"t2.{k}") for _, k in cols]))
    t3 = [sep.join(["申请人情况"] + COL_NAMES)]
    seen = set()
    for key, g, lab in t3_rows():
        if key == "r1":
            t3.append("三、本年度办理结果")
        if g and g not in seen:
            seen.add(g)
            t3.append(g)
        t3.append(sep.join([lab] + [cell(f"t3.{key}.{c}") for c in COLS]))
    t4 = [sep.join(["类别"] + [n for _, n in T4_PARTS])]
    for k, _ in T4_KINDS:
        t4.append(sep.join([T4_NAMES[k]] + [cell(f"t4.{k}.{p}") for p, _ in T4_PARTS]))
    return {"t2": t2, "t3": t3, "t4": t4}


def lin_sentences(s, cell, sep="、", close="，共计", unit_after=True):
    """Each row a sentence: 「（一）予以公开：自然人3件、商业企业0件、…，共计3件。」"""
    u = (lambda k: unit(k)) if unit_after else (lambda k: "")
    t2 = []
    for sect, lab, cols in T2_LIN:
        parts = [f"{c.replace('（单位：万元）', '')}{cell('t2.' + k)}{u(k)}" for c, k in cols]
        t2.append(f"{sect}，{lab}：" + "，".join(parts) + "。")
    t3 = []
    for key, g, lab in t3_rows(short=True):
        if key == "r1":
            t3.append("本年度办理结果：")
        head = f"{g}（{lab}）" if g else lab
        vals = [f"{n}{cell(f't3.{key}.{c}')}件" for n, c in zip(COL_NAMES[:-1], COLS[:-1])]
        t3.append(f"{head}：" + sep.join(vals) + f"{close}{cell(f't3.{key}.tot')}件。")
    t4 = []
    for k, _ in T4_KINDS:
        vals = [f"{n}{cell(f't4.{k}.{p}')}件" for p, n in T4_PARTS[:-1]]
        t4.append(f"{T4_NAMES[k]}：" + sep.join(vals) + f"{close}{cell(f't4.{k}.tot')}件。")
    return {"t2": t2, "t3": t3, "t4": t4}


def lin_kv(s, cell):
    """A data export: 「表名-行-列：值」 lines."""
    t2 = [f"主动公开-{sect}-{lab}-{c}：{cell('t2.' + k)}" for sect, lab, cols in T2_LIN for c, k in cols]
    t3 = []
    for key, g, lab in t3_rows(short=True):
        res = key not in ("new", "carry_in", "carry_out")
        path = "-".join(x for x in ("本年度办理结果" if res else "", g or "", lab) if x)
        path = re.sub(r"^[一二三四]、|（[一二三四五六七]）", "", path).replace("-（", "-")
        t3 += [f"{path}-{n}：{cell(f't3.{key}.{c}')}" for n, c in zip(COL_NAMES, COLS)]
    t4 = [f"{T4_NAMES[k].replace('（', '-').rstrip('）')}-{n}：{cell(f't4.{k}.{p}')}"
          for k, _ in T4_KINDS for p, n in T4_PARTS]
    return {"t2": t2, "t3": t3, "t4": t4}


def lin_spoken(s, cell):
    """The 适老化 page: 「label 自然人 12 件 商业企业 0 件 … 总计 13 件」 (spaces, a unit after every figure)."""
    t2 = [f"{sect} {lab} " + " ".join(f"{c.replace('（单位：万元）', '')} {cell('t2.' + k)} {unit(k)}"
                                       for c, k in cols) for sect, lab, cols in T2_LIN]
    t3 = []
    for key, g, lab in t3_rows(short=True):
        head = f"{g} {lab}" if g else lab
        t3.append(head + " " + " ".join(f"{n} {cell(f't3.{key}.{c}')} 件" for n, c in zip(COL_NAMES, COLS)))
    t4 = [T4_NAMES[k] + " " + " ".join(f"{n} {cell(f't4.{k}.{p}')} 件" for p, n in T4_PARTS) for k, _ in T4_KINDS]
    return {"t2": t2, "t3": t3, "t4": t4}


def lin_a11y(s, cell):
    """The screen-reader page: every value cell read with its grid position (row, column of the printed table) and
    its row and column headers: 「第5行，第4列，（一）予以公开，自然人，数值：3」."""
    t2, r = ["表格开始，共14行4列。"], 0
    for sect in dict.fromkeys(x[0] for x in T2_LIN):
        r += 2
        for _, lab, cols in [x for x in T2_LIN if x[0] == sect]:
            r += 1
            for ci, (c, k) in enumerate(cols):
                t2.append(f"第{r}行，第{ci + 2}列，{sect}，{lab}，{c}，数值：{cell('t2.' + k)}")
    t2.append("表格结束。")
    t3 = ["表格开始，共29行10列。"]
    for ri, (key, g, lab) in enumerate(t3_rows()):
        for ci, (n, c) in enumerate(zip(COL_NAMES, COLS)):
            head = f"{g}，{lab}" if g else lab
            t3.append(f"第{ri + 4}行，第{ci + 4}列，{head}，{n}，数值：{cell(f't3.{key}.{c}')}")
    t3.append("表格结束。")
    t4 = ["表格开始，共4行15列。"]
    for ki, (k, _) in enumerate(T4_KINDS):
        for pi, (p, n) in enumerate(T4_PARTS):
            t4.append(f"第4行，第{ki * 5 + pi + 1}列，{T4_NAMES[k]}，{n}，数值：{cell(f't4.{k}.{p}')}")
    t4.append("表格结束。")
    return {"t2": t2, "t3": t3, "t4": t4}


def lin_bullets(s, cell):
    """Bullets (「- 」 marks the level): 「- （一）予以公开：自然人 3；商业企业 0；…；总计 3」, a group's sub-rows nested."""
    t2 = []
    for sect in dict.fromkeys(x[0] for x in T2_LIN):
        t2.append(f"- {sect}")
        for _, lab, cols in [x for x in T2_LIN if x[0] == sect]:
            t2.append(f"  - {lab}：" + "；".join(f"{c} {cell('t2.' + k)}" for c, k in cols))
    t3, seen = [], set()
    for key, g, lab in t3_rows():
        if key == "r1":
            t3.append("- 三、本年度办理结果")
        ind = "  " if key not in ("new", "carry_in", "carry_out") else ""
        if g and g not in seen:
            seen.add(g)
            t3.append(f"{ind}- {g}")
        lab_ = bare(lab) if g else lab
        t3.append(f"{ind}{'  ' if g else ''}- {lab_}：" +
                  "；".join(f"{n} {cell(f't3.{key}.{c}')}" for n, c in zip(COL_NAMES, COLS)))
    t4 = [f"- {T4_NAMES[k]}：" + "；".join(f"{n} {cell(f't4.{k}.{p}')}" for p, n in T4_PARTS) for k, _ in T4_KINDS]
    return {"t2": t2, "t3": t3, "t4": t4}


def lin_transposed_md(s, cell):
    """Markdown pipe tables: table 二 as the template's rows; table 三 TRANSPOSED (one row per applicant type, one
    column per template row); table 四 with one row per kind (行政复议, 两类行政诉讼)."""
    t2 = []
    for sect in dict.fromkeys(x[0] for x in T2_LIN):
        rows_ = [x for x in T2_LIN if x[0] == sect]
        t2 += ["", f"**{sect}**", "", "| 信息内容 | " + " | ".join(c for c, _ in rows_[0][2]) + " |",
               "|---" * (1 + len(rows_[0][2])) + "|"]
        t2 += ["| " + lab + " | " + " | ".join(cell("t2." + k) for _, k in cols) + " |" for _, lab, cols in rows_]
    heads = [(f"{g}：{bare(lab)}" if g else lab) for _, g, lab in t3_rows()]
    t3 = ["", "| 申请人情况 | " + " | ".join(heads) + " |", "|---" * (1 + len(heads)) + "|"]
    for n, c in zip(COL_NAMES, COLS):
        t3.append(f"| {n} | " + " | ".join(cell(f"t3.{key}.{c}") for key, _, _ in t3_rows()) + " |")
    t4 = ["", "| 类别 | " + " | ".join(n for _, n in T4_PARTS) + " |", "|---" * 6 + "|"]
    t4 += [f"| {T4_NAMES[k]} | " + " | ".join(cell(f"t4.{k}.{p}") for p, _ in T4_PARTS) + " |" for k, _ in T4_KINDS]
    return {"t2": t2 + [""], "t3": t3 + [""], "t4": t4 + [""]}


def lin_dunhao(s, cell):
    """The print of a plain-text page: a line naming the columns, then each row 「label：v、v、…」."""
    t2 = []
    for sect in dict.fromkeys(x[0] for x in T2_LIN):
        rows_ = [x for x in T2_LIN if x[0] == sect]
        t2.append(f"{sect}（各项依次为：{'、'.join(c for c, _ in rows_[0][2])}）")
        t2 += [f"{lab}：" + "、".join(cell("t2." + k) for _, k in cols) for _, lab, cols in rows_]
    t3 = [f"（各项依次为：{'、'.join(COL_NAMES)}）"]
    seen = set()
    for key, g, lab in t3_rows():
        if key == "r1":
            t3.append("三、本年度办理结果")
        if g and g not in seen:
            seen.add(g)
            t3.append(g)
        t3.append(f"{lab}：" + "、".join(cell(f"t3.{key}.{c}") for c in COLS))
    t4 = [f"（各项依次为：{'、'.join(n for _, n in T4_PARTS)}）"]
    t4 += [f"{T4_NAMES[k]}：" + "、".join(cell(f"t4.{k}.{p}") for p, _ in T4_PARTS) for k, _ in T4_KINDS]
    return {"t2": t2, "t3": t3, "t4": t4}


BLOCKS3 = [("申请数量", ["new", "carry_in"]), ("予以公开", ["r1"]), ("部分公开", ["r2"]),
           ("不予公开", [f"r3_{i}" for i in range(1, 9)]), ("无法提供", [f"r4_{i}" for i in range(1, 4)]),
           ("不予处理", [f"r5_{i}" for i in range(1, 6)]), ("其他处理", [f"r6_{i}" for i in range(1, 4)]),
           ("总计", ["r7"]), ("结转下年度继续办理", ["carry_out"])]


def lin_numbered(s, cell):
    """Table 三 as numbered paragraphs, one per row block (「4.不予公开。属于国家秘密的，自然人0件，…，合计0件；…」);
    tables 二 and 四 as one sentence per row."""
    lab = {k: bare(x) for k, _, x in ROWS21}
    lab["new"], lab["carry_in"] = "本年新收政府信息公开申请", "上年结转政府信息公开申请"
    t3 = []
    for i, (name, keys) in enumerate(BLOCKS3, 1):
        parts = []
        for key in keys:
            vals = "，".join(f"{n}{cell(f't3.{key}.{c}')}件" for n, c in zip(COL_NAMES[:-1], COLS[:-1]))
            who = "" if len(keys) == 1 else f"{lab[key]}的，"
            parts.append(f"{who}{vals}，合计{cell(f't3.{key}.tot')}件")
        t3.append(f"{i}.{name}。" + "；".join(parts) + "。")
    base = lin_sentences(s, cell, sep="，", close="，合计")
    return {"t2": base["t2"], "t3": t3, "t4": base["t4"]}


# ------------------------------------------------------------------ carriers
PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}</title>
{head}
</head>
<body class="{cls}">
{top}
<div class="{art}">
{body}
</div>
{foot}
</body>
</html>
"""


def _html(s, lines_of, wrap_tab, cls, art, head="", top="", foot="", h=None, p=None):
    cell = ctx(s)
    tabs = {k: wrap_tab(k, v) for k, v in lines_of(s, cell).items()}
    out = []
    h = h or (lambda t: f"<p><strong>{esc(t)}</strong></p>")
    p = p or (lambda t: f"<p>{esc(t)}</p>")
    for kind, t in blocks(s):
        if kind in tabs:
            out.append(tabs[kind])
        elif kind == "title":
            out.append(f"<h1>{esc(t)}</h1>")
        elif kind == "h":
            out.append(h(t))
        elif kind == "sign":
            out.append(f'<p style="text-align:right">{esc(t)}</p>')
        else:
            out.append(p(t))
    return PAGE.format(title=esc(s["title"]), head=head, cls=cls, art=art, top=top, foot=foot,
                       body="\n".join(out)).encode("utf-8")


def h_a11y(s):
    """The site's 无障碍 (screen-reader) version: every value cell a paragraph with its position and headers."""
    top = ('<div class="wza-bar" role="toolbar" aria-label="无障碍工具条">读屏模式 已开启 | 连读 | 指读 | 大字幕 | '
           '<a href="/">返回主页</a></div>')
    wrap = lambda k, v: ('<div class="wza-table" role="group" aria-roledescription="表格朗读">\n' +  # noqa: E731
                         "\n".join(f'<p class="wza-cell">{esc(x)}</p>' for x in v) + "\n</div>")
    return _html(s, lin_a11y, wrap, "wza-mode", "wza-article", top=top,
                 foot=f'<div class="wza-foot">{esc(s["site"])} 无障碍服务</div>')


def h_wechat(s):
    """A 公众号 article (mp.weixin.qq.com-style markup): each table row a sentence in a <section><p>."""
    head = '<meta name="description" content="政府信息公开工作年度报告">\n<meta property="og:type" content="article">'
    top = (f'<div id="js_article" class="rich_media"><h2 class="rich_media_title">{esc(s["title"])}</h2>'
           f'<div class="rich_media_meta_list"><span class="rich_media_meta_nickname">{esc(s["wx_name"])}</span> '
           f'<em id="publish_time">{esc(s["pub"])}</em></div></div>')
    sec = lambda t: f'<section style="margin-bottom:8px;"><p style="font-size:15px;line-height:1.75em;">{esc(t)}</p></section>'  # noqa: E731
    wrap = lambda k, v: "\n".join(sec(x) for x in v)  # noqa: E731
    return _html(s, lin_sentences, wrap, "zh_CN wx_wap_page", "rich_media_content", head=head, top=top,
                 foot='<div class="rich_media_tool">阅读 在看</div>', p=sec,
                 h=lambda t: f'<section><p style="font-weight:bold;color:#c00000;">{esc(t)}</p></section>')


def h_spoken(s):
    """The 适老化 (elderly-mode) page: large type, each table row one spoken line with a unit after every figure."""
    head = '<style>body.old-mode{font-size:24px;line-height:2}</style>'
    top = '<div class="old-bar">长辈模式 | 大字版 | <a href="?mode=normal">退出长辈模式</a></div>'
    wrap = lambda k, v: '<div class="old-table">\n' + "\n".join(f"<p>{esc(x)}</p>" for x in v) + "\n</div>"  # noqa: E731
    return _html(s, lin_spoken, wrap, "old-mode", "old-article", head=head, top=top)


def t_bar(s):
    """The CMS's 「纯文本」 version saved as .txt: paragraphs one per line, rows with 「｜」 between cells."""
    cell = ctx(s)
    lines = text_lines(s, lin_bar(s, cell))
    head = [f"{s['site']} 纯文本版", f"来源：{s['site']}　发布时间：{s['pub']}", ""]
    return ("\n".join(head + lines) + "\n").encode("utf-8")


def t_kv(s):
    """A data export of the report (the platform's 「导出」): text as lines, tables as 「path：value」 lines."""
    cell = ctx(s)
    tabs = {k: [f"[{ {'t2': '表二', 't3': '表三', 't4': '表四'}[k]}]"] + v for k, v in lin_kv(s, cell).items()}
    lines = text_lines(s, tabs, title=lambda t: f"标题：{t}", h=lambda t: f"【{t}】")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def d_bullets(s):
    """A Word report whose tables became bulleted lists (Word's 「List Bullet」 styles, a group's sub-rows one level
    down): each row one bullet 「（一）予以公开：自然人 3；商业企业 0；…；总计 3」."""
    cell = ctx(s)
    d = docxbase.new_doc()

    def put(lines):
        def f(doc):
            for ln in lines:
                lvl = (len(ln) - len(ln.lstrip(" "))) // 2
                doc.add_paragraph(ln.lstrip(" ")[2:], style="List Bullet" if lvl == 0 else "List Bullet 2")
        return f
    docxbase.body(d, s, {k: put(v) for k, v in lin_bullets(s, cell).items()})
    return docxbase.save(d)


def t_transposed(s):
    """The statistics office's text export (.txt, UTF-8 with a BOM, CRLF): paragraphs one per line, the tables as
    tab-separated rows, table 三 TRANSPOSED (applicant types as rows, the template's rows as columns)."""
    cell = ctx(s)
    tabs = {}
    for k, v in lin_transposed_md(s, cell).items():
        rows_ = []
        for ln in v:
            if ln.startswith("|---"):
                continue
            if ln.startswith("|"):
                ln = "\t".join(x.strip() for x in ln.strip("|").split("|"))
            rows_.append(ln.replace("**", ""))
        tabs[k] = [x for x in rows_ if x]
    lines = text_lines(s, tabs)
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def d_tabs(s):
    """A Word report whose three tables were converted to text (each row a paragraph, cells separated by tabs)."""
    cell = ctx(s)
    tabs = lin_bar(s, cell, sep="\t")
    d = docxbase.new_doc()

    def put(lines):
        def f(doc):
            for ln in lines:
                p = doc.add_paragraph()
                for i, part in enumerate(ln.split("\t")):
                    r = p.add_run(part)
                    if i < len(ln.split("\t")) - 1:
                        r.add_tab()
        return f
    docxbase.body(d, s, {k: put(v) for k, v in tabs.items()})
    return docxbase.save(d)


def d_numbered(s):
    """A Word report writing table 三 as numbered paragraphs per row block, tables 二/四 as sentences."""
    cell = ctx(s)
    tabs = lin_numbered(s, cell)
    d = docxbase.new_doc()

    def put(lines):
        return lambda doc: [doc.add_paragraph(ln) for ln in lines]
    docxbase.body(d, s, {k: put(v) for k, v in tabs.items()})
    return docxbase.save(d)


def _wrap_tokens(t, w, size):
    """Wrap at the separators only (a figure is never cut)."""
    toks = re.findall(r"[^、：，]*[、：，]?", t)
    lines, cur = [], ""
    for tok in [x for x in toks if x]:
        if cur and pdfbase.sw(cur + tok, size) > w:
            lines.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        lines.append(cur)
    out = []
    for ln in lines:  # a token too wide (a long label) is cut by characters
        out += pdfbase.wrap(ln, w, size) if pdfbase.sw(ln, size) > w and not re.search(r"\d", ln) else [ln]
    return out


def p_dunhao(s):
    """Chrome's print (A4, no headers) of the site's 「纯文本」 page: every table row one line 「label：v、v、…」."""
    from reportlab.lib.pagesizes import A4
    cell = ctx(s)
    tabs = lin_dunhao(s, cell)
    fl = pdfbase.Flow(*A4, margin=50, size=10.5, footer=False)

    def line(t, size=10.5, align="left", indent=False):
        lead = size * 1.6
        for ln in _wrap_tokens(("\u3000\u3000" + t) if indent else t, fl.W - 2 * fl.m, size):
            fl.need(lead)
            fl.y -= lead
            x = fl.m if align == "left" else (fl.W / 2 - pdfbase.sw(ln, size) / 2 if align == "center"
                                              else fl.W - fl.m - pdfbase.sw(ln, size))
            fl.ops.append(("text", x, fl.y + 3, ln, size))
    for kind, t in blocks(s):
        if kind in tabs:
            for ln in tabs[kind]:
                line(ln, 9.5)
        elif kind == "title":
            line(t, 15, "center")
        elif kind == "h":
            line(t, 11)
        elif kind == "sign":
            line(t, 10.5, "right")
        else:
            line(t, 10.5, indent=True)
    return pdfbase.emit(s, fl.pages, A4)
