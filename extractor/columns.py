"""A page printed in text columns (a 政府公报 page: two columns, the report's text and its tables set
in the column width) is read column by column, region by region.

Laid out as one page, the left column's lines and the right column's table rows at the same height
were read as one line, and the right column's rows went between the left column's — the tables
there were never found. The page is cut into horizontal strips (boxes and rules overlapping in
height); consecutive strips that all leave one empty band free near the middle of the width — a
whitespace river: no word and no horizontal rule crosses it — are a region, and a region whose both
sides carry lines of words (not a label column beside its numbers) is read left side first, then
right side, each side split again where it has columns of its own. A strip crossing the middle (a
running head, a title or a table across the full width, a ruled table's rules) ends the region, so
a full-width table stays one table. Everything here is geometry: the content stream's order (text
drawn column by column) does not matter. Shared by PDF text layers, OCR'd scans and OFD pages."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .normalize import parse_chinese_number, squash
from .ocr import Box, Page, Rule
from .stream import NOTE_AFTER_NUMBER

_MIDDLE = (0.3, 0.7)  # of a part's width: where its gutter is looked for
_GUTTER = 0.02  # of the part's width: the narrowest empty band that is a gutter
_WORDED_LINES = 4  # lines holding a word of CJK text each side must have (prose or table rows, not a value column)
_WORDED_LINES_KNOWN = 2  # … where the band is a gutter found before (the page above, the page before)
_WORDED_SHARE = 0.6  # and this share of that side's lines: a value column has only a header of words
_DENSE = 0.25  # of a side's height its lines must fill (a column's lines follow each other)
_ANCHOR = 3.0  # × the text height: a column's line ends (starts) this near the gutter (a paragraph's indent)
_LINED = 0.6  # of a side's lines that come up to the gutter
_DEPTH = 2  # columns within a column (three columns on a page)

Span = tuple[float, float]


@dataclass(slots=True)
class _Strip:
    y0: float
    y1: float
    spans: list[Span]  # x intervals its boxes and rules cover, by their left ends
    boxes: list[Box]
    rules: list[Rule]
    words: list[Span]  # x intervals of its boxes that hold a word (two CJK characters or more)


def _strips(boxes: list[Box], hrules: list[Rule]) -> list[_Strip]:
    """Boxes and horizontal rules grouped by height: a strip grows while the next item overlaps it by
    more than a fifth of the item's height (lines of one column, or of two columns side by side)."""
    items: list[tuple[float, float, float, float, Box | Rule]] = [(b.y0, b.y1, b.x0, b.x1, b) for b in boxes]
    items += [(r.pos - 0.5, r.pos + 0.5, r.a, r.b, r) for r in hrules]
    items.sort(key=lambda it: it[0])
    out: list[_Strip] = []
    s = _Strip(0.0, 0.0, [], [], [], [])
    for y0, y1, x0, x1, obj in items:
        if not out or y0 >= s.y1 - 0.2 * (y1 - y0):
            s = _Strip(y0, y1, [], [], [], [])
            out.append(s)
        elif y1 > s.y1:
            s.y1 = y1
        s.spans.append((x0, x1))
        if isinstance(obj, Box):
            s.boxes.append(obj)
            if _worded(obj.text):
                s.words.append((x0, x1))
        else:
            s.rules.append(obj)
    for s in out:
        s.spans.sort()
    return out


def _free(spans: list[Span], lo: float, hi: float, least: float) -> list[Span]:
    """The parts of [lo, hi] no span covers (`spans` by their left ends), `least` wide or wider."""
    out: list[Span] = []
    edge = lo
    for x0, x1 in spans:
        if x0 >= hi:
            break
        if x0 - edge >= least:
            out.append((edge, x0))
        if x1 > edge:
            edge = x1
    if hi - edge >= least:
        out.append((edge, hi))
    return out


