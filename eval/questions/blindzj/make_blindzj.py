"""blindzj: spoken questions (voice input on a phone), every expectation computed from the wild sets' gold.

    PYTHONPATH=. .venv/bin/python eval/questions/blindzj/make_blindzj.py   # identical bytes on every run
"""
from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "blindzj.jsonl"
SETS = ["wild", *(f"wild{i}" for i in range(2, 32))]
RNG = random.Random(20260107)

GOLDS: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for p in sorted((ROOT / s / "gold").glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        GOLDS[g["id"]] = g
        SET_OF[g["id"]] = s
PAIRS = Counter((g["agency"], g["year"]) for g in GOLDS.values())
BY_AGENCY: dict[str, dict[int, str]] = defaultdict(dict)
for g in GOLDS.values():
    BY_AGENCY[g["agency"]][g["year"]] = g["id"]
ALL_AGENCIES = sorted(BY_AGENCY)


def readable(g: dict) -> bool:
    return (g["template"] in ("GF2019", "GF2021") and g.get("tables_recoverable") and not g.get("findings")
            and not g.get("statements") and PAIRS[(g["agency"], g["year"])] == 1 and bool(g.get("t3")))


R3 = [f"t3.r3_{i}.tot" for i in range(1, 9)]
R4 = [f"t3.r4_{i}.tot" for i in range(1, 4)]
R5 = [f"t3.r5_{i}.tot" for i in range(1, 6)]
# measure: (cells, unit, spoken words [with real speech-recogniser slips], short noun for follow-ups)
MEASURES = {
    "new": (["t3.new.tot"], "件", ["新收了多少个申请", "嗯 那个 一申请的新收了几件", "今年新接到的申请有多少件",
                                  "收到多少个依申请"], "新收的"),
    "carry_in": (["t3.carry_in.tot"], "件", ["上年接转过来的申请有几件", "那个 上一年结转过来的有多少个",
                                           "就是说去年没办完转过来的有几件"], "上年接转的"),
    "r1": (["t3.r1.tot"], "件", ["与以公开的有多少件", "全部公开了几件 就是予以公开那个", "嗯 予以公开多少个"], "予以公开的"),
    "r2": (["t3.r2.tot"], "件", ["部分公开的有几件", "呃 部分公开多少个", "那个部分公凯的有多少件"], "部分公开的"),
    "r3": (R3, "件", ["不与公开的一共多少件", "不予公开总共几件 就是不公开的", "嗯 那个不予公开的有多少个"], "不予公开的"),
    "r4": (R4, "件", ["无法提供的一共几件", "嗯 无法提供的有多少个", "没法提供的有多少件 就是无法提供"], "无法提供的"),
    "r5": (R5, "件", ["不与处理的有多少件", "不予处理一共几件", "那个 不予处理的多少个"], "不予处理的"),
    "r7": (["t3.r7.tot"], "件", ["一共半结了多少件", "办结的总数是多少 就是办理结果总计", "嗯 总共办结了几件申请"], "办结的"),
    "carry_out": (["t3.carry_out.tot"], "件", ["接转到下一年的有几件", "结转下年度的有多少个 就是没办完的",
                                              "呃 转到明年接着办的有几件"], "接转下年的"),
    "rv": (["t4.rv.tot"], "件", ["行政附议一共多少件", "嗯 被申请行政复议了几次", "那个 复议的有多少个 行政复议"], "复议的"),
    "ld": (["t4.ld.tot"], "件", ["直接起诉的行政诉松有几件", "没经过复议直接打官司的有多少个 就是直接起诉",
                               "嗯 未经复议直接起诉几件"], "直接起诉的"),
    "np": (["t3.new.np"], "件", ["自然人申请的有多少个", "老百姓个人 就是自然人 新收了几件", "嗯 自然人的新收申请几件"], "自然人的"),
    "biz": (["t3.new.biz"], "件", ["商业企叶申请了几件", "企业 就是商业企业的申请有多少个", "嗯 商业企业新收几件"], "企业的"),
    "lic": (["t2.license.decisions"], "件", ["行政许可做了多少个决定", "嗯 那个行政许可的处理决定数量是多少",
                                           "许可决定有几件"], "行政许可"),
    "pen": (["t2.penalty.decisions"], "件", ["行政处罚决定多少个", "呃 行政处罚做了几件", "那个处罚决定数是多少"], "行政处罚"),
}
NOUN2 = {k: v[3] for k, v in MEASURES.items()}


def cell(rid: str, key: str):
    t, _, k = key.partition(".")
    return (GOLDS[rid].get(t) or {}).get(k)


def mval(rid: str, m: str):
    vals = [cell(rid, c) for c in MEASURES[m][0]]
    if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in vals):
        return None
    return sum(vals)


