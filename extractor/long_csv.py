"""Open data in long form: one CSV line a cell, 「表,项目,栏目,数值」 —
「三、收到和处理政府信息公开申请情况,三、本年度办理结果/（三）不予公开/1.属于国家秘密,法人或其他组织/商业企业,0」.

Read line by line, each line is a label and one number: no row of the tables is ever whole. The cells
are named by their row's path and their column, so the text is written out as the cards it is
(extractor/cards.py reads each cell by its column's name, never by position): the table's name as a
heading, each row's path as a card label (a part heading 「三、本年度办理结果」 on a line of its own, the
rest joined 「（三）不予公开　1.属于国家秘密」, as a card prints it), then one 「栏目：数值」 line a cell (a
column path 「法人或其他组织/商业企业」 as 「法人或其他组织-商业企业」). Lines that are not cells (the
title, 「填报单位」) stay lines of text. A text is long form only when many lines name a column of table
三 or 四 (`tablespec`), so a wide CSV table is never taken for it."""

from __future__ import annotations

import csv
import re

from . import tablespec as ts

_MIN_LINES = 20  # cell lines naming a table 三/四 column before a text is read as long form
_CELL = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?|[/／—\-–]|无|")
_PART = re.compile(r"[一二三四五六七八九十]+、")
_COLUMNS = frozenset(ts.T3_COL_NAMES) | frozenset(ts.T4_HEAD_NAMES)


def _cell_line(fields: list[str]) -> bool:
    return len(fields) == 4 and bool(fields[1].strip()) and _CELL.fullmatch(fields[3].strip()) is not None


def _names_column(fields: list[str]) -> bool:
    return fields[2].strip().rsplit("/", 1)[-1] in _COLUMNS


def as_cards(text: str) -> str | None:
    """The text with its long-form cell lines written as cards; None when it is not long form."""
    lines = text.split("\n")
    parsed = [next(csv.reader([line]), []) if "," in line else [] for line in lines]
    if sum(1 for f in parsed if _cell_line(f) and _names_column(f)) < _MIN_LINES:
        return None
    out: list[str] = []
    table = item = part = None
    for line, fields in zip(lines, parsed):
        if not _cell_line(fields):
            out.append(line.rstrip().rstrip(","))
            continue
        t, path, col, value = (f.strip() for f in fields)
        if t != table:
            out += ["", t]
            table, item, part = t, None, None
        if path != item:
            steps = [s.strip() for s in path.split("/") if s.strip()]
            if len(steps) >= 2 and _PART.match(steps[0]):
                if steps[0] != part:
                    out += ["", steps[0]]
                    part = steps[0]
                steps = steps[1:]
            out += ["", "　".join(steps)]
            item = path
        if col.startswith(ts.T3_ORGS_HEAD + "/"):  # (a column's own 「/」, 「本年增/减」, stays)
            col = col.replace("/", "-", 1)
        out.append(f"{col}：{value}")
    return "\n".join(out)
