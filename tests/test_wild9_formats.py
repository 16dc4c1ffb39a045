"""Word and Excel packages as offices and OA systems save them (eval/wild9): 「Strict Open XML」 packages
read through their namespace mapping, tables held as altChunk RTF parts read in place, and a Word file
that truly does not open refused in Chinese words, never a Python exception's name. The generator
families docx-strict and docx-altchunk-rtf (tests/test_reportgen.py) read them back cell by cell."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.schema import ExtractError


def _rezip(data: bytes, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            blob = change(info.filename, src.read(info))
            if blob is not None:
                out.writestr(info, blob)
    return buf.getvalue()


def test_strict_workbook_is_read_like_its_transitional_twin():
    g = generate(RandomDraw(3), "xlsx-sheets")
    strict = _rezip(
        g.data,
        lambda name, blob: blob.replace(
            b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        ).replace(
            b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            b"http://purl.oclc.org/ooxml/officeDocument/relationships",
        ),
    )
    assert strict != g.data
    assert load_bytes(strict).text == load_bytes(g.data).text


def test_altchunk_rtf_tables_are_read_where_they_stand():
    g = generate(RandomDraw(1), "docx-altchunk-rtf")
    names = zipfile.ZipFile(io.BytesIO(g.data)).namelist()
    assert "word/afchunk1.rtf" in names
    assert "<w:tbl>" not in zipfile.ZipFile(io.BytesIO(g.data)).read("word/document.xml").decode()
    text = load_bytes(g.data).text
    assert text.index("二、") < text.index("三、") < text.index("四、")  # (chunks in body order)
    assert not mismatches(extract_bytes(g.data, g.name), g.expected)


@pytest.mark.parametrize(
    "change",
    [
        lambda name, blob: blob.replace(b"word/document.xml", b"word/lost.xml") if name == "_rels/.rels" else blob,
        lambda name, blob: blob.replace(b'officeDocument"', b'officeDocumentX"') if name == "_rels/.rels" else blob,
        lambda name, blob: blob[: len(blob) // 2] if name == "word/document.xml" else blob,  # cut XML
    ],
    ids=["no-document-part", "no-main-relationship", "truncated-xml"],
)
def test_a_word_file_that_does_not_open_is_refused_in_words(change):
    data = _rezip(generate(RandomDraw(0), "docx-strict").data, change)
    with pytest.raises(ExtractError) as err:
        load_bytes(data)
    message = str(err.value)
    assert message.startswith("Word 文档")
    assert not re.search(r"[A-Za-z]*Error|Exception", message), message
