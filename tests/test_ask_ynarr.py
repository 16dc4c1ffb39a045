"""Narrative figures, problems and premises of issue 13 (branch askynarr), phrasings written for the test
from a user's side: a count asked formally by its count word (「全年主动公开政府信息条数为多少」「政策解读篇数
是多少」「培训次数为多少」) and with 「报告正文中」 before it — the sentence is in the text; 「政策解读有多少篇」 is
never the 政策文件's 条 of the same sentence; the problems of a report whose sections are headed 「第X部分」 or
lost their numbers (an HTML page numbered by the browser's list); a figure put as a premise (「被申请行政复议
16件，这个数对吗？实际是多少」) answered with the true figure and a yes/no, not as a check of the sums;
「表三各栏合计是否一致」 as every identity of table 三.

The reports are written here (bodies no corpus report resembles) or generated (tests/reportgen.py)."""

import pytest

from rag.ask import NOT_MENTIONED
from tests.reportgen import consistent_values, render
from tests.text_store import text_asker

PARTS = """青岚县市场监督管理局2023年政府信息公开工作年度报告

第一部分 总体情况
2023年，青岚县市场监督管理局认真贯彻落实《中华人民共和国政府信息公开条例》，全年通过县政府门户网站主动公开政府信息487条，其中政策文件14条、政策解读6篇。组织业务培训2次。
第二部分 主动公开政府信息情况
本年度主动公开情况见统计表。
第三部分 收到和处理政府信息公开申请情况
全年共收到政府信息公开申请21件，均按时答复。
第四部分 政府信息公开行政复议、行政诉讼情况
本年度未发生政府信息公开行政复议、行政诉讼案件。
第五部分 存在的主要问题及改进情况
存在的主要问题：一是政策解读形式较为单一；二是基层站所信息更新不够及时。
改进措施：一是推出图解、短视频等解读产品；二是建立站所信息报送台账。
第六部分 其他需要报告的事项
本年度未收取信息处理费。
"""

# the headings of an HTML page numbered by an <ol>: the text keeps the titles, not their numbers
UNNUMBERED = """松溪街道办事处2022年政府信息公开工作年度报告

本报告依据《中华人民共和国政府信息公开条例》编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。
总体情况
2022年，松溪街道全年主动公开政府信息215条，其中政策解读4篇。
收到和处理政府信息公开申请情况
全年共收到政府信息公开申请7件，均按时答复。
存在的主要问题及改进情况
存在的主要问题：一是便民服务信息公开不够细化；二是网上专栏互动功能较弱。
改进措施：一是编制便民服务事项清单；二是开通专栏留言回复功能。
其他需要报告的事项
本年度未收取信息处理费。
"""


@pytest.fixture(scope="module")
def parts(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("ynarr_parts"), "qinglan-scj-2023.txt", PARTS)


@pytest.fixture(scope="module")
def unnumbered(tmp_path_factory):
    return text_asker(tmp_path_factory.mktemp("ynarr_ol"), "songxi-jd-2022.txt", UNNUMBERED)


VALUES = consistent_values(seed=7)  # 表四 行政复议 3 (维持1、其他1、未审结1), 表三 新收 318


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    text = render(VALUES, "lines", agency="石门县交通运输局", year=2023)
    return text_asker(tmp_path_factory.mktemp("ynarr_tables"), "shimen-jtj-2023.txt", text)


def _refused(ans) -> bool:
    return ans.answer.startswith(NOT_MENTIONED) and ans.value is None


# ------------------------------------------------------------------ figures asked by their count word
@pytest.mark.parametrize(
    ("q", "value", "unit"),
    [
        ("报告正文中全年主动公开政府信息条数为多少？", 487, "条"),
        ("全年主动公开政府信息条数是多少", 487, "条"),
        ("主动公开信息条数为多少？", 487, "条"),
        ("报告正文中政策解读篇数为多少？", 6, "篇"),
        ("政策解读篇数是多少", 6, "篇"),
        ("报告正文中全年组织业务培训次数是多少", 2, "次"),
        ("报告正文中政策文件条数为多少？", 14, "条"),
    ],
)
def test_a_count_asked_by_its_count_word(parts, q, value, unit):
    a, rid = parts
    ans = a.ask(q, report_id=rid)
    assert (ans.value, ans.unit) == (value, unit), ans.answer


