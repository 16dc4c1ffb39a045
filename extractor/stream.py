"""The token stream as one compact string, and its reading into labels and value runs.

Every loader's tokens are folded into one string (see normalize.compact) in which a token boundary
is SEP, a source row end is ROW and a blank cell is BLANK. Glued scrapes are one long token, so
nothing here assumes one cell per token: labels are found by regex anywhere in the stream and the
text between two labels is cut into values.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import tablespec as ts
from .anchored import Anchored, compile_anchored
from .document import Document
from .normalize import (
    CELL_UNIT,
    GLUED_MARKS,
    PAGE_FOOT,
    PLACEHOLDERS,
    ROW,
    SEP,
    SPACE,
    ZERO_WORD,
    compact_folded,
    int_range,
    parse_chinese_number,
    squash,
)

BLANK = "\x1d"
UNREAD = "\x1c"  # a cell the layout could not read as its own text (Document.unread): one piece, no value
_FOOT_TEXT = "页"  # what a page number line reads as: a word, no number
# What a page's foot (PAGE_FOOT) ends with, a digit (\d: str.isdecimal) aside, and what an OCR'd cell
# (OCR_CELL) begins with: looked at before the regex is, most lines of a report being neither.
_FOOT_LAST = frozenset("-—－–页")
_OCR_FIRST = frozenset("+-0123456789OolI")
_MARKERS = frozenset(SEP + ROW + BLANK)


@dataclass
class Stream:
    text: str
    offsets: list[int]  # source offset of every stream char (a marker: where it stands)

    def span(self, i: int, j: int) -> tuple[int, int]:
        if i >= j:
            pos = self.offsets[i] if i < len(self.offsets) else (self.offsets[-1] if self.offsets else 0)
            return pos, pos
        first, last = self.offsets[i], self.offsets[j - 1]
        if last < first:  # across the rows of a table read column by column (extractor/turned.py)
            first, last = min(self.offsets[i:j]), max(self.offsets[i:j])
        return first, last if self.text[j - 1] in _MARKERS else last + 1

    def find(self, pattern: str, start: int = 0, end: int | None = None) -> re.Match | None:
        return next(compile_anchored(pattern).finditer(self.text, start, end), None)


_MIN_NUMBERED_ROWS = 8


def _row_numbers(tokens) -> set[int]:
    """Indices of the tokens that number a table's rows: the first cell of each row counting
    k, k+1, k+2 … down at least eight rows in a row (an Excel sheet printed with its row headings,
    a 序号 column). They are not values: left out of the stream."""
    out: set[int] = set()
    run: list[int] = []
    for i, tok in enumerate(tokens):
        if not tok.row_start:
            continue
        text = tok.text.strip()
        if text.isdigit() and text.isascii() and run and int(tokens[run[-1]].text) + 1 == int(text):
            run.append(i)
            continue
        if len(run) >= _MIN_NUMBERED_ROWS:
            out.update(run)
        run = [i] if text.isdigit() and text.isascii() and not tok.row_end else []
    if len(run) >= _MIN_NUMBERED_ROWS:
        out.update(run)
    return {i for i in out if not tokens[i].row_end}  # (a row of nothing but its number: kept)


def build_stream(doc: Document) -> Stream:
    parts: list[str] = []
    offs: list[int] = []
    folded = doc.folded  # a token is a slice of the text
    in_row = False  # inside a source table row: every token is one cell
    numbers = _row_numbers(doc.tokens)
    for n, tok in enumerate(doc.tokens):
        if tok.row_start:
            in_row = True
            if parts and parts[-1] in (SEP, ROW) and _wrapped_label(doc.tokens, folded, n):
                parts.pop()  # (one label: its two lines read as one)
                offs.pop()
            elif parts and parts[-1] == SEP:
                parts[-1] = ROW  # a table row begins: loose text before it does not run into it
        elif not in_row and parts and parts[-1] == SEP and _wrapped_line(doc.tokens, folded, n):
            parts.pop()  # (one label: its two lines read as one)
            offs.pop()
        if numbers and n in numbers:
            continue  # a row heading printed before the row's cells
        if tok.blank:
            parts.append(BLANK)
            offs.append(tok.start)
        elif doc.unread and tok.start in doc.unread:
            parts.append(UNREAD * (tok.end - tok.start))
            offs += int_range(tok.start, tok.end)
        elif (
            not in_row
            and (folded[tok.end - 1 : tok.end].isdecimal() or folded[tok.end - 1 : tok.end] in _FOOT_LAST)
            and PAGE_FOOT.fullmatch(folded, tok.start, tok.end)
        ):
            # a page's number on a line of its own (「- 6 -」「第2页 共5页」), inside a table too: text,
            # no figure (it ends a run of cells as any line of words would)
            parts.append(_FOOT_TEXT * (tok.end - tok.start))
            offs += int_range(tok.start, tok.end)
        else:
            cell = folded[tok.start : tok.end]
            if (
                cell[:1] in _OCR_FIRST
                and (ocr := OCR_CELL.fullmatch(cell))
                and not OCR_LETTERS.isdisjoint(ocr[1])
                and (in_row or _beside_numbers(doc.tokens, folded, n))
            ):
                # a row's cell of nothing but digits and OCR's letters for them (「II」「7O5lO」「o件」,
                # a unit or a footnote mark after it): the number they stand for, the same length
                # (tables.py records a D6 doubt on it)
                parts.append(ocr[1].translate(_OCR_DIGIT) + cell[ocr.end(1) :])
                offs += int_range(tok.start, tok.end)
            elif SPACE.search(cell) is None:  # most cells: nothing to drop
                if "、" in cell and _OCR_LETTERS_ANY.search(cell):
                    cell = typed_list_digits(cell)  # (same length: the offsets hold)
                parts.append(cell)
                offs += int_range(tok.start, tok.end)
            elif _OCR_LETTERS_ANY.search(cell) and (read := ocr_letter_digits(cell)) != cell:
                c = compact_folded(read, tok.start, cells=True)  # (same length: the offsets hold)
                parts.append(c.text)
                offs.extend(c.offsets)
            elif in_row and _SPACED_NUMBER.fullmatch(cell):
                # One cell holds one number: 「1 3」 is an OCR's spacing of 13, not two cells (a footnote
                # mark after it too: 「6 70¹¹」).
                parts.append("".join(cell.split()))
                offs += [tok.start + i for i, ch in enumerate(cell) if not ch.isspace()]
            else:
                c = compact_folded(cell, tok.start, cells=True)
                parts.append(c.text)
                offs.extend(c.offsets)
        if tok.row_end:
            in_row = False
            parts.append(ROW)
        else:
            parts.append(SEP)
        offs.append(tok.end)
    return Stream("".join(parts), offs)


def _wrapped_label(tokens, folded: str, n: int) -> bool:
    """Whether row `n` begins with the rest of a sub-item's label wrapped from the line before: that line a
    line of words between two rows of the table (「3.危及“三」 over 「安全一稳定”⇥0⇥0…」), or a row of words only
    whose last cell is such a label cut short (「（四）无法提供⇥1.本机关不掌握相关政」 over 「府信息⇥⇥⇥…」); the
    rest no figure and no item of its own. Then the two are one label."""
    if n < 2:
        return False
    cell = folded[tokens[n].start : tokens[n].end]
    if not cell or cell[0].isdigit() or _ITEM_HEAD.match(cell) or not any(ch.isalpha() for ch in cell):
        return False
    if CN_NUMERAL.fullmatch(cell.strip()):
        return False  # a figure typed in numerals (「八百二十八」) is a cell, not the rest of a label
    head = tokens[n - 1]
    line = folded[head.start : head.end]
    if head.row_start or not _label_head(line, cell):
        return False  # (a heading between two tables, 「（二）行政诉讼」, is no label's head)
    if not head.row_end:
        return tokens[n - 2].row_end
    k = n - 1
    while k > 0 and not tokens[k].row_start:
        k -= 1
    row = [folded[t.start : t.end] for t in tokens[k : n - 1]]
    return all(not t or not t[0].isdigit() for t in row)  # (blanks: the merged label area beside it)


def _label_head(line: str, rest: str) -> bool:
    """Whether `line` is the head of a label whose rest is `rest`: a sub-item's number and words
    (「3.危及“三」), or an item's (「二、上年结转」「（二）部分」) when the two together begin a row
    label of table 三's spec that runs on into the rest."""
    if _SUB_ITEM.match(line):
        return not any(ch.isdigit() for ch in _SUB_ITEM.sub("", line, 1))
    if not _ITEM_HEAD.match(line) or any(ch.isdigit() for ch in _HEADS.sub("", line)):
        return False
    return _t3_label_end(squash(line + rest)) > len(squash(line))


