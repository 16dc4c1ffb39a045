"""w25fixb: table 四 pasted as a picture (a DOCX drawing, an HTML <img>) is a wide strip — two header rows
and one row of figures, under 200 pixels tall — and is read like any picture, not skipped as an icon."""

import io

import pytest

pytest.importorskip("rapidocr", reason="OCR group not installed (pip install 'xxgk[ocr]')")
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from eval import scan  # noqa: E402
from extractor.document import TextBuilder  # noqa: E402
from extractor.ocr_load import ocr_image_into  # noqa: E402

T4_VALUES = ["1", "1", "2", "0", "4", "12", "0", "0", "0", "12", "0", "0", "0", "1", "1"]


def _strip() -> bytes:
    """Table 四 as a pasted picture: 「行政复议」「行政诉讼」 over fifteen figures, ruled, 150 px tall."""
    cw, rh, m = 56, 56, 16
    n = len(T4_VALUES)
    img = Image.new("L", (2 * m + cw * n, 2 * m + 2 * rh + 6), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(scan.FONT), 22)
    for a, b, t in ((0, 5, "行政复议"), (5, n, "行政诉讼")):
        x0, x1 = m + cw * a, m + cw * b
        d.rectangle((x0, m, x1, m + rh), outline=0, width=2)
        d.text(((x0 + x1) / 2 - font.getlength(t) / 2, m + 16), t, font=font, fill=0)
    for i, t in enumerate(T4_VALUES):
        x = m + cw * i
        d.rectangle((x, m + rh, x + cw, m + 2 * rh), outline=0, width=2)
        d.text((x + cw / 2 - font.getlength(t) / 2, m + rh + 16), t, font=font, fill=0)
    assert 100 <= img.size[1] < 200 < img.size[0]
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def test_a_wide_short_picture_of_a_table_is_read():
    out, marks = TextBuilder(), []
    ocr_image_into(out, _strip(), 1, marks)
    text = out.text()
    assert "行政复议" in text and " | ".join(T4_VALUES) in text
    assert marks and all(m.page == 1 for m in marks)
