"""Writes blindn.jsonl: a blind bank of everyday user questions over the wild store (wild … wild18).

    PYTHONPATH=. python3 eval/questions/blindn/make_blindn.py

Deterministic (seeded random over sorted inputs): identical bytes on every run. Every expectation is
computed from the gold cells; every quote is checked against the report's own text (whitespace and markup
ignored). Held out: whoever works on the router or the extractor does not read this file.
"""

from __future__ import annotations

import html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 19))]
R = random.Random(20261206)

# ----------------------------------------------------------------------------------------------- gold
G: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        G[d["id"]] = d
        SET_OF[d["id"]] = s
IDS = sorted(G)
PAIR = Counter((G[i]["agency"], G[i]["year"]) for i in IDS)
BY_AGENCY: dict[str, list[str]] = defaultdict(list)
for i in IDS:
    BY_AGENCY[G[i]["agency"]].append(i)
ALL_AGENCIES = sorted(BY_AGENCY)


def unique(i: str) -> bool:
    return PAIR[(G[i]["agency"], G[i]["year"])] == 1


def table_ok(i: str, t: str) -> bool:
    d = G[i]
    if d["template"] not in ("GF2019", "GF2021") or not d["tables_recoverable"] or not unique(i):
        return False
    return not any(t in (f.get("where") or "") for f in d["findings"])


def cell(i: str, key: str):
    t, _, k = key.partition(".")
    return G[i].get(t, {}).get(k)


def cells_ok(i: str, keys: list[str]) -> bool:
    if not all(table_ok(i, k.split(".")[0]) for k in keys):
        return False
    for k in keys:
        v = cell(i, k)
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return False
        if f"{k}" in G[i].get("placeholders", {}):
            return False
    return True


def total(i: str, keys: list[str]):
    v = sum(cell(i, k) for k in keys)
    return round(v, 4) if isinstance(v, float) else v


# ----------------------------------------------------------------------------------------------- text
def _decode(b: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "ignore")


_TEXT: dict[str, str | None] = {}


def text(i: str) -> str | None:
    """The report's text, whitespace removed, markup stripped; None when this script cannot read it."""
    if i in _TEXT:
        return _TEXT[i]
    p = ROOT / "eval" / SET_OF[i] / G[i]["file"]
    ext = p.suffix.lower()
    raw = None
    try:
        if ext == ".pdf":
            from pdfminer.high_level import extract_text

            raw = extract_text(str(p))
        elif ext in (".docx", ".odt"):
            with zipfile.ZipFile(p) as z:
                name = "word/document.xml" if ext == ".docx" else "content.xml"
                raw = re.sub(r"<[^>]+>", "", z.read(name).decode("utf-8"))
                raw = html.unescape(raw)
        elif ext in (".html", ".htm", ".md", ".txt"):
            raw = _decode(p.read_bytes())
            raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", raw)
            raw = html.unescape(re.sub(r"<[^>]+>", "", raw))
    except Exception:
        raw = None
    out = None
    if raw is not None:
        out = re.sub(r"\s+", "", raw).replace("\u3000", "").replace("\xa0", "")
        if "政府信息公开" not in out or len(out) < 800:
            out = None
    _TEXT[i] = out
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ----------------------------------------------------------------------------------------------- names
ABBR = [
    ("人民政府办公室", "政府办"), ("人民政府", "政府"), ("人力资源和社会保障局", "人社局"), ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"), ("卫生健康委员会", "卫健委"), ("卫生健康局", "卫健局"), ("发展和改革委员会", "发改委"),
    ("发展和改革局", "发改局"), ("自然资源和规划局", "自规局"), ("交通运输局", "交通局"), ("生态环境局", "环保局"),
    ("农业农村局", "农业农村局"), ("街道办事处", "街道办"), ("退役军人事务局", "退役军人局"), ("医疗保障局", "医保局"),
    ("应急管理局", "应急局"), ("城市管理局", "城管局"), ("文化广电旅游局", "文旅局"), ("教育局", "教育局"), ("财政局", "财政局"),
]
PROV = ("北京市", "上海市", "天津市", "重庆市")


def short(agency: str) -> str | None:
    s = agency
    for a, b in ABBR:
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    m = re.match(r"^(.{2,4}?市)(.{1,6}?[区县])(.+)$", s)
    if m and not s.startswith(PROV):
        s = m.group(2) + m.group(3)
    m = re.match(r"^(.{2,4}?省)(.{2,5}?市)(.+)$", s)
    if m:
        s = m.group(2) + m.group(3)
    if s == agency:
        return None
    for other in ALL_AGENCIES:
        if other != agency and (s in other or (short_raw(other) == s)):
            return None
    return s


def short_raw(agency: str) -> str:
    s = agency
    for a, b in ABBR:
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    return s


CN = "〇一二三四五六七八九"


def cnyear(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y))


