"""Writes blindo.jsonl: a blind held-out bank of everyday user questions over eval/wild … eval/wild17.

    PYTHONPATH=. python eval/questions/blindo/make_blindo.py

Deterministic (fixed seed, sorted inputs): identical bytes on every run. Expectations come from the gold cells;
every quote / contains string is checked against the report's own text (whitespace and markup ignored).
"""
from __future__ import annotations

import html
import json
import logging
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SETS = ["wild", *(f"wild{i}" for i in range(2, 18))]
OUT = Path(__file__).with_name("blindo.jsonl")
R = random.Random(20261205)


# ---------------------------------------------------------------- reports and their text
def text_of(p: Path) -> str | None:
    s = p.suffix.lower()
    if s == ".pdf":
        from pdfminer.high_level import extract_text

        logging.disable(logging.WARNING)
        t = extract_text(str(p))
    elif s in (".docx", ".odt"):
        z = zipfile.ZipFile(p)
        x = z.read("word/document.xml" if s == ".docx" else "content.xml").decode("utf8")
        t = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>|</text:p>", "\n", x)))
    elif s in (".html", ".htm", ".md", ".txt"):
        raw = p.read_bytes()
        x = None
        for enc in ("utf-8", "gb18030"):
            try:
                x = raw.decode(enc)
                break
            except UnicodeDecodeError:
                pass
        if x is None:
            return None
        x = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", x)
        x = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>", "\n", x)
        t = html.unescape(re.sub(r"<[^>]+>", "", x))
    else:
        return None
    return re.sub("[\u200b\u00ad\ufeff\u200c\u200d]", "", t)


def norm(s: str) -> str:
    return re.sub(r"[\s#*|]", "", s)


G: dict[str, dict] = {}
SETOF: dict[str, str] = {}
TEXT: dict[str, str | None] = {}
for st in SETS:
    for f in sorted((ROOT / "eval" / st / "gold").glob("*.json")):
        g = json.loads(f.read_text("utf8"))
        G[g["id"]] = g
        SETOF[g["id"]] = st
        try:
            t = text_of(ROOT / "eval" / st / g["file"])
        except Exception:  # noqa: BLE001 — an unreadable carrier is simply not used for text questions
            t = None
        TEXT[g["id"]] = norm(t) if t and len(norm(t)) > 800 else None
IDS = sorted(G)
AY = Counter((g["agency"], g["year"]) for g in G.values())
W17 = [i for i in IDS if SETOF[i] == "wild17"]


def cell(rid: str, key: str):
    t, _, k = key.partition(".")
    return (G[rid].get(t) or {}).get(k)


def table_clean(rid: str, t: str) -> bool:
    return not any(f["where"].startswith(t) for f in G[rid]["findings"])


def readable(rid: str) -> bool:
    g = G[rid]
    return g["template"] in ("GF2019", "GF2021") and g["tables_recoverable"] and AY[(g["agency"], g["year"])] == 1


# ---------------------------------------------------------------- names and years
ABBR = [
    ("人民政府办公室", "政府办"), ("人民政府办公厅", "政府办公厅"), ("人民政府", "政府"),
    ("人力资源和社会保障局", "人社局"), ("人力资源和社会保障厅", "人社厅"), ("住房和城乡建设局", "住建局"),
    ("市场监督管理局", "市场监管局"), ("卫生健康委员会", "卫健委"), ("卫生健康局", "卫健局"),
    ("发展和改革委员会", "发改委"), ("发展和改革局", "发改局"), ("自然资源和规划局", "自规局"),
    ("教育体育局", "教体局"), ("交通运输局", "交通局"), ("城市管理和综合执法局", "城管执法局"),
    ("农业农村局", "农业农村局"), ("生态环境局", "环保局"), ("医疗保障局", "医保局"), ("财政局", "财政局"),
    ("司法局", "司法局"), ("民政局", "民政局"), ("街道办事处", "街道"),
]
PROV = re.compile(r"^(.{2,3}?(省|自治区))")


def short_raw(agency: str) -> str:
    s = agency
    for a, b in ABBR:
        if a in s:
            s = s.replace(a, b)
            break
    s = PROV.sub("", s) if re.search(r"[市州盟]", s[4:]) else s
    m = re.match(r"^(.{2,4}?市)(.{2,4}?[区县])(.+)$", s)
    if m and "省" not in m.group(1):
        s = m.group(2) + m.group(3)
    return s


def short(agency: str) -> str | None:
    s = short_raw(agency)
    if s == agency:
        return None
    others = {g["agency"] for g in G.values()} - {agency}
    if any(s in o for o in others) or any(short_raw(o) == s for o in others):
        return None
    return s


CN = "〇一二三四五六七八九"


def yr(y: int, r: random.Random) -> str:
    k = r.random()
    if k < 0.55:
        return f"{y}年"
    if k < 0.72:
        return f"{y % 100}年"
    if k < 0.85:
        return f"{y}年度"
    return "".join(CN[int(c)] for c in str(y)) + "年"


def name(rid: str, r: random.Random, p_short: float = 0.35) -> tuple[str, bool]:
    a = G[rid]["agency"]
    s = short(a)
    if s and r.random() < p_short:
        return s, True
    return a, False


# ---------------------------------------------------------------- dress
TYPO = {"申请": "申清", "复议": "复意", "诉讼": "诉颂", "公开": "公凯", "多少": "多小", "处理": "出理", "结转": "节转",
        "政策": "正策", "培训": "陪训"}
