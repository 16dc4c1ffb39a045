"""Writes blindk.jsonl (held-out everyday questions over wild … wild19) from the gold and the reports' text.

    PYTHONPATH=. .venv/bin/python eval/questions/blindk/make_blindk.py

Deterministic: one seeded RNG, sorted inputs; identical bytes on every run. Every item is checked against the gold
(values re-summed / re-computed from their cells) and every quote against its report's text (whitespace and markup aside).
"""

from __future__ import annotations

import html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SETS = ["wild", *(f"wild{i}" for i in range(2, 20))]
RNG = random.Random(20261206)
COLS = ("np", "biz", "sci", "npo", "law", "oth")

# ------------------------------------------------------------------ gold and text
GOLD: list[dict] = []
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        g["_set"] = s
        GOLD.append(g)
BY_ID = {g["id"]: g for g in GOLD}
HELD = Counter((g["agency"], g["year"]) for g in GOLD)
AGENCIES = {g["agency"] for g in GOLD}
YEARS_OF = defaultdict(set)
for g in GOLD:
    YEARS_OF[g["agency"]].add(g["year"])


def cell(g: dict, key: str):
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


def nums(g: dict, keys) -> bool:
    return all(isinstance(cell(g, k), (int, float)) for k in keys)


def readable(g: dict) -> bool:
    return (
        g["template"] in ("GF2019", "GF2021")
        and g.get("tables_recoverable")
        and not g.get("findings")
        and HELD[(g["agency"], g["year"])] == 1
    )


_TEXT: dict[str, str | None] = {}


def _strip(raw: str) -> str:
    raw = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), raw)
    raw = re.sub(r"(?is)<(script|style)[^>]*>(?=.)", " ", raw) if False else raw
    raw = re.sub(r"<[^>]+>", " ", raw)
    for _ in range(2):
        raw = html.unescape(raw)
    raw = re.sub(r"<[^>]+>", " ", raw)
    return raw


def text_of(g: dict) -> str | None:
    """The report's text with whitespace removed (None: a carrier this script does not read)."""
    if g["id"] in _TEXT:
        return _TEXT[g["id"]]
    path = ROOT / "eval" / g["_set"] / g["file"]
    ext = path.suffix.lower()
    out = None
    try:
        if ext in (".html", ".htm", ".txt", ".md", ".json", ".mht", ".mhtml", ".xml", ".csv", ".fodt"):
            data = path.read_bytes()
            for enc in ("utf-8", "gb18030"):
                try:
                    raw = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raw = None
            if raw is not None and ext not in (".mht", ".mhtml"):
                out = _strip(raw)
        elif ext == ".docx":
            with zipfile.ZipFile(path) as z:
                out = _strip(z.read("word/document.xml").decode("utf-8"))
        elif ext == ".pdf":
            from pdfminer.high_level import extract_text

            out = extract_text(str(path))
    except Exception:  # noqa: BLE001 - a carrier we cannot read is simply not used for text questions
        out = None
    if out is not None:
        out = re.sub(r"\s+", "", out.replace("\ufeff", "").replace("\u3000", ""))
        if len(out) < 300:
            out = None
    _TEXT[g["id"]] = out
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


# ------------------------------------------------------------------ names, years, dress
SHORT = [
    ("人民政府办公室", "政府办"),
    ("人民政府", "政府"),
    ("人力资源和社会保障局", "人社局"),
    ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("发展和改革局", "发改局"),
    ("发展和改革委员会", "发改委"),
    ("自然资源和规划局", "自规局"),
    ("交通运输局", "交通局"),
    ("生态环境局", "环保局"),
    ("农业农村局", "农业农村局"),
    ("城市管理和综合执法局", "城管局"),
    ("教育体育局", "教体局"),
    ("街道办事处", "街道"),
]


def short(agency: str) -> str | None:
    s = agency
    for a, b in SHORT:
        if s.endswith(a):
            s = s[: -len(a)] + b
            break
    m = re.match(r"^(.{2,3}省)(.{2,4}市)(.{2,4}(区|县|市).*)$", s)
    if m:
        s = m.group(3)
    elif re.match(r"^.{2,4}市.{2,4}(区|县)", s) and RNG.random() < 0.5:
        s = re.sub(r"^.{2,4}市", "", s, count=1)
    if not re.match(r"^[^区县市]{2,}", s):
        return None
    if s == agency or len(s) < 4:
        return None
    if any(s in a for a in AGENCIES if a != agency):
        return None
    return s


CN = "〇一二三四五六七八九"


def year_text(y: int, style: str) -> str:
    if style == "2d":
        return f"{y % 100}年"
    if style == "cn":
        return "".join(CN[int(c)] for c in str(y)) + "年"
    if style == "du":
        return f"{y}年度"
    return f"{y}年"


def name_year(g: dict, phrasing: list) -> tuple[str, str, bool]:
    """(agency as written, year as written, abbreviated?)"""
    abbr = False
    name = g["agency"]
    if RNG.random() < 0.3:
        s = short(name)
        if s:
            name, abbr = s, True
    r = RNG.random()
    ys = "2d" if r < 0.12 else "cn" if r < 0.17 else "du" if r < 0.3 else "plain"
    if ys in ("2d", "cn"):
        phrasing.append("yy" if ys == "2d" else "cnyear")
    return name, year_text(g["year"], ys), abbr


TYPO = [("申请", "申清"), ("复议", "复意"), ("诉讼", "诉颂"), ("公开", "公凯"), ("处理", "出理"), ("结转", "节转"), ("多少", "多小")]
TRAD = str.maketrans(
    "请问这个们说几报开处门县区镇为么没对发议诉讼总计数据结转应时间关机构资们给查帮个里还单类较图书馆论录园",
    "請問這個們說幾報開處門縣區鎮為麼沒對發議訴訟總計數據結轉應時間關機構資們給查幫個裡還單類較圖書館論錄園",
)
LEAD = ["帮我查下", "请问", "麻烦问一下", "问下", "想了解一下", "查一下", "你好，", "咨询一下"]


