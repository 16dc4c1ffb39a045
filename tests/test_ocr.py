"""Scanned reports and tables as pictures, read by OCR (optional group xxgk[ocr]): image-only PDFs,
image files, a garbage text layer, pictures inside HTML and DOCX; OCR cells carry their source,
confidence and box; a digit the identities doubt is named, never changed; and without the group
the message says how to enable it."""

import base64
import io
import random
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import tablespec as ts
from extractor.extract import extract_bytes, extract_path
from extractor.load_pdf import garbage_text
from extractor.ocr_checks import alternatives, ocr_doubts
from extractor.schema import Cell, ExtractError, Finding, Span
from reportgen import consistent_values, render

pytest.importorskip("rapidocr", reason="OCR group not installed (pip install 'xxgk[ocr]')")
from eval import scan  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _pages(values: dict, ruled: bool = True, seed: int = 1, dpi: int = 170, tables_only: bool = True) -> list:
    """A generated report typeset and made to look scanned (grey, skewed, noisy, JPEG)."""
    report = extract_bytes(render(values, "markdown").encode("utf-8"), "gen.md")
    rng = random.Random(seed)
    return [scan.scanned(p, rng) for p in scan.typeset(report, dpi, ruled, tables_only)]


@pytest.fixture(scope="module")
def values():
    return consistent_values(7)


@pytest.fixture(scope="module")
def scanned_pdf_report(values):
    return extract_bytes(scan.as_pdf(_pages(values), 170), "scan.pdf")


def test_scanned_pdf_reads_every_cell(values, scanned_pdf_report):
    r = scanned_pdf_report
    assert r.format == "pdf-ocr"
    got = r.values()
    assert {k: got.get(k) for k in values} == values
    assert not [f for f in r.findings if f.severity == "error"]


def test_ocr_cells_carry_source_confidence_page_and_box(scanned_pdf_report):
    r = scanned_pdf_report
    for key in ("t3.new.tot", "t4.rv.tot", "t2.reg.made"):
        c = r.cell(key)
        assert c.source == "ocr"
        assert 0.0 < c.confidence <= 1.0
        x0, y0, x1, y1 = c.box
        assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1
        assert c.span.page in (1, 2)
        assert r.text[c.span.start : c.span.end] == c.raw  # the span quotes the OCR text
    dumped = r.model_dump(mode="json")
    ocr_cell = next(c for c in dumped["cells"] if c["key"] == "t3.new.tot")
    assert {"confidence", "box"} <= set(ocr_cell)


def test_text_cells_have_no_ocr_fields():
    r = extract_path(str(ROOT / "eval/corpus/reports/ankang-2022.txt"))
    cell = r.model_dump(mode="json")["cells"][0]
    assert cell["source"] == "printed" and "confidence" not in cell and "box" not in cell


def test_image_files_png_and_multipage_tiff(values):
    pages = _pages(values, ruled=False, seed=3)
    buf = io.BytesIO()
    pages[0].save(buf, "TIFF", save_all=True, append_images=pages[1:])
    r = extract_bytes(buf.getvalue(), "scan.tif")
    assert r.format == "image"
    wrong = [k for k in values if r.values().get(k) != values[k]]
    assert len(wrong) <= 2 and not _unflagged(r, wrong)  # this scan: 18 read as 「1.8」, and said so
    assert {c.span.page for c in r.cells if c.span} == {1, 2}
    png = io.BytesIO()
    pages[0].save(png, "PNG")
    doc_png = __import__("extractor.load", fromlist=["load_bytes"]).load_bytes(png.getvalue())
    assert doc_png.format == "image" and "本年新收" in doc_png.text


def _unflagged(report, keys: list[str]) -> list[str]:
    """Of these cells, those no doubt or check names and that were not read with low confidence."""
    named = {k for f in report.findings if f.kind != "report_defect" or f.check.startswith("H") for k in f.cells}
    return [k for k in keys if k not in named and not (report.cell(k) and (report.cell(k).confidence or 1) < 0.9)]


def _set(values: dict, key: str, new: int) -> dict:
    """values with t3 cell `key` set to `new`, the row total, (七)总计 and 本年新收 moved with it so
    every identity still holds."""
    v = dict(values)
    _, row, col = key.split(".")
    delta = new - v[key]
    for k in (key, f"t3.{row}.tot", f"t3.r7.{col}", "t3.r7.tot", f"t3.new.{col}", "t3.new.tot"):
        v[k] += delta
    return v


