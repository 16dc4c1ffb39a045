"""Printers of eval/wild26: reports that are PICTURES from the mixed real-world carriers wild25 did not have — a
colour scan on yellowed paper with a blue 「已核对」 stamp, a blue tick and a red seal over table 四's corner; a
photocopy of a photocopy; stapled pages with a folded corner; a scan with the next page showing through; punched-hole
shadows with table 三 continued under 「续表」; table 三 printed landscape and scanned upright; a CMS page of low-res
page JPEGs; a scanned PDF of mixed page sizes and resolutions; a DOCX holding one scanned page per page; zebra rows
with white-on-dark-blue headers and zeros struck out by hand.

Pages are laid out and drawn as fam25 draws them (A4 at 300 dpi, wqy-microhei), then degraded and wrapped. The page
model (every string drawn, in reading order, with its flag: "" printed, "furn" page furniture and stamps, "hand" a
mark drawn by hand that a reader reads — here 「/」 struck into an empty cell) goes to s["model"] (models/<id>.json).
"""
from __future__ import annotations

import base64
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from base import ctx
from fam12 import gridsx, marks
from grids import C
from model import rows
from fam25 import (COLW, DPI, MB, ML, MT, NC, PH, PW, W, _noise, dec, font, jpeg, legacy_pages, pdf_images,
                   pix_hash, pt, record, seal, seed_of, signature, tw, wrap)
from grids import full
from text import H19, H21, narrative

BLUE_INK = (28, 52, 150)


class Page:
    def __init__(self, w=PW, h=PH):
        self.img = Image.new("RGB", (w, h), "white")
        self.d = ImageDraw.Draw(self.img)
        self.items: list = []

    def text(self, t, x, y, px, flag="", fill=(0, 0, 0)):
        self.d.text((x, y), t, font=font(px), fill=fill)
        self.items.append([t, round(x), round(y), px, flag])

    def line(self, x0, y0, x1, y1, w=3, fill=(0, 0, 0)):
        self.d.line((x0, y0, x1, y1), fill=fill, width=w)


def layout(grid, name, px, width, colw=None, pad=24):
    cw = colw or COLW[name]
    cw = [c * width / sum(cw) for c in cw]
    xs = [sum(cw[:i]) for i in range(len(cw) + 1)]
    F = full(grid, NC[name])
    lh = round(px * 1.25)
    heights = [0] * len(F)
    uniq = [(r, c, cell) for r, row in enumerate(F) for c, (cell, origin) in enumerate(row) if origin]
    need = {}
    for r, c, cell in uniq:
        lines = wrap(cell.text, px, xs[c + cell.cs] - xs[c] - 16) if cell.text else [""]
        need[(r, c)] = (lines, len(lines) * lh + pad)
        if cell.rs == 1:
            heights[r] = max(heights[r], need[(r, c)][1])
    heights = [max(h, lh + pad) for h in heights]
    for r, c, cell in uniq:
        if cell.rs > 1:
            have = sum(heights[r:r + cell.rs])
            if have < need[(r, c)][1]:
                heights[r + cell.rs - 1] += need[(r, c)][1] - have
    return xs, heights, uniq, need, lh


def first_body(grid, name):
    F = full(grid, NC[name])
    for r, row in enumerate(F):
        if any(cell.key for cell, _o in row):
            return r
    return 0


def draw_table(pg, y, grid, name, px, x0=ML, width=W, hook=None, style="", colw=None, pad=24):
    """The table ruled; style "zebra": header rows white on dark blue, body rows alternately light grey."""
    xs, hs, uniq, need, lh = layout(grid, name, px, width, colw, pad)
    xs = [x0 + x for x in xs]
    ys = [y + sum(hs[:i]) for i in range(len(hs) + 1)]
    fb = first_body(grid, name)
    for r, c, cell in uniq:
        bx = (xs[c], ys[r], xs[c + cell.cs], ys[r + cell.rs])
        colour = (0, 0, 0)
        if style == "zebra":
            if r < fb:
                pg.d.rectangle(bx, fill=(31, 56, 100))
                colour = (255, 255, 255)
            elif cell.rs == 1 and (r - fb) % 2 == 1:
                pg.d.rectangle(bx, fill=(228, 228, 228))
        pg.d.rectangle(bx, outline=(0, 0, 0) if style != "zebra" else (120, 120, 120), width=3)
        lines = need[(r, c)][0]
        ty = (bx[1] + bx[3]) / 2 - len(lines) * lh / 2
        for ln in lines:
            tx = (bx[0] + bx[2]) / 2 - tw(ln, px) / 2
            if hook and cell.key and hook(pg, cell, tx, ty, px, bx):
                pass
            elif ln:
                pg.text(ln, tx, ty, px, fill=colour)
            ty += lh
    return ys[-1]


