"""One notion of a set of reports a question is asked over, shared by the three families that ask over one
(`named_sets`: arithmetic over a set named; `peers`: one body against its place × year; `conditions`: bodies
meeting a condition).

A set is its members — stored reports, each of its own year — however the question names them: bodies listed
(「A2021年、B2022年这几份」), a province × year of the store (「库里四川省2024年的年报」), a place's bodies (「山东省
2024年各单位」), or a body's own province and year (「同省同年」). `ReportSet` says how an answer names it (`said`)
and what a member without the figure does to a figure over the set (`whole`): a set the user wrote out member by
member is computed whole or not at all (a figure over the members that happened to be found is about another
set); a place's bodies are counted over those that print the figure, the others NAMED as not counted — never
left out unsaid, never read as 0. `figures` reads a measure over the members and returns the unread ones beside
the read; `place_reports` is the one resolution of a place × year to its stored reports."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from extractor import gazetteer as G

from ..context import Context
from ..question import CellMeasure
from ..scope import REGION_FORM, Catalogue, Resolved, region_forms
from . import corpus


@dataclass(frozen=True)
class ReportSet:
    """The members of a set (stored report ids, in the set's order), how an answer names the set, whether a
    figure over it needs every member (`whole`), and the member asked about when the naming fixed it."""

    ids: tuple[str, ...]
    said: str
    whole: bool = True
    target: str | None = None

    def context(self, ctx: Context) -> Context:
        """The question's context over the members (names, citations and text figures read on it)."""
        scope = Resolved(list(self.ids), ctx.question.scope, agencies=[])
        return dataclasses.replace(ctx, scope=scope, _report=None, _twins=None, _one=None)

    def figures(self, ctx: Context, m: CellMeasure) -> Figures:
        """The measure over the members: the reports printing it (set order), their values, the rest unread. A
        figure a member states in words only (a small set) is noted on `ctx` for the answer's citations."""
        sub = self.context(ctx)
        order, found = corpus._series(sub, m)
        ctx.text_figures.update(sub.text_figures)
        return Figures(order, found, [r for r in self.ids if r not in found])


@dataclass(frozen=True)
class Figures:
    order: list[str]  # the members that print the figure, in the set's order
    found: dict[str, float]
    unread: list[str]  # the members that do not: named as not counted, or the figure refused (a whole set)

    def not_counted(self, ctx: Context) -> str:
        return unread_said(ctx, self.unread)


def unread_said(ctx: Context, unread: list[str]) -> str:
    """「另有2份报告该项未能读取或为空白，未计入：A、B」: the members a figure over the set could not read, said the
    one way every set aggregate says them (`corpus.not_counted`); "" when none."""
    if not unread:
        return ""
    k = len(unread)
    names = "、".join(ctx.name(r) for r in unread) if k <= corpus.LISTED else ""
    return f"另有{k}份报告该项未能读取或为空白，未计入" + (f"：{names}" if names else "")


def place_named(written: str, levels: tuple[str, ...] = ("省", "市", "县")) -> G.Division | None:
    """The one division of `levels` that `written` ends with (「库里四川省」「在山东省」→ the province: a lead-in
    is no part of its name), or None (none, or two of one name)."""
    for n in range(len(written) - 2, -1, -1):
        divs = [d for d in G.by_name(written[n:]) if d.level in levels]
        if len(divs) == 1:
            return divs[0]
    return None


def province_of(agency: str) -> G.Division | None:
    """The province a body sits in (by the gazetteer: its own division and those above it)."""
    codes = [c[len(REGION_FORM) :] for c in region_forms(agency)]
    return next((d for c in codes if (d := G.get(c)) is not None and d.level == "省"), None)


def place_reports(cat: Catalogue, code: str, year: int) -> list[str]:
    """The stored reports of a place's bodies in a year (by the gazetteer code every body's region forms carry,
    as the scope's place sets read them), ordered by body — the one place × year resolution of the set families."""
    form = REGION_FORM + code
    keys = sorted(cat.forms_of({form}).get(form, {}))
    pool = cat.reports(keys, [year]) if keys else []
    pool.sort(key=lambda e: (e.agency_key, e.id))
    cat.remember(pool)
    return [e.id for e in pool]
