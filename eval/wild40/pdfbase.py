"""PDF layout engine (display lists of text/line/rect ops laid out by Flow) and emit, from eval/wild5/pdffam.py."""
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

from base import blocks, ctx, legacy_blocks
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
              label_cols=1, pad=3, distribute_values=False, values="center"):
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
                notop = len(cellspec) > 2 and cellspec[2] == "notop"  # wild16: a merged cell's text in a lower row
                if style == "cells" and not cont and not notop:
                    self.ops.append(("line", x, top, x + w, top, 0.5))
                lines = wrap(text, w - 2 * pad, size)
                ty = top - pad - lead + (lead - size) / 2 + 1
                for ln in lines:
                    is_label = c < label_cols
                    if distribute_values and not is_label and len(ln) > 1 and ln.replace(".", "").isdigit():
                        step = (w - 2 * pad - sw(ln[-1], size)) / (len(ln) - 1)
                        for i, ch in enumerate(ln):
                            self.ops.append(("text", x + pad + i * step, ty, ch, size))
                    elif distribute and is_label and len(ln) > 1:
                        step = (w - 2 * pad - sw(ln[-1], size)) / (len(ln) - 1)
                        for i, ch in enumerate(ln):
                            self.ops.append(("text", x + pad + i * step, ty, ch, size))
                    elif is_label:
                        self.ops.append(("text", x + pad, ty, ln, size))
                    elif values == "right":
                        self.ops.append(("text", x + w - pad - sw(ln, size), ty, ln, size))
                    else:
                        self.ops.append(("text", x + w / 2 - sw(ln, size) / 2, ty, ln, size))
                    ty -= lead
                if style in ("ruled", "grid", "cells"):
                    self.ops.append(("line", x, top, x, top - h, 0.5))
                elif style == "boxes":
                    self.ops.append(("box", x, top - h, w, h, 0.6))
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
        elif op[0] == "box":
            _, x, y, w, h, lw = op
            c.setLineWidth(lw)
            c.rect(x, y, w, h, stroke=1, fill=0)
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


W4, H4 = A4
