"""A share, ratio or per-month figure of one report built from two figures it states — of its text, or one of
its text and one of its tables: 「政策解读占主动公开信息的百分之几」「解读数占政策文件数的比例」「平均每件政策文件配了几篇
解读」「网上申请占全部申请的几成」「主动公开的条数是依申请新收件数的多少倍」「主动公开信息平均一个月多少条」.

The two sides are read by the question's structure, not by a list of its words: the clause that asks (the one holding
占 / 比 / 倍 / 每月 …; a clause before it that asks nothing is context), what stands before 占 and after it (the whole:
「全部」「总」 say it is whole, they name nothing), 「A在B里占…」「B里A占…」, 「A和B的比」「A是B的几倍」, 「平均每<B>…几<unit>
<A>」, and a per-month clause over the measure of its own clause or, naming none, of the clause before it. Each side is
then read by **the same readers that answer it asked alone**: a table row the side names (`intent.table_measures`) from
the report's cells, else the one-report text reader (`named_figures._one`: 「<year>年<side>有多少」). A share whose whole
is not said is over the total the part is listed under (「…566条，其中…政策解读7篇」). Refused (never guessed) when a side
is not stated; a share's whole is never another item of the part's own list (「网络申请1件 ÷ 其中当面申请1件」 was
answered so before), nor the part itself; a part larger than its whole is no share. The arithmetic is shown with
both quotes (or cells) cited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.normalize import fold
from extractor.schema import Answer

from .. import intent, values as vals
from ..cite import cell_citation, fmt, sentence_bounds
from ..context import NOT_MENTIONED, Context
from ..lazyre import lazy

# 「平均每个月」「折合每个月」「月均」「平均一个月」「每月平均」: a year's figure over its months (a quarter: over 4)
# 「平均每周」: over 52 weeks; 「平均每天」「每个工作日」: no basis — a report prints no count of its working days
_PER = lazy(
    r"(?:平均|折合|折算|摊|算|分|大概|大约)?(?:下来|到)?(?:每一?个?|一个)(?P<p>月|季度|周|星期|礼拜|工作日|天|日)"
    r"(?:平均|大概|大约)?(?:下来)?|(?P<q>月|季|周)均"
)
# the division by the periods the user writes beside the per-period ask: 「（新收除以12）」「(本年新收÷12)」
_DIVIDED_SAID = lazy(r"[（(]([^（）()]{1,20}?)\s*(?:除以|÷|/|／)\s*(?:12|十二|4|四|52)(?:个月|个季度|周)?[)）]")
_PERIODS = {"月": 12, "季度": 4, "季": 4, "周": 52, "星期": 52, "礼拜": 52, "工作日": 0, "天": 0, "日": 0}
_PERIOD_SAID = {12: ("月", "12个月"), 4: ("季度", "4个季度"), 52: ("周", "52周（一年按52周计）")}
# the asking words of a clause (what it asks of the figure, never what is counted)
_ASK = lazy(
    r"(?:的|是|为|有|能|可以|大概|大约|约|差不多)?(?:多少|几)(?:个百分点)?(?P<u>条|篇|件|个|次|场|份|项|期)?(?:左右)?"
    r"|[？?。！!]|呢|吗|呀|啊"
)
_WHOLE = lazy(r"^(?:全部|所有|总共|全年|总的|总)|(?:的)?(?:总数|总量|总和|合计|总计)$")
# 「占…的比例/比重/百分比/百分之几/几成/多少/多大比例」: the words after a share's whole
_SHARE_TAIL = lazy(r"的?(?:比例|比重|百分比|百分之(?:多少|几)|几成|多少|多大(?:的)?(?:比例|比重)?|份额)")
_IN = r"(?:里面|里头|之中|当中|中间|里|中)"


@dataclass(frozen=True)
class Sides:
    part: str  # the words of the part (or of the year's figure: per)
    base: str | None  # the words of the whole / the divisor; None: the total the part is listed under
    kind: str  # share (%) · ratio (×, unit 倍 when asked in 倍) · per (÷ months)
    periods: int = 0
    unit: str | None = None  # the unit the part is asked in (「几篇解读」)


def _clean(side: str) -> str:
    """A side's words: asking words, particles and the count word after 数 aside (「解读数」 = 解读)."""
    side = _ASK.sub("", side)
    side = re.sub(r"^(?:的|是|为|就|那|其中|当中|中)+|(?:的|了|呢|是)+$", "", side)
    return side.strip(" ，,：:")


