"""Blind bank blindza: yes/no, time and comparison as people say them (eval/questions/blindza/README.md).

    PYTHONPATH=. .venv/bin/python eval/questions/blindza/make_blindza.py   # rewrites blindza.jsonl, same bytes each run

Every expected value is computed here from the wild sets' gold JSON (eval/wild … eval/wild26), or, for the prose's
figures, read from the report's own text (a pattern that matches exactly once; the quote is asserted in the text)."""

from __future__ import annotations

import glob
import html
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent / "blindza.jsonl"
SETS = ["wild", *(f"wild{i}" for i in range(2, 27))]
RNG = random.Random(20261206)

# ---------------------------------------------------------------- gold

GOLD: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted(glob.glob(str(ROOT / "eval" / s / "gold" / "*.json"))):
        g = json.load(open(f, encoding="utf-8"))
        GOLD[g["id"]] = g
        SET_OF[g["id"]] = s

AY = Counter((g["agency"], g["year"]) for g in GOLD.values())
AGENCIES = sorted({g["agency"] for g in GOLD.values()})
YEARS_OF: dict[str, set[int]] = defaultdict(set)
for g in GOLD.values():
    YEARS_OF[g["agency"]].add(g["year"])


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and g["tables_recoverable"]
        and not g["findings"]
        and AY[(g["agency"], g["year"])] == 1
    )


R = {rid: g for rid, g in GOLD.items() if readable(g)}
BY_AY = {(g["agency"], g["year"]): rid for rid, g in R.items()}


def cell(rid: str, key: str):
    t, k = key.split(".", 1)
    return GOLD[rid][t].get(k)


# measure → (cells, colloquial words, formal words, unit)
M = {
    "new": (["t3.new.tot"], "收到的申请", "新收政府信息公开申请数量", "件"),
    "r1": (["t3.r1.tot"], "全部公开的", "予以公开的办理结果数量", "件"),
    "rv": (["t4.rv.tot"], "被申请复议的", "因政府信息公开被申请行政复议的数量", "件"),
    "lit": (["t4.ld.tot", "t4.lr.tot"], "被告上法庭的", "因政府信息公开被提起行政诉讼的数量（含复议后起诉）", "件"),
    "deny": ([f"t3.r3_{i}.tot" for i in range(1, 9)], "拒绝公开的", "不予公开的办理结果数量", "件"),
    "noinfo": ([f"t3.r4_{i}.tot" for i in range(1, 4)], "没有信息给不了的", "无法提供的办理结果数量", "件"),
    "lic": (["t2.license.decisions"], "批的行政许可", "行政许可处理决定数量", "件"),
    "pen": (["t2.penalty.decisions"], "开的行政处罚", "行政处罚处理决定数量", "件"),
    "carry": (["t3.carry_out.tot"], "拖到下一年办的", "结转下年度继续办理的申请数量", "件"),
}


def val(rid: str, m: str):
    cells = M[m][0]
    vs = [cell(rid, c) for c in cells]
    if any(v is None for v in vs):
        return None
    return sum(vs)


def keys(rid: str, m: str, scoped: str | None) -> list[str]:
    return [c if rid == scoped else f"{rid}:{c}" for c in M[m][0]]


# ---------------------------------------------------------------- names

PROV_RE = re.compile(r"^(.+?(?:省|自治区)|北京市|上海市|天津市|重庆市)")


def province(g: dict) -> str:
    m = PROV_RE.match(g["region"])
    return m.group(1) if m else g["region"][:3]


def short_name(g: dict) -> str | None:
    a = g["agency"]
    p = province(g)
    if g["level"] == "省级部门" and a.startswith(p):
        s = re.sub(r"(省|自治区|壮族|回族|维吾尔)", "", p) + a[len(p):]
    else:
        s = a[len(p):] if a.startswith(p) and len(a) > len(p) + 2 else a
    if g["level"] in ("县级部门", "县级政府", "乡镇"):
        m = re.match(r"^(.{2,4}?市)(.{2,}?[区县市旗].*)$", s)
        if m:
            s = m.group(2)
    s = s.replace("人民政府办公室", "政府办").replace("人民政府", "政府")
    if g["level"] == "县级部门":
        m = re.match(r"^(.{2,3})[区县](.+)$", s)
        if m and not m.group(2).startswith(("政府", "人民")):
            s = m.group(1) + m.group(2)
    if s == a or len(s) < 3:
        return None
    if sum(1 for x in AGENCIES if s in x) != 1 or not any(s in x for x in [a]):
        # the short form must name this body only (and, after rewriting, may not be a substring at all)
        if sum(1 for x in AGENCIES if _loose(s, x)) != 1:
            return None
    return s


def _loose(s: str, agency: str) -> bool:
    core = s.replace("政府办", "").replace("政府", "")
    return core[:2] in agency and all(ch in agency for ch in core)


def cn_year(y: int) -> str:
    d = "〇一二三四五六七八九"
    return "二" + "".join(d[int(c)] for c in str(y)[1:])


def year_word(y: int, style: str) -> str:
    if style == "colloquial":
        return RNG.choice([f"{str(y)[2:]}年", f"{y}年"])
    if style == "formal":
        return RNG.choice([f"{y}年度", f"{cn_year(y)}年度"])
    return f"{y}年"


def body(rid: str, style: str) -> tuple[str, str]:
    """The body as named in this phrasing, and the style actually used (abbreviated only with a short name)."""
    g = GOLD[rid]
    if style == "abbreviated":
        s = short_name(g)
        if s:
            return s, "abbreviated"
        return g["agency"], "colloquial"
    return g["agency"], style


