"""Write askset.jsonl: a development bank of questions over a province × year of the store (issue 13, branch `sets`).

    python3 eval/questions/askset/make_askset.py      # writes askset.jsonl next to this file

Three families the last session's banks missed as families, each in at least eight phrasings written here before
any was run: a rate of the tables said as a proportion (「…被纠错的比例最高的是谁」: 比例 is no 比 of two bodies),
one body's share of its province's reports of the SAME year (「占库里四川省同年全部年报…合计」), and a province's
bodies said with scope words (「报告单位之间」「省里」「有多大比例的单位」「占全部报告单位」「全省报告单位合计」).
Every expected value is computed here from the wild sets' gold cells (askrate's readers: one definition of a rate, a
group, a province); only groups whose every member prints the cells read are used (the expectation is exact).
Deterministic: one seeded Random, sorted iteration."""

from __future__ import annotations

import importlib.util
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_askrate", HERE.parent / "askrate" / "make_askrate.py")
assert _spec and _spec.loader
R = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R)  # askrate's gold readers: load, cell, rate_of, province, has_tables, RATES

SEED = 20261206
TOL = 0.05
PROVINCES = ("省", "自治区")  # a province × year; a 直辖市's bodies are a city's (no 同省 set written as a province)


def province_years(golds: list[dict]) -> dict[tuple[str, int], list[dict]]:
    out: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for g in golds:
        p = R.province(g)
        if p.endswith(PROVINCES):
            out[(p, g["year"])].append(g)
    return dict(sorted(out.items()))


def printed(members: list[dict], keys: list[str]) -> bool:
    """Every member has readable tables and prints every cell as a number."""
    return all(R.has_tables(g) and all(isinstance(R.cell(g, k), (int, float)) for k in keys) for g in members)


class Bank:
    def __init__(self, golds: list[dict]):
        self.items: list[dict] = []
        self.rng = random.Random(SEED)
        self.groups = province_years(golds)

    def add(self, family: str, intent: str, q: str, expect: dict, **extra) -> None:
        item = {"id": f"as{len(self.items) + 1:04d}", "q": q, "scope": {}, "intent": intent, "family": family}
        item.update({"expect": expect, **extra})
        self.items.append(item)

    def cands(self, keys: list[str], least: int) -> list[tuple[str, int, list[dict]]]:
        out = [(p, y, ms) for (p, y), ms in self.groups.items() if len(ms) >= least and printed(ms, keys)]
        self.rng.shuffle(out)
        return out


# ---- F1: a rate said as a proportion, ranked over a province × year (「比例」「比重」「比率」: no 比 of two bodies)
RATE_WORDS = {
    "review_fix": ["行政复议被纠错的比例", "行政复议纠错的比重", "复议被纠正的比率"],
    "lit_lose": ["行政诉讼被纠错的比例", "诉讼被纠错的比重"],
    "deny": ["不予公开的比例", "不予公开件数占办结总数的比重"],
}
RATE_ASKS = [
    "在{w}的报告里，{r}最高的是谁",
    "{w}的年报中，{r}最高的是哪家单位",
    "{w}的报告里{r}排第一的是谁",
    "在{w}的年报里，哪个单位{r}最高？",
    "{w}的报告中，{r}最高的单位是谁？",
    "在{w}的报告里，{r}排名第一的是哪个单位",
    "{w}的年报里，谁的{r}最高",
    "{w}的报告里，{r}最大的是哪一家",
]


def rate_words(b: Bank) -> None:
    done = 0
    for rate, words in RATE_WORDS.items():
        num, den, _ = R.RATES[rate]
        for p, y, ms in b.cands(num + den, 3):
            rates = {g["id"]: r for g in ms if isinstance(r := R.rate_of(g, rate), float)}
            if len(rates) < 2:
                continue
            best = max(rates.values())
            tops = sorted(k for k, v in rates.items() if v == best)
            if best == 0 or len(tops) > 2:
                continue
            q = RATE_ASKS[done % len(RATE_ASKS)].format(w=f"{p}{y}年", r=words[done % len(words)])
            exp = {"values": {k: rates[k] for k in tops}, "unit": "%", "tol": TOL, "order": [tops[0]]}
            b.add(f"rate_words:{rate}", "rank", q, exp, note=f"{len(rates)} of {len(ms)} reports ranked")
            done += 1
            if done % 4 == 0:
                break  # (four a rate, then the next rate)
        if done >= 10:
            return


# ---- F2: one body's share of its province's reports of the same year (「同年」: the body's year)
MEASURES = {  # cell → how users say it
    "t3.new.tot": ["收到的新申请", "本年新收申请", "新收的政府信息公开申请"],
    "t3.r1.tot": ["予以公开的件数"],
    "t4.rv.tot": ["行政复议件数"],
}
SHARE_ASKS = [
    "{x}{y}年{m}，占库里{p}同年全部年报合计的百分之几？",
    "{x}{y}年的{m}占{p}当年所有单位合计的比例是多少",
    "{p}同年各单位加起来的{m}里，{x}{y}年占了百分之多少",
    "{x}{y}年{m}占{p}同年全部报告单位合计的百分之几",
    "{x}{y}年的{m}，占{p}同一年所有报告合计的比重是多少",
    "在{p}同年度的报告单位里，{x}{y}年的{m}占合计的百分之几",
    "{x}{y}年{m}在{p}同年全部年报合计里占多少比例",
    "{x}{y}年的{m}占库里{p}当年各单位总数的百分之几",
]


