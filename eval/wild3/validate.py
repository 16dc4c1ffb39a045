"""Check eval/wild3's gold independently of make.py (it imports nothing from it or from the project).

    .venv/bin/python eval/wild3/validate.py

- fields; cell keys equal to the key set most eval/corpus/gold files of the same template use;
- null cells ⇔ placeholders (plus the GF2019 amount unit);
- findings (H1/H2/H3/H5) recomputed from the gold values;
- every file readable (HTML parsed, DOCX opened, PDF text extracted) and under 200 kB;
- agency and year printed;
- in the text of each table's section (read from the file, not from make.py), the printed values —
  numbers, with 「件」 and full-width digits folded, and printed placeholders — come in exactly the gold's
  order (table 三 row by row, or column by column when the table is turned; table 四 row by row); table
  二's numbers are the gold's (as a multiset: some files print its columns in another order; as a set
  where spanned text is repeated in every slot).
"""

from __future__ import annotations

import html as htmlmod
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus" / "gold"
FIELDS = ["id", "file", "agency", "region", "level", "year", "template", "tables_recoverable", "family", "format",
          "t2", "t3", "t4", "placeholders", "findings", "special", "metrics", "qa"]
APP = ["np", "biz", "sci", "npo", "law", "oth"]
COLS = APP + ["tot"]
PLACE = {"—", "无", "/", "－", "-", ""}
FWD = str.maketrans("０１２３４５６７８９．－＋", "0123456789.-+")


def corpus_keys() -> dict[str, dict[str, set]]:
    """Per template, the key set of each table that most corpus gold files use."""
    seen: dict[str, dict[str, Counter]] = {}
    for p in CORPUS.glob("*.json"):
        g = json.loads(p.read_text(encoding="utf-8"))
        for t in ("t2", "t3", "t4"):
            if g.get(t):
                seen.setdefault(g["template"], {}).setdefault(t, Counter())[frozenset(g[t])] += 1
    return {tpl: {t: set(c.most_common(1)[0][0]) for t, c in d.items()} for tpl, d in seen.items()}


def row_order(t3: dict) -> list[str]:
    rows = []
    for k in t3:
        r = k.rsplit(".", 1)[0]
        if r not in rows:
            rows.append(r)

    def rank(r: str):
        fixed = {"new": (0,), "carry_in": (1,), "r7": (90,), "carry_out": (91,)}
        if r in fixed:
            return fixed[r]
        m = re.fullmatch(r"r(\d)(?:_(\d))?", r)
        return (2 + int(m.group(1)), int(m.group(2) or 0))

    return sorted(rows, key=rank)


def recompute(g: dict) -> set[tuple[str, str]]:
    v = {k: (x or 0) for k, x in g["t3"].items()}
    rows = row_order(g["t3"])
    results = [r for r in rows if r not in ("new", "carry_in", "r7", "carry_out")]
    out = set()
    for c in COLS:
        if v[f"new.{c}"] + v[f"carry_in.{c}"] != v[f"r7.{c}"] + v[f"carry_out.{c}"]:
            out.add(("H1", f"t3 column {c}"))
        if sum(v[f"{r}.{c}"] for r in results) != v[f"r7.{c}"]:
            out.add(("H3", f"t3 column {c}"))
    for r in rows:
        if sum(v[f"{r}.{c}"] for c in APP) != v[f"{r}.tot"]:
            out.add(("H2", f"t3.{r}"))
    w = {k: (x or 0) for k, x in g["t4"].items()}
    for r in ("rv", "ld", "lr"):
        if sum(w[f"{r}.{c}"] for c in ("keep", "fix", "other", "pend")) != w[f"{r}.tot"]:
            out.add(("H5", f"t4.{r}"))
    return out


# ---- the text of a file --------------------------------------------------------------------------


