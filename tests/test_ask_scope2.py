"""Who a question is about, over many similar bodies (branch askscope, issue 13): a short name the
catalogue did not know (「江宁水务」「老竹镇」「黄岛区2021年的城管」) is resolved or refused, never read
as no name at all — which would widen the question to every report of the year; a kind of body
(「统计局里谁最多」「省级部门」「哪些司法局」) filters the set a ranking or a listing is taken over, and the
answer names it. The store is built here from small generated reports (two 鼓楼区 of different cities,
水务局 beside 水利局, a town whose official name carries its ethnic name); phrasings written for the test."""

import pytest

from tests.reportgen import consistent_values, render
from tests.text_store import bodies_asker

BODIES = (  # (agency, year, seed)
    ("南京市江宁区水务局", 2022, 11),
    ("宁德市蕉城区水利局", 2022, 12),
    ("宁波市江北区人民政府", 2022, 13),
    ("宁波市江北区教育局", 2024, 24),
    ("福州市鼓楼区人民政府", 2022, 14),
    ("南京市鼓楼区人民政府", 2022, 23),
    ("保定市莲池区卫生健康局", 2023, 15),
    ("丽水市莲都区老竹畲族镇人民政府", 2023, 16),
    ("江西省统计局", 2022, 17),
    ("盐城市统计局", 2021, 18),
    ("宁波市鄞州区统计局", 2021, 19),
    ("宁波市鄞州区司法局", 2023, 20),
    ("青岛市黄岛区城市管理局", 2021, 21),
    ("江苏省司法厅", 2022, 22),
)


def _new(agency: str) -> int:
    seed = next(s for a, _, s in BODIES if a == agency)
    return int(consistent_values(seed=seed)["t3.new.tot"])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("scope2"), BODIES)


# ---------------------------------------------------------------- a short name is resolved, or refused
@pytest.mark.parametrize(
    "q, agency",
    [
        ("江宁水务2022年收到多少申请", "南京市江宁区水务局"),  # a department without its 局
        ("莲池卫健23年新收申请几件", "保定市莲池区卫生健康局"),
        ("老竹镇2023年收到多少件申请", "丽水市莲都区老竹畲族镇人民政府"),  # the town without its 畲族
        ("黄岛区2021年的城管收了多少申请", "青岛市黄岛区城市管理局"),  # the year between place and body
    ],
)
def test_a_short_name_is_its_body(asker, q, agency):
    ans = asker.ask(q)
    assert ans.value == _new(agency) and agency in (ans.scope or ""), (ans.answer, ans.scope)


@pytest.mark.parametrize("q", ["江宁城管2022年新收申请合计多少", "公安局2022年一共收到多少申请"])
def test_a_name_no_body_answers_to_never_widens_to_the_store(asker, q):
    ans = asker.ask(q)
    assert ans.value is None and "没有找到" in ans.answer, (ans.answer, ans.scope)


@pytest.mark.parametrize("q", ["宁波江北区公安局2022年收到多少申请", "江北住建2022年收到多少申请"])
def test_a_department_of_a_stored_place_is_not_its_government(asker, q):
    """江北区 has a government report; its 公安局 and 住建局 have none: never the government's figure."""
    ans = asker.ask(q)
    assert ans.value is None and "没有找到" in ans.answer, (ans.answer, ans.scope)


def test_a_department_written_after_its_place_with_de_between(asker):
    ans = asker.ask("江北区的教育局2024年收到多少申请")
    assert ans.value == _new("宁波市江北区教育局") and "人民政府" not in (ans.scope or ""), (ans.answer, ans.scope)


def test_one_name_of_two_places_is_two_bodies_and_its_city_settles_it(asker):
    """鼓楼区 of 南京 and of 福州 are two bodies: never one agency whose two reports are summed."""
    ans = asker.ask("鼓楼区政府2022年收到多少申请")
    assert ans.value is None and "找到多个机关" in ans.answer, ans.answer
    ans = asker.ask("福州鼓楼区政府2022年收到多少申请")
    assert ans.value == _new("福州市鼓楼区人民政府"), ans.answer


def test_a_place_written_once_names_each_department_after_it(asker):
    ans = asker.ask("宁波鄞州区的统计局、司法局分别收到多少申请")
    for agency in ("宁波市鄞州区统计局", "宁波市鄞州区司法局"):
        assert agency in ans.answer and f"{_new(agency)}件" in ans.answer, ans.answer
    assert "盐城" not in ans.answer and "江西" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q, agencies",
    [
        ("江宁水务+鄞州司法新收申请加起来多少", ("南京市江宁区水务局", "宁波市鄞州区司法局")),
        # a bare department after a body: the same place's (never left out of the total)
        ("鄞州统计+司法新收申请加起来多少", ("宁波市鄞州区统计局", "宁波市鄞州区司法局")),
    ],
)
def test_short_names_summed(asker, q, agencies):
    ans = asker.ask(q)
    assert ans.value == sum(_new(a) for a in agencies), ans.answer


