"""Pages printed in text columns (a 政府公报 page) read column by column, region by region; table 四 with
short labels (kinds as rows, 「复议」「诉讼（未经复议）」「维持/纠正/未结/合计」); a unit after every number
and table 四 as named lines (eval/wild7 families: extractor/columns.py, header_rows.py, cards.py,
normalize.compact_folded)."""

from __future__ import annotations

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor import tablespec as ts
from extractor.columns import reading_parts
from extractor.extract import extract_bytes
from extractor.meta import find_title, find_year
from extractor.normalize import compact_folded
from extractor.ocr import Box, Page, Rule
from tests.reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values

PROSE = "本机关坚持以习近平新时代中国特色社会主义思想为指导认真贯彻"  # a justified line of a column
LABELS = [
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及三安全一稳定",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
]


def _line(boxes: list[Box], y: float, x0: float, x1: float, text: str) -> None:
    boxes.append(Box(text, 1.0, x0, y, x1, y + 9))


def _row(boxes: list[Box], y: float, x0: float, label: str, values: list[str], pitch: float = 20.0) -> None:
    boxes.append(Box(label, 1.0, x0, y, x0 + 9 * len(label), y + 9))
    for k, v in enumerate(values):
        at = x0 + 150 + pitch * k
        boxes.append(Box(v, 1.0, at, y, at + 5 * len(v), y + 9))


def _two_columns(boxes: list[Box], top: float, n: int) -> None:
    """n lines of prose in a left column (36–270) beside n table rows in a right column (320–560)."""
    for i in range(n):
        _line(boxes, top + 14 * i, 36, 270, PROSE[: 26 - (i % 2)])
        _row(boxes, top + 14 * i + 3, 320, LABELS[i % len(LABELS)], [str(i), "0", "0", str(i)])


def test_two_text_columns_are_read_left_then_right():
    boxes: list[Box] = []
    _line(boxes, 20, 200, 400, "苏州市人民政府公报2024年第3期")  # the running head across the gutter
    _two_columns(boxes, 60, 12)
    parts = reading_parts(Page(595, 842, boxes, [Rule(40, 24, 571)]))
    texts = ["".join(b.text for b in sorted(p.boxes, key=lambda b: (b.y0, b.x0))) for p in parts]
    assert len(parts) == 3
    assert texts[0] == "苏州市人民政府公报2024年第3期"
    assert all(PROSE[:20] in line for line in [texts[1]]) and "属于国家秘密" not in texts[1]
    assert texts[2].startswith("1.属于国家秘密00") and PROSE[:5] not in texts[2]
    assert parts[2].left > 270 and parts[1].width <= 320  # each column its own frame (label columns)


def test_a_table_across_the_page_between_column_regions_stays_one():
    boxes: list[Box] = []
    _two_columns(boxes, 60, 8)
    # an unruled table across the page: labels at the left, values far right — its label–value gap
    # lines up with the columns' gutter
    for i in range(6):
        _row(boxes, 190 + 14 * i, 36, LABELS[i % len(LABELS)], ["7", "0", "12"], pitch=60)
        boxes[-3:] = [Box(b.text, 1.0, b.x0 + 230, b.y0, b.x1 + 230, b.y1) for b in boxes[-3:]]
    _two_columns(boxes, 290, 8)
    parts = reading_parts(Page(595, 842, boxes))
    across = [p for p in parts if any(b.text == "12" for b in p.boxes)]
    assert len(across) == 1  # the rows of the table across the page are in one part, with their labels
    assert {b.text for b in across[0].boxes} >= {"7", "12", LABELS[0]}
    assert len(parts) == 5  # columns, the table, columns


def test_a_borderless_table_with_a_label_column_is_not_two_columns():
    boxes: list[Box] = []
    for i in range(20):  # labels beside numbers: the gap between them is no gutter
        _row(boxes, 60 + 14 * i, 36, LABELS[i % len(LABELS)], [str(i), "0", "1", "0", "0", "0", str(i + 1)], 40)
    page = Page(595, 842, boxes)
    assert reading_parts(page) == [page]
    # a group label column beside its sub-rows (few labels, far apart down the values): no gutter either
    group = [Box("三、本年度办理结果", 1.0, 36, 200, 140, 209), Box("（四）无法提供", 1.0, 36, 330, 120, 339)]
    rows: list[Box] = []
    for i in range(20):
        _row(rows, 60 + 14 * i, 250, LABELS[i % len(LABELS)], [str(i), "0", "1"], 30)
    page = Page(595, 842, group + rows)
    assert reading_parts(page) == [page]


def test_a_group_label_column_is_not_a_text_column():
    """Group labels as long as each other, one every few rows beside their sub-rows: lined up to the
    gap and worded, but far apart down the values — a table's label column, not a column of text."""
    groups = [f"（{n}）予以公开" for n in "一二三四五六七"]
    boxes = [Box(g, 1.0, 36, 60 + 46 * i, 130, 69 + 46 * i) for i, g in enumerate(groups)]
    for i in range(22):
        _row(boxes, 60 + 14 * i, 150, LABELS[i % len(LABELS)], [str(i), "0", "1"], 30)
    page = Page(595, 842, boxes)
    assert reading_parts(page) == [page]


