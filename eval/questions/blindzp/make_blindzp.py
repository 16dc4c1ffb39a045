"""Blind bank blindzp: the supervisor's view — sets of bodies by hierarchy, quantities in words.

    PYTHONPATH=. .venv/bin/python eval/questions/blindzp/make_blindzp.py

Deterministic: every expected value is computed from the gold JSON of eval/wild, eval/wild2 … eval/wild32.
Membership rules: see README.md."""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 33))]

R: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        R[d["id"]] = d
        SET_OF[d["id"]] = s

PROV_RE = re.compile(r"^(.*?(?:省|自治区|北京市|上海市|天津市|重庆市))")
CITY_RE = re.compile(r"^(.*?(?:省|自治区))?(.*?(?:市|自治州|地区|盟))")


def prov(region: str) -> str:
    m = PROV_RE.match(region)
    return m.group(1) if m else region


def city(region: str) -> str:
    """省+市 prefix (for 直辖市 the city itself)."""
    m = CITY_RE.match(region)
    return m.group(0) if m else region


def short_prov(p: str) -> str:
    for suf in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省"):
        if p.endswith(suf) and p not in ("北京市", "上海市", "天津市", "重庆市"):
            return p[: -len(suf)]
    return p


def city_name(c: str) -> str:
    p = prov(c)
    return c[len(p):] if c != p else c


# usable reports: tables recoverable, one report per (agency, year) — a body with two stored copies of the same
# year is left out of every set (its membership would be ambiguous)
dup = Counter((d["agency"], d["year"]) for d in R.values())
OK = [i for i, d in R.items() if d.get("tables_recoverable") and d["template"] != "LEGACY"]
DUP = {i for i, d in R.items() if dup[(d["agency"], d["year"])] > 1}


def cell(i, key):
    t, k = key.split(".", 1)
    return R[i][t].get(k)


MEASURES = {  # key, words used by users, unit
    "new": ("t3.new.tot", ["新收的申请", "新收申请", "本年新收到的依申请公开申请"], "件"),
    "r1": ("t3.r1.tot", ["予以公开的", "全部公开的件数", "予以公开件数"], "件"),
    "r7": ("t3.r7.tot", ["办结的申请", "办理完结的申请总数", "答复办结的件数"], "件"),
    "rv": ("t4.rv.tot", ["被申请行政复议的", "因信息公开被复议的案件", "行政复议案件"], "件"),
    "ld": ("t4.ld.tot", ["被直接起诉的", "未经复议直接提起的行政诉讼", "直接起诉的官司"], "件"),
}

# conditions in words: (label used in text variants, predicate on value(s))
CONDS = {
    "zero": (["为零（零申请）", "是零", "一件都没有"], "new", lambda v: v == 0),
    "lt10": (["不到十件", "少于10件", "不满十件"], "new", lambda v: v < 10),
    "single": (["是个位数（1到9件）", "只有个位数且不为零", "就个位数 不算零的"], "new", lambda v: 1 <= v <= 9),
    "two": (["是两位数", "在10到99件之间", "有两位数"], "new", lambda v: 10 <= v <= 99),
    "ge100": (["上百件", "达到100件以上（含100件）", "过百"], "new", lambda v: v >= 100),
    "rv0": (["一起复议都没有", "行政复议为零", "没被复议过"], "rv", lambda v: v == 0),
}

items: list[dict] = []


def add(q, intent, expect, cells, persona, kind, phrasing, style="colloquial", scope=None, note=None, calc=None):
    ids = sorted({c.split(":")[0] for c in cells}) if cells else []
    it = {"id": "", "q": q, "scope": scope or {}, "intent": intent, "style": style, "expect": expect,
          "cells": cells}
    if calc:
        it["calc"] = calc
    if note:
        it["note"] = note
    it.update({"persona": persona, "kind": kind, "phrasing": phrasing,
               "sets": sorted({SET_OF[i] for i in ids}) or ["store"]})
    items.append(it)


def usable(i):
    d = R[i]
    return bool(d.get("tables_recoverable")) and d["template"] != "LEGACY" and i not in DUP


