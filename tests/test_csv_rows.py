"""Tables pasted as Excel CSV (extractor/csv_rows.py); the generator family txt-csv reads them back
cell by cell (tests/test_reportgen.py)."""

from __future__ import annotations

from extractor.load import load_bytes


def test_quoted_thousands_field_is_one_cell_pointing_at_its_digits():
    rows = "".join(f"第{i}行,{i},0,,{i}\n" for i in range(5))
    doc = load_bytes(("某局2023年政府信息公开工作年度报告\n" + rows + '行政许可,"13,000"\n').encode())
    cell = next(t for t in doc.tokens if t.text == "13,000")
    assert doc.text[cell.start : cell.end] == "13,000" and cell.row_end
    assert any(t.blank for t in doc.tokens)  # an empty field is a blank cell


def test_commas_in_sentences_do_not_make_rows():
    text = "本年共收到申请12,5件,办结3,2件。\n" * 3 + "分别为12,5,3件\n"
    doc = load_bytes(text.encode())
    assert all(t.text == line for t, line in zip(doc.tokens, text.splitlines()))
