"""Conditions over CONSECUTIVE years of one body, asked over the store (zpfixd): 「前后两年都有年报的单位里，新收
翻了一番的有哪些」「…比上年减少三分之一以上的」「…比上年多的有几家」. A body with two adjacent stored years is a
member, each adjacent pair of its years compared (the later year's report named, both figures said); a body stored twice
for one year is left out and said; none met: 「没有」 with how many pairs of years were compared. Never every report's
value, never the reports with the figure above 0.

And levels the store cannot hold, refused: the villages/社区/居委会 under a town (a town's report has only its own total,
no village publishes a report in the store), 「各省人民政府」 when no 省级政府 report is stored (never another level's
figures)."""

from __future__ import annotations

import re

from extractor.normalize import fold
from extractor.schema import Answer

from .. import values as vals
from ..cite import fmt
from ..context import NOT_MENTIONED, Context
from ..intent import CN_SMALL
from ..lazyre import lazy
from ..question import CellMeasure
from . import corpus

# two adjacent years of one body, said of the set (「连续两年都有年报的单位」「相邻两个年度」「前后两年都在库里」)
_PAIR = lazy(
    r"连续两(?:个)?年|相邻(?:的)?(?:两)?(?:个)?年|前后两(?:个)?年|连着两年|两(?:个)?年(?:度)?(?:的)?(?:年报|报告)?都"
    r"|两年都|两个年度都|两年(?:的)?(?:年报|报告)都"
    r"|(?:19|20)\d{2}年?(?:和|与|、|及|跟)(?:19|20)\d{2}年(?:的)?(?:年报|报告)?都有"
)
# the year before, as the comparison's base (「比上年」「较上一年」「前一年的两倍」)
_BEFORE = lazy(r"(?:比|较|相比|对比|同)?(?:上一?(?:个)?年度?|前一(?:个)?年度?|去年|上期|同比)")
_ASK = lazy(r"哪|几家|几个|多少家|多少个|有多少(?!件)|几份|多少份|列出|列一下|列出来|是谁|有谁|有没有|共有|一共")
_DOUBLED = lazy(r"翻(?:了)?(?:一)?番|翻倍|翻了一倍|(?:两|二|2)倍|(?:增长|增加|多)了?(?:一|1)倍")
_FRACTION = r"(三分之一|四分之一|三分之二|一半|半数|[一二三四五六七八九\d]成|百分之[\d一二三四五六七八九十]+|\d+(?:\.\d+)?\s*[%％])"
_FALL_BY = lazy(
    r"(?:减少|下降|降低|降|少|掉|跌|缩减|减)(?:了|去|掉)?(?:幅度|幅)?(?:超过|多于|逾|达到|达|至少|不少于)?" + _FRACTION
)
_RISE_BY = lazy(
    r"(?:增加|增长|上升|上涨|涨|多|增)(?:了|出)?(?:幅度|幅)?(?:超过|多于|逾|达到|达|至少|不少于)?" + _FRACTION
)
_HALVED = lazy(r"减半|腰斩|少了一半|降了一半")
_RISE = lazy(r"(?<!最)多(?!少)|增加|增长|上升|上涨|涨|升|(?<!最)高|增多")
_FALL = lazy(r"(?<![最多])少|减少|下降|降低|降|跌|减|(?<!最)低|回落")
_SAME = lazy(r"持平|没变|不变|没有变化|一样|相同|相等")


def _fraction(word: str) -> float | None:
    fixed = {"三分之一": 1 / 3, "四分之一": 0.25, "三分之二": 2 / 3, "一半": 0.5, "半数": 0.5}
    if word in fixed:
        return fixed[word]
    m = re.fullmatch(r"([一二三四五六七八九\d])成", word)
    if m:
        return ({**CN_SMALL, "一": 1}.get(m.group(1)) or int(m.group(1))) / 10
    m = re.fullmatch(r"百分之([\d一二三四五六七八九十]+)|(\d+(?:\.\d+)?)\s*[%％]", word)
    if m:
        n = m.group(1) or m.group(2)
        v = float(n) if re.fullmatch(r"[\d.]+", n) else CN_SMALL.get(n)
        return v / 100 if v else None
    return None


