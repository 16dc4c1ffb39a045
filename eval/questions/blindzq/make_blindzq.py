"""Blind bank blindzq: applicants, lawyers and 复议/诉讼 watchers ask the fine rows of 表三/表四 in lay words.

    PYTHONPATH=. .venv/bin/python eval/questions/blindzq/make_blindzq.py   # rewrites blindzq.jsonl (deterministic)

Every expected value is computed from the gold JSON of eval/wild … eval/wild33; refusals of practical questions are
asked only of reports whose text (html/htm/txt/md/docx) was read and lacks the words that could answer them."""

from __future__ import annotations

import collections
import glob
import html
import json
import random
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent / "blindzq.jsonl"
SETS = ["wild", *(f"wild{i}" for i in range(2, 34))]
rnd = random.Random(20261207)

# ---------------------------------------------------------------- reports
ALL: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        ALL[d["id"]] = d
        SET_OF[d["id"]] = s
KEY_COUNT = collections.Counter((d["agency"], d["year"]) for d in ALL.values())
AGENCY_YEARS = collections.defaultdict(set)
for d in ALL.values():
    AGENCY_YEARS[d["agency"]].add(d["year"])


def readable(d):
    return (d["template"] in ("GF2019", "GF2021") and d.get("tables_recoverable") and not d.get("findings")
            and "statements" not in d and KEY_COUNT[(d["agency"], d["year"])] == 1)


R = sorted((d for d in ALL.values() if readable(d)), key=lambda d: d["id"])


def text_of(d):
    p = ROOT / "eval" / SET_OF[d["id"]] / d["file"]
    ext = p.suffix.lower()
    try:
        if ext in (".html", ".htm"):
            raw = p.read_bytes()
            m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:3000])
            enc = m.group(1).decode() if m else "utf-8"
            t = raw.decode(enc, errors="replace")
            t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", t)
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        elif ext in (".txt", ".md"):
            t = p.read_text(encoding="utf-8")
        elif ext == ".docx":
            x = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
            t = html.unescape(re.sub(r"<[^>]+>", "", x))
        else:
            return None
    except Exception:
        return None
    t = re.sub(r"\s+", "", t)
    # a text that does not even carry the table's labels (tables as pictures, OLE objects, traditional script, a wrong
    # code page) is not trusted to show that a word is absent
    return t if len(t) > 500 and "信息公开" in t and "予以公开" in t and "行政复议" in t else None


TEXT = {d["id"]: text_of(d) for d in R}

# ---------------------------------------------------------------- names
ALL_AGENCIES = sorted({d["agency"] for d in ALL.values()})


def short_name(d):
    a = d["agency"]
    m = re.match(r"^(.{2,4}?[市州盟])(.+)$", a)
    if not m or len(m.group(2)) < 4 or not re.search(r"[区县旗市]", m.group(2)[:4]):
        return None
    s = m.group(2)
    if any(s in o for o in ALL_AGENCIES if o != a):
        return None
    return s


def cell(d, k):
    t, key = k.split(".", 1)
    return d[t].get(key)