def vals(members, mkey):
    """The measure over every member, or None when the store holds the set only partly for it: a member
    whose table is an image / LEGACY, a body stored twice for the year, or a cell the gold has as null."""
    key = MEASURES[mkey][0]
    if not all(usable(i) for i in members):
        return None
    out = {i: cell(i, key) for i in members}
    return None if any(v is None for v in out.values()) else out


# ---------------------------------------------------------------- the sets the store holds
GROUPS = []  # (name used in text, year, members, kind, persona)
gov_by_city = defaultdict(list)
sub_by_city = defaultdict(list)  # every report below the city (region longer than the city), any level
cityself = defaultdict(list)  # 市本级: 市级部门 whose region is the city
prov_level = defaultdict(list)
town_by_county = defaultdict(list)
prov_depts = defaultdict(list)
for i in sorted(R):
    d = R[i]
    reg, lv, y = d["region"], d["level"], d["year"]
    c = city(reg)
    if lv == "县级政府" and reg != c:
        gov_by_city[(c, y)].append(i)
    if reg != c and lv in ("县级政府", "县级部门", "乡镇"):
        sub_by_city[(c, y)].append(i)
    if lv == "市级部门" and reg == c:
        cityself[(c, y)].append(i)
    if lv in ("县级政府", "乡镇", "县级部门"):
        prov_level[(prov(reg), lv, y)].append(i)
    if lv == "省级部门":
        prov_depts[(prov(reg), y)].append(i)
    if lv == "乡镇":
        m = re.match(re.escape(c) + r"(.+?(?:县|区|市|旗))", reg)
        if m:
            town_by_county[(c + m.group(1), y)].append(i)

for (c, y), m in sorted(gov_by_city.items()):
    if len(m) >= 2:
        nm = city_name(c)
        GROUPS.append(([f"{nm}下辖各区县政府", f"{nm}各区县人民政府", f"{nm}下面的区县政府"], y, m, "city_counties", "officer"))
for (c, y), m in sorted(sub_by_city.items()):
    if len(m) >= 3:
        nm = city_name(c)
        GROUPS.append(([f"{nm}下属区县一级的单位（区县政府、区县部门和乡镇街道）", f"{nm}辖区内区县以下各单位",
                        f"{nm}区县及以下的单位"], y, m, "city_below", "officer"))
for (c, y), m in sorted(cityself.items()):
    if len(m) >= 2:
        nm = city_name(c)
        GROUPS.append(([f"{nm}市直部门", f"{nm}市本级各部门", f"{nm}的市级部门"], y, m, "city_depts", "deputy"))
LVW = {"县级政府": ["各区县政府", "各县（市、区）人民政府", "县区政府"], "乡镇": ["各乡镇街道", "各乡镇（街道）", "乡镇和街道"],
       "县级部门": ["各区县部门", "县级各部门", "区县一级的部门"]}
for (p, lv, y), m in sorted(prov_level.items()):
    if len(m) >= 3:
        sp = short_prov(p)
        GROUPS.append(([f"{sp}{LVW[lv][0]}", f"{p}{LVW[lv][1]}", f"{sp}全{'省' if p.endswith('省') else '区'}{LVW[lv][2]}"], y, m, "prov_level", "researcher"))
for (p, y), m in sorted(prov_depts.items()):
    if len(m) >= 2:
        sp = short_prov(p)
        GROUPS.append(([f"{sp}省直部门" if p.endswith("省") else f"{sp}区直部门", f"{p}各厅局", f"{sp}省级部门"], y, m, "prov_depts", "officer"))
for (c, y), m in sorted(town_by_county.items()):
    if len(m) >= 2:
        cn = c[len(city(c)):]
        GROUPS.append(([f"{cn}所属乡镇街道", f"{cn}各乡镇", f"{cn}下面的镇街"], y, m, "county_towns", "officer"))
