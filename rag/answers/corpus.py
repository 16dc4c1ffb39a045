"""Questions across reports — rank, trend, change, compare, sum, which reports — answered from one
aggregate query over the scope (`values.measure`), whatever the number of reports; only the few
reports an answer cites are read cell by cell. Each report is one line of the answer: numbers of
two reports never share a sentence without their names."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from extractor import tablespec as ts
from extractor.normalize import fold
from extractor.schema import Answer

from .. import values as vals
from ..cite import cell_citation, fmt
from ..context import NOT_MENTIONED, Context
from ..intent import (
    AT_LEAST,
    GAP,
    IS_IT_TOP,
    SET_SUM,
    UNDER_BOUND,
    bodies_counted,
    cn_number,
    compound,
    found_terms,
    spoken_rows,
    t4_neither,
)
from ..lazyre import lazy
from ..question import CellMeasure, SectionMeasure, template_asked, template_in_force
from . import textrow

LISTED = 12  # reports named in a listing (the count of the rest is said)
# reports named in a ranking: a place × year's bodies (「湖南省2022年哪个单位被复议最多」, 16 of them) read whole — a
# 「其余4份从略」 hid the tail a reader of a ranking asks for (the zeros are its answer too)
RANKED = 20


TEXT_SCOPE = 60  # scopes up to this size also read the text of reports that print no table
_TABLE_NAMED = textrow.TABLE_NAMED


def _series(ctx: Context, m: CellMeasure) -> tuple[list[str], dict[str, float]]:
    """Reports of the scope that print the measure with a number, in scope order — and, in a small
    scope, reports that print no such table but state the row's figure (or its absence) in words."""
    scope = ctx.scope
    if scope.size is not None:  # a corpus scope: the store filters by its years
        found = vals.measure(ctx.store, m, None, scope.sql_years)
        found = {r: v for r, v in found.items() if v is not None and scope.keeps(r)}
        if ctx.n > TEXT_SCOPE:
            return list(found), found
        found.update(_from_text(ctx, m, [r for r in ctx.ids if r not in found]))
        return [r for r in ctx.ids if r in found], found
    found = vals.measure(ctx.store, m, scope.ids, None)
    found = {r: v for r, v in found.items() if v is not None}
    if ctx.n <= TEXT_SCOPE:
        found.update(_column_sums(ctx, m, [r for r in scope.ids if r not in found]))
        found.update(_from_text(ctx, m, [r for r in scope.ids if r not in found]))
    return [r for r in scope.ids if r in found], found


def _column_sums(ctx: Context, m: CellMeasure, rids: list[str]) -> dict[str, float]:
    """A 表三 总计 printed blank over applicant columns that hold cases (上海 2019: 不予处理 148+1+5+4): the
    columns' sum, for each report whose every 总计 cell the measure reads is blank (noted in the answer)."""
    if m.table != "t3" or m.col != "tot" or not rids:
        return {}
    by = ctx.store.cells_of(rids, vals.candidate_keys(m))
    out: dict[str, float] = {}
    for r in rids:
        keys = vals.keys_in(m, by.get(r, {}))
        if keys and all(by[r][k]["value"] is None for k in keys):
            cols = [k.rsplit(".", 1)[0] + "." + c for k in keys for c in ts.T3_APPLICANTS]
            got = ctx.store.cells_of([r], cols).get(r, {})
            if any(c["value"] is not None for c in got.values()):
                out[r] = sum(c["value"] or 0 for c in got.values())
                ctx.column_sums.add(r)
    return out


def _from_text(ctx: Context, m: CellMeasure, rids: list[str]) -> dict[str, float]:
    """The row's figure in the words of reports that print no such table (kept with its quote)."""
    if not textrow.applies(m) or _TABLE_NAMED.search(ctx.q):
        return {}  # (「表三的新收」 asks what the table prints: a sentence of the text is not that)
    out = {}
    for r in textrow.tableless(ctx, rids, m.table, m.row):
        got = textrow.stated(ctx, r, m)
        if got is not None:
            out[r], ctx.text_figures[r] = got
    return out


def _text_note(ctx: Context, rids: list[str]) -> str:
    said = [r for r in rids if r in ctx.text_figures]
    summed = [r for r in rids if r in ctx.column_sums]
    return (f"（{'、'.join(ctx.label(r) for r in said)}表格中没有可读的数字，取自正文）" if said else "") + (
        f"（{'、'.join(ctx.label(r) for r in summed)}的总计栏空白，按各栏之和）" if summed else ""
    )


def _defects_note(ctx: Context, m: CellMeasure, rids: list[str]) -> str:
    """「2023年哪个单位行政复议最多」 lists 洪泽区 at its printed 0 (its parts add up to 11): each listed report whose
    own figures of the measure do not agree is said so, as its one-report answer says it — never corrected."""
    from .table import defects_of, defects_said

    by = ctx.store.cells_of(rids, vals.candidate_keys(m))
    said = [(r, defects_of(ctx, r, vals.keys_in(m, by[r]))) for r in rids if r not in ctx.text_figures]
    return defects_said([f"{ctx.label(r)}——" + "；".join(s) for r, s in said if s], "：")


def not_counted(ctx: Context, read: Collection[str], left: str = "未计入") -> str:
    """「；另有2份报告该项未能读取或为空白，未计入：A2023年、B2023年」: the reports of the scope a set aggregate
    (a sum, a mean, a median, a ranking, a listing) could not read the measure of — tables as pictures, no table
    printed, a blank cell — named (counted only beyond LISTED), never left out unsaid. `read`: the reports that
    have the measure's figure."""
    k = ctx.n - len(set(read))
    if k <= 0:
        return ""
    names = "、".join(ctx.name(r) for r in ctx.ids if r not in read) if k <= LISTED else ""
    return f"；另有{k}份报告该项未能读取或为空白，{left}" + (f"：{names}" if names else "")


def _cite(ctx: Context, m: CellMeasure, rids: list[str], found: Mapping[str, float | None]) -> list:
    by = ctx.store.cells_of(rids, vals.candidate_keys(m))
    keys = {r: vals.keys_in(m, by[r]) for r in rids}
    return [
        cell_citation(r, ctx.entry(r), by[r], keys[r]) if keys[r] else ctx.text_figures[r]
        for r in rids
        if keys[r] or r in ctx.text_figures
    ]


def _lacking(ctx: Context, m: CellMeasure, order: list[str]) -> Answer | None:
    """When fewer than two reports of the scope print the measure, say which do not (a comparison
    with one side missing is not silently turned into a single value)."""
    if len(order) >= 2 or ctx.n < 2 or ctx.n > LISTED:
        return None
    have = set(order)
    missing = [r for r in ctx.ids if r not in have]
    shown = "，".join(ctx.label(r) for r in missing)
    text = f"无法比较：{shown}的报告中没有{m.label}的数字（表格未印出、未能读取或为空白）"
    if order:
        vals_ = vals.measure(ctx.store, m, order)
        text += "；" + "，".join(f"{ctx.label(r)}{fmt(vals_[r])}{vals.unit_of(m)}" for r in order if r in vals_)
    return ctx.answer(text + "。", "compare")