def text_of(path: Path, fmt: str) -> str:
    data = path.read_bytes()
    if fmt == "html":
        import lxml.html

        root = lxml.html.fromstring(data.decode("utf-8"))
        for el in root.xpath('//*[contains(translate(@style," ",""),"display:none")]'):
            el.drop_tree()  # hidden text is no part of the report (its tail is kept)
        lines = []
        for el in root.iter():
            if el.tag == "tr":
                cells = [" ".join(c.text_content().split()) for c in el if c.tag in ("td", "th")]
                lines.append(" | ".join(cells))
            elif el.tag in ("p", "h1", "h2") and not el.xpath("ancestor::table"):
                lines.append(el.text_content().strip())
        return "\n".join(lines)
    if fmt == "docx":
        import docx

        d = docx.Document(str(path))
        lines = []
        body = d.element.body
        for child in body.iterchildren():
            if child.tag.endswith("}p"):
                lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif child.tag.endswith("}tbl"):
                for tr in child.iter():
                    if not tr.tag.endswith("}tr"):
                        continue
                    cells = []
                    for tc in tr:
                        if not tc.tag.endswith("}tc"):
                            continue
                        vm = [e for e in tc.iter() if e.tag.endswith("}vMerge")]
                        if vm and vm[0].get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val") != "restart":
                            continue  # continuation of a vertical merge: no text of its own
                        cells.append(" ".join("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")).split()))
                    lines.append(" | ".join(cells))
        return "\n".join(lines)
    if fmt == "pdf":
        import pdfplumber

        mm = 72 / 25.4
        with pdfplumber.open(str(path)) as pdf:
            parts = []
            for p in pdf.pages:  # running headers/footers cropped off: they are not table cells
                parts.append(p.crop((0, 16 * mm, p.width, p.height - 16 * mm)).extract_text() or "")
        return "\n".join(parts)
    t = data.decode("utf-8")
    if fmt == "txt":
        t = htmlmod.unescape(t)
        t = "\n".join(ln for ln in t.splitlines() if not re.fullmatch(r"\s*第 \d+ 页 共 \d+ 页\s*", ln))
    return t


def tokens(region: str) -> list:
    out: list = []
    for field in re.split(r"[\s|\u3000\xa0]+", region):
        f = field.replace("件", "").translate(FWD)
        if re.fullmatch(r"[+-]?\d+(\.\d+)?", f):
            out.append(float(f))
        elif field in PLACE - {""}:
            out.append(field)
    return out


def section(text: str, start: str, end: str) -> str:
    i = text.find(start)
    j = text.find(end, i + len(start))
    if i < 0 or j < 0:
        raise ValueError(f"section {start}…{end} not found")
    return text[i + len(start): j]


def expected(g: dict, table: str, turned: bool = False) -> list:
    vals = g[table]
    ph = g["placeholders"]
    if table == "t3":
        rows = row_order(vals)
        keys = [f"{r}.{c}" for c in COLS for r in rows] if turned else [f"{r}.{c}" for r in rows for c in COLS]
    else:
        keys = [f"{r}.{c}" for r in ("rv", "ld", "lr") for c in ("keep", "fix", "other", "pend", "tot")]
    out: list = []
    for k in keys:
        v = vals[k]
        if v is None:
            raw = ph[f"{table}.{k}"]
            if raw:
                out.append(raw)
        else:
            out.append(float(v))
    return out


LABELS = {
    "new": "一、本年新收政府信息公开申请数量", "carry_in": "二、上年结转政府信息公开申请数量", "r1": "（一）予以公开",
    "r2": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "r3_1": "1.属于国家秘密", "r3_2": "2.其他法律行政法规禁止公开",
    "r3_3": "3.危及“三安全一稳定”", "r3_4": "4.保护第三方合法权益", "r3_5": "5.属于三类内部事务信息", "r3_6": "6.属于四类过程性信息",
    "r3_7": "7.属于行政执法案卷", "r3_8": "8.属于行政查询事项", "r4_1": "1.本机关不掌握相关政府信息",
    "r4_2": "2.没有现成信息需要另行制作", "r4_3": "3.补正后申请内容仍不明确", "r5_1": "1.信访举报投诉类申请", "r5_2": "2.重复申请",
    "r5_3": "3.要求提供公开出版物", "r5_4": "4.无正当理由大量反复申请", "r5_5": "5.要求行政机关确认或重新出具已获取信息",
    "r6_1": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "r6_2": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "r6_3": "3.其他",
    "r6": "（六）其他处理", "r7": "（七）总计", "carry_out": "四、结转下年度继续办理",
}
APPLICANTS = {"np": "自然人", "biz": "商业企业", "sci": "科研机构", "npo": "社会公益组织", "law": "法律服务机构", "oth": "其他",
              "tot": "总计"}
# formats whose table rows are lines with the label first: the row check applies
ROW_FORMATS = {"html", "docx", "markdown"}
ROW_FAMILIES = {"text-ideographic-fullwidth", "excel-tab-2col-defect"}


