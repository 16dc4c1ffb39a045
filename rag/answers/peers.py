"""One body against the set of its peers (「X的新收比山东省2024年各单位的平均数高多少」「X占广东省2024年所有单位合计
的百分之几」「X在江西省同年度的单位里排第几」), and a rate of the set as a whole (「浙江省2020年所有单位加总，自然人申请
占新收的比例」).

The set is a `report_set.ReportSet`: the scope's place set (「山东省…各单位」, resolved by `rag.scope`), or — when
the scope resolved to the body alone — what the question names once the body is taken out; the body (the one
agency named beside it) is its target. The operations are `named_sets`' (one handler each). No report prints these
figures: each answer shows its formula and every report's cell, cited; a report of the set that prints no such
figure is named and left out, never counted as 0."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.schema import Answer

from .. import values as vals
from ..cite import fmt
from ..context import Context
from ..intent import asserted
from ..lazyre import lazy
from ..question import CellMeasure
from ..scope import Resolved
from . import corpus
from .report_set import ReportSet, unread_said

# the set the body is set against: 「各单位」「所有（报告）单位」「全省」「同省」「当年所有」「同年度的报告单位」
PEER_SET = lazy(
    r"各(?:报告)?(?:单位|部门|机关)|这些(?:单位|部门|机关)|(?:所有|全部|其他|其余)(?:的)?(?:报告)?(?:单位|部门|机关)|全省|同省|全市|"
    r"同(?:年度?|一年)?的?(?:报告)?(?:单位|部门|机关)|报告单位"
)
# a province named beside the body (「X在广东省2024年排名第几」「广东省…加起来，X一家贡献了百分之多少」): its bodies
_PROVINCE = lazy(
    r"(?:北京|天津|上海|重庆)市|(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|"
    r"四川|贵州|云南|陕西|甘肃|青海)省|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区"
)
_GAP = lazy(r"平均.{0,40}(?:差|高|低|多了|少了|多出|超出|超过)|(?:高|低|多|少)于.{0,12}平均")
_POSITION = lazy(r"排(?:名|在|行)?(?:第)?几|第几(?:名|位)|名次|排名(?:多少|如何|怎样)")
_PART_OF = lazy(r"占.{0,30}(?:百分之|比例|比重|多少|几成|份额)|贡献了?.{0,4}(?:百分之|多少|几成)|(?:比例|占比|份额)")
_WHOLE = lazy(r"合计|总数|总和|总量|加起来|加总|汇总|全部|所有|总计")
_POOLED = lazy(r"加总|汇总|合计的?|加起来|总体|整体|合并计算|一起算")
_SAME_YEAR = lazy(r"(?:当|同)年度?|同一年")
_ASCENDING = lazy(r"从少到多|从小到大|从低到高|倒数|升序")


def asks_peer(q: str) -> str | None:
    """Which comparison of one body with its set the question asks: gap (to the mean), share (of the set's
    total), position (its rank), or None."""
    if not PEER_SET.search(q) and not _PROVINCE.search(q):
        return None
    if _POSITION.search(q):
        return "position"
    if _GAP.search(q):
        return "gap"
    if _PART_OF.search(q) and _WHOLE.search(q):
        return "share"
    return None


def asks_pooled(q: str) -> bool:
    """「…所有单位加总算，自然人申请占全部新收的比例」: a share of the set's sums, not of one report."""
    return bool(PEER_SET.search(q) and _POOLED.search(q) and re.search(r"比例|占比|比重|百分之|率", q))


def _measure(ctx: Context) -> CellMeasure | None:
    from ..intent import table_measures

    if ctx.question.cells:
        return ctx.question.cells[0]
    # (「…新收的申请排名中X是第几名」: the rank words read as part of the row; the words before them name it)
    cut = re.split(r"排名|排行|排序|排第|排在|从多到少|从少到多|比|跟|和|与|相比|平均|占|贡献", ctx.q)
    for text in (ctx.q, *cut):
        cells = table_measures(text)
        if cells:
            return cells[0]
    return None


