"""zvfixb2 (issue 13): a purpose said after the figure asked is no consistency check, and a follow-up keeps the earlier
turn's body and measure while the new part replaces only its own kind — from the user's side, own wordings."""

from __future__ import annotations

import pytest

from rag import followup, message


def _bodies(text: str) -> list[str]:
    return [n for n in ("平潭县人民政府", "洪泽区民政局") if n in text]


@pytest.mark.parametrize(
    ("q", "read"),
    [
        ("今年部分公开的是几件？我核对一下网页上的数", "今年部分公开的是几件？"),
        ("今年行政复议有多少件，我想确认下", "今年行政复议有多少件"),
        ("今年不予公开有几件？我们对一下表", "今年不予公开有几件？"),
    ],
)
def test_purpose_after_figure_dropped(q: str, read: str) -> None:
    assert message.check_tail_dropped(q) == read


@pytest.mark.parametrize(
    "q",
    [
        "今年新收几件？我核对一下和表三对得上吗",  # the tail asks agreement: a consistency question
        "我核对一下网页上的数",  # nothing asked before it
        # the purpose stated BEFORE the ask: what follows it is the question (a figure stated first is a premise)
        "那个区的年报上说办结了40件，我想核实一下，其中不予公开的是几件",
        "洪泽区2022年办结了多少件，我核实一下，里面部分公开的有多少",
    ],
)
def test_check_tail_kept(q: str) -> None:
    assert message.check_tail_dropped(q) == q


@pytest.mark.parametrize(
    ("previous", "q", "read"),
    [
        # the asking said after the year replacing: the year swapped, the measure kept
        ("平潭县人民政府2023年部分公开多少件", "换成2021年是多少", "平潭县人民政府2021年部分公开多少件"),
        ("洪泽区民政局2022年行政复议几件", "改成2020年是几件", "洪泽区民政局2020年行政复议几件"),
    ],
)
def test_year_replaced_with_asking(previous: str, q: str, read: str) -> None:
    assert followup.resolve(previous, q, _bodies) == read


@pytest.mark.parametrize(
    ("previous", "q"),
    [
        ("平潭县人民政府2023年新收申请多少件", "上一年转过来的呢？"),
        ("平潭县人民政府2023年办结多少件", "留到下一年的呢"),
        ("洪泽区民政局2022年新收申请几件", "去年没办完拖过来的呢"),
    ],
)
def test_carry_rows_are_no_year_shift(previous: str, q: str) -> None:
    read = followup.resolve(previous, q, _bodies)
    assert read is not None
    year = previous[previous.index("20") : previous.index("年") + 1]
    assert year in read  # the year asked kept: 上一年 / 下一年 there name the carried row


def test_lay_row_after_another_row() -> None:
    read = followup.resolve("洪泽区民政局2021年明确说不给公开的有几件？", "那回复说没有这个信息的呢", _bodies)
    assert read is not None and read.startswith("洪泽区民政局2021年回复说没有这个信息")
    assert "公开" not in read[len("洪泽区民政局2021年") :]
    from rag.intent import canonical, compound, table_measures

    # the row the lay words name (本机关不掌握), not the earlier turn's row nor a narrative figure
    assert [(m.table, m.row, m.col) for m in table_measures(compound(canonical(read)))] == [("t3", "r4_1", "tot")]


# ---------------------------------------------------------------- a province's set said with the store or 同级
def _set(text: str, year: int = 2023) -> list[str]:
    from rag import intent
    from rag.question import Scope
    from test_zpfixa import CAT

    r = CAT.resolve(intent.canonical(text), Scope(years=[year]))
    assert not r.ambiguous and not r.unknown, (text, r.ambiguous, r.unknown)
    return sorted(r.report_ids())


@pytest.mark.parametrize(
    "q",
    [
        "甘肃省2023年库里这些区县政府，复议加起来多少",  # the store said after the year
        "甘肃省2023年库里的区县政府行政复议合计",
    ],
)
def test_store_after_year_is_no_name(q: str) -> None:
    assert _set(q) == ["tq-gov"]


def test_same_level_before_kind() -> None:
    # 「同级」 before the kind written: the kind's set of the province, never an unknown body
    assert _set("甘肃省同级区县部门中天水市秦州区民政局新收排第几") == _set(
        "甘肃省区县部门中天水市秦州区民政局新收排第几"
    )
