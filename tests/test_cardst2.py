"""Table 二 printed as label/value-element cards (eval/reportgen family `html-kv-cards-t2`), as a family:

- a column's name with a bracketed unit holding a colon (「本年收费金额（单位：万元）」, full- or half-width)
  joined to its value with no colon of its own, 「本年收费金额（单位：万元）639.06」, is a 「列名值」 line —
  the colon inside the bracket is the name's, never the line's;
- a signed change after the name of a column that takes one (「本年增/减-16」「本年增/减+3」) is that
  cell's value, the sign part of it and of its span; after any other name a sign is no number.

Each cell's evidence span stands on its digits (and sign); 0, a printed blank and 「/」 stay distinct."""

from __future__ import annotations

import html

import pytest

from extractor import tablespec as ts
from extractor.extract import extract_bytes
from tests.reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values

NAMES = {"tot": "总计"} | {c: ts.T3_COL_LABELS[c] for c in ts.T3_APPLICANTS}


def _kv(name: str, value: str) -> str:
    if value.startswith("："):  # a colon line (a printed blank: nothing after the colon)
        return f'<div class="kv"><span class="k">{html.escape(name)}{value}</span></div>'
    return f'<div class="kv"><span class="k">{html.escape(name)}</span><span class="v">{value}</span></div>'


def _page(template: str, t2: dict[str, dict[str, str]], names: dict[str, str] | None = None) -> bytes:
    """A mobile page: 二 (its cells as printed, `t2[row][col]`), 三 and 四 as label/value-element cards."""
    v = consistent_values(5, single_r6=template == "GF2019")
    out = [f"<p>{line}</p>" for line in (PREAMBLE + SECTION1.format(new=0) + SECTION2).splitlines() if line]
    for r in ts.t2_spec(template).rows:
        if r.key in t2:
            cells = "".join(
                _kv((names or {}).get(c, n), t2[r.key][c]) for c, n in zip(r.cols, r.col_labels) if c in t2[r.key]
            )
            out.append(f"<div class='card-h'>{r.label}</div><div class='card'>{cells}</div>")
    out.append(f"<p>{SECTION3.strip()}</p>")
    for r in ts.t3_spec(template == "GF2019").rows:
        if r.key == "r1":
            out.append(f"<div class='grp'>{ts.T3_RESULTS_HEAD}</div>")
        cells = "".join(_kv(NAMES[c], str(int(v[f"t3.{r.key}.{c}"]))) for c in ts.T3_COLS)
        out.append(f"<div class='card-h'>{r.label}</div><div class='card'>{cells}</div>")
    out.append(f"<p>{SECTION4.strip()}</p>")
    for g in ts.T4_GROUPS:
        cells = "".join(_kv(ts.T4_COL_LABELS[c], str(int(v[f"t4.{g}.{c}"]))) for c in ts.T4_COLS)
        out.append(f"<div class='card-h'>{ts.T4_GROUP_LABELS[g]}</div><div class='card'>{cells}</div>")
    out += [f"<p>{line}</p>" for line in TAIL.splitlines() if line]
    body = "\n".join(out)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _check(report, key: str, printed: str) -> None:
    """The cell `key` as `printed` (a number, 「/」, or 「：」 for a blank), its span on what it prints."""
    cell = {c.key: c for c in report.cells}[key]
    if printed == "：":
        assert (cell.value, cell.raw, cell.placeholder) == (None, "", True), key
        return
    text = report.text[cell.span.start : cell.span.end]
    if printed == "/":
        assert (cell.value, cell.placeholder, text) == (None, True, "/"), key
        return
    want = float(printed.replace("－", "-").replace("＋", "+").replace(",", ""))
    assert cell.value == want and not cell.placeholder, (key, cell.value, printed)
    assert text == printed, (key, text, printed)


@pytest.mark.parametrize(
    "fee_name",
    [
        "本年收费金额（单位：万元）",
        "本年收费金额(单位:万元)",
        "本年收费金额（单位:万元）",
        "本年收费金额【单位：万元】",
    ],
)
@pytest.mark.parametrize("colon", [False, True])
def test_t2_cards_fee_name_with_a_colon_in_its_bracket(fee_name, colon):
    t2 = {
        "reg": {"made": "5", "repealed": "0", "valid": "/"},
        "norm": {"made": "12", "repealed": "：", "valid": "40"},
        "license": {"decisions": "785"},
        "penalty": {"decisions": "0"},
        "coercion": {"decisions": "/"},
        "fee": {"amount_wan": "：639.06" if colon else "639.06"},
    }
    report = extract_bytes(_page("GF2021", t2, {"amount_wan": fee_name}), "m.html")
    assert report.template == "GF2021"
    t2["fee"]["amount_wan"] = "639.06"
    for row, cells in t2.items():
        for col, printed in cells.items():
            _check(report, f"t2.{row}.{col}", printed)


@pytest.mark.parametrize("signs", [("-16", "+3", "0"), ("－5", "＋12", "/"), ("+0", "-1,200", "：")])
def test_t2_cards_signed_changes(signs):
    a, b, c = signs
    t2 = {
        "reg": {"new_made": "3", "new_public": "3", "total_public": "0"},
        "norm": {"new_made": "/", "new_public": "1", "total_public": "17"},
        "license": {"prev_items": "20", "delta": a, "decisions": "9"},
        "other_service": {"prev_items": "4", "delta": b, "decisions": "0"},
        "penalty": {"prev_items": "0", "delta": c, "decisions": "2"},
        "coercion": {"prev_items": "1", "delta": "-1", "decisions": "/"},
        "fee": {"prev_items": "6", "delta": "+2"},
        "procurement": {"items": "2", "amount": "35.5"},
    }
    report = extract_bytes(_page("GF2019", t2), "m.html")
    assert report.template == "GF2019"
    for row, cells in t2.items():
        for col, printed in cells.items():
            _check(report, f"t2.{row}.{col}", printed)


def test_t2_cards_sign_only_after_a_change_column():
    """「处理决定数量-3」: a count takes no sign — no cell read from it (never -3 nor 3); a dash alone
    after 「本年增/减」 is a placeholder, not a sign."""
    t2 = {
        "reg": {"new_made": "3", "new_public": "3", "total_public": "0"},
        "norm": {"new_made": "2", "new_public": "1", "total_public": "17"},
        "license": {"prev_items": "20", "delta": "-", "decisions": "-3"},
        "other_service": {"prev_items": "4", "delta": "+1", "decisions": "0"},
    }
    report = extract_bytes(_page("GF2019", t2), "m.html")
    cells = {c.key: c for c in report.cells}
    assert "t2.license.decisions" not in cells or cells["t2.license.decisions"].value is None
    assert [f for f in report.findings if f.kind == "extraction_doubt" and f.where == "t2.license.decisions"]
    delta = cells["t2.license.delta"]
    assert (delta.value, delta.placeholder) == (None, True)
    assert cells["t2.other_service.delta"].value == 1
