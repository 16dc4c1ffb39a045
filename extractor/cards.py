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

from . import tablespec as ts
from .normalize import PLACEHOLDERS
from .stream import Labels, Piece, Stream, ValueRun, compile_labels, find_labels

MISSING = "missing"  # a column the card does not print
CONFLICT = "conflict"  # a column the card prints twice, with different values
_MIN_ENTRIES = 2  # a card: a label and at least two 「列名：值」 lines under it
_BULLETS = r"-*+•·●○◦▪■□"
_MARK = re.compile(r"[\x1d-\x1f]")  # a stream marker: where a token ends


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


ColumnOf = Callable[[str, str], str | None]


def _named(names: Mapping[str, str]) -> tuple[re.Pattern[str], ColumnOf]:
    return _entry(tuple(names)), lambda _row, name: names.get(name)


@dataclass
class Card:
    label: Piece
    entries: dict[str, list[Piece]] = field(default_factory=dict)  # column key → its printed cells


def read(
    stream: Stream, labels: Labels, entry: re.Pattern[str], col_of: ColumnOf, start: int, end: int, min_cards: int
) -> dict[str, Card] | None:
    """The cards of [start, end): row key → card (two cards of one row are one: the same cell printed
    twice must agree). None when the region is not printed as cards: fewer than `min_cards` row
    labels with two or more 「列名：值」 lines each. `col_of(row key, printed name)`: the column a
    line names in that row's card, None for a line that names none (not read)."""
    text = stream.text
    found: list[tuple[int, Piece | None, re.Match | None]] = []
    at = text.find(":", start, end)
    while at >= 0:  # from colon to colon (most tables print none): the token around each, whole
        a = _token_start(text, at, start)
        mark = _MARK.search(text, at, end)
        b = mark.start() if mark else end
        m = entry.fullmatch(text, a, b)
        if m is not None:
            found.append((a, None, m))
        at = text.find(":", b, end)
    if len(found) < min_cards * _MIN_ENTRIES:
        return None
    entry_at = {a for a, _, _ in found}
    for lab in find_labels(stream, labels, start, end):
        if _token_start(text, lab.start, start) not in entry_at:
            found.append((lab.start, lab, None))
    found.sort(key=lambda f: f[0])
    cards: dict[str, Card] = {}
    card: Card | None = None
    for _, lab, m in found:
        if lab is not None:
            card = cards.setdefault(lab.key, Card(lab))
            continue
        if card is None or m is None:
            continue  # 「列名：值」 before any row label: not a card of this table
        col = col_of(card.label.key, m["name"])
        if col is not None:
            card.entries.setdefault(col, []).append(_cell(m))
    full = sum(1 for c in cards.values() if sum(len(v) for v in c.entries.values()) >= _MIN_ENTRIES)
    if full < min_cards:
        return None
    return {k: c for k, c in cards.items() if c.entries}


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


def t3_runs(stream: Stream, start: int, end: int) -> list[ValueRun] | None:
    """Table 三's rows when it is printed as cards (two or more), in printed order; else None."""
    cards = read(stream, _T3_LABELS, *_named(ts.T3_COL_NAMES), start, end, 2)
    if cards is None:
        return None
    ordered = sorted(cards.items(), key=lambda kc: kc[1].label.start)
    return [ValueRun(row(card, ts.T3_COLS), key) for key, card in ordered]


def t4_cells(stream: Stream, start: int, end: int) -> tuple[list[Piece], int] | None:
    """Table 四's 15 cells (行政复议, 未经复议直接起诉, 复议后起诉 × 结果维持 … 总计) when it is printed
    as cards (one kind or more), and the stream offset where the last card ends; else None."""
    cards = read(stream, _T4_LABELS, *_named(ts.T4_COL_NAMES), start, end, 1)
    if cards is None:
        return None
    out: list[Piece] = []
    for g in ts.T4_GROUPS:
        card = cards.get(g)
        if card is None:
            out += [Piece(MISSING, start, start) for _ in ts.T4_COLS]
        else:
            out += row(card, ts.T4_COLS)
    last = max(p.end for c in cards.values() for cells in c.entries.values() for p in cells)
    return out, last


# Table 二's cards name their quantities in more ways (「本年收费金额（单位：万元）」「收费金额(万元)」): a
# line's name is any text before its last colon, matched to a column of the card's row by the words
# the spec gives each column (tablespec.T2_HEADER_WORDS) — one column, or the line is not read.
_T2_ENTRY = re.compile(
    rf"(?<![^\x1d-\x1f])[{re.escape(_BULLETS)}]*(?P<name>[^\x1d-\x1f\d]{{2,40}}):(?P<value>[^\x1d-\x1f:]*)"
)
_T2_WORDS = {col: re.compile(words) for col, words in ts.T2_HEADER_WORDS.items()}


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
    cards = read(stream, labels, _T2_ENTRY, col_of, back, end, 2)
    if cards is None:
        return None
    ordered = sorted(cards.items(), key=lambda kc: kc[1].label.start)
    return [ValueRun(row(card, cols[key]), key) for key, card in ordered]
