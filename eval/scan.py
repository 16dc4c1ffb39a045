"""Corpus reports as scanned pages: the input of the OCR evaluation.

A PDF report's own pages are rendered by PDFium; a text, HTML or Markdown report is typeset here —
its narrative as paragraphs and its three tables drawn from the table spec in the official layout
(merged header cells, the vertical 「三、本年度办理结果」, group headers spanning their rows), each
cell showing what the report printed (a glued row stays glued: the scrape lost the separators, so
the digits run across the row as in the source). Then each page is made to look scanned: grey
paper, ink that is not black, a slight skew, blur, noise and specks, JPEG, 150–200 dpi. Ruled or
borderless tables, per report, from the seed.
"""

from __future__ import annotations

import io
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor import tablespec as ts
from extractor.schema import Report

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")  # Debian fonts-wqy-microhei


@dataclass
class TCell:
    r: int
    c: int
    text: str = ""
    rs: int = 1
    cs: int = 1
    vertical: bool = False


@dataclass
class TTable:
    title: str
    widths: Sequence[float]  # relative column widths
    cells: list[TCell]

    @property
    def n_rows(self) -> int:
        return max(c.r + c.rs for c in self.cells)


def _printed(report: Report) -> dict[str, str]:
    return {c.key: c.raw if not c.raw.startswith("glued") else "" for c in report.cells}


def _glued_rows(report: Report) -> dict[str, str]:
    """Row prefix (「t3.new」) → the digits printed glued for that row, as the source shows them."""
    spans: dict[str, tuple[int, int]] = {}
    for c in report.cells:
        if c.source in ("glued_split", "narrative_split") and c.span:
            row = c.key.rsplit(".", 1)[0]
            a, b = spans.get(row, (c.span.start, c.span.end))
            spans[row] = (min(a, c.span.start), max(b, c.span.end))
    return {row: report.text[a:b] for row, (a, b) in spans.items()}


def _values(
    t: TTable, row: int, col: int, keys: list[str], printed: dict[str, str], glued: dict[str, str], span: int = 1
) -> None:
    prefix = keys[0].rsplit(".", 1)[0] if keys else ""
    if prefix in glued:  # the row as the source printed it: one run of digits
        t.cells.append(TCell(row, col, glued[prefix], cs=span * len(keys)))
        return
    for i, k in enumerate(keys):
        t.cells.append(TCell(row, col + i * span, printed.get(k, ""), cs=span))


