"""Who published a 繁體 report: the record names the body in simplified (the way users search — wild32's convention),
and the answer also shows the name as the page prints it; a simplified report gets no such aside."""

from __future__ import annotations

import pytest

from tests.wildstore import extracted

REPORTS = ["h21-xiufeng-wjw-trad-2021.html", "h22-banlao-xiang-xiaoji-2022.html"]


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


@pytest.mark.parametrize("q", ["这份报告是哪个单位发的？", "发布机关是谁", "这是哪家单位的年报"])
def test_a_traditional_report_s_publisher_is_named_simplified_and_as_printed(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[0])
    assert ans.answer.startswith("桂林市秀峰区卫生健康局"), ans.answer
    assert "印作「桂林市秀峯區衛生健康局」" in ans.answer, ans.answer


def test_a_simplified_report_s_publisher_has_no_printed_aside(wild):
    asker, ids = wild
    ans = asker.ask("这份报告是哪个单位发的？", report_id=ids[1])
    assert "印作" not in ans.answer, ans.answer
