"""Table questions over unseen phrasings (issue 13, blind8/blindw misses): two quantities of one report set
against each other (a ratio, a difference, a net change), colloquial descriptions of a row or column, and lists
that name a total among their items. Phrasings written for each family, not the banks' own."""

import pytest

from rag.intent import parse


def cells(q: str) -> list[tuple[str, str, str]]:
    return [(c.table, c.row, c.col) for c in parse(q).cells]


@pytest.mark.parametrize(
    "q,want",
    [
        # a row described rather than named: the applicant let the correction period pass (逾期不补正)
        ("申请人过了期限没补正、机关就不管了的有几件", [("t3", "r6_1", "tot")]),
        ("超过期限没有补正材料、不再处理的申请有多少", [("t3", "r6_1", "tot")]),
        ("过期也没补材料被终止的那种多少件", [("t3", "r6_1", "tot")]),
        ("科委2024年因为逾期不再处理的申请几件", [("t3", "r6_1", "tot")]),
        ("上海市科委二零二四年逾期不不正不再处理的几件", [("t3", "r6_1", "tot")]),
        # 个人 said bare of an applicant (never 个人隐私)
        ("新收申请里个人占了百分之多少", [("t3", "new", "np")]),
        ("新收的申请中个人的占比", [("t3", "new", "np")]),
        ("涉及个人隐私不予公开的有几件", [("t3", "r3_4", "tot")]),
        # the complement of 自然人, said with 申请 between
        ("自然人申请以外的申请占新收申请的比例", [("t3", "new", "sub")]),
        ("除了自然人以外的申请有多少件", [("t3", "new", "sub")]),
        ("平潭2022年除自然人之外的申请占比", [("t3", "new", "sub")]),
        # a column by its printed head
        ("“其他”一栏新收申请几件", [("t3", "new", "oth")]),
        ("新收申请其他那一列是多少", [("t3", "new", "oth")]),
        # 强制 bare in a list written with spaces
        ("许可 处罚 强制各多少", [("t2", r, "decisions") for r in ("license", "penalty", "coercion")]),
        ("处罚 强制 许可 决定分别几件", [("t2", r, "decisions") for r in ("penalty", "coercion", "license")]),
        # 没审结 is 尚未审结; a total listed among the columns is one of them, in the order written
        ("直接起诉的诉讼维持、纠正、没审结的各几件", [("t4", "ld", c) for c in ("keep", "fix", "pend")]),
        ("行政复议维持、纠正、未审结、总计分别是多少", [("t4", "rv", c) for c in ("keep", "fix", "pend", "tot")]),
        ("复议的总计、维持、纠正各几件", [("t4", "rv", c) for c in ("tot", "keep", "fix")]),
        ("行政复议中维持的有几件", [("t4", "rv", "keep")]),  # (no total listed: only the column)
        # 收费项目 of the year before, said either way round
        ("收费项目上一年有几个", [("t2", "fee", "prev_items")]),
        ("上年度的收费项目是几个", [("t2", "fee", "prev_items")]),
    ],
)
def test_described_rows_and_listed_columns(q, want):
    assert cells(q) == want


@pytest.mark.parametrize(
    "q",
    [
        "河北教育厅库里有的几年 依申请公开各有多少件",
        "依申请公开各是多少件",
        "河北教育厅各年依申请公开分别多少件",
        "依申请的有几件",
        "依申请公开收了几件",
    ],
)
def test_applications_said_bare_as_yishenqing(q):
    assert ("t3", "new", "tot") in cells(q)


