"""zleft (issue 13): what blindzx and blindzw left, as families — wordings of our own, not the banks'.

- The applications received said with a receiving verb and its aspect words (「接到过」「收到过」「来了」) before a
  counter and 依申请 / 申请: 本年新收, never 「报告未提及」.
- An applicant's kind with 申请 typed last as a search-box keyword (「2021年 某局 法人申请」): that column's 本年新收,
  never a description of the text.
- A county-level place written right before a bare department form (「袁州文旅局」 without its 区) is where the body
  is: another place's 文化和旅游局 is never answered for it; the place's merged culture bureau, printed without its 和
  (「文化广电新闻出版旅游局」), is read as it and said so.
- A province's 县级政府 set leaves out a national new area's 管委会 (市级政府 by docs/levels.md) — said in the answer."""

from __future__ import annotations

import pytest

from extractor import departments as D, former_names
from extractor.levels import zones_left_out_note
from rag import intent
from rag.question import Scope
from rag.scope import Catalogue


def cells(q: str) -> set[tuple[str, str, str]]:
    return {(c.table, c.row, c.col or "tot") for c in intent.table_measures(intent.canonical(q))}


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("2023年江油市民政局接到过几份依申请公开", ("t3", "new", "tot")),
        ("2021年某区统计局收到过多少件依申请", ("t3", "new", "tot")),
        ("2022年那个县司法局一年来了多少件信息公开申请", ("t3", "new", "tot")),
        ("2023年某局来了几个依申请", ("t3", "new", "tot")),
        ("2022年某局接到了过多少份政府信息公开申请", ("t3", "new", "tot")),
    ],
)
def test_a_receiving_verb_with_its_aspect_reads_new_applications(q, want):
    assert want in cells(q), cells(q)


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("2021年 江油市民政局 法人申请", ("t3", "new", "legal")),
        ("江油市民政局 2022年 自然人申请", ("t3", "new", "np")),
        ("2023年 某县水利局 个人申请数", ("t3", "new", "np")),
        ("2023年 某县水利局 科研机构申请", ("t3", "new", "sci")),
    ],
)
def test_an_applicant_kind_typed_as_a_keyword_is_its_new_column(q, want):
    got = cells(q)
    assert any(c[:2] == want[:2] for c in got), got
    assert intent.parse(intent.canonical(q)).operation != "describe"


def test_the_verbs_do_not_reach_unrelated_words():
    # 「后来」「带来」 are no receiving; 「法人申请」 mid-sentence stays the question it is
    assert ("t3", "new", "tot") not in cells("2023年后来多少件申请被撤回了")
    assert intent.parse(intent.canonical("2023年某局法人申请的渠道有哪些")).operation != "value"


def catalogue(*rows: tuple[str, str, int]) -> Catalogue:
    from extractor.agency import agency_key

    return Catalogue(
        [
            {"id": rid, "agency": name, "agency_key": agency_key(name), "year": year, "ingested_at": "2026-01-01"}
            for rid, name, year in rows
        ]
    )


CAT = catalogue(
    ("ts-wl", "泰安市泰山区文化和旅游局", 2023),  # the one stored 文化和旅游局
    ("lp-wl", "六盘水市钟山区文化广电新闻出版旅游局", 2023),  # a merged culture bureau printed without its 和
    ("lp-sfj", "六盘水市钟山区司法局", 2023),
    ("lz-xq", "兰州新区管理委员会", 2023),
    ("lz-cg", "兰州市城关区人民政府", 2023),
    ("gn-xh", "夏河县人民政府", 2023),
)


@pytest.mark.parametrize(
    "q", ["2023年丰都文旅局收到多少件申请", "2023年钟山文旅局新收多少件", "2023年泰和文旅局新收几件"]
)
def test_a_county_place_before_a_bare_department_is_never_another_places_body(q):
    r = CAT.resolve(intent.canonical(q), Scope(years=[2023]))
    assert "ts-wl" not in r.report_ids(), r.report_ids()


def test_the_place_itself_before_the_bare_department_is_still_its_body():
    r = CAT.resolve(intent.canonical("2023年泰山文旅局新收多少件"), Scope(years=[2023]))
    assert r.report_ids() == ["ts-wl"]


def test_a_merged_culture_bureau_printed_without_its_he_is_read_for_wenlüju():
    merged = CAT.merged_written("2023年钟山区文旅局新收多少件")
    assert merged is not None and "钟山区文化广电新闻出版旅游局" in merged
    assert CAT.merged_written("2023年钟山区司法所新收多少件") is None


def test_a_current_merged_name_without_its_he_holds_no_former_department():
    assert D.unjoined("文化广电新闻出版旅游局") is not None
    toks = former_names.tokens("2023年钟山区文化广电新闻出版旅游局和某县人事局比")
    assert [t.written for t in toks] == ["人事局"]


def test_a_county_set_says_the_new_area_it_leaves_out():
    note = zones_left_out_note(["兰州新区管理委员会", "兰州市城关区人民政府"])
    assert "兰州新区管理委员会" in note and "未计入" in note
    # an ordinary 开发区 管委会 is a 县级政府 by the convention: nothing to say of it
    assert zones_left_out_note(["兰州经济技术开发区管理委员会"]) == ""