@pytest.mark.parametrize("q", ["报告正文中政策解读有多少篇？", "正文里政策解读有几篇", "政策解读有多少篇"])
def test_policy_interpretations_are_never_the_policy_documents(parts, q):
    a, rid = parts
    ans = a.ask(q, report_id=rid)
    assert ans.value == 6, ans.answer  # never 政策文件14条 of the same sentence


def test_a_count_word_the_text_never_uses_is_still_refused(parts):
    a, rid = parts
    assert _refused(a.ask("报告正文中政务微博发布信息条数为多少？", report_id=rid))


# ------------------------------------------------------------------ problems whatever the section numbers
@pytest.mark.parametrize("q", ["存在哪些问题", "请概述本报告所列政府信息公开工作存在的主要问题。", "年报自述的问题"])
def test_problems_under_a_part_heading(parts, q):
    a, rid = parts
    ans = a.ask(q, report_id=rid)
    assert "政策解读形式较为单一" in ans.answer and "基层站所信息更新不够及时" in ans.answer, ans.answer
    assert "报送台账" not in ans.answer  # the measures are not problems


def test_measures_under_a_part_heading(parts):
    a, rid = parts
    ans = a.ask("改进措施有哪些", report_id=rid)
    assert "图解、短视频" in ans.answer and "报送台账" in ans.answer, ans.answer
    assert "不收取" not in ans.answer and "信息处理费" not in ans.answer  # section 六 is not a measure


@pytest.mark.parametrize("q", ["存在的主要问题是什么", "请概述本报告所列政府信息公开工作存在的主要问题。"])
def test_problems_under_a_heading_that_lost_its_number(unnumbered, q):
    a, rid = unnumbered
    ans = a.ask(q, report_id=rid)
    assert "便民服务信息公开不够细化" in ans.answer and "互动功能较弱" in ans.answer, ans.answer
    assert "留言回复" not in ans.answer


def test_measures_under_a_heading_that_lost_its_number(unnumbered):
    a, rid = unnumbered
    ans = a.ask("下一步改进措施有哪些", report_id=rid)
    assert "便民服务事项清单" in ans.answer and "留言回复" in ans.answer, ans.answer
    assert "信息处理费" not in ans.answer


def test_a_rank_the_report_never_states_is_refused_under_part_headings(parts):
    a, rid = parts
    for q in ("全省考核排第几名？", "在全省政务公开考核中排第几名"):
        assert _refused(a.ask(q, report_id=rid)), q  # never 「第五部分」


# ------------------------------------------------------------------ a figure put as a premise
@pytest.mark.parametrize(
    "q",
    [
        "被申请行政复议16件，这个数对吗？实际是多少？",
        "行政复议16件，对吗",
        "听说被申请行政复议有16件，是真的吗？",
        "我记得被申请行政复议是16件，实际是多少？",
        "被申请行政复议16件吧？",
        "嗯那个被申请行政复议十六件，这个数对吗",
    ],
)
def test_a_wrong_premise_is_answered_with_the_true_figure(tables, q):
    a, rid = tables
    ans = a.ask(q, report_id=rid)
    assert ans.value == VALUES["t4.rv.tot"] == 3, ans.answer
    assert ans.answer.startswith("不对：实际是3件"), ans.answer


def test_a_right_premise_is_confirmed(tables):
    a, rid = tables
    ans = a.ask("本年新收政府信息公开申请318件，这个数对吗？", report_id=rid)
    assert ans.value == 318 and ans.answer.startswith("对"), ans.answer


def test_a_narrative_premise(parts):
    a, rid = parts
    ans = a.ask("全年主动公开政府信息500条，这个数对吗？实际是多少？", report_id=rid)
    assert ans.value == 487 and ans.answer.startswith("不对：实际是487条"), ans.answer


@pytest.mark.parametrize("q", ["新收申请总计318件，和各申请人加起来对得上吗？", "表三各项之和等于总计318件吗？"])
def test_a_figure_put_to_the_sums_stays_a_consistency_check(tables, q):
    a, rid = tables
    ans = a.ask(q, report_id=rid)
    assert not ans.answer.startswith(("对：", "不对：")), ans.answer


def test_a_premise_about_a_body_not_in_the_store_is_refused(tables):
    a, _ = tables
    ans = a.ask("临澧县交通运输局2023年被申请行政复议16件，这个数对吗？实际是多少？")
    assert _refused(ans), ans.answer


