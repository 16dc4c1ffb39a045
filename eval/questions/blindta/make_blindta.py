"""Writes blindta.jsonl: a blind held-out bank about the wild reports' NARRATIVE figures and what users do with them.

Every figure is read from the report text with plain tools (textof.py: pypdfium2, python-docx, tag stripping — never the
project's loader) by the fixed phrases below; a phrase must occur exactly once in a report for its figure to be used, and
every quote is asserted to occur in its report (whitespace and markup aside). Table figures come from the gold cells.
Deterministic: sorted inputs, one seeded random.Random, no hashing of str. Run:

    PYTHONPATH=. /work/main/.venv/bin/python eval/questions/blindta/make_blindta.py
"""
from __future__ import annotations

import glob
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from textof import EVAL, norm, raw  # noqa: E402

SETS = ["wild", *(f"wild{i}" for i in range(2, 21))]
R = random.Random(20261206)

# ---------------------------------------------------------------- the reports
GOLD: dict[str, dict] = {}
SET: dict[str, str] = {}
TEXT: dict[str, str] = {}
for s in SETS:
    for g in sorted(glob.glob(str(EVAL / s / "gold" / "*.json"))):
        d = json.loads(Path(g).read_text(encoding="utf-8"))
        GOLD[d["id"]] = d
        SET[d["id"]] = s
        try:
            t = raw(EVAL / s / d["file"])
        except Exception:  # a report plain tools cannot read is left out of text questions
            t = None
        if t:
            TEXT[d["id"]] = norm(t)
AY = Counter((d["agency"], d["year"]) for d in GOLD.values())
BY_AGENCY: dict[str, list[str]] = defaultdict(list)
for rid, d in sorted(GOLD.items()):
    BY_AGENCY[d["agency"]].append(rid)


def ok_report(rid: str) -> bool:
    d = GOLD[rid]
    return rid in TEXT and AY[(d["agency"], d["year"])] == 1 and "kangxi" not in rid


# the narrative phrases: measure -> (regex with the figure as group 1, unit or None = as printed, what users call it)
MEAS = {
    "info": (r"主动公开(?:各类)?政府信息(\d+)条", "条"),
    "doc": (r"其中政策文件(\d+)(条|件)", None),
    "jd": (r"政策解读(\d+)篇", "篇"),
    "wx": (r"通过政务微信公众号发布信息(\d+)条", "条"),
    "px": (r"组织业务培训(\d+)(次|场)", None),
    "tjh": (r"召开政务公开工作推进会(\d+)次", "次"),
    "lm": (r"更新“法定主动公开内容”栏目(\d+)个", "个"),
    "site": (r"通过政府(?:门户)?网站公开(\d+)条", "条"),
    "oth": (r"通过政府公报、报刊等其他渠道公开(\d+)条", "条"),
    "recv": (r"共(?:受理|收到)政府信息公开申请(\d+)件", "件"),
    "dm": (r"当面申请(\d+)件", "件"),
    "wl": (r"网(?:络|上)申请(\d+)件", "件"),
    "xh": (r"信函申请(\d+)件", "件"),
    "as": (r"已按时答复(\d+)件", "件"),
    "bj": (r"已办结(\d+)件", "件"),
}
FACT: dict[str, dict[str, tuple[int, str, str]]] = {}  # rid -> measure -> (value, unit, quote)
for rid in sorted(TEXT):
    if not ok_report(rid):
        continue
    f = {}
    for m, (pat, unit) in MEAS.items():
        hits = list(re.finditer(pat, TEXT[rid]))
        if len(hits) == 1:
            h = hits[0]
            f[m] = (int(h.group(1)), unit or h.group(2), h.group(0))
    if f:
        FACT[rid] = f

# what users call each measure (several wordings; the first is plain)
ASK = {
    "info": ["主动公开了多少条政府信息", "全年主动公开信息多少条", "主动公开的信息一共几条", "发了多少条政府信息"],
    "doc": ["公开的政策文件有多少", "政策文件公开了几件", "主动公开信息里政策文件有多少"],
    "jd": ["发布了多少篇政策解读", "政策解读有几篇", "解读文章发了多少篇"],
    "wx": ["政务微信公众号发了多少条信息", "公众号发布信息多少条", "微信公众号上发了几条"],
    "px": ["组织了几次业务培训", "业务培训搞了几次", "培训开展了多少次"],
    "tjh": ["开了几次政务公开工作推进会", "推进会召开了几次"],
    "lm": ["更新了多少个法定主动公开内容栏目", "法定主动公开内容栏目更新了几个"],
    "site": ["通过政府网站公开了多少条", "网站上公开了几条信息"],
    "oth": ["通过公报报刊等其他渠道公开了多少条", "其他渠道公开几条"],
    "recv": ["正文里说共收到（受理）多少件申请", "文字部分说收到多少件信息公开申请"],
    "dm": ["当面申请有多少件", "现场当面来申请的有几件"],
    "wl": ["网上申请有多少件", "通过网络申请的有几件"],
    "xh": ["信函申请多少件", "写信申请的有几件"],
    "as": ["按时答复了多少件", "按期答复的有几件"],
    "bj": ["正文说已办结多少件", "办结了几件申请"],
}
NAME = {"info": "主动公开政府信息", "doc": "政策文件", "jd": "政策解读", "wx": "微信公众号发布信息", "px": "业务培训",
        "tjh": "政务公开工作推进会", "lm": "法定主动公开内容栏目", "site": "政府网站公开信息", "oth": "其他渠道公开信息",
        "recv": "收到的申请", "dm": "当面申请", "wl": "网上申请", "xh": "信函申请", "as": "按时答复", "bj": "已办结"}
