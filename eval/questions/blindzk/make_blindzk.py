"""Blind bank blindzk: third-party evaluators and researchers over the whole store (see README.md).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzk/make_blindzk.py   # rewrites blindzk.jsonl deterministically

Every expectation is computed here from the gold JSON of eval/wild, eval/wild2 … eval/wild31 (BANKS["blindzk"])."""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from eval.gold import load_gold

ROOT = Path(__file__).resolve().parents[2]
SETS = ("wild", *(f"wild{i}" for i in range(2, 32)))
OUT = Path(__file__).with_name("blindzk.jsonl")

GOLDS, SET_OF = [], {}
for s in SETS:
    for g in load_gold(ROOT / s):
        GOLDS.append(g)
        SET_OF[g["id"]] = s
BYID = {g["id"]: g for g in GOLDS}
PAIRS = Counter((g["agency"], g["year"]) for g in GOLDS)


def province(region: str) -> str:
    for m in ("北京市", "上海市", "天津市", "重庆市"):
        if region.startswith(m):
            return m
    m = re.match(r"^(.+?(?:省|自治区))", region)
    return m.group(1) if m else region[:3]


def readable(g) -> bool:
    return (g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and not g["findings"]
            and not g.get("statements") and PAIRS[(g["agency"], g["year"])] == 1)


# measure → (users' words, cells)
M = {
    "new": ("新收申请", ["t3.new.tot"]),
    "r1": ("予以公开", ["t3.r1.tot"]),
    "r2": ("部分公开", ["t3.r2.tot"]),
    "r3": ("不予公开", [f"t3.r3_{i}.tot" for i in range(1, 9)]),
    "r4": ("无法提供", [f"t3.r4_{i}.tot" for i in range(1, 4)]),
    "r5": ("不予处理", [f"t3.r5_{i}.tot" for i in range(1, 6)]),
    "r7": ("办理结果总计", ["t3.r7.tot"]),
    "carry_out": ("结转下年度", ["t3.carry_out.tot"]),
    "rv": ("行政复议", ["t4.rv.tot"]),
    "lit": ("行政诉讼", ["t4.ld.tot", "t4.lr.tot"]),
}
WORDS = {  # users' words per measure, several phrasings
    "new": ["新收的政府信息公开申请", "本年新收申请量", "FOI申请受理量"],
    "r1": ["予以公开的件数", "全部公开的申请", "同意公开的件数"],
    "r2": ["部分公开的件数", "部分公开数"],
    "r3": ["不予公开的件数", "不予公开总数"],
    "r4": ["无法提供的件数", "无法提供数"],
    "r5": ["不予处理的件数", "不予处理总数"],
    "r7": ["办理结果总计", "办结总量"],
    "carry_out": ["结转到下年度的件数", "结转下年度办理的申请"],
    "rv": ["行政复议案件数", "被申请行政复议的件数"],
    "lit": ["行政诉讼案件数（直接起诉加复议后起诉）", "被提起行政诉讼的总数"],
}
LEVEL_WORDS = {"县级政府": "区县政府", "县级部门": "区县部门", "乡镇": "乡镇（街道）", "市级部门": "市直部门",
               "省级部门": "省直部门", "市级政府": "市级政府"}


def val(g, m):
    cs = M[m][1]
    vs = [(g.get(c.split(".")[0]) or {}).get(c.split(".", 1)[1]) for c in cs]
    if any(v is None for v in vs):
        return None
    return sum(vs)


def cells(rid, m):
    return [f"{rid}:{c}" for c in M[m][1]]


def name(g):
    return g["agency"]


rng = random.Random(20261207)
items: list[dict] = []


def add(q, intent, expect, kind, persona, phrasing, style=None, cells_=None, note=None, previous=None,
        reads=(), calc=None):
    style = style or ("colloquial" if phrasing == "plain" else "formal")
    it = {"q": q, "scope": {}, "intent": intent, "style": style, "expect": expect}
    if cells_:
        it["cells"] = cells_
    if calc:
        it["calc"] = calc
    if previous:
        it["previous"] = previous
    if note:
        it["note"] = note
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    it["sets"] = sorted({SET_OF[r] for r in reads}) or ["store"]
    items.append(it)
    return it


# ---- groups: province × level × year (all reports of the group in the store)
GROUPS = defaultdict(list)
for g in GOLDS:
    GROUPS[(province(g["region"]), g["level"], g["year"])].append(g)


