"""Tables that print last year beside this year (eval/wild37's hunt; inputs of our own): only this year's figures
are cells — 本年/上年 sub-columns, added 上年/同比/增减/增长率 columns, 上年同期 rows, rows labelled by year, last
year's whole table under a caption naming its year, a comparison table of years. A row whose year cannot be
told is left out (missing is better than wrong). extractor/prior_year.py; generator families in
eval/reportgen/prior_layout.py."""

from __future__ import annotations

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.document import Document, TextBuilder
from extractor.extract import extract_bytes
from extractor.prior_year import this_year_only


def _doc(*blocks: str | list[list[str]]) -> Document:
    out = TextBuilder()
    for b in blocks:
        if isinstance(b, str):
            out.line(b)
        else:
            for row in b:
                out.row(row)
    return Document(out.text(), out.tokens, "html")


def _kept(doc: Document) -> list[list[str]]:
    """The table rows kept, cell texts (loose lines are not rows)."""
    rows: list[list[str]] = []
    open_row = False
    for t in doc.tokens:
        if t.row_start:
            rows.append([])
            open_row = True
        if open_row:
            rows[-1].append(t.text)
        if t.row_end:
            open_row = False
    return rows


def test_total_split_this_year_last_year_keeps_this_years():
    doc = _doc(
        "三、收到和处理政府信息公开申请情况",
        [
            ["（本列数据的勾稽关系为：…）", "申请人情况"],
            ["自然人", "法人或其他组织", "总计"],
            ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "本年", "上年"],
            ["一、本年新收政府信息公开申请数量", "84", "8", "0", "0", "0", "3", "95", "90"],
            ["三、本年度办理结果", "（一）予以公开", "21", "0", "0", "0", "0", "0", "21", "35"],
        ],
    )
    rows = _kept(this_year_only(doc, 2022))
    assert rows[3] == ["一、本年新收政府信息公开申请数量", "84", "8", "0", "0", "0", "3", "95"]
    assert rows[4][-1] == "21"


def test_added_prior_total_and_growth_columns_cut_with_their_placeholders():
    doc = _doc(
        [
            ["（本列数据的勾稽关系为：…）", "申请人情况", "上年总计", "同比增长"],
            ["", "自然人", "法人或其他组织", "总计", "", ""],
            ["一、本年新收政府信息公开申请数量", "26", "4", "0", "0", "0", "0", "30", "32", "-6.2%"],
            ["1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0", "0", "—"],
        ]
    )
    rows = _kept(this_year_only(doc, 2023))
    assert rows[2][1:] == ["26", "4", "0", "0", "0", "0", "30"]
    assert rows[3][1:] == ["0"] * 7


def test_t2_last_year_and_change_columns_cut():
    doc = _doc(
        [
            ["第二十条第（五）项"],
            ["信息内容", "本年处理决定数量", "上年处理决定数量", "同比增减"],
            ["行政许可", "38", "43", "-5"],
            ["第二十条第（八）项"],
            ["信息内容", "本年收费金额（单位：万元）", "上年收费金额（单位：万元）", "同比增减"],
            ["行政事业性收费", "6951.05", "8120.08", "-1169.03"],
        ]
    )
    rows = _kept(this_year_only(doc, 2023))
    assert ["行政许可", "38"] in rows
    assert ["行政事业性收费", "6951.05"] in rows


def test_gf2019_template_columns_are_not_last_years():
    """GF2019's 「上一年项目数量」 and 「本年增/减」 are template cells, not last year's added columns."""
    doc = _doc(
        [
            ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            ["规章", "1", "1", "9"],
            ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
            ["行政许可", "12", "-2", "30"],
        ]
    )
    assert this_year_only(doc, 2019) is doc


def test_same_period_rows_left_out_carry_in_kept():
    doc = _doc(
        [
            ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
            ["一、本年新收政府信息公开申请数量", "41", "2", "0", "0", "0", "3", "46"],
            ["上年同期", "36", "8", "0", "0", "0", "7", "51"],
            ["二、上年结转政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2"],
            ["三、本年度办理结果", "上年同期", "2", "0", "0", "0", "0", "0", "2"],
        ]
    )
    labels = [r[0] for r in _kept(this_year_only(doc, 2024))]
    assert labels == ["自然人", "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"]


_T4_HEAD = [
    ["年度", "行政复议", "行政诉讼"],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
]


