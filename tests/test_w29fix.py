"""wild29's lost families, as families (inputs written here, not the wild29 files).

1. A count typed with a decimal point or a trailing mark — 「24.0」, 「1.」, 「0、」 (a clerk's habit from list numbers)
   — is that count: the mark is no part of it and does not end the row's run of figures (the whole 新收 row was
   lost). A 「24.5」 in a count's cell is not a count: never rounded. A 「1.」 in a cell of its own before a row's
   label is the label's item number, not a figure (stream.py `_count_follows`).
2. GF2019's 本年增/减 typed as a signed or worded change — 「+5」, 「增加4」, 「↑2」, 「-3」, 「－4」, 「减少1」, 「↓2」 —
   is that signed number, its span the cell's text (stream.py `WORDED_CHANGE`); a worded change in table 三's
   count cell is no count (a doubt)."""

from __future__ import annotations

import pytest

from extractor import tablespec as ts
from extractor.extract import extract_bytes
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
# cells of table 三 typed with a mark (never a row's last cell): key → how it is typed, from its value
TYPED = {
    "t3.new.np": "{}.0",
    "t3.new.biz": "{}.",
    "t3.new.sci": "{}、",
    "t3.r1.np": "{}、",
    "t3.r1.biz": "{}.",
    "t3.carry_out.law": "{}.0",
    "t3.r7.oth": "{}.",
}


def _report(rows: dict[str, list[list[str]]], form: str, year: int = 2023) -> bytes:
    parts = [
        PREAMBLE_FORM.format(agency="测试县人民政府", year=year),
        SECTION1_FORM.format(year=year, level="县", published=1234).format(new=5),
    ]
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        parts += [head, table(rows[t], form)]
    parts.append(TAIL)
    if form == "html":
        body = "".join(
            p if p.startswith("<table") else "".join(f"<p>{ln}</p>" for ln in p.split("\n") if ln) for p in parts
        )
        return f"<html><body>{body}</body></html>".encode()
    return "".join(parts).encode()


def _typed(rows: list[list[str]], values: dict, typed: dict[str, str], spec: ts.TableSpec) -> list[list[str]]:
    """Table 三's rows with the cells of `typed` retyped (a row's figures are its last seven cells)."""
    out = [list(r) for r in rows]
    by_label = {r.label: r.key for r in spec.rows}
    for row in out:
        key = next((by_label[c] for c in row if c in by_label), None)
        if key is None:
            continue
        for i, col in enumerate(ts.T3_COLS):
            form = typed.get(f"t3.{key}.{col}")
            if form is not None:
                row[len(row) - len(ts.T3_COLS) + i] = form.format(int(values[f"t3.{key}.{col}"]))
    return out


def _cells(data: bytes, name: str):
    report = extract_bytes(data, name)
    return report, {c.key: c for c in report.cells}


@pytest.mark.parametrize("form", FORMS)
def test_counts_typed_with_a_point_or_a_trailing_mark(form):
    v = consistent_values(3)
    rows = table_rows(v)
    rows["t3"] = _typed(rows["t3"], v, TYPED, ts.t3_spec(False))
    report, got = _cells(_report(rows, form), f"r.{SUFFIX[form]}")
    for key, want in v.items():
        if key.startswith("t3."):
            assert got[key].value == want and type(got[key].value) is int, (key, got[key].raw)
    for key in TYPED:  # the span is the figure (「24.0」 whole; 「1.」 without its mark)
        raw = report.text[got[key].span.start : got[key].span.end]
        assert raw in (str(int(v[key])), f"{int(v[key])}.0"), (key, raw)
    assert not [f for f in report.findings if f.where.startswith("t3")], [f.message for f in report.findings]


@pytest.mark.parametrize("form", FORMS)
def test_a_fraction_in_a_counts_cell_is_never_rounded(form):
    """「24.5」 in a count's cell (the rest of its row typed 「1.」「0、」): the cells around it read, and it is not
    read as 24 or 25 — kept as printed and named by H6 (not a whole number)."""
    v = consistent_values(3)
    rows = table_rows(v)
    rows["t3"] = _typed(rows["t3"], v, {"t3.new.biz": "{}.", "t3.new.sci": "{}、"}, ts.t3_spec(False))
    new = next(r for r in rows["t3"] if ts.T3_GF2021.row("new").label in r)
    new[-len(ts.T3_COLS)] = "24.5"
    report, got = _cells(_report(rows, form), f"r.{SUFFIX[form]}")
    assert got["t3.new.np"].value not in (24, 25)
    assert got["t3.new.np"].value is None or [f for f in report.findings if "t3.new.np" in f.cells]
    assert got["t3.new.biz"].value == v["t3.new.biz"] and got["t3.new.sci"].value == v["t3.new.sci"]


