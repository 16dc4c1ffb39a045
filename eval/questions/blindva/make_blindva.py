"""Blind held-out bank `blindva`: mixed-kind chains, a chosen report and another body, corpus-wide questions.

    PYTHONPATH=. python eval/questions/blindva/make_blindva.py    # rewrites blindva.jsonl (same bytes every run)

Written from the wild sets' gold and the reports' own text only (see README.md)."""

from __future__ import annotations

import glob
import html
import json
import random
import re
import subprocess
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 23))]
R = random.Random(20261206)

GOLD: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for p in sorted(glob.glob(str(EVAL / s / "gold" / "*.json"))):
        g = json.loads(Path(p).read_text(encoding="utf-8"))
        GOLD[g["id"]] = g
        SET_OF[g["id"]] = s
IDS = sorted(GOLD)
AY = defaultdict(list)
for i in IDS:
    AY[(GOLD[i]["agency"], GOLD[i]["year"])].append(i)
AGENCIES = sorted({g["agency"] for g in GOLD.values()})


def ok_report(i: str) -> bool:
    g = GOLD[i]
    return (
        g["template"] in ("GF2019", "GF2021")
        and g.get("tables_recoverable")
        and not g["findings"]
        and len(AY[(g["agency"], g["year"])]) == 1
    )


def cell(i: str, key: str):
    t, _, k = key.partition(".")
    return (GOLD[i].get(t) or {}).get(k)


# measure -> (cells, unit, names)
SUB = lambda row, n: [f"t3.{row}_{j}.tot" for j in range(1, n + 1)]  # noqa: E731
MEAS = {
    "new": (["t3.new.tot"], "件", ["新收了多少件申请", "收到多少依申请公开", "本年新收的信息公开申请有几件", "接了几个公开申请"]),
    "r7": (["t3.r7.tot"], "件", ["办理结果总计多少件", "一共办了多少件", "处理完的申请总计几件"]),
    "r1": (["t3.r1.tot"], "件", ["予以公开多少件", "同意公开的有几件", "全部公开了几件"]),
    "r2": (["t3.r2.tot"], "件", ["部分公开多少件", "部分公开的有几个"]),
    "r3": (SUB("r3", 8), "件", ["不予公开一共多少件", "不予公开的有几件"]),
    "r4": (SUB("r4", 3), "件", ["无法提供的有多少件", "无法提供一共几件"]),
    "r5": (SUB("r5", 5), "件", ["不予处理的有几件", "不予处理多少件"]),
    "carry_in": (["t3.carry_in.tot"], "件", ["上年结转过来几件", "上年结转的申请有多少"]),
    "carry_out": (["t3.carry_out.tot"], "件", ["结转下年度继续办理的有几件", "结转到下一年的有多少"]),
    "rv": (["t4.rv.tot"], "件", ["行政复议总共几件", "被申请行政复议多少次", "复议有几起"]),
    "ld": (["t4.ld.tot"], "件", ["未经复议直接起诉的行政诉讼几件", "直接被起诉了几件"]),
    "lit": (["t4.ld.tot", "t4.lr.tot"], "件", ["行政诉讼一共几件", "被告了几次（行政诉讼合计）"]),
    "license": (["t2.license.decisions"], None, ["行政许可处理决定数量是多少", "行政许可决定有多少"]),
    "penalty": (["t2.penalty.decisions"], None, ["行政处罚决定多少", "行政处罚的决定数量"]),
}
SHORT_M = {"new": "新收", "r7": "办理结果总计", "r1": "予以公开", "r3": "不予公开", "rv": "行政复议", "lit": "行政诉讼",
           "r4": "无法提供", "carry_out": "结转下年", "r2": "部分公开", "r5": "不予处理", "carry_in": "上年结转",
           "ld": "直接起诉", "license": "行政许可", "penalty": "行政处罚"}


def mval(i: str, m: str):
    vals = [cell(i, c) for c in MEAS[m][0]]
    if any(not isinstance(v, (int, float)) or isinstance(v, bool) for v in vals):
        return None
    return sum(vals)


# ---------------------------------------------------------------- text
_TEXT: dict[str, str | None] = {}


def _decode(b: bytes) -> str:
    for enc in ("utf-8", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("utf-8", "ignore")


def text(i: str) -> str | None:
    """The report's text, squashed (no whitespace, no markup), or None where this script cannot read the format."""
    if i in _TEXT:
        return _TEXT[i]
    g = GOLD[i]
    p = EVAL / SET_OF[i] / g["file"]
    t = None
    try:
        suf = p.suffix.lower()
        if suf == ".pdf":
            t = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, check=True).stdout.decode(
                "utf-8", "ignore"
            )
        elif suf in (".docx", ".docm"):
            with zipfile.ZipFile(p) as z:
                t = re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8"))
        elif suf in (".html", ".htm", ".txt", ".md", ".markdown"):
            raw = _decode(p.read_bytes())
            raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", raw)
            t = html.unescape(re.sub(r"<[^>]+>", "", raw))
    except Exception:  # noqa: BLE001
        t = None
    if t is not None:
        t = re.sub(r"\s+", "", t)
        if "政府信息公开" not in t or len(t) < 800:
            t = None
    _TEXT[i] = t
    return t