def rank(ctx: Context) -> Answer | None:
    """The reports of the scope by one cell — of the format named only (「采用新版表格的报告排前三」); an
    agency of the list with no report of the years asked is said, the others ranked."""
    fmt_ = template_asked(ctx.q)
    if fmt_:
        ctx = _narrowed(ctx, [r for r in ctx.ids if template_in_force(ctx.entry(r)) == fmt_])
    m = ctx.question.cells[0]
    shares = _rank_shares(ctx, m)
    if shares is not None:
        return shares
    order, found = _series(ctx, m)
    if len(order) < 2:
        return _lacking(ctx, m, order)
    if len(order) == 2 and SIGNED_GAP.search(ctx.q) and not re.search(r"谁|哪|最|还是", ctx.q):
        return compare(ctx)  # 「A比B多几件」: the gap asked, not which is larger
    unit = vals.unit_of(m)
    low = ctx.question.extreme == "min"
    ranked = sorted(order, key=lambda r: found[r], reverse=not low)  # stable: ties keep scope order
    best = found[ranked[0]]
    tied = [r for r in ranked if found[r] == best]
    word = "最少" if low else "最多"
    head = "、".join(ctx.label(r) for r in tied) + f"{word}，{fmt(best)}{unit}"
    other, spread = ranked[-1], None  # 「哪家最多，哪家最少」「最多的和最少的差几件」: the other extreme said too
    both = found[other] != best and bool(_BOTH_ENDS.search(ctx.q))
    if both:
        ends = [r for r in ranked if found[r] == found[other]]
        head += "；" + "、".join(ctx.label(r) for r in ends) + f"{'最多' if low else '最少'}，{fmt(found[other])}{unit}"
        if re.search(GAP, ctx.q):  # 「最多的和最少的差几件」: the spread is what is asked
            spread = round(abs(best - found[other]), 6)
            head += f"；相差{fmt(spread)}{unit}"
    shown = ranked[:RANKED]  # in the ranking's order (「排个序」 is answered by the listing itself)
    listing = "；".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in shown)
    more = f"；其余{len(order) - len(shown)}份从略" if len(order) > len(shown) else ""
    gap = ""
    if len(order) == 2 and len(tied) == 1 and not both and re.search(GAP, ctx.q):  # 「谁更多？多多少」: the gap too
        by = round(abs(found[ranked[0]] - found[ranked[1]]), 6)
        gap = f"；{ctx.label(ranked[0])}比{ctx.label(ranked[1])}{'少' if low else '多'}{fmt(by)}{unit}"
    return ctx.answer(
        f"{_guess_said(ctx, tied)}{m.label}：{head}（{listing}{more}{not_counted(ctx, found, '未参与排序')}）{gap}"
        f"{_text_note(ctx, shown)}{_defects_note(ctx, m, shown)}",
        "compare",
        value=best if spread is None else spread,
        unit=unit,
        citations=_cite(ctx, m, shown, found),
    )


_BOTH_ENDS = re.compile(r"最(?:多|高|大).{0,12}最(?:少|低|小)|最(?:少|低|小).{0,12}最(?:多|高|大)")


def _guess_said(ctx: Context, tied: list[str]) -> str:
    """「…最多的是洪泽吗」: 「是。」 or 「不是。」 before the ranking, by the agency the question guessed."""
    m = IS_IT_TOP.search(fold(ctx.q))
    if m is None or not ctx.scope.corpus:
        return ""
    groups, _ = ctx.catalogue.agencies_named(m.group(1), [])
    guessed = {k for g in groups for k in g}
    if not guessed:
        return ""
    return "是。" if any(ctx.entry(r).agency_key in guessed for r in tied) else "不是。"


_WITHIN_SHARE = re.compile(r"(?:在|于)(.{2,20}?)(?:当中|之中|中|里)(?:的|所)?占")


def _rank_shares(ctx: Context, m: CellMeasure) -> Answer | None:
    """「哪家予以公开的比例（占新收）最高」: each report's share of the row named after 占, ranked — each
    shown as its division. None when no share is asked or its whole is not named."""
    from ..intent import _SHARE, table_measures

    q = ctx.q
    at = q.find("占")
    if not _SHARE.search(q) or at < 0:
        return None
    within = _WITHIN_SHARE.search(q)  # 「在新收申请（中的）占比」: the whole written before 占
    said = table_measures(q[at + 1 :]) or (table_measures(within.group(1)) if within else [])
    bases = [b for b in said if (b.table, b.row, b.col) != (m.table, m.row, m.col)]
    if not bases:
        return None
    base = bases[0]
    _, part = _series(ctx, m)
    _, whole = _series(ctx, base)
    both = [r for r in ctx.ids if r in part and r in whole and whole[r]]
    if len(both) < 2:
        return None
    pct = {r: round(100 * part[r] / whole[r], 2) for r in both}
    low = ctx.question.extreme == "min"
    ranked = sorted(both, key=lambda r: pct[r], reverse=not low)
    word = "最低" if low else "最高"
    unit = vals.unit_of(m)
    listing = "；".join(
        f"{ctx.label(r)}{fmt(pct[r])}%（{fmt(part[r])}÷{fmt(whole[r])}{unit}）" for r in ranked[:LISTED]
    )
    top = ranked[0]
    return ctx.answer(
        f"{m.label}占{base.label}的比例：{ctx.label(top)}{word}，{fmt(pct[top])}%（{listing}"
        f"{not_counted(ctx, both, '未参与排序')}）",
        "compare",
        value=pct[top],
        unit="%",
        citations=_cite(ctx, m, ranked[:LISTED], part) + _cite(ctx, base, ranked[:LISTED], whole),
    )


def _by_year(ctx: Context, order: list[str]) -> list[str] | None:
    """The series of one agency over years (None when the scope is several agencies)."""
    if not ctx.one_agency():
        return None
    return sorted(order, key=lambda r: ctx.entry(r).year or 0)


# 「2024年度比2025年…变化了多少」「2021年较2022年…」: two years, the earlier written first and compared with the later —
# the change asked is the first less the second (「2025年比2024年」「从2024年到2025年」 are later less earlier)
_EARLIER_FIRST = re.compile(
    r"(?<!\d)((?:19|20)?\d{2})\s*年度?(?:的)?[^比较从到至]{0,20}?(?:比|较)(?:起|于)?\s*((?:19|20)?\d{2})\s*年"
)


def _earlier_first(q: str) -> bool:
    m = _EARLIER_FIRST.search(q)
    return bool(m and int(m.group(1)[-2:]) < int(m.group(2)[-2:]))  # (「24年比25年」: two-digit years as written)


def change(ctx: Context) -> Answer | None:
    """From the earliest to the latest report of one agency (or between the two reports asked)."""
    m = ctx.question.cells[0]
    over = _set_over_years(ctx, m)
    if over is not None:
        return over
    order, found = _series(ctx, m)
    if len(order) == 2 and not ctx.one_agency():
        # two agencies (in one year or in two: 「A2022年的比B2021年多吗」): a difference, not a change over time
        return compare(ctx)
    years = _by_year(ctx, order) or (order if len(order) == 2 else None)
    if not years or len(years) < 2:
        return _lacking(ctx, m, order)
    unit = vals.unit_of(m)
    a, b = years[0], years[-1]
    if _earlier_first(ctx.q):  # 「2024年比2025年予以公开变化了多少」: the year written first is the subject
        a, b = b, a
    va, vb = found[a], found[b]
    diff = round(vb - va, 6)  # (printed decimals: 397.619 − 1163.54 is −765.921, not −765.9209999999999)
    word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
    rel = f"，{'增长' if diff > 0 else '下降'}{abs(100 * diff / va):.1f}%" if va and diff else ""
    listing = "，".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in sorted(years, key=lambda r: -found[r]))
    text = (
        f"{m.label}：{listing}；{ctx.label(b)}比{ctx.label(a)}{word}"
        + (f"{fmt(abs(diff))}{unit}" if diff else "")
        + rel
    )
    text += _text_note(ctx, years)
    if re.search(r"百分|%|幅度|增长率|增幅|降幅|比率|变化率", ctx.q) and va:
        return ctx.answer(
            text, "compare", value=round(100 * diff / va, 2), unit="%", citations=_cite(ctx, m, years, found)
        )
    return ctx.answer(text, "compare", value=diff, unit=unit, citations=_cite(ctx, m, years, found))


# 「吉林省2020年新收合计比2019年多多少」「四川省25年和24年比 新收全部加起来多了还是少了」: a set's sums compared
_SET_CHANGE = re.compile(r"比|较|相比|对比|变化|变了|增|减|涨|降|多了|少了|差")


def _per_year(ctx: Context, rids: list[str]) -> dict[int, list[str]]:
    """The reports by their year (in the order given); a report of no known year is left out."""
    by: dict[int, list[str]] = {}
    for r in rids:
        year = ctx.entry(r).year
        if year:
            by.setdefault(year, []).append(r)
    return by


