"""Plain-text families: one cell per line between 「|」 lines, one cell per line with blank lines for
blank cells, bare CR line ends, tab- or space-separated rows (GB18030 + CRLF too), and glued crawler
text where whitespace is gone and cells run together."""

from __future__ import annotations

import functools
import re

from eval.reportgen.draw import Draw
from eval.reportgen.layout import Parts
from eval.reportgen.model import Model

_NUM = re.compile(r"[+-]?(?:0|[1-9]\d*)(?:\.\d+)?")


def _lines(parts: Parts, table) -> list[str]:
    out: list[str] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(b)
        else:
            out.extend(table(b[1]))
    return out


def pipe(parts: Parts) -> str:
    """Each cell on its own line, a 「|」 line after each (a table copied out of a browser)."""
    return "\n".join(_lines(parts, lambda rows: [x for row in rows for c in row for x in (c, "|")])) + "\n"


def lines(parts: Parts) -> str:
    """One cell per line, a blank cell an empty line, CRLF (a browser copy of the table)."""
    return "\r\n".join(_lines(parts, lambda rows: [c for row in rows for c in row])) + "\r\n"


def entities(parts: Parts) -> str:
    """A CMS's plain-text export that kept the HTML character references: paragraphs indented by
    「&nbsp;」s, quotes as 「&ldquo;…&rdquo;」, one cell a line padded by 「&nbsp;」."""

    def para(text: str) -> str:
        return "&nbsp;" * 4 + text.replace("“", "&ldquo;").replace("”", "&rdquo;")

    def cells(rows) -> list[str]:
        return [f"&nbsp;{c}&nbsp;" for row in rows for c in row]

    out: list[str] = []
    for b in parts.all():
        out.extend([para(b)] if isinstance(b, str) else cells(b[1]))
    return "\n".join(out) + "\n"


def bare_cr(parts: Parts) -> str:
    return pipe(parts).replace("\n", "\r")


def tsv(parts: Parts) -> str:
    """Each row on one line, cells separated by tabs (copied from WPS); a blank cell an empty field."""
    return "\n".join(_lines(parts, lambda rows: ["\t".join(r) for r in rows])) + "\n"


_INT = re.compile(r"[1-9]\d{3,}")


def csv(parts: Parts, index: bool = False) -> str:
    """The tables saved by Excel as 'CSV UTF-8' and pasted between the paragraphs: BOM, CRLF, fields
    separated by commas, quoted only where they must be — a count of 1000 or more shown with its
    thousands separator (「"13,000"」), a label with a comma. `index`: each table as a dataframe writes
    it (pandas `read_html` then `to_csv`): a first line of column numbers 「0,1,…,n-1」, no figure."""

    def field(c: str, figures: bool) -> str:
        if figures and _INT.fullmatch(c):
            c = f"{int(c):,}"
        return '"' + c.replace('"', '""') + '"' if ("," in c or '"' in c) else c

    def table(rows: list[list[str]], figures: bool = True) -> list[str]:
        head = [",".join(map(str, range(max(map(len, rows)))))] if index and rows else []
        return head + [",".join(field(c, figures) for c in r) for r in rows]

    out: list[str] = []
    for b in parts.all():  # (a form's cells — 「报告年度,2024」 — are text, not counts: no separator)
        out.extend([b] if isinstance(b, str) else table(b[1], b[0] != "form"))
    return "\ufeff" + "\r\n".join(out) + "\r\n"


def spaced(parts: Parts, sep: str = "  ") -> str:
    """Each row on one line, cells separated by spaces (a page printed to text). No blank cell can be
    seen here: the family prints placeholders as 「/」 or 「—」 only."""
    return "\n".join(_lines(parts, lambda rows: [sep.join(r) for r in rows])) + "\n"


def glued(parts: Parts) -> str:
    """A crawler dump with the whitespace stripped: paragraphs and cells run together."""
    return "".join(b if isinstance(b, str) else "".join(c for r in b[1] for c in r) for b in parts.all())


