"""Tables printed turned (extractor/turned.py): a table 三 with the applicant types as rows, a table 四
with the case kinds as rows, read through the grid loaders. The reading itself is the generator's
property test (tests/test_reportgen.py, families *-t3-turned); here: what it must never do — take a
table printed as usual for a turned one — and that every value still points at its printed cell."""

from __future__ import annotations

import pytest

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.load import load_bytes


def _in_text_order(data: bytes) -> bool:
    starts = [t.start for t in load_bytes(data).tokens]
    return all(a <= b for a, b in zip(starts, starts[1:]))


@pytest.mark.parametrize("family", ["html-plain", "html-cms", "md-converter", "md-docling", "docx-merged"])
def test_a_table_printed_as_usual_is_never_turned(family):
    """Tables 二, 三 and 四 as the templates print them: the tokens stay in the order of the text."""
    for seed, template in ((0, "GF2021"), (1, "GF2019"), (2, "GF2021")):
        assert _in_text_order(generate(RandomDraw(seed), family, template).data), (family, seed)


@pytest.mark.parametrize("family", ["html-t3-turned", "md-t3-turned", "md-docling-t3-turned", "docx-t3-turned"])
def test_turned_values_point_at_their_printed_cells(family):
    for seed, template in ((0, "GF2021"), (1, "GF2019"), (3, "GF2019"), (4, "GF2021")):
        g = generate(RandomDraw(seed), family, template)
        assert not _in_text_order(g.data)  # (read column by column: the property below is not empty)
        report = extract_bytes(g.data, g.name)
        read = [c for c in report.cells if c.key.startswith(("t3.", "t4.")) and c.span is not None]
        assert len(read) >= 150
        for c in read:
            assert report.text[c.span.start : c.span.end].strip() == c.raw, (family, seed, c.key)
            assert c.raw == g.model.printed[c.key], (family, seed, c.key)