SHORTER = {"info": "主动公开信息", "doc": "政策文件", "jd": "政策解读", "wx": "公众号发文", "px": "培训", "tjh": "推进会",
           "lm": "栏目更新", "site": "网站公开", "oth": "其他渠道", "recv": "收到申请", "dm": "当面申请", "wl": "网上申请",
           "xh": "信函申请", "as": "按时答复", "bj": "办结"}

# ---------------------------------------------------------------- names, years, wording
ABBR = [("人民政府办公室", "政府办"), ("人民政府", "政府"), ("人力资源和社会保障局", "人社局"), ("卫生健康委员会", "卫健委"),
        ("卫生健康局", "卫健局"), ("市场监督管理局", "市场监管局"), ("住房和城乡建设局", "住建局"),
        ("城市管理和综合执法局", "城管局"), ("城市管理局", "城管局"), ("发展和改革局", "发改局"), ("发展和改革委员会", "发改委"),
        ("文化和旅游局", "文旅局"), ("文化旅游广电体育局", "文旅体局"), ("教育体育局", "教体局"), ("农业农村局", "农业局"),
        ("生态环境局", "环保局"), ("交通运输局", "交通局"), ("自然资源和规划局", "自规局"), ("司法局", "司法局")]
CN = "〇一二三四五六七八九"
TRAD = str.maketrans({"发": "發", "开": "開", "这": "這", "读": "讀", "条": "條", "几": "幾", "请": "請", "问": "問",
                      "总": "總", "计": "計", "报": "報", "门": "門", "县": "縣", "区": "區", "镇": "鎮", "卫": "衛",
                      "业": "業", "务": "務", "训": "訓", "会": "會", "个": "個", "场": "場", "网": "網", "络": "絡",
                      "关": "關", "么": "麼", "长": "長", "们": "們", "说": "說", "里": "裡", "给": "給", "该": "該",
                      "办": "辦", "单": "單", "对": "對", "还": "還", "经": "經", "过": "過", "统": "統", "专": "專"})
TYPO = [("政府", "正府"), ("解读", "解毒"), ("培训", "陪训"), ("信息", "信习"), ("申请", "申情"), ("公开", "公凯")]


def short(agency: str) -> str:
    a = re.sub(r"^[^省]{2,3}省(?=[^省]{2,4}?[市州盟])", "", agency)
    a = re.sub(r"^(.{2,4}?自治区)(?=[^区]{2,4}?[市州盟])", "", a)
    for full, sh in ABBR:
        if a.endswith(full):
            return a[: -len(full)] + sh
    return a


def yr(y: int, how: str) -> str:
    if how == "2d":
        return f"{y % 100}年"
    if how == "cn":
        return "".join(CN[int(c)] for c in str(y)) + "年"
    return f"{y}年"


def who(rid: str, how: str = "full", yhow: str = "num") -> tuple[str, str]:
    """(agency + year as the user writes them, style)."""
    d = GOLD[rid]
    if how == "short":
        sh = short(d["agency"])
        if sh != d["agency"]:
            return sh + yr(d["year"], yhow), "abbreviated"
    return d["agency"] + yr(d["year"], yhow), "colloquial"


def voice(q: str) -> str:
    return re.sub(r"[，。？！、：；「」（）,?]", "", q)


def typo(q: str) -> str:
    for a, b in TYPO:
        if a in q:
            return q.replace(a, b, 1)
    return q


ITEMS: list[dict] = []


def add(q, intent, expect, *, persona, kind, phrasing="plain", scope=None, style="colloquial", cells=(), calc=None,
        quote=None, previous=None, note=None):
    it = {"id": "", "q": q, "scope": scope or {}, "intent": intent, "style": style}
    if previous:
        it["previous"] = previous
    it["expect"] = expect
    it["cells"] = list(cells)
    if calc is not None:
        it["calc"] = calc
    if quote is not None:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    it["persona"], it["kind"], it["phrasing"] = persona, kind, phrasing
    it["sets"] = sorted({SET[r] for r in _reads(it)}, key=SETS.index)
    ITEMS.append(it)


def _reads(it) -> set[str]:
    r = set()
    if it["scope"].get("report"):
        r.add(it["scope"]["report"])
    if isinstance(it.get("source_quote"), dict):
        r |= set(it["source_quote"])
    e = it["expect"]
    r |= {k for k in e.get("values", {}) if k in GOLD} | set(e.get("reports", []))
    r |= {c.partition(":")[0] for c in it["cells"] if ":" in c}
    return r