def _set_over_years(ctx: Context, m: CellMeasure) -> Answer | None:
    """Two years asked of a set of bodies (a place's, a kind's, the whole store's), not of one body: each year's
    sum over the set's reports of that year, then the later less the earlier (「2019年比2020年」: as written).
    The bodies of the two years differ (the store holds what was collected): each year's count of reports is
    said, and the bodies only one year holds — the difference is of two sets, never of one body's figures.
    Asked as a change, or — a sum or a comparison — only with a sum word (「合计」「加起来」「总数」)."""
    years = sorted(set(ctx.question.scope.years))
    scope = ctx.scope
    # (one body both years, asked as a change: the growth route's; asked as the set's 总数 changed — 「湖北省省直厅局…
    # 案件总数2025年跟2024年比变了多少」 — the set's sums here, whatever its size: zsfixa)
    one = ctx.one_agency() and not (SET_SUM.search(ctx.q) and _SET_CHANGE.search(ctx.q))
    if len(years) != 2 or not (scope.kind or scope.corpus) or ctx.n < 2 or one:
        return None
    if ctx.question.operation != "change" and not (SET_SUM.search(ctx.q) and _SET_CHANGE.search(ctx.q)):
        return None
    order, found = _series(ctx, m)
    per = _per_year(ctx, order)
    by = {y: per.get(y, []) for y in years}
    unit = vals.unit_of(m)
    place = (scope.kind or "").removesuffix("各单位") or "库中全部单位"
    if not all(by.values()):  # 「四川省2020年新收合计比2019年多多少」 with no 2019 report of 四川: said, not a listing
        gone = "、".join(f"{y}年" for y in years if not by[y])
        have = "；".join(
            f"{y}年{len(by[y])}份报告合计{fmt(round(sum(found[r] for r in by[y]), 6))}{unit}" for y in years if by[y]
        )
        return ctx.answer(
            f"{NOT_MENTIONED}：{place}没有{gone}的报告（或该项未能读取），无法比较两年合计"
            + (f"（{have}）" if have else "")
            + "。",
            "compare",
        )
    a, b = years  # the later less the earlier, unless the earlier is written as the subject
    if _earlier_first(ctx.q):
        a, b = b, a
    sums = {y: round(sum(found[r] for r in by[y]), 6) for y in years}
    diff = round(sums[b] - sums[a], 6)
    word = "增加" if diff > 0 else "减少" if diff < 0 else "持平"
    rel = f"，{'增长' if diff > 0 else '下降'}{abs(100 * diff / sums[a]):.1f}%" if sums[a] and diff else ""
    heads = "；".join(f"{y}年{len(by[y])}份报告合计{fmt(sums[y])}{unit}" for y in (b, a))
    keys = {y: {ctx.entry(r).agency_key or r for r in by[y]} for y in years}
    both = keys[a] & keys[b]
    same = (
        "两年是同一批单位"
        if keys[a] == keys[b]
        else f"两年所收单位不同：两年都有的{len(both)}家，仅{b}年有的{len(keys[b] - both)}家，"
        f"仅{a}年有的{len(keys[a] - both)}家，差额含单位不同的影响，不是同一批单位的变化"
    )
    parts = "；".join(
        f"{y}年："
        + "，".join(f"{ctx.name(r, with_year=False)}{fmt(found[r])}{unit}" for r in by[y][:LISTED])
        + (f"等{len(by[y])}份" if len(by[y]) > LISTED else "")
        for y in (b, a)
    )
    text = (
        f"{m.label}（{place}各年报告相加）：{heads}；{b}年比{a}年{word}"
        + (f"{fmt(abs(diff))}{unit}" if diff else "")
        + f"{rel}。注意：{same}（{parts}{not_counted(ctx, found)}）{_text_note(ctx, order)}"
    )
    shown = [r for y in (b, a) for r in by[y][:LISTED]]
    if re.search(r"百分|%|幅度|增长率|增幅|降幅|比率|变化率", ctx.q) and sums[a]:
        return ctx.answer(
            text, "compare", value=round(100 * diff / sums[a], 2), unit="%", citations=_cite(ctx, m, shown, found)
        )
    return ctx.answer(text, "compare", value=diff, unit=unit, citations=_cite(ctx, m, shown, found))


def trend(ctx: Context) -> Answer | None:
    m = ctx.question.cells[0]
    order, found = _series(ctx, m)
    years = _by_year(ctx, order)
    if not years or len(years) < 2:
        return _lacking(ctx, m, order)
    unit = vals.unit_of(m)
    seq = [found[r] for r in years]
    steps = [b - a for a, b in zip(seq, seq[1:])]
    if all(s > 0 for s in steps):
        shape = "逐年增加"
    elif all(s < 0 for s in steps):
        shape = "逐年减少"
    elif all(s == 0 for s in steps):
        shape = "各年持平"
    else:
        shape = "有升有降，总体" + ("增加" if seq[-1] > seq[0] else "减少" if seq[-1] < seq[0] else "持平")
    series = " → ".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in years)
    diff = round(seq[-1] - seq[0], 6)
    text = (
        f"{m.label}{shape}：{series}（{ctx.label(years[0])}到{ctx.label(years[-1])}"
        + (f"{'增加' if diff > 0 else '减少'}{fmt(abs(diff))}{unit}）" if diff else "持平）")
        + _text_note(ctx, years)
    )
    return ctx.answer(text, "compare", value=diff, unit=unit, citations=_cite(ctx, m, years, found))


def total(ctx: Context) -> Answer | None:
    m = ctx.question.cells[0]
    over = _set_over_years(ctx, m)
    if over is not None:
        return over
    order, found = _series(ctx, m)
    if len(order) < 2:
        return None
    unit = vals.unit_of(m)
    s = round(sum(found[r] for r in order), 6)
    shown = order[:LISTED]
    listing = "，".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in shown)
    more = f"等{len(order)}份" if len(order) > len(shown) else ""
    # every figure added from a report's text is named, listed or not: the total says what it sums
    said = [r for r in order if r in ctx.text_figures or r in ctx.column_sums]
    return ctx.answer(
        f"{m.label}合计{fmt(s)}{unit}（{listing}{more}{not_counted(ctx, found)}）{_years_apart(ctx, order, found, unit)}"
        f"{_text_note(ctx, said)}",
        "compare",
        value=s,
        unit=unit,
        citations=_cite(ctx, m, shown, found),
    )


def _years_apart(ctx: Context, order: list[str], found: dict[str, float], unit: str) -> str:
    """A total over reports of several years, none or several asked (「广东省县直部门新收合计」 over 2017–2024): the
    headline adds them all, as asked, and says so with each year's part — a reader must not take a
    sum of eight years for one year's."""
    asked = ctx.question.scope.years
    if len(set(asked)) == 1:
        return ""
    by = _per_year(ctx, order)
    if len(by) < 2:
        return ""
    parts = "，".join(
        f"{y}年{fmt(round(sum(found[r] for r in rs), 6))}{unit}（{len(rs)}份）"
        for y, rs in sorted(by.items(), reverse=True)
    )
    said = "" if asked else "未指定年份，"  # (「2019年和2020年…加起来各是多少」: the years asked, each said)
    return f"。{said}以上为{min(by)}—{max(by)}年各年报告相加；按年度：{parts}"


# 「A比B多收了多少件」「相差多少（前者减后者）」: the first named less the second, signed — not who has more
SIGNED_GAP = re.compile(
    r"比[^，,？?。]{1,60}?(?:多|少)[^，,？?。]{0,4}?(?:多少|几)|前者减(?:去)?后者|(?<!谁)减去?[^，,？?。]{2,30}?(?:多少|几)"
)

# 「A比B多还是少，分别几件」: which way it goes is asked — both figures, the larger first, and by how much; never the
# signed gap of the first less the second (「-8件」 read as the answer)
_WHICH_WAY = re.compile(r"多还是少|少还是多|多了还是少了|少了还是多了|是多是少|是多还是少|多是少")


