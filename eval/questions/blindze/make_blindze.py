"""Blind bank blindze: a representative day of use over the wild sets (wild, wild2 … wild27).

    PYTHONPATH=. .venv/bin/python eval/questions/blindze/make_blindze.py   # rewrites blindze.jsonl (deterministic)

Every expected value is computed from the gold JSON (eval/wild*/gold) or quoted from the report's own text.
Held out: whoever works on the router reads neither this file nor blindze.jsonl until the lead has measured it.
"""
from __future__ import annotations

import html as _html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SETS = ["wild", *(f"wild{i}" for i in range(2, 28))]
OUT = Path(__file__).with_name("blindze.jsonl")
rng = random.Random(20261207)

# ---------------------------------------------------------------- gold
G: dict[str, dict] = {}
SETOF: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        assert d["id"] not in G, d["id"]
        G[d["id"]] = d
        SETOF[d["id"]] = s
IDS = sorted(G)
AGENCIES = sorted({d["agency"] for d in G.values()})
ay = Counter((d["agency"], d["year"]) for d in G.values())


def readable(d):
    return (d["template"] in ("GF2019", "GF2021") and d["tables_recoverable"] and not d["findings"]
            and ay[(d["agency"], d["year"])] == 1 and not d.get("statements"))


R = [i for i in IDS if readable(G[i])]


def cell(rid, key):
    t, k = key.split(".", 1)
    v = G[rid][t].get(k)
    return v


# measures: name -> (cells, unit, templates, user words (several))
SUB3 = [f"t3.r3_{i}.tot" for i in range(1, 9)]
SUB4 = [f"t3.r4_{i}.tot" for i in range(1, 4)]
SUB5 = [f"t3.r5_{i}.tot" for i in range(1, 6)]
M = {
    "new": (["t3.new.tot"], "件", None, ["一年下来收到多少份信息公开申请", "新来的公开申请一共几件", "本年度新收到的依申请公开件数是多少", "有多少件新的申请"]),
    "carry_in": (["t3.carry_in.tot"], "件", None, ["从上一年拖过来没办完的申请有几件", "上年遗留下来的申请数", "去年年底没办完转过来的有多少"]),
    "full": (["t3.r1.tot"], "件", None, ["申请了之后全部给公开的有多少件", "完全同意公开的申请数", "全给了的有几件"]),
    "part": (["t3.r2.tot"], "件", None, ["只公开了一部分的有多少", "区分处理、部分给了的申请有几件", "部分公开几件"]),
    "deny": (SUB3, "件", None, ["被拒绝公开的加起来多少件", "不给公开的总共有几件", "不予公开合计"]),
    "deny_3": (["t3.r3_3.tot"], "件", None, ["因为怕危及三安全一稳定不给公开的有几件"]),
    "deny_4": (["t3.r3_4.tot"], "件", None, ["因为要保护第三方权益没给公开的有几件", "涉及别人隐私或商业秘密而拒绝的有多少"]),
    "deny_6": (["t3.r3_6.tot"], "件", None, ["属于过程性信息没公开的有几件"]),
    "deny_5": (["t3.r3_5.tot"], "件", None, ["属于内部事务信息不公开的有多少件"]),
    "nohave": (SUB4, "件", None, ["说没有这个信息、没法提供的一共有几件", "无法提供的合计多少"]),
    "nohave_1": (["t3.r4_1.tot"], "件", None, ["机关自己手里不掌握这个信息的有几件", "回复说本单位没有该信息的有多少件"]),
    "nohave_2": (["t3.r4_2.tot"], "件", None, ["需要另外制作才有、所以没给的有几件"]),
    "noproc": (SUB5, "件", None, ["不予处理的一共多少件", "没受理处理的申请合计几件"]),
    "noproc_1": (["t3.r5_1.tot"], "件", None, ["其实是信访举报投诉、按不予处理办的有几件"]),
    "noproc_2": (["t3.r5_2.tot"], "件", None, ["重复来申请的有多少件"]),
    "r7": (["t3.r7.tot"], "件", None, ["办结的结果加起来总共多少件", "办理结果总计是多少"]),
    "carry_out": (["t3.carry_out.tot"], "件", None, ["还没办完、要放到明年接着办的有几件", "结转到下一年继续办理的数量"]),
    "np": (["t3.new.np"], "件", None, ["老百姓个人提出的申请有多少", "以自然人身份申请的有几件"]),
    "biz": (["t3.new.biz"], "件", None, ["企业来申请的有多少件", "公司提的信息公开申请几件"]),
    "law": (["t3.new.law"], "件", None, ["律师事务所这类法律服务机构申请了几次"]),
    "rv": (["t4.rv.tot"], "件", None, ["因为信息公开被人告去复议的有几起", "行政复议一共多少件", "被申请复议几次"]),
    "rv_keep": (["t4.rv.keep"], "件", None, ["复议结果是维持的有几件"]),
    "rv_fix": (["t4.rv.fix"], "件", None, ["复议被纠正的有几件", "复议输了、被纠错的有多少"]),
    "ld": (["t4.ld.tot"], "件", None, ["没经过复议直接去法院起诉的有几件"]),
    "lr": (["t4.lr.tot"], "件", None, ["先复议、复议完又去打官司的有几件"]),
    "suit": (["t4.ld.tot", "t4.lr.tot"], "件", None, ["被起诉的行政诉讼案件加起来几件", "打了多少场官司", "行政诉讼合计多少"]),
    "license": (["t2.license.decisions"], "件", None, ["行政许可做了多少个决定", "批了多少件行政许可"]),
    "penalty": (["t2.penalty.decisions"], "件", None, ["罚了多少次，行政处罚决定数", "行政处罚的处理决定有几个"]),
    "coercion": (["t2.coercion.decisions"], "件", None, ["行政强制用了几次"]),
    "norm_made": (["t2.norm.made"], "件", "GF2021", ["新出了几份规范性文件", "行政规范性文件本年制发多少件"]),
    "norm_valid": (["t2.norm.valid"], "件", "GF2021", ["现在还有效的规范性文件有多少件"]),
    "norm_rep": (["t2.norm.repealed"], "件", "GF2021", ["废止了几个规范性文件"]),
    "fee": (["t2.fee.amount_wan"], "万元", "GF2021", ["行政事业性收费收了多少钱", "收费金额是多少万元"]),
    "proc_items": (["t2.procurement.items"], None, "GF2019", ["政府集中采购搞了几个项目"]),
    "norm_total19": (["t2.norm.total_public"], "件", "GF2019", ["规范性文件对外公开总数是多少"]),
}

