"""Write askfam2.jsonl: a development bank of intent families no earlier bank lists (issue 13, round 2).

    python3 eval/questions/askfam2/make_askfam2.py

Expectations are computed from the wild sets' gold (eval/wild … wild13) only; deterministic (one seeded Random,
sorted iteration). Families and the users who ask them: README.md."""

from __future__ import annotations

import glob
import json
import random
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]  # (the repository: eval/questions/askfam2 → its root)
HARD = ("H1", "H2", "H3", "H4", "H5")
RNG = random.Random(20261205)

# measure → (cell keys summed, ways users name it, unit)
MEASURES = {
    "new": (["t3.new.tot"], ["新收的政府信息公开申请", "收到的信息公开申请", "本年新收申请数"], "件"),
    "open": (["t3.r1.tot"], ["予以公开的申请", "同意公开的件数", "予以公开数量"], "件"),
    "total": (["t3.r7.tot"], ["办理结果总计", "办结的申请总数"], "件"),
    "rv": (["t4.rv.tot"], ["行政复议案件", "被申请行政复议的数量", "行政复议总数"], "件"),
}


def load() -> list[dict]:
    out = []
    for f in sorted(glob.glob(str(ROOT / "eval" / "wild*" / "gold" / "*.json"))):
        with open(f, encoding="utf-8") as fh:
            g = json.load(fh)
        g["_set"] = Path(f).parent.parent.name
        out.append(g)
    return out


GOLD = load()
BY_ID = {g["id"]: g for g in GOLD}


def cell(g: dict, key: str) -> Any:
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def clean(g: dict, keys: list[str]) -> bool:
    """Readable GF tables, no hard finding in a table read, every read cell a number."""
    if g["template"] == "LEGACY" or not g.get("t3"):
        return False
    tables = {k.split(".")[0] for k in keys}
    if any(f["check"] in HARD and f["where"][:2] in tables for f in g["findings"]):
        return False
    return all(isinstance(cell(g, k), int | float) for k in keys)


def val(g: dict, m: str) -> float:
    return sum(cell(g, k) for k in MEASURES[m][0])


def province(g: dict) -> str:
    return g["region"][:3] if g["region"][2] == "省" else g["region"][:3]


NAME_COUNT: dict[str, set] = defaultdict(set)
for _g in GOLD:
    NAME_COUNT[_g["agency"]].add(_g["region"])


def nameable(g: dict) -> bool:
    return len(NAME_COUNT[g["agency"]]) == 1 and len(g["agency"]) >= 4


# province × year groups: every stored report of the group clean for the keys read.
GROUPS: dict[tuple[str, int], list[dict]] = defaultdict(list)
for _g in GOLD:
    if _g["region"] and _g["region"][2] in "省区市":
        GROUPS[(_g["region"][:3], _g["year"])].append(_g)


def group_ok(members: list[dict], keys: list[str]) -> bool:
    ids = {(m["agency"], m["year"]) for m in members}
    return len(members) >= 4 and len(ids) == len(members) and all(clean(m, keys) and nameable(m) for m in members)


def yr(y: int) -> str:
    return RNG.choice([f"{y}年", f"{y}年度", f"{y}年"])


ITEMS: list[dict] = []


def add(fam: str, q: str, expect: dict, intent: str, style: str = "colloquial", scope: str | None = None, **kw) -> None:
    ITEMS.append(
        {
            "id": f"ag{len(ITEMS) + 1:04d}",
            "q": q,
            "scope": {"report": scope} if scope else {},
            "intent": intent,
            "style": style,
            "family": fam,
            "expect": expect,
            **kw,
        }
    )


def groups_for(keys: list[str]) -> list[tuple[tuple[str, int], list[dict]]]:
    return [(k, v) for k, v in sorted(GROUPS.items()) if group_ok(v, keys)]


def refs(members: list[dict], keys: list[str]) -> list[str]:
    return [f"{m['id']}:{k}" for m in members for k in keys]