# ---------------------------------------------------------------- measures: key → (cells by template, colloquial, formal)
COLS = {"tot": None, "np": "np", "legal": ["biz", "sci", "npo", "law", "oth"], "biz": "biz", "sci": "sci", "npo": "npo", "law": "law"}
T3 = {  # row → (cells-rows GF2021, GF2019, colloquial noun phrase, formal noun phrase, persona)
    "r1": (["r1"], ["r1"], "申请了就全部给公开了的", "依申请办理结果中予以公开的", "applicant"),
    "r2": (["r2"], ["r2"], "只给公开了一部分的", "办理结果为部分公开的", "applicant"),
    "r3": ([f"r3_{i}" for i in range(1, 9)], [f"r3_{i}" for i in range(1, 9)], "被拒绝公开（不给公开）的一共", "不予公开的申请合计", "lawyer"),
    "r3_1": (["r3_1"], ["r3_1"], "说涉及国家秘密所以不给的", "因属于国家秘密不予公开的", "lawyer"),
    "r3_2": (["r3_2"], ["r3_2"], "说别的法律法规禁止公开所以拒了的", "因其他法律行政法规禁止公开而不予公开的", "lawyer"),
    "r3_3": (["r3_3"], ["r3_3"], "说公开了会危及安全稳定所以不给的", "因危及“三安全一稳定”不予公开的", "lawyer"),
    "r3_4": (["r3_4"], ["r3_4"], "因为涉及个人隐私、商业秘密这些第三方权益被拒的", "因保护第三方合法权益不予公开的", "lawyer"),
    "r3_5": (["r3_5"], ["r3_5"], "说是机关内部事务信息不给的", "因属于三类内部事务信息不予公开的", "lawyer"),
    "r3_6": (["r3_6"], ["r3_6"], "说是过程性信息（讨论稿、请示那种）不给的", "因属于四类过程性信息不予公开的", "lawyer"),
    "r3_7": (["r3_7"], ["r3_7"], "说属于行政执法案卷所以不给的", "因属于行政执法案卷不予公开的", "lawyer"),
    "r3_8": (["r3_8"], ["r3_8"], "说属于查询事项、让去走查询渠道的", "因属于行政查询事项不予公开的", "lawyer"),
    "r4": ([f"r4_{i}" for i in range(1, 4)], [f"r4_{i}" for i in range(1, 4)], "最后没法提供信息的一共", "无法提供的申请合计", "applicant"),
    "r4_1": (["r4_1"], ["r4_1"], "回复说信息不存在、他们没有这个信息的", "因本机关不掌握相关政府信息而无法提供的", "applicant"),
    "r4_2": (["r4_2"], ["r4_2"], "说要另外制作、没有现成的所以不给的", "因没有现成信息需要另行制作而无法提供的", "applicant"),
    "r4_3": (["r4_3"], ["r4_3"], "让申请人补正以后还是说不清要什么的", "补正后申请内容仍不明确的", "applicant"),
    "r5": ([f"r5_{i}" for i in range(1, 6)], [f"r5_{i}" for i in range(1, 6)], "直接不予处理的一共", "不予处理的申请合计", "lawyer"),
    "r5_1": (["r5_1"], ["r5_1"], "被当成信访、举报投诉件处理不按信息公开办的", "属于信访举报投诉类申请而不予处理的", "applicant"),
    "r5_2": (["r5_2"], ["r5_2"], "因为重复申请就不处理的", "因重复申请不予处理的", "applicant"),
    "r5_3": (["r5_3"], ["r5_3"], "要书、报刊这种公开出版物被不予处理的", "因要求提供公开出版物不予处理的", "applicant"),
    "r5_4": (["r5_4"], ["r5_4"], "被认定没有正当理由大量反复申请而不处理的", "因无正当理由大量反复申请不予处理的", "lawyer"),
    "r5_5": (["r5_5"], ["r5_5"], "要求确认或者重新出具已经拿到的信息、结果不处理的", "因要求行政机关确认或重新出具已获取信息不予处理的", "lawyer"),
    "r6": ([f"r6_{i}" for i in range(1, 4)], ["r6"], "归到“其他处理”里的一共", "其他处理的申请合计", "lawyer"),
    "r6_1": (["r6_1"], None, "申请人过期不补正、机关就不再办了的", "因申请人无正当理由逾期不补正而不再处理的", "applicant"),
    "r6_2": (["r6_2"], None, "因为没按收费通知交钱、就不给办了的", "因申请人逾期未按收费通知缴纳费用而不再处理的", "applicant"),
    "r6_3": (["r6_3"], None, "其他处理里算“其他”的", "其他处理中“其他”情形的", "lawyer"),
    "r7": (["r7"], ["r7"], "全年办完（有结果）的申请总共", "本年度办理结果总计", "watcher"),
    "carry_out": (["carry_out"], ["carry_out"], "没办完、拖到下一年接着办的", "结转下年度继续办理的", "applicant"),
}
COLWORD = {  # column → (colloquial prefix, formal prefix)
    "tot": ("", ""),
    "np": ("个人（老百姓自己）申请的里面，", "自然人申请中，"),
    "legal": ("企业、单位这些（法人或其他组织）申请的里面，", "法人或其他组织申请中，"),
    "biz": ("企业申请的里面，", "商业企业申请中，"),
    "sci": ("科研机构申请的里面，", "科研机构申请中，"),
    "npo": ("社会公益组织申请的里面，", "社会公益组织申请中，"),
    "law": ("律师事务所这类法律服务机构申请的里面，", "法律服务机构申请中，"),
}
T4 = {  # measure → (cells, colloquial, formal, persona)
    "rv.keep": (["t4.rv.keep"], "申请行政复议后，复议维持原决定的", "行政复议结果维持的", "watcher"),
    "rv.fix": (["t4.rv.fix"], "复议后被纠正（复议机关说政府做错了）的", "行政复议结果纠正的", "watcher"),
    "rv.other": (["t4.rv.other"], "复议结果既不是维持也不是纠正、算“其他结果”的", "行政复议其他结果的", "watcher"),
    "rv.pend": (["t4.rv.pend"], "复议还没出结果（尚未审结）的", "行政复议尚未审结的", "lawyer"),
    "rv.tot": (["t4.rv.tot"], "因为信息公开被申请复议的一共", "政府信息公开行政复议总计", "watcher"),
    "ld.keep": (["t4.ld.keep"], "没经过复议直接告到法院、法院判政府赢（维持）的", "未经复议直接起诉的行政诉讼中结果维持的", "lawyer"),
    "ld.fix": (["t4.ld.fix"], "直接告到法院、法院判政府输了（纠正）的", "未经复议直接起诉的行政诉讼中结果纠正的", "lawyer"),
    "ld.other": (["t4.ld.other"], "直接起诉的案子里结果算“其他”的", "未经复议直接起诉的行政诉讼中其他结果的", "lawyer"),
    "ld.pend": (["t4.ld.pend"], "直接起诉了、法院还没判的", "未经复议直接起诉的行政诉讼中尚未审结的", "lawyer"),
    "ld.tot": (["t4.ld.tot"], "没走复议直接告到法院的一共", "未经复议直接起诉的行政诉讼总计", "lawyer"),
    "lr.keep": (["t4.lr.keep"], "先复议、又起诉，法院维持的", "复议后起诉的行政诉讼中结果维持的", "lawyer"),
    "lr.fix": (["t4.lr.fix"], "复议完又去起诉、法院判政府输了的", "复议后起诉的行政诉讼中结果纠正的", "lawyer"),
    "lr.other": (["t4.lr.other"], "复议后起诉、结果算“其他”的", "复议后起诉的行政诉讼中其他结果的", "lawyer"),
    "lr.pend": (["t4.lr.pend"], "复议后又起诉、还没判下来的", "复议后起诉的行政诉讼中尚未审结的", "lawyer"),
    "lr.tot": (["t4.lr.tot"], "复议之后又去法院起诉的一共", "复议后起诉的行政诉讼总计", "lawyer"),
    "lit.tot": (["t4.ld.tot", "t4.lr.tot"], "因为信息公开被告上法院（行政诉讼）的一共", "政府信息公开行政诉讼合计（直接起诉与复议后起诉）", "watcher"),
    "lit.fix": (["t4.ld.fix", "t4.lr.fix"], "打官司法院判政府输了（结果纠正，直接起诉和复议后起诉加起来）的", "行政诉讼结果纠正合计（直接起诉与复议后起诉）", "watcher"),
}


