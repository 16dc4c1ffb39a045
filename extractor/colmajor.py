"""Tables 三 and 二 copied column by column, one cell a line, handed on row by row.

Selecting a table in some PDF viewers, or a screen reader's table export, gives its cells one a line
in column order: the label columns top to bottom (「一、本年新收…」「二、上年结转…」「三、本年度办理结果」
「四、结转下年度…」, then 「（一）予以公开」 … 「（七）总计」, then 「1.属于国家秘密」 …), then each
applicant column — its name (「自然人」, 「法人或其他组织」 over 「商业企业」 …, 「总计」) followed by
its values top to bottom. Read as printed, no value stands beside its label.

Such a copy is read only where nothing is guessed: every row label of the template's table 三
printed in the label block, each of the seven applicant columns named once, in the template's
order, each followed by exactly one value per row (a number, or a placeholder), and the values so
placed keeping every identity of table 三 (H1–H3): a column's values are its cells top to bottom, so
the template's row order places them, and the identities confirm it. Then the tokens are handed on
as rows (a label, then its seven values); every token still points at its line in the text as
printed. Anything else is left as printed (the parser's own doubts say what it could not read).

Table 二 so copied (`t2_rows_from_columns`) has no identity to confirm it, so its shape must: the label
column (each article 「第二十条第（x）项」, 「信息内容」, the rows' labels — every row of the template's
table 二 once, in order), then each value column block by block: the block's name of that column
(「本年制发件数」; a name merged across columns, 「本年处理决定数量」, with its first) followed by exactly
one value per row of the block. Every name must say its column (`tablespec.T2_HEADER_WORDS`).
"""

from __future__ import annotations

import dataclasses
import re

from . import tablespec as ts
from .document import Token
from .normalize import PLACEHOLDERS, parse_number, squash, squash_all
from .turned import _item

_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_HEADERS = frozenset((ts.T3_APPLICANTS_HEAD, ts.T3_ORGS_HEAD, squash(ts.T3_NOTE)))


def _cell(text: str) -> bool:
    s = squash(text)
    return bool(_NUMBER.fullmatch(s)) or (s in PLACEHOLDERS and s != "")


def rows_from_columns(tokens: list[Token]) -> list[Token] | None:
    """The tokens with a table 三 copied column by column put back in rows, or None when there is
    none (or it cannot be read without guessing)."""
    np = ts.T3_COL_LABELS["np"]
    # a line that squashes to 「自然人」 holds its 「人」 as printed (folding makes ASCII, spaces and
    # 「他」, never a 「人」): only such lines are squashed to find out whether there is one at all
    if not any(np[-1] in t.text and squash(t.text) == np for t in tokens):
        return None  # (no 「自然人」 line: nothing to squash the whole text for)
    names = squash_all([t.text for t in tokens])
    starts = [i for i, s in enumerate(names) if s == np]
    for at in starts:
        out = _turn_at(tokens, names, at)
        if out is not None:
            return out
    return None


def _turn_at(tokens: list[Token], names: list[str], at: int) -> list[Token] | None:
    """The column block starting at `at` (a 「自然人」 line) and the label block before it."""
    columns: list[list[int]] = []
    heads: list[int] = []
    i = at
    for col in ts.T3_COLS:
        while i < len(names) and names[i] in _HEADERS:
            heads.append(i)
            i += 1
        if i >= len(names) or names[i] != ts.T3_COL_LABELS[col]:
            return None
        heads.append(i)
        i += 1
        values: list[int] = []
        while i < len(names) and _cell(names[i]):
            values.append(i)
            i += 1
        columns.append(values)
    height = len(columns[0])
    if any(len(c) != height for c in columns):
        return None
    spec = next((s for s in (ts.t3_spec(False), ts.t3_spec(True)) if len(s.rows) == height), None)
    if spec is None:
        return None
    labels = _labels(names, at, spec)
    if labels is None:
        return None
    first = min(labels.values())
    placed = {
        f"t3.{r.key}.{c}": parse_number(squash(tokens[columns[j][k]].text)) or 0
        for k, r in enumerate(spec.rows)
        for j, c in enumerate(ts.T3_COLS)
    }
    for eq in ts.t3_equations(spec):
        if abs(sum(placed[x] for x in eq.lhs) - sum(placed[x] for x in eq.rhs)) > ts.EQUATION_TOLERANCE:
            return None  # the values do not sit where the template's order puts them: not read
    loose = [tokens[k] for k in range(first, i) if k not in labels.values() and not any(k in c for c in columns)]
    rows: list[Token] = []
    for k, r in enumerate(spec.rows):
        cells = [tokens[labels[r.key]]] + [tokens[columns[j][k]] for j in range(len(ts.T3_COLS))]
        rows += _row(cells)
    return tokens[:first] + loose + rows + tokens[i:]


