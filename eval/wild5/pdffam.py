"""PDF printers: a small display-list layout engine (paragraphs, ruled/shaded tables) and per-family
emitters (column overflow, zebra bands, rotated content, distributed labels, image + invisible text, two-up).
reportlab with invariant=1, so the bytes are reproducible."""
from __future__ import annotations

import io
import os

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from families import blocks, ctx, legacy_blocks
from grids import t2_grid, full
from model import COL_NAMES, COLS, T4_KINDS, T4_PARTS, rows
from grids import t3_flat

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
if os.path.exists(WQY):
    pdfmetrics.registerFont(TTFont("CJK", WQY, subfontIndex=0))
    FONT = "CJK"
else:  # pragma: no cover
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    FONT = "STSong-Light"


def sw(t, size):
    return pdfmetrics.stringWidth(t, FONT, size)


def wrap(t, w, size):
    lines, cur = [], ""
    for ch in t:
        if sw(cur + ch, size) > w and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


class Flow:
    """Lays blocks out top-down on pages of (W, H); each page a list of ops."""

    def __init__(self, W, H, margin=56, size=10.5, footer=True):
        self.W, self.H, self.m, self.size = W, H, margin, size
        self.pages: list[list] = []
        self.footer = footer
        self.record = None
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.H - self.m
        if self.footer:
            n = len(self.pages)
            t = f"— {n} —"
            self.ops.append(("text", self.W / 2 - sw(t, 9) / 2, 28, t, 9))

    def need(self, h):
        if self.y - h < self.m:
            self.new_page()
            return True
        return False

    def para(self, t, size=None, indent=True, align="left", bold=False):
        size = size or self.size
        lead = size * 1.6
        text = ("\u3000\u3000" + t) if indent and align == "left" else t
        for ln in wrap(text, self.W - 2 * self.m, size):
            self.need(lead)
            self.y -= lead
            x = self.m
            if align == "center":
                x = self.W / 2 - sw(ln, size) / 2
            elif align == "right":
                x = self.W - self.m - sw(ln, size)
            self.ops.append(("text", x, self.y + 3, ln, size))
        self.y -= size * 0.3

    def table(self, rows_, widths, size=8, style="ruled", repeat=0, distribute=False, lead=None,
              label_cols=1, pad=3):
        """rows_: list of rows, each a list of (text, colspan). style: ruled | shaded | grid."""
        lead = lead or size * 1.35
        x0 = self.m + max(0, (self.W - 2 * self.m - sum(widths)) / 2)
        header = rows_[:repeat]
        def height(row):
            h, c = 0, 0
            for text, cs in row:
                w = sum(widths[c:c + cs]) - 2 * pad
                h = max(h, len(wrap(text, w, size)) * lead)
                c += cs
            return h + 2 * pad
        def draw(row, ri):
            h = height(row)
            top = self.y
            if style == "shaded" and ri % 2 == 0:
                self.ops.append(("rect", x0, top - h, sum(widths), h, 0.88))
            if style == "shaded" and ri < 0:
                self.ops.append(("rect", x0, top - h, sum(widths), h, 0.75))
            c = 0
            for cellspec in row:
                text, cs = cellspec[0], cellspec[1]
                cont = len(cellspec) > 2 and cellspec[2] == "cont"
                x = x0 + sum(widths[:c])
                w = sum(widths[c:c + cs])
                if self.record is not None and len(cellspec) > 2:
                    self.record.append((cellspec[2], len(self.pages), x, w, top, h))
                if cont or (len(cellspec) > 2 and cellspec[2].startswith("vstart")):
                    text = ""
                if style == "cells" and not cont:
                    self.ops.append(("line", x, top, x + w, top, 0.5))
                lines = wrap(text, w - 2 * pad, size)
                ty = top - pad - lead + (lead - size) / 2 + 1
                for ln in lines:
                    is_label = c < label_cols
                    if distribute and is_label and len(ln) > 1:
                        step = (w - 2 * pad - sw(ln[-1], size)) / (len(ln) - 1)
                        for i, ch in enumerate(ln):
                            self.ops.append(("text", x + pad + i * step, ty, ch, size))
                    elif is_label:
                        self.ops.append(("text", x + pad, ty, ln, size))
                    else:
                        self.ops.append(("text", x + w / 2 - sw(ln, size) / 2, ty, ln, size))
                    ty -= lead
                if style in ("ruled", "grid", "cells"):
                    self.ops.append(("line", x, top, x, top - h, 0.5))
                c += cs
            if style == "cells":
                self.ops.append(("line", x0 + sum(widths), top, x0 + sum(widths), top - h, 0.5))
                self.last_bottom = (x0, top - h, x0 + sum(widths))
            if style in ("ruled", "grid"):
                self.ops.append(("line", x0 + sum(widths), top, x0 + sum(widths), top - h, 0.5))
                self.ops.append(("line", x0, top, x0 + sum(widths), top, 0.5))
                self.ops.append(("line", x0, top - h, x0 + sum(widths), top - h, 0.5))
            self.y -= h
        def height(row, _h=height):
            return _h([(r[0] if len(r) < 3 else "", r[1]) for r in row])
        for ri, row in enumerate(rows_):
            h = height(row)
            if self.need(h) and ri >= repeat and header:
                for hi, hrow in enumerate(header):
                    draw(hrow, -1 - hi)
            draw(row, -1 if ri < repeat else ri)
        if style == "cells":
            xa, yb, xb = self.last_bottom
            self.ops.append(("line", xa, yb, xb, yb, 0.5))
        self.y -= 6


