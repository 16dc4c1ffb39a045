"""zhfixc: follow-ups about the SAME body in a chat — (1) a pronoun for the body before a relative year (「它上一年
呢」「这家去年的呢」「该单位前年呢」): that body, the year counted from the last turn's year, the measure kept (was:
「没能读懂这句追问」); (2) a pronoun before a measure (「那它的行政复议呢」「这家的行政诉讼呢」) after a chain: the last
turn's body AND year (the year in force is the last turn's as read, never the first turn's) and no 「它」 left in the
question read; (3) 「换成X呢」「换成X 2024年呢」: the previous body replaced WHOLE as the user wrote it (「陇西县委办」
read as 陇西县 by the scope reader left 「X委办」), also when the store does not know it and no year follows it; the
measure kept; (4) a measure swapped after a body the reader names shorter than written (「天水市中医药管理局」 read as
天水市): the body kept as written (was: 「天水市2024年直接起诉几件」 — another body). The rules (rag/followup.py) with a
stub reader of names, and the asker on the corpus store with a bank chain asked turn by turn as every surface keeps it."""

from __future__ import annotations

import pytest

from rag import followup


def _bodies(text: str) -> list[str]:
    return [n for n in ("平潭", "洪泽区", "河北省教育厅") if n in text]


@pytest.mark.parametrize(
    ("previous", "q", "read"),
    [
        # (1) a pronoun, a relative year: the same body, the year before the last turn's, the measure kept
        ("平潭2022年新收申请多少件", "它上一年呢", "平潭2021年新收申请多少件"),
        ("平潭2022年行政复议多少件", "那它前一年的呢", "平潭2021年行政复议多少件"),
        ("洪泽区2023年不予公开多少件", "这家去年的呢", "洪泽区2022年不予公开多少件"),
        ("平潭2022年行政复议多少件", "该单位前年呢", "平潭2020年行政复议多少件"),
        ("洪泽区2023年不予公开多少件", "这个单位次年呢", "洪泽区2024年不予公开多少件"),
    ],
)
def test_a_pronoun_with_a_relative_year_is_the_same_body(previous, q, read):
    assert followup.resolve(previous, q, _bodies) == read


@pytest.mark.parametrize(
    ("previous", "q"),
    [
        ("平潭2021年新收申请多少件", "那它的行政复议呢"),
        ("平潭2021年新收申请多少件", "这家的行政复议呢"),
        ("平潭2021年新收申请多少件", "该单位的行政复议呢"),
        ("平潭2021年新收申请多少件", "它的行政复议的呢"),
    ],
)
def test_a_pronoun_before_a_measure_keeps_the_last_body_and_year(previous, q):
    read = followup.resolve(previous, q, _bodies)
    assert read is not None and read.startswith("平潭2021年") and "复议" in read, read
    assert not any(p in read for p in ("它", "这家", "该单位")), read


@pytest.mark.parametrize(
    ("previous", "q", "read"),
    [
        # (3) the previous body replaced whole as written, though the reader names it shorter (洪泽区 of 洪泽区政府办)
        ("洪泽区政府办2023年部分公开几件", "换成平潭呢", "平潭2023年部分公开几件"),
        ("洪泽区司法局2023年不予公开多少件", "改成平潭2022年呢", "平潭2022年不予公开多少件"),
        ("洪泽区委办2023年新收申请多少件", "那换成河北省教育厅呢", "河北省教育厅2023年新收申请多少件"),
        # a previous body the store does not know, no year said: replaced, not kept beside the new one
        ("某某县地震局收到多少申请", "换成洪泽区2024年呢", "洪泽区2024年收到多少申请"),
        ("某某县地震局收到多少申请", "换成平潭22年呢", "平潭2022年收到多少申请"),
        ("某某市统计局新收了几件申请", "改成洪泽区呢", "洪泽区新收了几件申请"),
    ],
)
def test_another_body_replaces_the_whole_body_as_written(previous, q, read):
    assert followup.resolve(previous, q, _bodies) == read


@pytest.mark.parametrize(
    ("previous", "q"),
    [
        ("洪泽区司法局2023年被复议了几次", "那直接起诉的呢"),
        ("洪泽区司法局2023年被复议了几次", "那未经复议直接起诉的呢"),
        ("洪泽区司法局2023年被复议了几次", "那行政诉讼呢"),
    ],
)
def test_a_measure_swapped_keeps_the_body_as_written(previous, q):
    read = followup.resolve(previous, q, _bodies)
    assert read is not None and read.startswith("洪泽区司法局2023年"), read


def test_a_chain_keeps_the_last_turns_year(corpus_asker):
    from eval.bank import _before

    chain = ["平潭2022年新收申请多少件", "它上一年呢"]
    turns = _before(corpus_asker, chain, None)
    assert turns == ["平潭2022年新收申请多少件", "平潭2021年新收申请多少件"], turns
    ans = corpus_asker.ask("那它的行政复议呢", previous=turns)
    assert ans.value == 3 and ans.read_as and "2021" in ans.read_as and "它" not in ans.read_as, ans.answer
    ans = corpus_asker.ask("这家的行政复议呢", previous=turns)
    assert ans.value == 3, ans.answer


@pytest.mark.parametrize("q", ["它上一年呢", "这家前一年的呢", "那该单位去年呢"])
def test_the_asker_answers_a_pronouns_last_year(corpus_asker, q):
    ans = corpus_asker.ask(q, previous="平潭2022年行政复议多少件")
    assert ans.value == 3 and ans.read_as == "平潭2021年行政复议多少件", ans.answer
    ans = corpus_asker.ask(q, previous="平潭2022年新收申请多少件")
    assert ans.value == 70, ans.answer


def test_the_api_reads_the_same_chain(corpus_asker):
    # the web page and the API send `previous` as the turns read (read_as): the same reading as the bank's chain
    first = corpus_asker.ask("它上一年呢", previous=["平潭2022年新收申请多少件"])
    assert first.read_as == "平潭2021年新收申请多少件", first.answer
    ans = corpus_asker.ask("那它的行政复议呢", previous=["平潭2022年新收申请多少件", first.read_as])
    assert ans.value == 3, ans.answer
