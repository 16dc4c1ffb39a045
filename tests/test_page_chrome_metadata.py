"""The metadata table a 政府信息公开 page opens with (「索引号：… 发布机构：… 成文日期：…」) is page chrome, as its counters
and buttons are: a narrative figure the text does not state (「那发布会呢」 — 发布会 shares 「发布」 with 发布机构) is refused,
never answered with that header. Before: the header was quoted as the answer."""

from __future__ import annotations

import pytest

from tests.wildstore import extracted

REPORT = "h20-kazuo-wjj-gf2019-dahan-units-2020.html"  # (a CMS page whose text opens with 索引号/发布机构/成文日期)


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, [REPORT])


@pytest.mark.parametrize(
    ("q", "previous"),
    [
        ("那发布会呢", ["一共主动公开多少条信息", "那解读有几篇"]),
        ("开了几场新闻发布会", []),
        ("发布会办了多少次", []),
    ],
)
def test_a_figure_unsaid_is_refused_not_the_page_header(wild, q, previous):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[0], previous=previous or None)
    assert ans.value is None and "报告未提及" in ans.answer[:24], ans.answer
    assert "索引号" not in ans.answer and "成文日期" not in ans.answer, ans.answer
