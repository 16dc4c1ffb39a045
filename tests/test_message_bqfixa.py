"""The message's form (blindq's misses, branch bqfixa): a check word before a plain figure asks the figure, not the
table's consistency; a hotline's relay (「有人打电话问」「来电人想知道」「喂 」) asks nothing. Before: 「核对一下：X部分
公开多少件」 was answered with a consistency verdict, 「有人打电话问X…几件」 refused, and 「来电人想知道X不予处理的申请多少件」
answered with the prose's total of applications (silently wrong)."""

import pytest

from rag.message import asked, check_word_dropped, relayed


@pytest.mark.parametrize(
    "q, want",
    [
        ("核对一下：X局2024年部分公开多少件", "X局2024年部分公开多少件"),
        ("帮我核实一下，X局2024年收费金额是多少", "X局2024年收费金额是多少"),
        ("就是 核对一下 X局2024年不予公开一共多少件 啊", "X局2024年不予公开一共多少件 啊"),
        ("核對一下：X局2024年部分公開的申請有幾件", "X局2024年部分公開的申請有幾件"),
        # agreement or adding up is asked: the consistency question stays as written
        ("核对一下：X局2024年的表三对不对", "核对一下：X局2024年的表三对不对"),
        ("核对一下X局2024年新收加上年结转是不是等于总计", "核对一下X局2024年新收加上年结转是不是等于总计"),
        ("核对一下：X局2024年新收多少件，和正文一致吗", "核对一下：X局2024年新收多少件，和正文一致吗"),
        ("核对一下：X局2024年的数据有没有问题", "核对一下：X局2024年的数据有没有问题"),
        ("核对一下X局2024年的年报", "核对一下X局2024年的年报"),  # no figure asked
    ],
)
def test_a_check_word_before_a_plain_figure_asks_the_figure(q, want):
    assert check_word_dropped(q) == want


@pytest.mark.parametrize(
    "q, want",
    [
        ("有人打电话问X局2025年的年报里有几件", "X局2025年的年报里有几件"),
        ("来电人想知道X局2022年不予处理的申请多少件。", "X局2022年不予处理的申请多少件。"),
        ("喂 来电人想知道X局2025年结转几件 啊", "X局2025年结转几件 啊"),
        ("有人打电话問X局23年不予公開的申請有幾件?", "X局23年不予公開的申請有幾件?"),
        ("刚才有个人打来电话问，X局2022年公开几件", "X局2022年公开几件"),
        ("来电的市民想了解X局2022年新收几件", "X局2022年新收几件"),
        ("个人申请X局2022年有几件", "个人申请X局2022年有几件"),  # 个人 is the applicant column, nobody relaying
        ("人民政府2022年新收几件", "人民政府2022年新收几件"),
    ],
)
def test_a_hotlines_relay_is_no_part_of_the_ask(q, want):
    assert relayed(q) == want


def test_a_relayed_check_asks_the_figure():
    assert asked("有人来电问：核对一下X局2022年予以公开几件") == "X局2022年予以公开几件"


@pytest.mark.parametrize(
    "q, value",
    [
        ("核对一下：平潭综合实验区2021年部分公开多少件", 5),
        ("帮我核实一下，平潭综合实验区2021年行政复议几件", 3),
        ("就是 核对一下 平潭综合实验区2021年的年报里不予公开一共多少件 啊", 8),
        ("有人打电话问平潭综合实验区2021年的年报里结转下年度继续办理的有几件", 1),
        ("喂 来电人想知道平潭综合实验区2021年全部公开了几件 啊", 30),
        ("来电人想知道平潭综合实验区2021年同意公开的申请多少件", 30),
        ("有人打电话問平潭综合实验区2021年不予公開的申請有幾件?", 8),
        ("有人打电话问平潭综合实验区2021年的年报里不予公开合计", 8),
    ],
)
def test_the_figure_asked_is_answered(corpus_asker, q, value):
    ans = corpus_asker.ask(q)
    assert ans.value == value, ans.answer


def test_a_check_word_before_what_no_report_says_is_refused_not_checked(corpus_asker):
    ans = corpus_asker.ask("核对一下：平潭综合实验区2021年政府集中采购金额是多少？")
    assert ans.value is None, ans.answer
    assert not ans.answer.startswith(("一致", "不一致")), ans.answer


def test_a_consistency_question_after_a_check_word_is_still_checked(corpus_asker):
    ans = corpus_asker.ask("核对一下：平潭综合实验区2021年的表三加起来对不对")
    assert ans.answer.startswith(("一致", "不一致", "能核对", "无法")), ans.answer
