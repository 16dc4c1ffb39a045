"""A rate of the tables asked of a set of reports (issue 13): 「2023年哪个单位行政复议纠正率最高」 ranks the
reports by 纠正 ÷ 总计, never by the count of 纠正. Rank, top N, lowest, above / below a bound, the mean of the
reports' rates or the rate of their sums, and the reports whose rate cannot be computed — each report's rate
shown as its division. The part and whole come from the one-report share's rules (`table.rate_terms`,
`table.rate_cells`); a report whose whole is 0 is named as not ranked (无法计算), one whose cells are not read
named as not counted (`corpus.not_counted`), ties stated."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from extractor.schema import Answer

from .. import values as vals
from ..cite import cell_citation, fmt
from ..context import Context
from ..intent import cn_number, table_measures
from ..lazyre import lazy
from ..question import CellMeasure
from .corpus import _WITHIN_SHARE, LISTED, not_counted
from .table import RateCells, rate_cells, rate_terms


def _c(table: str, row: str, col: str = "tot") -> CellMeasure:
    return CellMeasure(table=table, row=row, col=col)  # type: ignore[arg-type]


_NOT_PUNCT = r"[^，,。？?；;]"
# the rates users name, by the words they write: (pattern, label, parts, wholes); the first that matches wins
NAMED: tuple[tuple[re.Pattern[str], str, list[CellMeasure], list[CellMeasure]], ...] = tuple(
    (re.compile(rx), label, parts, wholes)
    for rx, label, parts, wholes in (
        (
            rf"复议{_NOT_PUNCT}{{0,8}}?(?:纠错|纠正|被纠)",
            "行政复议纠错率",
            [_c("t4", "rv", "fix")],
            [_c("t4", "rv")],
        ),
        (rf"复议{_NOT_PUNCT}{{0,8}}?维持", "行政复议维持率", [_c("t4", "rv", "keep")], [_c("t4", "rv")]),
        (
            rf"诉讼{_NOT_PUNCT}{{0,8}}?(?:败诉|纠错|纠正|被纠)|败诉率",
            "行政诉讼纠错率",
            [_c("t4", "lit", "fix")],
            [_c("t4", "lit")],
        ),
        (rf"不予公开(?:率|{_NOT_PUNCT}{{0,10}}?(?:比例|占比|比重))", "不予公开率", [_c("t3", "r3")], [_c("t3", "r7")]),
        (r"(?<!部分)(?<!不)予以公开率", "予以公开率", [_c("t3", "r1")], [_c("t3", "r7")]),
        (r"(?<!不予)公开率", "公开率", [_c("t3", "r1"), _c("t3", "r2")], [_c("t3", "r7")]),
        (
            rf"自然人{_NOT_PUNCT}{{0,8}}?(?:占比|比例|比重|占)",
            "自然人申请占比",
            [_c("t3", "new", "np")],
            [_c("t3", "new")],
        ),
        (
            rf"结转率|结转{_NOT_PUNCT}{{0,10}}?(?:比例|占比)",
            "结转率",
            [_c("t3", "carry_out")],
            [_c("t3", "new"), _c("t3", "carry_in")],
        ),
        (r"办结率", "办结率", [_c("t3", "r7")], [_c("t3", "new"), _c("t3", "carry_in")]),
    )
)
HANDLED_RATES = lazy(r"办结率|结案率|完成率|答复率|办理率")
RATE_WORD = lazy(r"率|比例|占比|比重|百分比")
# a formula the user writes: 「按“予以公开数÷本年新收申请数”」「（结转下年度/(新收+上年结转)）」
FORMULA = lazy(r"([^，,。？?；;“”\"（(]{2,30}?)\s*(?:÷|／|/|除以)\s*[（(]?([^，,。？?；;“”\"）)]{2,30})")
# what is asked of the set: the reports whose whole is 0, a bound, a ranking, a mean or the rate of the sums
NOT_COMPUTABLE = lazy(r"无法计算|算不出|不能计算|没法算|计算不了|分母(?:为|是)\s*(?:0|零)")
BOUND = lazy(
    r"(超过|超出|高于|大于|不少于|至少|不低于|少于|低于|小于|不足|不到|未达到?|没达到?)\s*(\d+(?:\.\d+)?)\s*[%％]"
    r"|(\d+(?:\.\d+)?)\s*[%％]\s*(以上|以下)"
)
_BELOW = lazy(r"少于|低于|小于|不足|不到|未达|没达|以下")
_INCLUSIVE = lazy(r"不少于|至少|不低于|以上|以下")
LOWEST = lazy(r"最低|最小|最少|垫底|倒数第一|排最后|从低到高|由低到高|从小到大")
RANKED = lazy(
    r"最高|最大|最低|最小|垫底|排名|排行|排序|排第一|第一名|倒数|从高到低|由高到低|从低到高|由低到高|前[一二两三四五六七八九十\d]+"
)
TOP_N = lazy(
    r"前([一二两三四五六七八九十\d]+)(?:名|位|个|家)?|最(?:高|低|大|小)的([两二三四五六七八九十\d]+)(?:个|家|份|位)"
)
MEAN = lazy(r"平均|均值|中位数")
# (「加在一起算」「放在一块儿算」「合计后再除」「累计起来」「给我一个数」: one rate of the set's sums, never each body's)
POOLED = lazy(
    r"合计的|加总|整体|总体|汇总|总数相加|合起来|合在一起|加在一起|加到一起|加一块|放在一[块起]|累计起来|合计后再?除|一个数|都加起来"
    r"|合计(?:来看|起来|计算|算|后)|合并(?:统计|计算|来看|后)"  # 「X合计来看，A占B的比例」「X的报告合并统计后」 (zkfixa)
)
# 「各单位的予以公开率分别是多少」: each report's rate, listed (was each report's count: the rate asked was lost)
EACH = lazy(
    r"分别|各自|逐一|逐个|一一|各(?:个|家|份)?(?:单位|报告|机关|部门|区县|县区|地方)|每(?:个|家|份)(?:单位|报告|机关|部门)?"
)


@dataclass(frozen=True)
class Rate:
    label: str
    parts: list[CellMeasure]
    wholes: list[CellMeasure]

    @property
    def division(self) -> str:
        return f"{'+'.join(m.label for m in self.parts)} ÷ {self.whole}"

    @property
    def whole(self) -> str:
        """「行政复议总计」: a 表四 row's whole is its 总计 column (its bare label reads as the row's count)."""
        return "+".join(m.label + ("总计" if m.table == "t4" else "") for m in self.wholes)


# the whole a question states in words (zcfixa): 「以Y为分母」「分母按Y算」「按Y算」「X对Y的比率」「（X比Y）」「X除以Y」
# 「Y里有多大比例是X」; the part is what the question names outside these words (else the named rate's part)
_STATED_WHOLES = (
    lazy(r"以([^，,。？?；;]{2,24}?)(?:为|作为|做|当)(?:分母|基数|基准)"),
    lazy(
        r"(?:分母|基数)(?:按照?|用|以|取|是|为|就是)?([^，,。？?；;）)]{2,24}?)(?:来?(?:算|计算|计)|[，,。？?；;）)]|$)"
    ),
    lazy(r"按照?([^，,。？?；;（(）)]{2,16}?)来?(?:算|计算|计)(?![划])"),
    # (「对比一下…的自然人申请占比」「相对…」「核对」: no 「对Y的比率」)
    lazy(
        r"(?<![相核校])对(?![比照应于])([^，,。？?；;（(）)]{2,30}?)(?:的|之)?(?:比率|比例|占比|比重|百分比|总和|之和|合计)"
    ),
    lazy(r"[（(][^（(）)]{2,24}?比([^（(）)]{2,24})[）)]"),
    # 「予以公开率（予以公开占本年新收，合计后再除）」「（属于国家秘密占不予公开小计）」: the whole a bracket states
    lazy(
        r"[（(][^（(）)]{2,24}?占([^（(）)，,；;。]{2,24}?)(?:的?(?:比例|比重|比率|百分比))?(?:[，,；;][^（(）)]*)?[）)]"
    ),
    lazy(r"(?:除以|÷|/|／)([^，,。？?；;（(）)\d]{2,24})"),
    lazy(
        r"^([^，,。？?；;]{2,30}?)(?:里面|里头|当中|之中|里|中)[^，,。？?；;]{0,12}?"
        r"(?:多大(?:的)?(?:比例|比重|占比)|多少(?:的)?(?:比例|比重|百分比)|几成|百分之(?:几|多少))"
    ),
    # (「被拒绝（不予公开）的占全部办结的百分之几」: a bracket 占 follows names the PART — its whole is after 占;
    # read as the whole it inverted the share, 700%)
    lazy(
        r"[（(]([^（(）)]{2,24}?)[）)](?!(?:的|里|中|当中)?(?:所|则)?占(?!比))"
        r"(?:的|里|中|当中)?[^，,。？?；;占]{0,6}?(?:百分之|多大比例|比例|几成|占比)"
    ),
)
_STATED_ASKS = lazy(r"比例|比率|占比|比重|百分之|百分比|几成|(?<![效])率")
# what the year had to handle, done: 「办完了」「办结了」「处理完」 — 办理结果总计 (table_measures reads 办结 alone)
_DONE = lazy(r"办完|办结|处理完|答复完|结案|完成")


_NEW_SAID = lazy(r"新收|收到|新申请|受理|接到|新增|新来|来的")


def outcomes_whole(said: str, wholes: list[CellMeasure], parts: list[CellMeasure]) -> list[CellMeasure]:
    """「X的申请里部分公开占百分之几」: an outcome (a row of 办理结果) among the bare 「申请」 is a share of all handled
    (办理结果总计) — the outcomes count the year's handled applications, not its new ones; 「新收的申请里…」 says new."""
    outcomes = all(p.table == "t3" and p.row not in ("new", "carry_in", "r7", "carry_out") for p in parts)
    if outcomes and [(w.table, w.row, w.col) for w in wholes] == [("t3", "new", "tot")] and not _NEW_SAID.search(said):
        return [_c("t3", "r7")]
    return wholes


