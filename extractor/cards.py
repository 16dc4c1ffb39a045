"""Tables printed as cards: a row label, then one 「列名：值」 line per cell.

Mobile pages print each table row as a card (the label, then 「自然人：38」 … 「总计：40」), Markdown
converters turn a table into nested bullet lists (「- （一）予以公开」 over 「  - 自然人：21」), a
responsive page writes `<dl><dt>label<dd>自然人：22`, a Word report prints the same as paragraphs.
Read row by row, such a card is one number after each word: the parser could not place them.

A card names each cell by its column, so here a cell is placed by that name, never by where it
stands: a card that prints its cells in another order, leaves one blank (「自然人：」 with nothing
after it: a printed blank) or leaves one out (not printed: missing, never 0) reads unambiguously.
What the names are comes from the one table spec (`T3_COL_NAMES`, `T4_COL_NAMES`), with the org
group's prefix optional (「法人或其他组织-商业企业」「法人或其他组织（商业企业）」). A column a card
names twice with two different values is a conflict: null with a doubt, never a guess.

Only the reading into rows is here: each card becomes a row of the spec's columns, as the parser
reads rows printed in a grid (stream.ValueRun), with two more kinds of cell — `missing` and
`conflict` — that tables.py turns into doubts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from . import pathcells, tablespec as ts
from .normalize import PLACEHOLDERS, compact, parse_number
from .stream import Labels, Piece, Stream, ValueRun, compile_labels, find_labels

MISSING = "missing"  # a column the card does not print
CONFLICT = "conflict"  # a column the card prints twice, with different values
UNCHECKED = "unchecked"  # read from words, but its row's identity breaks: not trusted
_MIN_ENTRIES = 2  # a card: a label and at least two 「列名：值」 lines under it
_BULLETS = r"-*+•·●○◦▪■□"
_MARK = re.compile(r"[\x1d-\x1f]")  # a stream marker: where a token ends

_TOKEN_START = r"(?<![^\x1d-\x1f])"  # at a stream token's first character: the text's, or one after a marker


@functools.lru_cache(maxsize=4)
def _bare_entry(names: tuple[str, ...], signed: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A 「列名值」 line: a card's label and value printed in two elements of one line (a mobile CMS's
    `<span class="k">自然人</span><span class="v">76</span>`, a label cell and a value cell of a
    definition row) that the page's text joins with no colon — the column's name, then a number or a
    placeholder that is the rest of the stream token, whole. (A name followed by words is no cell.)
    `signed`: the names of columns that take a change (table 二's 「本年增/减」): after one of them the
    number may carry its sign (「本年增/减-16」「本年增/减+3」), the sign part of the value and its span;
    a sign alone (「-」) stays a placeholder. After any other name a sign is no part of a number."""
    plain = [n for n in names if n not in signed]
    alts = "|".join(map(_name_rx, sorted(plain, key=len, reverse=True))) or "(?!)"
    salts = "|".join(map(_name_rx, sorted(signed, key=len, reverse=True))) or "(?!)"
    org = re.escape(ts.T3_ORGS_HEAD)
    bullets = re.escape(_BULLETS)
    return re.compile(
        rf"{_TOKEN_START}[{bullets}]*(?:{org}[-—–·/_]?\(?)?(?P<name>(?P<signed>{salts})|{alts})\)?"
        rf"(?P<value>(?(signed)[-+]?)\d+(?:,\d{{3}})*(?:\.\d+)?|[-—–－/\\]+)(?:件|个|万元)?(?=[\x1d-\x1f]|$)"
    )


