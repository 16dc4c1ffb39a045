"""OpenDocument files (.odt text, .ods spreadsheets — what WPS, LibreOffice and 永中 save — and their
flat one-file XML forms .fodt/.fods), read from `content.xml` with lxml, no office suite.

Text documents render as the DOCX loader renders Word's: paragraphs and headings (lists, sections and
text boxes walked through) one line each, a `<text:line-break/>` a new line, `<text:s text:c="n"/>`
n spaces, a tab a tab; tables as rows of (text, rowspan, colspan) cells through
`extractor/spanned.py` — `table:number-columns-spanned` / `number-rows-spanned` give the spans, a
`table:covered-table-cell` is a slot of a merged cell that starts elsewhere (not read again), and
`table:number-columns-repeated` repeats a cell. What the reader does not see is not read: text in a
style with `text:display="none"`, `text:hidden-text` and `text:hidden-paragraph` fields, hidden
sections, comments (`office:annotation`), the deleted text that tracked changes keep aside
(`text:tracked-changes`), and footnote/endnote citations and bodies (a citation 「1」 after 「56」 would
read 561).

Spreadsheets are laid out as the .xlsx loader lays out a sheet (extractor/load_xlsx.py: lines,
tables, merged areas as spans, hidden sheets, rows and columns not read). A cell's text is what the
document shows (its `text:p`), not its `office:value`; a number cell whose text prints none of its
digits (no text, a zero shown as 「-」) reads as its stored value (extractor/numfmt.py `figure`).
Repeats (`number-rows-repeated`, `number-columns-repeated`: a sheet's empty
tail is one element repeated a million times) are charged to the budget before they are laid out;
entities are never expanded."""

from __future__ import annotations

import io
import zipfile

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]

from . import budgets
from .budgets import GridMeter
from .document import Document, TextBuilder, struck_warning
from .load_xlsx import _Sheet, _sheet_blocks
from .numfmt import figure
from .schema import ExtractError
from .spanned import Cell, add_table

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"

MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.text-template": "odt",
    "application/vnd.oasis.opendocument.text-master": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.spreadsheet-template": "ods",
}

# Not read as text: what the reader does not see, or sees apart from the body (a note's citation
# glued to a number, shapes' titles).
_SKIP = {
    _OFFICE + "annotation",
    _OFFICE + "annotation-end",
    _TEXT + "tracked-changes",
    _TEXT + "note",
    _TEXT + "hidden-text",
    _TEXT + "hidden-paragraph",
    _TEXT + "sequence-decls",
    _TEXT + "variable-decls",
    _TEXT + "user-field-decls",
    _TEXT + "bookmark-ref",  # (a reference repeats text printed elsewhere; kept out like a field code)
    "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}title",
    "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}desc",
}
_BLOCKS = {_TEXT + "p", _TEXT + "h"}
_REPEAT_CAP = 1024  # a repeated cell that holds text is laid out at most this many times


def is_flat_odf(text: str) -> bool:
    """A flat OpenDocument file (.fodt/.fods): one XML document whose root is `office:document`."""
    head = text[:2000]
    return "urn:oasis:names:tc:opendocument:xmlns:office:1.0" in head and "office:document" in head


def _parser():
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)


def _anchor(frame):
    """The paragraph (or heading) a frame stands in: its nearest."""
    return next(frame.iterancestors(*_BLOCKS), None)


def _int(el, name: str, default: int = 1) -> int:
    try:
        return max(int(el.get(name) or default), 0)
    except ValueError:
        return default


