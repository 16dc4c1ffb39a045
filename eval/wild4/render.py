"""Printing of eval/wild4 documents: a document is a list of blocks
("title"|"p"|"h"|"cap"|"sign", text) and ("table", name); a table is a grid of model.C cells whose value
cells are printed by a `show(key) -> str` of the report. Imports nothing of the project."""

from __future__ import annotations

import html
import io
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

from model import C, place

Show = Callable[[str], str]


def text_of(cell: C, show: Show) -> str:
    return show(cell.key) if cell.key else cell.text


def matrix(grid: list[list[C]], show: Show, fill: bool = False) -> list[list[str]]:
    """The grid unmerged: origin text at a merged area's first slot, '' (or the text again) elsewhere."""
    placed, width = place(grid)
    m = [["" for _ in range(width)] for _ in range(len(grid))]
    for r, c, cell in placed:
        t = text_of(cell, show)
        for dr in range(cell.rs):
            for dc in range(cell.cs):
                if r + dr < len(m):
                    m[r + dr][c + dc] = t if (fill or (dr == 0 and dc == 0)) else ""
    return m


# --------------------------------------------------------------------------------------------- HTML


def esc(t: str) -> str:
    return html.escape(t, quote=False)


def html_table(
    grid: list[list[C]],
    show: Show,
    attrs: str = ' border="1" cellspacing="0" cellpadding="4"',
    td: Callable[[C, str, int, int], str] | None = None,
    head_tag: str = "td",
) -> str:
    placed, _ = place(grid)
    by_row: dict[int, list[tuple[int, C]]] = {}
    for r, c, cell in placed:
        by_row.setdefault(r, []).append((c, cell))
    out = [f"<table{attrs}>"]
    for r in range(len(grid)):
        out.append("<tr>")
        for c, cell in by_row.get(r, []):
            t = text_of(cell, show)
            if td:
                out.append(td(cell, t, r, c))
                continue
            span = (f' colspan="{cell.cs}"' if cell.cs > 1 else "") + (f' rowspan="{cell.rs}"' if cell.rs > 1 else "")
            tag = head_tag if cell.head else "td"
            out.append(f"<{tag}{span}>{esc(t)}</{tag}>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_page(blocks: list, tables: dict[str, str], head: str = "", charset_meta: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    body = []
    for b in blocks:
        kind = b[0]
        if kind == "table":
            body.append(tables[b[1]])
        elif kind == "title":
            body.append(f"<h1>{esc(b[1])}</h1>")
        elif kind == "h":
            body.append(f"<h3>{esc(b[1])}</h3>")
        elif kind == "sign":
            body.append('<p style="text-align:right">' + "<br>".join(esc(x) for x in b[1]) + "</p>")
        else:
            body.append(f"<p>{esc(b[1])}</p>")
    return f"<!DOCTYPE html>\n<html>\n<head>{meta}<title>{esc(blocks[0][1])}</title>{head}</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"


# --------------------------------------------------------------------------------------------- text


def dwidth(t: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in t)


def wrap(t: str, w: int) -> list[str]:
    lines, cur = [], ""
    for ch in t:
        if dwidth(cur + ch) > w:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    return lines or [""]


def pad(t: str, w: int, right: bool = False) -> str:
    gap = " " * max(0, w - dwidth(t))
    return gap + t if right else t + gap


BOX = {
    (False, True, False, True): "┌",
    (False, True, True, False): "┐",
    (True, False, False, True): "└",
    (True, False, True, False): "┘",
    (True, True, False, True): "├",
    (True, True, True, False): "┤",
    (False, True, True, True): "┬",
    (True, False, True, True): "┴",
    (True, True, True, True): "┼",
    (True, True, False, False): "│",
    (True, False, False, False): "│",
    (False, True, False, False): "│",
    (False, False, True, True): "─",
    (False, False, True, False): "─",
    (False, False, False, True): "─",
}


def boxed(grid: list[list[C]], show: Show, widths: list[int], border: bool = True, sep: str = "  ") -> list[str]:
    """A grid drawn in fixed-width text (w3m-style box drawing, or borderless aligned columns): merged
    areas drawn merged, text wrapped inside its cell, values right-aligned on the cell's first line."""
    placed, ncol = place(grid)
    nrow = len(grid)
    owner: dict[tuple[int, int], int] = {}
    for i, (r, c, cell) in enumerate(placed):
        for dr in range(cell.rs):
            for dc in range(cell.cs):
                owner[(r + dr, c + dc)] = i
    vsep = 3 if border else len(sep)
    cellw = []
    for _r, c, cell in placed:
        cellw.append(sum(widths[c : c + cell.cs]) + vsep * (cell.cs - 1))
    wrapped = [wrap(text_of(cell, show), cellw[i]) if not cell.key else [text_of(cell, show)] for i, (_, _, cell) in enumerate(placed)]
    height = [1] * nrow
    for i, (r, _c, cell) in enumerate(placed):
        if cell.rs == 1:
            height[r] = max(height[r], len(wrapped[i]))
    for i, (r, _c, cell) in enumerate(placed):  # a tall merged label grows its rows' last one
        have = sum(height[r : r + cell.rs])
        if len(wrapped[i]) > have:
            height[r + cell.rs - 1] += len(wrapped[i]) - have
    out: list[str] = []

    def vert(r: int, c: int) -> bool:
        if r < 0 or r >= nrow:
            return False
        return c in (0, ncol) or owner.get((r, c - 1)) != owner.get((r, c))

    def horiz(r: int, c: int) -> bool:
        if c < 0 or c >= ncol:
            return False
        return r in (0, nrow) or owner.get((r - 1, c)) != owner.get((r, c))

    def hline(r: int) -> str:  # the rule above row r (r == nrow: bottom)
        s = ""
        for c in range(ncol + 1):
            key = (vert(r - 1, c), vert(r, c), horiz(r, c - 1), horiz(r, c))
            s += BOX.get(key, " ")
            if c < ncol:
                s += ("─" if horiz(r, c) else " ") * (widths[c] + 2)
        return s

    for r in range(nrow):
        if border:
            out.append(hline(r))
        first_row_of: dict[int, int] = {}
        for li in range(height[r]):
            s = ""
            c = 0
            while c < ncol:
                i = owner.get((r, c))
                if i is None:
                    s += (" " if not border else "│ ") + " " * widths[c] + (" " if border else sep)
                    c += 1
                    continue
                pr, pc, cell = placed[i]
                start_line = sum(height[pr:r]) + li
                lines = wrapped[i]
                t = lines[start_line] if start_line < len(lines) else ""
                w = cellw[i]
                if border:
                    s += "│ " + pad(t, w, right=bool(cell.key)) + " "
                else:
                    s += pad(t, w, right=bool(cell.key)) + sep
                c = pc + cell.cs
                first_row_of[i] = 1
            out.append((s + "│") if border else s.rstrip())
    if border:
        out.append(hline(nrow))
    return out


# --------------------------------------------------------------------------------------------- DOCX

FIXED = "2024-01-01T00:00:00Z"


def docx_fixed(doc) -> None:
    import datetime as dt

    cp = doc.core_properties
    t = dt.datetime(2024, 1, 1)
    cp.created = t
    cp.modified = t
    cp.last_printed = t
    cp.author = "xxgk"
    cp.last_modified_by = "xxgk"
    cp.revision = 1


def docx_table(doc, grid: list[list[C]], show: Show, style: str | None = "Table Grid"):
    placed, width = place(grid)
    tb = doc.add_table(rows=len(grid), cols=width)
    if style:
        tb.style = style
    for r, c, cell in placed:
        a = tb.cell(r, c)
        if cell.rs > 1 or cell.cs > 1:
            a = a.merge(tb.cell(r + cell.rs - 1, c + cell.cs - 1))
        a.text = text_of(cell, show)
    return tb


def docx_bytes(doc) -> bytes:
    """Save with fixed zip times so the file is byte for byte the same each build."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


# --------------------------------------------------------------------------------------------- PDF

FONT = "CJK"


def pdf_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return FONT
    p = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if p.exists():
        pdfmetrics.registerFont(TTFont(FONT, str(p), subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light"
    return FONT