# ---------------------------------------------------------------- G1 peer_gap: a body against its peers' mean
def g1() -> None:
    n = 0
    for m in ("new", "open", "rv", "total"):
        keys, names, unit = MEASURES[m]
        for (prov, year), members in groups_for(keys):
            mean = statistics.mean(val(x, m) for x in members)
            for x in RNG.sample(members, 1):
                gap = round(val(x, m) - mean, 4)
                name = RNG.choice(names)
                form = n % 3
                if form == 0:
                    q = f"{x['agency']}{yr(year)}的{name}比{prov}{year}年各单位的平均数高还是低？差多少？"
                elif form == 1:
                    q = f"和{prov}{year}年各报告单位的平均水平相比，{x['agency']}的{name}多了多少（{year}年）"
                else:
                    q = f"{x['agency']}{year}年{name}跟{prov}当年所有单位平均值比相差几件"
                add(
                    "G1 peer_gap",
                    q,
                    {"value": gap, "unit": unit, "tol": 0.05},
                    "compare",
                    cells=refs(members, keys),
                    note=f"{val(x, m)} − mean {mean:.4f} over {len(members)} reports of {prov} {year}",
                )
                n += 1
                if n >= 16:
                    return


# ---------------------------------------------------------------- G2 share_of_group: a cell as % of the group's total
def g2() -> None:
    n = 0
    for m in ("new", "rv", "open", "total"):
        keys, names, unit = MEASURES[m]
        for (prov, year), members in groups_for(keys):
            tot = sum(val(x, m) for x in members)
            if not tot:
                continue
            cands = [x for x in members if val(x, m)]
            if not cands:
                continue
            x = RNG.choice(cands)
            share = round(100 * val(x, m) / tot, 4)
            name = RNG.choice(names)
            form = n % 3
            if form == 0:
                q = f"{x['agency']}{yr(year)}的{name}占{prov}{year}年全部报告单位合计的百分之几？"
            elif form == 1:
                q = f"在{prov}{year}年所有单位的{name}总数里，{x['agency']}占了多大比例"
            else:
                q = f"{prov}{year}年{name}加起来，{x['agency']}一家贡献了百分之多少？"
            add(
                "G2 share_of_group",
                q,
                {"value": share, "unit": "%", "tol": 0.05},
                "share",
                cells=refs(members, keys),
                note=f"{val(x, m)} / {tot} ({len(members)} reports)",
            )
            n += 1
            if n >= 16:
                return


# ---------------------------------------------------------------- G3 biggest_change: the body with the largest rise/fall
def pairs(keys: list[str]) -> list[tuple[dict, dict]]:
    by = defaultdict(list)
    for g in GOLD:
        by[(g["agency"], g["region"])].append(g)
    out = []
    for _, gs in sorted(by.items()):
        gs = sorted(gs, key=lambda g: g["year"])
        for a, b in zip(gs, gs[1:]):
            if b["year"] != a["year"] and clean(a, keys) and clean(b, keys) and nameable(b):
                out.append((a, b))
    return out


def g3() -> None:
    n = 0
    for m in ("new", "open", "total", "rv"):
        keys, names, unit = MEASURES[m]
        ps = pairs(keys)
        if len(ps) < 3:
            continue
        ch = {b["id"]: val(b, m) - val(a, m) for a, b in ps}
        for direction in ("up", "down"):
            best = max(ch.values()) if direction == "up" else min(ch.values())
            tops = [k for k, v in ch.items() if v == best]
            if len(tops) != 1 or (direction == "up" and best <= 0) or (direction == "down" and best >= 0):
                continue
            top = tops[0]
            name = RNG.choice(names)
            word = "增加" if direction == "up" else "减少"
            for form in range(2):
                if form == 0:
                    q = f"库里有两个年度报告的单位中，哪个单位的{name}比上一份报告{word}得最多？{word}了多少？"
                if form == 1:
                    q = f"跨年比较：哪家机关{name}{'涨' if direction == 'up' else '降'}得最厉害，{word}几件"
                add(
                    "G3 biggest_change",
                    q,
                    {"value": best, "unit": unit},
                    "change",
                    cells=[f"{top}:{k}" for k in keys],
                    note=f"{top}: {best:+} vs its previous report; {len(ps)} pairs",
                )
                n += 1