def yword(y: int, r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return f"{y}年"
    if x < 0.75:
        return f"{y % 100}年"
    if x < 0.88:
        return f"{y}年度"
    return f"{cnyear(y)}年"


def name(i: str, r: random.Random, p_short: float = 0.3) -> tuple[str, bool]:
    a = G[i]["agency"]
    s = short(a)
    if s and r.random() < p_short:
        return s, True
    return a, False


TRAD = str.maketrans({
    "开": "開", "请": "請", "个": "個", "数": "數", "处": "處", "报": "報", "门": "門", "县": "縣", "区": "區", "几": "幾",
    "这": "這", "里": "裡", "们": "們", "议": "議", "诉": "訴", "讼": "訟", "转": "轉", "结": "結", "总": "總", "计": "計",
    "收": "收", "专": "專", "认": "認", "问": "問", "为": "為", "办": "辦", "年": "年", "说": "說", "么": "麼", "后": "後",
    "们": "們", "给": "給", "对": "對", "复": "復", "维": "維", "纠": "糾", "审": "審", "无": "無", "法": "法", "提": "提",
    "供": "供", "不": "不", "予": "予", "与": "與", "现": "現", "行": "行", "项": "項", "查": "查", "帮": "幫", "镇": "鎮",
    "乡": "鄉", "市": "市", "财": "財", "卫": "衛", "农": "農", "业": "業", "局": "局", "长": "長", "间": "間", "问": "問",
})
TYPO = [("申请", "申清"), ("复议", "复意"), ("诉讼", "诉颂"), ("公开", "公凯"), ("结转", "节转"), ("多少", "多小"), ("处理", "出理")]


def dress(q: str, phr: str, r: random.Random) -> str:
    if phr == "voice":
        q = re.sub(r"[，。？！、：；,?!「」]", "", q)
        q = r.choice(["那个", "嗯", "就是", "喂 ", ""]) + q + r.choice(["啊", "呢", "来着", "", "呀"])
    elif phr == "typo":
        opts = [t for t in TYPO if t[0] in q]
        if opts:
            a, b = r.choice(opts)
            q = q.replace(a, b, 1)
        else:
            phr = "plain"
    elif phr == "trad":
        q = q.translate(TRAD)
    return q


# ----------------------------------------------------------------------------------------------- measures
def sub(prefix: str, n: int) -> list[str]:
    return [f"t3.{prefix}_{k}.tot" for k in range(1, n + 1)]


LEGAL = ["biz", "sci", "npo", "law", "oth"]

# key → (cells-for-template fn, unit, [phrasings]); phrasings use {n} (name) and {y} (year)
M: dict[str, tuple] = {
    "new": (lambda t: ["t3.new.tot"], "件", [
        "{n}{y}收到多少件信息公开申请", "{n}{y}本年新收政府信息公开申请数量是多少", "{n}{y}依申请公开一共收了几件",
        "{n}{y}年报表三「一、本年新收政府信息公开申请数量」总计那一格是多少", "{n}{y}新收申请几件",
        "{n}{y}一年下来收到了多少份公开申请"]),
    "carry_in": (lambda t: ["t3.carry_in.tot"], "件", [
        "{n}{y}上年结转过来的申请有几件", "{n}{y}表三第二项「上年结转政府信息公开申请数量」总计是多少",
        "{n}{y}从上一年转过来还没办完的申请多少件"]),
    "r1": (lambda t: ["t3.r1.tot"], "件", [
        "{n}{y}予以公开的有几件", "{n}{y}同意公开了多少件申请", "{n}{y}办理结果中「（一）予以公开」总计是多少",
        "{n}{y}全部公开的答复有多少件"]),
    "r2": (lambda t: ["t3.r2.tot"], "件", [
        "{n}{y}部分公开多少件", "{n}{y}办理结果（二）部分公开总计数是多少", "{n}{y}区分处理后部分公开的申请有几件"]),
    "r3": (lambda t: sub("r3", 8), "件", [
        "{n}{y}不予公开一共多少件", "{n}{y}办理结果（三）不予公开合计几件", "{n}{y}有多少申请被拒绝公开（不予公开）", "{n}{y}没同意公开、直接不予公开的有几件"]),
    "r3_4": (lambda t: ["t3.r3_4.tot"], "件", ["{n}{y}因为保护第三方合法权益不予公开的有几件", "{n}{y}不予公开第4项「保护第三方合法权益」是多少"]),
    "r3_6": (lambda t: ["t3.r3_6.tot"], "件", ["{n}{y}属于四类过程性信息不予公开多少件", "{n}{y}过程性信息不公开的申请有几件"]),
    "r3_5": (lambda t: ["t3.r3_5.tot"], "件", ["{n}{y}属于三类内部事务信息而不予公开的是多少件"]),
    "r4": (lambda t: sub("r4", 3), "件", [
        "{n}{y}无法提供的一共几件", "{n}{y}办理结果（四）无法提供小计是多少", "{n}{y}有多少申请最后是无法提供"]),
    "r4_1": (lambda t: ["t3.r4_1.tot"], "件", [
        "{n}{y}本机关不掌握相关政府信息的有几件", "{n}{y}因为不掌握信息答复无法提供的多少件", "{n}{y}无法提供第1项本机关不掌握是多少"]),
    "r4_2": (lambda t: ["t3.r4_2.tot"], "件", ["{n}{y}没有现成信息需要另行制作的有几件"]),
    "r5": (lambda t: sub("r5", 5), "件", ["{n}{y}不予处理的申请一共多少件", "{n}{y}办理结果（五）不予处理合计是多少"]),
    "r5_1": (lambda t: ["t3.r5_1.tot"], "件", ["{n}{y}信访举报投诉类申请不予处理的有几件", "{n}{y}因属于信访举报投诉类而不予处理多少件"]),
    "r5_2": (lambda t: ["t3.r5_2.tot"], "件", ["{n}{y}重复申请不予处理了几件"]),
    "r6": (lambda t: ["t3.r6.tot"] if t == "GF2019" else sub("r6", 3), "件", ["{n}{y}其他处理的有多少件", "{n}{y}办理结果（六）其他处理总数"]),
    "r7": (lambda t: ["t3.r7.tot"], "件", [
        "{n}{y}办理结果总计是多少", "{n}{y}一共办结了多少件申请", "{n}{y}表三（七）总计那一行的总计列是多少"]),
    "carry_out": (lambda t: ["t3.carry_out.tot"], "件", [
        "{n}{y}结转下年度继续办理的有几件", "{n}{y}还有多少件转到下一年办", "{n}{y}表三第四项结转下年度继续办理总计"]),
    "new_np": (lambda t: ["t3.new.np"], "件", ["{n}{y}自然人提出的申请多少件", "{n}{y}老百姓个人申请公开的有几件", "{n}{y}新收申请里自然人那一列是多少"]),
    "new_legal": (lambda t: [f"t3.new.{c}" for c in LEGAL], "件", [
        "{n}{y}法人或其他组织提出的申请一共几件", "{n}{y}不是个人提的、由单位或组织提的申请有几件", "{n}{y}企业和其他组织申请了多少件（法人或其他组织合计）"]),
    "new_biz": (lambda t: ["t3.new.biz"], "件", ["{n}{y}商业企业申请的有几件"]),
    "rv_tot": (lambda t: ["t4.rv.tot"], "件", [
        "{n}{y}因政府信息公开被申请行政复议多少件", "{n}{y}行政复议总计几件", "{n}{y}被复议了几次", "{n}{y}表四行政复议「总计」是多少"]),
    "rv_keep": (lambda t: ["t4.rv.keep"], "件", ["{n}{y}行政复议结果维持的有几件", "{n}{y}复议维持了多少件"]),
    "rv_fix": (lambda t: ["t4.rv.fix"], "件", ["{n}{y}行政复议结果纠正几件", "{n}{y}复议被纠正的有多少"]),
    "rv_pend": (lambda t: ["t4.rv.pend"], "件", ["{n}{y}行政复议尚未审结的有几件"]),
    "ld_tot": (lambda t: ["t4.ld.tot"], "件", ["{n}{y}未经复议直接起诉的行政诉讼总计多少", "{n}{y}直接被告到法院的有几件"]),
    "lr_tot": (lambda t: ["t4.lr.tot"], "件", ["{n}{y}复议后起诉的行政诉讼总计几件", "{n}{y}先复议再起诉的案子有多少"]),
    "lit": (lambda t: ["t4.ld.tot", "t4.lr.tot"], "件", ["{n}{y}行政诉讼一共几件（直接起诉加复议后起诉）", "{n}{y}因为信息公开被起诉的一共多少件"]),
    "ld_keep": (lambda t: ["t4.ld.keep"], "件", ["{n}{y}未经复议直接起诉的结果维持几件"]),
    "license": (lambda t: ["t2.license.decisions"], "件", ["{n}{y}行政许可处理决定数量是多少", "{n}{y}做了多少个行政许可决定"]),
    "penalty": (lambda t: ["t2.penalty.decisions"], "件", ["{n}{y}行政处罚处理决定多少件", "{n}{y}罚了多少次（行政处罚决定数）"]),
    "coercion": (lambda t: ["t2.coercion.decisions"], "件", ["{n}{y}行政强制处理决定数量"]),
    "norm_valid": (lambda t: ["t2.norm.valid"] if t == "GF2021" else None, "件", [
        "{n}{y}现行有效的规范性文件有多少件", "{n}{y}规范性文件现行有效件数"]),
    "norm_made": (lambda t: ["t2.norm.made"] if t == "GF2021" else None, "件", ["{n}{y}本年制发规范性文件几件", "{n}{y}新发了多少个规范性文件"]),
    "fee": (lambda t: ["t2.fee.amount_wan"] if t == "GF2021" else None, "万元", ["{n}{y}行政事业性收费金额多少万元", "{n}{y}收费金额是多少"]),
}
SHORTLBL = {
    "new": "新收申请", "carry_in": "上年结转", "r1": "予以公开", "r2": "部分公开", "r3": "不予公开", "r4": "无法提供",
    "r5": "不予处理", "r7": "办理结果总计", "carry_out": "结转下年度", "new_np": "自然人申请", "rv_tot": "行政复议总计",
    "lit": "行政诉讼合计", "license": "行政许可决定", "penalty": "行政处罚决定", "r4_1": "本机关不掌握", "new_legal": "法人或其他组织申请",
    "norm_valid": "现行有效规范性文件", "ld_tot": "直接起诉",
}
# who asks which measure (weights)
PERSONA_MEASURES = {
    "officer": ["new"] * 4 + ["carry_in", "r1", "r1", "r2", "r3", "r4", "r4_1", "r5", "r6", "r7", "r7", "carry_out", "carry_out", "new_np", "new_legal", "norm_valid", "norm_made", "fee", "license"],
    "citizen": ["new"] * 5 + ["r1"] * 3 + ["r2", "r3", "r4_1", "new_np", "r3_4", "rv_tot", "r5_1"],
    "journalist": ["new"] * 4 + ["r1", "r3", "rv_tot", "lit", "penalty", "license", "fee", "new_legal", "r7"],
    "evaluator": ["new", "r7", "carry_out", "carry_in", "r3", "r4", "r5", "r6", "norm_valid", "new_np", "new_legal", "r2"],
    "lawyer": ["rv_tot"] * 3 + ["rv_keep", "rv_fix", "rv_pend", "ld_tot", "ld_tot", "lr_tot", "lr_tot", "lit", "ld_keep", "r3", "r3_4", "r3_6", "r3_5", "r4", "r4_1", "r4_2", "r5", "r5_2"],
    "deputy": ["new", "new", "r1", "rv_tot", "lit", "penalty", "license", "coercion", "norm_valid"],
    "researcher": ["new", "new_np", "new_legal", "new_biz", "r1", "r2", "r3", "r4", "r5", "r6", "carry_out"],
    "hotline": ["new", "new", "r1", "r5_1", "r4_1", "r2", "rv_tot", "carry_out"],
}
PREAMBLE = {
    "officer": ["我们在对标，", "做年报核对：", "", "", "领导让我查一下，", "帮我check一下，"],
    "citizen": ["请问", "帮我查下", "麻烦问一下，", "", "我想了解下，"],
    "journalist": ["写稿用：", "请问", "", "核实一个数字，", "quick question，"],
    "evaluator": ["评估用：", "", "打分核对：", ""],
    "lawyer": ["以年报为准，", "代理案件需要：", "", "请问"],
    "deputy": ["准备议案，", "请问", "", "调研需要："],
    "researcher": ["做面板数据，", "", "请问", "for research："],
    "hotline": ["有群众来电问", "市民打12345问", "来电人想知道", "有人在热线上问"],
}
QEND = ["？", "？", "", "?", "。"]


def measure_cells(i: str, m: str) -> list[str] | None:
    keys = M[m][0](G[i]["template"])
    if keys is None or not cells_ok(i, keys):
        return None
    return keys


# ----------------------------------------------------------------------------------------------- items
ITEMS: list[dict] = []


def style_of(abbr: bool, persona: str) -> str:
    if abbr:
        return "abbreviated"
    return "formal" if persona in ("deputy", "researcher", "lawyer") else "colloquial"


def add(q, persona, kind, intent, expect, phr="plain", scope=None, cells=None, calc=None, quote=None, note=None, abbr=False, sets=None):
    it = {"q": q, "scope": {"report": scope} if scope else {}, "intent": intent, "style": style_of(abbr, persona), "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if quote is not None:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phr
    it["sets"] = sorted(sets or [])
    ITEMS.append(it)


def pick_phr(r: random.Random, persona: str) -> str:
    x = r.random()
    voice = 0.15 if persona in ("citizen", "hotline") else 0.05
    if x < voice:
        return "voice"
    if x < voice + 0.07:
        return "typo"
    if x < voice + 0.11:
        return "trad"
    return "plain"


W18 = [i for i in IDS if SET_OF[i] == "wild18"]
OTHER = [i for i in IDS if SET_OF[i] != "wild18"]


def draw_report(r: random.Random, pred) -> str:
    pool18 = [i for i in W18 if pred(i)]
    pool = [i for i in OTHER if pred(i)]
    if pool18 and r.random() < 0.3:
        return r.choice(pool18)
    return r.choice(pool)


# --- one figure ----------------------------------------------------------------------------------
VALUE_N = {"officer": 50, "citizen": 34, "journalist": 28, "evaluator": 18, "lawyer": 38, "deputy": 12, "researcher": 14, "hotline": 20}
used: set[tuple[str, str]] = set()
for persona in sorted(VALUE_N):
    r = random.Random(f"value-{persona}")
    n = 0
    tries = 0
    while n < VALUE_N[persona] and tries < 5000:
        tries += 1
        m = r.choice(PERSONA_MEASURES[persona])
        i = draw_report(r, lambda i, m=m: measure_cells(i, m) is not None)
        if (i, m) in used:
            continue
        keys = measure_cells(i, m)
        used.add((i, m))
        val = total(i, keys)
        d = G[i]
        pattern = r.choice(M[m][2])
        phr = pick_phr(r, persona)
        scoped = persona == "officer" and r.random() < 0.35
        form = r.random()
        if scoped:
            nm, abbr = r.choice(["我们", "我单位", "本单位", ""]), False
            yw = r.choice(["今年", "本年度", "这一年"])
        else:
            nm, abbr = name(i, r)
            yw = yword(d["year"], r)
        kind = "one figure"
        q = pattern.format(n=nm, y=yw)
        if form < 0.12:  # 「是不是」 check with a figure to confirm or deny
            claim = val if r.random() < 0.4 else val + r.choice([1, 2, 3, 5, 10])
            lbl = SHORTLBL.get(m)
            if lbl and M[m][1] == "件":
                q = f"{nm}{yw}{lbl}是不是{claim}件"
                kind = "is-it check (" + ("true" if claim == val else "false") + ")"
        elif form < 0.2 and not scoped:  # relayed question / follow-up as one line
            q = r.choice([f"同事问的：{q}", f"刚才那个问题换一下，{q}", f"领导在会上问{q}，我这边要回个数", f"上次查的是别的年份，这回要{yw}的：{q}", f"不要总数，就要这一格：{q}"])
            kind = "relayed"
        else:
            q = r.choice(PREAMBLE[persona]) + q
        q = dress(q + (r.choice(QEND) if phr != "voice" else ""), phr, r)
        add(q, persona, kind, "value", {"value": val, "unit": M[m][1]}, phr=phr, scope=i if scoped else None, cells=keys if scoped else [f"{i}:{k}" for k in keys], abbr=abbr, sets=[SET_OF[i]])
        n += 1

# --- relative year (scoped, 「去年」) --------------------------------------------------------------
r = random.Random("lastyear")
pairs = []
for a in ALL_AGENCIES:
    ys = {G[i]["year"]: i for i in BY_AGENCY[a] if unique(i)}
    for y, i in ys.items():
        if y - 1 in ys and cells_ok(ys[y - 1], ["t3.new.tot"]) and cells_ok(i, ["t3.new.tot"]):
            pairs.append((i, ys[y - 1]))
for i, j in r.sample(sorted(pairs), min(8, len(pairs))):
    q = r.choice(["我们去年新收了多少件申请？", "上一年度本单位收到的公开申请有几件", "去年那份年报里新收申请是多少"])
    add(q, "officer", "last year (scoped)", "value", {"value": G[j]["t3"]["new.tot"], "unit": "件"}, scope=i, cells=[f"{j}:t3.new.tot"], sets=[SET_OF[i], SET_OF[j]])

# --- narrative figures -------------------------------------------------------------------------
NARR = [
    (r"主动公开(?:各类)?政府信息(\d+)条", "条", ["{n}{y}主动公开了多少条政府信息", "{n}{y}全年主动公开信息多少条", "{n}{y}主动公开的政府信息条数"]),
    (r"政策解读(?:稿件|材料|文章)?(\d+)篇", "篇", ["{n}{y}发布了多少篇政策解读", "{n}{y}政策解读做了几篇"]),
    (r"(?:组织|开展)[^，。；]{0,12}培训(\d+)(次|场|期)", None, ["{n}{y}组织了几次政务公开培训", "{n}{y}培训搞了几场"]),
    (r"(?<![及和、与])网上申请(\d+)件", "件", ["{n}{y}网上申请的有多少件", "{n}{y}通过网络提交的公开申请几件"]),
    (r"(?<![及和、与])当面申请(\d+)件", "件", ["{n}{y}当面申请了几件", "{n}{y}到窗口当面申请的多少件"]),
    (r"(?<![及和、与])信函申请(\d+)件(?!。?其中)", "件", ["{n}{y}信函申请几件"]),
    (r"召开[^，。；]{0,10}新闻发布会(\d+)(场|次)", None, ["{n}{y}开了几场新闻发布会"]),
]
NARR_PERSONA = ["journalist", "deputy", "officer", "citizen", "hotline", "journalist", "officer", "deputy"]
r = random.Random("narr")
narr_pool = []
for i in IDS:
    if not unique(i):
        continue
    t = text(i)
    if not t:
        continue
    for k, (pat, unit, phs) in enumerate(NARR):
        ms = list(re.finditer(pat, t))
        if len(ms) == 1:
            narr_pool.append((i, k, ms[0]))
r.shuffle(narr_pool)
narr_pool.sort(key=lambda x: SET_OF[x[0]] != "wild18" or r.random() < 0.5)
cnt = Counter()
n18 = 0
for i, k, mt in narr_pool:
    if len([x for x in ITEMS if x["intent"] == "narrative"]) >= 48:
        break
    if cnt[k] >= 12 or cnt[("r", i)]:
        continue
    cnt[k] += 1
    cnt[("r", i)] += 1
    n18 += SET_OF[i] == "wild18"
    pat, unit, phs = NARR[k]
    unit = unit or mt.group(2)
    val = int(mt.group(1))
    persona = NARR_PERSONA[cnt["n"] % len(NARR_PERSONA)]
    cnt["n"] += 1
    phr = pick_phr(r, persona)
    nm, abbr = name(i, r)
    q = r.choice(PREAMBLE[persona]) + r.choice(phs).format(n=nm, y=yword(G[i]["year"], r)) + "？"
    q = dress(q, phr, r)
    add(q, persona, "narrative figure", "narrative", {"value": val, "unit": unit}, phr=phr, quote={i: mt.group(0)}, abbr=abbr, sets=[SET_OF[i]])

# --- problems / measures (section 五) -------------------------------------------------------------
r = random.Random("problems")
prob_pool = []
for i in IDS:
    t = text(i)
    if not t or not unique(i):
        continue
    pos = max(t.rfind("存在的主要问题及改进情况"), t.rfind("存在的主要问题及改进"))
    if pos < 0:
        continue
    sec = t[pos:pos + 3000]
    stop = re.search(r"六、|其他需要报告的事项", sec)
    if stop:
        sec = sec[: stop.start()]
    ones = [m.start() for m in re.finditer("一是", sec)]
    if not ones:
        continue
    first = re.split(r"[，。；：;,]", sec[ones[0] + 2:])[0][:18]
    if len(ones) >= 2:
        meas = re.split(r"[，。；：;,]", sec[ones[1] + 2:])[0][:18]
    else:
        mx = re.search(r"下一步[，,]?(?:我[局委办]|本[局委单位]+)?", sec)
        if not mx:
            continue
        meas = re.split(r"[，。；：;,]", sec[mx.end():])[0].removeprefix("将")[:18]
    if len(first) < 6 or len(meas) < 6:
        continue
    prob_pool.append((i, first, meas))
r.shuffle(prob_pool)
prob_pool.sort(key=lambda x: SET_OF[x[0]] != "wild18" or r.random() < 0.6)
_use: Counter = Counter()
_pp = []
for x in prob_pool:
    if _use[x[1]] < 6 and _use[x[2]] < 6:
        _pp.append(x)
        _use[x[1]] += 1
        _use[x[2]] += 1
prob_pool = _pp
pq = ["{n}{y}年报里说存在哪些问题", "{n}{y}信息公开工作有什么不足", "{n}{y}报告第五部分讲的主要问题是啥", "{n}{y}自己查摆出的问题有哪些"]
mq = ["{n}{y}下一步改进措施是什么", "{n}{y}打算怎么改进政务公开工作", "{n}{y}年报里的改进情况写了啥"]
for k, (i, first, meas) in enumerate(prob_pool[:24]):
    persona = ["deputy", "officer", "journalist", "hotline", "citizen", "deputy"][k % 6]
    nm, abbr = name(i, r)
    isprob = k % 3 != 2
    q = r.choice(PREAMBLE[persona]) + r.choice(pq if isprob else mq).format(n=nm, y=yword(G[i]["year"], r)) + "？"
    s = first if isprob else meas
    add(q, persona, "problems" if isprob else "improvement measures", "problems", {"contains": [s]}, quote={i: s}, abbr=abbr, sets=[SET_OF[i]])

# --- consistency ---------------------------------------------------------------------------------
r = random.Random("consistency")
defects = []
clean = []
for i in IDS:
    d = G[i]
    if d["template"] not in ("GF2019", "GF2021") or not d["tables_recoverable"] or not unique(i):
        continue
    if not d["findings"]:
        keys = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
        if cells_ok(i, keys) and total(i, keys[:2]) == total(i, keys[2:]):
            clean.append(i)
        continue
    f = d["findings"][0]
    if f.get("kind") != "report_defect":
        continue
    w = f.get("where", "")
    mm = re.match(r"t4\.(rv|ld|lr)$", w)
    if mm and f["check"] == "H5":
        g = mm.group(1)
        parts = [d["t4"].get(f"{g}.{x}") for x in ("keep", "fix", "other", "pend")]
        tot = d["t4"].get(f"{g}.tot")
        if all(isinstance(x, int) and x >= 0 for x in parts) and isinstance(tot, int) and tot >= 0 and sum(parts) != tot:
            defects.append((i, "H5", g, tot, sum(parts)))
        continue
    mm = re.match(r"t3\.(\w+)$", w)
    if mm and f["check"] == "H2":
        row = mm.group(1)
        cols = [d["t3"].get(f"{row}.{c}") for c in ["np", *LEGAL]]
        tot = d["t3"].get(f"{row}.tot")
        if all(isinstance(x, int) for x in cols) and isinstance(tot, int) and sum(cols) != tot and tot >= 0:
            defects.append((i, "H2", row, tot, sum(cols)))
        continue
    if f["check"] == "H1" and w == "t3 column tot":
        v = [d["t3"].get(k) for k in ("new.tot", "carry_in.tot", "r7.tot", "carry_out.tot")]
        if all(isinstance(x, int) for x in v) and v[0] + v[1] != v[2] + v[3]:
            defects.append((i, "H1", "tot", v[2] + v[3], v[0] + v[1]))
ROWLBL = {"new": "本年新收", "carry_in": "上年结转", "r1": "予以公开", "r2": "部分公开", "r7": "办理结果总计", "carry_out": "结转下年度"}
GLBL = {"rv": "行政复议", "ld": "未经复议直接起诉", "lr": "复议后起诉"}
r.shuffle(defects)
defects.sort(key=lambda x: SET_OF[x[0]] != "wild18")
for k, (i, chk, where, printed, implied) in enumerate(defects[:16]):
    persona = ["evaluator", "officer", "researcher", "evaluator"][k % 4]
    nm, abbr = name(i, r)
    yw = yword(G[i]["year"], r)
    if chk == "H5":
        q = r.choice([f"{nm}{yw}表四{GLBL[where]}的几项加起来等于总计吗", f"核一下{nm}{yw}{GLBL[where]}的维持、纠正、其他、未审结之和跟总计对得上不"])
        vals = {f"{i}:t4.{where}.tot": printed, "implied": implied}
    elif chk == "H2":
        q = r.choice([f"{nm}{yw}表三「{ROWLBL.get(where, where)}」那一行各列加起来和总计一致吗", f"{nm}{yw}年报{ROWLBL.get(where, where)}的申请人各列之和等于总计列吗"]) if where in ROWLBL else f"{nm}{yw}表三各行的申请人分列之和与总计列都一致吗"
        vals = {f"{i}:t3.{where}.tot": printed, "implied": implied}
    else:
        q = r.choice([f"{nm}{yw}新收加上年结转，等不等于办结总计加结转下年度", f"{nm}{yw}的表三收支平不平（新收+结转 vs 办理结果+结转下年）"])
        vals = {"printed": printed, "implied": implied}
    add(q + "？", persona, "consistency (defect)", "consistency", {"verdict": "inconsistent", "checks": [chk], "values": vals}, abbr=abbr, sets=[SET_OF[i]], note=G[i]["findings"][0].get("note"))
r.shuffle(clean)
clean.sort(key=lambda x: SET_OF[x] != "wild18" or r.random() < 0.5)
for k, i in enumerate(clean[:16]):
    persona = ["evaluator", "officer", "researcher", "evaluator", "journalist"][k % 5]
    nm, abbr = name(i, r)
    yw = yword(G[i]["year"], r)
    d = G[i]["t3"]
    q = r.choice([f"{nm}{yw}新收+上年结转是否等于办理结果总计+结转下年度", f"帮我核一下{nm}{yw}表三是不是平的", f"{nm}{yw}申请数和办理结果对得上吗"])
    add(q + "？", persona, "consistency (clean)", "consistency", {"verdict": "consistent", "checks": ["H1"], "values": {f"{i}:t3.{k}": d[k] for k in ("new.tot", "carry_in.tot", "r7.tot", "carry_out.tot")}},
        cells=[f"{i}:t3.{k}" for k in ("new.tot", "carry_in.tot", "r7.tot", "carry_out.tot")], abbr=abbr, sets=[SET_OF[i]])
for it in ITEMS:  # consistency items are whole-store: make their cells report-qualified
    pass


# --- province-year groups (compare / sum / rank / list / which) ------------------------------------
def province(i: str) -> str:
    reg = G[i].get("region") or ""
    m = re.match(r"^(.+?(?:省|自治区|北京市|上海市|天津市|重庆市))", reg)
    return m.group(1) if m else ""


def clean_readable(i: str, keys: list[str]) -> bool:
    return cells_ok(i, keys) and not G[i]["findings"]


groups: dict[tuple[str, int], list[str]] = defaultdict(list)
for i in IDS:
    if province(i):
        groups[(province(i), G[i]["year"])].append(i)
good_groups = sorted(k for k, v in groups.items() if 3 <= len(v) <= 8 and all(clean_readable(i, ["t3.new.tot", "t3.r1.tot", "t4.rv.tot"]) for i in v))
r = random.Random("cross")

# compare two bodies (same province-year or same level-year)
cmp_pairs = []
for (p, y), v in groups.items():
    vv = sorted(i for i in v if clean_readable(i, ["t3.new.tot", "t3.r1.tot"]))
    for a in range(len(vv)):
        for b in range(a + 1, len(vv)):
            cmp_pairs.append((vv[a], vv[b]))
cmp_pairs.sort()
r.shuffle(cmp_pairs)
nc = 0
for a, b in cmp_pairs:
    if nc >= 22:
        break
    m = r.choice(["new", "new", "r1", "new"])
    key = M[m][0](G[a]["template"])[0]
    va, vb = cell(a, key), cell(b, key)
    if va == vb:
        continue
    persona = ["journalist", "deputy", "researcher", "citizen"][nc % 4]
    na, aa = name(a, r)
    nb, ab = name(b, r)
    y = yword(G[a]["year"], r)
    lbl = {"new": "收到的公开申请", "r1": "予以公开的件数"}[m]
    q = r.choice([f"{y}{na}和{nb}谁{lbl}多", f"{na}跟{nb}{y}比，哪个{lbl}更多？", f"{y}{lbl}：{na} vs {nb}"])
    top = a if va > vb else b
    add(q, persona, "compare two bodies", "compare", {"values": {a: va, b: vb}, "unit": "件", "order": [top]}, cells=[f"{a}:{key}", f"{b}:{key}"], abbr=aa or ab, sets=[SET_OF[a], SET_OF[b]])
    nc += 1

# change over years
chg = []
for ag in ALL_AGENCIES:
    v = sorted((G[i]["year"], i) for i in BY_AGENCY[ag] if unique(i) and cells_ok(i, ["t3.new.tot"]))
    if len(v) >= 2:
        chg.append((v[0][1], v[-1][1]))
r.shuffle(chg)
for k, (e, l) in enumerate(chg[:14]):
    persona = ["researcher", "deputy", "journalist", "officer"][k % 4]
    nm, abbr = name(l, r)
    ye, yl = G[e]["year"], G[l]["year"]
    de, dl = G[e]["t3"]["new.tot"], G[l]["t3"]["new.tot"]
    q = r.choice([f"{nm}{yl}年比{ye}年新收申请多了还是少了，差几件", f"{nm}新收政府信息公开申请从{ye}年到{yl}年变化了多少", f"{nm}{yl % 100}年的申请量和{ye % 100}年比增减多少"])
    add(q + "？", persona, "year-over-year", "change", {"value": dl - de, "unit": "件"}, cells=[f"{l}:t3.new.tot", f"{e}:t3.new.tot"], calc=f"{{{l}:t3.new.tot}}-{{{e}:t3.new.tot}}", abbr=abbr, sets=[SET_OF[e], SET_OF[l]])

# sum of two bodies
r.shuffle(cmp_pairs)
for k, (a, b) in enumerate(cmp_pairs[:10]):
    persona = ["deputy", "researcher", "journalist"][k % 3]
    na, aa = name(a, r)
    nb, ab = name(b, r)
    y = yword(G[a]["year"], r)
    q = r.choice([f"{na}和{nb}{y}一共收到多少件公开申请", f"{y}{na}加上{nb}的新收申请合计几件"])
    add(q + "？", persona, "sum of two bodies", "sum", {"value": G[a]["t3"]["new.tot"] + G[b]["t3"]["new.tot"], "unit": "件"}, cells=[f"{a}:t3.new.tot", f"{b}:t3.new.tot"], abbr=aa or ab, sets=[SET_OF[a], SET_OF[b]])

# rank / list / which / sum over a province-year
r.shuffle(good_groups)
print('groups', len(good_groups))
for k, (p, y) in enumerate(good_groups[:32]):
    v = sorted(groups[(p, y)])
    sets = {SET_OF[i] for i in v}
    kind = k % 4
    if kind == 0:
        vals = {i: G[i]["t3"]["new.tot"] for i in v}
        order = sorted(v, key=lambda i: -vals[i])
        if len(set(vals.values())) < len(vals) and vals[order[0]] == vals[order[1]]:
            continue
        q = r.choice([f"库里{p}{y}年哪家单位收到的公开申请最多", f"{p}{y}年度的年报里新收申请排第一的是谁"])
        add(q + "？", "evaluator", "rank over a province-year", "rank", {"values": vals, "unit": "件", "order": order[:1]}, cells=[f"{i}:t3.new.tot" for i in v], sets=sets)
    elif kind == 1:
        vals = {i: G[i]["t3"]["new.tot"] for i in v}
        q = r.choice([f"把库里{p}{y}年各单位新收申请数列一下", f"{p}{y}年每家收到多少件申请，逐个列出"])
        add(q, "researcher", "list over a province-year", "list", {"values": vals, "unit": "件"}, cells=[f"{i}:t3.new.tot" for i in v], sets=sets)
    elif kind == 2:
        rep = sorted(i for i in v if G[i]["t4"]["rv.tot"] > 0)
        if not rep:
            continue
        q = r.choice([f"{p}{y}年有哪些单位被申请了行政复议", f"{p}{y}年度哪几家的信息公开行政复议不是0"])
        add(q + "？", "evaluator", "which bodies in a province-year", "which_reports", {"reports": rep}, cells=[f"{i}:t4.rv.tot" for i in v], sets=sets)
    else:
        s = sum(G[i]["t3"]["new.tot"] for i in v)
        q = r.choice([f"库里{p}{y}年所有单位的新收申请加起来多少", f"{p}{y}年这些年报新收申请总数是多少"])
        add(q + "？", "researcher", "sum over a province-year", "sum", {"value": s, "unit": "件"}, cells=[f"{i}:t3.new.tot" for i in v], sets=sets)


# --- printed blank -------------------------------------------------------------------------------
BLBL = {"carry_in": "上年结转政府信息公开申请数量", "carry_out": "结转下年度继续办理", "r3_1": "不予公开里「属于国家秘密」",
        "r3_3": "不予公开里「危及“三安全一稳定”」", "r3_2": "不予公开里「其他法律行政法规禁止公开」", "r5_1": "不予处理里「信访举报投诉类申请」",
        "r2": "部分公开", "r4_3": "无法提供里「补正后申请内容仍不明确」"}
r = random.Random("blank")
nb = 0
for i in IDS:
    d = G[i]
    t = text(i)
    if not t or not unique(i) or d["template"] not in ("GF2019", "GF2021") or not d["tables_recoverable"] or d["findings"]:
        continue
    if any(w in t for w in ("空白", "空格", "未填", "表示0", "表示为0", "为零")):
        continue
    rows = [row for row in BLBL if d["placeholders"].get(f"t3.{row}.tot") == "" and d["t3"].get(f"{row}.tot") is None]
    if not rows:
        continue
    row = rows[0]
    persona = ["lawyer", "evaluator"][nb % 2]
    nm, abbr = name(i, r)
    q = r.choice(["{n}{y}表三{l}总计那格是多少", "{n}{y}{l}的总计填的是几", "以年报为准，{n}{y}{l}总计是多少"]).format(n=nm, y=yword(d["year"], r), l=BLBL[row]) + "？"
    add(q, persona, "printed blank", "value", {"blank": True}, cells=[f"{i}:t3.{row}.tot"], abbr=abbr, sets=[SET_OF[i]],
        note="gold null with a blank placeholder; the report has no note about blanks")
    nb += 1

# --- refusals ------------------------------------------------------------------------------------
r = random.Random("refuse")
NOTSAID = [
    (("预算", "经费"), ["{n}{y}政务公开工作经费是多少", "{n}{y}信息公开花了多少预算"], "asked as value: budget"),
    (("专职", "工作人员"), ["{n}{y}有几个专职做信息公开的人", "{n}{y}信息公开专职人员数"], "asked as value: staff"),
    (("性别", "男性", "女性"), ["{n}{y}申请人里男的女的各多少", "{n}{y}申请人性别分布"], "asked as list: applicants' sex"),
    (("平均", "天内", "工作日"), ["{n}{y}平均多少天答复一件申请", "{n}{y}答复申请平均用时几天"], "asked as value: average reply time"),
    (("满意",), ["{n}{y}群众对信息公开的满意度是多少", "{n}{y}申请人满意率多少"], "asked as share: satisfaction"),
    (("访问量", "浏览量", "点击量", "访问"), ["{n}{y}政府网站访问量多少", "{n}{y}网站点击量有多少"], "asked as value: site visits"),
    (("年龄", "岁"), ["{n}{y}申请人平均年龄多大", "{n}{y}申请人年龄段分布"], "asked as list: applicants' age"),
    (("拆迁", "征收", "征地"), ["{n}{y}有多少件申请是关于征地拆迁的", "{n}{y}征收拆迁类的公开申请几件"], "asked as value: a subject category the tables do not have"),
    (("12345", "热线"), ["{n}{y}12345热线转过来多少件", "{n}{y}热线接了多少电话"], "asked as value: hotline"),
]
REF_PERSONA = ["citizen", "hotline", "journalist", "deputy", "citizen", "officer", "lawyer", "evaluator"]
nr = 0
cands = [i for i in IDS if unique(i) and text(i)]
r.shuffle(cands)
cands.sort(key=lambda i: SET_OF[i] != "wild18" or r.random() < 0.6)
for i in cands:
    if nr >= 40:
        break
    t = text(i)
    k = nr % len(NOTSAID)
    words, phs, note = NOTSAID[k]
    if any(w in t for w in words):
        continue
    persona = REF_PERSONA[nr % len(REF_PERSONA)]
    phr = pick_phr(r, persona)
    nm, abbr = name(i, r)
    q = dress(r.choice(PREAMBLE[persona]) + r.choice(phs).format(n=nm, y=yword(G[i]["year"], r)) + "？", phr, r)
    add(q, persona, "not in the report", "unanswerable", {"refuse": True}, phr=phr, abbr=abbr, sets=[SET_OF[i]], note=note + f" (text names none of {'/'.join(words)})")
    nr += 1
# years not held
nyr = 0
for ag in r.sample(ALL_AGENCIES, len(ALL_AGENCIES)):
    if nyr >= 16:
        break
    held = {G[i]["year"] for i in BY_AGENCY[ag]}
    i = BY_AGENCY[ag][0]
    miss = [y for y in range(2016, 2025) if y not in held and abs(y - min(held)) <= 3]
    if not miss or not cells_ok(i, ["t3.new.tot"]):
        continue
    y = r.choice(miss)
    persona = ["journalist", "citizen", "researcher", "hotline"][nyr % 4]
    nm, abbr = name(i, r)
    q = r.choice(PREAMBLE[persona]) + r.choice(["{n}{y}收到多少件信息公开申请", "{n}{y}予以公开了几件", "{n}{y}行政复议有几件"]).format(n=nm, y=yword(y, r)) + "？"
    add(q, persona, "year not in the store", "unanswerable", {"refuse": True}, abbr=abbr, sets=[SET_OF[i]], note=f"asked as value: {ag} {y} not in the store (held: {sorted(held)})")
    nyr += 1
# bodies not in the store
FAKE = ["三亚市天涯区教育局", "拉萨市城关区卫生健康委员会", "喀什市人民政府", "珠海市香洲区民政局", "鄂尔多斯市东胜区司法局", "舟山市普陀区海洋与渔业局",
        "西宁市城西区市场监督管理局", "景洪市勐罕镇人民政府", "延吉市人力资源和社会保障局", "海口市美兰区住房和城乡建设局", "克拉玛依市独山子区财政局", "漠河市北极镇人民政府"]
nf = 0
for k, fk in enumerate(FAKE):
    core = re.sub(r"(人民政府|局|委员会|镇)$", "", fk)
    if any(core[:4] in a for a in ALL_AGENCIES):
        continue
    persona = ["journalist", "citizen", "deputy", "hotline"][k % 4]
    q = r.choice(PREAMBLE[persona]) + r.choice(["{n}{y}收到多少件公开申请", "{n}{y}信息公开行政复议几件", "{n}{y}予以公开多少件"]).format(n=fk, y=yword(r.choice([2021, 2022, 2023]), r)) + "？"
    add(q, persona, "body not in the store", "unanswerable", {"refuse": True}, note="asked as value: body not in the store")
    nf += 1
# other template's cell
no = 0
for i in cands:
    if no >= 10:
        break
    t = text(i)
    d = G[i]
    if d["template"] == "GF2021" and "集中采购" not in t and d["tables_recoverable"]:
        q = f"{name(i, r)[0]}{yword(d['year'], r)}政府集中采购项目数量是多少？"
        note = "asked as value: 政府集中采购 is a GF2019 row; GF2021 report"
    elif d["template"] == "GF2019" and "废止" not in t and d["tables_recoverable"]:
        q = f"{name(i, r)[0]}{yword(d['year'], r)}本年废止了几件规范性文件？"
        note = "asked as value: 本年废止 is a GF2021 column; GF2019 report"
    else:
        continue
    add(q, ["researcher", "evaluator"][no % 2], "other template's cell", "unanswerable", {"refuse": True}, sets=[SET_OF[i]], note=note)
    no += 1


# --- check and write -------------------------------------------------------------------------------
def check(it: dict) -> None:
    exp = it["expect"]
    scope = it["scope"].get("report")
    if exp.get("blank"):
        rid, _, k = it["cells"][0].rpartition(":")
        assert cell(rid, k) is None and G[rid]["placeholders"].get(k) == "", it
    if "value" in exp and it.get("cells") and not it.get("calc"):
        refs = [c.rpartition(":") for c in it["cells"]]
        s = sum(cell(rid or scope, k) for rid, _, k in refs)
        assert abs(s - exp["value"]) < 1e-6, it
    if "calc" in it:
        expr = re.sub(r"\{([^}]+)\}", lambda m: repr(cell(*m.group(1).split(":"))), it["calc"])
        assert abs(eval(expr) - exp["value"]) < 1e-6, it  # noqa: S307 — our own expression
    q = it.get("source_quote")
    if isinstance(q, dict):
        for rid, s in q.items():
            assert squash(s) in text(rid), (rid, s)
    for s in exp.get("contains", []):
        assert any(squash(s) in (text(rid) or "") for rid in q), s
    for rid in list(exp.get("values", {})) + exp.get("reports", []):
        if rid in G:
            assert unique(rid), rid


# report-qualify the cells of whole-store one-report questions
for it in ITEMS:
    if not it["scope"] and it.get("cells") and len(it["sets"]) == 1 and it["intent"] in ("value", "consistency"):
        pass
seen = set()
out = []
for n, it in enumerate(ITEMS, 1):
    check(it)
    key = re.sub(r"\W", "", it["q"])
    assert key not in seen, it["q"]
    seen.add(key)
    out.append({"id": f"n{n:04d}", **it})
(HERE / "blindn.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in out), encoding="utf-8")
if __name__ == "__main__":
    c = Counter(x["intent"] for x in out)
    print(len(out), dict(c))
    print(Counter(x["persona"] for x in out))
    print(Counter(x["kind"] for x in out))
    print(Counter(x["phrasing"] for x in out), "wild18:", sum("wild18" in x["sets"] for x in out))