def _set_and_body(ctx: Context) -> ReportSet | None:
    """The body's set, the body's report its target: the first body named (one agency) whose report is in the
    scope's place set — or, when the scope is the body alone, in the set the question names once the body is taken
    out. A place's bodies: a member without the figure is named as not counted (`ReportSet.whole` False)."""
    cat = ctx.catalogue
    groups, written = cat.agencies_named(ctx.q, ctx.question.scope.years)
    for group, w in zip(groups, written, strict=False):
        if len(group) != 1:
            continue
        # (several bodies named — 「A和B加起来，A占多少」 — are the named bodies' comparison, not a place's set)
        whole = ctx.scope if ctx.scope.kind and ctx.n > 1 else _named_set(ctx, w) if ctx.n == 1 else None
        if whole is None:
            continue
        ids = whole.report_ids()
        hits = [r for r in ids if ctx.entry(r).agency_key == group[0]]
        if len(hits) == 1:
            return ReportSet(tuple(ids), whole.kind or "范围内各单位", whole=False, target=hits[0])
    return _chosen_in_set(ctx)


def _chosen_in_set(ctx: Context) -> ReportSet | None:
    """「在湖南省2025年的县区政府里，这家新收排第几」 asked on a chosen report: the report chosen is the body set
    against the set the question names (zffixb: its own figure was answered, no place)."""
    rid = ctx.question.scope.report_id
    if not rid or ctx.n != 1 or ctx.ids[0] != rid:
        return None
    scope = ctx.question.scope.model_copy(update={"agencies": [], "report_id": None})
    found = ctx.catalogue.resolve(ctx.q, scope)  # (「湖南省2025年的县区政府」: a kind named, read as written)
    whole = found if found.kind and found.n >= 2 and not found.unknown and not found.ambiguous else None
    whole = whole or _named_set(ctx, "")
    ids = whole.report_ids() if whole is not None else []
    if whole is None or rid not in ids:
        return None
    return ReportSet(tuple(ids), whole.kind or "范围内各单位", whole=False, target=rid)


def _named_set(ctx: Context, body: str) -> Resolved | None:
    """The set the question names besides the body (「江西省同年度的报告单位」「在河北省2020年排名」), resolved."""
    same_year = _SAME_YEAR.search(ctx.q)
    rest = _SAME_YEAR.sub("", ctx.q).replace(body, "")  # (the body's year: the question's years)
    # (「江西省同年度的报告单位里」「全省所有报告单位」: the set said the way the place sets are written)
    rest = (
        PEER_SET.sub("各单位", rest, count=1)
        if PEER_SET.search(rest)
        else _PROVINCE.sub(lambda m: m.group() + "各单位", rest, count=1)
    )
    scope = ctx.question.scope.model_copy(update={"agencies": [], "report_id": None})
    if same_year and not scope.years:  # 「X2024年…占四川省同年全部年报」: the year of the body's report
        scope = scope.model_copy(update={"years": sorted({y for r in ctx.ids if (y := ctx.entry(r).year)})})
    found = ctx.catalogue.resolve(rest, scope)
    if not found.kind or found.n < 2 or found.unknown or found.ambiguous:
        return None
    return found


def peer(ctx: Context) -> Answer | None:
    """The body's figure against its set: the gap to the mean, its share of the total, or its place — the
    operations of a set (`named_sets.over_set`)."""
    from .named_sets import Kind, SetAsk, over_set

    how = asks_peer(ctx.q)
    m = _measure(ctx)
    s = _set_and_body(ctx) if how and m else None
    if s is None or m is None or how is None:
        return None
    kind: Kind = "deviation" if how == "gap" else "share" if how == "share" else "position"
    return over_set(ctx, SetAsk(kind, bool(_ASCENDING.search(ctx.q))), m, s)


