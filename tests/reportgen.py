"""Synthetic reports for tests: one set of table values rendered in the physical forms real reports
come in. Labels come from the table spec, so a fixture cannot drift from the parser's template."""

from __future__ import annotations

import random

from extractor import tablespec as ts

PREAMBLE_FORM = (
    "{agency}{year}年政府信息公开工作年度报告\n"
    "本报告由{agency}办公室根据《中华人民共和国政府信息公开条例》编制。"
    "本报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。\n"
)
SECTION1_FORM = "一、总体情况\n{year}年，全{level}共主动公开政府信息{published}条，收到政府信息公开申请{{new}}件。\n"
PREAMBLE = PREAMBLE_FORM.format(agency="测试县人民政府", year=2023)
SECTION1 = SECTION1_FORM.format(year=2023, level="县", published=1234)
SECTION2 = "二、主动公开政府信息情况\n"
SECTION3 = "三、收到和处理政府信息公开申请情况\n"
SECTION4 = "四、政府信息公开行政复议、行政诉讼情况\n"
TAIL = "五、存在的主要问题及改进情况\n存在的问题是培训不足。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n"


def consistent_values(seed: int = 1, single_r6: bool = False) -> dict[str, int | float]:
    """Table values for which every hard identity holds."""
    rnd = random.Random(seed)
    spec = ts.t3_spec(single_r6)
    results = ts.t3_result_rows(spec)
    v: dict[str, int | float] = {}
    for c in ts.T3_APPLICANTS:
        for r in results:
            v[f"t3.{r}.{c}"] = rnd.choice([0, 0, 0, 1, 2, 5, 13])
        v[f"t3.r7.{c}"] = sum(v[f"t3.{r}.{c}"] for r in results)
        v[f"t3.carry_in.{c}"] = rnd.choice([0, 0, 1, 3])
        v[f"t3.carry_out.{c}"] = rnd.choice([0, 1, 2])
        v[f"t3.new.{c}"] = v[f"t3.r7.{c}"] + v[f"t3.carry_out.{c}"] - v[f"t3.carry_in.{c}"]
        if v[f"t3.new.{c}"] < 0:
            v[f"t3.carry_out.{c}"] -= v[f"t3.new.{c}"]
            v[f"t3.new.{c}"] = 0
    for r in spec.rows:
        v[f"t3.{r.key}.tot"] = sum(v[f"t3.{r.key}.{c}"] for c in ts.T3_APPLICANTS)
    for g in ts.T4_GROUPS:
        parts = [rnd.choice([0, 1, 2]) for _ in range(4)]
        for c, p in zip(ts.T4_COLS, parts):
            v[f"t4.{g}.{c}"] = p
        v[f"t4.{g}.tot"] = sum(parts)
    for r in ts.T2_GF2021.rows:
        for c in r.cols:
            v[f"t2.{r.key}.{c}"] = 12.5 if r.kind(c) == "money" else rnd.randint(0, 300)
    return v


def _fmt(x) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else str(x)


def table_rows(
    values: dict, single_r6: bool = False, labels: dict[str, str] | None = None, org_subtotal: bool = False
) -> dict[str, list[list[str]]]:
    """Rows of printed cells per table: label cell(s) then values, like the official layout."""
    labels = labels or {}
    t2 = []
    for head, rows in ts.t2_groups("GF2021"):
        t2.append([head])
        first = ts.T2_GF2021.row(rows[0])
        t2.append([ts.T2_CONTENT_HEAD, *first.col_labels])
        for key in rows:
            r = ts.T2_GF2021.row(key)
            t2.append([labels.get(f"t2.{key}", r.label), *(_fmt(values.get(f"t2.{key}.{c}")) for c in r.cols)])
    spec = ts.t3_spec(single_r6)
    t3 = [
        [ts.T3_NOTE, ts.T3_APPLICANTS_HEAD],
        [ts.T3_COL_LABELS["np"], ts.T3_ORGS_HEAD, ts.T3_COL_LABELS["tot"]],
        [ts.T3_COL_LABELS[c] for c in ts.T3_APPLICANTS[1:]],
    ]
    groups_done = set()
    for r in spec.rows:
        lead: list[str] = []
        if r.key == "r1":
            lead.append(ts.T3_RESULTS_HEAD)
        if r.parent and r.parent not in groups_done:
            groups_done.add(r.parent)
            lead.append(ts.T3_GROUP_HEADERS[r.parent].label)
        printed = [_fmt(values.get(f"t3.{r.key}.{c}")) for c in ts.T3_COLS]
        if org_subtotal:  # vendor layout: 法人或其他组织「小计」 after 其他
            printed.insert(6, _fmt(sum(values.get(f"t3.{r.key}.{c}") or 0 for c in ts.T3_APPLICANTS[1:])))
        t3.append([*lead, labels.get(f"t3.{r.key}", r.label), *printed])
    cols4 = [ts.T4_COL_LABELS[c] for c in ts.T4_COLS]
    t4 = [
        [ts.T4_REVIEW_HEAD, ts.T4_LAWSUIT_HEAD],
        [*cols4, *ts.T4_LAWSUIT_GROUPS.values()],
        cols4 * 2,
        [_fmt(values.get(f"t4.{g}.{c}")) for g in ts.T4_GROUPS for c in ts.T4_COLS],
    ]
    return {"t2": t2, "t3": t3, "t4": t4}


