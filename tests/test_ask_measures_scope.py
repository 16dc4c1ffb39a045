"""Measure words and scope of unseen questions (issue 13, blindy misses; branch askyval). A cell named by
what users say of it: 「罚了多少次（行政处罚）」 (the penalties decided — a 「几次」 of table 二, not only of
表四), 「办理结果一共多少件」 (（七）总计), 「重复申请」 (a 不予处理 item, never the applications received),
「carry to next year」 (结转下年度); two asks listed with 「、」 each answered, the 一共 inside one of them no
sum; a stated figure with 「这个数对吗？实际是多少」 answered with the printed one, said right or wrong; a
homophone slip (「节转」) that left a broad cell answering is read as it sounds. Scope: 「库里所有省级部门/
市政府/乡镇（街道）的年报中」 is the set of that kind (「市政府」 the city level: a county-level city's
government needs its place), 「环保局」 a 生态环境局 (the line's name before 2018). Phrasings written for
each family, several ways."""

import pytest

from rag.english import chinese
from rag.intent import parse
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker


def cells(q: str) -> list[tuple[str, str, str]]:
    return [(c.table, c.row, c.col) for c in parse(q).cells]


# ---------------------------------------------------------------- measure words
@pytest.mark.parametrize(
    "q,want",
    [
        ("南通市审计局二〇二四年罚了多少次（行政处罚）？", [("t2", "penalty", "decisions")]),
        ("这一年罚了几次？", [("t2", "penalty", "decisions")]),
        ("行政处罚作出了多少次", [("t2", "penalty", "decisions")]),
        (
            "行政许可决定作了多少、罚了多少次（行政处罚）？",
            [("t2", "license", "decisions"), ("t2", "penalty", "decisions")],
        ),
        ("被申请行政复议了几次", [("t4", "rv", "tot")]),  # (a 几次 of 表四 stays 表四's)
        ("湖北水利厅2024年和兴宁区财政局2021年谁罚得多？", [("t2", "penalty", "decisions")]),
        ("库里所有省级部门的年报中，哪个单位罚得最多？", [("t2", "penalty", "decisions")]),
        ("罚了多少？", [("t2", "penalty", "decisions")]),
    ],
)
def test_times_punished_are_the_penalties_decided(q, want):
    assert cells(q) == want


@pytest.mark.parametrize("q", ["罚款多少", "罚款罚了多少钱", "罚了多少钱", "清理了几次规范性文件"])
def test_what_the_tables_do_not_count_names_no_penalty(q):
    assert ("t2", "penalty", "decisions") not in cells(q)


@pytest.mark.parametrize(
    "q",
    [
        "办理结果一共多少件？",
        "郴州市北湖区医疗保障局2023年办理结果一共多少件？",
        "办理结果总共有几件",
        "办理结果有多少件",
        "办理结果合起来多少件",
    ],
)
def test_the_results_counted_whole_are_the_total(q):
    assert cells(q) == [("t3", "r7", "tot")]


@pytest.mark.parametrize(
    "q,want",
    [
        ("办理结果中予以公开的有多少件", [("t3", "r1", "tot")]),
        ("办理结果有几种？", []),  # the kinds of result, not a count of applications
    ],
)
def test_the_results_framing_a_row_or_asking_kinds(q, want):
    assert cells(q) == want


@pytest.mark.parametrize(
    "q,want",
    [
        ("佛山市南海区教育局二〇二三年重复申请有几件？", [("t3", "r5_2", "tot")]),
        ("嗯那个金牛区政府二零二三年重复申请有几件啊", [("t3", "r5_2", "tot")]),
        ("信访举报类的申请有几件", [("t3", "r5_1", "tot")]),
        ("重复提出的申请有几件", [("t3", "r5_2", "tot")]),
        ("留到明年办的有几件", [("t3", "carry_out", "tot")]),
        ("被复议又被起诉的有几件", [("t4", "lr", "tot")]),
        ("申请有几件？", [("t3", "new", "tot")]),
    ],
)
def test_a_row_named_beats_the_generic_ask_around_it(q, want):
    assert cells(q) == want