CN = "零一二三四五六七八九"


def spoken_year(y: int, i: int) -> str:
    d = str(y)
    forms = [f"{y}年", "".join(CN[int(c)] for c in d) + "年", f"两千零{CN[int(d[2])]}十{CN[int(d[3])] if d[3] != '0' else ''}年",
             "".join(CN[int(c)] for c in d[2:]) + "年", f"{y}年度"]
    return forms[i % len(forms)]


def spoken_name(agency: str) -> str:
    """The name a speaker uses: drop the province when no other stored agency ends the same way."""
    for pre in ("省",):
        if pre in agency[:5]:
            short = agency[agency.index(pre) + 1:]
            if len(short) >= 4 and sum(a.endswith(short) for a in ALL_AGENCIES) == 1:
                return short
    return agency


ITEMS: list[dict] = []


def add(q, intent, expect, kind, persona, phrasing, scope=None, cells=None, previous=None, note=None, chain=None,
        calc=None, reads=()):
    it = {"q": q, "scope": {"report": scope} if scope else {}, "intent": intent, "style": "colloquial",
          "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if previous:
        it["previous"] = previous
    if note:
        it["note"] = note
    it["persona"], it["kind"], it["phrasing"] = persona, kind, phrasing
    rs = set(reads) | ({scope} if scope else set())
    it["sets"] = sorted({SET_OF[r] for r in rs}) or ["store"]
    if chain:
        it["chain"] = chain
    ITEMS.append(it)


READ = sorted(r for r, g in GOLDS.items() if readable(g))
LATE = [r for r in READ if SET_OF[r] in {f"wild{i}" for i in range(20, 32)}]
EARLY = [r for r in READ if r not in set(LATE)]


def pick(n: int) -> list[str]:
    k = round(n * 0.7)
    return RNG.sample(LATE, min(k, len(LATE))) + RNG.sample(EARLY, n - min(k, len(LATE)))


MKEYS = list(MEASURES)
PERS_STORE = ["reporter", "clerk", "reporter", "citizen", "officer"]
FILL = ["", "嗯 ", "那个 ", "喂 你好 我想问一下 ", "呃 就是说 "]

# 1. whole store, one figure of one body (value) ------------------------------------------------------------
n = 0
for rid in pick(100):
    g = GOLDS[rid]
    ms = [m for m in MKEYS if mval(rid, m) is not None]
    m = ms[n % len(ms)] if n % 3 else RNG.choice(ms)
    words = MEASURES[m][2][n % len(MEASURES[m][2])].replace("今年", "那年")
    yr = spoken_year(g["year"], n)
    name = spoken_name(g["agency"])
    if n % 7 == 3:  # self-correction of the year
        q = f"{FILL[n % 5]}{name}{spoken_year(g['year'] - 1, n)} 不对 我是说{yr} {words}"
        ph = "self_correction"
    elif n % 7 == 5 and m in ("rv", "ld"):
        other = "ld" if m == "rv" else "rv"
        q = f"{name}{yr}{MEASURES[other][2][0]} 呃 {NOUN2[m]} 不是{NOUN2[other]}"
        ph = "self_correction"
    else:
        q = f"{FILL[n % 5]}{name}{yr}{words}"
        ph = "filler" if FILL[n % 5] else "plain_voice"
    cells = [f"{rid}:{c}" for c in MEASURES[m][0]]
    add(q, "value", {"value": mval(rid, m), "unit": MEASURES[m][1]}, "store_figure", PERS_STORE[n % 5], ph,
        cells=cells, reads=[rid], note=f"{g['agency']} {g['year']} {m}")
    n += 1

# 1b. a city name mis-heard as a homophone a reader still recognises ---------------------------------------------
SLIPS = {"兰州市": "蓝州市", "洛阳市": "落阳市", "杭州市": "航州市", "厦门市": "夏门市", "遵义市": "尊义市",
         "哈尔滨市": "哈尔宾市", "福州市": "福洲市", "昆明市": "昆名市", "海口市": "海扣市", "大连市": "大联市"}
hs = 0
for city, slip in SLIPS.items():
    cands = [r for r in READ if GOLDS[r]["agency"].startswith(city) and mval(r, "new") is not None]
    if not cands or any(a.startswith(slip) for a in ALL_AGENCIES):
        continue
    rid = sorted(cands, key=lambda r: (SET_OF[r] not in {f"wild{i}" for i in range(20, 32)}, r))[0]
    g = GOLDS[rid]
    m = ["new", "r1", "r7"][hs % 3]
    q = f"{FILL[hs % 5]}{g['agency'].replace(city, slip, 1)}{spoken_year(g['year'], hs)}{MEASURES[m][2][hs % 3]}"
    add(q, "value", {"value": mval(rid, m), "unit": "件"}, "store_figure", "reporter", "homophone_place",
        cells=[f"{rid}:{c}" for c in MEASURES[m][0]], reads=[rid], note=f"{slip} = {city} (speech-recogniser slip)")
    hs += 1

# 2. double question in one breath (list of two cells) ----------------------------------------------------------
for i, rid in enumerate(pick(14)):
    g = GOLDS[rid]
    a, b = [("new", "r7"), ("rv", "ld"), ("r1", "r2"), ("new", "carry_out")][i % 4]
    if mval(rid, a) is None or mval(rid, b) is None or len(MEASURES[a][0]) > 1 or len(MEASURES[b][0]) > 1:
        continue
    q = f"{spoken_name(g['agency'])}{spoken_year(g['year'], i + 1)}{MEASURES[a][2][0]} {MEASURES[b][2][0]}"
    ka, kb = f"{rid}:{MEASURES[a][0][0]}", f"{rid}:{MEASURES[b][0][0]}"
    add(q, "list", {"values": {ka: mval(rid, a), kb: mval(rid, b)}, "unit": "件"}, "double_question", "reporter",
        "run_on", cells=[ka, kb], reads=[rid], note="two asks in one breath: both cells must be given")

# 3. change between two stored readable years of one body -------------------------------------------------------
pairs = []
for ag, ys in sorted(BY_AGENCY.items()):
    rs = [ys[y] for y in sorted(ys) if ys[y] in READ]
    for a, b in zip(rs, rs[1:]):
        pairs.append((a, b))
RNG.shuffle(pairs)
pairs.sort(key=lambda p: SET_OF[p[1]] not in {f"wild{i}" for i in range(20, 32)})
chg = 0
for j, (a, b, m) in enumerate((a, b, m) for m in ["r7", "r1", "lic", "pen", "carry_out", "rv"] for a, b in pairs):
    if chg >= 24:
        break
    va, vb = mval(a, m), mval(b, m)
    if va is None or vb is None or va == vb:
        continue
    ga, gb = GOLDS[a], GOLDS[b]
    nm = spoken_name(gb["agency"])
    w = ["比", "跟", "和"][chg % 3]
    forms = [f"{nm}{spoken_year(gb['year'], chg)}{NOUN2[m]}{w}{spoken_year(ga['year'], chg + 1)}多了还是少了 差多少个",
             f"嗯 {nm}{NOUN2[m]}从{spoken_year(ga['year'], chg)}到{spoken_year(gb['year'], chg)}变了多少",
             f"那个{nm} {spoken_year(gb['year'], chg + 2)}的{NOUN2[m]}{w}{spoken_year(ga['year'], chg)}相比增加了几件"]
    cells = [f"{b}:{c}" for c in MEASURES[m][0]] + [f"{a}:{c}" for c in MEASURES[m][0]]
    add(forms[chg % 3], "change", {"value": vb - va, "unit": "件"}, "year_on_year", "reporter", "plain_voice",
        cells=cells, reads=[a, b], calc=f"{vb}-{va}", note=f"{gb['year']} − {ga['year']}, signed")
    chg += 1

# 4. compare two bodies of one year (same province and level) -------------------------------------------------
grp = defaultdict(list)
for r in READ:
    g = GOLDS[r]
    grp[(g["region"][:3], g["level"], g["year"])].append(r)
cmp_ = 0
for key in sorted(grp):
    rs = grp[key]
    if len(rs) < 2 or cmp_ >= 30:
        continue
    a, b = sorted(rs)[:2]
    m = ["new", "r1", "rv", "carry_out", "r3"][cmp_ % 5]
    va, vb = mval(a, m), mval(b, m)
    if va is None or vb is None or va == vb or GOLDS[a]["agency"] == GOLDS[b]["agency"]:
        continue
    ga, gb = GOLDS[a], GOLDS[b]
    yr = spoken_year(ga["year"], cmp_)
    forms = [f"{yr}{spoken_name(ga['agency'])}和{spoken_name(gb['agency'])}哪个{NOUN2[m]}多 各是多少",
             f"嗯 {spoken_name(ga['agency'])}跟{spoken_name(gb['agency'])} {yr}{NOUN2[m]}比一下",
             f"那个 {yr}的{NOUN2[m]} {spoken_name(ga['agency'])}多还是{spoken_name(gb['agency'])}多"]
    order = [a, b] if va > vb else [b, a]
    add(forms[cmp_ % 3], "compare", {"values": {a: va, b: vb}, "unit": "件", "order": order}, "two_bodies",
        "reporter", "plain_voice", cells=[f"{a}:{c}" for c in MEASURES[m][0]] + [f"{b}:{c}" for c in MEASURES[m][0]],
        reads=[a, b])
    cmp_ += 1

# 4b. two bodies added up (sum) -----------------------------------------------------------------------------
sm = 0
for key in sorted(grp, reverse=True):
    rs = sorted(grp[key])
    if len(rs) < 3 or sm >= 20:
        continue
    a, b = rs[-2:]
    m = ["new", "r7", "rv", "r2"][sm % 4]
    va, vb = mval(a, m), mval(b, m)
    if va is None or vb is None or GOLDS[a]["agency"] == GOLDS[b]["agency"]:
        continue
    ga, gb = GOLDS[a], GOLDS[b]
    yr = spoken_year(ga["year"], sm + 2)
    forms = [f"{spoken_name(ga['agency'])}加上{spoken_name(gb['agency'])} {yr}{NOUN2[m]}一共多少个",
             f"嗯 {yr} {spoken_name(ga['agency'])}和{spoken_name(gb['agency'])}两家{NOUN2[m]}合起来几件",
             f"那个 {spoken_name(ga['agency'])}还有{spoken_name(gb['agency'])} {yr}的{NOUN2[m]}加一块是多少"]
    cells = [f"{a}:{c}" for c in MEASURES[m][0]] + [f"{b}:{c}" for c in MEASURES[m][0]]
    add(forms[sm % 3], "sum", {"value": va + vb, "unit": "件"}, "two_bodies_sum", "officer", "plain_voice",
        cells=cells, reads=[a, b], note=f"{va} + {vb}")
    sm += 1

# 5. scoped: the clerk on her report's page -------------------------------------------------------------------
SC = ["", "嗯 这份报告里 ", "那个 今年", "就是说 这个年报 ", "喂 "]
for i, rid in enumerate(pick(60)):
    ms = [m for m in MKEYS if mval(rid, m) is not None]
    m = ms[(i * 5) % len(ms)]
    words = MEASURES[m][2][i % len(MEASURES[m][2])]
    add(f"{SC[i % 5]}{words}", "value", {"value": mval(rid, m), "unit": "件"}, "scoped_figure", "clerk",
        "filler" if SC[i % 5] else "plain_voice", scope=rid, cells=MEASURES[m][0])
# scoped share (百分之多少 / 几成): 予以公开 over 办结
sh = 0
for rid in pick(40):
    if sh >= 10:
        break
    a, b = mval(rid, "r1"), mval(rid, "r7")
    if not a or not b:
        continue
    v = round(100 * a / b, 2)
    q = ["予以公开的占办结的百分之多少", "嗯 全部公开的占总共办结的几成 说个百分比", "那个 与以公开占办理总数的比例是多少"][sh % 3]
    add(q, "share", {"value": v, "unit": "%", "tol": 0.05}, "scoped_share", "clerk", "plain_voice", scope=rid,
        cells=["t3.r1.tot", "t3.r7.tot"], calc="100*{t3.r1.tot}/{t3.r7.tot}")
    sh += 1
# scoped H1 check
ck = 0
for rid in pick(40):
    if ck >= 9:
        break
    vals = [mval(rid, m) for m in ("new", "carry_in", "r7", "carry_out")]
    if None in vals or vals[0] + vals[1] != vals[2] + vals[3]:
        continue
    q = ["这个表 收的加上年接转的 跟办结加接转下年的对得上吗", "嗯 申请数和办理的数对不对得上 帮我核一下",
         "那个 新收加结转 等不等于半结加结转下年度"][ck % 3]
    add(q, "consistency", {"verdict": "consistent", "checks": ["H1"],
                           "values": {"新收+上年结转": vals[0] + vals[1], "办结+结转下年度": vals[2] + vals[3]}},
        "scoped_check", "officer", "plain_voice", scope=rid,
        cells=["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"])
    ck += 1

# 6. chats --------------------------------------------------------------------------------------------------
cid = 0
for rid in pick(30):  # scoped chains: new → 那复议呢 → 那它去年呢 (previous year's 复议)
    if cid >= 8:
        break
    g = GOLDS[rid]
    prev = BY_AGENCY[g["agency"]].get(g["year"] - 1)
    if mval(rid, "new") is None or mval(rid, "rv") is None:
        continue
    if prev and prev in READ and mval(prev, "rv") is not None:
        third = {"value": mval(prev, "rv"), "unit": "件"}
        tcells, tint, tnote = [f"{prev}:t4.rv.tot"], "value", "去年 = the same agency's previous-year report"
    elif prev is None and not any(y < g["year"] for y in BY_AGENCY[g["agency"]]):
        third = {"refuse": True}
        tcells, tint, tnote = None, "unanswerable", "asked as value: the previous year is not stored"
    else:
        continue
    c = f"zjc{cid:02d}"
    t1, t2, t3 = "嗯 这份报告新收了多少个申请", "那复议呢 行政附议", "那它去年呢"
    add(t1, "value", {"value": mval(rid, "new"), "unit": "件"}, "chat_scoped", "clerk", "followup", scope=rid,
        cells=["t3.new.tot"], chain={"id": c, "turn": 1, "of": 3})
    add(t2, "value", {"value": mval(rid, "rv"), "unit": "件"}, "chat_scoped", "clerk", "followup", scope=rid,
        cells=["t4.rv.tot"], previous=[t1], chain={"id": c, "turn": 2, "of": 3})
    add(t3, tint, third, "chat_scoped", "clerk", "followup", scope=rid, cells=tcells, previous=[t1, t2],
        chain={"id": c, "turn": 3, "of": 3}, note=tnote, reads=[prev] if prev else ())
    cid += 1
for a, b in pairs:  # store chains: body year A 新收 → 那二三年呢 → 多了多少
    if cid >= 16:
        break
    ga, gb = GOLDS[a], GOLDS[b]
    va, vb = mval(a, "new"), mval(b, "new")
    if va is None or vb is None or va == vb:
        continue
    c = f"zjc{cid:02d}"
    t1 = f"{spoken_name(ga['agency'])}{spoken_year(ga['year'], cid)}收了多少个一申请"
    t2 = f"那{spoken_year(gb['year'], cid + 3)}呢"
    t3 = "嗯 那前后差了多少 多了还是少了"
    add(t1, "value", {"value": va, "unit": "件"}, "chat_store", "reporter", "followup", cells=[f"{a}:t3.new.tot"],
        reads=[a], chain={"id": c, "turn": 1, "of": 3})
    add(t2, "value", {"value": vb, "unit": "件"}, "chat_store", "reporter", "followup", cells=[f"{b}:t3.new.tot"],
        reads=[b], previous=[t1], chain={"id": c, "turn": 2, "of": 3})
    add(t3, "change", {"value": vb - va, "unit": "件"}, "chat_store", "reporter", "followup",
        cells=[f"{b}:t3.new.tot", f"{a}:t3.new.tot"], calc=f"{vb}-{va}", reads=[a, b], previous=[t1, t2],
        chain={"id": c, "turn": 3, "of": 3}, note=f"{gb['year']} − {ga['year']}")
    cid += 1

# 7. unanswerable --------------------------------------------------------------------------------------------
un = 0
for rid in pick(60):
    if un >= 50:
        break
    g = GOLDS[rid]
    nm, yr = spoken_name(g["agency"]), spoken_year(g["year"], un)
    kind = un % 5
    if kind == 0:
        first = min(BY_AGENCY[g["agency"]])
        y = first - 1 - (un % 3)
        if any(y in BY_AGENCY[a] for a in ALL_AGENCIES if a.endswith(nm) or nm in a):
            continue
        q, note = f"嗯 {nm}{spoken_year(y, un + 1)}新收了多少个申请", f"asked as value: {g['agency']} {y} is not stored"
    elif kind == 1:
        q, note = f"{nm}{yr}申请人里 那个 男的女的各多少 就是性别", "asked as list: applicants' sex — template has no place"
    elif kind == 2:
        if g["template"] != "GF2021":
            continue
        q, note = f"{nm}{yr}政府集中采购的项目 呃 有多少个", "asked as value: 政府集中采购 is a GF2019 row, report is GF2021"
    elif kind == 3:
        q, note = f"那个 {nm}{yr}信息公开工作花了多少经费 就是预算", "asked as value: budget — template has no place"
    else:
        q, note = f"{nm}二零二七年一申请的会收到多少", "asked as value: the future (2027)"
    add(q, "unanswerable", {"refuse": True}, "not_stored" if kind in (0, 4) else "not_in_template", "citizen",
        "plain_voice", reads=[rid] if kind in (1, 2, 3) else (), note=note)
    un += 1
# scoped refusals
for i, rid in enumerate(pick(12)):
    t = GOLDS[rid]["template"]
    q = ["这份报告 申请人平均多大年纪", "嗯 这个报告里申请人男的女的各几个",
         "那个 政府集中采购的项目有多少个" if t == "GF2021" else "那个 今年废止了几个规范性文件"][i % 3]
    add(q, "unanswerable", {"refuse": True}, "scoped_not_in_template", "clerk", "plain_voice", scope=rid,
        note="asked as value: not a template field (age / sex), or the other template's row (采购 of GF2021, 本年废止 of GF2019)")
# bodies not stored (a stored county + a body no stored agency is)
seen = 0
for rid in pick(40):
    if seen >= 8:
        break
    reg = GOLDS[rid]["region"]
    county = reg.split("市")[-1] if "市" in reg else ""
    if not county.endswith(("县", "区")) or len(county) < 2:
        continue
    body = ["气象局", "档案馆", "地震局", "烟草专卖局"][seen % 4]
    if any(county in a and body[:2] in a for a in ALL_AGENCIES):
        continue
    add(f"嗯 {county}{body}{spoken_year(GOLDS[rid]['year'], seen)}收了多少个一申请", "unanswerable", {"refuse": True},
        "body_not_stored", "reporter", "plain_voice", note=f"asked as value: {county}{body} is not stored")
    seen += 1

# ------------------------------------------------------------------------------------------------------------
seen_q = set()
out = []
for it in ITEMS:
    k = (it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous")))
    if k in seen_q:
        continue
    seen_q.add(k)
    out.append(it)
for i, it in enumerate(out, 1):
    it = {"id": f"zj{i:04d}", **it}
    out[i - 1] = it
# checks: every report id exists; values re-derived from cells
for it in out:
    for c in it.get("cells", []) or []:
        rid, _, key = c.rpartition(":")
        rid = rid or it["scope"]["report"]
        assert rid in GOLDS, c
        v = cell(rid, key)
        assert isinstance(v, (int, float)), (it["id"], c, v)
    if it["scope"]:
        assert it["scope"]["report"] in GOLDS
    e = it["expect"]
    if "value" in e and "calc" not in it and it["intent"] == "value":
        tot = sum(cell(c.rpartition(":")[0] or it["scope"]["report"], c.rpartition(":")[2]) for c in it["cells"])
        assert tot == e["value"], it
    if "values" in e and "verdict" not in e:
        for k in e["values"]:
            assert k in GOLDS or k.rpartition(":")[0] in GOLDS, k
OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in out), encoding="utf-8")
print(len(out), Counter(it["intent"] for it in out))
