"""The wild17 families read in general (issue 11; docs/NOTES.md "w17fix"): table 三 placed by its header's
labels whatever order the first header row prints (总计 first), never by position when the header cannot
place the columns; invisible format characters (zero-width, soft hyphen) never split or hide a figure; a
CMS API's base64 article (tests/test_formats2.py)."""

from __future__ import annotations

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor import tablespec as ts
from extractor.document import TextBuilder
from extractor.export import to_cells
from extractor.extract import extract_bytes
from extractor.t3_order import UNPLACED, printed_order

_LEGAL = "商业企业\x1f科研机构\x1f社会公益组织\x1f法律服务机构\x1f其他\x1e"


def _order(header: str) -> list[str] | tuple[int, ...] | None:
    """printed_order as the printed column names, left to right (or its answer when it names none)."""
    pos = printed_order(header)
    if not pos:
        return pos
    printed = [""] * len(ts.T3_COLS)
    for key, at in zip(ts.T3_COLS, pos):
        printed[at] = key
    return printed


def test_the_first_header_row_places_the_legal_block_where_its_heading_stands():
    legal = ["biz", "sci", "npo", "law", "oth"]
    assert _order("申请人情况\x1e总计\x1f自然人\x1f法人或其他组织\x1e" + _LEGAL) == ["tot", "np", *legal]
    assert _order("申请人情况\x1e法人或其他组织\x1f自然人\x1f总计\x1e" + _LEGAL) == [*legal, "np", "tot"]
    assert _order("申请人情况\x1e自然人\x1f总计\x1f法人或其他组织\x1e" + _LEGAL) == ["np", "tot", *legal]
    # a Word table read with its merged cells' text repeated in the row below (python-docx)
    assert _order("申请人情况\x1e总计\x1f自然人\x1f法人或其他组织\x1e总计\x1f自然人\x1f" + _LEGAL) == [
        "tot",
        "np",
        *legal,
    ]
    # the template, with and without the heading; composite names are no heading (one row of seven)
    assert printed_order("申请人情况\x1e自然人\x1f法人或其他组织\x1f总计\x1e" + _LEGAL) is None
    assert printed_order("自然人\x1f总计\x1e" + _LEGAL) is None
    names = "\x1f".join(f"法人或其他组织-{n}" for n in _LEGAL.strip("\x1e").split("\x1f"))
    one_row = "申请人情况\x1e总计\x1f自然人\x1f" + names + "\x1e"  # (its rows unmarked among the names)
    assert printed_order(one_row) == UNPLACED
    assert _order("总计\x1f自然人\x1f" + names + "\x1e总计\x1f自然人\x1f" + _LEGAL) == ["tot", "np", *legal]


def test_a_header_that_cannot_place_the_columns_is_not_read_by_position():
    assert printed_order("申请人情况\x1e总计\x1f自然人\x1e" + _LEGAL) == UNPLACED  # no heading: where is the block?
    assert printed_order("申请人情况\x1e总计\x1f自然人\x1f法人或其他组织\x1e") == UNPLACED  # the five unnamed
    head = '<tr><td rowspan="2">总计</td><td rowspan="2">自然人</td></tr>'
    legal = "".join(f"<td>{n}</td>" for n in _LEGAL.strip("\x1e").split("\x1f"))
    g = generate(RandomDraw(3), "html-t3-total-first")
    page = g.data.decode("utf-8")
    start = page.index("<td", page.index("申请人情况"))
    end = page.index("一、本年新收")
    end = page.rindex("<tr", 0, end)
    page = page[:start] + "</td></tr>" + head + "<tr>" + legal + "</tr>" + page[end:]
    cells = to_cells(extract_bytes(page.encode("utf-8")))
    assert not any(v is not None for v in cells["t3"].values())  # nothing read by position
    assert any(f["check"] == "D1" and "列次无法确定" in f["message"] for f in cells["findings"])


def test_generated_total_first_tables_read_back_in_every_format():
    for family, n in (("html-t3-total-first", 12), ("md-t3-total-first", 12), ("docx-t3-total-first", 4)):
        for seed in range(n):
            g = generate(RandomDraw(seed), family)
            assert not mismatches(extract_bytes(g.data, g.name), g.expected), (family, seed)


def test_total_first_in_plain_text_lines_is_refused_not_guessed():
    """Lines of plain text mark no header rows: 「总计 自然人 法人或其他组织」 over the five names and
    「申请人情况 总计」 over 「自然人 法人或其他组织」 (总计 last) print the same words in the same order. No
    column of table 三 is read by position there: nothing wrong, a doubt (docs/NOTES.md w17fix, left)."""
    from eval.reportgen import render_text
    from eval.reportgen.layout import parts, t3_total_first
    from eval.reportgen.model import draw_model

    for seed in range(6):
        d = RandomDraw(seed)
        m = draw_model(d)
        text = render_text.pipe(t3_total_first(parts(m), m, d))
        cells = to_cells(extract_bytes(text.encode("utf-8")))
        assert all(v is None or v == m.values.get(f"t3.{k}") for k, v in cells["t3"].items()), seed
        assert any(f["check"] == "D1" and "列次无法确定" in f["message"] for f in cells["findings"]), seed


def test_invisible_characters_never_split_a_figure_and_spans_hold_the_figure():
    out = TextBuilder()
    out.row(["行政许可", "\u200b8\xad4\u20600", "\ufeff"])
    text = out.text()
    assert [t.text for t in out.tokens] == ["行政许可", "840", ""]
    assert all(text[t.start : t.end] == t.text for t in out.tokens)
    assert out.tokens[2].blank  # (a cell of an invisible character alone is a blank cell)
    page = "某某镇2023年政府信息公开工作年度报告\n行政许可\t1\xad2\u200d3\n"
    from extractor.load import load_bytes

    doc = load_bytes(page.encode("utf-8"))
    assert "123" in doc.text and "\xad" not in doc.text
