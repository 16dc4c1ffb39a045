"""Consistency questions on tables with blank cells, and claims about 表四's outcomes (issue 13).

A blank is not 0, but the checks read it as 0 (`Equation.holds`); an identity left unchecked only by
blanks is answered with that reading said, one that a blank decides stays 「无法完全核对」, and a side
not printed at all leaves the rest of the table checkable. A claim that the cases were all kept, or
none corrected, is held against each group's columns. Phrasings written for the test from a user's
side; the numbers are the corpus reports' printed cells."""

import pytest

from tests.corpus_ids import report_id


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def test_identity_left_unchecked_by_a_blank_holds_with_it_read_as_zero(asker):
    """河北教育厅 2021 prints 上年结转 blank: 37 + blank = 37 + 0."""
    rid = report_id(asker, "教育厅", 2021)
    ans = asker.ask("表三里收到的加上年转来的，和办完的加转到明年的相等不", report_id=rid)
    assert ans.answer.startswith("成立（空白单元格按0计）"), ans.answer
    assert "上年结转空白" in ans.answer and "37" in ans.answer, ans.answer


def test_a_blank_that_decides_the_identity_is_not_read_as_zero(asker):
    """上海科委 2024: 34 + 2 against 35 + a blank 结转下年度 — as 0 it would break: not checkable."""
    ans = asker.ask("表三收支平衡吗", report_id=report_id(asker, "科委", 2024))
    assert ans.answer.startswith("无法完全核对"), ans.answer


def test_result_rows_printed_without_totals_leave_the_totals_column_checkable(asker):
    """上海 2019 prints no 总计 for its result rows: H1 of the 总计 column still holds (859+18 = 805+72);
    the rest is said to be unchecked, not broken and not 「一致」."""
    rid = report_id(asker, "上海市人民政府办公厅", 2019)
    ans = asker.ask("这份年报的表三数字能对上吗", report_id=rid)
    assert ans.answer.startswith("能核对的都成立"), ans.answer
    for shown in ("859", "18", "805", "72", "无法核对"):
        assert shown in ans.answer, ans.answer


def test_four_terms_named_ask_the_balance_not_the_results_sum(asker):
    """「…之和是否等于办理结果总计与结转下年度之和」 names H1's four terms (结果…之和 is not H3)."""
    rid = report_id(asker, "安康", 2022)
    ans = asker.ask("本年新收和上年结转之和，等不等于办理结果总计和结转下年度之和", report_id=rid)
    assert ans.answer.startswith("成立") and "56" in ans.answer and "上年结转2" in ans.answer, ans.answer


def test_all_kept_claim_against_table_four(asker):
    """上海 2019 says its 复议/诉讼 were all kept; 表四 has 2 and 1 still pending."""
    rid = report_id(asker, "上海市人民政府办公厅", 2019)
    ans = asker.ask("报告称复议、诉讼全部维持，表四的数支持这个说法吗", report_id=rid)
    assert ans.answer.startswith("不一致"), ans.answer
    for shown in ("结果维持5件", "尚未审结2件", "结果维持8件", "尚未审结1件"):
        assert shown in ans.answer, ans.answer


def test_none_corrected_claim_against_table_four(asker):
    rid = report_id(asker, "科委", 2024)
    ans = asker.ask("文字部分讲行政复议没有被纠错，跟表四对得上吗", report_id=rid)
    assert ans.answer.startswith("一致"), ans.answer
    assert "结果纠正0件" in ans.answer and "总计1件" in ans.answer, ans.answer