def dress(q: str, persona: str, phrasing: list) -> str:
    r = RNG.random()
    if persona in ("citizen", "hotline") and r < 0.18:
        q = re.sub(r"[，。？！、,?]", "", q)
        q = RNG.choice(["那个", "呃", "就是", ""]) + q + RNG.choice(["啊", "呢", "来着", ""])
        phrasing.append("voice")
    elif r < 0.25:
        cands = [(a, b) for a, b in TYPO if a in q]
        if cands:
            a, b = RNG.choice(cands)
            q = q.replace(a, b, 1)
            phrasing.append("typo")
    elif r < 0.29:
        q = q.translate(TRAD)
        phrasing.append("trad")
    if RNG.random() < 0.03:
        q = RNG.choice(["check一下：", "quick question，", "帮我看下data，"]) + q
        phrasing.append("loanword")
    elif persona == "hotline" and RNG.random() < 0.4:
        q = RNG.choice(["有群众来电问，", "市民打电话想知道", "来电人问："]) + q
        phrasing.append("relayed")
    elif RNG.random() < 0.22:
        q = RNG.choice(LEAD) + q
        phrasing.append("lead-in")
    if not phrasing:
        phrasing.append("plain")
    return q


# ------------------------------------------------------------------ measures
M = {  # key → (labels, cells, unit)
    "new": (["收到的政府信息公开申请", "本年新收申请", "新收的申请", "接到的公开申请"], ["t3.new.tot"], "件"),
    "carry_in": (["上年结转的申请", "上年度结转过来的申请"], ["t3.carry_in.tot"], "件"),
    "r1": (["予以公开的", "同意公开的", "全部公开的"], ["t3.r1.tot"], "件"),
    "r2": (["部分公开的", "部分公开（区分处理）的"], ["t3.r2.tot"], "件"),
    "r3": (["不予公开的", "决定不予公开的"], [f"t3.r3_{i}.tot" for i in range(1, 9)], "件"),
    "r3_1": (["因属于国家秘密不予公开的"], ["t3.r3_1.tot"], "件"),
    "r3_4": (["因保护第三方合法权益不予公开的"], ["t3.r3_4.tot"], "件"),
    "r3_5": (["属于三类内部事务信息不予公开的"], ["t3.r3_5.tot"], "件"),
    "r3_6": (["属于四类过程性信息不予公开的", "过程性信息不公开的"], ["t3.r3_6.tot"], "件"),
    "r3_7": (["属于行政执法案卷不予公开的"], ["t3.r3_7.tot"], "件"),
    "r4": (["无法提供的", "答复无法提供的"], ["t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot"], "件"),
    "r4_1": (["因本机关不掌握相关信息无法提供的", "本机关不掌握的"], ["t3.r4_1.tot"], "件"),
    "r4_2": (["没有现成信息需要另行制作的"], ["t3.r4_2.tot"], "件"),
    "r5": (["不予处理的"], [f"t3.r5_{i}.tot" for i in range(1, 6)], "件"),
    "r5_1": (["信访举报投诉类不予处理的"], ["t3.r5_1.tot"], "件"),
    "r5_2": (["重复申请不予处理的"], ["t3.r5_2.tot"], "件"),
    "r7": (["办理结果总计", "办结的申请总数", "答复的总件数"], ["t3.r7.tot"], "件"),
    "carry_out": (["结转下年度继续办理的", "转到下一年办的"], ["t3.carry_out.tot"], "件"),
    "new_np": (["自然人提出的申请", "老百姓个人申请的"], ["t3.new.np"], "件"),
    "new_org": (["法人或其他组织提出的申请", "企业和单位申请的"], [f"t3.new.{c}" for c in COLS[1:6]], "件"),
    "new_biz": (["商业企业申请的"], ["t3.new.biz"], "件"),
    "rv_tot": (["因政府信息公开被申请行政复议的", "信息公开行政复议案件总数"], ["t4.rv.tot"], "件"),
    "rv_keep": (["行政复议结果维持的"], ["t4.rv.keep"], "件"),
    "rv_fix": (["行政复议被纠正的"], ["t4.rv.fix"], "件"),
    "rv_pend": (["复议尚未审结的"], ["t4.rv.pend"], "件"),
    "ld_tot": (["未经复议直接起诉的行政诉讼", "直接被起诉的"], ["t4.ld.tot"], "件"),
    "lr_tot": (["复议后起诉的行政诉讼"], ["t4.lr.tot"], "件"),
    "lit": (["信息公开行政诉讼（直接起诉加复议后起诉）"], ["t4.ld.tot", "t4.lr.tot"], "件"),
    "ld_keep": (["直接起诉的诉讼结果维持的"], ["t4.ld.keep"], "件"),
    "license": (["行政许可决定数量", "作出的行政许可"], ["t2.license.decisions"], "件"),
    "penalty": (["行政处罚决定数量", "行政处罚"], ["t2.penalty.decisions"], "件"),
    "coercion": (["行政强制决定数量"], ["t2.coercion.decisions"], "件"),
}
M21 = {  # GF2021 only
    "r6": (["其他处理的"], ["t3.r6_1.tot", "t3.r6_2.tot", "t3.r6_3.tot"], "件"),
    "r6_1": (["申请人逾期不补正、不再处理的"], ["t3.r6_1.tot"], "件"),
    "norm_valid": (["现行有效的规范性文件", "有效规范性文件"], ["t2.norm.valid"], "件"),
    "norm_made": (["本年制发的规范性文件"], ["t2.norm.made"], "件"),
    "norm_rep": (["本年废止的规范性文件"], ["t2.norm.repealed"], "件"),
    "fee": (["行政事业性收费金额", "收费金额"], ["t2.fee.amount_wan"], "万元"),
}
M19 = {
    "r6": (["其他处理的"], ["t3.r6.tot"], "件"),
    "norm_new19": (["本年新制作的规范性文件"], ["t2.norm.new_made"], "件"),
}


def measures(g: dict) -> dict:
    out = dict(M)
    out.update(M21 if g["template"] == "GF2021" else M19)
    return out


def total(g: dict, keys) -> float:
    v = sum(cell(g, k) for k in keys)
    return round(v, 2) if isinstance(v, float) else v


def pick_report(pred, wild19_share: float = 0.2) -> dict:
    pool = [g for g in GOLD if pred(g)]
    w19 = [g for g in pool if g["_set"] == "wild19"]
    rest = [g for g in pool if g["_set"] != "wild19"]
    if w19 and RNG.random() < wild19_share:
        return RNG.choice(w19)
    return RNG.choice(rest)


ITEMS: list[dict] = []
USED: set[str] = set()


def add(q, scope, intent, expect, persona, kind, phrasing, sets, abbr=False, cells=None, calc=None, quote=None, note=None):
    key = squash(q)
    if key in USED:
        return False
    USED.add(key)
    it = {"q": q, "scope": scope, "intent": intent}
    it["style"] = "abbreviated" if abbr else ("formal" if persona in ("deputy", "researcher", "lawyer") else "colloquial")
    it["expect"] = expect
    if cells:
        it["cells"] = cells
    if calc is not None:
        it["calc"] = calc
    if quote is not None:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    it.update({"persona": persona, "kind": kind, "phrasing": "+".join(phrasing), "sets": sorted(set(sets))})
    ITEMS.append(it)
    return True


