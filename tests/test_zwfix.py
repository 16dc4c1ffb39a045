"""zwfix (issue 13): the tables' rows and the text's counts asked in everyday words — wordings of our own, not the bank's.

- Rows and totals by their lay names, as vocabulary (`extractor.tablespec`): 红头文件 for 规范性文件 and 新发 for its
  制发; persons and organisations together (「群众和单位提的」) for the applications' 总计, never 自然人 alone; 「从去年压
  下来的」「上一年遗留下来的」 for 上年结转; 「个人新递交的」「新申请」 for 本年新收; 「直接不作处理的」 for 不予处理; 「处理掉
  的」「办掉了」 for 办理结果总计; 「被人告去复议」 for 行政复议 only, never a lawsuit.
- 「打官司的一共直接起诉加复议后起诉的」: the lawsuits as a whole, both kinds said as what it holds.
- A change over a span (「从2020到2024年…总数变了多少」) is the change, never the years added.
- Narrative counts in lay words: 「政策解读稿子写了几篇」 is the text's 政策解读; 「主动发布」 is 主动公开; 「主动公开了多少条
  信息」 the 主动公开 total, not any sentence's 信息.
- Who the applicants are by where they come from (「都是哪里人」): the reports do not say — refused, said why, never
  the applicant-type split.
- A role said before the question (「市里信息公开科的，问下…」) is who asks, not what is asked about."""

from __future__ import annotations

import pytest

from rag import intent, message
from rag.answers import synonyms
from rag.answers.narrative import _APPLICANT, _APPLICANT_TRAIT
from tests.wildstore import extracted


def cells(q: str) -> set[tuple[str, str, str]]:
    return {(c.table, c.row, c.col or "tot") for c in intent.table_measures(intent.canonical(q))}


@pytest.mark.parametrize(
    ("q", "want"),
    [
        # 规范性文件 制发
        ("2023年新发了几份红头文件", ("t2", "norm", "made")),
        ("去年发了多少个红头文件", ("t2", "norm", "made")),
        ("某局 2022 新发红头文件", ("t2", "norm", "made")),
        # persons and organisations together: every applicant
        ("2023年群众和单位一共提了多少申请", ("t3", "new", "tot")),
        ("今年个人和单位新提交的申请有几件", ("t3", "new", "tot")),
        # 上年结转
        ("2023年从去年压下来的申请有几件", ("t3", "carry_in", "tot")),
        ("2022年上一年遗留下来的申请多少件", ("t3", "carry_in", "tot")),
        ("2024年从前一年拖过来的有几件", ("t3", "carry_in", "tot")),
        # 本年新收 of persons
        ("2022年以私人身份提的新申请有多少", ("t3", "new", "np")),
        ("2023年个人新递交的申请多少件", ("t3", "new", "np")),
        ("2023年以个人名义提的申请（不含单位）几件", ("t3", "new", "np")),
        # 不予处理
        ("2023年直接不作处理的申请几件", ("t3", "r5", "tot")),
        ("今年索性不处理的有多少", ("t3", "r5", "tot")),
        # 办理结果总计
        ("2023年处理掉的申请一共几件", ("t3", "r7", "tot")),
        ("去年办掉了多少件申请", ("t3", "r7", "tot")),
        ("2022年答复掉的申请总数", ("t3", "r7", "tot")),
        # 表四
        ("2023年被人告到复议机关的几件", ("t4", "rv", "tot")),
        ("今年被人告去复议的多少件", ("t4", "rv", "tot")),
        ("2023年打官司的一共直接起诉加复议后起诉的有多少", ("t4", "lit", "tot")),
    ],
)
def test_lay_words_read_the_cell(q, want):
    got = cells(q)
    assert want in got and len(got) == 1, (q, got)


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("2023年被人告了几次", ("t4", "lit", "tot")),  # a lawsuit said plainly stays one
        ("2023年逾期不补正不再处理的几件", ("t3", "r6_1", "tot")),  # 不再处理 is no 不予处理
        ("2023年还没处理完的申请", ("t3", "carry_out", "tot")),
        ("2023年自然人提的申请多少件", ("t3", "new", "np")),
    ],
)
def test_neighbours_unchanged(q, want):
    assert cells(q) == {want}, (q, cells(q))


