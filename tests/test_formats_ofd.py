"""OFD (GB/T 33190) read by its placed text (extractor/load_ofd.py) through the layout PDF text layers
use: lines or single glyphs, `DeltaX` advances (`g N d` too), template pages not read; a broken, empty
or oversized package a clear Chinese error."""

from __future__ import annotations

import io
import zipfile

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.load_ofd import _deltas
from extractor.schema import ExtractError


@pytest.mark.parametrize("seed", [3, 6])  # DeltaX lines with `g N d`; every glyph an object of its own
def test_a_generated_ofd_report_reads_back_exactly(seed):
    g = generate(RandomDraw(seed), "ofd-positioned")
    report = extract_bytes(g.data, g.name)
    assert not mismatches(report, g.expected)
    doc = load_bytes(g.data)
    assert doc.format == "ofd" and "政务公开" not in doc.text  # (the template page's header)
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_delta_x_repeats():
    assert _deltas("g 3 2.5 1 g 2 4", 10) == [2.5, 2.5, 2.5, 1.0, 4.0, 4.0]
    assert _deltas("g 100000000 1", 3) == [1.0, 1.0, 1.0]  # never more than the run's characters


def _package(parts: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return buf.getvalue()


_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'
_ROOT = f"<ofd:OFD {_NS}><ofd:DocBody><ofd:DocRoot>/Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"


def _doc(pages: int) -> str:
    listed = "".join(f'<ofd:Page ID="{n}" BaseLoc="Pages/P{n}.xml"/>' for n in range(pages))
    return f"<ofd:Document {_NS}><ofd:Pages>{listed}</ofd:Pages></ofd:Document>"


def _text_page(text: str) -> str:
    return (
        f'<ofd:Page {_NS}><ofd:Content><ofd:Layer><ofd:TextObject Boundary="20 20 100 5" Size="4">'
        f'<ofd:TextCode X="0" Y="4">{text}</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>'
    )


def test_broken_empty_and_oversized_packages_are_clear_errors(monkeypatch):
    with pytest.raises(ExtractError, match="缺少 DocRoot"):
        load_bytes(_package({"OFD.xml": f"<ofd:OFD {_NS}/>"}))
    with pytest.raises(ExtractError, match="OFD 文件无法打开"):
        load_bytes(_package({"OFD.xml": _ROOT}))  # the document it names is missing
    with pytest.raises(ExtractError, match="OFD 文件无法打开"):
        load_bytes(_package({"OFD.xml": _ROOT, "Doc_0/Document.xml": "<ofd:Document"}))
    picture = f'<ofd:Page {_NS}><ofd:Content><ofd:Layer><ofd:ImageObject ResourceID="9"/></ofd:Layer></ofd:Content></ofd:Page>'
    with pytest.raises(ExtractError, match="没有文字（可能是扫描图片）：请另存为 PDF"):
        load_bytes(_package({"OFD.xml": _ROOT, "Doc_0/Document.xml": _doc(1), "Doc_0/Pages/P0.xml": picture}))
    ok = {"OFD.xml": _ROOT, "Doc_0/Document.xml": _doc(3)} | {
        f"Doc_0/Pages/P{n}.xml": _text_page("本机关") for n in range(3)
    }
    assert load_bytes(_package(ok)).text.count("本机关") == 3
    monkeypatch.setenv("XXGK_MAX_PDF_PAGES", "2")
    with pytest.raises(ExtractError, match="OFD 页数"):
        load_bytes(_package(ok))
    monkeypatch.setenv("XXGK_MAX_CHARS", "5")
    monkeypatch.delenv("XXGK_MAX_PDF_PAGES")
    with pytest.raises(ExtractError, match="文字"):
        load_bytes(_package(ok))
