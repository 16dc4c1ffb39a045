"""Plain text and Markdown as crawlers, copy-paste and PDF/OCR converters leave them."""

from __future__ import annotations

import html

from model import Cell, expand, positions


def cells_in_order(grid: list[list[Cell]]) -> list[Cell]:
    """Printed cells in reading (HTML source) order, spans not repeated."""
    return [c for _, _, c in positions(grid)]


# ---------------------------------------------------------------- text tables


def table_lines(grid, blank_line=True) -> list[str]:
    """One cell per line (innerText of a table copied from a browser); a blank cell is an empty line."""
    out = []
    for c in cells_in_order(grid):
        t = c.text.replace("|", "")
        if t.strip() == "" and not blank_line:
            continue
        out.append(t)
    return out


def table_glued(grid) -> str:
    """All cells run together, whitespace stripped (a scraper's text_content())."""
    return "".join(c.text.replace("|", "").replace(" ", "") for c in cells_in_order(grid))


def table_tsv(grid) -> list[str]:
    """Rows tab-separated, merged areas as empty fields (copied out of WPS/Excel)."""
    return ["\t".join(x.replace("|", "") for x in row).rstrip("\t") for row in expand(grid)]


def table_spaced(grid) -> list[str]:
    """Each grid row on one line, its cells separated by one space (a crawler's per-<tr> dump)."""
    pos: dict[int, list[str]] = {}
    for r, _, c in positions(grid):
        pos.setdefault(r, []).append(c.text.replace("|", ""))
    return [" ".join(x for x in pos[r] if x != "") for r in sorted(pos)]


# ---------------------------------------------------------------- Markdown pipe tables


def md_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "").replace("\n", " ") for c in cells) + " |"


def md_table(rows: list[list[str]], header: list[str] | None = None) -> list[str]:
    """A pipe table; the first row is the header unless one is given."""
    rows = [list(r) for r in rows]
    if header is None:
        header, rows = rows[0], rows[1:]
    width = max(len(header), *(len(r) for r in rows)) if rows else len(header)
    header = header + [""] * (width - len(header))
    out = [md_row(header), "|" + "---|" * width]
    out += [md_row(r + [""] * (width - len(r))) for r in rows]
    return out


def mineru_table(grid) -> str:
    """MinerU-style HTML table inside Markdown: bare tags, rowspan/colspan, no styles."""
    pos: dict[int, list] = {}
    for r, _col, c in positions(grid):
        pos.setdefault(r, []).append(c)
    out = ["<table>"]
    for r in sorted(pos):
        tds = []
        for c in pos[r]:
            attrs = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            tds.append(f"<td{attrs}>{html.escape(c.text.replace('|', ''), quote=False)}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "".join(out)
