"""zffixb: a rate whose whole the question states in words of the table (「占复议总数」「在全部复议里」: 纠正 ÷ 复议总计,
never 纠正 ÷ 纠正); a figure of the report the user quotes as CONTEXT before the ask (「据…年报，新收26件。请问其中不予公开
多少件」: the ask is what follows, the quoted figure is never added); two figures asked in one question (行政诉讼 total of both
groups and its 纠正); two years the user names under 「连续两年」 (answered for the years named, not refused as no streak); a set's mean with
its basis said (「（按每份报告平均）」); a chosen report's place in the set the question names (「这家在…里排第几」).
Asked of small stores of wild reports, in phrasings of our own (not the bank's)."""

from pathlib import Path

import pytest

from wildstore import extracted

ROOT = Path(__file__).resolve().parent.parent
REPORTS = (
    "h21-wujin-jyj-hanweb-2021.html",  # 复议 纠正0 总计4
    "m19-licheng-gov-hugo-2019.md",  # 复议 纠正2 总计3
    "p24-yushui-jtj-hdr2-header-2024.pdf",  # 新收26 不予公开4
    "t21-yinzhou-scj-bs4pipe-2021.txt",  # 复议总计6
    "md21-yinzhou-mineru-2024.md",  # 复议总计4
    "h23-lishui-gov-snapshot-2023.html",  # 诉讼 直接起诉0 + 复议后起诉8; 纠正0+3
)


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)[0]


def _pct(ans, want):
    assert ans.value is not None and abs(float(ans.value) - want) < 0.05, ans.answer
    assert ans.unit == "%", ans.answer


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("武进区教育局2021年复议被纠正的件数在复议总件数里占多少比例", 0.0),
        ("武进区教育局2021年复议纠正占复议总计的比例（复议纠错率）", 0.0),
        ("历城区人民政府2019年行政复议纠正的件数占复议总件数的比重（即复议纠错率）", 66.67),
        ("历城区人民政府2019年复议纠正数占全部复议的百分比（纠错率）是多少", 66.67),
    ],
)
def test_a_rate_over_the_whole_the_question_states(wild, q, want):
    _pct(wild.ask(q), want)


@pytest.mark.parametrize(
    "q",
    [
        "根据渝水区教育体育局2024年度报告，本年新收申请为26件。其中不予公开共计多少件？",
        "渝水区教育体育局2024年报说新收了26件申请。其中不予公开多少件？",
        "渝水区教育体育局2024年年报写本年新收申请26件；其中不予公开的总共多少？",
        # (a voice input: pauses for the commas)
        "根据渝水区教育体育局2024年度报告 本年新收申请为26件 其中不予公开共计多少件",
        "据渝水区教育体育局2024年年报 该局新收政府信息公开申请26件 请问其中不予公开的有多少件",
    ],
)
def test_a_quoted_figure_is_context_not_a_summand(wild, q):
    ans = wild.ask(q)
    assert ans.value is not None and float(ans.value) == 4, ans.answer
    assert "30" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "据渝水区教育体育局2024年年报，本年新收申请26件。请分项列出不予公开的理由和各自件数",
        "根据渝水区教育体育局2024年度报告，本年新收26件。不予公开按理由逐项各是多少件？",
        "渝水区教育体育局2024年报里写新收了26件申请，其中不予公开的逐项列出件数",
    ],
)
def test_a_quoted_figure_then_the_list_asked(wild, q):
    ans = wild.ask(q)
    assert "1件" in ans.answer and "3件" in ans.answer, ans.answer
    assert "本年新收" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "溧水区人民政府2023年行政诉讼一共多少件（直接起诉加复议后起诉），被纠正的有几件",
        "溧水区政府2023年被提起行政诉讼的总共几件？其中结果被纠正的几件？",
        "溧水区人民政府2023年行政诉讼合计（含复议后起诉）有多少件，其中纠正了几件",
    ],
)
def test_litigation_total_and_corrected_in_one_ask(wild, q):
    ans = wild.ask(q)
    assert "8件" in ans.answer and "3件" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "鄞州区市场监督管理局连续两年（2021年、2024年）的行政复议数各是多少",
        "鄞州区市场监管局连续两年2021和2024被申请复议各多少件",
        "宁波鄞州区市场监督管理局连续2年（2021年与2024年）行政复议案件分别多少",
    ],
)
def test_two_years_named_are_answered(wild, q):
    ans = wild.ask(q)
    assert "6件" in ans.answer and "4件" in ans.answer, ans.answer
    assert "没有连续" not in ans.answer, ans.answer


FUJIAN_2023 = (  # 福建省 2023 区县部门: 新收 寿宁教育54 建阳农业60（正文） 新罗统计66 集美交通36 龙文退役军人60
    "h23-shouning-jyj-tika-2023.html",
    "cms21-jianyang-nync-2023.html",
    "p21-xinluo-tjj-wps-2023.pdf",
    "h21-jimei-jtj-jsvar-2023.html",
    "docx21-longwen-bianzhi-2023.docx",
)


@pytest.fixture(scope="module")
def fujian(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(str(tmp_path_factory.mktemp("zffixb_fj") / "d"))
    ids = {}
    for name in FUJIAN_2023:
        report = extract_path(str(next(ROOT.glob("eval/wild*/reports/" + name))))
        store.add(report)
        ids[name] = report.id
    return Asker(store, Index(store)), ids


@pytest.mark.parametrize(
    "q",
    [
        "福建省2023年区县部门本年新收申请的均值是多少（按报告份数平均）",
        "福建省2023年区县部门新收申请平均是多少（按单位个数平均）",
        "福建2023年县级部门新收申请的平均值是多少，按每份报告平均",
        "福建省2023年区县部门新收申请的平均数是多少 按每份报告平均",  # (a voice input: a pause for the bracket)
    ],
)
def test_a_sets_mean_with_its_basis_said(fujian, q):
    asker, _ = fujian
    ans = asker.ask(q)
    assert ans.value is not None and abs(float(ans.value) - 55.2) < 0.05, ans.answer
    assert "5份报告" in ans.answer and "276" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "在福建省2023年的区县部门当中，本单位的新收申请从多到少排第几",
        "这个单位的本年新收申请在福建省2023年县级部门里排名第几",
        "在福建省2023年区县部门里面，该单位新收的申请数排在第几位",
    ],
)
def test_the_chosen_reports_place_in_the_set_named(fujian, q):
    asker, ids = fujian
    ans = asker.ask(q, report_id=ids["h23-shouning-jyj-tika-2023.html"])
    assert ans.value is not None and float(ans.value) == 4, ans.answer
    assert ans.unit == "名", ans.answer