# ---------------------------------------------------------------- G4 group_range: max − min within a group
def g4() -> None:
    n = 0
    for m in ("new", "open", "rv", "total"):
        keys, names, unit = MEASURES[m]
        for (prov, year), members in groups_for(keys):
            vs = [val(x, m) for x in members]
            name = RNG.choice(names)
            form = n % 3
            if form == 0:
                q = f"{prov}{yr(year)}各单位的{name}，最多的和最少的相差多少？"
            elif form == 1:
                q = f"{prov}{year}年报告单位之间{name}的极差是多少"
            else:
                q = f"{year}年{prov}里{name}最高那家比最低那家多几件"
            add(
                "G4 group_range",
                q,
                {"value": max(vs) - min(vs), "unit": unit},
                "compare",
                cells=refs(members, keys),
                note=f"max {max(vs)} − min {min(vs)} over {len(members)}",
            )
            n += 1
            if n >= 15:
                return


# ---------------------------------------------------------------- G5 rank_position: where one body stands in its group
def g5() -> None:
    n = 0
    for m in ("new", "open", "total", "rv"):
        keys, names, unit = MEASURES[m]
        for (prov, year), members in groups_for(keys):
            vs = sorted((val(x, m) for x in members), reverse=True)
            uniq = [x for x in members if vs.count(val(x, m)) == 1]
            if not uniq:
                continue
            x = RNG.choice(uniq)
            pos = vs.index(val(x, m)) + 1
            name = RNG.choice(names)
            form = n % 3
            if form == 0:
                q = f"{x['agency']}{yr(year)}的{name}在{prov}同年度的报告单位里排第几？"
            elif form == 1:
                q = f"按{name}从多到少排，{x['agency']}在{prov}{year}年排名第几位"
            else:
                q = f"{prov}{year}年各单位{name}排名中{x['agency']}是第几名"
            add(
                "G5 rank_position",
                q,
                {"value": pos, "unit": "名"},
                "rank",
                cells=refs(members, keys),
                note=f"{val(x, m)} is #{pos} of {len(members)} (largest first)",
            )
            n += 1
            if n >= 15:
                return


# ---------------------------------------------------------------- G6 share_of_bodies: % of the group meeting a condition
CONDS = {
    "rv>0": (["t4.rv.tot"], lambda g: cell(g, "t4.rv.tot") > 0, ["被申请过行政复议", "发生过行政复议"]),
    "lit>0": (
        ["t4.ld.tot", "t4.lr.tot"],
        lambda g: cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot") > 0,
        ["被提起过行政诉讼", "当过行政诉讼被告"],
    ),
    "new=0": (["t3.new.tot"], lambda g: cell(g, "t3.new.tot") == 0, ["零申请（新收为0）", "一件申请都没收到"]),
    "carry>0": (
        ["t3.carry_out.tot"],
        lambda g: cell(g, "t3.carry_out.tot") > 0,
        ["有结转到下年度的申请", "有申请结转下年"],
    ),
}


def g6() -> None:
    n = 0
    for keys, pred, words in CONDS.values():
        for (prov, year), members in groups_for(keys):
            k = sum(1 for x in members if pred(x))
            pct = round(100 * k / len(members), 4)
            w = RNG.choice(words)
            form = n % 3
            if form == 0:
                q = f"{prov}{yr(year)}的报告单位中，{w}的占百分之几？"
            elif form == 1:
                q = f"{year}年{prov}有多大比例的单位{w}"
            else:
                q = f"{prov}{year}年，{w}的单位占全部报告单位的比例是多少"
            add(
                "G6 share_of_bodies",
                q,
                {"value": pct, "unit": "%", "tol": 0.05},
                "share",
                cells=refs(members, keys),
                note=f"{k} of {len(members)} reports",
            )
            n += 1
            if n >= 16:
                return


# ---------------------------------------------------------------- G7 findings: how many reports do not add up; by how much
def hard(g: dict) -> bool:
    return any(f["check"] in HARD for f in g["findings"])


