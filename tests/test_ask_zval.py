"""Lists, sums and scope of unseen questions (issue 13, blindz misses; branch askzval). Listed cells: 「个人跟企业
分别来申请了多少」 (个人 listed with another applicant column is the 自然人 column, never dropped), 「维持、纠正、
其他、尚未审结各几件」 (a bare 其他 among table 四's results is 其他结果 — each listed cell said, a 0 too). Scope:
a place written before a set of bodies (「成都市武侯区这些单位」「镜湖区的几个部门」「武侯区各部门」) is every stored
body of that place by its division code — the sum or ranking over them, never the place's government alone nor
a refusal for a place with no government report; 「市级人民政府」 is the city-government kind. Phrasings written
for each intent, several ways, over generated reports (not the bank's)."""

import pytest

from rag.intent import parse
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker


def cells(q: str) -> list[tuple[str, str, str]]:
    return [(c.table, c.row, c.col) for c in parse(q).cells]


# ---------------------------------------------------------------- listed cells
@pytest.mark.parametrize(
    "q,want",
    [
        ("常州市新北区人社局2022年个人跟企业分别来申请了多少", [("np"), ("biz")]),
        ("企业和个人各申请了几件", [("biz"), ("np")]),
        ("个人、企业、科研机构分别提了多少申请", [("np"), ("biz"), ("sci")]),
        ("2021年个人与律师事务所各提出多少件申请", [("np"), ("law")]),
    ],
)
def test_a_person_listed_with_other_applicants_is_the_natural_person_column(q, want):
    assert cells(q) == [("t3", "new", c) for c in want]


@pytest.mark.parametrize(
    "q",
    ["涉及个人隐私的不予公开有几件", "不予公开中个人隐私和商业秘密各几件", "个人信息和企业信息是否公开"],
)
def test_personal_privacy_is_no_applicant(q):
    assert ("t3", "new", "np") not in cells(q)


@pytest.mark.parametrize(
    "q,want",
    [
        ("行政复议结果，维持、纠正、其他、尚未审结各几件？", ("rv", ["keep", "fix", "other", "pend"])),
        ("行政诉讼的结果维持、纠正、其他和尚未审结分别是多少", ("lit", ["keep", "fix", "other", "pend"])),
        ("复议纠正、维持和其他分别几件", ("rv", ["fix", "keep", "other"])),
        ("打官司赢了、输了、其他各几件", ("lit", ["keep", "fix", "other"])),
    ],
)
def test_a_bare_other_listed_among_the_results_is_the_other_result(q, want):
    row, cols = want
    assert cells(q) == [("t4", row, c) for c in cols]


# ---------------------------------------------------------------- a place's bodies as a set
BODIES = (
    ("成都市武侯区商务局", 2023, 71),
    ("成都市武侯区民政局", 2023, 72),
    ("成都市武侯区民政局", 2022, 73),
    ("成都市锦江区民政局", 2023, 74),
    ("芜湖市镜湖区人民政府", 2020, 75),
    ("芜湖市镜湖区城市管理局", 2020, 76),
    ("芜湖市弋江区城市管理局", 2020, 77),
    ("郑州市人民政府", 2023, 78),
    ("常德市人民政府办公室", 2023, 79),
    ("南安市人民政府", 2022, 80),
)


def _v(agency: str, year: int, key: str = "t3.new.tot") -> int:
    seed = next(s for a, y, s in BODIES if a == agency and y == year)
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("zval"), BODIES)


WUHOU_2023 = ("成都市武侯区商务局", "成都市武侯区民政局")


@pytest.mark.parametrize(
    "q,key",
    [
        ("成都市武侯区这些单位2023年新收申请合计多少", "t3.new.tot"),
        ("武侯区各部门2023年一共收到多少申请", "t3.new.tot"),
        ("2023年成都市武侯区所有单位的行政复议加起来多少件", "t4.rv.tot"),
        ("成都市武侯区2023年的几个部门予以公开一共多少件", "t3.r1.tot"),
    ],
)
def test_the_bodies_of_a_place_without_a_government_report_are_summed(asker, q, key):
    ans = asker.ask(q)
    assert ans.value == sum(_v(a, 2023, key) for a in WUHOU_2023)
    assert "锦江" not in ans.answer  # another district of the city is not the place asked


