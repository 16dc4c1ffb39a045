"""PDF printers of eval/wild8 (one per layout family), on the display-list engine of pdfbase.py."""
from __future__ import annotations

import random

from reportlab.lib.pagesizes import landscape

from base import blocks, ctx
from grids import t2_grid, t3_flat
from model import COL_NAMES, COLS, T4_KINDS, T4_PARTS, rows
from pdfbase import A4, H4, W4, Flow, draw_ops, emit, report_flow, sw, t2_rows, t3_rows_hdr2, t4_rows
from text import H19, H21


def std_tables(s, cell, t3size=8, **kw):
    unit = s.get("unit", "万元")
    return {"t2": lambda f: f.table(t2_rows(s, cell, unit), [170, 100, 100, 100], size=9, **kw),
            "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=t3size, repeat=2, **kw),
            "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5, **kw)}


def t3_keyed(s, cell):
    """t3_rows_hdr2 with a tag ("key:t3.r1.np") on every value cell, for printers that need its position."""
    keys = iter([k for k, _, _ in rows(s["template"])])
    out = t3_rows_hdr2(s, cell)[:2]
    for label, vals in t3_flat(s["template"], cell):
        if vals:
            k = next(keys)
            out.append([(label, 1)] + [(v, 1, f"key:t3.{k}.{c}") for v, c in zip(vals, COLS)])
        else:
            out.append([(label, 1)] + [("", 1)] * 7)
    return out


# ---------------------------------------------------------------- printed with tracked changes shown

def p_markup(s):
    """Word printed with 「显示标记：所有标记」 left on: the page shrunk to the left and a markup pane on the right;
    in tables 三 and 四 some figures were corrected with revisions on — the new figure inline, red and underlined,
    the old one in a balloon 「删除的内容: 15」 on the row's line in the right margin, joined by a dotted leader."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "markup")
    fl = Flow(W4 * 0.78, H4, margin=44)
    fl.record = []
    tabs = std_tables(s, cell)
    tabs["t3"] = lambda f: f.table(t3_keyed(s, cell), [160] + [30] * 7, size=7.5, repeat=2)
    report_flow(s, fl, tabs)
    changed = {}
    cands = [r for r in fl.record if r[0].startswith("key:") and s["t3"][r[0][7:]] not in (0,)]
    for rec in sorted(rng.sample(cands, 6)):
        key = rec[0][7:]
        v = s["t3"][key]
        old = v + rng.choice([-2, -1, 1, 2, 3]) if v > 2 else v + rng.choice([1, 2])
        changed[key] = old
        _, pg, x, w, top, h = rec
        ops = fl.pages[pg - 1]
        t = str(v)
        cx = x + w / 2
        ops.append(("uline", cx - sw(t, 7.5) / 2, top - 12.1, cx + sw(t, 7.5) / 2))
        ops.append(("redtext", cx - sw(t, 7.5) / 2, top - 10.81, t, key))
        by = top - h / 2 - 3
        ops.append(("leader", x + w, by + 3, W4 * 0.78 + 8, by + 3))
        ops.append(("balloon", W4 * 0.78 + 8, by - 4, f"删除的内容: {old}"))
    s["changes_printed"] = changed

    def tr(c, ops):
        red = {(op[1], op[2], op[3]) for op in ops if op[0] == "redtext"}
        for op in ops:
            if op[0] == "text" and any(abs(op[1] - rx) < 0.01 and abs(op[2] - ry) < 0.5 and op[3] == rt
                                       for rx, ry, rt in red):
                c.setFillColorRGB(0.8, 0, 0)
                draw_ops(c, [op])
                c.setFillColorRGB(0, 0, 0)
            elif op[0] == "uline":
                c.setStrokeColorRGB(0.8, 0, 0)
                c.setLineWidth(0.5)
                c.line(op[1], op[2], op[3], op[2])
                c.setStrokeColorRGB(0, 0, 0)
            elif op[0] == "leader":
                c.setStrokeColorRGB(0.8, 0, 0)
                c.setDash(1, 2)
                c.setLineWidth(0.4)
                c.line(op[1], op[2], op[3], op[4])
                c.setDash()
                c.setStrokeColorRGB(0, 0, 0)
            elif op[0] == "balloon":
                c.setStrokeColorRGB(0.8, 0, 0)
                c.setLineWidth(0.5)
                c.roundRect(op[1], op[2] - 3, 112, 13, 3, stroke=1, fill=0)
                c.setFillColorRGB(0.8, 0, 0)
                draw_ops(c, [("text", op[1] + 4, op[2], op[3], 7)])
                c.setFillColorRGB(0, 0, 0)
                c.setStrokeColorRGB(0, 0, 0)
            elif op[0] != "redtext":
                draw_ops(c, [op])
    return emit(s, fl.pages, A4, transform=tr)


# ---------------------------------------------------------------- Excel printed with row and column headings

def p_excel_headings(s):
    """The statistical tables printed from Excel with 「打印行号列标」 on (landscape): a column-letter row A … O at
    the top of every page and the sheet's row numbers 1, 2, 3 … in a column at the left of every row — numbers
    that are not values; the title, the headings 二、三、四 and a 填报单位 line are sheet rows too; no narrative."""
    cell = ctx(s)
    H = H21 if s["template"] == "GF2021" else H19
    sheet = [[(s["title"] + "统计表", 15)], [(H[1], 15)]]
    for row in t2_grid(s["template"], cell):
        out = []
        for i, c in enumerate(row):
            out.append((c.text, (15 if c.cs == 4 else 3) if i == 0 else 4 * c.cs))
        sheet.append(out)
    sheet.append([(H[2], 15)])
    for r in t3_rows_hdr2(s, cell):
        out = [(r[0][0], 3)] + r[1:]
        while sum(c[1] for c in out) < 15:
            out.append(("", 1))
        sheet.append(out)
    sheet.append([(H[3], 15)])
    for r in t4_rows(cell):
        sheet.append(r)
    sheet.append([(f"填报单位：{s['agency']}（盖章）", 15)])
    letters = [("", 1)] + [(chr(65 + i), 1) for i in range(15)]
    numbered = [letters] + [[(str(i + 1), 1)] + r for i, r in enumerate(sheet)]
    PW, PH = landscape(A4)
    fl = Flow(PW, PH, margin=36, footer=False)
    fl.table(numbered, [18, 46, 46, 112] + [41] * 12, size=7, repeat=1, label_cols=4, pad=2)
    s.setdefault("creator", "Microsoft® Excel® 2016")
    s.setdefault("producer", "Microsoft® Excel® 2016")
    return emit(s, fl.pages, (PW, PH))


# ---------------------------------------------------------------- distributed (分散对齐) value cells

def p_distributed_values(s):
    """WPS tables whose value cells are 分散对齐 (distributed): the digits of a number are spread over the whole cell
    width, 「1        2」 for 12 — every multi-digit value is a few glyphs far apart, as far apart as the cells."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, std_tables(s, cell, distribute_values=True))
    s.setdefault("creator", "WPS 文字")
    s.setdefault("producer", "WPS 文字")
    return emit(s, fl.pages, A4)


# ---------------------------------------------------------------- tables 二 and 四 side by side

def t4_turned(cell):
    out = [[("案件类型", 1)] + [(n, 1) for _, n in T4_PARTS]]
    names = {"rv": "行政复议", "ld": "行政诉讼（未经复议直接起诉）", "lr": "行政诉讼（复议后起诉）"}
    for k, _ in T4_KINDS:
        out.append([(names[k], 1)] + [(cell(f"t4.{k}.{p}"), 1) for p, _ in T4_PARTS])
    return out


def p_side_by_side(s):
    """Tables 二 and 四 side by side on one page (each under its heading, 四 turned: case kinds as rows), table 三
    full width on the next page under its heading; the narrative around them as usual."""
    cell = ctx(s)
    H = H21 if s["template"] == "GF2021" else H19
    fl = Flow(W4, H4)
    half = (W4 - 2 * 56 - 14) / 2
    for kind, t in blocks(s):
        if kind == "title":
            fl.para(t, size=15, indent=False, align="center")
        elif kind == "h" and t == H[1]:
            fl.new_page()
            left, right = Flow(half + 112, H4, footer=False), Flow(half + 112, H4, footer=False)
            left.para(H[1], indent=False, size=11)
            left.table(t2_rows(s, cell), [half - 3 * 48, 48, 48, 48], size=7.5)
            right.para(H[3], indent=False, size=11)
            right.table(t4_turned(cell), [half - 5 * 30, 30, 30, 30, 30, 30], size=7.5)
            dx = half + 14
            for op in left.ops:
                fl.ops.append(op)
            for op in right.ops:
                if op[0] == "text":
                    fl.ops.append(("text", op[1] + dx, op[2], op[3], op[4]))
                elif op[0] == "line":
                    fl.ops.append(("line", op[1] + dx, op[2], op[3] + dx, op[4], op[5]))
            fl.new_page()
        elif kind == "h" and t == H[2]:
            fl.para(t, indent=False, size=11)
            fl.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=8, repeat=2)
        elif kind in ("t2", "t3", "t4") or (kind == "h" and t == H[3]):
            continue
        elif kind == "h":
            fl.para(t, indent=False, size=11)
        elif kind == "sign":
            fl.para(t, indent=False, align="right")
        else:
            fl.para(t)
    return emit(s, fl.pages, A4)


