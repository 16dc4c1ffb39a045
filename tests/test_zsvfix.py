"""zsvfix: a bracketed note read the same however it is set off — printed in brackets (either width), said between a
voice input's pauses, typed with commas, 、 or slashes.

- A tier's kind of body with its other names in a note (「县（市、区）人民政府」「乡镇（街道）」「市（州）政府」「区县(市)部门」
  「乡（镇、街道）」「旗县（市、区）」): the same bodies in every spelling — never the set's level lost (a voice input's
  「县 市 区 人民政府」 was no kind at all, 「县，市，区人民政府」 one district's government); the notes the scope had no
  reading of, even bracketed (「市（州）」「区县（市）」「乡（镇、街道）」「县（市、区）直部门」), read as their tier.
- A note on a row that names its parts (「行政诉讼案件（直接起诉加复议后起诉）」「不予公开（国家秘密和内部事务信息）」): the
  same cells between pauses or commas — the whole row, or the parts added — never the parts listed apart; parts asked
  each after it (「… 直接起诉和复议后起诉 各几件」) stay each.
Resolved against a small catalogue, in phrasings of our own (not the bank's)."""

import pytest

from rag import intent
from rag.intent import CellMeasure, canonical
from rag.question import Scope
from test_zpfixa import CAT


def resolve(text: str, year: int = 2023) -> list[str]:
    q = canonical(text)
    r = CAT.resolve(q, Scope(years=[year]))
    assert not r.ambiguous and not r.unknown, (q, r.ambiguous, r.unknown)
    return sorted(r.report_ids())


# 湖南's bodies in the catalogue, by level
HN_COUNTY_GOVS = ["sd-gov"]
HN_COUNTY_DEPTS = ["ly-jyj", "sd-mzj", "xn-sfj"]
HN_CITY_GOVS = ["sy-gov"]
HN_CITY_DEPTS = ["sy-jyj", "sy-sfj"]
HN_TOWNS = ["xn-town"]
STORE_COUNTY_GOVS = ["sd-gov", "tq-gov"]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        # the county tier's governments: brackets, pauses, commas, 、 — and the store's whole level
        ("湖南2023年县（市、区）政府里收到申请最多的是谁", HN_COUNTY_GOVS),
        ("湖南2023年县 市 区 政府里收到申请最多的是谁", HN_COUNTY_GOVS),
        ("湖南2023年县，市，区政府里收到申请最多的是谁", HN_COUNTY_GOVS),
        ("湖南2023年县、市、区政府里收到申请最多的是谁", HN_COUNTY_GOVS),
        ("湖南省的县 区 人民政府2023年复议加起来几件", HN_COUNTY_GOVS),
        ("湖南省的区 县 人民政府2023年复议加起来几件", HN_COUNTY_GOVS),
        ("湖南省旗县（市、区）人民政府2023年复议加起来几件", HN_COUNTY_GOVS),
        ("库里全部的县 市 区 政府2023年诉讼平均几件", STORE_COUNTY_GOVS),
        ("所有已收录的县，市，区人民政府2023年诉讼中位数", STORE_COUNTY_GOVS),
        # the county tier's departments
        ("湖南2023年县 市 区 的部门不予公开合计", HN_COUNTY_DEPTS),
        ("湖南2023年县（市、区）的职能部门不予公开合计", HN_COUNTY_DEPTS),
        ("湖南2023年区县（市）部门不予公开合计", HN_COUNTY_DEPTS),
        ("湖南2023年区县 市 部门不予公开合计", HN_COUNTY_DEPTS),
        ("湖南2023年县(市、区)直部门不予公开合计", HN_COUNTY_DEPTS),
        ("湖南2023年县 市 区 直部门不予公开合计", HN_COUNTY_DEPTS),
        # the prefecture tier: 市（州）, said or typed any way
        ("湖南2023年市（州）人民政府新收申请平均多少", HN_CITY_GOVS),
        ("湖南2023年市 州 人民政府新收申请平均多少", HN_CITY_GOVS),
        ("湖南2023年市、州政府新收申请平均多少", HN_CITY_GOVS),
        ("湖南省各市州政府2023年新收申请平均多少", HN_CITY_GOVS),
        ("湖南省的市州的部门2023年新收申请平均多少", HN_CITY_DEPTS),
        ("湖南省市州直部门2023年新收申请平均多少", HN_CITY_DEPTS),
        ("湖南2023年市（州）直部门新收申请平均多少", HN_CITY_DEPTS),
        # the towns: 乡镇（街道）, 乡（镇、街道）
        ("湖南2023年乡镇 街道 里部分公开最多的是哪个", HN_TOWNS),
        ("湖南2023年乡（镇、街道）里部分公开最多的是哪个", HN_TOWNS),
        ("湖南2023年乡 镇 街道 里部分公开最多的是哪个", HN_TOWNS),
        ("湖南2023年镇（街道）里部分公开最多的是哪个", HN_TOWNS),
    ],
)
def test_tier_note_read_however_set_off(text: str, ids: list[str]) -> None:
    assert resolve(text) == ids


