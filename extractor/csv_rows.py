"""Lines of comma-separated fields (a report's tables saved by Excel as CSV and pasted into the text) as
table rows: each field a cell, an empty field a blank cell, like a line of tab-separated fields.

A field is quoted only where it must be (「"13,000"」: a number with a thousands separator, a label with
a comma); a quoted field's cell is its text inside the quotes, so a span points at the printed digits.
A comma in a narrative sentence must not cut it into cells: a text is CSV only when several lines (a CSV
table has dozens; a sentence 「分别为12,5,3件」 is alone) have three fields or more, two of them cells
(a number, a placeholder, empty) and none a long sentence; then any line with a cell among its fields
is a row (「行政强制,—」)."""

from __future__ import annotations

import re

from .document import Token

_MIN_ROWS = 5  # CSV rows a text must have before any line is read as one
_MIN_FIELDS = 3
# characters: a label may be long (「（二）部分公开（区分处理的，只计这一情形…）」), a paragraph is longer
_MAX_FIELD = 80
_CELL = re.compile(r"^(?:[+-]?\d[\d,]*(?:\.\d+)?|[/／—\-–]|无|)$")

Field = tuple[int, int]  # [start, end) of a field's content within its line


def _fields(line: str) -> list[Field] | None:
    """The fields of a line, or None when a quote is not closed (not a CSV line)."""
    out: list[Field] = []
    i, n = 0, len(line)
    while True:
        if i < n and line[i] == '"':
            j = i + 1
            while True:
                j = line.find('"', j)
                if j < 0:
                    return None
                if j + 1 < n and line[j + 1] == '"':  # 「""」: a quote inside the field
                    j += 2
                    continue
                break
            out.append((i + 1, j))
            i = j + 1
            if i < n and line[i] != ",":
                return None
        else:
            j = line.find(",", i)
            j = n if j < 0 else j
            out.append((i, j))
            i = j
        if i >= n:
            return out
        i += 1  # past the comma
        if i == n:  # a trailing comma: one more empty field
            out.append((n, n))
            return out


def _row(line: str) -> tuple[list[Field], int] | None:
    """The fields of a line that may be a CSV row, and how many of them are cells (a number, a
    placeholder or empty)."""
    if "," not in line or "\t" in line:
        return None
    fields = _fields(line)
    if fields is None:
        return None
    texts = [line[a:b].strip() for a, b in fields]
    if any(len(t) > _MAX_FIELD for t in texts) or all(not t for t in texts):
        return None
    cells = sum(1 for t in texts if _CELL.match(t))
    return (fields, cells) if cells else None


def csv_rows(lines: list[str], starts: list[int]) -> dict[int, list[Token]]:
    """Line number → its cells, for the lines read as CSV rows (none unless the text has several)."""
    found = {i: r for i, line in enumerate(lines) if (r := _row(line.rstrip("\r"))) is not None}
    if sum(1 for fields, cells in found.values() if len(fields) >= _MIN_FIELDS and cells >= 2) < _MIN_ROWS:
        return {}
    # a CSV text: a shorter row is a row too (「行政强制,—」: a label and its one cell)
    rows = {i: fields for i, (fields, _cells) in found.items()}
    out: dict[int, list[Token]] = {}
    for i, fields in rows.items():
        line, base = lines[i], starts[i]
        tokens: list[Token] = []
        for n, (a, b) in enumerate(fields):
            field = line[a:b]
            content = field.strip()
            start = base + a + len(field) - len(field.lstrip())
            end = start + len(content)
            tokens.append(Token(content, start, end, blank=not content, row_start=n == 0, row_end=n == len(fields) - 1))
        out[i] = tokens
    return out