def split_at(s, g, cutkey):
    """Table 三 cut before the row of cutkey (fam12's split_t3 at any row no cell but 「三、本年度办理结果」 spans):
    the header rows repeated on the second part, the 三、 cell's rowspan shared between the parts."""
    nh = 2 if s.get("hdr2") else 3
    head, data = g[:nh], g[nh:]
    keys = [k for k, _, _ in rows(s["template"])]
    cut = keys.index(cutkey)
    nres = len([k for k in keys if k not in ("new", "carry_in", "carry_out")])
    first_res = keys.index("r1")
    a = [list(r) for r in data[:cut]]
    b = [list(r) for r in data[cut:]]
    top = a[first_res][0]
    in_a = cut - first_res
    a[first_res][0] = C(top.text, in_a, 1)
    b[0] = [C(top.text, nres - in_a, 1)] + b[0]
    return head + a, head + b


CUTS = ("r7", "r6_1", "r5_1", "r4_1", "r3_1", "r2")


def table_h(grid, name, px, width=W):
    return sum(layout(grid, name, px, width)[1])


def report_pages(s, hook=None, style="", t3="") -> list[Page]:
    """fam25's layout with: t3 == "split-hdr" (table 三 cut before （四）, the rest on the next page under 「续表」
    with the header rows), "split-nohdr" (the rest on the next page without header rows or 续表), "landscape"
    (table 三 alone on a page printed landscape — the page picture portrait, its text running bottom to top)."""
    N = narrative(s)
    H = H21 if s["template"] == "GF2021" else H19
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    body, tpx = pt(10.5), pt(s.get("tpt", 9))
    lh = round(body * 1.55)
    pages = [Page()]
    y = MT

    def newpage(landscape=False):
        nonlocal y
        pages.append(Page(PH, PW) if landscape else Page())
        y = MT if not landscape else 220

    def para(t, indent=True, x0=ML, width=W):
        nonlocal y
        for ln in wrap(("　　" if indent else "") + t, body, width):
            if y + lh > pages[-1].img.size[1] - MB:
                newpage()
            pages[-1].text(ln, x0, y, body)
            y += lh

    for ln in wrap(N["title"], pt(16), W):
        pages[-1].text(ln, PW / 2 - tw(ln, pt(16)) / 2, y, pt(16))
        y += round(pt(16) * 1.6)
    y += 30
    para(N["intro"])
    para(H[0])
    for p in N["sec1"][:s.get("sec1n", 6)]:
        para(p)
    for i, name in ((1, "t2"), (2, "t3"), (3, "t4")):
        if name == "t3" and t3 == "landscape":
            newpage(landscape=True)
            lw = PH - 2 * 240
            para(H[i], x0=240, width=lw)
            y += 10
            y = draw_table(pages[-1], y, g[name], name, tpx, x0=240, width=lw, hook=hook, style=style,
                           colw=[80, 200, 640] + [170] * 7, pad=12) + 30
            newpage()
            continue
        if not (name == "t3" and t3.startswith("split")) and y + lh + table_h(g[name], name, tpx) + 40 > PH - MB:
            newpage()  # the heading goes with its table
        para(H[i])
        if name == "t3" and t3.startswith("split"):
            # cut where the page ends: the last cut whose first part still fits under the heading
            cut = next(k for k in CUTS if y + table_h(split_at(s, g["t3"], k)[0], name, tpx) + 20 <= PH - MB)
            s["_cut"] = cut
            a, b = split_at(s, g["t3"], cut)
            if t3 == "split-nohdr":
                b = b[(2 if s.get("hdr2") else 3):]
            y = draw_table(pages[-1], y + 10, a, name, tpx, hook=hook, style=style)
            newpage()
            if t3 == "split-hdr":
                pages[-1].text("续表", ML, y, body)
                y += lh
            y = draw_table(pages[-1], y, b, name, tpx, hook=hook, style=style) + 30
        else:
            if y + table_h(g[name], name, tpx) + 20 > PH - MB:
                newpage()
            y = draw_table(pages[-1], y + 10, g[name], name, tpx, hook=hook, style=style) + 30
        for note in s.get("notes", {}).get(name, []):
            para(note, indent=False)
    para(H[4])
    for p in N["sec5"]:
        para(p)
    para(H[5])
    for p in N["sec6"]:
        para(p)
    y += 60
    first = None
    for t in (N["sign"], N["date"]):
        if y + lh > PH - MB:
            newpage()
        x = PW - ML - tw(t, body) - 80
        pages[-1].text(t, x, y, body)
        first = first or (len(pages) - 1, x, y)
        y += lh
    s["_sign"] = first
    for i, pg in enumerate(pages):
        t = f"- {i + 1} -"
        w, h = pg.img.size
        pg.text(t, w / 2 - tw(t, pt(9)) / 2, h - 190, pt(9), "furn")
    if t3 == "landscape":  # the landscape page as the scanner sees it: portrait, turned a quarter
        for pg in pages:
            if pg.img.size[0] > pg.img.size[1]:
                pg.img = pg.img.rotate(90, expand=True)
    return pages