NARR = {
    "active": (r"主动公开[^，。；、\d]{0,10}?(\d+)条", "条", ["主动公开了多少条信息", "主动公开多少条", "主动公开信息几条"]),
    "interp": (r"政策解读(?:信息|稿件|文章|材料)?(?:共计|共)?(\d+)(篇|条|件)", None, ["其中政策解读呢", "政策解读发了多少", "那政策解读有几篇"]),
    "train": (r"(?:开展|组织|举办)[^，。；]{0,12}培训(?:会|活动)?(\d+)(次|场|期)", None, ["搞了几次培训", "培训组织了几次"]),
}


def narr(i: str, k: str):
    t = text(i)
    if not t:
        return None
    ms = list(re.finditer(NARR[k][0], t))
    if len(ms) != 1:
        return None
    m = ms[0]
    unit = NARR[k][1] or m.group(2)
    return int(m.group(1)), unit, m.group(0)


_ALL: list[str] = []


def problem(i: str, measure: bool = False):
    """A clause of section 五: the first 「一是…」 after the last 「存在的(主要)问题」 (a problem), or the first after
    「改进措施/下一步」 there (a measure); 12 characters, once in the report. A clause no other report's text has is
    preferred (most generated reports share one boilerplate section 五)."""
    t = text(i)
    if not t:
        return None
    if not _ALL:
        _ALL.extend(x for x in (text(j) for j in IDS) if x)
    pos = max(t.rfind("存在的主要问题"), t.rfind("存在的问题"))
    if pos < 0:
        return None
    sec = t[pos : pos + 1500]
    cut = re.search(r"改进措施|改进情况|下一步|整改措施", sec[6:])
    if measure:
        if not cut:
            return None
        sec = sec[6 + cut.start() :]
    elif cut:
        sec = sec[: 6 + cut.start()]
    cands = []
    for m in re.finditer(r"[一二三四五]是[，,：:]?([\u4e00-\u9fff]{8,14})", sec):
        frag = m.group(1)[:12]
        if t.count(frag) == 1:
            cands.append(frag)
    if not cands:
        return None
    uniq = [f for f in cands if sum(f in x for x in _ALL) == 1]
    return (uniq or cands)[0]


REFUSE_TOPICS = [  # (question, words that must NOT occur in the report)
    ("信息公开工作花了多少经费", ["经费", "预算", "万元"]),
    ("有几个专职工作人员", ["专职", "工作人员"]),
    ("申请人满意度是多少", ["满意度", "满意率"]),
    ("平均多少天答复一件申请", ["平均", "天内", "个工作日"]),
    ("网站访问量有多少", ["访问量", "浏览量", "点击量"]),
    ("申请人里男的女的各多少", ["性别", "男性", "女性"]),
]


def refusal_topic(i: str):
    t = text(i)
    if not t:
        return None
    opts = [(q, w) for q, w in REFUSE_TOPICS if not any(x in t for x in w)]
    return R.choice(opts) if opts else None


# ---------------------------------------------------------------- names, years, dress
def _short(a: str) -> str | None:
    s = a.replace("人民政府", "政府").replace("市场监督管理局", "市场监管局").replace("卫生健康局", "卫健局")
    s = s.replace("人力资源和社会保障局", "人社局").replace("发展和改革委员会", "发改委").replace("自然资源局", "自规局")
    m = re.match(r"^(?:.{2,3}[省市州])?(.{2,4}[区县市](?:.+))$", s)
    if m and m.group(1) != s and len(m.group(1)) > 3:
        s = m.group(1)
    if s == a:
        return None
    if any(s in b and b != a for b in AGENCIES):
        return None
    return s


def name(i: str, abbr: bool = False):
    a = GOLD[i]["agency"]
    if abbr:
        s = _short(a)
        if s:
            return s, True
    return a, False


CN = "〇一二三四五六七八九"


def year(y: int, mode: str) -> str:
    if mode == "2d":
        return f"{y % 100}年"
    if mode == "cn":
        return "".join(CN[int(c)] for c in str(y)) + "年"
    if mode == "du":
        return f"{y}年度"
    return f"{y}年"


def ymode() -> str:
    return R.choices(["full", "2d", "cn", "du"], [60, 20, 8, 12])[0]


TYPO = [("申请", "申清"), ("复议", "复意"), ("诉讼", "诉颂"), ("多少", "多小"), ("结转", "节转"), ("政策", "正策"),
        ("培训", "陪训"), ("公开", "公凯"), ("处理", "出理")]
TRAD = str.maketrans("开们这个办结数复议诉讼请处门为总计发条几问题没报说县区乡镇么实对应务与过农业卫健监场单让关问应转续经费务员满访问处讯",
                     "開們這個辦結數復議訴訟請處門為總計發條幾問題沒報說縣區鄉鎮麼實對應務與過農業衛健監場單讓關問應轉續經費務員滿訪問處訊")


