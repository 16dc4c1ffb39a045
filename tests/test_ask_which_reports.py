"""Which reports (branch asktable2, issue 13): the catalogue listed and filtered — a bound written in
Chinese numerals, polarity read from what the counted cases are, who passes a test (not who leads).
Phrasings written for the test from a user's side; numbers are the corpus reports' printed cells."""

import pytest

from rag.intent import cn_number, parse


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


def _years(ans, agency: str) -> set[int]:
    return {c.year for c in ans.citations if agency in (c.agency or "")}


@pytest.mark.parametrize("w, want", [("五十", 50), ("一百二十", 120), ("五千", 5000), ("两万", 20000), ("十", 10)])
def test_chinese_bounds(w, want):
    assert cn_number(w) == want


@pytest.mark.parametrize("q", ["省科技厅有几份年报", "本库收录了省科技厅哪些年度的报告"])
def test_an_agencys_stored_years(asker, q):
    ans = asker.ask(q)
    assert ans.value == 6 and _years(ans, "科学技术厅") == set(range(2018, 2024)), ans.answer


@pytest.mark.parametrize("q", ["统计期为2022年度的报告", "二〇二二年度的报告有哪几份"])
def test_the_reports_of_a_year(asker, q):
    ans = asker.ask(q)
    assert ans.value == 4 and {c.year for c in ans.citations} == {2022}, ans.answer


def test_a_bound_in_chinese_numerals(asker):
    ans = asker.ask("平潭哪几年申请量过了五十件")
    assert ans.value == 2 and _years(ans, "平潭综合实验区") == {2021, 2022}, ans.answer
    licence = asker.ask("许可决定破五千的有谁")
    assert licence.intent == "which_reports.cells" and licence.value == 3, licence.answer


@pytest.mark.parametrize(
    "q, want",
    [
        ("哪些报告有上一年转过来没办完的申请", 4),  # 上年结转 > 0: 「没办完」 says what was carried in
        ("被人没经过复议直接告上法院过的有哪些单位", 5),  # 未经复议直接起诉 > 0
        ("除了自然人还有企业或者组织来申请的有哪些报告", 8),  # an organisation column of 本年新收 > 0
        ("谁收了行政事业性收费", 5),  # amount > 0, not who took the most
        ("哪些单位是零申请", 3),  # 本年新收 == 0
    ],
)
def test_polarity(asker, q, want):
    ans = asker.ask(q)
    assert ans.value == want and "份报告" in ans.answer, ans.answer


def test_who_leads_is_still_a_ranking():
    assert parse("平潭和省教育厅谁收到的申请多").operation != "which_reports"
    assert parse("哪家的行政诉讼最多").operation == "rank"
