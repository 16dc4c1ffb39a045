"""What every loader produces: one normalised text and the cells/lines it is made of."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .normalize import fold, has_invisible, visible


@dataclass(slots=True)
class Token:
    """A cell of a table or a line of text, located in `Document.text`.

    `row_end` is set where the source itself closes a table row (HTML <tr>, a Markdown table line,
    a PDF table row); line-based text formats have no row structure and never set it.
    `blank` marks a cell the source shows as empty (an empty <td>, an empty Markdown cell, an empty
    cell slot between '|' lines or in a padded one-cell-per-line layout).
    """

    text: str
    start: int
    end: int
    row_end: bool = False
    blank: bool = False
    row_start: bool = False


@dataclass(slots=True)
class OcrMark:
    """Where an OCR'd token came from: text offsets [start, end), its page, its box (x0, y0, x1, y1 as
    fractions of the page) and the lowest confidence of the boxes it joins."""

    start: int
    end: int
    page: int
    box: tuple[float, float, float, float]
    confidence: float


@dataclass
class Document:
    text: str
    tokens: list[Token]
    format: str  # pdf | html | markdown | text-pipe | text-lines | text
    encoding: str | None = None
    pages: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, page number)
    title_hint: str | None = None  # e.g. an HTML page's <title>, when the body does not repeat it
    # the page headers' text (a DOCX's header parts): not read as the report's text, but where a red-head
    # template prints the issuing body (「杭州市临平区塘栖镇人民政府」 in red over every page)
    header_hint: str | None = None
    ocr: list[OcrMark] = field(default_factory=list)  # tokens read by OCR, in text order
    warnings: list[str] = field(default_factory=list)  # what the loader dropped (stray bytes), in Chinese
    # token start → (x0, x1) of its boxes as fractions of the page width: PDF text layers and OCR'd
    # pages, where an unruled table's blank cell is only a gap between columns
    cell_x: dict[int, tuple[float, float]] = field(default_factory=dict)
    # token starts of cells the layout could not read as one cell's text (a figure run over its ruled cell
    # into the next one, ocr_layout `_Grid.overruns`): read as no value, with a doubt (stream.UNREAD)
    unread: frozenset[int] = frozenset()
    # the container the report came in, outermost first (「mime」 a mail or a page saved as one file,
    # 「warc」「gzip/warc」 a web archive, 「webarchive」 Safari's, 「jsonl」 a feed, 「gzip」「tar」「zip」 archives, 「pdf」 a
    # PDF carrying the report attached): None for a file of its own
    carrier: str | None = None

    @functools.cached_property
    def folded(self) -> str:
        """`normalize.fold` of the whole text, made once: the stream, the metrics and the narrative
        checks all read slices of it (folding is per character, so a slice of the fold is the fold
        of the slice)."""
        return fold(self.text)

    def page_of(self, offset: int) -> int | None:
        for start, end, no in self.pages:
            if start <= offset < end or (offset == end and start < end):
                return no
        return None


class TextBuilder:
    """The normalised text and its tokens, built together by the loaders that render structure
    (HTML, PDF, DOCX): a line of text is one token; a table row is one token per cell, cells joined
    by ' | ' on one line of the text."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.tokens: list[Token] = []
        self.length = 0
        # the last table laid out (extractor/turned.py `turn_paged`): its first token, its tokens as
        # printed, its slots over them, where it ended — a table a page's foot cut goes on in the next
        self.last_table: tuple[int, list[Token], list[list[int | None]], int] | None = None
        self.unread: set[int] = set()  # see Document.unread

    def emit(self, s: str) -> int:
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        return start

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.emit("\n")

    def line(self, text: str) -> None:
        text = visible(text)  # (normalize.INVISIBLE: never part of the text tokens point into)
        if text:
            start = self.emit(text)
            self.tokens.append(Token(text, start, start + len(text)))
            self.emit("\n")

    def row(self, cells: list[str]) -> None:
        """`emit` inlined: a page's tables are thousands of cells. Invisible format characters
        (normalize.INVISIBLE) are dropped from the cells: one test for the whole row."""
        if has_invisible("".join(cells)):
            cells = [visible(c) for c in cells]
        parts, tokens = self.parts, self.tokens
        length = self.length
        last = len(cells) - 1
        for i, text in enumerate(cells):
            if i:
                parts.append(" | ")
                length += 3
            parts.append(text)
            end = length + len(text)
            tokens.append(Token(text, length, end, i == last, not text.strip(), i == 0))
            length = end
        parts.append("\n")
        self.length = length + 1

    def text(self) -> str:
        return "".join(self.parts)


def spacer_slots(grid: list[list[str]]) -> frozenset[int]:
    """The grid slots empty in every row of a table, header rows included: gaps between a PDF's boxes that
    a converter (Word's PDF reflow) made columns of, an empty column after every value column. A slot
    that is a column of the report has its heading in some row (a blank column of figures is still
    headed), so a slot with no text anywhere is no cell — read as one, every row held a blank value
    after each figure and was refused. Only a table that holds its heading row (three or more words
    and no figure) is judged so: a body printed apart from its header (element-ui's two tables) may
    hold a column of figures all printed blank, whose heading is elsewhere. A table of one or two rows
    is left as it stands."""
    if len(grid) < 3 or not any(_heading_row(row) for row in grid):
        return frozenset()
    width = max(map(len, grid))
    worded = {i for row in grid for i, text in enumerate(row) if text.strip()}
    return frozenset(i for i in range(width) if i not in worded)


def _heading_row(row: list[str]) -> bool:
    """Three or more words and no figure (a row of 「—」 placeholders after its label is no heading)."""
    words = [t for t in row if t.strip()]
    return sum(any(ch.isalpha() for ch in t) for t in words) >= 3 and not any(ch.isdigit() for t in words for ch in t)


def struck_warning(texts: list[str]) -> str:
    """The reader's warning for what was struck through and left out (a corrected report's old figures)."""
    shown = "、".join(f"“{t if len(t) <= 12 else t[:12] + '…'}”" for t in texts[:5])
    more = "等" if len(texts) > 5 else ""
    return f"文中有{len(texts)}处加删除线的文字（{shown}{more}），视为更正前的旧内容，未作为报告数据读取"
