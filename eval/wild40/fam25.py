"""Printers of eval/wild25: reports that are PICTURES — printed pages drawn with Pillow at 300 dpi (wqy-microhei),
then degraded as real publishers' copies are (a phone photo, a flatbed scan with a red seal, a fax, an A3 2-up
scan, pages turned, a hand-written correction), and wrapped as real files are (an image-only PDF, a multi-page
TIFF, a zip of JPEGs, a CMS page with spreadsheet screenshots, a DOCX with pasted pictures, a PDF with a garbage
text layer).

Each printer records the page model (every string drawn, in reading order, with a flag: "" printed, "furn" page
furniture such as page numbers and a spreadsheet's row numbers and column letters, "struck" a figure struck through
by hand, "hand" the figure written beside it, "seal" the seal's text) and a hash of every page's pixels in
s["model"]; make.py writes it to models/<id>.json for validate.py.
"""
from __future__ import annotations

import base64
import hashlib
import io
import math
import random
import zipfile
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from base import ctx
from fam12 import gridsx, marks
from grids import full
from model import T4_KINDS
from text import H19, H21, narrative

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DPI = 300
PW, PH = 2480, 3508  # A4 at 300 dpi
ML, MT, MB = 250, 300, 300
W = PW - 2 * ML
_FONTS: dict = {}


def font(px: int):
    if px not in _FONTS:
        _FONTS[px] = ImageFont.truetype(FONT, px)
    return _FONTS[px]


def pt(p: float) -> int:
    return round(p * DPI / 72)


def tw(t: str, px: int) -> float:
    return font(px).getlength(t)


def wrap(t: str, px: int, width: float) -> list[str]:
    out, cur = [], ""
    for ch in t:
        if tw(cur + ch, px) > width and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + [cur] if cur or not out else out


# ---------------------------------------------------------------- the printed page (model + drawing)

class Page:
    def __init__(self):
        self.img = Image.new("RGB", (PW, PH), "white")
        self.d = ImageDraw.Draw(self.img)
        self.items: list = []  # [text, x, y, px, flag]

    def text(self, t, x, y, px, flag="", fill=(0, 0, 0)):
        self.d.text((x, y), t, font=font(px), fill=fill)
        self.items.append([t, round(x), round(y), px, flag])

    def line(self, x0, y0, x1, y1, w=3, fill=(0, 0, 0)):
        self.d.line((x0, y0, x1, y1), fill=fill, width=w)


COLW = {"t2": [620, 450, 450, 460], "t3": [96, 236, 548] + [157] * 7, "t4": [132] * 15}
NC = {"t2": 4, "t3": 10, "t4": 15}


def table_layout(grid, name, px):
    cw = COLW[name]
    cw = [c * W / sum(cw) for c in cw]
    xs = [ML + sum(cw[:i]) for i in range(len(cw) + 1)]
    F = full(grid, NC[name])
    lh = round(px * 1.25)
    nrow = len(F)
    heights = [0] * nrow
    uniq = [(r, c, cell) for r, row in enumerate(F) for c, (cell, origin) in enumerate(row) if origin]
    need = {}
    for r, c, cell in uniq:
        width = xs[c + cell.cs] - xs[c] - 16
        lines = wrap(cell.text, px, width) if cell.text else [""]
        need[(r, c)] = (lines, len(lines) * lh + 24)
        if cell.rs == 1:
            heights[r] = max(heights[r], need[(r, c)][1])
    heights = [max(h, lh + 24) for h in heights]
    for r, c, cell in uniq:
        if cell.rs > 1:
            have = sum(heights[r:r + cell.rs])
            if have < need[(r, c)][1]:
                heights[r + cell.rs - 1] += need[(r, c)][1] - have
    return xs, heights, uniq, need, lh


