"""zufixa (issue 13): one message, several asks — every ask answered, each with its number, in the order asked.

- A clerk's three asks of her report (「收了多少申请，办完多少，被复议过没有」), typed with commas, run together by a
  voice input, or as keywords between pauses: each clause its own cells; a whether-any (「有没有」「是否」「有无」)
  answered by its count with 有 / 没有 after it — never dropped, never answering only the first two.
- The applications received listed beside result rows (「新收申请、全部公开各几件」「…新收申请、部分公开的数据」): kept.
- Table 二's row as one item of a list with 表三 / 表四's (「行政处罚决定、新收申请、复议、诉讼各几件」), and the results'
  total listed beside 表四's (「办结的、行政复议各几件」): each its own item.
- The lay words of a lost case said after its case (「被告了几次、输了几次」「被复议几次，被纠正几次」): that case's 纠正.
- One ask stays one ask (「新收申请有多少」「有没有被复议」 alone read as before).

In phrasings of our own (not the bank's), of generated reports."""

import pytest

from rag import intent
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

ONE = ("白沙县商务局", 2023, 11)  # 行政复议 3 件
NONE = ("白沙县统计局", 2023, 102)  # 行政复议 0 件


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("zufixa"), (ONE, NONE))


def cells(q: str) -> list[tuple[str, str, str]]:
    return [(c.table, c.row, c.col) for c in intent.table_measures(q)]


NEW, DONE, RV, LIT = ("t3", "new", "tot"), ("t3", "r7", "tot"), ("t4", "rv", "tot"), ("t4", "lit", "tot")


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("收了多少申请，办结的多少，被复议过没有？", [NEW, DONE, RV]),
        ("本年新收申请几件，办结几件，有无行政复议？", [NEW, DONE, RV]),
        ("新收申请几件办结几件是否有行政复议", [NEW, DONE, RV]),
        ("新收申请多少，全部公开的多少，有没有打官司？", [NEW, ("t3", "r1", "tot"), LIT]),
        ("新收申请、结转到下一年的分别几件，是否发生行政诉讼", [NEW, ("t3", "carry_out", "tot"), LIT]),
        ("本年 新收申请 办结的 有无行政复议", [NEW, DONE, RV]),
    ],
)
def test_every_ask_of_one_message_is_read(q, want):
    got = cells(q)
    assert all(w in got for w in want), (q, got)
    assert [c for c in got if c in want] == want, (q, got)  # in the order asked


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("新收申请、全部公开各几件", [NEW, ("t3", "r1", "tot")]),
        ("新收申请、部分公开、不予公开的数据", [NEW, ("t3", "r2", "tot"), ("t3", "r3", "tot")]),
        ("行政处罚决定、新收申请、复议、诉讼各几件", [("t2", "penalty", "decisions"), NEW, RV, LIT]),
        ("行政许可决定、办结的、行政复议各几件", [("t2", "license", "decisions"), DONE, RV]),
        ("收了多少申请，被告了几次，输了几次", [NEW, LIT, ("t4", "lit", "fix")]),
        ("被复议几次，被纠正几次，收了多少申请", [RV, ("t4", "rv", "fix"), NEW]),
        ("先讲总数，然后其中全部公开的：白沙县商务局2023年", [DONE, ("t3", "r1", "tot")]),
    ],
)
def test_each_item_of_a_list_across_tables(q, want):
    assert sorted(cells(q)) == sorted(want), (q, cells(q))


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("新收申请有多少", [NEW]),
        ("有没有被复议", [RV]),
        ("收到的申请中全部公开的有几件", [("t3", "r1", "tot")]),
        ("行政许可决定数量是多少", [("t2", "license", "decisions")]),
    ],
)
def test_one_ask_stays_one(q, want):
    assert cells(q) == want


def test_three_asks_of_the_report_each_answered(bodies):
    v = consistent_values(seed=ONE[2])
    rid = bodies.store.reports()[0]["id"] if hasattr(bodies.store, "reports") else None
    ans = bodies.ask("白沙县商务局2023年新收申请几件，办结几件，有无行政复议？", report_id=rid)
    text = ans.answer
    for label, key in (("本年新收", "t3.new.tot"), ("总计", "t3.r7.tot"), ("行政复议", "t4.rv.tot")):
        assert f"{label}{v[key]}件" in text, text
    assert text.index("本年新收") < text.index("总计") < text.index("行政复议"), text
    assert "行政复议3件，有" in text, text


def test_a_whether_any_with_zero_says_no(bodies):
    v = consistent_values(seed=NONE[2])
    ans = bodies.ask("白沙县统计局2023年本年新收申请多少，办结的多少，是否发生行政复议")
    assert f"本年新收{v['t3.new.tot']}件" in ans.answer, ans.answer
    assert f"{v['t3.r7.tot']}件" in ans.answer and "行政复议0件，没有" in ans.answer, ans.answer


def test_lay_words_of_a_lost_case(bodies):
    v = consistent_values(seed=ONE[2])
    ans = bodies.ask("白沙县商务局2023年收了多少申请，被复议几次，被纠正几次")
    assert f"本年新收{v['t3.new.tot']}件" in ans.answer, ans.answer
    assert f"行政复议{v['t4.rv.tot']}件" in ans.answer and f"（结果纠正）{v['t4.rv.fix']}件" in ans.answer, ans.answer


def test_a_part_and_its_share_asked_after_the_whole(bodies):
    v = consistent_values(seed=ONE[2])
    ans = bodies.ask("白沙县商务局2023年收到多少申请，其中自然人的有多少，占百分之几")
    whole, part = v["t3.new.tot"], v["t3.new.np"]
    assert f"本年新收{whole}件" in ans.answer and f"{part}件" in ans.answer, ans.answer
    assert f"{round(part / whole * 100, 2):.2f}%" in ans.answer, ans.answer
