"""Scope and vocabulary rules of the questions the second session left (askleft): each read on the rule
itself, no store (the route tests in tests/test_routes.py ask the corpus store)."""

from rag import intent
from rag.placeset import place_sets, without_named_sets
from rag.scope import name_forms


def test_a_development_zone_is_found_by_its_short_forms():
    """「合肥经开区」「嘉善经济开发区」「合肥高新区」: the zone's committee, as people write it."""
    jkq = name_forms("合肥经济技术开发区管理委员会")
    assert {"合肥经开区", "合肥经济开发区", "合肥市经开区管委会"} <= set(jkq)
    assert {"嘉善经开区", "嘉善开发区"} <= set(name_forms("嘉善经济技术开发区管理委员会"))
    assert "合肥高新区" in name_forms("合肥高新技术产业开发区管理委员会")


def test_a_region_above_a_body_is_never_its_form():
    """「合肥」 (of 合肥高新…) and 「河北」 (of 河北雄安新区…) name the city and the province, not the body: 「河北省
    2020年平均每个单位…」 was read as 雄安's bureau. A body's own place stays (「平潭」「洪泽」)."""
    assert "合肥" not in name_forms("合肥高新技术产业开发区管理委员会")
    assert "河北" not in name_forms("河北雄安新区管理委员会建设和交通管理局")
    assert "平潭" in name_forms("平潭综合实验区管理委员会") and "洪泽" in name_forms("淮安市洪泽区人民政府")


def test_a_place_set_is_read_alike_by_the_scope_and_the_count_of_bodies():
    """「四川省2024年几个部门里谁最多」: the year between place and set word, for both readers (the count of
    bodies read it as 「几个部门」 asked — a listing — while the scope read the set)."""
    q = "四川省2024年几个部门里谁新收申请最多"
    assert place_sets(q) and "几个部门" not in without_named_sets(q)
    assert intent.parse(q).operation == "rank"


def test_no_review_at_all_is_not_the_direct_lawsuit():
    """「全年没有行政复议的单位」 asks about 行政复议; 「没复议就去法院起诉」 is the direct lawsuit."""
    cells = lambda q: [(c.table, c.row) for c in intent.table_measures(q)]  # noqa: E731
    assert cells("全年没有行政复议的单位有哪些") == [("t4", "rv")]
    assert cells("没有复议就去法院起诉的有几件") == [("t4", "ld")]
    assert cells("没经过复议直接起诉的有几件") == [("t4", "ld")]


def test_a_body_written_before_chongqing_is_compared_not_a_share():
    """「…2020年比重庆市…多收了多少件」: 比 + 重庆, not 「比重」 (a share)."""
    q = "长沙市开福区住房和城乡建设局2020年比重庆市南岸区交通局2024年多收了多少件申请？"
    p = intent.parse(q)
    assert p.operation in ("value", "change", "compare") and [(c.table, c.row) for c in p.cells] == [("t3", "new")]


def test_mean_said_as_a_noun_is_the_average():
    """「新收申请的平均数/平均值」: the average of the row, not a time the tables do not hold."""
    for q in ("新收申请的平均数", "新收申请的平均值"):
        p = intent.parse(q)
        assert p.operation == "average" and [(c.table, c.row) for c in p.cells] == [("t3", "new")]


def test_a_listing_asked_by_its_set_named_last():
    """「找出…行政复议是0件的部门」: the bodies that pass (是0 is a condition, 部门 a set), not a value."""
    assert intent.parse("找出浙江省2020年行政复议是0件的部门").operation == "which_reports"


def test_the_products_own_word_for_its_findings_asks_them():
    """「…的报告中有哪些核验问题」: what `xxgk check` (核验勾稽关系) found, not a passage of the text."""
    assert intent.parse("合肥经开区2023年的报告中有哪些核验问题？").operation == "explain"
