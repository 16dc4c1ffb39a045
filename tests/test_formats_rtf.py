"""RTF as WPS and Word save a report (extractor/load_rtf.py): GBK `\\'hh` bytes and `\\uN` escapes, tables
from `\\trowd`/`\\cellx`/`\\cell`/`\\row` with their merges, hidden text not read; broken or hostile files a
clear Chinese error within the budgets."""

from __future__ import annotations

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.schema import ExtractError


def _rtf(body: str) -> bytes:
    return (
        "{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 SimSun;}{\\f1\\fcharset136 MingLiU;}}" + body + "}"
    ).encode("latin-1")


def _gbk(s: str) -> str:
    return "".join(f"\\'{b:02x}" for b in s.encode("gbk"))


@pytest.mark.parametrize("seed", [0, 1])
def test_a_generated_rtf_report_reads_back_exactly(seed):
    g = generate(RandomDraw(seed), "rtf-wps")
    report = extract_bytes(g.data, g.name)
    assert not mismatches(report, g.expected)
    doc = load_bytes(g.data)
    assert doc.format == "rtf" and all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_characters_in_each_font_code_page_and_unicode_escapes():
    body = (
        "\\pard\\f0 " + _gbk("本机关") + "\\par"
        "\\pard\\f1 " + "".join(f"\\'{b:02x}" for b in "機關".encode("big5")) + "\\par"
        "\\pard\\uc2\\u25919?\\'3f\\u-8192?\\'3f\\par"  # 政, then U+E000 (negative form), each with 2 fallback chars
        "\\pard{\\uc1\\u55357?\\u56832?}\\par"  # a surrogate pair: 😀
        "\\pard\\f0 " + _gbk("应")  # a GBK character split over a line end between its two bytes
    )
    body = body[: body.rindex("\\'")] + "\r\n" + body[body.rindex("\\'") :] + "\\par"
    lines = load_bytes(_rtf(body)).text.split("\n")
    assert lines[:5] == ["本机关", "機關", "政\ue000", "😀", "应"]


def test_hidden_and_deleted_text_and_destinations_are_not_read():
    body = (
        "{\\*\\generator WPS;}{\\info{\\title X}}{\\header " + _gbk("页眉") + "}"
        "\\pard " + _gbk("受理") + "{\\v 9}12{\\deleted 3}" + _gbk("件") + "\\par"
        "\\pard{\\field{\\*\\fldinst PAGE}{\\fldrslt 7}}\\par"
    )
    assert load_bytes(_rtf(body)).text.split("\n")[:2] == ["受理12件", "7"]


def test_merged_cells_become_spans_of_one_table():
    row = "\\trowd{d}\n\\pard\\intbl {a}\\cell\\pard\\intbl {b}\\cell\\pard\\intbl {c}\\cell\\row"
    rows = [
        row.format(d="\\clvmgf\\cellx900\\clmgf\\cellx1800\\clmrg\\cellx2700", a="A", b="B", c=""),
        row.format(d="\\clvmrg\\cellx900\\cellx1800\\cellx2700", a="", b="1", c="2"),
    ]
    doc = load_bytes(_rtf("".join(rows) + "\\pard end\\par"))
    assert doc.text.split("\n")[:3] == ["A | B", "1 | 2", "end"]
    assert [t.text for t in doc.tokens if t.row_end] == ["B", "2"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{\\rtf1" + b"{" * 20000 + b"}" * 20000 + b"}", "嵌套过深"),
        (b"{\\rtf1\\trowd" + b"\\cellx1" * 1200 + b"}", "超过 1,000 个单元格"),
        (b"{\\rtf1\\ansi{\\fonttbl{\\f0 x;}}{\\*\\x only}}", "没有可读的文字"),
    ],
)
def test_hostile_rtf_is_a_clear_error(data, message):
    with pytest.raises(ExtractError, match=message):
        load_bytes(data)


def test_a_truncated_rtf_reads_what_is_there_and_bin_data_is_skipped():
    g = generate(RandomDraw(3), "rtf-wps")
    cut = g.data[: len(g.data) * 2 // 3]  # no closing braces, a table cut in a row
    doc = load_bytes(cut)
    assert "一、总体情况" in doc.text
    assert load_bytes(_rtf("{\\pict\\bin4 }{}x}\\pard ok\\par")).text.strip() == "ok"


@pytest.mark.parametrize("code", ["9999999999", "9999999", "-9999999"])
def test_a_unicode_escape_out_of_range_is_a_replacement_character(code):
    """`\\uN` takes up to ten digits: one past U+10FFFF was an uncaught OverflowError/ValueError in
    chr() (「内部错误」 to the user); it stands for a character that does not exist."""
    assert load_bytes(_rtf(f"\\pard a\\u{code}?b\\par")).text.strip() == "a\ufffdb"  # (「?」: its fallback)