def draw_table(pg: Page, y, grid, name, px, cell_hook=None):
    xs, hs, uniq, need, lh = table_layout(grid, name, px)
    ys = [y + sum(hs[:i]) for i in range(len(hs) + 1)]
    for r, c, cell in uniq:
        x0, x1, y0, y1 = xs[c], xs[c + cell.cs], ys[r], ys[r + cell.rs]
        pg.d.rectangle((x0, y0, x1, y1), outline=(0, 0, 0), width=3)
        lines = need[(r, c)][0]
        ty = (y0 + y1) / 2 - len(lines) * lh / 2
        for ln in lines:
            tx = (x0 + x1) / 2 - tw(ln, px) / 2
            if cell_hook and cell.key and cell_hook(pg, cell, tx, ty, px, (x0, y0, x1, y1)):
                pass
            elif ln:
                pg.text(ln, tx, ty, px)
            ty += lh
    return ys[-1]


def table_height(grid, name, px):
    return sum(table_layout(grid, name, px)[1])


def report_pages(s, cell_hook=None, tables_as=None, paras_sec1=None) -> list[Page]:
    """The report laid out on A4 pages: title, narrative, the three tables (whole, each moved to the next page when
    it does not fit), section 五, 六, signature, a page number 「- n -」 (furniture)."""
    N = narrative(s)
    H = H21 if s["template"] == "GF2021" else H19
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    body, tpx = pt(10.5), pt(s.get("tpt", 9))
    lh = round(body * 1.55)
    pages = [Page()]
    y = MT

    def newpage():
        nonlocal y
        pages.append(Page())
        y = MT

    def para(t, indent=True, bold=False):
        nonlocal y
        lines = wrap(("　　" if indent else "") + t, body, W)
        for ln in lines:
            if y + lh > PH - MB:
                newpage()
            pages[-1].text(ln, ML, y, body)
            y += lh

    tt = wrap(N["title"], pt(16), W)
    for ln in tt:
        pages[-1].text(ln, PW / 2 - tw(ln, pt(16)) / 2, y, pt(16))
        y += round(pt(16) * 1.6)
    y += 30
    para(N["intro"])
    para(H[0], indent=True)
    for p in (N["sec1"] if paras_sec1 is None else N["sec1"][:paras_sec1]):
        para(p)
    for i, name in ((1, "t2"), (2, "t3"), (3, "t4")):
        para(H[i])
        h = table_height(g[name], name, tpx)
        if y + h + 20 > PH - MB:
            newpage()
        y += 10
        y = draw_table(pages[-1], y, g[name], name, tpx, cell_hook) + 30
        for note in s.get("notes", {}).get(name, []):
            para(note, indent=False)
    para(H[4])
    for p in N["sec5"]:
        para(p)
    para(H[5])
    for p in N["sec6"]:
        para(p)
    y += 60
    sign_y = {}
    for t in (N["sign"], N["date"]):
        if y + lh > PH - MB:
            newpage()
        x = PW - ML - tw(t, body) - 80
        pages[-1].text(t, x, y, body)
        sign_y.setdefault("y", (len(pages) - 1, x, y))
        y += lh
    s["_sign"] = sign_y["y"]
    for i, pg in enumerate(pages):
        t = f"- {i + 1} -"
        pg.text(t, PW / 2 - tw(t, pt(9)) / 2, PH - 190, pt(9), "furn")
    return pages


def legacy_pages(s) -> list[Page]:
    """A LEGACY (old 条例) report: prose and the 统计表 (指标 | 单位 | 数量) drawn as a ruled table."""
    from base import legacy_blocks
    paras, table = legacy_blocks(s)
    body = pt(10.5)
    lh = round(body * 1.55)
    pages = [Page()]
    y = MT
    pg = pages[0]
    for ln in wrap(s["title"], pt(16), W):
        pg.text(ln, PW / 2 - tw(ln, pt(16)) / 2, y, pt(16))
        y += round(pt(16) * 1.6)
    y += 30
    for p in paras:
        for ln in wrap("　　" + p, body, W):
            if y + lh > PH - MB:
                pages.append(Page())
                pg, y = pages[-1], MT
            pg.text(ln, ML, y, body)
            y += lh
    if y + 90 * len(table) + 200 > PH - MB:
        pages.append(Page())
        pg, y = pages[-1], MT
    pg.text("附表：政府信息公开情况统计表", ML, y, body)
    y += lh + 10
    xs = [ML, ML + 1200, ML + 1500, ML + W]
    for row in table:
        pg.d.rectangle((xs[0], y, xs[3], y + 90), outline=(0, 0, 0), width=3)
        for c in range(3):
            pg.line(xs[c], y, xs[c], y + 90)
            t = row[c]
            if t:
                x = xs[c] + 20 if c == 0 else (xs[c] + xs[c + 1]) / 2 - tw(t, pt(10)) / 2
                pg.text(t, x, y + 24, pt(10))
        y += 90
    y += 80
    for t in (s["agency"], s["date"]):
        x = PW - ML - tw(t, body) - 80
        pg.text(t, x, y, body)
        s.setdefault("_sign", (len(pages) - 1, x, y))
        y += lh
    return pages