TRAD = dict(zip("个们这请问开么发单报时办数总计议讼结转处理应对关区县统门务体会说几没给实复诉书图长级决",
                "個們這請問開麼發單報時辦數總計議訟結轉處理應對關區縣統門務體會說幾沒給實複訴書圖長級決"))


def dress(q: str, kind: str, r: random.Random) -> str:
    if kind == "voice":
        q = re.sub(r"[，。？！、：；「」,?!]", " ", q).strip()
        q = r.choice(["那个", "呃", "就是", ""]) + q + r.choice(["啊", "呢", "来着", ""])
        return re.sub(r"\s+", " ", q).strip()
    if kind == "typo":
        for a, b in TYPO.items():
            if a in q:
                return q.replace(a, b, 1)
        return q
    if kind == "trad":
        return "".join(TRAD.get(c, c) for c in q)
    return q


def phr(r: random.Random, v=0.07, t=0.07, tr=0.05) -> str:
    k = r.random()
    return "voice" if k < v else "typo" if k < v + t else "trad" if k < v + t + tr else "plain"


# ---------------------------------------------------------------- measures (one figure)
COLS = ("biz", "sci", "npo", "law", "oth")
MEAS = [
    # key, cells(fn of template), unit, phrasings, weight
    ("new", lambda t: ["t3.new.tot"], "件", ["收到多少件政府信息公开申请", "新收的依申请公开有几件", "一共接了多少个信息公开申请",
                                                 "本年新收政府信息公开申请数量是多少", "收到的申请总共几件"], 8),
    ("carry_in", lambda t: ["t3.carry_in.tot"], "件", ["上年结转的申请有几件", "从上一年转过来的申请多少件", "上年度结转过来多少件"], 3),
    ("r1", lambda t: ["t3.r1.tot"], "件", ["予以公开的有多少件", "全部公开了几件", "同意公开的申请多少件"], 6),
    ("r2", lambda t: ["t3.r2.tot"], "件", ["部分公开几件", "部分公开的有多少", "只公开了一部分的申请多少件"], 4),
    ("r3", lambda t: [f"t3.r3_{i}.tot" for i in range(1, 9)], "件", ["不予公开的一共多少件", "不予公开总数是多少", "有几件是不予公开的"], 5),
    ("r3_1", lambda t: ["t3.r3_1.tot"], "件", ["因为属于国家秘密不予公开的有几件"], 1),
    ("r3_3", lambda t: ["t3.r3_3.tot"], "件", ["危及“三安全一稳定”不予公开的多少件"], 1),
    ("r3_4", lambda t: ["t3.r3_4.tot"], "件", ["因保护第三方合法权益不予公开几件"], 1),
    ("r3_5", lambda t: ["t3.r3_5.tot"], "件", ["属于三类内部事务信息不予公开的多少件"], 1),
    ("r3_6", lambda t: ["t3.r3_6.tot"], "件", ["属于四类过程性信息不予公开的有几件", "过程性信息不公开的多少件"], 2),
    ("r3_7", lambda t: ["t3.r3_7.tot"], "件", ["行政执法案卷不予公开几件"], 1),
    ("r4", lambda t: [f"t3.r4_{i}.tot" for i in range(1, 4)], "件", ["无法提供的有多少件", "无法提供一共几件"], 4),
    ("r4_1", lambda t: ["t3.r4_1.tot"], "件", ["本机关不掌握相关政府信息的有几件", "因为信息不归本机关掌握而没法提供的多少件"], 3),
    ("r4_2", lambda t: ["t3.r4_2.tot"], "件", ["没有现成信息需要另行制作的多少件"], 1),
    ("r4_3", lambda t: ["t3.r4_3.tot"], "件", ["补正后申请内容仍不明确的有几件"], 1),
    ("r5", lambda t: [f"t3.r5_{i}.tot" for i in range(1, 6)], "件", ["不予处理的一共多少件", "不予处理几件"], 3),
    ("r5_1", lambda t: ["t3.r5_1.tot"], "件", ["信访举报投诉类申请不予处理的有多少件", "属于信访举报投诉的不予处理几件"], 2),
    ("r5_2", lambda t: ["t3.r5_2.tot"], "件", ["重复申请不予处理的多少件"], 1),
    ("r5_4", lambda t: ["t3.r5_4.tot"], "件", ["无正当理由大量反复申请的有几件"], 1),
    ("r6", lambda t: ["t3.r6.tot"] if t == "GF2019" else [f"t3.r6_{i}.tot" for i in range(1, 4)], "件", ["其他处理的有多少件"], 2),
    ("r7", lambda t: ["t3.r7.tot"], "件", ["办理结果总计多少件", "一共办结了多少件申请", "答复总数是多少"], 4),
    ("carry_out", lambda t: ["t3.carry_out.tot"], "件", ["结转下年度继续办理的有几件", "转到下一年办的多少件", "年底没办完结转下年的多少件"], 4),
    ("np", lambda t: ["t3.new.np"], "件", ["自然人提的申请有多少件", "老百姓个人申请的有几件", "自然人申请数量"], 4),
    ("legal", lambda t: [f"t3.new.{c}" for c in COLS], "件", ["法人或其他组织提出的申请多少件", "企业和单位那边的申请一共几件"], 3),
    ("biz", lambda t: ["t3.new.biz"], "件", ["商业企业提的申请几件"], 1),
    ("rv.tot", lambda t: ["t4.rv.tot"], "件", ["因政府信息公开被申请行政复议多少件", "行政复议总计几件", "被复议了几次"], 5),
    ("rv.keep", lambda t: ["t4.rv.keep"], "件", ["行政复议结果维持的有几件", "复议维持了多少件"], 2),
    ("rv.fix", lambda t: ["t4.rv.fix"], "件", ["行政复议结果纠正的多少件", "复议被纠正几件"], 2),
    ("rv.pend", lambda t: ["t4.rv.pend"], "件", ["行政复议尚未审结的有几件"], 1),
    ("ld.tot", lambda t: ["t4.ld.tot"], "件", ["未经复议直接起诉的行政诉讼有几件", "直接起诉的诉讼案件多少件"], 3),
    ("lr.tot", lambda t: ["t4.lr.tot"], "件", ["复议后起诉的行政诉讼几件", "先复议后起诉的多少件"], 2),
    ("lit", lambda t: ["t4.ld.tot", "t4.lr.tot"], "件", ["行政诉讼一共多少件", "被告到法院的信息公开案子总共几件"], 3),
    ("ld.fix", lambda t: ["t4.ld.fix"], "件", ["直接起诉的案件里结果纠正的几件"], 1),
    ("lic", lambda t: ["t2.license.decisions"], "件", ["行政许可处理决定数量是多少", "行政许可决定多少件"], 3),
    ("pen", lambda t: ["t2.penalty.decisions"], "件", ["行政处罚决定数量多少", "作出了多少行政处罚"], 3),
    ("coe", lambda t: ["t2.coercion.decisions"], "件", ["行政强制决定数量是多少"], 1),
    ("norm.valid", lambda t: ["t2.norm.valid"] if t == "GF2021" else None, "件", ["现行有效的规范性文件有多少件", "行政规范性文件现行有效件数"], 2),
    ("norm.made", lambda t: ["t2.norm.made"] if t == "GF2021" else ["t2.norm.new_made"], "件", ["本年制发的规范性文件几件", "新制发了多少规范性文件"], 2),
    ("fee", lambda t: ["t2.fee.amount_wan"] if t == "GF2021" else None, "万元", ["行政事业性收费金额是多少", "收费金额多少万元"], 1),
]
MW = [m[4] for m in MEAS]

