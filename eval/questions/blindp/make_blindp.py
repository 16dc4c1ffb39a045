"""Write blindp.jsonl: a blind held-out bank of questions in the FORMS users type them (issue 13).

    python3 eval/questions/blindp/make_blindp.py     # identical bytes on every run, any PYTHONHASHSEED

Facts come from the wild sets' gold JSON (cells, findings) and the reports' own text (narrative figures,
problems); nothing is read from the product. Each question wraps one fact in one user FORM (`form` field,
not judged). See README.md for the forms, counts and judgement calls."""

from __future__ import annotations

import html
import json
import random
import re
import subprocess
import sys
import zipfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 16))]
NEW_SET = "wild15"
R = random.Random(13_2026_1205)


# ---------------------------------------------------------------- reports: gold and text
def text_of(p: Path) -> str:
    """The report's text with all whitespace removed ('' for formats not read here)."""
    ext = p.suffix.lower()
    try:
        if ext in (".html", ".htm"):
            t = p.read_bytes().decode("utf-8", "ignore")
            for _ in range(2):
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
        elif ext in (".md", ".txt"):
            t = p.read_text("utf-8", "ignore")
        elif ext == ".pdf":
            t = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, check=False).stdout.decode(
                "utf-8", "ignore"
            )
        elif ext == ".docx":
            t = html.unescape(re.sub(r"<[^>]+>", "", zipfile.ZipFile(p).read("word/document.xml").decode()))
        else:
            return ""
    except (OSError, KeyError, zipfile.BadZipFile):
        return ""
    return re.sub(r"\s+", "", t)


GOLDS: list[dict] = []
for s in SETS:
    for gp in sorted((EVAL / s / "gold").glob("*.json")):
        g = json.loads(gp.read_text("utf-8"))
        g["_set"] = s
        g["_text"] = text_of(EVAL / s / g["file"])
        GOLDS.append(g)
BY_ID = {g["id"]: g for g in GOLDS}
PAIRS = Counter((g["agency"], g["year"]) for g in GOLDS)
AGENCIES = {g["agency"] for g in GOLDS}
YEARS_OF: dict[str, set[int]] = defaultdict(set)
for g in GOLDS:
    YEARS_OF[g["agency"]].add(g["year"])


def unique(g: dict) -> bool:
    return PAIRS[(g["agency"], g["year"])] == 1


def clean(g: dict) -> bool:
    """Tables readable, body+year held once, no finding: every cell may be asked."""
    return g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and unique(g) and not g["findings"]


def cell(g: dict, key: str) -> Any:
    t, _, k = key.partition(".")
    return (g.get(t) or {}).get(k)


# ---------------------------------------------------------------- measures as users name them
SUB = {
    "r3": [f"t3.r3_{i}.tot" for i in range(1, 9)],
    "r4": [f"t3.r4_{i}.tot" for i in range(1, 4)],
    "r5": [f"t3.r5_{i}.tot" for i in range(1, 6)],
}
# name → (cells, templates, ways users say it, unit)
MEAS: dict[str, tuple[list[str], tuple[str, ...], list[str], str | None]] = {
    "new": (
        ["t3.new.tot"],
        ("GF2019", "GF2021"),
        ["新收的政府信息公开申请", "本年新收申请", "收到的依申请公开申请"],
        "件",
    ),
    "r1": (["t3.r1.tot"], ("GF2019", "GF2021"), ["予以公开的申请", "同意公开的"], "件"),
    "r2": (["t3.r2.tot"], ("GF2019", "GF2021"), ["部分公开的申请"], "件"),
    "r3": (SUB["r3"], ("GF2019", "GF2021"), ["不予公开的申请"], "件"),
    "r4": (SUB["r4"], ("GF2019", "GF2021"), ["无法提供的申请"], "件"),
    "r5": (SUB["r5"], ("GF2019", "GF2021"), ["不予处理的申请"], "件"),
    "r7": (["t3.r7.tot"], ("GF2019", "GF2021"), ["办理结果总计", "办结的申请总数"], "件"),
    "cin": (["t3.carry_in.tot"], ("GF2019", "GF2021"), ["上年结转的申请"], "件"),
    "cout": (["t3.carry_out.tot"], ("GF2019", "GF2021"), ["结转下年度继续办理的申请"], "件"),
    "np": (["t3.new.np"], ("GF2019", "GF2021"), ["自然人提出的申请"], "件"),
    "rv": (["t4.rv.tot"], ("GF2019", "GF2021"), ["行政复议"], "件"),
    "ld": (["t4.ld.tot"], ("GF2019", "GF2021"), ["未经复议直接起诉的行政诉讼"], "件"),
    "lic": (["t2.license.decisions"], ("GF2019", "GF2021"), ["行政许可处理决定"], None),
    "pen": (["t2.penalty.decisions"], ("GF2019", "GF2021"), ["行政处罚决定"], None),
    "fee": (["t2.fee.amount_wan"], ("GF2021",), ["行政事业性收费金额"], "万元"),
}
# the user's own words for a measure (units and synonyms users use)
SYN = {
    "new": ["申请单子", "依申请的件数", "申请条数"],
    "rv": ["复议案子", "行政复议的案件数"],
    "ld": ["直接告到法院的案子"],
    "r1": ["同意公开的单子"],
    "cout": ["没办完转到明年的单子"],
    "r3": ["拒绝公开的件数"],
    "r7": ["答复完的单子总数"],
    "np": ["老百姓个人申请的件数"],
}


