"""Check eval/wild2 gold independently of the generator: `.venv/bin/python eval/wild2/validate.py`.

- fields, template and cell keys against the key lists of eval/corpus/gold (same template);
- findings recomputed from the gold values (H1/H2/H3/H5, None as 0) and compared with the gold's;
- every placeholder sits on a null cell, every null cell has a placeholder;
- every file readable and under 200 kB; every gold value printed in the file's text;
- table-三 rows (HTML, DOCX, pipe Markdown, one-row-a-line text) carry exactly their non-null gold
  values in order after their label.
Imports nothing of the project and nothing of make.py.
"""
from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus" / "gold"
FIELDS = {"id", "file", "agency", "region", "level", "year", "template", "tables_recoverable", "family", "format",
          "t2", "t3", "t4", "placeholders", "findings", "special", "metrics", "qa"}
FW = str.maketrans("０１２３４５６７８９．", "0123456789.")
APPL = ["np", "biz", "sci", "npo", "law", "oth"]
LABEL = {"new": "本年新收", "carry_in": "上年结转", "carry_out": "结转下年度", "r1": "予以公开", "r2": "部分公开",
         "r7": "总计", "r6": "其他处理",
         "r3_1": "属于国家秘密", "r3_2": "禁止公开", "r3_3": "三安全一稳定", "r3_4": "保护第三方",
         "r3_5": "三类内部事务", "r3_6": "四类过程性", "r3_7": "行政执法案卷", "r3_8": "行政查询事项",
         "r4_1": "不掌握", "r4_2": "另行制作", "r4_3": "补正后", "r5_1": "信访举报", "r5_2": "重复申请",
         "r5_3": "公开出版物", "r5_4": "大量反复", "r5_5": "确认或重新出具", "r6_1": "逾期不补正",
         "r6_2": "收费通知", "r6_3": "3.其他"}


def corpus_keys() -> dict:
    """Per template and table, the key set most corpus gold files of that template use (hongze-2023 is a
    GF2021 report whose publisher printed one （六）其他处理 row: a minority variant, not the template)."""
    from collections import Counter
    seen: dict = {}
    for f in sorted(CORPUS.glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for t in ("t2", "t3", "t4"):
            if d.get(t):
                seen.setdefault(d["template"], {}).setdefault(t, Counter())[frozenset(d[t])] += 1
    return {tpl: {t: set(c.most_common(1)[0][0]) for t, c in v.items()} for tpl, v in seen.items()}


def recompute(g: dict) -> set:
    t3, t4 = g["t3"], g["t4"]
    out = set()
    if not t3:
        return out
    rows = sorted({k.split(".")[0] for k in t3})
    res = [r for r in rows if r.startswith("r") and r != "r7"]
    v = lambda k: t3.get(k) or 0  # noqa: E731
    for c in APPL + ["tot"]:
        if v(f"new.{c}") + v(f"carry_in.{c}") != v(f"r7.{c}") + v(f"carry_out.{c}"):
            out.add(("H1", f"t3 column {c}"))
        if sum(v(f"{r}.{c}") for r in res) != v(f"r7.{c}"):
            out.add(("H3", f"t3 column {c}"))
    for r in rows:
        if sum(v(f"{r}.{c}") for c in APPL) != v(f"{r}.tot"):
            out.add(("H2", f"t3.{r}"))
    for grp in ("rv", "ld", "lr"):
        if sum(t4.get(f"{grp}.{p}") or 0 for p in ("keep", "fix", "other", "pend")) != (t4.get(f"{grp}.tot") or 0):
            out.add(("H5", f"t4.{grp}"))
    return out


def read_text(path: Path) -> tuple[str, list[list[str]]]:
    """The file's text and, where the format has them, its table rows as cell lists."""
    data = path.read_bytes()
    rows: list[list[str]] = []
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        return text, rows
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(io.BytesIO(data))
        z = zipfile.ZipFile(io.BytesIO(data))
        xml = z.read("word/document.xml").decode("utf-8")
        text = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))

        def walk(tables):
            for t in tables:
                for row in t.rows:
                    cells = []
                    for c in row.cells:
                        if c.tables:
                            walk(c.tables)
                        cells.append(c.text)
                    rows.append(cells)
        walk(doc.tables)
        return text, rows
    text = data.decode("utf-8")
    if path.suffix == ".html":
        from lxml import html as LH
        tree = LH.fromstring(text)
        for tr in tree.iter("tr"):
            if tr.xpath(".//table"):
                continue  # a layout row holding tables
            rows.append([td.text_content().replace("\xa0", "").strip() for td in tr.xpath("./td|./th")])
        text = " ".join(tree.itertext())
    elif path.suffix == ".md":
        rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in text.splitlines()
                if ln.startswith("| ")]
    else:
        rows = [ln.split() for ln in text.splitlines()]
    return text, rows


