"""Conditions over a set of reports: what share of a set meets a condition (「库里四川省2024年的年报里，新收为0
的单位占百分之几」), which of its reports meet a boolean combination of conditions (「既被复议又当过被告的是哪几家」
「有结转但没有不予公开的有哪些」「A或B的，列出来」), which exceed another named report's same cell (「山东省2022年予以
公开超过山东省自然资源厅2022年的报告有哪些」), and how many of a named set carry a broken identity of their own
tables (「这五份里表格自己加不平的有几份」: the findings counted, by `faults.fault_count` — the one handler).

A set is named by its members (「A2021年、B2022年、C2023年这几份年报」: each member one agency in its own year, a
member the store does not hold refuses the question, naming it) or as a province in a year (「库里山东省2022年的年报」:
every stored body of the province; a lead-in such as 库里/数据库中 is no part of the place's name). `understand`
resolves the set once (rag.ask calls it before the generic resolution); `answer` is the route's handler.

A report whose cell a condition reads is unread is named as not counted — never silently left out."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from extractor import tablespec as ts
from extractor.normalize import fold
from extractor.schema import Answer

from .. import values as vals
from ..cite import fmt
from ..context import NOT_MENTIONED, Context
from ..intent import normalise_years, table_measures
from ..lazyre import lazy
from ..question import CellMeasure, Scope
from ..scope import Catalogue, Resolved
from . import faults
from .corpus import _cite
from .report_set import place_named, place_reports, unread_said


@dataclass(frozen=True)
class Condition:
    """One typed test of a report: the sum of `cells` compared with a number, or with another report's same sum."""

    key: str
    label: str  # as an answer says it (「本年新收为0」)
    not_label: str  # its negation said (「本年新收不为0」)
    cells: tuple[CellMeasure, ...]
    op: str = ">"  # ">" | "="
    bound: float = 0.0
    negated: bool = False

    def said(self) -> str:
        return self.not_label if self.negated else self.label


_NEW = CellMeasure(table="t3", row="new", col="tot")
# the six conditions a set is filtered by, with the words that name them (simplified, folded text)
_CONDITIONS: tuple[tuple[Condition, str], ...] = (
    (
        Condition("zero_new", "本年新收申请为0", "本年新收申请不为0", (_NEW,), "="),
        r"零申请|(?:一|1)(?:件|个)申请都?没(?:有)?收到|没(?:有)?收到(?:过)?(?:任何)?(?:政府信息公开)?申请(?!.{0,4}(?:法人|自然人))"
        r"|未收到(?:任何)?(?:政府信息公开)?申请|新收(?:的)?(?:申请)?(?:数量?)?(?:为|是|等于)(?:0|零)",
    ),
    (
        Condition("review", "被申请行政复议", "没有被申请行政复议", (CellMeasure(table="t4", row="rv", col="tot"),)),
        r"行政复议(?!后)|被(?:申请)?复议|复议过",
    ),
    (
        Condition(
            "sued",
            "当过行政诉讼被告",
            "没有当过行政诉讼被告",
            (CellMeasure(table="t4", row=ts.T4_LAWSUITS, col="tot"),),
        ),
        r"(?:行政诉讼)?被告|被(?:提起(?:行政)?诉讼|起诉|告)|行政诉讼|打过官司",
    ),
    (
        Condition(
            "carry",
            "有结转下年度的申请",
            "没有结转下年度的申请",
            (CellMeasure(table="t3", row="carry_out", col="tot"),),
        ),
        r"(?<!上年)结转",
    ),
    (
        Condition("refused", "有不予公开的答复", "没有不予公开的答复", (CellMeasure(table="t3", row="r3", col="tot"),)),
        r"不予公开",
    ),
    (
        Condition(
            "legal",
            "收到过法人或其他组织的申请",
            "没有收到法人或其他组织的申请",
            (CellMeasure(table="t3", row="new", col=ts.T3_LEGAL),),
        ),
        r"法人|其他组织",
    ),
)
_WORDS = tuple((c, lazy(p)) for c, p in _CONDITIONS)
# a negation right before a condition's words, its verb between (「但是没有当过」「没有收到过」「没被」)
_NEGATED = lazy(r"(?:没有|没|未|无|不曾|从未|从来没有?)(?:被|当过|当|收到过|收到|有过|有|申请过|发生过|过)*$")
_UNION = lazy(r"或者?|要么|任一|之一")

