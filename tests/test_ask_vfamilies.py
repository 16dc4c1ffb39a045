"""Question families blindv showed (issue 13, branch askv), each written again in other words over generated
bodies (not the bank's): a province or city named as a set of reports (「四川省2023年的报告，按…排个序」
「芜湖市下面各单位的报告…合计」) is every stored body in that place by its division code — a place asked alone
for a value stays its government. Courtesy and urgency around a question (「Hi，…」「…，急用」「…？谢谢！」) ask
nothing: one canonical stage. 个 is the count word users say of any item (「公开了几个政策文件」 is answered by
「政策文件17条」)."""

from __future__ import annotations

import pytest

from test_ask_zval import BODIES, _v
from tests.text_store import bodies_asker, text_asker


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("vfam"), BODIES)


SICHUAN_2023 = ("成都市武侯区商务局", "成都市武侯区民政局", "成都市锦江区民政局")
ANHUI_2020 = ("芜湖市镜湖区人民政府", "芜湖市镜湖区城市管理局", "芜湖市弋江区城市管理局")


@pytest.mark.parametrize(
    "q,bodies,year",
    [
        ("统计一下四川省2023年的报告的新收申请总和", SICHUAN_2023, 2023),
        ("芜湖市下面各单位的报告2020年新收申请合计", ANHUI_2020, 2020),
        ("安徽省2020年的年报，新收申请加起来一共多少", ANHUI_2020, 2020),
    ],
)
def test_a_places_reports_are_summed(asker, q, bodies, year):
    assert asker.ask(q).value == sum(_v(a, year) for a in bodies)


@pytest.mark.parametrize(
    "q,bodies,year",
    [
        ("四川省2023年的报告，按新收申请从多到少排个序", SICHUAN_2023, 2023),
        ("安徽省2020年的报告中新收申请最高的是哪个单位", ANHUI_2020, 2020),
        ("把安徽省2020年的报告按新收申请由高到低排列", ANHUI_2020, 2020),
    ],
)
def test_a_places_reports_are_ranked(asker, q, bodies, year):
    ans = asker.ask(q)
    assert ans.value == max(_v(a, year) for a in bodies)
    assert all(a in ans.answer for a in bodies), ans.answer


@pytest.mark.parametrize(
    "q",
    ["列出四川省2023年的报告中新收申请大于零的报告", "四川省2023年的报告里，哪些单位的新收申请不是0"],
)
def test_a_places_reports_are_listed(asker, q):
    ans = asker.ask(q)
    assert ans.value == 3 and all(a in ans.answer for a in SICHUAN_2023), ans.answer
    assert "郑州" not in ans.answer


def test_the_years_of_a_places_reports_are_its_governments(asker):
    ans = asker.ask("芜湖市镜湖区的年报库里有哪几年的？")  # (years asked, no set of bodies)
    assert "芜湖市镜湖区人民政府2020年" in ans.answer and "城市管理局" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q", ["芜湖市镜湖区2020年度报告列出的问题和不足有哪些？", "芜湖市镜湖区2020年的报告里有哪些问题"]
)
def test_a_places_report_asked_of_its_own_text_is_one_report(asker, q):
    assert "城市管理局" not in asker.ask(q).answer  # (列出, 哪些 of the report's problems: no set of bodies)


def test_a_place_asked_alone_for_a_value_stays_its_government(asker):
    assert asker.ask("芜湖市镜湖区2020年的报告里新收申请多少件").value == _v("芜湖市镜湖区人民政府", 2020)


QINGLAN = """青岚县农业农村局2023年政府信息公开工作年度报告

一、总体情况
2023年，青岚县农业农村局全年主动公开政府信息318条，其中政策文件17条、政策解读9篇，规范性文件4件。
“青岚农业”政务微信发布信息120条，关注数达1.3万人。
统一受理平台接入53个部门2261项事项。
二、依申请公开情况
2023年，全局收到政府信息公开申请12件，办结率100%。
三、政府信息公开行政复议、行政诉讼情况
本年度未发生政府信息公开行政复议、行政诉讼案件。
四、存在的主要问题及改进情况
政策解读形式较为单一。
五、其他需要报告的事项
本年度无收取信息处理费情况。
"""


@pytest.fixture(scope="module")
def qinglan(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("vfam_text"), "qinglan-nyj-2023.txt", QINGLAN)


@pytest.mark.parametrize(
    "q",
    [
        "Hi，主动公开信息数量是多少条，急用",
        "Hello，全年主动公开了多少条信息？谢谢！",
        "嗯…主动公开的信息有多少条，在线等",
        "哈喽，主动公开信息一共几条，谢谢您",
    ],
)
def test_courtesy_around_a_question_asks_nothing(qinglan, q):
    a, rid = qinglan
    assert a.ask(q, report_id=rid).value == 318


@pytest.mark.parametrize(
    "q,want",
    [("公开了几个政策文件", 17), ("政策文件发了几个？谢谢", 17), ("Hi，规范性文件公开了几个", 4)],
)
def test_a_count_of_ge_is_any_items_count(qinglan, q, want):
    a, rid = qinglan
    assert a.ask(q, report_id=rid).value == want


