"""Blind bank blindzl: the narrative, not the tables (wild, wild2 … wild31 store; questions on wild20 … wild31).

    PYTHONPATH=. .venv/bin/python eval/questions/blindzl/make_blindzl.py   # rewrites blindzl.jsonl (deterministic)

Every expected value is quoted from the report's own text (exact string in source_quote); refusals are checked
against the text (the keyword asked about does not occur in it)."""
from __future__ import annotations

import glob
import html
import json
import random
import re
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent


def text_of(path: Path) -> str | None:
    ext = path.suffix.lower().lstrip(".")
    try:
        if ext in ("html", "htm"):
            raw = path.read_bytes()
            s = None
            for enc in ("utf-8", "gb18030"):
                try:
                    s = raw.decode(enc)
                    break
                except UnicodeDecodeError:
                    pass
            if s is None:
                return None
            s = re.sub(r"(?is)<(script|style).*?</\1>", "", s)
            t = html.unescape(re.sub(r"(?s)<[^>]+>", " ", s))
        elif ext in ("docx", "docm", "dotx"):
            x = zipfile.ZipFile(path).read("word/document.xml").decode()
            t = html.unescape(re.sub(r"<[^>]+>", "", x.replace("</w:p>", "\n")))
        elif ext in ("txt", "md"):
            t = path.read_text(encoding="utf-8", errors="replace")
        else:
            return None
    except Exception:
        return None
    return re.sub(r"[ \t\u3000\xa0]+", "", t)


def load():
    allkeys = Counter()
    for f in glob.glob(str(ROOT / "eval/wild*/gold/*.json")):
        d = json.loads(Path(f).read_text())
        allkeys[(d["agency"], d["year"])] += 1
    reps = []
    for i in range(20, 32):
        for f in sorted(glob.glob(str(ROOT / f"eval/wild{i}/gold/*.json"))):
            d = json.loads(Path(f).read_text())
            t = text_of(ROOT / f"eval/wild{i}" / d["file"])
            if not t:
                continue
            r = dict(id=d["id"], set=f"wild{i}", agency=d["agency"], year=d["year"], text=t,
                     unique=allkeys[(d["agency"], d["year"])] == 1)
            m = re.search(r"主动公开各类政府信息(\d+)条", t)
            r["zd"] = (int(m.group(1)), m.group(0)) if m else None
            m = re.search(r"政策文件(\d+)条", t)
            r["wj"] = (int(m.group(1)), m.group(0)) if m else None
            m = re.search(r"政策解读(\d+)篇", t)
            r["jd"] = (int(m.group(1)), m.group(0)) if m else None
            m = re.search(r"存在的主要问题[：:]一是([^；。]+)；二是([^；。]+)；三是([^；。]+)", t)
            r["pb"] = (list(m.groups()), m.group(0)) if m else None
            m = re.search(r"改进措施[：:]一是([^；。]+)；二是([^；。]+)；三是([^；。]+)", t)
            r["gj"] = (list(m.groups()), m.group(0)) if m else None
            m = re.search(r"\d{4}年度未收取信息处理费", t)
            r["fee"] = m.group(0) if m else None
            for key, pat in LEG.items():
                m = re.search(pat, t)
                r[key] = (int(m.group(1)), m.group(0)) if m else None
            m = re.search(r"全年共受理政府信息公开申请\d+件，其中当面申请\d+件、网络申请\d+件、信函申请\d+件", t)
            r["lsent"] = m.group(0) if m else None
            r["gold"] = d
            r["absent"] = {k: not re.search(p, t) for k, p in ABSENT.items()}
            reps.append(r)
    return reps


# LEGACY (old 条例) narratives: 主动公开 / 网站 / 受理申请 and its channels / 复议 / 诉讼
LEG = {
    "lzd": r"全年主动公开政府信息(\d+)条",
    "lweb": r"通过政府网站公开(\d+)条",
    "lapp": r"全年共受理政府信息公开申请(\d+)件",
    "lface": r"当面申请(\d+)件",
    "lnet": r"网络申请(\d+)件",
    "lmail": r"信函申请(\d+)件",
    "lrv": r"提起行政复议(\d+)件",
    "llit": r"提起行政诉讼(\d+)件",
}