# what is asked of the set
_SHARE = lazy(r"百分之(?:几|多少)|百分比|比例|比重|占比|几成|多大比")
# a share of the set's bodies (「…的单位占百分之几」「…的报告所占比例」「…的有几成」), never of a total (「占合计的比重」)
_OF_BODIES = lazy(
    r"的(?:单位|报告|机关|部门|年报|家)?(?:所)?占|的有几成|有百分之(?:几|多少)|占(?:全部|所有)?(?:单位|报告|家)"
    r"|的(?:单位|报告|机关|部门|年报)的?(?:比例|占比|比重|百分比)|(?:百分之(?:几|多少)|几成|多大比例)的?(?:单位|报告|机关|部门|年报)"
)
_OF_TOTAL = lazy(r"合计|之和|分母|最多|最高|最大|集中|总量|总数(?!的?(?:单位|报告|家))")
_WHICH = lazy(r"哪些|哪几|列出|列一下|是谁|有谁")
_ERRORS = lazy(r"加不平|算不平|算错|勾稽|不一致|对不上|不相等|不平衡")
_COUNT = lazy(r"几份|多少份|份数|几家|多少家")
_ABOVE = lazy(r"(?:比(?![例重率值较])|高于|超过|多于|大于|超出)")  # (「比例最高的」: no 比 of two)

# the set: a province in a year (a lead-in word before the place is no part of its name)
_LEAD_IN = r"(?:(?:数据)?库(?:里|中|内|里面)|在库的?|库存的?|store\s*里)?"
_PROVINCE_SET = lazy(
    _LEAD_IN
    + r"([\u4e00-\u9fff]{2,7}?(?:省|自治区|市))((?:19|20)\d{2})年度?的?(?:全部|所有)?(?:年报|报告|单位|年度报告)"
)
# 「同省的单位」「同省其他单位」: the province of the body named, not a set written out
_SAME_PROVINCE = lazy(r"同(?:一个?)?省")
# members: each agency with its own year (「A2021年、B2022年」), the list closed by its count or 里/中
_MEMBER_YEAR = lazy(r"((?:19|20)\d{2})\s*年度?")
_LIST_END = lazy(
    r"(?:这|那)?(?:几|多少|[两二三四五六七八九十\d])\s*(?:份|家|个)(?:年度报告|年报|报告|单位|机关)?"
    r"|(?<=年)(?:度)?(?:里面|里头|当中|之中|(?:里|中)(?=[，,：:\s]|有|哪))"  # (「…2022年度中山市…」: a name's 中)
)
_FILLERS = lazy(r"^(?:[，,、。；;：:\s和与及跟]|那个|这个|就是|呃|嗯|啊|还有|以及|请核查|请问|核查)+")


@dataclass
class SetAsk:
    """A question over a set of reports: what it asks, its conditions (or the cell and the report it is compared
    with), and the set as written."""

    kind: str  # "share" | "which" | "above" | "errors"
    conditions: list[Condition] = field(default_factory=list)
    union: bool = False
    cell: CellMeasure | None = None  # "above": the cell compared
    reference: tuple[str, int | None] | None = None  # "above": the body (as written) and year compared with
    province: tuple[str, int] | None = None  # the set as a province × year
    members: list[tuple[str, int]] = field(default_factory=list)  # the set as named members