# 「就按（予以公开＋部分公开）÷办理结果总计算」「拒绝率按不予公开的合计除以办理结果总计来算」: the formula the user
# writes (zqfixb) — each side of the division read on its own side, a cell or a sum of cells (「A+B」「A和B相加」),
# never through 「按…算」 (which took 「予以公开+部分公开÷办理结果总」 for the whole: 100 %, or the sides turned over:
# 2208 %). A side naming nothing of the tables is said to be unreadable, never guessed (`unread_side`).
_DIVIDE = lazy(r"÷|(?<!\d)[/／](?!\d)|除以")
_CLAUSE_CUT = lazy(r"[,，。？?；;：:“”\"!！=＝]")
_PAUSE = lazy(r"(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff])")
_FORMULA_LEAD = lazy(r"^.*(?:按照?|拿|把|将|(?<![费作])用)")
_CJK = lazy(r"[\u4e00-\u9fff]")
_TABLE_WORD = lazy(
    r"公开|申请|复议|诉讼|起诉|纠正|纠错|维持|驳回|处理|结转|新收|收到|受理|总计|合计|小计|办理|办结|答复|许可|处罚|强制|"
    r"规范性文件|收费|审结|提供|自然人|法人|企业|机构|组织|辦|總|請|復議|訴訟"
)


