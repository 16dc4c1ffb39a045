"""zzfix: what old reports and the two national templates ask of the router (issue 13, bank blindzz).

- A body's stored coverage — its first year (「X的年报最早收到哪一年」「X的年报是从哪年起有的」「最旧的一份」) or its
  last (「X最近的一份年报是哪年」「最新一份是哪一年」): answered from the years held, never a figure of a report.
- The store's reports of a year counted with the year between the count and the noun (「库里总共有几份2018年度的报告」),
  one body's year stored from two files counted once.
- A table word that begins like a body's short form (「属于国家秘密」「危及国家安全」 — 国家 is a form of 国家统计局) is
  never a body of the question.
- 「（六）其他处理」's sub-rows (2021 template only) asked of a report on the 2019 template: refused (routes).
Phrasings of our own (not the bank's), against a small catalogue."""

import re

import pytest

from rag import intent
from rag.answers.holdings import asks_first_last
from rag.question import Scope
from rag.routes import ROUTES
from test_zpfixa import catalogue

CAT = catalogue(
    ("nb-2020", "宁波市统计局", 2020),
    ("nb-2022", "宁波市统计局", 2022),
    ("gj-2023", "国家统计局", 2023),
    ("zc-a", "漳州市芗城区人民政府", 2017),
    ("zc-b", "漳州市芗城区人民政府", 2017),
)


@pytest.mark.parametrize(
    "text",
    [
        "宁波市统计局的年报最早收到哪一年",
        "宁波市统计局的年报是从哪年起有的",
        "宁波市统计局最旧的一份报告是哪份",
        "宁波市统计局最近的一份年报是哪年",
        "宁波市统计局最新一份报告是哪一年的",
    ],
)
def test_first_or_last_year_held(text: str) -> None:
    assert asks_first_last(text)


@pytest.mark.parametrize(
    "text",
    [
        "宁波市统计局最新一份年报里新收了多少申请",
        "宁波市统计局最早的报告里主动公开了几条",
        "宁波市统计局2022年新收多少",
    ],
)
def test_a_figure_is_not_coverage(text: str) -> None:
    assert not asks_first_last(text)


@pytest.mark.parametrize(
    "text",
    ["库里总共有几份2018年度的报告", "一共有多少份二零一七年的年报", "库里收录了多少份2020年的政府信息公开年报"],
)
def test_reports_of_a_year_counted(text: str) -> None:
    q = intent.parse(intent.canonical(text), None, None, [])
    assert q.operation == "which_reports"
    assert q.first(intent.SectionMeasure).part == "reports"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    ["这份报告不予公开里属于国家秘密的有几件", "危及国家安全不予公开的有几件", "涉及国家机密没公开的有多少"],
)
def test_a_row_label_is_no_body(text: str) -> None:
    r = CAT.resolve(intent.canonical(text), Scope(years=[2023]))
    assert not r.agencies and not r.scope.agencies  # no body named: never 国家统计局


def test_the_body_itself_still_named() -> None:
    r = CAT.resolve(intent.canonical("国家统计局2023年不予公开的有几件"), Scope(years=[2023]))
    assert r.report_ids() == ["gj-2023"] and r.agencies


def test_split_r6_row_asked_is_routed_to_the_template_refusal() -> None:
    q = intent.parse("这份报告（六）其他处理中逾期未缴费不再处理的有几件", None, "rid", [])
    route = next(r for r in ROUTES if r.name == "refuse.template_row")
    assert route.applies(q, 1)
    assert not route.applies(intent.parse("这份报告（六）其他处理一共几件", None, "rid", []), 1)


@pytest.mark.parametrize(
    "text",
    [
        "宁波市统计局2017年的年报里按期答复了多少件申请",
        "宁波市统计局二〇一八年的报告中按时答复的申请有几件",
        "这份报告按时答复的申请一共几件",
    ],
)
def test_a_narrative_qualifier_after_the_report_words(text: str) -> None:
    """「X2017年的年报里按时答复了几件」: the report is where the figure is, never part of what is counted — the
    number's clause must say 「按时答复」/「按期答复」 (a LEGACY report's 「已按时答复2件」), not 「年报里按时答复」."""
    from rag.qualifier import qualifier

    words = qualifier(intent.canonical(text))
    assert "报" not in words and re.search(r"按(?:时|期)答复", words), words


@pytest.mark.parametrize(
    "text", ["行政事业性收费项目有几个", "行政事业性收费的项目数是多少", "行政事业性收费一共有多少个项目"]
)
def test_fee_items_are_a_count_never_the_amount(text: str) -> None:
    """「收费项目有几个」 asks a count of items (GF2019's 上一年项目数量 — refused of a 2021-template report, which prints
    only the amount), never the 本年收费金额 of 万元."""
    assert [(c.row, c.col) for c in intent.table_measures(text)] == [("fee", "prev_items")]
