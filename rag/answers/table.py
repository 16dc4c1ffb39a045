"""Table cells of one report or a few: the asked cell is the headline; the breakdown a careful
reader adds (applicant columns, case outcomes, the row's other columns) follows it."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from extractor import tablespec as ts
from extractor.normalize import fold
from extractor.schema import Answer

from .. import values as vals
from ..cite import cell_citation, fmt
from ..context import NOT_MENTIONED, Context
from ..intent import _CROSS_CAUSE, several_asks, share_after, spoken_rows, whether_any, whether_cells
from ..question import CellMeasure
from ..units import in_yuan

MAX_LISTED = 20
# (zuleft) several measures listed over a few reports: each its own line — up to 4 measures, over up to 5 reports
_LISTED_MEASURES, _LISTED_REPORTS = 4, 5


# 「三种情形各多少」「按原因分别是多少」「分项」: every sub-item asked, a 0 or a blank one too
EACH = re.compile(
    r"各(?:有|是|为|自)?(?:多少|几)|分别|分项|明细|[两二三四五六七八九几]种|[两二三四五六七八九几]类|按.{0,6}(?:分|列)|"
    r"子项|各个?(?:小)?项"  # 「不予处理的各个子项都是多少」: each sub-item, the zeros too
)


def _said(cells: dict, k: str) -> str:
    v = cells[k]["value"]
    if v is not None:
        return f"{fmt(v)}件"
    mark = printed_mark(cells, [k])
    return f"印为{mark}" if mark else "空白"


def printed_mark(cells: dict, keys: Collection[str]) -> str:
    """「「/」」「「—」」: what a printed placeholder cell shows when it is a mark, not an empty cell (0, blank and
    「/」 are three different things the report prints); empty when every placeholder cell is blank."""
    marks = [
        str(cells[k]["raw"] or "").strip()
        for k in keys
        if k in cells and cells[k]["placeholder"] and cells[k]["value"] is None
    ]
    marks = [x for x in dict.fromkeys(marks) if x and not x.startswith("glued")]
    return "、".join(f"「{x}」" for x in marks)


def blank_said(cells: dict, keys: Collection[str]) -> str:
    """「该栏填写为「/」（未填数字）」 for a printed mark, 「该栏为空白（未填写数字）」 for an empty cell."""
    mark = printed_mark(cells, keys)
    return f"该栏填写为{mark}（未填数字，不是0）" if mark else "该栏为空白（未填写数字）"


def _breakdown(m: CellMeasure, cells: dict, keys: list[str], every: bool = False) -> tuple[str, list[str]]:
    """「（自然人55件、商业企业1件）」 and the cells it quotes; `every`: the sub-items that are 0 or
    blank are said too (the question asks each one)."""
    extra: list[str] = []
    if m.table == "t3" and m.col == "tot" and len(keys) == 1:
        row = keys[0].split(".")[1]
        parts = []
        for c in ts.T3_APPLICANTS:
            k = f"t3.{row}.{c}"
            if k in cells and cells[k]["value"]:
                parts.append(f"{ts.T3_COL_LABELS[c]}{fmt(cells[k]['value'])}件")
                extra.append(k)
        return (f"（{'、'.join(parts)}）" if parts else ""), extra
    if m.table == "t3" and m.col == ts.T3_LEGAL:  # 「非自然人」: the organisation columns, and 总计 − 自然人
        row = keys[0].split(".")[1]
        parts = [
            f"{ts.T3_COL_LABELS[k.rsplit('.', 1)[1]]}{fmt(cells[k]['value'])}件" for k in keys if cells[k]["value"]
        ]
        tot, np_ = cells.get(f"t3.{row}.tot"), cells.get(f"t3.{row}.np")
        value = sum(cells[k]["value"] or 0 for k in keys)
        if (
            tot
            and np_
            and tot["value"] is not None
            and np_["value"] is not None
            and tot["value"] - np_["value"] == value
        ):
            parts.insert(0, f"即总计{fmt(tot['value'])}件−自然人{fmt(np_['value'])}件")
            extra += [f"t3.{row}.tot", f"t3.{row}.np"]
        return (f"（{'；'.join(parts)}）" if parts else ""), extra
    if m.table == "t3" and len(keys) > 1:  # a derived group: its sub-items
        parts = [f"{cite_row(k)}{_said(cells, k)}" for k in keys if every or cells[k]["value"]]
        return (f"（{'、'.join(parts)}）" if parts else ""), []
    if m.table == "t4" and m.col == "tot":
        texts = []
        for g in ts.derived_members("t4", m.row):
            parts = []
            for c in ts.T4_COLS[:4]:
                k = f"t4.{g}.{c}"
                if k in cells and cells[k]["value"]:
                    parts.append(f"{ts.T4_COL_LABELS[c]}{fmt(cells[k]['value'])}件")
                    extra.append(k)
            tot = cells.get(f"t4.{g}.tot")
            v = tot["value"] if tot else None
            texts.append(
                f"{ts.T4_GROUP_LABELS[g]}{fmt(v)}{'件' if v is not None else ''}"
                + (f"（{'、'.join(parts)}）" if parts else "")
            )
        return "：" + "；".join(texts), extra
    return "", extra


def cite_row(key: str) -> str:
    row = key.split(".")[1]
    return ts.row_label("t3", row).split(".", 1)[-1]


# each item asked its number (「分别多少」「各几件」「依次是」): the items' order is the question's (「情况如何」 asks none)
_EACH_ASKED = re.compile(r"分别|各(?:是|为|有|自|几|多少)|依次|各[^，,。？?]{0,3}(?:多少|几)")


# 「采购总金额（万元）」: GF2019's procurement amount in the unit its header prints (the template's cell has none;
# some reports print 元 after the figure, others 万元 in the header)
_AMOUNT_IN_WAN = re.compile(r"采购总?金额\s*[（(]\s*万元\s*[)）]")


def _printed_unit(ctx: Context, rid: str, m: CellMeasure) -> str:
    """The cell's unit; 表二's procurement amount in 万元 when the report's header prints 「采购总金额（万元）」
    (「集中采购总共花了多少万」 was answered 「约0万」 of a 439.21 printed in 万元)."""
    unit = vals.unit_of(m)
    if m.table == "t2" and m.col == "amount":
        report = ctx.store.report(rid)
        if report is not None and _AMOUNT_IN_WAN.search(report.text or ""):
            return "万元"
    return unit


def _one(ctx: Context, rid: str, cells: dict, ms: list[CellMeasure]) -> Answer | None:
    from .corpus import _as_named

    listed = []
    if len(ms) > 1 and _EACH_ASKED.search(ctx.q):  # 「复议和诉讼分别多少」: said, and headlined, in the order asked
        ms = _as_named(ctx.q, ms, whole=True)
    for m in ms:
        keys = vals.keys_in(m, cells)
        values = [cells[k]["value"] for k in keys]
        value = None if all(v is None for v in values) else sum(v or 0 for v in values)
        listed.append((m, keys, value))
    got = [g for g in listed if g[1]]
    if not got:
        return None
    if len(listed) > 1:
        return _listed(ctx, rid, cells, listed)
    m, keys, value = got[0]
    unit = _printed_unit(ctx, rid, m)
    if value is None and any((cells[k]["raw"] or "").startswith("glued") for k in keys):
        return ctx.answer(
            f"{NOT_MENTIONED}：表格中{m.label}一行的数字粘连在一起，无法唯一拆分到各栏（没有可靠的数字）。",
            "table",
            citations=[cell_citation(rid, ctx.entry(rid), cells, keys)],
        )
    if value is None and not any(cells[k]["placeholder"] for k in keys):
        # neither a printed blank nor a number: the cell was not read (a row cut by text the reader could not
        # place) — saying 「空白」 would claim what the report does not print
        return ctx.answer(
            f"{NOT_MENTIONED}：表格中{m.label}一栏没有读出可靠的数字。",
            "table",
            citations=[cell_citation(rid, ctx.entry(rid), cells, keys)],
        )
    if value is None:
        text = f"{m.label}：报告中{blank_said(cells, keys)}"
        cited = list(keys)
        if m.table == "t3" and m.col == "tot":  # what the printed applicant columns add up to, said as such
            parts = [k.rsplit(".", 1)[0] + "." + c for k in keys for c in ts.T3_APPLICANTS]
            printed = [(k, cells[k]["value"]) for k in parts if k in cells and cells[k]["value"] is not None]
            if printed:
                shown = "、".join(f"{ts.T3_COL_LABELS[k.rsplit('.', 1)[1]]}{fmt(v)}件" for k, v in printed if v)
                total = sum(v for _, v in printed)
                cited += [k for k, _ in printed]
                if re.search(r"各(?:申请人)?列|按列|各栏|列相加|列合计", ctx.q):  # the columns' sum is what is asked
                    return ctx.answer(
                        f"{fmt(total)}{unit}（总计栏{'印为' + mk if (mk := printed_mark(cells, keys)) else '为空白'}，"
                        f"按各申请人列相加：{shown}）",
                        "table",
                        value=total,
                        unit=unit,
                        citations=[cell_citation(rid, ctx.entry(rid), cells, cited)],
                    )
                text += f"；各申请人列印有数字，合计{fmt(total)}件" + (f"（{shown}）" if shown else "")
        return ctx.answer(text, "table", citations=[cell_citation(rid, ctx.entry(rid), cells, cited)])
    cited = list(keys)
    detail, extra = _breakdown(m, cells, keys, every=bool(EACH.search(ctx.q)))
    cited += extra
    text = f"{fmt(value)}{unit}{in_yuan(ctx.q, value, unit)}{detail}" + _defect_note(ctx, rid, keys)
    if whether_any(ctx.q):
        # 「今年有没有不予公开的情况」: yes or no, answered by the count (a printed 0 is 「没有」; a blank was said above)
        # (表四's breakdown names its group: 「行政复议3件（结果纠正2件…）」, said once)
        text = detail[1:] + _defect_note(ctx, rid, keys) if detail.startswith("：") else f"{m.label}{text}"
        text = f"有：{text}" if value else f"没有（{text}）"
        return ctx.answer(
            text, "table", value=value, unit=unit, citations=[cell_citation(rid, ctx.entry(rid), cells, cited)]
        )
    if (
        m.table == "t2"
        or m.col != "tot"
        or m.row in ts.T3_GROUPS
        or m.table == "t4"
        and m.row == "lit"
        # 「没有这个信息的几件」: a row of 表三 read from plain words is named (表四's groups name themselves)
        or m.table == "t3"
        and spoken_rows(ctx.q) != ctx.q
    ):
        text = f"{m.label}：{text}"
    elif m.table == "t3" and m.row in _BARE_ROWS and not re.search(_BARE_ROWS[m.row], ctx.q):
        text = (
            f"{m.label}：{text}"  # 「总计多少」「结转几件」: which of the template's totals or carry-overs is answered
        )
    return ctx.answer(
        text, "table", value=value, unit=unit, citations=[cell_citation(rid, ctx.entry(rid), cells, cited)]
    )


def _defect_note(ctx: Context, rid: str, keys: list[str]) -> str:
    """「洪泽区2023年行政复议多少件」: the printed 0 is the answer, but its identity does not hold (维持10 纠正1) — said
    beside it in the report page's words, never corrected (the report's totals are the report's)."""
    return defects_said(defects_of(ctx, rid, keys), "——")


