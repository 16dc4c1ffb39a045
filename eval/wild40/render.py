"""HTML and text helpers shared by the printers."""
from __future__ import annotations

import html as _html
import unicodedata

from grids import C, full


def esc(s: str) -> str:
    return _html.escape(s, quote=False)


def html_table(grid: list[list[C]], table_attrs: str = 'border="1" cellspacing="0" cellpadding="0"',
               td=lambda c: esc(c.text), tag: str = "td") -> str:
    out = [f"<table {table_attrs}>", "<tbody>"]
    for row in grid:
        cells = []
        for c in row:
            span = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            cells.append(f"<{tag}{span}>{td(c)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def page(title: str, body: str, site: str, charset: str = "utf-8", head_extra: str = "",
         lang: str = "zh-CN") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
            f"<title>{esc(title)}_{esc(site)}</title>\n{head_extra}</head>\n<body>\n"
            f'<div class="header"><a href="/">{esc(site)}</a></div>\n{body}\n'
            f'<div class="footer">主办：{esc(site)}　版权所有</div>\n</body>\n</html>\n')


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def ljust(s: str, w: int) -> str:
    return s + " " * max(0, w - width(s))


def rjust(s: str, w: int) -> str:
    return " " * max(0, w - width(s)) + s
