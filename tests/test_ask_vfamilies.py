"""Question families blindv showed (issue 13, branch askv), each written again in other words over generated
bodies (not the bank's): a province or city named as a set of reports (「四川省2023年的报告，按…排个序」
「芜湖市下面各单位的报告…合计」) is every stored body in that place by its division code — a place asked alone
for a value stays its government."""

from __future__ import annotations

import pytest

from test_ask_zval import BODIES, _v
from tests.text_store import bodies_asker


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("vfam"), BODIES)


SICHUAN_2023 = ("成都市武侯区商务局", "成都市武侯区民政局", "成都市锦江区民政局")
ANHUI_2020 = ("芜湖市镜湖区人民政府", "芜湖市镜湖区城市管理局", "芜湖市弋江区城市管理局")


@pytest.mark.parametrize(
    "q,bodies,year",
    [
        ("统计一下四川省2023年的报告的新收申请总和", SICHUAN_2023, 2023),
        ("芜湖市下面各单位的报告2020年新收申请合计", ANHUI_2020, 2020),
        ("安徽省2020年的年报，新收申请加起来一共多少", ANHUI_2020, 2020),
    ],
)
def test_a_places_reports_are_summed(asker, q, bodies, year):
    assert asker.ask(q).value == sum(_v(a, year) for a in bodies)


@pytest.mark.parametrize(
    "q,bodies,year",
    [
        ("四川省2023年的报告，按新收申请从多到少排个序", SICHUAN_2023, 2023),
        ("安徽省2020年的报告中新收申请最高的是哪个单位", ANHUI_2020, 2020),
        ("把安徽省2020年的报告按新收申请由高到低排列", ANHUI_2020, 2020),
    ],
)
def test_a_places_reports_are_ranked(asker, q, bodies, year):
    ans = asker.ask(q)
    assert ans.value == max(_v(a, year) for a in bodies)
    assert all(a in ans.answer for a in bodies), ans.answer


@pytest.mark.parametrize(
    "q",
    ["列出四川省2023年的报告中新收申请大于零的报告", "四川省2023年的报告里，哪些单位的新收申请不是0"],
)
def test_a_places_reports_are_listed(asker, q):
    ans = asker.ask(q)
    assert ans.value == 3 and all(a in ans.answer for a in SICHUAN_2023), ans.answer
    assert "郑州" not in ans.answer


def test_a_place_asked_alone_for_a_value_stays_its_government(asker):
    assert asker.ask("芜湖市镜湖区2020年的报告里新收申请多少件").value == _v("芜湖市镜湖区人民政府", 2020)