def defects_said(said: list[str], lead: str) -> str:
    """The note beside figures whose report's own identities fail (empty when none do): what fails, in the report
    page's words, and that the figures are as printed."""
    return (
        f"（注意：报告中这组数字不一致{lead}" + "；".join(said) + "。以上是报告印刷的数字，未作更正）" if said else ""
    )


def defects_of(ctx: Context, rid: str, keys: Collection[str]) -> list[str]:
    """The report's own inconsistencies that involve any of these cells, each in the report page's words."""
    from extractor.checkspec import describe
    from extractor.schema import FINDING

    said = []
    for row in ctx.store.findings(rid):
        if row["kind"] != "report_defect":
            continue
        f = FINDING.validate_json(row["body"])
        if set(f.cells) & set(keys):
            said.append(describe(f).sentence.rstrip("。"))
    return list(dict.fromkeys(said))


# 「行政复议和直接起诉哪个多」「予以公开跟不予公开谁多」「哪项更少」: which of two figures is larger (smaller)
_WHICH_MORE = re.compile(r"(?:哪个|哪一个|哪项|哪一项|哪类|哪一类|哪种|谁)(?:更|比较|较|最)?(多|少|高|低)(?!少)")


def _listed(ctx: Context, rid: str, cells: dict, listed: list[tuple[CellMeasure, list[str], float | None]]) -> Answer:
    """「维持、纠正、其他、尚未审结各几件」: every cell listed is said in the order asked — a 0 as 0, a printed
    blank as 空白, a cell the report does not hold or that was not read as 「报告未提及」 — never left out, which
    would answer a list shorter than the one asked as if it were whole; a 「/」 said as printed. The headline is
    the first item's number."""
    which = _WHICH_MORE.search(ctx.q)
    if which and len(listed) == 2 and all(v is not None for _, _, v in listed):
        # 「行政复议和直接起诉哪个多」: which of the two — the one asked for (the larger, or the smaller for 少/低) first
        fewer = which.group(1) in ("少", "低")
        two = [(m, keys, float(v or 0)) for m, keys, v in listed]
        (a, ka, va), (b, kb, vb) = sorted(two, key=lambda g: g[2] if fewer else -g[2])
        said = (
            f"一样多：{a.label}{fmt(va)}{vals.unit_of(a)}，{b.label}{fmt(vb)}{vals.unit_of(b)}"
            if va == vb
            else f"{a.label}{'少' if fewer else '多'}：{a.label}{fmt(va)}{vals.unit_of(a)}，"
            f"{b.label}{fmt(vb)}{vals.unit_of(b)}（相差{fmt(abs(va - vb))}{vals.unit_of(a)}）"
        )
        return ctx.answer(
            said,
            "table",
            value=va,
            unit=vals.unit_of(a),
            citations=[cell_citation(rid, ctx.entry(rid), cells, ka + kb)],
        )
    parts, cited, printed = [], [], False
    # (zufixa) one message, several asks: each ask its own item, a whether-any answered by its count and 有 / 没有
    several = several_asks(ctx.q)
    whether = whether_cells(ctx.q) if several else []
    for m, keys, value in listed:
        glued = any(str(cells[k]["raw"] or "").startswith("glued") for k in keys)
        if value is not None:
            yes_no = ("，有" if value else "，没有") if m in whether else ""
            parts.append(f"{m.label}{fmt(value)}{vals.unit_of(m)}{yes_no}")
        elif glued:  # digits run together: no reading, never a printed mark
            parts.append(f"{m.label}：{NOT_MENTIONED}（数字粘连，无法拆分）")
        elif keys and any(cells[k]["placeholder"] for k in keys):
            mark = printed_mark(cells, keys)
            parts.append(f"{m.label}：" + (f"印为{mark}（无数字）" if mark else "空白（未填写数字）"))
        else:
            parts.append(f"{m.label}：{NOT_MENTIONED}")
        printed = printed or value is not None or (bool(keys) and not glued)
        cited += keys
    for part, whole in share_after(ctx.q) if several else []:
        # 「…，其中自然人多少，占百分之几」: the share computed from the two cells said, after the part
        at = next((i for i, (mm, _, _) in enumerate(listed) if mm == part), None)
        p = next((v for mm, _, v in listed if mm == part), None)
        w = next((v for mm, _, v in listed if mm == whole), None)
        if at is None or p is None or not w:
            continue
        digits = 1 if re.search(r"一位小数", ctx.q) else 2
        parts[at] += f"，占{whole.label}的{round(p / w * 100, digits):.{digits}f}%"
    m, _, value = listed[0]  # (a first item blank is no number: never another item's said in its place)
    unit = vals.unit_of(m) if value is not None else None
    return ctx.answer(
        ("" if printed else f"{NOT_MENTIONED}：") + ("；" if several else "，").join(parts),
        "table",
        value=value,
        unit=unit,
        citations=[cell_citation(rid, ctx.entry(rid), cells, cited)],
    )


