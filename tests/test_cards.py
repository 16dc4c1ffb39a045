"""Tables 三 and 四 printed as cards (extractor/cards.py): a cell is placed by the name of its column,
so reordered, blank, missing and conflicting cells each read as what they are — a blank is a
placeholder at the colon, a missing cell is no cell (never 0) with a doubt naming it, two different
values for one cell are null with a doubt. Spans point at the digits. The generator families
(md-cards, txt-cards, html-cards in tests/test_reportgen.py) cover the layouts at random; these pin
the semantics of each case."""

from __future__ import annotations

import io

from docx import Document as Docx

from extractor import tablespec as ts
from extractor.extract import extract_bytes
from tests.reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values

NAMES = {"tot": "总计"} | {c: ts.T3_COL_LABELS[c] for c in ts.T3_APPLICANTS}


def _card_lines(values: dict, edit: dict[str, list[str]] | None = None) -> list[str]:
    """Table 三 (GF2021) and 四 as text cards; `edit`: row key → the card's lines, printed instead."""
    edit = edit or {}
    out: list[str] = []
    for r in ts.T3_GF2021.rows:
        if r.key == "r1":
            out.append(ts.T3_RESULTS_HEAD)
        out.append(r.label)
        out += edit.get(r.key) or [f"{NAMES[c]}：{int(values[f't3.{r.key}.{c}'])}" for c in ts.T3_COLS]
        out.append("")
    out.append(SECTION4.strip())
    for g in ts.T4_GROUPS:
        out.append(ts.T4_GROUP_LABELS[g].replace("·", "　"))
        out += [f"{ts.T4_COL_LABELS[c]}：{int(values[f't4.{g}.{c}'])}" for c in ts.T4_COLS]
        out.append("")
    return out


def _report(lines: list[str]) -> bytes:
    head = (
        PREAMBLE
        + SECTION1.format(new=0)
        + SECTION2
        + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t1\n"
        + SECTION3
    )
    return (head + "\n".join(lines) + "\n" + TAIL).encode("utf-8")


def _table_doubts(report) -> list:
    """Doubts about tables 三 and 四 (the fixture's table 二 is one row)."""
    return [f for f in report.findings if f.kind == "extraction_doubt" and f.where.startswith(("t3", "t4"))]


def _cells(report) -> dict:
    return {c.key: c for c in report.cells}


def test_cards_read_by_column_name():
    v = consistent_values(3)
    r1 = [f"{NAMES[c]}：{int(v[f't3.r1.{c}'])}" for c in ts.T3_COLS]
    # reordered, the org columns named with their group, 合计 for 总计
    orgs = [f"法人或其他组织（{NAMES[c]}）：{int(v[f't3.r1.{c}'])}" for c in ts.T3_APPLICANTS[1:]]
    r1 = [r1[6].replace("总计", "合计"), *orgs, r1[0]]
    report = extract_bytes(_report(_card_lines(v, {"r1": r1})), "cards.txt")
    got = _cells(report)
    for key, want in v.items():
        if key.startswith(("t3.", "t4.")):
            assert got[key].value == want, key
            assert report.text[got[key].span.start : got[key].span.end] == str(int(want)), key
    assert not _table_doubts(report)


def test_card_blank_missing_and_conflicting_cells():
    v = consistent_values(4)
    lines = [f"{NAMES[c]}：{int(v[f't3.r2.{c}'])}" for c in ts.T3_COLS]
    # 自然人 printed blank; 法律服务机构 not printed; 其他 printed twice with two values
    r2 = ["自然人：", *lines[1:4], lines[5], lines[6], f"其他：{int(v['t3.r2.oth']) + 1}"]
    report = extract_bytes(_report(_card_lines(v, {"r2": r2})), "cards.txt")
    got = _cells(report)
    blank = got["t3.r2.np"]
    assert blank.value is None and blank.placeholder and blank.raw == ""
    assert report.text[: blank.span.start].endswith("（区分处理的，只计这一情形，不计其他情形）\n自然人：")
    assert "t3.r2.law" not in got  # not printed: missing, not 0
    assert got["t3.r2.oth"].value is None and not got["t3.r2.oth"].placeholder
    doubts = {k: f.check for f in report.findings if f.kind == "extraction_doubt" for k in f.cells}
    assert doubts.get("t3.r2.law") == "D1" and doubts.get("t3.r2.oth") == "D2"
    assert got["t3.r2.biz"].value == v["t3.r2.biz"] and got["t3.r2.tot"].value == v["t3.r2.tot"]
    assert got["t3.r1.np"].value == v["t3.r1.np"]


def test_card_that_names_a_cell_twice_alike_reads_it():
    v = consistent_values(5)
    r7 = [f"{NAMES[c]}：{int(v[f't3.r7.{c}'])}" for c in ts.T3_COLS]
    report = extract_bytes(_report(_card_lines(v, {"r7": r7 + r7[:1]})), "cards.txt")
    assert _cells(report)["t3.r7.np"].value == v["t3.r7.np"]
    assert not _table_doubts(report)


def test_cards_as_docx_paragraphs():
    v = consistent_values(6)
    doc = Docx()
    body = _report(_card_lines(v)).decode("utf-8").split("\n")
    for line in body:
        if "\t" in line:  # table 二's rows as a Word table
            table = doc.add_table(rows=1, cols=4)
            for i, text in enumerate(line.split("\t")):
                table.cell(0, i).text = text
        else:
            doc.add_paragraph(line)
    buf = io.BytesIO()
    doc.save(buf)
    got = _cells(extract_bytes(buf.getvalue(), "cards.docx"))
    for key, want in v.items():
        if key.startswith(("t3.", "t4.")):
            assert got[key].value == want, key


def test_token_matches_is_finditer():
    """`cards._token_matches` (the 「列名值」 scan from marker to marker) finds exactly what `finditer`
    of the same pattern finds, over any region — one starting just after a marker or mid-token too."""
    import random

    from extractor import cards

    rng = random.Random(5)
    pieces = "自然人 商业企业 总计 12 0 / — 件 法人或其他组织 - ( ) x 本年增/减".split()
    patterns = [cards._T3_BARE, cards._T4_BARE, cards._t2_bare("GF2021"), cards._t2_bare("GF2019")]
    for _ in range(300):
        text = "".join(rng.choice(pieces) + rng.choice(["", "\x1f", "\x1e", "\x1d", "\x1f\x1d"]) for _ in range(20))
        a = rng.randrange(len(text) + 1)
        b = rng.randrange(a, len(text) + 1)
        for rx in patterns:
            want = [m.span() for m in rx.finditer(text, a, b)]
            assert [m.span() for m in cards._token_matches(rx, text, a, b)] == want, (text, a, b)
    assert [m["value"] for m in cards._token_matches(cards._T3_BARE, "自然人12\x1f总计3\x1f", 0, 12)] == ["12", "3"]
