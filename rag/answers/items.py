"""Questions about the items inside one report's table, or about the template's items themselves.

- 「哪类申请人最多」「不予公开最主要的理由」「无法提供中哪种情形最多」: the largest (or smallest) sub-item of
  one row or group of one report. The headline is that item's count, the whole breakdown follows it, each
  cell cited; ties are named together, a blank item is said, never counted as 0.
- 「每万人口的申请量」「人均多少件」: a rate whose denominator no report prints (population, staff, working
  days, ages) — refused, said why; a count of the table is never offered as the rate.
- 「2021版格式里不予公开的理由有几种」: the template's own rows, from the one table spec."""

from __future__ import annotations

import re

from extractor import tablespec as ts
from extractor.schema import Answer

from ..cite import cell_citation, fmt
from ..context import NOT_MENTIONED, Context
from ..intent import APPLICANT_ITEMS, GUESS_WORDS, PLAN_WORDS
from ..question import CellMeasure


def _items(m: CellMeasure, q: str, keys) -> list[tuple[str, str]]:
    """(cell key, label) of the items the question ranks: the applicant columns of a row, a result
    group's sub-rows, or table 四's outcome columns."""
    if m.table == "t3" and (APPLICANT_ITEMS.search(q) or m.row not in ts.T3_GROUPS):
        return [(f"t3.{m.row}.{c}", ts.T3_COL_LABELS[c]) for c in ts.T3_APPLICANTS]
    if m.table == "t3":
        return [(f"t3.{r}.{m.col}", ts.short_label("t3", r)) for r in ts.derived_members("t3", m.row, keys)]
    if m.table == "t4":
        rows = ts.derived_members("t4", m.row)
        return [
            (f"t4.{r}.{c}", (f"{ts.short_label('t4', r)}" if len(rows) > 1 else "") + ts.T4_COL_LABELS[c])
            for r in rows
            for c in ts.T4_COLS[:4]
        ]
    return []


def _report_cells(ctx: Context) -> tuple[str, CellMeasure, dict] | None:
    """The one report asked, the row or group asked and that report's cells: what both of a report's
    item questions (the largest item, how many are not 0) stand on."""
    one = ctx.one_report()
    if one is None or not ctx.question.cells:
        return None
    rid = one[0]
    return rid, ctx.question.cells[0], ctx.store.cells_of([rid]).get(rid, {})


def item_rank(ctx: Context) -> Answer | None:
    """The largest (smallest) item within the one report's row or group, the breakdown beside it."""
    got = _report_cells(ctx)
    if got is None:
        return None
    rid, m, cells = got
    items = [(k, label) for k, label in _items(m, ctx.q, list(cells)) if k in cells]
    read = [(k, label, cells[k]["value"]) for k, label in items]
    known = [(k, label, v) for k, label, v in read if v is not None]
    if len(known) < 2:
        return None  # the breakdown not read: the row's own routes (or their refusal) answer
    low = ctx.question.extreme == "min"
    best = (min if low else max)(v for _, _, v in known)
    top = [label for _, label, v in known if v == best]
    word = "少" if low else "多"
    if not best and not low:
        head = f"{m.label}各项均为0件，没有哪一项最多"
        value = None
    else:
        head = f"{'、'.join(top)}{'并列' if len(top) > 1 else ''}最{word}，{fmt(best)}件"
        value = best
    ranked = sorted(read, key=lambda t: (t[2] is None, -(t[2] or 0)))
    listing = "、".join(f"{label}{fmt(v)}件" if v is not None else f"{label}空白" for _, label, v in ranked)
    blank = "；空白项未计入比较" if any(v is None for _, _, v in read) else ""
    return ctx.answer(
        f"{head}（{m.label}按项：{listing}{blank}）",
        "table",
        value=value,
        unit="件" if value is not None else None,
        citations=[cell_citation(rid, ctx.entry(rid), cells, [k for k, _ in items])],
    )


def no_base(ctx: Context) -> Answer | None:
    """A rate over people, households, staff or days: the reports print no such denominator."""
    return ctx.answer(
        f"{NOT_MENTIONED}：年报只统计申请、复议和诉讼的件数，不载明人口、企业户数、工作人员数、工作日数或申请人的年龄，"
        "这个比率没有分母，无法计算（不以件数代替）。",
        "none",
    )


def forecast(ctx: Context) -> Answer | None:
    """「明年预计会收到多少件申请」: the reports count what a year brought; none forecasts the next one.
    「打算明年发多少条信息」: a plan's figure — the report's own year's figure is never offered as it."""
    if re.search(PLAN_WORDS, ctx.q) and not re.search(GUESS_WORDS, ctx.q):
        return ctx.answer(
            f"{NOT_MENTIONED}：年报写的是本年度已经做了多少，没有写明以后年度计划的数量；"
            "本年的数字不能当作明年的计划。",
            "none",
        )
    return ctx.answer(
        f"{NOT_MENTIONED}：年报只统计本年度已经发生的申请、复议和诉讼件数，不对以后年度作预测；"
        "本年的数字不能当作明年的预计。",
        "none",
    )


