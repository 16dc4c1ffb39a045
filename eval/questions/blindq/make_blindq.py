"""Writes blindq.jsonl: a blind held-out bank of everyday user questions over the wild store (wild … wild16).

    PYTHONPATH=. .venv/bin/python eval/questions/blindq/make_blindq.py

Deterministic (one seeded Random, sorted inputs): identical bytes on every run. Every expectation is computed from the
gold cells; every quote is checked to occur in its report's text (whitespace and markup aside) by `check()`."""

from __future__ import annotations

import json
import os
import pickle
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
sys.path.insert(0, str(HERE))
from _text import raw_text, squash  # noqa: E402

SETS = ["wild", *(f"wild{i}" for i in range(2, 17))]
R = random.Random(20261205)

# ---------------------------------------------------------------- gold and text
GOLD: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted((EVAL / s / "gold").glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        g["_path"] = str(f.parent.parent / g["file"])
        GOLD[g["id"]] = g
        SET_OF[g["id"]] = s
IDS = sorted(GOLD)
_TEXT: dict[str, str | None] = {}


def text(rid: str) -> str | None:
    if not _TEXT and os.environ.get("BLINDQ_CACHE") and Path(os.environ["BLINDQ_CACHE"]).exists():
        _TEXT.update(pickle.loads(Path(os.environ["BLINDQ_CACHE"]).read_bytes()))
    if rid not in _TEXT:
        t = raw_text(Path(GOLD[rid]["_path"]))
        t = squash(t) if t else None
        _TEXT[rid] = t if t and "公开" in t and len(t) > 500 else None
    return _TEXT[rid]


AG_YEARS: dict[str, list[int]] = defaultdict(list)
for rid in IDS:
    AG_YEARS[GOLD[rid]["agency"]].append(GOLD[rid]["year"])
AGENCIES = sorted(AG_YEARS)
UNIQUE = {rid for rid in IDS if AG_YEARS[GOLD[rid]["agency"]].count(GOLD[rid]["year"]) == 1}
BY_AG_YEAR = {(GOLD[r]["agency"], GOLD[r]["year"]): r for r in UNIQUE}


def cell(rid: str, key: str):
    t, _, k = key.partition(".")
    return (GOLD[rid].get(t) or {}).get(k)


def bad_table(rid: str, table: str) -> bool:
    return any(str(f.get("where", "")).startswith(table) for f in GOLD[rid].get("findings", []))


def readable(rid: str, keys: list[str]) -> bool:
    g = GOLD[rid]
    if rid not in UNIQUE or g["template"] not in ("GF2019", "GF2021") or not g.get("tables_recoverable"):
        return False
    for k in keys:
        if k.startswith("t3.") and bad_table(rid, "t3") or k.startswith("t4.") and bad_table(rid, "t4"):
            return False
        v = cell(rid, k)
        if not isinstance(v, (int, float)) or isinstance(v, bool) or k in g.get("placeholders", {}):
            return False
    return True


# ---------------------------------------------------------------- names and years
SHORT = [
    ("人力资源和社会保障局", "人社局"), ("住房和城乡建设局", "住建局"), ("市场监督管理局", "市场监管局"),
    ("卫生健康委员会", "卫健委"), ("卫生健康局", "卫健局"), ("发展和改革委员会", "发改委"), ("发展和改革局", "发改局"),
    ("人民政府办公室", "政府办"), ("人民政府", "政府"), ("自然资源和规划局", "自规局"), ("交通运输局", "交通局"),
    ("街道办事处", "街道"), ("生态环境局", "环保局"), ("医疗保障局", "医保局"), ("农业农村局", "农业农村局"),
    ("教育体育局", "教体局"), ("城市管理局", "城管局"), ("民政局", "民政局"), ("财政局", "财政局"), ("公安局", "公安局"),
]


def short(agency: str) -> str | None:
    for full, sh in SHORT:
        if agency.endswith(full):
            base = agency[: -len(full)]
            cand = base + sh
            if cand == agency:
                return None
            if any(cand in a or short_plain(a) == cand for a in AGENCIES if a != agency):
                return None
            return cand
    return None


def short_plain(a: str) -> str:
    for full, sh in SHORT:
        if a.endswith(full):
            return a[: -len(full)] + sh
    return a


CN = "〇一二三四五六七八九"


def year_text(y: int, r: random.Random) -> str:
    k = r.random()
    if k < 0.55:
        return f"{y}年"
    if k < 0.72:
        return f"{y}年度"
    if k < 0.90:
        return f"{y % 100}年"
    return "".join(CN[int(d)] for d in str(y)) + "年"


def name_of(rid: str, r: random.Random, p_short: float = 0.35) -> tuple[str, bool]:
    a = GOLD[rid]["agency"]
    sh = short(a)
    if sh and r.random() < p_short:
        return sh, True
    return a, False


# ---------------------------------------------------------------- measures: (labels, cells, unit, templates)
RES3 = [f"t3.r3_{i}.tot" for i in range(1, 9)]
RES4 = [f"t3.r4_{i}.tot" for i in range(1, 4)]
RES5 = [f"t3.r5_{i}.tot" for i in range(1, 6)]
LAW = [f"t3.new.{c}" for c in ("biz", "sci", "npo", "law", "oth")]


def r6(rid: str) -> list[str]:
    return ["t3.r6.tot"] if GOLD[rid]["template"] == "GF2019" else [f"t3.r6_{i}.tot" for i in range(1, 4)]


M = {  # name → (labels, cells or callable, unit, templates)
    "new": (["收到多少件政府信息公开申请", "新收了几件信息公开申请", "本年新收政府信息公开申请数量是多少", "收到的依申请公开件数",
             "接了多少个公开申请", "新收申请多少件"], ["t3.new.tot"], "件", None),
    "carry_in": (["上年结转的申请有几件", "从上一年结转过来多少件申请", "上年结转政府信息公开申请数量"], ["t3.carry_in.tot"], "件", None),
    "r1": (["予以公开的有多少件", "全部公开了几件", "同意公开的申请多少件", "办理结果中予以公开数量"], ["t3.r1.tot"], "件", None),
    "r2": (["部分公开多少件", "部分公开的有几件"], ["t3.r2.tot"], "件", None),
    "r3": (["不予公开一共多少件", "不予公开的申请有几件", "不予公开合计"], RES3, "件", None),
    "r3_1": (["因为属于国家秘密不予公开的有几件"], ["t3.r3_1.tot"], "件", None),
    "r3_4": (["因保护第三方合法权益不予公开多少件"], ["t3.r3_4.tot"], "件", None),
    "r3_6": (["属于四类过程性信息不予公开的有几件"], ["t3.r3_6.tot"], "件", None),
    "r3_7": (["属于行政执法案卷不予公开几件"], ["t3.r3_7.tot"], "件", None),
    "r4": (["无法提供的有多少件", "无法提供合计几件"], RES4, "件", None),
    "r4_1": (["本机关不掌握相关政府信息的有几件", "因为不掌握信息无法提供的多少件"], ["t3.r4_1.tot"], "件", None),
    "r4_2": (["没有现成信息需要另行制作的有几件"], ["t3.r4_2.tot"], "件", None),
    "r5": (["不予处理的申请多少件", "不予处理一共几件"], RES5, "件", None),
    "r5_1": (["信访举报投诉类申请不予处理的有几件", "信访类申请有几件"], ["t3.r5_1.tot"], "件", None),
    "r5_2": (["重复申请有几件"], ["t3.r5_2.tot"], "件", None),
    "r6": (["其他处理的有多少件", "其他处理合计几件"], r6, "件", None),
    "r7": (["办理结果总计多少件", "一共办结了多少件申请", "本年度办理结果总计"], ["t3.r7.tot"], "件", None),
    "carry_out": (["结转下年度继续办理的有几件", "还有几件结转到下一年办"], ["t3.carry_out.tot"], "件", None),
    "np": (["自然人提交的申请有多少件", "个人（自然人）申请了几件", "新收申请里自然人的有几件"], ["t3.new.np"], "件", None),
    "law": (["法人或其他组织提的申请有几件", "企业和其他组织申请多少件"], LAW, "件", None),
    "biz": (["商业企业申请了几件"], ["t3.new.biz"], "件", None),
    "rv": (["政府信息公开行政复议总共几件", "被申请行政复议多少件", "行政复议总计是多少"], ["t4.rv.tot"], "件", None),
    "rv_keep": (["行政复议结果维持的有几件", "复议维持了几件"], ["t4.rv.keep"], "件", None),
    "rv_fix": (["行政复议结果纠正的几件", "复议被纠正了几件"], ["t4.rv.fix"], "件", None),
    "rv_pend": (["行政复议尚未审结的有几件"], ["t4.rv.pend"], "件", None),
    "ld": (["未经复议直接起诉的行政诉讼有几件", "直接起诉的诉讼总计多少"], ["t4.ld.tot"], "件", None),
    "lr": (["复议后起诉的行政诉讼总计几件", "先复议再起诉的有多少件"], ["t4.lr.tot"], "件", None),
    "lit": (["行政诉讼一共多少件", "被告上法院的信息公开诉讼总数"], ["t4.ld.tot", "t4.lr.tot"], "件", None),
    "ld_keep": (["直接起诉的诉讼结果维持几件"], ["t4.ld.keep"], "件", None),
    "license": (["行政许可处理决定数量是多少", "作出行政许可决定多少件", "行政许可办了多少"], ["t2.license.decisions"], None, None),
    "penalty": (["行政处罚决定有多少", "作出行政处罚多少件"], ["t2.penalty.decisions"], None, None),
    "coercion": (["行政强制多少件", "行政强制决定数量"], ["t2.coercion.decisions"], None, None),
    "norm_valid": (["现行有效的行政规范性文件有几件", "规范性文件现行有效件数"], ["t2.norm.valid"], "件", ("GF2021",)),
    "norm_made": (["本年制发了几件规范性文件", "新制发规范性文件多少件"], ["t2.norm.made"], "件", ("GF2021",)),
    "fee": (["行政事业性收费金额多少万元", "收费金额是多少"], ["t2.fee.amount_wan"], "万元", ("GF2021",)),
    "norm_pub19": (["规范性文件对外公开总数量是多少"], ["t2.norm.total_public"], None, ("GF2019",)),
}
PERSONA_MEASURES = {
    "officer": ["new", "new", "carry_in", "r1", "r2", "r3", "r4", "r4_1", "r5", "r6", "r7", "carry_out", "np", "law",
                "rv", "lit", "license", "norm_valid", "fee", "norm_made"],
    "citizen": ["new", "new", "new", "r1", "r1", "r2", "r3", "r4", "r4_1", "r5", "rv", "lit"],
    "journalist": ["new", "new", "r1", "r3", "rv", "lit", "penalty", "license", "fee", "coercion", "law"],
    "evaluator": ["new", "carry_in", "r2", "r3_1", "r3_6", "r4_2", "r5_2", "r6", "r7", "carry_out", "biz", "np", "norm_pub19",
                  "norm_valid"],
    "lawyer": ["rv", "rv", "rv_keep", "rv_fix", "rv_pend", "ld", "ld", "lr", "lr", "lit", "ld_keep", "r3", "r3_4", "r3_7",
               "r4", "r4_1", "r5", "r5_1"],
    "deputy": ["new", "r1", "penalty", "license", "fee", "rv", "lit"],
    "researcher": ["np", "law", "biz", "carry_in", "carry_out", "r1", "r2", "r3", "r4", "new"],
    "hotline": ["new", "r5_1", "r4_1", "r1", "r3", "r5", "carry_out"],
}


def cells_of(m: str, rid: str) -> list[str]:
    c = M[m][1]
    return c(rid) if callable(c) else list(c)


def fits(m: str, rid: str) -> bool:
    tpl = M[m][3]
    return (tpl is None or GOLD[rid]["template"] in tpl) and readable(rid, cells_of(m, rid))


# ---------------------------------------------------------------- dress
TRAD = dict(zip("个们这里说请问帮查县区市政府办结处门报开关发复审诉讼计总数申请几多少没现录会员义务议业务资环经费态专职让应对吗问题进",
                "個們這裡說請問幫查縣區市政府辦結處門報開關發復審訴訟計總數申請幾多少沒現錄會員義務議業務資環經費態專職讓應對嗎問題進"))
TYPOS = [("申请", "申清"), ("复议", "复意"), ("诉讼", "诉颂"), ("公开", "公凯"), ("多少", "多小"), ("结转", "节转"),
         ("处理", "出理"), ("政府", "正府"), ("培训", "陪训"), ("解读", "解毒")]


def dress(q: str, kind: str, r: random.Random) -> str:
    if kind == "voice":
        q = re.sub(r"[，。？、：；！「」,?]", " ", q)
        q = r.choice(["嗯 ", "那个 ", "喂 ", "就是 ", ""]) + q.strip() + r.choice([" 呢", " 啊", " 来着", ""])
        return re.sub(r"\s+", " ", q)
    if kind == "typo":
        opts = [(a, b) for a, b in TYPOS if a in q]
        if opts:
            a, b = r.choice(opts)
            return q.replace(a, b, 1)
        return q
    if kind == "trad":
        return "".join(TRAD.get(ch, ch) for ch in q)
    return q


def phrasing_of(persona: str, r: random.Random) -> str:
    p = {"citizen": (0.15, 0.12, 0.07), "hotline": (0.2, 0.06, 0.03), "officer": (0.06, 0.05, 0.02),
         "journalist": (0.03, 0.04, 0.06)}.get(persona, (0.02, 0.03, 0.02))
    k = r.random()
    if k < p[0]:
        return "voice"
    if k < p[0] + p[1]:
        return "typo"
    if k < p[0] + p[1] + p[2]:
        return "trad"
    return "plain"


PRE = {
    "officer": ["", "", "帮我查下", "我们在做年报比对，", "核对一下：", "麻烦问一下，"],
    "citizen": ["", "请问", "请问一下", "想问下", "帮我查下", "你好，"],
    "journalist": ["", "", "写稿需要：", "请问", "核实一个数字：", "想确认一下，"],
    "evaluator": ["评估用：", "", "第三方评估核查：", "打分需要，"],
    "lawyer": ["以年报为准，", "", "代理案件需要，", "请问"],
    "deputy": ["", "准备议案用，", "请问", "了解一下，"],
    "researcher": ["", "做面板数据：", "研究需要，", "请问"],
    "hotline": ["有群众来电问", "市民咨询：", "来电人想知道", "有人打电话问"],
}
ENDS = ["？", "？", "", "。", "?"]

# ---------------------------------------------------------------- items
ITEMS: list[dict] = []


def add(persona, kind, intent, q, scope, expect, phr, style, cells=None, calc=None, quote=None, note=None, about=()):
    it = {"q": q, "scope": scope, "intent": intent, "style": style, "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if quote:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    reads = set(about)  # a refusal's report: not judged, only for `sets`
    if scope.get("report"):
        reads.add(scope["report"])
    reads |= {c.rpartition(":")[0] for c in (cells or []) if ":" in c}
    reads |= {k for k in expect.get("values", {}) if k in GOLD} | set(expect.get("reports", []))
    if isinstance(quote, dict):
        reads |= set(quote)
    it.update(persona=persona, kind=kind, phrasing=phr, sets=sorted({SET_OF[x] for x in reads}))
    ITEMS.append(it)


def pick_report(r: random.Random, ok, wild16_share: float = 0.27) -> str | None:
    pool16 = [x for x in IDS if SET_OF[x] == "wild16" and ok(x)]
    pool = [x for x in IDS if SET_OF[x] != "wild16" and ok(x)]
    if pool16 and r.random() < wild16_share:
        return r.choice(pool16)
    return r.choice(pool) if pool else None


def ask(persona: str, r: random.Random, body: str, scoped: bool) -> str:
    pre = r.choice(PRE[persona])
    if scoped:
        pre = r.choice(["", "我们", "咱们单位", "本单位"]) if persona == "officer" else r.choice(["", "这份报告里", "这个年报"])
    return pre + body + r.choice(ENDS)


def q_value(persona: str, r: random.Random):
    for _ in range(200):
        m = r.choice(PERSONA_MEASURES[persona])
        rid = pick_report(r, lambda x: fits(m, x))
        if rid:
            break
    cs = cells_of(m, rid)
    val = sum(cell(rid, c) for c in cs)
    val = round(val, 2) if isinstance(val, float) else val
    scoped = r.random() < (0.4 if persona == "officer" else 0.1)
    phr = phrasing_of(persona, r)
    label = r.choice(M[m][0])
    if scoped:
        when = r.choice(["今年", "本年度", ""])
        body = when + label
        name_ab = False
    else:
        nm, name_ab = name_of(rid, r)
        y = year_text(GOLD[rid]["year"], r)
        body = r.choice([f"{nm}{y}{label}", f"{y}{nm}{label}", f"{nm}{y}的年报里{label}", f"{nm}在{y}{label}"])
    q = dress(ask(persona, r, body, scoped), phr, r)
    add(persona, "one figure", "value", q, {"report": rid} if scoped else {}, {"value": val, "unit": M[m][2]}, phr,
        "abbreviated" if name_ab else ("formal" if persona in ("lawyer", "deputy", "researcher") else "colloquial"),
        cells=cs if scoped else [f"{rid}:{c}" for c in cs])


NARR = [  # regex over squashed text, question labels, unit
    (r"主动公开[^。；，]{0,14}?政府信息(\d+)条", ["主动公开了多少条政府信息", "全年主动公开政府信息几条", "主动公开信息总数"], "条"),
    (r"其中政策文件(\d+)(?:条|件)", ["主动公开的政策文件有多少", "公开了几个政策文件"], None),
    (r"政策解读(\d+)篇", ["发布了多少篇政策解读", "政策解读几篇", "解读材料出了多少篇"], "篇"),
    (r"公众号发布信息(\d+)条", ["微信公众号发了多少条信息", "公众号发布信息数量"], "条"),
    (r"组织业务培训(\d+)次", ["组织了几次业务培训", "开展政务公开培训多少次"], "次"),
    (r"收到政府信息公开申请(\d+)件", ["正文里说收到多少件申请"], "件"),
]


def narr_cands():
    out = []
    for rid in IDS:
        if rid not in UNIQUE:
            continue
        t = text(rid)
        if not t:
            continue
        for i, (pat, labels, unit) in enumerate(NARR):
            ms = list(re.finditer(pat, t))
            if len(ms) == 1:
                m = ms[0]
                u = unit or re.search(r"(条|件)$", m.group(0)).group(1)
                out.append((rid, i, int(m.group(1)), u, m.group(0)))
    return out


def q_narr(persona, r, cands):
    c16 = [c for c in cands if SET_OF[c[0]] == "wild16"]
    c = r.choice(c16 if c16 and r.random() < 0.27 else cands)
    rid, i, val, unit, quote = c
    cands.remove(c)
    scoped = r.random() < (0.35 if persona == "officer" else 0.1)
    phr = phrasing_of(persona, r)
    label = r.choice(NARR[i][1])
    nm, ab = (None, False) if scoped else name_of(rid, r)
    body = label if scoped else r.choice([f"{nm}{year_text(GOLD[rid]['year'], r)}{label}", f"{year_text(GOLD[rid]['year'], r)}{nm}{label}"])
    q = dress(ask(persona, r, body, scoped), phr, r)
    add(persona, "narrative figure", "narrative", q, {"report": rid} if scoped else {}, {"value": val, "unit": unit}, phr,
        "abbreviated" if ab else "colloquial", quote=quote if scoped else {rid: quote})


def problems_cands():
    out = []
    for rid in IDS:
        t = text(rid)
        if rid not in UNIQUE or not t:
            continue
        i = t.rfind("存在的主要问题")
        if i < 0:
            continue
        sec = t[i: i + 900]
        j = sec.find("六、")
        sec = sec[: j if j > 0 else len(sec)]
        parts = [m.start() for m in re.finditer("一是", sec)]
        if not parts:
            continue
        prob = re.split(r"[；;。]|二是", sec[parts[0] + 2:])[0][:18]
        meas = re.split(r"[；;。]|二是", sec[parts[1] + 2:])[0][:18] if len(parts) > 1 else None
        if len(prob) >= 6 and t.count(prob) == 1:
            out.append((rid, "problem", prob))
        if meas and len(meas) >= 6 and t.count(meas) == 1 and "改进措施" in sec:
            out.append((rid, "measure", meas))
    return out


def q_problem(persona, r, cands):
    c16 = [c for c in cands if SET_OF[c[0]] == "wild16"]
    c = r.choice(c16 if c16 and r.random() < 0.27 else cands)
    cands.remove(c)
    rid, what, s = c
    scoped = r.random() < 0.3
    phr = phrasing_of(persona, r)
    nm, ab = name_of(rid, r)
    y = year_text(GOLD[rid]["year"], r)
    if what == "problem":
        lab = r.choice(["存在哪些问题", "工作中存在的主要问题是什么", "自己承认的不足有哪些", "有什么短板"])
    else:
        lab = r.choice(["改进措施有哪些", "下一步打算怎么改进", "针对问题提了什么整改措施"])
    body = (lab if persona != "officer" else "今年报告里" + lab) if scoped else f"{nm}{y}年报{lab}"
    q = dress(ask(persona, r, body, scoped), phr, r)
    add(persona, "problems" if what == "problem" else "improvement measures", "problems", q,
        {"report": rid} if scoped else {}, {"contains": [s]}, phr, "abbreviated" if ab and not scoped else "formal",
        quote=s if scoped else {rid: s})


ABSENT = [  # question, words that must not occur in the text
    ("信息公开工作经费花了多少钱", ["经费"]),
    ("有几个专职工作人员负责信息公开", ["专职", "名工作人员", "编制"]),
    ("政府网站全年访问量多少", ["访问量", "浏览量", "点击量"]),
    ("申请人里男的女的各多少", ["性别", "男性", "女性"]),
    ("平均多少天答复一个申请", ["平均"]),
    ("群众满意度是多少", ["满意"]),
    ("开了几场新闻发布会", ["发布会"]),
    ("12345热线转来多少件", ["12345", "热线"]),
    ("微博粉丝有多少", ["微博"]),
    ("征地拆迁类的申请有几件", ["征地", "拆迁", "征收"]),
    ("当面申请的有多少件", ["当面"]),
    ("申请人年龄分布是怎样的", ["年龄"]),
    ("信息公开工作考核得了多少分", ["得分", "考核结果", "分值"]),
    ("依申请公开的答复超期了几件", ["超期", "逾期"]),
]
DEPTS = ["教育局", "审计局", "统计局", "档案局", "气象局", "林业局", "水利局", "司法局", "商务局", "退役军人事务局"]


def q_unans(persona, r):
    k = r.random()
    phr = phrasing_of(persona, r)
    if k < 0.55:  # the report's text does not say it
        for _ in range(400):
            qq, words = r.choice(ABSENT)
            rid = pick_report(r, lambda x: x in UNIQUE and text(x) is not None and "依申请" in text(x))
            if not any(w in text(rid) for w in words):
                break
        nm, ab = name_of(rid, r)
        y = year_text(GOLD[rid]["year"], r)
        q = dress(ask(persona, r, f"{nm}{y}{qq}", False), phr, r)
        add(persona, "not in the report", "unanswerable", q, {}, {"refuse": True}, phr,
            "abbreviated" if ab else "colloquial", note="asked as value; the text names none of " + "/".join(words),
            about=[rid])
        return
    if k < 0.72:  # year not in the store for a body held
        ag = r.choice([a for a in AGENCIES if len(AG_YEARS[a]) >= 1])
        key = short_plain(ag).replace("政府", "")
        ys = [y for y in range(2017, 2026) if not any(GOLD[x]["year"] == y and (key in short_plain(GOLD[x]["agency"])
              or short_plain(GOLD[x]["agency"]).replace("政府", "") in ag) for x in IDS)]
        y = r.choice(ys)
        rid = next(x for x in IDS if GOLD[x]["agency"] == ag)
        nm, ab = name_of(rid, r)
        m = r.choice(["new", "r1", "rv", "r3"])
        q = dress(ask(persona, r, f"{nm}{year_text(y, r)}{r.choice(M[m][0])}", False), phr, r)
        add(persona, "year not in the store", "unanswerable", q, {}, {"refuse": True}, phr,
            "abbreviated" if ab else "colloquial", note=f"asked as value; the store holds {ag} only for {sorted(AG_YEARS[ag])}")
        return
    if k < 0.86:  # body not in the store
        for _ in range(400):
            rid = r.choice(IDS)
            reg = GOLD[rid]["region"]
            m = re.match(r"(?:.+?(?:省|自治区))?(.+?(?:市|自治州|盟|地区))(.+?(?:县|区|旗))$", reg)
            if not m:
                continue
            base = m.group(1) + m.group(2) if r.random() < 0.6 else m.group(2)
            cand = base + r.choice(DEPTS)
            if not any(cand in a or a in cand or cand.replace(m.group(1), "") in a for a in AGENCIES):
                break
        y = GOLD[rid]["year"]
        mm = r.choice(["new", "r1", "rv"])
        q = dress(ask(persona, r, f"{cand}{year_text(y, r)}{r.choice(M[mm][0])}", False), phr, r)
        add(persona, "body not in the store", "unanswerable", q, {}, {"refuse": True}, phr, "colloquial",
            note=f"asked as value; no report of {cand} in the store")
        return
    # a cell of the other template
    for _ in range(400):
        rid = pick_report(r, lambda x: x in UNIQUE and text(x) is not None and GOLD[x]["template"] in ("GF2019", "GF2021"))
        t = text(rid)
        if GOLD[rid]["template"] == "GF2021" and "采购" not in t:
            qq, what = r.choice(["政府集中采购金额是多少", "政府集中采购项目数量多少"]), "政府集中采购 (a GF2019 row)"
            break
        if GOLD[rid]["template"] == "GF2019" and "废止" not in t and "收费金额" not in t:
            qq, what = r.choice([("规范性文件本年废止了几件", "本年废止 (a GF2021 column)"),
                                 ("行政事业性收费金额多少万元", "收费金额 (a GF2021 column)")])
            break
    nm, ab = name_of(rid, r)
    q = dress(ask(persona, r, f"{nm}{year_text(GOLD[rid]['year'], r)}{qq}", False), phr, r)
    add(persona, "other template's cell", "unanswerable", q, {}, {"refuse": True}, phr,
        "abbreviated" if ab else "formal", note=f"asked as value; {GOLD[rid]['template']} report, {what}", about=[rid])


T3_ROWS = ["new", "carry_in", "r1", "r2", *[f"r3_{i}" for i in range(1, 9)], *[f"r4_{i}" for i in range(1, 4)],
           *[f"r5_{i}" for i in range(1, 6)]]
COLS = ["np", "biz", "sci", "npo", "law", "oth"]


def results(rid):
    return ["r1", "r2", *[f"r3_{i}" for i in range(1, 9)], *[f"r4_{i}" for i in range(1, 4)],
            *[f"r5_{i}" for i in range(1, 6)], *(["r6"] if GOLD[rid]["template"] == "GF2019" else ["r6_1", "r6_2", "r6_3"])]


def defect_cands():
    out = []
    for rid in IDS:
        g = GOLD[rid]
        if rid not in UNIQUE or g["template"] not in ("GF2019", "GF2021") or not g.get("tables_recoverable"):
            continue
        fs = g.get("findings", [])
        for chk in ("H2", "H5", "H3", "H1"):
            f = next((f for f in fs if f["check"] == chk), None)
            if not f:
                continue
            w = f["where"]
            try:
                if chk == "H2":
                    row = w.split(".")[1]
                    parts = [cell(rid, f"t3.{row}.{c}") for c in COLS]
                    printed, implied = cell(rid, f"t3.{row}.tot"), sum(parts)
                    cs = [f"t3.{row}.{c}" for c in [*COLS, "tot"]]
                elif chk == "H5":
                    b = w.split(".")[1]
                    printed = cell(rid, f"t4.{b}.tot")
                    implied = sum(cell(rid, f"t4.{b}.{k}") for k in ("keep", "fix", "other", "pend"))
                    cs = [f"t4.{b}.{k}" for k in ("keep", "fix", "other", "pend", "tot")]
                elif chk == "H3":
                    col = w.split()[-1]
                    printed = cell(rid, f"t3.r7.{col}")
                    implied = sum(cell(rid, f"t3.{x}.{col}") for x in results(rid))
                    cs = [f"t3.r7.{col}"]
                else:
                    col = w.split()[-1]
                    printed = cell(rid, f"t3.new.{col}") + cell(rid, f"t3.carry_in.{col}")
                    implied = cell(rid, f"t3.r7.{col}") + cell(rid, f"t3.carry_out.{col}")
                    cs = [f"t3.new.{col}", f"t3.carry_in.{col}", f"t3.r7.{col}", f"t3.carry_out.{col}"]
            except TypeError:
                continue
            if printed is None or printed < 0 or printed == implied:
                continue
            out.append((rid, chk, w, printed, implied, cs))
            break
    return out


def clean_cands():
    out = []
    for rid in IDS:
        g = GOLD[rid]
        if g.get("findings") or not readable(rid, ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot",
                                                    "t4.rv.tot"]):
            continue
        if g["t3"]["new.tot"] > 0:
            out.append(rid)
    return out


def q_consistency(persona, r, defects, cleans):
    phr = phrasing_of(persona, r)
    scoped = r.random() < (0.4 if persona == "officer" else 0.1)
    if r.random() < 0.45 and defects:
        d16 = [d for d in defects if SET_OF[d[0]] == "wild16"]
        d = r.choice(d16 if d16 and r.random() < 0.3 else defects)
        defects.remove(d)
        rid, chk, w, printed, implied, cs = d
        if chk == "H5":
            lab = r.choice(["表四复议诉讼的数字对得上吗", "行政复议（诉讼）那栏总计和分项加起来一致吗", "表四有没有算错"])
        elif chk == "H2":
            lab = r.choice(["表三各列加起来和总计对得上吗", "表三横向合计有没有错", "申请人各栏加总等于总计吗"])
        else:
            lab = r.choice(["表三的数据勾稽关系对不对", "表三加起来对得上吗", "表三是否平衡", "办理结果加总和总计一致吗"])
        expect = {"verdict": "inconsistent", "checks": [chk], "values": {"printed": printed, "implied": implied}}
        note = f"{w}: printed {printed}, parts add to {implied}"
        kind = "consistency (defect)"
    else:
        c16 = [c for c in cleans if SET_OF[c] == "wild16"]
        rid = r.choice(c16 if c16 and r.random() < 0.3 else cleans)
        cleans.remove(rid)
        lab = r.choice(["表三的数据勾稽关系对不对", "表三加起来对得上吗", "依申请公开那张表的数能对上吗", "表格数据有没有自相矛盾"])
        g = GOLD[rid]["t3"]
        vals = {"t3.new.tot": g["new.tot"], "t3.r7.tot": g["r7.tot"]}
        if g["carry_in.tot"]:
            vals["t3.carry_in.tot"] = g["carry_in.tot"]
        if g["carry_out.tot"]:
            vals["t3.carry_out.tot"] = g["carry_out.tot"]
        expect = {"verdict": "consistent", "checks": ["H1", "H2", "H3"], "values": vals}
        cs = list(vals)
        note = "no finding in the gold; 新收+结转 = 办结+结转下年"
        kind = "consistency (clean)"
    nm, ab = (None, False) if scoped else name_of(rid, r)
    body = ("今年" + lab if persona == "officer" else lab) if scoped else f"{nm}{year_text(GOLD[rid]['year'], r)}年报{lab}"
    q = dress(ask(persona, r, body, scoped), phr, r)
    add(persona, kind, "consistency", q, {"report": rid} if scoped else {}, expect, phr,
        "abbreviated" if ab else "colloquial", cells=cs if scoped else [f"{rid}:{c}" for c in cs], note=note)


def q_blank(persona, r, cands):
    used = Counter(it["cells"][0].rpartition(":")[0] for it in ITEMS if it["kind"] == "printed blank")
    least = min(used[x[0]] for x in cands)
    c = r.choice([x for x in cands if used[x[0]] == least])
    rid, key = c
    cands.remove(c)
    base = key.split(".")[1]
    lab = BLANK_LAB[base]
    phr = phrasing_of(persona, r)
    nm, ab = name_of(rid, r)
    q = dress(ask(persona, r, f"{nm}{year_text(GOLD[rid]['year'], r)}表三{lab}是多少", False), phr, r)
    add(persona, "printed blank", "value", q, {}, {"blank": True}, phr, "abbreviated" if ab else "formal",
        cells=[f"{rid}:{key}"], note="gold null with an empty placeholder: printed blank")


BLANK_LAB = {
    "new": "新收申请总计", "carry_in": "上年结转总计", "r1": "予以公开总计", "r2": "部分公开总计", "r7": "办理结果总计",
    "carry_out": "结转下年度总计", "r3_1": "属于国家秘密不予公开的总计", "r3_2": "其他法律行政法规禁止公开的总计",
    "r3_3": "危及“三安全一稳定”的总计", "r3_4": "保护第三方合法权益不予公开的总计", "r3_5": "属于三类内部事务信息的总计",
    "r3_6": "属于四类过程性信息的总计", "r3_7": "属于行政执法案卷的总计", "r3_8": "属于行政查询事项的总计",
    "r5_1": "信访举报投诉类申请的总计", "r5_2": "重复申请的总计", "r5_3": "要求提供公开出版物的总计",
    "r5_4": "无正当理由大量反复申请的总计", "r6_2": "其他处理第2项（逾期未缴费）总计",
}


def blank_cands():
    out = []
    for rid in IDS:
        g = GOLD[rid]
        t = text(rid)
        if rid not in UNIQUE or not g.get("tables_recoverable") or not t or "空白" in t or "未填" in t:
            continue
        for k, v in sorted(g.get("placeholders", {}).items()):
            if v == "" and cell(rid, k) is None and k.endswith(".tot") and k.split(".")[1] in BLANK_LAB:
                out.append((rid, k))
    return out


# ---------------------------------------------------------------- cross-report
def province(rid):
    m = re.match(r"(.+?(?:省|自治区|市))", GOLD[rid]["region"])
    return m.group(1) if m else GOLD[rid]["region"][:3]


NOUN = {"new": "新收申请数", "r1": "予以公开件数", "rv": "信息公开行政复议案件数", "lit": "信息公开行政诉讼案件数",
        "r3": "不予公开件数", "penalty": "行政处罚决定数", "license": "行政许可决定数", "carry_out": "结转下年度的申请数"}
CROSS_M = ["new", "r1", "rv", "lit", "r3", "penalty", "license", "carry_out"]


def q_compare(persona, r):
    for _ in range(500):
        m = r.choice(CROSS_M)
        a = pick_report(r, lambda x: fits(m, x))
        peers = [x for x in IDS if x != a and fits(m, x) and GOLD[x]["level"] == GOLD[a]["level"]
                 and (province(x) == province(a) or GOLD[x]["year"] == GOLD[a]["year"])]
        peers = [x for x in peers if sum(cell(x, c) for c in cells_of(m, x)) != sum(cell(a, c) for c in cells_of(m, a))]
        if peers:
            b = r.choice(peers)
            break
    va, vb = (sum(cell(x, c) for c in cells_of(m, x)) for x in (a, b))
    phr = phrasing_of(persona, r)
    na, aba = name_of(a, r)
    nb, abb = name_of(b, r)
    ya, yb = year_text(GOLD[a]["year"], r), year_text(GOLD[b]["year"], r)
    lab = NOUN[m]
    v = r.randrange(3)
    body = [f"{na}{ya}和{nb}{yb}的{lab}哪个多，各是多少", f"对比一下{na}{ya}与{nb}{yb}的{lab}",
            f"{na}{ya}跟{nb}{yb}比，谁的{lab}更多"][v]
    q = dress(ask(persona, r, body, False), phr, r)
    top = a if va > vb else b
    exp = {"values": {a: va, b: vb}, "unit": M[m][2]}
    if v != 1:  # the question asks which is larger
        exp["order"] = [top]
    add(persona, "compare two bodies", "compare", q, {}, exp,
        phr, "abbreviated" if (aba or abb) else "formal", cells=[f"{x}:{c}" for x in (a, b) for c in cells_of(m, x)])


def multi_year():
    out = defaultdict(list)
    for rid in IDS:
        if readable(rid, ["t3.new.tot", "t3.r1.tot"]):
            out[GOLD[rid]["agency"]].append(rid)
    return {a: sorted(v, key=lambda x: GOLD[x]["year"]) for a, v in out.items() if len(v) >= 2}


def q_change(persona, r, my):
    ag = r.choice(sorted(my))
    rs = my[ag]
    a, b = rs[0], rs[-1]
    m = r.choice(["new", "r1"])
    c = cells_of(m, a)[0]
    va, vb = cell(a, c), cell(b, c)
    phr = phrasing_of(persona, r)
    nm, ab = name_of(a, r)
    ya, yb = GOLD[a]["year"], GOLD[b]["year"]
    lab = {"new": "新收的信息公开申请", "r1": "予以公开的件数"}[m]
    body = r.choice([f"{nm}{lab}{year_text(yb, r)}比{year_text(ya, r)}增加了多少", f"{nm}从{ya}年到{yb}年{lab}变化了多少"])
    q = dress(ask(persona, r, body, False), phr, r)
    add(persona, "year-over-year", "change", q, {}, {"value": vb - va, "unit": "件"}, phr,
        "abbreviated" if ab else "formal", cells=[f"{a}:{c}", f"{b}:{c}"], calc=f"{{{b}:{c}}}-{{{a}:{c}}}",
        note=f"signed later − earlier: {vb} − {va}")


def q_trend(persona, r, my):
    ag = r.choice(sorted(a for a in my if len(my[a]) >= 2))
    rs = my[ag]
    phr = phrasing_of(persona, r)
    nm, ab = name_of(rs[0], r)
    q = dress(ask(persona, r, f"{nm}这几年每年新收多少件信息公开申请", False), phr, r)
    add(persona, "trend", "trend", q, {}, {"values": {x: cell(x, "t3.new.tot") for x in rs}, "unit": "件"}, phr,
        "abbreviated" if ab else "formal", cells=[f"{x}:t3.new.tot" for x in rs], note="every year the store holds readable")


def groups():
    g = defaultdict(list)
    for rid in IDS:
        g[(province(rid), GOLD[rid]["year"])].append(rid)
    ok = {}
    for k, rs in g.items():
        if 3 <= len(rs) <= 8 and all(readable(x, ["t3.new.tot", "t3.r1.tot", "t4.rv.tot", "t4.ld.tot", "t4.lr.tot"])
                                     and not GOLD[x].get("findings") for x in rs):
            ok[k] = sorted(rs)
    return ok


def q_group(persona, r, grp, intent):
    (prov, y) = r.choice(sorted(grp))
    rs = grp[(prov, y)]
    phr = phrasing_of(persona, r)
    yt = year_text(y, r)
    where = r.choice([f"库里{prov}{yt}的年报", f"{prov}{yt}收录的各单位", f"{yt}{prov}的报告"])
    if intent == "rank":
        m = r.choice(["new", "r1"])
        c = M[m][1][0]
        vals = {x: cell(x, c) for x in rs}
        if len(set(vals.values())) < 2:
            m, c = "new", "t3.new.tot"
            vals = {x: cell(x, c) for x in rs}
        top = max(vals.values())
        if list(vals.values()).count(top) > 1:
            order = sorted(rs, key=lambda x: -vals[x])
            body = f"{where}，按{NOUN[m]}从多到少排一下"
        else:
            order = [max(rs, key=lambda x: vals[x])]
            body = r.choice([f"{where}里哪家的{NOUN[m]}最多", f"{where}中谁{'新收申请' if m == 'new' else '予以公开的'}最多",
                             f"{where}，{NOUN[m]}排第一的是哪个单位"])
        q = dress(ask(persona, r, body, False), phr, r)
        add(persona, "rank over a province-year", "rank", q, {}, {"values": vals, "unit": "件", "order": order}, phr,
            "colloquial", cells=[f"{x}:{c}" for x in rs], note=f"all {len(rs)} stored reports of {prov} {y}")
    elif intent == "list":
        vals = {x: cell(x, "t3.new.tot") for x in rs}
        q = dress(ask(persona, r, f"列一下{where}各自新收了多少件申请", False), phr, r)
        add(persona, "list over a province-year", "list", q, {}, {"values": vals, "unit": "件"}, phr, "colloquial",
            cells=[f"{x}:t3.new.tot" for x in rs], note=f"all {len(rs)} stored reports of {prov} {y}")
    elif intent == "which_reports":
        k = r.choice(["rv", "lit"])
        if k == "rv":
            hit = [x for x in rs if cell(x, "t4.rv.tot") > 0]
            body = f"{where}里哪些单位有信息公开行政复议案件"
        else:
            hit = [x for x in rs if cell(x, "t4.ld.tot") + cell(x, "t4.lr.tot") > 0]
            body = f"{where}中哪几家被提起过信息公开行政诉讼"
        q = dress(ask(persona, r, body, False), phr, r)
        add(persona, "which bodies in a province-year", "which_reports", q, {}, {"reports": hit}, phr, "colloquial",
            note=f"all {len(rs)} stored reports of {prov} {y}; empty set means none")
    else:  # sum over the group
        vals = [cell(x, "t3.new.tot") for x in rs]
        q = dress(ask(persona, r, f"{where}新收申请加起来一共多少件", False), phr, r)
        add(persona, "sum over a province-year", "sum", q, {}, {"value": sum(vals), "unit": "件"}, phr, "colloquial",
            cells=[f"{x}:t3.new.tot" for x in rs], note=f"all {len(rs)} stored reports of {prov} {y}")


def q_sum2(persona, r):
    for _ in range(500):
        a = pick_report(r, lambda x: fits("new", x))
        peers = [x for x in IDS if x != a and fits("new", x) and GOLD[x]["year"] == GOLD[a]["year"] and province(x) == province(a)]
        if peers:
            b = r.choice(peers)
            break
    phr = phrasing_of(persona, r)
    na, aba = name_of(a, r)
    nb, abb = name_of(b, r)
    y = year_text(GOLD[a]["year"], r)
    q = dress(ask(persona, r, f"{y}{na}和{nb}加起来一共收到多少件信息公开申请", False), phr, r)
    add(persona, "sum of two bodies", "sum", q, {}, {"value": cell(a, "t3.new.tot") + cell(b, "t3.new.tot"), "unit": "件"},
        phr, "abbreviated" if (aba or abb) else "formal", cells=[f"{a}:t3.new.tot", f"{b}:t3.new.tot"])


def q_share(persona, r):
    rid = pick_report(r, lambda x: readable(x, ["t3.r1.tot", "t3.r7.tot"]) and (GOLD[x]["t3"]["r7.tot"] or 0) > 0)
    v = round(100 * cell(rid, "t3.r1.tot") / cell(rid, "t3.r7.tot"), 2)
    phr = phrasing_of(persona, r)
    nm, ab = name_of(rid, r)
    q = dress(ask(persona, r, f"{nm}{year_text(GOLD[rid]['year'], r)}予以公开占办理结果总数的百分比是多少", False), phr, r)
    add(persona, "share", "share", q, {}, {"value": v, "unit": "%", "tol": 0.05}, phr, "abbreviated" if ab else "formal",
        cells=[f"{rid}:t3.r1.tot", f"{rid}:t3.r7.tot"], calc=f"100*{{{rid}:t3.r1.tot}}/{{{rid}:t3.r7.tot}}")


# ---------------------------------------------------------------- the plan: persona → kind counts
PLAN = {
    "officer": dict(value=50, narrative=18, problems=10, unanswerable=10, consistency=12, change=4, compare=2, blank=2),
    "citizen": dict(value=32, narrative=8, problems=2, unanswerable=18, compare=3),
    "journalist": dict(value=22, narrative=10, problems=4, unanswerable=7, compare=4, change=2, rank=3, sum2=2),
    "evaluator": dict(value=16, narrative=3, unanswerable=5, consistency=16, rank=5, list=4, which_reports=6, sum=2,
                      share=3, blank=3),
    "lawyer": dict(value=36, unanswerable=6, compare=1, blank=2),
    "deputy": dict(value=10, narrative=8, problems=8, unanswerable=4, compare=3, change=2, sum2=1),
    "researcher": dict(value=10, unanswerable=4, consistency=5, compare=4, change=6, sum=3, rank=3, list=2,
                       which_reports=3, share=3, trend=2),
    "hotline": dict(value=16, narrative=4, problems=1, unanswerable=13, blank=2),
}


def build():
    narr, probs = narr_cands(), problems_cands()
    defects, cleans, blanks = defect_cands(), clean_cands(), blank_cands()
    my, grp = multi_year(), groups()
    for persona in sorted(PLAN):
        for kind, n in PLAN[persona].items():
            for _ in range(n):
                if kind == "value":
                    q_value(persona, R)
                elif kind == "narrative":
                    q_narr(persona, R, narr)
                elif kind == "problems":
                    q_problem(persona, R, probs)
                elif kind == "unanswerable":
                    q_unans(persona, R)
                elif kind == "consistency":
                    q_consistency(persona, R, defects, cleans)
                elif kind == "blank":
                    q_blank(persona, R, blanks)
                elif kind == "compare":
                    q_compare(persona, R)
                elif kind == "change":
                    q_change(persona, R, my)
                elif kind == "trend":
                    q_trend(persona, R, my)
                elif kind == "sum2":
                    q_sum2(persona, R)
                elif kind == "share":
                    q_share(persona, R)
                elif kind in ("rank", "list", "which_reports", "sum"):
                    q_group(persona, R, grp, kind)
    order = list(range(len(ITEMS)))
    R.shuffle(order)
    out = [ITEMS[i] for i in order]
    seen = set()
    final = []
    for it in out:
        key = re.sub(r"\W", "", it["q"])
        if key in seen:
            continue
        seen.add(key)
        final.append(it)
    for i, it in enumerate(final, 1):
        it["id"] = f"q{i:04d}"
    return [{"id": it.pop("id"), **it} for it in final]


def check(items):
    for it in items:
        exp, cs = it["expect"], it.get("cells", [])
        scope = it["scope"].get("report")

        def val(ref):
            rid, _, key = ref.rpartition(":")
            v = cell(rid or scope, key)
            assert isinstance(v, (int, float)), (it["id"], ref, v)
            return v

        if "value" in exp and cs and it["intent"] != "narrative":
            if "calc" in it:
                expr = re.sub(r"\{([^}]+)\}", lambda m: repr(val(m.group(1))), it["calc"])
                got = eval(expr)  # noqa: S307 — our own arithmetic over gold numbers
            else:
                got = sum(val(c) for c in cs)
            assert abs(got - exp["value"]) <= exp.get("tol", 0) + 1e-6, (it["id"], got, exp)
        if exp.get("blank"):
            rid, _, key = cs[0].rpartition(":")
            assert cell(rid, key) is None and GOLD[rid]["placeholders"][key] == "", it["id"]
        q = it.get("source_quote")
        quotes = {scope: q} if isinstance(q, str) else (q or {})
        for rid, s in quotes.items():
            assert squash(s) in text(rid), (it["id"], rid, s)
        for s in exp.get("contains", []):
            assert any(squash(s) in text(rid) for rid in quotes), (it["id"], s)
        if "values" in exp and "order" in exp:
            top = exp["order"][0]
            assert exp["values"][top] == max(exp["values"].values()), it["id"]
        if "reports" in exp:
            assert all(x in GOLD for x in exp["reports"]), it["id"]
        for k in exp.get("values", {}):
            if k in GOLD and it["intent"] in ("compare", "list", "rank", "trend"):
                m = [c for c in cs if c.startswith(k + ":")]
                assert sum(val(c) for c in m) == exp["values"][k], (it["id"], k)


def main():
    items = build()
    if os.environ.get("BLINDQ_CACHE"):  # development only: the texts, to rerun fast
        Path(os.environ["BLINDQ_CACHE"]).write_bytes(pickle.dumps(_TEXT))
    for rid in IDS:
        text(rid)
    check(items)
    path = HERE / "blindq.jsonl"
    path.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    c = Counter(it["intent"] for it in items)
    print(len(items), dict(sorted(c.items())))
    if "--table" in sys.argv:
        table(items)


def table(items):
    def md(rows, cols, key, title):
        print(f"| {title} | total | " + " | ".join(cols) + " |")
        print("|---|---:|" + "---:|" * len(cols))
        for rname in rows:
            sub = [it for it in items if key(it) == rname]
            print(f"| {rname} | {len(sub)} | " + " | ".join(str(sum(col(it) for it in sub)) for col in COLF(cols)) + " |")
        print(f"| **all** | {len(items)} | " + " | ".join(str(sum(col(it) for it in items)) for col in COLF(cols)) + " |\n")

    intents = [k for k, _ in Counter(it["intent"] for it in items).most_common()]
    personas = [k for k, _ in Counter(it["persona"] for it in items).most_common()]

    def COLF(cols):
        out = []
        for c in cols:
            if c in intents:
                out.append(lambda it, c=c: it["intent"] == c)
            elif c in ("colloquial", "formal", "abbreviated"):
                out.append(lambda it, c=c: it["style"] == c)
            elif c == "scoped":
                out.append(lambda it: bool(it["scope"]))
            elif c == "reads wild16":
                out.append(lambda it: "wild16" in it["sets"])
            else:
                out.append(lambda it, c=c: it["phrasing"] == c)
        return out

    md(personas, intents, lambda it: it["persona"], "persona")
    md(intents, ["colloquial", "formal", "abbreviated", "scoped", "reads wild16", "voice", "typo", "trad"],
       lambda it: it["intent"], "intent")
    print("| kind | n |\n|---|---:|")
    for k, n in Counter(it["kind"] for it in items).most_common():
        print(f"| {k} | {n} |")
    reading = [it for it in items if it["sets"]]
    print(f"\nrefusals {sum(bool(it['expect'].get('refuse')) for it in items)}, printed blank "
          f"{sum(bool(it['expect'].get('blank')) for it in items)}, reading a report {len(reading)}, of which reading wild16 "
          f"{sum('wild16' in it['sets'] for it in reading)}")


if __name__ == "__main__":
    main()