@pytest.mark.parametrize(
    ("year", "kept"),
    [(2023, ["2023年"]), (2022, ["2022年"]), (None, []), (2024, [])],
)
def test_year_rows_keep_the_reports_year_only(year, kept):
    """The report's year's row only; an unknown year (or none of the rows its own) keeps none: never last year's."""
    doc = _doc(
        "四、政府信息公开行政复议、行政诉讼情况",
        [
            *_T4_HEAD,
            ["2022年", *["1"] * 15],
            ["2023年", *["2"] * 15],
            ["增减", *["+1"] * 15],
        ],
    )
    rows = _kept(this_year_only(doc, year))
    assert [r[0] for r in rows[2:]] == kept


def test_alternating_this_year_last_year_subcolumns():
    doc = _doc(
        [
            ["结果维持", "结果纠正", "总计"],
            ["本年", "上年", "本年", "上年", "本年", "上年"],
            ["10", "10", "1", "4", "11", "14"],
        ]
    )
    assert _kept(this_year_only(doc, 2024))[2] == ["10", "1", "11"]


def test_last_years_table_under_its_caption_left_out():
    t3 = [["自然人", "总计"], ["一、本年新收政府信息公开申请数量", "7", "7"]]
    doc = _doc(
        "（一）2021年度收到和处理政府信息公开申请情况（上年数据，供对比）",
        [[*r] for r in t3],
        "（二）2022年度收到和处理政府信息公开申请情况",
        [["自然人", "总计"], ["一、本年新收政府信息公开申请数量", "9", "9"]],
    )
    rows = _kept(this_year_only(doc, 2022))
    assert rows == [["自然人", "总计"], ["一、本年新收政府信息公开申请数量", "9", "9"]]
    assert _kept(this_year_only(doc, None)) == []  # whose year neither is cannot be told: neither is read


def test_comparison_table_of_two_years_left_out_a_sentence_is_no_caption():
    compared = _doc(
        "表1 2023—2024年政府信息公开行政复议、行政诉讼情况对比（单位：件）",
        [["年度", "结果维持"], ["2024年", "3"]],
    )
    assert _kept(this_year_only(compared, 2024)) == []
    sentence = _doc(
        "与2021年相比，本年收到申请情况如下：",
        [["自然人", "总计"], ["一、本年新收政府信息公开申请数量", "9", "9"]],
    )
    assert this_year_only(sentence, 2022) is sentence


def test_markdown_report_reads_this_years_decisions():
    """A whole report of our own (Markdown): table 二's decision and fee rows with 上年 and 同比增减 columns."""
    md = (
        "# 天津市河东区示例局2023年政府信息公开工作年度报告\n\n"
        "本报告统计期限自2023年1月1日起至2023年12月31日止。\n\n## 一、总体情况\n\n2023年，本机关主动公开信息。\n\n"
        "## 二、主动公开政府信息情况\n\n"
        "| 第二十条第（一）项 | | | |\n|---|---|---|---|\n"
        "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 0 |\n| 行政规范性文件 | 8 | 4 | 90 |\n"
        "| 第二十条第（五）项 | | | |\n| 信息内容 | 本年处理决定数量 | 上年处理决定数量 | 同比增减 |\n"
        "| 行政许可 | 38 | 43 | -5 |\n"
        "| 第二十条第（六）项 | | | |\n| 信息内容 | 本年处理决定数量 | 上年处理决定数量 | 同比增减 |\n"
        "| 行政处罚 | 53 | 62 | -9 |\n| 行政强制 | 38 | 38 | 0 |\n"
        "| 第二十条第（八）项 | | | |\n| 信息内容 | 本年收费金额（单位：万元） | 上年收费金额（单位：万元） | 同比增减 |\n"
        "| 行政事业性收费 | 6951.05 | 8120.08 | -1169.03 |\n\n"
        "## 三、收到和处理政府信息公开申请情况\n\n本年无申请。\n\n## 六、其他需要报告的事项\n\n无。\n"
    )
    report = extract_bytes(md.encode("utf-8"), "x.md")
    got = {c.key: c.value for c in report.cells}
    assert got["t2.license.decisions"] == 38
    assert got["t2.penalty.decisions"] == 53
    assert got["t2.coercion.decisions"] == 38
    assert got["t2.fee.amount_wan"] == 6951.05


@pytest.mark.parametrize(
    "family",
    [
        "html-t3-prior-total-growth",
        "html-t3-last-year-first",
        "html-t4-year-rows",
        "html-t4-split-this-last",
        "txt-t3-same-period-rows",
    ],
)
@pytest.mark.parametrize("seed", range(4))
def test_generated_families_read_this_year(family, seed):
    g = generate(RandomDraw(seed), family)
    problems = mismatches(extract_bytes(g.data, g.name), g.expected)
    assert not problems, problems[:8]