def compare(ctx: Context) -> Answer | None:
    """Side by side; with two reports the difference is the headline (signed, first named less second,
    when the question sets one against the other: 「A比B多多少」)."""
    m = ctx.question.cells[0]
    over = _set_over_years(ctx, m)
    if over is not None:
        return over
    several = _several_measures(ctx)
    if several is not None:
        return several
    order, found = _series(ctx, m)
    if len(order) < 2:
        return _lacking(ctx, m, order)
    unit = vals.unit_of(m)
    shown = sorted(order[:LISTED], key=lambda r: -found[r])  # the larger first (stable: ties keep scope order)
    listing = "；".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in shown)
    value = None
    if (
        len(order) == 2
        and SIGNED_GAP.search(ctx.q)
        and not re.search(r"谁|哪(?:个|家|一)", ctx.q)
        and not _WHICH_WAY.search(ctx.q)
    ):
        a, b = _mention_order(ctx, order)
        value = round(found[a] - found[b], 6)
        how = f"多{fmt(value)}{unit}" if value > 0 else f"少{fmt(-value)}{unit}" if value < 0 else "一样多"
        return ctx.answer(
            f"{fmt(value)}{unit}（{ctx.label(a)}比{ctx.label(b)}{how}；{m.label}：{ctx.label(a)}{fmt(found[a])}{unit}"
            f" − {ctx.label(b)}{fmt(found[b])}{unit}）{_text_note(ctx, [a, b])}",
            "compare",
            value=value,
            unit=unit,
            citations=_cite(ctx, m, [a, b], found),
        )
    if len(order) == 2:
        a, b = found[order[0]], found[order[1]]
        hi, lo = (order[0], order[1]) if a >= b else (order[1], order[0])
        value = round(abs(a - b), 6)  # (7665.94 − 4100.42 is 3565.52, not 3565.5199999999995)
        listing += f"。{ctx.label(hi)}比{ctx.label(lo)}多{fmt(value)}{unit}" if a != b else "。两者相同"
    return ctx.answer(
        f"{m.label}：{listing}{_text_note(ctx, shown)}",
        "compare",
        value=value,
        unit=unit,
        citations=_cite(ctx, m, shown, found),
    )


def _several_measures(ctx: Context) -> Answer | None:
    """(zufixb) 「A和B两家2023年的新收申请和行政复议分别是多少」: two or three bodies, two or more measures — every
    measure asked, each body's number said under it (the larger first, and by how much with two bodies); None when
    one measure is asked (that answer stays as it was) or the scope is not two or three reports."""
    cells = list({(c.table, c.row, c.col): c for c in ctx.question.cells}.values())
    if len(cells) < 2 or not 2 <= ctx.n <= 3 or SIGNED_GAP.search(ctx.q):
        return None
    lines: list[str] = []
    cits = []
    for m in cells[:4]:
        order, found = _series(ctx, m)
        unit = vals.unit_of(m)
        if not order:
            lines.append(f"{m.label}：所查报告均未读出")
            continue
        shown = sorted(order[:LISTED], key=lambda r: -found[r])
        line = "；".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in shown)
        if len(order) == 2:
            a, b = found[order[0]], found[order[1]]
            hi, lo = (order[0], order[1]) if a >= b else (order[1], order[0])
            gap = round(abs(a - b), 6)
            line += f"（{ctx.label(hi)}比{ctx.label(lo)}多{fmt(gap)}{unit}）" if a != b else "（两者相同）"
        missing = [r for r in ctx.ids if r not in found]
        if missing:
            line += "；" + "、".join(ctx.label(r) for r in missing) + "未读出"
        lines.append(f"{m.label}：{line}")
        cits.extend(_cite(ctx, m, shown, found))
    return ctx.answer("\n".join(lines), "compare", citations=cits)


def which(ctx: Context) -> Answer | None:
    """「哪些机关2022年收到的申请超过100件？」「哪些报告有行政诉讼？」: the store keeps the reports that
    pass the test (one query over the scope). Several rows named (「没有行政诉讼也没有行政复议」「复议加诉讼
    为零」): the reports passing it for every one (for any one, with 或)."""
    cells = list({(c.table, c.row, c.col): c for c in ctx.question.cells}.values())
    fmt_ = template_asked(ctx.q)
    if fmt_:  # 「用2019版格式的年报中，哪些…」: the reports of that format only
        ctx = _narrowed(ctx, [r for r in ctx.ids if template_in_force(ctx.entry(r)) == fmt_])
    if (half := _half_cells(ctx.q)) is not None:  # 「予以公开超过办结总数一半的有几家」: one cell against half another
        return _which_half(ctx, *half)
    if share := _SHARE_BOUND.search(ctx.q):
        # 「新收超过百分之50的单位」: a share as the bound of a count — which share is not said; never 「大于0」 listed
        return ctx.answer(
            f"{NOT_MENTIONED}：问题以比例「{share.group()}」为界筛选单位，这里只能按件数筛选，没有按这个比例算过"
            "（按比率筛选请写明比率，如「予以公开率超过50%的单位」）。",
            "none",
        )
    if _THAN_LAST.search(ctx.q) and ctx.n <= TEXT_SCOPE:
        return _which_than_last(ctx, cells[0])
    if len(cells) == 2 and not ctx.question.asserted and _ROW_VS_ROW.search(ctx.q) and not _BOTH.search(ctx.q):
        return _which_row_vs_row(ctx, *_as_named(ctx.q, cells))
    if len(cells) == 1 or ctx.n > TEXT_SCOPE:
        hits, found, what, unit = _which_one(ctx, cells[0])
        return _which_answer(ctx, cells[0], hits, found, what, unit)
    each = [(c, *_which_one(ctx, c)) for c in cells[:3]]
    union = bool(re.search(r"或|或者|任一|之一", ctx.q))
    keep = set(each[0][1])
    for _, hits, *_ in each[1:]:
        keep = keep | set(hits) if union else keep & set(hits)
    hits = [r for r in ctx.ids if r in keep]
    # (a report with any row unread is neither in nor out of the listing: named)
    read = set.intersection(*(set(_series(ctx, c)[1]) | set(f) for c, _, f, _, _ in each)) | set(ctx.text_figures)
    undecided = not_counted(ctx, read, "无法判断")
    label = ("或" if union else "和").join(c.label for c, *_ in each)
    what = each[0][3] if len({x[3] for x in each}) == 1 else "；".join(f"{c.label}{w}" for c, _, _, w, _ in each)
    unit = each[0][4]
    if not hits:
        return ctx.answer(
            f"没有：所查{ctx.n}份报告中，{label}{what}{unit}的报告为0份{undecided}。", "compare", value=0, unit="份"
        )
    shown = hits[: LISTED * 2]
    listing = "；".join(
        f"{ctx.name(r)}（" + "，".join(f"{c.label}{fmt(f[r])}{u}" for c, _, f, _, u in each if r in f) + "）"
        for r in shown
    )
    cits = [x for c, _, f, _, _ in each for x in _cite(ctx, c, [r for r in shown if r in f], f)]
    return ctx.answer(
        f"共{len(hits)}份报告{label}{what}{unit}：{listing}{undecided}{_text_note(ctx, shown)}",
        "compare",
        value=len(hits),
        unit="份",
        citations=cits,
    )


def _narrowed(ctx: Context, ids: list[str]) -> Context:
    """The same question over a subset of its scope (a list scope of those reports)."""
    from dataclasses import replace

    from ..scope import Resolved

    scope = Resolved(ids, ctx.scope.scope, agencies=ctx.scope.agencies)
    return replace(ctx, scope=scope)


# 「予以公开超过办结总数一半」「予以公开占办结过半」「多于办结量的半数」: one cell against half of another (zpfixb)
_HALF = re.compile(
    r"(超过了?|多于|大于|高于|过了?|占了?|达到了?)([^，,？?。（(]{1,14}?)的?(?:一半|半数)(?!以下|以内)"
    r"|(占了?|是)([^，,？?。（(]{1,14}?)的?过半"
)