def dress(q: str, kind_weights=(70, 12, 10, 8)) -> tuple[str, str]:
    ph = R.choices(["plain", "voice", "typo", "trad"], kind_weights)[0]
    if ph == "voice":
        q = re.sub(r"[，。？！、,?!（）()「」：:]", " ", q)
        q = re.sub(r"\s+", " ", q).strip()
        q = R.choice(["", "嗯 ", "那个 ", "我想问下 "]) + q + R.choice(["", " 啊", " 呢", " 来着"])
    elif ph == "typo":
        hits = [(a, b) for a, b in TYPO if a in q]
        if hits:
            a, b = R.choice(hits)
            q = q.replace(a, b, 1)
        else:
            ph = "plain"
    elif ph == "trad":
        q = q.translate(TRAD)
    return q, ph


FILL = ["", "", "嗯 ", "好的 那", "ok 再问下 ", "那", "哦 ", "行 "]


# ---------------------------------------------------------------- pools
POOL = [i for i in IDS if ok_report(i)]
BYSET = defaultdict(list)
for i in POOL:
    BYSET[SET_OF[i]].append(i)


def pick(pred=lambda i: True) -> str | None:
    """A report, wild22 ~15 %, wild21 ~10 %, the rest over the other sets."""
    for _ in range(200):
        r = R.random()
        s = "wild22" if r < 0.16 else "wild21" if r < 0.31 else R.choice(SETS[:-2])
        c = [i for i in BYSET[s] if pred(i)]
        if c:
            return R.choice(c)
    return None


ITEMS: list[dict] = []
USED_Q: set[str] = set()


def sets_of(ids) -> list[str]:
    return sorted({SET_OF[i] for i in ids})


def add(q, intent, expect, *, scope=None, cells=(), calc=None, quote=None, persona, kind, phrasing, style=None,
        previous=None, chain=None, note="", read=()):
    it = {"id": "", "q": q, "scope": {"report": scope} if scope else {}}
    if previous:
        it["previous"] = list(previous)
    it |= {"intent": intent, "style": style or "colloquial", "expect": expect, "cells": list(cells)}
    if calc is not None:
        it["calc"] = calc
    if quote is not None:
        it["source_quote"] = quote
    it |= {"note": note, "persona": persona, "kind": kind, "phrasing": phrasing,
           "sets": sets_of([x for x in [scope, *read] if x])}
    if chain:
        it["chain"] = chain
    ITEMS.append(it)
    return it


def ref(i, scope, key):
    return key if i == scope else f"{i}:{key}"


PERSONAS = ["officer", "applicant", "reporter", "assessor", "councillor", "analyst", "clerk", "lawyer"]
PW = [22, 15, 13, 12, 10, 10, 9, 9]


def persona():
    return R.choices(PERSONAS, PW)[0]


# ================================================================ A. chains mixing kinds
chain_no = 0


def chain_run(turns, scope, per, cid):
    """turns: list of (q, intent, expect, cells, calc, quote, kind, read); each becomes an item with previous."""
    asked = []
    for q, intent, expect, cells, calc, quote, kind, read in turns:
        qq, ph = dress(q, (72, 14, 8, 6))
        if qq in USED_Q:
            qq = qq + R.choice(["", "？", "。"])
        add(qq, intent, expect, scope=scope, cells=cells, calc=calc, quote=quote, persona=per, kind=kind, phrasing=ph,
            previous=asked[:] or None, chain=cid, read=read, style="abbreviated" if getattr(chain_run, "abbr", False) and not asked else None)
        asked.append(qq)


def who(i, scoped):
    if scoped:
        return R.choice(["", "我们", "今年", "本年度"])
    n, ab = name(i, R.random() < 0.3)
    chain_run.abbr = ab
    return n + year(GOLD[i]["year"], ymode())