@functools.lru_cache(maxsize=8)
def _after_marker(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx`, a pattern that opens with `_TOKEN_START`, opening with the marker itself instead: the regex
    engine skips from marker to marker rather than trying the lookbehind at every character."""
    return re.compile("[\x1d-\x1f]" + rx.pattern.removeprefix(_TOKEN_START))


def _token_matches(rx: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """`list(rx.finditer(text, start, end))` for a pattern that opens with `_TOKEN_START` and never
    matches empty, found about twice as fast: at `start` (the marker before it, if any, lies outside
    the region), then after each marker (`_after_marker`; each hit matched again by `rx` itself, so
    the matches are `rx`'s own). A match ends at a marker or the end: the next begins after it, as
    finditer's would."""
    out: list[re.Match[str]] = []
    first = rx.match(text, start, end)
    if first is not None:
        out.append(first)
    for hit in _after_marker(rx).finditer(text, first.end() if first is not None else start, end):
        m = rx.match(text, hit.start() + 1, end)
        if m is not None:  # (always: the lookbehind holds after the marker)
            out.append(m)
    return out


_UNIT = re.compile(r"\((?:(?P<word>[^():]*):)?(?P<unit>[^():]+)\)$")


def _name_rx(name: str) -> str:
    """A column's name as a regex: its bracketed unit (「(单位:万元)」, the spec's name compact) in any
    bracket — 「（）」「()」「【】」「[]」 — with its 「单位：」 optional (「本年收费金额【万元】」); the unit itself
    as the name says (another unit is another scale: never this column)."""
    m = _UNIT.search(name)
    if m is None:
        return re.escape(name)
    word = rf"(?:{re.escape(m['word'])}:)?" if m["word"] else ""
    unit = re.escape(m["unit"])
    # or the unit printed after the value instead (「本年收费金额6438.71万元」, an elder-mode page speaking
    # the row): the name bare, only when that same unit follows the number
    after = rf"(?=\d+(?:,\d{{3}})*(?:\.\d+)?{unit})"
    return rf"{re.escape(name[: m.start()])}(?:[(\[【]{word}{unit}[)\]】]|{after})"


@functools.lru_cache(maxsize=4)
def _entry(names: tuple[str, ...]) -> re.Pattern[str]:
    """A 「列名：值」 line in compact text, from the start of a stream token: an optional list bullet,
    the column's name (the org group's name in front of it optional), a colon, and the rest of the
    token as its value."""
    alts = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    org = re.escape(ts.T3_ORGS_HEAD)
    bullets = re.escape(_BULLETS)
    return re.compile(
        rf"(?<![^\x1d-\x1f])[{bullets}]*(?:{org}[-—–·/_]?\(?)?(?P<name>{alts})\)?:(?P<value>[^\x1d-\x1f]*)"
    )


# Named values run on in one line (an app's share text 「（一）予以公开：自然人 14｜商业企业 0｜…」, a
# sentence 「结果维持3件、结果纠正0件，合计3件」): a link is a column's name, an optional 「：」「为」, the
# value (digits, 「零」, a dash or 「/」; nothing before a separator is a printed blank), an optional
# count word, and the separator before the next link. A chain is two or more links in a row, one
# of them a value; a number followed by 年/月/日 (a date) ends a chain, it never becomes a cell. A
# name with neither a value nor its 「：」 is a word (「行政复议（结果维持/结果纠正/…/总计）」 lists the
# columns), and a dash or 「/」 between two words separates them, it is no placeholder.
_SEPS = "|;,/、"
_NUM = r"[-+]?(?:\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|零|[-—–－/\\]+(?![\d\u4e00-\u9fff])"


@dataclass(frozen=True)
class _ChainRx:
    link: re.Pattern[str]  # one link, matched where a name starts
    start: re.Pattern[str]  # where a name (with the org group's prefix) may start


@functools.lru_cache(maxsize=4)
def _chain_rx(names: tuple[str, ...]) -> _ChainRx:
    alts = "|".join(map(_name_rx, sorted(names, key=len, reverse=True)))  # (a unit after the value too)
    org = re.escape(ts.T3_ORGS_HEAD)
    link = re.compile(
        rf"(?:{org}[-—–·_]?\(?)?(?P<name>{alts})\)?(?P<said>[:为是]|共计)?(?P<value>{_NUM})?(?:件|个|起|宗|万元)?(?![年月日\d])"
    )
    # (where a name starts: 「(?:org)?(?:alts)」 spelled as one flat alternation, the same matches in the same order
    # of trial, whose every arm opens with a character — so the regex engine skips to those characters on its own
    # instead of trying the optional group at every character of the region)
    return _ChainRx(link, re.compile(rf"{org}(?:{alts})|{alts}"))


def _links(text: str, rx: _ChainRx, at: int, end: int) -> list[re.Match]:
    """The links of the chain that starts at `at` (a name), up to where the run of links breaks."""
    out: list[re.Match] = []
    while at < end:
        m = rx.link.match(text, at, end)
        if m is None:
            break
        after = m.end()
        nxt = text[after] if after < end else ""
        if m["value"] is None and (m["said"] is None or (nxt and nxt not in _SEPS)):
            break  # a name and no value, unless said (「自然人：｜」 a blank cell): a word, a list of names
        out.append(m)
        at = after + 1 if nxt and nxt in _SEPS else after
        if at > after and rx.start.match(text, at, end) is None:
            break  # a separator, then no name: the chain ends
    return out


def chains(text: str, names: tuple[str, ...], start: int, end: int, single: bool = False) -> list[list[re.Match]]:
    """The chains of named values in [start, end), in order (see `_link`); a chain never runs over
    a token's end. `single`: one link with a value that ends its line or sentence is a chain too
    (「行政许可：本年处理决定数量785」 among table 二's share lines, 「复议后起诉的其他结果1件。」)."""
    rx = _chain_rx(names)
    out: list[list[re.Match]] = []
    at = start
    while True:
        m = rx.start.search(text, at, end)
        if m is None:
            return out
        mark = _MARK.search(text, m.start(), end)
        stop = mark.start() if mark else end
        links = _links(text, rx, m.start(), stop)
        # (a link that is its token whole is a 「列名：值」 line: read as a card line, not a chain)
        alone = single and links and (links[-1].end() == stop or text[links[-1].end()] in "。;")
        alone = alone and text[_token_start(text, m.start(), start) : m.start()].strip(_BULLETS) != ""
        # a chain of names alone is a header, unless each name has its colon (「自然人：｜商业企业：｜…」: blank)
        if (len(links) >= _MIN_ENTRIES or alone) and any(x["value"] or x["said"] for x in links):
            out.append(links)
            at = links[-1].end()
        else:
            at = m.end()


ColumnOf = Callable[[str, str], str | None]


def _named(names: Mapping[str, str]) -> tuple[re.Pattern[str], ColumnOf]:
    return _entry(tuple(names)), lambda _row, name: names.get(name)


@dataclass
class Card:
    label: Piece
    entries: dict[str, list[Piece]] = field(default_factory=dict)  # column key → its printed cells
    chained: bool = False  # some cells were read from named values in a line (bound by words)


def read(
    stream: Stream,
    labels: Labels,
    entry: re.Pattern[str],
    col_of: ColumnOf,
    start: int,
    end: int,
    min_cards: int,
    chain_names: tuple[str, ...] = (),
    foreign: re.Pattern[str] | None = None,
    single: bool = False,
    bare: re.Pattern[str] | None = None,
) -> dict[str, Card] | None:
    """The cards of [start, end): row key → card (two cards of one row are one: the same cell printed
    twice must agree). None when the region is not printed as cards: fewer than `min_cards` row
    labels with two or more 「列名：值」 lines (or named values in one line, `chain_names`) each.
    `col_of(row key, printed name)`: the column a line names in that row's card, None for a line that
    names none (not read). A chain is bound to the last row label before it; with `foreign`, a word
    of another row between that label and the chain leaves the chain unbound (not read): the words
    do not say whose values they are."""
    text = stream.text
    found: list[tuple[int, Piece | None, re.Match | None]] = []
    runs = chains(text, chain_names, start, end, single) if chain_names else []
    spans = [(r[0].start(), r[-1].end()) for r in runs]
    chained = {_token_start(text, a, start) for a, _ in spans}
    starts = {a for a, _ in spans}
    ends = dict(spans)
    for r in runs:
        found += [(m.start(), None, m) for m in r]
    linked = {f[0] for f in found}
    at = text.find(":", start, end)
    while at >= 0:  # from colon to colon (most tables print none): the token around each, whole
        a = _token_start(text, at, start)
        mark = _MARK.search(text, at, end)
        b = mark.start() if mark else end
        m = entry.fullmatch(text, a, b) if a not in chained else None
        if m is not None:
            found.append((a, None, m))
        at = text.find(":", b, end)
    if bare is not None:  # 「列名值」 lines, no colon: each token that is a name and a value, whole
        taken = {f[0] for f in found} | chained
        found += [(m.start(), None, m) for m in _token_matches(bare, text, start, end) if m.start() not in taken]
    if len(found) < min_cards * _MIN_ENTRIES:
        return None
    entry_at = {a for a, _, _ in found}
    for lab in find_labels(stream, labels, start, end):
        if _token_start(text, lab.start, start) in entry_at or any(a <= lab.start < b for a, b in spans):
            continue  # a column's name read as a row label
        found.append((lab.start, lab, None))
    found.sort(key=lambda f: f[0])
    cards: dict[str, Card] = {}
    card: Card | None = None
    bound = True  # the chain being read belongs to `card`
    last = Piece("label", start, start)  # the row label printed last
    for at, lab, m in found:
        if lab is not None:
            card = cards.setdefault(lab.key, Card(lab))
            last = lab
            continue
        if at in starts:
            bound = card is not None and (foreign is None or _says_whose(text, foreign, last.end, at, ends[at]))
            if bound and card is not None:
                card.chained = True
        elif at in entry_at and at not in linked:
            bound = True  # a 「列名：值」 line of its own
        if card is None or m is None or not bound:
            continue  # 「列名：值」 before any row label, or a chain the words do not bind: not read
        col = col_of(card.label.key, m["name"])
        if col is not None:
            card.entries.setdefault(col, []).append(_cell(m))
    full = sum(1 for c in cards.values() if sum(len(v) for v in c.entries.values()) >= _MIN_ENTRIES)
    if full < min_cards:
        return None
    return {k: c for k, c in cards.items() if c.entries}


_CLAUSE_END = re.compile(r"[。;\x1d-\x1f]")


def _says_whose(text: str, foreign: re.Pattern[str], label_end: int, a: int, b: int) -> bool:
    """Whether the words bind the chain [a, b) to the label that ends at `label_end`: no word of
    another row between them, nor after the chain in its clause (「…，合计3件，均为行政诉讼案件」)."""
    if foreign.search(text, label_end, a) is not None:
        return False
    stop = _CLAUSE_END.search(text, b)
    return foreign.search(text, b, stop.start() if stop else len(text)) is None


def _token_start(text: str, at: int, floor: int = 0) -> int:
    """Where the stream token holding offset `at` begins (not before `floor`)."""
    return max(
        floor, text.rfind("\x1d", floor, at) + 1, text.rfind("\x1e", floor, at) + 1, text.rfind("\x1f", floor, at) + 1
    )


def _cell(m: re.Match) -> Piece:
    """The cell a 「列名：值」 line prints: a value, a placeholder (「/」「—」), or a blank where the line
    ends at its colon (an empty piece at the colon's end)."""
    a, b = m.span("value")
    value = m["value"]
    if not value:
        return Piece("blank", a, a)
    return Piece("placeholder" if value in PLACEHOLDERS else "value", a, b, value)


def row(card: Card, cols: tuple[str, ...]) -> list[Piece]:
    """The card's cells in the spec's column order; a column it does not print is `missing`, one it
    prints twice with different texts a `conflict` spanning both."""
    out: list[Piece] = []
    at = card.label.end
    for col in cols:
        cells = card.entries.get(col)
        if not cells:
            out.append(Piece(MISSING, at, at))
        elif len({c.text for c in cells}) > 1 or len({c.kind for c in cells}) > 1:
            out.append(Piece(CONFLICT, cells[0].start, cells[-1].end, "、".join(c.text or "空白" for c in cells)))
        else:
            out.append(cells[0])
    return out


_T3_LABELS = compile_labels(list(ts.T3_LABEL_PATTERNS.items()))
_T4_LABELS = compile_labels(list(ts.T4_KIND_PATTERNS.items()))


_T3_ROWS = frozenset(r.key for r in (*ts.T3_GF2021.rows, *ts.T3_GF2019.rows))
_T3_CHAIN = tuple(ts.T3_SENTENCE_NAMES)
_T3_BARE = _bare_entry(_T3_CHAIN)
_T4_CHAIN = tuple(ts.T4_SENTENCE_NAMES)
_T4_BARE = _bare_entry(_T4_CHAIN)
# Between table 四's kind and the values a sentence binds to it, no word of another kind: 「被申请行政复议
# 2件，被提起行政诉讼的案件中，结果维持…」 does not say which kind the results are of.
_T4_FOREIGN = re.compile(r"复议|诉讼|起诉")


def t3_runs(stream: Stream, start: int, end: int) -> list[ValueRun] | None:
    """Table 三's rows when it is printed as cards (two or more), in printed order; else None."""
    # named values in a line only where the first column's name is printed more than a grid prints it
    chain = _T3_CHAIN if stream.text.count(ts.T3_COL_LABELS["np"], start, end) > 2 else ()
    names = ts.T3_SENTENCE_NAMES
    cards = pathcells.read(
        stream, _T3_LABELS, names, lambda _r, n: names.get(n), _T3_ROWS, start, end, pathcells.t3_bare()
    ) or read(stream, _T3_LABELS, *_named(names), start, end, 2, chain, bare=_T3_BARE)
    if cards is None:
        return None
    ordered = sorted(cards.items(), key=lambda kc: kc[1].label.start)
    return [ValueRun(row(card, ts.T3_COLS), key) for key, card in ordered]


def t4_cells(stream: Stream, start: int, end: int) -> tuple[list[Piece], int] | None:
    """Table 四's 15 cells (行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持 … 总计) when it is printed
    as cards (one kind or more), and the stream offset where the last card ends; else None."""
    names = ts.T4_SENTENCE_NAMES
    cards = pathcells.read(stream, _T4_LABELS, names, lambda _r, n: names.get(n), ts.T4_GROUPS, start, end) or read(
        stream, _T4_LABELS, *_named(names), start, end, 1, _T4_CHAIN, _T4_FOREIGN, True, _T4_BARE
    )
    if cards is None:
        return None
    out: list[Piece] = []
    for g in ts.T4_GROUPS:
        card = cards.get(g)
        if card is None:
            out += [Piece(MISSING, start, start) for _ in ts.T4_COLS]
        else:
            cells = row(card, ts.T4_COLS)
            out += _checked(cells) if card.chained else cells
    last = max(p.end for c in cards.values() for cells in c.entries.values() for p in cells)
    return out, last


def _checked(cells: list[Piece]) -> list[Piece]:
    """A table 四 row whose values words bound to their kind (a sentence, a share line) is kept only
    when its identity holds where it can be judged (总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结): a
    row read from words that does not add up may be bound wrongly, so it is `unchecked` — null, a
    doubt naming what was read — and no defect is charged to the report."""
    values = [parse_number(c.text) if c.kind == "value" else None for c in cells]
    if any(v is None for v in values) or sum(values[:-1]) == values[-1]:  # type: ignore[misc]
        return cells
    return [Piece(UNCHECKED, c.start, c.end, c.text) for c in cells]


# Table 二's cards name their quantities in more ways (「本年收费金额（单位：万元）」「收费金额(万元)」): a
# line's name is any text before its last colon, matched to a column of the card's row by the words
# the spec gives each column (tablespec.T2_HEADER_WORDS) — one column, or the line is not read.
#
# The colon that ends a name stands outside any bracket: a colon inside one is the name's own, a unit
# printed in it (「本年收费金额（单位：万元）」, full- or half-width, folded alike) — 「本年收费金额（单位：
# 万元）639.06」 is a 「列名值」 line with no colon of its own (read by `_bare_entry`), never the name
# 「本年收费金额（单位」 and the value 「万元）639.06」. An opening bracket that never closes is a character.
_T2_NAME_PART = (
    r"[^\x1d-\x1f\d(\[【]"  # a character of the name (a colon, a closing bracket alone too)
    r"|\([^\x1d-\x1f\d()]*\)|\[[^\x1d-\x1f\d\[\]]*\]|【[^\x1d-\x1f\d【】]*】"  # a bracket, closed in the name
    r"|\((?![^\x1d-\x1f(]*\))|\[(?![^\x1d-\x1f\[]*\])|【(?![^\x1d-\x1f【]*】)"  # one that never closes
)
_T2_ENTRY = re.compile(
    rf"(?<![^\x1d-\x1f])[{re.escape(_BULLETS)}]*(?P<name>(?:{_T2_NAME_PART}){{2,40}}):(?P<value>[^\x1d-\x1f:]*)"
)
_T2_WORDS = {col: re.compile(words) for col, words in ts.T2_HEADER_WORDS.items()}


@functools.lru_cache(maxsize=4)
def _t2_names(template: str) -> tuple[str, ...]:
    """Table 二's quantities as printed (compact text), the first row's first quantity first."""
    spec = ts.t2_spec(template)
    names = [compact(n).text for r in spec.rows for n in r.col_labels]
    return tuple(dict.fromkeys(names))


@functools.lru_cache(maxsize=4)
def _t2_bare(template: str) -> re.Pattern[str]:
    """Table 二's 「列名值」 lines: a number after the name of a column that takes a change (kind
    "signed", 「本年增/减」) may carry its sign."""
    spec = ts.t2_spec(template)
    signed = [compact(n).text for r in spec.rows for c, n in zip(r.cols, r.col_labels) if r.kind(c) == "signed"]
    return _bare_entry(_t2_names(template), tuple(dict.fromkeys(signed)))


def t2_runs(stream: Stream, template: str, labels: Labels, start: int, end: int) -> list[ValueRun] | None:
    """Table 二's rows when it is printed as cards (two or more), in printed order; else None.
    `start` may stand on the first card's first line (the region is found by a quantity's name):
    the token before it, the first card's label, is read too."""
    spec = ts.t2_spec(template)
    cols = {r.key: r.cols for r in spec.rows}

    def col_of(row: str, name: str) -> str | None:
        found = [c for c in cols.get(row, ()) if _T2_WORDS[c].search(name)]
        return found[0] if len(found) == 1 else None

    text = stream.text
    back = _token_start(text, start)
    back = _token_start(text, back - 1) if back > 0 else back
    names = _t2_names(template)
    chain = names if text.count(names[0], back, end) > 1 else ()  # a grid prints each name once
    cards = pathcells.read(stream, labels, _t2_names(template), col_of, cols, back, end) or read(
        stream, labels, _T2_ENTRY, col_of, back, end, 2, chain, single=True, bare=_t2_bare(template)
    )
    if cards is None:
        return None
    ordered = sorted(cards.items(), key=lambda kc: kc[1].label.start)
    return [ValueRun(row(card, cols[key]), key) for key, card in ordered]