def _asking_clause(q: str) -> tuple[str, str]:
    """The clause that asks the share, ratio or average (the last that holds one of their words), and the clause
    before it (a follow-up's 「…主动公开了多少条，平均每个月多少条」 names the figure there)."""
    parts = [p for p in re.split(r"[，,；;：:]", q) if p.strip()]
    for i in range(len(parts) - 1, -1, -1):
        if re.search(r"占|比|倍|每", parts[i]) or _PER.search(parts[i]):
            return parts[i], (parts[i - 1] if i else "")
    return "", ""


def read(q: str) -> Sides | None:
    """The two sides a question asks combined (its bodies and years already taken out), or None."""
    c, before = _asking_clause(fold(q))
    c = re.sub(
        r"^(?:那么?|其中|当中)", "", c
    )  # (「其中政策解读占比多少」: 其中 says the part is listed, it names nothing)
    if not c:
        return None
    m = _PER.search(c)
    if m:  # 「主动公开信息平均一个月多少条」「平均每月发布多少条信息」: the clause's figure over the months
        if re.search(r"每个?(?:月|周|星期)(?:的|都)?(?:更新|发布|公开)?(?:一次|1次)", c):
            return None
        periods = _PERIODS[m.group("p") or m.group("q")]
        unit = _ASK.search(c[m.end() :])
        rest = _clean(c[: m.start()] + "|" + c[m.end() :]).replace("|", "")
        written = _DIVIDED_SAID.search(c)
        if written and intent.table_measures(written.group(1)):  # 「来多少件（新收除以12）」: the figure named
            rest = written.group(1)
        if not re.search(r"平均|折合|折算|摊|算下来|[月季周]均|一个(?:月|季度|星期)", c) and not (
            rest and intent.table_measures(rest)
        ):
            # (「每个季度全面检查的网站有多少家」: what is done each quarter, as stated — no average; a row of the
            # tables is never stated per period: 「每个月收到多少件申请」 asks the year's count over its months)
            return None
        return Sides(rest or _clean(before), None, "per", periods, unit.group("u") if unit else None)
    m = re.search(
        r"(?:平均)?每(?:一)?(?:件|个|条|篇|份|项)?(?P<b>.{2,12}?)(?:平均|大概|大约)?(?:配了?|配套|对应|附|有|出|发|写)?了?(?:多少|几)"
        r"(?P<u>篇|条|件|个|份|项)(?P<a>.{2,10})$",
        re.sub(r"[？?。！!]+$", "", c),
    )
    if m:  # 「平均每件政策文件配了几篇解读」: the second named over the first
        return Sides(_clean(m.group("a")), _clean(m.group("b")), "ratio", unit=m.group("u"))
    m = re.search(r"^(?P<a>.+?)(?:和|与|同|跟)(?P<b>.+?)(?:之比|的比值|比值|的比(?:例(?=是|为))?)(?:是|为)?", c)
    if m and not re.search(r"占", m.group("a")):  # 「政策解读和政策文件的比是多少」
        return Sides(_clean(m.group("a")), _clean(m.group("b")), "ratio")
    m = re.search(r"^(?P<a>.+?)(?:大约|约)?(?:是|为|相当于)(?P<b>.+?)的(?:几|多少)倍", c)
    if m:  # 「主动公开的条数是依申请新收件数的多少倍」
        return Sides(_clean(m.group("a")), _clean(m.group("b")), "ratio")
    m = re.search(rf"^(?P<a>.+?)在(?P<b>.+?){_IN}(?:所|的)?占", c)
    if m:  # 「政策解读在全部主动公开信息里占多大比例」
        return Sides(_clean(m.group("a")), _whole(m.group("b")), "share")
    if re.search(r"占了?(?:多少|几)个?(?:条|篇|件|个|份|项|次|场|家|人|期)", c):
        return None  # (「编发的文章里原创的占多少篇」: a count asked, not a share)
    m = re.search(r"^(?P<a>.+?)(?:所|的)?占(?!比)了?(?P<b>.+)$", c)
    if m:
        tail = _SHARE_TAIL.search(m.group("b"))
        b = m.group("b")[: tail.start()] if tail else ""
        if tail and _clean(b):  # 「网上申请占全部申请的几成」「通过政府网站公开的占主动公开总数的比例」
            return Sides(_clean(m.group("a")), _whole(b), "share")
        a = m.group("a")
        inner = re.search(rf"^(?P<b>.+?){_IN}(?P<a>.+)$", a)
        if inner and _clean(inner.group("a")):  # 「主动公开信息里政策解读占多少」
            return Sides(_clean(inner.group("a")), _whole(inner.group("b")), "share")
        return Sides(_clean(a), None, "share") if _clean(a) else None  # 「其中政策解读占比多少」
    m = re.search(r"^(?P<a>.+?)(?:的|所)?(?:占比|比例|比重|百分比)", c)
    if m and _clean(m.group("a")):
        a = m.group("a")
        inner = re.search(rf"^(?P<b>.+?){_IN}(?P<a>.+)$", a)
        if inner and _clean(inner.group("a")):
            return Sides(_clean(inner.group("a")), _whole(inner.group("b")), "share")
        return Sides(_clean(a), None, "share")
    return None


