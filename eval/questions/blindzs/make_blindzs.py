"""Generate blindzs.jsonl: the data journalist's statistics over sets of reports (see README.md).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzs/make_blindzs.py

Deterministic: every expected value is computed here from the gold JSON of eval/wild, eval/wild2 … wild33."""

from __future__ import annotations

import glob
import json
import math
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent / "blindzs.jsonl"
SETS = ["wild", *(f"wild{i}" for i in range(2, 34))]

GOLD: list[dict] = []
for s in SETS:
    for p in sorted(glob.glob(str(ROOT / "eval" / s / "gold" / "*.json"))):
        g = json.loads(Path(p).read_text(encoding="utf-8"))
        g["_set"] = s
        GOLD.append(g)
BY_ID = {g["id"]: g for g in GOLD}
AY = Counter((g["agency"], g["year"]) for g in GOLD)

PROV_RE = re.compile(r"^(.+?(?:省|自治区)|北京市|上海市|天津市|重庆市)")


def province(g: dict) -> str | None:
    m = PROV_RE.match(g.get("region") or "")
    return m.group(1) if m else None


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and g.get("tables_recoverable")
        and not g.get("findings")
        and not g.get("statements")
        and AY[(g["agency"], g["year"])] == 1
    )


R3 = [f"t3.r3_{i}.tot" for i in range(1, 9)]
# measure → (cells, users' words (noun), unit)
MEASURES = {
    "new": (["t3.new.tot"], ["本年新收的信息公开申请", "新收申请", "收到的新申请"], "件"),
    "r1": (["t3.r1.tot"], ["予以公开的申请", "全部公开的件数", "同意公开的申请"], "件"),
    "r3": (R3, ["不予公开的申请", "不予公开件数", "被拒绝公开的申请"], "件"),
    "out": (["t3.carry_out.tot"], ["结转下年度继续办理的申请", "结转到下一年的件数", "没办完留到下年的申请"], "件"),
    "rv": (["t4.rv.tot"], ["因信息公开被申请行政复议的案件", "行政复议案件", "信息公开复议数"], "件"),
    "lit": (["t4.ld.tot", "t4.lr.tot"], ["信息公开行政诉讼案件（直接起诉加复议后起诉）", "行政诉讼案件总数", "被起诉的信息公开案件"], "件"),
    "pen": (["t2.penalty.decisions"], ["行政处罚决定", "行政处罚的数量", "处罚决定件数"], "件"),
}


def cell(g: dict, key: str):
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def measure(g: dict, m: str):
    if not readable(g):
        return None
    vals = [cell(g, c) for c in MEASURES[m][0]]
    if any(v is None or isinstance(v, str) for v in vals):
        return None
    return sum(vals)


LEVEL_WORDS = {
    "县级政府": ["区县政府", "县（市、区）人民政府", "县区政府"],
    "县级部门": ["县级部门", "区县的职能部门", "县区部门"],
    "乡镇": ["乡镇街道", "乡镇（街道）", "镇街"],
    "市级部门": ["市直部门", "市级部门", "市里的委办局"],
    "省级部门": ["省直厅局", "省级部门", "省直单位"],
    "市级政府": ["地市政府", "市级人民政府", "市政府"],
}

# ---- sets: (province or None=whole store) × level × year, every member readable for the measure
groups: dict[tuple, list[dict]] = defaultdict(list)
for g in GOLD:
    p = province(g)
    if g.get("level") in LEVEL_WORDS and p:
        groups[(p, g["level"], g["year"])].append(g)
        groups[(None, g["level"], g["year"])].append(g)


def complete(key, m, least=3) -> list[tuple[str, float]] | None:
    mem = groups.get(key, [])
    vals = [(g["id"], measure(g, m)) for g in mem]
    if len(vals) < least or any(v is None for _, v in vals):
        return None
    return sorted(vals)


def set_name(key, rng, k=None) -> str:
    p, lvl, y = key
    lw = LEVEL_WORDS[lvl][rng.randrange(3) if k is None else k]
    where = p if p else rng.choice(["库里所有", "全部已收录的", "整个库里的"])
    return f"{where}{y}年的{lw}" if p else f"{where}{lw}（{y}年）"


def r2(x: float) -> float:
    return round(x + 0.0, 2)


ITEMS: list[dict] = []


