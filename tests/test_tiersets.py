"""The kind words of a set named by its line of work (rag.tiersets): the year before the line's name is kept.

The line's name is dropped before its county bureaus (「库里卫健系统的各区县卫健局」 → 「各区县的卫健局」); a name is never
taken from a year's 年 or 度, so 「2020年度教育系统里的县级教育局」 keeps 「2020年度」 for the year rules that read it."""

import pytest

from rag.intent import canonical
from rag.tiersets import tier_sets


@pytest.mark.parametrize(
    ("question", "kept", "gone"),
    [
        ("2020年库里卫健系统的各区县卫生健康局新收申请合计", "2020年", "卫健系统"),
        ("2021年度人社系统中的县级人力资源和社会保障局里哪些单位零申请", "2021年度", "人社系统"),
        ("2023年度发改系统里的县级发展和改革局谁最少", "2023年度", "发改系统"),
        ("2022年度教育系统内的各区县教育局", "2022年度", "教育系统"),
    ],
)
def test_the_year_before_a_line_of_work_is_kept(question: str, kept: str, gone: str) -> None:
    out = tier_sets(question)
    assert out.startswith(kept + "各区县的"), out
    assert gone not in out


def test_a_line_of_work_before_other_kinds_is_not_dropped() -> None:
    # (only before the line's county bureaus: 「教育系统县级部门」 keeps its words)
    assert "教育系统" in tier_sets("2023年教育系统的市级部门")


def test_a_year_in_characters_is_kept_through_the_whole_canonical_form() -> None:
    # (canonical reads the year into digits before the kind words; the year keeps its 度 after them)
    out = canonical("二〇二二年度教育系统内的各区县教育局，哪家新收申请最多？")
    assert "2022年度各区县的" in out, out
    assert "教育系统" not in out
