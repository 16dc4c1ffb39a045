"""Character folding and the compact view used for label matching.

Reports print the same label with full- or half-width brackets, curly or straight quotes, stray
spaces and line breaks inside a cell. Matching happens on a *compact* string in which these are
folded away, while every compact character keeps the offset it came from, so a match always maps
back to an exact span of the normalised report text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

SEP = "\x1f"  # boundary between two cells (or two numbers printed apart)
ROW = "\x1e"  # end of a table row where the source has rows

_QUOTES = "“”‘’「」『』\"'＂＇〃"
_FOLD = {q: '"' for q in _QUOTES}
_FOLD.update({"\u3000": " ", "\xa0": " ", "它": "他", "\u2003": " ", "\u2002": " "})
for _cp in range(0xFF01, 0xFF5F):  # full-width ASCII block
    _FOLD[chr(_cp)] = chr(_cp - 0xFEE0)
_FOLD.update({"．": ".", "﹒": "."})
# A minority script's own digits (Tibetan 「༥」, Mongolian 「᠕」, Uyghur's Arabic-Indic 「٥」; any decimal digit
# of the BMP but ASCII and full-width): a bilingual report numbers its minority-script headings and label
# lines with them (「༤ སྲིད་གཞུང་…」 above 「四、政府信息公开行政复议…」). The tables' values are the Chinese
# text's digits: such a digit is never a value (\d and str.isdigit would take it for one), so it is folded
# to a letter — part of the words of its line. One character for one: the offsets hold.
MINORITY_DIGIT = "\u01c2"  # 「ǂ」, a letter (Lo) no report writes
for _cp in range(0x80, 0x10000):
    if chr(_cp).isdecimal() and not 0xFF10 <= _cp <= 0xFF19:
        _FOLD[chr(_cp)] = MINORITY_DIGIT
_FOLD = {k: _FOLD.get(v, v) for k, v in _FOLD.items()}  # 「＇」→「'」→「"」: every value folded already,
# so the replacements in `fold` may run in any order (and one pass is the whole fold)
# Invisible format characters (Unicode Cf: zero-width space/joiners, word joiner, BOM, soft hyphen,
# bidi marks): a WeChat or CMS editor pastes them before and inside figures (「\u200b1\xad23」). They
# print nothing, so they are no part of a word: every loader drops them from the text it builds (the
# text spans point into), never leaving one to split or hide a number.
INVISIBLE = "\xad\u180e\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"  # (not U+2061–2064: invisible times, separator, plus — they part two things)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def visible(text: str) -> str:
    """`text` without its invisible format characters (INVISIBLE)."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def has_invisible(text: str) -> bool:
    return _INVISIBLE.search(text) is not None


_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD)) + "]")
_COMMON_FOLDABLE = "，（）“”；："


def fold(text: str) -> str:
    """Fold width and quote variants; keeps length (one char in, one char out).

    One str.replace per distinct foldable character present: str.translate looks every character
    of a CJK text up in its table and is ~6× slower on a report. The full-width punctuation every
    report is full of is replaced first, so the scan for the rest collects a handful of characters,
    not hundreds (no replacement is itself foldable: the order does not matter)."""
    for ch in _COMMON_FOLDABLE:
        text = text.replace(ch, _FOLD[ch])
    for ch in set(_FOLDABLE.findall(text)):
        text = text.replace(ch, _FOLD[ch])
    return text