@pytest.mark.parametrize(
    "q,op,want",
    [
        # a ratio of a broad row (新收) against a result row keeps both, in the order written
        ("新收申请是予以公开的几倍？", "ratio", [("t3", "new", "tot"), ("t3", "r1", "tot")]),
        ("同意公开的和收到的申请之比", "ratio", [("t3", "r1", "tot"), ("t3", "new", "tot")]),
        ("新收申请数量除以予以公开数量", "ratio", [("t3", "new", "tot"), ("t3", "r1", "tot")]),
        # two cells less each other in one report: a change of one report, not a value
        (
            "规范性文件今年制发的比废止的多还是少？差多少",
            "change",
            [("t2", "norm", "made"), ("t2", "norm", "repealed")],
        ),
        ("规范性文件制发件数减去废止件数是多少", "change", [("t2", "norm", "made"), ("t2", "norm", "repealed")]),
        ("废止和制发的规范性文件相差几件", "change", [("t2", "norm", "repealed"), ("t2", "norm", "made")]),
        (
            "结转下年的比上年结转过来的多还是少，差几件",
            "change",
            [("t3", "carry_out", "tot"), ("t3", "carry_in", "tot")],
        ),
    ],
)
def test_two_quantities_of_one_report(q, op, want):
    question = parse(q)
    assert question.operation == op and cells(q) == want


def test_a_framing_row_is_still_dropped():
    # 「收到的申请中予以公开的」: 收到 frames the result row, it is no second quantity
    assert cells("收到的申请中予以公开的是多少件") == [("t3", "r1", "tot")]
    assert cells("收到的申请中予以公开的占几成") == [("t3", "r1", "tot")]


@pytest.fixture(scope="module")
def asker(corpus_asker):
    return corpus_asker


@pytest.mark.parametrize(
    "q,want,route",
    [
        # hongze-2023: 规范性文件 制发 0, 废止 5
        ("洪泽区2023年规范性文件制发的比废止的多还是少，差几件", -5, "change.rows"),
        ("洪泽区2023年规范性文件废止几件、制发几件，净增减多少？", -5, "change.rows"),  # net: made − repealed
        ("洪泽区2023年规范性文件本年废止件数减去本年制发件数", 5, "change.rows"),
        # pingtan-2022: new 74, r1 21, 上年结转 1, 结转下年度 0
        ("平潭综合实验区2022年新收申请是予以公开的几倍", round(74 / 21, 2), "ratio.rows"),
        ("平潭综合实验区2022年予以公开和新收申请之比", round(21 / 74, 2), "ratio.rows"),
        ("平潭综合实验区2022年结转到下一年的比上年结转来的少几件", -1, "change.rows"),
        # ankang-2022: 逾期不补正 2; new 56 of which 自然人 55
        ("安康市政府办2022年申请人过了期限不补正、机关不再处理的有几件", 2, "value.cells"),
        ("安康市政府办2022年新收申请里个人占了百分之多少", round(55 / 56 * 100, 2), "share.cells"),
    ],
)
def test_answers(asker, q, want, route):
    ans = asker.ask(q)
    assert ans.intent == route and ans.value == want, (q, ans.intent, ans.answer)


def test_difference_shows_both_cells(asker):
    ans = asker.ask("洪泽区2023年规范性文件制发的比废止的多还是少，差几件")
    assert "本年制发件数0件" in ans.answer and "本年废止件数5件" in ans.answer and "少5件" in ans.answer
    assert {c for cit in ans.citations for c in cit.cells} >= {"t2.norm.made", "t2.norm.repealed"}


def test_list_with_its_total(asker):
    ans = asker.ask("河北省教育厅2023年行政复议维持、纠正、未审结、总计分别是多少")
    assert all(s in ans.answer for s in ("结果维持）6件", "结果纠正）1件", "尚未审结）0件", "行政复议7件")), ans.answer


