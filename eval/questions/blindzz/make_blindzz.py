"""Blind bank blindzz: old reports and the two national templates (GF2019 / GF2021 / LEGACY).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzz/make_blindzz.py   # rewrites blindzz.jsonl (same bytes every run)

Written from the wild sets' gold JSON and, for the pre-2019 (LEGACY) reports, their own text. Templates were written
before any value was looked at; bodies, years and measures are drawn by a seeded shuffle. See README.md."""

from __future__ import annotations

import html
import json
import random
import re
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SETS = ("wild", *(f"wild{i}" for i in range(2, 39)))
OUT = HERE / "blindzz.jsonl"
SEED = 20261208


def load_golds() -> list[dict]:
    out = []
    for s in SETS:
        for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["_set"] = s
            out.append(g)
    return out


GOLDS = load_golds()
BY_ID = {g["id"]: g for g in GOLDS}
_AY: dict[tuple[str, int], int] = defaultdict(int)
for _g in GOLDS:
    _AY[(_g["agency"], _g["year"])] += 1


def once(g: dict) -> bool:
    return _AY[(g["agency"], g["year"])] == 1


def tainted(g: dict, key: str) -> bool:
    """A cell a gold finding is about (its row/box, or its applicant column)."""
    for f in g.get("findings") or []:
        w = str(f.get("where", ""))
        m = re.match(r"(t\d) column (\w+)", w)
        if m and key.startswith(m.group(1) + ".") and key.endswith("." + m.group(2)):
            return True
        if w and key.startswith(w):
            return True
    return False


def cell(g: dict, key: str):
    table, _, k = key.partition(".")
    return (g.get(table) or {}).get(k)


def good(g: dict, keys: list[str]) -> bool:
    """Readable for these cells: standard template, tables recoverable, agency+year once, numbers, no finding."""
    if g["template"] not in ("GF2019", "GF2021") or not g.get("tables_recoverable") or not once(g):
        return False
    if g["template"] == "GF2019" and g["year"] not in (2019, 2020):
        return False
    if g["template"] == "GF2021" and g["year"] < 2021:
        return False
    if g.get("statements"):
        return False
    return all(isinstance(cell(g, k), (int, float)) and not isinstance(cell(g, k), bool) and not tainted(g, k)
               for k in keys)


# ---------------------------------------------------------------- LEGACY text
def legacy_text(g: dict) -> str | None:
    p = ROOT / "eval" / g["_set"] / g["file"]
    name = p.name
    if name.endswith((".html", ".htm", ".txt", ".md")):
        raw = p.read_bytes()
        t = None
        for enc in ("utf-8", "gb18030"):
            try:
                t = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if t is None:
            return None
        if name.endswith((".html", ".htm")):
            t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", t)
            t = html.unescape(re.sub(r"<[^>]+>", "", t))
        return re.sub(r"\s+", "", t)
    if name.endswith(".docx"):
        x = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x)
        return re.sub(r"\s+", "", html.unescape(re.sub(r"<[^>]+>", "", x)))
    return None


# measure → (regex on the squashed text, unit); the quote is the whole match
LEG_MEASURES = {
    "active": (r"主动公开政府信息(\d+)条", "条"),
    "apply": (r"共(?:受理|收到)政府信息公开申请(\d+)件", "件"),
    "web": (r"通过政府(?:门户)?网站公开(\d+)条", "条"),
    "ontime": (r"已按时答复(\d+)件", "件"),
    "review": (r"(?:提起|引发)行政复议(\d+)件", "件"),
    "suit": (r"(?:提起|发生)行政诉讼(\d+)件", "件"),
    "inperson": (r"当面申请(\d+)件", "件"),
}


def legacy_fig(g: dict, m: str) -> tuple[int, str] | None:
    t = legacy_text(g)
    if not t:
        return None
    pat, _ = LEG_MEASURES[m]
    hits = list(re.finditer(pat, t))
    if not hits or len({h.group(1) for h in hits}) != 1:
        return None
    return int(hits[0].group(1)), hits[0].group(0)


# ---------------------------------------------------------------- words
CN = "零一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN[int(d)] for d in str(y))


def short(agency: str) -> str:
    s = re.sub(r"人民政府办公室$|人民政府$|办事处$", "", agency)
    return s if len(s) >= 3 else agency