# the same measures as noun phrases, for comparisons, changes and groups
NOUN = {
    "new": ["新收的信息公开申请", "收到的公开申请数", "本年新收申请量"],
    "carry_in": ["上年结转过来的申请"], "full": ["予以公开（全部公开）的件数", "全部给公开的申请数"],
    "part": ["部分公开的件数", "只给了一部分的申请"], "deny": ["不予公开的件数", "被拒绝公开的申请数"],
    "nohave": ["无法提供的件数", "因为没有信息而无法提供的申请"], "noproc": ["不予处理的件数"],
    "r7": ["办理结果总数"], "carry_out": ["结转下年度的申请", "拖到下一年办的申请"],
    "rv": ["行政复议案件数", "被申请复议的次数"], "suit": ["行政诉讼案件数", "被告上法院的案子"],
    "license": ["行政许可决定数", "许可审批数量"], "penalty": ["行政处罚决定数", "处罚数量"],
}


def mval(rid, m):
    cells, unit, tpl, _ = M[m]
    d = G[rid]
    if tpl and d["template"] != tpl:
        return None
    vals = [cell(rid, c) for c in cells]
    if any(v is None or isinstance(v, str) for v in vals):
        return None
    return round(sum(vals), 4) if unit == "万元" else sum(vals)


# ---------------------------------------------------------------- names and years
CN = "〇一二三四五六七八九"


def cnyear(y, zero="〇"):
    return "".join(CN[int(c)] for c in str(y)).replace("〇", zero) + "年"


def yform(y, style=None):
    f = style or rng.choice(["a", "a", "a", "b", "c", "d", "e"])
    return {"a": f"{y}年", "b": f"{str(y)[2:]}年", "c": cnyear(y), "d": f"{y}年度", "e": cnyear(y, "零")}[f]


PROV = re.compile(r"^(.+?(?:省|自治区|北京市|天津市|上海市|重庆市))")


def prov(d):
    m = PROV.match(d["region"])
    return m.group(1) if m else None


def short(ag):
    """a short form users say: drop the leading province / city when the rest still names one agency."""
    cands = []
    m = re.match(r"^(.+?(?:省|自治区))(.+)$", ag)
    if m:
        cands.append(m.group(2))
    m = re.match(r"^(.+?市)(.+?(?:区|县|市|旗).+)$", ag)
    if m:
        cands.append(m.group(2))
    for c in cands:
        if len(c) >= 5 and c != ag and sum(1 for a in AGENCIES if c in a) == 1:
            return c
    return None


# ---------------------------------------------------------------- report text
def text_of(rid):
    p = ROOT / "eval" / SETOF[rid] / G[rid]["file"]
    try:
        if p.suffix == ".docx":
            with zipfile.ZipFile(p) as z:
                x = z.read("word/document.xml").decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            t = re.sub(r"<[^>]+>", "", x)
        elif p.suffix in (".html", ".htm"):
            raw = p.read_bytes()
            try:
                x = raw.decode("utf-8")
            except UnicodeDecodeError:
                x = raw.decode("gb18030")
            t = _html.unescape(re.sub(r"<[^>]+>", "", x))
        elif p.suffix in (".txt", ".md", ".csv"):
            raw = p.read_bytes()
            try:
                t = raw.decode("utf-8")
            except UnicodeDecodeError:
                t = raw.decode("gb18030")
        else:
            return None
    except Exception:
        return None
    return re.sub(r"\s+", "", t)


# ---------------------------------------------------------------- items
ITEMS: list[dict] = []


def add(q, intent, expect, *, scope=None, persona, kind, phrasing="plain", style="colloquial", cells=None,
        calc=None, quote=None, note=None, previous=None, chain=None, rids=()):
    if phrasing == "formal" and style != "abbreviated":
        style = "formal"
    it = {"id": f"ze{len(ITEMS) + 1:04d}", "q": q, "scope": scope or {}, "intent": intent, "style": style,
          "expect": expect}
    if previous:
        it["previous"] = previous
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if quote:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    it["sets"] = sorted({SETOF[r] for r in rids}) if rids else ["store"]
    if chain:
        it["chain"] = chain
    ITEMS.append(it)
    return it


TYPO = [("申请", "申清"), ("公开", "公凯"), ("复议", "复义"), ("多少", "多小"), ("诉讼", "诉松"), ("件", "见")]


def damage(q, how):
    if how == "typo":
        for a, b in rng.sample(TYPO, len(TYPO)):
            if a in q:
                return q.replace(a, b, 1)
        return re.sub(r"[？?。]*$", "", q) + "呀？"
    if how == "voice":
        q = re.sub(r"[，。？、,?!！]", " ", q).strip()
        return rng.choice(["嗯那个", "喂 我想问下", "就是说", "呃"]) + " " + q
    return q


def phr():
    return rng.choice(["plain"] * 6 + ["typo", "voice", "filler", "formal", "formal"])


