"""Dev bank `blfixa` (issue 13): a narrative figure across the reports a question names — rank, sum, compare,
change over years — in words of my own (none of blindl's). Writes blfixa.jsonl, identical bytes on every run.

    PYTHONPATH=. .venv/bin/python eval/questions/blfixa/make_blfixa.py

Figures are read from the report's own text with plain tools (eval/questions/blindl/textof.py) by a pattern that
must match exactly once in the report; the quote of each figure is kept and checked."""

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
from textof import flat, raw_text  # noqa: E402

SETS = ["wild", *(f"wild{i}" for i in range(2, 20))]
RNG = random.Random(20261207)
GOLD: dict[str, dict] = {}
TEXT: dict[str, str] = {}
ALL: list[dict] = []
for s in SETS:
    for p in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(p.read_text("utf-8"))
        ALL.append(g)
        try:
            t = raw_text(ROOT / "eval" / s / g["file"])
        except Exception:  # noqa: BLE001 - unreadable with plain tools: not used
            t = None
        if t:
            GOLD[g["id"]] = g
            TEXT[g["id"]] = flat(t)
AY = Counter((g["agency"], g["year"]) for g in ALL)
USABLE = sorted(r for r in TEXT if AY[(GOLD[r]["agency"], GOLD[r]["year"])] == 1)

N = r"(\d+)"
MEASURES = {  # key: (pattern: number, unit; how I name the measure in a question)
    "zhudong": (r"主动公开(?:各类)?政府信息" + N + "(条)", ["主动公开的政府信息条数", "主动公开政府信息"]),
    "jiedu": (r"政策解读" + N + "(篇)", ["解读类稿件", "政策解读篇数", "政策解读材料"]),
    "wenjian": (r"其中政策文件" + N + "(条|件)", ["公开的政策文件", "政策类文件"]),
    "peixun": (r"业务培训" + N + "(次|场)", ["业务培训的次数", "业务培训"]),
}
RX = {k: re.compile(v[0]) for k, v in MEASURES.items()}


def figures(rid: str) -> dict[str, tuple[int, str, str]]:
    out = {}
    for k, rx in RX.items():
        ms = list(rx.finditer(TEXT[rid]))
        if len(ms) == 1:
            m = ms[0]
            out[k] = (int(m.group(1)), m.group(2), TEXT[rid][max(0, m.start() - 8) : m.end()])
    return out


FIG = {r: figures(r) for r in USABLE}
ITEMS: list[dict] = []
LEADS = ["汇报材料里要写，", "给领导准备数据：", "顺便问一句，", "做个横向对照——", "", "", "打听一下，", "出简报用，"]


def name(rid: str) -> str:
    return GOLD[rid]["agency"]


def yr(rid: str) -> str:
    y = int(GOLD[rid]["year"])
    return RNG.choice([f"{y}年", f"{y % 100}年", f"{y}年度"])


def add(q: str, intent: str, expect: dict, quote: dict, kind: str) -> None:
    for rid, s in quote.items():
        assert flat(s) in TEXT[rid], (q, rid)
    ITEMS.append(
        {
            "q": q,
            "scope": {},
            "intent": intent,
            "style": "colloquial",
            "expect": expect,
            "source_quote": quote,
            "note": kind,
        }
    )


def groups(k: str, size: int, n: int) -> list[list[str]]:
    """n groups of `size` reports of one year, distinct bodies, one unit, distinct values."""
    by_year: dict[str, list[str]] = {}
    for r in USABLE:
        if k in FIG[r]:
            by_year.setdefault(GOLD[r]["year"], []).append(r)
    out, used = [], set()
    years = sorted(by_year)
    RNG.shuffle(years)
    for y in years:
        pool = [r for r in by_year[y] if r not in used]
        RNG.shuffle(pool)
        grp: list[str] = []
        for r in pool:
            if all(
                GOLD[r]["agency"] != GOLD[x]["agency"] and FIG[r][k][0] != FIG[x][k][0] and FIG[r][k][1] == FIG[x][k][1]
                for x in grp
            ):
                grp.append(r)
            if len(grp) == size:
                break
        if len(grp) == size:
            out.append(grp)
            used |= set(grp)
        if len(out) == n:
            break
    return out


