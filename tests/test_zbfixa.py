"""Corrections and pronouns in a chat about one body (blindzb, zbfixa): 「不对，是2021年的」「不是，我问的是法人的」
「搞错了，不是这个单位，是洪泽区」「它2023年的呢」「那它的不予公开呢」 — the previous question asked again with the
part the user corrects (its year, its row or column, its body) or with the pronoun read as the body asked; they were
answered 「报告未提及」 (the correction words and the pronoun were read as a measure)."""

from __future__ import annotations

import pytest

from rag import followup


def _bodies(text: str) -> list[str]:
    return [n for n in ("平潭", "洪泽区", "河北省教育厅") if n in text]


@pytest.mark.parametrize(
    ("previous", "q", "read"),
    [
        # a year corrected
        ("平潭2022年行政复议多少件", "不对，是2021年的", "平潭2021年行政复议多少件"),
        ("平潭2022年行政复议多少件", "错了 应该是2020年", "平潭2020年行政复议多少件"),
        ("平潭2022年行政复议多少件", "不是，我问的是2023年", "平潭2023年行政复议多少件"),
        # a body corrected: the same measure and year of the body named
        ("平潭2022年行政复议多少件", "不是这家，是洪泽区", "洪泽区2022年行政复议多少件"),
        ("平潭2022年行政复议多少件", "搞错了，不是这个单位，我说的是洪泽区", "洪泽区2022年行政复议多少件"),
        ("平潭2022年行政复议多少件", "不对 是河北省教育厅", "河北省教育厅2022年行政复议多少件"),
        # a body asked again by a pronoun, in another year
        ("平潭2022年行政复议多少件", "它2021年的呢", "平潭2021年行政复议多少件"),
        ("平潭2022年行政复议多少件", "那它2020年呢", "平潭2020年行政复议多少件"),
        ("平潭2022年行政复议多少件", "这家2023年的呢？", "平潭2023年行政复议多少件"),
    ],
)
def test_a_correction_or_a_pronoun_changes_the_part_named(previous, q, read):
    assert followup.resolve(previous, q, _bodies) == read


@pytest.mark.parametrize(
    "q",
    ["不对，我是说不予公开的", "不是，我问的是不予公开", "错了，应该是不予公开的", "说错了 我要的是不予公开"],
)
def test_a_row_corrected_keeps_body_and_year(q):
    read = followup.resolve("平潭2022年部分公开多少件", q, _bodies)
    assert read is not None and "平潭" in read and "2022年" in read and "不予公开" in read and "部分公开" not in read


@pytest.mark.parametrize("q", ["换成新收的", "那新收的申请呢", "改成不予公开的"])
def test_a_row_asked_after_a_count_of_times_is_counted_in_its_own_unit(q):
    read = followup.resolve("平潭2022年被申请行政复议多少次", q, _bodies)
    assert read is not None and read.startswith("平潭2022年") and read.endswith("多少件")


_TWO = "平潭和洪泽区2022年行政复议多少件"


@pytest.mark.parametrize(
    ("q", "body", "row"),
    [
        ("第二家的不予公开呢", "洪泽区", "不予公开"),
        ("第一个单位的诉讼的呢", "平潭", "诉讼"),
        ("第二家的新收的呢", "洪泽区", "新收"),
    ],
)
def test_a_body_of_a_turn_naming_two_is_taken_by_its_place(q, body, row):
    got = followup.converse([_TWO], q, _bodies)
    assert got is not None and got.kind == "ask"
    other = "平潭" if body == "洪泽区" else "洪泽区"
    assert body in got.question and other not in got.question and "2022年" in got.question and row in got.question


@pytest.mark.parametrize("q", ["上面那个呢", "前面那家的呢", "刚才那个呢？"])
def test_the_other_of_two_bodies_is_asked_the_measure_asked_last(q):
    got = followup.converse([_TWO, "洪泽区2022年不予公开多少件"], q, _bodies)
    assert got is not None and got.kind == "ask"
    assert "平潭" in got.question and "洪泽区" not in got.question and "不予公开" in got.question


@pytest.mark.parametrize(
    ("q", "row"),
    [("这两年复议变化多少", "复议"), ("两年间不予公开的增减是多少", "不予公开"), ("这两年新收的差了几件", "新收")],
)
def test_the_change_of_a_figure_named_is_between_the_two_years_the_chat_asked(q, row):
    turns = [f"平潭2021年{row}多少件", f"平潭2024年{row}多少件"]
    got = followup.converse(turns, q, _bodies)
    assert got is not None and got.kind == "ask" and "2024年" in got.question and "2021年" in got.question


@pytest.mark.parametrize(
    ("previous", "q", "read"),
    [
        ("平潭２０２２年行政复议多少件", "换成2021年", "平潭2021年行政复议多少件"),
        ("平潭２０２２年行政复议多少件", "不对，是２０２０年的", "平潭2020年行政复议多少件"),
        ("洪泽区２０２３年行政复议多少件", "那2019年呢", "洪泽区2019年行政复议多少件"),
    ],
)
def test_a_year_typed_in_full_width_digits_is_the_year_changed(previous, q, read):
    assert followup.resolve(previous, q, _bodies) == read
