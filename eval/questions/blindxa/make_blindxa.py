"""Write blindxa.jsonl: a blind held-out bank over eval/wild … eval/wild24 (format: eval/questions/README.md).

    PYTHONPATH=. /work/main/.venv/bin/python eval/questions/blindxa/make_blindxa.py

Every expectation is computed here from the gold cells (and findings); every quote is checked against the
report's own text. Identical bytes on every run (one seeded Random, sorted inputs, no set iteration)."""

from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE))
from _text import squash, text_of  # noqa: E402

SETS = ["wild", *(f"wild{i}" for i in range(2, 25))]
R = random.Random(20261206)

# ---------------------------------------------------------------- gold
G: list[dict] = []
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        g["_set"] = s
        g["_path"] = str(f.parent.parent / g["file"])
        G.append(g)
GI = {g["id"]: g for g in G}
AY = collections.Counter((g["agency"], g["year"]) for g in G)
BY_AY = {(g["agency"], g["year"]): g for g in G}
SIX = ("np", "biz", "sci", "npo", "law", "oth")
T4P = ("keep", "fix", "other", "pend")


def readable(g: dict) -> bool:
    return g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and AY[(g["agency"], g["year"])] == 1


READ = [g for g in G if readable(g)]
_TEXT: dict[str, str | None] = {}


def text(g: dict) -> str | None:
    if g["id"] not in _TEXT:
        t = text_of(Path(g["_path"]))
        _TEXT[g["id"]] = squash(t) if t and len(t) > 400 else None
    return _TEXT[g["id"]]