# ------------------------------------------------------------------ which glued rows can be read back
def readings(cells: list[str], groups: list[int], sums: bool, limit: int = 2, blanks: bool = False) -> int:
    """How many ways the run of the cells' text splits back into len(cells) cells (numbers without
    leading zeros, at most six digits before a decimal point, or the placeholders 「/」「—」), each group of `groups` cells ending in the sum of the
    others when `sums` (table 三's 总计, table 四's 总计). Stops counting at `limit`. `blanks`: a blank
    cell left no trace in the text, so any cell may also be read as the empty string (worth 0)."""
    text = "".join(cells)
    n = len(cells)
    bounds = []
    i = 0
    for g in groups:
        bounds.append((i, i + g))
        i += g
    ends = {b - 1: a for a, b in bounds}  # index of a group's last cell → its first

    @functools.cache
    def tokens(pos: int) -> tuple[tuple[str, float], ...]:
        """The cells text[pos:] may begin with, and their values (the same at every idx and partial)."""
        toks: list[str] = [""] if blanks else []
        if pos >= len(text):
            pass
        elif text[pos] in "/—":
            toks.append(text[pos])
        else:
            m = _NUM.match(text, pos)
            if m:
                toks += [
                    text[pos:stop]
                    for stop in range(pos + 1, min(m.end(), pos + 9) + 1)
                    if _NUM.fullmatch(text[pos:stop]) and len(text[pos:stop].split(".")[0]) <= 6
                ]
        return tuple((tok, 0.0 if tok in ("", "/", "—") else float(tok)) for tok in toks)

    @functools.cache
    def count(pos: int, idx: int, partial: float) -> int:
        """Readings of text[pos:] as cells idx…n-1, `partial` the sum of the current group so far."""
        if idx == n:
            return 1 if pos == len(text) else 0
        total = 0
        for tok, val in tokens(pos):
            if idx in ends:  # the group's 总计
                if sums and abs(partial - val) > 1e-9:
                    continue
                nxt = 0.0
            else:
                nxt = partial + val if sums else 0.0
            total += count(pos + len(tok), idx + 1, round(nxt, 6))
            if total >= limit:
                return limit
        return total

    return count(0, 0, 0.0)


def typed_lists(parts: Parts) -> str:
    """Tables retyped as prose lines (an office that types its report in a word processor with no
    table): a line naming the columns in order, then each row as 「label：v1、v2、…、vn。」; table 四's
    one row as its three groups 「行政复议：…」「行政诉讼（未经复议直接起诉）：…」. A label spanning rows
    (「三、本年度办理结果」, 「（三）不予公开」) is a line of its own."""
    from extractor import tablespec as ts

    def row_line(label: str, values: list[str]) -> str:
        return f"{label}：{'、'.join(values)}。"

    def table(t: str, grid) -> list[str]:
        out: list[str] = []
        if t == "t3":
            cols = "、".join(ts.T3_COL_LABELS[c] for c in ts.T3_COLS)
            out.append(f"（以下各项数据依次为：{cols}，单位：件）")
        if t == "t4":
            cols = "、".join(ts.T4_COL_LABELS[c] for c in ts.T4_COLS)
            out.append(f"（以下各项数据依次为：{cols}，单位：件）")
            values = [c.text for c in grid[-1]]
            n = len(ts.T4_COLS)
            labels = [ts.T4_REVIEW_HEAD] + [f"{ts.T4_LAWSUIT_HEAD}（{x}）" for x in ts.T4_LAWSUIT_GROUPS.values()]
            return out + [row_line(lab, values[i * n : (i + 1) * n]) for i, lab in enumerate(labels)]
        for row in grid:
            values = [c.text for c in row if c.value]
            labels = [c.text for c in row if not c.value]
            if not values:
                if t == "t2" and len(labels) > 1:  # a block's column header: its column names
                    out.append("（" + "、".join(labels[1:]) + "）")
                elif t == "t2":
                    out.extend(labels)
                continue
            out.extend(x for x in labels[:-1])  # the labels spanning rows, each on its line
            out.append(row_line(labels[-1] if labels else "", values))
        return out

    out: list[str] = []
    for b in parts.all():
        out.extend([b] if isinstance(b, str) else table(b[0], b[2]))
    return "\n".join(out) + "\n"