def test_a_header_of_column_names_beside_row_labels_is_not_a_text_column():
    """A borderless table 三: the note and row labels at the left, the column names wrapped over
    several lines above the values at the right — words on both sides, but nothing comes up to the
    gap: the labels end where they end, the names start where their columns do."""
    boxes: list[Box] = []
    note = ["（本列数据的勾稽关系为：第一项加第二项", "之和，等于第三项加第四项之和）"]
    for i, t in enumerate(note):
        _line(boxes, 60 + 12 * i, 36, 36 + 9 * len(t), t)
    heads = [("申请人情况", 330), ("法人或其他组织", 390), ("自然人", 300), ("商业企业", 350), ("科研机构", 410)]
    heads += [("社会公益", 470), ("法律服务", 520), ("组织机构", 470), ("其他总计", 520)]
    for k, (t, x) in enumerate(heads):
        _line(boxes, 40 + 12 * (k // 2), x, x + 9 * len(t), t)
    for i, label in enumerate(["一、本年新收申请数量", "二、上年结转申请数量"]):
        _row(boxes, 110 + 14 * i, 36, label, [str(i), "0", "1", "0", "0", "0", "2"], 40)
        for b in boxes[-7:]:
            b.x0, b.x1 = b.x0 + 114, b.x1 + 114
    page = Page(595, 842, boxes)
    assert reading_parts(page) == [page]


def test_gazette_family_reads_back_exactly():
    for seed in (1, 6):  # (seed 6 read 「590.5」 as 5905 before: the two columns' lines interleaved)
        g = generate(RandomDraw(seed), "pdf-gazette-columns")
        assert mismatches(extract_bytes(g.data, g.name), g.expected) == []


def test_a_periodicals_running_head_is_not_the_title():
    text = "济宁市人民政府公报　2022年第5期\n2021年政府信息公开工作年度报告\n本报告由本局编制。"
    title = find_title(text)
    assert title == "2021年政府信息公开工作年度报告"
    assert find_year(text, title) == 2021


def _t4(report) -> dict[str, object]:
    return {c.key: c.value for c in report.cells if c.key.startswith("t4.")}


def _report(t4: list[list[str]], sep: str = "\t") -> bytes:
    """A GF2021 report in plain text (cells split by `sep`), table 四 as given."""
    v = consistent_values(3)
    t3 = [sep.join([r.label, *(str(int(v[f"t3.{r.key}.{c}"])) for c in ts.T3_COLS)]) for r in ts.T3_GF2021.rows]
    head = PREAMBLE + SECTION1.format(new=int(v["t3.new.tot"])) + SECTION2 + sep.join(["规章", "0", "0", "1"]) + "\n"
    body = SECTION3 + "\n".join(t3) + "\n" + SECTION4 + "\n".join(sep.join(r) for r in t4) + "\n"
    return (head + body + TAIL).encode("utf-8")


def test_short_kind_labels_in_a_table_by_kind():
    rows = [
        ["类型", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
        ["行政复议", "3", "0", "0", "0", "3"],
        ["行政诉讼（直接起诉）", "4", "0", "0", "0", "4"],
        ["诉讼（复议后）", "0", "1", "0", "0", "1"],
    ]
    t4 = _t4(extract_bytes(_report(rows), "t4.txt"))
    assert [t4[f"t4.{g}.keep"] for g in ("rv", "ld", "lr")] == [3, 4, 0]
    assert t4["t4.lr.fix"] == 1 and t4["t4.ld.tot"] == 4


def test_short_column_names_and_a_line_between_the_rows():
    rows = [
        ["项目", "维持", "纠正", "其他", "未结", "合计"],
        ["复议", "2", "0", "1", "0", "3"],
        ["行政诉讼"],  # a group's name over its kinds (a merged cell printed once)
        ["经复议后起诉", "0", "0", "0", "5", "5"],  # (the kinds in an order of the report's own)
        ["未经复议起诉", "1", "0", "0", "0", "1"],
    ]
    t4 = _t4(extract_bytes(_report(rows), "t4.txt"))
    assert [t4[f"t4.rv.{c}"] for c in ("keep", "fix", "other", "pend", "tot")] == [2, 0, 1, 0, 3]
    assert t4["t4.ld.keep"] == 1 and t4["t4.lr.pend"] == 5


def test_a_unit_after_every_number_and_table_four_as_named_lines():
    assert compact_folded("行政复议    3件    /    6件    23件", cells=True).text == "行政复议3件\x1f/\x1f6件\x1f23件"
    assert compact_folded("复议后起诉    —    0件", cells=True).text == "复议后起诉\x1f—\x1f0件"
    rows = [
        ["行政复议（结果维持/结果纠正/其他结果/尚未审结/总计）", "0件", "0件", "0件", "0件", "0件"],
        ["行政诉讼-未经复议直接起诉", "4件", "0件", "0件", "/", "4件"],
        ["行政诉讼-复议后起诉", "/", "/", "/", "/", "/"],
    ]
    t4 = _t4(extract_bytes(_report(rows, "  "), "t4.txt"))
    assert [t4[f"t4.rv.{c}"] for c in ("keep", "fix", "other", "pend", "tot")] == [0, 0, 0, 0, 0]
    assert [t4[f"t4.ld.{c}"] for c in ("keep", "fix", "other", "pend", "tot")] == [4, 0, 0, None, 4]
    assert all(t4[f"t4.lr.{c}"] is None for c in ("keep", "fix", "other", "pend", "tot"))
