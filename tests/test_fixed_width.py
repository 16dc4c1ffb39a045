"""Fixed-width text tables with blank cells (extractor/fixedwidth.py): numbers placed in the column
their header names by position. The generator family txt-fixed-width reads back exactly in
tests/test_reportgen.py; here, spans on the digits, and that columns which do not line up are not
guessed."""

from __future__ import annotations

import pytest

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.fixedwidth import fixed_width_rows


def _rows(text: str) -> dict[int, list[str]]:
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return {i: [t.text for t in toks] for i, toks in fixed_width_rows(lines, starts).items()}


HEADER = "信息内容      自然人  商业企  总计\n"


def test_a_blank_cell_is_the_column_with_no_number():
    rows = _rows(HEADER + "规章              31               31\n规范性文件         2       1        3\n")
    assert rows == {1: ["规章", "31", "", "31"], 2: ["规范性文件", "2", "1", "3"]}


@pytest.mark.parametrize(
    "body",
    [
        "规章              31         5     31\n",  # 5 stands across 商业企's and 总计's columns
        "规章            31                 31\n规范性文件       2        1       3\n",  # not aligned either way
    ],
)
def test_numbers_that_do_not_line_up_are_not_placed(body):
    assert _rows(HEADER + body) == {}


@pytest.mark.parametrize("seed", range(4))
def test_fixed_width_values_point_at_their_digits(seed):
    g = generate(RandomDraw(seed), "txt-fixed-width", "GF2021" if seed % 2 else "GF2019")
    report = extract_bytes(g.data, g.name)
    values = [c for c in report.cells if c.value is not None]
    assert len(values) > 100
    for c in values:
        assert report.text[c.span.start : c.span.end] == c.raw, c.key