def ref(g: dict, key: str, scoped: bool) -> str:
    return key if scoped else f"{g['id']}:{key}"


PERSONA_W = {
    "officer": 20,
    "citizen": 14,
    "journalist": 13,
    "evaluator": 13,
    "researcher": 12,
    "lawyer": 11,
    "deputy": 9,
    "hotline": 8,
}


def persona_for(kind_pool: list[str]) -> str:
    ws = [PERSONA_W[p] for p in kind_pool]
    return RNG.choices(kind_pool, ws)[0]


def subject(g, persona, phrasing, scoped):
    """How the question names its report."""
    if scoped:
        return RNG.choice(["今年", "本年度", "我们单位今年", "这份年报里", ""]), False
    name, yr, abbr = name_year(g, phrasing)
    return RNG.choice([f"{name}{yr}", f"{yr}{name}", f"{name}{yr}年报里", f"{yr}{name}"]).replace("年年", "年"), abbr


# ------------------------------------------------------------------ 1. one figure
def gen_values(n: int):
    done = 0
    while done < n:
        g = pick_report(lambda g: readable(g))
        ms = measures(g)
        mk = RNG.choice(sorted(ms))
        labels, cells, unit = ms[mk]
        if not nums(g, cells):
            continue
        persona = persona_for(
            ["officer", "citizen", "journalist", "lawyer", "hotline", "evaluator"]
            if mk.startswith(("rv", "ld", "lr", "lit"))
            else ["officer", "citizen", "journalist", "hotline", "evaluator", "deputy", "citizen"]
        )
        if mk.startswith(("rv", "ld", "lr", "lit", "r3_", "r4_", "r5_")) and RNG.random() < 0.5:
            persona = "lawyer"
        scoped = persona == "officer" and RNG.random() < 0.6
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, scoped)
        lab = RNG.choice(labels)
        u = "万元" if unit == "万元" else RNG.choice(["件", "个", "件"])
        q = RNG.choice(
            [
                f"{subj}{lab}有多少{u}？",
                f"{subj}{lab}是多少",
                f"{subj}{lab}几{u}",
                f"{subj}{lab}一共多少{u}？",
                f"{subj}{lab}数量",
            ]
        )
        if unit == "万元":
            q = f"{subj}{lab}是多少万元？"
        if persona == "lawyer" and RNG.random() < 0.5:
            q = q.rstrip("？") + "（以年报表格为准）"
        q = dress(q, persona, phrasing)
        ok = add(
            q,
            {"report": g["id"]} if scoped else {},
            "value",
            {"value": total(g, cells), "unit": unit},
            persona,
            "one figure",
            phrasing,
            [g["_set"]],
            abbr,
            cells=[ref(g, c, scoped) for c in cells],
        )
        done += ok


# ------------------------------------------------------------------ 2. what users do with the figures (one report)
def fmt_calc(g, scoped, expr: str) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: "{" + ref(g, m.group(1), scoped) + "}", expr)


def ev(g, expr: str) -> float:
    return eval(re.sub(r"\{([^}]+)\}", lambda m: repr(cell(g, m.group(1))), expr))  # noqa: S307 - our own expressions


SHARES = [  # (question stem, numerator cells, denominator cells, denominator label)
    ("予以公开的占办理结果总数的百分之几", ["t3.r1.tot"], ["t3.r7.tot"]),
    ("全部公开率是多少（予以公开/办结总数）", ["t3.r1.tot"], ["t3.r7.tot"]),
    ("公开加部分公开占全部答复的比例", ["t3.r1.tot", "t3.r2.tot"], ["t3.r7.tot"]),
    ("不予公开占办理结果总计的比例", [f"t3.r3_{i}.tot" for i in range(1, 9)], ["t3.r7.tot"]),
    ("无法提供的占比多少", ["t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot"], ["t3.r7.tot"]),
    ("自然人申请占新收申请的几成", ["t3.new.np"], ["t3.new.tot"]),
    ("个人申请在新收申请里占百分之多少", ["t3.new.np"], ["t3.new.tot"]),
    ("行政复议的纠错率（纠正/复议总数）是多少", ["t4.rv.fix"], ["t4.rv.tot"]),
    ("复议维持率多少", ["t4.rv.keep"], ["t4.rv.tot"]),
    ("本机关不掌握的占无法提供的比例", ["t3.r4_1.tot"], ["t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot"]),
]


def _expr(cells):
    return "+".join("{" + c + "}" for c in cells)


def gen_shares(n: int, zero_refusals: int):
    done = zr = 0
    tries = 0
    while (done < n or zr < zero_refusals) and tries < 5000:
        tries += 1
        g = pick_report(readable)
        stem, num, den = RNG.choice(SHARES)
        if not nums(g, num + den):
            continue
        d = total(g, den)
        persona = persona_for(["citizen", "researcher", "evaluator", "deputy", "officer", "journalist"])
        scoped = persona == "officer" and RNG.random() < 0.6
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, scoped)
        q = dress(f"{subj}{stem}？", persona, phrasing)
        if d == 0:
            if zr >= zero_refusals or not num[0].startswith("t4") and RNG.random() < 0.7:
                continue
            zr += add(
                q,
                {"report": g["id"]} if scoped else {},
                "unanswerable",
                {"refuse": True},
                persona,
                "rate with a zero denominator",
                phrasing,
                [g["_set"]],
                abbr,
                cells=[ref(g, c, scoped) for c in den],
                note=f"asked as share; the denominator is 0 ({'+'.join(den)}), 无法计算",
            )
            continue
        if done >= n:
            continue
        expr = f"100*({_expr(num)})/({_expr(den)})"
        v = round(ev(g, expr), 2)
        done += add(
            q,
            {"report": g["id"]} if scoped else {},
            "share",
            {"value": v, "unit": "%", "tol": 0.05},
            persona,
            "share of one report",
            phrasing,
            [g["_set"]],
            abbr,
            cells=[ref(g, c, scoped) for c in num + den],
            calc=fmt_calc(g, scoped, expr),
        )


