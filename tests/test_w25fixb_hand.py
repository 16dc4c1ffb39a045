"""w25fixb: a hand correction beside a struck figure, read by OCR as one number (「109」 for a struck 10
and a written 9), is our doubt on the cell, not the report's defect."""

from extractor import tablespec as ts
from extractor.ocr_checks import alternatives, ocr_doubts
from extractor.schema import Cell, Finding


def test_a_hand_correction_is_a_reading_of_its_part():
    assert "9" in alternatives("109") and "10" in alternatives("109")
    assert "12" in alternatives("1213") and "13" in alternatives("1213")


def test_a_struck_figure_read_with_its_correction_is_our_doubt():
    """9 = 4 + 5 holds; the scan's 「109」 (a struck 10, 9 written beside it) breaks it, and reading it
    as its written part 9 repairs it: a doubt on the cell (D7), the value 109 kept, no report defect."""
    eq = ts.Equation("H2", "t3.x", ("t3.x.tot",), ("t3.x.a", "t3.x.b"))
    cells = {
        k: Cell(key=k, value=int(v), raw=v, source="ocr", confidence=0.98)
        for k, v in (("t3.x.tot", "109"), ("t3.x.a", "4"), ("t3.x.b", "5"))
    }
    f = Finding(check="H2", severity="error", kind="report_defect", where="t3.x", message="", cells=sorted(eq.keys))
    d7 = [d for d in ocr_doubts(cells, [eq], [f]) if d.check == "D7"]
    assert [d.cells for d in d7] == [["t3.x.tot"]] and "「9」" in d7[0].message
    assert f.kind == "extraction_doubt" and cells["t3.x.tot"].value == 109
