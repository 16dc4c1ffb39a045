"""Table 四 printed as pairs of rows: a row of column names, then a row of values.

Some reports print table 四 as small tables stacked one under the other, each a row naming its kind
and columns (「行政复议 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计」) over a row of values (「 | 0 | 1 |
0 | 0 | 1」). Read as one run of numbers, the names between the value rows hide where a group starts.
Here each value is bound to the name printed above it — by position in the row, or in order when
the value row prints one cell per name — and each group to the kind its names row (or the rows of
words just before it) names. Anything less than one reading (kinds and groups that do not pair up,
a value row of another width, a kind printed twice) is not read here: the table goes on to the
ordinary reading, which leaves what it cannot place null with a doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import tablespec as ts
from .cards import MISSING
from .normalize import PLACEHOLDERS, ROW, SEP, parse_number
from .stream import BLANK, Piece, Stream

_KINDS = tuple((g, re.compile(p)) for g, p in ts.T4_KIND_CELL_PATTERNS.items())
_NAMES = ts.T4_HEAD_NAMES
_MIN_NAMES = 3


def _cells(text: str, a: int, b: int) -> list[Piece]:
    """The cells of one source row [a, b): value, placeholder, blank, or words ('other')."""
    out: list[Piece] = []
    at = a
    while at < b:
        nxt = text.find(SEP, at, b)
        stop = b if nxt < 0 else nxt
        cell = text[at:stop]
        if cell == BLANK:
            out.append(Piece("blank", at, at))
        elif cell in PLACEHOLDERS:
            out.append(Piece("placeholder", at, stop, cell))
        elif parse_number(cell) is not None and cell[0].isdigit():
            out.append(Piece("value", at, stop, cell))
        else:
            out.append(Piece("other", at, stop, cell))
        at = stop + 1
    return out


def _kind(cell: str) -> str | None:
    found = [g for g, rx in _KINDS if rx.search(cell)]
    return found[0] if len(found) == 1 else None


def t4_cells(stream: Stream, start: int, end: int) -> tuple[list[Piece], int] | None:
    """Table 四's 15 cells when it is printed as names rows over value rows, and the stream offset
    where the last value row ends; else None."""
    text = stream.text
    if text.count(ROW, start, end) < 2:
        return None
    rows: list[list[Piece]] = []
    at = start
    while at < end:
        stop = text.find(ROW, at, end)
        stop = end if stop < 0 else stop
        if stop > at:
            rows.append(_cells(text, at, stop))
        at = stop + 1
    groups: dict[str, dict[str, Piece]] = {}
    pending: list[str] = []  # kinds named by rows of words since the last pair
    last = -1
    i = 0
    while i < len(rows) - 1:
        head, values = rows[i], rows[i + 1]
        names = [_NAMES.get(c.text) for c in head]
        led = _kind_led(rows, i, names)
        if led:  # one names row over rows each led by its kind: 「案件类别 | 结果维持 | …」 then 「行政复议 | 0 | …」
            for kind, values in led:
                if kind in groups:
                    return None
                groups[kind] = {n: values[j] for j, n in enumerate(names) if n is not None}
                last = values[-1].end
            pending = []
            i += 1 + len(led)
            continue
        if sum(n is not None for n in names) < _MIN_NAMES or any(c.kind == "other" for c in values):
            pending += [k for c in head if c.kind == "other" and c.text not in _NAMES and (k := _kind(c.text))]
            i += 1
            continue
        kinds = [k for c in head if c.kind == "other" and c.text not in _NAMES and (k := _kind(c.text))] or pending
        split = _groups(names)
        if split is None or len(kinds) != len(split):
            return None
        if len(values) == len(head):  # bound by position: nothing under a kind's cell
            if any(values[j].kind != "blank" for j, n in enumerate(names) if n is None):
                return None
            under = values
        elif len(values) == sum(n is not None for n in names):  # one value a name, in order
            it = iter(values)
            under = [next(it) if n is not None else Piece("blank", 0, 0) for n in names]
        else:
            return None
        for kind, cols in zip(kinds, split):
            if kind in groups:
                return None  # a kind printed twice: not one reading
            groups[kind] = {names[j]: under[j] for j in cols}  # type: ignore[misc]
        last = values[-1].end if values else last
        pending = []
        i += 2
    if not groups:
        return None
    out: list[Piece] = []
    for g in ts.T4_GROUPS:
        cells = groups.get(g, {})
        out += [cells.get(c) or Piece(MISSING, start, start) for c in ts.T4_COLS]
    return out, last


def _kind_led(rows: list[list[Piece]], i: int, names: list[str | None]) -> list[tuple[str, list[Piece]]]:
    """The rows under names row `i` that each print one kind in their leading word cells (「行政复议」,
    or a merged 「行政诉讼」 then 「未经复议直接起诉」, or 「复议后起诉」 alone under it) and then a value
    (or a blank or a placeholder) for every name, in order; empty when the next row is not one. The
    names row has one word cell (its corner, 「项目」「案件类型」); a line of words between the rows that
    names no kind is passed over."""
    words = [j for j, n in enumerate(names) if n is None]
    wanted = len(names) - 1
    if len(words) != 1 or wanted < _MIN_NAMES or len(set(names)) != len(names):
        return []
    out: list[tuple[str, list[Piece]]] = []
    for row in rows[i + 1 :]:
        if len(row) == 1 and row[0].kind == "other" and _kind(row[0].text) is None:
            continue  # a line between two rows: a page's running head, a group's name over its kinds
        lead = len(row) - wanted
        if lead < 1 or any(c.kind != "other" for c in row[:lead]):
            break
        kind = _kind("".join(c.text for c in row[:lead]))
        if kind is None or any(c.kind == "other" for c in row[lead:]):
            break
        out.append((kind, _placed(names, row[lead:])))
    return out


def _placed(names: list[str | None], values: list[Piece]) -> list[Piece]:
    """A value row laid under a names row: the values in order under the names, a blank under the
    word column."""
    it = iter(values)
    return [next(it) if n is not None else Piece("blank", 0, 0) for n in names]


def _groups(names: list[str | None]) -> list[list[int]] | None:
    """The names row cut into groups: a name printed again starts the next group. None when a group
    names fewer than three columns (not a header)."""
    out: list[list[int]] = []
    seen: set[str] = set()
    for j, n in enumerate(names):
        if n is None:
            continue
        if not out or n in seen:
            out.append([])
            seen = set()
        out[-1].append(j)
        seen.add(n)
    if any(len(g) < _MIN_NAMES for g in out):
        return None
    return out


# The template's fifteen columns in printed order: 结果维持 … 总计 under each kind in turn.
_TEMPLATE_ORDER = tuple(c for _ in ts.T4_GROUPS for c in ts.T4_COLS)
UNMATCHED: tuple[str, ...] = ()  # the header names its columns in an order no reading fits: refuse


def t4_column_keys(stream: Stream, start: int, end: int) -> tuple[str, ...] | None:
    """Table 四's cell keys in the order its header rows (the text in [start, end), before its first
    value) print them, when that is not the template's order (「总计」 printed first in each block):
    each kind's five names bound to the kind named above them. None when the names printed fit the
    template's order (or none is printed): the values read in the template's order. UNMATCHED when
    the names are out of the template's order and do not make three whole blocks under the three
    kinds in order — reading by position would put a figure under another column's name."""
    text = stream.text
    rows: list[list[str]] = []  # the names each header row prints
    kinds: list[str] = []
    for row in text[start:end].split(ROW):
        rows.append([])
        for cell in row.split(SEP):
            if (name := _NAMES.get(cell)) is not None:
                rows[-1].append(name)
            elif _wrapped_part(cell):
                return None  # a name wrapped in its narrow column (「结果」 over 「维持」): not read by name
            elif cell and (kind := _kind(cell)) and kind not in kinds:
                kinds.append(kind)
    named = [r for r in rows if r]
    # the row above the values names all fifteen when a merged name is repeated in the slots it
    # covers (some loaders do); else the rows together do (行政复议's five beside the two kinds, the
    # lawsuits' ten under them)
    names = named[-1] if named and len(named[-1]) == len(_TEMPLATE_ORDER) else [n for r in named for n in r]
    if _fits_template(names):
        return None
    width = len(ts.T4_COLS)
    blocks = [names[i : i + width] for i in range(0, len(names), width)]
    if (
        len(names) != len(_TEMPLATE_ORDER)
        or any(sorted(b) != sorted(ts.T4_COLS) for b in blocks)
        or kinds != list(ts.T4_GROUPS)
    ):
        return UNMATCHED
    return tuple(f"t4.{g}.{c}" for g, block in zip(ts.T4_GROUPS, blocks) for c in block)