@dataclass(frozen=True)
class Formula:
    left: str
    right: str
    parts: list[CellMeasure]
    wholes: list[CellMeasure]


def formula(q: str) -> Formula | None:
    """The division the question writes out (one ÷, 除以 or /), its sides' words and the cells each side names."""
    ops = list(_DIVIDE.finditer(q))
    if len(ops) != 1 or re.search(r"占(?!比)", q[ops[0].end() :]):  # (「予以公开/部分公开占新收的比例」: 占 divides)
        return None
    op = ops[0]
    clauses = [c.rsplit("(", 1)[-1].rsplit("（", 1)[-1] or c for c in _CLAUSE_CUT.split(q[: op.start()])]
    left = ""
    while clauses and not _CJK.search(left):  # 「予以公开加部分公开，再除以…」: the side is the clause before
        clause = clauses.pop()
        left = _FORMULA_LEAD.sub("", clause) or clause
        left = re.sub(r"^(?:再|然后|之后|后)", "", left)
    right = _CLAUSE_CUT.split(q[op.end() :])[0]
    # (zvfixb) 「请按 不予公开合计÷办理结果总计 计算X的被拒比例」: voice input's pause (a space between words) ends the
    # side as the quote it stands for did — the rest (被拒比例) is no part of the whole
    right = _PAUSE.split(right.lstrip(), maxsplit=1)[0]
    parts = table_measures(left) if _CJK.search(left) else []
    wholes = table_measures(right) if _CJK.search(right) else []
    return Formula(left, right, parts, wholes)


