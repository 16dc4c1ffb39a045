"""Write tafixa.jsonl: a development bank for the shares, ratios and per-month figures of two figures one report
states that blindta's first sight missed (branch `tafixa`, issue 13).

    PYTHONPATH=. .venv/bin/python eval/questions/tafixa/make_tafixa.py   # writes tafixa.jsonl next to this file

Phrasings are mine, not blindta's (its bank was read for the families, not copied for the words): the whole before
the part (「主动公开的信息当中，政策解读所占的比重」), 「相当于…的几倍」, 「每一件…平均有多少篇」, 「…之比」 in the other
order, a share whose whole is not said (「当面申请所占比例」: the total the part is listed under), per month as
「月均」「摊到每个月」「每月平均」, follow-ups 「那平均一个月呢多少条」-shaped, and refusals: a per-working-day figure
(no report states the working days) and a share of a figure the report does not state.
Figures come from the report's text read with plain tools (blindta's textof.py) by fixed phrases occurring exactly
once, table figures from the gold cells. Deterministic: sorted inputs, one seeded Random."""

from __future__ import annotations

import glob
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "blindta"))
from textof import EVAL, norm, raw  # noqa: E402  # pyright: ignore[reportMissingImports]

SETS = ["wild", *(f"wild{i}" for i in range(2, 21))]
R = random.Random(20261213)

GOLD: dict[str, dict] = {}
SET: dict[str, str] = {}
TEXT: dict[str, str] = {}
for s in SETS:
    for g in sorted(glob.glob(str(EVAL / s / "gold" / "*.json"))):
        d = json.loads(Path(g).read_text(encoding="utf-8"))
        GOLD[d["id"]] = d
        SET[d["id"]] = s
        try:
            t = raw(EVAL / s / d["file"])
        except Exception:  # noqa: BLE001 - unreadable with plain tools: not used
            t = None
        if t:
            TEXT[d["id"]] = norm(t)
AY = Counter((d["agency"], d["year"]) for d in GOLD.values())

MEAS = {
    "info": r"主动公开(?:各类)?政府信息(\d+)条",
    "doc": r"其中政策文件(\d+)(?:条|件)",
    "jd": r"政策解读(\d+)篇",
    "site": r"通过政府(?:门户)?网站公开(\d+)条",
    "oth": r"通过政府公报、报刊等其他渠道公开(\d+)条",
    "recv": r"共(?:受理|收到)政府信息公开申请(\d+)件",
    "dm": r"当面申请(\d+)件",
    "xh": r"信函申请(\d+)件",
}
FACT: dict[str, dict[str, tuple[int, str]]] = {}
for rid in sorted(TEXT):
    d = GOLD[rid]
    if AY[(d["agency"], d["year"])] != 1 or "kangxi" in rid:
        continue
    if any(g["agency"] != d["agency"] and g["agency"].startswith(d["agency"]) for g in GOLD.values()):
        continue
    f = {}
    for m, pat in MEAS.items():
        hits = list(re.finditer(pat, TEXT[rid]))
        if len(hits) == 1:
            f[m] = (int(hits[0].group(1)), hits[0].group(0))
    if f:
        FACT[rid] = f

ITEMS: list[dict] = []


def ny(rid: str) -> str:
    return f"{GOLD[rid]['agency']}{GOLD[rid]['year']}年"


def add(rid: str, q: str, intent: str, expect: dict, family: str, calc: str, quotes: list[str], **kw) -> None:
    for x in quotes:
        assert norm(x) in TEXT[rid], (q, x)
    it = {"id": "", "q": q, "scope": {}, "intent": intent, "style": "colloquial", "expect": expect, "cells": []}
    it.update(kw)
    it["calc"], it["source_quote"], it["family"] = calc, {rid: quotes[0]}, family
    if len(quotes) > 1:
        it["note"] = "quotes: " + "；".join(f"「{x}」" for x in quotes)
    it["sets"] = [SET[rid]]
    ITEMS.append(it)


def pick(need: tuple[str, ...], n: int, used: set[str], ok=lambda r: True) -> list[str]:
    pool = sorted(r for r in FACT if all(k in FACT[r] for k in need) and r not in used and ok(r))
    R.shuffle(pool)
    out = pool[:n]
    used.update(out)
    return out


def pct(a: int, b: int) -> dict:
    return {"value": round(100 * a / b, 2), "unit": "%", "tol": 0.05}


USED: set[str] = set()
# share: 政策解读 of 主动公开, the whole written first or the part before 占
SHARE_WORDS = [
    "主动公开的信息当中，政策解读所占的比重是多少",
    "政策解读篇数在主动公开总量中占几成",
    "解读占了全年公开信息的多大份额",
]
for i, rid in enumerate(pick(("info", "jd"), 6, USED, lambda r: FACT[r]["info"][0] > FACT[r]["jd"][0] > 0)):
    (vi, qi), (vj, qj) = FACT[rid]["info"], FACT[rid]["jd"]
    add(rid, ny(rid) + SHARE_WORDS[i % 3], "share", pct(vj, vi), "share", f"100*{vj}/{vi}", [qi, qj])
# share with no whole said: the total the part is listed under
for i, rid in enumerate(
    pick(("recv", "dm"), 4, USED, lambda r: FACT[r]["recv"][0] >= FACT[r]["dm"][0] and FACT[r]["recv"][0] > 0)
):
    (vr, qr), (vd, qd) = FACT[rid]["recv"], FACT[rid]["dm"]
    q = ny(rid) + ["当面申请所占比例是多少", "当面来申请的占比有多大"][i % 2]
    add(rid, q, "share", pct(vd, vr), "share_listed", f"100*{vd}/{vr}", [qr, qd])
