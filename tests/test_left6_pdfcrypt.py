"""left6, family 1: an encrypted PDF (owner password only) carrying a file — its embedded file is measured before
pdfium inflates it (the stream decrypted with the standard security handler, empty user password). The files are
real: written by reportlab + pypdfium2, or by the spec's bytes for RC4, AESV2 and AESV3, each opened by pdfium."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.load import _attachments_within_budget
from extractor.schema import ExtractError
from left6_pdfs import library_pdf, spec_pdf, zeros_deflated

ROOT = Path(__file__).resolve().parent.parent
GB = 1 << 30


@pytest.mark.parametrize("method", ["RC4", "AESV2", "AESV3"])
def test_an_encrypted_attachment_bomb_is_refused_before_pdfium(method):
    small = spec_pdf(method, zlib.compress(b"hello " * 100))
    pdf = pdfium.PdfDocument(small)  # (the file is real: pdfium opens it without a password and reads the attachment)
    assert bytes(pdf.get_attachment(0).get_data()) == b"hello " * 100
    _attachments_within_budget(small)
    bomb = spec_pdf(method, zeros_deflated(GB))  # 1 GB of zeros in ~1 MB, no size declared
    with pytest.raises(ExtractError, match="PDF 附件解压后") as err:
        _attachments_within_budget(bomb)
    assert err.value.code == "over_budget"


def test_a_library_written_encrypted_pdf_with_its_sizes_hidden_is_measured():
    data = library_pdf(b"\0" * (40 << 20))  # reportlab RC4-128 + pypdfium2's attachment, /DL and /Size blanked
    assert b"/Encrypt" in data and b"/DL" not in data and len(data) < 1 << 20
    with pytest.raises(ExtractError, match="PDF 附件解压后") as err:
        _attachments_within_budget(data)
    assert err.value.code == "over_budget"


def test_an_encrypted_cover_letter_still_gives_its_attached_report():
    g = generate(RandomDraw(3), "txt-lines")
    report = extract_bytes(library_pdf(g.data, "年报.txt"), "letter.pdf")
    assert report.carrier == "pdf" and report.cells
    for method in ("AESV2", "AESV3"):
        report = extract_bytes(spec_pdf(method, zlib.compress(g.data), "年报.txt"), "letter.pdf")
        assert report.carrier == "pdf" and report.cells, method


def test_ingest_of_an_encrypted_bomb_stays_small_in_memory(tmp_path):
    """The CLI as a user runs it, its peak RSS (the child that reads the file included) measured by a parent of
    its own: without the measurement pdfium inflates the gigabyte first."""
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(spec_pdf("AESV2", zeros_deflated(GB)))
    probe = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(p.returncode)\n"
        "print(p.stdout + p.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_")}
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            probe,
            sys.executable,
            "-m",
            "api.cli",
            "ingest",
            str(bomb),
            "--data-dir",
            str(tmp_path / "d"),
            "--index-later",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    peak_kb, code, said = out.split("\n", 2)
    assert code == "2" and "PDF 附件解压后" in said and "Traceback" not in said, said
    assert int(peak_kb) < 600 * 1024, peak_kb  # (a gigabyte inflated: above 1 GB)


@pytest.mark.parametrize("method", ["RC4", "AESV2", "AESV3"])
def test_an_encrypted_page_content_bomb_is_refused_by_the_scan(method):
    from extractor.budgets import scan_pdf

    page = zlib.compress(b"BT /F1 12 Tf 72 760 Td (Cover letter) Tj ET")
    scan = scan_pdf(spec_pdf(method, zlib.compress(b"x"), content=page))
    assert scan.encrypted and scan.pages == 1 and scan.decoded > 40  # (measured decrypted: on main 0 bytes)
    with pytest.raises(ExtractError, match="PDF 单个内容流解压后") as err:
        scan_pdf(spec_pdf(method, zlib.compress(b"x"), content=zeros_deflated(GB)))
    assert err.value.code == "over_budget"