def column_major(parts: Parts, tables: tuple[str, ...] = ("t3",)) -> str:
    """`tables` copied column by column, one cell a line (a PDF viewer's or a screen reader's table
    export): the label columns top to bottom, then each value column's names and values top to
    bottom (a merged cell with its left column: table 二's 「本年处理决定数量」 in its first); the other
    tables one cell a line in row order, as a browser copy gives them."""
    from eval.reportgen.layout import place

    def table(t: str, grid) -> list[str]:
        if t not in tables:
            return [c.text for row in grid for c in row]
        return [c.text for _i, _j, c in sorted(place(grid)[1], key=lambda x: (x[1], x[0]))]

    out: list[str] = []
    for b in parts.all():
        out.extend([b] if isinstance(b, str) else table(b[0], b[2]))
    return "\n".join(out) + "\n"


def dot_leaders(parts: Parts) -> str:
    """A report typed as a table of contents would be: each row its label, a run of dot leaders
    (「……」「······」) and its values spaced out; table 四 as one line per group
    (「行政诉讼·复议后起诉…………… 0  0  0  0  0」) under a line naming the five results."""
    from extractor import tablespec as ts

    dots = ("……………………", "··········", "………………………………")

    def table(t: str, grid) -> list[str]:
        if t == "t4":
            values = [c.text for c in grid[-1]]
            n = len(ts.T4_COLS)
            head = f"{ts.T4_REVIEW_HEAD}（{'  '.join(ts.T4_COL_LABELS[c] for c in ts.T4_COLS)}）"
            return [head] + [
                ts.T4_GROUP_LABELS[g] + dots[i % 3] + " " + "  ".join(values[i * n : (i + 1) * n])
                for i, g in enumerate(ts.T4_GROUPS)
            ]
        out = []
        for k, row in enumerate(grid):
            labels = [c.text for c in row if not c.value]
            values = [c.text for c in row if c.value]
            if not values:
                out.append("  ".join(labels))
                continue
            out.append("".join(labels) + dots[k % 3] + " " + "  ".join(values))
        return out

    out: list[str] = []
    for b in parts.all():
        out.extend([b] if isinstance(b, str) else table(b[0], b[2]))
    return "\n".join(out) + "\n"


_CN_ITEM = "一二三四五六七八九"


def _item(n: int) -> str:
    """「（二十三）」: a report's number in a compilation (1–99)."""
    tens, ones = divmod(n, 10)
    word = ("" if tens < 2 else _CN_ITEM[tens - 1]) + ("十" if tens else "") + (_CN_ITEM[ones - 1] if ones else "")
    return f"（{word}）"


def compilation_pages(parts: Parts, m: Model, d: Draw) -> str:
    """`pdftotext -layout` of pages cut from a district's 年报汇编 (a compilation of its bodies' reports):
    the compilation's running head 「XX区2020年政府信息公开工作年度报告汇编」 atop every page, a page
    number 「— 38 —」 (or 「- 38 -」, 「第38页」) at its foot and a form feed between pages — a page
    break falls anywhere, inside a table too —; the report's item number 「（二十三）」 before its
    title, and after its end the next body's report starting (item number, title, first paragraph)."""
    a, y = m.agency, m.year
    lines = spaced(parts, d.pick(("   ", "      "))).rstrip("\n").split("\n")
    n = d.int(2, 60)
    lines[0] = _item(n) + lines[0]
    nxt = d.pick(tuple(b for b in ("人民政府办公室", "发展和改革局", "财政局", "司法局", "人民政府") if b != a.body))
    lines += [
        "",
        f"{_item(n + 1)}{a.place}{nxt}{y}年政府信息公开工作年度报告",
        "",
        f"    本报告根据《中华人民共和国政府信息公开条例》编制。{y}年，本机关共主动公开政府信息{d.int(20, 900)}条。",
    ]
    head = " " * d.int(0, 24) + f"{a.place}{y}年政府信息公开工作年度报告汇编"
    page = d.int(2, 120)
    foot = d.pick(("— {} —", "- {} -", "第{}页", "—{}—"))
    every = d.int(14, 45)  # lines a page
    out = [head, ""]
    for i, line in enumerate(lines):
        if i and i % every == 0:
            out += ["", " " * 35 + foot.format(page), "\f" + head, ""]
            page += 1
        out.append(line)
    out += ["", " " * 35 + foot.format(page), "\f"]
    return "\n".join(out)