def _condition(q: str) -> tuple[str, float, str] | None:
    """(op, factor, said): the later year's figure against factor × the earlier's — ">=" / "<=" / ">" / "<" / "=" —
    and the condition in words."""
    if _DOUBLED.search(q):
        return ">=", 2.0, "翻了一番（达到上一年的两倍及以上）"
    if _HALVED.search(q):
        return "<=", 0.5, "减少一半及以上"
    m = _FALL_BY.search(q)
    if m and (f := _fraction(m.group(1))):
        return "<=", 1 - f, f"比上一年减少{m.group(1)}及以上"
    m = _RISE_BY.search(q)
    if m and (f := _fraction(m.group(1))):
        return ">=", 1 + f, f"比上一年增加{m.group(1)}及以上"
    tail = q[b.end() :] if (b := _BEFORE.search(q)) else q
    if _SAME.search(tail):
        return "=", 1.0, "与上一年持平"
    fall, rise = _FALL.search(tail), _RISE.search(tail)
    if fall and (not rise or fall.start() < rise.start()):
        return "<", 1.0, "比上一年少"
    if rise:
        return ">", 1.0, "比上一年多"
    return None


def asks(q: str) -> bool:
    """Two adjacent years of each body compared, asked of the set (which / how many)."""
    f = fold(q)
    if not _ASK.search(f):
        return False
    if _PAIR.search(f):
        return _condition(f) is not None
    # 「本年新收达到上年两倍的有哪些」: a ratio to the year before, no pair words
    return bool(
        _BEFORE.search(f) and (_DOUBLED.search(f) or _FALL_BY.search(f) or _RISE_BY.search(f) or _HALVED.search(f))
    )


def _meets(op: str, factor: float, before: float, after: float) -> bool:
    if op in (">=", "<=") and factor != 1.0 and before <= 0:
        return False  # no ratio of a zero year
    bound = factor * before
    return {
        ">=": after >= bound - 1e-9,
        "<=": after <= bound + 1e-9,
        ">": after > bound,
        "<": after < bound,
        "=": after == bound,
    }[op]


