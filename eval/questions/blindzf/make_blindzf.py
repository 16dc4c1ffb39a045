"""Blind bank blindzf: the audit — evaluators, 政务公开办 officers, 人大/政协 members (质询).

Every expected value is computed from the gold JSON of eval/wild … eval/wild28. Deterministic:
    PYTHONPATH=. python3 eval/questions/blindzf/make_blindzf.py
"""
from __future__ import annotations

import collections
import glob
import html
import json
import os
import random
import re
import statistics
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).with_name("blindzf.jsonl")
RNG = random.Random(20261207)

G: list[dict] = []
for f in sorted(glob.glob(str(ROOT / "eval/wild*/gold/*.json"))):
    d = json.load(open(f, encoding="utf-8"))
    d["_set"] = Path(f).parent.parent.name
    G.append(d)
BY = {d["id"]: d for d in G}
AY = collections.Counter((d["agency"], d["year"]) for d in G)
AGENCIES = {d["agency"] for d in G}

PROVS = ["广西壮族自治区", "内蒙古自治区", "宁夏回族自治区", "新疆维吾尔自治区", "西藏自治区", "黑龙江省"]


def prov(d):
    r = d["region"]
    for p in PROVS:
        if r.startswith(p):
            return p
    m = re.match(r"^(.{2,3}?[省市])", r)
    return m.group(1) if m else r[:3]


def unique(d):
    return AY[(d["agency"], d["year"])] == 1


def readable(d):
    return d["template"] in ("GF2019", "GF2021") and d.get("tables_recoverable") and unique(d)


R = [d for d in G if readable(d)]


def _decode(b):
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return None


_TEXT: dict[str, str | None] = {}
_CACHE = os.environ.get("ZF_TEXT_CACHE")  # a development shortcut only; the output does not depend on it
if _CACHE and os.path.exists(_CACHE):
    _TEXT = json.load(open(_CACHE, encoding="utf-8"))


def text(d):
    """The report's own text, whitespace removed (None for formats not read here)."""
    if d["id"] in _TEXT:
        return _TEXT[d["id"]]
    path = ROOT / "eval" / d["_set"] / d["file"]
    t = None
    try:
        if d["format"] in ("html", "txt", "markdown"):
            t = _decode(path.read_bytes())
            if t is not None and d["format"] == "html":
                t = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"(?is)<(script|style)[^>]*>.*?</\\1>", "", t)))
        elif d["format"] == "docx":
            import docx
            doc = docx.Document(str(path))
            t = "\n".join(p.text for p in doc.paragraphs)
        elif d["format"] == "pdf":
            from pdfminer.high_level import extract_text
            t = extract_text(str(path))
    except Exception:
        t = None
    _TEXT[d["id"]] = re.sub(r"\s+", "", t) if t else None
    return _TEXT[d["id"]]
LEVEL_WORDS = {"县级部门": "区县部门", "县级政府": "县区政府", "乡镇": "乡镇街道", "市级部门": "市直部门",
               "省级部门": "省直厅局", "市级政府": "市政府"}
RESULT_ROWS19 = ["r1", "r2"] + [f"r3_{i}" for i in range(1, 9)] + [f"r4_{i}" for i in range(1, 4)] + \
    [f"r5_{i}" for i in range(1, 6)] + ["r6"]
RESULT_ROWS21 = RESULT_ROWS19[:-1] + ["r6_1", "r6_2", "r6_3"]


def rows(d):
    return RESULT_ROWS21 if d["template"] == "GF2021" else RESULT_ROWS19


def t3(d, k):
    return d["t3"].get(k)


def has_finding(d, check=None, where=None):
    for x in d.get("findings") or []:
        if (check is None or x["check"] == check) and (where is None or where in x["where"]):
            return True
    return False


def t3_findings(d):
    return any(x["where"].startswith("t3") for x in d.get("findings") or [])


def h1(d):
    ks = ["new.tot", "carry_in.tot", "r7.tot", "carry_out.tot"]
    v = [t3(d, k) for k in ks]
    if any(x is None for x in v):
        return None
    return v[0] + v[1], v[2] + v[3], v


def h3(d):
    vs = [t3(d, f"{r}.tot") for r in rows(d)]
    if any(x is None for x in vs) or t3(d, "r7.tot") is None:
        return None
    return sum(vs), t3(d, "r7.tot")


def h5(d, part="rv"):
    t4 = d.get("t4") or {}
    vs = [t4.get(f"{part}.{k}") for k in ("keep", "fix", "other", "pend")]
    tot = t4.get(f"{part}.tot")
    if any(x is None for x in vs) or tot is None:
        return None
    return sum(vs), tot


def name(d):
    return f"{d['agency']}{d['year']}年"


ITEMS: list[dict] = []