# ---------------------------------------------------------------- marks on the paper

def _rgba_over(pg, lay):
    base = pg.img.convert("RGBA")
    base.alpha_composite(lay)
    pg.img = base.convert("RGB")
    pg.d = ImageDraw.Draw(pg.img)


def checked_stamp(pg, x, y, seed, text="已核对"):
    """A blue rectangular rubber stamp (double frame, the words inside), slightly turned, in the margin."""
    lay = Image.new("RGBA", (520, 220), (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    blue = (30, 70, 190, 170)
    d.rectangle((10, 10, 510, 210), outline=blue, width=12)
    d.rectangle((34, 34, 486, 186), outline=blue, width=5)
    d.text((260 - tw(text, 110) / 2, 48), text, font=font(110), fill=blue)
    lay = lay.rotate(random.Random(seed).uniform(-8, -3), expand=True, resample=Image.BICUBIC)
    full_ = Image.new("RGBA", pg.img.size, (0, 0, 0, 0))
    full_.alpha_composite(lay, (round(x), round(y)))
    _rgba_over(pg, full_)
    pg.items.append([text, round(x), round(y), 110, "furn"])


def tick(pg, x, y, seed):
    """A blue ballpoint tick."""
    rng = random.Random(seed)
    pts = [(x, y + 30), (x + 22, y + 58 + rng.uniform(-4, 4)), (x + 70, y - 10 + rng.uniform(-6, 6))]
    pg.d.line(pts, fill=BLUE_INK, width=7, joint="curve")


def hand_slash(pg, cell, tx, ty, px, box):
    """An empty cell struck out by hand: a short slanted ballpoint stroke (read 「/」)."""
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rng = random.Random(f"{cell.key}{x0}{y0}")
    h = min(y1 - y0, 90) * 0.32
    pg.d.line((cx - h * 0.45 + rng.uniform(-3, 3), cy + h, cx + h * 0.45 + rng.uniform(-3, 3), cy - h),
              fill=BLUE_INK, width=6)
    pg.items.append(["/", round(cx), round(cy), px, "hand"])
    return True


def staple(pg, seed):
    """A staple in the top-left corner, its shadow, and the punched paper round it (margin only)."""
    rng = random.Random(seed)
    lay = Image.new("RGBA", pg.img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    x, y = 90 + rng.uniform(-10, 10), 110 + rng.uniform(-10, 10)
    a = math.radians(-38)
    dx, dy = 150 * math.cos(a), 150 * math.sin(a)
    d.line((x + 6, y + 10, x + dx + 6, y - dy + 10), fill=(0, 0, 0, 90), width=18)  # shadow
    d.line((x, y, x + dx, y - dy), fill=(95, 95, 100, 255), width=11)
    d.line((x, y, x + dx, y - dy), fill=(190, 190, 195, 255), width=3)
    _rgba_over(pg, lay.filter(ImageFilter.GaussianBlur(1.2)))


def folded_corner(pg, seed, corner="br", leg=210):
    """A dog-eared corner: the triangle folded over shows the paper's back (a little darker) and casts a shadow;
    it covers only the empty margin."""
    w, h = pg.img.size
    lay = Image.new("RGBA", pg.img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    if corner == "br":
        tri = [(w - leg, h), (w, h - leg), (w - leg, h - leg)]
        cut = [(w - leg, h), (w, h - leg), (w, h)]
    else:  # top right
        tri = [(w - leg, 0), (w, leg), (w - leg, leg)]
        cut = [(w - leg, 0), (w, leg), (w, 0)]
    d.polygon([(x + 10, y + 10) for x, y in tri], fill=(0, 0, 0, 80))
    d.polygon(cut, fill=(40, 40, 40, 255))  # the scanner lid where the corner is gone
    d.polygon(tri, fill=(226, 224, 218, 255))
    d.line(tri[:2], fill=(150, 150, 150, 255), width=3)
    _rgba_over(pg, lay.filter(ImageFilter.GaussianBlur(1.0)))


def punch_holes(img: Image.Image, seed) -> Image.Image:
    """Two punched holes in the left margin: dark discs (the lid behind) with a soft shadow ring."""
    w, h = img.size
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    r = round(w * 0.016)
    x = round(w * 0.045)
    for fy in (0.36, 0.64):
        y = round(h * fy)
        d.ellipse((x - r - 8, y - r - 8, x + r + 8, y + r + 8), fill=(0, 0, 0, 60))
        d.ellipse((x - r, y - r, x + r, y + r), fill=(35, 35, 38, 255))
    base = img.convert("RGBA")
    base.alpha_composite(lay.filter(ImageFilter.GaussianBlur(1.5)))
    return base.convert(img.mode if img.mode != "L" else "RGB").convert(img.mode)


# ---------------------------------------------------------------- degradations

def resample(img, dpi):
    w, h = img.size
    return img.resize((round(w * dpi / DPI), round(h * dpi / DPI)), Image.LANCZOS)


def scan(img, dpi, seed, angle=0.3, tone=(250, 250, 248), ink=18, sd=2.2, colour=False):
    """A flatbed scan: resampled, turned a little, paper tone, noise, soft."""
    img = resample(img, dpi).rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    t = np.array(tone, dtype=np.float32)
    a = ink + a * ((t - ink) / 255.0)
    a = _noise(a, seed, sd)
    out = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
    return out if colour else out.convert("L")


def photocopy2(img, dpi, seed):
    """A photocopy of a photocopy: strokes thickened, contrast hard, toner streaks down the page, dark edges and the
    black band of the copier's lid along two sides, grey."""
    g = img.convert("L").filter(ImageFilter.MinFilter(3))  # each generation spreads the toner
    g = resample(g, dpi).rotate(-0.7, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    rng = np.random.default_rng(seed)
    h, w = a.shape
    a = np.clip((a - 60) * 1.6, 0, 255)  # hard contrast: greys to black, paper to white
    xx = np.arange(w)[None, :]
    yy = np.arange(h)[:, None]
    edge = np.minimum(np.minimum(xx, w - 1 - xx), np.minimum(yy, h - 1 - yy)) / (0.06 * w)
    a = a * (0.72 + 0.28 * np.clip(edge, 0, 1))  # darker towards the edges
    for x in rng.integers(int(w * 0.12), int(w * 0.9), 3):  # toner streaks: light grey lines top to bottom
        a[:, x:x + 2] = np.minimum(a[:, x:x + 2], 200)
    a = a + rng.normal(0, 7, a.shape)
    a[:, :round(w * 0.018)] = 12  # the lid's black band on the left and at the foot
    a[h - round(h * 0.012):, :] = 12
    speck = rng.random(a.shape) < 0.0008
    a = np.where(speck, 30, a)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))


def show_through(front: Image.Image, back: Image.Image | None, strength=0.13) -> Image.Image:
    """The back of the sheet (the next page, mirrored) showing faintly through the front."""
    if back is None:
        return front
    b = back.convert("L").transpose(Image.FLIP_LEFT_RIGHT).filter(ImageFilter.GaussianBlur(2.2))
    fa = np.asarray(front.convert("L")).astype(np.float32)
    ba = np.asarray(b).astype(np.float32)
    a = fa * (1 - strength * (1 - ba / 255.0))
    return Image.fromarray(a.astype(np.uint8)).convert("RGB")


# ---------------------------------------------------------------- the printers

def p_colour_checked(s):
    """A colour scan of a checked and sealed copy: yellowed paper, a blue 「已核对」 stamp over table 三's heading margin,
    a blue tick beside table 三's 总计 row, the red seal over the signature and a second impression over table 四's
    lower right corner; 150 dpi colour JPEG, no text layer."""
    pages = report_pages(s)
    t3p = next(i for i, p in enumerate(pages) if any(it[0].lstrip("　").startswith("三、收到") for it in p.items))
    it = next(it for it in pages[t3p].items if it[0].lstrip("　").startswith("三、收到"))
    checked_stamp(pages[t3p], PW - ML - 560, it[2] - 170, seed_of(s, 3))
    tot = next(it for it in pages[t3p].items if it[0].startswith("四、结转"))  # heading and table kept together
    tick(pages[t3p], PW - ML + 40, tot[2] - 40, seed_of(s, 4))
    t4p = next(i for i, p in enumerate(pages) if any(it[0].lstrip("　").startswith("四、") and "行政复议" in it[0]
                                                      for it in p.items))
    last = max((it for it in pages[t4p].items if it[4] == "" and it[0].isdigit()), key=lambda it: it[2])
    seal(pages[t4p], PW - ML - 60, last[2] + 120, s["agency"], seed_of(s, 7), alpha=110)
    pi, x, y = s["_sign"]
    signature(pages[pi], x - 520, y - 10, seed_of(s, 9))
    seal(pages[pi], x + 200, y + 20, s["agency"], seed_of(s, 8))
    finals = [scan(p.img, 150, seed_of(s, i), angle=[0.35, -0.25, 0.45, -0.3][i % 4], tone=(246, 236, 206),
                   ink=28, colour=True) for i, p in enumerate(pages)]
    blobs = [jpeg(f, 72) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 150) for b in blobs], s["info"])


def p_photocopy2(s):
    pages = report_pages(s)
    finals = [photocopy2(p.img, 150, seed_of(s, i)) for i, p in enumerate(pages)]
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 150) for b in blobs], s["info"])