@functools.cache
def _t3_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in ts.T3_LABEL_PATTERNS.values())


def _t3_label_end(s: str) -> int:
    """Where the longest row label of table 三's spec that begins `s` ends (0: none begins it)."""
    return max((m.end() for rx in _t3_patterns() if (m := rx.match(s))), default=0)


_HEADS = re.compile(r"\d{1,2}[.、]|[(（][一二三四五六七八九十][)）]|[一二三四五六七八九十][、.]")
_LABEL_CHARS = '\u4e00-\u9fff“”"、，,()（）'
_LABEL_END = re.compile(rf"[{_LABEL_CHARS}]$")
_ROW_REST = re.compile(rf"\s*[{_LABEL_CHARS}]+((?:\s+[^\s\u4e00-\u9fff][^\s]*){{2,}})\s*")


def _wrapped_line(tokens, folded: str, n: int) -> bool:
    """Whether line `n` of text laid out in lines (a page printed to text, its cells apart by spaces)
    begins with the rest of an item's label wrapped from the line before: that line an item's number
    and words only, cut mid-word (「二、上年结转政府信」, 「（四）无法提供 1.本机关不掌握相关政」), this one
    those words' rest and then the row's values only (「息公开申请数量 — — 3 0 …」). Then the two are one
    label (`_wrapped_label` for a table's rows)."""
    head, tok = tokens[n - 1], tokens[n]
    if head.row_start or head.row_end or head.blank or tok.blank:
        return False
    if not _ITEM_HEAD.match(folded, head.start, head.end):
        return False  # (most lines: told before the line is copied; the pattern skips leading space itself)
    line = folded[head.start : head.end].strip()
    if not _ITEM_HEAD.match(line) or not _LABEL_END.search(line) or any(ch.isdigit() for ch in _HEADS.sub("", line)):
        return False
    rest = _ROW_REST.fullmatch(folded, tok.start, tok.end)
    return rest is not None and not _ITEM_HEAD.match(folded, tok.start, tok.end)


