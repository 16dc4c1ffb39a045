"""wild27's two lost families, as families (inputs written here, not the wild27 files):

- a mobile CMS prints tables 三 and 四 as cards whose lines are a label element and a value element
  (`<span class="k">自然人</span><span class="v">76</span>`): the page's text joins them with no colon,
  「自然人76」 — each such line, a column's name and a number whole, is the card's cell;
- a reviewer's markup printed with the report (Word's 「显示标记」 print): a balloon beside table 三
  (「批注 [马2]: 本年新收申请件数请再核对，共17件来函未计」, 「已删除: 3」) is the reviewer's words, never
  a row — a row's name inside it does not open that row again."""

from __future__ import annotations

import pytest

from extractor import tablespec as ts
from extractor.extract import extract_bytes
from tests.reportgen import PREAMBLE, SECTION1, SECTION2, SECTION3, SECTION4, TAIL, consistent_values

NAMES = {"tot": "总计"} | {c: ts.T3_COL_LABELS[c] for c in ts.T3_APPLICANTS}


def _kv(name: str, value: int, form: str) -> str:
    if form == "span":
        return f'<div class="kv"><span class="k">{name}</span><span class="v">{value}</span></div>'
    return f"<li><label>{name}</label><em>{value}</em></li>"


def _mobile_page(v: dict, form: str) -> bytes:
    """A mobile site's article: 二 a table, 三 a card per row, 四 a card per kind; label/value elements."""
    wrap = ("<div class='card'>", "</div>") if form == "span" else ("<ul class='card'>", "</ul>")
    out = [f"<p>{line}</p>" for line in (PREAMBLE + SECTION1.format(new=0) + SECTION2).splitlines() if line]
    out.append("<div class='scroll'><table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td>")
    out.append("<td>现行有效件数</td></tr><tr><td>规章</td><td>0</td><td>0</td><td>1</td></tr></table></div>")
    out.append(f"<p>{SECTION3.strip()}</p><div class='cards'>")
    for r in ts.T3_GF2021.rows:
        if r.key == "r1":
            out.append(f"<div class='grp'>{ts.T3_RESULTS_HEAD}</div>")
        cells = "".join(_kv(NAMES[c], int(v[f"t3.{r.key}.{c}"]), form) for c in ts.T3_COLS)
        out.append(f"<div class='card-h'>{r.label}</div>{wrap[0]}{cells}{wrap[1]}")
    out.append(f"</div><p>{SECTION4.strip()}</p>")
    for g in ts.T4_GROUPS:
        cells = "".join(_kv(ts.T4_COL_LABELS[c], int(v[f"t4.{g}.{c}"]), form) for c in ts.T4_COLS)
        out.append(f"<div class='card-h'>{ts.T4_GROUP_LABELS[g]}</div>{wrap[0]}{cells}{wrap[1]}")
    out += [f"<p>{line}</p>" for line in TAIL.splitlines() if line]
    body = "\n".join(out)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize("form", ["span", "li"])
def test_mobile_cards_label_value_elements(form):
    v = consistent_values(5)
    report = extract_bytes(_mobile_page(v, form), "m.html")
    got = {c.key: c for c in report.cells}
    for key, want in v.items():
        if key.startswith(("t3.", "t4.")):
            assert got[key].value == want, key
            assert report.text[got[key].span.start : got[key].span.end] == str(int(want)), key
    assert not [f for f in report.findings if f.kind == "extraction_doubt" and f.where.startswith(("t3", "t4"))]


def _grid(v: dict, balloons: dict[str, str]) -> str:
    """Table 三 (GF2021) and 四 as tab rows, a balloon's line printed after the rows named in `balloons`."""
    out = ["\t申请人情况", "\t自然人\t法人或其他组织\t\t\t\t\t总计"]
    out.append("\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t")
    for r in ts.T3_GF2021.rows:
        if r.key == "r1":
            out.append(ts.T3_RESULTS_HEAD)
        out.append("\t".join([r.label, *(str(int(v[f"t3.{r.key}.{c}"])) for c in ts.T3_COLS)]))
        if r.key in balloons:
            out.append(balloons[r.key])
    out.append(SECTION4.strip())
    out.append("行政复议\t\t\t\t\t行政诉讼")
    out.append("结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉")
    out.append("\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3))
    out.append("\t".join(str(int(v[f"t4.{g}.{c}"])) for g in ts.T4_GROUPS for c in ts.T4_COLS))
    return "\n".join(out)


_HEAD_AGAIN = "- 1 -\n\t申请人情况\n\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\n"


@pytest.mark.parametrize(
    "balloons",
    [  # the balloon on the line under the row it annotates (a page break and the header repeated between)
        {"new": _HEAD_AGAIN + "批注 [马2]: 本年新收申请件\t数请办公室再核对，已与台\t账一致，共 17 件来函未计"},
        {"new": "批注 [马2]: 本年新收申请件数请办公室再核对，已与台账一致，共17件来函未计入。"},
        {"new": "Comment [A1]: 本年新收申请 17 件未计", "r2": "已删除: 3"},
    ],
)
def test_markup_balloon_is_no_row(balloons):
    v = consistent_values(6)
    head = PREAMBLE + SECTION1.format(new=0) + SECTION2 + "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
    text = head + "规章\t0\t0\t1\n" + SECTION3 + _grid(v, balloons) + "\n" + TAIL
    report = extract_bytes(text.encode("utf-8"), "markup.txt")
    got = {c.key: c for c in report.cells}
    for key, want in v.items():
        if key.startswith(("t3.", "t4.")):
            assert got[key].value == want, key
    assert not [f for f in report.findings if f.kind == "extraction_doubt" and f.where.startswith(("t3", "t4"))]
