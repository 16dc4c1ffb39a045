"""Check eval/wild7/gold against the files, independently of make.py: `.venv/bin/python eval/wild7/validate.py`.

Re-reads every file — HTML through lxml (<section>, <ul>/<li> as blocks; a `.doc` that is HTML read as
HTML in its declared charset); Word 97 `.doc` through olefile and its piece table (FIB fcClx/lcbClx in the
0Table/1Table stream, compressed cp1252 or UTF-16 pieces; cell marks \x07 as line ends); DOCX through its
XML (w:t/w:tab, smart-tag content included); ODT through content.xml (covered cells hold nothing); OFD
through each page's Content.xml (TextObject Boundary + TextCode X/Y, lines by y, a 16 mm top/bottom margin
cropped); XLS through xlrd (integral floats printed as integers); JSON decoded and re-dumped unescaped; PDF
through pdfplumber chars with 16 mm margins cropped (the gazette read column by column); text by BOM, UTF-8
or GBK — and checks: fields; cell keys equal to the key set most eval/corpus/gold files of the same template use; null
cells ⇔ placeholders; findings recomputed; file under 200 kB; agency and year printed; the template's
table-二 wording printed; and in each table's section the printed numbers (thousands separators folded,
item numbering 「1.」 dropped, 「注：」 rows dropped; per family: notes in parentheses after a number,
栏次 rows, 「据统计，…」 restating sentences, 「第 n 页 共 m 页」 lines dropped) equal the gold's
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
import unicodedata
import zipfile
import email
from pathlib import Path

import olefile
import pdfplumber
import xlrd
from lxml import etree, html as lhtml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus" / "gold"
COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
FIELDS = ["id", "file", "agency", "region", "level", "year", "template", "tables_recoverable", "family",
          "format", "t2", "t3", "t4", "placeholders", "findings", "special", "metrics", "qa"]
MARKERS = {
    "default": [r"二、主动公开政府信息情况", r"三、收到和处理政府信息公开申请情况", r"四、政府信息公开行政复议", r"五、"],
}
SORTED_T2: set[str] = set()
T2_WORDING = {"GF2021": ["本年制发件数"], "GF2019": ["本年新制作数量"]}
MM = 25.4 / 72


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

BLOCK = {"td", "th", "p", "br", "tr", "div", "h1", "h2", "h3", "h4", "li", "pre", "table", "dd", "dt", "section",
         "ul"}


def html_text(raw: str) -> str:
    doc = lhtml.fromstring(raw)
    for fr in list(doc.iter("iframe")):
        if fr.get("srcdoc"):
            inner = lhtml.fromstring(fr.get("srcdoc")).find(".//body")
            div = lhtml.Element("div")
            div.extend(list(inner))
            fr.addprevious(div)
            fr.drop_tree()
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
        if el.tag == W + "r" and el.find(f"{W}rPr/{W}vanish") is not None:
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


def pdf_text(data: bytes, columns: bool = False) -> str:
    margin = 16 / 25.4 * 72
    lines_out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            W_, H_ = page.width, page.height
            chars = [c for c in page.chars if c["top"] > margin and c["bottom"] < H_ - margin and c.get("upright", True)]
            parts = [[c for c in chars if c["x0"] < W_ / 2], [c for c in chars if c["x0"] >= W_ / 2]] if columns \
                else [chars]
            for part in parts:
                items = sorted(((c["top"] + c["bottom"]) / 2, c["x0"], c["x1"], c["size"], c["text"]) for c in part)
                rows: list[list] = []
                for it in items:
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


def doc97_text(data: bytes) -> str:
    """Word 97 text through the piece table (FIB: flags at 0x0A, fcClx/lcbClx at 0x01A2/0x01A6)."""
    ole = olefile.OleFileIO(io.BytesIO(data))
    wd = ole.openstream("WordDocument").read()
    flags = int.from_bytes(wd[0x0A:0x0C], "little")
    table = ole.openstream("1Table" if flags & 0x0200 else "0Table").read()
    fc_clx = int.from_bytes(wd[0x01A2:0x01A6], "little")
    lcb_clx = int.from_bytes(wd[0x01A6:0x01AA], "little")
    clx = table[fc_clx:fc_clx + lcb_clx]
    i = 0
    while clx[i] == 0x01:
        i += 3 + int.from_bytes(clx[i + 1:i + 3], "little")
    assert clx[i] == 0x02
    lcb = int.from_bytes(clx[i + 1:i + 5], "little")
    plc = clx[i + 5:i + 5 + lcb]
    n = (lcb - 4) // 12
    cps = [int.from_bytes(plc[4 * k:4 * k + 4], "little") for k in range(n + 1)]
    out = []
    for k in range(n):
        pcd = plc[4 * (n + 1) + 8 * k:4 * (n + 1) + 8 * k + 8]
        fc = int.from_bytes(pcd[2:6], "little")
        cnt = cps[k + 1] - cps[k]
        if fc & 0x40000000:
            off = (fc & 0x3FFFFFFF) // 2
            out.append(wd[off:off + cnt].decode("cp1252", errors="replace"))
        else:
            out.append(wd[fc:fc + 2 * cnt].decode("utf-16-le", errors="replace"))
    text = "".join(out)
    return re.sub(r"[\r\x07\x0b\x0c]", "\n", text)


ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def odt_text(data: bytes) -> str:
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    out = []
    def walk(el):
        if el.tag == ODF_TABLE + "covered-table-cell":
            return
        if el.tag == ODF_TEXT + "s":
            out.append(" ")
        elif el.tag == ODF_TEXT + "tab":
            out.append("\t")
        if el.text and el.tag in (ODF_TEXT + "p", ODF_TEXT + "h", ODF_TEXT + "span"):
            out.append(el.text)
        for ch in el:
            walk(ch)
            if ch.tail and el.tag in (ODF_TEXT + "p", ODF_TEXT + "h", ODF_TEXT + "span"):
                out.append(ch.tail)
        if el.tag in (ODF_TEXT + "p", ODF_TEXT + "h", ODF_TABLE + "table-cell"):
            out.append("\n")
    walk(root)
    return "".join(out)


def ofd_text(data: bytes) -> str:
    z = zipfile.ZipFile(io.BytesIO(data))
    ns = "{http://www.ofdspec.org/2016}"
    doc = etree.fromstring(z.read("Doc_0/Document.xml"))
    out = []
    for pg in doc.iter(ns + "Page"):
        root = etree.fromstring(z.read("Doc_0/" + pg.get("BaseLoc")))
        items = []
        for to in root.iter(ns + "TextObject"):
            bx, by, _, _ = (float(v) for v in to.get("Boundary").split())
            for tc in to.iter(ns + "TextCode"):
                y = by + float(tc.get("Y"))
                if y < 16 or y > 297 - 16:
                    continue
                items.append((y, bx + float(tc.get("X")), tc.text or ""))
        items.sort()
        rows: list[list] = []
        for it in items:
            if rows and abs(rows[-1][0][0] - it[0]) < 0.8:
                rows[-1].append(it)
            else:
                rows.append([it])
        for row in rows:
            out.append(" ".join(t for _, _, t in sorted(row, key=lambda r: r[1])))
    return "\n".join(out)


def xls_text(data: bytes) -> str:
    book = xlrd.open_workbook(file_contents=data)
    out = []
    for sh in book.sheets():
        for r in range(sh.nrows):
            vals = []
            for v in sh.row_values(r):
                if isinstance(v, float):
                    v = str(int(v)) if v == int(v) else repr(v)
                vals.append(str(v))
            out.append("\t".join(vals))
    return "\n".join(out)


def json_text(data: bytes) -> str:
    return json.dumps(json.loads(data.decode("ascii")), ensure_ascii=False, indent=1)


def text_of(path: Path, family: str) -> str:
    data = path.read_bytes()
    ext = path.suffix
    if ext == ".docx":
        return docx_text(data)
    if ext == ".pdf":
        return pdf_text(data, columns=family == "pdf-gazette-two-columns")
    if ext == ".doc" and data.startswith(b"\xd0\xcf\x11\xe0"):
        return doc97_text(data)
    if ext == ".odt":
        return odt_text(data)
    if ext == ".ofd":
        return ofd_text(data)
    if ext == ".xls":
        return xls_text(data)
    if ext == ".json":
        return json_text(data)
    if data.startswith(b"\xef\xbb\xbf"):
        t = data[3:].decode("utf-8")
    else:
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode("gbk")
    if ext in (".html", ".doc"):
        m = re.search(rb'charset=([\w-]+)', data[:600])
        if m and m.group(1).lower() != b"utf-8":
            t = data.decode("gb18030" if m.group(1).lower() == b"gb2312" else m.group(1).decode())
        return html_text(t)
    if ext == ".md":
        t = re.sub(r"<[^>]+>", " ", t)
    return t


# ---------------------------------------------------------------- numbers

FAMILY_CLEAN = {
    "html-value-cells-with-notes": [(r"(?<=\d)\s*（[^）]*）", " ")],
    "html-column-index-row": [(r"栏次(\s+\d+)+", " "),
                              (r"(?<!\d)1\s+2\s+3\s+4\s+5\s+6\s+7\s+8\s+9\s+10\s+11\s+12\s+13\s+14\s+15(?!\d)", " ")],
    "md-prose-restates-table": [(r"据统计，[^\n]*", " ")],
    "text-pdf-viewer-copy-furniture": [(r"第 \d+ 页 共 \d+ 页", " ")],
}


def clean(t: str, family: str = "") -> str:
    for pat, rep in FAMILY_CLEAN.get(family, []):
        t = re.sub(pat, rep, t)
    t = t.replace("\u00a0", " ").replace("\u3000", " ")
    t = re.sub(r"\d{4}年政府信息公开工作年度报告", " ", t)
    t = re.sub(r"附表\d", "附表", t)
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
        found = re.search(m, flat[idx[-1] + 1 if idx else 0:])
        if not found:
            return None
        idx.append((idx[-1] + 1 if idx else 0) + found.start())
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
    t3 = [v for v in g["t3"].values() if v is not None]
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
    if g["agency"] not in flat:
        p.append("agency not printed")
    if str(g["year"]) not in flat:
        p.append("year not printed")
    if tmpl == "LEGACY":
        return p
    if not any(w in flat for w in T2_WORDING[tmpl]):
        p.append("table 二 wording of the template not printed")
    secs = sections(clean(text, g["family"]), g["family"])
    if secs is None:
        return p + ["table sections not found"]
    for name, seg, exp in zip(("t2", "t3", "t4"), secs, expected(g, g["family"])):
        got = numbers(seg)
        exp = [float(x) for x in exp]
        if name == "t2" and g["family"] in SORTED_T2:
            got, exp = sorted(got), sorted(exp)
        if exp != got:
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
