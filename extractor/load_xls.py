"""Excel 97–2003 workbooks (.xls, BIFF8) through xlrd, laid out as the
.xlsx loader lays out a sheet (extractor/load_xlsx.py: lines, tables, merged areas as spans, hidden
sheets, rows and columns not read) and each number as its cell format shows it (extractor/numfmt.py).
A formula's value is the result the file saved (BIFF always keeps one). The sheet's extent is charged to
the grid budget before a cell is read; xlrd's own failures on a broken file are one clear error."""

from __future__ import annotations

from . import budgets
from .budgets import GridMeter
from .document import Document, TextBuilder
from .load_xlsx import _Sheet, _sheet_blocks
from .numfmt import shown
from .schema import ExtractError


def _sheet(book, sheet, meter: GridMeter, count: list[int]) -> _Sheet:
    import xlrd

    out = _Sheet()
    meter.charge(sheet.nrows, sheet.ncols, "电子表格")  # before any cell is read
    b = budgets.current()
    for r in range(sheet.nrows):
        info = sheet.rowinfo_map.get(r)
        if info is not None and info.hidden:
            out.hidden_rows.add(r + 1)
        present = 0
        for c, cell in enumerate(sheet.row(r)):
            kind = cell.ctype
            if kind == xlrd.XL_CELL_EMPTY:
                continue
            present += 1
            count[0] += 1
            if count[0] > b.tokens:
                raise budgets.over("表格单元格", count[0], b.tokens, " 个")
            if kind == xlrd.XL_CELL_BLANK:
                continue
            if kind == xlrd.XL_CELL_TEXT:
                text = cell.value
            elif kind in (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE):
                xf = book.xf_list[cell.xf_index] if 0 <= cell.xf_index < len(book.xf_list) else None
                fmt = book.format_map.get(xf.format_key) if xf is not None else None
                text = shown(repr(float(cell.value)), fmt.format_str if fmt is not None else "General")
            elif kind == xlrd.XL_CELL_BOOLEAN:
                text = "TRUE" if cell.value else "FALSE"
            else:  # an error value, as Excel prints it
                text = xlrd.error_text_from_code.get(cell.value, "#N/A")
            if text.strip():
                out.cells[(r + 1, c + 1)] = text
        out.present[r + 1] = present
    for c, info in sheet.colinfo_map.items():
        if info.hidden:
            out.hidden_cols.add(c + 1)
    for r0, r1, c0, c1 in sheet.merged_cells:  # half-open ranges, 0-based
        out.merges.append((r0 + 1, c0 + 1, r1, c1))
    return out


def load_xls(data: bytes) -> Document:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, logfile=_Quiet())
    except Exception as exc:  # xlrd on a broken or foreign file raises from its own code, struct or its asserts
        raise ExtractError(f"Excel 工作簿（.xls）无法打开（文件损坏）：{type(exc).__name__}", "bad_xls") from exc
    out = TextBuilder()
    meter = GridMeter()
    count = [0]
    try:
        for i in range(book.nsheets):
            sheet = book.sheet_by_index(i)
            if sheet.visibility:  # hidden or very hidden
                continue
            _sheet_blocks(out, _sheet(book, sheet, meter, count), meter)
            out.newline()
    except ExtractError:
        raise
    except Exception as exc:
        raise ExtractError(f"Excel 工作簿（.xls）无法读取（文件损坏）：{type(exc).__name__}", "bad_xls") from exc
    finally:
        book.release_resources()
    doc = Document(out.text(), out.tokens, "xls", None)
    if not doc.text.strip():
        raise ExtractError("Excel 工作簿中没有可读的内容（各工作表为空或被隐藏）", "empty")
    return doc


class _Quiet:
    """xlrd's log (warnings about a file's oddities) kept off the terminal: the user sees our message."""

    def write(self, s: str) -> int:
        return len(s)
