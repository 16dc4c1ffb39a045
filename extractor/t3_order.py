"""Table 三's applicant columns read by the names its header prints, not by position.

A report may print the 法人或其他组织 block in another order than the template's (商业企业, 科研机构,
社会公益组织, 法律服务机构, 其他) — 「科研机构 | 商业企业 | 法律服务机构 | …」 under the second header row.
Read by position, 商业企业's figures land under 科研机构 and every row still sums, so no identity
notices: silently wrong cells. Where the header names each of the seven columns once, the columns are
taken in the order it prints them; where it does not (no header, generic words, a name missing or
printed twice) the template's order stands, as before. The names are the table spec's
(`tablespec.T3_COL_NAMES`)."""

from __future__ import annotations

import re

from . import tablespec as ts

# 其他 alone is a column name; inside 「法人或其他组织」 or a row label 「其他处理」 it is not.
_OTHER = r"(?<!或)其他(?!组织|处理|情形)"
_NAMES = re.compile("|".join(_OTHER if n == "其他" else re.escape(n) for n in ts.T3_COL_NAMES))


def printed_order(header: str) -> tuple[int, ...] | None:
    """For each column of `ts.T3_COLS`, the position its cell has in a printed row, read off the
    header text above the first row label; None when the header does not name every column exactly
    once, or names them in the template's order. A two-row header prints 自然人 and 总计 in its
    first row (spanning both) and the 法人 block below: 自然人 then comes first and 总计 last."""
    found = [ts.T3_COL_NAMES[m.group()] for m in _NAMES.finditer(header)]
    if sorted(found) != sorted(ts.T3_COLS):
        found = _last_full_row(found)
        if found is None:
            return None
    legal = [k for k in found if k not in ("np", "tot")]
    first_row = found[: found.index(legal[0])]
    order = ["np", *legal, "tot"] if set(first_row) == {"np", "tot"} else found
    if tuple(order) == ts.T3_COLS:
        return None
    return tuple(order.index(k) for k in ts.T3_COLS)


def _last_full_row(found: list[str]) -> list[str] | None:
    """The last run of seven names that names each column once: the header's bottom row where a
    converter repeats a merged cell's text in every position it covers (docling: 「自然人 | 法人或其他组织
    ×5 | 总计」 over 「自然人 | 其他 | 社会公益组织 | … | 总计」 names 自然人 and 总计 twice)."""
    n = len(ts.T3_COLS)
    for k in range(len(found) - n, -1, -1):
        if sorted(found[k : k + n]) == sorted(ts.T3_COLS):
            return found[k : k + n]
    return None


def placed_order(header: list[tuple[str, float]]) -> tuple[int, ...] | None:
    """`printed_order` for a header laid out from positions (a PDF's text layer, a scan): its cells'
    texts with their x centres on the page. A name wrapped in its narrow column prints its head on one
    line and its rest on the next (「社会公」 over 「益组织」), and a one-line name stands on another
    line than the wrapped ones beside it (vertically centred), so the text read line by line names
    the columns in no order at all; across the page they stand where their columns do. A cell that is
    a name, or the head (two characters or more) of exactly one, places that column. None unless
    each of the seven is placed once, or when they stand in the template's order."""
    order = placed_names(header)
    if order is None or sorted(order) != sorted(ts.T3_COLS) or tuple(order) == ts.T3_COLS:
        return None
    return tuple(order.index(k) for k in ts.T3_COLS)


_ONE_COLUMN = 0.01  # of the page width: names whose centres stand closer are in one column


def placed_names(header: list[tuple[str, float]]) -> list[str] | None:
    """The columns a laid-out header names (see `placed_order`), left to right; None when it names one
    twice. Any number of them: a block of a table split into column blocks names only its own."""
    at: dict[str, float] = {}
    for text, x in header:
        names = [n for n in ts.T3_COL_NAMES if n == text or (len(text) >= 2 and n.startswith(text))]
        keys = {ts.T3_COL_NAMES[n] for n in names}
        if len(keys) != 1:
            continue
        (key,) = keys
        if key in at:
            return None  # a name printed twice: no order to read
        if any(abs(x - y) < _ONE_COLUMN for y in at.values()):
            return None  # two names in one column: stacked (a turned table's label column), not side by side
        at[key] = x
    return sorted(at, key=lambda k: at[k])
