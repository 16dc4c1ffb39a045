"""Carriers the wild22 hunt lost whole (first sight 0.9309: every other file exact): a macro-enabled Word package
(.docm — and the templates .dotx/.dotm, the same WordprocessingML under another main content type, which
python-docx refuses by its name) and a PDF whose header follows a line break a download script wrote first (PDF
readers look for 「%PDF-」 in the first 1024 bytes). Each is read as the plain file it carries, cell for cell."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from extractor.extract import extract_path
from extractor.schema import ExtractError

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "eval" / "corpus" / "reports" / "hongze-2023.pdf"
DOCX = sorted((ROOT / "eval" / "wild2" / "reports").glob("*.docx"))[0]


def _cells(path: Path) -> dict:
    r = extract_path(str(path))
    return {"agency": r.agency, "year": r.year, **{c.key: c.value for c in r.cells}}


@pytest.mark.parametrize(
    "main_type",
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",  # .docm
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",  # .dotx
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",  # .dotm
    ],
)
def test_a_macro_enabled_word_package_is_read_as_the_document(tmp_path, main_type):
    out = io.BytesIO()
    with zipfile.ZipFile(DOCX) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            blob = z.read(info)
            if info.filename == "[Content_Types].xml":
                plain = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
                assert plain in blob
                blob = blob.replace(plain, main_type.encode())
            w.writestr(info, blob)
        w.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)  # (never run, never read)
    f = tmp_path / "report.docm"
    f.write_bytes(out.getvalue())
    want = _cells(DOCX)
    assert sum(v is not None for v in want.values()) > 50  # (a report read, not an empty one twice)
    assert _cells(f) == want


@pytest.mark.parametrize("junk", [b"\r\n", b"\n\n", b"\xef\xbb\xbf", b"  \r\n\x00"])
def test_a_pdf_with_blank_bytes_before_its_header_is_read(tmp_path, junk):
    f = tmp_path / "report.pdf"
    f.write_bytes(junk + PDF.read_bytes())  # (its xref offsets now off by the junk's length, as on the site)
    assert _cells(f) == _cells(PDF)


def test_a_page_quoting_the_pdf_header_is_not_a_pdf(tmp_path):
    f = tmp_path / "page.pdf"
    f.write_bytes(b"<html><body>download failed: %PDF-1.4 expected</body></html>")
    with pytest.raises(ExtractError) as e:
        extract_path(str(f))
    # read as the page it is (no report in it), never handed to the PDF reader from the quoted header on
    assert e.value.args[0].startswith("不是政府信息公开工作年度报告"), e.value.args
