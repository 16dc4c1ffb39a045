"""Write blindra.jsonl: a development bank of message FORMS (issue 13, branch `blindra`).

    python3 eval/questions/blindra/make_blindra.py      # writes blindra.jsonl next to this file

Three families of the shape of a chat message, each in phrasings of this bank's own (none copied from
blindp/blindr, whose misses named the families): a 'now' the message states with 今年/去年/前年/上一年度
(`rel_now`, with refusals where the year counted is not held), a message pasted from an e-mail
(`email`: greeting, context naming 辖区内各单位, the ask, a deadline, a signature or a date), a message
that corrects itself (`correction`: a body or a year); and `sets`: a province × year listed (「各单位…分别多少」),
summed without one member (「除了X以外，其余单位…合计」), a body by its old name (工商局, 环保局, 国土局, 卫计委) or 局
for 委; `relayed` (「有位市民打电话问，…」) and `pronoun` (「…的年报，他们…」). Every expected value is computed here from the wild
sets' gold cells, written before the bank was run. Deterministic: one seeded Random over sorted inputs."""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", *(f"wild{i}" for i in range(2, 16)))
SEED = 1320261206

GOLDS = sorted(
    (json.loads(p.read_text(encoding="utf-8")) for s in SETS for p in (EVAL / s / "gold").glob("*.json")),
    key=lambda g: g["id"],
)
PAIRS = Counter((g["agency"], g["year"]) for g in GOLDS)
YEARS_OF: dict[str, set[int]] = defaultdict(set)
for g in GOLDS:
    YEARS_OF[g["agency"]].add(g["year"])
AGENCIES = {g["agency"] for g in GOLDS}

# measure → (cell, how this bank says it)
MEAS: dict[str, tuple[str, str]] = {
    "new": ("t3.new.tot", "本年新收的申请"),
    "r1": ("t3.r1.tot", "予以公开的申请"),
    "r2": ("t3.r2.tot", "部分公开的申请"),
    "r7": ("t3.r7.tot", "办理结果总计"),
    "rv": ("t4.rv.tot", "行政复议"),
}


def cell(g: dict, key: str) -> Any:
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def clean(g: dict) -> bool:
    """Tables readable, body+year held once, no finding, every asked cell a number."""
    return (
        g["template"] in ("GF2019", "GF2021")
        and g["tables_recoverable"]
        and PAIRS[(g["agency"], g["year"])] == 1
        and not g["findings"]
        and all(isinstance(cell(g, c), int) for c, _ in MEAS.values())
        # a name no other stored name contains (no near-name ambiguity in this bank)
        and not any(g["agency"] != a and g["agency"] in a for a in AGENCIES)
    )


CLEAN = [g for g in GOLDS if clean(g)]
BY_AY = {(g["agency"], g["year"]): g for g in CLEAN}

rng = random.Random(SEED)
items: list[dict] = []


def add(family: str, q: str, intent: str, expect: dict, cells: list[str], calc: str | None = None) -> None:
    it: dict[str, Any] = {"id": f"ra{len(items) + 1:04d}", "q": q, "scope": {}, "intent": intent}
    it.update({"style": "colloquial", "expect": expect, "cells": cells, "family": family})
    if calc:
        it["calc"] = calc
    items.append(it)


def value(g: dict, m: str) -> tuple[dict, list[str]]:
    key = MEAS[m][0]
    return {"value": cell(g, key), "unit": "件"}, [f"{g['id']}:{key}"]


# ---------------------------------------------------------------- rel_now: a stated now, years counted from it
REL = [  # (phrasing, years back, measure)
    ("现在已经是{n}年了，{a}去年{m}是多少件？", 1, "new"),
    ("今年是{n}年。麻烦问下{a}前年{m}有几件", 2, "r1"),
    ("{a}去年{m}有多少件？（现在是{n}年）", 1, "r2"),
    ("目前是{n}年，{a}上一年度的{m}有几件", 1, "rv"),
    ("如今{n}年了，{a}前年{m}多少件", 2, "r7"),
    ("现在{n}年，问一下去年{a}{m}有多少", 1, "r1"),
    ("{a}今年{m}多少件？现在是{n}年", 0, "new"),
    ("現在是{n}年，{a}去年{m}幾件？", 1, "rv"),
    ("现在是{n}年啦，{a}大前年{m}几件", 3, "r2"),
]
pool = sorted(BY_AY)
rng.shuffle(pool)
for i, (ph, back, m) in enumerate(REL):
    for a, y in pool[i * 2 : i * 2 + 2]:
        g = BY_AY[(a, y)]
        exp, cells = value(g, m)
        add("rel_now", ph.format(n=y + back, a=a, m=MEAS[m][1]), "value", exp, cells)
