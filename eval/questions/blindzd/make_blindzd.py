"""Blind bank blindzd: how people type into a search box and a chat box when they are not writing a question.

    PYTHONPATH=. python3 eval/questions/blindzd/make_blindzd.py   # rewrites blindzd.jsonl, identical bytes each run

Every expected value is computed here from the gold JSON of eval/wild … eval/wild27 (table cells) or read from the
report's own text (a prose figure, with the clause quoted verbatim as source_quote). Held out: whoever works on the
router reads neither this file nor blindzd.jsonl until the lead has measured it.
"""

from __future__ import annotations

import glob
import html
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent / "blindzd.jsonl"
SETS = ["wild", *(f"wild{i}" for i in range(2, 28))]
R = random.Random(20261207)

# ---------------------------------------------------------------- gold
GOLD: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
FILE_OF: dict[str, Path] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        GOLD[g["id"]] = g
        SET_OF[g["id"]] = s
        FILE_OF[g["id"]] = ROOT / "eval" / s / g["file"]
IDS = sorted(GOLD)
AGENCIES = sorted({g["agency"] for g in GOLD.values()})
YEARS_OF: dict[str, set[int]] = defaultdict(set)
for g in GOLD.values():
    YEARS_OF[g["agency"]].add(g["year"])
BY_AY: dict[tuple[str, int], list[str]] = defaultdict(list)
for rid, g in GOLD.items():
    BY_AY[(g["agency"], g["year"])].append(rid)


def tabled(rid: str) -> bool:
    g = GOLD[rid]
    return g["tables_recoverable"] and g["template"] in ("GF2019", "GF2021") and len(BY_AY[(g["agency"], g["year"])]) == 1


def cell(rid: str, key: str):
    t, _, k = key.partition(".")
    return (GOLD[rid].get(t) or {}).get(k)


ABBR = [("人民政府办公室", "政府办"), ("人民政府", ""), ("街道办事处", "街道"), ("住房和城乡建设局", "住建局"),
        ("市场监督管理局", "市监局"), ("自然资源和规划局", "自然资源局"), ("卫生健康委员会", "卫健委"), ("卫生健康局", "卫健局"),
        ("人力资源和社会保障局", "人社局"), ("科学技术委员会", "科委"), ("退役军人事务局", "退役军人局"),
        ("城市管理和综合执法局", "城管局")]


def abbr(name: str) -> str:
    for a, b in ABBR:
        name = name.replace(a, b)
    return re.sub(r"^(\w{2})(?:\w{1,3}族){1,3}自治县", r"\1县", name)


def short_of(agency: str) -> str | None:
    """A short form users type, kept only when it names one agency of the store."""
    s = abbr(agency)
    s = re.sub(r"^(.{2,8}?(?:省|自治区))", "", s)
    m = re.match(r"^(.{1,5}?市)(.{2,})$", s)
    if m and re.search(r"(区|县|市|旗|镇|乡|街道)", m.group(2)[:6]):
        s = m.group(2)
    if len(s) < 2 or s == agency:
        return None
    hits = [a for a in AGENCIES if s in abbr(a) or s in a]
    return s if hits == [agency] else None


SHORT = {a: short_of(a) for a in AGENCIES}