LEVEL_WORDS = {
    "县级部门": ("县里区里的局委办", "县级政府部门"),
    "县级政府": ("区县政府", "县级人民政府"),
    "乡镇": ("乡镇街道", "乡镇人民政府（街道办事处）"),
    "市级部门": ("市里的局", "市级政府部门"),
    "省级部门": ("省里的厅局", "省级政府部门"),
    "市级政府": ("市政府", "设区的市人民政府"),
}

PERSONAS = ["auditor", "teacher", "journalist", "paralegal", "phone"]

ITEMS: list[dict] = []


def add(q, scope, intent, style, expect, kind, persona, rids, cells=None, calc=None, note=None, previous=None,
        source_quote=None, chain=None):
    it = {"id": "", "q": q, "scope": {"report": scope} if scope else {}, "intent": intent, "style": style,
          "expect": expect}
    if previous:
        it["previous"] = previous
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if source_quote:
        it["source_quote"] = source_quote
    if note:
        it["note"] = note
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = style
    it["sets"] = sorted({SET_OF[r] for r in rids if r in SET_OF})
    if chain:
        it["chain"] = chain
    ITEMS.append(it)


def pick(seq, n):
    seq = list(seq)
    RNG.shuffle(seq)
    return seq[:n]


STYLES = ["colloquial", "formal", "abbreviated"]


def sty(i):
    return STYLES[i % 3]


def spread(rids: list[str]) -> list[str]:
    """Round-robin over the sets so that every wild set is read."""
    by = defaultdict(list)
    for r in sorted(rids):
        by[SET_OF[r]].append(r)
    for v in by.values():
        RNG.shuffle(v)
    out = []
    while any(by.values()):
        for s in SETS:
            if by.get(s):
                out.append(by[s].pop())
    return out


RIDS = spread(list(R))
_cursor = 0


def next_rids(pred, n):
    global _cursor
    out = []
    tries = 0
    while len(out) < n and tries < 3 * len(RIDS):
        r = RIDS[_cursor % len(RIDS)]
        _cursor += 1
        tries += 1
        if pred(r) and r not in out:
            out.append(r)
    return out


# ---------------------------------------------------------------- A. yes/no with a deciding value

YN = [
    ("lit", ["{b}{y}有没有被人告上法庭？", "{b}{y}是否存在因政府信息公开引发的行政诉讼？", "{b}{y}被起诉过吗"],
     "journalist"),
    ("new", ["{b}{y}收到的公开申请过一百了没？", "{b}{y}新收政府信息公开申请是否超过100件？", "{b}{y}申请破百了吗"],
     "phone"),
    ("rv", ["{b}{y}有人申请复议没有？", "{b}{y}是否发生因信息公开被申请行政复议的情况？", "{b}{y}有复议吗"],
     "paralegal"),
    ("deny", ["{b}{y}有没有拒绝给人公开的？", "{b}{y}是否存在作出不予公开答复的情形？", "{b}{y}有不予公开的吗"],
     "auditor"),
    ("noinfo", ["{b}{y}有没有说信息不存在给不了的？", "{b}{y}是否有无法提供的答复？", "{b}{y}有无法提供的吗"],
     "auditor"),
    ("carry", ["{b}{y}有没有没办完拖到下一年的申请？", "{b}{y}是否存在结转下年度继续办理的申请？", "{b}{y}有结转到下年的吗"],
     "auditor"),
]
for m, forms, persona in YN:
    rs = next_rids(lambda r: val(r, m) is not None, 6)
    for i, r in enumerate(rs):
        st = sty(i)
        g = GOLD[r]
        scoped = i in (3, 4) and st != "abbreviated"
        if scoped:
            b, st2 = "", st
            y = "今年" if st == "colloquial" else "本年度"
            q = forms[i % 3].format(b="", y=y).lstrip("，")
        else:
            b, st2 = body(r, st)
            q = forms[STYLES.index(st)].format(b=b, y=year_word(g["year"], st2))
        add(q, r if scoped else None, "value", st2, {"value": val(r, m), "unit": "件"}, "yesno", persona, [r],
            cells=keys(r, m, r if scoped else None),
            note=f"yes/no asked; the deciding figure is {M[m][2]} = {val(r, m)}")

# 复议 corrected? only where a 复议 happened
rs = next_rids(lambda r: (cell(r, "t4.rv.tot") or 0) > 0 and cell(r, "t4.rv.fix") is not None, 6)
forms = ["{b}{y}那些复议有没有被纠正的？", "{b}{y}行政复议案件中是否有结果被纠正的？", "{b}{y}复议纠正了吗"]
for i, r in enumerate(rs):
    st = sty(i)
    b, st2 = body(r, st)
    add(forms[STYLES.index(st)].format(b=b, y=year_word(GOLD[r]["year"], st2)), None, "value", st2,
        {"value": cell(r, "t4.rv.fix"), "unit": "件"}, "yesno", "paralegal", [r], cells=[f"{r}:t4.rv.fix"],
        note=f"yes/no asked; deciding figure 行政复议 结果纠正 = {cell(r, 't4.rv.fix')} (of {cell(r, 't4.rv.tot')})")

# groups: province × level × year, all readable for the measure
# a group is used only when every stored report of it (whatever its set) is readable: a whole-store answer reads them all
ALLG: dict[tuple, list[str]] = defaultdict(list)
for r, g in GOLD.items():
    ALLG[(province(g), g["level"], g["year"])].append(r)
GROUPS = {k: sorted(v) for k, v in ALLG.items() if len(v) >= 3 and all(r in R for r in v)}


