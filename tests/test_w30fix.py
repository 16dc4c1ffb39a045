"""wild30's lost families, as families (inputs written here, not the wild30 files).

1. Table 三 with its seven columns in the REVERSE of the template's order under one header row
   (「项目 | 总计 | 其他 | … | 自然人」): no 「申请人情况」 above it, so the table is found at its first row; its
   header stands above that row and is read for the columns' order (tables._header_above). Read by
   position every row still summed: silently wrong cells. A reversed header with a name it cannot match
   is no order: the rows are left unread with a doubt, never read in the template's order.
2. Table 三 too wide for the page, cut by its columns into two tables: the first with the row labels, the
   second with the remaining columns and 总计 and NO row labels. Its rows are the first's by position
   when the row counts agree and its header names its columns (colsplit._joined_to_labels); a second
   table whose rows do not line up is not joined (its figures unread, never put on other rows)."""

from __future__ import annotations

import pytest

from extractor import tablespec as ts
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from tests.reportgen import (
    PREAMBLE_FORM,
    SECTION1_FORM,
    SECTION2,
    SECTION3,
    SECTION4,
    TAIL,
    _table as table,  # noqa: PLC2701 — the fixture's own table printer
    consistent_values,
    table_rows,
)

FORMS = ("html", "markdown", "pipe")
SUFFIX = {"html": "html", "markdown": "md", "pipe": "txt"}
N = len(ts.T3_COLS)


def _report(parts3: list[str], rows: dict[str, list[list[str]]], form: str) -> bytes:
    parts = [
        PREAMBLE_FORM.format(agency="测试县人民政府", year=2023),
        SECTION1_FORM.format(year=2023, level="县", published=1234).format(new=5),
        SECTION2,
        table(rows["t2"], form),
        SECTION3,
        *parts3,
        SECTION4,
        table(rows["t4"], form),
        TAIL,
    ]
    if form == "html":
        body = "".join(
            p if p.startswith("<table") else "".join(f"<p>{ln}</p>" for ln in p.split("\n") if ln) for p in parts
        )
        return f"<html><body>{body}</body></html>".encode()
    return "".join(parts).encode()


def _t3_rows(v: dict) -> list[tuple[str, list[str]]]:
    """Table 三's rows as (label, the seven figures in the template's order), each group's heading a row of
    its own printed blank (as a page that does not merge cells prints it)."""
    out: list[tuple[str, list[str]]] = []
    done: set[str] = set()
    for r in ts.t3_spec(False).rows:
        if r.key == "r1":
            out.append((ts.T3_RESULTS_HEAD, [""] * N))
        if r.parent and r.parent != r.key and r.parent not in done:
            done.add(r.parent)
            out.append((ts.T3_GROUP_HEADERS[r.parent].label, [""] * N))
        out.append((r.label, [str(int(v[f"t3.{r.key}.{c}"])) for c in ts.T3_COLS]))
    return out


def _t3_cells(data: bytes, name: str):
    report = extract_bytes(data, name)
    return report, {c.key: c.value for c in report.cells if c.key.startswith("t3.")}


def _reversed(v: dict, names: dict[str, str] | None = None) -> list[list[str]]:
    cols = list(reversed(ts.T3_COLS))
    labels = {**ts.T3_COL_LABELS, **(names or {})}
    rows = [["项目", *(labels[c] for c in cols)]]
    for label, figures in _t3_rows(v):
        by_key = dict(zip(ts.T3_COLS, figures))
        rows.append([label, *(by_key[c] for c in cols)])
    return rows


@pytest.mark.parametrize("form", FORMS)
def test_columns_reversed_under_one_header_row(form):
    v = consistent_values(7)
    rows = table_rows(v)
    report, got = _t3_cells(_report([table(_reversed(v), form)], rows, form), f"r.{SUFFIX[form]}")
    wrong = {k: (got.get(k), want) for k, want in v.items() if k.startswith("t3.") and got.get(k) != want}
    assert not wrong, wrong
    assert not [f for f in report.findings if f.where.startswith("t3")], [f.message for f in report.findings]