# ---------------------------------------------------------------- marks on the paper

def seal(pg: Page, cx, cy, name, seed, alpha=150, r=260):
    """A round red seal (ring, the body's name around the top, a star), semi-transparent over the page."""
    rng = random.Random(seed)
    lay = Image.new("RGBA", pg.img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    red = (214, 30, 36, alpha)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=16)
    # star
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = 80 if i % 2 == 0 else 32
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=red)
    px = 62
    n = len(name)
    span = min(250, 22 * n)
    for i, ch in enumerate(name):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = cx + (r - 70) * math.cos(a), cy + (r - 70) * math.sin(a)
        g = Image.new("RGBA", (px + 10, px + 10), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((5, 0), ch, font=font(px), fill=red)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC, expand=False)
        lay.alpha_composite(g, (round(x - (px + 10) / 2), round(y - (px + 10) / 2)))
    lay = lay.rotate(rng.uniform(-12, 12), center=(cx, cy), resample=Image.BICUBIC)
    base = pg.img.convert("RGBA")
    base.alpha_composite(lay)
    pg.img = base.convert("RGB")
    pg.d = ImageDraw.Draw(pg.img)
    pg.items.append([name, cx, cy, px, "seal"])


def signature(pg: Page, x, y, seed):
    """A pen signature (a few strokes) left of the signing line."""
    rng = random.Random(seed)
    pts = [(x + i * 22, y + 40 + rng.uniform(-28, 28)) for i in range(14)]
    pg.d.line(pts, fill=(20, 30, 90), width=6, joint="curve")


def hand_fix(pg: Page, text_new, x0, y0, x1, y1, typed, tx, ty, px):
    """A typed figure struck through by pen and the new figure written beside it (blue ink, slanted)."""
    pg.text(typed, tx - 34, ty, px, "struck")
    w = tw(typed, px)
    pg.line(tx - 44, ty + px * 0.75, tx - 24 + w, ty + px * 0.35, w=5, fill=(20, 40, 140))
    g = Image.new("RGBA", (160, 110), (0, 0, 0, 0))
    ImageDraw.Draw(g).text((10, 0), text_new, font=font(round(px * 1.35)), fill=(20, 40, 140, 255))
    g = g.rotate(8, resample=Image.BICUBIC)
    base = pg.img.convert("RGBA")
    base.alpha_composite(g, (round(tx + w - 14), round(ty - px * 0.55)))
    pg.img = base.convert("RGB")
    pg.d = ImageDraw.Draw(pg.img)
    pg.items.append([text_new, round(tx + w), round(ty - px * 0.5), round(px * 1.35), "hand"])


# ---------------------------------------------------------------- degradations (deterministic)

def _noise(a: np.ndarray, seed, sd):
    rng = np.random.default_rng(seed)
    return np.clip(a + rng.normal(0, sd, a.shape), 0, 255)


def seed_of(s, i=0):
    return int(hashlib.sha256(f"{s['id']}/{i}".encode()).hexdigest()[:8], 16)