SYSTEMS = {"市场监管": ("市场监督管理", "本系统（市场监管）", ["各县区市场监管局", "县级市场监督管理局", "区县市场监管部门"]),
           "教育": ("教育", "教育系统", ["各区县教育局", "县级教育行政部门", "区县教育局"]),
           "卫健": ("卫生健康", "卫健系统", ["各区县卫健局", "县级卫生健康局", "区县卫健部门"]),
           "民政": ("民政局", "民政系统", ["各区县民政局", "县级民政局", "区县民政部门"]),
           "司法": ("司法局", "司法行政系统", ["各区县司法局", "县级司法局", "区县司法局"]),
           "住建": ("住房和城乡建设", "住建系统", ["各区县住建局", "县级住房和城乡建设局", "区县住建部门"]),
           "人社": ("人力资源和社会保障", "人社系统", ["各区县人社局", "县级人力资源和社会保障局", "区县人社部门"]),
           "发改": ("发展和改革", "发改系统", ["各区县发改局", "县级发展和改革局", "区县发改部门"])}
for sname, (kw, sysw, names) in SYSTEMS.items():
    byy = defaultdict(list)
    for i in sorted(R):
        if kw in R[i]["agency"] and R[i]["level"] == "县级部门":
            byy[R[i]["year"]].append(i)
    for y, m in sorted(byy.items()):
        if len(m) >= 3:
            GROUPS.append(([f"库里{sysw}的{names[0]}", f"{sysw}中的{names[1]}", f"库里所有{names[2]}"], y, m, "system", "system_head"))

rng = random.Random(20261207)
PH = ["plain", "formal", "voice"]


def phr(k):
    return PH[k % 3]


def style_of(ph):
    return "formal" if ph == "formal" else "colloquial"


def yr(y, ph):
    return f"{y}年"


def names_of(ids):
    return "、".join(R[i]["agency"] for i in ids)


