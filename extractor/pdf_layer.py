"""A PDF page's text layer through PDFium (pypdfium2): characters grouped into words with their
boxes, and the ruling lines of its tables from the page's path objects — the same `Page` an OCR'd
scan becomes, so one layout (extractor/ocr_layout.py) reads both: grid cells where rules are,
lines and regular pitch where they are not.

Characters come from one call for the page's text and one box query a character (ctypes); a word
ends at a space, a jump back or down (a new line), or a gap wider than 0.6 of the font height.
Rules are stroked paths thin in one direction, or the axis-aligned segments of a stroked path
(a rectangle drawn with `re`, a grid drawn as one path), in page points, y from the top.

A page is read in the frame its text runs in, not the one it is shown in: a table drawn turned 90°
in the content stream (every glyph bottom-to-top), or a landscape page stored portrait with
/Rotate, has its character boxes and rules turned back so its rows run across again. The quarter
turn comes from the text objects' matrices (one look per object, so an upright page costs nothing
more); only a page with some turned or slanted text asks PDFium each character's angle. Text of
another quarter turn than the page's main text is read as a page of its own after it; glyphs
slanted far off every axis (a diagonal watermark over the tables, a seal's arc) are no text of the
report and are dropped — joined to table rows they were read as digits of the cells.

A character of a font the PDF does not embed has the box the PDF itself gives it (`_PdfMetrics`):
from its origin along its advance (the font's /Widths or /W), over the ideographic em box. PDFium's
glyph box for such a font is the outline of the font it substituted — once whatever the machine had
(WenQuanYi, Noto, none …), now our one em-box glyph (extractor/pdfium_fonts.py), a whole em wide
whatever the character's advance."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable

from .ocr import Box, Page, Rule
from .pdf_overprint import drop_doubled, free_ends, pale_text_objects, skipper, strike_lines, striker

_THIN = 2.5  # points: a path this thin in one direction is a rule
_MIN_RULE = 5.0
_MIN_STRIKE = 1.5  # points: a shorter horizontal stroke strikes no digit through
_AXIS = math.radians(10)  # text within this of an axis runs along it (a skewed scan's OCR layer too)
# text of another quarter turn than the page's main text is a page of its own from this many characters
# and this share of the page's; fewer (a header label turned up a narrow column, a margin note) are
# read in the main frame where they stand
_OWN_PAGE = 10
_OWN_SHARE = 0.2
# a character of a font the PDF does not embed spans the ideographic em box: this far below and above
# its baseline, in ems (where the glyphs of CJK fonts stand; Latin capitals and descenders nearly fill it)
_EM_BOTTOM = -0.12
_EM_TOP = 0.88

# a quarter turn k (text running k × 90° counter-clockwise, y up) → a point (x, y from the top) of
# the page (w × h) in the frame where that text reads left to right, and the frame's size
_POINT: dict[int, Callable[[float, float, float, float], tuple[float, float]]] = {
    1: lambda x, y, w, h: (h - y, x),
    2: lambda x, y, w, h: (w - x, h - y),
    3: lambda x, y, w, h: (y, w - x),
}


Matrix = tuple[float, float, float, float, float, float]  # (a, b, c, d, e, f) as PDF writes them


def then(m: Matrix, outer: Matrix | None) -> Matrix:
    """m, then outer (a Form XObject's placement) — or m alone at the page's top level."""
    if outer is None:
        return m
    a1, b1, c1, d1, e1, f1 = m
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a1 * a2 + b1 * c2,
        a1 * b2 + b1 * d2,
        c1 * a2 + d1 * c2,
        c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2,
        e1 * b2 + f1 * d2 + f2,
    )


def _matrix(raw, obj) -> Matrix | None:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return None
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _segments(obj, raw, h: float, outer: Matrix | None) -> list[tuple[str, Rule]]:
    """Axis-aligned line segments of a stroked path, transformed to page space."""
    own = _matrix(raw, obj)
    if own is None:
        return []
    m = raw.FS_MATRIX(*then(own, outer))
    n = raw.FPDFPath_CountSegments(obj)
    x, y = ctypes.c_float(), ctypes.c_float()
    pts: list[tuple[float, float, int, bool]] = []
    for i in range(n):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y))
        px = m.a * x.value + m.c * y.value + m.e
        py = m.b * x.value + m.d * y.value + m.f
        pts.append((px, h - py, raw.FPDFPathSegment_GetType(seg), bool(raw.FPDFPathSegment_GetClose(seg))))
    out: list[tuple[str, Rule]] = []
    start = None
    prev = None
    for px, py, kind, close in pts:
        if kind == raw.FPDF_SEGMENT_MOVETO:
            start = prev = (px, py)
            continue
        if prev is not None and kind == raw.FPDF_SEGMENT_LINETO:
            out += _edge(prev, (px, py))
        prev = (px, py)
        if close and start is not None:
            out += _edge(prev, start)
    return out


def _edge(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[str, Rule]]:
    (x0, y0), (x1, y1) = a, b
    if abs(y0 - y1) <= 0.5 and abs(x1 - x0) >= _MIN_RULE:
        return [("h", Rule((y0 + y1) / 2, min(x0, x1), max(x0, x1)))]
    if abs(x0 - x1) <= 0.5 and abs(y1 - y0) >= _MIN_RULE:
        return [("v", Rule((x0 + x1) / 2, min(y0, y1), max(y0, y1)))]
    return []


def _objects(raw, parent, count, get, outer: Matrix | None = None, depth: int = 0):
    """(type, object, matrix of the Form XObjects around it — None at the top level) of every page
    object, forms' contents included (four levels deep): raw handles, not pypdfium2's wrappers (a
    wrapper an object cost more than the rules pass). A form's objects are in the form's space."""
    form = raw.FPDF_PAGEOBJ_FORM
    kind_of = raw.FPDFPageObj_GetType
    for i in range(count(parent)):
        obj = get(parent, i)
        kind = kind_of(obj)
        if kind == form and depth < 3:
            placed = _matrix(raw, obj)
            inner = outer if placed is None else then(placed, outer)
            yield from _objects(raw, obj, raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, inner, depth + 1)
        else:
            yield kind, obj, outer


def _box_in(outer: Matrix, left: float, bottom: float, right: float, top: float) -> tuple[float, ...]:
    """A box in a form's space → the box around it on the page."""
    a, b, c, d, e, f = outer
    xs = [a * x + c * y + e for x in (left, right) for y in (bottom, top)]
    ys = [b * x + d * y + f for x in (left, right) for y in (bottom, top)]
    return min(xs), min(ys), max(xs), max(ys)


def _rules(page, raw, h: float) -> tuple[list[Rule], list[Rule], bool, bool, list[Rule]]:
    """The page's rules, whether any text object is turned or slanted (its matrix), whether any is
    set in a font the PDF does not embed, and the horizontal strokes too short to be rules (a strike
    line through one digit: extractor/pdf_overprint.py)."""
    hr: list[Rule] = []
    short: list[Rule] = []
    vr: list[Rule] = []
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    turned = plain = False
    text_type, path_type = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH
    lb, bb, rb, tb = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    bounds = (ctypes.byref(lb), ctypes.byref(bb), ctypes.byref(rb), ctypes.byref(tb))
    get_bounds = raw.FPDFPageObj_GetBounds
    get_matrix, tm = raw.FPDFPageObj_GetMatrix, raw.FS_MATRIX()
    tm_ref = ctypes.byref(tm)
    for kind, obj, outer in _objects(raw, page.raw, raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject):
        if kind == text_type:
            if not plain:
                plain = raw.FPDFFont_GetIsEmbedded(raw.FPDFTextObj_GetFont(obj)) == 0
            if not turned and get_matrix(obj, tm_ref):  # (one matrix for every object: a look costs less)
                a, b = tm.a, tm.b
                if outer is not None:
                    a, b = then((a, b, tm.c, tm.d, tm.e, tm.f), outer)[:2]
                turned = abs(math.atan2(b, a)) > _AXIS
            continue
        if kind != path_type or not get_bounds(obj, *bounds):
            continue
        left, bottom, right, top = lb.value, bb.value, rb.value, tb.value
        if outer is not None:
            left, bottom, right, top = _box_in(outer, left, bottom, right, top)
        w, ht = right - left, top - bottom
        if ht <= _THIN and w >= _MIN_RULE:
            hr.append(Rule(h - (top + bottom) / 2, left, right))
            continue
        if w <= _THIN and ht >= _MIN_RULE:
            vr.append(Rule((left + right) / 2, h - top, h - bottom))
            continue
        if ht <= _THIN and w >= _MIN_STRIKE:
            short.append(Rule(h - (top + bottom) / 2, left, right))
            continue
        raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
        if stroke.value:  # a drawn rectangle or a grid in one path: its edges
            for kind, rule in _segments(obj, raw, h, outer):
                (hr if kind == "h" else vr).append(rule)
    by_pos = sorted(hr, key=lambda r: r.pos), sorted(vr, key=lambda r: r.pos)
    return *by_pos, turned, plain, sorted(short, key=lambda r: r.pos)


class _PdfMetrics:
    """Character boxes from the PDF's own metrics for the fonts it does not embed: the origin PDFium
    places the character at (the text matrix and the widths of the characters before it), the
    character's advance from the font's /Widths or /W, and the ideographic em box from 0.12 em below
    the baseline to 0.88 em above it — none of them from a system font. (Not the font descriptor's
    /Ascent and /Descent: often absent — PDFium then asks the substituted font — and often loose:
    reportlab's STSong-Light says 752/−271, a box sunk a quarter em, which joined a margin balloon
    printed a few points under a table row to the row.) Characters of embedded fonts (and Type 3)
    keep PDFium's glyph box: their outlines are in the file.

    Cheap per character and per object (a table cell is often an object of two or three characters):
    objects and fonts travel as plain addresses (`_Calls`), what an object needs (its font's widths,
    size, matrix) is looked up once and kept while its characters run, a font's embedding and a
    character's width once per font."""

    def __init__(self, textpage, raw) -> None:
        self.raw = raw
        self.calls = _Calls.of(raw)
        self.tp = textpage.raw
        self.tp_address = ctypes.cast(self.tp, ctypes.c_void_p).value
        self.objects: dict[int | None, tuple | None] = {}
        self.fonts: dict[int, dict[str, float] | None] = {}  # font address → its widths (None: embedded)
        self.last: int | None = -1
        self.info: tuple | None = None
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.refs = (ctypes.byref(self.x), ctypes.byref(self.y))
        self.width, self.size, self.m = ctypes.c_float(), ctypes.c_float(), raw.FS_MATRIX()
        self.width_ref, self.size_ref, self.m_ref = (ctypes.byref(v) for v in (self.width, self.size, self.m))

    def _object(self, i: int, address: int | None) -> tuple | None:
        """(font address, its widths in ems by character, font size in points, a, b, c, d: the text
        matrix) of a non-embedded font's text object; None for an embedded one (or none)."""
        calls = self.calls
        font = calls.font(address) if address else None
        if not font:
            return None
        if font not in self.fonts:
            self.fonts[font] = {} if calls.embedded(font) == 0 else None
        widths = self.fonts[font]
        if widths is None or not calls.size(address, self.size_ref):
            return None
        if not self.raw.FPDFText_GetMatrix(self.tp, i, self.m_ref):
            return None
        m = self.m
        return font, widths, self.size.value, m.a, m.b, m.c, m.d

    def box(self, i: int, ch: str) -> tuple[float, float, float, float] | None:
        """(left, right, bottom, top) of character i from the PDF's metrics, y up; None when its
        font is embedded (the glyph box is the file's then)."""
        address = self.calls.object_of(self.tp_address, i)
        if address != self.last:  # a new run of characters: its object's font, size and matrix
            self.last = address
            info = self.objects.get(address)
            if info is None and address not in self.objects:
                info = self.objects[address] = self._object(i, address)
            self.info = info
        info = self.info
        if info is None:
            return None
        font, widths, size, a, b, c, d = info
        em = widths.get(ch)
        if em is None:  # the advance in ems (PDFium reads /W or /Widths; a whole em when it has none)
            ok = self.calls.glyph_width(font, ord(ch), 1.0, self.width_ref)
            em = widths[ch] = self.width.value if ok else 1.0
        if em < 0:  # a vertical-writing font (its advance runs down): PDFium's box, as before
            return None
        self.raw.FPDFText_GetCharOrigin(self.tp, i, *self.refs)
        ox, oy = self.x.value, self.y.value
        w, lo, hi = em * size, _EM_BOTTOM * size, _EM_TOP * size
        if b == 0 and c == 0 and a > 0 and d > 0:  # upright (most text): the corners below, fewer steps
            return ox, ox + a * w, oy + d * lo, oy + d * hi
        xs = (ox + c * lo, ox + c * hi, ox + a * w + c * lo, ox + a * w + c * hi)
        ys = (oy + d * lo, oy + d * hi, oy + b * w + d * lo, oy + b * w + d * hi)
        return min(xs), max(xs), min(ys), max(ys)


class _Calls:
    """PDFium's functions that `_PdfMetrics` calls a character or an object, declared again over the
    same entry points with plain addresses for objects and fonts: pypdfium2's declarations return
    typed pointers, which cost an object each and a cast to be compared or kept as a key."""

    _made: list[_Calls] = []

    def __init__(self, raw) -> None:
        vp, i32, f32, u32 = ctypes.c_void_p, ctypes.c_int, ctypes.c_float, ctypes.c_uint
        pf = ctypes.POINTER(ctypes.c_float)

        def own(name: str, restype, *argtypes):
            address = ctypes.cast(getattr(raw, name), vp).value or 0
            return ctypes.CFUNCTYPE(restype, *argtypes)(address)

        self.object_of = own("FPDFText_GetTextObject", vp, vp, i32)  # (text page, index) → object
        self.font = own("FPDFTextObj_GetFont", vp, vp)  # object → font
        self.embedded = own("FPDFFont_GetIsEmbedded", i32, vp)
        self.size = own("FPDFTextObj_GetFontSize", i32, vp, pf)
        self.glyph_width = own("FPDFFont_GetGlyphWidth", i32, vp, u32, f32, pf)

    @classmethod
    def of(cls, raw) -> _Calls:
        if not cls._made:
            cls._made.append(cls(raw))
        return cls._made[0]


def _turn_rules(hr: list[Rule], vr: list[Rule], k: int, w: float, h: float) -> tuple[list[Rule], list[Rule]]:
    """The page's rules in the frame of quarter turn k."""
    point = _POINT[k]
    out_h: list[Rule] = []
    out_v: list[Rule] = []
    ends = [((r.a, r.pos), (r.b, r.pos)) for r in hr] + [((r.pos, r.a), (r.pos, r.b)) for r in vr]
    for a, b in ends:
        (x0, y0), (x1, y1) = point(*a, w, h), point(*b, w, h)
        if abs(y0 - y1) < 0.5:
            out_h.append(Rule(y0, min(x0, x1), max(x0, x1)))
        else:
            out_v.append(Rule(x0, min(y0, y1), max(y0, y1)))
    return sorted(out_h, key=lambda r: r.pos), sorted(out_v, key=lambda r: r.pos)


def _text(textpage, raw) -> str:
    """The page's characters, one a character index."""
    n = raw.FPDFText_CountChars(textpage.raw)
    if n <= 0:
        return ""
    text = textpage.get_text_range(0, n)
    if len(text) != n:  # characters beyond the BMP: ask one at a time
        text = "".join(chr(raw.FPDFText_GetUnicode(textpage.raw, i)) for i in range(n))
    return text


def _quarter_turns(textpage, raw, text: str) -> list[int]:
    """Each character's quarter turn (0–3, counter-clockwise), -1 for a glyph slanted off every axis.
    PDFium gives the angle clockwise, in radians (-1: none known)."""
    angle = raw.FPDFText_GetCharAngle
    tp = textpage.raw
    out = []
    for i, ch in enumerate(text):
        a = 0.0 if ch.isspace() else angle(tp, i)
        q = round(a / (math.pi / 2))
        out.append(0 if a < 0 else (-q) % 4 if abs(a - q * math.pi / 2) <= _AXIS else -1)
    return out


def _words(
    textpage,
    raw,
    h: float,
    text: str,
    turn: Callable | None = None,
    metrics: _PdfMetrics | None = None,
    skip: Callable | None = None,
) -> list[Box]:
    """`turn(i, left, right, bottom, top)`: the character's box in the frame read (y up), None to
    leave the character out; not given, the page is read as it stands. `metrics`: the page sets
    some text in fonts it does not embed, whose boxes come from the PDF's metrics. `skip(i, left,
    right, bottom, top)`: the character is no text of the report there (a strike line crosses it, a
    watermark's: extractor/pdf_overprint.py), left out."""
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    get_box = raw.FPDFText_GetCharBox
    tp = textpage.raw
    out: list[Box] = []
    cur: list[str] = []
    x0 = y0 = x1 = y1 = 0.0
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "\ufffe":
            if cur:
                out.append(Box("".join(cur), 1.0, x0, h - y1, x1, h - y0))
                cur = []
            continue
        own = metrics.box(i, ch) if metrics is not None else None
        if own is None:
            get_box(tp, i, *refs)
            lf, r, b, t = left.value, right.value, bottom.value, top.value
        else:
            lf, r, b, t = own
        if turn is not None:
            q = turn(i, lf, r, b, t)
            if q is None:
                continue
            lf, r, b, t = q
        if skip is not None and skip(i, lf, r, b, t):
            continue
        if cur and _raised_mark(cur[-1], x1, y0, y1, ch, lf, b, t):
            continue
        if cur:
            size = max(y1 - y0, t - b, 1.0)
            if (
                lf < x0 - 0.1 * size
                or b > y1 - 0.3 * size
                or t < y0 + 0.3 * size
                or lf - x1 > 0.6 * size
                or (cur[-1] in _NOTE_CLOSE and ch in _CELL_START and _note_closed(cur))
            ):
                out.append(Box("".join(cur), 1.0, x0, h - y1, x1, h - y0))
                cur = []
        if not cur:
            x0, y0, x1, y1 = lf, b, r, t
        else:
            x1 = max(x1, r)
            y0, y1 = min(y0, b), max(y1, t)
        cur.append(ch)
    if cur:
        out.append(Box("".join(cur), 1.0, x0, h - y1, x1, h - y0))
    return _drop_raised_marks(drop_doubled(out))


def _unstruck_words(
    textpage, raw, h: float, text: str, hr: list[Rule], pale: set[int], turn=None, metrics=None
) -> list[Box]:
    """The page's words (`_words`) without the characters of its pale text objects (`pale`: a
    watermark, a stamp) and, read again when a rule strikes some word through, those a strike line
    crosses (extractor/pdf_overprint.py; rare, so one pass costs nothing more)."""
    tp = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    object_of = _Calls.of(raw).object_of

    def owner(i: int) -> int | None:
        return object_of(tp, i)

    words = _words(textpage, raw, h, text, turn, metrics, skipper(pale, owner, None))
    strikes = strike_lines(hr, [(w.x0, w.y0, w.x1, w.y1) for w in words])
    if not strikes:
        return words
    return _words(textpage, raw, h, text, turn, metrics, skipper(pale, owner, striker(strikes, h)))


# A note's closing bracket then a figure or a mark with no gap (「1（已结案）948」「2（含转办9件）—」): a cell's note
# run into the next cell (a renderer that does not wrap); the word ends at the bracket — nothing of one cell
# follows its note (ocr_layout._segments then keeps the two cells apart).
_NOTE_CLOSE = frozenset("）)")
_CELL_START = frozenset("0123456789０１２３４５６７８９—/／")


def _note_closed(word: list[str]) -> bool:
    """Whether the word ends on a note in brackets (「（已结案）」「（含转办9件）」: words in it), not a bracketed
    year or ordinal (「闽政办（2021）12号」「（1）2021年」: digits only), which prose runs on from."""
    s = "".join(word)
    i = max(s.rfind("（"), s.rfind("("))
    return i >= 0 and any("\u4e00" <= c <= "\u9fff" for c in s[i + 1 : -1])


_FIGURE_END = frozenset(
    "0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万"
)  # a figure's last glyph, however typed


def _raised_mark(
    last: str, x1: float, foot: float, head: float, mark: str, lf: float, m_foot: float, m_head: float
) -> bool:
    """A footnote mark drawn as a small raised digit right after a figure (「30」 then a 4.5-pt 「1」 3 pt
    above the line; 「３０」「三十」 typed in full-width digits or numerals alike): the mark's glyphs are
    clearly smaller than the figure's and their foot well above the figure's foot, yet below its head. It is not a digit of the figure — joined to it, 30 read 301
    and the report's sums broke as if the report were wrong. Digits of one figure share a baseline and
    a size, so the test never fires on them; a mark away from the figure (a gap) is not one. The
    figure's box (right edge, foot, head) and the mark's (left edge, foot, head), y up."""
    height = head - foot
    if height <= 0 or last not in _FIGURE_END or not mark.isascii() or not mark.isdigit() or len(mark) > 2:
        return False
    return (
        m_head - m_foot <= 0.75 * height
        and 0.25 * height <= m_foot - foot < 0.9 * height
        and -0.1 * height <= lf - x1 <= 0.6 * height
    )


def _drop_raised_marks(words: list[Box]) -> list[Box]:
    """Words that are footnote marks raised after a figure (`_raised_mark`) left out: PDFium puts a
    glyph on another baseline into a text line of its own, so the mark comes as a word of its own that
    the layout would join to the figure's cell. Only short digit words are looked at (few)."""
    digits = [w for w in words if len(w.text) <= 2 and w.text.isascii() and w.text.isdigit()]
    tallest = max((w.y1 - w.y0 for w in digits), default=0.0)
    small = [w for w in digits if w.y1 - w.y0 <= 0.75 * tallest]  # (a page of one size has none)
    if not small:
        return words
    drop = set()
    for m in small:
        for w in words:
            if w is not m and (
                _raised_mark(w.text[-1], w.x1, -w.y1, -w.y0, m.text, m.x0, -m.y1, -m.y0) or _wrapped_mark(w, m)
            ):
                drop.add(id(m))
                break
    return [w for w in words if id(w) not in drop] if drop else words


def _wrapped_mark(w: Box, m: Box) -> bool:
    """A small mark (`m`) wrapped under its figure (`w`): a cell too narrow for 「４８４¹」 breaks the line
    before the mark, which then stands alone at the cell's left, just under the figure's foot. Joined
    to the cell's text it would be a last digit (4841)."""
    height = w.y1 - w.y0
    return (
        w.text[-1] in _FIGURE_END
        and m.y1 - m.y0 <= 0.75 * height
        and 0 <= m.y0 - w.y1 <= 0.75 * height
        and w.x0 - height <= m.x0 <= w.x0 + 0.5 * height
    )


def _turner(kinds: list[int], k: int, rare: set[int], w: float, h: float) -> Callable:
    """The box of a character read in the frame of quarter turn k (y up); None for a character of
    another turn (but those in `rare`: too few to be a page of its own, read in the main frame) or a
    slanted glyph. `w`, `h`: the page as stored (user space)."""

    def turn(i: int, lf: float, r: float, b: float, t: float):
        kind = kinds[i]
        if kind != k and kind not in rare:
            return None
        if k == 0:
            return lf, r, b, t
        if k == 1:
            return b, t, w - r, w - lf
        if k == 3:
            return h - t, h - b, lf, r
        return w - r, w - lf, h - t, h - b

    return turn


def read_layer(page) -> list[Page]:
    """One pypdfium2 page's words and rules, in points, y from the top: one `Page` a quarter turn
    its text runs in, the main one first (upright text before turned text)."""
    import pypdfium2.raw as raw

    w, h = page.get_size()
    if page.get_rotation() in (90, 270):  # the size as shown; characters and paths are as stored
        w, h = h, w
    hr, vr, turned, plain, short = _rules(page, raw, h)
    # (strike lines among them: short strokes, and the rules whose ends meet no vertical rule)
    lines = sorted(free_ends(hr, vr) + short, key=lambda r: r.pos)
    pale = pale_text_objects(page, raw)
    textpage = page.get_textpage()
    try:
        text = _text(textpage, raw)
        metrics = _PdfMetrics(textpage, raw) if plain else None
        if not turned:
            return [
                Page(int(w), int(h), _unstruck_words(textpage, raw, h, text, lines, pale, metrics=metrics), hr, vr, 0.0)
            ]
        kinds = _quarter_turns(textpage, raw, text)
        counts = [sum(1 for c, ch in zip(kinds, text) if c == k and not ch.isspace()) for k in range(4)]
        main = max(range(4), key=lambda k: counts[k])
        least = max(_OWN_PAGE, _OWN_SHARE * sum(counts))
        own = [k for k in (0, 1, 3, 2) if k == main or counts[k] >= least]
        rare = {k for k in range(4) if k not in own}
        pages = []
        for k in own:
            fw, fh = (h, w) if k % 2 else (w, h)
            turn = _turner(kinds, k, rare if k == main else set(), w, h)
            words = (
                _unstruck_words(textpage, raw, fh, text, lines, pale, turn, metrics)
                if k == 0
                else _words(textpage, raw, fh, text, turn, metrics)
            )
            khr, kvr = (hr, vr) if k == 0 else _turn_rules(hr, vr, k, w, h)
            pages.append(Page(int(fw), int(fh), words, khr, kvr, 0.0))
        return pages
    finally:
        textpage.close()


# PDFium's load errors (FPDF_GetLastError) in words: its own text (「Failed to load document (PDFium:
# Data format error).」) reached the user in English
PDFIUM_WHY = {
    2: "PDF 无法打开（文件打不开或不是 PDF）",
    3: "PDF 无法打开（文件损坏或不完整，可能没有下载完整）",
    4: "PDF 已加密，需要密码才能打开：请提交未加密的文件",
    5: "PDF 使用了不支持的加密方式：请提交未加密的文件",
}


def pdf_unopened(exc: Exception):
    """A PDFium load failure (its PdfiumError) as an ExtractError said in Chinese, by its error code;
    PDFium's own English text is never shown."""
    from .schema import ExtractError

    code = getattr(exc, "err_code", None)
    why = PDFIUM_WHY.get(code) if isinstance(code, int) else None
    return ExtractError(why or "PDF 无法打开（文件损坏或加密）", "bad_pdf")


def load_pdf_layer(data: bytes):
    """A PDF's text layer as a Document, laid out like an OCR'd scan (pages in order; a table
    continued on the next page continues the token stream). None when the PDF has no characters."""
    from .budgets import current as budgets, over
    from .ocr_layout import build_document
    from .pdfium_fonts import pdfium as served
    from .sheets import split_sheet

    pdfium = served()
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise pdf_unopened(exc) from exc
    try:
        pages = []
        n_chars = 0
        limit = budgets().chars
        n_objects = 0  # what a page draws, each object a box or a rule to lay out: charged as tokens before
        max_objects = budgets().tokens  # reading (600,000 one-character objects in a 15 MB stream: minutes)
        for i in range(len(pdf)):
            try:
                page = pdf[i]
            except pdfium.PdfiumError:  # a damaged page: the others are still read
                pages.append(Page(595, 842, []))
                continue
            n_objects += pdfium.raw.FPDFPage_CountObjects(page.raw)
            if n_objects > max_objects:
                page.close()
                raise over("PDF 页面对象（文字、线条、图片）", n_objects, max_objects, " 个")
            layers = read_layer(page)
            page.close()  # its text and objects go now, not with the document
            n_chars += sum(len(b.text) for layer in layers for b in layer.boxes)
            if n_chars > limit:
                raise over("PDF 文字", n_chars, limit, " 字")
            pages += [half for layer in layers for half in split_sheet(layer)]
    finally:
        pdf.close()
    if not any(p.boxes for p in pages):
        return None
    return build_document(pages, "pdf", ocr=False)
