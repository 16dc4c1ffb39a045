"""w25fixb: a table pasted as a spreadsheet's screenshot (column letters above it, row numbers left of
it) is read without that furniture."""

import pytest

pytest.importorskip("rapidocr", reason="OCR group not installed (pip install 'xxgk[ocr]')")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from eval import scan  # noqa: E402
from extractor.ocr import read_page  # noqa: E402
from extractor.ocr_layout import page_items  # noqa: E402

T4_VALUES = ["6", "1", "0", "0", "7", "3", "0", "0", "0", "3", "6", "1", "0", "3", "10"]


def _sheet_shot() -> Image.Image:
    """Table 四's value row under a one-line header, as a spreadsheet screenshot: a grey strip of column
    letters above, a grey strip of row numbers left, light gridlines, the table's own rules dark."""
    cw, rh, left, top = 46, 34, 34, 26
    n = len(T4_VALUES)
    w, h = left + cw * n + 2, top + rh * 2 + 2
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(scan.FONT), 18)
    d.rectangle((0, 0, w, top), fill=233)
    d.rectangle((0, 0, left, h), fill=233)
    for i in range(n):
        x = left + cw * i
        d.line((x, 0, x, h), fill=212)
        letter = chr(65 + i)
        d.text((x + cw / 2 - font.getlength(letter) / 2, 3), letter, font=font, fill=80)
    for r, (label, cells) in enumerate((("2", ["行政复议"] + [""] * 4 + ["行政诉讼"]), ("3", T4_VALUES))):
        y = top + rh * r
        d.text((left / 2 - font.getlength(label) / 2, y + 7), label, font=font, fill=80)
        for i, t in enumerate(cells):
            x = left + cw * i
            span = 5 if r == 0 and i == 0 else (n - 5 if r == 0 and i == 5 else 1)
            if r == 0 and t == "":
                continue
            d.rectangle((x, y, x + cw * span, y + rh), outline=0, width=1)
            d.text((x + cw * span / 2 - font.getlength(t) / 2, y + 7), t, font=font, fill=0)
    return img


def test_a_spreadsheet_screenshot_reads_without_its_letters_and_row_numbers():
    items = page_items(read_page(_sheet_shot()))
    texts = [["".join(b.text for b in cell) for cell in cells] for _, _, cells in items]
    assert texts[-1] == T4_VALUES  # the value row, last: no row number 「3」 read after it
    assert not any(t[:1] in (["A"], ["2"], ["3"]) or t[:2] == ["A", "B"] for t in texts)
    assert len(texts) == 2  # the header row and the value row; no line of column letters
