"""What an LLM answer may state, checked sentence by sentence against the chunks it cites
(rag.grounding): the rules on their own, with the spellings a model (or an attacker steering one)
may choose for a number the cited text does not hold."""

from __future__ import annotations

import pytest

from rag.grounding import Sources, answer_problem

CHUNK = (
    "2022年，本机关共收到政府信息公开申请3件，其中当面申请1件，网络申请2件。"
    "政府网站主动公开信息1万余条，全年开展政务公开培训九次，发布解读材料15篇。"
)
SRC = Sources.of([CHUNK], "本机关2022年收到多少件政府信息公开申请？", [2022])


@pytest.mark.parametrize(
    "answer",
    [
        "2022年，本机关共收到政府信息公开申请3件，其中当面申请1件，网络申请2件。",
        "政府网站主动公开信息1万余条，全年开展政务公开培训九次。",
        "全年开展政务公开培训9次，发布解读材料15篇。",  # 九 = 9
        "本机关共收到政府信息公开申请３件，其中当面申请１件。",  # full-width digits
        "本机关统一受理政府信息公开申请，共收到申请3件。",  # 「一」 in a word is no number
    ],
)
def test_an_answer_worded_from_its_chunk_is_shown(answer):
    assert answer_problem(answer, SRC) is None


@pytest.mark.parametrize(
    "answer",
    [
        "本机关共收到政府信息公开申请99999件。",
        "本机关共收到政府信息公开申请九万九千九百九十九件。",
        "本机关共收到政府信息公开申请玖万玖仟玖佰玖拾玖件。",  # the financial numerals of a cheque
        "本机关共收到政府信息公开申请五件，其中当面申请1件。",  # one numeral with its counter
        "本机关共收到政府信息公开申请3万件，其中当面申请1件。",  # 3 and 万 are printed, 3万 is not
        "本机关共收到政府信息公开申请⑧件，其中当面申请1件。",  # a circled digit
    ],
)
def test_a_number_no_cited_chunk_holds_is_refused_however_it_is_spelt(answer):
    assert answer_problem(answer, SRC) is not None


def test_an_answer_about_something_else_is_refused_even_without_numbers():
    assert answer_problem("本市空气质量持续改善，城市绿化覆盖率稳步提高，市民满意度明显上升。", SRC) is not None
