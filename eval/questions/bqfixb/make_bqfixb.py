"""Write bqfixb.jsonl: a development bank for two families blindq missed (issue 13, branch `bqfixb`).

    PYTHONPATH=. .venv/bin/python eval/questions/bqfixb/make_bqfixb.py   # writes bqfixb.jsonl next to this file

Phrasings are mine, not blindq's (written before any was run on the branch):
- **sets**: a province × year of the store said with the store's words (「收录的单位」「已收录的各家单位」「所收录的」)
  or the year written before the place (「2022年湖南省的年报里」「二〇二二年…」), asked as a sum of 本年新收, a listing
  of it body by body, or which bodies had 信息公开 行政复议 / 行政诉讼 cases (「哪几家」).
- **reading**: the count of 政策解读 a report states beside its 政策文件 (「其中政策文件1件，政策解读33篇」) asked with the
  count before the thing (「发了多少篇政策解读」), as 解读材料, or with the voice slip 解毒; and, against it, the 政策文件
  count asked the same way (never the 政策解读's).
Expectations come from the gold cells (sets) and the report's own text (reading: the one statement of each figure).
Reuses blindq's gold and text readers (make_blindq.py). Deterministic: one seeded Random, sorted inputs."""

from __future__ import annotations

import importlib.util
import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_blindq", HERE.parent / "blindq" / "make_blindq.py")
assert _spec and _spec.loader
B = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(B)  # GOLD, IDS, UNIQUE, cell, readable, province, groups, text, year_text

SEED = 20261213
CN = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN[int(d)] for d in str(y)) + "年"


class Bank:
    def __init__(self) -> None:
        self.items: list[dict] = []
        self.rng = random.Random(SEED)

    def add(self, family: str, intent: str, q: str, expect: dict, **extra) -> None:
        item = {"id": f"bb{len(self.items) + 1:04d}", "q": q, "scope": {}, "intent": intent, "family": family}
        item.update({"expect": expect, **extra})
        self.items.append(item)


# ---- sets: a province × year of the store, said with the store's words
WHERE = [
    "{p}{y}收录的单位",
    "{p}{y}已收录的各家单位",
    "{p}{y}所收录的各个单位",
    "{y}{p}的年报里",
    "{y}{p}的报告中",
]
SUM_ASKS = ["{w}，本年新收申请合计多少件", "{w}新收的申请总共有多少件？", "{w}本年新收申请一共是多少"]
LIST_ASKS = ["{w}每家新收了多少件申请，分别列出来", "{w}的新收申请数分别是多少？"]
WHICH_ASKS = {
    "rv": ["{w}，哪几家有信息公开行政复议？", "{w}哪几家发生过信息公开行政复议案件"],
    "lit": ["{w}哪几家有信息公开行政诉讼", "{w}，哪几家被起诉过（信息公开行政诉讼）？"],
}


def sets_family(b: Bank) -> None:
    grp = B.groups()
    keys = sorted(grp)
    b.rng.shuffle(keys)
    for i, (prov, y) in enumerate(keys[:12]):
        rs = grp[(prov, y)]
        yt = cn_year(y) if i % 4 == 3 else (f"{y % 100}年" if i % 4 == 2 else f"{y}年")
        w = b.rng.choice(WHERE).format(p=prov, y=yt)
        kind = i % 3
        if kind == 0:
            q = b.rng.choice(SUM_ASKS).format(w=w)
            b.add(
                "sets:sum",
                "sum",
                q,
                {"value": sum(B.cell(x, "t3.new.tot") for x in rs), "unit": "件"},
                cells=[f"{x}:t3.new.tot" for x in rs],
                note=f"all {len(rs)} stored reports of {prov} {y}",
            )
        elif kind == 1:
            q = b.rng.choice(LIST_ASKS).format(w=w)
            b.add(
                "sets:list",
                "list",
                q,
                {"values": {x: B.cell(x, "t3.new.tot") for x in rs}, "unit": "件"},
                cells=[f"{x}:t3.new.tot" for x in rs],
                note=f"all {len(rs)} stored reports of {prov} {y}",
            )
        for k in ("rv", "lit"):
            if kind != 2 and k == ("lit" if i % 2 else "rv"):
                continue
            hit = [
                x
                for x in rs
                if (B.cell(x, "t4.rv.tot") if k == "rv" else B.cell(x, "t4.ld.tot") + B.cell(x, "t4.lr.tot")) > 0
            ]
            q = b.rng.choice(WHICH_ASKS[k]).format(w=w)
            b.add(
                f"sets:which_{k}",
                "which_reports",
                q,
                {"reports": sorted(hit)},
                note=f"all {len(rs)} stored reports of {prov} {y}; empty set means none",
            )


# ---- reading: 政策解读 counted beside 政策文件
READ_ASKS = [
    ("{a}{y}共发布了几篇政策解读", "reading:count_first"),
    ("{y}{a}一共发了多少篇政策解读？", "reading:count_first"),
    ("{a}{y}政策解读发布了多少篇", "reading:verb_first"),
    ("{a}{y}出了几篇解读材料？", "reading:material"),
    ("{a}{y}的解读材料一共有多少篇", "reading:material"),
    ("{a}{y}解读材料发布了多少篇", "reading:material"),
    ("{a}{y}发布政策解毒多少篇", "reading:slip"),
    ("{y}{a}解毒材料出了几篇？", "reading:slip"),
]
FILE_ASKS = ["{a}{y}发布了多少件政策文件", "{a}{y}一共公开了几件政策文件？"]


def reading_cands() -> list[tuple[str, int, int, str, str]]:
    out = []
    for rid in B.IDS:
        if rid not in B.UNIQUE:
            continue
        t = B.text(rid)
        if not t:
            continue
        r = list(re.finditer(r"政策解读(\d+)篇", t))
        f = list(re.finditer(r"政策文件(\d+)(条|件)", t))
        if len(r) == 1 and len(f) == 1 and r[0].group(1) != f[0].group(1):
            out.append((rid, int(r[0].group(1)), int(f[0].group(1)), f[0].group(2), r[0].group(0)))
    return out


def reading_family(b: Bank) -> None:
    cands = reading_cands()
    b.rng.shuffle(cands)
    for i, (rid, n_read, _, _, quote) in enumerate(cands[: len(READ_ASKS) * 2]):
        g = B.GOLD[rid]
        y = f"{g['year']}年" if i % 3 else f"{g['year'] % 100}年"
        q, fam = READ_ASKS[i % len(READ_ASKS)]
        b.add(
            fam, "narrative", q.format(a=g["agency"], y=y), {"value": n_read, "unit": "篇"}, source_quote={rid: quote}
        )
    for i, (rid, n_read, n_file, file_unit, _) in enumerate(cands[len(READ_ASKS) * 2 : len(READ_ASKS) * 2 + 4]):
        g = B.GOLD[rid]
        q = FILE_ASKS[i % len(FILE_ASKS)].format(a=g["agency"], y=f"{g['year']}年")
        b.add(
            "reading:files_against",
            "narrative",
            q,
            {"value": n_file, "unit": file_unit},
            source_quote={rid: f"政策文件{n_file}{file_unit}"},
            note=f"政策解读 is {n_read}篇 there: never that",
        )


def build() -> list[dict]:
    b = Bank()
    sets_family(b)
    reading_family(b)
    return b.items


def main() -> None:
    items = build()
    (HERE / "bqfixb.jsonl").write_text(
        "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8"
    )
    fams: dict[str, int] = defaultdict(int)
    for it in items:
        fams[it["family"]] += 1
    print(len(items), dict(sorted(fams.items())))


if __name__ == "__main__":
    main()
