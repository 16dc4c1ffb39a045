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
from ..context import NOT_MENTIONED, Context
from ..intent import NO_BASE, asserted
from ..lazyre import lazy
from ..place_kinds import respell
from ..question import CellMeasure
from ..scope import Resolved
from ..sectors import sector_set_named
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
_POSITION = lazy(
    r"排(?:名|在|行|列)?(?:第)?几|排老几|(?:位列|位居|名列|居|处于)第?几(?:名|位)?|第几(?:名|位)|名次|排名(?:多少|如何|怎样)"
)
_PART_OF = lazy(r"占.{0,30}(?:百分之|比例|比重|多少|几成|份额)|贡献了?.{0,4}(?:百分之|多少|几成)|(?:比例|占比|份额)")
_WHOLE = lazy(r"合计|总数|总和|总量|加起来|加总|汇总|全部|所有|总计")
_POOLED = lazy(r"加总|汇总|合计的?|加起来|总体|整体|合并计算|一起算")
# 「占全省县级部门的百分之几」「占广东省区县部门的比重」: the share taken of a set written after 占, no 合计 said (zsfixc)
_OF_A_SET = lazy(
    r"占(?:了)?(?:全省|本省|同省|[\u4e00-\u9fff]{2,8}?(?:省|自治区)).{0,16}?(?:部门|政府|单位|机关|镇街|乡镇|街道|委办局)"
)
# 「全省所有单位」「各报告单位」: every body of the set, whatever its level
_ALL_BODIES = lazy(r"(?:各|所有|全部|其他|其余)(?:的)?(?:报告)?(?:单位|机关)|报告单位|(?:所有|全部)(?:的)?年报")
# 「全省」「本省」「省里」 beside a body, no province written: the body's own province (zsfixc)
_WHOLE_PROVINCE = lazy(r"全省|本省|同省|省内|省里")
_SAME_YEAR = lazy(r"(?:当|同)年度?|同一年")
# a whole-store level set named as the set a body is set against (「在2022年库里的区县政府中排第几」「占库里同一年乡镇
# 街道合计的比重」) — a kind of place (「县级市政府」「各个镇」) read as its level's word first (ztfixc)
_LEVEL_SET = lazy(
    r"(?:区县政府|县区政府|乡镇街道|乡镇（街道）|区县部门|县级部门|县直部门|市级部门|市直部门|省级部门|省直部门|市级政府)"
    r"(?:里|中|之中|当中|里面|合计|加起来|总数|总和)"
)


def level_set_named(q: str) -> bool:
    """A level's set (or a kind of place, read as its level) named as the peers of one body (ztfixc)."""
    pk = respell(q)
    return bool(_LEVEL_SET.search(pk.text if pk is not None else q))


_ASCENDING = lazy(r"从少到多|从小到大|从低到高|倒数|升序")


def asks_peer(q: str) -> str | None:
    """Which comparison of one body with its set the question asks: gap (to the mean), share (of the set's
    total), position (its rank), or None."""
    named = PEER_SET.search(q) or _PROVINCE.search(q) or sector_set_named(q) or level_set_named(q)
    if not named or NO_BASE.search(q):
        return None  # (「人均申请量在全省排第几」: a rate over people no report prints — refused by its route)
    if _POSITION.search(q):
        return "position"
    if _GAP.search(q):
        return "gap"
    if _PART_OF.search(q) and (_WHOLE.search(q) or _OF_A_SET.search(q)):
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
    # (「…决定数在全省同级部门中居第几位」: the words before the set name it — zsfixc)
    cut = re.split(r"排名|排行|排序|排第|排在|从多到少|从少到多|比|跟|和|与|相比|平均|占|贡献|在|位列|位居|名列", ctx.q)
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
        if ctx.n == 1 and len(ctx.ids) == 1 and ctx.entry(ctx.ids[0]).agency_key == group[0]:
            # 「X在辽宁省同级区县的职能部门中位列第几」「X占全省同级乡镇合计的百分之几」: X's province × level × year
            # (「同级」 said, or the set as written reads as none) (zsfixc)
            level_set = _level_set(ctx, ctx.ids[0], w)
            own = not _PROVINCE.search(ctx.q) and not _ALL_BODIES.search(ctx.q)
            if level_set is not None and (_SAME_LEVEL.search(ctx.q) or own):
                return level_set  # (「占全省镇街的百分之几」: never the province's every body)
            found = _named_set(ctx, w)
            if found is None and level_set is not None:
                return level_set
        whole = ctx.scope if ctx.scope.kind and ctx.n > 1 else _named_set(ctx, w) if ctx.n == 1 else None
        if whole is None:
            continue
        ids = whole.report_ids()
        hits = [r for r in ids if ctx.entry(r).agency_key == group[0]]
        if len(hits) == 1:
            return ReportSet(tuple(ids), whole.kind or "范围内各单位", whole=False, target=hits[0])
    return _chosen_in_set(ctx)