def val(g: dict, key: str):
    t, _, k = key.partition(".")
    v = (g.get(t) or {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def bad_tables(g: dict) -> set[str]:
    return {f["where"][:2] for f in g["findings"]}


def ok(g: dict, keys) -> bool:
    return readable(g) and all(val(g, k) is not None and k[:2] not in bad_tables(g) for k in keys)


def total(g: dict, keys) -> float:
    s = sum(val(g, k) for k in keys)
    return round(s, 4) if isinstance(s, float) else s


def prov(g: dict) -> str:
    m = re.match(r"^(.+?(?:省|自治区)|北京市|上海市|天津市|重庆市)", g["region"])
    return m.group(1) if m else g["region"]


# ---------------------------------------------------------------- measures
DENY = [f"t3.r3_{i}.tot" for i in range(1, 9)]
M = {
    "new": (["t3.new.tot"], "新收申请"),
    "done": (["t3.r7.tot"], "办理结果总计"),
    "open": (["t3.r1.tot"], "予以公开"),
    "deny": (DENY, "不予公开"),
    "rv": (["t4.rv.tot"], "行政复议"),
    "lit": (["t4.ld.tot", "t4.lr.tot"], "行政诉讼"),
}
ASK = {  # first ask of a measure, naming the body
    "new": ["{A}{Y}新收了多少件申请", "{A}{Y}收到多少个信息公开申请", "{A}{Y}本年新收的依申请有几件", "查下{A}{Y}新收申请数"],
    "done": ["{A}{Y}办结了多少件", "{A}{Y}处理完的申请一共几件", "{A}{Y}办理结果总计是多少"],
    "open": ["{A}{Y}予以公开的有多少", "{A}{Y}全部公开了几件"],
    "deny": ["{A}{Y}不予公开的有几件", "{A}{Y}拒绝公开的申请多少件"],
    "rv": ["{A}{Y}被申请行政复议几次", "{A}{Y}因为信息公开被复议了多少件", "{A}{Y}行政复议总数"],
    "lit": ["{A}{Y}被提起行政诉讼几件", "{A}{Y}因为信息公开被告了几次", "{A}{Y}行政诉讼一共多少件"],
}
FOLLOW = {  # the same body, another measure
    "new": ["新收呢", "那收到多少申请", "它新收几件"],
    "done": ["办结了多少", "那处理完的呢", "他们办理结果总计多少"],
    "open": ["予以公开的呢", "这家全部公开了几件"],
    "deny": ["不予公开的呢", "那他们不公开的有几件"],
    "rv": ["复议呢", "那被复议了几次", "这家的行政复议呢"],
    "lit": ["诉讼呢", "那它被起诉几次", "他们行政诉讼多少"],
}
OTHER = ["那{B}的呢", "{B}呢", "换成{B}", "好的 那{B}呢", "再看{B}"]
CN = "〇一二三四五六七八九"


def yr(y: int, mode: str | None = None) -> str:
    mode = mode or R.choice(["4", "4", "4", "4d", "2", "cn"])
    if mode == "2":
        return f"{y % 100}年"
    if mode == "cn":
        return "".join(CN[int(c)] for c in str(y)) + "年"
    if mode == "4d":
        return f"{y}年度"
    return f"{y}年"


TRAD = str.maketrans(
    "这个复议诉讼请开报们几么对数没总计办结处张问题单来还说会为时里费写栏着业织机关务实库区县面样吗条说项该",
    "這個復議訴訟請開報們幾麼對數沒總計辦結處張問題單來還說會為時裡費寫欄著業織機關務實庫區縣面樣嗎條說項該",
)
TYPO = [("申请", "申清"), ("复议", "复意"), ("诉讼", "诉颂"), ("多少", "多小"), ("公开", "公凯"), ("结转", "节转"), ("办结", "半结")]
FILL = ["嗯 ", "那个 ", "帮我看下 ", "ok 再问下 ", "诶 ", "我想问一下 "]


def dress(tmpl: str, phr: str) -> str:
    """Dress the template's own words (names and years are filled in after, untouched)."""
    if phr == "voice":
        return R.choice(FILL) + re.sub(r"[，。？?！,、：:；]", " ", tmpl).strip()
    if phr == "typo":
        hits = [p for p in TYPO if p[0] in tmpl]
        if hits:
            a, b = R.choice(hits)
            return tmpl.replace(a, b, 1)
        return tmpl
    if phr == "trad":
        parts = re.split(r"(\{[A-Z]\d?\})", tmpl)
        return "".join(p if p.startswith("{") else p.translate(TRAD) for p in parts)
    return tmpl


def pick_phr(weights=(70, 14, 10, 6)) -> str:
    return R.choices(["plain", "voice", "typo", "trad"], weights=weights)[0]


SHORT_OK = {}


def short(g: dict) -> str | None:
    """人民政府 → 政府 when no other stored agency is written the same way."""
    a = g["agency"]
    if "人民政府" not in a:
        return None
    s = a.replace("人民政府", "政府")
    if any(s in o["agency"].replace("人民政府", "政府") and o["agency"] != a for o in G):
        return None
    return s


def name(g: dict, allow_short: bool = True) -> tuple[str, bool]:
    s = short(g) if allow_short else None
    if s and R.random() < 0.35:
        return s, True
    return g["agency"], False


# ---------------------------------------------------------------- items
ITEMS: list[dict] = []


def ref(g: dict, key: str, scope: str | None) -> str:
    return key if scope == g["id"] else f"{g['id']}:{key}"


def add(q, intent, expect, *, persona, kind, phrasing, reads, scope=None, cells=(), calc=None, note="",
        abbr=False, formal=False, chain=None, previous=None, source_quote=None):
    it = {"id": "", "q": q, "scope": {"report": scope} if scope else {}, "intent": intent,
          "style": "abbreviated" if abbr else ("formal" if formal else "colloquial"), "expect": expect,
          "cells": list(cells)}
    if calc is not None:
        it["calc"] = calc
    if previous:
        it["previous"] = list(previous)
    if source_quote is not None:
        it["source_quote"] = source_quote
    it["note"] = note
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    it["sets"] = sorted({GI[r]["_set"] for r in reads})
    if chain:
        it["chain"] = chain
    ITEMS.append(it)


def draw(pool, n, key=None):
    """n distinct reports of pool, wild24/wild23 over-weighted."""
    w = [4.0 if g["_set"] == "wild24" else 2.0 if g["_set"] == "wild23" else 1.0 for g in pool]
    out: list[dict] = []
    tries = 0
    while len(out) < n and tries < 5000:
        tries += 1
        g = R.choices(pool, weights=w)[0]
        if g in out or (key and not key(g, out)):
            continue
        out.append(g)
    return out if len(out) == n else []


def pool_for(keys, year=None, template=None):
    return [g for g in READ if ok(g, keys) and (year is None or g["year"] == year)
            and (template is None or g["template"] == template)]


def num_unit(v):
    return {"value": v, "unit": "件"}


# ================================================================ 1. chains across places and bodies
CHAIN_N = [0]
CHAIN_PERSONA = ["journalist", "researcher", "supervisor", "evaluator", "lawyer"]


def new_chain() -> str:
    CHAIN_N[0] += 1
    return f"xa-c{CHAIN_N[0]:02d}"


def emit_chain(turns, persona, scope=None):
    """turns: (q, intent, expect, cells, calc, reads, note, abbr)"""
    cid = new_chain()
    prev: list[str] = []
    for i, (q, intent, exp, cells, calc, reads, note, abbr, phr) in enumerate(turns):
        add(q, intent, exp, persona=persona, kind=f"chain turn {i + 1}/{len(turns)}", phrasing=phr,
            reads=reads, scope=scope, cells=cells, calc=calc, note=note, abbr=abbr, chain=cid,
            previous=list(prev) if prev else None)
        prev.append(q)


def differ(g, out):
    return all(prov(g) != prov(o) and g["agency"] != o["agency"] for o in out)


def chain_three_sum(year_pool_keys):
    """A new → 那B呢 → C呢 → 这三个加起来 (→ 哪个最多)."""
    m = R.choice(["new", "new", "rv", "lit", "done"])
    keys = M[m][0]
    years = sorted({g["year"] for g in pool_for(keys)})
    R.shuffle(years)
    for y in years:
        ps = draw(pool_for(keys, y), 3, differ)
        if ps:
            break
    else:
        return
    a, b, c = ps
    y = a["year"]
    turns = []
    an, aab = name(a)
    phr = pick_phr()
    q1 = dress(R.choice(ASK[m]), phr).format(A=an, Y=yr(y))
    turns.append((q1, "value", num_unit(total(a, keys)), [ref(a, k, None) for k in keys], None, [a["id"]],
                  f"{a['agency']} {y} {M[m][1]}", aab, phr))
    for g, tmpl in ((b, R.choice(OTHER)), (c, R.choice(["{B}呢", "还有{B}", "那{B}的呢", "{B}的呢"]))):
        gn, gab = name(g)
        phr = pick_phr()
        q = dress(tmpl, phr).format(B=gn)
        turns.append((q, "value", num_unit(total(g, keys)), [ref(g, k, None) for k in keys], None, [g["id"]],
                      f"{g['agency']} {y} {M[m][1]} (year and measure carried over)", gab, phr))
    ids = [a["id"], b["id"], c["id"]]
    vals = {i: total(GI[i], keys) for i in ids}
    phr = pick_phr()
    if R.random() < 0.6:
        q = dress(R.choice(["这三个加起来多少", "这三家一共多少", "三个合计是多少", "加起来呢"]), phr)
        turns.append((q, "sum", num_unit(sum(vals.values())), [ref(GI[i], k, None) for i in ids for k in keys],
                      None, ids, f"sum of the three bodies' {M[m][1]} {y}", False, phr))
        if R.random() < 0.5:
            phr = pick_phr()
            q = dress(R.choice(["哪个最多", "其中哪家最多", "谁最多"]), phr)
            top = max(ids, key=lambda i: vals[i])
            turns.append((q, "rank", {"values": vals, "unit": "件", "order": [top]},
                          [ref(GI[i], k, None) for i in ids for k in keys], None, ids,
                          "the largest of the three (ties either)", False, phr))
    else:
        q = dress(R.choice(["哪个最多", "三家里谁最多", "这三个哪个最多"]), phr)
        top = max(ids, key=lambda i: vals[i])
        turns.append((q, "rank", {"values": vals, "unit": "件", "order": [top]},
                      [ref(GI[i], k, None) for i in ids for k in keys], None, ids,
                      "the largest of the three (ties either)", False, phr))
        phr = pick_phr()
        q = dress(R.choice(["刚才第一个那个的{m}呢", "第一家的{m}呢"]), phr).format(m={"new": "办结", "done": "新收", "rv": "诉讼", "lit": "复议"}[m])
        m2 = {"new": "done", "done": "new", "rv": "lit", "lit": "rv"}[m]
        k2 = M[m2][0]
        if ok(a, k2):
            turns.append((q, "value", num_unit(total(a, k2)), [ref(a, k, None) for k in k2], None, [a["id"]],
                          f"「第一个」 = {a['agency']} {y}: {M[m2][1]}", False, phr))
    emit_chain(turns, R.choice(CHAIN_PERSONA))


def chain_measures():
    """A new → 办结 → 复议 → 那B的复议呢 → 两个加起来 / 诉讼."""
    seq = R.choice([["new", "done", "rv"], ["new", "rv", "lit"], ["done", "deny", "rv"], ["rv", "lit", "new"]])
    allk = [k for m in seq for k in M[m][0]]
    a = draw(pool_for(allk), 1)
    if not a:
        return
    a = a[0]
    y = a["year"]
    last = seq[-1]
    bs = draw([g for g in pool_for(M[last][0], y) if g["level"] != a["level"] or prov(g) != prov(a)], 1,
              lambda g, o: g["agency"] != a["agency"])
    if not bs:
        return
    b = bs[0]
    an, aab = name(a)
    turns = []
    phr = pick_phr()
    q = dress(R.choice(ASK[seq[0]]), phr).format(A=an, Y=yr(y))
    k0 = M[seq[0]][0]
    turns.append((q, "value", num_unit(total(a, k0)), [ref(a, k, None) for k in k0], None, [a["id"]],
                  f"{a['agency']} {y} {M[seq[0]][1]}", aab, phr))
    for m in seq[1:]:
        phr = pick_phr()
        q = dress(R.choice(FOLLOW[m]), phr)
        km = M[m][0]
        turns.append((q, "value", num_unit(total(a, km)), [ref(a, k, None) for k in km], None, [a["id"]],
                      f"same body ({a['agency']} {y}), {M[m][1]}", False, phr))
    bn, bab = name(b)
    phr = pick_phr()
    q = dress(R.choice(["那{B}的呢", "{B}同一年的呢", "换{B}看看"]), phr).format(B=bn)
    kl = M[last][0]
    turns.append((q, "value", num_unit(total(b, kl)), [ref(b, k, None) for k in kl], None, [b["id"]],
                  f"{b['agency']} {y}, {M[last][1]} (the last measure carried over)", bab, phr))
    if R.random() < 0.5:
        phr = pick_phr()
        q = dress(R.choice(["这两个加起来呢", "两家合计多少", "它俩一共多少"]), phr)
        turns.append((q, "sum", num_unit(total(a, kl) + total(b, kl)), [ref(a, k, None) for k in kl] + [ref(b, k, None) for k in kl],
                      None, [a["id"], b["id"]], f"{M[last][1]}: {a['agency']} + {b['agency']} {y}", False, phr))
    emit_chain(turns, R.choice(CHAIN_PERSONA))


def chain_scoped():
    """scope A: 今年新收多少 → B呢 → 它被复议几次 → 刚才第一个那个呢."""
    keys = M["new"][0] + M["rv"][0]
    a = draw(pool_for(keys), 1)
    if not a:
        return
    a = a[0]
    y = a["year"]
    bs = draw(pool_for(keys, y), 1, lambda g, o: prov(g) != prov(a))
    if not bs:
        return
    b = bs[0]
    bn, bab = name(b)
    sid = a["id"]
    turns = []
    phr = pick_phr()
    turns.append((dress(R.choice(["今年新收了多少申请", "这份新收几件", "本年度收到多少申请"]), phr), "value",
                  num_unit(val(a, "t3.new.tot")), ["t3.new.tot"], None, [a["id"]], "the scoped report", False, phr))
    phr = pick_phr()
    turns.append((dress(R.choice(["那{B}呢", "{B}同年的呢", "跟{B}比呢 它收了多少"]), phr).format(B=bn), "value",
                  num_unit(val(b, "t3.new.tot")), [ref(b, "t3.new.tot", sid)], None, [b["id"]],
                  f"another body named while {a['agency']} {y} is open: {b['agency']} {y} 新收", bab, phr))
    phr = pick_phr()
    turns.append((dress(R.choice(["它被复议了几次", "这家的复议呢", "他们行政复议多少"]), phr), "value",
                  num_unit(val(b, "t4.rv.tot")), [ref(b, "t4.rv.tot", sid)], None, [b["id"]],
                  f"「它」 = {b['agency']} (the last body named)", False, phr))
    phr = pick_phr()
    turns.append((dress(R.choice(["刚才第一个那个呢", "那我正在看的这份呢", "回到这份报告 复议几件"]), phr), "value",
                   num_unit(val(a, "t4.rv.tot")), ["t4.rv.tot"], None, [a["id"]],
                   f"back to the scoped report {a['agency']} {y}: 行政复议", False, phr))
    if R.random() < 0.4:
        phr = pick_phr()
        turns.append((dress(R.choice(["两家复议加起来", "这两个复议一共几件"]), phr), "sum",
                      num_unit(val(a, "t4.rv.tot") + val(b, "t4.rv.tot")), ["t4.rv.tot", ref(b, "t4.rv.tot", sid)],
                      None, [a["id"], b["id"]], "sum of both bodies' 行政复议", False, phr))
    cid_persona = R.choice(["officer", "supervisor", "journalist"])
    emit_chain(turns, cid_persona, scope=sid)


def chain_years():
    """A y deny → 换成去年 → 这两年加起来 → 那B y年的呢."""
    m = R.choice(["deny", "new", "rv", "open"])
    keys = M[m][0]
    cands = [g for g in pool_for(keys) if (g["agency"], g["year"] - 1) in BY_AY and ok(BY_AY[(g["agency"], g["year"] - 1)], keys)]
    a = draw(cands, 1)
    if not a:
        return
    a = a[0]
    p = BY_AY[(a["agency"], a["year"] - 1)]
    an, aab = name(a)
    turns = []
    phr = pick_phr()
    turns.append((dress(R.choice(ASK[m]), phr).format(A=an, Y=yr(a["year"])), "value", num_unit(total(a, keys)),
                  [ref(a, k, None) for k in keys], None, [a["id"]], f"{a['agency']} {a['year']} {M[m][1]}", aab, phr))
    phr = pick_phr()
    turns.append((dress(R.choice(["换成去年", "那上一年呢", "前一年的呢", "去年的呢"]), phr), "value", num_unit(total(p, keys)),
                  [ref(p, k, None) for k in keys], None, [p["id"]],
                  f"「去年」 of the asked year: {p['agency']} {p['year']}", False, phr))
    phr = pick_phr()
    if R.random() < 0.5:
        turns.append((dress(R.choice(["这两年加起来多少", "两年合计呢"]), phr), "sum", num_unit(total(a, keys) + total(p, keys)),
                      [ref(a, k, None) for k in keys] + [ref(p, k, None) for k in keys], None, [a["id"], p["id"]],
                      f"{p['year']} + {a['year']}", False, phr))
    else:
        d = total(a, keys) - total(p, keys)
        turns.append((dress(R.choice(["今年比去年多了还是少了 差几件", "变化多少"]), phr), "change", num_unit(d),
                      [ref(a, k, None) for k in keys] + [ref(p, k, None) for k in keys],
                      f"{total(a, keys)}-{total(p, keys)}", [a["id"], p["id"]],
                      f"signed later − earlier; 「今年」 = the first year asked ({a['year']})", False, phr))
    bs = [g for g in pool_for(keys, a["year"]) if prov(g) != prov(a)]
    b = draw(bs, 1)
    if b and R.random() < 0.7:
        b = b[0]
        bn, bab = name(b)
        phr = pick_phr()
        turns.append((dress("那{B}{Y}的" + M[m][1] + "是多少", phr).format(B=bn, Y=yr(a["year"])), "value", num_unit(total(b, keys)),
                      [ref(b, k, None) for k in keys], None, [b["id"]], f"{b['agency']} {a['year']} {M[m][1]}", bab, phr))
    emit_chain(turns, R.choice(CHAIN_PERSONA))


def chain_below():
    """city / county government → 它下面的X呢 → 复议呢."""
    pairs = []
    for p in READ:
        if p["level"] not in ("市级政府", "县级政府") or not ok(p, M["new"][0]):
            continue
        place = re.sub(r"(人民政府.*|管理委员会.*)$", "", p["agency"])
        if not place or "新区" in place or "开发区" in place or "高新" in place:
            continue
        for c in READ:
            if c is p or c["year"] != p["year"] or not c["region"].startswith(p["region"]):
                continue
            if len(c["region"]) <= len(p["region"]) or not ok(c, M["new"][0] + M["rv"][0]):
                continue
            pairs.append((p, c))
    for p, c in pairs:
        turns = []
        phr = pick_phr()
        turns.append((dress(R.choice(ASK["new"]), phr).format(A=p["agency"], Y=yr(p["year"])), "value",
                      num_unit(val(p, "t3.new.tot")), [ref(p, "t3.new.tot", None)], None, [p["id"]], "", False, phr))
        phr = pick_phr()
        turns.append((dress("它下面的{B}呢", phr).format(B=c["agency"]), "value", num_unit(val(c, "t3.new.tot")),
                      [ref(c, "t3.new.tot", None)], None, [c["id"]], f"{c['agency']} ({c['region']}) {c['year']}", False, phr))
        phr = pick_phr()
        turns.append((dress(R.choice(["它被复议几次", "那这家复议呢"]), phr), "value", num_unit(val(c, "t4.rv.tot")),
                      [ref(c, "t4.rv.tot", None)], None, [c["id"]], f"「它」 = {c['agency']}", False, phr))
        phr = pick_phr()
        turns.append((dress("上面那个市里的和它加起来新收多少", phr), "sum",
                      num_unit(val(p, "t3.new.tot") + val(c, "t3.new.tot")),
                      [ref(p, "t3.new.tot", None), ref(c, "t3.new.tot", None)], None, [p["id"], c["id"]],
                      f"{p['agency']} + {c['agency']} 新收", False, phr))
        emit_chain(turns, "supervisor")


def chain_siblings():
    """A (a district body of city X) → 同一个市的B呢 → 哪个多 → 它俩的复议呢 (B)."""
    keys = M["new"][0] + M["rv"][0]
    seen = set()
    pairs = []
    for a in READ:
        mm = re.match(r"^(.{2,4}?市)(.{1,4}?区)", a["agency"])
        if not mm or not ok(a, keys):
            continue
        city, dist = mm.groups()
        for b in READ:
            mb = re.match(r"^(.{2,4}?市)(.{1,4}?区)", b["agency"])
            if b is a or b["year"] != a["year"] or not mb or mb.group(1) != city or mb.group(2) == dist or not ok(b, keys):
                continue
            if (city, a["year"]) in seen:
                continue
            seen.add((city, a["year"]))
            pairs.append((a, b))
    R.shuffle(pairs)
    pairs.sort(key=lambda ab: 0 if {"wild24", "wild23"} & {ab[0]["_set"], ab[1]["_set"]} else 1)
    for a, b in pairs[:6]:
        y = a["year"]
        turns = []
        phr = pick_phr()
        turns.append((dress(R.choice(ASK["new"]), phr).format(A=a["agency"], Y=yr(y)), "value", num_unit(val(a, "t3.new.tot")),
                      [ref(a, "t3.new.tot", None)], None, [a["id"]], f"{a['agency']} {y} 新收", False, phr))
        phr = pick_phr()
        turns.append((dress("那同一个市的{B}呢", phr).format(B=b["agency"]), "value", num_unit(val(b, "t3.new.tot")),
                      [ref(b, "t3.new.tot", None)], None, [b["id"]], f"{b['agency']} {y} 新收 (year and measure carried)", False, phr))
        va, vb = val(a, "t3.new.tot"), val(b, "t3.new.tot")
        if va != vb:
            phr = pick_phr()
            top = a["id"] if va > vb else b["id"]
            turns.append((dress(R.choice(["这两家哪个多", "谁收得多"]), phr), "rank",
                          {"values": {a["id"]: va, b["id"]: vb}, "unit": "件", "order": [top]},
                          [ref(a, "t3.new.tot", None), ref(b, "t3.new.tot", None)], None, [a["id"], b["id"]], "the larger of the two", False, phr))
        phr = pick_phr()
        turns.append((dress(R.choice(["它俩的复议加起来呢", "两家复议一共几件"]), phr), "sum",
                      num_unit(val(a, "t4.rv.tot") + val(b, "t4.rv.tot")), [ref(a, "t4.rv.tot", None), ref(b, "t4.rv.tot", None)],
                      None, [a["id"], b["id"]], "行政复议 of both", False, phr))
        emit_chain(turns, R.choice(["supervisor", "journalist"]))


chain_below()
chain_siblings()
for _ in range(4):
    chain_three_sum(None)
for _ in range(4):
    chain_measures()
for _ in range(3):
    chain_scoped()
for _ in range(3):
    chain_years()


# ================================================================ 2. checks and findings
RESULT_ROWS21 = ["r1", "r2", *(f"r3_{i}" for i in range(1, 9)), *(f"r4_{i}" for i in range(1, 4)),
                 *(f"r5_{i}" for i in range(1, 6)), *(f"r6_{i}" for i in range(1, 4))]
RESULT_ROWS19 = ["r1", "r2", *(f"r3_{i}" for i in range(1, 9)), *(f"r4_{i}" for i in range(1, 4)),
                 *(f"r5_{i}" for i in range(1, 6)), "r6"]


def v0(g, key):
    v = val(g, key)
    return 0 if v is None else v


def finding_values(g: dict, f: dict):
    """(printed, implied) of a finding, recomputed from the gold; None when not computable."""
    ch, where = f["check"], f["where"]
    if ch == "H2":
        row = where.split(".")[1]
        pr = val(g, f"t3.{row}.tot")
        parts = [val(g, f"t3.{row}.{c}") for c in SIX]
        if pr is None or any(p is None for p in parts):
            return None
        return pr, sum(parts)
    if ch == "H5":
        grp = where.split(".")[1]
        pr = val(g, f"t4.{grp}.tot")
        if pr is None or pr < 0:
            return None
        return pr, sum(v0(g, f"t4.{grp}.{p}") for p in T4P)
    if ch == "H3":
        col = where.split()[-1]
        rows = RESULT_ROWS21 if g["template"] == "GF2021" else RESULT_ROWS19
        pr = val(g, f"t3.r7.{col}")
        if pr is None:
            return None
        return pr, sum(v0(g, f"t3.{r}.{col}") for r in rows)
    if ch == "H1":
        col = where.split()[-1]
        a = [val(g, f"t3.{k}.{col}") for k in ("new", "carry_in", "r7", "carry_out")]
        if any(x is None for x in a):
            return None
        return a[0] + a[1], a[2] + a[3]
    return None


PRIO = {"H2": 0, "H5": 1, "H3": 2, "H1": 3}


def printed_cell(f: dict) -> str:
    """The gold cell holding a finding's printed number."""
    ch, where = f["check"], f["where"]
    if ch == "H2":
        return f"t3.{where.split('.')[1]}.tot"
    if ch == "H5":
        return f"t4.{where.split('.')[1]}.tot"
    return f"t3.r7.{where.split()[-1]}"


def defect(g: dict, tables=("t3", "t4")):
    fs = [f for f in g["findings"] if f["where"][:2] in tables]
    if not fs or any(f["check"] not in PRIO for f in g["findings"]):
        return None
    fs.sort(key=lambda f: PRIO[f["check"]])
    fv = finding_values(g, fs[0])
    if fv is None:
        return None
    pr, im = fv
    nums = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", fs[0]["note"])]
    assert float(pr) in nums and float(im) in nums, (g["id"], fs[0], fv)
    checks = sorted({f["check"] for f in fs})
    return checks, {"printed": pr, "implied": im}, fs[0]


def clean_t3(g):
    return not g["findings"] and ok(g, ["t3.new.tot", "t3.r7.tot", "t3.carry_in.tot", "t3.carry_out.tot"])


CHECK_ALL = ["这份报告的数对得上吗", "这个年报有没有自相矛盾的地方", "表格里的数前后一致吗", "帮我核一下这份的表 有没有算错的",
             "數字對得上嗎", "这份年报的统计表有没有问题"]
CHECK_ALL_NAMED = ["{A}{Y}的年报有没有自相矛盾的地方", "{A}{Y}年报的数对得上吗", "核对一下{A}{Y}报告里的表格 有没有错",
                   "{A}{Y}那份 表里数字一致吗"]
CHECK_T3 = ["第三张表合计有没有算错", "依申请那张表的总计对不对", "表三各行加起来和总计对得上吗"]
CHECK_T4 = ["行政复议那张表的总数对吗", "复议诉讼那张表合计有没有算错", "第四张表的总计对得上吗"]
CHECK_H1 = ["收到的和处理完的加起来平不平", "新收加上年结转 跟办结加结转下年 对得上吗"]

defects = [g for g in READ if defect(g)]
cleans = [g for g in READ if clean_t3(g) and val(g, "t4.rv.tot") is not None]
R.shuffle(defects)
R.shuffle(cleans)
dsel = sorted(defects, key=lambda g: (0 if g["_set"] in ("wild24", "wild23") else 1, R.random()))[:34]
csel = sorted(cleans, key=lambda g: (0 if g["_set"] in ("wild24", "wild23") else 1, R.random()))[:26]
CHECK_PERSONAS = ["officer", "evaluator", "officer", "supervisor", "researcher"]
for i, g in enumerate(dsel + csel):
    scoped = i % 2 == 0
    phr = pick_phr((72, 12, 8, 8))
    persona = CHECK_PERSONAS[i % len(CHECK_PERSONAS)]
    an, aab = name(g)
    d_all = defect(g)
    # which check the question targets
    has_t3 = defect(g, ("t3",))
    has_t4 = defect(g, ("t4",))
    choice = R.random()
    if g in csel:
        if choice < 0.25:
            tmpl, kind, verdict = R.choice(CHECK_T4), "consistency t4 (clean)", ("consistent", ["H5"], {"t4.rv.tot": val(g, "t4.rv.tot")})
        elif choice < 0.45:
            left = val(g, "t3.new.tot") + val(g, "t3.carry_in.tot")
            right = val(g, "t3.r7.tot") + val(g, "t3.carry_out.tot")
            assert left == right, g["id"]
            tmpl, kind, verdict = R.choice(CHECK_H1), "consistency H1 (clean)", ("consistent", ["H1"], {"t3.new.tot": val(g, "t3.new.tot"), "t3.r7.tot": val(g, "t3.r7.tot")})
        elif choice < 0.6:
            tmpl, kind, verdict = R.choice(CHECK_T3), "consistency t3 (clean)", ("consistent", ["H2", "H3"], {"t3.new.tot": val(g, "t3.new.tot"), "t3.r7.tot": val(g, "t3.r7.tot")})
        else:
            tmpl, kind, verdict = None, "consistency (clean)", ("consistent", ["H1", "H2", "H3", "H5"], {"t3.new.tot": val(g, "t3.new.tot"), "t3.r7.tot": val(g, "t3.r7.tot")})
    else:
        if has_t4 and choice < 0.4:
            c, v, f = has_t4
            tmpl, kind, verdict = R.choice(CHECK_T4), "consistency t4 (defect)", ("inconsistent", c, v)
        elif has_t3 and choice < 0.55:
            c, v, f = has_t3
            tmpl, kind, verdict = R.choice(CHECK_T3), "consistency t3 (defect)", ("inconsistent", c, v)
        elif has_t3 and has_t3[2]["check"] == "H1" and has_t3[2]["where"].endswith(" tot") and choice < 0.75:
            c, v, f = has_t3
            tmpl, kind, verdict = R.choice(CHECK_H1), "consistency H1 (defect)", ("inconsistent", ["H1"], v)
        else:
            c, v, f = d_all
            tmpl, kind, verdict = None, "consistency (defect)", ("inconsistent", c, v)
    if tmpl is None:
        tmpl = R.choice(CHECK_ALL) if scoped else R.choice(CHECK_ALL_NAMED)
    elif not scoped:
        tmpl = "{A}{Y}" + R.choice(["的", "", "年报 "]) + tmpl
    q = dress(tmpl, phr).format(A=an, Y=yr(g["year"]))
    expect = {"verdict": verdict[0], "checks": verdict[1], "values": verdict[2]}
    cells = [k for k in verdict[2] if k.startswith("t")]
    if verdict[0] == "inconsistent":
        fs = sorted((f for f in g["findings"] if f["check"] in verdict[1]), key=lambda f: PRIO[f["check"]])
        cells = [printed_cell(fs[0])]
    notes = "; ".join(f["note"] for f in g["findings"]) or "no finding in the gold: the tables agree"
    add(q, "consistency", expect, persona=persona, kind=kind, phrasing=phr, reads=[g["id"]],
        scope=g["id"] if scoped else None, cells=cells if scoped else [ref(g, k, None) for k in cells],
        note=notes, abbr=aab and not scoped, formal=persona == "evaluator")

# consistency over a province × year (which reports have a defect)
GROUPS = collections.defaultdict(list)
for g in G:
    GROUPS[(prov(g), g["year"])].append(g)
full_groups = sorted((k for k, v in GROUPS.items() if len(v) >= 3 and all(readable(x) for x in v)
                      and not any(f["check"] == "H6" for x in v for f in x["findings"])),
                     key=lambda k: (-len(GROUPS[k]), k))
WHICH_BAD = ["{P}{Y}的这些年报里 哪几份报告表格有问题", "{P}{Y}那批年报 哪些数对不上", "评估用：{P}{Y}各单位年报中统计表存在计算错误的有哪些",
             "{P}{Y}的报告有没有算错的 列一下"]
for k in full_groups[:12]:
    p, y = k
    grp = GROUPS[k]
    bad = sorted(g["id"] for g in grp if g["findings"])
    phr = pick_phr((80, 10, 5, 5))
    if not bad:
        q = dress(R.choice(["{P}{Y}的年报里有几份表格算错了", "{P}{Y}那批报告 数对不上的有几份"]), phr).format(P=p, Y=yr(y))
        add(q, "value", {"value": 0, "unit": "份"}, persona="evaluator", kind="count of defective reports (province × year)",
            phrasing=phr, reads=[g["id"] for g in grp], note=f"{len(grp)} stored reports of {p} {y}, none with a gold finding")
        continue
    q = dress(R.choice(WHICH_BAD), phr).format(P=p, Y=yr(y))
    add(q, "which_reports", {"reports": bad}, persona="evaluator", kind="which reports have a defect (province × year)",
        phrasing=phr, reads=[g["id"] for g in grp], formal=True,
        note=f"{len(grp)} stored reports of {p} {y}; defects: " + "; ".join(f"{GI[b]['agency']} {[f['check'] for f in GI[b]['findings']]}" for b in bad))
    if bad and R.random() < 0.6:
        phr = pick_phr((80, 10, 5, 5))
        q = dress(R.choice(["{P}{Y}的年报里有几份表格算错了", "{P}{Y}有问题的报告一共几份"]), phr).format(P=p, Y=yr(y))
        add(q, "value", {"value": len(bad), "unit": "份"}, persona="evaluator", kind="count of defective reports (province × year)",
            phrasing=phr, reads=[g["id"] for g in grp], note="reports with a gold finding: " + ", ".join(bad))


# ================================================================ 3. marks and emptiness
LOOSE = {
    "r2": ["部分公开的有几件", "只公开了一部分的"],
    "r3_1": ["因为是国家秘密不给的有几件", "涉密不公开的"],
    "r3_2": ["法律法规禁止公开所以没给的", "其他法律行政法规禁止公开的有几件"],
    "r3_3": ["怕危及三安全一稳定不公开的", "危及国家安全公共安全那类不公开的"],
    "r3_4": ["涉及第三方权益不公开的有几件", "保护第三方合法权益不给的"],
    "r3_5": ["属于内部事务信息不公开的", "内部事务类的不予公开几件"],
    "r3_6": ["过程性信息不给的有几件", "因为是过程性信息不公开的"],
    "r3_7": ["行政执法案卷不公开的", "执法案卷那一项几件"],
    "r3_8": ["属于行政查询事项的有几件", "行政查询事项不予公开的"],
    "r4_1": ["信息不存在的有几件", "本机关不掌握的有多少", "没有这个信息的几件"],
    "r4_2": ["要另外制作没有现成的几件", "没有现成信息需要另行制作的"],
    "r4_3": ["补正后还是说不清楚的", "补正后申请内容仍不明确的有几件"],
    "r5_1": ["信访举报投诉类的有几件", "属于信访投诉不予处理的"],
    "r5_2": ["重复申请的有几件", "重复申请不予处理的"],
    "r5_3": ["要公开出版物的几件", "要求提供公开出版物的"],
    "r5_4": ["无正当理由大量反复申请的", "大量反复申请的有几件"],
    "r5_5": ["要求确认或重新出具已获取信息的", "要求重新出具的有几件"],
    "r6_1": ["要求补正后没补的有几件", "逾期不补正不再处理的"],
    "r6_2": ["没按时交费的有几件", "逾期未缴纳费用的"],
}
COLS = {
    "biz": ["企业申请了几件", "商业企业新收多少", "公司来申请的有几件"],
    "sci": ["科研机构申请几件", "科研单位申请了多少"],
    "npo": ["社会公益组织申请几件", "公益组织来申请的有没有"],
    "law": ["律师事务所申请了几件", "法律服务机构申请多少"],
    "oth": ["其他组织申请几件"],
    "np": ["个人申请了多少", "自然人申请几件"],
}
MARK_PERSONAS = ["lawyer", "officer", "citizen", "lawyer", "researcher"]

# 3a. table 三 rows by loose label
cands = []
for g in READ:
    for r, labels in LOOSE.items():
        if r in ("r6_1", "r6_2") and g["template"] != "GF2021":
            continue
        k = f"t3.{r}.tot"
        if ok(g, [k]) and f"t3.{r}.tot" not in g["placeholders"]:
            cands.append((g, r))
R.shuffle(cands)
nz = [c for c in cands if val(c[0], f"t3.{c[1]}.tot")]
zz = [c for c in cands if not val(c[0], f"t3.{c[1]}.tot")]
used_rows: collections.Counter = collections.Counter()
picked = []
for g, r in sorted(nz, key=lambda c: (0 if c[0]["_set"] in ("wild24", "wild23") else 1, R.random())):
    if used_rows[r] < 2 and len(picked) < 17 and all(p[0] is not g for p in picked):
        used_rows[r] += 1
        picked.append((g, r))
for g, r in zz[:6]:
    picked.append((g, r))
for i, (g, r) in enumerate(picked):
    k = f"t3.{r}.tot"
    scoped = i % 3 == 0
    phr = pick_phr()
    an, aab = name(g)
    lab = R.choice(LOOSE[r])
    q = dress(lab if scoped else "{A}{Y}" + lab, phr).format(A=an, Y=yr(g["year"]))
    add(q, "value", num_unit(val(g, k)), persona=MARK_PERSONAS[i % 5], kind=f"table 三 row by loose label ({r})",
        phrasing=phr, reads=[g["id"]], scope=g["id"] if scoped else None, cells=[k if scoped else ref(g, k, None)],
        abbr=aab and not scoped, note=f"{g['agency']} {g['year']} 表三 {r} 总计")

# 3b. applicant sub-columns
cands = [(g, c) for g in READ for c in COLS if ok(g, [f"t3.new.{c}"]) and f"t3.new.{c}" not in g["placeholders"]]
R.shuffle(cands)
cands.sort(key=lambda x: (0 if val(x[0], f"t3.new.{x[1]}") else 1, 0 if x[0]["_set"] in ("wild24", "wild23") else 1))
seen_g = set()
n = 0
for g, c in cands:
    if g["id"] in seen_g or n >= 10:
        continue
    seen_g.add(g["id"])
    n += 1
    k = f"t3.new.{c}"
    scoped = n % 2 == 0
    phr = pick_phr()
    an, aab = name(g)
    lab = R.choice(COLS[c])
    q = dress(lab if scoped else "{A}{Y}" + lab, phr).format(A=an, Y=yr(g["year"]))
    add(q, "value", num_unit(val(g, k)), persona=R.choice(["researcher", "lawyer", "journalist"]), kind=f"applicant column ({c})",
        phrasing=phr, reads=[g["id"]], scope=g["id"] if scoped else None, cells=[k if scoped else ref(g, k, None)],
        abbr=aab and not scoped, note=f"表三 新收 {c} column")
# 法人或其他组织 subtotal
for g in draw(pool_for([f"t3.new.{c}" for c in SIX[1:]]), 4):
    keys = [f"t3.new.{c}" for c in SIX[1:]]
    phr = pick_phr()
    add(dress("{A}{Y}法人或者其他组织一共申请了几件", phr).format(A=g["agency"], Y=yr(g["year"])), "value",
        num_unit(total(g, keys)), persona="researcher", kind="applicant column (法人或其他组织 subtotal)", phrasing=phr,
        reads=[g["id"]], cells=[ref(g, k, None) for k in keys], note="the five non-natural-person columns")

# 3c. zero: what the report did not do
ZERO = [
    (DENY, "有没有不予公开的", "不予公开"),
    (["t4.rv.tot"], "有没有被申请行政复议", "行政复议"),
    (["t4.ld.tot", "t4.lr.tot"], "有没有被起诉过", "行政诉讼"),
    (["t3.r2.tot"], "有没有部分公开的", "部分公开"),
]
zc = []
for g in READ:
    for keys, lab, m in ZERO:
        if ok(g, keys) and total(g, keys) == 0 and not any(k in g["placeholders"] for k in keys):
            zc.append((g, keys, lab, m))
R.shuffle(zc)
zc.sort(key=lambda x: 0 if x[0]["_set"] in ("wild24", "wild23") else 1)
seen_g = set()
n = 0
for g, keys, lab, m in zc:
    if g["id"] in seen_g or n >= 10:
        continue
    seen_g.add(g["id"])
    n += 1
    scoped = n % 2 == 1
    phr = pick_phr()
    q = dress(lab if scoped else "{A}{Y}" + lab, phr).format(A=g["agency"], Y=yr(g["year"]))
    add(q, "value", num_unit(0), persona=R.choice(MARK_PERSONAS), kind=f"zero: did not ({m})", phrasing=phr,
        reads=[g["id"]], scope=g["id"] if scoped else None, cells=keys if scoped else [ref(g, k, None) for k in keys],
        note=f"every cell printed 0: the answer is 0 ({m})")

# 3d. printed blank ("" placeholder) and printed marks (「/」 「—」)
BL_LABEL = {"new": "新收申请", "r1": "予以公开", "r2": "部分公开", "r7": "办理结果总计", "carry_out": "结转下年度",
            "carry_in": "上年结转", "r4_1": "本机关不掌握相关政府信息", "r5_2": "重复申请", "r3_1": "属于国家秘密",
            "r3_6": "过程性信息", "r5_1": "信访举报投诉类申请", "r6_1": "逾期不补正",
            "rv": "行政复议总计", "ld": "未经复议直接起诉的诉讼总计", "lr": "复议后起诉的诉讼总计", "rv.fix": "复议结果纠正"}
bc = []
for g in READ:
    t = text(g)
    if not t:
        continue
    for key, mark in sorted(g["placeholders"].items()):
        parts = key.split(".")
        if len(parts) != 3:
            continue
        tb, row, col = parts
        lab = BL_LABEL.get(row)
        if tb == "t4":
            lab = BL_LABEL.get(row) if col == "tot" else ("复议结果纠正" if (row, col) == ("rv", "fix") else None)
        elif col != "tot":
            lab = None
        if not lab:
            continue
        if mark == "" and re.search(r"(空白|未填|空格)[^。；]{0,10}(为|表示|即|视为)(0|零)", t):
            continue
        if mark in ("", "/", "—"):
            if mark and mark not in t:
                continue
            bc.append((g, key, mark, lab, t))
R.shuffle(bc)
bc.sort(key=lambda x: 0 if x[0]["_set"] in ("wild24", "wild23") else 1)
BL_Q = ["{L}那栏写的是0还是空着", "{L}这一格填了没有", "{L}那一项是多少", "{L}那格是不是空的"]
seen_g = set()
nb = collections.Counter()
for g, key, mark, lab, t in bc:
    kind = "blank" if mark == "" else "mark"
    if g["id"] in seen_g or nb[kind] >= (12 if kind == "blank" else 8):
        continue
    seen_g.add(g["id"])
    nb[kind] += 1
    scoped = nb[kind] % 2 == 1
    phr = pick_phr((80, 12, 8, 0))
    tmpl = R.choice(BL_Q)
    q = dress(tmpl if scoped else "{A}{Y}" + tmpl, phr).format(A=g["agency"], Y=yr(g["year"]), L=lab)
    if kind == "blank":
        expect = {"blank": True}
        foot = "表中空白处表示该项无数据" if "表中空白处表示该项无数据" in t else None
        note = f"{key} printed blank (gold null, placeholder \"\")" + (f"; the table's note: 「{foot}」 (not 0)" if foot else "; the text says nothing of blanks")
    else:
        expect = {"contains": [mark]}
        note = f"{key} printed 「{mark}」 (gold null): the answer says what is printed"
    add(q, "value", expect, persona=R.choice(["officer", "lawyer", "evaluator"]), kind=f"printed {kind}",
        phrasing=phr, reads=[g["id"]], scope=g["id"] if scoped else None, cells=[key if scoped else ref(g, key, None)],
        note=note, source_quote=(mark if kind == "mark" else None) if scoped else None)

# 3e. fee: 0 vs a figure (GF2021 收费金额)
fc = [g for g in READ if g["template"] == "GF2021" and ok(g, ["t2.fee.amount_wan"]) and "t2.fee.amount_wan" not in g["placeholders"]]
R.shuffle(fc)
for g in fc[:5]:
    phr = pick_phr()
    q = dress(R.choice(["{A}{Y}收费那栏写的是多少", "{A}{Y}行政事业性收费金额是0吗", "{A}{Y}收费金额多少万元"]), phr).format(A=g["agency"], Y=yr(g["year"]))
    add(q, "value", {"value": val(g, "t2.fee.amount_wan"), "unit": "万元"}, persona=R.choice(["citizen", "journalist"]),
        kind="fee amount (表二)", phrasing=phr, reads=[g["id"]], cells=[ref(g, "t2.fee.amount_wan", None)],
        note="表二 行政事业性收费 金额（万元）")


# ================================================================ 4. corpus questions
def group_ok(k, keys):
    return all(ok(g, keys) for g in GROUPS[k])


corp_groups = sorted((k for k, v in GROUPS.items() if len(v) >= 4 and all(readable(x) for x in v)),
                     key=lambda k: (-len(GROUPS[k]), k))
# groups holding a zero-application report first (the zero questions take the first eight groups)
corp_groups.sort(key=lambda k: 0 if any(val(g, "t3.new.tot") == 0 for g in GROUPS[k]) else 1)
CP = ["journalist", "evaluator", "researcher", "deputy"]
nthr = nrank = nzero = navg = ntop = nrv = 0
for k in corp_groups:
    p, y = k
    grp = sorted(GROUPS[k], key=lambda g: g["id"])
    ids = [g["id"] for g in grp]
    if group_ok(k, M["new"][0]) and nthr < 9:
        vs = sorted(val(g, "t3.new.tot") for g in grp)
        thr = next((t for t in (200, 100, 50, 30, 20, 10, 5) if 0 < sum(v > t for v in vs) < len(vs)), None)
        if thr:
            nthr += 1
            phr = pick_phr((80, 12, 4, 4))
            q = dress(R.choice(["{P}{Y}哪些单位新收超过{T}件", "{P}{Y}新收申请多于{T}件的有哪几家", "{P}{Y}的年报里 收到申请超过{T}的是谁"]), phr).format(P=p, Y=yr(y), T=thr)
            add(q, "which_reports", {"reports": sorted(g["id"] for g in grp if val(g, "t3.new.tot") > thr)},
                persona=CP[nthr % 4], kind="threshold over a province-year", phrasing=phr, reads=ids,
                cells=[ref(g, "t3.new.tot", None) for g in grp], note=f"{len(grp)} stored reports of {p} {y}; 新收 > {thr} (strictly)")
    if group_ok(k, M["lit"][0]) and nrank < 6:
        vals = {g["id"]: total(g, M["lit"][0]) for g in grp}
        order = sorted(vals, key=lambda i: (-vals[i], i))
        if len(order) > 3 and vals[order[2]] != vals[order[3]] and vals[order[2]] > 0:
            nrank += 1
            phr = pick_phr((80, 12, 4, 4))
            q = dress(R.choice(["{P}{Y}被诉讼最多的前三个", "{P}{Y}哪三家行政诉讼最多", "{P}{Y}的单位里被告最多的前三名"]), phr).format(P=p, Y=yr(y))
            add(q, "rank", {"values": {i: vals[i] for i in order[:3]}, "unit": "件", "order": order[:3]},
                persona=CP[nrank % 4], kind="top three over a province-year", phrasing=phr, reads=ids,
                cells=[ref(GI[i], kk, None) for i in order[:3] for kk in M["lit"][0]],
                note="行政诉讼 = 未经复议直接起诉 + 复议后起诉, 总计; no tie at third place")
    if group_ok(k, M["rv"][0]) and ntop < 6 and R.random() < 0.6:
        vals = {g["id"]: val(g, "t4.rv.tot") for g in grp}
        order = sorted(vals, key=lambda i: (-vals[i], i))
        if vals[order[0]] > 0 and vals[order[0]] != vals[order[1]]:
            ntop += 1
            phr = pick_phr((80, 12, 4, 4))
            q = dress(R.choice(["{P}{Y}哪个单位被复议最多", "{P}{Y}行政复议最多的是哪家"]), phr).format(P=p, Y=yr(y))
            add(q, "rank", {"values": {i: vals[i] for i in order}, "unit": "件", "order": [order[0]]},
                persona=CP[ntop % 4], kind="top one over a province-year", phrasing=phr, reads=ids,
                cells=[ref(g, "t4.rv.tot", None) for g in grp], note="行政复议 总计; top one")
    if group_ok(k, M["new"][0]) and nzero < 5:
        zero = sorted(g["id"] for g in grp if val(g, "t3.new.tot") == 0)
        nzero += 1
        phr = pick_phr((80, 12, 4, 4))
        if not zero or R.random() < 0.5:
            q = dress(R.choice(["{P}{Y}有几份报告是零申请", "{P}{Y}新收申请为0的年报有几份"]), phr).format(P=p, Y=yr(y))
            add(q, "value", {"value": len(zero), "unit": "份"}, persona=CP[nzero % 4], kind="count of zero-application reports",
                phrasing=phr, reads=ids, cells=[ref(g, "t3.new.tot", None) for g in grp], note="zero: " + (", ".join(zero) or "none"))
        else:
            q = dress(R.choice(["{P}{Y}哪些单位一个申请都没收到", "{P}{Y}零申请的是哪几家"]), phr).format(P=p, Y=yr(y))
            add(q, "which_reports", {"reports": zero}, persona=CP[nzero % 4], kind="which reports are zero-application",
                phrasing=phr, reads=ids, cells=[ref(g, "t3.new.tot", None) for g in grp], note="新收 总计 0")
    if group_ok(k, M["rv"][0]) and nrv < 6 and R.random() < 0.5:
        hit = sorted(g["id"] for g in grp if val(g, "t4.rv.tot") > 0)
        if hit:
            nrv += 1
            phr = pick_phr((80, 12, 4, 4))
            q = dress(R.choice(["{P}{Y}哪些单位被申请过行政复议", "{P}{Y}的年报里 有复议案件的是哪几家", "{P}{Y}复议不为零的单位"]), phr).format(P=p, Y=yr(y))
            add(q, "which_reports", {"reports": hit}, persona=CP[nrv % 4], kind="threshold over a province-year (复议 > 0)",
                phrasing=phr, reads=ids, cells=[ref(g, "t4.rv.tot", None) for g in grp], note=f"{len(grp)} stored reports of {p} {y}; 行政复议总计 > 0")
    if group_ok(k, M["new"][0]) and navg < 6 and R.random() < 0.6:
        vs = [val(g, "t3.new.tot") for g in grp]
        navg += 1
        phr = pick_phr((80, 12, 4, 4))
        if len(grp) % 2 == 1 and R.random() < 0.5:
            med = sorted(vs)[len(vs) // 2]
            q = dress("{P}{Y}这些单位新收申请的中位数是多少", phr).format(P=p, Y=yr(y))
            add(q, "ratio", {"value": med, "unit": "件"}, persona="researcher", kind="median over a province-year", phrasing=phr,
                reads=ids, cells=[ref(g, "t3.new.tot", None) for g in grp], note=f"sorted {sorted(vs)}", formal=True)
        else:
            avg = round(sum(vs) / len(vs), 2)
            q = dress(R.choice(["{P}{Y}平均每家新收多少件", "{P}{Y}的单位 新收申请平均数"]), phr).format(P=p, Y=yr(y))
            add(q, "ratio", {"value": avg, "unit": "件", "tol": 0.05}, persona="researcher", kind="average over a province-year",
                phrasing=phr, reads=ids, cells=[ref(g, "t3.new.tot", None) for g in grp],
                calc="(" + "+".join("{" + ref(g, "t3.new.tot", None) + "}" for g in grp) + f")/{len(grp)}", note=f"{len(grp)} reports")
# years compared over a province
ny = 0
YP: list[str] = []
for (p, y) in sorted(GROUPS):
    k1, k2 = (p, y), (p, y + 1)
    if k2 not in GROUPS or ny >= 8 or p in YP:
        continue
    if len(GROUPS[k1]) < 3 or len(GROUPS[k2]) < 3:
        continue
    if not all(readable(x) for x in GROUPS[k1] + GROUPS[k2]) or not (group_ok(k1, M["new"][0]) and group_ok(k2, M["new"][0])):
        continue
    s1 = sum(val(g, "t3.new.tot") for g in GROUPS[k1])
    s2 = sum(val(g, "t3.new.tot") for g in GROUPS[k2])
    ny += 1
    YP.append(p)
    phr = pick_phr((80, 12, 4, 4))
    q = dress(R.choice(["{P}{Y2}和{Y1}比 新收全部加起来多了还是少了", "{P}的年报 {Y1}和{Y2}新收总数比变了多少", "{P}{Y2}新收合计比{Y1}多多少"]), phr).format(
        P=p, Y1=yr(y), Y2=yr(y + 1))
    add(q, "change", {"value": s2 - s1, "unit": "件"}, persona=R.choice(CP), kind="years compared over a province",
        phrasing=phr, reads=[g["id"] for g in GROUPS[k1] + GROUPS[k2]],
        cells=[ref(g, "t3.new.tot", None) for g in GROUPS[k2] + GROUPS[k1]], calc=f"{s2}-{s1}",
        note=f"every stored report of {p}: {y + 1} sum {s2} ({len(GROUPS[k2])} reports) − {y} sum {s1} ({len(GROUPS[k1])} reports); the bodies differ between years")


# ================================================================ 5. everyday sample
SCOPED_ASK = {"new": ["今年新收多少件申请", "这份报告里收到几个申请"], "open": ["今年予以公开多少件", "同意公开的有几件"],
              "done": ["办结的一共多少", "今年处理完多少申请"], "rv": ["本年度被复议几次", "今年有人申请复议吗 几件"],
              "lit": ["今年行政诉讼几件", "被起诉了几次"], "deny": ["不予公开的几件", "今年不公开的多少"]}
EV = ["citizen", "officer", "journalist", "deputy", "citizen"]
ev_meas = ["new", "new", "open", "done", "rv", "lit", "deny"]
for i in range(24):
    m = ev_meas[i % len(ev_meas)]
    keys = M[m][0]
    g = draw(pool_for(keys), 1)
    if not g:
        continue
    g = g[0]
    phr = pick_phr()
    an, aab = name(g)
    scoped = i % 4 == 0
    if scoped:
        q = dress(R.choice(SCOPED_ASK[m]), phr)
    else:
        q = dress(R.choice(ASK[m]), phr).format(A=an, Y=yr(g["year"]))
    add(q, "value", num_unit(total(g, keys)), persona=EV[i % 5], kind="one figure", phrasing=phr, reads=[g["id"]],
        scope=g["id"] if scoped else None, cells=keys if scoped else [ref(g, k, None) for k in keys], abbr=aab and not scoped,
        note=f"{g['agency']} {g['year']} {M[m][1]}")

# narrative figures (matched exactly once in the text)
NARR = [(r"主动公开(?:各类)?政府信息(\d+)条", "条", "{A}{Y}主动公开了多少条政府信息"),
        (r"政策解读(\d+)篇", "篇", "{A}{Y}发了几篇政策解读"),
        (r"其中政策文件(\d+)[条件]", None, "{A}{Y}主动公开的政策文件有多少"),
        (r"公众号发布信息(\d+)条", "条", "{A}{Y}公众号发了多少条信息"),
        (r"组织(?:开展)?(?:业务)?培训(\d+)次", "次", "{A}{Y}搞了几次培训")]
nn = 0
for g in sorted(READ, key=lambda g: (0 if g["_set"] in ("wild24", "wild23") else 1, g["id"])):
    if nn >= 10:
        break
    t = text(g)
    if not t:
        continue
    for j in range(len(NARR)):
        pat, unit, tmpl = NARR[(nn + j) % len(NARR)]
        hits = re.findall(pat, t)
        if len(hits) == 1 and R.random() < 0.3:
            mt = re.search(pat, t)
            unit = unit or mt.group(0)[-1]
            nn += 1
            phr = pick_phr()
            add(dress(tmpl, phr).format(A=g["agency"], Y=yr(g["year"])), "narrative", {"value": int(hits[0]), "unit": unit},
                persona=R.choice(["journalist", "deputy", "citizen"]), kind="narrative figure", phrasing=phr, reads=[g["id"]],
                source_quote={g["id"]: mt.group(0)}, note="the prose's figure, matched once")
            break

# refusals: what the report does not say (checked against the text)
REF = [("经费|预算", "{A}{Y}信息公开花了多少经费"), ("满意度|满意率", "{A}{Y}群众满意度是多少"),
       ("平均.{0,6}天|平均答复", "{A}{Y}平均几天答复一个申请"), ("专职|兼职|工作人员", "{A}{Y}有几个人专门干信息公开")]
nr = 0
for g in sorted(READ, key=lambda g: (0 if g["_set"] in ("wild24", "wild23") else 1, g["id"])):
    if nr >= 8:
        break
    t = text(g)
    if not t or R.random() > 0.3:
        continue
    pat, tmpl = REF[nr % len(REF)]
    if re.search(pat, t):
        continue
    nr += 1
    phr = pick_phr()
    add(dress(tmpl, phr).format(A=g["agency"], Y=yr(g["year"])), "unanswerable", {"refuse": True},
        persona=R.choice(["citizen", "hotline" if False else "citizen", "deputy"]), kind="not in the report", phrasing=phr,
        reads=[g["id"]], note=f"asked as value; the text has no match for /{pat}/")
# a year not in the store for a body the store holds
ny2 = 0
for g in sorted(READ, key=lambda g: g["id"]):
    if ny2 >= 4:
        break
    missing = next((yy for yy in (g["year"] + 3, g["year"] - 4) if (g["agency"], yy) not in AY and 2015 <= yy <= 2025), None)
    if missing is None or R.random() > 0.1:
        continue
    if any(o["year"] == missing and (g["agency"] in o["agency"] or o["agency"] in g["agency"]) for o in G):
        continue
    ny2 += 1
    phr = pick_phr()
    add(dress(R.choice(ASK["new"]), phr).format(A=g["agency"], Y=yr(missing)), "unanswerable", {"refuse": True},
        persona="citizen", kind="year not in the store", phrasing=phr, reads=[g["id"]],
        note=f"asked as value; the store holds {g['agency']} only for " + ", ".join(str(y) for (a, y) in sorted(AY) if a == g["agency"]))


# ================================================================ validate and write
def check(it):
    exp = it["expect"]
    scope = it["scope"].get("report")
    for c in it["cells"]:
        rid, _, key = c.rpartition(":")
        rid = rid or scope
        assert rid in GI, (it["id"], c)
        if "blank" in exp or "contains" in exp:
            assert key in GI[rid]["placeholders"], (it["id"], c)
        else:
            assert val(GI[rid], key) is not None, (it["id"], c)
    if "value" in exp and it["cells"] and "calc" not in it and exp.get("unit") != "份" and it["intent"] != "ratio":
        s = 0
        for c in it["cells"]:
            rid, _, key = c.rpartition(":")
            s += val(GI[rid or scope], key)
        assert abs(s - exp["value"]) < 1e-6, (it["id"], s, exp)
    if isinstance(it.get("source_quote"), dict):
        for rid, qt in it["source_quote"].items():
            assert squash(qt) in (text(GI[rid]) or ""), (it["id"], rid, qt)
    elif it.get("source_quote"):
        assert squash(it["source_quote"]) in (text(GI[scope]) or ""), it["id"]
    for s in exp.get("contains", []):
        rid = scope or it["cells"][0].rpartition(":")[0]
        assert squash(s) in (text(GI[rid]) or ""), it["id"]
    if "reports" in exp:
        assert all(r in GI for r in exp["reports"])
    if "order" in exp:
        vs = exp["values"]
        assert vs[exp["order"][0]] == max(vs.values())


qs = set()
for n, it in enumerate(ITEMS, 1):
    it["id"] = f"xa{n:04d}"
    check(it)
    key = (re.sub(r"\W", "", it["q"]), json.dumps(it.get("previous")), json.dumps(it["scope"]))
    assert key not in qs, it["q"]
    qs.add(key)
out = HERE / "blindxa.jsonl"
out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8")
if __name__ == "__main__":
    c = collections.Counter(it["intent"] for it in ITEMS)
    print(len(ITEMS), dict(c))
    print(collections.Counter(it["kind"].split(" (")[0] if not it["kind"].startswith("chain") else "chain" for it in ITEMS))