def conditions_in(q: str) -> tuple[list[Condition], bool]:
    """The conditions q names, in order, each with its negation; and whether they are joined by 或."""
    spans: list[tuple[int, int, Condition]] = []
    for cond, rx in _WORDS:
        for m in rx.finditer(q):
            spans.append((m.start(), m.end(), cond))
    spans.sort(key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int, Condition]] = []
    for s in spans:  # (「当过行政诉讼被告」: one condition however many of its words it holds)
        if kept and s[0] < kept[-1][1] + 2 and s[2].key == kept[-1][2].key:
            kept[-1] = (kept[-1][0], max(kept[-1][1], s[1]), kept[-1][2])
        elif kept and s[0] < kept[-1][1]:
            continue
        elif not any(k[2].key == s[2].key for k in kept):
            kept.append(s)
    out: list[Condition] = []
    for i, (a, _, cond) in enumerate(kept):
        start = kept[i - 1][1] if i else 0
        before = re.sub(r"[（(][^）)]*[）)]", "", q[start:a])
        neg = bool(_NEGATED.search(before.rstrip("的一件个")))
        out.append(Condition(cond.key, cond.label, cond.not_label, cond.cells, cond.op, cond.bound, neg))
    between = q[kept[0][1] : kept[-1][0]] if len(kept) > 1 else ""
    return out, bool(_UNION.search(between))


def _members(text: str) -> list[tuple[str, int]]:
    """「A2021年、B2022年、C二〇二三年」 (years normalised): each name with the year written right after it."""
    out, at = [], 0
    for m in _MEMBER_YEAR.finditer(text):
        name = _FILLERS.sub("", text[at : m.start()]).strip()
        if name:
            out.append((name, int(m.group(1))))
        at = m.end()
    return out


def parse(text: str) -> SetAsk | None:
    """The set question q asks, typed; None when q is not one (a single report, no set, no condition)."""
    q = normalise_years(fold(text))
    prov = _PROVINCE_SET.search(q)
    end = _LIST_END.search(q, prov.end() if prov else 0)
    members = _members(q[: end.start()]) if end and not prov else []
    if not prov and len(members) < 2 and not _SAME_PROVINCE.search(q):
        return None
    rest = q[prov.end() :] if prov else q[end.end() :] if end and members else q
    province = (prov.group(1), int(prov.group(2))) if prov else None
    if _ERRORS.search(rest) and _COUNT.search(rest) and (members or province):
        return SetAsk("errors", province=province, members=members)
    above = _ABOVE.search(rest)
    if above and _WHICH.search(rest):
        after = rest[above.end() :]
        tail = _MEMBER_YEAR.search(after)
        ref_words = re.split(
            r"(?:还|更)?(?:要)?(?:多|高|大)的|(?:还|更)(?:要)?(?:多|高|大)|多的|的报告", after, maxsplit=1
        )[0]
        name = _MEMBER_YEAR.sub("", ref_words).strip("，, 的")
        cells = table_measures(rest[: above.start()]) or table_measures(rest)
        # (「收到申请超过200的是谁」: a number after 超过 is a bound of the figure, never a body compared with)
        if name and cells and not re.match(r"\d", name):
            year = int(tail.group(1)) if tail and tail.start() < len(ref_words) else None
            return SetAsk("above", cell=cells[0], reference=(name, year), province=province, members=members)
    conds, union = conditions_in(rest)
    if not conds:
        return None
    if _SHARE.search(rest) and _OF_BODIES.search(rest) and not _OF_TOTAL.search(rest) and len(conds) == 1:
        return SetAsk("share", conds, province=province, members=members)
    if (_WHICH.search(rest) or _COUNT.search(rest)) and (len(conds) > 1 or conds[0].negated):
        return SetAsk("which", conds, union, province=province, members=members)
    return None


def asked(text: str) -> bool:
    """Is q a question over a set of reports this module answers? (the route's condition)"""
    return parse(text) is not None


