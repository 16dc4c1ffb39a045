"""OCR'd pages → one `Document`, tables as rows of cells read off box geometry.

Where a page has ruling lines, they make the grid: consecutive horizontal rules bound a row band,
the vertical rules crossing the whole band cut it into slots, and a slot is a cell's first row when a
horizontal rule runs over its top (otherwise it continues a merged cell above). Every box lands in
its cell; a cell's boxes are joined in reading order and each row is emitted with its empty cells
as blanks (blank, 0 and 「/」 stay distinct). Boxes outside any grid are clustered into lines by
vertical overlap; a line whose parts stand far apart is a borderless table row, one cell a part.
From there the text pipeline reads the tables through the one table spec, like any other source.
Every token keeps where it came from: page, box and the recogniser's confidence (`Document.ocr`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .columns import reading_parts
from .document import Document, OcrMark, TextBuilder
from .label_rows import Item, join_wrapped
from .load_pdf import PAGE_NUMBER
from .normalize import PAGE_FOOT, PLACEHOLDERS, squash
from .ocr import Box, Page, Rule, cut_run_over, one_figure
from .stream import NOTE_AFTER_NUMBER
from .turned import may_turn, repeated_head, turned_order
from .turned_unruled import turned_table

_TOL = 6.0  # pixels: rules closer than this are one rule; a rule this short of a band still crosses it
_NUMERIC_PARTS = re.compile(r"[+-]?[\d.,，]+|[/／—\-–]+")


# a box of figures only (digits, Chinese numerals, footnote marks, a unit): a cell's number, whatever its type
# (not one with a note in words, 「2（含转办4件）」: read as a number and a note, it would be read in both cells)
_FIGURE_BOX = re.compile(r"[\d０-９〇零一二两三四五六七八九十百千万¹²³⁴⁵⁶⁷⁸⁹⁰*＊※,.，、+\-件项条个]+")


_FIGURE_LED = re.compile(r"[\d０-９〇零一二两三四五六七八九十百千万]++(?![.．、])")


_SPECK = re.compile(r"(?<=\d)[.,·、]$|^[.,·、](?=\d+[.,·、]?$)")  # scan noise: a point before/after a number (or both)
_SPECK_ONLY = re.compile(r"[.,·、]+")
SPECK_CONFIDENCE = 0.85  # a reading we cleaned is flagged (D6), whatever the recogniser thought of it


def _split_numeric(box: Box) -> list[Box]:
    """「0 0 1」 read as one box is three cells: whitespace-separated numbers split, each part given
    its share of the box's width by character position. A point before or after a whole number
    (「18.」「.0」) is a speck of the scan: no count is printed that way. It is dropped, and the
    cell's confidence capped so the doubt is said (D6)."""
    cleaned = _SPECK.sub("", box.text)
    if cleaned != box.text:
        box.text, box.conf = cleaned, min(box.conf, SPECK_CONFIDENCE)
    parts = box.text.split()
    if len(parts) < 2 or not all(_NUMERIC_PARTS.fullmatch(p) for p in parts):
        return [box]
    if len(parts) == 2 and sum(_SPECK_ONLY.fullmatch(p) is None for p in parts) == 1:
        # 「. 0」: a speck beside a lone figure, read apart (several figures keep their points: 「1 . 5」)
        box.text = next(p for p in parts if _SPECK_ONLY.fullmatch(p) is None)
        box.conf = min(box.conf, SPECK_CONFIDENCE)
        return [box]
    n = len(box.text)
    width = box.x1 - box.x0
    out, pos = [], 0
    for p in parts:
        at = box.text.index(p, pos)
        pos = at + len(p)
        out.append(Box(p, box.conf, box.x0 + width * at / n, box.y0, box.x0 + width * pos / n, box.y1))
    return out