def table2(report: Report, printed: dict[str, str], glued: dict[str, str]) -> TTable:
    spec = ts.t2_spec(report.template.value)
    groups = (
        [
            ("第二十条第（一）项", ["reg", "norm"]),
            ("第二十条第（五）项", ["license"]),
            ("第二十条第（六）项", ["penalty", "coercion"]),
            ("第二十条第（八）项", ["fee"]),
        ]
        if spec is ts.T2_GF2021
        else [
            ("第二十条第（一）项", ["reg", "norm"]),
            ("第二十条第（五）项", ["license", "other_service"]),
            ("第二十条第（六）项", ["penalty", "coercion"]),
            ("第二十条第（八）项", ["fee"]),
            ("第二十条第（九）项", ["procurement"]),
        ]
    )
    t = TTable("二、主动公开政府信息情况", [3] + [1] * 6, [])
    r = 0
    for head, rows in groups:
        t.cells.append(TCell(r, 0, head, cs=7))
        first = spec.row(rows[0])
        span = 6 // len(first.cols)
        t.cells.append(TCell(r + 1, 0, "信息内容"))
        for i, label in enumerate(first.col_labels):
            t.cells.append(TCell(r + 1, 1 + i * span, label, cs=span))
        r += 2
        for key in rows:
            row = spec.row(key)
            t.cells.append(TCell(r, 0, row.label))
            _values(t, r, 1, [f"t2.{key}.{c}" for c in row.cols], printed, glued, 6 // len(row.cols))
            r += 1
    return t


def table3(report: Report, printed: dict[str, str], glued: dict[str, str]) -> TTable:
    spec = ts.t3_spec_of(printed)
    t = TTable(
        "三、收到和处理政府信息公开申请情况",
        [0.7, 2.2, 4.2] + [1] * 7,
        [
            TCell(0, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=3, cs=3),
            TCell(0, 3, "申请人情况", cs=7),
            TCell(1, 3, "自然人", rs=2),
            TCell(1, 4, "法人或其他组织", cs=5),
            TCell(1, 9, "总计", rs=2),
            *[TCell(2, 4 + i, ts.T3_COL_LABELS[c]) for i, c in enumerate(ts.T3_APPLICANTS[1:])],
        ],
    )
    results = ts.t3_result_rows(spec)
    r = 3
    group_rows: dict[str, int] = {}
    for row in spec.rows:
        if row.parent:
            group_rows[row.parent] = group_rows.get(row.parent, 0) + 1
    started: set[str] = set()
    for row in spec.rows:
        keys = [f"t3.{row.key}.{c}" for c in ts.T3_COLS]
        if row.key == "r1":
            n = sum(1 for x in spec.rows if x.key in results or x.parent)
            t.cells.append(TCell(r, 0, "三、本年度办理结果", rs=n, vertical=True))
        if row.key in ("new", "carry_in", "carry_out"):
            t.cells.append(TCell(r, 0, row.label, cs=3))
        elif row.parent:
            if row.parent not in started:
                started.add(row.parent)
                t.cells.append(TCell(r, 1, ts.T3_GROUP_HEADERS[row.parent].label, rs=group_rows[row.parent]))
            t.cells.append(TCell(r, 2, row.label))
        else:
            t.cells.append(TCell(r, 1, row.label, cs=2))
        _values(t, r, 3, keys, printed, glued)
        r += 1
    return t


def table4(report: Report, printed: dict[str, str], glued: dict[str, str]) -> TTable:
    t = TTable(
        "四、政府信息公开行政复议、行政诉讼情况",
        [1] * 15,
        [
            TCell(0, 0, "行政复议", cs=5),
            TCell(0, 5, "行政诉讼", cs=10),
            *[TCell(1, i, ts.T4_COL_LABELS[c], rs=2) for i, c in enumerate(ts.T4_COLS)],
            TCell(1, 5, "未经复议直接起诉", cs=5),
            TCell(1, 10, "复议后起诉", cs=5),
            *[TCell(2, 5 + j * 5 + i, ts.T4_COL_LABELS[c]) for j in range(2) for i, c in enumerate(ts.T4_COLS)],
        ],
    )
    keys = [f"t4.{g}.{c}" for g in ts.T4_GROUPS for c in ts.T4_COLS]
    if "t4" in glued:
        t.cells.append(TCell(3, 0, glued["t4"], cs=15))
    else:
        t.cells += [TCell(3, i, printed.get(k, "")) for i, k in enumerate(keys)]
    return t


class Typesetter:
    """A4 pages at `dpi`, filled top to bottom with paragraphs and tables."""

    def __init__(self, dpi: int, ruled: bool):
        from PIL import Image, ImageDraw, ImageFont

        self.Image, self.ImageDraw = Image, ImageDraw
        self.dpi, self.ruled = dpi, ruled
        self.w, self.h = int(8.27 * dpi), int(11.69 * dpi)
        self.margin = int(0.9 * dpi)
        self.body = ImageFont.truetype(str(FONT), int(11 / 72 * dpi))
        self.small = ImageFont.truetype(str(FONT), int(8.5 / 72 * dpi))
        self.pages: list = []
        self._new_page()

    def _new_page(self) -> None:
        self.page = self.Image.new("L", (self.w, self.h), 255)
        self.draw = self.ImageDraw.Draw(self.page)
        self.pages.append(self.page)
        self.y = self.margin

    def _wrap(self, text: str, font, width: float) -> list[str]:
        lines, cur = [], ""
        for ch in text:
            if cur and self.draw.textlength(cur + ch, font=font) > width:
                lines.append(cur)
                cur = ""
            cur += ch
        return lines + ([cur] if cur else [])

    def paragraph(self, text: str, indent: bool = True) -> None:
        line_h = int(self.body.size * 1.6)
        width = self.w - 2 * self.margin
        for line in self._wrap(("　　" if indent else "") + text, self.body, width):
            if self.y + line_h > self.h - self.margin:
                self._new_page()
            self.draw.text((self.margin, self.y), line, font=self.body, fill=0)
            self.y += line_h

    def table(self, t: TTable) -> None:
        self.paragraph(t.title, indent=False)
        font = self.small
        line_h = int(font.size * 1.35)
        pad = int(font.size * 0.35)
        total_w = self.w - 2 * self.margin
        unit = total_w / sum(t.widths)
        xs: list[float] = [self.margin]
        for wdt in t.widths:
            xs.append(xs[-1] + wdt * unit)
        heights = [line_h + 2 * pad] * t.n_rows
        for c in t.cells:
            if c.rs == 1 and not c.vertical:
                lines = self._wrap(c.text, font, xs[c.c + c.cs] - xs[c.c] - 2 * pad) or [""]
                heights[c.r] = max(heights[c.r], len(lines) * line_h + 2 * pad)
        ys, page_of, y = [], [], self.y + pad
        page = len(self.pages) - 1
        for hgt in heights:  # page breaks between rows
            if y + hgt > self.h - self.margin:
                y = self.margin
                page += 1
            ys.append(y)
            page_of.append(page)
            y += hgt
        while len(self.pages) <= page_of[-1]:
            self._new_page()
        width = max(1, self.dpi // 100)
        for c in t.cells:
            last = c.r + c.rs - 1
            pages = sorted({page_of[r] for r in range(c.r, last + 1)})
            for p in pages:
                rows = [r for r in range(c.r, last + 1) if page_of[r] == p]
                x0, x1 = xs[c.c], xs[c.c + c.cs]
                y0, y1 = ys[rows[0]], ys[rows[-1]] + heights[rows[-1]]
                draw = self.ImageDraw.Draw(self.pages[p])
                if self.ruled:
                    draw.rectangle((x0, y0, x1, y1), outline=0, width=width)
                if p != pages[0] or not c.text:
                    continue
                inner = 1 if c.vertical else x1 - x0 - 2 * pad
                lines = list(c.text) if c.vertical else self._wrap(c.text, font, inner)
                ty = (y0 + y1) / 2 - len(lines) * line_h / 2
                for line in lines:
                    tw = draw.textlength(line, font=font)
                    draw.text(((x0 + x1) / 2 - tw / 2, ty), line, font=font, fill=0)
                    ty += line_h
        self.page = self.pages[-1]
        self.draw = self.ImageDraw.Draw(self.page)
        self.y = ys[-1] + heights[-1] + line_h


def typeset(report: Report, dpi: int, ruled: bool, tables_only: bool = False) -> list:
    """Pages (PIL, grey, clean) of a text/HTML/Markdown report."""
    ts_ = Typesetter(dpi, ruled)
    text = report.text
    span = report.tables_span
    before, after = (text[: span.start], text[span.end :]) if span else (text, "")
    if tables_only and span:
        before = (report.title or "") + "\n"
        after = ""
    for line in before.split("\n"):
        if line.strip() and not _MARKUP.fullmatch(line):
            ts_.paragraph(line.strip().replace(" | ", "　"), indent=False)
    if span:
        printed, glued = _printed(report), _glued_rows(report)
        for make in (table2, table3, table4):
            ts_.table(make(report, printed, glued))
    for line in after.split("\n"):
        if line.strip() and not _MARKUP.fullmatch(line):
            ts_.paragraph(line.strip().replace(" | ", "　"), indent=False)
    return ts_.pages


_MARKUP = re.compile(r"[\s|:\-]+")  # a Markdown table rule left in the text: markup, never printed


def render_pdf(data: bytes, dpi: int, pages: list[int] | None = None) -> list:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        wanted = pages or list(range(len(pdf)))
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in wanted]  # pyright: ignore[reportArgumentType]  (a float scale is fine)
    finally:
        pdf.close()


# (w25fixa) how a report's pages reach the reader besides a plain scan: fed turned (the odd pages upside down, the
# even ones a quarter turned on a landscape sheet) or photographed by phone on a desk (keystone, light falling off,
# a shadow band); half the reports, chosen by the report and the seed
FAMILIES = ("scan", "scan", "turned", "photo")


def family(report_id: str, seed: int) -> str:
    return random.Random(f"{seed}:{report_id}:carrier").choice(FAMILIES)


def scanned(page, rng: random.Random, kind: str = "scan", k: int = 0):
    """One clean page made to look like a scan; `kind` (`FAMILIES`) other than 「scan」: the scan then turned or
    photographed, page `k` of the report (its own draws: a plain scan's are the same whatever the kind)."""
    img = _scan(page, rng)
    if kind == "turned":
        return img.rotate(180 if k % 2 == 0 else 90, expand=True)
    if kind == "photo":
        return photographed(img, random.Random(f"photo:{k}:{img.size}"))
    return img


def photographed(page, rng: random.Random):
    """A page photographed by phone on a desk: a darker ground around it, the top edge narrower (keystone), a
    1–2.5° turn, light falling off to one side, a diagonal shadow band; JPEG."""
    import numpy as np
    from PIL import Image

    w, h = page.size
    cw, ch = round(w * 1.14), round(h * 1.1)
    canvas = Image.new("L", (cw, ch), 95)
    canvas.paste(page, ((cw - w) // 2, (ch - h) // 2))
    canvas = canvas.rotate(rng.choice((-1, 1)) * rng.uniform(1.0, 2.5), resample=Image.Resampling.BICUBIC, fillcolor=95)
    kx = rng.uniform(0.025, 0.045) * cw  # where the top corners are drawn from: the top edge narrower
    canvas = canvas.transform(
        (cw, ch), Image.Transform.PERSPECTIVE, _persp(cw, ch, kx), Image.Resampling.BICUBIC, fillcolor=95
    )
    a = np.asarray(canvas, dtype=np.float32)
    yy, xx = np.mgrid[0:ch, 0:cw]
    light = 1.0 - 0.2 * (xx / cw) * rng.uniform(0.7, 1.0) - 0.08 * (yy / ch)
    band_y = rng.uniform(0.25, 0.7) * ch
    band = 1.0 - 0.2 * np.exp(-(((yy - band_y - 0.15 * xx) / (0.06 * ch)) ** 2))
    out = Image.fromarray(np.clip(a * light * band, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=70)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def _persp(w: int, h: int, k: float) -> list[float]:
    """PIL PERSPECTIVE coefficients mapping the output (top corners drawn k inwards) back to the input rectangle."""
    import numpy as np

    src = [(0, 0), (w, 0), (w, h), (0, h)]
    dst = [(k, 0), (w - k, 0), (w, h), (0, h)]
    m, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        m += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        b += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(m, dtype=float), np.array(b, dtype=float))]


def _scan(page, rng: random.Random):
    import numpy as np
    from PIL import Image, ImageFilter

    page = colour_ink(sheet_furniture(page))
    img = page.rotate(rng.choice((-1, 1)) * rng.uniform(0.3, 1.2), resample=Image.Resampling.BICUBIC, fillcolor="white")
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    a = np.asarray(img, dtype=np.float32) / 255.0
    paper, ink = rng.uniform(210, 240), rng.uniform(25, 70)
    a = ink + (paper - ink) * a
    nrng = np.random.default_rng(rng.randrange(2**32))
    a += nrng.normal(0, rng.uniform(5, 11), a.shape)
    specks = nrng.random(a.shape) < 0.0004
    a[specks] = ink
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), page.mode)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=rng.randint(60, 80))
    return Image.open(io.BytesIO(buf.getvalue())).convert(page.mode)