def _half_cells(q: str) -> tuple[CellMeasure, CellMeasure] | None:
    """The part and the whole of 「A超过B的一半」, each a cell of the tables; None when not so asked."""
    from ..intent import table_measures

    m = _HALF.search(q)
    if m is None:
        return None
    said = m.group(2) or m.group(4) or ""
    before = re.split(r"[，,：:；;。]", q[: m.start()])[-1]
    whole = table_measures(said, strict=False)
    part = table_measures(before, strict=False)
    if not whole or not part or part[-1] == whole[0]:
        return None
    return part[-1], whole[0]


def _which_half(ctx: Context, part: CellMeasure, whole: CellMeasure) -> Answer:
    """「予以公开超过办结总数一半的有几家（没办结过的不算）」: the reports whose part is more than half their whole
    (part × 2 > whole; exactly half is not over it); a report whose whole is 0 is left out and said."""
    _, fp = _series(ctx, part)
    _, fw = _series(ctx, whole)
    both = [r for r in ctx.ids if r in fp and r in fw]
    empty = [r for r in both if not fw[r]]
    hits = [r for r in both if fw[r] and fp[r] * 2 > fw[r]]
    unit = vals.unit_of(part)
    what = f"{part.label}超过{whole.label}的一半"
    notes = [f"{whole.label}为0的{len(empty)}家不计"] if empty else []
    if lacking := len(ctx.ids) - len(both):
        notes.append(f"另有{lacking}份报告没有这两项可比的数字")
    note = f"（{'；'.join(notes)}）" if notes else ""
    if not hits:
        return ctx.answer(
            f"没有：所查{len(both) - len(empty)}家单位中，没有{what}的{note}。", "compare", value=0, unit="家"
        )
    shown = hits[: LISTED * 2]
    lines = [f"{ctx.name(r)}（{fmt(fp[r])}{unit}，{whole.label}{fmt(fw[r])}{unit}）" for r in shown]
    more = f"；其余{len(hits) - len(shown)}家从略" if len(hits) > len(shown) else ""
    return ctx.answer(
        f"共{len(hits)}家单位{what}：" + "；".join(lines) + more + note + _text_note(ctx, shown),
        "compare",
        value=len(hits),
        unit="家",
        citations=_cite(ctx, part, shown, fp) + _cite(ctx, whole, shown, fw),
    )


# 「办结的比新收的多」「新收多于办结」: one row against the other — never against a number (「超过零」) or
# the year before (「比上一年多」), nor a test both rows pass (「都超过」)
_ROW_VS_ROW = re.compile(
    r"比(?!上一?年|去年|前一年|上期|上一份)[^0-9零一二三四五六七八九十]{1,12}?(?:多|少|高|低|大|小)"
    r"|(?:多于|少于|超过|大于|小于|高于|低于|不足)(?!\s*[0-9零一二三四五六七八九十百千万])"
)
_BOTH = re.compile(r"都|均|皆|和.{0,12}(?:各|分别)")


def _as_named(q: str, cells: list[CellMeasure], whole: bool = False) -> list[CellMeasure]:
    """The cells in the order the question names their rows (or, of one row, their columns): 「复议比诉讼多」
    sets 复议 against 诉讼, 「复议和诉讼分别多少」 says 复议 first, though 表四's rows are read lawsuits first
    (`intent.t4_measures`). A cell whose words are not found goes after those found — or, `whole`, the cells keep
    the table's order unless every one is found (「项目数量和采购总金额」: 项目数量 has no column word of its own)."""
    q = fold(q)
    what = "row" if len({(c.table, c.row) for c in cells}) > 1 else "col"

    def at(c: CellMeasure) -> int:
        key = c.row if what == "row" else c.col
        return next((i for i, _, t in found_terms(q, c.table, what) if t.key == key), len(q))

    if whole and any(at(c) == len(q) for c in cells):
        return cells
    return sorted(cells, key=at)


def _which_row_vs_row(ctx: Context, a: CellMeasure, b: CellMeasure) -> Answer:
    """「哪几年办结的申请比新收的多」: in each report, the row named first against the row named second."""
    fewer = bool(re.search(r"比.{1,12}(?:少|低|小)|少于|小于|低于|不足", ctx.q))
    _, fa = _series(ctx, a)
    _, fb = _series(ctx, b)
    both = [r for r in ctx.ids if r in fa and r in fb]
    hits = [r for r in both if (fa[r] < fb[r] if fewer else fa[r] > fb[r])]
    word = "少于" if fewer else "多于"
    unit = vals.unit_of(a)
    lacking = len(ctx.ids) - len(both)
    note = f"（另有{lacking}份报告没有这两项可比的数字）" if lacking else ""
    if not hits:
        return ctx.answer(
            f"没有：所查{len(both)}份报告中，没有{a.label}{word}{b.label}的报告{note}。", "compare", value=0, unit="份"
        )
    shown = hits[: LISTED * 2]
    lines = [f"{ctx.name(r)}（{fmt(fa[r])}{unit}，{b.label}{fmt(fb[r])}{unit}）" for r in shown]
    return ctx.answer(
        f"共{len(hits)}份报告{a.label}{word}{b.label}：" + "；".join(lines) + note + _text_note(ctx, shown),
        "compare",
        value=len(hits),
        unit="份",
        citations=_cite(ctx, a, shown, fa) + _cite(ctx, b, shown, fb),
    )


_THAN_LAST = re.compile(r"比(?:上一?年度?|去年|前一年|上一份|上期)(?:的)?(多|增加|增长|上升|高|少|减少|下降|低)")


def _which_than_last(ctx: Context, m: CellMeasure) -> Answer:
    """「哪几年平潭的新收申请比上一年多」: each report against its agency's report of the year before (both
    read; a report without one is said, never compared with another year)."""
    up = _THAN_LAST.search(ctx.q).group(1) in ("多", "增加", "增长", "上升", "高")  # type: ignore[union-attr]
    _, found = _series(ctx, m)
    prev: dict[str, str] = {}
    for r in ctx.ids:
        e = ctx.entry(r)
        before = [x for x in ctx.catalogue.reports([e.agency_key], [e.year - 1])] if e and e.year else []
        if before:
            prev[r] = before[0].id
    extra = [p for p in prev.values() if p not in found]
    if extra:
        got = vals.measure(ctx.store, m, extra, None)
        found = {**found, **{r: v for r, v in got.items() if v is not None}}
        found.update(_from_text(ctx, m, [r for r in extra if r not in found]))
    unit = vals.unit_of(m)
    years = ctx.question.scope.years
    asked = [r for r in ctx.ids if not years or len(years) < 2 or ctx.entry(r).year == max(years)]
    hits, lonely = [], []
    for r in asked:  # 「2022年…比去年少」: the 2022 reports, each against its 2021 one
        p = prev.get(r)
        if r not in found or p is None or p not in found:
            lonely.append(r)
            continue
        if (found[r] > found[p]) if up else (found[r] < found[p]):
            hits.append((r, p))
    word = "多" if up else "少"
    note = f"（{'、'.join(ctx.label(r) for r in lonely)}没有可比的上一年数字）" if lonely else ""
    if not hits:
        return ctx.answer(f"没有：所查报告中没有{m.label}比上一年{word}的{note}。", "compare", value=0, unit="份")
    lines = [f"{ctx.name(r)}（{fmt(found[r])}{unit}，上一年{fmt(found[p])}{unit}）" for r, p in hits]
    ids = [x for r, p in hits for x in (r, p)]
    return ctx.answer(
        f"共{len(hits)}份报告{m.label}比上一年{word}：" + "；".join(lines) + note + _text_note(ctx, ids),
        "compare",
        value=len(hits),
        unit="份",
        citations=_cite(ctx, m, [r for r, _ in hits], found),
    )


# a bound written as a bare number (no 件 after it: 「超过200的」「不少于50的单位」) — never a year, a share or a ratio
_BARE_BOUND = re.compile(
    r"(?:等于|超过|多于|大于|高于|不少于|不低于|至少|少于|低于|小于|不足|不到)\s*(\d+(?:\.\d+)?)(?![\d.]|\s*(?:年|%|％|个?百分|倍|成))"
)