def group_ok(key, m, minn=3):
    gs = GROUPS[key]
    if len(gs) < minn or not all(readable(g) and val(g, m) is not None for g in gs):
        return None
    return gs


def gname(key):
    p, lv, y = key
    return f"{p}{y}年{LEVEL_WORDS[lv]}"


keys = sorted(GROUPS)
PERS = ["researcher", "evaluator", "analyst", "student"]

# 1. ranks top-N / bottom-N
rank_forms = [
    ("在本库收录的{g}年报中，按{w}从高到低排名，前{n}名是哪些？", "formal", False),
    ("{g}的{w} top {n}？列一下数值", "mixed", False),
    ("请对{g}的{w}做排序，给出最少的{n}家。", "formal", True),
    ("评估需要：{g}里{w}最多的是哪一家？", "formal", False),
]
rank_items = []
for key in keys:
    for m in ("new", "r1", "r2", "r3", "carry_out"):
        gs = group_ok(key, m)
        if not gs:
            continue
        rank_items.append((key, m, gs))
rng.shuffle(rank_items)
made = 0
for i, (key, m, gs) in enumerate(rank_items):
    if made >= 36:
        break
    form, ph, low = rank_forms[made % len(rank_forms)]
    n = 1 if "最多的是哪一家" in form else (3 if len(gs) >= 4 else 2)
    vs = sorted(gs, key=lambda g: (val(g, m), g["id"]), reverse=not low)
    # no tie at the cut
    if len(vs) > n and val(vs[n - 1], m) == val(vs[n], m):
        continue
    if n == 1 and val(vs[0], m) == val(vs[1], m):
        continue
    top = vs[:n]
    w = rng.choice(WORDS[m])
    q = form.format(g=gname(key), w=w, n=n)
    add(q, "rank", {"values": {g["id"]: val(g, m) for g in top}, "unit": "件", "order": [g["id"] for g in top]},
        "set_rank", PERS[made % 4], ph, cells_=[c for g in top for c in cells(g["id"], m)],
        note=f"group {key} ({len(gs)} reports, all readable); {'bottom' if low else 'top'}-{n} by {M[m][0]}",
        reads=[g["id"] for g in gs])
    made += 1

# 2. filters with bounds → which_reports ; 3. counts meeting a condition → value 份
filt_forms = [
    ("{g}中，{w}超过{t}件的有哪些单位？", "formal"),
    ("列出{g}里{w}>{t}的年报（N=？）", "mixed"),
    ("{g}，{w}在{t}件以上（不含{t}）的是哪几家？", "plain"),
]
cnt_forms = [
    ("{g}中{w}超过{t}件的年报有几份？", "formal"),
    ("{g}里{w}多于{t}件的单位一共多少家？", "plain"),
    ("统计一下：{g}，{w}>{t}的报告数量（份）。", "mixed"),
]
fi = ci = 0
cand = []
for key in keys:
    for m in ("new", "r1", "r3", "r5"):
        gs = group_ok(key, m, minn=4)
        if gs:
            cand.append((key, m, gs))