def _meet(a: list[Span], b: list[Span], least: float) -> list[Span]:
    out = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= least:
                out.append((lo, hi))
    return out


_TWO_CJK = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]")


_NUMERALS = re.compile(r"[〇零一二两三四五六七八九十百千万]+[件项条个]?")


def _worded(text: str) -> bool:
    """Two CJK characters or more — no count typed in Chinese numerals (「六百二十八」), no figure with its
    note (「241（其中4件为网上申请）」): a table's value column in numerals, or its cells with notes (an unruled
    turned 表三's, a column printed blank all the way down beside them), is no column of text (a page split
    there reads the table's right half apart)."""
    if _TWO_CJK.search(text) is None or _NUMERALS.fullmatch(text.strip()):
        return False
    bare = squash(text)
    return not (NOTE_AFTER_NUMBER.search(bare) and _FIGURE.fullmatch(NOTE_AFTER_NUMBER.sub("", bare)))


_FIGURE = re.compile(r"[0-9]+")


def _may_be_columns(strips: list[_Strip], band: Span) -> bool:
    """Cheap first look: words on both sides of the band in enough strips (most runs of a page in
    one column — a table's label–value gap — fail here, before any closer look)."""
    left = right = 0
    a, b = band[0] + 0.5, band[1] - 0.5
    for s in strips:
        words = s.words
        if words:
            left += any(x1 <= a for _, x1 in words)
            right += any(x0 >= b for x0, _ in words)
    return left >= _WORDED_LINES_KNOWN and right >= _WORDED_LINES_KNOWN


_VALUE = re.compile(r"[+-]?\d[\d,.]*|[/／—–-]")  # a value cell: a number or a placeholder


_NOTED_VALUE = re.compile(r"[+-]?\d[\d,.]*[件项条个万元%]*\s*[（(【\[]")  # 「3（均已按期答复）」: a number and its note


def _table_row(boxes: list[Box]) -> bool:
    """A table's row: a label (a word) first, then a value cell. A number with a note in words after it
    (「3（均已按期答复）」) or a count in Chinese numerals (「二十九」) is a value cell, not a label: a table
    across the page whose middle cell is one is no second table beside the first."""
    if not boxes:
        return False
    first = min(boxes, key=lambda b: b.x0)
    text = first.text.strip()
    if _NOTED_VALUE.match(text) or parse_chinese_number(text) is not None:
        return False
    return _worded(text) and any(b is not first and _VALUE.fullmatch(b.text.strip()) for b in boxes)


def _paired_tables(strips: list[_Strip], band: Span, x0: float, x1: float) -> bool:
    """Two tables side by side (表二 and a turned 表四 on one page): in two strips or more, a row of a
    table on each side of the band, a label then values left and a label then values right — and no
    strip a row of one table across the band (its labels left, its values right). One table across
    the page never prints a label after its values (its label columns come first): without this,
    such a pair of unruled tables read as one table across the page, two tables' cells in one row."""
    rows = 0
    for s in strips:
        left = [b for b in s.boxes if x0 <= b.cx and b.x1 <= band[0] + 0.5]
        right = [b for b in s.boxes if b.cx < x1 and b.x0 >= band[1] - 0.5]
        if _table_row(left) and _table_row(right):
            rows += 1
        elif left and right and _labels_only(left) and _VALUE.fullmatch(min(right, key=lambda b: b.x0).text.strip()):
            return False  # a table across the band: its labels left of it, its values right
    return rows >= 2


_REPEATS = 2  # strips that print one heading on both sides of a band: a table's header, not two columns


def _repeated_across(strips: list[_Strip], gx: float) -> bool:
    """The same heading (a word of two CJK characters or more) on both sides of the band in two strips
    or more: a table whose merged header cells were printed once a slot (「第二十条第（一）项」 over each of
    table 二's columns, an unmerged export) — two columns of text never set one line twice side by side.
    Split there, the table's right columns were read apart from its labels and their cells lost."""
    seen = 0
    for s in strips:
        left = {b.text.strip() for b in s.boxes if b.cx < gx and _worded(b.text)}
        seen += any(b.cx >= gx and b.text.strip() in left for b in s.boxes)
    return seen >= _REPEATS