def group_items(names, y, m, gkind, persona, k):
    """Every question one group yields; k rotates the phrasing."""
    out = []
    n0, n1, n2 = names
    v = vals(m, "new")
    if v is not None:
        ids = sorted(m)
        cells = [f"{i}:t3.new.tot" for i in ids]
        # rank: most (ties kept)
        top = max(v.values())
        tops = sorted(i for i in ids if v[i] == top)
        ph = phr(k)
        q = {"plain": f"{y}年{n0}里，哪家新收申请最多？", "formal": f"请问{y}年度{n1}中，本年新收政府信息公开申请数量最多的是哪一单位？",
             "voice": f"{y}年{n2}新收申请最多的是谁 有并列的话都说一下"}[ph]
        out.append((q, "rank", {"values": {i: v[i] for i in tops}, "unit": "件", "order": tops}, [f"{i}:t3.new.tot" for i in ids], ph, "set_top",
                    "ties: all tied bodies, either order" if len(tops) > 1 else None, None))
        # least
        lo = min(v.values())
        los = sorted(i for i in ids if v[i] == lo)
        ph = phr(k + 1)
        q = {"plain": f"{y}年{n0}当中新收申请最少的是哪个？", "formal": f"{y}年度{n1}中，本年新收申请数最少的单位是哪家（如有并列请一并列出）？",
             "voice": f"{y}年{n2}哪家收到的申请最少"}[ph]
        out.append((q, "rank", {"values": {i: v[i] for i in los}, "unit": "件", "order": los}, cells, ph, "set_bottom",
                    "ties: all tied bodies" if len(los) > 1 else None, None))
        # counts in words
        cks = [ck for ck, (_, mk, pred) in CONDS.items() if mk == "new"]
        good = [ck for ck in cks if 0 < sum(1 for i in ids if CONDS[ck][2](v[i])) < len(ids)]
        rot = (good or cks)[k % len(good or cks):] + (good or cks)[: k % len(good or cks)]
        for ck in rot[:2]:
            words, mk, pred = CONDS[ck]
            hit = sorted(i for i in ids if pred(v[i]))
            ph = phr(k + len(ck))
            w = words[PH.index(ph)]
            if rng.random() < 0.5:
                q = {"plain": f"{y}年{n0}里新收申请{w}的有几家？", "formal": f"{y}年度{n1}中，本年新收申请{w}的单位共有几个？",
                     "voice": f"{y}年{n2}新收申请{w}的有几个单位"}[ph]
                out.append((q, "value", {"value": len(hit), "unit": "家"}, cells, ph, f"count_{ck}", None, None))
            else:
                q = {"plain": f"{y}年{n0}里，新收申请{w}的是哪些？", "formal": f"{y}年度{n1}中，哪些单位本年新收申请{w}？",
                     "voice": f"{y}年{n2}哪些单位新收申请{w}"}[ph]
                out.append((q, "which_reports", {"reports": hit}, cells, ph, f"which_{ck}", None, None))
        # sum
        ph = phr(k + 2)
        q = {"plain": f"{y}年{n0}加起来一共新收了多少件申请？", "formal": f"{y}年度{n1}本年新收申请数合计是多少？",
             "voice": f"{y}年{n2}新收申请总共多少件"}[ph]
        out.append((q, "sum", {"value": sum(v.values()), "unit": "件"}, cells, ph, "set_sum", None,
                    "+".join("{" + c + "}" for c in cells)))
        # share of applications held by the top body
        tot = sum(v.values())
        if tot > 0 and len(tops) == 1:
            ph = phr(k + 1)
            q = {"plain": f"{y}年{n0}里新收最多的那家，占全部新收申请的百分之几？",
                 "formal": f"{y}年度{n1}中，新收申请最多的单位占这些单位新收总数的比例是多少？",
                 "voice": f"{y}年{n2}收申请最多那家占了总数的多少百分比"}[ph]
            out.append((q, "share", {"value": round(100 * v[tops[0]] / tot, 2), "unit": "%", "tol": 0.05}, cells, ph,
                        "share_apps", None, f"100*{{{tops[0]}:t3.new.tot}}/({'+'.join('{' + c + '}' for c in cells)})"))
        # share of bodies: 零申请 / 不到十件
        ck = next((c for c in ("zero", "lt10", "ge100", "two") if 0 < sum(1 for i in ids if CONDS[c][2](v[i])) < len(ids)), None)
        words, _, pred = CONDS[ck or "zero"]
        hit = [i for i in ids if pred(v[i])]
        ph = phr(k)
        w = words[0]
        q = {"plain": f"{y}年{n0}中，新收{w}的单位占这些单位的比例是多少？", "formal": f"{y}年度{n1}中，新收申请{w}的单位数占单位总数的百分比是多少？",
             "voice": f"{y}年{n2}里{w}的单位占几成 按百分比说"}[ph]
        if ck:
            out.append((q, "share", {"value": round(100 * len(hit) / len(ids), 2), "unit": "%", "tol": 0.05}, cells, ph,
                        f"share_bodies_{ck}", f"{len(hit)} of {len(ids)} bodies", None))
        # 唯一 / 只有
        if ck and len(hit) == 1:
            ph = phr(k + 2)
            q = {"plain": f"{y}年{n0}里是不是只有一家新收{w}？是哪家？", "formal": f"{y}年度{n1}中，新收申请{w}的是否仅有一家？请列出。",
                 "voice": f"{y}年{n2}是不是就一家{w} 哪一家"}[ph]
            out.append((q, "which_reports", {"reports": hit}, cells, ph, "only_one", "yes, only one", None))
    # 过半予以公开
    v1, v7 = vals(m, "r1"), vals(m, "r7")
    if v1 is not None and v7 is not None:
        ids = sorted(m)
        cells = [f"{i}:t3.r1.tot" for i in ids] + [f"{i}:t3.r7.tot" for i in ids]
        base = [i for i in ids if v7[i] > 0]
        hit = [i for i in base if v1[i] * 2 > v7[i]]
        ph = phr(k + 1)
        q = {"plain": f"{y}年{n0}里，予以公开的件数超过办结总数一半的有几家？（没办结过申请的不算）",
             "formal": f"{y}年度{n1}中，予以公开件数占办结总数过半的单位有几个（办结数为零者不计）？",
             "voice": f"{y}年{n2}有几家过半的申请是全部公开的 按办结总数算 零办结的不算"}[ph]
        out.append((q, "value", {"value": len(hit), "unit": "家"}, cells, ph, "count_half_r1",
                    f"r1*2>r7 over bodies with r7>0: {len(base)}", None))
    # 复议
    vr = vals(m, "rv")
    if vr is not None:
        ids = sorted(m)
        cells = [f"{i}:t4.rv.tot" for i in ids]
        hit = sorted(i for i in ids if vr[i] > 0)
        ph = phr(k + 2)
        q = {"plain": f"{y}年{n0}里哪些单位因为信息公开被申请过行政复议？", "formal": f"{y}年度{n1}中，有行政复议案件（表四复议总计大于零）的是哪些单位？",
             "voice": f"{y}年{n2}哪几家被人复议过"}[ph]
        out.append((q, "which_reports", {"reports": hit}, cells, ph, "which_rv", None, None))
        ph = phr(k)
        q = {"plain": f"{y}年{n0}加起来被复议了多少件？", "formal": f"{y}年度{n1}因政府信息公开被申请行政复议的案件合计多少件？",
             "voice": f"{y}年{n2}复议一共几件"}[ph]
        out.append((q, "sum", {"value": sum(vr.values()), "unit": "件"}, cells, ph, "set_sum_rv", None,
                    "+".join("{" + c + "}" for c in cells)))
    return out


