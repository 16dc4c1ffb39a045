"""DOCX content outside the body's paragraphs and tables (extractor/docx_parts.py). The generator
families docx-text-boxes and docx-altchunk read them back cell by cell (tests/test_reportgen.py)."""

from __future__ import annotations

import io
from email.message import EmailMessage

from eval.reportgen import render_html
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from eval.reportgen.layout import parts
from extractor.extract import extract_bytes
from extractor.load import load_bytes


def test_text_box_tables_are_read_once_not_from_the_vml_copy_too():
    g = generate(RandomDraw(2), "docx-text-boxes", "GF2021")
    doc = load_bytes(g.data)
    assert sum(t.text.startswith("一、本年新收") for t in doc.tokens) == 1


def test_altchunk_held_as_mht_is_read():
    """An MHT part (a MIME message around the HTML, as Word's 'single file web page' saves it)."""
    from docx import Document as Docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    g = generate(RandomDraw(5), "docx-altchunk", "GF2019")
    mht = EmailMessage()
    mht["MIME-Version"] = "1.0"
    mht.set_content(render_html.plain(parts(g.model)), subtype="html")
    doc = Docx()
    part = Part(PackURI("/word/afchunk1.mht"), "message/rfc822", mht.as_bytes(), doc.part.package)
    chunk = OxmlElement("w:altChunk")
    chunk.set(qn("r:id"), doc.part.relate_to(part, RT.A_F_CHUNK))
    doc.element.body.insert(0, chunk)
    buf = io.BytesIO()
    doc.save(buf)
    report = extract_bytes(buf.getvalue(), g.name)
    got = {c.key: c.value for c in report.cells}
    assert all(got.get(k) == v for k, v in g.expected.cells.items())
