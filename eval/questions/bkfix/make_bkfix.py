"""Write bkfix.jsonl: a development bank for the families blindk missed that branch `bkfix` fixes (issue 13).

    PYTHONPATH=. .venv/bin/python eval/questions/bkfix/make_bkfix.py   # writes bkfix.jsonl next to this file

Phrasings are mine, not blindk's (other joining words, other measures, other orders):
- **compound**: a row spelled out in a parenthesis (「行政诉讼（未经复议直接起诉＋复议后起诉）」「（予以公开与部分公开）」),
  the row asked — or, with no row before it, its parts added; once with 复议 misheard as 复意 inside.
- **share2**: a share whose part is two rows joined (加上, +, 和) over 全部答复 / 办理结果总计 / 答复总数.
- **ratio**: 「A与B之比是多少比一」「A是B的多小倍」「A是B的几倍」 with a side mistyped (公凯).
- **typocheck**: a consistency question of 表四's 行政复议 row written 行政复意 (a defect report and a clean one).
- **twoasks**: two asks side by side — a space between, or 「X呢」 after a question mark.
- **kinds**: how many of the six applicant columns of 本年新收 are not zero, said with 过.
- **answered**: 办理结果总计 asked as 答复 (「所有答复一共几件」「答复的件数总共」).
Expectations come from the gold cells (eval/wild*/gold). Deterministic: one seeded Random, sorted inputs."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 20))]
SEED = 20261206

G: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        G[d["id"]] = d
        SET_OF[d["id"]] = s
IDS = sorted(G)
PAIR = Counter((G[i]["agency"], G[i]["year"]) for i in IDS)


def unique(i: str) -> bool:
    return PAIR[(G[i]["agency"], G[i]["year"])] == 1


def table_ok(i: str, t: str) -> bool:
    d = G[i]
    if d["template"] not in ("GF2019", "GF2021") or not d["tables_recoverable"] or not unique(i):
        return False
    return not any(t in (f.get("where") or "") for f in d["findings"])


def cell(i: str, key: str):
    t, _, k = key.partition(".")
    return G[i].get(t, {}).get(k)


def cells_ok(i: str, keys: list[str]) -> bool:
    return all(
        table_ok(i, k.split(".")[0])
        and isinstance(cell(i, k), (int, float))
        and not isinstance(cell(i, k), bool)
        and k not in G[i].get("placeholders", {})
        for k in keys
    )


class Bank:
    def __init__(self) -> None:
        self.items: list[dict] = []
        self.rng = random.Random(SEED)

    def add(self, family: str, intent: str, q: str, expect: dict, **extra) -> None:
        item = {"id": f"bkf{len(self.items) + 1:04d}", "q": q, "scope": {}, "intent": intent, "family": family}
        item.update({"expect": expect, **extra})
        self.items.append(item)


def ay(i: str) -> tuple[str, str]:
    return G[i]["agency"], f"{G[i]['year']}年"


def pool(keys: list[str], rng: random.Random, test=lambda i: True) -> list[str]:
    out = [i for i in IDS if cells_ok(i, keys) and test(i)]
    rng.shuffle(out)
    return out


COMPOUND = [
    "{a}{y}行政诉讼（未经复议直接起诉＋复议后起诉）一共多少件",
    "{a}{y}的行政诉讼(直接起诉与复议后起诉)总量",
    "{a}{y}信息公开行政诉讼（复意后起诉和直接起诉）合计几件",
]


def compound_family(b: Bank) -> None:
    keys = ["t4.ld.tot", "t4.lr.tot"]
    for k, i in enumerate(pool(keys, b.rng, lambda i: bool(cell(i, "t4.lr.tot")) and bool(cell(i, "t4.ld.tot")))[:6]):
        a, y = ay(i)
        q = COMPOUND[k % len(COMPOUND)].format(a=a, y=y)
        b.add(
            "compound",
            "value",
            q,
            {"value": cell(i, keys[0]) + cell(i, keys[1]), "unit": "件"},
            cells=[f"{i}:{c}" for c in keys],
        )
    keys = ["t3.r1.tot", "t3.r2.tot"]
    for i in pool(keys, b.rng, lambda i: bool(cell(i, "t3.r1.tot")) and bool(cell(i, "t3.r2.tot")))[:3]:
        a, y = ay(i)
        q = f"{a}{y}（予以公开与部分公开）总共多少件"
        b.add(
            "compound",
            "sum",
            q,
            {"value": cell(i, keys[0]) + cell(i, keys[1]), "unit": "件"},
            cells=[f"{i}:{c}" for c in keys],
        )


SHARE2 = [
    ("{a}{y}予以公开加上部分公开在全部答复里占百分之几", ["t3.r1.tot", "t3.r2.tot"]),
    ("{a}{y}公开+部分公开占答复总数的比重是多少", ["t3.r1.tot", "t3.r2.tot"]),
    ("{a}{y}部分公开和予以公开合起来占所有答复的比例", ["t3.r1.tot", "t3.r2.tot"]),
]


def share2_family(b: Bank) -> None:
    for k, i in enumerate(
        pool(
            ["t3.r1.tot", "t3.r2.tot", "t3.r7.tot"],
            b.rng,
            lambda i: bool(cell(i, "t3.r7.tot")),
        )[:9]
    ):
        a, y = ay(i)
        q, parts = SHARE2[k % len(SHARE2)]
        v = round(100 * sum(cell(i, p) for p in parts) / cell(i, "t3.r7.tot"), 2)
        if v in (
            round(100 * cell(i, parts[0]) / cell(i, "t3.r7.tot"), 2),
            round(100 * cell(i, parts[1]) / cell(i, "t3.r7.tot"), 2),
        ):
            continue  # one part 0: the part alone would pass
        cells = [f"{i}:{c}" for c in [*parts, "t3.r7.tot"]]
        b.add("share2", "share", q.format(a=a, y=y), {"value": v, "unit": "%", "tol": 0.05}, cells=cells)


LEGAL = ["t3.new.biz", "t3.new.sci", "t3.new.npo", "t3.new.law", "t3.new.oth"]


def ratio_family(b: Bank) -> None:
    keys = ["t3.new.np", *LEGAL]
    for i in pool(keys, b.rng, lambda i: sum(cell(i, c) for c in LEGAL) > 0 and cell(i, "t3.new.np") > 0)[:4]:
        a, y = ay(i)
        v = round(cell(i, "t3.new.np") / sum(cell(i, c) for c in LEGAL), 2)
        b.add(
            "ratio",
            "ratio",
            f"{a}{y}自然人与法人或其他组织的申请之比是多少比一？",
            {"value": v, "unit": "倍", "tol": 0.05},
            cells=[f"{i}:{c}" for c in keys],
        )
    keys = ["t3.r1.tot", "t3.r2.tot"]
    for k, i in enumerate(
        pool(keys, b.rng, lambda i: cell(i, "t3.r2.tot") > 0 and cell(i, "t3.r1.tot") != cell(i, "t3.r2.tot"))[:4]
    ):
        a, y = ay(i)
        q = (f"{a}{y}予以公凯的数量是部分公开的几倍", f"{a}{y}予以公开是部分公开的多小倍")[k % 2]
        v = round(cell(i, "t3.r1.tot") / cell(i, "t3.r2.tot"), 2)
        b.add("ratio", "ratio", q, {"value": v, "unit": "倍", "tol": 0.05}, cells=[f"{i}:{c}" for c in keys])


RV = ["t4.rv.keep", "t4.rv.fix", "t4.rv.other", "t4.rv.pend", "t4.rv.tot"]


def typocheck_family(b: Bank) -> None:
    broken = [
        i
        for i in IDS
        if unique(i)
        and any(
            f.get("check") == "H5" and f.get("where") == "t4.rv" and f.get("kind") == "report_defect"
            for f in G[i]["findings"]
        )
        and all(isinstance(cell(i, c), (int, float)) for c in RV)
    ]
    for i in broken[:3]:
        a, y = ay(i)
        implied = sum(cell(i, c) for c in RV[:-1])
        b.add(
            "typocheck",
            "consistency",
            f"{a}{y}表四行政复意的分项之和跟总计对得上吗",
            {
                "verdict": "inconsistent",
                "checks": ["H5"],
                "values": {"t4.rv.tot": cell(i, "t4.rv.tot"), "implied": implied},
            },
            cells=[f"{i}:{c}" for c in RV],
        )
    for i in pool(RV, b.rng, lambda i: not G[i]["findings"] and cell(i, "t4.rv.tot") > 0)[:3]:
        a, y = ay(i)
        b.add(
            "typocheck",
            "consistency",
            f"{a}{y}行政复意这一行各栏相加是否等于总计",
            {"verdict": "consistent", "checks": ["H5"], "values": {"t4.rv.tot": cell(i, "t4.rv.tot")}},
            cells=[f"{i}:{c}" for c in RV],
        )


TWO = [
    ("{a}{y}上年结转几件 办结几件", ["t3.carry_in.tot", "t3.r7.tot"]),
    ("{a}{y}予以公开多少件？部分公开呢", ["t3.r1.tot", "t3.r2.tot"]),
    ("{a}{y}部分公开几件 予以公开几件", ["t3.r1.tot", "t3.r2.tot"]),
]


def twoasks_family(b: Bank) -> None:
    for k, i in enumerate(
        pool(["t3.carry_in.tot", "t3.r7.tot", "t3.r1.tot", "t3.r2.tot", "t3.r1.tot", "t3.r2.tot"], b.rng)[:6]
    ):
        a, y = ay(i)
        q, keys = TWO[k % len(TWO)]
        if cell(i, keys[0]) == cell(i, keys[1]):
            continue
        b.add(
            "twoasks",
            "list",
            q.format(a=a, y=y),
            {"values": {f"{i}:{c}": cell(i, c) for c in keys}, "unit": "件"},
            cells=[f"{i}:{c}" for c in keys],
        )


def kinds_family(b: Bank) -> None:
    keys = ["t3.new.np", *LEGAL]
    qs = ["{a}{y}六类申请人当中有几类提出过申请", "{a}{y}有几种申请人来申请过"]
    for k, i in enumerate(pool(keys, b.rng, lambda i: cell(i, "t3.new.tot") not in (None, 0))[:4]):
        a, y = ay(i)
        n = sum(1 for c in keys if cell(i, c))
        b.add(
            "kinds", "value", qs[k % 2].format(a=a, y=y), {"value": n, "unit": "类"}, cells=[f"{i}:{c}" for c in keys]
        )


def answered_family(b: Bank) -> None:
    qs = ["{a}{y}所有答复一共几件", "{a}{y}答复的总数量有多少"]
    for k, i in enumerate(pool(["t3.r7.tot"], b.rng)[:4]):
        a, y = ay(i)
        b.add(
            "answered",
            "value",
            qs[k % 2].format(a=a, y=y),
            {"value": cell(i, "t3.r7.tot"), "unit": "件"},
            cells=[f"{i}:t3.r7.tot"],
        )


def main() -> None:
    b = Bank()
    for fam in (
        compound_family,
        share2_family,
        ratio_family,
        typocheck_family,
        twoasks_family,
        kinds_family,
        answered_family,
    ):
        fam(b)
    (HERE / "bkfix.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in b.items), encoding="utf-8"
    )
    print(len(b.items), dict(Counter(x["family"] for x in b.items)))


if __name__ == "__main__":
    main()