# a share written as the bound (「超过百分之50」「不到30%」「超过五成」): no count passes or fails it
_SHARE_BOUND = re.compile(
    r"(?:超过|多于|大于|高于|不少于|不低于|至少|少于|低于|小于|不足|不到)\s*"
    r"(?:百分之[\d一二三四五六七八九十]+|\d+(?:\.\d+)?\s*[%％]|[一二三四五六七八九]成)"
)


_NUM = r"(\d+|[一二两三四五六七八九十百千]+)"
# 「1至10件」「30到40件之间」: a range, both ends kept
_RANGE = re.compile(_NUM + r"\s*(?:件|个|条|项)?\s*(?:至|到|~|～|-|—)\s*" + _NUM + r"\s*(?:件|个|条|项)")
# 「是两位数」「有两位数」「在三位数」: that many digits, no more (not 「上了两位数」「两位数以上」) (zpfixb)
_N_DIGITS = re.compile(r"(?<![上过超达破到了])([两二三四五])位数(?!以上|及以上|往上|或以上)")
# 「不超过10件」「十件以内」「最多10件」: at most the bound, the bound kept
_AT_MOST = re.compile(r"不(?:超过|多于|大于|高于)|以内|之内|最多\s*[\d一二两三四五六七八九十百千]")
# 「但不是0的」「不算零件」「非零」: none left out
_NOT_NONE = re.compile(r"(?:不是|不为|不算|不含|非|除去?|去掉|排除)\s*[0零]|非零")


def _span(q: str, limit: float | None) -> tuple[float, float] | None:
    """The two ends of a range asked (lo 0: no lower end said but none left out is 1), None for a one-sided test."""
    if d := _N_DIGITS.search(q):  # 「新收是两位数的」: 10 to 99 (「上了两位数」 is at least 10: one-sided)
        n = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}[d.group(1)]
        return float(10 ** (n - 1)), float(10**n - 1)
    if r := _RANGE.search(q):
        lo, hi = (cn_number(x) if not x.isdigit() else float(x) for x in r.groups())
        if lo is not None and hi is not None and lo <= hi:
            return float(lo), float(hi)
    if limit is not None and _AT_MOST.search(q):
        return (1.0 if _NOT_NONE.search(q) else 0.0), limit
    return None


def _without_cell_words(q: str, m: CellMeasure) -> str:
    """q with the words naming its table's rows and columns blanked (「没有现成信息」「还没判的」「尚未审结」「没有这个
    信息」 name a cell, negation and all: they never say the cell is 0 — 「有…的单位」 asks it above 0)."""
    q = t4_neither(spoken_rows(compound(fold(q)))) if m.table == "t4" else spoken_rows(compound(fold(q)))
    spans = [(a, b) for what in ("row", "col") for a, b, _ in found_terms(q, m.table, what)]
    if m.table == "t3" and m.row.startswith(("r3", "r4", "r5", "r6")):
        # 「因为…而没给的」「所以没提供的」: the refusal the row is, said as a verb
        spans += [(x.start(), x.end()) for x in _REFUSED.finditer(q)]
    for a, b in sorted(spans, reverse=True):
        q = q[:a] + "·" * (b - a) + q[b:]
    return q


_REFUSED = lazy(r"(?:没有?|未|不)(?:给|予|能|被)?(?:公开|提供|给)(?:公开)?")


def _which_one(ctx: Context, m: CellMeasure) -> tuple[list[str], dict, str, str]:
    """The reports of the scope passing the question's test on one measure, their values, the test said."""
    q = ctx.q
    limit = ctx.question.asserted[0] if ctx.question.asserted else None
    if limit is None and (bare := _BARE_BOUND.search(q)):  # 「收到申请超过200的是谁」: a bound written without its unit
        limit = float(bare.group(1))
    span = _span(q, limit)
    if span is not None:  # 「1至10件」「不超过10件但不是0的」「十件以内（不算零件）」: both ends kept
        lo, hi = span
        test, what = (">=", lo) if lo else ("<=", hi), f"为{fmt(lo)}至{fmt(hi)}" if lo else f"不超过{fmt(hi)}"
    elif limit is not None and re.search(rf"(?:是|为|等于|正好|恰好|刚好)\s*{re.escape(fmt(limit))}(?![\d.])", q):
        test, what = ("=", limit), f"为{fmt(limit)}"  # 「哪几个单位行政复议是0件」: equal to it, not above it
    elif limit is not None and UNDER_BOUND.search(q):
        test, what = ("<", limit), f"少于{fmt(limit)}"
    elif limit is not None:
        test, what = (
            ((">=", limit), f"不少于{fmt(limit)}")
            if AT_LEAST.search(q) or "位数" in q  # 「上了两位数」: 10 itself is two digits
            else ((">", limit), f"超过{fmt(limit)}")
        )
    elif re.search(r"(?:不为|不是|非|大于|多于|超过|高于|不等于|[>＞])\s*[0零]|非零", q):
        test, what = (">", 0.0), "大于0"
    elif re.search(
        # 「没办完的」「没经过复议直接告」 say what the counted cases are, not that there are none
        r"为0|为零|是0|等于0|(?<!有)没(?!有?.{0,6}[吗呢]|办完|办结|处理完|经过?|走)|零|未(?!经|办结|办完)|一(?:件|个|起|次).{0,6}都没",
        _without_cell_words(q, m),
    ):
        test, what = ("=", 0.0), "为0"
    else:
        test, what = (">", 0.0), "大于0"
    scope = ctx.scope
    ms = [m]
    if m.table == "t4" and m.col == "tot" and test == (">", 0.0):
        # 「有复议后起诉的案件」: a case printed in any result column counts, even under a 总计 printed 0
        ms += [CellMeasure(table="t4", row=m.row, col=c) for c in ("keep", "fix", "other", "pend")]
    found: dict[str, float | None] = {}
    for mm in ms:
        if scope.size is not None:
            got = {
                r: v for r, v in vals.measure(ctx.store, mm, None, scope.sql_years, test=test).items() if scope.keeps(r)
            }
        else:
            got = vals.measure(ctx.store, mm, scope.ids, None, test=test)
        for r, v in got.items():
            found.setdefault(r, v)
    if m.table == "t3" and m.col == "tot" and test[0] == ">" and ctx.n <= TEXT_SCOPE:
        # a 总计 printed blank over applicant columns that hold cases (上海 2019: 重复申请 5 + 4): the columns' sum
        for r, total in _column_sums(ctx, m, [r for r in ctx.ids if r not in found]).items():
            if total > test[1]:
                found[r] = total
    # reports printing no such table, by what their text says (a larger scope: the few of them with no
    # cell of the table at all, found in one query — 「哪些单位一年都没收到申请」 of a township's sentence)
    unread = [r for r in ctx.ids if r not in found] if ctx.n <= TEXT_SCOPE else _without_table(ctx, m, found)
    if unread:
        op, lim = test
        for r, v in _from_text(ctx, m, unread).items():
            if v > lim if op == ">" else v >= lim if op == ">=" else v < lim if op == "<" else v == lim:
                found[r] = v
    if span is not None:
        found = {r: v for r, v in found.items() if v is not None and v <= span[1]}
    hits = (
        [r for r in ctx.ids if r in found]
        if ctx.n <= TEXT_SCOPE
        else [r for r in scope.ids if r in found]
        if scope.size is None
        else [r for r in found if scope.keeps(r)]
    )
    if m.table == "t4" and m.col == "tot" and test == ("=", 0.0):
        # 「没有收到复议」: a 总计 printed 0 over result columns that hold cases is not none (洪泽 2023: 0 vs 10+1)
        parts = _zero_over_cases(ctx, m, hits)
        hits = [r for r in hits if not parts.get(r)]
    return hits, found, what, vals.unit_of(m)


