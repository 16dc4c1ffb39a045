"""w26fix: colour pages whose print met other inks and fills (eval/wild26: a zebra-printed report read table 三 0/175,
a checked and sealed copy table 四 0/15). Cells printed white on a dark-blue header fill read as dark on paper
(`ocr._uninvert`: binarised as they were, no header was recognised); a blue rubber stamp or a red seal is read in
its ink's own channel, its blurred fringes with it (`ocr._stamps`: the fringes of a seal over table 四 were read as
glyphs and broke the row); a short slanted ballpoint stroke striking out an empty cell, read 「1」 by the
recogniser, reads 「/」 (`ocr.slashes`) — never a figure. Each page is built here (Pillow) and read by the real OCR."""

from __future__ import annotations

import io

import numpy as np
import pytest

pytest.importorskip("rapidocr", reason="OCR group not installed (pip install 'xxgk[ocr]')")
from PIL import Image, ImageDraw, ImageFilter, ImageFont  # noqa: E402

from eval import scan  # noqa: E402
from extractor import ocr  # noqa: E402
from extractor.document import TextBuilder  # noqa: E402
from extractor.ocr_load import ocr_image_into  # noqa: E402

HEAD = ["结果维持", "结果纠正", "其他结果", "总计"]


def _font(px: int):
    return ImageFont.truetype(str(scan.FONT), px)


def _table(rows: list[list[str]], zebra: bool = True) -> Image.Image:
    """A ruled table: a label column, its header row white on dark blue (grey rules), body rows alternately
    shaded light grey (else its body ruled black)."""
    labels = ["", "行政复议", "行政诉讼", "复议后起诉"]
    cw, lw, rh, x0, y0 = 150, 190, 54, 30, 40
    w, h = x0 * 2 + lw + cw * len(HEAD), y0 * 2 + rh * (len(rows) + 1)
    img = Image.new("RGB", (w, h), (250, 249, 245))
    d = ImageDraw.Draw(img)
    font = _font(24)
    for r, row in enumerate([HEAD, *rows]):
        y = y0 + rh * r
        cells = [labels[r], *row]
        for c, t in enumerate(cells):
            x = x0 + (0 if c == 0 else lw + cw * (c - 1))
            box = (x, y, x + (lw if c == 0 else cw), y + rh)
            fill, ink = None, (25, 25, 25)
            if r == 0:
                fill, ink = (31, 56, 100), (255, 255, 255)
            elif zebra and r % 2 == 0:
                fill = (226, 226, 226)
            d.rectangle(box, fill=fill, outline=(120, 120, 120) if zebra or r == 0 else (30, 30, 30), width=2)
            if t:
                d.text(((box[0] + box[2]) / 2 - font.getlength(t) / 2, y + 13), t, font=font, fill=ink)
    return img.filter(ImageFilter.GaussianBlur(0.5))


def _read(img: Image.Image) -> str:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    out = TextBuilder()
    ocr_image_into(out, buf.getvalue(), 1, [])
    return out.text()


def test_a_header_printed_white_on_dark_blue_reads_as_a_header():
    text = _read(_table([["6", "1", "0", "7"], ["0", "2", "1", "3"], ["5", "0", "0", "5"]]))
    assert " | ".join(HEAD) in text, text
    assert "行政诉讼 | 0 | 2 | 1 | 3" in text, text


def test_the_fill_reads_as_paper_and_its_glyphs_as_ink():
    img = _table([["6", "1", "0", "7"]], zebra=False)
    grey = ocr.to_gray(img)
    cell = grey[44:90, 30 + 190 + 10 : 30 + 190 + 140]  # the first header cell: blue fill, white glyphs
    assert np.median(cell) > 200  # the fill is paper now
    assert (cell < 100).mean() > 0.03  # and its glyphs ink
    # black text on paper is never taken for a fill: a page of plain words is as it was
    plain = Image.new("L", (600, 200), 245)
    ImageDraw.Draw(plain).text((20, 60), "本年新收政府信息公开申请数量", font=_font(36), fill=20)
    assert (ocr.to_gray(plain) == np.asarray(plain)).all()


def test_a_hand_slash_read_as_one_reads_as_the_mark_and_a_printed_one_stays_a_one():
    # (the recogniser's box of a struck-out cell: 「1」 at 0.5–0.9 in eval/wild26's zebra-printed report)
    img = Image.new("L", (200, 80), 250)
    ImageDraw.Draw(img).text((80, 15), "1", font=_font(40), fill=20)
    grey = np.asarray(img)
    box = ocr.Box("1", 1.0, 78, 12, 106, 66)
    assert ocr.slashes(grey, [box])[0].text == "1"
    img2 = Image.new("L", (200, 80), 250)
    ImageDraw.Draw(img2).line((84, 60, 102, 16), fill=30, width=4)  # the hand's stroke, leaning right
    assert ocr.slashes(np.asarray(img2), [ocr.Box("1", 0.6, 78, 12, 106, 66)])[0].text == "/"


def _stamped(colour: tuple[int, int, int, int], seal: bool) -> Image.Image:
    """A ruled row of figures with a stamp laid over its right half: a blue double-framed 「已核对」 or a red ring."""
    base = _table([["10", "6", "0", "16"], ["0", "0", "0", "0"], ["5", "0", "0", "5"]], zebra=False).convert("RGBA")
    lay = Image.new("RGBA", base.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    if seal:
        cx, cy, r = 690, 190, 95
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=7)
        d.regular_polygon((cx, cy, 26), 5, fill=colour)
        for j, ch in enumerate("某某县卫生健康委员会"):
            a = np.deg2rad(160 + j * 24)
            d.text((cx + 0.72 * r * np.cos(a) - 11, cy + 0.72 * r * np.sin(a) - 11), ch, font=_font(22), fill=colour)
    else:
        x, y = 520, 120
        d.rectangle((x, y, x + 260, y + 110), outline=colour, width=7)
        d.rectangle((x + 14, y + 14, x + 246, y + 96), outline=colour, width=3)
        d.text((x + 40, y + 22), "已核对", font=_font(58), fill=colour)
    base.alpha_composite(lay)
    return base.convert("RGB").filter(ImageFilter.GaussianBlur(0.6))


@pytest.mark.parametrize(("colour", "seal"), [((30, 70, 190, 150), False), ((210, 40, 40, 110), True)])
def test_figures_under_a_stamp_of_any_ink_are_read(colour, seal):
    text = _read(_stamped(colour, seal))
    assert "行政诉讼 | 0 | 0 | 0 | 0" in text, text
    assert "复议后起诉 | 5 | 0 | 0 | 5" in text, text
    assert "已核对" not in text and "健康" not in text, text