RATIOS = [
    ("新收申请是上年结转的几倍", ["t3.new.tot"], ["t3.carry_in.tot"]),
    ("予以公开的是不予公开的几倍", ["t3.r1.tot"], [f"t3.r3_{i}.tot" for i in range(1, 9)]),
    ("行政处罚是行政许可的多少倍", ["t2.penalty.decisions"], ["t2.license.decisions"]),
    ("行政许可决定数是行政处罚的几倍", ["t2.license.decisions"], ["t2.penalty.decisions"]),
    ("自然人申请和法人申请的比例是多少比一", ["t3.new.np"], [f"t3.new.{c}" for c in COLS[1:]]),
]


def gen_ratios(n: int):
    done = 0
    while done < n:
        g = pick_report(readable)
        stem, num, den = RNG.choice(RATIOS)
        if not nums(g, num + den) or total(g, den) == 0 or total(g, num) == 0:
            continue
        persona = persona_for(["journalist", "researcher", "deputy", "evaluator"])
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, False)
        q = dress(f"{subj}{stem}？", persona, phrasing)
        expr = f"({_expr(num)})/({_expr(den)})"
        done += add(
            q,
            {},
            "ratio",
            {"value": round(ev(g, expr), 2), "unit": "倍", "tol": 0.05},
            persona,
            "ratio in one report",
            phrasing,
            [g["_set"]],
            abbr,
            cells=[ref(g, c, False) for c in num + den],
            calc=fmt_calc(g, False, expr),
        )


BLOCKS = [  # (question, cells, names)
    ("哪种不予公开理由最多", [f"t3.r3_{i}.tot" for i in range(1, 9)], "不予公开"),
    ("无法提供的几种情形里哪个最多", ["t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot"], "无法提供"),
    ("不予处理的原因哪一类最多", [f"t3.r5_{i}.tot" for i in range(1, 6)], "不予处理"),
    ("新收申请里哪类申请人最多", [f"t3.new.{c}" for c in COLS], "申请人"),
    ("许可、处罚、强制三类决定哪个最多", ["t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions"], "t2"),
]


def gen_max_items(n: int):
    done = 0
    while done < n:
        g = pick_report(readable)
        stem, cells, _ = RNG.choice(BLOCKS)
        if not nums(g, cells):
            continue
        vals = sorted((cell(g, c) for c in cells), reverse=True)
        if vals[0] == 0 or (len(vals) > 1 and vals[0] == vals[1]):
            continue
        top = max(cells, key=lambda c: cell(g, c))
        persona = persona_for(["citizen", "researcher", "officer", "lawyer", "evaluator"])
        scoped = persona == "officer" and RNG.random() < 0.5
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, scoped)
        q = dress(f"{subj}{stem}？多少件", persona, phrasing)
        done += add(
            q,
            {"report": g["id"]} if scoped else {},
            "rank",
            {"values": {ref(g, top, scoped): cell(g, top)}, "unit": "件", "order": [ref(g, top, scoped)]},
            persona,
            "largest item of a block",
            phrasing,
            [g["_set"]],
            abbr,
            cells=[ref(g, c, scoped) for c in cells],
            note="the top item of the block and its count; the others may be listed after it",
        )


SUMS = [
    ("国家秘密加上商业秘密（第三方权益）不予公开的一共几件", ["t3.r3_1.tot", "t3.r3_4.tot"]),
    ("予以公开和部分公开加起来多少件", ["t3.r1.tot", "t3.r2.tot"]),
    ("内部事务信息和过程性信息两项不公开的合计", ["t3.r3_5.tot", "t3.r3_6.tot"]),
    ("行政许可和行政处罚决定加在一起多少", ["t2.license.decisions", "t2.penalty.decisions"]),
    ("复议和诉讼（直接起诉+复议后起诉）一共多少件", ["t4.rv.tot", "t4.ld.tot", "t4.lr.tot"]),
    ("新收加上年结转一共要办多少件申请", ["t3.new.tot", "t3.carry_in.tot"]),
    ("不掌握信息和需要另行制作的加起来几件", ["t3.r4_1.tot", "t3.r4_2.tot"]),
    ("信访举报类和重复申请类不予处理的合计", ["t3.r5_1.tot", "t3.r5_2.tot"]),
]


def gen_sums(n: int):
    done = 0
    while done < n:
        g = pick_report(readable)
        stem, cells = RNG.choice(SUMS)
        if not nums(g, cells):
            continue
        persona = persona_for(["officer", "citizen", "researcher", "deputy", "lawyer"])
        scoped = persona == "officer" and RNG.random() < 0.6
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, scoped)
        q = dress(f"{subj}{stem}？", persona, phrasing)
        done += add(
            q,
            {"report": g["id"]} if scoped else {},
            "sum",
            {"value": total(g, cells), "unit": "件"},
            persona,
            "sum of named items",
            phrasing,
            [g["_set"]],
            abbr,
            cells=[ref(g, c, scoped) for c in cells],
            calc=fmt_calc(g, scoped, _expr(cells)),
        )


YESNO = [
    ("有没有被复议纠正的", ["t4.rv.fix"], "件"),
    ("有没有因信息公开被告上法院（行政诉讼）", ["t4.ld.tot", "t4.lr.tot"], "件"),
    ("有没有结转到下一年的申请", ["t3.carry_out.tot"], "件"),
    ("有没有因国家秘密不予公开的", ["t3.r3_1.tot"], "件"),
    ("有没有被申请行政复议", ["t4.rv.tot"], "件"),
    ("有没有行政事业性收费", ["t2.fee.amount_wan"], "万元"),
    ("有没有法人或其他组织来申请", [f"t3.new.{c}" for c in COLS[1:]], "件"),
]


def gen_yesno(n: int):
    done = 0
    while done < n:
        g = pick_report(readable)
        stem, cells, unit = RNG.choice(YESNO)
        if not nums(g, cells) or (cells[0].startswith("t2.fee") or "r6_2" in cells[0]) and g["template"] != "GF2021":
            continue
        persona = persona_for(["lawyer", "citizen", "journalist", "evaluator", "hotline"])
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, False)
        q = dress(f"{subj}{stem}？有的话几{'万元' if unit == '万元' else '件'}", persona, phrasing)
        done += add(
            q,
            {},
            "value",
            {"value": total(g, cells), "unit": unit},
            persona,
            "yes/no check",
            phrasing,
            [g["_set"]],
            abbr,
            cells=[ref(g, c, False) for c in cells],
            note="是否/有没有: the answer's number is the count (0 = 没有)",
        )


NONZERO = [
    ("八种不予公开理由里有几种不是0", [f"t3.r3_{i}.tot" for i in range(1, 9)]),
    ("不予处理的五种情形有几种有数", [f"t3.r5_{i}.tot" for i in range(1, 6)]),
    ("六类申请人里有几类申请过", [f"t3.new.{c}" for c in COLS]),
]