@pytest.mark.parametrize(
    ("said", "printed"),
    [
        ("甘肃2022年县 市 区 人民政府新收的中位数", "甘肃2022年县（市、区）人民政府新收的中位数"),
        ("甘肃2022年县，市，区人民政府新收的中位数", "甘肃2022年县（市、区）人民政府新收的中位数"),
        ("甘肃2022年的县、区人民政府新收的中位数", "甘肃2022年的县（区）人民政府新收的中位数"),
        ("甘肃2022年各县 区 教育局新收多少", "甘肃2022年各县（区）教育局新收多少"),
        ("甘肃2022年的乡镇 街道 里有几家复议是零", "甘肃2022年的乡镇（街道）里有几家复议是零"),
        ("在本省同级乡镇 街道 中排第几", "在本省同级乡镇（街道）中排第几"),
    ],
)
def test_voice_and_typed_tiers_read_as_bracketed(said: str, printed: str) -> None:
    assert canonical(said) == canonical(printed)


@pytest.mark.parametrize(
    "text",
    [
        # a place's own name before the words is no tier note: 「洪泽区 县…」 is not 「区（县）」
        "洪泽区 县里的部门有几家",
        "平潭县 区 2023年新收多少",
        # tiers listed one after another are several tiers, no note: 「市、县、区」 is not 市 and 县（区）
        "湖南省2023年市、县、区人民政府新收多少",
        "湖南省2023年市 县 区 人民政府新收多少",
        # nothing after the note that names a set of bodies: left as typed
        "湖南省县 市 区 新收多少",
    ],
)
def test_no_tier_note_where_none_is_said(text: str) -> None:
    assert "（" not in canonical(text)


def measures(text: str) -> list[CellMeasure]:
    return intent.table_measures(intent.compound(canonical(text)))


LAWSUITS = [CellMeasure(table="t4", row="lit", col="tot")]


@pytest.mark.parametrize(
    "text",
    [
        "省直部门2022年被起诉的案子（未经复议直接起诉和复议后起诉）平均每家几件",
        "省直部门2022年被起诉的案子 未经复议直接起诉和复议后起诉 平均每家几件",
        "省直部门2022年被起诉的案子，未经复议直接起诉和复议后起诉，平均每家几件",
        "县级部门2021年行政诉讼 直接起诉+复议后起诉 最多的比最少的多几件",
        "县级部门2021年行政诉讼案件数 直接起诉加上复议后起诉 前三家占多少",
        "我们单位行政诉讼案件，直接起诉加复议后起诉，在全市同级部门里排第几",
        "市直部门2024年的行政诉讼 直接起诉和复议后起诉",
        # (a pause-set phrase right before the row's: each pause closes one phrase and opens the next)
        "省直部门 信息公开行政诉讼案件 直接起诉和复议后起诉 平均每家几件",
        "省直部门，，，，行政诉讼案件 直接起诉和复议后起诉 ，占多少",
    ],
)
def test_lawsuit_note_between_pauses_is_the_whole(text: str) -> None:
    assert measures(text) == LAWSUITS


@pytest.mark.parametrize(
    ("said", "printed"),
    [
        ("这份报告不予公开 国家秘密和内部事务信息 有几件", "这份报告不予公开（国家秘密和内部事务信息）有几件"),
        ("这份报告不予公开，国家秘密和内部事务信息，有几件", "这份报告不予公开（国家秘密和内部事务信息）有几件"),
        ("这份报告无法提供 本机关不掌握加没有现成信息 多少件", "这份报告无法提供（本机关不掌握加没有现成信息）多少件"),
        ("这份报告行政复议 维持加纠正 多少件", "这份报告行政复议（维持加纠正）多少件"),
    ],
)
def test_part_notes_between_pauses_read_as_bracketed(said: str, printed: str) -> None:
    assert measures(said) == measures(printed)


@pytest.mark.parametrize(
    "text",
    [
        "2023年行政诉讼 直接起诉和复议后起诉 各几件",
        "2023年行政诉讼 直接起诉和复议后起诉 分别是多少",
        "2023年行政诉讼合计 直接起诉和复议后起诉各几件",
    ],
)
def test_parts_asked_each_after_the_note_stay_each(text: str) -> None:
    assert measures(text) == [
        CellMeasure(table="t4", row="ld", col="tot"),
        CellMeasure(table="t4", row="lr", col="tot"),
    ]


@pytest.mark.parametrize(
    ("said", "printed"),
    [
        # examples of the row set off by pauses or commas: the row itself, as in brackets
        (
            "县级部门2023年行政诉讼案件，包括直接起诉和复议后起诉，平均每家几件",
            "县级部门2023年行政诉讼案件（包括直接起诉和复议后起诉）平均每家几件",
        ),
        (
            "这份报告不予公开 包括国家秘密 内部事务信息等情形 多少件",
            "这份报告不予公开（包括国家秘密、内部事务信息等情形）多少件",
        ),
        ("这份报告不予公开，比如国家秘密，有几件", "这份报告不予公开（比如国家秘密）有几件"),
    ],
)
def test_example_notes_between_pauses_read_as_bracketed(said: str, printed: str) -> None:
    assert measures(said) == measures(printed)


def test_words_between_pauses_with_no_row_before_are_no_note() -> None:
    """「收进来的 新收加上年结转 和处理掉的…」: no row stands right before the words — nothing is read as a note."""
    q = "收进来的 新收加上年结转 和处理掉的 总计加结转下年 各是多少"
    assert intent.compound(canonical(q)) == canonical(q)
