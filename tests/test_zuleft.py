"""zuleft (issue 13): what blindzu (one message, several asks) still missed, as families.

- An answerable ask and one the reports cannot answer (staff, money, days taken, satisfaction, applicants' sex) in one
  message — joined by 另外, by 及, by a comma or by nothing at all (a voice input): the figure is answered, and is the
  answer's headline; the other ask is said to be 「报告未提及」 — never the whole message refused.
- One body's two years, several measures listed (「列出X 2022年度和2023年度的A和B」): every measure, each year's figure.
- Three bodies ranked on an applicant column (「把A、B、C的个人申请从多到少排个序」): that column's applications, ranked.

In phrasings of our own (not the bank's), of generated reports."""

import pytest

from rag import intent
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker

A = ("青禾县商务局", 2023, 11)
B = ("青禾县统计局", 2023, 102)
C = ("青禾县水务局", 2023, 7)
A22 = ("青禾县商务局", 2022, 31)


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("zuleft"), (A, B, C, A22))


def v(body, key):
    return consistent_values(seed=body[2])[key]


@pytest.mark.parametrize(
    ("q", "key"),
    [
        ("青禾县商务局2023年新收申请多少件？另外办这事的工作人员有几个？", "t3.new.tot"),
        ("青禾县商务局2023年予以公开的件数及群众满意度是多少", "t3.r1.tot"),
        ("青禾县商务局2023年行政复议几件，平均几天答复完？", "t4.rv.tot"),
        ("青禾县商务局2023年结转下年度的几件申请人中女性有多少", "t3.carry_out.tot"),
        ("青禾县商务局二〇二三年收到几件申请人员经费花了多少钱", "t3.new.tot"),
    ],
)
def test_answerable_ask_answered_beside_the_other(bodies, q, key):
    ans = bodies.ask(q)
    assert ans.value == v(A, key), ans.answer
    assert f"{v(A, key)}件" in ans.answer and "报告未提及" in ans.answer, ans.answer
    assert not ans.answer.startswith("报告未提及"), ans.answer


def test_both_unanswerable_still_refused(bodies):
    ans = bodies.ask("青禾县商务局2023年工作人员有几个，群众满意度是多少")
    assert ans.answer.startswith("报告未提及") and ans.value is None, ans.answer


@pytest.mark.parametrize(
    ("q", "first", "second"),
    [
        ("甲局2023年行政复议案件数量及平均多少个工作日答复", "甲局2023年行政复议案件数量", "平均多少个工作日答复"),
        ("甲局今年收到多少申请，满意度多少", "甲局今年收到多少申请", "满意度多少"),
        ("甲局今年办结几件经办人员几名", "甲局今年办结几件", "经办人员几名"),
    ],
)
def test_split_proposed(q, first, second):
    assert intent.asks_run_together(q)[0] == (first, second)


def test_no_split_of_one_ask():
    assert intent.asks_run_together("甲局今年收到多少申请") == []
    assert intent.asks_run_together("甲局今年涉及行政复议的案件数量") == []


@pytest.mark.parametrize(
    "q",
    [
        "请列出青禾县商务局2022年度与2023年度的新收申请和予以公开",
        "青禾县商务局2022年和2023年的本年新收、予以公开列一下",
    ],
)
def test_one_body_two_years_every_measure(bodies, q):
    ans = bodies.ask(q)
    lines = ans.answer.split("\n")
    new = next(x for x in lines if x.startswith("本年新收"))
    r1 = next(x for x in lines if x.startswith("予以公开"))
    for body in (A, A22):
        assert f"{body[1]}年：{v(body, 't3.new.tot')}件" in new, ans.answer
        assert f"{body[1]}年：{v(body, 't3.r1.tot')}件" in r1, ans.answer


def test_one_measure_over_two_years_one_line(bodies):
    ans = bodies.ask("请列出青禾县商务局2022年度与2023年度的新收申请")
    assert ans.answer.startswith("本年新收：") and "\n" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "把青禾县商务局、青禾县统计局、青禾县水务局2023年的个人申请从多到少排个序",
        "青禾县商务局、青禾县统计局、青禾县水务局这三家2023年的自然人申请按由少到多排一下",
        "青禾县商务局、青禾县统计局、青禾县水务局2023年的自然人申请哪家最多",
    ],
)
def test_three_bodies_ranked_on_a_column(bodies, q):
    assert [(c.table, c.row, c.col) for c in intent.table_measures(q)] == [("t3", "new", "np")]
    ans = bodies.ask(q)
    for body in (A, B, C):
        assert f"{body[0]}2023年{v(body, 't3.new.np')}件" in ans.answer, ans.answer
    top = max((A, B, C), key=lambda b: v(b, "t3.new.np"))
    if "由少到多" not in q:
        assert ans.value == v(top, "t3.new.np"), ans.answer