def t3_cells(d, row, col):
    rows = T3[row][0] if d["template"] == "GF2021" else T3[row][1]
    if rows is None:
        return None
    cols = ["tot"] if col == "tot" else (COLS[col] if isinstance(COLS[col], list) else [COLS[col]])
    return [f"t3.{r}.{c}" for r in rows for c in cols]


def measure_cells(d, m, col="tot"):
    return T4[m][0] if m in T4 else t3_cells(d, m, col)


def val(d, cells):
    vs = [cell(d, k) for k in cells]
    if any(v is None or isinstance(v, str) for v in vs):
        return None
    return sum(vs)


def name(d, phr):
    if phr == "abbreviated":
        s = short_name(d)
        return s
    return d["agency"]


YEARFMT = ["{y}年", "{y}年度", "{y}年"]
items: list[dict] = []


def add(q, intent, phrasing, persona, kind, expect, reads, scope=None, cells=None, calc=None, note=None, previous=None,
        chain=None, quote=None):
    it = {"q": q, "scope": scope or {}, "intent": intent, "style": phrasing, "phrasing": phrasing, "persona": persona,
          "kind": kind, "expect": expect}
    if cells:
        it["cells"] = cells
    if calc:
        it["calc"] = calc
    if quote:
        it["source_quote"] = quote
    if note:
        it["note"] = note
    if previous:
        it["previous"] = previous
    if chain:
        it["chain"] = chain
    it["sets"] = sorted({SET_OF[r] for r in reads}) or ["store"]
    items.append(it)