@pytest.mark.parametrize(
    "q",
    [
        "某局从2020到2024年不予处理的申请总数变了多少",
        "某局2021到2023年打官司的一共直接起诉加复议后起诉的变了几件",
        "某局从2019年到2022年办掉的申请合计变了多少",
    ],
)
def test_a_change_over_a_span_is_no_sum(q):
    assert intent.parse(q).operation in ("change", "trend"), intent.parse(q).operation


def test_a_span_added_stays_a_sum():
    assert intent.parse("某局2021到2023年不予处理的申请一共多少件").operation == "sum"


@pytest.mark.parametrize(
    "q", ["2023年来申请的都是哪里人", "2023年申请人都来自哪些地方", "2023年提申请的是什么地方的人"]
)
def test_where_applicants_come_from_is_no_cell(q):
    assert cells(q) == set(), (q, cells(q))
    assert _APPLICANT.search(q) and _APPLICANT_TRAIT.search(q)


@pytest.mark.parametrize(
    ("q", "focus"),
    [
        ("2023年政策解读稿子写了几篇", "策解读"),
        ("2023年一年政策解读文章做了多少", "策解读"),
        ("2023年主动公开了多少条信息", "开信息"),
    ],
)
def test_narrative_focus_in_lay_words(q, focus):
    assert intent.focus(q) == focus


def test_a_grouped_word_cut_at_its_head():
    assert synonyms.canon_focus("2023年主动发布的信息条数", "动发布信息") == "主动公开信息"


@pytest.mark.parametrize(
    ("q", "read"),
    [
        ("市里信息公开科的，问下恩施市人民政府2023年新收多少件", "恩施市人民政府2023年新收多少件"),
        ("我是区里政务公开办的，夏河县人民政府2022年办结几件", "夏河县人民政府2022年办结几件"),
    ],
)
def test_a_role_before_the_question_is_who_asks(q, read):
    assert message.affiliation_dropped(q) == read


def test_a_body_named_by_its_place_is_kept():
    q = "成都市教育局的，2023年新收几件"
    assert message.affiliation_dropped(q) == q


# ---------------------------------------------------------------- over real reports
REPORTS = [
    "h23-haixi-zhou-textarea-2023.html",  # 主动公开各类政府信息148条，其中…政策解读12篇
    "m24-enshi-city-yearbook-chapter-2023.md",  # 门户网站全年发布信息2.6万条 … 主动公开各类政府信息668条
    "d23-jiyang-tax-vertical-hainan-2023.docx",
    "d19-xigong-gov-hmerge-2020.docx",
    "h21-xigong-gov-t2dash-2024.html",
]


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("海西蒙古族藏族自治州人民政府2023年政策解读稿子写了几篇", 12),
        ("海西蒙古族藏族自治州人民政府2023年政策解读文章出了多少", 12),
        ("海西蒙古族藏族自治州人民政府2023年主动发布了多少条信息", 148),
        ("市里信息公开科的，问下恩施市人民政府2023年主动公开过多少条信息？", 668),
    ],
)
def test_narrative_counts_in_lay_words(wild, q, value):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == value, ans.answer


def test_where_applicants_come_from_is_refused(wild):
    asker, _ = wild
    ans = asker.ask("国家税务总局三亚市吉阳区税务局2023年来申请公开的人都来自哪里")
    assert ans.value is None and ans.answer.startswith("报告未提及"), ans.answer


def test_a_total_changed_over_a_span(wild):
    asker, _ = wild
    ans = asker.ask("洛阳市西工区人民政府从2020年到2024年答复掉的申请总数变了多少")
    assert "合计" not in ans.answer and "2020年" in ans.answer and "2024年" in ans.answer, ans.answer
    assert "办理结果" in ans.answer, ans.answer