# what a refusal asks about → the pattern that must NOT occur in the text
ABSENT = {
    "发布会": r"发布会",
    "微博": r"微博",
    "微信": r"微信|公众号",
    "12345": r"12345|热线",
    "建议提案": r"建议|提案",
    "培训数": r"培训[^。；\n]{0,15}\d+[次期场人]|\d+[次期场]?[^。；\n]{0,6}培训",
    "新媒体数": r"新媒体[^。；\n]{0,15}\d+个|\d+个[^。；\n]{0,6}新媒体",
    "办结率": r"办结率",
    "复议叙述": r"复议[^。；\n]{0,20}\d+[件起]",
}

PERSONAS = ["reporter", "citizen", "researcher", "deputy", "evaluator", "student", "officer"]

# (kind, intent, phrasing, template). {a}=agency {y}=year; scoped templates never name the body.
STORE = {
    "web_total": [
        ("plain", "{a}{y}年年报里说网站主动公开了多少条信息？"),
        ("formal", "请问{a}{y}年度政府信息公开工作年度报告所述全年主动公开政府信息的条数是多少？"),
        ("voice", "嗯那个{a}{y}年一共主动公开了多少条信息啊"),
        ("filler", "我在写稿子，想确认一下：{a}{y}年全年主动公开信息多少条？谢谢"),
    ],
    "policy_docs": [
        ("plain", "{a}{y}年主动公开的信息里政策文件有几条？"),
        ("formal", "{a}{y}年度报告中，主动公开的政策文件数量为多少？"),
        ("voice", "{a}{y}年公开政策文件多少条"),
    ],
    "jiedu": [
        ("plain", "{a}{y}年发了多少篇政策解读？"),
        ("formal", "{a}{y}年度报告中提到的政策解读篇数是多少？"),
        ("voice", "那个{a}{y}年政策解读做了几篇"),
        ("typo", "{a}{y}年正策解读有多少篇"),
    ],
    "problems": [
        ("plain", "{a}{y}年的年报说工作中存在什么问题？"),
        ("formal", "{a}{y}年度政府信息公开工作存在的主要问题有哪些？"),
        ("voice", "{a}{y}年他们自己说有啥不足"),
    ],
    "plans": [
        ("plain", "{a}{y}年报告里下一步打算怎么改进？"),
        ("formal", "针对存在的问题，{a}{y}年度报告提出了哪些改进措施？"),
        ("filler", "麻烦问下，{a}{y}年那份年报里的整改措施是怎么写的"),
    ],
    "fee": [
        ("plain", "{a}{y}年有没有收信息处理费？"),
        ("formal", "{a}{y}年度是否收取了政府信息公开信息处理费？"),
        ("voice", "{a}{y}年申请信息公开要不要交钱 收没收费"),
    ],
}
SCOPED = {
    "web_total": [
        ("plain", "今年主动公开了多少条信息？"),
        ("formal", "本报告所述全年主动公开政府信息总条数是多少？"),
        ("voice", "这家一年在网站上公开了多少条"),
    ],
    "policy_docs": [("plain", "政策文件公开了几条？"), ("formal", "报告正文中主动公开的政策文件数量是多少？"),
                    ("voice", "公开的政策文件有多少条啊")],
    "jiedu": [("plain", "政策解读发了几篇？"), ("formal", "本年度发布政策解读多少篇？"), ("typo", "政策揭读几篇")],
    "problems": [("plain", "报告里说存在哪些问题？"), ("formal", "本年度工作存在的主要问题是什么？"),
                 ("voice", "他们说自己哪里做得不好")],
    "plans": [("plain", "明年打算怎么改？"), ("formal", "报告提出的改进措施有哪些？"), ("voice", "下一步准备咋整改")],
    "fee": [("plain", "收没收信息处理费？"), ("formal", "本年度是否收取信息处理费？"), ("voice", "申请公开收钱了没有")],
}
# refusals: key in ABSENT → phrasings (store / scoped); near=True when the text has a nearby figure (主动公开 N条)
REFUSE_STORE = {
    "发布会": [("plain", "{a}{y}年开了几场新闻发布会？"), ("formal", "{a}{y}年度召开新闻发布会的场次是多少？"),
            ("voice", "{a}{y}年新闻发布会搞了几次")],
    "微博": [("plain", "{a}{y}年政务微博发了多少条？"), ("formal", "{a}{y}年度通过政务微博发布信息多少条？"),
           ("voice", "{a}{y}年微博上发了多少条信息")],
    "微信": [("plain", "{a}{y}年微信公众号发布了多少条信息？"), ("formal", "{a}{y}年度政务微信公众号推送信息条数是多少？"),
           ("typo", "{a}{y}年公众好发了几条")],
    "12345": [("plain", "{a}{y}年12345热线接了多少件？"), ("formal", "{a}{y}年度办理12345政务服务热线工单数量是多少？"),
              ("voice", "{a}{y}年热线电话处理了多少个")],
    "建议提案": [("plain", "{a}{y}年办理人大建议和政协提案多少件？"), ("formal", "{a}{y}年度办理人大代表建议、政协委员提案的数量是多少？"),
             ("voice", "{a}{y}年建议提案办了多少件")],
    "培训数": [("plain", "{a}{y}年开展了几次信息公开培训？"), ("formal", "{a}{y}年度组织政务公开业务培训的次数及参训人次是多少？"),
            ("voice", "{a}{y}年培训搞了几回 多少人参加")],
    "新媒体数": [("plain", "{a}{y}年有几个政务新媒体账号？"), ("formal", "{a}{y}年度政务新媒体账号数量是多少？"),
             ("voice", "{a}{y}年新媒体号一共几个")],
    "办结率": [("plain", "{a}{y}年依申请公开的办结率是多少？"), ("formal", "{a}{y}年度报告所述依申请公开按期办结率是多少？"),
            ("voice", "{a}{y}年申请按时办完的比例多少")],
}
REFUSE_SCOPED = {
    "发布会": [("plain", "新闻发布会开了几场？"), ("formal", "本年度召开新闻发布会多少场？"), ("voice", "发布会办了几次")],
    "微博": [("plain", "微博发了多少条？"), ("formal", "本年度政务微博发布信息多少条？"), ("voice", "微博上发了几条")],
    "微信": [("plain", "公众号发了多少条？"), ("formal", "本年度政务微信发布信息多少条？"), ("voice", "微信推送了多少")],
    "12345": [("plain", "12345热线办了多少件？"), ("formal", "本年度12345热线受理量是多少？"), ("voice", "热线接了多少电话")],
    "培训数": [("plain", "培训开了几次？"), ("formal", "本年度开展业务培训多少次、培训多少人次？"), ("voice", "培训了多少人")],
    "办结率": [("plain", "办结率多少？"), ("formal", "依申请公开的按时办结率是多少？"), ("voice", "申请都按时办完了吗 比例多少")],
}