# ---------------------------------------------------------------- GF2019: cells as rectangles, amounts in 元

def p_gf2019_boxes_yuan(s):
    """GF2019 PDF whose table cells are each drawn as a rectangle of their own (no shared rules), numbers of a
    thousand or more with thousands separators, 采购总金额（元） printed in 元 with two decimals 「12,345,600.00」."""
    def xf(key, v, t):
        if key == "t2.procurement.amount":
            return f"{v:,.2f}"
        if key.endswith(".delta") or not isinstance(v, int) or abs(v) < 1000:
            return t
        return f"{v:,}"
    s["xform"] = xf
    cell = ctx(s)
    fl = Flow(W4, H4)
    tabs = {"t2": lambda f: f.table(t2_rows(s, cell, "元"), [170, 100, 100, 100], size=9, style="boxes"),
            "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=8, repeat=2, style="boxes"),
            "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5, style="boxes")}
    report_flow(s, fl, tabs)
    s.setdefault("creator", "LibreOffice Writer")
    s.setdefault("producer", "LibreOffice 6.4")
    return emit(s, fl.pages, A4)


# ---------------------------------------------------------------- narrow cells: value and unit wrapped

def p_narrow_units(s):
    """Table 三 with seven narrow value columns (19 pt) and every value printed with 「件」: 「3件」 fits, 「12件」
    wraps to 「12」 / 「件」, and a four-digit count wider than the cell breaks inside the number — 「123」 / 「4件」;
    the column names wrap a character or two a line."""
    cell = ctx(s)

    def t3(f):
        rows_ = [[("项目", 1)] + [(n, 1) for n in COL_NAMES]]
        for label, vals in t3_flat(s["template"], cell):
            rows_.append([(label, 1)] + [((v + "件") if vals else "", 1) for v in (vals or [""] * 7)])
        f.table(rows_, [190] + [19] * 7, size=8, repeat=1)
    fl = Flow(W4, H4)
    tabs = std_tables(s, cell)
    tabs["t3"] = t3
    report_flow(s, fl, tabs)
    return emit(s, fl.pages, A4)
