"""The blind bank blindua's per-period and change families (issue 13, branch uafixb), asked in wording of my own, of
reports written here:

- a TABLE figure per month, quarter or week (「平均每月办结多少件申请」「每个季度收到几件申请」) — refused before; the
  basis is said (÷ 12个月 / 4个季度 / 52周); per day has no basis (no report prints its working days): refused, said why;
- a TEXT figure per week (refused before) and per month where the sentence also counts columns (「…1946条，更新…栏目
  11个」) — answered 1946 ÷ 11个 before (silently wrong), the year's figure over its 12 months now;
- 「今年办结总数比去年多了还是少了」 on a chosen report (and named) — answered as the SUM of the two years before
  (silently wrong), the change with both years' figures now."""

import pytest

from tests.reportgen import consistent_values
from tests.text_store import bodies_asker, text_asker

BODY = "鹤山县人民政府"
OTHER = "桐溪县民政局"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """Two years of one body (seeds 3 and 5) and another body's year: reports with the template's tables."""
    asker = bodies_asker(tmp_path_factory.mktemp("uafixb"), [(BODY, 2022, 3), (BODY, 2023, 5), (OTHER, 2023, 7)])
    ids = {(r["agency"], r["year"]): r["id"] for r in asker.store.listing()}
    return asker, ids


def _near(ans, value: float, unit: str | None) -> None:
    assert isinstance(ans.value, (int, float)) and abs(ans.value - value) < 0.05, ans.answer
    assert ans.unit == unit, ans.answer


V22, V23 = consistent_values(seed=3), consistent_values(seed=5)


@pytest.mark.parametrize(
    ("q", "row", "periods", "basis"),
    [
        ("平均每月办结多少件申请", "t3.r7.tot", 12, "12个月"),
        ("嗯 一个月平均办结几件申请啊", "t3.r7.tot", 12, "12个月"),
        ("平均每个季度收到多少件申请", "t3.new.tot", 4, "4个季度"),
        ("每周平均收到几件申请", "t3.new.tot", 52, "52周"),
        ("折合每个月新收申请多少件", "t3.new.tot", 12, "12个月"),
        ("每个月收到多少件申请", "t3.new.tot", 12, "12个月"),  # a table row is never stated per month
    ],
)
def test_a_table_figure_per_period_on_a_chosen_report(tables, q, row, periods, basis):
    asker, ids = tables
    ans = asker.ask(q, report_id=ids[(BODY, 2023)])
    _near(ans, V23[row] / periods, "件")
    assert basis in ans.answer and f"{int(V23[row])}件" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("q", "row", "periods"),
    [
        (f"{BODY}2022年平均每个月收到多少件申请", "t3.new.tot", 12),
        (f"{BODY}22年平均每季度办结多少件申请", "t3.r7.tot", 4),
        (f"{BODY}2022年平均每星期收到几件申请", "t3.new.tot", 52),
    ],
)
def test_a_table_figure_per_period_of_a_named_body(tables, q, row, periods):
    asker, _ = tables
    _near(asker.ask(q), V22[row] / periods, "件")


def test_per_day_has_no_basis_and_says_why(tables):
    asker, ids = tables
    ans = asker.ask("平均每天收到多少件申请", report_id=ids[(BODY, 2023)])
    assert ans.value is None and ans.answer.startswith("报告未提及"), ans.answer
    assert "工作日数" in ans.answer and "没有依据" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["平均每个工作日收到多少件申请", "每万人有几件信息公开申请"])
def test_rates_over_working_days_or_people_stay_refused(tables, q):
    # (guards: refused before as after — the per-period reading must not answer them)
    asker, ids = tables
    ans = asker.ask(q, report_id=ids[(BODY, 2023)])
    assert ans.value is None and ans.answer.startswith("报告未提及"), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "今年办结总数比去年多了还是少了",
        "办结总数比上一年增加还是减少",
        "今年收到的申请总数较去年是多了还是少了",
        f"{BODY}2023年办结总数比去年多了还是少了",
        "办结总数同比是增是减",
        "今年收到的申请总量跟去年比是多是少",
    ],
)
def test_a_total_against_last_year_is_the_change_never_the_sum(tables, q):
    asker, ids = tables
    ans = asker.ask(q, report_id=None if BODY in q else ids[(BODY, 2023)])
    row = "t3.new.tot" if "收到" in q else "t3.r7.tot"
    change = V23[row] - V22[row]
    assert ans.value == change and ans.unit == "件", ans.answer  # never V22 + V23
    assert f"{int(V22[row])}件" in ans.answer and f"{int(V23[row])}件" in ans.answer, ans.answer
    assert "合计" not in ans.answer, ans.answer


def test_a_change_on_a_report_with_no_year_before_is_refused(tables):
    asker, ids = tables
    ans = asker.ask("今年办结总数比去年多了还是少了", report_id=ids[(BODY, 2022)])
    assert ans.value is None and "2021" in ans.answer, ans.answer  # never 2022's total alone


def test_a_total_beside_last_year_asked_loosely_is_both_years_never_their_sum(tables):
    asker, ids = tables
    ans = asker.ask("今年的办结总数和去年比起来怎么样", report_id=ids[(BODY, 2023)])
    assert ans.value != V22["t3.r7.tot"] + V23["t3.r7.tot"], ans.answer
    assert f"{int(V22['t3.r7.tot'])}件" in ans.answer and f"{int(V23['t3.r7.tot'])}件" in ans.answer, ans.answer
    assert "合计" not in ans.answer, ans.answer


def test_two_years_added_asked_as_a_sum_stay_a_sum(tables):
    # (guard: 「一共」 over two years is their sum)
    asker, ids = tables
    ans = asker.ask("今年和去年办结总数一共多少", report_id=ids[(BODY, 2023)])
    assert ans.value == V22["t3.r7.tot"] + V23["t3.r7.tot"], ans.answer


REPORT = """宜川县财政局2020年政府信息公开工作年度报告

一、总体情况
（一）主动公开
2020年，全年通过门户网站主动公开政府信息1946条，更新“法定主动公开内容”栏目11个，其中财政预决算信息120条。
（二）依申请公开
全年共受理政府信息公开申请6件，均按期答复。
五、存在的主要问题及改进情况
存在的主要问题：一是公开形式较为单一。改进措施：下一步，将丰富公开形式。
"""


@pytest.fixture(scope="module")
def text(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("uafixb_text"), "yichuan-czj-2020.txt", REPORT)[0]


@pytest.mark.parametrize(
    ("q", "periods"),
    [
        ("宜川县财政局2020年度主动公开的政府信息平均每个月多少条", 12),  # was 1946 ÷ 11个栏目
        ("宜川县财政局2020年主动公开的政府信息平均每周多少条", 52),
        ("宜川县财政局2020年平均每个星期主动公开几条信息", 52),
    ],
)
def test_a_text_figure_per_month_or_week_is_over_the_year_never_a_count_beside_it(text, q, periods):
    ans = text.ask(q)
    _near(ans, 1946 / periods, "条")
    assert "11个" not in ans.answer.split("（", 1)[1], ans.answer
