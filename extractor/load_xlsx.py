"""Excel workbooks (.xlsx, .xlsm; WPS 表格 saves the same): each visible sheet's cells as the sheet shows
them, a run of table rows as one table, a paragraph typed into one cell as a line of text.

Read with lxml straight from the package (openpyxl builds an object per cell and renders no number
format; here the sheet is streamed, every cell counted against the budgets as it is met, and each
number is the text its format shows — `extractor/numfmt.py` — not a float). What is read:
- shared, inline and formula strings (phonetic runs, `rPh`, are not text), numbers as shown, TRUE/FALSE,
  error values as printed (#DIV/0!); a formula whose result was never saved is a blank cell and a
  warning — its value is not computed here (a number the sheet does not show is never invented);
- merged ranges as one cell spanning its rows and columns (its top-left value, read once);
- hidden sheets, rows and columns are not read (the published view, as for Word's hidden runs);
- a row holding one value in the sheet's first column and no other cell — not even an empty bordered
  one — is a line of text (a title, a paragraph of the report typed into column A); every other row
  with a value is a table row, and rows with no value end a table.
Sheets are read in the workbook's order, one after another."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]

from . import budgets
from .budgets import GridMeter
from .document import Document, TextBuilder
from .numfmt import BUILTIN, shown
from .schema import ExtractError
from .spanned import Cell, add_table
from .strict_ooxml import as_transitional

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def is_xlsx(names: list[str]) -> bool:
    return "xl/workbook.xml" in names


def _col(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _ref(ref: str | None) -> tuple[int, int] | None:
    m = _REF.fullmatch(ref or "")
    return (int(m.group(2)), _col(m.group(1))) if m else None


def _parse(z: zipfile.ZipFile, name: str):
    """An XML part as a tree, entities not expanded (an entity bomb stays unexpanded text)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
    with z.open(name) as f:
        return etree.parse(f, parser).getroot()


def _iter(z: zipfile.ZipFile, name: str, tag: str | tuple[str, ...]):
    with z.open(name) as f:
        yield from etree.iterparse(f, events=("end",), tag=tag, resolve_entities=False, no_network=True)


def _text_of(el) -> str:
    """A string item's text: its `t` runs, not its phonetic guides (`rPh`)."""
    parts = []
    for t in el.iter(_NS + "t"):
        parent = t.getparent()
        if parent is not None and parent.tag == _NS + "rPh":
            continue
        parts.append("".join(t.itertext()))  # (an unexpanded entity reference stays as written)
    return "".join(parts)


@dataclass
class _Sheet:
    cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) → shown text
    present: dict[int, int] = field(default_factory=dict)  # row → cell elements it holds
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)


