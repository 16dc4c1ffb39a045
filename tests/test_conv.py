"""Reports as real converters print them (eval/conv: w3m, pandoc, poppler, markitdown … outputs of
generated reports, kept with what was printed before conversion). Whatever a chain loses, it must
never turn into another number: a cell is right, or null/missing with a doubt — not wrong. The
chains listed in KNOWN_WRONG still read some cells wrong (strict xfail: remove an entry when it
passes)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from extractor.extract import extract_bytes

CONV = Path(__file__).resolve().parents[1] / "eval" / "conv"
KNOWN_WRONG: set[str] = set()  # chains that still read a cell as another number (none now)


def _chains() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = defaultdict(list)
    for exp in sorted((CONV / "expected").glob("*.json")):
        out[json.loads(exp.read_text(encoding="utf-8"))["chain"]].append(exp)
    return out


CHAINS = _chains()


@pytest.mark.parametrize(
    "chain",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c in KNOWN_WRONG else c for c in sorted(CHAINS)],
)
def test_a_converter_never_turns_a_cell_into_another_number(chain):
    wrong = []
    for exp in CHAINS[chain]:
        want = json.loads(exp.read_text(encoding="utf-8"))
        src = next((CONV / "reports").glob(exp.stem + ".*"))
        report = extract_bytes(src.read_bytes(), src.name)
        got = {c.key: c for c in report.cells}
        for key, value in want["cells"].items():
            c = got.get(key)
            if c is not None and c.value is not None and (value is None or abs(c.value - value) > 1e-9):
                wrong.append(f"{exp.stem} {key}: got {c.value} want {value}")
    assert not wrong, wrong[:10]


def test_rows_placed_by_order_are_not_taken_when_no_identity_confirms_them():
    """pdftotext's reading order prints labels and values in separate blocks and drops rows printed
    blank: placed by order, the values slid one row and the report was charged with an H1 break it
    does not have. Now those rows are null with a D9 doubt and no report defect is raised."""
    exp = CONV / "expected" / "pdftotext-02.json"
    want = json.loads(exp.read_text(encoding="utf-8"))
    report = extract_bytes((CONV / "reports" / "pdftotext-02.txt").read_bytes(), "pdftotext-02.txt")
    d9 = [f for f in report.findings if f.check == "D9"]
    assert d9 and d9[0].kind == "extraction_doubt"
    assert not [f for f in report.findings if f.check in ("H1", "H3")]
    got = {c.key: c for c in report.cells}
    for key in d9[0].cells:
        assert got[key].value is None and not got[key].placeholder
    right = [k for k, v in want["cells"].items() if k in got and got[k].value == v and v is not None]
    assert len(right) > 50  # the rows that were recognised are still read


def test_a_space_split_number_is_kept_only_when_its_row_adds_up():
    """markitdown's PDF tables put two neighbouring cells in one (「0 68」, 「5 379」): read as one
    number they made 5379 a 总计 and charged the report with H1 breaks. A row holding such a cell is
    kept only when its H2 holds and no column identity through it breaks; otherwise null with D10."""
    exp = CONV / "expected" / "markitdown-pdf-02.json"
    want = json.loads(exp.read_text(encoding="utf-8"))
    report = extract_bytes((CONV / "reports" / "markitdown-pdf-02.md").read_bytes(), "markitdown-pdf-02.md")
    d10 = [f for f in report.findings if f.check == "D10"]
    assert d10 and all(f.kind == "extraction_doubt" for f in d10)
    assert not [f for f in report.findings if f.kind == "report_defect" and f.check.startswith("H")]
    got = {c.key: c for c in report.cells}
    wrong = [k for k, v in want["cells"].items() if k in got and got[k].value is not None and got[k].value != v]
    assert wrong == []


def test_a_row_total_does_not_confirm_which_column_its_parts_stand_in():
    """markitdown printed 「| 2 | 0 0 | 0 0 | / 2 |」 behind empty columns for 予以公开 (2 | 0 | 0 | 0 |
    0 | / | 2): read with the empty columns as blank cells, 2 stood under 科研机构 and the row's 总计 still
    held — H2 holds for any placement of the parts. A row with a space-split cell is kept only when a
    column identity through it (H1/H3) can also be judged; here none can, so the row is null with D10."""
    report = extract_bytes((CONV / "reports" / "markitdown-pdf-03.md").read_bytes(), "markitdown-pdf-03.md")
    got = {c.key: c for c in report.cells}
    assert got["t3.r1.sci"].value is None
    d10 = [f for f in report.findings if f.check == "D10" and f.where == "t3.r1"]
    assert d10 and d10[0].values["t3.r1.sci"] == 2


def test_a_number_after_padding_is_not_cut_as_glued_digits():
    """pdftotext -layout printed 「行政事业性收费          21」 (上一年项目数量 blank, 本年增/减 21) with
    columns that do not line up for extractor/fixedwidth.py: the two digits were cut 2 | 1 as a glued
    run, though the padding shows the text kept its spacing and no identity judges a 表二 row. Now the
    row is null with a D2 doubt."""
    report = extract_bytes((CONV / "reports" / "pdftotext-layout-05.txt").read_bytes(), "pdftotext-layout-05.txt")
    got = {c.key: c for c in report.cells}
    assert got["t2.fee.prev_items"].value is None and got["t2.fee.delta"].value is None
    assert [f for f in report.findings if f.check == "D2" and f.where == "t2.fee"]