# measure: key(s), the words typed for it (keywords, prose words, table labels cut short), unit, templates
M = {
    "new": (["t3.new.tot"], ["新收申请", "依申请 新收", "本年新收", "收到的依申请公开申请"], "件"),
    "carry_in": (["t3.carry_in.tot"], ["上年结转", "结转 上年"], "件"),
    "r1": (["t3.r1.tot"], ["予以公开", "依申请 予以公开", "同意公开"], "件"),
    "r2": (["t3.r2.tot"], ["部分公开", "部分公开 件数"], "件"),
    "r3": ([f"t3.r3_{i}.tot" for i in range(1, 9)], ["不予公开", "不予公开 合计"], "件"),
    "r3_1": (["t3.r3_1.tot"], ["不予公开-国家秘密", "不予公开 国家秘密"], "件"),
    "r3_4": (["t3.r3_4.tot"], ["不予公开-第三方权益", "保护第三方合法权益"], "件"),
    "r3_6": (["t3.r3_6.tot"], ["不予公开-过程性信息", "四类过程性信息"], "件"),
    "r4_1": (["t3.r4_1.tot"], ["无法提供-本机关不掌握", "不掌握相关政府信息"], "件"),
    "r4_2": (["t3.r4_2.tot"], ["无法提供-没有现成信息", "需要另行制作"], "件"),
    "r5_1": (["t3.r5_1.tot"], ["不予处理-信访举报投诉", "信访举报投诉类申请"], "件"),
    "r5_2": (["t3.r5_2.tot"], ["不予处理-重复申请", "重复申请"], "件"),
    "r7": (["t3.r7.tot"], ["办理结果 总计", "结果总计"], "件"),
    "carry_out": (["t3.carry_out.tot"], ["结转下年度", "结转下年 继续办理"], "件"),
    "rv_tot": (["t4.rv.tot"], ["复议 总计", "行政复议 总数", "复议"], "件"),
    "rv_keep": (["t4.rv.keep"], ["复议-维持", "复议 结果维持"], "件"),
    "rv_fix": (["t4.rv.fix"], ["复议-纠正", "复议 结果纠正"], "件"),
    "ld_tot": (["t4.ld.tot"], ["直接起诉 总计", "未经复议直接起诉"], "件"),
    "lr_tot": (["t4.lr.tot"], ["复议后起诉 总计", "复议后起诉"], "件"),
    "lit": (["t4.ld.tot", "t4.lr.tot"], ["诉讼 总计", "行政诉讼 合计"], "件"),
}
# prose names in a sentence
PROSE = {
    "new": "收到的依申请公开申请", "carry_in": "上年结转过来的申请", "r1": "予以公开的", "r2": "部分公开的",
    "r3": "不予公开的", "r3_1": "因属于国家秘密不予公开的", "r3_4": "因保护第三方合法权益不予公开的",
    "r3_6": "因属于过程性信息不予公开的", "r4_1": "因本机关不掌握而无法提供的", "r4_2": "因没有现成信息无法提供的",
    "r5_1": "作为信访举报投诉类申请不予处理的", "r5_2": "作为重复申请不予处理的", "r7": "办结的申请总数",
    "carry_out": "结转到下一年办理的", "rv_tot": "行政复议案件", "rv_keep": "复议结果维持的",
    "rv_fix": "复议被纠正的", "ld_tot": "未经复议直接起诉的行政诉讼", "lr_tot": "复议后起诉的行政诉讼",
    "lit": "行政诉讼（直接起诉和复议后起诉合计）",
}
NOTE = {"lit": "诉讼 总计 = 未经复议直接起诉总计 + 复议后起诉总计 (the two 总计 columns of 表四)",
        "r3": "不予公开 = the sum of its eight sub-rows", "r1": "同意公开 = 予以公开"}


def val(rid: str, m: str):
    keys = M[m][0]
    vs = [cell(rid, k) for k in keys]
    if any(not isinstance(v, int) for v in vs):
        return None
    return sum(vs)


ELIG = [r for r in IDS if tabled(r) and SHORT[GOLD[r]["agency"]]]
ELIG_ALL = [r for r in IDS if tabled(r)]

items: list[dict] = []
seen_q: set[str] = set()


