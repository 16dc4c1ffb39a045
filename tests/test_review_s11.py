"""The read-only review of this session's merged change (27dd197..a695e2a): five ways to a silently wrong answer,
each shown here on generated reports and fixed (issue 11, issue 13)."""

import json

import pytest

from extractor.extract import extract_bytes
from extractor.schema import ExtractError
from rag.ask import NOT_MENTIONED
from rag.intent import cn_number
from tests.reportgen import consistent_values, render
from tests.text_store import bodies_asker

A, B = ("石家庄市裕华区民政局", 2020, 321), ("唐山市路北区财政局", 2020, 322)


def _v(seed: int, key: str) -> int:
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("review_s11"), (A, B))


def test_a_total_confirmed_is_asked_as_the_total(bodies):
    both = _v(321, "t3.new.np") + _v(321, "t3.new.biz")
    ans = bodies.ask(f"石家庄市裕华区民政局2020年自然人和商业企业申请是不是共{both}件")
    assert ans.answer.startswith("是"), ans.answer
    said = bodies.ask(f"石家庄市裕华区民政局2020年自然人和商业企业申请是不是{both}件")  # two items, no total word
    assert not said.answer.startswith(f"不是：报告为{_v(321, 't3.new.np')}件"), said.answer


def test_a_channel_before_a_comma_is_no_lead_in(bodies):
    ans = bodies.ask("网上，石家庄市裕华区民政局2020年收到多少件申请")
    assert ans.value != _v(321, "t3.new.tot"), ans.answer


def test_spoken_hundreds():
    assert [cn_number(w) for w in ("一百二", "三千二", "千五", "一百零二", "两万三", "一百二十")] == [
        120,
        3200,
        1500,
        102,
        23000,
        120,
    ]


def test_a_row_left_out_is_no_body_left_out(bodies):
    ans = bodies.ask("石家庄市裕华区民政局和唐山市路北区财政局2020年，不含上年结转，新收申请总数是多少")
    assert not ans.answer.startswith("上年结转合计"), ans.answer


def _page(title: str) -> bytes:
    def html(year: int, seed: int) -> str:
        text = render(consistent_values(seed=seed), "lines", agency="某某县某某镇人民政府", year=year)
        return "".join(f"<p>{line}</p>" for line in text.split("\n"))

    related = html(2022, 2) + "<p>" + "往年工作回顾。" * 60 + "</p>"  # the related article is the longer
    state = {"props": {"pageProps": {"article": {"content": html(2023, 1)}, "related": [{"content": related}]}}}
    data = json.dumps(state, ensure_ascii=False).replace("<", "\\u003c")
    return (
        f'<html><head><meta charset="utf-8"/><title>{title}</title></head><body><div id="__next"></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>'
    ).encode()


def test_a_state_with_two_reports_reads_the_pages_own_or_refuses():
    report = extract_bytes(_page("某某县某某镇人民政府2023年政府信息公开工作年度报告"), "p.html")
    assert report.year == 2023 and report.cell("t3.new.tot").value == _v(1, "t3.new.tot")
    with pytest.raises(ExtractError, match="多篇报告"):
        extract_bytes(_page("某某县某某镇人民政府"), "p.html")


def test_refused_answers_say_why(bodies):
    assert bodies.ask("青海省2020年所有单位扣除唐山市路北区财政局之后，本年新收总数多少").answer.startswith(
        NOT_MENTIONED
    )
