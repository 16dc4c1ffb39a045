"""Table figures and scope of unseen questions (issue 13, blindx misses; branch askxval): a line of work asked of
the store (「库里的人社部门」「sum一下库里的司法局」「各城管部门」) is every body of that line, never every report nor
「找到多个机关」; a placed department said by its line's short name (「芦淞城管局」 for 城市管理和综合执法局) is that
body; a city's department the store does not hold (「石家庄市卫生健康局」) is refused, never its district's; a
speaker's preamble names no body. Cells said colloquially (老百姓个人, 法人及其他组织, 没法提供, 复议完了又去起诉,
年底结转比年初), two asks joined by a comma, 「vs」「哪个大」「加一块」. Phrasings written for each family, three ways."""

import pytest

from rag.intent import drop_preamble, parse
from tests.reportgen import consistent_values
from tests.text_store import bodies_asker


def cells(q: str) -> list[tuple[str, str, str]]:
    return [(c.table, c.row, c.col) for c in parse(q).cells]


# ---------------------------------------------------------------- cells said colloquially
@pytest.mark.parametrize(
    "q,want",
    [
        # the person asking, said plainly: the 自然人 column, never the total
        ("浦东规划资源局2023年老百姓个人提的申请有多少", [("t3", "new", "np")]),
        ("老百姓提的信息公开申请一共几件", [("t3", "new", "np")]),
        ("个人提交的申请有几件？", [("t3", "new", "np")]),
        # the organisations together: 法人及其他组织, 企业和单位这些法人组织
        ("小店区司法局2019年度法人及其他组织申请", [("t3", "new", "sub")]),
        ("企业和单位这些法人组织提的申请有多少？", [("t3", "new", "sub")]),
        ("法人以及其他组织提出的申请多少件", [("t3", "new", "sub")]),
        ("除了老百姓个人以外的申请有几件", [("t3", "new", "sub")]),
        # 无法提供 said as 没法提供 (the group, not one of its items)
        ("因为没有信息没法提供的有几件", [("t3", "r4", "tot")]),
        ("没办法提供的申请有多少件", [("t3", "r4", "tot")]),
        ("不能提供信息的有几件？", [("t3", "r4", "tot")]),
        # a lawsuit after the review, said as its story
        ("复议完了又去起诉的有几件", [("t4", "lr", "tot")]),
        ("复议结束以后还去法院起诉的多少件", [("t4", "lr", "tot")]),
        ("复议过了又打官司的有几起", [("t4", "lr", "tot")]),
    ],
)
def test_cells_said_colloquially(q, want):
    assert cells(q) == want


@pytest.mark.parametrize(
    "q",
    [
        "南山区政府2024年年底结转的申请比年初结转过来的多了几件",
        "年末结转的比年初结转的相差几件",
        "江西教育厅2022年年底结转的比年初结转过来的多几件",
    ],
)
def test_year_end_against_year_start_is_a_difference(q):
    p = parse(q)
    assert p.operation == "change"
    assert cells(q)[:2] == [("t3", "carry_out", "tot"), ("t3", "carry_in", "tot")]


@pytest.mark.parametrize(
    "q,want",
    [
        ("开福住建局2020年收到了多少件信息公开申请，同意公开的有多少件？", [("t3", "new", "tot"), ("t3", "r1", "tot")]),
        ("老百姓个人提的申请有多少，企业提了多少件申请？", [("t3", "new", "np"), ("t3", "new", "biz")]),
        ("予以公开的有几件，不予公开的有几件", [("t3", "r1", "tot"), ("t3", "r3", "tot")]),
    ],
)
def test_two_asks_joined_by_a_comma_keep_both(q, want):
    assert cells(q) == want