def ask_value(d, m, col, phr, persona=None):
    cells = measure_cells(d, m, col)
    nm = name(d, phr)
    if nm is None:
        return False
    y = rnd.choice(YEARFMT).format(y=d["year"])
    if m in T4:
        cq, fq, pers = T4[m][1], T4[m][2], T4[m][3]
        pre_c = pre_f = ""
    else:
        cq, fq, pers = T3[m][2], T3[m][3], T3[m][4]
        pre_c, pre_f = COLWORD[col]
    if phr == "formal":
        q = rnd.choice(["请问{n}{y}政府信息公开工作年度报告中，{p}{f}件数是多少？", "依据{n}{y}的信息公开年报，{p}{f}共有多少件？",
                        "烦请查询{n}{y}：{p}{f}数量。"]).format(n=nm, y=y, p=pre_f, f=fq)
    else:
        q = rnd.choice(["{n}{y}{p}{c}有多少件？", "{n}{y}，{p}{c}有几个？", "想问下{n}{y}{p}{c}多少件啊", "{n}{y}{p}{c}一共几件"]).format(
            n=nm, y=y, p=pre_c, c=cq)
    if cells is None:  # a GF2021-only row asked of a GF2019 report
        add(q, "unanswerable", phr, persona or pers, "other_template", {"refuse": True}, [d["id"]],
            note=f"asked as value: {m} exists only in GF2021 (（六）其他处理 sub-rows); {d['id']} is GF2019 whose （六） is one row")
        return True
    v = val(d, cells)
    if v is None:
        return False
    add(q, "value", phr, persona or pers, "one_report_cell", {"value": v, "unit": "件"}, [d["id"]],
        cells=[f"{d['id']}:{c}" for c in cells])
    return True


# ---------------------------------------------------------------- 1. one report named (~65 %)
rows = list(T3) + list(T4)
pool = R[:]
rnd.shuffle(pool)
pi = 0
PHR = ["colloquial", "formal", "abbreviated"]
GF19 = [d for d in pool if d["template"] == "GF2019"]
for m in rows:
    done = collections.Counter()
    gf19 = 0
    tries = 0
    want = 3
    while sum(done.values()) < want and tries < 400:
        tries += 1
        phr = PHR[sum(done.values()) % 3]
        src = GF19 if (m == "r6" and gf19 == 0) else pool
        d = src[pi % len(src)]
        pi += 1
        if m in ("r6_1", "r6_2", "r6_3") and d["template"] != "GF2021":
            continue
        # favour non-zero values for the t4 and rare rows half of the time
        cells = measure_cells(d, m)
        v = val(d, cells) if cells else None
        if v is None or (v == 0 and sum(done.values()) % 2 == 0):
            continue
        if ask_value(d, m, "tot", phr):
            done[phr] += 1
            gf19 += d["template"] == "GF2019"
# applicant columns
for col in ["np", "legal", "biz", "sci", "npo", "law"]:
    n = 0
    tries = 0
    while n < 3 and tries < 400:
        tries += 1
        d = pool[pi % len(pool)]
        pi += 1
        m = rnd.choice(["r1", "r2", "r3_4", "r4_1", "r5_2", "r3", "r4"])
        cells = t3_cells(d, m, col)
        v = val(d, cells) if cells else None
        if v is None or (v == 0 and n % 2 == 0):
            continue
        if ask_value(d, m, col, PHR[n % 3]):
            n += 1
# GF2021-only rows asked of GF2019 reports → refusals; GF2019 （六） asked as 其他处理 → the mapped r6 (done above)
for i, m in enumerate(["r6_1", "r6_2", "r6_1", "r6_2", "r6_1", "r6_2"]):
    d = GF19[(i * 7) % len(GF19)]
    ask_value(d, m, "tot", PHR[i % 3])

# rates, each asked with its definition
RATES = [
    ("公开率", "（予以公开＋部分公开）÷办理结果总计", ["r1", "r2"], ["r7"], "applicant"),
    ("被拒比例", "不予公开合计÷办理结果总计", ["r3"], ["r7"], "applicant"),
    ("纠错率", "复议结果纠正÷行政复议总计", ["rv.fix"], ["rv.tot"], "watcher"),
    ("败诉率", "行政诉讼结果纠正（直接起诉＋复议后起诉）÷行政诉讼总计（直接起诉＋复议后起诉）", ["lit.fix"], ["lit.tot"], "watcher"),
    ("维持率", "复议结果维持÷行政复议总计", ["rv.keep"], ["rv.tot"], "lawyer"),
]
for ri, (rname, defn, num, den, pers) in enumerate(RATES):
    n = z = 0
    tries = 0
    while n < 4 and tries < 600:
        tries += 1
        d = pool[pi % len(pool)]
        pi += 1
        nc = [c for m in num for c in measure_cells(d, m)]
        dc = [c for m in den for c in measure_cells(d, m)]
        nv, dv = val(d, nc), val(d, dc)
        if nv is None or dv is None:
            continue
        phr = PHR[n % 3]
        nm = name(d, phr)
        if nm is None:
            continue
        if dv == 0 and z >= 1:
            continue
        if dv == 0 and ri < 2:
            continue
        if dv > 0 and nv == 0 and n % 2 == 0 and ri >= 2:
            continue
        if phr == "formal":
            q = f"请按“{defn}”计算{nm}{d['year']}年度的{rname}（百分比）。"
        else:
            q = f"{nm}{d['year']}年的{rname}是多少？就按{defn}算，给个百分比"
        if dv == 0:
            z += 1
            add(q, "unanswerable", phr, pers, "rate_zero_denominator", {"refuse": True}, [d["id"]],
                note=f"asked as share: the denominator ({'+'.join(dc)}) is 0, so 无法计算", cells=[f"{d['id']}:{c}" for c in dc])
        else:
            expr = "100*(" + "+".join("{%s:%s}" % (d["id"], c) for c in nc) + ")/(" + "+".join("{%s:%s}" % (d["id"], c) for c in dc) + ")"
            add(q, "share", phr, pers, "rate", {"value": round(100 * nv / dv, 2), "unit": "%", "tol": 0.05}, [d["id"]],
                cells=[f"{d['id']}:{c}" for c in nc + dc], calc=expr)
        n += 1