# ---------------------------------------------------------------- a kind of body filters the set
STATS = ("江西省统计局", "盐城市统计局", "宁波市鄞州区统计局")


@pytest.mark.parametrize(
    "q", ["统计局里谁收到的申请最多", "各统计局新收申请哪个最多", "统计局按收的申请排名前两位的是哪些"]
)
def test_a_kind_of_department_is_the_set_ranked(asker, q):
    ans = asker.ask(q)
    top = max(_new(a) for a in STATS)  # (a top-N answer names its first few, with no single value)
    assert ans.value in (top, None) and f"{top}件" in ans.answer and "水务局" not in ans.answer, ans.answer
    assert (ans.scope or "").startswith("范围：统计局") and "3份报告" in (ans.scope or ""), ans.scope


def test_which_of_a_kind_pass_a_bound(asker):
    bound = sorted(_new(a) for a in STATS)[0]
    ans = asker.ask(f"哪些统计局新收申请超过{bound}件")
    passing = [a for a in STATS if _new(a) > bound]
    assert ans.value == len(passing) and all(a in ans.answer for a in passing), ans.answer
    assert "水务局" not in ans.answer, ans.answer


def test_which_of_a_kind_were_corrected_on_review(asker):
    """「被复议纠错」 is 表四's 结果纠正 (a cell), not a report's error."""
    fixed = [a for a in STATS if consistent_values(seed=next(s for b, _, s in BODIES if b == a))["t4.rv.fix"] > 0]
    ans = asker.ask("哪些统计局被行政复议纠错了")
    assert ans.value == len(fixed) and all(a in ans.answer for a in fixed), ans.answer
    assert (ans.scope or "").startswith("范围：统计局"), ans.scope


def test_a_level_is_the_set(asker):
    provincial = ("江西省统计局", "江苏省司法厅")
    ans = asker.ask("省级部门里收到申请最多的是谁")
    assert ans.value == max(_new(a) for a in provincial), ans.answer
    assert (ans.scope or "").startswith("范围：省级部门"), ans.scope
    ans = asker.ask("区县政府中新收申请最少的是哪个")
    districts = ("宁波市江北区人民政府", "福州市鼓楼区人民政府", "南京市鼓楼区人民政府")
    assert ans.value == min(_new(a) for a in districts), ans.answer
    # 「各区人民政府」 asked of the store: their own reports, not the governments below one body (refuse.lower)
    ans = asker.ask("2022年度各区人民政府中新收申请最多的是哪个？")
    assert ans.value == max(_new(a) for a in districts), ans.answer


def test_one_body_of_a_kind_asked_alone_stays_ambiguous(asker):
    ans = asker.ask("统计局2021年收到多少申请")  # 盐城 and 鄞州 both have 2021: not a set question
    assert ans.value is None and "找到多个机关" in ans.answer, ans.answer


def test_the_reports_of_a_year_are_listed(asker):
    ans = asker.ask("有哪些2021年的年报？")
    for agency in ("盐城市统计局", "宁波市鄞州区统计局", "青岛市黄岛区城市管理局"):
        assert agency in ans.answer, ans.answer
    assert "江西省统计局" not in ans.answer, ans.answer


def test_a_store_keyed_before_homonyms_were_told_apart_is_rekeyed(tmp_path):
    """A store written when both 鼓楼区 shared the key 「鼓楼区人民政府」 gets each its own on opening."""
    from extractor.extract import extract_path
    from rag.store import Store

    store = Store(tmp_path / "store")
    for n, agency in enumerate(("福州市鼓楼区人民政府", "南京市鼓楼区人民政府")):
        path = tmp_path / f"g{n}.txt"
        path.write_text(render(consistent_values(seed=30 + n), "lines", agency=agency, year=2022), encoding="utf-8")
        store.add(extract_path(str(path)))
    with store.db as db:  # as the older agency_key wrote them
        db.execute("UPDATE reports SET agency_key='鼓楼区人民政府'")
        db.execute("DELETE FROM store_meta WHERE key='agency_keys'")
    keys = {r[0] for r in Store(tmp_path / "store").db.execute("SELECT agency_key FROM reports")}
    assert keys == {"福州市鼓楼区人民政府", "南京市鼓楼区人民政府"}, keys
