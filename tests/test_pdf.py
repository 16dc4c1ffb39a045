"""PDF text layers, built here with reportlab: ruled tables, a table broken across pages, and a
scanned PDF with no text layer."""

import io

import pytest

from extractor.extract import extract_bytes
from extractor.schema import ExtractError
from reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values, table_rows

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.cidfonts import UnicodeCIDFont  # noqa: E402
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
STYLE = ParagraphStyle("zh", fontName="STSong-Light", fontSize=9, leading=12)


def _table(rows, split_at=None, ruled=True):
    """Label cells on the left (as many label columns as the widest row needs), values right."""
    style = TableStyle(
        [("FONT", (0, 0), (-1, -1), "STSong-Light", 6)] + ([("GRID", (0, 0), (-1, -1), 0.5, "black")] if ruled else [])
    )
    if len(rows[-1]) >= 15:  # table 四: header words over fifteen numbers
        data = [r + [""] * (15 - len(r)) for r in rows]
        return [Table(data, colWidths=[30] * 15, style=style)]
    numeric = [sum(1 for c in r if c.replace(".", "").isdigit() or c == "") for r in rows]
    n_labels = max(len(r) - n for r, n in zip(rows, numeric))
    n_values = max(numeric)
    width = n_labels + n_values
    data = []
    for r, n in zip(rows, numeric):
        labels = [Paragraph(c, STYLE) for c in r[: len(r) - n]] if n else [Paragraph(c, STYLE) for c in r]
        vals = r[len(r) - n :] if n else []
        if n:
            data.append(labels + [""] * (n_labels - len(labels)) + [""] * (n_values - len(vals)) + vals)
        else:
            data.append(labels + [""] * (width - len(labels)))
    label_w = 300 / max(1, n_labels)
    widths = [label_w] * n_labels + [(450 - label_w * n_labels) / n_values] * n_values
    if split_at is None:
        return [Table(data, colWidths=widths, style=style)]
    return [
        Table(data[:split_at], colWidths=widths, style=style),
        PageBreak(),
        Table(data[split_at:], colWidths=widths, style=style),
    ]


def _pdf(values, split_t3_at=None, ruled=True) -> bytes:
    buf = io.BytesIO()
    rows = table_rows(values)
    flow: list[Flowable] = [
        Paragraph(line, STYLE) for line in (PREAMBLE + SECTION1.format(new=values["t3.new.tot"])).split("\n") if line
    ]
    flow += [
        Paragraph(SECTION2.strip(), STYLE),
        *_table(rows["t2"], ruled=ruled),
        Paragraph(SECTION3.strip(), STYLE),
        *_table(rows["t3"], split_t3_at, ruled),
        Paragraph(SECTION4.strip(), STYLE),
        *_table(rows["t4"], ruled=ruled),
    ]
    flow += [Paragraph(line, STYLE) for line in TAIL.split("\n") if line]
    SimpleDocTemplate(buf, pagesize=A4).build(flow)
    return buf.getvalue()


@pytest.mark.parametrize("split", [None, 15])
def test_pdf_tables_read_cell_by_cell(split):
    values = consistent_values(21)
    report = extract_bytes(_pdf(values, split))
    assert report.format == "pdf"
    got = report.values()
    assert {k: got.get(k) for k in values} == values
    if split:
        pages = {report.cell(k).span.page for k in ("t3.new.tot", "t3.carry_out.tot")}
        assert len(pages) == 2  # the table really continues on the next page


def test_scanned_pdf_needs_ocr():
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.rect(50, 50, 400, 600, fill=1)  # a page that is only a picture
    c.showPage()
    c.save()
    with pytest.raises(ExtractError, match="OCR"):
        extract_bytes(buf.getvalue())


def test_borderless_pdf_tables_read_from_text_lines():
    """No ruling lines: pdfplumber finds no table, the rows come from text lines."""
    values = consistent_values(21)
    report = extract_bytes(_pdf(values, ruled=False))
    got = report.values()
    assert {k: got.get(k) for k in values} == values


@pytest.mark.parametrize("ruled", [True, False])
def test_pdf_tokens_are_slices_of_the_text(ruled):
    from extractor.load import load_bytes

    doc = load_bytes(_pdf(consistent_values(5), ruled=ruled))
    assert doc.tokens and all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_headings_and_justified_prose_read_as_printed():
    """PDFium gives each glyph its tight box: 「一」 is a thin stroke and 「、」 a speck, so a heading
    「一、总体情况」 must not come out as 「总体情况一、」 (it did, and S8 then reported section 一
    missing); and a justified line whose wide spaces look like column gaps stays one line of prose."""
    from reportlab.pdfgen import canvas

    from extractor.load import load_bytes

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("STSong-Light", 14)
    c.drawString(90, 760, "一、总体情况")
    c.drawString(90, 700, "二、主动公开政府信息情况")
    text = c.beginText(70, 730)
    text.setFont("STSong-Light", 12)
    text.setCharSpace(2)
    text.setWordSpace(0)
    for part, gap in (("号，邮编：", 16), ("223100", 10), ("，电话：", 16), ("0517-87222589", 8), ("，电子邮箱：", 0)):
        text.textOut(part)
        text.moveCursor(gap, 0)
    c.drawText(text)
    c.showPage()
    c.save()
    doc = load_bytes(buf.getvalue())
    assert "一、总体情况" in doc.text and "二、主动公开政府信息情况" in doc.text
    prose = next(line for line in doc.text.splitlines() if "邮编" in line)
    assert " | " not in prose and "223100" in prose