def as_pdf(pages: list, dpi: int) -> bytes:
    """Scanned pages as an image-only PDF, the way a scanner delivers them."""
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def sheet_furniture(page):
    """w25fixb: a table printed from a spreadsheet shows the sheet's furniture — its row numbers (1 2 3 …)
    in the margin left of each ruled table and, where the space above the table is blank, its column
    letters (A B C …) over the columns of the table's first row. The report prints neither: the reader
    must drop them. Deterministic (no draw from the page's random stream); a page with no ruled table
    is returned as it was."""
    import numpy as np
    from PIL import ImageDraw, ImageFont

    from extractor.ocr import find_rules
    from extractor.ocr_layout import _Grid

    gray = np.asarray(page.convert("L"))
    hrules, vrules = find_rules(gray)
    grid = _Grid(hrules, vrules, gray.shape[0])
    if not grid.tables:
        return page
    page = page.copy()
    draw = ImageDraw.Draw(page)
    for first, end in zip(grid.tables, [*grid.tables[1:], len(grid.bands)]):
        bands = grid.bands[first:end]
        left = min(slots[0][0] for _, _, slots in bands)
        size = max(8, min(int(0.6 * min(y1 - y0 for y0, y1, _ in bands)), 24))
        font = ImageFont.truetype(str(FONT), size)
        if left < 3 * size:
            continue
        for k, (y0, y1, _) in enumerate(bands, 1):
            t = str(k)
            draw.text((left - 1.5 * size - font.getlength(t) / 2, (y0 + y1) / 2 - size / 2), t, font=font, fill=90)
        top, edges = bands[0][0], grid.edges(range(first, end))
        strip = gray[max(0, int(top - 2 * size)) : int(top - 3), int(left) : int(edges[-1])]
        if top > 3 * size and strip.size and strip.min() > 200:
            for i, (x0, x1) in enumerate(list(zip(edges, edges[1:]))[:26]):
                t = chr(65 + i)
                draw.text(((x0 + x1) / 2 - font.getlength(t) / 2, top - 1.4 * size), t, font=font, fill=90)
    return page


