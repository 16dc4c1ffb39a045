"""zjfixb: questions as a Chinese speech recogniser writes them (voice input) — the template's terms heard as
homophones (「一申请」 依申请, 「与以公开」 予以公开, 「不与公开」 不予公开, 「不与处理」 不予处理, 「行政附议」 行政复议, 「半结」
办结, 「接转」 结转, 「企叶」 企业), a place heard as a homophone (「佳兴市」 嘉兴市), two questions said in one breath (both
answered, each with its figure), and 「…无法提供的有多少个」 with a report chosen (the report's cell, never a count of
bodies). Asked of a small store of wild reports, in phrasings of our own (not the bank's)."""

import pytest

from wildstore import extracted

REPORTS = (
    # 秀洲区财政局 2020: 新收871 予以公开272 部分公开10 无法提供 268+47+25=340 办理结果总计817 结转下年72;
    # 表四 行政复议8 直接起诉12
    "r19-xiuzhou-czj-wordrtf-2020.rtf",
    # 寿阳县市场监督管理局 2022: 新收39 部分公开4 无法提供 10+7+0=17; 行政复议11 行政诉讼10
    "d22-shouyang-scjgj-abbr-dash-2022.docx",
    # 海口市龙华区住房和城乡建设局 2024: 办理结果总计30
    "t21-longhua-zjj-emoji-2024.txt",
    # the same body 2022: 新收77 (2024: 新收30)
    "w21-longhua-zjj-wordmht-2022.mht",
)
XZ = "嘉兴市秀洲区财政局2020年"
SY = "寿阳县市场监督管理局2022年"


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


def _ask(wild, q, own=None, previous=None):
    asker, ids = wild
    return asker.ask(q, report_id=ids[own] if own is not None else None, previous=previous)


@pytest.mark.parametrize(
    ("q", "own"),
    [
        (XZ + "一共接到了多少个一申请", None),
        (XZ + "收了多少个一申请", None),
        (XZ + "接了几个一申请", None),
    ],
)
def test_on_request_heard_as_yi(wild, q, own):
    """「收了多少个一申请」 (依申请 as the recogniser writes it, counted by 个): 本年新收 871 (was refused)."""
    ans = _ask(wild, q, own)
    assert ans.value == 871, ans.answer


def test_on_request_heard_as_yi_in_a_chat(wild):
    """A chat over 「一申请」: every turn answered (the first was refused, and so every turn after it)."""
    first = "寿阳县市场监督管理局2022年收了几个一申请"
    ans = _ask(wild, first)
    assert ans.value == 39, ans.answer
    ans = _ask(wild, "那嘉兴市秀洲区财政局2020年的呢", previous=[ans.read_as or first])
    assert ans.value == 871, ans.answer


@pytest.mark.parametrize(
    ("q", "own", "value"),
    [
        (XZ + "一共半结了几件申请", None, 817),
        ("这一年半结的申请总共多少", 0, 817),
        (XZ + "申请半结了几件", None, 817),
    ],
)
def test_done_heard_as_ban_jie(wild, q, own, value):
    """「半结」 (办结 as the recogniser writes it): 办理结果总计 (was 本年新收's figure — silently wrong)."""
    ans = _ask(wild, q, own)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize(
    ("q", "own", "want"),
    [
        (XZ + "与以公开的是多少 部分公开的多少", None, (272, 10)),
        ("本局行政附议有几件 直接打官司的诉讼有几件", 0, (8, 12)),
        (XZ + "与以公开的有几件 部分公凯的有几件", None, (272, 10)),
        (XZ + "行政附议有几件 行政诉松有几件", None, (8, 12)),
        (SY + "行政附议几件 诉松几件", None, (11, 10)),
    ],
)
def test_two_questions_in_one_breath(wild, q, own, want):
    """Two figures asked in one breath, a term of each heard as a homophone: both answered, each with its figure
    (the first was answered and the second deferred, or the second alone)."""
    ans = _ask(wild, q, own)
    text = ans.answer
    for v in want:
        assert f"{v}件" in text or f"：{v}" in text, text
    assert "请单独提问" not in text, text


@pytest.mark.parametrize(
    ("q", "own", "value"),
    [
        ("那这份报告 嗯 无法提供的有多少个", 0, 340),
        ("这个报告 呃 无法提供的一共有多少个", 1, 17),
        ("这份年报无法提供的有多少个啊", 0, 340),
    ],
)
def test_how_many_cannot_be_provided_of_the_chosen_report(wild, q, own, value):
    """「无法提供的有多少个」 with a report chosen: the report's 无法提供 cells, never a count of bodies."""
    ans = _ask(wild, q, own)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "海扣市龙华区住房和城乡建设局2024年办结了多少件",
        "海寇市龙华区住房和城乡建设局2024年一共办结几件申请",
        "海抠市龙华区住房和城乡建设局2024年办理结果总计是多少",
    ],
)
def test_place_heard_as_homophone(wild, q):
    """A place heard as a homophone of the one division it sounds like (海口市): its body's figure, 办结 30 (was
    refused: 「没有找到「海扣市龙华区住房和城乡建设局」的报告」)."""
    ans = _ask(wild, q)
    assert ans.value == 30, ans.answer


@pytest.mark.parametrize("q", ["嗯 那前后差了多少 多了还是少了", "那前后相差几件", "前后变化了多少"])
def test_before_and_after_in_a_chat(wild, q):
    """「那前后差了多少」 after one body's figure in two years (两年 not said): the later less the earlier, 30 − 77."""
    history = []
    for turn in ("海口市龙华区住房和城乡建设局2022年收了多少个一申请", "那2024年呢"):
        ans = _ask(wild, turn, previous=list(history) or None)
        history.append(ans.read_as or turn)
    ans = _ask(wild, q, previous=history)
    assert ans.value == -47, ans.answer