def wrap(q, p):
    if p in ("typo", "voice"):
        return damage(q, p)
    if p == "formal":
        q = re.sub(r"[？?。呢]*$", "", q).replace("有几件", "件数为多少").replace("几件", "多少件").replace("谁多", "何者较多")
        return rng.choice(["请问，", "烦请查询：", "依据年度报告，请告知", "经查阅年报，"]) + q + "？"
    if p == "filler":
        return rng.choice(["麻烦问一下，", "您好，请问", "帮我查查，", "急！"]) + q
    return q


def name_of(rid, abbrev=False):
    ag = G[rid]["agency"]
    if abbrev:
        s = short(ag)
        if s:
            return s, "abbreviated"
    return ag, None


def cells_of(rid, m, scoped):
    return [c if scoped else f"{rid}:{c}" for c in M[m][0]]


PERS_VALUE = ["citizen", "reporter", "clerk", "lawyer", "researcher", "student", "evaluator", "company"]
TAIL = ["？", "", "?", "。", "呢？"]

# ============ 1. one report's figures (~105) ============
pool = R[:]
rng.shuffle(pool)
mkeys = list(M)
n_val = 0
used_rm = set()
pi = 0
while n_val < 76 and pi < len(pool) * 3:
    rid = pool[pi % len(pool)]
    pi += 1
    m = rng.choice(mkeys)
    v = mval(rid, m)
    if v is None or (rid, m) in used_rm:
        continue
    if m.startswith(("deny_", "nohave_", "noproc_", "rv_", "law", "biz")) and v == 0 and rng.random() < 0.6:
        continue
    used_rm.add((rid, m))
    words = rng.choice(M[m][3])
    d = G[rid]
    scoped = rng.random() < 0.4
    p = phr()
    style = "formal" if words.startswith(("本年度", "行政")) or rng.random() < 0.15 else "colloquial"
    if scoped:
        q = rng.choice(["这份报告里，", "今年", "这家", "", "年报上"]) + words + rng.choice(TAIL)
        scope = {"report": rid}
    else:
        nm, st = name_of(rid, abbrev=rng.random() < 0.35)
        style = st or style
        yr = yform(d["year"])
        q = rng.choice([f"{nm}{yr}{words}", f"{yr}{nm}{words}", f"{nm}在{yr}{words}"]) + rng.choice(TAIL)
        scope = {}
    q = wrap(q, p)
    exp = {"value": v, "unit": M[m][1]}
    persona = "clerk" if scoped and rng.random() < 0.45 else "lawyer" if m.startswith(("rv", "ld", "lr", "suit", "deny")) and rng.random() < 0.6 else (
        "company" if m in ("biz", "license", "fee", "penalty") and rng.random() < 0.5 else rng.choice(PERS_VALUE))
    add(q, "value", exp, scope=scope, persona=persona, kind="one_report_figure", phrasing=p, style=style,
        cells=cells_of(rid, m, scoped), rids=[rid])
    n_val += 1

# ============ 2. narrative: prose figures and section 五 (~32) ============
TXT: dict[str, str] = {}
narr_pool = [i for i in IDS if G[i]["template"] in ("GF2019", "GF2021")]
rng.shuffle(narr_pool)
NPAT = [
    ("主动公开", re.compile(r"主动公开[^。；，]{0,14}?信息(\d+)条"), "条",
     ["这一年主动公开了多少条信息", "主动晒出来的政府信息有多少条", "全年主动公开信息数量是多少"]),
    ("政策解读", re.compile(r"政策解读(\d+)篇"), "篇", ["政策解读发了几篇", "出了多少篇政策解读"]),
    ("培训", re.compile(r"(?:培训|业务培训)[^。；，]{0,8}?(\d+)(?:次|场|期)"), None, ["搞了几次政务公开培训", "组织培训多少场"]),
]
n_narr = 0
for rid in narr_pool:
    if n_narr >= 20:
        break
    t = text_of(rid)
    if not t:
        continue
    TXT[rid] = t
    for name, pat, unit, words in NPAT:
        ms = list(pat.finditer(t))
        if len(ms) != 1:
            continue
        mm = ms[0]
        num = int(mm.group(1))
        u = unit or re.search(r"\d+(次|场|期)", mm.group(0)).group(1)
        scoped = rng.random() < 0.5
        p = phr()
        w = rng.choice(words)
        if scoped:
            q, scope = wrap(rng.choice(["报告正文里说", "文字部分讲", "", "报告里"]) + w + "？", p), {"report": rid}
            quote = mm.group(0)
        else:
            nm, st = name_of(rid, rng.random() < 0.3)
            q, scope = wrap(f"{nm}{yform(G[rid]['year'])}{w}？", p), {}
            quote = {rid: mm.group(0)}
        add(q, "narrative", {"value": num, "unit": u}, scope=scope, persona=rng.choice(["reporter", "student", "evaluator", "officer"]),
            kind="prose_figure", phrasing=p, style=(st if not scoped and st else "colloquial"), quote=quote,
            note=f"prose: {name}", rids=[rid])
        n_narr += 1
        break