def unpunct(q: str) -> str:
    return re.sub(r"[，。？！、：；,.?!「」“”]", "", q)


ITEMS: list[dict] = []


def add(q, intent, expect, *, scope=None, cells=None, calc=None, kind, phrasing, persona, style="colloquial",
        previous=None, quote=None, note=None):
    it: dict = {"q": q, "scope": {"report": scope} if scope else {}, "intent": intent, "style": style,
                "expect": expect}
    if previous:
        it["previous"] = previous
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if quote:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    it.update({"persona": persona, "kind": kind, "phrasing": phrasing})
    ITEMS.append(it)


def ref(g: dict, key: str, scoped: bool) -> str:
    return key if scoped else f"{g['id']}:{key}"


def pick(rng: random.Random, pool: list, n: int) -> list:
    pool = list(pool)
    rng.shuffle(pool)
    return pool[:n]


PERSONAS = ("clerk", "researcher", "reporter", "citizen", "officer", "student")

# ---------------------------------------------------------------- templates (written before values)
# measures whose label is the same in both templates (spec/format.md §4–§6)
SAME = {
    "new": ("t3.new.tot", "件", ["本年新收的政府信息公开申请有多少件", "新收申请几件", "新收了多少件申请"]),
    "r1": ("t3.r1.tot", "件", ["予以公开的有多少件", "予以公开几件", "全部公开的申请有几件"]),
    "carry_out": ("t3.carry_out.tot", "件", ["结转下年度继续办理的有几件", "结转下年度几件", "转到下一年继续办的有多少件"]),
    "carry_in": ("t3.carry_in.tot", "件", ["上年结转的申请有几件", "上年结转几件", "从上一年结转过来多少件"]),
    "rv": ("t4.rv.tot", "件", ["政府信息公开行政复议总计几件", "行政复议总数", "被申请行政复议了几次"]),
    "license": ("t2.license.decisions", None, ["行政许可的本年处理决定数量是多少", "行政许可处理决定数量", "行政许可作出了多少个决定"]),
    "penalty": ("t2.penalty.decisions", None, ["行政处罚的本年处理决定数量是多少", "行政处罚处理决定数", "行政处罚决定有多少"]),
}
# GF2021-only labels (no such row/column in GF2019) → refuse when asked of a 2019/2020 report
NEW_ONLY = [
    ("t2.norm.repealed", ["规范性文件本年废止件数是多少", "本年废止的规范性文件有几件"]),
    ("t2.norm.valid", ["行政规范性文件现行有效件数是多少", "现行有效的规范性文件有多少件"]),
    ("t2.fee.amount_wan", ["行政事业性收费本年收费金额多少万元", "收了多少万元的行政事业性收费"]),
    ("t3.r6_1.tot", ["其他处理里“申请人无正当理由逾期不补正、行政机关不再处理”的有几件", "逾期不补正不再处理的申请有几件"]),
    ("t3.r6_2.tot", ["其他处理里申请人逾期未按收费通知缴费、不再处理的有几件", "因为没交费不再处理的申请几件"]),
    ("t3.r6_3.tot", ["其他处理第3项“其他”有几件", "（六）其他处理下面的3.其他是多少"]),
]
# GF2019-only labels → refuse when asked of a 2021+ report
OLD_ONLY = [
    ("procurement.items", ["政府集中采购的采购项目数量是多少", "政府集中采购项目有几个"]),
    ("procurement.amount", ["政府集中采购总金额是多少", "集中采购花了多少钱"]),
    ("other_service", ["其他对外管理服务事项的处理决定数量是多少", "其他对外管理服务事项有多少"]),
    ("license.prev_items", ["行政许可的上一年项目数量是多少", "行政许可上一年项目数量"]),
    ("license.delta", ["行政许可本年增/减了多少项", "行政许可项目本年增减多少"]),
    ("norm.new_public", ["规范性文件本年新公开数量是多少", "规范性文件新公开了多少件"]),
    ("norm.total_public", ["规范性文件对外公开总数量是多少", "规范性文件对外公开总数"]),
]
# a short noun per measure, for change / trend questions
NOUN = {"new": "新收申请数", "r1": "予以公开件数", "carry_out": "结转下年度件数", "carry_in": "上年结转件数",
        "rv": "行政复议总数", "license": "行政许可处理决定数量", "penalty": "行政处罚处理决定数量"}