def answer(ctx: Context) -> Answer | None:
    from .peers import _measure

    cond = _condition(fold(ctx.q))
    if cond is None or ctx.n < 2:
        return None
    m = _measure(ctx) or CellMeasure(table="t3", row="new", col="tot")
    op, factor, said = cond
    cat = ctx.catalogue
    ids = ctx.ids
    _, found = corpus._series(ctx, m)
    pairs: list[tuple[str, str]] = []
    twice: set[str] = set()
    written = set(re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", fold(ctx.q)))
    # 「2023年比上年翻番的」: the 2023 reports, each against 2022
    only = int(written.pop()) if len(written) == 1 else None
    years = set(ctx.question.scope.years)
    for r in ids:
        e = ctx.entry(r)
        if not e.year or (only is not None and e.year != only):
            continue
        if only is None and years and e.year - 1 not in years:
            continue  # 「2022年和2023年都有报告的」: the pair of the years named, never 2021 → 2022
        same = cat.reports([e.agency_key], [e.year])
        before = cat.reports([e.agency_key], [e.year - 1])
        if len(same) > 1 or len(before) > 1:
            twice.add(e.agency_key)
            continue
        if before:
            pairs.append((before[0].id, r))
    extra = [p for p, _ in pairs if p not in found]
    if extra:
        got = vals.measure(ctx.store, m, extra, None)
        found = {**found, **{r: v for r, v in got.items() if v is not None}}
    usable = [(p, r) for p, r in pairs if p in found and r in found]
    unread = len(pairs) - len(usable)
    if not usable:
        return ctx.answer(
            f"{NOT_MENTIONED}：所查范围内没有哪家单位在库中有相邻两年都印有{m.label}的报告，无法比较。", "none"
        )
    unit = vals.unit_of(m)
    hits = [(p, r) for p, r in usable if _meets(op, factor, found[p], found[r])]
    bodies = len({ctx.entry(r).agency_key for _, r in usable})

    def pair_said(p: str, r: str) -> str:
        return f"{ctx.name(r, False)}（{ctx.entry(p).year}年{fmt(found[p])}{unit} → {ctx.entry(r).year}年{fmt(found[r])}{unit}）"

    compared = "；".join(pair_said(p, r) for p, r in usable[:12]) + ("等" if len(usable) > 12 else "")
    notes = []
    if unread:
        notes.append(f"另有{unread}组相邻年份的报告缺这一数字，未比较")
    if twice:
        notes.append(f"{len(twice)}家单位同一年在库中有两份报告，未比较")
    note = "；".join(notes)
    base = f"库中有相邻两年报告的单位共{bodies}家（{len(usable)}组相邻年份，各以后一年比前一年）：{compared}" + (
        f"；{note}" if note else ""
    )
    if not hits:
        return ctx.answer(
            f"没有：{bodies}家有相邻两年报告的单位中，没有{m.label}{said}的。（{base}）",
            "compare",
            value=0,
            unit="家",
        )
    lines = [f"{ctx.name(r)}（{fmt(found[r])}{unit}，{ctx.entry(p).year}年{fmt(found[p])}{unit}）" for p, r in hits]
    return ctx.answer(
        f"{len(hits)}家：{m.label}{said}的是" + "；".join(lines) + f"。（{base}）",
        "compare",
        value=len(hits),
        unit="家",
        citations=corpus._cite(ctx, m, [r for _, r in hits], found),
    )


# ------------------------------------------------------------------ levels the store cannot hold
# the villages / 社区 / 居委会 as the units asked over (「各个村」「哪个社区」「村委会的年报」「村一级」), never 乡村振兴局 or
# a 村民's application
_VILLAGE = lazy(
    r"(?:各个?|哪个|哪些|哪几个|哪一个|每个|每一个|下面(?:的)?(?:各个?|那几个|那些|几个)?|下属(?:的)?(?:各个?)?|所辖(?:的)?(?:各个?)?"
    r"|下辖(?:的)?(?:各个?)?|那几个|管辖(?:的)?(?:各个?)?|里头(?:的)?(?:哪个|各个?)?)(?:行政)?"
    r"(?:村民委员会|村委会|居民委员会|居委会|村|社区|嘎查)(?![民落镇庄务级矫卫医])"
    r"|(?:村|居)(?:民委员会|委会)(?:一级|那一级)?(?:的)?(?:信息公开)?(?:年报|报告|年度报告)|(?:村|社区)(?:一级|那一级)"
    r"|村级(?:的)?(?:年报|报告|单位)"
)
_FIGURE_ASK = lazy(r"申请|年报|报告|件|排|最多|最少|为零|零申请|多少|几个|几家|分别|合计|统计|谁")
_PROVINCE_GOVS = lazy(
    r"各省(?:级)?(?:人民)?政府|省(?:级)?(?:人民)?政府(?:本级|那一级|这一级|一级)|哪个省(?:的)?(?:人民)?政府|哪些省(?:的)?(?:人民)?政府"
    r"|各个省(?:的)?(?:人民)?政府"
)


def asks_absent_level(q: str) -> bool:
    f = fold(q)
    # (「全国各省政府…」: the whole country's, refused by the scope's own words)
    return bool((_VILLAGE.search(f) and _FIGURE_ASK.search(f)) or (_PROVINCE_GOVS.search(f) and "全国" not in f))


def absent_level(ctx: Context) -> Answer | None:
    from extractor.agency import identify

    f = fold(ctx.q)
    if _VILLAGE.search(f):
        rid = ctx.ids[0] if ctx.n == 1 else None
        own = f"{ctx.name(rid)}的报告只有本级的合计数字，没有分村（社区）的数字；" if rid else ""
        return ctx.answer(
            f"{NOT_MENTIONED}：{own}库中没有村（社区、居委会）一级的年报——村民委员会、居民委员会不是政府信息公开"
            "年报的发布主体，乡镇（街道）的年报也只列本级合计，不按村（社区）分列，无法回答。",
            "none",
        )
    held = [
        e for e in ctx.catalogue.reports(None, None) if e.agency and (i := identify(e.agency)) and i.level == "省级政府"
    ]
    if held:
        return None
    return ctx.answer(
        f"{NOT_MENTIONED}：库中没有省人民政府本级的年报（库里省一级只有省级部门的报告），无法按省人民政府回答，"
        "也不以其他层级的数字代替。",
        "none",
    )
