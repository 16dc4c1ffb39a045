"""What the one spelling of a question (rag.intent.canonical, years_in) must not rewrite (review of askmeta 1).

得 typed for 的 is a slip, but the 得 of a place (得荣县) is a name: rewriting it asked about 荣县, another real
county. A bare 4-digit figure before a counter is a count, not a year: 「超过2000起」「2000余条」「2010多件」."""

from __future__ import annotations

import pytest

from rag.intent import canonical, years_in


@pytest.mark.parametrize("q", ["得荣县2023年主动公开政府信息多少条？", "得胜镇2022年收到几件申请"])
def test_a_place_named_with_de_keeps_its_name(q):
    assert q.split("20")[0] in canonical(q)


def test_a_de_slip_is_still_read_as_de():
    assert "存在的问题" in canonical("平潭2022年存在得问题有哪些")


@pytest.mark.parametrize(
    "q", ["行政复议超过2000起的有哪些", "网站发布信息2000余条的报告", "收到2010多件申请的机关", "大于2030件的有哪些"]
)
def test_a_count_is_not_a_year(q):
    assert years_in(q) == [] and "年" not in canonical(q).replace("年报", "")


@pytest.mark.parametrize("q,year", [("平潭2019多少件", 2019), ("安康2022新收申请", 2022)])
def test_a_bare_year_is_still_a_year(q, year):
    assert years_in(q) == [year]


def test_a_preamble_up_to_a_colon_that_names_the_body_is_kept():
    from rag.intent import drop_preamble

    q = "我是律师，温州市鹿城区司法局2023年复议的结果分布怎么样：维持、纠正、其他结果、尚未审结分别多少"
    assert "温州市鹿城区司法局2023年" in drop_preamble(q)  # (it was cut: another body's table answered)
    assert drop_preamble("我们在做区县政务公开的研究：安康2022年新收多少件") == "安康2022年新收多少件"


def test_duoxiao_typed_for_duoshao_but_not_a_size():
    """「共多小件」 is 多少 mistyped; 「多小」 not at an ask (「规模多小的单位」) stays as written."""
    assert canonical("给了信息的一共多小件").endswith("多少件")
    assert "多小的" in canonical("规模多小的单位收到了申请")