@pytest.mark.parametrize(
    "q",
    [
        "福州鼓楼发改局2020年这份年报里个人申请占多少比例是多少？",
        "个人申请占新收申请的比例是多少",
        "这份年报里自然人提出的占几成",
    ],
)
def test_a_column_share_of_the_applications(q):
    p = parse(q)
    assert p.operation == "share"
    assert ("t3", "new", "np") in cells(q)


@pytest.mark.parametrize(
    "q,op",
    [
        ("德阳旌阳交通局2022年 vs 广州市公安局2023年：行政复议总计", "compare"),
        ("道里区退役军人事务局2021年跟蚌山区民政局2019年比 办理结果总计哪个大", "compare"),
        ("安康2022年VS平潭2022年：行政诉讼总计", "compare"),
        ("安康2022年、平潭2021年这几家新收申请数加一块是多少", "sum"),
        ("安康2022年和平潭2021年的予以公开加到一起多少件", "sum"),
        ("安康2022年、平潭2021年办理结果总计合在一起是多少", "sum"),
    ],
)
def test_two_sides_set_against_or_added(q, op):
    assert parse(q).operation == op


# ---------------------------------------------------------------- a speaker's preamble names no body
@pytest.mark.parametrize(
    "q,rest",
    [
        (
            "我们在做区县政务公开的比较研究，需要一个准确的数字：北湖区医保局2023年新收申请多少？",
            "北湖区医保局2023年新收申请多少？",
        ),
        (
            "我是做第三方评估的，正在核对各地政府信息公开年报的数据，甘井子区政府2023年的年报里，收费金额是多少？",
            "甘井子区政府2023年的年报里，收费金额是多少？",
        ),
        ("本人在写论文，想确认一下，海拉尔区政府20年部分公开几件", "海拉尔区政府20年部分公开几件"),
        ("我是记者，平潭2022年新收申请多少", "平潭2022年新收申请多少"),
        # the speaker's own past told first: its 申请 is no measure asked (the 申请 row answered 行政处罚's ask)
        (
            "我去年申请过信息公开，想看看情况，平潭综合实验区2022年行政处罚决定数量是多少",
            "平潭综合实验区2022年行政处罚决定数量是多少",
        ),
        ("我之前咨询过，洪泽区2023年予以公开几件", "洪泽区2023年予以公开几件"),
    ],
)
def test_a_preamble_is_dropped(q, rest):
    assert drop_preamble(q) == rest


@pytest.mark.parametrize(
    "q",
    [
        "我是安康市人民政府办公室政务公开科的，在自查2022年年报，请问上年结转总计填的是几？",  # the speaker's body
        "我们和洪泽比，谁的申请多",  # 「我们」 is the report read, not a speaker
        "我们厅2021和2023两年的行政诉讼一共多少件？",
    ],
)
def test_what_is_not_a_preamble_stays(q):
    assert drop_preamble(q) == q


def test_a_check_in_the_preamble_is_not_the_question():
    q = "我是做第三方评估的，正在核对各地政府信息公开年报的数据，福清市交通运输局2019年度的年报里，复议后起诉的行政诉讼总计多少件？"
    assert parse(q).operation == "value"
    assert cells(q) == [("t4", "lr", "tot")]


# ---------------------------------------------------------------- lines of work, over a generated store
BODIES = (  # (agency, year, seed)
    ("成都市青羊区人力资源和社会保障局", 2023, 31),
    ("湖南省人力资源和社会保障厅", 2022, 32),
    ("株洲市芦淞区城市管理和综合执法局", 2022, 33),
    ("大连市中山区城市管理局", 2022, 34),
    ("咸宁市咸安区城市管理执法局", 2023, 35),
    ("石家庄市长安区卫生健康局", 2020, 36),
    ("邯郸市丛台区自然资源和规划局", 2020, 37),
    ("成都市市场监督管理局", 2023, 38),
    ("东莞市市场监督管理局", 2024, 39),
    ("宁波市鄞州区司法局", 2023, 40),
    ("南京市江宁区司法局", 2022, 41),
    ("成都市武侯区商务局", 2023, 42),
)


