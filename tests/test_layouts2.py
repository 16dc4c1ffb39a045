"""Layout families of the second blind set (eval/wild2): each test prints one set of table values
the way a family of publishers does and states what must be read, cell by cell. The expected cells
come from the generated values and the template, never from running the parser."""

from __future__ import annotations

import io

import pytest
from docx import Document as Docx

from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.schema import ExtractError
from tests.reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values, table_rows

FRAME_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def _values_read(data: bytes) -> dict:
    return extract_bytes(data).values()


# ---------------------------------------------------------------- 1. nested tables
def _nested_docx(values: dict, depth: int = 1) -> bytes:
    """Each report table inside `depth` one-cell frames; the innermost frame also holds a note."""
    d = Docx()
    for line in (PREAMBLE + SECTION1.format(new=values["t3.new.tot"])).split("\n"):
        if line:
            d.add_paragraph(line)
    rows = table_rows(values)
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        d.add_paragraph(head.strip())
        holder = d.add_table(rows=1, cols=1).cell(0, 0)
        for _ in range(depth - 1):
            holder = holder.add_table(rows=1, cols=1).cell(0, 0)
        holder.paragraphs[0].text = FRAME_NOTE
        width = max(len(r) for r in rows[t])
        table = holder.add_table(rows=len(rows[t]), cols=width)
        for i, r in enumerate(rows[t]):
            for j, text in enumerate(r):
                table.cell(i, j).text = text
    for line in TAIL.split("\n"):
        if line:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("depth", [1, 2])
def test_docx_table_inside_one_cell_frames_is_read_cell_by_cell(depth):
    values = consistent_values(seed=12)
    data = _nested_docx(values, depth)
    got = _values_read(data)
    assert {k: got.get(k) for k in values} == values
    doc = load_bytes(data)  # the frame's own paragraph is a line of narrative, not a table cell
    note = next(t for t in doc.tokens if FRAME_NOTE in t.text)
    assert note.text == FRAME_NOTE and not note.row_end


def _td(c: str) -> str:
    return f"<td><p class=MsoNormal><span>{c}</span></p></td>" if c else "<td><o:p>&nbsp;</o:p></td>"


def _html_table(rows: list[list[str]]) -> str:
    return "<table border=1>" + "".join("<tr>" + "".join(map(_td, r)) + "</tr>" for r in rows) + "</table>"


def _paras(s: str) -> str:
    return "".join(f"<p>{ln}</p>" for ln in s.split("\n") if ln)


def _layout_page(values: dict) -> str:
    """A CMS page built as one layout table: a menu column (its own small table) beside the content
    cell, which holds the narrative and each report table inside a one-cell WPS frame."""
    rows = table_rows(values)
    content = _paras(PREAMBLE + SECTION1.format(new=values["t3.new.tot"]))
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        content += _paras(head) + "<table class=MsoNormalTable><tr><td>" + _html_table(rows[t]) + "</td></tr></table>"
    content += _paras(TAIL)
    menu = "<table><tr><td>政府信息公开指南</td></tr><tr><td>政府信息公开年报</td></tr></table>"
    return (
        "<html><body><table width=1000><tr><td colspan=2>某某区人民政府</td></tr>"
        f"<tr><td width=200>{menu}</td><td width=800>{content}</td></tr>"
        "<tr><td colspan=2>主办：某某区人民政府办公室</td></tr></table></body></html>"
    )


def test_html_layout_table_with_framed_report_tables_is_read_cell_by_cell():
    values = consistent_values(seed=21)
    html = _layout_page(values)
    got = _values_read(html.encode())
    assert {k: got.get(k) for k in values} == values
    doc = load_bytes(html.encode())
    heading = next(t for t in doc.tokens if t.text == SECTION3.strip())
    assert not heading.row_end and not heading.row_start  # the layout's own text is narrative


def test_nested_tables_are_charged_to_the_grid_budget(monkeypatch):
    values = consistent_values(seed=12)
    html = _layout_page(values).encode()
    docx = _nested_docx(values)
    assert load_bytes(html).tokens and load_bytes(docx).tokens  # within the default budget
    monkeypatch.setenv("XXGK_MAX_GRID_CELLS", "120")  # more than any frame, less than the inner tables
    for data in (html, docx):
        with pytest.raises(ExtractError, match="上限") as err:
            load_bytes(data)
        assert err.value.code == "over_budget"


# ---------------------------------------------------------------- 2. Pandoc grid tables in Markdown
def _grid(rows: list[list[str]], width: int) -> str:
    """A Pandoc grid table: every cell wrapped at `width` characters over as many lines as it needs,
    rows between `+---+` borders, `+===+` under the first row."""
    n = max(len(r) for r in rows)
    border = "+" + "+".join("-" * (width + 2) for _ in range(n)) + "+"
    out = [border]
    for i, r in enumerate(rows):
        cells = [*r, *[""] * (n - len(r))]
        pieces = [[c[k : k + width] for k in range(0, len(c), width)] or [""] for c in cells]
        for line in range(max(len(p) for p in pieces)):
            out.append("|" + "|".join(f" {(p[line] if line < len(p) else ''):<{width}} " for p in pieces) + "|")
        out.append(border.replace("-", "=") if i == 0 else border)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("width", [4, 9])
def test_markdown_grid_tables_with_wrapped_cells_are_read_cell_by_cell(width):
    values = consistent_values(seed=33)
    rows = table_rows(values)
    md = "# " + PREAMBLE + "\n" + SECTION1.format(new=values["t3.new.tot"]) + "\n"
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        md += "## " + head + "\n" + _grid(rows[t], width) + "\n"
    md += TAIL
    got = _values_read(md.encode())
    assert {k: got.get(k) for k in values} == values


# ---------------------------------------------------------------- 3. marker-style Markdown: <br> in cells
def _br(text: str, every: int) -> str:
    """A label wrapped every `every` characters with <br>, as PDF-to-Markdown converters write it."""
    if not text or text.isascii():
        return text
    return "<br>".join(text[k : k + every] for k in range(0, len(text), every))


def test_markdown_pipe_tables_with_br_line_breaks_stay_markdown():
    values = consistent_values(seed=41)
    rows = table_rows(values)
    md = "# " + PREAMBLE + "\n" + SECTION1.format(new=values["t3.new.tot"]) + "\n"
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        width = max(len(r) for r in rows[t])
        lines = []
        for r in rows[t]:
            lines.append("| " + " | ".join(_br(c, 4) for c in [*r, *[""] * (width - len(r))]) + " |")
            if len(lines) == 1:
                lines.append("|" + "---|" * width)
        md += "## " + head + "\n" + "\n".join(lines) + "\n\n"
    md += TAIL
    assert md.count("<br>") >= 3
    assert load_bytes(md.encode()).format == "markdown"
    got = _values_read(md.encode())
    assert {k: got.get(k) for k in values} == values