def g7() -> None:
    n = 0
    for (prov, year), members in sorted(GROUPS.items()):
        if len(members) < 4 or any(m["template"] == "LEGACY" or not m.get("t3") for m in members):
            continue
        if len({(m["agency"], m["year"]) for m in members}) != len(members):
            continue
        k = sum(1 for x in members if hard(x))
        form = n % 3
        if form == 0:
            q = f"{prov}{yr(year)}的年报里，有几份表格数字对不上（勾稽关系不成立）？"
        elif form == 1:
            q = f"{year}年{prov}的报告中存在总计与分项不一致问题的有多少份"
        else:
            q = f"{prov}{year}年度报告的表格核对下来，出错的报告一共几份"
        add(
            "G7 findings",
            q,
            {"value": k, "unit": "份"},
            "consistency",
            note=f"{k} of {len(members)} reports have a hard finding: "
            + ", ".join(x["id"] for x in members if hard(x)),
        )
        n += 1
        if n >= 8:
            break
    # the gap itself, of one report: printed total − sum of its parts
    start = len(ITEMS)
    for g in GOLD:
        if len(ITEMS) - start >= 10:
            break
        for f in g["findings"]:
            if f["check"] == "H5" and nameable(g):
                part = f["where"].split(".")[1]
                parts = sum(cell(g, f"t4.{part}.{c}") or 0 for c in ("keep", "fix", "other", "pend"))
                printed = cell(g, f"t4.{part}.tot")
                label = {"rv": "行政复议", "ld": "未经复议直接起诉的行政诉讼", "lr": "复议后起诉的行政诉讼"}[part]
                q = RNG.choice(
                    [
                        f"{g['agency']}{g['year']}年报告表四{label}的总计和分项加起来差多少？",
                        f"{g['agency']}{g['year']}年{label}那一行，印出来的总计比各项之和少了几件",
                    ]
                )
                add(
                    "G7 findings",
                    q,
                    {"value": printed - parts, "unit": "件"},
                    "consistency",
                    cells=[f"{g['id']}:t4.{part}.tot"],
                    note=f"printed {printed} − parts {parts}",
                )
            if f["check"] == "H3" and nameable(g) and g["template"] == "GF2021":
                rows = [
                    "r1",
                    "r2",
                    *(f"r3_{i}" for i in range(1, 9)),
                    *(f"r4_{i}" for i in range(1, 4)),
                    *(f"r5_{i}" for i in range(1, 6)),
                    *(f"r6_{i}" for i in range(1, 4)),
                ]
                vals = [cell(g, f"t3.{r}.tot") for r in rows]
                printed = cell(g, "t3.r7.tot")
                if None in vals or printed is None:
                    continue
                q = RNG.choice(
                    [
                        f"{g['agency']}{g['year']}年表三办理结果总计与各项办理结果相加相差几件？",
                        f"{g['agency']}{g['year']}年的办理结果总计印的数比分项之和多多少",
                    ]
                )
                add(
                    "G7 findings",
                    q,
                    {"value": printed - sum(vals), "unit": "件"},
                    "consistency",
                    cells=[f"{g['id']}:t3.r7.tot"],
                    note=f"printed {printed} − rows {sum(vals)}",
                )


