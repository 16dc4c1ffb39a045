"""wild28's lost family, as a family (inputs written here, not the wild28 files): table 三 with columns the
template does not have — 「占比」 (each row's share, 「45.5%」), 「同比增减」/「较上年增减」 (a signed change, 「+3」
「-2」「0」), 「备注」 (dashes) — after 总计 or between 自然人 and the 法人 block. The template's seven columns are read;
an added column is never read as one of them (its percentages were read as 总计: t3.r1.tot 45.5 for 20), and a
figure printed with 「%」 or 「+」 is never a count cell (`tables._drop_added_columns`, `_printed_cells`)."""

from __future__ import annotations

import pytest

from extractor import tablespec as ts
from extractor.extract import extract_bytes
from tests.reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values

T2_HTML = (
    "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
    "<tr><td>规章</td><td>0</td><td>0</td><td>1</td></tr></table>"
)
T4_ROWS = [
    ["行政复议", "", "", "", "", "行政诉讼"],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉"],
    ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
]


def _added(kind: str, key: str, row_total: int, base: int, k: int) -> str:
    """The added column's figure in row `key` (the k-th row of table 三)."""
    if kind == "备注":
        return "—"
    if kind in ("占比", "比例"):
        return "—" if key in ("new", "carry_in") else f"{100 * row_total / base:.1f}%"
    change = (k * 5) % 9 - 4  # -4 … +4, 0 among them
    return f"{change:+d}" if change else "0"


def _t3_rows(v: dict, kinds: list[str], between: bool) -> tuple[list[list[str]], list[list[str]]]:
    """Table 三 (GF2021): its header rows and its data rows (label, then the figures), the added columns in."""
    base = int(v["t3.new.tot"] + v["t3.carry_in.tot"])
    orgs = [ts.T3_COL_LABELS[c] for c in ts.T3_APPLICANTS[1:]]
    if between:
        head = [
            ["", "申请人情况"],
            ["", "自然人", kinds[0], "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "", *orgs, ""],
        ]
    else:
        head = [
            ["", "申请人情况", "", "", "", "", "", "", *kinds],
            ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", *orgs, ""],
        ]
    rows = []
    for k, r in enumerate(ts.T3_GF2021.rows):
        figures = [str(int(v[f"t3.{r.key}.{c}"])) for c in ts.T3_COLS]
        added = [_added(kind, r.key, int(v[f"t3.{r.key}.tot"]), base, k) for kind in kinds]
        figures = [figures[0], *added, *figures[1:]] if between else figures + added
        rows.append([r.label, *figures])
    return head, rows


def _html(v: dict, kinds: list[str], between: bool) -> bytes:
    head, rows = _t3_rows(v, kinds, between)
    cell = "".join
    out = [f"<p>{line}</p>" for line in (PREAMBLE + SECTION1.format(new=int(v["t3.new.tot"])) + SECTION2).splitlines()]
    out += [T2_HTML, f"<p>{SECTION3.strip()}</p>", "<table border='1'>"]
    out += ["<tr>" + cell(f"<td>{c}</td>" for c in row) + "</tr>" for row in head + rows]
    out += ["</table>", f"<p>{SECTION4.strip()}</p>", "<table border='1'>"]
    t4 = [str(int(v[f"t4.{g}.{c}"])) for g in ts.T4_GROUPS for c in ts.T4_COLS]
    out += ["<tr>" + cell(f"<td>{c}</td>" for c in row) + "</tr>" for row in [*T4_ROWS, t4]]
    out += ["</table>", *(f"<p>{line}</p>" for line in TAIL.splitlines())]
    body = "\n".join(out)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _pipes(v: dict, kinds: list[str], between: bool) -> bytes:
    head, rows = _t3_rows(v, kinds, between)
    width = max(len(r) for r in head + rows)

    def line(row: list[str]) -> str:
        return "| " + " | ".join(row + [""] * (width - len(row))) + " |"

    out = [PREAMBLE + SECTION1.format(new=int(v["t3.new.tot"])) + SECTION2]
    out += [
        "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "|---|---|---|---|",
        "| 规章 | 0 | 0 | 1 |",
        "",
    ]
    out += [SECTION3, line(head[0]), "|" + "---|" * width, *(line(r) for r in head[1:] + rows), ""]
    t4 = [str(int(v[f"t4.{g}.{c}"])) for g in ts.T4_GROUPS for c in ts.T4_COLS]
    out += [SECTION4, "| " + " | ".join(T4_ROWS[0]) + " |", "|" + "---|" * 15]
    out += ["| " + " | ".join(r) + " |" for r in [*T4_ROWS[1:], t4]]
    out += ["", TAIL]
    return "\n".join(out).encode()


CASES = [
    ("html", ["占比"], False),
    ("html", ["备注", "占比"], False),
    ("html", ["同比增减"], True),
    ("md", ["较上年增减"], False),
    ("md", ["比例"], True),
    ("md", ["占比", "同比增减"], False),
]


@pytest.mark.parametrize("form,kinds,between", CASES, ids=lambda x: x if isinstance(x, str) else None)
def test_added_columns_are_no_template_columns(form, kinds, between):
    v = consistent_values(7)
    data = _html(v, kinds, between) if form == "html" else _pipes(v, kinds, between)
    report = extract_bytes(data, f"r.{form}")
    got = {c.key: c for c in report.cells}
    for key, want in v.items():
        if key.startswith("t3."):
            assert got[key].value == want, (key, got[key].raw)
            assert report.text[got[key].span.start : got[key].span.end] == str(int(want)), key
    assert not [f for f in report.findings if f.where.startswith("t3")], [f.message for f in report.findings]


def test_a_percentage_in_a_counts_place_is_no_count():
    """A row printed with a percentage where a count stands (seven figures, the 总计 one 「45.5%」): no cell
    value is made of it — the cell is left unread, with a doubt."""
    v = consistent_values(7)
    head, rows = _t3_rows(v, [], False)
    r1 = next(i for i, r in enumerate(ts.T3_GF2021.rows) if r.key == "r1")
    rows[r1][-1] = "45.5%"
    text = _pipes(v, [], False).decode()
    label = ts.T3_GF2021.row("r1").label
    old = next(ln for ln in text.splitlines() if ln.startswith(f"| {label} |"))
    text = text.replace(old, "| " + " | ".join(rows[r1]) + " |")
    report = extract_bytes(text.encode(), "r.md")
    got = {c.key: c for c in report.cells}
    assert got["t3.r1.tot"].value is None
    assert got["t3.r1.np"].value == v["t3.r1.np"]
    assert [f for f in report.findings if f.where == "t3.r1.tot" and f.kind == "extraction_doubt"]


@pytest.mark.parametrize("seed", [100, 127, 227])
@pytest.mark.parametrize("family", ["html-t3-added-columns", "md-t3-added-columns"])
def test_rows_blank_but_for_their_added_figure(family, seed):
    """Draws whose table 三 has many rows blank in every template cell but printing an added change (「同比增减」
    -3 beside seven blanks): such a row is no narrower core of its own — the added column is still found and cut
    (it was taken for the table's width, and nothing was read)."""
    from eval.reportgen.compare import mismatches
    from eval.reportgen.draw import RandomDraw
    from eval.reportgen.families import generate
    from extractor.extract import extract_bytes

    g = generate(RandomDraw(seed), family)
    assert not mismatches(extract_bytes(g.data, g.name), g.expected)