# section 五: problems / measures — a sentence of the section, quoted
PROB = re.compile(r"(?:存在的主要问题及改进情况|存在的主要问题和改进情况|存在问题及改进情况)(.{20,400}?)(?:六、|其他需要报告)")
n_prob = 0
USEDP = set()
for rid in narr_pool:
    if n_prob >= 12:
        break
    t = TXT.get(rid) or text_of(rid)
    if not t:
        continue
    ms = list(PROB.finditer(t))
    if len(ms) != 1:
        continue
    body = ms[0].group(1)
    sents = [s.strip("*#|>-") for s in re.split(r"[。；]", body)]
    sents = [s for s in sents if 8 <= len(s) <= 60 and not re.search(r"\d{3,}|[*#|<>]", s)]
    if not sents:
        continue
    sents = [x for x in sents if "存在的主要问题" not in x and "取得一定成效" not in x] or sents
    s = next((x for x in sents if x[:12] not in USEDP), sents[0])
    USEDP.add(s[:12])
    cut = s.find("，")
    frag = s[:cut] if 8 <= cut <= 26 else s[: min(len(s), 24)]
    if t.count(frag) != 1:
        continue
    scoped = rng.random() < 0.5
    if any(k in frag for k in ("将", "加强", "建立", "丰富", "改进措施")) and "不够" not in frag:
        w = rng.choice(["下一步准备怎么改进", "针对问题采取了哪些改进措施", "存在哪些问题，打算怎么改"])
    else:
        w = rng.choice(["自己承认工作上有什么不足", "存在哪些问题，打算怎么改", "里提到的短板是什么"])
    p = phr()
    if scoped:
        q, scope, quote = wrap("这份年报" + w + "？", p), {"report": rid}, frag
    else:
        nm, st = name_of(rid, False)
        q, scope, quote = wrap(f"{nm}{yform(G[rid]['year'])}的年报{w}？", p), {}, {rid: frag}
    add(q, "problems", {"contains": [frag]}, scope=scope, persona=rng.choice(["officer", "evaluator", "deputy", "student"]),
        kind="problems_measures", phrasing=p, style="formal" if "报告" in w else "colloquial", quote=quote, rids=[rid])
    n_prob += 1

# channels: which ways the report says it publishes through (a clause naming the channel, quoted)
CHAN = re.compile(r"[^。；，：]{0,30}(?:微信公众号|政务新媒体|政务微博|新闻发布会|政务服务中心|档案馆)[^。；，]{0,20}")
n_chan = 0
for rid in narr_pool[::-1]:
    if n_chan >= 8:
        break
    t = TXT.get(rid) or text_of(rid)
    if not t:
        continue
    ms = [m.group(0) for m in CHAN.finditer(t) if 8 <= len(m.group(0)) <= 40 and not re.search(r"[*#|<>]", m.group(0))]
    ms = [x for x in ms if t.count(x) == 1]
    if not ms:
        continue
    frag = ms[0]
    p = phr()
    w = rng.choice(["关于政务新媒体、公众号这些公开渠道是怎么写的", "在公开平台和渠道方面说了什么", "新媒体这块是怎么说的"])
    scoped = rng.random() < 0.5
    if scoped:
        q, scope, quote = wrap("这份年报里，" + w + "？", p), {"report": rid}, frag
    else:
        nm, st = name_of(rid, False)
        q, scope, quote = wrap(f"{nm}{yform(G[rid]['year'])}{w}？", p), {}, {rid: frag}
    add(q, "narrative", {"contains": [frag]}, scope=scope, persona=rng.choice(["citizen", "student", "evaluator", "reporter"]),
        kind="channels", phrasing=p, quote=quote, rids=[rid])
    n_chan += 1

# ============ 3. comparisons and changes (~45) ============
by_ag = defaultdict(list)
for i in R:
    by_ag[G[i]["agency"]].append(i)
pairs = []
for ag, ids in sorted(by_ag.items()):
    ids.sort(key=lambda i: G[i]["year"])
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            if G[ids[y]]["year"] > G[ids[x]]["year"]:
                pairs.append((ids[x], ids[y]))
rng.shuffle(pairs)
CH_M = ["new", "full", "part", "rv", "suit", "license", "penalty", "nohave", "deny", "carry_out", "noproc"]
n_ch = 0
for a, b in pairs * 3:
    if n_ch >= 20:
        break
    m = rng.choice(CH_M)
    if (a, b, m) in used_rm:
        continue
    used_rm.add((a, b, m))
    va, vb = mval(a, m), mval(b, m)
    if va is None or vb is None:
        continue
    w = rng.choice(NOUN[m])
    p = phr()
    ya, yb = G[a]["year"], G[b]["year"]
    if G[b]["year"] == G[a]["year"] + 1 and rng.random() < 0.6:
        q = wrap(rng.choice([f"跟去年比，{w}是多了还是少了，差多少", f"和上一年相比，{w}变化了多少", f"较上年增减多少：{w}"]) + "？", p)
        scope = {"report": b}
        cl = [f"{b}:{c}" for c in M[m][0]] + [f"{a}:{c}" for c in M[m][0]]
        st = "colloquial"
    else:
        nm, st = name_of(b, rng.random() < 0.35)
        q = wrap(rng.choice([f"{nm}{yform(yb)}比{yform(ya)}，{w}变了多少", f"{nm}从{ya}到{yb}年，{w}增加还是减少了多少",
                             f"{yform(ya)}到{yform(yb)}，{nm}{w}的变化"]) + "？", p)
        scope = {}
        cl = [f"{b}:{c}" for c in M[m][0]] + [f"{a}:{c}" for c in M[m][0]]
    add(q, "change", {"value": vb - va if M[m][1] != "万元" else round(vb - va, 4), "unit": M[m][1]}, scope=scope,
        persona=rng.choice(["reporter", "researcher", "officer", "deputy"]), kind="year_on_year", phrasing=p,
        style=st or "colloquial", cells=cl, calc=f"{vb}-{va}", rids=[a, b])
    n_ch += 1

# trend over ≥3 years of one body
n_tr = 0
for ag, ids in sorted(by_ag.items()):
    if n_tr >= 5 or len(ids) < 3:
        continue
    m = rng.choice(["new", "full", "rv", "license"])
    vals = {i: mval(i, m) for i in ids}
    if any(v is None for v in vals.values()):
        continue
    yrs = "、".join(str(G[i]["year"]) for i in ids)
    p = phr()
    add(wrap(f"{ag}这几年（{yrs}）{rng.choice(NOUN[m])}每年分别是多少？", p), "trend", {"values": vals, "unit": M[m][1]},
        persona=rng.choice(["researcher", "reporter"]), kind="trend", phrasing=p, style="colloquial",
        cells=[f"{i}:{c}" for i in ids for c in M[m][0]], rids=ids)
    n_tr += 1

