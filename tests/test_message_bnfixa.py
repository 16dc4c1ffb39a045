"""The message's form around the ask (blindn's misses, branch bnfixa). A lead-in clause ended by a stop, or by the
verb that hands a question over (问 / 想知道 / 咨询) or sets a check (核对 / 核实), is context when the readers of
bodies, years, measures and operations find nothing in it and what follows is a full question — whatever its words
(「打分核对：」「代理案件需要：」「quick question，」「有人在热线上问」「市民打12345问」 were each a new spelling). Before:
a check lead-in gave a consistency verdict of the whole table (even for a question no report answers), a relayed
question was refused, and 「我们今年老百姓个人申请公开的有几件」 (asked while reading the report) was refused."""

import pytest

from rag import intent
from rag.ask import simplified
from rag.message import asked

BODY = "安康市人民政府办公室2022年"


@pytest.mark.parametrize(
    "head",
    [
        "写材料要用：",
        "上级部门催着要，",
        "整理台账用：",
        "顺便问一句：",
        "for my thesis，",
        "接着上面的问，",
        "换个单位再问，",
        "年终评审用：",
        "有位大爷在窗口问",
        "网格员在群里问",
        "一位老人打热线想知道",
        "有家律所发函询问",
        "政务服务窗口有群众咨询",
        "有位記者在微信上問",
        "12345那边转来一个问题：",
        "一个大学生发邮件问",
        "自查数据核一下：",
        "年终考核核实",
        "填报表时核对",
        "数据复核：",
    ],
)
def test_a_lead_in_that_names_nothing_is_context(head):
    q = f"{BODY}予以公开的申请有多少件"
    assert asked(head + q) == q


@pytest.mark.parametrize(
    "q",
    [
        "平潭，2021年新收多少件",  # the head names the body
        "对比一下，安康市人民政府办公室和淮安市洪泽区人民政府2022年新收多少件",  # an operation
        "加起来，安康市人民政府办公室2022年和2023年新收多少件",
        "不要总数，安康市人民政府办公室2022年自然人申请多少件",  # a measure
        "2022年，安康市人民政府办公室新收多少件",  # a year
        "新收申请，安康市人民政府办公室2022年有多少件",
        "各单位，安康市人民政府办公室2022年新收多少件",
        "有人问，新收多少件",  # what follows names no body or year: not a full question
        "核对一下：安康市人民政府办公室2022年的表三对不对",  # agreement asked: the consistency question stays
        "做年报核对：安康市人民政府办公室2022年新收加上年结转是不是等于总计",
        "核对一下：安康市人民政府办公室2022年的年报",  # no figure asked: the check is the question
        "按正文的说法，安康市人民政府办公室2022年收到多少件申请",  # where the figure is read
        "以表格为准，安康市人民政府办公室2022年收到多少件申请",
        "表二里，安康市人民政府办公室2022年新制发规范性文件多少件",
        "收费这块，安康市人民政府办公室2022年收过费没有",  # a topic set before the question
        "复议方面，安康市人民政府办公室2022年有几件",
        "自然人的，安康市人民政府办公室2022年有几件",  # a column named
    ],
)
def test_a_head_that_names_or_asks_something_stays(q):
    assert intent.canonical(asked(q)).startswith(intent.canonical(q)[:4])


@pytest.mark.parametrize(
    "q, cells",
    [
        ("打分用的核对：安康市人民政府办公室2022年自然人提出的申请多少件。", [("t3", "new", "np")]),
        ("就是年终核对安康市人民政府办公室2022年度同意公开了多少件申请呢", [("t3", "r1", "tot")]),
        ("案件需要：安康市人民政府办公室二〇二二年部分公开几件。", [("t3", "r2", "tot")]),
        ("有个企业在热线上问安康市人民政府办公室2022年度信访举报投诉类申请不予处理的有几件?", [("t3", "r5_1", "tot")]),
    ],
)
def test_the_figure_is_read_without_the_lead_in(q, cells):
    question = intent.parse(simplified(q))
    assert question.operation != "explain"
    assert [(c.table, c.row, c.col) for c in question.cells] == cells


def test_a_check_lead_in_before_what_no_report_says_is_no_consistency_question():
    q = "评审核对：安康市人民政府办公室2022年有多少件申请是关于房屋征收的？"
    assert intent.parse(simplified(q)).operation != "explain"
    assert (
        intent.parse(simplified("嗯做评估核对安康市人民政府办公室二〇二二年信息公开专职人员数啊")).operation
        != "explain"
    )


@pytest.mark.parametrize(
    "q, want",
    [
        ("我们今年老百姓个人申请公开的有几件？", [("t3", "new", "np")]),
        ("我局今年老百姓个人申请公开的有几件？", [("t3", "new", "np")]),
        ("咱们单位本年度予以公开的有几件", [("t3", "r1", "tot")]),
        ("本机关这一年部分公开多少件", [("t3", "r2", "tot")]),
    ],
)
def test_the_report_read_named_by_its_reader_is_no_word_of_the_measure(q, want):
    assert [(c.table, c.row, c.col) for c in intent.parse(simplified(q)).cells] == want


def test_we_set_against_another_body_stays():
    assert asked("我们和洪泽区比，2022年新收多少件") == "我们和洪泽区比，2022年新收多少件"


@pytest.mark.parametrize(
    "q, want",
    [
        ("请问道里区民政局2019年还有多少件转到下一年办?", "请问道里区民政局2019年还有多少件转到下一年办?"),
        ("有人问道里区民政局2019年还有多少件转到下一年办?", "道里区民政局2019年还有多少件转到下一年办?"),
        ("quick question，2022年安康市人民政府办公室新收多少", "2022年安康市人民政府办公室新收多少"),
    ],
)
def test_the_cut_never_falls_inside_a_body_name(q, want):
    assert asked(q) == want