def spread(rids: list[str], n: int) -> list[str]:
    """n reports spread round-robin over the sets (deterministic)."""
    per = defaultdict(list)
    for r in sorted(rids):
        per[SET[r]].append(r)
    for s in per:
        R.shuffle(per[s])
    out, i = [], R.randrange(len(SETS))
    while len(out) < n and any(per.values()):
        s = SETS[i % len(SETS)]
        if per.get(s):
            out.append(per[s].pop())
        i += 1
    return out


def with_meas(m: str) -> list[str]:
    return sorted(r for r in FACT if m in FACT[r])


def fig(rid, m):
    v, u, q = FACT[rid][m]
    return v, u, q


PHR = ["plain", "plain", "plain", "plain", "voice", "typo", "trad", "2d", "cn", "chat", "preamble", "short", "short"]
CHAT = ["帮我查下", "请问", "麻烦问一下", "想问下", "查一下", "问个事，"]
PRE = ["我在写一篇关于基层政务公开的稿子，", "评估打分要用，", "有群众打12345问，", "开会前想核实一下：", "做课题需要个数据，",
       "领导让我比一比，"]


def phrase(rid: str, body: str, how: str, *, ask_first=False) -> tuple[str, str, str]:
    """A question about rid: body is the ask ("主动公开了多少条政府信息"); returns (q, style, phrasing)."""
    yhow = {"2d": "2d", "cn": "cn"}.get(how, "num")
    nm, style = who(rid, "short" if how in ("short", "voice", "2d") else "full", yhow)
    if how == "chat":
        q = f"{R.choice(CHAT)}{nm}{body}？"
    elif how == "preamble":
        q = f"{R.choice(PRE)}{nm}{body}？"
    elif ask_first:
        q = f"{body}——{nm}？"
    else:
        q = f"{nm}{body}？"
    ph = how if how in ("voice", "typo", "trad") else ("plain" if how in ("short", "chat", "preamble") else how)
    if how == "voice":
        q = voice(q)
    elif how == "typo":
        q = typo(q)
    elif how == "trad":
        q = q.translate(TRAD)
    if how in ("chat", "preamble"):
        ph = how
    return q, style, ph


# ================================================================ 1. one narrative figure (≈ 80)
PERS_N = ["officer", "journalist", "citizen", "deputy", "researcher", "hotline", "evaluator"]
for m, n in [("info", 16), ("jd", 14), ("doc", 8), ("px", 8), ("wx", 6), ("tjh", 5), ("lm", 4), ("site", 4), ("oth", 3),
             ("dm", 3), ("wl", 4), ("xh", 2), ("as", 2), ("bj", 2)]:
    for rid in spread(with_meas(m), n):
        v, u, qt = fig(rid, m)
        how = R.choice(PHR)
        q, style, ph = phrase(rid, R.choice(ASK[m]), how)
        add(q, "narrative", {"contains": [f"{v}{u}"]}, persona=R.choice(PERS_N), kind="text figure", phrasing=ph,
            style=style, quote={rid: qt})
# scoped: the officer looking at her own report
for m, n in [("info", 4), ("jd", 4), ("px", 2), ("wl", 1)]:
    for rid in spread(with_meas(m), n):
        v, u, qt = fig(rid, m)
        q = R.choice(["我们今年", "咱们单位今年", "本年度", "这份报告里"]) + R.choice(ASK[m]) + "？"
        add(q, "narrative", {"contains": [f"{v}{u}"]}, scope={"report": rid}, persona="officer", kind="text figure",
            style="colloquial", quote=qt)

# ================================================================ 2. follow-ups with `previous` (≈ 30)
PAIR = [("info", "jd", ["政策解读呢", "那解读呢？", "解读有几篇"]), ("jd", "info", ["那主动公开信息一共多少条", "总共公开了多少条呢"]),
        ("info", "doc", ["其中政策文件呢", "政策文件是多少"]), ("px", "tjh", ["推进会呢", "那推进会开了几次"]),
        ("dm", "wl", ["网上的呢", "那网络申请呢"]), ("site", "oth", ["其他渠道呢"]), ("wl", "xh", ["信函呢"]),
        ("info", "wx", ["公众号呢", "微信公众号发了多少"])]
for a, b, forms in PAIR:
    pool = [r for r in with_meas(a) if b in FACT[r]]
    for k, rid in enumerate(spread(pool, 3 if a in ("info", "jd") else 2)):
        q0, _, _ = phrase(rid, ASK[a][0], "plain")
        v, u, qt = fig(rid, b)
        add(forms[k % len(forms)], "narrative", {"contains": [f"{v}{u}"]}, previous=q0, persona=R.choice(PERS_N),
            kind="follow-up: other measure", phrasing="followup", quote={rid: qt})
# 那X年呢 — same agency, another year
for _ag, rids in sorted(BY_AGENCY.items()):
    rr = [r for r in rids if r in FACT and "info" in FACT[r] and ok_report(r)]
    if len(rr) >= 2:
        r0, r1 = sorted(rr, key=lambda r: GOLD[r]["year"])[:2]
        q0, _, _ = phrase(r1, ASK["info"][0], "plain")
        v, u, qt = fig(r0, "info")
        add(f"那{GOLD[r0]['year']}年呢", "narrative", {"contains": [f"{v}{u}"]}, previous=q0, persona="researcher",
            kind="follow-up: other year", phrasing="followup", quote={r0: qt})
