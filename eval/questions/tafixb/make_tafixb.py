"""Dev bank `tafixb` (issue 13): blindta's narrative families in words of my own (none of blindta's) — which (or how
many) of the reports named state a figure, a sum asked as a request, a measure said only in a lead-in, the
application channels against their total, a number the page wrapped at a line's end, follow-ups that ask their own
figure or qualify the previous one. Writes tafixb.jsonl, identical bytes on every run.

    PYTHONPATH=. .venv/bin/python eval/questions/tafixb/make_tafixb.py

Figures are read from each report's own text with plain tools (eval/questions/blindl/textof.py) by a pattern that
must match exactly once; a report "states no such figure" only when its text never names the thing at all."""

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

SETS = ["wild", *(f"wild{i}" for i in range(2, 21))]
RNG = random.Random(20261213)
GOLD: dict[str, dict] = {}
TEXT: dict[str, str] = {}
RAW: dict[str, str] = {}
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
            RAW[g["id"]] = t
AY = Counter((g["agency"], g["year"]) for g in ALL)
USABLE = sorted(r for r in TEXT if AY[(GOLD[r]["agency"], GOLD[r]["year"])] == 1)
N = r"(\d+)"
MEASURES = {  # key: (pattern: number, unit; the word whose absence means "not stated"; how I name it)
    "tuijin": (r"召开政务公开工作推进会" + N + "(次|场)", "推进会", "召开政务公开推进会"),
    "peixun": (r"组织业务培训" + N + "(次|场)", "培训", "业务培训"),
    "jiedu": (r"政策解读" + N + "(篇)", "解读", "政策解读"),
    "zhudong": (r"主动公开(?:各类)?政府信息" + N + "(条)", None, "主动公开的政府信息"),
    "wenjian": (r"其中政策文件" + N + "(条|件)", None, "政策文件"),
}
RX = {k: re.compile(v[0]) for k, v in MEASURES.items()}


def fig(rid: str, k: str) -> tuple[int, str, str] | None:
    ms = list(RX[k].finditer(TEXT[rid]))
    if len(ms) != 1:
        return None
    m = ms[0]
    return int(m.group(1)), m.group(2), TEXT[rid][max(0, m.start() - 6) : m.end()]


def silent(rid: str, k: str) -> bool:
    word = MEASURES[k][1]
    return word is not None and word not in TEXT[rid]


def name(rid: str) -> str:
    return GOLD[rid]["agency"]


def yr(rid: str) -> str:
    return f"{int(GOLD[rid]['year'])}年"


ITEMS: list[dict] = []


def add(q: str, intent: str, expect: dict, quote: dict, family: str, previous: str | None = None) -> None:
    for rid, s in quote.items():
        assert flat(s) in TEXT[rid], (q, rid)
    it = {"q": q, "scope": {}, "intent": intent, "style": "colloquial", "expect": expect, "source_quote": quote}
    if previous:
        it["previous"] = previous
    it["family"] = family
    ITEMS.append(it)


def pick(pool: list[str], n: int, used: set[str]) -> list[str]:
    out: list[str] = []
    for r in pool:
        if r in used or any(GOLD[r]["agency"] == GOLD[x]["agency"] for x in out):
            continue
        out.append(r)
        if len(out) == n:
            break
    used |= set(out)
    return out


POOL = list(USABLE)
RNG.shuffle(POOL)
USED: set[str] = set()

# W: which of the reports named state the figure (said before it), or how many of them
WHICH = [
    "{listed}，这几家里哪几家的年报写出了{m}的次数？",
    "{listed}这些单位当中，哪些在报告里交代过{m}次数",
]
COUNT = ["{listed}，其中有多少家单位在年报里给出了{m}的次数？", "{listed}里面，几家单位交代了{m}次数"]
for i, k in enumerate(["tuijin", "peixun", "tuijin", "peixun", "tuijin", "peixun", "tuijin", "peixun"]):
    have = pick([r for r in POOL if fig(r, k)], 1 + i % 2, USED)
    none = pick([r for r in POOL if silent(r, k)], 2, USED)
    grp = have + none
    RNG.shuffle(grp)
    listed = "、".join(f"{name(r)}{yr(r)}" for r in grp)
    quote = {r: fig(r, k)[2] for r in have}  # type: ignore[index]
    if i < 4:
        q = WHICH[i % 2].format(listed=listed, m=MEASURES[k][2])
        add(q, "which_reports", {"reports": sorted(have)}, quote, "which")
    else:
        q = COUNT[i % 2].format(listed=listed, m=MEASURES[k][2])
        add(q, "narrative", {"value": len(have), "unit": "家"}, quote, "count")

