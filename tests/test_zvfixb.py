"""zvfixb: the same words typed without their punctuation (voice input: quotes, 、 and brackets said as pauses) or
with a formula's side running on into the rest of the sentence — read as their punctuated form is.

(1) Table 四's 其他结果 of a lawsuit row, said 「算 其他 的」「归到 其他 里」 (the quotes around 其他 gone).
(2) The organisations named by two examples, then 这些/这类 (「公司 机构这类」: the 、 gone) — the 法人或其他组织 class.
(3) A written division whose right side runs on after a pause (「A÷B 计算X的…比例」): the whole is B alone."""

from __future__ import annotations

import pytest

from rag.answers.rates import formula
from rag.intent import table_measures


def _cells(q):
    return {(m.table, m.row, m.col) for m in table_measures(q)}


@pytest.mark.parametrize(
    "q",
    [
        "先复议后又打官司 结果算 其他 的有几件",
        "复议完再去法院 判下来归为 其他 的多少件",
        "复议以后起诉的案子 结果属于 其他 的是多少",
    ],
)
def test_other_result_unquoted(q):
    assert ("t4", "lr", "other") in _cells(q), table_measures(q)


@pytest.mark.parametrize(
    "q",
    [
        "公司 机构这类 申请的当中 全部公开的有几件",
        "企业 社会组织等单位 来申请的 予以公开的多少",
        "企业 单位这些 申请的里头 全给公开的有多少件",
    ],
)
def test_organisations_named_by_examples_unpunctuated(q):
    cells = _cells(q)
    assert ("t3", "r1", "sub") in cells and ("t3", "r1", "biz") not in cells, table_measures(q)


@pytest.mark.parametrize(
    "q",
    [
        "请按 不予公开÷办理结果总计 计算某局2023年被拒的比例 百分数",
        "就用 予以公开÷办理结果总计 算一下这个单位去年的予以公开率",
        "按照 部分公开÷办理结果总计 来算某局2022年的部分公开率 给个百分比",
    ],
)
def test_formula_right_side_ends_at_a_pause(q):
    f = formula(q)
    assert f is not None and f.parts and f.wholes, f
    assert not {(m.table, m.row, m.col) for m in f.parts} & {(m.table, m.row, m.col) for m in f.wholes}, f
    assert len(f.wholes) == 1, f


# (4) a lead-in before a question whose numbers are typed with spaces beside them: the lead-in goes as it does when
# the digits are typed close, and the body, the year and the measure asked stay (the recalled whole is a premise)
@pytest.mark.parametrize(
    ("q", "body", "year"),
    [
        (
            "根据年报，请回答：南昌市东湖区民政局 24 年收到的 50 件申请当中，予以公开的有几件？",
            "南昌市东湖区民政局",
            "2024年",
        ),
        (
            "按年度报告，请说明：绍兴市越城区发展和改革局 22 年接到的 90 件信息公开申请里，不予公开的有几件",
            "越城区发展和改革局",
            "2022年",
        ),
        (
            "依据年度报告，请答复：宁波市鄞州区市场监督管理局 24 年受理的 120 件申请中，部分公开多少件？",
            "鄞州区市场监督管理局",
            "2024年",
        ),
    ],
)
def test_lead_in_before_spaced_numbers(q, body, year):
    from rag.ask import simplified

    s = simplified(q)
    assert body in s and year in s and "件申请" not in s, s


# (5) a long message (a researcher's lead-in) whose sentence after the ask writes the division to compute it by: the
# division is the ask's own, kept with it — never dropped as the mail around the ask
@pytest.mark.parametrize(
    "q",
    [
        "我们在写一篇关于基层政务公开工作成效的论文，正在整理各地年报的数据，想请教一下某市某局2023年的公开率是多少？请用予以公开除以办理结果总计的方法来算，结果保留两位小数",
        "老师好，我在做毕业设计，题目是行政复议与信息公开，需要一些各地的数据做对比分析，某县人民政府2021年的纠错率能否告知？按复议结果纠正÷复议总计计算，给出百分数就行，麻烦了",
        "您好，我是做第三方评估的研究人员，最近在对区县部门的政府信息公开工作做打分，想了解某区教育局2024年的拒绝比例有多高？具体就是不予公开的件数与办理结果总计相除，以百分比表示",
    ],
)
def test_written_division_kept_with_a_long_ask(q):
    from rag.message import pasted_ask

    kept = pasted_ask(q)
    assert any(w in kept for w in ("÷", "除以", "相除")), kept


# (6) 「说 没有这个信息 的」: the reply quoted, its quotes said as pauses — 本机关不掌握相关政府信息 (无法提供)
@pytest.mark.parametrize(
    "q",
    ["回复说 我们没有这个信息 的有几件", "答复 本单位没有相关信息 的是多少件", "跟申请人讲 手上没这个信息 的几件"],
)
def test_no_such_information_reply_unquoted(q):
    assert ("t3", "r4_1", "tot") in _cells(q), table_measures(q)


# (7) a lawsuit total with its two blocks said after it as a note between pauses: the whole (行政诉讼 总计), never the
# first block alone; each block still when 各/分别 asks each
@pytest.mark.parametrize(
    "q",
    [
        "某局2022年行政诉讼总计 直接起诉和复议后起诉 一共多少件",
        "某县2021年被起诉的合计 直接诉讼加复议后诉讼 是多少",
        "某区2023年行政诉讼总数 未经复议直接起诉与复议后起诉 有几件",
    ],
)
def test_lawsuit_total_with_its_blocks_as_a_pause_note(q):
    assert _cells(q) == {("t4", "lit", "tot")}, table_measures(q)


def test_each_lawsuit_block_still_asked_each():
    cells = _cells("某局2022年行政诉讼合计 直接起诉和复议后起诉各几件")
    assert ("t4", "lit", "tot") not in cells, cells