def group_words(k, st):
    p, lv, y = k
    pw = p if st != "abbreviated" else re.sub(r"(省|自治区|壮族|回族|维吾尔)", "", p).rstrip("市") or p
    lw = LEVEL_WORDS[lv][0 if st == "colloquial" else 1]
    return f"{pw}{lw}", year_word(y, "formal" if st == "formal" else "colloquial")


GK = sorted(GROUPS, key=lambda k: (-len(GROUPS[k]), k))
yn_groups = []
for k in GK:
    rs = GROUPS[k]
    if all(val(r, "new") is not None for r in rs):
        zero = [r for r in rs if val(r, "new") == 0]
        if zero and len(zero) < len(rs):
            yn_groups.append((k, zero))
forms = ["{g}{y}有没有一件申请都没收到的？有的话是哪几家", "{y}{g}中是否存在全年零申请的单位？请列出",
         "{y}{g}里零申请的有吗，哪几个"]
for i, (k, zero) in enumerate(yn_groups[:9]):
    st = sty(i)
    gw, y = group_words(k, st)
    add(forms[STYLES.index(st)].format(g=gw, y=y), None, "which_reports", st, {"reports": zero}, "yesno",
        RNG.choice(["journalist", "auditor", "teacher"]), GROUPS[k],
        note=f"group {k}: {len(GROUPS[k])} reports; 零申请 = 新收 0")

# ---------------------------------------------------------------- B. time words

pairs = []  # (earlier, later) of one agency, both readable
for a in AGENCIES:
    ys = sorted(y for y in YEARS_OF[a] if (a, y) in BY_AY)
    for y1, y2 in zip(ys, ys[1:]):
        pairs.append((BY_AY[(a, y1)], BY_AY[(a, y2)]))

consec = [(e, l) for e, l in pairs if GOLD[l]["year"] - GOLD[e]["year"] == 1]
TIME_M = ["new", "r1", "lic", "pen", "rv", "noinfo"]
for j, (e, l) in enumerate(consec):
    for i, m in enumerate(TIME_M):
        ve, vl = val(e, m), val(l, m)
        if ve is None or vl is None:
            continue
        st = sty(i + j)
        w = M[m][1] if st != "formal" else M[m][2]
        kind = i % 3
        if kind == 0:
            q = {"colloquial": f"去年{w}有多少？", "formal": f"上一年度{w}是多少？",
                 "abbreviated": f"上年度{w}几件"}[st]
            add(q, l, "value", st if st != "abbreviated" else "colloquial", {"value": ve, "unit": "件"}, "time",
                "teacher", [e, l], cells=keys(e, m, None), note=f"去年 of {l} = {e}")
        elif kind == 1:
            q = {"colloquial": f"{w}比去年多了几件还是少了几件？", "formal": f"与上一年度相比，{w}增减了多少？",
                 "abbreviated": f"{w}同比变化多少"}[st]
            add(q, l, "change", st if st != "abbreviated" else "colloquial", {"value": vl - ve, "unit": "件"},
                "time", "journalist", [e, l], cells=keys(l, m, l) + keys(e, m, None),
                calc=f"{vl}-{ve}", note=f"signed later − earlier: {vl} − {ve}")
        else:
            q = {"colloquial": f"这两年{w}分别是多少？", "formal": f"近两个年度{w}各为多少？",
                 "abbreviated": f"今年和去年{w}各几件"}[st]
            add(q, l, "trend", st if st != "abbreviated" else "colloquial",
                {"values": {e: ve, l: vl}, "unit": "件"}, "time", "journalist", [e, l],
                note="this year and the one before, both stored")
        # relative change in % where the base is not zero
    ve, vl = val(e, "new"), val(l, "new")
    if ve:
        pct = round(100 * (vl - ve) / ve, 4)
        add("申请量比去年涨了百分之几？" if j % 2 == 0 else "新收申请同比增长率是多少？", l, "change",
            "colloquial" if j % 2 == 0 else "formal", {"value": pct, "unit": "%", "tol": 0.05}, "time",
            "journalist", [e, l], cells=["t3.new.tot", f"{e}:t3.new.tot"], calc=f"100*({vl}-{ve})/{ve}",
            note="growth rate of 新收, signed")
        ratio = round(vl / ve, 4)
        add("今年申请量跟去年比翻倍了没有？是去年的几倍", l, "ratio", "colloquial",
            {"value": ratio, "unit": "倍", "tol": 0.05}, "time", "phone", [e, l],
            cells=["t3.new.tot", f"{e}:t3.new.tot"], calc=f"{vl}/{ve}", note="翻倍 decided by the ratio")
    # 前年: the year before last not stored → refusal, and explicit follow-up chain
    b, st2 = body(l, "abbreviated")
    prev = f"{b}{GOLD[l]['year']}年收到多少申请"
    add("那上一年呢", None, "value", "colloquial", {"value": val(e, "new"), "unit": "件"}, "time", "phone", [e, l],
        cells=[f"{e}:t3.new.tot"], previous=prev, chain=[prev, "那上一年呢"], note="follow-up: the year before")

# non-consecutive pairs: explicit years, whole store
for j, (e, l) in enumerate(p for p in pairs if p not in consec):
    a = GOLD[l]["agency"]
    ye, yl = GOLD[e]["year"], GOLD[l]["year"]
    for i, m in enumerate(["new", "r1"]):
        ve, vl = val(e, m), val(l, m)
        if ve is None or vl is None:
            continue
        st = sty(i + j)
        b, st2 = body(l, st)
        w = M[m][1] if st2 != "formal" else M[m][2]
        if i == 0:
            q = {"colloquial": f"{b}{ye}到{yl}年{w}多了还是少了，差几件？",
                 "formal": f"{b}{yl}年度{w}较{ye}年度增减多少？",
                 "abbreviated": f"{b}{yl}年比{ye}年{w}变化多少"}[st2]
            add(q, None, "change", st2, {"value": vl - ve, "unit": "件"}, "time", "journalist", [e, l],
                cells=keys(l, m, None) + keys(e, m, None), calc=f"{vl}-{ve}", note=f"{yl} − {ye}")
        else:
            q = {"colloquial": f"{b}{ye}年和{yl}年{w}各是多少？", "formal": f"请列出{b}{ye}年度、{yl}年度{w}。",
                 "abbreviated": f"{b}{ye}、{yl}两年{w}"}[st2]
            add(q, None, "trend", st2, {"values": {e: ve, l: vl}, "unit": "件"}, "time", "journalist", [e, l])

