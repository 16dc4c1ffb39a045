"""Tables drawn with characters (extractor/drawntable.py): box-drawing and ASCII rules, merged
cells drawn merged, wrapped labels and headers, values right-aligned. The generator family
txt-drawn reads back exactly in tests/test_reportgen.py; here, that every value's span is its
digits in the report text, and that a column that does not line up is not guessed."""

from __future__ import annotations

import pytest

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.drawntable import drawn_to_pipe
from extractor.extract import extract_bytes


@pytest.mark.parametrize("seed", range(6))
def test_drawn_table_values_point_at_their_digits(seed):
    g = generate(RandomDraw(seed), "txt-drawn", "GF2021" if seed % 2 else "GF2019")
    report = extract_bytes(g.data, g.name)
    values = [c for c in report.cells if c.value is not None]
    assert len(values) > 100
    for c in values:
        assert report.text[c.span.start : c.span.end] == c.raw, c.key
        assert c.raw.lstrip("+-").replace(".", "").replace(",", "").isdigit(), c.key


def test_merged_label_goes_on_beside_rules_and_blank_cells_stay_blank():
    text = "\n".join(
        [
            "┌──────┬──────────┬──────┐",
            "│ 三、 │ （一）予 │    3 │",
            "│ 本年 ├──────────┼──────┤",
            "│ 度   │ （二）部 │      │",
            "│      │ 分公开   │      │",
            "└──────┴──────────┴──────┘",
            "after",
        ]
    )
    assert drawn_to_pipe(text).split("\n") == [
        "| 三、本年度 | （一）予 | 3 |",
        "|---|",
        "| （二）部分公开 |  |",
        "after",
    ]


def test_ascii_rules_and_signed_values():
    text = "\n".join(
        [
            "+------+------+",
            "| 行政 | +27  |",
            "| 许可 |      |",
            "+------+------+",
        ]
    )
    assert drawn_to_pipe(text).split("\n") == ["| 行政许可 | +27 |", "|---|"]


def test_text_without_drawn_table_is_unchanged():
    text = "一、总体情况\n本年度——共计 3 件 | 其他\n+ 加强培训 ---"
    assert drawn_to_pipe(text) == text
