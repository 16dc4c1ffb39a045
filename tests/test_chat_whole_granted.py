"""「全部公开了多少」 in a chat is the 予以公开 figure of the body and year the chat is on — 全部 here is the template's
「予以公开」 in everyday words, not 「all reports」 (blindva va0045: after 「…依申请公开收到多少件」 it was read over the whole
store and gave no figure)."""

import pytest


@pytest.fixture(scope="module")
def turns(corpus_asker):
    """The chat's memory as the CLI and the web page keep it: each turn as it was read."""
    first = "平潭2022年主动公开多少条"
    second = corpus_asker.ask("那依申请公开收到多少件", previous=[first])
    assert second.read_as and "平潭" in second.read_as, second.answer
    return [first, second.read_as]


@pytest.mark.parametrize("q", ["全部公開了多少", "那全部公开的有几件", "嗯 全部公开了几件啊"])
def test_fully_granted_follows_the_chat(corpus_asker, turns, q):
    direct = corpus_asker.ask("平潭2022年予以公开多少件")
    assert direct.value is not None, direct.answer
    ans = corpus_asker.ask(q, previous=turns)
    assert ans.value == direct.value, ans.answer
    assert "平潭" in ans.scope and "2022" in ans.scope, ans.scope


def test_all_reports_still_reads_the_whole_store(corpus_asker, turns):
    # 全部 before anything but 公开 still asks over every report: not the chat's body
    ans = corpus_asker.ask("全部报告里哪家新收最多", previous=turns)
    assert "平潭" not in ans.scope, ans.scope