def understand(text: str, cat: Catalogue, scope: Scope) -> Resolved | None:
    """The set q names, resolved against the catalogue: every member's report, or every report of the province's
    bodies in the year; a member (or the report compared with) the store does not hold → an empty scope naming it,
    which is refused. None when q is not a set question."""
    ask = parse(text)
    if ask is None:
        return None
    ids: list[str] = []
    names: list[str] = []
    if ask.province:
        place, year = ask.province
        div = place_named(place)
        ids = place_reports(cat, div.code, year) if div else []
        if div is None or not ids:
            return Resolved([], scope.model_copy(update={"years": [year]}), unknown=f"{place}{year}年")
        names = [f"{div.name}{year}年的全部单位"]
    for name, year in ask.members:
        rid = _report_of(cat, name, year)
        if isinstance(rid, Resolved):
            return rid
        ids.append(rid)
        names.append(f"{cat.entry(rid).agency or name}{year}年")  # type: ignore[union-attr]
    if ask.reference:
        name, year = ask.reference
        if year is None:  # 「比青海省生态环境厅多」: the member of that name, in its year
            year = next((y for n, y in ask.members if name in n or n in name), None)
        if year is None:
            return Resolved([], scope, unknown=name)
        ref = _report_of(cat, name, year)
        if isinstance(ref, Resolved):
            return ref
    if not ids:
        return None
    years = sorted({e.year for r in ids if (e := cat.entry(r)) and e.year})
    return Resolved(list(dict.fromkeys(ids)), scope.model_copy(update={"years": years}), agencies=names)


def _report_of(cat: Catalogue, name: str, year: int) -> str | Resolved:
    """The one stored report of the body written `name` in `year`; else the refusal naming what is missing."""
    groups, written = cat.agencies_named(name, [year])
    scope = Scope(years=[year])
    if not groups:
        return Resolved([], scope, unknown=f"{name}{year}年")
    if len(groups[-1]) > 1:
        return Resolved([], scope, ambiguous=[cat.name(k) for k in groups[-1]])
    got = cat.reports(groups[-1], [year])
    if not got:
        return Resolved([], scope, unknown=f"{written[-1]}{year}年")
    return got[0].id


def _values(ctx: Context, cells: tuple[CellMeasure, ...], ids: list[str]) -> dict[str, float | None]:
    """Each report's sum of the cells (None: some cell unread)."""
    out: dict[str, float | None] = {r: 0.0 for r in ids}
    for c in cells:
        got = vals.measure(ctx.store, c, ids, None)
        for r in ids:
            v, was = got.get(r), out[r]
            out[r] = None if v is None or was is None else was + v
    return out


def _meets(ctx: Context, cond: Condition, ids: list[str]) -> tuple[dict[str, bool], dict[str, float | None]]:
    got = _values(ctx, cond.cells, ids)
    if cond.key == "review":  # a case printed in any result column counts, even under a 总计 printed 0
        parts = _values(
            ctx, tuple(CellMeasure(table="t4", row="rv", col=c) for c in ("keep", "fix", "other", "pend")), ids
        )
        got = {r: (max(v, parts[r] or 0) if v is not None else parts[r]) for r, v in got.items()}
    out = {}
    for r, v in got.items():
        if v is None:
            continue
        hit = v == cond.bound if cond.op == "=" else v > cond.bound
        out[r] = hit != cond.negated
    return out, got


def _unread_note(ctx: Context, unread: list[str]) -> str:
    return f"（{unread_said(ctx, unread)}）" if unread else ""


def _share(ctx: Context, ask: SetAsk) -> Answer:
    cond = ask.conditions[0]
    ok, got = _meets(ctx, cond, ctx.ids)
    return share_meeting(ctx, cond.said(), ok, got, cond.cells[0])


def share_meeting(
    ctx: Context, said: str, ok: dict[str, bool], got: Mapping[str, float | None], m: CellMeasure
) -> Answer:
    """The share of the set's bodies meeting a test — the one handler of 「…的单位占百分之几」 (set.conditions,
    share.bodies): k of the n members whose figure is read, both sides listed with their figures; a member whose
    figure is unread is named as not counted. `ok`: each read member's verdict; `got`: its figure."""
    read = [r for r in ctx.ids if r in ok]
    unread = [r for r in ctx.ids if r not in ok]
    if not read:
        return ctx.answer(f"{NOT_MENTIONED}（所查报告的相关数字均未读出）", "compare")
    yes = [r for r in read if ok[r]]
    no = [r for r in read if not ok[r]]
    pct = 100.0 * len(yes) / len(read)
    unit = vals.unit_of(m)

    def side(rs: list[str]) -> str:
        return "、".join(f"{ctx.name(r)}（{fmt(got[r])}{unit}）" for r in rs) or "无"

    text = (
        f"{fmt(round(pct, 2))}%：所查{len(read)}份报告中{len(yes)}份{said}（{len(yes)}/{len(read)}）。"
        f"满足的：{side(yes)}；不满足的：{side(no)}。{_unread_note(ctx, unread)}"
    )
    return ctx.answer(text, "compare", value=round(pct, 4), unit="%", citations=_cite(ctx, m, read, got))