# ---------------------------------------------------------------- 2. practical questions the reports cannot answer (refusals)
PRACT = [  # (question forms c / f / a, words whose absence is checked)
    (["{n}{y}年的信息公开申请，一般多久能答复？平均要几天？", "请问{n}{y}年度依申请公开的平均答复时长是多少个工作日？", "{n}{y}年申请信息公开平均几天给答复"],
     ["平均", "工作日", "答复时间", "办理时限", "时长"]),
    (["我想向{n}申请信息公开，具体去哪个窗口交材料？", "请告知{n}政府信息公开申请的受理窗口及地址。", "{n}信息公开申请去哪个窗口办"],
     ["窗口", "地址", "大厅", "受理点", "地点"]),
    (["{n}信息公开的咨询电话是多少？", "请提供{n}政府信息公开工作机构的联系电话。", "{n}依申请公开咨询电话多少"],
     ["电话", "联系方式"]),
    (["{n}{y}年来申请信息公开的人里，男的女的各多少？", "{n}{y}年度政府信息公开申请人的性别构成如何？", "{n}{y}年申请人男女比例"],
     ["性别", "男性", "女性"]),
    (["{n}{y}年败诉或者被纠正以后，赔了申请人多少钱？", "{n}{y}年度因信息公开复议、诉讼承担的赔偿金额是多少？", "{n}{y}年信息公开案子赔了多少钱"],
     ["赔偿", "赔付"]),
    (["{n}{y}年是哪几家律所来申请过信息？", "{n}{y}年度提出政府信息公开申请的律师事务所名称有哪些？", "{n}{y}年来申请的律所叫什么名字"],
     ["律师事务所", "律所"]),
    (["{n}{y}年那些复议案子具体是谁申请的、为啥事？", "{n}{y}年度政府信息公开行政复议案件的申请人及案由分别是什么？", "{n}{y}年复议案件案由是啥"],
     ["案由", "申请人姓名", "因申请"]),
    (["网上怎么向{n}提交信息公开申请，要填什么表？", "请说明向{n}在线提交政府信息公开申请的具体操作步骤及所需表格。", "{n}网上申请信息公开步骤"],
     ["申请表", "在线申请", "网上申请", "申请渠道", "申请方式", "受理渠道", "信函", "当面"]),
]
texted = [d for d in pool if TEXT.get(d["id"])]
k = 0
for qi, (forms, words) in enumerate(PRACT):
    n = 0
    tries = 0
    while n < (6 if qi < 3 else 4) and tries < 300:
        tries += 1
        d = texted[k % len(texted)]
        k += 1
        t = TEXT[d["id"]]
        if any(w in t for w in words):
            continue
        if "{y}" not in forms[n % 3]:  # no year named: every stored report of the body must be read and lack the words
            others = [ALL[r] for r in ALL if ALL[r]["agency"] == d["agency"]]
            ots = [TEXT[o["id"]] if o["id"] in TEXT else text_of(o) for o in others]
            if any(o is None or any(w in o for w in words) for o in ots):
                continue
        if qi == 6 and (val(d, ["t4.rv.tot"]) or 0) == 0:
            continue
        phr = PHR[n % 3]
        nm = name(d, phr)
        if nm is None:
            continue
        q = forms[n % 3].format(n=nm, y=d["year"])
        add(q, "unanswerable", phr, "applicant" if qi in (0, 1, 2, 7) else "lawyer", "practical",
            {"refuse": True}, [d["id"]], note="asked as practical: the report's text has none of " + "/".join(words))
        n += 1