# a change counted from the now: 去年 against 前年
pairs = sorted((a, y) for a, y in BY_AY if (a, y - 1) in BY_AY)
rng.shuffle(pairs)
for a, y in pairs[:3]:
    late, early = BY_AY[(a, y)], BY_AY[(a, y - 1)]
    d = late["t3"]["new.tot"] - early["t3"]["new.tot"]
    add(
        "rel_now",
        f"现在是{y + 1}年，{a}去年比前年新收申请多了多少件？",
        "change",
        {"value": d, "unit": "件"},
        [f"{early['id']}:t3.new.tot", f"{late['id']}:t3.new.tot"],
        calc=f"{{{late['id']}:t3.new.tot}}-{{{early['id']}:t3.new.tot}}",
    )
# refusals: the year counted is not held, the now's year (or another) is — never another year's figure
holes = sorted((a, y) for a, y in BY_AY if y - 1 not in YEARS_OF[a])
rng.shuffle(holes)
for a, y in holes[:4]:
    add(
        "rel_now",
        f"现在已经是{y}年了，{a}去年新收申请多少件？",
        "unanswerable",
        {"refuse": True},
        [],
    )
holes2 = sorted((a, y) for a, y in BY_AY if y - 2 not in YEARS_OF[a] and (a, y) not in holes[:4])
rng.shuffle(holes2)
for a, y in holes2[:3]:
    add("rel_now", f"今年是{y}年，{a}前年部分公开几件", "unanswerable", {"refuse": True}, [])

# ---------------------------------------------------------------- email: the ask inside a pasted mail
EMAIL = [
    "王科长您好！\n我们在整理全市各部门的年报数据，需要您帮忙确认一个数。\n{a}{y}年的年报里，{m}有几件？\n麻烦今天下班前回复，谢谢。\n张三",
    "各科室：\n为做好辖区内政务公开考核工作，现需核对部分数据。{a}{y}年度{m}是多少件？请于本周三前报送。\n办公室\n{d}年3月1日",
    "领导好，\n按照市里的通知，要统计辖区内各单位的依申请公开情况。\n想请您帮忙看一下：{a}{y}年政府信息公开年报中{m}有多少件。\n此致\n敬礼！",
    "Re：关于报送年报数据的通知\n收到。另外想确认一下，{a}{y}年{m}一共多少件？\n——\n发自我的手机",
    "各位好，我是省政务公开办的小李。我们在写全省各单位年报的评估报告，其中有一处数据需要核实：{a}{y}年的{m}是多少件？盼复，谢谢！",
    "同志你好：\n\n我单位正在开展年度考核，需要引用兄弟单位的数据。\n\n{a}{y}年政府信息公开工作年度报告显示的{m}是多少？\n\n如有疑问请联系0571-12345678。\n\n某某局办公室",
    "Hi 各位，\n快到年底了，我们要汇总各区县、各部门的年报数据。\n请帮忙查：{a}，{y}年，{m}多少件？\n周五前给我就行，谢谢~",
    "李处：\n辖区各乡镇街道的年报已收齐，现抽查几家单位的数据。\n{a}{y}年{m}几件？\n请核实后回复。\n政务公开科\n{d}年1月8日",
]
rest = [k for k in sorted(BY_AY) if k not in set(pool[: len(REL) * 2])]
rng.shuffle(rest)
ms = list(MEAS)
for i, ph in enumerate(EMAIL):
    for j, (a, y) in enumerate(rest[i * 2 : i * 2 + 2]):
        g, m = BY_AY[(a, y)], ms[(i + j) % len(ms)]
        exp, cells = value(g, m)
        add("email", ph.format(a=a, y=y, m=MEAS[m][1], d=y + 1), "value", exp, cells)

