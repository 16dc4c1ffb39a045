"""Pandoc's simple and multiline Markdown tables, rewritten as pipe-table rows before tokenising.

`pandoc -t markdown` writes a table without bars: a rule of dash groups (「-----  ------ ---」) gives
the columns — each group is one column's extent, one space between two — and every row prints its
cells inside those extents, padded with spaces. A blank cell is only spaces, so the row shows fewer
words than columns and only the position tells which cell each word is in (read as words, the
numbers slid left and the rows split several ways). A simple table prints one line a row; a
multiline table wraps a cell over several lines and leaves a blank line between rows. With a header
the rule stands under it; without one the rule opens and closes the table.

The rule gives the exact boundaries, so each line is cut at them (display columns: a CJK character
is two wide, as pandoc counts). Nothing is guessed: a table is rewritten only when every line of it
leaves the gaps between the groups empty — text across a gap means the rule is not this table's
geometry (a line of prose, a setext heading), and the text is kept as it is."""

from __future__ import annotations

import re
import unicodedata

_GROUP_RULE = re.compile(r" *-{2,}(?: +-{2,})+ *")  # two or more dash groups
_FULL_RULE = re.compile(r" *-{3,} *")
_RULE_ROW = "|---|"
_SMART = {"---": "—", "--": "–"}  # pandoc's smart punctuation writes 「—」 as 「---」, 「–」 as 「--」

Column = tuple[int, int]  # display start, end (exclusive)


def has_dash_table(text: str) -> bool:
    """A rule of two or more dash groups on a line of its own (told without splitting most texts)."""
    if "-- " not in text and "--\t" not in text:
        return False
    return any(_GROUP_RULE.fullmatch(line) for line in text.split("\n") if "-- " in line)


def _columns(rule: str) -> list[Column]:
    return [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]


def _cells(line: str, cols: list[Column]) -> list[str] | None:
    """The text of each column in `line`, or None when a character stands outside every column (in a
    gap, across a boundary, or past the last column)."""
    out = [""] * len(cols)
    pos = 0
    j = 0
    for ch in line:
        w = 2 if ch >= "\u1100" and unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if not ch.isspace():
            while j < len(cols) and cols[j][1] <= pos:
                j += 1
            if j == len(cols) or pos < cols[j][0] or pos + w > cols[j][1]:
                return None
            out[j] += ch
        elif j < len(cols) and cols[j][0] <= pos < cols[j][1] and out[j]:
            out[j] += ch  # a space inside a cell's text (「2.其他 法律」): kept, trimmed below
        pos += w
    return [c.strip() for c in out]


def _closing(lines: list[str], i: int, rule: str) -> int | None:
    """The line that closes the table opened at `i`: the same rule again, or a full dash line."""
    for j in range(i + 1, len(lines)):
        s = lines[j]
        if s.rstrip() == rule.rstrip() or (_FULL_RULE.fullmatch(s) and "-" in s):
            return j
        if _GROUP_RULE.fullmatch(s):
            return None  # another table's rule first
    return None


def _rows(body: list[str], cols: list[Column], multiline: bool) -> list[list[str]] | None:
    """Each row's cells: one line a row, or (multiline) the lines between blank lines joined."""
    rows: list[list[str]] = []
    current: list[str] | None = None
    for line in body:
        if not line.strip():
            current = None
            continue
        cells = _cells(line, cols)
        if cells is None:
            return None
        if multiline and current is not None:
            for k, text in enumerate(cells):
                if text:
                    current[k] = f"{current[k]}{text}" if current[k] else text
            continue
        current = cells
        rows.append(current)
    return rows


def _table(lines: list[str], i: int) -> tuple[int, int, list[str]] | None:
    """(first line, line after the table, its pipe rows) for the table whose column rule is line `i`."""
    rule = lines[i]
    cols = _columns(rule)
    head_start = i
    while head_start > 0 and lines[head_start - 1].strip() and not _FULL_RULE.fullmatch(lines[head_start - 1]):
        head_start -= 1
    top = head_start - 1 if head_start > 0 and _FULL_RULE.fullmatch(lines[head_start - 1]) else None
    end = _closing(lines, i, rule)
    if end is None:  # a simple table with a header: its rows go on to the first blank line
        end = i + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        body = lines[i + 1 : end]
        after = end
    else:
        body = lines[i + 1 : end]
        after = end + 1
    multiline = any(not line.strip() for line in body)
    header = _rows(lines[head_start:i], cols, True) if head_start < i else []
    rows = _rows(body, cols, multiline)
    if header is None or rows is None or not rows:
        return None
    out: list[str] = []
    for cells in header + rows:
        out.append("| " + " | ".join(_SMART.get(c, c) for c in cells) + " |")
        if len(out) == 1:
            out.append(_RULE_ROW)
    return (top if top is not None else head_start), after, out


def dash_to_pipe(text: str) -> str:
    """`text` with every pandoc simple or multiline table rewritten as pipe-table rows; every other
    line kept as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    done = 0  # lines before this are in `out`
    while i < len(lines):
        if not _GROUP_RULE.fullmatch(lines[i]):
            i += 1
            continue
        table = _table(lines, i)
        if table is None or table[0] < done:
            i += 1
            continue
        first, after, rows = table
        out.extend(lines[done:first])
        out.extend(rows)
        done = i = after
    out.extend(lines[done:])
    return "\n".join(out)