def _level_set(ctx: Context, rid: str, named: str = "") -> ReportSet | None:
    """The stored bodies of `rid`'s own level in its own province, of its year, `rid` among them — when the question
    writes that province or 「全省/本省」 (never another province's: then the set is the one written). The province
    inside the body's own name as written (`named`: 「河北省教育厅…占办理结果总计的比例」) names no set."""
    from .report_set import place_reports

    e = ctx.entry(rid)
    if e is None or not e.year or not e.agency:
        return None
    level, divs = _depth(e.agency)
    prov = divs.get("省")
    q = ctx.q.replace(named, " ") if named else ctx.q
    written = _PROVINCE.search(q)
    if not level or prov is None:
        return None
    if written.group() != prov.name if written else not _WHOLE_PROVINCE.search(q):  # type: ignore[attr-defined]
        return None
    members = []
    for r in place_reports(ctx.catalogue, prov.code, e.year):  # type: ignore[attr-defined]
        other = ctx.entry(r)
        if r == rid or (
            other is not None and other.agency and other.agency_key != e.agency_key and _depth(other.agency)[0] == level
        ):
            members.append(r)
    if len(members) < 2:
        return None
    word = _PEER_WORD.get(level, level)
    said = f"库里{prov.name}{e.year}年与{e.agency}同级的{word}（含其本身，{len(members)}家）"  # type: ignore[attr-defined]
    return ReportSet(tuple(members), said, whole=False, target=rid)


