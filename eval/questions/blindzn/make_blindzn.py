"""Blind bank blindzn: search-box queries over the store of eval/wild … eval/wild31.

    PYTHONPATH=. .venv/bin/python eval/questions/blindzn/make_blindzn.py   # rewrites blindzn.jsonl, same bytes every run

Every expected value is computed from the gold JSON (eval/wild*/gold). Held out: whoever works on the router or
extractor reads neither this file nor blindzn.jsonl until the lead has measured it.
"""

from __future__ import annotations

import glob
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SETS = ["wild", *(f"wild{i}" for i in range(2, 32))]
RNG = random.Random(20261207)

G: list[dict] = []
for s in SETS:
    for f in sorted(glob.glob(str(ROOT / "eval" / s / "gold" / "*.json"))):
        d = json.load(open(f, encoding="utf-8"))
        d["_set"] = s
        G.append(d)
BY_ID = {g["id"]: g for g in G}
AY = Counter((g["agency"], g["year"]) for g in G)


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and g["tables_recoverable"]
        and not g["findings"]
        and not g.get("statements")
        and AY[(g["agency"], g["year"])] == 1
    )


def late(g: dict) -> bool:
    n = g["_set"][4:]
    return n.isdigit() and int(n) >= 13


# ---- measures: users' bare nouns; cells (summed) per template
def _sub(prefix: str, n: int) -> list[str]:
    return [f"t3.{prefix}_{i}.tot" for i in range(1, n + 1)]


MEASURES: dict[str, dict] = {
    "new": {"words": ["新收", "依申请", "申请数", "新收申请"], "cells": {"*": ["t3.new.tot"]}, "unit": "件"},
    "carry_in": {"words": ["上年结转", "结转上年"], "cells": {"*": ["t3.carry_in.tot"]}, "unit": "件"},
    "r1": {"words": ["予以公开", "同意公开"], "cells": {"*": ["t3.r1.tot"]}, "unit": "件"},
    "r2": {"words": ["部分公开"], "cells": {"*": ["t3.r2.tot"]}, "unit": "件"},
    "r3": {"words": ["不予公开"], "cells": {"*": _sub("r3", 8)}, "unit": "件"},
    "r3_1": {"words": ["不予公开 国家秘密", "国家秘密"], "cells": {"*": ["t3.r3_1.tot"]}, "unit": "件"},
    "r4": {"words": ["无法提供"], "cells": {"*": _sub("r4", 3)}, "unit": "件"},
    "r4_1": {"words": ["本机关不掌握", "不掌握"], "cells": {"*": ["t3.r4_1.tot"]}, "unit": "件"},
    "r5": {"words": ["不予处理"], "cells": {"*": _sub("r5", 5)}, "unit": "件"},
    "r7": {"words": ["办理结果总计", "答复总数"], "cells": {"*": ["t3.r7.tot"]}, "unit": "件"},
    "carry_out": {"words": ["结转下年", "结转下年度"], "cells": {"*": ["t3.carry_out.tot"]}, "unit": "件"},
    "biz": {"words": ["企业申请", "商业企业 新收"], "cells": {"*": ["t3.new.biz"]}, "unit": "件"},
    "rv": {"words": ["复议", "行政复议"], "cells": {"*": ["t4.rv.tot"]}, "unit": "件"},
    "rv_fix": {"words": ["复议 纠正", "复议被纠正"], "cells": {"*": ["t4.rv.fix"]}, "unit": "件"},
    "lit": {"words": ["诉讼", "行政诉讼"], "cells": {"*": ["t4.ld.tot", "t4.lr.tot"]}, "unit": "件"},
    "lit_fix": {"words": ["诉讼被纠正", "诉讼 纠正"], "cells": {"*": ["t4.ld.fix", "t4.lr.fix"]}, "unit": "件"},
    "license": {"words": ["行政许可", "许可"], "cells": {"*": ["t2.license.decisions"]}, "unit": "件"},
    "penalty": {"words": ["行政处罚", "处罚"], "cells": {"*": ["t2.penalty.decisions"]}, "unit": "件"},
    "fee": {"words": ["收费", "收费金额"], "cells": {"GF2021": ["t2.fee.amount_wan"]}, "unit": "万元"},
}
GROUP_MEASURES = ["new", "r1", "r2", "r3", "r4", "r5", "rv", "rv_fix", "lit", "carry_out", "license", "penalty"]