def _zero_over_cases(ctx: Context, m: CellMeasure, ids: list[str]) -> dict[str, float]:
    """The reports whose 表四 总计 of the measure's row is printed 0 while its result columns hold cases: their
    cases by report (neither none nor a figure to list: the report contradicts itself)."""
    parts: dict[str, float] = {}
    for c in ("keep", "fix", "other", "pend"):
        got = vals.measure(ctx.store, CellMeasure(table="t4", row=m.row, col=c), ids, None, test=(">", 0.0))
        for r, v in got.items():
            parts[r] = parts.get(r, 0) + (v or 0)
    return {r: v for r, v in parts.items() if v}


def _contradicted(ctx: Context, m: CellMeasure, what: str, unit: str) -> str:
    """「哪些单位没有被提起行政诉讼」: a report printing 总计 0 over cases in its result columns is left out of the
    listing — and said so, never dropped without a word."""
    if not (m.table == "t4" and m.col == "tot" and what == "为0") or ctx.n > TEXT_SCOPE:
        return ""
    zero = vals.measure(ctx.store, m, ctx.ids, None, test=("=", 0.0))
    cases = _zero_over_cases(ctx, m, list(zero))
    if not cases:
        return ""
    said = "、".join(f"{ctx.name(r)}（总计印为0，各结果栏合计{fmt(v)}{unit}）" for r, v in cases.items())
    return f"；另有{said}：报告自身不一致，未列入"


def _without_table(ctx: Context, m: CellMeasure, found: dict) -> list[str]:
    """The reports of a large scope that print no cell of the measure's table, when they are few
    enough to read their texts (TEXT_SCOPE); none otherwise."""
    ids = [r for r in ctx.without_table(m.table) if r not in found]
    return ids if len(ids) <= TEXT_SCOPE else []


def counted(ctx: Context, ids: list[str]) -> tuple[str, int, str]:
    """「共N份报告」, or — the question counting bodies (「有几家单位…」) — 「共N家单位」 (a body's several years
    once, the reports said beside): the lead of a listing, its count and unit."""
    if not bodies_counted(fold(ctx.q)):
        return f"共{len(ids)}份报告", len(ids), "份"
    n = len({ctx.entry(r).agency_key or r for r in ids})
    return f"共{n}家单位" + (f"（{len(ids)}份报告）" if n != len(ids) else ""), n, "家"


def _undecided(ctx: Context, m: CellMeasure, found: Mapping) -> str:
    """The reports of a listing's scope whose figure of the measure is not read (in a table, or in the words
    of a report with none): whether they pass the test is not known — named beside the listing (`not_counted`)."""
    if ctx.n <= 1:
        return ""
    return not_counted(ctx, {*_series(ctx, m)[1], *found, *ctx.text_figures}, "无法判断")


def _which_answer(ctx: Context, m: CellMeasure, hits: list[str], found: dict, what: str, unit: str) -> Answer:
    odd = _contradicted(ctx, m, what, unit)
    if not hits:
        return ctx.answer(
            f"没有：所查{ctx.n}份报告中，{m.label}{what}{unit}的报告为0份{odd}{_undecided(ctx, m, found)}。",
            "compare",
            value=0,
            unit="份",
        )
    shown = hits[: LISTED * 2]
    listing = "；".join(f"{ctx.name(r)}（{fmt(found[r])}{unit}）" for r in shown)
    more = f"；其余{len(hits) - len(shown)}份从略" if len(hits) > len(shown) else ""
    lead, n, counted_in = counted(ctx, hits)
    return ctx.answer(
        f"{lead}{m.label}{what}{unit}：{listing}{more}{odd}{_undecided(ctx, m, found)}{_text_note(ctx, shown)}",
        "compare",
        value=n,
        unit=counted_in,
        citations=_cite(ctx, m, shown, found),
    )


def _mention_order(ctx: Context, rids: list[str]) -> list[str]:
    """Reports in the order the question names them: by where their year is written, and for one
    year, by where their agency is."""
    from ..intent import normalise_years

    q = normalise_years(ctx.question.text)  # 「22年是19年的几倍」: the years as written, in full
    agencies = ctx.question.scope.agencies

    latest = max((ctx.entry(r).year or 0 for r in rids), default=0)
    this = re.search(r"今年|本年度?|当年", q)
    last = re.search(r"去年|上一?年度?|前一年", q)

    def at(r: str) -> tuple[int, int]:
        e = ctx.entry(r)
        year = q.find(str(e.year)) if e and e.year else -1
        if year < 0 and e and e.year:  # 「今年的申请是去年的几倍」: the years said relative to the report read
            rel = this if e.year == latest else last if e.year == latest - 1 else None
            year = rel.start() if rel else -1
        names = [n for n in agencies if e and (n in f"{e.agency or ''}{e.agency_key}" or e.agency_key in keys_of(n))]
        return (year if year >= 0 else 10**6, min((q.find(n) for n in names if q.find(n) >= 0), default=10**6))

    def keys_of(n: str) -> set[str]:  # 「上海市府办」 as written: the agency keys it resolves to
        groups, _ = ctx.catalogue.agencies_named(n, [])
        return {k for g in groups for k in g}

    return sorted(rids, key=at)


def _implicit_subject(ctx: Context, a: str, b: str) -> tuple[str, str]:
    """「行政许可决定数是2021年的多少倍」 asked of the 2023 report: one agency, one year written — the
    year not written (the report read) is the subject, the written one the divisor."""
    from ..intent import normalise_years

    ea, eb = ctx.entry(a), ctx.entry(b)
    if not ea or not eb or ea.agency_key != eb.agency_key or ea.year == eb.year:
        return a, b
    q = normalise_years(ctx.q)
    written = [r for r, e in ((a, ea), (b, eb)) if e.year and str(e.year) in q]
    if len(written) == 1 and not re.search(r"今年|去年|本年|上一?年|前一年", q):
        return (b, a) if written[0] == a else (a, b)
    return a, b


def ratio(ctx: Context) -> Answer | None:
    """「平潭2021年新收申请是2020年的几倍」: the report named first over the one named second."""
    m = ctx.question.cells[0]
    order, found = _series(ctx, m)
    if len(order) != 2:
        return _lacking(ctx, m, order) if len(order) < 2 else None
    a, b = _mention_order(ctx, order)
    a, b = _implicit_subject(ctx, a, b)
    if not found[b]:
        return ctx.answer(f"无法计算：{ctx.label(b)}为0", "compare", citations=_cite(ctx, m, [a, b], found))
    r = round(found[a] / found[b], 2)
    unit = vals.unit_of(m)
    text = (
        f"{r:g}倍（{m.label}：{ctx.label(a)}{fmt(found[a])}{unit} ÷ {ctx.label(b)}{fmt(found[b])}{unit}）"
    ) + _text_note(ctx, [a, b])
    return ctx.answer(text, "compare", value=r, unit="倍", citations=_cite(ctx, m, [a, b], found))


def share(ctx: Context) -> Answer | None:
    """「平潭2022年新收占2019到2022四年合计的比例」: the reports named before 占 (by year, else by agency) over
    the sum of every report of the scope, each shown."""
    from ..intent import RANGE, normalise_years, years_in

    m = ctx.question.cells[0]
    order, found = _series(ctx, m)
    if len(order) < 2:
        return None
    q = normalise_years(ctx.question.text)
    at = q.find("占")
    if at <= 0:
        return None
    head = q[:at]
    years = set(years_in(RANGE.sub("", head)))  # 「2021年…在2019至2022年总量中」: the range is the whole
    # 「2021年和2022年两年新收加起来，2022年占多少」: the whole is said first, the part right before 占
    near = set(years_in(re.split(r"[，,；;]|加起来|合计|之和|总和|一共|总共|当中|之中|中|里", head)[-1]))
    if near and near < years:
        years = near
    part = [r for r in order if ctx.entry(r).year in years] if years else []
    if not part:
        named = [n for n in ctx.question.scope.agencies if n in head]
        part = [r for r in order if any(n in f"{ctx.entry(r).agency or ''}{ctx.entry(r).agency_key}" for n in named)]
    if not part and re.search(r"今年|本年度?|当年|最近一年", head) and ctx.one_agency():
        part = [max(order, key=lambda r: ctx.entry(r).year or 0)]  # 「今年的…占这四年总量」: the newest report
    if not part or len(part) == len(order):
        return None
    whole = sum(found[r] for r in order)
    if not whole:
        return ctx.answer("无法计算：作为分母的合计为0", "compare", citations=_cite(ctx, m, order, found))
    p = sum(found[r] for r in part)
    pct = round(100 * p / whole, 2)
    unit = vals.unit_of(m)
    pl = "+".join(f"{ctx.label(r)}{fmt(found[r])}{unit}" for r in part)
    wl = "+".join(f"{ctx.label(r)}{fmt(found[r])}" for r in order)
    text = f"{pct:g}%（{m.label}：{pl} ÷ 合计{fmt(whole)}{unit}（{wl}））" + _text_note(ctx, order)
    return ctx.answer(text, "compare", value=pct, unit="%", citations=_cite(ctx, m, order, found))