def p_stapled(s):
    """A stapled copy scanned without taking the staple out: the staple and its shadow in the top-left corner, a
    dog-eared corner (the margin only); 150 dpi, grey — colour when the copy is sealed."""
    pages = legacy_pages(s) if s["template"] == "LEGACY" else report_pages(s)
    if s.get("sealed"):
        pi, x, y = s["_sign"]
        seal(pages[pi], x + 200, y + 20, s["agency"], seed_of(s, 8))
    for i, p in enumerate(pages):
        staple(p, seed_of(s, 20 + i))
        folded_corner(p, seed_of(s, 30 + i), "br" if i % 2 == 0 else "tr")
    finals = [scan(p.img, 150, seed_of(s, i), angle=[-0.4, 0.3][i % 2], colour=s.get("sealed", False))
              for i, p in enumerate(pages)]
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 150) for b in blobs], s["info"])


def p_show_through(s):
    """A duplex print on thin paper: each page with the next page (printed on its back) showing through faintly,
    mirrored; grey 150 dpi."""
    pages = report_pages(s)
    imgs = [show_through(p.img, pages[i + 1].img if i + 1 < len(pages) else None, 0.10)
            for i, p in enumerate(pages)]
    finals = [scan(im, 150, seed_of(s, i), angle=[0.25, -0.35, 0.3, -0.2][i % 4]) for i, im in enumerate(imgs)]
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 150) for b in blobs], s["info"])


