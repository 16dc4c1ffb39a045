"""Recover cells from rows whose separators the scraper deleted (「713000074」).

A glued row is only split where the arithmetic leaves exactly one possibility: every way to cut
the digits into the row's cells is enumerated, the table identities filter them, and a cell is
recovered only if all surviving splits agree on it. Anything else stays null. Never guess.
"""

from __future__ import annotations

import functools
import itertools
import math
import operator
import re
from collections.abc import Callable, Sequence

from .normalize import CELL_UNIT, GLUED_MARKS
from .schema import Number
from .tablespec import EQUATION_TOLERANCE, Equation

Split = tuple[str, ...]  # the printed digits of each cell

_PART = {
    "count": re.compile(r"(?:0|[1-9]\d*)"),
    "signed": re.compile(r"[+-]?(?:0|[1-9]\d*)"),
    "money": re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?"),
}
_NONZERO = frozenset("123456789")
UNIT = re.compile(f"(?:{CELL_UNIT})$")  # printed after a glued number
MAX_SPLITS = 20000
MAX_STEPS = 2_000_000


class _Budget(Exception):
    pass


def _valid(part: str, kind: str) -> bool:
    if kind == "count":  # the common kind, without a regex: (?:0|[1-9]\d*)
        return part == "0" or (part[:1] in _NONZERO and (len(part) == 1 or part[1:].isdecimal()))
    return _PART[kind].fullmatch(part) is not None


def _cuts(token: str, kinds: Sequence[str], budget: list[int]) -> list[Split]:
    """Every way to cut `token` into len(kinds) consecutive parts, each valid for its kind, in the
    order of their cut positions."""
    k = len(kinds)
    if not 0 < k <= len(token):
        return []
    digits = token.isascii() and token.isdigit()
    if digits and kinds.count("count") == k:
        table = _count_cuts(len(token), k)
        if table is not None:  # the common case, read off a table of every cut of this shape
            budget[0] -= len(table)
            if budget[0] < 0:
                raise _Budget
            zeros = int(token.translate(_ZERO_BITS)[::-1], 2)  # bit i: token[i] is 「0」
            return [cut(token) for starts, cut in table if not starts & zeros]
    out: list[Split] = []
    _cut_from(token, kinds, digits, 0, 0, (), out, budget)
    return out


_ZERO_BITS = str.maketrans("0123456789", "1000000000")


@functools.lru_cache(maxsize=256)
def _count_cuts(n: int, k: int) -> list[tuple[int, Callable[[str], Split]]] | None:
    """Every cut of n digits into k parts, in order, as (starts, cut): `starts` has bit i set where
    a part of two or more digits starts at i (a count may not start with 「0」 unless it is 「0」),
    `cut` slices the parts out in one call. None when there are too many cuts to table."""
    if math.comb(n - 1, k - 1) > _TABLE_LIMIT:
        return None
    table = []
    for inner in itertools.combinations(range(1, n), k - 1):
        bounds = (0, *inner, n)
        starts = sum(1 << a for a, b in zip(bounds, bounds[1:]) if b - a > 1)
        slices = [slice(a, b) for a, b in zip(bounds, bounds[1:])]
        table.append((starts, operator.itemgetter(*slices) if k > 1 else _whole))
    return table


def _whole(token: str) -> Split:
    return (token,)


_TABLE_LIMIT = 5000