def scan_grey(img: Image.Image, dpi, seed, angle=0.4, colour=False) -> Image.Image:
    """A flatbed scan: resampled to dpi, paper not quite white, a slight skew, sensor noise, a soft edge."""
    w, h = img.size
    img = img.resize((round(w * dpi / DPI), round(h * dpi / DPI)), Image.LANCZOS)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    a = np.asarray(img).astype(np.float32)
    a = 18 + a * (232 / 255)  # paper ~250, ink ~18
    a = _noise(a, seed, 2.5)
    out = Image.fromarray(a.astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.5))
    return out if colour else out.convert("L")


def fax(img: Image.Image, dpi, seed) -> Image.Image:
    w, h = img.size
    g = img.convert("L").resize((round(w * dpi / DPI), round(h * dpi / DPI)), Image.LANCZOS)
    g = g.rotate(0.6, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    rng = np.random.default_rng(seed)
    a = a + rng.normal(0, 18, a.shape)
    b = (a > 150)
    speck = rng.random(a.shape) < 0.0006
    b = np.where(speck, ~b, b)
    # a few horizontal streaks of the fax line
    for row in rng.integers(0, a.shape[0], 4):
        b[row, :] = np.where(rng.random(a.shape[1]) < 0.3, False, b[row, :])
    return Image.fromarray((b * 255).astype(np.uint8)).convert("1", dither=Image.Dither.NONE)


def photo(img: Image.Image, seed, long_side=1760) -> Image.Image:
    """A phone photo of a printed page lying on a desk: keystone, 1–3° rotation, lighting falling off to one side,
    a shadow band across the page, JPEG-ready RGB."""
    rng = random.Random(seed)
    w, h = img.size
    sc = long_side / (h * 1.1)
    pw, ph = round(w * sc), round(h * sc)
    page_img = img.resize((pw, ph), Image.LANCZOS)
    cw, ch = round(pw * 1.12), long_side
    canvas = Image.new("RGB", (cw, ch), (112, 96, 78))
    ox, oy = (cw - pw) // 2, (ch - ph) // 2
    canvas.paste(page_img, (ox, oy))
    canvas = canvas.rotate(rng.uniform(1.0, 3.0) * rng.choice((-1, 1)), resample=Image.BICUBIC,
                           fillcolor=(112, 96, 78))
    # keystone: the top edge narrower (the phone held a little below the page)
    k = rng.uniform(0.025, 0.045) * cw
    coeffs = _persp([(0, 0), (cw, 0), (cw, ch), (0, ch)], [(k, 0), (cw - k, 0), (cw, ch), (0, ch)])
    canvas = canvas.transform((cw, ch), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(112, 96, 78))
    a = np.asarray(canvas).astype(np.float32)
    yy, xx = np.mgrid[0:ch, 0:cw]
    light = 1.0 - 0.22 * (xx / cw) * rng.uniform(0.7, 1.0) - 0.08 * (yy / ch)
    band_y = rng.uniform(0.25, 0.7) * ch
    band = 1.0 - 0.22 * np.exp(-((yy - band_y - 0.15 * xx) / (0.06 * ch)) ** 2)
    a = a * (light * band)[..., None]
    a[..., 2] *= 0.94  # warm indoor light
    a = _noise(a, seed, 3.0)
    out = Image.fromarray(a.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return out


def _persp(src, dst):
    """Coefficients for Image.PERSPECTIVE mapping output (dst) points back to input (src) points."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    b = [c for p in src for c in p]
    return list(np.linalg.solve(np.array(m, dtype=float), np.array(b, dtype=float)))


def two_up(a: Image.Image, b: Image.Image | None) -> Image.Image:
    """Two A4 pages side by side on an A3 landscape sheet (a copier's 2-in-1), both at full size."""
    sheet = Image.new("RGB", (2 * PW + 120, PH + 80), "white")
    sheet.paste(a, (40, 40))
    if b is not None:
        sheet.paste(b, (PW + 80, 40))
    return sheet


# ---------------------------------------------------------------- carriers

def jpeg(img: Image.Image, q=70) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False, progressive=False, subsampling=2)
    return b.getvalue()


def png(img: Image.Image) -> bytes:
    b = io.BytesIO()
    img.save(b, "PNG", optimize=True)
    return b.getvalue()


def dec(b: bytes) -> Image.Image:
    im = Image.open(io.BytesIO(b))
    im.load()
    return im


def pix_hash(img: Image.Image) -> str:
    return hashlib.sha256(img.tobytes()).hexdigest()


def pdf_images(pages: list[tuple[bytes | Image.Image, int]], info: dict, text_layers=None) -> bytes:
    """An image-only PDF written by hand: one image a page (JPEG as /DCTDecode; a 1-bit image as /FlateDecode),
    the page as large as the image at its dpi. text_layers: per page, invisible (3 Tr) Helvetica lines
    [(bytes, x_pt, y_pt, size_pt)] — a scanner's broken OCR layer."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    cat = add(b"")
    pages_id = add(b"")
    font_id = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for i, (im, dpi) in enumerate(pages):
        if isinstance(im, bytes):
            pim = Image.open(io.BytesIO(im))
            w, h = pim.size
            cs = "/DeviceGray" if pim.mode == "L" else "/DeviceRGB"
            head = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} "
                    f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(im)} >>").encode()
            data = im
        else:
            w, h = im.size
            data = zlib.compress(im.tobytes(), 9)
            head = (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                    f"/BitsPerComponent 1 /Filter /FlateDecode /Length {len(data)} >>").encode()
        img_id = add(head + b"\nstream\n" + data + b"\nendstream")
        pw_, ph_ = w * 72 / dpi, h * 72 / dpi
        cs_ = f"q {pw_:.2f} 0 0 {ph_:.2f} 0 0 cm /Im0 Do Q\n".encode()
        if text_layers:
            cs_ += b"BT 3 Tr\n"
            for t, x, y, size in text_layers[i]:
                esc = t.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
                cs_ += f"/F1 {size:.1f} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm (".encode() + esc + b") Tj\n"
            cs_ += b"ET\n"
        c_id = add(f"<< /Length {len(cs_)} >>\nstream\n".encode() + cs_ + b"endstream")
        res = f"<< /XObject << /Im0 {img_id} 0 R >> /Font << /F1 {font_id} 0 R >> >>"
        kids.append(add(f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {pw_:.2f} {ph_:.2f}] "
                        f"/Resources {res} /Contents {c_id} 0 R >>".encode()))
    objs[cat - 1] = f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode()
    objs[pages_id - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
                          ).encode()
    inf = "<< " + " ".join(f"/{k} ({v})" for k, v in info.items()) + " >>"
    info_id = add(inf.encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + b + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info_id} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return bytes(out)


def record(s, pages: list[Page], finals: list[Image.Image], how: str, groups=None):
    """s["model"]: the strings drawn on each picture (in reading order) and the pixel hash of each picture."""
    groups = groups or [[i] for i in range(len(pages))]
    s["model"] = {"carrier": how, "pictures": [
        {"pages": [pages[i].items for i in grp], "size": list(im.size), "mode": im.mode, "sha256": pix_hash(im)}
        for grp, im in zip(groups, finals)]}


# ---------------------------------------------------------------- the printers

def p_scan_signed(s):
    """A county office's scanned signed copy: grey flatbed scan at s["dpi"] (150–200), the red seal over the
    signature (or over part of table 三: s["seal_on"] == "t3"), a pen signature; an image-only PDF."""
    pages = report_pages(s, paras_sec1=s.get("sec1n"))
    pi, x, y = s["_sign"]
    signature(pages[pi], x - 520, y - 10, seed_of(s, 9))
    if s.get("seal_on") == "t3":
        tp = next(i for i, p in enumerate(pages) if any(it[0].startswith("（五）不予") for it in p.items))
        it = next(it for it in pages[tp].items if it[0].startswith("（五）不予"))
        seal(pages[tp], ML + W * 0.70, it[2] + 40, s.get("seal_name", s["agency"]), seed_of(s, 7), alpha=120)
    seal(pages[pi], x + 200, y + 20, s.get("seal_name", s["agency"]), seed_of(s, 8))
    finals = [scan_grey(p.img, s["dpi"], seed_of(s, i), angle=[0.4, -0.3, 0.5, -0.2][i % 4], colour=True)
              for i, p in enumerate(pages)]
    blobs = [jpeg(f, 72) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, s["dpi"]) for b in blobs], s["info"])


def p_scan_grey_plain(s):
    """A plain grey scan (no seal), optionally with a page turned (s["turn"]: {page: degrees}) and a hand
    correction (s["fix"]: {key: typed figure})."""
    fix = s.get("fix", {})
    cell = ctx(s)

    def hook(pg, c, tx, ty, px, box):
        if c.key in fix:
            hand_fix(pg, cell(c.key), *box, fix[c.key] or str(int(cell(c.key)) + 1), tx, ty, px)
            return True
        return False
    pages = legacy_pages(s) if s["template"] == "LEGACY" else report_pages(s, hook, paras_sec1=s.get("sec1n"))
    if s.get("sealed"):
        pi, x, y = s["_sign"]
        seal(pages[pi], x + 200, y + 20, s["agency"], seed_of(s, 8))
    finals = []
    for i, p in enumerate(pages):
        g = scan_grey(p.img, s["dpi"], seed_of(s, i), angle=[-0.3, 0.5, -0.6, 0.2][i % 4], colour=s.get("sealed", False))
        turn = s.get("turn", {}).get(i)
        if turn:
            g = g.rotate(turn, expand=True)
        finals.append(g)
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, s["dpi"]) for b in blobs], s["info"])


def p_photo_pdf(s):
    """A phone photo of each printed page, one photo a page of a PDF (as a phone's scan app exports it)."""
    pages = report_pages(s, paras_sec1=s.get("sec1n"))
    finals = [photo(p.img, seed_of(s, i)) for i, p in enumerate(pages)]
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 200) for b in blobs], s["info"])


