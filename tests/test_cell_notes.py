"""A value cell's number followed by a footnote mark or a bracketed note, 栏次 rows and Word 2003 smart
tags (eval/wild7 families): the number is read, the mark, the note and the column numbers are not."""

from __future__ import annotations

import io

from extractor.load_docx import load_docx
from extractor.stream import Stream, pieces

SEP, ROW = "\x1f", "\x1e"


def _values(text: str) -> list[str]:
    s = Stream(text, list(range(len(text))))
    return [p.text for p in pieces(s, (), 0, len(text)) if p.kind == "value"]


def test_marks_and_notes_after_a_number_are_not_values():
    assert _values(SEP.join(["8*", "3※", "12①", "0", "73(其中2件为网上申请)", "4"])) == ["8", "3", "12", "0", "73", "4"]
    assert _values("3②0" + SEP + "5") == ["3", "0", "5"]  # a mark glued between two cells


def test_column_number_rows_are_dropped():
    row = ROW.join(["栏次" + SEP + SEP.join(map(str, range(1, 8))), SEP.join(["5", "1", "0", "0", "0", "0", "6"]), ""])
    assert _values(row) == ["5", "1", "0", "0", "0", "0", "6"]
    bare = ROW + SEP.join(map(str, range(1, 16))) + ROW + SEP.join(["1"] * 15) + ROW
    assert _values(bare) == ["1"] * 15


def test_smart_tag_runs_are_read():
    from docx import Document as Docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Docx()
    cell = doc.add_table(rows=1, cols=2).rows[0].cells
    cell[0].text = "行政许可"
    cell[1].text = "12件"
    run = cell[1].paragraphs[0]._p.r_lst[0]
    outer, inner = OxmlElement("w:customXml"), OxmlElement("w:smartTag")
    inner.set(qn("w:element"), "chmetcnv")
    inner.append(OxmlElement("w:smartTagPr"))
    outer.append(inner)
    run.addprevious(outer)
    inner.append(run)
    buf = io.BytesIO()
    doc.save(buf)
    assert "12件" in load_docx(buf.getvalue()).text
