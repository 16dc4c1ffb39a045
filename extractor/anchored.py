"""Regex scans that skip to a literal every match must contain.

Many of our patterns begin with something optional (「(?:1[.、]?)?属于国家秘密」, 「(?:行政)?诉讼」),
which defeats the regex engine's own prefix search: it then tries the pattern at every character,
~20 ns a character a pattern. Finding the pattern's longest top-level literal with str.find and
matching only from just before it gives exactly the same matches an order of magnitude faster.

The literal is read off the stdlib's own regex parser (`re._parser`, private): where a Python lacks
it, every pattern falls back to the plain scan (the same matches, only slower).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

try:  # the stdlib's own regex parser (Python ≥ 3.11)
    from re import _constants, _parser  # pyright: ignore[reportAttributeAccessIssue]

    PARSER = True
except ImportError:  # moved or gone: plain scans
    PARSER = False


@dataclass(frozen=True)
class Anchored:
    rx: re.Pattern
    anchor: str | None  # a literal every match contains (None: no such literal, plain scan)
    before: int  # at most this many characters of a match precede the anchor
    width: int | None  # the longest a match can be, if bounded and free of lookarounds
    literal: bool = False  # the pattern is its anchor and nothing else
    lead: tuple[str, ...] | None = None  # literal alternatives every match starts with, if any

    def occurs_in(self, text: str) -> bool:
        """Whether `rx` matches anywhere in `text` (a literal is looked up, not scanned for)."""
        if self.literal:
            return self.anchor in text  # type: ignore[operator]
        return next(self.finditer(text), None) is not None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
        """The matches of `rx.finditer(text, start, end)`. Each holds an occurrence of the anchor,
        so the next match starts at most `before` characters ahead of the next occurrence; and
        where matches are of bounded width, one that starts by that occurrence ends within
        `width` of it, so the regex never scans past it in vain."""
        end = len(text) if end is None else end
        if self.lead is not None:  # (a loop, not all() over a generator: this runs per label per table)
            for w in self.lead:
                if text.find(w, start, end) >= 0:
                    break
            else:
                return  # (a one-character anchor like 「件」 would send the regex to every occurrence)
        if self.anchor is None:
            yield from self.rx.finditer(text, start, end)
            return
        pos = start
        at = text.find(self.anchor, pos, end)
        while at >= 0:
            lo = max(pos, at - self.before)
            if self.width is None:
                m = self.rx.search(text, lo, end)
                if m is None:
                    return
            else:
                m = self.rx.search(text, lo, min(end, at + self.width))
                if m is None or m.start() > at:  # no match holds this occurrence: try the next
                    at = text.find(self.anchor, at + 1, end)
                    continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
            at = text.find(self.anchor, pos, end) if pos <= end else -1


@functools.lru_cache(maxsize=512)
def compile_anchored(pattern: str, parse: bool = PARSER) -> Anchored:
    """`parse=False`: the fallback, a plain scan (what a Python without `re._parser` gets)."""
    rx = re.compile(pattern)
    if not parse:
        return Anchored(rx, None, 0, None)
    parsed = _parser.parse(pattern)
    anchor, before = _anchor(parsed) or (None, 0)
    width = parsed.getwidth()[1]
    # a window's end would change what lookarounds, \b, $ and \Z see: those keep the plain search
    bounded = width < _parser.MAXREPEAT and not any(a in pattern for a in ("(?=", "(?!", "(?<", "\\b", "$", "\\Z"))
    literal = anchor is not None and len(parsed.data) == len(anchor)  # the anchor is every item
    return Anchored(rx, anchor, before, width if bounded else None, literal, _lead(parsed))


def _anchor(parsed: _parser.SubPattern) -> tuple[str, int] | None:
    """The longest run of literals at the top level of a parsed pattern, and the widest the pattern
    can be in front of it; None if there is no such run or the front is unbounded."""
    if parsed.state.flags & re.IGNORECASE:
        return None
    items = list(parsed.data)
    best = (0, 0)  # (index, length)
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and items[j][0] is _constants.LITERAL:
            j += 1
        if j - i > best[1]:
            best = (i, j - i)
        i = max(j, i + 1)
    if best[1] == 0:
        return None
    front = _parser.SubPattern(parsed.state, items[: best[0]]).getwidth()[1]
    if front >= _parser.MAXREPEAT:
        return None
    return "".join(chr(av) for _, av in items[best[0] : best[0] + best[1]]), front


def _lead(parsed: _parser.SubPattern) -> tuple[str, ...] | None:
    """The words of a pattern that begins with an alternation of plain literals
    (「(?:办结|答复|办理完成)…」): every match starts with one of them."""
    if parsed.state.flags & re.IGNORECASE or not parsed.data or parsed.data[0][0] is not _constants.BRANCH:
        return None
    words = []
    for branch in parsed.data[0][1][1]:
        items = list(branch)
        if not items or any(op is not _constants.LITERAL for op, _ in items):
            return None
        words.append("".join(chr(av) for _, av in items))
    return tuple(words)


def finditer_around(
    rx: re.Pattern, anchor: re.Pattern, offsets: tuple[int, ...], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match]:
    """The matches of `rx.finditer(text, start, end)` for a pattern each of whose matches has a
    character matching `anchor` at one of `offsets` from the match's start (「(省|市|县|区)」 two or
    three characters in). Only those starts are tried, in order: a pattern that begins with a
    lookbehind or a bare class would otherwise be tried at every character."""
    end = len(text) if end is None else end
    starts = sorted({m.start() - o for m in anchor.finditer(text, start, end) for o in offsets})
    pos = start
    for s in starts:
        if s < pos:
            continue
        m = rx.match(text, s, end)
        if m is not None and m.end() > m.start():
            yield m
            pos = m.end()