class _Book:
    def __init__(self, z: zipfile.ZipFile) -> None:
        self.z = z
        self.names = set(z.namelist())
        self.b = budgets.current()
        self.count = 0  # cells and strings read, against the token budget
        self.chars = 0
        self.uncomputed = 0  # formulas with no saved result
        self.strings = self._shared_strings()
        self.formats = self._formats()

    def _charge(self, text: str) -> None:
        self.count += 1
        self.chars += len(text)
        if self.count > self.b.tokens:
            raise budgets.over("表格单元格", self.count, self.b.tokens, " 个")
        if self.chars > self.b.chars:
            raise budgets.over("文字", self.chars, self.b.chars, " 字")

    def _shared_strings(self) -> list[str]:
        name = "xl/sharedStrings.xml"
        if name not in self.names:
            return []
        out = []
        for _, si in _iter(self.z, name, _NS + "si"):
            text = _text_of(si)
            self._charge(text)
            out.append(text)
            si.clear()
        return out

    def _formats(self) -> list[str]:
        """Per cell style index (`s`), its number format code."""
        name = "xl/styles.xml"
        if name not in self.names:
            return []
        root = _parse(self.z, name)
        codes = dict(BUILTIN)
        for nf in root.iter(_NS + "numFmt"):
            try:
                codes[int(nf.get("numFmtId", ""))] = nf.get("formatCode") or "General"
            except ValueError:
                continue
        xfs = root.find(_NS + "cellXfs")
        out = []
        for xf in xfs if xfs is not None else ():
            try:
                out.append(codes.get(int(xf.get("numFmtId") or 0), "General"))
            except ValueError:
                out.append("General")
        return out

    def sheets(self) -> list[str]:
        """Part names of the visible worksheets, in the workbook's order."""
        root = _parse(self.z, "xl/workbook.xml")
        rels_name = "xl/_rels/workbook.xml.rels"
        targets: dict[str, str] = {}
        if rels_name in self.names:
            for rel in _parse(self.z, rels_name).iter(_PKG + "Relationship"):
                target = rel.get("Target") or ""
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath("xl/" + target)
                targets[rel.get("Id") or ""] = path
        out = []
        for sheet in root.iter(_NS + "sheet"):
            if sheet.get("state") in ("hidden", "veryHidden"):
                continue
            path = targets.get(sheet.get(_REL + "id") or "")
            if path and path in self.names:
                out.append(path)
        return out

    def _value(self, c) -> str | None:
        kind = c.get("t") or "n"
        v = c.find(_NS + "v")
        if kind == "inlineStr":
            is_ = c.find(_NS + "is")
            return _text_of(is_) if is_ is not None else None
        if v is None or v.text is None:
            if c.find(_NS + "f") is not None:
                self.uncomputed += 1
            return None
        raw = v.text
        if kind == "s":
            try:
                return self.strings[int(raw)]
            except (ValueError, IndexError):
                return None
        if kind in ("str", "e"):
            return raw
        if kind == "b":
            return "TRUE" if raw.strip() == "1" else "FALSE"
        if kind == "d":
            return raw
        try:
            style = int(c.get("s") or 0)
        except ValueError:
            style = 0
        code = self.formats[style] if 0 <= style < len(self.formats) else "General"
        return shown(raw, code)

    def sheet(self, name: str) -> _Sheet:
        out = _Sheet()
        r = 0
        for _, el in _iter(self.z, name, (_NS + "row", _NS + "col", _NS + "mergeCell")):
            tag = el.tag
            if tag != _NS + "mergeCell":  # a row or column element costs as a cell does, empty or not
                self._charge("")  # (three million `<row/>` took seconds a sheet, and sheets may repeat)
            else:
                ref = (el.get("ref") or "").split(":")
                a, b = _ref(ref[0]), _ref(ref[-1])
                if a and b:
                    out.merges.append((min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])))
                    self._charge("")
                continue
            if tag == _NS + "col":
                if el.get("hidden") in ("1", "true"):
                    try:
                        lo, hi = int(el.get("min") or 0), int(el.get("max") or 0)
                    except ValueError:
                        continue
                    out.hidden_cols.update(range(lo, min(hi, lo + 16384) + 1))
                continue
            try:
                r = int(el.get("r") or r + 1)
            except ValueError:
                r += 1
            if el.get("hidden") in ("1", "true"):
                out.hidden_rows.add(r)
            col = 0
            n = 0
            for c in el.iterchildren(_NS + "c"):
                at = _ref(c.get("r"))
                col = at[1] if at else col + 1
                n += 1
                value = self._value(c)
                self._charge(value or "")
                if value is not None and value.strip():
                    out.cells[(r, col)] = value
            out.present[r] = n
            el.clear()
            while el.getprevious() is not None:  # (rows already read: free them as the stream goes)
                del el.getparent()[0]
        return out


