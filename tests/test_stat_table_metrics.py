"""The 2008–2018 template's statistics table (「统计指标 | 单位 | 统计数」) read as metrics (issue 13, userprobe4's
left): a row prints its number after its unit, so the narrative scan never saw it, and a report that is
nothing but the table (a spreadsheet: 「和平区教育局2018年主动公开了多少条信息」) answered 「报告未提及」.
Each row is a metric with its label, unit and the row's text as its quote; a sub-row (「其中：」, 「1.」) names
no key of its own; the forms a table takes in text (pipes, tabs, Markdown, two rows side by side)."""

import pytest

from extractor.extract import extract_path

HEAD = "沈阳市铁西区文化局2017年政府信息公开工作年度报告统计表\n填报单位：沈阳市铁西区文化局\n"
ROWS = [
    ("（一）主动公开政府信息数", "条", "734", "主动公开信息"),
    ("其中：主动公开规范性文件数", "条", "9", None),
    ("（一）收到申请数", "件", "23", "依申请收到"),
    ("1.当面申请数", "件", "4", None),
    ("三、行政复议数量", "件", "2", "行政复议"),
]


def _report(tmp_path, lines: list[str]):
    path = tmp_path / "stat.txt"
    path.write_text(
        HEAD + "统计指标 | 单位 | 统计数\n" + "\n".join(lines) + "\n填报日期：2018年3月1日\n", encoding="utf-8"
    )
    return extract_path(str(path))


@pytest.mark.parametrize(
    "form",
    [
        lambda r: f"{r[0]} | {r[1]} | {r[2]}",
        lambda r: f"{r[0]}\t{r[1]}\t{r[2]}",
        lambda r: f"| {r[0]} | {r[1]} | {r[2]} |",
    ],
)
def test_each_row_is_a_metric_quoted_as_printed(tmp_path, form):
    report = _report(tmp_path, [form(r) for r in ROWS])
    got = {(m.label, m.value, m.unit, m.key) for m in report.metrics}
    for label, unit, num, key in ROWS:
        name = label.split("）")[-1].split("：")[-1].split(".")[-1].split("、")[-1]
        assert (name, int(num), unit, key) in got, (name, got)
    for m in report.metrics:
        assert report.text[m.span.start : m.span.end] == m.quote


def test_two_rows_side_by_side(tmp_path):
    report = _report(tmp_path, ["（一）主动公开政府信息数 | 条 | 734 | 1.当面申请数 | 件 | 4"])
    got = {(m.label, m.value) for m in report.metrics}
    assert ("主动公开政府信息数", 734) in got and ("当面申请数", 4) in got, got


def test_a_row_without_its_unit_or_number_is_no_metric(tmp_path):
    report = _report(tmp_path, ["一、主动公开情况 |  | ", "（一）主动公开政府信息数 | 条 | 无", "备注 | 件 | 说明"])
    assert report.metrics == [], report.metrics


def test_the_figure_of_a_table_only_report_is_answered(tmp_path):
    from tests.text_store import text_asker

    rows = "\n".join(f"{a} | {b} | {c}" for a, b, c, _ in ROWS)
    asker, _ = text_asker(tmp_path, "stat.txt", HEAD + "统计指标 | 单位 | 统计数\n" + rows + "\n")
    ans = asker.ask("沈阳市铁西区文化局2017年主动公开了多少条信息？")
    assert ans.value == 734 and "主动公开政府信息数" in ans.answer, ans.answer


def test_only_a_top_level_row_names_a_key(tmp_path):
    """(review 12 #8) a row's 「1.」 in a cell of its own, a row with no marker, a row with two numbers after its unit
    (本年 | 上年): no key, or no metric — 「属于已主动公开范围数 3」 was read as 主动公开信息 = 3."""
    report = _report(
        tmp_path,
        [
            "（一）主动公开政府信息数 | 条 | 734",
            "1. | 属于已主动公开范围数 | 件 | 3",
            "微博微信回应事件数 | 次 | 12",
            "二、回应解读情况 | 次 | 5 | 8",
        ],
    )
    keyed = {(m.key, m.value) for m in report.metrics if m.key}
    assert keyed == {("主动公开信息", 734)}, keyed
    assert 5 not in {m.value for m in report.metrics}


def test_a_row_answers_only_the_row_it_names(tmp_path):
    """blindp p0531 「结转下年度继续办理的申请几件」 of a 2018 report: its 「（二）申请办结数 | 件 | 167」 row, a metric
    since the statistics table is read, answered 167 — silently wrong (the old template has no 结转 row)."""
    from tests.text_store import text_asker

    rows = "（一）收到申请数 | 件 | 170\n（二）申请办结数 | 件 | 167\n"
    asker, _ = text_asker(tmp_path, "stat.txt", HEAD + "统计指标 | 单位 | 统计数\n" + rows)
    ans = asker.ask("沈阳市铁西区文化局2017年结转下年度继续办理的申请几件")
    assert ans.value is None, ans.answer
    assert asker.ask("沈阳市铁西区文化局2017年申请办结多少件").value == 167
