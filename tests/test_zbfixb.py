"""A chat that moves from one body to its place's set of departments and back (branch zbfixb).

After a body's figure (「武侯区民政局2023年复议几件」) the user asks the sum over the departments of that body's county of
that year (「整个武侯区的局委办那年合计多少」), how many reports it counted (「算了几份报告」), the largest of that set
(「数量最大的是哪个部门」), and then goes back to the one body with another measure (「再说回民政局，新收申请多少」). The set is
the place's departments of that year — never the whole store, never another year or county."""

from __future__ import annotations

import pytest

from chatting import chat
from test_yafixb_sets import _file

# 武侯区 2023 县级部门: 商务局 (复议 4, 新收 ?), 民政局 (复议 13, 新收 42); 武侯区 2021 市场监管局 (another year);
# 安福县 2023: 农业农村局 新收 51, 文广新旅局 新收 44 (予以公开 23); 雁塔区 2020: 市场监管局 新收 41 (予以公开 7),
# 城管局 新收 62; 雁塔区 2023 城管局 (another year)
STEMS = (
    "t21-wuhou-swj-utf16-2023",
    "d21-wuhou-mzj-moverow-2023",
    "h21-wuhou-scj-redbold-2021",
    "h23-anfu-nyj-sign-note-2023",
    "h23-anfu-wgj-platform-heji-slash-2023",
    "h19-yanta-scjg-jian-2020",
    "d19-yanta-cgj-spaced-2020",
    "t21-yanta-cgj-fwbars-2023",
)

WUHOU = "武侯区民政局2023年行政复议有几件"
ANFU = "安福县文化广电新闻出版旅游局2023年新收了多少申请"
YANTA = "雁塔区市场监督管理局2020年新收申请多少件"


@pytest.fixture(scope="module")
def zb(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("zbfixb"))
    for stem in STEMS:
        store.add(extract_path(_file(stem)))
    Index(store).sync()
    return Asker(store, Index(store))


SUMS = [
    (WUHOU, "整个武侯区的局委办那年合计多少", 17),
    (WUHOU, "武侯区所有部门同一年总共呢", 17),
    (ANFU, "把安福县各个局当年的都加上呢", 95),
    (ANFU, "安福县那些部门合起来一共多少", 95),
    (YANTA, "雁塔区全部局委办那一年加总是多少", 103),
    (YANTA, "那整个雁塔区的部门合计呢", 103),
]


@pytest.mark.parametrize(("first", "said", "want"), SUMS)
def test_the_sum_over_the_bodys_county_departments(zb, first, said, want):
    a, ans = chat(zb, [first, said])
    assert a.value is not None, a.answer
    assert ans.value == want, ans.answer


@pytest.mark.parametrize("said", ["算了几份报告", "这是几个单位的", "总共多少家单位"])
@pytest.mark.parametrize(
    ("first", "sum_"), [(WUHOU, "整个武侯区的局委办那年合计多少"), (ANFU, "把安福县各个局当年的都加上呢")]
)
def test_how_many_reports_the_sum_counted(zb, first, sum_, said):
    ans = chat(zb, [first, sum_, said])[-1]
    assert ans.value == 2, ans.answer


@pytest.mark.parametrize(("said", "who"), [("数量最大的是哪个部门", None), ("谁最高", None), ("哪家排头名", None)])
@pytest.mark.parametrize(
    ("first", "sum_", "top", "value"),
    [
        (WUHOU, "整个武侯区的局委办那年合计多少", "民政", 13),
        (ANFU, "把安福县各个局当年的都加上呢", "农业", 51),
        (YANTA, "那整个雁塔区的部门合计呢", "城市管理", 62),
    ],
)
def test_the_largest_of_that_set(zb, first, sum_, top, value, said, who):
    ans = chat(zb, [first, sum_, "算了几份报告", said])[-1]
    assert ans.value == value and top in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("first", "sum_", "back", "value"),
    [
        (WUHOU, "整个武侯区的局委办那年合计多少", "再说回武侯区民政局，新收申请多少", 42),
        (ANFU, "把安福县各个局当年的都加上呢", "回到刚才那个文化广电新闻出版旅游局，予以公开的呢", 23),
        (YANTA, "那整个雁塔区的部门合计呢", "说回雁塔区市场监督管理局 予以公开的呢", 7),
    ],
)
def test_back_to_the_one_body(zb, first, sum_, back, value):
    ans = chat(zb, [first, sum_, "算了几份报告", "谁最高", back])[-1]
    assert ans.value == value, ans.answer