def _v(agency: str, key: str = "t3.new.tot") -> int:
    seed = next(s for a, _, s in BODIES if a == agency)
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return bodies_asker(tmp_path_factory.mktemp("kinds"), BODIES)


RSJ = ("成都市青羊区人力资源和社会保障局", "湖南省人力资源和社会保障厅")
CGJ = ("株洲市芦淞区城市管理和综合执法局", "大连市中山区城市管理局", "咸宁市咸安区城市管理执法局")
SFJ = ("宁波市鄞州区司法局", "南京市江宁区司法局")


@pytest.mark.parametrize(
    "q", ["库里的人社部门里，新收申请数最多的是哪家？多少", "人社系统里谁收到的申请最多", "各人社部门新收申请谁最多"]
)
def test_a_line_of_work_ranks_its_bodies(asker, q):
    ans = asker.ask(q)
    top = max(RSJ, key=_v)
    assert ans.value == _v(top)
    assert top in ans.answer
    assert "人社" in ans.scope  # the kind the ranking was taken over, said


@pytest.mark.parametrize(
    "q", ["sum一下库里的司法局的新收申请", "库里的司法局新收申请加起来一共多少", "各司法部门的新收申请合计是多少"]
)
def test_a_line_of_work_is_summed(asker, q):
    assert asker.ask(q).value == sum(_v(a) for a in SFJ)


@pytest.mark.parametrize(
    "q",
    ["库里的城管部门新收申请加起来一共多少？", "城管系统的新收申请合计多少", "请统计各城管部门新收申请数的合计数。"],
)
def test_a_line_holds_the_bodies_its_name_extends(asker, q):
    # 城市管理和综合执法局 and 城市管理执法局 are 城管部门 as much as 城市管理局
    assert asker.ask(q).value == sum(_v(a) for a in CGJ)


@pytest.mark.parametrize(
    "q",
    ["库里的市场监管局里，新收申请最多的是哪家", "市场监管部门里谁的新收申请最多", "库中的市场监管局新收申请谁最多"],
)
def test_a_kind_whose_name_starts_with_shi_is_no_place(asker, q):
    ans = asker.ask(q)
    top = max(("成都市市场监督管理局", "东莞市市场监督管理局"), key=_v)
    assert ans.value == _v(top) and "没有找到" not in ans.answer


@pytest.mark.parametrize(
    "q,agency",
    [
        ("芦淞城管局2022年新收申请多少", "株洲市芦淞区城市管理和综合执法局"),
        ("那个芦淞城管局二〇二二年嗯收了多少申请来着", "株洲市芦淞区城市管理和综合执法局"),
        ("丛台自然资源局20年新收申请几件", "邯郸市丛台区自然资源和规划局"),
    ],
)
def test_a_placed_department_by_its_line_short_name(asker, q, agency):
    assert asker.ask(q).value == _v(agency)


@pytest.mark.parametrize(
    "q",
    [
        "石家庄市卫生健康局2020年新收申请多少件？",
        "成都市商务局2023年收到了多少件信息公开申请？",
        "石家庄市卫生健康局2020年被人申请行政复议了几次？",
    ],
)
def test_a_city_department_is_not_its_districts(asker, q):
    ans = asker.ask(q)
    assert ans.value is None and ans.answer.startswith("报告未提及")


@pytest.mark.parametrize(
    "q",
    [
        "我们在做区县政务公开的比较研究，需要一个准确的数字：长安区卫生健康局2020年新收申请数量是多少？",
        "我是做第三方评估的，正在核对各地的数据，长安区卫生健康局2020年的年报里，新收申请数量是多少？",
        "您好，我们在做区县研究，想问一下：长安区卫健局2020年收到了多少申请",
    ],
)
def test_a_preamble_names_no_body(asker, q):
    assert asker.ask(q).value == _v("石家庄市长安区卫生健康局")
