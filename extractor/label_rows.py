"""Rows of a borderless table: a wrapped label and the values printed beside it are one row.

In a table printed without ruling lines (an unruled PDF, a scan whose rules were not found) a label
that wraps onto two or three lines has its values printed once, vertically centred on the label: on
its middle line, or on a line of their own between two label lines. Read line by line, the values
then stand between the halves of their label, and a row printed blank (a row of zeros left empty)
is a label with nothing beside it — the row's neighbours' values get aligned to it by order, which
is wrong. Geometry settles it: a label is its first line (it starts with a row marker such as 「1.」
or 「（三）」, or stands alone) plus the lines just below it in the same column, set as close as lines
of one paragraph are; a value row belongs to the label whose lines it stands beside — the innermost
label column when an outer group label (「（三）不予公开」, 「三、本年度办理结果」, centred on its whole
group) spans it too. Each label is then emitted once, whole, with its values, or alone when the
row is printed blank. A page whose rows do not resolve that cleanly is left as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .ocr import Box, one_figure

Item = tuple[float, str, list[list[Box]]]  # (top in page pixels, "line" | "row", cells as their boxes)

_NUMBER = re.compile(r"[+-]?[\d.,，]+|[/／—\-–]+")
_MARKER = re.compile(r"[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]")
_X_TOL = 6.0  # a wrapped line starts where its first line did, give or take a glyph's side bearing
_WRAP_GAP = 0.45  # lines of one cell nearly touch; two rows are apart by the cell padding (× line height)
_BESIDE = 0.3  # a value row's centre may stand this far (× line height) above or below its label
# numbers a row prints after its label to show where the label and value columns are (two: the first
# of a table's column blocks, 自然人 and 商业企业 only)
_MIN_VALUES = 2


@dataclass
class _Label:
    x0: float
    top: float
    bottom: float
    h: float
    cells: list[list[Box]]
    values: list[list[list[Box]]] = field(default_factory=list)


def _numeric(cell: list[Box]) -> bool:
    """A value cell: a number or a placeholder — or one count as printed with its unit or in numerals
    (「337件」「三百六十一」: `ocr.one_figure`), which a row of such values shows its label columns by too."""
    return bool(cell) and all(_NUMBER.fullmatch(b.text) is not None or one_figure(b.text) for b in cell)


def join_wrapped(items: list[Item], width: float, carry: list[float] | None = None, origin: float = 0.0) -> list[Item]:
    """The page's borderless lines and rows with every wrapped label joined to its values.

    `carry` is kept by the caller from page to page: a table continued on the next page keeps its
    label columns there even when few of its rows on that page show them. A page with no label
    beside values (a table printed all blank) shows no value column at all: its label columns are
    where several short lines start with a row marker, and its wrapped labels are only made whole
    (lines stay lines)."""
    edges = _label_columns(items)
    whole_only = not edges
    if whole_only:
        edges = _marker_columns(items, width, origin)
        if not edges:
            return items
    vx = min(x for _, x in edges)
    columns = sorted({round(x, 1) for x in [*(x for x, _ in edges), *(carry or [])]})
    if carry is not None and not whole_only:
        carry[:] = columns
    labels: list[_Label] = []
    rows: list[tuple[float, list[list[Box]], Item]] = []  # a line's value parts: (centre y, cells, line)
    kept: list[Item] = []
    for item in sorted(items, key=lambda it: it[0]):
        cells = item[2]
        left = [c for c in cells if c and c[-1].x1 <= vx]
        right = [c for c in cells if not c or c[0].x0 >= vx - _X_TOL]
        labelled = len(left) <= 2 and all(
            not _numeric(c) and any(abs(c[0].x0 - x) <= _X_TOL for x in columns) for c in left
        )
        if len(left) + len(right) != len(cells) or not labelled or any(c and not _numeric(c) for c in right):
            kept.append(item)  # prose across the table, a heading row, a table with no label column
            continue
        if not left and not any(_numeric(c) for c in right):
            kept.append(item)
            continue
        for cell in left:
            _add_fragment(labels, cell)
        if right:
            boxes = [b for c in right for b in c]
            rows.append((sum(b.cy for b in boxes) / len(boxes), right, item))
    for cy, values, item in rows:
        beside = [lb for lb in labels if lb.top - _BESIDE * lb.h <= cy <= lb.bottom + _BESIDE * lb.h]
        if not beside:  # no label: a table whose labels are headings above it (table 四), as read
            kept.append(item)
            continue
        owner = max(beside, key=lambda lb: (lb.x0, -abs((lb.top + lb.bottom) / 2 - cy)))
        owner.values.append(values)
    if any(len(lb.values) > 1 for lb in labels):
        return items  # two value rows beside one label: the rows are not what this reads them as
    out: list[Item] = list(kept)
    for lb in sorted(labels, key=lambda lb: (lb.top, lb.x0)):
        label = [b for c in lb.cells for b in c]
        if whole_only and not lb.values:  # (a value beside it: a row, never dropped)
            out.append((lb.top, "line", [label]))
        else:  # a row, ended as one even when nothing stands beside the label
            out.append((lb.top, "row", [label, *(lb.values[0] if lb.values else [])]))
    out.sort(key=lambda it: it[0])
    return out


def _label_columns(items: list[Item]) -> list[tuple[float, float]]:
    """(where its label starts, where its numbers start) for every row that prints a label and then
    its numbers: the label columns of the page's tables and the edge of their value columns (table
    四's rows, numbers under headings with no label, do not count)."""
    edges = []
    for _, kind, cells in items:
        if kind != "row" or sum(_numeric(c) for c in cells) < (1 if _marked(cells) else _MIN_VALUES):
            continue
        first = next(i for i, c in enumerate(cells) if _numeric(c))
        if first and cells[0] and not any(_numeric(c) for c in cells[:first]):
            edges.extend((c[0].x0, cells[first][0].x0) for c in cells[:first] if c)
    return edges


