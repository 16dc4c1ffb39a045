"""Blind bank blindzr: questions that carry a wrong or shaky assumption (issue 13 — scoring only).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzr/make_blindzr.py   # rewrites blindzr.jsonl (same bytes every run)

Every expected value is computed here from the gold JSON of eval/wild, eval/wild2 … eval/wild33 (the store of
`BANKS["blindzr"]`). See README.md for the kinds, the judging conventions and the counts."""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 34))]
TODAY_YEAR = 2026  # the bank's "today" (December 2026): an unscoped 「去年」 is 2025

GOLDS: list[dict] = []
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        g["_set"] = s
        GOLDS.append(g)
BY_ID = {g["id"]: g for g in GOLDS}
AY = Counter((g["agency"], g["year"]) for g in GOLDS)
YEARS_OF = defaultdict(set)
for g in GOLDS:
    YEARS_OF[g["agency"]].add(g["year"])
ALL_NAMES = sorted({g["agency"] for g in GOLDS})


def same_body_year(agency: str, y: int) -> bool:
    """Is a report of this body (or a body of the same region and level, a possible renaming) stored for year y?"""
    mine = [g for g in GOLDS if g["agency"] == agency]
    return any(h["year"] == y and any(h["region"] == g["region"] and h["level"] == g["level"] for g in mine) for h in GOLDS)


def province(g: dict) -> str:
    m = re.match(r"(.+?(?:省|自治区|市))", g["region"])
    return m.group(1) if m else g["region"]


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and g.get("tables_recoverable")
        and not g.get("findings")
        and not g.get("statements")
        and AY[(g["agency"], g["year"])] == 1
        and bool(g.get("t3"))
    )


def cell(g: dict, key: str):
    t, _, k = key.partition(".")
    v = (g.get(t) or {}).get(k)
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def total(g: dict, keys: list[str]):
    vals = [cell(g, k) for k in keys]
    return None if any(v is None for v in vals) else sum(vals)


READ = sorted((g for g in GOLDS if readable(g)), key=lambda g: g["id"])
R19 = [g for g in READ if g["template"] == "GF2019"]
R21 = [g for g in READ if g["template"] == "GF2021"]
RNG = random.Random(20261207)
ITEMS: list[dict] = []
USED: Counter = Counter()  # report id → times used (spread the bank over many reports)

PHRASINGS = ["plain", "formal", "voice", "typo", "filler"]
FORMAL_WRAP = ["烦请查询：{q}", "依据年度报告，请告知：{q}", "请核实：{q}"]
FILLER_WRAP = ["麻烦问一下，{q}", "急！{q}", "同事跟我说的，{q}", "领导让我确认下，{q}"]
TYPOS = [("申请", "申清"), ("公开", "公凯"), ("复议", "复义"), ("诉讼", "诉松"), ("多少", "多小")]


def phrase(q: str, how: str) -> str:
    if how == "formal":
        return RNG.choice(FORMAL_WRAP).format(q=q)
    if how == "filler":
        return RNG.choice(FILLER_WRAP).format(q=q)
    if how == "voice":
        return "嗯那个 " + re.sub(r"[，。？！、：；]", " ", q).strip()
    if how == "typo":
        for a, b in TYPOS:
            if a in q:
                return q.replace(a, b, 1)
        return q
    return q


def ylabel(y: int) -> str:
    return RNG.choice([f"{y}年", f"{y}年", f"{y}年度", f"{str(y)[2:]}年"])


def add(kind, persona, intent, q, expect, *, scope=None, cells=None, calc=None, note="", how="plain", reads=()):
    how_q = phrase(q, how)
    it = {
        "id": None,
        "q": how_q,
        "scope": {"report": scope} if scope else {},
        "intent": intent,
        "style": "formal" if how == "formal" else "colloquial",
        "expect": expect,
    }
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    it["note"] = note
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = how
    rs = set(reads) | ({scope} if scope else set())
    it["sets"] = sorted({BY_ID[r]["_set"] for r in rs}) or ["store"]
    for r in rs:
        USED[r] += 1
    ITEMS.append(it)