def unread_side(q: str) -> str | None:
    """「予以公开÷热线来电数」: the words of a side of the written division that name no cell, when the other does."""
    f = formula(q)
    if f is None or bool(f.parts) == bool(f.wholes):
        return None
    side = f.right if f.parts else f.left
    if _TABLE_WORD.search(side):  # 「纠正的除以复议总数」: template words the side's own reading missed — not refused
        return None
    side = re.sub(r"(?:来|去)?(?:计算|算)(?:一下|下)?.*$|的?(?:比例|比率|百分比|占比|比重|是|为).*$", "", side)
    return side.strip() if len(_CJK.findall(side)) >= 2 else None


def stated_rate(q: str) -> tuple[list[CellMeasure], list[CellMeasure]] | None:
    """One report's rate with its whole stated in the question's words (「予以公开率（按本年新收算）」「以新收为分母」
    「予以公开的数量对本年新收的比率」「（办理结果总计比新收加上年结转）」「新收里有多大比例是全部公开了的」): (parts,
    wholes), a sum on either side kept (「A和B一起」「A加B」). The part is what the question names outside the whole's
    words, else the rate it names (予以公开率 → 予以公开), else 办理结果总计 when it asks what was done (办完了百分之几);
    None when no whole is stated (the named rate's default whole then) or no part is read."""
    if not _STATED_ASKS.search(q):
        return None
    written = formula(q)
    if written and written.parts and written.wholes:
        return written.parts, written.wholes
    for rx in _STATED_WHOLES:
        m = rx.search(q)
        if m is None:
            continue
        wholes = table_measures(m.group(1))
        if not wholes:
            continue
        rest = q[: m.start(1)] + "，" + q[m.end(1) :]
        for w in wholes:  # the whole's own words said again elsewhere (「新收的申请里…？按新收算」)
            rest = rest.replace(w.label, "，")
        seen = {(w.table, w.row, w.col) for w in wholes}
        parts = [p for p in table_measures(rest) if (p.table, p.row, p.col) not in seen]
        if not parts:
            named = next((ps for rx2, _, ps, _ in NAMED if rx2.search(q)), None)
            if named:
                parts = list(named)
            elif _DONE.search(rest) and seen == {("t3", "new", "tot"), ("t3", "carry_in", "tot")}:
                parts = [_c("t3", "r7")]
        if parts:
            return parts, outcomes_whole(m.group(1), wholes, parts)
    return None


# 「X合计来看，A占B的比例」「把X的年报加总，A占B的百分之几」: a share of a set's sums with its part and whole both named
# (zkfixa; the part after the last comma before 占, the whole between 占 and the asking words)
_POOLED_SHARE = lazy(
    r"(?:^|[，,：:；;])(?P<part>[^，,：:；;]{2,24}?)(?:的|所)?占(?!比)(?P<whole>[^，,。？?；;]{2,24}?)的?"
    r"(?:比例|比重|占比|百分比|百分之|多大比例|几成|多少)"
)