def same_year_share(b: Bank, only: str | None = None, rounds: int = 10) -> None:
    """`only`: one province's groups (round 2: 四川省, whose first character 四 was read as a count of years)."""
    done = 0
    for key, words in MEASURES.items():
        for p, y, ms in b.cands([key], 2):
            if only and p != only:
                continue
            by_agency = defaultdict(list)
            for g in ms:
                by_agency[g["agency"]].append(g)
            whole = sum(R.cell(g, key) for g in ms)
            mine = [g for g in ms if len(by_agency[g["agency"]]) == 1 and R.cell(g, key)]
            if not whole or not mine:
                continue
            x = b.rng.choice(sorted(mine, key=lambda g: g["id"]))
            v = round(100 * R.cell(x, key) / whole, 2)
            q = SHARE_ASKS[done % len(SHARE_ASKS)].format(x=x["agency"], y=y, p=p, m=words[done % len(words)])
            cells = [f"{g['id']}:{key}" for g in ms]
            fam = f"same_year_share{'2' if only else ''}:{key}"
            b.add(fam, "share", q, {"value": v, "unit": "%", "tol": TOL}, cells=cells)
            done += 1
            if done % 4 == 0 and not only:
                break
        if done >= rounds:
            return


# ---- F3: a province's bodies said with scope words (「之间」「省里」「多大比例的单位」「全部报告单位」「全省报告单位」)
def _review(g: dict) -> float:
    return max(R.cell(g, "t4.rv.tot"), *(R.cell(g, f"t4.rv.{c}") for c in ("keep", "fix", "other", "pend")))


SCOPE_ASKS: list[tuple[str, str, list[str], object]] = [
    # (operation, phrasing, cells read, expected value of the members)
    ("spread", "{p}{y}年报告单位之间本年新收申请的极差是多少", ["t3.new.tot"], "spread"),
    ("spread", "{y}年{p}里新收申请最高那家比最低那家多几件", ["t3.new.tot"], "spread"),
    ("spread", "{p}{y}年报告单位之间予以公开件数的极差", ["t3.r1.tot"], "spread"),
    ("spread", "{y}年{p}里行政复议最多那家比最少那家多几件", ["t4.rv.tot"], "spread"),
    ("bodies", "{y}年{p}有多大比例的单位被申请过行政复议", ["t4.rv.tot", "t4.rv.fix"], "review"),
    ("bodies", "{p}{y}年，发生过行政复议的单位占全部报告单位的比例是多少", ["t4.rv.tot", "t4.rv.fix"], "review"),
    ("bodies", "{y}年{p}有多少比例的单位被申请过行政复议", ["t4.rv.tot", "t4.rv.fix"], "review"),
    ("pooled", "{p}{y}年全省报告单位合计的自然人申请占全部新收申请的比例", ["t3.new.np", "t3.new.tot"], "np"),
    ("pooled", "{p}{y}年全省报告单位加总后，予以公开占本年新收的比例", ["t3.r1.tot", "t3.new.tot"], "r1"),
]


def scope_words(b: Bank) -> None:
    for i, (op, ask, keys, how) in enumerate(SCOPE_ASKS):
        for p, y, ms in b.cands(keys, 3):
            vals = [R.cell(g, keys[0]) for g in ms]
            if how == "spread":
                v, unit = max(vals) - min(vals), "件"
            elif how == "review":
                v, unit = round(100 * sum(1 for g in ms if _review(g) > 0) / len(ms), 2), "%"
            else:
                den = sum(R.cell(g, keys[1]) for g in ms)
                if not den:
                    continue
                v, unit = round(100 * sum(vals) / den, 2), "%"
            if how == "review" and v in (0, 100) and i % 2:
                continue  # (a share of 0 or 100 % is said by more than one reading: half the items avoid it)
            cells = [f"{g['id']}:{k}" for g in ms for k in keys]
            b.add(
                f"scope_words:{op}",
                "share" if unit == "%" else "compare",
                ask.format(p=p, y=y),
                {"value": v, "unit": unit, "tol": TOL},
                cells=cells,
            )
            break


def build() -> list[dict]:
    b = Bank(R.load())
    rate_words(b)
    same_year_share(b)
    scope_words(b)
    # round 2 (written after round 1 ran 33/33 and blindt t0115 still missed on main): the province named 四川
    same_year_share(b, only="四川省", rounds=8)
    return b.items


def main() -> None:
    items = build()
    (HERE / "askset.jsonl").write_text(
        "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8"
    )
    fams: dict[str, int] = defaultdict(int)
    for it in items:
        fams[it["family"].split(":")[0]] += 1
    print(len(items), dict(fams))


if __name__ == "__main__":
    main()
