"""Writes eval/questions/blindzg/blindzg.jsonl — a second representative day of use, by people who never saw the template.

    PYTHONPATH=. .venv/bin/python eval/questions/blindzg/make_blindzg.py

Deterministic (random.Random(SEED), sorted inputs): identical bytes on every run. Every expected number is computed
from the gold JSON of eval/wild … eval/wild30; every narrative string is found in the report's own text (asserted).
Held out: whoever works on the router or extractor reads neither this file nor blindzg.jsonl."""

from __future__ import annotations

import html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # eval/
OUT = Path(__file__).resolve().parent / "blindzg.jsonl"
SETS = ("wild", *(f"wild{i}" for i in range(2, 31)))
NEW = ("wild28", "wild29", "wild30")
SEED = 20261207

# ---------------------------------------------------------------- gold

GOLD: list[dict] = []
for s in SETS:
    for f in sorted((ROOT / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        g["_set"] = s
        GOLD.append(g)
BY_ID = {g["id"]: g for g in GOLD}
AY = Counter((g["agency"], g["year"]) for g in GOLD)
AGENCIES = sorted({g["agency"] for g in GOLD})
YEARS_OF: dict[str, list[int]] = defaultdict(list)
for g in GOLD:
    YEARS_OF[g["agency"]].append(g["year"])


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and g["tables_recoverable"]
        and "statements" not in g
        and AY[(g["agency"], g["year"])] == 1
    )


def cell(g: dict, key: str):
    t, _, k = key.partition(".")
    v = (g.get(t) or {}).get(k)
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return v


def tables_with_findings(g: dict) -> set[str]:
    out = set()
    for f in g["findings"]:
        w = f.get("where", "")
        for t in ("t2", "t3", "t4"):
            if w.startswith(t):
                out.add(t)
    return out


# ---------------------------------------------------------------- texts (for narrative, and the guard words)


def text_of(g: dict) -> str:
    p = ROOT / g["_set"] / g["file"]
    suf = p.suffix.lower()
    if suf == ".docx":
        x = zipfile.ZipFile(p).read("word/document.xml").decode("utf8")
        x = re.sub(r"</w:p>", "\n", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    if suf in (".html", ".htm"):
        x = p.read_text(encoding="utf8", errors="replace")
        x = re.sub(r"(?is)<(script|style).*?</\1>", "", x)
        return html.unescape(re.sub(r"<[^>]+>", "", x))
    if suf == ".pdf":
        from pdfminer.high_level import extract_text

        return extract_text(str(p))
    return p.read_text(encoding="utf8", errors="replace")


TEXT = {g["id"]: re.sub(r"\s+", "", text_of(g)) for g in GOLD if g["_set"] in NEW}

# ---------------------------------------------------------------- measures: users' words, never the label


def subsum(prefix: str, n: int) -> list[str]:
    return [f"t3.{prefix}_{i}.tot" for i in range(1, n + 1)]


# name → (cells, unit, table, words as a user asks (noun phrase), a verb phrase for 「…有几件」)
MEASURES = {
    "new": (["t3.new.tot"], "件", "t3"),
    "carry_out": (["t3.carry_out.tot"], "件", "t3"),
    "carry_in": (["t3.carry_in.tot"], "件", "t3"),
    "r1": (["t3.r1.tot"], "件", "t3"),
    "r2": (["t3.r2.tot"], "件", "t3"),
    "r3": (subsum("r3", 8), "件", "t3"),
    "r4": (subsum("r4", 3), "件", "t3"),
    "r5": (subsum("r5", 5), "件", "t3"),
    "r4_1": (["t3.r4_1.tot"], "件", "t3"),
    "r3_3": (["t3.r3_3.tot"], "件", "t3"),
    "r5_1": (["t3.r5_1.tot"], "件", "t3"),
    "r7": (["t3.r7.tot"], "件", "t3"),
    "np": (["t3.new.np"], "件", "t3"),
    "biz": (["t3.new.biz"], "件", "t3"),
    "rv": (["t4.rv.tot"], "件", "t4"),
    "rv_fix": (["t4.rv.fix"], "件", "t4"),
    "rv_keep": (["t4.rv.keep"], "件", "t4"),
    "lit": (["t4.ld.tot", "t4.lr.tot"], "件", "t4"),
    "ld": (["t4.ld.tot"], "件", "t4"),
    "lit_fix": (["t4.ld.fix", "t4.lr.fix"], "件", "t4"),
    "license": (["t2.license.decisions"], "件", "t2"),
    "penalty": (["t2.penalty.decisions"], "件", "t2"),
    "fee": (["t2.fee.amount_wan"], "万元", "t2"),
    "norm_valid": (["t2.norm.valid"], "件", "t2"),
}
ONLY21 = {"fee", "norm_valid"}

# how a citizen / journalist / lawyer / clerk asks each measure (「{x}」 = the body and year, already worded)
ASK = {
    "new": ["{x}一年收到多少个信息公开申请", "{x}收了几件政府信息公开申请", "{x}被申请公开信息的有多少件", "{x}新收的申请total多少", "{x}FOI申请收了多少件"],
    "carry_out": ["{x}还有多少申请没办完要拖到下一年", "{x}转到明年接着办的申请几件"],
    "carry_in": ["{x}从上一年剩下来接着办的申请有几件"],
    "r1": ["{x}申请的信息全部给公开了的有几件", "{x}同意公开的申请多少件"],
    "r2": ["{x}只公开了一部分的申请有几件", "{x}部分给公开的多少件"],
    "r3": ["{x}拒绝公开的申请多不多，几件", "{x}不给公开的有多少件", "{x}被驳回不予公开的一共几件"],
    "r4": ["{x}回复说信息提供不了的有几件", "{x}无法提供信息的申请多少件"],
    "r5": ["{x}直接不处理的申请有几件", "{x}不予处理的一共多少件"],
    "r4_1": ["{x}答复说本单位没有这个信息的有几件", "{x}以不掌握相关信息为由答复的多少件"],
    "r3_3": ["{x}以危及三安全一稳定为由不公开的有几件"],
    "r5_1": ["{x}申请被当成信访举报投诉不处理的有几件"],
    "r7": ["{x}一共答复办结了多少件申请"],
    "np": ["{x}老百姓个人申请的有多少件", "{x}自然人提的申请几件"],
    "biz": ["{x}企业来申请公开的有几件", "{x}公司提的信息公开申请多少件"],
    "rv": ["{x}因为信息公开被人申请行政复议了几次", "{x}信息公开的行政复议一共几件"],
    "rv_fix": ["{x}信息公开复议被纠正的有几件", "{x}行政复议结果是纠正的有几起"],
    "rv_keep": ["{x}复议维持原答复的有几件"],
    "lit": ["{x}因为信息公开被告上法院的一共几件", "{x}信息公开行政诉讼总共多少件（直接起诉加复议后起诉）"],
    "ld": ["{x}没经过复议直接去法院起诉的有几件"],
    "lit_fix": ["{x}信息公开官司被法院纠正的有几件"],
    "license": ["{x}办了多少个行政许可决定", "{x}行政许可决定数量多少"],
    "penalty": ["{x}行政处罚做了多少件", "{x}罚款处罚决定一年多少个"],
    "fee": ["{x}行政事业性收费收了多少钱", "{x}收费金额是多少万"],
    "norm_valid": ["{x}现在还有效的规范性文件有几件"],
}
NOUN = {  # for comparisons, changes and groups
    "new": "收到的信息公开申请",
    "r3": "不予公开的申请",
    "r4": "无法提供的申请",
    "r1": "同意公开的申请",
    "rv": "信息公开行政复议",
    "lit": "信息公开行政诉讼",
    "np": "个人提出的申请",
    "license": "行政许可决定",
    "penalty": "行政处罚决定",
    "r2": "部分公开的申请",
    "r5": "不予处理的申请",
}
PERSONA_OF = {
    "rv": "lawyer", "rv_fix": "lawyer", "rv_keep": "lawyer", "lit": "lawyer", "ld": "lawyer", "lit_fix": "lawyer",
    "r3": "citizen", "r4": "citizen", "r5": "citizen", "r4_1": "citizen", "r3_3": "lawyer", "r5_1": "citizen",
    "r1": "citizen", "r2": "citizen", "new": "reporter", "carry_out": "citizen", "carry_in": "clerk", "r7": "reporter",
    "np": "reporter", "biz": "company", "license": "company", "penalty": "company", "fee": "company",
    "norm_valid": "lawyer",
}


def mval(g: dict, m: str):
    cells, unit, table = MEASURES[m]
    if g["template"] != "GF2021" and m in ONLY21:
        return None
    if table in tables_with_findings(g):
        return None
    vals = [cell(g, c) for c in cells]
    if any(v is None for v in vals):
        return None
    v = sum(vals)
    return round(v, 2) if isinstance(v, float) else v


# ---------------------------------------------------------------- names as people say them

PROV = ("新疆维吾尔自治区", "云南省", "四川省", "广西壮族自治区", "内蒙古自治区", "宁夏回族自治区", "西藏自治区")
COLLOQ_CITY = {"乌鲁木齐市": "乌市"}
FUNC = {  # suffix of the agency name → how a user names the body by its function
    "教育局": "管教育的那个局",
    "市场监督管理局": "市场监管局",
    "民政局": "民政局",
    "人力资源和社会保障局": "人社局",
    "卫生健康局": "卫健局",
    "住房和城乡建设局": "住建局",
    "教育体育局": "教体局",
    "规划和自然资源局": "规划和自然资源局",
    "自然资源和规划局": "自然资源局",
    "交通运输厅": "交通厅",
    "人力资源和社会保障厅": "人社厅",
    "生态环境厅": "生态环境厅",
    "自然资源厅": "自然资源厅",
}


def unique_name(short: str, g: dict) -> bool:
    """`short` names exactly this body among the stored agencies (by substring, after the user's own abbreviations)."""
    hits = [a for a in AGENCIES if short in a]
    return hits == [g["agency"]]


def names_for(g: dict) -> list[tuple[str, bool]]:
    """(name, abbreviated?) ways a user names the body; each checked to name exactly one stored agency."""
    a = g["agency"]
    out = [(a, False)]
    rest = a
    for p in PROV:
        if rest.startswith(p) and len(rest) > len(p) + 2 and not rest[len(p):].startswith(("人民政府",)):
            rest = rest[len(p):]
    if rest != a and unique_name(rest, g):
        out.append((rest, True))
    # 「昆明市市场监督管理局」 → 「昆明市场监管局」; 「乌鲁木齐市天山区人民政府」 → 「乌市天山区政府」
    for suf, fn in FUNC.items():
        if a.endswith(suf):
            place = a[: -len(suf)]
            if place.endswith("市") and len(place) > 2:
                place = place[:-1]
            place_full = a[: -len(suf)]
            # unique by place + function: no other stored agency of the place has the function word
            others = [x for x in AGENCIES if x.startswith(place_full) and suf in x and x != a]
            if not others:
                out.append((place + fn, True))
    if a.endswith("人民政府") and not a.endswith("镇人民政府") and not a.endswith("乡人民政府"):
        short = a[: -len("人民政府")]
        for city, col in COLLOQ_CITY.items():
            if short.startswith(city) and len(short) > len(city):
                out.append((col + short[len(city):] + "政府", True))
        if unique_name(short + "人民政府", g):
            out.append((short + "政府", True))
    if a.endswith("街道办事处"):
        out.append((a[: -len("办事处")], True))
    # a county / district / town without its city (「麒麟区政府」「清水河镇政府」), when that names one stored body
    m = re.match(r"^.+?[市州](.{2,8}?[区县镇乡])人民政府$", a)
    if m and unique_name(m.group(1) + "人民政府", g) and unique_name(m.group(1), g):
        out.append((m.group(1) + "政府", True))
    # 「成都的住建局」: the city said as people say it
    for suf, fn in FUNC.items():
        if a.startswith("成都市") and a.endswith(suf) and a[3:-len(suf)] == "":
            out.append(("成都的" + fn, True))
    # 「新疆自然资源厅」「云南人社厅」: a province's department without 省/维吾尔自治区
    for p, say in (("新疆维吾尔自治区", "新疆"), ("云南省", "云南"), ("四川省", "四川")):
        if a.startswith(p) and a.endswith("厅"):
            rest = a[len(p):]
            out.append((say + FUNC.get(rest, rest), True))
    seen, uniq = set(), []
    for n, ab in out:
        if n not in seen:
            seen.add(n)
            uniq.append((n, ab))
    return uniq


def year_words(y: int, rnd: random.Random) -> str:
    cn = "〇一二三四五六七八九"
    forms = [f"{y}年", f"{y}年", f"{y % 100}年", "".join(cn[int(c)] for c in str(y)) + "年", f"{y}年度"]
    return rnd.choice(forms)


# ---------------------------------------------------------------- phrasing: typo, voice, filler, formal

TYPO_SUBS = [("申请", "申情"), ("申请", "申清"), ("复议", "复义"), ("多少", "多小"), ("诉讼", "诉松"), ("公开", "公凯"),
             ("政府", "正府"), ("处理", "处里")]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def typo(q: str, rnd: random.Random) -> str:
    subs = [s for s in TYPO_SUBS if s[0] in q]
    if "信息" in q and rnd.random() < 0.3:  # a dropped character
        q = q.replace("信息", "信", 1)
    elif subs:
        a, b = rnd.choice(subs)
        q = q.replace(a, b, 1)
    q = re.sub(r"[，。？！、]", " ", q).strip()
    digits = re.findall(r"\d{4}", q)
    if digits and rnd.random() < 0.6:  # full-width digits mixed in
        d = digits[0]
        q = q.replace(d, d[:2] + d[2:].translate(FW), 1)
    return q


def voice(q: str) -> str:
    return "嗯那个 " + re.sub(r"[，。？！、]", " ", q).strip()


def filler(q: str, rnd: random.Random) -> str:
    return rnd.choice(["麻烦问一下，", "急！", "请问", "你好，想问下"]) + q


def formal(q: str) -> str:
    return "烦请根据年度报告查询：" + q


def end(q: str) -> str:
    return q if q.endswith(("？", "?", "。")) or q.endswith(" ") else q + "？"


# ---------------------------------------------------------------- the bank

ITEMS: list[dict] = []


def add(q, scope, intent, style, expect, *, cells=None, calc=None, quote=None, note=None, previous=None,
        persona="citizen", kind="", phrasing="plain", chain=None):
    it = {"q": q, "scope": scope, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if quote is not None:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    if previous is not None:
        it["previous"] = previous
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    it["sets"] = sorted(set(sets_of(it))) or ["store"]
    if chain:
        it["chain"] = chain
    ITEMS.append(it)
    return it


def sets_of(it):
    ids = set()
    if it["scope"].get("report"):
        ids.add(it["scope"]["report"])
    for c in it.get("cells", []):
        if ":" in c:
            ids.add(c.rpartition(":")[0])
    e = it["expect"]
    ids |= {k for k in e.get("values", {}) if k in BY_ID} | set(e.get("reports", []))
    if isinstance(it.get("source_quote"), dict):
        ids |= set(it["source_quote"])
    return [BY_ID[i]["_set"] for i in ids]


def phrase(q: str, rnd: random.Random, kind_weights=None):
    """Pick a phrasing for a plain question: plain 55 %, typo 12 %, voice 8 %, filler 12 %, formal 13 %."""
    r = rnd.random()
    if r < 0.55:
        return end(q), "plain"
    if r < 0.67:
        return typo(q, rnd), "typo"
    if r < 0.75:
        return voice(q), "voice"
    if r < 0.87:
        return end(filler(q, rnd)), "filler"
    return end(formal(q)), "formal"


def style_of(phr: str, abbreviated: bool) -> str:
    if abbreviated:
        return "abbreviated"
    return "formal" if phr == "formal" else "colloquial"


def main() -> None:  # noqa: C901 — one generator, read top to bottom
    rnd = random.Random(SEED)
    R = [g for g in GOLD if readable(g)]
    RNEW = [g for g in R if g["_set"] in NEW]
    ROLD = [g for g in R if g["_set"] not in NEW]
    measures = list(MEASURES)

    def pick_measure(g, prefer=None):
        ms = [m for m in (prefer or measures) if mval(g, m) is not None]
        return rnd.choice(ms) if ms else None

    # ---- 1. the clerk on her own report's page (scoped, 「我们局」「我们镇」「今年」)
    def we(g):
        a = g["agency"]
        if a.endswith(("镇人民政府", "乡人民政府")):
            return "我们镇"
        if a.endswith("街道办事处"):
            return "我们街道"
        if a.endswith("人民政府"):
            return "我们政府"
        if a.endswith("厅"):
            return "我们厅"
        return "我们局"

    clerk_pool = rnd.sample(RNEW, min(22, len(RNEW))) + rnd.sample(ROLD, 10)
    for g in clerk_pool:
        m = pick_measure(g)
        if m is None:
            continue
        x = we(g) + rnd.choice(["今年", "这一年", "", "本年度"])
        q, phr = phrase(rnd.choice(ASK[m]).format(x=x), rnd)
        add(q, {"report": g["id"]}, "value", style_of(phr, False), {"value": mval(g, m), "unit": MEASURES[m][1]},
            cells=MEASURES[m][0], persona="clerk", kind="own_report_figure", phrasing=phr)

    # ---- 2. one body's figure asked to the store, the body named as people name it
    def named(g, allow_short=True):
        opts = names_for(g)
        if not allow_short:
            opts = opts[:1]
        n, ab = rnd.choice(opts)
        return n, ab

    store_pool = rnd.sample(RNEW, min(30, len(RNEW))) + rnd.sample(ROLD, 22)
    for g in store_pool:
        m = pick_measure(g)
        if m is None:
            continue
        n, ab = named(g)
        x = n + year_words(g["year"], rnd)
        q, phr = phrase(rnd.choice(ASK[m]).format(x=x), rnd)
        add(q, {}, "value", style_of(phr, ab), {"value": mval(g, m), "unit": MEASURES[m][1]},
            cells=[f"{g['id']}:{c}" for c in MEASURES[m][0]], persona=PERSONA_OF[m], kind="body_figure",
            phrasing=phr)

    # ---- 3. 「不给公开一般是什么理由」: the reasons with their counts (non-zero sub-rows), citizen and lawyer
    R3 = ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息",
          "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"]
    reason_q = {
        "r3": ["{x}不给公开一般是什么理由？各几件", "{x}拒绝公开都是因为啥，分别多少件", "{x}不予公开的理由有哪些，每种几件？"],
        "r4": ["{x}说提供不了信息的，都是什么原因，各几件", "{x}无法提供的情况分哪几种，各多少件？"],
        "r5": ["{x}不予处理的申请都是些什么情况，各几件？"],
    }
    n_reason = 0
    for g in rnd.sample(R, len(R)):
        if n_reason >= 14:
            break
        if "t3" in tables_with_findings(g):
            continue
        grp = rnd.choice(["r3", "r3", "r4", "r5"])
        nsub = {"r3": 8, "r4": 3, "r5": 5}[grp]
        keys = [k for k in subsum(grp, nsub) if (cell(g, k) or 0) > 0]
        if len(keys) < 2 or any(cell(g, k) is None for k in subsum(grp, nsub)):
            continue
        scoped = g["_set"] in NEW and rnd.random() < 0.5
        if scoped:
            x, ab = we(g) + "今年", False
        else:
            n, ab = named(g)
            x = n + year_words(g["year"], rnd)
        q, phr = phrase(rnd.choice(reason_q[grp]).format(x=x), rnd)
        vals = {k: cell(g, k) for k in keys}
        if not scoped:
            vals = {f"{g['id']}:{k}": v for k, v in vals.items()}
        add(q, {"report": g["id"]} if scoped else {}, "list", style_of(phr, ab), {"values": vals, "unit": "件"},
            cells=list(vals), persona="lawyer" if rnd.random() < 0.4 else "citizen", kind="reasons",
            phrasing=phr, note="the non-zero sub-rows of the group; zero rows may be listed too")
        n_reason += 1

    # ---- 4. share: 「被拒绝的多不多」 as a share of all answered
    n_share = 0
    for g in rnd.sample(R, len(R)):
        if n_share >= 9:
            break
        r3, r7 = mval(g, "r3"), mval(g, "r7")
        if not r3 or not r7 or r3 == r7:
            continue
        scoped = g["_set"] in NEW and n_share % 2 == 0
        tmpl = rnd.choice(["{x}被拒绝（不予公开）的占全部办结的百分之几", "{x}不予公开的比例是多少", "{x}申请被拒的比例高吗，占总数多少%"])
        if scoped:
            x, ab = "这份报告里" + we(g), False
        else:
            n, ab = named(g)
            x = n + year_words(g["year"], rnd)
        q, phr = phrase(tmpl.format(x=x), rnd)
        refs = [c if scoped else f"{g['id']}:{c}" for c in MEASURES["r3"][0]]
        r7ref = "t3.r7.tot" if scoped else f"{g['id']}:t3.r7.tot"
        add(q, {"report": g["id"]} if scoped else {}, "share", style_of(phr, ab),
            {"value": round(100 * r3 / r7, 2), "unit": "%", "tol": 0.05}, cells=refs + [r7ref],
            calc="100*(" + "+".join("{" + c + "}" for c in refs) + ")/{" + r7ref + "}",
            persona="citizen", kind="share_refused", phrasing=phr)
        n_share += 1

    # ---- 5. the journalist: a neighbour body (same prefecture-level region, same year, same level)
    def pref(g):
        r = g["region"]
        m = re.match(r"^(.*?(?:省|自治区))?(.*?(?:市|州|地区|盟))", r)
        return (m.group(0) if m else r)

    pairs = []
    byk = defaultdict(list)
    for g in R:
        byk[(pref(g), g["year"], g["level"])].append(g)
    for k in sorted(byk, key=str):
        gs = sorted(byk[k], key=lambda g: g["id"])
        for i in range(len(gs)):
            for j in range(i + 1, len(gs)):
                pairs.append((gs[i], gs[j]))
    rnd.shuffle(pairs)
    pairs.sort(key=lambda p: -(p[0]["_set"] in NEW or p[1]["_set"] in NEW))
    n_cmp = 0
    used = set()
    for a, b in pairs:
        if n_cmp >= 26:
            break
        if a["agency"] in used or b["agency"] in used:
            continue
        m = rnd.choice(["new", "new", "r3", "rv", "lit", "license", "penalty", "r1"])
        va, vb = mval(a, m), mval(b, m)
        if va is None or vb is None or va == vb:
            continue
        used |= {a["agency"], b["agency"]}
        na, aba = named(a)
        nb, abb = named(b)
        y = year_words(a["year"], rnd)
        tmpl = rnd.choice(["{a}和{b}{y}{n}哪个多？各多少", "{y}{n}，{a}跟{b}比怎么样", "{a}{y}{n}比{b}多还是少，分别几件",
                           "{a}vs{b} {y}{n}"])
        q, phr = phrase(tmpl.format(a=na, b=nb, y=y, n=NOUN[m]), rnd)
        order = [a["id"], b["id"]] if va > vb else [b["id"], a["id"]]
        add(q, {}, "compare", style_of(phr, aba or abb), {"values": {a["id"]: va, b["id"]: vb}, "unit": "件",
            "order": order}, cells=[f"{g['id']}:{c}" for g in (a, b) for c in MEASURES[m][0]],
            persona="reporter", kind="neighbour", phrasing=phr)
        n_cmp += 1

    # ---- 6. changes over the years of bodies stored more than once (later − earlier)
    multi = defaultdict(list)
    for g in R:
        multi[g["agency"]].append(g)
    n_chg = 0
    for ag in sorted(multi):
        gs = sorted(multi[ag], key=lambda g: g["year"])
        if len(gs) < 2:
            continue
        e, l = gs[0], gs[-1]
        for m in ("new", "r3", "rv", "license"):
            ve, vl = mval(e, m), mval(l, m)
            if ve is None or vl is None or ve == vl:
                continue
            n, ab = named(l)
            tmpl = rnd.choice(["{n}{b}比{a}{w}变化多少", "{n}{w}从{a}到{b}增加了还是减少了，差几件", "{b}跟{a}比，{n}{w}多了几件"])
            q, phr = phrase(tmpl.format(n=n, a=f"{e['year']}年", b=f"{l['year']}年", w=NOUN[m]), rnd)
            add(q, {}, "change", style_of(phr, ab), {"value": vl - ve, "unit": "件"},
                cells=[f"{l['id']}:{c}" for c in MEASURES[m][0]] + [f"{e['id']}:{c}" for c in MEASURES[m][0]],
                calc="(" + "+".join("{" + f"{l['id']}:{c}" + "}" for c in MEASURES[m][0]) + ")-("
                + "+".join("{" + f"{e['id']}:{c}" + "}" for c in MEASURES[m][0]) + ")",
                persona="reporter" if n_chg % 2 else "student", kind="change_years", phrasing=phr)
            n_chg += 1
            break

    # ---- 7. the student: a province's bodies of one level in one year (sum, rank, which, list, count)
    PROV_SAY = {"新疆维吾尔自治区": "新疆", "云南省": "云南", "四川省": "四川", "湖南省": "湖南", "浙江省": "浙江",
                "江西省": "江西", "贵州省": "贵州", "广西壮族自治区": "广西", "山西省": "山西"}
    LEVEL_SAY = {"县级政府": "县市区政府", "县级部门": "县里的部门", "乡镇": "乡镇街道", "市级部门": "市直部门", "省级部门": "省直厅局"}
    groups = defaultdict(list)
    for g in GOLD:
        for p in PROV_SAY:
            if g["region"].startswith(p):
                groups[(p, g["level"], g["year"])].append(g)
    n_grp = Counter()
    first = ("新疆维吾尔自治区", "云南省", "四川省")
    for key in sorted(groups, key=lambda k: (k[0] not in first, str(k))):
        p, lev, y = key
        if sum(n_grp.values()) >= 40:
            break
        gs = sorted(groups[key], key=lambda g: g["id"])
        if len(gs) < 2 or lev not in LEVEL_SAY:
            continue
        ms = ["new", "rv", "r3", "lit", "license", "r1"]
        k0 = sum(n_grp.values()) % len(ms)
        for m in ms[k0:] + ms[:k0]:
            vals = {g["id"]: mval(g, m) for g in gs}
            if any(v is None for v in vals.values()) or not all(readable(g) for g in gs):
                continue
            who = f"{PROV_SAY[p]}的{LEVEL_SAY[lev]}"
            yw = year_words(y, rnd)
            cells = [f"{g['id']}:{c}" for g in gs for c in MEASURES[m][0]]
            kinds = ["sum", "rank", "list", "which"]
            kd = kinds[sum(n_grp.values()) % 4]
            if kd == "sum":
                q, phr = phrase(rnd.choice(["{w}{y}{n}加起来一共多少", "{y}{w}{n}合计是多少"]).format(w=who, y=yw, n=NOUN[m]), rnd)
                add(q, {}, "sum", style_of(phr, False), {"value": sum(vals.values()), "unit": "件"}, cells=cells,
                    persona="student", kind="group_sum", phrasing=phr,
                    note="every stored report of the group: " + "、".join(g["agency"] for g in gs))
            elif kd == "rank":
                top = max(vals.values())
                if list(vals.values()).count(top) > 1:
                    continue
                order = [max(vals, key=vals.get)]
                q, phr = phrase(rnd.choice(["{w}{y}哪家{n}最多", "{y}{w}里{n}最多的是谁"]).format(w=who, y=yw, n=NOUN[m]), rnd)
                add(q, {}, "rank", style_of(phr, False), {"values": vals, "unit": "件", "order": order}, cells=cells,
                    persona="reporter", kind="group_top", phrasing=phr)
            elif kd == "list":
                q, phr = phrase(rnd.choice(["我在写论文，{w}{y}各家{n}分别是多少", "列一下{y}{w}每家{n}各多少"]).format(w=who, y=yw, n=NOUN[m]), rnd)
                add(q, {}, "list", style_of(phr, False), {"values": vals, "unit": "件"}, cells=cells,
                    persona="student", kind="group_list", phrasing=phr)
            else:
                rep = sorted(k for k, v in vals.items() if v > 0)
                q, phr = phrase(rnd.choice(["{w}{y}哪些有{n}", "{y}{w}里面有{n}的是哪几家"]).format(w=who, y=yw, n=NOUN[m]), rnd)
                add(q, {}, "which_reports", style_of(phr, False), {"reports": rep}, cells=cells,
                    persona="student" if rnd.random() < 0.5 else "lawyer", kind="group_which", phrasing=phr,
                    note="bodies of the group with the figure > 0 (empty list = none)")
            n_grp[kd] += 1
            break
    # store counts: how many reports of a province are stored (student)
    for p, say in list(PROV_SAY.items())[:3]:
        n = sum(1 for g in GOLD if g["region"].startswith(p))
        for tmpl in (["{s}的政府信息公开年报你这里有几份", "{s}一共收录了多少份年度报告"][: 1 + (p == "新疆维吾尔自治区")]):
            q, phr = phrase(tmpl.format(s=say), rnd)
            add(q, {}, "value", "colloquial" if phr != "formal" else "formal", {"value": n, "unit": "份"},
                persona="student", kind="store_count", phrasing=phr, note="every stored report of the province")

    # ---- 8. checks: does the report add up (H1 on clean reports; the gold findings on defective ones)
    n_ok = 0
    for g in sorted(RNEW, key=lambda g: g["id"]):
        if g["findings"] or n_ok >= 7:
            continue
        ks = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
        v = [cell(g, k) for k in ks]
        if any(x is None for x in v):
            continue
        assert v[0] + v[1] == v[2] + v[3]
        scoped = n_ok % 2 == 0
        if scoped:
            q = rnd.choice(["这份报告表三的数对得上吗（新收加结转等不等于办结加转下年）", "帮我核一下我们单位今年申请数和办理数平不平"])
        else:
            n, ab = named(g, allow_short=False)
            q = f"{n}{g['year']}年报告里申请收到的和办完的数字对得上吗"
        q, phr = (q + "？", "plain") if n_ok % 3 else (typo(q, rnd), "typo")
        add(q, {"report": g["id"]} if scoped else {}, "consistency", "colloquial",
            {"verdict": "consistent", "checks": ["H1"], "values": {"in": v[0] + v[1], "out": v[2] + v[3]}},
            cells=ks if scoped else [f"{g['id']}:{k}" for k in ks], persona="clerk" if scoped else "reporter",
            kind="check_ok", phrasing=phr)
        n_ok += 1
    for g in sorted(RNEW, key=lambda g: g["id"]):
        for f in g["findings"]:
            if f["check"] not in ("H1", "H2", "H3", "H5"):
                continue
            nums = re.findall(r"\d+", f["note"].split(":", 1)[-1])
            scoped = g["_set"] == "wild30"
            if f["check"] == "H5":
                m = re.search(r"add up to (\d+), 总计 is printed (\d+)", f["note"])
                vals = {"sum": int(m.group(1)), "printed": int(m.group(2))}
                what = "行政复议" if f["where"].startswith("t4.rv") else "行政诉讼"
                q = f"这份报告的{what}那几项加起来跟总计一样吗" if scoped else f"{g['agency']}{g['year']}年的信息公开{what}数据自己能对上吗"
            elif f["check"] == "H2":
                m = re.search(r"add up to (\d+), 总计 is printed (\d+)", f["note"])
                if not m:
                    continue
                vals = {"sum": int(m.group(1)), "printed": int(m.group(2))}
                q = "表三各类申请人的数加起来等于总计吗" if scoped else f"{g['agency']}{g['year']}年报告表三各列加起来和总计一致吗"
            elif f["check"] == "H3":
                m = re.search(r"add up to (\d+), 总计 is printed (\d+)", f["note"])
                if not m:
                    continue
                vals = {"sum": int(m.group(1)), "printed": int(m.group(2))}
                q = "这份报告的办理结果各项加起来等于总计吗" if scoped else f"{g['agency']}{g['year']}年的办理结果加总和总计对得上吗"
            else:
                continue
            phr = "formal" if not scoped and len(ITEMS) % 2 else "plain"
            q = formal(q) if phr == "formal" else q
            add(q + "？", {"report": g["id"]} if scoped else {}, "consistency", "colloquial" if scoped else "formal",
                {"verdict": "inconsistent", "checks": [f["check"]], "values": vals},
                persona="lawyer" if f["check"] == "H5" else "reporter", kind="check_defect", phrasing=phr,
                note=f"gold finding: {f['note']}")
            break

    # ---- 9. narrative: what the prose says (wild28–30 texts)
    narr = 0
    for g in sorted(RNEW, key=lambda g: g["id"]):
        t = TEXT[g["id"]]
        if not t:
            continue
        pats = [
            (r"主动公开各类政府信息(\d+)条", "条", ["{x}主动公开了多少条信息", "{x}一年在网上主动公开了几条政府信息"]),
            (r"政策解读(\d+)篇", "篇", ["{x}发了几篇政策解读", "{x}政策解读有多少篇"]),
            (r"其中政策文件(\d+)条", "条", ["{x}主动公开的信息里政策文件有几条"]),
        ]
        pt, unit, tmpls = pats[narr % 3]
        ms = re.findall(pt, t)
        if len(ms) != 1:
            continue
        quote = re.search(pt, t).group(0)
        scoped = narr % 2 == 0
        if scoped:
            x, ab = we(g) + "今年", False
        else:
            n, ab = named(g)
            x = n + year_words(g["year"], rnd)
        q, phr = phrase(rnd.choice(tmpls).format(x=x), rnd)
        add(q, {"report": g["id"]} if scoped else {}, "narrative", style_of(phr, ab),
            {"value": int(ms[0]), "unit": unit}, quote=quote if scoped else {g["id"]: quote},
            persona=rnd.choice(["reporter", "citizen", "student", "clerk"]), kind="prose_figure", phrasing=phr)
        narr += 1
        if narr >= 20:
            break
    # fees: 「申请信息要不要交钱」 — the 六、 sentence
    nfee = 0
    for g in sorted(RNEW, key=lambda g: g["id"], reverse=True):
        t = TEXT[g["id"]]
        m = re.search(r"\d{4}年度未收取信息处理费", t)
        if not m or t.count("未收取信息处理费") != 1 or nfee >= 5:
            continue
        scoped = nfee % 2 == 0
        if scoped:
            q = rnd.choice(["在我们这申请信息公开要交钱吗", "申请信息公开收不收费？"])
        else:
            n, ab = named(g, allow_short=False)
            q = f"向{n}申请政府信息公开要交费吗（{g['year']}年的情况）"
        add(end(q), {"report": g["id"]} if scoped else {}, "narrative", "colloquial", {"contains": ["未收取信息处理费"]},
            quote=m.group(0) if scoped else {g["id"]: m.group(0)}, persona="citizen", kind="fee_prose",
            phrasing="plain")
        nfee += 1
    # problems and measures
    npb = 0
    for g in sorted(RNEW, key=lambda g: g["id"])[1::3]:
        t = TEXT[g["id"]]
        m = re.search(r"存在的主要问题：一是([^；。]+)；", t)
        m2 = re.search(r"改进措施：一是([^；。]+)；", t)
        if not m or not m2 or npb >= 10:
            continue
        scoped = npb % 2 == 0
        if npb % 3 == 0:
            clause, q = m.group(1), "这份年报自己说有啥不足" if scoped else f"{g['agency']}{g['year']}年信息公开工作存在什么问题"
        else:
            clause, q = m2.group(1), "我们单位明年信息公开准备怎么改进，报告里写的" if scoped else f"{g['agency']}{g['year']}年报告里的改进措施是什么"
        q, phr = phrase(q, rnd)
        add(q, {"report": g["id"]} if scoped else {}, "problems", style_of(phr, False), {"contains": [clause]},
            quote=clause if scoped else {g["id"]: clause}, persona=rnd.choice(["reporter", "student", "clerk"]),
            kind="problems", phrasing=phr)
        npb += 1

    # ---- 10. what the reports cannot answer
    GUARD = {
        "budget": (["经费", "预算", "资金"], ["{x}信息公开工作花了多少经费", "{x}搞信息公开一年预算多少钱"]),
        "staff": (["专职", "人员编制", "工作人员数"], ["{x}有几个人专门负责信息公开", "{x}信息公开专职人员几个"]),
        "days": (["工作日", "平均", "天"], ["{x}申请了一般多久能答复", "{x}答复申请平均用几天", "申清了一般多长时间给回复 {x}"]),
        "satis": (["满意"], ["{x}老百姓对信息公开满不满意，满意度多少", "{x}群众满意率是多少"]),
        "percap": (["人均", "每万人"], ["{x}人均申请量是多少", "{x}平均每万人有多少件申请"]),
        "visits": (["访问", "浏览", "点击"], ["{x}的网站一年被访问多少次", "{x}信息公开专栏浏览量多少"]),
        "age": (["年龄", "性别"], ["{x}申请人里男的女的各多少", "{x}申请人年龄多大的多"]),
        "phone": (["电话咨询", "热线"], ["{x}接了多少个咨询电话", "{x}电话咨询量是多少"]),
        "overdue": (["逾期答复", "超期"], ["{x}有没有超期答复的，几件"]),
    }
    keys = list(GUARD)
    pool = sorted(RNEW, key=lambda g: g["id"])
    nu = 0
    for i, g in enumerate(pool):
        t = TEXT.get(g["id"], "")
        if not t or nu >= 34:
            continue
        k = keys[i % len(keys)]
        words, tmpls = GUARD[k]
        if any(w in t for w in words):
            k = "satis"
            words, tmpls = GUARD[k]
            if any(w in t for w in words):
                continue
        scoped = i % 2 == 0
        if scoped:
            x, ab = we(g), False
        else:
            n, ab = named(g)
            x = n + year_words(g["year"], rnd)
        q, phr = phrase(rnd.choice(tmpls).format(x=x), rnd)
        add(q, {"report": g["id"]} if scoped else {}, "unanswerable", style_of(phr, ab), {"refuse": True},
            persona="citizen" if k in ("days", "satis", "phone") else rnd.choice(["reporter", "student"]),
            kind="not_in_report", phrasing=phr, note=f"asked as value; text has none of {'/'.join(words)}")
        nu += 1
    # a template cell the report has no row for
    for g in sorted(RNEW, key=lambda g: g["id"]):
        t = TEXT.get(g["id"], "")
        if g["template"] == "GF2021" and "采购" not in t and g["id"].endswith(("2023", "2024")) and rnd.random() < 0.2:
            n, ab = named(g)
            q, phr = phrase(f"{n}{g['year']}年政府集中采购项目有多少个", rnd)
            add(q, {}, "unanswerable", style_of(phr, ab), {"refuse": True}, persona="company",
                kind="other_template", phrasing=phr, note="asked as value; GF2021 has no 政府集中采购 row; text has no 采购")
        if g["template"] == "GF2019" and "废止" not in t:
            n, ab = named(g)
            q, phr = phrase(f"{n}{g['year']}年废止了几件规范性文件", rnd)
            add(q, {}, "unanswerable", style_of(phr, ab), {"refuse": True}, persona="lawyer",
                kind="other_template", phrasing=phr, note="asked as value; GF2019 has no 本年废止 column; text has no 废止")
        if g["template"] == "LEGACY":
            n, ab = named(g, allow_short=False)
            q, phr = phrase(f"{n}{g['year']}年的报告里，信息公开申请被拒绝了几件", rnd)
            add(q, {}, "unanswerable", style_of(phr, ab), {"refuse": True}, persona="student", kind="legacy",
                phrasing=phr, note="asked as value; a LEGACY report: its tables are not recoverable (gold)")
    # bodies and years not stored
    NOT_BODIES = ["乌鲁木齐市教育局", "昆明市教育体育局", "成都市教育局", "喀什市人民政府", "大理市卫生健康局", "阿克苏地区税务局",
                  "西双版纳州文化和旅游局", "乐山市公安局", "石河子市人民政府", "克拉玛依市税务局"]
    for b in NOT_BODIES:
        assert not any(b in a or a in b for a in AGENCIES), b
        y = rnd.choice([2021, 2022, 2023, 2024])
        tmpl = rnd.choice(["{b}{y}年收到多少件信息公开申请", "{b}{y}年被复议了几次", "{b}{y}年不予公开几件"])
        q, phr = phrase(tmpl.format(b=b, y=y), rnd)
        add(q, {}, "unanswerable", "colloquial" if phr != "formal" else "formal", {"refuse": True},
            persona=rnd.choice(["citizen", "reporter", "lawyer"]), kind="body_not_stored", phrasing=phr,
            note="asked as value; no stored agency of that name")
    nys = 0
    for g in sorted(RNEW, key=lambda g: g["id"]):
        if nys >= 8 or len(YEARS_OF[g["agency"]]) > 1:
            continue
        y = g["year"] - 1 - (nys % 2)
        n, ab = named(g)
        q, phr = phrase(rnd.choice(["{n}{y}年收了多少申请", "{n}{y}年的信息公开年报里复议几件"]).format(n=n, y=y), rnd)
        add(q, {}, "unanswerable", style_of(phr, ab), {"refuse": True}, persona=rnd.choice(["student", "reporter"]),
            kind="year_not_stored", phrasing=phr, note=f"asked as value; only {g['year']} of this body is stored")
        nys += 1
    for g in sorted(RNEW, key=lambda g: g["id"])[2::12]:
        n, ab = named(g, allow_short=False)
        q, phr = phrase(f"{n}2027年预计会收到多少件信息公开申请", rnd)
        add(q, {}, "unanswerable", style_of(phr, ab), {"refuse": True}, persona="reporter", kind="future",
            phrasing=phr, note="asked as value; the future")

    # ---- 10b. a place and a kind of body that name more than one stored report: the answer gives each
    amb = [
        ("乌鲁木齐的区政府2023年行政许可决定各有几件", ["p23-shuimogou-gov-t3-vsplit-labels-2023", "p23-tianshan-gov-word-units-new-biz-defect-2023"], "license"),
        ("乌市的区政府23年被申请行政复议几件", ["p23-shuimogou-gov-t3-vsplit-labels-2023", "p23-tianshan-gov-word-units-new-biz-defect-2023"], "rv"),
        ("伊宁的政府行政处罚决定有多少", ["d23-yining-gov-t3-hsplit-titled-2023", "h24-yining-xian-uyghur-2024"], "penalty"),
        ("昆明的市级部门2024年收到多少信息公开申请", ["h24-kunming-zrzy-platform-hdr2-heji-2024", "p24-km-scjg-dept-breakdown-after-t3-2024"], "new"),
        ("成都的市级部门24年行政处罚各多少", ["p24-cd-zjj-thousands-comma-mixed-2024", "h24-cd-ghzrzy-platform-hdr2-heji-2024"], "penalty"),
    ]
    for q, ids, m in amb:
        vals = {i: mval(BY_ID[i], m) for i in ids}
        assert all(v is not None for v in vals.values()), (q, vals)
        add(end(q), {}, "list", "abbreviated", {"values": vals, "unit": "件"},
            cells=[f"{i}:{c}" for i in ids for c in MEASURES[m][0]], persona=rnd.choice(["reporter", "citizen"]),
            kind="ambiguous_place", phrasing="plain",
            note="ambiguous: the words name " + "、".join(BY_ID[i]["agency"] + str(BY_ID[i]["year"]) for i in ids)
            + " (every stored body they fit); the answer gives each, or asks which")

    # ---- 11. chats of 2–3 turns (the second turn drops the subject)
    nchat = 0
    chat_pool = [g for g in sorted(RNEW, key=lambda g: g["id"])]
    rnd.shuffle(chat_pool)
    for g in chat_pool:
        if nchat >= 20:
            break
        cid = f"c{nchat + 1:02d}"
        kind = nchat % 4
        scoped = kind in (0, 1)
        if scoped:
            x, ab = we(g) + "今年", False
        else:
            n, ab = named(g)
            x = n + year_words(g["year"], rnd)
        if kind in (0, 2):  # 新收 → 拒绝的呢 → 去年呢 (year not stored → refuse)
            if mval(g, "new") is None or mval(g, "r3") is None or len(YEARS_OF[g["agency"]]) > 1:
                continue
            t1 = end(rnd.choice(ASK["new"][:3]).format(x=x))
            t2 = rnd.choice(["拒绝的呢？", "那不给公开的有几件", "被拒的呢"])
            t3 = rnd.choice(["那去年呢？", "去年的呢", "上一年呢"])
            sc = {"report": g["id"]} if scoped else {}
            pre = (lambda c: c) if scoped else (lambda c: f"{g['id']}:{c}")
            ch = lambda t: {"id": cid, "turn": t, "of": 3}  # noqa: E731
            add(t1, sc, "value", style_of("plain", ab), {"value": mval(g, "new"), "unit": "件"},
                cells=[pre(c) for c in MEASURES["new"][0]], persona="citizen", kind="chat", phrasing="plain", chain=ch(1))
            add(t2, sc, "value", "colloquial", {"value": mval(g, "r3"), "unit": "件"}, cells=[pre(c) for c in MEASURES["r3"][0]],
                previous=t1, persona="citizen", kind="chat", phrasing="followup", chain=ch(2))
            add(t3, sc, "unanswerable", "colloquial", {"refuse": True}, previous=[t1, t2], persona="citizen", kind="chat",
                phrasing="followup", chain=ch(3), note=f"asked as value (不予公开 of {g['year'] - 1}); only {g['year']} stored")
        elif kind == 1:  # 复议 → 纠正的呢 → 打官司的呢
            if any(mval(g, m) is None for m in ("rv", "rv_fix", "lit")):
                continue
            t1 = end(rnd.choice(ASK["rv"]).format(x=x))
            t2 = rnd.choice(["被纠正的有几件？", "其中纠正的呢"])
            t3 = rnd.choice(["那打官司的呢", "诉讼呢？一共几件"])
            ch = lambda t: {"id": cid, "turn": t, "of": 3}  # noqa: E731
            sc = {"report": g["id"]}
            add(t1, sc, "value", "colloquial", {"value": mval(g, "rv"), "unit": "件"}, cells=MEASURES["rv"][0],
                persona="lawyer", kind="chat", phrasing="plain", chain=ch(1))
            add(t2, sc, "value", "colloquial", {"value": mval(g, "rv_fix"), "unit": "件"}, cells=MEASURES["rv_fix"][0],
                previous=t1, persona="lawyer", kind="chat", phrasing="followup", chain=ch(2))
            add(t3, sc, "value", "colloquial", {"value": mval(g, "lit"), "unit": "件"}, cells=MEASURES["lit"][0],
                previous=[t1, t2], persona="lawyer", kind="chat", phrasing="followup", chain=ch(3),
                note="直接起诉 + 复议后起诉 总计")
        else:  # kind 3: 新收 → 跟隔壁比 (a neighbour of the same prefecture, level and year)
            nb = [h for h in byk[(pref(g), g["year"], g["level"])] if h["id"] != g["id"] and mval(h, "new") is not None]
            if not nb or mval(g, "new") is None or mval(nb[0], "new") == mval(g, "new"):
                continue
            h = nb[0]
            nh, abh = named(h)
            t1 = end(rnd.choice(ASK["new"][:3]).format(x=x))
            t2 = f"跟{nh}比呢"
            ch = lambda t: {"id": cid, "turn": t, "of": 2}  # noqa: E731
            add(t1, {}, "value", style_of("plain", ab), {"value": mval(g, "new"), "unit": "件"},
                cells=[f"{g['id']}:{c}" for c in MEASURES["new"][0]], persona="reporter", kind="chat", phrasing="plain",
                chain=ch(1))
            va, vb = mval(g, "new"), mval(h, "new")
            add(t2, {}, "compare", "abbreviated" if (ab or abh) else "colloquial",
                {"values": {g["id"]: va, h["id"]: vb}, "unit": "件", "order": [g["id"], h["id"]] if va > vb else [h["id"], g["id"]]},
                cells=[f"{g['id']}:t3.new.tot", f"{h['id']}:t3.new.tot"], previous=t1, persona="reporter", kind="chat",
                phrasing="followup", chain=ch(2))
        nchat += 1

    # ---- ids, checks, write
    seen = set()
    out = []
    for i, it in enumerate(ITEMS, 1):
        it = {"id": f"zg{i:04d}", **it}
        key = (it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous"), ensure_ascii=False))
        assert key not in seen, it["q"]
        seen.add(key)
        check(it)
        out.append(it)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in out), encoding="utf-8")
    print(len(out), "items")


def check(it: dict) -> None:
    scope = it["scope"].get("report")
    if scope:
        assert scope in BY_ID
    e = it["expect"]
    refs = it.get("cells", [])

    def val(ref):
        rid, _, key = ref.rpartition(":")
        g = BY_ID[rid or scope]
        v = cell(g, key)
        assert v is not None, (it["q"], ref)
        return v

    for r in refs:
        val(r)
    if "value" in e and refs and it["intent"] in ("value", "sum", "change", "share"):
        if it.get("calc"):
            expr = re.sub(r"\{([^}]+)\}", lambda m: repr(val(m.group(1))), it["calc"])
            got = eval(expr)  # noqa: S307 — our own arithmetic over gold numbers
        else:
            got = sum(val(r) for r in refs)
        assert abs(got - e["value"]) <= e.get("tol", 0) + 1e-9, (it["q"], got, e["value"])
    if "values" in e and "verdict" not in e:
        for k, v in e["values"].items():
            if k in BY_ID:
                assert k in BY_ID
            else:
                assert abs(val(k) - v) < 1e-9
    for r in e.get("reports", []):
        assert r in BY_ID
    q = it.get("source_quote")
    if isinstance(q, str):
        assert q in TEXT[scope], q
    elif isinstance(q, dict):
        for rid, s in q.items():
            assert s in TEXT[rid], s
    for s in e.get("contains", []):
        rid = scope or next(iter(q))
        assert s in TEXT[rid], s


if __name__ == "__main__":
    main()
