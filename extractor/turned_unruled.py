"""Table 三 printed turned without ruling lines (an unruled PDF, a scan whose rules were not found),
put back on a grid from where its words stand, so extractor/turned.py can read it.

A ruled grid gives every cell its slots (ocr_layout `_table_rows`). Unruled, a turned table 三 is
seven applicant rows of ~25 values under a header of ~25 narrow columns, and each item's label wraps
inside its column into three-character pieces on a dozen lines (「1.申请」「人无正」「当理由」 …),
vertically centred, so the header read line by line is a scatter of fragments. Geometry settles it:
the values stand in columns (their left edges, or their centres, line up row after row); a label
piece stands in the column its edge lines up with, and the pieces of one column set as close as
lines of one paragraph are one label; a piece wider than a column (「（三）不予公开」 over its eight)
is a group's label, in the column it starts in. The applicant labels left of the values are made
whole the same way (「商业企」 over 「业」) and belong to the value row they stand beside. The cells
become slots — the header's labels stacked from the bottom up in each column, then one row per
applicant — and `turned.turned_order` decides: when it does not read a turned table 三 there,
nothing changes. Only loose boxes (no ruled grid around them) are looked at."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from .normalize import squash
from .ocr import Box, cut_run_over
from .stream import FOOTNOTE_MARKS, NOTE_AFTER_NUMBER
from .turned import _t3_label, is_page_number, turned_order

Cell = list[Box]
_APPLICANT = "自然人"
_MIN_COLUMNS = 12  # value columns of a turned table 三 (GF2019 prints 20, GF2021 25)
_ALIGN = 0.2  # × the column pitch: how far an edge may stand from its column's
_WRAP_GAP = 0.45  # × line height: the pieces of one wrapped label nearly touch
_WIDE = 1.2  # × the column pitch: a value this wide covers its neighbour's place too
_SPACE = 0.5  # × a box's height: runs of digits this close are one figure spaced out (「4 60」), no two cells
_DIGITS = frozenset("0123456789０１２３４５６７８９")


def _lines(boxes: Sequence[Box]) -> list[list[Box]]:
    """Boxes overlapping by half the smaller height are one line, left to right, lines top down."""
    lines: list[tuple[float, float, list[Box]]] = []
    for b in sorted(boxes, key=lambda b: (b.cy, b.x0)):
        if lines:
            y0, y1, members = lines[-1]
            if min(y1, b.y1) - max(y0, b.y0) >= 0.5 * min(b.h, y1 - y0):
                members.append(b)
                lines[-1] = (min(y0, b.y0), max(y1, b.y1), members)
                continue
        lines.append((b.y0, b.y1, [b]))
    return [sorted(m, key=lambda b: b.x0) for _, _, m in lines]


def _columns(xs: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for x in sorted(xs):
        if out and x - out[-1][-1] <= tol:
            out[-1].append(x)
        else:
            out.append([x])
    return [sum(c) / len(c) for c in out]


def _edge(b: Box, mode: int) -> float:
    return b.x0 if mode == 0 else b.cx


def _at(x: float, cols: list[float], tol: float) -> int | None:
    best = min(range(len(cols)), key=lambda i: abs(cols[i] - x))
    return best if abs(cols[best] - x) <= tol else None


def _stacked(boxes: list[Box]) -> list[Cell]:
    """One column's boxes top down, the pieces of one wrapped label joined into one cell."""
    cells: list[Cell] = []
    for b in sorted(boxes, key=lambda b: b.y0):
        if cells and b.y0 - max(x.y1 for x in cells[-1]) <= _WRAP_GAP * b.h:
            cells[-1].append(b)
        else:
            cells.append([b])
    return cells


def turned_table(boxes: list[Box]) -> tuple[list[list[Cell]], list[Box]] | None:
    """(rows of cells in the order a table as printed reads, the boxes it took) for the first turned
    table 三 among a page part's loose boxes, or None."""
    anchors = [a for a in boxes if a.text == _APPLICANT]
    if not any(sum(1 for b in boxes if b.x0 > a.x1 and a.y0 <= b.cy <= a.y1) >= _MIN_COLUMNS for a in anchors):
        return None  # (自然人 heads no row of values: a table 三 as printed, its header)
    lines = _lines(boxes)
    for k, line in enumerate(lines):
        if line[0].text == _APPLICANT or (len(line) > 1 and line[1].text == _APPLICANT):
            head = line[0] if line[0].text == _APPLICANT else line[1]
            values = [b for b in line if b.x0 > head.x1]
            if len(values) >= _MIN_COLUMNS:
                # the columns from the fullest of the rows below (a row's cells run together leave it short)
                # (its figures only: 「其他」 under 「法人或其他组织」 stands right of 「自然人」)
                # (a figure spaced out, 「4 60」, counts once: its runs of digits are one value's)
                rows = [values] + [
                    [b for b in x if b.x0 > head.x1 and _figure_led(b)] for x in lines[k + 1 : k + _ROWS]
                ]
                values = max((_spaced(row, {}, lambda whole, a, b: True) for row in rows), key=len)
                for mode in (0, 1):
                    found = _read(lines, k, head, values, mode)
                    if found is not None:
                        return found
    return None