NGROUPS = {"city_counties": 99, "city_below": 12, "city_depts": 99, "prov_level": 15, "prov_depts": 99, "county_towns": 99, "system": 12}
_by = defaultdict(list)
for g in GROUPS:
    _by[g[3]].append(g)
GROUPS = []
for gk, gs in _by.items():
    GROUPS += gs if len(gs) <= NGROUPS[gk] else random.Random(7).sample(gs, NGROUPS[gk])
per_group = []
for gi, (names, y, m, gkind, persona) in enumerate(GROUPS):
    its = group_items(names, y, m, gkind, persona, gi)
    per_group.append((gkind, persona, its))

# choose: a few questions per group, deterministic
CAP = {"city_counties": 3, "city_below": 2, "city_depts": 3, "prov_level": 3, "prov_depts": 4, "county_towns": 3, "system": 3}
PERSONA = {"city_counties": "officer", "city_below": "officer", "city_depts": "deputy", "prov_level": "researcher",
           "prov_depts": "officer", "county_towns": "county_office", "system": "system_head"}
for gkind, persona, its in per_group:
    r = random.Random(hash_ := sum(map(ord, json.dumps([x[0] for x in its], ensure_ascii=False))))
    pick = r.sample(its, min(CAP[gkind], len(its)))
    for q, intent, expect, cells, ph, kind, note, calc in pick:
        add(q, intent, expect, cells, PERSONA[gkind], f"{gkind}/{kind}", ph, style_of(ph), note=note, calc=calc)

# ---------------------------------------------------------------- scoped: 「和我们同级的…」
scoped = []
for (c, y), m in sorted(gov_by_city.items()):
    if len(m) >= 2:
        scoped.append((c, y, m, "区县政府"))
for (c, y), m in sorted(cityself.items()):
    if len(m) >= 2:
        scoped.append((c, y, m, "市直部门"))
for (p, lv, y), m in sorted(prov_level.items()):
    if lv == "乡镇" and len(m) >= 3:
        scoped.append((p, y, m, "乡镇"))
