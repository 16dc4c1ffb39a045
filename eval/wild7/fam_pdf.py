"""PDF printers of eval/wild7 (one per layout family), on the display-list engine of pdfbase.py."""
from __future__ import annotations

import math

from base import blocks, ctx
from grids import t3_flat
from model import COL_NAMES, T4_KINDS, T4_PARTS
from pdfbase import (A4, FONT, H4, W4, Flow, draw_ops, emit, report_flow, sw, t2_rows, t3_rows_hdr2, t4_rows)


def std_tables(s, cell, t3size=8):
    unit = s.get("unit", "万元")
    return {"t2": lambda f: f.table(t2_rows(s, cell, unit), [170, 100, 100, 100], size=9),
            "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=t3size, repeat=2),
            "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5)}


# ---------------------------------------------------------------- browser print

def p_browser_print(s):
    """The CMS page printed from the browser (Chrome 「打印 → 另存为 PDF」 with headers and footers): on every page
    the print date/time and the page title at the top, the page URL and 「n/m」 at the bottom; the site's
    breadcrumbs and 发布时间 line above the title, its footer after the signature."""
    cell = ctx(s)
    fl = Flow(W4, H4, margin=50, footer=False)
    fl.para("当前位置：首页 > 政府信息公开 > 政府信息公开年报", size=9, indent=False)
    for kind, t in blocks(s):
        if kind in ("t2", "t3", "t4"):
            std_tables(s, cell)[kind](fl)
        elif kind == "title":
            fl.para(t, size=15, indent=False, align="center")
            fl.para(f"发布时间：{s['pub']}　　来源：{s['site']}　　【字体：大 中 小】", size=9, indent=False,
                    align="center")
        elif kind == "h":
            fl.para(t, indent=False, size=11)
        elif kind == "sign":
            fl.para(t, indent=False, align="right")
        else:
            fl.para(t)
    fl.para(f"主办：{s['site']}　　网站标识码：{s['wzbsm']}　　{s['icp']}", size=8, indent=False, align="center")
    n = len(fl.pages)
    stamp = f"{s['printed']}"
    head_t = f"{s['title']}_{s['site']}"
    for i, ops in enumerate(fl.pages, 1):
        ops.append(("text", 20, H4 - 22, stamp, 7.5))
        ops.append(("text", W4 / 2 - sw(head_t, 7.5) / 2, H4 - 22, head_t, 7.5))
        ops.append(("text", 20, 16, s["url"], 7.5))
        ops.append(("text", W4 - 20 - sw(f"{i}/{n}", 7.5), 16, f"{i}/{n}", 7.5))
    s.setdefault("creator", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                            "Chrome/120.0.0.0 Safari/537.36")
    s.setdefault("producer", "Skia/PDF m120")
    s["pdf_title"] = head_t
    return emit(s, fl.pages, A4)


# ---------------------------------------------------------------- 政府公报: two columns a page

def shift(ops, dx):
    out = []
    for op in ops:
        if op[0] == "text":
            out.append(("text", op[1] + dx, op[2], op[3], op[4]))
        elif op[0] == "line":
            out.append(("line", op[1] + dx, op[2], op[3] + dx, op[4], op[5]))
        elif op[0] == "rect":
            out.append(("rect", op[1] + dx, op[2], op[3], op[4], op[5]))
    return out


def t3_narrow(s, cell):
    rows_ = [[("项目", 1)] + [(n, 1) for n in COL_NAMES]]
    for label, vals in t3_flat(s["template"], cell):
        rows_.append([(label, 1)] + [((vals[i] if vals else ""), 1) for i in range(7)])
    return rows_


def t4_by_kind(cell):
    rows_ = [[("案件类型", 1)] + [(n, 1) for _, n in T4_PARTS]]
    for k, n in T4_KINDS:
        rows_.append([((n if k == "rv" else "行政诉讼" + n), 1)] + [(cell(f"t4.{k}.{p}"), 1) for p, _ in T4_PARTS])
    return rows_


def p_gazette_columns(s):
    """The report as printed in the 政府公报 (gazette): A4 pages of two columns, the text and the tables set in
    the column width (table 三 in 6 pt with its labels wrapped over several lines, table 四 with the three case
    kinds as rows), 「XX市人民政府公报」 and the issue in the running head, a column rule between."""
    cell = ctx(s)
    cw = 251
    fl = Flow(cw + 96, H4, margin=48, size=9, footer=False)
    tabs = {"t2": lambda f: f.table(t2_rows(s, cell), [95, 52, 52, 52], size=6.5),
            "t3": lambda f: f.table(t3_narrow(s, cell), [111] + [20] * 7, size=6, lead=7.5, pad=2),
            "t4": lambda f: f.table(t4_by_kind(cell), [61] + [38] * 5, size=6.5)}
    report_flow(s, fl, tabs)
    pages = []
    cols = fl.pages
    for i in range(0, len(cols), 2):
        ops = shift(cols[i], -24)
        if i + 1 < len(cols):
            ops += shift(cols[i + 1], W4 / 2 - 24)
        n = len(pages) + 1
        head = f"{s['gazette']}　{s['issue']}"
        ops.append(("text", W4 / 2 - sw(head, 8) / 2, H4 - 30, head, 8))
        ops.append(("line", 24, H4 - 36, W4 - 24, H4 - 36, 0.8))
        ops.append(("line", W4 / 2, H4 - 44, W4 / 2, 40, 0.4))
        ops.append(("text", W4 / 2 - sw(f"—{n + s['page0']}—", 8) / 2, 20, f"—{n + s['page0']}—", 8))
        pages.append(ops)
    s.setdefault("creator", "Founder FIT 5.0")
    s.setdefault("producer", "Founder PDF Library")
    return emit(s, pages, A4)


# ---------------------------------------------------------------- text drawn column by column

def p_column_major(s):
    """A PDF whose producer writes each table's text column by column (top to bottom, then the next column to
    the right), after all the rules: the page looks like any ruled table, the content stream's order is not
    the reading order."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    pages = []
    for ops in fl.pages:
        prose = [o for o in ops if o[0] == "text" and o[4] > 9]
        table_text = [o for o in ops if o[0] == "text" and o[4] <= 9]
        rules = [o for o in ops if o[0] != "text"]
        table_text.sort(key=lambda o: (round(o[1] + sw(o[3], o[4]) / 2), -o[2]))
        pages.append(prose + rules + table_text)
    s.setdefault("creator", "Foxit PhantomPDF Printer Version 9.7")
    s.setdefault("producer", "Foxit PhantomPDF Printer Version 9.7")
    return emit(s, pages, A4)


# ---------------------------------------------------------------- 红头文件: the report as an attachment

def p_red_header_notice(s):
    """The report published as the attachment of a 红头 notice: page 1 the issuing office's red header
    (「XX区人民政府办公室文件」, 文号 「X政办发〔2024〕n号」, red rule), 「关于印发《…》的通知」 and its signature (the
    office), then 「附件」 and the report under a title that names no agency; the report's agency is named in
    the notice's 《》 and its own signature."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    fl.para(s["issuer"] + "文件", size=24, indent=False, align="center")
    fl.para(s["wenhao"], size=12, indent=False, align="center")
    fl.y -= 4
    fl.ops.append(("redline", 56, fl.y, W4 - 56, fl.y, 1.5))
    fl.y -= 14
    fl.para(f"关于印发《{s['agency']}{s['year']}年政府信息公开工作年度报告》的通知", size=14, indent=False,
            align="center")
    fl.para(s["recipients"], indent=False)
    fl.para(f"现将《{s['agency']}{s['year']}年政府信息公开工作年度报告》印发给你们，请结合实际认真抓好落实。")
    fl.para(s["issuer"], indent=False, align="right")
    fl.para(s["issue_date"], indent=False, align="right")
    fl.new_page()
    fl.para("附件", indent=False, size=12)
    report_flow(s, fl, std_tables(s, cell))
    s.setdefault("creator", "WPS 文字")
    s.setdefault("producer", "WPS 文字")

    def tr(c, ops):
        for op in ops:
            if op[0] == "redline":
                c.setStrokeColorRGB(0.85, 0, 0)
                c.setLineWidth(op[5])
                c.line(op[1], op[2], op[3], op[4])
                c.setStrokeColorRGB(0, 0, 0)
            elif op[0] == "text" and op[4] >= 24:
                c.setFillColorRGB(0.85, 0, 0)
                draw_ops(c, [op])
                c.setFillColorRGB(0, 0, 0)
            else:
                draw_ops(c, [op])
    return emit(s, fl.pages, A4, transform=tr)


# ---------------------------------------------------------------- electronic seal over the signature

def p_seal(s):
    """GF2019 report whose signature carries the agency's electronic seal drawn as vectors: a red ring, a star,
    and the agency name set along the arc, every character its own rotated glyph, over the signature line."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    last = fl.pages[-1]
    sig = [o for o in last if o[0] == "text" and o[3] == s["agency"]][-1]
    cx, cy = sig[1] + sw(sig[3], sig[4]) / 2, sig[2] + 4
    last.append(("seal", cx, cy, s["agency"]))
    s.setdefault("creator", "书生电子印章系统 V6.0")
    s.setdefault("producer", "iText 5.5.13")

    def tr(c, ops):
        for op in ops:
            if op[0] != "seal":
                draw_ops(c, [op])
                continue
            _, x, y, name = op
            c.saveState()
            c.setStrokeColorRGB(0.9, 0.1, 0.1)
            c.setFillColorRGB(0.9, 0.1, 0.1)
            c.setLineWidth(2.2)
            c.circle(x, y, 46, stroke=1, fill=0)
            n = len(name)
            span = 220
            for i, ch in enumerate(name):
                ang = 90 + span / 2 - i * span / max(n - 1, 1)
                a = math.radians(ang)
                c.saveState()
                c.translate(x + 35 * math.cos(a), y + 35 * math.sin(a))
                c.rotate(ang - 90)
                c.setFont(FONT, 11)
                c.drawCentredString(0, -4, ch)
                c.restoreState()
            c.setFont(FONT, 22)
            c.drawCentredString(x, y - 8, "★")
            c.restoreState()
    return emit(s, fl.pages, A4, transform=tr)


# ---------------------------------------------------------------- 续表 with a simplified header

def p_continued_simple_header(s):
    """Table 三 set in 10 pt so it runs over a page; the continuation starts with a 「续表」 line and a one-row
    header the editor retyped (项目 + the seven column names, no 申请人情况/法人或其他组织 group row)."""
    cell = ctx(s)
    fl = Flow(W4, H4)

    def t3(f):
        rows_ = t3_rows_hdr2(s, cell)
        widths = [200] + [40] * 7
        simple = [("项目", 1)] + [(n, 1) for n in COL_NAMES]
        first = True
        for i, row in enumerate(rows_):
            tmp = Flow.__new__(Flow)
            h = 0
            if i >= 2 and f.y - 2 * 10 * 1.35 - 30 < f.m + 0:
                pass
            # page break: emulate Flow.table's need() with our own header
            lead = 10 * 1.35
            hh = max(len(_wrap(t, w - 6, 10)) for (t, _), w in zip(row, widths)) * lead + 6
            if f.y - hh < f.m:
                f.new_page()
                f.para("续表", indent=False, align="right", size=10)
                f.table([simple], widths, size=9)
                f.y += 6
            f.table([row], widths, size=10)
            f.y += 6
            first = False
        f.y -= 6
        del tmp, h, first
    tabs = std_tables(s, cell)
    tabs["t3"] = t3
    report_flow(s, fl, tabs)
    return emit(s, fl.pages, A4)


def _wrap(t, w, size):
    from pdfbase import wrap
    return wrap(t, w, size)