# 那X呢 — another body, same year
for a, b in zip(spread(with_meas("jd"), 12)[::2], spread(with_meas("jd"), 12)[1::2]):
    if a == b:
        continue
    q0, _, _ = phrase(a, ASK["jd"][0], "plain")
    v, u, qt = fig(b, "jd")
    nm, style = who(b, "short")
    add(f"那{nm}呢", "narrative", {"contains": [f"{v}{u}"]}, previous=q0, persona="journalist", style=style,
        kind="follow-up: other body", phrasing="followup", quote={b: qt})
# follow-up asking an operation on the previous answer
for rid in spread([r for r in with_meas("info") if "jd" in FACT[r]], 4):
    q0, _, _ = phrase(rid, ASK["info"][0], "plain")
    vi, _, qi = fig(rid, "info")
    vj, _, qj = fig(rid, "jd")
    add("其中政策解读占比多少", "share", {"value": round(100 * vj / vi, 2), "unit": "%", "tol": 0.05}, previous=q0,
        calc=f"100*{vj}/{vi}", persona="evaluator", kind="follow-up: share", phrasing="followup",
        quote={rid: qi if qj in qi else qi}, note=f"政策解读 {vj}篇 ({qj}) / 主动公开 {vi}条")
    ITEMS[-1]["source_quote"] = {rid: qi}
    ITEMS[-1]["note"] += f"; quotes: 「{qi}」「{qj}」"
    add("平均每个月多少条", "ratio", {"value": round(vi / 12, 2), "unit": "条", "tol": 0.05}, previous=q0,
        calc=f"{vi}/12", persona="officer", kind="follow-up: per month", phrasing="followup", quote={rid: qi})

# ================================================================ 3. rank named bodies by a text figure (≈ 28)
RANK_Q = ["{names}这几家，{what}谁最多？按多少排个序", "把{names}按{what}从多到少排一下", "{names}，哪个{what}最多",
          "{names}里{what}最少的是哪个", "排名：{names}的{what}"]
for m, n in [("info", 8), ("jd", 8), ("px", 4), ("doc", 3), ("wx", 2), ("tjh", 2), ("wl", 2)]:
    pool = with_meas(m)
    for _ in range(n):
        k = R.choice([3, 3, 4, 5])
        picks = spread(pool, 40)
        R.shuffle(picks)
        chosen, seen = [], set()
        for r in picks:
            v = FACT[r][m][0]
            if v not in seen and GOLD[r]["agency"] not in {GOLD[c]["agency"] for c in chosen}:
                chosen.append(r)
                seen.add(v)
            if len(chosen) == k:
                break
        how = R.choice(["full", "short", "short"])
        yh = R.choice(["num", "num", "2d"])
        names = "、".join(who(r, how, yh)[0] for r in chosen)
        style = "abbreviated" if any(who(r, how)[1] == "abbreviated" for r in chosen) else "colloquial"
        tmpl = R.choice(RANK_Q)
        least = "最少" in tmpl
        vals = {r: FACT[r][m][0] for r in chosen}
        order = sorted(chosen, key=lambda r: vals[r], reverse=not least)
        if "哪个" in tmpl or least:
            order = order[:1]
        add(tmpl.format(names=names, what=SHORTER[m]), "rank", {"values": vals, "unit": FACT[chosen[0]][m][1],
            "order": order}, persona=R.choice(["journalist", "evaluator", "researcher", "deputy"]), kind="rank text figure",
            style=style, quote={r: FACT[r][m][2] for r in chosen})

# ================================================================ 4. sums of a text figure (≈ 22)
SUM_Q = ["{names}加起来{what}一共多少", "{names}的{what}合计是多少？", "把{names}的{what}加总一下"]
for m, n in [("info", 7), ("jd", 6), ("px", 3), ("doc", 2), ("wl", 2), ("recv", 2)]:
    for _ in range(n):
        k = R.choice([2, 2, 3, 4])
        chosen = []
        for r in spread(with_meas(m), 30):
            if GOLD[r]["agency"] not in {GOLD[c]["agency"] for c in chosen}:
                chosen.append(r)
            if len(chosen) == k:
                break
        how = R.choice(["full", "short"])
        names = "、".join(who(r, how)[0] for r in chosen)
        style = "abbreviated" if how == "short" and any(who(r, how)[1] == "abbreviated" for r in chosen) else "colloquial"
        vs = [FACT[r][m][0] for r in chosen]
        units = {FACT[r][m][1] for r in chosen}
        if len(units) > 1:
            continue
        add(R.choice(SUM_Q).format(names=names, what=SHORTER[m]), "sum", {"value": sum(vs), "unit": units.pop()},
            calc="+".join(map(str, vs)), persona=R.choice(["researcher", "deputy", "journalist", "evaluator"]),
            kind="sum text figure", style=style, quote={r: FACT[r][m][2] for r in chosen})
