"""The budgets (extractor/budgets.py) in process: each measures an input's expansion before a loader
pays for it, refuses it over the limit with a Chinese message, and lets every real report through."""

import zlib

import pytest
from hypothesis import given, settings, strategies as st

from extractor import budgets
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.load_html import expand_grid
from extractor.schema import ExtractError
from hostile import (
    MB,
    docx_gridspan,
    docx_many_members,
    docx_report,
    docx_vmerge,
    html_span,
    pdf,
    pdf_flate_bomb,
    pdf_pages,
    report_text,
    text_long_number,
    with_cell,
    zip_bomb_member,
)

spans = st.lists(st.lists(st.tuples(st.integers(1, 4), st.integers(1, 4)), max_size=5), max_size=6)


@given(spans)
@settings(max_examples=200, deadline=None)
def test_grid_size_bounds_the_grid_expand_grid_builds(rows):
    """The budget is charged from the spans alone; the grid it stands for is never larger."""
    grid = expand_grid([[("x", rs, cs) for rs, cs in cells] for cells in rows])
    height, width = budgets.grid_size(rows)
    assert len(grid) == height
    assert max((len(r) for r in grid), default=0) <= width


def test_span_bomb_is_refused_before_the_grid_is_built():
    with pytest.raises(ExtractError) as e:
        load_bytes(html_span(100_000))
    assert e.value.code == "over_budget" and "10,000,000,000 格" in str(e.value)


def test_every_corpus_report_and_form_is_within_budget(corpus):
    for f in sorted((corpus / "reports").iterdir()):
        load_bytes(f.read_bytes())  # raises if a budget were too tight for a real report
    load_bytes(docx_report())


def test_a_budget_is_overridable_by_environment(monkeypatch):
    data = with_cell("1" * 40)
    extract_bytes(data)
    monkeypatch.setenv("XXGK_MAX_DIGITS", "30")
    with pytest.raises(ExtractError, match="超过 30 位的数字"):
        extract_bytes(data)
    monkeypatch.setenv("XXGK_MAX_DIGITS", "abc")
    with pytest.raises(ExtractError, match="XXGK_MAX_DIGITS 的值无效"):
        budgets.current()


def test_long_numbers_with_separators_count_whole():
    with pytest.raises(ExtractError, match="位的数字"):
        budgets.check_text("共" + ",".join(["999"] * 400) + "件")
    budgets.check_text("共" + ",".join(["999"] * 300) + "件")  # 900 digits: kept


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789,，件 ０١", max_size=120), st.integers(1, 12))
def test_long_number_found_by_sampled_runs_as_by_the_regex(text, digits):
    """The check samples every `digits`-th character instead of scanning the text: it must find
    exactly what the regex finds, wherever the run sits and whatever digits (Unicode Nd) it has."""
    assert budgets._has_long_number(text, digits) == bool(budgets._long_number(digits).search(text))


def test_zip_directory_is_read_before_inflating():
    """A 1 GB member is refused from its declared size; the package is ~1 MB and nothing is
    inflated (the member's CRC is not even valid)."""
    bomb = zip_bomb_member(1024 * MB)
    assert len(bomb) < 2 * MB
    with pytest.raises(ExtractError, match="解压后1,024 MB"):
        budgets.check_zip(bomb)
    with pytest.raises(ExtractError, match="压缩包条目3,003 个"):
        budgets.check_zip(docx_many_members(3000))
    assert budgets._zip_entries(docx_many_members(10)) == 13


def test_word_tables_are_costed_from_their_xml():
    with pytest.raises(ExtractError, match="Word 表格展开合并单元格后"):
        load_bytes(docx_gridspan(100, 100_000))
    with pytest.raises(ExtractError, match="纵向合并的单元格过多"):
        load_bytes(docx_vmerge(250))
    load_bytes(docx_vmerge(30))  # a merge as deep as 表三's label column


def test_pdf_streams_are_counted_not_kept():
    with pytest.raises(ExtractError, match="PDF 单个内容流解压后"):
        budgets.scan_pdf(pdf_flate_bomb(1024 * MB))
    with pytest.raises(ExtractError, match="PDF 单个内容流解压后"):
        budgets.scan_pdf(pdf_flate_bomb(1024 * MB, layers=2))  # the outer layer alone is ~1 MB
    fonts = pdf(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
        + [
            b"<< /Length %d /Length1 300000000 /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream"
            for z in [zlib.compress(b"\0" * (100 * MB))] * 3
        ]
    )
    with pytest.raises(ExtractError, match="PDF 数据流解压后"):  # font programs: counted in the total only
        budgets.scan_pdf(fonts)
    scan = budgets.scan_pdf(pdf_pages(40, flate=True))
    assert scan.pages == 40 and not scan.encrypted and 0 < scan.decoded < 1000
    with pytest.raises(ExtractError, match="PDF 页数1,500 页"):
        budgets.scan_pdf(pdf_pages(1500))


def test_pdf_pages_in_object_streams_are_counted(corpus):
    data = (corpus / "reports" / "hongze-2023.pdf").read_bytes()
    scan = budgets.scan_pdf(data)
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert scan.pages >= len(pdf.pages)


def test_text_budgets():
    with pytest.raises(ExtractError, match="文字"):
        budgets.check_text("字" * 2_000_001)
    with pytest.raises(ExtractError, match="位的数字"):
        load_bytes(text_long_number(5000))
    load_bytes(report_text().encode())
