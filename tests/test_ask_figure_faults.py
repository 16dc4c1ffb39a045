"""Faults of the figures asked as users ask them (branch askxcheck, issue 13): 「表三没毛病吧」 is a check of
the table, not section 五's problems (毛病 of the work stays the problems route); parts that 「加不上」 their
total; which reports fail, asked with 哪些 of the figures over a year, the store or several bodies named
(「2020年的报告里，哪些表三数据对不上」「…这几个报告的表格有没有算错的 哪些」), never refused; and a 表四 row read
from a sentence that says no case was about 信息公开 (表四 counts only those): 0, never the other cases' count.
Phrasings written for the test; numbers are the wild reports' printed cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag import english
from rag.intent import parse

ROOT = Path(__file__).resolve().parents[1]
REPORTS = {
    "qibin": "eval/wild2/reports/h21-qibin-wjw-fwdefect-2023.html",  # 表三 （七）总计 29 vs columns 28
    "xicheng": "eval/wild7/reports/f21-xicheng-czj-ofd-2023.ofd",  # 表四 行政复议 总计 6 vs 6+1
    "lianxi": "eval/wild2/reports/p21-lianxi-gov-unruled-2023.pdf",  # 表四 直接起诉 总计 5 vs 1+3
    "sanyuan": "eval/wild2/reports/t19-sanyuan-jyj-excel-2020.txt",  # 2020: 表三 新收 50 vs columns 40
    "xiangzhou": "eval/wild6/reports/m21-xiangzhou-nyj-mineru-2023.md",  # 2023, no finding
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    """An asker over the five reports in one store."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("figure_faults"))
    for path in REPORTS.values():
        store.add(extract_path(str(ROOT / path)))
    Index(store).sync()
    return Asker(store, Index(store))


# ---------------------------------------------------------------- 毛病 of a table is a check
@pytest.mark.parametrize(
    "q",
    [
        "淇滨卫健委23年表三没毛病吧 我看着挺整齐的",
        "淇滨区卫健委2023年的依申请统计表有啥毛病没有",
        "2023年淇滨卫生健康委员会那张表三数字挑得出毛病不",
        "淇滨卫健委23年表三的数加起来对不拢吧",
    ],
)
def test_a_fault_of_table_three_is_a_check(wild, q):
    a = wild.ask(q)
    assert a.route == "check" and a.answer.startswith("不一致"), a.answer
    assert "29" in a.answer and "28" in a.answer  # both sides printed


@pytest.mark.parametrize(
    "q",
    [
        "西城区财政局23年表四没毛病吧",
        "北京西城财政局2023年复议诉讼表数据有没有毛病",
        "西城区财政局2023年表四分项加不上吧",
    ],
)
def test_a_fault_of_table_four_is_a_check(wild, q):
    a = wild.ask(q)
    assert a.route == "check" and a.answer.startswith("不一致"), a.answer
    assert "6" in a.answer and "7" in a.answer


@pytest.mark.parametrize(
    "q",
    [
        "香洲区农业农村局23年表四没毛病吧",
        "珠海香洲农业农村局2023年表四数据有问题没",
        "香洲农业农村局2023年表三有啥毛病",
    ],
)
def test_a_clean_table_asked_for_faults_is_consistent(wild, q):
    a = wild.ask(q)
    assert a.route == "check" and a.answer.startswith(("一致", "成立")), a.answer


@pytest.mark.parametrize(
    "q",
    [
        "政务新媒体有什么毛病",
        "年报里说的毛病是啥",
        "淇滨卫健委23年工作上有哪些毛病",
        "政务数据开放有什么毛病",
        "2023年报告中数据公开方面存在哪些问题",
    ],
)
def test_a_fault_of_the_work_stays_the_problems(q):
    ms = parse(q).measures
    assert parse(q).operation == "list" and getattr(ms[0], "part", None) == "problems"


# ---------------------------------------------------------------- which reports, asked of the figures
@pytest.mark.parametrize(
    "q",
    ["2020年的报告里，哪些表三数据对不上？", "20年哪些年报的依申请表数字有毛病", "2020年度表三算错的都有哪些"],
)
def test_which_reports_of_a_year_fail_table_three(wild, q):
    a = wild.ask(q)
    assert a.intent.startswith("which_reports"), (a.intent, a.answer)
    assert "三明市三元区教育局" in a.answer and "淇滨" not in a.answer