# ------------------------------------------------------------------ 「各栏合计」: the table's identities
@pytest.fixture(scope="module")
def faulty(tmp_path_factory):
    values = dict(VALUES)
    values["t3.new.tot"] = VALUES["t3.new.tot"] + 10  # printed 328: its row's columns add to 318 (H2), and
    # 新收+上年结转 no longer equals 办理结果+结转下年 in the 总计 column (H1)
    text = render(values, "lines", agency="石门县交通运输局", year=2023)
    return text_asker(tmp_path_factory.mktemp("ynarr_faulty"), "shimen-jtj-2023.txt", text)


def test_every_total_of_table_three_asked_to_agree_is_each_identity(faulty):
    a, rid = faulty
    ans = a.ask("年度报告表三各栏合计是否一致？", report_id=rid)
    assert ans.answer.startswith("不一致：2处"), ans.answer
    assert "总计列" in ans.answer and "328" in ans.answer, ans.answer  # the H1 balance of the 总计 column too


def test_a_rows_columns_added_are_still_that_row_only(faulty):
    a, rid = faulty
    ans = a.ask("新收那行各栏加起来对吗", report_id=rid)
    assert ans.answer.startswith("不一致：1处") and "总计列" not in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["被申请行政复议超过10件吧？", "被申请行政复议不到10件对吗"])
def test_a_bound_put_to_the_figure_is_no_premise(tables, q):
    a, rid = tables
    ans = a.ask(q, report_id=rid)
    assert not ans.answer.startswith(("对：", "不对：")), ans.answer  # 3 is no answer to 「10件」 said wrong


@pytest.fixture(scope="module")
def bracketed(tmp_path_factory):
    """The same report with its sections numbered 「（五）」 (a sub-heading's marks used for sections)."""
    text = PARTS
    for cn in "一二三四五六":
        text = text.replace(f"第{cn}部分 ", f"（{cn}）")
    assert "部分" not in text
    return text_asker(tmp_path_factory.mktemp("ynarr_paren"), "qinglan-scj-2023.txt", text)


def test_measures_end_at_the_next_section_numbered_in_brackets(bracketed):
    a, rid = bracketed
    ans = a.ask("改进措施有哪些", report_id=rid)
    assert "图解、短视频" in ans.answer and "报送台账" in ans.answer, ans.answer
    assert "信息处理费" not in ans.answer, ans.answer  # 「（六）其他需要报告的事项」 is no measure


# ------------------------------------------------------------------ the reports of a kind of body
@pytest.fixture(scope="module")
def bodies(tmp_path_factory):
    from tests.text_store import bodies_asker

    return bodies_asker(
        tmp_path_factory.mktemp("ynarr_bodies"),
        [
            ("江西省统计局", 2022, 1),
            ("湖南省林业局", 2023, 2),
            ("青岚县人民政府", 2023, 3),
            ("白沙镇人民政府", 2022, 4),
            ("红石乡人民政府", 2023, 6),
            ("石门县交通运输局", 2023, 5),
        ],
    )


@pytest.mark.parametrize(
    ("q", "names"),
    [
        ("库里有哪些省级部门的报告？", {"江西省统计局", "湖南省林业局"}),
        ("有哪些省级部门的年报", {"江西省统计局", "湖南省林业局"}),
        ("库里有哪些乡镇政府的报告？", {"白沙镇人民政府", "红石乡人民政府"}),
    ],
)
def test_the_reports_of_a_kind_of_body_are_listed(bodies, q, names):
    ans = bodies.ask(q)
    assert ans.value == len(names), ans.answer
    assert all(n in ans.answer for n in names), ans.answer
    assert "石门县交通运输局" not in ans.answer, ans.answer


# ------------------------------------------------------------------ a national body is not every report of the year
@pytest.mark.parametrize(
    "q", ["教育部2023年收到多少信息公开申请", "财政部2022年被申请行政复议几件", "交通运输部去年主动公开了多少条"]
)
def test_a_ministry_is_refused_never_every_report_of_the_year(bodies, q):
    ans = bodies.ask(q)
    assert _refused(ans), ans.answer


def test_a_line_of_work_is_still_a_kind_of_body(bodies):
    ans = bodies.ask("交通运输部门2023年收到多少信息公开申请")
    assert not _refused(ans) and "石门县交通运输局" in (ans.scope or "") + ans.answer, ans.answer
