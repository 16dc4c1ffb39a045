"""HTML pages: visible text in reading order, tables as rows of cells.

Each <tr> becomes one line of the normalised text, its cells joined by ' | '. Cells spanning
several rows or columns are expanded into the real grid (`expand_grid`), but only the cell where a
span starts becomes a token, so a value printed once is read once.
"""

from __future__ import annotations

import base64
import re
from itertools import accumulate
from pathlib import Path
from urllib.parse import unquote

import lxml.html
from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (a compiled module lxml has no stubs for)

from .budgets import GridMeter
from .document import Document, TextBuilder, spacer_slots, struck_warning
from .html_script import inline_held_html, inline_script_html, inline_srcdoc, keep_noscript_tables
from .normalize import FOOTNOTE_MARK
from .positioned_html import positioned_pages
from .positioned_svg import svg_pages
from .turned import may_turn, turn_paged

_DROP = {
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "noscript",
    "iframe",
    "select",
    "textarea",  # a form field's text (an editor's draft, a comment box); held markup a script shows is inlined first
    "button",
    "head",
    "title",
    "meta",
    "link",
    "svg",
}
_CHROME = re.compile(r"(?:^|[\s_-])(nav|menu|breadcrumb|crumb|footer|header|sidebar|share|toolbar)(?:$|[\s_-])", re.I)
_TABLE_PART = re.compile(r"table", re.I)
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tbody",
    "thead",
    "blockquote",
    "pre",
    "center",
    "dd",
    "dt",
    "dl",
    "body",
}


def expand_grid(rows: list[list[tuple[str, int, int]]]) -> list[list[tuple[int, int] | None]]:
    """Place (text, rowspan, colspan) cells on a dense grid; each slot holds (row, index) of the
    cell that covers it."""
    grid: dict[tuple[int, int], tuple[int, int]] = {}
    width = 0
    for r, cells in enumerate(rows):
        c = 0
        for i, (_, rowspan, colspan) in enumerate(cells):
            while (r, c) in grid:
                c += 1
            for dr in range(max(rowspan, 1)):
                for dc in range(max(colspan, 1)):
                    grid[(r + dr, c + dc)] = (r, i)
            c += max(colspan, 1)
            width = max(width, c)
    height = max((k[0] for k in grid), default=-1) + 1
    return [[grid.get((r, c)) for c in range(width)] for r in range(height)]


def _without_spacers(
    texts: list[list[str]], grid: list[list[tuple[int, int] | None]]
) -> tuple[set[tuple[int, int]] | None, list[list[tuple[int, int] | None]]]:
    """The cells to keep and the grid without its spacer columns (`document.spacer_slots`: slots empty in
    every row, a converter's gaps between a PDF's boxes); (None, grid) when there are none."""
    slots = [[texts[s[0]][s[1]] if s is not None and s[0] < len(texts) else "" for s in row] for row in grid]
    spacers = spacer_slots(slots)
    if not spacers:
        return None, grid
    covers: dict[tuple[int, int], set[int]] = {}
    for row in grid:
        for c, s in enumerate(row):
            if s is not None:
                covers.setdefault(s, set()).add(c)
    kept = {
        (r, i) for r, cells in enumerate(texts) for i in range(len(cells)) if not covers.get((r, i), set()) <= spacers
    }
    return kept, [[s for c, s in enumerate(row) if c not in spacers] for row in grid]


_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.I)
_STRUCK_STYLE = re.compile(r"(?:^|;)\s*text-decoration(?:-line)?\s*:[^;]*\bline-through\b", re.I)
_STRUCK_TAGS = frozenset({"del", "s", "strike"})
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CLASS_SELECTOR = re.compile(r"^[a-z0-9]*\.([\w-]+)$", re.I)
_BRACE = re.compile(r"[{}]")


def hidden_classes(root) -> frozenset[str]:
    """Classes a page's own <style> hides outright (`.m-only{display:none}`): only rules at the top
    level of the sheet count — a rule inside `@media` hides for some screens only (the PC copy on a
    phone), so what it hides is still what a desktop reader sees. Only plain class selectors
    (`.x`, `td.x`) are taken: a descendant or attribute selector is not resolved, and what is not
    resolved is read, as before."""
    return _classes_styled(root, _HIDDEN_STYLE)