def p_punched_xubiao(s):
    """Pages taken out of a binder: two punched-hole shadows in the left margin; table 三 cut before （四） and
    continued on the next page under 「续表」 with its header rows; grey 150 dpi."""
    pages = report_pages(s, t3="split-hdr")
    finals = [punch_holes(scan(p.img, 150, seed_of(s, i), angle=[-0.3, 0.4, -0.2, 0.3][i % 4]), seed_of(s, 40 + i))
              for i, p in enumerate(pages)]
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 150) for b in blobs], s["info"])


def p_landscape_t3(s):
    """Table 三 printed on a landscape page and scanned upright with the rest (its text runs bottom to top); grey
    150 dpi, the seal on the signature."""
    pages = report_pages(s, t3="landscape")
    pi, x, y = s["_sign"]
    seal(pages[pi], x + 200, y + 20, s["agency"], seed_of(s, 8))
    finals = [scan(p.img, 150, seed_of(s, i), angle=[0.3, -0.4, 0.2, -0.3][i % 4], colour=True)
              for i, p in enumerate(pages)]
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 150) for b in blobs], s["info"])


def p_mixed_dpi(s):
    """A scanned PDF put together from different scans: A4 pages at 150 dpi, one page rescanned on a Letter-size
    bed at 120 dpi (a grey strip where the bed is longer), the last page at 96 dpi; each PDF page its picture's
    size at its resolution."""
    pages = report_pages(s)
    finals, dpis = [], []
    for i, p in enumerate(pages):
        if i == len(pages) - 1:
            dpi = 96
            im = scan(p.img, dpi, seed_of(s, i), angle=0.2, sd=1.5)
        elif i == 1:
            dpi = 120
            im = scan(p.img, dpi, seed_of(s, i), angle=-0.4)
            bed = Image.new("L", (round(8.5 * dpi), round(11 * dpi)), 96)
            bed.paste(im.crop((0, 0, min(im.size[0], bed.size[0]), min(im.size[1], bed.size[1]))), (0, 0))
            im = bed
            cut = bed.size[1] * DPI / dpi  # the foot of the A4 page beyond the Letter bed is not on the picture
            p.items = [it for it in p.items if it[2] + it[3] < cut]
        else:
            dpi = 150
            im = scan(p.img, dpi, seed_of(s, i), angle=0.3)
        finals.append(im)
        dpis.append(dpi)
    blobs = [jpeg(f, 72) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, d) for b, d in zip(blobs, dpis)], s["info"])