def p_fax(s):
    """A fax-like 1-bit scan at s["dpi"] (100–120), one page per PDF page, /FlateDecode bilevel."""
    pages = report_pages(s, paras_sec1=s.get("sec1n"))
    finals = [fax(p.img, s["dpi"], seed_of(s, i)) for i, p in enumerate(pages)]
    record(s, pages, finals, "pdf-bilevel")
    return pdf_images([(f, s["dpi"]) for f in finals], s["info"])


def p_two_up(s):
    """An A3 sheet holding two A4 pages side by side, scanned grey at s["dpi"]; one sheet a PDF page."""
    pages = report_pages(s, paras_sec1=s.get("sec1n"))
    groups = [list(range(i, min(i + 2, len(pages)))) for i in range(0, len(pages), 2)]
    finals = []
    for k, grp in enumerate(groups):
        sheet = two_up(pages[grp[0]].img, pages[grp[1]].img if len(grp) > 1 else None)
        finals.append(scan_grey(sheet, s["dpi"], seed_of(s, k), angle=0.3))
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct", groups)
    return pdf_images([(b, s["dpi"]) for b in blobs], s["info"])


def p_garbage_layer(s):
    """A scanner's PDF: the page pictures (grey, 200 dpi) under an invisible text layer whose text is garbage —
    every line's GBK bytes shown through a WinAnsi Helvetica (mojibake such as 「ÕþÎñ」)."""
    pages = report_pages(s, paras_sec1=s.get("sec1n"))
    finals = [scan_grey(p.img, 200, seed_of(s, i), angle=0.0) for i, p in enumerate(pages)]
    layers = []
    for p in pages:
        lay = []
        for t, x, y, px, flag in p.items:
            if flag:
                continue
            k = 72 / DPI
            lay.append((t.encode("gbk"), x * k, (PH - y - px) * k, px * k))
        layers.append(lay)
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(b) for b in blobs], "pdf-dct")
    return pdf_images([(b, 200) for b in blobs], s["info"], layers)