def _marked(cells: list[list[Box]]) -> bool:
    """A row whose label cell — its last before the values — starts with a row marker (「1.属于国家秘密」「（一）予以
    公开」) and which prints one value: a table printed blank as nothing, or split into column blocks, shows
    its label columns by such rows too."""
    labels = [c for c in cells if c and not _numeric(c)]
    return len(labels) == len(cells) - 1 and _MARKER.match(labels[-1][0].text) is not None


_SHORT = 0.7  # of the page's width: a table's label cell ends well before the page's right margin


def _marker_columns(items: list[Item], width: float, origin: float = 0.0) -> list[tuple[float, float]]:
    """Label columns with no value beside any label: x positions where three or more short lines
    start with a row marker (「1.」「（三）」「四、」), each paired with the edge labels stay left of.
    `origin`, `width`: where the page (or its text column) begins and ends."""
    edge = origin + _SHORT * (width - origin)
    starts: list[float] = []
    for _, _, cells in items:
        for c in cells:
            if c and c[-1].x1 <= edge and _MARKER.match("".join(b.text for b in c)):
                starts.append(c[0].x0)
    out: list[tuple[float, float]] = []
    for x in sorted(starts):
        if sum(abs(x - y) <= _X_TOL for y in starts) >= 3 and not any(abs(x - c) <= _X_TOL for c, _ in out):
            out.append((x, edge))
    return out


def _add_fragment(labels: list[_Label], cell: list[Box]) -> None:
    """A label cell's line: the continuation of the label just above it in its column, or a label."""
    x0 = cell[0].x0
    top = min(b.y0 for b in cell)
    bottom = max(b.y1 for b in cell)
    h = max(b.h for b in cell)
    text = "".join(b.text for b in cell)
    above = [lb for lb in labels if abs(lb.x0 - x0) <= _X_TOL and lb.bottom <= top + 0.5 * h]
    if above and _MARKER.match(text) is None:
        last = max(above, key=lambda lb: lb.bottom)
        if top - last.bottom < _WRAP_GAP * max(h, last.h):
            last.cells.append(cell)
            last.bottom = max(last.bottom, bottom)
            return
    labels.append(_Label(x0, top, bottom, h, [cell]))
