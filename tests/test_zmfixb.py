"""zmfixb: the disclosure office's own words for the template.

(1) The office's shorthand for the 不予公开 sub-rows — 三类 (属于三类内部事务信息), 四类 (属于四类过程性信息), 第三方
(保护第三方合法权益) — is the sub-row alone, never the whole 不予公开 group.
(2) Whether this year's 上年结转 picks up last year's 结转下年度 (「接上了没有」): a verdict with both figures, both reports
cited; refused when last year's report is not stored.
(3) What a row covers (「其他处理包括哪些」「下面分了哪几小项」): the sub-row labels the report prints under it, quoted;
refused where the report prints none (GF2019's 其他处理) — never a count.
Asked of a small store of wild reports, in phrasings of our own."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

REPORTS = {
    # (text reports: the scans these families were first found on cost ~10 s of OCR a page, to ask the same cells)
    "kecheng24": "eval/wild3/reports/t21-kecheng-wlj-wrap-2024.txt",
    "dehua21": "eval/wild17/reports/h21-dehua-jtj-bosi-t4-total-first-2021.html",
    "hubei24": "eval/wild9/reports/p21-hubei-slt-dotrules-2024.pdf",
    "hubei25": "eval/wild6/reports/m21-hbslt-pipebr-2025.md",
    "shaoshan24": "eval/wild21/reports/h24-shaoshan-gov-bosi-hdr2-heji-2024.html",
    "shaoshan25": "eval/wild18/reports/h25-shaoshan-gov-bosi-fullwidth-extra-2025.html",
    "rucheng23": "eval/wild17/reports/h23-rucheng-czj-excel-paste-defect-2023.html",
    "licheng20": "eval/wild2/reports/t19-licheng-swj-lines-2020.txt",
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(str(tmp_path_factory.mktemp("zmfixb") / "d"))
    ids = {}
    for name, path in REPORTS.items():
        r = extract_path(str(ROOT / path))
        store.add(r)
        ids[name] = r.id
    return Asker(store, Index(store)), ids


def _refused(text: str) -> bool:
    return any(w in text for w in ("未提及", "无法", "没有", "未收录", "不能", "未找到", "未存", "不在"))


# (1) the office's shorthand for a 不予公开 sub-row (封镇 2022: 三类 1, 四类 2, 第三方 0; 德化 2021: 三安全一稳定 5)
@pytest.mark.parametrize(
    ("q", "label", "value"),
    [
        ("我们四类那一项填了几件", "属于四类过程性信息", 2),
        ("不公开的里面，四类占几个", "属于四类过程性信息", 2),
        ("四类的不予公开是几件", "属于四类过程性信息", 2),
        ("因为是三类信息没公开的有几件", "属于三类内部事务信息", 1),
        ("不予公开中三类的件数", "属于三类内部事务信息", 1),
        ("三类不公开的是多少", "属于三类内部事务信息", 1),
        ("第三方原因不公开的几件", "保护第三方合法权益", 0),
        ("涉及到第三方的不予公开有多少", "保护第三方合法权益", 0),
        ("第三方那一栏不公开的数", "保护第三方合法权益", 0),
    ],
)
def test_shorthand_of_a_refusal_sub_row(wild, q, label, value):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["kecheng24"])
    assert ans.value == value, ans.answer
    assert "不予公开：" not in ans.answer, ans.answer  # the sub-row alone, not the group


# (2) the carry continuity: this year's 上年结转 against last year's 结转下年度
@pytest.mark.parametrize(
    "q",
    [
        "去年结转到下年的数和今年的上年结转接得上吗",
        "今年的上年结转跟去年报告里的结转下年度接上没有",
        "上年结转能和去年年报的结转下年度接上不",
    ],
)
def test_carry_continuity(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["hubei25"])  # 2025 上年结转 2, 2024 结转下年度 1
    text = ans.answer
    assert "不一致" in text or "没接上" in text or "不相等" in text or "对不上" in text, text
    assert "上年结转" in text and "结转下年度" in text, text
    assert len({c.report_id for c in ans.citations}) == 2, text


@pytest.mark.parametrize(
    "q",
    [
        "去年结转到下年的数和今年的上年结转接得上吗",
        "今年的上年结转跟去年报告里的结转下年度接上没有",
    ],
)
def test_carry_continuity_last_year_not_stored(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["rucheng23"])
    assert _refused(ans.answer), ans.answer
    assert "一致" not in ans.answer.replace("不一致", "") or _refused(ans.answer), ans.answer


# (3) what a row covers: the sub-rows printed under it
@pytest.mark.parametrize(
    "q",
    [
        "其他处理这一项都包含哪些情形",
        "“其他处理”下设几个小类，分别是什么",
        "其他处理涵盖哪几种情况",
    ],
)
def test_what_other_handling_covers(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["rucheng23"])
    assert "逾期不补正" in ans.answer and "逾期未按收费通知要求缴纳费用" in ans.answer, ans.answer
    assert ans.value is None and "0件" not in ans.answer, ans.answer  # what it covers, never a count


@pytest.mark.parametrize(
    "q",
    [
        "其他处理这一项都包含哪些情形",
        "“其他处理”下设几个小类，分别是什么",
        "其他处理涵盖哪几种情况",
    ],
)
def test_what_other_handling_covers_gf2019_refused(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["licheng20"])
    assert _refused(ans.answer), ans.answer
    assert "件" not in ans.answer and ans.value is None, ans.answer  # never a count