def _pooled_share(q: str) -> Rate | None:
    if not POOLED.search(q) or RANKED.search(q) or EACH.search(q):
        return None
    m = _POOLED_SHARE.search(q)
    if m is None:
        return None
    parts, wholes = table_measures(m.group("part")), table_measures(m.group("whole"))
    if len(parts) != 1 or not wholes:
        return None
    seen = {(w.table, w.row, w.col) for w in wholes}
    if (parts[0].table, parts[0].row, parts[0].col) in seen:
        return None
    return Rate(f"{parts[0].label}占{'+'.join(w.label for w in wholes)}的比例", parts, wholes)


def rate_asked(q: str) -> Rate | None:
    """The rate the question names: a formula it writes (「A÷B」), else a rate users name (复议纠错率, 公开率 …),
    else a share of the cells it names (`table.rate_terms`, as one report's share reads it)."""
    f = FORMULA.search(q)
    if f:
        parts, wholes = table_measures(f.group(1)), table_measures(f.group(2))
        if parts and wholes:
            return Rate(f"按{f.group(1).strip()}÷{f.group(2).strip()}计算的比例", parts, wholes)
    stated = stated_rate(q)
    if stated:  # 「予以公开率（以本年新收为分母）最高的」: the whole the question states, never the named rate's own
        parts, wholes = stated
        named = next((label for rx, label, _, _ in NAMED if rx.search(q)), None)
        whole = "+".join(w.label for w in wholes)
        return Rate(f"{named}（按{whole}计）" if named else f"{parts[0].label}占{whole}的比例", parts, wholes)
    pooled = _pooled_share(q)
    if pooled:
        return pooled
    for rx, label, parts, wholes in NAMED:
        if rx.search(q):
            return Rate(label, parts, wholes)
    cells = table_measures(q)
    # (「A占B的比例最高」「A在B中的占比最低」: the whole named — corpus.rank's shares)
    if cells and RATE_WORD.search(q) and not re.search(r"占(?!比)", q) and not _WITHIN_SHARE.search(q):
        terms = rate_terms(cells, [])
        if terms:
            return Rate(f"{terms[0][0].label}占比", *terms)
    return None


def asks_set_rate(q: str) -> bool:
    """Is a rate of the tables asked of a set (ranked, bounded, averaged, summed, or not computable)?"""
    if not RATE_WORD.search(q) and not FORMULA.search(q):
        return _pooled_share(q) is not None  # 「把X加在一起，A占B的百分之几」
    if not (
        NOT_COMPUTABLE.search(q)
        or RANKED.search(q)
        or BOUND.search(q)
        or MEAN.search(q)
        or POOLED.search(q)
        or EACH.search(q)
    ):
        return False
    if BOUND.search(q) and HANDLED_RATES.search(q):  # 「办结率低于100%」: corpus.which_rate, the same division
        return False
    return rate_asked(q) is not None


@dataclass
class _Read:
    """Each report of the scope sorted by what its cells give: a rate, a whole of 0, nothing read."""

    rates: dict[str, float]
    got: dict[str, RateCells]
    zero: list[str]
    cells: dict


def _read(ctx: Context, rate: Rate) -> _Read:
    keys = sorted({k for m in rate.parts + rate.wholes for k in vals.candidate_keys(m)})
    cells = ctx.store.cells_of(ctx.ids, keys)
    out = _Read({}, {}, [], cells)
    for r in ctx.ids:
        got = rate_cells(rate.parts, rate.wholes, cells.get(r, {}))
        if got is None or got.blank is not None:
            continue
        out.got[r] = got
        if got.whole:
            out.rates[r] = round(100 * got.part / got.whole, 2)
        else:
            out.zero.append(r)
    return out


def _shown(ctx: Context, rd: _Read, r: str) -> str:
    g = rd.got[r]
    return f"{ctx.name(r)} {fmt(rd.rates[r])}%（{fmt(g.part)}÷{fmt(g.whole)}）"