class _Styles:
    """Which style names hide their text (`text:display="none"`), and which strike it through
    (`style:text-line-through-style` other than none: a corrected report's old figure beside the new
    one), following parent styles. Struck text is not read where a span carries it."""

    def __init__(self, roots: list) -> None:
        parent: dict[str, str] = {}
        hidden: set[str] = set()
        shown: set[str] = set()
        struck: set[str] = set()
        plain: set[str] = set()
        for root in roots:
            for st in root.iter(_STYLE + "style"):
                name = st.get(_STYLE + "name") or ""
                if st.get(_STYLE + "parent-style-name"):
                    parent[name] = st.get(_STYLE + "parent-style-name") or ""
                for props in st.iter(_STYLE + "text-properties"):
                    display = props.get(_TEXT + "display")
                    if display == "none":
                        hidden.add(name)
                    elif display is not None:
                        shown.add(name)
                    line = props.get(_STYLE + "text-line-through-style")
                    if line is not None:
                        (plain if line == "none" else struck).add(name)
        self.hidden = _inherited(parent, hidden, shown)
        self.struck = _inherited(parent, struck, plain)

    def hides(self, el) -> bool:
        for attr in (_TEXT + "style-name", _TABLE + "style-name"):
            name = el.get(attr)
            if name is not None and name in self.hidden:
                return True
        return el.tag == _TEXT + "span" and el.get(_TEXT + "style-name") in self.struck

    def struck_texts(self, root) -> list[str]:
        """The texts of the spans struck through (for the reader's warning), in document order."""
        out = []
        for span in root.iter(_TEXT + "span"):
            if span.get(_TEXT + "style-name") in self.struck and not any(
                a.tag == _TEXT + "span" and a.get(_TEXT + "style-name") in self.struck for a in span.iterancestors()
            ):
                text = " ".join("".join(span.itertext()).split())
                if text:
                    out.append(text)
        return out


def _inherited(parent: dict[str, str], on: set[str], off: set[str]) -> set[str]:
    """The style names whose own or nearest ancestor's setting is in `on` (one in `off` stops the search)."""
    out: set[str] = set()
    for name in set(parent) | on:
        seen = 0
        at: str | None = name
        while at is not None and seen < 50 and at not in off:
            if at in on:
                out.add(name)
                break
            at = parent.get(at)
            seen += 1
    return out


