"""「还没受理的申请有几件」「尚未受理的」「还没办完的」「仍在办理中的」: applications pending at the year's end, the
template's 结转下年度继续办理 — they were read as 受理 (本年新收: every application received, 70 for 1). 「受理了
多少」 and 「有没有受理申请」 stay the applications received."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "q",
    [
        "平潭2021年还没受理的申请有几件",
        "平潭2021年尚未受理的有多少",
        "平潭2021年还没办完的申请有几件",
        "平潭2021年仍在办理中的有几件",
    ],
)
def test_pending_is_carried_over(corpus_asker, q):
    assert corpus_asker.ask(q).value == 1  # 结转下年度继续办理 1 (本年新收 70)


@pytest.mark.parametrize("q", ["平潭2021年受理了多少申请", "平潭2021年有没有受理申请"])
def test_received_is_still_received(corpus_asker, q):
    assert corpus_asker.ask(q).value == 70


def test_carried_in_from_last_year_is_not_carried_over(corpus_asker):
    """「从上一年转过来还没办完的」 is 上年结转 (0 for 平潭2021), not this year's 结转下年度 (1)."""
    a = corpus_asker.ask("平潭2021年从上一年转过来还没办完的申请多少件")
    assert a.value == 0 and "结转下年度" not in a.answer, a.answer