def test_a_misread_digit_is_a_doubt_never_a_change():
    """The scan prints 8 where the identities want 3: a look-alike digit repairs every identity
    through that cell, so the finding is our doubt (D7, the reading named), and the 8 stays."""
    key = "t3.r1.np"
    values = _set(consistent_values(11), key, 3)
    report = extract_bytes(render(values, "markdown").encode("utf-8"), "gen.md")
    assert report.cell(key).value == 3
    report.cells = [Cell(key=c.key, value=8, raw="8", span=c.span) if c.key == key else c for c in report.cells]
    rng = random.Random(5)
    pages = [scan.scanned(p, rng) for p in scan.typeset(report, 170, True, True)]
    r = extract_bytes(scan.as_pdf(pages, 170), "scan.pdf")
    assert r.cell(key).value == 8 and r.cell(key).raw == "8"  # never silently changed
    d7 = [f for f in r.findings if f.check == "D7"]
    assert [f.cells for f in d7] == [[key]] and "「3」" in d7[0].message
    broken = [f for f in r.findings if f.check in ("H1", "H2", "H3") and key in f.cells]
    assert broken and all(f.kind == "extraction_doubt" and f.basis == "ocr" for f in broken)
    assert not [f for f in r.findings if f.kind == "report_defect" and f.check in ("H1", "H2", "H3", "H4", "H5")]


def test_alternatives_are_look_alikes_or_one_digit_less():
    assert "3" in alternatives("8") and "0" in alternatives("8")
    assert "17" in alternatives("117") and "11" in alternatives("117")
    assert alternatives("/") == [] and alternatives("") == []
    assert all(not a.startswith("0") or a == "0" for a in alternatives("80"))


def test_doubts_need_one_repairing_reading():
    """Two look-alike readings that both repair the identity: no reading is named (not unique)."""
    eq = ts.Equation("H2", "t3.x", ("t3.x.tot",), ("t3.x.a", "t3.x.b"))

    def cells(tot: int, a: int, b: int) -> dict:
        return {
            k: Cell(key=k, value=v, raw=str(v), source="ocr", confidence=0.99)
            for k, v in (("t3.x.tot", tot), ("t3.x.a", a), ("t3.x.b", b))
        }

    def finding() -> Finding:
        return Finding(
            check="H2", severity="error", kind="report_defect", where="t3.x", message="", cells=sorted(eq.keys)
        )

    # 3 = 1 + 7 fails; reading 3 as 8 repairs it, and so does reading 7 as 2: no single reading
    f = finding()
    assert not [d for d in ocr_doubts(cells(3, 1, 7), [eq], [f]) if d.check == "D7"] and f.kind == "report_defect"
    # 5 = 1 + 7 fails; only 5 read as 8 repairs it
    f = finding()
    d7 = [d for d in ocr_doubts(cells(5, 1, 7), [eq], [f]) if d.check == "D7"]
    assert [d.cells for d in d7] == [["t3.x.tot"]] and f.kind == "extraction_doubt"
    weak = {"t3.x.a": Cell(key="t3.x.a", value=1, raw="1", source="ocr", confidence=0.5, span=Span(0, 1))}
    assert [d.check for d in ocr_doubts(weak, [], [])] == ["D6"]


def test_garbage_text_layers():
    assert garbage_text("□□□□ □□ □□□□□□" * 20)
    assert garbage_text("\ufffd" * 300)
    assert garbage_text("Ÿ‡ıÂ¸ ÷–ÓÈ ¿ßÁ" * 40)  # Chinese through a wrong ToUnicode map
    assert not garbage_text((ROOT / "eval/corpus/reports/ankang-2022.txt").read_text(encoding="utf-8"))


def test_pdf_with_a_garbage_text_layer_falls_back_to_ocr(values):
    """A scan whose (invisible) text layer is all 「□」 (glyphs without a Unicode map) is read by OCR."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for page in _pages(values, seed=4):
        c.drawImage(ImageReader(page), 0, 0, *A4)
        layer = c.beginText(40, 800)
        layer.setTextRenderMode(3)  # invisible, over the picture: a scanner's text layer
        layer.setFont("STSong-Light", 8)
        for _ in range(40):
            layer.textLine("□" * 40)
        c.drawText(layer)
        c.showPage()
    c.save()
    r = extract_bytes(buf.getvalue(), "garbage.pdf")
    assert r.format == "pdf-ocr"
    got = r.values()
    assert {k: got.get(k) for k in values} == values


def test_pdf_text_pages_with_table_pictures(values):
    """A PDF with a real text layer whose three tables are pictures: the text is read as text, the
    pictures by OCR, in place; only the pictures' cells are OCR cells."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    head, tail = _narrative_only(values)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 800
    c.setFont("STSong-Light", 9)
    for line in head.splitlines():
        if line:
            c.drawString(40, y, line[:60])
            y -= 13
    c.showPage()
    for page in _pages(values, seed=10):
        w, h = page.size
        c.drawImage(ImageReader(page), 30, 60, 535, 535 * h / w)
        c.showPage()
    c.setFont("STSong-Light", 9)
    y = 800
    for line in tail.splitlines():
        if line:
            c.drawString(40, y, line[:60])
            y -= 13
    c.showPage()
    c.save()
    r = extract_bytes(buf.getvalue(), "pictures.pdf")
    assert r.format == "pdf"
    got = r.values()
    assert {k: got.get(k) for k in values} == values
    assert {c.source for c in r.cells} == {"ocr"} and all(0 <= v <= 1 for v in r.cell("t3.new.tot").box)
    assert r.cell("t3.new.tot").span.page in (2, 3)
    assert r.text.startswith(head.splitlines()[0][:20])  # the text layer, read as text, comes first