# the rows a bare word names (「总计」: the template's row titled 总计; 「结转」: the carry-over to the next year) —
# the answer names the row read unless the question wrote it
_BARE_ROWS = {"r7": r"办理结果|办结|答复", "carry_out": r"下一?年|明年|继续办理|转出", "carry_in": r"上一?年|去年|转入"}


def value(ctx: Context) -> Answer | None:
    """The asked cell(s) in each report of the scope; one report → its number is the headline."""
    ms = ctx.question.cells
    if ctx.n == 1:
        ids = ctx.ids
        cells = ctx.store.cells_of(ids)[ids[0]]
        return _one(ctx, ids[0], cells, ms)
    from . import corpus

    # (zuleft) 「请列出X 2024年度与2025年度的本年新收和结转下年度」: a few reports, several measures listed — every
    # measure its own line, in the order asked (only the first was said before); one measure stays one line
    distinct = list({(c.table, c.row, c.col): c for c in ms}.values())
    listed = distinct[:_LISTED_MEASURES] if len(distinct) >= 2 and ctx.n <= _LISTED_REPORTS else distinct[:1]
    texts, cits, unit = [], [], None
    for m in listed:
        # every report of the scope printing the cell — and, in a small scope, those whose table is not read but
        # whose text states the row's figure (said so)
        order, found = corpus._series(ctx, m)
        if not found:
            if len(listed) > 1:
                texts.append(f"{m.label}：所查报告均未读出")
            continue
        shown = order[:MAX_LISTED]
        unit = unit or vals.unit_of(m)
        lines = [f"{ctx.label(r)}：{fmt(found[r])}{vals.unit_of(m) if found[r] is not None else ''}" for r in shown]
        more = f"（另有{len(order) - len(shown)}份报告未列出）" if len(order) > len(shown) else ""
        texts.append(f"{m.label}：" + "；".join(lines) + more + corpus._text_note(ctx, shown))
        cits += corpus._cite(ctx, m, shown, found)
    if not cits:
        return None
    return ctx.answer("\n".join(texts), "table", unit=unit, citations=cits)