def test_a_count_of_ge_of_bodies_stays_ge(qinglan):
    a, rid = qinglan
    assert a.ask("统一受理平台接入了多少个部门？", report_id=rid).value == 53


def test_thanks_inside_a_question_is_kept():
    from rag.intent import canonical

    assert canonical("收到的感谢信有多少封") == "收到的感谢信有多少封"


# ---------------------------------------------------------------- changes and the answered total
MINZHENG = "成都市武侯区民政局"


@pytest.mark.parametrize(
    "q,key",
    [
        ("2023年成都市武侯区民政局行政复议总数较2022年增减多少", "t4.rv.tot"),
        ("成都市武侯区民政局2023年跟去年比，答复的申请总数（办理结果总计）增加（减少）了多少", "t3.r7.tot"),
        ("成都市武侯区民政局2022年到2023年，本年新收申请合计变化了多少", "t3.new.tot"),
    ],
)
def test_a_change_of_a_total_is_no_sum(asker, q, key):
    assert asker.ask(q).value == _v(MINZHENG, 2023, key) - _v(MINZHENG, 2022, key)


@pytest.mark.parametrize(
    "q",
    ["成都市武侯区民政局2023年答复的申请总数（办理结果总计）是多少", "成都市武侯区民政局2023年答复的申请总数多少件"],
)
def test_the_applications_answered_are_the_results_total(asker, q):
    assert asker.ask(q).value == _v(MINZHENG, 2023, "t3.r7.tot")


def test_two_years_added_are_still_a_sum(asker):
    assert asker.ask("成都市武侯区民政局2022年和2023年的本年新收合计多少").value == sum(
        _v(MINZHENG, y) for y in (2022, 2023)
    )


# ---------------------------------------------------------------- lists of cells
def _said(ans, *pairs: tuple[str, int]) -> bool:
    return all(f"{label}{n}件" in ans.answer for label, n in pairs)


@pytest.mark.parametrize(
    "q", ["成都市武侯区民政局2023年复议和两类诉讼各有几件", "成都市武侯区民政局2023年行政复议跟两种诉讼分别多少"]
)
def test_the_two_lawsuits_are_each_said(asker, q):
    ans = asker.ask(q)
    pairs = [("行政复议", _v(MINZHENG, 2023, "t4.rv.tot"))]
    pairs += [("未经复议直接起诉", _v(MINZHENG, 2023, "t4.ld.tot")), ("复议后起诉", _v(MINZHENG, 2023, "t4.lr.tot"))]
    assert _said(ans, *pairs), ans.answer


def test_received_and_answered_are_both_said(asker):
    ans = asker.ask("成都市武侯区民政局2023年收了多少、办结总计多少")
    assert _said(ans, ("本年新收", _v(MINZHENG, 2023)), ("总计", _v(MINZHENG, 2023, "t3.r7.tot"))), ans.answer


@pytest.mark.parametrize(
    "q",
    ["成都市武侯区民政局2023年个人跟企业单位各申请了多少", "成都市武侯区民政局2023年企事业单位和个人分别提了几件申请"],
)
def test_enterprises_and_units_are_every_organisation(asker, q):
    orgs = sum(_v(MINZHENG, 2023, f"t3.new.{k}") for k in ("biz", "sci", "npo", "law", "oth"))
    ans = asker.ask(q)
    assert _said(ans, ("（自然人）", _v(MINZHENG, 2023, "t3.new.np")), ("（法人或其他组织）", orgs)), ans.answer


# ---------------------------------------------------------------- a kind of body with a note on what it takes in
@pytest.mark.parametrize(
    "q",
    [
        "库里2020年的区县人民政府（含开发区）里，新收申请最多的是哪家？多少",
        "统计一下库里2020年的区县人民政府（含开发区）的新收申请总和",
        "2020年的县级政府(包括开发区)新收申请一共多少",
    ],
)
def test_a_kind_with_a_note_is_the_kind(asker, q):
    ans = asker.ask(q)  # (the one county government of 2020 in the store)
    assert ans.value == _v("芜湖市镜湖区人民政府", 2020), ans.answer


# ---------------------------------------------------------------- a section asked by its title
SECTIONS = QINGLAN.replace(
    "一、总体情况\n",
    "一、总体情况\n（一）政府信息管理\n严格落实公文公开属性源头认定机制，开展规范性文件清理3次。\n"
    "（二）政府信息公开平台建设\n优化政府信息公开专栏栏目设置，新增栏目2个。\n"
    "（三）监督保障\n将政务公开工作纳入年度工作要点，组织培训2次。\n",
)


@pytest.fixture(scope="module")
def sections(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("vfam_sections"), "qinglan-nyj-2023.txt", SECTIONS)


@pytest.mark.parametrize(
    "q,said",
    [
        ("信息管理这块是怎么做的", "源头认定机制"),
        ("监督保障方面是怎么做的？", "纳入年度工作要点"),
        ("公开平台建设情况", "优化政府信息公开专栏栏目设置"),
    ],
)
def test_a_section_asked_by_its_title_says_what_is_under_it(sections, q, said):
    a, rid = sections
    assert said in a.ask(q, report_id=rid).answer