def struck_classes(root) -> frozenset[str]:
    """Classes a page's own <style> strikes through (`.old{text-decoration:line-through}`), found as
    `hidden_classes` finds hidden ones."""
    return _classes_styled(root, _STRUCK_STYLE)


def _classes_styled(root, declaration: re.Pattern[str]) -> frozenset[str]:
    """The plain class selectors of the page's top-level style rules whose body `declaration` matches."""
    out: set[str] = set()
    for style in root.iter("style"):
        css = _CSS_COMMENT.sub("", "".join(style.itertext()))
        depth, start, top = 0, 0, []
        for brace in _BRACE.finditer(css):  # only the braces: a CMS page's sheet runs to tens of kB
            i, ch = brace.start(), brace.group()
            if ch == "{":
                if depth == 0:
                    sel_end = i
                depth += 1
            elif ch == "}" and depth:
                depth -= 1
                if depth == 0:
                    top.append((css[start:sel_end], css[sel_end + 1 : i]))
                    start = i + 1
        for selectors, body in top:
            if selectors.strip().startswith("@") or not declaration.search(";" + body):
                continue
            for sel in selectors.split(","):
                m = _CLASS_SELECTOR.match(sel.strip())
                if m:
                    out.add(m.group(1))
    return frozenset(out)


def is_hidden(el, classes: frozenset[str]) -> bool:
    """An element a browser does not show: the `hidden` attribute, an inline `display:none` (Excel's hidden check column, a watermark span), or a class the page's
    stylesheet hides. Its text is not printed text: reading it gives a cell the report never showed."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(";" + style):
        return True
    if classes:
        cls = el.get("class")
        if cls and not classes.isdisjoint(cls.split()):
            return True
    return False


def is_struck(el, classes: frozenset[str]) -> bool:
    """An element printed struck through: <del>, <s>, <strike>, an inline `text-decoration:line-through`
    or a class the page's stylesheet strikes. A corrected report prints the old figure struck beside the
    new one (「<del>17</del> 15」, the new one maybe in <ins>): the struck text is not the report's
    figure, and read with the new one it made one cell 「17 15」 (two figures, no value)."""
    if el.tag in _STRUCK_TAGS:
        return True
    style = el.get("style")
    if style and _STRUCK_STYLE.search(";" + style):
        return True
    if classes:
        cls = el.get("class")
        if cls and not classes.isdisjoint(cls.split()):
            return True
    return False


def struck_texts(top, classes: frozenset[str], hidden: frozenset[str] = frozenset()) -> list[str]:
    """The texts printed struck through under `top` (outermost struck elements only), in page order,
    for the reader's warning; a struck element a browser does not show is not counted."""
    out: list[str] = []
    for el in top.iter():
        if not isinstance(el.tag, str) or not is_struck(el, classes) or is_hidden(el, hidden):
            continue
        if any(
            isinstance(a.tag, str) and (a.tag in _DROP or is_struck(a, classes) or is_hidden(a, hidden))
            for a in el.iterancestors()
        ):
            continue
        text = " ".join("".join(el.itertext()).split())
        if text:
            out.append(text)
    return out


def _walk_inline(
    node, top, out: list[str], hidden: frozenset[str] = frozenset(), struck: frozenset[str] = frozenset()
) -> None:
    """`_Renderer.inline_text`'s walk, a plain function: a nested one that calls itself is a reference
    cycle that keeps the lxml elements alive until the cyclic collector runs. Struck-through text
    (`is_struck`) is not read: the figure beside it is the cell's."""
    if (
        not isinstance(node.tag, str)
        or node.tag in _DROP
        or (node is not top and (is_hidden(node, hidden) or is_struck(node, struck)))
        or (top.tag in ("td", "th") and _raised(node) and FOOTNOTE_MARK.fullmatch((node.text or "").strip()))
    ):  # (a footnote mark typed into a value cell, 「56<sup>1</sup>」, is not a digit of the value)
        if node.tail:
            out.append(node.tail)
        return
    if node.tag == "br":
        out.append("\n")
    elif node.tag == "input" and (node.get("type") or "text").lower() in ("text", "number"):
        out.append(node.get("value") or "")  # a form table's read-only field shows its value
    elif node.tag in _BLOCK and out:
        out.append("\n")
    if node.text:
        out.append(node.text)
    for child in node:
        _walk_inline(child, top, out, hidden, struck)
    if node.tail and node is not top:
        out.append(node.tail)