# sums of one agency over years
for ag, rids in sorted(BY_AGENCY.items()):
    rr = sorted((r for r in rids if r in FACT and "info" in FACT[r]), key=lambda r: GOLD[r]["year"])
    if len(rr) >= 2:
        ys = "和".join(str(GOLD[r]["year"]) for r in rr)
        vs = [FACT[r]["info"][0] for r in rr]
        add(f"{short(ag)}{ys}年主动公开的政府信息加起来多少条", "sum", {"value": sum(vs), "unit": "条"},
            calc="+".join(map(str, vs)), persona="researcher", kind="sum over years", style="abbreviated"
            if short(ag) != ag else "colloquial", quote={r: FACT[r]["info"][2] for r in rr})

# ================================================================ 5. change over years of a text figure (≈ 14)
for ag, rids in sorted(BY_AGENCY.items()):
    rr = sorted((r for r in rids if r in FACT), key=lambda r: GOLD[r]["year"])
    if len(rr) < 2:
        continue
    a, b = rr[0], rr[-1]
    for m in ("info", "jd", "doc"):
        if m in FACT[a] and m in FACT[b] and FACT[a][m][1] == FACT[b][m][1]:
            va, vb = FACT[a][m][0], FACT[b][m][0]
            ya, yb = GOLD[a]["year"], GOLD[b]["year"]
            q = R.choice([f"{short(ag)}{SHORTER[m]}{yb}年比{ya}年多了还是少了，差多少",
                          f"{ag}的{NAME[m]}，{yb}年和{ya}年比变化多少？",
                          f"{short(ag)}{yr(ya, '2d')}到{yr(yb, '2d')}{SHORTER[m]}增减了多少"])
            add(q, "change", {"value": vb - va, "unit": FACT[a][m][1]}, calc=f"{vb}-{va}",
                persona=R.choice(["researcher", "journalist", "deputy"]), kind="change text figure",
                style="abbreviated" if short(ag) in q and short(ag) != ag else "colloquial",
                quote={a: FACT[a][m][2], b: FACT[b][m][2]})

# ================================================================ 6. shares and ratios within one report (≈ 30)
for rid in spread([r for r in FACT if "info" in FACT[r] and "jd" in FACT[r] and FACT[r]["info"][0] > 0], 8):
    vi, _, qi = fig(rid, "info")
    vj, _, qj = fig(rid, "jd")
    q, style, ph = phrase(rid, R.choice(["政策解读占主动公开信息的百分之几", "解读篇数占公开信息条数的比例是多少",
                                         "政策解读在全部主动公开信息里占多大比例"]), R.choice(PHR))
    add(q, "share", {"value": round(100 * vj / vi, 2), "unit": "%", "tol": 0.05}, calc=f"100*{vj}/{vi}",
        persona=R.choice(["evaluator", "researcher"]), kind="share of text figures", phrasing=ph, style=style,
        quote={rid: qi}, note=f"解读 quote: 「{qj}」")
for rid in spread([r for r in FACT if "doc" in FACT[r] and "jd" in FACT[r] and FACT[r]["doc"][0] > 0], 8):
    vd, _, qd = fig(rid, "doc")
    vj, _, qj = fig(rid, "jd")
    q, style, ph = phrase(rid, R.choice(["解读数占政策文件数的比例是多少", "平均每件政策文件配了几篇解读",
                                         "政策解读和政策文件的比是多少"]), R.choice(PHR))
    pct = "比例" in q
    exp = {"value": round(100 * vj / vd, 2), "unit": "%", "tol": 0.05} if pct else {"value": round(vj / vd, 2),
                                                                                   "unit": None, "tol": 0.05}
    add(q, "share" if pct else "ratio", exp, calc=f"100*{vj}/{vd}" if pct else f"{vj}/{vd}",
        persona=R.choice(["evaluator", "researcher", "officer"]), kind="解读 vs 文件", phrasing=ph, style=style,
        quote={rid: qd}, note=f"解读 quote: 「{qj}」")
for rid in spread(with_meas("info"), 7):
    vi, _, qi = fig(rid, "info")
    q, style, ph = phrase(rid, R.choice(["平均每月发布多少条信息", "主动公开信息平均一个月多少条", "折合每个月公开几条"]),
                          R.choice(PHR))
    add(q, "ratio", {"value": round(vi / 12, 2), "unit": "条", "tol": 0.05}, calc=f"{vi}/12",
        persona=R.choice(["journalist", "deputy", "officer"]), kind="per month", phrasing=ph, style=style, quote={rid: qi})
for rid in spread([r for r in FACT if "wl" in FACT[r] and "recv" in FACT[r] and FACT[r]["recv"][0] > 0], 7):
    vw, _, qw = fig(rid, "wl")
    vr, _, qr = fig(rid, "recv")
    q, style, ph = phrase(rid, R.choice(["网上申请占全部申请的几成", "网络申请占收到申请的百分比是多少",
                                         "通过网络提出的申请占比多少"]), R.choice(PHR))
    add(q, "share", {"value": round(100 * vw / vr, 2), "unit": "%", "tol": 0.05}, calc=f"100*{vw}/{vr}",
        persona=R.choice(["researcher", "journalist"]), kind="share text/text", phrasing=ph, style=style,
        quote={rid: qr}, note=f"网上/网络申请 quote: 「{qw}」; 几成 = the percentage / 10")
