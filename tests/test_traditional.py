"""繁體 reports (extractor/traditional.py, extractor/charset.py): read through a simplified view,
reported as printed, the agency in simplified characters. The generator families html-traditional and txt-big5-traditional read them back
cell by cell (tests/test_reportgen.py); here what the user sees of them."""

from __future__ import annotations

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from eval.reportgen.traditional import traditional
from extractor.extract import extract_bytes
from extractor.load import decode


def test_traditional_report_is_reported_as_printed():
    g = generate(RandomDraw(3), "txt-big5-traditional", "GF2021")
    report = extract_bytes(g.data, g.name)
    assert report.encoding == "cp950"
    printed = g.data.decode("cp950")
    assert report.text == printed.replace("\r\n", "\n")  # the text as printed, not the simplified view
    assert report.title and "報告" in report.title and report.title in report.text
    # the agency in simplified characters, the body's official name (w32fix); printed in 繁體 in the text
    assert report.agency is not None and report.agency == report.agency_full == g.model.agency.full
    assert traditional(report.agency) in report.text
    for c in report.cells:
        if c.span is not None:
            assert report.text[c.span.start : c.span.end] == c.raw
    assert "一、總體情況" in [s.heading for s in report.sections]
    assert any("公開" in m.quote for m in report.metrics)


def test_gbk_text_with_some_traditional_words_stays_gbk_and_simplified():
    text = "某县人民政府2023年政府信息公开工作年度报告\n本报告引用《臺灣地區資訊公開辦法》等名称。\n" * 3
    assert decode(text.encode("gb18030")) == (text, "gb18030")
    big5 = "某縣人民政府2023年政府資訊公開工作年度報告，本報告依據條例編製。\n" * 5
    assert decode(big5.encode("cp950")) == (big5, "cp950")