OTHER_TOTAL = ["（六）其他处理一共有几件", "其他处理的申请总共多少件", "其他处理合计几件"]

LEG_Q = {
    "active": ["全年主动公开了多少条政府信息", "主动公开政府信息多少条"],
    "apply": ["全年受理了多少件政府信息公开申请", "收到几件信息公开申请"],
    "web": ["通过政府网站公开了多少条信息", "政府网站公开多少条"],
    "ontime": ["按时答复了几件申请", "按时答复的申请有几件"],
    "review": ["因为信息公开被提起行政复议几件", "信息公开行政复议几件"],
    "suit": ["因为信息公开被提起行政诉讼几件", "信息公开行政诉讼几件"],
    "inperson": ["当面申请的有几件", "当面提交的申请几件"],
}
# GF table cells with no measure in a LEGACY narrative → refuse
LEG_CELLS = [  # (question, words whose presence in the text would give the cell a counterpart)
    ("表三里“予以公开”那一行的总计是多少", ("予以公开", "同意公开")),
    ("不予公开里属于国家秘密的有几件", ("国家秘密", "不予公开", "不同意公开")),
    ("表三结转下年度继续办理几件", ("结转",)),
    ("申请人里商业企业有几件", ("商业企业", "企业")),
    ("表四行政复议结果维持几件", ("维持",)),
    ("无法提供里本机关不掌握相关政府信息的有几件", ("不掌握", "不存在", "无法提供")),
    ("表二行政许可处理决定数量", ("行政许可",)),
    ("部分公开的有几件", ("部分公开",)),
]
# GF table cells whose measure the LEGACY narrative states (judging rule: the narrative figure is the answer)
LEG_SAME = [
    ("表三第一行“本年新收政府信息公开申请数量”是多少", "apply"),
    ("本年新收政府信息公开申请数量", "apply"),
    ("表四里行政复议总计几件", "review"),
]


def sty(phrasing: str, agency: str) -> str:
    if phrasing == "keyword" and short(agency) != agency:
        return "abbreviated"
    return "formal" if phrasing == "formal" else "colloquial"


def fmt_q(rng: random.Random, agency: str, year: int, ask: str, phrasing: str) -> str:
    if phrasing == "voice":
        return unpunct(f"{agency}{cn_year(year)}年的年报里{ask}")
    if phrasing == "keyword":
        return f"{short(agency)} {year} {ask}"
    if phrasing == "formal":
        return f"请问{agency}{year}年政府信息公开工作年度报告中，{ask}？"
    return f"{agency}{year}年{ask}？"