def gen_nonzero(n: int):
    done = 0
    while done < n:
        g = pick_report(readable)
        stem, cells = RNG.choice(NONZERO)
        if not nums(g, cells):
            continue
        k = sum(1 for c in cells if cell(g, c) != 0)
        persona = persona_for(["evaluator", "researcher", "officer"])
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, False)
        q = dress(f"{subj}{stem}？", persona, phrasing)
        done += add(
            q,
            {},
            "value",
            {"value": k, "unit": "种" if "类" not in stem else "类"},
            persona,
            "count of non-zero items",
            phrasing,
            [g["_set"]],
            abbr,
            cells=[ref(g, c, False) for c in cells],
            calc="count(" + ", ".join("{" + ref(g, c, False) + "}" for c in cells) + " != 0)",
        )


FOLLOW = [
    ("收到多少申请，其中予以公开的呢", ["t3.new.tot", "t3.r1.tot"]),
    ("新收几件 结转下年几件", ["t3.new.tot", "t3.carry_out.tot"]),
    ("复议几件？诉讼呢（直接起诉）", ["t4.rv.tot", "t4.ld.tot"]),
    ("不予公开多少件，无法提供又多少件", [f"t3.r3_{i}.tot" for i in range(1, 9)], ),
    ("予以公开几件？那部分公开呢？", ["t3.r1.tot", "t3.r2.tot"]),
]


def gen_follow(n: int):
    done = 0
    while done < n:
        g = pick_report(readable)
        stem, cells = RNG.choice(FOLLOW)
        groups = {"不予公开多少件，无法提供又多少件": [[f"t3.r3_{i}.tot" for i in range(1, 9)], ["t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot"]]}
        parts = groups.get(stem, [[c] for c in cells])
        allc = [c for p in parts for c in p]
        if not nums(g, allc):
            continue
        vals = [total(g, p) for p in parts]
        if len(set(vals)) < len(vals):
            continue
        persona = persona_for(["officer", "citizen", "journalist", "hotline"])
        scoped = persona == "officer" and RNG.random() < 0.6
        phrasing: list = ["follow-up"]
        subj, abbr = subject(g, persona, phrasing, scoped)
        q = dress(f"{subj}{stem}", persona, phrasing)
        keys = [ref(g, p[0] if len(p) == 1 else p[0].split("_")[0] + ".tot", scoped) for p in parts]
        # subtotal keys (t3.r3.tot / t3.r4.tot) are named by their block; values are checked as numbers
        done += add(
            q,
            {"report": g["id"]} if scoped else {},
            "list",
            {"values": dict(zip(keys, vals)), "unit": "件"},
            persona,
            "two figures in one line",
            phrasing,
            [g["_set"]],
            abbr,
            cells=[ref(g, c, scoped) for c in allc],
        )


# ------------------------------------------------------------------ 3. across years and bodies
def multi_year() -> list[tuple[dict, dict]]:
    out = []
    by = defaultdict(list)
    for g in GOLD:
        if readable(g):
            by[g["agency"]].append(g)
    for a in sorted(by):
        gs = sorted(by[a], key=lambda g: g["year"])
        if len(gs) >= 2:
            out.append((gs[0], gs[-1]))
    return out


def gen_years():
    pairs = multi_year()
    for a, b in pairs:
        for mk, stem in [("new", "收到的申请"), ("r1", "予以公开的"), ("r7", "办理结果总计")]:
            cells = M[mk][1]
            if not (nums(a, cells) and nums(b, cells)):
                continue
            persona = persona_for(["journalist", "researcher", "deputy", "officer"])
            phrasing: list = []
            name = a["agency"]
            abbr = False
            s = short(name)
            if s and RNG.random() < 0.4:
                name, abbr = s, True
            ya, yb = a["year"], b["year"]
            va, vb = total(a, cells), total(b, cells)
            r = RNG.random()
            ca = [f"{a['id']}:{c}" for c in cells]
            cb = [f"{b['id']}:{c}" for c in cells]
            if mk == "new" and r < 0.35 and va:
                q = dress(f"{name}{yb}年{stem}比{ya}年增长了百分之多少？", persona, phrasing)
                expr = f"100*({{{cb[0]}}}-{{{ca[0]}}})/{{{ca[0]}}}"
                add(q, {}, "change", {"value": round(100 * (vb - va) / va, 2), "unit": "%", "tol": 0.05}, persona,
                    "growth rate over years", phrasing, [a["_set"], b["_set"]], abbr, cells=ca + cb, calc=expr)
            elif mk == "r7" and r < 0.5:
                q = dress(f"{name}{ya}年和{yb}年{stem}平均每年多少件？", persona, phrasing)
                add(q, {}, "sum", {"value": round((va + vb) / 2, 2), "unit": "件", "tol": 0.05}, persona,
                    "average over years", phrasing, [a["_set"], b["_set"]], abbr, cells=ca + cb,
                    calc=f"({{{ca[0]}}}+{{{cb[0]}}})/2")
            else:
                q = dress(f"{name}{yb}年{stem}比{ya}年多了还是少了，差多少？", persona, phrasing)
                add(q, {}, "change", {"value": vb - va, "unit": "件"}, persona, "change over years", phrasing,
                    [a["_set"], b["_set"]], abbr, cells=ca + cb, calc=f"{_expr(cb)}-({_expr(ca)})")


def province(g):
    m = re.match(r"^(.+?(省|自治区|市))", g.get("region") or "")
    return m.group(1) if m else None


