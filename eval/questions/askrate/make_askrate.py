"""Write askrate.jsonl: a development bank of derived rates asked of many reports (issue 13, branch `askrate`).

    python3 eval/questions/askrate/make_askrate.py      # writes askrate.jsonl next to this file

Written from the users' side before reading the router: rank / top-N / lowest / threshold / average / not-computable
questions about a RATE the reports' tables define (复议纠错率, 诉讼败诉率, 公开率, 不予公开率, 自然人申请占比, 结转率, or a
formula the user writes), over a year, a province, a province × year or the whole store. Every expected value is
computed here from the wild sets' gold cells. Deterministic: one seeded Random, sorted iteration."""

from __future__ import annotations

import json
import random
import re
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", *(f"wild{i}" for i in range(2, 14)))
SEED = 20261205
TOL = 0.05
R3 = [f"t3.r3_{i}.tot" for i in range(1, 9)]
# name → (numerator cells, denominator cells, how users call it)
RATES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "review_fix": (["t4.rv.fix"], ["t4.rv.tot"], ["行政复议纠错率", "复议纠正率", "行政复议被纠错的比例"]),
    "lit_lose": (
        ["t4.ld.fix", "t4.lr.fix"],
        ["t4.ld.tot", "t4.lr.tot"],
        ["行政诉讼败诉率", "诉讼纠错率（直接起诉和复议后起诉合计）", "行政诉讼被纠错的比例"],
    ),
    "open": (
        ["t3.r1.tot", "t3.r2.tot"],
        ["t3.r7.tot"],
        ["公开率（予以公开加部分公开占办理总数）", "信息公开率", "依申请公开率"],
    ),
    "deny": (R3, ["t3.r7.tot"], ["不予公开率", "不予公开的占比", "不予公开件数占办结总数的比例"]),
    "np_share": (
        ["t3.new.np"],
        ["t3.new.tot"],
        ["自然人申请占比", "自然人申请所占比例", "自然人申请人占新收申请的比重"],
    ),
    "carry": (
        ["t3.carry_out.tot"],
        ["t3.new.tot", "t3.carry_in.tot"],
        ["结转率（结转下年度占新收加上年结转）", "申请结转下一年的比例（按结转下年度/(本年新收+上年结转)计算）"],
    ),
    "formula_r1_new": (["t3.r1.tot"], ["t3.new.tot"], ["按“予以公开数÷本年新收申请数”算的比例"]),
}


