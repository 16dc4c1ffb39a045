"""A red seal (公章) stamped over table 三 of a scanned report: in grey its ink hid the figures under it (a colour
scan of wild25 read 24 zeros as blank). `ocr.to_gray` reads a seal's red ink as paper and keeps the black under
it; a red letterhead or title line (a wide bar of glyphs, no seal's shape) stays ink to be read. PDF pages are
rendered in colour for it (`ocr_load.render_pdf_page`)."""

from __future__ import annotations

import io

import numpy as np
import pytest

pytest.importorskip("rapidocr", reason="OCR group not installed (pip install 'xxgk[ocr]')")
from PIL import Image, ImageChops, ImageDraw, ImageFont  # noqa: E402

from eval import scan  # noqa: E402
from extractor import ocr  # noqa: E402
from extractor.document import TextBuilder  # noqa: E402
from extractor.ocr_load import ocr_image_into  # noqa: E402

ROW = ["0", "0", "0", "0", "0", "0", "0"]


def _page(seal: bool = True, letterhead: bool = True) -> Image.Image:
    """A ruled row of seven zeros under a label, a red letterhead above, a seal over the middle of the row."""
    w, h = 1000, 420
    img = Image.new("RGB", (w, h), (236, 234, 230))
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(scan.FONT), 26)
    if letterhead:
        big = ImageFont.truetype(str(scan.FONT), 48)
        d.text((150, 20), "某某县人民政府办公室文件", font=big, fill=(205, 30, 30))
    d.text((40, 200), "重复申请", font=font, fill=(30, 30, 30))
    x0, cw = 230, 100
    for i, t in enumerate(ROW):
        x = x0 + cw * i
        d.rectangle((x, 180, x + cw, 250), outline=(30, 30, 30), width=2)
        d.text((x + cw / 2 - 7, 200), t, font=font, fill=(30, 30, 30))
    if seal:  # the stamp: a thick red ring and a star, its ink laid over the page (multiplied, as ink is)
        stamp = Image.new("RGB", (w, h), (255, 255, 255))
        s = ImageDraw.Draw(stamp)
        cx, cy, r = 560, 215, 120
        s.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(215, 60, 60), width=9)
        s.regular_polygon((cx, cy, 38), 5, fill=(215, 60, 60))
        s.text((cx - 80, cy - 95), "某某县人民政府", font=font, fill=(215, 60, 60))
        img = ImageChops.multiply(img, stamp)
    return img


def test_the_seals_ink_reads_as_paper_and_the_black_under_it_stays():
    img = _page()
    grey = ocr.to_gray(img)
    plain = np.asarray(img.convert("L"))
    ring = (560, 215 - 120 + 4)  # a pixel of the ring, on paper
    assert plain[ring[1], ring[0]] < 140 and grey[ring[1], ring[0]] > 180  # dark before, paper now
    star = (560, 215)  # the star, over the ruled cell's paper
    assert grey[star[1], star[0]] > 180
    # the black under the seal (a cell's rule) stays dark
    assert grey[250, 530] < 90


def test_a_red_letterhead_is_still_ink():
    grey = ocr.to_gray(_page(seal=False))
    assert (grey[20:80, 150:700] < 120).mean() > 0.05  # the title's glyphs, not turned to paper
    grey = ocr.to_gray(_page())
    assert (grey[20:80, 150:700] < 120).mean() > 0.05


def test_zeros_under_a_seal_are_read():
    buf = io.BytesIO()
    _page().save(buf, "PNG")
    out, marks = TextBuilder(), []
    ocr_image_into(out, buf.getvalue(), 1, marks)
    assert " | ".join(ROW) in out.text(), out.text()