def gen_compare(n_cmp: int, n_rank: int, n_sum: int):
    groups = defaultdict(list)
    for g in GOLD:
        if readable(g) and province(g):
            groups[(province(g), g["year"])].append(g)
    keys = sorted(k for k, v in groups.items() if len(v) >= 2)
    done_c = done_r = done_s = 0
    tries = 0
    while (done_c < n_cmp or done_r < n_rank or done_s < n_sum) and tries < 3000:
        tries += 1
        k = RNG.choice(keys)
        mk = RNG.choice(["new", "r1", "r7", "r3", "rv_tot", "carry_out", "new_np", "r4"])
        labels, cells, unit = M[mk]
        lab = labels[0]
        pool = [g for g in groups[k] if nums(g, cells)]
        mode = "cmp" if done_c < n_cmp else "rank" if done_r < n_rank else "sum"
        size = 2 if mode != "rank" else RNG.choice([3, 3, 4, 5])
        if len(pool) < size:
            continue
        gs = RNG.sample(pool, size)
        vals = [total(g, cells) for g in gs]
        if mode != "sum" and len(set(vals)) < len(vals):
            continue
        persona = persona_for(["journalist", "researcher", "deputy", "evaluator", "citizen"])
        phrasing: list = []
        names = []
        abbr = False
        for g in gs:
            s = short(g["agency"])
            if s and RNG.random() < 0.3:
                names.append(s)
                abbr = True
            else:
                names.append(g["agency"])
        yr = year_text(k[1], "2d" if RNG.random() < 0.15 else "plain")
        ids = [g["id"] for g in gs]
        cc = [f"{g['id']}:{c}" for g in gs for c in cells]
        if mode == "cmp":
            q = dress(f"{yr}{names[0]}和{names[1]}，谁{lab}更多？", persona, phrasing)
            top = ids[0] if vals[0] > vals[1] else ids[1]
            done_c += add(q, {}, "compare", {"values": dict(zip(ids, vals)), "unit": unit, "order": [top]}, persona,
                          "compare two bodies", phrasing, [g["_set"] for g in gs], abbr, cells=cc)
        elif mode == "rank":
            q = dress(f"{yr}{'、'.join(names)}这几家{lab}从多到少排一下", persona, phrasing)
            order = [i for _, i in sorted(zip(vals, ids), reverse=True)]
            done_r += add(q, {}, "rank", {"values": dict(zip(ids, vals)), "unit": unit, "order": order}, persona,
                          "rank named bodies", phrasing, [g["_set"] for g in gs], abbr, cells=cc)
        else:
            q = dress(f"{yr}{names[0]}加上{names[1]}{lab}合计多少件？", persona, phrasing)
            done_s += add(q, {}, "sum", {"value": sum(vals), "unit": unit}, persona, "sum of two bodies", phrasing,
                          [g["_set"] for g in gs], abbr, cells=cc,
                          calc="+".join("{" + c + "}" for c in cc))


def gen_which(n: int):
    """which_reports / list over a province-year whose every stored report is readable for the cells."""
    groups = defaultdict(list)
    for g in GOLD:
        if province(g):
            groups[(province(g), g["year"])].append(g)
    keys = sorted(k for k, v in groups.items() if 2 <= len(v) <= 10)
    done = 0
    tries = 0
    while done < n and tries < 2000:
        tries += 1
        k = RNG.choice(keys)
        q_kind = RNG.choice(["rv", "carry_out", "fix", "list"])
        cells = {"rv": ["t4.rv.tot"], "carry_out": ["t3.carry_out.tot"], "fix": ["t4.rv.fix"], "list": ["t3.new.tot"]}[q_kind]
        gs = groups[k]
        if not all(readable(g) and nums(g, cells) for g in gs):
            continue
        persona = persona_for(["evaluator", "researcher", "journalist"])
        phrasing: list = []
        pv, y = k
        if q_kind == "list":
            q = dress(f"库里{pv}{y}年的各家单位分别收到多少件申请？列一下", persona, phrasing)
            done += add(q, {}, "list", {"values": {g["id"]: total(g, cells) for g in gs}, "unit": "件"}, persona,
                        "list over a province-year", phrasing, [g["_set"] for g in gs],
                        cells=[f"{g['id']}:{cells[0]}" for g in gs])
            continue
        hit = sorted(g["id"] for g in gs if total(g, cells) > 0)
        if not hit:
            continue
        stem = {"rv": "被申请过信息公开行政复议", "carry_out": "有结转下年度的申请", "fix": "有复议被纠正的"}[q_kind]
        q = dress(f"{pv}{y}年的年报里，哪些单位{stem}？", persona, phrasing)
        done += add(q, {}, "which_reports", {"reports": hit}, persona, "which bodies in a province-year", phrasing,
                    [g["_set"] for g in gs], cells=[f"{g['id']}:{cells[0]}" for g in gs],
                    note=f"over every stored report of {pv} {y} ({len(gs)})")


# ------------------------------------------------------------------ 4. consistency
def gen_consistency(n_clean: int, n_defect: int):
    done = 0
    tries = 0
    while done < n_clean and tries < 3000:
        tries += 1
        g = pick_report(readable)
        keys = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
        if not nums(g, keys):
            continue
        if cell(g, "t3.new.tot") + cell(g, "t3.carry_in.tot") != cell(g, "t3.r7.tot") + cell(g, "t3.carry_out.tot"):
            continue
        persona = persona_for(["evaluator", "officer", "researcher"])
        scoped = persona == "officer" and RNG.random() < 0.6
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, scoped)
        q = dress(RNG.choice([f"{subj}表三新收加结转和办结加结转下年对得上吗？", f"{subj}申请的数能对平吗", f"评估用：{subj}表三收支是否平衡"]), persona, phrasing)
        done += add(q, {"report": g["id"]} if scoped else {}, "consistency",
                    {"verdict": "consistent", "checks": ["H1"], "values": {"t3.new.tot": cell(g, "t3.new.tot"), "t3.r7.tot": cell(g, "t3.r7.tot")}},
                    persona, "consistency (clean)", phrasing, [g["_set"]], abbr, cells=[ref(g, c, scoped) for c in keys])
    cands = []
    for g in GOLD:
        if HELD[(g["agency"], g["year"])] != 1 or g["template"] not in ("GF2019", "GF2021"):
            continue
        for f in g.get("findings") or []:
            if f["check"] == "H2" and f["where"].startswith("t3."):
                row = f["where"][3:]
                cs = [f"t3.{row}.{c}" for c in COLS]
                if nums(g, cs + [f"t3.{row}.tot"]) and total(g, cs) != cell(g, f"t3.{row}.tot"):
                    cands.append((g, row, cs, f"t3.{row}.tot"))
            if f["check"] == "H5" and f["where"].startswith("t4."):
                row = f["where"][3:]
                cs = [f"t4.{row}.{c}" for c in ("keep", "fix", "other", "pend")]
                if nums(g, cs + [f"t4.{row}.tot"]) and total(g, cs) != cell(g, f"t4.{row}.tot"):
                    cands.append((g, row, cs, f"t4.{row}.tot"))
    RNG.shuffle(cands)
    seen = set()
    rowname = {"new": "新收申请", "carry_in": "上年结转", "r1": "予以公开", "r7": "办理结果总计", "carry_out": "结转下年度",
               "rv": "行政复议", "ld": "直接起诉的行政诉讼", "lr": "复议后起诉的行政诉讼", "r2": "部分公开"}
    done = 0
    for g, row, cs, tot in cands:
        if done >= n_defect or g["id"] in seen or row not in rowname:
            continue
        seen.add(g["id"])
        persona = persona_for(["evaluator", "officer", "researcher", "journalist"])
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, False)
        q = dress(f"{subj}{rowname[row]}那一行各项加起来等于总计吗？", persona, phrasing)
        done += add(q, {}, "consistency",
                    {"verdict": "inconsistent", "checks": ["H5" if tot.startswith("t4") else "H2"],
                     "values": {tot: cell(g, tot), "implied": total(g, cs)}},
                    persona, "consistency (defect)", phrasing, [g["_set"]], abbr, cells=[f"{g['id']}:{c}" for c in cs + [tot]],
                    note=f"printed 总计 {cell(g, tot)}, the parts add up to {total(g, cs)}")