def add(q, scope, intent, expect, *, cells=None, persona, kind, phrasing, style, note=None, previous=None,
        source_quote=None, calc=None):
    if q in seen_q:
        return False
    seen_q.add(q)
    it = {"id": None, "q": q, "scope": scope, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if source_quote:
        it["source_quote"] = source_quote
    if previous:
        it["previous"] = previous
    if note:
        it["note"] = note
    it["persona"] = persona
    it["kind"] = kind
    it["phrasing"] = phrasing
    read = {scope.get("report")} if scope.get("report") else set()
    read |= {c.rpartition(":")[0] for c in (cells or []) if ":" in c}
    read |= {k for k in expect.get("values", {}) if k in GOLD} | set(expect.get("reports", []))
    if isinstance(source_quote, dict):
        read |= set(source_quote)
    it["sets"] = sorted({SET_OF[r] for r in read if r in SET_OF})
    items.append(it)
    return True


def cn_year(y: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


def pick(seq):
    return seq[R.randrange(len(seq))]


def value_item(rid, m, q, *, persona, kind, phrasing, scoped=False, style=None, previous=None, note=None):
    v = val(rid, m)
    if v is None:
        return False
    keys = M[m][0]
    cells = keys if scoped else [f"{rid}:{k}" for k in keys]
    scope = {"report": rid} if scoped else {}
    st = style or ("abbreviated" if SHORT[GOLD[rid]["agency"]] and SHORT[GOLD[rid]["agency"]] in q
                   and GOLD[rid]["agency"] not in q else "colloquial")
    return add(q, scope, "value", {"value": v, "unit": M[m][2]}, cells=cells, persona=persona, kind=kind,
               phrasing=phrasing, style=st, note=note or NOTE.get(m), previous=previous)


MEASURES = list(M)
TABLE_T4 = ["rv_tot", "rv_keep", "rv_fix", "ld_tot", "lr_tot", "lit"]

# ================================================================ 1. keyword strings (official)
pool = ELIG[:]
R.shuffle(pool)
n = 0
for rid in pool:
    if n >= 36:
        break
    g = GOLD[rid]
    sh = SHORT[g["agency"]]
    m = pick(MEASURES)
    word = pick(M[m][1])
    y = g["year"]
    forms = [f"{sh} {y} {word}", f"{y} {sh} {word}", f"{word} {sh} {y}年", f"{sh}{y}年{word.replace(' ', '')}",
             f"{y}年 {sh} {word} 件数", f"{sh} {word} {y}"]
    q = forms[n % len(forms)]
    if value_item(rid, m, q, persona="official", kind="keywords", phrasing=["year-body-measure", "reordered"][n % 2]):
        n += 1

# scoped keywords (the web page's report chosen)
n = 0
for rid in pool[60:]:
    if n >= 14:
        break
    m = pick(MEASURES)
    word = pick(M[m][1])
    forms = [f"{word}", f"今年 {word}", f"{word} 几件", f"本年度 {word} 数"]
    if value_item(rid, m, forms[n % 4], scoped=True, persona="official", kind="keywords", phrasing="scoped-keywords",
                  style="colloquial"):
        n += 1

# ================================================================ 2. wrapped in context / politeness (researcher, staffer)
WRAP = [
    ("researcher", "polite", "您好，麻烦问一下，{ag}{y}年的年报里{p}有多少件？谢谢！"),
    ("researcher", "context", "我是做课题的，想了解一下基层政府信息公开的情况：{ag}{y}年{p}是多少件？"),
    ("staffer", "boss", "领导让我查一下：{ag}{y}年{p}多少件，急用"),
    ("staffer", "boss", "【转】王科长：小李，帮我看看{ag}{y}年度信息公开年报，{p}一共几件，下午开会要用。"),
    ("researcher", "polite", "打扰了，我在整理各地年报数据，请问{sh}{y}年{p}几件？"),
    ("staffer", "boss", "主任在群里问：{sh}{y}年{p}到底多少？麻烦尽快回复"),
]
pool2 = pool[100:]
n = 0
for rid in pool2:
    if n >= 32:
        break
    g = GOLD[rid]
    m = pick(MEASURES)
    persona, ph, tpl = WRAP[n % len(WRAP)]
    q = tpl.format(ag=g["agency"], sh=SHORT[g["agency"]], y=g["year"], p=PROSE[m])
    if value_item(rid, m, q, persona=persona, kind="wrapped", phrasing=ph,
                  style=None if "{sh}" in tpl else ("formal" if persona == "researcher" else "colloquial")):
        n += 1

# ================================================================ 3. instructions to write / format (writer, formatter)
INSTR = [
    ("writer", "draft", "帮我写一句：{ag}{y}年共{p}多少件"),
    ("writer", "draft", "写一句话放进简报里，要带上数字：{ag}{y}年{p}的件数"),
    ("writer", "draft", "帮忙起草一句：“{y}年，{sh}{p}共X件”，把X填上"),
    ("formatter", "only-number", "只要数字：{ag}{y}年{p}"),
    ("formatter", "one-sentence", "用一句话回答，{sh}{y}年{p}多少件"),
    ("formatter", "only-number", "{sh} {y} {w}，只回数字，不要解释"),
    ("formatter", "one-sentence", "一句话告诉我{ag}{y}年{p}的件数，不用列来源"),
]
pool3 = pool[180:]
n = 0
for rid in pool3:
    if n >= 30:
        break
    g = GOLD[rid]
    m = pick(MEASURES)
    persona, ph, tpl = INSTR[n % len(INSTR)]
    q = tpl.format(ag=g["agency"], sh=SHORT[g["agency"]], y=g["year"], p=PROSE[m], w=pick(M[m][1]))
    if value_item(rid, m, q, persona=persona, kind="instruction", phrasing=ph,
                  style=None if ("{sh}" in tpl) else "colloquial"):
        n += 1

# scoped formatting on the chosen report
SINSTR = [("formatter", "only-number", "只要数字，{p}"), ("formatter", "one-sentence", "用一句话说说今年{p}有几件"),
          ("writer", "draft", "帮我写一句总结：本年度{p}多少件")]
n = 0
for rid in pool[260:]:
    if n >= 9:
        break
    m = pick(MEASURES)
    persona, ph, tpl = SINSTR[n % 3]
    if value_item(rid, m, tpl.format(p=PROSE[m]), scoped=True, persona=persona, kind="instruction", phrasing=ph,
                  style="colloquial"):
        n += 1

# ================================================================ 4. table labels cut short, 表四 especially (official)
n = 0
for rid in pool[300:]:
    if n >= 22:
        break
    g = GOLD[rid]
    m = pick(TABLE_T4 + ["r3_1", "r3_4", "r4_1", "r5_2", "r3"])
    lab = M[m][1][0]
    forms = [f"{SHORT[g['agency']]} {g['year']} {lab}", f"{g['year']}年{g['agency']} {lab}", f"{lab}？{SHORT[g['agency']]}{g['year']}"]
    if value_item(rid, m, forms[n % 3], persona="official", kind="cut-label", phrasing=["keywords", "fullname", "label-first"][n % 3],
                  style=None if n % 3 != 1 else "colloquial"):
        n += 1

# ================================================================ 5. wrong premises on values (skeptic)
PREM = [
    "为什么{sh}{y}年{p}有{wv}件？",
    "{ag}{y}年{p}不是{wv}件吗",
    "听说{sh}{y}年{p}是{wv}件，怎么这么多",
    "{sh} {y} {w} {wv}件？核实一下",
]
n = 0
for rid in pool[340:]:
    if n >= 22:
        break
    g = GOLD[rid]
    m = pick(["rv_fix", "rv_tot", "r3_1", "new", "r2", "ld_tot", "carry_out", "r5_2"])
    v = val(rid, m)
    if v is None:
        continue
    wv = v + 3 if v < 5 else v * 2
    tpl = PREM[n % 4]
    q = tpl.format(ag=g["agency"], sh=SHORT[g["agency"]], y=g["year"], p=PROSE[m], wv=wv, w=M[m][1][0])
    if value_item(rid, m, q, persona="skeptic", kind="wrong-premise", phrasing=["why", "isnt-it", "heard", "check"][n % 4],
                  style=None if "{sh}" in tpl else "colloquial",
                  note=f"wrong premise {wv}; the report prints {v}" + (f"; {NOTE[m]}" if m in NOTE else "")):
        n += 1

# ================================================================ 6. pasted prose quote + 「这个数对吗」, and prose-word measures
PAT = re.compile(r"主动公开[^。；;，,\n\d]{0,12}?信息(\d+)\s*条")
PAT_NM = re.compile(r"(?:政务新媒体|微信公众号|公众号)[^。；;，,\n\d]{0,15}?(?:发布|推送)[^。；;，,\n\d]{0,6}?(\d+)\s*(条|篇)")


def text_of(rid: str) -> str | None:
    g = GOLD[rid]
    if g["format"] not in ("txt", "markdown", "html"):
        return None
    p = FILE_OF[rid]
    if not p.exists():
        return None
    t = p.read_text(encoding="utf-8", errors="ignore")
    if g["format"] == "html":
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return t


def clause(t: str, m: re.Match) -> str:
    a = max(t.rfind(c, 0, m.start()) for c in "。；;，,\n") + 1
    b = min([i for i in (t.find(c, m.end()) for c in "。；;，,\n") if i >= 0] or [len(t)])
    return t[a:b].strip()


prose_pool = [r for r in IDS if GOLD[r]["year"] and SHORT[GOLD[r]["agency"]] and len(BY_AY[(GOLD[r]["agency"], GOLD[r]["year"])]) == 1]
R.shuffle(prose_pool)
n_q = n_p = n_nm = 0
for rid in prose_pool:
    t = text_of(rid)
    if not t:
        continue
    g = GOLD[rid]
    sh = SHORT[g["agency"]]
    hits = list(PAT.finditer(t))
    if len(hits) == 1 and len(set(re.findall(r"主动公开[^。\n]{0,20}?\d+\s*条", t))) == 1:
        mm = hits[0]
        quote = clause(t, mm)
        v = int(mm.group(1))
        if " " in quote.strip() or len(quote) > 60:
            pass
        elif n_q < 12:
            wrong = n_q % 2 == 1
            shown = quote.replace(mm.group(1), str(v + 100)) if wrong else quote
            q = [f"“{shown}”——这是{sh}{g['year']}年年报里的，这个数对吗？主动公开到底多少条",
                 f"{g['agency']}{g['year']}年报原文：「{shown}」。这个数对吗"][n_q % 2 if False else (n_q // 2) % 2]
            add(q, {}, "narrative", {"value": v, "unit": "条"}, persona="skeptic", kind="pasted-quote",
                phrasing="altered" if wrong else "verbatim", style="abbreviated" if sh in q and g["agency"] not in q else "colloquial",
                source_quote={rid: quote}, note=("the pasted figure is altered (+100); " if wrong else "") + "expected the text's figure")
            n_q += 1
            continue
        elif n_p < 14:
            forms = [f"{sh} {g['year']} 主动公开 信息 条数", f"{g['agency']}{g['year']}年主动公开了多少条政府信息",
                     f"领导要个数：{sh}{g['year']}年门户网站主动公开信息多少条", f"只要数字：{g['agency']}{g['year']}年主动公开政府信息条数"]
            q = forms[n_p % 4]
            add(q, {}, "narrative", {"value": v, "unit": "条"}, persona=["official", "researcher", "staffer", "formatter"][n_p % 4],
                kind="prose-word", phrasing="主动公开/" + ["keywords", "question", "boss", "only-number"][n_p % 4], style="abbreviated" if sh in q and g["agency"] not in q else "colloquial",
                source_quote={rid: quote})
            n_p += 1
            continue
    nm = list(PAT_NM.finditer(t))
    if len(nm) == 1 and n_nm < 10:
        mm = nm[0]
        quote = clause(t, mm)
        if len(quote) > 60:
            continue
        v = int(mm.group(1))
        forms = [f"{sh} {g['year']} 政务新媒体 发布 条数", f"{g['agency']}{g['year']}年公众号发了多少条信息",
                 f"帮我写一句：{g['agency']}{g['year']}年通过政务新媒体发布信息多少{mm.group(2)}", f"{sh}{g['year']}年 微信公众号 发布信息"]
        q = forms[n_nm % 4]
        add(q, {}, "narrative", {"value": v, "unit": mm.group(2)}, persona=["official", "researcher", "writer", "official"][n_nm % 4],
            kind="prose-word", phrasing="政务新媒体/" + ["keywords", "question", "draft", "keywords"][n_nm % 4], style="abbreviated" if sh in q and g["agency"] not in q else "colloquial",
            source_quote={rid: quote})
        n_nm += 1

# pasted table line + 「对吗」 (value: the true cell)
n = 0
for rid in pool[380:]:
    if n >= 8:
        break
    g = GOLD[rid]
    m = pick(["new", "r1", "rv_tot", "r7"])
    v = val(rid, m)
    if v is None:
        continue
    shown = v if n % 2 == 0 else v + 2
    q = f"{SHORT[g['agency']]}{g['year']}年报表格里“{M[m][1][0]}”那格是{shown}，这个数对吗"
    if value_item(rid, m, q, persona="skeptic", kind="pasted-quote", phrasing="table-cell",
                  note=None if shown == v else f"pasted {shown}; printed {v}"):
        n += 1

# ================================================================ 7. lists and rankings over a province's / city's bodies of one year
def prov(region: str) -> str:
    m = re.match(r"^(.+?(?:省|自治区|北京市|上海市|天津市|重庆市))", region)
    return m.group(1) if m else region[:3]


def city(region: str) -> str | None:
    p = prov(region)
    m = re.match(r"^(.+?(?:市|州|盟|地区))", region[len(p):])
    return p + m.group(1) if m and p not in ("北京市", "上海市", "天津市", "重庆市") else None


groups: dict[tuple[str, int], list[str]] = defaultdict(list)
for rid, g in GOLD.items():
    groups[(prov(g["region"]), g["year"])].append(rid)
    c = city(g["region"])
    if c:
        groups[(c, g["year"])].append(rid)
PSHORT = {"宁夏回族自治区": "宁夏", "广西壮族自治区": "广西", "内蒙古自治区": "内蒙古", "新疆维吾尔自治区": "新疆"}
LIST_M = ["new", "r1", "r2", "rv_tot", "r7", "carry_out"]
cands = []
for (place, y), rids in sorted(groups.items()):
    if not 3 <= len(rids) <= 8:
        continue
    if not all(tabled(r) for r in rids):
        continue
    if len({GOLD[r]["agency"] for r in rids}) != len(rids):
        continue
    cands.append((place, y, sorted(rids)))
R.shuffle(cands)
LQ = [
    ("list", "table", "{pl} {y} 各单位 {w} 列个表"),
    ("rank", "sorted", "{pl}{y}年的年报，按{p}从多到少排一下"),
    ("list", "table", "把{pl}{y}年每家单位的{p}列个表给我"),
    ("rank", "sorted", "{y} {pl} {w} 排名 从高到低"),
    ("rank", "top", "{pl}{y}年哪家{p}最多？"),
]
n = 0
for place, y, rids in cands:
    if n >= 30:
        break
    m = LIST_M[n % len(LIST_M)]
    vals = {r: val(r, m) for r in rids}
    if any(v is None for v in vals.values()):
        continue
    intent, ph, tpl = LQ[n % len(LQ)]
    pl = PSHORT.get(place, place)
    q = tpl.format(pl=pl, y=y, w=M[m][1][0], p=PROSE[m])
    exp = {"values": vals, "unit": M[m][2]}
    if intent == "rank":
        order = sorted(rids, key=lambda r: (-vals[r], r))
        if ph == "top":
            if len(order) > 1 and vals[order[0]] == vals[order[1]]:
                continue
            order = order[:1]
        exp["order"] = order
    cells = [f"{r}:{k}" for r in rids for k in M[m][0]]
    if add(q, {}, intent, exp, cells=cells, persona=["supervisor", "researcher"][n % 2], kind="list-rank", phrasing=ph,
           style="abbreviated" if pl != place else "colloquial",
           note=f"every report of the store whose region is in {place}, year {y}" + (f"; {NOTE[m]}" if m in NOTE else "")):
        n += 1

# ================================================================ 7b. two years / two bodies / all years, typed as keywords or formats
n = 0
for a in sorted(a for a, ys in YEARS_OF.items() if len(ys) > 1 and SHORT[a]):
    rids = [BY_AY[(a, y)][0] for y in sorted(YEARS_OF[a]) if len(BY_AY[(a, y)]) == 1 and tabled(BY_AY[(a, y)][0])]
    if len(rids) < 2:
        continue
    sh = SHORT[a]
    r1, r2 = rids[-2], rids[-1]
    y1, y2 = GOLD[r1]["year"], GOLD[r2]["year"]
    for k, m in enumerate(["new", "r1", "rv_tot"]):
        v1, v2 = val(r1, m), val(r2, m)
        if v1 is None or v2 is None:
            continue
        w = M[m][1][0]
        cells = [f"{r}:{x}" for r in (r1, r2) for x in M[m][0]]
        if k == 0:
            add(f"{sh} {y1} {y2} {w} 对比", {}, "compare", {"values": {r1: v1, r2: v2}, "unit": "件"}, cells=cells,
                persona="official", kind="keywords", phrasing="two-years", style="abbreviated", note=NOTE.get(m))
        elif k == 1:
            calc = "+".join("{%s:%s}" % (r2, x) for x in M[m][0]) + "-(" + "+".join("{%s:%s}" % (r1, x) for x in M[m][0]) + ")"
            add(f"只要数字：{a}{y2}年{PROSE[m]}比{y1}年多了几件（少了就写负数）", {}, "change", {"value": v2 - v1, "unit": "件"},
                cells=cells, calc=calc, persona="formatter", kind="instruction", phrasing="only-number", style="colloquial",
                note=NOTE.get(m))
        else:
            add(f"{sh}{y2}年和{y1}年的{w}，列个表", {}, "compare", {"values": {r1: v1, r2: v2}, "unit": "件"}, cells=cells,
                persona="supervisor", kind="list-rank", phrasing="table", style="abbreviated", note=NOTE.get(m))
        n += 1
    if len(rids) >= 3:
        m = "new"
        vals = {r: val(r, m) for r in rids}
        if all(v is not None for v in vals.values()):
            add(f"{sh} 历年 新收申请 列个表", {}, "trend", {"values": vals, "unit": "件"},
                cells=[f"{r}:t3.new.tot" for r in rids], persona="researcher", kind="list-rank", phrasing="table",
                style="abbreviated", note="every year of the agency stored with a recoverable table")
# two bodies of one province and year
bys = defaultdict(list)
for r in ELIG:
    bys[(prov(GOLD[r]["region"]), GOLD[r]["year"])].append(r)
pairs = []
for key in sorted(bys):
    rs = sorted(bys[key])
    if len(rs) >= 2:
        pairs.append((rs[0], rs[-1]))
random.Random(7).shuffle(pairs)
CQ = [("{s1} {s2} {y} {w} 哪个多", "keywords", "official"), ("您好，想请教一下{a1}和{a2}{y}年{p}分别是多少？", "polite", "researcher"),
      ("帮我写一句对比：{y}年{s1}和{s2}的{p}各多少件", "draft", "writer"), ("列个表：{s1}、{s2} {y}年 {w}", "table", "supervisor")]
n = 0
for r1, r2 in pairs:
    if n >= 24:
        break
    m = pick(["new", "r1", "r2", "r7", "rv_tot", "carry_out"])
    v1, v2 = val(r1, m), val(r2, m)
    if v1 is None or v2 is None or GOLD[r1]["year"] != GOLD[r2]["year"]:
        continue
    tpl, ph, per = CQ[n % 4]
    g1, g2 = GOLD[r1], GOLD[r2]
    q = tpl.format(s1=SHORT[g1["agency"]], s2=SHORT[g2["agency"]], a1=g1["agency"], a2=g2["agency"], y=g1["year"],
                   w=M[m][1][0], p=PROSE[m])
    exp = {"values": {r1: v1, r2: v2}, "unit": "件"}
    if ph == "keywords":
        if v1 == v2:
            continue
        exp["order"] = [r1 if v1 > v2 else r2]
    add(q, {}, "compare", exp, cells=[f"{r}:{x}" for r in (r1, r2) for x in M[m][0]], persona=per, kind="two-bodies"
        if ph != "table" else "list-rank", phrasing=ph, style="colloquial" if ph == "polite" else "abbreviated", note=NOTE.get(m))
    n += 1

# ================================================================ 8. chats: a keyword string, then terse follow-ups
multi = sorted(a for a, ys in YEARS_OF.items() if len(ys) > 1 and SHORT[a])
n = 0
for a in multi:
    ys = sorted(ys for ys in YEARS_OF[a])
    rids = [BY_AY[(a, y)][0] for y in ys if len(BY_AY[(a, y)]) == 1]
    rids = [r for r in rids if tabled(r)]
    if len(rids) < 2:
        continue
    r2, r1 = rids[-1], rids[-2]
    m = pick(["new", "r1", "rv_tot", "r2"])
    first = f"{SHORT[a]} {GOLD[r2]['year']} {M[m][1][0]}"
    if val(r2, m) is None or val(r1, m) is None:
        continue
    q2 = f"那{GOLD[r1]['year']}年呢"
    if value_item(r1, m, q2, persona="official", kind="chat", phrasing="followup-year", previous=first, style="colloquial"):
        n += 1
    m2 = pick(["r2", "carry_out", "rv_keep", "r7"])
    if m2 != m and val(r1, m2) is not None:
        value_item(r1, m2, f"{M[m2][1][0]}呢，只要数字", persona="formatter", kind="chat", phrasing="followup-measure",
                   previous=[first, q2], style="colloquial")
    if n >= 10:
        break

# ================================================================ 9. unanswerable (same styles)
UN = []
# (a) a year not stored
n = 0
upool = ELIG[:]
random.Random(2).shuffle(upool)
for rid in upool:
    if n >= 12:
        break
    g = GOLD[rid]
    a = g["agency"]
    y = min(YEARS_OF[a]) - 4
    if y in YEARS_OF[a]:
        continue
    m = pick(MEASURES)
    forms = [f"{SHORT[a]} {y} {M[m][1][0]}", f"领导让我查一下：{a}{y}年{PROSE[m]}多少件，急用",
             f"为什么{SHORT[a]}{y}年{PROSE[m]}比上一年多？", f"只要数字：{a}{cn_year(y)}年{PROSE[m]}"]
    q = forms[n % 4]
    add(q, {}, "unanswerable", {"refuse": True}, persona=["official", "staffer", "skeptic", "formatter"][n % 4],
        kind="unanswerable", phrasing="year-not-stored", style="abbreviated" if SHORT[a] in q and a not in q else "colloquial",
        note=f"asked as value; no {y} report of {a} in the store (has {sorted(YEARS_OF[a])})")
    n += 1
# (b) a body not stored (a department of a stored place that has no report)
DEPTS = ["审计局", "统计局", "档案局", "气象局", "医疗保障局", "退役军人事务局"]
n = 0
upool = ELIG[:]
random.Random(4).shuffle(upool)
for rid in upool:
    if n >= 10:
        break
    g = GOLD[rid]
    m = re.match(r"^(.*?(?:区|县))", g["region"])
    if not m:
        continue
    base = m.group(1)
    base = re.sub(r"^.+?(?:省|自治区)", "", base)
    d = DEPTS[n % len(DEPTS)]
    body = base + d
    if any(d in x and base[-3:] in x for x in AGENCIES):
        continue
    mm = pick(MEASURES)
    forms = [f"{body} {g['year']} {M[mm][1][0]}", f"您好，麻烦问一下，{body}{g['year']}年{PROSE[mm]}有多少件？",
             f"为什么{body}{g['year']}年{PROSE[mm]}是0件"]
    q = forms[n % 3]
    add(q, {}, "unanswerable", {"refuse": True}, persona=["official", "researcher", "skeptic"][n % 3], kind="unanswerable",
        phrasing="body-not-stored", style="colloquial", note=f"asked as value; no report of {body} in the store")
    n += 1
# (c) measures no report has
ABSENT = [
    ("信息公开 工作经费 预算", "经费"), ("申请人 年龄 分布", "年龄"), ("女性申请人 占比", "女性"),
    ("依申请 平均每件 处理成本", "成本"), ("申请人 满意度 评分", "满意度评分"),
]
n = 0
upool = ELIG[:]
random.Random(3).shuffle(upool)
for rid in upool:
    if n >= 15:
        break
    g = GOLD[rid]
    t = text_of(rid)
    if t is None:
        continue
    kw, probe = ABSENT[n % len(ABSENT)]
    if probe in t:
        continue
    a = g["agency"]
    forms = [f"{SHORT[a]} {g['year']} {kw}", f"我是做课题的，想了解{a}{g['year']}年{kw.replace(' ', '')}是多少",
             f"列个表：{SHORT[a]}{g['year']}年{kw.replace(' ', '')}", f"只要数字，{kw.replace(' ', '')}"]
    q = forms[n % 4]
    scoped = n % 4 == 3
    add(q, {"report": rid} if scoped else {}, "unanswerable", {"refuse": True},
        persona=["official", "researcher", "formatter", "formatter"][n % 4], kind="unanswerable", phrasing="measure-absent",
        style="abbreviated" if SHORT[a] in q and a not in q else "colloquial",
        note=f"asked as value; the report has no {probe} figure (checked on its text)")
    n += 1
# (e) a GF2021 cell asked of GF2019 and vice versa
n = 0
upool = ELIG[:]
random.Random(5).shuffle(upool)
for rid in upool:
    g = GOLD[rid]
    if n >= 6:
        break
    if g["template"] == "GF2021":
        q = f"{SHORT[g['agency']]} {g['year']} 政府集中采购 金额"
        why = "GF2021 has no 政府集中采购 row"
    else:
        q = f"{SHORT[g['agency']]}{g['year']}年 其他处理-申请人逾期未按收费通知要求缴纳费用"
        why = "GF2019 has no （六）2 row"
    add(q, {}, "unanswerable", {"refuse": True}, persona="official", kind="unanswerable", phrasing="template-cell",
        style="abbreviated", note=f"asked as value; {why}")
    n += 1

# ---------------------------------------------------------------- write
for i, it in enumerate(items, 1):
    it["id"] = f"zd{i:04d}"
with OUT.open("w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    c = Counter(it["intent"] for it in items)
    print(len(items), dict(c))
    print(Counter(it["persona"] for it in items))
    print(Counter(it["kind"] for it in items))
