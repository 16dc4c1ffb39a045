"""PDFium is served one font of ours (extractor/pdfium_fonts.py), made by scripts/make_pdfium_font.py:
no system font reaches it, so a PDF that does not embed its CJK font reads alike on every machine.
What PDFium itself makes of such a character — its glyph box, its drawing — is checked here in this
process (before, on a machine with WenQuanYi or Noto CJK, the box and the drawing were their outline's;
on one without, nothing). Readings on other machines: tests/test_pdf_fonts.py."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pypdfium2.raw as raw
import pytest

from extractor.pdfium_fonts import FONT_DIR, pdfium as served

ROOT = Path(__file__).resolve().parent.parent


def _pdf(draw) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595, 842))
    c.setFont("STSong-Light", 10)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _chars(data: bytes) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each character PDFium's text page holds, with its box (left, right, bottom, top)."""
    pdf = served().PdfDocument(data)
    try:
        page = pdf[0]
        tp = page.get_textpage()
        out = []
        box = [raw.c_double() for _ in range(4)]
        for i in range(raw.FPDFText_CountChars(tp.raw)):
            raw.FPDFText_GetCharBox(tp.raw, i, *(raw.byref(v) for v in box))
            out.append((chr(raw.FPDFText_GetUnicode(tp.raw, i)), tuple(round(v.value, 2) for v in box)))
        tp.close()
        page.close()
        return out
    finally:
        pdf.close()


def test_the_shipped_font_is_what_the_script_makes(tmp_path):
    out = tmp_path / "font.ttf"
    subprocess.run([sys.executable, "scripts/make_pdfium_font.py", str(out)], cwd=ROOT, check=True, capture_output=True)
    shipped = FONT_DIR / "xxgk-embox.ttf"
    assert out.read_bytes() == shipped.read_bytes()
    assert shipped.stat().st_size < 4096
    assert [p.name for p in FONT_DIR.iterdir()] == ["xxgk-embox.ttf"]  # PDFium scans the whole folder


def test_a_non_embedded_character_has_the_em_box_of_our_font():
    """「国」 in STSong-Light at 10 pt, origin (100, 700): PDFium's box is our glyph's, the em box
    from 1.2 pt below the baseline to 8.8 pt above it — not WenQuanYi's or Noto's outline."""
    ((ch, box),) = _chars(_pdf(lambda c: c.drawString(100, 700, "国")))
    assert ch == "国"
    assert box == pytest.approx((100.0, 110.0, 698.8, 708.8), abs=0.2)  # (PDFium rounds the glyph's metrics)


@pytest.mark.parametrize("text", ["12", "ABC", "表"])
def test_every_code_point_draws_nothing(text):
    """Rendered (a page OCR'd for its pictures), our glyphs cover no pixel: no black squares."""
    pdf = served().PdfDocument(_pdf(lambda c: c.drawString(100, 700, text)))
    try:
        image = pdf[0].render(scale=2, grayscale=True).to_pil()
        assert image.getextrema() == (255, 255)
    finally:
        pdf.close()