# ---------------------------------------------------------------- G8 cross_table_ratio: a 表四 / 表二 count over a 表三 count
def g8() -> None:
    cands = [
        g
        for g in GOLD
        if clean(g, ["t3.new.tot", "t4.rv.tot", "t4.ld.tot", "t4.lr.tot"])
        and nameable(g)
        and g["template"] == "GF2021"
        and cell(g, "t3.new.tot")
    ]
    RNG.shuffle(cands)
    for n, g in enumerate(cands[:9]):
        new = cell(g, "t3.new.tot")
        disputes = cell(g, "t4.rv.tot") + cell(g, "t4.ld.tot") + cell(g, "t4.lr.tot")
        form = n % 3
        if form == 0:
            q = f"{g['agency']}{g['year']}年行政复议和行政诉讼案件加起来，相当于新收申请数的百分之几？"
        elif form == 1:
            q = f"{g['agency']}{g['year']}年的争议率（复议+两类诉讼总数 ÷ 本年新收申请）是多少"
        else:
            q = f"{g['agency']}{g['year']}年每100件新收申请对应多少件复议诉讼"
        add(
            "G8 cross_table_ratio",
            q,
            {"value": round(100 * disputes / new, 4), "unit": "%", "tol": 0.05},
            "ratio",
            cells=[f"{g['id']}:t4.rv.tot", f"{g['id']}:t4.ld.tot", f"{g['id']}:t4.lr.tot", f"{g['id']}:t3.new.tot"],
            calc=f"100*({{{g['id']}:t4.rv.tot}}+{{{g['id']}:t4.ld.tot}}+{{{g['id']}:t4.lr.tot}})/{{{g['id']}:t3.new.tot}}",
        )
    lic = [
        g
        for g in GOLD
        if clean(g, ["t3.new.tot", "t2.license.decisions"])
        and nameable(g)
        and cell(g, "t3.new.tot")
        and cell(g, "t2.license.decisions")
    ]
    RNG.shuffle(lic)
    for g in lic[:7]:
        r = cell(g, "t2.license.decisions") / cell(g, "t3.new.tot")
        q = RNG.choice(
            [
                f"{g['agency']}{g['year']}年行政许可决定数是新收信息公开申请数的几倍？",
                f"{g['agency']}{g['year']}年作出的行政许可决定与收到的依申请公开件数之比是多少",
            ]
        )
        add(
            "G8 cross_table_ratio",
            q,
            {"value": round(r, 4), "unit": "倍", "tol": 0.05},
            "ratio",
            cells=[f"{g['id']}:t2.license.decisions", f"{g['id']}:t3.new.tot"],
            calc=f"{{{g['id']}:t2.license.decisions}}/{{{g['id']}:t3.new.tot}}",
        )


# ---------------------------------------------------------------- G9 rate_change: a rate's change between two years (points)
def g9() -> None:
    keys = ["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"]
    n = 0
    for a, b in pairs(keys):
        if not cell(a, "t3.r7.tot") or not cell(b, "t3.r7.tot"):
            continue
        ra = 100 * cell(a, "t3.r1.tot") / cell(a, "t3.r7.tot")
        rb = 100 * cell(b, "t3.r1.tot") / cell(b, "t3.r7.tot")
        pa = 100 * (cell(a, "t3.r1.tot") + cell(a, "t3.r2.tot")) / cell(a, "t3.r7.tot")
        pb = 100 * (cell(b, "t3.r1.tot") + cell(b, "t3.r2.tot")) / cell(b, "t3.r7.tot")
        add(
            "G9 rate_change",
            f"{b['agency']}{b['year']}年的予以公开率（予以公开÷办理结果总计）比{a['year']}年变化了几个百分点？",
            {"value": round(rb - ra, 4), "unit": "%", "tol": 0.05},
            "change",
            cells=[f"{x['id']}:{k}" for x in (a, b) for k in keys],
            note=f"{rb:.2f} − {ra:.2f}",
        )
        add(
            "G9 rate_change",
            f"{b['agency']}从{a['year']}年到{b['year']}年，公开率（予以公开加部分公开占办理结果总计）提高或下降了多少个百分点",
            {"value": round(pb - pa, 4), "unit": "%", "tol": 0.05},
            "change",
            cells=[f"{x['id']}:{k}" for x in (a, b) for k in keys],
            note=f"{pb:.2f} − {pa:.2f}",
        )
        n += 2
    kk = ["t3.new.tot", "t3.new.np"]
    for a, b in pairs(kk):
        if cell(a, "t3.new.tot") and cell(b, "t3.new.tot") and n < 16:
            sa = 100 * cell(a, "t3.new.np") / cell(a, "t3.new.tot")
            sb = 100 * cell(b, "t3.new.np") / cell(b, "t3.new.tot")
            add(
                "G9 rate_change",
                f"{b['agency']}自然人申请占新收的比重，{b['year']}年比{a['year']}年高了几个百分点",
                {"value": round(sb - sa, 4), "unit": "%", "tol": 0.05},
                "change",
                cells=[f"{x['id']}:{k}" for x in (a, b) for k in kk],
                note=f"{sb:.2f} − {sa:.2f}",
            )
            n += 1


