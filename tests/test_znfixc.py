"""znfixc: search-box keywords (blindzn) — (1) an attribute of the applicants the template has no place for (their age,
sex, occupation, household registration, schooling), typed as bare keywords beside 申请人 (「申请者 岁数」「申请人 男女
比例」「申请人都干什么工作的 职业」): 「报告未提及」, never 表三's 其他处理 row quoted for the word 申请人; (2) 收费 as a bare
keyword with a question word or none (「收费 多少」「收费金额几何」「收费几件」) of a report of the 2021 template: 表二's
行政事业性收费 金额 (万元), the one figure the template holds under that word — the text's 信息处理费 answers only when
named (「收了信息处理费没有」)."""

from __future__ import annotations

import pytest

from tests.wildstore import extracted

REPORTS = [
    "h21-wujin-jyj-hanweb-2021.html",  # 表二 收费 8283.9 万元
    "t23-keqiao-gov-chromecopy-2023.txt",  # 表二 收费 3195.01 万元
]


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)


def _refused(ans) -> bool:
    return ans.value is None and ans.answer.startswith("报告未提及") and "其他处理" not in ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "申请者 岁数",
        "申请人 男女比例",
        "提出申请的人 学历",
        "申请人职业",
        "申请人 户口所在地",
        "申请人 文化程度 多少",
        "依申请 申请人 性别",
    ],
)
def test_an_applicant_attribute_is_not_in_the_report(wild, q):
    asker, ids = wild
    for rid in ids:
        ans = asker.ask(q, report_id=rid)
        assert _refused(ans), (q, ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "收费 多少",
        "收费金额几何",
        "收费几件",
        "收费",
        "收费 一共多少",
    ],
)
def test_the_bare_fee_keyword_is_the_table_amount(wild, q):
    asker, ids = wild
    for rid, value in zip(ids, (8283.9, 3195.01), strict=True):
        ans = asker.ask(q, report_id=rid)
        assert ans.value == value and ans.unit == "万元", (q, ans.answer)


def test_the_named_processing_fee_stays_the_text(wild):
    asker, ids = wild
    ans = asker.ask("收了信息处理费没有", report_id=ids[0])
    assert ans.unit != "万元" and "信息处理费" in ans.answer, ans.answer


# (3) a line of work alone as the set, typed as keywords (「自然资源局 2024 新收申请总数」「…有行政复议的」「…结转下年不是0」
# 「…哪家最多」): every stored body of that line in that year — 昆明市自然资源和规划局 among the 自然资源局 (a name that
# extends the line's stem by 和) — never 「找到多个机关」 asked back, never some of them
LINE = [
    "d24-shanyin-zrzyj-borderless-2024.docx",  # 山阴县自然资源局: 新收34 予以公开2 上年结转0 结转0 复议13 许可250
    "d24-yuanjiang-zrzyj-fullwidth-t4first-2024.docx",  # 沅江市自然资源局: 新收44 予以公开17 上年结转2 结转1 复议4 许可439
    "h24-kunming-zrzy-platform-hdr2-heji-2024.html",  # 昆明市自然资源和规划局: 新收78 予以公开14 上年结转2 结转0 复议0 许可806
]
_NAMES = {"山阴": "山阴县自然资源局", "沅江": "沅江市自然资源局", "昆明": "昆明市自然资源和规划局"}


@pytest.fixture(scope="module")
def line(tmp_path_factory):
    return extracted(tmp_path_factory, LINE)[0]


@pytest.mark.parametrize(
    ("q", "total"),
    [
        ("自然资源局 2024 新收申请总数", 156),
        ("自然资源局2024年予以公开总数", 33),
        ("2024年 自然资源局 上年结转 总数", 4),
    ],
)
def test_a_line_of_work_total_is_over_every_body_of_it(line, q, total):
    ans = line.ask(q)
    assert ans.value == total and "找到多个机关" not in ans.answer, (q, ans.answer)


@pytest.mark.parametrize(
    ("q", "named"),
    [
        ("自然资源局 2024年 有行政复议的", ("山阴", "沅江")),
        ("自然资源局2024 结转下年 不是0", ("沅江",)),
        ("2024年自然资源局 上年结转 非零", ("沅江", "昆明")),
    ],
)
def test_a_line_of_work_with_a_figure_lists_the_bodies_holding_it(line, q, named):
    ans = line.ask(q)
    assert "找到多个机关" not in ans.answer, (q, ans.answer)
    for short, name in _NAMES.items():
        assert (name in ans.answer) == (short in named), (q, ans.answer)


@pytest.mark.parametrize(
    ("q", "top"),
    [
        ("自然资源局 2024 行政许可决定 哪家最多", 806),
        ("自然资源局2024年 新收申请 最多", 78),
        ("2024 自然资源局 许可 排名", 806),
    ],
)
def test_a_line_of_work_takes_in_the_longer_name_of_the_line(line, q, top):
    ans = line.ask(q)
    assert "昆明市自然资源和规划局" in ans.answer.split("；")[0] and str(top) in ans.answer, (q, ans.answer)