def pick(pool, n, pred=lambda g: True):
    cand = [g for g in pool if pred(g)]
    RNG.shuffle(cand)
    cand.sort(key=lambda g: USED[g["id"]])
    return cand[:n]


def cyc(i):
    return PHRASINGS[i % len(PHRASINGS)]


# ---------------------------------------------------------------- A. a wrong figure in the question
MEAS = [  # (users' words, cells)
    ("同意公开的有几件", ["t3.r1.tot"]),
    ("部分公开的有几件", ["t3.r2.tot"]),
    ("没办完、结转到下一年的有几件", ["t3.carry_out.tot"]),
    ("最后不予公开的有几件", [f"t3.r3_{i}.tot" for i in range(1, 9)]),
]
for i, g in enumerate(pick(READ, 24, lambda g: (cell(g, "t3.new.tot") or 0) >= 3)):
    words, cells = MEAS[i % len(MEAS)]
    v = total(g, cells)
    if v is None:
        continue
    true = cell(g, "t3.new.tot")
    wrong = true + RNG.choice([-2, -1, 1, 2, 3, 5]) if true < 20 else round(true * RNG.choice([0.8, 1.2, 1.5]))
    if wrong == true or wrong <= 0:
        wrong = true + 4
    q = f"{g['agency']}{ylabel(g['year'])}收到的{wrong}件信息公开申请里，{words}？"
    add("wrong_figure", RNG.choice(["reporter", "citizen", "deputy"]), "value", q, {"value": v, "unit": "件"},
        cells=[f"{g['id']}:{c}" for c in cells], how=cyc(i),
        note=f"the question's {wrong} is wrong: 新收 is {true}; headline = the asked measure", reads=[g["id"]])

for i, g in enumerate(pick(READ, 14, lambda g: (cell(g, "t3.new.tot") or 0) >= 2)):
    true = cell(g, "t3.new.tot")
    wrong = true * 2 if true < 50 else true + 100
    tmpl = [
        "{a}{y}新收了{w}件依申请公开，对吧？",
        "我记得{a}{y}收到{w}件信息公开申请，没错吧？",
        "新闻稿里说{a}{y}接到了{w}件政府信息公开申请，是这个数吗？",
    ][i % 3]
    q = tmpl.format(a=g["agency"], y=ylabel(g["year"]), w=wrong)
    add("wrong_figure_confirm", RNG.choice(["reporter", "student", "deputy"]), "value", q, {"value": true, "unit": "件"},
        cells=[f"{g['id']}:t3.new.tot"], how=cyc(i + 1), note=f"否: the report prints 新收 {true}, not {wrong}",
        reads=[g["id"]])

# ---------------------------------------------------------------- B. a false (or true) 「零」 claim
ZERO = [
    ("听说{a}{y}零申请，是真的吗？", ["t3.new.tot"], "件"),
    ("{a}{y}一件行政复议都没有吧？", ["t4.rv.tot"], "件"),
    ("{a}{y}应该没被告上法庭吧？", ["t4.ld.tot", "t4.lr.tot"], "件"),
    ("{a}{y}没有企业来申请公开吧？", ["t3.new.biz"], "件"),
]
for i in range(20):
    tmpl, cells, unit = ZERO[i % 4]
    want_zero = i % 5 == 4  # one claim in five is true (the answer is 0 = 是)
    got = pick(READ, 1, lambda g: total(g, cells) is not None and ((total(g, cells) == 0) == want_zero))
    if not got:
        continue
    g = got[0]
    v = total(g, cells)
    q = tmpl.format(a=g["agency"], y=ylabel(g["year"]))
    add("zero_claim", RNG.choice(["citizen", "reporter", "lawyer", "company"]), "value", q, {"value": v, "unit": unit},
        cells=[f"{g['id']}:{c}" for c in cells], how=cyc(i + 2),
        note=("是: the count is 0" if v == 0 else f"否: the count is {v}"), reads=[g["id"]])

