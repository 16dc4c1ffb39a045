"""Tables 二, 三, 四 from the token stream, located by row labels, never by position alone.

Reading order: find the table's region, read labels and value runs (stream.py), align runs to the
template's rows (labels anchor; unlabelled runs fill the gaps between anchors in order, which is
how shredded PDF→Markdown tables are read), then turn each row's run into cells. Rows whose
printed separators are gone go to the glued solver. What we are unsure of becomes a D-finding.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from . import cards, glued, header_rows, tablespec as ts
from .document import Document
from .normalize import PLACEHOLDERS, ROW, SEP, parse_number, squash
from .schema import Cell, CellSource, Finding, Span
from .stream import (
    BLANK,
    CN_NUMERAL,
    OCR_LETTERS,
    WORDED_CHANGE,
    Labels,
    Piece,
    Stream,
    ValueRun,
    compile_labels,
    pieces,
    value_runs,
)
from .t3_order import UNPLACED, placed_names, placed_order, printed_order, reduced_columns
from .turned import is_page_number

_T2_START = r"第二十条第\(一\)项|本年制发件数|本年新制作数量"
_T3_START = r"本列数据的勾稽关系|申请人情况|" + ts.T3_GF2021.row("new").pattern
_T4_START = r"未经复议直接起诉|复议后起诉"
_T4_AFTER_T3 = r"行政复议|结果维持|" + _T4_START
_T4_HEADING = r"四[、.](?:政府信息公开)?(?:行政)?复议[、和及]?(?:行政)?诉讼"  # its section's heading
_T4_END = r"(?<![一二三四六七八九十])五[、.]|存在的?主要问题|主要问题"


@dataclass
class Tables:
    cells: dict[str, Cell] = field(default_factory=dict)
    doubts: list[Finding] = field(default_factory=list)
    glued: bool = False
    single_r6: bool = False
    subtotals: tuple[str, ...] = ()
    found: set[str] = field(default_factory=set)
    span: tuple[int, int] | None = None  # source offsets from the first table's start to table 四's end


class _Ctx:
    def __init__(self, doc: Document, stream: Stream, narrative: str):
        self.doc = doc
        self.stream = stream
        self.narrative = narrative
        self.paged = bool(doc.pages)
        self.out = Tables()
        self.vanish = False  # glued text whose blank cells left no trace (see _blanks_vanish)
        self.region: tuple[int, int] = (0, 0)  # stream offsets of the table being read
        self.blocks = False  # its row labels printed again below it: column blocks, no one frame of columns
        self.column_lost = False  # table 三 laid out from positions, every row a column short (`_column_lost`)
        self.numbers_from: int | None = None  # a block's columns: the table's numbers begin where its own do
        self.columns: dict[tuple[int, int, int], tuple[int, list[float]] | None] = {}
        self._starts: list[int] | None = None

    def token_starts(self) -> list[int]:
        """The document's token starts, in order (built once, for bisecting a line's tokens)."""
        if self._starts is None:
            self._starts = [t.start for t in self.doc.tokens]
        return self._starts

    def span(self, i: int, j: int) -> Span:
        a, b = self.stream.span(i, j)
        return Span(a, b, self.doc.page_of(a) if self.paged else None)

    def doubt(
        self, check: str, where: str, message: str, cells: Sequence[str] | None = None, spans: list[Span] | None = None
    ) -> None:
        self.out.doubts.append(
            Finding(
                check=check,
                severity="warning",
                kind="extraction_doubt",
                where=where,
                message=message,
                cells=list(cells or ()),
                spans=spans or [],
            )
        )


def parse_tables(doc: Document, stream: Stream, template: str) -> Tables:
    ctx = _Ctx(doc, stream, doc.text)
    text = stream.text
    t2 = stream.find(_T2_START)
    t3 = stream.find(_T3_START, t2.start() if t2 else 0)
    first = None  # 三 printed first (its section, or 附表1, before 二's: issue 11): read up to table 二
    if t3 is None and t2 is not None:
        t3 = first = stream.find(_T3_START, 0)
        if first is not None and first.start() >= t2.start():
            t3 = first = None
    t4 = _find_t4(stream, t3.end() if t3 and not first else (t2.end() if t2 else 0))
    early = None  # 四 printed before 三 (beside 二 on one page, 三 on the next): between them, under its heading
    if t4 is None and t2 and t3 and not first:
        t4 = early = stream.find(_T4_HEADING, t2.end(), t3.start())
    starts = [m.start() for m in (t2, t3, t4) if m]
    t3_items = None
    by_name = False  # table 三 printed as cards: each cell placed by its column's name
    if t3:
        t3_end = t2.start() if first and t2 else t4.start() if t4 and not early else len(text)
        card_runs = cards.t3_runs(stream, t3.start(), t3_end)
        by_name = card_runs is not None
        t3_items = [] if by_name else _share_marks_dropped(pieces(stream, _T3_LABELS, t3.start(), t3_end))
        t3_runs = card_runs or value_runs(t3_items)  # read once: the sign of vanished blanks, then the table
        ctx.vanish = not by_name and _blanks_vanish(t3_runs)
    if t2:
        t2_end = (
            early.start()
            if early
            else t3.start()
            if t3 and not first
            else (t4.start() if t4 else min(len(text), t2.end() + 3000))
        )
        _table2(ctx, template, t2.start(), t2_end)
    if t3 and t3_items is not None:
        _table3(ctx, t3_items, t3_runs, t3.start(), t3_end, by_name)
    end = len(text)
    if t4:
        t4_end = stream.find(_T4_END, t4.end())
        end = _table4(
            ctx, t4.start(), t4.end(), t3.start() if early and t3 else t4_end.start() if t4_end else len(text)
        )
        if early:
            end = t3_end
    elif t3 and not first:
        end = t3_end
    elif first:
        end = max(end if t4 else 0, t3_end, t2.end() if t2 else 0)
    if starts:
        ctx.out.span = (stream.span(min(starts), min(starts) + 1)[0], stream.span(end - 1, end)[1])
    return ctx.out


def _find_t4(stream: Stream, start: int):
    """Table 四 begins after table 三's last row; its header wording is often broken by layout, so
    after 「结转下年度继续办理」 any of its header words will do."""
    carry_out = stream.find(ts.T3_GF2021.row("carry_out").pattern, start)
    if carry_out:
        found = stream.find(_T4_AFTER_T3, carry_out.end())
        if found:
            return found
    return stream.find(_T4_START, start) or stream.find(_T4_AFTER_T3, start)


# ---------------------------------------------------------------------------- cells of one row
@functools.lru_cache(maxsize=256)
def _row_keys(table: str, row: str, cols: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{table}.{row}.{c}" for c in cols)


def _trim(cells: list[Piece], n: int, stream: Stream | None = None) -> list[Piece]:
    """Blank slots beyond the row's width are layout (empty label columns, padding), not cells.
    With blanks at both ends, which of them are layout is read off the table's header (see
    `_header_window`); without one, leading blanks go first (a label's merged area)."""
    if len(cells) <= n:
        return cells
    if stream is not None and cells[0].kind == "blank" and cells[-1].kind == "blank":
        window = _header_window(stream, cells, n)
        if window is not None:
            return window
    cells = list(cells)
    while len(cells) > n and cells[0].kind == "blank":
        cells.pop(0)
    while len(cells) > n and cells[-1].kind == "blank":
        cells.pop()
    return cells


_VALUE_SLOT = re.compile(r"[+-]?\d[\d,.]*(?:万?元|件|%)?")
_HEADER_ROWS = 8  # a table's header is a few rows; further back is another table


def _source_row(text: str, start: int) -> tuple[int, int]:
    """[begin, end) of the source table row holding stream offset `start` (ROW-delimited)."""
    end = text.find(ROW, start)
    return text.rfind(ROW, 0, start) + 1, (len(text) if end < 0 else end)


def _grid_row(text: str, cells: Sequence[Piece]) -> tuple[int, int] | None:
    """(begin, width in slots) of the one source row that holds `cells`; None when they span rows
    (a run that is not one grid row), or when no source row stands above it to read a header from
    (a text without row ends is one 「row」: its slots are not counted for nothing, row after row)."""
    begin, end = _source_row(text, cells[0].start)
    if cells[-1].end > end or begin <= 1:
        return None
    return begin, text.count(SEP, begin, end) + 1


def _rows_above(text: str, begin: int, width: int, limit: int) -> Iterator[list[str]]:
    """The slots of the source rows above the grid row at `begin`, nearest first, at most `limit`,
    while they have its width (a row of another width belongs to another table or heading)."""
    at = begin - 1
    for _ in range(limit):
        if at <= 0:
            return
        b, _e = _source_row(text, at - 1)
        slots = text[b:at].split(SEP)
        if len(slots) != width:
            return
        yield slots
        at = b - 1


def _header_window(stream: Stream, cells: list[Piece], n: int) -> list[Piece] | None:
    """The n cells of a row whose source keeps every slot of a merged grid (converter Markdown: a
    merged area printed as empty cells) when blanks stand at both ends: the value columns are the
    slots the header rows above print a heading in, the way a reader lines a blank up under its
    column (「行政事业性收费 |  | +12 |  」 under 「信息内容 | 上一年项目数量 | 本年增/减 |  」: the blank
    is 上一年项目数量, the last slot is the merged area). None when the header does not tell
    (different slot counts, no header rows, or more than one window fits)."""
    text = stream.text
    grid = _grid_row(text, cells)
    if grid is None:
        return None
    begin, width = grid
    slot = [text.count(SEP, begin, p.start) for p in cells]
    heads: set[int] = set()
    seen_header = False
    for row in _rows_above(text, begin, width, 4 * _HEADER_ROWS):
        if any(_VALUE_SLOT.fullmatch(c) or (c in PLACEHOLDERS and c) for c in row):
            if seen_header:
                break  # the data rows of the group before: the header block is complete
            continue  # a data row of this group: the header is further up
        seen_header = True
        heads.update(i for i, c in enumerate(row) if c and c != BLANK)
    if not heads:
        return None
    fits = [
        cells[i : i + n]
        for i in range(len(cells) - n + 1)
        if all(s in heads for s in slot[i : i + n]) and all(p.kind == "blank" for p in cells[:i] + cells[i + n :])
    ]
    return fits[0] if len(fits) == 1 else None


_COLUMN_TOL = 0.01  # of the page width: one column's cells line up closer than this


def _token_x(ctx: _Ctx, piece: Piece) -> tuple[float, float] | None:
    """(x0, x1) on its page of the source token a stream piece was printed in, when the loader kept
    it (PDF, OCR) and the piece is the whole token."""
    if piece.kind == "blank":
        return None
    return ctx.doc.cell_x.get(ctx.stream.offsets[piece.start])


def _edge(x: tuple[float, float], mode: int) -> float:
    """A box's left edge, centre or right edge (mode 0, 1, 2)."""
    return x[0] if mode == 0 else (x[0] + x[1]) / 2 if mode == 1 else x[1]


def _table_columns(ctx: _Ctx, n: int) -> tuple[int, list[float]] | None:
    """The n value columns of the table being read, as x positions on the page: where its numbers
    and the headings above them line up (left edges, centres or right edges — whichever gives
    exactly n columns). A column no row prints a number in is still found under its heading. None
    when the geometry does not give n columns."""
    key = (*ctx.region, n)
    if key in ctx.columns:
        return ctx.columns[key]
    if ctx.blocks:  # (each block's columns stand where the other's do: a cell's place names no column)
        return None
    start, end = ctx.region
    a, b = ctx.stream.span(start, end) if end > start else (0, 0)
    since = a if ctx.numbers_from is None else ctx.stream.span(ctx.numbers_from, ctx.numbers_from + 1)[0]
    cell_x = ctx.doc.cell_x
    found: list[tuple[float, float]] = []
    numbers: list[float] = []
    for tok in ctx.doc.tokens:
        if min(a, since) <= tok.start < b and tok.start in cell_x and not tok.blank:
            if _figure(tok.text.strip()) and not _page_foot_token(ctx.doc.text, tok.start, tok.text):
                numbers.append(cell_x[tok.start][0])
            if tok.start >= a:
                found.append(cell_x[tok.start])
    out = None
    if numbers:
        left = min(numbers) - _COLUMN_TOL  # the label columns stand left of every number
        found = [x for x in found if x[0] >= left]
        for mode in (0, 1, 2):
            cols = _clusters(sorted(_edge(x, mode) for x in found))
            if len(cols) == n:
                out = (mode, cols)
                break
    ctx.columns[key] = out
    return out


def _page_foot_token(text: str, at: int, token: str) -> bool:
    """A figure alone on its line that reads as a page's number: the page's foot printed inside the table
    (a table cut by a page, 「5」 under its last row there) — no value: counted among the numbers, it set
    the value columns' left edge at the foot's place and the row labels were taken for columns."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a : len(text) if b < 0 else b].strip()
    return line == token.strip() and is_page_number(line)


def _clusters(xs: list[float]) -> list[float]:
    out: list[list[float]] = []
    for x in xs:
        if out and x - out[-1][-1] <= _COLUMN_TOL:
            out[-1].append(x)
        else:
            out.append([x])
    return [sum(c) / len(c) for c in out]


_WIDE = 1.2  # × the column pitch: a cell this wide covers its neighbour's place too


def _by_columns(ctx: _Ctx, cells: list[Piece], n: int) -> list[Piece] | None:
    """A row of an unruled PDF table with fewer cells than columns: its blank cells printed nothing
    at all, so each printed cell takes the column it stands in (`_table_columns`) and the columns
    left over are blank. None when a cell has no position, is wider than a column or two cells claim
    one column."""
    found = _table_columns(ctx, n)
    if found is None:
        return None
    mode, cols = found
    printed = [p for p in cells if p.kind != "blank"]
    slots: list[Piece | None] = [None] * n
    pitch = min((b - a for a, b in zip(cols, cols[1:])), default=0.0)
    if printed and _unread_beside(ctx, printed, min(cols) - pitch / 2):
        return None
    for p in printed:
        x = _token_x(ctx, p)
        if x is None:
            return None
        if pitch and x[1] - x[0] > _WIDE * pitch:
            return None  # wider than a column: two cells run together (「七百三十七零」), not one to place
        at = _edge(x, mode)
        best = min(range(n), key=lambda i: abs(cols[i] - at))
        if slots[best] is not None or abs(cols[best] - at) > _COLUMN_TOL:
            return None
        slots[best] = p
    if printed and _figures_over_gaps(ctx, printed, [c for c, p in zip(cols, slots) if p is None], mode):
        return None
    out: list[Piece] = []
    at = printed[0].start if printed else cells[0].start
    for p in slots:
        if p is None:
            out.append(Piece("blank", at, at))
        else:
            out.append(p)
            at = p.end
    return out


def _figures_over_gaps(ctx: _Ctx, printed: list[Piece], gaps: list[float], mode: int) -> bool:
    """Whether the line just above or below the row's is figures only (no label: 「５６８」) with one
    standing in a column the row leaves empty: a cell whose text the page set off its row's line (a
    marked figure wrapped in its narrow cell, 「５６８¹」, a wrapped label's row) — which row's it is
    the text does not say, so the gap is no cell printed blank."""
    if not gaps:
        return False
    text, cell_x = ctx.doc.text, ctx.doc.cell_x
    at = ctx.stream.offsets[printed[0].start]
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    b = len(text) if b < 0 else b
    starts = ctx.token_starts()
    for lo, hi in ((text.rfind("\n", 0, max(0, a - 1)) + 1, a - 1), (b + 1, text.find("\n", b + 1))):
        if lo >= hi or hi < 0:
            continue
        toks = [
            t for t in ctx.doc.tokens[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)] if not t.blank
        ]
        if not toks or not all(_FIGURE_LIKE.fullmatch(t.text) for t in toks):
            continue
        for t in toks:
            x = cell_x.get(t.start)
            if x is not None and any(abs(g - _edge(x, mode)) <= _COLUMN_TOL for g in gaps):
                return True
    return False


def _blank_under_figure(ctx: _Ctx, cells: list[Piece]) -> bool:
    """`_figures_over_gaps` for a laid-out row whose blank cells are slots the layout kept (a pitch with
    nothing on the row's line): the columns of its blanks, where the table's columns are known."""
    found = _table_columns(ctx, len(cells))
    printed = [p for p in cells if p.kind != "blank"]
    if found is None or not printed:
        return False
    mode, cols = found
    return _figures_over_gaps(ctx, printed, [c for c, p in zip(cols, cells) if p.kind == "blank"], mode)


def _unread_in_row(ctx: _Ctx, cells: list[Piece], n: int) -> bool:
    """`_unread_beside` for a row of a table of n value columns: right of where they begin, or where the
    page does not show them (a cell run into its neighbour, 「五百六十一〇」), right of the line's first
    token when that is no cell of the row (its label; a wrapped label leaves the values a line alone)."""
    printed = [p for p in cells if p.kind != "blank"]
    if not printed:
        return False
    found = _table_columns(ctx, n)
    if found is not None:
        cols = found[1]
        pitch = min((b - a for a, b in zip(cols, cols[1:])), default=0.0)
        return _unread_beside(ctx, printed, min(cols) - pitch / 2)
    text, at = ctx.doc.text, ctx.stream.offsets[printed[0].start]
    begin = text.rfind("\n", 0, at) + 1
    k = bisect.bisect_left(ctx.token_starts(), begin)
    first = ctx.doc.tokens[k] if k < len(ctx.doc.tokens) else None
    x = ctx.doc.cell_x.get(first.start) if first is not None and first.start < at else None
    return _unread_beside(ctx, printed, x[1] if x is not None else -1.0, _FIGURE_LIKE)


# a token of figures only (digits, Chinese numerals, marks): where the columns are not known, what is none
# of the row's cells and looks like this is an unread cell — a label (「1.属于国家秘密」) is not
_FIGURE_LIKE = re.compile(r"[\d〇零一二三四五六七八九十百千万两,.，、+\-—/()（）\s]+")


def _unread_beside(ctx: _Ctx, printed: list[Piece], left: float, like: re.Pattern[str] | None = None) -> bool:
    """Whether the row's line holds, right of `left` (where its value columns begin), a token that is
    none of its cells: text the row's run could not read (「七百三十七零」, two cells run together) stands
    in a column — that column is not printed blank."""
    text, offsets, cell_x = ctx.doc.text, ctx.stream.offsets, ctx.doc.cell_x
    at = offsets[printed[0].start]
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    b = len(text) if b < 0 else b
    spans = [(offsets[p.start], offsets[p.end - 1] + 1) for p in printed]
    starts = ctx.token_starts()
    for k in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
        tok = ctx.doc.tokens[k]
        x = cell_x.get(tok.start)
        if x is None or tok.blank or x[0] < left or (like is not None and not like.fullmatch(tok.text)):
            continue
        if not any(s < tok.end and tok.start < e for s, e in spans):
            return True
    return False


def _placed(ctx: _Ctx, cells: Sequence[Piece]) -> bool:
    """Every printed cell of the row is a token the loader placed on its page (PDF, OFD, OCR): its
    digits stand together, one number, so a row short of its cells lost blanks, not separators —
    cutting its numbers into digits would shift the rest of the row onto the wrong columns."""
    return bool(ctx.doc.cell_x) and all(_token_x(ctx, p) is not None for p in cells if p.kind != "blank")


def _printed_cells(ctx: _Ctx, keys: Sequence[str], pieces: Sequence[Piece]) -> dict[str, Cell]:
    """The cells of a row as printed: one loop with its lookups hoisted, the hot path of every
    report (hundreds of cells)."""
    cells: dict[str, Cell] = {}
    offsets = ctx.stream.offsets
    text = ctx.doc.text
    page_of = ctx.doc.page_of if ctx.paged else None
    stream_text = ctx.stream.text
    share = bool(keys) and keys[0].startswith("t3.")  # table 三 holds counts only
    for key, piece in zip(keys, pieces):
        kind = piece.kind
        if kind == "blank":
            cells[key] = Cell(key=key, value=None, raw="", placeholder=True, span=ctx.span(piece.start, piece.end))
            continue
        if kind == NOT_PRINTED:
            continue  # (no cell: the report does not print it — D11 says so, once for the table)
        if kind in _UNSETTLED:
            _unsettled(ctx, key, piece, cells)
            continue
        start = offsets[piece.start]
        span = Span(start, offsets[piece.end - 1] + 1, page_of(start) if page_of else None)
        raw = text[start : span.end]  # a stream piece starts and ends on a printed character
        if kind == "unread":
            cells[key] = Cell(key=key, value=None, raw=raw, placeholder=False, span=span)
            ctx.doubt(
                "D2",
                key,
                f"{ts.cell_label(key)}：「{raw}」越出格线、与相邻一格连在一起，分不清各属哪一格，未读取",
                [key],
                [span],
            )
            continue
        if kind == "placeholder":
            cells[key] = Cell(key=key, value=None, raw=raw, placeholder=True, span=span)
            continue
        printed = piece.text
        if (
            share and (printed[0] in "+＋" or (piece.end < len(stream_text) and stream_text[piece.end] in _SHARE_AFTER))
        ) or (raw[0] in _CHANGE_WORDS and key not in _SIGNED_KEYS and WORDED_CHANGE.fullmatch(squash(raw)) is not None):
            # a percentage or a signed change in a count's place (table 三's added column read as one): no count
            cells[key] = Cell(key=key, value=None, raw=raw, placeholder=False, span=span)
            ctx.doubt(
                "D2", key, f"{ts.cell_label(key)}：印作「{raw}」，是百分比或增减数而不是件数，未读取", [key], [span]
            )
            continue
        # (parse_number's own first case inline: most cells are plain digits, hundreds a report)
        value = int(printed) if printed.isdigit() and printed.isascii() else parse_number(printed)
        if value is not None and not raw.isdigit() and not OCR_LETTERS.isdisjoint(raw):
            ctx.doubt(
                "D6",
                key,
                f"{ts.cell_label(key)}：印作「{raw}」，按形近数字读作{printed}，请对照原件核对",
                [key],
                [span],
            )
        if type(value) is float and value.is_integer() and key not in _MONEY_KEYS:
            value = int(value)  # 「24.0」 in a count's cell: the count 24 (a 「24.5」 stays as printed: H6 names it)
        unit = None
        if printed[-1] == "元":
            unit = "万元" if printed.endswith("万元") else "元"
        if value is None:
            ctx.doubt("D2", key, f"无法读取单元格「{raw}」", [key], [span])
        cells[key] = Cell(key=key, value=value, raw=raw, unit=unit, span=span)
    return cells


_UNSETTLED = frozenset((cards.MISSING, cards.CONFLICT, cards.UNCHECKED))


def _unsettled(ctx: _Ctx, key: str, piece: Piece, cells: dict[str, Cell]) -> None:
    """A cell a card does not settle (extractor/cards.py): not printed at all — no cell, a doubt
    naming it (missing is not 0) —, or printed twice with different values — null, a doubt."""
    name = ts.cell_label(key)
    if piece.kind == cards.MISSING:
        ctx.doubt("D1", key, f"{name}：卡片中没有这一项，未读取", [key], [ctx.span(piece.start, piece.end)])
        return
    span = ctx.span(piece.start, piece.end)
    cells[key] = Cell(key=key, value=None, raw=ctx.doc.text[span.start : span.end], placeholder=False, span=span)
    if piece.kind == cards.UNCHECKED:
        ctx.doubt(
            "D9",
            key,
            f"{name}：由文字读出「{piece.text}」，但所在行总计与各项之和不符，可能对应错误，未采用",
            [key],
            [span],
        )
        return
    ctx.doubt("D2", key, f"{name}：卡片中这一项印了不同的值（{piece.text}），无法确定", [key], [span])


def _row_cells(
    ctx: _Ctx, row: ts.RowSpec, keys: tuple[str, ...], run: ValueRun
) -> tuple[dict[str, Cell], list[glued.Split] | None]:
    """Cells of a row printed with separators; or the glued candidates when it needs splitting."""
    cells = _trim(run.cells, len(keys), ctx.stream)
    if len(cells) == len(keys) + 1 and _page_number_after(ctx, cells, keys):
        cells = cells[:-1]
    lost = run.lost
    if len(cells) < len(keys) and ctx.doc.cell_x and not run.cut and not _whole_row_glued(cells, len(keys)):
        # (a cut run stood beside text it could not read, 「3l」: its gaps are not blank cells)
        placed = _by_columns(ctx, cells, len(keys))
        lost = lost or (placed is None and _unread_in_row(ctx, cells, len(keys)))
        cells = placed or cells
    elif len(cells) == len(keys) and ctx.doc.cell_x and any(p.kind == "blank" for p in cells):
        lost = lost or _blank_under_figure(ctx, cells)
    # (after unread digits a full count is chance; blanks only after other text — a header's empty
    # slots beside its words, 「二、上年结转… | 三、本年度办理结果 | | |」 — are no row printed blank)
    if len(cells) == len(keys) and not lost and not (run.after_text and _all_blank(cells)):
        return _printed_cells(ctx, keys, cells), None
    sums = _row_sums(keys) if keys[0].startswith("t3.") else None
    if (
        len(cells) < len(keys)
        and _glued_run(cells)
        and not run.cut
        and not lost
        and not (ctx.blocks and ctx.doc.cell_x)  # (a laid-out row of one column block: the rest is in another)
        and not (ctx.column_lost and keys[0].startswith("t3."))
        and (sums or not _padded(ctx, cells[0]))
    ):
        cands = glued.split_candidates(
            [p.text for p in cells], row.kinds or ("count",) * len(row.cols), sums, ctx.vanish
        )
        if cands and (_cells_apart(ctx, cells) or _whole_grid_cell(ctx, cells)):
            cands = _uncut(cands, cells)
        return {}, cands if cands is not None else []
    span = ctx.span(run.cells[0].start, run.cells[-1].end)
    ctx.doubt(
        "D2",
        keys[0].rsplit(".", 1)[0],
        f"「{row.label}」一行有未能读出的数字，无法可靠对应"
        if lost
        else f"「{row.label}」一行应有{len(keys)}格，读到{len(cells)}格，无法可靠对应",
        keys,
        [span],
    )
    return {k: Cell(key=k, value=None, raw="", placeholder=False, span=span) for k in keys}, None


_BARE_DIGITS = re.compile(r"\d+")


def _whole_row_glued(cells: Sequence[Piece], n: int) -> bool:
    """The row printed one bare run of at least as many digits as it has columns (「6000017」 over seven
    columns): the whole row's figures run together — the glued solver's to split (or doubt), not one
    figure to place in the column it stands in with the rest blank (a scanned glued row, printed as one
    narrow run in the table's middle, was read as 6000017 in one cell and six blanks)."""
    printed = [p for p in cells if p.kind != "blank"]
    return (
        len(printed) == 1
        and printed[0].kind == "value"
        and n > 1
        and (_BARE_DIGITS.fullmatch(printed[0].text) is not None and len(printed[0].text) >= n)
    )


_BARE_PAGE_NUMBER = re.compile(r"[1-9]\d{0,2}")


def _page_number_after(ctx: _Ctx, cells: Sequence[Piece], keys: tuple[str, ...]) -> bool:
    """One number more than the row has cells, the last a bare number on a line of its own (text
    printed one cell a line, a page's foot 「6」 run into the table after the row's last cell): it is
    the page's number when the row's own sums (表三's 总计, 表四's) hold over the first cells and not
    over the last ones — the other reading. Blanks and placeholders add 0."""
    last = cells[-1]
    if last.kind != "value" or not _BARE_PAGE_NUMBER.fullmatch(last.text) or any(p.kind == "blank" for p in cells):
        return False
    at = ctx.stream.offsets[last.start]
    line_start = ctx.doc.text.rfind("\n", 0, at) + 1
    line_end = ctx.doc.text.find("\n", at)
    line = ctx.doc.text[line_start : len(ctx.doc.text) if line_end < 0 else line_end]
    if line.replace("&nbsp;", " ").strip() != last.text:
        return False
    sums = _row_sums(keys) if keys[0].startswith("t3.") else _T4_SUMS if keys[0].startswith("t4.") else {}
    if not sums:
        return False
    values = [parse_number(p.text) if p.kind == "value" else 0 for p in cells]
    if any(v is None for v in values):
        return False

    def holds(row: list) -> bool:
        return all(row[t] == sum(row[k] for k in parts) for t, parts in sums.items())

    return holds(values[:-1]) and not holds(values[1:])


@functools.lru_cache(maxsize=64)
def _row_sums(keys: tuple[str, ...]) -> glued.Sums:
    """A table 三 row's 总计 = the sum of its applicant columns (H2), by their positions in the
    row: the same for every template and subtotal set."""
    cols = [k.rsplit(".", 1)[1] for k in keys]
    if "tot" not in cols:
        return {}
    at = {c: i for i, c in enumerate(cols)}
    parts = tuple(at[c] for c in ts.T3_APPLICANTS if c in at)
    return {at["tot"]: parts} if len(parts) == len(ts.T3_APPLICANTS) and max(parts) < at["tot"] else {}


_T4_SUMS = glued.row_sums([f"t4.{g}.{c}" for g in ts.T4_GROUPS for c in ts.T4_COLS], ts.t4_equations())


_PADDING = re.compile(r"(?: {2,}|\t|\u3000)$")


def _padded(ctx: _Ctx, first: Piece) -> bool:
    """The row's first number stands after padding (two spaces or more, a tab): the text kept its
    spacing (a page printed to text), so a run shorter than its row holds blank cells, not cells
    whose separators were stripped. With no identity in the row to judge a cut, cutting it is a guess."""
    at = ctx.stream.offsets[first.start]
    return _PADDING.search(ctx.doc.text, max(0, at - 8), at) is not None


# Formats whose tables come as cells (markup, a word processor's or a spreadsheet's grid, JSON rows)
_GRID_FORMATS = frozenset(("html", "markdown", "docx", "doc", "xlsx", "xls", "ods", "odt", "rtf", "json"))


def _cells_apart(ctx: _Ctx, cells: Sequence[Piece]) -> bool:
    """The run's numbers stand in cells of their own, as a grid format gives them: a row short of
    cells has lost one (a cell not read as a number, a blank that left no trace), it is no glued
    text — cutting 「33」 into 3 | 3 would make up cells (`_uncut` keeps the splits that cut none).
    (Text, PDF text layers and OCR keep the solver: their 「numbers printed
    apart」 may be one cell's digits, their glued runs one cell's text.)"""
    doc = ctx.doc
    if doc.format not in _GRID_FORMATS or doc.ocr or doc.cell_x or len(cells) < 2:
        return False
    text = ctx.stream.text
    return all(SEP in text[a.end : b.start] for a, b in zip(cells, cells[1:]))


def _whole_grid_cell(ctx: _Ctx, cells: Sequence[Piece]) -> bool:
    """The run is one cell of a grid format printed with no space inside (「123」 beside 「行政规范性
    文件」 where table 二 is broken by a page): one number, never 1 | 2 | 3 (a cell 「1 2 3」 of spaced
    digits may still be a row typed into one cell)."""
    doc = ctx.doc
    if len(cells) != 1 or doc.format not in _GRID_FORMATS or doc.ocr or doc.cell_x:
        return False
    start, end = ctx.stream.offsets[cells[0].start], ctx.stream.offsets[cells[0].end - 1] + 1
    return not any(ch.isspace() for ch in doc.text[start:end])


def _uncut(cands: list[glued.Split], cells: Sequence[Piece]) -> list[glued.Split]:
    """The splits that keep each printed cell whole (blank cells that left no trace placed between
    them, as the sums allow): in a grid a cell's 「33」 is never 3 | 3."""
    printed = [glued.UNIT.sub("", p.text).replace(",", "") for p in cells]
    return [c for c in cands if [x for x in c if x != ""] == printed]


def _all_blank(cells: Sequence[Piece]) -> bool:
    return all(p.kind == "blank" for p in cells)


def _glued_run(cells: Sequence[Piece]) -> bool:
    """Numbers (and marks printed between them) too few for their row: a run to split."""
    return any(p.kind == "value" for p in cells) and all(
        p.kind == "value" or (p.kind == "placeholder" and p.text in glued.MARKS) for p in cells
    )


def _glued_cells(
    ctx: _Ctx,
    where: str,
    label: str,
    keys: Sequence[str],
    run: ValueRun,
    cands: list[glued.Split],
    resolved: dict[str, str],
    source: CellSource = "glued_split",
) -> None:
    """Write the solver's answer for one glued row: recovered cells, or null with the digits as
    evidence."""
    whole = ctx.span(run.cells[0].start, run.cells[-1].end)
    parts = [resolved.get(k) for k in keys]
    missing = parts.count(None)
    cells = ctx.out.cells
    if missing:
        for k, part in zip(keys, parts):
            cells[k] = (
                Cell(
                    key=k, value=None, raw="glued: split not unique", placeholder=True, source="glued_split", span=whole
                )
                if part is None
                else _glued_cell(k, part, source, whole)
            )
    else:
        found = [p for p in parts if p is not None]  # all of them
        for k, part, span in zip(keys, found, _part_spans(ctx, run, found)):
            cells[k] = _glued_cell(k, part, source, span)
    how = f"{missing}格无唯一拆分，留空" if missing else "唯一拆分"
    basis = "正文数字" if source == "narrative_split" else "勾稽关系"
    ctx.doubt(
        "D4" if missing else "D3",
        where,
        f"「{label}」一行数字粘连（「{ctx.doc.text[whole.start : whole.end]}」），按{basis}{how}；共{len(cands)}种候选拆分",
        keys,
        [whole],
    )
    ctx.out.glued = True


def _glued_cell(key: str, part: str, source: CellSource, span: Span) -> Cell:
    if not part:  # a blank cell that left no trace in the glued text
        return Cell(key=key, value=None, raw="", placeholder=True, span=Span(span.start, span.start, span.page))
    if part in glued.MARKS:  # a placeholder printed in the run: a cell as printed, no number
        return Cell(key=key, value=None, raw=part, placeholder=True, span=span)
    return Cell(key=key, value=glued.value_of(part), raw=part, source=source, span=span)


def _part_spans(ctx: _Ctx, run: ValueRun, parts: list[str]) -> list[Span]:
    """Where each recovered part is printed inside the glued digits (no markers in between)."""
    spans: list[Span] = []
    queue = iter(parts)
    offsets = ctx.stream.offsets  # a part holds no marker: its span is read straight off the offsets
    page_of = ctx.doc.page_of if ctx.paged else None
    for piece in run.cells:
        pos = piece.start
        digits = piece.text
        if not digits[-1].isdigit():
            digits = glued.UNIT.sub("", digits)
        remaining = len(digits)
        while remaining > 0:
            part = next(queue, None)
            if part is None:
                break
            start = offsets[pos]
            pos += len(part)
            spans.append(Span(start, offsets[pos - 1] + 1, page_of(start) if page_of else None))
            remaining -= len(part)
    while len(spans) < len(parts):
        spans.append(spans[-1] if spans else Span(start=0, end=0))
    return spans


# ---------------------------------------------------------------------------- table 二
def _table2(ctx: _Ctx, template: str, start: int, end: int) -> None:
    spec = ts.t2_spec(template)
    ctx.region = (start, end)
    card_runs = cards.t2_runs(ctx.stream, template, _t2_labels(template), start, end)
    items = [] if card_runs is not None else pieces(ctx.stream, _t2_labels(template), start, end)
    ctx.blocks = _labels_twice(items)
    items, merged = _merged_t2_labels(ctx.stream.text, items)
    runs = card_runs or value_runs(items)
    if merged:  # one row printed for two or more (「行政处罚、行政强制 | 27」): its sum is no template cell
        runs = [r for r in runs if not (r.label or "").startswith(_MERGED)]
        ctx.doubt(
            "D11",
            "t2",
            f"表二未单列{'、'.join('「' + ts.row_title('t2', k, template) + '」' for k in merged)}"
            "（几行合并为一行印出合计数，合计数不是其中任何一行的数）：这些单元格报告未印，不按0计、不推算",
            [k for key in merged for k in _row_keys("t2", key, spec.row(key).cols)],
        )
    if not any(run.label for run in runs) and not _printed_blank(ctx, items, end):
        ctx.doubt("D1", "t2", "找到表二的位置，但没有读到任何数据行")
        return
    ctx.out.found.add("t2")
    widths = {r.key: len(r.cols) for r in spec.rows}
    assigned = {r.label: r for r in runs if r.label} if card_runs else _labelled_then_gaps(runs, list(widths), widths)
    for row in spec.rows:
        keys = _row_keys("t2", row.key, row.cols)
        run = assigned.get(row.key)
        if run is None and row.key in merged:
            continue  # (D11 above: printed only inside a merged row's sum)
        if run is None:
            at = _printed_blank(ctx, items, end).get(row.key)
            if at is not None:  # printed blank: every cell blank, where the label ends
                span = ctx.span(at, at)
                ctx.out.cells.update({k: Cell(key=k, value=None, raw="", placeholder=True, span=span) for k in keys})
                continue
            ctx.doubt("D1", f"t2.{row.key}", f"表二未找到「{row.label}」一行", keys)
            continue
        if run.label != row.key:
            ctx.doubt(
                "D5",
                f"t2.{row.key}",
                f"表二「{row.label}」一行的标签未能识别，按行序对应",
                keys,
                [ctx.span(run.cells[0].start, run.cells[-1].end)],
            )
        if card_runs is None:  # (a card names each cell's column itself)
            run = (_t2_placed(ctx, row, run) if ctx.doc.cell_x else None) or _by_header(ctx.stream, row, run) or run
        cells, cands = _row_cells(ctx, row, keys, run)
        ctx.out.cells.update(cells)
        if cands is not None:
            narrowed = _narrative_filter(ctx.narrative, row, cands)
            resolved = glued.solve({row.key: (keys, narrowed or cands)}, {}, [], per_cell=ctx.vanish)
            _glued_cells(
                ctx,
                f"t2.{row.key}",
                row.label,
                keys,
                run,
                cands,
                resolved,
                "narrative_split" if narrowed else "glued_split",
            )


_MERGED = "+"  # the key of a label naming several rows at once (「行政处罚、行政强制」)
_ROW_JOIN = re.compile(r"[ \u3000]*[、/／和及与+＋][ \u3000]*")  # (in one cell: no separator, no row end)


def _merged_t2_labels(text: str, items: list[Piece]) -> tuple[list[Piece], tuple[str, ...]]:
    """表二 labels of two or more rows printed in one cell, joined by 「、」「/」「和」 (「行政处罚、行政强制」):
    one merged label (its figures are their sum, no template cell), and the rows it names."""
    out: list[Piece] = []
    merged: list[str] = []
    k = 0
    while k < len(items):
        p = items[k]
        if p.kind != "label":
            out.append(p)
            k += 1
            continue
        j, keys, end = k, [p.key], p.end
        while True:
            nxt = next((m for m in range(j + 1, len(items)) if items[m].kind == "label"), None)
            if nxt is None or not _ROW_JOIN.fullmatch(text, end, items[nxt].start) or items[nxt].key in keys:
                break
            j, end = nxt, items[nxt].end
            keys.append(items[nxt].key)
        if len(keys) > 1:
            out.append(Piece("label", p.start, end, text[p.start : end], _MERGED + _MERGED.join(keys)))
            merged += keys
            k = j + 1
            continue
        out.append(p)
        k += 1
    return out, tuple(merged)


_T2_COL_WORDS = {
    "made": r"制发|制定|出台|印发|新制作|发布",
    "new_made": r"新制作|制定|制发|出台",
    "repealed": r"废止|废除|失效",
    "valid": r"现行有效|有效",
}


_CLAUSE_END = re.compile(r"[。；;，,]")


def _clauses_with(text: str, word: str) -> list[str]:
    """The clauses (between 。；，) that contain `word`, found from the word outwards."""
    out: list[str] = []
    at = text.find(word)
    end = 0  # the clause break before `at` is at or after the previous clause's end (its break): no
    # need to look back further (a break the text never prints, 「;」, sent rfind to the text's start)
    while at >= 0:
        start = max(text.rfind(p, end, at) for p in "。；;，,") + 1
        m = _CLAUSE_END.search(text, at)
        end = m.start() if m else len(text)
        out.append(text[start:end])
        at = text.find(word, end)
    return out


def _narrative_filter(narrative: str, row: ts.RowSpec, cands: list[glued.Split]) -> list[glued.Split] | None:
    """A glued 表二 row may be split by what the narrative states about the same documents
    (「现行有效行政规范性文件698件」「本年度制发的规范性文件88件」). Only a unique survivor counts."""
    if len(cands) <= 1 or row.key not in ("reg", "norm"):
        return None
    noun = "规章" if row.key == "reg" else "规范性文件"
    stated: dict[str, set[int]] = {}
    for clause in _clauses_with(narrative, noun):
        for m in re.finditer(r"(\d+)\s*件", clause):
            before = clause[: m.start()]
            for col in row.cols:
                words = _T2_COL_WORDS.get(col)
                if words and re.search(words, before[-20:]):
                    stated.setdefault(col, set()).add(int(m.group(1)))
    if not stated:
        return None
    keep = [c for c in cands if all(glued.value_of(c[row.cols.index(col)]) in vals for col, vals in stated.items())]
    return keep if len(keep) == 1 else None


# ---------------------------------------------------------------------------- table 三
def _t3_labels() -> Labels:
    return compile_labels(list(ts.T3_LABEL_PATTERNS.items()))


_T3_LABELS = _t3_labels()


_HEADER_BACK = 4  # source rows looked back from a 表二 row for its header (data rows of its block between)


def _one_span(where: list[int], slots: list[str]) -> bool:
    """The header slots naming one column are one printed cell: a single slot, or a merged header a
    converter repeated into each slot it spans (docling: 「本年增/减 | 本年增/减」, the value under it
    repeated the same way)."""
    return where == list(range(where[0], where[0] + len(where))) and len({slots[i] for i in where}) == 1


def _by_header(stream: Stream, row: ts.RowSpec, run: ValueRun) -> ValueRun | None:
    """A 表二 row read by the header above it (the nearest row of the same width that names every
    column of the row), where the header does not print the template's columns in their order
    (「现行有效件数 | 本年制发件数 | 本年废止件数」) or adds a column that holds no cell of the template
    (「备注」, whose 「—」 is no value). Each header cell is matched to the column its words name
    (tablespec.T2_HEADER_WORDS), each cell of the row is taken from the slot of its column. None
    when the row is not one grid row, or its header names a column twice or not at all: then the
    row is read by position as before."""
    text = stream.text
    if not run.cells or SEP not in text:
        return None
    grid = _grid_row(text, run.cells)
    if grid is None:
        return None
    begin, width = grid
    for slots in _rows_above(text, begin, width, _HEADER_BACK):
        where = [[i for i, c in enumerate(slots) if i and re.search(ts.T2_HEADER_WORDS[col], c)] for col in row.cols]
        if not all(where):
            continue  # not this block's header (a data row of it, the block's heading): look further up
        if any(not _one_span(w, slots) for w in where) or len({w[0] for w in where}) != len(row.cols):
            return None
        order = [w[0] for w in where]
        if order == sorted(order) and width <= len(row.cols) + 1:
            return None  # the template's order and nothing beside: nothing to re-read
        by_slot = {text.count(SEP, begin, p.start): p for p in run.cells}
        if any(i not in by_slot for w in where for i in w):
            return None
        if any(by_slot[i].kind == "blank" for i in order) and any(
            p.kind == "value" for i, p in by_slot.items() if i not in order
        ):
            return None  # numbers outside the slots the header names: the header does not line up with them
        if any(len({by_slot[i].text for i in w}) != 1 for w in where):
            return None  # a repeated header over different values: which one is the cell is not said
        return ValueRun([by_slot[i] for i in order], run.label)
    return None


_T2_BLOCK_HEAD = re.compile(r"第[二十]+条")  # 「第二十条第（一）项」: a block of table 二 begins


def _t2_placed(ctx: _Ctx, row: ts.RowSpec, run: ValueRun) -> ValueRun | None:
    """A 表二 row of a table laid out from positions (a PDF's text layer, a scan) read by where its
    numbers stand under the header's words: a header wrapped in its narrow cells (「本年处理决定」 over
    「数量」) or beside a 「备注」 column is no row of slots, but each of its words stands over its column.
    The header is the nearest word above the row for each column (tablespec.T2_HEADER_WORDS, after
    the block's 「第二十条…」 heading), each printed cell takes the column it stands under, a column
    with no cell is printed blank. None when a column's word is not found, two cells stand under one
    word, or a number under none (a mark under none stands in a column the row has no cell in)."""
    printed = [p for p in run.cells if p.kind != "blank"]
    if not printed or _whole_row_glued(run.cells, len(row.cols)):
        return None  # (a glued row, 「007」 under the middle word: the glued solver's)
    offsets, cell_x = ctx.stream.offsets, ctx.doc.cell_x
    start = ctx.stream.span(*ctx.region)[0]
    first = offsets[printed[0].start]
    heads: dict[str, tuple[float, float]] = {}
    starts = ctx.token_starts()
    for k in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, first)):
        tok = ctx.doc.tokens[k]
        if tok.blank:
            continue
        text = squash(tok.text)
        if _T2_BLOCK_HEAD.match(text):
            heads.clear()
            continue
        if tok.start not in cell_x:
            continue
        for col in row.cols:
            if re.search(ts.T2_HEADER_WORDS[col], text):
                heads[col] = cell_x[tok.start]
    if len(heads) != len(row.cols):
        return None
    centre = {col: (x0 + x1) / 2 for col, (x0, x1) in heads.items()}
    by_col: dict[str, Piece] = {}
    for p in printed:
        x = _token_x(ctx, p)
        if x is None:
            return None
        mid = (x[0] + x[1]) / 2
        under = [
            c
            for c, (x0, x1) in heads.items()
            if x0 - _COLUMN_TOL <= mid <= x1 + _COLUMN_TOL or x[0] <= centre[c] <= x[1]
        ]
        if not under and p.kind != "value":
            continue  # a mark in a column the row has no cell in (「备注」: 「—」, 「无」)
        col = min(centre, key=lambda c: abs(centre[c] - mid))
        if col in by_col or col not in under:
            return None
        by_col[col] = p
    at = printed[0].start
    return ValueRun([by_col.get(col) or Piece("blank", at, at) for col in row.cols], run.label)


@functools.lru_cache(maxsize=4)
def _t2_labels(template: str) -> Labels:
    return compile_labels([(r.key, r.pattern) for r in ts.t2_spec(template).rows])


_LOST_ROWS = 5  # rows of figures alike enough to say a column is lost, not a row's separators


def _column_lost(ctx: _Ctx, runs: list[ValueRun], width: int) -> bool:
    """Table 三 laid out from positions (a PDF's text layer, a scan) or printed as a grid (HTML, Markdown, a word
    processor's table) whose every labelled row of figures is short by the same number of cells, more than one cell
    each: whole columns are not there (an unruled turned table whose 总计 row a page's foot cut off — draw 157497; a
    table cut by its columns whose other block is not joined), not glued text nor blanks that left no trace (those
    differ row to row). No row of it is cut by its sums then — a row whose first figures add up to its last would
    read that last as 总计 —, each is refused as short, with a doubt."""
    doc = ctx.doc
    if not (doc.cell_x or (doc.format in _GRID_FORMATS and not doc.ocr)):
        return False
    lens = [len(r.cells) for r in runs if r.label and any(p.kind == "value" for p in r.cells)]
    return len(lens) >= _LOST_ROWS and len(set(lens)) == 1 and 1 < lens[0] < width


def _split_long_runs(runs: list[ValueRun], width: int) -> list[ValueRun]:
    """A run of k×width values is k rows whose labels were not recognised (OCR slips)."""
    out: list[ValueRun] = []
    for run in runs:
        cells = run.cells
        if len(cells) >= 2 * width and len(cells) % width == 0 and all(p.kind != "blank" for p in cells):
            for i in range(0, len(cells), width):
                out.append(ValueRun(cells[i : i + width], run.label if i == 0 else None))
        else:
            out.append(run)
    return out


def _labelled_then_gaps(runs: list[ValueRun], rows: list[str], widths: dict[str, int]) -> dict[str, ValueRun]:
    """表二: labelled rows wherever they are printed (some layouts print them out of order); a run
    whose label was not recognised takes the next free row of its width after the last labelled one."""
    assigned: dict[str, ValueRun] = {}
    for run in runs:
        if run.label in widths and run.label not in assigned:
            assigned[run.label] = run
    cursor = -1
    for run in runs:
        if run.label in widths:
            cursor = rows.index(run.label)
            continue
        for j in range(cursor + 1, len(rows)):
            if rows[j] not in assigned and widths[rows[j]] == len(run.cells):
                assigned[rows[j]] = run
                cursor = j
                break
    return assigned


def _align(runs: list[ValueRun], rows: list[str], width: int) -> dict[str, ValueRun]:
    """Monotone alignment of value runs to template rows maximising label agreement."""
    labels = [r.label for r in runs]
    if (
        None not in labels
        and len(set(labels)) == len(labels)
        and set(labels) <= set(rows)
        and sorted(labels, key=rows.index) == labels  # pyright: ignore[reportCallIssue, reportArgumentType]
    ):
        return dict(zip(labels, runs))  # pyright: ignore[reportReturnType]  (every run labelled, in template order)
    n, m = len(runs), len(rows)
    neg = float("-inf")
    dp = [[neg] * (m + 1) for _ in range(n + 1)]
    back: dict[tuple[int, int], tuple[int, int, bool]] = {}
    dp[0][0] = 0.0
    # Each step relaxes (i+1, j), (i, j+1), (i+1, j+1) in that order, a strictly better score only
    # (written out, not a nested function: n × m cells, three steps each).
    for i in range(n + 1):
        here = dp[i]
        below = dp[i + 1] if i < n else here
        run = runs[i] if i < n else None
        skip = (2.0 if run.label else 0.6) if run is not None else 0.0
        for j in range(m + 1):
            cur = here[j]
            if cur == neg:
                continue
            if run is not None:
                score = cur - skip
                if score > below[j]:
                    below[j] = score
                    back[(i + 1, j)] = (i, j, False)
            if j < m:
                score = cur - 0.1
                if score > here[j + 1]:
                    here[j + 1] = score
                    back[(i, j + 1)] = (i, j, False)
                if run is not None:
                    if run.label == rows[j]:
                        s = 3.0
                    elif run.label is None:
                        s = 1.0 if len(run.cells) == width else 0.3
                    else:
                        s = -3.0
                    score = cur + s
                    if score > below[j + 1]:
                        below[j + 1] = score
                        back[(i + 1, j + 1)] = (i, j, True)
    out: dict[str, ValueRun] = {}
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, matched = back[(i, j)]
        if matched:
            out[rows[pj]] = runs[pi]
        i, j = pi, pj
    return out


def _drop_prior_column(stream: Stream, runs: list[ValueRun], start: int) -> None:
    """Cut last year's column out of table 三's rows: a header whose last slot is 「上年总计」 (a
    column printed after 总计 for comparison) makes every row one cell wider, and that cell is no
    cell of this year's table. Only when the header says so: a row of eight numbers is otherwise
    read as before (a 法人或其他组织小计 column, `_org_subtotal_column`)."""
    first = next((r.cells[0].start for r in runs if r.cells), None)
    if first is None:
        return
    heads = [[c.strip().strip(BLANK).strip() for c in row.split(SEP)] for row in stream.text[start:first].split(ROW)]
    if not any(
        row and re.fullmatch(ts.T3_PRIOR_HEAD, squash(next((c for c in reversed(row) if c), ""))) for row in heads
    ):
        return
    width = len(ts.T3_COLS) + 1
    for r in runs:
        if len(r.cells) == width:
            r.cells = r.cells[:-1]


# A figure that is no count: a share or a change (「45.5%」「12‰」) or a signed change (「+3」「-2」) —
# what a column a publisher adds to table 三 prints (占比, 比例, 同比, 较上年增减).
_SHARE_AFTER = frozenset("%％‰")
# a change typed in words or arrows (「增加4」「↓1」, stream.py `WORDED_CHANGE`): a signed number in a change column
# (GF2019's 本年增/减), in any other cell no count (nor an amount) — unread, a doubt
_CHANGE_WORDS = frozenset("增减上下↑↓▲▼")
_SIGNED_KEYS = frozenset(
    f"t2.{r.key}.{c}"
    for spec in (ts.T2_GF2021, ts.T2_GF2019)
    for r in spec.rows
    for c in r.cols
    if r.kind(c) == "signed"
)
# the cells that hold money (a real number, 「24.0」 kept as printed); every other cell is a whole number
_MONEY_KEYS = frozenset(
    f"t2.{r.key}.{c}"
    for spec in (ts.T2_GF2021, ts.T2_GF2019)
    for r in spec.rows
    for c in r.cols
    if r.kind(c) == "money"
)
# the header of such a column (「占比」「比例（%）」「同比增减」「较上年增减」「备注」)
_ADDED_HEAD = re.compile(r"[^\d]{0,6}(?:占比|比例|比重|百分比|同比|环比|较上年|增减|备注|说明)[^\d]{0,6}")
_SIGNED = re.compile(r"[+＋\-－−]\d")


def _share_marks_dropped(items: list[Piece]) -> list[Piece]:
    """Table 三's pieces without the 「%」 after a figure (「45.5%」, an added 占比 column): the mark is no
    text between cells — it would close the row's run there and part the columns after it from their
    row. The figure keeps it in the stream (`_not_count` reads it there)."""
    out: list[Piece] = []
    for p in items:
        if p.kind == "other" and p.text in _SHARE_AFTER and out and out[-1].kind == "value" and out[-1].end == p.start:
            continue
        out.append(p)
    return out


def _not_count(stream: Stream, piece: Piece) -> bool:
    """A value piece printed as a percentage (its figure followed by 「%」) or with a sign: never a count cell."""
    if piece.kind != "value":
        return False
    text = stream.text
    return (piece.end < len(text) and text[piece.end] in _SHARE_AFTER) or bool(_SIGNED.match(piece.text))


def _leading_blanks(cells: list[Piece]) -> int:
    n = 0
    while n < len(cells) and cells[n].kind == "blank":
        n += 1
    return n


def _drop_added_columns(stream: Stream, runs: list[ValueRun], start: int) -> None:
    """Cut the columns a publisher adds to table 三 out of its rows (「占比」 after 总计, 「同比」 or 「较上年增减」
    beside a column, 「备注」): every row is wider than the template's seven by them. Such a column holds no
    count in any wide row: a percentage, a signed change (or 0), a placeholder or nothing — in at least one
    row a percentage or a sign. Exactly the surplus of such columns is cut, wherever they stand; a column
    of placeholders only (a 「备注」 of dashes) counts when the header names as many added columns as the
    surplus. When other columns could be the ones (more candidates than the surplus), nothing is."""
    width = len(ts.T3_COLS)
    # rows are lined up by their right end: a converter's rows print their merged labels' other slots as
    # blank cells before the figures, more in one row than in another
    # (a row whose template cells are all blank keeps only its added figure after its blanks: no core of its own)
    cores = [c for r in runs if len(r.cells) > width and (c := len(r.cells) - _leading_blanks(r.cells)) > width]
    if not cores:
        return
    wide_w = max(set(cores), key=cores.count)
    wide = [r for r in runs if len(r.cells) >= wide_w]
    if wide_w <= width or len(wide) < max(2, len([r for r in runs if r.label]) // 2):
        return
    surplus = wide_w - width
    grid = [r.cells[len(r.cells) - wide_w :] for r in wide]
    marked = [k for k in range(wide_w) if any(_not_count(stream, row[k]) for row in grid)]
    strong = [
        k
        for k in marked
        if all(row[k].kind != "value" or _not_count(stream, row[k]) or parse_number(row[k].text) == 0 for row in grid)
    ]
    cut = strong
    if len(strong) != surplus:
        header = stream.text[start : wide[0].cells[0].start]
        named = sum(1 for slot in re.split(f"[{SEP}{ROW}]", header) if _ADDED_HEAD.fullmatch(squash(slot)))
        weak: list[int] = []  # placeholder columns at the row's end (a 「备注」 of dashes after 总计, 占比)
        for k in range(wide_w - 1, -1, -1):
            if k in strong:
                continue
            if len(weak) == surplus - len(strong) or any(row[k].kind not in ("placeholder", "blank") for row in grid):
                break
            weak.append(k)
        cut = sorted(strong + weak) if named >= surplus else []
    if len(cut) != surplus:
        return
    for r in wide:
        lead = len(r.cells) - wide_w
        r.cells = [p for k, p in enumerate(r.cells) if k - lead not in cut]


def _drop_spacer_column(stream: Stream, runs: list[ValueRun], start: int) -> None:
    """Cut an empty spacer column out of table 三's rows: a layout slot between 自然人 and the 法人或其他组织
    block (or before 总计) that no row prints anything in makes every row one cell wider, its cell blank —
    read by position, no row was read at all. It is the one slot of the eight blank in every wide row,
    and the header names no eighth column: a 法人「小计」 column (`_org_subtotal_column`) beside a column
    of figures all left blank is eight columns too, and dropping the blank one would read the 小计's
    figures as that column's. The rows that print all their figures must add up without the slot
    (自然人 + the five 法人 columns = 总计; one row may not, a report's slip; three must, to more than
    nothing — rows of zeros add up whichever slot is left out); the header decides only where too few
    rows print a total."""
    width = len(ts.T3_COLS) + 1
    wide = [r for r in runs if len(r.cells) == width]
    if len(wide) < max(3, len([r for r in runs if r.label]) // 2):
        return
    empty = [k for k in range(width) if all(r.cells[k].kind == "blank" for r in wide)]
    if len(empty) != 1:
        return
    at = empty[0]
    rows = [[p for k, p in enumerate(r.cells) if k != at] for r in wide]
    header = squash(stream.text[start : wide[0].cells[0].start])
    named = printed_order(header) is not None or _names_all(header)
    # the sums decide wherever rows can judge (a header that names the seven may name an eighth too: a
    # 法人「合计」 column, the 其他 column left blank — cut, its figures were read as 其他's); the header only
    # where no three rows print a total
    # (a header naming a column beyond the seven — 小计, or 合计 beside 总计 — has eight: nothing is cut)
    if "小计" in header or ("合计" in header and "总计" in header):
        return
    if not (_add_up(rows) if _judgeable(rows) else named):
        return
    for r, row in zip(wide, rows):
        r.cells = row


def _names_all(header: str) -> bool:
    """Whether the header names the seven columns of table 三 in the template's order (`printed_order`
    answers None for that order, and for a header that does not name them all)."""
    return all(ts.T3_COL_LABELS[c] in header for c in ts.T3_COLS)


def _add_up(rows: list[list[Piece]]) -> bool:
    """Whether table 三's rows (7 cells each) add up, 自然人 + the five 法人 columns = 总计: all of
    them that print all their figures but one, and at least three with 法人 figures (a row of 法人
    zeros adds up whichever slot is cut)."""
    read = _printed(rows)
    if any(None in v for v in read):
        return False
    adds = [sum(v[:-1]) == v[-1] for v in read]  # pyright: ignore[reportCallIssue, reportArgumentType]
    return adds.count(False) <= 1 and sum(1 for v, ok in zip(read, adds) if ok and _orgs(v)) >= 3


def _judgeable(rows: list[list[Piece]]) -> bool:
    """Whether at least three rows print every figure, 法人 figures above zero among them (what `_add_up` weighs)."""
    return sum(1 for v in _printed(rows) if _orgs(v)) >= 3


def _printed(rows: list[list[Piece]]) -> list[list[float | None]]:
    """The figures of the rows that print every cell, in row order."""
    return [[parse_number(p.text) for p in row] for row in rows if all(p.kind == "value" for p in row)]


def _orgs(v: list[float | None]) -> float:
    """A row's five 法人 figures (7 cells) summed."""
    return sum(x or 0 for x in v[1:6])


def _org_subtotal_column(runs: list[ValueRun]) -> int | None:
    """Some vendor layouts add a 法人或其他组织「小计」 column (8 numbers a row). Where it sits is read
    off the numbers: the column that equals the sum of the five organisation columns in most rows."""
    wide = [[parse_number(p.text) if p.kind == "value" else None for p in r.cells] for r in runs if len(r.cells) == 8]
    if len(wide) < max(3, len([r for r in runs if r.label]) // 2):
        return None
    votes = {6: 0, 1: 0}
    for v in wide:
        if None in v:
            continue
        if v[6] == sum(v[1:6]):  # pyright: ignore[reportCallIssue, reportArgumentType]  (no None: skipped above)
            votes[6] += 1
        if v[1] == sum(v[2:7]):  # pyright: ignore[reportCallIssue, reportArgumentType]
            votes[1] += 1
    best = max(votes, key=votes.__getitem__)
    return best if votes[best] * 2 > len(wide) else None


def _blanks_vanish(runs: list[ValueRun]) -> bool:
    """Whether table 三 is glued text whose blank cells left no trace (a crawler dropped the
    whitespace, and a blank cell is whitespace): then any cell of a glued row may be one, and the
    splitter must weigh that. The sign, read off table 三 (its rows are long): a glued row with
    fewer characters than cells. (A row no cut of which keeps its 总计 is no sign: real reports
    print wrong totals — eval/corpus/unlabeled/hebei-kjt-2022's （七）总计 「20000011」.) Without it,
    blanks are taken to be printed (as 「/」, or 0): a glued row is read as cells that all show. A
    row printed wholly blank (its label runs into the next: `_printed_blank`) is no sign: real
    scrapes print whole rows blank beside rows of zeros (eval/wild's hanjiang)."""
    width = len(ts.T3_COLS)
    return any(
        r.label
        and len(r.cells) < width
        and _glued_run(r.cells)
        and sum(len(glued.UNIT.sub("", p.text)) for p in r.cells) < width
        for r in runs
    )


_LABELS_ACROSS = 4  # row labels on one line: more than a row of table 三 as printed holds (own, group, section)


def _labels_across(ctx: _Ctx, items: list[Piece]) -> bool:
    """Whether table 三's row labels stand side by side in one source row of a table laid out from
    positions (a PDF's text layer, a scan): a table printed turned (items as columns) whose layout was
    not turned back (extractor/turned.py reads it where the grid is known). A row as printed holds
    its own label, its group's and its section's at most; read by rows, the header's labels with
    nothing beside them would be rows printed blank where the table prints numbers under them."""
    text, offsets = ctx.doc.text, ctx.stream.offsets
    lines: dict[int, set[str]] = {}  # a positioned layout prints a row of cells as one line of its text
    for p in items:
        if p.kind == "label":
            lines.setdefault(text.rfind("\n", 0, offsets[p.start]), set()).add(p.key)
    return any(len(keys) >= _LABELS_ACROSS for keys in lines.values())


def _groups(items: list[Piece]) -> set[str]:
    """Table 三's group labels among its row labels: （三）（四）（五）, and （六） where its rows are printed
    (GF2021; in GF2019 「（六）其他处理」 is a row of its own)."""
    r6 = any(p.kind == "label" and p.key.startswith("r6_") for p in items)
    return {"r3", "r4", "r5", "r6"} if r6 else {"r3", "r4", "r5"}


_BLOCK_LABELS = 3  # row labels printed twice in one table: it is printed in column blocks


def _labels_twice(items: list[Piece]) -> bool:
    """Whether the table's row labels are printed again below it (its columns split into blocks, each
    under the same labels: 「（续表）」): a row's cells stand in two blocks' columns at once, so where a
    cell stands on the page says nothing of its column (`_table_columns`). A label printed again on its
    own row (a merged label area unmerged: 「一、本年新收…」 in each of its cells, 「（三）不予公开」 on each
    of its rows) is no sign: only a label seen before another row's."""
    seen: set[str] = set()
    again: set[str] = set()
    last = ""
    groups = _groups(items)
    for p in items:
        if p.kind == "label" and p.key not in groups:
            if p.key in seen and p.key != last:
                again.add(p.key)
            seen.add(p.key)
            last = p.key
    return len(again) >= _BLOCK_LABELS


def _printed_blank(ctx: _Ctx, items: list[Piece], end: int | None = None) -> dict[str, int]:
    """Rows a glued scrape printed blank: the label runs straight into the next row's label, with
    no separator and no digit between (「…禁止公开3.危及…」) — or, given the table's `end`, the last
    label runs into the table's end. In a table laid out from positions (a PDF's text layer, a scan)
    a row's values stand on its label's line (extractor/label_rows.py joins a wrapped label to them),
    so there a label with nothing beside it (only lines of words: its own wrapped rest, a group's
    label) is such a row too — a table printed all blank has no value column to join labels to.
    Key → stream offset of the label's end."""
    out: dict[str, int] = {}
    text = ctx.stream.text
    nothing = _NO_CELL_BESIDE if ctx.doc.cell_x else _NO_CELL_BETWEEN
    labels = [p for p in items if p.kind == "label"]
    numerals = [p.start for p in items if p.kind == "value" or p.kind == "other" and CN_NUMERAL.fullmatch(p.text)]
    for a, b in zip(labels, labels[1:]):
        if nothing.fullmatch(text, a.end, b.start) and not _numeral_in(numerals, a.end, b.start):
            out.setdefault(a.key, a.end)
    last = labels[-1] if labels else None
    if end is not None and last and nothing.fullmatch(text, last.end, end) and not _numeral_in(numerals, last.end, end):
        out.setdefault(last.key, last.end)
    return out


def _numeral_in(starts: list[int], a: int, b: int) -> bool:
    """Whether a cell in Chinese numerals (「二十八」, no digit for the patterns above to see) starts in
    [a, b): a row typed in numerals is no row printed blank (`starts`: sorted stream offsets)."""
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


_NO_CELL_BETWEEN = re.compile(r"(?![/—])[^\d\x1d-\x1f]*")  # (a 「/」 or 「—」 right after the label is a cell)
_NO_CELL_BESIDE = re.compile(r"[^\d\x1d/—]*")  # the same, across lines: no number, blank cell or mark


def _by_printed_order(ctx: _Ctx, items: list[Piece], runs: list[ValueRun], start: int) -> list[ValueRun]:
    """Table 三's runs with their cells in the template's column order, where the header above the
    first row label prints the applicant columns in another order (extractor/t3_order.py). A run of
    another width than the table's cannot be lined up with the header: it is left out (its row is
    reported not found, a doubt) rather than read by position into the wrong columns."""
    first = next((p.start for p in items if p.kind == "label"), None)
    if first is None:
        return runs
    start = _header_above(ctx.stream.text, start, first)
    reduced = _reduced_runs(ctx, runs, start, first)
    if reduced is not None:
        return reduced
    pos = (_placed_header_order(ctx, start, first) if ctx.doc.cell_x else None) or printed_order(
        ctx.stream.text[start:first]
    )
    if pos is None:
        return runs
    if pos == UNPLACED:  # the header prints the columns in an order it does not settle: no guess
        ctx.doubt(
            "D1",
            "t3",
            "表三表头的列次无法确定（总计、自然人与法人或其他组织的位置不明），未按位置读取表三各列",
        )
        return [r for r in runs if all(p.kind == "blank" for p in r.cells)]
    width = len(ts.T3_COLS)
    out = []
    for r in runs:
        cells = r.cells
        if len(cells) < width and ctx.doc.cell_x and not r.cut and any(p.kind != "blank" for p in cells):
            cells = _by_columns(ctx, cells, width) or cells  # (blanks printed as nothing: the columns' places)
        cells = _trim(cells, width, ctx.stream)  # (a merged label's empty slots before the cells)
        if len(cells) == width:
            out.append(dataclasses.replace(r, cells=[cells[i] for i in pos]))
        elif all(p.kind == "blank" for p in cells):
            out.append(r)
    return out


_T3_ROW_KEYS = tuple(dict.fromkeys(r.key for single in (False, True) for r in ts.t3_spec(single).rows))
NOT_PRINTED = "not_printed"  # a template cell the report does not print on its own: no cell (never 0, never a sum)


def _reduced_runs(ctx: _Ctx, runs: list[ValueRun], start: int, first: int) -> list[ValueRun] | None:
    """Table 三 printed with fewer applicant columns than the template (t3_order.reduced_columns: a column
    left out, columns merged into one printed sum, the 法人 block's subtotal alone): each row's figures put
    under the columns the header names, at their printed places; a merged column's or subtotal's figure is
    no template cell and is left out, and every template cell it covers, or that is left out, is NOT_PRINTED
    (no cell). Only where most rows print exactly that many figures (after the empty slots of merged label
    cells); None otherwise (the ordinary readings). A D11 finding names what the table does not print."""
    if ctx.doc.cell_x:
        return None  # (a laid-out table: its columns are read off positions)
    red = reduced_columns(ctx.stream.text[start:first], squash)
    if red is None:
        return None
    k = len(red.columns)
    widths = [
        len(r.cells) - _leading_blanks(r.cells) for r in runs if r.label and any(p.kind != "blank" for p in r.cells)
    ]
    if len(widths) < 3 or max(set(widths), key=widths.count) != k or widths.count(k) * 2 <= len(widths):
        return None
    out: list[ValueRun] = []
    for r in runs:
        cells = r.cells
        if len(cells) > k and all(p.kind == "blank" for p in cells[: len(cells) - k]):
            cells = cells[len(cells) - k :]
        if len(cells) != k:
            out.append(r)  # (read as it is: a doubt names its row)
            continue
        at = cells[0].start
        by_col = {c: p for c, p in zip(red.columns, cells) if c is not None}
        full = [by_col.get(c) or Piece(NOT_PRINTED, at, at) for c in ts.T3_COLS]
        out.append(dataclasses.replace(r, cells=full))
    names = "、".join(ts.T3_COL_LABELS[c] for c in red.unprinted)
    legal = len(ts.T3_APPLICANTS) - 1
    merged = "；".join(
        f"只印「{ts.T3_ORGS_HEAD}」合计一列"
        if len(m) == legal
        else "「" + "、".join(ts.T3_COL_LABELS[c] for c in m) + "」合并为一列"
        for m in red.merged
    )
    ctx.doubt(
        "D11",
        "t3",
        f"表三未单列{names}{'（' + merged + '，合并数不是其中任何一列的数）' if merged else ''}：这些单元格报告未印，"
        "不按0计、不推算",
        [f"t3.{key}.{c}" for key in _T3_ROW_KEYS for c in red.unprinted],
    )
    return out


_HEADER_ABOVE = 400  # characters looked back from table 三's first row for a header that names no 申请人情况
_NOT_HEADER = re.compile(r"[\d。；;]|收到和处理")  # a figure, a sentence's end, the section's heading: above the header


def _header_above(text: str, start: int, first: int) -> int:
    """Where table 三's header begins when the table was found at its first row (`start` == `first`:
    a one-row header prints no 「申请人情况」 — 「项目 | 总计 | 其他 | … | 自然人」): the cells and rows
    just above it that hold no figure, back to the section's heading, a sentence's end or the previous
    table's last figure. Read by position, a header printed in another order than the template's puts
    every cell under the wrong column with every row still summing (silently wrong). Where the header is
    already in [start, first), `start`."""
    if text[start:first].strip(SEP + ROW + " "):
        return start
    a = start
    lower = max(0, start - _HEADER_ABOVE)
    while a > lower:
        b = max(text.rfind(SEP, lower, a - 1), text.rfind(ROW, lower, a - 1), text.rfind("\n", lower, a - 1))
        if _NOT_HEADER.search(text, b + 1, a) or b < lower:
            break
        a = b + 1 if b >= 0 else 0
        if b < 0:
            break
    return a


def _placed_header_order(ctx: _Ctx, start: int, end: int) -> tuple[int, ...] | None:
    """t3_order.placed_order over the header tokens between stream offsets [start, end) that the
    loader placed on their page, standing over the value columns: right of where the table's numbers
    begin. (A table the layout read turned has its applicant names down a label column, left of every
    number: their places say nothing of the columns' order.)"""
    offsets = ctx.stream.offsets[start:end]
    if any(y < x for x, y in zip(offsets, offsets[1:])):
        return None  # a header put together from blocks (extractor/colsplit.py): places of two blocks
    header = _placed_header(ctx, start, end)
    return placed_order(header) if header is not None else None


def _placed_header(ctx: _Ctx, start: int, end: int, numbers_from: int | None = None) -> list[tuple[str, float]] | None:
    """The header tokens between stream offsets [start, end) with their x centres, right of where the
    numbers of the region being read (`ctx.region`) begin — after `end`, or after `numbers_from` (a
    block's columns may print no number: where the whole table's begin); None when it prints none."""
    a, b = ctx.stream.span(start, end)
    z = ctx.stream.span(*ctx.region)[1]
    since = b if numbers_from is None else ctx.stream.span(numbers_from, numbers_from + 1)[0]
    cell_x = ctx.doc.cell_x
    numbers = [
        cell_x[tok.start][0]
        for tok in ctx.doc.tokens
        if since <= tok.start < z and tok.start in cell_x and _figure(tok.text.strip())
    ]
    if not numbers:
        return None
    left = min(numbers) - _COLUMN_TOL
    return [
        (squash(tok.text), (cell_x[tok.start][0] + cell_x[tok.start][1]) / 2)
        for tok in ctx.doc.tokens
        if a <= tok.start < b and tok.start in cell_x and not tok.blank and cell_x[tok.start][0] >= left
    ]


def _figure(text: str) -> bool:
    """A value cell's text: a number in digits, or in Chinese numerals (a table typed in them)."""
    return bool(_VALUE_SLOT.fullmatch(text) or CN_NUMERAL.fullmatch(text))


def _block_runs(ctx: _Ctx, items: list[Piece], runs: list[ValueRun], end: int) -> list[ValueRun] | None:
    """Table 三 laid out from positions (an unruled PDF) and split into two column blocks, the second
    under the same row labels (「（续表）」): each row's cells placed in its own block's columns — the
    columns its header names and its numbers line up under, blanks printed as nothing — then joined
    into one run in the template's column order. None when the blocks do not resolve that cleanly: the
    header names of the two blocks not the seven columns once, a block's columns not found, a row's
    cells not placed. A row whose label stands in a block with nothing beside it is blank there."""
    groups = _groups(items)
    labels = [k for k, p in enumerate(items) if p.kind == "label" and p.key not in groups]
    seen: set[str] = set()
    second = None
    for k in labels:
        if items[k].key in seen and items[k].key != items[labels[labels.index(k) - 1]].key:
            second = k
            break
        seen.add(items[k].key)
    if second is None:
        return None
    k = second - 1
    while k > 0 and items[k].kind in ("other", "row", "blank"):
        k -= 1
    cut = items[k + 1].start  # where block 2's header begins
    first = next(p.start for p in items if p.kind == "label")
    region = ctx.region
    bounds = ((region[0], first, cut), (cut, items[second].start, end))
    names: list[str] = []
    columns: list[int] = []
    for a, head_end, _ in bounds:
        header = _placed_header(ctx, a, head_end, first)
        found = placed_names(header) if header else None
        if not found:
            return None
        names += found
        columns.append(len(found))
    if sorted(names) != sorted(ts.T3_COLS):
        return None
    out: list[ValueRun] = []
    try:
        ctx.blocks, ctx.numbers_from = False, first
        parts: dict[str, list[list[Piece] | None]] = {}
        for i, (a, _, b) in enumerate(bounds):
            ctx.region = (a, b)
            n = columns[i]
            inside = [p for p in items if a <= p.start < b]
            for key in _printed_blank(ctx, inside, b):
                parts.setdefault(key, [None, None])[i] = [Piece("blank", a, a)] * n
            for r in runs:
                if r.label is None or r.label in groups or not a <= r.cells[0].start < b:
                    continue
                cells = r.cells if len(r.cells) == n else None
                if len(r.cells) < n and not r.cut and not r.lost:
                    cells = _by_columns(ctx, r.cells, n)
                parts.setdefault(r.label, [None, None])[i] = cells
        pos = [names.index(k) for k in ts.T3_COLS]
        for key, (one, two) in parts.items():
            if one is not None and two is not None:
                joined = one + two
                out.append(ValueRun([joined[i] for i in pos], key))
    finally:
        ctx.region, ctx.blocks, ctx.numbers_from = region, True, None
    return out


def _table3(ctx: _Ctx, items: list[Piece], runs: list[ValueRun], start: int, end: int, by_name: bool = False) -> None:
    """`runs`: value_runs(items), which this changes (labels dropped, a subtotal column cut out);
    `by_name`: they are cards (extractor/cards.py), every run labelled by its printed row label."""
    ctx.region = (start, end)
    ctx.blocks = _labels_twice(items)
    if not by_name and ctx.doc.cell_x and _labels_across(ctx, items):
        ctx.doubt("D1", "t3", "表三的各行标签横排在同一行（表格转置排印），未能按行读取表三")
        return
    _drop_prior_column(ctx.stream, runs, start)
    _drop_added_columns(ctx.stream, runs, start)
    _drop_spacer_column(ctx.stream, runs, start)
    sub_at = _org_subtotal_column(runs)
    subs: dict[int, Piece] = {}
    if sub_at is not None:
        for r in runs:
            if len(r.cells) == 8:
                subs[id(r)] = r.cells[sub_at]
                r.cells = r.cells[:sub_at] + r.cells[sub_at + 1 :]
    joined = _block_runs(ctx, items, runs, end) if ctx.blocks and ctx.doc.cell_x and not by_name else None
    if joined is not None:
        runs = joined  # (each block's cells placed by its own header: in the template's order now)
    elif not by_name:
        runs = _by_printed_order(ctx, items, runs, start)
    labelled = {r.label for r in runs if r.label}
    if not labelled & {"r6", "r6_1", "r6_2", "r6_3"}:  # rows printed blank tell the variant too
        labelled |= _printed_blank(ctx, items, end).keys()
    single_r6 = "r6" in labelled and not labelled & {"r6_1", "r6_2", "r6_3"}
    if not by_name and not labelled & {"r6", "r6_1", "r6_2", "r6_3"}:
        # neither form of (六) read (its run a word no number reads, 「八百零八八百零八」): which one the report
        # prints is not known — the single row's cells are named too, not left out without a word
        ctx.doubt("D1", "t3.r6", "表三未能读出「（六）其他处理」一行", list(_row_keys("t3", "r6", ts.T3_COLS)))
    headers = ("r3", "r4", "r5") if single_r6 else ("r3", "r4", "r5", "r6")
    # A group header followed only by empty layout slots is a header, not a subtotal row.
    runs = [r for r in runs if r.label not in headers or any(p.kind != "blank" for p in r.cells)]
    # Numbers after a group header are its subtotal only if every sub-row has numbers of its own;
    # otherwise they belong to a sub-row whose wrapped label was printed below them (PDF text).
    have_runs = {r.label for r in runs if r.label}
    for r in runs:
        if r.label in headers:
            children = [x.key for x in ts.t3_spec(single_r6).rows if x.parent == r.label]
            if not children or not all(c in have_runs for c in children):
                r.label = None
    runs = _split_long_runs(runs, len(ts.T3_COLS))
    ctx.column_lost = _column_lost(ctx, runs, len(ts.T3_COLS))
    labelled = {r.label for r in runs if r.label}
    spec = ts.t3_spec(single_r6)
    subtotals = tuple(g for g in ("r3", "r4", "r5") if g in labelled)
    if not single_r6 and "r6" in labelled:
        subtotals += ("r6",)
    order: list[str] = []
    for r in spec.rows:
        if r.parent in subtotals and r.parent not in order:
            order.append(r.parent)
        order.append(r.key)
    ctx.out.single_r6 = single_r6
    ctx.out.subtotals = subtotals + (("sub",) if sub_at is not None else ())
    if not runs and not _printed_blank(ctx, items, end):
        ctx.doubt("D1", "t3", "找到表三的位置，但没有读到任何数据行")
        return
    ctx.out.found.add("t3")
    assigned = {r.label: r for r in runs if r.label} if by_name else _align(runs, order, len(ts.T3_COLS))
    row_specs = {r.key: r for r in spec.rows} | {g: ts.T3_GROUP_HEADERS[g] for g in subtotals}
    glued_rows: list[tuple[ts.RowSpec, tuple[str, ...], ValueRun, list[glued.Split]]] = []
    equations = ts.t3_equations(spec, subtotals)
    blank_at: dict[str, int] | None = None  # found only when a row is missing
    for key in order:
        row = row_specs[key]
        run = assigned.get(key)
        keys = _row_keys("t3", key, row.cols)
        if run is None:
            if blank_at is None:
                blank_at = _printed_blank(ctx, items, end)
            at = blank_at.get(key)
            if at is not None:  # printed blank: every cell blank, where the label ends
                span = ctx.span(at, at)
                ctx.out.cells.update({k: Cell(key=k, value=None, raw="", placeholder=True, span=span) for k in keys})
                continue
            ctx.doubt("D1", f"t3.{key}", f"表三未找到「{row.label}」一行", keys)
            continue
        if run.label != key:
            ctx.doubt(
                "D5",
                f"t3.{key}",
                f"表三「{row.label}」一行的标签未能识别，按行序对应",
                keys,
                [ctx.span(run.cells[0].start, run.cells[-1].end)],
            )
        cells, cands = _row_cells(ctx, row, keys, run)
        ctx.out.cells.update(cells)
        if id(run) in subs:
            ctx.out.cells.update(_printed_cells(ctx, (f"t3.{key}.sub",), (subs[id(run)],)))
        if cands is not None:
            glued_rows.append((row, keys, run, glued.filter_by(cands, keys, equations) or cands))
    if glued_rows:
        known = {k: c.value for k, c in ctx.out.cells.items() if k.startswith("t3.")}
        resolved = glued.solve(
            {row.key: (keys, cands) for row, keys, _, cands in glued_rows}, known, equations, per_cell=ctx.vanish
        )
        for row, keys, run, cands in glued_rows:
            _glued_cells(ctx, f"t3.{row.key}", row.label, keys, run, cands, resolved)


def _printed_blank_row(stream: Stream, cells: list[Piece], n: int) -> bool:
    """A table row whose every cell is printed blank (a table 四 with no case at all, left empty):
    exactly the row's n blank cells, one source row and nothing else in it — blank cells, not a
    table that is missing."""
    if len(cells) != n:
        return False
    text = stream.text
    begin, end = _source_row(text, cells[0].start)
    return cells[-1].end <= end and text.count(BLANK, begin, end) == n == text.count(SEP, begin, end) + 1


def _blank_lines_row(stream: Stream, cells: list[Piece], n: int, start: int, end: int) -> bool:
    """Text with one cell a line and no row marks (a browser copy of the page): a table 四 printed
    all blank is its header words, then exactly n empty lines (n blank cells) and nothing else up to
    the table's end [start, end) — blank cells, not a table that is missing. Where rows are marked,
    `_printed_blank_row` decides."""
    if len(cells) != n or cells[0].kind != "blank":
        return False
    text = stream.text
    tail = text[cells[0].start : end]
    return tail.count(BLANK) == n and set(tail) <= _BLANK_SEP and ROW not in text[start:end]


_BLANK_SEP = frozenset(BLANK + SEP)


# ---------------------------------------------------------------------------- table 四
# The words of table 四's headers: a converter that prints the table as three small tables (行政复议 /
# 行政诉讼（未经复议直接起诉） / 复议后起诉), each with its own header, puts only these between them;
# a GF2019 text prints each group as a line of its name and dot leaders before its numbers.
_SENTENCE_END = re.compile(r"[。；;]")
_CAPTION_NUMBER = re.compile(r"表\s*$")  # (searched just before a figure: then it is a caption's number)
_T4_HEAD_WORDS = re.compile(
    r"(?:行政复议|行政诉讼|[未末]经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结"
    r"|总计|案件数量|[()\[\]:、/\-－—|｜]|[…⋯·.]+)+"  # (dot leaders: 「行政诉讼·复议后起诉………… 0」; a bar row's
    # border: 「行政诉讼(未经复议直接起诉)｜0｜0｜…」, one line per kind)
)


def _without_idle(cells: list[Piece], idle: set[int], n: int) -> list[Piece]:
    """Table 四 read over more than its `n` slots, with blank slots of rows that printed no value
    between its numbers (a gap row, the empty corner of a column block's header 「 | 复议后起诉」):
    those slots are layout. Trimming blanks at the ends instead would shift the second block's
    values onto the wrong columns. (Kept when the table is not overfull or they are not inside.)"""
    if len(cells) <= n or not idle:
        return cells
    filled = [i for i, c in enumerate(cells) if c.kind != "blank"]
    inside = {i for i in idle if filled and filled[0] < i < filled[-1]}
    return [c for i, c in enumerate(cells) if i not in inside] if inside else cells


def _t4_words(keys: Sequence[str]) -> str:
    """Table 四 cells in words: a kind whose five cells are all named as one (「行政诉讼·复议后起诉各栏」)."""
    words: list[str] = []
    for g in ts.T4_GROUPS:
        cols = [c for c in ts.T4_COLS if f"t4.{g}.{c}" in keys]
        if len(cols) == len(ts.T4_COLS):
            words.append(f"{ts.T4_GROUP_LABELS[g]}各栏")
        else:
            words += [f"{ts.T4_GROUP_LABELS[g]}·{ts.T4_COL_LABELS[c]}" for c in cols]
    return "、".join(words)


def _table4(ctx: _Ctx, head: int, start: int, end: int) -> int:
    """Reads table 四 (its first header word at `head`, its cells after `start`); returns the
    stream offset where it ends."""
    n = len(ts.T4_GROUPS) * len(ts.T4_COLS)
    by_name = cards.t4_cells(ctx.stream, head, end) or header_rows.t4_cells(ctx.stream, head, end)
    if by_name is not None:  # printed as cards: each cell placed by its column's name
        ctx.out.found.add("t4")
        keys = [f"t4.{g.key}.{c}" for g in ts.T4.rows for c in g.cols]
        ctx.out.cells.update(_printed_cells(ctx, keys, by_name[0]))
        return by_name[1]
    items = pieces(ctx.stream, (), start, end)
    cells: list[Piece] = []
    blank_row: list[Piece] = []
    between = False  # in the row of header text that follows numbers: a sub-table's header, whose
    in_rows = False  # a source table row has ended since the numbers began
    group = 0  # values since the last text: a group's whole row typed as a list ends in 「。」 too
    row_from = 0  # where the current source row's cells begin in `cells`
    idle: set[int] = set()  # blank slots of source rows that printed no value (a gap, a header's)
    for p in items:  # empty slots are layout, not cells
        kind = p.kind
        if kind == "value" and _CAPTION_NUMBER.search(ctx.stream.text, max(0, p.start - 4), p.start):
            continue  # 「表3」「附表 3」: the table's caption number (issue 11), no cell
        if kind == "value" or kind == "placeholder" or kind == "unread":
            cells.append(p)
            between = False
            group += 1
            continue
        if kind == "blank":
            if not between:
                cells.append(p)
        elif kind == "row":
            between = False
            # (a row that ended before any number — the heading's, a sheet's row of prose — does not count)
            in_rows = in_rows or any(c.kind != "blank" for c in cells)
            if all(c.kind == "blank" for c in cells[row_from:]):
                idle.update(range(row_from, len(cells)))
            row_from = len(cells)
        elif kind == "other":
            filled = [c for c in cells if c.kind != "blank"]
            typed_row = group == len(ts.T4_COLS)  # 「行政复议：6、1、0、0、7。」
            if filled and len(filled) < n and not in_rows and not typed_row and _SENTENCE_END.search(p.text):
                # 「据统计，…被申请行政复议1件、提起行政诉讼11件。」 restating the table before it: the
                # numbers of a sentence are not cells
                cells, between, group, row_from = [], False, 0, 0
                idle.clear()
                continue
            if not filled:
                if _printed_blank_row(ctx.stream, cells, n):
                    blank_row = cells  # every cell printed blank: the table's row, unless numbers follow
                cells, row_from = [], 0
                idle.clear()
            elif len(filled) >= n or (len(p.text) > 12 and not _T4_HEAD_WORDS.fullmatch(p.text)):
                break  # (a sub-table's own header — 「行政诉讼（未经复议直接起诉）」 — goes on)
            else:
                between = True
        if kind != "blank":
            group = 0
    if blank_row and not any(c.kind != "blank" for c in cells):
        cells = blank_row
    cells = _without_idle(cells, idle, n)
    cells = _trim(cells, n, ctx.stream)
    if (
        not any(c.kind != "blank" for c in cells)
        and not _printed_blank_row(ctx.stream, cells, n)
        and not _blank_lines_row(ctx.stream, cells, n, start, end)
    ):
        ctx.doubt("D1", "t4", "找到表四的位置，但没有读到数字", [f"t4.{g.key}.{c}" for g in ts.T4.rows for c in g.cols])
        return start
    ctx.out.found.add("t4")
    run = ValueRun(cells)
    rows = ts.T4.rows
    keys = [f"t4.{g.key}.{c}" for g in rows for c in g.cols]
    first = next((c.start for c in cells if c.kind != "blank"), None)
    reduced = header_rows.t4_reduced_keys(ctx.stream, head, first, len(cells)) if first is not None else None
    if reduced is not None and len(cells) < n:  # columns left out or merged: each figure under its own name
        pairs = [(k, c) for k, c in zip(reduced.keys, cells) if k]  # (a merged block's sums: no template cell)
        ctx.out.cells.update(_printed_cells(ctx, [k for k, _ in pairs], [c for _, c in pairs]))
        cols = _t4_words(reduced.unprinted)
        what = f"（{reduced.merged}，合并数不是其中任何一格的数）" if reduced.merged else ""
        ctx.doubt("D11", "t4", f"表四未单列{cols}{what}：这些单元格报告未印，不按0计、不推算", list(reduced.unprinted))
        return cells[-1].end
    printed = header_rows.t4_column_keys(ctx.stream, head, first) if first is not None else None
    if printed == header_rows.UNMATCHED:  # named out of the template's order, and no reading fits
        span = ctx.span(head, first or head)
        ctx.doubt("D2", "t4", "表四表头的栏目次序与模板不同，无法逐格对应", keys, [span])
        return cells[-1].end
    keys = list(printed or keys)  # each figure under the column its header names
    if len(cells) == n:
        ctx.out.cells.update(_printed_cells(ctx, keys, cells))
        return cells[-1].end
    if len(cells) < n and _glued_run(cells) and not _placed(ctx, cells):
        cands = glued.split_candidates([p.text for p in cells], ["count"] * n, _T4_SUMS, ctx.vanish) or []
        if _cells_apart(ctx, cells):
            cands = _uncut(cands, cells)
        cands = glued.filter_by(cands, keys, ts.t4_equations()) or cands
        resolved = glued.solve({"t4": (keys, cands)}, {}, [], per_cell=ctx.vanish)
        _glued_cells(ctx, "t4", "表四", keys, run, cands, resolved)
        return cells[-1].end
    span = ctx.span(cells[0].start, cells[-1].end)
    ctx.doubt("D2", "t4", f"表四应有{n}格，读到{len(cells)}格，无法可靠对应", keys, [span])
    return cells[-1].end
