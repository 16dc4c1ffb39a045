"""Tables 三 and 四 printed turned, handed on in the order the parser reads tables as printed.

Some sites print table 三 with the applicant types (自然人, 商业企业 … 总计) as rows and the items
(本年新收, 上年结转, （一）予以公开 … 结转下年度) as columns, the items' labels across one to three
header rows (「（三）不予公开」 over 「1.属于国家秘密」 …). Read row by row, such a table gives 7
rows of 25 values the parser cannot place. The grid loaders (HTML, DOCX, Markdown) know each cell's
place on the grid, so a turned table is recognised there — by its header: the spec's item labels
across the header rows, the applicant labels down the first column(s) — and its tokens are handed on
column by column: each printed column becomes a row of the stream (its header cells as the row's
label, then its values top to bottom), the label columns become the header rows. Only the order of
the tokens changes: every token still points at its cell in the text as printed, so a value's span
is where the reader sees it. A table that is not clearly turned (the item labels not all above the
applicant rows, an applicant label in two rows) is left as printed.

Table 四 turned (行政复议 / 未经复议直接起诉 / 复议后起诉 as rows, the five results as columns) reads
in the spec's order row by row, but its kind labels between the values would be taken for a
sub-table's header (and a converter's blank slots under a merged 行政诉讼 for cells): it is handed on
as table 四 is printed — the kinds in the header, the 15 values in one row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import tablespec as ts
from .document import Token
from .normalize import PAGE_FOOT, squash

_APPLICANTS = ts.T3_COL_NAMES
_ORGS = ts.T3_ORGS_HEAD  # 法人或其他组织: the group over biz … oth, a label column cell too


def _item_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((key, re.compile(pattern)) for key, pattern in ts.T3_LABEL_PATTERNS.items())


_ITEMS = _item_patterns()
_MIN_ITEMS = 10  # distinct item labels across the header (GF2019 prints 20 columns, GF2021 25)
_MIN_APPLICANTS = 5  # distinct applicant labels down the label columns (of 7)
_MIN_WIDTH = 12  # columns: a turned table 三 is wide (as printed it is ~10 wide, ~28 high)
_T4_MIN_WIDTH = 6  # a turned table 四: a label column and the five result columns


def _item(text: str) -> str | None:
    s = squash(text)
    for key, rx in _ITEMS:
        if rx.match(s):
            return key
    return None


Slots = Sequence[Sequence[int | None]]  # slots[r][c]: index (in the token list) of the cell covering it
Rows = list[list[Token]]

_T4_KINDS = {
    "行政复议": "rv",
    "行政诉讼": "lit",
    "未经复议直接起诉": "ld",
    "末经复议直接起诉": "ld",
    "复议后起诉": "lr",
}
_T4_COLS = frozenset(ts.T4_COL_LABELS.values())


_T2_MAX_HEIGHT = 4  # a turned block of table 二: its row labels across, at most three quantities down


def may_turn(width: int, height: int) -> bool:
    """Whether a table of this shape may be printed turned (the loaders ask before laying out its
    slots): wider than high (table 三 or 四), or a block of table 二 a few rows high."""
    return width > height or 2 <= height <= _T2_MAX_HEIGHT


def turn(tokens: list[Token], slots: Slots, only_t3: bool = False) -> bool:
    """Reorders, in place, the tokens of one table laid out on `slots` (the last tokens of the list)
    when it is a table 二, 三 or 四 printed turned (`only_t3`: 三 only); returns whether it did. A token no slot names (a
    merged cell a loader repeated in each row it spans) is dropped from a turned table: a cell is
    read once, where it starts."""
    height = len(slots)
    width = max((len(row) for row in slots), default=0)
    wide = width > height and width >= _T4_MIN_WIDTH
    if not wide and not (2 <= height <= _T2_MAX_HEIGHT and width >= 2):
        return False  # (most tables: nothing read)
    starts: dict[int, tuple[int, int]] = {}  # token → the slot where its cell starts
    for r, row in enumerate(slots):
        for c, t in enumerate(row):
            if t is not None and t not in starts:
                starts[t] = (r, c)
    at = {rc: t for t, rc in starts.items()}
    shape = _t3_shape(tokens, starts) if wide and width >= _MIN_WIDTH else None
    if shape is None and only_t3:
        return False  # (two tables joined: only a turned table 三 is read across them)
    if shape is not None:
        rows = _columns_as_rows(tokens, at, width, height, *shape)
    elif wide and (turned4 := _t4_shape(tokens, starts)) is not None:
        rows = _kinds_as_header(tokens, at, width, height, *turned4)
    elif height <= _T2_MAX_HEIGHT and _t2_turned(tokens, at, width, height):
        rows = [[tokens[t] for r in range(height) if (t := at.get((r, c))) is not None] for c in range(width)]
    else:
        return False
    out: list[Token] = []
    for row in rows:
        end = len(row) - 1
        out += [Token(t.text, t.start, t.end, i == end, t.blank, i == 0) for i, t in enumerate(row)]
    tokens[min(starts) :] = out
    return True


# What may stand between two parts of a table a page end cut: the page's number (「— 7 —」「第4页 共6页」,
# a bare 「7」, after the report's title), nothing else.
_PAGE_NUMBER = re.compile(r"\d{1,3}")


def turn_paged(out, slots: Slots) -> bool:
    """`turn` for a loader laying out tables one by one into `out` (a TextBuilder), the table's tokens
    last: when nothing but a page's number stands between the table before and this one (a page end;
    or a header printed as a table of its own over the body's, element-ui), the two are first
    tried as one table (the second's leading rows that repeat the first's — a header repeated atop the
    page — read once) and read so when that is a table printed turned; else this one alone."""
    tokens: list[Token] = out.tokens
    first = min((t for row in slots for t in row if t is not None), default=len(tokens))
    own = [[None if t is None else t - first for t in row] for row in slots]
    original = tokens[first:]
    prev, out.last_table = out.last_table, None
    if prev is not None and _joins(tokens, prev, first, own, original):
        return True
    done = turn(tokens, slots)
    out.last_table = (first, original, own, len(tokens))
    return done


def repeated_head(first: Sequence[Sequence[str]], second: Sequence[Sequence[str]]) -> int:
    """How many of the second part's leading rows (their cells' texts) repeat the first part's: a table's
    header printed again atop the page its body goes on to, read once when the two parts are joined. One
    row of the second part at least is its own. The one rule of every join of a table a page cut
    (`turn_paged` here, the ruled grid's and the unruled page's in extractor/ocr_layout.py)."""
    skip = 0
    while skip < min(len(first), len(second)) - 1 and list(second[skip]) == list(first[skip]):
        skip += 1
    return skip


def _joins(tokens: list[Token], prev, first: int, own: list[list[int | None]], original: list[Token]) -> bool:
    start, before, rows, end = prev
    between = tokens[end:first]
    if len(between) > 2 or not all(is_page_number(t.text) for t in between):
        return False
    header = _words_only(before)
    if len(rows) < 2 and not header or max(map(len, rows)) != max(map(len, own), default=0):
        return False

    def texts(grid, toks, r):
        return [toks[t].text for t in dict.fromkeys(grid[r]) if t is not None]

    skip = repeated_head(
        [texts(rows, before, r) for r in range(len(rows))], [texts(own, original, r) for r in range(len(own))]
    )
    kept = sorted({t for row in own[skip:] for t in row if t is not None})
    if any(t in kept for row in own[:skip] for t in row if t is not None):
        return False  # (a cell merged across the repeated header and the body)
    at = {t: len(before) + n for n, t in enumerate(kept)}
    seg = before + [original[t] for t in kept]
    slots = [*rows, *([None if t is None else at[t] for t in row] for row in own[skip:])]
    if not turn(seg, slots, only_t3=not header):
        return False
    tokens[start:] = seg
    return True


def _words_only(tokens: list[Token]) -> bool:
    """A table of header cells only (element-ui prints a table's header rows as a table of their own):
    joined to the body after it, any table printed turned is read across the two — not only 三."""
    return all(t.blank or not _VALUE.fullmatch(squash(t.text)) for t in tokens)


def is_page_number(text: str) -> bool:
    s = text.strip()
    return bool(PAGE_FOOT.fullmatch(s) or _PAGE_NUMBER.fullmatch(s))


def _columns_as_rows(
    tokens: list[Token], at: dict[tuple[int, int], int], width: int, height: int, head: int, labels: int, last: int
) -> Rows:
    """A turned table 三 column by column: each label column a header row (its filled cells), each
    item column a row (its filled header cells, then every value slot top to bottom, blanks too);
    rows under the table (a note) as printed."""
    rows: Rows = []
    for c in range(labels):
        rows.append([tokens[t] for r in range(last + 1) if (t := _label(tokens, at, r, c)) is not None])
    for c in range(labels, width):
        row = [tokens[t] for r in range(head) if (t := _label(tokens, at, r, c)) is not None]
        row += [tokens[t] for r in range(head, last + 1) if (t := at.get((r, c))) is not None]
        rows.append(row)
    for r in range(last + 1, height):
        rows.append([tokens[t] for c in range(width) if (t := at.get((r, c))) is not None])
    return rows


def _kinds_as_header(
    tokens: list[Token],
    at: dict[tuple[int, int], int],
    width: int,
    height: int,
    head: int,
    labels: int,
    kinds: list[int],
) -> Rows:
    """A turned table 四 as table 四 is printed: its header rows, then its kind labels as one more
    header row, then the value slots of the three kind rows (rv, ld, lr) as one row of 15, blanks
    too; rows under the table (a note) as printed."""
    rows: Rows = []
    for r in range(head):
        rows.append([tokens[t] for c in range(width) if (t := at.get((r, c))) is not None])
    last = kinds[-1]
    rows.append(
        [tokens[t] for r in range(head, last + 1) for c in range(labels) if (t := _label(tokens, at, r, c)) is not None]
    )
    rows.append([tokens[t] for r in kinds for c in range(labels, width) if (t := at.get((r, c))) is not None])
    for r in range(last + 1, height):
        rows.append([tokens[t] for c in range(width) if (t := at.get((r, c))) is not None])
    return rows


def _label(tokens: list[Token], at: dict[tuple[int, int], int], r: int, c: int) -> int | None:
    """The label cell starting at (r, c), unless it is blank or repeats the cell left of it or above
    it (a merged label a converter printed in each slot it covers: docling): a label is read once."""
    t = at.get((r, c))
    if t is None or tokens[t].blank:
        return None
    text = tokens[t].text
    for rc in ((r, c - 1), (r - 1, c)):
        if (o := at.get(rc)) is not None and tokens[o].text == text:
            return None
    return t


def _labels(tokens: list[Token], starts: dict[int, tuple[int, int]], classify) -> list[tuple[int, int, str]]:
    """(row, column, key) of every filled, non-numeric cell `classify` names."""
    out: list[tuple[int, int, str]] = []
    for t, (r, c) in starts.items():
        tok = tokens[t]
        if tok.blank or tok.text.isdigit():
            continue
        key = classify(squash(tok.text))
        if key is not None:
            out.append((r, c, key))
    return out


_GROUP_SEPARATORS = "-—－–·・/／:：、()（）"


def _t3_label(s: str) -> str | None:
    if s in _APPLICANTS:
        return "a:" + _APPLICANTS[s]
    if s == _ORGS:
        return "a:orgs"
    # 「法人或其他组织-商业企业」: the merged group unmerged by an export, its name written before each of
    # its columns' own (any separator, or brackets around the column's)
    if s.startswith(_ORGS) and (own := s[len(_ORGS) :].strip(_GROUP_SEPARATORS)) in _APPLICANTS:
        return "a:" + _APPLICANTS[own]
    return _item(s) if len(s) > 2 else None


def _t3_shape(tokens: list[Token], starts: dict[int, tuple[int, int]]) -> tuple[int, int, int] | None:
    """(header rows, label columns, last applicant row) of a turned table 三, else None. Turned
    means: 自然人 heads a row in the first columns; at least `_MIN_ITEMS` distinct item labels stand
    in the rows above it, all right of it; at least `_MIN_APPLICANTS` distinct applicant labels, none
    twice, stand down the columns left of the first item, and no item label stands there. A table
    三 as printed has the applicant labels above the items: it never passes."""
    if not any("自然人" in tokens[t].text for t in starts):
        return None  # (a table 四 as printed, wide too: no label matched)
    found = _labels(tokens, starts, _t3_label)
    applicants = [(r, c, k[2:]) for r, c, k in found if k.startswith("a:")]
    items = [(r, c, k) for r, c, k in found if not k.startswith("a:")]
    natural = sorted((r, c) for r, c, key in applicants if key == "np")
    if len({r for r, _ in natural}) != 1:  # (one row: a converter may repeat it across its slots)
        return None
    head, col = natural[0]
    above = [(c, key) for r, c, key in items if r < head]
    if len({key for _, key in above}) < _MIN_ITEMS or any(c <= col for c, _ in above):
        return None
    labels = min(c for c, _ in above)
    # (a set: a converter may repeat a merged label in each slot of its row)
    down = {(r, key) for r, c, key in applicants if c < labels and r >= head}
    keys = [key for _, key in down if key != "orgs"]
    if len(set(keys)) < _MIN_APPLICANTS or len(keys) != len(set(keys)):
        return None
    if any(c < labels and r >= head for r, c, _ in items):
        return None
    return head, labels, max(r for r, _ in down)


# The item keys in the order a table 三's columns print them when turned: a group header before its
# first sub-item (「（三）不予公开」 over 「1.属于国家秘密」). GF2019 prints 「（六）其他处理」 as a column of
# its own, GF2021 as a group over three.
_T3_ORDER = tuple(
    dict.fromkeys(
        k
        for rows in (ts.T3_GF2021.rows, ts.T3_GF2019.rows)
        for r in rows
        for k in ((r.parent, r.key) if r.parent else (r.key,))
    )
)
_T3_RANK = {k: i for i, k in enumerate(_T3_ORDER)}


_SECOND_ROW = frozenset("a:" + k for k in ts.T3_APPLICANTS if k != "np")  # under 法人或其他组织


def turn_ragged(tokens: list[Token], rows: Sequence[range]) -> bool:
    """A turned table 三 whose converter dropped merged cells' slots (html2text's Markdown): each
    header row lists only the labels that start in it, left-aligned (「申请人情况 | 一、… | 二、… | 三、…」,
    then 「（一）… （七）」, then 「1.属于国家秘密 … 3.其他」), so no label stands over its column. Read
    when the labels give the template's columns, every header row in the template's order (a table
    printed in another order is left as printed), and every applicant row — 自然人 … 总计, in the
    template's order — prints one value a column; each column is handed on as a row (its group label
    and label, then its values top to bottom), the applicant labels as two header rows."""
    cells = [[tokens[t] for t in r] for r in rows]
    head = next((i for i, row in enumerate(cells) if any(squash(t.text) == "自然人" for t in row)), 0)
    if not head:
        return False
    found: dict[str, Token] = {}
    for row in cells[:head]:
        keys = [(k, t) for t in row if not t.blank and (k := _t3_label(squash(t.text))) and not k.startswith("a:")]
        ranks = [_T3_RANK[k] for k, _ in keys]
        if ranks != sorted(set(ranks)) or not found.keys().isdisjoint(k for k, _ in keys):
            return False
        found.update(keys)
    spec = ts.T3_GF2021 if any(k.startswith("r6_") for k in found) else ts.T3_GF2019
    leaves = [r.key for r in spec.rows]
    parents = {r.parent for r in spec.rows if r.parent}
    if set(leaves) - found.keys() or set(found) - set(leaves) - parents:
        return False
    # (a group column holds values too where the report prints its subtotals)
    widths = {len(leaves): leaves, len(found): sorted(found, key=_T3_RANK.__getitem__)}
    labels: list[Token] = []
    applicants: list[str] = []
    values: list[list[Token]] = []
    last = head
    for i in range(head, len(cells)):
        row = cells[i]
        named = [
            (n, k[2:]) for n, t in enumerate(row) if not t.blank and (k := _t3_label(squash(t.text))) and k[:2] == "a:"
        ]
        if not named:
            break
        end = named[-1][0] + 1
        if len(row) - end not in widths or any(not t.blank and _VALUE.fullmatch(squash(t.text)) for t in row[:end]):
            return False
        labels += [t for t in row[:end] if not t.blank]
        applicants += [k for _, k in named if k != "orgs"]
        values.append(row[end:])
        last = i
        if applicants[-1:] == ["tot"]:
            break
    if applicants != list(ts.T3_COLS) or len({len(v) for v in values}) != 1:
        return False
    columns = widths[len(values[0])]
    second = [t for t in labels if _t3_label(squash(t.text)) in _SECOND_ROW]
    out: list[list[Token]] = [[t for t in labels if t not in second], second]
    seen: set[str] = set(columns)
    for n, key in enumerate(columns):
        parent = next((r.parent for r in spec.rows if r.key == key), "")
        row = [found[parent]] if parent and parent not in seen and parent in found else []
        seen.add(parent)
        out.append([*row, found[key], *(v[n] for v in values)])
    out += cells[last + 1 :]
    flat: list[Token] = []
    for row in out:
        end = len(row) - 1
        flat += [Token(t.text, t.start, t.end, i == end, t.blank, i == 0) for i, t in enumerate(row)]
    tokens[rows[0].start :] = flat
    return True


def _t4_label(s: str) -> str | None:
    if s in _T4_KINDS:
        return "k:" + _T4_KINDS[s]
    return s if s in _T4_COLS else None


def _t4_shape(tokens: list[Token], starts: dict[int, tuple[int, int]]) -> tuple[int, int, list[int]] | None:
    """(header rows, label columns, [the rows of 行政复议, 未经复议直接起诉, 复议后起诉]) of a turned
    table 四, else None: the three kinds head rows, once each and in that order, in the first
    columns; the five column labels (结果维持 … 总计) stand in the rows above 行政复议, all right of
    every kind label, and none below it; between the three, no other row holds a value (a row of its
    own for 行政诉讼 holds none). A table 四 as printed has the kinds in its header rows: it never
    passes."""
    found = _labels(tokens, starts, _t4_label)
    kinds = [(r, c, k[2:]) for r, c, k in found if k.startswith("k:")]
    cols = [(r, c, k) for r, c, k in found if not k.startswith("k:")]
    rows = []
    for group in ts.T4_GROUPS:
        at = list({r for r, _, k in kinds if k == group})
        if len(at) != 1:
            return None
        rows.append(at[0])
    if rows != sorted(set(rows)):
        return None
    head = rows[0]
    above = [(c, k) for r, c, k in cols if r < head]
    if len({k for _, k in above}) < len(_T4_COLS) or any(r >= head for r, _, _ in cols):
        return None
    labels = min(c for c, _ in above)
    if any(c >= labels for r, c, _ in kinds if r >= head):
        return None
    for t, (r, c) in starts.items():  # another row between the kinds with a value: not this shape
        if head < r < rows[-1] and r not in rows and c >= labels and not tokens[t].blank:
            return None
    return head, labels, rows


def _t2_patterns() -> tuple[re.Pattern[str], ...]:
    rows = (*ts.T2_GF2021.rows, *ts.T2_GF2019.rows)
    return tuple(re.compile(p) for p in dict.fromkeys(r.pattern for r in rows))


_T2_ROWS = _t2_patterns()
_T2_COLS = re.compile("|".join(ts.T2_HEADER_WORDS.values()))
_VALUE = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?|[/／—\-–]*|无")


def _t2_turned(tokens: list[Token], at: dict[tuple[int, int], int], width: int, height: int) -> bool:
    """A block of table 二 printed turned: its row labels (规章, 行政规范性文件 …; the spec's row
    patterns) across the first row, right of a corner (「信息内容」 or nothing); its quantities
    (本年制发件数 …; the spec's header words) down the first column; values, placeholders or blanks
    everywhere else. A block as printed has the quantities across its first row: it never passes."""

    def text(r: int, c: int) -> str | None:
        t = at.get((r, c))
        return None if t is None else squash(tokens[t].text)

    across = [text(0, c) for c in range(1, width)]
    if not across or any(not s or not any(rx.fullmatch(s) for rx in _T2_ROWS) for s in across):
        return False
    down = [text(r, 0) for r in range(1, height)]
    if any(not s or not _T2_COLS.search(s) or any(rx.fullmatch(s) for rx in _T2_ROWS) for s in down):
        return False
    return all((s := text(r, c)) is None or _VALUE.fullmatch(s) for r in range(1, height) for c in range(1, width))


def turned_order(texts: Sequence[str], slots: Slots) -> list[list[int]] | None:
    """For a table laid out from positions (a PDF's ruled grid, a scan's): the rows, as indices into
    `texts` (the cells in the order their rows print them, `slots` naming them), that `turn` reads
    it in when it is printed turned; None when it is not. The layout emits its rows in this order."""
    height = len(slots)
    width = max((len(row) for row in slots), default=0)
    if not may_turn(width, height):
        return None
    tokens = [Token(t, i, i + 1, blank=not t.strip()) for i, t in enumerate(texts)]
    if not turn(tokens, slots):
        return None
    rows: list[list[int]] = [[]]
    for t in tokens:
        rows[-1].append(t.start)
        if t.row_end:
            rows.append([])
    return [r for r in rows if r]