PERSONA = {  # persona: (share, preamble forms)
    "officer": (0.22, ["", "", "我们单位", "帮我核对一下，", "填报的时候想确认下，"]),
    "citizen": (0.15, ["请问", "帮我查下", "麻烦问一下", "想了解一下", ""]),
    "journalist": (0.13, ["", "写稿需要：", "请问", ""]),
    "evaluator": (0.13, ["评估用：", "", "核查："]),
    "lawyer": (0.11, ["以年报为准，", "请问", ""]),
    "deputy": (0.09, ["", "请问", "准备建议材料，想知道"]),
    "researcher": (0.10, ["", "做数据整理：", "请问"]),
    "hotline": (0.07, ["有群众来电问，", "市民咨询：", "热线这边有人问"]),
}
LAWYER_KEYS = {"rv.tot", "rv.keep", "rv.fix", "rv.pend", "ld.tot", "lr.tot", "lit", "ld.fix", "r3", "r3_1", "r3_3", "r3_4",
               "r3_5", "r3_6", "r3_7", "r4", "r4_1", "r4_2", "r4_3", "r5", "r5_1", "r5_2", "r5_4"}

ITEMS: list[dict] = []


def add(q, scope, intent, expect, persona, kind, ph, rids, style, **kw):
    it = {"q": q, "scope": scope, "intent": intent, "style": style, "expect": expect}
    it.update({k: v for k, v in kw.items() if v is not None})
    it.update({"persona": persona, "kind": kind, "phrasing": ph, "sets": sorted({SETOF[x] for x in rids})})
    ITEMS.append(it)


def value_ok(rid, cells, tm_cells=True):
    t = {c.split(".")[0] for c in cells}
    return all(isinstance(cell(rid, c), (int, float)) and not isinstance(cell(rid, c), bool) for c in cells) and all(
        table_clean(rid, x) for x in t)


def pick_report(r, pool, p17=0.27):
    p = [x for x in pool if SETOF[x] == "wild17"]
    if p and r.random() < p17:
        return r.choice(p)
    return r.choice([x for x in pool if SETOF[x] != "wild17"] or pool)


def persona_pick(r, allowed=None):
    ps = [p for p in PERSONA if allowed is None or p in allowed]
    return r.choices(ps, [PERSONA[p][0] for p in ps])[0]


READ = [i for i in IDS if readable(i)]


