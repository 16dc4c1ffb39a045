"""Blind bank blindzb: conversations on the web page and a phone (chats, two asks, voice damage, corrections).

    PYTHONPATH=. python3 eval/questions/blindzb/make_blindzb.py   # rewrites blindzb.jsonl (deterministic)

Every expected value is computed here from the gold JSON of eval/wild, eval/wild2 … eval/wild26."""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent / "blindzb.jsonl"
SETS = ("wild", *(f"wild{i}" for i in range(2, 27)))

GOLDS: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        GOLDS[g["id"]] = g
        SET_OF[g["id"]] = s

AY = Counter((g["agency"], g["year"]) for g in GOLDS.values())
AGENCIES = sorted({g["agency"] for g in GOLDS.values()})


def clean(g: dict) -> bool:
    return (
        g.get("tables_recoverable")
        and g.get("template") in ("GF2019", "GF2021")
        and not g.get("findings")
        and AY[(g["agency"], g["year"])] == 1
    )


READ = sorted(r for r, g in GOLDS.items() if clean(g))
BY_AY = {(GOLDS[r]["agency"], GOLDS[r]["year"]): r for r in READ}

# measure → (cell keys summed, templates it exists in)
M = {
    "new": (["t3.new.tot"], "both"),
    "carry_in": (["t3.carry_in.tot"], "both"),
    "r1": (["t3.r1.tot"], "both"),
    "r2": (["t3.r2.tot"], "both"),
    "r3": ([f"t3.r3_{i}.tot" for i in range(1, 9)], "both"),
    "r3_4": (["t3.r3_4.tot"], "both"),
    "r3_6": (["t3.r3_6.tot"], "both"),
    "r4": ([f"t3.r4_{i}.tot" for i in range(1, 4)], "both"),
    "r4_1": (["t3.r4_1.tot"], "both"),
    "r4_2": (["t3.r4_2.tot"], "both"),
    "r5": ([f"t3.r5_{i}.tot" for i in range(1, 6)], "both"),
    "r5_1": (["t3.r5_1.tot"], "both"),
    "r5_2": (["t3.r5_2.tot"], "both"),
    "r6_1": (["t3.r6_1.tot"], "GF2021"),
    "r7": (["t3.r7.tot"], "both"),
    "carry_out": (["t3.carry_out.tot"], "both"),
    "np": (["t3.new.np"], "both"),
    "biz": (["t3.new.biz"], "both"),
    "org": ([f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")], "both"),
    "rv": (["t4.rv.tot"], "both"),
    "rv_keep": (["t4.rv.keep"], "both"),
    "rv_fix": (["t4.rv.fix"], "both"),
    "ld": (["t4.ld.tot"], "both"),
    "lr": (["t4.lr.tot"], "both"),
    "lit": (["t4.ld.tot", "t4.lr.tot"], "both"),
    "license": (["t2.license.decisions"], "both"),
    "penalty": (["t2.penalty.decisions"], "both"),
    "norm_valid": (["t2.norm.valid"], "GF2021"),
    "fee": (["t2.fee.amount_wan"], "GF2021"),
}
UNIT = {"fee": "万元", "license": None, "penalty": None, "norm_valid": "件"}

# how users name a measure in a full question (scoped: 「今年」/「我们」 added around it)
ASK = {
    "new": ["新收了多少件申请", "一共收到几件信息公开申请", "新接的依申请有多少"],
    "carry_in": ["上年结转过来的申请有几件", "从去年带过来没办完的有几件"],
    "r1": ["全部公开的有多少件", "同意公开的一共几件"],
    "r2": ["部分公开的有几件", "只公开一部分的有多少"],
    "r3": ["不予公开的一共多少件", "拒绝公开的加起来几件"],
    "r3_4": ["因为保护第三方合法权益不予公开的有几件", "第三方权益那一栏不公开的几件"],
    "r3_6": ["属于过程性信息不予公开的几件", "过程性信息没给公开的有多少"],
    "r4": ["无法提供的一共几件", "给不了信息的合计多少件"],
    "r4_1": ["本机关不掌握相关政府信息的有几件", "因为不掌握给不了的有几件"],
    "r4_2": ["没有现成信息需要另行制作的几件", "要重新做才能给的有几件"],
    "r5": ["不予处理的一共多少件", "不处理的申请有几件"],
    "r5_1": ["信访举报投诉类申请有几件", "其实是信访投诉的申请有多少"],
    "r5_2": ["重复申请的有几件", "重复来申请的有多少"],
    "r6_1": ["逾期不补正不再处理的有几件", "申请人不补正就不处理了的有多少"],
    "r7": ["办理结果总计多少件", "一共答复了多少件"],
    "carry_out": ["结转到下一年的有几件", "转到明年继续办的有多少"],
    "np": ["自然人申请的有几件", "个人提的申请有多少"],
    "biz": ["商业企业申请了几件", "公司来申请的有几件"],
    "org": ["法人或其他组织一共申请了几件", "单位来申请的合计多少"],
    "rv": ["行政复议有几件", "被申请复议多少次"],
    "rv_keep": ["复议结果维持的有几件", "复议维持了几件"],
    "rv_fix": ["复议被纠正的有几件", "复议纠正了几件"],
    "ld": ["没经过复议直接起诉的有几件", "直接去法院告的有几件"],
    "lr": ["复议后又起诉的有几件", "复议完再起诉的有多少"],
    "lit": ["行政诉讼一共几件", "被告上法院的合计几件"],
    "license": ["行政许可决定有多少", "许可办了多少件"],
    "penalty": ["行政处罚决定有多少", "罚了多少件"],
    "norm_valid": ["现行有效的规范性文件有几件", "手上还在用的规范性文件多少件"],
    "fee": ["行政事业性收费金额多少万", "收费一共收了多少万"],
}
# the short word an ellipsis turn uses (「那X呢」)
SHORT = {
    "new": "新收的", "carry_in": "上年结转的", "r1": "予以公开的", "r2": "部分公开的", "r3": "不予公开的",
    "r4": "无法提供的", "r5": "不予处理的", "r7": "总计", "carry_out": "结转下年的", "np": "自然人的",
    "biz": "企业的", "org": "法人和其他组织的", "rv": "复议", "rv_keep": "复议维持的", "ld": "直接起诉的",
    "lr": "复议后起诉的", "lit": "诉讼", "license": "行政许可", "penalty": "行政处罚", "r4_1": "不掌握的",
    "r5_2": "重复申请的",
}
# voice-input damage: the words as the phone heard them
VOICE = {
    "复议": ["附议", "复意"], "诉讼": ["速讼", "诉松"], "公开": ["公看", "攻开"], "申请": ["伸请", "申情"],
    "处罚": ["处法"], "许可": ["许克"], "结转": ["接转"], "不予": ["不于"],
}
TRAD = str.maketrans(
    "们这个数务开从来过没还处复议诉讼请呢么转结总计门单办许罚与发现实给会对吗业区县镇乡市局长应该几年级网条",
    "們這個數務開從來過沒還處復議訴訟請呢麼轉結總計門單辦許罰與發現實給會對嗎業區縣鎮鄉市局長應該幾年級網條",
)
FW = str.maketrans("0123456789", "０１２３４５６７８９")
CN = dict(zip("0123456789", "〇一二三四五六七八九"))

rng = random.Random(20261206)
SHORTS: set[str] = set()
ITEMS: list[dict] = []


def val(rid: str, m: str):
    g = GOLDS[rid]
    keys, tpl = M[m]
    if tpl != "both" and g["template"] != tpl:
        return None
    tot = 0
    for k in keys:
        t, _, c = k.partition(".")
        v = (g.get(t) or {}).get(c)
        if v is None:
            return None
        tot += v
    return tot


def unit(m: str):
    return UNIT.get(m, "件")


def name(rid: str) -> str:
    """The agency as a user writes it: full, or without its province/city prefix when still unique."""
    a = GOLDS[rid]["agency"]
    if rng.random() < 0.35:
        for pre in re.findall(r"^(.{2,7}?[省市])", a):
            rest = a[len(pre):]
            if len(rest) >= 4 and sum(rest in x for x in AGENCIES) == 1:
                SHORTS.add(rest)
                return rest
    return a


def year(y: int, style: str | None = None) -> str:
    style = style or rng.choice(["a", "a", "a", "short", "cn", "fw"])
    s = str(y)
    if style == "short":
        return f"{s[2:]}年"
    if style == "cn":
        return "".join(CN[c] for c in s) + "年"
    if style == "fw":
        return s.translate(FW) + "年"
    return f"{s}年"


def voice(text: str) -> str:
    for w, alts in VOICE.items():
        if w in text and rng.random() < 0.8:
            text = text.replace(w, rng.choice(alts), 1)
    text = re.sub(r"[，。？！、,.?!]", "", text)
    if rng.random() < 0.6:
        fill = rng.choice(["那个", "就是", "嗯", "呃那个"])
        text = fill + text if rng.random() < 0.5 else text[: len(text) // 2] + fill + text[len(text) // 2 :]
    return text


def cells_of(rid: str, m: str, scoped: str | None) -> list[str]:
    keys = M[m][0]
    return keys if rid == scoped else [f"{rid}:{k}" for k in keys]


def emit(q, scope, expect, intent, persona, kind, phrasing, previous=None, cells=None, chain=None, note=None,
         sets=None):
    it = {"q": q, "scope": {"report": scope} if scope else {}, "intent": intent}
    if previous:
        it["previous"] = list(previous)
    it["expect"] = expect
    if cells:
        it["cells"] = cells
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    it["sets"] = sorted(set(sets or []))
    if chain:
        it["chain"] = chain
    if note:
        it["note"] = note
    ITEMS.append(it)


def vexp(v, m):
    return {"value": v, "unit": unit(m)}


def pick(pool, n):
    pool = list(pool)
    rng.shuffle(pool)
    return pool[:n]


def chat(turns, scope, persona, kind, chain):
    """turns: list of (q, expect, intent, cells, sets, phrasing, note); every turn is an item, judged on itself."""
    asked: list[str] = []
    for i, (q, exp, intent, cells, sets, phr, note) in enumerate(turns):
        emit(q, scope, exp, intent, persona, kind, phr, previous=asked or None, cells=cells,
             chain=f"{chain}.{i + 1}/{len(turns)}", note=note, sets=sets)
        asked.append(q)


# ---------------------------------------------------------------- A. the clerk checks her own report (scoped chats)
SCOPED_SEQ = [
    ("new", "r2", "rv", "lit"), ("r1", "r3", "r4", "r5"), ("np", "biz", "org", "rv_keep"),
    ("license", "penalty", "rv", "ld"), ("new", "carry_out", "r4_1", "r5_2"), ("rv", "lit", "r1", "r2"),
]
n_chain = 0
for rid in pick(READ, 13):
    seq = SCOPED_SEQ[n_chain % len(SCOPED_SEQ)]
    vals = [val(rid, m) for m in seq]
    if any(v is None for v in vals):
        continue
    n_chain += 1
    s = SET_OF[rid]
    m0, m1, m2, m3 = seq
    t1 = rng.choice(["我们今年", "这份报告里", "本单位今年", "我这家"]) + rng.choice(ASK[m0]) + "？"
    ph1 = "plain"
    if rng.random() < 0.3:
        t1, ph1 = voice(t1), "voice"
    t2 = f"那{SHORT.get(m1, ASK[m1][0])}呢" if m1 in SHORT else rng.choice(ASK[m1])
    t3 = f"不对，我是说{SHORT[m2]}" if m2 in SHORT else "不对，" + ASK[m2][0]
    t4 = rng.choice([f"{SHORT[m3]}呢？", f"还有{SHORT[m3]}", f"那{SHORT[m3]}多少"]) if m3 in SHORT else ASK[m3][1]
    kinds = ["plain", "ellipsis", "correction", "ellipsis"]
    turns = []
    for q, m, v, k in zip((t1, t2, t3, t4), seq, vals, kinds):
        turns.append((q, vexp(v, m), "value", M[m][0], [s], ph1 if k == "plain" else "followup", None))
    if n_chain % 3 == 0:  # a fifth turn: something the template has no place for
        turns.append(("那我们今年信息公开工作花了多少经费？", {"refuse": True}, "unanswerable", None, [s], "followup",
                      "asked as value: no budget in the template"))
    chat(turns, rid, "clerk", "scoped-chat", f"A{n_chain}")

# ------------------------------------------------- A2. the clerk's check: 「这几个数对得上吗」 (H1, tot column)
n = 0
h1_bad = []
for rid, g in sorted(GOLDS.items()):
    for f in g.get("findings") or []:
        if f.get("check") == "H1" and f.get("where") == "t3 column tot" and AY[(g["agency"], g["year"])] == 1:
            h1_bad.append(rid)
for rid in pick(READ, 4) + pick(sorted(set(h1_bad)), 3):
    v = {m: val(rid, m) for m in ("new", "carry_in", "r7", "carry_out")}
    if any(x is None for x in v.values()):
        continue
    ok = v["new"] + v["carry_in"] == v["r7"] + v["carry_out"]
    if (rid in h1_bad) == ok:
        continue
    n += 1
    s = SET_OF[rid]
    turns = [
        (rng.choice(["今年新收的申请多少件", "我们今年新收了几件申请？"]), vexp(v["new"], "new"), "value", ["t3.new.tot"],
         [s], "plain", None),
        ("上年结转的呢", vexp(v["carry_in"], "carry_in"), "value", ["t3.carry_in.tot"], [s], "followup", None),
        ("办理结果总计呢", vexp(v["r7"], "r7"), "value", ["t3.r7.tot"], [s], "followup", None),
        ("结转下年的呢", vexp(v["carry_out"], "carry_out"), "value", ["t3.carry_out.tot"], [s], "followup", None),
        (rng.choice(["这几个数对得上吗", "新收加结转和总计加结转下年对得上吗？", "这四个数能对平吗"]),
         {"verdict": "consistent" if ok else "inconsistent", "checks": ["H1"],
          "values": {"t3.new.tot": v["new"], "t3.carry_in.tot": v["carry_in"], "t3.r7.tot": v["r7"],
                     "t3.carry_out.tot": v["carry_out"]}},
         "consistency", ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"], [s], "followup",
         "H1 on the 总计 column: 新收+上年结转 vs 办理结果总计+结转下年"),
    ]
    chat(turns, rid, "clerk", "check-chat", f"K{n}")

# ------------------------------------------------- B. a body store-wide, then 「它去年呢」 / 「换成20xx年」
def ok_rep(r):
    g = GOLDS[r]
    return g.get("tables_recoverable") and g.get("template") in ("GF2019", "GF2021") and not g.get("findings") \
        and AY[(g["agency"], g["year"])] == 1


YEARS = defaultdict(dict)
for r, g in GOLDS.items():
    if ok_rep(r):
        YEARS[g["agency"]][g["year"]] = r
n = 0
for ag in sorted(YEARS):
    ys = sorted(YEARS[ag])
    if len(ys) < 2:
        continue
    y0, y1 = ys[0], ys[-1]
    early, late = YEARS[ag][y0], YEARS[ag][y1]
    m0, m1 = [("new", "rv"), ("r1", "lit"), ("new", "r2"), ("rv", "new"), ("r3", "r4")][n % 5]
    v = [val(late, m0), val(early, m0), val(early, m1), val(late, m1)]
    if any(x is None for x in v):
        continue
    n += 1
    nm = name(late)
    t1 = f"{nm}{year(y1)}{rng.choice(ASK[m0])}"
    ph = "voice" if n % 3 == 0 else "plain"
    if ph == "voice":
        t1 = voice(t1)
    turns = [
        (t1, vexp(v[0], m0), "value", cells_of(late, m0, None), [SET_OF[late]], ph, None),
        (rng.choice([f"换成{year(y0, 'a')}", f"不对，是{year(y0, 'a')}的", f"{year(y0, 'short')}的呢"]), vexp(v[1], m0),
         "value", cells_of(early, m0, None), [SET_OF[early]], "followup", None),
        (rng.choice([f"那{SHORT[m1]}呢", f"换成{SHORT[m1]}"]), vexp(v[2], m1), "value", cells_of(early, m1, None),
         [SET_OF[early]], "followup", None),
        (f"它{y1}年的呢", vexp(v[3], m1), "value", cells_of(late, m1, None), [SET_OF[late]], "followup", None),
        (f"这两年{SHORT[m1]}变化多少", {"value": v[3] - v[2], "unit": unit(m1)}, "change",
         cells_of(late, m1, None) + cells_of(early, m1, None), [SET_OF[late], SET_OF[early]], "followup",
         f"signed later − earlier: {y1} minus {y0}"),
    ]
    chat(turns, None, "researcher", "body-year-chat", f"B{n}")
# 「它去年呢」 when the year before is not stored: a refusal inside a chat
n = 0
for rid in pick(READ, 200):
    g = GOLDS[rid]
    if any(GOLDS[r]["agency"] == g["agency"] and GOLDS[r]["year"] == g["year"] - 1 for r in GOLDS):
        continue
    m0, m1 = [("new", "rv"), ("r1", "lit"), ("license", "penalty"), ("np", "r2")][n % 4]
    v0, v1 = val(rid, m0), val(rid, m1)
    if v0 is None or v1 is None:
        continue
    n += 1
    if n > 9:
        break
    y = g["year"]
    t1 = f"{name(rid)}{year(y)}{rng.choice(ASK[m0])}"
    ph = "trad" if n % 4 == 0 else "plain"
    if ph == "trad":
        t1 = t1.translate(TRAD)
    turns = [
        (t1, vexp(v0, m0), "value", cells_of(rid, m0, None), [SET_OF[rid]], ph, None),
        (rng.choice(["它去年呢", "那它上一年呢"]), {"refuse": True}, "unanswerable", None, [SET_OF[rid]], "followup",
         f"asked as value: {g['agency']} {y - 1} is not in the store"),
        (f"那就{y}年的{SHORT[m1]}", vexp(v1, m1), "value", cells_of(rid, m1, None), [SET_OF[rid]], "followup", None),
    ]
    chat(turns, None, "reporter" if n % 2 else "researcher", "body-year-chat", f"BY{n}")

# ------------------------------------------------- C. corrections across bodies: 「不是这家，是XX」, 「第一家的…呢」
by_key = defaultdict(list)
for r in READ:
    g = GOLDS[r]
    by_key[(g["region"][:6], g["level"], g["year"])].append(r)
groups = [v for v in by_key.values() if len(v) >= 2]
n = 0
for grp in pick(groups, 60):
    a, b = pick(grp, 2)
    if GOLDS[a]["agency"] == GOLDS[b]["agency"]:
        continue
    m0, m1 = rng.choice([("rv", "lit"), ("new", "r1"), ("r2", "r3"), ("new", "np"), ("license", "penalty")])
    v = [val(b, m0), val(a, m0), val(a, m1), val(b, m1)]
    if any(x is None for x in v):
        continue
    n += 1
    if n > 12:
        break
    y = GOLDS[a]["year"]
    na, nb = name(a), name(b)
    sa, sb = SET_OF[a], SET_OF[b]
    if n % 2:
        t1 = f"{nb}{year(y)}{rng.choice(ASK[m0])}"
        turns = [
            (t1, vexp(v[0], m0), "value", cells_of(b, m0, None), [sb], "plain", None),
            (f"不是这家，是{na}", vexp(v[1], m0), "value", cells_of(a, m0, None), [sa], "followup", None),
            (f"那它的{SHORT.get(m1, m1)}呢", vexp(v[2], m1), "value", cells_of(a, m1, None), [sa], "followup", None),
            (f"第一家的{SHORT.get(m1, m1)}呢", vexp(v[3], m1), "value", cells_of(b, m1, None), [sb], "followup",
             None),
        ]
        if True:
            turns.append((f"上面这两家{SHORT.get(m1, m1)}加起来多少", {"value": v[2] + v[3], "unit": unit(m1)}, "sum",
                          cells_of(a, m1, None) + cells_of(b, m1, None), [sa, sb], "followup", None))
    else:
        t1 = f"{na}和{nb}{year(y)}{rng.choice(ASK[m0])}"
        vals = {a: v[1], b: v[0]}
        turns = [
            (t1, {"values": vals, "unit": unit(m0)}, "list", cells_of(a, m0, None) + cells_of(b, m0, None),
             [sa, sb], "plain", None),
            (f"第二家的{SHORT.get(m1, m1)}呢", vexp(v[3], m1), "value", cells_of(b, m1, None), [sb], "followup",
             None),
            (f"上面那个呢", vexp(v[2], m1), "value", cells_of(a, m1, None), [sa], "followup",
             "「上面那个」 = the first body named"),
        ]
        if n % 4 == 0:
            turns.append(("那这两家申请人的平均年龄呢", {"refuse": True}, "unanswerable", None, [sa, sb], "followup",
                          "asked as value: no age of applicants in the template"))
    chat(turns, None, "supervisor" if n % 2 else "reporter", "cross-body-chat", f"C{n}")

# ------------------------------------- D. scope switch: one body → its county's/city's bodies of its level → back
LEVELW = {"县级部门": ["这些部门", "各局委办"], "乡镇": ["各乡镇街道", "镇街"], "县级政府": ["各县区政府"],
          "市级部门": ["市直部门"], "省级部门": ["省直厅局"], "市级政府": ["各市政府"]}
grp2 = defaultdict(list)
for r, g in GOLDS.items():
    grp2[(g["region"], g["level"], g["year"])].append(r)
n = 0
for (reg, lvl, y), members in sorted(grp2.items()):
    if len(members) < 2 or lvl not in ("县级部门", "乡镇"):
        continue
    if not all(r in READ for r in members):
        continue
    m0, m1 = ("new", "r1") if n % 2 else ("rv", "new")
    tot = [val(r, m0) for r in members]
    if any(x is None for x in tot) or any(val(r, m1) is None for r in members):
        continue
    a = sorted(members)[n % len(members)]
    place = re.sub(r"^.*?[省]", "", reg)
    place = re.sub(r"^.*?市(?=.+[县区市]$)", "", place)
    n += 1
    lw = rng.choice(LEVELW[lvl])
    sets = [SET_OF[r] for r in members]
    turns = [
        (f"{name(a)}{year(y)}{rng.choice(ASK[m0])}", vexp(val(a, m0), m0), "value", cells_of(a, m0, None),
         [SET_OF[a]], "plain", None),
        (f"那{place}{lw}{y}年加起来呢", {"value": sum(tot), "unit": unit(m0)}, "sum",
         [f"{r}:{k}" for r in members for k in M[m0][0]], sets, "followup",
         f"{len(members)} stored reports of {reg} {lvl} {y}"),
        (f"一共几家", {"value": len(members), "unit": "份"}, "which_reports", None, sets, "followup",
         "count of stored reports in the set"),
        (f"回到{name(a)}，{SHORT.get(m1, m1)}呢", vexp(val(a, m1), m1), "value", cells_of(a, m1, None),
         [SET_OF[a]], "followup", None),
    ]
    vals = {r: val(r, m0) for r in members}
    top = sorted(vals.values(), reverse=True)
    if len(members) <= 6 and (len(top) < 2 or top[0] != top[1]):
        best = max(vals, key=vals.get)
        turns.insert(3, (rng.choice(["最多的是哪家", "哪个单位最多", "排第一的是谁"]),
                         {"values": vals, "unit": unit(m0), "order": [best]}, "rank",
                         [f"{r}:{k}" for r in members for k in M[m0][0]], sets, "followup", "top one of the set"))
    chat(turns, None, "supervisor", "scope-switch-chat", f"D{n}")
    if n >= 10:
        break

# ------------------------------------------------------------ E. one message, two asks (the first ask judged fully)
JOIN = ["，另外", "，以及", "，顺便问下", "。再问一下", "，还有"]
n = 0
for rid in pick(READ, 120):
    m0, m1 = rng.choice([("new", "rv"), ("r1", "r2"), ("np", "org"), ("r3", "lit"), ("license", "penalty"),
                         ("carry_out", "r4"), ("rv_keep", "ld"), ("r5", "norm_valid"), ("new", "fee")])
    a, b = val(rid, m0), val(rid, m1)
    if a is None or b is None or a == b:
        continue
    n += 1
    if n > 24:
        break
    scoped = n % 2 == 0
    head = rng.choice(["今年", "我们", ""]) if scoped else f"{name(rid)}{year(GOLDS[rid]['year'])}"
    q = f"{head}{rng.choice(ASK[m0])}{rng.choice(JOIN)}{rng.choice(ASK[m1])}"
    ph = "plain"
    if n % 7 == 0:
        q, ph = voice(q), "voice"
    elif n % 7 == 3:
        q, ph = q.translate(TRAD), "trad"
    k0, k1 = M[m0][0], M[m1][0]
    key0 = "+".join(k0) if len(k0) > 1 else k0[0]
    key1 = "+".join(k1) if len(k1) > 1 else k1[0]
    emit(q, rid if scoped else None, {"values": {key0: a, key1: b}, "unit": None}, "list",
         "clerk" if scoped else rng.choice(["reporter", "researcher", "supervisor"]), "two-asks", ph,
         cells=cells_of(rid, m0, rid if scoped else None) + cells_of(rid, m1, rid if scoped else None),
         sets=[SET_OF[rid]], note=f"two asks: {m0}={a}, {m1}={b}; both numbers must be shown")

# ----------------------------------- F. phone / voice / label quotes / English / traditional singles (one value)
LABELQ = {
    "r3_4": ["因保护第三方合法权益不予公开的", "申请人以外的第三方不同意公开的", "保护第三人合法权益那项"],
    "r3_6": ["属于四类过程性信息的", "过程性的信息不予公开"],
    "r4_1": ["本机关不掌握相关政府信息的", "本机关不掌握相关的政府信息"],
    "r4_2": ["没有现成信息需要另行制作", "没有现成信息需另行制做的"],
    "r5_1": ["信访举报投诉类申请", "信访举报头诉类申请"],
    "r5_2": ["重复申请的", "重复伸请"],
    "r6_1": ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请的", "逾期不补正行政机关不再处理的"],
    "rv_fix": ["行政复议结果纠正的", "复议结果纠正"],
    "lr": ["复议后起诉总计", "复议后起诉的合计"],
}
ENG = {"new": "新收申请total多少", "r7": "办理结果total是多少", "rv": "行政复议total几件", "lit": "诉讼total多少",
       "r1": "予以公开的number是多少", "org": "法人和其他组织的count多少"}
n = 0
for rid in pick(READ, 200):
    kind = ["label", "voice", "eng", "trad", "fw"][n % 5]
    if kind == "label":
        m = rng.choice(sorted(LABELQ))
    elif kind == "eng":
        m = rng.choice(sorted(ENG))
    else:
        m = rng.choice(sorted(SHORT))
    v = val(rid, m)
    if v is None:
        continue
    n += 1
    if n > 28:
        break
    scoped = n % 3 != 0
    y = GOLDS[rid]["year"]
    head = rng.choice(["今年", "这份里", "本年度"]) if scoped else f"{name(rid)}{year(y, 'fw' if kind == 'fw' else None)}"
    if kind == "label":
        q = f"{head}「{rng.choice(LABELQ[m])}」有几件"
    elif kind == "eng":
        q = f"{head}{ENG[m]}"
    else:
        q = f"{head}{rng.choice(ASK[m])}"
    if kind == "voice":
        q = voice(q)
    elif kind == "trad":
        q = q.translate(TRAD)
    elif kind == "fw":
        q = q.translate(FW) + "？"
    emit(q, rid if scoped else None, vexp(v, m), "value",
         {"label": "clerk", "eng": "researcher"}.get(kind, "citizen" if scoped else "reporter"),
         "phone-single", kind, cells=cells_of(rid, m, rid if scoped else None), sets=[SET_OF[rid]])

# ---------------------------------------------------------------- G. unanswerable chats and singles
OTHER_BODIES = ["档案馆", "气象局", "机关事务服务中心", "地方志办公室", "供销合作社联合社", "红十字会"]
n = 0
for rid in pick(READ, 80):
    g = GOLDS[rid]
    county = re.sub(r"^.*?[省]", "", g["region"])
    county = re.sub(r"^.*?市(?=.+[县区市]$)", "", county)
    if not county or len(county) < 2:
        continue
    body = county + rng.choice(OTHER_BODIES)
    if any(body in a or (county in a and body[len(county):] in a) for a in AGENCIES):
        continue
    n += 1
    if n > 12:
        break
    y = g["year"]
    v = val(rid, "new")
    if v is None:
        continue
    kind = n % 3
    t1 = f"{name(rid)}{year(y)}{rng.choice(ASK['new'])}"
    if kind == 0:
        last = (f"不是这家，是{body}", {"refuse": True}, "unanswerable", None, [SET_OF[rid]], "followup",
                f"asked as value: {body} is not in the store")
    elif kind == 1:
        last = ("那它的网站访问量呢", {"refuse": True}, "unanswerable", None, [SET_OF[rid]], "followup",
                "asked as value: site visits are no template cell")
    else:
        last = ("申请人里女的有几个", {"refuse": True}, "unanswerable", None, [SET_OF[rid]], "followup",
                "asked as value: applicants' sex is not in the template")
    turns = [(t1, vexp(v, "new"), "value", cells_of(rid, "new", None), [SET_OF[rid]], "plain", None), last]
    chat(turns, None, "citizen" if n % 2 else "reporter", "refusal-chat", f"G{n}")

# GF2021 measure asked of GF2019 and vice versa, and years before the first stored one (single messages)
n = 0
for rid in pick(READ, 200):
    g = GOLDS[rid]
    n += 1
    if n > 12:
        break
    y = g["year"]
    if g["template"] == "GF2019":
        q, note = f"{name(rid)}{year(y)}行政事业性收费金额多少万另外规范性文件废止了几件", "asked as list: GF2019 has no fee amount or 废止 cell"
    else:
        q, note = f"{name(rid)}{year(y)}政府集中采购项目有几个", "asked as value: GF2021 has no 采购 rows"
    if n % 2 == 0:
        first = min(GOLDS[r]["year"] for r in GOLDS if GOLDS[r]["agency"] == g["agency"])
        q, note = f"{name(rid)}{year(first - 3)}{rng.choice(ASK['new'])}", "asked as value: a year before the body's first stored report"
    emit(voice(q) if n % 5 == 0 else q, None, {"refuse": True}, "unanswerable", "citizen" if n % 2 else "researcher",
         "refusal-single", "voice" if n % 5 == 0 else "plain", note=note, sets=[SET_OF[rid]])

# ------------------------------------------- H. two bodies in one message (「A和B各几件」「顺便B的呢」)
n = 0
for grp in pick(groups, 200):
    a, b = pick(grp, 2)
    if GOLDS[a]["agency"] == GOLDS[b]["agency"]:
        continue
    m = rng.choice(["new", "rv", "lit", "r1", "r3", "license", "np", "carry_out"])
    va, vb = val(a, m), val(b, m)
    if va is None or vb is None:
        continue
    n += 1
    if n > 40:
        break
    y = GOLDS[a]["year"]
    form = n % 3
    if form == 0:
        q = f"{name(a)}和{name(b)}{year(y)}{rng.choice(ASK[m])}，各是多少"
    elif form == 1:
        q = f"{name(a)}{year(y)}{rng.choice(ASK[m])}{rng.choice(JOIN)}{name(b)}的呢"
    else:
        q = f"{name(a)}、{name(b)}这两家{year(y)}{SHORT.get(m, m)}分别多少 total多少"
    ph = "plain"
    if n % 5 == 0:
        q, ph = voice(q), "voice"
    exp = {"values": {a: va, b: vb}, "unit": unit(m)}
    note = None
    if form == 2:
        note = f"total = {va + vb}; the two bodies' values are judged"
    emit(q, None, exp, "list", rng.choice(["reporter", "supervisor", "researcher"]), "two-bodies", ph,
         cells=cells_of(a, m, None) + cells_of(b, m, None), sets=[SET_OF[a], SET_OF[b]], note=note)

# ---------------------------------------------------------------- write

for i, it in enumerate(ITEMS, 1):
    it["id"] = f"zb{i:04d}"
    flat = re.sub(r"[「」]", "", it["q"])
    for a in AGENCIES:
        flat = flat.replace(a, "")
    it["style"] = "abbreviated" if any(x in flat for x in SHORTS) else "colloquial"


def check() -> None:
    ids = set()
    for it in ITEMS:
        assert it["id"] not in ids
        ids.add(it["id"])
        scope = it["scope"].get("report")
        assert scope is None or scope in GOLDS
        exp = it["expect"]
        for k in exp.get("values", {}):
            assert k in GOLDS or k.startswith("t") or k in ("printed", "implied"), k
        for c in it.get("cells", []):
            rid, _, key = c.rpartition(":")
            rid = rid or scope
            assert rid in GOLDS, c
            t, _, k = key.partition(".")
            assert GOLDS[rid][t][k] is not None, c
        if "value" in exp and it.get("cells") and it["intent"] in ("value", "sum"):
            tot = 0
            for c in it["cells"]:
                rid, _, key = c.rpartition(":")
                t, _, k = key.partition(".")
                tot += GOLDS[rid or scope][t][k]
            assert tot == exp["value"], it
        if it["intent"] == "list" and not any(k in GOLDS for k in exp["values"]):
            for k, v in exp["values"].items():
                t = sum(GOLDS[scope or re.sub(r":.*", "", it["cells"][0])][p.split(".")[0]][p.split(".", 1)[1]]
                        for p in k.split("+"))
                assert t == v, it
        if it["intent"] == "list" and all(k in GOLDS for k in exp["values"]):
            for k, v in exp["values"].items():
                assert sum(GOLDS[k][c.split(":")[1].split(".")[0]][c.split(":")[1].split(".", 1)[1]]
                           for c in it["cells"] if c.startswith(k + ":")) == v, it


check()
OUT.write_text(
    "".join(json.dumps({"id": it.pop("id"), **it}, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8"
)
if __name__ == "__main__":
    c = Counter(it["intent"] for it in ITEMS)
    print(len(ITEMS), dict(c))
    print(Counter(it["persona"] for it in ITEMS))
    print(Counter(it["kind"] for it in ITEMS))
    print(Counter(it["phrasing"] for it in ITEMS))

    def reads(it):
        r = set()
        if it["scope"].get("report"):
            r.add(it["scope"]["report"])
        r |= {c.rpartition(":")[0] for c in it.get("cells", []) if ":" in c}
        r |= {k for k in it["expect"].get("values", {}) if k in GOLDS}
        return r
    cross = [it for it in ITEMS if len(reads(it)) > 1 or it["intent"] == "which_reports"]
    refuse = [it for it in ITEMS if it["expect"].get("refuse")]
    print("cross", len(cross), round(100 * len(cross) / len(ITEMS), 1), "refuse", len(refuse),
          round(100 * len(refuse) / len(ITEMS), 1), "scoped", sum(bool(it["scope"]) for it in ITEMS),
          "chat turns", sum("chain" in it for it in ITEMS), "chains", len({it["chain"].split(".")[0] for it in ITEMS if "chain" in it}))
    t = defaultdict(Counter)
    for it in ITEMS:
        t[it["intent"]][it["phrasing"]] += 1
    for k, v in sorted(t.items(), key=lambda kv: -sum(kv[1].values())):
        print(k, sum(v.values()), dict(v))
    print(Counter(it["persona"] for it in ITEMS))