def main():
    rng = random.Random(20261207)
    reps = load()
    items = []

    def add(q, scope, intent, expect, persona, kind, phrasing, rep, quote=None, note=None, previous=None, chain=None,
            style="colloquial"):
        it = {"q": q, "scope": scope, "intent": intent, "style": style, "expect": expect}
        if previous:
            it["previous"] = previous
        if quote is not None:
            it["source_quote"] = quote if scope else {rep["id"]: quote}
        if note:
            it["note"] = note
        it.update(persona=persona, kind=kind, phrasing=phrasing, sets=[rep["set"]])
        if chain:
            it["chain"] = chain
        items.append(it)

    def answer(rep, kind):
        """(intent, expect, quote, note) of a kind on a report, or None when the text does not have it."""
        if kind in ("web_total", "policy_docs", "jiedu"):
            f = rep[{"web_total": "zd", "policy_docs": "wj", "jiedu": "jd"}[kind]]
            if not f:
                return None
            unit = "篇" if kind == "jiedu" else "条"
            return "narrative", {"value": f[0], "unit": unit}, f[1], None
        if kind == "problems":
            return ("problems", {"contains": rep["pb"][0]}, rep["pb"][1], None) if rep["pb"] else None
        if kind == "plans":
            return ("problems", {"contains": rep["gj"][0]}, rep["gj"][1], None) if rep["gj"] else None
        if kind == "fee":
            return ("narrative", {"contains": ["未收取信息处理费"]}, rep["fee"], "yes/no: no fee") if rep["fee"] else None
        return None

    personas = {"web_total": ["reporter", "researcher", "evaluator"], "policy_docs": ["researcher", "evaluator", "student"],
                "jiedu": ["reporter", "deputy", "evaluator"], "problems": ["deputy", "officer", "student"],
                "plans": ["deputy", "officer", "reporter"], "fee": ["citizen", "citizen", "reporter"]}
    order = sorted(reps, key=lambda r: r["id"])
    rng.shuffle(order)
    # whole store: named body and year (only bodies whose agency+year is unique in the store)
    uniq = [r for r in order if r["unique"]]
    n = 0
    for kind, phr in STORE.items():
        for j, r in enumerate([r for r in uniq if answer(r, kind)][: 2 * len(phr)]):
            ph, tpl = phr[j % len(phr)]
            intent, exp, quote, note = answer(r, kind)
            add(tpl.format(a=r["agency"], y=r["year"]), {}, intent, exp, personas[kind][j % 3], kind, ph, r, quote, note,
                style="formal" if ph == "formal" else "colloquial")
    rng.shuffle(order)
    for kind, phr in SCOPED.items():
        for j, r in enumerate([r for r in order if answer(r, kind)][: 2 * len(phr) + 2]):
            ph, tpl = phr[j % len(phr)]
            intent, exp, quote, note = answer(r, kind)
            add(tpl, {"report": r["id"]}, intent, exp, "clerk" if j % 2 else "citizen", kind, ph, r, quote, note,
                style="formal" if ph == "formal" else "colloquial")
    # refusals
    rng.shuffle(uniq)
    for key, phr in REFUSE_STORE.items():
        cand = [r for r in uniq if r["absent"][key] and r["zd"]]
        for j, r in enumerate(cand[: len(phr)]):
            ph, tpl = phr[j % len(phr)]
            near = key in ("微博", "微信")
            add(tpl.format(a=r["agency"], y=r["year"]), {}, "unanswerable", {"refuse": True},
                ["reporter", "researcher", "citizen", "evaluator"][j % 4], "near_figure" if near else "not_in_text", ph, r,
                note=(f"asked as narrative; the text states no {key} figure"
                      + (f" (near: 「{r['zd'][1]}」 is the website's 主动公开, not this channel)" if near else "")),
                style="formal" if ph == "formal" else "colloquial")
    rng.shuffle(order)
    for key, phr in REFUSE_SCOPED.items():
        cand = [r for r in order if r["absent"][key] and r["zd"]]
        for j, r in enumerate(cand[: len(phr)]):
            ph, tpl = phr[j % len(phr)]
            near = key in ("微博", "微信")
            add(tpl, {"report": r["id"]}, "unanswerable", {"refuse": True}, "clerk" if j % 2 else "citizen",
                "near_figure" if near else "not_in_text", ph, r,
                note=(f"asked as narrative; the text states no {key} figure"
                      + (f" (near: 「{r['zd'][1]}」 is the website's 主动公开, not this channel)" if near else "")),
                style="formal" if ph == "formal" else "colloquial")
    # chats: scoped 3 turns (total → 解读 → 发布会 refusal) and store 2 turns (total → problems)
    rng.shuffle(order)
    chats = [r for r in order if r["zd"] and r["jd"] and r["absent"]["发布会"]][:12]
    for c, r in enumerate(chats):
        cid = f"zlchat{c + 1:02d}"
        t1 = ["今年网站主动公开了多少条？", "一共主动公开多少条信息", "主动公开信息总数是多少？"][c % 3]
        t2 = ["其中政策解读呢", "那解读有几篇", "政策解读占多少篇"][c % 3]
        t3 = ["新闻发布会开了几场", "那发布会呢", "微博呢，发了多少"][c % 3]
        sc = {"report": r["id"]}
        add(t1, sc, "narrative", {"value": r["zd"][0], "unit": "条"}, "clerk", "chat_total", "plain", r, r["zd"][1],
            chain={"id": cid, "turn": 1, "of": 3})
        add(t2, sc, "narrative", {"value": r["jd"][0], "unit": "篇"}, "clerk", "chat_jiedu", "followup", r, r["jd"][1],
            previous=[t1], chain={"id": cid, "turn": 2, "of": 3})
        key = "微博" if c % 3 == 2 else "发布会"
        if not r["absent"][key]:
            continue
        add(t3, sc, "unanswerable", {"refuse": True}, "clerk", "chat_refuse", "followup", r,
            note=f"asked as narrative follow-up; the text states no {key} figure", previous=[t1, t2],
            chain={"id": cid, "turn": 3, "of": 3})
    rng.shuffle(uniq)
    st = [r for r in uniq if r["zd"] and r["pb"]][:8]
    for c, r in enumerate(st):
        cid = f"zlchat{c + 13:02d}"
        t1 = f"{r['agency']}{r['year']}年主动公开了多少条信息？"
        t2 = ["那他们说存在什么问题", "存在的问题呢", "报告里提到哪些不足"][c % 3]
        add(t1, {}, "narrative", {"value": r["zd"][0], "unit": "条"}, "deputy", "chat_total", "plain", r, r["zd"][1],
            chain={"id": cid, "turn": 1, "of": 2})
        add(t2, {}, "problems", {"contains": r["pb"][0]}, "deputy", "chat_problems", "followup", r,
            r["pb"][1], previous=[t1], chain={"id": cid, "turn": 2, "of": 2})

    # across reports: two or three named bodies, a figure each body's text states
    rng.shuffle(uniq)
    pool = [r for r in uniq if r["zd"] and r["jd"]]
    pool = pool + pool[1:] + pool[2:]  # cycled with a shift, so pairs and trios stay distinct
    CMP = [("plain", "{a1}{y1}年和{a2}{y2}年，哪家主动公开的信息多？各多少条？", "zd", "条"),
           ("formal", "请比较{a1}{y1}年度与{a2}{y2}年度报告所述主动公开政府信息条数。", "zd", "条"),
           ("voice", "{a1}{y1}年跟{a2}{y2}年比 政策解读谁发得多", "jd", "篇"),
           ("filler", "帮我看看哈，{a1}{y1}年和{a2}{y2}年的政策解读分别有几篇？", "jd", "篇")]
    k = 0
    for j in range(28):
        ph, tpl, f, unit = CMP[j % 4]
        a, b = pool[k], pool[k + 1]
        k += 2
        if a[f][0] == b[f][0]:
            continue
        vals = {a["id"]: a[f][0], b["id"]: b[f][0]}
        add(tpl.format(a1=a["agency"], y1=a["year"], a2=b["agency"], y2=b["year"]), {}, "compare",
            {"values": vals, "unit": unit, "order": sorted(vals, key=lambda x: -vals[x])},
            ["reporter", "researcher", "deputy", "student"][j % 4], "two_bodies_text", ph, a,
            note="both figures from the narrative")
        items[-1]["source_quote"] = {a["id"]: a[f][1], b["id"]: b[f][1]}
        items[-1]["sets"] = sorted({a["set"], b["set"]})
    RANK = [("plain", "{a1}{y1}年、{a2}{y2}年、{a3}{y3}年这三家，谁主动公开的信息最多？", "zd", "条", 1),
            ("formal", "请将{a1}{y1}年度、{a2}{y2}年度、{a3}{y3}年度报告所述政策解读篇数由多到少排序。", "jd", "篇", 3),
            ("voice", "{a1}{y1}年 {a2}{y2}年 {a3}{y3}年 哪个政策解读最少", "jd", "篇", -1)]
    for j in range(21):
        ph, tpl, f, unit, top = RANK[j % 3]
        trio = pool[k:k + 3]
        k += 3
        vals = {r["id"]: r[f][0] for r in trio}
        if len(set(vals.values())) < 3:
            continue
        srt = sorted(vals, key=lambda x: -vals[x])
        order = srt if top == 3 else ([srt[0]] if top == 1 else [srt[-1]])
        add(tpl.format(a1=trio[0]["agency"], y1=trio[0]["year"], a2=trio[1]["agency"], y2=trio[1]["year"],
                       a3=trio[2]["agency"], y3=trio[2]["year"]), {}, "rank",
            {"values": vals, "unit": unit, "order": order}, ["researcher", "evaluator", "reporter"][j % 3],
            "three_bodies_text", ph, trio[0], note="figures from the narrative" + ("; smallest asked" if top == -1 else ""))
        items[-1]["source_quote"] = {r["id"]: r[f][1] for r in trio}
        items[-1]["sets"] = sorted({r["set"] for r in trio})
    SUM = [("plain", "{a1}{y1}年和{a2}{y2}年的政策解读加起来一共多少篇？", "jd", "篇"),
           ("formal", "{a1}{y1}年度与{a2}{y2}年度主动公开政府信息条数合计是多少？", "zd", "条"),
           ("voice", "{a1}{y1}年加上{a2}{y2}年 政策文件一共公开了几条", "wj", "条")]
    for j in range(18):
        ph, tpl, f, unit = SUM[j % 3]
        a, b = pool[k], pool[k + 1]
        k += 2
        if not (a[f] and b[f]):
            continue
        add(tpl.format(a1=a["agency"], y1=a["year"], a2=b["agency"], y2=b["year"]), {}, "sum",
            {"value": a[f][0] + b[f][0], "unit": unit}, ["researcher", "officer", "student"][j % 3], "sum_text", ph, a,
            note=f"{a[f][0]} + {b[f][0]}, both from the narrative")
        items[-1]["calc"] = f"{a[f][0]}+{b[f][0]}"
        items[-1]["source_quote"] = {a["id"]: a[f][1], b["id"]: b[f][1]}
        items[-1]["sets"] = sorted({a["set"], b["set"]})
    assert k <= len(pool), (k, len(pool))

    # LEGACY reports: the narrative is the only source of their figures
    legacy = sorted([r for r in reps if r["lapp"] and r["unique"]], key=lambda r: r["id"])
    LQ = [
        ("lapp", "全年受理了多少件信息公开申请？", "{a}{y}年受理了多少件政府信息公开申请？", "件", "plain"),
        ("lnet", "网上申请的有几件？", "{a}{y}年通过网络提出的申请有多少件？", "件", "formal"),
        ("lweb", "在政府网站上公开了多少条？", "{a}{y}年通过政府网站公开了多少条信息", "条", "voice"),
        ("lrv", "因为信息公开被申请复议了几件？", "{a}{y}年因政府信息公开被申请行政复议几件？", "件", "plain"),
        ("llit", "被起诉过吗，行政诉讼几件？", "{a}{y}年因信息公开被提起行政诉讼多少件？", "件", "formal"),
        ("lface", "当面来申请的几件？", "{a}{y}年当面申请公开的有几件", "件", "voice"),
    ]
    for j, r in enumerate(legacy):
        for m, (key, sq, wq, unit, ph) in enumerate(LQ):
            if not r[key] or (j + m) % 2:
                continue
            scoped = (j + m) % 4 == 0
            quote = r["lsent"] if key in ("lapp", "lnet", "lface") and r["lsent"] else r[key][1]
            add(sq if scoped else wq.format(a=r["agency"], y=r["year"]), {"report": r["id"]} if scoped else {},
                "narrative", {"value": r[key][0], "unit": unit}, ["citizen", "lawyer", "researcher", "student"][m % 4],
                "legacy_text_figure", ph, r, quote, note="LEGACY report: the figure is in the narrative",
                style="formal" if ph == "formal" else "colloquial")
        # near figure: channels are 当面/网络/信函 only — 电话 is not one of them; 微信 not among 网站/公报
        if not re.search(r"电话", r["text"]):
            add(["电话申请的有几件？", f"{r['agency']}{r['year']}年电话申请信息公开多少件？"][j % 2],
                {"report": r["id"]} if j % 2 == 0 else {}, "unanswerable", {"refuse": True}, "citizen", "near_figure",
                ["plain", "formal"][j % 2], r, note="asked as narrative; the text gives 当面/网络/信函 only, no 电话")
        if r["absent"]["微信"]:
            add([f"{r['agency']}{r['year']}年通过微信公开了多少条信息", "微信上公开了几条？"][j % 2],
                {} if j % 2 == 0 else {"report": r["id"]}, "unanswerable", {"refuse": True}, "reporter", "near_figure",
                ["voice", "plain"][j % 2], r,
                note=f"asked as narrative; near: 「{r['lweb'][1] if r['lweb'] else ''}」 is the website, no 微信 figure")
        # the narrative's own arithmetic: 当面 + 网络 + 信函 = 受理
        if r["lsent"] and j % 2 == 0:
            parts = (r["lface"][0], r["lnet"][0], r["lmail"][0])
            ok = sum(parts) == r["lapp"][0]
            add([f"{r['agency']}{r['year']}年报里当面、网络、信函三种申请加起来和受理总数对得上吗？",
                 "正文里各渠道申请数加起来等于受理总数吗？"][j // 2 % 2],
                {} if j // 2 % 2 == 0 else {"report": r["id"]}, "consistency",
                {"verdict": "consistent" if ok else "inconsistent", "checks": ["N"],
                 "values": {"受理": r["lapp"][0], "当面+网络+信函": sum(parts)}},
                "evaluator", "narrative_arith", ["formal", "plain"][j // 2 % 2], r, r["lsent"],
                note=f"{parts[0]}+{parts[1]}+{parts[2]} = {sum(parts)} vs {r['lapp'][0]}", style="formal")
    lp = [r for r in legacy if r["lapp"]]
    LC = [("plain", "{a1}{y1}年和{a2}{y2}年，哪家受理的信息公开申请多？"),
          ("formal", "请比较{a1}{y1}年度与{a2}{y2}年度受理政府信息公开申请件数。"),
          ("voice", "{a1}{y1}年跟{a2}{y2}年 谁收到的申请多 各几件")]
    for j in range(0, len(lp) - 1, 2):
        a, b = lp[j], lp[j + 1]
        if a["lapp"][0] == b["lapp"][0]:
            continue
        ph, tpl = LC[j // 2 % 3]
        vals = {a["id"]: a["lapp"][0], b["id"]: b["lapp"][0]}
        add(tpl.format(a1=a["agency"], y1=a["year"], a2=b["agency"], y2=b["year"]), {}, "compare",
            {"values": vals, "unit": "件", "order": sorted(vals, key=lambda x: -vals[x])}, "researcher",
            "legacy_two_bodies", ph, a, note="LEGACY reports: both figures from the narrative")
        items[-1]["source_quote"] = {a["id"]: a["lapp"][1], b["id"]: b["lapp"][1]}
        items[-1]["sets"] = sorted({a["set"], b["set"]})
    # 曲靖市麒麟区 2023: the 「数读年报」 box in the text against 表三 / 表四
    q = next((r for r in reps if r["id"] == "h23-qilin-gov-trs-shudu-box-2023"), None)
    if q:
        g = q["gold"]
        box = "1246条主动公开政府信息87件收到政府信息公开申请100.0%申请办结率36件予以公开和部分公开8件政府信息公开行政复议1件政府信息公开行政诉讼"
        assert box in q["text"]
        add("曲靖市麒麟区人民政府2023年依申请公开的办结率是多少？", {}, "narrative", {"value": 100.0, "unit": "%"},
            "evaluator", "text_rate", "plain", q, "100.0%申请办结率", note="the 数读年报 box")
        add("申请办结率多少", {"report": q["id"]}, "narrative", {"value": 100.0, "unit": "%"}, "clerk", "text_rate",
            "voice", q, "100.0%申请办结率", note="the 数读年报 box")
        add("麒麟区政府2023年报开头写的主动公开信息有多少条？", {}, "narrative", {"value": 1246, "unit": "条"}, "reporter",
            "text_figure", "plain", q, "1246条主动公开政府信息", note="the 数读年报 box", style="abbreviated")
        new = g["t3"]["new.tot"]
        add("正文开头说收到的申请数，和表三里本年新收的一致吗？", {"report": q["id"]}, "consistency",
            {"verdict": "consistent" if new == 87 else "inconsistent", "checks": ["S2"],
             "values": {"正文 收到申请": 87, "表三 本年新收": new}}, "evaluator", "text_vs_table", "plain", q,
            "87件收到政府信息公开申请", style="formal")
        items[-1]["cells"] = ["t3.new.tot"]
        pub = g["t3"]["r1.tot"] + g["t3"]["r2.tot"]
        add("曲靖市麒麟区人民政府2023年报数读里的「予以公开和部分公开」件数与表三是否一致？", {}, "consistency",
            {"verdict": "consistent" if pub == 36 else "inconsistent", "checks": ["S2"],
             "values": {"正文": 36, "表三 予以公开+部分公开": pub}}, "evaluator", "text_vs_table", "formal", q,
            "36件予以公开和部分公开", note=f"{g['t3']['r1.tot']}+{g['t3']['r2.tot']}", style="formal")
        items[-1]["cells"] = [f"{q['id']}:t3.r1.tot", f"{q['id']}:t3.r2.tot"]
        rv = g["t4"]["rv.tot"]
        add("那个数读框里的行政复议8件 和后面表格里复议总数对得上不", {"report": q["id"]}, "consistency",
            {"verdict": "consistent" if rv == 8 else "inconsistent", "checks": ["S2"],
             "values": {"正文 复议": 8, "表四 行政复议总计": rv}}, "lawyer", "text_vs_table", "voice", q,
            "8件政府信息公开行政复议", style="formal")
        items[-1]["cells"] = ["t4.rv.tot"]
        add("麒麟区政府2023年开了几场新闻发布会", {}, "unanswerable", {"refuse": True}, "reporter", "near_figure", "voice",
            q, note="asked as narrative; the 数读 box has 主动公开/申请/办结率/复议/诉讼 figures, no 发布会", style="abbreviated") \
            if q["absent"]["发布会"] else None

    for it in items:
        if it["phrasing"] == "formal" and it["style"] == "colloquial":
            it["style"] = "formal"
    ids = set()
    for k, it in enumerate(items):
        it["id"] = f"zl{k + 1:04d}"
        ids.add(it["id"])
    out = [{"id": it.pop("id"), **it} for it in items]
    # checks
    texts = {r["id"]: re.sub(r"\s", "", r["text"]) for r in reps}
    for it in out:
        rid = it["scope"].get("report") or next(iter(it.get("source_quote", {None: 0})), None)
        sq = it.get("source_quote")
        if sq:
            pairs = {it["scope"]["report"]: sq} if isinstance(sq, str) else sq
            for rid2, q in pairs.items():
                assert re.sub(r"\s", "", q) in texts[rid2], it
                for s in it["expect"].get("contains", []):
                    assert s in texts[rid2], it
    seen = Counter((o["q"], json.dumps(o["scope"]), json.dumps(o.get("previous"))) for o in out)
    assert max(seen.values()) == 1, [k for k, v in seen.items() if v > 1]
    known = {r["id"] for r in reps}
    for o in out:
        refs = set(o["scope"].values())
        if o["intent"] in ("compare", "rank"):
            refs |= set(o["expect"]["values"])
        if isinstance(o.get("source_quote"), dict):
            refs |= set(o["source_quote"])
        assert refs <= known, o
        if o["intent"] in ("compare", "rank", "sum"):
            assert len(o["source_quote"]) == (3 if o["intent"] == "rank" else 2), o
    (HERE / "blindzl.jsonl").write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out))
    return out


if __name__ == "__main__":
    out = main()
    c = Counter(o["intent"] for o in out)
    print(len(out), dict(c), "refuse", sum(1 for o in out if o["expect"].get("refuse")),
          "scoped", sum(1 for o in out if o["scope"]), "chat", sum(1 for o in out if "chain" in o))