def render(
    values: dict,
    form: str,
    single_r6: bool = False,
    labels: dict[str, str] | None = None,
    drop: tuple[str, ...] = (),
    org_subtotal: bool = False,
    agency: str = "测试县人民政府",
    year: int = 2023,
    published: int = 1234,
) -> str:
    """A whole report. form: pipe | lines | markdown | html | glued. `agency` and `year` name the
    issuer (title, preamble, statistics period) for corpora of many agencies and years."""
    rows = table_rows(values, single_r6, labels, org_subtotal)
    new = _fmt(values.get("t3.new.tot"))
    level = next((c for c in reversed(agency.replace("人民政府", "")) if c in "省市县区"), "县")
    parts = [
        PREAMBLE_FORM.format(agency=agency, year=year),
        SECTION1_FORM.format(year=year, level=level, published=published).format(new=new),
    ]
    for head, t in ((SECTION2, "t2"), (SECTION3, "t3"), (SECTION4, "t4")):
        parts.append(head)
        if t not in drop:
            parts.append(_table(rows[t], form))
    parts.append(TAIL)
    body = "".join(parts)
    if form == "html":
        return (
            "<html><body><div class='nav'>首页 &gt; 政务公开</div>"
            + "".join(
                p if p.startswith("<table") else "".join(f"<p>{ln}</p>" for ln in p.split("\n") if ln) for p in parts
            )
            + "</body></html>"
        )
    if form == "glued":
        return body.replace("\n", "")
    return body


def _table(rows: list[list[str]], form: str) -> str:
    if form == "pipe":
        return "|\n".join(c + "\n" for row in rows for c in row) + "|\n"
    if form == "lines":
        return "".join(c + "\n\n\n" if c else "\n\n\n" for row in rows for c in row)
    if form == "markdown":
        width = max(len(r) for r in rows)
        out = ["| " + " | ".join(rows[0] + [""] * (width - len(rows[0]))) + " |", "|" + "---|" * width]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(out) + "\n"
    if form == "html":
        return (
            "<table>"
            + "".join("<tr>" + "".join(f"<td>{c if c else '&nbsp;'}</td>" for c in r) + "</tr>" for r in rows)
            + "</table>"
        )
    if form == "glued":
        return "".join(c for row in rows for c in row)
    raise ValueError(form)


# Agencies of several provinces, cities and counties, for corpora that span agencies and years.
AGENCIES = (
    "淮安市洪泽区人民政府",
    "淮安市淮阴区人民政府",
    "淮安市人民政府",
    "南京市鼓楼区人民政府",
    "苏州市人民政府",
    "安康市汉滨区人民政府",
    "西安市雁塔区人民政府",
    "石家庄市长安区人民政府",
    "保定市人民政府",
)


def agency_corpus(
    agencies: tuple[str, ...] = AGENCIES, years: tuple[int, ...] = (2021, 2022, 2023), defects: int = 4
) -> list[tuple[str, str, dict]]:
    """(file name, text, values) for every agency × year, in the forms real reports come in. The
    first `defects` reports print a wrong total: 表四 行政复议 总计 0 over non-zero parts (H5), or
    表三 （七）总计 one more than its rows (H1/H3) — what an evaluator's overview must show."""
    forms = ("pipe", "lines", "markdown", "html")
    out = []
    n = 0
    for a, agency in enumerate(agencies):
        for y, year in enumerate(years):
            values = consistent_values(seed=100 * a + y)
            if n < defects:
                if n % 2 == 0:
                    values["t4.rv.keep"] = (values["t4.rv.keep"] or 0) + 3
                    values["t4.rv.tot"] = 0
                    values["t4.rv.fix"] = 1
                else:
                    values["t3.r7.tot"] = (values["t3.r7.tot"] or 0) + 1
            form = forms[n % len(forms)]
            text = render(values, form, agency=agency, year=year, published=1000 + 37 * n)
            ext = {"html": "html", "markdown": "md"}.get(form, "txt")
            out.append((f"{agency}-{year}.{ext}", text, values))
            n += 1
    return out