def _whole(b: str) -> str:
    """A share's whole: 「全部」「总数」 say it is whole and name nothing (the rest of the words do)."""
    b = _clean(b)
    rest = _WHOLE.sub("", b)
    return _clean(rest) or b


_YEAR_WORD = lazy(r"(?:19|20)\d{2}\s*年度?")


def _question(ctx: Context) -> str:
    """The question with the bodies the catalogue finds and the years taken out (they are the scope)."""
    q = fold(ctx.q)
    spans = ctx.catalogue.mentions(q)
    out, k = [], 0
    for i, j, _ in spans:
        out.append(q[k:i])
        k = j
    return _YEAR_WORD.sub("", intent.normalise_years("".join([*out, q[k:]])))


def asks(q: str) -> bool:
    """Does the question read as two figures combined (the route's condition; the handler reads the report)?"""
    return read(_YEAR_WORD.sub("", intent.normalise_years(fold(q)))) is not None


@dataclass
class _Figure:
    value: float
    unit: str
    said: str  # as shown in the arithmetic: a quote of the text, or a cell's label and value
    citations: list
    start: int = -1  # where the text states it (-1: a cell)
    end: int = -1


def _cell(ctx: Context, rid: str, words: str) -> _Figure | None:
    """The side as a table row names it (「依申请新收件数」 = 表三 本年新收), the report's cell."""
    ms = intent.table_measures(words)
    if len(ms) != 1:
        return None
    cells = ctx.store.cells_of([rid])[rid]
    keys = vals.keys_in(ms[0], cells)
    values = [cells[k]["value"] for k in keys]
    if not keys or any(v is None for v in values):
        return None
    unit = vals.unit_of(ms[0])
    v = sum(values)
    return _Figure(v, unit, f"{ms[0].label}{fmt(v)}{unit}（表格）", [cell_citation(rid, ctx.entry(rid), cells, keys)])


def _text(ctx: Context, rid: str, words: str, unit: str | None = None) -> list[_Figure]:
    """The side as the one-report text reader answers it asked alone (「<year>年<words>有多少」): where the text
    prints that figure, best fitting the side's words first (the quoted sentence before a statistics row)."""
    from .named_figures import _asked, _one
    from .narrative import cut_by_wrap

    ans = _asked(ctx, rid, words, unit) if unit else _one(ctx, rid, words)
    if ans is None or not isinstance(ans.value, (int, float)) or ans.unit in (None, "%"):
        return []
    one = ctx.one_report()
    text = one[1].text if one else ""
    quote = ans.citations[0].quote if ans.citations else ""
    at = text.find(quote) if quote else -1
    printed = [m for m in ctx.store.metrics(rid) if m["value"] == ans.value and m["unit"] == ans.unit]
    # (「政策文件2\n9条」: a number cut by a line wrap — read as 9, the 2 before it — is no figure to compute with)
    rows = [m for m in printed if not cut_by_wrap(text, m)]
    if printed and not rows:
        return []
    said = set(re.sub(r"[^\u4e00-\u9fff]", "", words))

    def fit(m) -> tuple:
        inside = at >= 0 and at <= m["start"] < at + len(quote)
        return (len(said & set(m["label"] or "")), inside)

    out = [
        _Figure(float(m["value"]), m["unit"] or "", f"「{m['quote']}」", ans.citations, m["start"], m["end"])
        for m in sorted(rows, key=fit, reverse=True)
    ]
    if not out:  # (a figure the metrics do not hold as printed: as the reader said it)
        head = ans.answer.split("（", 1)[0].strip()
        out = [_Figure(float(ans.value), ans.unit or "", head, ans.citations)]
    return out