# compare two bodies, same province, level and year
groups = defaultdict(list)
for i in R:
    d = G[i]
    if prov(d):
        groups[(prov(d), d["level"], d["year"])].append(i)
gkeys = sorted(groups)
rng.shuffle(gkeys)
n_cmp = 0
for gk in gkeys:
    if n_cmp >= 22:
        break
    ids = groups[gk]
    if len(ids) < 2:
        continue
    a, b = rng.sample(sorted(ids), 2)
    m = rng.choice(["new", "full", "rv", "suit", "license", "penalty", "nohave", "part"])
    va, vb = mval(a, m), mval(b, m)
    if va is None or vb is None or va == vb:
        continue
    na, sa = name_of(a, rng.random() < 0.3)
    nb, sb = name_of(b, rng.random() < 0.3)
    p = phr()
    w = rng.choice(NOUN[m])
    q = wrap(rng.choice([f"{yform(gk[2])}{na}和{nb}，{w}谁多", f"{na}与{nb}{yform(gk[2])}{w}比一比，哪家更多",
                         f"比较{gk[2]}年{na}、{nb}两家：{w}"]) + "？", p)
    order = [a, b] if va > vb else [b, a]
    add(q, "compare", {"values": {a: va, b: vb}, "unit": M[m][1], "order": order},
        persona=rng.choice(["reporter", "researcher", "evaluator", "officer"]), kind="two_bodies", phrasing=p,
        style=("abbreviated" if "abbreviated" in (sa, sb) else "colloquial"),
        cells=[f"{a}:{c}" for c in M[m][0]] + [f"{b}:{c}" for c in M[m][0]], rids=[a, b])
    n_cmp += 1

# ============ 4. sets (~60) ============
LEVEL_WORDS = {"县级部门": ["县里的部门", "区县的委办局", "县级部门"], "县级政府": ["区县政府", "县（区）人民政府", "县区政府"],
               "乡镇": ["乡镇街道", "镇街", "乡镇"], "市级部门": ["市直部门", "市级部门", "市里的局"],
               "省级部门": ["省直厅局", "省级部门"], "市级政府": ["市政府", "市级政府"]}
ALLG = defaultdict(list)
for i in IDS:
    d = G[i]
    if prov(d):
        ALLG[(prov(d), d["level"], d["year"])].append(i)
SET_M = ["new", "full", "rv", "suit", "license", "penalty", "nohave", "part", "deny"]
set_groups = [gk for gk in sorted(ALLG) if len(ALLG[gk]) >= 2 and all(i in R for i in ALLG[gk])]
rng.shuffle(set_groups)
n_set = 0
forms = ["sum", "count", "rank1", "rank3", "which", "sum", "rank1", "which"]
SETITEMS = []
for gi, gk in enumerate(set_groups):
    if n_set >= 50:
        break
    ids = sorted(ALLG[gk])
    pv, lv, yr = gk
    lw = rng.choice(LEVEL_WORDS[lv])
    form = forms[gi % len(forms)]
    m = rng.choice(SET_M)
    vals = {i: mval(i, m) for i in ids}
    if any(v is None for v in vals.values()):
        continue
    w = rng.choice(NOUN[m])
    p = phr()
    pers = rng.choice(["officer", "researcher", "reporter", "evaluator", "student"])
    cl = [f"{i}:{c}" for i in ids for c in M[m][0]]
    ys = yform(yr)
    if form == "sum":
        q = wrap(rng.choice([f"{pv}{lw}{ys}{w}，加起来一共多少", f"库里{pv}的{lw}，{ys}合计{w}是多少", f"{ys}{pv}所有{lw}{w}总和"]) + "？", p)
        add(q, "sum", {"value": sum(vals.values()), "unit": M[m][1]}, persona=pers, kind="set_sum", phrasing=p, cells=cl, rids=ids)
    elif form == "count":
        q = wrap(rng.choice([f"你们这收录了{pv}{lw}{ys}的年报几份", f"{pv}{lw}的{ys}年度报告有多少份", f"{ys}{pv}{lw}的年报一共有几个"]) + "？", p)
        add(q, "which_reports", {"value": len(ids), "unit": "份"}, persona=pers, kind="set_count", phrasing=p, rids=ids,
            note="count of stored reports of the group")
    elif form in ("rank1", "rank3"):
        srt = sorted(ids, key=lambda i: -vals[i])
        k = 1 if form == "rank1" or len(ids) < 4 else 3
        if len(srt) > k and vals[srt[k - 1]] == vals[srt[k]]:
            continue
        if k == 1:
            q = wrap(rng.choice([f"{pv}{lw}里，{ys}谁家{w}最多", f"{ys}{pv}的{lw}中{w}排第一的是哪个单位", f"{pv}{lw}{ys}哪家{w}最高"]) + "？", p)
        else:
            q = wrap(rng.choice([f"{ys}{pv}{lw}{w}前三名是哪几家", f"{pv}{lw}{ys}{w}排前3的单位"]) + "？", p)
        add(q, "rank", {"values": {i: vals[i] for i in srt[:k]}, "unit": M[m][1], "order": srt[:k]}, persona=pers,
            kind="set_rank", phrasing=p, cells=cl, rids=ids)
    else:
        pos = [i for i in ids if vals[i] > 0]
        if not pos or len(pos) == len(ids) and rng.random() < 0.5:
            continue
        q = wrap(rng.choice([f"{pv}{lw}{ys}哪些单位{w}不是零", f"{ys}{pv}的{lw}里有哪几家{w}大于0", f"{pv}{lw}中{ys}有{w}的是哪些"]) + "？", p)
        add(q, "which_reports", {"reports": pos}, persona=pers, kind="set_which", phrasing=p, cells=cl, rids=ids)
    SETITEMS.append((gk, m, form))
    n_set += 1