rng.shuffle(cand)
for key, m, gs in cand:
    vals = sorted({val(g, m) for g in gs})
    # threshold: a round number giving 1..len-1 reports above
    ts = [t for t in (5, 10, 20, 30, 50, 100, 200) if 0 < sum(val(g, m) > t for g in gs) < len(gs)]
    if not ts:
        continue
    t = ts[len(ts) // 2]
    above = sorted(g["id"] for g in gs if val(g, m) > t)
    w = rng.choice(WORDS[m])
    if fi < 18:
        form, ph = filt_forms[fi % 3]
        add(form.format(g=gname(key), w=w, t=t), "which_reports", {"reports": above}, "set_filter",
            PERS[fi % 4], ph, note=f"group {key}, {len(gs)} reports; {M[m][0]} > {t}", reads=[g["id"] for g in gs])
        if fi % 2 == 1 and len(above) >= 2:
            m2 = "r1" if m != "r1" else "new"
            if all(val(BYID[r], m2) is not None for r in above):
                vs = sorted(above, key=lambda r: (val(BYID[r], m2), r), reverse=True)
                add(["这几家按{w}从高到低排一下", "把这些单位按{w}排序，附数值", "sort these by {w}, desc"][fi // 2 % 3]
                    .format(w=WORDS[m2][fi // 2 % len(WORDS[m2])]), "rank",
                    {"values": {r: val(BYID[r], m2) for r in vs}, "unit": "件", "order": vs}, "followup_resort",
                    PERS[fi % 4], "followup", style="colloquial", previous=items[-1]["q"],
                    cells_=[c for r in vs for c in cells(r, m2)], note=f"the previous answer's set re-sorted by {M[m2][0]}",
                    reads=above)
        fi += 1
    elif ci < 12:
        form, ph = cnt_forms[ci % 3]
        add(form.format(g=gname(key), w=w, t=t), "value", {"value": len(above), "unit": "份"}, "set_count",
            PERS[(ci + 1) % 4], ph, note=f"group {key}, {len(gs)} reports; {M[m][0]} > {t}: {above}",
            reads=[g["id"] for g in gs])
        ci += 1

# 4. zeros → which_reports
zero_forms = [("{g}中，哪些单位全年{w}为0？", "formal"), ("{g}里{w}是零的有哪几家", "plain"),
              ("请列出{g}{w}=0的样本。", "mixed")]
zi = 0
for key, m, gs in cand[::-1]:
    if zi >= 12:
        break
    if m not in ("new", "r3", "r5"):
        continue
    z = sorted(g["id"] for g in gs if val(g, m) == 0)
    if not z or len(z) == len(gs):
        continue
    form, ph = zero_forms[zi % 3]
    add(form.format(g=gname(key), w=WORDS[m][0 if m != "new" else 0]), "which_reports", {"reports": z},
        "set_zero", PERS[zi % 4], ph, note=f"group {key}; {M[m][0]} == 0", reads=[g["id"] for g in gs])
    zi += 1

# 5. pooled share and per-body share
share_forms = [("{g}合计来看，予以公开占办理结果总计的比例是多少？", "formal"),
               ("{g}的予以公开占比（pooled，按件数加总后计算）", "mixed"),
               ("把{g}的年报加总，全部公开的申请占全部办结的百分之几？", "plain")]
si = 0
for key in keys:
    gs = group_ok(key, "r1")
    if not gs or not all(val(g, "r7") is not None for g in gs):
        continue
    num, den = sum(val(g, "r1") for g in gs), sum(val(g, "r7") for g in gs)
    if den < 20 or si >= 12:
        continue
    form, ph = share_forms[si % 3]
    cs = [c for g in gs for c in cells(g["id"], "r1")]
    ds = [c for g in gs for c in cells(g["id"], "r7")]
    add(form.format(g=gname(key)), "share", {"value": round(100 * num / den, 2), "unit": "%", "tol": 0.05},
        "set_share", PERS[si % 4], ph, cells_=cs + ds,
        calc="100*(" + "+".join("{%s}" % c for c in cs) + ")/(" + "+".join("{%s}" % c for c in ds) + ")",
        note=f"pooled over {len(gs)} reports: {num}/{den}", reads=[g["id"] for g in gs])
    si += 1
READ = [g for g in GOLDS if readable(g) and val(g, "r7") and val(g, "r1") is not None and val(g, "r7") >= 10
        and val(g, "r3") is not None]
rng.shuffle(READ)
body_share = [("{a}{y}年年报中，不予公开占办理结果总计的比例？", "formal", "r3"),
              ("{a} {y}年 予以公开率是多少（予以公开/办结总数）", "mixed", "r1"),
              ("{a}{y}年的申请里部分公开占了百分之多少？", "plain", "r2")]
for i, g in enumerate(READ[:12]):
    form, ph, m = body_share[i % 3]
    if val(g, m) is None:
        continue
    num, den = val(g, m), val(g, "r7")
    cs, ds = cells(g["id"], m), cells(g["id"], "r7")
    add(form.format(a=name(g), y=g["year"]), "share", {"value": round(100 * num / den, 2), "unit": "%", "tol": 0.05},
        "body_share", PERS[i % 4], ph, cells_=cs + ds,
        calc="100*(" + "+".join("{%s}" % c for c in cs) + ")/{" + ds[0] + "}", note=f"{num}/{den}", reads=[g["id"]])

# 6. year-over-year, same body
BYAG = defaultdict(dict)
for g in GOLDS:
    if readable(g):
        BYAG[g["agency"]][g["year"]] = g
yoy_forms = [("{a}{y1}年到{y2}年新收申请的变化（{y2}减{y1}）是多少？", "formal", "new"),
             ("{a} 新收申请 YoY：{y2} vs {y1} 增减了多少件", "mixed", "new"),
             ("{a}{y2}年比{y1}年，予以公开多了还是少了？差几件", "plain", "r1"),
             ("{a}{y2}年的不予公开件数较{y1}年变化多少？", "formal", "r3")]
yi = 0
yoy_pairs = []
for a in sorted(BYAG):
    ys = sorted(BYAG[a])
    for y1, y2 in zip(ys, ys[1:]):
        yoy_pairs.append((a, y1, y2))
rng.shuffle(yoy_pairs)
for a, y1, y2 in yoy_pairs:
    if yi >= 20:
        break
    form, ph, m = yoy_forms[yi % 4]
    g1, g2 = BYAG[a][y1], BYAG[a][y2]
    if val(g1, m) is None or val(g2, m) is None or val(g1, m) == val(g2, m):
        continue
    c1, c2 = cells(g1["id"], m), cells(g2["id"], m)
    add(form.format(a=a, y1=y1, y2=y2), "change", {"value": val(g2, m) - val(g1, m), "unit": "件"}, "yoy",
        PERS[yi % 4], ph, cells_=c1 + c2,
        calc="(" + "+".join("{%s}" % c for c in c2) + ")-(" + "+".join("{%s}" % c for c in c1) + ")",
        note=f"{a}: {y1} {val(g1, m)} → {y2} {val(g2, m)}", reads=[g1["id"], g2["id"]])
    yi += 1

# 7. reports that do not add up (gold findings), per province
BAD = defaultdict(list)
ALLP = defaultdict(list)
for g in GOLDS:
    ALLP[province(g["region"])].append(g)
    if any(f.get("kind") == "report_defect" for f in g["findings"]):
        BAD[province(g["region"])].append(g["id"])
bad_forms = [("{p}的年报里，哪些表格数据自相矛盾、加总对不上？", "formal"),
             ("{p}收录的报告中有哪些存在勾稽关系错误（内部数据不一致）？", "formal"),
             ("{p}哪几份年报的表算不平？", "plain")]
bi = 0
for p in sorted(BAD):
    if bi >= 10:
        break
    form, ph = bad_forms[bi % 3]
    add(form.format(p=p), "which_reports", {"reports": sorted(BAD[p])}, "set_defect", ["evaluator", "researcher"][bi % 2],
        ph, note=f"reports of {p} whose gold findings carry a report_defect", reads=BAD[p])
    bi += 1

# 8. two named bodies compared
cmp_forms = [("{a1}和{a2}，{y}年哪家{w}更多？各是多少", "plain", "new"),
             ("对比{y}年{a1}与{a2}的{w}。", "formal", "r1"),
             ("{a1} vs {a2}（{y}年）：{w}", "mixed", "r7")]
pairs = []
for key in keys:
    gs = [g for g in GROUPS[key] if readable(g)]
    if len(gs) >= 2:
        pairs.append((key, gs[0], gs[1]))
rng.shuffle(pairs)
ki = 0
for key, g1, g2 in pairs:
    if ki >= 15:
        break
    form, ph, m = cmp_forms[ki % 3]
    v1, v2 = val(g1, m), val(g2, m)
    if v1 is None or v2 is None or v1 == v2:
        continue
    order = [g1["id"], g2["id"]] if v1 > v2 else [g2["id"], g1["id"]]
    add(form.format(a1=name(g1), a2=name(g2), y=key[2], w=rng.choice(WORDS[m])), "compare",
        {"values": {g1["id"]: v1, g2["id"]: v2}, "unit": "件", "order": order}, "two_bodies", PERS[ki % 4], ph,
        cells_=cells(g1["id"], m) + cells(g2["id"], m), reads=[g1["id"], g2["id"]])
    ki += 1

# 9. distribution of outcomes of one named body
dist_forms = [("{a}{y}年办理结果的分布：予以公开、部分公开、不予公开、无法提供、不予处理各多少件？", "formal"),
              ("{a} {y}年 outcome 分布（予以公开/部分公开/不予公开/无法提供/不予处理）", "mixed"),
              ("{a}{y}年的申请最后都是怎么答复的，按公开、部分公开、不予公开、无法提供、不予处理分别说下数", "plain")]
di = 0
for g in READ[12:]:
    if di >= 9:
        break
    if any(val(g, m) is None for m in ("r1", "r2", "r3", "r4", "r5")):
        continue
    form, ph = dist_forms[di % 3]
    vals = {f"{g['id']}:t3.{m}.tot" if m in ("r1", "r2") else f"{g['id']}:t3.{m}": val(g, m)
            for m in ("r1", "r2", "r3", "r4", "r5")}
    add(form.format(a=name(g), y=g["year"]), "list", {"values": vals, "unit": "件"}, "distribution", PERS[di % 4],
        ph, cells_=[c for m in ("r1", "r2", "r3", "r4", "r5") for c in cells(g["id"], m)],
        note="r3/r4/r5 keys are subtotals: the sums of their sub-rows", reads=[g["id"]])
    di += 1

# 10. store counts: reports per province × year (every stored report)
SC = Counter((province(g["region"]), g["year"]) for g in GOLDS)
sc_forms = [("库里收录了{p}{y}年的年报多少份？", "plain"), ("样本量：{p}、{y}年度，N=？", "mixed"),
            ("请统计本库中{p}{y}年度政府信息公开年报的份数。", "formal")]
for i, ((p, y), n) in enumerate(sorted(SC.items(), key=lambda kv: (-kv[1], kv[0]))[:9]):
    form, ph = sc_forms[i % 3]
    add(form.format(p=p, y=y), "value", {"value": n, "unit": "份"}, "store_count", PERS[i % 4], ph,
        note=f"every stored report of {p} {y}, readable or not",
        reads=[g["id"] for g in GOLDS if province(g["region"]) == p and g["year"] == y])

# 11. follow-ups narrowing / re-sorting a previous set answer
fu = 0
for key, m, gs in rank_items:
    if fu >= 14:
        break
    m2 = {"new": "r1", "r1": "new", "r2": "new", "r3": "new", "carry_out": "new"}[m]
    if not all(val(g, m2) is not None for g in gs) or len(gs) < 4:
        continue
    prev = f"{gname(key)}的{WORDS[m][0]}排个名"
    if fu % 2 == 0:
        vs = sorted(gs, key=lambda g: val(g, m2), reverse=True)
        if val(vs[0], m2) == val(vs[1], m2):
            continue
        add(["换成按{w}排，第一是谁？", "re-sort by {w}，top 1?", "改按{w}排序的话最高的是哪家"][fu // 2 % 3].format(w=WORDS[m2][0]), "rank",
            {"values": {vs[0]["id"]: val(vs[0], m2)}, "unit": "件", "order": [vs[0]["id"]]}, "followup_resort",
            PERS[fu % 4], "followup", style="colloquial", previous=prev, cells_=cells(vs[0]["id"], m2),
            note=f"group {key}; re-sorted by {M[m2][0]}", reads=[g["id"] for g in gs])
    else:
        med = sorted(val(g, m) for g in gs)[len(gs) // 2]
        t = med
        above = sorted(g["id"] for g in gs if val(g, m) > t)
        if not above:
            continue
        add(["只保留其中大于{t}件的", "筛一下，>{t}件的留下", "其中超过{t}件的是哪几家"][fu // 2 % 3].format(t=t), "which_reports", {"reports": above}, "followup_filter", PERS[fu % 4],
            "followup", style="colloquial", previous=prev, note=f"group {key}; {M[m][0]} > {t}",
            reads=[g["id"] for g in gs])
    fu += 1
fy = 0
for key, m, gs in cand:
    if fy >= 8:
        break
    yr = key[2]
    miss = [y for y in (yr - 1, yr - 2, yr + 1) if 2015 <= y and not GROUPS.get((key[0], key[1], y))]
    if not miss:
        continue
    y = miss[0]
    prev = f"{gname(key)}里{WORDS[m][0]}最多的是哪家？"
    add(["那{y}年的同一类单位呢？", "{y}年的呢", "同口径看{y}年呢？"][fy % 3].format(y=y), "unanswerable",
        {"refuse": True}, "followup_year_missing", PERS[fy % 4], "followup", style="colloquial", previous=prev,
        note=f"asked as rank; no {key[0]} {key[1]} report of {y} in the store")
    fy += 1
    fu += 1

# 12. unanswerable
stored_years = {g["year"] for g in GOLDS}
un = 0
for p in sorted(ALLP)[:31]:
    ys = {g["year"] for g in ALLP[p]}
    for y in (2014, 2026):
        if y in ys or un >= 8:
            continue
        add(rng.choice([f"{p}{y}年各区县政府的申请量排名", f"{p}{y}年度年报的FOI申请均值是多少？",
                        f"统计{p}{y}年有几家单位申请量超过100件"]), "unanswerable", {"refuse": True}, "year_missing",
            PERS[un % 4], "formal", note=f"asked as a set statistic; no report of {y} stored")
        un += 1
# province × level with no stored report
lv_miss = []
for p in sorted(ALLP):
    have = {g["level"] for g in ALLP[p]}
    for lv in ("乡镇", "省级部门", "市级政府"):
        if lv not in have:
            lv_miss.append((p, lv))
rng.shuffle(lv_miss)
for i, (p, lv) in enumerate(lv_miss[:10]):
    y = rng.choice([2022, 2023, 2024])
    form = [f"{p}{y}年{LEVEL_WORDS[lv]}新收申请的中位数是多少？", f"{p}{LEVEL_WORDS[lv]}（{y}年）申请量 top 3",
            f"请比较{p}{y}年各{LEVEL_WORDS[lv]}的予以公开率"][i % 3]
    add(form, "unanswerable", {"refuse": True}, "set_missing", PERS[i % 4], "mixed" if "top" in form else "formal",
        note=f"asked as a set statistic; the store holds no {p} {lv} report at all")
# a figure the template does not hold
nohold = ["{g}申请人的年龄结构如何？各年龄段占比多少", "{g}申请人中男女比例是多少？",
          "{g}按申请人户籍地（本地/外地）统计各多少件？", "{g}依申请公开平均每件的办理成本（元）排名前三",
          "{g}申请人的职业分布（学生、退休人员等）占比？", "{g}申请人学历构成的均值/中位数？"]
nk = [k for k in keys if len(GROUPS[k]) >= 3]
rng.shuffle(nk)
for i, k in enumerate(nk[:16]):
    add(nohold[i % len(nohold)].format(g=gname(k)), "unanswerable", {"refuse": True}, "not_in_template",
        PERS[i % 4], "formal", note="asked as a set statistic; the annual-report template has no such figure")
# GF2019 cell asked of GF2021 sets
g21 = [k for k in keys if len(GROUPS[k]) >= 2 and all(g["template"] == "GF2021" for g in GROUPS[k])]
rng.shuffle(g21)
for i, k in enumerate(g21[:6]):
    add(f"{gname(k)}的政府集中采购金额合计多少？", "unanswerable", {"refuse": True}, "other_template", PERS[i % 4],
        "formal", note="asked as sum; GF2021 reports have no 政府集中采购 row")

# ---- ids, checks, write
for n, it in enumerate(items, 1):
    it["id"] = f"zk{n:04d}"
ids = set(BYID)
seen = set()
for it in items:
    assert (it["q"], str(it.get("previous"))) not in seen, it["q"]
    seen.add((it["q"], str(it.get("previous"))))
    e = it["expect"]
    for r in list(e.get("values", {})) + e.get("reports", []) + e.get("order", []):
        assert r.partition(":")[0] in ids, r
    for c in it.get("cells", []):
        rid, _, k = c.rpartition(":")
        t, _, kk = k.partition(".")
        assert BYID[rid][t][kk] is not None, c
    if "value" in e and it.get("cells") and not it.get("calc"):
        s = sum(BYID[c.rpartition(":")[0]][c.rpartition(":")[2].split(".")[0]][c.rpartition(":")[2].split(".", 1)[1]]
                for c in it["cells"])
        assert s == e["value"], it
    if it.get("calc"):
        expr = re.sub(r"\{([^}]+)\}", lambda mm: str(BYID[mm.group(1).rpartition(":")[0]][
            mm.group(1).rpartition(":")[2].split(".")[0]][mm.group(1).rpartition(":")[2].split(".", 1)[1]]), it["calc"])
        assert abs(eval(expr) - e["value"]) <= e.get("tol", 0) + 1e-9, it
KEYS = ["id", "q", "scope", "intent", "style", "expect", "cells", "calc", "previous", "note", "persona", "kind",
        "phrasing", "sets"]
with OUT.open("w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps({k: it[k] for k in KEYS if k in it}, ensure_ascii=False) + "\n")
c = Counter(it["intent"] for it in items)
print(len(items), dict(c), "refuse", sum("refuse" in it["expect"] for it in items))
