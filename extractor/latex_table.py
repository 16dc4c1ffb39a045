r"""LaTeX `tabular` environments (Mathpix and other PDF→Markdown converters write tables this way)
as the pipe-table rows the Markdown reader takes: rows end at `\\`, cells at `&`, `\hline`/`\cline`
rules dropped, `\multicolumn{n}{…}{text}` one cell and n−1 empty ones (a merged area, as a pipe table
shows it), `\multirow{n}{…}{text}` its text. Without this, 「\multicolumn{3}{|c|}{780}」 reads as the
numbers 3 and 780."""

from __future__ import annotations

import re

_ENV = re.compile(r"\\begin\{tabular\}(?:\{[^{}]*\})?(.*?)\\end\{tabular\}", re.S)
_RULES = re.compile(r"\\(?:hline|toprule|midrule|bottomrule)|\\cline\{[^{}]*\}")
_MULTICOL = re.compile(r"\\multicolumn\{(\d+)\}\{[^{}]*\}\{")
_WRAP = re.compile(r"\\(?:(?:sub)*section\*?|textbf|textit|emph|title)\{([^{}]*)\}")
_MULTIROW = re.compile(r"\\multirow\{\d+\}\{[^{}]*\}\{")


def has_latex_table(text: str) -> bool:
    return "\\begin{tabular}" in text


def latex_to_pipe(text: str) -> str:
    """The tables as pipe rows, and the headings and emphasis the same converter wraps around the
    text (「\\section*{三、收到和处理…}」) as their text: a heading is found at the start of its line."""
    text = _ENV.sub(lambda m: _table(m.group(1)), text)
    return _WRAP.sub(r"\1", text)


def _table(body: str) -> str:
    rows = []
    for raw in re.split(r"\\\\", _RULES.sub("", body)):
        if not raw.strip():
            continue
        cells: list[str] = []
        for cell in _split_cells(raw):
            span, content = _unwrap(cell.strip())
            cells.append(content)
            cells.extend([""] * (span - 1))
        rows.append("| " + " | ".join(cells) + " |")
    if not rows:
        return ""
    width = max(r.count("|") - 1 for r in rows)
    return "\n" + "\n".join([rows[0], "|" + "---|" * width, *rows[1:]]) + "\n"


def _split_cells(row: str) -> list[str]:
    """`&` at brace depth 0 (an escaped `\\&` is text)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(row):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "&" and depth == 0 and (i == 0 or row[i - 1] != "\\"):
            out.append(row[start:i])
            start = i + 1
    out.append(row[start:])
    return out


def _unwrap(cell: str) -> tuple[int, str]:
    """(columns spanned, text) of one cell, through nested \\multicolumn/\\multirow wrappers."""
    span = 1
    while True:
        m = _MULTICOL.match(cell) or _MULTIROW.match(cell)
        if not m:
            return span, cell.replace("\\&", "&").replace("|", "｜")
        if m.re is _MULTICOL:
            span = int(m.group(1))
        cell = _inner(cell, m.end())


def _inner(cell: str, start: int) -> str:
    """The text of the braced argument that opens at `start` (its `{` just before)."""
    depth = 1
    for i in range(start, len(cell)):
        if cell[i] == "{":
            depth += 1
        elif cell[i] == "}":
            depth -= 1
            if depth == 0:
                return cell[start:i].strip()
    return cell[start:].strip()
