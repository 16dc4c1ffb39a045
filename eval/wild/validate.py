#!/usr/bin/env python3
"""Independent checks of the wild set's gold (does not import make.py/model.py, nor the project's code):

1. every gold file has the corpus fields and only the cell keys of the format spec (§4–§6), all of them
   when the tables are recoverable;
2. the findings are exactly the H1/H2/H3/H5 identities the gold values break (blank as 0; a break only
   through blank cells is kind blank_cells; identities through glued-unknown cells are not checked);
3. every report file exists, is under 200 kB and can be read (HTML with its declared charset, text,
   Markdown, PDF text layer, DOCX);
4. every non-null gold value is printed in the file (multiset of numbers in the table text), and in HTML
   and DOCX tables each table-三 row, table 四 and table 二 row carries exactly the gold values in order.

Run: .venv/bin/python eval/wild/validate.py"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

APPL = ["np", "biz", "sci", "npo", "law", "oth"]
COLS = APPL + ["tot"]
ROWS21 = (
    ["new", "carry_in", "r1", "r2"]
    + [f"r3_{i}" for i in range(1, 9)]
    + [f"r4_{i}" for i in range(1, 4)]
    + [f"r5_{i}" for i in range(1, 6)]
    + [f"r6_{i}" for i in range(1, 4)]
    + ["r7", "carry_out"]
)
ROWS19 = [r for r in ROWS21 if not r.startswith("r6_")]
ROWS19.insert(ROWS19.index("r7"), "r6")
T2_21 = [
    "reg.made",
    "reg.repealed",
    "reg.valid",
    "norm.made",
    "norm.repealed",
    "norm.valid",
    "license.decisions",
    "penalty.decisions",
    "coercion.decisions",
    "fee.amount_wan",
]
T2_19 = [
    "reg.new_made",
    "reg.new_public",
    "reg.total_public",
    "norm.new_made",
    "norm.new_public",
    "norm.total_public",
    "license.prev_items",
    "license.delta",
    "license.decisions",
    "other_service.prev_items",
    "other_service.delta",
    "other_service.decisions",
    "penalty.prev_items",
    "penalty.delta",
    "penalty.decisions",
    "coercion.prev_items",
    "coercion.delta",
    "coercion.decisions",
    "fee.prev_items",
    "fee.delta",
    "procurement.items",
    "procurement.amount",
]
T4 = [f"{g}.{p}" for g in ("rv", "ld", "lr") for p in ("keep", "fix", "other", "pend", "tot")]
FIELDS = [
    "id",
    "file",
    "agency",
    "year",
    "template",
    "tables_recoverable",
    "t2",
    "t3",
    "t4",
    "placeholders",
    "findings",
    "metrics",
    "qa",
    "family",
    "format",
]
ROW_LABEL = {
    "new": "本年新收",
    "carry_in": "上年结转",
    "r1": "予以公开",
    "r2": "部分公开",
    "r7": "总计",
    "carry_out": "结转下年度",
    "r6": "其他处理",
    "r3_1": "国家秘密",
    "r3_2": "其他法律行政法规",
    "r3_3": "三安全一稳定",
    "r3_4": "第三方合法权益",
    "r3_5": "三类内部事务",
    "r3_6": "四类过程性",
    "r3_7": "行政执法案卷",
    "r3_8": "行政查询事项",
    "r4_1": "不掌握",
    "r4_2": "另行制作",
    "r4_3": "仍不明确",
    "r5_1": "信访举报",
    "r5_2": "重复申请",
    "r5_3": "公开出版物",
    "r5_4": "大量反复",
    "r5_5": "重新出具",
    "r6_1": "逾期不补正",
    "r6_2": "缴纳费用",
    "r6_3": "3.其他",
}
T2_LABEL = {
    "reg": "规章",
    "norm": "规范性文件",
    "license": "行政许可",
    "other_service": "其他对外管理服务事项",
    "penalty": "行政处罚",
    "coercion": "行政强制",
    "fee": "行政事业性收费",
    "procurement": "政府集中采购",
}

errors: list[str] = []


def err(gid, msg):
    errors.append(f"{gid}: {msg}")


# ---------------------------------------------------------------- 1. fields and keys


def check_keys(g):
    gid = g["id"]
    for f in FIELDS:
        if f not in g:
            err(gid, f"missing field {f}")
    if not re.fullmatch(r"reports/" + re.escape(gid) + r"\.(html|txt|md|pdf|docx)", g["file"]):
        err(gid, f"file name {g['file']}")
    tpl = g["template"]
    if tpl not in ("GF2019", "GF2021", "LEGACY"):
        err(gid, f"template {tpl}")
    if tpl == "GF2019" and g["year"] not in (2019, 2020) and "old-template" not in g["family"]:
        err(gid, "GF2019 outside 2019–2020 without saying so")
    if tpl == "GF2021" and g["year"] < 2021:
        err(gid, "GF2021 before 2021")
    if not g["tables_recoverable"]:
        if g["t2"] or g["t3"] or g["t4"]:
            err(gid, "tables not recoverable but cells given")
        return
    want2 = T2_21 if tpl == "GF2021" else T2_19
    want3 = [f"{r}.{c}" for r in (ROWS21 if tpl == "GF2021" else ROWS19) for c in COLS]
    if list(g["t2"]) != want2:
        err(gid, f"t2 keys {sorted(set(g['t2']) ^ set(want2))}")
    st = g.get("statements", {})
    if list(g["t3"]) != ([] if "t3" in st else want3):
        err(gid, f"t3 keys differ: {sorted(set(g['t3']) ^ set(want3))[:6]}")
    if list(g["t4"]) != ([] if "t4" in st else T4):
        err(gid, "t4 keys differ")
    for t in ("t2", "t3", "t4"):
        for k, v in g[t].items():
            ph = g["placeholders"].get(f"{t}.{k}")
            if v is None and ph is None:
                err(gid, f"{t}.{k} null without placeholder")
            if v is not None and ph is not None:
                err(gid, f"{t}.{k} has a value and a placeholder")
            if v is not None and t != "t2" and (not isinstance(v, int) or v < 0):
                err(gid, f"{t}.{k} = {v!r} not a count")
    for k in g["placeholders"]:
        t, _, key = k.partition(".")
        if key not in g.get(t, {}) and k != "t2.procurement.amount_unit":
            err(gid, f"placeholder for unknown cell {k}")


# ---------------------------------------------------------------- 2. identities


def expected_findings(g) -> set:
    if not g["tables_recoverable"]:
        return set()
    t3, t4, ph = g["t3"], g["t4"], g["placeholders"]
    unknown = {k for k, v in ph.items() if v.startswith("glued")}
    blank = {k for k, v in ph.items() if not v.startswith("glued")}
    out = set()

    def val(t, k):
        return g[t].get(k) or 0

    def verdict(keys):
        return "blank_cells" if any(k in blank for k in keys) else "report_defect"

    if t3:
        rows = ROWS21 if g["template"] == "GF2021" else ROWS19
        res = [r for r in rows if r.startswith("r") and r != "r7"]
        h1, h3 = [], []
        for c in COLS:
            ks = [f"t3.{r}.{c}" for r in ["new", "carry_in", "r7", "carry_out"] + res]
            if any(k in unknown for k in ks):
                continue
            if val("t3", f"new.{c}") + val("t3", f"carry_in.{c}") != val("t3", f"r7.{c}") + val("t3", f"carry_out.{c}"):
                h1.append(verdict([f"t3.{r}.{c}" for r in ("new", "carry_in", "r7", "carry_out")]))
            if sum(val("t3", f"{r}.{c}") for r in res) != val("t3", f"r7.{c}"):
                h3.append(verdict([f"t3.{r}.{c}" for r in res + ["r7"]]))
        for name, kinds in (("H1", h1), ("H3", h3)):
            if kinds:
                out.add((name, "t3", "report_defect" if "report_defect" in kinds else "blank_cells"))
        for r in rows:
            ks = [f"t3.{r}.{c}" for c in COLS]
            if any(k in unknown for k in ks):
                continue
            if sum(val("t3", f"{r}.{c}") for c in APPL) != val("t3", f"{r}.tot"):
                out.add(("H2", f"t3.{r}", verdict(ks)))
    if t4:
        for grp in ("rv", "ld", "lr"):
            ks = [f"t4.{grp}.{p}" for p in ("keep", "fix", "other", "pend", "tot")]
            if any(k in unknown for k in ks):
                continue
            if sum(val("t4", f"{grp}.{p}") for p in ("keep", "fix", "other", "pend")) != val("t4", f"{grp}.tot"):
                out.add(("H5", f"t4.{grp}", verdict(ks)))
    return out


def check_findings(g):
    got = set()
    for f in g["findings"]:
        where = f["where"]
        if f["check"] in ("H1", "H3"):
            where = "t3"
        got.add((f["check"], where, f.get("kind")))
    want = expected_findings(g)
    if got != want:
        err(g["id"], f"findings {sorted(got)} ≠ recomputed {sorted(want)}")


# ---------------------------------------------------------------- 3./4. the file

FW = str.maketrans("０１２３４５６７８９．＋－", "0123456789.+-")


def html_text(raw: bytes) -> str:
    m = re.search(rb"charset=[\"']?([\w-]+)", raw[:3000])
    enc = m.group(1).decode() if m else "utf-8"
    if enc.lower() in ("gb2312", "gbk"):
        enc = "gb18030"
    return raw.decode(enc)


def html_rows(text: str) -> list[list[list[str]]]:
    """Tables → rows → cell texts, spans laid out (covered positions repeat '')."""
    import lxml.html

    doc = lxml.html.fromstring(text)
    tables = []
    for tab in doc.iter("table"):
        grid: dict[tuple[int, int], str] = {}
        for r, tr in enumerate(tab.iter("tr")):
            col = 0
            for td in tr:
                if td.tag not in ("td", "th"):
                    continue
                while (r, col) in grid:
                    col += 1
                txt = re.sub(r"\s+", "", td.text_content().replace("\xa0", ""))
                rs, cs = int(td.get("rowspan", 1)), int(td.get("colspan", 1))
                for dr in range(rs):
                    for dc in range(cs):
                        grid[(r + dr, col + dc)] = txt if dr == dc == 0 else ""
                col += cs
        grid = {k: v for k, v in grid.items() if any(grid.get((k[0], c), "") for c in range(40))}
        if grid:
            rows_kept = sorted({r for r, _ in grid})
            grid = {(rows_kept.index(r), c): v for (r, c), v in grid.items()}
            h = max(r for r, _ in grid) + 1
            tables.append(
                [[grid.get((r, c), "") for c in range(max(c for rr, c in grid if rr == r) + 1)] for r in range(h)]
            )
    return tables


def docx_rows(path: Path) -> list[list[list[str]]]:
    import docx

    d = docx.Document(str(path))
    out = []
    for t in d.tables:
        rows = []
        for tr in t.rows:
            seen, cells = set(), []
            for c in tr.cells:
                # merged cells come back repeated: keep the first of each
                key = id(c._tc)
                cells.append("" if key in seen else c.text.replace("\n", ""))
                seen.add(key)
            rows.append(cells)
        out.append(rows)
    return out


def file_text(path: Path) -> str:
    raw = path.read_bytes()
    if path.suffix == ".html":
        return html_text(raw)
    if path.suffix in (".txt", ".md"):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("gb18030")
    if path.suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if path.suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for rows in docx_rows(path):
            parts += [" ".join(r) for r in rows]
        return "\n".join(parts)
    raise ValueError(path.suffix)


def printed_numbers(text: str, path: Path) -> Counter:
    if path.suffix == ".html":
        import lxml.html

        text = " ".join(td.text_content() for td in lxml.html.fromstring(text).iter("td", "th"))
    text = text.translate(FW)
    if path.suffix == ".md":  # digits the OCR spaced apart stay inside one pipe cell
        text = "|".join(re.sub(r"(?<=\d) (?=\d)", "", cell) for cell in text.split("|"))
    return Counter(t.lstrip("+") for t in re.findall(r"[+-]?\d+(?:\.\d+)?", text))


def fmt(v) -> str:
    return str(v)


def check_file(g):
    gid = g["id"]
    path = HERE / g["file"]
    if not path.exists():
        err(gid, "file missing")
        return
    if path.stat().st_size > 200_000:
        err(gid, f"file over 200 kB ({path.stat().st_size})")
    try:
        text = file_text(path)
    except Exception as exc:  # noqa: BLE001 - report and go on
        err(gid, f"unreadable: {exc}")
        return
    if len(text) < 500:
        err(gid, "almost no text")
    if str(g["year"]) not in text:
        err(gid, "year not in the text")
    short = g["agency"]
    if not any(part in text for part in (short, short[-6:])):
        err(gid, "agency not in the text")
    if not g["tables_recoverable"]:
        return
    glued = any(v.startswith("glued") for v in g["placeholders"].values()) or "glued" in g["family"]
    if glued:
        flat = re.sub(r"\s", "", text)
        for r in ROWS21 if g["template"] == "GF2021" else ROWS19:
            if not g["t3"]:
                break
            cells = [g["t3"][f"{r}.{c}"] for c in COLS]
            if any(v is None for v in cells):
                continue
            run = "".join(map(str, cells))
            lab = ROW_LABEL[r]
            i = flat.find(lab, flat.find("勾稽关系"))
            if r == "r7":
                i = flat.find("（七）总计", flat.find("勾稽关系"))
            if i < 0 or run not in flat[i : i + 120]:
                err(gid, f"glued row {r}: {run} not after its label")
        return
    nums = printed_numbers(text, path)
    want = Counter()
    for t in ("t2", "t3", "t4"):
        for v in g[t].values():
            if v is not None:
                want[fmt(v)] += 1
    missing = want - nums
    if missing:
        err(gid, f"values not printed: {dict(missing)}")
    if path.suffix in (".html", ".docx"):
        tables = html_rows(text) if path.suffix == ".html" else docx_rows(path)
        check_positions(g, tables)
    elif path.suffix == ".md" and "<table>" in text:
        check_positions(g, html_rows(text))
    elif path.suffix == ".md":
        check_positions(g, md_tables(text))
    elif "lines" in g["family"]:
        check_positions(g, [lines_to_rows(text)])
    elif path.suffix in (".txt", ".pdf") and "\t" in text:
        check_positions(g, [[line.split("\t") for line in text.splitlines()]])
    elif path.suffix in (".txt", ".pdf"):
        check_positions(
            g, [[re.split(r" +", line.strip()) for line in text.splitlines()]], lenient=path.suffix == ".pdf"
        )


def lines_to_rows(text: str) -> list[list[str]]:
    """One cell per line: a label line opens a row, the number (or empty) lines after it are its cells."""
    rows: list[list[str]] = []
    for line in text.splitlines():
        cell = line.strip().replace("　", "")
        if _num(cell) is None and cell:
            rows.append([cell])
        elif rows:
            rows[-1].append(cell)
    return rows


def md_tables(text: str) -> list[list[list[str]]]:
    """Pipe tables of a Markdown file; the header separator line dropped."""
    tables, cur = [], []
    for line in text.splitlines():
        if line.startswith("|"):
            if not re.fullmatch(r"\|(---\|)+", line):
                cur.append([c.strip() for c in line.strip()[1:-1].split("|")])
        elif cur:
            tables.append(cur)
            cur = []
    if cur:
        tables.append(cur)
    return tables


def _num(s: str):
    s = s.translate(FW).replace(" ", "")
    s = re.sub(r"(万元|元)$", "", s)
    if re.fullmatch(r"[+-]?\d+(\.\d+)?", s):
        return float(s) if "." in s else int(s)
    return None


def check_positions(g, tables, lenient=False):
    """Each table-三 row, table 四 and each table-二 row carries the gold values in order (rows found by
    label anywhere in the file's tables; values are the row's last cells). lenient: a row not found is
    not an error (PDF text lines where a wrapped label leaves its numbers on another line)."""
    gid = g["id"]
    allrows = [
        [x.replace("(", "（").replace(")", "）") for x in r] for t in tables for r in t if any(x.strip() for x in r)
    ]
    if g["t3"]:
        rows = ROWS21 if g["template"] == "GF2021" else ROWS19
        sub = any("小计" in "".join(r) for r in allrows)
        data = [r for r in allrows if not any(x == "小计" for x in r)]
        start = next((i for i, r in enumerate(data) if any("本年新收" in x for x in r)), 0)
        data = data[start:]
        for key in rows:
            lab = {"r6": "（六）其他处理", "r7": "（七）总计"}.get(key, ROW_LABEL[key])
            cand = [r for r in data if any(lab in x for x in r[:-7] if x)]
            cand = [r for r in cand if all(_num(x) is not None or x in ("", "/", "—", "-", "无") for x in r[-7:])]
            if len(cand) != 1:
                if not lenient:
                    err(gid, f"t3 row {key}: {len(cand)} matching rows")
                continue
            vals = [_num(x) if x else None for x in cand[0][-(8 if sub else 7) :]]
            if sub:
                vals = vals[:6] + vals[7:]
            want = [g["t3"][f"{key}.{c}"] for c in COLS]
            if vals != want:
                err(gid, f"t3 row {key}: printed {vals} gold {want}")
    if g["t4"]:
        nums = [[x for x in r if _num(x) is not None] for r in allrows]
        nums = [r for r in nums if len(r) in (5, 15)]
        nums = [r for r in nums if not any("第" in x for x in r)]
        vals = [_num(x) for r in nums[-3:] if len([x for x in r if x.strip()]) == 5 for x in r if x.strip()]
        if len(nums) and len([x for x in nums[-1] if x.strip()]) == 15:
            vals = [_num(x) for x in nums[-1] if x.strip()]
        want = [g["t4"][k] for k in T4]
        if vals != want and not (lenient and not vals):
            err(gid, f"t4 printed {vals} gold {want}")
    for prefix, lab in T2_LABEL.items():
        keys = [k for k in g["t2"] if k.split(".")[0] == prefix]
        if not keys:
            continue
        row = next(
            (r for r in allrows if r and (r[0] == lab or (prefix == "norm" and r[0].endswith("规范性文件")))), None
        )
        if row is None:
            if not lenient:
                err(gid, f"t2 row {lab} missing")
            continue
        printed = [x for i, x in enumerate(row[1:]) if x != "" or i < len(keys)][: len(keys)]
        vals = [_num(x) if x else None for x in printed]
        want = [g["t2"][k] for k in keys]
        if [v if v is not None else None for v in vals] != [w if w is not None else (None) for w in want] and not all(
            (v is None and w is None) or v == w for v, w in zip(vals, want)
        ):
            err(gid, f"t2 row {lab}: printed {printed} gold {want}")


def main() -> int:
    golds = sorted((HERE / "gold").glob("*.json"))
    files = sorted((HERE / "reports").iterdir())
    ids = set()
    for p in golds:
        g = json.loads(p.read_text(encoding="utf-8"))
        ids.add(g["file"])
        if p.stem != g["id"]:
            err(g["id"], "gold file name ≠ id")
        check_keys(g)
        check_findings(g)
        check_file(g)
    for f in files:
        if f"reports/{f.name}" not in ids:
            errors.append(f"{f.name}: report without gold")
    for e in errors:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(files)} reports, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