def add(q, intent, expect, persona, kind, phrasing, scope=None, cells=None, calc=None, note=None,
        style=None, previous=None, chain=None, source_quote=None):
    reps = set()
    if scope:
        reps.add(scope)
    for c in cells or []:
        if ":" in c:
            reps.add(c.split(":")[0])
    for k in (expect.get("values") or {}):
        if k in BY:
            reps.add(k)
    reps |= set(expect.get("reports", []))
    for r in reps:
        assert r in BY, r
    it = {"id": f"zf{len(ITEMS) + 1:04d}", "q": q, "scope": {"report": scope} if scope else {},
          "intent": intent, "style": style or ("formal" if phrasing in ("zhixun", "formal", "demand") else "colloquial"),
          "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if source_quote:
        it["source_quote"] = source_quote
    if previous:
        it["previous"] = previous
    it["note"] = note or kind
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    it["sets"] = sorted({BY[r]["_set"] for r in reps}) or ["store"]
    if chain:
        it["chain"] = chain
    ITEMS.append(it)
    return it


def pick(seq, n):
    seq = list(seq)
    RNG.shuffle(seq)
    return seq[:n]


# ---------------------------------------------------------------- 1. balance checks on one report
H1_ASK = [
    ("plain", "scoped", "表三的账平不平？新收加上年结转，等不等于办结总数加结转下年？"),
    ("plain", "store", "{n}的年报，表三新收加结转等不等于办结加结转下年度？把数列一下"),
    ("zhixun", "store", "据{n}政府信息公开工作年度报告，请问其表三中“本年新收”与“上年结转”之和，是否等于“总计”与“结转下年度继续办理”之和？请给出两边的数字。"),
    ("demand", "scoped", "核一下这份报告的申请数能不能对上：收进来的（新收+上年结转）和处理掉的（总计+结转下年）各是多少，相等吗？"),
    ("evaluator", "store", "第三方评估核查：{n}报告表三收支平衡吗（新收+上年结转 vs 办理结果总计+结转下年）"),
]
H3_ASK = [
    ("plain", "scoped", "表三各项办理结果加起来，跟（七）总计对得上吗？"),
    ("zhixun", "store", "{n}年报表三所列各类办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）合计是否与“总计”一致？请列明数字。"),
    ("plain", "store", "{n}表三的办理结果小项加总和总计那栏一样不一样？"),
    ("demand", "scoped", "帮我验一下表三：结果各行求和是多少，印的总计是多少，对不对得上"),
]
H5_ASK = [
    ("plain", "scoped", "表四行政复议那块合计对吗？维持、纠正、其他、未审结加起来等于总计吗"),
    ("zhixun", "store", "据{n}年报表四，行政复议的结果维持、结果纠正、其他结果、尚未审结四项之和是否等于所填总计？请给出数字。"),
    ("plain", "store", "{n}表四复议总计是不是算错了？"),
]


def balance_items():
    out = []
    cand = [d for d in R]
    # H1
    inc = [d for d in cand if h1(d) and h1(d)[0] != h1(d)[1]]
    con = [d for d in cand if h1(d) and h1(d)[0] == h1(d)[1] and not d.get("findings")]
    for d in inc:
        assert has_finding(d, "H1", "column tot") or has_finding(d, "H2"), d["id"]
    sel = [(d, "inconsistent") for d in pick(inc, 15)] + [(d, "consistent") for d in pick(con, 13)]
    RNG.shuffle(sel)
    for i, (d, v) in enumerate(sel):
        ph, sc, tmpl = H1_ASK[i % len(H1_ASK)]
        a, b, raw = h1(d)
        add(tmpl.format(n=name(d)), "consistency",
            {"verdict": v, "checks": ["H1"], "values": {"新收+上年结转": a, "总计+结转下年": b}},
            RNG.choice(["evaluator", "office", "office", "deputy"]) if ph != "zhixun" else "deputy",
            "balance H1", ph, scope=d["id"] if sc == "scoped" else None,
            cells=[("" if sc == "scoped" else d["id"] + ":") + "t3." + k for k in ("new.tot", "carry_in.tot", "r7.tot", "carry_out.tot")],
            note=f"H1 tot column: {raw[0]}+{raw[1]} vs {raw[2]}+{raw[3]}")
    # H3
    inc = [d for d in cand if h3(d) and h3(d)[0] != h3(d)[1]]
    con = [d for d in cand if h3(d) and h3(d)[0] == h3(d)[1] and not d.get("findings")]
    for d in inc:
        assert has_finding(d), d["id"]
    sel = [(d, "inconsistent") for d in pick(inc, 8)] + [(d, "consistent") for d in pick(con, 8)]
    RNG.shuffle(sel)
    for i, (d, v) in enumerate(sel):
        ph, sc, tmpl = H3_ASK[i % len(H3_ASK)]
        s, t = h3(d)
        add(tmpl.format(n=name(d)), "consistency",
            {"verdict": v, "checks": ["H3"], "values": {"办理结果各项之和": s, "总计": t}},
            "deputy" if ph == "zhixun" else RNG.choice(["evaluator", "office"]), "balance H3", ph,
            scope=d["id"] if sc == "scoped" else None,
            cells=[("" if sc == "scoped" else d["id"] + ":") + "t3.r7.tot"], note=f"H3 tot column: rows sum {s} vs 总计 {t}")
    # H5
    inc = [d for d in cand if h5(d) and h5(d)[0] != h5(d)[1]]
    con = [d for d in cand if h5(d) and h5(d)[0] == h5(d)[1] and h5(d)[1] > 0 and not d.get("findings")]
    for d in inc:
        assert has_finding(d, "H5", "t4.rv"), d["id"]
    sel = [(d, "inconsistent") for d in pick(inc, 8)] + [(d, "consistent") for d in pick(con, 7)]
    RNG.shuffle(sel)
    for i, (d, v) in enumerate(sel):
        ph, sc, tmpl = H5_ASK[i % len(H5_ASK)]
        s, t = h5(d)
        add(tmpl.format(n=name(d)), "consistency",
            {"verdict": v, "checks": ["H5"], "values": {"四项之和": s, "复议总计": t}},
            "deputy" if ph == "zhixun" else RNG.choice(["evaluator", "office", "lawyer"]), "balance H5 t4", ph,
            scope=d["id"] if sc == "scoped" else None,
            cells=[("" if sc == "scoped" else d["id"] + ":") + "t4.rv." + k for k in ("keep", "fix", "other", "pend", "tot")],
            note=f"H5 t4.rv: parts {s} vs 总计 {t}")


# ---------------------------------------------------------------- 2. which reports of a set carry a finding
def groups(key):
    g = collections.defaultdict(list)
    for d in R:
        g[key(d)].append(d)
    return g


def set_items():
    by_py = groups(lambda d: (prov(d), d["year"]))
    ok = [(k, v) for k, v in sorted(by_py.items()) if len(v) >= 3]
    with_t3 = [(k, v) for k, v in ok if any(t3_findings(d) for d in v)]
    without = [(k, v) for k, v in ok if not any(d.get("findings") for d in v)]
    W = [("plain", "{p}{y}年的报告里，哪些表三对不上？"),
         ("zhixun", "请列出{p}{y}年度政府信息公开年报中，表三（依申请公开情况）数字存在不平衡或合计错误的报告。"),
         ("demand", "把{p}{y}年表三有错账的年报列出来，给出处"),
         ("evaluator", "评估{p}{y}年这批年报，表三逻辑校验不通过的是哪几份？")]
    C = [("plain", "{p}{y}年的年报里有几份表三数字有问题？"),
         ("zhixun", "请问{p}{y}年度的年报中，表三存在数据勾稽错误的共有几份？"),
         ("evaluator", "{p}{y}年这些报告，表三校验没通过的有多少份")]
    ALL = collections.defaultdict(list)
    for d in G:
        ALL[(prov(d), d["year"])].append(d)
    for i, ((p, y), v) in enumerate(with_t3[:11]):
        bad = sorted(d["id"] for d in ALL[(p, y)] if t3_findings(d))
        ph, t = W[i % len(W)]
        add(t.format(p=p, y=y), "which_reports", {"reports": bad}, "evaluator" if ph != "zhixun" else "deputy",
            "which t3 findings in province-year", ph,
            note=f"{p} {y}: {len(v)} readable reports, t3 findings in gold: {len(bad)}")
    for i, ((p, y), v) in enumerate(with_t3[11:17] + without[:5]):
        bad = sorted(d["id"] for d in ALL[(p, y)] if t3_findings(d))
        ph, t = C[i % len(C)]
        add(t.format(p=p, y=y), "which_reports", {"value": len(bad), "unit": "份"}, "evaluator", "count t3 findings",
            ph, note=f"{p} {y}: {len(v)} readable reports; with t3 finding: {bad}")
    # t4
    t4b = [(k, v) for k, v in ok if any(x["where"].startswith("t4") for d in v for x in d.get("findings") or [])]
    T = [("plain", "{p}{y}年哪些报告表四（复议诉讼）的总计填错了？"),
         ("zhixun", "请指出{p}{y}年度年报中，表四行政复议或行政诉讼总计与分项之和不符的报告。"),
         ("demand", "列出{p}{y}年表四合计不对的单位")]
    for i, ((p, y), v) in enumerate(t4b[:6]):
        bad = sorted(d["id"] for d in ALL[(p, y)] if any(x["where"].startswith("t4") for x in d.get("findings") or []))
        ph, t = T[i % len(T)]
        add(t.format(p=p, y=y), "which_reports", {"reports": bad}, "lawyer" if ph == "plain" else "evaluator",
            "which t4 findings", ph, note=f"{p} {y}: t4 findings {bad}")
    # old template late
    add("2021年以后的年报里，还有谁在用2019版的老表格（有政府集中采购那种）？", "which_reports",
        {"reports": sorted(d["id"] for d in G if d["template"] == "GF2019" and d["year"] >= 2021)},
        "evaluator", "template late", "plain", note="GF2019 with year ≥ 2021 in gold")
    add("请问库中2021年度及以后的报告，仍沿用2019版格式（含“政府集中采购”栏目）的有几份？", "which_reports",
        {"value": sum(1 for d in G if d["template"] == "GF2019" and d["year"] >= 2021), "unit": "份"},
        "evaluator", "template late", "formal", note="GF2019 with year ≥ 2021")
    n19 = [d for d in G if d["template"] == "GF2019" and prov(d) == "湖南省"]
    add("湖南省的报告里按2019版模板填报的有哪些？", "which_reports", {"reports": sorted(d["id"] for d in n19)},
        "evaluator", "template set", "plain", note="gold template GF2019, region 湖南省")
    legacy = [d for d in G if d["template"] == "LEGACY" and prov(d) == "湖南省"]
    add("湖南省有几份是2019年新条例之前的老格式年报？", "which_reports", {"value": len(legacy), "unit": "份"},
        "researcher", "template legacy count", "plain", note=f"LEGACY 湖南省: {sorted(d['id'] for d in legacy)}")
    for p in ["浙江省", "江西省"]:
        legacy = [d for d in G if d["template"] == "LEGACY" and prov(d) == p]
        add(f"{p}的年报里哪些是旧条例时期的（没有新版三张表）？", "which_reports",
            {"reports": sorted(d["id"] for d in legacy)}, "researcher", "template legacy", "plain",
            note="gold template LEGACY")


# ---------------------------------------------------------------- 3. one body over its years
def yoy_items():
    ag = collections.defaultdict(list)
    for d in R:
        ag[d["agency"]].append(d)
    pairs = []
    for a, v in sorted(ag.items()):
        v = sorted(v, key=lambda d: d["year"])
        for x, y in zip(v, v[1:]):
            pairs.append((x, y))
    for x, y in pairs:
        ci, co = t3(y, "carry_in.tot"), t3(x, "carry_out.tot")
        if y["year"] - x["year"] == 1 and ci is not None and co is not None:
            v = "consistent" if ci == co else "inconsistent"
            add(f"今年表三的上年结转，和去年报告里的结转下年度对得上吗？", "consistency",
                {"verdict": v, "checks": ["S1"], "values": {"今年上年结转": ci, "去年结转下年度": co}},
                "office", "S1 year over year", "plain", scope=y["id"],
                cells=["t3.carry_in.tot", f"{x['id']}:t3.carry_out.tot"], note="S1")
            add(f"据{name(y)}年报，上年结转申请数与其{x['year']}年报所载结转下年度继续办理数是否一致？请列明。",
                "consistency", {"verdict": v, "checks": ["S1"], "values": {"上年结转": ci, "结转下年度": co}},
                "deputy", "S1 year over year", "zhixun",
                cells=[f"{y['id']}:t3.carry_in.tot", f"{x['id']}:t3.carry_out.tot"], note="S1")
        a, b = t3(x, "new.tot"), t3(y, "new.tot")
        if a is not None and b is not None:
            k = len(ITEMS) % 3
            add([f"{x['agency']}{y['year']}年新收申请比{x['year']}年多了还是少了？差多少件",
                 f"请问{x['agency']}{y['year']}年度本年新收申请数较{x['year']}年度增减多少件？",
                 f"{x['agency']}新收申请 {x['year']}→{y['year']} 变化了多少，给个带正负号的数"][k], "change",
                {"value": b - a, "unit": "件"}, "researcher", "change new", ["plain", "zhixun", "demand"][k],
                cells=[f"{y['id']}:t3.new.tot", f"{x['id']}:t3.new.tot"], calc=f"{b}-{a}",
                note=f"{y['year']} {b} − {x['year']} {a}")
            k = len(ITEMS) % 3
            add([f"{x['agency']}{x['year']}年和{y['year']}年，哪一年新收的申请多？列出两年数字",
                 f"{x['agency']}这两年（{x['year']}、{y['year']}）哪年申请最多？",
                 f"请比较{x['agency']}{x['year']}年度与{y['year']}年度的本年新收申请数，按从高到低排列。"][k], "compare",
                {"values": {x["id"]: a, y["id"]: b}, "unit": "件",
                 "order": [x["id"], y["id"]] if a >= b else [y["id"], x["id"]]},
                "evaluator", "compare years", ["demand", "plain", "zhixun"][k], note="new.tot")
            if y["year"] - x["year"] > 1:
                gap = x["year"] + 1
                add(f"{x['agency']}{gap}年新收了多少申请？", "unanswerable", {"refuse": True}, "evaluator",
                    "year not stored", "plain", note=f"asked as value; stored years {x['year']} and {y['year']} only")
            else:
                add(f"去年新收多少件？", "value", {"value": a, "unit": "件"}, "office", "last year value", "plain",
                    scope=y["id"], cells=[f"{x['id']}:t3.new.tot"], note=f"去年 = {x['id']}")
        rv1, rv2 = (x.get("t4") or {}).get("rv.tot"), (y.get("t4") or {}).get("rv.tot")
        if rv1 is not None and rv2 is not None and not x.get("findings") and not y.get("findings"):
            k = len(ITEMS) % 3
            add([f"{x['agency']}连续两年（{x['year']}、{y['year']}）被申请行政复议各几件？",
                 f"请列出{x['agency']}{x['year']}年至{y['year']}年各年度因政府信息公开被申请行政复议的件数。",
                 f"{x['agency']}历年复议数，{x['year']}和{y['year']}，列出来"][k], "trend",
                {"values": {x["id"]: rv1, y["id"]: rv2}, "unit": "件"}, "lawyer", "trend rv", ["plain", "zhixun", "demand"][k],
                note="t4 rv.tot")


# ---------------------------------------------------------------- 4. rates, extremes, rank over a set
def rate_items():
    ok = [d for d in R if not d.get("findings") and (d.get("t4") or {}).get("rv.tot") and d["t4"].get("rv.fix") is not None]
    sel = pick(ok, 12)
    W = ["{n}的行政复议纠错率是多少？", "请问{n}年报中行政复议结果纠正件数占复议总数的比例（纠错率）是多少？",
         "算一下{n}复议被纠正的比例"]
    for i, d in enumerate(sel):
        fix, tot = d["t4"]["rv.fix"], d["t4"]["rv.tot"]
        add(W[i % 3].format(n=name(d)), "share", {"value": round(100 * fix / tot, 2), "unit": "%", "tol": 0.05},
            "evaluator" if i % 3 != 1 else "deputy", "rate 复议纠错率", ["plain", "zhixun", "demand"][i % 3],
            cells=[f"{d['id']}:t4.rv.fix", f"{d['id']}:t4.rv.tot"],
            calc=f"100*{{{d['id']}:t4.rv.fix}}/{{{d['id']}:t4.rv.tot}}", note=f"{fix}/{tot}")
    # 办结率 = 总计 / (新收+上年结转)
    ok = [d for d in R if not d.get("findings") and h1(d) and h1(d)[0] > 0 and h1(d)[2][3] > 0]
    W = ["这份报告的办结率多少？（办理结果总计除以新收加上年结转）", "{n}当年申请的办结率是多少（总计÷(新收+上年结转)）？",
         "请问{n}依申请公开办结比例为多少？按（七）总计除以本年新收与上年结转之和计算。"]
    for i, d in enumerate(pick(ok, 9)):
        a, b, raw = h1(d)
        sc = d["id"] if i % 3 == 0 else None
        add(W[i % 3].format(n=name(d)), "ratio", {"value": round(100 * raw[2] / a, 2), "unit": "%", "tol": 0.05},
            ["office", "evaluator", "deputy"][i % 3], "rate 办结率", ["plain", "plain", "zhixun"][i % 3], scope=sc,
            cells=[("" if sc else d["id"] + ":") + "t3." + k for k in ("r7.tot", "new.tot", "carry_in.tot")],
            note=f"{raw[2]}/({raw[0]}+{raw[1]})")
    # extremes over province × level × year on new.tot
    g = groups(lambda d: (prov(d), d["level"], d["year"]))
    good = [(k, v) for k, v in sorted(g.items()) if len(v) >= 4 and all(t3(d, "new.tot") is not None for d in v)]
    RNG.shuffle(good)
    for i, ((p, lv, y), v) in enumerate(good[:18]):
        vals = {d["id"]: t3(d, "new.tot") for d in v}
        srt = sorted(vals, key=lambda k: -vals[k])
        lw = LEVEL_WORDS[lv]
        form = i % 6
        if form == 0 and vals[srt[0]] != vals[srt[1]]:
            add(f"{p}{y}年的{lw}里，谁新收申请最多？多少件", "rank",
                {"values": {srt[0]: vals[srt[0]]}, "unit": "件", "order": [srt[0]]}, "evaluator", "max in set", "plain",
                note=f"{len(v)} reports")
        elif form == 1 and vals[srt[-1]] != vals[srt[-2]]:
            add(f"请问{p}{y}年度{lw}中本年新收申请最少的是哪一家？", "rank",
                {"values": {srt[-1]: vals[srt[-1]]}, "unit": "件", "order": [srt[-1]]}, "deputy", "min in set", "zhixun",
                note=f"{len(v)} reports")
        elif form == 2:
            add(f"{p}{y}年{lw}新收申请的平均数是多少（按每份报告平均）？", "ratio",
                {"value": round(sum(vals.values()) / len(vals), 2), "unit": "件", "tol": 0.05}, "researcher",
                "mean in set", "plain", note=f"mean over {len(v)} reports: {sorted(vals.values())}")
        elif form == 3:
            add(f"{p}{y}年{lw}的新收申请数取中位数，直接给数", "ratio",
                {"value": statistics.median(vals.values()), "unit": "件", "tol": 0.05}, "evaluator",
                "median in set", "demand", note=f"median over {len(v)}: {sorted(vals.values())}")
        elif form == 4:
            top = srt[:3]
            if len(srt) > 3 and vals[srt[2]] == vals[srt[3]]:
                continue
            add(f"把{p}{y}年{lw}按新收申请从高到低排前三，列出来", "rank",
                {"values": {k: vals[k] for k in top}, "unit": "件", "order": top}, "evaluator", "top3", "demand",
                note=f"{len(v)} reports")
        else:
            d = v[len(v) // 2]
            rank = 1 + sum(1 for k in vals if vals[k] > vals[d["id"]])
            if sum(1 for k in vals if vals[k] == vals[d["id"]]) > 1:
                continue
            add(f"在{p}{y}年的{lw}里，这家新收申请量排第几（从多到少）？", "rank", {"value": rank, "unit": "名"},
                "office", "rank of body", "plain", scope=d["id"], cells=["t3.new.tot"],
                note=f"{vals[d['id']]} among {sorted(vals.values(), reverse=True)}")


# ---------------------------------------------------------------- 5. 质询: pointed questions with context
def zhixun_items():
    ok = [d for d in R if not d.get("findings") and t3(d, "new.tot") and all(t3(d, f"r3_{i}.tot") is not None for i in range(1, 9))]
    ok = [d for d in ok if sum(t3(d, f"r3_{i}.tot") for i in range(1, 9)) > 0]
    LBL = {1: "属于国家秘密", 2: "其他法律行政法规禁止公开", 3: "危及“三安全一稳定”", 4: "保护第三方合法权益",
           5: "属于三类内部事务信息", 6: "属于四类过程性信息", 7: "属于行政执法案卷", 8: "属于行政查询事项"}
    for i, d in enumerate(pick(ok, 10)):
        vals = {f"{d['id']}:t3.r3_{k}.tot": t3(d, f"r3_{k}.tot") for k in range(1, 9) if t3(d, f"r3_{k}.tot")}
        tot = sum(vals.values())
        if i % 2 == 0:
            add(f"据{name(d)}政府信息公开工作年度报告，该单位本年新收政府信息公开申请{t3(d, 'new.tot')}件。请问其中决定不予公开的共多少件？",
                "value", {"value": tot, "unit": "件"}, "deputy", "zhixun 不予公开", "zhixun",
                cells=[f"{d['id']}:t3.r3_{k}.tot" for k in range(1, 9)], note="sum of r3_1..8")
        else:
            k = i // 2 % 2
            add([f"据{name(d)}年报，本年新收申请{t3(d, 'new.tot')}件。请逐项列出不予公开的理由及对应件数，给出处。",
                 f"{name(d)}不予公开的都是因为啥？每种理由几件"][k],
                "list", {"values": vals, "unit": "件"}, "deputy", "zhixun 不予公开 list", ["zhixun", "plain"][k],
                cells=list(vals), note="non-zero r3 rows: " + ", ".join(LBL[int(k.split('r3_')[1].split('.')[0])] for k in vals))
    ok = [d for d in R if not d.get("findings") and d.get("t4") and all(v is not None for v in d["t4"].values())
          and (d["t4"].get("rv.tot") or 0) + (d["t4"].get("ld.tot") or 0) + (d["t4"].get("lr.tot") or 0) > 0]
    for i, d in enumerate(pick(ok, 10)):
        t4 = d["t4"]
        if i % 4 == 2:
            add("表四复议、直接起诉、复议后起诉三个总数分别多少？按顺序列出来", "list",
                {"values": {"t4.rv.tot": t4["rv.tot"], "t4.ld.tot": t4["ld.tot"], "t4.lr.tot": t4["lr.tot"]},
                 "unit": "件"}, "lawyer", "t4 list", "demand", scope=d["id"], cells=["t4.rv.tot", "t4.ld.tot", "t4.lr.tot"])
        elif i % 4 == 0:
            add(f"贵单位{d['year']}年年报显示存在因政府信息公开引发的复议诉讼。请问行政复议、未经复议直接起诉、复议后起诉各多少件？",
                "list", {"values": {"t4.rv.tot": t4["rv.tot"], "t4.ld.tot": t4["ld.tot"], "t4.lr.tot": t4["lr.tot"]},
                         "unit": "件"}, "deputy", "zhixun t4 list", "zhixun", scope=d["id"],
                cells=["t4.rv.tot", "t4.ld.tot", "t4.lr.tot"], note="t4 totals")
        else:
            add(f"就{name(d)}年报：该单位因信息公开被提起行政诉讼（含直接起诉和复议后起诉）合计多少件，其中被纠正的多少件？",
                "list", {"values": {"诉讼合计": t4["ld.tot"] + t4["lr.tot"],
                                    "诉讼被纠正": t4["ld.fix"] + t4["lr.fix"]}, "unit": "件"},
                "deputy", "zhixun litigation", "zhixun", cells=[f"{d['id']}:t4.ld.tot", f"{d['id']}:t4.lr.tot"],
                note=f"ld {t4['ld.tot']} + lr {t4['lr.tot']}; fix {t4['ld.fix']}+{t4['lr.fix']}")
    # form: year of the report, which set
    for i, d in enumerate(pick(R, 6)):
        add(["这份年报是哪一年度的？", "这是几几年的报告", "请问本报告所属年度？"][i % 3], "value",
            {"value": d["year"], "unit": "年"}, "office", "form year", ["plain", "plain", "formal"][i % 3], scope=d["id"],
            note="gold year")


# ---------------------------------------------------------------- 6. single cells an auditor checks
def cell_items():
    specs = [("carry_out.tot", "结转到下一年还没办完的申请有多少", "请问本年度结转下年度继续办理的申请件数？"),
             ("r4_1.tot", "说本机关没有这个信息的（无法提供-不存在）有几件", "年报中“本机关不掌握相关政府信息”的办理结果共多少件？"),
             ("r5_1.tot", "信访举报投诉类的申请不予处理了几件", "请问因“信访举报投诉类申请”而不予处理的有多少件？"),
             ("carry_in.tot", "从上一年结转过来的有几件", "上年结转政府信息公开申请数量为多少？")]
    ok = [d for d in R if not d.get("findings")]
    for i, d in enumerate(pick(ok, 12)):
        k, c, f = specs[i % 4]
        v = t3(d, k)
        if v is None:
            continue
        if i % 2 == 0:
            add(c + "？", "value", {"value": v, "unit": "件"}, "office", "cell", "plain", scope=d["id"], cells=["t3." + k])
        else:
            add(f"{name(d)}：" + f, "value", {"value": v, "unit": "件"}, "evaluator", "cell", "formal",
                cells=[f"{d['id']}:t3.{k}"])


# ---------------------------------------------------------------- 7. unanswerable
def refuse_items():
    ok = pick(R, 120)
    U = [("这个单位信息公开做得好不好？给个评价", "opinion", ["优秀", "良好"]),
         ("请问该单位信息公开工作在全省考核中排第几名？", "provincial ranking", ["排名", "第一名", "名次"]),
         ("办信息公开的专职人员有几个？", "staff", ["专职", "兼职", "编制", "人员"]),
         ("今年信息公开工作经费花了多少钱？", "budget", ["经费", "预算", "资金"]),
         ("群众对依申请公开答复的满意度是多少？", "satisfaction", ["满意"]),
         ("申请人里男的女的各多少？", "applicant sex", ["性别", "男性", "女性"]),
         ("平均多少天答复一件申请？", "average reply days", ["平均", "天"]),
         ("据贵单位年报，请问依申请公开的逾期答复件数是多少，逾期原因为何？", "overdue count", ["逾期"]),
         ("门户网站全年访问量多少？", "site visits", ["访问", "浏览", "点击"]),
         ("申请人年龄结构怎么样？老年人占多少", "applicant age", ["年龄", "老年"]),
         ("被复议纠正以后有没有追责？追了几个人？", "accountability", ["追责", "问责", "责任追究"]),
         ("下一年预计会收到多少申请？", "forecast", ["预计"])]
    ok = [d for d in ok if text(d)]
    j = 0
    for i in range(24):
        q, what, words = U[i % len(U)]
        while any(w in text(ok[j]) for w in words):
            j += 1
        d = ok[j]
        j += 1
        add(q, "unanswerable", {"refuse": True}, RNG.choice(["evaluator", "deputy", "office"]), "refuse " + what,
            "zhixun" if q.startswith("据") else "plain", scope=d["id"], note=f"asked as {what}: no report gives it")
    for i, d in enumerate(ok[j:j + 8]):
        add(f"{d['agency']}{max(d['year'], 2025) + 1}年的年报里新收申请多少？", "unanswerable", {"refuse": True},
            "deputy", "future year", "plain", note="asked as value; future year, not stored")
    # legacy / image tables: balance questions cannot be read
    bad = [d for d in G if unique(d) and (d["template"] == "LEGACY" or not d.get("tables_recoverable"))]
    for i, d in enumerate(pick(bad, 8)):
        add(["{n}年报表三的账平不平？", "请问{n}年报表四行政复议总计与分项是否相符？"][i % 2].format(n=name(d)),
            "unanswerable", {"refuse": True}, "evaluator", "no readable table", ["plain", "zhixun"][i % 2],
            note=f"asked as consistency; template {d['template']}, tables_recoverable {d.get('tables_recoverable')}")
    fake = ["湖南省长沙市岳麓区气象局", "江西省赣州市章贡区档案馆", "浙江省杭州市西湖区机关事务管理局",
            "山西省太原市小店区地震局", "贵州省遵义市汇川区供销合作社联合社"]
    for f in fake:
        assert f not in AGENCIES and not any(a.endswith(f[-5:]) and a[:4] == f[:4] for a in AGENCIES)
        add(f"请核查{f}2023年年报表三是否平衡，并列出数字。", "unanswerable", {"refuse": True}, "evaluator", "body not stored", "demand",
            note="asked as consistency; agency not in store")


# ---------------------------------------------------------------- 8. chats: set → body → cell → check
def chat_items():
    by_py = groups(lambda d: (prov(d), d["year"]))
    ok = [(k, v) for k, v in sorted(by_py.items()) if 3 <= len(v) <= 40 and any(has_finding(d, "H1", "column tot") for d in v)]
    for (p, y), v in ok[:8]:
        bad = sorted((d for d in v if has_finding(d, "H1", "column tot") and h1(d)), key=lambda d: d["id"])
        if not bad:
            continue
        d = bad[0]
        q1 = f"{p}{y}年有几份报告？"
        n_all = sum(1 for x in G if prov(x) == p and x["year"] == y)
        i1 = add(q1, "which_reports", {"value": n_all, "unit": "份"}, "evaluator", "chat set count", "plain",
                 note="all stored reports of province-year", chain=[q1])
        q2 = f"其中{d['agency']}的表三平不平？新收加上年结转是多少，总计加结转下年是多少？"
        a, b, raw = h1(d)
        add(q2, "consistency", {"verdict": "inconsistent", "checks": ["H1"], "values": {"新收+上年结转": a, "总计+结转下年": b}},
            "evaluator", "chat H1", "followup", previous=q1, cells=[f"{d['id']}:t3.new.tot"], chain=[q1, q2],
            note=f"{raw}")
        q3 = "那它结转下年度的是几件？"
        add(q3, "value", {"value": raw[3], "unit": "件"}, "evaluator", "chat cell", "followup", previous=[q1, q2],
            cells=[f"{d['id']}:t3.carry_out.tot"], chain=[q1, q2, q3])
    # body chats: cell → check
    okb = [d for d in R if not d.get("findings") and h1(d) and h1(d)[0] > 0]
    for d in pick(okb, 8):
        a, b, raw = h1(d)
        q1 = f"{name(d)}本年新收申请多少件？"
        add(q1, "value", {"value": raw[0], "unit": "件"}, "office", "chat cell", "plain", cells=[f"{d['id']}:t3.new.tot"],
            chain=[q1])
        q2 = "办理结果总计呢？"
        add(q2, "value", {"value": raw[2], "unit": "件"}, "office", "chat cell", "followup", previous=q1,
            cells=[f"{d['id']}:t3.r7.tot"], chain=[q1, q2])
        q3 = "加上上年结转和结转下年，这两边平吗？"
        add(q3, "consistency", {"verdict": "consistent", "checks": ["H1"], "values": {"新收+上年结转": a, "总计+结转下年": b}},
            "office", "chat H1", "followup", previous=[q1, q2], cells=[f"{d['id']}:t3.carry_in.tot"], chain=[q1, q2, q3])


def narrative_items():
    pat = re.compile(r"(?:收到|受理|接收)[^。；，,]{0,20}?申请(?:共|合计)?(\d+)件")
    hits = []
    for d in R:
        t = text(d)
        if not t or d.get("findings"):
            continue
        m = list(pat.finditer(t))
        if len(m) == 1 and t3(d, "new.tot") is not None:
            hits.append((d, m[0].group(0), int(m[0].group(1))))
    RNG.shuffle(hits)
    W = [("plain", "scoped", "正文里说收到多少申请？表三里新收是多少？两个对得上吗"),
         ("zhixun", "store", "据{n}年报正文所述的收到申请数，与其表三“本年新收政府信息公开申请数量”是否一致？请分别给出。"),
         ("demand", "scoped", "核对正文和表格：正文写的申请数、表里的本年新收，各是多少，给出原文"),
         ("plain", "store", "{n}的报告文字部分说收到的申请数，跟表里新收的一样吗？")]
    for i, (d, quote, n) in enumerate(hits[:14]):
        ph, sc, tmpl = W[i % 4]
        v = t3(d, "new.tot")
        add(tmpl.format(n=name(d)), "consistency",
            {"verdict": "consistent" if n == v else "inconsistent", "checks": ["S2"], "values": {"正文": n, "表三新收": v}},
            "deputy" if ph == "zhixun" else RNG.choice(["evaluator", "office"]), "prose vs table", ph,
            scope=d["id"] if sc == "scoped" else None,
            cells=[("" if sc == "scoped" else d["id"] + ":") + "t3.new.tot"],
            source_quote=quote if sc == "scoped" else {d["id"]: quote}, note=f"prose {n} vs t3.new.tot {v}")
    for i, (d, quote, n) in enumerate(hits[16:26]):
        sc = d["id"] if i % 2 == 0 else None
        k = i % 3
        add(["正文里写的全年收到申请是多少件？", f"请问{name(d)}年报正文所述全年收到政府信息公开申请多少件？请给出原文。",
             "报告文字部分说收了多少申请，原句给我"][k] if sc or k == 1 else f"{name(d)}年报正文里说收到多少申请，原话引出来",
            "narrative", {"value": n, "unit": "件"}, RNG.choice(["deputy", "evaluator"]), "prose figure",
            ["plain", "zhixun", "demand"][k], scope=sc, source_quote=quote if sc else {d["id"]: quote}, note="prose count")


def problem_items():
    got = []
    for d in pick([d for d in R if text(d)], 300):
        t = text(d)
        i = t.find("存在的主要问题")
        if i < 0 or t.count("存在的主要问题") > 2:
            continue
        win = t[i:i + 400]
        m1 = re.search(r"一是([\u4e00-\u9fff、]{6,30}?)[；，。]", win)
        m2 = re.search(r"二是([\u4e00-\u9fff、]{6,30}?)[；，。]", win)
        m3 = re.search(r"(?:改进措施[：:]一是|下一步，将|下一步将)([\u4e00-\u9fff、]{4,30}?)[；，。]", t[i:i + 700])
        if not (m1 and m2 and m3) or m3.start() < m2.start() - 0:
            continue
        got.append((d, [m1.group(1), m2.group(1)], m3.group(1)))
        if len(got) >= 20:
            break
    P = ["这份报告写没写存在的问题？写了哪些", "请问{n}年报第五部分自查出的主要问题有哪些？请引用原文。",
         "{n}报告里自己承认的不足有哪些", "年报里说的存在问题是啥，原话给我"]
    M = ["针对这些问题，报告说下一步怎么改？", "请问{n}年报提出的改进措施是什么？请引用原文。"]
    for i, (d, probs, fix) in enumerate(got):
        sc = d["id"] if i % 2 == 0 else None
        q = P[i % 4].format(n=name(d)) if not sc else ["这份报告写没写存在的问题？写了哪些", "年报里说的存在问题是啥，原话给我"][i // 2 % 2]
        if i % 4 == 3:
            sc = None
            q = f"{name(d)}年报有没有写改进措施？写的什么"
            add(q, "problems", {"contains": [fix]}, "office", "improvement quote", "plain",
                source_quote={d["id"]: fix}, note="improvement measure after 存在的主要问题")
            continue
        it = add(q, "problems", {"contains": probs}, RNG.choice(["evaluator", "deputy", "office"]), "problems quote",
                 "zhixun" if "请" in q else "plain", scope=sc, source_quote=probs[0] if sc else {d["id"]: probs[0]},
                 note="一是/二是 after 存在的主要问题", chain=[q] if sc and i % 8 == 0 else None)
        if sc and i % 8 == 0:
            add(M[0], "problems", {"contains": [fix]}, it["persona"], "improvement quote", "followup", scope=sc,
                previous=q, source_quote=fix, chain=[q, M[0]], note="improvement measure")


balance_items()
narrative_items()
problem_items()
set_items()
yoy_items()
rate_items()
zhixun_items()
cell_items()
refuse_items()
chat_items()

if _CACHE:
    json.dump(_TEXT, open(_CACHE, "w", encoding="utf-8"), ensure_ascii=False)
ids = [it["id"] for it in ITEMS]
assert len(ids) == len(set(ids))
with open(OUT, "w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
c = collections.Counter(it["intent"] for it in ITEMS)
print(len(ITEMS), dict(c))