def build() -> None:
    rng = random.Random(SEED)
    gf19 = sorted([g for g in GOLDS if g["template"] == "GF2019" and g["year"] in (2019, 2020)], key=lambda g: g["id"])
    gf21 = sorted([g for g in GOLDS if g["template"] == "GF2021" and g["year"] >= 2021], key=lambda g: g["id"])
    ph = ["plain", "formal", "voice", "keyword"]

    # A1 — GF2021-only labels asked of GF2019 reports → refuse
    pool = [g for g in gf19 if good(g, ["t3.new.tot"])]
    for i, g in enumerate(pick(rng, pool, 13)):
        key, asks = NEW_ONLY[i % len(NEW_ONLY)]
        scoped = i % 5 == 0
        ask = asks[i % 2]
        q = f"这份报告里{ask}？" if scoped else fmt_q(rng, g["agency"], g["year"], ask, ph[i % 4])
        add(q, "unanswerable", {"refuse": True}, scope=g["id"] if scoped else None,
            kind="new_label_of_gf2019", phrasing="plain" if scoped else ph[i % 4], persona=PERSONAS[i % 6],
            style="colloquial" if scoped else sty(ph[i % 4], g["agency"]),
            note=f"asked as value: {key} exists only in GF2021; {g['id']} is a {g['year']} report on GF2019")
    # A2 — GF2021's （六）其他处理 (sum of three sub-rows) asked of GF2019 → its single row r6
    pool = [g for g in gf19 if good(g, ["t3.r6.tot"])]
    for i, g in enumerate(pick(rng, pool, 10)):
        scoped = i % 4 == 1
        ask = OTHER_TOTAL[i % 3]
        q = f"我们{ask}？" if scoped else fmt_q(rng, g["agency"], g["year"], ask, ph[i % 4])
        add(q, "value", {"value": cell(g, "t3.r6.tot"), "unit": "件"}, scope=g["id"] if scoped else None,
            cells=[ref(g, "t3.r6.tot", scoped)], kind="other_total_of_gf2019",
            phrasing="plain" if scoped else ph[i % 4], persona=PERSONAS[(i + 1) % 6],
            style="colloquial" if scoped else sty(ph[i % 4], g["agency"]),
            note="GF2019 prints （六）其他处理 as one row (r6) = GF2021's three sub-rows together")
    # A4 — same-label cells of 表二/表三/表四 asked of GF2019 reports (labels users know from new reports)
    keys = ["license", "penalty", "new", "r1", "carry_out", "rv"]
    for i, g in enumerate(pick(rng, [g for g in gf19 if good(g, [SAME[k][0] for k in keys])], 24)):
        m = keys[i % len(keys)]
        key, unit, asks = SAME[m]
        scoped = i % 4 == 2
        ask = asks[i % 3]
        q = f"今年{ask}？" if scoped else fmt_q(rng, g["agency"], g["year"], ask, ph[(i + 2) % 4])
        add(q, "value", {"value": cell(g, key), "unit": unit}, scope=g["id"] if scoped else None,
            cells=[ref(g, key, scoped)], kind="same_label_gf2019", phrasing="plain" if scoped else ph[(i + 2) % 4],
            persona=PERSONAS[(i + 2) % 6],
            style="colloquial" if scoped else sty(ph[(i + 2) % 4], g["agency"]))
    # B1 — GF2019-only labels asked of GF2021 reports → refuse
    pool = [g for g in gf21 if good(g, ["t3.new.tot"])]
    for i, g in enumerate(pick(rng, pool, 14)):
        key, asks = OLD_ONLY[i % len(OLD_ONLY)]
        scoped = i % 5 == 3
        ask = asks[i % 2]
        q = f"这份年报{ask}？" if scoped else fmt_q(rng, g["agency"], g["year"], ask, ph[(i + 1) % 4])
        add(q, "unanswerable", {"refuse": True}, scope=g["id"] if scoped else None, kind="old_label_of_gf2021",
            phrasing="plain" if scoped else ph[(i + 1) % 4], persona=PERSONAS[(i + 3) % 6],
            style="colloquial" if scoped else sty(ph[(i + 1) % 4], g["agency"]),
            note=f"asked as value: {key} exists only in GF2019; {g['id']} is a {g['year']} report on GF2021")
    # B2 — GF2019's single （六）其他处理 row asked of GF2021 → sum of r6_1..r6_3
    r6 = ["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"]
    for i, g in enumerate(pick(rng, [g for g in gf21 if good(g, r6)], 10)):
        scoped = i % 4 == 2
        ask = OTHER_TOTAL[(i + 1) % 3]
        q = f"{ask}？" if scoped else fmt_q(rng, g["agency"], g["year"], ask, ph[(i + 3) % 4])
        add(q, "value", {"value": sum(cell(g, k) for k in r6), "unit": "件"}, scope=g["id"] if scoped else None,
            cells=[ref(g, k, scoped) for k in r6], kind="other_total_of_gf2021",
            phrasing="plain" if scoped else ph[(i + 3) % 4], persona=PERSONAS[(i + 4) % 6],
            style="colloquial" if scoped else sty(ph[(i + 3) % 4], g["agency"]),
            note="GF2021's （六） has three sub-rows and no subtotal; the asked total is their sum")

    # C — series across the template change (same agency name, a GF2019 year and a GF2021 year)
    by_ag: dict[str, list[dict]] = defaultdict(list)
    for g in GOLDS:
        by_ag[g["agency"]].append(g)
    pairs = []
    for ag in sorted(by_ag):
        gs = sorted(by_ag[ag], key=lambda g: g["year"])
        olds = [g for g in gs if g["template"] == "GF2019" and g["year"] in (2019, 2020) and once(g)]
        news = [g for g in gs if g["template"] == "GF2021" and g["year"] >= 2021 and once(g)]
        if olds and news:
            pairs.append((olds[-1], news[0]))
    cms = ["new", "r1", "carry_out", "rv", "license", "penalty", "carry_in"]
    n = 0
    for a, b in pairs:
        for m in cms:
            key, unit, asks = SAME[m]
            if not (good(a, [key]) and good(b, [key])):
                continue
            va, vb = cell(a, key), cell(b, key)
            ask = asks[n % 3]
            p = ph[n % 4]
            ag = a["agency"]
            noun = NOUN[m]
            # change
            if p == "voice":
                q = unpunct(f"{ag}{cn_year(b['year'])}年的{noun}比{cn_year(a['year'])}年变化了多少")
            elif p == "keyword":
                q = f"{short(ag)} {noun} {a['year']}到{b['year']} 变化"
            elif p == "formal":
                q = f"{ag}{b['year']}年的{noun}较{a['year']}年增加（减少）了多少？"
            else:  # plain: asked on the later report's page, 「今年」 = its year
                q = f"跟{a['year']}年比，今年的{noun}多了还是少了？差多少"
            sc = p == "plain"
            add(q, "change", {"value": vb - va, "unit": unit}, scope=b["id"] if sc else None,
                cells=[f"{a['id']}:{key}", key if sc else f"{b['id']}:{key}"],
                calc=f"{{{key if sc else b['id'] + ':' + key}}}-{{{a['id']}:{key}}}", kind="change_across_templates",
                phrasing=p,
                persona=PERSONAS[n % 6], style=sty(p, ag),
                note=f"{a['id']} (GF2019) → {b['id']} (GF2021); same label in both")
            # trend / list of both years (two pairs of agency × measure in three)
            if n % 3 != 1:
                q = (f"{ag}{a['year']}年和{b['year']}年的{noun}分别是多少？" if n % 2 else
                     f"把{short(ag)}{a['year']}、{b['year']}两年的{noun}对比一下")
                add(q, "trend", {"values": {a["id"]: va, b["id"]: vb}, "unit": unit},
                    cells=[f"{a['id']}:{key}", f"{b['id']}:{key}"], kind="trend_across_templates", phrasing="plain",
                    persona=PERSONAS[(n + 1) % 6], style="colloquial" if n % 2 else sty("keyword", ag))
            # followup: asked of the old year, then 「那Y年呢」 (two in three)
            if n % 3 != 2:
                add(f"那{b['year']}年呢？", "value", {"value": vb, "unit": unit}, cells=[f"{b['id']}:{key}"],
                    previous=f"{ag}{a['year']}年{ask}？", kind="followup_across_templates", phrasing="followup",
                    persona=PERSONAS[(n + 2) % 6])
            n += 1
    # C2 — GF2019 → GF2019 within the old template (2019 → 2020)
    for ag in sorted(by_ag):
        gs = sorted([g for g in by_ag[ag] if g["template"] == "GF2019" and g["year"] in (2019, 2020) and once(g)],
                    key=lambda g: g["year"])
        if len(gs) == 2:
            a, b = gs
            for j, m in enumerate(["new", "r1", "license", "carry_out"]):
                key, unit, asks = SAME[m]
                if good(a, [key]) and good(b, [key]):
                    add(f"{ag}2020年的{NOUN[m]}比2019年多了还是少了，差多少？", "change",
                        {"value": cell(b, key) - cell(a, key), "unit": unit},
                        cells=[f"{a['id']}:{key}", f"{b['id']}:{key}"], calc=f"{{{b['id']}:{key}}}-{{{a['id']}:{key}}}",
                        kind="change_gf2019_years", phrasing="plain", persona=PERSONAS[j % 6])

    # D — LEGACY narrative figures (the text's own numbers, quoted) and table cells (refuse)
    leg = sorted([g for g in GOLDS if g["template"] == "LEGACY" and once(g)], key=lambda g: g["id"])
    leg_read = [g for g in leg if legacy_text(g)]
    ms = list(LEG_MEASURES)
    cand = [(g, m) for g in leg_read for m in ms if legacy_fig(g, m)]
    for i, (g, m) in enumerate(pick(rng, cand, 46)):
        v, quote = legacy_fig(g, m)  # type: ignore[misc]
        scoped = i % 4 == 1
        ask = LEG_Q[m][i % 2]
        p = ph[i % 4]
        q = f"这份报告{ask}？" if scoped else fmt_q(rng, g["agency"], g["year"], ask, p)
        add(q, "narrative", {"value": v, "unit": LEG_MEASURES[m][1]}, scope=g["id"] if scoped else None,
            quote=quote if scoped else {g["id"]: quote}, kind="legacy_narrative", phrasing="plain" if scoped else p,
            persona=PERSONAS[i % 6], style="colloquial" if scoped else sty(p, g["agency"]),
            note=f"LEGACY {g['year']} report: no standard tables; the figure is the text's")
    cands = [(g, k) for g in leg for k in range(len(LEG_CELLS))
             if legacy_text(g) and not any(w in (legacy_text(g) or "") for w in LEG_CELLS[k][1])]
    for i, (g, k) in enumerate(pick(rng, cands, 10)):
        scoped = i % 3 == 0
        ask = LEG_CELLS[k][0]
        q = f"这份报告{ask}？" if scoped else fmt_q(rng, g["agency"], g["year"], ask, ph[(i + 1) % 4])
        add(q, "unanswerable", {"refuse": True}, scope=g["id"] if scoped else None, kind="legacy_table_cell",
            phrasing="plain" if scoped else ph[(i + 1) % 4], persona=PERSONAS[(i + 2) % 6],
            style="colloquial" if scoped else sty(ph[(i + 1) % 4], g["agency"]),
            note=f"asked as value: {g['id']} is a {g['year']} LEGACY report without the GF tables; the asked cell has "
                 "no counterpart in its text")
    cands2 = [(g, k) for g in leg_read for k in range(len(LEG_SAME)) if legacy_fig(g, LEG_SAME[k][1])]
    for i, (g, k) in enumerate(pick(rng, cands2, 8)):
        ask, m = LEG_SAME[k]
        v, quote = legacy_fig(g, m)  # type: ignore[misc]
        scoped = i % 4 == 1
        q = f"这份报告{ask}？" if scoped else f"{g['agency']}{g['year']}年{ask}？"
        add(q, "narrative", {"value": v, "unit": "件"}, scope=g["id"] if scoped else None,
            quote=quote if scoped else {g["id"]: quote}, kind="legacy_table_same_measure", phrasing="plain",
            persona=PERSONAS[(i + 1) % 6],
            note=f"LEGACY {g['year']} report has no 表三/表四; its text states the same measure — that figure is the answer")

    # E — the oldest stored report of a body; a year before the store's first one
    multi = [ag for ag in sorted(by_ag) if len({g["year"] for g in by_ag[ag]}) >= 2
             and all(once(g) for g in by_ag[ag])]
    single = [ag for ag in sorted(by_ag) if len(by_ag[ag]) == 1]
    oldest_q = ["库里{a}最早的一份年报是哪一年的？", "{a}的年报从哪一年开始有？", "{s}最老的年报是哪份",
                "你们收录的{a}年报最早到哪年"]
    for i, ag in enumerate(multi):
        first = min(by_ag[ag], key=lambda g: g["year"])
        add(oldest_q[i % 4].format(a=ag, s=short(ag)), "which_reports", {"reports": [first["id"]]},
            kind="oldest_report", phrasing="keyword" if i % 4 == 2 else "plain", persona=PERSONAS[i % 6],
            style=sty("keyword", ag) if i % 4 == 2 else "colloquial",
            note=f"{ag}: stored years {sorted({g['year'] for g in by_ag[ag]})}")
    for i, ag in enumerate(pick(rng, single, 6)):
        g = by_ag[ag][0]
        add(oldest_q[(i + 1) % 4].format(a=ag, s=short(ag)), "which_reports", {"reports": [g["id"]]},
            kind="oldest_report_single", phrasing="plain", persona=PERSONAS[(i + 3) % 6],
            note=f"{ag}: one stored report ({g['year']})")
    before_q = ["{a}{y}年的政府信息公开年报里新收了多少申请？", "{a}{y}年主动公开了多少条信息", "{s} {y} 年报 依申请公开",
                "帮我查一下{a}{y}年的年报"]
    for i, ag in enumerate(pick(rng, [a for a in sorted(by_ag) if all(once(g) for g in by_ag[a])], 8)):
        y0 = min(g["year"] for g in by_ag[ag]) - 1 - (i % 3)
        add(before_q[i % 4].format(a=ag, s=short(ag), y=y0), "unanswerable", {"refuse": True},
            kind="year_before_first", phrasing="keyword" if i % 4 == 2 else "plain", persona=PERSONAS[i % 6],
            style=sty("keyword", ag) if i % 4 == 2 else "colloquial",
            note=f"asked as value: the store's first report of {ag} is {y0 + 1 + (i % 3)}; no {y0} report")

    # F — whole-store questions restricted to old years
    years = sorted({g["year"] for g in GOLDS})
    ay = {(g["agency"], g["year"]) for g in GOLDS}
    cnt_q = ["库里一共有多少份{y}年的年报？", "{y}年度的政府信息公开年报收录了几份", "{cy}年的报告有几份"]
    for i, y in enumerate([y for y in years if y <= 2020]):
        for j in range(2):
            k = (i + j) % 3
            add(cnt_q[k].format(y=y, cy=cn_year(y)), "value", {"value": sum(1 for a in ay if a[1] == y), "unit": "份"},
                kind="count_year", phrasing="voice" if k == 2 else "plain", persona=PERSONAS[(i + j) % 6],
                note="distinct agency+year among all stored reports of that year")
    add("2019年以前（不含2019年）的年报库里有几份？", "value", {"value": sum(1 for a in ay if a[1] < 2019), "unit": "份"},
        kind="count_pre2019", phrasing="plain", persona="researcher", note="distinct agency+year, year ≤ 2018")
    add("2019和2020两年的年报加起来一共多少份", "value",
        {"value": sum(1 for a in ay if a[1] in (2019, 2020)), "unit": "份"}, kind="count_1920", phrasing="plain",
        persona="reporter", note="distinct agency+year")
    # sums over named bodies of one old year
    for y in (2019, 2020):
        for m in ("new", "r1", "rv"):
            key, unit, asks = SAME[m]
            pool = [g for g in GOLDS if g["year"] == y and good(g, [key])]
            for r in range(4 if y == 2020 else 2):
                grp = sorted(pick(rng, pool, 2 + r % 3), key=lambda g: g["id"])
                names = "、".join(g["agency"] for g in grp)
                q = (f"{names}这几家{y}年的{NOUN[m]}加起来一共多少？" if r % 2 == 0 else
                     f"{y}年 {names} {asks[1]} 合计")
                add(q, "sum", {"value": sum(cell(g, key) for g in grp), "unit": unit},
                    cells=[f"{g['id']}:{key}" for g in grp], kind="sum_old_year",
                    phrasing="plain" if r % 2 == 0 else "keyword", persona=PERSONAS[r % 6])
    # honest refusals beyond the template: measures the reports do not carry, asked of old reports
    ref_q = ["{a}{y}年信息公开工作花了多少经费？", "{a}{y}年有几个专职信息公开工作人员", "{a}{y}年申请人里男的有几个",
             "{a}{y}年申请平均多少天答复完"]
    pool = [g for g in GOLDS if g["year"] <= 2020 and once(g) and g["template"] in ("GF2019", "LEGACY")
            and not (g["template"] == "LEGACY" and legacy_text(g) and "经费" in (legacy_text(g) or ""))]
    for i, g in enumerate(pick(rng, pool, 6)):
        add(ref_q[i % 4].format(a=g["agency"], y=g["year"]), "unanswerable", {"refuse": True},
            kind="not_in_reports", phrasing="plain", persona=PERSONAS[i % 6],
            note="asked as value: budget/staff/applicant sex/average days are not in the annual report")