def t_multipage_tiff(s):
    """A scanner's multi-page TIFF: bilevel 200 dpi, CCITT Group 4, one page per frame."""
    pages = report_pages(s, paras_sec1=s.get("sec1n"))
    finals = [fax(p.img, 200, seed_of(s, i)) for i, p in enumerate(pages)]
    record(s, pages, finals, "tiff")
    b = io.BytesIO()
    finals[0].save(b, "TIFF", save_all=True, append_images=finals[1:], compression="group4", dpi=(200, 200))
    return b.getvalue()


def z_jpegs(s):
    """Phone photos of the pages, zipped as 「IMG_…jpg」 files (the order their names give)."""
    pages = legacy_pages(s) if s["template"] == "LEGACY" else report_pages(s, paras_sec1=s.get("sec1n"))
    finals = [photo(p.img, seed_of(s, i), long_side=1700) for i, p in enumerate(pages)]
    blobs = [jpeg(f, 70) for f in finals]
    record(s, pages, [dec(x) for x in blobs], "zip-jpeg")
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_STORED) as z:
        for i, x in enumerate(blobs):
            info = zipfile.ZipInfo(f"IMG_{s['year'] + 1}0115_0930{21 + i}.jpg", (s["year"] + 1, 1, 15, 9, 30, 21 + i))
            z.writestr(info, x)
    return b.getvalue()