for j, (c, y, m, what) in enumerate(scoped):
    v = vals(m, "new")
    if v is None:
        continue
    me = sorted(m)[j % len(m)]
    ids = sorted(m)
    cells = [f"{i}:t3.new.tot" for i in ids]
    where = city_name(c) if what != "乡镇" else short_prov(c)
    others = [i for i in ids if i != me]
    ph = phr(j)
    if j % 3 == 0:
        rank = sorted(ids, key=lambda i: -v[i])
        q = {"plain": f"库里和我们同级的{where}{what}（含我们），今年新收申请从多到少怎么排？",
             "formal": f"与本单位同级的{where}各{what}（含本单位）本年新收申请数量排序如何？",
             "voice": f"跟我们同级的{where}那几家{what}今年新收的申请排个名 算上我们"}[ph]
        scoped_exp = ("rank", {"values": v, "unit": "件", "order": rank}, cells, "peer_rank", "ties in either order")
    elif j % 3 == 1:
        more = sorted(i for i in others if v[i] > v[me])
        q = {"plain": f"今年{where}和我们同级的{what}里，新收申请比我们多的有哪些？",
             "formal": f"本年度{where}与本单位同级的各{what}中，新收申请数高于本单位的有哪些？",
             "voice": f"今年{where}同级的{what}里头谁收的申请比我们多"}[ph]
        scoped_exp = ("which_reports", {"reports": more}, cells, "peer_more", None)
    else:
        tot = sum(v.values())
        if tot == 0:
            continue
        q = {"plain": f"今年我们的新收申请，占{where}同级{what}（含我们）新收总数的百分之几？",
             "formal": f"本单位本年新收申请数占{where}同级各{what}（含本单位）新收合计的比例是多少？",
             "voice": f"我们今年新收的占{where}同级{what}加起来的百分之多少"}[ph]
        scoped_exp = ("share", {"value": round(100 * v[me] / tot, 2), "unit": "%", "tol": 0.05}, cells, "peer_share", None)
    intent, exp, cl, kind, note = scoped_exp
    add(q, intent, exp, cl, "clerk", f"scoped/{kind}", ph, style_of(ph), scope={"report": me},
        note=(note or "") + f" peers: same {'city' if what != '乡镇' else 'province'}, level, year", )

# ---------------------------------------------------------------- store-wide: year-on-year in words
pairs = []
byag = defaultdict(dict)
for i in OK:
    if usable(i):
        byag[R[i]["agency"]][R[i]["year"]] = i
for a, ys in sorted(byag.items()):
    for y in sorted(ys):
        if y - 1 in ys:
            a0, a1 = cell(ys[y - 1], "t3.new.tot"), cell(ys[y], "t3.new.tot")
            if a0 is not None and a1 is not None:
                pairs.append((a, y, ys[y - 1], ys[y], a0, a1))
pcells = [c for p in pairs for c in (f"{p[2]}:t3.new.tot", f"{p[3]}:t3.new.tot")]
dbl = sorted(p[3] for p in pairs if p[4] > 0 and p[5] >= 2 * p[4])
third = sorted(p[3] for p in pairs if p[4] > 0 and p[5] <= p[4] * 2 / 3)
up = sorted(p[3] for p in pairs if p[5] > p[4])
for ph, q in [("plain", "库里有连续两年年报的单位，哪些新收申请比上一年翻了一番？"),
              ("formal", "在库内存有相邻两个年度年报的单位中，本年新收申请达到上年两倍及以上的有哪些？"),
              ("voice", "连着两年都有年报的那些单位 有没有新收申请翻倍的 是哪些")]:
    add(q, "which_reports", {"reports": dbl}, pcells, "researcher", "store/doubled", ph, style_of(ph),
        note=f"pairs: {[(p[0], p[1], p[4], p[5]) for p in pairs]}; answer names the later year's report")
for ph, q in [("plain", "库里连续两年都有年报的单位中，新收申请比上年减少了三分之一以上的是哪些？"),
              ("formal", "库内存有相邻两年年报的单位中，本年新收申请较上年下降超过三分之一的单位有哪些？"),
              ("voice", "连续两年有年报的单位里 新收申请掉了三分之一还多的是哪家")]:
    add(q, "which_reports", {"reports": third}, pcells, "researcher", "store/minus_third", ph, style_of(ph),
        note="later ≤ 2/3 of earlier; the later year's report")
for ph, q in [("plain", "库里有连续两年年报的单位，新收申请比上年多的有几家？"),
              ("formal", "库内存有相邻两年年报的单位中，本年新收申请较上年增加的共有几个？"),
              ("voice", "连续两年都有年报的 新收比上一年多的有几个")]:
    add(q, "value", {"value": len(up), "unit": "家"}, pcells, "researcher", "store/up_count", ph, style_of(ph),
        note="each (agency, year, year-1) pair counted once")

# store-wide counts by level in words
lv_new = defaultdict(list)
for i in sorted(R):
    if True:
        lv_new[(R[i]["level"], R[i]["year"])].append(i)
