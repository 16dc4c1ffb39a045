"""Writes blindya.jsonl (held-out bank over eval/wild … eval/wild25) from the gold and the reports' text.

    PYTHONPATH=. /work/main/.venv/bin/python eval/questions/blindya/make_blindya.py

Deterministic: sorted inputs, one seeded random.Random, no set iteration order; identical bytes on every run.
Every expectation is recomputed from the gold here and every quote checked against the report's own text.
"""

from __future__ import annotations

import glob
import html
import json
import random
import re
import subprocess
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SETS = ["wild", *(f"wild{i}" for i in range(2, 26))]
R = random.Random(20261206)

# ---------------------------------------------------------------- gold
G: dict[str, dict] = {}
for s in SETS:
    for f in sorted(glob.glob(str(ROOT / "eval" / s / "gold" / "*.json"))):
        g = json.load(open(f, encoding="utf-8"))
        g["set"] = s
        G[g["id"]] = g
IDS = sorted(G)

MUNI = ("北京市", "上海市", "天津市", "重庆市")


def province(g: dict) -> str:
    r = g["region"]
    for m in MUNI:
        if r.startswith(m):
            return m
    m = re.match(r"(.+?(?:自治区|省))", r)
    return m.group(1) if m else r


def city(g: dict) -> str | None:
    r = g["region"]
    p = province(g)
    if p in MUNI:
        return p
    m = re.match(r"(.+?(?:市|自治州|州|地区|盟))", r[len(p):])
    return m.group(1) if m else None


def level(g: dict) -> str:  # 省级 / 市级 / 县级 / 乡镇
    return g["level"][:2]


def kind(g: dict) -> str:  # 政府 / 部门 (乡镇 and 街道 are governments of their level)
    return "部门" if g["level"].endswith("部门") else "政府"


def name_level(name: str) -> str:
    """The level read off the name alone (README: how a body's level and kind were decided)."""
    if re.search(r"(镇|乡|街道)(人民政府|办事处)?$|街道办事处$|乡人民政府$", name):
        return "乡镇"
    if re.match(r"^(.{2,8}?(省|自治区))[^市州]*(厅|委员会|局|办公室|院)$", name):
        return "省级"
    return "?"


DUP = {k for k, v in Counter((G[i]["agency"], G[i]["year"]) for i in IDS).items() if v > 1}


def dup(i: str) -> bool:
    return (G[i]["agency"], G[i]["year"]) in DUP