def _cluster(values: Sequence[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _TOL:
            continue
        out.append(v)
    return out


class _Grid:
    """The cells of the ruled tables on one page."""

    def __init__(self, hrules: list[Rule], vrules: list[Rule], height: float = 0.0):
        """`height`: the page's; a band with no column rule taller than a quarter of it is a frame (a
        page's border, a boxed block of text), not one cell of a table (a full-width row is short)."""
        self.bands: list[tuple[float, float, list[tuple[float, float, int]]]] = []  # y0, y1, slots (x0, x1, cell)
        self.cells: list[tuple[int, float, float]] = []  # cell id → (band index, x0, x1) where it starts
        self.tables: list[int] = []  # the band each table starts at (a band that continues no band above)
        ys = _cluster([r.pos for r in hrules])
        prev_slots: list[tuple[float, float, int]] = []
        for y0, y1 in zip(ys, ys[1:]):
            xs = _cluster([v.pos for v in vrules if v.a <= y0 + _TOL and v.b >= y1 - _TOL])
            if len(xs) < 2 or (len(xs) == 2 and height and y1 - y0 > 0.25 * height):
                prev_slots = []
                continue
            if not prev_slots:
                self.tables.append(len(self.bands))
            top = [r for r in hrules if abs(r.pos - y0) <= _TOL]
            slots = []
            for x0, x1 in zip(xs, xs[1:]):
                mid = (x0 + x1) / 2
                owner = None
                if not any(r.a - _TOL <= mid <= r.b + _TOL for r in top):  # no rule above: a merged cell
                    owner = next((c for a, b, c in prev_slots if a - _TOL <= mid <= b + _TOL), None)
                if owner is None:
                    owner = len(self.cells)
                    self.cells.append((len(self.bands), x0, x1))
                slots.append((x0, x1, owner))
            self.bands.append((y0, y1, slots))
            prev_slots = slots

    def edges(self, bands: Sequence[int]) -> list[float]:
        """The x positions of the rules of `bands` (one table's): the table's finest columns lie between."""
        return _cluster([x for i in bands for x0, x1, _ in self.bands[i][2] for x in (x0, x1)])

    def slots(self, bands: Sequence[int], edges: list[float]) -> list[list[int]]:
        """The cells of `bands` (one table) on the table's finest columns (`edges`): slots[r][c] is the cell
        covering column c in the table's r-th band (a merged cell in each slot it covers)."""
        mids = [(a + b) / 2 for a, b in zip(edges, edges[1:])]
        return [[next((c for x0, x1, c in self.bands[i][2] if x0 <= m <= x1), -1) for m in mids] for i in bands]

    def spilled_into(self, box: Box, cell: int) -> list[int]:
        """The other cells of its band that a figure-like box (`_FIGURE_BOX`) runs into by half a glyph
        or more: a number wider than its cell printed over its neighbour's rule (the page's renderer does
        not wrap it), one word with the neighbour's own figure (「一千三百五十二〇」). Where one cell ends
        and the next begins is not on the page: the box stands in each (read as neither), else the
        neighbour, its figure gone into this word, reads as a cell printed blank."""
        if not _FIGURE_BOX.fullmatch(box.text) or one_figure(box.text):
            return []
        return self._reached(box, cell)

    def overruns(self, box: Box, cell: int) -> list[int]:
        """The other cells of its band a box led by a figure (a digit or a numeral; not a label's list number,
        「1.属于国家秘密」「二、上年结转…」) runs into by half a
        glyph or more: `spilled_into`'s geometry, for any text (「2（含转办4件）1」, 「３４９２」)."""
        if not _FIGURE_LED.match(box.text):
            return []
        return self._reached(box, cell)

    def _reached(self, box: Box, cell: int) -> list[int]:
        """The other cells of the box's band it overlaps by half a glyph or more and crosses a side of."""
        reach = 0.5 * box.h
        cy = box.cy
        for y0, y1, slots in self.bands:
            if y0 <= cy <= y1:
                return [
                    c
                    for x0, x1, c in slots
                    if c != cell and min(x1, box.x1) - max(x0, box.x0) >= reach and (box.x0 < x0 or box.x1 > x1)
                ]
        return []

    def cell_of(self, box: Box) -> int | None:
        """The cell the box's centre stands in — or, when that is outside every table, the cell its first
        glyph stands in: a cell's text run out over the table's edge (「389（其中3件为网上申请）」 in the last
        column) is still that cell's, which read without it would be a cell printed blank."""
        cy = box.cy
        for y0, y1, slots in self.bands:
            if y0 <= cy <= y1:
                for cx in (box.cx, box.x0 + min(box.h, box.x1 - box.x0) / 2):
                    for x0, x1, cell in slots:
                        if x0 <= cx <= x1:
                            return cell
                return None
        return None


def _cut_numerals(grid: _Grid, b: Box, cells: list[int], in_cell: dict[int, list[Box]]) -> None:
    """A word of Chinese numerals run over its ruled cell into the next ones (`_Grid.spilled_into`: it
    stands in each) read as one count a cell, left to right, where one cut only makes counts of it
    (`numeral_cuts`) and the cells hold nothing else: the left cell's text comes first on the page.
    Else the word is unread in each (`Box.overrun`): read as text, a row of numerals it stood in was
    cut as glued digits (「七百四十七十九」: 747 | 19 or 740 | 79)."""
    order = sorted(cells, key=lambda c: grid.cells[c][1])
    alone = all(in_cell.get(c) == [b] for c in cells)
    parts = cut_run_over(b, len(order)) if alone else None
    if parts is None:
        b.overrun = True
        return
    for c, part in zip(order, parts):
        in_cell[c] = [part]


def _mark_overruns(grid: _Grid, placed: list[tuple[Box, int]], in_cell: dict[int, list[Box]]) -> None:
    """A figure run over its ruled cell's side into a neighbour that holds nothing else: a renderer that
    does not wrap prints 「2（含转办4件）」 over the rule and the neighbour's own 「1」 right after it — one
    word on the page, 「2（含转办4件）1」 — or a figure too wide for its cell into an empty one (「１０６１件」).
    The page does not say which: the box stands in each cell, marked (`Box.overrun`), and both are read
    as no value with a doubt — read by its centre, the neighbour's figure went into the wrong cell and
    the neighbour read as printed blank."""
    for b, cell in placed:
        into = [c for c in grid.overruns(b, cell) if not in_cell.get(c)]
        if into and not grid.spilled_into(b, cell):
            b.overrun = True
            for c in into:
                in_cell[c] = [b]


def _drop_specks(in_cell: dict[int, list[Box]]) -> None:
    """A ruled cell holding one figure and a box of a speck only (「.」 beside 「0」: scan noise read as its
    own word) holds the figure: joined, 「.0」 would be no count and the row would lose its cells. The
    figure's confidence is capped so the doubt is said (D6). Two figures and a point (「1」「.」「5」) are
    kept as printed."""
    for c, bs in in_cell.items():
        if len(bs) < 2:
            continue
        rest = [b for b in bs if _SPECK_ONLY.fullmatch(b.text) is None]
        if len(rest) == 1 and _is_number(rest[0].text):
            rest[0].conf = min(rest[0].conf, SPECK_CONFIDENCE)
            in_cell[c] = rest


def _lines(boxes: list[Box]) -> list[list[Box]]:
    """Boxes that overlap vertically by half the smaller height are one line, read left to right. A
    box much taller than the text around it (a label printed vertically down a merged cell) is a
    line of its own: joined to one, it would pull the rows it spans together."""
    if not boxes:
        return []
    heights = sorted(b.h for b in boxes)
    tall = 2.0 * heights[len(heights) // 2]
    lines: list[tuple[float, float, list[Box]]] = []
    alone: list[list[Box]] = []
    for b in sorted(boxes, key=lambda b: (b.cy, b.x0)):
        if b.h > tall and b.h > 1.5 * (b.x1 - b.x0):  # tall and narrow: a tight 「一」 or 「、」 beside a word is not
            alone.append([b])
            continue
        if lines:
            y0, y1, members = lines[-1]
            overlap = min(y1, b.y1) - max(y0, b.y0)
            if overlap >= 0.5 * min(b.h, y1 - y0):
                members.append(b)
                lines[-1] = (min(y0, b.y0), max(y1, b.y1), members)
                continue
        lines.append((b.y0, b.y1, [b]))
    out = [sorted(m, key=lambda b: b.x0) for _, _, m in lines] + alone
    return sorted(out, key=lambda m: min(b.y0 for b in m))


_PROSE_START = frozenset("，。、；：！？）》”,.;:!?)")  # no table cell begins with these; a clause's rest does


def _is_number(text: str) -> bool:
    return _NUMERIC_PARTS.fullmatch(text) is not None


def _is_figure(text: str) -> bool:
    """A number, or a number with its footnote mark or note (「2③」「12¹」「1（已结案）」): a cell's figure."""
    return _is_number(NOTE_AFTER_NUMBER.sub("", squash(text)))


def _segments(line: list[Box]) -> list[list[Box]]:
    """A line's boxes grouped into cells: a wide gap (over 1.2 line heights), or two numbers side by
    side, starts a new cell — unless the numbers nearly touch (the digits of one number, cut in two
    by the detector). A number with its note mark is a number here: 「2③」 beside 「0」 one pitch on
    is two cells, not 「2③0」 (read as 2 and 0 with a blank after, the rest of the row shifted)."""
    out: list[list[Box]] = [[line[0]]]
    for b in line[1:]:
        last = out[-1][-1]
        h = max(b.h, last.h)
        gap = b.x0 - last.x1
        if gap > 1.2 * h or (
            _is_number(b.text) and _is_figure(last.text) and (gap > 0.4 * h or last.text[-1] in "）)")
        ):
            out.append([b])
        else:
            out[-1].append(b)
    return out


_NUMERALS = re.compile(
    r"(?=.*[〇零一二两三四五六七八九十百千万])[〇零一二两三四五六七八九十百千万/—]{2,}"
)  # (a mark: the next cell's)
_ALIGN = 0.2  # × the column pitch: how far a cell's edge may stand from its column's
_AROUND = 4  # rows above and below an unruled row whose figures give the columns its own do not
_AROUND_FAR = 16  # … and where those do not either (a table printed blank as nothing)


def _cut_runs(segs: list[list[Box]], around: Sequence[Box] = (), far: Sequence[Sequence[Box]] = ()) -> list[list[Box]]:
    """An unruled row's count in numerals run into the next column's (「七百五十八〇」: 758 and the 〇 beside
    it, one word on the page, no gap between them): cut into one cell a column it covers, where one cut
    only reads a count in each (`ocr.cut_run_over`, the rule of the ruled grid and the turned table).
    The columns are the row's own (`_columns`: the edges of its figures that read as one count, at a
    regular pitch), or — a row of blanks printed as nothing, or of runs — those of the rows around it
    (`around`: their figures), or — a table printed blank as nothing, each column's one-count figures rows
    apart — those of rows farther off (`far`: row by row, those standing right of the row's first figure:
    another table's rows beside its labels are not its). Read whole, the word was no count and the row a
    cell short: refused."""
    runs = _runs_in(segs)
    if not runs:
        return segs
    figures = [seg[0] for seg in segs if _in_column(seg)]
    found = _columns(figures) or _columns([*figures, *around], sparse=True)
    if found is None and figures:
        # (blanks printed as nothing: a column may hold a one-count figure only rows away — those of rows
        # whose figures all stand right of the row's first, not another table's beside its labels)
        edge = min(b.x0 for b in figures) - 0.5 * min(b.h for b in figures)
        wide = [b for row in far if row and min(b.x0 for b in row) >= edge for b in row]
        if len(wide) > len(around):
            around = wide
            found = _columns([*figures, *around], sparse=True)
    if found is None:
        return segs
    left, x0, pitch = found
    tol = _ALIGN * pitch
    near = 0.4 * min(b.h for b in (*figures, *around))  # under half a glyph: a cut's place is a character's edge
    last = max(b.x0 if left else b.cx for b in (*figures, *around)) + tol  # (no column right of the table's last)

    def column_at(x: float) -> bool:
        return x <= last and abs((x - x0) / pitch - round((x - x0) / pitch)) * pitch <= near

    out: list[list[Box]] = []
    for i, seg in enumerate(segs):
        b = seg[0]
        covered = 0  # the columns (x0 + n pitches) it stands over
        if i in runs:
            covered = math.ceil((min(b.x1, last) - x0) / pitch) - math.ceil((b.x0 - tol - x0) / pitch)
        parts = cut_run_over(b, covered, column_at if left else None) if covered >= 2 else None
        out += [[p] for p in parts] if parts else [seg]
    return out


def _in_column(seg: list[Box]) -> bool:
    """A cell that stands in its value column as printed: one figure that reads as one count, or a mark."""
    return len(seg) == 1 and (one_figure(seg[0].text) or seg[0].text in PLACEHOLDERS)


def _runs_in(segs: list[list[Box]]) -> list[int]:
    """The cells that are words of numerals reading as no one count (「七百五十八〇」)."""
    return [
        i
        for i, seg in enumerate(segs)
        if len(seg) == 1 and _NUMERALS.fullmatch(seg[0].text) and not one_figure(seg[0].text)
    ]


def _columns(figures: Sequence[Box], sparse: bool = False) -> tuple[bool, float, float] | None:
    """(left-aligned, the first column's edge, the pitch) of columns whose figures' left edges — or else
    centres — stand at a regular pitch (every gap a whole number of pitches), or None. `sparse`: left
    edges standing as `_sparse_columns` says are tried before centres."""
    for left in (True, False):
        xs = _cluster([b.x0 if left else b.cx for b in figures])
        gaps = [b - a for a, b in zip(xs, xs[1:])]
        if (
            len(gaps) >= 2
            and (pitch := _pitch(gaps)) > 0
            and all(abs(g / pitch - round(g / pitch)) <= _ALIGN and round(g / pitch) >= 1 for g in gaps)
        ):
            return left, xs[0], pitch
        if left and sparse and (found := _sparse_columns(figures)) is not None:
            return found
    return None


def _sparse_columns(figures: Sequence[Box]) -> tuple[bool, float, float] | None:
    """Left-aligned columns where the figures stand mostly more than a column apart (blanks printed as
    nothing, 「〇 _ 三 _ _ 四」: no two gaps of one pitch, `_columns` finds none): the narrowest gap between
    the columns they stand at is the pitch when three gaps or more are each a whole number of it, and it
    is wider than three glyphs (a column holds a figure)."""
    xs = _cluster([b.x0 for b in figures])
    gaps = [b - a for a, b in zip(xs, xs[1:])]
    if len(gaps) < 3 or (pitch := min(gaps)) < 3 * max((b.h for b in figures), default=0.0):
        return None
    if all(abs(g / pitch - round(g / pitch)) <= 0.1 for g in gaps):
        return True, xs[0], pitch
    return None


def _with_gaps(segs: list[list[Box]]) -> list[list[Box]]:
    """A borderless row's numbers stand at a regular pitch; where two stand k pitches apart, the
    k - 1 cells between them printed nothing a recogniser saw: blank cells, not a shift of the
    rest of the row onto the wrong columns."""
    nums = [i for i, seg in enumerate(segs) if all(_is_number(b.text) for b in seg)]
    if len(nums) < 4:
        return segs
    centre = [(segs[i][0].x0 + segs[i][-1].x1) / 2 for i in nums]
    gaps = [b - a for a, b in zip(centre, centre[1:])]
    pitch = _pitch(gaps)
    if pitch <= 0:
        return segs
    out: list[list[Box]] = list(segs[: nums[0] + 1])
    for (i, j), gap, a in zip(zip(nums, nums[1:]), gaps, centre):
        # (cells between them that are no plain number — 「12⁶」 — fill pitches too, each at its own)
        between = segs[i + 1 : j]
        # (a cell between them wider than a column may be two cells run together, 「１９０７２５⁴」: how many
        # columns it fills is not known — no blank is inferred there)
        wide = any(seg[-1].x1 - seg[0].x0 > _WIDE_CELL * pitch for seg in between)
        steps = round(gap / pitch) if gap > 1.6 * pitch and not wide else 0
        at = [round(((seg[0].x0 + seg[-1].x1) / 2 - a) / pitch) for seg in between]
        if steps and between and all(0 < x < y <= steps for x, y in zip(at, [*at[1:], steps])):
            slots: list[list[Box]] = [[] for _ in range(steps - 1)]
            for k, seg in zip(at, between):
                slots[k - 1] = seg
            out += [*slots, segs[j]]
            continue
        missing = max(0, steps - 1 - (j - i - 1))
        out += [[] for _ in range(missing)] + segs[i + 1 : j + 1]
    return out + segs[nums[-1] + 1 :]


_PITCH_TOL = 0.2  # of the pitch: how far a gap may stand from a whole number of pitches
_WIDE_CELL = 1.2  # × the pitch: a cell this wide may be two run together


def _pitch(gaps: list[float]) -> float:
    """The column pitch of a row from the gaps between its numbers: the widest gap that every gap
    is a whole multiple of and at least two gaps match. Not the median gap: where more than half of
    them span a blank cell (table 四: 「1 1 _ 2 4 30 _ 3 _ 33 _ 524 _ _ 524」) the median is two
    pitches, no blank is seen, and the row's right part shifts left onto the wrong columns. The
    median when no gap is such a pitch (an uneven row) — and never a sliver of it (a number cut in
    two)."""
    median = sorted(gaps)[len(gaps) // 2]
    for p in sorted((g for g in gaps if g >= 0.45 * median), reverse=True):
        if p <= 0:
            break
        steps = [g / p for g in gaps]
        if (
            all(s > 0.5 and abs(s - round(s)) <= _PITCH_TOL for s in steps)
            and sum(abs(s - 1) <= _PITCH_TOL for s in steps) >= 2
        ):
            return p
    return median


def _joined(boxes: list[Box]) -> tuple[str, list[Box]]:
    if len(boxes) <= 1:  # (most cells: nothing to order)
        return (boxes[0].text if boxes else ""), boxes
    ordered = [b for line in _lines(boxes) for b in line]
    return "".join(b.text for b in ordered), ordered


@dataclass(slots=True)
class _Laid:
    """A ruled table as laid out on its page: its items (the rows emitted), its cells in the order their
    bands print them (boxes and text), the cells that start in each band (indices into those), the slots
    of its finest columns and their edges — what a table cut by a page end is joined with."""

    items: list[Item]
    boxes: list[list[Box]]
    texts: list[str]
    bands: list[list[int]]
    edges: list[float]
    grid: _Grid
    span: range  # its bands in `grid`
    order: list[int]  # its cells in `grid`, as `boxes`

    def slots(self, edges: list[float]) -> list[list[int | None]]:
        """Its cells (indices into `boxes`) on the columns between `edges`: its own, or the finer ones of
        the part it continues (a merged cell of its own spans two of them)."""
        index = {c: k for k, c in enumerate(self.order)}
        return [[index.get(c) for c in row] for row in self.grid.slots(self.span, edges)]


def _laid(grid: _Grid, first: int, end: int, in_cell: dict[int, list[Box]], items: list[Item]) -> _Laid:
    order: list[int] = []
    bands: list[list[int]] = []
    for i in range(first, end):
        starts = [c for _, _, c in grid.bands[i][2] if grid.cells[c][0] == i]
        bands.append(list(range(len(order), len(order) + len(starts))))
        order += starts
    span = range(first, end)
    boxes = [in_cell.get(c, []) for c in order]
    return _Laid(items, boxes, [_joined(b)[0] for b in boxes], bands, grid.edges(span), grid, span, order)


def page_items(
    page: Page,
    carry: list[float] | None = None,
    gutters: list[tuple[float, float]] | None = None,
    laid: list[_Laid] | None = None,
) -> list[Item]:
    """(y, 'row' | 'line', cells) in reading order; a cell is its boxes. `carry`: the label columns
    of the pages before (`label_rows.join_wrapped`). A page printed in text columns is read column by
    column (extractor/columns.py; `gutters`: the column gutters of the pages before). `laid`: the
    page's ruled tables are added to it."""
    return [item for part in reading_parts(page, gutters) for item in _part_items(part, carry, laid)]


def _part_items(page: Page, carry: list[float] | None, laid: list[_Laid] | None = None) -> list[Item]:
    """One part of a page (the page itself, or one of its text columns) in reading order."""
    boxes = [part for b in page.boxes for part in _split_numeric(b)]
    grid = _Grid(page.hrules, page.vrules, page.height)
    in_cell: dict[int, list[Box]] = {}
    loose: list[Box] = []
    placed: list[tuple[Box, int]] = []
    spills: list[tuple[Box, int, list[int]]] = []
    for b in boxes:
        cell = grid.cell_of(b)
        if cell is None:
            loose.append(b)
        else:
            placed.append((b, cell))
            if spilled := grid.spilled_into(b, cell):
                spills.append((b, cell, spilled))
            for c in (cell, *spilled):
                in_cell.setdefault(c, []).append(b)
    for b, cell, spilled in spills:
        _cut_numerals(grid, b, [cell, *spilled], in_cell)
    _mark_overruns(grid, placed, in_cell)
    _drop_specks(in_cell)
    loose = _without_sheet_furniture(grid, loose)
    items: list[Item] = []
    tables = list(zip(grid.tables, [*grid.tables[1:], len(grid.bands)]))
    k = 0
    while k < len(tables):
        if k + 1 < len(tables):
            bottom, top = grid.bands[tables[k][1] - 1][1], grid.bands[tables[k + 1][0]][0]
            between = [b for b in loose if bottom <= b.cy <= top]
            joined = _paged_turn(grid, tables[k], tables[k + 1], in_cell, between)
            if joined is not None:
                items += joined
                gone = {id(b) for b in between}
                loose = [b for b in loose if id(b) not in gone]
                k += 2
                continue
        rows = _table_rows(grid, *tables[k], in_cell)
        if laid is not None and rows:
            laid.append(_laid(grid, *tables[k], in_cell, rows))
        items += rows
        k += 1
    if (turned := turned_table(loose)) is not None:
        rows, taken = turned  # table 三 printed turned, unruled (extractor/turned_unruled.py)
        top = min(b.y0 for b in taken)
        items += [(top, "row", row) for row in rows]
        gone = {id(b) for b in taken}
        loose = [b for b in loose if id(b) not in gone]
    lines: list[Item] = []
    laid_out: list[tuple[float, list[Box], list[list[Box]], bool]] = []
    for line in _lines(loose):
        top = min(b.y0 for b in line)
        bottom = max(b.y1 for b in line)
        text = "".join(b.text for b in line).strip()
        if (top > page.height * 0.9 or bottom < page.height * 0.08) and PAGE_NUMBER.fullmatch(text):
            continue  # a page number in the margin
        segs = _segments(line)
        prose = any(seg[0].text[:1] in _PROSE_START for seg in segs[1:])  # justified text, not cells
        laid_out.append((top, line, segs, prose))
    rows = [k for k, (_, _, segs, prose) in enumerate(laid_out) if not prose and len(segs) > 1]
    for n, k in enumerate(rows):
        top, line, segs, prose = laid_out[k]
        if _runs_in(segs):
            figures = [  # the figures of the rows around it, row by row: their columns, where its own do not say
                [seg[0] for seg in laid_out[j][2] if _in_column(seg)]
                for j in rows[max(0, n - _AROUND_FAR) : n + _AROUND_FAR + 1]
                if j != k
            ]
            near = n - max(0, n - _AROUND_FAR) - _AROUND  # (this row's own index less _AROUND, in `figures`)
            around = [b for row in figures[max(0, near) : near + 2 * _AROUND] for b in row]
            segs = _cut_runs(segs, around, figures)
        laid_out[k] = (top, line, _with_gaps(segs), prose)
    for top, line, segs, prose in laid_out:
        lines.append((top, "line", [line]) if prose else (top, "line", segs) if len(segs) == 1 else (top, "row", segs))
    items += _turned_blocks(join_wrapped(lines, page.width, carry, page.left))
    items.sort(key=lambda it: it[0])
    return items


_COLUMN_LETTER_READ = str.maketrans({"0": "O", "1": "I", "l": "I", "|": "I"})  # letters a recogniser reads as digits
_SHEET_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _without_sheet_furniture(grid: _Grid, loose: list[Box]) -> list[Box]:
    """A spreadsheet's screenshot (a table pasted as a picture of Excel/WPS) shows its column letters
    (A B C …) in a strip above the table and its row numbers (1 2 3 …) in a strip left of it: neither is
    printed by the report. Outside the ruled table they would be read as a row and as lines of one
    number each — cells of table 四. Dropped: a line just above a ruled table reading as consecutive
    column letters (three or more; 「0」 for O), and plain integers left of a ruled table, within its
    height, that count up one by one (two or more)."""
    if not grid.tables or not loose:
        return loose
    spans = []  # (top, bottom, left) of each ruled table
    for first, end in zip(grid.tables, [*grid.tables[1:], len(grid.bands)]):
        bands = grid.bands[first:end]
        left = min(x0 for _, _, slots in bands for x0, _, _ in slots[:1])
        spans.append((bands[0][0], bands[-1][1], left))
    gone: set[int] = set()
    for line in _lines(loose):
        text = "".join(b.text for b in line).replace(" ", "").upper().translate(_COLUMN_LETTER_READ)
        bottom = max(b.y1 for b in line)
        height = max(b.h for b in line)
        if (
            len(text) >= 3
            and text in _SHEET_LETTERS
            and any(top - 3 * height <= bottom <= top + _TOL for top, _, _ in spans)
        ):
            gone.update(id(b) for b in line)
    for top, bottom, left in spans:
        numbers = sorted(
            (b for b in loose if b.text.isdigit() and b.x1 <= left + _TOL and top - _TOL <= b.cy <= bottom + _TOL),
            key=lambda b: b.cy,
        )
        values = [int(b.text) for b in numbers]
        if len(values) >= 2 and all(b - a == 1 for a, b in zip(values, values[1:])):
            gone.update(id(b) for b in numbers)
    return [b for b in loose if id(b) not in gone] if gone else loose


def _turned_blocks(items: list[Item]) -> list[Item]:
    """Borderless rows in the order a table as printed reads, where a block of them is a table
    printed turned (extractor/turned.py; a block of table 二 with its row labels across, as a ruled
    grid's `_table_rows`): a block is a run of rows one under the other with the same number of
    cells, a row beginning with the block's first cell (its corner, 「信息内容」, printed again) starts
    the next one. Rows of another shape are left as read."""
    out: list[Item] = []
    block: list[Item] = []

    def flush() -> None:
        width = len(block[0][2]) if block else 0
        turned = None
        if len(block) >= 2 and may_turn(width, len(block)):
            texts = [_joined(c)[0] for _, _, cells in block for c in cells]
            slots = [[r * width + c for c in range(width)] for r in range(len(block))]
            turned = turned_order(texts, slots)
        if turned is None:
            out.extend(block)
        else:
            cells = [c for _, _, row in block for c in row]
            out.extend((block[0][0], "row", [cells[k] for k in row]) for row in turned)
        block.clear()

    for item in sorted(items, key=lambda it: it[0]):
        _, kind, cells = item
        if kind != "row" or (
            block and (len(cells) != len(block[0][2]) or _joined(cells[0])[0] == _joined(block[0][2][0])[0])
        ):
            flush()
        if kind == "row":
            block.append(item)
        else:
            out.append(item)
    flush()
    return out


def _table_rows(grid: _Grid, first: int, end: int, in_cell: dict[int, list[Box]]) -> list[Item]:
    """The rows of one ruled table (bands [first, end)): as printed, each band's cells that start in
    it — a band of empty cells too (a row printed blank: table 四 with no case) —, or, for a table
    printed turned (extractor/turned.py: table 三 with the items as columns, table 四 with the kinds
    as rows, a block of table 二), in the order a table as printed reads, at the table's top. Small
    tables drawn one right under the other share their rules and are one grid here: each run of
    bands cut alike (a change of columns, or the first band's first cell printed again: table 二's
    blocks, each under 「信息内容」) is tried on its own."""
    texts: dict[int, str] = {}

    def text(c: int) -> str:
        if c not in texts:
            texts[c] = _joined(in_cell.get(c, []))[0]
        return texts[c]

    whole = _turned_rows(grid, first, end, in_cell, text)
    if whole is not None:
        return whole
    items: list[Item] = []
    corner = _corner(grid, first, text)  # (printed again lower down: blocks one under the other)
    again = corner and any(_corner(grid, i, text) == corner for i in range(first + 1, end))
    runs = _runs(grid, first, end, text) if again else [(first, end)]
    for a, b in runs:
        rows = _turned_rows(grid, a, b, in_cell, text) if (a, b) != (first, end) else None
        if rows is None:
            for i in range(a, b):
                starts = [c for _, _, c in grid.bands[i][2] if grid.cells[c][0] == i]
                if starts:
                    items.append((grid.bands[i][0], "row", [in_cell.get(c, []) for c in starts]))
        else:
            items += rows
    return items


def _turned_rows(
    grid: _Grid, first: int, end: int, in_cell: dict[int, list[Box]], text: Callable[[int], str]
) -> list[Item] | None:
    """Bands [first, end) read as a table printed turned (turned.turned_order), or None."""
    return _turned_bands(grid, range(first, end), in_cell, text)


def _turned_bands(
    grid: _Grid, bands: Sequence[int], in_cell: dict[int, list[Box]], text: Callable[[int], str]
) -> list[Item] | None:
    height = len(bands)
    edges = grid.edges(bands)
    if height < 2 or not may_turn(len(edges) - 1, height):
        return None
    slots_of = grid.slots(bands, edges)
    order: list[int] = []  # the cells where they start, band by band
    for i in bands:
        order += [c for _, _, c in grid.bands[i][2] if grid.cells[c][0] == i]
    index = {c: k for k, c in enumerate(order)}
    slots = [[index.get(c) for c in row] for row in slots_of]
    turned = turned_order([text(c) for c in order], slots)
    if turned is None:
        return None
    y0 = grid.bands[bands[0]][0]
    return [(y0, "row", [in_cell.get(order[k], []) for k in row]) for row in turned]


def _paged_turn(
    grid: _Grid, a: tuple[int, int], b: tuple[int, int], in_cell: dict[int, list[Box]], between: list[Box]
) -> list[Item] | None:
    """Two ruled tables one under the other with nothing between them but a page's number (「- 9 -」,
    「第2页 共5页」, a running title and number): a turned table 三 a page's foot cut (Word prints the foot,
    the table goes on), each part of which reads as no table — read as one (`_turn_across`), or None."""
    line = "".join(x.text for x in sorted(between, key=lambda x: x.x0)).strip()
    if not line or not _page_foot(line):
        return None
    return _turn_across(_laid(grid, *a, in_cell, []), _laid(grid, *b, in_cell, []))


def _turn_across(a: _Laid, b: _Laid) -> list[Item] | None:
    """Two parts of one ruled table printed turned that a page's foot cut — on one page (`_paged_turn`) or
    at a page's end (`_join_across_pages`) —, with the same columns: read as one table printed turned,
    the second part's leading bands that repeat the first's (its header printed again atop the page)
    read once (turned.repeated_head, the rule of `turned.turn_paged` for the formats that lay out
    cells), at the first part's top; or None when the two do not read so."""
    if not _continues(a.edges, b.edges):
        return None
    skip = repeated_head(
        [[a.texts[i] for i in band] for band in a.bands], [[b.texts[i] for i in band] for band in b.bands]
    )
    kept = [i for band in b.bands[skip:] for i in band]
    at = {i: len(a.texts) + n for n, i in enumerate(kept)}
    texts = a.texts + [b.texts[i] for i in kept]
    boxes = a.boxes + [b.boxes[i] for i in kept]
    edges = max(a.edges, b.edges, key=len)  # (the finer columns)
    slots = a.slots(edges) + [[None if i is None else at.get(i) for i in row] for row in b.slots(edges)[skip:]]
    turned = turned_order(texts, slots)
    if turned is None:
        return None
    y0 = a.grid.bands[a.span[0]][0]
    return [(y0, "row", [boxes[k] for k in row]) for row in turned]


def _corner(grid: _Grid, i: int, text: Callable[[int], str]) -> str:
    """The text of the cell that starts band i at its left, or "" (a merged cell from above, nothing)."""
    slots = grid.bands[i][2]
    return text(slots[0][2]) if slots and grid.cells[slots[0][2]][0] == i else ""


def _runs(grid: _Grid, first: int, end: int, text: Callable[[int], str]) -> list[tuple[int, int]]:
    """[a, b) runs of bands cut into the same columns, a new run where the first band's first cell
    is printed again."""
    out: list[tuple[int, int]] = []
    a = first

    def cuts(i: int) -> list[float]:
        return [x0 for x0, _, _ in grid.bands[i][2]]

    for i in range(first + 1, end):
        if (
            len(cuts(i)) != len(cuts(a))
            or any(abs(x - y) > _TOL for x, y in zip(cuts(i), cuts(a)))
            or ((c := _corner(grid, i, text)) and c == _corner(grid, a, text))
        ):
            out.append((a, i))
            a = i
    out.append((a, end))
    return out


def _mark(page_no: int, page: Page, start: int, end: int, boxes: list[Box]) -> OcrMark:
    box = (
        round(min(b.x0 for b in boxes) / page.width, 4),
        round(min(b.y0 for b in boxes) / page.height, 4),
        round(max(b.x1 for b in boxes) / page.width, 4),
        round(max(b.y1 for b in boxes) / page.height, 4),
    )
    return OcrMark(start, end, page_no, box, round(min(b.conf for b in boxes), 4))


def emit(out: TextBuilder, item: Item, page_no: int, page: Page, marks: list[OcrMark]) -> None:
    """One line or row into the text, each token marked with its page, box and confidence."""
    _, kind, cells = item
    texts = [_joined(c) for c in cells]
    if kind == "line":
        text, boxes = texts[0]
        out.line(text)
        tok = out.tokens[-1]
        marks.append(_mark(page_no, page, tok.start, tok.end, boxes))
        return
    out.row([t for t, _ in texts])
    for tok, (_, boxes) in zip(out.tokens[-len(texts) :], texts):
        if boxes:
            marks.append(_mark(page_no, page, tok.start, tok.end, boxes))
            if any(b.overrun for b in boxes):
                out.unread.add(tok.start)


def _footer_line(item: Item) -> bool:
    """A line of the page's number or running foot (「9」「- 9 -」「第2页 共5页」「…年度报告 9」)."""
    return item[1] == "line" and _page_foot(_joined(item[2][0])[0].strip())


def _page_foot(text: str) -> bool:
    return bool(PAGE_FOOT.fullmatch(text) or PAGE_NUMBER.fullmatch(text))


def _continues(a: list[float], b: list[float]) -> bool:
    """Columns `b` continue columns `a`: the same sides, the rules of one all rules of the other (a merged
    cell — 「总计」 or 「自然人」 over the two label columns — leaves one rule out)."""

    def within(x: list[float], y: list[float]) -> bool:
        return all(any(abs(p - q) <= _TOL for q in y) for p in x)

    return (
        len(a) >= 2
        and len(b) >= 2
        and abs(a[0] - b[0]) <= _TOL
        and abs(a[-1] - b[-1]) <= _TOL
        and (within(b, a) or within(a, b))
    )


def _join_across_pages(above: list[Item], below: list[Item], a_laid: list[_Laid], b_laid: list[_Laid]) -> None:
    """A ruled table printed turned whose page ended in it (table 三 with the applicants as rows: the last
    applicants on the next page), each part reading as no whole table: when the page's last table is
    followed by nothing but its foot and the next page's first table is preceded by nothing but a
    number or a running head, with the same columns, the two are read as one table printed turned —
    the second part's bands that repeat the first's (its header printed again) once; the rows replace
    the first part's, the second part's and the number between are dropped. Nothing changes when the
    two do not read so."""
    if not a_laid or not b_laid:
        return
    a, b = a_laid[-1], b_laid[0]
    ids = {id(it) for it in a.items}
    bids = {id(it) for it in b.items}
    if not any(id(it) in ids for it in above) or not any(id(it) in bids for it in below):
        return  # (a part already joined to the page before: its rows are gone from this page)
    after = [it for it in above[max(k for k, it in enumerate(above) if id(it) in ids) + 1 :]]
    before = [it for it in below[: min(k for k, it in enumerate(below) if id(it) in bids)]]
    if not all(_footer_line(it) for it in after + before):
        return
    rows = _turn_across(a, b)
    if rows is None:
        return
    start = min(k for k, it in enumerate(above) if id(it) in ids)
    gone = ids | {id(it) for it in after}  # (the page's number between the parts: no text of the report)
    above[:] = [it for it in above if id(it) not in gone]
    above[start:start] = rows
    gone = bids | {id(it) for it in before}
    below[:] = [it for it in below if id(it) not in gone]
    b_laid.remove(b)  # (joined: no part of the next page's join)


def _feet(lines: list[list[Box]]) -> int:
    """How many lines in a row, from the first, are a page's foot or running head (its number, 「- 3 -」)."""
    n = 0
    while n < len(lines) and _page_foot("".join(b.text for b in lines[n]).strip()):
        n += 1
    return n


def _join_unruled_turn(above: Page, below: Page) -> None:
    """An unruled turned table 三 (extractor/turned_unruled.py) whose page ended in it: its last applicants
    on the next page, under its header printed again, the page's number between — the second part reads
    as no table (it has no 自然人 to anchor it), the first as none or a table short of its last rows.
    When its page ends in nothing but its foot, the next page's lines after its running head and the
    lines repeating the first part's header (turned.repeated_head, the rule of every such join) are set
    under the first part, and the two are read as one table: read so, taking more, they move to the first page (the
    ruled grid's join gives its rows there too, `_join_across_pages`), the repeated header and the foot
    between are dropped. Nothing changes when the two do not read as one turned table. The page may end
    under the header (its foot right after it): the next page's rows, from 自然人 down, are joined the same
    way when they read as no table alone and the table read so takes this page's header."""
    if above.hrules or above.vrules or below.hrules or below.vrules or not below.boxes:
        return
    if not any(b.text == "自然人" for b in above.boxes):
        # (the page may end under the header, before the 自然人 row: the rows all on the next page, whose
        # part has no header and reads as no table alone)
        if not any(b.text == "自然人" for b in below.boxes) or turned_table(below.boxes) is not None:
            return
        header_above = True
    else:
        header_above = False
    lines, next_lines = _lines(above.boxes), _lines(below.boxes)
    foot, head = _feet(lines[::-1]), _feet(next_lines)
    body, rest = lines[: len(lines) - foot], next_lines[head:]
    if not body or not rest:
        return
    texts = [[b.text for b in line] for line in body]
    top = next((k for k, t in enumerate(texts) if t == [b.text for b in rest[0]]), len(body))
    skip = repeated_head(texts[top:], [[b.text for b in line] for line in rest])
    going = [b for line in rest[skip:] for b in line]
    if not going:
        return
    h = sorted(b.h for b in going)[len(going) // 2]
    dy = max(b.y1 for line in body for b in line) + 1.5 * h - min(b.y0 for b in going)
    moved = {id(b): Box(b.text, b.conf, b.x0, b.y0 + dy, b.x1, b.y1 + dy, b.overrun) for b in going}
    kept = [b for line in body for b in line]
    turned = turned_table(kept + list(moved.values()))
    alone = turned_table(above.boxes)
    if turned is None or (alone is not None and len(turned[1]) <= len(alone[1])):
        return
    taken = {id(b) for b in turned[1]}
    if header_above and not any(id(b) in taken for b in kept):
        return  # (a table of the next page's own, its header there too: nothing of this page in it)
    above.boxes = kept + [m for m in moved.values() if id(m) in taken]
    gone = {id(b) for line in next_lines[: head + skip] for b in line}
    gone |= {i for i, m in moved.items() if id(m) in taken}
    below.boxes = [b for b in below.boxes if id(b) not in gone]


# what a browser prints in a page's margins (Chrome/Edge/Firefox 「打印」 → PDF): the date and time with the
# page's title atop, its address with 「1/3」 at the foot
_PRINTED_BY_BROWSER = re.compile(r"https?://|www\.|(?:^|\s)\d{1,3}\s*/\s*\d{1,3}$|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}:\d{2}")
_MARGIN_ITEMS = 2  # items at a page's top and at its foot that may be the margin's


def _drop_print_margins(items: list[list[Item]]) -> None:
    """A report printed from a browser carries the browser's running head and foot on every page — between
    two rows of a table where a page break falls in it (「http://www.….html | 2/3」, 「2023/2/14 15:06 | …年度
    报告」 between 表四's header and its values: read as its rows, the table was refused). An item among a
    page's first or last two is the margin's when it says an address, a date or time, or a 「2/3」 count,
    and the same words (numbers aside) open or close another page too. Nothing else is touched: a table's
    header printed again atop each page names no address, date or count."""
    if len(items) < 2:
        return

    def words(it: Item) -> str:
        return " | ".join(_joined(c)[0].strip() for c in it[2])

    def ends(page: list[Item]) -> list[Item]:
        return page[:_MARGIN_ITEMS] + page[max(_MARGIN_ITEMS, len(page) - _MARGIN_ITEMS) :]

    seen: dict[str, int] = {}
    for page in items:
        for shape in {re.sub(r"\d+", "#", words(it)) for it in ends(page)}:
            seen[shape] = seen.get(shape, 0) + 1
    for page in items:
        gone = {
            id(it)
            for it in ends(page)
            if seen[re.sub(r"\d+", "#", text := words(it))] >= 2 and _PRINTED_BY_BROWSER.search(text)
        }
        if gone:
            page[:] = [it for it in page if id(it) not in gone]


def build_document(pages: list[Page], fmt: str, ocr: bool = True) -> Document:
    """`ocr`: the boxes were recognised (marks kept: source, confidence, box); False for a PDF's
    own text layer laid out the same way."""
    out = TextBuilder()
    spans: list[tuple[int, int, int]] = []
    marks: list[OcrMark] = []
    carry: list[float] = []
    gutters: list[tuple[float, float]] = []
    laid: list[list[_Laid]] = []
    items: list[list[Item]] = []
    for above, below in zip(pages, pages[1:]):
        _join_unruled_turn(above, below)
    for page in pages:
        laid.append([])
        items.append(page_items(page, carry, gutters, laid[-1]))
    _drop_print_margins(items)
    for k in range(len(pages) - 1):
        _join_across_pages(items[k], items[k + 1], laid[k], laid[k + 1])
    for no, (page, page_items_) in enumerate(zip(pages, items), start=1):
        page_start = out.length
        for item in page_items_:
            emit(out, item, no, page, marks)
        spans.append((page_start, out.length, no))
    cell_x = {m.start: (m.box[0], m.box[2]) for m in marks}
    return Document(
        out.text(), out.tokens, fmt, None, spans, ocr=marks if ocr else [], cell_x=cell_x, unread=frozenset(out.unread)
    )