# ---------------------------------------------------------------- G10 pooled_rate: a rate over a whole group (sums, not a mean of rates)
def g10() -> None:
    specs = [
        (
            ["t3.new.np", "t3.new.tot"],
            "自然人申请占全部新收申请的比例",
            lambda ms: sum(cell(x, "t3.new.np") for x in ms) / sum(cell(x, "t3.new.tot") for x in ms),
        ),
        (
            ["t3.r1.tot", "t3.r7.tot"],
            "予以公开占办理结果总计的比例",
            lambda ms: sum(cell(x, "t3.r1.tot") for x in ms) / sum(cell(x, "t3.r7.tot") for x in ms),
        ),
        (
            ["t4.rv.fix", "t4.rv.tot"],
            "行政复议被纠正的比例（纠错率）",
            lambda ms: sum(cell(x, "t4.rv.fix") for x in ms) / sum(cell(x, "t4.rv.tot") for x in ms),
        ),
    ]
    n = 0
    for keys, words, f in specs:
        for (prov, year), members in groups_for(keys):
            try:
                r = 100 * f(members)
            except ZeroDivisionError:
                continue
            form = n % 3
            if form == 0:
                q = f"把{prov}{yr(year)}所有报告单位加总算，{words}是多少？"
            elif form == 1:
                q = f"{prov}{year}年全省报告单位合计的{words}"
            else:
                q = f"{year}年{prov}各单位汇总后，{words}为百分之几"
            add(
                "G10 pooled_rate",
                q,
                {"value": round(r, 4), "unit": "%", "tol": 0.05},
                "share",
                cells=refs(members, keys),
                note=f"pooled over {len(members)} reports",
            )
            n += 1
            if n >= 15:
                return


# ---------------------------------------------------------------- G11 above_average: which bodies of a group exceed the group's mean
def g11() -> None:
    n = 0
    for m in ("new", "rv", "open", "total"):
        keys, names, unit = MEASURES[m]
        for (prov, year), members in groups_for(keys):
            mean = statistics.mean(val(x, m) for x in members)
            above = [x["id"] for x in members if val(x, m) > mean]
            below = [x["id"] for x in members if val(x, m) < mean]
            name = RNG.choice(names)
            if n % 2 == 0:
                q = f"{prov}{yr(year)}哪些单位的{name}高于全省报告单位的平均数？"
                want = above
            else:
                q = f"{year}年{prov}的单位里{name}低于平均水平的有哪些"
                want = below
            add(
                "G11 above_average",
                q,
                {"reports": sorted(want)},
                "which_reports",
                cells=refs(members, keys),
                note=f"mean {mean:.3f} over {len(members)}",
            )
            n += 1
            if n >= 15:
                return


# ---------------------------------------------------------------- G12 beyond the series: streaks and years the store does not hold
def g12() -> None:
    by = defaultdict(list)
    for g in GOLD:
        by[(g["agency"], g["region"])].append(g)
    multi = [
        (k, sorted(v, key=lambda g: g["year"]))
        for k, v in sorted(by.items())
        if len({g["year"] for g in v}) == len(v) >= 2 and nameable(v[0])
    ]
    for (agency, _), gs in multi[:8]:
        ys = [g["year"] for g in gs]
        add(
            "G12 streak_refuse",
            f"{agency}的新收申请是不是连续三年下降？",
            {"refuse": True},
            "unanswerable",
            note=f"asked as trend over three years; the store holds {ys}",
        )
    for (agency, _), gs in multi[:8]:
        ys = [g["year"] for g in gs]
        missing = [y for y in range(ys[0], ys[-1] + 1) if y not in ys]
        add(
            "G12 streak_refuse",
            f"{agency}从{ys[0]}年到{ys[-1]}年，中间有几年的年报库里没有？",
            {"value": len(missing), "unit": "年"},
            "which_reports",
            note=f"held {ys}; missing {missing}",
        )


def main() -> None:
    for f in (g1, g2, g3, g4, g5, g6, g7, g8, g9, g10, g11, g12):
        f()
    with open(HERE / "askfam2.jsonl", "w", encoding="utf-8") as out:
        for it in ITEMS:
            out.write(json.dumps(it, ensure_ascii=False) + "\n")
    fams = defaultdict(int)
    for it in ITEMS:
        fams[it["family"]] += 1
    print(len(ITEMS), dict(fams))


if __name__ == "__main__":
    main()
