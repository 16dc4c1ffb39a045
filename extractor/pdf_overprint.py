"""Text a PDF draws that is not the report's text where it stands: a string drawn twice at one place,
figures struck through, and a light watermark or download stamp set over the tables. Both read as wrong figures, not as missing ones, so they are dropped
before the layout joins the words of a cell.

- **Doubled strings.** A PDF that draws every string again at the same place — a second, invisible
  text layer (text render mode 3, a searchable copy over the visible one), or a faux bold drawn twice
  a hair apart — gives PDFium's text page every word twice with one box. Joined into one cell 「8」
  read 88 and 「49」 4949. A word with the same text over the same box as an earlier one is that one.
- **Struck figures.** Word printed with 「所有标记」 shows a revision's old figure struck through
  before the new one (「15」 struck, then 「12」: the cell read 1512). A strike is a short horizontal rule
  through the middle of a text run, no longer than the run: a text object's box holds it, and it
  crosses the object's middle band (an underline runs below the glyphs, a table rule between rows,
  and a rule longer than the run it crosses is no strike). A character whose middle that rule crosses
  is not the cell's text.
"""

from __future__ import annotations

import bisect
import ctypes
from collections.abc import Callable

from .ocr import Box, Rule

# a strike line crosses the glyphs between these shares of their height (from the foot); an
# underline runs under the foot, an overline over the head
_BAND = (0.2, 0.8)
_ENDS = 0.5  # a strike line ends this share of the glyphs' height beyond the run's glyph boxes at most
_SAME = 0.15  # two boxes this share of the word's height apart are one place


_BUCKET = 8.0  # earlier words are looked up by text and by a band of this height around the word's foot


def drop_doubled(words: list[Box]) -> list[Box]:
    """Words with the text and the box of an earlier word left out (a string drawn twice at one place).
    (Looked up by text and height band: a table page prints 「0」 a hundred times, and comparing each with
    every earlier one cost a tenth of a PDF's reading.)"""
    seen: dict[tuple[str, int], list[Box]] = {}
    out: list[Box] = []
    for w in words:
        tol = _SAME * max(w.y1 - w.y0, 1.0)
        bands = range(int((w.y0 - tol) // _BUCKET), int((w.y0 + tol) // _BUCKET) + 1)
        if any(
            abs(o.x0 - w.x0) <= tol and abs(o.y0 - w.y0) <= tol and abs(o.x1 - w.x1) <= tol and abs(o.y1 - w.y1) <= tol
            for b in bands
            for o in seen.get((w.text, b), ())
        ):
            continue
        seen.setdefault((w.text, int(w.y0 // _BUCKET)), []).append(w)
        out.append(w)
    return out


def _in_band(pos: float, foot: float, head: float) -> bool:
    """Whether a line at `pos` crosses the middle band of glyphs from `foot` to `head` (one axis)."""
    lo, hi = min(foot, head), max(foot, head)
    return lo + _BAND[0] * (hi - lo) <= pos <= lo + _BAND[1] * (hi - lo)


def strike_lines(hrules: list[Rule], runs: list[tuple[float, float, float, float]]) -> list[Rule]:
    """The horizontal rules that strike a text run through: held by one run's box (x0, top, x1, bottom,
    y from the top, as the rules), within half the glyphs' height of its ends, through its middle band. `hrules`
    sorted by position."""
    out: list[Rule] = []
    positions = [r.pos for r in hrules]
    for x0, top, x1, bottom in runs:
        if bottom - top <= 0:
            continue
        i = bisect.bisect_left(positions, top)
        while i < len(hrules) and hrules[i].pos <= bottom:
            r = hrules[i]
            slack = _ENDS * (bottom - top)  # the line spans the glyphs' advances, their side bearings too
            if r.a >= x0 - slack and r.b <= x1 + slack and _in_band(r.pos, bottom, top):
                out.append(r)
            i += 1
    unique = {id(r): r for r in out}
    return sorted(unique.values(), key=lambda r: r.pos)


def free_ends(hrules: list[Rule], vrules: list[Rule], tol: float = 1.0) -> list[Rule]:
    """The horizontal rules neither of whose ends meets a vertical rule: a strike line stands free; a cell's
    border segment (one path a cell edge, as WPS draws) meets the cell's sides — a figure set tight over it
    (rows set tighter than the font) is no struck figure."""
    if not vrules:
        return hrules

    def meets(x: float, y: float) -> bool:
        return any(abs(v.pos - x) <= tol and v.a - tol <= y <= v.b + tol for v in vrules)

    return [r for r in hrules if not (meets(r.a, r.pos) or meets(r.b, r.pos))]


def striker(strikes: list[Rule], h: float) -> Callable[[float, float, float, float], bool] | None:
    """`struck(left, right, bottom, top)` (a character's box, y up on a page `h` high): a strike line
    crosses its middle. None when the page strikes nothing."""
    if not strikes:
        return None
    positions = [h - r.pos for r in strikes]  # y up, ascending as pos descends
    order = sorted(range(len(strikes)), key=lambda k: positions[k])
    ys = [positions[k] for k in order]
    lines = [strikes[k] for k in order]

    def struck(left: float, right: float, bottom: float, top: float) -> bool:
        mid = (left + right) / 2
        i = bisect.bisect_left(ys, bottom)
        while i < len(ys) and ys[i] <= top:
            r = lines[i]
            if r.a <= mid <= r.b and _in_band(ys[i], bottom, top):
                return True
            i += 1
        return False

    return struck


# A watermark or a portal's download stamp set over the tables in light grey (「内部资料」, 「…门户网站
# 下载时间：2025-02-14 10:37」 tiled over every page), upright: its glyphs stand in the table's cells and
# were read as the cells' text (「内部资料0」, a time's digits run into a row's figures). Text that light
# (luminance at least this share of white) and GREY is no printed figure; white itself is kept (a label on a
# dark heading fill), and so is a colour: a figure set in Word's orange, yellow or light blue (a revised or
# highlighted value) is as light, and a watermark or stamp is never coloured so.
_PALE = 0.7
_WHITE = 250
_GREY_SPREAD = 24  # at most this between the channels: grey, not a colour


def pale_text_objects(page, raw) -> set[int]:
    """The addresses of the page's text objects filled in a light grey (a watermark, a stamp)."""
    from .pdf_layer import _objects

    out: set[int] = set()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    refs = tuple(ctypes.byref(x) for x in (r, g, b, a))
    text_type, get_fill = raw.FPDF_PAGEOBJ_TEXT, raw.FPDFPageObj_GetFillColor
    for kind, obj, _ in _objects(raw, page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject):
        if kind != text_type or not get_fill(obj, *refs):
            continue
        rgb = (r.value, g.value, b.value)
        if (
            min(rgb) < _WHITE
            and max(rgb) - min(rgb) <= _GREY_SPREAD
            and 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] >= _PALE * 255
        ):
            out.add(ctypes.cast(obj, ctypes.c_void_p).value or 0)
    return out


def skipper(
    pale: set[int], object_of: Callable[[int], int | None], struck: Callable[[float, float, float, float], bool] | None
) -> Callable[[int, float, float, float, float], bool] | None:
    """`skip(i, left, right, bottom, top)`: character i is no text of the report where it stands — its
    object is pale (`pale_text_objects`; `object_of(i)` its address) or a strike line crosses it
    (`striker`). None when nothing is."""
    if not pale and struck is None:
        return None

    def skip(i: int, left: float, right: float, bottom: float, top: float) -> bool:
        if pale and object_of(i) in pale:
            return True
        return struck is not None and struck(left, right, bottom, top)

    return skip
