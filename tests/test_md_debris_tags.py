"""A PDF-to-Markdown converter's page-break element alone on a line between a pipe table's rows
(「<div style="page-break-after: always;"></div>」「<br>」) is debris: the file stays Markdown and the
table goes on under it (review2: three such lines made shanghai-kewei-2024.md read as HTML, five
cells of table 三 silently wrong; a 「<br>」 line cut the table, 76 cells lost)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract import extract_path

REPORT = Path(__file__).resolve().parent.parent / "eval" / "corpus" / "reports" / "shanghai-kewei-2024.md"


def _cells(path: Path) -> dict[str, tuple]:
    return {c.key: (c.value, c.placeholder) for c in extract_path(str(path)).cells}


@pytest.mark.parametrize("debris", ['<div style="page-break-after: always;"></div>', "<br>", "<br/>", "<hr />"])
def test_a_page_break_element_between_rows_is_no_html_and_no_row(tmp_path, debris):
    lines = REPORT.read_text(encoding="utf-8").split("\n")
    rows = [i for i, line in enumerate(lines) if line.startswith("|")]
    inside = [i for i in rows if i - 1 in rows and i + 1 in rows]  # between two body rows
    assert len(inside) > 20
    for at in sorted(inside[::7], reverse=True):
        lines.insert(at + 1, debris)
    broken = tmp_path / "kewei.md"
    broken.write_text("\n".join(lines), encoding="utf-8")
    assert _cells(broken) == _cells(REPORT)
