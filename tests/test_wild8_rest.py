"""eval/wild8's last layout families read by family: table 二 copied column by column, tables 二
and 四 side by side on one PDF page (四 read before 三), and a positioned table-四 row whose blank
cells printed nothing (OFD) — read by its pitch, never cut into digits."""

from __future__ import annotations

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes, extract_document
from extractor.ocr import Box, Page
from extractor.ocr_layout import build_document


def _generated_reads_back(family: str, seeds) -> None:
    for seed in seeds:
        g = generate(RandomDraw(seed), family)
        problems = mismatches(extract_bytes(g.data, g.name), g.expected)
        assert not problems, f"{family} seed {seed}: " + "\n".join(problems[:8])


# ---------------------------------------------------------------- table 二 copied column by column
_T2_LABELS = [
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容",
    "规章",
    "行政规范性文件",
    "第二十条第（五）项",
    "信息内容",
    "行政许可",
    "第二十条第（六）项",
    "信息内容",
    "行政处罚",
    "行政强制",
    "第二十条第（八）项",
    "信息内容",
    "行政事业性收费",
]
_T2_COLUMNS = [
    "本年制发件数",
    "0",
    "4",
    "本年处理决定数量",
    "21",
    "本年处理决定数量",
    "278",
    "37",
    "本年收费金额（单位：万元）",
    "8776.99",
    "本年废止件数",
    "0",
    "3",
    "现行有效件数",
    "0",
    "47",
]


def _column_major_report(columns: list[str]) -> bytes:
    lines = ["某区退役军人事务局2021年政府信息公开工作年度报告", "一、总体情况", "本年度工作情况如下。"]
    lines += _T2_LABELS + columns + ["三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况"]
    return "\n".join(lines).encode()


def test_table_two_copied_column_by_column_is_read_in_rows():
    values = extract_bytes(_column_major_report(_T2_COLUMNS), "r.txt").values()
    assert values["t2.reg.made"] == 0 and values["t2.norm.made"] == 4
    assert values["t2.norm.repealed"] == 3 and values["t2.norm.valid"] == 47
    assert values["t2.license.decisions"] == 21
    assert values["t2.penalty.decisions"] == 278 and values["t2.coercion.decisions"] == 37
    assert values["t2.fee.amount_wan"] == 8776.99


def test_table_two_column_short_of_a_value_is_not_guessed():
    """A block's column with one value line gone (an empty cell copies as nothing): which row lost
    its value is not in the text, so the copy is left as printed — no value is placed by guess."""
    short = [x for i, x in enumerate(_T2_COLUMNS) if i != 7]  # 「37」 (行政强制) gone
    report = extract_bytes(_column_major_report(short), "r.txt")
    values = report.values()
    assert values.get("t2.penalty.decisions") is None and values.get("t2.coercion.decisions") is None
    assert values.get("t2.fee.amount_wan") is None


def test_table_two_column_major_family_reads_back():
    _generated_reads_back("txt-column-major-all", range(3))


# ---------------------------------------------------------------- tables 二 and 四 side by side
def test_side_by_side_tables_read_with_four_before_three():
    """Tables 二 and 四 side by side (ruled and unruled draws), 三 on the next page: each table read,
    section 四 found where it is printed, no 「未找到规定的部分：三」 for a section printed after it."""
    _generated_reads_back("pdf-side-by-side", (1, 2))
    g = generate(RandomDraw(1), "pdf-side-by-side")
    report = extract_bytes(g.data, g.name)
    assert [s.number for s in report.sections if s.number] == [1, 2, 4, 3, 5, 6]
    assert not [f for f in report.findings if f.check == "S8"]


# ---------------------------------------------------------------- a positioned row short of its cells
def _line(texts_x: list[tuple[str, float]], y: float) -> list[Box]:
    return [Box(t, 1.0, x, y, x + 6 * len(t), y + 10) for t, x in texts_x]


def _positioned_t4(row: list[tuple[str, float]]):
    """A PDF text layer's page: table 二's header (the template), table 四's header and one row of
    numbers placed at `row`'s x positions."""
    boxes = _line([("某区司法局2024年政府信息公开工作年度报告", 60)], 40)
    boxes += _line([("二、主动公开政府信息情况", 40)], 60)
    boxes += _line([("信息内容", 40), ("本年制发件数", 200), ("本年废止件数", 300), ("现行有效件数", 400)], 70)
    boxes += _line([("四、政府信息公开行政复议、行政诉讼情况", 40)], 90)
    boxes += _line([("行政复议", 40), ("未经复议直接起诉", 200), ("复议后起诉", 400)], 110)
    boxes += _line([(h, 40 + 34 * i) for i, h in enumerate(["维持", "纠正", "其他", "尚未", "总计"] * 3)], 130)
    boxes += _line(row, 150)
    boxes += _line([("五、存在的主要问题及改进情况", 40)], 180)
    doc = build_document([Page(595, 842, boxes)], "pdf", ocr=False)
    return extract_document(doc, "r.pdf", "r")


def test_positioned_numbers_are_never_cut_into_digits():
    """Three numbers placed in a fifteen-cell row: three cells, whatever their digits — cutting
    「12345」「67890」「12345」 into fifteen one-digit cells shifted every value onto another column.
    The row is short: its cells stay null, with a doubt naming them."""
    report = _positioned_t4([("12345", 40), ("67890", 240), ("12345", 480)])
    assert not any(c.value is not None for c in report.cells if c.key.startswith("t4."))
    doubted = {k for f in report.findings if f.kind == "extraction_doubt" for k in f.cells}
    assert {"t4.rv.keep", "t4.lr.tot"} <= doubted


def test_row_pitch_from_commensurate_gaps():
    """Nine numbers in fifteen columns, more than half of the gaps spanning a blank cell (the median
    gap is two columns): the pitch is the one column every gap is a multiple of, the blanks stand
    where they are printed (ofd-positioned RandomDraw(218))."""
    cols = [0, 1, 3, 4, 5, 7, 9, 11, 14]
    printed = ["1", "1", "2", "4", "30", "3", "33", "524", "524"]
    report = _positioned_t4([(v, 40 + 34 * c) for v, c in zip(printed, cols)])
    values = report.values()
    keys = [f"t4.{g}.{c}" for g in ("rv", "ld", "lr") for c in ("keep", "fix", "other", "pend", "tot")]
    assert [values.get(k) for k in keys] == [1, 1, None, 2, 4, 30, None, 3, None, 33, None, 524, None, None, 524]


def test_ofd_draw_218_reads_table_four_in_place():
    _generated_reads_back("ofd-positioned", (218,))