def _narrative_only(values) -> tuple[str, str]:
    """The report's text before its tables and after them (the tables are the pictures)."""
    text = render(values, "markdown", drop=("t2", "t3", "t4"))
    cut = text.index("二、")
    return text[:cut], text[text.index("五、") :]


def test_html_table_pictures_are_read_in_place(values, tmp_path):
    head, tail = _narrative_only(values)
    pages = _pages(values, seed=6)
    inline = io.BytesIO()
    pages[0].save(inline, "PNG")
    pages[1].save(tmp_path / "t2.png")
    html = (
        "<html><head><title>年度报告</title></head><body>"
        + "".join(f"<p>{ln}</p>" for ln in head.splitlines() if ln)
        + f'<p><img src="data:image/png;base64,{base64.b64encode(inline.getvalue()).decode()}"></p>'
        + '<p><img src="t2.png"></p><p><img src="icon.png" width="16"></p>'
        + "".join(f"<p>{ln}</p>" for ln in tail.splitlines() if ln)
        + "</body></html>"
    )
    page = tmp_path / "report.html"
    page.write_text(html, encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "extract", str(page)], cwd=ROOT, capture_output=True, text=True, timeout=600
    )  # the CLI: in its sandbox, with the page's folder
    assert p.returncode == 0, p.stderr
    import json

    from extractor.schema import Report

    r = Report.model_validate(json.loads(p.stdout))
    got = r.values()
    assert {k: got.get(k) for k in values} == values
    assert r.cell("t3.new.tot").source == "ocr" and r.cell("t3.new.tot").confidence > 0
    # the same bytes without the page's folder (an upload, stdin): the file picture is not read
    partial = extract_bytes(page.read_bytes(), "upload.html")
    assert partial.values() != got


def test_docx_table_pictures_are_read_in_place(values):
    docx = pytest.importorskip("docx")
    from docx.shared import Inches

    head, tail = _narrative_only(values)
    d = docx.Document()
    for ln in head.splitlines():
        if ln:
            d.add_paragraph(ln)
    for page in _pages(values, seed=8):
        buf = io.BytesIO()
        page.save(buf, "PNG")
        buf.seek(0)
        d.add_picture(buf, width=Inches(6))
    for ln in tail.splitlines():
        if ln:
            d.add_paragraph(ln)
    out = io.BytesIO()
    d.save(out)
    r = extract_bytes(out.getvalue(), "report.docx")
    got = r.values()
    assert r.format == "docx" and {k: got.get(k) for k in values} == values


def test_without_the_ocr_group_the_message_says_how(tmp_path, values):
    png = tmp_path / "scan.png"
    _pages(values, seed=9)[0].save(png)
    code = (
        "import sys; sys.modules['rapidocr'] = None; from api.cli import main; "
        f"sys.exit(main(['extract', {str(png)!r}]))"
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "pip install 'xxgk[ocr]'" in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_blank_pdf_scan_says_ocr_found_nothing():
    from PIL import Image

    blank = Image.new("L", (1240, 1754), 235)
    with pytest.raises(ExtractError, match="OCR"):
        extract_bytes(scan.as_pdf([blank], 150))


def test_cli_reads_a_scan_in_its_sandbox(values, tmp_path):
    """The CLI extracts in a child under memory and CPU limits; a file that may need OCR gets the
    room OCR takes (the detector alone passes the default address-space limit), a text file not."""
    from api.sandbox import Limits

    scan_pdf = scan.as_pdf(_pages(values, seed=12), 170)
    base = Limits()
    assert base.with_ocr(scan_pdf).memory_mb > base.memory_mb and base.with_ocr(scan_pdf).cpu_seconds > base.cpu_seconds
    assert base.with_ocr(render(values, "markdown").encode()) == base
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_pdf)
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "extract", str(path), "--format", "cells"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert p.returncode == 0, p.stderr
    import json

    cells = json.loads(p.stdout)
    assert cells["t3"]["new.tot"] == values["t3.new.tot"] and cells["t4"]["rv.tot"] == values["t4.rv.tot"]