# ---------------------------------------------------------------- tables as screenshots

def sheet_shot(grid, name, px=26) -> tuple[Image.Image, list]:
    """A spreadsheet screenshot of one table: column letters, row numbers, grey header strip, light gridlines,
    the table's own rules dark; the cell strings drawn with flags (letters and row numbers "furn")."""
    cwm = {"t2": [300, 200, 200, 200], "t3": [50, 130, 330] + [96] * 7, "t4": [90] * 15}[name]
    F = full(grid, NC[name])
    lh = px + 10
    rh = []
    uniq = [(r, c, cell) for r, row in enumerate(F) for c, (cell, origin) in enumerate(row) if origin]
    xs0 = 60
    xs = [xs0 + sum(cwm[:i]) for i in range(len(cwm) + 1)]
    heights = [lh + 8] * len(F)
    lines_of = {}
    for r, c, cell in uniq:
        lines = wrap(cell.text, px, xs[c + cell.cs] - xs[c] - 8) if cell.text else [""]
        lines_of[(r, c)] = lines
        if cell.rs == 1:
            heights[r] = max(heights[r], len(lines) * lh + 8)
    for r, c, cell in uniq:
        need = len(lines_of[(r, c)]) * lh + 8
        have = sum(heights[r:r + cell.rs])
        if have < need:
            heights[r + cell.rs - 1] += need - have
    top = 34
    ys = [top + sum(heights[:i]) for i in range(len(heights) + 1)]
    img = Image.new("RGB", (xs[-1] + 1, ys[-1] + 1), "white")
    d = ImageDraw.Draw(img)
    items = []
    d.rectangle((0, 0, img.size[0], top), fill=(233, 233, 233))
    d.rectangle((0, 0, xs0, img.size[1]), fill=(233, 233, 233))
    f = font(22)
    for i in range(len(cwm)):
        t = chr(65 + i)
        d.text(((xs[i] + xs[i + 1]) / 2 - f.getlength(t) / 2, 5), t, font=f, fill=(80, 80, 80))
        items.append([t, xs[i], 5, 22, "furn"])
        d.line((xs[i], 0, xs[i], img.size[1]), fill=(212, 212, 212))
    for r in range(len(F)):
        d.line((0, ys[r], img.size[0], ys[r]), fill=(212, 212, 212))
    for r, c, cell in uniq:
        x0, x1, y0, y1 = xs[c], xs[c + cell.cs], ys[r], ys[r + cell.rs]
        if r == 0:  # the row numbers, at each row's first cell
            pass
        d.rectangle((x0, y0, x1, y1), outline=(0, 0, 0), width=1)
    row_done = set()
    for r, c, cell in uniq:
        if r not in row_done:
            row_done.add(r)
            t = str(r + 1)
            d.text((xs0 / 2 - f.getlength(t) / 2, (ys[r] + ys[r + 1]) / 2 - 12), t, font=f, fill=(80, 80, 80))
            items.append([t, 8, ys[r], 22, "furn"])
        x0, x1, y0, y1 = xs[c], xs[c + cell.cs], ys[r], ys[r + cell.rs]
        lines = lines_of[(r, c)]
        ty = (y0 + y1) / 2 - len(lines) * lh / 2 + 4
        hdr = r < (3 if name == "t3" else (3 if name == "t4" else 0)) or not cell.key and name == "t2" and c > 0
        if hdr:
            d.rectangle((x0 + 1, y0 + 1, x1 - 1, y1 - 1), fill=(224, 224, 224))
        for ln in lines:
            if ln:
                x = x1 - 8 - tw(ln, px) if cell.key else (x0 + x1) / 2 - tw(ln, px) / 2
                d.text((x, ty), ln, font=font(px), fill=(0, 0, 0))
                items.append([ln, round(x), round(ty), px, ""])
            ty += lh
    return img, items


