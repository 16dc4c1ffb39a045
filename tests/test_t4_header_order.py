"""Table 四 read by the names its header rows print, never by assumed position (header_rows.t4_column_keys)."""

from __future__ import annotations

from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes


def _report(seed: int):
    g = generate(RandomDraw(seed), "html-t4-cols-reordered")
    return g, g.data.decode("utf-8")


def test_total_printed_first_is_read_under_its_name():
    for seed in range(4):
        g, html = _report(seed)
        report = extract_bytes(html.encode("utf-8"), g.name)
        got = {c.key: c.value for c in report.cells if c.key.startswith("t4.")}
        want = {k: v for k, v in g.expected.cells.items() if k.startswith("t4.")}
        assert got == want
        assert not [f for f in report.findings if f.where.startswith("t4")]


def test_header_out_of_order_that_makes_no_reading_is_refused():
    g, html = _report(1)
    head, sep, rest = html.partition("结果纠正")  # the first block now names 结果维持 twice, 结果纠正 never
    report = extract_bytes((head + "结果维持" + rest).encode("utf-8"), g.name)
    cells = [c for c in report.cells if c.key.startswith("t4.")]
    assert sep and not [c for c in cells if c.value is not None]  # null with a doubt, never shifted
    assert [f.check for f in report.findings if f.where == "t4"] == ["D2"]
