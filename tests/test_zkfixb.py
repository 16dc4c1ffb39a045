"""Follow-ups over the previous answer's set: re-sorted by another measure, narrowed by a threshold (branch zkfixb).

After a set was answered — a ranking of a place's reports by one measure, or the units of a place over a threshold —
researchers re-sort that set by another measure (「改成以新收申请数来排序」「rank them by 新收申请 instead, top one?」),
ask its top by it (「那按新收申请重新排一下，谁排第一」), or keep only its members over a figure (「只留下超过86件的」「keep
only those above 60」). The set is the previous ANSWER's — never the whole store, never the place's reports the
threshold left out — and a narrowing compares the measure the previous turn ranked, not another."""

from __future__ import annotations

import pytest

from chatting import chat
from test_yafixb_sets import _file

# 浙江省 2022 县级政府: 新收 武义 96, 江北 86, 浦江 65, 定海 39; 不予公开: 武义 the most (8)
# 河北省 2020 县级部门: 予以公开 路北 26, 裕华 13, 丛台 8, 长安 7, 广阳 1; 新收 路北 46, 裕华 36
STEMS = (
    "h22-wuyi-gov-split-note-2022",
    "p21-jiangbei-gov-hdrftr-2022",
    "h22-pujiang-gov-platform-xubiao-2022",
    "d21-dinghai-gov-altchunk-2022",
    "p19-lubei-swj-twoup-2020",
    "m19-yuhua-cgj-fullwidth-2020",
    "d19-congtai-zrzy-customxml-2020",
    "t19-changan-wjj-units-2020",
    "md19-guangyang-2020",
)
WUYI, JIANGBEI, PUJIANG, DINGHAI = "武义县", "江北区", "浦江县", "定海区"
LUBEI, YUHUA = "路北区", "裕华区"

ZJ_HELD = "浙江省2022年县级政府的不予公开件数排名"
ZJ_NEW = "浙江省2022年县级政府新收申请排名"
HB_OVER = "河北省2020年区县部门中，予以公开超过10件的有哪些单位？"


@pytest.fixture(scope="module")
def zk(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("zkfixb"))
    for stem in STEMS:
        store.add(extract_path(_file(stem)))
    Index(store).sync()
    return Asker(store, Index(store))


def _order(text: str, names: list[str]) -> list[str]:
    """The names in the order the answer first says them (those it says)."""
    return sorted((n for n in names if n in text), key=text.index)


def _stored(asker, *places: str) -> set[str]:
    return {e.id for e in asker.catalogue().reports(None, None) if any(p in (e.agency or "") for p in places)}


@pytest.mark.parametrize(
    "said",
    [
        "那按新收申请重新排一下，谁排第一",
        "改用新收的申请数排序，最多的是哪家",
        "rank them by 新收申请 instead, top one?",
    ],
)
def test_the_top_of_the_set_by_another_measure(zk, said):
    first, ans = chat(zk, [ZJ_HELD, said])
    assert first.value is not None, first.answer
    assert ans.value == 96, ans.answer
    assert WUYI in ans.answer and LUBEI not in ans.answer, ans.answer  # (the set's, never the whole store's)


@pytest.mark.parametrize(
    "said", ["改成以新收申请数来排序", "这些按新收的申请由多到少重排", "sort them by 新收申请 desc"]
)
def test_the_set_re_sorted_by_another_measure(zk, said):
    ans = chat(zk, [ZJ_HELD, said])[-1]
    assert _order(ans.answer, [WUYI, JIANGBEI, PUJIANG, DINGHAI]) == [WUYI, JIANGBEI, PUJIANG, DINGHAI], ans.answer
    assert "96" in ans.answer and "39" in ans.answer, ans.answer
    assert LUBEI not in ans.answer and YUHUA not in ans.answer, ans.answer  # (the set's, never the whole store's)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("只留下超过86件的", {WUYI}),
        ("其中不少于65件的有哪些", {WUYI, JIANGBEI, PUJIANG}),
        ("keep only those above 60", {WUYI, JIANGBEI, PUJIANG}),
        ("过滤一下，大于40件的保留", {WUYI, JIANGBEI, PUJIANG}),
    ],
)
def test_the_set_narrowed_by_the_measure_it_was_ranked_by(zk, said, kept):
    ans = chat(zk, [ZJ_NEW, said])[-1]
    assert {c.report_id for c in ans.citations} == _stored(zk, *kept), ans.answer
    assert DINGHAI not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "said", ["这两家按新收申请从多到少排", "把它们按收到的申请数排个序", "sort these by 新收申请, desc"]
)
def test_a_thresholds_units_re_sorted_stay_those_units(zk, said):
    first, ans = chat(zk, [HB_OVER, said])
    assert {c.report_id for c in first.citations} == _stored(zk, LUBEI, YUHUA), first.answer
    assert {c.report_id for c in ans.citations} == _stored(zk, LUBEI, YUHUA), ans.answer
    assert _order(ans.answer, [LUBEI, YUHUA]) == [LUBEI, YUHUA], ans.answer
    assert "46" in ans.answer and "36" in ans.answer, ans.answer


@pytest.mark.parametrize("said", ["按新收申请从少到多排一下这两家", "sort them by 新收申请 ascending"])
def test_a_thresholds_units_re_sorted_ascending(zk, said):
    ans = chat(zk, [HB_OVER, said])[-1]
    assert _order(ans.answer, [LUBEI, YUHUA]) == [YUHUA, LUBEI], ans.answer
