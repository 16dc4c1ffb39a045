"""HTML pages drawn as inline SVG (a document-preview service's 「在线预览」 of a .docx or .pdf: one
`<svg>` a page, every line or cell of text a `<text x y>` — or `<tspan>`s placed on their own — every
table rule a `<line>`, `<rect>` or `<path>`), read by geometry.

Such a page has no `<table>` and, read as a flow of elements, no text at all (an HTML reader skips
SVG). Its text is placed as a PDF's text layer is, so it becomes the same `Page`s of boxes and rules
(extractor/ocr.py) and goes through the one layout that reads a PDF page and pdftohtml's positioned
paragraphs (extractor/ocr_layout.py): rows and columns by position, a blank cell nothing at all.
A box: `x` where the text starts (moved by `text-anchor` middle/end), the baseline `y` a little below
its top, its width from its characters (a CJK character one em, others about half). `transform`s on
the text and its groups (matrix, translate, scale) are applied."""

from __future__ import annotations

import math
import re

from . import budgets
from .ocr import Box, Page, Rule
from .pdf_layer import Matrix, then
from .positioned_html import _em

_MIN_TEXTS = 20  # text elements in the SVG pages before a page is read as drawn pages
_MIN_RULE = 5.0  # (as extractor/pdf_layer.py: a shorter stroke is not a rule)
_NUM = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_FONT = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)(?:px|pt)?")
_ANCHOR = re.compile(r"text-anchor:\s*(start|middle|end)")
_TRANSFORM = re.compile(r"(matrix|translate|scale)\s*\(([^)]*)\)")
_PATH = re.compile(r"([MmLlHhVvZz])([^MmLlHhVvZzCcSsQqTtAa]*)")

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _nums(text: str | None) -> list[float]:
    return [float(x) for x in _NUM.findall(text or "")]


def _shift(text: str | None, size: float) -> float:
    """A `dy`: user units, or ems of the font size (「1.2em」)."""
    n = _nums(text)
    if not n:
        return 0.0
    return n[0] * size if (text or "").strip().endswith("em") else n[0]


def _positions(xs: list[float], raw: str, size: float) -> list[float]:
    """Each character's x: its own from the list, the rest after the one before."""
    out: list[float] = []
    for i in range(len(raw)):
        out.append(xs[i] if i < len(xs) else out[-1] + _em(raw[i - 1]) * size if out else xs[0])
    return out


def _ends(xs: list[float], raw: str, size: float) -> float:
    """Where a run's text ends (the next run without an x starts there)."""
    if not raw:
        return xs[0]
    return _positions(xs, raw, size)[-1] + _em(raw[-1]) * size


def _words(xs: list[float], raw: str, size: float) -> list[tuple[float, str]]:
    """A run placed character by character, as (x, text) words: a space, or a gap of more than 0.6
    em after a character, ends a word."""
    out: list[tuple[float, str]] = []
    end = None
    for x, ch in zip(_positions(xs, raw, size), raw):
        if ch.isspace():
            end = None
            continue
        if end is None or x - end > 0.6 * size or not out:
            out.append((x, ch))
        else:
            out[-1] = (out[-1][0], out[-1][1] + ch)
        end = x + _em(ch) * size
    return out


def _transform(el, outer: Matrix) -> Matrix:
    m = outer
    for kind, args in _TRANSFORM.findall(el.get("transform") or ""):
        n = _nums(args)
        if kind == "matrix" and len(n) == 6:
            m = then((n[0], n[1], n[2], n[3], n[4], n[5]), m)  # the element's own first, then what holds it
        elif kind == "translate" and n:
            m = then((1.0, 0.0, 0.0, 1.0, n[0], n[1] if len(n) > 1 else 0.0), m)
        elif kind == "scale" and n:
            m = then((n[0], 0.0, 0.0, n[1] if len(n) > 1 else n[0], 0.0, 0.0), m)
    return m


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _own(el, name: str, pattern: re.Pattern[str]) -> str | None:
    """A presentation attribute or its CSS form in `style`, on this element only."""
    m = pattern.search(el.get("style") or "")
    return m.group(1) if m else el.get(name)