_BLANKS = re.compile(r"[ \t]+")
_SUPER_STYLE = re.compile(r"vertical-align\s*:\s*(?:super|text-top)", re.I)


def _raised(node) -> bool:
    """An element the browser sets raised: <sup>, or any element styled `vertical-align:super` (a CMS
    editor's 「<span style="vertical-align:super;font-size:9px">1</span>」 after a figure)."""
    if node.tag == "sup":
        return True
    style = node.get("style")
    return bool(style and _SUPER_STYLE.search(style))


class _Renderer:
    def __init__(
        self,
        top,
        images=None,
        hidden: frozenset[str] = frozenset(),
        grid: GridMeter | None = None,
        struck: frozenset[str] = frozenset(),
    ) -> None:
        self.out = TextBuilder()
        self.hidden = hidden  # classes the page's stylesheet hides
        self.struck = struck  # classes the page's stylesheet strikes through
        self.images = images  # an _Images reader when pictures are to be read by OCR, else None
        self.grid = grid or GridMeter()
        self.holds = _holding_tables(top)

    def inline_text(self, el) -> str:
        """Text of an element with <br> and block children as line breaks."""
        if len(el) or el.tag in _DROP or el.tag == "br":
            out: list[str] = []
            _walk_inline(el, el, out, self.hidden, self.struck)
            text = "".join(out)
        else:  # a leaf (most table cells): the walk would give its text alone
            text = el.text or ""
        text = text.replace("\xa0", " ")
        # (a run of blanks becomes one space: a line with no tab and no two spaces in a row is as it is)
        lines = [(_BLANKS.sub(" ", ln) if "\t" in ln or "  " in ln else ln).strip() for ln in text.split("\n")]
        return "\n".join(ln for ln in lines if ln)

    def table(self, table) -> None:
        """A table's rows, each a row of cells — except a row with a cell that holds a table (a
        layout table, or Word/WPS's one-cell frame around the real table): its cells are rendered
        as blocks, so an inner table contributes its own rows (recursively) and the layout's own
        text becomes lines of narrative, never one cell of flattened text."""
        hidden = self.hidden
        rows = [
            [td for td in tr if isinstance(td.tag, str) and td.tag in ("td", "th") and not is_hidden(td, hidden)]
            for tr in _display_order(table)
            if not is_hidden(tr, hidden) and not _hidden_group(tr, table, hidden)
        ]
        spans = [[(_int(td.get("rowspan")), _int(td.get("colspan"))) for td in tds] for tds in rows]
        self.out.newline()
        self.grid.table(spans)  # before expanding it (inner tables charge the same meter)
        grid = expand_grid([[("", rs, cs) for rs, cs in cells] for cells in spans])  # validates spans
        first = len(self.out.tokens)
        flat = not any(td in self.holds for tds in rows for td in tds)  # every row a row of cells
        texts = [[self.inline_text(td).replace("\n", " ") for td in tds] for tds in rows] if flat else []
        kept, grid = _without_spacers(texts, grid) if flat else (None, grid)
        blocks = [range(len(grid))]
        lines: set[int] = set()  # a sheet's rows of one cell: its headings and prose, lines of text
        if flat and (sheet := _sheet_headings(texts, grid)) is not None:
            kept = sheet if kept is None else kept & sheet
            headless: Grid = [[None] * len(grid[0])]  # (its letters' row and numbers' column: no slots)
            grid = headless + [[None, *row[1:]] for row in grid[1:]]
            blocks = _sheet_blocks(texts, grid)
            lines = set(range(len(rows))).difference(*blocks)
        ends = {b.stop - 1: b for b in blocks if b}
        starts = {
            b.start: first for b in blocks
        }  # a block's first row → its first token (a turned block before it drops some)
        counts = [sum(1 for i in range(len(tds)) if kept is None or (r, i) in kept) for r, tds in enumerate(rows)]
        for r, tds in enumerate(rows):
            if r in starts:
                starts[r] = len(self.out.tokens)
            if not flat and any(td in self.holds for td in tds):
                for td in tds:
                    self.out.newline()
                    self.block(td)
                self.out.newline()
            elif r in lines:
                self.out.newline()
                for c in (c for i, c in enumerate(texts[r]) if kept is None or (r, i) in kept):
                    self.out.line(c)
            elif tds and (not flat or counts[r]):  # tokens come from the cells where a span starts
                cells = texts[r] if flat else [self.inline_text(td).replace("\n", " ") for td in tds]
                self.out.row([c for i, c in enumerate(cells) if kept is None or (r, i) in kept])
            if flat and r in ends:
                b = ends.pop(r)
                self._maybe_turned(starts[b.start], b.start, kept, counts, _block_slots(grid, b))
        for b in ends.values() if flat else ():  # (rows a rowspan runs past the last <tr>)
            self._maybe_turned(starts.get(b.start, len(self.out.tokens)), b.start, kept, counts, _block_slots(grid, b))

    def _maybe_turned(
        self, first: int, top: int, kept: set[tuple[int, int]] | None, counts: list[int], grid: list[list]
    ) -> None:
        """Hands one table (a block of a sheet from row `top`, its first token `first`) laid out on
        `grid` to `turn_paged`, its tokens the last ones laid out."""
        if not grid or not may_turn(len(grid[0]), len(grid)):  # maybe a table printed turned
            return
        if any(s is not None and s[0] < top for row in grid for s in row):
            return  # (a cell of the block before runs into it: not a table of its own)
        base = list(accumulate(counts[top:], initial=first))  # row → its first token
        at = {s: n for r in range(top, len(counts)) for n, s in enumerate(k for k in sorted(kept or ()) if k[0] == r)}
        turn_paged(self.out, [[None if s is None else base[s[0] - top] + at.get(s, s[1]) for s in row] for row in grid])

    def block(self, el) -> None:
        if not isinstance(el.tag, str):
            return
        if el.tag in _DROP:
            return
        names = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if _CHROME.search(names) and not _TABLE_PART.search(names):
            return  # (a grid component's 「el-table__header-wrapper」 holds a table's header rows, no chrome)
        if is_hidden(el, self.hidden) or is_struck(el, self.struck):
            return  # (struck through: a block of old text, not the report's)
        if el.tag == "table":
            self.table(el)
            return
        if el.tag == "img":
            if self.images is not None:
                self.images.read(el, self.out)
            return
        has_block_child = any(isinstance(c.tag, str) and (c.tag in _BLOCK or c in self.holds) for c in el)
        if not has_block_child:
            text = self.inline_text(el)
            if text:
                self.out.newline()
                for line in text.split("\n"):
                    self.out.line(line)
            if self.images is not None:
                for img in el.iter("img"):
                    self.images.read(img, self.out)
            return
        if el.text and el.text.strip():
            self._loose(el.text)
        for child in el:
            self.block(child)
            if child.tail and child.tail.strip():
                self._loose(child.tail)

    def _loose(self, text: str) -> None:
        line = re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()
        if line:
            self.out.newline()
            self.out.line(line)


