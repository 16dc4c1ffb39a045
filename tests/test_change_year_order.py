"""「A年比B年…变化了多少」: the year written first is the subject, whichever is earlier (blindva va0268: an answer of +5
for 2024 − 2025 = −5 was silently wrong). 「从A年到B年」 is always the later less the earlier."""

import pytest


@pytest.mark.parametrize(
    "q, want, said",
    [
        ("平潭2021年比2022年新收变化了多少", -4, "2021年比2022年减少4件"),
        ("平潭2021年较2022年新收申请增减多少件", -4, "2021年比2022年减少4件"),
        ("平潭2021年的新收比起2022年变化多少", -4, "2021年比2022年减少4件"),
        ("平潭21年比22年新收变化了多少", -4, "2021年比2022年减少4件"),
        ("平潭2022年比2021年新收变化了多少", 4, "2022年比2021年增加4件"),
        ("平潭从2021年到2022年新收变化了多少", 4, "2022年比2021年增加4件"),
    ],
)
def test_the_year_written_first_is_compared_with_the_other(corpus_asker, q, want, said):
    ans = corpus_asker.ask(q)  # (平潭 新收: 70 in 2021, 74 in 2022)
    assert ans.value == want, ans.answer
    assert said in ans.answer  # the sentence says which way it was read


@pytest.mark.parametrize("first, second", [("2022", "2021"), ("2021", "2022")])
def test_the_chat_s_two_years_are_newer_less_older_whichever_was_asked_first(corpus_asker, first, second):
    # (blindua ua0006 …: with 「A年比B年」 read as written, the chat's 「前后两年差多少」 after 2021 then 2024 gave 2021 − 2024)
    turns = [f"平潭{first}年新收多少"]
    turn = corpus_asker.ask(f"那{second}年呢", previous=turns)
    assert turn.read_as, turn.answer
    ans = corpus_asker.ask("前后两年差多少", previous=[*turns, turn.read_as])
    assert ans.value == 4 and "2022年比2021年增加4件" in ans.answer, ans.answer