def _side(ctx: Context, rid: str, words: str, unit: str | None = None) -> list[_Figure]:
    """Where the side is stated, best first: a table row it names, else the text's figure (each place it is
    printed). A side ending in a count word (「解读数」「政策文件数」) is also tried without it."""
    cell = _cell(ctx, rid, words)
    if cell is not None:
        return [cell]
    found = _text(ctx, rid, words, unit)
    bare = re.sub(r"(?:条|篇|件|个|份|项)?数(?:量|目)?$", "", words)
    if not found and bare != words and len(bare) >= 2:
        found = _text(ctx, rid, bare, unit)
    return found


_ALIKE = {"条": "items", "件": "items", "篇": "items", "份": "items"}


def _listed_under(ctx: Context, rid: str, part: _Figure) -> _Figure | None:
    """The total the part is listed under: 「…566条，其中政策文件…，政策解读7篇」 — a number before 「其中」 in the
    part's sentence, counting the same kind of thing (条/件/篇 all count items)."""
    one = ctx.one_report()
    text = one[1].text if one else ""
    if part.start < 0:
        return None
    a, _ = sentence_bounds(text, part.start, part.end)
    kind = _ALIKE.get(part.unit, part.unit)
    rows = [
        m
        for m in ctx.store.metrics(rid)
        if a < m["end"] <= part.start  # (its number in the sentence: a heading may open its quote)
        and _ALIKE.get(m["unit"] or "", m["unit"]) == kind
        and "其中" in text[m["end"] : part.end]  # (a part's quote may open with its 其中)
    ]
    if not rows:
        return None
    m = next((m for m in reversed(rows) if "其中" in text[m["end"] : m["end"] + 12]), rows[-1])
    s0, s1 = sentence_bounds(text, m["start"], m["end"])
    from ..cite import text_citation

    cit = text_citation(rid, ctx.entry(rid), text, s0, s1)
    return _Figure(float(m["value"]), m["unit"] or "", m["quote"], [cit], m["start"], m["end"])


def _same_sentence(text: str, a: _Figure, b: _Figure) -> bool:
    s0, s1 = sentence_bounds(text, a.end - 1, a.end)
    return s0 <= b.end - 1 < s1


def _sibling(text: str, part: _Figure, base: _Figure) -> bool:
    """Is the whole read another item of the part's own list (「其中当面申请1件，网络申请1件」)? Both in one sentence,
    after one 「其中」 that opens the list."""
    if part.start < 0 or base.start < 0:
        return False
    a, b = sentence_bounds(text, part.start, part.end)
    if not a <= base.start < b:
        return False
    opens = text.find("其中", a, min(part.start, base.start))
    return opens >= 0


def _says(words: str, fig: _Figure) -> bool:
    """Does the figure's own phrase say every character of the side's words (「政策文件」 in 「其中政策文件29条」)?"""
    said = re.sub(r"[^\u4e00-\u9fff]", "", re.sub(r"(?:条|篇|件|个|份|项)?数$", "", words))
    return bool(said) and set(said) <= set(fig.said)