def _row_total(m: CellMeasure, cells: dict) -> tuple[float | None, list[str], bool]:
    """A measure's value in one report, a blank 总计 replaced by the sum of the printed applicant
    columns (said so by the caller): (value, keys read, from columns)."""
    keys = vals.keys_in(m, cells)
    values = [cells[k]["value"] for k in keys]
    if keys and not all(v is None for v in values):
        return sum(v or 0 for v in values), keys, False
    if m.table == "t3" and m.col == "tot" and keys:
        cols = [k.rsplit(".", 1)[0] + "." + c for k in keys for c in ts.T3_APPLICANTS]
        printed = [k for k in cols if k in cells and cells[k]["value"] is not None]
        if printed:
            return sum(cells[k]["value"] for k in printed), printed, True
    return None, keys, False


def rate_terms(ms: list[CellMeasure], bases: list[CellMeasure]) -> tuple[list[CellMeasure], list[CellMeasure]] | None:
    """The part and the whole of a rate of the tables: the whole the question names after 占 (「答复数占（新收+结转）」),
    else a column over its row's total (自然人申请占比), a result row over （七）总计, 办结/结转 over all the year had to
    handle; None when the question's measure has no such whole. Shared by one report's share and the rates asked of
    many reports (rag.answers.rates)."""
    # 「全部公开加部分公开占总计百分之几」: every row named before the whole is the part
    # (with a whole named, the question's measures are the parts: 「处罚占许可、处罚、强制总数」 names 处罚 in both)
    parts = ms if bases else [m for m in ms if (m.table, m.col) == (ms[0].table, ms[0].col)]
    if bases:
        return parts, whole_of_itself(parts, bases)
    m = parts[0]
    if m.table == "t2":  # 「处罚的占比是多少」: table 二 has no total column, so no whole unless the question names one
        return None
    if m.col != "tot":
        # 「诉讼纠错率（直接起诉和复议后起诉合计）」: each part's row, whole — never the first row's alone
        rows = {(p.table, p.row): CellMeasure(table=p.table, row=p.row) for p in parts if p.col == m.col}
        return parts, list(rows.values())
    if m.table == "t3" and m.row not in ("new", "carry_in", "r7", "carry_out"):
        return parts, [CellMeasure(table="t3", row="r7")]
    if m.table == "t3" and m.row in ("r7", "carry_out"):  # 办结率, 结转率: of all the year had to handle
        return parts, [CellMeasure(table="t3", row="new"), CellMeasure(table="t3", row="carry_in")]
    return None