def _chosen_in_set(ctx: Context) -> ReportSet | None:
    """「在湖南省2025年的县区政府里，这家新收排第几」 asked on a chosen report: the report chosen is the body set
    against the set the question names (zffixb: its own figure was answered, no place)."""
    rid = ctx.question.scope.report_id
    if not rid or ctx.n != 1 or ctx.ids[0] != rid:
        return None
    scope = ctx.question.scope.model_copy(update={"agencies": [], "report_id": None})
    q, e = ctx.q, ctx.entry(rid)
    if (sector_set_named(q) or level_set_named(q)) and e is not None:
        # 「我们在库里同一年的交通部门里排第几」「占本省今年民政部门合计的百分之几」: the chosen report's year and
        # province — a sector's set is asked over every stored year and province otherwise (ztfixa)
        if not scope.years and e.year and (_SAME_YEAR.search(q) or "今年" in q):
            scope = scope.model_copy(update={"years": [e.year]})
            q = _SAME_YEAR.sub("", q).replace("今年", "")  # (its year is the scope's: the place then reads its set)
        if _WHOLE_PROVINCE.search(q) and not _PROVINCE.search(q) and e.agency:
            from .report_set import province_of

            prov = province_of(e.agency)
            q = _WHOLE_PROVINCE.sub(prov.name, q, count=1) if prov is not None else q
    found = ctx.catalogue.resolve(q, scope)  # (「湖南省2025年的县区政府」: a kind named, read as written)
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
    if body and not _PROVINCE.search(rest) and _WHOLE_PROVINCE.search(rest):
        # 「X…占全省县级部门的百分之几」: the province is X's own, never every province's (zsfixc)
        from .report_set import province_of

        prov = province_of(body)
        if prov is not None:
            rest = _WHOLE_PROVINCE.sub(prov.name, rest, count=1)
    # (「江西省同年度的报告单位里」「全省所有报告单位」: the set said the way the place sets are written)
    respelled = (
        PEER_SET.sub("各单位", rest, count=1)
        if PEER_SET.search(rest)
        else _PROVINCE.sub(lambda m: m.group() + "各单位", rest, count=1)
    )
    scope = ctx.question.scope.model_copy(update={"agencies": [], "report_id": None})
    if same_year and not scope.years:  # 「X2024年…占四川省同年全部年报」: the year of the body's report
        scope = scope.model_copy(update={"years": sorted({y for r in ctx.ids if (y := ctx.entry(r).year)})})
    written = rest
    for text in (respelled, written) if respelled != written else (written,):
        found = ctx.catalogue.resolve(text, scope)
        # (「占四川省县级部门的百分之几」: the kind written is read as written when 各单位 beside it reads as none)
        if found.kind and found.n >= 2 and not found.unknown and not found.ambiguous:
            return found
    return None


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
    # 「比平均多的有几家」「哪几家…比平均水平高」「比均值大的是哪几个」: the members against the set's mean (zsfixb)
    r"|比(?:全省|全市|本组|该组|这组|整体|总体|大家)?的?(?:平均|均值)(?:数|值|水平)?(?:还|要|更)?(?:多|高|大|少|低|小)"
)
# the members below the mean, not above it
_BELOW_MEAN = lazy(
    r"低于|不到|不及|小于|少于|以下"
    r"|比(?:全省|全市|本组|该组|这组|整体|总体|大家)?的?(?:平均|均值)(?:数|值|水平)?(?:还|要|更)?(?:少|低|小)"
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
    below = bool(_BELOW_MEAN.search(ctx.q))
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


# ---------------------------------------------------------------- a chosen report's peers (zpfixc)
# 「库里和我们同级的X市区县政府（含我们）新收从多到少怎么排」「与本单位同级的各区县政府中新收高于本单位的有哪些」「我们
# 新收的占X市同级区县政府加起来的百分之多少」 on a chosen report: the bodies of its own level in its own city (its
# province for a 乡镇/街道), of its year, the store holds — the asker among them. No report prints these: each figure
# is its own report's, cited; the set is the store's, said so (「库里」).
_SAME_LEVEL = lazy(
    r"同级|同一级|同级别|同一级别|同层级|同一层级|同等级别|一个级别|同一个级别|一样级别|相同级别|级别相同|平级"
)
_SHARE_ASKED = lazy(r"占.{0,40}(?:百分之|比例|比重|多少|几成|份额|占比)|占比|百分比")
_MORE_ASKED = lazy(
    r"(?:高于|多于|超过|大于|低于|少于|小于|不到|不及)(?:了)?(?:我们|咱们|本|我)|"
    r"比(?:我们|咱们|本|我)[\u4e00-\u9fff]{0,3}?(?:还)?(?:要)?(?:多|高|大|少|低|小)"
)
_FEWER = lazy(r"低于|少于|小于|不到|不及|比(?:我们|咱们|本|我)[\u4e00-\u9fff]{0,3}?(?:还)?(?:要)?(?:少|低|小)")
_RANK_ASKED = lazy(
    r"排序|排名|排个|排一|排列|排下|怎么排|如何排|名次|顺序|谁多谁少|(?:从|由)(?:多|高|大|少|低|小)(?:往|到|至)"
)
_RANK_LOW = lazy(r"(?:从|由)(?:少|低|小)(?:往|到|至)|升序|倒数")
_PLACE_ASKED = lazy(
    r"排(?:在|行|名|列)?(?:在)?第几|排老几|(?:位列|位居|名列|列|居|处于|排在)第?几(?:名|位)?|第几(?:名|位)|名次"
)
# 「跟我们同省同级的…」: the province's bodies of the level, whatever the asker's city
_OWN_PROVINCE_WORDS = lazy(r"同省|本省|我省|全省|省内|省里|省级?范围|同一个?省")
# how the set is said in an answer, by the asker's level
_PEER_WORD = {"县级政府": "区县政府", "市级部门": "市直部门", "乡级政府": "乡镇（街道）", "县级部门": "区县部门"}


def asks_chosen_peers(q: str) -> str | None:
    """Which of the peer asks a question on a chosen report makes (share, more, rank), or None when it names no
    peers (「同级」 and an ask of the set)."""
    if not _SAME_LEVEL.search(q) or NO_BASE.search(q):
        return None  # (「按辖区人口算，人均…在全省同级排第几」: refused, never the count's place — zsfixc)
    if _SHARE_ASKED.search(q):
        return "share"
    if _MORE_ASKED.search(q):
        return "more"
    if _PLACE_ASKED.search(q):
        return "position"
    if _RANK_ASKED.search(q):
        return "rank"
    return None


def _depth(agency: str) -> tuple[str | None, dict[str, object]]:
    """(the body's level, its divisions by their level: 省/市/县) as the gazetteer reads its name."""
    from extractor import gazetteer as G

    from ..scope import identify

    ident = identify(agency)
    if ident is None or not ident.region_code:
        return (ident.level if ident is not None else None), {}
    own = G.get(ident.region_code)
    divs = [own, *G.ancestors(own)] if own is not None else []
    return ident.level, {d.level: d for d in divs}


def _other_place(q: str, codes: set[str]) -> bool:
    """Does the question write a province or city (「成都市」「四川」「延边朝鲜族自治州」) that is none of the asker's own
    divisions `codes`? (Then the set is a named one — not the asker's peers.)"""
    from extractor import gazetteer as G

    for short in G.province_shorts():
        at = q.find(short)
        after = q[at + len(short) : at + len(short) + 1] if at >= 0 else ""
        if at < 0 or after in ("州", "市"):  # (「海南州」「吉林市」: a city, read below)
            continue
        if not any(d.code in codes for d in G.by_short(short) if d.level == "省"):
            return True
    for end in re.finditer(r"市|州|盟|地区", q):
        b = end.end()
        for a in range(max(0, b - 10), b - 1):
            cities = [d for d in G.by_name(q[a:b]) if d.level == "市"]
            if cities:
                if not any(d.code in codes for d in cities):
                    return True
                break
    return False


def chosen_peers(ctx: Context, rid: str, level: str | None) -> Answer | None:
    """The chosen report `rid` (of `level` as stored) set against its peers: ranked, the ones above
    (or below) it, or its share of their sum, by the one measure the question names. None when it asks none."""
    from .named_sets import SetAsk, over_set
    from .report_set import place_reports

    how = asks_chosen_peers(ctx.q)
    if how is None or not level:
        return None  # (the place the question writes is the asker's own: the chosen report is the body, whatever the scope read)
    m = _measure(ctx)
    e = ctx.entry(rid)
    if m is None or e is None or not e.year or not e.agency:
        return None
    _, divs = _depth(e.agency)
    town = level == "乡级政府"
    wide = town or bool(_OWN_PROVINCE_WORDS.search(ctx.q))
    place = divs.get("省") if wide else divs.get("市") or divs.get("省")
    if place is None or _other_place(ctx.q, {d.code for d in divs.values()}):  # type: ignore[attr-defined]
        return None
    deep = "县" in divs
    members = []
    for r in place_reports(ctx.catalogue, place.code, e.year):  # type: ignore[attr-defined]
        other = ctx.entry(r)
        if r == rid:
            members.append(r)
            continue
        if other is None or not other.agency or other.agency_key == e.agency_key:
            continue
        lv, d = _depth(other.agency)
        # (a 开发区管委会 filed under the city itself is no 区县; a 市级部门's 分局 under a district is not 市直)
        if lv == level and (town or ("县" in d) == deep):
            members.append(r)
    word = _PEER_WORD.get(level, level)
    said = f"库里{place.name}{e.year}年与本单位同级的{word}"  # type: ignore[attr-defined]
    if len(members) < 2:
        return ctx.answer(
            f"{NOT_MENTIONED}：{said}只有本单位一家的报告，没有可比的同级单位。",
            "compare",
        )
    s = ReportSet(tuple(members), f"{said}（含本单位，{len(members)}家）", whole=False, target=rid)
    if how in ("share", "position"):
        return over_set(ctx, SetAsk(how, bool(_RANK_LOW.search(ctx.q))), m, s)
    fig = s.figures(ctx, m)
    if rid not in fig.found or len(fig.order) < 2:
        return None
    unit = vals.unit_of(m)
    note = f"（{fig.not_counted(ctx)}）" if fig.unread else ""
    mine = fig.found[rid]
    if how == "more":
        fewer = bool(_FEWER.search(ctx.q))
        word2 = "低于" if fewer else "高于"
        hits = [r for r in fig.order if r != rid and (fig.found[r] < mine if fewer else fig.found[r] > mine)]
        hits.sort(key=lambda r: fig.found[r], reverse=not fewer)
        every = "；".join(f"{ctx.name(r)}{fmt(fig.found[r])}{unit}" for r in fig.order)
        if not hits:
            text = f"没有：{s.said}中，没有{m.label}{word2}本单位（{fmt(mine)}{unit}）的（各家：{every}）{note}"
            return ctx.answer(text, "compare", value=0, unit="家")
        listing = "；".join(f"{ctx.name(r)}（{fmt(fig.found[r])}{unit}）" for r in hits)
        text = f"共{len(hits)}家{m.label}{word2}本单位（{fmt(mine)}{unit}）：{listing}（{s.said}）{note}"
        return ctx.answer(
            text + corpus._text_note(ctx, hits),
            "compare",
            value=len(hits),
            unit="家",
            citations=corpus._cite(ctx, m, hits, fig.found),
        )
    low = bool(_RANK_LOW.search(ctx.q))
    ranked = sorted(fig.order, key=lambda r: fig.found[r], reverse=not low)
    way = "从少到多" if low else "从多到少"
    place_of = 1 + sum(1 for r in fig.order if (fig.found[r] < mine if low else fig.found[r] > mine))
    shown = "；".join(f"{i + 1}. {ctx.name(r)}{fmt(fig.found[r])}{unit}" for i, r in enumerate(ranked))
    text = f"{s.said}{m.label}{way}：{shown}。本单位排第{place_of}{note}"
    return ctx.answer(
        text + corpus._text_note(ctx, ranked),
        "compare",
        citations=corpus._cite(ctx, m, ranked, fig.found),
    )