# ---------------------------------------------------------------- C. a year the store does not hold for that body
WY = [
    "{a}{y}收到了多少件信息公开申请？",
    "{a}{y}的年报里，行政复议有几件？",
    "我在写稿子，{a}{y}依申请公开的办理情况能说下总数吗？",
    "{a}{y}同意公开了几件申请？",
]
agencies = sorted({g["agency"] for g in READ})
RNG.shuffle(agencies)
n = 0
for a in agencies:
    if n >= 18:
        break
    ys = YEARS_OF[a]
    cands = [y for y in (min(ys) - 1, max(ys) + 1) if 2016 <= y <= 2025 and y not in ys and not same_body_year(a, y)]
    if not cands:
        continue
    y = RNG.choice(cands)
    q = WY[n % 4].format(a=a, y=ylabel(y))
    add("year_not_stored", RNG.choice(["student", "researcher", "reporter"]), "unanswerable", q, {"refuse": True},
        how=cyc(n + 3), note=f"asked as value; {a} is stored for {sorted(ys)} only, not {y}")
    n += 1

# scoped relative years: 「去年」「前年」 = the chosen report's year − 1 / − 2
n_ok = n_no = 0
for g in sorted(READ, key=lambda g: (USED[g["id"]], g["id"])):
    if n_ok >= 8 and n_no >= 8:
        break
    for back, word in ((1, "去年"), (2, "前年")):
        y = g["year"] - back
        prev = [h for h in GOLDS if h["agency"] == g["agency"] and h["year"] == y]
        if not prev and n_no < 8 and not same_body_year(g["agency"], y):
            q = RNG.choice(["那{w}这家收了多少申请？", "跟{w}比，今年新收的申请多了还是少了？{w}是多少？", "{w}的新收申请数是多少"]).format(w=word)
            add("relative_year", "clerk", "unanswerable", q, {"refuse": True}, scope=g["id"], how=cyc(n_no),
                note=f"asked as value; {word} of {g['id']} = {y}, not stored for {g['agency']}")
            n_no += 1
            break
        if len(prev) == 1 and readable(prev[0]) and n_ok < 8:
            v = cell(prev[0], "t3.new.tot")
            if v is None:
                continue
            q = RNG.choice(["{w}我们收了多少件申请来着？", "{w}新收的依申请公开是几件", "记得{w}的新收申请是今年的一半，{w}到底多少件？"]).format(w=word)
            add("relative_year", "clerk", "value", q, {"value": v, "unit": "件"}, scope=g["id"],
                cells=[f"{prev[0]['id']}:t3.new.tot"], how=cyc(n_ok + 1),
                note=f"{word} of {g['id']} = {prev[0]['id']}", reads=[prev[0]["id"]])
            n_ok += 1
            break

# unscoped 「去年」 = 2025 (today is December 2026)
n = 0
for g in pick(READ, 40, lambda g: g["year"] in (2023, 2024)):
    if n >= 6:
        break
    if 2025 in YEARS_OF[g["agency"]] or same_body_year(g["agency"], 2025):
        continue
    q = ["{a}去年收到多少信息公开申请？", "{a}去年被复议了几次？", "{a}去年的年报里同意公开几件？"][n % 3].format(a=g["agency"])
    add("relative_year_today", RNG.choice(["citizen", "reporter"]), "unanswerable", q, {"refuse": True}, how=cyc(n),
        note=f"asked as value; 去年 = {TODAY_YEAR - 1} (no scope); {g['agency']} stored for {sorted(YEARS_OF[g['agency']])}")
    n += 1

# ---------------------------------------------------------------- D. a near-namesake that is not stored
def stored_like(name: str) -> bool:
    return any(name in a for a in ALL_NAMES)


