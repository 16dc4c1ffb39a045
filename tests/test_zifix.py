"""blindzi's first sight (the web page's visitors, a report chosen on the page) — four families, in words of our own:
(1) money asked of the cases table 四 counts (「复议花了多少律师费」「诉讼赔了多少钱」) — was the count of cases given as
the answer, also as a chat's third turn: refused with the reading; (2) 「本单位提出了哪些改进措施」 — 「单位提出」 was read
as the applicants' 法人或其他组织 column (a which-reports list of every report with such applications): the body
itself, its section 五; (3) the report's year and publisher asked in more words (「本报告所涉及的年度是哪一年」「这个年报
说的是哪年的事」「本年度报告的发布机关是哪个单位」「这个是谁家的年报」) — were refused; (4) a bank report id of a doubly
compressed carrier (「….html.gz.gz」) mapped to its report (the harness had asked it of the whole store)."""

from __future__ import annotations

import pytest

from rag.answers.itself import one_report_asked


def _chosen(asker, agency: str, year: int) -> str:
    row = asker.store.db.execute("SELECT id FROM reports WHERE agency=? AND year=?", (agency, year)).fetchone()
    assert row, agency
    return row[0]


@pytest.mark.parametrize(
    "q",
    ["复议花了多少律师费", "行政诉讼一共赔了多少钱", "应诉的费用是多少", "打官司花了多少经费"],
)
def test_money_of_the_cases_is_refused_not_counted(corpus_asker, q):
    rid = _chosen(corpus_asker, "洪泽区人民政府", 2023)
    ans = corpus_asker.ask(q, report_id=rid)
    assert ans.value is None and "报告未提及" in ans.answer, ans.answer
    chained = corpus_asker.ask(q, report_id=rid, previous=["被申请行政复议几次？", "那行政诉讼呢"])
    assert chained.value is None and "报告未提及" in chained.answer, chained.answer


def test_the_fee_amount_of_table_two_is_still_a_figure(corpus_asker):
    ans = corpus_asker.ask("平潭2022年行政事业性收费金额是多少")
    assert ans.value is not None, ans.answer


@pytest.mark.parametrize(
    "q",
    ["针对存在的问题，本单位提出了哪些改进措施？", "我们单位提出了哪些改进的办法", "本单位提出的下一步工作打算有哪些"],
)
def test_the_body_itself_is_no_applicants_column(corpus_asker, q):
    rid = _chosen(corpus_asker, "洪泽区人民政府", 2023)
    ans = corpus_asker.ask(q, report_id=rid)
    assert "法人或其他组织" not in ans.answer and "份报告" not in ans.answer, ans.answer


def test_organisations_applying_is_still_the_column(corpus_asker):
    ans = corpus_asker.ask("平潭2022年单位提出的申请有多少件")
    assert "法人或其他组织" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "kind"),
    [
        ("本报告所涉及的年度是哪一年？", "year"),
        ("这份年报覆盖的年份是哪年", "year"),
        ("这个年报说的是哪年的事", "year"),
        ("本年度报告的发布机关是哪个单位？", "agency"),
        ("这份报告的编制单位是什么机关", "agency"),
        ("这个是谁家的年报", "agency"),
        ("谁家的申请最多", None),
        ("本报告所涉及的单位有哪些", None),
    ],
)
def test_the_reports_year_and_publisher_in_more_words(q, kind):
    assert one_report_asked(q) == kind


def test_the_year_asked_is_the_chosen_reports(corpus_asker):
    rid = _chosen(corpus_asker, "洪泽区人民政府", 2023)
    ans = corpus_asker.ask("本报告所涉及的年度是哪一年？", report_id=rid)
    assert ans.value == 2023, ans.answer
    who = corpus_asker.ask("这个是谁家的年报", report_id=rid)
    assert "洪泽区人民政府" in who.answer, who.answer


def test_a_doubly_compressed_carriers_bank_id():
    from eval.bank import _DOUBLE_SUFFIX

    for name, stem in [("r.html.gz.gz", "r"), ("r.tar.gz", "r"), ("r.warc.gz", "r"), ("r.gz", "r")]:
        assert _DOUBLE_SUFFIX.sub("", name) == stem
    assert not _DOUBLE_SUFFIX.search("r.html")


@pytest.mark.parametrize("q", ["请问下一步打算怎么改进？", "请问下阶段有什么改进措施", "请问下一步怎么做"])
def test_the_next_step_after_a_courtesy_is_not_cut(q):
    """「请问下一步…」: 下一步 is what is asked (「请问下」 taken as courtesy left 「一步打算怎么改进」, read as nothing)."""
    from rag.ask import simplified

    assert "下" in simplified(q) and simplified(q).startswith("下"), simplified(q)