# relative year not stored → refusal
norel = next_rids(lambda r: GOLD[r]["year"] - 1 not in YEARS_OF[GOLD[r]["agency"]]
                  and GOLD[r]["year"] - 2 not in YEARS_OF[GOLD[r]["agency"]], 14)
forms = [("去年收了多少申请？", "colloquial"), ("上一年度新收申请数量是多少？", "formal"), ("前年被复议了几次", "colloquial"),
         ("前两年申请量分别是多少？", "colloquial"), ("去年比前年多了几件申请", "colloquial"),
         ("上一年度行政诉讼有几件？", "formal"), ("前年的行政许可多少件", "colloquial")]
for i, r in enumerate(norel):
    q, st = forms[i % len(forms)]
    add(q, r, "unanswerable", st, {"refuse": True}, "time", RNG.choice(PERSONAS), [r],
        note=f"asked as time: the years before {GOLD[r]['year']} of this body are not in the store")

# explicit range 2021到2023 for a body with a single stored year inside → partial: asked as trend, refuse? no: skip.

# ---------------------------------------------------------------- C. two bodies

def two_bodies(n, m, pred=lambda a, b: True):
    out = []
    by = defaultdict(list)
    for r in RIDS:
        if val(r, m) is not None:
            by[(province(GOLD[r]), GOLD[r]["year"])].append(r)
    ks = sorted(by)
    RNG.shuffle(ks)
    for k in ks:
        rs = by[k]
        for a_, b_ in zip(rs, rs[1:]):
            if GOLD[a_]["agency"] != GOLD[b_]["agency"] and pred(a_, b_):
                out.append((a_, b_))
                break
        if len(out) >= n:
            break
    return out


CM = ["new", "r1", "lic", "pen", "deny", "new"]
ci = 0
for m in CM:
    for (a_, b_) in two_bodies(6, m, lambda a, b, m=m: val(a, m) != val(b, m) and max(val(a, m), val(b, m)) > 0):
        st = sty(ci)
        ci += 1
        va, vb = val(a_, m), val(b_, m)
        na, s1 = body(a_, st)
        nb, s2 = body(b_, st)
        s = "abbreviated" if "abbreviated" in (s1, s2) else (st if st != "abbreviated" else "colloquial")
        y = year_word(GOLD[a_]["year"], "formal" if s == "formal" else "colloquial")
        w = M[m][1] if s != "formal" else M[m][2]
        form = ci % 3
        if form == 0:
            q = {"colloquial": f"{y}{na}和{nb}，{w}谁多？", "formal": f"{y}{na}与{nb}相比，{w}哪个更多？",
                 "abbreviated": f"{y}{na}、{nb}{w}谁多"}[s]
            top = a_ if va > vb else b_
            add(q, None, "compare", s, {"values": {a_: va, b_: vb}, "unit": "件", "order": [top]}, "compare",
                RNG.choice(["journalist", "teacher"]), [a_, b_],
                cells=keys(a_, m, None) + keys(b_, m, None))
        elif form == 1:
            q = {"colloquial": f"{y}{na}跟{nb}{w}差几件？", "formal": f"{y}{na}与{nb}的{w}相差多少？",
                 "abbreviated": f"{y}{na}比{nb}{w}差多少"}[s]
            add(q, None, "compare", s, {"value": abs(va - vb), "unit": "件"}, "compare", "journalist", [a_, b_],
                cells=keys(a_, m, None) + keys(b_, m, None), calc=f"abs({va}-{vb})",
                note=f"difference asked: {va} vs {vb}")
        else:
            hi, lo = (a_, b_) if va >= vb else (b_, a_)
            if val(lo, m) == 0:
                top = hi
                q = {"colloquial": f"{y}{na}和{nb}，{w}谁多？", "formal": f"{y}{na}与{nb}相比，{w}哪个更多？",
                     "abbreviated": f"{y}{na}、{nb}{w}谁多"}[s]
                add(q, None, "compare", s, {"values": {a_: va, b_: vb}, "unit": "件", "order": [top]}, "compare",
                    "teacher", [a_, b_], cells=keys(a_, m, None) + keys(b_, m, None))
                continue
            nh = na if hi == a_ else nb
            nl = nb if hi == a_ else na
            q = {"colloquial": f"{y}{nh}{w}是{nl}的几倍？", "formal": f"{y}{nh}的{w}约为{nl}的多少倍？",
                 "abbreviated": f"{y}{nh}{w}是{nl}几倍"}[s]
            add(q, None, "ratio", s, {"value": round(val(hi, m) / val(lo, m), 4), "unit": "倍", "tol": 0.05},
                "compare", "journalist", [a_, b_], cells=keys(hi, m, None) + keys(lo, m, None),
                calc=f"{val(hi, m)}/{val(lo, m)}")

# ---------------------------------------------------------------- D. rankings inside a group