near = []
for g in READ:
    a = g["agency"]
    m = re.match(r"^(.+?市)(.+?(?:区|县|旗))(.+)$", a) or re.match(r"^(.+?(?:州|盟))(.+?(?:区|县|旗))(.+)$", a)
    if g["level"] == "县级部门" and m and not m.group(3).endswith("人民政府") and not m.group(3).startswith("人民政府"):
        cand = m.group(1) + m.group(3)  # the city's bureau of the same name
        if not stored_like(cand):
            near.append((g, cand, "the city's bureau of the same name"))
    m = re.match(r"^(.*?(?:区|县|旗))(.+?(?:镇|乡|街道))(?:人民政府|办事处)$", a) or re.match(
        r"^(.+?市)(.+?(?:镇|乡|街道))(?:人民政府|办事处)$", a)
    if g["level"] == "乡镇" and m:
        cand = m.group(1) + "人民政府"
        short = re.sub(r"^.+?市(?=.+(?:区|县|旗)$)", "", m.group(1))
        if not any(stored_like(x) for x in (cand, m.group(1) + "政府", short + "人民政府", short + "政府办")):
            near.append((g, cand, "the county/district government above the town"))
    m = re.match(r"^(.+?局)(.+分局)$", a)
    if m and not stored_like(m.group(1)[:-1]) and m.group(1) not in ALL_NAMES:
        near.append((g, m.group(1), "the parent bureau of a 分局"))
RNG.shuffle(near)
seen = set()
NN = ["{c}{y}收到了多少件信息公开申请？", "{c}{y}行政复议几件？", "{c}{y}年报里部分公开的有多少？", "查一下{c}{y}的不予公开件数"]
n = 0
for g, cand, why in near:
    if cand in seen or n >= 20:
        continue
    seen.add(cand)
    q = NN[n % 4].format(c=cand, y=ylabel(g["year"]))
    add("near_namesake", RNG.choice(["reporter", "student", "officer"]), "unanswerable", q, {"refuse": True},
        how=cyc(n), note=f"asked as value; {cand} is not stored — near-namesake {g['agency']} ({g['id']}) is {why}",
        reads=[])
    n += 1

# ---------------------------------------------------------------- E. a wrong body relation
REL = [
    ("{a}作为{c}的一个部门，{y}收到了多少件信息公开申请？", ["t3.new.tot"]),
    ("{a}这个{c}下属单位{y}有几件行政复议？", ["t4.rv.tot"]),
    ("{c}的部门{a}，{y}同意公开几件？", ["t3.r1.tot"]),
]
for i, g in enumerate(pick(READ, 12, lambda g: g["level"] == "县级政府" and re.match(r"^.+?(?:省|自治区)(.+?市)", g["region"]) is not None)):
    city = re.match(r"^.+?(?:省|自治区)(.+?市)", g["region"]).group(1)
    tmpl, cells = REL[i % 3]
    v = total(g, cells)
    if v is None:
        continue
    q = tmpl.format(a=g["agency"], c=city, y=ylabel(g["year"]))
    add("wrong_relation", RNG.choice(["student", "reporter", "citizen"]), "value", q, {"value": v, "unit": "件"},
        cells=[f"{g['id']}:{c}" for c in cells], how=cyc(i),
        note=f"{g['agency']} is a 县级政府 (not a department of {city}); its own figure", reads=[g["id"]])

# a town's report asked about the county/district above it (scoped) → not in this report, the county's not stored
n = 0
for g in pick(READ, 60, lambda g: g["level"] == "乡镇"):
    if n >= 8:
        break
    m = re.match(r"^(.*?(?:区|县|旗))(.+?(?:镇|乡|街道))", g["agency"]) or re.match(r"^(.+?市)(.+?(?:镇|乡|街道))", g["agency"])
    if not m:
        continue
    county = m.group(1)
    short = re.sub(r"^.+?市(?=.+(?:区|县|旗)$)", "", county)
    if any(h["year"] == g["year"] and h["level"] in ("县级政府", "市级政府") and (county in h["agency"] or short in h["agency"]) for h in GOLDS):
        continue
    q = ["整个{c}今年一共收到多少信息公开申请？", "这是{c}的年报吧？{c}今年复议几件？", "{c}今年一共同意公开了多少件"][n % 3].format(c=county)
    add("wrong_relation_scoped", "citizen", "unanswerable", q, {"refuse": True}, scope=g["id"], how=cyc(n),
        note=f"asked as value; the chosen report is the town {g['agency']}, not {county}; {county}'s {g['year']} report is not stored")
    n += 1