def pooled(ctx: Context) -> Answer | None:
    """A rate of the set as a whole: the part's cells summed over the whole's cells summed (never a mean of
    the reports' own rates), each report's two figures shown."""
    from ..intent import kpi_measures

    q = ctx.question
    if ctx.n < 2:
        return None
    # (「予以公开加部分公开占办理总数」: every row named before the whole is the part — table.share's reading)
    part, base = (q.cells, q.bases) if q.cells and q.bases else (None, None)
    if not part or not base:
        kpi = kpi_measures(ctx.q)
        if kpi:
            part, base = kpi[0], kpi[1]
    if not part or not base:
        m = q.cells[0] if q.cells else None
        whole = _default_base(m) if m else None
        if whole is None or m is None:
            return None
        part, base = [m], [whole]
    p_order, p_found = _summed(ctx, part)
    b_order, b_found = _summed(ctx, base)
    both = [r for r in b_order if r in p_found]
    if len(both) < 2:
        return None
    ps = sum(p_found[r] for r in both)
    bs = sum(b_found[r] for r in both)
    plabel = "+".join(c.label for c in part)
    blabel = "+".join(c.label for c in base)
    listing = "；".join(f"{ctx.name(r)} {fmt(p_found[r])}/{fmt(b_found[r])}" for r in both[: corpus.LISTED])
    gap = f"；{unread_said(ctx, [r for r in ctx.ids if r not in both])}" if len(both) < ctx.n else ""
    cites = corpus._cite(ctx, part[0], both, p_found) + corpus._cite(ctx, base[0], both, b_found)
    group = ctx.scope.kind or "范围内各单位"
    if not bs:
        return ctx.answer(f"无法计算：作为分母的{blabel}合计为0（{listing}）", "compare", citations=cites)
    pct = round(100 * ps / bs, 2)
    text = (
        f"{pct:g}%：{group}{len(both)}份报告合计，{plabel} {fmt(ps)} ÷ {blabel} {fmt(bs)}"
        f"（各报告 {plabel}/{blabel}：{listing}{gap}）"
    )
    return ctx.answer(text, "compare", value=pct, unit="%", citations=cites)


def _default_base(m: CellMeasure) -> CellMeasure | None:
    """The whole a share of one cell is taken of when the question names none: a column of 新收 over 新收,
    a result row over 办理结果总计, a 表四 outcome over its total."""
    if m.table == "t3" and m.row == "new" and m.col != "tot":
        return CellMeasure(table="t3", row="new")
    if m.table == "t3" and m.row not in ("new", "carry_in", "carry_out", "r7"):
        return CellMeasure(table="t3", row="r7", col=m.col)
    if m.table == "t4" and m.col != "tot":
        return CellMeasure(table="t4", row=m.row)
    return None


def _summed(ctx: Context, cells: list[CellMeasure]) -> tuple[list[str], dict[str, float]]:
    """The reports printing every one of `cells`, and their sum in each."""
    out: dict[str, float] = {}
    order: list[str] = []
    for i, c in enumerate(cells):
        o, f = corpus._series(ctx, c)
        if i == 0:
            order, out = list(o), dict(f)
        else:
            order = [r for r in order if r in f]
            out = {r: out[r] + f[r] for r in order}
    return order, out


# 「有多大比例的单位被申请过行政复议」「…的单位占全部报告单位的比例」「报告单位中，零申请的占百分之几」
_BODIES_SHARE = lazy(
    r"(?:多大|多少|几成)(?:的)?比例的(?:单位|机关|部门)|(?:单位|机关|部门)(?:的)?(?:占|比例|比重)|"
    r"(?:单位|机关|部门)(?:中|里|当中)[，,]?.{1,24}的?占(?:了)?(?:百分之|多少|几成|比例|比重)|"
    # 「有百分之多少的单位零申请」「几成的单位…是0」: the share asked before the bodies
    r"(?:百分之(?:多少|几)|几成|多少成)的(?:单位|机关|部门|报告|年报)|"
    # 「行政复议为零的占几成」「一件申请都没收到的占比多少」: bodies with none, their share (never one cell's share)
    r"(?:[0零]|没收到|没有收到|未收到|没有?(?:申请|案件|复议|诉讼)?)(?:件|起|个)?的(?:单位|机关|部门|报告|年报|家)?"
    r"占(?:比|了)?(?:多少|几|百分之|比例|比重|[？?]|$)"
)


