"""zefixd: a qualifier of the counted applications that the product does not read never falls back to 本年新收.
The words that qualify 申请 in a count (「…被退回的申请有多少件」) are read as a measure (「处理完的」: 办理结果总计)
or make the answer a refusal that names what the tables count (「没处理的」: 不予处理 or 结转下年度? asked back;
「被驳回的」: no such row; 「逾期答复的」「撤回的」: no row — the text's figure or 报告未提及); neutral words
(收到的, 受理的, 提出的, 全年共 …) keep answering 本年新收. Phrasings of our own, not the bank's."""

from pathlib import Path

import pytest

from wildstore import extracted

ROOT = Path(__file__).resolve().parent.parent
REPORTS = (
    # 秀洲区财政局 2020: 新收871 办理结果总计817 不予处理(重复申请)9 结转下年度 54
    "r19-xiuzhou-czj-wordrtf-2020.rtf",
    # 寿阳县市场监督管理局 2022: 新收39 总计39 不予公开4 不予处理14 结转下年度0; the text states no 撤回 nor 逾期答复
    "d22-shouyang-scjgj-abbr-dash-2022.docx",
)
XZ = "嘉兴市秀洲区财政局2020年"
SY = "寿阳县市场监督管理局2022年"


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)[0]


def _ask(wild, q):
    ans = wild.ask(q)
    return ans.value, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        XZ + "办完了的申请有多少件",
        XZ + "已经办妥的申请有几件",
        XZ + "处理好的申请共几件",
        XZ + "办好了的申请是多少件",
        XZ + "办完了多少件申请",
    ],
)
def test_done_is_the_results_total(wild, q):
    """「处理完的申请」: the applications handled, 办理结果（七）总计 (817) — never 本年新收 (871)."""
    v, a = _ask(wild, q)
    assert v == 817, a


@pytest.mark.parametrize(
    "q",
    [
        SY + "没处理的申请有几件",
        SY + "未被处理的申请是多少件",
        SY + "没有得到处理的申请有多少",
        SY + "没处理掉多少件申请",
    ],
)
def test_unhandled_is_asked_back(wild, q):
    """「没处理的」: 不予处理 (turned away) or 结转下年度 (still open)? asked back, both rows named, no figure given."""
    v, a = _ask(wild, q)
    assert v is None and "不予处理" in a and "结转下年度" in a and "39" not in a, a


@pytest.mark.parametrize(
    "q",
    [
        SY + "遭到驳回的申请有多少件",
        SY + "被打回的申请有几件",
        SY + "被退回的申请有几件",
    ],
)
def test_rejected_names_the_rows(wild, q):
    """「被驳回的」: no row of 表三 is called so — the rows it could be (不予公开, 不予处理) are named, no figure."""
    v, a = _ask(wild, q)
    assert v is None and "不予公开" in a and "不予处理" in a and "39" not in a, a


@pytest.mark.parametrize(
    "q",
    [
        SY + "超期才答复的申请有几件",
        SY + "逾期才答复的申请有几件",
        SY + "拖了很久才回复的申请有几件",
        SY + "申请人自己撤回的申请有多少件",
        SY + "撤销了的申请有几件",
        SY + "中途撤掉的申请共多少件",
        SY + "延期答复的申请有多少件",
        SY + "申请人撤回了几件申请",
        # (a count said 件数/数量 with no 申请 after the words: 「据贵单位年报，请问依申请公开的逾期答复件数是多少」)
        SY + "依申请公开的逾期答复件数是多少",
        SY + "超期答复的件数有几",
        SY + "申请人撤回数量是多少",
    ],
)
def test_unread_verb_is_not_the_applications_received(wild, q):
    """A late reply, a withdrawal, a delay: no row of the tables — the text's figure or 报告未提及, never 新收's 39."""
    v, a = _ask(wild, q)
    assert v != 39 and "39件" not in a, a
    assert a.startswith("报告未提及"), a


@pytest.mark.parametrize(
    "q",
    [
        SY + "收到的申请有多少件",
        SY + "接到的申请有几件",
        SY + "受理的申请有多少件",
        SY + "新受理的申请有几件",
        SY + "群众提出的申请有多少件",
        SY + "提交上来的政府信息公开申请有多少件",
        SY + "全年共有多少件申请",
        SY + "依申请公开的申请总共有几件",
        SY + "本年度申请有多少件",
        SY + "一共有多少件申请",
        SY + "总共收了几件申请",
        SY + "依申请公开的件数是多少",
        SY + "收到申请的数量是多少",
    ],
)
def test_neutral_words_keep_the_applications_received(wild, q):
    v, a = _ask(wild, q)
    assert v == 39, a


@pytest.fixture(scope="module")
def stated(tmp_path_factory):
    """广阳区教育局 2020 (markdown), its text given a sentence that states a withdrawal and a late reply."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    base = tmp_path_factory.mktemp("zefixd_stated")
    src = next(ROOT.glob("eval/wild*/reports/md19-guangyang-2020.md")).read_text(encoding="utf-8")
    said = src.replace("已办结36件。", "已办结36件，其中申请人主动撤回申请2件，逾期答复1件，已按时答复33件。")
    assert said != src
    (base / "gy.md").write_text(said, encoding="utf-8")
    store = Store(str(base / "d"))
    store.add(extract_path(str(base / "gy.md")))
    return Asker(store, Index(store))


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("廊坊市广阳区教育局2020年申请人自己撤回的申请有多少件", 2),
        ("廊坊市广阳区教育局2020年撤回了几件申请", 2),
        ("廊坊市广阳区教育局2020年逾期答复的申请有几件", 1),
        ("廊坊市广阳区教育局2020年拖延答复的申请有几件", None),
        ("廊坊市广阳区教育局2020年超期才答复的申请有几件", None),
        # a reply's timeliness the text states in its own words (「已按时答复33件」): that figure, never 收到's 36
        ("廊坊市广阳区教育局2020年按时答复的申请多少件", 33),
        ("廊坊市广阳区教育局2020年按期答复了的申请有几件", None),  # (the text says 按时: never 收到's 36)
    ],
)
def test_unread_verb_answered_by_the_text_that_states_it(stated, q, value):
    """No row counts a withdrawal or a late reply, but the text states them: the text's figure (never 新收's 36)."""
    v, a = _ask(stated, q)
    assert v == value, a