# a year the body has no stored report for
n = 0
for d in pool:
    if n >= 6:
        break
    y0 = min(AGENCY_YEARS[d["agency"]]) - 1
    if d["year"] != y0 + 1 or y0 < 2019:
        continue
    phr = PHR[n % 3]
    nm = name(d, phr)
    if nm is None:
        continue
    m = ["r3_4", "rv.fix", "r4_1", "ld.tot", "r5_1", "lr.fix"][n]
    cq = T4[m][1] if m in T4 else T3[m][2]
    q = f"{nm}{y0}年{cq}有几件？"
    add(q, "unanswerable", phr, "lawyer", "year_not_stored", {"refuse": True}, [],
        note=f"asked as value: {d['agency']} has no stored {y0} report (stored years {sorted(AGENCY_YEARS[d['agency']])})")
    n += 1

# ---------------------------------------------------------------- 3. scoped (the page's chosen report)
SCOPED = [("r3_4", "这家今年因为隐私这类原因被拒的有几件？"), ("r4_1", "这份报告里，说“没有这个信息”的有多少？"),
          ("r5_1", "这里被当成信访件处理的多少件"), ("rv.fix", "今年复议被纠正了几件？"), ("ld.fix", "直接告到法院、政府输了的有几件"),
          ("r2", "这份报告里部分公开的有多少件"), ("r4_2", "要另外制作所以没给的有几件？"), ("lr.tot", "复议后又起诉的总共几件？"),
          ("r5_2", "重复申请被不予处理的有几个"), ("ld.pend", "起诉了还没判的有几件"), ("rv.keep", "复议维持原决定的多少"),
          ("r3", "今年一共拒绝公开了多少件？"), ("carry_out", "转到明年接着办的有几件"), ("r4_3", "补正以后还说不清楚的多少件"),
          ("rv.tot", "这家今年被申请复议多少次"), ("r6", "其他处理的一共多少件")]
sc = 0
for m, q in SCOPED:
    for _ in range(200):
        d = pool[pi % len(pool)]
        pi += 1
        cells = measure_cells(d, m)
        v = val(d, cells) if cells else None
        if v is None:
            continue
        add(q, "value", "colloquial", T4[m][3] if m in T4 else T3[m][4], "scoped_cell", {"value": v, "unit": "件"}, [d["id"]],
            scope={"report": d["id"]}, cells=cells)
        sc += 1
        break
# scoped chats: cell → follow-up
CHAT = [("r4_1", "那要另外制作所以不给的呢？", "r4_2"), ("rv.tot", "其中被纠正的呢", "rv.fix"), ("ld.tot", "那复议后再起诉的呢", "lr.tot"),
        ("r3", "其中因为第三方权益（隐私）的呢", "r3_4"), ("r5_1", "重复申请的呢", "r5_2")]
for ci, (m1, fq, m2) in enumerate(CHAT):
    for _ in range(200):
        d = pool[pi % len(pool)]
        pi += 1
        c1, c2 = measure_cells(d, m1), measure_cells(d, m2)
        v1, v2 = val(d, c1), val(d, c2)
        if v1 is None or v2 is None or v1 == 0:
            continue
        q1 = (T4[m1][1] if m1 in T4 else T3[m1][2]) + "有几件？"
        cid = f"chat{ci + 1}"
        add(q1, "value", "colloquial", "lawyer", "scoped_chat", {"value": v1, "unit": "件"}, [d["id"]], scope={"report": d["id"]},
            cells=c1, chain={"id": cid, "turn": 1, "of": 2})
        add(fq, "value", "colloquial", "lawyer", "scoped_chat", {"value": v2, "unit": "件"}, [d["id"]], scope={"report": d["id"]},
            cells=c2, previous=q1, chain={"id": cid, "turn": 2, "of": 2})
        break
# scoped refusals
for i, (q, words) in enumerate([("在这家申请一般要等多久才答复？", ["平均", "工作日", "时限"]), ("这个单位的申请窗口在哪？", ["窗口", "地址", "大厅"]),
                                 ("这家今年败诉赔了多少钱", ["赔偿", "赔付"]), ("这些复议都是谁申请的？", ["申请人姓名", "案由"])]):
    for _ in range(300):
        d = texted[k % len(texted)]
        k += 1
        if not any(w in TEXT[d["id"]] for w in words):
            add(q, "unanswerable", "colloquial", "applicant", "practical_scoped", {"refuse": True}, [d["id"]], scope={"report": d["id"]},
                note="asked as practical: the report's text has none of " + "/".join(words))
            break