def mval(g: dict, m: str) -> Any:
    cells, tmpl, _, _ = MEAS[m]
    if g["template"] not in tmpl:
        return None
    vs = [cell(g, c) for c in cells]
    if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in vs):
        return None
    tot = sum(vs)
    return round(tot, 2) if isinstance(tot, float) else tot


CLEAN = [g for g in GOLDS if clean(g)]
CLEAN_NEW = [g for g in CLEAN if g["_set"] == NEW_SET]


def pick_report(m: str, new_share: float = 0.4, pred=lambda g, v: True) -> tuple[dict, Any]:
    """A clean report with a readable value of measure m; wild15 first with probability new_share."""
    for _ in range(400):
        pool = CLEAN_NEW if R.random() < new_share else CLEAN
        g = R.choice(pool)
        v = mval(g, m)
        if v is not None and pred(g, v):
            return g, v
    raise RuntimeError(m)


def yr(y: int, how: str = "plain") -> str:
    if how == "cn":
        return "".join("〇一二三四五六七八九"[int(c)] for c in str(y)) + "年"
    if how == "short":
        return f"{str(y)[2:]}年"
    if how == "full":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(y)) + "年"
    return f"{y}年"


# ---------------------------------------------------------------- dress: 繁體, full-width, typos
TRAD = dict(
    zip(
        "县会门报请开处办结转复议诉讼数几总计镇乡区员发卫农业资务关机构这个们为么没说问题时间实现规范许罚强费过还给帮对应该单举监厅场广东宁国华龙义丰兰网统运输疗护环态经济财育体旅游电视维纠审条训读后与里吗钱少们级划长门见样让进认识谁将专联络从项类间边产层亲继续决书庆铜汉湾滨阴兴贵渝东头门杨赵邓苏浙闽赣湘鄂粤桂琼陇青宁乌齐晋冀鲁豫辽吉黑沪津台钟岭阳纪态议术职组织达选传劳动险稳压测",
        "縣會門報請開處辦結轉復議訴訟數幾總計鎮鄉區員發衛農業資務關機構這個們為麼沒說問題時間實現規範許罰強費過還給幫對應該單舉監廳場廣東寧國華龍義豐蘭網統運輸療護環態經濟財育體旅遊電視維糾審條訓讀後與裡嗎錢少們級劃長門見樣讓進認識誰將專聯絡從項類間邊產層親繼續決書慶銅漢灣濱陰興貴渝東頭門楊趙鄧蘇浙閩贛湘鄂粵桂瓊隴青寧烏齊晉冀魯豫遼吉黑滬津臺鍾嶺陽紀態議術職組織達選傳勞動險穩壓測",
        strict=True,
    )
)


def trad(s: str) -> str:
    return "".join(TRAD.get(c, c) for c in s)


def fullwidth(s: str) -> str:
    return re.sub(r"\d", lambda m: chr(ord(m.group()) + 0xFEE0), s)


TYPO = [
    ("县", "悬"),
    ("局", "居"),
    ("政府", "正府"),
    ("镇", "震"),
    ("街道", "街到"),
    ("卫生健康", "卫生建康"),
    ("市场监督管理", "市场监督管里"),
    ("自然资源", "自然资原"),
    ("人民", "人明"),
    ("农业农村", "农业农材"),
]


def typo(name: str) -> str | None:
    for a, b in TYPO:
        if a in name:
            return name.replace(a, b, 1)
    return None


OLD_NAMES = [
    ("卫生健康委员会", "卫生和计划生育委员会"),
    ("卫生健康局", "卫生和计划生育局"),
    ("自然资源局", "国土资源局"),
    ("市场监督管理局", "工商行政管理局"),
    ("医疗保障局", "医保办"),
]
JU_WEI = [
    ("事务委员会", "事务局"),
    ("卫生健康委员会", "卫生健康局"),
    ("卫生健康局", "卫生健康委员会"),
    ("发展和改革委员会", "发展和改革局"),
    ("发展和改革局", "发展和改革委员会"),
]


# ---------------------------------------------------------------- the bank
ITEMS: list[dict] = []


