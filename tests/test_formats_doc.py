"""Word 97–2003 / WPS binaries (.doc, extractor/load_doc.py): the piece table's text, paragraphs and
table rows told apart by their paragraph properties (a row's end is `sprmPFTtp`, never guessed from the
`\\x07` marks), field results, hidden and deleted runs not read; broken, encrypted and Word 6/95 files a
clear Chinese error with what to do."""

from __future__ import annotations

import struct

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from eval.reportgen.render_office import _cfb
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.schema import ExtractError


def _hidden_seed() -> int:
    """A draw whose report hides an old figure before a shown one (sprmCFVanish runs written)."""
    return next(s for s in range(40) if b"\x3c\x08\x01" in generate(RandomDraw(s), "doc-word97").data)


def test_a_generated_doc_reads_back_exactly():
    for seed in (0, _hidden_seed()):
        g = generate(RandomDraw(seed), "doc-word97")
        report = extract_bytes(g.data, g.name)
        assert not mismatches(report, g.expected), seed
        doc = load_bytes(g.data)
        assert doc.format == "doc" and all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
        assert doc.text.rstrip().endswith("第1页")  # a PAGE field: its result, not its instruction


def _patched(at: int, value: int) -> bytes:
    data = bytearray(generate(RandomDraw(0), "doc-word97").data)
    fib = data.find(b"\xec\xa5\xc1\x00")  # the WordDocument stream's first bytes (written contiguously)
    struct.pack_into("<H", data, fib + at, value)
    return bytes(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_patched(2, 0x65), "Word 6.0/95 文档：请在 Word 或 WPS 中另存为 .docx 或 PDF"),
        (_patched(0x0A, 0x0300), "已加密"),
        (_patched(0x0A, 0x0000), "缺少表格流 0Table"),
        (_patched(0, 0x1234), "不是有效的 Word 文档"),
        (_patched(0x1A2, 0x7000), "缺少文字索引"),  # the piece table's place points past the table stream
        (generate(RandomDraw(0), "doc-word97").data[:3000], "无法打开|OLE 复合文档|不是有效的 Word 文档"),  # truncated
        (_cfb({"WordDocument": b"\xec\xa5"}), "不是有效的 Word 文档"),
    ],
)
def test_broken_doc_files_are_clear_errors(data, message):
    with pytest.raises(ExtractError, match=message):
        load_bytes(data)
