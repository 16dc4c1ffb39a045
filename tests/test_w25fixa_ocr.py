"""(w25fixa) Pictures of pages as they reach the reader: fed turned (upside down, a quarter turned on a landscape
sheet), photographed by phone on a desk (keystone, a shadow band), zipped as phone photos 「IMG_….jpg」 with no
report file beside them. Each test draws its own small page with Pillow and reads it with the real OCR."""

import io
import random
import zipfile

import pytest

pytest.importorskip("rapidocr", reason="OCR group not installed (pip install 'xxgk[ocr]')")

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from eval import scan  # noqa: E402
from extractor import ocr  # noqa: E402
from extractor.load import load_bytes  # noqa: E402
from extractor.ocr_layout import build_document  # noqa: E402

LINES = [
    "某县交通运输局2020年政府信息公开工作年度报告",
    "本报告根据《中华人民共和国政府信息公开条例》编制。",
    "全年主动公开政府信息28条，收到政府信息公开申请9件。",
    "本年度因政府信息公开申请行政复议1件，行政诉讼0件。",
]


def _text_page(lines=LINES, width=1100, size=30) -> Image.Image:
    font = ImageFont.truetype(str(scan.FONT), size)
    img = Image.new("L", (width, 90 + len(lines) * 2 * size), 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        d.text((40, 45 + i * 2 * size), line, font=font, fill=0)
    return img


def _table_page() -> Image.Image:
    """A ruled table of labels and figures, on a page with a title above it."""
    font = ImageFont.truetype(str(scan.FONT), 24)
    rows = [("一、本年新收申请数量", 30, 5, 0, 1, 36), ("二、上年结转申请数量", 2, 0, 0, 0, 2)]
    rows += [(f"{n}.属于第{n}类办理情形", n + 3, n, 0, 0, 2 * n + 3) for n in range(1, 9)]
    img = Image.new("L", (1100, 120 + 46 * len(rows) + 80), 255)
    d = ImageDraw.Draw(img)
    d.text((40, 30), "政府信息公开申请办理情况", font=font, fill=0)
    xs = [40, 420, 540, 660, 780, 900, 1060]
    top = 100
    for r, row in enumerate(rows):
        y = top + 46 * r
        for c, v in enumerate(row):
            d.text((xs[c] + 10, y + 10), str(v), font=font, fill=0)
    bottom = top + 46 * len(rows)
    for r in range(len(rows) + 1):
        d.line([(xs[0], top + 46 * r), (xs[-1], top + 46 * r)], fill=0, width=2)
    for x in xs:
        d.line([(x, top), (x, bottom)], fill=0, width=2)
    return img


def _text(page) -> str:
    return "".join(b.text for b in page.boxes)


def test_upright_page_is_read_once(monkeypatch):
    calls = []
    real = ocr.recognise
    monkeypatch.setattr(ocr, "recognise", lambda g: calls.append(1) or real(g))
    page = ocr.read_page(_text_page())
    assert "政府信息公开" in _text(page) and page.turn == 0
    assert len(calls) == 1  # an upright page pays nothing for the turned pages


def test_page_fed_upside_down_is_read_turned():
    page = ocr.read_page(_text_page().rotate(180))
    assert page.turn == 2
    assert "政府信息公开工作年度报告" in _text(page)
    assert "行政复议1件" in _text(page)


def test_page_turned_a_quarter_on_a_landscape_sheet_is_read_turned():
    for angle in (90, 270):
        page = ocr.read_page(_text_page().rotate(angle, expand=True))
        assert page.turn in (1, 3), angle
        assert "政府信息公开工作年度报告" in _text(page)


def test_phone_photo_page_is_flattened_and_its_rows_hold_together():
    img = scan.photographed(_table_page(), random.Random(3))
    text = build_document([ocr.read_page(img)], "image").text
    for row in ("一、本年新收申请数量 | 30 | 5 | 0 | 1 | 36", "二、上年结转申请数量 | 2 | 0 | 0 | 0 | 2"):
        assert row in text, text
    assert ocr.page_quad(ocr.to_gray(img)) is not None
    assert ocr.page_quad(ocr.to_gray(_table_page())) is None  # a scan without a ground: as read before


def _jpeg(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def test_zip_of_page_photos_only_is_a_report_in_name_order():
    first = _text_page(LINES[:2])
    second = _text_page(LINES[2:])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:  # written out of order; 「10」 after 「2」 as numbers, not as text
        z.writestr("IMG_10.jpg", _jpeg(second))
        z.writestr("IMG_2.jpg", _jpeg(first))
    doc = load_bytes(buf.getvalue())
    assert doc.carrier == "zip"
    assert doc.text.index("年度报告") < doc.text.index("行政复议")
    assert {m.page for m in doc.ocr} == {1, 2}
    assert all(0 < m.confidence <= 1 for m in doc.ocr)


def test_zip_of_pictures_that_are_no_report_is_still_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("IMG_1.jpg", _jpeg(_text_page(["会议通知：明天上午九点开会。"])))
    from extractor.schema import ExtractError

    with pytest.raises(ExtractError, match="没有可读的年度报告文件"):
        load_bytes(buf.getvalue())