def whole_of_itself(parts: list[CellMeasure], bases: list[CellMeasure]) -> list[CellMeasure]:
    """「复议纠正件数占复议总数的比例（纠错率）」「复议被纠正的在复议总件数里占多少」: a whole read as the part's own
    column (the rate's name or the part's words inside the whole's) is the part's row, total — a part over itself is
    never the rate asked (zffixb: it read 100%, or 无法计算 when the part was 0)."""
    key = {(m.table, m.row, m.col) for m in parts}
    if key != {(m.table, m.row, m.col) for m in bases} or any(m.col == "tot" for m in bases):
        return bases
    rows = {(m.table, m.row): CellMeasure(table=m.table, row=m.row) for m in bases}
    return list(rows.values())


@dataclass
class RateCells:
    """A rate's part and whole read in one report: the keys read, notes on blank totals replaced by their
    columns, and the measure printed blank (no rate then)."""

    part: float = 0.0
    whole: float = 0.0
    keys: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    blank: CellMeasure | None = None


def rate_cells(parts: list[CellMeasure], bases: list[CellMeasure], cells: dict) -> RateCells | None:
    """The part and the whole of a rate in one report's cells; None when a measure is not read at all."""
    out = RateCells()
    for side, group in (("p", parts), ("w", bases)):
        for m in group:
            v, k, from_cols = _row_total(m, cells)
            if v is None and any(cells[x]["placeholder"] for x in k):  # printed blank: no rate, said why
                out.keys, out.blank = k, m
                return out
            if v is None:
                return None
            out.keys += k
            if from_cols:
                out.notes.append(f"{m.label}总计栏空白，按各申请人列相加")
            if side == "p":
                out.part += v
            else:
                out.whole += v
    return out