def num(i: str, key: str):
    t, k = key.split(".", 1)
    v = G[i].get(t, {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def readable(i: str) -> bool:
    g = G[i]
    return g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and not dup(i)


COLS = ["np", "biz", "sci", "npo", "law", "oth", "tot"]
RES = {
    "GF2021": ["r1", "r2", *(f"r3_{k}" for k in range(1, 9)), *(f"r4_{k}" for k in range(1, 4)),
               *(f"r5_{k}" for k in range(1, 6)), *(f"r6_{k}" for k in range(1, 4))],
    "GF2019": ["r1", "r2", *(f"r3_{k}" for k in range(1, 9)), *(f"r4_{k}" for k in range(1, 4)),
               *(f"r5_{k}" for k in range(1, 6)), "r6"],
}


def t3_complete(i: str) -> bool:
    g = G[i]
    if not readable(i):
        return False
    rows = ["new", "carry_in", *RES[g["template"]], "r7", "carry_out"]
    return all(num(i, f"t3.{r}.{c}") is not None for r in rows for c in COLS)


def t4_complete(i: str) -> bool:
    return readable(i) and all(num(i, f"t4.{p}.{k}") is not None for p in ("rv", "ld", "lr")
                               for k in ("keep", "fix", "other", "pend", "tot"))


def my_findings(i: str) -> list[tuple]:
    """H1/H2/H3/H5 recomputed from the cells: (check, where, printed, implied)."""
    g = G[i]
    out = []
    if t3_complete(i):
        rows = ["new", "carry_in", *RES[g["template"]], "r7", "carry_out"]
        for r in rows:
            s = sum(num(i, f"t3.{r}.{c}") for c in COLS[:-1])
            if s != num(i, f"t3.{r}.tot"):
                out.append(("H2", f"t3.{r}", num(i, f"t3.{r}.tot"), s))
        for c in COLS:
            s = sum(num(i, f"t3.{r}.{c}") for r in RES[g["template"]])
            if s != num(i, f"t3.r7.{c}"):
                out.append(("H3", c, num(i, f"t3.r7.{c}"), s))
            a = num(i, f"t3.new.{c}") + num(i, f"t3.carry_in.{c}")
            b = num(i, f"t3.r7.{c}") + num(i, f"t3.carry_out.{c}")
            if a != b:
                out.append(("H1", c, a, b))
    if t4_complete(i):
        for p in ("rv", "ld", "lr"):
            s = sum(num(i, f"t4.{p}.{k}") for k in ("keep", "fix", "other", "pend"))
            if s != num(i, f"t4.{p}.tot"):
                out.append(("H5", p, num(i, f"t4.{p}.tot"), s))
    return out


def clean(i: str) -> bool:
    return t3_complete(i) and t4_complete(i) and not G[i]["findings"] and not my_findings(i)


# ---------------------------------------------------------------- text
_TXT: dict[str, str | None] = {}


def text(i: str) -> str | None:
    if i in _TXT:
        return _TXT[i]
    g = G[i]
    p = ROOT / "eval" / g["set"] / g["file"]
    t = None
    try:
        if g["format"] in ("txt", "markdown"):
            t = p.read_text(encoding="utf-8", errors="ignore")
        elif g["format"] == "html":
            raw = p.read_bytes()
            for enc in ("utf-8", "gb18030"):
                try:
                    s = raw.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                s = raw.decode("utf-8", "ignore")
            s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
            t = html.unescape(re.sub(r"<[^>]+>", " ", s))
        elif g["format"] == "docx":
            with zipfile.ZipFile(p) as z:
                s = z.read("word/document.xml").decode("utf-8")
            s = re.sub(r"</w:p>", "\n", s)
            t = html.unescape(re.sub(r"<[^>]+>", "", s))
        elif g["format"] == "pdf":
            t = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout
    except Exception:
        t = None
    if t is not None and len(re.sub(r"\s", "", t)) < 300:
        t = None  # a scan or a picture: nothing to quote or to check against
    _TXT[i] = t
    return t


def sq(s: str) -> str:
    return re.sub(r"\s+", "", s)


def occurs(i: str, quote: str) -> bool:
    t = text(i)
    return t is not None and sq(quote) in sq(t)


# ---------------------------------------------------------------- dress
TRAD = dict(zip("这个报告们县区乡镇级单位申请数量复议诉讼结转处理办门几对还吗说没为与开发总计么样关问题书条件间长满意经费预算员实际时后来会网站对应",
                "這個報告們縣區鄉鎮級單位申請數量複議訴訟結轉處理辦門幾對還嗎說沒為與開發總計麼樣關問題書條件間長滿意經費預算員實際時後來會網站對應"))
TYPO = [("申请", "申清"), ("复议", "复意"), ("诉讼", "诉颂"), ("结转", "节转"), ("报告", "报高"), ("乡镇", "乡真"),
        ("多少", "多小"), ("公开", "公凯"), ("纠错", "纠措"), ("县级", "县极")]
CNUM = dict(zip("0123456789", "〇一二三四五六七八九"))


def yr(y: int, mode: str = "plain") -> str:
    if mode == "short":
        return f"{y % 100}年"
    if mode == "cn":
        return "二" + "".join(CNUM[d] for d in str(y)[1:]) + "年"
    return f"{y}年"


def ryr(y: int) -> str:
    x = R.random()
    return yr(y, "short" if x < 0.15 else "cn" if x < 0.22 else "plain")


def dress(q: str) -> tuple[str, str]:
    x = R.random()
    if x < 0.10:
        fill = R.choice(["嗯 ", "那个 ", "就是 ", "我想问下 ", "呃 "])
        return fill + re.sub(r"[，。？！、,?!「」]", " ", q).strip().replace("  ", " "), "voice"
    if x < 0.17:
        for a, b in R.sample(TYPO, len(TYPO)):
            if a in q:
                return q.replace(a, b, 1), "typo"
    if x < 0.22:
        return "".join(TRAD.get(ch, ch) for ch in q), "trad"
    return q, "plain"


# ---------------------------------------------------------------- names
ABBR = [("人力资源和社会保障局", "人社局"), ("市场监督管理局", "市场监管局"), ("卫生健康委员会", "卫健委"),
        ("卫生健康局", "卫健局"), ("住房和城乡建设局", "住建局"), ("自然资源和规划局", "自规局"), ("发展和改革局", "发改局"),
        ("发展和改革委员会", "发改委"), ("医疗保障局", "医保局"), ("交通运输局", "交通局"), ("生态环境局", "环境局"),
        ("人民政府办公室", "政府办"), ("人民政府", "政府"), ("农业农村局", "农业农村局"), ("教育体育局", "教体局"),
        ("文化旅游广电体育局", "文旅体局"), ("城市管理和综合执法局", "城管执法局")]
FULL = sorted({G[i]["agency"] for i in IDS})


def short(i: str) -> str | None:
    a = G[i]["agency"]
    s = a
    for lo, sh in ABBR:
        if s.endswith(lo) and lo != sh:
            s = s[: -len(lo)] + sh
            break
    p = province(G[i])
    if p not in MUNI and s.startswith(p) and len(s) > len(p) + 4 and level(G[i]) != "省级":
        s = s[len(p):]
    if s == a:
        return None
    others = [b for b in FULL if b != a and (s in b or b.startswith(s))]
    return None if others else s


def nm(i: str, allow_short: bool = True) -> tuple[str, bool]:
    s = short(i) if allow_short else None
    if s and R.random() < 0.35:
        return s, True
    return G[i]["agency"], False


# ---------------------------------------------------------------- items
ITEMS: list[dict] = []


def add(q, intent, expect, *, scope=None, cells=None, calc=None, previous=None, quote=None, note=None,
        persona, kind_, abbreviated=False, formal=False, chain=None, sets=None, dressed=True, over=None):
    phr = "plain"
    if dressed:
        q, phr = dress(q)
    it = {"id": "", "q": q, "scope": {"report": scope} if scope else {}}
    if previous is not None:
        it["previous"] = previous
    it["intent"] = intent
    it["style"] = "abbreviated" if abbreviated else ("formal" if formal else "colloquial")
    it["expect"] = expect
    if cells is not None:
        it["cells"] = cells
    if calc is not None:
        it["calc"] = calc
    if quote is not None:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    read = set()
    if scope:
        read.add(scope)
    for c in cells or []:
        if ":" in c:
            read.add(c.split(":")[0])
    read |= {k for k in expect.get("values", {}) if k in G} | set(expect.get("reports", [])) | set(over or [])
    it["persona"] = persona
    it["kind"] = kind_
    it["phrasing"] = phr
    it["sets"] = sets if sets is not None else sorted({G[r]["set"] for r in read}, key=SETS.index)
    if chain:
        it["chain"] = chain
    ITEMS.append(it)
    return it


# ================================================================ 1. the overview's filters (~30 %)
LV_WORD = {
    "县级": ["县级", "县一级", "区县", "县区级", "县市区"],
    "乡镇": ["乡镇", "街道乡镇", "乡镇街道", "乡镇一级"],
    "市级": ["市级", "地市级", "市一级"],
    "省级": ["省级", "省直", "省一级"],
}
KD_WORD = {"部门": ["部门", "职能部门", "局委办"], "政府": ["政府", "人民政府"]}


def flt(prov=None, cty=None, lv=None, kd=None, years=None, tpl=None):
    out = []
    for i in IDS:
        g = G[i]
        if prov and province(g) != prov:
            continue
        if cty and city(g) != cty:
            continue
        if lv and level(g) not in lv:
            continue
        if kd and kind(g) != kd:
            continue
        if years and g["year"] not in years:
            continue
        if tpl and g["template"] not in tpl:
            continue
        out.append(i)
    return out


def lvtxt(lv, kd):
    w = R.choice(LV_WORD[lv])
    if lv == "乡镇":
        return w
    if kd == "部门" and lv == "市级":
        return R.choice(["市直部门", "市级部门", "市级职能部门"])
    if kd == "部门" and lv == "省级":
        return R.choice(["省直部门", "省级部门", "省直厅局"])
    if kd == "部门":
        return w + R.choice(KD_WORD["部门"])
    if kd == "政府":
        return w + "政府"
    return w + R.choice(["单位", "机关", ""])


def nodup(ids):
    return not any(dup(i) for i in ids)


PROVS = [p for p, n in Counter(province(G[i]) for i in IDS).most_common() if n >= 12]
OV_PER = ["officer", "researcher", "journalist", "evaluator", "deputy"]

# 1a. counts of reports under a filter, with follow-ups that narrow or widen it
combos = []
for p in PROVS:
    ys = sorted({G[i]["year"] for i in flt(prov=p)})
    for y in ys:
        for lv in ("县级", "乡镇", "市级", "省级"):
            for kd in (None, "部门", "政府"):
                if lv == "乡镇" and kd:
                    continue
                ids = flt(prov=p, lv=[lv], kd=kd, years=[y])
                if 2 <= len(ids) <= 9 and nodup(ids):
                    combos.append((p, y, lv, kd, ids))
R.shuffle(combos)
seen = set()
n_count = 0
chain_no = 0
for p, y, lv, kd, ids in combos:
    if (p, y) in seen or n_count >= 26:
        continue
    seen.add((p, y))
    n_count += 1
    ps = p.replace("省", "").replace("壮族自治区", "").replace("自治区", "") if R.random() < 0.5 else p
    form = R.choice(["{y}{p}的{l}一共多少份报告", "{p}{y}{l}的年报有几份", "库里{p}{l}{y}的报告有多少个",
                     "筛一下 {p} {y} {l} 有几份", "{y}{p}{l}报告数量"])
    lt = lvtxt(lv, kd)
    q = form.format(y=ryr(y), p=ps, l=lt)
    per = R.choice(OV_PER)
    if n_count % 3 == 0:
        # a follow-up that narrows or widens the filter
        chain_no += 1
        cid = f"ov{chain_no:02d}"
        add(q, "value", {"value": len(ids), "unit": "份"}, persona=per, kind_="overview count", chain=cid, over=ids,
            note=f"reports of {p} {y} level {lv} kind {kd or 'any'}: {', '.join(ids)}")
        prev = [ITEMS[-1]["q"]]
        if lv == "县级" and kd is None:
            ids2 = flt(prov=p, lv=["县级", "乡镇"], years=[y])
            q2 = R.choice(["再加上乡镇的呢", "连乡镇街道一起算呢", "加上乡镇一共几份"])
            what = "县级+乡镇"
        else:
            ids2 = flt(prov=p, lv=[lv], kd=kd, years=[y - 1, y])
            q2 = R.choice([f"那加上{y - 1}年的呢", f"{y - 1}和{y}两年合起来呢", f"把{y - 1}年也算进来"])
            what = f"{y - 1}+{y}"
        if nodup(ids2) and len(ids2) != len(ids):
            add(q2, "value", {"value": len(ids2), "unit": "份"}, previous=prev[0], persona=per,
                kind_="overview count (widened)", chain=cid, dressed=False, over=ids2,
                note=f"widened to {what}: {', '.join(ids2)}")
            prev.append(q2)
            if len(ids2) > 1 and len(ids2) != len(ids):
                ids3 = [i for i in ids2 if kind(G[i]) == "部门"] if lv != "乡镇" else ids2
                if 0 < len(ids3) < len(ids2):
                    q3 = R.choice(["只看部门的", "去掉政府的 只要部门", "其中部门有几份"])
                    add(q3, "value", {"value": len(ids3), "unit": "份"}, previous=prev, persona=per,
                        kind_="overview count (narrowed)", chain=cid, dressed=False, over=ids3,
                        note=f"narrowed to 部门: {', '.join(ids3)}")
    else:
        add(q, "value", {"value": len(ids), "unit": "份"}, persona=per, kind_="overview count", over=ids,
            note=f"reports of {p} {y} level {lv} kind {kd or 'any'}: {', '.join(ids)}")

# 1b. counts by template and year over the whole store
TPL_WORD = {"GF2019": ["2019版模板", "19版格式", "2019年版表格"], "GF2021": ["2021版新模板", "新版格式", "21版表格"],
            "LEGACY": ["2019年以前那种老格式", "旧条例的老模板", "老版格式"]}
for tpl, years in (("GF2019", [2019, 2020]), ("LEGACY", [2016, 2017]), ("GF2021", [2025]), ("GF2019", [2020]),
                   ("GF2021", [2022, 2023])):
    ids = flt(years=years, tpl=[tpl])
    if not nodup(ids):
        continue
    ytxt = "和".join(str(y) for y in years) + "年"
    q = R.choice(["{y}的报告里{t}的有几份", "库里{y}用{t}的有多少份", "{y}的年报 {t}的一共几个"]).format(
        y=ytxt, t=R.choice(TPL_WORD[tpl]))
    add(q, "value", {"value": len(ids), "unit": "份"}, persona=R.choice(OV_PER), kind_="overview count by template", over=ids,
        note=f"template {tpl}, years {years}: {len(ids)} reports")
for p in PROVS[:6]:
    ids = flt(prov=p)
    if nodup(ids):
        add(R.choice([f"{p}一共收了多少份报告", f"{p}的年报总共几份", f"库里有几份{p}的"]), "value",
            {"value": len(ids), "unit": "份"}, persona="researcher", kind_="overview count", over=ids,
            note=f"all reports of {p}")


# 1c. sums, lists, ranks, zero-application counts over a filter whose every report is readable
def all_ok(ids, keys):
    return all(readable(i) and i not in BADT3 and all(num(i, k) is not None for k in keys) for i in ids)


BADT3 = {i for i in IDS if G[i]["findings"] or my_findings(i)}
MEAS = [("t3.new.tot", "新收申请", "件", ["新收的申请", "本年新收申请", "新收到的依申请"]),
        ("t4.rv.tot", "行政复议", "件", ["行政复议总数", "复议案件", "被申请行政复议的"]),
        ("t3.r1.tot", "予以公开", "件", ["予以公开的", "全部公开的答复"]),
        ("t3.carry_out.tot", "结转下年度", "件", ["结转到下一年的", "结转下年度的"])]
fcombos = []
for p in PROVS:
    for y in sorted({G[i]["year"] for i in flt(prov=p)}):
        for lv, kd in (("县级", "部门"), ("县级", "政府"), ("乡镇", None), ("县级", None), ("市级", None), ("省级", None)):
            ids = flt(prov=p, lv=[lv], kd=kd, years=[y])
            if 2 <= len(ids) <= 7:
                fcombos.append((p, y, lv, kd, ids))
R.shuffle(fcombos)
n_sum = n_list = n_rank = n_zero = 0
used = set()
for p, y, lv, kd, ids in fcombos:
    key = (p, y, lv, kd)
    if key in used:
        continue
    mk, mname, unit, mwords = R.choice(MEAS)
    if not all_ok(ids, [mk, "t3.new.tot"]):
        continue
    used.add(key)
    lt = lvtxt(lv, kd)
    ps = p.replace("省", "") if R.random() < 0.4 else p
    vals = {i: num(i, mk) for i in ids}
    cells = [f"{i}:{mk}" for i in ids]
    mw = R.choice(mwords)
    per = R.choice(OV_PER)
    if n_sum < 12:
        n_sum += 1
        q = R.choice(["{p}{y}{l}{m}加起来一共多少", "{y}{p}所有{l}的{m}合计是多少", "把{p}{l}{y}的{m}加总一下"]).format(
            p=ps, y=ryr(y), l=lt, m=mw)
        add(q, "sum", {"value": sum(vals.values()), "unit": unit}, cells=cells, persona=per, kind_="overview sum",
            note=f"{len(ids)} reports: " + " + ".join(f"{G[i]['agency']} {v}" for i, v in vals.items()))
        top = max(vals.values())
        tops = [i for i in ids if vals[i] == top]
        if n_sum % 2 and len(tops) == 1 and top > 0:
            chain_no += 1
            cid = f"ov{chain_no:02d}"
            ITEMS[-1]["chain"] = cid
            q0 = ITEMS[-1]["q"]
            q1 = R.choice(["分别是多少", "每家各多少 列一下", "那各家分别多少"])
            add(q1, "list", {"values": vals, "unit": unit}, cells=cells, previous=q0, persona=per,
                kind_="overview list (follow-up)", chain=cid, dressed=False)
            q2 = R.choice(["哪家最多", "最多的是谁", "其中最多的是哪个单位"])
            add(q2, "rank", {"values": {tops[0]: top}, "unit": unit, "order": [tops[0]]}, cells=[f"{tops[0]}:{mk}"],
                previous=[q0, q1], persona=per, kind_="overview rank (follow-up)", chain=cid, dressed=False,
                note="top only")
    elif n_list < 8:
        n_list += 1
        q = R.choice(["列出{y}{p}所有{l}的{m}", "{p}{y}{l}各家的{m}分别是多少", "{p} {y} {l} 每家{m}列一下"]).format(
            p=ps, y=ryr(y), l=lt, m=mw)
        add(q, "list", {"values": vals, "unit": unit}, cells=cells, persona=per, kind_="overview list",
            note=f"{len(ids)} reports")
    elif n_rank < 9:
        top = max(vals.values())
        tops = [i for i in ids if vals[i] == top]
        if len(tops) != 1 or top == 0:
            used.discard(key)
            continue
        n_rank += 1
        q = R.choice(["{p}{y}的{l}里哪家{m}最多", "{y}{p}{l}谁的{m}最多", "{p}{l}里{y}{m}排第一的是哪个"]).format(
            p=ps, y=ryr(y), l=lt, m=mw)
        add(q, "rank", {"values": {tops[0]: top}, "unit": unit, "order": [tops[0]]}, cells=[f"{tops[0]}:{mk}"],
            persona=per, kind_="overview rank",
            note="top only; all: " + ", ".join(f"{G[i]['agency']} {v}" for i, v in sorted(vals.items(), key=lambda x: -x[1])))
    elif n_zero < 8:
        zero = [i for i in ids if num(i, "t3.new.tot") == 0]
        n_zero += 1
        if n_zero % 2:
            q = R.choice(["{p}{y}{l}有多少家零申请", "{y}{p}{l}里一件申请都没收到的有几家", "{p}{l}{y}零申请的单位几个"]).format(
                p=ps, y=ryr(y), l=lt)
            add(q, "value", {"value": len(zero), "unit": "家"}, cells=[f"{i}:t3.new.tot" for i in ids], persona=per,
                kind_="overview zero count", note="新收 总计 0: " + (", ".join(zero) or "none") + f" of {len(ids)}")
        else:
            if not zero:
                n_zero -= 1
                used.discard(key)
                continue
            q = R.choice(["{p}{y}{l}里哪些是零申请", "{y}{p}{l}哪几家没收到申请"]).format(p=ps, y=ryr(y), l=lt)
            add(q, "which_reports", {"reports": zero}, cells=[f"{i}:t3.new.tot" for i in ids], persona=per,
                kind_="overview zero which", note=f"{len(zero)} of {len(ids)} with 新收 0")
    else:
        break

# 1d. scoped: 「这个省/这个市…」 from a chosen report
sc = []
for i in IDS:
    g = G[i]
    ids = flt(prov=province(g), lv=[level(g)], kd=kind(g), years=[g["year"]])
    if 3 <= len(ids) <= 8 and all_ok(ids, ["t3.new.tot"]) and i in ids:
        sc.append((i, ids))
R.shuffle(sc)
sc.sort(key=lambda x: not any(num(i, "t3.new.tot") == 0 for i in x[1]))
done_groups = set()
k = 0
for i, ids in sc:
    if tuple(ids) in done_groups or k >= 8:
        continue
    done_groups.add(tuple(ids))
    k += 1
    g = G[i]
    lt = {"县级部门": "县级部门", "县级政府": "区县政府", "乡镇": "乡镇", "市级部门": "市直部门", "省级部门": "省直部门",
          "市级政府": "市政府"}[g["level"]]
    if k in (3, 7):
        add(R.choice([f"这个省{g['year']}年的{lt}库里一共几份报告", f"跟我们同省同级的{lt}今年有几份年报"]), "value",
            {"value": len(ids), "unit": "份"}, scope=i, persona="officer", kind_="overview count (scoped)", over=ids,
            note=f"{province(g)} {g['year']} {g['level']}: " + ", ".join(ids))
    elif k % 2:
        zero = [x for x in ids if num(x, "t3.new.tot") == 0]
        add(f"这个省{g['year']}年的{lt}有多少家是零申请的", "value", {"value": len(zero), "unit": "家"}, scope=i,
            cells=[f"{x}:t3.new.tot" for x in ids], persona="officer", kind_="overview zero count (scoped)",
            note=f"{province(g)} {g['year']} {g['level']}: " + ", ".join(f"{G[x]['agency']} {num(x, 't3.new.tot')}" for x in ids))
    else:
        tot = sum(num(x, "t3.new.tot") for x in ids)
        add(R.choice([f"同省同年的{lt}一共收到多少申请", f"本省{g['year']}年{lt}的新收申请加起来多少"]), "sum",
            {"value": tot, "unit": "件"}, scope=i, cells=[f"{x}:t3.new.tot" for x in ids], persona="officer",
            kind_="overview sum (scoped)", note=f"{province(g)} {g['year']} {g['level']}, {len(ids)} reports")


# 1e. counts under a city
cty_c = Counter((city(G[i]), G[i]["year"]) for i in IDS if city(G[i]) and province(G[i]) not in MUNI)
cands = sorted(k for k, v in cty_c.items() if 3 <= v <= 8)
R.shuffle(cands)
for c, y in cands[:6]:
    ids = flt(cty=c, years=[y])
    if not nodup(ids):
        continue
    dep = [i for i in ids if kind(G[i]) == "部门"]
    add(R.choice([f"{c}{ryr(y)}的报告一共有几份", f"{y}年{c}下面有多少份年报", f"看下{c} {y}年 几份报告"]), "value",
        {"value": len(ids), "unit": "份"}, persona=R.choice(OV_PER), kind_="overview count (city)", over=ids,
        note=", ".join(ids))
    if dep and len(dep) < len(ids):
        prev = ITEMS[-1]["q"]
        chain_no += 1
        ITEMS[-1]["chain"] = f"ov{chain_no:02d}"
        add(R.choice(["其中部门的有几份", "只看部门呢", "去掉政府的还剩几份"]), "value", {"value": len(dep), "unit": "份"},
            previous=prev, persona=ITEMS[-1]["persona"], kind_="overview count (narrowed)", over=dep,
            chain=f"ov{chain_no:02d}", dressed=False, note=", ".join(dep))

# ================================================================ 2. findings asked in words (~25 %)
FIND_Q = {
    "any": ["这份报告哪里前后对不上", "有没有哪一项加错了", "帮我看看这份表格数字有没有矛盾", "这个报告的数据自洽吗",
            "表格里有算错的地方没"],
    "H3": ["表三的总计是不是等于各项相加", "办理结果那几行加起来等于总计吗", "答复结果各项加一块跟总计对得上不"],
    "H2": ["表三每一行的总计跟各类申请人加起来对得上吗", "自然人法人那几列加起来等于总计吗"],
    "H1": ["结转的数对不对", "新收加上年结转 跟办结加结转下年 平不平", "收进来的和办出去的对得上吗"],
}
H5Q = {"rv": ["表四复议那栏总计对吗", "行政复议维持纠正加起来等于总计吗", "复议的几种结果加起来跟复议总计一致吗"],
       "ld": ["直接起诉那栏的合计算得对不对", "未经复议直接起诉的诉讼 各项加起来等于总计吗"],
       "lr": ["复议后起诉那栏的合计对不对", "先复议再起诉的案件 维持纠正加起来跟总计一样吗"]}
COLQ = {"H3": ["表三{c}那一列 办理结果各项加起来等于总计吗", "{c}这列的答复结果相加跟总计对得上吗"],
        "H1": ["{c}那一列 新收加上年结转 跟办结加结转下年平不平", "{c}那列结转的数对得上吗"]}
FIND_Q["H5"] = H5Q["rv"]
RN = {"new": "本年新收", "carry_in": "上年结转", "r1": "予以公开", "r2": "部分公开", "r7": "办理结果总计",
      "carry_out": "结转下年度", "r6": "其他处理"}
RN.update({f"r3_{k}": f"不予公开第{k}项" for k in range(1, 9)})
RN.update({f"r4_{k}": f"无法提供第{k}项" for k in range(1, 4)})
RN.update({f"r5_{k}": f"不予处理第{k}项" for k in range(1, 6)})
RN.update({f"r6_{k}": f"其他处理第{k}项" for k in range(1, 4)})
COLNAME = {"np": "自然人", "biz": "商业企业", "sci": "科研机构", "npo": "社会公益组织", "law": "法律服务机构",
           "oth": "其他", "tot": "总计"}
PNAME = {"rv": "行政复议", "ld": "未经复议直接起诉", "lr": "复议后起诉"}
defect = [i for i in IDS if G[i]["findings"] and my_findings(i) and not dup(i)
          and {f["check"] for f in G[i]["findings"]} <= {"H1", "H2", "H3", "H5"}
          and sorted({f[0] for f in my_findings(i)}) == sorted({f["check"] for f in G[i]["findings"]})]
cleanr = [i for i in IDS if clean(i) and not dup(i)]
wt = {"wild25": 9.0, "wild24": 4.0}


def wpick(pool, n):
    pool = list(pool)
    out = []
    while pool and len(out) < n:
        w = [wt.get(G[x]["set"], 1.0) for x in pool]
        x = R.choices(pool, weights=w)[0]
        pool.remove(x)
        out.append(x)
    return out


def fvalues(f):
    c, w, pr, im = f
    if c == "H2":
        return {f"表三「{RN[w[3:]]}」行 总计栏印的": pr, "该行各类申请人相加": im}
    if c == "H3":
        return {f"{COLNAME[w]}列 总计印的": pr, "办理结果各项相加": im}
    if c == "H1":
        return {f"{COLNAME[w]}列 新收+上年结转": pr, "办理结果总计+结转下年": im}
    return {f"{PNAME[w]} 总计印的": pr, "维持+纠正+其他+尚未审结": im}


order = {"H2": 0, "H5": 1, "H3": 2, "H1": 3}
for n, i in enumerate(wpick(defect, 38)):
    fs = sorted(my_findings(i), key=lambda f: (order[f[0]], f[1]))
    f = fs[0] if n % 3 == 0 else R.choice(fs)
    mode = "any" if n % 3 == 0 else f[0]
    q = R.choice(FIND_Q[mode])
    if mode == "H5":
        q = R.choice(H5Q[f[1]])
    elif mode in ("H3", "H1") and f[1] != "tot":
        q = R.choice(COLQ[mode]).format(c=COLNAME[f[1]])
    per = R.choice(["officer", "evaluator", "journalist", "researcher", "deputy", "lawyer" if mode == "H5" else "citizen"])
    if n % 4 == 1:
        nmx, ab = nm(i)
        q = f"{nmx}{ryr(G[i]['year'])}的报告 " + q
        add(q, "consistency", {"verdict": "inconsistent", "checks": [f[0]], "values": fvalues(f)}, persona=per,
            kind_="finding in words (defect)", abbreviated=ab, note="; ".join(x["note"] for x in G[i]["findings"]))
    else:
        add(q, "consistency", {"verdict": "inconsistent", "checks": [f[0]], "values": fvalues(f)}, scope=i,
            persona=per, kind_="finding in words (defect)", note="; ".join(x["note"] for x in G[i]["findings"]))
for n, i in enumerate(wpick(cleanr, 16)):
    mode = ["any", "H3", "H1", "H5", "H2"][n % 5]
    q = R.choice(FIND_Q[mode])
    if mode == "H5":
        parts = [p for p in ("rv", "ld", "lr") if num(i, f"t4.{p}.tot")]
        if parts:
            part = R.choice(parts)
            q = R.choice(H5Q[part])
        else:
            mode = "H3"
            q = R.choice(FIND_Q["H3"])
    if mode == "any":
        vals = {"表三 办理结果总计": num(i, "t3.r7.tot"), "本年新收": num(i, "t3.new.tot")}
        chk = ["H1", "H2", "H3"]
    elif mode == "H3":
        vals = {"办理结果总计": num(i, "t3.r7.tot"), "各项结果相加": num(i, "t3.r7.tot")}
        chk = ["H3"]
    elif mode == "H2":
        vals = {"本年新收 总计": num(i, "t3.new.tot"), "各类申请人相加": num(i, "t3.new.tot")}
        chk = ["H2"]
    elif mode == "H1":
        a = num(i, "t3.new.tot") + num(i, "t3.carry_in.tot")
        vals = {"新收+上年结转": a, "办理结果总计+结转下年": a}
        chk = ["H1"]
    else:
        vals = {f"{PNAME[part]} 总计": num(i, f"t4.{part}.tot")}
        chk = ["H5"]
    add(q, "consistency", {"verdict": "consistent", "checks": chk, "values": vals}, scope=i,
        persona=R.choice(["officer", "evaluator", "researcher", "citizen"]), kind_="finding in words (clean)", note="no finding in the gold")

# 2b. year over year carry-over (S1), both years of the body in the store
PAIRS = []
byag = defaultdict(list)
for i in IDS:
    if not dup(i):
        byag[G[i]["agency"]].append(i)
for a, xs in sorted(byag.items()):
    xs = sorted(xs, key=lambda x: G[x]["year"])
    for p0, p1 in zip(xs, xs[1:]):
        if G[p1]["year"] - G[p0]["year"] == 1 and readable(p0) and readable(p1):
            PAIRS.append((p0, p1))
for n, (p0, p1) in enumerate(PAIRS):
    co, ci = num(p0, "t3.carry_out.tot"), num(p1, "t3.carry_in.tot")
    if co is None or ci is None:
        continue
    for j, q in enumerate(["上一年结转过来的 和去年报告写的结转下年一样吗", "今年的上年结转跟去年报告里的结转下年度对得上吗"][: 2 if n < 3 else 1]):
        add(q, "consistency", {"verdict": "consistent" if co == ci else "inconsistent", "checks": ["S1"],
                                "values": {f"{G[p1]['year']}年 上年结转": ci, f"{G[p0]['year']}年 结转下年度": co}},
            scope=p1, cells=["t3.carry_in.tot", f"{p0}:t3.carry_out.tot"], persona="officer",
            kind_="year over year carry", note=f"{p0} → {p1}")

# 2c. narrative vs table: the text's count of applications received
NARR_RE = re.compile(r"(?:共|全年|本年度?|年内)(?:收到|受理|接收)[^。，；\d]{0,14}?(?:政府信息)?公开申请(?:共)?(\d+)件")
nv = []
for i in IDS:
    if not readable(i) or i in BADT3 or num(i, "t3.new.tot") is None:
        continue
    t = text(i)
    if not t:
        continue
    ms = list(NARR_RE.finditer(sq(t)))
    if len(ms) != 1:
        continue
    v = int(ms[0].group(1))
    new, cin = num(i, "t3.new.tot"), num(i, "t3.carry_in.tot")
    if v == new:
        nv.append((i, ms[0].group(0), v, "consistent"))
    elif v != new + (cin or 0):
        nv.append((i, ms[0].group(0), v, "inconsistent"))
R.shuffle(nv)
nv.sort(key=lambda x: x[3] != "inconsistent")
for n, (i, quote, v, verdict) in enumerate(nv[:12]):
    assert occurs(i, quote)
    q = R.choice(["正文说的申请数和表里的一样吗", "前面文字里写的收到申请数 跟表三新收对得上吗", "文字部分和表格的申请量一致不"])
    add(q, "consistency", {"verdict": verdict, "checks": ["S2"], "values": {"正文": v, "表三 本年新收": num(i, "t3.new.tot")}},
        scope=i, cells=["t3.new.tot"], quote=quote, persona=R.choice(["officer", "evaluator", "journalist"]),
        kind_="narrative vs table", note=f"text {v}, 表三 新收 {num(i, 't3.new.tot')}, 上年结转 {num(i, 't3.carry_in.tot')}")

# 2d. over a set of reports: how many have an error / which
sgroups = []
for p in PROVS:
    for y in sorted({G[i]["year"] for i in flt(prov=p)}):
        ids = flt(prov=p, years=[y])
        if 3 <= len(ids) <= 12 and all(t3_complete(i) and t4_complete(i) for i in ids) and nodup(ids):
            bad = [i for i in ids if G[i]["findings"]]
            if all(bool(my_findings(i)) == bool(G[i]["findings"]) for i in ids):
                sgroups.append((p, y, ids, bad))
R.shuffle(sgroups)
sgroups.sort(key=lambda x: not x[3])
for n, (p, y, ids, bad) in enumerate(sgroups[:8]):
    if n % 2 == 0:
        add(R.choice([f"{p}{ryr(y)}的这些报告里有几份有错", f"{y}年{p}的年报 有几份表格对不上"]), "value",
            {"value": len(bad), "unit": "份"}, persona="evaluator", kind_="findings over a set", over=ids,
            note=f"{len(ids)} reports; with a finding: {', '.join(bad) or 'none'}")
    else:
        add(R.choice([f"{p}{ryr(y)}哪几份报告表格数据有问题", f"{y}年{p}的报告 哪些前后对不上"]), "which_reports",
            {"reports": bad}, persona="evaluator", kind_="findings over a set",
            note=f"{len(ids)} reports; with a finding: {', '.join(bad) or 'none'}")

# ================================================================ 3. the disclosure office's own report (~20 %)
offi = [i for i in IDS if t3_complete(i) and t4_complete(i) and i not in BADT3]
pick = wpick(offi, 50)
for n, i in enumerate(pick):
    g = G[i]
    r7, new = num(i, "t3.r7.tot"), num(i, "t3.new.tot")
    m = n % 10
    if m == 0 and r7 and num(i, "t3.carry_out.tot") == 0:
        add(R.choice(["我们今年的办结率是多少", "今年申请的办结率多少", "办结率算一下"]), "share",
            {"value": 100.0, "unit": "%", "tol": 0.05}, scope=i, cells=["t3.r7.tot", "t3.new.tot", "t3.carry_in.tot"],
            calc="100*{t3.r7.tot}/({t3.new.tot}+{t3.carry_in.tot})", persona="officer", kind_="officer rate",
            note="结转下年度 0, so 办结率 100 % whichever base (新收+结转 or 总计)")
    elif m in (0, 1) and r7:
        r3 = sum(num(i, f"t3.r3_{k}.tot") for k in range(1, 9))
        add(R.choice(["依申请公开的答复里不予公开的比例是多少", "不予公开占答复总数百分之几", "我们不予公开率多少"]), "share",
            {"value": round(100 * r3 / r7, 2), "unit": "%", "tol": 0.05}, scope=i,
            cells=[f"t3.r3_{k}.tot" for k in range(1, 9)] + ["t3.r7.tot"],
            calc="100*(" + "+".join(f"{{t3.r3_{k}.tot}}" for k in range(1, 9)) + ")/{t3.r7.tot}",
            persona="officer", kind_="officer rate", note=f"不予公开 {r3} / 总计 {r7}")
    elif m == 2 and r7:
        r1 = num(i, "t3.r1.tot")
        add(R.choice(["予以公开率是多少", "全部公开的占比", "公开率（予以公开/总计）多少"]), "share",
            {"value": round(100 * r1 / r7, 2), "unit": "%", "tol": 0.05}, scope=i, cells=["t3.r1.tot", "t3.r7.tot"],
            calc="100*{t3.r1.tot}/{t3.r7.tot}", persona="officer", kind_="officer rate", note=f"{r1}/{r7}")
    elif m == 3:
        add(R.choice(["我们的行政诉讼被纠错了几件", "诉讼纠错几件", "今年官司输了几件 就是被纠正的"]), "value",
            {"value": num(i, "t4.ld.fix") + num(i, "t4.lr.fix"), "unit": "件"}, scope=i, cells=["t4.ld.fix", "t4.lr.fix"],
            persona="officer", kind_="officer cell", note="直接起诉 结果纠正 + 复议后起诉 结果纠正")
    elif m == 4:
        rt, rf = num(i, "t4.rv.tot"), num(i, "t4.rv.fix")
        if rt:
            add(R.choice(["复议纠错率多少", "行政复议的纠错率", "复议被纠正的比例"]), "share",
                {"value": round(100 * rf / rt, 2), "unit": "%", "tol": 0.05}, scope=i, cells=["t4.rv.fix", "t4.rv.tot"],
                calc="100*{t4.rv.fix}/{t4.rv.tot}", persona="officer", kind_="officer rate", note=f"{rf}/{rt}")
        else:
            add(R.choice(["复议纠错几件", "行政复议被纠错的有没有"]), "value", {"value": rf, "unit": "件"}, scope=i,
                cells=["t4.rv.fix"], persona="officer", kind_="officer cell", note="复议总计 0")
    elif m == 5 and g["template"] == "GF2021" and num(i, "t2.fee.amount_wan") is not None:
        add(R.choice(["表二的收费金额填了吗 多少", "行政事业性收费金额是多少", "收费那一栏多少万"]), "value",
            {"value": num(i, "t2.fee.amount_wan"), "unit": "万元"}, scope=i, cells=["t2.fee.amount_wan"],
            persona="officer", kind_="officer cell")
    elif m == 6:
        add(R.choice(["结转到明年的还有几件没办完", "结转下年度继续办理的几件", "还有多少件要结转"]), "value",
            {"value": num(i, "t3.carry_out.tot"), "unit": "件"}, scope=i, cells=["t3.carry_out.tot"], persona="officer",
            kind_="officer cell")
    elif m == 7:
        r4 = sum(num(i, f"t3.r4_{k}.tot") for k in range(1, 4))
        add(R.choice(["无法提供的一共几件", "本机关不掌握之类无法提供的合计", "无法提供小计多少"]), "value",
            {"value": r4, "unit": "件"}, scope=i, cells=[f"t3.r4_{k}.tot" for k in range(1, 4)], persona="officer",
            kind_="officer cell")
    elif m == 8:
        c = num(i, "t3.r2.tot")
        add(R.choice(["部分公开几件", "我们部分公开的有多少", "部分公开那行总计"]), "value", {"value": c, "unit": "件"},
            scope=i, cells=["t3.r2.tot"], persona="officer", kind_="officer cell")
    else:
        np_ = num(i, "t3.new.np")
        if new:
            add(R.choice(["新收申请里自然人占多少比例", "个人申请的占比", "自然人申请占新收的百分比"]), "share",
                {"value": round(100 * np_ / new, 2), "unit": "%", "tol": 0.05}, scope=i, cells=["t3.new.np", "t3.new.tot"],
                calc="100*{t3.new.np}/{t3.new.tot}", persona="officer", kind_="officer rate", note=f"{np_}/{new}")
        else:
            add("今年一共收了多少申请", "value", {"value": 0, "unit": "件"}, scope=i, cells=["t3.new.tot"],
                persona="officer", kind_="officer cell")
# 3b. against last year (only the pairs held)
for p0, p1 in PAIRS:
    if num(p0, "t3.r1.tot") is not None and num(p1, "t3.r1.tot") is not None:
        chain_no += 1
        cid = f"of{chain_no:02d}"
        q0 = R.choice(["我们今年予以公开几件", "今年全部公开的有多少件"])
        add(q0, "value", {"value": num(p1, "t3.r1.tot"), "unit": "件"}, scope=p1, cells=["t3.r1.tot"],
            persona="officer", kind_="officer cell", chain=cid, dressed=False)
        add(R.choice(["去年呢", "那上一年度呢"]), "value", {"value": num(p0, "t3.r1.tot"), "unit": "件"}, scope=p1,
            previous=q0, cells=[f"{p0}:t3.r1.tot"], persona="officer", kind_="officer vs last year", chain=cid,
            dressed=False, note=f"去年 = {p0}")
    a, b = num(p0, "t3.new.tot"), num(p1, "t3.new.tot")
    if a is None or b is None:
        continue
    add(R.choice(["跟去年比我们的申请是多了还是少了 差几件", "新收申请比上年增减多少"]), "change",
        {"value": b - a, "unit": "件"}, scope=p1, cells=["t3.new.tot", f"{p0}:t3.new.tot"],
        calc="{t3.new.tot}-{" + p0 + ":t3.new.tot}", persona="officer", kind_="officer vs last year",
        note=f"{G[p1]['year']} {b} − {G[p0]['year']} {a}")
    ra, rb = num(p0, "t4.rv.tot"), num(p1, "t4.rv.tot")
    if ra is not None and rb is not None:
        add("复议案件比去年多了还是少了", "change", {"value": rb - ra, "unit": "件"}, scope=p1,
            cells=["t4.rv.tot", f"{p0}:t4.rv.tot"], calc="{t4.rv.tot}-{" + p0 + ":t4.rv.tot}", persona="officer",
            kind_="officer vs last year", note=f"{rb} − {ra}")

# ================================================================ 4. unanswerable (~10 %)
UNQ = [("我们单位做信息公开的有几个专职人员", r"专职|兼职|\d+名|\d+人|工作人员\d|配备.{0,6}人员"),
       ("今年信息公开工作花了多少经费", r"经费|预算|资金|投入"),
       ("群众对我们信息公开的满意度是多少", r"满意"),
       ("申请人里男的女的各多少", r"性别|男性|女性"),
       ("依申请公开平均几天答复", r"平均"),
       ("政府网站今年访问量多少", r"访问量|浏览量|点击量|访问人次"),
       ("12345热线转来的申请有几件", r"12345")]
rpool = [i for i in IDS if readable(i) and text(i)]
for n, i in enumerate(wpick(rpool, 60)):
    if sum(1 for x in ITEMS if x["kind"] == "not in the report") >= 24:
        break
    q, pat = UNQ[n % len(UNQ)]
    if re.search(pat, sq(text(i))):
        continue
    add(q, "unanswerable", {"refuse": True}, scope=i, persona=R.choice(["officer", "citizen", "deputy"]),
        kind_="not in the report", note=f"asked as value; the text has no match of /{pat}/")
# bodies / years not in the store
ags = sorted(byag)
for n, a in enumerate(R.sample(ags, 8)):
    ys = {G[x]["year"] for x in byag[a]}
    y = next(y for y in (2014, 2013, 2026, 2012) if y not in ys)
    add(R.choice([f"{a}{y}年收到多少件申请", f"{a}{yr(y, 'cn')}的行政复议几件", f"查一下{a}{y}年的新收申请"]),
        "unanswerable", {"refuse": True}, persona=R.choice(["journalist", "citizen", "researcher"]),
        kind_="year not in the store", note=f"asked as value; the store holds {a} for {sorted(ys)}")
FAKES = ["成都市锦江区人民政府", "青岛市市南区教育局", "南京市鼓楼区民政局", "昆明市官渡区人民政府", "郑州市金水区财政局",
         "西安市碑林区人民政府", "大连市中山区卫生健康局", "济南市历下区人民政府"]
for fake in [f for f in FAKES if all(f[3:6] not in a for a in FULL)][:4]:
    add(f"{fake}2023年的依申请公开数据", "unanswerable", {"refuse": True}, persona="citizen",
        kind_="body not in the store", note="asked as value; no such body in the store")

# ================================================================ 5. everyday sample
CELLQ = [("t3.new.tot", "新收了多少件申请", "件"), ("t3.r1.tot", "予以公开的有几件", "件"),
         ("t4.rv.tot", "行政复议一共几件", "件"), ("t3.r5_3.tot", "重复申请的有几件", "件"),
         ("t3.r3_3.tot", "因为危及三安全一稳定不予公开的有几件", "件"), ("t3.new.np", "自然人申请几件", "件"),
         ("t4.ld.tot", "没经过复议直接起诉的有几件", "件"), ("t2.penalty.decisions", "行政处罚决定多少件", "件"),
         ("t3.r4_1.tot", "本机关不掌握相关信息的有几件", "件"), ("t3.carry_in.tot", "上年结转的申请几件", "件")]
ev = [i for i in IDS if readable(i) and i not in BADT3]
for n, i in enumerate(wpick(ev, 80)):
    if sum(1 for x in ITEMS if x["kind"] == "everyday figure") >= 12:
        break
    k, qq, unit = CELLQ[n % len(CELLQ)]
    v = num(i, k)
    if v is None or (k.startswith("t2.penalty") and G[i]["template"] not in ("GF2021", "GF2019")):
        continue
    per = R.choice(["citizen", "journalist", "lawyer", "deputy", "hotline"])
    if n % 2:
        add(R.choice(["", "请问", "ok 再问下 ", "好的 那"]) + qq, "value", {"value": v, "unit": unit}, scope=i, cells=[k],
            persona=per, kind_="everyday figure")
    else:
        a, ab = nm(i)
        add(f"{a}{ryr(G[i]['year'])}{qq}", "value", {"value": v, "unit": unit}, cells=[f"{i}:{k}"], persona=per,
            kind_="everyday figure", abbreviated=ab)
        if n % 4 == 0:
            nxt = [x for x in byag.get(G[i]["agency"], []) if x != i and readable(x) and x not in BADT3 and num(x, k) is not None]
            prev = ITEMS[-1]["q"]
            chain_no += 1
            ITEMS[-1]["chain"] = f"ev{chain_no:02d}"
            k2, qq2, _ = CELLQ[(n + 3) % len(CELLQ)]
            v2 = num(i, k2)
            if v2 is not None:
                add(R.choice(["那", "嗯 那", "再问下 "]) + qq2, "value", {"value": v2, "unit": "件"}, previous=prev,
                    cells=[f"{i}:{k2}"], persona=per, kind_="everyday follow-up", chain=f"ev{chain_no:02d}", dressed=False)


# ================================================================ 1f. zero applications over a wider filter
zc = []
for p in PROVS:
    for y in sorted({G[i]["year"] for i in flt(prov=p)}):
        for lv in ("县级", "乡镇"):
            ids = flt(prov=p, lv=[lv], years=[y])
            if 2 <= len(ids) <= 12 and all(readable(i) and num(i, "t3.new.tot") is not None for i in ids):
                zc.append((p, y, lv, ids))
R.shuffle(zc)
zc.sort(key=lambda x: not any(num(i, "t3.new.tot") == 0 for i in x[3]))
for n, (p, y, lv, ids) in enumerate(zc[:5]):
    zero = [i for i in ids if num(i, "t3.new.tot") == 0]
    lt = lvtxt(lv, None)
    per = R.choice(OV_PER)
    if n % 2 == 0 or not zero:
        add(R.choice(["{p}{y}{l}有多少家零申请", "{y}{p}{l}里一件申请都没收到的有几家", "{p}{l}{y}零申请的几个"]).format(
            p=p, y=ryr(y), l=lt), "value", {"value": len(zero), "unit": "家"}, cells=[f"{i}:t3.new.tot" for i in ids],
            persona=per, kind_="overview zero count", note="新收 总计 0: " + (", ".join(zero) or "none") + f" of {len(ids)}")
    else:
        add(R.choice(["{p}{y}{l}里哪些是零申请", "{y}{p}{l}哪几家没收到申请", "列一下{p}{y}{l}零申请的单位"]).format(
            p=p, y=ryr(y), l=lt), "which_reports", {"reports": zero}, cells=[f"{i}:t3.new.tot" for i in ids],
            persona=per, kind_="overview zero which", note=f"{len(zero)} of {len(ids)} with 新收 0")

# ================================================================ 6. more on the newest sets (wild25 ~15 %, wild24 ~10 %)
EXQ = [("t3.new.tot", ["{a}{y}一共收到多少依申请", "{a}{y}新收申请几件"], "件"),
       ("t3.r2.tot", ["{a}{y}部分公开几件", "{a}{y}部分公开的答复多少"], "件"),
       ("t4.rv.tot", ["{a}{y}被申请复议几次", "{a}{y}因信息公开被复议的案件数"], "件"),
       ("t3.carry_out.tot", ["{a}{y}结转下年度的申请", "{a}{y}还有几件结转到下一年"], "件"),
       ("t2.license.decisions", ["{a}{y}行政许可处理决定数量", "{a}{y}许可决定多少件"], "件")]
for s_, per_report in (("wild25", 2), ("wild24", 1)):
    pool = [i for i in IDS if G[i]["set"] == s_ and readable(i) and i not in BADT3]
    for j, i in enumerate(pool):
        for t in range(per_report):
            k, forms, unit = EXQ[(j + t) % len(EXQ)]
            v = num(i, k)
            if v is None:
                continue
            per = R.choice(["citizen", "journalist", "lawyer", "deputy", "hotline", "researcher"])
            if t % 2 == 0:
                a, ab = nm(i)
                add(R.choice(forms).format(a=a, y=ryr(G[i]["year"])), "value", {"value": v, "unit": unit},
                    cells=[f"{i}:{k}"], persona=per, kind_="everyday figure", abbreviated=ab)
            else:
                add(R.choice(forms).format(a=R.choice(["", "这家", "这个单位"]), y=R.choice(["", "今年", "本年度"])),
                    "value", {"value": v, "unit": unit}, scope=i, cells=[k], persona=per, kind_="everyday figure")

# ================================================================ validation and output
cc = Counter(x.get("chain") for x in ITEMS)
for x in ITEMS:
    if "chain" in x and cc[x["chain"]] < 2:
        del x["chain"]
def check(it):
    e = it["expect"]
    scope = it["scope"].get("report")

    def cell(c):
        if ":" in c:
            r, k = c.split(":", 1)
        else:
            r, k = scope, c
        v = num(r, k)
        assert v is not None, (it["q"], c)
        return v

    if "value" in e and it.get("cells") and it["intent"] not in ("share", "change") and e["unit"] in ("件", "万元"):
        assert sum(cell(c) for c in it["cells"]) == e["value"], it
    if it.get("calc"):
        expr = re.sub(r"\{([^}]+)\}", lambda m: repr(cell(m.group(1))), it["calc"])
        assert abs(eval(expr) - e["value"]) <= e.get("tol", 0) + 1e-9, (it, expr)  # noqa: S307
    for k in e.get("values", {}):
        if k in G:
            assert k in IDS
    for r in e.get("reports", []):
        assert r in G
    q = it.get("source_quote")
    if q:
        assert occurs(scope, q), it


for n, it in enumerate(ITEMS, 1):
    it["id"] = f"ya{n:04d}"
    check(it)

with open(HERE / "blindya.jsonl", "w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps(it, ensure_ascii=False, sort_keys=False) + "\n")

if __name__ == "__main__":
    c = Counter(x["intent"] for x in ITEMS)
    print(len(ITEMS), dict(c))
    print(Counter(x["kind"] for x in ITEMS))
    print(Counter(x["persona"] for x in ITEMS))
    print(Counter(x["phrasing"] for x in ITEMS))
    ch = Counter(x["chain"] for x in ITEMS if "chain" in x)
    print("chains", Counter(ch.values()))
    print("sets", Counter(s for x in ITEMS for s in x["sets"]).most_common())
    mism = [(G[i]["agency"], level(G[i]), name_level(G[i]["agency"])) for i in IDS
            if name_level(G[i]["agency"]) != "?" and name_level(G[i]["agency"]) != level(G[i])]
    print("level by name ≠ gold:", mism[:20], len(mism))