for rid in spread([r for r in FACT if "site" in FACT[r] and "info" in FACT[r] and FACT[r]["info"][0] > 0], 4):
    vs, _, qs = fig(rid, "site")
    vi, _, qi = fig(rid, "info")
    q, style, ph = phrase(rid, "通过政府网站公开的占主动公开总数的比例", R.choice(PHR))
    add(q, "share", {"value": round(100 * vs / vi, 2), "unit": "%", "tol": 0.05}, calc=f"100*{vs}/{vi}",
        persona="researcher", kind="share text/text", phrasing=ph, style=style, quote={rid: qi},
        note=f"网站 quote: 「{qs}」")

# text figure against a table figure of the same report (GF2021/GF2019 gold)
def cell(rid, key):
    t, _, k = key.partition(".")
    return GOLD[rid].get(t, {}).get(k)


TBL = [r for r in FACT if GOLD[r]["template"] in ("GF2021", "GF2019") and GOLD[r].get("tables_recoverable")]
for rid in spread([r for r in TBL if "info" in FACT[r] and (cell(r, "t3.new.tot") or 0) > 0], 6):
    vi, _, qi = fig(rid, "info")
    nt = cell(rid, "t3.new.tot")
    q, style, ph = phrase(rid, R.choice(["主动公开信息条数是新收申请件数的几倍", "主动公开的条数是依申请新收件数的多少倍"]),
                          R.choice(PHR))
    add(q, "ratio", {"value": round(vi / nt, 2), "unit": "倍", "tol": 0.05}, cells=["t3.new.tot"],
        calc=f"{vi}/{{t3.new.tot}}", scope={}, persona="researcher", kind="text vs table", phrasing=ph, style=style,
        quote={rid: qi})
    ITEMS[-1]["cells"] = [f"{rid}:t3.new.tot"]
    ITEMS[-1]["calc"] = f"{vi}/{{{rid}:t3.new.tot}}"
# compare two bodies on a text figure
CMP_Q = ["{a}和{b}，哪个{what}多？多多少", "{a}跟{b}比，{what}谁更多", "{what}：{a} vs {b}，哪个高"]
for m, n in [("info", 6), ("jd", 5), ("px", 2), ("doc", 2)]:
    pool = spread(with_meas(m), 2 * n + 6)
    for a, b in zip(pool[::2], pool[1::2]):
        if n == 0:
            break
        if FACT[a][m][0] == FACT[b][m][0] or GOLD[a]["agency"] == GOLD[b]["agency"] or FACT[a][m][1] != FACT[b][m][1]:
            continue
        n -= 1
        how = R.choice(["full", "short"])
        (na, sa), (nb, sb) = who(a, how), who(b, how)
        va, vb = FACT[a][m][0], FACT[b][m][0]
        add(R.choice(CMP_Q).format(a=na, b=nb, what=SHORTER[m]), "compare", {"values": {a: va, b: vb},
            "unit": FACT[a][m][1], "order": [a if va > vb else b]}, persona=R.choice(["journalist", "deputy", "evaluator"]),
            kind="compare two bodies", style="abbreviated" if "abbreviated" in (sa, sb) else "colloquial",
            quote={a: FACT[a][m][2], b: FACT[b][m][2]}, note=f"difference {abs(va - vb)}")
# consistency: text's 收到/办结 against 表三
for rid in spread([r for r in TBL if "recv" in FACT[r] and cell(r, "t3.new.tot") is not None
                   and cell(r, "t3.carry_in.tot") is not None], 8):
    vr, _, qr = fig(rid, "recv")
    nt, ci = cell(rid, "t3.new.tot"), cell(rid, "t3.carry_in.tot")
    if vr == nt:
        verdict = "consistent"
    elif vr != nt + ci:
        verdict = "inconsistent"
    else:
        continue
    q, style, ph = phrase(rid, R.choice(["正文说收到的申请数和表三本年新收对得上吗", "文字里的收到申请件数跟统计表新收是否一致"]),
                          R.choice(PHR))
    add(q, "consistency", {"verdict": verdict, "checks": ["N"], "values": {"text": vr, "t3.new.tot": nt}},
        cells=[f"{rid}:t3.new.tot"], persona=R.choice(["officer", "evaluator"]), kind="text vs table", phrasing=ph,
        style=style, quote={rid: qr})
# consistency: channels add up (legacy and others)
for rid in spread([r for r in FACT if all(m in FACT[r] for m in ("recv", "dm", "wl", "xh"))], 7):
    vs = [FACT[rid][m][0] for m in ("dm", "wl", "xh")]
    vr = FACT[rid]["recv"][0]
    q, style, ph = phrase(rid, R.choice(["当面、网络、信函三种申请加起来等于受理总数吗", "申请渠道分项加总和总数对得上不"]),
                          R.choice(PHR))
    add(q, "consistency", {"verdict": "consistent" if sum(vs) == vr else "inconsistent", "checks": ["N"],
                           "values": {"total": vr, "sum": sum(vs)}}, calc="+".join(map(str, vs)),
        persona=R.choice(["evaluator", "officer"]), kind="channels add up", phrasing=ph, style=style,
        quote={rid: FACT[rid]["recv"][2]}, note="quotes: " + "；".join(FACT[rid][m][2] for m in ("dm", "wl", "xh")))
