"""Table 三's applicant columns read by the names its header prints, not by position.

A report may print the 法人或其他组织 block in another order than the template's (商业企业, 科研机构,
社会公益组织, 法律服务机构, 其他) — 「科研机构 | 商业企业 | 法律服务机构 | …」 under the second header row.
Read by position, 商业企业's figures land under 科研机构 and every row still sums, so no identity
notices: silently wrong cells. Where the header names each of the seven columns once, the columns are
taken in the order it prints them; where it does not (no header, generic words, a name missing or
printed twice) the template's order stands, as before. The names are the table spec's
(`tablespec.T3_COL_NAMES`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import tablespec as ts
from .normalize import ROW, SEP

# 其他 alone is a column name; inside 「法人或其他组织」 or a row label 「其他处理」 it is not.
# (the 或 looked behind for after 其他, not before it: every arm of _NAMES then opens with a character, and the regex
# engine skips to those instead of trying the lookbehind at every character — the same matches)
_OTHER = r"其他(?<!或其他)(?!组织|处理|情形)"
_NAMES = re.compile("|".join(_OTHER if n == "其他" else re.escape(n) for n in ts.T3_COL_NAMES))


# The 法人 block's own heading in a two-row header (「法人或其他组织」 spanning the five names printed below it),
# not a composite column name (「法人或其他组织-商业企业」).
_LEGAL_HEAD = re.compile(
    r"法人(?:或者?|和|及|与)?其他组织(?![-—－:：(（]?(?:"
    + "|".join(ts.T3_COL_LABELS[c] for c in ts.T3_COLS if c not in ("np", "tot"))
    + "))"
)
# What `printed_order` answers for a header that names the columns but cannot place them: read no column
# by position (the caller leaves table 三's rows unread, with a doubt).
UNPLACED: tuple[int, ...] = ()


def printed_order(header: str) -> tuple[int, ...] | None:
    """For each column of `ts.T3_COLS`, the position its cell has in a printed row, read off the
    header text above the first row label; None when the header does not name every column exactly
    once, or names them in the template's order. A two-row header prints 自然人 and 总计 in its
    first row (spanning both) and the 法人 block below, under its heading 「法人或其他组织」: the
    block's columns stand where that heading does — between them (the template), or before or after
    both (「总计 | 自然人 | 法人或其他组织」, a TRS page's 总计 first). Without the heading the template's
    自然人 … 总计 is taken when the first row prints them in that order; a first row that prints them
    otherwise with no heading to place the block is UNPLACED (no guess)."""
    matches = list(_NAMES.finditer(header))
    found = [ts.T3_COL_NAMES[m.group()] for m in matches]
    if sorted(found) != sorted(ts.T3_COLS):
        k = _last_full_row(found)
        if k is None:
            return UNPLACED if _total_first(header) else None
        found = found[k : k + len(ts.T3_COLS)]
        # a header printed again (a page's head over a table cut by the page): the last copy, from its 申请人情况
        cut = header.rfind(ts.T3_APPLICANTS_HEAD, 0, matches[k].start())
        if cut >= 0:
            header = header[header.rfind(ROW, 0, cut) + 1 :]
    legal = [k for k in found if k not in ("np", "tot")]
    first_row = found[: found.index(legal[0])]
    order = found
    if set(first_row) == {"np", "tot"} and not _one_row(header):
        order = _two_rows(header, first_row, legal)
        if order is None:
            return UNPLACED
    if tuple(order) == ts.T3_COLS:
        return None
    return tuple(order.index(k) for k in ts.T3_COLS)


def _two_rows(header: str, first_row: list[str], legal: list[str]) -> list[str] | None:
    """The columns of a header whose upper rows print 自然人 and 总计 (`first_row`, in printed order),
    spanning down, and the heading of the 法人 block, whose `legal` names stand in the row below. Where the
    header's rows are marked (ROW): a name in the heading's row stands left or right of the block as it
    prints before or after the heading (「总计 | 自然人 | 法人或其他组织」, a TRS page's 总计 first); a name in
    a row above, beside 「申请人情况」 (which spans the applicant columns), stands left of them all when
    printed before it, right when after (「申请人情况 | 总计」 over 「自然人 | 法人或其他组织」). Unmarked rows
    (a text layer, a copy's lines): the template's 自然人 … 总计 when printed so, its heading (if any) between
    them, else no order (「法人或其他组织 自然人 总计」 may be a block first or a row above). None when
    the header does not place every column (no heading, a heading in two places, a name elsewhere)."""
    heads = [m.start() for m in _LEGAL_HEAD.finditer(header)]
    if not _rows_marked(header):
        at = _first_places(header, first_row)
        between = at is not None and all(at["np"] < h < at["tot"] for h in heads)
        return ["np", *legal, "tot"] if first_row == ["np", "tot"] and between else None
    if len({header.rfind(ROW, 0, h) for h in heads}) != 1:
        return ["np", *legal, "tot"] if not heads and first_row == ["np", "tot"] else None
    h = heads[0]
    a = header.rfind(ROW, 0, h) + 1
    b = header.find(ROW, h)
    row = header[a : b if b >= 0 else len(header)]
    placed: list[tuple[int, int, list[str]]] = [(1, h - a, legal)]  # (left of all 0 / in the row 1 / right 2, where)
    for key in first_row:
        at = _first_places(row, [key])
        if at is not None:
            placed.append((1, at[key], [key]))
            continue
        line = next((r for r in header[:a].split(ROW) if _first_places(r, [key]) is not None), None)
        if line is None or ts.T3_APPLICANTS_HEAD not in line:
            return None
        side = 0 if _first_places(line, [key])[key] < line.index(ts.T3_APPLICANTS_HEAD) else 2  # pyright: ignore[reportOptionalSubscript]
        placed.append((side, 0, [key]))
    return [k for _, _, keys in sorted(placed, key=lambda t: t[:2]) for k in keys]


def _one_row(header: str) -> bool:
    """Whether one row of the header (rows ended by ROW) names the seven columns, each once: a one-row
    header (「总计 | 自然人 | 法人或其他组织-商业企业 | …」), its order the printed one. A text with no rows
    marked (a text layer, lines of a copy) does not say so."""
    if not _rows_marked(header):
        return False
    for row in header.split(ROW):
        if sorted(ts.T3_COL_NAMES[m.group()] for m in _NAMES.finditer(row)) == sorted(ts.T3_COLS):
            return True
    return False


def _rows_marked(header: str) -> bool:
    """Whether the loader marked the header's rows (ROW between its first column name and its last); a
    ROW only after them (a CSV copy's one segment, then a row's code) marks none."""
    names = list(_NAMES.finditer(header))
    return bool(names) and ROW in header[names[0].start() : names[-1].end()]


def _first_places(text: str, keys: list[str], base: int = 0) -> dict[str, int] | None:
    """Where each of `keys` is first named in `text` (offsets plus `base`); None unless all are."""
    at: dict[str, int] = {}
    for m in _NAMES.finditer(text):
        at.setdefault(ts.T3_COL_NAMES[m.group()], base + m.start())
    return at if all(k in at for k in keys) else None


def _total_first(header: str) -> bool:
    """A header that prints 总计 before 自然人 but does not name the seven columns: not the template's
    order, and not one the header can place."""
    found = [ts.T3_COL_NAMES[m.group()] for m in _NAMES.finditer(header)]
    return "tot" in found and "np" in found and found.index("tot") < found.index("np")


def _last_full_row(found: list[str]) -> int | None:
    """Where the last run of seven names that names each column once begins: the header's bottom row where a
    converter repeats a merged cell's text in every position it covers (docling: 「自然人 | 法人或其他组织
    ×5 | 总计」 over 「自然人 | 其他 | 社会公益组织 | … | 总计」 names 自然人 and 总计 twice)."""
    n = len(ts.T3_COLS)
    for k in range(len(found) - n, -1, -1):
        if sorted(found[k : k + n]) == sorted(ts.T3_COLS):
            return k
    return None


def placed_order(header: list[tuple[str, float]]) -> tuple[int, ...] | None:
    """`printed_order` for a header laid out from positions (a PDF's text layer, a scan): its cells'
    texts with their x centres on the page. A name wrapped in its narrow column prints its head on one
    line and its rest on the next (「社会公」 over 「益组织」), and a one-line name stands on another
    line than the wrapped ones beside it (vertically centred), so the text read line by line names
    the columns in no order at all; across the page they stand where their columns do. A cell that is
    a name, or the head (two characters or more) of exactly one, places that column. None unless
    each of the seven is placed once, or when they stand in the template's order."""
    order = placed_names(header)
    if order is None or sorted(order) != sorted(ts.T3_COLS) or tuple(order) == ts.T3_COLS:
        return None
    return tuple(order.index(k) for k in ts.T3_COLS)


_ONE_COLUMN = 0.01  # of the page width: names whose centres stand closer are in one column


def placed_names(header: list[tuple[str, float]]) -> list[str] | None:
    """The columns a laid-out header names (see `placed_order`), left to right; None when it names one
    twice. Any number of them: a block of a table split into column blocks names only its own."""
    at: dict[str, float] = {}
    for text, x in header:
        names = [n for n in ts.T3_COL_NAMES if n == text or (len(text) >= 2 and n.startswith(text))]
        keys = {ts.T3_COL_NAMES[n] for n in names}
        if len(keys) != 1:
            continue
        (key,) = keys
        if key in at:
            return None  # a name printed twice: no order to read
        if any(abs(x - y) < _ONE_COLUMN for y in at.values()):
            return None  # two names in one column: stacked (a turned table's label column), not side by side
        at[key] = x
    return sorted(at, key=lambda k: at[k])


# ---------------------------------------------------------------- columns left out or merged
# A header may print fewer applicant columns than the template: a column left out (no 总计), two or three of the
# 法人 block merged into one printed sum (「商业企业、科研机构」, 「其他组织」 beside named ones), or the block's
# subtotal alone (「自然人 | 法人或其他组织 | 总计」). Such a printed column is no template cell; the template cells
# it covers, and the columns left out, are not printed (no cell: never 0, never a sum, never computed).
_LEGAL_COLS = tuple(c for c in ts.T3_COLS if c not in ("np", "tot"))
_JOIN = r"[、/／,，和及与+＋]"
_NAME_ALT = "|".join(_OTHER if n == "其他" else re.escape(n) for n in ts.T3_COL_NAMES)
_MERGED_CELL = re.compile(rf"(?:{_NAME_ALT})(?:{_JOIN}(?:{_NAME_ALT}))+")
_LEGAL_ALONE = re.compile(r"法人(?:或者?|和|及|与)?其他组织(?:小计|合计)?")
_REST = re.compile(r"其他组织|其他单位")  # beside named 法人 columns: the rest of the block, summed


@dataclass(frozen=True)
class Reduced:
    """Table 三's printed applicant columns, left to right: the template column each holds, or None for a
    column that is no template cell (a merged sum, the 法人 subtotal); `merged` names those columns' covers,
    `unprinted` the template columns the report does not print on their own."""

    columns: tuple[str | None, ...]
    merged: tuple[tuple[str, ...], ...]
    unprinted: tuple[str, ...]


def _leaf(cell: str) -> str | frozenset[str] | None:
    """What a header cell names: one column's key, a set of columns (merged, or the 法人 block alone), 'rest'
    (「其他组织」: what of the block is not named beside it), or None (no column name)."""
    if not cell:
        return None
    if cell in ts.T3_COL_NAMES:
        return ts.T3_COL_NAMES[cell]
    if _LEGAL_ALONE.fullmatch(cell):
        return frozenset(_LEGAL_COLS)
    if _REST.fullmatch(cell):
        return "rest"
    if _MERGED_CELL.fullmatch(cell):
        return frozenset(ts.T3_COL_NAMES[m.group()] for m in _NAMES.finditer(cell))
    return None


def reduced_columns(header: str, squash) -> Reduced | None:
    """The printed columns of a header that names fewer or merged applicant columns (see `Reduced`); None when
    it names the seven columns each once on its own (the ordinary readings), or when it cannot be read as one
    row of printed columns (nothing is placed by guess). `squash`: the folding applied to each header cell.
    The bottom row of names is the printed columns where it names 自然人 (a converter repeats a vertically
    merged cell's text); else the row above it spans down: its 自然人 and 总计 stand where they print, its
    「法人或其他组织」 heading over the bottom row's names (by position where both rows have one width)."""
    rows = [[squash(c) for c in row.split(SEP)] for row in header.split(ROW)]
    named = [(i, [_leaf(c) for c in row]) for i, row in enumerate(rows)]
    named = [(i, leaves) for i, leaves in named if any(x is not None for x in leaves)]
    if not named:
        return None
    bottom = named[-1][1]
    leaves: list[str | frozenset[str]]
    if "np" in bottom or len(named) == 1:
        leaves = [x for x in bottom if x is not None]
    else:
        upper = named[-2][1]
        legal = frozenset(_LEGAL_COLS)
        if len(upper) == len(bottom) and all(
            up is None or low is None or up == legal for up, low in zip(upper, bottom)
        ):  # one grid (a converter pads the rows): a cell spanning down is blank below, the heading over its names
            leaves = []
            for up, low in zip(upper, bottom):
                if low is not None:
                    leaves.append(low)
                elif up is not None and up != legal:
                    leaves.append(up)
        else:
            if [x for x in upper if x is not None].count(legal) != 1:
                return None
            leaves = []
            for up in upper:
                if up == legal:
                    leaves += [x for x in bottom if x is not None]
                elif up is not None:
                    leaves.append(up)
    singles = [x for x in leaves if isinstance(x, str) and x != "rest"]
    if len(set(singles)) != len(singles):
        return None
    if leaves.count("rest") > 1:
        return None
    covers: list[frozenset[str]] = []
    for x in leaves:
        if x == "rest":
            rest = frozenset(
                c
                for c in _LEGAL_COLS
                if c not in singles and not any(c in s for s in leaves if isinstance(s, frozenset))
            )
            if not rest:
                return None
            covers.append(rest)
        elif isinstance(x, str):
            covers.append(frozenset((x,)))
        else:
            covers.append(x)
    if sum(len(c) for c in covers) != len(set().union(*covers)):
        return None  # a column covered twice (a subtotal beside its parts): not this reading
    columns = tuple(next(iter(c)) if len(c) == 1 else None for c in covers)
    if sorted(c for c in columns if c) == sorted(ts.T3_COLS) or len(columns) < 2:
        return None
    merged = tuple(tuple(k for k in ts.T3_COLS if k in c) for c in covers if len(c) > 1)
    unprinted = tuple(k for k in ts.T3_COLS if k not in columns)
    return Reduced(columns, merged, unprinted)
