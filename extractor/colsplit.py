"""A table printed in column blocks, joined back into one before it is read.

Some publishers split a wide table by its columns: table 三 as one table with the label columns and
自然人 / 商业企业 / 科研机构, then 「（续表）」 and a second table with the same row labels and
社会公益组织 / 法律服务机构 / 其他 / 总计. Read one after the other, each row label is followed twice
by a few values and the second block's values win. The grid loaders (DOCX, HTML, Markdown, tab
rows) mark each table row, so two tables printed one after the other (at most a short caption
between them) whose data rows carry the same labels in the same order are one table: each row is
the first block's row followed by the second block's cells after the shared labels. Only the order
of the tokens changes: every value still points at the digits where the reader sees them.

Not joined: tables with different row labels (table 二's blocks, table 四's stacked parts), a block
whose rows carry no label, and a table printed twice (the same header and the same values again)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Token
from .normalize import squash

_VALUE = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?\s*(?:万?元|件|%)?|[/／—\-–]+|无")
_MAX_CAPTION = 2  # loose lines between the blocks (「（续表）」, 「单位：件」)
_MAX_CAPTION_CHARS = 30
_MIN_DATA_ROWS = 3


@dataclass
class _Table:
    start: int  # token index of its first cell
    end: int  # one past its last cell
    rows: list[list[Token]]


def _value_like(tok: Token) -> bool:
    return tok.blank or _VALUE.fullmatch(tok.text.strip()) is not None


def _tables(tokens: list[Token]) -> list[tuple[_Table, int]]:
    """The runs of marked rows, each with the number of loose tokens after it up to the next run."""
    out: list[tuple[_Table, int]] = []
    i, n = 0, len(tokens)
    current: _Table | None = None
    loose = 0
    while i < n:
        if not tokens[i].row_start:
            loose += 1
            i += 1
            continue
        j = i
        while j < n and not tokens[j].row_end:
            j += 1
        j = min(j + 1, n)
        if current is not None and loose == 0:
            current.rows.append(tokens[i:j])
            current.end = j
        else:
            if current is not None:
                out.append((current, loose))
            current = _Table(i, j, [tokens[i:j]])
        loose = 0
        i = j
    if current is not None:
        out.append((current, loose))
    return out


def _value_run(row: list[Token]) -> int:
    """How many cells at the row's end are values, blanks or marks."""
    k = len(row)
    while k and _value_like(row[k - 1]):
        k -= 1
    return len(row) - k


def _split(row: list[Token], width: int) -> tuple[tuple[str, ...], list[Token]] | None:
    """(labels, values) of a row whose last `width` cells are values, blanks or marks after a label
    area with a label in it (a converter prints merged label slots as empty cells), else None (a
    header row, a row with no label)."""
    k = len(row) - width
    if k <= 0 or _value_run(row) < width or all(t.blank for t in row[:k]):
        return None
    return tuple(squash(t.text) for t in row[:k]), row[k:]


def _shared(a: list[Token], b: list[Token]) -> int:
    """How many leading cells two header rows share (the label area printed in both)."""
    k = 0
    while k < len(a) and k < len(b) and squash(a[k].text) == squash(b[k].text):
        k += 1
    return k


def _width(t: _Table) -> int:
    """The value columns of a block: the fewest cells a row that prints a number ends with that
    are values (a row's merged label slots printed empty run on into its values)."""
    runs = [_value_run(r) for r in t.rows if any(not c.blank and _value_like(c) for c in r) and _value_run(r) < len(r)]
    return min(runs, default=0)


def _filled(split: tuple[tuple[str, ...], list[Token]] | None) -> bool:
    return split is not None and any(not t.blank for t in split[1])


def _joined(a: _Table, b: _Table) -> list[list[Token]] | None:
    """The rows of `a` and `b` read as one table, or None when they are not one table's blocks:
    row for row, where either block prints a value the other holds a data row with the same
    labels; the header rows (and rows printed blank) are joined after the label area they share."""
    if len(a.rows) != len(b.rows):
        return None
    width_a, width_b = _width(a), _width(b)
    if not width_a or not width_b:
        return None
    data = 0
    same = True  # the same table printed twice: every row the same
    rows: list[list[Token]] = []
    for row_a, row_b in zip(a.rows, b.rows):
        split_a, split_b = _split(row_a, width_a), _split(row_b, width_b)
        if _filled(split_a) or _filled(split_b):
            if split_a is None or split_b is None or split_a[0] != split_b[0]:
                return None
            data += 1
            k = len(split_b[0])
        elif split_a is not None and split_b is not None and split_a[0] == split_b[0]:
            k = len(split_b[0])  # a data row printed blank in both blocks
        else:
            k = _shared(row_a, row_b)
        same = same and [t.text for t in row_a] == [t.text for t in row_b]
        rows.append(row_a + row_b[k:])
    return None if data < _MIN_DATA_ROWS or same else rows


def join_column_blocks(tokens: list[Token]) -> list[Token]:
    """`tokens` with each pair of column blocks of one table joined (see the module's docstring);
    the caption between them is handed on after the joined table."""
    if sum(1 for t in tokens if t.row_start) < 2 * _MIN_DATA_ROWS:
        return tokens  # (most texts: no marked rows at all)
    found = _tables(tokens)
    out: list[Token] = []
    at = 0
    k = 0
    while k < len(found):
        a, loose = found[k]
        if k + 1 < len(found) and loose <= _MAX_CAPTION:
            b = found[k + 1][0]
            captions = tokens[a.end : b.start]
            rows = (
                _joined(a, b) if all(len(t.text) <= _MAX_CAPTION_CHARS and not t.row_start for t in captions) else None
            )
            if rows is not None:
                out += tokens[at : a.start]
                for row in rows:
                    last = len(row) - 1
                    out += [Token(t.text, t.start, t.end, i == last, t.blank, i == 0) for i, t in enumerate(row)]
                out += captions
                at = b.end
                k += 2
                continue
        k += 1
    if at == 0:
        return tokens
    return out + tokens[at:]