# R: rank among 3 named bodies
for i, k in enumerate(["jiedu", "zhudong", "wenjian", "peixun", "jiedu", "zhudong"]):
    for grp in groups(k, 3, 1 + i // 4):
        m = RNG.choice(MEASURES[k][1])
        low = i % 3 == 2
        listed = "，".join(f"{name(r)}{yr(r)}" for r in grp)
        q = RNG.choice(
            [
                f"{listed}三家里，{m}{'最少' if low else '最多'}的是哪家？",
                f"{m}{'垫底' if low else '排第一'}的是哪个：{listed}",
                f"{RNG.choice(LEADS)}{listed}这三家的{m}，{'谁最少' if low else '哪家最多'}？",
            ]
        )
        if "垫底" in q or "排第一" in q:
            q = f"{listed}这三家的{m}，{'哪家最少' if low else '哪家最多'}？"
        vals = {r: FIG[r][k][0] for r in grp}
        order = sorted(grp, key=lambda r: vals[r], reverse=not low)
        add(
            q,
            "rank",
            {"values": vals, "unit": FIG[grp[0]][k][1], "order": order[:1]},
            {r: FIG[r][k][2] for r in grp},
            "rank",
        )
# S: sum of two or three named bodies
for i, k in enumerate(["jiedu", "zhudong", "wenjian", "peixun", "jiedu", "wenjian"]):
    for grp in groups(k, 2 + i % 2, 1):
        m = RNG.choice(MEASURES[k][1])
        listed = (
            "和".join(f"{name(r)}{yr(r)}" for r in grp)
            if len(grp) == 2
            else "、".join(f"{name(r)}{yr(r)}" for r in grp)
        )
        q = RNG.choice(
            [
                f"{RNG.choice(LEADS)}{listed}的{m}合计是多少？",
                f"把{listed}的{m}相加，总数多少",
                f"{listed}，{m}总共有多少？",
            ]
        )
        vals = [FIG[r][k][0] for r in grp]
        add(q, "sum", {"value": sum(vals), "unit": FIG[grp[0]][k][1]}, {r: FIG[r][k][2] for r in grp}, "sum")
# C: compare two named bodies
for k in ["jiedu", "zhudong", "wenjian", "peixun", "zhudong", "jiedu"]:
    for grp in groups(k, 2, 1):
        a, b = grp
        m = RNG.choice(MEASURES[k][1])
        q = RNG.choice(
            [
                f"{RNG.choice(LEADS)}{name(a)}{yr(a)}的{m}跟{name(b)}{yr(b)}比，谁家多些？",
                f"{name(a)}{yr(a)}和{name(b)}{yr(b)}相比，{m}哪边多？",
                f"拿{name(a)}{yr(a)}对照{name(b)}{yr(b)}，{m}哪家更多",
            ]
        )
        vals = {a: FIG[a][k][0], b: FIG[b][k][0]}
        top = max(vals, key=lambda r: vals[r])
        add(
            q,
            "compare",
            {"values": vals, "unit": FIG[a][k][1], "order": [top]},
            {r: FIG[r][k][2] for r in grp},
            "compare",
        )
# G: change of one body between two of its years
pairs = []
by_agency: dict[str, list[str]] = {}
for r in USABLE:
    by_agency.setdefault(GOLD[r]["agency"], []).append(r)
for _ag, rs in sorted(by_agency.items()):
    rs = sorted(rs, key=lambda r: int(GOLD[r]["year"]))
    for k in MEASURES:
        have = [r for r in rs if k in FIG[r]]
        if len(have) >= 2 and FIG[have[0]][k][1] == FIG[have[-1]][k][1] and len(have) == len(rs):
            pairs.append((k, have[0], have[-1]))
RNG.shuffle(pairs)
for k, a, b in pairs[:8]:
    m = RNG.choice(MEASURES[k][1])
    ya, yb = int(GOLD[a]["year"]), int(GOLD[b]["year"])
    q = RNG.choice(
        [
            f"{name(a)}{m}，{ya}年到{yb}年增减了多少？",
            f"{RNG.choice(LEADS)}{name(a)}{yb}年的{m}比{ya}年多了还是少了，差几",
            f"{name(a)}的{m}{ya}年与{yb}年相差多少",
        ]
    )
    add(
        q,
        "change",
        {"value": FIG[b][k][0] - FIG[a][k][0], "unit": FIG[a][k][1]},
        {a: FIG[a][k][2], b: FIG[b][k][2]},
        "change",
    )

for i, it in enumerate(ITEMS, 1):
    it["id"] = f"bla{i:03d}"
keys = ["id", "q", "scope", "intent", "style", "expect", "source_quote", "note"]
with (HERE / "blfixa.jsonl").open("w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps({k: it[k] for k in keys}, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    print(len(ITEMS), dict(Counter(it["intent"] for it in ITEMS)))