@pytest.mark.parametrize("form", FORMS)
def test_a_reversed_header_it_cannot_match_is_never_read_in_the_templates_order(form):
    """One name the header prints is none of the template's (「律师事务所」 for 法律服务机构): the columns'
    order is not settled — no cell read by position (missing, with a doubt), none wrong."""
    v = consistent_values(7)
    rows = table_rows(v)
    t3 = table(_reversed(v, {"law": "律师事务所"}), form)
    report, got = _t3_cells(_report([t3], rows, form), f"r.{SUFFIX[form]}")
    wrong = {k: (got.get(k), want) for k, want in v.items() if k.startswith("t3.") and got.get(k) not in (None, want)}
    assert not wrong, wrong
    assert any(got.get(k) is None for k in v if k.startswith("t3."))
    assert [f for f in report.findings if f.check == "D1" and f.where.startswith("t3")]


def _vsplit(v: dict, cut: int, drop_last: bool = False) -> tuple[list[list[str]], list[list[str]]]:
    first = [["项目", *(ts.T3_COL_LABELS[c] for c in ts.T3_COLS[:cut])]]
    second = [[ts.T3_COL_LABELS[c] for c in ts.T3_COLS[cut:]]]
    for label, figures in _t3_rows(v):
        first.append([label, *figures[:cut]])
        second.append(figures[cut:])
    if drop_last:
        second = second[:-1]
    return first, second


@pytest.mark.parametrize("form", ("html", "markdown"))
@pytest.mark.parametrize("cut", (3, 5))
def test_a_column_block_without_row_labels_reads_by_the_first_blocks_rows(form, cut):
    v = consistent_values(11)
    rows = table_rows(v)
    first, second = _vsplit(v, cut)
    parts3 = ["（一）申请人为自然人等\n", table(first, form), "（二）其余申请人及总计\n", table(second, form)]
    report, got = _t3_cells(_report(parts3, rows, form), f"r.{SUFFIX[form]}")
    wrong = {k: (got.get(k), want) for k, want in v.items() if k.startswith("t3.") and got.get(k) != want}
    assert not wrong, wrong
    assert not [f for f in report.findings if f.where.startswith("t3")], [f.message for f in report.findings]


@pytest.mark.parametrize("form", ("html", "markdown"))
def test_a_column_block_whose_rows_do_not_line_up_is_not_joined(form):
    """The second block one row short: its rows cannot be the first's by position — not joined onto them.
    (What table 三 then reads of the first block alone is the glued-row reader's: a row of three figures
    is split by the identities or left out, not this module's.)"""
    v = consistent_values(11)
    rows = table_rows(v)
    first, second = _vsplit(v, 3, drop_last=True)
    parts3 = ["（一）申请人为自然人等\n", table(first, form), "（二）其余申请人及总计\n", table(second, form)]
    assert _new_row_cells(_report(parts3, rows, form)) == 1 + 3
    whole = ["（一）申请人为自然人等\n", table(first, form), "（二）其余申请人及总计\n", table(_vsplit(v, 3)[1], form)]
    assert _new_row_cells(_report(whole, rows, form)) == 1 + N


@pytest.mark.parametrize("form", ("html", "markdown"))
@pytest.mark.parametrize("cut", (3, 5))
@pytest.mark.parametrize("seed", (1, 5, 11))
def test_a_column_block_left_alone_is_never_read_by_its_rows_sums(form, cut, seed):
    """The first block of a cut table 三 with no second block joined: every row holds the same few figures of
    seven. A grid keeps its blank cells, so these rows are not glued text whose blanks left no trace: a row
    whose first figures add up to its last must not make that last its 总计 (read so, every cell read was
    wrong). Its cells stay unread, with a doubt — never a figure in another column."""
    v = consistent_values(seed)
    rows = table_rows(v)
    first, second = _vsplit(v, cut, drop_last=True)
    parts3 = ["（一）申请人为自然人等\n", table(first, form), "（二）其余申请人及总计\n", table(second, form)]
    report, got = _t3_cells(_report(parts3, rows, form), f"r.{SUFFIX[form]}")
    wrong = {k: (got[k], v[k]) for k in got if got[k] is not None and got[k] != v.get(k)}
    assert not wrong, wrong
    assert [f for f in report.findings if f.check.startswith("D") and f.where.startswith("t3")]


def _new_row_cells(data: bytes) -> int:
    """The cells of table 三's 新收 row as the loader hands them on (column blocks joined or not)."""
    tokens = load_bytes(data).tokens
    at = next(i for i, t in enumerate(tokens) if t.text.strip() == ts.T3_GF2021.row("new").label)
    end = next(i for i in range(at, len(tokens)) if tokens[i].row_end)
    return end - at + 1