def add(q, intent, expect, *, scope=None, cells=None, calc=None, note, persona, kind, phrasing, sets, previous=None,
        style="colloquial"):
    it = {"id": "", "q": q, "scope": {"report": scope} if scope else {}, "intent": intent, "style": style,
          "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if previous:
        it["previous"] = previous
    it.update({"note": note, "persona": persona, "kind": kind, "phrasing": phrasing, "sets": sets})
    ITEMS.append(it)
    return it


def sets_of(ids) -> list[str]:
    return sorted({BY_ID[i]["_set"] for i in ids})


def cells_of(ids, m) -> list[str]:
    return [f"{i}:{c}" for i in ids for c in MEASURES[m][0]]


def median(xs):
    s = sorted(xs)
    n = len(s)
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


PERSONAS = ["reporter", "researcher", "student", "officer", "deputy", "evaluator"]

# question templates per statistic: (phrasing, template); {S} = set name, {M} = measure words
T = {
    "mean": [("plain", "{S}平均每家{M}是多少？"), ("formal", "请计算{S}{M}的平均值（按单位平均）。"),
             ("voice", "那个{S}平均一家有多少{M}"), ("typo", "{S}平均每家{M}有多小？")],
    "median": [("plain", "{S}{M}的中位数是多少？"), ("formal", "请给出{S}{M}的中位数。"),
               ("voice", "嗯{S}{M}中位数多少")],
    "range": [("plain", "{S}里{M}最多和最少的差多少？"), ("formal", "{S}{M}的极差（最大值减最小值）为多少？"),
              ("voice", "{S}{M}最高最低差了几件")],
    "sum": [("plain", "{S}{M}加起来一共多少？"), ("formal", "请统计{S}{M}的合计数。"),
            ("typo", "{S}{M}总和是多小？"), ("voice", "帮我算下{S}{M}总共多少")],
    "nzero": [("plain", "{S}里有几家{M}是零？"), ("formal", "{S}中{M}为0的单位有多少家？"),
              ("voice", "{S}有多少家一件{M}都没有")],
    "above": [("plain", "{S}里{M}超过平均数的有几家？"), ("formal", "{S}中{M}高于平均水平的单位数量是多少？"),
              ("voice", "{S}{M}比平均多的有几个单位")],
    "abovewhich": [("plain", "{S}里{M}高于平均数的是哪些单位？"), ("formal", "请列出{S}中{M}高于平均值的单位。"),
                   ("voice", "{S}哪几家{M}比平均水平高")],
    "top3share": [("plain", "{S}{M}前三名加起来占全部的百分之几？"), ("formal", "{S}中{M}排名前三的单位合计占该组总量的比重是多少？"),
                  ("voice", "{S}{M}前三家合计占比多少")],
    "second": [("plain", "{S}{M}第二多的是哪家？"), ("formal", "{S}中{M}位居第二的单位是哪一家？"),
               ("voice", "{S}{M}排第二的是谁")],
    "topshare": [("plain", "{S}里{M}最多的那家占了全部的多少？"), ("formal", "{S}{M}最多的单位占该组合计的比重是多少？"),
                 ("voice", "{S}{M}最多那家占比多少")],
}


def main() -> None:
    rng = random.Random(20261207)
    cands = []
    for key in sorted(groups, key=lambda k: (k[0] or "", k[1], k[2])):
        for m in MEASURES:
            vals = complete(key, m)
            if vals:
                cands.append((key, m, vals))
    rng.shuffle(cands)
    stats = list(T)
    counts = Counter()
    used = set()
    for key, m, vals in cands:
        ids = [i for i, _ in vals]
        xs = [v for _, v in vals]
        n, tot = len(xs), sum(xs)
        mean = tot / n
        order = sorted(vals, key=lambda t: -t[1])
        options = []
        if key[0] is None and n > 40:
            continue
        for st in stats:
            if counts[st] >= 18:
                continue
            if st in ("top3share", "topshare") and (tot == 0 or n < 4):
                continue
            if st == "top3share" and order[2][1] == order[3][1]:
                continue
            if st == "topshare" and order[0][1] == order[1][1]:
                continue
            if st == "second" and (len({v for _, v in order[:3]}) < 3 or (n > 3 and order[2][1] == order[3][1])):
                continue
            if st in ("above", "abovewhich", "mean") and tot == 0:
                continue
            if st == "abovewhich" and not (1 <= sum(x > mean for x in xs) <= 6):
                continue
            if st == "range" and max(xs) == min(xs):
                continue
            if st == "median" and n < 4:
                continue
            options.append(st)
        if not options or (key, m) in used:
            continue
        used.add((key, m))
        st = min(options, key=lambda s: (counts[s], rng.random()))
        counts[st] += 1
        ph, tpl = rng.choice(T[st])
        S = set_name(key, rng)
        M = MEASURES[m][1][rng.randrange(3)]
        q = tpl.format(S=S, M=M)
        unit = MEASURES[m][2]
        persona = rng.choice(PERSONAS)
        memb = f"set {key[0] or 'whole store'} × {key[1]} × {key[2]}: {n} reports ({', '.join(f'{i}={v}' for i, v in vals)})"
        common = dict(persona=persona, kind=f"set_{st}", phrasing=ph, sets=sets_of(ids),
                      style="formal" if ph == "formal" else "colloquial")
        cl = cells_of(ids, m)
        if st == "mean":
            add(q, "ratio", {"value": r2(mean), "unit": unit, "tol": 0.05}, cells=cl,
                note=f"mean per body = {tot}/{n}; {memb}", **common)
        elif st == "median":
            md = median(xs)
            add(q, "value", {"value": md, "unit": unit, **({"tol": 0.05} if md != int(md) else {})}, cells=cl,
                note=f"median (even count: mean of the two middle values) of {sorted(xs)}; {memb}", **common)
        elif st == "range":
            add(q, "value", {"value": max(xs) - min(xs), "unit": unit}, cells=cl,
                note=f"range max {max(xs)} − min {min(xs)}; {memb}", **common)
        elif st == "sum":
            add(q, "sum", {"value": tot, "unit": unit}, cells=cl, note=f"sum; {memb}", **common)
        elif st == "nzero":
            add(q, "value", {"value": sum(x == 0 for x in xs), "unit": "家"}, cells=cl,
                note=f"count of members with 0; {memb}", **common)
        elif st == "above":
            add(q, "value", {"value": sum(x > mean for x in xs), "unit": "家"}, cells=cl,
                note=f"members strictly above the mean {mean:.2f}; {memb}", **common)
        elif st == "abovewhich":
            add(q, "which_reports", {"reports": sorted(i for i, v in vals if v > mean)}, cells=cl,
                note=f"members strictly above the mean {mean:.2f}; {memb}", **common)
        elif st == "top3share":
            t3 = sum(v for _, v in order[:3])
            add(q, "share", {"value": r2(100 * t3 / tot), "unit": "%", "tol": 0.05}, cells=cl,
                note=f"top three {t3} / total {tot}; {memb}", **common)
        elif st == "topshare":
            add(q, "share", {"value": r2(100 * order[0][1] / tot), "unit": "%", "tol": 0.05}, cells=cl,
                note=f"top one {order[0][0]} {order[0][1]} / total {tot}; {memb}", **common)
        elif st == "second":
            add(q, "rank", {"values": {order[0][0]: order[0][1], order[1][0]: order[1][1]}, "unit": unit,
                            # (the lead, after the first sight: the second is the answer, named first; the top is
                            # context — an order [top, second] failed every answer that names the asked one first)
                            "order": [order[1][0]]}, cells=cl,
                note=f"second largest {order[1][0]} (the first shown for context); {memb}", **common)
    # ---- share of one body in its set (whole store), and rank of one body (scoped ~10 %, and whole store)
    rank_c = 0
    share_c = 0
    for key, m, vals in cands:
        if key[0] is None or len(vals) < 4:
            continue
        xs = [v for _, v in vals]
        tot = sum(xs)
        c = Counter(xs)
        pick = [(i, v) for i, v in vals if c[v] == 1]
        if not pick or tot == 0:
            continue
        rid, v = pick[rng.randrange(len(pick))]
        rank = 1 + sum(x > v for x in xs)
        ids = [i for i, _ in vals]
        memb = f"set {key[0]} × {key[1]} × {key[2]}: {len(vals)} reports ({', '.join(f'{i}={x}' for i, x in vals)})"
        M = MEASURES[m][1][rng.randrange(3)]
        lw = LEVEL_WORDS[key[1]][rng.randrange(3)]
        ag = BY_ID[rid]["agency"]
        if rank_c < 26:
            scoped = rank_c % 2 == 0
            ph, tpl = rng.choice([("plain", "{A}{Y}年{M}在{P}{L}里排第几？"), ("formal", "{A}{Y}年度{M}在{P}同级{L}中位列第几？"),
                                  ("voice", "{A}{Y}年{M}在{P}{L}里面排老几")] if not scoped else
                                 [("plain", "我们今年{M}在全省同级{L}里排第几？"), ("formal", "本单位本年度{M}在本省同级{L}中排名第几？"),
                                  ("voice", "我们单位今年{M}在省里同级单位排第几啊")])
            q = tpl.format(A=ag, Y=key[2], M=M, P=key[0], L=lw)
            add(q, "rank", {"value": rank, "unit": "名"}, scope=rid if scoped else None, cells=cells_of(ids, m),
                note=f"rank of {rid} ({v}) largest first = 1 + members strictly larger; no tie at its value; {memb}",
                persona="clerk" if scoped else rng.choice(["reporter", "researcher"]), kind="set_rank_of",
                phrasing=ph, sets=sets_of(ids), style="formal" if ph == "formal" else "colloquial")
            rank_c += 1
        elif share_c < 16:
            scoped = share_c % 4 == 0
            ph, tpl = rng.choice([("plain", "{A}{Y}年{M}占{P}{L}合计的比重是多少？"), ("formal", "{A}{Y}年度{M}占全省同级{L}总量的百分比为多少？"),
                                  ("voice", "{A}{Y}年{M}占全省{L}的百分之几")] if not scoped else
                                 [("plain", "我们今年{M}占全省同级{L}合计的百分之几？"), ("formal", "本单位本年度{M}占本省同级{L}合计的比重是多少？")])
            q = tpl.format(A=ag, Y=key[2], M=M, P=key[0], L=lw)
            add(q, "share", {"value": r2(100 * v / tot), "unit": "%", "tol": 0.05}, scope=rid if scoped else None,
                cells=cells_of(ids, m), note=f"{rid} {v} / set total {tot}; {memb}",
                persona="clerk" if scoped else rng.choice(["reporter", "deputy", "evaluator"]), kind="set_share_of",
                phrasing=ph, sets=sets_of(ids), style="formal" if ph == "formal" else "colloquial")
            share_c += 1
    # ---- year-over-year change of a set's sum: same agencies both years
    ch = 0
    cands1 = []
    for key in sorted(groups, key=lambda k: (k[0] or "", k[1], k[2])):
        for m in MEASURES:
            vals = complete(key, m, 1)
            if vals:
                cands1.append((key, m, vals))
    for key, m, vals in cands1:
        p, lvl, y = key
        if p is None or ch >= 9:
            continue
        prev = complete((p, lvl, y - 1), m, 1)
        if not prev:
            continue
        a1 = sorted(BY_ID[i]["agency"] for i, _ in vals)
        a0 = sorted(BY_ID[i]["agency"] for i, _ in prev)
        if a1 != a0:
            continue
        s1, s0 = sum(v for _, v in vals), sum(v for _, v in prev)
        if s1 == s0:
            continue
        M = MEASURES[m][1][rng.randrange(3)]
        lw = LEVEL_WORDS[lvl][rng.randrange(3)]
        ph, tpl = [("plain", "{P}{L}{Y}年{M}合计比{Y0}年增加了多少？"), ("formal", "{P}{L}{M}合计数{Y}年较{Y0}年的增减量是多少？"),
                   ("voice", "{P}{L}{M}总数{Y}年跟{Y0}年比变了多少")][ch % 3]
        q = tpl.format(P=p, L=lw, Y=y, Y0=y - 1, M=M)
        ids = [i for i, _ in vals] + [i for i, _ in prev]
        add(q, "change", {"value": s1 - s0, "unit": "件"}, cells=cells_of(ids, m),
            note=f"same {len(a1)} agencies both years; {y} sum {s1} − {y-1} sum {s0}; {y}: {vals}; {y-1}: {prev}",
            persona=rng.choice(["reporter", "researcher", "deputy"]), kind="set_change", phrasing=ph, sets=sets_of(ids),
            style="formal" if ph == "formal" else "colloquial")
        ch += 1
    # ---- follow-ups: mean → median / sum of the same set
    fu = 0
    for key, m, vals in cands:
        if key[0] is None or len(vals) < 4 or fu >= 10:
            continue
        xs = [v for _, v in vals]
        if sum(xs) == 0:
            continue
        ids = [i for i, _ in vals]
        S = set_name(key, rng, 0)
        M = MEASURES[m][1][0]
        first = f"{S}{M}合计多少件？"
        md = median(xs)
        memb = f"set {key[0]} × {key[1]} × {key[2]}: {len(vals)} reports ({', '.join(f'{i}={x}' for i, x in vals)})"
        if fu % 2 == 0:
            add("那中位数呢？", "value", {"value": md, "unit": "件", **({"tol": 0.05} if md != int(md) else {})},
                previous=first, cells=cells_of(ids, m), note=f"follow-up: median of {sorted(xs)}; {memb}",
                persona="researcher", kind="chat_median", phrasing="followup", sets=sets_of(ids))
        else:
            add("平均每家呢？", "ratio", {"value": r2(sum(xs) / len(xs)), "unit": "件", "tol": 0.05},
                previous=first, cells=cells_of(ids, m), note=f"follow-up: mean {sum(xs)}/{len(xs)}; {memb}",
                persona="reporter", kind="chat_mean", phrasing="followup", sets=sets_of(ids))
        fu += 1
    # ---- unanswerable
    provs = sorted({province(g) for g in GOLD if province(g)})
    stored = {(province(g), g["level"], g["year"]) for g in GOLD}
    un = []
    for p in provs[:16]:
        un.append((f"{p}2023年区县政府按常住人口算，人均收到多少信息公开申请？", "per-capita: population is not in the reports"))
        un.append((f"{p}县级部门平均每家有几个人专门负责信息公开？", "staff counts are not in the reports"))
    for p in provs[:12]:
        un.append((f"{p}各区县政府信息公开工作经费的平均值是多少？", "budget is not in the reports"))
        un.append((f"{p}2022年乡镇街道答复申请的平均用时是多少天？", "response time is not in the reports"))
    for p in provs[:8]:
        un.append((f"{p}2022年区县政府每万人信息公开申请量的中位数是多少？", "per-capita: population is not in the reports"))
        un.append((f"{p}市直部门申请人满意度的平均分是多少？", "satisfaction is not in the reports"))
    empty = []
    for p in ["西藏自治区", "青海省", "内蒙古自治区", "黑龙江省", "天津市", "山西省"]:
        for lvl in ["县级政府", "乡镇"]:
            if not any((pp, l, yy) in stored for (pp, l, yy) in [(p, lvl, y) for y in range(2015, 2027)]):
                empty.append((f"{p}{LEVEL_WORDS[lvl][0]}2023年新收申请的平均数是多少？", f"empty set: no stored report of {p} × {lvl}"))
    for p in provs[:6]:
        empty.append((f"{p}2026年区县政府新收申请合计多少件？", "empty set: no 2026 report is stored"))
    rng.shuffle(un)
    for q, why in un[:40] + empty:
        ph = rng.choice(["plain", "formal", "voice"])
        add(q, "unanswerable", {"refuse": True}, note=f"asked as a set statistic; {why}",
            persona=rng.choice(PERSONAS), kind="unanswerable", phrasing=ph, sets=["store"])
    for g in GOLD:
        pass
    # scoped per-capita refusals
    sc = [g for g in GOLD if readable(g) and g["level"] in ("县级政府", "市级政府")]
    rng.shuffle(sc)
    for g in sc[:6]:
        add("按我们辖区人口算，人均申请量在全省同级里排第几？", "unanswerable", {"refuse": True}, scope=g["id"],
            note="asked as rank; per-capita: population is not in the reports", persona="clerk", kind="unanswerable",
            phrasing="plain", sets=[g["_set"]])
    for n, it in enumerate(ITEMS, 1):
        it["id"] = f"zs{n:04d}"
    check()
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8")


def check() -> None:
    ids = Counter(it["id"] for it in ITEMS)
    assert all(c == 1 for c in ids.values())
    qs = Counter((it["q"], json.dumps(it["scope"]), str(it.get("previous"))) for it in ITEMS)
    assert all(c == 1 for c in qs.values()), [q for q, c in qs.items() if c > 1][:3]
    for it in ITEMS:
        if it["scope"]:
            assert it["scope"]["report"] in BY_ID
        for c in it.get("cells", []):
            rid, _, key = c.rpartition(":")
            assert rid in BY_ID and cell(BY_ID[rid], key) is not None, c
        e = it["expect"]
        for k in list(e.get("values", {})) + e.get("reports", []):
            assert k in BY_ID
    print(len(ITEMS), "items")


if __name__ == "__main__":
    main()