A_TARGET = 92
guard = 0
while sum(1 for x in ITEMS if x.get("chain", "").startswith("A")) < A_TARGET and guard < 2000:
    guard += 1
    typ = R.choice(["narr_table", "measures", "problem_then", "sub_sum"])
    i = pick()
    if not i:
        continue
    scoped = R.random() < 0.45
    chain_run.abbr = False
    head = who(i, scoped)
    scope = i if scoped else None
    per = persona()
    cid = f"A{chain_no:03d}"
    turns = []
    nv = lambda m: (mval(i, m), MEAS[m][0])  # noqa: E731
    if typ == "narr_table":
        a = narr(i, "active")
        new, cn = nv("new")
        r1, c1 = nv("r1")
        if not a or new is None or r1 is None or new == 0:
            continue
        turns.append((f"{head}{R.choice(NARR['active'][2])}", "narrative", {"value": a[0], "unit": a[1]}, [], None,
                      a[2] if scoped else {i: a[2]}, "narrative figure", [i]))
        b = narr(i, "interp")
        if b:
            turns.append((R.choice(NARR["interp"][2]), "narrative", {"value": b[0], "unit": b[1]}, [], None,
                          b[2] if scoped else {i: b[2]}, "narrative figure", [i]))
        turns.append((R.choice(FILL) + "那依申请公开收到多少件", "value", {"value": new, "unit": "件"}, cn, None, None, "one figure", [i]))
        turns.append((R.choice(["予以公开呢", "其中同意公开的几件", "全部公开了多少"]), "value", {"value": r1, "unit": "件"}, c1, None, None, "one figure", [i]))
        turns.append((R.choice(["予以公开占新收的比例是多少", "那予以公开率多少", "占比呢 予以公开除以新收"]), "share",
                      {"value": round(100 * r1 / new, 2), "unit": "%", "tol": 0.05}, c1 + cn,
                      f"100*{{{c1[0]}}}/{{{cn[0]}}}", None, "share in a chain", [i]))
    elif typ == "measures":
        new, cn = nv("new")
        r7, c7 = nv("r7")
        rv, cv = nv("rv")
        if new is None or r7 is None or rv is None or new == 0:
            continue
        turns.append((f"{head}{R.choice(MEAS['new'][2])}", "value", {"value": new, "unit": "件"}, cn, None, None, "one figure", [i]))
        turns.append((R.choice(["办结多少", "办理结果总计呢", "处理了多少件"]), "value", {"value": r7, "unit": "件"}, c7, None, None, "one figure", [i]))
        turns.append((R.choice(["办结占新收的比例", "那办结率（办理结果总计除以新收）是多少", "处理的占收到的百分之几"]), "share",
                      {"value": round(100 * r7 / new, 2), "unit": "%", "tol": 0.05}, c7 + cn, f"100*{{{c7[0]}}}/{{{cn[0]}}}",
                      None, "share in a chain", [i]))
        turns.append((R.choice(FILL) + R.choice(["复议呢", "行政复议有几件", "被复议了多少"]), "value", {"value": rv, "unit": "件"}, cv, None, None, "one figure", [i]))
        rt = refusal_topic(i)
        if rt and R.random() < 0.5:
            turns.append((R.choice(["那", "最后问下 ", ""]) + rt[0], "unanswerable", {"refuse": True}, [], None, None, "not in the report", [i]))
    elif typ == "problem_then":
        fr = problem(i)
        new, cn = nv("new")
        if not fr or new is None:
            continue
        t = text(i)
        turns.append((f"{head}{R.choice(['存在哪些问题', '年报里说的主要问题是什么', '工作中还有啥不足'])}", "problems",
                      {"contains": [fr]}, [], None, fr if scoped else {i: fr}, "problems", [i]))
        turns.append((R.choice(FILL) + R.choice(["那他们新收了几件申请", "依申请公开收到多少", "申请收了多少件"]), "value",
                      {"value": new, "unit": "件"}, cn, None, None, "one figure", [i]))
        prev = AY.get((GOLD[i]["agency"], GOLD[i]["year"] - 1), [])
        if prev and ok_report(prev[0]) and mval(prev[0], "new") is not None:
            p = prev[0]
            pv = mval(p, "new")
            turns.append((R.choice(["比去年多还是少", "跟上一年比变化多少", "较上年增减多少"]), "change",
                          {"value": new - pv, "unit": "件"}, [*cn, f"{p}:t3.new.tot"] if scoped else [f"{i}:t3.new.tot", f"{p}:t3.new.tot"],
                          f"{{{ref(i, scope, 't3.new.tot')}}}-{{{p}:t3.new.tot}}", None, "year-over-year in a chain", [i, p]))
            if not scoped:
                turns[-2] = turns[-2][:3] + ([f"{i}:t3.new.tot"],) + turns[-2][4:]
        elif (
            not prev
            and t
            and not re.search(rf"上年|去年|同比|上一年|较{GOLD[i]['year'] - 1}|{GOLD[i]['year'] - 1}年", t)
        ):
            turns.append((R.choice(["那去年是多少", "上一年度呢"]), "unanswerable", {"refuse": True}, [], None, None,
                          "previous year not in the store", [i]))
        if len(turns) == 2:
            rv, cv = nv("rv")
            if rv is not None:
                turns.append((R.choice(["复议呢", "那行政复议几件"]), "value", {"value": rv, "unit": "件"}, cv, None, None,
                              "one figure", [i]))
            rt = refusal_topic(i)
            if rt:
                turns.append((R.choice(FILL) + rt[0], "unanswerable", {"refuse": True}, [], None, None, "not in the report", [i]))
    else:  # sub_sum
        r3, c3 = nv("r3")
        r4, c4 = nv("r4")
        if r3 is None or r4 is None:
            continue
        turns.append((f"{head}{R.choice(MEAS['r3'][2])}", "value", {"value": r3, "unit": "件"}, c3, None, None, "subtotal", [i]))
        turns.append((R.choice(["无法提供呢", "那无法提供的", "无法提供有几件"]), "value", {"value": r4, "unit": "件"}, c4, None, None, "subtotal", [i]))
        turns.append((R.choice(["两个加起来", "这俩合计多少", "加一起是多少"]), "sum", {"value": r3 + r4, "unit": "件"}, c3 + c4,
                      None, None, "sum in a chain", [i]))
        rt = refusal_topic(i)
        if rt:
            turns.append((R.choice(FILL) + rt[0], "unanswerable", {"refuse": True}, [], None, None, "not in the report", [i]))
    if len(turns) < 3:
        continue
    if not scoped:  # whole store: cells carry the report id
        fixed = []
        for tq in turns:
            cells = [c if ":" in c else f"{i}:{c}" for c in tq[3]]
            calc = tq[4]
            if calc:
                calc = re.sub(r"\{(t[234]\.[^}]+)\}", lambda m: "{" + f"{i}:{m.group(1)}" + "}", calc)
            fixed.append((tq[0], tq[1], tq[2], cells, calc, *tq[5:]))
        turns = fixed
    chain_run(turns, scope, per, cid)
    chain_no += 1

