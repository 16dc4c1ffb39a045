"""Markdown families: PDF-converter pipe tables (merged areas as empty cells; table 四 split into its
three groups; table 三 cut into chunks under generic 数据1…数据6 headers), MinerU (bare HTML tables
with rowspan/colspan inside the Markdown) and OCR'd scans (full-width or spaced digits, 己/末 for
已/未 in labels)."""

from __future__ import annotations

import html
import re
import unicodedata

from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Grid, Parts, place
from extractor import tablespec as ts


def _pipe_rows(rows: list[list[str]]) -> str:
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


def flat(grid: Grid) -> list[list[str]]:
    """The merged grid as a converter flattens it: every position a cell, a merged area empty."""
    width, placed = place(grid)
    n = len(grid)
    out = [[""] * width for _ in range(n)]
    for i, j, c in placed:
        out[i][j] = c.text
    return out


def _doc(parts: Parts, table, heading: str = "") -> str:
    out = []
    for b in parts.all():
        if isinstance(b, str):
            out.append((heading + b) if heading and b[:2] in ("一、", "二、", "三、", "四、", "五、", "六、") else b)
        else:
            out.append(table(b[0], b[2]))
        out.append("")
    return "\n".join(out)


def _escaped(text: str) -> str:
    """Markdown writers escape a dot after digits (html2text: 「1\\. 属于国家秘密」; mammoth every one:
    「396\\.07」)."""
    return re.sub(r"(?<=[0-9])\.", r"\\.", text)


def html2text(parts: Parts) -> str:
    """As html2text writes an HTML table: the row's own cells (none for a merged area's other
    positions) joined by 「| 」 with no outer bars, a 「---|---」 rule sized by the first row, each line
    ended by a two-space hard break; dots after digits escaped."""

    def table(_t: str, grid: Grid) -> str:
        lines = ["| ".join(_escaped(c.text) for c in row) + "  " for row in grid]
        return "\n".join([lines[0], "|".join(["---"] * len(grid[0])) + "  ", *lines[1:]])

    return _doc(parts, table)


def converter(parts: Parts) -> str:
    return _doc(parts, lambda _t, g: _pipe_rows(flat(g)))


# What a PDF-to-Markdown converter writes where a page ended or a picture stood (marker's image
# links, docling's image comment, a page-break comment): on a line of its own, between a table's rows.
PAGE_DEBRIS = (
    "<!-- page break -->",
    "<!-- image -->",
    "![](images/p2_table.jpg)",
    '<div style="page-break-after: always;"></div>',
    "<br>",
)


def page_debris(text: str, d: Draw) -> str:
    """`text` with one converter's debris line (`PAGE_DEBRIS`) between two body rows of each pipe
    table four rows long or more (a table broken by a page, as marker and docling leave it)."""
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []  # the current table's lines

    def flush() -> None:
        body = list(range(2, len(run) - 1))  # after a body row, before the next one
        at = d.pick(body) if len(run) >= 5 else -1
        for k, line in enumerate(run):
            out.append(line)
            if k == at:
                out.append(d.pick(PAGE_DEBRIS))
        run.clear()

    for line in lines:
        if line.startswith("|") and line.endswith("|"):
            run.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return "\n".join(out)


def repeated(grid: Grid) -> list[list[str]]:
    """The merged grid as docling flattens it: a merged cell's text repeated in every position it
    spans (header words across, labels down, a value under a spanned header)."""
    width, placed = place(grid)
    out = [[""] * width for _ in grid]
    for i, j, c in placed:
        for a in range(i, i + c.rs):
            for b in range(j, j + c.cs):
                out[a][b] = c.text
    return out


def docling(parts: Parts) -> str:
    return _doc(parts, lambda _t, g: _pipe_rows(repeated(g)))


def t4_split(parts: Parts) -> str:
    """Table 四 as three small tables, one per group, each with its own header."""

    def table(t: str, grid: Grid) -> str:
        if t != "t4":
            return _pipe_rows(flat(grid))
        values = [c.text for c in grid[-1]]
        cols = [ts.T4_COL_LABELS[c] for c in ts.T4_COLS]
        out = []
        for n, (g, name) in enumerate(zip(ts.T4_GROUPS, (ts.T4_REVIEW_HEAD, *ts.T4_LAWSUIT_GROUPS.values()))):
            head = [f"{ts.T4_LAWSUIT_HEAD}（{name}）" if g != "rv" else name] + [""] * 4
            out.append(_pipe_rows([head, cols, values[5 * n : 5 * n + 5]]))
        return "\n\n".join(out)

    return _doc(parts, table)


