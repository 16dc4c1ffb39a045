"""Consistency and which-reports questions over reports the router was not fitted to (branch askcheck,
issue 13): the identity a question names (a row's columns added = H2, the four terms = H1, the result
rows added = H3, 表四 = H5), a doubt about a table (「有问题吗」「靠谱吗」「数据打架」「加错了」) answered
with the findings and both sides' numbers, and which reports have a finding of a given row, group or
shape (a total printed 0 over parts that are not) or a named cell printed blank. Phrasings written for
the test from a user's side (not the banks'); numbers are the wild reports' printed cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.answers.checks import _checks_asked
from rag.intent import parse
from rag.question import CellMeasure, FindingMeasure

ROOT = Path(__file__).resolve().parents[1]
REPORTS = {  # five bodies the router never saw: broken H2 rows, a 表四 total printed 0, a sentence for 表三
    "qibin": "eval/wild2/reports/h21-qibin-wjw-fwdefect-2023.html",  # （七）总计 29 vs columns 28
    "sanyuan": "eval/wild2/reports/t19-sanyuan-jyj-excel-2020.txt",  # 本年新收 50 vs columns 40
    "huaiyin": "eval/wild/reports/pdf21-huaiyin-h5-2023.pdf",  # 行政复议 总计 0 vs 11+1
    "lianxi": "eval/wild2/reports/p21-lianxi-gov-unruled-2023.pdf",  # 直接起诉 总计 5 vs 1+3
    "fenshui": "eval/wild/reports/cms21-fenshui-town-2022.html",  # 「本年度未收到政府信息公开申请」
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    """(asker, {short name: stored id}) over the five reports in one store."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("wild_checks"))
    ids = {}
    for name, path in REPORTS.items():
        report = extract_path(str(ROOT / path))
        store.add(report)
        ids[name] = report.id
    Index(store).sync()
    return Asker(store, Index(store)), ids


# ---------------------------------------------------------------- the identity named
@pytest.mark.parametrize(
    "q",
    [
        "（七）总计这一行，各个申请人类型加起来等于总计吗",
        "办理结果合计一行按申请人类别相加是否等于总计",
        "总计那行横着加一下跟总计栏对得上吗",
        "新收那一行各栏之和是不是总计",
        "江宁水务局22年表三总计行是不是加错了",
    ],
)
def test_a_rows_columns_added_is_h2(q):
    assert _checks_asked(q) == ["H2"]


@pytest.mark.parametrize(
    "q",
    [
        "新收与结转相加是否等于办理结果与结转下年度之和",  # (「办理结果…之和」 is not H3 here)
        "新收跟结转之和，等不等于办理结果总计跟结转下年之和",
        "本年新收加结转，能不能等于办结的加上结转下年",
    ],
)
def test_what_came_in_against_what_went_out_is_h1(q):
    assert _checks_asked(q) == ["H1"]


def test_the_result_rows_added_stay_h3():
    assert _checks_asked("各种办理结果加起来是不是正好等于（七）总计") == ["H3"]
    assert _checks_asked("表四总计和各结果对得上吗") == ["H5"]


@pytest.mark.parametrize(
    "q",
    [
        "新收申请那一行各列加起来是总计吗",
        "表三有问题吗",
        "表四的数据靠不靠谱",
        "这份年报表三数字打架没有",
        "总计那一行是不是加错了",
    ],
)
def test_a_doubt_about_a_table_is_a_check(q):
    assert parse(q).operation == "explain", q


def test_a_sum_asked_is_still_a_sum():
    assert parse("各类申请人加起来总计多少").operation != "explain"
    assert parse("存在的主要问题有哪些").operation != "explain"


# ---------------------------------------------------------------- one report: the findings, with numbers
@pytest.mark.parametrize(
    "q",
    [
        "办理结果总计这一行，自然人、企业这些列加起来等于总计吗",
        "（七）总计行按申请人分的数加在一起是总计吗",
        "总计那行横向相加对不对",
    ],
)
def test_the_total_rows_columns_added(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["qibin"])
    assert ans.answer.startswith("不一致") and "总计29" in ans.answer and "=28" in ans.answer, ans.answer
    assert "自然人列" not in ans.answer  # not H3 of a column


@pytest.mark.parametrize("q", ["新收那行各列加起来是总计吗", "本年新收横着加等于总计吗", "表三有问题吗"])
def test_the_new_rows_columns_added(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["sanyuan"])
    assert ans.answer.startswith("不一致") and "总计50" in ans.answer and "=40" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["表四数据有问题没", "表四靠谱吗", "复议诉讼那张表的数字打架吗"])
def test_a_doubt_about_table_four(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["lianxi"])
    assert ans.answer.startswith("不一致") and "总计5" in ans.answer and "=4" in ans.answer, ans.answer


# ---------------------------------------------------------------- which reports
@pytest.mark.parametrize(
    "q",
    [
        "哪几份报告（七）总计那行各列加起来不等于总计",
        "哪些年报办理结果总计一行横向加总与总计栏对不上",
        "哪些单位表三总计行加错了",
    ],
)
def test_which_reports_break_the_total_rows_h2(wild, q):
    asker, ids = wild
    ans = asker.ask(q)
    assert ans.value == 1 and {c.report_id for c in ans.citations} == {ids["qibin"]}, ans.answer
    assert "总计印为29，各项之和为28" in ans.answer


