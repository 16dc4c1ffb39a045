"""What was done about a topic, asked of a report whose section 五 names the same topic among its
problems and plans (issue 13, userprobe4's left): 「河北省教育厅2023年政策解读做了什么」 is answered by what
section 一 says was done (「深度解读“双减”政策…」「重要政策文件解读20条」), not by 五's 「政策解读形式过于单一」;
asked for the problems or the plans, section 五 answers as before. The ways of asking (「方面开展了哪些工作」
「在…上做了哪些事情」) are not words a sentence must share: they were refused 「报告未提及」."""

import pytest

Q = "河北省教育厅2023年"
DONE = ("深度解读", "重要政策文件解读20条")
PROBLEM = "政策解读形式过于单一"


@pytest.mark.parametrize(
    "q",
    [
        Q + "政策解读做了什么？",
        Q + "政策解读方面开展了哪些工作",
        Q + "在政策解读上做了哪些事情",
        Q + "政策解读是怎么做的",
    ],
)
def test_what_was_done_is_read_from_what_the_report_did(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert any(w in ans.answer for w in DONE), (q, ans.answer)
    assert PROBLEM not in ans.answer, (q, ans.answer)
    assert all(c.section != 5 for c in ans.citations), (q, [c.section for c in ans.citations])


def test_the_problems_asked_are_still_section_five(corpus_asker):
    ans = corpus_asker.ask(Q + "政策解读方面有什么不足")
    assert PROBLEM in ans.answer, ans.answer


def test_the_plans_asked_are_still_section_five(corpus_asker):
    ans = corpus_asker.ask(Q + "下一步政策解读打算怎么做")
    assert "主动加强政策解读" in ans.answer, ans.answer


def test_a_problem_asked_in_other_words_is_still_read_from_section_five(corpus_asker):
    """(review 12 #5) only a question that asks what was done leaves section 五 aside: 「有什么短处」 asks a
    problem in words no list holds, and was answered with section 一's 「主动公开政府信息14571条」."""
    ans = corpus_asker.ask("平潭2022年重点领域信息公开有什么短处")
    assert ans.citations and ans.citations[0].section == 5, [(c.section, c.quote[:30]) for c in ans.citations]
    assert not ans.answer.startswith("（一）主动公开方面"), ans.answer