# ------------------------------------------------------------------ table rows for the PDFs

def t2_rows(s, cell, unit="万元"):
    out = []
    for row in t2_grid(s["template"], cell, unit):
        out.append([(c.text, c.cs) for c in row])
    return out


def t3_rows(s, cell, cols=None):
    cols = cols if cols is not None else list(range(7))
    hdr = [("项目", 1)] + [(COL_NAMES[i], 1) for i in cols]
    out = [hdr]
    for label, vals in t3_flat(s["template"], cell):
        out.append([(label, 1)] + [((vals[i] if vals else ""), 1) for i in cols])
    return out


def t3_rows_hdr2(s, cell):
    out = [[("申请人情况", 1), ("自然人", 1), ("法人或其他组织", 5), ("总计", 1)],
           [("", 1), ("", 1)] + [(n, 1) for n in COL_NAMES[1:6]] + [("", 1)]]
    for label, vals in t3_flat(s["template"], cell):
        out.append([(label, 1)] + [((vals[i] if vals else ""), 1) for i in range(7)])
    return out


def t4_rows(cell, cols=None):
    cols = cols if cols is not None else list(range(15))
    full_rows = [
        ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        [n for _, n in T4_PARTS] * 3,
        [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    if cols == list(range(15)):
        return [[("行政复议", 5), ("行政诉讼", 10)], [("", 5), ("未经复议直接起诉", 5), ("复议后起诉", 5)],
                [(t, 1) for t in full_rows[2]], [(t, 1) for t in full_rows[3]]]
    return [[(r[i], 1) for i in cols] for r in full_rows]


def report_flow(s, fl: Flow, tables: dict, sign_align="right"):
    for kind, t in blocks(s):
        if kind in tables:
            tables[kind](fl)
        elif kind == "title":
            fl.para(t, size=15, indent=False, align="center")
        elif kind == "h":
            fl.para(t, indent=False, size=11)
        elif kind == "sign":
            fl.para(t, indent=False, align=sign_align)
        else:
            fl.para(t)


# ------------------------------------------------------------------ emit

def draw_ops(c, ops, mode=0):
    for op in ops:
        if op[0] == "text":
            _, x, y, t, size = op
            if mode == 3:
                to = c.beginText()
                to.setTextRenderMode(3)
                to.setFont(FONT, size)
                to.setTextOrigin(x, y)
                to.textOut(t)
                c.drawText(to)
            else:
                c.setFont(FONT, size)
                c.drawString(x, y, t)
        elif op[0] == "line":
            _, x1, y1, x2, y2, w = op
            c.setLineWidth(w)
            c.line(x1, y1, x2, y2)
        elif op[0] == "rect":
            _, x, y, w, h, g = op
            c.setFillGray(g)
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillGray(0)


def new_canvas(buf, size, s):
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(s.get("pdf_title", ""))
    c.setAuthor("")
    c.setCreator(s.get("creator", "Microsoft® Word 2016"))
    c.setProducer(s.get("producer", "Microsoft® Word 2016"))
    return c


def emit(s, pages, size, transform=None) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, size, s)
    for ops in pages:
        if transform:
            transform(c, ops)
        else:
            draw_ops(c, ops)
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ families

W4, H4 = A4


def p_excel_columns(s):
    """Narrative from Word, then the tables printed from an Excel sheet: small font, every gridline, and
    table 三/四 too wide for the page, so Excel prints the right-hand columns on the following page(s)
    (label column repeated as 打印标题 for table 三)."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    def xl_page_header(fl):
        fl.new_page()
        fl.ops.append(("text", fl.m, H4 - 30, "附件：政府信息公开工作年度报告统计表", 8))
    def t2(fl):
        fl.para("（见附表一）", indent=False)
    def t3(fl):
        fl.para("（见附表二）", indent=False)
    def t4(fl):
        fl.para("（见附表三）", indent=False)
    report_flow(s, fl, {"t2": t2, "t3": t3, "t4": t4})
    xl_page_header(fl)
    fl.para("附表一  主动公开政府信息情况", indent=False, size=9)
    fl.table(t2_rows(s, cell), [170, 110, 110, 110], size=7, style="grid", label_cols=1)
    xl_page_header(fl)
    fl.para("附表二  收到和处理政府信息公开申请情况", indent=False, size=9)
    lw = 250
    fl.table(t3_rows(s, cell, [0, 1, 2, 3]), [lw, 55, 55, 55, 55], size=7, style="grid", repeat=1)
    xl_page_header(fl)
    fl.table(t3_rows(s, cell, [4, 5, 6]), [lw, 55, 55, 55], size=7, style="grid", repeat=1)
    xl_page_header(fl)
    fl.para("附表三  政府信息公开行政复议、行政诉讼情况", indent=False, size=9)
    fl.table(t4_rows(cell, list(range(8))), [56] * 8, size=7, style="grid")
    xl_page_header(fl)
    fl.table(t4_rows(cell, list(range(8, 15))), [56] * 7, size=7, style="grid")
    return emit(s, fl.pages, A4)


def p_shaded(s):
    """Tables with no rules at all: a grey header band and zebra row bands (filled rectangles only)."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, {
        "t2": lambda f: f.table(t2_rows(s, cell), [170, 100, 100, 100], size=8.5, style="shaded"),
        "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [190] + [40] * 7, size=8, style="shaded", repeat=2),
        "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5, style="shaded", repeat=0)})
    return emit(s, fl.pages, A4)


def p_rotated(s):
    """Portrait pages; the table pages carry landscape content rotated 90° in the content stream
    (a landscape Word section printed by a driver that keeps every page portrait)."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    marks = []
    def mark(kind):
        def f(fl):
            marks.append(kind)
            fl.para(f"（{'表二' if kind == 't2' else '表三' if kind == 't3' else '表四'}见后页）", indent=False)
        return f
    report_flow(s, fl, {"t2": mark("t2"), "t3": mark("t3"), "t4": mark("t4")})
    port = fl.pages
    ls = Flow(H4, W4, margin=50, footer=False)
    ls.para("表二  主动公开政府信息情况", indent=False, size=10)
    ls.table(t2_rows(s, cell), [200, 140, 140, 140], size=8.5)
    ls.new_page()
    ls.para("表三  收到和处理政府信息公开申请情况", indent=False, size=10)
    ls.table(t3_rows_hdr2(s, cell), [330] + [56] * 7, size=7.5, repeat=2)
    ls.para("表四  政府信息公开行政复议、行政诉讼情况", indent=False, size=10)
    ls.table(t4_rows(cell), [48] * 15, size=7.5)
    pages = [(p, False) for p in port] + [(p, True) for p in ls.pages]
    def tr(c, item):
        ops, rot = item
        if rot:
            c.saveState()
            c.translate(W4, 0)
            c.rotate(90)
            draw_ops(c, ops)
            c.restoreState()
        else:
            draw_ops(c, ops)
    return emit(s, pages, A4, transform=tr)


def p_distributed(s):
    """Ruled tables whose label cells are 分散对齐 (each line's characters spread over the cell width)."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, {
        "t2": lambda f: f.table(t2_rows(s, cell), [170, 100, 100, 100], size=9, distribute=True),
        "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=8.5, distribute=True, repeat=2),
        "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5, distribute=False)})
    return emit(s, fl.pages, A4)


def p_ocr_layer(s):
    """A scan with an OCR text layer: each page is a 1-bit picture (text and rules drawn in it) with the
    recognised text laid over it invisibly (text render mode 3), as ABBYY/Acrobat 'searchable image' PDFs."""
    cell = ctx(s)
    fl = Flow(W4, H4)
    report_flow(s, fl, {
        "t2": lambda f: f.table(t2_rows(s, cell), [170, 100, 100, 100], size=9),
        "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [200] + [40] * 7, size=8, repeat=2),
        "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5)})
    dpi = 96
    k = dpi / 72
    fonts = {}
    def fnt(size):
        px = max(6, round(size * k))
        if px not in fonts:
            fonts[px] = ImageFont.truetype(WQY, px, index=0)
        return fonts[px]
    def tr(c, ops):
        img = Image.new("1", (round(W4 * k), round(H4 * k)), 1)
        dr = ImageDraw.Draw(img)
        for op in ops:
            if op[0] == "text":
                _, x, y, t, size = op
                dr.text((x * k, (H4 - y - size * 0.88) * k), t, font=fnt(size), fill=0)
            elif op[0] == "line":
                _, x1, y1, x2, y2, w = op
                dr.line([(x1 * k, (H4 - y1) * k), (x2 * k, (H4 - y2) * k)], fill=0, width=1)
        b = io.BytesIO()
        img.save(b, format="PNG", optimize=True)
        c.drawImage(ImageReader(io.BytesIO(b.getvalue())), 0, 0, W4, H4)
        draw_ops(c, [op for op in ops if op[0] == "text"], mode=3)
    s.setdefault("creator", "ABBYY FineReader 15")
    s.setdefault("producer", "ABBYY FineReader 15")
    return emit(s, fl.pages, A4, transform=tr)


def p_two_up(s):
    """A5 pages printed two to a landscape A4 sheet (2-up): the left and right pages share every line height."""
    cell = ctx(s)
    W5, H5 = A5
    unit = s.get("unit", "万元")
    fl = Flow(W5, H5, margin=48, size=8.5)
    report_flow(s, fl, {
        "t2": lambda f: f.table(t2_rows(s, cell, unit), [120, 76, 76, 76], size=6.5),
        "t3": lambda f: f.table(t3_rows_hdr2(s, cell), [131] + [31] * 7, size=5.5, repeat=2),
        "t4": lambda f: f.table(t4_rows(cell), [23] * 15, size=4.5)})
    pages = fl.pages
    if len(pages) % 2:
        pages.append([])
    sheets = [(pages[i], pages[i + 1]) for i in range(0, len(pages), 2)]
    def tr(c, pair):
        left, right = pair
        draw_ops(c, left)
        c.saveState()
        c.translate(W5, 0)
        draw_ops(c, right)
        c.restoreState()
    return emit(s, sheets, (H4, W4), transform=tr)


def p_legacy_table(s):
    paras, table = legacy_blocks(s)
    fl = Flow(W4, H4)
    fl.para(s["title"], size=15, indent=False, align="center")
    for p in paras:
        fl.para(p, indent=not (len(p) < 30 and p[1] == "、"))
    fl.para("附表：政府信息公开情况统计表", indent=False, align="center")
    fl.table([[(x, 1) for x in r] for r in table], [260, 60, 100], size=9)
    fl.para(s["agency"], indent=False, align="right")
    fl.para(s["date"], indent=False, align="right")
    return emit(s, fl.pages, A4)


def p_vertical_labels(s):
    """Ruled PDF (WPS print) whose merged label cells of table 三 are written vertically: 三、本年度办理结果
    down a narrow first column over all result rows, each group heading （三）…（六） down the second column
    over its items, one character per line, centred on the merged area (no rules inside the merges)."""
    cell = ctx(s)
    R = rows(s["template"])
    body = [[("申请人情况", 3), ("自然人", 1), ("法人或其他组织", 5), ("总计", 1)],
            [("", 3), ("", 1)] + [(n, 1) for n in COL_NAMES[1:6]] + [("", 1)]]
    res = [r for r in R if r[0] not in ("new", "carry_in", "carry_out")]
    seen = set()
    for key, group, label in R:
        vals = [(cell(f"t3.{key}.{c}"), 1) for c in COLS]
        if key in ("new", "carry_in", "carry_out"):
            body.append([(label, 3)] + vals)
            continue
        head = ("三、本年度办理结果", 1, "vstart:三、本年度办理结果") if key == res[0][0] else ("", 1, "cont")
        if group is None:
            body.append([head, (label, 2)] + vals)
        else:
            g = (group, 1, f"vstart:{group}") if group not in seen else ("", 1, "cont")
            seen.add(group)
            body.append([head, g, (label, 1)] + vals)
    fl = Flow(W4, H4)
    fl.record = []
    def t3(f):
        if f.y < H4 * 0.55:
            f.new_page()
        f.table(body, [22, 22, 176] + [38] * 7, size=7.5, style="cells", repeat=0, label_cols=3)
    report_flow(s, fl, {
        "t2": lambda f: f.table(t2_rows(s, cell), [170, 100, 100, 100], size=9),
        "t3": t3,
        "t4": lambda f: f.table(t4_rows(cell), [32] * 15, size=6.5)})
    # stack the vertical labels over their merged areas
    spans = {}
    for tag, page, x, w, top, h in fl.record:
        if tag.startswith("vstart:"):
            spans[tag[7:]] = [page, x, w, top, top - h, True]
            cur = tag[7:]
            open_ = [k for k, v in spans.items() if v[5] and v[1] == x]
            for k in open_:
                if k != cur:
                    spans[k][5] = False
        elif tag == "cont":
            for k, v in spans.items():
                if v[5] and abs(v[1] - x) < 0.1:
                    v[4] = top - h
    for name, (page, x, w, top, bottom, _) in spans.items():
        n = len(name)
        lead = min(7.5 * 1.25, (top - bottom - 4) / n)
        size = min(7.5, lead / 1.05)
        y = (top + bottom) / 2 + n * lead / 2 - lead + 2
        ops = fl.pages[page - 1]
        for ch in name:
            ops.append(("text", x + w / 2 - sw(ch, size) / 2, y, ch, size))
            y -= lead
    return emit(s, fl.pages, A4)
