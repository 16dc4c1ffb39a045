"""revfixa: the reviewer's findings on zyfix's change (issue 13).

1. 本年新收 said by 提交/提出/递交 is dropped beside another row only right after an applicant word (「自然人提交的
   上年结转的申请」) — never led by 本年/今年/当年 nor joined to the other row by 和/与/及 (「上年结转和本年提交的
   申请一共多少件」 is both rows, 47, never 2).
2. 「本年办结了多少件，其他结转到下一年的有多少件」: 其他 opening a clause after another ask is the rest, the row's
   total — never the applicant column 其他 (0).
3. 法人或其他组织 of a group row (不予公开) in a 表三 printing only its rows with a figure: complete over the member
   rows printed (5), not refused because unprinted member rows lack the columns.
5. A 表三 printing none of the five organisation columns but their 「法人或其他组织」 subtotal: 总计 − 自然人, the
   formula said.
Phrasings of our own besides the reviewer's."""

import pytest

from extractor import tablespec as ts
from rag import intent, values as vals
from rag.question import CellMeasure


def measures(q: str) -> list[tuple[str, str]]:
    return [(m.row, m.col) for m in intent.table_measures(intent.canonical(q))]


@pytest.mark.parametrize(
    "q",
    [
        "上年结转和本年提交的申请一共多少件",
        "上年结转的和今年提交的申请分别是多少",
        "本年提出的申请和上年结转的申请合计多少",
        "去年结转的与当年递交的申请加起来多少件",
    ],
)
def test_new_row_said_by_a_verb_beside_another_row(q):
    got = measures(q)
    assert sorted(got) == [("carry_in", "tot"), ("new", "tot")], got


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("自然人提交的上年结转的申请有多少件", [("carry_in", "np")]),
        ("其他提交的办理结果总计多少", [("r7", "oth")]),
        ("企业递交的结转下年度的有几件", [("carry_out", "biz")]),
    ],
)
def test_applicant_verb_still_names_no_row(q, want):
    assert measures(q) == want


@pytest.mark.parametrize(
    "q",
    ["本年办结了多少件，其他结转到下一年的有多少件", "办结了多少，其他的结转到下一年的有几件"],
)
def test_other_after_an_ask_is_the_rest(q):
    got = measures(q)
    assert got == [("r7", "tot"), ("carry_out", "tot")], got
    assert ("carry_out", "oth") not in got


@pytest.mark.parametrize(
    ("q", "want"),
    [("这份报告里其他新收申请是多少件", [("new", "oth")]), ("其他上年结转的申请有几件", [("carry_in", "oth")])],
)
def test_other_alone_before_a_row_is_the_column(q, want):
    assert measures(q) == want


def _cells(values: dict[str, float]) -> dict:
    return {k: {"value": v} for k, v in values.items()}


def test_legal_group_complete_over_printed_rows():
    """The Xiwengzhuang reading: only 不予公开's row 3 printed, 其他 5 — 法人或其他组织 reads its five columns."""
    row = {f"t3.r3_3.{c}": 0.0 for c in ts.T3_APPLICANTS}
    row["t3.r3_3.oth"] = 5.0
    row["t3.r3_3.tot"] = 5.0
    cells = _cells({**row, "t3.new.np": 11.0, "t3.new.tot": 16.0})
    keys = vals.keys_in(CellMeasure(table="t3", row="r3", col=ts.T3_LEGAL), cells)
    assert sorted(keys) == sorted(f"t3.r3_3.{c}" for c in ts.T3_APPLICANTS[1:])
    assert sum(cells[k]["value"] for k in keys) == 5


def test_legal_group_refused_when_a_printed_row_merges_columns():
    cells = _cells({"t3.r3_3.np": 0.0, "t3.r3_3.oth": 5.0, "t3.r3_3.tot": 5.0})  # biz…law not printed
    assert vals.keys_in(CellMeasure(table="t3", row="r3", col=ts.T3_LEGAL), cells) == []


@pytest.fixture(scope="module")
def subtotal_only(tmp_path_factory):
    from eval.reportgen.draw import RandomDraw
    from eval.reportgen.families import generate
    from extractor.extract import extract_bytes
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("revfixa"))
    g = generate(RandomDraw(3), "html-t3-reduced-subtotal", "GF2021")
    store.add(extract_bytes(g.data, g.name))
    merged = generate(RandomDraw(5), "html-t3-reduced-biz-sci", "GF2021")
    store.add(extract_bytes(merged.data, merged.name))
    Index(store).sync()
    return Asker(store), g.model, merged.model


@pytest.mark.parametrize(
    ("said", "row"),
    [("法人或其他组织本年新收多少件", "new"), ("法人或其他组织提交的申请本年新收了几件", "new")],
)
def test_legal_subtotal_is_total_less_persons(subtotal_only, said, row):
    asker, m, _ = subtotal_only
    want = m.values[f"t3.{row}.tot"] - m.values[f"t3.{row}.np"]
    ans = asker.ask(f"{m.agency.full}{m.year}年{said}")
    assert ans.value == want, ans.answer
    assert "即总计" in ans.answer and "−自然人" in ans.answer and "报告只印「法人或其他组织」合计一列" in ans.answer


@pytest.mark.parametrize("said", ["法人或其他组织的申请不予公开的有多少", "法人或其他组织不予公开几件"])
def test_legal_group_refusal_says_why(subtotal_only, said):
    asker, _, m = subtotal_only
    ans = asker.ask(f"{m.agency.full}{m.year}年{said}")
    assert ans.value is None, ans.answer
    assert "未单列" in ans.answer and "商业企业" in ans.answer, ans.answer