def _values_across(strips: list[_Strip], band: Span, x0: float, x1: float) -> bool:
    """A row of one table across the band: a strip of values only (numbers, placeholders, numbers with
    their notes), two or more each side, whose cells step over the band at the row's own pitch (an
    unruled table 四 on a page of its own, 「— 773 1 — 774 | — 520 28 — 548 …」, its header's two groups
    worded each side: split there, its right half was read after the page). Two columns of text
    never set a line of figures alone, evenly spaced across both."""
    for s in strips:
        boxes = sorted((b for b in s.boxes if x0 <= b.cx < x1), key=lambda b: b.x0)
        texts = [b.text.strip() for b in boxes]
        if len(boxes) < 4 or not all(_VALUE.fullmatch(t) or _NOTED_VALUE.match(t) for t in texts):
            continue
        left = [b for b in boxes if b.x1 <= band[0] + 0.5]
        right = [b for b in boxes if b.x0 >= band[1] - 0.5]
        if len(left) < 2 or len(right) < 2 or len(left) + len(right) != len(boxes):
            continue
        steps = sorted(b.x0 - a.x0 for a, b in zip(boxes, boxes[1:]))
        if right[0].x0 - left[-1].x0 <= 1.5 * steps[len(steps) // 2]:
            return True
    return False


def _labels_only(boxes: list[Box]) -> bool:
    return any(_worded(b.text) for b in boxes) and not any(_VALUE.fullmatch(b.text.strip()) for b in boxes)


def _reads_as_text(boxes: list[Box], least: int = _WORDED_LINES) -> bool:
    """One side of a region is text of its own: enough lines, most of them with words, set one under
    the other as a column's lines are — not a table's label column, whose few labels (a group's,
    centred on its rows) stand far apart down the values beside them."""
    lines: list[tuple[float, float, bool]] = []  # (top, bottom, has a word): boxes overlapping by half
    for b in sorted(boxes, key=lambda b: b.y0):
        if lines:
            y0, y1, worded = lines[-1]
            if min(y1, b.y1) - max(y0, b.y0) >= 0.5 * min(b.h, y1 - y0):
                lines[-1] = (min(y0, b.y0), max(y1, b.y1), worded or _worded(b.text))
                continue
        lines.append((b.y0, b.y1, _worded(b.text)))
    worded = sum(1 for line in lines if line[2])
    if worded < least or worded < _WORDED_SHARE * len(lines):
        return False
    inked = sum(y1 - y0 for y0, y1, _ in lines)
    return inked >= _DENSE * (lines[-1][1] - lines[0][0])


def _part(page: Page, strips: list[_Strip], x0: float, x1: float, vrules: list[Rule]) -> Page:
    """The strips' boxes and rules between x0 and x1 (page coordinates kept), with the vertical rules
    there that reach into the strips' height."""
    y0, y1 = strips[0].y0, max(s.y1 for s in strips)
    boxes = [b for s in strips for b in s.boxes if x0 <= b.cx < x1]
    hr = sorted((r for s in strips for r in s.rules if x0 <= (r.a + r.b) / 2 < x1), key=lambda r: r.pos)
    vr = [r for r in vrules if x0 <= r.pos < x1 and r.b >= y0 and r.a <= y1]
    return replace(page, boxes=boxes, hrules=hr, vrules=vr, left=x0, width=int(x1) if x1 < page.width else page.width)


def _runs(
    strips: list[_Strip], lo: float, hi: float, least: float, blocked: set[int]
) -> list[tuple[int, int, Span | None]]:
    """Consecutive strips sharing a free band (the widest one left), greedily from the top; a
    `blocked` strip shares none."""

    def free(k: int) -> list[Span]:
        return [] if k in blocked else _free(strips[k].spans, lo, hi, least)

    out: list[tuple[int, int, Span | None]] = []
    i = 0
    while i < len(strips):
        band = free(i)
        j = i + 1
        while band and j < len(strips):
            narrower = _meet(band, free(j), least)
            if not narrower:
                break
            band, j = narrower, j + 1
        out.append((i, j, max(band, key=lambda s: s[1] - s[0]) if band else None))
        i = j
    return out


@dataclass(frozen=True, slots=True)
class _Gutter:
    """A run's free band, how near a column's line comes to it (`tol`), and the vertical rules just
    left and just right of it (a ruled table's sides running along the gutter)."""

    band: Span
    tol: float
    edges: tuple[list[Rule], list[Rule]]

    @staticmethod
    def of(strips: list[_Strip], band: Span, vrules: list[Rule]) -> _Gutter:
        heights = sorted(b.h for s in strips for b in s.boxes)
        tol = _ANCHOR * heights[len(heights) // 2] if heights else 0.0
        edges = (
            [r for r in vrules if band[0] - tol <= r.pos <= band[0] + 0.5],
            [r for r in vrules if band[1] - 0.5 <= r.pos <= band[1] + tol],
        )
        return _Gutter(band, tol, edges)

    def reach(self, strip: _Strip) -> tuple[bool | None, bool | None]:
        """Whether the strip's left side comes up to the gutter and its right side starts at it (None:
        nothing on that side). A column's line fills it to the gutter, or starts at the gutter, or
        stands in a ruled table whose side runs along it; a table's label column, or a row of a table
        set across the page, does not: its label ends where it ends, its values stand far right."""
        band, tol = self.band, self.tol
        left = [x1 for x0, x1 in strip.spans if x1 <= band[0] + 0.5]
        right = [x0 for x0, x1 in strip.spans if x0 >= band[1] - 0.5]

        def ruled(rules: list[Rule]) -> bool:
            return any(r.a <= strip.y0 + tol and r.b >= strip.y1 - tol for r in rules)

        return (
            (band[0] - max(left) <= tol or ruled(self.edges[0])) if left else None,
            (min(right) - band[1] <= tol or ruled(self.edges[1])) if right else None,
        )

    def lined(self, strips: list[_Strip]) -> bool:
        """Most lines on each side come up to the gutter where both sides have one (below the shorter
        column the longer goes on alone, its headings short): two columns, not a label column beside
        a table's header and values."""
        sides = [self.reach(s) for s in strips]
        both = [r for r in sides if r[0] is not None and r[1] is not None]
        sides = both if len(both) >= 2 else sides
        for k in (0, 1):
            seen = [r[k] for r in sides if r[k] is not None]
            if sum(1 for r in seen if r) < _LINED * len(seen):
                return False
        return True

    def across(self, strips: list[_Strip]) -> list[int]:
        """The strips that are rows of a table across the page: two or more strips with words on both
        sides, neither reaching the gutter, and no column's line between them (a heading beside a
        table row, a short line beside a row with an empty first cell, happen once, not row after
        row)."""
        out: list[int] = []
        streak: list[int] = []
        for k, strip in enumerate(strips):
            left, right = self.reach(strip)
            if left is None or right is None:
                continue
            if not (left or right):
                streak.append(k)
                continue
            out += streak if len(streak) >= 2 else []  # a column's line: the streak ends
            streak = []
        return out + (streak if len(streak) >= 2 else [])


def _column_runs(
    strips: list[_Strip], lo: float, hi: float, least: float, vrules: list[Rule], x0: float, x1: float
) -> list[tuple[int, int, Span | None]]:
    """`_runs`, with the rows of a table across the page taken out of any run (and the runs found
    again without them): a table whose label–value gap lines up with the gutter of the columns
    above or below it does not join them."""
    blocked: set[int] = set()
    while True:
        runs = _runs(strips, lo, hi, least, blocked)
        across = set()
        for i, j, band in runs:
            if band is None or j - i < 2 or not _may_be_columns(strips[i:j], band):
                continue
            if _paired_tables(strips[i:j], band, x0, x1):
                continue  # two tables' rows side by side, not one table's across the page
            across.update(i + k for k in _Gutter.of(strips[i:j], band, vrules).across(strips[i:j]))
        if not across:
            return runs
        blocked |= across


def _split(
    page: Page, strips: list[_Strip], x0: float, x1: float, vrules: list[Rule], depth: int, gutters: list[Span]
) -> list[Page]:
    """The part of the page between x0 and x1 made of `strips`, as its reading parts in order.
    `gutters`: the column gutters found so far (this page and the pages before), added to: a page
    of a periodical keeps its columns, so a short region (the report's last lines, a table's last
    rows beside the text after it) there needs fewer lines."""
    boxes = [b for s in strips for b in s.boxes if x0 <= b.cx < x1] if depth else [b for s in strips for b in s.boxes]
    if depth > _DEPTH or len(boxes) < 2 * _WORDED_LINES_KNOWN:
        return [_part(page, strips, x0, x1, vrules)]
    left_edge = min(b.x0 for b in boxes)
    width = max(b.x1 for b in boxes) - left_edge
    lo, hi = left_edge + _MIDDLE[0] * width, left_edge + _MIDDLE[1] * width
    least = _GUTTER * (page.width if depth == 0 else width)
    mine = [
        _Strip(
            s.y0,
            s.y1,
            [sp for sp in s.spans if sp[1] > x0 and sp[0] < x1],
            s.boxes,
            s.rules,
            [w for w in s.words if w[1] > x0 and w[0] < x1],
        )
        for s in strips
    ]
    out: list[Page] = []
    plain: list[_Strip] = []  # strips read as they stand, waiting for the next column region
    for i, j, band in _column_runs(mine, lo, hi, least, vrules, x0, x1):
        region = strips[i:j]
        if band is not None and _may_be_columns(mine[i:j], band):
            gx = (band[0] + band[1]) / 2
            inside = [b for s in region for b in s.boxes if x0 <= b.cx < x1]
            left = [b for b in inside if b.cx < gx]
            right = [b for b in inside if b.cx >= gx]
            known = any(band[0] <= (g0 + g1) / 2 <= band[1] for g0, g1 in gutters)
            lines = _WORDED_LINES_KNOWN if known else _WORDED_LINES
            texts = (
                _reads_as_text(left, lines)
                and _reads_as_text(right, lines)
                and not _repeated_across(region, gx)
                and not _values_across(region, band, x0, x1)
            )
            if (texts and _Gutter.of(mine[i:j], band, vrules).lined(mine[i:j])) or _paired_tables(
                mine[i:j], band, x0, x1
            ):
                if not known:
                    gutters.append(band)
                if plain:
                    out.append(_part(page, plain, x0, x1, vrules))
                    plain = []
                out += _split(page, region, x0, band[0], vrules, depth + 1, gutters)
                out += _split(page, region, band[1], x1, vrules, depth + 1, gutters)
                continue
        plain += region
    if plain:
        out.append(_part(page, plain, x0, x1, vrules))
    return out


def reading_parts(page: Page, gutters: list[Span] | None = None) -> list[Page]:
    """The page as the parts read one after the other: itself when it has no text columns.
    `gutters`: kept by the caller from page to page (see `_split`)."""
    if len(page.boxes) < 4 * _WORDED_LINES_KNOWN:
        return [page]
    strips = _strips(page.boxes, page.hrules)
    parts = _split(page, strips, 0.0, float(page.width), page.vrules, 0, [] if gutters is None else gutters)
    return [page] if len(parts) == 1 else parts
