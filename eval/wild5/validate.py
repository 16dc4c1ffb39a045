"""Check eval/wild5/gold against the files, independently of make.py: `.venv/bin/python eval/wild5/validate.py`.

Re-reads every file (HTML through lxml with <sup> marks and display:none dropped, <input value> read as
text, a JS string body decoded; DOCX through its XML — w:t/w:tab only, mc:Fallback skipped, altChunk HTML
parts read —; PDF through pdfplumber chars with 16 mm margins cropped, rotated characters read along their
own baseline, two-up sheets read half by half; text by BOM, UTF-8 or Big5; CSV through the csv module) and
checks: fields; cell keys equal to the key set most eval/corpus/gold files of the same template use; null
cells ⇔ placeholders; findings recomputed; file under 200 kB; agency and year printed; the template's
table-二 wording printed; and in each table's section the printed numbers (thousands separators folded,
item numbering 「1.」 dropped, 「零」 read 0, footnote marks and 「注：」 rows dropped) equal the gold's
non-null values in order (table 三 row by row, or column block by column block where the table was
printed in column blocks).
"""
from __future__ import annotations

import collections
import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import pdfplumber
from lxml import etree, html as lhtml


def _trad(text: str) -> str:
    """The name as the site's 繁體 switch prints it (make.py's own table)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from families import trad

    return trad(text)

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus" / "gold"
COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
FIELDS = ["id", "file", "agency", "region", "level", "year", "template", "tables_recoverable", "family",
          "format", "t2", "t3", "t4", "placeholders", "findings", "special", "metrics", "qa"]
MARKERS = {
    "default": [r"二、主[动動]公[开開]政府信息情[况況]", r"三、收到和[处處]理政府信息公[开開]申[请請]情[况況]",
                r"四、政府信息公[开開]行政[复復複][议議]", r"五、"],
    "pdf-excel-column-overflow": [r"附表一主动公开", r"附表二收到和处理", r"附表三政府信息公开", None],
    "pdf-rotated-content": [r"表二主动公开", r"表三收到和处理", r"表四政府信息公开", None],
}
COLUMN_BLOCKS = {"pdf-excel-column-overflow": [[0, 1, 2, 3], [4, 5, 6]]}
T2_WORDING = {"GF2021": ["本年制发件数", "本年制發件數"], "GF2019": ["本年新制作数量", "本年新製作數量", "本年新制作數量"]}


def majority_keys(template):
    sets = collections.Counter()
    for f in CORPUS.glob("*.json"):
        g = json.loads(f.read_text(encoding="utf-8"))
        if g.get("template") == template:
            for t in ("t2", "t3", "t4"):
                sets[(t, tuple(sorted(g.get(t, {}))))] += 1
    best = {}
    for (t, keys), n in sets.items():
        if t not in best or n > best[t][1]:
            best[t] = (keys, n)
    return {t: set(k) for t, (k, _) in best.items()}


# ---------------------------------------------------------------- readers

BLOCK = {"td", "th", "p", "br", "tr", "div", "h1", "h2", "h3", "h4", "li", "pre", "table", "span", "dd", "dt"}


def html_text(raw: str) -> str:
    m = re.search(r"var articleContent = (\".*?\");\n", raw, re.S)
    if m:
        raw = re.sub(r'(<div id="zoom"[^>]*>)', lambda x: x.group(1) + json.loads(m.group(1)), raw.replace(m.group(0), ""))
    doc = lhtml.fromstring(raw)
    for el in list(doc.iter("script", "style", "sup")):
        el.drop_tree()
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        if "display:none" in (el.get("style") or "").replace(" ", ""):
            el.drop_tree()
            continue
        if el.tag == "input":
            el.tail = " " + (el.get("value") or "") + " " + (el.tail or "")
        elif el.tag in BLOCK:
            el.tail = "\n" + (el.tail or "")
            if el.tag in ("td", "th"):
                el.text = " " + (el.text or "")
    return doc.text_content()


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def docx_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    out = []
    def walk(el):
        if el.tag == MC + "Fallback":
            return
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append("\t")
        elif el.tag == W + "altChunk":
            for name in z.namelist():
                if name.startswith("word/afchunk"):
                    out.append(html_text(z.read(name).decode("utf-8")))
        for ch in el:
            walk(ch)
        if el.tag in (W + "p", W + "tc"):
            out.append("\n")
    walk(root)
    return "".join(out)


def pdf_text(data: bytes) -> str:
    margin = 16 / 25.4 * 72
    lines_out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            W_, H_ = page.width, page.height
            chars = [c for c in page.chars if c["top"] > margin and c["bottom"] < H_ - margin]
            halves = [chars]
            if W_ > H_ and all(c.get("upright", True) for c in chars):
                halves = [[c for c in chars if c["x0"] < W_ / 2], [c for c in chars if c["x0"] >= W_ / 2]]
            for part in halves:
                items = []
                for c in part:
                    if c.get("upright", True):
                        items.append(((c["top"] + c["bottom"]) / 2, c["x0"], c["x1"], c["size"], c["text"]))
                    else:  # content rotated 90° (bottom-to-top): line = x, order = height - y
                        items.append(((c["x0"] + c["x1"]) / 2, H_ - c["bottom"], H_ - c["top"], c["size"], c["text"]))
                items.sort(key=lambda t: (round(t[0]), t[1]))
                rows: list[list] = []
                for it in sorted(items, key=lambda t: t[0]):
                    if rows and abs(rows[-1][0][0] - it[0]) < 2.5:
                        rows[-1].append(it)
                    else:
                        rows.append([it])
                for row in rows:
                    row.sort(key=lambda t: t[1])
                    s, prev = "", None
                    for it in row:
                        if prev is not None and it[1] - prev[2] > 0.3 * it[3]:
                            s += " "
                        s += it[4]
                        prev = it
                    lines_out.append(s)
    return "\n".join(lines_out)


def text_of(path: Path, family: str) -> str:
    data = path.read_bytes()
    ext = path.suffix
    if ext == ".docx":
        return docx_text(data)
    if ext == ".pdf":
        return pdf_text(data)
    if data.startswith(b"\xef\xbb\xbf"):
        t = data[3:].decode("utf-8")
    else:
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode("cp950")
    if ext == ".html":
        return html_text(t)
    if family == "text-csv-quoted":
        t = "\n".join("\t".join(row) for row in csv.reader(io.StringIO(t.replace("\r\n", "\n"))))
    return t


# ---------------------------------------------------------------- numbers

def clean(t: str) -> str:
    t = t.replace("\u200b", "").replace("\u00a0", " ").replace("\u3000", " ")
    t = re.sub(r"\[\^\d+\]", " ", t)
    t = t.replace("**", " ")
    t = re.sub(r"\\multirow\{\d+\}\{\*\}", " ", t)
    t = re.sub(r"\\multicolumn\{\d+\}\{[^}]*\}", " ", t)
    t = re.sub(r"\\begin\{tabular\}\{[^}]*\}", " ", t)
    t = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", t)
    t = re.sub(r"(?<![\u4e00-\u9fff])零(?![\u4e00-\u9fff])", " 0 ", t)
    t = re.sub(r"(?<![\d.])\d{1,2}\s*\.\s*(?=[\u4e00-\u9fff“\"])", " ", t)
    return t


def numbers(t: str) -> list[float]:
    return [float(x) for x in re.findall(r"(?<![\d.])[+-]?\d+(?:\.\d+)?", t)]


def sections(text: str, family: str):
    marks = MARKERS.get(family, MARKERS["default"])
    flat = re.sub(r"\s+", "", text)
    # find markers in the whitespace-free text, then cut the original text at the same character count
    idx = []
    for m in marks:
        if m is None:
            idx.append(len(flat))
            continue
        found = re.search(m, flat[idx[-1] if idx else 0:])
        if not found:
            return None
        idx.append((idx[-1] if idx else 0) + found.start())
    pos, n = [], 0
    mapping = [i for i, ch in enumerate(text) if not ch.isspace()] + [len(text)]
    out = []
    for a, b in zip(idx, idx[1:]):
        seg = text[mapping[a]:mapping[b]]
        seg = seg.split("注：")[0]
        out.append(seg)
    return out


def expected(g: dict, family: str):
    t2 = [v for v in g["t2"].values() if v is not None]
    t4 = [v for v in g["t4"].values() if v is not None]
    keys = list(dict.fromkeys(k.rsplit(".", 1)[0] for k in g["t3"]))
    blocks = COLUMN_BLOCKS.get(family, [list(range(7))])
    t3 = []
    for blk in blocks:
        for r in keys:
            t3 += [g["t3"][f"{r}.{COLS[i]}"] for i in blk if g["t3"][f"{r}.{COLS[i]}"] is not None]
    return t2, t3, t4


def recompute_findings(g):
    t3, t4 = g["t3"], g["t4"]
    out = set()
    if not t3:
        return out
    rows_ = list(dict.fromkeys(k.rsplit(".", 1)[0] for k in t3))
    res = [r for r in rows_ if r not in ("new", "carry_in", "r7", "carry_out")]
    for c in COLS:
        v = [t3[f"{r}.{c}"] for r in ("new", "carry_in", "r7", "carry_out")]
        if None not in v and v[0] + v[1] != v[2] + v[3]:
            out.add(("H1", f"t3 column {c}"))
        rv = [t3[f"{r}.{c}"] for r in res]
        if None not in rv and t3[f"r7.{c}"] is not None and sum(rv) != t3[f"r7.{c}"]:
            out.add(("H3", f"t3 column {c}"))
    for r in rows_:
        v = [t3[f"{r}.{c}"] for c in COLS]
        if None not in v and sum(v[:-1]) != v[-1]:
            out.add(("H2", f"t3.{r}"))
    for k in ("rv", "ld", "lr"):
        v = [t4[f"{k}.{p}"] for p in ("keep", "fix", "other", "pend", "tot")]
        if None not in v and sum(v[:-1]) != v[-1]:
            out.add(("H5", f"t4.{k}"))
    return out


def check(gpath: Path, keysets) -> list[str]:
    g = json.loads(gpath.read_text(encoding="utf-8"))
    p = []
    for f in FIELDS:
        if f not in g:
            p.append(f"missing field {f}")
    path = HERE / g["file"]
    if path.stat().st_size >= 200_000:
        p.append("file ≥ 200 kB")
    tmpl = g["template"]
    if tmpl != "LEGACY":
        ks = keysets[tmpl]
        for t in ("t2", "t3", "t4"):
            if set(g[t]) != ks[t]:
                p.append(f"{t} keys differ from the corpus {tmpl} key set")
        for t in ("t2", "t3", "t4"):
            for k, v in g[t].items():
                if (v is None) != (f"{t}.{k}" in g["placeholders"]):
                    p.append(f"null/placeholder mismatch {t}.{k}")
        have = {(f["check"], f["where"]) for f in g["findings"]}
        if have != recompute_findings(g):
            p.append(f"findings {sorted(have)} != recomputed {sorted(recompute_findings(g))}")
    text = text_of(path, g["family"])
    flat = re.sub(r"\s+", "", text.replace("\u200b", ""))
    # (a 繁體 report's gold names the body in simplified — the convention since session 12 — printed in traditional)
    if g["agency"] not in flat and _trad(g["agency"]) not in flat:
        p.append("agency not printed")
    if str(g["year"]) not in flat:
        p.append("year not printed")
    if tmpl == "LEGACY":
        return p
    if not any(w in flat for w in T2_WORDING[tmpl]):
        p.append("table 二 wording of the template not printed")
    secs = sections(clean(text), g["family"])
    if secs is None:
        return p + ["table sections not found"]
    for name, seg, exp in zip(("t2", "t3", "t4"), secs, expected(g, g["family"])):
        got = numbers(seg)
        if [float(x) for x in exp] != got:
            p.append(f"{name}: printed numbers differ from gold ({len(got)} vs {len(exp)}): "
                     f"{got[:12]} … vs {exp[:12]} …")
    return p


def main() -> int:
    keysets = {t: majority_keys(t) for t in ("GF2021", "GF2019")}
    files = sorted((HERE / "gold").glob("*.json"))
    bad = 0
    for f in files:
        probs = check(f, keysets)
        if probs:
            bad += 1
            print(f.stem)
            for x in probs:
                print("   ", x)
    print(f"{len(files)} reports, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
