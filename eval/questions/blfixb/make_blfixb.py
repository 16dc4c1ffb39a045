"""Write blfixb.jsonl: a development bank for the one-report narrative families blindl missed that branch `blfixb`
fixes (issue 13).

    PYTHONPATH=. .venv/bin/python eval/questions/blfixb/make_blfixb.py   # writes blfixb.jsonl next to this file

Phrasings are mine, not blindl's (written before the fixes were run on them; blindl's words are avoided):
- **fee**: 表二's 行政事业性收费 amount asked in 万元 with a generic charge word (收费金额 / 收取的费用 / 收了几万块的费),
  of a report whose text says no 信息处理费 was charged: the table's amount, not the text's 0 元 (silently wrong before).
- **channel**: the text's count of applications by channel asked with an English word (internet / email / Online)
  — the channel's figure, never the applications' total; and an English qualifier no reader knows (mobile / APP端
  written in Latin) glued before 申请 — refused, never the total (silently wrong before).
- **countask**: a count asked by a request after its count noun (「…篇数帮我数一下」「…条数报一下吧」「…数量统计下」).
- **topic**: what was done about a topic section 五 never mentions (「关于政务新媒体有什么措施」) — the report's own
  sentence on it, not section 五's generic plans (silently wrong before).
- **charge**: who has the disclosure work in charge (「是谁在抓」「由哪个部门牵头」「归谁管」) — the sentence of its charge;
  谁分管 / 谁主管 ask a leader (a person), not a charge.
- **leadin**: a lead-in with 第 and a numeral that names no part (「第二轮核查，」「第三方机构来问，」) before a full question.
- **typo**: section 五 asked with its words misheard (问体, 错施).
Expectations come from the gold JSON and the report's own text (blindl's textof.py: plain tools, not the project's
loader). Deterministic: one seeded Random, sorted inputs."""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE.parent / "blindl"))
from textof import flat, raw_text  # noqa: E402  # pyright: ignore[reportMissingImports]

SETS = ["wild", *(f"wild{i}" for i in range(2, 20))]
RNG = random.Random(20261207)

GOLD: dict[str, dict] = {}
TEXT: dict[str, str] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for p in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(p.read_text("utf-8"))
        GOLD[g["id"]] = g
        SET_OF[g["id"]] = s
        try:
            t = raw_text(ROOT / "eval" / s / g["file"])
        except Exception:  # noqa: BLE001 - unreadable with plain tools: not used
            t = None
        if t:
            TEXT[g["id"]] = flat(t)
AY = Counter((g["agency"], g["year"]) for g in GOLD.values())
# one report a body and year, and no other body whose name is this one's with more after it (its office)
USABLE = sorted(
    r
    for r in TEXT
    if AY[(GOLD[r]["agency"], GOLD[r]["year"])] == 1
    and not any(g["agency"] != GOLD[r]["agency"] and g["agency"].startswith(GOLD[r]["agency"]) for g in GOLD.values())
)
ITEMS: list[dict] = []


def ny(rid: str) -> str:
    return f"{GOLD[rid]['agency']}{GOLD[rid]['year']}年"


def add(rid: str, q: str, intent: str, expect: dict, family: str, **kw) -> None:
    it = {"q": q, "scope": {}, "intent": intent, "style": "colloquial", "expect": expect, "family": family}
    it.update(kw)
    it["sets"] = [SET_OF[rid]]
    ITEMS.append(it)


def found(rx: str, t: str) -> str:
    m = re.search(rx, t)
    assert m is not None, rx
    return m.group(1)


def section_five(t: str) -> str:
    m = re.search(r"五[、.．]?(?:存在的?主要问题|存在的问题|主要问题)", t)
    return t[m.start() :] if m else ""


def pick(pool: list[str], n: int) -> list[str]:
    pool = sorted(pool)
    RNG.shuffle(pool)
    return sorted(pool[:n])


# ---- fee: 表二's amount asked in 万元 with a generic charge word; the text says no 信息处理费
FEE_ASKS = ["{x}收费金额是多少万元", "{x}收取的费用一共几万元", "{x}收了多少万元的费用", "{x}的收费合计多少万元"]
fee_pool = [
    r
    for r in USABLE
    if isinstance((GOLD[r].get("t2") or {}).get("fee.amount_wan"), (int, float))
    and (GOLD[r]["t2"]["fee.amount_wan"] or 0) > 0
    and re.search(r"未收取[^。]{0,12}信息处理费", TEXT[r])
]
for i, r in enumerate(pick(fee_pool, 8)):
    v = GOLD[r]["t2"]["fee.amount_wan"]
    add(
        r,
        FEE_ASKS[i % len(FEE_ASKS)].format(x=ny(r)) + "？",
        "value",
        {"value": v, "unit": "万元"},
        "fee",
        cells=[f"{r}:t2.fee.amount_wan"],
    )