for rid in spread([r for r in FACT if all(m in FACT[r] for m in ("info", "site", "oth"))], 5):
    vi, vs, vo = (FACT[rid][m][0] for m in ("info", "site", "oth"))
    q, style, ph = phrase(rid, "网站公开和其他渠道公开的条数加起来等于主动公开总数吗", R.choice(PHR))
    add(q, "consistency", {"verdict": "consistent" if vs + vo == vi else "inconsistent", "checks": ["N"],
                           "values": {"total": vi, "sum": vs + vo}}, calc=f"{vs}+{vo}", persona="evaluator",
        kind="channels add up", phrasing=ph, style=style, quote={rid: FACT[rid]["info"][2]},
        note=f"quotes: {FACT[rid]['site'][2]}；{FACT[rid]['oth'][2]}")

# ================================================================ 7. which / how many among named bodies (≈ 16)
for m, what in [("tjh", "召开了政务公开工作推进会"), ("wx", "提到政务微信公众号发布信息的条数"), ("px", "写了组织业务培训的次数"),
                ("lm", "写明了更新法定主动公开内容栏目的个数")]:
    for _ in range(3):
        yes = spread(with_meas(m), 10)[:R.choice([1, 2])]
        no = [r for r in spread([r for r in FACT if m not in FACT[r] and not re.search(MEAS[m][0].split("(")[0],
              TEXT[r])], 10)][:R.choice([2, 3])]
        if m == "tjh":
            no = [r for r in no if "推进会" not in TEXT[r]]
        if m == "wx":
            no = [r for r in no if "公众号" not in TEXT[r]]
        if m == "px":
            no = [r for r in no if not re.search(r"培训[^。；]{0,8}\d", TEXT[r])]
        if m == "lm":
            no = [r for r in no if "法定主动公开内容" not in TEXT[r]]
        allr = yes + no
        R.shuffle(allr)
        names = "、".join(who(r)[0] for r in allr)
        if R.random() < 0.5:
            add(f"{names}这几份年报里，哪些{what}？", "which_reports", {"reports": sorted(yes)},
                persona=R.choice(["evaluator", "researcher"]), kind="which among named",
                quote={r: FACT[r][m][2] for r in yes})
        else:
            add(f"{names}，有几个单位{what}？", "narrative", {"value": len(yes), "unit": "个"},
                persona=R.choice(["evaluator", "journalist"]), kind="how many among named",
                quote={r: FACT[r][m][2] for r in yes}, note="reports: " + "、".join(sorted(yes)))

# ================================================================ 8. problems and measures (≈ 14)
def problems(rid):
    t = TEXT[rid]
    i = t.rfind("存在的主要问题")
    seg = t[i:i + 500]
    m = re.search(r"一是([^；;。，]{4,30})[；;]二是([^；;。，]{4,30})", seg)
    g = re.search(r"改进措施[：:]一是([^；;。]{4,30})", seg)
    return (m.group(1), m.group(2), g.group(1) if g else None) if m else None


PROB = [r for r in FACT if problems(r)]
for rid in spread(PROB, 14):
    p1, p2, g1 = problems(rid)
    if R.random() < 0.5 or not g1:
        q, style, ph = phrase(rid, R.choice(["年报里自己说存在哪些问题", "存在的主要问题是什么", "报告写了哪些不足"]), R.choice(PHR))
        add(q, "problems", {"contains": [p1, p2]}, persona=R.choice(["deputy", "journalist", "officer"]),
            kind="problems", phrasing=ph, style=style, quote={rid: f"一是{p1}；二是{p2}"})
    else:
        q, style, ph = phrase(rid, R.choice(["下一步有什么改进措施", "打算怎么改进"]), R.choice(PHR))
        add(q, "problems", {"contains": [g1]}, persona=R.choice(["deputy", "officer"]), kind="improvement measures",
            phrasing=ph, style=style, quote={rid: f"一是{g1}"})

# ================================================================ 9. table figures (≈ 40)
TCELL = [("t3.new.tot", "本年新收了多少件申请", "件"), ("t3.carry_in.tot", "上年结转的申请有几件", "件"),
         ("t3.r1.tot", "予以公开多少件", "件"), ("t3.r2.tot", "部分公开几件", "件"),
         ("t3.r3_*.tot", "不予公开一共多少件", "件"), ("t3.r4_*.tot", "无法提供的有多少件", "件"),
         ("t3.r5_*.tot", "不予处理几件", "件"), ("t3.r7.tot", "办理结果总计多少件", "件"),
         ("t3.carry_out.tot", "结转下年度继续办理的有几件", "件"), ("t3.new.np", "自然人新收申请多少件", "件"),
         ("t3.r4_1.tot", "因本机关不掌握相关信息而无法提供的有几件", "件"), ("t4.rv.tot", "行政复议总共几件", "件"),
         ("t4.rv.keep", "复议结果维持的有几件", "件"), ("t4.ld.tot", "未经复议直接起诉的行政诉讼合计几件", "件"),
         ("t2.norm.new_made", "本年制发了几件行政规范性文件", "件"), ("t2.penalty.decisions", "行政处罚决定多少件", None),
         ("t2.license.decisions", "行政许可决定数量是多少", None)]


