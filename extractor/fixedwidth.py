"""Rows of a fixed-width text table (antiword, `pdftotext -layout`, a print to text) placed in their
columns by position.

Such a table has no rules and no separators: a header names the columns, each row prints its label
and then its numbers under them, padded with spaces. A cell printed blank is only spaces, so a row
with blanks shows fewer numbers than columns and only the column position tells which cell each
number is in. The header's words give the columns (where each starts, in display columns: a CJK
character is two wide); a row's numbers are placed in the column they stand in, and every column
with no number is a blank cell.

Nothing is guessed: a table is read this way only when its numbers line up — every number ends the
same distance before the next column starts (right-aligned) or starts the same distance after its
own column's start (left-aligned) — and every number stands in one column, one a column. Otherwise
its rows are left as lines, for the stream to read (and doubt) as before."""

from __future__ import annotations

import re
import unicodedata

from .document import Token
from .normalize import squash
from .stream import NOTE_AFTER_NUMBER, OCR_DIGIT

_WORD = re.compile(r"\S+(?: \S+)*")  # words: separated by two or more spaces
_VALUE = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?|[/／—–-]{1,2}")
# digits with OCR's letters for some of them (「6I8」「O」), as the stream reads such a cell
_OCR_VALUE = re.compile(r"[+-]?[0-9OolI]+(?:\.[0-9OolI]+)?")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")

Word = tuple[int, int, int, int, str]  # display start, display end, char start, char end, text
Placed = tuple[Word, int]  # a number and its column


def _width(s: str) -> int:
    if s.isascii():
        return len(s)
    return len(s) + sum(1 for ch in s if ch >= "\u1100" and unicodedata.east_asian_width(ch) in ("W", "F"))


def _words(line: str) -> list[Word]:
    """Each word of a line (display columns counted from the end of the word before)."""
    out = []
    col = at = 0
    for m in _WORD.finditer(line):
        a = col + _width(line[at : m.start()])
        col = a + _width(m.group())
        at = m.end()
        out.append((a, col, m.start(), at, m.group()))
    return out


def _is_value(word: str) -> bool:
    """A number or a placeholder, also as the stream reads a value cell: digits before a footnote mark
    or a note in brackets (「1816⁴」「73（其中2件为网上申请）」), digits with OCR's letters for some
    (「6I8」「O」). The cell's text lines up as printed, mark and all."""
    if _VALUE.fullmatch(word):
        return True
    folded = squash(word)  # (「２３※」: full-width digits as the stream reads them)
    if _OCR_VALUE.match(folded) is None:
        return False
    read = folded.translate(OCR_DIGIT)  # (「2I²」: the mark after the digit OCR's 「I」 stands for)
    m = _NUMBER.match(read)
    return m is not None and (m.end() == len(read) or NOTE_AFTER_NUMBER.sub("", read) == m.group())


def _columns(header_words: list[list[Word]], labels_end: int) -> list[int]:
    """Where the value columns start: the header's word starts right of the row labels (a column
    may be blank in every row: the leftmost number does not tell where the first column is). A
    group heading over several columns counts only where it starts with one
    of them (it may be centred over them: 「复议后起诉」 over its five results)."""
    starts: set[int] = set()
    for n, line in enumerate(header_words):
        for a, b, *_ in line:
            below = [w[0] for later in header_words[n + 1 :] for w in later if w[0] < b and a < w[1]]
            if not below or a in below:
                starts.add(a)
    return sorted(s for s in starts if s >= labels_end)


def _place(values: list[Word], cols: list[int]) -> list[int] | None:
    """The column of each value, or None when one stands across a column start or two share one."""
    out = []
    for a, b, *_ in values:
        j = max((i for i, c in enumerate(cols) if c <= a), default=-1)
        if j < 0 or (j + 1 < len(cols) and b > cols[j + 1]):
            return None
        out.append(j)
    return out if len(set(out)) == len(out) else None


def _aligned(placed: list[Placed], cols: list[int]) -> bool:
    """Right-aligned (each number the same distance before the next column's start; the last
    column's numbers end together) or left-aligned (each the same distance after its column's)."""
    inner = {cols[j + 1] - w[1] for w, j in placed if j + 1 < len(cols)}
    last = {w[1] for w, j in placed if j + 1 == len(cols)}
    if len(inner) <= 1 and len(last) <= 1:
        return True
    return len({w[0] - cols[j] for w, j in placed}) == 1