# ------------------------------------------------------------------ 5. narrative and problems
NARR = [  # (pattern, question stem, unit group)
    (r"主动公开(?:政府)?信息(\d+)条", "主动公开了多少条政府信息", 1),
    (r"政策解读(?:材料|信息|文章)?(\d+)(篇|条|件|期)", "发布了多少篇政策解读", 2),
    (r"培训(\d+)(次|场|期)", "搞了几次信息公开培训", 2),
    (r"网上申请(\d+)件", "网上申请有几件", 1),
    (r"新闻发布会(\d+)(场|次)", "开了几场新闻发布会", 2),
    (r"(?:公众号|微信)[^，。；]{0,10}?发布(?:信息|文章)?(\d+)(条|篇|期)", "公众号发了多少条信息", 2),
]


def gen_narrative(n: int):
    pool = [g for g in GOLD if HELD[(g["agency"], g["year"])] == 1]
    RNG.shuffle(pool)
    pool.sort(key=lambda g: g["_set"] != "wild19")  # wild19 first, then the rest (stable shuffle order)
    rest = pool[:]
    RNG.shuffle(rest)
    w19 = [g for g in rest if g["_set"] == "wild19"][:7]
    order = w19 + [g for g in rest if g["_set"] != "wild19"]
    done = 0
    for g in order:
        if done >= n:
            break
        t = text_of(g)
        if not t:
            continue
        RNG.shuffle(cands := NARR[:])
        for pat, stem, ug in cands:
            ms = list(re.finditer(pat, t))
            if len(ms) != 1:
                continue
            m = ms[0]
            unit = "条" if ug == 1 and "条" in pat else ("件" if ug == 1 else m.group(2))
            persona = persona_for(["journalist", "deputy", "officer", "citizen", "hotline"])
            scoped = persona == "officer" and RNG.random() < 0.6
            phrasing: list = []
            subj, abbr = subject(g, persona, phrasing, scoped)
            q = dress(f"{subj}{stem}？", persona, phrasing)
            done += add(q, {"report": g["id"]} if scoped else {}, "narrative", {"value": int(m.group(1)), "unit": unit},
                        persona, "narrative figure", phrasing, [g["_set"]], abbr,
                        quote=m.group(0) if scoped else {g["id"]: m.group(0)})
            break


def clauses(seg: str) -> list[str]:
    """The 一是/二是/三是 … items of a passage, each cut at its first punctuation, ≤ 18 characters."""
    out = []
    for m in re.finditer(r"[一二三四五]是([^，。；：;,]+)", seg):
        c = m.group(1)[:18]
        if len(c) >= 6 and not re.search(r"[—\-]\d|\d[—\-]", c):
            out.append(c)
    return out


PUSED: Counter = Counter()


def gen_problems(n: int):
    pool = [g for g in GOLD if HELD[(g["agency"], g["year"])] == 1 and g["template"] != "LEGACY"]
    RNG.shuffle(pool)
    done = 0
    for g in pool:
        if done >= n:
            break
        t = text_of(g)
        if not t:
            continue
        i = t.rfind("存在的主要问题")
        if i < 0:
            continue
        sec = t[i : i + 600]
        cut = re.search(r"改进措施|下一步", sec)
        probs = [c for c in clauses(sec[: cut.start()] if cut else sec) if t.count(c) == 1]
        meass = [c for c in clauses(sec[cut.start() :]) if t.count(c) == 1] if cut else []
        if not probs:
            continue
        p = RNG.choice(probs)
        meas = RNG.choice(meass) if meass else None
        if PUSED[p] >= 4 or (meas and PUSED[meas] >= 4):
            continue
        PUSED[p] += 1
        if meas:
            PUSED[meas] += 1
        persona = persona_for(["deputy", "journalist", "officer", "researcher"])
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, False)
        if meas and RNG.random() < 0.5:
            q = dress(f"{subj}针对问题提了哪些改进措施？", persona, phrasing)
            done += add(q, {}, "problems", {"contains": [meas]}, persona, "improvement measures", phrasing, [g["_set"]],
                        abbr, quote={g["id"]: meas}, note="one measure (一是/二是…) of section 五")
        else:
            q = dress(RNG.choice([f"{subj}自己说存在什么问题？", f"{subj}工作中存在的不足有哪些", f"{subj}存在的主要问题是啥"]), persona, phrasing)
            done += add(q, {}, "problems", {"contains": [p]}, persona, "problems", phrasing, [g["_set"]], abbr,
                        quote={g["id"]: p}, note="one problem (一是/二是…) of section 五")


# ------------------------------------------------------------------ 6. refusals and blanks
ABSENT = [  # (question stem, pattern that must not occur in the text)
    ("信息公开工作经费是多少", r"经费|预算|万元"),
    ("有几个专职工作人员搞信息公开", r"专职|兼职|工作人员\d|\d+名"),
    ("政府网站访问量多少", r"访问|浏览|点击"),
    ("申请人里男的女的各多少", r"性别|男性|女性"),
    ("依申请公开平均多少天答复", r"平均"),
    ("群众对信息公开的满意度是多少", r"满意"),
    ("12345热线接了多少个电话", r"12345|热线"),
    ("政务微博粉丝多少", r"微博|粉丝"),
    ("征地拆迁类的申请有多少件", r"征地|拆迁|征收"),
    ("申请人平均年龄多大", r"年龄|岁"),
]
NOT_IN_STORE_CITY = []


