"""A rate whose whole is stated in a bracket after it (「予以公开率（予以公开占本年新收）」「…占比（予以公开占本年新收，
合计后再除）」): the bracket's whole is the division's, for one report, for two years of one body. The named rate's own
whole (予以公开率: 办理结果总计) only when nothing is stated. Asked of the corpus store."""

import pytest

# 平潭 2021: 予以公开 30, 本年新收 70, 办理结果总计 69; 2022: 21, 74, 75
R2021_NEW, R2022_NEW = round(100 * 30 / 70, 2), round(100 * 21 / 74, 2)  # 42.86, 28.38
R2022_RES = round(100 * 21 / 75, 2)  # 28.0


@pytest.mark.parametrize(
    "q",
    [
        "平潭2022年予以公开率（予以公开占本年新收）是多少",
        "平潭综合实验区2022年的予以公开占比是多少（予以公开占本年新收的比例）",
        "2022年平潭予以公开率多少？（予以公开占新收，保留两位小数）",
    ],
)
def test_one_reports_rate_with_its_whole_in_a_bracket(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.value == pytest.approx(R2022_NEW, abs=0.01), ans.answer


def test_no_bracket_keeps_the_named_rates_own_whole(corpus_asker):
    ans = corpus_asker.ask("平潭2022年予以公开率是多少")
    assert ans.value == pytest.approx(R2022_RES, abs=0.01), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "平潭2021年和2022年的予以公开率比较（予以公开占本年新收）",
        "平潭2022年跟2021年比，予以公开率升了还是降了？（予以公开占本年新收）",
    ],
)
def test_two_years_rate_with_its_whole_in_a_bracket(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert f"{R2021_NEW:g}%" in ans.answer and f"{R2022_NEW:g}%" in ans.answer, ans.answer
