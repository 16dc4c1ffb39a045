"""Blind bank blindzc: what evaluators, deputies and students compute from the tables.

    PYTHONPATH=. python3 eval/questions/blindzc/make_blindzc.py   # rewrites blindzc.jsonl, same bytes every run

Every expected value is computed here from the gold JSON of eval/wild … eval/wild27 (the store of
`BANKS["blindzc"]`); nothing is typed by hand. Written blind (see README.md)."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).with_name("blindzc.jsonl")
SETS = ["wild", *(f"wild{i}" for i in range(2, 28))]

rng = random.Random(20261207)

# ---------------------------------------------------------------- gold
golds: dict[str, dict] = {}
set_of: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        golds[g["id"]] = g
        set_of[g["id"]] = s
ids = sorted(golds)
ay_count: dict[tuple[str, int], int] = defaultdict(int)
for g in golds.values():
    ay_count[(g["agency"], g["year"])] += 1
agencies = sorted({g["agency"] for g in golds.values()})


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and g["tables_recoverable"]
        and not g["findings"]
        and ay_count[(g["agency"], g["year"])] == 1
    )


def cell(g: dict, key: str):
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def cells_ok(g: dict, keys) -> bool:
    return all(isinstance(cell(g, k), (int, float)) for k in keys)


R3 = [f"t3.r3_{i}.tot" for i in range(1, 9)]


def province(g: dict) -> str:
    m = re.match(r"(.+?(?:省|自治区))", g["region"]) or re.match(r"(北京市|上海市|天津市|重庆市)", g["region"])
    return m.group(1) if m else ""


def short_name(agency: str) -> str | None:
    """The body as users shorten it: province dropped, city dropped before a county; None if not unique."""
    s = re.sub(r"^.{2,7}?(?:省|自治区)", "", agency)
    m = re.match(r"^(.{2,5}?市)(.{1,6}?[区县])(.+)$", s)
    if m:
        s = m.group(2) + m.group(3)
    if s == agency or len(s) < 4:
        return None
    if any(s in a for a in agencies if a != agency):
        return None
    return s


CN = "〇一二三四五六七八九"


def year_text(y: int, style: str) -> str:
    if style == "cn":
        return "".join(CN[int(c)] for c in str(y)) + "年"
    if style == "yy":
        return f"{str(y)[2:]}年"
    return f"{y}年"


# ---------------------------------------------------------------- report text (for refusals)
def text_of(g: dict) -> str | None:
    if g["format"] not in ("html", "txt", "markdown"):
        return None
    p = ROOT / set_of[g["id"]] / g["file"]
    if not p.exists():
        return None
    t = p.read_text(encoding="utf-8", errors="ignore")
    return re.sub(r"\s+", "", re.sub(r"<[^>]+>", "", t))


# ---------------------------------------------------------------- indicators
def r4(x: float) -> float:
    return round(x, 4)


IND = {
    # name: (numerator cells, denominator cells, scale, unit, cell note)
    "rv_fix": (["t4.rv.fix"], ["t4.rv.tot"], 100, "%", "复议纠错率 = 结果纠正 / 行政复议总计"),
    "lit_fix": (["t4.ld.fix", "t4.lr.fix"], ["t4.ld.tot", "t4.lr.tot"], 100, "%",
                "诉讼纠错率（败诉率）= (直接起诉 + 复议后起诉) 结果纠正 / 两者总计"),
    "pub_new": (["t3.r1.tot"], ["t3.new.tot"], 100, "%", "予以公开 / 本年新收"),
    "pub_res": (["t3.r1.tot"], ["t3.r7.tot"], 100, "%", "予以公开 / 办理结果总计"),
    "open_res": (["t3.r1.tot", "t3.r2.tot"], ["t3.r7.tot"], 100, "%", "(予以公开 + 部分公开) / 办理结果总计"),
    "carry": (["t3.carry_out.tot"], ["t3.new.tot", "t3.carry_in.tot"], 100, "%",
              "结转率 = 结转下年度 / (本年新收 + 上年结转)"),
    "done": (["t3.r7.tot"], ["t3.new.tot", "t3.carry_in.tot"], 100, "%",
             "办结率 = 办理结果总计 / (本年新收 + 上年结转)"),
    "np_share": (["t3.new.np"], ["t3.new.tot"], 100, "%", "自然人申请 / 本年新收总计"),
    "secret": (["t3.r3_1.tot"], R3, 100, "%", "不予公开 1.属于国家秘密 / 不予公开小计（8 项之和）"),
    "month": (["t3.new.tot"], [], 1, "件", "平均每月新收 = 本年新收 / 12"),
}

# question templates: {w} = who/when ("" when scoped → the sentence reads on the page's report)
Q = {
    "rv_fix": {
        "colloquial": ["{w}复议里头被纠正的占了多大比例？", "{w}行政复议的纠错率大概多少？纠正的除以复议总数就行",
                       "{w}被申请复议的案子，改判纠正的占几成，给个百分比"],
        "formal": ["请计算{w}行政复议纠错率（结果纠正件数占行政复议总件数的百分比）。",
                   "{w}因政府信息公开引发的行政复议中，结果纠正所占比例为多少？"],
        "mt": ["{w}行政复议的纠正的比率是什么", "{w}的行政复议被纠正的百分比是多少的"],
        "secretary": ["{w}复议纠错率，直接给数"],
    },
    "lit_fix": {
        "colloquial": ["{w}打官司输了（被纠正）的比例是多少？直接起诉和复议后起诉一起算",
                       "{w}行政诉讼败诉率多少？两种起诉合在一起算"],
        "formal": ["请测算{w}行政诉讼纠错率：直接起诉与复议后起诉的结果纠正合计，占行政诉讼案件总数的百分比。"],
        "mt": ["{w}行政诉讼的被纠正的比率是什么（包括复议后起诉的）"],
        "secretary": ["{w}诉讼败诉率（两类起诉合计），报个百分比"],
    },
    "pub_new": {
        "colloquial": ["{w}予以公开的件数占本年新收申请的百分之几？", "{w}新收的申请里有多大比例是全部公开了的？按新收算"],
        "formal": ["以本年新收申请数为分母，{w}予以公开率为多少？"],
        "mt": ["{w}予以公开的数量对本年新收的申请的比率是多少"],
        "secretary": ["{w}予以公开占新收的比例，一个数就行"],
    },
    "pub_res": {
        "colloquial": ["{w}办理结果总计里面，予以公开的占多少？", "{w}办完的申请里直接全部公开的比例有多少（按办理结果总计算）"],
        "formal": ["请以办理结果总计为分母，计算{w}予以公开所占比例。"],
        "mt": ["{w}在办理结果的总计中予以公开的占比是什么"],
        "secretary": ["{w}予以公开占办理结果总计的百分比？"],
    },
    "open_res": {
        "colloquial": ["{w}公开了的（全部公开加部分公开）占办理结果总计的多少？"],
        "formal": ["{w}予以公开与部分公开合计占办理结果总计的比例为多少？"],
        "mt": ["{w}予以公开和部分公开一起的对办理结果总计的比率是什么"],
        "secretary": ["{w}全部加部分公开的占比（分母是办理结果总计）"],
    },
    "carry": {
        "colloquial": ["{w}有多大比例的申请拖到下一年办了？分母按新收加上年结转算",
                       "{w}结转率多少？就是结转下年度的除以新收加上年结转"],
        "formal": ["请计算{w}依申请公开的结转率（结转下年度继续办理件数 ÷（本年新收 + 上年结转））。"],
        "mt": ["{w}转到下一年继续办理的比率是什么，对新收和上年结转的总和"],
        "secretary": ["{w}结转率（结转下年度 / 新收+上年结转）？"],
    },
    "done": {
        "colloquial": ["{w}办结率有多少？办理结果总计除以新收加上年结转", "{w}该办的申请（新收加上年结转的）办完了百分之几？"],
        "formal": ["请计算{w}政府信息公开申请办结率，即办理结果总计占本年新收与上年结转之和的百分比。"],
        "mt": ["{w}申请的办结的比率是什么（办理结果总计比新收加上年结转）"],
        "secretary": ["{w}办结率（办理结果总计/(新收+上年结转)），给个数"],
    },
    "np_share": {
        "colloquial": ["{w}新收的申请里个人（自然人）申请的占几成？给个百分比", "{w}老百姓个人来申请的占新收总数多少？"],
        "formal": ["{w}本年新收申请中，自然人申请所占比例为多少？"],
        "mt": ["{w}自然人的申请对全部新收申请的比率是什么"],
        "secretary": ["{w}自然人申请占比？"],
    },
    "secret": {
        "colloquial": ["{w}不予公开的里面，因为属于国家秘密的占多少比例？", "{w}不给公开的那些，国家秘密占了百分之几？"],
        "formal": ["{w}不予公开（各项理由合计）中，以属于国家秘密为由的占比为多少？"],
        "mt": ["{w}不予公开中的国家秘密的比率是什么"],
        "secretary": ["{w}不予公开里国家秘密占比，给个百分数"],
    },
    "month": {
        "colloquial": ["{w}平均每个月收到几件申请？按本年新收算", "{w}一个月平均来多少件信息公开申请（新收除以12）？"],
        "formal": ["按本年新收申请数计算，{w}月均收到政府信息公开申请多少件？"],
        "mt": ["{w}每一个月平均收到的新的申请的数量是什么"],
        "secretary": ["{w}月均新收申请几件？"],
    },
}
INTENT = {"month": "ratio"}

items: list[dict] = []


def add(q, scope, intent, style, expect, persona, kind, phrasing, reads, cells=None, calc=None, note=None,
        previous=None, chain=None, source_quote=None):
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
    it["sets"] = sorted({set_of[r] for r in reads})
    if chain:
        it["chain"] = chain
    items.append(it)
    return it


def ind_value(g, name):
    num, den, scale, unit, _ = IND[name]
    if not cells_ok(g, num + den):
        return None
    n = sum(cell(g, k) for k in num)
    if name == "month":
        return r4(n / 12)
    d = sum(cell(g, k) for k in den)
    if d == 0:
        return "zero"
    return r4(scale * n / d)


def ind_calc(name, prefix=""):
    num, den, scale, unit, _ = IND[name]
    n = "+".join("{" + prefix + k + "}" for k in num)
    if name == "month":
        return f"({n})/12"
    d = "+".join("{" + prefix + k + "}" for k in den)
    return f"100*({n})/({d})"


def who(g, style, ystyle="plain"):
    if style == "abbreviated":
        return short_name(g["agency"]) + year_text(g["year"], ystyle)
    return g["agency"] + year_text(g["year"], ystyle)


PERSONA_OF = {"colloquial": ["deputy", "student", "evaluator"], "formal": ["evaluator", "student", "deputy"],
              "mt": ["foreign"], "secretary": ["secretary"]}

# ---------------------------------------------------------------- 1. one report, one indicator
pool = [g for g in (golds[i] for i in ids) if readable(g)]
rng.shuffle(pool)
used: set[tuple[str, str]] = set()
PLAN = [("colloquial", "scoped"), ("formal", "store"), ("abbreviated", "store"), ("mt", "store"),
        ("abbreviated", "store"), ("secretary", "scoped"), ("formal", "scoped"), ("abbreviated", "store"),
        ("mt", "scoped"), ("secretary", "store"), ("colloquial", "store"), ("formal", "store")]
zero_den: list[tuple[dict, str]] = []
for name in IND:
    plan = PLAN[:12] if name in ("rv_fix", "pub_new", "done", "np_share", "carry") else PLAN[:10]
    cands = [g for g in pool if isinstance(ind_value(g, name), float)]
    rng.shuffle(cands)
    if name == "rv_fix" or name == "lit_fix":
        cands = [g for g in cands if ind_value(g, name) not in (0.0, 100.0)] + \
                [g for g in cands if ind_value(g, name) in (0.0, 100.0)]
    zero_den += [(g, name) for g in pool if ind_value(g, name) == "zero"][:2]
    k = 0
    for ph, where in plan:
        while k < len(cands) and ((cands[k]["id"], name) in used or
                                  (ph == "abbreviated" and not short_name(cands[k]["agency"]))):
            k += 1
        if k >= len(cands):
            break
        g = cands[k]
        used.add((g["id"], name))
        k += 1
        style = "abbreviated" if ph == "abbreviated" else ("formal" if ph in ("formal", "mt") else "colloquial")
        tpl_key = "colloquial" if ph == "abbreviated" else ph
        tpl = rng.choice(Q[name][tpl_key])
        if where == "scoped":
            w = rng.choice(["", "这份报告", "本单位", "今年"]) if ph != "mt" else "这个报告的"
            scope = {"report": g["id"]}
            pre = ""
        else:
            w = who(g, style, rng.choice(["plain", "plain", "yy", "cn"]) if ph != "formal" else "plain")
            scope = {}
            pre = g["id"] + ":"
        q = tpl.format(w=w).lstrip("的，")
        num, den, scale, unit, what = IND[name]
        add(q, scope, INTENT.get(name, "share"), style,
            {"value": ind_value(g, name), "unit": unit, "tol": 0.05},
            rng.choice(PERSONA_OF.get(ph, ["evaluator", "deputy", "student"])), f"indicator:{name}", ph, [g["id"]],
            cells=[pre + c for c in num + den], calc=ind_calc(name, pre),
            note=f"{what}; computed from gold, tol 0.05 (one decimal passes)")

# zero denominators → refusal 「无法计算」
for g, name in zero_den[:10]:
    ph = rng.choice(["colloquial", "formal", "mt", "secretary"])
    style = "formal" if ph in ("formal", "mt") else "colloquial"
    q = rng.choice(Q[name][ph]).format(w=who(g, style))
    num, den, *_ = IND[name]
    add(q, {}, "unanswerable", style, {"refuse": True}, rng.choice(["evaluator", "student", "foreign"]),
        f"zero_denominator:{name}", ph, [g["id"]], cells=[g["id"] + ":" + c for c in den],
        note=f"asked as share; {IND[name][4]}; the denominator is 0 in gold → 无法计算")

# ---------------------------------------------------------------- 2. fee in a unit the table does not print
fee = [g for g in pool if g["template"] == "GF2021" and isinstance(cell(g, "t2.fee.amount_wan"), (int, float))
       and cell(g, "t2.fee.amount_wan") > 0]
FEEQ = [("colloquial", "{w}收了多少钱的行政事业性收费？换成元说"), ("formal", "{w}行政事业性收费金额折合人民币多少元？"),
        ("abbreviated", "{w}收费总额是多少元"), ("secretary", "{w}收费一共几块钱（元）？"),
        ("mt", "{w}的行政事业性的收费是多少元人民币")]
fee_short = [g for g in fee if short_name(g["agency"])][:3]
fee_rest = [g for g in fee if g not in fee_short]
for i in range(10):
    ph, tpl = FEEQ[i % len(FEEQ)] if i % 3 else FEEQ[2]
    g = fee_short.pop(0) if ph == "abbreviated" and fee_short else fee_rest.pop(0)
    if ph == "abbreviated" and not short_name(g["agency"]):
        ph, tpl = FEEQ[0]
    style = "abbreviated" if ph == "abbreviated" else ("formal" if ph in ("formal", "mt") else "colloquial")
    add(tpl.format(w=who(g, style)), {}, "value", style, {"value": cell(g, "t2.fee.amount_wan"), "unit": "万元"},
        rng.choice(["evaluator", "secretary", "deputy"]) if ph != "mt" else "foreign", "unit:fee_yuan", ph, [g["id"]],
        cells=[g["id"] + ":t2.fee.amount_wan"], note="printed in 万元; asked in 元 — the same amount in 元 (×10000) passes")
# a share asked as 「百分之几」 of a table with 0/1 fraction
# ---------------------------------------------------------------- 3. completeness: blank cells / printed
blank_sec = [g for g in (golds[i] for i in ids) if g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"]
             and cell(g, "t3.r3_1.tot") is None and g["placeholders"].get("t3.r3_1.tot") == ""
             and ay_count[(g["agency"], g["year"])] == 1]
blank_co = [g for g in (golds[i] for i in ids) if g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"]
            and cell(g, "t3.carry_out.tot") is None and g["placeholders"].get("t3.carry_out.tot") == ""
            and ay_count[(g["agency"], g["year"])] == 1]
BQ = {
    "t3.r3_1.tot": ["表三里“属于国家秘密”那一行填了没？填的多少？", "不予公开—属于国家秘密这一格有没有填数？",
                    "{w}表三国家秘密那栏是空着的吗", "{w}属于国家秘密不予公开的总计栏填的是什么"],
    "t3.carry_out.tot": ["结转下年度继续办理那一栏填了吗？是多少？", "{w}结转下年度的总计有没有写数字",
                         "表三最后一行结转下一年的总数填了没", "{w}转到下年办理的总计那格写了几件"],
}
for key, lst in (("t3.r3_1.tot", blank_sec), ("t3.carry_out.tot", blank_co)):
    for i, g in enumerate(lst[:6]):
        tpl = BQ[key][i % 4]
        scoped = "{w}" not in tpl
        style = "colloquial" if i % 2 == 0 else "formal"
        add(tpl.format(w=who(g, style)), {"report": g["id"]} if scoped else {}, "value", style, {"blank": True},
            "evaluator", "complete:blank", "colloquial" if style == "colloquial" else "formal", [g["id"]],
            cells=[(("" if scoped else g["id"] + ":") + key)], note="gold null with a \"\" placeholder: printed blank")
# printed (not blank) counterparts: value as printed
printed = [g for g in pool if cell(g, "t3.carry_out.tot") is not None and cell(g, "t3.r3_1.tot") is not None]
for i, g in enumerate(printed[40:46]):
    key = "t3.r3_1.tot" if i % 2 else "t3.carry_out.tot"
    tpl = BQ[key][(i + 1) % 4]
    scoped = "{w}" not in tpl
    add(tpl.format(w=who(g, "colloquial")), {"report": g["id"]} if scoped else {}, "value", "colloquial",
        {"value": cell(g, key), "unit": "件"}, "evaluator", "complete:printed", "colloquial", [g["id"]],
        cells=[(("" if scoped else g["id"] + ":") + key)], note="the cell is printed: its value")

# ---------------------------------------------------------------- 4. groups: pooled rate and top-1
LEVEL_WORDS = {"县级部门": ["县区的部门", "区县局委办"], "县级政府": ["县区政府", "各区县政府"], "乡镇": ["乡镇街道", "镇街"],
               "市级部门": ["市直部门", "市级部门"], "省级部门": ["省直厅局", "省级部门"], "市级政府": ["市政府", "地市政府"]}
groups: dict[tuple, list[dict]] = defaultdict(list)
for g in golds.values():
    groups[(province(g), g["level"], g["year"])].append(g)
gkeys = sorted(k for k, v in groups.items() if k[0] and len(v) >= 3 and all(readable(x) for x in v))
rng.shuffle(gkeys)
GI = ["pub_new", "rv_fix", "done", "np_share", "carry", "pub_res"]
GNAME = {"pub_new": ("予以公开率", "予以公开占本年新收"), "rv_fix": ("复议纠错率", "复议结果纠正占复议总计"),
         "done": ("办结率", "办理结果总计占新收加上年结转"), "np_share": ("自然人申请占比", "自然人申请占本年新收"),
         "carry": ("结转率", "结转下年度占新收加上年结转"), "pub_res": ("予以公开占比", "予以公开占办理结果总计")}
n_pool = n_top = 0
gi = 0
for gk in gkeys:
    prov, lev, yr = gk
    members = sorted(groups[gk], key=lambda x: x["id"])
    name = GI[gi % len(GI)]
    gi += 1
    num, den, *_ = IND[name]
    if not all(cells_ok(m, num + den) for m in members):
        continue
    N = sum(cell(m, k) for m in members for k in num)
    D = sum(cell(m, k) for m in members for k in den)
    lw = rng.choice(LEVEL_WORDS[lev])
    nm, how = GNAME[name]
    if D > 0 and n_pool < 30:
        ph = ["colloquial", "formal", "mt", "secretary"][n_pool % 4]
        style = "formal" if ph in ("formal", "mt") else "colloquial"
        q = {"colloquial": f"{prov}{yr}年{lw}加在一起算，{nm}是多少？（{how}，合计后再除）",
             "formal": f"请将{prov}{yr}年度{lw.lstrip('各')}的数据全部汇总，计算整体{nm}（{how}）。",
             "mt": f"{prov}的{yr}年的所有{lw}的合计的{nm}是什么（{how}）",
             "secretary": f"{prov}{yr}年{lw}汇总{nm}（{how}），一个数"}[ph]
        calc = "100*(" + "+".join("{" + m["id"] + ":" + k + "}" for m in members for k in num) + ")/(" + \
               "+".join("{" + m["id"] + ":" + k + "}" for m in members for k in den) + ")"
        add(q, {}, "share", style, {"value": r4(100 * N / D), "unit": "%", "tol": 0.05},
            {"colloquial": "deputy", "formal": "evaluator", "mt": "foreign", "secretary": "secretary"}[ph],
            f"group_pooled:{name}", ph, [m["id"] for m in members],
            cells=[m["id"] + ":" + k for m in members for k in num + den], calc=calc,
            note=f"pooled over the {len(members)} reports of {prov} {lev} {yr} (gold region/level): sum of numerators / sum of denominators; tol 0.05")
        n_pool += 1
    vals = {m["id"]: ind_value(m, name) for m in members}
    if all(isinstance(v, float) for v in vals.values()) and n_top < 24:
        srt = sorted(vals.items(), key=lambda kv: -kv[1])
        if srt[0][1] - srt[1][1] > 0.1:
            lowest = n_top % 3 == 2
            if lowest:
                srt = sorted(vals.items(), key=lambda kv: kv[1])
                if srt[1][1] - srt[0][1] <= 0.1:
                    continue
            top = srt[0][0]
            ph = ["colloquial", "formal", "mt", "secretary"][n_top % 4]
            style = "formal" if ph in ("formal", "mt") else "colloquial"
            hi = "最低" if lowest else "最高"
            q = {"colloquial": f"{prov}{yr}年{lw}里，哪一家{nm}{hi}？（{how}）",
                 "formal": f"在{prov}{yr}年度{lw if lw.startswith('各') else '各' + lw}中，{nm}（{how}）{hi}的是哪个单位？比率是多少？",
                 "mt": f"{prov}{yr}年的{lw}中{nm}{hi}的单位是哪个（{how}）",
                 "secretary": f"{prov}{yr}年{lw}{nm}{hi}的是谁，多少"}[ph]
            add(q, {}, "rank", style, {"values": {top: vals[top]}, "unit": "%", "tol": 0.05, "order": [top]},
                {"colloquial": "student", "formal": "evaluator", "mt": "foreign", "secretary": "secretary"}[ph],
                f"group_top:{name}", ph, [m["id"] for m in members],
                cells=[m["id"] + ":" + k for m in members for k in num + den],
                note=f"rank of {len(members)} reports ({prov} {lev} {yr}) by {IND[name][4]}; top one only, margin > 0.1 pt")
            n_top += 1

# ---------------------------------------------------------------- 5. year over year for one body
by_ag: dict[str, list[dict]] = defaultdict(list)
for g in golds.values():
    by_ag[g["agency"]].append(g)
def readable_loose(g: dict) -> bool:
    """A GF report whose tables were recovered, held once; findings allowed (checked per table below)."""
    return g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and ay_count[(g["agency"], g["year"])] == 1


def clean_for(g: dict, name: str) -> bool:
    tabs = {k.partition(".")[0] for k in IND[name][0] + IND[name][1]}
    return not any(str(f.get("where", "")).startswith(t) for f in g["findings"] for t in tabs)


pairs = []
for a in sorted(by_ag):
    rs = {g["year"]: g for g in by_ag[a] if readable_loose(g)}
    ys = sorted(rs)
    for i0 in range(len(ys)):
        for i1 in range(i0 + 1, len(ys)):
            pairs.append((rs[ys[i0]], rs[ys[i1]]))
rng.shuffle(pairs)
YI = ["pub_new", "rv_fix", "done", "np_share", "carry", "secret"]
YQ = {"colloquial": "{nm}比去年高了还是低了？（{how}）两年各多少", "formal": "与上一年度相比，本年{nm}（{how}）有何变化？请给出两年的数值。",
      "mt": "{nm}对比去年的是变高还是变低的（{how}）", "secretary": "{nm}（{how}）今年和去年各多少"}
YQS = {"colloquial": "{a}{y1}年跟{y0}年比，{nm}升了还是降了？（{how}）", "formal": "请比较{a}{y0}年与{y1}年的{nm}（{how}）。",
       "abbreviated": "{a}{nm}{y0}、{y1}两年各是多少（{how}）", "mt": "{a}的{y1}年和{y0}年的{nm}的比较是什么（{how}）"}
GNAME["secret"] = ("国家秘密占不予公开的比例", "属于国家秘密占不予公开小计")
n_y = 0
for j, (g0, g1) in enumerate(pairs * len(YI)):
    if n_y >= 26:
        break
    name = YI[(j + j // len(pairs)) % len(YI)]
    if not (clean_for(g0, name) and clean_for(g1, name)) or (g0["id"], g1["id"], name) in used:
        continue
    v0, v1 = ind_value(g0, name), ind_value(g1, name)
    if not (isinstance(v0, float) and isinstance(v1, float)) or abs(v0 - v1) < 0.1:
        continue
    used.add((g0["id"], g1["id"], name))
    nm, how = GNAME[name]
    num, den, *_ = IND[name]
    scoped = n_y % 2 == 0 and g1["year"] - g0["year"] == 1
    if scoped:
        ph = ["colloquial", "formal", "mt", "secretary"][(n_y // 2) % 4]
        q = YQ[ph].format(nm=nm, how=how)
        scope = {"report": g1["id"]}
    else:
        ph = ["colloquial", "formal", "abbreviated", "mt"][n_y % 4]
        if ph == "abbreviated" and not short_name(g1["agency"]):
            continue
        a = short_name(g1["agency"]) if ph == "abbreviated" else g1["agency"]
        q = YQS[ph].format(a=a, y0=g0["year"], y1=g1["year"], nm=nm, how=how)
        scope = {}
    style = "abbreviated" if ph == "abbreviated" else ("formal" if ph in ("formal", "mt") else "colloquial")
    add(q, scope, "compare", style, {"values": {g0["id"]: v0, g1["id"]: v1}, "unit": "%", "tol": 0.05},
        {"colloquial": "student", "formal": "deputy", "abbreviated": "student", "mt": "foreign",
         "secretary": "secretary"}[ph], f"yoy:{name}", ph, [g0["id"], g1["id"]],
        cells=[r["id"] + ":" + k for r in (g0, g1) for k in num + den],
        note=f"{IND[name][4]} of both years ({'higher' if v1 > v0 else 'lower'} in {g1['year']}); tol 0.05")
    n_y += 1

# ---------------------------------------------------------------- 6. chats (follow-ups)
chat_pool = [g for g in pool if all(isinstance(ind_value(g, n), float) for n in ("rv_fix", "pub_new", "np_share"))]
rng.shuffle(chat_pool)
CHAT = [
    ("rv_fix", "{w}复议纠错率是多少？", "pub_new", "那予以公开占新收的比例呢？", "np_share", "自然人申请占新收的比例呢"),
    ("pub_new", "{w}予以公开率（按本年新收算）多少", "np_share", "换成自然人申请占新收的比例", "month", "平均每个月新收几件"),
    ("np_share", "{w}自然人申请占比多少？", "rv_fix", "复议的纠错率呢", "pub_new", "予以公开占新收的呢"),
]
for c in range(8):
    g = chat_pool[c]
    steps = CHAT[c % 3]
    scoped = c % 2 == 0
    w = "" if scoped else who(g, "colloquial")
    turns = [steps[1].format(w=w), steps[3], steps[5]]
    names = [steps[0], steps[2], steps[4]]
    pre = "" if scoped else g["id"] + ":"
    for t in range(3):
        nm = names[t]
        num, den, scale, unit, what = IND[nm]
        add(turns[t], {"report": g["id"]} if scoped else {}, INTENT.get(nm, "share"), "colloquial",
            {"value": ind_value(g, nm), "unit": unit, "tol": 0.05}, "secretary" if c % 4 < 2 else "deputy",
            f"chat:{nm}", "followup" if t else "colloquial", [g["id"]], cells=[pre + x for x in num + den],
            calc=ind_calc(nm, pre), note=f"{what}; turn {t + 1} of a chat", previous=(turns[:t] if t else None),
            chain=f"zc-chat{c + 1}")

# ---------------------------------------------------------------- 7. unanswerable
texty = [g for g in pool if text_of(g)]
rng.shuffle(texty)
NODATA = [
    ("满意", ["{w}申请人对答复的满意率是多少？", "{w}信息公开满意度百分之几", "{w}的群众满意的比率是什么"]),
    ("天", ["{w}平均多少个工作日答复一件申请？", "{w}申请平均办理时长是几天", "{w}平均的答复的天数是什么"]),
    ("人员", ["{w}有几个专职做信息公开的工作人员？", "{w}信息公开工作人员配备了多少人", "{w}人均办理多少件申请（按工作人员算）"]),
    ("经费", ["{w}信息公开工作经费预算多少万元？", "{w}政务公开花了多少钱的经费", "{w}的信息公开的预算是多少的"]),
    ("超期", ["{w}逾期答复率是多少？", "{w}有几件申请超过法定期限才答复", "{w}超期答复的比率是什么"]),
    ("电话", ["{w}电话咨询接了多少个？", "{w}依申请公开的网上申请占比多少（网上的除以全部）", "{w}当面申请的占百分之几"]),
]
BANWORDS = {"满意": ["满意"], "天": ["工作日", "天", "时限", "平均"], "人员": ["专职", "兼职", "工作人员", "人员", "编制"],
            "经费": ["经费", "预算", "万元"], "超期": ["逾期", "超期", "期限"], "电话": ["电话", "网上", "当面", "信函", "渠道"]}
k = 0
for tag, tpls in NODATA:
    n = 0
    while n < 5 and k < len(texty):
        g = texty[k]
        k += 1
        t = text_of(g)
        if any(b in t for b in BANWORDS[tag]):
            continue
        tpl = tpls[n % 3]
        scoped = n % 2 == 1
        ph = ["colloquial", "formal", "mt"][n % 3]
        if n == 4 and short_name(g["agency"]):
            ph, scoped = "abbreviated", False
        style = "abbreviated" if ph == "abbreviated" else ("formal" if ph == "mt" else "colloquial")
        w = "" if scoped else who(g, style)
        add(tpl.format(w=w).lstrip("的"), {"report": g["id"]} if scoped else {}, "unanswerable", style,
            {"refuse": True}, rng.choice(["evaluator", "deputy", "student"]) if ph != "mt" else "foreign",
            f"nodata:{tag}", ph, [g["id"]],
            note=f"asked as share/value; the template has no place for it and the text has none of {BANWORDS[tag]}")
        n += 1

# years not stored
ystore = [a for a in sorted(by_ag) if all(readable(g) for g in by_ag[a])]
rng.shuffle(ystore)
n = 0
for a in ystore:
    if n >= 8:
        break
    yrs = {g["year"] for g in by_ag[a]}
    y = min(yrs) - 1 if n % 2 == 0 else max(yrs) + 1
    if y in yrs or y > 2025:
        y = min(yrs) - 1
    name = ["rv_fix", "pub_new", "done", "np_share"][n % 4]
    ph = ["colloquial", "formal", "mt", "secretary"][n % 4]
    style = "formal" if ph in ("formal", "mt") else "colloquial"
    if n % 2 == 1 and short_name(a):
        ph, style = "abbreviated", "abbreviated"
    q = rng.choice(Q[name]["colloquial" if ph == "abbreviated" else ph]).format(
        w=(short_name(a) if ph == "abbreviated" else a) + f"{y}年")
    add(q, {}, "unanswerable", style, {"refuse": True}, rng.choice(["student", "evaluator"]) if ph != "mt" else "foreign",
        f"missing_year:{name}", ph, [g["id"] for g in by_ag[a]],
        note=f"asked as share; {a} is stored for {sorted(yrs)} only, not {y}")
    n += 1
# bodies not stored: another bureau of a stored county
OTHER = ["档案局", "气象局", "机关事务管理局", "地方志办公室", "供销合作社联合社", "台湾事务办公室", "粮食和物资储备局", "人民防空办公室"]
counties = sorted({m.group(1) for a in agencies for m in [re.match(r"^(?:.{2,7}?(?:省|自治区))?(?:.{2,5}?市)?(.{2,6}?[县区])", a)] if m})
rng.shuffle(counties)
n = 0
for ct in counties:
    if n >= 8:
        break
    body = ct + OTHER[n % len(OTHER)]
    if any(OTHER[n % len(OTHER)] in a and ct in a for a in agencies):
        continue
    name = ["pub_new", "rv_fix", "np_share", "done"][n % 4]
    ph = ["colloquial", "mt", "formal", "secretary"][n % 4]
    style = "formal" if ph in ("formal", "mt") else "colloquial"
    q = rng.choice(Q[name][ph]).format(w=body + "2022年")
    add(q, {}, "unanswerable", style, {"refuse": True}, "evaluator" if ph != "mt" else "foreign",
        f"missing_body:{name}", ph, [], note=f"asked as share; no stored agency names both {ct} and {OTHER[n % len(OTHER)]}")
    n += 1

# ---------------------------------------------------------------- write
for i, it in enumerate(items, 1):
    it["id"] = f"zc{i:04d}"
out = [{"id": it.pop("id"), **it} for it in items]
OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in out), encoding="utf-8")


# ---------------------------------------------------------------- checks
def check():
    seen = set()
    for it in out:
        assert it["id"] not in seen
        seen.add(it["id"])
        sc = it["scope"].get("report")
        assert sc is None or sc in golds
        for c in it.get("cells", []):
            rid, _, key = c.rpartition(":")
            assert (rid or sc) in golds, c
        e = it["expect"]
        if "calc" in it and "value" in e:
            expr = re.sub(r"\{([^}]+)\}", lambda m, sc=sc: repr(cell(golds[(m.group(1).rpartition(":")[0] or sc)],
                                                                     m.group(1).rpartition(":")[2])), it["calc"])
            assert abs(eval(expr) - e["value"]) < 1e-3, (it["id"], expr, e)
        if "values" in e:
            for r in e["values"]:
                assert r in golds
        if it["style"] == "abbreviated":
            assert not any(golds[r]["agency"] in it["q"] for r in golds)
    return len(out)


if __name__ == "__main__":
    print(check(), "items")
