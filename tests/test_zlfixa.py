"""zlfixa: narrative questions on the asking side (blindzl). (1) Whether applying costs money, in a citizen's words
(「申请公开要不要交钱」「查信息得付费吗」「依申请公开收钱吗」) — the report's statement on the 信息处理费, never the count of
applications (the words 申请/收 read as 新收 before); (2) a rate of timeliness (「按期办结率」「按时办结率」「及时办结率」):
the tables say nothing of timeliness, so only a rate the text states answers it — else refused (the plain 「办结率」
computed from the tables and said so stays); (3) a follow-up asking the previous turn's body's problems or plans
(「那他们说存在什么问题」「报告里提到哪些不足」「下一步打算怎么改」) after a figure of it — that body's section 五 (was: 「没能读懂
这句追问」, or another body's problems); (4) a chat's follow-up naming a narrative figure the text does not state (「那发布会呢」)
— refused, never a page header matched by a word; (5) two LEGACY bodies' application counts compared, 「谁…多 各几件」 —
both figures side by side, not a list of reports."""

from __future__ import annotations

import pytest

from tests.wildstore import extracted

REPORTS = [
    "h23-xiji-wjw-wechat-mp-2023.html",
    "h24-karamay-jyj-platform-hdr2-heji-2024.html",
    "t19-helan-cgj-select-all-copy-gf2019-2019.txt",
    "d17-guanyang-gov-legacy-2017.docx",
    "d17-pianguan-mzj-legacy-2017.docx",
]


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


def _refused(ans) -> bool:
    return ans.value is None and "报告未提及" in ans.answer[:24]


@pytest.mark.parametrize(
    "q",
    [
        "西吉县卫生健康局2023年申请公开信息需要付费吗",
        "西吉县卫生健康局2023年申请公开政府信息得掏钱吗",
        "西吉县卫生健康局2023年申请信息要付钱不",
        "西吉县卫生健康局2023年申请政府信息公开得花钱吗 收没收费",
    ],
)
def test_whether_applying_costs_money_is_the_fee_statement(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert "未收取信息处理费" in ans.answer, ans.answer
    assert "新收" not in ans.answer and ans.unit != "件", ans.answer


@pytest.mark.parametrize(
    ("q", "plain"),
    [
        ("克拉玛依市教育局2024年按期办结率是多少", "克拉玛依市教育局2024年办结率是多少"),
        ("克拉玛依市教育局2024年依申请公开按时办结率多少", "克拉玛依市教育局2024年依申请公开的办结率"),
        ("克拉玛依市教育局2024年申请的及时办结率是多少", "克拉玛依市教育局2024年申请的办结率是多少"),
        ("克拉玛依市教育局2024年按时限办结的比率", "克拉玛依市教育局2024年办结率"),
    ],
)
def test_a_timeliness_rate_the_text_does_not_state_is_refused(wild, q, plain):
    asker, _ = wild
    ans = asker.ask(q)
    assert _refused(ans), ans.answer
    assert "%" not in ans.answer, ans.answer
    # the plain 办结率 stays computed from the tables, and said so (a judgement made before)
    ans = asker.ask(plain)
    assert "按表格计算" in ans.answer and "%" in ans.answer, ans.answer


_PROBLEMS = ("政策解读形式还不够丰富", "公开专栏部分栏目更新不够及时", "工作人员业务能力仍需提升")


@pytest.mark.parametrize(
    "q",
    [
        "那他们说存在什么问题",
        "报告里提到哪些不足",
        "那有啥短板",
        "他们自己讲了哪些问题",
        "还有什么不足之处",
    ],
)
def test_a_follow_up_asking_problems_is_the_previous_body_s(wild, q):
    asker, _ = wild
    ans = asker.ask(q, previous=["克拉玛依市教育局2024年主动公开了多少条信息？"])
    assert all(p in ans.answer for p in _PROBLEMS), ans.answer


@pytest.mark.parametrize("q", ["那下一步打算怎么改进", "他们准备采取哪些改进措施"])
def test_a_follow_up_asking_plans_is_the_previous_body_s(wild, q):
    asker, _ = wild
    ans = asker.ask(q, previous=["克拉玛依市教育局2024年主动公开了多少条信息？"])
    assert not ans.answer.startswith("报告未提及") and "克拉玛依" in (ans.answer + str(ans.scope)), ans.answer


@pytest.mark.parametrize(
    ("q", "previous"),
    [
        ("那发布会呢", ["一共主动公开多少条信息", "那解读有几篇"]),
        ("发布会有多少", []),
        ("那发布会呢", ["主动公开了多少条"]),
        ("发布会呢", ["一共主动公开多少条信息", "其中政策解读有几篇"]),
    ],
)
def test_a_narrative_figure_the_text_does_not_state_is_refused(wild, q, previous):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[2], previous=previous or None)
    assert _refused(ans), ans.answer
    assert "发布时间" not in ans.answer and "浏览次数" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "灌阳县人民政府2017年跟偏关县民政局2017年 谁受理的申请多 各多少件",
        "灌阳县人民政府2017年 偏关县民政局2017年 谁接到的申请多 分别多少件",
        "灌阳县人民政府2017年同偏关县民政局2017年 谁受理申请多 各几件",
    ],
)
def test_two_legacy_bodies_compared_give_both_figures(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.route == "compare", (ans.route, ans.answer)
    assert "27件" in ans.answer and "3件" in ans.answer, ans.answer
    assert not ans.answer.startswith("共2份报告"), ans.answer


@pytest.fixture(scope="module")
def unsaid(tmp_path_factory):
    """西吉's report with its sentence on the 信息处理费 taken out: a text that says nothing of a charge."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store
    from tests.wildstore import wild_file

    src = wild_file(REPORTS[0])
    text = src.read_text(encoding="utf-8")
    assert "未收取信息处理费" in text
    path = tmp_path_factory.mktemp("unsaid") / src.name
    path.write_text(text.replace("2023年度未收取信息处理费。", ""), encoding="utf-8")
    store = Store(str(tmp_path_factory.mktemp("unsaid-store") / "d"))
    report = extract_path(str(path))
    store.add(report)
    return Asker(store, Index(store)), report.id


@pytest.mark.parametrize("q", ["申请公开信息需要付费吗", "申请公开政府信息得掏钱吗", "申请政府信息公开得花钱吗"])
def test_whether_applying_costs_money_unsaid_is_refused(unsaid, q):
    asker, rid = unsaid
    ans = asker.ask(q, report_id=rid)
    assert ans.value is None and "报告未提及" in ans.answer, ans.answer
    assert "新收" not in ans.answer and "65件" not in ans.answer, ans.answer