_SUB_ITEM = re.compile(r"\s*\d{1,2}[.、]")  # a sub-item's number before its label: 「3.」
# an item's number before its label: 「3.」「（四）」「二、」
_ITEM_HEAD = re.compile(r"\s*(?:\d{1,2}[.、]|[(（][一二三四五六七八九十][)）]|[一二三四五六七八九十][、.])")


def _beside_numbers(tokens, folded: str, n: int) -> bool:
    """Whether token `n` (a line of digits and OCR's letters, 「lo」「l428」「o」) stands among a table's
    cells printed one a line (an OCR's text of a table): a line of a plain number or a placeholder
    before or after it, past other such lines and blank cells. Then it is a cell, read as above."""
    for step in (-1, 1):
        k = n + step
        while 0 <= k < len(tokens):
            tok = tokens[k]
            if tok.row_start or tok.row_end:
                break  # (a table row's cell: not one a line)
            text = folded[tok.start : tok.end]
            m = None if tok.blank else OCR_CELL.fullmatch(text)
            if tok.blank or (m and not OCR_LETTERS.isdisjoint(m[1])):
                k += step
                continue
            if (m and any(ch.isdigit() for ch in m[1])) or text in _PLACEHOLDER_LINES:
                return True
            break
    return False


_PLACEHOLDER_LINES = frozenset(("/", "／", "—", "－", "-", "——", "无"))


# OCR of a scanned table reads a 0 as 「O」/「o」 and a 1 as 「l」/「I」 (「3l」「l2」「O」). In a line whose
# end is a run of space-separated numbers, a token of digits and such letters is a number: it is read
# with the digits the letters stand for (tables.py records a doubt on its cell). Never in words: a
# token with any other letter, or a run too short or mostly letters, is left as printed.
# (?<![A-Za-z])[OolI]+(?![A-Za-z]), its lookbehind read after the first letter: the pattern then opens with a
# character class the regex engine skips to, instead of trying the lookbehind at every character of a cell (a glued
# scrape's whole text is one) — the same matches
_OCR_LETTERS_ANY = re.compile(r"[OolI](?<![A-Za-z][OolI])[OolI]*(?![A-Za-z])")
OCR_DIGIT = _OCR_DIGIT = str.maketrans("OolI", "0011")
OCR_LETTERS = frozenset("OolI")
# a signed or decimal number, or a placeholder cell (one of the row's cells)
_OCR_TOKEN = re.compile(r"[+-]?[0-9OolI]+(?:\.[0-9OolI]+)?|[/—－-]")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_RUN_JUNK = frozenset("、|丨,.，。")