def nums(s: str) -> list[str]:
    return re.findall(r"[-+]?\d+(?:\.\d+)?", s.translate(FW))


def check_rows(g: dict, rows: list[list[str]]) -> list[str]:
    errs = []
    t3 = g["t3"]
    for r in sorted({k.split(".")[0] for k in t3}):
        want = [str(t3[f"{r}.{c}"]) for c in APPL + ["tot"] if t3[f"{r}.{c}"] is not None]
        lab = LABEL[r]
        found = False
        for row in rows:
            joined = " ".join(row).translate(FW)
            if lab not in joined:
                continue
            if r == "r7" and "（七）" not in joined and "(七)" not in joined:
                continue
            if r == "r6" and "（六）其他处理" not in joined:
                continue
            idx = max(i for i, c in enumerate(row) if lab in c.translate(FW))
            got = [n for c in row[idx + 1:] for n in nums(c.replace("件", ""))]
            if got == want:
                found = True
                break
        if not found:
            errs.append(f"t3 row {r}: no table row carries {want} after 「{lab}」")
    return errs


def main() -> int:
    keys = corpus_keys()
    bad = 0
    golds = sorted((HERE / "gold").glob("*.json"))
    for f in golds:
        g = json.loads(f.read_text(encoding="utf-8"))
        errs = []
        if set(g) != FIELDS:
            errs.append(f"fields {sorted(set(g) ^ FIELDS)}")
        tpl = g["template"]
        if g["tables_recoverable"]:
            for t in ("t2", "t3", "t4"):
                if set(g[t]) != keys[tpl][t]:
                    errs.append(f"{t} keys differ from corpus {tpl}: {sorted(set(g[t]) ^ keys[tpl][t])[:6]}")
        for t in ("t2", "t3", "t4"):
            for k, v in g[t].items():
                if (v is None) != (f"{t}.{k}" in g["placeholders"]):
                    errs.append(f"{t}.{k}: null/placeholder mismatch")
        want = {(x["check"], x["where"]) for x in g["findings"]}
        if want != recompute(g):
            errs.append(f"findings {sorted(want)} ≠ recomputed {sorted(recompute(g))}")
        path = HERE / g["file"]
        if path.stat().st_size >= 200_000:
            errs.append("file ≥ 200 kB")
        text, rows = read_text(path)
        printed = set(nums(text))
        for t in ("t2", "t3", "t4"):
            for k, v in g[t].items():
                if v is not None and (f"{v:g}" if isinstance(v, float) else str(v)) not in printed \
                        and f"+{v}" not in printed:
                    errs.append(f"{t}.{k}={v} not printed")
        for k, raw in g["placeholders"].items():
            if raw and raw not in text and not k.endswith("amount_unit"):
                errs.append(f"placeholder {k} {raw!r} not printed")
        a, tx = g["agency"], text.translate(FW)
        if a not in tx and not (a[:6] in tx and a[4:] in tx):  # or composed: site name + short name
            errs.append("agency not printed")
        if g["t3"] and rows and g["family"] not in ("md-pandoc-grid", "crawler-lines-slash"):
            errs += check_rows(g, rows)
        status = "ok" if not errs else "FAIL"
        print(f"{status} {g['id']}")
        for x in errs[:12]:
            print("   ", x)
        bad += bool(errs)
    print(f"{len(golds) - bad} ok, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