# store-wide: count of reports of a province and year
pyc = Counter((prov(G[i]), G[i]["year"]) for i in IDS if prov(G[i]))
pys = sorted(k for k, v in pyc.items() if v >= 3)
rng.shuffle(pys)
for pv, yr in pys[:5]:
    p = phr()
    ids = sorted(i for i in IDS if prov(G[i]) == pv and G[i]["year"] == yr)
    add(wrap(rng.choice([f"{pv}{yform(yr)}的信息公开年报你们这儿有几份", f"库里一共存了多少份{pv}{yr}年的年度报告"]) + "？", p),
        "which_reports", {"value": len(ids), "unit": "份"}, persona=rng.choice(["researcher", "student"]), kind="store_count",
        phrasing=p, rids=ids, note="count of stored reports (any template)")

# ============ 5. checks (~15) ============
def h1(rid):
    v = [cell(rid, k) for k in ("t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot")]
    return None if any(x is None or isinstance(x, str) for x in v) else v


ok_pool = R[:]
rng.shuffle(ok_pool)
n_chk = 0
for rid in ok_pool:
    if n_chk >= 8:
        break
    v = h1(rid)
    if v is None or v[0] == 0:
        continue
    p = phr()
    scoped = n_chk % 2 == 0
    w = rng.choice(["新收加上年结转，跟办结总数加结转下年对得上吗", "表三的数自洽吗？收进来的和办出去的能对上不", "申请数量的勾稽关系成立吗"])
    if scoped:
        q, scope = wrap("这份报告" + w + "？", p), {"report": rid}
        cl = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
    else:
        q, scope = wrap(f"{G[rid]['agency']}{yform(G[rid]['year'])}年报{w}？", p), {}
        cl = [f"{rid}:t3.{k}.tot" for k in ("new", "carry_in", "r7", "carry_out")]
    add(q, "consistency", {"verdict": "consistent", "checks": ["H1"],
                           "values": {"新收+上年结转": v[0] + v[1], "办理结果总计+结转下年度": v[2] + v[3]}},
        scope=scope, persona=rng.choice(["officer", "evaluator"]), kind="check_h1", phrasing=p, style="formal", cells=cl, rids=[rid])
    n_chk += 1
# reports with a printed defect
bad = []
for i in IDS:
    d = G[i]
    if d["template"] not in ("GF2019", "GF2021") or not d["tables_recoverable"] or ay[(d["agency"], d["year"])] != 1:
        continue
    fs = {(f["check"], f.get("where")) for f in d["findings"]}
    if ("H1", "t3 column tot") in fs and h1(i):
        bad.append((i, "H1"))
    elif ("H5", "t4.rv") in fs:
        parts = [d["t4"].get(f"rv.{k}") for k in ("keep", "fix", "other", "pend")]
        if all(isinstance(x, int) for x in parts) and isinstance(d["t4"].get("rv.tot"), int):
            bad.append((i, "H5"))
rng.shuffle(bad)
for rid, chk in bad[:7]:
    p = phr()
    scoped = rng.random() < 0.5
    d = G[rid]
    if chk == "H1":
        v = h1(rid)
        vals = {"新收+上年结转": v[0] + v[1], "办理结果总计+结转下年度": v[2] + v[3]}
        w = rng.choice(["表三收到的申请和办结的数量对得上吗", "申请数据前后能平上吗"])
        cl = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
    else:
        parts = [d["t4"][f"rv.{k}"] for k in ("keep", "fix", "other", "pend")]
        vals = {"行政复议总计": d["t4"]["rv.tot"], "维持+纠正+其他+未审结": sum(parts)}
        w = rng.choice(["行政复议那几栏加起来等于总计吗", "复议的分项和合计对不对得上"])
        cl = ["t4.rv.keep", "t4.rv.fix", "t4.rv.other", "t4.rv.pend", "t4.rv.tot"]
    if scoped:
        q, scope = wrap("帮我核一下，" + w + "？", p), {"report": rid}
    else:
        q, scope = wrap(f"{d['agency']}{yform(d['year'])}的年报，{w}？", p), {}
        cl = [f"{rid}:{c}" for c in cl]
    add(q, "consistency", {"verdict": "inconsistent", "checks": [chk], "values": vals}, scope=scope,
        persona=rng.choice(["officer", "evaluator", "reporter"]), kind="check_defect", phrasing=p, cells=cl, rids=[rid])

# ============ 6. unanswerable (~45) ============
NOTSAID = [
    ("经费", ["经费", "预算"], "政务公开工作一年花了多少经费"),
    ("人员", ["专职", "兼职", "编制", "工作人员", "人员"], "有几个专职干信息公开的工作人员"),
    ("答复天数", ["平均", "天数", "工作日"], "申请平均多少天答复"),
    ("满意度", ["满意"], "群众对信息公开的满意度是多少"),
    ("年龄", ["年龄", "岁"], "申请人里年轻人占多少，年龄结构怎样"),
    ("性别", ["性别", "男", "女"], "申请人男女各多少"),
    ("访问量", ["访问", "浏览", "点击"], "网站信息公开专栏一年被访问了多少次"),
    ("电话", ["电话", "热线", "咨询"], "接了多少个咨询电话"),
]
un_pool = [i for i in IDS if G[i]["template"] in ("GF2019", "GF2021")]
rng.shuffle(un_pool)
n_un = 0
ui = 0
for rid in un_pool:
    if n_un >= 26:
        break
    t = TXT.get(rid) or text_of(rid)
    if not t:
        continue
    name, words, q0 = NOTSAID[ui % len(NOTSAID)]
    if any(w in t for w in words):
        continue
    ui += 1
    p = phr()
    scoped = rng.random() < 0.4
    if scoped:
        q, scope = wrap("这家" + q0 + "？", p), {"report": rid}
    else:
        nm, st = name_of(rid, rng.random() < 0.3)
        q, scope = wrap(f"{nm}{yform(G[rid]['year'])}{q0}？", p), {}
    add(q, "unanswerable", {"refuse": True}, scope=scope, persona=rng.choice(["citizen", "reporter", "student", "deputy"]),
        kind="not_in_report", phrasing=p, note=f"asked as value: {name}; none of {words} in the text", rids=[rid])
    n_un += 1