def gen_refusals(n_text: int, n_year: int, n_body: int, n_tmpl: int):
    pool = [g for g in GOLD if HELD[(g["agency"], g["year"])] == 1]
    RNG.shuffle(pool)
    done = 0
    for g in pool:
        if done >= n_text:
            break
        t = text_of(g)
        if not t:
            continue
        stem, pat = RNG.choice(ABSENT)
        if re.search(pat, t):
            continue
        persona = persona_for(["citizen", "hotline", "journalist", "deputy"])
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, False)
        q = dress(f"{subj}{stem}？", persona, phrasing)
        done += add(q, {}, "unanswerable", {"refuse": True}, persona, "not in the report", phrasing, [g["_set"]], abbr,
                    note=f"asked as value; the text has no /{pat}/")
    RNG.shuffle(pool)
    done = 0
    for g in pool:
        if done >= n_year:
            break
        if g["template"] == "LEGACY":
            continue
        y = g["year"] + RNG.choice([-2, -1, 1, 2, -3])
        if y in YEARS_OF[g["agency"]] or y > 2025 or y < 2008:
            continue
        persona = persona_for(["citizen", "journalist", "officer", "researcher"])
        phrasing: list = []
        q = dress(f"{g['agency']}{year_text(y, RNG.choice(['plain', 'plain', '2d', 'cn']))}{RNG.choice(['收到多少件申请', '予以公开了多少件', '行政复议有几件'])}？", persona, phrasing)
        done += add(q, {}, "unanswerable", {"refuse": True}, persona, "year not in the store", phrasing, [g["_set"]],
                    note=f"asked as value; the store holds {g['agency']} for {sorted(YEARS_OF[g['agency']])} only")
    RNG.shuffle(pool)
    done = 0
    for g in pool:
        if done >= n_body:
            break
        m = re.match(r"^(.+?省)?(.+?市)(.+?(县|区))", g.get("region") or "")
        if not m:
            continue
        body = m.group(2) + RNG.choice(["人民政府", "教育局", "公安局", "财政局"])
        if any(body in a or a in body for a in AGENCIES):
            continue
        persona = persona_for(["citizen", "journalist", "hotline"])
        phrasing: list = []
        q = dress(f"{body}{g['year']}年信息公开申请收到多少件？", persona, phrasing)
        done += add(q, {}, "unanswerable", {"refuse": True}, persona, "body not in the store", phrasing, [g["_set"]],
                    note=f"asked as value; {body} is not in the store (the region of {g['agency']})")
    RNG.shuffle(pool)
    done = 0
    for g in pool:
        if done >= n_tmpl:
            break
        if not readable(g):
            continue
        t = text_of(g) or ""
        if g["template"] == "GF2021":
            stem, pat = "政府集中采购项目多少个，金额多少", r"集中采购"
        else:
            stem, pat = RNG.choice([("本年废止的规范性文件有几件", r"废止"), ("行政事业性收费金额多少万元", r"收费金额")])
        if not t or re.search(pat, t):
            continue
        persona = persona_for(["researcher", "evaluator", "lawyer"])
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, False)
        q = dress(f"{subj}{stem}？", persona, phrasing)
        done += add(q, {}, "unanswerable", {"refuse": True}, persona, "other template's cell", phrasing, [g["_set"]], abbr,
                    note=f"asked as value; {g['template']} has no such cell and the text does not name it")


def gen_blanks(n: int):
    cands = []
    for g in GOLD:
        if not readable(g):
            continue
        for k, v in sorted((g.get("placeholders") or {}).items()):
            if v == "" and k.endswith(".tot") and k.startswith("t3.") and cell(g, k) is None:
                row = k.split(".")[1]
                if row in ("new", "r1", "r2", "r7", "carry_out", "carry_in"):
                    cands.append((g, k, row))
    RNG.shuffle(cands)
    seen = set()
    done = 0
    lab = {"new": "新收申请总计", "r1": "予以公开总计", "r2": "部分公开总计", "r7": "办理结果总计", "carry_out": "结转下年度总计", "carry_in": "上年结转总计"}
    for g, k, row in cands:
        if done >= n or g["id"] in seen:
            continue
        seen.add(g["id"])
        persona = persona_for(["lawyer", "evaluator", "officer"])
        phrasing: list = []
        subj, abbr = subject(g, persona, phrasing, False)
        q = dress(f"{subj}表三{lab[row]}那一格填的是什么数？", persona, phrasing)
        done += add(q, {}, "value", {"blank": True}, persona, "printed blank", phrasing, [g["_set"]], abbr,
                    cells=[f"{g['id']}:{k}"], note="gold null with a \"\" placeholder: printed blank (the table's note: 表中空白处表示该项无数据)")


# ------------------------------------------------------------------ build and check
def check(it: dict):
    exp = it["expect"]
    q = it.get("source_quote")
    if q is not None:
        quotes = q if isinstance(q, dict) else {it["scope"]["report"]: q}
        for rid, s in quotes.items():
            assert squash(s) in (text_of(BY_ID[rid]) or ""), (it["q"], rid, s)
    for s in exp.get("contains", []):
        rids = list(q) if isinstance(q, dict) else [it["scope"]["report"]]
        assert any(squash(s) in (text_of(BY_ID[r]) or "") for r in rids), (it["q"], s)
    scope = it["scope"].get("report")

    def val(c):
        rid, _, key = c.rpartition(":")
        return cell(BY_ID[rid or scope], key)

    if "value" in exp and it.get("cells") and "calc" not in it and it["kind"] not in ("count of non-zero items",):
        assert abs(sum(val(c) for c in it["cells"]) - exp["value"]) < 1e-6, it
    if "calc" in it and not it["calc"].startswith("count("):
        got = eval(re.sub(r"\{([^}]+)\}", lambda m: repr(val(m.group(1))), it["calc"]))  # noqa: S307
        assert abs(got - exp["value"]) <= float(exp.get("tol", 0)) + 0.01, (it, got)
    if exp.get("blank"):
        assert all(val(c) is None for c in it["cells"])


def main():
    gen_values(150)
    gen_shares(34, 6)
    gen_ratios(10)
    gen_max_items(16)
    gen_sums(14)
    gen_yesno(16)
    gen_nonzero(8)
    gen_follow(10)
    gen_years()
    gen_compare(12, 10, 6)
    gen_which(8)
    gen_consistency(16, 10)
    gen_narrative(40)
    gen_problems(20)
    gen_refusals(32, 12, 10, 8)
    gen_blanks(5)
    out = []
    for i, it in enumerate(ITEMS, 1):
        check(it)
        out.append(json.dumps({"id": f"k{i:04d}", **it}, ensure_ascii=False, sort_keys=False))
    (HERE / "blindk.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    c = Counter(it["intent"] for it in ITEMS)
    print(len(ITEMS), dict(sorted(c.items())))


if __name__ == "__main__":
    main()