# 「上百件的单位」「不满十件的单位」: a count of 件 said of a body with no row named (zpfixb)
_BARE_COUNT = lazy(r"[\d一二两三四五六七八九十百千万]\s*件的(?:单位|部门|机关|报告|家)")


def asks_bodies_share(q: str) -> bool:
    """Is the share asked one of the set's bodies (those passing a test), not of a report's cells?"""
    return bool(_BODIES_SHARE.search(q))


def bodies_share(ctx: Context) -> Answer | None:
    """「山东省2024年各单位中，发生过行政复议的占百分之几」: the reports of the set passing the question's test on one
    measure (`corpus._which_one`: 为0, 超过N, any case in 表四's result columns …) over the reports that print it —
    `conditions.share_meeting`, the one share-of-bodies answer."""
    from .conditions import share_meeting

    m = _measure(ctx)
    if m is None and _BARE_COUNT.search(ctx.q):  # 「上百件的单位占几成」: a body's 件 unqualified, its applications
        m = CellMeasure(table="t3", row="new", col="tot")
    if m is None or ctx.n < 2:
        return None
    if not ctx.question.asserted and (said := asserted(ctx.q)):
        # 「新收上百件的单位占几成」「不满十件的占百分之几」: the bound in words the share's bodies pass (zpfixb)
        ctx = replace(ctx, question=ctx.question.model_copy(update={"asserted": said[:1]}))
    hits, _, what, _ = corpus._which_one(ctx, m)
    order, printed = corpus._series(ctx, m)
    if len(order) < 2:
        return None
    passing = set(hits)
    return share_meeting(ctx, f"{m.label}{what}", {r: r in passing for r in order}, printed, m)


_AGAINST_MEAN = lazy(
    r"(?:高于|低于|超过|不到|不及|大于|小于|多于|少于|在)[^，,？?]{0,12}平均|平均(?:数|值|水平)?(?:以上|以下)"
)


def asks_against_mean(q: str) -> bool:
    """「哪些单位的新收高于全省平均数」: the reports of the set above (or below) the set's own mean."""
    return bool(_AGAINST_MEAN.search(q))


def against_mean(ctx: Context) -> Answer | None:
    """The set's mean of the measure, then the reports above it (below it for 低于/不到/以下), each figure cited."""
    m = _measure(ctx)
    if m is None or ctx.n < 2:
        return None
    order, found = corpus._series(ctx, m)
    if len(order) < 2:
        return None
    mean = sum(found[r] for r in order) / len(order)
    below = bool(re.search(r"低于|不到|不及|小于|少于|以下", ctx.q))
    hits = [r for r in order if (found[r] < mean if below else found[r] > mean)]
    unit = vals.unit_of(m)
    word = "低于" if below else "高于"
    group = ctx.scope.kind or "范围内各单位"
    listing = "；".join(f"{ctx.name(r)}（{fmt(found[r])}{unit}）" for r in hits) or "无"
    gap = f"（{unread_said(ctx, [r for r in ctx.ids if r not in found])}）" if len(found) < ctx.n else ""
    text = (
        f"共{len(hits)}份报告{m.label}{word}平均数{fmt(round(mean, 2))}{unit}：{listing}"
        f"（平均 = {fmt(sum(found[r] for r in order))}÷{len(order)}，{group}{len(order)}份报告）{gap}"
    )
    return ctx.answer(text, "compare", value=len(hits), unit="份", citations=corpus._cite(ctx, m, hits, found))