# ---------------------------------------------------------------- correction: the message corrects itself
others = sorted(AGENCIES)
CORR = [  # (phrasing, corrects: body | year, measure); A = the wrong body, y0 = the wrong year
    ("帮我查下{A}{y}年{m}多少件，哦搞错了，是{B}", "body", "new"),
    ("{A}，不对不对，是{B}，{y}年{m}几件", "body", "r1"),
    ("{B}{y0}年的{m}几件？说错了，是{y}年", "year", "rv"),
    ("查{A}……写错了应该是{B}，{y}年的{m}", "body", "r2"),
    ("{B}{y0}年的{m}，抱歉口误，是{y}年的", "year", "r7"),
    ("{A}{y}年{m}多少件？不好意思名字打错了，是{B}", "body", "r1"),
    ("我要{A}的数据，啊不是，是{B}的，{y}年{m}多少件", "body", "new"),
    ("{B}{y0}年，sorry写错，{y}年的{m}几件？", "year", "r2"),
    ("更正一下：不是{A}，是{B}。{y}年{m}多少件", "body", "rv"),
]
rest2 = rest[len(EMAIL) * 2 :]
for i, (ph, _what, m) in enumerate(CORR):
    for j, (b, y) in enumerate(rest2[i * 2 : i * 2 + 2]):
        g = BY_AY[(b, y)]
        a = rng.choice([x for x in others if x != b and b not in x and x not in b])
        y0 = y - 1 if (b, y - 1) in BY_AY or j else y + 1
        exp, cells = value(g, m)
        add("correction", ph.format(A=a, B=b, y=y, y0=y0, m=MEAS[m][1]), "value", exp, cells)


# ---------------------------------------------------------------- sets: a province × year listed, summed without one
# member; a body by its old name (or 局 for 委)
def province(g: dict) -> str | None:
    r = g.get("region") or ""
    for end in ("省", "自治区"):
        if end in r:
            return r[: r.index(end) + len(end)]
    return None


PY: dict[tuple[str, int], list[dict]] = defaultdict(list)
for g in GOLDS:
    if (p := province(g)) and g["year"]:
        PY[(p, g["year"])].append(g)
# every stored report of the province × year readable, 3–8 of them, no body twice
SETS_OK = sorted(
    k
    for k, gs in PY.items()
    if 3 <= len(gs) <= 8 and all(clean(g) for g in gs) and len({g["agency"] for g in gs}) == len(gs)
)
rng.shuffle(SETS_OK)
LIST = [
    ("{p}{y}年各单位的{m}分别是多少？", "new"),
    ("列一下{p}{y}年每家单位{m}的件数", "new"),
    ("{p}{y}年库里各家单位的{m}各几件", "rv"),
    ("{p}各单位{y}年{m}分别多少件", "r1"),
    ("{y}年{p}的各个单位，{m}各有多少", "new"),
    ("{p}{y}年度所有单位{m}分别是多少", "r7"),
    ("帮我把{p}{y}年各单位{m}的数列出来", "r2"),
    ("{p}{y}年的年报，每个单位{m}各多少件？", "new"),
]
for i, (ph, m) in enumerate(LIST):
    p, y = SETS_OK[i % len(SETS_OK)]
    key = MEAS[m][0]
    gs = PY[(p, y)]
    add(
        "sets",
        ph.format(p=p, y=y, m=MEAS[m][1]),
        "list",
        {"values": {g["id"]: cell(g, key) for g in gs}, "unit": "件"},
        [f"{g['id']}:{key}" for g in gs],
    )
EXCL = [
    ("{p}{y}年的年报，除了{a}以外，其余单位{m}合计多少件？", "new"),
    ("{p}{y}年各单位（不算{a}）{m}加起来几件", "r1"),
    ("{p}{y}年库里的报告去掉{a}，剩下几家的{m}一共多少件", "rv"),
    ("除{a}外，{p}{y}年其他单位{m}加总是多少", "r7"),
    ("{p}{y}年所有单位扣除{a}之后，{m}总数多少", "new"),
    ("{p}{y}年，{a}之外的其他单位{m}一共几件", "r2"),
    ("把{a}排除在外，{p}{y}年的单位{m}加起来多少", "new"),
    ("{p}{y}年除了{a}，别的单位{m}总共有几件？", "r1"),
]
for i, (ph, m) in enumerate(EXCL):
    p, y = SETS_OK[(i + 3) % len(SETS_OK)]
    key = MEAS[m][0]
    gs = PY[(p, y)]
    out = rng.choice(gs)
    rest_ = [g for g in gs if g is not out]
    add(
        "sets",
        ph.format(p=p, y=y, a=out["agency"], m=MEAS[m][1]),
        "sum",
        {"value": sum(cell(g, key) for g in rest_), "unit": "件"},
        [f"{g['id']}:{key}" for g in rest_],
        calc="+".join(f"{{{g['id']}:{key}}}" for g in rest_),
    )
