"""Word .docx reports (built here with python-docx): paragraphs and tables in body order, merged
cells read once."""

import io

import pytest
from docx import Document as Docx

from extractor.extract import extract_bytes
from extractor.schema import ExtractError
from reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values, table_rows


def _docx(values) -> bytes:
    d = Docx()
    for line in (PREAMBLE + SECTION1.format(new=values["t3.new.tot"])).split("\n"):
        if line:
            d.add_paragraph(line)
    rows = table_rows(values)
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        d.add_paragraph(head.strip())
        width = max(len(r) for r in rows[t])
        table = d.add_table(rows=len(rows[t]), cols=width)
        for i, r in enumerate(rows[t]):
            for j, text in enumerate(r):
                table.cell(i, j).text = text
            if len(r) < width:  # merge the trailing empty slots into the last printed cell, as Word tables do
                table.cell(i, len(r) - 1).merge(table.cell(i, width - 1))
                table.cell(i, len(r) - 1).text = r[-1]
    for line in TAIL.split("\n"):
        if line:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_tables_read_cell_by_cell():
    values = consistent_values(31)
    report = extract_bytes(_docx(values))
    assert report.format == "docx" and report.template.value == "GF2021"
    got = report.values()
    assert {k: got.get(k) for k in values} == values
    assert report.year == 2023 and [s.number for s in report.sections] == [0, 1, 2, 3, 4, 5, 6]


def test_plain_zip_and_old_doc_are_refused_clearly():
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
    with pytest.raises(ExtractError, match="ZIP"):
        extract_bytes(buf.getvalue())
    with pytest.raises(ExtractError, match=r"\.doc"):
        extract_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)


def test_docx_tokens_are_slices_of_the_text():
    from extractor.load import load_bytes

    doc = load_bytes(_docx(consistent_values(6)))
    assert doc.tokens and all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
