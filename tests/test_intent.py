"""The rules router, question by question, with no store: each test is an intent family in
phrasings written for it (not the question bank's), asserting the typed Question it becomes."""

import pytest

from rag.intent import parse
from rag.question import CellMeasure, FindingMeasure, MetricMeasure, Question, SectionMeasure


def cell(q: str) -> tuple[str, str, str] | None:
    c = parse(q).cells
    return (c[0].table, c[0].row, c[0].col) if c else None


@pytest.mark.parametrize(
    "q,want",
    [
        # the asked cell, not a neighbour: sub-items, groups and columns kept apart
        ("行政复议结果维持多少件？", ("t4", "rv", "keep")),
        ("被申请行政复议后维持原决定的有几件", ("t4", "rv", "keep")),
        ("未经复议直接起诉总计多少件", ("t4", "ld", "tot")),
        ("复议后又起诉的案件有多少", ("t4", "lr", "tot")),
        ("行政诉讼中被纠错的有几件", ("t4", "lit", "fix")),
        ("打了几场信息公开官司", ("t4", "lit", "tot")),
        ("同意公开答复多少件", ("t3", "r1", "tot")),
        ("全部公开的有多少", ("t3", "r1", "tot")),
        ("区分处理、部分公开的多少件", ("t3", "r2", "tot")),
        ("无法提供的申请一共多少件", ("t3", "r4", "tot")),
        ("不予处理中信访举报类申请有几件", ("t3", "r5_1", "tot")),
        ("自然人申请中因本机关不掌握而无法提供的有多少", ("t3", "r4_1", "np")),
        ("商业企业提了多少件申请", ("t3", "new", "biz")),
        ("结转到下一年度继续办理的有多少件", ("t3", "carry_out", "tot")),
        ("上年度结转过来的申请有几件", ("t3", "carry_in", "tot")),
        ("因逾期不补正不再处理的有多少", ("t3", "r6_1", "tot")),
        ("其他处理的申请多少件", ("t3", "r6", "tot")),
        ("属于过程性信息不予公开的有几件", ("t3", "r3_6", "tot")),
        ("全年办结了多少件申请", ("t3", "r7", "tot")),
        ("现行有效的规章有多少件", ("t2", "reg", "valid")),
        ("本年废止了几件行政规范性文件", ("t2", "norm", "repealed")),
        ("行政事业性收费金额是多少", ("t2", "fee", "amount_wan")),
        ("作出行政处罚决定多少件", ("t2", "penalty", "decisions")),
        ("依申请公开答复了多少件", ("t3", "r7", "tot")),  # 答复 is the results, not the applications received
        ("不予公开的有多少件？其中国家秘密的几件", ("t3", "r3", "tot")),  # the first clause is the headline
        ("法人或其他组织提出的申请有多少", ("t3", "new", "sub")),
        ("有几个律师事务所来申请信息公开", ("t3", "new", "law")),
        ("一共有多少申请没办完转到下一年", ("t3", "carry_out", "tot")),
        ("结转下年度的申请有几件", ("t3", "carry_out", "tot")),
    ],
)
def test_table_cell_family(q, want):
    assert cell(q) == want


@pytest.mark.parametrize(
    "q",
    [
        "市长信箱收到多少封信？",  # letters to the mayor are not applications
        "全年发布信息多少条？",  # a count of posts, not of applications
        "申请人的年龄分布如何？",
        "通过网络提交的申请有多少件？",  # a channel: the tables do not split by channel
        "信息公开工作经费预算多少万元？",
        "工作人员有几个人？",
        "政府网站访问量多少人次？",
    ],
)
def test_not_a_table_question(q):
    assert parse(q).cells == []