# old names: (new body suffix, the name users still say, measure)
OLD = [
    ("市场监督管理局", "工商行政管理局", "{o}{y}年本年新收的申请多少件", "new"),
    ("市场监督管理局", "工商局", "{o}{y}年予以公开几件", "r1"),
    ("生态环境局", "环境保护局", "{o}{y}年行政复议几件", "rv"),
    ("生态环境局", "环保局", "{y}年{o}办理结果总计多少", "r7"),
    ("自然资源局", "国土资源局", "{o}{y}年部分公开多少件", "r2"),
    ("自然资源局", "国土局", "问下{o}{y}年新收多少", "new"),
    ("卫生健康委员会", "卫生和计划生育委员会", "{o}{y}年新收申请多少件", "new"),
    ("卫生健康委员会", "卫计委", "{o}{y}年予以公开的申请几件", "r1"),
    ("卫生健康局", "卫生健康委员会", "{o}{y}年行政复议有几件", "rv"),
    ("发展和改革局", "发展和改革委员会", "{o}{y}年本年新收多少件", "new"),
]
for new_, old_, ph, m in OLD:
    cands = []
    for a, y in sorted(BY_AY):
        if not a.endswith(new_):
            continue
        place = a[: -len(new_)]
        said = place + old_
        # the old name is no stored body and in none; the place holds one body of that line
        line = [b for b in AGENCIES if b.startswith(place) and b[len(place) :] in (new_, old_)]
        if said in AGENCIES or any(said in b for b in AGENCIES) or len(line) != 1 or len(place) < 3:
            continue
        cands.append((a, y, said))
    for a, y, said in rng.sample(cands, min(2, len(cands))):
        exp, cells = value(BY_AY[(a, y)], m)
        add("sets", ph.format(o=said, y=y), "value", exp, cells)


# ---------------------------------------------------------------- relayed: someone else's question passed on; a pronoun
RELAYED = [
    ("有位市民打电话问，{a}{y}年{m}有几件", "new"),
    ("网友留言问{a}{y}年{m}多少件，帮忙查一下", "r1"),
    ("嗯，记者来电咨询：{a}{y}年{m}是多少", "rv"),
    ("领导问{a}{y}年{m}几件 麻烦看下", "r7"),
    ("有企业来电询问{a}{y}年{m}有多少件呢", "r2"),
    ("同事想知道{a}{y}年的{m}多少件", "new"),
    ("那个，群众来信反映想了解{a}{y}年{m}几件", "r1"),
    ("居民问：{a}{y}年{m}有几件？", "rv"),
]
PRONOUN = [
    ("我手上是{a}{y}年的年报，他们{m}有几件？", "new"),
    ("{a}{y}年的报告，它们的{m}多少件", "r1"),
    ("先说{a}，{y}年他家{m}几件", "rv"),
    ("{a}是我们的兄弟单位，{y}年人家{m}多少件？", "r7"),
    ("{a}{y}年的年报里，她们{m}是多少", "r2"),
    ("关于{a}：{y}年它们{m}多少件", "new"),
    ("{a}{y}年那份，他们的{m}几件", "r1"),
    ("看到{a}的年报了，{y}年他家的{m}有几件？", "new"),
]
rest3 = rest2[len(CORR) * 2 :]
for fam, phs in (("relayed", RELAYED), ("pronoun", PRONOUN)):
    for i, (ph, m) in enumerate(phs):
        a, y = rest3[i]
        exp, cells = value(BY_AY[(a, y)], m)
        add(fam, ph.format(a=a, y=y, m=MEAS[m][1]), "value", exp, cells)
    rest3 = rest3[len(phs) :]


def check() -> None:
    """Every expected value re-derived from the gold before writing."""
    by_id = {g["id"]: g for g in GOLDS}
    for it in items:
        if it["intent"] == "value":
            rid, _, key = it["cells"][0].rpartition(":")
            assert cell(by_id[rid], key) == it["expect"]["value"], it["id"]
        if it["intent"] == "sum":
            got = sum(cell(by_id[c.rpartition(":")[0]], c.rpartition(":")[2]) for c in it["cells"])
            assert got == it["expect"]["value"], it["id"]
        if it["intent"] == "list":
            for c in it["cells"]:
                rid, _, key = c.rpartition(":")
                assert cell(by_id[rid], key) == it["expect"]["values"][rid], it["id"]


check()
(HERE / "blindra.jsonl").write_text(
    "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8"
)
print(len(items), Counter(it["family"] for it in items))
