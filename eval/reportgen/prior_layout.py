"""Tables that print last year beside this year (eval/wild37's hunt; extractor/prior_year.py): the same report
with last year's figures, changes and growth rates inside its tables — only this year's are cells."""

from __future__ import annotations

from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Grid, Parts, Rows, rows_of
from eval.reportgen.model import Model
from extractor import tablespec as ts


def _prior(d: Draw) -> str:
    """Last year's figure of a cell: a drawn count, often 0."""
    return str(d.int(0, 3) and d.int(0, 90))


def _count(text: str) -> int | None:
    return int(text) if text.isdecimal() else None


def _rate(now: str, before: str) -> str:
    """The growth rate as printed beside a figure (「+300.0%」「0.0%」, 「—」 where last year had none)."""
    a, b = _count(now), _count(before)
    if a is None or not b:
        return "—"
    r = (a - b) / b * 100
    return f"{r:+.1f}%" if r else "0.0%"


def _change(now: str, before: str) -> str:
    a, b = _count(now), _count(before)
    if a is None or b is None:
        return "—"
    return f"{a - b:+d}" if a != b else "0"


def _with(p: Parts, table: str, f) -> Parts:
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if isinstance(b, str) or b[0] != table:
            blocks.append(b)
        else:
            blocks += f(b[2])
    return Parts(p.head, blocks, p.tail)


def _head(grid: Grid) -> int:
    return sum(1 for r in grid if not any(c.value for c in r))


def t3_prior_and_growth(p: Parts, d: Draw) -> Parts:
    """Table 三 with two added last columns 「上年总计」 and 「同比增长」 (a rate, 「—」 where last year had none)."""

    def f(grid: Grid) -> list[tuple[str, Rows, Grid]]:
        head = _head(grid)
        out: Grid = [[*grid[0], G("上年总计", rs=head), G("同比增长", rs=head)], *grid[1:head]]
        for r in grid[head:]:
            before = _prior(d)
            out.append([*r, G(before), G(_rate(r[-1].text, before))])
        return [("t3", rows_of(out), out)]

    return _with(p, "t3", f)


def t3_last_year_first(p: Parts, m: Model, d: Draw) -> Parts:
    """Section 三 with last year's whole table 三 first, under a caption naming last year, then this year's."""

    def f(grid: Grid) -> list:
        prior = [[G(_prior(d), c.rs, c.cs, True) if c.value else c for c in r] for r in grid]
        return [
            f"（一）{m.year - 1}年度收到和处理政府信息公开申请情况（上年数据，供对比）",
            ("t3", rows_of(prior), prior),
            f"（二）{m.year}年度收到和处理政府信息公开申请情况",
            ("t3", rows_of(grid), grid),
        ]

    return _with(p, "t3", f)


def t4_year_rows(p: Parts, m: Model, d: Draw) -> Parts:
    """Table 四 with a 「年度」 column: last year's row 「{y-1}年」 above this year's 「{y}年」, and a 增减 row."""

    def f(grid: Grid) -> list[tuple[str, Rows, Grid]]:
        head = _head(grid)
        values = grid[head]
        before = [_prior(d) for _ in values]
        out: Grid = [[G("年度", rs=head), *grid[0]], *grid[1:head]]
        out.append([G(f"{m.year - 1}年"), *[G(b) for b in before]])
        out.append([G(f"{m.year}年"), *values])
        out.append([G("增减"), *[G(_change(v.text, b)) for v, b in zip(values, before, strict=True)]])
        return [("t4", rows_of(out), out)]

    return _with(p, "t4", f)


def t4_split_this_last(p: Parts, d: Draw) -> Parts:
    """Table 四 with every column split into 「本年 | 上年」: thirty figures in one row, alternating."""

    def f(grid: Grid) -> list[tuple[str, Rows, Grid]]:
        head = _head(grid)
        out: Grid = [[G(c.text, c.rs, c.cs * 2) for c in r] for r in grid[:head]]
        out.append([G(w) for _ in ts.T4_GROUPS for _ in ts.T4_COLS for w in ("本年", "上年")])
        out.append([g for v in grid[head] for g in (v, G(_prior(d)))])
        return [("t4", rows_of(out), out)]

    return _with(p, "t4", f)


def t3_same_period_rows(p: Parts, d: Draw) -> Parts:
    """Table 三 with a 「上年同期」 row of seven figures under each row (a text print: no merged cells)."""

    def f(grid: Grid) -> list[tuple[str, Rows, Grid]]:
        head = _head(grid)
        out: Grid = [*grid[:head]]
        for r in grid[head:]:
            out.append(r)
            out.append([G("上年同期"), *[G(_prior(d)) for c in r if c.value]])
        return [("t3", rows_of(out), out)]

    return _with(p, "t3", f)