# ---- channel: 网上申请N件 asked in English; an unknown English qualifier refused
CH_ASKS = ["{x}通过internet提交的申请有几件", "{x}Online递交的公开申请多少件", "{x}internet申请是多少件"]
ch_pool = [r for r in USABLE if re.search(r"其中网上申请(\d+)件", TEXT[r])]
for i, r in enumerate(pick(ch_pool, 6)):
    n = found(r"其中网上申请(\d+)件", TEXT[r])
    add(r, CH_ASKS[i % len(CH_ASKS)].format(x=ny(r)) + "？", "narrative", {"contains": [f"{n}件"]}, "channel")
UNKNOWN = ["{x}mobile申请有多少件", "{x}wechat端申请几件", "{x}offline申请的有多少"]
for i, r in enumerate(pick(ch_pool, 9)[6:]):
    add(
        r,
        UNKNOWN[i % len(UNKNOWN)].format(x=ny(r)) + "？",
        "unanswerable",
        {"refuse": True},
        "channel",
        note="an English qualifier no reader knows: never the applications' total",
    )

# ---- countask: a request after the count noun
CNT = [("政策解读", r"政策解读(\d+)篇", "篇"), ("政策文件", r"其中政策文件(\d+)条", "条")]
REQ = ["{x}{m}的篇数帮我数一下", "{x}{m}的数量报一下吧", "{x}{m}数量统计下", "{x}{m}的数目给我查一下"]
for k, (m, rx, unit) in enumerate(CNT):
    pool = [r for r in USABLE if len(re.findall(rx, TEXT[r])) == 1]
    for i, r in enumerate(pick(pool, 4)):
        n = found(rx, TEXT[r])
        req = REQ[(i + k) % len(REQ)].replace("篇数", "条数" if unit == "条" else "篇数")
        add(r, req.format(x=ny(r), m=m), "narrative", {"contains": [f"{m}{n}{unit}"]}, "countask")

# ---- topic: 政务新媒体 said outside section 五, section 五 silent on 媒体
TOPIC = ["{x}关于政务新媒体有什么措施", "{x}政务新媒体方面采取了哪些举措", "{x}在新媒体上有哪些举措"]
tp_pool = [
    r for r in USABLE if "政务新媒体" in TEXT[r] and section_five(TEXT[r]) and "媒体" not in section_five(TEXT[r])
]
for i, r in enumerate(pick(tp_pool, 6)):
    add(r, TOPIC[i % len(TOPIC)].format(x=ny(r)) + "？", "narrative", {"contains": ["政务新媒体"]}, "topic")

# ---- charge: who has the work in charge
CHG = [
    "{x}政务公开工作是谁在抓",
    "{x}信息公开由哪个部门牵头",
    "{x}政府信息公开工作归谁管",
    "{x}信息公开这项工作由谁统筹",
]
cg_pool = [r for r in USABLE if "分管领导和专人负责" in TEXT[r]]
for i, r in enumerate(pick(cg_pool, 8)):
    add(r, CHG[i % len(CHG)].format(x=ny(r)) + "？", "narrative", {"contains": ["分管领导和专人负责"]}, "charge")

# ---- leadin: 第 + numeral naming no part, before a full question (a figure of the text)
LEAD = ["第二轮核查，", "第三方机构来问，", "第一次用这个系统，"]
ld_pool = [r for r in USABLE if len(re.findall(r"政策解读(\d+)篇", TEXT[r])) == 1]
for i, r in enumerate(pick(ld_pool, 6)[-3:]):
    n = found(r"政策解读(\d+)篇", TEXT[r])
    add(r, LEAD[i] + ny(r) + "政策解读发布了多少篇？", "narrative", {"contains": [f"{n}篇"]}, "leadin")

# ---- typo: section 五's problems asked with 问题 misheard (问体, 闻题)
TY = ["{x}存在的问体有哪些", "{x}工作中有什么问体", "{x}存在哪些闻题"]
ty_pool = []
for r in USABLE:
    five = section_five(TEXT[r])
    cut = re.search(r"改进(?:措施|情况)|下一步", five[20:])  # (not the heading's own 「及改进情况」)
    m = re.search(r"一是([^，。；]{6,30})", five[: 20 + cut.start()] if cut else "")
    if m:
        ty_pool.append((r, m.group(1)))
for i, (r, first) in enumerate(sorted(ty_pool)[:: max(1, len(ty_pool) // 6)][:6]):
    add(r, TY[i % len(TY)].format(x=ny(r)) + "？", "problems", {"contains": [first]}, "typo")

for it in ITEMS:  # every contains string is in its report's text
    rid = next(r for r in GOLD if it["q"].find(GOLD[r]["agency"]) >= 0 and f"{GOLD[r]['year']}年" in it["q"])
    for c in it["expect"].get("contains", []):
        assert c in TEXT[rid], (it["q"], c)

for i, it in enumerate(ITEMS, 1):
    it["id"] = f"x{i:04d}"
keys = ["id", "q", "scope", "intent", "style", "expect", "cells", "note", "family", "sets"]
with (HERE / "blfixb.jsonl").open("w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps({k: it[k] for k in keys if k in it}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    print(len(ITEMS), dict(sorted(Counter(it["family"] for it in ITEMS).items())))
