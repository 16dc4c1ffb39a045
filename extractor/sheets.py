"""Two report pages printed side by side on one landscape sheet (2-up: an A5 booklet imposed on A4)
are two pages: read the left one, then the right one.

Laid out as one page, a line of the left page and a row of the right page at the same height were
one line, and the two pages' ruled tables made one grid — the right page's rows were lost. A sheet
is cut where an empty gutter runs down its whole height near the middle: no word and no
horizontal rule crosses it, and both sides carry text — lines of words, not only numbers. A ruled
table or a title across the sheet crosses it, so a landscape table page stays one page; the gap
between two value columns of a borderless table (table 四's row alone on a page) has only numbers
on one side; a portrait page is never cut."""

from __future__ import annotations

import re
from dataclasses import replace

from .ocr import Page, Rule

_LANDSCAPE = 1.2  # width over height
_MIDDLE = (0.3, 0.7)  # the gutter is looked for in this part of the width
_GUTTER = 0.03  # of the width: the narrowest empty band that is a gutter (a column gap is narrower)
_SIDE = 0.15  # of the words: the least either side carries
_WORDED_LINES = 3  # lines holding a word of CJK text each side must have (a page, not a value column)


def _gutter(page: Page) -> float | None:
    """The x of the middle of the widest empty band down the middle of the sheet, if wide enough."""
    lo, hi = page.width * _MIDDLE[0], page.width * _MIDDLE[1]
    spans = [(b.x0, b.x1) for b in page.boxes if b.x1 > lo and b.x0 < hi]
    spans += [(r.a, r.b) for r in page.hrules if r.b > lo and r.a < hi]
    spans.sort()
    best, at = 0.0, None
    edge = lo
    for x0, x1 in spans + [(hi, hi)]:
        if x0 - edge > best:
            best, at = x0 - edge, (edge + x0) / 2
        edge = max(edge, x1)
    return at if best >= _GUTTER * page.width else None


def _worded(text: str) -> bool:
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff") >= 2


def _half(page: Page, x0: float, x1: float) -> Page:
    """The part of the sheet between x0 and x1, shifted to start at 0."""

    def rule(r: Rule, along: bool) -> Rule:
        return Rule(r.pos, r.a - x0, r.b - x0) if along else Rule(r.pos - x0, r.a, r.b)

    boxes = [replace(b, x0=b.x0 - x0, x1=b.x1 - x0) for b in page.boxes if x0 <= b.cx < x1]
    hr = [rule(r, True) for r in page.hrules if x0 <= (r.a + r.b) / 2 < x1]
    vr = [rule(r, False) for r in page.vrules if x0 <= r.pos < x1]
    return Page(int(x1 - x0), page.height, boxes, hr, vr, page.skew)


def split_sheet(page: Page) -> list[Page]:
    """A 2-up sheet as its two pages, left first; any other page as it is."""
    if page.width < _LANDSCAPE * page.height or len(page.boxes) < 20:
        return [page]
    at = _gutter(page)
    if at is None:
        return [page]
    left = sum(1 for b in page.boxes if b.cx < at)
    if min(left, len(page.boxes) - left) < _SIDE * len(page.boxes):
        return [page]
    for side in (True, False):
        lines = {round(b.cy / 4) for b in page.boxes if (b.cx < at) == side and _worded(b.text)}
        if len(lines) < _WORDED_LINES:
            return [page]
    if _row_across(page, at):
        return [page]
    return [_half(page, 0.0, at), _half(page, at, float(page.width))]


_NUMBER = re.compile(r"[\d０-９〇零一二两三四五六七八九十百千万,.，%]+")


def _row_across(page: Page, at: float) -> bool:
    """A borderless table's row runs across the gap: the numbers nearest it on either side stand as far
    apart as that row's other neighbouring numbers (one pitch) — a wide table's value columns (a turned
    table 三 whose page ends in it: its last rows of 「0」s leave a column gap as wide as a gutter), not
    two pages side by side, where the gap is the margins and the right page's line starts with words."""
    rows: dict[int, list] = {}
    for b in page.boxes:
        rows.setdefault(round(b.cy / 2), []).append(b)
    for row in rows.values():
        nums = sorted((b for b in row if _NUMBER.fullmatch(b.text)), key=lambda b: b.x0)
        if len(nums) < 4 or not any(b.cx < at for b in nums) or not any(b.cx >= at for b in nums):
            continue
        k = next(i for i, b in enumerate(nums) if b.cx >= at)
        if not all(b.text and _NUMBER.fullmatch(b.text) for b in row if nums[k - 1].x1 <= b.x0 < nums[k].x0):
            continue
        steps = [b.x0 - a.x0 for a, b in zip(nums, nums[1:])]
        pitch = sorted(steps)[len(steps) // 2]
        if pitch > 0 and abs(steps[k - 1] - pitch) <= 0.2 * pitch:
            return True
    return False
