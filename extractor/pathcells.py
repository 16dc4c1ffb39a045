"""Tables linearised as one cell a line, each line naming its cell's whole path.

A data export writes 「本年度办理结果-不予公开-属于国家秘密-自然人：0」, a screen-reader version of a
page reads 「第8行，第4列，（三）不予公开，1.属于国家秘密，自然人，数值：0」: the row's label (its group
first, a sub-row's number sometimes left out), the column's name, and the value after the last colon
(after the column's name, or after a word for 「the value」: 「数值：」). Such a line names its cell by
row and column, so the cell is placed by those names (the one table spec's labels and column names),
never by where the line stands; a position (「第8行」「第4列」) and a table's announcement (「共29行10列」)
are never values and never a row. A cell no line names is missing (never 0); one named twice with two
values is a conflict (cards.row).

A row is the last part of the path that names a row: a label the parser knows (`find_labels`), or
the label's words with its number left out (「予以公开」 for 「（一）予以公开」, 「总计」 for 「（七）总计」);
a sub-row's bare words (「其他」 of 「3.其他」) only right after its group (「其他处理-其他」). A path whose
row stays unknown, or is a group header with no sub-row, names no cell.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping

from . import cards as _cards, tablespec as ts
from .normalize import compact
from .stream import Labels, Piece, Stream, find_labels

_MIN_LINES = 6  # fewer path lines than this are no linearised table
_SEP = "-—–_,>"
_POSITION = re.compile(r"第\d+[行列]|第\d+行第\d+列")
_VALUE_WORD = re.compile(r"数值|值|数据|数字|内容")  # 「数值：3」: the value of the cell the path names
_VALUE = re.compile(r"(?P<value>[-+]?\d+(?:,\d{3})*(?:\.\d+)?|[-—–－/\\]+|)(?:件|个|万元)?")
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+[.、]?)")
_OPEN, _CLOSE = '([【“"', ')]】”"'


def _parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The spans of the path's parts in [a, b): split at a separator outside brackets."""
    out: list[tuple[int, int]] = []
    depth = 0
    at = a
    for i in range(a, b):
        c = text[i]
        if c in "([【":
            depth += 1
        elif c in ")]】" and depth:
            depth -= 1
        elif c in _SEP and depth == 0:
            if i > at:
                out.append((at, i))
            at = i + 1
    if b > at:
        out.append((at, b))
    return out


def _bare(label: str) -> str:
    return _NUMBERING.sub("", compact(label).text)


@functools.lru_cache(maxsize=4)
def _bare_t3() -> dict[str, tuple[str, ...]]:
    """Table 三's row labels without their numbers → the row keys they may name."""
    out: dict[str, list[str]] = {}
    for r in (*ts.T3_GF2021.rows, *ts.T3_GF2019.rows, *ts.T3_GROUP_HEADERS.values()):
        name = _bare(r.label)
        for word in dict.fromkeys((name, re.sub(r"\([^()]*\)$", "", name))):  # 「部分公开」 too
            keys = out.setdefault(word, [])
            if r.key not in keys:
                keys.append(r.key)
    return {k: tuple(v) for k, v in out.items()}


def t3_bare() -> Mapping[str, tuple[str, ...]]:
    return _bare_t3()


ColumnOf = Callable[[str, str], str | None]


def read(
    stream: Stream,
    labels: Labels,
    col_names: Iterable[str],
    col_of: ColumnOf,
    rows: Iterable[str],
    start: int,
    end: int,
    bare: Mapping[str, tuple[str, ...]] | None = None,
) -> dict[str, _cards.Card] | None:
    """The cells of [start, end) printed as path lines, as cards: row key → card; None when fewer
    than `_MIN_LINES` lines name a cell, or fewer than two rows are named."""
    text = stream.text
    if text.count(":", start, end) < _MIN_LINES:
        return None  # (each line read takes a colon of its own: most tables print fewer)
    names = set(col_names)
    wanted = set(rows)
    cards: dict[str, _cards.Card] = {}
    lines = 0
    at = start
    while at < end:
        colon = text.find(":", at, end)
        if colon < 0:
            break
        stop = min([p for p in (text.find(m, colon, end) for m in "\x1d\x1e\x1f") if p >= 0] or [end])
        at = stop + 1
        # the last colon of the token: a name's unit may print one (「（单位：万元）」) — the token's last colon is
        # at or after this first one, so it is looked for from here, and the token's start only for a value
        colon = text.rfind(":", colon, stop)
        value = _VALUE.fullmatch(text, colon + 1, stop)
        if value is None:
            continue
        a = max(start, *(text.rfind(m, start, colon) + 1 for m in "\x1d\x1e\x1f"))
        parts = [p for p in _parts(text, a, colon) if not _POSITION.fullmatch(text, *p)]
        if len(parts) < 2:
            continue
        last = text[parts[-1][0] : parts[-1][1]]
        if _VALUE_WORD.fullmatch(last):
            parts = parts[:-1]
            last = text[parts[-1][0] : parts[-1][1]] if parts else ""
        name = last.removeprefix(ts.T3_ORGS_HEAD).strip("()") if last not in names else last
        if name not in names or len(parts) < 2:
            continue
        row = _row(stream, labels, bare or {}, parts[:-1])
        if row is None or row[0] not in wanted:
            continue
        col = col_of(row[0], name)
        if col is None:
            continue
        card = cards.setdefault(row[0], _cards.Card(Piece("label", row[1], row[2], text[row[1] : row[2]], row[0])))
        card.entries.setdefault(col, []).append(_cards._cell(value))
        lines += 1
    if lines < _MIN_LINES or len(cards) < 2:
        return None
    return cards


def _row(
    stream: Stream, labels: Labels, bare: Mapping[str, tuple[str, ...]], parts: list[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """The row the path's parts name (see the module's doc), with the span of the part naming it."""
    text = stream.text
    row: tuple[str, int, int] | None = None
    for a, b in parts:
        found = find_labels(stream, labels, a, b)
        key: str | None = found[-1].key if found else None
        if key is None:
            keys = bare.get(_NUMBERING.sub("", text[a:b]), ())
            group = row[0] if row else ""
            keys = tuple(k for k in keys if "_" not in k or k.split("_")[0] == group)
            key = keys[0] if len(keys) == 1 else None
        if key is not None:
            row = (key, a, b)
    return row