@pytest.mark.parametrize(
    "q",
    [
        "芜湖市镜湖区这些单位2020年新收申请合计多少",
        "镜湖区各单位2020年的新收申请加起来一共多少件",
    ],
)
def test_the_bodies_of_a_place_with_a_government_report_are_summed(asker, q):
    ans = asker.ask(q)
    assert ans.value == _v("芜湖市镜湖区人民政府", 2020) + _v("芜湖市镜湖区城市管理局", 2020)
    assert "弋江" not in ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "芜湖市镜湖区下属各单位2020年新收申请合计多少",
        "镜湖区所有报告2020年的新收申请加起来",
        "2020年镜湖区各家单位的新收申请合计",
    ],
)
def test_the_bodies_of_a_place_said_other_ways(asker, q):
    assert asker.ask(q).value == _v("芜湖市镜湖区人民政府", 2020) + _v("芜湖市镜湖区城市管理局", 2020)


@pytest.mark.parametrize(
    "q",
    [
        "2020年芜湖市镜湖区的几个部门，谁收到的申请多？排个序",
        "镜湖区的几家单位2020年谁的申请最多",
        "镜湖区2020年的单位里谁新收申请最多",
    ],
)
def test_the_bodies_of_a_place_are_ranked(asker, q):
    ans = asker.ask(q)
    both = ("芜湖市镜湖区人民政府", "芜湖市镜湖区城市管理局")
    assert ans.value == max(_v(a, 2020) for a in both)
    assert all(a in ans.answer for a in both)


def test_a_place_asked_alone_is_still_its_government(asker):
    assert asker.ask("芜湖市镜湖区2020年新收申请多少件").value == _v("芜湖市镜湖区人民政府", 2020)


def test_a_place_set_of_a_place_with_no_body_stored_is_refused(asker):
    ans = asker.ask("成都市青羊区这些单位2023年新收申请合计多少")
    assert ans.value is None


@pytest.mark.parametrize(
    "q",
    ["所有市级人民政府报告的新收申请加起来一共多少件？", "库里市级人民政府的新收申请合计多少"],
)
def test_city_governments_written_in_full_are_the_city_level(asker, q):
    ans = asker.ask(q)
    assert ans.value == _v("郑州市人民政府", 2023) + _v("常德市人民政府办公室", 2023)
    assert "南安" not in ans.answer  # a county-level city's government is no 市级人民政府


# ---------------------------------------------------------------- refusals
@pytest.mark.parametrize(
    "q",
    ["东方市政府2023年年报里行政诉讼几件", "东方市人民政府2023年新收申请多少件", "东方市政府2023年予以公开几件"],
)
def test_a_government_the_store_lacks_is_refused_not_sounded_away(asker, q):
    ans = asker.ask(q)  # (「东方市」 sounds like 「东方式」: the correction must not erase the name asked)
    assert ans.value is None and "东方市" in ans.answer, ans.answer


PARTS = """临溪县交通运输局2020年政府信息公开工作年度报告

第一部分　总体情况
2020年，临溪县交通运输局全年通过门户网站主动公开政府信息312条，其中政策解读5篇。
第三部分　收到和处理政府信息公开申请情况
全年共收到政府信息公开申请9件，均按时答复。
第五部分　政府信息公开工作存在的主要问题及改进情况
存在的主要问题：一是政务公开工作机制有待健全；二是信息公开工作人员力量薄弱。
改进措施：一是完善信息公开工作制度；二是加强信息公开工作培训。
第六部分　其他需要报告的事项
本年度未收取信息处理费。
"""

RANKED = PARTS.replace("本年度未收取信息处理费。", "本年度在全县政务公开绩效考评中位列第二名。本年度未收取信息处理费。")


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    from tests.text_store import text_asker

    return text_asker(tmp_path_factory.mktemp("zval_parts"), "linxi-jtj-2020.txt", PARTS)


@pytest.mark.parametrize(
    "q", ["信息公开工作在全省考核排第几名？", "信息公开工作全县考核第几名", "政务公开工作考评在全县排名第几"]
)
def test_a_part_number_is_no_rank(parts, q):
    a, rid = parts
    ans = a.ask(q, report_id=rid)
    assert ans.value is None and "第五部分" not in ans.answer, ans.answer


def test_a_rank_the_text_states_is_still_answered(tmp_path):
    from tests.text_store import text_asker

    a, rid = text_asker(tmp_path, "linxi-jtj-2020.txt", RANKED)
    assert a.ask("政务公开工作考评在全县排名第几", report_id=rid).value == 2