# ---------------------------------------------------------------- 4. across reports (~25 %)
LEVELW = {"县级部门": "县区里的部门", "县级政府": "区县政府", "乡镇": "乡镇街道", "市级部门": "市直部门", "省级部门": "省直厅局", "市级政府": "市政府"}
groups = collections.defaultdict(list)
for d in ALL.values():
    prov = re.match(r"^(.+?(省|自治区|市))", d["region"]).group(1)
    groups[(prov, d["level"], d["year"])].append(d)
GM = ["r3_4", "r4_1", "r4_2", "r5_1", "r5_2", "rv.fix", "rv.tot", "lit.tot", "ld.tot", "lr.tot", "rv.keep", "r2", "r3", "lit.fix", "ld.pend", "rv.pend"]
gkeys = sorted(groups, key=lambda g: (-len(groups[g]), g))
gi = 0
kinds = collections.Counter()
for g in gkeys:
    ds = groups[g]
    if len(ds) < 2 or len(ds) > 12 or not all(readable(d) for d in ds):
        continue
    prov, lev, yr = g
    for m in GM:
        vs = {d["id"]: val(d, measure_cells(d, m)) for d in ds}
        if any(v is None for v in vs.values()):
            continue
        cq = (T4[m][1] if m in T4 else T3[m][2]).removesuffix("一共")
        fq = T4[m][2] if m in T4 else T3[m][3]
        phr = PHR[gi % 3]
        pshort = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", prov)
        who = f"{pshort if phr == 'abbreviated' else prov}{yr}年{LEVELW[lev]}"
        reads = list(vs)
        cellref = [f"{r}:{c}" for r in vs for c in measure_cells(ALL[r], m)]
        gi += 1
        kind = ["sum", "which", "rank", "count"][gi % 4]
        if kinds[kind] >= {"sum": 16, "which": 14, "rank": 14, "count": 6}[kind]:
            continue
        if kind == "sum":
            q = (f"{who}加起来，{cq}一共多少件？" if phr != "formal" else f"请汇总库中{who}的年报：{fq}合计多少件？")
            add(q, "sum", phr, "watcher", "group_sum", {"value": sum(vs.values()), "unit": "件"}, reads, cells=cellref,
                note=f"group: {len(vs)} stored reports of {prov} / {lev} / {yr}")
        elif kind == "which":
            pos = sorted(r for r, v in vs.items() if v > 0)
            if not pos or len(pos) == len(vs) and len(vs) > 6:
                continue
            q = (f"{who}里，哪些单位有{cq}？" if phr != "formal" else f"库中{who}的年报中，{fq}不为0的有哪些单位？")
            add(q, "which_reports", phr, "watcher", "group_which", {"reports": pos}, reads, cells=cellref,
                note=f"group: {len(vs)} stored reports of {prov} / {lev} / {yr}; >0")
        elif kind == "rank":
            srt = sorted(vs.items(), key=lambda kv: -kv[1])
            if srt[0][1] == 0 or (len(srt) > 1 and srt[0][1] == srt[1][1]):
                continue
            q = (f"{who}里，哪家{cq}最多？" if phr != "formal" else f"在库中{who}的年报中，{fq}件数最多的是哪个单位？")
            add(q, "rank", phr, "watcher", "group_top", {"values": {srt[0][0]: srt[0][1]}, "unit": "件", "order": [srt[0][0]]}, reads,
                cells=cellref, note=f"group: {len(vs)} stored reports of {prov} / {lev} / {yr}")
        else:
            nz = sum(1 for v in vs.values() if v > 0)
            q = (f"{who}里，有{cq}单位有几家？" if phr != "formal" else f"库中{who}年报里{fq}大于0的单位共有几家？")
            add(q, "value", phr, "watcher", "group_count", {"value": nz, "unit": "家"}, reads, cells=cellref,
                note=f"group: {len(vs)} stored reports of {prov} / {lev} / {yr}; count of reports with the figure > 0")
        kinds[kind] += 1
# changes: same agency, two readable years
byag = collections.defaultdict(list)
for d in R:
    byag[d["agency"]].append(d)