# ---------------------------------------------------------------- F. the other template's words
OT21 = [  # GF2019 words asked of a GF2021 report
    ("{a}{y}政府集中采购项目有几个？", None),
    ("{a}{y}年报表二里其他对外管理服务事项的处理决定数量是多少？", None),
    ("{a}{y}行政许可上一年项目数量是多少？", None),
    ("{a}{y}行政处罚本年增/减了多少？", None),
    ("{a}{y}规范性文件本年新制作数量是多少？", ["t2.norm.made"]),
    ("{a}{y}行政许可的处理决定数量是多少？", ["t2.license.decisions"]),
]
OT19 = [  # GF2021 words asked of a GF2019 report
    ("{a}{y}行政规范性文件本年废止件数是多少？", None),
    ("{a}{y}行政事业性收费本年收费金额多少万元？", None),
    ("{a}{y}其他处理里，申请人逾期未按收费通知要求缴纳费用的有几件？", None),
    ("{a}{y}行政规范性文件本年制发件数是多少？", ["t2.norm.new_made"]),
    ("{a}{y}行政许可本年处理决定数量是多少？", ["t2.license.decisions"]),
]
for pool, rows, n_items in ((R21, OT21, 14), (R19, OT19, 12)):
    for i in range(n_items):
        tmpl, cells = rows[i % len(rows)]
        got = pick(pool, 1, lambda g: cells is None or total(g, cells) is not None)
        if not got:
            print("none", tmpl, len(pool)); continue
        g = got[0]
        q = tmpl.format(a=g["agency"], y=ylabel(g["year"]))
        other = "GF2019" if g["template"] == "GF2021" else "GF2021"
        if cells is None:
            add("other_template", RNG.choice(["lawyer", "company", "evaluator"]), "unanswerable", q, {"refuse": True},
                how=cyc(i), note=f"asked as value; a {other} label with no counterpart in this {g['template']} report",
                reads=[g["id"]])
        else:
            add("other_template_mapped", RNG.choice(["lawyer", "company", "evaluator"]), "value", q,
                {"value": total(g, cells), "unit": "件" if "norm" in cells[0] else None},
                cells=[f"{g['id']}:{c}" for c in cells], how=cyc(i),
                note=f"a {other} label mapped unambiguously onto {cells[0]} of this {g['template']} report",
                reads=[g["id"]])

# ---------------------------------------------------------------- G. the wrong table or kind
KIND = [
    ("{a}{y}有几件信息公开申请被复议机关纠正了？", ["t4.rv.fix"], "value", "复议 结果纠正 (表四), not an application result"),
    ("{a}{y}被起诉以后，政府赢了几次？", ["t4.ld.keep", "t4.lr.keep"], "value", "赢 = 结果维持, 直接起诉 + 复议后起诉"),
    ("{a}{y}收到的行政复议申请里有几件是要求公开信息的？", ["t4.rv.tot"], "value", "every 表四 复议 is about 信息公开: 复议 总计"),
    ("{a}{y}的行政复议案件中，有几件是因为不予公开引起的？", None, "unanswerable", "表四 gives no cause of the 复议"),
    ("{a}{y}打官司输了几场？", ["t4.ld.fix", "t4.lr.fix"], "value", "输 = 结果纠正, 直接起诉 + 复议后起诉"),
    ("{a}{y}被复议维持的申请里，原来是部分公开的有几件？", None, "unanswerable", "表三 and 表四 are not cross-tabulated"),
]
for i in range(24):
    tmpl, cells, intent, why = KIND[i % len(KIND)]
    g = pick(READ, 1, lambda g: cells is None or total(g, cells) is not None)[0]
    q = tmpl.format(a=g["agency"], y=ylabel(g["year"]))
    if cells is None:
        add("wrong_table", RNG.choice(["lawyer", "citizen"]), "unanswerable", q, {"refuse": True}, how=cyc(i + 1),
            note=f"asked as value; {why}", reads=[g["id"]])
    else:
        add("wrong_table", RNG.choice(["lawyer", "citizen", "reporter"]), "value", q, {"value": total(g, cells), "unit": "件"},
            cells=[f"{g['id']}:{c}" for c in cells], how=cyc(i + 1), note=why, reads=[g["id"]])