LVN = {"乡镇": "乡镇街道", "县级政府": "区县政府", "市级政府": "地市政府", "省级部门": "省级部门", "市级部门": "市级部门", "县级部门": "区县部门"}
k = 0
for (lv, y), m in sorted(lv_new.items()):
    if len(m) < 4 or lv == "县级部门" or vals(m, "new") is None:
        continue
    ids = sorted(m)
    cells = [f"{i}:t3.new.tot" for i in ids]
    ph = phr(k)
    k += 1
    if lv in ("乡镇",):
        hit = sorted(i for i in ids if cell(i, "t3.new.tot") == 0)
        q = {"plain": f"{y}年库里的{LVN[lv]}里，零申请的有几个？", "formal": f"{y}年度库内各乡镇（街道）中，本年新收申请为零的共有几个？",
             "voice": f"{y}年那些乡镇街道有几个一件申请都没收到"}[ph]
        add(q, "value", {"value": len(hit), "unit": "家"}, cells, "researcher", "store/level_zero", ph, style_of(ph))
    else:
        hit = sorted(i for i in ids if cell(i, "t3.new.tot") >= 1000)
        q = {"plain": f"{y}年库里的{LVN[lv]}，新收申请上千件的是哪些？", "formal": f"{y}年度库内{LVN[lv]}中，本年新收申请达到一千件以上的有哪些？",
             "voice": f"{y}年{LVN[lv]}里新收过千的有哪几家"}[ph]
        if not hit:
            hit = sorted(i for i in ids if cell(i, "t3.new.tot") >= 100)
            q = {"plain": f"{y}年库里的{LVN[lv]}，新收申请上百件的是哪些？", "formal": f"{y}年度库内{LVN[lv]}中，本年新收申请达到一百件以上的有哪些？",
                 "voice": f"{y}年{LVN[lv]}里新收过百的有哪几家"}[ph]
        add(q, "which_reports", {"reports": hit}, cells, "reporter", "store/level_thousand", ph, style_of(ph))
        if len(hit) == 0 and lv != "市级政府":
            pass

# ---------------------------------------------------------------- unanswerable
regions = {d["region"] for d in R.values()}
agencies = " ".join(d["agency"] for d in R.values())
ABSENT_CITIES = [c for c in ["鄂尔多斯市", "三亚市", "大连市", "烟台市", "洛阳市", "唐山市", "珠海市", "拉萨市", "克拉玛依市", "宜昌市",
                              "景德镇市", "张家界市", "舟山市", "黄山市", "伊春市", "汕头市", "泰州市", "大理白族自治州", "嘉峪关市", "阿里地区",
                              "铜陵市", "淮北市", "鹰潭市", "萍乡市", "日照市", "威海市", "莆田市", "三明市", "攀枝花市", "自贡市", "安顺市",
                              "铜仁市", "玉溪市", "保山市", "白银市", "金昌市", "海东市", "石嘴山市", "乌海市", "阿拉善盟", "七台河市", "鹤岗市"]
                 if not any(c in r for r in regions) and c not in agencies]
UN = []
for j, c in enumerate(ABSENT_CITIES[:12]):
    y = [2021, 2022, 2023, 2024][j % 4]
    ph = phr(j)
    q = {"plain": f"{y}年{c}下辖各区县政府里，新收申请最多的是哪家？", "formal": f"{y}年度{c}各县（市、区）人民政府中本年新收申请数最多的是哪一个？",
         "voice": f"{y}年{c}下面那些区县政府 哪家零申请"}[ph]
    UN.append((q, ph, "hierarchy_not_stored", f"asked as rank/which over a city the store holds no report of ({c})"))
# a year of a stored city with no county-government report
for j, ((c, y), m) in enumerate(sorted(gov_by_city.items())[:10]):
    years = {R[i]["year"] for i in OK if city(R[i]["region"]) == c and R[i]["level"] == "县级政府"}
    for yy in (2015, 2016, 2017, 2018):
        if yy not in years and not any(city(R[i]["region"]) == c and R[i]["year"] == yy for i in R):
            ph = phr(j + 1)
            nm = city_name(c)
            q = {"plain": f"{yy}年{nm}各区县政府新收申请加起来有多少？", "formal": f"{yy}年度{nm}下辖各区县人民政府本年新收申请合计多少件？",
                 "voice": f"{yy}年{nm}的区县政府一共收了多少申请"}[ph]
            UN.append((q, ph, "year_not_stored", f"asked as sum; the store holds no {yy} report of {nm}"))
            break