def _names(ctx: Context, rids: list[str]) -> str:
    return "、".join(ctx.name(r) for r in rids[:LISTED]) + (f"等{len(rids)}份" if len(rids) > LISTED else "")


def _left_out(ctx: Context, rate: Rate, rd: _Read, left: str = "未计入") -> str:
    """The reports not ranked (whole 0) and not counted (cells not read), each named."""
    wl = rate.whole
    zero = "" if not rd.zero else f"；{wl}为0件、无法计算（不参与）的{len(rd.zero)}份：{_names(ctx, rd.zero)}"
    return zero + not_counted(ctx, rd.got, left)


def _cite(ctx: Context, rd: _Read, rids: list[str]) -> list:
    return [cell_citation(r, ctx.entry(r), rd.cells[r], rd.got[r].keys) for r in rids]


def over_reports(ctx: Context) -> Answer | None:
    """A rate of the tables over the reports in scope: which cannot be computed, which pass a bound, the mean or the
    rate of the sums, else the ranking (top, top N, lowest) — ties said."""
    q = ctx.q
    rate = rate_asked(q)
    if rate is None or ctx.n < 2:
        return None
    rd = _read(ctx, rate)
    lead = f"按表格计算的{rate.label}（{rate.division}）"
    if NOT_COMPUTABLE.search(q):
        return _not_computable(ctx, rate, rd)
    if not rd.rates:
        return ctx.answer(
            f"无法计算：所查{ctx.n}份报告中没有一份能算出{rate.label}{_left_out(ctx, rate, rd)}。", "compare"
        )
    if RANKED.search(q):
        return _ranked(ctx, rate, rd, lead)
    if EACH.search(q) and not (BOUND.search(q) or MEAN.search(q) or POOLED.search(q)):
        return _each(ctx, rate, rd, lead)
    if BOUND.search(q):
        return _bounded(ctx, rate, rd, lead)
    if MEAN.search(q) and not POOLED.search(q):
        return _mean(ctx, rate, rd, lead)
    return _pooled(ctx, rate, rd, lead)


def _not_computable(ctx: Context, rate: Rate, rd: _Read) -> Answer:
    wl = rate.whole
    rest = not_counted(ctx, rd.got, "无法判断")
    if not rd.zero:
        return ctx.answer(
            f"没有：所查{ctx.n}份报告中，{wl}为0件、{rate.label}无法计算的报告为0份{rest}。",
            "compare",
            value=0,
            unit="份",
        )
    listing = "；".join(f"{ctx.name(r)}（{wl} 0件）" for r in rd.zero)
    return ctx.answer(
        f"共{len(rd.zero)}份报告{wl}为0件，{rate.label}无法计算：{listing}{rest}",
        "compare",
        value=len(rd.zero),
        unit="份",
        citations=_cite(ctx, rd, rd.zero),
    )


def _top_n(q: str) -> int | None:
    m = TOP_N.search(q)
    if m is None:
        return None
    w = m.group(1) or m.group(2)
    n = int(w) if w.isdigit() else cn_number(w)
    return int(n) if n else None


def _ranked(ctx: Context, rate: Rate, rd: _Read, lead: str) -> Answer:
    low = bool(LOWEST.search(ctx.q))
    order = sorted(rd.rates, key=lambda r: (rd.rates[r] if low else -rd.rates[r], ctx.name(r)))
    n = _top_n(ctx.q)
    end = "最低" if low else "最高"
    if n and n > 1:
        head = order[:n]
        tie = [r for r in order[n:] if rd.rates[r] == rd.rates[head[-1]]]
        tied = f"（第{n}名与{_names(ctx, tie)}并列，均为{fmt(rd.rates[head[-1]])}%）" if tie else ""
        text = f"{lead}{end}的{len(head)}份：" + "；".join(_shown(ctx, rd, r) for r in head) + tied
    else:
        best = rd.rates[order[0]]
        head = [r for r in order if rd.rates[r] == best]
        both = f"（{len(head)}份并列）" if len(head) > 1 else ""
        text = f"{lead}{end}的是" + "；".join(_shown(ctx, rd, r) for r in head[:LISTED]) + both
    listing = "；".join(f"{i}. {_shown(ctx, rd, r)}" for i, r in enumerate(order[:LISTED], 1))
    more = f"；其余{len(order) - LISTED}份从略" if len(order) > LISTED else ""
    text += f"。共{len(order)}份可计算，排名：{listing}{more}{_left_out(ctx, rate, rd, left='未参与排序')}。"
    return ctx.answer(
        text, "compare", value=rd.rates[order[0]], unit="%", citations=_cite(ctx, rd, order[: max(len(head), 3)])
    )