# ================================================================ B. a chosen report and another body
prov = lambda i: GOLD[i]["region"][:3]  # noqa: E731


def partner(i, dy=0, same_level=True):
    c = [j for j in POOL if j != i and prov(j) == prov(i) and GOLD[j]["year"] == GOLD[i]["year"] + dy
         and GOLD[j]["agency"] != GOLD[i]["agency"] and (not same_level or GOLD[j]["level"] == GOLD[i]["level"])]
    c = c or [j for j in POOL if j != i and prov(j) == prov(i) and GOLD[j]["year"] == GOLD[i]["year"] + dy
              and GOLD[j]["agency"] != GOLD[i]["agency"]]
    return R.choice(c) if c else None


B_TARGET = 76
bno = 0
guard = 0
while sum(1 for x in ITEMS if x["kind"].startswith("B:")) < B_TARGET and guard < 3000:
    guard += 1
    i = pick()
    typ = R.choice(["cmp", "cmp", "named", "cmp_lastyear", "chain_other", "chain_other", "missing"])
    per = persona()
    if typ in ("cmp", "cmp_lastyear"):
        j = partner(i, -1 if typ == "cmp_lastyear" else 0)
        m = R.choice(["new", "new", "r1", "rv", "r7", "lit", "r3"])
        if not j:
            continue
        a, b = mval(i, m), mval(j, m)
        if a is None or b is None or a == b:
            continue
        nj, ab = name(j, R.random() < 0.4)
        top = i if a > b else j
        if typ == "cmp":
            q = R.choice([f"我们和{nj}比谁的{SHORT_M[m]}多", f"这家跟{nj}相比{SHORT_M[m]}哪个多", f"{SHORT_M[m]}我们和{nj}谁更多"])
        else:
            q = R.choice([f"这家和去年的{nj}比，{SHORT_M[m]}谁多", f"拿我们今年的{SHORT_M[m]}跟{nj}去年的比哪个多"])
        q, ph = dress(q)
        add(q, "compare", {"values": {i: a, j: b}, "unit": MEAS[m][1], "order": [top]}, scope=i,
            cells=[*MEAS[m][0], *(f"{j}:{c}" for c in MEAS[m][0])], persona=per, kind="B:compare with another body",
            phrasing=ph, style="abbreviated" if ab else None, read=[j],
            note=f"{GOLD[i]['agency']} {GOLD[i]['year']} vs {GOLD[j]['agency']} {GOLD[j]['year']}")
    elif typ == "named":
        j = partner(i, R.choice([0, 0, -1]), same_level=False)
        m = R.choice(list(MEAS))
        if not j or mval(j, m) is None:
            continue
        nj, ab = name(j, R.random() < 0.4)
        q, ph = dress(f"{R.choice(['顺便问下', '', '另外'])}{nj}{year(GOLD[j]['year'], ymode())}{R.choice(MEAS[m][2])}")
        add(q, "value", {"value": mval(j, m), "unit": MEAS[m][1]}, scope=i, cells=[f"{j}:{c}" for c in MEAS[m][0]],
            persona=per, kind="B:another body named", phrasing=ph, style="abbreviated" if ab else None, read=[j],
            note="asked while another report is open; the body and year named win")
    elif typ == "chain_other":
        j = partner(i, 0)
        m = R.choice(["new", "new", "r1", "rv", "r3", "r7"])
        if not j:
            continue
        a, b = mval(i, m), mval(j, m)
        if a is None or b is None:
            continue
        nj, ab = name(j, R.random() < 0.5)
        cid = f"B{bno:03d}"
        bno += 1
        t1, p1 = dress(R.choice(["今年", "我们", "本年度", ""]) + R.choice(MEAS[m][2]), (80, 10, 5, 5))
        add(t1, "value", {"value": a, "unit": MEAS[m][1]}, scope=i, cells=MEAS[m][0], persona=per, kind="B:chain on the chosen report",
            phrasing=p1, chain=cid)
        t2, p2 = dress(R.choice(FILL) + R.choice([f"{nj}的呢", f"那{nj}呢", f"{nj}同期多少"]), (75, 15, 5, 5))
        add(t2, "value", {"value": b, "unit": MEAS[m][1]}, scope=i, cells=[f"{j}:{c}" for c in MEAS[m][0]], persona=per,
            kind="B:chain to another body", phrasing=p2, previous=[t1], chain=cid, style="abbreviated" if ab else None, read=[j],
            note="the chosen report's year")
        r3 = R.random()
        if r3 < 0.45:
            t3, p3 = dress(R.choice(["两家加起来多少", "合计呢", "加一块多少"]), (80, 15, 5, 0))
            add(t3, "sum", {"value": a + b, "unit": MEAS[m][1]}, scope=i, cells=[*MEAS[m][0], *(f"{j}:{c}" for c in MEAS[m][0])],
                persona=per, kind="B:chain sum of two bodies", phrasing=p3, previous=[t1, t2], chain=cid, read=[j])
        elif a != b:
            t3, p3 = dress(R.choice(["谁多", "我们和他们比谁多", "哪家多"]), (80, 15, 5, 0))
            add(t3, "compare", {"values": {i: a, j: b}, "unit": MEAS[m][1], "order": [i if a > b else j]}, scope=i,
                cells=[*MEAS[m][0], *(f"{j}:{c}" for c in MEAS[m][0])], persona=per, kind="B:chain compare",
                phrasing=p3, previous=[t1, t2], chain=cid, read=[j])
        # back to the chosen report with another measure
        if R.random() < 0.5:
            m2 = R.choice([x for x in ("rv", "r1", "carry_out", "lit") if x != m])
            v2 = mval(i, m2)
            if v2 is not None:
                prevs = [x["q"] for x in ITEMS if x.get("chain") == cid]
                t4, p4 = dress(R.choice(["回到我们自己，", "说回本单位 ", "我们的"]) + R.choice(MEAS[m2][2]), (80, 10, 5, 5))
                add(t4, "value", {"value": v2, "unit": MEAS[m2][1]}, scope=i, cells=MEAS[m2][0], persona=per,
                    kind="B:chain back to the chosen report", phrasing=p4, previous=prevs, chain=cid)
    else:  # missing: the other body in the chosen report's year is not held
        j = partner(i, -1) or partner(i, 1)
        if not j:
            continue
        a = GOLD[j]["agency"]
        if AY.get((a, GOLD[i]["year"])):
            continue
        m = R.choice(["new", "r1", "rv"])
        if mval(i, m) is None:
            continue
        cid = f"B{bno:03d}"
        bno += 1
        t1, p1 = dress(R.choice(["今年", "我们"]) + R.choice(MEAS[m][2]))
        add(t1, "value", {"value": mval(i, m), "unit": MEAS[m][1]}, scope=i, cells=MEAS[m][0], persona=per,
            kind="B:chain on the chosen report", phrasing=p1, chain=cid)
        t2, p2 = dress(R.choice(FILL) + R.choice([f"{a}同一年的呢", f"那{a}呢 同年的"]))
        add(t2, "unanswerable", {"refuse": True}, scope=i, persona=per, kind="B:other body's year not in the store",
            phrasing=p2, previous=[t1], chain=cid, note=f"asked as value: {a} {GOLD[i]['year']} not in the store (held: {GOLD[j]['year']})")

