"""Pandoc grid tables in Markdown, rewritten as pipe tables before tokenising.

A grid table draws its rows between `+----+----+` borders (`+====+` under the header) and may wrap
a cell's text over several `|` lines. Each row between two borders becomes one `| a | b |` line,
each cell's wrapped pieces joined in order, so the Markdown tokenizer reads it cell by cell. A
border that is only partly drawn (a cell spanning rows) still closes the row: the spanned cell's
text lands in the row where it is printed."""

from __future__ import annotations

import re

_BORDER_CHARS = re.compile(r"\+[-=:+| ]+\+")  # one quantifier: linear on a hostile line
_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = "|---|"


def _border(line: str) -> bool:
    """`+----+----+` (or `+====+`), possibly partly drawn where a cell spans rows."""
    s = line.strip()
    return ("---" in s or "===" in s) and _BORDER_CHARS.fullmatch(s) is not None


def has_grid_table(text: str) -> bool:
    """(A border line starts with 「+」 and holds 「---」 or 「===」: most texts are told by three
    substring scans, without splitting them into lines.)"""
    if "|" not in text or "+" not in text or ("---" not in text and "===" not in text):
        return False
    return any(_border(line) for line in text.split("\n"))


def grid_to_pipe(text: str) -> str:
    """`text` with every grid table rewritten as pipe-table rows (a `|---|` rule after its first
    row, as pipe tables print); every other line is kept as it is."""
    out: list[str] = []
    row: list[list[str]] = []  # per column, the pieces of its text so far
    rows_done = 0
    in_table = False
    for line in text.split("\n"):
        if _border(line):
            if row:
                out.append("| " + " | ".join(_join(p) for p in row) + " |")
                rows_done += 1
                if rows_done == 1:
                    out.append(_RULE)
            row = []
            in_table = True
            continue
        if in_table and _ROW.match(line):
            segs = line.strip()[1:-1].split("|")
            while len(row) < len(segs):
                row.append([])
            for i, seg in enumerate(segs):
                if seg.strip():
                    row[i].append(seg.strip())
            continue
        if in_table and row:  # a table that ends without its closing border
            out.append("| " + " | ".join(_join(p) for p in row) + " |")
        in_table, row, rows_done = False, [], 0
        out.append(line)
    if row:
        out.append("| " + " | ".join(_join(p) for p in row) + " |")
    return "\n".join(out)


def _join(pieces: list[str]) -> str:
    """A wrapped cell's pieces: glued where the wrap split CJK text, a space between two words."""
    text = ""
    for p in pieces:
        if text and text[-1].isascii() and text[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            text += " "
        text += p
    return text