Grid = list[list[tuple[int, int] | None]]  # slot → (row, index) of the cell covering it


def _letters(n: int) -> str:
    """Excel's heading of column `n` (0 → A, 26 → AA)."""
    return _letters(n // 26 - 1) + chr(65 + n % 26) if n >= 26 else chr(65 + n)


def _sheet_headings(texts: list[list[str]], grid: Grid) -> set[tuple[int, int]] | None:
    """An Excel sheet saved as a web page with its row and column headings printed: a first row of an
    empty corner and the column letters A, B, C …, every other row led by its sheet row number k, k+1 …
    Those headings are Excel's, not the report's: the cells to keep without them, or None when the
    table is not such a sheet (a 序号 column alone is left to the stream, `stream._row_numbers`)."""

    def text(s: tuple[int, int] | None) -> str:
        return texts[s[0]][s[1]].strip() if s is not None and s[0] < len(texts) else ""

    if len(grid) < 3 or len(grid[0]) < 4 or any(row[0] is None for row in grid):
        return None
    head = [text(s) for s in grid[0]]
    if head[0] or any(h != _letters(k) for k, h in enumerate(head[1:])):
        return None
    numbers = [text(row[0]) for row in grid[1:]]
    if not all(n.isdigit() and n.isascii() for n in numbers):
        return None
    if any(int(b) != int(a) + 1 for a, b in zip(numbers, numbers[1:])):
        return None
    chrome = {s for s in grid[0] if s is not None} | {row[0] for row in grid if row[0] is not None}
    return {(r, i) for r, cells in enumerate(texts) for i in range(len(cells)) if (r, i) not in chrome}


def _sheet_blocks(texts: list[list[str]], grid: Grid) -> list[range]:
    """A sheet's tables: the runs of rows between its rows of one cell (a heading, a line of prose,
    a page's number), each read as a table of its own (one of them may be printed turned). A row
    that starts as the run's first row does (「信息内容」 again: table 二's blocks printed turned one
    under the other) starts a table of its own too."""

    def corner(r: int) -> str:  # the text of the row's first cell when it starts in the row
        s = next((s for s in grid[r] if s is not None), None)
        return texts[r][s[1]].strip() if s is not None and s[0] == r < len(texts) else ""

    blocks: list[range] = []
    start = None
    for r, row in enumerate([*grid, []]):
        if len({s for s in row if s is not None}) > 1:
            if start is not None and r > start and corner(r) and corner(r) == corner(start):
                blocks.append(range(start, r))
                start = r
            start = r if start is None else start
        elif start is not None:
            blocks.append(range(start, r))
            start = None
    return blocks


def _block_slots(grid: Grid, rows: range) -> Grid:
    """The slots of `rows`, trimmed to the columns their cells cover."""
    used = [c for row in grid[rows.start : rows.stop] for c, s in enumerate(row) if s is not None]
    if not used:
        return []
    lo, hi = min(used), max(used)  # once: per row it was quadratic (a 490,000-slot table took 16 s to refuse)
    return [row[lo : hi + 1] for row in grid[rows.start : rows.stop]]


def _holding_tables(top) -> set:
    """The elements with a <table> inside (the tables' ancestors), found in one pass up from each
    table, so a renderer knows where to descend instead of flattening a cell's text."""
    held: set = set()
    for table in top.iter("table"):
        node = table
        while node is not None and node not in held:
            held.add(node)
            node = node.getparent()
    return held


def _display_order(table) -> list:
    """The table's own rows in the order a browser draws them: <thead>, then the body, then <tfoot>
    wherever it stands in the source (HTML 4 put <tfoot> before <tbody>, so 总计 came first)."""
    rows = [tr for tr in table.iter("tr") if _owner_table(tr) is table]
    if not any(isinstance(c.tag, str) and c.tag == "tfoot" for c in table):
        return rows

    def place(tr) -> int:
        group = tr.getparent()
        return 0 if group.tag == "thead" else 2 if group.tag == "tfoot" else 1

    return sorted(rows, key=place)  # stable: each group keeps its own order


def _hidden_group(tr, table, hidden: frozenset[str]) -> bool:
    """A row inside a hidden <tbody>/<thead>/<tfoot> of its table."""
    node = tr.getparent()
    while node is not None and node is not table:
        if is_hidden(node, hidden):
            return True
        node = node.getparent()
    return False


def _owner_table(tr):
    node = tr.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def _int(v: str | None) -> int:
    try:
        return max(1, int(v)) if v else 1
    except ValueError:
        return 1


class _Images:
    """Pictures of an HTML page, read by OCR where they stand: inline data: URIs, and files beside
    the page (only under its own folder, only when it was read from a path). Nothing is fetched."""

    def __init__(self, base: Path | None):
        self.base = base.resolve() if base else None
        self.marks: list = []
        self.count = 0

    def source(self, src: str) -> bytes | None:
        if src.startswith("data:"):
            head, _, payload = src.partition(",")
            try:
                return base64.b64decode(payload) if ";base64" in head else unquote(payload).encode("latin-1")
            except ValueError:
                return None
        if self.base is None or re.match(r"^[a-z][a-z0-9+.-]*:", src, re.I):
            return None  # no page folder, or a URL: offline, never fetched
        path = (self.base / unquote(src.split("?")[0].split("#")[0])).resolve()
        if not path.is_relative_to(self.base) or not path.is_file() or path.stat().st_size > 20 * 1024 * 1024:
            return None
        return path.read_bytes()

    def read(self, img, out: TextBuilder) -> None:
        from .ocr_load import ocr_image_into

        data = self.source(img.get("src") or "")
        if data:
            self.count += 1
            ocr_image_into(out, data, self.count, self.marks)


# lxml.html's own parser attaches its HtmlElement classes through a lookup written in Python, called
# for every element the renderer touches (~700 a page); nothing here uses their extra methods, so the
# page is parsed by the same libxml2 HTML parser into plain elements (the same tree).
_PARSER = etree.HTMLParser()


def _document(text: str):
    """`lxml.html.document_fromstring(text)` with plain elements."""
    root = etree.fromstring(text, _PARSER)
    if root is None:
        raise etree.ParserError("Document is empty")
    return root


def load_html(
    data: bytes, text: str, encoding: str, base: Path | None = None, grid: GridMeter | None = None
) -> Document:
    """`grid`: the meter of the document this page is part of (an HTML string of a JSON document, a
    Word altChunk), so that its tables count against that document's budget, not a fresh one each."""
    try:
        root = _document(text)
    except (etree.ParserError, ValueError):
        root = lxml.html.fragment_fromstring(text, create_parent="div")  # pyright: ignore[reportArgumentType]  (a tag name is allowed)
    if "innerHTML" in text or "document.write" in text:  # a body written by a script (html_script.py)
        inline_script_html(root, _PARSER)
    if "srcdoc" in text:  # a body framed as a page of its own (html_script.py)
        inline_srcdoc(root, _PARSER)
    if "<textarea" in text or "text/html" in text or "template" in text:  # a body a script shows (html_script.py)
        inline_held_html(root, _PARSER)
    if "<noscript" in text:  # tables only in the no-script fallback (html_script.py)
        keep_noscript_tables(root)
    pages = positioned_pages(root) or svg_pages(root)
    if pages is not None:  # pdftohtml or SVG pages: text placed by position, no <table>: read by geometry
        from .ocr_layout import build_document  # (imports the PDF loader: only for such pages)

        doc = build_document(pages, "html", ocr=False)
        doc.encoding = encoding
        return doc
    body = root.find("body")
    top = body if body is not None else root
    hidden = hidden_classes(root)
    struck = struck_classes(root)
    outer = grid is None  # (a page of its own, not an HTML string inside a document)
    grid = grid or GridMeter()
    charged = grid.used
    r = _Renderer(top, hidden=hidden, grid=grid, struck=struck)
    r.block(top)
    marks: list = []
    if _pictures_hold_tables(top, r.out.text()):
        images = _Images(base)
        grid.used = charged  # (the same tables again)
        r = _Renderer(top, images, hidden, grid, struck)
        r.block(top)
        marks = images.marks
    title = root.findtext(".//title")
    title = re.sub(r"\s+", " ", title).strip() if title else None
    if outer and not marks and "<script" in text:  # an empty page, its report kept as data (load_json)
        payload = _script_payload(root, r.out.text(), encoding, title)
        if payload is not None:
            return payload
    gone = struck_texts(top, struck, hidden)
    return Document(
        r.out.text(),
        r.out.tokens,
        "html",
        encoding,
        title_hint=title,
        ocr=marks,
        warnings=[struck_warning(gone)] if gone else [],
    )


def _script_payload(root, shown: str, encoding: str, title: str | None) -> Document | None:
    """A page whose markup shows no report (a single-page app's empty mount point) but whose scripts
    keep it as data (`load_json.payload_document`): that report. A page that shows its report is read
    as shown, whatever its scripts hold."""
    from .template import looks_like_report

    if looks_like_report(shown):
        return None
    scripts = [s.text for s in root.iter("script") if s.text and not s.get("src")]
    if not scripts:
        return None
    from .load_json import payload_document

    return payload_document(scripts, encoding, title)


def _pictures_hold_tables(top, text: str) -> bool:
    """A page with pictures whose text lacks a table body: read the pictures (needs OCR)."""
    if next(top.iter("img"), None) is None:
        return False
    from .ocr import available
    from .ocr_load import tables_missing

    return tables_missing(text) and available()