def _fits_template(names: list[str]) -> bool:
    """The names printed are the template's, in its order (some may be missing, broken by layout)."""
    at = 0
    for name in names:
        while at < len(_TEMPLATE_ORDER) and _TEMPLATE_ORDER[at] != name:
            at += 1
        if at == len(_TEMPLATE_ORDER):
            return False
        at += 1
    return True


def _wrapped_part(cell: str) -> bool:
    """A header cell holding the first or last line of a column name wrapped in its narrow column
    (「结果」「尚未」「审结」): the names of such a header are not one per cell."""
    return len(cell) >= 2 and any(
        label != cell and (label.startswith(cell) or label.endswith(cell)) for label in ts.T4_COL_LABELS.values()
    )


_HEADING = re.compile(r"情况|复议[、和及与]")
_LAWSUITS = re.compile(r"行政诉讼")  # the lawsuits' heading, over its two kinds (or alone: the two merged)


@dataclass(frozen=True)
class ReducedT4:
    """Table 四 printed with fewer columns than the template: the template key of each printed figure, or None
    for a figure that is no template cell (the two lawsuit kinds merged into one block of sums); `unprinted`
    the template keys the report does not print on their own; `merged` what was merged, in words."""

    keys: tuple[str | None, ...]
    unprinted: tuple[str, ...]
    merged: str = ""


