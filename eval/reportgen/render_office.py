"""Office formats beside Word .docx: RTF as WPS and Word write it, and an Excel workbook."""

from __future__ import annotations

import io
import math
import re

from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Grid, Parts, place

_COL = 900  # twips per grid column


def _rtf_text(s: str, unicode: bool) -> str:
    """WPS: every non-ASCII character as its GBK bytes (`\\'hh`); Word: `\\uN?` (signed 16-bit)."""
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        elif unicode:
            n = ord(ch)
            out.append(f"\\u{n - 65536 if n > 32767 else n}?")
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gb18030")))
    return "".join(out)


def _origins(grid: Grid) -> tuple[int, dict[tuple[int, int], tuple[int, int, G]]]:
    """Width, and for every slot the (row, column, cell) of the merged cell covering it."""
    width, placed = place(grid)
    cover: dict[tuple[int, int], tuple[int, int, G]] = {}
    for i, j, c in placed:
        for a in range(i, i + c.rs):
            for b in range(j, j + c.cs):
                cover[(a, b)] = (i, j, c)
    return width, cover


def rtf(parts: Parts, d: Draw) -> bytes:
    """A report saved as RTF: paragraphs, and tables whose merged cells are wider `\\cellx` edges
    (columns) and `\\clvmgf`/`\\clvmrg` (rows). Some value cells hold a hidden (`\\v`) old figure
    before the shown one, as a reviewer's edit leaves it."""
    unicode = d.int(0, 1) == 1
    hidden = d.int(0, 1) == 1
    head = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 " + _rtf_text("宋体", False) + ";}}"
    out = [head, "{\\*\\generator " + ("Microsoft Word" if unicode else "WPS Office") + ";}\\uc1"]
    for b in parts.all():
        if isinstance(b, str):
            out.append("\\pard\\f0\\fs32 " + _rtf_text(b, unicode) + "\\par")
            continue
        width, cover = _origins(b[2])
        for i in range(len(b[2])):
            defs, cells = ["\\trowd\\trgaph108\\trleft0"], []
            j = 0
            while j < width:
                i0, j0, c = cover.get((i, j), (i, j, G("")))
                mark = "" if c.rs == 1 else ("\\clvmgf" if i0 == i else "\\clvmrg")
                defs.append(
                    f"{mark}\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{(j0 + c.cs) * _COL}"
                )
                text = _rtf_text(c.text, unicode) if i0 == i else ""
                if text and c.value and hidden and re.fullmatch(r"\d+", c.text) and d.int(0, 3) == 0:
                    text = "{\\v " + str(d.int(1, 9)) + "}" + text
                cells.append("\\pard\\intbl\\qc\\f0\\fs18 " + text + "\\cell ")
                j = j0 + c.cs
            out.append("".join(defs) + "\n" + "".join(cells) + "\\row")
        out.append("\\pard\\par")
    out.append("}")
    return "\n".join(out).encode("ascii")


def xlsx(parts: Parts, d: Draw) -> bytes:
    """A workbook as an office exports one: either the whole report on one sheet (paragraphs typed
    into column A, tables below) or the text on one sheet and each table on its own; bordered cells
    (blank ones too), merged areas, counts as numbers, money as a float with its format (a formula's
    float tail, 7665.940000000001, shown as 7665.94), and sometimes a hidden sheet of draft figures."""
    import xlsxwriter
    from xlsxwriter.format import Format

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    border = book.add_format({"border": 1})
    formats: dict[str, Format] = {}
    one_sheet = d.int(0, 1) == 0
    sheet = book.add_worksheet("年度报告" if one_sheet else "正文")
    row = 0

    def number_format(text: str):
        places = len(text.split(".", 1)[1]) if "." in text else 0
        code = ("#,##0" if d.int(0, 1) else "0") + ("." + "0" * places if places else "")
        if code not in formats:
            formats[code] = book.add_format({"border": 1, "num_format": code})
        return formats[code]

    n_table = 0
    for b in parts.all():
        if isinstance(b, str):
            sheet.write_string(row, 0, b)
            row += 1
            continue
        if not one_sheet:
            n_table += 1
            sheet = book.add_worksheet(f"表{'二三四'[n_table - 1] if n_table <= 3 else n_table}")
            row = 0
        width, placed = place(b[2])
        for i, j, c in placed:
            r, col = row + i, j
            if c.rs > 1 or c.cs > 1:
                sheet.merge_range(r, col, r + c.rs - 1, col + c.cs - 1, "", border)
            text = c.text
            if c.value and re.fullmatch(r"\d+", text):
                sheet.write_number(r, col, int(text), border)
            elif c.value and re.fullmatch(r"\d+\.\d+", text):
                x = float(text)
                sheet.write_number(r, col, math.nextafter(x, math.inf), number_format(text))
            elif text:
                sheet.write_string(r, col, text, border)
            else:
                sheet.write_blank(r, col, None, border)
        row += len(b[2]) + 1
    if d.int(0, 2) == 0:  # a draft sheet, hidden: never read
        draft = book.add_worksheet("草稿")
        draft.write_string(0, 0, "一、本年新收政府信息公开申请数量")
        draft.write_number(0, 1, 987654)
        draft.hide()
    book.close()
    return buf.getvalue()