# ---------------------------------------------------------------- H. a loaded comparison
groups = defaultdict(list)
for g in READ:
    groups[(province(g), g["level"], g["year"])].append(g)
pairs = []
for key, gs in sorted(groups.items()):
    gs = [g for g in gs if (cell(g, "t3.new.tot") or 0) > 0]
    for x in range(len(gs)):
        for y in range(x + 1, len(gs)):
            if gs[x]["agency"] != gs[y]["agency"] and cell(gs[x], "t3.new.tot") != cell(gs[y], "t3.new.tot"):
                pairs.append((gs[x], gs[y]))
RNG.shuffle(pairs)
used_pair = set()
n = 0
for a, b in pairs:
    if n >= 30 or a["id"] in used_pair or b["id"] in used_pair:
        continue
    used_pair |= {a["id"], b["id"]}
    va, vb = cell(a, "t3.new.tot"), cell(b, "t3.new.tot")
    y = ylabel(a["year"])
    if n % 2 == 0:  # 「多了一倍多吧」 → the ratio A ÷ B
        q = ["{y}{A}的信息公开申请比{B}多了一倍多吧？", "{A}{y}收到的申请是{B}的两倍以上，对吗？具体是几倍？",
             "都说{A}{y}的申请量是{B}的好几倍，到底是几倍？"][n // 2 % 3].format(A=a["agency"], B=b["agency"], y=y)
        add("loaded_ratio", RNG.choice(["reporter", "deputy", "researcher"]), "ratio", q,
            {"value": round(va / vb, 2), "unit": "倍", "tol": 0.05},
            cells=[f"{a['id']}:t3.new.tot", f"{b['id']}:t3.new.tot"], calc=f"{{{a['id']}:t3.new.tot}}/{{{b['id']}:t3.new.tot}}",
            how=cyc(n), note=f"{va} ÷ {vb} = {va / vb:.3f}: {'是' if va >= 2 * vb else '否'}", reads=[a["id"], b["id"]])
    else:  # 「A比B多吧」 → both figures, the larger first
        q = ["{A}{y}的申请肯定比{B}多吧？", "{y}{A}收到的信息公开申请比{B}多不少吧？两家各多少？",
             "我听说{A}{y}申请量超过了{B}，是吗？"][n // 2 % 3].format(A=a["agency"], B=b["agency"], y=y)
        big = a if va > vb else b
        add("loaded_compare", RNG.choice(["reporter", "deputy", "researcher"]), "compare", q,
            {"values": {a["id"]: va, b["id"]: vb}, "unit": "件", "order": [big["id"]]},
            cells=[f"{a['id']}:t3.new.tot", f"{b['id']}:t3.new.tot"], how=cyc(n),
            note=f"{va} vs {vb}: {'是' if va > vb else '否'}", reads=[a["id"], b["id"]])
    n += 1

# ---------------------------------------------------------------- H2. a change asked with the wrong direction
chg = []
for g in READ:
    for h in READ:
        if h["agency"] == g["agency"] and h["year"] < g["year"]:
            vg, vh = cell(g, "t3.new.tot"), cell(h, "t3.new.tot")
            if vg is not None and vh is not None and vg != vh:
                chg.append((h, g))
RNG.shuffle(chg)
n = 0
for h, g in chg:
    if n >= 20:
        break
    vh, vg = cell(h, "t3.new.tot"), cell(g, "t3.new.tot")
    claim = "少" if vg > vh else "多"  # the question claims the opposite direction
    if n % 4 == 3 and h["year"] != g["year"] - 1:
        continue
    if n % 4 == 3:
        q = ["为什么今年的申请比去年{c}了？{c}了多少？", "今年新收申请比去年{c}了几件？"][n % 2].format(c=claim)
        add("wrong_direction", "clerk", "change", q, {"value": vg - vh, "unit": "件"}, scope=g["id"],
            cells=[f"{g['id']}:t3.new.tot", f"{h['id']}:t3.new.tot"], calc=f"{{{g['id']}:t3.new.tot}}-{{{h['id']}:t3.new.tot}}",
            how=cyc(n), note=f"the premise 「{claim}了」 is wrong: {vh} → {vg}; signed later − earlier", reads=[h["id"]])
    else:
        q = ["{a}{y2}的信息公开申请为什么比{y1}{c}了那么多？到底差多少？", "{a}{y2}新收申请比{y1}{c}了多少件？",
             "听说{a}{y2}的申请量较{y1}明显减{c2}，变化是多少？"][n % 3].format(
            a=g["agency"], y2=f"{g['year']}年", y1=f"{h['year']}年", c=claim, c2="少" if claim == "少" else "少")
        if n % 3 == 2 and vg < vh:
            continue  # 「明显减少」 only where it grew (the premise is wrong)
        add("wrong_direction", RNG.choice(["reporter", "deputy", "researcher"]), "change", q, {"value": vg - vh, "unit": "件"},
            cells=[f"{g['id']}:t3.new.tot", f"{h['id']}:t3.new.tot"], calc=f"{{{g['id']}:t3.new.tot}}-{{{h['id']}:t3.new.tot}}",
            how=cyc(n), note=f"the premise 「{claim}了」 is wrong: {vh} → {vg}; signed later − earlier", reads=[g["id"], h["id"]])
    n += 1

# ---------------------------------------------------------------- I. a superlative over a tie or an empty set
LEVEL_WORDS = {"县级政府": "区县政府", "县级部门": "县里的部门", "乡镇": "乡镇街道", "市级部门": "市直部门",
               "省级部门": "省直厅局", "市级政府": "市政府"}
SUP = [("行政复议", ["t4.rv.tot"]), ("信息公开申请", ["t3.new.tot"]), ("被起诉的官司", ["t4.ld.tot", "t4.lr.tot"])]
SUP += [("部分公开的申请", ["t3.r2.tot"]), ("结转到下一年的申请", ["t3.carry_out.tot"]), ("直接被起诉的案子", ["t4.ld.tot"])]
n = 0
for (key, gs), (word, cells) in [(kv, m) for kv in sorted(groups.items()) for m in SUP]:
    if n >= 16:
        break
    full = [h for h in GOLDS if (province(h), h["level"], h["year"]) == key]
    if len(gs) != len(full) or len(gs) < 2 or any(total(g, cells) is None for g in gs):
        continue
    if any(it["kind"] == "superlative_tie" and it["note"].endswith(f"group {key}") for it in ITEMS):
        continue
    top = max(total(g, cells) for g in gs)
    tied = [g for g in gs if total(g, cells) == top]
    if top == 0 or len(tied) < 2 or len({g["agency"] for g in tied}) < len(tied):
        continue
    p, lv, yr = key
    q = ["{p}{y}的{l}里，哪一家{w}最多？", "{p}{y}{l}中{w}最多的是哪家", "请问{p}{l}{y}{w}数量排第一的是谁？"][n % 3].format(
        p=p, y=ylabel(yr), l=LEVEL_WORDS[lv], w=word)
    add("superlative_tie", RNG.choice(["researcher", "reporter", "officer"]), "rank", q,
        {"values": {g["id"]: top for g in tied}, "unit": "件", "order": [tied[0]["id"]]},
        cells=[f"{g['id']}:{c}" for g in tied for c in cells], how=cyc(n),
        note=f"a tie at the top ({top}) over {len(gs)} stored reports: every tied body must be named; group {key}", reads=[g["id"] for g in tied])
    n += 1
have = {(province(h), h["level"], h["year"]) for h in GOLDS}
provs = sorted({province(h) for h in GOLDS})
n = 0
for p in [x for x in provs if x not in ("北京市", "上海市", "天津市", "重庆市")]:  # (a municipality's 市直 = 省直)
    for lv in ("省级部门", "市级部门"):
        yr = 2023 if n % 2 else 2022
        if n >= 8 or (p, lv, yr) in have or any(province(h) == p and h["level"] == lv for h in GOLDS if h["year"] == yr):
            continue
        if RNG.random() < 0.6:
            continue
        q = ["{p}{y}的{l}里，谁的信息公开申请最多？", "{p}{l}{y}行政复议最多的是哪家？", "{y}{p}{l}里依申请公开最少的是哪个"][n % 3].format(
            p=p, y=ylabel(yr), l=LEVEL_WORDS[lv])
        add("superlative_empty", RNG.choice(["researcher", "student"]), "unanswerable", q, {"refuse": True}, how=cyc(n),
            note=f"asked as rank; no {lv} report of {p} for {yr} is stored")
        n += 1

# ---------------------------------------------------------------- J. 「唯一」 that is not unique
n = 0
for key, gs in sorted(groups.items(), key=lambda kv: str(kv[0])[::-1]):
    if n >= 12:
        break
    full = [h for h in GOLDS if (province(h), h["level"], h["year"]) == key]
    cells = ["t4.rv.tot"] if n % 2 == 0 else ["t4.ld.tot", "t4.lr.tot"]
    if len(gs) != len(full) or len(gs) < 3 or any(total(g, cells) is None for g in gs):
        continue
    pos = [g for g in gs if total(g, cells) > 0]
    if not pos or (len(pos) == 1 and n % 4 != 3):
        continue
    p, lv, yr = key
    claimed = pos[0]
    word = "被申请过行政复议" if cells == ["t4.rv.tot"] else "因为信息公开被告上法庭"
    q = ["听说{p}{y}的{l}里只有{a}{w}，是这样吗？", "{p}{l}{y}唯一一家{w}的是{a}吧？都有哪些？",
         "{a}是{p}{y}{l}里唯一{w}的吗"][n % 3].format(p=p, y=ylabel(yr), l=LEVEL_WORDS[lv], a=claimed["agency"], w=word)
    add("only_one", RNG.choice(["lawyer", "reporter", "officer"]), "which_reports", q, {"reports": [g["id"] for g in pos]},
        how=cyc(n), note=f"{len(pos)} of {len(gs)} stored bodies: {'唯一 is right' if len(pos) == 1 else '不唯一'}",
        reads=[g["id"] for g in gs])
    n += 1

# ---------------------------------------------------------------- write
for i, it in enumerate(ITEMS, 1):
    it["id"] = f"zr{i:04d}"


def check() -> None:
    ids, qs = set(), set()
    for it in ITEMS:
        assert it["id"] not in ids
        ids.add(it["id"])
        exp = it["expect"]
        sc = it["scope"].get("report")
        assert sc is None or sc in BY_ID
        if "value" in exp and "calc" not in it:
            v = 0
            for c in it["cells"]:
                rid, _, k = c.rpartition(":")
                v += cell(BY_ID[rid or sc], k)
            assert v == exp["value"], it
        if "value" in exp and "calc" in it:
            expr = re.sub(r"\{([^}]+)\}", lambda m: str(cell(BY_ID[m.group(1).rpartition(":")[0]], m.group(1).rpartition(":")[2])), it["calc"])
            assert abs(eval(expr) - exp["value"]) <= exp.get("tol", 0) + 1e-9, it
        if "values" in exp:
            for k, v in exp["values"].items():
                assert k in BY_ID
                assert k in BY_ID
        for r in exp.get("reports", []):
            assert r in BY_ID


check()
(HERE / "blindzr.jsonl").write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in ITEMS), encoding="utf-8")
c = Counter((it["intent"]) for it in ITEMS)
print(len(ITEMS), dict(c))
print(Counter(it["kind"] for it in ITEMS))
print("refuse", sum("refuse" in it["expect"] for it in ITEMS))
