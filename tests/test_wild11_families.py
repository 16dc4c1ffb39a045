"""wild11's remaining families (issue 11), each read by what the layout is, not by a file: Word's PDF
reflow saved as DOCX (tables unmerged, an empty spacer column after every value column)."""

from __future__ import annotations

import io

from docx import Document as Docx

from extractor.extract import extract_bytes
from extractor.load_docx import spacer_slots
from reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values, table_rows


def _reflowed(labels: list[str], n_labels: int, cols: dict[int, str]) -> list[str]:
    """One row as Word's reflow writes it: its labels in `n_labels` slots (a merged label's other slots
    left empty), then each value column's text (`cols`: column → text) followed by an empty spacer."""
    out = labels + [""] * (n_labels - len(labels))
    for k in range(max(cols, default=-1) + 1):
        out += [cols.get(k, ""), ""]
    return out


def _grid(t: str, rows: list[list[str]]) -> list[list[str]]:
    if t == "t2":
        return [_reflowed(r[:1], 1, dict(enumerate(r[1:]))) for r in rows]
    if t == "t4":
        head, groups, cols, vals = rows
        return [
            _reflowed([], 0, {0: head[0], 5: head[1]}),
            _reflowed([], 0, {**dict(enumerate(groups[:5])), 5: groups[5], 10: groups[6]}),
            _reflowed([], 0, {k + 5: c for k, c in enumerate(cols)}),
            _reflowed([], 0, dict(enumerate(vals))),
        ]
    note, (np_, orgs, tot), orgs_cols = rows[0], rows[1], rows[2]
    out = [
        _reflowed(note[:1], 3, {0: note[1], 6: ""}),
        _reflowed([], 3, {0: np_, 1: orgs, 6: tot}),
        _reflowed([], 3, dict(enumerate(orgs_cols, 1))),
    ]
    for r in rows[3:]:
        lead = r[:-7]
        at = 0 if lead[0][0] in "一二三四" else 3 - len(lead)  # a heading of the table's first column at its left
        out.append(_reflowed([""] * at + lead, 3, dict(enumerate(r[-7:]))))
    return out


def _reflow_docx(values) -> bytes:
    d = Docx()
    for line in (PREAMBLE + SECTION1.format(new=values["t3.new.tot"])).split("\n"):
        if line:
            d.add_paragraph(line)
    rows = table_rows(values)
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        d.add_paragraph(head.strip())
        grid = _grid(t, rows[t])
        table = d.add_table(rows=len(grid), cols=max(map(len, grid)))
        for row, texts in zip(table.rows, grid):
            for cell, text in zip(row.cells, texts):
                cell.text = text
    for line in TAIL.split("\n"):
        if line:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_reflowed_docx_spacer_columns_are_no_cells_and_its_defect_is_found():
    values = consistent_values(23)
    values["t3.new.np"] += 1  # printed one too many (d23-luoyang's defect): H1 on 自然人, H2 on 本年新收
    report = extract_bytes(_reflow_docx(values), "r.docx")
    got = report.values()
    assert {k: got.get(k) for k in values} == values
    found = {(f.check, f.where) for f in report.findings if f.kind == "report_defect"}
    assert {("H1", "t3.np"), ("H2", "t3.new")} <= found


def test_spacer_slots_are_the_slots_empty_in_every_row():
    grid = [
        ["信息内容", "", "本年制发件数", "", "现行有效件数", ""],
        ["规章", "", "0", "", "", ""],
        ["x", "", "3", "", "", ""],
    ]
    # 现行有效件数 printed blank in every row is still a column: its heading is printed
    assert spacer_slots(grid) == {1, 3, 5}
    assert spacer_slots(grid[:2]) == frozenset()  # two rows: too little to call a column a gap
