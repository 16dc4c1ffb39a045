"""A rate asked of each report of a set (userprobe5's left): 「2023年各单位的予以公开率分别是多少」 was answered
with each report's 予以公开 count — the rate asked was lost, silently. Each report's rate is listed now, its
division shown, the reports that cannot give it named; a count asked of each still lists the counts."""

import pytest


@pytest.mark.parametrize(
    "q",
    ["2023年各单位的予以公开率分别是多少", "2023年各单位予以公开占比分别是多少", "2023年每个单位的予以公开率是多少"],
)
def test_each_reports_rate_is_listed(corpus_asker, q):
    ans = corpus_asker.ask(q)
    for shown in ("47.37%（9÷19）", "100%（17÷17）", "0%（0÷21）"):
        assert shown in ans.answer, (q, ans.answer)
    assert "河北省人力资源和社会保障厅2023年" in ans.answer, ans.answer  # its cells not read: named, not dropped


def test_a_count_of_each_is_still_the_counts(corpus_asker):
    ans = corpus_asker.ask("2023年各单位予以公开分别是多少")
    assert "%" not in ans.answer and "17件" in ans.answer, ans.answer