class _Reader:
    """One SVG page's boxes and rules, in its user units (a page of A4 points as a converter writes it).
    `spent`: the pieces (texts, segments) read so far in the document's pages, against the tokens budget —
    a 10 MB `d` of two million segments took 37 s, no element budget sees inside an attribute."""

    def __init__(self, spent: list[int] | None = None) -> None:
        self.boxes: list[Box] = []
        self.hr: list[Rule] = []
        self.vr: list[Rule] = []
        self.spent = spent if spent is not None else [0]
        self.limit = budgets.current().tokens

    def spend(self, n: int) -> None:
        self.spent[0] += n
        if self.spent[0] > self.limit:
            raise budgets.over("SVG 图形的文字和线段", self.spent[0], self.limit, " 个")

    def walk(self, el, m: Matrix, size: float, anchor: str) -> None:
        for child in el:
            tag = _tag(child)
            if tag in ("defs", "clippath", "mask", "symbol", "title", "desc", "style", "script"):
                continue
            cm = _transform(child, m)
            fs = _nums(_own(child, "font-size", _FONT))
            csize = fs[0] if fs else size
            canchor = _own(child, "text-anchor", _ANCHOR) or anchor
            if tag == "text":
                self.text(child, cm, csize, canchor)
            elif tag == "line":
                x1, y1, x2, y2 = (_nums(child.get(k)) or [0.0] for k in ("x1", "y1", "x2", "y2"))
                self.edge(_apply(cm, x1[0], y1[0]), _apply(cm, x2[0], y2[0]))
            elif tag == "rect":
                self.rect(child, cm)
            elif tag in ("path", "polyline", "polygon"):
                self.path(child, cm, tag)
            else:
                self.walk(child, cm, csize, canchor)

    def text(self, el, m: Matrix, size: float, anchor: str) -> None:
        """A `<text>`: its own text one box; a `<tspan>` with its own x or y a box of its own, one
        without them continuing the line it is in. An x list places each character (PDF.js, glyph
        exports): a gap wider than most of an em between two characters parts two boxes."""
        xs = _nums(el.get("x")) or [0.0]
        y = (_nums(el.get("y")) or [0.0])[0]
        runs: list[list] = [[xs, y, el.text or "", size, anchor]]
        for span in el.iter():
            if span is el or _tag(span) != "tspan":
                continue
            fs = _nums(_own(span, "font-size", _FONT))
            sx, sy = _nums(span.get("x")), _nums(span.get("y"))
            dy = _shift(span.get("dy"), fs[0] if fs else size)
            if sx or sy or dy:
                last = runs[-1]
                start = sx or [_ends(last[0], last[2], last[3])]
                runs.append([start, (sy[0] if sy else last[1]) + dy, "", fs[0] if fs else size, anchor])
            runs[-1][2] += span.text or ""
            if span.tail:
                runs[-1][2] += span.tail
        for rxs, ry, raw, fs, anc in runs:
            anc = _own(el, "text-anchor", _ANCHOR) or anc
            for x, word in _words(rxs, raw, fs) if len(rxs) > 1 else [(rxs[0], raw)]:
                self.box(m, x, ry, word, fs, anc)

    def box(self, m: Matrix, x: float, y: float, raw: str, size: float, anchor: str) -> None:
        text = re.sub(r"\s+", " ", raw).strip()
        if not text:
            return
        self.spend(1)
        x += _em(raw[: len(raw) - len(raw.lstrip())]) * size  # (leading spaces move the text right)
        width = _em(raw.strip()) * size
        x -= {"middle": width / 2, "end": width}.get(anchor, 0.0)
        scale = math.hypot(m[2], m[3]) or 1.0
        px, py = _apply(m, x, y)
        w, h = width * (math.hypot(m[0], m[1]) or 1.0), size * scale
        self.boxes.append(Box(text, 1.0, px, py - 0.88 * h, px + w, py + 0.12 * h))

    def edge(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        self.spend(1)
        (x0, y0), (x1, y1) = a, b
        if abs(y0 - y1) <= 0.5 and abs(x1 - x0) >= _MIN_RULE:
            self.hr.append(Rule((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) <= 0.5 and abs(y1 - y0) >= _MIN_RULE:
            self.vr.append(Rule((x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    def rect(self, el, m: Matrix) -> None:
        """A rectangle's edges; a thin filled one (a rule drawn as a bar) its middle line."""
        x, y = (_nums(el.get("x")) or [0.0])[0], (_nums(el.get("y")) or [0.0])[0]
        w, h = (_nums(el.get("width")) or [0.0])[0], (_nums(el.get("height")) or [0.0])[0]
        if h <= 2 < w:
            self.edge(_apply(m, x, y + h / 2), _apply(m, x + w, y + h / 2))
        elif w <= 2 < h:
            self.edge(_apply(m, x + w / 2, y), _apply(m, x + w / 2, y + h))
        else:
            corners = [_apply(m, *p) for p in ((x, y), (x + w, y), (x + w, y + h), (x, y + h))]
            for i in range(4):
                self.edge(corners[i], corners[(i + 1) % 4])

    def path(self, el, m: Matrix, tag: str) -> None:
        """Straight segments of a path (M L H V Z, absolute or relative), a polyline or a polygon."""
        if tag != "path":
            n = _nums(el.get("points"))
            d = (
                "M"
                + " L".join(f"{n[i]} {n[i + 1]}" for i in range(0, len(n) - 1, 2))
                + ("Z" if tag == "polygon" else "")
            )
        else:
            d = el.get("d") or ""
        cx = cy = sx = sy = 0.0
        for match in _PATH.finditer(d):
            cmd, args = match.groups()
            n = _nums(args)
            self.spend(1)  # (and each segment as an edge)
            rel = cmd.islower()
            op = cmd.upper()
            if op == "Z":
                self.edge(_apply(m, cx, cy), _apply(m, sx, sy))
                cx, cy = sx, sy
                continue
            step = 1 if op in "HV" else 2
            for i in range(0, len(n) - step + 1, step):
                nx, ny = cx, cy
                if op == "H":
                    nx = n[i] + (cx if rel else 0.0)
                elif op == "V":
                    ny = n[i] + (cy if rel else 0.0)
                else:
                    nx, ny = n[i] + (cx if rel else 0.0), n[i + 1] + (cy if rel else 0.0)
                if op == "M" and i == 0:
                    sx, sy = nx, ny
                else:
                    self.edge(_apply(m, cx, cy), _apply(m, nx, ny))
                cx, cy = nx, ny


def _size(svg) -> tuple[float, float]:
    box = _nums(svg.get("viewBox") or svg.get("viewbox"))
    if len(box) == 4 and box[2] > 0 and box[3] > 0:
        return box[2], box[3]
    w, h = _nums(svg.get("width")), _nums(svg.get("height"))
    return (w[0] if w else 595.0), (h[0] if h else 842.0)


def _tag(el) -> str:
    """An element's local name, lower case ("" for a comment)."""
    return el.tag.rsplit("}", 1)[-1].lower() if isinstance(el.tag, str) else ""


def _svgs(root) -> list:
    """The outermost `<svg>` elements (one a page), in document order."""
    return [el for el in root.iter() if _tag(el) == "svg" and not any(_tag(a) == "svg" for a in el.iterancestors())]


def svg_pages(root) -> list[Page] | None:
    """The pages of an HTML document whose text is drawn in inline SVG, as text-layer pages; None when
    it is not one (a few icons' text, or more text outside the drawings than in them)."""
    svgs = _svgs(root)
    if not svgs:
        return None
    pages: list[Page] = []
    spent = [0]
    for svg in svgs:
        r = _Reader(spent)
        fs = _nums(_own(svg, "font-size", _FONT))
        r.walk(svg, _transform(svg, _IDENTITY), fs[0] if fs else 16.0, _own(svg, "text-anchor", _ANCHOR) or "start")
        if r.boxes:
            w, h = _size(svg)
            pages.append(Page(int(w), int(h), r.boxes, r.hr, r.vr))
    if sum(len(p.boxes) for p in pages) < _MIN_TEXTS:
        return None
    body = root.find("body")
    flow = _chars((body if body is not None else root).itertext())
    drawn = sum(_chars(s.itertext()) for s in svgs)
    return pages if drawn >= flow - drawn else None


def _chars(texts) -> int:
    return len(re.sub(r"\s+", "", "".join(texts)))