# ---------------------------------------------------------------- value (one figure)
def gen_values(n):
    r = random.Random(1)
    made = 0
    seen = set()
    while made < n:
        m = r.choices(MEAS, MW)[0]
        rid = pick_report(r, READ)
        g = G[rid]
        cells = m[1](g["template"])
        if not cells or not value_ok(rid, cells) or (rid, m[0]) in seen:
            continue
        seen.add((rid, m[0]))
        persona = persona_pick(r) if m[0] not in LAWYER_KEYS or r.random() < 0.5 else "lawyer"
        pre = r.choice(PERSONA[persona][1])
        ph = phr(r)
        body = r.choice(m[3])
        if pre == "我们单位" and r.random() < 0.5:
            pre = ""
        scoped = r.random() < 0.25 and persona in ("officer", "citizen", "hotline", "lawyer")
        if scoped:
            when = r.choice(["今年", "本年度", "这份年报里", ""])
            q = f"{pre}{when}{body}？"
            sc, style = {"report": rid}, "colloquial"
        else:
            nm, ab = name(rid, r)
            y = yr(g["year"], r)
            form = r.random()
            if form < 0.5:
                q = f"{pre}{nm}{y}{body}？"
            elif form < 0.8:
                q = f"{pre}{y}{nm}{body}？"
            else:
                q = f"{pre}{nm}的{y}年报里，{body}？".replace("年年报", "年报")
            sc, style = {}, ("abbreviated" if ab else ("formal" if persona in ("lawyer", "researcher", "deputy") else "colloquial"))
        q = dress(q, ph, r)
        val = sum(cell(rid, c) for c in cells)
        add(q, sc, "value", {"value": val, "unit": m[2]}, persona, "one figure", ph, [rid], style,
            cells=[c if scoped else f"{rid}:{c}" for c in cells] if not scoped else cells)
        made += 1


# ---------------------------------------------------------------- narrative
NARR = [
    ("主动公开", r"主动公开[^。，；0-9]{0,12}?政府信息(\d+)条", "条", ["主动公开了多少条政府信息", "全年主动公开信息多少条", "主动公开信息数量"]),
    ("政策文件", r"其中政策文件(\d+)条", "条", ["主动公开的政策文件有多少条", "公开了几条政策文件"]),
    ("解读", r"政策解读(\d+)篇", "篇", ["发布政策解读多少篇", "政策解读做了几篇", "解读稿件有多少篇"]),
    ("培训", r"培训(\d+)([次场期])", None, ["组织了几次信息公开业务培训", "培训搞了几场"]),
    ("公众号", r"公众号[^。，]{0,12}?(\d+)条", "条", ["政务公众号发了多少条信息"]),
]


def gen_narr(n):
    r = random.Random(2)
    pool = [i for i in IDS if TEXT[i] and AY[(G[i]["agency"], G[i]["year"])] == 1]
    made, seen = 0, set()
    tries = 0
    while made < n and tries < 5000:
        tries += 1
        key, pat, unit, bodies = r.choices(NARR, [5, 3, 4, 1, 1])[0]
        rid = pick_report(r, pool)
        ms = list(re.finditer(pat, TEXT[rid]))
        if len(ms) != 1 or (rid, key) in seen:
            continue
        seen.add((rid, key))
        mt = ms[0]
        u = unit or mt.group(2)
        pre_t = TEXT[rid][max(0, mt.start() - 30):mt.start()]
        cut = max(pre_t.rfind(c) for c in "，。；、：")
        quote = pre_t[cut + 1:] + TEXT[rid][mt.start():mt.end()]
        persona = persona_pick(r, ["officer", "journalist", "citizen", "deputy", "hotline", "evaluator"])
        ph = phr(r)
        body = r.choice(bodies)
        pre = r.choice(PERSONA[persona][1])
        if persona == "officer" and r.random() < 0.5:
            q, sc, style = f"我们今年{body}？", {"report": rid}, "colloquial"
        else:
            nm, ab = name(rid, r)
            q, sc = f"{pre}{nm}{yr(G[rid]['year'], r)}{body}？", {}
            style = "abbreviated" if ab else "colloquial"
        add(dress(q, ph, r), sc, "narrative", {"value": int(mt.group(1)), "unit": u}, persona, "narrative figure", ph, [rid],
            style, source_quote=quote if sc else {rid: quote})
        made += 1
    # 信息处理费: yes/no from the text
    r2 = random.Random(22)
    cand = [i for i in pool if len(re.findall("未收取信息处理费", TEXT[i])) == 1]
    for rid in sorted(r2.sample(cand, min(10, len(cand)))):
        nm, ab = name(rid, r2)
        persona = r2.choice(["citizen", "journalist", "lawyer", "hotline"])
        q = r2.choice([f"{nm}{yr(G[rid]['year'], r2)}收没收信息处理费？", f"请问{nm}{yr(G[rid]['year'], r2)}有没有收取信息处理费",
                       f"{yr(G[rid]['year'], r2)}{nm}依申请公开收费了吗？"])
        add(q, {}, "narrative", {"contains": ["未收取信息处理费"]}, persona, "narrative yes/no", "plain", [rid],
            "abbreviated" if ab else "colloquial", source_quote={rid: "未收取信息处理费"})


# ---------------------------------------------------------------- problems (section 五)
def sec5(t):
    m = t.rfind("存在的主要问题及改进情况")
    if m < 0:
        return None
    e = t.find("其他需要报告的事项", m)
    return t[m:e if e > 0 else m + 800]


