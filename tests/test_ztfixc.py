"""ztfixc: one body's RANK or SHARE within a whole-store set of a level or a kind of place (issue 13).

「X在库里某年的县级市政府里排第几」「我们…在库里同一年的各个乡里排第几」「本单位…占库里今年街道合计的比重」: the set is
the stored bodies of that level (or of that kind of place, a level narrowed by the name) of that year — the body (named,
or the chosen report) is set against it by the peers route; the kind's words are never read as another body beside the
chosen one. Phrasings of our own, over a small catalogue."""

from types import SimpleNamespace

import pytest

from rag import intent
from rag.answers.peers import asks_peer, level_set_named
from rag.ask import _others_named
from rag.question import Scope
from rag.scope import kind_of_place_said
from test_zpfixa import catalogue

CAT = catalogue(
    ("ll-gov", "醴陵市人民政府", 2022),
    ("xx-gov", "湘乡市人民政府", 2022),
    ("cl-gov", "茶陵县人民政府", 2022),
    ("yl-gov", "长沙市岳麓区人民政府", 2022),
    ("cl-twp", "茶陵县秩堂乡人民政府", 2022),
    ("jh-twp", "江华瑶族自治县湘江瑶族乡人民政府", 2022),
    ("yl-st", "长沙市岳麓区望月湖街道办事处", 2022),
    ("kf-st", "长沙市开福区四方坪街道办事处", 2022),
    ("cl-jyj", "茶陵县教育局", 2022),
)


@pytest.mark.parametrize(
    ("q", "how"),
    [
        # a named body against a kind of place of the store
        ("醴陵市人民政府2022年新收的申请在库里2022年的县级市政府中排老几", "position"),
        ("茶陵县人民政府2022年行政复议数在2022年库里的各县的县政府里名次如何", "position"),
        ("岳麓区政府2022年予以公开的数量在库里2022年的区政府里位居第几", "position"),
        # a level's set written as stored
        ("醴陵市人民政府2022年新收申请数在2022年库里的区县政府中排第几", "position"),
        ("秩堂乡人民政府2022年新收申请在库里2022年的乡镇街道里面排第几", "position"),
        # on a chosen report
        ("咱们的新收申请在库里同一年的各个乡里排第几名", "position"),
        ("我单位收到的申请占库里今年已收录的街道办事处合计的百分之多少", "share"),
        ("本机关新收件数占库里同一年县级市加起来的比例是多少", "share"),
    ],
)
def test_rank_or_share_within_a_level_or_kind_is_a_peer_ask(q, how):
    assert level_set_named(q)
    assert asks_peer(q) == how


@pytest.mark.parametrize(
    "q",
    [
        "醴陵市人民政府2022年新收申请多少件",  # its own figure, no set
        "库里2022年的县级市政府新收申请一共多少",  # the set's sum, no body set against it
    ],
)
def test_no_body_set_against_it_is_not_a_peer_rank(q):
    assert asks_peer(q) is None


@pytest.mark.parametrize(
    ("q", "word"),
    [
        ("我们新收数占库里同一年已收录乡政府合计的比重", "乡政府"),
        ("我们予以公开数在库里今年的街道办里排第几", "街道办"),
        ("本单位行政复议数占库里同一年县级市政府合计的几成", "县级市政府"),
    ],
)
def test_a_kind_of_place_is_no_body_beside_the_chosen_one(q, word):
    assert kind_of_place_said(q, word)
    chosen = SimpleNamespace(agency_key=CAT.entry("cl-twp").agency_key)  # type: ignore[union-attr]
    assert _others_named(CAT, q, chosen) == []


def test_another_body_named_beside_the_chosen_one_is_still_read():
    chosen = SimpleNamespace(agency_key=CAT.entry("cl-twp").agency_key)  # type: ignore[union-attr]
    assert _others_named(CAT, "我们和茶陵县教育局比，谁收到的申请多", chosen) == ["茶陵县教育局"]


@pytest.mark.parametrize(
    ("q", "ids"),
    [
        ("我们新收数占库里2022年已收录乡政府合计的比重", ["cl-twp", "jh-twp"]),
        ("我们新收数在库里2022年的街道办里排第几", ["kf-st", "yl-st"]),
        ("我们新收数在库里2022年的县级市政府中排第几", ["ll-gov", "xx-gov"]),
    ],
)
def test_the_chosen_report_read_beside_its_kind(q, ids):
    # asked on 秩堂乡's report: the kind's words name no other body (never 「没有找到「乡政府」」)
    r = CAT.resolve(intent.canonical(q), Scope(report_id="cl-twp"))
    assert not r.unknown and not r.ambiguous
    assert r.report_ids() == ["cl-twp"]
    # and the kind itself, the report's year written out, is its set
    whole = CAT.resolve(intent.canonical(q), Scope(years=[2022]))
    assert sorted(whole.report_ids()) == ids
