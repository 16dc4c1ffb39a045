"""Table 三 split by its columns into two tables (extractor/colsplit.py). The generator families
docx-/html-/md-t3-colsplit read back exactly in tests/test_reportgen.py; here, that the values keep
their spans where they are printed, and that tables which are not one table's blocks stay apart."""

from __future__ import annotations

import pytest

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.colsplit import join_column_blocks
from extractor.document import Token
from extractor.extract import extract_bytes


@pytest.mark.parametrize("family", ["html-t3-colsplit", "md-t3-colsplit", "docx-t3-colsplit"])
def test_joined_values_point_at_their_digits(family):
    g = generate(RandomDraw(7), family)
    report = extract_bytes(g.data, g.name)
    t3 = [c for c in report.cells if c.key.startswith("t3.") and c.value is not None]
    assert len(t3) > 100
    for c in t3:
        assert report.text[c.span.start : c.span.end] == c.raw, c.key


def _table(rows: list[list[str]], at: int) -> tuple[list[Token], int]:
    out: list[Token] = []
    for row in rows:
        for i, text in enumerate(row):
            out.append(Token(text, at, at + len(text), i == len(row) - 1, not text, i == 0))
            at += len(text) + 3
    return out, at


def _blocks(first: list[list[str]], second: list[list[str]]) -> list[Token]:
    a, at = _table(first, 0)
    caption = Token("（续表）", at, at + 5)
    b, _ = _table(second, at + 6)
    return [*a, caption, *b]


LABELS = ["一、本年新收", "二、上年结转", "（一）予以公开", "（二）部分公开"]


def test_blocks_with_the_same_row_labels_are_joined_row_by_row():
    first = [["", "自然人", "商业企业"], *[[x, str(i), "0"] for i, x in enumerate(LABELS)]]
    second = [["", "其他", "总计"], *[[x, "1", str(i + 1)] for i, x in enumerate(LABELS)]]
    tokens = join_column_blocks(_blocks(first, second))
    rows: list[list[str]] = [[]]
    for t in tokens:
        if t.row_start:
            rows.append([])
        rows[-1].append(t.text)
    assert rows[1] == ["", "自然人", "商业企业", "其他", "总计"]
    assert rows[3] == ["二、上年结转", "1", "0", "1", "2"]
    assert rows[-1] == ["（二）部分公开", "3", "0", "1", "4", "（续表）"]  # the caption after the table
    assert tokens[-1].text == "（续表）" and not tokens[-1].row_start


@pytest.mark.parametrize(
    "second",
    [
        [["", "其他", "总计"], *[[x, "1", "2"] for x in reversed(LABELS)]],  # other labels (order)
        [["", "结果维持", "总计"], *[["", "1", "2"] for _ in LABELS]],  # no row labels (table 四)
        [["", "自然人", "商业企业"], *[[x, str(i), "0"] for i, x in enumerate(LABELS)]],  # printed twice
    ],
)
def test_tables_that_are_not_one_tables_blocks_stay_apart(second):
    first = [["", "自然人", "商业企业"], *[[x, str(i), "0"] for i, x in enumerate(LABELS)]]
    tokens = _blocks(first, second)
    assert join_column_blocks(tokens) == tokens