# a level that does not exist in the store
lvls = {d["level"] for d in R.values()}
assert "省级政府" not in lvls
for ph, q in [("plain", "库里各省人民政府本级，哪个省政府新收申请最多？"), ("formal", "库内各省级人民政府年度报告中，本年新收申请最多的是哪一省？"),
              ("voice", "省政府那一级的年报里哪个省收到的申请最多"), ("plain", "2023年各省人民政府新收申请超过一千件的有几个？")]:
    UN.append((q, ph, "level_not_stored", "asked over 省人民政府 themselves; the store holds no 省级政府 report (only 省级部门)"))
for ph, q in [("plain", "兰州市城关区下面各个村（社区）居委会的年报，哪个收到申请最多？"), ("formal", "请统计库内各村民委员会信息公开年报中新收申请为零的数量。"),
              ("voice", "村一级的年报里有几个零申请的")]:
    UN.append((q, ph, "level_not_stored", "asked over 村/居委会; no such level in the store"))
# figures the template does not hold, over a real set
real = [g for g in GROUPS if g[3] in ("city_counties", "system", "prov_level")]
NOFIG = [("申请人里律师占比最高的是哪家？", "applicant occupation"), ("信息公开工作经费加起来是多少万元？", "budget"),
         ("申请人里女性占比超过一半的有几家？", "applicant sex"), ("申请人平均年龄最小的是哪家？", "applicant age"),
         ("申请人学历在本科以上的占比各是多少？", "applicant education"), ("收到的申请里外省申请人占比不足百分之五的有哪些？", "applicant origin"),
         ("申请人中港澳台居民一共有几位？", "applicant origin (港澳台)"), ("明年计划新收多少申请？", "the future")]
for j, (txt, what) in enumerate(NOFIG * 2):
    names, y, m, gk, _ = real[(j * 7) % len(real)]
    ph = phr(j)
    q = {"plain": f"{y}年{names[0]}，{txt}", "formal": f"{y}年度{names[1]}，{txt}", "voice": f"{y}年{names[2]} {txt.rstrip('？')}"}[ph]
    UN.append((q, ph, "figure_not_in_template", f"asked over a stored set; the template has no {what}"))
# scoped: a peer level that the store does not hold
for j, i in enumerate(sorted(x for x in OK if R[x]["level"] == "乡镇" and x not in DUP)[:6]):
    ph = phr(j)
    q = {"plain": "我们镇下面各个村的申请数哪个村最多？", "formal": "本镇（街道）所辖各村（社区）本年新收申请数分别是多少？", "voice": "我们下面那几个村谁收的申请多"}[ph]
    add(q, "unanswerable", {"refuse": True}, [], "clerk", "scoped/unanswerable_village", ph, style_of(ph),
        scope={"report": i}, note="asked as rank; villages do not publish reports in the store and the report has no per-village figure")
for q, ph, kind, note in UN:
    add(q, "unanswerable", {"refuse": True}, [], "officer" if "hierarchy" in kind or "level" in kind else "deputy",
        f"unanswerable/{kind}", ph, style_of(ph), note=note)

# ids, write
seen = set()
out = []
for it in items:
    key = it["q"] + json.dumps(it["scope"], ensure_ascii=False)
    if key in seen:
        continue
    seen.add(key)
    out.append(it)
for n, it in enumerate(out, 1):
    it["id"] = f"zp{n:04d}"
(HERE / "blindzp.jsonl").write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in out), encoding="utf-8")
c1 = Counter(it["intent"] for it in out)
print(len(out), dict(c1))
print(Counter(it["persona"] for it in out))
print(Counter((it["intent"], it["phrasing"]) for it in out))
print("scoped", sum(1 for it in out if it["scope"]), "refuse", sum(1 for it in out if it["expect"].get("refuse")))
