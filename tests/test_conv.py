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
KNOWN_WRONG = {"markitdown-pdf", "pdftotext-layout"}  # (w3m: box-drawn tables, extractor/drawntable.py)


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
