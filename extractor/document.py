"""What every loader produces: one normalised text and the cells/lines it is made of."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
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


@dataclass
class Document:
    text: str
    tokens: list[Token]
    format: str  # pdf | html | markdown | text-pipe | text-lines | text
    encoding: str | None = None
    pages: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, page number)
    title_hint: str | None = None  # e.g. an HTML page's <title>, when the body does not repeat it

    def page_of(self, offset: int) -> int | None:
        for start, end, no in self.pages:
            if start <= offset < end or (offset == end and start < end):
                return no
        return None
