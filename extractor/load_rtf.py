"""Rich Text Format (.rtf: WPS 「另存为 RTF」, Word, OA systems' 「导出」): text and tables.

A small tokenizer, no dependency: striprtf and its kin give text only, and a report's tables are its
point. What is read:
- characters: `\\'hh` bytes in the code page of the current font (`\\fcharset134` → GBK) or of the
  document (`\\ansicpg936`), bytes in a row decoded together (a GBK character is two escapes);
  `\\uN` (signed 16-bit) with its `\\ucN` fallback characters skipped; the named symbols (`\\emdash`,
  `\\ldblquote` …);
- paragraphs (`\\par`, `\\line`, `\\page`) as lines; text formatted hidden (`\\v`) and deleted revisions
  (`\\deleted`) are not read (what the reader sees, as for Word's `w:vanish`);
- tables: the cells of a row end at `\\cell`, the row at `\\row`; its definition (`\\trowd` … `\\cellxN`)
  gives each cell's right edge, so the edges of all rows of one table make its grid and a wide cell
  its colspan; `\\clvmgf`/`\\clvmrg` (vertical merge) its rowspan, `\\clmgf`/`\\clmrg` a horizontal merge;
- destinations that are not body text (font, colour and style tables, `\\info`, pictures, headers,
  footers, footnotes, field instructions, every `{\\*\\…}`) are skipped; a field's result is read.
Nested tables (`\\nestcell`) are read as the text of their outer cell."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import budgets
from .budgets import GridMeter
from .document import Document, TextBuilder, struck_warning
from .schema import ExtractError
from .spanned import Cell, add_table
from .turned import is_page_number

# \word[N][space] | \'hh | \<symbol> | { | } | text | line ends (not text in RTF)
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|([^\\{}\r\n]+)|[\r\n]+"
)

_SKIP = frozenset(
    b"fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl info pict object objdata "
    b"header headerl headerr headerf footer footerl footerr footerf footnote fldinst xe tc txe "
    b"nonshppict themedata colorschememapping datastore latentstyles generator filetbl".split()
)
_SYMBOLS = {
    b"emdash": "—",
    b"endash": "–",
    b"lquote": "‘",
    b"rquote": "’",
    b"ldblquote": "“",
    b"rdblquote": "”",
    b"bullet": "•",
    b"emspace": " ",
    b"enspace": " ",
    b"qmspace": " ",
    b"tab": "\t",
    b"line": "\n",
}
_CHAR_SYMBOLS = {b"~": " ", b"-": "", b"_": "-", b"\\": "\\", b"{": "{", b"}": "}", b"\n": "\n", b"\r": "\n"}
# \fcharsetN → code page (the Windows charset numbers)
_CHARSETS = {
    128: "cp932",
    129: "cp949",
    130: "johab",
    134: "gb18030",
    136: "big5hkscs",
    161: "cp1253",
    162: "cp1254",
    163: "cp1258",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    222: "cp874",
    238: "cp1250",
}
_CODEPAGES = {936: "gb18030", 950: "big5hkscs", 54936: "gb18030", 65001: "utf-8"}


def is_rtf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"{\\rtf"


def _codepage(n: int) -> str:
    name = _CODEPAGES.get(n, f"cp{n}")
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


class _State:
    __slots__ = ("skip", "uc", "codec", "hidden", "font", "struck")

    def __init__(self, codec: str) -> None:
        self.skip = False  # inside a destination that is not body text
        self.uc = 1  # characters that stand for a \uN in readers without Unicode
        self.codec = codec
        self.hidden = False
        self.font: int | None = None
        self.struck = False  # struck through (`\strike`, `\striked1`): a corrected report's old figure

    @property
    def unseen(self) -> bool:
        """Not read: hidden, deleted or struck through."""
        return self.hidden or self.struck

    def copy(self) -> _State:
        s = _State(self.codec)
        s.skip, s.uc, s.hidden, s.font, s.struck = self.skip, self.uc, self.hidden, self.font, self.struck
        return s


class RowDef:
    """The definition of a table row: each cell's right edge and merge marks."""

    def __init__(self) -> None:
        self.edges: list[int] = []
        self.merges: list[str] = []  # per cell: "" | "vfirst" | "vnext" | "hfirst" | "hnext"
        self.pending = ""
        self.left = 0


