"""Writes blindm.jsonl: a held-out bank of everyday user questions over the wild store (wild … wild19).

    PYTHONPATH=. .venv/bin/python eval/questions/blindm/make_blindm.py

Deterministic (fixed seeds, sorted inputs): identical bytes on every run. Every expectation is computed from the
gold cells; every quote is checked against the report's own text (wild19/validate.py's reader, whitespace and
markup aside). Held out: whoever works on the router or extractor reads neither this file nor blindm.jsonl."""

from __future__ import annotations

import importlib.util
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 20))]
OUT = HERE / "blindm.jsonl"

_spec = importlib.util.spec_from_file_location("_v19", EVAL / "wild19" / "validate.py")
assert _spec and _spec.loader
V19 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(V19)
TRAD = json.loads((EVAL / "wild5" / "trad_map.json").read_text(encoding="utf-8"))

COLS_ORG = ["biz", "sci", "npo", "law", "oth"]
CN = "〇一二三四五六七八九"


def squash(t: str) -> str:
    return re.sub(r"\s+", "", t)


# ---------------------------------------------------------------- the store
GOLD: dict[str, dict] = {}
SETOF: dict[str, str] = {}
TEXT: dict[str, str] = {}
for s in SETS:
    for gp in sorted((EVAL / s / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        GOLD[g["id"]] = g
        SETOF[g["id"]] = s
        try:
            TEXT[g["id"]] = squash(V19.text_of(EVAL / s / g["file"], g.get("family", "")))
        except Exception:  # noqa: BLE001 - a carrier the reader does not open: no text questions on it
            TEXT[g["id"]] = ""
IDS = sorted(GOLD)
AY = Counter((GOLD[r]["agency"], GOLD[r]["year"]) for r in IDS)
BY_AGENCY: dict[str, list[str]] = defaultdict(list)
for r in IDS:
    BY_AGENCY[GOLD[r]["agency"]].append(r)
AGENCIES = sorted(BY_AGENCY)
ALL_NAMES = " ".join(AGENCIES + [GOLD[r]["region"] for r in IDS])


def has_text(r: str) -> bool:
    return len(TEXT[r]) > 600


def quote_ok(r: str, q: str) -> bool:
    return squash(q) in TEXT[r]


def unique_ay(r: str) -> bool:
    g = GOLD[r]
    return AY[(g["agency"], g["year"])] == 1


def table_clean(r: str, table: str) -> bool:
    return not any(str(f.get("where", "")).startswith(table) for f in GOLD[r].get("findings", []))


def readable(r: str) -> bool:
    g = GOLD[r]
    return g["template"] in ("GF2019", "GF2021") and g.get("tables_recoverable") and unique_ay(r) and has_text(r)


def cell(r: str, key: str):
    t, _, k = key.partition(".")
    return (GOLD[r].get(t) or {}).get(k)


# ---------------------------------------------------------------- names and years
DEPT = [
    ("人力资源和社会保障局", "人社局"),
    ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"),
    ("卫生健康委员会", "卫健委"),
    ("卫生健康局", "卫健局"),
    ("发展和改革委员会", "发改委"),
    ("发展和改革局", "发改局"),
    ("自然资源和规划局", "自规局"),
    ("自然资源局", "自然资源局"),
    ("交通运输局", "交通局"),
    ("生态环境局", "环境局"),
    ("教育体育局", "教体局"),
    ("医疗保障局", "医保局"),
    ("农业农村局", "农业农村局"),
    ("人民政府办公室", "政府办"),
    ("人民政府", "政府"),
]


def short_name(agency: str) -> str | None:
    """A short form users type, used only if no other stored agency gives or contains it."""
    for full, short in DEPT:
        if agency.endswith(full):
            s = agency[: -len(full)] + short
            break
    else:
        return None
    if s == agency:
        return None
    for other in AGENCIES:
        if other == agency:
            continue
        o = other
        for full, short in DEPT:
            if o.endswith(full):
                o = o[: -len(full)] + short
                break
        if s in o or s in other or o == s:
            return None
    return s


def cn_year(y: int, zero: str = "〇") -> str:
    return "".join(CN[int(d)] if d != "0" else zero for d in str(y))


def year_form(rng: random.Random, y: int) -> str:
    x = rng.random()
    if x < 0.45:
        return f"{y}年"
    if x < 0.65:
        return f"{y}年度"
    if x < 0.85:
        return f"{y % 100}年"
    if x < 0.93:
        return f"{cn_year(y)}年"
    return f"{cn_year(y, '零')}年"


def to_trad(t: str) -> str:
    return "".join(TRAD.get(c, c) for c in t)


def cn_num(n: int) -> str:
    """Chinese numerals for 0–99 (「二十」「三十五」)."""
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


# ---------------------------------------------------------------- measures (one figure)
# key → (cells, ways users name it)
def m_cells(r: str, m: str) -> list[str] | None:
    g = GOLD[r]
    t3 = g["t3"]
    if m == "r3":
        return [f"t3.r3_{i}.tot" for i in range(1, 9)]
    if m == "r4":
        return [f"t3.r4_{i}.tot" for i in range(1, 4)]
    if m == "r5":
        return [f"t3.r5_{i}.tot" for i in range(1, 6)]
    if m == "r6":
        return ["t3.r6.tot"] if "r6.tot" in t3 else [f"t3.r6_{i}.tot" for i in range(1, 4)]
    if m == "new.org":
        return [f"t3.new.{c}" for c in COLS_ORG]
    if m == "lit":
        return ["t4.ld.tot", "t4.lr.tot"]
    return [m]


MEASURES: dict[str, list[str]] = {
    "t3.new.tot": ["收到多少政府信息公开申请", "新收了几件申请", "本年新收申请数", "收到依申请公开多少件", "新收申请"],
    "t3.carry_in.tot": ["上年结转的申请有几件", "上年结转过来多少件", "上年结转"],
    "t3.r1.tot": ["予以公开的有多少件", "同意公开了几件", "予以公开"],
    "t3.r2.tot": ["部分公开多少件", "部分公开的申请有几件", "部分公开"],
    "r3": ["不予公开一共几件", "不予公开的有多少", "不予公开"],
    "t3.r3_1.tot": ["因为属于国家秘密不予公开的有几件", "国家秘密不公开几件"],
    "t3.r3_6.tot": ["属于过程性信息不予公开几件", "四类过程性信息 不予公开"],
    "r4": ["无法提供的一共几件", "无法提供多少件", "无法提供"],
    "t3.r4_1.tot": ["本机关不掌握相关政府信息的有几件", "不掌握相关信息的申请几件", "本机关不掌握"],
    "t3.r4_2.tot": ["没有现成信息需要另行制作的几件", "需要另行制作 无法提供"],
    "r5": ["不予处理多少件", "不予处理的一共几件", "不予处理"],
    "t3.r5_1.tot": ["信访举报投诉类申请不予处理几件", "信访举报投诉类"],
    "t3.r5_2.tot": ["重复申请不予处理的有几件", "重复申请"],
    "r6": ["其他处理的有几件", "其他处理"],
    "t3.r7.tot": ["办理结果总计是多少", "一共办结了多少件", "办理结果总计"],
    "t3.carry_out.tot": ["结转下年度继续办理的有几件", "结转到下一年的有多少", "结转下年度"],
    "t3.new.np": ["自然人申请了多少件", "个人提的申请有几件", "自然人 新收"],
    "new.org": ["法人或其他组织提了多少件申请", "企业和组织申请的一共几件", "法人或其他组织 新收"],
    "t4.rv.tot": ["行政复议一共几件", "被申请行政复议多少起", "行政复议总计"],
    "t4.rv.keep": ["行政复议结果维持的有几件", "复议维持几件", "复议 维持"],
    "t4.rv.fix": ["复议被纠正的有几件", "行政复议结果纠正几件", "复议 纠正"],
    "t4.ld.tot": ["未经复议直接起诉的行政诉讼几件", "直接起诉的有几件", "未经复议直接起诉"],
    "t4.lr.tot": ["复议后起诉的行政诉讼总计几件", "先复议再起诉的有多少", "复议后起诉"],
    "lit": ["行政诉讼一共几件", "被起诉了几次", "行政诉讼 合计"],
    "t4.ld.keep": ["直接起诉的案件结果维持几件", "未经复议直接起诉 维持"],
    "t2.license.decisions": ["行政许可处理决定多少件", "行政许可 本年处理决定数", "行政许可"],
    "t2.penalty.decisions": ["行政处罚决定数量是多少", "行政处罚多少件", "行政处罚"],
    "t2.coercion.decisions": ["行政强制多少", "行政强制 处理决定", "行政强制"],
}
GF2021_ONLY = {
    "t2.norm.valid": ["现行有效的规范性文件有几件", "现行有效 规范性文件"],
    "t2.norm.made": ["本年制发了几件行政规范性文件", "规范性文件 本年制发"],
    "t2.fee.amount_wan": ["行政事业性收费金额多少万元", "收费金额"],
}
GF2019_ONLY = {
    "t2.norm.total_public": ["规范性文件对外公开总数量是多少", "规范性文件 对外公开总数"],
    "t2.procurement.amount": ["政府集中采购金额多少", "集中采购 金额"],
}
# weights: the everyday figures far more often than the grounds
WEIGHT = {
    "t3.new.tot": 16,
    "t3.carry_in.tot": 5,
    "t3.r1.tot": 9,
    "t3.r2.tot": 5,
    "r3": 5,
    "t3.r3_1.tot": 1,
    "t3.r3_6.tot": 1,
    "r4": 4,
    "t3.r4_1.tot": 3,
    "t3.r4_2.tot": 1,
    "r5": 3,
    "t3.r5_1.tot": 2,
    "t3.r5_2.tot": 1,
    "r6": 2,
    "t3.r7.tot": 5,
    "t3.carry_out.tot": 4,
    "t3.new.np": 4,
    "new.org": 3,
    "t4.rv.tot": 6,
    "t4.rv.keep": 3,
    "t4.rv.fix": 2,
    "t4.ld.tot": 3,
    "t4.lr.tot": 2,
    "lit": 4,
    "t4.ld.keep": 1,
    "t2.license.decisions": 3,
    "t2.penalty.decisions": 3,
    "t2.coercion.decisions": 1,
    "t2.norm.valid": 2,
    "t2.norm.made": 1,
    "t2.fee.amount_wan": 2,
    "t2.norm.total_public": 1,
    "t2.procurement.amount": 1,
}


def words_of(m: str) -> list[str]:
    return MEASURES.get(m) or GF2021_ONLY.get(m) or GF2019_ONLY[m]


def measure_ok(r: str, m: str) -> bool:
    g = GOLD[r]
    if m in GF2021_ONLY and g["template"] != "GF2021":
        return False
    if m in GF2019_ONLY and g["template"] != "GF2019":
        return False
    cells = m_cells(r, m)
    assert cells
    if not all(isinstance(cell(r, c), (int, float)) for c in cells):
        return False
    return all(table_clean(r, c.split(".")[0]) for c in cells)


def value_of(r: str, m: str) -> float:
    v = sum(cell(r, c) for c in m_cells(r, m) or [])
    return round(v, 2) if isinstance(v, float) else v


def unit_of(m: str) -> str | None:
    if m == "t2.fee.amount_wan":
        return "万元"
    if m == "t2.procurement.amount":
        return "万元"
    return "件"


# ---------------------------------------------------------------- dress
FILLERS = ["那个", "嗯", "就是", "呃", "我想问一下"]
TYPO = [
    ("申请", "申清"),
    ("复议", "复意"),
    ("诉讼", "诉颂"),
    ("公开", "公凯"),
    ("处理", "出理"),
    ("结转", "节转"),
    ("多少", "多小"),
    ("政府", "正府"),
]
CHAT = ["帮我查下", "请问", "麻烦问一下", "问下", "查一下", "想了解一下", "hi，", "您好，"]


def typo(rng: random.Random, t: str) -> str:
    cands = [(a, b) for a, b in TYPO if a in t]
    if not cands:
        return t
    a, b = rng.choice(cands)
    return t.replace(a, b, 1)


def voice(rng: random.Random, t: str) -> str:
    t = re.sub(r"[，。？、,?！!：:「」]", "", t)
    return rng.choice(FILLERS) + t + rng.choice(["啊", "呢", "来着", ""])


# ---------------------------------------------------------------- items
ITEMS: list[dict] = []
_SEEN: set[tuple[str, str]] = set()


def add(q: str, intent: str, expect: dict, persona: str, kind: str, phrasing: str, reads: list[str], **kw) -> None:
    style = kw.pop("style", None)
    key = (squash(q), json.dumps(kw.get("scope", {})))
    if key in _SEEN:  # the same message twice: kept once
        return
    _SEEN.add(key)
    item = {"q": q, "scope": kw.pop("scope", {}), "intent": intent, "style": style or "colloquial", "expect": expect}
    item.update(kw)
    item.update({"persona": persona, "kind": kind, "phrasing": phrasing, "sets": sorted({SETOF[r] for r in reads})})
    ITEMS.append(item)


PERSONA_VALUE = (
    ["officer"] * 22 + ["citizen"] * 16 + ["journalist"] * 13 + ["evaluator"] * 9
    + ["lawyer"] * 12 + ["deputy"] * 7 + ["researcher"] * 8 + ["hotline"] * 8 + ["applicant"] * 5
)


def pick_reports(rng: random.Random, pool: list[str], n: int, w19: float = 0.33) -> list[str]:
    p19 = [r for r in pool if SETOF[r] == "wild19"]
    rest = [r for r in pool if SETOF[r] != "wild19"]
    return [rng.choice(p19) if p19 and rng.random() < w19 else rng.choice(rest) for _ in range(n)]


def name_for(rng: random.Random, r: str, p_short: float = 0.35) -> tuple[str, bool]:
    ag = GOLD[r]["agency"]
    s = short_name(ag)
    if s and rng.random() < p_short:
        return s, True
    return ag, False


LAW_M = {"t4.rv.tot", "t4.rv.keep", "t4.rv.fix", "t4.ld.tot", "t4.lr.tot", "lit", "t4.ld.keep", "r3", "r4", "t3.r4_1.tot",
         "r5", "t3.r3_1.tot", "t3.r3_6.tot", "t3.r5_1.tot"}


def frame_value(rng: random.Random, persona: str, name: str, yf: str, w: str, form: str) -> str:
    """The message around the measure words `w`, by the form of the message."""
    if form == "keyword":
        parts = [name, yf.replace("年度", "").replace("年", "") if rng.random() < 0.6 else yf, w]
        return " ".join(parts)
    if form == "yearlast":
        return f"{name}{w}？{yf}的"
    if form == "chat":
        return f"{rng.choice(CHAT)}{name}{yf}{w}"
    if form == "preamble":
        pre = {
            "officer": "我在做信息公开年报的横向对比，",
            "citizen": "我去年申请过信息公开，想看看情况，",
            "journalist": "写稿要用个数据，",
            "evaluator": "评估打分用：",
            "lawyer": "代理一个信息公开案子，以年报为准，",
            "deputy": "准备一个建议，需要核一下数，",
            "researcher": "做面板数据，",
            "hotline": "有群众来电问，",
            "applicant": "我想申请信息公开，先了解下，",
        }[persona]
        return f"{pre}{name}{yf}{w}"
    if form == "english":
        en = rng.choice(["帮我check一下", "quick question：", "FYI要个数，", "pls查下"])
        return f"{en}{name}{yf}{w}"
    return f"{name}{yf}{w}" + ("？" if rng.random() < 0.7 else "")


FORMS = ["plain"] * 34 + ["keyword"] * 14 + ["chat"] * 14 + ["yearlast"] * 8 + ["preamble"] * 10 + ["voice"] * 7 + [
    "typo"] * 6 + ["trad"] * 4 + ["english"] * 3


def gen_values(n: int) -> None:
    rng = random.Random("blindm-values")
    pool = [r for r in IDS if readable(r)]
    ms = sorted(WEIGHT)
    wts = [WEIGHT[m] for m in ms]
    seen = set()
    while sum(1 for it in ITEMS if it["kind"] == "one figure") < n:
        persona = rng.choice(PERSONA_VALUE)
        if persona == "lawyer" and rng.random() < 0.7:
            m = rng.choice(sorted(LAW_M))
        else:
            m = rng.choices(ms, wts)[0]
        r = pick_reports(rng, pool, 1)[0]
        if (r, m) in seen or not measure_ok(r, m):
            continue
        seen.add((r, m))
        g = GOLD[r]
        name, short = name_for(rng, r)
        yf = year_form(rng, g["year"])
        w = rng.choice(words_of(m))
        form = rng.choice(FORMS)
        q = frame_value(rng, persona, name, yf, w, form)
        if form == "voice":
            q = voice(rng, q)
        elif form == "typo":
            q = typo(rng, q)
        elif form == "trad":
            q = to_trad(q)
        style = "abbreviated" if short else ("formal" if persona in ("deputy", "researcher", "lawyer") else "colloquial")
        add(q, "value", {"value": value_of(r, m), "unit": unit_of(m)}, persona, "one figure", form, [r],
            cells=[f"{r}:{c}" for c in m_cells(r, m)], style=style,
            note=f"{g['agency']} {g['year']} {m}" + (" (sum of its cells)" if len(m_cells(r, m)) > 1 else ""))


def gen_scoped(n: int) -> None:
    """The officer looking at her own report: 「我们今年…」."""
    rng = random.Random("blindm-scoped")
    pool = [r for r in IDS if readable(r)]
    ms = ["t3.new.tot", "t3.r1.tot", "t3.r2.tot", "r3", "r4", "t3.carry_out.tot", "t4.rv.tot", "lit", "t3.r7.tot",
          "t2.license.decisions", "t2.penalty.decisions", "t3.new.np"]
    frames = ["我们今年{w}？", "本年度{w}", "今年{w}来着", "{w}（本单位今年）", "咱们单位今年{w}"]
    done = 0
    while done < n:
        r = pick_reports(rng, pool, 1)[0]
        m = rng.choice(ms)
        if not measure_ok(r, m):
            continue
        w = rng.choice(words_of(m))
        q = rng.choice(frames).format(w=words_of(m)[0])
        add(q, "value", {"value": value_of(r, m), "unit": unit_of(m)}, "officer", "one figure", "scoped", [r],
            scope={"report": r}, cells=[f"{c}" for c in m_cells(r, m)], note=f"scoped {m}")
        done += 1


def gen_two(n: int) -> None:
    """Two figures in one message: 「新收和结转各多少」 (a list of two cells of one report)."""
    rng = random.Random("blindm-two")
    pool = [r for r in IDS if readable(r)]
    pairs = [
        ("t3.new.tot", "t3.carry_in.tot", "新收和上年结转各多少"),
        ("t3.r1.tot", "t3.r2.tot", "予以公开和部分公开分别几件"),
        ("t4.rv.tot", "lit", "复议和诉讼各几件"),
        ("t3.r7.tot", "t3.carry_out.tot", "办结总数和结转下年度各是多少"),
        ("t2.license.decisions", "t2.penalty.decisions", "许可和处罚决定各多少"),
        ("t3.new.np", "new.org", "自然人和法人分别申请了多少"),
    ]
    done = 0
    while done < n:
        r = pick_reports(rng, pool, 1)[0]
        a, b, w = rng.choice(pairs)
        if not (measure_ok(r, a) and measure_ok(r, b)) or value_of(r, a) == value_of(r, b):
            continue
        name, short = name_for(rng, r)
        q = f"{name}{year_form(rng, GOLD[r]['year'])}{w}"
        ka = a if a.startswith("t") else f"{a}"
        kb = b if b.startswith("t") else f"{b}"
        vals, calc = {}, {}
        for k, m in ((ka, a), (kb, b)):
            cs = m_cells(r, m) or []
            key = f"{r}:{cs[0]}" if len(cs) == 1 else f"{r}:{m}"
            vals[key] = value_of(r, m)
            if len(cs) > 1:
                calc[key] = "+".join("{" + f"{r}:{c}" + "}" for c in cs)
        exp = {"values": vals, "unit": "件"}
        kw = {"calc": calc} if calc else {}
        add(q, "list", exp, rng.choice(["officer", "journalist", "researcher"]), "two figures", "two-in-one", [r],
            cells=[f"{r}:{c}" for m in (a, b) for c in m_cells(r, m) or []], style="abbreviated" if short else "colloquial",
            **kw)
        done += 1


def gen_correction(n: int) -> None:
    """A question then a correction of the year in the same message; the corrected year is meant."""
    rng = random.Random("blindm-correct")
    pool = [r for r in IDS if readable(r)]
    done = 0
    while done < n:
        r = pick_reports(rng, pool, 1)[0]
        g = GOLD[r]
        m = rng.choice(["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "t3.carry_out.tot", "r4"])
        if not measure_ok(r, m):
            continue
        wrong = g["year"] - 1
        name, short = name_for(rng, r)
        w = words_of(m)[0]
        q = rng.choice([
            f"{name}{wrong}年{w}…不对，是{g['year']}年的",
            f"{name}{wrong}年{w} 哦打错了 {g['year']}年",
            f"{name}{w}，{wrong % 100}年，不不，{g['year'] % 100}年",
        ])
        add(q, "value", {"value": value_of(r, m), "unit": unit_of(m)}, rng.choice(["citizen", "officer", "journalist"]),
            "one figure", "correction", [r], cells=[f"{r}:{c}" for c in m_cells(r, m) or []],
            style="abbreviated" if short else "colloquial", note=f"corrected year {g['year']} is meant")
        done += 1


def gen_check_cn(n: int) -> None:
    """「是不是二十件」: a yes/no check with a Chinese numeral; the headline is the printed figure."""
    rng = random.Random("blindm-cn")
    pool = [r for r in IDS if readable(r)]
    done = 0
    while done < n:
        r = pick_reports(rng, pool, 1)[0]
        g = GOLD[r]
        m = rng.choice(["t3.new.tot", "t3.r1.tot", "t3.r7.tot", "t3.new.np"])
        if not measure_ok(r, m):
            continue
        v = value_of(r, m)
        if not 1 <= v <= 99:
            continue
        guess = v if rng.random() < 0.5 else v + rng.choice([-2, -1, 1, 3, 10])
        if guess < 1 or guess > 99:
            continue
        name, short = name_for(rng, r)
        w = {"t3.new.tot": "新收申请", "t3.r1.tot": "予以公开", "t3.r7.tot": "办理结果总计", "t3.new.np": "自然人申请"}[m]
        q = rng.choice([f"{name}{year_form(rng, g['year'])}{w}是不是{cn_num(guess)}件",
                        f"听说{name}{year_form(rng, g['year'])}{w}有{cn_num(guess)}件，对吗？"])
        add(q, "value", {"value": v, "unit": "件"}, rng.choice(["journalist", "officer", "hotline"]), "one figure",
            "cn-number check", [r], cells=[f"{r}:{c}" for c in m_cells(r, m) or []],
            style="abbreviated" if short else "colloquial", note=f"asked {guess}; printed {v}")
        done += 1


def gen_noyear(n: int) -> None:
    """The year left out for a body the store holds exactly once (unambiguous)."""
    rng = random.Random("blindm-noyear")
    pool = [r for r in IDS if readable(r) and len(BY_AGENCY[GOLD[r]["agency"]]) == 1]
    done = 0
    while done < n:
        r = pick_reports(rng, pool, 1)[0]
        m = rng.choice(["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "r3"])
        if not measure_ok(r, m):
            continue
        name, short = name_for(rng, r)
        q = rng.choice([f"{name} {words_of(m)[-1]}", f"{name}{words_of(m)[0]}？"])
        add(q, "value", {"value": value_of(r, m), "unit": "件"}, rng.choice(["citizen", "hotline"]), "one figure",
            "no year", [r], cells=[f"{r}:{c}" for c in m_cells(r, m) or []], style="abbreviated" if short else "colloquial",
            note="no year named; the store holds one report of this body")
        done += 1


# ---------------------------------------------------------------- narrative figures
NARR = [
    (r"主动公开(?:各类)?政府信息(\d+)条", "条", ["主动公开了多少条政府信息", "主动公开信息条数", "主动公开 多少条"]),
    (r"其中政策文件(\d+)条", "条", ["主动公开的政策文件有几条", "政策文件 几条"]),
    (r"政策解读(\d+)篇", "篇", ["发布政策解读多少篇", "政策解读 篇数"]),
    (r"组织(?:业务)?培训(\d+)(?:次|场)", None, ["组织了几次业务培训", "培训 几次"]),
]


def gen_narrative(n: int) -> None:
    rng = random.Random("blindm-narr")
    pool = [r for r in IDS if unique_ay(r) and has_text(r)]
    done = 0
    tries = 0
    seen = set()
    while done < n and tries < 20000:
        tries += 1
        r = pick_reports(rng, pool, 1)[0]
        pat, unit, ws = rng.choice(NARR)
        ms = list(re.finditer(pat, TEXT[r]))
        if len(ms) != 1 or (r, pat) in seen:
            continue
        seen.add((r, pat))
        mt = ms[0]
        u = unit or TEXT[r][mt.end() - 1]
        g = GOLD[r]
        name, short = name_for(rng, r)
        persona = rng.choice(["officer", "journalist", "deputy", "citizen", "evaluator"])
        form = rng.choice(["plain", "plain", "keyword", "chat", "voice", "trad"])
        w = rng.choice(ws)
        yf = year_form(rng, g["year"])
        q = frame_value(rng, persona, name, yf, w, form if form in ("keyword", "chat") else "plain")
        if form == "voice":
            q = voice(rng, q)
        elif form == "trad":
            q = to_trad(q)
        quote = mt.group(0)
        assert quote_ok(r, quote)
        add(q, "narrative", {"value": int(mt.group(1)), "unit": u}, persona, "narrative figure", form, [r],
            source_quote={r: quote}, style="abbreviated" if short else "colloquial")
        done += 1


def gen_problems(n: int) -> None:
    rng = random.Random("blindm-prob")
    pool = [r for r in IDS if unique_ay(r) and has_text(r)]
    done = 0
    seen = set()
    tries = 0
    while done < n and tries < 20000:
        tries += 1
        r = pick_reports(rng, pool, 1)[0]
        t = TEXT[r]
        k = t.rfind("存在的主要问题及改进情况")
        if k < 0:
            continue
        sec = t[k:]
        end = sec.find("六、")
        sec = sec[: end if end > 0 else 1500]
        clauses = re.findall(r"一是([^；;。]{4,60})", sec)
        if len(clauses) < 2:
            continue
        want = rng.choice(["problem", "measure"])
        c = clauses[0] if want == "problem" else clauses[1]
        frag = c[:18]
        if t.count(frag) != 1 or (r, want) in seen:
            continue
        seen.add((r, want))
        g = GOLD[r]
        name, short = name_for(rng, r)
        yf = year_form(rng, g["year"])
        if want == "problem":
            q = rng.choice([f"{name}{yf}年报里说存在什么问题", f"{name}{yf} 存在的主要问题", f"{name}{yf}信息公开工作有哪些不足？",
                            f"请问{name}{yf}报告提到的问题是什么"])
        else:
            q = rng.choice([f"{name}{yf}打算怎么改进", f"{name}{yf} 改进措施", f"{name}{yf}下一步有什么改进措施？",
                            f"{name}{yf}报告里的整改措施有哪些"])
        assert quote_ok(r, frag)
        add(q, "problems", {"contains": [frag]}, rng.choice(["deputy", "officer", "journalist", "evaluator"]),
            "problems" if want == "problem" else "improvement measures", "plain", [r], source_quote={r: "一是" + c},
            style="abbreviated" if short else "formal")
        done += 1


def gen_fee_narr(n: int) -> None:
    """「收没收信息处理费」 where the text says 未收取 (narrative yes/no, contains)."""
    rng = random.Random("blindm-fee")
    pool = [r for r in IDS if unique_ay(r) and has_text(r) and TEXT[r].count("未收取信息处理费") == 1]
    for r in rng.sample(pool, min(n, len(pool))):
        g = GOLD[r]
        name, short = name_for(rng, r)
        q = rng.choice([f"{name}{year_form(rng, g['year'])}收信息处理费了吗", f"{name}{year_form(rng, g['year'])} 信息处理费 收了没"])
        add(q, "narrative", {"contains": ["未收取信息处理费"]}, rng.choice(["citizen", "applicant"]), "narrative yes/no",
            "plain", [r], source_quote={r: "未收取信息处理费"}, style="abbreviated" if short else "colloquial")


# ---------------------------------------------------------------- refusals
NOT_SAID = [
    (["经费", "预算"], ["信息公开工作经费是多少", "政务公开花了多少钱", "公开工作预算多少"]),
    (["专职", "兼职", "工作人员"], ["有几个专职工作人员", "信息公开专职人员几个人"]),
    (["平均", "工作日"], ["平均多少天答复申请", "平均答复时间是几天"]),
    (["满意"], ["申请人满意度是多少", "群众满意率多少"]),
    (["性别", "男", "女"], ["申请人里男的女的各多少", "申请人性别比例"]),
    (["年龄", "岁"], ["申请人平均年龄", "申请人多大年纪的多"]),
    (["访问量", "浏览量", "点击"], ["网站访问量多少", "门户网站浏览量是多少"]),
    (["征地", "拆迁", "征收"], ["征地拆迁类的申请有几件", "关于拆迁的公开申请多少"]),
    (["微博"], ["微博发了多少条", "政务微博粉丝多少"]),
    (["热线", "12345"], ["12345热线接了多少电话", "热线电话接听量"]),
]
NOT_IN_STORE = ["临朐县人民政府", "兰考县人民政府", "嘉善县人民政府", "昆山市人民政府", "义乌市市场监督管理局", "仙居县教育局",
                "寿光市人力资源和社会保障局", "晋江市人民政府", "东莞市生态环境局", "曲阜市人民政府", "宁乡市发展和改革局",
                "韶山市人民政府", "婺源县人民政府", "阿勒泰市人民政府", "满洲里市人民政府", "桐乡市卫生健康局"]


def gen_refusals(n_said: int, n_body: int, n_year: int, n_tmpl: int) -> None:
    rng = random.Random("blindm-refuse")
    pool = [r for r in IDS if unique_ay(r) and has_text(r) and GOLD[r]["template"] != "LEGACY"]
    done = 0
    while done < n_said:
        r = pick_reports(rng, pool, 1)[0]
        bad, ws = rng.choice(NOT_SAID)
        if any(b in TEXT[r] for b in bad):
            continue
        g = GOLD[r]
        name, short = name_for(rng, r)
        w = rng.choice(ws)
        persona = rng.choice(["citizen", "journalist", "hotline", "deputy", "officer", "researcher"])
        form = rng.choice(["plain", "chat", "voice", "keyword"])
        q = frame_value(rng, persona, name, year_form(rng, g["year"]), w, form if form != "voice" else "plain")
        if form == "voice":
            q = voice(rng, q)
        add(q, "unanswerable", {"refuse": True}, persona, "not in the report", form, [r],
            style="abbreviated" if short else "colloquial", note=f"asked as value; text has none of {bad}")
        done += 1
    names = [a for a in NOT_IN_STORE if a not in ALL_NAMES and a[:2] not in ALL_NAMES]
    for i in range(n_body):
        a = names[i % len(names)]
        y = 2019 + (i * 3) % 6
        m = rng.choice(["t3.new.tot", "t3.r1.tot", "t4.rv.tot"])
        q = rng.choice([f"{a}{y}年{words_of(m)[0]}", f"请问{a}{y % 100}年{words_of(m)[0]}", f"{a} {y} {words_of(m)[-1]}"])
        add(q, "unanswerable", {"refuse": True}, rng.choice(["citizen", "journalist", "hotline"]), "body not in the store",
            "plain", [], note="asked as value; no report of this body in the store")
    done = 0
    apool = [a for a in AGENCIES if any(readable(r) for r in BY_AGENCY[a])]
    while done < n_year:
        a = rng.choice(apool)
        held = {GOLD[r]["year"] for r in BY_AGENCY[a]}
        y = rng.choice([y for y in range(2017, 2026) if y not in held])
        m = rng.choice(["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "r3"])
        s = short_name(a)
        nm = s if s and rng.random() < 0.4 else a
        q = rng.choice([f"{nm}{year_form(rng, y)}{words_of(m)[0]}", f"{nm} {y} {words_of(m)[-1]}"])
        r0 = BY_AGENCY[a][0]
        add(q, "unanswerable", {"refuse": True}, rng.choice(["journalist", "researcher", "citizen"]), "year not in the store",
            "plain", [r0], style="abbreviated" if nm != a else "colloquial",
            note=f"asked as value; store holds {a} for {sorted(held)} only")
        done += 1
    done = 0
    while done < n_tmpl:
        r = pick_reports(rng, [x for x in pool if readable(x)], 1)[0]
        g = GOLD[r]
        name, short = name_for(rng, r)
        if g["template"] == "GF2021":
            if "集中采购" in TEXT[r] or "采购" in TEXT[r]:
                continue
            q = rng.choice([f"{name}{year_form(rng, g['year'])}政府集中采购金额是多少", f"{name} {g['year']} 集中采购 项目数",
                            f"{name}{year_form(rng, g['year'])}政府集中采购了几个项目"])
            note = "GF2019 row asked of a GF2021 report"
        else:
            if "废止" in TEXT[r]:
                continue
            q = rng.choice([f"{name}{year_form(rng, g['year'])}本年废止了几件规范性文件", f"{name} {g['year']} 规范性文件 废止件数"])
            note = "GF2021 column asked of a GF2019 report"
        add(q, "unanswerable", {"refuse": True}, rng.choice(["evaluator", "researcher", "lawyer"]), "other template's cell",
            "plain", [r], style="abbreviated" if short else "formal", note=note)
        done += 1


def gen_blank(n: int) -> None:
    """A total cell the report printed blank (gold null with a "" placeholder). Every such report in the store notes
    「表中空白处表示该项无数据」: the README's rule still expects 「blank」 (say it is printed blank; no number as the
    printed value)."""
    rng = random.Random("blindm-blank")
    note = "表中空白处表示该项无数据"
    cands = []
    for r in IDS:
        g = GOLD[r]
        if not readable(r) or TEXT[r].count(note) != 1:
            continue
        ph = g.get("placeholders") or {}
        for k in ("t3.carry_in.tot", "t3.r2.tot", "t3.carry_out.tot"):
            if cell(r, k) is None and ph.get(k) == "":
                cands.append((r, k))
    words = {"t3.carry_in.tot": ["上年结转了几件", "上年结转的申请是多少"], "t3.r2.tot": ["部分公开几件", "部分公开那一格填的多少"],
             "t3.carry_out.tot": ["结转下年度几件", "结转到下一年的是多少"]}
    for r, k in rng.sample(cands, min(n, len(cands))):
        g = GOLD[r]
        name, short = name_for(rng, r)
        add(f"{name}{year_form(rng, g['year'])}{rng.choice(words[k])}", "value", {"blank": True},
            rng.choice(["lawyer", "evaluator", "officer"]), "printed blank", "plain", [r], cells=[f"{r}:{k}"],
            source_quote={r: note}, style="abbreviated" if short else "colloquial",
            note="gold null, placeholder '': printed blank; the report notes blanks mean no data")


# ---------------------------------------------------------------- consistency
def gen_consistency(n_def: int, n_clean: int) -> None:
    rng = random.Random("blindm-cons")
    defects = []
    for r in IDS:
        g = GOLD[r]
        if not readable(r):
            continue
        for f in g.get("findings", []):
            w = f.get("where", "")
            if f.get("check") == "H2" and w.startswith("t3."):
                row = w[3:]
                cols = [cell(r, f"t3.{row}.{c}") for c in ["np", *COLS_ORG]]
                tot = cell(r, f"t3.{row}.tot")
                if all(isinstance(x, int) for x in cols) and isinstance(tot, int) and sum(cols) != tot and tot >= 0:
                    defects.append((r, "H2", row, tot, sum(cols)))
            if f.get("check") == "H5" and w == "t4.rv":
                parts = [cell(r, f"t4.rv.{c}") for c in ("keep", "fix", "other", "pend")]
                tot = cell(r, "t4.rv.tot")
                if all(isinstance(x, int) for x in parts) and isinstance(tot, int) and sum(parts) != tot and tot >= 0:
                    defects.append((r, "H5", "rv", tot, sum(parts)))
    rows = {"new": "本年新收", "carry_in": "上年结转", "r7": "办理结果总计", "carry_out": "结转下年度", "r1": "予以公开",
            "r2": "部分公开"}
    rng.shuffle(defects)
    used = set()
    done = 0
    for r, chk, row, printed, implied in defects:
        if done >= n_def or r in used or (row not in rows and chk == "H2"):
            continue
        used.add(r)
        g = GOLD[r]
        name, short = name_for(rng, r)
        yf = year_form(rng, g["year"])
        if chk == "H2":
            q = rng.choice([f"{name}{yf}表三{rows[row]}这一行各列加起来等于总计吗", f"核对一下{name}{yf}{rows[row]}的总计对不对",
                            f"{name}{yf} {rows[row]} 分项和总计对得上吗"])
            cells = [f"{r}:t3.{row}.{c}" for c in ["np", *COLS_ORG, "tot"]]
        else:
            q = rng.choice([f"{name}{yf}行政复议总计和维持纠正那几项加起来一致吗", f"{name}{yf}复议的数对得上吗",
                            f"核一下{name}{yf}表四行政复议 总计是否等于各项之和"])
            cells = [f"{r}:t4.rv.{c}" for c in ("keep", "fix", "other", "pend", "tot")]
        add(q, "consistency", {"verdict": "inconsistent", "checks": [chk], "values": {"printed": printed, "implied": implied}},
            rng.choice(["evaluator", "officer", "researcher"]), "consistency (defect)", "plain", [r], cells=cells,
            style="abbreviated" if short else "formal")
        done += 1
    pool = [r for r in IDS if readable(r) and not GOLD[r].get("findings")]
    done = 0
    seen = set()
    while done < n_clean:
        r = pick_reports(rng, pool, 1)[0]
        if r in seen:
            continue
        ks = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]
        if not all(isinstance(cell(r, k), int) for k in ks):
            continue
        seen.add(r)
        g = GOLD[r]
        name, short = name_for(rng, r)
        yf = year_form(rng, g["year"])
        q = rng.choice([f"{name}{yf}表三新收加结转等不等于办结加结转下年", f"{name}{yf}申请的数据前后对得上吗",
                        f"评估用：{name}{yf}依申请公开表 勾稽关系 是否成立", f"帮我看看{name}{yf}表三平不平"])
        vals = {"新收+上年结转": cell(r, "t3.new.tot") + cell(r, "t3.carry_in.tot"),
                "办理结果总计+结转下年度": cell(r, "t3.r7.tot") + cell(r, "t3.carry_out.tot")}
        assert vals["新收+上年结转"] == vals["办理结果总计+结转下年度"], r
        add(q, "consistency", {"verdict": "consistent", "checks": ["H1"], "values": vals},
            rng.choice(["evaluator", "officer", "researcher"]), "consistency (clean)", "plain", [r],
            cells=[f"{r}:{k}" for k in ks], style="abbreviated" if short else "formal")
        done += 1


# ---------------------------------------------------------------- across reports
def province(r: str) -> str:
    reg = GOLD[r]["region"]
    m = re.match(r"(.+?(?:省|自治区|市))", reg)
    return m.group(1) if m else reg[:3]


def gen_cross(n_cmp: int, n_chg: int, n_sum: int, n_rank: int, n_list: int, n_which: int) -> None:
    rng = random.Random("blindm-cross")
    pool = [r for r in IDS if readable(r) and table_clean(r, "t3") and table_clean(r, "t4")]
    # compare two bodies (same year), the larger asked
    done = 0
    while done < n_cmp:
        a, b = pick_reports(rng, pool, 2, 0.2)
        if a == b or GOLD[a]["agency"] == GOLD[b]["agency"] or (
            GOLD[a]["year"] != GOLD[b]["year"] and province(a) != province(b)
        ):
            continue
        m = rng.choice(["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "t3.new.tot", "r4"])
        if not (measure_ok(a, m) and measure_ok(b, m)) or value_of(a, m) == value_of(b, m):
            continue
        na, sa = name_for(rng, a)
        nb, sb = name_for(rng, b)
        w = {"t3.new.tot": "收到的申请", "t3.r1.tot": "予以公开的", "t4.rv.tot": "行政复议", "r4": "无法提供的"}[m]
        q = rng.choice([f"{na}{GOLD[a]['year']}年和{nb}{GOLD[b]['year']}年比，谁{w}多",
                        f"{na}{GOLD[a]['year'] % 100}年 vs {nb}{GOLD[b]['year'] % 100}年 {w}哪个多"])
        top = a if value_of(a, m) > value_of(b, m) else b
        add(q, "compare", {"values": {a: value_of(a, m), b: value_of(b, m)}, "unit": "件", "order": [top]},
            rng.choice(["journalist", "deputy", "researcher"]), "compare two bodies", "plain", [a, b],
            cells=[f"{x}:{c}" for x in (a, b) for c in m_cells(x, m) or []], style="abbreviated" if sa or sb else "formal")
        done += 1
    # change over years
    multi = [a for a in AGENCIES if len([r for r in BY_AGENCY[a] if r in pool]) >= 2]
    done = 0
    tries = 0
    while done < n_chg and tries < 5000:
        tries += 1
        a = rng.choice(multi)
        rs = sorted([r for r in BY_AGENCY[a] if r in pool], key=lambda r: GOLD[r]["year"])
        e, l = rs[0], rs[-1]
        if GOLD[e]["year"] == GOLD[l]["year"]:
            continue
        m = rng.choice(["t3.new.tot", "t3.r1.tot", "t4.rv.tot"])
        if not (measure_ok(e, m) and measure_ok(l, m)):
            continue
        if any(it["kind"] == "year-over-year" and it["note"] == f"{a} {m}" for it in ITEMS):
            continue
        s = short_name(a)
        nm = s if s and rng.random() < 0.4 else a
        ye, yl = GOLD[e]["year"], GOLD[l]["year"]
        w = {"t3.new.tot": "新收申请", "t3.r1.tot": "予以公开", "t4.rv.tot": "行政复议"}[m]
        q = rng.choice([f"{nm}{yl}年比{ye}年{w}多了还是少了，差多少", f"{nm} {w} {ye}到{yl}变化多少", f"{nm}{yl % 100}年{w}比{ye % 100}年增加了几件"])
        add(q, "change", {"value": value_of(l, m) - value_of(e, m), "unit": "件"}, rng.choice(["researcher", "deputy", "journalist"]),
            "year-over-year", "plain", [e, l], cells=[f"{l}:{m}", f"{e}:{m}"], calc=f"{{{l}:{m}}}-{{{e}:{m}}}",
            style="abbreviated" if nm != a else "formal", note=f"{a} {m}")
        done += 1
    # groups: province × year
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for r in IDS:
        groups[(province(r), GOLD[r]["year"])].append(r)
    good = sorted(k for k, rs in groups.items() if 3 <= len(rs) <= 7 and all(
        r in pool and measure_ok(r, "t3.new.tot") and measure_ok(r, "t4.rv.tot") for r in rs))
    rng.shuffle(good)
    gi = iter(good * 3)
    for _ in range(n_sum):
        p, y = next(gi)
        rs = groups[(p, y)]
        add(rng.choice([f"库里{p}{y}年所有单位收到的申请加起来多少", f"{p} {y}年 新收申请 合计"]), "sum",
            {"value": sum(value_of(r, "t3.new.tot") for r in rs), "unit": "件"}, rng.choice(["researcher", "evaluator"]),
            "sum over a province-year", "plain", rs, cells=[f"{r}:t3.new.tot" for r in rs], style="formal",
            calc="+".join(f"{{{r}:t3.new.tot}}" for r in rs))
    for _ in range(n_rank):
        p, y = next(gi)
        rs = groups[(p, y)]
        vals = {r: value_of(r, "t3.new.tot") for r in rs}
        order = sorted(rs, key=lambda r: -vals[r])
        top = rng.random() < 0.5
        if top and vals[order[0]] == vals[order[1]]:
            top = False
        order = order[:1] if top else order
        add(f"{p}{y}年哪个单位收到的申请最多" if top else f"{y}年{p}的报告里 新收申请 从多到少排个序", "rank",
            {"values": vals, "unit": "件", "order": order}, rng.choice(["journalist", "evaluator"]),
            "rank over a province-year", "plain", rs, cells=[f"{r}:t3.new.tot" for r in rs], style="colloquial")
    for _ in range(n_list):
        p, y = next(gi)
        rs = groups[(p, y)]
        add(rng.choice([f"列一下{p}{y}年各单位的行政复议数", f"{p} {y} 各单位 行政复议总计"]), "list",
            {"values": {r: value_of(r, "t4.rv.tot") for r in rs}, "unit": "件"}, rng.choice(["evaluator", "lawyer"]),
            "list over a province-year", "plain", rs, cells=[f"{r}:t4.rv.tot" for r in rs], style="colloquial")
    for _ in range(n_which):
        p, y = next(gi)
        rs = groups[(p, y)]
        hit = sorted(r for r in rs if value_of(r, "t4.rv.tot") > 0)
        add(rng.choice([f"{p}{y}年哪些单位有信息公开行政复议", f"{y}年{p} 被申请复议的单位有哪些"]), "which_reports",
            {"reports": hit}, rng.choice(["lawyer", "evaluator"]), "which bodies in a province-year", "plain", rs,
            style="colloquial", note=f"{len(rs)} stored reports of {p} {y}; rv.tot > 0")


# ---------------------------------------------------------------- build
def main() -> None:
    gen_values(200)
    gen_scoped(22)
    gen_two(10)
    gen_correction(8)
    gen_check_cn(8)
    gen_noyear(6)
    gen_narrative(38)
    gen_fee_narr(6)
    gen_problems(24)
    gen_refusals(40, 12, 14, 8)
    gen_blank(5)
    gen_consistency(12, 16)
    gen_cross(16, 12, 6, 6, 4, 4)
    lines = []
    for i, it in enumerate(ITEMS, 1):
        check(it)
        lines.append(json.dumps({"id": f"m{i:04d}", **it}, ensure_ascii=False, sort_keys=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), Counter(it["intent"] for it in ITEMS))


def check(it: dict) -> None:
    exp = it["expect"]
    scope = it["scope"].get("report")
    if "value" in exp and it.get("cells") and "calc" not in it:
        tot = 0
        for c in it["cells"]:
            rid, _, k = c.rpartition(":")
            v = cell(rid or scope, k)
            assert isinstance(v, (int, float)), (it["q"], c)
            tot += v
        assert abs(tot - exp["value"]) < 1e-6, (it["q"], tot, exp)
    for rid, q in (it.get("source_quote") or {}).items():
        assert quote_ok(rid, q), (it["q"], q)
    for s in exp.get("contains", []):
        assert any(quote_ok(r, s) for r in it.get("source_quote") or {}), s
    for r in exp.get("reports", []):
        assert r in GOLD


if __name__ == "__main__":
    main()
