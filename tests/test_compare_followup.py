"""A follow-up that names ANOTHER body to compare with: 「跟X比呢」「和X相比呢」「那跟X比一下」「同X对比呢」 after a
question of one body's figure asks the same figure of both bodies, compared (found by blindzg: five chains of a
journalist, each refused as 「报告未提及」). A year (「跟去年比呢」) stays the change over the years; a follow-up that
names no body is not this. The rule (rag/followup.py) with a stub reader of names, then the asker on the corpus
store: both bodies' figures in the answer, the difference said."""

from __future__ import annotations

import pytest

from rag import followup


def _bodies(text: str) -> list[str]:
    return [n for n in ("平潭", "洪泽区", "河北省教育厅") if n in text]


@pytest.mark.parametrize(
    ("previous", "q", "other"),
    [
        ("平潭2022年新收申请多少件", "跟洪泽区比呢", "洪泽区"),
        ("平潭2022年新收申请多少件", "和洪泽区相比呢？", "洪泽区"),
        ("洪泽区2023年不予公开多少件", "那跟河北省教育厅比一下", "河北省教育厅"),
        ("河北省教育厅2023年行政复议几件", "同平潭对比呢", "平潭"),
        ("河北省教育厅2023年行政复议几件", "与平潭比较的话呢", "平潭"),
    ],
)
def test_another_body_to_compare_with_asks_both(previous, q, other):
    read = followup.resolve(previous, q, _bodies)
    assert read is not None, q
    first = _bodies(previous)[0]
    assert first in read and other in read, read
    assert read.index(first) < read.index(other), read  # the previous question kept whole, the other body after it
    assert previous.rstrip("？?") in read, read


@pytest.mark.parametrize("q", ["跟去年比呢", "和2021年相比呢"])
def test_a_year_to_compare_with_stays_a_change(q):
    read = followup.resolve("平潭2022年新收申请多少件", q, _bodies)
    assert read is not None and "洪泽区" not in read
    assert "比" in read and ("2021" in read or "上" in read or "去年" in read), read


def test_the_asker_compares_the_two_bodies(corpus_asker):
    ans = corpus_asker.ask("跟平潭比呢", previous=["洪泽区2023年本年新收政府信息公开申请多少件"])
    assert "洪泽区" in ans.answer and "平潭" in ans.answer, ans.answer
    assert "报告未提及" not in ans.answer, ans.answer