class _Reader:
    def __init__(self, data: bytes, grid: GridMeter | None = None) -> None:
        self.data = data
        self.out = TextBuilder()
        self.grid = grid or GridMeter()
        self.default_codec = "cp1252"
        self.fonts: dict[int, str] = {}  # \fN → codec, from the font table
        self.para: list[str] = []  # the current paragraph's text
        self.pending = bytearray()  # \'hh bytes waiting to be decoded together
        self.in_table = False  # the current paragraph is in a table (\intbl)
        self.cell_parts: list[str] = []  # paragraphs of the current cell
        self.cells: list[str] = []  # cells of the current row
        self.rowdef = RowDef()
        self.table: list[tuple[list[str], RowDef]] = []  # rows of the current table
        self.tables = EdgeTables(self.out, self.grid)
        self.undecodable = 0
        self.chars = 0
        self.struck: list[str] = []  # texts struck through, for the reader's warning
        self.struck_at = -1  # `chars` when struck text was last met (a run of it is one entry)

    # ------------------------------------------------------------------ text
    def _flush_bytes(self, state: _State) -> None:
        if not self.pending:
            return
        raw = bytes(self.pending)
        self.pending.clear()
        try:
            self.para.append(raw.decode(state.codec))
        except UnicodeDecodeError:
            text = raw.decode(state.codec, errors="replace")
            self.undecodable += text.count("\ufffd")
            self.para.append(text.replace("\ufffd", ""))

    def _struck_text(self, s: str) -> None:
        """Text struck through: not read, kept for the reader's warning (a run of it one entry)."""
        if self.struck_at == self.chars and self.struck:
            self.struck[-1] += s
        else:
            self.struck.append(s)
        self.struck_at = self.chars

    def _text(self, s: str) -> None:
        self.para.append(s)
        self.chars += len(s)
        if self.chars > self.limit:
            raise budgets.over("文字", self.chars, self.limit, " 字")

    def _end_paragraph(self) -> None:
        text = _joined(self.para)
        self.para = []
        if self.in_table:
            self.cell_parts.append(text)
            return
        self._end_table()
        for line in text.split("\n"):
            self.out.line(line.strip())

    def _end_cell(self) -> None:
        if self.para:
            self._end_paragraph()
        self.cells.append(" ".join(" ".join(self.cell_parts).split()))
        self.cell_parts = []

    def _end_row(self) -> None:
        if self.para or self.cell_parts:
            self._end_cell()
        self.table.append((self.cells, self.rowdef))
        self.cells = []
        self.rowdef = _copy_row(self.rowdef)  # a row without its own \trowd repeats the last one
        self.in_table = False

    def _end_table(self) -> None:
        if self.table:
            self.tables.add(self.table)
            self.table = []
            self.out.newline()

    # ------------------------------------------------------------------ control words
    def _word(self, word: bytes, arg: int | None, state: _State) -> None:
        if word == b"par" or word == b"page" or word == b"sect":
            self._end_paragraph()
        elif word == b"pard":
            self.in_table = False
        elif word == b"intbl":
            self.in_table = True
        elif word == b"cell":
            self.in_table = True
            self._end_cell()
        elif word == b"row":
            self._end_row()
        elif word == b"nestcell" or word == b"nestrow":
            self._text(" ")
        elif word == b"trowd":
            self.rowdef = RowDef()
        elif word == b"trleft":
            self.rowdef.left = arg or 0
        elif word in (b"clvmgf", b"clvmrg", b"clmgf", b"clmrg"):
            self.rowdef.pending = {b"clvmgf": "vfirst", b"clvmrg": "vnext", b"clmgf": "hfirst", b"clmrg": "hnext"}[word]
        elif word == b"cellx":
            if len(self.rowdef.edges) >= 1000:
                raise ExtractError("RTF 表格的一行超过 1,000 个单元格，不像报告内容", "over_budget")
            self.rowdef.edges.append(arg or 0)
            self.rowdef.merges.append(self.rowdef.pending)
            self.rowdef.pending = ""
        elif word == b"u" and arg is not None:
            code = arg + 65536 if arg < 0 else arg  # (a signed 16-bit number; ten digits allowed)
            if state.struck and not state.hidden and not state.skip:
                self._struck_text(chr(code) if 0 <= code <= 0x10FFFF else "")
            if not state.unseen:
                self._text(chr(code) if 0 <= code <= 0x10FFFF else "\ufffd")
        elif word == b"uc":
            state.uc = max(arg or 0, 0)
        elif word == b"v" or word == b"deleted":
            state.hidden = arg != 0
        elif word == b"strike" or word == b"striked":
            state.struck = arg != 0
        elif word == b"plain":
            state.hidden = state.struck = False
        elif word == b"f" and arg is not None:
            state.font = arg
            state.codec = self.fonts.get(arg, self.default_codec)
        elif word == b"ansicpg" and arg:
            self.default_codec = _codepage(arg)
            state.codec = self.default_codec
        elif word in _SYMBOLS and not state.hidden:
            self._text(_SYMBOLS[word])

    # ------------------------------------------------------------------ the walk
    def read(self) -> Document:
        data = self.data
        self.limit = budgets.current().chars
        state = _State(self.default_codec)
        stack: list[_State] = []
        font_state: int | None = None  # inside the font table: the font being defined
        skip_chars = 0  # fallback characters of a \uN still to skip
        star = False  # the last token was \* (an optional destination follows)
        first_in_group = False
        pos = 0
        n = len(data)
        token = _TOKEN
        while pos < n:
            m = token.match(data, pos)
            if m is None:  # a lone backslash at the end
                break
            pos = m.end()
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if self.pending and hexbyte is None and m.lastindex is not None:  # (not at a line end: a
                self._flush_bytes(state)  # writer may wrap its lines between the two bytes of a character)
            if brace is not None:
                skip_chars = 0
                if brace == b"{":
                    if len(stack) >= 10000:
                        raise ExtractError("RTF 文件的分组嵌套过深（文件损坏或不是报告）", "bad_rtf")
                    stack.append(state)
                    state = state.copy()
                    first_in_group = True
                    continue
                if stack:
                    state = stack.pop()
                if font_state is not None and len(stack) < font_state:
                    font_state = None
                first_in_group = False
                continue
            at_start, first_in_group = first_in_group, False
            if word is not None:
                num = int(arg) if arg is not None else None
                if word == b"bin":  # raw bytes follow: never text
                    pos += max(num or 0, 0)
                    continue
                if star or (at_start and word in _SKIP):
                    star = False
                    if word == b"fonttbl":
                        font_state = len(stack)
                    elif word != b"fldrslt":
                        state.skip = True
                        continue
                if font_state is not None:
                    self._font_word(word, num, state)
                    continue
                if state.skip:
                    continue
                if skip_chars and word not in (b"par", b"cell", b"row"):
                    skip_chars -= 1
                    continue
                self._word(word, num, state)
                if word == b"u":
                    skip_chars = state.uc
                continue
            if symbol is not None:
                if symbol == b"*":
                    star = True
                    continue
                if state.skip or state.unseen or font_state is not None:
                    continue
                if skip_chars:
                    skip_chars -= 1
                    continue
                if symbol in (b"\n", b"\r"):
                    self._end_paragraph()
                elif symbol in _CHAR_SYMBOLS:
                    self._text(_CHAR_SYMBOLS[symbol])
                continue
            if state.skip or font_state is not None:
                continue
            if hexbyte is not None:
                if skip_chars:
                    skip_chars -= 1
                elif not state.unseen:
                    self.pending.append(int(hexbyte, 16))
                continue
            if text is not None and state.struck and not state.hidden:
                self._struck_text(text.decode(state.codec, errors="replace"))
            if text is not None and not state.unseen:
                s = text.decode(state.codec, errors="replace") if not text.isascii() else text.decode("ascii")
                if skip_chars:
                    cut = min(skip_chars, len(s))
                    s, skip_chars = s[cut:], skip_chars - cut
                if s:
                    self._text(s)
        if self.pending:
            self._flush_bytes(state)
        if self.para:
            self._end_paragraph()
        if self.cells or self.cell_parts:
            self._end_row()
        self._end_table()
        doc = Document(self.out.text(), self.out.tokens, "rtf", self.default_codec)
        struck = [t for t in (" ".join(t.split()) for t in self.struck) if t]
        if struck:
            doc.warnings.append(struck_warning(struck))
        if self.undecodable:
            doc.warnings.append(
                f"RTF 文件中有{self.undecodable}个字节不是 {self.default_codec} 编码的文字，已删除后读取"
            )
        return doc

    def _font_word(self, word: bytes, num: int | None, state: _State) -> None:
        if word == b"f" and num is not None:
            state.font = num
            self.fonts.setdefault(num, self.default_codec)
        elif word == b"fcharset" and num is not None and state.font is not None:
            codec = _CHARSETS.get(num)
            if codec is not None:
                self.fonts[state.font] = codec
        elif word == b"cpg" and num and state.font is not None:
            self.fonts[state.font] = _codepage(num)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _joined(parts: list[str]) -> str:
    text = "".join(parts)
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")  # \u pairs
    return text