def t3_chunks(parts: Parts, d: Draw) -> str:
    """Table 三 cut at page breaks into chunks under generic headers (项目 / 数据1 … 数据6 / 总计),
    the label columns collapsed into one, a page number between two chunks."""

    def table(t: str, grid: Grid) -> str:
        if t != "t3":
            return _pipe_rows(flat(grid))
        body = []
        for row in grid[3:]:
            labels = [c.text for c in row if not c.value]
            body.append(["".join(labels[-1:]) if len(labels) < 3 else labels[-1], *[c.text for c in row if c.value]])
        head = ["项目", *[f"数据{i}" for i in range(1, 7)], "总计"]
        cuts = sorted({d.int(3, len(body) - 3), d.int(8, len(body) - 2)})
        chunks, at = [], 0
        for cut in [*cuts, len(body)]:
            chunks.append(_pipe_rows([head, *body[at:cut]]))
            at = cut
        return f"\n\n— {d.int(2, 5)} —\n\n".join(chunks)

    return _doc(parts, table, "**")


def mineru(parts: Parts) -> str:
    def table(_t: str, grid: Grid) -> str:
        def span(c: G) -> str:
            return (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")

        return (
            "<table>"
            + "".join(
                "<tr>" + "".join(f"<td{span(c)}>{html.escape(c.text)}</td>" for c in row) + "</tr>" for row in grid
            )
            + "</table>"
        )

    return _doc(parts, table, "# ")


_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def ocr(parts: Parts, d: Draw) -> str:
    """An OCR'd scan: some numbers full-width, some with a space inside, 已→己 and 未→末 in labels."""

    def noisy(c: G) -> str:
        t = c.text
        if c.value and t.isdigit():
            k = d.int(0, 3)
            if k == 1:
                return t.translate(_FULL)
            if k == 2 and len(t) > 1:
                return t[0] + " " + t[1:]
            return t
        return t.replace("已获取", "己获取").replace("未经复议", "末经复议").replace("逾期未按", "逾期末按")

    def table(_t: str, grid: Grid) -> str:
        width, placed = place(grid)
        out = [[""] * width for _ in grid]
        for i, j, c in placed:
            out[i][j] = noisy(c)
        return _pipe_rows(out)

    return _doc(parts, table, "# ")


def _wide(s: str) -> int:
    return sum(2 if ch >= "\u1100" and unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def _wrap(s: str, width: int) -> list[str]:
    """`s` cut into lines of at most `width` display columns (pandoc wraps a multiline cell so)."""
    lines, cur = [], ""
    for ch in s:
        if cur and _wide(cur + ch) > width:
            lines.append(cur)
            cur = ""
        cur += ch
    return [*lines, cur] if cur or not lines else lines


def pandoc(parts: Parts, d: Draw) -> str:
    """As `pandoc -t markdown` writes an HTML table with no header row: no bars, a rule of dash groups
    (one a column, one space between) above and below, each cell padded inside its column's extent
    (a blank cell only spaces), numbers left- or right-aligned; 「—」 written 「---」 (smart
    punctuation). A simple table prints one line a row; a multiline one wraps long labels inside a
    narrower column and leaves a blank line between rows."""
    multiline = d.int(0, 1) == 1
    right = d.int(0, 1) == 1

    def table(_t: str, grid: Grid) -> str:
        rows = [[("---" if c == "—" else c) for c in r] for r in flat(grid)]
        n = len(rows[0])
        widths = [max(3, *(_wide(r[j]) for r in rows)) for j in range(n)]
        if multiline:
            widths = [min(w, 16) for w in widths]
        rule = "  " + " ".join("-" * w for w in widths)
        out = [rule]
        for r in rows:
            cells = [_wrap(c, widths[j]) if multiline else [c] for j, c in enumerate(r)]
            for k in range(max(len(c) for c in cells)):
                line = []
                for j, c in enumerate(cells):
                    text = c[k] if k < len(c) else ""
                    pad = " " * (widths[j] - _wide(text))
                    value = bool(text) and (text[0].isdigit() or text[0] in "-+")
                    line.append(pad + text if right and value else text + pad)
                out.append(("  " + " ".join(line)).rstrip())
            if multiline:
                out.append("")
        if multiline:
            out.pop()
        out.append(rule)
        return "\n".join(out)

    return _doc(parts, table)


def trafilatura(parts: Parts) -> str:
    """As trafilatura's Markdown writes a table: every row 「| a | b | 」 (a merged area's other
    positions empty cells, a space after the last bar) and no delimiter row under the first."""

    def table(_t: str, grid: Grid) -> str:
        return "\n".join("| " + " | ".join(r) + " | " for r in flat(grid))

    return _doc(parts, table)
