"""Blind bank blindzm: the disclosure office checking its own report and drafting the next one.

    PYTHONPATH=. .venv/bin/python eval/questions/blindzm/make_blindzm.py   # rewrites blindzm.jsonl (deterministic)

Every expected value is computed here from the wild sets' gold JSON (eval/wild, eval/wild2 … eval/wild31)."""

from __future__ import annotations

import glob
import json
import random
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).with_name("blindzm.jsonl")
SETS = ["wild"] + [f"wild{i}" for i in range(2, 32)]

G: dict[str, dict] = {}
for s in SETS:
    for f in sorted(glob.glob(str(ROOT / "eval" / s / "gold" / "*.json"))):
        d = json.loads(Path(f).read_text(encoding="utf-8"))
        d["_set"] = s
        G[d["id"]] = d


def setno(s: str) -> int:
    return int(s[4:] or 1)


R = random.Random(20261207)
COLS = {"np": "自然人", "biz": "商业企业", "sci": "科研机构", "npo": "社会公益组织", "law": "法律服务机构", "oth": "其他"}

# cell → (template label phrasings, office shorthand phrasings); {a} = 我们/本单位/我局
CELLS21 = {
    "t3.new.tot": (["{a}本年新收政府信息公开申请数量是多少？", "今年新收的依申请公开申请一共几件"], ["{a}今年新收几件", "新收申请总数多少"]),
    "t3.carry_in.tot": (["上年结转政府信息公开申请数量填的是多少？"], ["上年结转几件", "{a}结转过来的有几件"]),
    "t3.carry_out.tot": (["结转下年度继续办理的申请有多少件？"], ["结转下年度几件", "{a}今年结转到明年的有多少"]),
    "t3.r1.tot": (["办理结果中“予以公开”的总计是多少？"], ["{a}今年全部公开了几件", "予以公开几件"]),
    "t3.r2.tot": (["“部分公开”一栏的总计是多少件？"], ["部分公开几件"]),
    "t3.r7.tot": (["本年度办理结果的总计是多少？"], ["{a}今年办结总数多少", "办理结果合计几件"]),
    "t3.r3_5.tot": (["不予公开中“属于三类内部事务信息”有几件？"], ["三类内部事务不予公开几件", "不予公开里三类的有多少"]),
    "t3.r3_6.tot": (["不予公开中“属于四类过程性信息”有几件？"], ["四类过程性信息几件", "不予公开里四类的有几件"]),
    "t3.r3_4.tot": (["不予公开中“保护第三方合法权益”的有几件？"], ["涉及第三方不公开的几件"]),
    "t3.r4_1.tot": (["无法提供中“本机关不掌握相关政府信息”有多少件？"], ["{a}信息不掌握的几件", "本机关不掌握几件"]),
    "t3.r4_2.tot": (["“没有现成信息需要另行制作”有几件？"], ["需要另行制作的几件"]),
    "t3.r5_2.tot": (["不予处理中“重复申请”有几件？"], ["重复申请几件"]),
    "t3.r5_1.tot": (["不予处理中“信访举报投诉类申请”有几件？"], ["信访类的不予处理几件"]),
    "t3.r6_1.tot": (["“申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”有多少件？"], ["逾期不补正的几件", "逾期不补正不再处理的有几件"]),
    "t3.new.np": (["本年新收申请中自然人提出的有多少件？"], ["自然人申请几件", "老百姓个人申请的有几件"]),
    "t3.new.biz": (["本年新收申请中商业企业提出的有几件？"], ["企业申请的几件"]),
    "t4.rv.tot": (["行政复议的总计是多少件？"], ["{a}今年被复议几件", "复议总数"]),
    "t4.rv.keep": (["行政复议“结果维持”有几件？"], ["复议维持几件", "复议维持了多少"]),
    "t4.rv.fix": (["行政复议“结果纠正”有几件？"], ["复议纠正几件"]),
    "t4.ld.tot": (["未经复议直接起诉的行政诉讼总计多少件？"], ["直接起诉的几件", "{a}直接被告了几次"]),
    "t4.lr.tot": (["复议后起诉的行政诉讼总计是多少？"], ["复议后起诉几件"]),
    "t4.ld.fix": (["未经复议直接起诉的行政诉讼中“结果纠正”有几件？"], ["诉讼纠正几件（直接起诉的）"]),
    "t2.norm.valid": (["行政规范性文件“现行有效件数”是多少？"], ["规范性文件现行有效几件", "{a}现行有效的规范性文件多少件"]),
    "t2.license.decisions": (["行政许可“本年处理决定数量”是多少？"], ["许可决定数多少", "{a}今年许可了几件"]),
    "t2.penalty.decisions": (["行政处罚的本年处理决定数量是多少？"], ["行政处罚多少件", "{a}今年处罚了几件"]),
    "t2.fee.amount_wan": (["行政事业性收费“本年收费金额”是多少万元？"], ["收费金额多少万", "今年收了多少费"]),
}
CELLS19 = {k: v for k, v in CELLS21.items() if not k.startswith("t2.") and not k.startswith("t3.r6_")}
CELLS19["t3.r6.tot"] = (["办理结果中“其他处理”有多少件？"], ["其他处理几件"])
CELLS19["t2.procurement.items"] = (["政府集中采购的项目数量填的是多少？"], ["集中采购项目几个"])
CELLS19["t2.norm.total_public"] = (["规范性文件“对外公开总数量”是多少？"], ["规范性文件公开总数多少"])
UNIT = {"t2.fee.amount_wan": "万元", "t2.procurement.items": None, "t2.norm.total_public": "件", "t2.norm.valid": "件",
        "t2.license.decisions": "件", "t2.penalty.decisions": "件"}
