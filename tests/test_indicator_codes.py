"""A 年报 fill-in system's indicator code (「T4-01」) before a row's name is a word, not the value 「-01」
(stream.py `_indicator_codes`)."""

from __future__ import annotations

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.stream import build_stream, pieces


def test_indicator_code_cell_is_one_word():
    csv = "\r\n".join(
        ["四、政府信息公开行政复议、行政诉讼情况", "指标代码,指标名称,结果维持,结果纠正,其他结果,尚未审结,总计"]
        + [f"T4-0{k},{name},1,0,0,3,4" for k, name in enumerate(("行政复议", "未经复议直接起诉", "复议后起诉"), 1)]
        + [f"T9-{k:02d},某项,{k},0,0" for k in range(1, 5)]  # (enough rows for the text to be CSV)
    )
    stream = build_stream(load_bytes(csv.encode("utf-8")))
    items = pieces(stream, (), 0, len(stream.text))
    assert [p.text for p in items if p.kind == "other" and p.text.startswith("T4")] == ["T4-01", "T4-02", "T4-03"]
    assert not [p for p in items if p.kind == "value" and p.text.startswith("-")]


def test_fill_system_exports_read_back():
    for family in ("txt-csv-indicator-codes", "xlsx-indicator-codes"):
        for seed in range(3):
            g = generate(RandomDraw(seed), family)
            assert not mismatches(extract_bytes(g.data, g.name), g.expected), (family, seed)
