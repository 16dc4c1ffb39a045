"""Blind bank blindzy: a fourth day of the log of a deployed service, weighted to wild36–wild38.

Deterministic: `PYTHONPATH=. .venv/bin/python eval/questions/blindzy/make_blindzy.py` rewrites blindzy.jsonl with
identical bytes every run and then runs check(). Templates were written before any value was looked at; bodies,
years and measures are drawn by a seeded shuffle (random.Random(SEED)), never picked by hand.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SETS = ["wild"] + [f"wild{i}" for i in range(2, 39)]
NEW = {"wild36", "wild37", "wild38"}
SEED = 20261208
PFX = "zy"

# ---- templates (written first) -------------------------------------------------------------------------------
# measure: key -> (cells, unit, plain name, lay name, formal name, typo name)
MEASURES = {
    "new": (["t3.new.tot"], "件", "本年新收的申请", "新来的申请", "本年度新收政府信息公开申请数量", "新收申清"),
    "r1": (["t3.r1.tot"], "件", "予以公开的", "全部给公开了的", "办理结果中予以公开的件数", "予以公幵"),
    "r2": (["t3.r2.tot"], "件", "部分公开的", "只公开了一部分的", "办理结果中部分公开的件数", "部分公丌"),
    "r3": ([f"t3.r3_{i}.tot" for i in range(1, 9)], "件", "不予公开的", "没给公开的", "办理结果中不予公开的件数", "不于公开"),
    "r7": (["t3.r7.tot"], "件", "办理结果总计", "一共办结了多少", "办理结果总计件数", "办里结果总计"),
    "carry_out": (["t3.carry_out.tot"], "件", "结转下年度的", "拖到下一年办的", "结转下年度继续办理的件数", "结转下年渡"),
    "carry_in": (["t3.carry_in.tot"], "件", "上年结转的申请", "去年剩下来的申请", "上年结转政府信息公开申请数量", "上年结専"),
    "np": (["t3.new.np"], "件", "自然人新收的申请", "老百姓个人交的申请", "自然人提出的新收申请数量", "自然任申请"),
    "rv": (["t4.rv.tot"], "件", "行政复议", "被人告去复议的", "因政府信息公开被申请行政复议的总数", "行政复意"),
    "ld": (["t4.ld.tot"], "件", "未经复议直接起诉的行政诉讼", "直接被告上法院的", "未经复议直接起诉的行政诉讼总数", "直接起述"),
}
VALUE_T = {
    "plain": "{agency}{year}年{m}有多少件？",
    "lay": "{agency}{year}年{m}有几个啊",
    "formal": "请问{agency}{year}年度{m}是多少？",
    "voice": "{agency}{yearcn}年{m}有多少件",
    "typo": "{agency}{year}年{m}多少",
    "keyword": "{agency} {year} {m}",
}
SCOPED_T = {
    "plain": "这份报告里{m}有多少件？",
    "lay": "今年{m}有几个",
    "formal": "本报告中{m}是多少？",
    "keyword": "{m} 件数",
}
CHANGE_T = {
    "plain": "{agency}{y2}年{m}比{y1}年多了还是少了，差多少？",
    "formal": "{agency}{y2}年度{m}较{y1}年度变化了多少？",
    "voice": "{agency}{y2cn}年跟{y1cn}年比{m}变了多少",
}
COMPARE_T = {
    "plain": "{a1}和{a2}，{year}年{m}谁多？各多少？",
    "formal": "请比较{a1}与{a2}{year}年度{m}。",
    "keyword": "{a1} vs {a2} {year} {m}",
}
SUM_T = {
    "plain": "{a1}、{a2}和{a3}{year}年{m}加起来一共多少？",
    "formal": "{a1}、{a2}、{a3}三家{year}年度{m}合计是多少？",
}
RATE_T = {
    "plain": "{agency}{year}年办结的申请里予以公开的占百分之几？",
    "formal": "{agency}{year}年度予以公开件数占办理结果总计的比例是多少？",
    "scoped": "这份报告的予以公开率是多少？",
}
YESNO_T = {
    "plain": "{agency}{year}年有没有因为信息公开被申请行政复议？有的话几件？",
    "voice": "{agency}{yearcn}年有没有被申请行政复议有几件",
}
WHICH_T = "{a1}、{a2}、{a3}这几家{year}年的报告，哪家有未经复议直接起诉的行政诉讼？"
FOLLOW_T = {"year": "那{year}年呢", "measure": "{m}呢"}
# refusals: not printed separately (wild38 not_printed), outside the reports, years not stored
NOTPRINTED_T = {
    "plain": "{agency}{year}年{col}提交的{row}有多少件？",
    "scoped": "这份报告里{col}{row}是多少件？",
}
COLS = {"biz": "商业企业", "sci": "科研机构", "npo": "社会公益组织", "law": "法律服务机构", "oth": "其他", "np": "自然人"}
ROWS = {"new": "新收申请", "carry_in": "上年结转的申请", "r1": "予以公开的", "r2": "部分公开的", "r7": "办理结果总计",
        "carry_out": "结转下年度的"}
OUTSIDE_T = [
    ("{agency}{year}年信息公开工作花了多少经费？", "budget"),
    ("{agency}{year}年有几个人专门负责信息公开？", "staff"),
    ("{agency}{year}年的申请人里男的女的各多少？", "applicants' sex"),
    ("{agency}{year}年办一件申请平均要几天？", "answer time"),
    ("{agency}{year}年网站访问量比全省平均高吗", "province average"),
]
NOYEAR_T = "{agency}{year}年新收了多少件申请？"
RANK_T = {
    "plain": "库里收录的{prov}{lvl}{year}年的报告里，{m}最多的是哪家？",
    "formal": "在已收录的{prov}{lvl}{year}年度报告中，{m}最多的单位是哪一家？",
}
LEVELS = {"县级部门": "区县职能部门", "县级政府": "区县政府", "乡镇": "乡镇街道"}
PERSONAS = ["researcher", "journalist", "evaluator", "disclosure_officer", "applicant", "student", "curious"]

CN = dict(zip("0123456789", "零一二三四五六七八九"))


def yearcn(y: int) -> str:
    return "".join(CN[c] for c in str(y))


# ---- data -----------------------------------------------------------------------------------------------------
def load_golds() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["_set"] = s
            out.append(g)
    return out


def cell(g: dict, key: str):
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def mval(g: dict, m: str):
    vals = [cell(g, k) for k in MEASURES[m][0]]
    if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in vals):
        return None
    return sum(vals)


def readable(golds: list[dict]) -> dict[str, dict]:
    count: dict[tuple, int] = {}
    for g in golds:
        count[(g["agency"], g["year"])] = count.get((g["agency"], g["year"]), 0) + 1
    return {
        g["id"]: g
        for g in golds
        if g.get("template") in ("GF2019", "GF2021")
        and g.get("tables_recoverable")
        and not g.get("findings")
        and not g.get("statements")
        and count[(g["agency"], g["year"])] == 1
    }


def fmt(v):
    return int(v) if isinstance(v, float) and v.is_integer() else v


# ---- build ----------------------------------------------------------------------------------------------------
def build() -> list[dict]:
    golds = load_golds()
    rd = readable(golds)
    agencies_all = {g["agency"] for g in golds}
    years_of: dict[str, set] = {}
    for g in golds:
        years_of.setdefault(g["agency"], set()).add(g["year"])
    rng = random.Random(SEED)
    ids = sorted(rd)
    new_ids = [i for i in ids if rd[i]["_set"] in NEW]
    old_ids = [i for i in ids if rd[i]["_set"] not in NEW]
    by_ay = {(rd[i]["agency"], rd[i]["year"]): i for i in ids}
    items: list[dict] = []
    seen: set = set()

    def draw() -> str:
        return rng.choice(new_ids if rng.random() < 0.6 else old_ids)

    def add(it: dict) -> bool:
        key = (it["q"], json.dumps(it.get("scope", {})), json.dumps(it.get("previous")))
        if key in seen:
            return False
        seen.add(key)
        it.setdefault("scope", {})
        it["persona"] = rng.choice(PERSONAS)
        items.append(it)
        return True

    def mname(m: str, ph: str) -> str:
        _, _, plain, lay, formal, typo = MEASURES[m]
        return {"formal": formal, "lay": lay, "typo": typo}.get(ph, plain)

    def style(ph: str) -> str:
        return "formal" if ph == "formal" else "colloquial"

    ms = list(MEASURES)

    # 1. whole-store values
    n = 0
    while n < 88:
        rid, m, ph = draw(), rng.choice(ms), rng.choice(list(VALUE_T))
        g = rd[rid]
        v = mval(g, m)
        if v is None:
            continue
        q = VALUE_T[ph].format(agency=g["agency"], year=g["year"], yearcn=yearcn(g["year"]), m=mname(m, ph))
        n += add({"q": q, "intent": "value", "style": style(ph), "phrasing": ph, "measure": m,
                  "expect": {"value": fmt(v), "unit": "件"}, "cells": [f"{rid}:{k}" for k in MEASURES[m][0]]})
    # 2. scoped values
    n = 0
    while n < 46:
        rid, m, ph = draw(), rng.choice(ms), rng.choice(list(SCOPED_T))
        v = mval(rd[rid], m)
        if v is None:
            continue
        q = SCOPED_T[ph].format(m=mname(m, ph))
        n += add({"q": q, "scope": {"report": rid}, "intent": "value", "style": style(ph), "phrasing": ph,
                  "measure": m, "expect": {"value": fmt(v), "unit": "件"}, "cells": list(MEASURES[m][0])})
    # 3. change between years (same agency, both readable)
    pairs = sorted({(by_ay[(a, y)], by_ay[(a2, y2)]) for (a, y) in by_ay for (a2, y2) in by_ay if a2 == a and y2 > y})
    rng.shuffle(pairs)
    pairs.sort(key=lambda p: 0 if (rd[p[0]]["_set"] in NEW or rd[p[1]]["_set"] in NEW) else 1)
    n = 0
    for a, b in pairs:
        if n >= 30:
            break
        m, ph = rng.choice(ms), rng.choice(list(CHANGE_T))
        va, vb = mval(rd[a], m), mval(rd[b], m)
        if va is None or vb is None:
            continue
        ga, gb = rd[a], rd[b]
        q = CHANGE_T[ph].format(agency=gb["agency"], y1=ga["year"], y2=gb["year"], y1cn=yearcn(ga["year"]),
                                y2cn=yearcn(gb["year"]), m=mname(m, ph))
        calc = "+".join(f"{{{b}:{k}}}" for k in MEASURES[m][0]) + "-(" + "+".join(
            f"{{{a}:{k}}}" for k in MEASURES[m][0]) + ")"
        n += add({"q": q, "intent": "change", "style": style(ph), "phrasing": ph, "measure": m,
                  "expect": {"value": fmt(vb - va), "unit": "件"},
                  "cells": [f"{r}:{k}" for r in (a, b) for k in MEASURES[m][0]], "calc": calc, "pair": [a, b]})
    # 4. compare two bodies of the same year (same province)
    n = 0
    while n < 25:
        r1 = draw()
        g1 = rd[r1]
        prov = g1["region"][:2]
        mates = [i for i in ids if i != r1 and rd[i]["year"] == g1["year"] and rd[i]["region"][:2] == prov]
        if not mates:
            continue
        r2 = rng.choice(mates)
        m, ph = rng.choice(ms), rng.choice(list(COMPARE_T))
        v1, v2 = mval(g1, m), mval(rd[r2], m)
        if v1 is None or v2 is None or v1 == v2:
            continue
        q = COMPARE_T[ph].format(a1=g1["agency"], a2=rd[r2]["agency"], year=g1["year"], m=mname(m, ph))
        order = [r1, r2] if v1 > v2 else [r2, r1]
        n += add({"q": q, "intent": "compare", "style": style(ph), "phrasing": ph, "measure": m,
                  "expect": {"values": {r1: fmt(v1), r2: fmt(v2)}, "unit": "件", "order": order},
                  "cells": [f"{r}:{k}" for r in (r1, r2) for k in MEASURES[m][0]]})
    # 5. sum over three named bodies (same province and year)
    n = 0
    while n < 15:
        r1 = draw()
        g1 = rd[r1]
        mates = sorted(i for i in ids if i != r1 and rd[i]["year"] == g1["year"] and rd[i]["region"][:2] == g1["region"][:2])
        if len(mates) < 2:
            continue
        r2, r3 = rng.sample(mates, 2)
        m, ph = rng.choice(ms), rng.choice(list(SUM_T))
        vs = [mval(rd[r], m) for r in (r1, r2, r3)]
        if any(v is None for v in vs):
            continue
        q = SUM_T[ph].format(a1=g1["agency"], a2=rd[r2]["agency"], a3=rd[r3]["agency"], year=g1["year"],
                             m=mname(m, ph))
        n += add({"q": q, "intent": "sum", "style": style(ph), "phrasing": ph, "measure": m,
                  "expect": {"value": fmt(sum(vs)), "unit": "件"},
                  "cells": [f"{r}:{k}" for r in (r1, r2, r3) for k in MEASURES[m][0]]})
    # 6. rates (予以公开 / 办理结果总计)
    n = 0
    while n < 20:
        rid, ph = draw(), rng.choice(list(RATE_T))
        g = rd[rid]
        a, b = mval(g, "r1"), mval(g, "r7")
        if a is None or not b:
            continue
        scoped = ph == "scoped"
        q = RATE_T[ph].format(agency=g["agency"], year=g["year"])
        p = "" if scoped else f"{rid}:"
        n += add({"q": q, "scope": {"report": rid} if scoped else {}, "intent": "share",
                  "style": "formal" if ph == "formal" else "colloquial", "phrasing": "plain" if scoped else ph,
                  "expect": {"value": round(100 * a / b, 2), "unit": "%", "tol": 0.05},
                  "cells": [f"{p}t3.r1.tot", f"{p}t3.r7.tot"], "calc": f"100*{{{p}t3.r1.tot}}/{{{p}t3.r7.tot}}"})
    # 7. yes/no with the count
    n = 0
    while n < 15:
        rid, ph = draw(), rng.choice(list(YESNO_T))
        g = rd[rid]
        v = mval(g, "rv")
        if v is None:
            continue
        q = YESNO_T[ph].format(agency=g["agency"], year=g["year"], yearcn=yearcn(g["year"]))
        n += add({"q": q, "intent": "value", "style": "colloquial", "phrasing": ph, "measure": "rv", "kind": "yes/no",
                  "expect": {"value": fmt(v), "unit": "件"}, "cells": [f"{rid}:t4.rv.tot"]})
    # 8. which of three named reports
    n = 0
    while n < 10:
        r1 = draw()
        g1 = rd[r1]
        mates = sorted(i for i in ids if i != r1 and rd[i]["year"] == g1["year"] and rd[i]["region"][:2] == g1["region"][:2])
        if len(mates) < 2:
            continue
        trio = [r1, *rng.sample(mates, 2)]
        vs = [mval(rd[r], "ld") for r in trio]
        if any(v is None for v in vs):
            continue
        hit = sorted(r for r, v in zip(trio, vs) if v > 0)
        q = WHICH_T.format(a1=g1["agency"], a2=rd[trio[1]]["agency"], a3=rd[trio[2]]["agency"], year=g1["year"])
        if not hit:
            continue
        n += add({"q": q, "intent": "which_reports", "style": "colloquial", "phrasing": "plain",
                  "expect": {"reports": hit}, "cells": [f"{r}:t4.ld.tot" for r in trio], "trio": trio})
    # 8b. rank within a 直辖市 × level × year group of ALL stored reports (every member readable)
    groups: dict[tuple, list[str]] = {}
    for g in golds:
        if g["region"][:3] in ("北京市", "天津市", "上海市", "重庆市") and g["level"] in LEVELS:
            groups.setdefault((g["region"][:3], g["level"], g["year"]), []).append(g["id"])
    gkeys = sorted(k for k, v in groups.items() if len(v) >= 3)
    rng.shuffle(gkeys)
    for gk in gkeys:
        members = sorted(groups[gk])
        if any(r not in rd for r in members):
            continue
        for m in rng.sample(ms, 3):
            vals = {r: mval(rd[r], m) for r in members}
            if any(v is None for v in vals.values()):
                continue
            top = sorted(vals, key=lambda r: -vals[r])
            if vals[top[0]] == vals[top[1]]:
                continue
            ph = rng.choice(list(RANK_T))
            q = RANK_T[ph].format(prov=gk[0], lvl=LEVELS[gk[1]], year=gk[2], m=mname(m, ph))
            add({"q": q, "intent": "rank", "style": style(ph), "phrasing": ph, "measure": m,
                 "expect": {"values": {r: fmt(v) for r, v in vals.items()}, "unit": "件", "order": [top[0]]},
                 "cells": [f"{r}:{k}" for r in members for k in MEASURES[m][0]], "group": list(gk)})
    # 9. follow-ups
    n = 0
    while n < 20:
        rid = draw()
        g = rd[rid]
        m = rng.choice(ms)
        v = mval(g, m)
        if v is None:
            continue
        prev = VALUE_T["plain"].format(agency=g["agency"], year=g["year"], m=mname(m, "plain"))
        if rng.random() < 0.5:
            others = sorted(y for (a, y) in by_ay if a == g["agency"] and y != g["year"])
            if not others:
                continue
            y2 = rng.choice(others)
            r2 = by_ay[(g["agency"], y2)]
            v2 = mval(rd[r2], m)
            if v2 is None:
                continue
            q, want, cells = FOLLOW_T["year"].format(year=y2), v2, [f"{r2}:{k}" for k in MEASURES[m][0]]
        else:
            m2 = rng.choice([x for x in ms if x != m])
            v2 = mval(g, m2)
            if v2 is None:
                continue
            q, want, cells = FOLLOW_T["measure"].format(m=MEASURES[m2][2]), v2, [f"{rid}:{k}" for k in MEASURES[m2][0]]
        n += add({"q": q, "previous": prev, "intent": "value", "style": "colloquial", "phrasing": "followup",
                  "expect": {"value": fmt(want), "unit": "件"}, "cells": cells})
    # 10. refusals: cells the report does not print separately (wild38 not_printed)
    np_reports = sorted(g["id"] for g in golds if g.get("not_printed") and g["id"] in rd)
    cand = []
    for rid in np_reports:
        for key in rd[rid]["not_printed"]:
            mm = re.fullmatch(r"t3\.(new|carry_in|r1|r2|r7|carry_out)\.(\w+)", key)
            if mm and mm.group(2) in COLS:
                cand.append((rid, key, mm.group(1), mm.group(2)))
    rng.shuffle(cand)
    n = 0
    for rid, key, row, col in cand:
        if n >= 22:
            break
        g = rd[rid]
        ph = rng.choice(list(NOTPRINTED_T))
        q = NOTPRINTED_T[ph].format(agency=g["agency"], year=g["year"], col=COLS[col], row=ROWS[row])
        n += add({"q": q, "scope": {"report": rid} if ph == "scoped" else {}, "intent": "unanswerable",
                  "style": "colloquial", "phrasing": "plain", "kind": "not_printed", "not_printed_cell": key,
                  "expect": {"refuse": True},
                  "note": f"asked as value: {key} is not printed on its own in {rid} (gold not_printed; merged/left out)"})
    # 11. refusals: outside the reports / a year not stored
    n = 0
    while n < 15:
        rid = draw()
        g = rd[rid]
        t, what = rng.choice(OUTSIDE_T)
        n += add({"q": t.format(agency=g["agency"], year=g["year"]), "intent": "unanswerable", "style": "colloquial",
                  "phrasing": "plain", "kind": "outside", "expect": {"refuse": True},
                  "note": f"asked as value: {what} is not in the annual reports"})
    n = 0
    while n < 8:
        rid = draw()
        g = rd[rid]
        y = rng.choice([2015, 2016, 2026])
        if y in years_of[g["agency"]]:
            continue
        n += add({"q": NOYEAR_T.format(agency=g["agency"], year=y), "intent": "unanswerable", "style": "colloquial",
                  "phrasing": "plain", "kind": "no_year", "expect": {"refuse": True},
                  "note": f"asked as value: {g['agency']} has no {y} report in the store"})
    assert agencies_all
    for i, it in enumerate(items, 1):
        it["id"] = f"{PFX}{i:04d}"
    keyorder = ["id", "q", "scope", "previous", "intent", "style", "expect", "cells", "calc", "note"]
    out = []
    for it in items:
        d = {k: it[k] for k in keyorder if k in it}
        d.update({k: v for k, v in it.items() if k not in d})
        d["sets"] = sorted({rd[c.rpartition(":")[0] or it["scope"]["report"]]["_set"] for c in it.get("cells", [])}
                           | ({rd[it["scope"]["report"]]["_set"]} if it["scope"].get("report") else set())) or ["store"]
        out.append(d)
    return out


def check(items: list[dict]) -> None:
    golds = {g["id"]: g for g in load_golds()}
    assert len({it["id"] for it in items}) == len(items)
    assert len({(it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous"))) for it in items}) == len(items)
    for it in items:
        scope = it["scope"].get("report")
        assert scope is None or scope in golds, it["id"]

        def get(ref: str):
            rid, _, key = ref.rpartition(":")
            g = golds[rid or scope]
            v = cell(g, key)
            assert isinstance(v, (int, float)), (it["id"], ref)
            return v

        for c in it.get("cells", []):
            get(c)
        e = it["expect"]
        if "calc" in it:
            expr = re.sub(r"\{([^}]+)\}", lambda m: repr(get(m.group(1))), it["calc"])
            got = eval(expr)  # noqa: S307 - our own arithmetic over gold numbers
            assert abs(got - e["value"]) <= e.get("tol", 0) + 1e-9, it["id"]
        elif "value" in e:
            assert sum(get(c) for c in it["cells"]) == e["value"], it["id"]
        if "values" in e:
            for rid, v in e["values"].items():
                assert sum(get(c) for c in it["cells"] if c.startswith(rid + ":")) == v, it["id"]
            full = sorted(e["values"], key=lambda r: -e["values"][r])
            assert e["order"] == full[: len(e["order"])], it["id"]
        if "group" in it:
            prov, lvl, yr = it["group"]
            members = sorted(
                r for r, g in golds.items() if g["region"].startswith(prov) and g["level"] == lvl and g["year"] == yr
            )
            assert members == sorted(e["values"]), it["id"]
            top = sorted(e["values"].values(), reverse=True)
            assert top[0] > top[1], it["id"]
        if "reports" in e:
            assert e["reports"] == sorted(r for r in it["trio"] if cell(golds[r], "t4.ld.tot") > 0), it["id"]
        if it.get("kind") == "not_printed":
            rid = scope or next(r for r in golds if golds[r]["agency"] in it["q"] and str(golds[r]["year"]) in it["q"])
            assert it["not_printed_cell"] in golds[rid]["not_printed"], it["id"]
            assert cell(golds[rid], it["not_printed_cell"]) is None, it["id"]
    refusals = sum("refuse" in it["expect"] for it in items)
    print(f"{len(items)} items, refusals {refusals} ({100 * refusals / len(items):.1f} %), "
          f"scoped {sum(bool(it['scope']) for it in items)}")


if __name__ == "__main__":
    its = build()
    (HERE / "blindzy.jsonl").write_text(
        "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in its), encoding="utf-8")
    check(its)
