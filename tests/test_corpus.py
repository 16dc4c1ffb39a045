"""Every real report with a gold file: cells, placeholders, template and findings as the gold says."""

import pytest

from conftest import gold_items
from extractor.export import to_cells
from extractor.extract import extract_path

GOLD = gold_items()


@pytest.fixture(scope="module", params=GOLD, ids=[g["id"] for g in GOLD])
def pair(request):
    gold = request.param
    return gold, extract_path(gold["_path"])


def test_template(pair):
    gold, report = pair
    assert report.template.value == gold["template"]


def test_cells_equal_gold(pair):
    gold, report = pair
    cells = to_cells(report)
    for t in ("t2", "t3", "t4"):
        for key, value in gold[t].items():
            got = cells[t].get(key, "<missing>")
            assert got == pytest.approx(value) if isinstance(value, float) else got == value, f"{t}.{key}"


def test_placeholders_equal_gold(pair):
    gold, report = pair
    ours = to_cells(report)["placeholders"]
    for key, raw in gold.get("placeholders", {}).items():
        assert key in ours, key
        assert ours[key] == raw, key
    for key in ours:
        assert key in gold.get("placeholders", {}), f"unexpected placeholder {key}"


def test_findings_equal_gold(pair):
    gold, report = pair
    from eval.extraction import _group

    want = {_group(f["check"], f.get("where", "")) for f in gold["findings"] if f.get("kind") != "blank_cells"}
    got = {_group(f.check, f.where) for f in report.findings if f.kind == "report_defect" and f.severity == "error"}
    assert got == want


def test_year(pair):
    gold, report = pair
    assert report.year == gold["year"]


def test_every_cell_span_points_at_its_printed_text(pair):
    gold, report = pair
    for cell in report.cells:
        if cell.value is None or cell.span is None:
            continue
        printed = report.text[cell.span.start : cell.span.end]
        digits = "".join(ch for ch in printed if ch.isdigit())
        assert (
            digits
            and digits in "".join(ch for ch in cell.raw if ch.isdigit())
            or "".join(ch for ch in cell.raw if ch.isdigit()) in digits
        ), (cell.key, printed, cell.raw)


def test_glued_reports_mark_recovered_cells(pair):
    gold, report = pair
    recovered = [c for c in report.cells if c.source == "glued_split"]
    assert bool(recovered) == bool(gold.get("glued")), "glued cells exactly in glued reports"
    if gold.get("glued"):
        assert report.glued
        assert any(f.check == "D3" and f.kind == "extraction_doubt" for f in report.findings)


def test_pdf_cells_carry_pages(corpus):
    report = extract_path(str(corpus / "reports" / "hongze-2023.pdf"))
    pages = {c.span.page for c in report.cells if c.span}
    assert {2, 3, 4} <= pages  # table 二 starts on page 2, table 三 runs from page 3 onto page 4
    assert report.cell("t3.r4_2.tot").span.page == 3 and report.cell("t3.r4_3.tot").span.page == 4


def test_agency(pair):
    gold, report = pair
    assert report.agency == gold["agency"]