def cells_of(g: dict, m: str) -> list[str] | None:
    c = MEASURES[m]["cells"]
    return c.get(g["template"], c.get("*"))


def val(g: dict, m: str):
    if not readable(g):
        return None
    cs = cells_of(g, m)
    if not cs:
        return None
    tot = 0
    for c in cs:
        t, _, k = c.partition(".")
        v = (g.get(t) or {}).get(k)
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            return None
        tot += v
    return round(tot, 4) if isinstance(tot, float) else tot


# ---- search-box names
BODY = [
    ("人民政府办公室", "政府办"), ("人民政府办公厅", "政府办"), ("市场监督管理局", "市监局"),
    ("人力资源和社会保障局", "人社局"), ("人力资源和社会保障厅", "人社厅"), ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"), ("发展和改革委员会", "发改委"), ("发展和改革局", "发改局"),
    ("住房和城乡建设局", "住建局"), ("住房和城乡建设厅", "住建厅"), ("交通运输局", "交通局"),
    ("交通运输厅", "交通厅"), ("自然资源和规划局", "自然资源局"), ("生态环境局", "环保局"),
    ("生态环境厅", "环保厅"), ("农业农村局", "农业农村局"), ("应急管理局", "应急局"),
    ("文化和旅游局", "文旅局"), ("文化广电和旅游局", "文旅局"), ("退役军人事务局", "退役军人局"),
    ("医疗保障局", "医保局"), ("城市管理综合行政执法局", "城管执法局"), ("城市管理局", "城管局"), ("综合行政执法局", "执法局"), ("人民政府", "政府"),
]
PROV_SHORT = {"内蒙古自治区": "内蒙古", "广西壮族自治区": "广西", "新疆维吾尔自治区": "新疆",
              "宁夏回族自治区": "宁夏", "西藏自治区": "西藏"}


def province(g: dict) -> str:
    r = g["region"]
    for full, short in PROV_SHORT.items():
        if r.startswith(full):
            return short
    m = re.match(r"^(.{2,3}?)[省市]", r)
    return m.group(1) if m else r[:2]


def split_body(agency: str) -> tuple[str, str]:
    for full, short in BODY:
        if agency.endswith(full):
            return agency[: -len(full)], short
    m = re.match(r"^(.*?(?:省|自治区|市|州|盟|区|县|旗))([^省市州盟区县旗]{2,}(?:局|委员会|委|厅|办|中心|馆|院))$", agency)
    if m:
        return m.group(1), m.group(2).replace("委员会", "委")
    return "", agency


def stem(place: str) -> str | None:
    if place.endswith("自治县"):
        m = re.fullmatch(r"(.{2})(?:.{1,3}?族)+自治县", place)
        return m.group(1) if m else None
    if place.endswith("自治州"):
        return place[:2] + "州"
    if len(place) == 3 and place[-1] in "区县市旗":
        return place[:-1]
    return place


def alias(g: dict) -> str | None:
    prefix, body = split_body(g["agency"])
    if not prefix or body.startswith(("管理", "事务", "服务")) or len(body) < 3:
        return None
    if g["level"] == "乡镇":
        m = re.search(r"([^市县区旗]{2,}(?:镇|乡|街道))$", prefix)
        return m.group(1) if m and body == "政府" else None
    if g["level"].startswith("省级"):
        return f"{prefix[:-1]} {body}" if prefix.endswith("省") and len(prefix) == 3 else None
    if g["agency"].startswith("国家"):
        return None
    parts = re.findall(r".{2,}?(?:自治县|自治州|地区|市|区|县|旗|盟)", prefix)
    if not parts or "".join(parts) != prefix:
        return None
    place = parts[-1]
    if g["level"] == "市级政府" or g["level"] == "市级部门":
        place = parts[0]
    st = stem(place)
    return f"{st} {body}" if st else None