def gen_problems(n):
    r = random.Random(3)
    pool = [i for i in IDS if TEXT[i] and AY[(G[i]["agency"], G[i]["year"])] == 1 and sec5(TEXT[i])]
    made, seen, tries = 0, set(), 0
    while made < n and tries < 3000:
        tries += 1
        rid = pick_report(r, pool)
        s = sec5(TEXT[rid])
        parts = re.findall(r"一是([^；;。]+)", s)
        if len(parts) < 2:
            continue
        want = r.choice(["problem", "measure"])
        clause = parts[0] if want == "problem" else parts[1]
        c = clause[:18]
        if TEXT[rid].count(c) != 1 or (rid, want) in seen:
            continue
        seen.add((rid, want))
        persona = persona_pick(r, ["officer", "deputy", "journalist", "evaluator", "citizen"])
        nm, ab = name(rid, r)
        y = yr(G[rid]["year"], r)
        if want == "problem":
            q = r.choice([f"{nm}{y}年报里说存在哪些问题？", f"{nm}{y}政务公开工作有什么不足", f"{y}{nm}自己查摆的主要问题是什么？"])
        else:
            q = r.choice([f"{nm}{y}下一步打算怎么改进？", f"{nm}{y}的改进措施有哪些", f"{y}{nm}针对问题提了什么整改措施？"])
        ph = phr(r, 0.08, 0.03, 0.03)
        add(dress(q, ph, r), {}, "problems", {"contains": [c]}, persona, want, ph, [rid], "abbreviated" if ab else "colloquial",
            source_quote={rid: c})
        made += 1


# ---------------------------------------------------------------- refusals
NOTSAID = [  # (pattern that must be absent from the text, question bodies, note)
    (r"经费|预算投入|资金投入", ["政务公开工作经费投入了多少", "信息公开花了多少钱"], "asked as value: 经费"),
    (r"专职|工作人员\d+|\d+名", ["有几个专职的信息公开工作人员", "信息公开专职人员几名"], "asked as value: 人员"),
    (r"访问量|浏览量|点击量", ["网站访问量是多少", "公开专栏浏览量多少"], "asked as value: 访问量"),
    (r"男性|女性|性别", ["申请人里男的女的各多少", "申请人性别比例"], "asked as list: 申请人性别"),
    (r"平均.{0,6}(天|日)", ["申请平均几天答复", "平均办理时长是几天"], "asked as value: 平均答复天数"),
    (r"满意", ["申请人满意度多少", "群众满意率是多少"], "asked as share: 满意度"),
    (r"年龄|岁", ["申请人平均年龄多大"], "asked as value: 年龄"),
    (r"征地|拆迁|征收", ["涉及征地拆迁的申请有几件"], "asked as value: 征地拆迁类申请"),
    (r"12345|热线", ["12345热线转来的信息公开诉求有多少"], "asked as value: 12345"),
    (r"微博", ["政务微博发了多少条"], "asked as value: 微博"),
    (r"发布会", ["开了几场新闻发布会"], "asked as value: 发布会"),
]


def gen_refuse(n_notsaid, n_year, n_body, n_tmpl):
    r = random.Random(4)
    pool = [i for i in IDS if TEXT[i] and AY[(G[i]["agency"], G[i]["year"])] == 1]
    made, tries, seen = 0, 0, set()
    while made < n_notsaid and tries < 4000:
        tries += 1
        pat, bodies, note = r.choice(NOTSAID)
        rid = pick_report(r, pool)
        if re.search(pat, TEXT[rid]) or (rid, note) in seen:
            continue
        seen.add((rid, note))
        persona = persona_pick(r, ["citizen", "journalist", "deputy", "hotline", "researcher", "officer"])
        pre = r.choice(PERSONA[persona][1])
        nm, ab = name(rid, r)
        ph = phr(r)
        q = dress(f"{pre}{nm}{yr(G[rid]['year'], r)}{r.choice(bodies)}？", ph, r)
        add(q, {}, "unanswerable", {"refuse": True}, persona, "not in the report", ph, [rid], "abbreviated" if ab else "colloquial",
            note=note + " — the report's text does not say it (checked)")
        made += 1
    # a year the store does not hold for an agency it holds
    byag = defaultdict(set)
    for i in IDS:
        byag[G[i]["agency"]].add(G[i]["year"])
    ags = sorted(a for a in byag if any(readable(i) for i in IDS if G[i]["agency"] == a))
    for a in r.sample(ags, n_year):
        ys = sorted(set(range(2016, 2026)) - byag[a])
        y = r.choice(ys)
        rid = [i for i in IDS if G[i]["agency"] == a][0]
        nm, ab = name(rid, r)
        body = r.choice(MEAS[:8])[3][0]
        persona = persona_pick(r, ["journalist", "researcher", "citizen", "evaluator"])
        add(f"{nm}{yr(y, r)}{body}？", {}, "unanswerable", {"refuse": True}, persona, "year not in the store", "plain", [rid],
            "abbreviated" if ab else "colloquial", note=f"asked as value: {a} {y} is not in the store (held: {sorted(byag[a])})")
    # bodies not in the store
    fake = ["北京市海淀区人民政府", "上海市浦东新区教育局", "广州市天河区人力资源和社会保障局", "深圳市南山区卫生健康局",
            "成都市武侯区民政局", "南京市鼓楼区财政局", "西藏自治区林芝市人民政府", "天津市和平区司法局", "厦门市思明区交通运输局",
            "长沙市岳麓区城市管理和综合执法局", "贵阳市云岩区市场监督管理局", "哈尔滨市南岗区医疗保障局"]
    allag = set(byag)
    fake = [f for f in fake if f not in allag]
    for f in r.sample(fake, min(n_body, len(fake))):
        y = r.choice([2021, 2022, 2023, 2024])
        body = r.choice(MEAS[:8])[3][0]
        persona = persona_pick(r, ["journalist", "citizen", "hotline", "researcher"])
        add(f"{f}{yr(y, r)}{body}？", {}, "unanswerable", {"refuse": True}, persona, "body not in the store", "plain", [],
            "formal" if persona == "researcher" else "colloquial", note="asked as value: the agency is not in the store")
    # a cell of the other template
    made = 0
    pool = [i for i in READ if TEXT[i]]
    r.shuffle(pool)
    for rid in pool:
        if made >= n_tmpl:
            break
        g = G[rid]
        if g["template"] == "GF2021" and "集中采购" not in TEXT[rid]:
            body, note = r.choice(["政府集中采购项目数量是多少", "政府集中采购金额多少"]), "asked as value: 政府集中采购 is a GF2019 row"
        elif g["template"] == "GF2019" and not re.search("废止", TEXT[rid]):
            body, note = "本年废止的规范性文件有几件", "asked as value: 本年废止件数 is a GF2021 cell"
        else:
            continue
        nm, ab = name(rid, r)
        persona = persona_pick(r, ["evaluator", "researcher", "journalist"])
        add(f"{nm}{yr(g['year'], r)}{body}？", {}, "unanswerable", {"refuse": True}, persona, "other template's cell", "plain", [rid],
            "abbreviated" if ab else "formal", note=note)
        made += 1