def ocr_letter_digits(line: str) -> str:
    """`line` with the OCR letters of the numbers that end it read as digits (same length), or as
    it is when its end is no run of at least three cells, a third of them plain numbers or placeholders."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    while words and _RUN_JUNK.issuperset(line[words[-1][0] : words[-1][1]]):
        words.pop()  # a stray mark after the row (「 、」「 |」)
    run: list[tuple[int, int]] = []
    for a, b in reversed(words):
        while b > a + 1 and line[b - 1] in _FOOTNOTE_MARKS:
            b -= 1  # (a footnote mark typed after the number: 「969⁹」)
        if (note := _NOTE_END.search(line, a, b)) is not None and note.start() > a:
            b = note.start()  # (a note after it: 「3O（含转办2件）」)
        if not _OCR_TOKEN.fullmatch(line, a, b):
            break
        run.append((a, b))
    plain = sum(1 for a, b in run if _PLAIN_NUMBER.fullmatch(line, a, b) or line[a] in "/—－-")
    if len(run) < 3 or plain < 2 or 3 * plain < len(run):
        return line
    out = list(line)
    for a, b in run:
        for k in range(a, b):
            if line[k] in OCR_LETTERS:
                out[k] = line[k].translate(_OCR_DIGIT)
    return "".join(out)


# a row's values typed as a list after its label's colon (「…数量:5l、758、O、0。」, folded)
_TYPED_LIST = re.compile(r":((?:[^、:]+、){2,}[^、:。]+)。?$")


def typed_list_digits(line: str) -> str:
    """`line` with OCR's letters read as digits (same length) in the items of a typed list of values
    that ends it (after the label's colon, 「、」 between items), when every item is a number (OCR
    letters, a unit or footnote mark allowed) or a placeholder and one at least is plain (a group of
    table 四 is five items: 「o、—、O、l、l」). Else as it is."""
    m = _TYPED_LIST.search(line)
    if m is None:
        return line
    items: list[re.Match[str]] = []
    plain = 0
    pos = m.start(1)
    for item in m.group(1).split("、"):
        if item in PLACEHOLDERS:
            plain += 1
        elif (cell := OCR_CELL.fullmatch(line, pos, pos + len(item))) is None:
            return line
        else:
            items.append(cell)
            plain += OCR_LETTERS.isdisjoint(cell[1])
        pos += len(item) + 1
    if not plain and not any(ch in "Oo" for cell in items for ch in cell[1]):
        return line  # (「：I、II、III。」: a list's numerals, no row of values; 「O、O、O」 are zeros)
    out = list(line)
    for cell in items:
        for k in range(cell.start(1), cell.end(1)):
            out[k] = line[k].translate(_OCR_DIGIT)
    return "".join(out)


@dataclass(slots=True)
class Piece:
    kind: str  # label | value | placeholder | blank | unread | other | row
    start: int  # stream offsets
    end: int
    text: str = ""
    key: str = ""  # for labels


@dataclass(slots=True)
class ValueRun:
    """Consecutive value cells, with the row label read just before them (if any)."""

    cells: list[Piece]
    label: str | None = None
    cut: bool = False  # other text ended the run and more values follow in the same row
    lost: bool = False  # digits it could not read stood between its label and it (「数量1O」)
    after_text: bool = False  # other text stood between its label and it (a header word, a stray one)


# A list number (「2.其他」「3、补正后…」): not a value. In a typed list of a row's values the next value
# follows the 「、」 — a signed number or a placeholder (「6、-2、0」「/、8、/」) —, so no list number.
_ORDINAL = re.compile(r"[.、](?![+-]\d|[/—])[^\d\x1d-\x1f]")
# A typed row of nothing but placeholders after its label's colon (「行政处罚：/。」「：/、/、/。」)
_LEADERS = re.compile(r"[…⋯·.]{2,}$")
_TYPED_MARKS = re.compile(r":([/—](?:、[/—])*)。?$")
_DIGIT = re.compile(r"\d")
_DATE = re.compile(r"[年月日]")
_NUMBER = re.compile(rf"[+-]?\d+(?:,\d{{3}})*(?:\.\d+)?(?:{CELL_UNIT})?")
_MARK_CHARS = "".join(sorted(GLUED_MARKS))
_NUMBER_OR_MARK = re.compile(rf"{_NUMBER.pattern}|[{_MARK_CHARS}]")
# A number followed by a footnote mark typed as a character (「8*」「3※」「12①」) or by a note in brackets
# that has words in it (「73（其中2件为网上申请）」, folded to half-width brackets): the number is the value;
# the mark or note is not a digit of it, no number inside the note is a cell, and the note does not
# end the row's run of values. (A bracketed ordinal 「(二)」 is a heading, not a note.)
# (and Unicode superscript digits typed after a figure, 「12¹」: not digits of it)
FOOTNOTE_MARKS = _FOOTNOTE_MARKS = "*※#†‡△▲☆★⁰¹²³⁴⁵⁶⁷⁸⁹" + "".join(chr(c) for c in range(0x2460, 0x2474))  # ①…⑳
_CN_ORDINAL = "一二三四五六七八九十"
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# digits glued to letters, not read as a number (`_fragment`): a cell we could not read
_UNREAD_NUMBER = re.compile(r"\d[A-Za-z]|[A-Za-z]\d")
# a row's cell in OCR letters (「II」「o件」「I2⁸」): its number, a unit and footnote marks after it
# — or a figure with a space (a no-break space) between its groups of thousands and a decimal part:
# 「6 755.79」「1&nbsp;186.5」 (a 省 department's fees, in 万元), one figure in one cell
_SPACED_NUMBER = re.compile(rf"(?:\d(?: ?\d)+|\d{{1,3}}(?: \d{{3}})+\.\d+) ?[{re.escape(_FOOTNOTE_MARKS)}]*")
_NOTE = rf"\((?![{_CN_ORDINAL}]+\))[^()]*[^\x00-\x7f][^()]*\)"  # 「(其中2件为网上申请)」, no 「(二)」
_NOTE_END = re.compile(rf"(?:{_NOTE})$")
# (a note after it too: 「225o（均已按期答复）」)
OCR_CELL = re.compile(rf"([+-]?[0-9OolI]+(?:\.[0-9OolI]+)?)(?:{CELL_UNIT})?[{re.escape(_FOOTNOTE_MARKS)}]*(?:{_NOTE})?")
NOTE_AFTER_NUMBER = _NOTE_AFTER_NUMBER = re.compile(
    "(?:(?<=\\d)|" + "|".join(rf"(?<=\d{u})" for u in CELL_UNIT.split("|")) + ")"
    rf"(?:[{re.escape(_FOOTNOTE_MARKS)}]+|{_NOTE})"
)

# What a match of NOTE_AFTER_NUMBER begins with: a footnote mark or the note's bracket.
_NOTE_FIRST = re.compile(rf"[{re.escape(_FOOTNOTE_MARKS)}(]")

Labels = tuple[tuple[str, Anchored], ...]  # (row key, pattern), compiled once per table spec


def compile_labels(labels: list[tuple[str, str]]) -> Labels:
    return tuple((key, compile_anchored(pattern)) for key, pattern in labels)


# A reviewer's markup printed with the document (Word's 「显示标记」 print, a PDF of it): each balloon in
# the margin opens with its kind — 「批注 [马2]:」 a comment, 「已删除:」「删除的内容:」 a deletion,
# 「已插入:」「带格式的:」「已移动(插入):」, in English 「Comment [A1]:」「Deleted:」「Inserted:」「Formatted:」 — and the
# line lands beside a row of the table. Its words are the reviewer's (「批注: 本年新收申请件数请再核对」), never
# a row's label: a row name inside a balloon does not open that row.
_BALLOON = re.compile(
    r"(?:批注|注释|comment)\[[^\]\x1d-\x1f]{0,24}\]:"
    r"|(?:已删除|删除的内容|已插入|插入的内容|带格式的|带格式表格|已移动|deleted|inserted|formatted|moved)"
    r"(?:\((?:插入|删除|from|to|insertion|deletion)\))?:",
    re.IGNORECASE,
)


def _in_balloon(text: str, at: int) -> bool:
    """Whether the stream token holding offset `at` is a markup balloon's text (see `_BALLOON`): its
    kind opens the token at most `_BALLOON_REACH` characters before `at` (a bounded look back)."""
    floor = max(0, at - _BALLOON_REACH)
    a = max(text.rfind("\x1d", floor, at), text.rfind("\x1e", floor, at), text.rfind("\x1f", floor, at)) + 1
    if a == 0 and floor > 0:
        return False  # the token opens further back: no balloon's kind right before the label
    return _BALLOON.match(text, a, at) is not None


_BALLOON_REACH = 64


def find_labels(stream: Stream, labels: Labels, start: int, end: int) -> list[Piece]:
    """All label matches in [start, end), earliest first, longest wins on overlap (none inside a
    markup balloon: `_BALLOON`)."""
    found: list[tuple[int, int, str]] = []
    text = stream.text
    for key, rx in labels:
        for m in rx.finditer(text, start, end):
            if m.end() > m.start() and not _in_balloon(text, m.start()):
                found.append((m.start(), -m.end(), key))
    found.sort()
    kept: list[Piece] = []
    last_end = -1
    for a, neg_b, key in found:
        if a < last_end:
            continue
        kept.append(Piece("label", a, -neg_b, text[a:-neg_b], key))
        last_end = -neg_b
    return kept


def pieces(stream: Stream, labels: Labels, start: int, end: int) -> list[Piece]:
    out: list[Piece] = []
    pos = start
    for lab in find_labels(stream, labels, start, end) + [Piece("end", end, end)]:
        if lab.start > pos and not _folded_group(stream.text, out[-1] if out else None, lab):
            _between(stream.text, pos, lab.start, out)
        if lab.kind == "label":
            out.append(lab)
        pos = lab.end
    if _INDICATOR_CODE.search(stream.text, start, end) is not None:  # (most regions print no code: no pass)
        out = _indicator_codes(stream.text, out)
    return _drop_column_numbers(_chinese_numeral_cells(stream.text, out))


_JOINER = frozenset("-－—–")


@functools.cache
def _group_of() -> dict[str, str]:
    """Table 三's result sub-rows → their group's key (「r3_1」 → 「r3」)."""
    from . import tablespec as ts

    return {r.key: r.parent for r in (*ts.T3_GF2021.rows, *ts.T3_GF2019.rows) if r.parent and r.parent != r.key}


def _folded_group(text: str, last: Piece | None, lab: Piece) -> bool:
    """A group's name folded into its sub-row's, one cell 「（三）不予公开-1.属于国家秘密」 (a fill-in system's
    export, a platform's column paths): the dash glued between the two names joins them — it is not
    the group row's one cell (a 「-」 placeholder), which would leave a phantom row read with a doubt."""
    return (
        last is not None
        and last.kind == "label"
        and lab.kind == "label"
        and lab.start - last.end == 1
        and text[last.end] in _JOINER
        and _group_of().get(lab.key) == last.key
    )


# A statistics system's indicator code in a cell of its own (「T4-01」「T3-05」「A1-2」): a row's name, not a
# value — the letters read as words, the 「-01」 after them would read as a number.
_INDICATOR_CODE = re.compile(r"[A-Za-z]{1,3}\d{0,2}[-－]\d{1,3}")


def _indicator_codes(text: str, items: list[Piece]) -> list[Piece]:
    """Letters and the number glued after them, together a whole cell that is an indicator code, as one
    word piece."""
    out: list[Piece] = []
    for p in items:
        last = out[-1] if out else None
        if (
            last is not None
            and p.kind == "value"
            and last.kind == "other"
            and last.end == p.start
            and _INDICATOR_CODE.fullmatch(text, last.start, p.end)
            and _whole_cell(text, Piece("other", last.start, p.end))
        ):
            out[-1] = Piece("other", last.start, p.end, text[last.start : p.end])
            continue
        out.append(p)
    return out


CN_NUMERAL = re.compile("[〇零一二两三四五六七八九十百千]+")
_CN_TYPED_AT_LEAST = 5  # cells in Chinese numerals (「一」 aside) that make a table one typed in them


# A whole cell in numerals: the marker before it is matched, not looked behind for — a pattern that opens
# with a lookbehind is tried at every character of the stream, one that opens with the markers' class
# skips to the next marker (the same cells: a marker is no numeral, so each match is the whole run).
_CN_CELL = re.compile(f"[{SEP}{ROW}{BLANK}]({CN_NUMERAL.pattern})(?=[{SEP}{ROW}{BLANK}])")


@functools.lru_cache(maxsize=4)
def _typed_in_numerals(text: str) -> bool:
    """The report's tables hold at least `_CN_TYPED_AT_LEAST` whole cells in Chinese numerals other
    than 「一」 (「零」 cells count): its clerk typed the counts in numerals. Judged over the whole
    stream, so a table of few numerals (table 四 of 「一」 and blanks) is read like the table 三 above it."""
    return sum(1 for m in _CN_CELL.finditer(text) if m[1] != "一") >= _CN_TYPED_AT_LEAST


def _whole_cell(text: str, p: Piece) -> bool:
    return (p.start == 0 or text[p.start - 1] in _MARKERS) and (p.end == len(text) or text[p.end] in _MARKERS)


def _chinese_numeral_cells(text: str, items: list[Piece]) -> list[Piece]:
    """A table whose clerk typed its counts in Chinese numerals (「七十九」「〇」「三」) read as numbers,
    each with the span of its printed numeral (normalize.parse_chinese_number; 〇 is 零). Only where
    the report is typed so (`_typed_in_numerals`): then a cell 「一」 is the count 1 too, not the dash
    it stands for in a table of digits (a placeholder there)."""
    found = [
        k
        for k, p in enumerate(items)
        if p.kind in ("other", "placeholder") and CN_NUMERAL.fullmatch(p.text) and _whole_cell(text, p)
    ]
    if not found or not _typed_in_numerals(text):
        return items
    out = list(items)
    for k in found:
        p = out[k]
        n = parse_chinese_number(p.text.replace("〇", "零"))
        if n is not None:
            out[k] = Piece("value", p.start, p.end, str(n))
    return out


def _drop_counting_rows(items: list[Piece]) -> list[Piece]:
    """Each row end followed by a counting row (see `_drop_column_numbers`): looked at from the row ends
    alone (a counting row holds values only, so no row end is passed over between two)."""
    drop: list[tuple[int, int]] = []
    for i in [k for k, p in enumerate(items) if p.kind == "row"]:
        # (from 1, or from 0 as a dataframe numbers its columns: pandas `to_csv`'s 「0,1,…,14」)
        base = 1 if i + 1 < len(items) and items[i + 1].text == "0" else 0
        j = i + 1
        while j < len(items) and items[j].kind == "value" and items[j].text == str(j - i - base):
            j += 1
        if j - i - 1 >= 5 and j < len(items) and items[j].kind == "row":
            drop.append((i + 1, j))
    if not drop:
        return items
    out: list[Piece] = []
    at = 0
    for a, b in drop:
        out.extend(items[at:a])
        at = b
    return out + items[at:]


_COLUMN_INDEX = re.compile(r"栏次|栏号|列次|序列号")


def _drop_column_numbers(items: list[Piece]) -> list[Piece]:
    """A 栏次 row (「栏次 | 1 | 2 | … | 15」 printed under a header by statistics systems) numbers the
    value columns: its numbers are not values. After a 栏次 word, numbers that count 1, 2, 3, … in
    order (at least two) are dropped; the first that breaks the count is a value again. A source row
    of nothing but numbers that count 1, 2, …, k or 0, 1, …, k − 1 (k ≥ 5: no table's row of counts
    does — its total would not add up) is such a row without the word (table 四's 「1 … 15」, a
    dataframe's 「0 … 14」)."""
    items = _drop_counting_rows(items)
    if not any(p.kind == "other" and _COLUMN_INDEX.fullmatch(p.text) for p in items):
        return items
    out: list[Piece] = []
    counting = 0  # > 0: inside a 栏次 row, the next column number expected
    pending: list[Piece] = []  # numbers of a 栏次 row not yet known to count to two
    for p in items:
        if counting:
            if p.kind == "value" and p.text == str(counting):
                pending.append(p)
                counting += 1
                continue
            if p.kind == "blank" and not pending:
                out.append(p)  # the 栏次 word's merged area
                continue
            if len(pending) < 2:
                out.extend(pending)
            counting, pending = 0, []
        if p.kind == "other" and _COLUMN_INDEX.fullmatch(p.text):
            counting = 1
        out.append(p)
    if len(pending) < 2:
        out.extend(pending)
    return out


# A cell that is one plain number (most cells) is told apart by the regex engine: it is followed
# by a boundary or the end. Anything else between boundaries goes to _fragment. Separators are
# consumed with the token after them. The chunks tile the text (only separators at the very end go
# unmatched), so findall's groups give every position by their lengths: no match objects.
_CHUNK = re.compile(r"(\x1f*)(?:([0-9]++)(?![^\x1d-\x1f])|([^\x1d-\x1f]+)|(\x1e)|(\x1d))")


def _between(text: str, start: int, end: int, out: list[Piece]) -> None:
    """Row ends, blank cells and the fragments between separators, appended to `out`."""
    pos = start
    for seps, number, fragment, row, _blank in _CHUNK.findall(text, start, end):
        pos += len(seps)
        if number:
            out.append(Piece("value", pos, pos + len(number), number))
            pos += len(number)
        elif fragment:
            _fragment(text, pos, pos + len(fragment), out)
            pos += len(fragment)
        else:
            out.append(Piece("row" if row else "blank", pos, pos + 1))
            pos += 1


# Between two numbers of a row, a bar is a cell border of a line-printed row (「288|2|2」) and 「、」
# the separator of a typed list of a row's values (「：12、0、0、1、0、0、13。」).
_BARS = frozenset("|｜、")
_RUN_KINDS = frozenset(("value", "placeholder"))


def _fragment(text: str, i: int, j: int, out: list[Piece]) -> None:
    frag = text[i:j]
    if frag[0] == UNREAD:
        out.append(Piece("unread", i, j, frag))
        return
    if frag in PLACEHOLDERS:  # stream text is folded and has no whitespace: no squash needed
        out.append(Piece("placeholder", i, j, frag))
        return
    if frag == ZERO_WORD:  # a cell printed 「零」: the value 0
        out.append(Piece("value", i, j, frag))
        return
    if frag[0] in GLUED_MARKS:  # 「///」 after a row label: glued 「/」 (or 「—」) cells, the text after them goes on
        k = i
        while k < j and text[k] in GLUED_MARKS:
            out.append(Piece("placeholder", k, k + 1, text[k]))
            k += 1
        if k == j:
            return
        i, frag = k, text[k:j]
    if not _DIGIT.search(frag):  # header or label text: nothing to read
        typed = _TYPED_MARKS.search(frag) if ":" in frag else None
        if typed is not None:  # 「行政处罚：/。」: the label's words, then its row's placeholders
            k, m_end = i + typed.start(1), i + typed.end(1)
            out.append(Piece("other", i, k, frag[: k - i]))
            out.extend(Piece("placeholder", x, x + 1, text[x]) for x in range(k, m_end, 2))
            if j > m_end:
                out.append(Piece("other", m_end, j, text[m_end:j]))
            return
        marks = len(frag) - len(frag.rstrip(_MARK_CHARS))
        if marks and _LEADERS.search(frag, 0, len(frag) - marks):  # 「行政处罚…………… /」: a placeholder
            out.append(Piece("other", i, j - marks, frag[:-marks]))  # after a label's dot leaders
            out.extend(Piece("placeholder", k, k + 1, text[k]) for k in range(j - marks, j))
            return
        if marks >= 3:  # 「…总计///////////////」: a header glued to a row of placeholders (a
            # shorter run of dashes is punctuation: 「——」)
            out.append(Piece("other", i, j - marks, frag[:-marks]))
            out.extend(Piece("placeholder", k, k + 1, text[k]) for k in range(j - marks, j))
            return
        out.append(Piece("other", i, j, frag))
        return
    change = WORDED_CHANGE.fullmatch(frag)
    if change is not None:  # 「增加4」「减少1」「↑2」: a change column's signed number, the cell's text its span
        sign = "-" if change.group(1) in _DOWN else "+"
        out.append(Piece("value", i, j, sign + change.group(2)))
        return
    notes = (
        [(m.start(), m.end()) for m in _NOTE_AFTER_NUMBER.finditer(text, i, j)]
        if _NOTE_FIRST.search(text, i, j)  # (its lookbehinds are tried at every character: looked for only where
        else []  # a mark or a bracket that could open a note is there)
    )
    pos = i
    for m in _NUMBER_OR_MARK.finditer(text, i, j):
        a, b = m.start(), m.end()
        if notes:
            if any(x <= a < y for x, y in notes):
                continue  # a number inside a note
            if a > pos and out and out[-1].kind == "value" and _note_then_bar(text, notes, pos, a):
                pos = a  # the note between two numbers is left out (and a typed list's 「、」 after it)
        if b - a == 1 and text[a] in GLUED_MARKS:
            if i < a and b < j and _CJK.match(text, a - 1) and _CJK.match(text, b):
                continue  # 「结果维持/结果纠正」: a slash between words of a label, not a cell
            # 「61///2076」: a placeholder glued between numbers is a cell of its own
            if a > pos and not (out and out[-1].kind in _RUN_KINDS and _BARS.issuperset(text[pos:a])):
                out.append(Piece("other", pos, a, text[pos:a]))
            out.append(Piece("placeholder", a, b, text[a]))
            pos = b
            continue
        if _ORDINAL.match(text, b, j) or _DATE.match(text, b, j):
            continue  # 「2.其他…」: a list number; 「2019年未收到…」: a date. Not values.
        if _LATIN.match(text, b) or (a > i and _LATIN.match(text, a - 1)):
            continue  # 「7O5lO」: digits glued to letters (OCR's O/l for 0/1) are no number of their own
        if a > pos and not (out and out[-1].kind in _RUN_KINDS and _BARS.issuperset(text[pos:a])):
            # (a bar between two numbers is a cell border of a line-printed table row, 「288|2|2」, and
            # so is a typed list's 「、」: the numbers stay one run, not a run the glued solver would split)
            out.append(Piece("other", pos, a, text[pos:a]))
        out.append(Piece("value", a, b, m.group()))
        pos = b
    if pos < j and not (out and out[-1].kind == "value" and (pos, j) in notes):
        if (
            j - pos == 1
            and text[pos] in _TRAILING_MARKS
            and out
            and out[-1].kind == "value"
            and out[-1].end == pos
            and _count_follows(text, j, out)
        ):
            return  # 「1.」「0、」: a count typed with a trailing mark, the mark no part of it
        out.append(Piece("other", pos, j, text[pos:j]))


# A change typed in words or arrows in a change column (GF2019's 本年增/减: 「增加4」「减少1」「↑2」「↓1」,
# a unit after it 「增加4项」): the signed number. Only a whole cell: 「比上年增加4」 is prose.
_DOWN = frozenset(("减少", "减", "下降", "↓", "▼"))
WORDED_CHANGE = re.compile(rf"(增加|减少|增|减|上升|下降|↑|↓|▲|▼)(\d+)(?:{CELL_UNIT})?")
# A count typed with a mark after it (「1.」「0、」, a clerk's habit from list numbers): the count — when the
# cell is not a row's item number, i.e. another cell of the row follows it, or it ends a row after cells of
# its own (`_count_follows`); 「1.」 before a label is the label's number, not a value.
_TRAILING_MARKS = frozenset(".、")
_FOLLOWING_CELL = frozenset("0123456789+/—-" + BLANK)
_IN_ROW = frozenset(("value", "placeholder", "blank", "label"))


def _count_follows(text: str, j: int, out: list[Piece]) -> bool:
    """Whether the number ending at `j` (a trailing mark after it) is a row's cell: a cell follows it
    (a figure, a placeholder, a blank), or the row ends after its label or other cells."""
    k = j
    while k < len(text) and text[k] == SEP:
        k += 1
    if k == len(text) or text[k] == ROW:
        return len(out) > 1 and out[-2].kind in _IN_ROW
    if text[k] in _FOLLOWING_CELL:
        return True
    change = WORDED_CHANGE.match(text, k)  # 「295.」 then 「减少21」
    return change is not None and (change.end() == len(text) or text[change.end()] in _MARKERS)


def _note_then_bar(text: str, notes: list[tuple[int, int]], pos: int, a: int) -> bool:
    """Whether text[pos:a] is a note after a number (「¹⁰」「（其中2件为网上申请）」), then nothing or
    the separator of a typed list of values (「2¹⁰、0」)."""
    return any(x == pos and (y == a or (y < a and _BARS.issuperset(text[y:a]))) for x, y in notes)


def value_runs(items: list[Piece]) -> list[ValueRun]:
    """Group value/placeholder/blank pieces into runs and attach the label read before each run.

    A row end closes a run and forgets the pending label; other text closes a run but keeps the
    label (a long label may be followed by a stray word before its numbers). A run that other text
    closed while more numbers follow before the next label or row end is marked `cut`: what it holds
    is not its row's whole run of digits (「$44$ | $2$ …」 read as 「44」), so it is no glued row to split."""
    runs: list[ValueRun] = []
    current: list[Piece] = []
    label: str | None = None
    closed: ValueRun | None = None  # the run other text closed, while its row goes on
    lost = False  # digits glued to letters between the label and the run: a cell not read as one
    after_text = False  # other text between the label and the run
    for p in items + [_END]:
        kind = p.kind
        if kind == "other" and not current and label is not None and not _second_script(p.text):
            after_text = True
            if _UNREAD_NUMBER.search(p.text):
                lost = True  # (「I2⁸」 before 「4 0 0 16」: the run is not the row's whole run of digits)
        if kind in _CELL_KINDS:
            if closed is not None and kind == "value":
                closed.cut = True  # (its row printed more numbers after the text that closed it)
                closed = None
            current.append(p)
            continue
        if current:  # a run closes
            if label is not None or any(c.kind != "blank" for c in current):
                # (unread digits right after it — 「l4⁶」 — are a cell not read as one: cut too)
                # (a figure in Chinese numerals that read as none, 「七百六十五六百一十三」: cells run together)
                cut = lost or (kind == "other" and bool(_UNREAD_NUMBER.search(p.text) or CN_NUMERAL.fullmatch(p.text)))
                runs.append(ValueRun(current, label, cut=cut, lost=lost, after_text=after_text))
                label = None
                closed = runs[-1] if kind == "other" else None
            current, lost, after_text = [], False, False
        if kind == "label":
            label = p.key
            closed = None
            lost = after_text = False
        elif kind == "row":
            label = None
            closed = None
            lost = after_text = False
    return runs


def _second_script(text: str) -> bool:
    """Words of a minority script only (Tibetan, Uyghur, Mongolian, Korean: 「行政复议 مەمۇرىي قايتا قاراش」) —
    a bilingual report's label in its other script, beside the Chinese: part of the label, no other text."""
    return any(ch.isalpha() for ch in text) and not _HAN_OR_LATIN.search(text)


_HAN_OR_LATIN = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]")
_CELL_KINDS = frozenset(("value", "placeholder", "blank", "unread"))
_END = Piece("end", 0, 0)