@pytest.mark.parametrize(
    "q",
    [
        "23年的年报里表四总计有问题的是哪些",
        "2023年哪些报告的复议诉讼表总计和分项加不上",
        "which reports 的表四总数对不上（2023年）",
    ],
)
def test_which_reports_of_a_year_fail_table_four(wild, q):
    a = wild.ask(q)
    assert a.intent.startswith("which_reports"), (a.intent, a.answer)
    assert "西城区财政局" in a.answer and "濂溪区" in a.answer
    assert "淇滨" not in a.answer and "香洲" not in a.answer


@pytest.mark.parametrize(
    "q",
    [
        "九江市濂溪区人民政府2023年、珠海市香洲区农业农村局2023年这几个报告的表格有没有算错的 哪些",
        "濂溪区政府2023年和香洲区农业农村局2023年，哪几个的表格数据对不上",
        "在九江市濂溪区人民政府2023年、珠海市香洲区农业农村局2023年中，哪些表格有错",
    ],
)
def test_which_of_the_named_bodies_fail(wild, q):
    a = wild.ask(q)
    assert a.intent.startswith("which_reports"), (a.intent, a.answer)
    assert "濂溪区" in a.answer and "香洲" not in a.answer.split("：", 1)[-1]


def test_which_figures_of_one_body_is_its_check(wild):
    a = wild.ask("淇滨卫健委23年表三哪些数据对不上")
    assert a.route == "check" and "28" in a.answer, a.answer


def test_which_reports_in_english():
    assert english.chinese("which reports 的表四对不上") == "哪些报告的表四对不上"


# ---------------------------------------------------------------- 表四 from a sentence of none
# 「2018年，河北省教育厅共受理行政复议1起，行政诉讼5起…没有因政府信息公开而被提起的行政复议或行政诉讼」
@pytest.mark.parametrize(
    "q",
    [
        "河北省教育厅2018年表四行政复议有几起",
        "河北教育厅2018年因政府信息公开被申请行政复议多少件",
        "河北省教育厅2018年信息公开方面的行政诉讼几件",
    ],
)
def test_table_four_from_a_sentence_of_none_is_zero(corpus_asker, q):
    """Asked of 表四 or of 信息公开 cases (表四 counts only those): 0 from the sentence that says so, never 1 or 5."""
    a = corpus_asker.ask(q)
    assert a.value == 0 and "表四只计" in a.answer, a.answer


@pytest.mark.parametrize(
    "q", ["2018年哪些报告有行政复议", "2018年哪些单位被申请过行政复议", "2018年行政复议不为0的报告有哪些"]
)
def test_beside_other_reports_the_row_is_zero(corpus_asker, q):
    """Beside other reports' 表四 cells the row is 表四's: 河北省教育厅 2018 has no 信息公开 case."""
    a = corpus_asker.ask(q)
    assert "河北省教育厅" not in a.answer, a.answer


@pytest.mark.parametrize(
    "q",
    [
        "河北省教育厅2018年行政复议有几起",
        "河北省教育厅2018年共受理行政复议多少起（不限于信息公开）",
        "河北教育厅2018年所有行政复议案件有几起",
        "河北省教育厅2018年不管是否涉及信息公开，行政复议几起",
        "河北教育厅2018年全厅行政复议有几起？和信息公开有关吗",
    ],
)
def test_every_case_asked_is_the_sentences_count_with_none_of_them_said(corpus_asker, q):
    """Asked plainly or of every case the body had, the sentence's own count (1) — with 表四's 0 said beside it."""
    a = corpus_asker.ask(q)
    assert a.value == 1 and "因政府信息公开引起的为0件" in a.answer, a.answer


def test_which_reports_say_the_tables_nobody_could_check(corpus_asker):
    """「没有」 never covers a report whose table gives no number (河北 2018: tables not printed)."""
    a = corpus_asker.ask("2018年哪些报告的表三对不上")
    assert a.answer.startswith("无法核对") and "河北省教育厅2018年" in a.answer, a.answer
    a = corpus_asker.ask("2023年哪些报告的表四总计有问题")
    assert a.answer.startswith("共1份") and "洪泽区" in a.answer and "未能核对" in a.answer, a.answer