# ================================================================ C. corpus-wide over a place or kind
LEVEL_NAMES = {"县级政府": ["县区政府", "县级政府", "县（市、区）政府"], "乡镇": ["乡镇", "乡镇政府"], "县级部门": ["县直部门", "县级部门"],
               "市级部门": ["市直部门"], "省级部门": ["省直部门", "省级部门"]}
DEPTS = {"市场监督管理局": ["市场监管局"], "教育局": ["教育局"], "卫生健康局": ["卫健局"], "自然资源局": ["自然资源局"],
         "农业农村局": ["农业农村局"], "司法局": ["司法局"], "交通运输局": ["交通局", "交通运输局"]}


def group_ok(members, m):
    return all(GOLD[x]["template"] != "LEGACY" and ok_report(x) and mval(x, m) is not None for x in members)


groups = []
by = defaultdict(list)
for i in IDS:
    g = GOLD[i]
    by[("prov", g["region"][:3], g["level"], g["year"])].append(i)
    for d in DEPTS:
        if g["agency"].endswith(d):
            by[("dept", d, None, g["year"])].append(i)
for key in sorted(by, key=str):
    if 3 <= len(by[key]) <= 12 and (key[0] == "dept" or key[2] in LEVEL_NAMES):
        groups.append((key, sorted(by[key])))