rk = 0
for k in GK:
    if rk >= 40:
        break
    for m in ["new", "r1", "lic"]:
        rs = GROUPS[k]
        vs = {r: val(r, m) for r in rs}
        if any(v is None for v in vs.values()) or len(set(vs.values())) < 2:
            continue
        st = sty(rk)
        gw, y = group_words(k, st)
        s = st
        w = M[m][1] if s != "formal" else M[m][2]
        srt = sorted(rs, key=lambda r: (-vs[r], r))
        form = rk % 4
        rk += 1
        if form == 0 and len(rs) >= 4 and vs[srt[2]] != vs[srt[3]]:
            q = {"colloquial": f"{y}{gw}{w}前三名是哪几家？", "formal": f"{y}{gw}中{w}排名前三的单位及数量",
                 "abbreviated": f"{y}{gw}{w}前三"}[s]
            add(q, None, "rank", s, {"values": {r: vs[r] for r in srt[:3]}, "unit": "件", "order": srt[:3]}, "rank",
                "journalist", rs, note=f"group {k}, {len(rs)} reports")
        elif form == 1 and vs[srt[-1]] != vs[srt[-2]]:
            q = {"colloquial": f"{y}{gw}里{w}最少的是哪家？", "formal": f"{y}{gw}中{w}最少的是哪个单位？",
                 "abbreviated": f"{y}{gw}{w}倒数第一是谁"}[s]
            add(q, None, "rank", s, {"values": {srt[-1]: vs[srt[-1]]}, "unit": "件", "order": [srt[-1]]}, "rank",
                "auditor", rs, note=f"group {k}, {len(rs)} reports; smallest unique")
        elif form == 2:
            # 排第几: a body whose value is unique in the group
            cand = [r for r in srt if list(vs.values()).count(vs[r]) == 1]
            if not cand:
                continue
            r = cand[len(cand) // 2]
            pos = 1 + sum(1 for x in rs if vs[x] > vs[r])
            b, s2 = body(r, s)
            q = {"colloquial": f"{y}{b}的{w}在{gw}里排第几？", "formal": f"{y}{b}{w}在{gw}中位列第几（从多到少）？",
                 "abbreviated": f"{y}{b}{w}在{gw}里排老几"}[s2]
            add(q, None, "rank", s2, {"value": pos, "unit": "名"}, "rank", "teacher", rs,
                note=f"group {k} ({len(rs)} reports), value {vs[r]}, ranked from most")
        elif vs[srt[0]] != vs[srt[1]]:
            q = {"colloquial": f"{y}{gw}谁{w}最多？", "formal": f"{y}{gw}{w}最多的单位是？",
                 "abbreviated": f"{y}{gw}{w}第一是谁"}[s]
            add(q, None, "rank", s, {"values": {srt[0]: vs[srt[0]]}, "unit": "件", "order": [srt[0]]}, "rank",
                "journalist", rs)

# ---------------------------------------------------------------- E. numbers in words and rounding

PY_ALL = defaultdict(list)
for r, g in GOLD.items():
    PY_ALL[(province(g), g["year"])].append(r)
PROV_YEAR = {k: sorted(v) for k, v in PY_ALL.items() if all(r in R and val(r, "new") is not None for r in v)}
nw = 0
for k in sorted(PROV_YEAR, key=lambda k: (-len(PROV_YEAR[k]), k)):
    rs = PROV_YEAR[k]
    p, y = k
    for thr, wd, fw in [(200, "两百件以上", "超过200件"), (100, "过百", "100件以上"), (50, "五十件往上", "50件以上")]:
        hit = [r for r in rs if val(r, "new") > thr]
        if 1 <= len(hit) <= 6 and len(hit) < len(rs):
            st = sty(nw)
            nw += 1
            pw = p if st != "abbreviated" else re.sub(r"(省|自治区|壮族|回族|维吾尔)", "", p)
            q = {"colloquial": f"{y}年{pw}收到申请{wd}的单位有哪些？", "formal": f"{y}年度{pw}新收申请{fw}的单位有哪些？",
                 "abbreviated": f"{str(y)[2:]}年{pw}申请{fw}的有哪些"}[st]
            add(q, None, "which_reports", st, {"reports": hit}, "words", "journalist", rs,
                note=f"{p} {y}: {len(rs)} readable reports; 新收 > {thr}")
            break
    hit = [r for r in rs if 0 < val(r, "new") <= 10]
    if 1 <= len(hit) <= 6 and nw < 16:
        st = sty(nw)
        nw += 1
        q = {"colloquial": f"{y}年{p}申请在十件以内（不算零件）的有哪几家？", "formal": f"{y}年度{p}新收申请1至10件的单位有哪些？",
             "abbreviated": f"{y}年{p}申请不超过10件但不是0的"}[st]
        add(q, None, "which_reports", st if st != "abbreviated" else "colloquial", {"reports": hit}, "words",
            "teacher", rs, note="1 ≤ 新收 ≤ 10")
    if nw >= 16:
        break

# 过半了吗: 予以公开 / 新收
rs = next_rids(lambda r: (val(r, "new") or 0) >= 5 and val(r, "r1") is not None, 9)
forms = ["{b}{y}申请里全部公开的过半了吗？占多少", "{b}{y}予以公开占新收申请的比例是否超过50%？请给出比例",
         "{b}{y}予以公开占比过半没"]
for i, r in enumerate(rs):
    st = sty(i)
    b, s2 = body(r, st)
    pct = round(100 * val(r, "r1") / val(r, "new"), 4)
    add(forms[STYLES.index(s2)].format(b=b, y=year_word(GOLD[r]["year"], s2)), None, "share", s2,
        {"value": pct, "unit": "%", "tol": 0.05}, "words", RNG.choice(["auditor", "journalist"]), [r],
        cells=[f"{r}:t3.r1.tot", f"{r}:t3.new.tot"], calc=f"100*{val(r, 'r1')}/{val(r, 'new')}",
        note="过半 decided by the share 予以公开 / 新收")

# 大概多少: a large figure asked roughly; exact figure expected
rs = next_rids(lambda r: (val(r, "lic") or 0) >= 1000, 6)
forms = ["{b}{y}行政许可大概批了多少？", "{b}{y}行政许可处理决定数量约为多少？", "{b}{y}许可大概几千件"]
for i, r in enumerate(rs):
    st = sty(i)
    b, s2 = body(r, st)
    add(forms[STYLES.index(s2)].format(b=b, y=year_word(GOLD[r]["year"], s2)), None, "value", s2,
        {"value": val(r, "lic"), "unit": "件"}, "words", "phone", [r], cells=[f"{r}:t2.license.decisions"],
        note="asked roughly; the printed figure is expected")

# ---------------------------------------------------------------- F. the prose's figures

def report_text(rid: str) -> str | None:
    g = GOLD[rid]
    if g["format"] not in ("html", "txt", "markdown", "docx"):
        return None
    p = ROOT / "eval" / SET_OF[rid] / g["file"]
    if not p.exists():
        return None
    if g["format"] == "docx":
        import zipfile
        try:
            x = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
        except Exception:
            return None
        x = re.sub(r"</w:p>", "\n", x)
        return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", x)))
    raw = p.read_bytes()
    for enc in ("utf-8", "gb18030"):
        try:
            t = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        return None
    if g["format"] == "html":
        t = re.sub(r"(?is)<(script|style).*?</\1>", "", t)
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return re.sub(r"\s+", "", t)


PROSE = [
    ("posts", r"(?:网站|门户网站)[^。；，]{0,12}?(?:发布|公开)[^。；，\d]{0,10}?(\d+)条", "条",
     ["{b}{y}网站上一共发了多少条信息？", "{b}{y}政府网站发布信息数量是多少？", "{b}{y}网站发了几条"]),
    ("newmedia", r"(?:公众号|政务新媒体|微信)[^。；，]{0,12}?(?:发布|推送)[^。；，\d]{0,10}?(\d+)条", "条",
     ["{b}{y}公众号发了多少条？", "{b}{y}政务新媒体发布信息多少条？", "{b}{y}公众号推送几条"]),
    ("meeting", r"(?:召开|组织)[^。；，\d]{0,10}?推进会(\d+)次", "次",
     ["{b}{y}开过几次政务公开的推进会？", "{b}{y}召开政务公开工作推进会的次数？", "{b}{y}推进会几次"]),
    ("train", r"(?:组织|开展)[^。；，\d]{0,8}?培训(\d+)(?:次|场)", None,
     ["{b}{y}搞了几次业务培训？", "{b}{y}组织政务公开业务培训的次数？", "{b}{y}培训几次"]),
    ("jiedu", r"政策解读(\d+)(?:篇|条|期)", None,
     ["{b}{y}政策解读出了多少篇？", "{b}{y}发布政策解读的数量？", "{b}{y}解读几篇"]),
    ("policy", r"其中政策文件(\d+)(?:件|条|篇)", None,
     ["{b}{y}网上公开的政策文件有多少？", "{b}{y}主动公开信息中政策文件的数量？", "{b}{y}政策文件几件"]),
    ("recv", r"(?:共|全年)(?:收到|受理)[^。；，\d]{0,16}?申请(\d+)件", "件",
     ["{b}{y}报告正文里说一共收到多少申请？", "{b}{y}年报正文所述收到（受理）的申请数量？", "{b}{y}正文说收了几件申请"]),
]
TEXTS = {}
for r in RIDS:
    t = report_text(r)
    if t:
        TEXTS[r] = t
np_ = 0
for name, pat, unit, forms in PROSE:
    got = 0
    for r in RIDS:
        if got >= 7:
            break
        t = TEXTS.get(r)
        if not t:
            continue
        ms = list(re.finditer(pat, t))
        if len(ms) != 1:
            continue
        mt = ms[0]
        u = unit or t[mt.end() - 1]
        quote = mt.group(0)
        assert quote in t
        st = sty(np_)
        np_ += 1
        scoped = got % 3 == 2 and st != "abbreviated"
        if scoped:
            q = forms[STYLES.index(st)].format(b="", y="今年" if st == "colloquial" else "本年度")
            s2 = st
        else:
            b, s2 = body(r, st)
            q = forms[STYLES.index(s2)].format(b=b, y=year_word(GOLD[r]["year"], s2))
        add(q, r if scoped else None, "narrative", s2, {"value": int(mt.group(1)), "unit": u}, "prose",
            RNG.choice(["teacher", "journalist", "auditor"]), [r],
            source_quote=quote if scoped else {r: quote}, note=f"prose figure ({name}), pattern matched once")
        got += 1

# ---------------------------------------------------------------- G. unanswerable

UN = [
    ("budget", "经费|预算|资金投入|万元用于", ["{b}{y}政务公开花了多少钱？", "{b}{y}政务公开工作经费预算是多少？", "{b}{y}公开经费多少"]),
    ("staff", "专职|兼职|编制|工作人员|配备|人员", ["{b}{y}管信息公开的有几个人？", "{b}{y}政府信息公开工作专职人员有多少名？",
                                        "{b}{y}公开岗几个人"]),
    ("sex", "性别|男性|女性|年龄|岁", ["{b}{y}来申请的男的多还是女的多？", "{b}{y}申请人中女性申请人占比是多少？", "{b}{y}申请人平均年龄"]),
    ("plan", "计划|下一年|2026年", ["{b}{y}打算明年发多少条信息？", "{b}{y}下一年度计划主动公开信息的数量目标是多少？", "{b}{y}明年目标多少条"]),
]
for name, bad, forms in UN:
    rs = next_rids(lambda r: r in TEXTS and not re.search(bad, TEXTS[r]), 6)
    for i, r in enumerate(rs):
        st = sty(i)
        b, s2 = body(r, st)
        add(forms[STYLES.index(s2)].format(b=b, y=year_word(GOLD[r]["year"], s2)), None, "unanswerable", s2,
            {"refuse": True}, "unanswerable", RNG.choice(PERSONAS), [r],
            note=f"asked as value ({name}); the text has none of {bad}")

# a body not in the store: another department of a stored county
OTHER = ["档案馆", "气象局", "地震局", "机关事务服务中心", "供销合作社联合社", "红十字会"]
rs = next_rids(lambda r: GOLD[r]["level"] == "县级政府" and GOLD[r]["agency"].endswith("人民政府"), 6)
for i, r in enumerate(rs):
    base = GOLD[r]["agency"][: -len("人民政府")]
    other = base + OTHER[i]
    if any(other in a or (base in a and OTHER[i] in a) for a in AGENCIES):
        continue
    st = sty(i)
    q = {"colloquial": f"{other}{GOLD[r]['year']}年收到多少信息公开申请？",
         "formal": f"{other}{GOLD[r]['year']}年度政府信息公开申请办理情况如何？新收多少件",
         "abbreviated": f"{base.replace('人民', '')}{OTHER[i]}{str(GOLD[r]['year'])[2:]}年申请几件"}[st]
    add(q, None, "unanswerable", st if st != "abbreviated" else "colloquial", {"refuse": True}, "unanswerable",
        RNG.choice(PERSONAS), [r], note=f"a body not in the store ({other}); only {GOLD[r]['agency']} is")

# a year not stored of a stored body
rs = next_rids(lambda r: GOLD[r]["year"] - 3 not in YEARS_OF[GOLD[r]["agency"]] and GOLD[r]["year"] >= 2021, 6)
for i, r in enumerate(rs):
    y = GOLD[r]["year"] - 3
    st = sty(i)
    b, s2 = body(r, st)
    q = {"colloquial": f"{b}{y}年被复议了几次？", "formal": f"{b}{y}年度行政复议数量是多少？",
         "abbreviated": f"{b}{str(y)[2:]}年复议几件"}[s2]
    add(q, None, "unanswerable", s2, {"refuse": True}, "unanswerable", RNG.choice(PERSONAS), [r],
        note=f"asked as value; {y} of this body is not in the store (stored: {sorted(YEARS_OF[GOLD[r]['agency']])})")

# ---------------------------------------------------------------- H. chats: two bodies, a year back, yes/no then another

for j, (a_, b_) in enumerate(two_bodies(8, "new", lambda a, b: val(a, "new") != val(b, "new"))):
    st = sty(j)
    na, s1 = body(a_, st)
    nb, s2 = body(b_, st)
    s = "abbreviated" if "abbreviated" in (s1, s2) else (st if st != "abbreviated" else "colloquial")
    y = year_word(GOLD[a_]["year"], "formal" if s == "formal" else "colloquial")
    t1 = {"colloquial": f"{na}{y}收了多少申请", "formal": f"{na}{y}新收政府信息公开申请数量是多少？",
          "abbreviated": f"{na}{y}申请几件"}[s]
    t2 = {"colloquial": f"那{nb}呢", "formal": f"同年度{nb}的该项数据是多少？", "abbreviated": f"{nb}呢"}[s]
    t3 = {"colloquial": "两家差几件？", "formal": "二者相差多少件？", "abbreviated": "差多少"}[s]
    va, vb = val(a_, "new"), val(b_, "new")
    persona = RNG.choice(["journalist", "teacher", "phone"])
    add(t1, None, "value", s1 if s != "abbreviated" else s1, {"value": va, "unit": "件"}, "chat", persona, [a_],
        cells=[f"{a_}:t3.new.tot"], chain=[t1])
    add(t2, None, "value", s2 if s2 == "abbreviated" else ("formal" if s == "formal" else "colloquial"),
        {"value": vb, "unit": "件"}, "chat", persona, [b_], cells=[f"{b_}:t3.new.tot"], previous=t1, chain=[t1, t2],
        note="follow-up: the same measure and year of another body")
    add(t3, None, "compare", s if s != "abbreviated" else "colloquial", {"value": abs(va - vb), "unit": "件"}, "chat",
        persona, [a_, b_], cells=[f"{a_}:t3.new.tot", f"{b_}:t3.new.tot"], calc=f"abs({va}-{vb})",
        previous=[t1, t2], chain=[t1, t2, t3], note=f"difference of the two turns: {va} vs {vb}")

rs = next_rids(lambda r: val(r, "rv") is not None and GOLD[r]["year"] - 2 not in YEARS_OF[GOLD[r]["agency"]], 6)
for j, r in enumerate(rs):
    st = sty(j)
    b, s2 = body(r, st)
    y = year_word(GOLD[r]["year"], s2)
    t1 = {"colloquial": f"{b}{y}被复议了几件？", "formal": f"{b}{y}行政复议案件数量是多少？",
          "abbreviated": f"{b}{y}复议几件"}[s2]
    t2 = {"colloquial": "那前年呢", "formal": "前年度的情况呢？", "abbreviated": "前年呢"}[s2]
    persona = "paralegal"
    add(t1, None, "value", s2, {"value": val(r, "rv"), "unit": "件"}, "chat", persona, [r], cells=[f"{r}:t4.rv.tot"],
        chain=[t1])
    add(t2, None, "unanswerable", "formal" if s2 == "formal" else "colloquial", {"refuse": True}, "chat", persona, [r],
        previous=t1, chain=[t1, t2],
        note=f"asked as value; {GOLD[r]['year'] - 2} of this body is not in the store")

rs = next_rids(lambda r: val(r, "lit") is not None and val(r, "rv") is not None and val(r, "r1") is not None, 8)
for j, r in enumerate(rs):
    st = sty(j)
    b, s2 = body(r, st)
    y = year_word(GOLD[r]["year"], s2)
    t1 = {"colloquial": f"{b}{y}有没有吃官司？", "formal": f"{b}{y}是否存在政府信息公开行政诉讼案件？",
          "abbreviated": f"{b}{y}有被诉的吗"}[s2]
    t2 = {"colloquial": "复议呢，有没有", "formal": "行政复议方面是否也有？", "abbreviated": "复议呢"}[s2]
    t3 = {"colloquial": "那全部公开的有几件", "formal": "予以公开的办理结果是多少件？", "abbreviated": "予以公开几件"}[s2]
    persona = RNG.choice(["auditor", "paralegal", "phone"])
    ln, rn = val(r, "lit"), val(r, "rv")
    add(t1, None, "value", s2, {"value": ln, "unit": "件"}, "chat", persona, [r],
        cells=[f"{r}:t4.ld.tot", f"{r}:t4.lr.tot"], chain=[t1], note="yes/no; deciding figure 诉讼 直接起诉+复议后起诉")
    add(t2, None, "value", "formal" if s2 == "formal" else "colloquial", {"value": rn, "unit": "件"}, "chat", persona,
        [r], cells=[f"{r}:t4.rv.tot"], previous=t1, chain=[t1, t2], note="yes/no follow-up; deciding figure 复议总计")
    add(t3, None, "value", "formal" if s2 == "formal" else "colloquial", {"value": val(r, "r1"), "unit": "件"}, "chat",
        persona, [r], cells=[f"{r}:t3.r1.tot"], previous=[t1, t2], chain=[t1, t2, t3])

# yes/no: fees (GF2021) and 复议后起诉
rs = next_rids(lambda r: GOLD[r]["template"] == "GF2021" and cell(r, "t2.fee.amount_wan") is not None, 6)
forms = ["{b}{y}收没收过行政事业性收费？收了多少", "{b}{y}行政事业性收费金额是多少？", "{b}{y}收费了没"]
for i, r in enumerate(rs):
    st = sty(i)
    b, s2 = body(r, st)
    add(forms[STYLES.index(s2)].format(b=b, y=year_word(GOLD[r]["year"], s2)), None, "value", s2,
        {"value": cell(r, "t2.fee.amount_wan"), "unit": "万元"}, "yesno", "auditor", [r],
        cells=[f"{r}:t2.fee.amount_wan"], note="yes/no; deciding figure 表二 行政事业性收费 金额（万元）")
rs = next_rids(lambda r: cell(r, "t4.lr.tot") is not None and (cell(r, "t4.rv.tot") or 0) > 0, 6)
forms = ["{b}{y}复议完了还有人去法院告的吗？", "{b}{y}是否存在经行政复议后提起行政诉讼的案件？", "{b}{y}复议后起诉有吗"]
for i, r in enumerate(rs):
    st = sty(i)
    b, s2 = body(r, st)
    add(forms[STYLES.index(s2)].format(b=b, y=year_word(GOLD[r]["year"], s2)), None, "value", s2,
        {"value": cell(r, "t4.lr.tot"), "unit": "件"}, "yesno", "paralegal", [r], cells=[f"{r}:t4.lr.tot"],
        note="yes/no; deciding figure 复议后起诉 总计 (not 未经复议直接起诉)")

# ---------------------------------------------------------------- check and write

def check(it):
    e = it["expect"]
    seen_report = (it.get("scope") or {}).get("report")
    if seen_report:
        assert seen_report in GOLD
    for k in e.get("values", {}):
        assert k in GOLD, k
    for k in e.get("reports", []):
        assert k in GOLD, k
    for c in it.get("cells", []):
        rid, key = (c.split(":", 1) if ":" in c else (seen_report, c))
        assert cell(rid, key) is not None, (it["q"], c)
    if "value" in e and it.get("cells") and not it.get("calc") and it["intent"] != "narrative":
        tot = 0
        for c in it["cells"]:
            rid, key = (c.split(":", 1) if ":" in c else (seen_report, c))
            tot += cell(rid, key)
        assert tot == e["value"], it
    sq = it.get("source_quote")
    if sq:
        for rid, quote in ({seen_report: sq} if isinstance(sq, str) else sq).items():
            assert quote in TEXTS[rid]


seen_q = set()
final = []
for it in ITEMS:
    key = (it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous")))
    if key in seen_q:
        continue
    seen_q.add(key)
    check(it)
    final.append(it)
for i, it in enumerate(final, 1):
    it["id"] = f"za{i:04d}"
with open(OUT, "w", encoding="utf-8") as f:
    for it in final:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    c = Counter((it["kind"]) for it in final)
    print(len(final), dict(c))
    print(Counter(it["intent"] for it in final))
    print(Counter(it["persona"] for it in final))
    print(Counter(it["style"] for it in final))
    ref = sum(1 for it in final if it["expect"].get("refuse"))
    cross = sum(1 for it in final if len({k for k in it["expect"].get("values", {})} | set(it["expect"].get("reports", []))
                                          | {c.split(":")[0] for c in it.get("cells", []) if ":" in c}
                                          | ({it["scope"]["report"]} if it["scope"] else set())) > 1)
    print("refuse", ref, ref / len(final), "cross", cross, cross / len(final))