def _which(ctx: Context, ask: SetAsk) -> Answer:
    checked = [(c, *_meets(ctx, c, ctx.ids)) for c in ask.conditions]
    unread = [r for r in ctx.ids if any(r not in ok for _, ok, _ in checked)]
    read = [r for r in ctx.ids if r not in unread]
    pick = any if ask.union else all
    hits = [r for r in read if pick(ok[r] for _, ok, _ in checked)]
    label = ("或" if ask.union else "且").join(c.said() for c, _, _ in checked)
    if not hits:
        return ctx.answer(
            f"没有：所查{len(read)}份报告中，{label}的报告为0份。{_unread_note(ctx, unread)}",
            "compare",
            value=0,
            unit="份",
        )

    def row(r: str) -> str:
        return "，".join(f"{c.cells[0].label}{fmt(got[r])}{vals.unit_of(c.cells[0])}" for c, _, got in checked)

    listing = "；".join(f"{ctx.name(r)}（{row(r)}）" for r in hits)
    cits = [x for c, _, got in checked for x in _cite(ctx, c.cells[0], hits, got)]
    return ctx.answer(
        f"共{len(hits)}份报告{label}：{listing}。{_unread_note(ctx, unread)}",
        "compare",
        value=len(hits),
        unit="份",
        citations=cits,
    )


def _above(ctx: Context, ask: SetAsk) -> Answer | None:
    assert ask.cell is not None and ask.reference is not None
    name, year = ask.reference
    if year is None:
        year = next((y for n, y in ask.members if name in n or n in name), None)
    ref = _report_of(ctx.catalogue, name, year) if year else None
    if not isinstance(ref, str):
        return None
    m = ask.cell
    got = vals.measure(ctx.store, m, [*ctx.ids, ref], None)
    unit = vals.unit_of(m)
    if got.get(ref) is None:
        return ctx.answer(f"{NOT_MENTIONED}（{ctx.name(ref)}的{m.label}未读出，无法比较）", "compare")
    bound = got[ref]
    assert bound is not None
    others = [r for r in ctx.ids if r != ref]
    unread = [r for r in others if got.get(r) is None]
    hits = [r for r in others if (v := got.get(r)) is not None and v > bound]
    head = f"{ctx.name(ref)}的{m.label}为{fmt(bound)}{unit}"
    if not hits:
        return ctx.answer(
            f"没有：{head}，所查其余{len(others) - len(unread)}份报告都不超过它。{_unread_note(ctx, unread)}",
            "compare",
            value=0,
            unit="份",
        )
    listing = "；".join(f"{ctx.name(r)}（{fmt(got[r])}{unit}）" for r in hits)
    cits = _cite(ctx, m, hits, got)
    return ctx.answer(
        f"共{len(hits)}份报告{m.label}超过{ctx.name(ref)}（{fmt(bound)}{unit}）：{listing}。{_unread_note(ctx, unread)}",
        "compare",
        value=len(hits),
        unit="份",
        citations=cits,
    )


def answer(ctx: Context) -> Answer | None:
    """The route's handler: the set's share, list, comparison or count, as asked."""
    ask = parse(ctx.q)
    if ask is None or ctx.n < 1 or ctx.scope.corpus:
        return None
    if ask.kind == "share":
        return _share(ctx, ask)
    if ask.kind == "which":
        return _which(ctx, ask)
    if ask.kind == "above":
        return _above(ctx, ask)
    # how many of the set break an identity of their own tables: the findings' one count (route count.findings,
    # `checks.which_reports`: every identity H1–H5, or the one the question names; the unchecked named)
    return faults.fault_count(ctx)
