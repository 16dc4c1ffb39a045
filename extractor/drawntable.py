"""Tables drawn with characters in a text, rewritten as pipe-table rows before tokenising.

Two families draw a table's rules with characters: text browsers and converters (w3m, elinks,
tabulate, Pandoc grid tables) use box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘) or ASCII (+---+ |).
Either way a cell's text may wrap over several lines between two horizontal rules, and a merged
cell is drawn merged: a rule is drawn only under the cells it closes (「│        ├────┼──」 closes the
cells right of the merged label and not the label).

The rules give the exact column boundaries, so each cell is tracked by its boundaries (display
columns: a CJK character is two columns wide, a box character one): the text lines between its
top rule and the rule that closes it are its text, joined; a cell with no text is a blank cell. A
cell is printed in the row where it begins (a merged label in its first row), each row one
`| a | b |` line, so the Markdown tokenizer reads it cell by cell. A text with no drawn table is
returned as it is."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

_BOX_H = "─━═╌╍┄┅┈┉"
_BOX_V = "│┃║╎╏┆┇┊┋"
_BOX_JOIN = "┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫┍┎┑┒┕┖┙┚┝┞┟┠┡┢┥┦┧┨┩┪┭┮┯┰┱┲┵┶┷┸┹┺┽┾┿╀╁╂╃╄╅╆╇╈╉╊"
_BOX_RULE = frozenset(_BOX_H + _BOX_V + _BOX_JOIN + " ")
_ASCII_RULE = frozenset("+-=:| ")
_RULE_ROW = "|---|"


def has_drawn_table(text: str) -> bool:
    """A horizontal rule of box characters or of ASCII 「+---+」 (most texts are told by a few
    substring scans, without splitting them into lines)."""
    if "─" in text or "━" in text or "═" in text:
        return any(_kind(line) is not None for line in text.split("\n") if "─" in line or "━" in line or "═" in line)
    if "|" not in text or "+" not in text or ("---" not in text and "===" not in text):
        return False
    return any(_kind(line) == "ascii" for line in text.split("\n"))


def _kind(line: str) -> str | None:
    """'box' or 'ascii' for a horizontal rule line (possibly partly drawn, where a merged cell goes
    on through it), else None."""
    s = line.strip()
    if not s:
        return None
    if s[0] in _BOX_JOIN or s[0] in _BOX_V or s[0] in _BOX_H:
        if any(c in _BOX_H for c in s) and all(c in _BOX_RULE for c in s):
            return "box"
        return None
    if s[0] in "+|" and s[-1] in "+|" and "+" in s and ("---" in s or "===" in s) and _ASCII_RULE.issuperset(s):
        return "ascii"
    return None


def _width(ch: str, wide_ambiguous: bool | None) -> int:
    """Display columns of `ch`; None: one column a character (a writer that pads by characters)."""
    if ch < "\u1100" or wide_ambiguous is None:  # (ASCII and Latin: the common case)
        return 1
    eaw = unicodedata.east_asian_width(ch)
    if eaw in ("W", "F"):
        return 2
    if eaw == "A" and wide_ambiguous and not "\u2500" <= ch <= "\u257f":
        return 2  # 「“」 printed two columns wide by a CJK terminal; box characters are one wide
    return 1


def _segments(line: str, delims: str, ascii_rules: bool, wide_ambiguous: bool | None) -> list[tuple[int, int, str]]:
    """(left delimiter column, right delimiter column, text) of each stretch of `line` between two
    delimiters: bars, and the joints of a rule (an ASCII 「+」 only where a rule runs on from it,
    not the sign of 「+27」)."""
    out: list[tuple[int, int, str]] = []
    col = 0
    left: int | None = None
    buf: list[str] = []
    last = len(line) - 1
    for k, ch in enumerate(line):
        if ch in delims and (
            not ascii_rules or ch == "|" or (k < last and line[k + 1] in "-=:") or (k and line[k - 1] in "-=:")
        ):
            if left is not None:
                out.append((left, col, "".join(buf)))
            left, buf = col, []
        else:
            buf.append(ch)
        col += _width(ch, wide_ambiguous)
    return out


@dataclass
class _Cell:
    row: int
    left: int
    pieces: list[str] = field(default_factory=list)


def _join(pieces: list[str]) -> str:
    """A wrapped cell's pieces: glued where the wrap split CJK text, a space between two words."""
    text = ""
    for p in pieces:
        if text and text[-1].isascii() and text[-1].isalnum() and p[0].isascii() and p[0].isalnum():
            text += " "
        text += p
    return text


def _table_rows(lines: list[str], kind: str) -> list[str]:
    """The pipe-table lines of one drawn table (`lines`: from its first rule to its last line). A
    line may hold rules under some cells and text of a merged cell that goes on beside them."""
    ascii_rules = kind == "ascii"
    horizontal = frozenset("-=:" if ascii_rules else _BOX_H)
    delims = "|+" if ascii_rules else _BOX_V + _BOX_JOIN
    bounds = {i for line in lines if _kind(line) for i, ch in enumerate(line) if ch in delims}
    open_cells: dict[tuple[int, int], _Cell] = {}
    done: list[_Cell] = []
    row = 0
    for line in lines:
        segs = _segments(line, delims, ascii_rules, False)
        for wide in (True, None):  # 「“」 two columns wide; or a writer that pads by characters
            if all(a in bounds and b in bounds for a, b, _ in segs):
                break
            other = _segments(line, delims, ascii_rules, wide)
            if all(a in bounds and b in bounds for a, b, _ in other):
                segs = other
                break
        rules = [(a, b) for a, b, text in segs if text and horizontal.issuperset(text)]
        for s, t in rules:  # a rule closes the cells above it
            for a, b in [k for k in open_cells if k[0] < t and s < k[1]]:
                done.append(open_cells.pop((a, b)))
        for a, b, text in segs:
            text = text.strip()
            if (a, b) in rules or (rules and not text):
                continue
            cell = open_cells.get((a, b))
            if cell is None:
                cell = open_cells[(a, b)] = _Cell(row, a)
            if text:
                cell.pieces.append(text)
        if rules:
            row += 1
    done.extend(open_cells.values())
    by_row: dict[int, list[_Cell]] = {}
    for cell in done:
        by_row.setdefault(cell.row, []).append(cell)
    out: list[str] = []
    for r in sorted(by_row):
        cells = sorted(by_row[r], key=lambda c: c.left)
        out.append("| " + " | ".join(_join(c.pieces) for c in cells) + " |")
        if len(out) == 1:
            out.append(_RULE_ROW)
    return out


def drawn_to_pipe(text: str) -> str:
    """`text` with every drawn table rewritten as pipe-table rows; every other line kept as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        kind = _kind(lines[i])
        if kind is None:
            out.append(lines[i])
            i += 1
            continue
        edges = _BOX_V + _BOX_JOIN if kind == "box" else "|+"
        j = i + 1
        while j < len(lines):  # the table goes on while its lines begin and end on its edges
            s = lines[j].strip()
            if not (s and s[0] in edges and s[-1] in edges):
                break
            j += 1
        out.extend(_table_rows(lines[i:j], kind))
        i = j
    return "\n".join(out)
