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
    branches: tuple[Anchored, ...] | None = None  # a top-level alternation without an anchor: its arms

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
            if self.branches is None:
                yield from self.rx.finditer(text, start, end)
            else:
                yield from self._finditer_branches(text, start, end)
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

    def _finditer_branches(self, text: str, start: int, end: int) -> Iterator[re.Match]:
        """`finditer` of an alternation none of whose arms shares an anchor with the others
        (「本列数据的勾稽关系|申请人情况|(?:一[、.])?本年新收…」, which the regex engine tries at every
        character): the whole pattern first matches where the earliest of its arms does, each arm
        found by its own anchor; there the whole pattern is matched, so the arm that wins is the
        one the regex engine would pick (the first in order that matches there)."""
        arms = self.branches or ()
        nexts = [-2] * len(arms)  # per arm: where its next match starts (-1: none left, -2: not looked)
        pos = start
        while pos <= end:
            best = -1
            for i, arm in enumerate(arms):
                at = nexts[i]
                if at == -2 or 0 <= at < pos:
                    m = next(arm.finditer(text, pos, end), None)
                    at = nexts[i] = m.start() if m is not None else -1
                if at >= 0 and (best < 0 or at < best):
                    best = at
            if best < 0:
                return
            m = self.rx.match(text, best, end) or self.rx.search(text, best, end)  # (the first always matches)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


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
    branches = _branches(pattern, parsed) if anchor is None else None
    return Anchored(rx, anchor, before, width if bounded else None, literal, _lead(parsed), branches)


def _branches(pattern: str, parsed: _parser.SubPattern) -> tuple[Anchored, ...] | None:
    """The arms of a pattern that is one top-level alternation, each anchored on its own; None when
    the pattern is not such an alternation, sets flags for all of it, refers back to a group (an
    arm alone would not compile alike), or an arm has no anchor of its own (nothing to gain)."""
    if len(parsed.data) != 1 or parsed.data[0][0] is not _constants.BRANCH:
        return None
    if parsed.state.flags != re.UNICODE or "(?P=" in pattern or "(?(" in pattern or re.search(r"\\[1-9]", pattern):
        return None
    arms = _split_top_level(pattern)
    if arms is None or len(arms) < 2:
        return None
    compiled = tuple(compile_anchored(arm) for arm in arms)
    if any(a.anchor is None for a in compiled):
        return None
    return compiled


def _split_top_level(pattern: str) -> list[str] | None:
    """`pattern` cut at its top-level 「|」 (outside groups and character classes)."""
    arms: list[str] = []
    depth = 0
    begin = 0
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: up to its closing 「]」 (one right after 「[」 or 「[^」 is a member)
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            arms.append(pattern[begin:i])
            begin = i + 1
        i += 1
    if depth != 0:
        return None
    arms.append(pattern[begin:])
    return arms


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