def _sheet_blocks(out: TextBuilder, sheet: _Sheet, grid: GridMeter) -> None:
    """One sheet's lines and tables into `out`."""
    rows_used = sorted({r for r, _ in sheet.cells} - sheet.hidden_rows)
    if not rows_used:
        return
    cols_used = {c for _, c in sheet.cells} - sheet.hidden_cols
    if not cols_used:
        return
    c_lo, c_hi = min(cols_used), max(cols_used)
    r_lo, r_hi = rows_used[0], rows_used[-1]
    grid.charge(r_hi - r_lo + 1, c_hi - c_lo + 1, "电子表格")  # the dense sheet, before it is laid out
    covered: dict[tuple[int, int], tuple[int, int]] = {}  # slot → the merge's top-left
    span: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for r0, c0, r1, c1 in sheet.merges:
        r0, c0, r1, c1 = max(r0, r_lo), max(c0, c_lo), min(r1, r_hi), min(c1, c_hi)
        if r0 > r1 or c0 > c1 or (r0, c0) in covered:
            continue
        grid.charge(r1 - r0 + 1, c1 - c0 + 1, "电子表格")  # (overlapping merges would cost their areas)
        span[(r0, c0)] = (r0, c0, r1, c1)
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                covered.setdefault((rr, cc), (r0, c0))
    cols = [c for c in range(c_lo, c_hi + 1) if c not in sheet.hidden_cols]
    visible_rows = [r for r in range(r_lo, r_hi + 1) if r not in sheet.hidden_rows]
    block: list[int] = []  # the sheet rows of the table being read

    def flush() -> None:
        """The rows of `block` as one table, as wide as its own cells (a table 二 above a wider table
        三 on the same sheet is not padded to the sheet's width: a turned block is known by its shape)."""
        used = [c for r in block for c in cols if (r, c) in sheet.cells or (r, c) in covered]
        last = max(used, default=c_lo)
        table: list[list[Cell]] = []
        for r in block:
            cells: list[Cell] = []
            for c in cols:
                if c > last:
                    break
                top = covered.get((r, c))
                if top is not None and top != (r, c):
                    continue  # a slot of a merged cell that starts elsewhere
                text = " ".join(sheet.cells.get((r, c), "").split())
                if top is None:
                    cells.append((text, 1, 1))
                    continue
                r0, c0, r1, c1 = span[(r, c)]
                rows = sum(1 for rr in visible_rows if r0 <= rr <= r1)
                width = sum(1 for cc in cols if c0 <= cc <= c1)
                cells.append((text, max(rows, 1), max(width, 1)))
            table.append(cells)
        add_table(out, table, grid)
        block.clear()

    for r in visible_rows:
        values = [c for c in cols if (r, c) in sheet.cells]
        in_merge = any((r, c) in covered and covered[(r, c)][0] < r for c in cols)
        if not values and not in_merge:  # an empty row ends a table
            flush()
            continue
        if values == [c_lo] and sheet.present.get(r, 0) <= 1 and (r, c_lo) not in span and not in_merge:
            flush()  # a line of text: a title, a paragraph typed into column A
            out.newline()
            for line in sheet.cells[(r, c_lo)].split("\n"):
                out.line(line.strip())
            continue
        block.append(r)
    flush()


def load_xlsx(data: bytes, grid: GridMeter | None = None) -> Document:
    """`grid`: the meter of the document the workbook is part of (a workbook embedded in a Word file)."""
    budgets.check_zip(data)  # (again for a file; first for a workbook found inside another package)
    try:
        z = zipfile.ZipFile(io.BytesIO(as_transitional(data)))  # (「Strict Open XML」 read as transitional)
        book = _Book(z)
        names = book.sheets()
        out = TextBuilder()
        grid = grid or GridMeter()
        reads = budgets.ZipReads(z)  # (sheets may name one part)
        for name in names:
            reads.charge(name, "Excel 工作表")
            _sheet_blocks(out, book.sheet(name), grid)
            out.newline()
    except ExtractError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, ValueError, etree.LxmlError) as exc:
        raise ExtractError(f"Excel 工作簿无法打开（文件损坏）：{type(exc).__name__}", "bad_xlsx") from exc
    doc = Document(out.text(), out.tokens, "xlsx", None)
    if not doc.text.strip():
        raise ExtractError("Excel 工作簿中没有可读的内容（各工作表为空或被隐藏）", "empty")
    if book.uncomputed:
        doc.warnings.append(f"工作簿中有{book.uncomputed}个公式单元格没有保存计算结果，按空白单元格读取")
    return doc