def add(
    q: str,
    form: str,
    intent: str,
    expect: dict,
    *,
    scope: str | None = None,
    cells=(),
    style="colloquial",
    calc=None,
    quote=None,
    note=None,
) -> None:
    if expect.get("unit") in ("万元", None) and "value" in expect and intent == "value":
        q = (
            q.replace("多少件", "多少").replace("几件", "多少").replace("幾件", "多少")
        )  # money and decisions are not 件
    it = {"q": q, "scope": {"report": scope} if scope else {}, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = list(cells)
    if calc:
        it["calc"] = calc
    if quote:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    it["form"] = form
    ITEMS.append(it)


def vexp(v, m: str) -> dict:
    return {"value": v, "unit": MEAS[m][3]}


def refs(g: dict, m: str) -> list[str]:
    return [f"{g['id']}:{c}" for c in MEAS[m][0]]


def word(m: str) -> str:
    return R.choice(MEAS[m][2])


COMMON = ["new", "r1", "r7", "cout", "rv", "np", "r2", "r3", "lic", "pen", "ld", "r5", "cin", "r4", "fee"]


def cm() -> str:
    return R.choice(COMMON[:8]) if R.random() < 0.7 else R.choice(COMMON)


# 1 preamble / reason before the ask
PRE = [
    "我是做课题的，想了解一下",
    "领导让我查个数：",
    "你好，我在写一篇关于政务公开的稿子，",
    "打扰了，单位要做个对比表，",
    "我是人大代表，开会前想核实一下，",
    "老师布置的作业要用到，",
    "不好意思问个问题，我们科室在整理材料，",
    "帮同事问一下，",
]
for i in range(30):
    m = cm()
    g, v = pick_report(m)
    add(
        f"{PRE[i % len(PRE)]}{g['agency']}{yr(g['year'])}{word(m)}有多少？",
        "preamble",
        "value",
        vexp(v, m),
        cells=refs(g, m),
    )

# 2 two asks in one message → list over two cells of one report (one answer must state both)
PAIRS2 = [("r1", "r2"), ("new", "r7"), ("rv", "ld"), ("new", "cout"), ("lic", "pen"), ("r3", "r5")]
for i in range(26):
    a, b = PAIRS2[i % len(PAIRS2)]
    for _ in range(200):
        g = R.choice(CLEAN_NEW if i % 2 else CLEAN)
        va, vb = mval(g, a), mval(g, b)
        if va is not None and vb is not None and va != vb:
            break
    vals = {
        f"{g['id']}:{MEAS[a][0][0]}" if len(MEAS[a][0]) == 1 else f"{g['id']}:{a}": va,
        f"{g['id']}:{MEAS[b][0][0]}" if len(MEAS[b][0]) == 1 else f"{g['id']}:{b}": vb,
    }
    calc = {k: "+".join("{" + c + "}" for c in refs(g, mm)) for k, mm in zip(vals, (a, b), strict=True)}
    add(
        f"{g['agency']}{yr(g['year'])}{MEAS[a][2][0]}几件？{MEAS[b][2][0]}又是多少？",
        "two_asks",
        "list",
        {"values": vals, "unit": MEAS[a][3] if MEAS[a][3] == MEAS[b][3] else None},
        cells=refs(g, a) + refs(g, b),
        calc=calc,
        note="two asks: both values must be stated",
    )

# 3 measure first, body next, year at the end
for i in range(28):
    m = cm()
    g, v = pick_report(m)
    y = yr(g["year"], ("plain", "short", "cn", "plain")[i % 4])
    add(f"{word(m)}有多少，{g['agency']}的，{y}", "measure_first", "value", vexp(v, m), cells=refs(g, m))

# 4 pronoun / ellipsis with the body named earlier
PRON = [
    "我在看{a}{y}的年报。它们那年{w}有几件？",
    "{a}是我们对口单位，这个单位{y}{w}多少？",
    "说到{a}，{y}它家{w}是多少来着",
    "{a}{y}的报告我看了一半，他们{w}是多少？",
]
for i in range(26):
    m = cm()
    g, v = pick_report(m)
    add(PRON[i % 4].format(a=g["agency"], y=yr(g["year"]), w=word(m)), "pronoun", "value", vexp(v, m), cells=refs(g, m))

# 5 relative years with a stated 'now'
n_rel = n_rel_ref = 0
for g in sorted(CLEAN, key=lambda g: (g["_set"] != NEW_SET, R.random())):
    if n_rel >= 18:
        break
    m = cm()
    v = mval(g, m)
    if v is None:
        continue
    now, rel = (g["year"] + 1, "去年") if n_rel % 3 else (g["year"] + 2, "前年")
    add(f"现在是{now}年，{g['agency']}{rel}{word(m)}有几件？", "relative_year", "value", vexp(v, m), cells=refs(g, m))
    n_rel += 1
for g in sorted(GOLDS, key=lambda g: R.random()):
    if n_rel_ref >= 8:
        break
    if not unique(g) or g["year"] - 1 in YEARS_OF[g["agency"]] or g["year"] - 1 < 2017:
        continue
    add(
        f"现在是{g['year']}年了，{g['agency']}去年收到多少件信息公开申请？",
        "relative_year",
        "unanswerable",
        {"refuse": True},
        note=f"asked as value: {g['agency']} {g['year'] - 1} is not in the store",
    )
    n_rel_ref += 1

# 6 negation / 除了…以外
NEG = 0
for g in sorted(CLEAN, key=lambda g: (g["_set"] != NEW_SET, R.random())):
    if NEG >= 20:
        break
    k = NEG % 3
    if k == 0:
        r7, r1 = mval(g, "r7"), mval(g, "r1")
        if not r7 or r1 is None or r7 == r1:
            continue
        add(
            f"{g['agency']}{yr(g['year'])}办结的申请里，除了予以公开以外的有几件？",
            "negation",
            "value",
            {"value": r7 - r1, "unit": "件"},
            cells=[f"{g['id']}:t3.r7.tot", f"{g['id']}:t3.r1.tot"],
            calc=f"{{{g['id']}:t3.r7.tot}}-{{{g['id']}:t3.r1.tot}}",
        )
    elif k == 1:
        cols = [f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")]
        vs = [cell(g, c) for c in cols]
        if any(not isinstance(x, int) for x in vs) or not sum(vs):
            continue
        add(
            f"{g['agency']}{yr(g['year'])}新收的申请，除了自然人以外，其他申请人一共提了几件？",
            "negation",
            "value",
            {"value": sum(vs), "unit": "件"},
            cells=[f"{g['id']}:{c}" for c in cols],
        )
    else:
        v = mval(g, "r3")
        if v is None:
            continue
        add(
            f"{g['agency']}{yr(g['year'])}没有同意公开、明确不予公开的申请有几件？",
            "negation",
            "value",
            vexp(v, "r3"),
            cells=refs(g, "r3"),
        )
    NEG += 1

# 7 approximate asks
for i in range(22):
    m = R.choice(["new", "r7", "lic", "pen", "r1"])
    g, v = pick_report(m, pred=lambda g, v: v >= 5)
    if i % 2:
        th = (50, 100, 200, 500, 1000)[i % 5]
        add(
            f"{g['agency']}{yr(g['year'])}{word(m)}有没有超过{th}？",
            "approximate",
            "value",
            vexp(v, m),
            cells=refs(g, m),
            note=f"yes/no ({'yes' if v > th else 'no'}) with the number",
        )
    else:
        add(f"{g['agency']}{yr(g['year'])}{word(m)}大概多少？", "approximate", "value", vexp(v, m), cells=refs(g, m))

# 8 wrong but close body names: typo, old name of a merged body, 局 vs 委
near = 0
for g in sorted(CLEAN, key=lambda g: (g["_set"] != NEW_SET, R.random())):
    if near >= 26:
        break
    kind = near % 3
    wrong = None
    if kind == 0:
        wrong = typo(g["agency"])
    elif kind == 1 and g["year"] >= 2019:
        wrong = next((g["agency"].replace(a, b) for a, b in OLD_NAMES if g["agency"].endswith(a)), None)
    elif kind == 2:
        wrong = next((g["agency"][: -len(a)] + b for a, b in JU_WEI if g["agency"].endswith(a)), None)
    if not wrong or wrong in AGENCIES or any(wrong in a for a in AGENCIES):
        continue
    m = cm()
    v = mval(g, m)
    if v is None:
        continue
    add(
        f"{wrong}{yr(g['year'])}{word(m)}多少件？",
        "near_name",
        "value",
        vexp(v, m),
        cells=refs(g, m),
        style="abbreviated",
        note=f"{('typo', 'old name', '局/委')[kind]} of {g['agency']}",
    )
    near += 1

# 9 users' own units and synonyms
for _ in range(24):
    m = R.choice(sorted(SYN))
    g, v = pick_report(m)
    add(f"{g['agency']}{yr(g['year'])}{R.choice(SYN[m])}是多少？", "synonym", "value", vexp(v, m), cells=refs(g, m))

# 10 mixed scripts: 繁體, full-width digits, pinyin initials, English words
ENG = {"new": "FOIA requests", "rv": "administrative reconsideration cases", "r1": "fully disclosed requests"}
PY = {"new": "ysqgk申请", "rv": "xzfy", "ld": "xzss直接起诉"}
for i in range(40):
    k = i % 4
    if k == 0:
        m = cm()
        g, v = pick_report(m)
        q = trad(f"請問{g['agency']}{yr(g['year'])}{word(m)}有幾件？")
    elif k == 1:
        m = cm()
        g, v = pick_report(m)
        q = f"{g['agency']}{yr(g['year'], 'full')}{word(m)}多少件？"
    elif k == 2:
        m = R.choice(sorted(PY))
        g, v = pick_report(m)
        q = f"{g['agency']}{yr(g['year'])}{PY[m]}几件"
    else:
        m = R.choice(sorted(ENG))
        g, v = pick_report(m)
        q = f"{g['agency']} {g['year']}年 {ENG[m]} 有多少？"
    add(q, ("traditional", "fullwidth", "pinyin", "english")[k], "value", vexp(v, m), cells=refs(g, m))

# 11 long messages pasted from an email
EMAIL = (
    "各位同事好：\n根据办公室工作安排，本周需汇总辖区内各单位政府信息公开年度报告的主要数据，用于年度考核材料的准备。"
    "请协助核实以下事项：{a}{y}政府信息公开工作年度报告中，{w}是多少？请于周五前反馈。\n谢谢！\n综合科 小王"
)
for _ in range(18):
    m = cm()
    g, v = pick_report(m)
    add(
        EMAIL.format(a=g["agency"], y=yr(g["year"]), w=word(m)),
        "email",
        "value",
        vexp(v, m),
        cells=refs(g, m),
        style="formal",
    )

# 11b self-correction inside the message (the year or the body corrected before the ask)
for i in range(16):
    m = cm()
    g, v = pick_report(m)
    a, y, w = g["agency"], g["year"], word(m)
    if i % 3 == 0:
        q = f"{a}{y - 1}年，哦不对，是{y}年的{w}多少件？"
    elif i % 3 == 1:
        q = f"{a}的{w}，{y + 1}年——说错了，{y}年的"
    else:
        others = sorted(x["agency"] for x in GOLDS if x["agency"] != a and x["year"] == y)
        q = f"我想查{R.choice(others)}…不好意思打错了，是{a}，{y}年{w}多少"
    add(q, "self_correction", "value", vexp(v, m), cells=refs(g, m), note="the corrected body/year is asked")

# 11c noise: chat punctuation, emoji, fillers
NOISE = [
    "{a}{y}{w}多少？？？急！！",
    "在吗？{a}{y}{w}是多少呀~",
    "😂请问下 {a} {y} {w} 多少",
    "{a}……{y}……{w}……多少啊",
    "【求助】{a}{y}{w}？？",
]
for i in range(15):
    m = cm()
    g, v = pick_report(m)
    add(
        NOISE[i % len(NOISE)].format(a=g["agency"], y=yr(g["year"]), w=word(m)),
        "noise",
        "value",
        vexp(v, m),
        cells=refs(g, m),
    )

# 12 very short, scoped to the report
SHORT = {
    "rv": "复议几件",
    "new": "新收几件",
    "r1": "公开了几件",
    "cout": "结转几件",
    "ld": "起诉几件",
    "r7": "总计多少",
    "np": "个人申请几件",
}
for i in range(24):
    m = R.choice(sorted(SHORT))
    g, v = pick_report(m, new_share=0.5)
    if i % 2:
        add(f"{g['agency']}{yr(g['year'], 'short')}{SHORT[m]}", "very_short", "value", vexp(v, m), cells=refs(g, m))
    else:
        add(SHORT[m], "very_short", "value", vexp(v, m), scope=g["id"], cells=[c.split(":", 1)[1] for c in refs(g, m)])

# 13 demands on the answer at the end
DEM = ["只要数字", "给出处", "直接说数，不要解释", "请注明来源页", "一句话回答"]
for i in range(24):
    m = cm()
    g, v = pick_report(m)
    add(
        f"{g['agency']}{yr(g['year'])}{word(m)}多少？{DEM[i % len(DEM)]}",
        "demand",
        "value",
        vexp(v, m),
        cells=refs(g, m),
    )

# 14 narrative figures and problems, in the same forms
NARR = [
    (r"主动公开[^。；，]{0,14}?政府信息(\d+)条", "主动公开了多少条政府信息", "条"),
    (r"政策文件(\d+)条", "发了多少条政策文件", "条"),
    (r"政策解读(\d+)篇", "政策解读发了几篇", "篇"),
    (r"业务培训(\d+)(次|场)", "搞了几次业务培训", None),
]
narr = 0
for g in sorted([g for g in GOLDS if g["_text"] and unique(g)], key=lambda g: (g["_set"] != NEW_SET, R.random())):
    if narr >= 30:
        break
    pat, ask, unit = NARR[narr % len(NARR)]
    ms = list(re.finditer(pat, g["_text"]))
    if len(ms) != 1:
        continue
    mm = ms[0]
    form = ("preamble", "measure_first", "demand", "traditional", "pronoun")[narr % 5]
    a, y = g["agency"], yr(g["year"])
    q = {
        "preamble": f"领导让我查个数：{a}{y}{ask}？",
        "measure_first": f"{ask}，{a}，{y}",
        "demand": f"{a}{y}{ask}？给出处",
        "traditional": trad(f"{a}{y}{ask}？"),
        "pronoun": f"{a}{y}的年报里，他们{ask}？",
    }[form]
    add(q, form, "narrative", {"value": int(mm.group(1)), "unit": unit or mm.group(2)}, quote={g["id"]: mm.group(0)})
    narr += 1
HEAD_RE = re.compile(
    r"(存在的主要问题及改进情况|存在的主要问题和改进情况|问题及改进情况|问题和改进措施|问题及改进措施)(?!、)"
)


def first_problem(text: str) -> str | None:
    """The first problem the report names under its section 五 heading (one clause, verbatim)."""
    heads = list(HEAD_RE.finditer(text))
    if not heads:
        return None
    body = text[heads[-1].end() : heads[-1].end() + 300]
    for pat in (
        r"一是([^；;。，]{4,40})",
        r"但仍存在([^；;。，：:]{4,40})",
        r"^[^\u4e00-\u9fff]*([\u4e00-\u9fff][^；;。，]{5,40})",
    ):
        m = re.search(pat, body)
        if m and "取得" not in m.group(1) and "：" not in m.group(1) and not re.search(r"[\u2f00-\u2fdf]", m.group(1)):
            return m.group(1)
    return None


FIRST: dict[str, str] = {}
for g in GOLDS:
    c = first_problem(g["_text"]) if g["_text"] else None
    if c:
        FIRST[g["id"]] = c
CLAUSES = Counter(FIRST.values())
prob = 0
for g in sorted(
    [g for g in GOLDS if FIRST.get(g["id"]) and unique(g)],
    key=lambda g: (CLAUSES[FIRST[g["id"]]] > 1, g["_set"] != NEW_SET, R.random()),
):
    if prob >= 18:
        break
    clause = FIRST[g["id"]]
    if g["_text"].count(clause) != 1:
        continue
    a, y = g["agency"], yr(g["year"])
    form = ("pronoun", "traditional", "preamble", "demand", "measure_first", "email")[prob % 6]
    q = {
        "pronoun": f"{a}的{y}年报，它们自己说存在什么问题？",
        "traditional": trad(f"{a}{y}存在的主要问题有哪些"),
        "preamble": f"我是做课题的，关注基层政务公开的短板。{a}{y}的年报里承认了哪些问题？",
        "demand": f"{a}{y}信息公开工作有什么不足？原文引用给我",
        "measure_first": f"存在的问题，{a}，{y}",
        "email": EMAIL.format(a=a, y=y, w="所列存在的主要问题").replace("是多少？", "有哪些？"),
    }[form]
    add(
        q,
        form,
        "problems",
        {"contains": [clause]},
        quote={g["id"]: clause},
        style="formal" if form == "email" else "colloquial",
    )
    prob += 1

# 15 consistency (inconsistent from findings; consistent recomputed)
NUM = re.compile(r"add up to (\d+), 总计 is printed (\d+)|tot (\d+) ≠ (\d+)")
inc = 0
for g in sorted(
    [g for g in GOLDS if g["findings"] and unique(g) and g["tables_recoverable"]],
    key=lambda g: (g["_set"] != NEW_SET, R.random()),
):
    if inc >= 10:
        break
    vals: dict[str, Any] = {}
    ok = True
    for f in g["findings"]:
        mm = NUM.search(f["note"])
        if not mm or f["check"] not in ("H2", "H3", "H5"):
            ok = False
            break
        a_, b_ = (mm.group(1), mm.group(2)) if mm.group(1) else (mm.group(3), mm.group(4))
        vals[f"{f['check']}:{f['where']}"] = int(a_) if a_ == b_ else f"{a_}/{b_}"
    if not ok:
        continue
    q = (
        f"我是做审计的，{g['agency']}{yr(g['year'])}报告的表格数字加起来对得上吗？"
        if inc % 2
        else f"{g['agency']}{yr(g['year'])}年报的数有没有对不上的地方，给出处"
    )
    add(
        q,
        "preamble" if inc % 2 else "demand",
        "consistency",
        {"verdict": "inconsistent", "checks": sorted({f["check"] for f in g["findings"]}), "values": vals},
    )
    inc += 1
con = 0
for g in sorted(
    [g for g in CLEAN if all(isinstance(v, (int, float)) for v in g["t3"].values())],
    key=lambda g: (g["_set"] != NEW_SET, R.random()),
):
    if con >= 10:
        break
    t = g["t3"]
    if t["new.tot"] + t["carry_in.tot"] != t["r7.tot"] + t["carry_out.tot"] or any(
        g["t4"].get(k) is None for k in ("rv.tot", "ld.tot")
    ):
        continue
    add(
        ("现在是2025年，" if con % 2 else "")
        + f"{g['agency']}{yr(g['year'])}的申请表，收的加结转的跟办结的加结转下年的对得上吗？",
        "relative_year" if con % 2 else "plain_consistency",
        "consistency",
        {"verdict": "consistent", "checks": ["H1"], "values": {"t3.r7.tot": t["r7.tot"]}},
        cells=[f"{g['id']}:t3.r7.tot"],
    )
    con += 1

# 16 comparisons, changes, sums and ranks over a province × year


def province(region: str) -> str:
    """「江西省吉安市安福县」 → 「江西省」 (a 直辖市 → itself)."""
    m = re.match(r".+?(省|自治区|市)", region)
    return m.group(0) if m else region


PROV: dict[tuple[str, int], list[dict]] = defaultdict(list)
for g in GOLDS:
    PROV[(province(g["region"]), g["year"])].append(g)
cmp_n = 0
for key in sorted(PROV, key=lambda k: R.random()):
    gs = [g for g in PROV[key] if clean(g)]
    if cmp_n >= 14 or len(gs) < 2:
        continue
    a, b = R.sample(gs, 2)
    m = R.choice(["new", "r1", "r7"])
    va, vb = mval(a, m), mval(b, m)
    if va is None or vb is None or va == vb:
        continue
    top = a if va > vb else b
    q = (
        f"{a['agency']}和{b['agency']}，{key[1]}年哪个{word(m)}多？两家各多少"
        if cmp_n % 2
        else f"帮我比一下：{word(m)}，{a['agency']}对比{b['agency']}，{key[1]}年"
    )
    add(
        q,
        "compare_two_asks" if cmp_n % 2 else "measure_first",
        "compare",
        {"values": {a["id"]: va, b["id"]: vb}, "unit": "件", **({"order": [top["id"]]} if cmp_n % 2 else {})},
        cells=refs(a, m) + refs(b, m),
    )
    cmp_n += 1
chg = 0
for ag in sorted(YEARS_OF):
    gs = sorted([g for g in GOLDS if g["agency"] == ag and clean(g)], key=lambda g: g["year"])
    if len(gs) != 2 or gs[0]["year"] == gs[1]["year"]:
        continue
    e, late = gs
    m = "new"
    if mval(e, m) is None or mval(late, m) is None:
        continue
    d = mval(late, m) - mval(e, m)
    q = (
        f"现在是{late['year'] + 1}年。{ag}去年的新收申请比{e['year']}年多了还是少了，差几件？"
        if chg % 2
        else f"{ag}新收申请{e['year']}年到{late['year']}年变化多少？只要数字"
    )
    add(
        q,
        "relative_year" if chg % 2 else "demand",
        "change",
        {"value": d, "unit": "件"},
        cells=refs(e, m) + refs(late, m),
        calc=f"{{{late['id']}:t3.new.tot}}-{{{e['id']}:t3.new.tot}}",
    )
    chg += 1
sr = 0
for key in sorted(PROV, key=lambda k: (-len(PROV[k]), k)):
    gs = PROV[key]
    if sr >= 12 or len(gs) < 3 or len(gs) > 8 or not all(clean(g) and mval(g, "new") is not None for g in gs):
        continue
    vals = {g["id"]: mval(g, "new") for g in gs}
    if sr % 2:
        out_g = gs[sr % len(gs)]
        rest = [g for g in gs if g is not out_g]
        add(
            f"{key[0]}{key[1]}年库里的年报，除了{out_g['agency']}以外，其他几家新收申请加起来一共多少件？",
            "negation",
            "sum",
            {"value": sum(vals[g["id"]] for g in rest), "unit": "件"},
            cells=[f"{g['id']}:t3.new.tot" for g in rest],
        )
    else:
        if len(set(vals.values())) != len(vals):
            continue
        order = sorted(vals, key=lambda k: -vals[k])
        add(
            f"领导让我排个序：{key[0]}{key[1]}年的年报，新收申请从多到少",
            "preamble",
            "rank",
            {"values": vals, "unit": "件", "order": order},
            cells=[f"{g['id']}:t3.new.tot" for g in gs],
        )
    sr += 1

# 17 printed blank (zeros left blank, placeholder "")
blank = 0
for g in sorted(
    [g for g in GOLDS if g["template"] in ("GF2019", "GF2021") and unique(g) and g["tables_recoverable"]],
    key=lambda g: (g["_set"] != NEW_SET, R.random()),
):
    if blank >= 6:
        break
    for k, w in (
        ("t3.r2.tot", "部分公开"),
        ("t3.carry_out.tot", "结转下年度"),
        ("t3.r3_1.tot", "属于国家秘密不予公开"),
    ):
        if g["placeholders"].get(k) == "" and cell(g, k) is None:
            add(
                f"{g['agency']}{yr(g['year'])}表里{w}那一格是多少？只要数字",
                "demand",
                "value",
                {"blank": True},
                cells=[f"{g['id']}:{k}"],
            )
            blank += 1
            break

# 18 refusals
NOT_SAID = [
    ("经费", "信息公开工作经费花了多少", r"经费|预算"),
    ("人员", "有几个专职工作人员", r"专职|人员|工作人员"),
    ("访问", "网站访问量多少", r"访问|浏览"),
    ("满意", "群众满意度多少", r"满意"),
    ("发布会", "开了几场新闻发布会", r"发布会"),
    ("男女", "申请人里男的女的各多少", r"男|女性"),
]
ref_n = 0
for g in sorted([g for g in GOLDS if g["_text"] and unique(g)], key=lambda g: (g["_set"] != NEW_SET, R.random())):
    if ref_n >= 24:
        break
    tag, ask, pat = NOT_SAID[ref_n % len(NOT_SAID)]
    if re.search(pat, g["_text"]):
        continue
    form = ("preamble", "demand", "pronoun", "traditional")[ref_n % 4]
    a, y = g["agency"], yr(g["year"])
    q = {
        "preamble": f"我是做课题的，想了解一下{a}{y}{ask}？",
        "demand": f"{a}{y}{ask}？只要数字",
        "pronoun": f"{a}{y}年报里，这个单位{ask}？",
        "traditional": trad(f"{a}{y}{ask}？"),
    }[form]
    add(q, form, "unanswerable", {"refuse": True}, note=f"asked as narrative: the report does not say ({tag})")
    ref_n += 1
MORE_NOT_SAID = [
    ("微博", "政务微博粉丝有多少", r"微博"),
    ("热线", "12345热线接了多少个电话", r"12345|热线"),
    ("天数", "申请平均多少天答复", r"平均|天数|工作日"),
    ("经费", "信息公开经费", r"经费|预算"),
    ("人员", "how many staff", r"专职|人员|工作人员"),
]
ref2 = 0
for g in sorted([g for g in GOLDS if g["_text"] and unique(g)], key=lambda g: (g["_set"] == NEW_SET, R.random())):
    if ref2 >= 20:
        break
    tag, ask, pat = MORE_NOT_SAID[ref2 % len(MORE_NOT_SAID)]
    if re.search(pat, g["_text"]):
        continue
    a, y = g["agency"], yr(g["year"])
    form, q = {
        "微博": ("negation", f"{a}{y}除了网站以外，政务微博的粉丝有多少？"),
        "热线": ("approximate", f"{a}{y}12345热线接了多少个电话，大概多少就行"),
        "天数": ("very_short", "平均几天答复？"),
        "经费": ("approximate", f"{a}{y}信息公开经费大概多少钱？"),
        "人员": ("english", f"{a} {g['year']}: how many staff work on information disclosure?"),
    }[tag]
    if ref2 % 10 == 1:
        form, q = "english", f"How many Weibo followers did {a} have in {g['year']}?"
    if ref2 % 10 == 6:
        form, q = "english", f"{a} {y} budget for FOIA work 多少？"
    add(
        q,
        form,
        "unanswerable",
        {"refuse": True},
        scope=g["id"] if form == "very_short" else None,
        note=f"asked as narrative: the report does not say ({tag})",
    )
    ref2 += 1
tm = 0
for g in sorted(
    [g for g in GOLDS if unique(g) and g["tables_recoverable"] and g["_text"]],
    key=lambda g: (g["_set"] != NEW_SET, R.random()),
):
    if tm >= 14:
        break
    a, y = g["agency"], yr(g["year"])
    if g["template"] == "GF2021" and "集中采购" not in g["_text"]:
        add(
            f"{a}{y}政府集中采购项目数量多少？只要数字" if tm % 2 else f"政府集中采购金额，{a}，{y}",
            "demand" if tm % 2 else "measure_first",
            "unanswerable",
            {"refuse": True},
            note="asked as value: 政府集中采购 is a GF2019 cell; this report is GF2021",
        )
    elif g["template"] == "GF2019" and "废止" not in g["_text"] and "收费金额" not in g["_text"]:
        add(
            f"领导让我查个数：{a}{y}规范性文件本年废止了几件？" if tm % 2 else f"{a}{y}行政事业性收费金额多少万元",
            "preamble" if tm % 2 else "plain",
            "unanswerable",
            {"refuse": True},
            note="asked as value: a GF2021 cell; this report is GF2019",
        )
    else:
        continue
    tm += 1
leg = 0
for g in sorted(
    [g for g in GOLDS if g["template"] == "LEGACY" and unique(g) and g["_text"]],
    key=lambda g: (g["_set"] != NEW_SET, R.random()),
):
    if leg >= 8:
        break
    if "结转" in g["_text"]:
        continue
    add(
        f"{g['agency']}{yr(g['year'])}结转下年度继续办理的申请几件" + ("？给出处" if leg % 2 else ""),
        "demand" if leg % 2 else "plain",
        "unanswerable",
        {"refuse": True},
        note="asked as value: an old-format (LEGACY) report has no 结转 row",
    )
    leg += 1
FAKE = [
    "安福县教育体育局",
    "丹凤县人民政府",
    "株洲市人民政府",
    "玉林市公安局",
    "甘肃省卫生健康委员会",
    "武义县司法局",
    "于都县医疗保障局",
    "永新县教育体育局",
    "临泉县人民政府",
    "鲁山县卫生健康委员会",
    "江永县自然资源局",
    "赣州市教育局",
]
for i, a in enumerate(f for f in FAKE if not any(f in x or x in f for x in AGENCIES)):
    y = 2021 + i % 4
    q = (
        f"{a}{y}年行政复议案子几件？",
        f"我是记者，{a}{y}年新收申请多少件，给出处",
        trad(f"{a}{y}年新收申請多少件"),
        f"{a}的{y}年报，它们不予公开了几件",
    )[i % 4]
    add(
        q,
        ("synonym", "preamble", "traditional", "pronoun")[i % 4],
        "unanswerable",
        {"refuse": True},
        note="asked as value: the body is not in the store",
    )
yrs = 0
for g in sorted([g for g in CLEAN], key=lambda g: (g["_set"] != NEW_SET, R.random())):
    if yrs >= 10:
        break
    y = g["year"] + (3 if yrs % 2 else -3)
    if y in YEARS_OF[g["agency"]] or y > 2025 or y < 2017:
        continue
    add(
        (f"新收申请几件，{g['agency']}，{yr(y, 'short')}" if yrs % 2 else fullwidth(f"{g['agency']}{y}年复议几件？")),
        "measure_first" if yrs % 2 else "fullwidth",
        "unanswerable",
        {"refuse": True},
        note=f"asked as value: {g['agency']} {y} is not in the store",
    )
    yrs += 1


# ---------------------------------------------------------------- check and write
def check(it: dict) -> None:
    """Re-derive every expected number from the gold (calc or cell sum) and every quote from the text."""
    exp = it["expect"]
    scope = it["scope"].get("report")

    def cv(ref: str):
        rid, _, key = ref.rpartition(":")
        return cell(BY_ID[rid or scope], key)

    def ev(expr: str) -> float:
        return eval(re.sub(r"\{([^}]+)\}", lambda m: repr(cv(m.group(1))), expr))  # noqa: S307 - our own literals

    if "value" in exp and it["intent"] != "narrative":
        got = ev(it["calc"]) if it.get("calc") else sum(cv(c) for c in it["cells"])
        assert abs(got - exp["value"]) < 1e-6, it
    if it["intent"] == "list":
        for k, e in it["calc"].items():
            assert abs(ev(e) - exp["values"][k]) < 1e-6, it
    if it["intent"] in ("compare", "rank"):
        for rid, v in exp["values"].items():
            assert mval(BY_ID[rid], "new") == v or any(mval(BY_ID[rid], m) == v for m in MEAS), it
    for rid, qt in (it.get("source_quote") or {}).items():
        assert qt in BY_ID[rid]["_text"], it
    if "contains" in exp:
        rid = next(iter(it["source_quote"]))
        assert all(s in BY_ID[rid]["_text"] for s in exp["contains"]), it


seen: set[str] = set()  # a question asked twice of the same scope is kept once
out = []
for it in ITEMS:
    key = it["q"] + "|" + json.dumps(it["scope"])
    if key in seen:
        continue
    seen.add(key)
    check(it)
    it = {"id": f"p{len(out) + 1:04d}", **it}
    out.append(it)
(HERE / "blindp.jsonl").write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in out), "utf-8")


def reads_new(it: dict) -> bool:
    ids = {it["scope"].get("report")} | {c.rpartition(":")[0] for c in it.get("cells", [])}
    ids |= set(it["expect"].get("values", {})) | set(it.get("source_quote") or {})
    return any(i in BY_ID and BY_ID[i]["_set"] == NEW_SET for i in ids) or any(
        g["agency"] in it["q"] for g in GOLDS if g["_set"] == NEW_SET and it["expect"].get("refuse")
    )


if __name__ == "__main__":
    ref = sum(bool(it["expect"].get("refuse")) for it in out)
    print(
        f"{len(out)} questions; refuse {ref} ({100 * ref / len(out):.1f} %); reads wild15 {sum(map(reads_new, out))}",
        file=sys.stderr,
    )
    print(
        "forms: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(it["form"] for it in out).items())), file=sys.stderr
    )
    print(
        "intents: " + ", ".join(f"{k} {v}" for k, v in sorted(Counter(it["intent"] for it in out).items())),
        file=sys.stderr,
    )
