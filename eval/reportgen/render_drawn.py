"""Text dumps whose tables are drawn with characters, or laid out in fixed-width columns, as text browsers and converters print them
(w3m, elinks, tabulate): box-drawing characters (┌─┬─┐ │ ├┼┤ └┴┘) or ASCII (+---+ |), merged
cells drawn merged (a rule only under the cells it closes), every cell's text wrapped inside its
column (a CJK character two columns wide), values right-aligned on the cell's first line, a blank
cell an empty box."""

from __future__ import annotations

import unicodedata

from eval.reportgen.draw import Draw
from eval.reportgen.layout import Grid, Parts, place

# (left, right, up, down) → the character drawn there
_BOX = {
    (1, 1, 0, 0): "─",
    (1, 0, 0, 0): "─",
    (0, 1, 0, 0): "─",
    (0, 0, 1, 1): "│",
    (0, 0, 1, 0): "│",
    (0, 0, 0, 1): "│",
    (0, 1, 0, 1): "┌",
    (1, 0, 0, 1): "┐",
    (0, 1, 1, 0): "└",
    (1, 0, 1, 0): "┘",
    (0, 1, 1, 1): "├",
    (1, 0, 1, 1): "┤",
    (1, 1, 0, 1): "┬",
    (1, 1, 1, 0): "┴",
    (1, 1, 1, 1): "┼",
}


def _ascii(left: int, right: int, up: int, down: int) -> str:
    if (left or right) and (up or down):
        return "+"
    return "-" if left or right else "|"


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def wrap(text: str, cols: int) -> list[str]:
    """`text` cut into lines of at most `cols` display columns (a number is never cut: the column is
    made wide enough for it)."""
    lines: list[str] = []
    cur, used = "", 0
    for ch in text:
        w = width(ch)
        if used + w > cols and cur:
            lines.append(cur)
            cur, used = "", 0
        cur += ch
        used += w
    if cur:
        lines.append(cur)
    return lines


def table(grid: Grid, d: Draw, rules: str, right: bool = True) -> list[str]:
    """One table drawn: label columns 6–16 display columns wide, value columns 4–8 (or the widest
    value), row heights as the wrapped text needs. `rules`: 「box」, 「ascii」 or 「none」 (a fixed-width
    print: the same columns with no rule drawn and no line between rows); `right`: values
    right-aligned in their column (else left, like the labels)."""
    ncols, placed = place(grid)
    nrows = len(grid)
    value_col = [False] * ncols
    need = [1] * ncols
    for _i, j, c in placed:
        if c.value and c.cs == 1:
            value_col[j] = True
            need[j] = max(need[j], width(c.text))
    widths = [max(need[j], d.int(4, 8) if value_col[j] else d.int(6, 16)) + 2 for j in range(ncols)]
    # (by place: the template reuses one cell object in two columns of table 四)
    lines = {(i, j): wrap(c.text, sum(widths[j : j + c.cs]) + c.cs - 1 - 2) for i, j, c in placed}
    heights = [1] * nrows
    for i, j, c in placed:  # single-row cells first, then spanning ones stretch their last row
        if c.rs == 1:
            heights[i] = max(heights[i], len(lines[(i, j)]))
    for i, j, c in placed:
        if c.rs > 1:
            have = sum(heights[i : i + c.rs]) + c.rs - 1
            heights[i + c.rs - 1] += max(0, len(lines[(i, j)]) - have)
    xs = [0]
    for w in widths:
        xs.append(xs[-1] + w + 1)
    ys = [0]
    for h in heights:
        ys.append(ys[-1] + h + 1)
    hseg: set[tuple[int, int]] = set()  # (y, x): a rule from x to x + 1 on line y
    vseg: set[tuple[int, int]] = set()  # (y, x): a rule from line y to y + 1 at column x
    canvas = [[" "] * (xs[-1] + 1) for _ in range(ys[-1] + 1)]
    for i, j, c in placed:
        x0, x1, y0, y1 = xs[j], xs[j + c.cs], ys[i], ys[i + c.rs]
        for x in range(x0, x1):
            hseg.update({(y0, x), (y1, x)})
        for y in range(y0, y1):
            vseg.update({(y, x0), (y, x1)})
        for k, text in enumerate(lines[(i, j)]):
            at = x1 - 1 - width(text) if c.value and right else x0 + 2  # one space padding
            for ch in text:
                canvas[y0 + 1 + k][at] = ch
                if width(ch) == 2:
                    canvas[y0 + 1 + k][at + 1] = ""
                at += width(ch)
    if rules == "none":
        return [line for line in ("".join(row).rstrip() for row in canvas) if line]
    for y in range(ys[-1] + 1):
        for x in range(xs[-1] + 1):
            key = ((y, x - 1) in hseg, (y, x) in hseg, (y - 1, x) in vseg, (y, x) in vseg)
            if any(key):
                canvas[y][x] = _ascii(*key) if rules == "ascii" else _BOX[tuple(int(k) for k in key)]  # type: ignore[index]
    return ["".join(row).rstrip() for row in canvas]


def drawn(parts: Parts, d: Draw) -> str:
    """The report as a text browser dumps it: paragraphs as lines, tables drawn (box characters or
    ASCII, one style a report)."""
    rules = d.pick(("box", "ascii"))
    out: list[str] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(b)
        else:
            out.extend(table(b[2], d, rules))
    return "\n".join(out) + "\n"


def fixed(parts: Parts, d: Draw) -> str:
    """The report as antiword or a print to text gives it: tables in fixed-width columns with no
    rules, labels and headings wrapped in their column, numbers right- or left-aligned (one way a
    report), a blank cell only spaces."""
    right = bool(d.int(0, 1))
    out: list[str] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(b)
        else:
            out.extend(table(b[2], d, "none", right))
    return "\n".join(out) + "\n"