def cells_of(rid, pat):
    t, _, k = pat.partition(".")
    keys = sorted(f"{t}.{x}" for x in GOLD[rid].get(t, {}) if re.fullmatch(k.replace(".", r"\.").replace("*", r"\d"), x))
    vals = [cell(rid, x) for x in keys]
    return keys, vals


TBLQ = [r for r in TBL if GOLD[r]["template"] == "GF2021"]
for k, rid in enumerate(spread(TBLQ, 42)):
    key, body, unit = TCELL[k % len(TCELL)]
    keys, vals = cells_of(rid, key)
    if not keys or any(v is None for v in vals) or any(f"{'.'.join(x.split('.'))}" in GOLD[rid].get("placeholders", {})
                                                      for x in keys):
        continue
    q, style, ph = phrase(rid, body, R.choice(PHR))
    add(q, "value", {"value": sum(vals), "unit": unit}, cells=[f"{rid}:{x}" for x in keys],
        persona=R.choice(["officer", "lawyer", "citizen", "journalist", "hotline"] if key.startswith("t3") else
                         ["lawyer", "lawyer", "officer"]), kind="table figure", phrasing=ph, style=style)

# ================================================================ 10. refusals: the text does not say it (≈ 24)
UNASK = [("发布会", "开了几场新闻发布会"), ("开放日", "搞了几次政府开放日活动"), ("满意", "群众满意度是多少"),
         ("经费", "信息公开工作经费花了多少钱"), ("访问量", "网站访问量多少"), ("编制", "有几个专职人员编制"),
         ("12345", "12345热线转来的诉求有多少"), ("平均", "申请平均多少天办结"), ("抖音", "抖音号发了多少条视频"),
         ("微博", "政务微博粉丝有多少")]
for k, rid in enumerate(spread(list(FACT), 20)):
    word, body = UNASK[k % len(UNASK)]
    if word in TEXT[rid]:
        continue
    q, style, ph = phrase(rid, body, R.choice(PHR))
    add(q, "unanswerable", {"refuse": True}, persona=R.choice(["citizen", "journalist", "hotline", "deputy"]),
        kind="not in the report", phrasing=ph, style=style, quote={rid: FACT[rid][sorted(FACT[rid])[0]][2]},
        note=f"asked as narrative: 「{word}」 does not occur in the report text")
# a year not in the store
for rid in spread([r for r in FACT if "info" in FACT[r]], 8):
    ag = GOLD[rid]["agency"]
    have = {GOLD[r]["year"] for r in BY_AGENCY[ag]}
    y = min(have) - 3
    if y in have:
        continue
    q = f"{short(ag)}{y}年{R.choice(ASK['info'])}？"
    add(q, "unanswerable", {"refuse": True}, persona=R.choice(["journalist", "researcher"]), kind="year not in the store",
        style="abbreviated" if short(ag) != ag else "colloquial",
        note=f"asked as narrative: the store has {ag} only for {sorted(have)}")
# the previous-year comparison of a body with one year only
for rid in spread([r for r in FACT if "jd" in FACT[r] and len(BY_AGENCY[GOLD[r]["agency"]]) == 1], 4):
    q, style, ph = phrase(rid, "的政策解读比上一年多了几篇", "plain")
    add(q, "unanswerable", {"refuse": True}, persona="deputy", kind="previous year not in the store", style=style,
        note="asked as change: the store has no other year of this body")

# ================================================================ checks, ids, output
for it in ITEMS:
    sq = it.get("source_quote")
    qs = sq.items() if isinstance(sq, dict) else ([(it["scope"]["report"], sq)] if sq else [])
    for rid, quote in qs:
        assert norm(quote) in TEXT[rid], (it["q"], rid, quote)
    for s in it["expect"].get("contains", []):
        assert any(norm(s) in TEXT[r] for r, _ in qs), (it["q"], s)
    if "note" in it and "quotes: " in it["note"]:
        for part in re.split(r"[；]", it["note"].split("quotes: ", 1)[1]):
            part = part.strip("「」 ")
            assert any(norm(x) in TEXT[r] for r, _ in qs for x in part.split("」「")), (it["q"], part)
    for c in it["cells"]:
        rid, _, key = c.rpartition(":")
        rid = rid or it["scope"]["report"]
        assert cell(rid, key) is not None, c
    if it["intent"] in ("rank", "list", "trend"):
        assert all(k in GOLD for k in it["expect"]["values"])
    assert it["intent"] != "unanswerable" or it["expect"] == {"refuse": True}
seen = set()
OUT = []
for it in ITEMS:
    if it["q"] in seen and not it.get("previous"):
        continue
    seen.add(it["q"] + it.get("previous", ""))
    OUT.append(it)
for i, it in enumerate(OUT, 1):
    it["id"] = f"ta{i:04d}"
(HERE / "blindta.jsonl").write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in OUT), encoding="utf-8")
c = Counter(it["intent"] for it in OUT)
print(len(OUT), dict(sorted(c.items())))
print(dict(Counter(it["persona"] for it in OUT)))
print(dict(Counter(it["phrasing"] for it in OUT)))
print(dict(Counter(it["kind"] for it in OUT)))