# the other template's cell
for rid in [i for i in R if G[i]["template"] == "GF2021"][:0] + rng.sample([i for i in R if G[i]["template"] == "GF2021"], 4):
    p = phr()
    nm, _ = name_of(rid)
    t = TXT.get(rid) or text_of(rid) or ""
    if "采购" in t:
        continue
    add(wrap(f"{nm}{yform(G[rid]['year'])}政府集中采购的项目有多少个？", p), "unanswerable", {"refuse": True},
        persona="company", kind="other_template", phrasing=p, note="asked as value: GF2021 has no 政府集中采购 row", rids=[rid])
for rid in rng.sample([i for i in R if G[i]["template"] == "GF2019"], 4):
    p = phr()
    nm, _ = name_of(rid)
    t = TXT.get(rid) or text_of(rid) or ""
    if "收费金额" in t or "废止" in t:
        continue
    add(wrap(f"{nm}{yform(G[rid]['year'])}本年废止了几件规范性文件？", p), "unanswerable", {"refuse": True},
        persona="lawyer", kind="other_template", phrasing=p, note="asked as value: GF2019 has no 本年废止 column", rids=[rid])
# a year not stored (before the first stored year of a body)
firsts = defaultdict(lambda: 9999)
for i in IDS:
    firsts[G[i]["agency"]] = min(firsts[G[i]["agency"]], G[i]["year"])
ags = sorted(a for a in by_ag if by_ag[a])
rng.shuffle(ags)
for ag in ags[:6]:
    y = firsts[ag] - rng.choice([1, 2, 3])
    if any(G[i]["agency"] == ag and G[i]["year"] == y for i in IDS):
        continue
    p = phr()
    add(wrap(f"{ag}{yform(y)}{rng.choice(M['new'][3])}？", p), "unanswerable", {"refuse": True},
        persona=rng.choice(["citizen", "researcher"]), kind="year_not_stored", phrasing=p,
        note=f"asked as value: {ag} {y} not in the store (first stored year {firsts[ag]})")
# the future
for ag in ags[6:10]:
    p = phr()
    add(wrap(f"{ag}明年（2027年）预计会收到多少件信息公开申请？", p), "unanswerable", {"refuse": True},
        persona=rng.choice(["reporter", "student"]), kind="future", phrasing=p, note="asked as forecast: no report covers 2027")
# bodies not stored
OTHER = ["气象局", "档案馆", "机关事务管理局", "地震局", "烟草专卖局", "供销合作社", "科学技术协会"]
counties = sorted({re.match(r"^(.+?(?:区|县))", d["region"].split("市")[-1] or "").group(1)
                   for d in G.values() if d["level"] in ("县级部门", "县级政府")
                   and re.match(r"^(.+?(?:区|县))", d["region"].split("市")[-1] or "")})
rng.shuffle(counties)
n_o = 0
for c in counties:
    if n_o >= 6:
        break
    o = OTHER[n_o % len(OTHER)]
    if len(c) < 3 or any(c in a and o in a for a in AGENCIES) or any(o in a for a in AGENCIES if c in a):
        continue
    yr = rng.choice([2021, 2022, 2023])
    p = phr()
    add(wrap(f"{c}{o}{yform(yr)}{rng.choice(M['new'][3] + M['rv'][3])}？", p), "unanswerable", {"refuse": True},
        persona=rng.choice(["citizen", "lawyer", "reporter"]), kind="body_not_stored", phrasing=p,
        note=f"asked as value: no stored agency is a {o} of {c}")
    n_o += 1

# ============ 7. chats (2-3 turns) ============
def chat(turns, persona, kind):
    """turns: list of (q, intent, expect, scope, cells, rids)"""
    prev = []
    cid = f"c{sum(1 for x in ITEMS if x.get('chain', {}).get('turn') == 1) + 1:02d}"
    for n, (q, intent, exp, scope, cl, rids, note) in enumerate(turns, 1):
        add(q, intent, exp, scope=scope, persona=persona, kind=kind, phrasing="followup" if n > 1 else "plain",
            cells=cl, previous=(prev[:] if len(prev) > 1 else (prev[0] if prev else None)), rids=rids, note=note,
            chain={"id": cid, "turn": n, "of": len(turns)})
        prev.append(q)


cpool = R[:]
rng.shuffle(cpool)
nch = 0
for rid in cpool:
    if nch >= 8:
        break
    a, b, c = "new", rng.choice(["part", "full", "nohave"]), rng.choice(["rv", "suit", "biz"])
    va, vb, vc = mval(rid, a), mval(rid, b), mval(rid, c)
    if None in (va, vb, vc):
        continue
    sc = {"report": rid}
    t2 = {"part": "那部分公开的呢？", "full": "其中全部公开的呢", "nohave": "无法提供的又有几件？"}[b]
    t3 = {"rv": "行政复议呢", "suit": "打官司的呢，行政诉讼几件", "biz": "企业申请的占几件？"}[c]
    turns = [(rng.choice(["这家今年收到多少件申请？", "这个单位一年新收了几件公开申请", "先问下本年新收申请数", "今年新收的申请有多少"]), "value", {"value": va, "unit": "件"}, sc, M[a][0], [rid], None),
             (t2, "value", {"value": vb, "unit": "件"}, sc, M[b][0], [rid], None)]
    if nch % 2 == 0:
        turns.append((t3, "value", {"value": vc, "unit": "件"}, sc, M[c][0], [rid], None))
    chat(turns, rng.choice(["clerk", "officer", "citizen"]), "chat_one_report")
    nch += 1