R.shuffle(groups)
C_TARGET = 62
cno = 0
for key, mem in groups * 3:
    if sum(1 for x in ITEMS if x["kind"].startswith("C:")) >= C_TARGET:
        break
    kindq = R.choice(["rank", "rank", "avg", "which0", "sum", "list"])
    m = {"rank": R.choice(["new", "new", "r1", "rv"]), "avg": "new", "which0": "new", "sum": R.choice(["new", "rv"]),
         "list": R.choice(["new", "rv", "r1"])}[kindq]
    if not group_ok(mem, m):
        continue
    src, place, lev, y = key
    if src == "prov":
        where = place if place.endswith("省") else {"广西壮": "广西", "内蒙古": "内蒙古", "新疆维": "新疆", "宁夏回": "宁夏",
                                                 "西藏自": "西藏"}.get(place, place)
        if not where.endswith("省"):
            where = where
        what = R.choice(LEVEL_NAMES[lev])
    else:
        where = R.choice(["", "库里", "所有"])
        what = R.choice(DEPTS[place])
    ys = year(y, R.choice(["full", "full", "2d"]))
    vals = {x: mval(x, m) for x in mem}
    cells = [f"{x}:{c}" for x in mem for c in MEAS[m][0]]
    sig = (key, kindq)
    if any(it.get("_sig") == sig for it in ITEMS):
        continue
    per = R.choice(["assessor", "reporter", "analyst", "councillor", "officer"])
    if kindq == "rank":
        top = max(vals.values())
        if list(vals.values()).count(top) > 1:
            continue
        q = R.choice([f"{where}{ys}的{what}里谁{SHORT_M[m]}最多", f"{ys}{where}各{what}{SHORT_M[m]}哪家最多",
                      f"{where}{what}{ys}{SHORT_M[m]}排第一的是谁"])
        exp = {"values": vals, "unit": "件", "order": [max(vals, key=vals.get)]}
        intent = "rank"
        calc = None
    elif kindq == "avg":
        q = R.choice([f"{where}各{what}{ys}平均新收多少件申请", f"{ys}{where}{what}平均每家收到几件申请"])
        exp = {"value": round(sum(vals.values()) / len(vals), 2), "unit": "件", "tol": 0.05}
        intent = "ratio"
        calc = "(" + "+".join("{" + c + "}" for c in cells) + f")/{len(mem)}"
    elif kindq == "which0":
        zero = sorted(x for x, v in vals.items() if v == 0)
        if not zero or len(zero) == len(mem):
            continue
        q = R.choice([f"{where}{ys}哪些{what}没有收到申请", f"{ys}{where}{what}里面零申请的有哪些"])
        exp = {"reports": zero}
        intent = "which_reports"
        calc = None
    elif kindq == "sum":
        q = R.choice([f"{where}{ys}{what}合计{SHORT_M[m]}多少件", f"把{where}{what}{ys}的{SHORT_M[m]}加起来是多少"])
        exp = {"value": sum(vals.values()), "unit": "件"}
        intent = "sum"
        calc = None
    else:
        q = R.choice([f"列一下{where}{ys}各{what}的{SHORT_M[m]}数", f"{where}{what}{ys}{SHORT_M[m]}分别是多少"])
        exp = {"values": vals, "unit": "件"}
        intent = "list"
        calc = None
    q, ph = dress(q, (75, 15, 5, 5))
    it = add(q, intent, exp, cells=cells, calc=calc, persona=per, kind=f"C:{kindq} over {'a province and level' if src == 'prov' else 'a kind of body'}",
             phrasing=ph, read=mem, note=f"over the store's {len(mem)} reports: {', '.join(GOLD[x]['agency'] for x in mem)}")
    if calc is None:
        it["calc"] = {x: "+".join("{" + f"{x}:{c}" + "}" for c in MEAS[m][0]) for x in mem}
    it["_sig"] = sig
    cno += 1