def internal_record(ctx: Context) -> Answer | None:
    """「X内部的信息公开台账里登记了多少件投诉」「收到多少件投诉」: the report prints what its tables count (applications,
    reviews, lawsuits) — not a body's internal ledger nor its complaints; never the applications' count offered as them."""
    return ctx.answer(
        f"{NOT_MENTIONED}：年度报告只公布依申请公开的申请、行政复议和行政诉讼等统计数字，"
        "不登载机关内部的台账、记录，也不统计投诉件数；申请件数不能当作投诉或台账的数字。",
        "none",
    )


_ROW_ITEMS = {  # a group of the template → how its items are named in an answer
    "r3": "不予公开的情形",
    "r4": "无法提供的情形",
    "r5": "不予处理的情形",
    "r6": "其他处理的情形",
}


def template_rows(ctx: Context) -> Answer | None:
    """「2021版格式里不予公开的理由有几种」「表四行政诉讼分哪两种」: counted from the template's own rows
    (国办公开办函〔2021〕30号, or 〔2019〕60号 when the question names the 2019 format)."""
    q = ctx.question
    gf2019 = bool(re.search(r"2019年?版|60号|2019年?(?:的)?(?:格式|模板)", ctx.q))
    spec = ts.T3_GF2019 if gf2019 else ts.T3_GF2021
    name = "2019年版（国办公开办函〔2019〕60号）" if gf2019 else "2021年版（国办公开办函〔2021〕30号）"
    m = q.cells[0] if q.cells else None
    if m is None:
        return None
    if m.table == "t3" and (m.col == ts.T3_LEGAL or APPLICANT_ITEMS.search(ctx.q) and m.row not in ts.T3_GROUPS):
        orgs = [ts.T3_COL_LABELS[c] for c in ts.T3_APPLICANTS[1:]]
        if re.search(r"(?:几|多少)列", ctx.q):  # 「申请人一共分几列（不含总计）」: the columns as printed
            n, what, listed = (
                len(ts.T3_APPLICANTS),
                "申请人栏（另有总计一栏）",
                [ts.T3_COL_LABELS[c] for c in ts.T3_APPLICANTS],
            )
        elif m.col == ts.T3_LEGAL or re.search(r"法人|组织", ctx.q):
            n, what, listed = len(orgs), "法人或其他组织的申请人类别", orgs
        else:
            n, what, listed = 2, "申请人大类", ["自然人", "法人或其他组织（" + "、".join(orgs) + "）"]
    elif m.table == "t3" and m.row in ts.T3_GROUPS:
        rows = ts.group_members(spec, m.row)
        n, what = len(rows), _ROW_ITEMS[m.row]
        listed = [ts.short_label("t3", r) for r in rows]
        if rows == (m.row,):
            listed = [f"不分细项，只有「{ts.short_label('t3', m.row)}」一行"]
    elif m.table == "t4" and m.row == ts.T4_LAWSUITS:
        n, what = 2, "行政诉讼的情形"
        cols = "、".join(ts.T4_COL_LABELS[c] for c in ts.T4_COLS)
        listed = [f"未经复议直接起诉（{cols}）", f"复议后起诉（{cols}）"]
    elif m.table == "t4":
        n, what = len(ts.T4_COLS), f"{ts.short_label('t4', m.row)}的结果栏"
        listed = [ts.T4_COL_LABELS[c] for c in ts.T4_COLS]
    else:
        return None
    return ctx.answer(f"{n}种：{name}年报格式的{what}为{'；'.join(listed)}。", "table", value=n, unit="种")


def item_count(ctx: Context) -> Answer | None:
    """「八种不予公开理由实际用到了几种」「申请人涉及几类主体」: how many items of the one report's row or
    group are not 0 — the headline is that count of kinds, the breakdown beside it. A blank item leaves the
    count unknown (said, never taken as 0); a group the report's template does not split is refused."""
    got = _report_cells(ctx)
    if got is None:
        return None
    rid, m, cells = got
    items = _items(m, ctx.q, list(cells))
    if len(items) < 2 or items[0][0] == f"{m.table}.{m.row}.{m.col}":
        return ctx.answer(
            f"{NOT_MENTIONED}：该报告所用格式的表格不把「{m.label}」分成细项，数不出有几种不为0。", "none"
        )
    read = [(k, label, cells[k]["value"] if k in cells else None) for k, label in items]
    if all(k not in cells for k, _ in items):
        return None  # the breakdown not read: the row's own routes (or their refusal) answer
    listing = "、".join(f"{label}{fmt(v)}件" if v is not None else f"{label}空白" for _, label, v in read)
    used = [label for _, label, v in read if v]
    cite = [cell_citation(rid, ctx.entry(rid), cells, [k for k, _ in items if k in cells])]
    if any(v is None for _, _, v in read):
        return ctx.answer(
            f"无法确定：{m.label}的{len(items)}项中有空白或未读出的项，至少{len(used)}种不为0（{listing}）",
            "table",
            citations=cite,
        )
    what = "".join(used[:1]) and f"：{'、'.join(used)}"
    return ctx.answer(
        f"{len(used)}种不为0（共{len(items)}项{what}；{m.label}按项：{listing}）",
        "table",
        value=len(used),
        unit="种",
        citations=cite,
    )