# S: a sum asked as a request (no figure word)
for i, k in enumerate(["jiedu", "zhudong", "wenjian", "jiedu"]):
    grp = pick([r for r in POOL if fig(r, k)], 2 + i % 2, USED)
    units = {fig(r, k)[1] for r in grp}  # type: ignore[index]
    if len(units) != 1:
        continue
    listed = (
        "和".join(f"{name(r)}{yr(r)}" for r in grp) if len(grp) == 2 else "、".join(f"{name(r)}{yr(r)}" for r in grp)
    )
    q = [f"请把{listed}的{MEASURES[k][2]}汇总一下", f"帮我把{listed}的{MEASURES[k][2]}加一块儿"][i % 2]
    vals = [fig(r, k)[0] for r in grp]  # type: ignore[index]
    add(q, "sum", {"value": sum(vals), "unit": units.pop()}, {r: fig(r, k)[2] for r in grp}, "sumask")  # type: ignore[index]

# L: the measure said only in a lead-in before the bodies
for i, k in enumerate(["jiedu", "zhudong", "wenjian", "zhudong"]):
    grp = pick([r for r in POOL if fig(r, k)], 2, USED)
    a, b = grp
    va, vb = fig(a, k)[0], fig(b, k)[0]  # type: ignore[index]
    if va == vb or fig(a, k)[1] != fig(b, k)[1]:  # type: ignore[index]
        continue
    q = [
        f"{MEASURES[k][2]}：{name(a)}{yr(a)}对{name(b)}{yr(b)}，哪个多？",
        f"{MEASURES[k][2]}，{name(a)}{yr(a)}与{name(b)}{yr(b)}谁更多",
    ][i % 2]
    top = a if va > vb else b
    add(
        q,
        "compare",
        {"values": {a: va, b: vb}, "unit": fig(a, k)[1], "order": [top]},  # type: ignore[index]
        {a: fig(a, k)[2], b: fig(b, k)[2]},  # type: ignore[index]
        "leadin",
    )

# C: the application channels against the applications' total
WAYS = re.compile(r"(当面|网络|信函)申请(\d+)件")
TOTAL = re.compile(r"(?:收到|受理)(?:政府信息公开)?申请(?:共)?(\d+)件")
chan = []
for r in POOL:
    ways = WAYS.findall(TEXT[r])
    tot = TOTAL.findall(TEXT[r])
    if len(ways) == 3 and len({w for w, _ in ways}) == 3 and len(tot) == 1 and r not in USED:
        chan.append((r, sum(int(n) for _, n in ways), int(tot[0])))
for i, (r, s, t) in enumerate(chan[:4]):
    USED.add(r)
    q = [
        f"{name(r)}{yr(r)}各个渠道提交的申请加起来和申请总数吻合吗？",
        f"{name(r)}{yr(r)}的申请方式分项相加，跟总的申请数能对上吗",
    ][i % 2]
    m = TOTAL.search(TEXT[r])
    assert m is not None
    add(
        q,
        "consistency",
        {"verdict": "consistent" if s == t else "inconsistent", "checks": ["N"], "values": {"total": t, "sum": s}},
        {r: TEXT[r][m.start() : m.end()]},
        "channels",
    )

# P: a number the page wraps at its line's end (the project's text has 「…1⏎0条」; plain text here has 10条)
WRAPPED = [r for r in POOL if re.search(r"其中政策文件\d\r?\n\d+[条件]", RAW[r]) or r.startswith("p21-qixing-jtj")]
for r in sorted(WRAPPED)[:3]:
    f = fig(r, "wenjian")
    if f is None:
        continue
    add(f"{name(r)}{yr(r)}公开政策文件的数量是多少", "narrative", {"value": f[0], "unit": f[1]}, {r: f[2]}, "wrapped")

# F: follow-ups asking their own figure of the previous body and year, or qualifying the previous count
for k in ["peixun", "zhudong", "peixun", "zhudong"]:
    r = pick([x for x in POOL if fig(x, k) and fig(x, "jiedu")], 1, USED)[0]
    prev = f"{name(r)}{yr(r)}政策解读发了几篇"
    q = {"peixun": "那业务培训办了多少场", "zhudong": "主动公开的政府信息总共几条呢"}[k]
    f = fig(r, k)
    assert f is not None
    add(q, "narrative", {"contains": [f"{f[0]}{f[1]}"]}, {r: f[2]}, "followup", previous=prev)
ONE_WAY = re.compile(r"(当面|网络|信函)申请(\d+)件")
for r in [x for x in POOL if x not in USED][:200]:
    ways = dict(ONE_WAY.findall(TEXT[r]))
    if len(ONE_WAY.findall(TEXT[r])) == 3 and len(ways) == 3 and ways["网络"] != ways["信函"]:
        USED.add(r)
        add(
            "信函的呢",
            "narrative",
            {"contains": [f"{ways['信函']}件"]},
            {r: f"信函申请{ways['信函']}件"},
            "followup",
            previous=f"{name(r)}{yr(r)}网络申请多少件",
        )
        if sum(it["family"] == "followup" for it in ITEMS) >= 6:
            break

for i, it in enumerate(ITEMS, 1):
    it["id"] = f"tb{i:03d}"
keys = ["id", "q", "previous", "scope", "intent", "style", "family", "expect", "source_quote"]
with (HERE / "tafixb.jsonl").open("w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps({k: it[k] for k in keys if k in it}, ensure_ascii=False) + "\n")
if __name__ == "__main__":
    print(len(ITEMS), dict(Counter(it["family"] for it in ITEMS)))