ALIASES: dict[str, set[str]] = defaultdict(set)
for g in G:
    a = alias(g)
    if a:
        ALIASES[a].add(g["agency"])
AL = {g["id"]: alias(g) for g in G}


def unique_alias(g: dict) -> str | None:
    a = AL[g["id"]]
    if not a or len(ALIASES[a]) != 1:
        return None
    # the stem must not be the stem of a different stored agency of the same body kind either
    return a


def yr(y: int, k: int) -> str:
    return [f"{y}", f"{y % 100}年", f"{y}年", f"{y}年度"][k % 4]


LEVEL_WORDS = {"县级部门": ["区县部门", "县直部门"], "县级政府": ["区县政府", "县区政府"], "乡镇": ["乡镇", "镇街"],
               "市级部门": ["市直部门", "市级部门"], "省级部门": ["省直厅局", "省级部门"], "市级政府": ["市政府"]}

PERSONAS = ["citizen", "reporter", "researcher", "officer", "lawyer", "company", "student", "clerk"]
MEASURE_PERSONA = {"rv": "lawyer", "rv_fix": "lawyer", "lit": "lawyer", "lit_fix": "lawyer", "r3": "lawyer",
                   "r3_1": "lawyer", "license": "company", "penalty": "company", "fee": "company", "biz": "company"}

items: list[dict] = []