def test_which_reports_break_a_named_rows_h2(wild):
    asker, ids = wild
    ans = asker.ask("哪些报告本年新收一行各类申请人之和不等于总计")
    assert {c.report_id for c in ans.citations} == {ids["sanyuan"]}, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "有没有年报把复议总数印成0的，其实有复议案子",
        "哪家单位表四行政复议总计填的零，可是维持纠正加起来不是0",
        "哪份报告行政复议合计为0但分项不为0",
    ],
)
def test_which_reports_print_a_total_0_over_cases(wild, q):
    asker, ids = wild
    ans = asker.ask(q)
    assert parse(q).operation == "which_reports" and isinstance(parse(q).measures[0], FindingMeasure)
    assert ans.value == 1 and {c.report_id for c in ans.citations} == {ids["huaiyin"]}, ans.answer
    assert "总计印为0" in ans.answer


def test_the_years_a_cell_is_not_zero_is_which_reports():
    for q in ("河北教育厅哪一年的年报里出现了行政复议", "平潭哪年有行政诉讼", "省教育厅哪年被申请过行政复议"):
        ques = parse(q)
        assert ques.operation == "which_reports" and isinstance(ques.measures[0], CellMeasure), q
    assert parse("平潭哪一年行政复议最多").operation == "rank"


@pytest.mark.parametrize("q", ["河北省科技厅哪些年举办新闻发布会的次数为7次", "省科技厅哪几年新闻发布会刚好7次"])
def test_a_stated_number_equal_to_one_is_which_reports(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.value == 2 and {c.year for c in ans.citations} == {2020, 2021}, ans.answer


def test_a_large_scope_finds_its_tableless_reports_in_one_query(wild):
    asker, ids = wild
    assert asker.store.without_table("t3") == [ids["fenshui"]]
    assert asker.store.without_table("t3", [ids["qibin"]]) == []
    ans = asker.ask("哪些单位全年一件信息公开申请都没收到")
    assert {c.report_id for c in ans.citations} == {ids["fenshui"]}, ans.answer


# ---------------------------------------------------------------- the corpus: a named cell printed blank
@pytest.mark.parametrize(
    "q, agency, year",
    [
        ("哪份报告的结转下年度总计栏空着没填", "上海市科委", 2024),
        ("库里哪几份年报上年结转那一行的总计是空白", "河北省教育厅", 2021),
        ("有没有报告把结转到下一年的总计留空了", "上海市科委", 2024),
    ],
)
def test_which_reports_print_a_named_cell_blank(corpus_asker, q, agency, year):
    ans = corpus_asker.ask(q)
    assert ans.value == 1 and [(c.agency, c.year) for c in ans.citations] == [(agency, year)], ans.answer


# ---------------------------------------------------------------- the corpus: S1 of one report, 表二 in words
@pytest.mark.parametrize(
    "q",
    [
        "上一年度结转到下一年的件数和本报告的上年结转对得上吗",
        "上年结转下年度的数字与这份报告里上年结转的是不是一致",
        "去年转到下一年的申请和今年的上年结转对得上吗",  # (two years named: already a series)
        "上年度结转下年的件数跟今年表里的上年结转能衔接上吗",
    ],
)
def test_one_reports_carry_in_against_the_year_befores_carry_out(corpus_asker, q):
    from corpus_ids import report_id

    ans = corpus_asker.ask(q, report_id=report_id(corpus_asker, "平潭", 2020))
    assert ans.answer.startswith("一致") and "2019年结转下年度0件，2020年上年结转0件" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q", ["河北科技厅2022年正文说的废止文件数和表二一样吗", "河北省科技厅2022年文字部分的废止件数与表二吻合吗"]
)
def test_a_document_count_said_in_words_against_table_two(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.answer.startswith("一致") and "本年废止件数8" in ans.answer and "8件文件予以废止" in ans.answer, (
        ans.answer
    )


# ---------------------------------------------------------------- numbers the question states
@pytest.mark.parametrize(
    "q",
    [
        "报告里说收了70件办结69件结转1件，跟表三一样吗",
        "文中讲受理70件办结69件还有1件结转，表三对得上吗",
    ],
)
def test_numbers_written_in_a_row_each_against_its_own_row(corpus_asker, q):
    from corpus_ids import report_id

    ans = corpus_asker.ask(q, report_id=report_id(corpus_asker, "平潭", 2021))
    assert ans.answer.startswith("一致") and "表三本年新收70 ✓" in ans.answer and "结转下年度1 ✓" in ans.answer, (
        ans.answer
    )


@pytest.mark.parametrize(
    "q, head",
    [
        ("河北人社厅2020年收到78件申请，比2019年多，属实吗", "属实"),
        ("省人社厅2020年的依申请公开比2019年减少了，是这样吗", "不成立"),
        ("平潭2022年受理80件比2021年多，对不对", "不成立"),  # more, but not 80
    ],
)
def test_a_claim_that_one_year_is_more_than_another(corpus_asker, q, head):
    ans = corpus_asker.ask(q)
    assert ans.answer.startswith(head), ans.answer
    assert ("78件" in ans.answer and "64件" in ans.answer) or ("74件" in ans.answer and "70件" in ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "上海市府办2019年报告里说的各种办理结果加在一起跟答复的总数一致吗",
        "上海市政府办公厅2019年文中几种答复结果相加是不是805件",
        "上海市府办2019正文分类的答复数合计与答复总数相等吗",
    ],
)
def test_the_results_the_text_lists_against_the_replies_it_states(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.answer.startswith("不一致") and "805件" in ans.answer and "=716件" in ans.answer, ans.answer
