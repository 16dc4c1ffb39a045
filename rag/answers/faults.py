"""Questions on the findings themselves: how many reports of a set do not add up (「四川省2023年的年报里，有几份表格
数字对不上」), and by how much one printed total misses its parts (「表四行政复议的总计和分项加起来差多少」).

The count is the findings' (`checks.which_reports`, every identity H1–H5), the reports named; the gap is the
printed total less the sum of the parts it should equal (signed: a total printed 0 over 12 cases is −12), both
sides shown and cited. The report's figures are never "fixed": the gap is what the report prints against itself."""

from __future__ import annotations

import dataclasses
import re

from extractor import tablespec as ts
from extractor.schema import Answer

from ..cite import cell_citation, fmt
from ..context import Context
from ..lazyre import lazy
from ..question import FindingMeasure
from . import checks

_FAULTY = lazy(r"对不上|不一致|加不上|合不上|不成立|出错|有错|错误|矛盾|勾稽")
_HOW_MANY_REPORTS = lazy(r"(?:几|多少)份")
# (the gap asked: 「差多少」「多了几件」「少了几件」 — never the 多 of 「加起来是多少」)
_DIFF = r"(?:相差|差(?:了|多少|几|值)|多(?:了|出)|少了|多多少|少多少|多几|少几)"
_GAP = lazy(
    rf"(?:总计|合计|总数)[^？?]{{0,16}}(?:分项|各项|各结果|加起来|相加|之和)[^？?]{{0,12}}{_DIFF}|"
    rf"(?:分项|各项)[^？?]{{0,10}}(?:之和|相加|加起来)[^？?]{{0,10}}{_DIFF}"
)


def asks_fault_count(q: str) -> bool:
    """「有几份对不上」 counts; 「哪些…」「分别是」 lists them (`checks.which_reports` as it is)."""
    return bool(_FAULTY.search(q) and _HOW_MANY_REPORTS.search(q) and not re.search(r"哪|分别|列出|名单", q))


def asks_total_gap(q: str) -> bool:
    return bool(_GAP.search(q) and re.search(r"多少|几", q))


def fault_count(ctx: Context) -> Answer | None:
    """The reports of the scope with a broken identity, counted (the findings' own answer, its count the value)."""
    q = ctx.question.model_copy(update={"operation": "which_reports", "measures": [FindingMeasure()]})
    return checks.which_reports(dataclasses.replace(ctx, question=q))


def total_gap(ctx: Context) -> Answer | None:
    """Printed total − the sum of its parts, for the total the question names (办理结果总计 by default; a 表四
    row's total when it names 复议 or a lawsuit)."""
    one = ctx.one_report()
    if one is None:
        return None
    rid = one[0]
    cells = ctx.store.cells_of([rid])[rid]
    asked = [f"{c.table}.{c.row}.{c.col}" for c in ctx.question.cells]
    eqs = [e for e in checks._equations(cells, ["H3", "H5"]) if e.lhs[0] in asked]
    if not eqs:
        if any(k.startswith("t4") for k in asked):
            return None
        eqs = [e for e in checks._equations(cells, ["H3"]) if e.lhs[0] == "t3.r7.tot"]
    if len(eqs) != 1:
        return None
    e = eqs[0]
    printed = cells[e.lhs[0]]["value"] if e.lhs[0] in cells else None
    parts, total, blank = checks._side(e.rhs, cells, "row" if e.check == "H3" else "col")
    if printed is None or blank or total is None:
        return None  # a blank side: the check says it cannot be made
    gap = printed - total
    name = f"{ts.short_label(*e.lhs[0].split('.')[:2])}总计" if e.check == "H5" else "办理结果（七）总计"
    head = f"比各项之和{'多' if gap > 0 else '少'}{fmt(abs(gap))}件" if gap else "与各项之和相等（差0件）"
    text = (
        f"印出的{name}{head}：总计印为{fmt(printed)}，各项之和 {parts} = {fmt(total)}；"
        f"{fmt(printed)} − {fmt(total)} = {fmt(gap)}"
    )
    return ctx.answer(
        text, "check", value=gap, unit="件", citations=[cell_citation(rid, ctx.entry(rid), cells, list(e.keys))]
    )
