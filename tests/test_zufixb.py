"""zufixb (issue 13): two or three bodies × two or more measures, and follow-ups on several asks.

- 「A和B两家某年的X和Y分别多少」「比较一下A、B的X、Y」「A跟B某年X多少Y多少」: every measure asked, each body's number
  under it — never only the first measure. One measure compared stays as it was.
- A follow-up on a turn of several asks: 「再把X加上」「X也说一下」 adds an item to the same asks (bodies and year kept);
  「那Y年的这两项呢」「改成Y年，同样几项」 asks the same items of another year.

In phrasings of our own (not the bank's), of generated reports."""

import pytest

from rag import followup, intent
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

A = ("白沙县商务局", 2023, 11)
B = ("白沙县统计局", 2023, 102)
C = ("白沙县水务局", 2023, 7)
A22 = ("白沙县商务局", 2022, 31)


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("zufixb"), (A, B, C, A22))


def cells(q: str) -> list[tuple[str, str, str]]:
    return [(c.table, c.row, c.col) for c in intent.table_measures(q)]


NEW, R1, RV = ("t3", "new", "tot"), ("t3", "r1", "tot"), ("t4", "rv", "tot")


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("比较一下甲局、乙局的新收申请、予以公开的", [NEW, R1]),
        ("甲局跟乙局新收申请多少行政复议多少", [NEW, RV]),
        ("甲局跟乙局收到的申请多少件予以公开的多少", [NEW, R1]),
    ],
)
def test_both_measures_read(q, want):
    assert cells(q) == want


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("收到的申请中予以公开的多少", [R1]),
        ("新收申请多少件？", [NEW]),
    ],
)
def test_one_measure_stays_one(q, want):
    assert cells(q) == want


def _has(ans, name, label, n):
    line = next((x for x in ans.answer.split("\n") if x.startswith(label)), "")
    assert f"{name}2023年{n}件" in line, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "白沙县商务局和白沙县统计局2023年的新收申请和行政复议分别是多少",
        "比较一下2023年白沙县商务局、白沙县统计局的新收申请、行政复议",
        "白沙县商务局跟白沙县统计局2023年新收申请多少行政复议多少",
    ],
)
def test_two_bodies_two_measures(bodies, q):
    ans = bodies.ask(q)
    for name, _, seed in (A, B):
        v = consistent_values(seed=seed)
        _has(ans, name, "本年新收", v["t3.new.tot"])
        _has(ans, name, "行政复议", v["t4.rv.tot"])


def test_three_bodies_two_measures(bodies):
    ans = bodies.ask("白沙县商务局、白沙县统计局、白沙县水务局2023年予以公开和部分公开的各是多少")
    for name, _, seed in (A, B, C):
        v = consistent_values(seed=seed)
        _has(ans, name, "予以公开", v["t3.r1.tot"])
        _has(ans, name, "部分公开", v["t3.r2.tot"])


def test_one_measure_compared_as_before(bodies):
    ans = bodies.ask("白沙县商务局和白沙县统计局2023年的新收申请对比一下")
    assert ans.answer.startswith("本年新收：") and "\n" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("prev", "q", "want"),
    [
        ("白沙县商务局2023年新收申请和予以公开的各多少", "把不予公开的也加上", "不予公开"),
        ("白沙县商务局2023年新收申请和予以公开的各多少", "再加一个行政复议", "行政复议"),
        ("今年收到多少申请，办结了多少？", "还有结转下年度的呢，一块儿列出来", "结转下年度"),
    ],
)
def test_an_item_added(prev, q, want):
    full = followup.several_followup(prev, followup._cleaned(q))
    assert full is not None and want in full and full.startswith(prev.rstrip("？")[:8]), full
    assert len(intent.table_measures(full)) == 3, full


def test_an_item_added_answered(bodies):
    v = consistent_values(seed=A[2])
    ans = bodies.ask("再把行政复议加上", previous="白沙县商务局2023年新收申请和予以公开的各多少")
    for label, key in (("本年新收", "t3.new.tot"), ("予以公开", "t3.r1.tot"), ("行政复议", "t4.rv.tot")):
        assert f"{label}{v[key]}件" in ans.answer, ans.answer


def test_same_items_of_another_year(bodies):
    v = consistent_values(seed=A22[2])
    ans = bodies.ask("那2022年的这两项呢", previous="白沙县商务局2023年新收申请和行政复议各多少")
    assert f"本年新收{v['t3.new.tot']}件" in ans.answer and f"行政复议{v['t4.rv.tot']}件" in ans.answer, ans.answer


def test_two_bodies_kept_in_a_follow_up():
    full = followup.several_followup("甲局和乙局2023年的新收申请和行政复议各多少", "改成2022年，同样两项")
    assert full == "甲局和乙局2022年的新收申请和行政复议各多少"


def test_not_a_follow_up_of_several():
    assert followup.several_followup("白沙县商务局2023年新收申请多少", "再加上行政复议") is None
    assert followup.several_followup("白沙县商务局2023年新收申请和行政复议各多少", "那2022年的呢") is None
