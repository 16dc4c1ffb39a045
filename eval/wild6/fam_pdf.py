"""PDF printers of eval/wild6 (one per layout family), on the display-list engine of pdfbase.py."""
from __future__ import annotations

import io
import random

from base import ctx, legacy_blocks
from grids import t2_grid, t3_flat
from model import COL_NAMES, T4_KINDS, T4_PARTS
from pdfbase import (A4, FONT, H4, W4, Flow, draw_ops, emit, new_canvas, report_flow, sw, t2_rows, t3_rows,
                     t3_rows_hdr2, t4_rows, wrap)

BOLD = "\x01"


def std_tables(s, cell, t3size=8):
    unit = s.get("unit", "万元")
    return {"t2": lambda f: f.table(t2_rows(s, cell, unit), [170, 100, 100, 100], size=9),
            "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=t3size, repeat=2),
            "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5)}


def p_char_positioned(s):
    """WPS-printed PDF where every glyph is its own text object at an absolute position (no runs, no
    spaces): each character placed by x, with a small letter-spacing in the narrative."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    rng = random.Random(s["id"] + "chars")
    pages = []
    for ops in fl.pages:
        new = []
        for op in ops:
            if op[0] != "text":
                new.append(op)
                continue
            _, x, y, t, size = op
            for ch in t:
                new.append(("text", round(x + rng.uniform(-0.04, 0.04), 2), y, ch, size))
                x += sw(ch, size) + (0.15 if size >= 10 else 0)
        pages.append(new)
    s.setdefault("creator", "WPS 文字")
    s.setdefault("producer", "WPS 文字")
    def tr(c, ops):
        for op in ops:
            if op[0] == "text":
                _, x, y, ch, size = op
                to = c.beginText()
                to.setFont(FONT, size)
                to.setTextOrigin(x, y)
                to.textOut(ch)
                c.drawText(to)
            else:
                draw_ops(c, [op])
    return emit(s, pages, A4, transform=tr)


def p_caption_repeated(s):
    """Ruled Word tables whose first row is the caption (「表三 收到和处理政府信息公开申请情况」 merged over the
    whole width), marked as a header row with the two column-header rows, so Word repeats caption and
    header at the top of every page the table runs onto; table 三 in a 9-pt font runs over two pages."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    unit = s.get("unit", "万元")
    t2 = [[("表二  主动公开政府信息情况", 4)]] + t2_rows(s, cell, unit)
    t3 = [[("表三  收到和处理政府信息公开申请情况", 8)]] + t3_rows_hdr2(s, cell)
    t4 = [[("表四  政府信息公开行政复议、行政诉讼情况", 15)]] + t4_rows(cell)
    report_flow(s, fl, {"t2": lambda f: f.table(t2, [170, 100, 100, 100], size=9, repeat=1),
                        "t3": lambda f: f.table(t3, [196] + [42] * 7, size=9.5, repeat=3, lead=16),
                        "t4": lambda f: f.table(t4, [32] * 15, size=6.5, repeat=1)})
    return emit(s, fl.pages, A4)


def table_vbottom(fl: Flow, rows_, widths, size=8, pad=3):
    """Ruled table, narrow label column wrapped over several lines, values right-aligned on the last line
    of their row (Excel/WPS 'bottom, right' alignment)."""
    lead = size * 1.3
    x0 = fl.m + max(0, (fl.W - 2 * fl.m - sum(widths)) / 2)
    for row in rows_:
        wrapped = [wrap(t, w - 2 * pad, size) for t, w in zip(row, widths)]
        n = max(len(w) for w in wrapped)
        h = n * lead + 2 * pad
        fl.need(h)
        top = fl.y
        x = x0
        for i, (lines, w) in enumerate(zip(wrapped, widths)):
            if i == 0:
                ty = top - pad - size
                for ln in lines:
                    fl.ops.append(("text", x + pad, ty, ln, size))
                    ty -= lead
            else:
                ty = top - h + pad + (lead - size) / 2 + 1 + (len(lines) - 1) * lead
                for ln in lines:
                    fl.ops.append(("text", x + w - pad - sw(ln, size), ty, ln, size))
                    ty -= lead
            fl.ops.append(("line", x, top, x, top - h, 0.5))
            x += w
        fl.ops.append(("line", x, top, x, top - h, 0.5))
        fl.ops.append(("line", x0, top, x, top, 0.5))
        fl.ops.append(("line", x0, top - h, x, top - h, 0.5))
        fl.y -= h
    fl.y -= 6


def p_vbottom_right(s):
    """Excel-printed tables with a narrow label column (labels over three or more lines) and values
    right-aligned at the bottom of their cells, far below the first line of their label."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    t2 = []
    for row in t2_grid(s["template"], cell):
        texts = [c.text for c in row]
        t2.append(texts + [""] * (4 - len(texts)))
    t3 = [["项目"] + COL_NAMES] + [[label] + (vals or [""] * 7) for label, vals in t3_flat(s["template"], cell)]
    t4 = [["类别"] + [n for _, n in T4_PARTS]] + [[n] + [cell(f"t4.{k}.{p}") for p, _ in T4_PARTS]
                                                 for k, n in (("rv", "行政复议"), ("ld", "行政诉讼未经复议直接起诉"),
                                                              ("lr", "行政诉讼复议后起诉"))]
    report_flow(s, fl, {"t2": lambda f: table_vbottom(f, t2, [96, 90, 90, 90], 8.5),
                        "t3": lambda f: table_vbottom(f, t3, [92] + [44] * 7, 8),
                        "t4": lambda f: table_vbottom(f, t4, [92] + [60] * 5, 8)})
    s.setdefault("creator", "Microsoft® Excel® 2016")
    s.setdefault("producer", "Microsoft® Excel® 2016")
    return emit(s, fl.pages, A4)


def side_tables(fl: Flow, parts, gap=16, size=8.5):
    """Lay several tables side by side, top-aligned, at the current position."""
    tw = sum(sum(w) for _, w in parts) + gap * (len(parts) - 1)
    x = fl.m + (fl.W - 2 * fl.m - tw) / 2
    BIG = 2000
    heights = []
    subs = []
    for rows_, widths in parts:
        sub = Flow(sum(widths), BIG, margin=0, footer=False)
        sub.table(rows_, widths, size=size)
        heights.append(BIG - sub.y)
        subs.append((sub.ops, x))
        x += sum(widths) + gap
    fl.need(max(heights))
    dy = fl.y - BIG
    for ops, dx in subs:
        for op in ops:
            if op[0] == "text":
                fl.ops.append(("text", op[1] + dx, op[2] + dy, op[3], op[4]))
            elif op[0] == "line":
                fl.ops.append(("line", op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy, op[5]))
    fl.y -= max(heights)


def p_side_by_side(s):
    """Table 二 printed as two tables side by side on one line of the page: 第二十条第（一）项 on the left,
    （五）（六）（八） on the right (two columns), top-aligned; tables 三 and 四 plain."""
    cell = ctx(s)
    g = t2_grid(s["template"], cell)
    left = [[(c.text, min(c.cs, 4)) for c in r] for r in g[:4]]
    right = [[(c.text, 2 if c.cs == 4 else 1) for c in r] for r in g[4:]]
    tabs = std_tables(s, cell)
    tabs["t2"] = lambda f: side_tables(f, [(left, [66, 68, 68, 68]), (right, [80, 110])])
    fl = Flow(W4, H4)
    report_flow(s, fl, tabs)
    return emit(s, fl.pages, A4)


def p_rotate_attr(s):
    """Narrative pages portrait; the table pages are landscape Word sections exported as portrait pages
    with /Rotate 90 and the content drawn turned in the stream (upright once the viewer applies /Rotate)."""
    cell = ctx(s)
    unit = s.get("unit", "万元")
    fl = Flow(W4, H4)
    def mark(n):
        return lambda f: f.para(f"（详见附表{n}）", indent=False)
    report_flow(s, fl, {"t2": mark("1"), "t3": mark("2"), "t4": mark("3")})
    ls = Flow(H4, W4, margin=50, footer=False)
    ls.para("附表1  主动公开政府信息情况", indent=False, size=10)
    ls.table(t2_rows(s, cell, unit), [220, 150, 150, 150], size=8.5)
    ls.para("附表2  收到和处理政府信息公开申请情况", indent=False, size=10)
    ls.table(t3_rows_hdr2(s, cell), [330] + [56] * 7, size=7.5, repeat=2)
    ls.para("附表3  政府信息公开行政复议、行政诉讼情况", indent=False, size=10)
    ls.table(t4_rows(cell), [48] * 15, size=7.5)
    pages = [(p, False) for p in fl.pages] + [(p, True) for p in ls.pages]
    buf = io.BytesIO()
    c = new_canvas(buf, A4, s)
    for ops, rot in pages:
        if rot:  # reportlab writes MediaBox [0 0 h w] for /Rotate 90: give it the landscape size
            c.setPageSize((H4, W4))
            c.setPageRotation(90)
            c.saveState()
            c.translate(W4, 0)
            c.rotate(90)
            draw_ops(c, ops)
            c.restoreState()
        else:
            c.setPageSize(A4)
            c.setPageRotation(0)
            draw_ops(c, ops)
        c.showPage()
    c.save()
    return buf.getvalue()


def p_fake_bold(s):
    """WPS print of tables whose 总计 column and （七）总计 row are bold in a font without a bold face:
    the printer fakes bold by drawing the text twice, 0.3 pt apart (every such glyph is in the PDF twice)."""
    cell = ctx(s)
    def bcell(key):
        t = cell(key)
        return BOLD + t if (key.endswith(".tot") or ".r7." in key) else t
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, bcell))
    def tr(c, ops):
        for op in ops:
            if op[0] == "text" and op[3].startswith(BOLD):
                _, x, y, t, size = op
                t = t[1:]
                x += sw(BOLD, size) / 2
                draw_ops(c, [("text", x, y, t, size), ("text", x + 0.3, y, t, size)])
            else:
                draw_ops(c, [op])
    s.setdefault("creator", "WPS 文字")
    s.setdefault("producer", "")
    return emit(s, fl.pages, A4, transform=tr)


def p_watermark(s):
    """Every page carries a diagonal light-grey text watermark (large characters at 35°, three per page)
    drawn after the content, so its glyphs lie over the tables."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    wm = s["watermark"]
    def tr(c, ops):
        draw_ops(c, ops)
        c.saveState()
        c.setFillGray(0.85)
        c.setFont(FONT, 40)
        for y in (200, 450, 700):
            c.saveState()
            c.translate(90, y)
            c.rotate(35)
            c.drawString(0, 0, wm)
            c.restoreState()
        c.restoreState()
    return emit(s, fl.pages, A4, transform=tr)


KANGXI = {"一": "\u2f00", "二": "\u2f06", "人": "\u2f08", "入": "\u2f0a", "八": "\u2f0b", "力": "\u2f12",
          "十": "\u2f17", "大": "\u2f24", "子": "\u2f26", "小": "\u2f29", "工": "\u2f2f", "文": "\u2f42",
          "方": "\u2f45", "无": "\u2f46", "日": "\u2f47", "月": "\u2f49", "水": "\u2f54", "生": "\u2f63",
          "用": "\u2f64", "目": "\u2f6c", "立": "\u2f74", "自": "\u2f83", "行": "\u2f8f", "见": "\u2ec5",
          "长": "\u2ed3", "门": "\u2ed4"}


def p_kangxi(s):
    """Word 'save as PDF' with a font whose ToUnicode CMap maps common glyphs to Kangxi radicals: the pages
    show the usual characters, the text layer holds U+2F00 ⼀ for 一, U+2F06 ⼆ for 二, U+2F08 ⼈ for 人, U+2F8F ⾏ for 行, … (look the same, are
    other code points) in headings, labels and prose; digits unaffected."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell))
    from reportlab.pdfbase import ttfonts
    orig = ttfonts.makeToUnicodeCMap
    table = {ord(k): ord(v) for k, v in KANGXI.items()}
    ttfonts.makeToUnicodeCMap = lambda name, subset: orig(name, [table.get(u, u) for u in subset])
    try:
        return emit(s, fl.pages, A4)
    finally:
        ttfonts.makeToUnicodeCMap = orig


def p_legacy_pairs(s):
    """2018 report on the old 条例: prose, then a ruled statistics table of two 指标/数值 column pairs side by
    side (the list of indicators folded in two)."""
    paras, table = legacy_blocks(s)
    fl = Flow(W4, H4)
    fl.para(s["title"], size=15, indent=False, align="center")
    for p in paras:
        fl.para(p, indent=not (len(p) < 30 and p[1] == "、"))
    fl.para("附表：政府信息公开情况统计表", indent=False, align="center")
    items = [(f"{n}（{u}）" if u else n, v) for n, u, v in table[1:]]
    half = (len(items) + 1) // 2
    rows_ = [[("统计指标", 1), ("统计数", 1), ("统计指标", 1), ("统计数", 1)]]
    for i in range(half):
        a = items[i]
        b = items[half + i] if half + i < len(items) else ("", "")
        rows_.append([(a[0], 1), (a[1], 1), (b[0], 1), (b[1], 1)])
    fl.table(rows_, [160, 50, 160, 50], size=8.5)
    fl.para(s["agency"], indent=False, align="right")
    fl.para(s["date"], indent=False, align="right")
    return emit(s, fl.pages, A4)