def share(ctx: Context) -> Answer | None:
    """A part over its whole within one report, computed from the table and said so (the whole: `rate_terms`)."""
    ms = ctx.question.cells
    if ctx.n != 1 or not ms:
        return None
    terms = rate_terms(ms, ctx.question.bases)
    if terms is None:
        return None
    parts, bases = terms
    rid = ctx.ids[0]
    cells = ctx.store.cells_of([rid])[rid]
    got = rate_cells(parts, bases, cells)
    if got is None:
        return None
    if got.blank is not None:
        return ctx.answer(
            f"无法计算：报告中{got.blank.label}一栏"
            + (f"填写为{mark}（未填数字）" if (mark := printed_mark(cells, got.keys)) else "为空白（未填写数字）")
            + "，比例无从得出",
            "table",
            citations=[cell_citation(rid, ctx.entry(rid), cells, got.keys)],
        )
    p, w, keys, notes = got.part, got.whole, got.keys, got.notes
    pl = "+".join(m.label for m in parts)
    wl = "+".join(m.label for m in bases)
    if not w:  # a rate of nothing: refused with the cells that make it so
        return ctx.answer(
            f"无法计算：作为分母的{wl}为0件，比例没有意义（{pl} {fmt(p)}件 ÷ {wl} 0件）",
            "table",
            citations=[cell_citation(rid, ctx.entry(rid), cells, keys)],
        )
    pct = round(100 * p / w, 2)
    note = f"；{'；'.join(notes)}" if notes else ""
    text = f"{pct:g}%（按表格计算：{pl} {fmt(p)}件 ÷ {wl} {fmt(w)}件{note}）"
    return ctx.answer(text, "table", value=pct, unit="%", citations=[cell_citation(rid, ctx.entry(rid), cells, keys)])


def total(ctx: Context) -> Answer | None:
    """Several rows of one report added up (「予以公开和部分公开一共多少件」), each shown."""
    if ctx.n != 1:
        return None
    rid = ctx.ids[0]
    cells = ctx.store.cells_of([rid])[rid]
    read: list[tuple[CellMeasure, list[str]]] = []
    for m in ctx.question.cells:
        keys = vals.keys_in(m, cells)
        if not keys or all(cells[k]["value"] is None for k in keys):
            return None
        read.append((m, keys))
    kept, held = _inside_dropped(read)
    if kept is None:  # two items that share cells but neither holds the other: no sum counts them once
        return None
    parts = [(m, sum(cells[k]["value"] or 0 for k in keys)) for m, keys in kept]
    cited = [k for _, keys in kept for k in keys]
    units = {vals.unit_of(m) for m, _ in parts}
    if len(parts) < 2 and not held or len(units) != 1:
        return None
    unit = units.pop()
    s = sum(v for _, v in parts)
    shown = "+".join(f"{m.label}{fmt(v)}" for m, v in parts)
    said = f"合计{fmt(s)}{unit}（{shown}={fmt(s)}{unit}）" if len(parts) > 1 else f"{shown}{unit}"
    if held:  # 「商业企业和法人或其他组织一共几件」: the one inside the other is counted once
        said += "（" + "；".join(f"{a}已含在{b}内，不重复计算" for a, b in held) + "）"
    return ctx.answer(
        said,
        "table",
        value=s,
        unit=unit,
        citations=[cell_citation(rid, ctx.entry(rid), cells, cited)],
    )


