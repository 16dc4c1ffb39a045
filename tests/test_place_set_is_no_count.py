"""A place's bodies named as a set (「武侯区这几个部门」「镜湖区的几家单位」) are the scope, not a count of
bodies asked: their figures are listed. 「有几家单位…超过N件」 still counts (review2: after the session's
first merges the set word sent these questions to which-reports, 「共2家单位本年新收大于0件」)."""

from __future__ import annotations

import pytest

from test_ask_zval import BODIES, _v
from tests.text_store import bodies_asker


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("placeset"), BODIES)


@pytest.mark.parametrize(
    "q,bodies",
    [
        ("武侯区这几个部门2023年各收到多少申请", (("成都市武侯区商务局", 2023), ("成都市武侯区民政局", 2023))),
        ("镜湖区几个部门2020年新收申请多少", (("芜湖市镜湖区人民政府", 2020), ("芜湖市镜湖区城市管理局", 2020))),
        (
            "芜湖市镜湖区的几家单位2020年各收到多少申请",
            (("芜湖市镜湖区人民政府", 2020), ("芜湖市镜湖区城市管理局", 2020)),
        ),
    ],
)
def test_a_place_set_lists_each_body(asker, q, bodies):
    ans = asker.ask(q)
    assert "家单位" not in ans.answer and "大于0" not in ans.answer, ans.answer
    for agency, year in bodies:
        assert f"{agency}{year}年" in ans.answer and f"{_v(agency, year)}件" in ans.answer, ans.answer


def test_how_many_bodies_pass_a_bound_is_still_counted(asker):
    passing = {a for a, y, _ in BODIES if y == 2020 and _v(a, y) > 5}
    ans = asker.ask("2020年有几家单位新收申请超过5件")
    assert ans.value == len(passing) and f"共{len(passing)}家单位" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    ["列出镜湖区下面各单位的报告中新收申请大于5件的报告", "镜湖区下面各单位2020年的报告，按新收申请从多到少排个序"],
)
def test_which_reports_or_their_order_over_a_place_with_its_government_are_the_sets(asker, q):
    """With the place's own government stored, 「各部门…分别多少」 is refused as its report's breakdown
    (test_ask_zval), but which of the place's reports pass a test, or their order, is still the set's
    (blindv v0337: refused after askzval's and askv's merge)."""
    ans = asker.ask(q)
    assert "报告未提及" not in ans.answer, ans.answer
    for agency in ("芜湖市镜湖区人民政府", "芜湖市镜湖区城市管理局"):
        assert agency in ans.answer, ans.answer