def finish() -> list[dict]:
    seen = set()
    out = []
    for it in ITEMS:
        k = (it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous")))
        if k in seen:
            continue
        seen.add(k)
        out.append(it)
    for i, it in enumerate(out, 1):
        it["id"] = f"zz{i:04d}"
        sets = set()
        for r in [it["scope"].get("report"), *[c.rpartition(":")[0] for c in it.get("cells", [])],
                  *it["expect"].get("values", {}), *it["expect"].get("reports", []),
                  *(it["source_quote"] if isinstance(it.get("source_quote"), dict) else [])]:
            if r and r in BY_ID:
                sets.add(BY_ID[r]["_set"])
        it["sets"] = sorted(sets) or ["store"]
    return [{"id": it.pop("id"), **it} for it in out]


def _val(rid: str | None, ref_: str):
    r, _, key = ref_.rpartition(":")
    return cell(BY_ID[r or rid], key)  # type: ignore[index]


def check(items: list[dict]) -> None:
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    qs = [(it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous"))) for it in items]
    assert len(qs) == len(set(qs))
    for it in items:
        rid = it["scope"].get("report")
        assert rid is None or rid in BY_ID, it["id"]
        for c in it.get("cells", []):
            r = c.rpartition(":")[0] or rid
            assert r in BY_ID, (it["id"], c)
            v = _val(rid, c)
            assert isinstance(v, (int, float)), (it["id"], c, v)
        exp = it["expect"]
        assert sum(k in exp for k in ("value", "values", "reports", "refuse", "blank", "contains", "verdict")) == 1
        for r in exp.get("values", {}):
            assert r in BY_ID
        for r in exp.get("reports", []):
            assert r in BY_ID
        if "value" in exp and it.get("cells"):
            if it.get("calc"):
                expr = re.sub(r"\{([^}]+)\}", lambda m: repr(_val(rid, m.group(1))), it["calc"])
                want = eval(expr)  # noqa: S307 — our own arithmetic over gold numbers
            else:
                want = sum(_val(rid, c) for c in it["cells"])
            assert want == exp["value"], (it["id"], want, exp["value"])
        if "values" in exp:
            for r, v in exp["values"].items():
                key = it["cells"][0].rpartition(":")[2]
                assert cell(BY_ID[r], key) == v, it["id"]
        if it["kind"] == "legacy_table_cell":
            text = legacy_text(BY_ID[rid or _rid_in_note(it)]) or ""
            words = next(w for qq, w in LEG_CELLS if unpunct(qq) in unpunct(it["q"]))
            assert text and not any(w in text for w in words), it["id"]
        if it["kind"] in ("legacy_narrative", "legacy_table_same_measure"):
            (r, quote), = ([(rid, it["source_quote"])] if rid else list(it["source_quote"].items()))
            text = legacy_text(BY_ID[r]) or ""
            assert quote in text and str(exp["value"]) in quote, it["id"]
            assert BY_ID[r]["template"] == "LEGACY"
        if it["kind"] in ("new_label_of_gf2019", "other_total_of_gf2019", "same_label_gf2019"):
            g = BY_ID[rid or it.get("cells", [":"])[0].rpartition(":")[0] or _rid_in_note(it)]
            assert g["template"] == "GF2019"
        if it["kind"] == "oldest_report":
            r = exp["reports"][0]
            ag = BY_ID[r]["agency"]
            assert BY_ID[r]["year"] == min(g["year"] for g in GOLDS if g["agency"] == ag)
        if it["kind"] == "year_before_first":
            y = int(re.search(r"(\d{4})", it["q"]).group(1))  # type: ignore[union-attr]
            assert not any(g["year"] == y and g["agency"] in it["q"] for g in GOLDS)
        if it["kind"].startswith("count_"):
            ys = {int(y) for y in re.findall(r"20\d\d", it["q"])}
            if not ys:
                ys = {int("".join(str(CN.index(c)) for c in m)) for m in re.findall(r"[零一二三四五六七八九]{4}", it["q"])}
            ay = {(g["agency"], g["year"]) for g in GOLDS}
            if it["kind"] == "count_pre2019":
                want = sum(1 for a in ay if a[1] < 2019)
            else:
                want = sum(1 for a in ay if a[1] in ys)
            assert want == exp["value"], it["id"]


def _rid_in_note(it: dict) -> str:
    m = re.search(r"(?:: |; )(\S+) is a", it.get("note", ""))
    return m.group(1) if m else ""


def main() -> None:
    build()
    items = finish()
    check(items)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    print(len(items))


if __name__ == "__main__":
    main()
