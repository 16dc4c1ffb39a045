"""Write blindua.jsonl: held-out questions over eval/wild … eval/wild21 — chat chains, a chosen report,
per-period and ratio phrasings, and an everyday sample. Deterministic (identical bytes on every run).

    PYTHONPATH=. python eval/questions/blindua/make_blindua.py

Expectations are computed from the gold cells; every quote is checked against the report's own text.
Held out: whoever works on the router or the extractor reads neither this file nor blindua.jsonl.
"""

from __future__ import annotations

import glob
import gzip
import html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
OUT = HERE / "blindua.jsonl"

# --------------------------------------------------------------------------- gold


def load_golds() -> list[dict]:
    out = []
    for p in sorted(glob.glob(str(ROOT / "eval" / "wild*" / "gold" / "*.json"))):
        g = json.loads(Path(p).read_text(encoding="utf-8"))
        g["_set"] = Path(p).parent.parent.name
        g["_dir"] = str(Path(p).parent.parent)
        out.append(g)
    return out


GOLDS = load_golds()
BY_ID = {g["id"]: g for g in GOLDS}
AY = Counter((g["agency"], g["year"]) for g in GOLDS)
YEARS = defaultdict(set)
for _g in GOLDS:
    YEARS[_g["agency"]].add(_g["year"])
AGENCIES = sorted(YEARS)


def unique(g: dict) -> bool:
    """Agency + year held once in the store (else a question naming them is ambiguous)."""
    return AY[(g["agency"], g["year"])] == 1


def report_of(agency: str, year: int) -> dict | None:
    c = [g for g in GOLDS if g["agency"] == agency and g["year"] == year]
    return c[0] if len(c) == 1 else None


def cell(g: dict, key: str):
    """The gold number of `t3.r1.tot`, or None when it is not a clean printed number."""
    table, _, k = key.partition(".")
    if g.get("template") not in ("GF2019", "GF2021") or not g.get("tables_recoverable"):
        return None
    if key in (g.get("placeholders") or {}):
        return None
    if any(str(f.get("where", "")).startswith(table) for f in g.get("findings") or []):
        return None
    v = (g.get(table) or {}).get(k)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return v


def cells_sum(g: dict, keys: list[str]):
    vals = [cell(g, k) for k in keys]
    if any(v is None for v in vals):
        return None
    s = sum(vals)
    return round(s, 4) if isinstance(s, float) else s


COLS = ["np", "biz", "sci", "npo", "law", "oth"]
LEGAL = ["biz", "sci", "npo", "law", "oth"]

# measure: name → (cell stems, unit, phrasings (colloquial), formal label)
MEASURES = {
    "new": (["t3.new"], "件", ["收到多少件公开申请", "新收了几个依申请公开", "一共接到多少信息公开申请", "本年新收申请多少件"], "本年新收政府信息公开申请数量"),
    "carry_in": (["t3.carry_in"], "件", ["上年结转过来的申请几件", "从上一年转过来多少件申请"], "上年结转政府信息公开申请数量"),
    "r1": (["t3.r1"], "件", ["予以公开了多少件", "全部公开的有几件", "同意公开的申请有多少"], "办理结果中予以公开的数量"),
    "r2": (["t3.r2"], "件", ["部分公开多少件", "部分公开的有几个"], "办理结果中部分公开的数量"),
    "r3": ([f"t3.r3_{i}" for i in range(1, 9)], "件", ["不予公开的有几件", "拒绝公开了多少件"], "办理结果中不予公开的数量"),
    "r4": ([f"t3.r4_{i}" for i in range(1, 4)], "件", ["无法提供的有多少", "没法提供信息的几件"], "办理结果中无法提供的数量"),
    "r4_1": (["t3.r4_1"], "件", ["因为本机关不掌握信息没法提供的有几件", "本机关不掌握相关政府信息的几件"], "无法提供中本机关不掌握相关政府信息的数量"),
    "r5": ([f"t3.r5_{i}" for i in range(1, 6)], "件", ["不予处理的有多少件", "不予处理了几件"], "办理结果中不予处理的数量"),
    "r7": (["t3.r7"], "件", ["办结了多少件申请", "办理结果总计多少"], "办理结果总计"),
    "carry_out": (["t3.carry_out"], "件", ["结转到下年继续办理的有几件", "还有多少件转到下一年办"], "结转下年度继续办理的数量"),
    "rv": (["t4.rv.tot"], "件", ["行政复议一共几件", "被申请行政复议多少件"], "因政府信息公开工作被申请行政复议的总数"),
    "rv_keep": (["t4.rv.keep"], "件", ["复议结果维持的有几件", "复议里维持的多少"], "行政复议结果维持的数量"),
    "lit": (["t4.ld.tot", "t4.lr.tot"], "件", ["被告了几次行政诉讼", "行政诉讼一共多少件"], "因政府信息公开工作被提起行政诉讼的总数"),
    "ld": (["t4.ld.tot"], "件", ["没经过复议直接起诉的有几件", "直接起诉的行政诉讼多少件"], "未经复议直接起诉的行政诉讼总数"),
    "license": (["t2.license.decisions"], "件", ["行政许可决定做了多少件", "行政许可有多少"], "行政许可本年处理决定数量"),
    "penalty": (["t2.penalty.decisions"], "件", ["行政处罚决定多少件", "罚了多少件（行政处罚）"], "行政处罚本年处理决定数量"),
}
SHORT_LABEL = {"new": "新收申请", "carry_in": "上年结转", "r1": "予以公开", "r2": "部分公开", "r3": "不予公开", "r4": "无法提供",
               "r4_1": "本机关不掌握", "r5": "不予处理", "r7": "办结总数", "carry_out": "结转下年度", "rv": "行政复议",
               "rv_keep": "复议维持", "lit": "行政诉讼", "ld": "直接起诉", "license": "行政许可", "penalty": "行政处罚"}


def keys_of(m: str, col: str = "tot") -> list[str]:
    stems = MEASURES[m][0]
    if stems[0].startswith("t3."):
        cols = LEGAL if col == "legal" else [col]
        return [f"{s}.{c}" for s in stems for c in cols]
    return list(stems)


def value_of(g: dict, m: str, col: str = "tot"):
    if m in ("license", "penalty") and g.get("template") not in ("GF2019", "GF2021"):
        return None
    return cells_sum(g, keys_of(m, col))


# --------------------------------------------------------------------------- text


def _strip(t: str) -> str:
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", t)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</td>|</th>|</li>|</h\d>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def _decode(b: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            continue
    return b.decode("utf-8", "replace")