def h_sheet_shots(s):
    """A CMS page whose narrative is text and whose three tables are PNG screenshots of a spreadsheet (inline
    as data: URIs, as a 'save page, complete in one file' keeps them)."""
    from base import html_body
    from render import esc, page
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    shots, imgs = {}, []
    for name in ("t2", "t3", "t4"):
        im, items = sheet_shot(g[name], name)
        im = im.convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
        b = png(im)
        im = dec(b)
        imgs.append({"pages": [items], "size": list(im.size), "mode": im.mode, "sha256": pix_hash(im)})
        shots[name] = (f'<p style="text-align:center"><img src="data:image/png;base64,{base64.b64encode(b).decode()}" '
                       f'alt="" width="{im.size[0]}" /></p>')
    s["model"] = {"carrier": "html-data-png", "pictures": imgs}
    art = html_body(s, shots, p=lambda t: f'<p style="text-indent:2em">{esc(t)}</p>')
    info = (f'<div class="info">发布时间：{s["pub"]}　来源：{esc(s["agency"])}</div>\n')
    return page(s["title"], f'<div class="article">\n<h1>{esc(s["title"])}</h1>\n{info}'
                f'<div class="TRS_Editor">\n{art}\n</div>\n</div>', s["site"]).encode("utf-8")


def d_picture_tables(s):
    """A Word report whose narrative is Word text and whose three tables are pasted pictures (a screenshot of the
    tables, grey 150 dpi look, PNG), each in its own paragraph."""
    from docx.shared import Cm
    from base import blocks
    from docxbase import new_doc, save
    marks(s)
    cell = ctx(s)
    g = gridsx(s, cell)
    d = new_doc()
    imgs = []
    for kind, t in blocks(s):
        if kind in ("t2", "t3", "t4"):
            pg = Page()
            y = 60
            y = draw_table(pg, y, g[kind], kind, pt(9))
            im = pg.img.crop((ML - 20, 40, PW - ML + 20, y + 20)).convert("L")
            im = im.resize((round(im.size[0] * 0.5), round(im.size[1] * 0.5)), Image.LANCZOS)
            im = im.quantize(colors=16)
            b = png(im)
            im = dec(b)
            imgs.append({"pages": [[[it[0], it[1], it[2] - 40, it[3], it[4]] for it in pg.items]],
                         "size": list(im.size), "mode": im.mode, "sha256": pix_hash(im)})
            d.add_paragraph().add_run().add_picture(io.BytesIO(b), width=Cm(15.5))
        elif kind == "title":
            p = d.add_paragraph()
            p.alignment = 1
            p.add_run(t).bold = True
        elif kind == "sign":
            d.add_paragraph(t).alignment = 2
        else:
            d.add_paragraph(t)
    s["model"] = {"carrier": "docx-media", "pictures": imgs}
    return save(d)


__all__ = ["p_scan_signed", "p_scan_grey_plain", "p_photo_pdf", "p_fax", "p_two_up", "p_garbage_layer",
           "t_multipage_tiff", "z_jpegs", "h_sheet_shots", "d_picture_tables", "T4_KINDS"]