class _Reader:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.out = TextBuilder()
        self.grid = GridMeter()
        self.b = budgets.current()
        self.count = 0
        self.chars = 0

    def _charge(self, n_cells: int, text: str = "") -> None:
        self.count += n_cells
        self.chars += len(text)
        if self.count > self.b.tokens:
            raise budgets.over("表格单元格", self.count, self.b.tokens, " 个")
        if self.chars > self.b.chars:
            raise budgets.over("文字", self.chars, self.b.chars, " 字")

    # ------------------------------------------------------------------ inline text
    def inline(self, el, parts: list[str]) -> None:
        """The text an element shows, appended to `parts`."""
        if el.text:
            parts.append(el.text)
        for child in el:
            tag = child.tag
            if isinstance(tag, str) and tag not in _SKIP and not self.styles.hides(child):
                if tag == _TEXT + "s":
                    parts.append(" " * min(_int(child, _TEXT + "c"), 100))
                elif tag == _TEXT + "tab":
                    parts.append("\t")
                elif tag == _TEXT + "line-break":
                    parts.append("\n")
                elif tag == _DRAW + "frame" or tag == _TABLE + "table":
                    pass  # (a frame's paragraphs are read as blocks, after the paragraph)
                else:
                    self.inline(child, parts)
            if child.tail:
                parts.append(child.tail)

    def paragraph(self, el) -> None:
        if self.styles.hides(el):
            return
        parts: list[str] = []
        self.inline(el, parts)
        text = "".join(parts)
        self._charge(0, text)
        for line in text.split("\n"):
            self.out.line(line.strip())
        for frame in el.iter(_DRAW + "frame"):  # text boxes anchored in the paragraph
            if _anchor(frame) is not el:
                continue  # (a frame in a box's own paragraph is read with that paragraph: read here
                # too, a box nested 40 deep was read 2^39 times)
            for box in frame:
                if box.tag == _DRAW + "text-box":
                    self.blocks(box)

    # ------------------------------------------------------------------ block structure
    def blocks(self, parent) -> None:
        for el in parent:
            tag = el.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag in _BLOCKS:
                self.paragraph(el)
            elif tag == _TABLE + "table":
                self.table(el)
            elif tag == _TEXT + "section" and el.get(_TEXT + "display") == "none":
                continue
            elif not self.styles.hides(el):
                self.blocks(el)  # lists, list items, sections, index bodies, frames

    def _cell_text(self, cell) -> str:
        parts: list[str] = []
        for el in cell.iter(*_BLOCKS):
            if self.styles.hides(el) or any(a.tag in _SKIP for a in el.iterancestors()):
                continue
            one: list[str] = []
            self.inline(el, one)
            parts.append("".join(one))
        text = " ".join(" ".join(parts).split())
        value = cell.get(_OFFICE + "value")
        if value is not None and cell.get(_OFFICE + "value-type") in ("float", "percentage", "currency"):
            text = figure(value, text)  # a number shown without its digits (「-」 for 0) reads as stored
        return text

    def table(self, tbl) -> None:
        """A text table's rows of cells; a row with a cell holding a table is read as blocks (Word's
        frame around the real table), as the DOCX loader does."""
        rows: list[list[Cell]] = []
        for row in _rows(tbl):
            if row.get(_TABLE + "visibility") in ("collapse", "filter"):
                continue
            cells: list[Cell] = []
            nested = False
            for cell in row:
                if cell.tag != _TABLE + "table-cell":
                    continue  # covered-table-cell: a slot of a merged cell
                if any(True for _ in cell.iter(_TABLE + "table")):
                    nested = True
                text = self._cell_text(cell)
                repeat = _int(cell, _TABLE + "number-columns-repeated")
                self._charge(repeat, text)
                rs = max(_int(cell, _TABLE + "number-rows-spanned"), 1)
                cs = max(_int(cell, _TABLE + "number-columns-spanned"), 1)
                cells += [(text, rs, cs)] * min(repeat, _REPEAT_CAP)
            if nested:
                add_table(self.out, rows, self.grid)
                rows = []
                for cell in row:
                    self.blocks(cell)
                continue
            while cells and not cells[-1][0] and cells[-1][1:] == (1, 1) and len(cells) > 64:
                cells.pop()  # a row's empty tail repeated to the sheet's width
            rows.append(cells)
        add_table(self.out, rows, self.grid)

    # ------------------------------------------------------------------ spreadsheets
    def sheet(self, tbl) -> _Sheet:
        """The sheet's cells. A row's empty cells after its last filled one count as cells of the row
        (`present`: a table row with blank cells, not a line of text) only when styled (bordered):
        LibreOffice pads every row to the sheet's used width with empty, unstyled cells."""
        out = _Sheet()
        styled_cols = _styled_columns(tbl)
        r = 0
        for row in _rows(tbl):
            repeat = _int(row, _TABLE + "number-rows-repeated")
            hidden = row.get(_TABLE + "visibility") in ("collapse", "filter")
            values: dict[int, str] = {}
            merges: list[tuple[int, int]] = []
            c = 0
            present = 0
            padding = 0  # unstyled empty cells since the last filled or styled one
            for cell in row:
                n = _int(cell, _TABLE + "number-columns-repeated")
                if cell.tag == _TABLE + "table-cell":
                    text = self._cell_text(cell)
                    if text:
                        self._charge(n, text)
                        for k in range(min(n, _REPEAT_CAP)):
                            values[c + 1 + k] = text
                    rs, cs = _int(cell, _TABLE + "number-rows-spanned"), _int(cell, _TABLE + "number-columns-spanned")
                    if rs > 1 or cs > 1:
                        merges.append((rs, cs))
                        out.merges.append((r + 1, c + 1, r + rs, c + cs))
                        self._charge(1)
                    if n < 1000:
                        present += n
                        plain = not text and rs == cs == 1 and cell.get(_TABLE + "style-name") is None
                        padding = padding + n if plain and not styled_cols & {c, c + n - 1} else 0
                c += n
            for k in range(repeat if values or merges else 1):
                if values and k >= _REPEAT_CAP:
                    break
                rr = r + 1 + k
                for col, text in values.items():
                    out.cells[(rr, col)] = text
                out.present[rr] = present - padding
                if hidden:
                    out.hidden_rows.add(rr)
                if values:
                    self._charge(len(values))
            r += repeat
        c = 0
        for col in _columns(tbl):
            n = _int(col, _TABLE + "number-columns-repeated")
            if col.get(_TABLE + "visibility") in ("collapse", "filter"):
                out.hidden_cols.update(range(c + 1, c + 1 + min(n, 16384)))
            c += n
        return out


