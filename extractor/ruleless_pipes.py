"""Pipe tables written without their delimiter row, given one before tokenising.

trafilatura's Markdown writes a table as 「| a | b | 」 rows and no 「|---|」 line under the first: by
CommonMark that is no table, so the rows were read as loose text, where a run of 「/」 marks and empty
cells between bars no longer says which cell is which (rows with placeholders went null). A run of
two or more consecutive lines that each begin and end with a bar, with no delimiter row as its
second line, gets one after its first line; the Markdown reader then takes each row cell by cell.
Any other line is kept as it is."""

from __future__ import annotations

import re

_ROW = re.compile(r"\s*\|.*\|\s*")
_DELIMITER = re.compile(r"\s*\|?\s*:?-{3,}.*")
_RULE_ROW = "|---|"


def has_ruleless_pipes(text: str) -> bool:
    """Two consecutive bar-framed lines and no delimiter row anywhere (told by a cheap scan first)."""
    if "|\n|" not in text and "| \n|" not in text:
        return False
    return "---" not in text or not any(_DELIMITER.fullmatch(x) for x in text.split("\n") if "---" in x)


def add_delimiter_rows(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _ROW.fullmatch(lines[j]):
            j += 1
        if j - i >= 2:
            out.append(lines[i])
            out.append(_RULE_ROW)
            out.extend(lines[i + 1 : j])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)
