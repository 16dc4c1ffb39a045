"""One vocabulary a meaning, read alike by every route (the sum's words, whether any is asked): a word a user says
to the follow-ups means what it means to the router. Asked of the corpus store, in chats of our own."""

import re

import pytest

PINGTAN_2021_2022_NEW = 144  # 平潭 2021 70 + 2022 74 (本年新收 总计)
PINGTAN_2020_2022_REVIEW = 5  # 平潭 行政复议 总计 2020 0 + 2021 3 + 2022 2


def _chat(asker, *turns):
    from rag import followup

    history: list[str] = []
    ans = None
    for t in turns:
        ans = asker.ask(t, previous=list(history) or None)
        followup.keep(history, t, ans)
    return ans


@pytest.mark.parametrize("q", ["一共多少", "加起来多少", "总共几件", "累计多少件", "合起来多少"])
def test_sum_after_one_bodys_years_adds_the_years(corpus_asker, q):
    """「一共多少」 after one body's figure of two years: the two years added (was 「没能从前面的对话读出…」, and
    「累计」 was no sum word to the follow-ups)."""
    ans = _chat(corpus_asker, "平潭2021年和2022年新收申请各多少件", q)
    assert ans.value == PINGTAN_2021_2022_NEW, ans.answer
    assert len({c.report_id for c in ans.citations}) == 2, ans.answer


@pytest.mark.parametrize("q", ["一共多少件", "这三年加在一起是多少"])
def test_sum_after_one_bodys_range_of_years(corpus_asker, q):
    ans = _chat(corpus_asker, "平潭2020年至2022年行政复议分别多少件", q)
    assert ans.value == PINGTAN_2020_2022_REVIEW, ans.answer


@pytest.mark.parametrize("q", ["行政复议被纠正过吗", "复议纠正过没有", "那诉讼输过吗"])
def test_whether_any_after_one_body_is_asked_of_that_body(corpus_asker, q):
    """A yes/no follow-up with no 有 in it (「纠正过吗」「输过吗」) is asked of the previous body and year, as
    「也有吗」 was — never listed over every report of the store."""
    ans = _chat(corpus_asker, "平潭2022年新收申请多少件", q)
    said = re.sub(r"^（按「[^」]*」理解）", "", ans.answer)
    assert said.startswith(("有", "没有")), ans.answer
    assert {c.report_id for c in ans.citations} == {_pingtan_2022(corpus_asker)}, ans.answer


def _pingtan_2022(asker) -> str:
    return next(e.id for e in asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