def _labels(names: list[str], at: int, spec: ts.TableSpec) -> dict[str, int] | None:
    """Each data row's label line in the block just before the columns: every row of `spec` once."""
    keys = {r.key for r in spec.rows}
    found: dict[str, int] = {}
    k = at - 1
    while k >= 0 and at - k <= 3 * len(spec.rows):
        s = names[k]
        if _cell(s):
            break
        key = _item(s)
        if key in keys:
            if key in found:
                return None  # a row named twice: not one label column
            found[key] = k
        k -= 1
    return found if len(found) == len(keys) else None


def t2_rows_from_columns(tokens: list[Token]) -> list[Token] | None:
    """The tokens with a table 二 copied column by column put back in rows (each block: its article
    line, its header row, its rows), or None when there is none (or it cannot be read without
    guessing)."""
    names = squash_all([t.text for t in tokens])
    for template in ("GF2021", "GF2019"):
        spec = ts.t2_spec(template)
        last = re.compile(spec.rows[-1].pattern)
        first = re.compile(ts.T2_HEADER_WORDS[spec.rows[0].cols[0]])
        for at in range(1, len(names)):  # (the label's fullmatch first: it fails at once, a search reads the line)
            if last.fullmatch(names[at - 1]) and first.search(names[at]):
                out = _t2_turn_at(tokens, names, at, template)
                if out is not None:
                    return out
    return None


def _t2_turn_at(tokens: list[Token], names: list[str], at: int, template: str) -> list[Token] | None:
    """The column blocks starting at `at` (the first block's first column name) and the label
    column just before it."""
    spec = ts.t2_spec(template)
    groups = [[spec.row(k) for k in keys] for _, keys in ts.t2_groups(template)]
    heads: dict[tuple[int, int], int] = {}  # (block, column) → the name's token
    values: dict[tuple[str, int], int] = {}  # (row key, column) → the value's token
    i = at
    for j in range(max(len(r.cols) for r in spec.rows)):
        for g, rows in enumerate(groups):
            if len(rows[0].cols) <= j:
                continue  # this block's last name spans this column: printed with the one before
            if i >= len(names) or _cell(names[i]) or not re.search(ts.T2_HEADER_WORDS[rows[0].cols[j]], names[i]):
                return None
            heads[g, j] = i
            i += 1
            for r in rows:
                if i >= len(names) or not _cell(names[i]):
                    return None  # a block's column short of its rows (an empty cell left no line)
                values[r.key, j] = i
                i += 1
    if i < len(names) and _cell(names[i]):
        return None  # more values than the rows hold
    found = _t2_labels(names, at, spec)
    if found is None:
        return None
    start, labels = found
    row_of = {k: key for key, k in labels.items()}
    block_of = {r.key: g for g, rows in enumerate(groups) for r in rows}
    out = tokens[:start]
    content: Token | None = None  # the block's 「信息内容」, the first cell of its header row
    block = -1
    for k in range(start, at):
        key = row_of.get(k)
        if key is None:
            if names[k] == ts.T2_CONTENT_HEAD and content is None:
                content = tokens[k]
            else:
                out.append(tokens[k])
            continue
        if block_of[key] != block:  # a block's first row: its header row before it
            block = block_of[key]
            head = [tokens[heads[block, j]] for j in range(len(groups[block][0].cols))]
            out += _row(([content] if content is not None else []) + head)
            content = None
        out += _row([tokens[k]] + [tokens[values[key, j]] for j in range(len(spec.row(key).cols))])
    return out + tokens[i:]


_T2_ARTICLE = re.compile(r"第二十条第\([一二三四五六七八九十]+\)项")


def _t2_labels(names: list[str], at: int, spec: ts.TableSpec) -> tuple[int, dict[str, int]] | None:
    """The label column just before `at`: (its first line, each row's label line), when it holds
    only articles, 「信息内容」 and row labels, and every row of `spec` once, in order."""
    patterns = [(r.key, re.compile(r.pattern)) for r in spec.rows]
    found: dict[str, int] = {}
    k = at - 1
    while k >= 0:
        s = names[k]
        key = next((key for key, rx in patterns if rx.fullmatch(s)), None)
        if key is not None:
            if key in found:
                break  # a row named twice: not one label column
            found[key] = k
        elif s != ts.T2_CONTENT_HEAD and not _T2_ARTICLE.fullmatch(s):
            break
        k -= 1
    if len(found) < len(spec.rows):
        return None
    order = [found[r.key] for r in spec.rows]
    if order != sorted(order):
        return None
    return k + 1, found


def _row(cells: list[Token]) -> list[Token]:
    """`cells` as one row of the table."""
    return [dataclasses.replace(t, row_start=n == 0, row_end=n == len(cells) - 1) for n, t in enumerate(cells)]