def test_an_item_number_in_its_own_cell_is_no_figure():
    """Table 三 printed with its item numbers in a cell of their own before the label (「1.」 | 「属于国家秘密」),
    some figures typed 「0、」: the item numbers are not read as figures of the row before."""
    v = consistent_values(5)
    spec = ts.t3_spec(False)
    rows = _typed(table_rows(v)["t3"], v, {"t3.r3_1.np": "{}、", "t3.r3_2.biz": "{}."}, spec)
    out = []
    for row in rows:
        for i, c in enumerate(row):
            if c[:2] in ("1.", "2.", "3.") and len(c) > 2 and not c[2].isdigit():
                row = [*row[:i], c[:2], c[2:], *row[i + 1 :]]
                break
        out.append(row)
    all_rows = table_rows(v)
    all_rows["t3"] = out
    report, got = _cells(_report(all_rows, "html"), "r.html")
    for key, want in v.items():
        if key.startswith("t3."):
            assert got[key].value == want, (key, got[key].raw)


# GF2019's table 二 with its 本年增/减 typed as publishers type it: row key → (上一年, 增减 as typed, value, 决定)
CHANGES = {
    "license": (54, "+5", 5, 598),
    "other_service": (34, "增加4", 4, 557),
    "penalty": (56, "-3", -3, 494),
    "coercion": (56, "－4", -4, 689),
    "fee": (5, "减少1", -1, None),
}


def _t2_gf2019(changes: dict[str, tuple[int, str, int, int | None]]) -> list[list[str]]:
    rows: list[list[str]] = []
    for head, keys in ts.t2_groups("GF2019"):
        rows.append([head])
        first = ts.T2_GF2019.row(keys[0])
        rows.append([ts.T2_CONTENT_HEAD, *first.col_labels])
        for key in keys:
            r = ts.T2_GF2019.row(key)
            if key in changes:
                prev, typed, _, decisions = changes[key]
                cells = [str(prev), typed] + ([str(decisions)] if decisions is not None else [])
            elif key == "procurement":
                cells = ["29", "7182.02"]
            else:
                cells = ["1", "2", "35"][: len(r.cols)]
            rows.append([r.label, *cells])
    return rows


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("variant", ["words", "arrows"])
def test_gf2019_changes_typed_signed_or_in_words(form, variant):
    changes = dict(CHANGES)
    if variant == "arrows":
        changes |= {"license": (54, "↑5", 5, 598), "fee": (5, "↓1", -1, None), "penalty": (56, "减少3件", -3, 494)}
    v = consistent_values(4, single_r6=True)
    rows = table_rows(v, single_r6=True)
    rows["t2"] = _t2_gf2019(changes)
    report, got = _cells(_report(rows, form, 2020), f"r.{SUFFIX[form]}")
    assert report.template == "GF2019"
    for key, (prev, typed, value, decisions) in changes.items():
        assert got[f"t2.{key}.prev_items"].value == prev, key
        delta = got[f"t2.{key}.delta"]
        assert delta.value == value and type(delta.value) is int, (key, delta.raw)
        assert report.text[delta.span.start : delta.span.end].replace("－", "-") == typed.replace("－", "-"), key
        if decisions is not None:
            assert got[f"t2.{key}.decisions"].value == decisions, key
    assert not [f for f in report.findings if f.where.startswith("t2")], [f.message for f in report.findings]


def test_a_worded_change_in_a_counts_place_is_no_count():
    """「增加4」 where table 三 or table 二 holds a count: no value is made of it — unread, with a doubt — and the
    other cells of its row are read."""
    v = consistent_values(3)
    rows = table_rows(v)
    new = next(r for r in rows["t3"] if ts.T3_GF2021.row("new").label in r)
    new[-len(ts.T3_COLS) + 1] = "增加4"
    license_row = next(r for r in rows["t2"] if r[0] == ts.T2_GF2021.row("license").label)
    license_row[1] = "增加 4"  # (table 二's 行政许可 处理决定数量: a count too)
    report, got = _cells(_report(rows, "html"), "r.html")
    assert got["t2.license.decisions"].value is None
    assert [f for f in report.findings if f.where == "t2.license.decisions" and f.kind == "extraction_doubt"]
    assert got["t3.new.biz"].value is None
    assert [f for f in report.findings if f.where == "t3.new.biz" and f.kind == "extraction_doubt"]
    assert got["t3.new.np"].value == v["t3.new.np"] and got["t3.new.tot"].value == v["t3.new.tot"]


@pytest.mark.parametrize(
    "family,seed",
    [("pdf-typed-counts", 0), ("pdf-unruled-typed-counts", 0), ("docx-typed-counts", 0), ("txt-pipe-typed-counts", 7)],
)
def test_generated_typed_counts_in_other_carriers(family, seed):
    """The generator's families (eval/reportgen `with_typed_counts`) in PDF ruled and unruled, DOCX, pipe text: a
    GF2019 draw whose 增减 column is typed in words and whose counts carry marks."""
    from eval.reportgen.compare import mismatches
    from eval.reportgen.draw import RandomDraw
    from eval.reportgen.families import generate

    g = generate(RandomDraw(seed), family, "GF2019")
    assert not mismatches(extract_bytes(g.data, g.name), g.expected)