# GF2021 cells asked of a GF2019 report and vice versa (→ refuse)
OTHER_T = {
    "GF2019": [("本年收费金额填了多少万元？", "t2.fee.amount_wan (GF2021 only)"),
               ("“逾期不补正”那一行（（六）1）填了几件？", "（六）1 sub-row (GF2021 only)"),
               ("规范性文件本年废止件数是多少？", "本年废止件数 (GF2021 only)")],
    "GF2021": [("政府集中采购的采购总金额是多少？", "政府集中采购 (GF2019 only)"),
               ("行政许可“上一年项目数量”是多少？", "上一年项目数量 (GF2019 only)"),
               ("规范性文件“本年新公开数量”填了多少？", "本年新公开数量 (GF2019 only)")],
}
UNANS = [
    ("{a}明年大概会收到多少件申请？", "asked as forecast"),
    ("按趋势估计，下一年度依申请公开会有多少件？", "asked as forecast"),
    ("{a}政务公开工作经费今年花了多少？", "asked as value: budget not in the template"),
    ("{a}信息公开专职工作人员有几个？", "asked as value: staff not in the template"),
    ("申请人里男性和女性各有多少？", "asked as value: applicants' sex not reported"),
    ("平均每件申请办理用了几个工作日？", "asked as value: processing days not in the template"),
    ("{a}网站今年的访问量是多少？", "asked as value: figure not in the template"),
    ("今年有多少件是通过信函方式提交的申请？", "asked as value: channel breakdown not in the template"),
    ("上级考核我们信息公开工作打了多少分？", "asked as value: internal assessment not in the report"),
    ("申请人里有多少是外地人？", "asked as value: applicants' origin not reported"),
]
OTHER_BODY = [
    ("{o}内部的信息公开台账里登记了多少件投诉？", "asked as value: another body's internal data"),
    ("{o}今年信息公开科有几个人在办申请？", "asked as value: another body's staff"),
]
A = ["我们", "本单位", "我局", "咱们"]


def lab(key: str) -> str:
    return key


def cell(d, key):
    t, k = key.split(".", 1)
    return d[t].get(k)


def namey(d):
    return f"{d['agency']}{d['year']}年"


items: list[dict] = []