def p_zebra_hand(s):
    """A report whose tables are printed with white-on-dark-blue header rows and light-grey zebra body rows; table
    四's zero cells left empty in print and struck out by hand with a short ballpoint 「/」 each; colour 150 dpi
    scan."""
    pages = report_pages(s, hook=lambda pg, c, tx, ty, px, box: (
        hand_slash(pg, c, tx, ty, px, box) if s["placeholders"].get(c.key) == "/" else False), style="zebra")
    finals = [scan(p.img, 150, seed_of(s, i), angle=[0.2, -0.3, 0.35, -0.25][i % 4], tone=(251, 250, 246),
                   colour=True) for i, p in enumerate(pages)]
    blobs = [jpeg(f, 72) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 150) for b in blobs], s["info"])


def h_page_jpegs(s):
    """A CMS article whose body is the report's pages as low-resolution web JPEGs (1000 px wide, quality 68), one
    <img> a page, inline as data: URIs (a 'save as single file' copy); only the title and the info line are text."""
    from render import esc, page
    pages = report_pages(s)
    finals = []
    for i, p in enumerate(pages):
        im = p.img.convert("L").resize((1000, round(1000 * PH / PW)), Image.LANCZOS)
        im = Image.fromarray(_noise(np.asarray(im).astype(np.float32), seed_of(s, i), 1.2).astype(np.uint8))
        finals.append(im)
    blobs = [jpeg(f, 68) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "html-data-jpeg")
    imgs = "\n".join(f'<p style="text-align:center"><img src="data:image/jpeg;base64,{base64.b64encode(b).decode()}" '
                     f'width="800" alt="{esc(s["title"])}（第{i + 1}页）" /></p>' for i, b in enumerate(blobs))
    info = f'<div class="info">发布时间：{s["pub"]}　来源：{esc(s["agency"])}　浏览次数：{100 + len(s["id"]) * 7}</div>\n'
    return page(s["title"], f'<div class="article">\n<h1>{esc(s["title"])}</h1>\n{info}'
                f'<div class="TRS_Editor">\n{imgs}\n</div>\n</div>', s["site"]).encode("utf-8")


def d_page_scans(s):
    """A Word document holding the scanned report: one page picture (grey JPEG, 150 dpi) per page, each alone in its
    paragraph, a page break after each; table 三 continued on the next page without its header rows."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm
    from docxbase import new_doc, save
    pages = report_pages(s, t3="split-nohdr")
    finals = [scan(p.img, 150, seed_of(s, i), angle=[-0.2, 0.3, -0.35, 0.25][i % 4]) for i, p in enumerate(pages)]
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "docx-media")
    d = new_doc()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.2)
    sec.top_margin = sec.bottom_margin = Cm(1.0)
    for i, b in enumerate(blobs):
        par = d.add_paragraph()
        run = par.add_run()
        run.add_picture(io.BytesIO(b), height=Cm(26.5))
        if i < len(blobs) - 1:
            run.add_break(WD_BREAK.PAGE)
    return save(d)


__all__ = ["p_colour_checked", "p_photocopy2", "p_stapled", "p_show_through", "p_punched_xubiao", "p_landscape_t3",
           "p_mixed_dpi", "p_zebra_hand", "h_page_jpegs", "d_page_scans", "MT"]
