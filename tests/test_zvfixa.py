"""zvfixa: the tables' rows and columns said in lay words nobody tuned on, read by the one vocabulary
(`extractor.tablespec`'s row and column words) — wordings of our own, not the bank's.

- 本机关不掌握 said as the body holding none of it (「我们这儿压根没有这材料」「那边根本没这个文件的」), never a
  主动公开 count of 信息 (条); 予以公开 as whatever was asked given (「要啥给啥」「全给了」); 部分公开 as 「部分给」.
- 结转下年度 as pushed to next year (「推到来年」「挪到明年」); 重复申请 as one matter asked again (「同一个问题
  申请了好几回」); 过程性 as a draft under discussion; 第三方权益 as another person's rights.
- 自然人 as 「以私人名义」; 商业企业 as 「做买卖的」「商家」; 法律服务机构 as 「法律咨询公司」.
- 行政复议 as 「告到上级」 (never a lawsuit); 复议's 维持 as 「复议以后维持」; lawsuits as 「吃官司」; 办理结果总计 as
  「办好了的」."""

import pytest

from rag import intent


def cells(q: str) -> set[tuple[str, str, str]]:
    return {(c.table, c.row, c.col or "tot") for c in intent.table_measures(q)}


@pytest.mark.parametrize(
    "q, want",
    [
        # 本机关不掌握
        ("2023年我们这儿压根没有这材料的有几件", ("t3", "r4_1", "tot")),
        ("2023年那边根本没这个文件的多少件", ("t3", "r4_1", "tot")),
        ("今年手上并没有相关资料的有几件", ("t3", "r4_1", "tot")),
        ("2022年他们那儿没有这些记录的申请有多少", ("t3", "r4_1", "tot")),
        ("去年机关本来就没有这份档案的有几件", ("t3", "r4_1", "tot")),
        ("2021年说单位根本没有这种东西的有多少件", ("t3", "r4_1", "tot")),
        ("2023年答复称并无该文件的有几件", ("t3", "r4_1", "tot")),
        ("2022年回应说确实没有相关资料的多少件", ("t3", "r4_1", "tot")),
        # 予以公开
        ("2023年要啥给啥的申请有几件", ("t3", "r1", "tot")),
        ("2022年申请的东西全给齐了的有多少", ("t3", "r1", "tot")),
        ("今年一样不少都给了的有几件", ("t3", "r1", "tot")),
        ("2023年要哪些就给哪些的申请多少件", ("t3", "r1", "tot")),
        # 部分公开
        ("2023年部分给了的有几件", ("t3", "r2", "tot")),
        ("2022年只给了一半的申请有多少", ("t3", "r2", "tot")),
        # 结转下年度
        ("2023年推到来年的申请有几件", ("t3", "carry_out", "tot")),
        ("2022年挪到明年再办的有多少件", ("t3", "carry_out", "tot")),
        ("今年顺延到下一年的申请几件", ("t3", "carry_out", "tot")),
        ("2023年甩到第二年去办的有多少", ("t3", "carry_out", "tot")),
        # 重复申请
        ("2023年同一个问题申请了好几回的有几件", ("t3", "r5_2", "tot")),
        ("2022年同样的内容又来申请的多少件", ("t3", "r5_2", "tot")),
        ("今年一件事情一再来要的有几件", ("t3", "r5_2", "tot")),
        # 过程性信息
        ("2023年因为是征求意见稿没给的有几件", ("t3", "r3_6", "tot")),
        ("2022年说还在研究讨论阶段不给的有多少", ("t3", "r3_6", "tot")),
        ("今年讨论稿不公开的几件", ("t3", "r3_6", "tot")),
        # 第三方合法权益
        ("2023年怕侵犯别人隐私不给的有几件", ("t3", "r3_4", "tot")),
        ("2022年因为涉及其他人的利益没公开的有多少", ("t3", "r3_4", "tot")),
        # 办理结果总计
        ("2023年办好了的申请一共多少件", ("t3", "r7", "tot")),
        ("今年全年办完了的有几件", ("t3", "r7", "tot")),
        # applicants
        ("2023年以私人名义提的申请有几件", ("t3", "new", "np")),
        ("2022年用自己的身份来申请的多少件", ("t3", "new", "np")),
        ("2023年做买卖的递了多少申请", ("t3", "new", "biz")),
        ("2022年商家来申请的有几件", ("t3", "new", "biz")),
        ("今年厂家提的申请多少件", ("t3", "new", "biz")),
        ("2023年经营主体提出的申请有多少", ("t3", "new", "biz")),
        ("2023年法律咨询公司来申请的有几件", ("t3", "new", "law")),
        ("2022年公证处提的申请几件", ("t3", "new", "law")),
        # 表四
        ("2023年被人告到上级的有几件", ("t4", "rv", "tot")),
        ("2022年有人向上级机关申请复议的有多少", ("t4", "rv", "tot")),
        ("2023年复议以后维持的几件", ("t4", "rv", "keep")),
        ("2022年复议之后被纠正的有多少件", ("t4", "rv", "fix")),
        ("2023年吃了几场官司", ("t4", "lit", "tot")),
        ("2022年上法庭的有多少件", ("t4", "lit", "tot")),
    ],
)
def test_lay_words_read_the_cell(q, want):
    assert want in cells(q), (q, cells(q))


@pytest.mark.parametrize(
    "q",
    [
        "2023年他们那里没有这个信息的有几件",
        "2023年手里根本没这份东西的有多少",
    ],
)
def test_no_such_information_is_never_the_published_count(q):
    """「没有这个信息」 is 本机关不掌握, never 主动公开's 信息 (条)."""
    got = cells(q)
    assert ("t3", "r4_1", "tot") in got, got
    assert all(t == "t3" and r == "r4_1" for t, r, _ in got), got


@pytest.mark.parametrize("q", ["2023年告到上级的行政复议有几件", "2022年被告到上级搞复议的多少件"])
def test_told_on_to_the_level_above_is_a_review_not_a_lawsuit(q):
    got = cells(q)
    assert ("t4", "rv", "tot") in got, got
    assert not any(r in ("lit", "ld", "lr") for _, r, _ in got), got


@pytest.mark.parametrize(
    "q, not_row",
    [
        ("2023年没办完的申请有几件", "r7"),  # still open at the year's end, never finished
        ("2023年全部没给的有几件", "r1"),  # nothing given, never 予以公开
        ("2023年申请了好几遍都给公开的有几件", "r5_2"),  # asked again and given: no turned-away repeat
        ("2023年报告里说没有这个信息吗", "r4_1"),  # the report's own silence, never the body's reply
        ("哪些单位没有信息公开申请", "r4_1"),  # no applications at all
    ],
)
def test_lay_words_do_not_overreach(q, not_row):
    assert not any(r == not_row for _, r, _ in cells(q)), cells(q)


@pytest.mark.parametrize(
    "q",
    [
        "哪家吃的官司一共（直接告的加复议后告的）最多",
        "2023年打的官司加起来（直接起诉和复议后起诉）有几件",
        "2022年行政诉讼总共（直接起诉+复议后起诉）多少件",
    ],
)
def test_lawsuits_with_both_kinds_in_a_note_are_the_lawsuits(q):
    """A word of the whole (「一共」「加起来」) between the lawsuits and a note naming both kinds: the lawsuits as a
    whole are asked (a rank over them, never over the first kind alone)."""
    assert cells(q) == {("t4", "lit", "tot")}, cells(q)
