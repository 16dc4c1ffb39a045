"""zpfixd: (1) conditions over CONSECUTIVE years of one body, asked over the store (blindzp): 「前后两年都有年报的
单位里新收翻倍的有哪些」「…比前一年少了三分之一以上的」「…比前一年多的有几家」 — a body with two adjacent stored
years is the member, its two years compared (the later year's report named; none met: 「没有」 with how many bodies
were compared). Before, every report with 新收 > 0 was listed, or every value. (2) Levels the store cannot hold or
the template does not break down: a town's villages/社区 (its report holds no per-village figure), reports of
村委会/居委会 (none stored), 省人民政府 themselves (only 省级部门 stored) — refused, never another level's figures.
In phrasings of our own (not the bank's)."""

from __future__ import annotations

import pytest

from tests.wildstore import extracted

REPORTS = [
    "h22-xinhua-tyj-bosi-abbr-blank-2022.html",  # 新化县文化旅游广电体育局 2022: 新收 48
    "p23-xinhua-xian-wlj-newtot-defect-2023.pdf",  # 新化县文化旅游广电体育局 2023: 新收 12 (fell by over a third)
    "h24-shaoshan-gov-bosi-hdr2-heji-2024.html",  # 韶山市人民政府 2024: 73
    "h25-shaoshan-gov-bosi-fullwidth-extra-2025.html",  # 韶山市人民政府 2025: 75 (rose)
    "m19-changan-wjj-fenced-2019.md",  # 石家庄市长安区卫生健康局 2019: 40
    "t19-changan-wjj-units-2020.txt",  # 2020: 40 (same)
    "p21-hubei-slt-dotrules-2024.pdf",  # 湖北省水利厅 2024: 52
    "m21-hbslt-pipebr-2025.md",  # 2025: 45 (fell, less than a third)
    "d20-tianhuangping-zhen-gf2019-2020.docx",  # a town (天荒坪镇 2020)
    "d21-lizhai-xiang-heji-carry-defect-2021.docx",  # a 乡 (2021)
    "h23-yuxian-wjj-display-table-2023.html",  # one year only: no pair
]
TOWN, XIANG = 8, 9


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


def _refused(ans) -> bool:
    return ans.value is None and "报告未提及" in ans.answer[:40]


@pytest.mark.parametrize(
    "q",
    [
        "数据库中前后两年都有报告的机关，新收申请量翻倍了的有哪些",
        "有相邻年度年报的单位里，哪些单位的新收申请数达到前一年的两倍以上",
        "两年都报了的单位中新收申请增长一倍以上的列一下",
    ],
)
def test_doubled_over_adjacent_years_none_met_says_so_with_the_bodies_compared(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.answer.startswith("没有"), ans.answer
    assert "4家" in ans.answer, ans.answer  # four bodies hold two adjacent years
    assert "盂县" not in ans.answer, ans.answer  # one year only: never compared


@pytest.mark.parametrize(
    "q",
    [
        "前后两年都有年报的机关，新收申请量比前一年少了超过三分之一的单位有哪些",
        "相邻两年都有年报的单位里新收申请跌去三分之一以上的列出来",
        "哪些单位新收申请比前一年降幅超过三分之一（只看有相邻两年报告的）",
    ],
)
def test_fell_by_a_third_names_the_later_report_with_both_years(wild, q):
    asker, ids = wild
    ans = asker.ask(q)
    assert [c.report_id for c in ans.citations if c.report_id] and ids[1] in {c.report_id for c in ans.citations}, ans
    assert ans.value == 1, (ans.value, ans.answer)
    head = ans.answer.split("。")[0]  # the members, before the note of the pairs compared
    assert "新化" in head and "48" in head and "12" in head, ans.answer
    assert not any(other in head for other in ("韶山", "湖北", "长安", "盂县")), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "库中前后两年都有报告的，新收申请数同比增加的单位有多少",
        "前后两年都在库里的单位，新收申请数上涨的有几个",
        "有相邻两年年报的机关里，新收申请比前一年有所增长的一共几家",
    ],
)
def test_rose_counted_over_bodies_with_adjacent_years(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == 1, (ans.value, ans.answer)
    assert "韶山" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "前后两年的报告都在库里的单位，新收减少的一共几个",
        "相邻两年都有年报的单位中新收申请下降的有多少个",
    ],
)
def test_fell_counted(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert ans.value == 2, (ans.value, ans.answer)


@pytest.mark.parametrize(
    ("q", "town"),
    [
        ("本乡下辖各行政村分别收到多少政府信息公开申请", XIANG),
        ("我们镇下面的社区，谁的申请件数最多", TOWN),
        ("咱镇里头哪个村的信息公开申请最少", TOWN),
        ("本街道下属各居委会今年新收申请排个名", TOWN),
    ],
)
def test_villages_under_a_town_are_refused(wild, q, town):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[town])
    assert _refused(ans), (ans.value, ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "库里村委会的年报中新收申请最多的是哪个村",
        "各居委会年报里申请数为零的有几个",
        "村委会的年报里零申请的占几成",
        "韶山市下辖各村的年报新收申请合计多少",
    ],
)
def test_village_reports_over_the_store_are_refused(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert _refused(ans), (ans.value, ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "2024年各省政府新收申请多于五十件的有几家",
        "省政府那一级的年报里新收申请过千的有哪些",
        "各省人民政府2025年新收申请为零的有几个",
    ],
)
def test_province_governments_not_stored_are_refused(wild, q):
    asker, _ = wild
    ans = asker.ask(q)
    assert _refused(ans), (ans.value, ans.answer)
    assert "水利厅" not in ans.answer.split("（")[0], ans.answer  # never a department's figure as a government's


@pytest.mark.parametrize(
    "q",
    [
        "2024年和2025年都有报告的单位中新收减少的有哪些",
        "2024与2025年的年报都有的机关里，哪些新收申请下降了",
    ],
)
def test_two_years_named_compare_that_pair_only(wild, q):
    asker, ids = wild
    ans = asker.ask(q)
    assert ans.value == 1, (ans.value, ans.answer)
    assert "湖北省水利厅" in ans.answer.split("。")[0], ans.answer
    assert "新化" not in ans.answer, ans.answer  # 2022 → 2023: not the years named