@dataclass
class Compact:
    """A folded, whitespace-free view of a text with a map back to source offsets."""

    text: str
    offsets: list[int]  # offsets[i] = source offset of text[i]
    start: int  # source offset of the viewed text (whitespace there has no compact character)
    end: int  # source offset just past the viewed text

    def view(self, start: int, end: int) -> Compact:
        """The part of this view that stands for source offsets [start, end)."""
        i, j = bisect_left(self.offsets, start), bisect_left(self.offsets, end)
        return Compact(self.text[i:j], self.offsets[i:j], start, end)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Source span of compact slice [i, j)."""
        if i >= j:
            pos = self.offsets[i] if i < len(self.offsets) else self.end
            return pos, pos
        return self.offsets[i], self.offsets[j - 1] + 1


# Python's whitespace (str.isspace), spelled out: a class of characters lets the regex engine skip
# to the next gap on its own, where \s (a Unicode category test) is tried character by character.
_SPACE_CHARS = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_WS = re.compile(f"[{_SPACE_CHARS}][{_SPACE_CHARS}]*")
SPACE = re.compile(f"[{_SPACE_CHARS}]")
# A gap between two numbers (or 「/」 cells: 「规章    /    /    /」) is a cell boundary.
_NUMERIC_EDGE = frozenset("0123456789.%/")
_NUMERIC_START = frozenset("0123456789-+/")
# Inside a table's text (stream tokens) a dash is a cell too: 「0 — — 2」 is four cells, as 「0 / / 2」 is.
_CELL_EDGE = _NUMERIC_EDGE | frozenset("—–-")
_CELL_START = _NUMERIC_START | frozenset("—–")
# What a table cell may print right after its number (「12件」「3.5万元」): one list for the stream's
# value pieces, this parser and the glued-row splitter.
CELL_UNITS = ("万元", "元", "件", "个", "条", "项", "起", "次", "人")
CELL_UNIT = "|".join(CELL_UNITS)
# a page number as a page's foot prints it: 「— 38 —」「- 38 -」「第38页」「第 3 页 共 9 页」, or after the
# report's running title 「2024年政府信息公开工作年度报告 8」 (a bare 「38」 may be a cell)
PAGE_FOOT = re.compile(
    r"[-—－–]\s?\d{1,4}\s?[-—－–]|第\s*\d{1,4}\s*页(?:\s*共\s*\d{1,4}\s*页)?"
    r"|[^\s，。；：]{0,30}(?:年度报告|工作报告)\s{0,4}[1-9]\d{0,2}"
)
_UNIT_LAST = frozenset(u[-1] for u in CELL_UNITS)
_PLACEHOLDER_MARKS = frozenset("/／—–-－\\")  # a word of these alone in a table's text is a 「/」「—」 cell
_NUMBER_UNIT = re.compile(f"\\d(?:{CELL_UNIT})$")


# Offsets lists hold one int per character. Ints above 256 are objects, and making them is most of
# the cost of list(range(a, b)) (~12 ns each, tens of thousands a report); slicing one shared list
# copies references instead (~2 ns each). Past its end, ranges are made as usual.
_INTS = list(range(1 << 16))


def int_range(a: int, b: int) -> list[int]:
    """list(range(a, b)), cheaply."""
    if b <= len(_INTS):
        return _INTS[a:b]
    if a >= len(_INTS):
        return list(range(a, b))
    return _INTS[a:] + list(range(len(_INTS), b))


def compact_outside(folded: str, exclude: list[tuple[int, int]]) -> list[Compact]:
    """Compact views of a folded text around the `exclude` spans (the tables): what the metrics
    and the narrative checks read."""
    views: list[Compact] = []
    pos = 0
    for a, b in sorted(exclude) + [(len(folded), len(folded))]:
        if a > pos:
            views.append(compact_folded(folded[pos:a], pos))
        pos = max(pos, b)
    return views


def compact(text: str, base: int = 0, *, sep: bool = True) -> Compact:
    """Drop whitespace, except that a gap between two numbers becomes a SEP boundary. `sep=False`:
    every gap dropped (`squash` with offsets: a quote is found whatever its spacing)."""
    return compact_folded(fold(text), base, sep=sep)


def _after_unit(word: str) -> bool:
    """The word ends with a number and its unit (「12件」「3.5万元」): in a table's text the gap after it
    is a cell boundary, as after a bare number (「3件    /    6件    23件」 is four cells, not 「3件/」
    and a glued 「6件23件」); so is a wide gap (two spaces, a tab) before a word that is a dash or a
    slash alone (「复议后起诉    —    0件」: the label, then a 「—」 cell; 「总计 /」 in a line of named
    values is the name and its value)."""
    return word[-1] in _UNIT_LAST and _NUMBER_UNIT.search(word) is not None


def compact_folded(folded: str, base: int = 0, *, sep: bool = True, cells: bool = False) -> Compact:
    """`compact` of a text already folded (a loader's whole text is folded once). Works word by
    word, not character by character: it is on the hot path of every report. The words are
    `str.split`'s (its whitespace is str.isspace, the _SPACE_CHARS a regex would test one by one,
    several times slower); each is found from the end of the one before, so the gap between them
    is known. `cells`: the text is a table's (a stream token), where a dash placeholder next to a
    gap is a cell too."""
    edge, first = (_CELL_EDGE, _CELL_START) if cells else (_NUMERIC_EDGE, _NUMERIC_START)
    parts: list[str] = []
    offs: list[int] = []
    pos = 0  # where the word before ends (0: none yet)
    find = folded.find
    for word in folded.split():
        a = find(word, pos)  # (a word starts with no whitespace: found just past the gap)
        if (
            sep
            and parts
            and (
                (word[0] in first and (folded[pos - 1] in edge or (cells and _after_unit(parts[-1]))))
                or (cells and a - pos > 1 and _PLACEHOLDER_MARKS.issuperset(word))
            )
        ):
            parts.append(SEP)  # a gap between two numbers (or cells), at the gap's last character
            offs.append(base + a - 1)
        parts.append(word)
        pos = a + len(word)
        offs += int_range(base + a, base + pos)
    return Compact("".join(parts), offs, base, base + len(folded))


def squash(text: str) -> str:
    """Folded text without any whitespace: the form quotes are compared in."""
    return _WS.sub("", fold(text))


def squash_all(texts: list[str]) -> list[str]:
    """[squash(t) for t in texts], in one fold and one substitution over the texts joined: a
    report's few hundred lines squashed one by one cost ten calls each (most of loading a text
    report). Fold and whitespace removal work character by character and NUL is neither foldable
    nor whitespace, so the joined result splits back at the NULs (a text holding a NUL itself is
    squashed on its own)."""
    joined = "\0".join(texts)
    if not texts or joined.count("\0") != len(texts) - 1:
        return [squash(t) for t in texts]
    return _WS.sub("", fold(joined)).split("\0")


_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}


def parse_chinese_number(s: str) -> int | None:
    """「十五」→15, 「三百二十」→320, 「百」→100, 「两千」→2000, 「一万二千」→12000. None for what no
    numeral writes: two digits in a row with no place between (「五十六〇」, a numeral run into the next
    cell's 「〇」) — only a 零 may stand before a digit (「一百零五」) —, or a place not below the one
    before it (「八百二十三十六」: 823 run into 「十六」)."""
    if not s or any(ch not in _CN_DIGITS and ch not in _CN_UNITS and ch not in _CN_BIG for ch in s):
        return None
    total = section = 0
    digit: int | None = None
    place = 10**4  # the last place of this section: the next must be below it
    for ch in s:
        if ch in _CN_DIGITS:
            if digit:  # (a pending 零 is no digit of the number: 「零五」)
                return None
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            if _CN_UNITS[ch] >= place:
                return None
            place = _CN_UNITS[ch]
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        else:
            total += (section + (digit or 0) or 1) * _CN_BIG[ch]
            section, digit, place = 0, None, 10**4
    return total + section + (digit or 0)


_NUMERALS_ONLY = re.compile(r"[〇零一二两三四五六七八九十百千万/—]+")  # (and a neighbour's placeholder mark)


def drawn_over(text: str, width: float, height: float) -> bool:
    """A word of full-width glyphs (numerals) narrower than its characters set side by side: two cells' texts
    drawn over each other where one ran into the other — a glyph drawn twice in one place is kept once by
    the PDF reader (「四十」 under the neighbour's 「十二」: 「一千三百四十一二」), so its text has lost one."""
    return width < (len(text) - 0.5) * height


def numeral_cuts(text: str, k: int, allowed: Callable[[int], bool] | None = None) -> list[str] | None:
    """`text`, Chinese numerals of k cells run together (「七百五十八〇」), cut into k counts — when only one
    cut makes each part a count as printed (places falling, no digit after a digit, no 零 before a
    figure: `parse_chinese_number`). 「二十二」 in two cells (「二十 | 二」 or 「二 | 十二」) has two: None.
    A part may be one placeholder mark, the neighbour's 「—」 (「七百六十七—」: 767 | —).
    `allowed`: the character offsets a cut may fall before (where the page has a column's edge); a part
    may then also run over the next column when that one printed nothing (blanks printed as nothing:
    「一百二十六一千四百七十」 over three columns is 126 | 1470 or 126 | 1407 | 10 — two cuts, None)."""
    if k < 2 or len(text) < k or not _NUMERALS_ONLY.fullmatch(text) or GLUED_MARKS.issuperset(text):
        return None
    found: list[list[str]] = []

    def count(part: str) -> bool:
        if part in GLUED_MARKS:
            return True
        return (len(part) == 1 or part[0] not in "〇零") and parse_chinese_number(part.replace("〇", "零")) is not None

    def cut(at: int, left: int, parts: list[str]) -> None:
        if len(found) > 1:
            return
        if left == 1 or (allowed is not None and parts):
            if count(text[at:]):
                found.append([*parts, text[at:]])
            if left == 1:
                return
        for end in range(at + 1, len(text) - left + 2):
            if count(text[at:end]) and (allowed is None or allowed(end)):
                cut(end, left - 1, [*parts, text[at:end]])

    cut(0, k, [])
    return found[0] if len(found) == 1 else None


# Placeholders a glued run may hold between its numbers (「61///2076」): each one cell, blank for the
# identities. One set for the stream that cuts them out and the solver that splits around them.
GLUED_MARKS = frozenset("/—")
PLACEHOLDERS = {"", "/", "-", "--", "—", "——", "–", "无", "不适用", "\\", "－", "一"}
# A cell printed as the word for zero (a Word table typed 「零」 for its empty results): the value 0, not a
# placeholder — a placeholder is not a count (0, blank and 「/」 stay distinct).
ZERO_WORD = "零"

# A footnote mark set raised after a value's number (HTML <sup> or a vertical-align:super span, a Word
# superscript run): a number of one or two digits, a circled digit, an asterisk or dagger, a bracketed
# number. Raised, it is not a digit of the value (「12」 with a raised 「1」 is 12, never 121).
FOOTNOTE_MARK = re.compile(r"[0-9]{1,2}|[①-⑳*＊†‡]|\([0-9]{1,2}\)|（[0-9]{1,2}）|\[[0-9]{1,2}\]")
_NUM_RE = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
_UNIT_SUFFIX = re.compile(f"(?:{CELL_UNIT})$")


def parse_number(raw: str) -> int | float | None:
    """Parse one printed cell. Thousands separators and a trailing unit are tolerated."""
    if raw.isdigit() and raw.isascii():
        return int(raw)  # the common case, on the hot path
    s = squash(raw).replace(",", "")
    if s == ZERO_WORD:
        return 0
    s = _UNIT_SUFFIX.sub("", s)
    if not _NUM_RE.match(s):
        return None
    if "." in s:
        return float(s)
    return int(s)