def _copy_row(row: RowDef) -> RowDef:
    out = RowDef()
    out.edges, out.left = list(row.edges), row.left
    out.merges = list(row.merges)
    return out


_SNAP = 30  # twips: edges this close in two rows are one column line (a writer's rounding)


def edge_grid(table: list[tuple[list[str], RowDef]], more: Iterable[int] = ()) -> list[list[Cell]]:
    """The rows of one table as (text, rowspan, colspan) cells: the right edges of all its rows are
    the column lines (and `more`: the lines of the table it goes on from); a cell spans the lines
    between its left edge and its own; merged cells continued (`\\clvmrg`, `\\clmrg`) give their slots
    to the cell that starts the merge."""
    lines: list[int] = []
    for edge in sorted({e for _, row in table for e in row.edges} | set(more)):
        if not lines or edge - lines[-1] > _SNAP:
            lines.append(edge)

    def column(edge: int) -> int:  # the column line an edge stands on
        return min(range(len(lines)), key=lambda i: abs(lines[i] - edge))

    out: list[list[Cell]] = []
    above: dict[int, tuple[int, int]] = {}  # first column → (row, index) of the vertical merge open there
    for r, (texts, row) in enumerate(table):
        cells: list[Cell] = []
        col = 0
        opened: dict[int, tuple[int, int]] = {}
        for i in range(max(len(texts), len(row.edges))):
            text = texts[i] if i < len(texts) else ""
            if i < len(row.edges):
                end = column(row.edges[i]) + 1
                span = max(end - col, 1)
                merge = row.merges[i]
            else:
                span, merge = 1, ""
            if merge == "vnext" and col in above:
                rr, ii = above[col]
                t, rs, cs = out[rr][ii]
                out[rr][ii] = (t, rs + 1, cs)
                opened[col] = (rr, ii)
            elif merge == "hnext" and cells:
                t, rs, cs = cells[-1]
                cells[-1] = (t, rs, cs + span)
            else:
                cells.append((text, 1, span))
                if merge == "vfirst":
                    opened[col] = (r, len(cells) - 1)
            col += span
        above = opened
        out.append(cells)
    return out