# store-wide chat on one body across years
nch = 0
for a, b in pairs:
    if nch >= 7:
        break
    vb, va = mval(b, "new"), mval(a, "new")
    if va is None or vb is None:
        continue
    nm = G[b]["agency"]
    turns = [(f"{nm}{G[b]['year']}年新收的公开申请多少件？", "value", {"value": vb, "unit": "件"}, {}, [f"{b}:t3.new.tot"], [b], None),
             ("那前一年呢？" if G[a]["year"] == G[b]["year"] - 1 else f"那{G[a]['year']}年呢？", "value", {"value": va, "unit": "件"}, {}, [f"{a}:t3.new.tot"], [a], None)]
    if nch % 2 == 0:
        turns.append(("增长了多少？" if vb >= va else "少了多少？", "change", {"value": vb - va, "unit": "件"}, {},
                      [f"{b}:t3.new.tot", f"{a}:t3.new.tot"], [a, b], "signed later − earlier"))
    elif nch % 3 == 1:
        yy = G[a]["year"] - 1
        if not any(G[i]["agency"] == nm and G[i]["year"] == yy for i in IDS):
            turns.append((f"再往前一年，{yy}年的呢？", "unanswerable", {"refuse": True}, {}, None, [], f"asked as value: {nm} {yy} not stored"))
    chat(turns, rng.choice(["reporter", "researcher", "deputy"]), "chat_body_years")
    nch += 1
# group chat: sum then switch level/year
nch = 0
for gk, m, form in SETITEMS:
    if nch >= 5 or form != "sum":
        continue
    pv, lv, yr = gk
    alt = [k for k in ALLG if k[0] == pv and k[2] == yr and k[1] != lv and len(ALLG[k]) >= 2 and all(i in R for i in ALLG[k])]
    if not alt:
        continue
    ids = sorted(ALLG[gk])
    k2 = alt[0]
    ids2 = sorted(ALLG[k2])
    v1 = [mval(i, m) for i in ids]
    v2 = [mval(i, m) for i in ids2]
    if None in v1 or None in v2:
        continue
    w = NOUN[m][0]
    srt = sorted(ids2, key=lambda i: -mval(i, m))
    turns = [(f"{pv}{LEVEL_WORDS[lv][0]}{yr}年{w}，合计多少？", "sum", {"value": sum(v1), "unit": M[m][1]}, {},
              [f"{i}:{c}" for i in ids for c in M[m][0]], ids, None),
             (f"换成{LEVEL_WORDS[k2[1]][0]}呢？", "sum", {"value": sum(v2), "unit": M[m][1]}, {},
              [f"{i}:{c}" for i in ids2 for c in M[m][0]], ids2, None)]
    if mval(srt[0], m) != mval(srt[1], m):
        turns.append(("其中最多的是哪家？", "rank", {"values": {srt[0]: mval(srt[0], m)}, "unit": M[m][1], "order": [srt[0]]}, {},
                      [f"{i}:{c}" for i in ids2 for c in M[m][0]], ids2, None))
    chat(turns, rng.choice(["officer", "researcher"]), "chat_group")
    nch += 1


# ---------------------------------------------------------------- checks and output
def check():
    ids = set()
    for it in ITEMS:
        assert it["id"] not in ids
        ids.add(it["id"])
        r = it["scope"].get("report")
        assert r is None or r in G, r
        e = it["expect"]
        heads = ("value", "values", "reports", "contains", "refuse", "blank") if "verdict" not in e else ("verdict",)
        assert sum(k in e for k in heads) == 1 or "verdict" in e, it
        for rr in e.get("reports", []) + list(e.get("values", {}) if it["intent"] in ("compare", "rank", "trend") else []):
            assert rr in G, rr
        for c in it.get("cells", []):
            rid, key = (c.split(":", 1) if ":" in c else (r, c))
            assert rid in G and cell(rid, key) is not None, (it["id"], c)
        if "value" in e and it.get("cells") and not it.get("calc") and it["intent"] in ("value", "sum"):
            s = sum(cell(*(c.split(":", 1) if ":" in c else (r, c))) for c in it["cells"])
            assert abs(s - e["value"]) < 1e-6, it
        q = it.get("source_quote")
        if q:
            for rr, s in ({r: q} if isinstance(q, str) else q).items():
                assert s in (TXT.get(rr) or text_of(rr)), (it["id"], s)
        if "contains" in e:
            qq = q if isinstance(q, str) else list(q.values())[0]
            for s in e["contains"]:
                assert s in (TXT.get(r or list(q)[0]) or text_of(r or list(q)[0])), s


check()
OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8")
if __name__ == "__main__":
    c = Counter(it["intent"] for it in ITEMS)
    print(len(ITEMS), dict(c))
    print("refuse", sum("refuse" in it["expect"] for it in ITEMS))
    print("cross", sum(len(it["sets"]) > 0 and (len({x.split(':')[0] for x in it.get('cells', []) if ':' in x}) > 1 or it["intent"] in ("compare", "change", "trend", "rank", "sum", "which_reports")) for it in ITEMS))
    print(Counter(it["persona"] for it in ITEMS))
    print(Counter(it["phrasing"] for it in ITEMS))
    print(Counter(it["style"] for it in ITEMS))
