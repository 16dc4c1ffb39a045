"""zgfixa: a cell said in the user's own words, and a follow-up that drops the subject — 「部分给公开的」
(部分公开, never 予以公开), 「直接不处里的」 (不予处理, typed 处里), 「被申请公开信息的」 (本年新收), 「从上一年剩下来
接着办的」 (上年结转), 「拒绝的呢」「被拒的呢」 after a turn on one report (不予公开), 「被纠正的有几件」 after a turn on
行政复议 (复议's 纠正), and the IME slips a reader understands at once (申情 → 申请, 公凯 → 公开, 复义 → 复议 …, one
table in `intent.canonical`). Asked of a small store of wild reports, in phrasings of our own (not the bank's)."""

import pytest

from rag import slips
from wildstore import extracted

REPORTS = (
    # 秀洲区财政局 2020: 新收871 上年结转18 予以公开272 部分公开10 不予公开 14+2+5+4+12=37 不予处理 149+9=158
    # 办理结果总计817; 表四 行政复议8 (维持6 纠正0)
    "r19-xiuzhou-czj-wordrtf-2020.rtf",
    # 寿阳县市场监督管理局 2022: 新收39 部分公开4 不予公开4 不予处理14; 行政复议11 (维持10 纠正1)
    "d22-shouyang-scjgj-abbr-dash-2022.docx",
    # 鄯善县七克台镇人民政府 2022: 新收9 (自然人4 商业企业5) 不予处理 1+4=5
    "h22-qiketai-zhen-bosi-slash-2022.html",
)
XZ = "嘉兴市秀洲区财政局2020年"
SY = "寿阳县市场监督管理局2022年"


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


def _value(wild, q, own=None, previous=None):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[own] if own is not None else None, previous=previous)
    return ans.value, ans.answer


@pytest.mark.parametrize(
    ("q", "own"),
    [
        (XZ + "部分给公开了的申请有几件", None),
        (XZ + "部分给予公开的有多少件", None),
        ("我们局那年部分给公开的是多少件", 0),
        ("本单位部分给了公开的申请一共几件？", 0),
    ],
)
def test_granted_in_part_with_the_verb_give(wild, q, own):
    """「部分给公开的」: 部分公开 10 (was 予以公开's 272 — silently wrong)."""
    v, a = _value(wild, q, own)
    assert v == 10, a


@pytest.mark.parametrize(
    "q",
    [
        "本镇不处里的申请一共几件",
        "我们镇那年直接就不处里的申请多少件",
        "我们镇不处里了几件申请",
    ],
)
def test_not_dealt_with_typed_as_chu_li(wild, q):
    """「不处里的」 (处里 typed for 处理) of the chosen report: 不予处理 1+4 (was 本年新收's 9 — silently wrong)."""
    v, a = _value(wild, q, 2)
    assert v == 5, a


@pytest.mark.parametrize(
    ("q", "own"),
    [
        (XZ + "被人申请公开信息的一共多少件", None),
        (XZ + "被群众申请公开政府信息的有几件？", None),
        ("我们局这一年被申请公开信息的总共几件", 0),
        ("本单位当年被申请信息公开的有多少", 0),
    ],
)
def test_applications_received_said_in_the_passive(wild, q, own):
    """「被申请公开信息的」: the applications received, 本年新收 871 (was refused)."""
    v, a = _value(wild, q, own)
    assert v == 871, a


@pytest.mark.parametrize(
    ("q", "own"),
    [
        (XZ + "上一年剩下来今年接着办的申请有多少件", None),
        (XZ + "去年剩下的、今年接着办理的申请几件？", None),
        ("我们局从前一年剩下来继续办的申请一共几件", 0),
        ("本单位从上年剩下来接着办的申情有几件", 0),
    ],
)
def test_carried_in_said_as_left_over_from_last_year(wild, q, own):
    """「从上一年剩下来接着办的」: 上年结转 18 (was refused)."""
    v, a = _value(wild, q, own)
    assert v == 18, a


@pytest.mark.parametrize(
    ("q", "previous", "own"),
    [
        ("那上一年剩下来的呢", "我们局今年收了几件申请", 0),
        ("前一年剩下来接着办的呢", "我们单位这一年新收多少件？", 0),
        ("从上一年剩下来接着办的呢", XZ + "一共收到多少件政府信息公开申请？", None),
    ],
)
def test_carried_in_asked_as_a_follow_up(wild, q, previous, own):
    """「上一年剩下来的呢」 after a turn on the applications received: 上年结转 18 (the year was shifted to 2019 and
    refused; 「…接着办的呢」 was read as a body's name, 办, and answered 上年结转 + 新收 889)."""
    v, a = _value(wild, q, own, previous)
    assert v == 18, a


@pytest.mark.parametrize("q", ["拒绝的呢？", "被拒的呢", "被拒了几件？", "那拒绝的呢"])
@pytest.mark.parametrize(
    ("previous", "own", "expected"),
    [
        (XZ + "一共收到多少件政府信息公开申请？", None, 37),
        ("我们单位今年收了几件申请？", 0, 37),
        (SY + "被申请公开信息的有几件", None, 4),
    ],
)
def test_refused_asked_as_a_follow_up(wild, q, previous, own, expected):
    """「拒绝的呢」 after a turn on one report's applications: its 不予公开 group (was refused, read as
    「拒绝信息有多少」)."""
    v, a = _value(wild, q, own, previous)
    assert v == expected, a


@pytest.mark.parametrize("q", ["被纠正的有几件？", "纠正了几件呢", "被撤销的有几件"])
@pytest.mark.parametrize(
    ("previous", "own", "expected"),
    [
        (SY + "因信息公开被申请行政复议的一共几件？", None, 1),
        ("我们局今年信息公开方面的行政复议有几起", 0, 0),
    ],
)
def test_corrected_asked_after_a_review_turn(wild, q, previous, own, expected):
    """「被纠正的有几件」 after a turn on 行政复议: the review's 纠正 column (was refused)."""
    v, a = _value(wild, q, own, previous)
    assert v == expected, a


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("收到的申情有几件", "收到的申请有几件"),
        ("申清数量是多少", "申请数量是多少"),
        ("予以公凯的多少件", "予以公开的多少件"),
        ("行政复义几件", "行政复议几件"),
        ("行政诉松有几起", "行政诉讼有几起"),
        ("不予处里的有几件", "不予处理的有几件"),
        ("其他处里多少件", "其他处理多少件"),
    ],
)
def test_slips_table(typed, meant):
    assert slips.mended(typed) == meant


@pytest.mark.parametrize(
    "right",
    [
        "我们处里今年收了几件申请",  # 处里: the division, said right
        "申请人清楚的有几件",
        "公开栏目有几个",
        "复议后起诉的有几件",
        "行政诉讼有几起",
        "处理结果总计多少",
        "申请清单",
    ],
)
def test_slips_table_changes_no_right_word(right):
    assert slips.mended(right) == right
