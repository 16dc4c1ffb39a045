"""Blind bank blindzi: the web page's visitors, one chosen report (~60 %) and the whole store. Deterministic:
every expected value is computed from the wild sets' gold JSON. Run: .venv/bin/python eval/questions/blindzi/make_blindzi.py"""

from __future__ import annotations

import glob
import json
import random
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SETS = ["wild"] + [f"wild{i}" for i in range(2, 32)]
G: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted(glob.glob(str(ROOT / "eval" / s / "gold" / "*.json"))):
        d = json.load(open(f, encoding="utf-8"))
        G[d["id"]] = d
        SET_OF[d["id"]] = s

rng = random.Random(2021)


def ok(g):
    return g["tables_recoverable"] and g["template"] in ("GF2019", "GF2021")


def cell(g, key):
    t, k = key.split(".", 1)
    v = g.get(t, {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


POOL_A = [i for i, g in G.items() if ok(g) and SET_OF[i] in {f"wild{n}" for n in range(2, 13)}]
POOL_B = [i for i, g in G.items() if ok(g) and SET_OF[i] == "wild31"]
POOL_C = [i for i, g in G.items() if ok(g) and i not in POOL_A and i not in POOL_B]


def pick():
    r = rng.random()
    pool = POOL_A if r < 0.5 else POOL_B if r < 0.7 else POOL_C
    return rng.choice(pool)


# measure: key, unit, phrasings [(phrasing, style, text)] ; text scoped
CELLS = {
    "t3.new.tot": ["今年新收了多少件申请？", "本年度新收政府信息公开申请数量是多少？", "jin nian 新收申请几件啊", "这份报告里，本单位今年一共收到多少件新的信息公开申请"],
    "t3.carry_in.tot": ["上年结转过来的申请有几件？", "上年结转政府信息公开申请数量为多少？", "表里上年结转的是多少"],
    "t3.r1.tot": ["予以公开的有多少件？", "办理结果中予以公开的数量是多少？", "表里同意公开的一共几件"],
    "t3.r2.tot": ["部分公开了多少件？", "部分公开（区分处理的）数量为多少？", "表里那个部分公开的数是多少"],
    "t3.r7.tot": ["今年办结的申请总共多少件？", "办理结果总计是多少件？", "表三最后那行总计是几"],
    "t3.carry_out.tot": ["结转到下一年的还有几件？", "结转下年度继续办理的数量是多少？", "还有多少件没办完转到明年"],
    "t4.rv.tot": ["被申请行政复议多少次？", "因政府信息公开工作被申请行政复议的总数是多少？", "行政复议总共几件"],
    "t4.lr.tot": ["被告了几次（直接起诉的）？", "未经复议直接起诉的行政诉讼总计多少件？", "没经过复议直接打官司的有几件"],
    "t4.rv.keep": ["复议结果维持的有几件？", "行政复议结果维持的数量为多少？", "复议被维持了多少"],
    "t2.license.decisions": ["行政许可做了多少件决定？", "本年度行政许可处理决定数量为多少？", "许可办了几件"],
    "t2.penalty.decisions": ["行政处罚有多少件？", "行政处罚处理决定数量是多少？", "罚了多少件"],
}
SUB = {  # parts of a total: text, cell sum, unit
    "np": ("新收申请里自然人的有多少件？", "其中自然人提出的申请数量为多少？", "新收的其中个人申请几件"),
    "law": ("新收申请里律师事务所的有几件？", "其中法律服务机构提出的申请为多少件？", "律所申请了几件"),
}
PHR = ["plain", "formal", "voice", "filler"]
STYLE = {"plain": "colloquial", "formal": "formal", "voice": "colloquial", "filler": "colloquial", "typo": "colloquial", "followup": "colloquial"}
PERSONA_SCOPED = ["clerk", "citizen", "reporter", "officer", "lawyer", "company", "student"]

items: list[dict] = []


def add(q, scope, intent, phrasing, expect, persona, kind, reads, cells=None, calc=None, note=None, previous=None, chain=None, style=None):
    it = {"q": q, "scope": scope, "intent": intent, "style": style or STYLE[phrasing], "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if note:
        it["note"] = note
    if previous:
        it["previous"] = previous
    it.update(persona=persona, kind=kind, phrasing=phrasing, sets=sorted({SET_OF[r] for r in reads}) or ["store"])
    if chain:
        it["chain"] = chain
    items.append(it)


def unit_of(key):
    return "件"


# ---- scoped: one cell of the chosen report (value) ----
n = 0
while n < 45:
    rid = pick(); g = G[rid]
    key = rng.choice(sorted(CELLS))
    v = cell(g, key)
    if v is None:
        continue
    texts = CELLS[key]; j = rng.randrange(len(texts)); ph = ["plain", "formal", "voice", "filler"][j]
    add(texts[j], {"report": rid}, "value", ph, {"value": v, "unit": "件"}, rng.choice(PERSONA_SCOPED), "cell", [rid], cells=[key])
    n += 1

# ---- scoped: part of a total (其中) ----
n = 0
while n < 15:
    rid = pick(); g = G[rid]
    col = rng.choice(sorted(SUB)); v = cell(g, f"t3.new.{col}")
    if v is None or cell(g, "t3.new.tot") is None:
        continue
    j = rng.randrange(3)
    add(SUB[col][j], {"report": rid}, "value", ["plain", "formal", "voice"][j], {"value": v, "unit": "件"}, rng.choice(PERSONA_SCOPED), "part_of_total", [rid], cells=[f"t3.new.{col}"])
    n += 1

# ---- scoped: 不予公开 subtotal (sum of eight sub-rows) ----
n = 0
while n < 8:
    rid = pick(); g = G[rid]
    ks = [f"t3.r3_{i}.tot" for i in range(1, 9)]
    vs = [cell(g, k) for k in ks]
    if any(v is None for v in vs):
        continue
    j = rng.randrange(3)
    q = ["不予公开的一共多少件？", "不予公开的申请合计为多少件？", "表里不予公开那几行加起来是多少"][j]
    add(q, {"report": rid}, "value", ["plain", "formal", "filler"][j], {"value": sum(vs), "unit": "件"}, rng.choice(PERSONA_SCOPED), "subtotal", [rid], cells=ks)
    n += 1

# ---- scoped: does the table add up (H1) ----
n = 0
while n < 14:
    rid = pick(); g = G[rid]
    if g["findings"]:
        continue
    a, b, c, d = (cell(g, f"t3.{k}.tot") for k in ("new", "carry_in", "r7", "carry_out"))
    if None in (a, b, c, d):
        continue
    verdict = "consistent" if a + b == c + d else "inconsistent"
    j = rng.randrange(3)
    q = ["这张表的数对得上吗？新收加上年结转等不等于办结加结转下年？", "请核对本报告表三：新收与上年结转之和是否等于办理结果总计与结转下年度之和？", "表里收的和办的数能对上不"][j]
    add(q, {"report": rid}, "consistency", ["plain", "formal", "voice"][j],
        {"verdict": verdict, "checks": ["H1"], "values": {"t3.new.tot": a, "t3.carry_in.tot": b, "t3.r7.tot": c, "t3.carry_out.tot": d}},
        rng.choice(["officer", "evaluator", "clerk"]), "check_h1", [rid], cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"])
    n += 1

# ---- scoped: the year of this report ----
n = 0
while n < 6:
    rid = pick(); g = G[rid]
    j = n % 3
    q = ["这是哪一年的报告？", "本报告所涉及的年度是哪一年？", "这个年报说的是哪年的事"][j]
    add(q, {"report": rid}, "value", ["plain", "formal", "voice"][j], {"value": g["year"], "unit": "年"}, rng.choice(PERSONA_SCOPED), "identity_year", [rid], note="the report's year (gold year)")
    n += 1

# ---- scoped: the same body's other stored year (change) ----
BY_AG = defaultdict(list)
for i, g in G.items():
    if ok(g):
        BY_AG[g["agency"]].append(i)
multi = sorted(a for a, v in BY_AG.items() if len({G[i]["year"] for i in v}) > 1)
yo = []
for a in multi:
    rs = sorted(BY_AG[a], key=lambda i: G[i]["year"])
    for x, y in zip(rs, rs[1:]):
        if G[y]["year"] == G[x]["year"] + 1 and cell(G[x], "t3.new.tot") is not None and cell(G[y], "t3.new.tot") is not None:
            yo.append((x, y))
for k, (x, y) in enumerate(yo[:12]):
    j = k % 3
    q = ["比去年多收了还是少收了几件申请？", "与上一年度相比，本年新收申请数量增减了多少件？", "今年新收的跟去年比差多少"][j]
    d = cell(G[y], "t3.new.tot") - cell(G[x], "t3.new.tot")
    add(q, {"report": y}, "change", ["plain", "formal", "voice"][j], {"value": d, "unit": "件"}, rng.choice(["clerk", "reporter", "deputy"]), "year_on_year_scoped", [x, y],
        cells=["t3.new.tot", f"{x}:t3.new.tot"], calc=f"{{t3.new.tot}}-{{{x}:t3.new.tot}}", note="signed later − earlier")

# ---- scoped: unanswerable ----
NOT_IN = [("本单位今年信息公开工作花了多少经费？", "plain", "asked as value: budget"),
          ("本机关从事政府信息公开工作的专职人员有多少名？", "formal", "asked as value: staff"),
          ("申请人里男的女的各多少", "voice", "asked as list: applicants' sex"),
          ("申请人平均年龄多大？", "plain", "asked as value: applicants' age"),
          ("群众对信息公开的满意度是百分之多少？", "plain", "asked as share: satisfaction rate not in report"),
          ("明年预计会收到多少件申请？", "formal", "asked as value: the future"),
          ("嗯那个，通过邮寄方式提交的申请有多少件呀", "filler", "asked as value: channel breakdown not in template")]
n = 0
while n < 30:
    rid = pick(); g = G[rid]
    if n % 4 == 3:
        if g["template"] == "GF2021":
            q, ph, note = rng.choice([("政府集中采购金额是多少万元？", "plain", "asked as value: GF2019 cell (procurement) of a GF2021 report"),
                                      ("本年度政府集中采购项目数量为多少？", "formal", "asked as value: GF2019 cell (procurement) of a GF2021 report")])
        else:
            q, ph, note = rng.choice([("规章今年废止了几件？", "plain", "asked as value: GF2021 cell (废止) of a GF2019 report"),
                                      ("本年度行政事业性收费金额为多少万元？", "formal", "asked as value: GF2021 cell (fee amount) of a GF2019 report")])
    else:
        q, ph, note = NOT_IN[n % len(NOT_IN)]
    add(q, {"report": rid}, "unanswerable", ph, {"refuse": True}, rng.choice(PERSONA_SCOPED), "not_in_report", [rid], note=note)
    n += 1

# ---- scoped chats (2–3 turns) ----
CHAT = [("t3.new.tot", "今年新收了多少件申请？"), ("t3.r1.tot", "那予以公开的呢"), ("t3.r2.tot", "部分公开的呢")]
CHAT2 = [("t4.rv.tot", "被申请行政复议几次？"), ("t4.lr.tot", "那行政诉讼呢，直接起诉的"), (None, "复议花了多少律师费")]
CHAT3 = [("t3.r7.tot", "这份报告里今年一共办结了多少件申请？"), ("t3.carry_out.tot", "还剩几件转到明年办"), (None, "没办完的那几件是谁申请的")]
c = 0
while c < 16:
    rid = pick(); g = G[rid]
    seq = [CHAT, CHAT2, CHAT3][c % 3]
    vals = [cell(g, k) if k else None for k, _ in seq]
    if any(v is None for k, v in zip([k for k, _ in seq], vals) if k):
        continue
    cid = f"zi-chat{c + 1:02d}"
    prev: list[str] = []
    for t, ((k, q), v) in enumerate(zip(seq, vals)):
        exp = {"value": v, "unit": "件"} if k else {"refuse": True}
        add(q, {"report": rid}, "value" if k else "unanswerable", "plain" if t == 0 else "followup", exp, "clerk" if c % 3 else "citizen", "chat", [rid],
            cells=[k] if k else None, note=None if k else ("asked as value: lawyer fees not in report" if seq is CHAT2 else "asked as list: applicants' names not in report"),
            previous=(prev[0] if len(prev) == 1 else list(prev)) if prev else None, chain={"id": cid, "turn": t + 1, "of": len(seq)})
        prev.append(q)
    c += 1

# ---- whole store: one body's figure, naming it ----
n = 0
while n < 30:
    rid = rng.choice(POOL_A + POOL_B + POOL_C); g = G[rid]
    same = [i for i in BY_AG[g["agency"]] if G[i]["year"] == g["year"]]
    if len(same) != 1:
        continue
    key = rng.choice(["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "t3.carry_out.tot"])
    v = cell(g, key)
    if v is None:
        continue
    w = {"t3.new.tot": "新收政府信息公开申请", "t3.r1.tot": "予以公开的申请", "t4.rv.tot": "因政府信息公开被申请行政复议", "t3.carry_out.tot": "结转下年度继续办理的申请"}[key]
    j = rng.randrange(3)
    q = [f"{g['agency']}{g['year']}年{w}有多少件？", f"请问{g['agency']}{g['year']}年度{w}数量是多少？", f"{g['year']}年{g['agency']}的{w}是几件啊"][j]
    add(q, {}, "value", ["plain", "formal", "voice"][j], {"value": v, "unit": "件"}, rng.choice(["reporter", "researcher", "student", "citizen"]), "one_report_named", [rid], cells=[f"{rid}:{key}"])
    n += 1

# ---- whole store: two bodies side by side ----
n = 0
while n < 55:
    a, b = rng.sample(POOL_A + POOL_B + POOL_C, 2)
    ga, gb = G[a], G[b]
    if ga["agency"] == gb["agency"] or any(len([i for i in BY_AG[x["agency"]] if G[i]["year"] == x["year"]]) != 1 for x in (ga, gb)):
        continue
    va, vb = cell(ga, "t3.new.tot"), cell(gb, "t3.new.tot")
    if va is None or vb is None or va == vb:
        continue
    j = rng.randrange(3)
    q = [f"{ga['agency']}{ga['year']}年和{gb['agency']}{gb['year']}年，哪个新收的申请多？", f"请比较{ga['agency']}（{ga['year']}年）与{gb['agency']}（{gb['year']}年）的新收政府信息公开申请数量。",
         f"{ga['agency']}{ga['year']}年跟{gb['agency']}{gb['year']}年新收申请分别多少，谁多"][j]
    order = [a, b] if va > vb else [b, a]
    add(q, {}, "compare", ["plain", "formal", "voice"][j], {"values": {a: va, b: vb}, "unit": "件", "order": order}, rng.choice(["reporter", "researcher", "deputy"]), "two_bodies", [a, b],
        cells=[f"{a}:t3.new.tot", f"{b}:t3.new.tot"])
    n += 1

# ---- whole store: year-on-year of a named body ----
pairs = []
for a in multi:
    rs = sorted(BY_AG[a], key=lambda i: G[i]["year"])
    if len({G[i]["year"] for i in rs}) != len(rs):
        continue
    for x, y in zip(rs, rs[1:]):
        if cell(G[x], "t3.new.tot") is not None and cell(G[y], "t3.new.tot") is not None:
            pairs.append((x, y))
for k, (x, y) in enumerate(pairs):
    gx, gy = G[x], G[y]
    j = k % 3
    q = [f"{gy['agency']}{gy['year']}年新收申请比{gx['year']}年多了几件？", f"{gy['agency']}{gy['year']}年度新收申请数量较{gx['year']}年度增减多少件？", f"{gx['agency']}新收申请{gx['year']}到{gy['year']}年变了多少"][j]
    d = cell(gy, "t3.new.tot") - cell(gx, "t3.new.tot")
    add(q, {}, "change", ["plain", "formal", "voice"][j], {"value": d, "unit": "件"}, rng.choice(["reporter", "deputy", "researcher"]), "year_on_year", [x, y],
        cells=[f"{y}:t3.new.tot", f"{x}:t3.new.tot"], calc=f"{{{y}:t3.new.tot}}-{{{x}:t3.new.tot}}", note="signed later − earlier")

# ---- whole store: unstored year / body ----
years = defaultdict(set)
for i, g in G.items():
    years[g["agency"]].add(g["year"])
n = 0
while n < 18:
    rid = rng.choice(POOL_A + POOL_B); g = G[rid]
    y = 2015 if g["year"] >= 2019 else 2024
    if y in years[g["agency"]]:
        continue
    j = n % 3
    q = [f"{g['agency']}{y}年新收了多少件申请？", f"请提供{g['agency']}{y}年度政府信息公开申请的办理情况。", f"{y}年{g['agency']}收到几件申请"][j]
    add(q, {}, "unanswerable", ["plain", "formal", "voice"][j], {"refuse": True}, rng.choice(["student", "researcher", "citizen"]), "year_not_stored", [], note=f"asked as value: {y} not stored for this body")
    n += 1
for j, (q, ph) in enumerate([("北京市海淀区人民政府2022年新收了多少件信息公开申请？", "plain"), ("请问上海市浦东新区发展和改革委员会2021年度予以公开数量为多少？", "formal"),
                              ("广州市天河区教育局2023年被复议了几次", "voice"), ("拉萨市城关区人民政府2020年结转下年度多少件？", "plain"), ("杭州市西湖区财政局二〇二二年的申请总数是多少", "formal")]):
    allag = "".join(G[i]["agency"] for i in G)
    name = q.split("20")[0].replace("请问", "").replace("二〇二二年的申请总数是多少", "")
    assert name not in allag, name
    add(q, {}, "unanswerable", ph, {"refuse": True}, rng.choice(["citizen", "reporter"]), "body_not_stored", [], note="asked as value: body not stored")

# ---- the report's own text: narrative figures, problems and measures, publisher (scoped) ----
import html as _html
import re


def report_text(g):
    f = ROOT / "eval" / SET_OF[g["id"]] / g["file"]
    if f.suffix not in (".txt", ".md", ".html") or not f.exists():
        return None
    t = f.read_text(encoding="utf-8", errors="ignore")
    if f.suffix == ".html":
        t = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", t, flags=re.S)
        t = _html.unescape(re.sub(r"<[^>]+>", "\n", t))
    return re.sub(r"\s+", "", t)  # "verbatim" ignores whitespace


TEXT = {}
for rid in sorted(POOL_A + POOL_B + POOL_C):
    t = report_text(G[rid])
    if t:
        TEXT[rid] = t


def tpick():
    while True:
        rid = pick()
        if rid in TEXT:
            return rid


NARR = [  # (regex, group of the figure, unit, phrasings)
    (r"主动公开(?:各类)?政府信息(\d+)条", 1, "条", [("plain", "今年主动公开了多少条信息？"), ("formal", "本年度主动公开政府信息数量为多少条？"), ("voice", "报告里说主动公开了几条信息来着")]),
    (r"其中政策文件(\d+)条", 1, "条", [("plain", "主动公开的里面政策文件有几条？"), ("formal", "主动公开信息中政策文件为多少条？"), ("filler", "嗯，正文里政策文件是公开了多少条啊")]),
    (r"政策解读(\d+)篇", 1, "篇", [("plain", "发了几篇政策解读？"), ("formal", "本年度发布政策解读多少篇？"), ("voice", "政策解读今年出了几篇")]),
]
n = 0
tries = 0
while n < 27 and tries < 5000:
    tries += 1
    rid = tpick(); t = TEXT[rid]
    rx, grp, unit, phr = NARR[n % len(NARR)]
    m = re.search(rx, t)
    if not m:
        continue
    ph, q = phr[(n // len(NARR)) % len(phr)]
    add(q, {"report": rid}, "narrative", ph, {"value": int(m.group(grp)), "unit": unit}, rng.choice(["clerk", "deputy", "student", "evaluator"]), "prose_figure", [rid], note="figure of the report's text")
    items[-1]["source_quote"] = m.group(0)
    n += 1

n = 0
tries = 0
PROB = [("plain", "这份报告说自己有什么问题？"), ("formal", "本报告所列存在的主要问题有哪些？"), ("voice", "他们自己说工作上还有啥不足")]
MEAS = [("plain", "下一步打算怎么改进？"), ("formal", "针对存在的问题，本单位提出了哪些改进措施？"), ("filler", "那个，报告最后说要怎么整改来着")]
while n < 14 and tries < 5000:
    tries += 1
    rid = tpick(); t = TEXT[rid]
    k = t.find("五、")
    if k < 0:
        continue
    sec = t[k:k + 600]
    if n % 2 == 0:
        m = re.search(r"(?:存在的主要问题：)?一是([^；。]+)；二是([^；。]+)[；。]", sec)
        ph, q = PROB[(n // 2) % 3]
    else:
        m = re.search(r"改进措施：一是([^；。]+)；二是([^；。]+)[；。]", sec)
        ph, q = MEAS[(n // 2) % 3]
    if not m or "问题" in sec[:4]:
        continue
    add(q, {"report": rid}, "problems", ph, {"contains": [m.group(1), m.group(2)]}, rng.choice(["deputy", "officer", "evaluator", "reporter"]), "problems_measures", [rid])
    items[-1]["source_quote"] = m.group(0)
    n += 1

n = 0
tries = 0
PUB = [("plain", "这份报告是哪个单位发的？"), ("formal", "本年度报告的发布机关是哪个单位？"), ("voice", "这个是谁家的年报")]
while n < 6 and tries < 5000:
    tries += 1
    rid = tpick(); g = G[rid]
    if g["agency"] not in TEXT[rid]:
        continue
    ph, q = PUB[n % 3]
    add(q, {"report": rid}, "narrative", ph, {"contains": [g["agency"]]}, rng.choice(PERSONA_SCOPED), "identity_publisher", [rid], note="the gold agency, printed in the report")
    items[-1]["source_quote"] = g["agency"]
    n += 1

# ---- whole store: a named report whose totals do not balance (H1 fails in the 总计 column) ----
bad = []
for rid in sorted(G):
    g = G[rid]
    if not ok(g) or len([i for i in BY_AG[g["agency"]] if G[i]["year"] == g["year"]]) != 1:
        continue
    a, b, c, d = (cell(g, f"t3.{k}.tot") for k in ("new", "carry_in", "r7", "carry_out"))
    if None not in (a, b, c, d) and a + b != c + d:
        bad.append(rid)
rng.shuffle(bad)
for k, rid in enumerate(bad[:12]):
    g = G[rid]
    a, b, c, d = (cell(g, f"t3.{x}.tot") for x in ("new", "carry_in", "r7", "carry_out"))
    j = k % 3
    q = [f"{g['agency']}{g['year']}年的年报，申请的收和办对得上吗？", f"请核查{g['agency']}{g['year']}年度报告表三：新收加上年结转是否等于办理结果总计加结转下年度？",
         f"{g['year']}年{g['agency']}那张申请表数字平不平"][j]
    add(q, {}, "consistency", ["plain", "formal", "voice"][j],
        {"verdict": "inconsistent", "checks": ["H1"], "values": {f"{rid}:t3.new.tot": a, f"{rid}:t3.carry_in.tot": b, f"{rid}:t3.r7.tot": c, f"{rid}:t3.carry_out.tot": d}},
        rng.choice(["officer", "evaluator"]), "check_defect", [rid], cells=[f"{rid}:t3.new.tot", f"{rid}:t3.carry_in.tot", f"{rid}:t3.r7.tot", f"{rid}:t3.carry_out.tot"],
        note=f"{a}+{b} ≠ {c}+{d}")

for k, it in enumerate(items):
    it["id"] = f"zi{k + 1:04d}"
out = [{"id": it.pop("id"), **it} for it in items]
with open(Path(__file__).with_name("blindzi.jsonl"), "w", encoding="utf-8") as fh:
    for it in out:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(out))