def _inside_dropped(
    read: list[tuple[CellMeasure, list[str]]],
) -> tuple[list[tuple[CellMeasure, list[str]]] | None, list[tuple[str, str]]]:
    """The items of a sum without those whose cells another item already holds (商业企业 inside 法人或其他组织,
    a ground inside 不予公开), each such pair named; None when two items share cells and neither holds the
    other's (no sum of them counts each cell once)."""
    kept, held = [], []
    for i, (m, keys) in enumerate(read):
        inside = next(
            (
                o
                for j, (o, other) in enumerate(read)
                if j != i and set(keys) <= set(other) and (set(keys) < set(other) or j < i)
            ),
            None,
        )
        if inside is None:
            kept.append((m, keys))
        else:
            held.append((m.label, inside.label))
    for i, (_, a) in enumerate(kept):
        if any(set(a) & set(b) for _, b in kept[i + 1 :]):
            return None, held
    return kept, held


def _two(ctx: Context) -> tuple[str, dict, list[tuple[CellMeasure, list[str], float]]] | None:
    """The first two quantities a question names, each summed over its cells in the one report in scope
    (None when either is not printed)."""
    ms = ctx.question.cells
    if len(ms) < 2 or ctx.n != 1:
        return None
    rid = ctx.ids[0]
    cells = ctx.store.cells_of([rid])[rid]
    got = []
    for m in ms[:2]:
        keys = vals.keys_in(m, cells)
        values = [cells[k]["value"] for k in keys]
        if not keys or all(v is None for v in values):
            return None
        got.append((m, keys, sum(v or 0 for v in values)))
    return rid, cells, got


def ratio(ctx: Context) -> Answer | None:
    """「行政处罚决定数是行政许可决定数的多少倍？」: the first quantity named over the second, in one report."""
    two = _two(ctx)
    if two is None:
        return None
    rid, cells, ((a, ka, va), (b, kb, vb)) = two
    if not vb:
        return ctx.answer(
            f"无法计算：{b.label}为0", "table", citations=[cell_citation(rid, ctx.entry(rid), cells, ka + kb)]
        )
    r = round(va / vb, 2)
    text = f"{r:g}倍（按表格计算：{a.label}{fmt(va)}{vals.unit_of(a)} ÷ {b.label}{fmt(vb)}{vals.unit_of(b)}）"
    return ctx.answer(text, "table", value=r, unit="倍", citations=[cell_citation(rid, ctx.entry(rid), cells, ka + kb)])


def one_side(ctx: Context) -> Answer | None:
    """「A是B的几倍」 with only one of A and B read (the other mistyped, or no row of the table): refused, the side
    read named — a ratio is never answered with one of its sides."""
    ms = ctx.question.cells
    if ctx.n != 1 or not ms:
        return None
    return ctx.answer(
        f"{NOT_MENTIONED}：问题里只读出「{ms[0].label}」一项，算倍数或比值需要两项，请写明另一项。", "none"
    )


def difference(ctx: Context) -> Answer | None:
    """「制发的比废止的多还是少，差多少」「制发件数减废止件数」: the first quantity named less the second, in
    one report; a net change (「净增减」) is what was made less what was repealed, whichever is named first."""
    two = _two(ctx)
    if two is None:
        return _side_absent(ctx)
    rid, cells, got = two
    if "净" in ctx.q and got[0][0].col == "repealed":
        got.reverse()
    (a, ka, va), (b, kb, vb) = got
    d = round(va - vb, 6)  # (printed decimals stay as printed)
    unit = vals.unit_of(a)
    if _YES_NO_MORE.search(ctx.q) and not _HOW_MUCH.search(ctx.q):
        return _more_or_not(ctx, rid, cells, got, d, unit)
    how = "多" if d > 0 else "少" if d < 0 else "一样多"
    said = f"{a.label}比{b.label}{how}{fmt(abs(d))}{unit}" if d else f"{a.label}与{b.label}一样多"
    text = f"{fmt(d)}{unit}（{said}；按表格计算：{a.label}{fmt(va)}{unit} − {b.label}{fmt(vb)}{vals.unit_of(b)}）"
    return ctx.answer(text, "table", value=d, unit=unit, citations=[cell_citation(rid, ctx.entry(rid), cells, ka + kb)])


