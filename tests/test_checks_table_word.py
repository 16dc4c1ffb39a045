"""「行政复议那张表的总数对吗」: a group's word followed by 那张表/这张表/的表格 names the table it heads (表四),
so every group of 表四 is checked — it was narrowed to the 行政复议 group, answered 「一致」 while the same
table's 复议后起诉 group prints 总计1 for parts adding to 2. A group named alone still narrows."""

from __future__ import annotations

import pytest

from test_hostile import ROOT

REPORT = ROOT / "eval/wild10/reports/h21-nanxun-rsj-subtotal-2021.html"  # 表四 复议后起诉: 总计1, parts 2+0+0+0


@pytest.fixture(scope="module")
def asked(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("nanxun"))
    report = extract_path(str(REPORT))
    store.add(report)
    asker = Asker(store)
    return lambda q: asker.ask(q, report_id=report.id)


@pytest.mark.parametrize(
    "q",
    [
        "行政复议那张表的总数对吗",
        "行政復議那張表的總數對嗎",
        "复议诉讼的表格合计有没有算错",
        "行政复议这个表加起来对不对",
    ],
)
def test_the_table_named_by_its_group_is_checked_whole(asked, q):
    a = asked(q)
    assert a.answer.startswith("不一致") and "复议后起诉" in a.answer, a.answer


def test_a_group_named_alone_is_still_that_group(asked):
    a = asked("行政复议那组总计和各结果对得上吗")
    assert a.answer.startswith("一致") and "复议后起诉" not in a.answer, a.answer
