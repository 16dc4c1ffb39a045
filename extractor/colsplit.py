"""A table printed in column blocks, joined back into one before it is read.

Some publishers split a wide table by its columns: table 三 as one table with the label columns and
自然人 / 商业企业 / 科研机构, then 「（续表）」 and a second table with the same row labels and
社会公益组织 / 法律服务机构 / 其他 / 总计. Read one after the other, each row label is followed twice
by a few values and the second block's values win. The grid loaders (DOCX, HTML, Markdown, tab
rows) mark each table row, so two tables printed one after the other (at most a short caption
between them) whose data rows carry the same labels in the same order are one table: each row is
the first block's row followed by the second block's cells after the shared labels. Only the order
of the tokens changes: every value still points at the digits where the reader sees them.

A table with no row labels at all (table 四: header rows over one row of values) is split the same
way when a spreadsheet is printed too wide for the page: Excel prints the columns that do not fit on
the next page, under the print titles. Two such tables one after the other, with the same number of
rows, each row a header row (words) in both or a value row (values only) in both, are one table's
column blocks when the second's lowest header row does not begin as the first's does: a header
printed again (「结果维持 | 结果纠正 | …」 over each of table 四's stacked parts) starts a new table,
a continuation (「尚未审结 | 总计 | 结果维持 …」) does not.

Not joined: tables with different row labels (table 二's blocks), stacked parts whose headers start
alike, a block with labelled rows beside one without, and a table printed twice (the same header and
the same values again)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Token
from .normalize import parse_chinese_number, squash
from .stream import NOTE_AFTER_NUMBER, OCR_CELL

_VALUE = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?\s*(?:万?元|件|%)?|[/／—\-–]+|无")
# a caption naming a year between two tables (「（二）2022年度收到和处理…情况」): the next table is another year's
# own table (last year's printed first for comparison), never the column block of the one before
_YEAR_CAPTION = re.compile(r"(?:19|20)\d\d\s*年")
_MAX_CAPTION = 2  # loose lines between the blocks (「（续表）」, 「单位：件」)
_MAX_CAPTION_CHARS = 30
_MIN_DATA_ROWS = 3


@dataclass
class _Table:
    start: int  # token index of its first cell
    end: int  # one past its last cell
    rows: list[list[Token]]


def _value_like(tok: Token) -> bool:
    """A blank, a number or a mark — also as the stream reads a value cell: full-width or spaced
    digits (「１２」「1 2」), a footnote mark or note after the number (「8*」「12¹」「73（其中2件…）」),
    OCR letters for digits (「3l」「O」「o件」「5O¹¹」), Chinese numerals (「七十九」「〇」)."""
    if tok.blank or _VALUE.fullmatch(tok.text.strip()):
        return True
    s = NOTE_AFTER_NUMBER.sub("", squash(tok.text))
    return bool(_VALUE.fullmatch(s) or OCR_CELL.fullmatch(s) or parse_chinese_number(s.replace("〇", "零")) is not None)


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


def _values_row(row: list[Token]) -> bool:
    """Every cell a value, blank or mark, and one of them printed (a number or a mark)."""
    return all(_value_like(t) for t in row) and any(not t.blank for t in row)


def _header_row(row: list[Token]) -> bool:
    """No value in it: words and blanks."""
    return all(t.blank or not _value_like(t) for t in row)


def _joined_unlabelled(a: _Table, b: _Table) -> list[list[Token]] | None:
    """The rows of `a` and `b` side by side when they are column blocks of a table with no row
    labels (see the module's docstring), else None. Rows pair from the bottom: a header row whose
    cells all lie under a merge from the row above prints nothing in one block and is not there."""
    shape_a, shape_b = _UNLABELLED.fullmatch(_kinds(a)), _UNLABELLED.fullmatch(_kinds(b))
    if shape_a is None or shape_b is None:
        return None  # (header rows on top, then value rows; no labelled row)
    if len(shape_a.group(2)) != len(shape_b.group(2)):
        return None
    head_a, head_b = _lowest_header(a, shape_a.end(1)), _lowest_header(b, shape_b.end(1))
    n = min(len(head_a), len(head_b))
    if not n or head_a[:n] == head_b[:n]:
        return None  # a header printed again: a new part, not the columns that did not fit
    if [[t.text for t in r] for r in a.rows] == [[t.text for t in r] for r in b.rows]:
        return None
    extra = len(a.rows) - len(b.rows)
    top = a.rows[:extra] if extra > 0 else b.rows[:-extra]
    pairs = zip(a.rows[max(extra, 0) :], b.rows[max(-extra, 0) :])
    return [*top, *(row_a + row_b for row_a, row_b in pairs)]


def _joined_to_labels(a: _Table, b: _Table) -> list[list[Token]] | None:
    """The rows of `a` and `b` side by side when `b` is the column block of `a` printed without the
    row labels (a table too wide for the page, its second block 「社会公益组织 | 法律服务机构 | 其他 |
    总计」 over rows of values only: they line up with `a`'s rows by position), else None. Joined only
    when nothing contradicts the positions: as many rows in both and as many header rows; every header
    cell of `b` names a column (no label column: one word a value column) and none of `a`'s; where `b`
    prints a value `a`'s row is a labelled row with values of its own, and where `b`'s row is blank
    `a`'s values are blank too (a group's heading row, 「（三）不予公开」). Any other shape is left as
    printed (its rows unread, a doubt — never read into other rows)."""
    if len(a.rows) != len(b.rows):
        return None
    shape_b = _UNLABELLED.fullmatch(_kinds(b))
    if shape_b is None or not _width(a):
        return None
    width_a, n = _width(a), shape_b.end(1)
    width_b = len(b.rows[n - 1])  # (b's rows hold values only: as many as its header names)
    if any(_split(r, width_a) is not None for r in a.rows[:n]) or _split(a.rows[n], width_a) is None:
        return None  # (a's header rows: as many as b's, its first data row right after them)
    head_b = [squash(c.text) for c in b.rows[n - 1] if not c.blank]
    head_a = {squash(c.text) for r in a.rows[:n] for c in r if not c.blank}
    if len(head_b) != width_b or len(b.rows[n - 1]) != width_b or head_a & set(head_b):
        return None
    data = 0
    for row_a, row_b in zip(a.rows[n:], b.rows[n:]):
        split_a = _split(row_a, width_a)
        if split_a is None or len(row_b) != width_b:
            return None
        if all(t.blank for t in row_b):
            if _filled(split_a):
                return None
        elif not _filled(split_a):
            return None
        else:
            data += 1
    if data < _MIN_DATA_ROWS:
        return None
    return [row_a + row_b for row_a, row_b in zip(a.rows, b.rows)]


def _lowest_header(t: _Table, n: int) -> list[str]:
    """The words of the lowest of the `n` header rows that prints any."""
    for row in reversed(t.rows[:n]):
        words = [squash(c.text) for c in row if not c.blank]
        if words:
            return words
    return []


def _row_kind(row: list[Token]) -> str:
    """v: values (a printed number or mark), h: words, b: every cell blank, x: a labelled row."""
    if all(t.blank for t in row):
        return "b"
    return "v" if _values_row(row) else "h" if _header_row(row) else "x"


def _kinds(t: _Table) -> str:
    return "".join(_row_kind(r) for r in t.rows)


# header rows (words; blank rows among them), then value rows (blank ones among them: table 四
# printed all blank is one blank row)
_UNLABELLED = re.compile(r"([hb]*h)([vb]+)")
_TWO_BLOCKS = re.compile(r"[hb]*h(?:[vb]*v|b+?)([hb]*h[vb]+)")


def _blocks(found: list[tuple[_Table, int]]) -> list[tuple[_Table, int]]:
    """`found` with each run of rows that is two unlabelled tables printed with nothing between
    them (header rows, value rows, header rows, value rows) cut in two."""
    out: list[tuple[_Table, int]] = []
    for t, loose in found:
        m = _TWO_BLOCKS.fullmatch(_kinds(t)) if len(t.rows) <= 40 else None
        if m is None:
            out.append((t, loose))
            continue
        cut = m.start(1)
        mid = t.start + sum(map(len, t.rows[:cut]))
        out += [(_Table(t.start, mid, t.rows[:cut]), 0), (_Table(mid, t.end, t.rows[cut:]), loose)]
    return out


def join_column_blocks(tokens: list[Token]) -> list[Token]:
    """`tokens` with each pair of column blocks of one table joined (see the module's docstring);
    the caption between them is handed on after the joined table."""
    if sum(1 for t in tokens if t.row_start) < 4:
        return tokens  # (most texts: no marked rows at all)
    found = _blocks(_tables(tokens))
    out: list[Token] = []
    at = 0
    k = 0
    while k < len(found):
        a, loose = found[k]
        if k + 1 < len(found) and loose <= _MAX_CAPTION:
            b = found[k + 1][0]
            captions = tokens[a.end : b.start]
            rows = (
                _joined(a, b) or _joined_unlabelled(a, b) or _joined_to_labels(a, b)
                if all(len(t.text) <= _MAX_CAPTION_CHARS and not t.row_start for t in captions)
                and not any(_YEAR_CAPTION.search(t.text) for t in captions)
                else None
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