# 「行政复议比直接起诉多吗」「予以公开是不是比不予公开多」「复议比诉讼少不少」: whether the first is more (or less) —
# a yes or no, not the difference (「多多少」「差几件」「多还是少」 ask the difference)
_YES_NO_MORE = re.compile(
    r"(?:多|少|高|低|大|小)(?:吗|么|嘛|麼|嗎|不|没有?|呢)|多不多|少不少|高不高|低不低|"
    r"(?:是不是|是否|有没有|有没)[^，,。？?]{0,24}比[^，,。？?]{1,24}(?:多|少|高|低|大|小)"
)
_HOW_MUCH = re.compile(r"多少|几|差|相差|多出|少了|多了|还是")


def _more_or_not(ctx: Context, rid: str, cells: dict, got: list, d: float, unit: str) -> Answer:
    """「A比B多吗」: yes or no, the larger figure said first, then the other and the difference (「否：B 12件，多于
    A 4件（A比B少8件）」)."""
    (a, ka, va), (b, kb, vb) = got
    less = bool(
        re.search(r"(?:少|低|小)(?:吗|么|嘛|麼|嗎|不|没有?|呢)|少不少|低不低|比[^，,。？?]{1,24}(?:少|低|小)", ctx.q)
    )
    yes = d < 0 if less else d > 0
    if d == 0:
        text = f"否：{a.label}与{b.label}一样多，都是{fmt(va)}{unit}"
    else:
        (big, vbig), (small, vsmall) = ((a, va), (b, vb)) if d > 0 else ((b, vb), (a, va))
        text = (
            f"{'是' if yes else '否'}：{big.label}{fmt(vbig)}{vals.unit_of(big)}，多于{small.label}"
            f"{fmt(vsmall)}{vals.unit_of(small)}（{a.label}比{b.label}{'多' if d > 0 else '少'}{fmt(abs(d))}{unit}）"
        )
    return ctx.answer(text, "table", value=d, unit=unit, citations=[cell_citation(rid, ctx.entry(rid), cells, ka + kb)])


def _side_absent(ctx: Context) -> Answer | None:
    """「规范性文件制发的比废止的多几件」 of a 2019-template 表二 (no 废止 column): one side of the difference
    is not in the report's template — refused, said which; never the other side alone."""
    if ctx.n != 1 or len(ctx.question.cells) < 2:
        return None
    from .absent import column_absent

    rid = ctx.ids[0]
    cells = ctx.store.cells_of([rid]).get(rid, {})
    for m in ctx.question.cells[:2]:
        said = None if vals.keys_in(m, cells) else column_absent(m, cells)
        if said:
            a, b = ctx.question.cells[:2]
            return ctx.answer(f"{NOT_MENTIONED}：{said}，算不出{a.label}与{b.label}之差。", "none")
    return None


def detail(ctx: Context) -> Answer | None:
    """「那件行政复议是谁申请的」「外国人申请了几件」: the tables count applications and cases by kind of
    applicant and result; they name no applicant, origin or subject, and only information-disclosure cases."""
    from ..intent import BY_DIVISION
    from .rates import unread_side

    side = unread_side(fold(ctx.q))
    if side:  # 「予以公开÷热线来电数」: the written formula's other side is no cell of the tables (zqfixb)
        return ctx.answer(
            f"{NOT_MENTIONED}：年报的统计表中没有「{side}」这一项，无法按所写的公式计算。",
            "table",
        )
    below = "，也不按下属的区县、乡镇或部门分列" if BY_DIVISION.search(ctx.q) else ""
    if re.search(r"律所|律师事务所|法律服务机构", ctx.q) and not re.search(r"复议|诉讼|官司|起诉|代理", ctx.q):
        below += "；法律服务机构提出的申请只计件数（表三），不记载机构名称"  # 「哪几家律所来申请过」
    elif re.search(r"原告|被告|律所|律师|赔", ctx.q):  # 「原告是谁」「哪家律所代理」「赔了多少钱」: a case's
        below += "；表四只按结果统计复议、诉讼的件数，不记载当事人、代理律师或赔偿金额"
    if re.search(_CROSS_CAUSE, fold(ctx.q)):  # 「复议案件里几件是因为不予公开」: no link between tables 三 and 四
        below += "；表四只按复议、诉讼自身的结果计数，不按引起案件的答复（予以公开、不予公开等）分列"
    return ctx.answer(
        f"{NOT_MENTIONED}：年报的统计表只按申请人类别（自然人、法人或其他组织）和办理结果计数，"
        f"不记录申请人的身份、来源地或申请内容{below}，行政复议、行政诉讼也只统计政府信息公开引起的案件。",
        "table",
    )