def _each(ctx: Context, rate: Rate, rd: _Read, lead: str) -> Answer:
    """Each report's rate in the scope's order, with the reports left out named (no headline figure: there
    are as many answers as reports)."""
    order = [r for r in ctx.ids if r in rd.rates]
    listing = "；".join(_shown(ctx, rd, r) for r in order[:LISTED])
    more = f"；其余{len(order) - LISTED}份从略" if len(order) > LISTED else ""
    text = f"{lead}，共{len(order)}份可计算：{listing}{more}{_left_out(ctx, rate, rd)}。"
    return ctx.answer(text, "compare", unit="%", citations=_cite(ctx, rd, order[:LISTED]))


def _bounded(ctx: Context, rate: Rate, rd: _Read, lead: str) -> Answer:
    m = BOUND.search(ctx.q)
    assert m is not None
    word, bound = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    b = float(bound)
    below, inclusive = bool(_BELOW.search(word)), bool(_INCLUSIVE.search(word))
    passes = (lambda v: v <= b if inclusive else v < b) if below else (lambda v: v >= b if inclusive else v > b)
    hits = sorted((r for r, v in rd.rates.items() if passes(v)), key=lambda r: -rd.rates[r])
    what = f"{rate.label}{word}{fmt(b)}%"
    rest = _left_out(ctx, rate, rd, "无法判断")
    if not hits:
        return ctx.answer(
            f"没有：{lead}，所查{len(rd.rates)}份可计算的报告中{what}的为0份{rest}。", "compare", value=0, unit="份"
        )
    listing = "；".join(_shown(ctx, rd, r) for r in hits)
    return ctx.answer(
        f"共{len(hits)}份报告{what}（{lead}，{len(rd.rates)}份可计算）：{listing}{rest}",
        "compare",
        value=len(hits),
        unit="份",
        citations=_cite(ctx, rd, hits),
    )


def _mean(ctx: Context, rate: Rate, rd: _Read, lead: str) -> Answer:
    median = "中位数" in ctx.q
    values = list(rd.rates.values())
    v = round(statistics.median(values) if median else statistics.mean(values), 2)
    how = "中位数" if median else "算术平均"
    order = sorted(rd.rates, key=lambda r: -rd.rates[r])
    listing = "；".join(_shown(ctx, rd, r) for r in order[:LISTED])
    more = f"；其余{len(order) - LISTED}份从略" if len(order) > LISTED else ""
    return ctx.answer(
        f"{fmt(v)}%（{lead}，{len(values)}份报告各自比率的{how}：{listing}{more}{_left_out(ctx, rate, rd)}）",
        "compare",
        value=v,
        unit="%",
        citations=_cite(ctx, rd, order[:LISTED]),
    )


def _pooled(ctx: Context, rate: Rate, rd: _Read, lead: str) -> Answer:
    read = list(rd.rates) + rd.zero
    p = sum(rd.got[r].part for r in read)
    w = sum(rd.got[r].whole for r in read)
    v = round(100 * p / w, 2)
    pl = "+".join(m.label for m in rate.parts)
    wl = rate.whole
    return ctx.answer(
        f"{fmt(v)}%（{lead}，{len(read)}份报告相加：{pl}共{fmt(p)}件 ÷ {wl}共{fmt(w)}件{not_counted(ctx, rd.got)}）",
        "compare",
        value=v,
        unit="%",
        citations=_cite(ctx, rd, read[:LISTED]),
    )