def fixed_width_rows(lines: list[str], starts: list[int]) -> dict[int, list[Token]]:
    """Line index → the tokens of that line read as a fixed-width table row (its label, then one
    token per column, blank where no number stands), for the lines of tables whose numbers line up
    under their header; `starts`: each line's offset in the text.

    Lines with no number between two rows are a wrapped label's rest (words in the label area
    only) or the header of the next table (words over the value columns); a row that does not line
    up in the columns read so far leaves the whole table unread."""
    out: dict[int, list[Token]] = {}
    pending: list[int] = []  # lines with words and no number since the last row
    block: tuple[list[int], list[Placed]] | None = None  # columns, the numbers placed so far
    rows: list[tuple[int, list[Word], list[Placed]]] = []
    for i, line in enumerate(lines):
        if "  " not in line:
            if block is None:
                pending = []
            continue  # (a line of one word: a paragraph, a title, a wrapped label's rest)
        ws = _words(line)
        k = _value_at(ws)
        letters = all(_VALUE.fullmatch(w[4]) is None and not _DIGIT.search(w[4]) for w in ws[k:])
        if k == len(ws) or (letters and not _fits(block, ws[k:])):
            pending.append(i)  # (no number: OCR letters alone 「O」 make a row only in the table's columns)
            continue
        values = ws[k:]
        if block is not None and _headed(lines, pending, block[0][0]):
            _emit(lines, starts, rows, len(block[0]), out)
            block, rows = None, []
        if block is not None:
            where = _place(values, block[0])
            placed = list(zip(values, where)) if where is not None else None
            if placed is not None and _aligned(block[1] + placed, block[0]):
                block[1].extend(placed)
                rows.append((i, ws[:k], placed))
                pending = []
                continue
            block, rows = None, []  # a row of the same table that does not line up: none is read
        if not pending:
            continue
        cols = _columns([_words(lines[h]) for h in pending], ws[k - 1][1] if k else 0)
        pending = []
        where = _place(values, cols) if cols else None
        placed = list(zip(values, where)) if where is not None else []
        if not placed or not _aligned(placed, cols):
            continue
        block = (cols, list(placed))
        rows = [(i, ws[:k], placed)]
    if block is not None:
        _emit(lines, starts, rows, len(block[0]), out)
    return out


def _fits(block: tuple[list[int], list[Placed]] | None, values: list[Word]) -> bool:
    """Whether `values` stand in the columns of the table being read, lined up with its numbers."""
    if block is None or (where := _place(values, block[0])) is None:
        return False
    return _aligned(block[1] + list(zip(values, where)), block[0])


def _headed(lines: list[str], pending: list[int], first_column: int) -> bool:
    """Whether the lines since the last row hold a heading over the value columns (a word at or
    right of the first one's start): the header of the next table, not a wrapped label's rest."""
    return any(w[0] >= first_column for h in pending for w in _words(lines[h]))


def _emit(lines: list[str], starts: list[int], rows, n: int, out: dict[int, list[Token]]) -> None:
    """The tokens of a table's rows: the label (if any), then each of the n columns' number or a
    blank cell."""
    for r, labels, placed in rows:
        pos = starts[r]
        toks: list[Token] = []
        if labels:
            toks.append(Token(lines[r][labels[0][2] : labels[-1][3]], pos + labels[0][2], pos + labels[-1][3]))
        at = {j: w for w, j in placed}
        for j in range(n):
            w = at.get(j)
            if w is None:
                nxt = min((x[2] for x, jj in placed if jj > j), default=len(lines[r]))
                toks.append(Token("", pos + nxt, pos + nxt, blank=True))
            else:
                toks.append(Token(w[4], pos + w[2], pos + w[3]))
        toks[0].row_start = True
        toks[-1].row_end = True
        out[r] = toks


def _value_at(ws: list[Word]) -> int:
    """Where the numbers at the end of a line's words begin."""
    k = len(ws)
    while k and _is_value(ws[k - 1][4]):
        k -= 1
    return k