cn = 0
for ag in sorted(byag):
    ds = sorted(byag[ag], key=lambda d: d["year"])
    if len(ds) < 2 or cn >= 15:
        continue
    a, b = ds[0], ds[-1]
    ms = ["r3_4", "rv.tot", "r4_1", "lit.tot", "r5_1", "r2", "r4_2", "r3"]
    for j in range(8):
        m = ms[(cn + j) % 8]
        va, vb = val(a, measure_cells(a, m)), val(b, measure_cells(b, m))
        if va is not None and vb is not None and not (va == vb == 0):
            break
    else:
        continue
    cnt = collections.Counter(it["phrasing"] for it in items if it["kind"] == "year_change")
    phr = min(PHR, key=lambda p: (cnt[p], PHR.index(p)))
    nm = name(b, phr)
    if nm is None:
        phr, nm = "colloquial" if cnt["colloquial"] <= cnt["formal"] else "formal", b["agency"]
    cq = (T4[m][1] if m in T4 else T3[m][2]).removesuffix("一共")
    fq = T4[m][2] if m in T4 else T3[m][3]
    q = (f"请问{nm}{fq}，{b['year']}年度较{a['year']}年度增减多少件？" if phr == "formal"
         else f"{nm}{cq}，{b['year']}年比{a['year']}年多了还是少了，差几件？")
    ca, cb = measure_cells(a, m), measure_cells(b, m)
    add(q, "change", phr, "watcher", "year_change", {"value": vb - va, "unit": "件"}, [a["id"], b["id"]],
        cells=[f"{b['id']}:{c}" for c in cb] + [f"{a['id']}:{c}" for c in ca],
        calc="(" + "+".join("{%s:%s}" % (b["id"], c) for c in cb) + ")-(" + "+".join("{%s:%s}" % (a["id"], c) for c in ca) + ")")
    cn += 1
# compare two bodies of one group
cpn = 0
for g in gkeys:
    ds = groups[g]
    if len(ds) < 2 or cpn >= 12 or not all(readable(d) for d in ds[:2]):
        continue
    m = ["r3_4", "rv.fix", "r4_1", "lit.tot", "r5_2", "r2", "rv.tot", "r4_2", "ld.tot", "r3"][cpn % 10]
    a, b = ds[0], ds[1]
    va, vb = val(a, measure_cells(a, m)), val(b, measure_cells(b, m))
    if va is None or vb is None or va == vb:
        continue
    cnt = collections.Counter(it["phrasing"] for it in items if it["kind"] == "two_bodies")
    phr = min(PHR, key=lambda p: (cnt[p], PHR.index(p)))
    na, nb = name(a, phr), name(b, phr)
    if na is None or nb is None:
        phr, na, nb = "colloquial", a["agency"], b["agency"]
    cq = (T4[m][1] if m in T4 else T3[m][2]).removesuffix("一共")
    fq = T4[m][2] if m in T4 else T3[m][3]
    q = (f"{na}和{nb}{a['year']}年比，{cq}谁多？各几件？" if phr != "formal"
         else f"请比较{na}与{nb}{a['year']}年度{fq}件数。")
    order = [a["id"], b["id"]] if va > vb else [b["id"], a["id"]]
    add(q, "compare", phr, "lawyer", "two_bodies", {"values": {a["id"]: va, b["id"]: vb}, "unit": "件", "order": order}, [a["id"], b["id"]],
        cells=[f"{x['id']}:{c}" for x in (a, b) for c in measure_cells(x, m)])
    cpn += 1


# ---------------------------------------------------------------- checks and write
def check(it):
    e = it["expect"]
    if "value" in e and it.get("cells") and "calc" not in it and it["kind"] not in ("group_count",):
        s = 0
        for c in it["cells"]:
            rid, key = (c.split(":", 1) if ":" in c else (it["scope"]["report"], c))
            s += cell(ALL[rid], key)
        assert s == e["value"], it
    if "calc" in it:
        expr = re.sub(r"\{([^}]+)\}", lambda m: repr(cell(ALL[m.group(1).split(":", 1)[0]], m.group(1).split(":", 1)[1])), it["calc"])
        v = eval(expr)
        assert abs(v - e["value"]) <= e.get("tol", 0) + 1e-9, (it, v)


for i, it in enumerate(items, 1):
    it["id"] = f"zq{i:04d}"
    check(it)
    if it["style"] == "abbreviated":
        assert not any(d["agency"] in it["q"] for d in ALL.values()), it
    if it["scope"]:
        assert it["scope"]["report"] in ALL
assert len({it["q"] + json.dumps(it["scope"]) + str(it.get("previous")) for it in items}) == len(items)
with OUT.open("w", encoding="utf-8") as f:
    for it in items:
        o = {"id": it.pop("id"), **it}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(items))