def add(q, intent, expect, *, kind, phrasing, persona, scope=None, cells=None, calc=None, note=None,
        style="abbreviated", sets=None, previous=None):
    it = {"id": "", "q": q, "scope": scope or {}, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if previous:
        it["previous"] = previous
    if note:
        it["note"] = note
    it.update({"persona": persona, "kind": kind, "phrasing": phrasing, "sets": sets or ["store"]})
    items.append(it)


def pick(seq, n):
    seq = list(seq)
    RNG.shuffle(seq)
    return seq[:n]


def weighted(pool, n):
    """n distinct items, ~3:1 toward wild13 … wild31."""
    lt = [g for g in pool if late(g)]
    ea = [g for g in pool if not late(g)]
    k = min(len(lt), round(n * 0.75))
    return pick(lt, k) + pick(ea, min(len(ea), n - k))


READ = [g for g in G if readable(g) and unique_alias(g)]
seen_q: set[str] = set()


def uq(q: str) -> bool:
    key = q.replace(" ", "")
    if key in seen_q:
        return False
    seen_q.add(key)
    return True


# 1. one report's figure, whole store (~90): 「鄞州 市监局 2024 依申请」
mlist = list(MEASURES)
n = 0
for i, g in enumerate(weighted(READ, 140)):
    if n >= 90:
        break
    m = mlist[i % len(mlist)]
    v = val(g, m)
    if v is None:
        continue
    w = MEASURES[m]["words"][i % len(MEASURES[m]["words"])]
    a = unique_alias(g)
    ph = ["kw", "kw_q", "glued"][i % 3]
    if ph == "kw":
        q = f"{a} {yr(g['year'], i)} {w}"
    elif ph == "kw_q":
        q = f"{a} {yr(g['year'], i)} {w} 多少"
    else:
        q = f"{a.replace(' ', '')}{yr(g['year'], i)}{w.replace(' ', '')}"
    if not uq(q):
        continue
    cs = [f"{g['id']}:{c}" for c in cells_of(g, m)]
    add(q, "value", {"value": v, "unit": MEASURES[m]["unit"]}, kind="one_report_figure", phrasing=ph,
        persona=MEASURE_PERSONA.get(m, PERSONAS[i % 4]), cells=cs, sets=[g["_set"]],
        note=f"{g['agency']} {g['year']} {m}")
    n += 1

# 2. scoped: keywords only (~45): 「复议 纠正」
n = 0
for i, g in enumerate(weighted(READ, 110)):
    if n >= 55:
        break
    m = mlist[(i * 7 + 3) % len(mlist)]
    v = val(g, m)
    if v is None:
        continue
    w = MEASURES[m]["words"][(i // 3) % len(MEASURES[m]["words"])]
    ph = ["kw", "kw_q", "glued"][i % 3]
    q = {"kw": w, "kw_q": f"{w} 多少", "glued": w.replace(" ", "") + "几件"}[ph]
    add(q, "value", {"value": v, "unit": MEASURES[m]["unit"]}, kind="scoped_keywords", phrasing=ph,
        persona="clerk" if i % 2 else MEASURE_PERSONA.get(m, "citizen"), scope={"report": g["id"]},
        cells=cells_of(g, m), sets=[g["_set"]], style="colloquial", note=f"{g['agency']} {g['year']} {m}")
    n += 1

# bodies with several readable years
BY_AG: dict[str, list[dict]] = defaultdict(list)
for g in READ:
    BY_AG[g["agency"]].append(g)
for v_ in BY_AG.values():
    v_.sort(key=lambda g: g["year"])
MULTI = sorted((a for a, gs in BY_AG.items() if len(gs) >= 2), key=lambda a: a)

# 3. change (~22): 「鹿城 司法局 新收 22 23 变化」
n = 0
for i, ag in enumerate(MULTI * 4):
    if n >= 16:
        break
    gs = BY_AG[ag]
    e, l_ = (gs[-2], gs[-1]) if i % 2 else (gs[0], gs[-1])
    found = None
    for j in range(len(GROUP_MEASURES)):
        m = GROUP_MEASURES[(i * 3 + j) % len(GROUP_MEASURES)]
        ve, vl = val(e, m), val(l_, m)
        if ve is not None and vl is not None and ve != vl:
            found = m
            break
    if not found:
        continue
    a = unique_alias(l_)
    w = MEASURES[m]["words"][0]
    ph = ["kw", "kw_q", "range"][i % 3]
    if ph == "kw":
        q = f"{a} {w} {e['year'] % 100} {l_['year'] % 100} 变化"
    elif ph == "kw_q":
        q = f"{a} {w} {l_['year']}比{e['year']} 增加多少"
    else:
        q = f"{a} {w} {e['year']}-{l_['year']} 增减"
    if not uq(q):
        continue
    cl = [f"{l_['id']}:{c}" for c in cells_of(l_, m)]
    ce = [f"{e['id']}:{c}" for c in cells_of(e, m)]
    calc = "(" + "+".join("{" + c + "}" for c in cl) + ")-(" + "+".join("{" + c + "}" for c in ce) + ")"
    add(q, "change", {"value": vl - ve, "unit": MEASURES[m]["unit"]}, kind="year_on_year", phrasing=ph,
        persona=["reporter", "researcher", "officer"][i % 3], cells=cl + ce, calc=calc,
        sets=sorted({e["_set"], l_["_set"]}), note=f"{ag} {l_['year']} {vl} − {e['year']} {ve}; signed later − earlier")
    n += 1

# 4. trend over a year range (~10): 「鄞州 市监局 新收 2021-2024」: the range spans the body's stored readable years;
# years inside it that are not stored are not expected (the answer may say so)
n = 0
for i, ag in enumerate(MULTI * 3):
    if n >= 10:
        break
    run = BY_AG[ag]
    vals = None
    for j in range(len(GROUP_MEASURES)):
        m = GROUP_MEASURES[(i * 5 + j) % len(GROUP_MEASURES)]
        vals = {g["id"]: val(g, m) for g in run}
        if all(v is not None for v in vals.values()) and len(set(vals.values())) > 1:
            break
        vals = None
    if not vals:
        continue
    a = unique_alias(run[0])
    y0, y1 = run[0]["year"], run[-1]["year"]
    w = MEASURES[m]["words"][-1]
    ph = ["range", "range_zh", "kw_q"][n % 3]
    q = {"range": f"{a} {w} {y0}-{y1}", "range_zh": f"{a} {w} {y0 % 100}到{y1 % 100}",
         "kw_q": f"{a} {y0}至{y1} {w} 每年多少"}[ph]
    if not uq(q):
        continue
    gap = [y for y in range(y0, y1 + 1) if y not in {g["year"] for g in run}]
    add(q, "trend", {"values": vals, "unit": MEASURES[m]["unit"]}, kind="year_range", phrasing=ph,
        persona=["researcher", "reporter", "student"][n % 3],
        cells=[f"{g['id']}:{c}" for g in run for c in cells_of(g, m)], sets=sorted({g["_set"] for g in run}),
        note=f"{ag} {m} {y0}–{y1}" + (f"; {gap} not stored (not expected)" if gap else ""))
    n += 1

# 5. compare two bodies (~18): 「鹿城 司法局 瓯海 司法局 2023 新收」
by_pl = defaultdict(list)
for g in READ:
    by_pl[(province(g), g["level"], g["year"])].append(g)
n = 0
for i, key in enumerate(pick(sorted(by_pl), len(by_pl))):
    if n >= 18:
        break
    gs = sorted(by_pl[key], key=lambda g: g["id"])
    if len(gs) < 2:
        continue
    x, y = gs[0], gs[1]
    m = GROUP_MEASURES[(i * 3) % len(GROUP_MEASURES)]
    vx, vy = val(x, m), val(y, m)
    if vx is None or vy is None or vx == vy:
        continue
    w = MEASURES[m]["words"][0]
    ph = ["kw", "vs", "kw_q"][n % 3]
    ax, ay = unique_alias(x), unique_alias(y)
    q = {"kw": f"{ax} {ay} {key[2]} {w}", "vs": f"{ax} vs {ay} {w} {key[2] % 100}年",
         "kw_q": f"{key[2]} {w} {ax} {ay} 哪个多"}[ph]
    if not uq(q):
        continue
    order = [x["id"], y["id"]] if vx > vy else [y["id"], x["id"]]
    add(q, "compare", {"values": {x["id"]: vx, y["id"]: vy}, "unit": MEASURES[m]["unit"], "order": order},
        kind="two_bodies", phrasing=ph, persona=["reporter", "citizen", "researcher"][n % 3],
        cells=[f"{x['id']}:{c}" for c in cells_of(x, m)] + [f"{y['id']}:{c}" for c in cells_of(y, m)],
        sets=sorted({x["_set"], y["_set"]}), note=f"{x['agency']} vs {y['agency']} {key[2]} {m}")
    n += 1

# 6. groups: province × level × year; every stored report of the group must be readable
GROUPS = defaultdict(list)
for g in G:
    GROUPS[(province(g), g["level"], g["year"])].append(g)
BODYGROUPS = defaultdict(list)  # body kind × year over the store: 「人社局 2022 诉讼 排名」
for g in G:
    _, b = split_body(g["agency"])
    if g["level"] in ("县级部门", "市级部门") and AL[g["id"]] and not b.startswith(("管理", "事务", "服务")):
        BODYGROUPS[(b, g["year"])].append(g)


def group_vals(gs, m):
    vals = {g["id"]: val(g, m) for g in gs}
    return None if any(v is None for v in vals.values()) else vals


def group_candidates():
    out = []
    for key in sorted(GROUPS):
        gs = GROUPS[key]
        if len(gs) >= 2 and all(readable(g) for g in gs) and len({g["agency"] for g in gs}) == len(gs):
            out.append(("pl", key, sorted(gs, key=lambda g: g["id"])))
    for key in sorted(BODYGROUPS):
        gs = BODYGROUPS[key]
        if len(gs) >= 2 and all(readable(g) for g in gs) and len({g["agency"] for g in gs}) == len(gs):
            out.append(("body", key, sorted(gs, key=lambda g: g["id"])))
    return out


CANDS = group_candidates()
RNG.shuffle(CANDS)


def gname(kind, key, i):
    if kind == "pl":
        p, lv, y = key
        return f"{p} {LEVEL_WORDS[lv][i % len(LEVEL_WORDS[lv])]} {yr(y, i)}"
    b, y = key
    return f"{b} {yr(y, i)}"


# rank (~24)
n = 0
for i, (kind, key, gs) in enumerate(CANDS):
    if n >= 24:
        break
    m = GROUP_MEASURES[(i * 5 + 1) % len(GROUP_MEASURES)]
    vals = group_vals(gs, m)
    if not vals:
        continue
    srt = sorted(vals, key=lambda r: -vals[r])
    if vals[srt[0]] == 0 or (len(srt) > 1 and vals[srt[0]] == vals[srt[1]]):
        continue
    w = MEASURES[m]["words"][0]
    ph = ["kw_q", "rank", "glued"][n % 3]
    gn = gname(kind, key, n)
    if ph == "kw_q":
        q, order = f"{gn} {w} 最多", [srt[0]]
    elif ph == "rank":
        q, order = f"{gn} {w} 排名", srt
    else:
        q, order = f"{gn.replace(' ', '')}{w}哪个最多", [srt[0]]
    if not uq(q):
        continue
    add(q, "rank", {"values": vals, "unit": MEASURES[m]["unit"], "order": order}, kind=f"set_rank_{kind}",
        phrasing=ph, persona=["researcher", "reporter", "officer"][n % 3],
        cells=[f"{g['id']}:{c}" for g in gs for c in cells_of(g, m)], sets=sorted({g["_set"] for g in gs}),
        style="colloquial", note=f"{key} {m}: every stored report of the group ({len(gs)}); ties kept in either order")
    n += 1

# sum (~18)
n = 0
for i, (kind, key, gs) in enumerate(CANDS[::-1]):
    if n >= 18:
        break
    m = GROUP_MEASURES[(i * 7 + 2) % len(GROUP_MEASURES)]
    vals = group_vals(gs, m)
    if not vals:
        continue
    w = MEASURES[m]["words"][-1]
    ph = ["kw", "kw_q", "glued"][n % 3]
    gn = gname(kind, key, n + 1)
    q = {"kw": f"{gn} {w} 合计", "kw_q": f"{gn} {w} 一共多少", "glued": f"{gn.replace(' ', '')}{w}总数"}[ph]
    if not uq(q):
        continue
    add(q, "sum", {"value": sum(vals.values()), "unit": MEASURES[m]["unit"]}, kind=f"set_sum_{kind}", phrasing=ph,
        persona=["officer", "researcher", "reporter"][n % 3],
        cells=[f"{g['id']}:{c}" for g in gs for c in cells_of(g, m)], sets=sorted({g["_set"] for g in gs}),
        style="colloquial", note=f"{key} {m} over {len(gs)} reports")
    n += 1

# which reports (~14)
n = 0
for i, (kind, key, gs) in enumerate(CANDS[5:] + CANDS[:5]):
    if n >= 14:
        break
    m = ["rv", "lit", "rv_fix", "r3", "carry_out", "penalty", "r4"][i % 7]
    vals = group_vals(gs, m)
    if not vals:
        continue
    pos = sorted(r for r, v in vals.items() if v > 0)
    if not pos or len(pos) == len(vals):
        continue
    w = MEASURES[m]["words"][0]
    ph = ["kw", "kw_q", "glued"][n % 3]
    gn = gname(kind, key, n + 2)
    q = {"kw": f"{gn} 有{w}的", "kw_q": f"{gn} {w} 哪些有", "glued": f"{gn.replace(' ', '')}{w}不为0"}[ph]
    if not uq(q):
        continue
    add(q, "which_reports", {"reports": pos}, kind=f"set_which_{kind}", phrasing=ph,
        persona=["officer", "lawyer", "researcher"][n % 3],
        cells=[f"{g['id']}:{c}" for g in gs for c in cells_of(g, m)], sets=sorted({g["_set"] for g in gs}),
        style="colloquial", note=f"{key} {m} > 0: {len(pos)} of {len(gs)}")
    n += 1

# 7. unanswerable (~50)
STORE_AGENCIES = {g["agency"] for g in G}
STORE_AY = {(g["agency"], g["year"]) for g in G}
ALL_NAMES = "".join(sorted(STORE_AGENCIES))
n_u = 0
# 7a year not stored: a year 2–4 before the body's first stored year, or 2027
for i, g in enumerate(weighted([g for g in READ if g["year"] >= 2021], 60)):
    if n_u >= 14:
        break
    ag = g["agency"]
    y = min(x for (a_, x) in STORE_AY if a_ == ag) - (2 + i % 3) if i % 4 else 2027
    st0, _, bd0 = (unique_alias(g) or "").partition(" ")
    if (ag, y) in STORE_AY or any(x["year"] == y and st0 in x["agency"] and split_body(x["agency"])[1] == bd0
                                  for x in G):
        continue
    m = GROUP_MEASURES[i % len(GROUP_MEASURES)]
    ph = ["kw", "kw_q", "glued"][i % 3]
    a = unique_alias(g)
    q = {"kw": f"{a} {y} {MEASURES[m]['words'][0]}", "kw_q": f"{a} {y % 100}年 {MEASURES[m]['words'][0]} 多少",
         "glued": f"{a.replace(' ', '')}{y}{MEASURES[m]['words'][0].replace(' ', '')}"}[ph]
    if not uq(q):
        continue
    add(q, "unanswerable", {"refuse": True}, kind="year_not_stored", phrasing=ph, persona=PERSONAS[i % 7],
        sets=[g["_set"]], note=f"asked as value: {ag} {y} is not in the store (stored: "
        + ",".join(str(x) for (a_, x) in sorted(STORE_AY) if a_ == ag) + ")")
    n_u += 1
# 7b body not stored: a body kind no stored agency of that place has
ODD = ["气象局", "档案馆", "地震局", "烟草专卖局", "供销社", "机关事务管理局"]
for i, g in enumerate(weighted([g for g in READ if g["level"] in ("县级部门", "县级政府")], 40)):
    if n_u >= 26:
        break
    a = unique_alias(g)
    st = a.split(" ")[0]
    body = ODD[i % len(ODD)]
    if any(st in ag and (body[:2] in ag) for ag in STORE_AGENCIES):
        continue
    m = GROUP_MEASURES[i % 4]
    ph = ["kw", "kw_q", "glued"][i % 3]
    q = {"kw": f"{st} {body} {g['year']} {MEASURES[m]['words'][0]}",
         "kw_q": f"{st} {body} {g['year'] % 100}年 {MEASURES[m]['words'][0]} 多少",
         "glued": f"{st}{body}{g['year']}{MEASURES[m]['words'][0].replace(' ', '')}"}[ph]
    if not uq(q):
        continue
    add(q, "unanswerable", {"refuse": True}, kind="body_not_stored", phrasing=ph, persona=PERSONAS[i % 7],
        sets=["store"], note=f"asked as value: no stored agency of {st} is a {body}")
    n_u += 1
# 7c a figure the template does not hold (applicants' age / sex / 平均答复天数 / 经费 as table measures)
NOT_T = [("申请人 年龄", "applicants' age"), ("女性 申请人", "applicants' sex"), ("申请人 户籍", "applicants' origin"),
         ("平均答复天数", "average days to reply"), ("申请人 学历", "applicants' education"), ("申请人 职业", "applicants' occupation")]
for i, g in enumerate(weighted(READ, 30)):
    if n_u >= 38:
        break
    w, what = NOT_T[i % len(NOT_T)]
    ph = ["kw", "kw_q", "glued"][i % 3]
    a = unique_alias(g)
    scoped = i % 3 == 0
    if scoped:
        q = w if i % 2 == 0 else f"{w} 多少"
    else:
        q = {"kw": f"{a} {g['year']} {w}", "kw_q": f"{a} {g['year'] % 100}年 {w} 多少",
             "glued": f"{a.replace(' ', '')}{g['year']}{w.replace(' ', '')}"}[ph]
    if not uq(q if not scoped else q + g["id"]):
        continue
    add(q, "unanswerable", {"refuse": True}, kind="not_in_template", phrasing=ph if not scoped else "kw",
        persona=PERSONAS[i % 7], scope={"report": g["id"]} if scoped else None, sets=[g["_set"]],
        style="colloquial" if scoped else "abbreviated",
        note=f"asked as value: {what} — the template has no place for it (text not checked for it)")
    n_u += 1
# 7d GF2019-only cell asked of a GF2021 report: 政府集中采购
for i, g in enumerate(weighted([g for g in READ if g["template"] == "GF2021"], 20)):
    if n_u >= 44:
        break
    a = unique_alias(g)
    ph = ["kw", "kw_q", "glued"][i % 3]
    q = {"kw": f"{a} {g['year']} 政府集中采购", "kw_q": f"{a} {g['year'] % 100}年 集中采购 金额多少",
         "glued": f"{a.replace(' ', '')}{g['year']}采购项目数"}[ph]
    if not uq(q):
        continue
    add(q, "unanswerable", {"refuse": True}, kind="other_template", phrasing=ph, persona="company",
        sets=[g["_set"]], note="asked as value: 政府集中采购 is a GF2019 cell; this is a GF2021 report")
    n_u += 1
# 7e ambiguous: a place named without its body when ≥ 2 stored agencies of that place report that year (ask back / refuse)
PLACE_YEAR = defaultdict(set)
for g in G:
    a_ = AL[g["id"]]
    if a_ and " " in a_ and g["level"] in ("县级部门", "县级政府"):
        PLACE_YEAR[(a_.split(" ")[0], g["year"])].add(g["agency"])
amb = sorted(k for k, v in PLACE_YEAR.items() if len(v) >= 2 and len(k[0]) >= 2)
for i, (st, y) in enumerate(pick(amb, len(amb))):
    if n_u >= 56:
        break
    ags = sorted(x["agency"] for x in G if x["year"] == y and st in x["agency"])
    ags = sorted(set(ags))
    if len(ags) < 2:
        continue
    m = GROUP_MEASURES[i % 6]
    ph = ["kw", "kw_q", "glued"][i % 3]
    q = {"kw": f"{st} {y} {MEASURES[m]['words'][0]}", "kw_q": f"{st} {y % 100}年 {MEASURES[m]['words'][0]} 多少",
         "glued": f"{st}{y}{MEASURES[m]['words'][0].replace(' ', '')}"}[ph]
    if not uq(q):
        continue
    add(q, "unanswerable", {"refuse": True}, kind="ambiguous_abbreviation", phrasing=ph,
        persona=PERSONAS[i % 7], sets=["store"],
        note=f"asked as value: 「{st}」 {y} names no body; {len(ags)} stored agencies fit ({'、'.join(ags)}): "
        "ask back naming them (no number as the answer) or refuse")
    n_u += 1

for k, it in enumerate(items, 1):
    it["id"] = f"zn{k:04d}"
with open(HERE / "blindzn.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), Counter(it["intent"] for it in items))