def _docx(b: bytes) -> str:
    import io

    with zipfile.ZipFile(io.BytesIO(b)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>", "\n", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))


_TEXT: dict[str, str | None] = {}


def text_of(g: dict) -> str | None:
    """The report's own text (pdf, docx, html, txt, markdown); None for other formats."""
    if g["id"] in _TEXT:
        return _TEXT[g["id"]]
    path = Path(g["_dir"]) / g["file"]
    t = None
    try:
        suf = path.name.lower()
        if suf.endswith(".pdf"):
            import pypdfium2 as pdfium

            doc = pdfium.PdfDocument(str(path))
            t = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        elif suf.endswith(".docx"):
            t = _docx(path.read_bytes())
        elif suf.endswith(".har"):
            log = json.loads(path.read_text(encoding="utf-8"))
            parts = [e["response"]["content"].get("text", "") for e in log["log"]["entries"]
                     if "html" in e["response"]["content"].get("mimeType", "")]
            t = _strip("\n".join(parts))
        elif suf.endswith(".eml"):
            import email
            from email import policy

            msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
            parts = [pt.get_content() for pt in msg.walk() if pt.get_content_type() in ("text/html", "text/plain")]
            t = _strip("\n".join(str(x) for x in parts))
        elif suf.endswith((".enex", ".xml")):
            t = _strip(html.unescape(_decode(path.read_bytes())))
        elif suf.endswith(".zip"):
            with zipfile.ZipFile(path) as z:
                names = sorted(z.namelist())
                docs = [n for n in names if n.lower().endswith(".docx")]
                htmls = [n for n in names if n.lower().endswith((".html", ".htm"))]
                if docs:
                    t = _docx(z.read(docs[0]))
                elif htmls:
                    t = "\n".join(_strip(_decode(z.read(n))) for n in htmls)
        elif suf.endswith((".html", ".htm", ".txt", ".md", ".markdown")):
            t = _strip(_decode(path.read_bytes()))
        elif suf.endswith(".html.gz"):
            t = _strip(_decode(gzip.decompress(path.read_bytes())))
    except Exception:  # a report this reader cannot open is simply not used for text questions
        t = None
    if t is not None and len(re.sub(r"\s", "", t)) < 300:
        t = None
    _TEXT[g["id"]] = t
    return t


def sq(s: str) -> str:
    return re.sub(r"\s+", "", s)


def occurs(g: dict, s: str) -> bool:
    t = text_of(g)
    return t is not None and sq(s) in sq(t)


# --------------------------------------------------------------------------- names and dress

TRAD = str.maketrans("请复议诉讼开县区镇这报告里两个多少几对们问还处理结转总数会没说员门发计类关与为年书们实现点观后业", "請復議訴訟開縣區鎮這報告裏兩個多少幾對們問還處理結轉總數會沒說員門發計類關與為年書們實現點觀後業")
TYPOS = [("申请", "申清"), ("复议", "复意"), ("诉讼", "诉颂"), ("公开", "公凯"), ("多少", "多小"), ("处理", "出理"), ("结转", "节转")]
CN = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "二〇" + "".join(CN[int(d)] for d in str(y)[2:]) + "年"


def year_word(y: int, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return f"{y}年"
    if r < 0.7:
        return f"{str(y)[2:]}年"
    if r < 0.85:
        return f"{y}年度"
    return cn_year(y)


def short_name(agency: str) -> str | None:
    """A short form only if no other stored agency contains it."""
    cands = []
    for a, b in (("人民政府办公室", "政府办"), ("人民政府", "政府"), ("人力资源和社会保障局", "人社局"), ("住房和城乡建设局", "住建局"),
                 ("市场监督管理局", "市场监管局"), ("卫生健康委员会", "卫健委"), ("卫生健康局", "卫健局"), ("交通运输局", "交通局"),
                 ("自然资源和规划局", "自规局"), ("发展和改革局", "发改局"), ("教育体育局", "教体局"), ("农业农村局", "农业农村局"),
                 ("生态环境局", "环保局"), ("文化旅游广电体育局", "文旅局"), ("城市管理和综合执法局", "城管局"), ("街道办事处", "街道")):
        if agency.endswith(a) and a != b:
            cands.append(agency[: -len(a)] + b)
    if agency.endswith("镇人民政府") or agency.endswith("乡人民政府"):
        base = agency[: -len("人民政府")]
        m = re.search(r"(?:市|县|区)([^市县区]+[镇乡])$", base)
        if m:
            cands.append(m.group(1))
    for c in cands:
        if len(c) >= 3 and not any(c in o for o in AGENCIES if o != agency):
            return c
    return None


def dress(q: str, how: str, rng: random.Random) -> str:
    if how == "voice":
        q = re.sub(r"[，。？！、,?!；;：:（）()]", " ", q).strip()
        q = re.sub(r"\s+", " ", q)
        return rng.choice(["", "那个 ", "呃 ", "嗯 "]) + q + rng.choice(["", " 啊", " 呢"])
    if how == "typo":
        opts = [(a, b) for a, b in TYPOS if a in q]
        if opts:
            a, b = opts[rng.randrange(len(opts))]
            return q.replace(a, b, 1)
        return q
    if how == "trad":
        return q.translate(TRAD)
    return q


# --------------------------------------------------------------------------- items

ITEMS: list[dict] = []


def add(**kw) -> dict:
    it = {"id": None}
    it.update(kw)
    it.setdefault("scope", {})
    ITEMS.append(it)
    return it


def sets_of(*gs: dict) -> list[str]:
    return sorted({g["_set"] for g in gs})


def val_expect(v, unit="件", tol=None) -> dict:
    e = {"value": v, "unit": unit}
    if tol is not None:
        e["tol"] = tol
    return e


def name_for(g: dict, rng: random.Random, p_short=0.3) -> tuple[str, bool]:
    s = short_name(g["agency"])
    if s and rng.random() < p_short:
        return s, True
    return g["agency"], False


def style_of(abbr: bool, formal: bool = False) -> str:
    return "abbreviated" if abbr else ("formal" if formal else "colloquial")


SETW = {s: 1.0 for s in {g["_set"] for g in GOLDS}}
SETW["wild21"] = 5.5
SETW["wild20"] = 2.3


def wshuffle(rng: random.Random, pool: list[dict]) -> list[dict]:
    """A weighted shuffle: wild21 (used by no bank yet) and wild20 come up more often."""
    pool = sorted(pool, key=lambda g: g["id"])
    keys = {g["id"]: rng.random() ** (1 / SETW[g["_set"]]) for g in pool}
    return sorted(pool, key=lambda g: -keys[g["id"]])


def weighted_pick(rng: random.Random, pool: list[dict]) -> dict:
    ws = [SETW[g["_set"]] for g in pool]
    return rng.choices(pool, weights=ws, k=1)[0]


READY = [g for g in GOLDS if value_of(g, "new") is not None and value_of(g, "r7") is not None]
READY_U = [g for g in READY if unique(g)]


# --------------------------------------------------------------------------- personas

PERSONAS = {  # name → share (README argues them)
    "clerk": 24, "applicant": 15, "reporter": 12, "auditor": 12, "counsel": 10, "analyst": 10, "councillor": 9, "student": 8,
}
KIND_PERSONAS = {
    "chain": ["clerk", "reporter", "analyst", "applicant", "councillor", "student", "auditor"],
    "scoped": ["clerk", "clerk", "auditor", "applicant", "counsel", "student"],
    "ratio": ["analyst", "reporter", "student", "councillor", "auditor"],
    "plain": ["applicant", "reporter", "counsel", "clerk", "councillor", "auditor"],
    "law": ["counsel"],
}


def persona(rng: random.Random, kind: str) -> str:
    return rng.choice(KIND_PERSONAS[kind])


def how_of(rng: random.Random) -> str:
    r = rng.random()
    return "voice" if r < 0.10 else "typo" if r < 0.17 else "trad" if r < 0.21 else "plain"


FILL = ["", "", "", "嗯 ", "好的 那", "ok 再问下 ", "麻烦问下，", "请问", "想了解一下，"]
REF = re.compile(r"经费|预算|资金")


def chain_item(turns: list[str], expect: dict, intent: str, cells: list[str], chain: str, kind: str, rng, gs, **kw) -> dict:
    it = add(q=turns[-1], previous=list(turns[:-1]), intent=intent, expect=expect, cells=cells, chain=chain, kind=kind,
             persona=kw.pop("persona"), phrasing=kw.pop("phrasing", "plain"), sets=sets_of(*gs), **kw)
    return it


def ck(g: dict, keys: list[str], scoped: bool = False) -> list[str]:
    return keys if scoped else [f"{g['id']}:{k}" for k in keys]


def fix_cells(it: dict) -> None:
    """Whole-store items name cells `report:key`; a scoped item names its own report's cells bare."""
    sc = (it.get("scope") or {}).get("report")
    if sc:
        it["cells"] = [c.split(":", 1)[1] if c.startswith(sc + ":") else c for c in it["cells"]]


def ask_m(m: str, rng) -> str:
    return rng.choice(MEASURES[m][2])


# ---- chains

CHAIN_N = [0]


def new_chain() -> str:
    CHAIN_N[0] += 1
    return f"c{CHAIN_N[0]:03d}"


def kind_word(g: dict) -> str:
    a = g["agency"]
    for end, w in (("镇人民政府", "镇"), ("乡人民政府", "乡"), ("街道办事处", "街道"), ("街道", "街道"), ("县人民政府", "县"),
                   ("区人民政府", "区"), ("市人民政府", "市"), ("局", "局"), ("委员会", "委"), ("厅", "厅")):
        if a.endswith(end):
            return w
    return "单位"


def region_key(g: dict, n: int) -> str:
    return g["region"][:n]


def gen_chains(rng: random.Random) -> None:
    # 1. year switch within an agency held in two years (both readable)
    pairs = []
    for a in AGENCIES:
        ys = sorted(YEARS[a])
        rs = [report_of(a, y) for y in ys]
        rs = [r for r in rs if r and r in READY]
        for i in range(len(rs)):
            for j in range(i + 1, len(rs)):
                pairs.append((rs[j], rs[i]))  # later, earlier
    for i, (later, earlier) in enumerate(pairs):
        for m1, m2 in [(("new", "r3"), ("r1", "rv"), ("r7", "r5"))[i % 3]]:
            v_l, v_e = value_of(later, m1), value_of(earlier, m1)
            w_l = value_of(later, m2)
            if None in (v_l, v_e, w_l):
                continue
            c = new_chain()
            p = persona(rng, "chain")
            nm, ab = name_for(later, rng)
            gap = later["year"] - earlier["year"]
            back = "前年的呢" if gap == 2 else ("上一年的呢" if gap == 1 and rng.random() < 0.5 else f"那{year_word(earlier['year'], rng)}呢")
            t1 = f"{rng.choice(FILL)}{nm}{year_word(later['year'], rng)}{ask_m(m1, rng)}"
            t2 = back
            t3 = rng.choice(["两年比是多了还是少了，差几个", "和刚才那年比变化多少", "前后两年差多少"])
            t4 = f"回到{str(later['year'])[2:]}年，{SHORT_LABEL[m2]}的呢"
            k1, k2 = keys_of(m1), keys_of(m2)
            chain_item([t1, t2], val_expect(v_e), "value", ck(earlier, k1), c, "year switch", rng, [earlier], persona=p,
                       style=style_of(ab), note=f"turn 2: {earlier['agency']} {earlier['year']} {SHORT_LABEL[m1]}")
            chain_item([t1, t2, t3], val_expect(v_l - v_e), "change", ck(later, k1) + ck(earlier, k1), c, "year switch → change",
                       rng, [later, earlier], persona=p, style=style_of(ab), calc=f"{v_l}-{v_e}",
                       note=f"signed later − earlier: {later['year']} {v_l} − {earlier['year']} {v_e}")
            chain_item([t1, t2, t3, t4], val_expect(w_l), "value", ck(later, k2), c, "back to the first year", rng, [later],
                       persona=p, style=style_of(ab), note=f"{later['agency']} {later['year']} {SHORT_LABEL[m2]}")
            r7 = value_of(later, "r7")
            if r7 and m2 in ("r3", "r5"):
                t5 = rng.choice(["它占办结总数的比例呢", "占办理结果总计百分之几"])
                chain_item([t1, t2, t3, t4, t5], val_expect(round(100 * w_l / r7, 2), "%", 0.05), "share", ck(later, k2 + keys_of("r7")),
                           c, "share after going back", rng, [later], persona=p, style=style_of(ab), calc=f"100*{w_l}/{r7}",
                           note=f"{later['agency']} {later['year']} {SHORT_LABEL[m2]} / 办理结果总计")
    # 2. year switch to a year the store does not hold
    pool = wshuffle(rng, READY_U)
    n = 0
    for g in pool:
        if n >= 14:
            break
        y2 = next((y for y in (g["year"] - 1, g["year"] + 1, g["year"] - 2) if y not in YEARS[g["agency"]] and 2015 <= y <= 2025), None)
        if y2 is None:
            continue
        m = rng.choice(["new", "r1", "r3", "rv"])
        v = value_of(g, m)
        if v is None:
            continue
        c = new_chain()
        p = persona(rng, "chain")
        nm, ab = name_for(g, rng)
        t1 = f"{nm}{year_word(g['year'], rng)}{ask_m(m, rng)}"
        t2 = rng.choice([f"那{str(y2)[2:]}年呢", f"{y2}年的呢", f"换成{cn_year(y2)}呢"])
        mid = rng.choice(["好的", "嗯嗯 明白", "ok"]) + rng.choice(["，部分公开的呢", "，不予处理的呢", " 结转下年的呢"])
        turns = [t1, mid, t2] if rng.random() < 0.6 else [t1, mid, rng.choice(["那自然人申请的呢", "复议维持的呢"]), t2]
        chain_item(turns, {"refuse": True}, "unanswerable", [], c, "year not in the store", rng, [g], persona=p,
                   style=style_of(ab), note=f"asked as value: {g['agency']} {y2} is not in the store (held: {sorted(YEARS[g['agency']])})")
        n += 1
    # 3. body switch: two / three bodies of one region and year
    groups = defaultdict(list)
    for g in READY_U:
        groups[(region_key(g, 6), g["year"])].append(g)
    keys = sorted(k for k, v in groups.items() if len(v) >= 2)
    rng.shuffle(keys)
    n2 = n3 = 0
    for k in keys:
        gs = sorted(groups[k], key=lambda g: g["id"])
        rng.shuffle(gs)
        if len(gs) >= 3 and n3 < 9:
            a, b, cc = gs[:3]
            m = rng.choice(["new", "r1", "r7", "new"])
            vals = {g["id"]: value_of(g, m) for g in (a, b, cc)}
            if None in vals.values() or len(set(vals.values())) < 3:
                continue
            ch = new_chain()
            p = persona(rng, "chain")
            na, aa = name_for(a, rng)
            nb, ab_ = name_for(b, rng)
            nc, ac = name_for(cc, rng)
            t1 = f"{rng.choice(FILL)}{na}{year_word(a['year'], rng)}{ask_m(m, rng)}"
            t2 = rng.choice([f"{nb}呢", f"同样问下{nb}", f"换成{nb}"])
            t3 = rng.choice([f"那{nc}呢", f"{nc}的呢"])
            t4 = rng.choice(["这三个里谁最多", "几个单位里谁最多", "三个排个序 从多到少"])
            order = sorted(vals, key=lambda r: -vals[r])
            ab3 = aa or ab_ or ac
            chain_item([t1, t2, t3], val_expect(vals[cc["id"]]), "value", ck(cc, keys_of(m)), ch, "body switch", rng, [cc],
                       persona=p, style=style_of(ab3), note=f"turn 3: {cc['agency']} {cc['year']} {SHORT_LABEL[m]}")
            e = {"values": vals, "unit": "件", "order": order if "排" in t4 else order[:1]}
            chain_item([t1, t2, t3, t4], e, "rank", ck(a, keys_of(m)) + ck(b, keys_of(m)) + ck(cc, keys_of(m)), ch, "rank of the bodies named",
                       rng, [a, b, cc], persona=p, style=style_of(ab3), note="rank over the three bodies the chat named")
            t5 = rng.choice(["那最少的是哪个", "最少的呢"])
            e5 = {"values": vals, "unit": "件", "order": order[::-1][:1]}
            chain_item([t1, t2, t3, t4, t5], e5, "rank", ck(a, keys_of(m)) + ck(b, keys_of(m)) + ck(cc, keys_of(m)), ch,
                       "rank of the bodies named (least)", rng, [a, b, cc], persona=p, style=style_of(ab3),
                       note="the smallest of the three bodies the chat named")
            n3 += 1
            continue
        if n2 >= 11:
            continue
        a, b = gs[:2]
        m, m2 = rng.choice([("new", "r3"), ("r1", "r5"), ("r7", "r4"), ("rv", "r1"), ("new", "lit")])
        va, vb, wa = value_of(a, m), value_of(b, m), value_of(a, m2)
        if None in (va, vb, wa):
            continue
        ch = new_chain()
        p = persona(rng, "chain")
        na, aa = name_for(a, rng)
        nb, ab_ = name_for(b, rng)
        t1 = f"{rng.choice(FILL)}{na}{year_word(a['year'], rng)}{ask_m(m, rng)}"
        t2 = rng.choice([f"同样问下{nb}", f"那{nb}呢", f"换成{nb}"])
        op = rng.choice(["sum", "compare"])
        if op == "sum":
            t3 = rng.choice(["两个加起来多少", "两家合计呢", "加一起是多少"])
            e3, i3, calc3 = val_expect(va + vb), "sum", f"{va}+{vb}"
        else:
            t3 = rng.choice(["哪个多", "谁的多一些", "两家比谁多"])
            e3 = {"values": {a["id"]: va, b["id"]: vb}, "unit": "件", "order": [a["id"] if va >= vb else b["id"]]}
            i3, calc3 = "compare", None
            if va == vb:
                e3["order"] = [a["id"], b["id"]]
        t4 = rng.choice([f"回到刚才那个{kind_word(a)}，", "再回到第一个，"]) + f"{SHORT_LABEL[m2]}的呢"
        ab2 = aa or ab_
        chain_item([t1, t2], val_expect(vb), "value", ck(b, keys_of(m)), ch, "body switch", rng, [b], persona=p,
                   style=style_of(ab2), note=f"turn 2: {b['agency']} {b['year']} {SHORT_LABEL[m]}")
        it = chain_item([t1, t2, t3], e3, i3, ck(a, keys_of(m)) + ck(b, keys_of(m)), ch, f"body switch → {op}", rng, [a, b],
                        persona=p, style=style_of(ab2), note=f"{a['agency']} {va} / {b['agency']} {vb}")
        if calc3:
            it["calc"] = calc3
        chain_item([t1, t2, t3, t4], val_expect(wa), "value", ck(a, keys_of(m2)), ch, "back to the first body", rng, [a],
                   persona=p, style=style_of(ab2), note=f"back to {a['agency']} {a['year']} {SHORT_LABEL[m2]}")
        n2 += 1
    # 4. row / column switches and operations on one report
    pool = wshuffle(rng, READY_U)
    n = 0
    for g in pool:
        if n >= 16:
            break
        r3l, r3n, r7, r1, r2 = (value_of(g, "r3", "legal"), value_of(g, "r3", "np"), value_of(g, "r7"), value_of(g, "r1"),
                                value_of(g, "r2"))
        if None in (r3l, r3n, r7, r1, r2) or r7 == 0:
            continue
        ch = new_chain()
        p = persona(rng, "chain")
        nm, ab = name_for(g, rng)
        y = year_word(g["year"], rng)
        if n % 2 == 0:
            t1 = f"{rng.choice(FILL)}{nm}{y}{ask_m('new', rng)}"
            t2 = rng.choice(["不予公开的呢", "那不予公开几件", "不予公开呢"])
            how = how_of(rng)
            t3 = dress(rng.choice(["法人那列呢", "其中法人或其他组织申请的呢", "法人和其他组织的是多少"]), how, rng)
            t4 = rng.choice(["自然人呢", "那自然人那列"])
            chain_item([t1, t2, t3], val_expect(r3l), "value", ck(g, keys_of("r3", "legal")), ch, "column switch", rng, [g],
                       persona=p, style=style_of(ab), phrasing=how, note="不予公开 (8 sub-rows) × 法人或其他组织 (5 columns)")
            chain_item([t1, t2, t3, t4], val_expect(r3n), "value", ck(g, keys_of("r3", "np")), ch, "column switch", rng, [g],
                       persona=p, style=style_of(ab), note="不予公开 × 自然人")
        else:
            t1 = f"{rng.choice(FILL)}{nm}{y}{ask_m('r1', rng)}"
            t2 = rng.choice(["占办结总数多大比例", "占全部办理结果的百分之几", "这个占比多少"])
            t3 = rng.choice(["那部分公开的占比呢", "部分公开占多少比例"])
            t4 = rng.choice(["两项加起来占多少", "公开加部分公开一共占多少"])
            chain_item([t1, t2], val_expect(round(100 * r1 / r7, 2), "%", 0.05), "share", ck(g, keys_of("r1") + keys_of("r7")), ch,
                       "operation switch → share", rng, [g], persona=p, style=style_of(ab), calc=f"100*{r1}/{r7}",
                       note="予以公开 / 办理结果总计")
            chain_item([t1, t2, t3], val_expect(round(100 * r2 / r7, 2), "%", 0.05), "share", ck(g, keys_of("r2") + keys_of("r7")), ch,
                       "row switch in a share", rng, [g], persona=p, style=style_of(ab), calc=f"100*{r2}/{r7}",
                       note="部分公开 / 办理结果总计")
            chain_item([t1, t2, t3, t4], val_expect(round(100 * (r1 + r2) / r7, 2), "%", 0.05), "share",
                       ck(g, keys_of("r1") + keys_of("r2") + keys_of("r7")), ch, "sum in a share", rng, [g], persona=p,
                       style=style_of(ab), calc=f"100*({r1}+{r2})/{r7}", note="(予以公开+部分公开) / 办理结果总计")
        n += 1
    # 5. chains ending in what the report does not say / a body not in the store
    pool = wshuffle(rng, [g for g in READY_U if text_of(g)])
    n = 0
    for g in pool:
        if n >= 14:
            break
        t = text_of(g)
        v = value_of(g, "new")
        ch = new_chain()
        p = persona(rng, "chain")
        nm, ab = name_for(g, rng)
        t1 = f"{nm}{year_word(g['year'], rng)}{ask_m('new', rng)}"
        if n % 2 == 0:
            if REF.search(t):
                CHAIN_N[0] -= 1
                continue
            t2 = rng.choice(["办这些申请花了多少经费", "信息公开工作预算是多少", "为这个花了多少钱"])
            turns = [t1, "予以公开的呢", t2] if rng.random() < 0.5 else [t1, "予以公开的呢", "不予公开的呢", t2]
            note = "asked as value: the report gives no budget or spending (text checked: no 经费/预算/资金)"
        else:
            city = re.search(r"[^省]+?市", g["region"])
            body = None
            for dept in ("统计局", "审计局", "退役军人事务局", "信访局", "档案馆"):
                cand = (city.group(0) if city else g["region"][:3]) + dept
                if not any(cand in a or a in cand for a in AGENCIES):
                    body = cand
                    break
            if body is None:
                CHAIN_N[0] -= 1
                continue
            t2 = rng.choice([f"换成{body}呢", f"同样问下{body}"])
            turns = [t1, rng.choice(["嗯 部分公开的呢", "那不予处理呢"]), t2]
            note = f"asked as value: {body} is not in the store"
        chain_item(turns, {"refuse": True}, "unanswerable", [], ch, "chain ends outside the reports", rng, [g], persona=p,
                   style=style_of(ab), note=note)
        n += 1


# ---- narrative figures and section 五

NARR = [
    (r"主动公开(?:政府)?信息(\d+)条", "主动公开了多少条政府信息", "条"),
    (r"(?:发布|公开)政策解读(?:材料|稿件|信息|文章)?(\d+)篇", "发布了多少篇政策解读", "篇"),
    (r"(?:开展|组织)[^，。；、]{0,10}培训(\d+)(次|场|期)", "组织了几次信息公开培训", None),
]


def narr_fig(g: dict) -> list[tuple[str, int, str, str]]:
    """(question, value, unit, quote) for each narrative pattern that matches exactly once."""
    t = text_of(g)
    if not t:
        return []
    s = sq(t)
    out = []
    for pat, q, unit in NARR:
        ms = list(re.finditer(pat, s))
        if len(ms) != 1:
            continue
        m = ms[0]
        out.append((q, int(m.group(1)), unit or m.group(2), m.group(0)))
    return out


def problems_of(g: dict) -> tuple[str, str] | None:
    """(first problem, first measure) clauses of section 五, their first ≤ 18 characters, each unique in the text."""
    t = text_of(g)
    if not t:
        return None
    s = sq(t)
    i = max(s.rfind("存在的主要问题"), s.rfind("存在问题"))
    if i < 0:
        return None
    j = s.find("一是", i)
    if j < 0:
        return None
    k = s.find("一是", j + 2)
    if k < 0:
        return None

    def clause(at: int, nth: str = "一是") -> str | None:
        at = s.find(nth, at) if nth != "一是" else at
        m = re.match(nth + r"[：:，,]?([^，。；;：:,（(]{6,18})", s[at:]) if at >= 0 else None
        if not m:
            return None
        c = m.group(1)
        return c if s.count(c) == 1 else None

    a, b = clause(j), clause(k)
    PROBLEM2[g["id"]] = (clause(j, "二是"), clause(k, "二是"))
    return (a, b) if a and b and a != b else None


PROBLEM2: dict[str, tuple[str | None, str | None]] = {}


# ---- a chosen report


def prev_report(g: dict) -> dict | None:
    return report_of(g["agency"], g["year"] - 1)


def gen_scoped(rng: random.Random) -> None:
    pool = wshuffle(rng, READY)
    # plain values of the chosen report
    n = 0
    phr = {
        "new": ["这份报告里今年收到多少申请", "本年度新收申请几件", "今年一共新收了多少件"],
        "r3": ["这份报告里不予公开的有几件", "不予公开一共多少件", "本报告中不予公开的数量是多少"],
        "r1": ["这里面予以公开的几件", "今年同意公开了多少件"],
        "r5": ["不予处理的有多少", "这份里不予处理几件"],
        "rv": ["今年被申请行政复议几次", "这份报告行政复议总数多少"],
        "carry_out": ["结转到明年的还有几件", "结转下年度继续办理多少件"],
        "r4_1": ["本机关不掌握相关政府信息的有几件"],
        "lit": ["今年有没有被起诉 几件"],
        "license": ["表二里行政许可决定多少件"],
        "r2": ["部分公开的多少件"],
    }
    for g in pool:
        if n >= 50:
            break
        m = rng.choice(sorted(phr))
        v = value_of(g, m)
        if v is None:
            continue
        how = how_of(rng)
        q = dress(rng.choice(["", "", "嗯 ", "请问"]) + rng.choice(phr[m]), how, rng)
        add(q=q, scope={"report": g["id"]}, intent="value", style="colloquial", expect=val_expect(v), cells=keys_of(m),
            persona=persona(rng, "scoped"), kind="chosen report: one figure", phrasing=how, sets=sets_of(g),
            note=f"{g['agency']} {g['year']} {SHORT_LABEL[m]}")
        n += 1
    # 今年比去年: the same body's report the year before, or a refusal when the store has none
    pos = [g for g in pool if prev_report(g) is not None]
    for g in sorted(pos, key=lambda g: g["id"]):
        p = prev_report(g)
        for m in ("new", "r1", "r3", "rv", "r7"):
            v, w = value_of(g, m), value_of(p, m)
            if None in (v, w):
                continue
            q = rng.choice([f"今年{SHORT_LABEL[m]}比去年多了还是少了", f"{SHORT_LABEL[m]}和去年比变化多少", f"{SHORT_LABEL[m]}比上年多了多少"])
            add(q=q, scope={"report": g["id"]}, intent="change", style="colloquial", expect=val_expect(v - w),
                cells=keys_of(m) + [f"{p['id']}:{k}" for k in keys_of(m)], calc=f"{v}-{w}", persona=persona(rng, "scoped"),
                kind="chosen report: 比去年", phrasing="plain", sets=sets_of(g, p),
                note=f"去年 = {p['id']}; signed {g['year']} − {p['year']}")
    neg = [g for g in pool if prev_report(g) is None and (g["year"] - 1) not in YEARS[g["agency"]] and text_of(g)]
    n = 0
    for g in neg:
        if n >= 12:
            break
        s = sq(text_of(g))
        m = rng.choice(["new", "r1", "r3"])
        if value_of(g, m) is None or "上年" in s or "去年" in s or "同比" in s:
            continue
        q = rng.choice([f"今年{SHORT_LABEL[m]}比去年多了还是少了", f"和去年相比{SHORT_LABEL[m]}变了多少"])
        add(q=q, scope={"report": g["id"]}, intent="unanswerable", style="colloquial", expect={"refuse": True}, cells=[],
            persona=persona(rng, "scoped"), kind="chosen report: 去年 not in the store", phrasing="plain", sets=sets_of(g),
            note=f"asked as change: {g['agency']} {g['year'] - 1} is not in the store and the text makes no comparison")
        n += 1
    # another body named in full while a report is chosen: that body's figure
    n = 0
    for g in pool:
        if n >= 16:
            break
        others = [o for o in READY_U if o["agency"] != g["agency"] and o["year"] == g["year"]]
        if not others:
            continue
        o = others[rng.randrange(len(others))]
        m = rng.choice(["new", "r1", "r3", "rv"])
        v = value_of(o, m)
        if v is None:
            continue
        q = rng.choice([f"{o['agency']}{o['year']}年{ask_m(m, rng)}", f"顺便问下，{o['agency']}{year_word(o['year'], rng)}{ask_m(m, rng)}"])
        add(q=q, scope={"report": g["id"]}, intent="value", style="colloquial", expect=val_expect(v),
            cells=[f"{o['id']}:{k}" for k in keys_of(m)], persona=persona(rng, "scoped"), kind="chosen report: another body named",
            phrasing="plain", sets=sets_of(o), note=f"the text names {o['agency']} in full: its figure, not the chosen report's")
        n += 1
    # scoped chains
    n = 0
    for g in pool:
        if n >= 14:
            break
        r1, r7, r3, r3l = value_of(g, "r1"), value_of(g, "r7"), value_of(g, "r3"), value_of(g, "r3", "legal")
        if None in (r1, r7, r3, r3l) or r7 == 0:
            continue
        ch = new_chain()
        p = persona(rng, "scoped")
        if n % 2 == 0:
            turns = ["这份报告予以公开几件", rng.choice(["占总数多少", "占办结的比例是多少"])]
            add(q=turns[-1], previous=turns[:-1], scope={"report": g["id"]}, intent="share", style="colloquial",
                expect=val_expect(round(100 * r1 / r7, 2), "%", 0.05), cells=keys_of("r1") + keys_of("r7"), calc=f"100*{r1}/{r7}",
                persona=p, kind="chosen report chain: share", phrasing="plain", sets=sets_of(g), chain=ch, note="予以公开 / 办理结果总计")
            turns = turns + [rng.choice(["不予公开的呢 几件", "那不予公开是几件"])]
            add(q=turns[-1], previous=turns[:-1], scope={"report": g["id"]}, intent="value", style="colloquial",
                expect=val_expect(r3), cells=keys_of("r3"), persona=p, kind="chosen report chain: row switch", phrasing="plain",
                sets=sets_of(g), chain=ch, note="不予公开 subtotal (explicit 几件 after a share)")
        else:
            pr = prev_report(g)
            turns = ["今年新收多少申请", "不予公开的呢", "法人那列"]
            add(q=turns[-1], previous=turns[:-1], scope={"report": g["id"]}, intent="value", style="colloquial",
                expect=val_expect(r3l), cells=keys_of("r3", "legal"), persona=p, kind="chosen report chain: column switch",
                phrasing="plain", sets=sets_of(g), chain=ch, note="不予公开 × 法人或其他组织")
            turns = turns + ["那去年呢"]
            wl = value_of(pr, "r3", "legal") if pr else None
            if pr and wl is not None:
                add(q=turns[-1], previous=turns[:-1], scope={"report": g["id"]}, intent="value", style="colloquial",
                    expect=val_expect(wl), cells=[f"{pr['id']}:{k}" for k in keys_of("r3", "legal")], persona=p,
                    kind="chosen report chain: 去年", phrasing="plain", sets=sets_of(pr), chain=ch, note=f"去年 = {pr['id']}")
            elif not pr and (g["year"] - 1) not in YEARS[g["agency"]]:
                add(q=turns[-1], previous=turns[:-1], scope={"report": g["id"]}, intent="unanswerable", style="colloquial",
                    expect={"refuse": True}, cells=[], persona=p, kind="chosen report chain: 去年 not in the store", phrasing="plain",
                    sets=sets_of(g), chain=ch, note=f"asked as value: {g['agency']} {g['year'] - 1} not in the store")
        n += 1
    # narrative, problems, refusals of the chosen report
    n = n2 = n3 = 0
    for g in pool:
        if text_of(g) is None:
            continue
        figs = narr_fig(g)
        if figs and n < 10:
            q, v, unit, quote = figs[rng.randrange(len(figs))]
            add(q=rng.choice(["这份报告里", "今年", ""]) + q, scope={"report": g["id"]}, intent="narrative", style="colloquial",
                expect=val_expect(v, unit), cells=[], source_quote=quote, persona=persona(rng, "scoped"),
                kind="chosen report: narrative figure", phrasing="plain", sets=sets_of(g), note="a figure of the prose")
            n += 1
            continue
        pm = problems_of(g)
        if pm and n2 < 8:
            a, b = pm
            if n2 % 2 == 0:
                q, c = rng.choice(["这份报告说存在什么问题", "报告里自己承认有哪些不足"]), a
            else:
                q, c = rng.choice(["下一步打算怎么改进", "改进措施有哪些"]), b
            add(q=q, scope={"report": g["id"]}, intent="problems", style="colloquial", expect={"contains": [c]}, cells=[],
                source_quote=c, persona=persona(rng, "scoped"), kind="chosen report: problems" if c == a else "chosen report: measures",
                phrasing="plain", sets=sets_of(g), note="section 五, the first 「一是」 clause")
            n2 += 1
            continue
        s = sq(text_of(g))
        if n3 < 8 and "满意" not in s and value_of(g, "new"):
            add(q=rng.choice(["申请人对答复满意度是多少", "这份里群众满意率多少"]), scope={"report": g["id"]}, intent="unanswerable",
                style="colloquial", expect={"refuse": True}, cells=[], persona=persona(rng, "scoped"),
                kind="chosen report: not in the report", phrasing="plain", sets=sets_of(g),
                note="asked as value: no satisfaction figure (text checked: no 满意)")
            n3 += 1


# ---- per period and ratios

PER = [("平均每月", 12, "a year = 12 months"), ("平均每个月", 12, "a year = 12 months"), ("平均每季度", 4, "a year = 4 quarters"),
       ("平均每周", 52, "a year = 52 weeks")]


def gen_ratio(rng: random.Random) -> None:
    pool = wshuffle(rng, READY_U)
    n = {"per": 0, "times": 0, "bi": 0, "pct": 0, "narr": 0, "ref": 0}
    for g in pool:
        scoped = rng.random() < 0.35
        nm, ab = name_for(g, rng)
        who = "" if scoped else f"{nm}{year_word(g['year'], rng)}"
        sc = {"report": g["id"]} if scoped else {}
        base = dict(scope=sc, persona=persona(rng, "ratio"), sets=sets_of(g), style="colloquial" if scoped else style_of(ab))
        kind = ["per", "times", "bi", "pct", "narr", "ref"][len(ITEMS) % 6]
        if kind == "per" and n["per"] < 18:
            word, d, why = PER[n["per"] % 4]
            m = rng.choice(["new", "new", "r7"])
            v = value_of(g, m)
            if not v:
                continue
            q = f"{who}{word}{'收到' if m == 'new' else '办结'}多少件申请"
            add(q=q, intent="ratio", expect=val_expect(round(v / d, 2), "件", 0.05), cells=ck(g, keys_of(m), scoped),
                calc=f"{v}/{d}  ({why})", kind="per period", phrasing="plain",
                note=f"{SHORT_LABEL[m]} {v} / {d} ({why})", **base)
        elif kind == "times" and n["times"] < 10:
            a, b = value_of(g, "r1"), value_of(g, "r2")
            if not a or not b:
                continue
            q = f"{who}予以公开的数量是部分公开的几倍"
            add(q=q, intent="ratio", expect=val_expect(round(a / b, 2), "倍", 0.05), cells=ck(g, keys_of("r1") + keys_of("r2"), scoped),
                calc=f"{a}/{b}", kind="是…的几倍", phrasing="plain", note="予以公开 / 部分公开", **base)
        elif kind == "bi" and n["bi"] < 8:
            a, b = value_of(g, "r1"), value_of(g, "r2")
            if not a or not b:
                continue
            q = f"{who}予以公开和部分公开是几比几"
            add(q=q, intent="ratio", expect={"values": {"t3.r1.tot" if scoped else f"{g['id']}:t3.r1.tot": a,
                                                       "t3.r2.tot" if scoped else f"{g['id']}:t3.r2.tot": b}, "unit": "件"},
                cells=ck(g, keys_of("r1") + keys_of("r2"), scoped), kind="几比几", phrasing="plain",
                note=f"{a}:{b} — the answer shows both numbers (a reduced ratio alone does not show them)", **base)
        elif kind == "pct" and n["pct"] < 10:
            a, b = value_of(g, "r5"), value_of(g, "r7")
            if a is None or not b:
                continue
            q = f"{who}不予处理占办理结果总数的百分之几"
            add(q=q, intent="share", expect=val_expect(round(100 * a / b, 2), "%", 0.05), cells=ck(g, keys_of("r5") + keys_of("r7"), scoped),
                calc=f"100*{a}/{b}", kind="占…的百分之几", phrasing="plain", note="不予处理 / 办理结果总计", **base)
        elif kind == "narr" and n["narr"] < 10:
            figs = [f for f in narr_fig(g) if f[2] == "条"]
            if not figs:
                continue
            _, v, unit, quote = figs[0]
            word, d, why = PER[rng.randrange(4)]
            q = f"{who}主动公开的政府信息{word}多少条"
            add(q=q, intent="ratio", expect=val_expect(round(v / d, 2), "条", 0.05), cells=[], calc=f"{v}/{d}  ({why})",
                source_quote=quote if scoped else {g["id"]: quote}, kind="per period of a narrative figure", phrasing="plain",
                note=f"{v} / {d} ({why})", **base)
        elif kind == "ref" and n["ref"] < 9:
            t = text_of(g)
            if not t:
                continue
            s = sq(t)
            if n["ref"] % 2 == 0:
                if "人口" in s or "万人" in s:
                    continue
                q, note = f"{who}每万人有几件信息公开申请", "asked as ratio: the report gives no population (text checked: no 人口/万人)"
            else:
                if "工作日" in s:
                    continue
                q, note = f"{who}平均每个工作日收到几件申请", "asked as ratio: the report gives no count of working days (text checked: no 工作日)"
            add(q=q, intent="unanswerable", expect={"refuse": True}, cells=[], kind="per-period with no basis", phrasing="plain",
                note=note, **base)
        else:
            continue
        n[kind] += 1


# ---- everyday sample


def gen_plain(rng: random.Random) -> None:
    pool = sorted(READY_U, key=lambda g: g["id"])
    n = 0
    while n < 56:
        g = weighted_pick(rng, pool)
        m = rng.choice(sorted(MEASURES))
        p = "counsel" if m in ("rv", "rv_keep", "lit", "ld") else persona(rng, "plain")
        v = value_of(g, m)
        if v is None:
            continue
        nm, ab = name_for(g, rng)
        formal = rng.random() < 0.25
        if formal:
            q = f"请问{nm}{g['year']}年度政府信息公开工作年度报告中，{MEASURES[m][3]}是多少？"
        else:
            q = f"{rng.choice(['', '', '请问', '问下'])}{nm}{year_word(g['year'], rng)}{ask_m(m, rng)}"
        how = "plain" if formal else how_of(rng)
        add(q=dress(q, how, rng), intent="value", style=style_of(ab, formal), expect=val_expect(v), cells=ck(g, keys_of(m)),
            persona=p, kind="one figure", phrasing=how, sets=sets_of(g), note=f"{g['agency']} {g['year']} {SHORT_LABEL[m]}")
        n += 1
    texts = wshuffle(rng, [g for g in pool if text_of(g)])
    nn = np_ = nr = 0
    for g in texts:
        nm, ab = name_for(g, rng)
        y = year_word(g["year"], rng)
        figs = narr_fig(g)
        if figs and nn < 14:
            q, v, unit, quote = figs[rng.randrange(len(figs))]
            add(q=f"{nm}{y}{q}", intent="narrative", style=style_of(ab), expect=val_expect(v, unit), cells=[],
                source_quote={g["id"]: quote}, persona=persona(rng, "plain"), kind="narrative figure", phrasing="plain",
                sets=sets_of(g), note="a figure of the prose")
            nn += 1
            continue
        pm = problems_of(g)
        if pm and np_ < 12:
            a, b = pm
            p2, m2 = PROBLEM2.get(g["id"], (None, None))
            if np_ % 4 == 0:
                q, c, k = f"{nm}{y}信息公开工作存在哪些问题", a, "problems"
            elif np_ % 4 == 1:
                q, c, k = f"{nm}{y}年报里提的改进措施是什么", b, "improvement measures"
            elif np_ % 4 == 2 and p2:
                q, c, k = f"{nm}{y}年报第五部分说的问题里第二条是什么", p2, "problems (the second)"
            elif m2:
                q, c, k = f"{nm}{y}改进措施的第二点讲的啥", m2, "improvement measures (the second)"
            else:
                continue
            add(q=q, intent="problems", style=style_of(ab), expect={"contains": [c]}, cells=[], source_quote={g["id"]: c},
                persona=rng.choice(["councillor", "reporter", "student"]), kind=k, phrasing="plain", sets=sets_of(g),
                note=f"section 五: {k}")
            np_ += 1
            continue
        s = sq(text_of(g))
        if nr < 10:
            cand = [("申请人里男的女的各多少", "性别"), ("申请人年龄分布", "年龄"), ("平均多少天答复", "平均"), ("信息公开经费多少", "经费")]
            q, word = cand[nr % 4]
            if word in s:
                continue
            add(q=f"{nm}{y}{q}", intent="unanswerable", style=style_of(ab), expect={"refuse": True}, cells=[],
                persona=persona(rng, "plain"), kind="not in the report", phrasing="plain", sets=sets_of(g),
                note=f"asked as value: the text does not say it (checked: no 「{word}」)")
            nr += 1
    # consistency: clean (H1 holds on 总计) and printed defects (H5 / H2 findings)
    nc = 0
    for g in sorted(pool, key=lambda g: g["id"]):
        if nc >= 8 or rng.random() < 0.8:
            continue
        if g.get("findings"):
            continue
        vals = {k: cell(g, k) for k in ("t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot")}
        if None in vals.values() or vals["t3.new.tot"] + vals["t3.carry_in.tot"] != vals["t3.r7.tot"] + vals["t3.carry_out.tot"]:
            continue
        nm, ab = name_for(g, rng)
        add(q=f"{nm}{year_word(g['year'], rng)}表三收到的和办结的对得上吗", intent="consistency", style=style_of(ab),
            expect={"verdict": "consistent", "checks": ["H1"], "values": {f"{g['id']}:{k}": v for k, v in vals.items()}},
            cells=[f"{g['id']}:{k}" for k in vals], persona="auditor", kind="consistency (clean)", phrasing="plain",
            sets=sets_of(g), note="新收+上年结转 = 办理结果总计+结转下年度")
        nc += 1
    nd = 0
    for g in sorted(GOLDS, key=lambda g: g["id"]):
        if nd >= 8 or not unique(g):
            continue
        for f in g.get("findings") or []:
            m = re.match(r"(rv|ld|lr)\.tot is printed (-?\d+) while its parts add up to (\d+)", f.get("note", ""))
            if f.get("check") == "H5" and m:
                lab = {"rv": "行政复议", "ld": "未经复议直接起诉的行政诉讼", "lr": "复议后起诉的行政诉讼"}[m.group(1)]
                add(q=f"{g['agency']}{g['year']}年{lab}的总计和各项结果加起来一致吗", intent="consistency", style="colloquial",
                    expect={"verdict": "inconsistent", "checks": ["H5"],
                            "values": {f"{g['id']}:t4.{m.group(1)}.tot": int(m.group(2)), "implied": int(m.group(3))}},
                    cells=[f"{g['id']}:t4.{m.group(1)}.tot"], persona="auditor", kind="consistency (defect)", phrasing="plain",
                    sets=sets_of(g), note=f["note"])
                nd += 1
                break


# --------------------------------------------------------------------------- check and write


def check(it: dict) -> None:
    e = it["expect"]
    heads = ("value", "values", "reports", "verdict", "contains", "refuse", "blank")
    assert sum(k in e for k in heads) - ("verdict" in e and "values" in e) == 1, it
    sc = (it.get("scope") or {}).get("report")
    if sc:
        assert sc in BY_ID
    if "value" in e and it.get("cells") and "calc" not in it:
        tot = 0
        for c in it["cells"]:
            rid, _, key = c.rpartition(":")
            g = BY_ID[rid or sc]
            v = cell(g, key)
            assert v is not None, (it["id"], c)
            tot += v
        assert abs(tot - e["value"]) < 1e-6, (it["id"], tot, e)
    q = it.get("source_quote")
    quotes = q.items() if isinstance(q, dict) else ([(sc, q)] if q else [])
    for rid, s in quotes:
        assert occurs(BY_ID[rid], s), (it["id"], rid, s)
    for s in e.get("contains", []):
        rid = sc or next(iter(q))
        assert occurs(BY_ID[rid], s), (it["id"], s)
    if it["intent"] == "unanswerable":
        assert e == {"refuse": True} and it["note"].startswith("asked as"), it


def main() -> None:
    rng = random.Random(20261206)
    gen_chains(rng)
    gen_scoped(rng)
    gen_ratio(rng)
    gen_plain(rng)
    seen = set()
    out = []
    for it in ITEMS:
        key = (it["q"], json.dumps(it.get("previous"), ensure_ascii=False), json.dumps(it.get("scope"), sort_keys=True))
        if key in seen:
            continue
        seen.add(key)
        fix_cells(it)
        if it.get("phrasing") == "typo" and not any(b in it["q"] for _, b in TYPOS):
            it["phrasing"] = "plain"
        if not it.get("previous"):
            it.pop("previous", None)
        out.append(it)
    # dress the asked turn where no later item of its chain repeats it as a previous turn
    last = defaultdict(int)
    for it in out:
        if it.get("chain"):
            last[it["chain"]] = max(last[it["chain"]], len(it.get("previous") or []))
    drng = random.Random(7)
    for it in out:
        if it.get("phrasing", "plain") != "plain" or it.get("style") == "formal":
            continue
        if it.get("chain") and len(it.get("previous") or []) < last[it["chain"]]:
            continue
        how = how_of(drng) if drng.random() < 0.8 else "plain"
        q = dress(it["q"], how, drng)
        if q != it["q"]:
            it["q"], it["phrasing"] = q, how
    for i, it in enumerate(out, 1):
        it["id"] = f"ua{i:04d}"
        check(it)
    order = ["id", "q", "previous", "scope", "intent", "style", "expect", "cells", "calc", "source_quote", "chain", "persona", "kind",
             "phrasing", "sets", "note"]
    lines = [json.dumps({k: it[k] for k in order if k in it}, ensure_ascii=False) for it in out]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(out), Counter(it["intent"] for it in out))


if __name__ == "__main__":
    main()