@pytest.mark.parametrize(
    "q,op",
    [
        ("平潭的申请数量逐年怎么变化？", "trend"),
        ("历年收到的申请数量", "trend"),
        ("2022年和2021年相比申请数量变化？", "change"),
        ("2022年比2021年多收了多少件申请", "change"),
        ("2019到2022年哪一年新收申请最多？", "rank"),
        ("哪个机关的行政复议最少", "rank"),
        ("2019到2022年一共收到多少件申请？", "sum"),
        ("予以公开的申请占比多少", "share"),
        ("哪些单位的表四勾稽关系有错误？", "which_reports"),
        ("哪几年收到的申请超过50件？", "which_reports"),
        ("表三勾稽关系成立吗？", "explain"),
        ("正文说收到申请75件，与表三相符吗", "explain"),
        ("存在哪些主要问题？", "list"),
        ("下一步有哪些改进措施？", "list"),
        ("主动公开的各类信息条数加起来等于2599条吗？", "sum"),
        ("政务新媒体建设情况如何？", "describe"),
        ("四年来收到申请总数是多少", "sum"),
        ("予以公开和部分公开一共多少件", "sum"),
        ("表格数据有没有错误", "explain"),
        ("表三有空白吗", "explain"),
        ("这份年报是什么格式", "explain"),
    ],
)
def test_operation_family(q, op):
    assert parse(q).operation == op


def test_measures_carry_their_kind():
    q = parse("“冀教新视界”视频号粉丝量达到多少？")
    m = q.first(MetricMeasure)
    assert isinstance(m, MetricMeasure) and m.focus == "粉丝量"
    assert isinstance(parse("哪些报告的表三总计栏是空白的？").first(FindingMeasure), FindingMeasure)
    assert isinstance(parse("存在的不足有哪些").first(SectionMeasure), SectionMeasure)
    assert parse("群众等候时间缩短到多少分钟").first(MetricMeasure).target  # type: ignore[union-attr]


def test_years_and_latest():
    assert parse("2019到2021年的申请").scope.years == [2019, 2020, 2021]
    assert parse("2022年和2021年相比").scope.years == [2021, 2022]
    assert parse("今年收到多少申请").scope.latest
    assert not parse("本年新收多少申请").scope.latest  # 「本年新收」 is a row, not a year
    assert parse("2022年比上一年多收了多少件申请").scope.years == [2021, 2022]
    assert parse("2022年收到的申请同比增长多少").scope.years == [2021, 2022]
    assert parse("2021年上年结转多少件").scope.years == [2021]  # 「上年结转」 is a row


def test_question_is_validated_against_the_vocabulary():
    with pytest.raises(ValueError):
        CellMeasure(table="t3", row="r9", col="tot")
    with pytest.raises(ValueError):
        CellMeasure(table="t4", row="rv", col="np")
    q = Question.model_validate(
        {"text": "x", "operation": "value", "measures": [{"kind": "cell", "table": "t3", "row": "r4", "col": "np"}]}
    )
    assert q.cells[0].label == "无法提供（自然人）"
    with pytest.raises(ValueError):
        Question.model_validate({"text": "x", "operation": "drop table"})


def test_years_written_every_way():
    from rag.intent import years_in

    assert years_in("二〇一九年度的申请") == [2019]
    assert years_in("二零二一年到二〇二二年的变化") == [2021, 2022]
    assert years_in("22年行政许可决定是21年的几倍") == [2021, 2022]
    assert years_in("网站19到21年每年发的信息数") == [2019, 2020, 2021]
    assert years_in("2021新收申请多少") == [2021]
    assert years_in("共公布2599条信息") == [] and years_in("12345热线") == []


def test_relative_years_of_the_report_being_read():
    from rag.intent import relative_years

    assert relative_years("去年新收了多少件申请？", 2022) == [2021]
    assert relative_years("跟去年比，今年的复议多了还是少了？", 2022) == [2021, 2022]
    assert relative_years("和2019年比增加了多少？", 2021) == [2019, 2021]
    assert relative_years("这几年的申请数量怎么变化？", 2022) is None
    assert relative_years("上年结转多少件？", 2022) == [2022]  # a row, not last year
    assert relative_years("收到多少件申请？", 2022) == [2022]


def test_relative_years_do_not_read_rows_or_verbs_as_comparisons():
    from rag.intent import relative_years

    assert relative_years("去年同意公开了多少件？", 2022) == [2021]
    assert relative_years("比去年多收到几件申请？", 2023) == [2022, 2023]
    assert relative_years("和上一份年报（2021年）比，新收申请减少了多少件？", 2023) == [2021, 2023]
