"""Check eval/wild4's gold independently of make.py: `.venv/bin/python eval/wild4/validate.py`.

It re-reads every report file (HTML through lxml with inline `display:none` dropped, DOCX through its XML —
w:t only, so tracked deletions and field codes are not text, content controls are walked into —, PDF through
pdfplumber with the page margins cropped, text decoded by its BOM) and checks: fields; cell keys equal to the
key set most eval/corpus/gold files of the template use; null cells ⇔ placeholders; findings recomputed from
the gold values; file size < 200 kB; agency, year and template wording printed; in each table's section, the
printed numbers in exactly the gold's order (table 三 row by row, or as the family lays it out), table 二's
numbers equal to the gold's as a multiset."""

from __future__ import annotations

import collections
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import pdfplumber
from lxml import etree, html

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus" / "gold"
COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
T4 = [f"{k}.{p}" for k in ("rv", "ld", "lr") for p in ("keep", "fix", "other", "pend", "tot")]
H = {
    "t2": "二、主动公开政府信息情况",
    "t3": "三、收到和处理政府信息公开申请情况",
    "t4": "四、政府信息公开行政复议、行政诉讼情况",
    "end": "五、存在的主要问题及改进情况",
}
FULL = str.maketrans("０１２３４５６７８９", "0123456789")
CN = "〇一二三四五六七八九"


def key_sets() -> dict[str, list[str]]:
    """Per template, the t3 key list most corpus gold files use (order as printed: rows, then columns)."""
    seen: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    t2: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for f in CORPUS.glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        if g["template"] in ("GF2021", "GF2019") and g.get("t3"):
            seen[g["template"]][tuple(g["t3"])] += 1
            t2[g["template"]][tuple(g["t2"])] += 1
    return {k: list(v.most_common(1)[0][0]) for k, v in seen.items()} | {
        f"t2/{k}": list(v.most_common(1)[0][0]) for k, v in t2.items()
    }


# ------------------------------------------------------------------------------------------ reading


def read_html(data: bytes) -> str:
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError:
        s = data.decode("gbk")
    root = html.fromstring(s)
    for el in root.xpath("//*[@style]"):
        if re.search(r"display\s*:\s*none", el.get("style", "")):
            el.drop_tree()
    for el in root.xpath("//style|//script|//title"):
        el.drop_tree()
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> str:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    root = etree.fromstring(xml)
    lines = []
    for p in root.iter(f"{W}p"):
        lines.append("".join(t.text or "" for t in p.iter(f"{W}t")))
    return "\n".join(lines)


def read_pdf(data: bytes) -> str:
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            mm = 72 / 25.4
            crop = page.crop((0, 16 * mm, page.width, page.height - 16 * mm))
            out.append(crop.extract_text() or "")
    return "\n".join(out)


def read_text(data: bytes) -> str:
    if data.startswith(b"\xff\xfe"):
        return data[2:].decode("utf-16-le")
    return data.decode("utf-8")


def read(path: Path) -> str:
    data = path.read_bytes()
    ext = path.suffix
    if ext == ".html":
        return read_html(data)
    if ext == ".docx":
        return read_docx(data)
    if ext == ".pdf":
        return read_pdf(data)
    return read_text(data)


# ------------------------------------------------------------------------------------------ checks


def numbers(section: str) -> list[float]:
    s = section.translate(FULL)
    s = re.sub(r"(?<![\d,.])\d{1,2}\.(?=[\u4e00-\u9fff])", " ", s)  # item numbering 「1.属于」
    out = []
    for m in re.finditer(r"[+-]?\d[\d,]*(?:\.\d+)?", s):
        out.append(float(m.group().replace(",", "")))
    return out


def section(text: str, name: str) -> str:
    order = ["t2", "t3", "t4", "end"]
    a = text.index(H[name])
    b = text.index(H[order[order.index(name) + 1]], a)
    return text[a + len(H[name]) : b]


def expected_t3(g: dict, keys: list[str]) -> list[float]:
    rows = list(dict.fromkeys(k.split(".")[0] for k in keys))
    fam = g["family"]

    def vals(rs, cs):
        return [g["t3"][f"{r}.{c}"] for r in rs for c in cs if g["t3"][f"{r}.{c}"] is not None]

    if fam == "docx-t3-column-split":
        return [v for r in rows for v in vals([r], COLS[:3])] + [v for r in rows for v in vals([r], COLS[3:])]
    if fam == "html4-tfoot-first":
        rows = rows[-2:] + rows[:-2]
    seq = [v for r in rows for v in vals([r], COLS)]
    if fam == "html-pc-and-mobile-copies":
        seq = seq * 2
    return seq