def row_check(g: dict, region: str, turned: bool) -> list[str]:
    """Each table-三 row (turned: each applicant row) found once, its label first, then exactly its gold
    values (and printed placeholders) in order."""
    names = {k: v for k, v in (APPLICANTS if turned else LABELS).items()}
    rows = row_order(g["t3"])
    want_keys = COLS if turned else rows
    seen: dict[str, list] = {}
    for line in region.splitlines():
        fields = [f for f in re.split(r"[\s|\u3000\xa0]+", line) if f]
        label = []
        i = 0
        while i < len(fields) and not tokens(fields[i]):
            label.append(fields[i])
            i += 1
        rest = tokens(" ".join(fields[i:]))
        if not rest:
            continue
        text = "".join(label)
        hits = [k for k, name in names.items() if text.endswith(name)]
        if not hits:
            return [f"a table-三 line with values but no known label: {line[:40]}"]
        key = max(hits, key=lambda k: len(names[k]))
        if key in seen:
            return [f"table 三 row {key} printed twice"]
        seen[key] = rest
    errs = []
    for k in want_keys:
        cells = [f"{c}.{k}" for c in rows] if turned else [f"{k}.{c}" for c in COLS]
        want = []
        for c in cells:
            v = g["t3"][c]
            if v is None:
                raw = g["placeholders"][f"t3.{c}"]
                if raw:
                    want.append(raw)
            else:
                want.append(float(v))
        if seen.get(k) != want:
            errs.append(f"table 三 row {k}: printed {seen.get(k)} ≠ gold {want}")
    return errs


def check(g: dict, keys: dict) -> list[str]:
    errs: list[str] = []
    for f in FIELDS:
        if f not in g:
            errs.append(f"missing field {f}")
    path = HERE / g["file"]
    if not path.exists():
        return errs + ["file missing"]
    if path.stat().st_size >= 200_000:
        errs.append("file ≥ 200 kB")
    if g["template"] != "LEGACY":
        for t in ("t2", "t3", "t4"):
            if set(g[t]) != keys[g["template"]][t]:
                errs.append(f"{t} keys differ from the corpus key set of {g['template']}")
        for t in ("t2", "t3", "t4"):
            for k, v in g[t].items():
                if (v is None) != (f"{t}.{k}" in g["placeholders"]):
                    errs.append(f"{t}.{k}: null ⇔ placeholder broken")
        for k in g["placeholders"]:
            if k == "t2.procurement.amount_unit":
                continue
            t, kk = k.split(".", 1)
            if g[t].get(kk, 0) is not None:
                errs.append(f"placeholder {k} on a non-null cell")
        if ("t2.procurement.amount_unit" in g["placeholders"]) != (g["template"] == "GF2019"):
            errs.append("amount unit placeholder ⇔ GF2019 broken")
        found = {(f["check"], f["where"]) for f in g["findings"]}
        if found != recompute(g):
            errs.append(f"findings {sorted(found)} ≠ recomputed {sorted(recompute(g))}")
    try:
        text = text_of(path, g["format"])
    except Exception as exc:  # noqa: BLE001
        return errs + [f"unreadable: {exc}"]
    flat = re.sub(r"\s+", "", text)
    if g["agency"] not in flat:
        errs.append("agency not printed")
    if f"{g['year']}年" not in flat:
        errs.append("year not printed")
    if g["template"] == "LEGACY":
        return errs
    turned = "transposed" in g["family"]
    t3 = section(text, "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议")
    got, want = tokens(t3), expected(g, "t3", turned)
    if got != want:
        errs.append(f"table 三 printed values ≠ gold order: got {got[:12]}… want {want[:12]}…")
    if g["format"] in ROW_FORMATS or g["family"] in ROW_FAMILIES:
        errs += row_check(g, t3, turned)
    t4 = section(text, "四、政府信息公开行政复议、行政诉讼情况", "五、")
    got, want = tokens(t4), expected(g, "t4")
    if got != want:
        errs.append(f"table 四 printed values ≠ gold: got {got} want {want}")
    t2 = section(text, "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
    got2 = tokens(t2)
    nums = Counter(x for x in got2 if isinstance(x, float))
    want2 = Counter(float(v) for v in g["t2"].values() if v is not None)
    if "repeat" in g["family"]:  # spanned text repeated in each slot it covers: a value may print twice
        nums, want2 = Counter(set(nums)), Counter(set(want2))
    if nums != want2:
        errs.append(f"table 二 numbers ≠ gold: extra {nums - want2} missing {want2 - nums}")
    for k, raw in g["placeholders"].items():
        if k.startswith("t2.") and k != "t2.procurement.amount_unit" and raw and raw not in got2:
            errs.append(f"{k}: placeholder {raw} not printed in table 二")
    unit = g["placeholders"].get("t2.procurement.amount_unit")
    if unit and f"（{unit}）" not in t2:
        errs.append("amount unit not printed in table 二's header")
    return errs


def main() -> int:
    keys = corpus_keys()
    bad = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    reports = sorted((HERE / "reports").iterdir())
    if len(golds) != len(reports):
        print(f"{len(golds)} gold files but {len(reports)} reports")
        bad += 1
    for p in golds:
        g = json.loads(p.read_text(encoding="utf-8"))
        errs = check(g, keys)
        if p.stem != g["id"]:
            errs.append("file name ≠ id")
        print(f"{g['id']:40} {'ok' if not errs else 'FAIL'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print(f"{len(golds)} reports, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