def answer(ctx: Context) -> Answer | None:
    """The share, ratio or per-month figure of two figures of the one report in scope, or None (another route's)."""
    one = ctx.one_report()
    if one is None:
        return None
    rid, report = one
    sides = read(_question(ctx))
    if sides is None or not sides.part:
        return None
    if sides.kind == "per" and intent.table_measures(sides.part):
        return _per_period(ctx, sides, _cell(ctx, rid, sides.part), report.text)
    if intent.table_measures(sides.part) and (not sides.base or intent.table_measures(sides.base)):
        return None  # rows of the tables (and a share of one within its table): the tables' own (table.share, …)
    parts = _side(ctx, rid, sides.part, sides.unit)
    if not parts:
        return None
    part = parts[0]
    text = report.text
    if sides.kind == "share" and _stated_share(ctx, rid, text, sides, parts):
        return None
    if any(c.col not in ("tot", None) for c in ctx.question.cells):
        return None  # (「本年新收里自然人所占的比例」: a column of the tables is the tables' share)
    if sides.kind == "per":
        return _per_period(ctx, sides, part, text)
    base = None
    if sides.base is None and sides.kind == "share":  # the total the part is listed under, where it is printed
        base, part = next(((b, p) for p in parts if (b := _listed_under(ctx, rid, p)) is not None), (None, part))
    elif sides.base is not None:
        bases = _side(ctx, rid, sides.base)
        if sides.kind == "share" and bases and bases[0].start >= 0:
            # a share of two text figures is of figures the report relates: printed in one sentence (「…480条，其中…
            # 政策解读6篇」), never a count of one part of the report over a count of another (解读 over 申请)
            pairs = [
                (p, b) for b in bases for p in parts if p.start >= 0 and b.start >= 0 and _same_sentence(text, p, b)
            ]
            if not pairs:
                return None if part.start < 0 else _refused(ctx, sides, part)
            part, bases = pairs[0][0], [pairs[0][1]]
        base = bases[0] if bases else None
        if base is not None and sides.kind == "share" and _sibling(text, part, base) and not _says(sides.base, base):
            # another item of the part's own list is never its whole (「网络申请1件 ÷ 其中当面申请1件」): a whole said
            # loosely (收到申请, 全部申请) is the total the list is of, else refused
            base = _listed_under(ctx, rid, part)
    if base is None:  # (a row of the tables over a whole no figure of the text is: the tables' routes say)
        return None if part.start < 0 else _refused(ctx, sides, part)
    if (base.start, base.end, base.said) == (part.start, part.end, part.said) or not base.value:
        return _refused(ctx, sides, part)
    v = part.value / base.value
    cits = part.citations + [c for c in base.citations if c not in part.citations]
    if sides.kind == "share":
        if v > 1:
            return _refused(ctx, sides, part)
        value, unit, shown = round(100 * v, 2), "%", f"{100 * v:.2f}%"
    else:
        unit = "倍" if "倍" in ctx.q else None
        value = round(v, 2)
        shown = f"{value:g}{unit or ''}"
    return ctx.answer(
        f"{shown}（{part.said} ÷ {base.said}，按报告计算）", "metric", value=value, unit=unit, citations=cits
    )


def _per_period(ctx: Context, sides: Sides, part: _Figure | None, text: str) -> Answer | None:
    """The year's figure over its months (12), quarters (4) or weeks (52), the basis said; per day or working day
    refused — the report prints no count of its working days, and no day count is assumed."""
    if part is None:
        return None
    a0, _ = sentence_bounds(text, part.start, part.end) if part.start >= 0 else (0, 0)
    if part.start >= 0 and re.search(
        r"每(?:一)?个?(?:月|季度|季|周|星期|天|日)", text[max(a0, part.start - 24) : part.end]
    ):
        return None  # (「每季度对…70家网站开展检查」: the figure is stated per period already)
    if not sides.periods:
        return ctx.answer(
            f"{NOT_MENTIONED}：报告只写了全年的数字（{part.said}），没有写明工作日数或逐日的数字；"
            "按天平均没有依据，无法计算（不以估计的天数代替）。",
            "metric",
            citations=part.citations,
        )
    v = round(part.value / sides.periods, 2)
    per, periods = _PERIOD_SAID[sides.periods]
    return ctx.answer(
        f"平均每{per}约{fmt(v)}{part.unit}（全年{part.said} ÷ {periods}，按报告计算）",
        "metric",
        value=v,
        unit=part.unit,
        citations=part.citations,
    )


def _stated_share(ctx: Context, rid: str, text: str, sides: Sides, parts: list[_Figure]) -> bool:
    """Does the text print the part's share itself — a percentage right after the part (「信函申请4件，占21%」) or one
    whose phrase says the part (「网上申请占比62.5%」)? Then the routes that read stated shares answer, as printed."""
    said = set(re.sub(r"[^\u4e00-\u9fff]", "", sides.part))
    for m in ctx.store.metrics(rid):
        if m["unit"] != "%":
            continue
        if said and said <= set(f"{m['label'] or ''}{m['quote'] or ''}"):
            return True
        digit = re.search(r"\d", text[m["start"] : m["end"]])
        at = m["start"] + (digit.start() if digit else 0)
        if any(
            0 <= p.end <= at and re.fullmatch(r"[，,、\s]*(?:占|约占|占比)?(?:约|达|为)?", text[p.end : at])
            for p in parts
        ):
            return True
    return False


def _refused(ctx: Context, sides: Sides, part: _Figure) -> Answer | None:
    """Refused, the side read named."""
    what = f"「{sides.base}」" if sides.base else "它所属的总数"
    return ctx.answer(
        f"{NOT_MENTIONED}（报告写了{part.said}，但没有写明{what}，无法计算）", "metric", citations=part.citations
    )