def load() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((EVAL / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["set"] = s
            out.append(g)
    return out


def cell(g: dict, key: str) -> Any:
    table, _, k = key.partition(".")
    return (g.get(table) or {}).get(k)


def has_tables(g: dict) -> bool:
    return bool(g["tables_recoverable"]) and g["template"] != "LEGACY"


def rate_of(g: dict, rate: str) -> float | None | str:
    """The rate in %, `zero` when the denominator is 0, None when a cell is not a printed number."""
    num, den, _ = RATES[rate]
    vals = [cell(g, k) for k in num + den]
    if not all(isinstance(v, (int, float)) for v in vals):
        return None
    d = sum(cell(g, k) for k in den)
    if d == 0:
        return "zero"
    return round(100 * sum(cell(g, k) for k in num) / d, 2)


def province(g: dict) -> str:
    m = re.match(r"^(北京市|天津市|上海市|重庆市|.+?省|.+?自治区)", g["region"])
    return m.group(1) if m else g["region"][:3]


def groups(golds: list[dict]) -> dict[str, list[dict]]:
    """Named groups: a year, a province, a province × year, the whole store. Only reports with readable tables."""
    out: dict[str, list[dict]] = defaultdict(list)
    names = defaultdict(set)
    for g in golds:
        names[(g["agency"], g["year"])].add(g["id"])
    for g in golds:
        out[f"{g['year']}年"].append(g)
        out[province(g)].append(g)
        out[f"{province(g)}{g['year']}年"].append(g)
        out["全部报告"].append(g)
    return out


def clean_group(members: list[dict], rate: str) -> bool:
    """Every member has readable tables and every cell of the rate is a printed number (the expectation is exact)."""
    return all(has_tables(g) and rate_of(g, rate) is not None for g in members)


def where(label: str) -> str:
    return "所有报告中" if label == "全部报告" else label


class Bank:
    def __init__(self, golds: list[dict]):
        self.items: list[dict] = []
        self.rng = random.Random(SEED)
        self.golds = golds
        self.groups = groups(golds)

    def add(self, family: str, intent: str, q: str, expect: dict, **extra) -> None:
        style = extra.pop("style", "colloquial" if self.rng.random() < 0.5 else "formal")
        item = {"id": f"ar{len(self.items) + 1:04d}", "q": q, "scope": {}, "intent": intent, "style": style}
        item.update({"family": family, "expect": expect, **extra})
        self.items.append(item)

    def cands(self, rate: str, lo: int = 3, hi: int = 100) -> list[tuple[str, list[dict], dict[str, float]]]:
        out = []
        for label, members in sorted(self.groups.items()):
            if not lo <= len(members) <= hi or not clean_group(members, rate):
                continue
            rates = {g["id"]: r for g in members if isinstance(r := rate_of(g, rate), float)}
            if len(rates) >= 2:
                out.append((label, members, rates))
        self.rng.shuffle(out)
        return out


def cells_of(members: list[dict], rate: str) -> list[str]:
    num, den, _ = RATES[rate]
    return [f"{g['id']}:{k}" for g in members for k in num + den]


def top_family(b: Bank, rate: str, n: int, low: bool = False):
    ph_hi = [
        "{w}哪个单位{r}最高？",
        "{w}{r}最高的是哪家？",
        "在{w}的报告里，{r}排第一的是谁",
        "{w}各单位{r}排名，谁最高",
    ]
    ph_lo = ["{w}哪个单位{r}最低？", "{w}{r}最低的是哪家单位", "{w}里{r}垫底的是谁？"]
    done = 0
    for label, members, rates in b.cands(rate):
        best = (min if low else max)(rates.values())
        tops = sorted(k for k, v in rates.items() if v == best)
        if len(tops) > 3 or (not low and best == 0):
            continue
        names = RATES[rate][2]
        ph = ph_lo if low else ph_hi
        q = ph[done % len(ph)].format(w=where(label), r=names[done % len(names)])
        exp = {"values": {k: rates[k] for k in tops}, "unit": "%", "tol": TOL, "order": [tops[0]]}
        zero = sorted(g["id"] for g in members if rate_of(g, rate) == "zero")
        b.add(
            f"{'lowest' if low else 'top'}:{rate}",
            "rank",
            q,
            exp,
            cells=cells_of(members, rate),
            note=f"{len(rates)} of {len(members)} reports ranked; tie {len(tops)}; denominator 0: {len(zero)}",
        )
        done += 1
        if done == n:
            return


def topn_family(b: Bank, rate: str, n: int, k: int = 3):
    ph = ["{w}{r}前{k}名是哪些单位？", "列出{w}{r}最高的{k}个单位", "{w}{r}排名前{k}"]
    done = 0
    for label, members, rates in b.cands(rate):
        if len(rates) <= k:
            continue
        order = sorted(rates, key=lambda i: (-rates[i], i))
        if rates[order[k - 1]] == rates[order[k]] or rates[order[k - 1]] == 0:
            continue
        names = RATES[rate][2]
        q = ph[done % len(ph)].format(w=where(label), r=names[done % len(names)], k=k)
        exp = {"values": {i: rates[i] for i in order[:k]}, "unit": "%", "tol": TOL, "order": order[:k]}
        b.add(f"topn:{rate}", "rank", q, exp, cells=cells_of(members, rate), note=f"top {k} of {len(rates)}")
        done += 1
        if done == n:
            return


def threshold_family(b: Bank, rate: str, n: int):
    ph = [
        "{w}{r}超过{t}%的有哪些单位？",
        "{w}哪些单位的{r}低于{t}%？",
        "{w}{r}高于{t}%的报告有哪些",
        "{w}{r}不到{t}%的单位是哪些？",
    ]
    done = 0
    for label, _members, rates in b.cands(rate, hi=60):
        above = done % 2 == 0
        vals = sorted(set(rates.values()))
        if len(vals) < 3:
            continue
        t = round(vals[len(vals) // 2]) if above else round(vals[len(vals) // 3])
        t = max(t, 1)
        if any(abs(v - t) < 0.01 for v in vals):  # a rate exactly on the threshold is ambiguous (≥ or >)
            t = t + 0.5
        hits = sorted(i for i, v in rates.items() if (v > t if above else v < t))
        if not 1 <= len(hits) <= 8:
            continue
        names = RATES[rate][2]
        q = ph[(done // 2 * 2 + (0 if above else 1)) % len(ph)].format(w=where(label), r=names[done % len(names)], t=t)
        b.add(
            f"threshold:{rate}",
            "which_reports",
            q,
            {"reports": hits},
            note=f"{'>' if above else '<'} {t}% over {len(rates)} computable reports of {label}",
        )
        done += 1
        if done == n:
            return


def mean_family(b: Bank, rate: str, n: int):
    ph_mean = ["{w}各单位{r}的平均值是多少？", "{w}{r}平均是多少（各单位比率的算术平均）"]
    ph_pool = ["{w}合计的{r}是多少（总数相加后再算）？", "把{w}所有单位加总，整体{r}是多少"]
    for done, (label, members, rates) in enumerate(b.cands(rate, hi=60)):
        if done == n:
            return
        pooled = done % 2 == 1
        names = RATES[rate][2]
        r = names[done % len(names)]
        if pooled:
            num, den, _ = RATES[rate]
            ok = [g for g in members if isinstance(rate_of(g, rate), float)]
            a = sum(cell(g, k) for g in ok for k in num)
            d = sum(cell(g, k) for g in ok for k in den)
            v = round(100 * a / d, 2)
            q = ph_pool[done // 2 % 2].format(w=where(label), r=r)
            note = f"pooled {a}/{d} over {len(ok)} reports"
        else:
            v = round(statistics.mean(rates.values()), 2)
            q = ph_mean[done // 2 % 2].format(w=where(label), r=r)
            note = f"mean of {len(rates)} computable reports' rates"
        b.add(f"mean:{rate}", "sum", q, {"value": v, "unit": "%", "tol": TOL}, cells=cells_of(members, rate), note=note)


def zero_family(b: Bank, rate: str, n: int):
    """Which reports' rate cannot be computed (denominator 0)."""
    ph = ["{w}哪些单位的{r}无法计算（分母为0）？", "{w}哪些报告算不出{r}，因为分母是0"]
    done = 0
    for label, members, _rates in b.cands(rate, hi=40):
        zero = sorted(g["id"] for g in members if rate_of(g, rate) == "zero")
        if not 1 <= len(zero) <= 8:
            continue
        q = ph[done % 2].format(w=where(label), r=RATES[rate][2][0])
        b.add(f"not_ranked:{rate}", "which_reports", q, {"reports": zero}, note=f"denominator 0 in {len(zero)}")
        done += 1
        if done == n:
            return


def probes(b: Bank) -> None:
    """The user probe of issue 13 and the 天水 year refusal."""
    members = [g for g in b.golds if g["year"] == 2023 and has_tables(g)]
    rates = {g["id"]: r for g in members if isinstance(r := rate_of(g, "review_fix"), float)}
    best = max(rates.values())
    tops = sorted(k for k, v in rates.items() if v == best)
    b.add(
        "probe",
        "rank",
        "2023年哪个单位行政复议纠正率最高",
        {"values": {k: best for k in tops}, "unit": "%", "tol": TOL, "order": [tops[0]]},
        note="the probe: a rate, not the count of 结果纠正",
    )
    for q in ("天水市2024年新收申请多少件", "天水2024年的行政复议有多少件？"):
        b.add("year_missing", "value", q, {"refuse": True, "contains": ["天水", "2025"]}, note="天水 has 2025 only")


def build() -> list[dict]:
    b = Bank(load())
    probes(b)
    for rate, n in (("review_fix", 4), ("lit_lose", 3), ("open", 4), ("deny", 3), ("np_share", 3), ("carry", 2)):
        top_family(b, rate, n)
    for rate, n in (("open", 2), ("np_share", 2), ("deny", 2)):
        top_family(b, rate, n, low=True)
    for rate in ("review_fix", "open", "np_share"):
        topn_family(b, rate, 2)
    for rate, n in (("review_fix", 3), ("open", 3), ("np_share", 3), ("lit_lose", 2), ("formula_r1_new", 2)):
        threshold_family(b, rate, n)
    for rate, n in (("review_fix", 4), ("open", 4), ("np_share", 2), ("carry", 2), ("formula_r1_new", 2)):
        mean_family(b, rate, n)
    for rate in ("review_fix", "lit_lose"):
        zero_family(b, rate, 2)
    top_family(b, "formula_r1_new", 2)
    return b.items


def main() -> None:
    items = build()
    out = HERE / "askrate.jsonl"
    out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    fams: dict[str, int] = defaultdict(int)
    for it in items:
        fams[it["family"].split(":")[0]] += 1
    print(len(items), dict(fams))


if __name__ == "__main__":
    main()
