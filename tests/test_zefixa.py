"""zefixa: the everyday names users give a table cell — 「全部给公开的」 (予以公开), 「只给了一部分的」 (部分公开),
「因为没有信息而无法提供的」 (the whole 无法提供 group), 「律师事务所这类法律服务机构」 and the other applicant columns
said by example, 「先复议、复议完又去打官司的」 (复议后起诉 only), 「重复来申请的」 (重复申请), 「行政许可决定数」
(table 二's decisions column, never 办理结果总计). Asked of a small store of wild reports, in phrasings of our own
(not the bank's)."""

import pytest

from wildstore import extracted

REPORTS = (
    # 秀洲区财政局 2020: 新收871 自然人828 商业企业40 法律服务机构2 予以公开272 部分公开10 不掌握268 另行制作47
    # 补正不明确25 重复申请9 总计817; 表二 行政许可决定265 行政处罚决定98
    "r19-xiuzhou-czj-wordrtf-2020.rtf",
    # 寿阳县市场监督管理局 2022: 行政复议11 直接起诉3 复议后起诉7
    "d22-shouyang-scjgj-abbr-dash-2022.docx",
)
XZ = "嘉兴市秀洲区财政局2020年"
SY = "寿阳县市场监督管理局2022年"


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)[0]


def _value(wild, q):
    ans = wild.ask(q)
    return ans.value, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        XZ + "全部给公开的申请数是多少",
        XZ + "全给公开了的申请有几件",
        XZ + "申请人要的信息都给公开了的有多少件",
        XZ + "全部都给了公开的申请几件",
    ],
)
def test_granted_in_full_said_plainly(wild, q):
    """「全部给公开的」: 予以公开 (was read as 本年新收, 871)."""
    v, a = _value(wild, q)
    assert v == 272, a


@pytest.mark.parametrize(
    "q",
    [
        XZ + "只给了一部分的申请有几件",
        XZ + "只给了部分信息的申请有多少",
        XZ + "给了一部分、没全给的申请是多少件",
    ],
)
def test_granted_in_part_said_plainly(wild, q):
    """「只给了一部分的」: 部分公开 (was refused)."""
    v, a = _value(wild, q)
    assert v == 10, a


@pytest.mark.parametrize(
    "q",
    [
        XZ + "因为没有信息而无法提供的申请有几件",
        XZ + "因为没有相关信息而没法提供的有几件",
        XZ + "由于信息不存在等原因没法提供的一共多少件",
    ],
)
def test_could_not_be_given_for_want_of_information_is_the_group(wild, q):
    """「因为没有信息而无法提供的」: the whole 无法提供 group 268+47+25 (was 本机关不掌握 alone, 268)."""
    v, a = _value(wild, q)
    assert v == 340, a


@pytest.mark.parametrize(
    ("q", "want"),
    [
        (XZ + "律师事务所这类法律服务机构申请了几次", 2),
        (XZ + "律所一类的机构申请过几次", 2),
        (XZ + "像律师事务所那样的机构来申请过几次", 2),
        (XZ + "公司企业这一类申请了几次", 40),
        (XZ + "研究所、学校这些科研机构申请了几次", 0),
        (XZ + "协会、基金会这些社会组织申请了多少件", 0),
    ],
)
def test_applicant_columns_said_by_example(wild, q, want):
    """An applicant column named by its examples (「律师事务所这类」): the column's 新收 (was refused)."""
    v, a = _value(wild, q)
    assert v == want, a


@pytest.mark.parametrize(
    "q",
    [
        SY + "先复议、复议完又去打官司的有几件",
        SY + "先走了复议，复议后又去法院起诉的有多少件",
        SY + "申请复议以后又打了官司的案子几件",
    ],
)
def test_lawsuit_after_review_alone(wild, q):
    """「先复议、复议完又去打官司的」: 复议后起诉 alone (7), never 行政复议 11 beside it."""
    v, a = _value(wild, q)
    assert v == 7, a


@pytest.mark.parametrize(
    "q",
    [
        XZ + "重复来申请的有多少件",
        XZ + "同一个人重复来申请的有几件",
        XZ + "又重复来提申请的多少件",
    ],
)
def test_repeated_applications(wild, q):
    """「重复来申请的」: 重复申请 (9), not the applications received nor a sentence's figure."""
    v, a = _value(wild, q)
    assert v == 9, a


@pytest.mark.parametrize(
    ("q", "want"),
    [
        (XZ + "行政许可决定数，合计多少？", 265),
        (XZ + "行政处罚决定数，总计是多少", 98),
        ("嘉兴市秀洲区财政局和寿阳县市场监督管理局的行政许可决定数，合计多少？", 265 + 127),
    ],
)
def test_table_two_decisions_with_a_total_word(wild, q, want):
    """「行政许可决定数，合计多少」: 合计 said of table 二's row named — its decisions (was 办理结果（七）总计)."""
    v, a = _value(wild, q)
    assert v == want, a


@pytest.mark.parametrize(
    "q",
    [
        XZ + "以其他方式处理的申请有几件",
        XZ + "用别的办法处理了的有多少件",
        XZ + "通过其他途径办理的申请几件",
    ],
)
def test_other_handling_said_plainly(wild, q):
    """「以其他方式处理的」: the group 其他处理 (0 in this report; was refused)."""
    v, a = _value(wild, q)
    assert v == 0, a
    assert "其他处理" in a, a


def test_decisions_total_follows_in_a_chat(wild):
    """The chat's follow-up of 「…行政许可决定数，合计多少」 asks the same column of another body."""
    from rag import followup

    history: list[str] = []
    first = XZ + "行政许可决定数，合计多少？"
    followup.keep(history, first, wild.ask(first))
    ans = wild.ask("换成寿阳县市场监督管理局2022年呢？", previous=history)
    assert ans.value == 127, ans.answer