def add(q, scope, intent, expect, persona, kind, phrasing, reads, cells=None, calc=None, note=None, previous=None,
        chain=None, style="colloquial", source_quote=None):
    it = {"q": q, "scope": scope, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if source_quote:
        it["source_quote"] = source_quote
    if note:
        it["note"] = note
    if previous:
        it["previous"] = previous
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    it["sets"] = sorted({G[r]["_set"] for r in reads}, key=setno) if reads else ["store"]
    if chain:
        it["chain"] = chain
    items.append(it)


def ok(d):
    return d["tables_recoverable"] and d["template"] in ("GF2019", "GF2021")


late = [d for d in G.values() if setno(d["_set"]) >= 13 and ok(d)]
late.sort(key=lambda d: d["id"])
early = sorted([d for d in G.values() if setno(d["_set"]) < 13 and ok(d)], key=lambda d: d["id"])
R.shuffle(late)
PERS = ["clerk", "drafter", "reviewer", "newcomer"]


def pick_cell(d, label_kind):
    cm = CELLS19 if d["template"] == "GF2019" else CELLS21
    keys = [k for k in sorted(cm) if cell(d, k) is not None]
    k = R.choice(keys)
    lab_ph, short_ph = cm[k]
    ph = R.choice(lab_ph if label_kind == "formal" else short_ph)
    return k, ph


# 1. own cells, scoped (template labels and office shorthand)
pool = late[:]
for i, d in enumerate(pool[:40]):
    kind = "formal" if i % 2 == 0 else "shorthand"
    k, ph = pick_cell(d, kind)
    q = ph.format(a=R.choice(A))
    if i % 7 == 3:
        q = "帮我核对一下，" + q
    v = cell(d, k)
    add(q, {"report": d["id"]}, "value", {"value": v, "unit": UNIT.get(k, "件")}, R.choice(PERS), "own_cell",
        kind, [d["id"]], cells=[k], style="formal" if kind == "formal" else "colloquial")

# 2. own cells, naming the body over the store
for d in pool[40:85]:
    kind = R.choice(["formal", "shorthand"])
    k, ph = pick_cell(d, kind)
    q = R.choice(["{n}的年报，", "我是{ag}的，我们{y}年报告里", "{n}："]).format(n=namey(d), ag=d["agency"], y=d["year"]) + ph.format(a="").lstrip("，")
    add(q, {}, "value", {"value": cell(d, k), "unit": UNIT.get(k, "件")}, R.choice(PERS), "named_cell", kind,
        [d["id"]], cells=[f"{d['id']}:{k}"], style="formal" if kind == "formal" else "colloquial")

# 3. sums the office computes: 法人或其他组织, 不予公开 subtotal, 新收+上年结转
for d in pool[85:100]:
    which = R.choice(["org", "r3", "in"])
    if which == "org":
        ks = [f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")]
        q = R.choice(["本单位本年新收申请中法人或其他组织合计多少件？", "新收里法人或者其他组织的合计是多少"])
    elif which == "r3":
        ks = [f"t3.r3_{i}.tot" for i in range(1, 9)]
        q = R.choice(["“不予公开”各项合计是多少件？", "{a}不予公开的八个小项加起来多少"])
    else:
        ks = ["t3.new.tot", "t3.carry_in.tot"]
        q = R.choice(["{a}今年要办的申请总量（新收加上年结转）是多少？", "新收加结转一共多少件"])
    if any(cell(d, k) is None for k in ks):
        continue
    ph = "formal" if q.startswith(("本单位", "“")) else "shorthand"
    add(q.format(a=R.choice(A)), {"report": d["id"]}, "sum", {"value": sum(cell(d, k) for k in ks), "unit": "件"},
        R.choice(PERS), "own_subtotal", ph, [d["id"]], cells=ks, style="formal" if ph == "formal" else "colloquial")


# 4. checks: does our table add up (from findings / recomputed)
def h_values(d, f):
    try:
        return _h_values(d, f)
    except TypeError:  # a null cell: no check asked
        return None, False


def _h_values(d, f):
    c, w = f["check"], f["where"]
    if c == "H1":
        col = w.split()[-1]
        a = cell(d, f"t3.new.{col}") + cell(d, f"t3.carry_in.{col}")
        b = cell(d, f"t3.r7.{col}") + cell(d, f"t3.carry_out.{col}")
        return {f"t3.new.{col}": cell(d, f"t3.new.{col}"), f"t3.carry_in.{col}": cell(d, f"t3.carry_in.{col}"),
                f"t3.r7.{col}": cell(d, f"t3.r7.{col}"), f"t3.carry_out.{col}": cell(d, f"t3.carry_out.{col}")}, a != b
    if c == "H2":
        row = w.split(".")[-1]
        s = sum(cell(d, f"t3.{row}.{x}") for x in COLS)
        return {f"t3.{row}.tot": cell(d, f"t3.{row}.tot"), "columns_sum": s}, s != cell(d, f"t3.{row}.tot")
    if c == "H5":
        b = w.split(".")[-1]
        s = sum(cell(d, f"t4.{b}.{x}") for x in ("keep", "fix", "other", "pend"))
        return {f"t4.{b}.tot": cell(d, f"t4.{b}.tot"), "parts_sum": s}, s != cell(d, f"t4.{b}.tot")
    return None, False


CHECKQ = {
    "H1": ["请核对本单位表三：本年新收加上年结转是否等于办理结果总计加结转下年度？", "帮我看看表三平不平：新收+结转 = 总计+结转下年？", "我们表三的数自己能对上吗"],
    "H2": ["表三“{row}”一行各类申请人之和是否等于总计？", "{row}这一行横着加和总计对得上吗", "我们{row}那行加起来对不对"],
    "H5": ["表四{blk}各项结果之和是否等于总计？", "{a}表四{blk}那块平不平", "我们{blk}的几个数加起来跟总数一样吗"],
}
ROWN = {"new": "本年新收", "carry_in": "上年结转", "r7": "总计", "carry_out": "结转下年度"}
BLK = {"rv": "行政复议", "ld": "未经复议直接起诉", "lr": "复议后起诉"}
defects = [d for d in G.values() if setno(d["_set"]) >= 13 and ok(d) and d["findings"]]
defects.sort(key=lambda d: d["id"])
nchk = 0
for d in defects:
    for f in d["findings"]:
        if f["check"] not in CHECKQ or f["kind"] != "report_defect":
            continue
        vals, bad = h_values(d, f)
        if not bad or vals is None:
            continue
        if f["check"] == "H1" and f["where"].split()[-1] != "tot":
            continue
        row = ROWN.get(f["where"].split(".")[-1], "")
        if f["check"] == "H2" and not row:
            continue
        ix = nchk % 3
        q = CHECKQ[f["check"]][ix].format(a=R.choice(A), row=row, blk=BLK.get(f["where"].split(".")[-1], ""))
        ph = ["formal", "shorthand", "plain"][ix]
        add(q, {"report": d["id"]}, "consistency", {"verdict": "inconsistent", "checks": [f["check"]], "values": vals},
            "reviewer", "check_defect", ph, [d["id"]], note=f["note"], style="formal" if ix == 0 else "colloquial")
        nchk += 1
        break
    if nchk >= 18:
        break
clean = [d for d in late[145:] if not d["findings"]][:8]
for d in clean:
    vals, bad = h_values(d, {"check": "H1", "where": "t3 column tot"})
    if bad or vals is None:
        continue
    ix = R.randrange(3)
    q = CHECKQ["H1"][ix].format(a=R.choice(A))
    add(q, {"report": d["id"]}, "consistency", {"verdict": "consistent", "checks": ["H1"], "values": vals},
        "reviewer", "check_clean", ["formal", "shorthand", "plain"][ix], [d["id"]], style="formal" if ix == 0 else "colloquial")

# 5. carry-over and change against last year (only where both years are stored)
byag = defaultdict(dict)
for d in G.values():
    byag[d["agency"]][d["year"]] = d
pairs = []
for ag, ys in sorted(byag.items()):
    for y, d in sorted(ys.items()):
        p = ys.get(y - 1)
        if p and ok(d) and ok(p):
            pairs.append((p, d))
S1Q = [("今年的上年结转和去年报告里的结转下年度对得上吗？", "formal"), ("我们去年结转下年度填的数，今年上年结转接上了没有", "shorthand"),
       ("帮我核一下结转：去年留到今年的件数，两份报告写的一样吗", "plain")]
CHQ = [("t3.new.tot", "今年新收比去年多了还是少了，差几件？", "plain"), ("t3.r1.tot", "予以公开比上一年变化了多少", "shorthand"),
       ("t4.rv.tot", "我们被复议的件数和去年比变了多少", "plain"), ("t3.r7.tot", "与上一年度相比，办理结果总计增减多少件？", "formal")]
for p, d in pairs:
    a, b = cell(d, "t3.carry_in.tot"), cell(p, "t3.carry_out.tot")
    if a is not None and b is not None:
        for q, ph in S1Q[:2] if len(pairs) > 4 else S1Q:
            add(q, {"report": d["id"]}, "consistency",
                {"verdict": "consistent" if a == b else "inconsistent", "checks": ["S1"],
                 "values": {"t3.carry_in.tot": a, f"{p['id']}:t3.carry_out.tot": b}},
                "reviewer", "carry_s1", ph, [d["id"], p["id"]], cells=["t3.carry_in.tot", f"{p['id']}:t3.carry_out.tot"],
                style="formal" if ph == "formal" else "colloquial")
    for k, q, ph in CHQ:
        x, y0 = cell(d, k), cell(p, k)
        if x is None or y0 is None:
            continue
        add(q, {"report": d["id"]}, "change", {"value": x - y0, "unit": "件"}, R.choice(["drafter", "clerk"]),
            "year_on_year", ph, [d["id"], p["id"]], cells=[k, f"{p['id']}:{k}"],
            calc=f"{{{k}}}-{{{p['id']}:{k}}}", style="formal" if ph == "formal" else "colloquial")
    x, y0 = cell(d, "t3.new.tot"), cell(p, "t3.new.tot")
    if x is not None and y0 is not None:
        add(f"{d['agency']}{d['year']}年新收申请比{p['year']}年增加了多少？", {}, "change", {"value": x - y0, "unit": "件"},
            "drafter", "year_on_year_named", "formal", [d["id"], p["id"]],
            cells=[f"{d['id']}:t3.new.tot", f"{p['id']}:t3.new.tot"],
            calc=f"{{{d['id']}:t3.new.tot}}-{{{p['id']}:t3.new.tot}}", style="formal")
        add(f"{d['agency']}{p['year']}年和{d['year']}年新收申请各多少？", {}, "trend",
            {"values": {p["id"]: y0, d["id"]: x}, "unit": "件"},
            "drafter", "two_years_named", "plain", [d["id"], p["id"]], cells=[f"{p['id']}:t3.new.tot", f"{d['id']}:t3.new.tot"])
    x, y0 = cell(d, "t3.r1.tot"), cell(p, "t3.r1.tot")
    if x is not None and y0 is not None:
        add(f"{d['agency']}这两年予以公开各几件", {}, "trend", {"values": {p["id"]: y0, d["id"]: x}, "unit": "件"},
            "drafter", "two_years_named", "shorthand", [d["id"], p["id"]],
            cells=[f"{p['id']}:t3.r1.tot", f"{d['id']}:t3.r1.tot"], note=f"the two stored years {p['year']} and {d['year']}")
    x, y0 = cell(d, "t3.carry_out.tot"), cell(p, "t3.carry_out.tot")
    if x is not None and y0 is not None:
        add(f"请列出{d['agency']}{p['year']}、{d['year']}两个年度“结转下年度继续办理”的件数。", {}, "trend",
            {"values": {p["id"]: y0, d["id"]: x}, "unit": "件"}, "reviewer", "two_years_named", "formal",
            [d["id"], p["id"]], cells=[f"{p['id']}:t3.carry_out.tot", f"{d['id']}:t3.carry_out.tot"])
# last year not stored → refuse
nopairs = sorted([d for d in late if (d["year"] - 1) not in byag[d["agency"]]], key=lambda d: d["id"])
R.shuffle(nopairs)
PNS = [("去年我们新收了多少件？", "shorthand"), ("上一年度本单位结转下年度的件数是多少？", "formal"), ("我们去年被复议几件来着", "plain")]
for i, d in enumerate(nopairs[:10]):
    q, ph = PNS[i % 3]
    add(q, {"report": d["id"]}, "unanswerable", {"refuse": True}, R.choice(["drafter", "clerk"]), "prev_not_stored",
        ph, [d["id"]], note=f"asked as value: {d['agency']} {d['year'] - 1} is not in the store",
        style="formal" if ph == "formal" else "colloquial")

# 6. compare with a peer body (same level and year): scoped, then named over the store
peers = defaultdict(list)
for d in G.values():
    if ok(d):
        peers[(d["level"], d["year"])].append(d)
WHAT = {"t3.new.tot": "新收申请", "t3.r1.tot": "予以公开", "t4.rv.tot": "行政复议"}
for i, d in enumerate(late[150:182]):
    cand = sorted([x for x in peers[(d["level"], d["year"])] if x["agency"] != d["agency"]], key=lambda x: x["id"])
    if not cand:
        continue
    o = R.choice(cand)
    k = R.choice(sorted(WHAT))
    a, b = cell(d, k), cell(o, k)
    if a is None or b is None:
        continue
    what = WHAT[k]
    order = [d["id"], o["id"]] if a >= b else [o["id"], d["id"]]
    exp = {"values": {d["id"]: a, o["id"]: b}, "unit": "件", "order": order[:1] if a != b else order}
    if i < 20:
        q, ph = R.choice([(f"我们{what}和{o['agency']}同年比，谁多？各多少", "plain"),
                          (f"{o['agency']}{o['year']}年的{what}有我们多吗？", "shorthand"),
                          (f"请比较本单位与{o['agency']}同一年度的{what}数量。", "formal")])
        add(q, {"report": d["id"]}, "compare", exp, R.choice(["clerk", "drafter"]), "peer_compare", ph, [d["id"], o["id"]],
            cells=[k, f"{o['id']}:{k}"], style="formal" if ph == "formal" else "colloquial")
    else:
        q, ph = R.choice([(f"{d['agency']}和{o['agency']}{d['year']}年的{what}谁多？", "plain"),
                          (f"我们是{d['agency']}，想跟{o['agency']}比比{d['year']}年{what}的件数", "shorthand"),
                          (f"{d['year']}年{d['agency']}与{o['agency']}的{what}数量分别是多少？", "formal")])
        add(q, {}, "compare", exp, R.choice(["clerk", "drafter"]), "peer_compare_named", ph, [d["id"], o["id"]],
            cells=[f"{d['id']}:{k}", f"{o['id']}:{k}"], style="formal" if ph == "formal" else "colloquial")

# 7. which template / labels: other-template cells (refuse), own-template cells, what a label covers
for i, d in enumerate(late[186:202]):
    q, note = OTHER_T[d["template"]][i % 3]
    q = ("我们表二" + q) if q.startswith(("政府", "行政", "规范", "本年")) else ("我们" + q)
    ph = ["formal", "shorthand", "plain"][i % 3]
    add(q, {"report": d["id"]}, "unanswerable", {"refuse": True}, R.choice(PERS), "other_template", ph, [d["id"]],
        note=f"asked as value: {note}; report uses {d['template']}", style="formal" if ph == "formal" else "colloquial")
g19 = sorted([x for x in late if x["template"] == "GF2019" and cell(x, "t2.procurement.items") is not None],
             key=lambda x: x["id"])
for i, d in enumerate(g19[:8]):
    q = ["我们用的是老模板，表二政府集中采购的项目数量是多少？", "集中采购项目数量填的多少", "{n}年报表二里政府集中采购项目数量是多少？"][i % 3]
    add(q.format(n=namey(d)), {} if i % 3 == 2 else {"report": d["id"]}, "value",
        {"value": cell(d, "t2.procurement.items"), "unit": None}, "drafter", "own_template_cell",
        ["formal", "shorthand", "plain"][i % 3], [d["id"]],
        cells=["t2.procurement.items"] if i % 3 != 2 else [f"{d['id']}:t2.procurement.items"], note="GF2019 cell (项目数量)",
        style="formal" if i % 3 == 0 else "colloquial")


def report_text(d):
    f = ROOT / "eval" / d["_set"] / d["file"]
    if f.suffix.lower() not in (".html", ".htm", ".md", ".txt"):
        return None
    try:
        return f.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


LABQ = [("其他处理里包括什么情况？填表的时候该往哪填", "plain"), ("（六）其他处理下面分了哪几小项？", "formal"),
        ("其他处理那一栏具体指哪些", "shorthand")]
nl = 0
for d in late[202:]:
    if nl >= 12:
        break
    if d["template"] == "GF2021":
        t = report_text(d)
        if not t:
            continue
        need = ["逾期不补正", "逾期未按收费通知要求缴纳费用"]
        if not all(x in t for x in need):
            continue
        q, ph = LABQ[nl % 3]
        add(q, {"report": d["id"]}, "narrative", {"contains": need}, R.choice(["newcomer", "drafter"]), "label_meaning",
            ph, [d["id"]], source_quote=need[1], note="the GF2021 table prints the sub-rows of （六）其他处理",
            style="formal" if ph == "formal" else "colloquial")
        nl += 1
for i, d in enumerate([x for x in late[202:] if x["template"] == "GF2019"][:5]):
    q, ph = LABQ[i % 3]
    add(q, {"report": d["id"]}, "unanswerable", {"refuse": True}, "newcomer", "label_meaning_gf2019", ph, [d["id"]],
        note="asked as narrative: GF2019's （六）其他处理 has no sub-rows and the report does not define it",
        style="formal" if ph == "formal" else "colloquial")

# 8. unanswerable from the report (forecast, figures not in the template, another body's internal data)
for i, d in enumerate(late[230:250]):
    q, note = UNANS[i % len(UNANS)]
    ph = ["plain", "shorthand", "formal"][i % 3]
    add(q.format(a=R.choice(A)), {"report": d["id"]}, "unanswerable", {"refuse": True}, R.choice(PERS),
        "not_in_report", ph, [d["id"]], note=note)
for d in late[254:260]:
    o = R.choice(early)
    q, note = R.choice(OTHER_BODY)
    add(q.format(o=o["agency"]), {"report": d["id"]}, "unanswerable", {"refuse": True}, "clerk", "other_body_internal",
        "plain", [d["id"]], note=note)
for i, d in enumerate(late[260:268]):
    y = d["year"] + 1
    if y in byag[d["agency"]]:
        continue
    q = [f"{d['agency']}{y}年的年报里新收申请多少件？", f"我们{d['agency']}{y}年度报告的予以公开数", f"{d['agency']}{y}年被复议几件"][i % 3]
    add(q, {}, "unanswerable", {"refuse": True}, "drafter", "year_not_stored", ["formal", "shorthand", "plain"][i % 3], [],
        note=f"asked as value: {d['agency']} {y} is not in the store")

# 9. chats of 2-3 turns on the chosen report
CH = [
    [("t3.new.tot", "我们今年新收几件"), ("t3.carry_in.tot", "那上年结转呢"), (("t3.new.tot", "t3.carry_in.tot"), "加起来一共多少")],
    [("t3.r1.tot", "予以公开几件"), ("t3.r2.tot", "部分公开呢")],
    [("t4.rv.tot", "我们被复议了几件"), ("t4.rv.keep", "其中维持的呢"), ("t4.lr.tot", "复议后又起诉的有几件")],
    [("t3.r4_1.tot", "本机关不掌握的几件"), ("t3.r5_2.tot", "重复申请的呢")],
    [("t3.new.np", "今年自然人申请多少"), ("t3.new.biz", "换成商业企业呢"), (None, "那申请人的年龄分布呢")],
]
nc = 0
for d in late[268:]:
    if nc >= 14:
        break
    turns = CH[nc % len(CH)]
    keys = [x for k, _ in turns if k for x in ((k,) if isinstance(k, str) else k)]
    if any(cell(d, x) is None for x in keys):
        continue
    nc += 1
    prev: list[str] = []
    cid = f"chat{nc:02d}"
    for t, (k, q) in enumerate(turns):
        ch = {"id": cid, "turn": t + 1, "of": len(turns)}
        pv = prev[0] if len(prev) == 1 else (list(prev) if prev else None)
        if k is None:
            add(q, {"report": d["id"]}, "unanswerable", {"refuse": True}, "clerk", "chat", "followup", [d["id"]],
                note="asked as value: applicants' age not reported", previous=pv, chain=ch)
        elif isinstance(k, tuple):
            add(q, {"report": d["id"]}, "sum", {"value": sum(cell(d, x) for x in k), "unit": "件"}, "clerk", "chat",
                "followup", [d["id"]], cells=list(k), previous=pv, chain=ch)
        else:
            add(q, {"report": d["id"]}, "value", {"value": cell(d, k), "unit": "件"}, "clerk", "chat",
                "followup" if t else "shorthand", [d["id"]], cells=[k], previous=pv, chain=ch)
        prev.append(q)

for i, it in enumerate(items):
    it["id"] = f"zm{i + 1:04d}"
with OUT.open("w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps({"id": it.pop("id"), **it}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    n = len(items)
    print(n, "items")
    print(Counter(i["intent"] for i in items))
    print(Counter(i["persona"] for i in items))
    print(Counter((i["intent"], i["phrasing"]) for i in items))
    ref = sum("refuse" in i["expect"] for i in items)
    cross = sum(1 for i in items if len(i.get("cells", [])) and any(":" in c for c in i["cells"]))
    print("refuse", ref, ref / n, "cross", cross, cross / n, "scoped", sum(bool(i["scope"]) for i in items) / n)
    print("chat items", sum("chain" in i for i in items))
    print("pairs", [(p["id"], d["id"]) for p, d in pairs])