@pytest.mark.parametrize(
    "q,want",
    [
        ("海拉尔区政府2020年新收了多少件申请、办理结果一共多少件？", [("t3", "new", "tot"), ("t3", "r7", "tot")]),
        (
            "东西湖区人社局2021年个人（自然人）申请了多少件、法人或其他组织申请了多少件？",
            [("t3", "new", "np"), ("t3", "new", "sub")],
        ),
        ("自然人申请了几件、企业申请了几件", [("t3", "new", "np"), ("t3", "new", "biz")]),
        ("自然人、商业企业各申请了多少件？", [("t3", "new", "np"), ("t3", "new", "biz")]),
    ],
)
def test_two_asks_listed_are_each_answered(q, want):
    p = parse(q)
    assert p.operation == "value"
    assert cells(q) == want


@pytest.mark.parametrize(
    "q", ["自然人申请了多少件、法人申请了多少件，加起来一共多少？", "予以公开和部分公开一共多少件"]
)
def test_a_sum_asked_after_the_items_stays_a_sum(q):
    assert parse(q).operation == "sum"


@pytest.mark.parametrize(
    "q", ["carry to next year 的有几件", "carried over to next year 的有几件", "carry into the next year 多少件"]
)
def test_carry_to_next_year_is_carried_out(q):
    assert cells(chinese(q)) == [("t3", "carry_out", "tot")]


@pytest.mark.parametrize(
    "q",
    [
        "广州市天河区商务局2022年被申请行政复议7件，这个数对吗？实际是多少？",
        "被申请行政复议16件，这个数对吗？实际是多少",
        "予以公开16件，对不对？到底几件",
    ],
)
def test_a_stated_figure_then_the_true_one_asked_is_a_value(q):
    p = parse(q)
    assert p.operation == "value"
    assert len(p.cells) == 1 and p.asserted


def test_a_stated_figure_only_doubted_is_a_premise_too():
    # 「…16件，这个数对吗？」 with no 「实际是多少」: still the figure, said right or wrong (rag/premise.py);
    # a doubt about the figures' agreement stays a check
    p = parse("被申请行政复议16件，这个数对吗？")
    assert p.operation == "value" and p.asserted == [16]
    assert parse("被申请行政复议16件，和表四总计一致吗？").operation != "value"


# ---------------------------------------------------------------- over a generated store
BODIES = (  # (agency, year, seed)
    ("贵阳市生态环境局", 2022, 51),
    ("吉林省生态环境厅", 2022, 52),
    ("湖南省人力资源和社会保障厅", 2022, 53),
    ("桐庐县分水镇人民政府", 2022, 54),
    ("长沙市开福区四方坪街道办事处", 2022, 55),
    ("郑州市人民政府", 2023, 56),
    ("常德市人民政府办公室", 2023, 57),
    ("南安市人民政府", 2022, 58),
    ("南京市江宁区人民政府", 2022, 59),
    ("天水市秦州区应急管理局", 2023, 60),
    ("邯郸市丛台区自然资源和规划局", 2020, 61),
)


def _v(agency: str, key: str = "t3.new.tot") -> int:
    seed = next(s for a, _, s in BODIES if a == agency)
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("measures"), BODIES)


@pytest.mark.parametrize(
    "q,key",
    [
        ("贵阳市环保局2022年新收了多少件申请？", "t3.new.tot"),
        ("贵阳市环保局 2022: 不掌握信息几件", "t3.r4_1.tot"),
        ("请分别给出贵阳市环保局2022年予以公开的件数是多少", "t3.r1.tot"),
    ],
)
def test_an_environment_bureau_by_its_old_name(asker, q, key):
    assert asker.ask(q).value == _v("贵阳市生态环境局", key)


@pytest.mark.parametrize("q", ["邯郸市丛台区国土局2020年新收申请多少件", "丛台国土资源局2020年新收申请多少件"])
def test_a_land_bureau_by_its_old_name(asker, q):
    assert asker.ask(q).value == _v("邯郸市丛台区自然资源和规划局")


def test_the_old_name_of_a_line_is_a_kind_too(asker):
    ans = asker.ask("库里环保部门的新收申请加起来一共多少")
    assert ans.value == _v("贵阳市生态环境局") + _v("吉林省生态环境厅")


PROVINCIAL = ("吉林省生态环境厅", "湖南省人力资源和社会保障厅")
TOWNS = ("桐庐县分水镇人民政府", "长沙市开福区四方坪街道办事处")
CITIES = ("郑州市人民政府", "常德市人民政府办公室")