# ---------------------------------------------------------------- blank
def gen_blank(n):
    r = random.Random(5)
    c = []
    for rid in READ:
        if not TEXT[rid] or "空白" in TEXT[rid] or "未填" in TEXT[rid]:
            continue
        for k, v in G[rid]["placeholders"].items():
            if v == "" and k.startswith("t3.") and k.endswith(".tot") and table_clean(rid, "t3"):
                c.append((rid, k))
    lab = {"new": "收到申请总计", "r1": "予以公开总计", "r2": "部分公开总计", "r7": "办理结果总计", "carry_out": "结转下年度总计",
           "carry_in": "上年结转总计"}
    c = [x for x in c if x[1].split(".")[1] in lab]
    for rid, k in r.sample(c, min(n, len(c))):
        nm, ab = name(rid, r)
        add(f"{nm}{yr(G[rid]['year'], r)}表三{lab[k.split('.')[1]]}是多少？", {}, "value", {"blank": True}, "lawyer", "printed blank",
            "plain", [rid], "abbreviated" if ab else "formal", cells=[f"{rid}:{k}"], note="the 总计 cell is printed blank")


# ---------------------------------------------------------------- consistency
def gen_consistency(n_def, n_clean):
    r = random.Random(6)
    made = 0
    defs = []
    for rid in IDS:
        g = G[rid]
        if not readable(rid):
            continue
        for f in g["findings"]:
            if f["check"] in ("H2", "H5"):
                defs.append((rid, f))
                break
    r.shuffle(defs)
    for rid, f in defs:
        if made >= n_def:
            break
        g = G[rid]
        if f["check"] == "H5":
            blk = f["where"].split(".")[1]
            parts = [f"t4.{blk}.{x}" for x in ("keep", "fix", "other", "pend")]
            if not value_ok(rid, parts + [f"t4.{blk}.tot"], False):
                continue
            printed, implied = cell(rid, f"t4.{blk}.tot"), sum(cell(rid, p) for p in parts)
            lab = {"rv": "行政复议", "ld": "未经复议直接起诉", "lr": "复议后起诉"}[blk]
            body = f"表四{lab}的总计和分项对得上吗"
        else:
            row = f["where"].split(".")[1]
            tabs = ["np", *COLS]
            ks = [f"t3.{row}.{c}" for c in tabs]
            if not all(isinstance(cell(rid, k), int) for k in ks + [f"t3.{row}.tot"]):
                continue
            printed, implied = cell(rid, f"t3.{row}.tot"), sum(cell(rid, k) for k in ks)
            if printed is None or printed < 0:
                continue
            body = "表三各列加起来和总计一致吗"
        if printed == implied:
            continue
        nm, ab = name(rid, r)
        persona = persona_pick(r, ["evaluator", "officer", "researcher", "journalist"])
        q = r.choice([f"{nm}{yr(g['year'], r)}年报{body}？", f"评估用：{nm}{yr(g['year'], r)}{body}", f"{nm}{yr(g['year'], r)}的年报数据有没有算错的地方？"])
        add(q, {}, "consistency", {"verdict": "inconsistent", "checks": [f["check"]], "values": {"printed": printed, "implied": implied}},
            persona, "consistency (defect)", "plain", [rid], "abbreviated" if ab else "colloquial", note=f["note"])
        made += 1
    clean = [i for i in READ if not G[i]["findings"] and value_ok(i, ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"])]
    for rid in r.sample(clean, n_clean):
        g = G[rid]
        nm, ab = name(rid, r)
        persona = persona_pick(r, ["evaluator", "officer", "researcher"])
        if persona == "officer" and r.random() < 0.6:
            q, sc = r.choice(["帮我看看我们表三加起来对不对", "我们这份年报表三收到和办结结转对得上吗？"]), {"report": rid}
        else:
            q, sc = f"{nm}{yr(g['year'], r)}表三的收支平衡吗（新收+上年结转=办结+结转下年）？", {}
        vals = {"t3.new.tot": cell(rid, "t3.new.tot"), "t3.carry_in.tot": cell(rid, "t3.carry_in.tot"),
                "t3.r7.tot": cell(rid, "t3.r7.tot"), "t3.carry_out.tot": cell(rid, "t3.carry_out.tot")}
        if vals["t3.new.tot"] + vals["t3.carry_in.tot"] != vals["t3.r7.tot"] + vals["t3.carry_out.tot"]:
            continue
        add(q, sc, "consistency", {"verdict": "consistent", "checks": ["H1"], "values": vals}, persona, "consistency (clean)",
            "plain", [rid], "abbreviated" if (ab and not sc) else "colloquial")


# ---------------------------------------------------------------- cross-report
def gen_cross(n_cmp, n_chg, n_sum, n_rank, n_list, n_which):
    r = random.Random(7)
    ok_new = [i for i in READ if value_ok(i, ["t3.new.tot"])]
    core = [m for m in MEAS if m[0] in ("new", "r1", "r7", "rv.tot", "np", "carry_out", "lic", "pen")]
    # compare: two bodies of the same year
    made, tries = 0, 0
    while made < n_cmp and tries < 2000:
        tries += 1
        m = r.choice(core)
        a = pick_report(r, ok_new)
        bs = [i for i in READ if i != a and G[i]["year"] == G[a]["year"] and G[i]["level"] == G[a]["level"]]
        if not bs:
            continue
        b = r.choice(bs)
        ca, cb = m[1](G[a]["template"]), m[1](G[b]["template"])
        if not ca or not cb or not value_ok(a, ca) or not value_ok(b, cb):
            continue
        va, vb = sum(cell(a, c) for c in ca), sum(cell(b, c) for c in cb)
        if va == vb:
            continue
        na, aa = name(a, r)
        nb, ab = name(b, r)
        y = yr(G[a]["year"], r)
        body = m[3][0].replace("有多少件", "").replace("多少件", "").replace("是多少", "").replace("有几件", "").replace("几件", "").replace("数量多少", "数量").replace("多少", "")
        q = r.choice([f"{y}{na}和{nb}，哪个{body}更多？", f"{na}跟{nb}{y}比，{body}谁多"])
        add(q, {}, "compare", {"values": {a: va, b: vb}, "unit": m[2], "order": [a if va > vb else b]},
            persona_pick(r, ["journalist", "deputy", "researcher", "officer"]), "compare two bodies", "plain", [a, b],
            "abbreviated" if (aa or ab) else "colloquial", cells=[f"{a}:{c}" for c in ca] + [f"{b}:{c}" for c in cb])
        made += 1
    # change over years: same agency, two readable years
    byag = defaultdict(list)
    for i in READ:
        byag[G[i]["agency"]].append(i)
    pairs = [sorted(v, key=lambda i: G[i]["year"]) for v in byag.values() if len(v) >= 2]
    pairs.sort()
    made = 0
    for pr in pairs * 3:
        if made >= n_chg:
            break
        e, l = pr[0], pr[-1]
        m = core[made % len(core)]
        ce, cl = m[1](G[e]["template"]), m[1](G[l]["template"])
        if not ce or not cl or not value_ok(e, ce) or not value_ok(l, cl):
            continue
        d = sum(cell(l, c) for c in cl) - sum(cell(e, c) for c in ce)
        nm, ab = name(l, r)
        body = m[3][0]
        q = f"{nm}{G[l]['year']}年比{G[e]['year']}年，{body.replace('多少件', '').replace('有几件', '').replace('是多少', '')}增加还是减少了多少？"
        if any(x["q"] == q for x in ITEMS):
            continue
        add(q, {}, "change", {"value": d, "unit": m[2]}, persona_pick(r, ["researcher", "deputy", "journalist", "officer"]),
            "year-over-year", "plain", [e, l], "abbreviated" if ab else "formal",
            calc=" - ".join(["(" + "+".join(f"{{{l}:{c}}}" for c in cl) + ")", "(" + "+".join(f"{{{e}:{c}}}" for c in ce) + ")"]),
            cells=[f"{l}:{c}" for c in cl] + [f"{e}:{c}" for c in ce])
        made += 1
    # groups: province × year
    def prov(i):
        m = re.match(r"^(.{2,3}?(省|自治区|市))", G[i]["region"])
        return m.group(1) if m else None
    grp = defaultdict(list)
    for i in IDS:
        grp[(prov(i), G[i]["year"])].append(i)
    good = sorted(k for k, v in grp.items() if k[0] and 3 <= len(v) <= 8 and all(readable(i) and value_ok(i, ["t3.new.tot", "t3.r1.tot", "t4.rv.tot"]) for i in v))
    r.shuffle(good)
    gi = 0
    for kind, n in (("rank", n_rank), ("sum", n_sum), ("list", n_list), ("which", n_which)):
        for _ in range(n):
            if gi >= len(good):
                gi = 0
            k = good[gi]
            gi += 1
            v = sorted(grp[k])
            p, y = k
            if kind == "rank":
                key, lab = r.choice([("t3.new.tot", "收到申请最多"), ("t3.r1.tot", "予以公开最多")])
                vals = {i: cell(i, key) for i in v}
                order = sorted(v, key=lambda i: -vals[i])
                if vals[order[0]] == vals[order[1]]:
                    continue
                add(f"库里{p}{y}年的年报，哪个单位{lab}？", {}, "rank", {"values": vals, "unit": "件", "order": [order[0]]},
                    persona_pick(r, ["evaluator", "journalist", "researcher"]), "rank over a province-year", "plain", v, "colloquial",
                    cells=[f"{i}:{key}" for i in v])
            elif kind == "sum":
                vals = {i: cell(i, "t3.new.tot") for i in v}
                add(f"{p}{y}年库里这些单位一共收到多少件信息公开申请？", {}, "sum", {"value": sum(vals.values()), "unit": "件"},
                    persona_pick(r, ["researcher", "evaluator", "deputy"]), "sum over a province-year", "plain", v, "formal",
                    cells=[f"{i}:t3.new.tot" for i in v])
            elif kind == "list":
                vals = {i: cell(i, "t3.new.tot") for i in v}
                add(f"列一下{p}{y}年各单位新收申请各多少件", {}, "list", {"values": vals, "unit": "件"},
                    persona_pick(r, ["researcher", "evaluator"]), "list over a province-year", "plain", v, "colloquial",
                    cells=[f"{i}:t3.new.tot" for i in v])
            else:
                rs = [i for i in v if cell(i, "t4.rv.tot") > 0]
                add(f"{p}{y}年有哪些单位因为信息公开被申请了行政复议？", {}, "which_reports", {"reports": rs},
                    persona_pick(r, ["evaluator", "lawyer", "researcher"]), "which bodies in a province-year", "plain", v, "colloquial",
                    cells=[f"{i}:t4.rv.tot" for i in v])
    # sums of two bodies
    for _ in range(n_sum):
        a, b = r.sample(ok_new, 2)
        if G[a]["year"] != G[b]["year"]:
            bs = [i for i in ok_new if i != a and G[i]["year"] == G[a]["year"]]
            b = r.choice(bs)
        na, aa = name(a, r)
        nb, ab = name(b, r)
        add(f"{na}和{nb}{G[a]['year']}年收到的信息公开申请加起来多少件？", {}, "sum",
            {"value": cell(a, "t3.new.tot") + cell(b, "t3.new.tot"), "unit": "件"}, persona_pick(r, ["deputy", "journalist", "researcher"]),
            "sum of two bodies", "plain", [a, b], "abbreviated" if (aa or ab) else "colloquial", cells=[f"{a}:t3.new.tot", f"{b}:t3.new.tot"])


def gen_lastyear(n_ref):
    """Scoped 「比去年」 of an officer: a change where the previous year is held, a refusal where it is not."""
    r = random.Random(8)
    byay = {(G[i]["agency"], G[i]["year"]): i for i in READ}
    for (a, y), l in sorted(byay.items()):
        e = byay.get((a, y - 1))
        if not e:
            continue
        for key, body in (("t3.new.tot", "今年收到的申请比去年多了还是少了，差几件？"), ("t3.r1.tot", "予以公开的比上一年度变化了多少件？")):
            if not (value_ok(l, [key]) and value_ok(e, [key])):
                continue
            add(body, {"report": l}, "change", {"value": cell(l, key) - cell(e, key), "unit": "件"}, "officer", "year-over-year (scoped)",
                "plain", [e, l], "colloquial", calc=f"{{{key}}} - {{{e}:{key}}}", cells=[key, f"{e}:{key}"])
    held = defaultdict(set)
    for i in IDS:
        held[G[i]["agency"]].add(G[i]["year"])
    pool = [i for i in READ if G[i]["year"] - 1 not in held[G[i]["agency"]] and TEXT[i] and "上年" not in TEXT[i][:TEXT[i].find("三、")]]
    for rid in r.sample(pool, n_ref):
        add(r.choice(["去年我们收到多少件申请来着？", "我们单位去年的年报里予以公开的有几件？"]), {"report": rid}, "unanswerable", {"refuse": True},
            "officer", "previous year not in the store", "plain", [rid], "colloquial",
            note=f"asked as value: {G[rid]['agency']} {G[rid]['year'] - 1} is not in the store")


gen_values(205)
gen_blank(5)
gen_narr(48)
gen_problems(24)
gen_refuse(40, 16, 10, 10)
gen_consistency(16, 14)
gen_cross(20, 12, 5, 10, 6, 6)
gen_lastyear(4)


# ---------------------------------------------------------------- checks
def check(it):
    exp = it["expect"]
    scope = it["scope"].get("report")
    if "value" in exp and "calc" not in it and it.get("cells"):
        tot = 0
        for c in it["cells"]:
            rid, _, k = c.rpartition(":")
            tot += cell(rid or scope, k)
        assert tot == exp["value"], it
    sq = it.get("source_quote")
    if sq:
        for rid, qt in (sq.items() if isinstance(sq, dict) else [(scope, sq)]):
            assert norm(qt) in TEXT[rid], (rid, qt)
    for c in exp.get("contains", []):
        srcs = list(sq) if isinstance(sq, dict) else [scope]
        assert any(norm(c) in TEXT[s] for s in srcs), (it["q"], c)


seen_q = set()
final = []
for it in ITEMS:
    k = (it["q"], json.dumps(it["scope"], sort_keys=True))
    if k in seen_q:
        continue
    seen_q.add(k)
    check(it)
    final.append(it)
with OUT.open("w", encoding="utf8") as fh:
    for n, it in enumerate(final, 1):
        fh.write(json.dumps({"id": f"o{n:04d}", **it}, ensure_ascii=False) + "\n")
print(len(final), Counter(x["intent"] for x in final))