class EdgeTables:
    """Tables of edge rows (RTF's `\\cellx`, Word 97's) laid out into `out` one after the other. A table
    a page's foot cut (only the page's number between it and the table before) is laid out on the
    column lines of both, so the two halves lie on one grid: a turned table 三 is read across them
    (turned.turn_paged), where each half alone had lines of its own (the last half's 总计 row fewer)."""

    def __init__(self, out: TextBuilder, grid: GridMeter) -> None:
        self.out = out
        self.grid = grid
        self.last: tuple[set[int], int] | None = None  # the last table's cell edges, where its tokens end

    def add(self, table: list[tuple[list[str], RowDef]]) -> None:
        more: set[int] = set()
        if self.last is not None:
            between = self.out.tokens[self.last[1] :]
            if len(between) <= 2 and all(is_page_number(t.text) for t in between):
                more = self.last[0]
        add_table(self.out, edge_grid(table, more), self.grid)
        self.last = ({e for _, row in table for e in row.edges}, len(self.out.tokens))


def load_rtf(data: bytes, grid: GridMeter | None = None) -> Document:
    """`grid`: the meter of the document the RTF is part of (a Word altChunk)."""
    doc = _Reader(data, grid).read()
    if not doc.text.strip():
        raise ExtractError("RTF 文件中没有可读的文字", "empty")
    return doc
