"""A table given as rows of (text, rowspan, colspan) cells — what RTF and spreadsheet loaders read —
into a `TextBuilder`, as the HTML loader lays out a `<table>`: each row one line of the text, a token
for each cell where a span starts (a value printed once is read once), the grid charged to the
document's budget before it is expanded, and a table printed turned handed on column by column."""

from __future__ import annotations

from itertools import accumulate

from .budgets import GridMeter
from .document import TextBuilder
from .load_html import expand_grid
from .turned import may_turn, turn_paged

Cell = tuple[str, int, int]  # (text, rowspan, colspan)


def add_table(out: TextBuilder, rows: list[list[Cell]], grid: GridMeter) -> None:
    rows = [cells for cells in rows if cells]
    if not rows:
        return
    out.newline()
    grid.table([[(rs, cs) for _, rs, cs in cells] for cells in rows])  # before expanding it
    slots = expand_grid(rows)
    first = len(out.tokens)
    for cells in rows:
        out.row([text for text, _, _ in cells])
    if slots and may_turn(len(slots[0]), len(slots)):  # maybe a table printed turned
        base = list(accumulate((len(cells) for cells in rows), initial=first))  # row → its first token
        turn_paged(out, [[None if s is None else base[s[0]] + s[1] for s in row] for row in slots])