def _rows(tbl):
    """A table's rows in order, through header-row, row-group and rows wrappers (not nested tables)."""
    for el in tbl:
        tag = el.tag
        if tag == _TABLE + "table-row":
            yield el
        elif tag in (_TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"):
            yield from _rows(el)


def _columns(tbl):
    for el in tbl:
        tag = el.tag
        if tag == _TABLE + "table-column":
            yield el
        elif tag in (_TABLE + "table-header-columns", _TABLE + "table-columns", _TABLE + "table-column-group"):
            yield from _columns(el)


def _styled_columns(tbl) -> set[int]:
    """The (0-based) columns whose cells take a style of their own by default (a bordered column:
    its cells name no style)."""
    out: set[int] = set()
    c = 0
    for col in _columns(tbl):
        n = min(_int(col, _TABLE + "number-columns-repeated"), 16384)
        if col.get(_TABLE + "default-cell-style-name") not in (None, "Default"):
            out.update(range(c, c + n))
        c += n
    return out


def _hidden_sheet(tbl, styles_root_list: list) -> bool:
    name = tbl.get(_TABLE + "style-name")
    if not name:
        return False
    for root in styles_root_list:
        for st in root.iter(_STYLE + "style"):
            if st.get(_STYLE + "name") == name:
                for props in st.iter(_STYLE + "table-properties"):
                    if props.get(_TABLE + "display") == "false":
                        return True
    return False


def _render(content, style_roots: list) -> tuple[Document | None, str]:
    """The document's body as a Document, and its kind (odt or ods)."""
    body = content.find(_OFFICE + "body")
    if body is None:
        return None, ""
    reader = _Reader(_Styles([content, *style_roots]))
    sheet = body.find(_OFFICE + "spreadsheet")
    if sheet is not None:
        for tbl in sheet.iter(_TABLE + "table"):
            if _hidden_sheet(tbl, [content, *style_roots]):
                continue
            _sheet_blocks(reader.out, reader.sheet(tbl), reader.grid)
            reader.out.newline()
        return Document(reader.out.text(), reader.out.tokens, "ods", None), "ods"
    text = body.find(_OFFICE + "text")
    if text is None:
        return None, ""
    reader.blocks(text)
    struck = reader.styles.struck_texts(text)
    warnings = [struck_warning(struck)] if struck else []
    return Document(reader.out.text(), reader.out.tokens, "odt", None, warnings=warnings), "odt"


_NAMES = {"odt": "OpenDocument 文档（.odt）", "ods": "OpenDocument 表格（.ods）"}


def load_odf(data: bytes) -> Document:
    """A zipped OpenDocument file (.odt/.ods)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "content.xml" not in names:
                raise ExtractError("OpenDocument 文件缺少 content.xml（文件损坏）", "bad_odf")
            with z.open("content.xml") as f:
                content = etree.parse(f, _parser()).getroot()
            style_roots = []
            if "styles.xml" in names:
                with z.open("styles.xml") as f:
                    style_roots.append(etree.parse(f, _parser()).getroot())
    except ExtractError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, etree.LxmlError) as exc:
        raise ExtractError(f"OpenDocument 文件无法打开（文件损坏）：{type(exc).__name__}", "bad_odf") from exc
    return _finish(content, style_roots)


def load_flat_odf(data: bytes) -> Document:
    """A flat OpenDocument file (.fodt/.fods): the same parts in one XML document."""
    try:
        root = etree.parse(io.BytesIO(data), _parser()).getroot()
    except (ValueError, etree.LxmlError) as exc:
        raise ExtractError(f"OpenDocument 文件无法解析（XML 损坏）：{type(exc).__name__}", "bad_odf") from exc
    return _finish(root, [])


def _headers(roots: list) -> str | None:
    """The master pages' header text (styles.xml, or a flat file's own): not the report's text, but
    where a red-head template prints the issuing body (as load_docx.py's `_headers`)."""
    lines: list[str] = []
    heads = {_STYLE + "header", _STYLE + "header-first", _STYLE + "header-left"}
    for root in roots:
        for page in root.iter(_STYLE + "master-page"):
            for head in (el for el in page if el.tag in heads):
                for p in head.iter(_TEXT + "p", _TEXT + "h"):
                    text = " ".join("".join(p.itertext()).split())
                    if text and text not in lines:
                        lines.append(text)
    return "\n".join(lines) or None


def _finish(content, style_roots: list) -> Document:
    try:
        doc, kind = _render(content, style_roots)
    except RecursionError as exc:
        raise ExtractError("OpenDocument 文件嵌套过深，无法读取", "over_budget") from exc
    if doc is None:
        raise ExtractError(
            "不支持的文件类型：OpenDocument 文件中没有文字文档或表格（如演示文稿、绘图）：请另存为 PDF 后再提交",
            "unsupported",
        )
    if not doc.text.strip():
        raise ExtractError(f"{_NAMES[kind]}中没有可读的内容", "empty")
    doc.header_hint = _headers([content, *style_roots])
    return doc
