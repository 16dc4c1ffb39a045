"""Bulk workers run with the automatic cyclic collector off (api/bulk.py). That is only sound while
extracting a report leaves no reference cycles behind; these tests hold the extractor to it, and
check that a worker still frees what a PDF leaves in cycles."""

import gc

import pytest

from api.bulk import COLLECT_AT, collect_if_grown
from extractor.extract import extract_bytes
from reportgen import consistent_values, render


@pytest.fixture
def collector_off():
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _inputs(corpus):
    for p in sorted((corpus / "reports").iterdir()):
        if p.suffix in (".txt", ".md", ".html"):
            yield p.name, p.read_bytes()
    for form in ("pipe", "lines", "markdown", "html", "glued"):
        for single_r6 in (False, True):
            values = consistent_values(4, single_r6=single_r6)
            yield f"{form}-{single_r6}", render(values, form, single_r6=single_r6, org_subtotal=single_r6).encode()


def test_text_html_markdown_leave_no_reference_cycles(corpus, collector_off):
    inputs = list(_inputs(corpus))
    for _, data in inputs:  # first calls fill caches (compiled patterns, lru caches): not garbage
        extract_bytes(data)
    gc.collect()
    gc.freeze()  # what lived before is not scanned again by each collection (the suite's worker holds a big heap)
    try:
        for name, data in inputs:
            report = extract_bytes(data + b"\n")
            assert report.cells or report.metrics, name
            del report
            assert gc.collect() == 0, f"{name}: extraction left objects in reference cycles"
        cycle: list = []
        cycle.append(cycle)
        del cycle
        assert gc.collect() == 1  # a cycle made after the freeze is still found
    finally:
        gc.unfreeze()


def test_worker_collects_what_a_pdf_leaves(corpus, collector_off, monkeypatch):
    monkeypatch.setenv(
        "XXGK_PDF_ENGINE", "pdfplumber"
    )  # the loader that leaves the most (PDFium's wrappers leave some)
    data = (corpus / "reports" / "hongze-2023.pdf").read_bytes()
    for _ in range(5):  # pdfminer's cycles (~11,000 objects a PDF since its pages are closed as read)
        extract_bytes(data)
        if gc.get_count()[0] > COLLECT_AT:
            break
    assert gc.get_count()[0] > COLLECT_AT  # why the worker watches the count
    collect_if_grown()
    assert gc.get_count()[0] < 100