_LISTED_YEARS = lazy(r"分别|各(?:是|为|有|自)?(?:多少|几)|各(?:是|为|有)")
_COMPARED_YEARS = lazy(r"比|变化|增减|差|增加|减少|趋势|多了|少了|涨|降")


def one_side(ctx: Context) -> Answer | None:
    """「安康2021年到2022年申请数量变化了多少」 with only the 2022 report stored, 「上海科委近五年的排名」 with
    one report: no comparison can be made, and a single year's number is not the answer."""
    have = {ctx.entry(r).year for r in ctx.ids}
    missing = [y for y in ctx.question.scope.years if y not in have]
    if ctx.question.scope.years and not missing:
        return None
    gap = f"没有{'、'.join(f'{y}年' for y in missing)}的报告" if missing else "只有一份报告"
    if missing and ctx.n == 1 and _LISTED_YEARS.search(ctx.q) and not _COMPARED_YEARS.search(ctx.q):
        # 「这两年…分别是多少」 on the 2024 report with no 2023 report stored: each year asked listed — the stored
        # year's figure, the other said not stored (no comparison was asked)
        from .table import value

        got = value(ctx)
        if got is not None and got.value is not None:
            got.answer = f"{ctx.label(ctx.ids[0])}：{got.answer}；{gap}（库中没有，无法给出）"
            return got
    return ctx.answer(
        f"{NOT_MENTIONED}：{gap}，无法比较（范围内只有{'、'.join(ctx.label(r) for r in ctx.ids)}的报告）。", "compare"
    )


def missing_side(ctx: Context) -> Answer | None:
    """A comparison of agencies one of which has no report of the years asked: not made (the other
    side's number alone is not the answer), and said so."""
    missing = ctx.scope.missing
    if not missing:
        return _unknown_side(ctx)
    if ctx.question.operation == "rank" and len(ctx.scope.agencies) - len(missing) >= 2:
        return None  # a ranking of a list: the others are ranked, the missing one said (rank)
    years = "、".join(f"{y}年" for y in ctx.question.scope.years[:6])
    have = "、".join(ctx.label(r) for r in ctx.ids[:LISTED])
    return ctx.answer(
        f"{NOT_MENTIONED}：{'、'.join(missing)}没有{years}的报告，无法比较（范围内只有{have}的报告）。", "compare"
    )


def _unknown_side(ctx: Context) -> Answer | None:
    """「安康市政府和陕西省政府谁的申请多」: one side names a body the store has no report of — the
    comparison is not made (the known side's number alone is not the answer)."""
    from extractor.normalize import fold

    from ..scope import _NOT_PLACE, _PLACE_IN_Q

    if not ctx.n or not ctx.one_agency():
        return None
    q = fold(ctx.q)
    written = [(q.find(w), q.find(w) + len(w)) for w in ctx.question.scope.agencies if w and q.find(w) >= 0]
    for m in _PLACE_IN_Q.finditer(q):
        if _NOT_PLACE.match(m.group(1)) or any(a < m.end() and m.start() < b for a, b in written):
            continue  # (「河北省」 of 「河北省人力资源和社会保障厅」: part of a name found)
        groups, _ = ctx.catalogue.agencies_named(q[m.start() : m.end() + 16], [])
        if not groups:
            name = re.sub(r"^[和与及跟同、，,]", "", m.group(0))
            return ctx.answer(f"{NOT_MENTIONED}：没有找到「{name}」的报告，无法比较。", "compare")
    return None


def all_zero(ctx: Context) -> Answer | None:
    """「哪些年报表四全部是0」: the reports of the scope whose every cell of the table is printed 0 (a
    blank cell is not a 0; a report whose table was not read is not listed, and is said)."""
    m = ctx.question.first(SectionMeasure)
    table = getattr(m, "table", None) or "t4"
    ids = ctx.ids
    hits = ctx.store.all_zero(table, ids)
    name = {"t2": "表二", "t3": "表三", "t4": "表四"}[table]
    unread = textrow.tableless(ctx, ids, table) if len(ids) <= TEXT_SCOPE else []
    note = f"（{'、'.join(ctx.label(r) for r in unread)}的{name}没有可读的数字，未列入）" if unread else ""
    if not hits:
        return ctx.answer(f"没有：所查{ctx.n}份报告中，没有{name}全部为0的报告{note}。", "compare", value=0, unit="份")
    shown = hits[: LISTED * 2]
    more = f"；其余{len(hits) - len(shown)}份从略" if len(hits) > len(shown) else ""
    cells = {
        r: {k: c for k, c in got.items() if k.startswith(table + ".")} for r, got in ctx.store.cells_of(shown).items()
    }
    cits = [cell_citation(r, ctx.entry(r), cells[r], sorted(cells[r])[:40]) for r in shown]
    listing = "；".join(f"{ctx.name(r)}（{len(cells[r])}格均为0）" for r in shown)
    return ctx.answer(
        f"共{len(hits)}份报告{name}全部为0：{listing}{more}{note}",
        "compare",
        value=len(hits),
        unit="份",
        citations=cits,
    )


_RATE_ROWS = ("t3.new.tot", "t3.carry_in.tot", "t3.r7.tot")


def which_rate(ctx: Context) -> Answer | None:
    """「哪些年度办结率低于100%」: the share of the year's applications (本年新收 + 上年结转) the table says were
    answered (办理结果总计), per report, against the bound — each shown as its division. A report whose
    table gives no such numbers is left out and said."""
    from ..intent import RATE_LIMIT

    lim = RATE_LIMIT.search(ctx.q)
    if lim is None or not 1 <= ctx.n <= TEXT_SCOPE:
        return None
    bound = float(lim.group(1))
    under = bool(UNDER_BOUND.search(lim.group()))
    at_least = bool(AT_LEAST.search(lim.group()))
    cells = ctx.store.cells_of(ctx.ids, list(_RATE_ROWS))
    hits, unread = [], []
    for r in ctx.ids:
        got = cells.get(r, {})
        new, carry, done = (got[k]["value"] if k in got else None for k in _RATE_ROWS)
        whole = (new or 0) + (carry or 0)
        if new is None or done is None or not whole:
            unread.append(r)
            continue
        rate = round(100 * done / whole, 2)
        if (rate < bound) if under else (rate >= bound) if at_least else (rate > bound):
            hits.append((r, rate, new, carry, done, got))
    note = not_counted(ctx, [r for r in ctx.ids if r not in unread], "无法判断").lstrip("；")
    note = f"（{note}）" if note else ""
    what = f"办结率（办理结果总计÷（本年新收+上年结转））{lim.group().lstrip('的是为')}"
    if not hits:
        return ctx.answer(f"没有：所查{ctx.n}份报告中，没有{what}的报告{note}。", "compare", value=0, unit="份")
    lines = [
        f"{ctx.name(r)}（{fmt(done)}÷（{fmt(new)}+{fmt(carry or 0)}）={fmt(rate)}%）"
        for r, rate, new, carry, done, _ in hits
    ]
    cits = [cell_citation(r, ctx.entry(r), got, list(_RATE_ROWS)) for r, _, _, _, _, got in hits]
    return ctx.answer(
        f"共{len(hits)}份报告{what}：" + "；".join(lines) + note, "compare", value=len(hits), unit="份", citations=cits
    )