def findings(g: dict) -> set[tuple[str, str]]:
    t3, t4 = g["t3"], g["t4"]
    rows = list(dict.fromkeys(k.split(".")[0] for k in t3))
    results = [r for r in rows if r not in ("new", "carry_in", "r7", "carry_out")]

    def v(k):
        return t3.get(k) or 0

    out = set()
    for c in COLS:
        if v(f"new.{c}") + v(f"carry_in.{c}") != v(f"r7.{c}") + v(f"carry_out.{c}"):
            out.add(("H1", f"t3 column {c}"))
        if sum(v(f"{r}.{c}") for r in results) != v(f"r7.{c}"):
            out.add(("H3", f"t3 column {c}"))
    for r in rows:
        if sum(v(f"{r}.{c}") for c in COLS[:-1]) != v(f"{r}.tot"):
            out.add(("H2", f"t3.{r}"))
    for k in ("rv", "ld", "lr"):
        if sum(t4[f"{k}.{p}"] or 0 for p in ("keep", "fix", "other", "pend")) != (t4[f"{k}.tot"] or 0):
            out.add(("H5", f"t4.{k}"))
    return out


def check(gpath: Path, keys: dict) -> list[str]:
    g = json.loads(gpath.read_text(encoding="utf-8"))
    errs = []
    need = ["id", "file", "agency", "region", "level", "year", "template", "tables_recoverable", "family", "format"]
    need += ["t2", "t3", "t4", "placeholders", "findings", "special", "metrics", "qa"]
    errs += [f"field {f} missing" for f in need if f not in g]
    path = HERE / g["file"]
    if path.stat().st_size >= 200_000:
        errs.append("file over 200 kB")
    text = read(path)
    y = g["year"]
    year_ok = str(y) in text or "".join(CN[int(d)] for d in str(y)) in text
    if not year_ok:
        errs.append("year not printed")
    if g["agency"] not in text:
        errs.append("agency not printed")
    if g["template"] == "LEGACY":
        if g["t3"] or g["t2"] or g["t4"] or g["tables_recoverable"]:
            errs.append("LEGACY with cells")
        if "本年制发件数" in text or "本年新制作数量" in text:
            errs.append("LEGACY file prints a GF table 二 header")
        return errs
    tpl = g["template"]
    if list(g["t3"]) != keys[tpl]:
        errs.append("t3 keys differ from the corpus key set")
    if list(g["t2"]) != keys[f"t2/{tpl}"]:
        errs.append("t2 keys differ from the corpus key set")
    if list(g["t4"]) != T4:
        errs.append("t4 keys differ")
    word = "本年制发件数" if tpl == "GF2021" else "本年新制作数量"
    if word[:4] not in text:  # a narrow cell may wrap the rest
        errs.append(f"template word {word} not printed")
    nulls = {f"{t}.{k}" for t in ("t2", "t3", "t4") for k, v in g[t].items() if v is None}
    ph = {k for k in g["placeholders"] if not k.endswith("amount_unit")}
    if nulls != ph:
        errs.append(f"null cells ≠ placeholders: {sorted(nulls ^ ph)[:4]}")
    got = {(f["check"], f["where"]) for f in g["findings"]}
    if got != findings(g):
        errs.append(f"findings differ: gold {sorted(got)} recomputed {sorted(findings(g))}")
    try:
        s2, s3, s4 = section(text, "t2"), section(text, "t3"), section(text, "t4")
    except ValueError:
        return errs + ["a section heading is missing"]
    e3 = [float(v) for v in expected_t3(g, keys[tpl])]
    n3 = numbers(s3)
    if n3 != e3:
        i = next((i for i, (a, b) in enumerate(zip(n3, e3)) if a != b), min(len(n3), len(e3)))
        errs.append(f"t3 printed numbers ≠ gold order (len {len(n3)} vs {len(e3)}, first difference at {i})")
    e4 = [float(g["t4"][k]) for k in T4 if g["t4"][k] is not None]
    if g["family"] == "html-pc-and-mobile-copies":
        e4 = e4 * 2
    if numbers(s4) != e4:
        errs.append(f"t4 printed numbers ≠ gold: {numbers(s4)} vs {e4}")
    e2 = sorted(float(v) for v in g["t2"].values() if v is not None)
    if sorted(numbers(s2)) != e2:
        errs.append(f"t2 printed numbers ≠ gold: {sorted(numbers(s2))} vs {e2}")
    return errs


def main() -> int:
    keys = key_sets()
    files = sorted((HERE / "gold").glob("*.json"))
    bad = 0
    for f in files:
        errs = check(f, keys)
        if errs:
            bad += 1
            print(f.stem)
            for e in errs:
                print("   ", e)
    print(f"{len(files)} reports, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