def colour_ink(page):
    """w26fix: a colour print and what the paper met, on half the ruled pages (chosen by the page itself, no draw
    from its random stream): each table's header cells printed white on dark blue (their rules light), its body
    rows zebra-shaded light grey; a blue double-framed 「已核对」 stamp over the first table's top right corner, a
    blue ballpoint tick beside a row, and a semi-transparent red seal over the last table's lower right corner. The
    figures under the inks stay black: the reader reads them through (`ocr.to_gray`). The page comes back in
    colour (RGB) — or as it was, untouched."""
    import zlib

    import numpy as np
    from PIL import Image, ImageDraw, ImageFont

    from extractor.ocr import find_rules
    from extractor.ocr_layout import _Grid

    gray = np.asarray(page.convert("L"))
    if zlib.crc32(gray[::7, ::7].tobytes()) % 2:
        return page
    hrules, vrules = find_rules(gray)
    grid = _Grid(hrules, vrules, gray.shape[0])
    if not grid.tables:
        return page
    import cv2

    rgb = np.dstack([gray] * 3).astype(np.uint8)
    paper = (gray > 160).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(paper, connectivity=4)
    boxes = []
    for first, end in zip(grid.tables, [*grid.tables[1:], len(grid.bands)]):
        bands = grid.bands[first:end]
        top, bottom = bands[0][0], bands[-1][1]
        left, right = min(s[0][0] for _, _, s in bands), max(s[-1][1] for _, _, s in bands)
        boxes.append((left, top, right, bottom))
        cells = [
            (int(x), int(y), int(x + w), int(y + h), i)
            for i, (x, y, w, h, _a) in enumerate(stats)
            if i and x >= left - 3 and x + w <= right + 3 and y >= top - 3 and y + h <= bottom + 3 and w > 8 and h > 8
        ]
        head = min((c[3] for c in cells if c[1] <= top + 8), default=top)
        for c in cells:  # the header: the cells of the first row and those beside the tallest of them
            if c[1] <= top + 8:
                head = max(head, c[3])
        band_h = sorted(y1 - y0 for y0, y1, _ in bands)[len(bands) // 2]
        body = [b for b in bands if b[0] >= head - 3]
        for x0, y0, x1, y1, i in cells:
            mine = labels[y0:y1, x0:x1] == i
            block = rgb[y0:y1, x0:x1]
            if y0 < head - 3:  # white on dark blue: the cell's paper the fill, its glyphs white
                v = gray[y0:y1, x0:x1, None].astype(np.float32) / 255.0
                block[:] = np.array((31, 56, 100)) * v + np.array((250, 250, 250)) * (1 - v)
            else:
                k = next((j for j, b in enumerate(body) if b[0] - 3 <= y0 <= b[1]), 0)
                if k % 2 and y1 - y0 <= 1.5 * band_h:
                    block[mine] = (228, 228, 228)
        if head > top + 8:  # the rules inside the header light (a dark rule on the fill is not seen)
            hx = slice(int(left) - 3, int(right) + 4)
            hy = slice(int(top) - 3, int(head) + 4)
            rule = (gray[hy, hx] < 160) & (rgb[hy, hx, 2] < 160)
            rgb[hy, hx][rule] = (150, 150, 150)
    out = Image.fromarray(rgb, "RGB").convert("RGBA")
    lay = Image.new("RGBA", out.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    h = gray.shape[0]
    u = h / 1754  # a 150 dpi A4 page's pixels
    left, top, right, _ = boxes[0]
    blue, red = (30, 70, 190, 160), (210, 40, 40, 110)
    sx, sy = right - 230 * u, top - 60 * u
    d.rectangle((sx, sy, sx + 250 * u, sy + 100 * u), outline=blue, width=max(2, round(6 * u)))
    d.rectangle((sx + 12 * u, sy + 12 * u, sx + 238 * u, sy + 88 * u), outline=blue, width=max(1, round(3 * u)))
    font = ImageFont.truetype(str(FONT), max(12, round(50 * u)))
    d.text((sx + 50 * u, sy + 20 * u), "已核对", font=font, fill=blue)
    ty = (top + boxes[0][3]) / 2
    d.line(
        [(right + 25 * u, ty), (right + 36 * u, ty + 14 * u), (right + 60 * u, ty - 18 * u)],
        fill=blue,
        width=max(2, round(4 * u)),
    )
    _, _, right, bottom = boxes[-1]
    r = 95 * u
    cx, cy = right - 40 * u, bottom + 20 * u
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(3, round(7 * u)))
    d.regular_polygon((cx, cy, 30 * u), 5, fill=red)
    small = ImageFont.truetype(str(FONT), max(10, round(26 * u)))
    for j, ch in enumerate("某某县人民政府"):
        a = np.deg2rad(200 + j * 23)
        d.text((cx + 0.7 * r * np.cos(a) - 12 * u, cy + 0.7 * r * np.sin(a) - 12 * u), ch, font=small, fill=red)
    out.alpha_composite(lay)
    return out.convert("RGB")