# 信函 / 当面 over what was received, the whole said loosely
for i, rid in enumerate(pick(("recv", "xh"), 4, USED, lambda r: FACT[r]["recv"][0] > 0)):
    (vr, qr), (vx, qx) = FACT[rid]["recv"], FACT[rid]["xh"]
    q = ny(rid) + ["信函申请在收到的申请里占多少比例", "写信申请的占受理总数的百分比"][i % 2]
    add(rid, q, "share", pct(vx, vr), "channel", f"100*{vx}/{vr}", [qr, qx])
# other channels over the 主动公开 total
for rid in pick(("info", "oth"), 3, USED, lambda r: FACT[r]["info"][0] > 0):
    (vi, qi), (vo, qo) = FACT[rid]["info"], FACT[rid]["oth"]
    add(
        rid,
        ny(rid) + "其他渠道公开的条数占主动公开总量的百分之几",
        "share",
        pct(vo, vi),
        "site",
        f"100*{vo}/{vi}",
        [qi, qo],
    )
# 解读 vs 文件, in words and orders blindta did not use
for i, rid in enumerate(pick(("doc", "jd"), 6, USED, lambda r: FACT[r]["doc"][0] > 0 and FACT[r]["jd"][0] > 0)):
    (vd, qd), (vj, qj) = FACT[rid]["doc"], FACT[rid]["jd"]
    if i % 3 == 0:
        add(
            rid,
            ny(rid) + "政策文件和政策解读之比是多少",
            "ratio",
            {"value": round(vd / vj, 2), "unit": None, "tol": 0.05},
            "doc_jd",
            f"{vd}/{vj}",
            [qd, qj],
        )
    elif i % 3 == 1:
        add(
            rid,
            ny(rid) + "每一件政策文件平均有多少篇解读",
            "ratio",
            {"value": round(vj / vd, 2), "unit": None, "tol": 0.05},
            "doc_jd",
            f"{vj}/{vd}",
            [qd, qj],
        )
    else:
        add(
            rid,
            ny(rid) + "政策文件的数量是政策解读的几倍",
            "ratio",
            {"value": round(vd / vj, 2), "unit": "倍", "tol": 0.05},
            "doc_jd",
            f"{vd}/{vj}",
            [qd, qj],
        )
# a text figure over a table cell
TBL = [r for r in FACT if GOLD[r]["template"] in ("GF2021", "GF2019") and GOLD[r].get("tables_recoverable")]
for i, rid in enumerate(
    pick(("info",), 4, USED, lambda r: r in TBL and (GOLD[r].get("t3", {}).get("new.tot") or 0) > 0)
):
    vi, qi = FACT[rid]["info"]
    nt = GOLD[rid]["t3"]["new.tot"]
    q = ny(rid) + ["主动公开信息数相当于本年新收申请的几倍", "主动公开条数大约是新收政府信息公开申请数的多少倍"][i % 2]
    add(
        rid,
        q,
        "ratio",
        {"value": round(vi / nt, 2), "unit": "倍", "tol": 0.05},
        "text_table",
        f"{vi}/{{{rid}:t3.new.tot}}",
        [qi],
    )
    ITEMS[-1]["cells"] = [f"{rid}:t3.new.tot"]
# per month
PER_WORDS = [
    "每月平均公开多少条信息",
    "主动公开信息摊到每个月是多少条",
    "月均主动公开多少条",
    "主动公开政府信息平均下来一个月几条",
]
for i, rid in enumerate(pick(("info",), 8, USED, lambda r: FACT[r]["info"][0] > 0)):
    vi, qi = FACT[rid]["info"]
    add(
        rid,
        ny(rid) + PER_WORDS[i % 4],
        "ratio",
        {"value": round(vi / 12, 2), "unit": "条", "tol": 0.05},
        "per_month",
        f"{vi}/12",
        [qi],
    )
# follow-ups: a per-month or a share asked of the previous question's figure
for i, rid in enumerate(pick(("info", "jd"), 4, USED, lambda r: FACT[r]["info"][0] > FACT[r]["jd"][0] > 0)):
    (vi, qi), (vj, qj) = FACT[rid]["info"], FACT[rid]["jd"]
    prev = ny(rid) + "全年主动公开政府信息是多少条？"
    if i % 2 == 0:
        add(
            rid,
            ["月均多少条", "那折算到一个月是多少条"][i // 2 % 2],
            "ratio",
            {"value": round(vi / 12, 2), "unit": "条", "tol": 0.05},
            "followup",
            f"{vi}/12",
            [qi],
            previous=prev,
        )
    else:
        add(rid, "其中解读所占比例是多少", "share", pct(vj, vi), "followup", f"100*{vj}/{vi}", [qi, qj], previous=prev)
# refusals: no report states its working days; a whole no report of these states
for rid in pick(("info",), 3, USED, lambda r: FACT[r]["info"][0] > 0):
    vi, qi = FACT[rid]["info"]
    add(
        rid,
        ny(rid) + "主动公开信息平均每个工作日多少条",
        "unanswerable",
        {"refuse": True},
        "refuse",
        "working days unstated",
        [qi],
        note="asked as ratio: the report states no count of working days",
    )

ITEMS.sort(key=lambda it: (it["family"], it["q"]))
for i, it in enumerate(ITEMS, 1):
    it["id"] = f"tx{i:04d}"
(HERE / "tafixa.jsonl").write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8")
print(len(ITEMS), dict(Counter(it["family"] for it in ITEMS)))