# ================================================================ D. everyday sample
D_TARGET = 310
guard = 0
while len(ITEMS) < D_TARGET and guard < 5000:
    guard += 1
    i = pick()
    per = persona()
    k = R.choices(["value", "value", "value", "narr", "problem", "refuse", "year_missing", "change"], [1, 1, 1, 1.6, 1.6, 1.7, 0.5, 1.0])[0]
    scoped = R.random() < 0.35
    nm, ab = name(i, R.random() < 0.3)
    head = R.choice(["", "今年", "我们"]) if scoped else nm + year(GOLD[i]["year"], ymode())
    ab = ab and not scoped
    sc = i if scoped else None
    c = (lambda cs: list(cs)) if scoped else (lambda cs: [f"{i}:{x}" for x in cs])
    qt = (lambda s: s) if scoped else (lambda s: {i: s})
    if k == "value":
        m = R.choice(list(MEAS))
        v = mval(i, m)
        if v is None:
            continue
        q, ph = dress(R.choice(["", "请问", "帮我查下"]) + head + R.choice(MEAS[m][2]))
        add(q, "value", {"value": v, "unit": MEAS[m][1]}, scope=sc, cells=c(MEAS[m][0]), persona=per, kind="D:one figure",
            phrasing=ph, style="abbreviated" if ab else None, read=[i])
    elif k == "narr":
        nk = R.choice(["active", "interp", "train"])
        a = narr(i, nk)
        if not a:
            continue
        q, ph = dress(head + R.choice(NARR[nk][2]).replace("其中", "").replace("那", ""))
        add(q, "narrative", {"value": a[0], "unit": a[1]}, scope=sc, quote=qt(a[2]), persona=per, kind="D:narrative figure",
            phrasing=ph, style="abbreviated" if ab else None, read=[i])
    elif k == "problem":
        meas = R.random() < 0.4
        fr = problem(i, meas)
        if not fr:
            continue
        q, ph = dress(head + R.choice(["下一步有什么改进措施", "打算怎么改进", "改进措施是啥"] if meas else ["年报里提到的问题有哪些", "存在的主要问题", "工作上有什么不足"]))
        add(q, "problems", {"contains": [fr]}, scope=sc, quote=qt(fr), persona=per, kind="D:problems", phrasing=ph,
            style="abbreviated" if ab else None, read=[i])
    elif k == "refuse":
        rt = refusal_topic(i)
        if not rt:
            continue
        q, ph = dress(head + rt[0])
        add(q, "unanswerable", {"refuse": True}, scope=sc, persona=per, kind="D:not in the report", phrasing=ph,
            style="abbreviated" if ab else None, read=[i], note=f"asked as value; the text has none of {'/'.join(rt[1])}")
    elif k == "year_missing":
        if scoped:
            continue
        held = {GOLD[x]["year"] for x in IDS if GOLD[x]["agency"] == GOLD[i]["agency"]}
        y = R.choice([2015, 2016, 2026]) if R.random() < 0.3 else min(held) - 2
        if y in held or (y - 1) in held and False:
            continue
        if y in held:
            continue
        q, ph = dress(nm + year(y, ymode()) + R.choice(MEAS["new"][2]))
        add(q, "unanswerable", {"refuse": True}, persona=per, kind="D:year not in the store", phrasing=ph,
            style="abbreviated" if ab else None, note=f"asked as value; {GOLD[i]['agency']} held for {sorted(held)}")
    else:
        ys = sorted(x for x in POOL if GOLD[x]["agency"] == GOLD[i]["agency"])
        if len(ys) < 2:
            continue
        e, l = ys[0], ys[-1]
        m = R.choice(["new", "r1", "rv"])
        if mval(e, m) is None or mval(l, m) is None:
            continue
        q, ph = dress(f"{nm}{year(GOLD[l]['year'], ymode())}比{year(GOLD[e]['year'], 'full')}{SHORT_M[m]}变化了多少")
        add(q, "change", {"value": mval(l, m) - mval(e, m), "unit": "件"},
            cells=[f"{l}:{x}" for x in MEAS[m][0]] + [f"{e}:{x}" for x in MEAS[m][0]],
            calc="(" + "+".join("{" + f"{l}:{x}" + "}" for x in MEAS[m][0]) + ")-(" + "+".join("{" + f"{e}:{x}" + "}" for x in MEAS[m][0]) + ")",
            persona=per, kind="D:year-over-year", phrasing=ph, style="abbreviated" if ab else None, read=[e, l])


# ================================================================ validate, number, write
def _num(x):
    return x if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def check(it):
    scope = it["scope"].get("report")
    vals = {}
    for cref in it["cells"]:
        rid, _, key = cref.rpartition(":")
        rid = rid or scope
        v = _num(cell(rid, key))
        assert v is not None, (it["id"], cref)
        vals[cref] = v
    e = it["expect"]
    ev = lambda c: eval(re.sub(r"\{([^}]+)\}", lambda m: repr(vals[m.group(1)]), c))  # noqa: E731,S307
    if isinstance(it.get("calc"), dict):
        got = {k: ev(c) for k, c in it["calc"].items()}
        if "values" in e:
            assert got == e["values"], it["id"]
        elif "value" in e:
            assert sum(got.values()) == e["value"], it["id"]
        else:
            assert sorted(k for k, v in got.items() if v == 0) == e["reports"], it["id"]
    elif "calc" in it and "value" in e:
        expr = re.sub(r"\{([^}]+)\}", lambda m: repr(vals[m.group(1)]), it["calc"])
        got = eval(expr)  # noqa: S307
        assert abs(got - e["value"]) <= e.get("tol", 0) + 1e-9, (it["id"], got, e)
    if "value" in e and it["cells"] and "calc" not in it:
        assert abs(sum(vals.values()) - e["value"]) < 1e-9, (it["id"], e)
    sq = it.get("source_quote")
    if sq is not None:
        for rid, quote in (sq.items() if isinstance(sq, dict) else [(scope, sq)]):
            assert quote in (text(rid) or ""), (it["id"], quote)
    for s in e.get("contains", []):
        quotes = sq.values() if isinstance(sq, dict) else [sq]
        assert any(s in q for q in quotes), it["id"]
    if it["style"] == "abbreviated":
        assert not any(GOLD[x]["agency"] in it["q"] for x in IDS), it["id"]


seen = set()
out = []
for it in ITEMS:
    it.pop("_sig", None)
    out.append(it)
for n, it in enumerate(out, 1):
    it["id"] = f"va{n:04d}"
    check(it)
lines = [json.dumps(it, ensure_ascii=False, sort_keys=False) for it in out]
(HERE / "blindva.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(len(out))