def _figure_led(b: Box) -> bool:
    return b.text[:1] in _FIGURE_START


_FIGURE_START = frozenset("0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万—-/／")
_ROWS = 16  # lines from the 自然人 row down where the other applicants' rows stand (their labels wrap)


def _read(
    lines: list[list[Box]], k: int, head: Box, values: list[Box], mode: int
) -> tuple[list[list[Cell]], list[Box]] | None:
    gaps = sorted(b - a for a, b in zip(_sorted_edges(values, mode), _sorted_edges(values, mode)[1:]))
    if not gaps or gaps[len(gaps) // 2] <= 0:
        return None
    pitch = gaps[len(gaps) // 2]
    tol = _ALIGN * pitch
    left = min(b.x0 for b in values) - tol  # value columns right of here, label columns left
    # the body: the anchor's line and the lines under it whose boxes right of `left` line up
    cols = _columns([_edge(b, mode) for b in values], tol)
    if any(b - a < (1 - _ALIGN) * pitch for a, b in zip(cols, cols[1:])):
        return None  # (columns closer than a pitch: one value's pieces, spaced digits 「47 5」, taken for two)

    # (a line running from the label columns into the values' — a heading, prose — is no row of it)
    # A page's foot printed across the body (「二〇一九年…年度报告 9」: the page broke there, the table goes
    # on under it) is no row and ends nothing when a row of figures follows it: skipped, taken (dropped from
    # the text, as `ocr_layout._paged_turn` drops a ruled table's). Not when words follow it — a header
    # printed again atop the next page is no row of figures.
    def in_body(line: list[Box]) -> bool:
        right = [b for b in line if b.x0 >= left]
        return not any(b.x0 < left < b.x1 - tol for b in line) and all(
            _at(_edge(b, mode), cols, tol) is not None for b in right
        )

    def figures(line: list[Box]) -> bool:
        right = [b for b in line if b.x0 >= left]
        return bool(right) and all(_figure_led(b) for b in right) and in_body(line)

    # A figure spaced out (「4 60」「10 8」: letter-spaced text, a space typed inside it) stands as runs of digits a
    # space apart, the later ones at no column of their own: one value where the whole stands where one value
    # does — at a column, within it —, joined before the walk (its parts kept: `parts`).
    parts: dict[int, tuple[Box, list[Box]]] = {}

    def one_value(whole: Box, a: Box, b: Box) -> bool:
        at = _at(_edge(whole, mode), cols, tol)
        return (
            at is not None
            and a.x0 >= left
            and whole.x1 - whole.x0 <= pitch
            and not (mode == 0 and at + 1 < len(cols) and whole.x1 > cols[at + 1] - tol)
            and _at(_edge(a, mode), cols, tol) in (None, at)
            and _at(_edge(b, mode), cols, tol) in (None, at)
        )

    body: list[list[Box]] = []
    feet: list[Box] = []
    rest = [_spaced(line, parts, one_value) for line in lines[k:]]
    for i, line in enumerate(rest):
        if in_body(line):
            body.append(line)
        elif _page_foot_line(line, cols, pitch) and i + 1 < len(rest) and figures(rest[i + 1]):
            feet += line
        else:
            break
    # the header: the lines above whose every box lines up with a column or starts a span there
    header: list[list[Box]] = []
    for line in reversed(lines[:k]):
        if any(b.x0 < left < b.x1 - tol for b in line) or any(
            b.x0 >= left and _at(_edge(b, mode), cols, tol) is None and _at(b.x0, cols, tol) is None for b in line
        ):
            break
        header.insert(0, line)
    if not header:
        return None
    label_boxes = [b for line in header + body for b in line if b.x0 < left]
    label_cols = _columns([b.x0 for b in label_boxes], tol)
    width = len(label_cols) + len(cols)

    def col_of(b: Box) -> int | None:
        if b.x0 < left:
            return _at(b.x0, label_cols, tol)
        at = _at(_edge(b, mode), cols, tol)
        if at is None or b.x1 - b.x0 > 1.5 * pitch:
            at = _at(b.x0, cols, tol) if b.x1 - b.x0 > pitch else at  # a group's label starts its span
        return None if at is None else len(label_cols) + at

    # header cells: each column's pieces stacked, levels counted from the bottom
    by_col: dict[int, list[Box]] = {}
    for line in header:
        for b in line:
            c = col_of(b)
            if c is None:
                return None
            by_col.setdefault(c, []).append(b)
    stacks = {c: _stacked(bs) for c, bs in by_col.items()}
    levels = max(len(s) for s in stacks.values())
    cells: list[Cell] = []
    slots: list[list[int | None]] = [[None] * width for _ in range(levels)]
    for c, stack in sorted(stacks.items()):
        for i, cell in enumerate(stack):
            r = levels - len(stack) + i
            cells.append(cell)
            span = (
                max(1, round((max(b.x1 for b in cell) - min(b.x0 for b in cell)) / pitch))
                if c >= len(label_cols)
                else 1
            )
            for cc in range(c, min(width, c + span)):
                if slots[r][cc] is None:
                    slots[r][cc] = len(cells) - 1
    # body rows, top down: each line with values (its applicant label the label cell beside it), and
    # each label cell beside no values — an applicant's row printed blank, or a label standing alone
    # (a group's, 「法人或其他组织」, or the corner's 「申请人情况」 down the label column)
    value_lines = [line for line in body if any(b.x0 >= left for b in line)]
    label_cells = [(c, cell) for c, bs in _by_label_col(body, left, label_cols, tol).items() for cell in _stacked(bs)]
    beside: dict[int, list[tuple[int, Cell]]] = {}
    alone: list[tuple[int, Cell]] = []
    for c, cell in label_cells:
        top, bottom = min(b.y0 for b in cell), max(b.y1 for b in cell)
        hit = next(
            (
                i
                for i, line in enumerate(value_lines)
                if top <= (min(b.y0 for b in line) + max(b.y1 for b in line)) / 2 <= bottom
            ),
            None,
        )
        if hit is None:
            alone.append((c, cell))
        else:
            beside.setdefault(hit, []).append((c, cell))
    entries: list[tuple[float, list[tuple[int, Cell]], list[Box] | None]] = [
        (min(b.y0 for b in line), beside.get(i, []), line) for i, line in enumerate(value_lines)
    ]
    for c, cell in alone:
        key = _t3_label(squash("".join(b.text for line in _lines(cell) for b in line))) or ""
        blank_row = key.startswith("a:") and key != "a:orgs"  # an applicant's row printed blank
        entries.append((min(b.y0 for b in cell), [(c, cell)], [] if blank_row else None))
    for _, labels, line in sorted(entries, key=lambda e: e[0]):
        row: list[int | None] = [None] * width
        for c, cell in labels:
            cells.append(cell)
            row[c] = len(cells) - 1
        if line is not None:
            own: dict[int, Cell] = {}
            for b in line:
                if b.x0 >= left:
                    at = _at(_edge(b, mode), cols, tol)
                    if (
                        at is None
                        or b.x1 - b.x0 > _WIDE * pitch
                        or (mode == 0 and at + 1 < len(cols) and b.x1 > cols[at + 1])
                    ):
                        # (into the next column's text: two cells run together, 「２９７¹¹０」)
                        noted = _noted_over(b, at, line, left, cols, tol) if mode == 0 else None
                        if noted is not None:
                            for at, part in noted:
                                own.setdefault(len(label_cols) + at, []).append(part)
                            continue
                        run = _run_over(b, cols, tol, mode)
                        if run is None:
                            return None
                        for at, part in run:
                            own.setdefault(len(label_cols) + at, []).append(part)
                        continue
                    own.setdefault(len(label_cols) + at, []).extend(_parts(b, parts))
            for c in range(len(label_cols), width):
                cells.append(own.get(c, []))  # a column with nothing printed: a blank cell
                row[c] = len(cells) - 1
        slots.append(row)
    texts = ["".join(b.text for line in _lines(cell) for b in line) for cell in cells]
    order = turned_order(texts, slots)
    if order is None:
        return None
    taken = [p for line in header + body for b in line for p in _parts(b, parts)] + feet
    return [[cells[i] for i in row] for row in order], taken


def _run_over(b: Box, cols: list[float], tol: float, mode: int) -> list[tuple[int, Box]] | None:
    """A value box run over into the next columns (「２９７¹¹０」, 「29（均已按期答复）—」, 「七百五十八〇」): the
    columns it covers, left to right, each given its part (`ocr.cut_run_over`), else the box itself
    marked unread (`Box.overrun`) in each: which characters are whose is not on the page. None when it covers no two columns, or is no
    figure (a heading's words across the columns: text that is not a row of the table)."""
    if not _figure_led(b):
        return None
    covered = [i for i, x in enumerate(cols) if b.x0 - tol <= x < b.x1]
    if len(covered) < 2 or covered != list(range(covered[0], covered[-1] + 1)):
        return None
    parts = cut_run_over(b, len(covered))
    if parts is None:
        b.overrun = True
        return [(i, b) for i in covered]
    return list(zip(covered, parts))


def _noted_over(
    b: Box, at: int | None, line: list[Box], left: float, cols: list[float], tol: float
) -> list[tuple[int, Box]] | None:
    """A figure with its note run over the next columns' places (「2（均已按期答复）」 printed on, unwrapped, over
    its neighbour's 「0」), left-aligned columns: the box is one figure and its note (nothing after the note's
    bracket: no neighbour's figure run into it) starting at its own column, the figure's glyphs ending
    before the next column (each glyph's width by its kind: a half-width digit is half a Chinese
    character's). It is that column's cell — the note's words are no neighbour's. A column it runs over
    that holds nothing of its own: the page does not say whether the run hides what was printed there
    (the ruled grid's rule, `ocr_layout._mark_overruns`): the box stands there too, unread (a marked copy:
    the figure's own cell reads it, and an earlier reading's mark does not carry over). None: no such box."""
    if at is None or b.x0 < left:
        return None
    bare = squash(b.text)
    figure = NOTE_AFTER_NUMBER.sub("", bare)
    if figure == bare or not _FIGURE_ONLY.fullmatch(figure) or not bare.startswith(figure):
        return None
    covered = [i for i, x in enumerate(cols) if b.x0 - tol <= x < b.x1]
    if not covered or covered[0] != at or covered != list(range(at, covered[-1] + 1)):
        return None
    units = [0.5 if unicodedata.east_asian_width(c) in ("Na", "H") else 1.0 for c in b.text]
    end = b.x0 + (b.x1 - b.x0) * sum(units[: len(figure)]) / sum(units)
    if at + 1 < len(cols) and end > cols[at + 1] - tol:
        return None
    held = {_at(o.x0, cols, tol) for o in line if o is not b and o.x0 >= left}
    empty = [i for i in covered[1:] if i not in held]
    marked = Box(b.text, b.conf, b.x0, b.y0, b.x1, b.y1, True)
    return [(at, b)] + [(i, marked) for i in empty]


_FIGURE_ONLY = re.compile(r"[0-9０-９]+")


def _spaced(
    line: list[Box], parts: dict[int, tuple[Box, list[Box]]], one_value: Callable[[Box, Box, Box], bool]
) -> list[Box]:
    """The line with each figure spaced out (runs of digits a space apart, left to right) one box where
    `one_value(whole, left run, right run)` says so; each joined box's runs kept in `parts` (by its id,
    the box kept alive beside them)."""
    out: list[Box] = []
    for b in line:
        a = out[-1] if out else None
        if (
            a is not None
            and _all_digits(a.text)
            and (_all_digits(tail := b.text.rstrip(FOOTNOTE_MARKS)) or (b.text and not tail))
            # (a footnote mark after the figure's last run, or spaced off it: 「52 2③」「10 ③」)
            and 0 <= b.x0 - a.x1 <= _SPACE * min(a.h, b.h)
            and not a.overrun
            and not b.overrun
        ):
            whole = Box(a.text + b.text, min(a.conf, b.conf), a.x0, min(a.y0, b.y0), b.x1, max(a.y1, b.y1))
            if one_value(whole, a, b):
                parts[id(whole)] = (whole, _parts(a, parts) + [b])
                out[-1] = whole
                continue
        out.append(b)
    return out


def _parts(b: Box, parts: dict[int, tuple[Box, list[Box]]]) -> list[Box]:
    got = parts.get(id(b))
    return list(got[1]) if got is not None and got[0] is b else [b]


def _all_digits(text: str) -> bool:
    return bool(text) and all(c in _DIGITS for c in text)


def _sorted_edges(boxes: list[Box], mode: int) -> list[float]:
    return sorted(_edge(b, mode) for b in boxes)


def _by_label_col(lines: list[list[Box]], left: float, label_cols: list[float], tol: float) -> dict[int, list[Box]]:
    out: dict[int, list[Box]] = {}
    for line in lines:
        for b in line:
            if b.x0 < left and (c := _at(b.x0, label_cols, tol)) is not None:
                out.setdefault(c, []).append(b)
    return out


def _page_foot_line(line: list[Box], cols: list[float], pitch: float) -> bool:
    """A page's foot across a turned table's body: its words (「二〇一九年…年度报告 9」「- 9 -」「第9页」), or a bare
    number set outside the value columns' span — never a bare figure among the columns (a figure off its row)."""
    text = "".join(b.text for b in line).strip()
    if not is_page_number(text):
        return False
    if not text.isdigit():
        return True
    return all(b.x1 < cols[0] - pitch or b.x0 > cols[-1] + pitch for b in line)
