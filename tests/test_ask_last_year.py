"""「比上年」 with no year written and no report read (userprobe7): a body's newest stored year against the year before
it. Every stored year was compared newest against the oldest — 「平潭新收比上年增加了多少件」 answered 2022 against
2019 (+51) — and a follow-up 「跟去年比呢」 after 「平潭新收多少件」 the same."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("q", ["平潭新收比上年增加了多少件", "平潭新收比去年多了多少", "平潭新收申请同比增长多少"])
def test_the_newest_year_against_the_one_before(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.value == 4 and "2021年70件" in ans.answer and "2019" not in ans.answer, ans.answer


def test_a_year_before_the_store_lacks_is_said(corpus_asker):
    # 河北省教育厅's newest is 2023, the store has no 2022: never 2023 against 2016, nor 2023's count alone
    ans = corpus_asker.ask("河北省教育厅新收申请比上年增长了百分之几")
    assert ans.value is None and "没有2022年的报告" in ans.answer, ans.answer


def test_the_follow_up_against_last_year(corpus_asker):
    ans = corpus_asker.ask("跟去年比呢", previous="平潭新收多少件")
    assert ans.value == 4 and "2019" not in ans.answer, ans.answer


def test_a_series_asked_is_still_every_year(corpus_asker):
    ans = corpus_asker.ask("平潭新收多少件")
    assert all(f"{y}年" in ans.answer for y in (2019, 2020, 2021, 2022)), ans.answer