def _cut_from(
    token: str, kinds: Sequence[str], digits: bool, pos: int, i: int, acc: Split, out: list[Split], budget: list[int]
) -> None:
    """The recursion of `_cuts`, a plain function: a nested one that calls itself is a reference
    cycle, garbage only the cyclic collector can free (hundreds a report)."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Budget
    k = len(kinds)
    if i == k - 1:  # the last part takes the rest
        if _valid(token[pos:], kinds[i]):
            out.append(acc + (token[pos:],))
        return
    last = len(token) - (k - i - 1)
    if digits and kinds[i] == "count":  # the common case: any part is valid but 「0…」
        for end in (pos + 1,) if token[pos] == "0" else range(pos + 1, last + 1):
            _cut_from(token, kinds, digits, end, i + 1, acc + (token[pos:end],), out, budget)
        return
    for end in range(pos + 1, last + 1):
        part = token[pos:end]
        if not _valid(part, kinds[i]):
            bare = part.lstrip("+-")
            if len(bare) > 1 and bare[0] == "0" and bare[1].isdigit():
                break  # 「07」: every longer part starts with 0 and a digit too («0.5» may still come)
            continue
        _cut_from(token, kinds, digits, end, i + 1, acc + (part,), out, budget)


MARKS = GLUED_MARKS  # a placeholder printed inside a glued run: one cell, blank for the identities


def value_of(s: str) -> Number:
    """A split part's number (a mark, or the empty part of a blank cell whose blank left no trace,
    counts as 0, as a blank cell does in every identity)."""
    if s in MARKS or not s:
        return 0
    return float(s) if "." in s else int(s)


Sums = dict[int, tuple[int, ...]]  # cell index → the earlier cells of its row it is the sum of


def row_sums(keys: Sequence[str], equations: Sequence[Equation]) -> Sums:
    """The identities inside one row of the form 「a cell = the sum of cells printed before it」
    (table 三's 总计, table 四's three 总计), by position: the splitter checks them as it cuts."""
    at = {k: i for i, k in enumerate(keys)}
    out: Sums = {}
    for eq in equations:
        if len(eq.lhs) == 1 and eq.keys <= at.keys():
            total = at[eq.lhs[0]]
            parts = tuple(at[k] for k in eq.rhs)
            if parts and max(parts) < total:
                out[total] = parts
    return out


def split_candidates(
    tokens: Sequence[str], kinds: Sequence[str], sums: Sums | None = None, blanks: bool = False
) -> list[Split] | None:
    """All splits of the printed value tokens into len(kinds) cells; None if there are too many.

    Whitespace the report did print is respected: each token is cut on its own. A mark token
    (「/」「—」) is one cell as printed. `sums` (see row_sums) are checked while cutting: a long
    row (table 四's 15 cells) has far too many cuts to list, but few that keep its sums. `blanks`:
    the text is one whose blank cells left no trace (see tables), so any cell may be the empty
    part 「」."""
    tokens = [t if t.isdigit() or t in MARKS else UNIT.sub("", t).replace(",", "") for t in tokens]
    n = len(kinds)
    if not blanks and sum(map(len, tokens)) == n and all(t.isdigit() for t in tokens):
        return [tuple("".join(tokens))]  # one digit a cell: the only split (most glued rows)
    out: list[Split] = []
    try:
        if blanks:
            _summed(tokens, kinds, sums or {}, out, [MAX_STEPS], blanks=True)
        elif sums and _summed(tokens, kinds, sums, out, [MAX_STEPS]) and out:
            pass
        elif sums and 1 < len(tokens) < n:
            # Printed words a cut must join, and no cut keeps the row's sum: the cut is a guess (a page's
            # bare number glued after the row's 总计 — 「12」「3」 read 123 — cuts one way only too).
            return []
        elif len(tokens) == 1:  # (also when no cut keeps the sums: the report's own sum may be
            # wrong, and a row that cuts one way only is read as printed — the checks say so)  # one glued token: its cuts are the splits
            out = _cuts(tokens[0], kinds, [MAX_STEPS])
        else:
            _split_from(tokens, kinds, 0, 0, (), out, [MAX_STEPS])
    except _Budget:
        return None
    return out if len(out) <= MAX_SPLITS else None


def _summed(
    tokens: Sequence[str], kinds: Sequence[str], sums: Sums, out: list[Split], budget: list[int], blanks: bool = False
) -> bool:
    """The splits that keep every sum of `sums`, when each sum is over the cells just before its
    total (a group: table 三's row, table 四's three) and no cell may be negative. Cut from the
    right: a group's total comes first, so each part after it is bounded by what the total has
    left (a 17-digit row of 7 cells has 8,008 cuts, a few of which keep the sum); states are
    memoised and the walk follows only those that can still end well. False when the sums are not
    such groups (the caller then lists every cut)."""
    n = len(kinds)
    role = [0] * n  # 0 outside any group, 1 a part, 2 a total, 3 a group's first part
    for total, parts in sums.items():
        if parts != tuple(range(parts[0], total)):
            return False
        for i in parts:
            role[i] = 1
        role[parts[0]] = 3
        role[total] = 2
    if any(r and kinds[i] == "signed" for i, r in enumerate(role)):
        if blanks:
            role = [0] * n  # (no identity checked while cutting: the listing's filters do it)
        else:
            return False
    text = "".join(tokens)
    first = [0] * (len(text) + 1)  # first[b]: where the token holding text[b - 1] begins
    before = [0] * (len(text) + 1)  # before[b]: tokens wholly or partly in text[:b]
    at = 0
    for t, token in enumerate(tokens):
        for k in range(at + 1, at + len(token) + 1):
            first[k] = at
            before[k] = t + 1
        at += len(token)
    marks = frozenset(at for at, ch in enumerate(text) if ch in MARKS)
    ctx = (text, kinds, role, first, before, marks, {}, budget, blanks)
    if _can(ctx, len(text), n, 0.0):
        _walk(ctx, len(text), n, 0.0, (), out)
    return True


def _moves(ctx, end: int, col: int, need: float):
    """The cells that can end at text[end] as cell col - 1, read right to left, with `need` what the
    open group's parts must still sum to: (start, part, need after it)."""
    text, kinds, role, first, before, marks, _, budget, blanks = ctx
    budget[0] -= 1
    if budget[0] < 0:
        raise _Budget
    i = col - 1
    r = role[i]
    if end - 1 in marks:
        starts: list[int] | range = [end - 1]
    else:
        starts = range(end - 1, (first[end] if end else 0) - 1, -1)
    if blanks:  # the empty part: a blank cell that left no trace
        starts = [end, *starts]
    for start in starts:
        if start < i and not blanks:
            break  # too few characters left for the cells before this one
        if before[start] > i:
            continue  # more tokens before this cell than cells to hold them
        part = text[start:end]
        if start in marks and len(part) > 1:
            break
        if part and part not in MARKS and not _valid(part, kinds[i]):
            continue
        value = value_of(part)
        if r == 2:
            if need:
                continue  # (cannot happen: the previous group closed)
            nxt = float(value)
        elif r:
            nxt = round(need - value, 6)
            if nxt < -EQUATION_TOLERANCE:
                break  # a longer part is larger still
            if r == 3:
                if abs(nxt) >= EQUATION_TOLERANCE:
                    continue
                nxt = 0.0
        else:
            nxt = need
        yield start, part, nxt


def _can(ctx, end: int, col: int, need: float) -> bool:
    if col == 0:
        return end == 0
    if end == 0 and not ctx[8]:
        return False
    memo = ctx[6]
    key = (end, col, need)
    got = memo.get(key)
    if got is None:
        got = any(_can(ctx, start, col - 1, nxt) for start, _, nxt in _moves(ctx, end, col, need))
        memo[key] = got
    return got


def _walk(ctx, end: int, col: int, need: float, acc: Split, out: list[Split]) -> None:
    if col == 0:
        out.append(acc)
        if len(out) > MAX_SPLITS:
            raise _Budget
        return
    for start, part, nxt in _moves(ctx, end, col, need):
        if _can(ctx, start, col - 1, nxt):
            _walk(ctx, start, col - 1, nxt, (part,) + acc, out)


def _split_from(
    tokens: Sequence[str], kinds: Sequence[str], t: int, col: int, acc: Split, out: list[Split], budget: list[int]
) -> None:
    n = len(kinds)
    if t == len(tokens):
        if col == n:
            out.append(acc)
            if len(out) > MAX_SPLITS:
                raise _Budget
        return
    if tokens[t] in MARKS:
        if col < n:
            _split_from(tokens, kinds, t + 1, col + 1, acc + (tokens[t],), out, budget)
        return
    rest = tokens[t + 1 :]
    low = max(1, n - col - sum(len(x) for x in rest))
    high = min(len(tokens[t]), n - col - len(rest))
    for parts in range(low, high + 1):
        for cut in _cuts(tokens[t], kinds[col : col + parts], budget):
            _split_from(tokens, kinds, t + 1, col + parts, acc + cut, out, budget)


def filter_by(cands: list[Split], keys: Sequence[str], equations: Sequence[Equation]) -> list[Split]:
    """Keep the splits of one row that satisfy every equation lying wholly inside that row. A single
    candidate is returned as it is: it is what was printed, right or wrong (the checks say which)."""
    if len(cands) <= 1:
        return cands
    row = set(keys)
    inside = [eq for eq in equations if eq.keys <= row]
    if not inside:
        return cands
    at = {k: i for i, k in enumerate(keys)}
    sides = [([at[k] for k in eq.lhs], [at[k] for k in eq.rhs]) for eq in inside]
    keep = []
    for c in cands:
        values = [value_of(s) for s in c]
        if all(
            abs(sum([values[i] for i in lhs]) - sum([values[i] for i in rhs])) < EQUATION_TOLERANCE
            for lhs, rhs in sides
        ):
            keep.append(c)
    return keep


def _numbers(keys: Sequence[str], split: Split) -> dict[str, Number]:
    return {k: value_of(s) for k, s in zip(keys, split)}


def solve(
    rows: dict[str, tuple[Sequence[str], list[Split]]],
    known: dict[str, Number | None],
    equations: Sequence[Equation],
    max_combos: int = 200000,
    per_cell: bool = False,
) -> dict[str, str]:
    """Cross-row disambiguation: rows → (cell keys, candidate splits). Returns the cells every
    consistent combination agrees on. Rows with a single candidate are taken as printed; if no
    combination satisfies the identities (the report itself may be wrong), nothing more is fixed."""
    printed: dict[str, str] = {}
    open_rows: list[tuple[Sequence[str], list[Split]]] = []
    for keys, cands in rows.values():
        if len(cands) == 1:
            printed.update(zip(keys, cands[0]))
        elif cands:
            open_rows.append((keys, cands))
    if not open_rows:
        return printed
    open_keys = {k for keys, _ in open_rows for k in keys}
    readable = open_keys | printed.keys() | known.keys()
    relevant = [eq for eq in equations if not open_keys.isdisjoint(eq.keys) and eq.keys <= readable]
    if not relevant:  # every combination is consistent: the rows stay as open as they are
        return _agreed(printed, open_rows, per_cell)
    total = 1
    for _, cands in open_rows:
        total *= len(cands)
    if total > max_combos:
        return _agreed(printed, open_rows, per_cell)
    base: dict[str, Number | None] = {}  # the fixed values the identities read: printed rows, then known cells
    for k in set().union(*(eq.keys for eq in relevant)) - open_keys:
        base[k] = value_of(printed[k]) if k in printed else known[k]
    numbers = [[_numbers(keys, cand) for cand in cands] for keys, cands in open_rows]
    survivors: list[list[tuple[Split]]] = []
    for combo in itertools.product(*(range(len(cands)) for _, cands in open_rows)):
        values = dict(base)
        for row, i in enumerate(combo):
            values.update(numbers[row][i])
        if all(eq.holds(values) for eq in relevant):
            survivors.append([(open_rows[row][1][i],) for row, i in enumerate(combo)])
    if not survivors:
        return _agreed(printed, open_rows, per_cell)
    narrowed = [(keys, [s[i][0] for s in survivors]) for i, (keys, _) in enumerate(open_rows)]
    return _agreed(printed, narrowed, per_cell)


def _agreed(
    printed: dict[str, str], rows: list[tuple[Sequence[str], list[Split]]], per_cell: bool = False
) -> dict[str, str]:
    """Rows left with exactly one split. A row with several is left open as a whole: a cell is
    only as certain as the split of the row it was cut from — unless `per_cell`, where a cell every
    split agrees on is read (a text whose blanks left no trace: where the blank stood may be open
    while the row's first number and its 总计 are certain)."""
    out = dict(printed)
    for keys, cands in rows:
        if len(set(cands)) == 1:
            out.update(zip(keys, cands[0]))
        elif per_cell and cands:
            for i, k in enumerate(keys):
                parts = {c[i] for c in cands}
                if len(parts) == 1:
                    out[k] = cands[0][i]
    return out