@pytest.mark.parametrize(
    "q,bodies",
    [
        ("库里所有省级部门的年报中，哪个单位新收了最多件申请？", PROVINCIAL),
        ("库里所有乡镇（街道）的年报中，哪个单位新收申请最多？", TOWNS),
        ("库里所有市政府的年报中，哪个单位新收了最多件申请？", CITIES),
        ("库里所有乡镇的年报中，哪个单位新收申请最多", TOWNS),
        ("库里全部市政府里谁的新收申请最多", CITIES),
    ],
)
def test_a_kind_of_body_in_the_store_is_ranked_over_that_kind(asker, q, bodies):
    ans = asker.ask(q)
    top = max(bodies, key=_v)
    assert ans.value == _v(top)
    assert top in ans.answer
    assert "南安" not in ans.answer  # a county-level city's government is no 市政府 of the set


@pytest.mark.parametrize(
    "q,bodies",
    [
        ("库里有哪些乡镇（街道）的报告？", TOWNS),
        ("库里有哪些市政府的报告？", CITIES),
        ("库里有哪些省级部门的报告？", PROVINCIAL),
        ("库里有哪些乡镇街道的报告", TOWNS),
        ("库里有哪些街道的报告？", TOWNS),
    ],
)
def test_the_reports_of_a_kind_are_listed(asker, q, bodies):
    ans = asker.ask(q)
    assert ans.value == len(bodies)
    assert all(b in ans.answer for b in bodies)


def test_a_county_level_city_is_still_named_by_its_place(asker):
    assert asker.ask("南安市政府2022年新收申请多少件").value == _v("南安市人民政府")


@pytest.mark.parametrize(
    "q",
    [
        "昆明市政府2023年新收申请多少件",
        "库里所有省级政府的年报中，哪个单位新收申请最多？",  # a kind the store holds no body of
        "省级政府2022年新收申请多少",
        "火星市政府2023年新收申请多少件",  # a place no gazetteer knows, standing on its own
        "请问火星市政府2023年新收申请多少件",
        "2023年火星市政府新收申请多少件",
        "郑州市人民政府和火星市政府2023年谁的申请多",
    ],
)
def test_a_body_or_kind_the_store_lacks_is_refused(asker, q):
    ans = asker.ask(q)
    assert ans.value is None and ans.answer.startswith("报告未提及"), ans.answer


@pytest.mark.parametrize(
    "q,key",
    [
        ("南京市江宁区人民政府2022年度上年节转过来的申请有几件", "t3.carry_in.tot"),
        ("天水市秦州区应急管理局2023年被申请行政复议5件，这个数对吗？实际是多少？", "t4.rv.tot"),
    ],
)
def test_the_figure_asked_not_a_broader_one(asker, q, key):
    agency = next(a for a, _, _ in BODIES if q.startswith(a))
    assert asker.ask(q).value == _v(agency, key)


def test_a_stated_figure_is_said_right_or_wrong(asker):
    real = _v("天水市秦州区应急管理局", "t4.rv.tot")
    wrong = asker.ask(f"天水市秦州区应急管理局2023年被申请行政复议{real + 7}件，这个数对吗？实际是多少？")
    right = asker.ask(f"天水市秦州区应急管理局2023年被申请行政复议{real}件，这个数对吗？实际是多少？")
    assert wrong.value == real and wrong.answer.startswith("不对")
    assert right.value == real and right.answer.startswith("对")


@pytest.mark.parametrize(
    "q",
    [
        "全年共编发市政府公报多少期？",
        "对市政府常务会议的重要议题进行权威发布共计多少次？",
        "市政府其他文件主动公开了多少件",
        "全市各县级政府的信息公开工作怎么样",
    ],
)
def test_a_level_said_as_a_noun_in_the_report_read_names_no_body(asker, q):
    from rag.question import Scope

    cat = asker.catalogue()
    rid = next(e.id for e in cat.reports(None, [2023]) if e.agency == "郑州市人民政府")
    assert cat.resolve(q, Scope(report_id=rid)).unknown is None


def test_a_city_government_then_its_noun_is_that_government(asker):
    from rag.question import Scope

    got = asker.catalogue().resolve("郑州市人民政府2023年经审核的市政府公文主动公开率是多少？", Scope(years=[2023]))
    assert got.unknown is None and got.agencies == ["郑州市人民政府"]