def t4_reduced_keys(stream: Stream, start: int, end: int, width: int) -> ReducedT4 | None:
    """Table 四's keys for a row of `width` figures (fewer than fifteen) whose header rows, in [start, end),
    name fewer columns than the template: blocks of names (a name printed again opens the next block), each
    under the kind its header names in order — a block without its 总计 (or any name) leaves that cell
    unprinted — or two blocks under 「行政复议」 and a 「行政诉讼」 that names no kind below it: the lawsuits'
    two kinds merged into one block of sums, no template cell. None for anything else (nothing placed by
    guess: the ordinary reading's doubt stands)."""
    text = stream.text
    kinds: list[str] = []
    lawsuits = False
    rows: list[list[str]] = []
    for row in text[start:end].split(ROW):
        rows.append([])
        for cell in row.split(SEP):
            if _HEADING.search(cell):
                continue  # the section's heading (「四、政府信息公开行政复议、行政诉讼情况」): no column's
            if (name := _NAMES.get(cell)) is not None:
                rows[-1].append(name)
            elif _wrapped_part(cell):
                return None
            elif cell and (kind := _kind(cell)):
                if kind in kinds:
                    return None
                kinds.append(kind)
            elif cell and _LAWSUITS.fullmatch(cell):
                lawsuits = True
    named = [r for r in rows if r]
    # the row above the figures names them all where a converter repeats a merged name in the slots it covers
    names = named[-1] if named and len(named[-1]) == width else [n for r in named for n in r]
    if len(names) != width or width >= len(_TEMPLATE_ORDER):
        return None
    blocks: list[list[str]] = []
    for n in names:
        if not blocks or n in blocks[-1]:
            blocks.append([])
        blocks[-1].append(n)
    if any(len(b) < _MIN_NAMES for b in blocks):
        return None
    merged = ""
    if kinds == list(ts.T4_GROUPS[: len(blocks)]) and len(blocks) == len(ts.T4_GROUPS):
        groups: list[str | None] = list(kinds)
    elif kinds == ["rv"] and lawsuits and len(blocks) == 2:
        groups = ["rv", None]
        merged = "行政诉讼的「未经复议直接起诉」与「复议后起诉」合并为一组"
    else:
        return None
    keys = tuple(f"t4.{g}.{c}" if g else None for g, b in zip(groups, blocks) for c in b)
    printed = {k for k in keys if k}
    unprinted = tuple(f"t4.{g}.{c}" for g in ts.T4_GROUPS for c in ts.T4_COLS if f"t4.{g}.{c}" not in printed)
    return ReducedT4(keys, unprinted, merged) if unprinted else None
