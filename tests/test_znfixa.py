"""znfixa: search-box keywords naming one body. A place and a body typed as separate keywords (「昆明 自然资源局」)
are one body, the place's; a prefecture's short form (「海南州」 for 海南藏族自治州) and a department's old name
(环保局/环保厅 for 生态环境局/厅) read; two such bodies in one line compared, with or without 「vs」; a bare place keyword
that several stored bodies share (「江宁」 with its government and two bureaus) is asked back, never one body answered
nor every stored body listed. Resolved against a small catalogue, in phrasings of our own (not the bank's)."""

import pytest

from rag.question import Scope
from rag.scope import Catalogue


def catalogue(*rows: tuple[str, str, int]) -> Catalogue:
    from extractor.agency import agency_key

    return Catalogue(
        [
            {"id": rid, "agency": name, "agency_key": agency_key(name), "year": year, "ingested_at": "2026-01-01"}
            for rid, name, year in rows
        ]
    )


CAT = catalogue(
    ("kmzr", "昆明市自然资源和规划局", 2024),
    ("rszr", "仁寿县自然资源局", 2024),
    ("yczr", "银川市自然资源局", 2024),
    ("kdfg", "宽甸满族自治县发展和改革局", 2023),
    ("lyfg", "浏阳市发展和改革局", 2023),
    ("ncga", "南充市公安局", 2023),
    ("mygl", "绵阳市公安局", 2023),
    ("hnst", "海南藏族自治州生态环境局", 2024),
    ("ycst", "银川市生态环境局", 2024),
    ("gsst", "甘肃省生态环境厅", 2024),
    ("gsjy", "甘肃省教育厅", 2024),
    ("qhst", "青海省生态环境厅", 2024),
    ("jbsj", "重庆市江北区市场监督管理局", 2021),
    ("dxsj", "代县市场监督管理局", 2021),
    ("yzfg", "重庆市渝中区发展和改革委员会", 2021),
    ("lhwj", "深圳市龙华区卫生健康局", 2024),
    ("ftwj", "深圳市福田区卫生健康局", 2024),
    ("lhzj", "海口市龙华区住房和城乡建设局", 2024),
    ("hczf", "惠州市惠城区人民政府", 2021),
    ("hcsj", "惠州市惠城区市场监督管理局", 2021),
    ("xzfg", "珠海市香洲区发展和改革局", 2021),
    ("jnzf", "南京市江宁区人民政府", 2022),
    ("jnsf", "南京市江宁区司法局", 2022),
    ("jnsw", "南京市江宁区水务局", 2022),
    ("hzzf", "淮安市洪泽区人民政府", 2022),
)


def resolve(q: str, years=()):
    return CAT.resolve(q, Scope(years=list(years)))


@pytest.mark.parametrize(
    ("q", "year", "rid"),
    [
        # a place and its department as two keywords: one body
        ("昆明 自然资源局 2024 收到多少申请", 2024, "kmzr"),
        ("昆明 自然资源局 24年 办结", 2024, "kmzr"),
        ("昆明  自然资源局  2024年  不予公开", 2024, "kmzr"),
        ("宽甸 发改局 2023 行政复议", 2023, "kdfg"),
        ("宽甸 发展改革局 23年 新收申请", 2023, "kdfg"),
        ("江北 市场监管局 2021 诉讼 几件", 2021, "jbsj"),
        # a prefecture's short form, and a department's old name
        ("海南州 生态环境局 2024 复议", 2024, "hnst"),
        ("海南州 环保局 24年 不予公开 几件", 2024, "hnst"),
        ("海南州环保局 2024 收到申请", 2024, "hnst"),
        ("甘肃 环保厅 2024 行政诉讼", 2024, "gsst"),
        ("青海 环保厅 24年 收费", 2024, "qhst"),
    ],
)
def test_place_and_body_keywords_are_one_body(q, year, rid):
    r = resolve(q, [year])
    assert not r.ambiguous and not r.unknown, (r.ambiguous, r.unknown)
    assert r.ids == [rid]


@pytest.mark.parametrize(
    ("q", "year", "rids"),
    [
        ("江北 市监局 渝中 发改委 2021 收到申请", 2021, {"jbsj", "yzfg"}),
        ("江北 市监局 和 渝中 发改委 21年 诉讼", 2021, {"jbsj", "yzfg"}),
        ("龙华 卫健局 对比 福田 卫健局 2024 诉讼", 2024, {"lhwj", "ftwj"}),
        ("龙华 卫健局 vs 福田 卫健局 24年 新收", 2024, {"lhwj", "ftwj"}),
        ("惠城 市监局 vs 香洲 发改局 2021 予以公开", 2021, {"hcsj", "xzfg"}),
        ("惠城 市场监管局 香洲 发改局 21年 复议", 2021, {"hcsj", "xzfg"}),
        ("甘肃 教育厅 vs 甘肃 环保厅 2024 新收", 2024, {"gsjy", "gsst"}),
    ],
)
def test_two_bodies_in_keywords_are_compared(q, year, rids):
    r = resolve(q, [year])
    assert not r.ambiguous and not r.unknown, (r.ambiguous, r.unknown)
    assert set(r.ids) == rids


@pytest.mark.parametrize(
    ("q", "year", "names"),
    [
        ("江宁 2022 新收多少", 2022, {"南京市江宁区人民政府", "南京市江宁区司法局", "南京市江宁区水务局"}),
        ("江宁 22年 行政复议 几件", 2022, {"南京市江宁区人民政府", "南京市江宁区司法局", "南京市江宁区水务局"}),
        ("龙华 2024 予以公开", 2024, {"深圳市龙华区卫生健康局", "海口市龙华区住房和城乡建设局"}),
        ("龙华 24年 诉讼", 2024, {"深圳市龙华区卫生健康局", "海口市龙华区住房和城乡建设局"}),
    ],
)
def test_bare_place_keyword_of_several_bodies_is_asked_back(q, year, names):
    r = resolve(q, [year])
    assert not r.ids
    assert set(r.ambiguous) == names


@pytest.mark.parametrize(
    ("q", "row"),
    [
        # two years of the 2021 template set against each other: the change of the decisions, never 表二's 本年增/减
        # (a column only the 2019 template prints)
        ("海口市龙华区住房和城乡建设局 行政许可 2023比2021 增加多少", "license"),
        ("某某局 行政处罚 2022比2021 减少多少", "penalty"),
        ("某某局行政强制2023年比2021年增加多少", "coercion"),
    ],
)
def test_two_years_of_the_2021_template_change_of_decisions(q, row):
    from rag import intent

    parsed = intent.parse(q)
    assert [(c.table, c.row, c.col) for c in parsed.cells] == [("t2", row, "decisions")]


@pytest.mark.parametrize(
    "q",
    [
        # 「依申请」 typed as a keyword after a body and a year: the applications received (本年新收), a value
        "南充 公安局 2022 依申请",
        "某某县教育局 24年 依申请 数量",
        "某某市司法局2021年 依申请",
    ],
)
def test_on_request_keyword_is_applications_received(q):
    from rag import intent
    from rag.ask import simplified

    parsed = intent.parse(simplified(q))
    assert parsed.operation == "value"
    assert [(c.table, c.row, c.col) for c in parsed.cells] == [("t3", "new", "tot")]
