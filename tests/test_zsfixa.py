"""zsfixa: which bodies a set word means, and the lawsuits of a set as both kinds summed.

- A set of one level over the whole store, in the words of a spreadsheet mind (「库里全部的市里的委办局」「整个库里的
  县（市、区）人民政府」「所有已收录的镇街」), the year perhaps in brackets after it (「（2023年）」): the stored bodies of
  that level only — never a district government among the city departments, never a department or a street among
  the county governments, never a bureau among the towns.
- 「行政诉讼案件（直接起诉加复议后起诉）」 with a count word between the row and its note: both kinds summed (the
  行政诉讼 whole), never 未经复议直接起诉 alone.
Resolved against a small catalogue, in phrasings of our own (not the bank's)."""

import pytest

from rag import intent
from rag.question import Scope
from test_zpfixa import CAT


def resolve(text: str, year: int = 2023) -> list[str]:
    q = intent.canonical(text)
    r = CAT.resolve(q, Scope(years=[year]))
    assert not r.ambiguous and not r.unknown, (q, r.ambiguous, r.unknown)
    return sorted(r.report_ids())


CITY_DEPTS = ["sy-jyj", "sy-sfj", "ts-mzj", "ts-wjw"]
COUNTY_GOVS = ["sd-gov", "tq-gov"]
TOWNS = ["xn-town"]


@pytest.mark.parametrize(
    "text",
    [
        "库里全部的市里的委办局（2023年）不予公开的加起来是多少",
        "整个库里的市里的委办局2023年复议一共多少件",
        "所有已收录的市里的局委办（2023年）新收的平均每家多少",
    ],
)
def test_city_departments_over_the_store(text: str) -> None:
    assert resolve(text) == CITY_DEPTS


@pytest.mark.parametrize(
    "text",
    [
        "整个库里的县（市、区）人民政府（2023年）复议平均每家几件",
        "库里全部县（市、区）政府2023年新收一共多少",
        "所有已收录的县(市、区)人民政府（2023年）诉讼最多的是哪家",
    ],
)
def test_county_governments_over_the_store(text: str) -> None:
    assert resolve(text) == COUNTY_GOVS


@pytest.mark.parametrize(
    "text",
    [
        "所有已收录的镇街（2023年）新收的最多那家占多少",
        "库里全部的镇街2023年公开了几件",
        "整个库里的街镇（2023年）复议合计多少",
    ],
)
def test_towns_over_the_store(text: str) -> None:
    assert resolve(text) == TOWNS


@pytest.mark.parametrize(
    "text",
    [
        "湖南省2023年的县区部门里信息公开行政诉讼案件（直接起诉加复议后起诉）加起来多少",
        "甘肃省县级部门的行政诉讼案件数（未经复议直接起诉和复议后起诉）最多的是哪家",
        "库里所有市直部门被起诉的案件（直接起诉+复议后起诉）平均每家几件",
    ],
)
def test_lawsuits_both_kinds_summed(text: str) -> None:
    q = intent.compound(intent.canonical(text))
    assert intent.table_measures(q) == [intent.CellMeasure(table="t4", row="lit", col="tot")], q


@pytest.mark.parametrize(
    "text",
    [
        "湖南省2023年的县区部门中结转下年度继续办理的申请为零的有几家",
        "库里所有市直部门2023年结转下年度继续办理的申请一件也没有的是哪些",
        "甘肃省2023年乡镇街道结转下年度继续办理的申请是0的单位有多少个",
    ],
)
def test_carried_over_by_its_full_name(text: str) -> None:
    q = intent.compound(intent.canonical(text))
    assert intent.table_measures(q) == [intent.CellMeasure(table="t3", row="carry_out", col="tot")], q