@pytest.mark.parametrize(
    "q,want",
    [
        # a year written after one body of a list of three or more is that body's; the others read in their
        # newest report (安康 2022, 洪泽 2023, 上海科委 2024 hold one report each)
        ("这四家（安康、洪泽、平潭2022、科委）新收申请谁最多", {"安康": 56, "洪泽": 21, "平潭": 74, "科委": 34}),
        ("洪泽、安康、科委、平潭2021 新收申请从多到少排一下", {"安康": 56, "洪泽": 21, "平潭": 70, "科委": 34}),
        (
            "安康、平潭综合实验区（2022）、洪泽、上海科委 新收申请各多少",
            {"安康": 56, "洪泽": 21, "平潭": 74, "科委": 34},
        ),
        # bodies listed in brackets after 「那两家」: the list, each with its year
        ("上海那两家（科委2024年、市府办2019年）新收申请加起来多少", {"科委": 34, "人民政府办公厅": 859}),
        # (人社厅 has no 2021 report: said beside the ranking)
        ("河北省那几家（教育厅、科技厅、人社厅）2021年新收申请谁最多", {"教育厅2021年": 37, "没有2021年": 2}),
    ],
)
def test_a_list_of_bodies_each_in_its_own_year(asker, q, want):
    ans = asker.ask(q)
    for who, n in want.items():
        assert f"{who}" in ans.answer and f"{n}件" in ans.answer, (q, ans.answer)
    assert "没有20" not in ans.answer or "没有2021年" in want, ans.answer


def test_a_year_after_the_whole_list_stays_every_bodys(asker):
    # 「…、上海科委 2022年」: 上海科委 has no 2022 report, so the year is every body's — said missing, never
    # answered with another year's report
    ans = asker.ask("安康、洪泽、平潭、上海科委 2022年新收申请各多少")
    assert ans.answer.startswith("报告未提及") and "洪泽区人民政府、上海市科委没有2022年的报告" in ans.answer


@pytest.mark.parametrize(
    "q,want",
    [
        # a count of lawsuits lost or won is a cell of table 四, not the story of how the cases ended
        ("淮阴区政府2023年行政诉讼败诉了几次", [("t4", "lit", "fix")]),
        ("打官司输了几件", [("t4", "lit", "fix")]),
        ("复议后起诉的官司打输了多少", [("t4", "lr", "fix")]),
        ("诉讼赢了几件输了几件", [("t4", "lit", "keep"), ("t4", "lit", "fix")]),
        # one body's fee set against another's
        ("江西教育厅2022年收费是湖南人社厅2022年的几倍", [("t2", "fee", "amount_wan")]),
        ("甲局的收费比乙局高多少", [("t2", "fee", "amount_wan")]),
    ],
)
def test_outcomes_and_fees_counted(q, want):
    assert cells(q) == want


def test_a_preamble_is_not_the_question():
    q = parse(
        "您好，我是某高校的研究生，正在做年报的比较研究，想核对一个数字：河北省教育厅2021年度报告中因信访举报投诉类申请而不予处理的有几件？"
    )
    assert q.operation == "value" and [(c.row, c.col) for c in q.cells] == [("r5_1", "tot")]
    assert parse("你好，我在写一篇对比文章，想确认下：平潭2022年予以公开多少件").operation == "value"
    assert parse("我是政务公开办的，想核对：平潭2021年正文和表三一致吗").operation == "explain"


@pytest.mark.parametrize(
    "q", ["这几年主动公开的信息数量变化", "近几年主动公开信息的数量有什么变化", "主动公开的信息条数这几年怎么变"]
)
def test_a_series_counts_the_total_not_a_part(asker, q):
    # the series' own words (这几年, 变化, 数量) are no part of what is counted: 2019's 「共公布政府信息2599条」,
    # never its 「其他应主动公开政府信息856条」
    ans = asker.ask(
        q,
        report_id=next(
            r["id"] for r in asker.store.catalogue_rows() if r["agency"] == "平潭综合实验区" and r["year"] == 2022
        ),
    )
    assert ans.intent == "series.metric" and "2019年2599条" in ans.answer and "2020年2602条" in ans.answer, ans.answer


def test_a_count_of_lost_lawsuits_is_answered(asker):
    ans = asker.ask("洪泽区2023年行政诉讼败诉了几件")
    assert ans.intent == "value.cells" and ans.value is not None, ans.answer


def test_the_whole_countrys_bodies_of_a_kind_are_not_the_stores(asker):
    # 「申请最多的是谁」 now names the applications: the country's 省级政府 are still not the one stored
    ans = asker.ask("全国各省级政府里信息公开申请最多的是谁")
    assert ans.answer.startswith("报告未提及") and ans.value is None, ans.answer
    assert asker.ask("全国的省级部门里谁收到的申请最多").value is None