# ---------------------------------------------------------------- a bureau of statistics' problems
@pytest.mark.parametrize(
    "q",
    ["贵阳市统计局2024年有啥毛病没解决", "盐城市统计局2021年工作上有什么毛病", "统计局2022年的年报说自己有哪些毛病"],
)
def test_the_problems_of_a_statistics_bureau_are_no_figure_fault(q):
    assert parse(q).operation == "list"


@pytest.mark.parametrize("q", ["这份年报统计数据有啥毛病", "统计表有没有毛病", "贵阳市统计局2024年表三有毛病吗"])
def test_a_fault_of_the_figures_is_still_checked(q):
    assert parse(q).operation == "explain"


# ---------------------------------------------------------------- a development zone's committee
@pytest.mark.parametrize(
    "name",
    ["嘉善经济技术开发区管理委员会", "天津经济技术开发区管理委员会", "合肥高新技术产业开发区管理委员会"],
)
def test_a_development_zone_committee_is_a_county_level_government(name):
    from extractor.agency import identify

    ident = identify(name)
    assert ident is not None and ident.level == "县级政府"


# ---------------------------------------------------------------- every listed cell said
@pytest.fixture(scope="module")
def listed(tmp_path_factory):
    from tests.reportgen import render
    from tests.text_store import text_asker

    values: dict[str, int | float | None] = dict(
        consistent_values(seed=4)
    )  # 表四 行政复议: 维持1、纠正1、其他0、未审结2
    values["t4.ld.fix"] = None  # a blank printed in 未经复议直接起诉's 结果纠正
    text = render(values, "lines", agency="临溪县民政局", year=2023)
    return text_asker(tmp_path_factory.mktemp("zval_listed"), "linxi-mzj-2023.txt", text)


@pytest.mark.parametrize(
    "q",
    [
        "行政复议结果，维持、纠正、其他、尚未审结各几件？",
        "复议的维持、纠正、其他和没审完的分别多少",
        "行政复议尚未审结、其他、维持各有几件",
    ],
)
def test_a_listed_zero_is_said_as_zero(listed, q):
    a, rid = listed
    ans = a.ask(q, report_id=rid)
    assert "其他结果）0件" in ans.answer and "结果维持）1件" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q", ["未经复议直接起诉的维持、纠正、其他各几件", "没走复议直接打官司的赢了、输了、其他各几件"]
)
def test_a_listed_blank_is_said_blank_not_left_out(listed, q):
    a, rid = listed
    ans = a.ask(q, report_id=rid)
    assert "结果纠正）：空白" in ans.answer and "结果维持）" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q,bodies,year",
    [
        ("武侯区各单位2023年新收申请平均多少", WUHOU_2023, 2023),
        ("成都市武侯区这些单位2023年平均每家收到多少申请", WUHOU_2023, 2023),
        ("所有市级人民政府的新收申请平均是多少件", ("郑州市人民政府", "常德市人民政府办公室"), 2023),
    ],
)
def test_a_count_averaged_over_a_set(asker, q, bodies, year):
    ans = asker.ask(q)
    assert ans.value == sum(_v(a, year) for a in bodies) / len(bodies), ans.answer


@pytest.mark.parametrize("q", ["申请平均多少天办结", "平均多少个工作日答复", "平均办理时长多少天"])
def test_a_time_averaged_is_no_table_count(q):
    assert cells(q) == []


@pytest.mark.parametrize(
    "q,want",
    [
        ("复议、诉讼、新收申请分别多少", [("t4", "lit", "tot"), ("t4", "rv", "tot"), ("t3", "new", "tot")]),
        ("新收申请和行政复议各几件", [("t3", "new", "tot"), ("t4", "rv", "tot")]),
        ("收到的申请和被复议的各多少件", [("t3", "new", "tot"), ("t4", "rv", "tot")]),
    ],
)
def test_the_applications_received_listed_beside_the_cases(q, want):
    assert cells(q) == want


@pytest.mark.parametrize("q", ["被申请行政复议几件", "申请行政复议和行政诉讼各几件", "新收申请中有几件被复议"])
def test_the_application_of_a_case_is_no_item(q):
    assert ("t3", "new", "tot") not in cells(q)


@pytest.mark.parametrize("q,want", [("老百姓和公司分别申请了多少", ["np", "biz"]), ("公司申请了几件", ["biz"])])
def test_a_company_is_a_business(q, want):
    assert cells(q) == [("t3", "new", c) for c in want]
