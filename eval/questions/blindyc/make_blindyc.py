"""Write blindyc.jsonl: what the narrative of the reports of eval/wild32 … eval/wild38 says (figures, problems, measures).

    PYTHONPATH=. .venv/bin/python eval/questions/blindyc/make_blindyc.py

Deterministic: every draw is a seeded shuffle over the sentences that carry a figure; every value and quote is read
off the report's own text (HTML / TXT / MD / DOCX / PDF read here; archives skipped) and re-checked in check()."""

from __future__ import annotations

import html
import json
import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
OUT = HERE / "blindyc.jsonl"
SETS = [f"wild{i}" for i in range(32, 39)]
STORE = ["wild", *(f"wild{i}" for i in range(2, 39))]
SEED = 20261208


def _decode(b: bytes) -> str:
    if b.startswith((b"\xff\xfe", b"\xfe\xff")):
        return b.decode("utf-16")
    for enc in ("utf-8-sig", "gb18030", "big5"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            continue
    return b.decode("utf-8", "replace")


def text_of(path: Path) -> str | None:
    suf = path.suffix.lower()
    if suf in (".txt", ".md"):
        return _decode(path.read_bytes())
    if suf in (".html", ".htm"):
        t = _decode(path.read_bytes())
        t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", t)
        t = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", t)
        return html.unescape(re.sub(r"<[^>]+>", "", t))
    if suf == ".docx":
        import docx

        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if suf == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            # a page's running number (「-2-」「— 2 —」) is page furniture, not text (it split 「工作人-2-员」)
            pages = (re.sub(r"(?m)^\s*[-—–]\s*\d+\s*[-—–]\s*$", "", p.extract_text() or "") for p in pdf.pages)
            return "\n".join(pages)
    return None


def squash(t: str) -> str:
    return re.sub(r"\s+", "", t)


# ---- question templates (written before any value was looked at) -------------------------------------------
# fact kind → (regex over the squashed text with one number group, unit, qualifier group or None, label)
FACTS: dict[str, tuple[str, str, str]] = {
    "web_total": (r"主动公开各类政府信息(\d+)条", "条", "主动公开政府信息"),
    "policy_docs": (r"其中政策文件(\d+)条", "条", "政策文件"),
    "jiedu": (r"政策解[读讀](\d+)篇", "篇", "政策解读"),
    "leg_total": (r"全年主动公开政府信息(\d+)条", "条", "主动公开政府信息"),
    "leg_site": (r"通过政府网站公开(\d+)条", "条", "通过政府网站公开的信息"),
    "leg_other": (r"其他渠道公开(\d+)条", "条", "通过公报、报刊等其他渠道公开的信息"),
    "leg_apps": (r"全年共受理政府信息公开申请(\d+)件", "件", "受理的政府信息公开申请"),
    "leg_face": (r"当面申请(\d+)件", "件", "当面申请"),
    "leg_net": (r"网络申请(\d+)件", "件", "网络申请"),
    "leg_letter": (r"信函申请(\d+)件", "件", "信函申请"),
    "leg_ontime": (r"已按时答复(\d+)件", "件", "按时答复的申请"),
    "leg_fy": (r"提起行政复议(\d+)件", "件", "因信息公开提起的行政复议"),
    "leg_ss": (r"提起行政诉讼(\d+)件", "件", "因信息公开提起的行政诉讼"),
    "press": (r"召开新闻发布会(\d+)场", "场", "新闻发布会"),
    "web_wan": (r"主动公开政府信息(\d+(?:\.\d+)?)万余条", "条", "主动公开政府信息"),
    "closed": (r"办结(\d+)件，上年办结", "件", "办结的申请"),
    "prev_closed": (r"上年办结(\d+)件", "件", "上年办结的申请"),
    "delayed": (r"其中延期答复(\d+)件", "件", "延期答复的申请"),
    "copies": (r"共印(\d+)份", "份", "报告印发的份数"),
    "yoy_drop": (r"本年新收政府信息公开申请减少(\d+)件", "件", "新收申请比上年减少的件数"),
    "prev_new": (r"减少\d+件（上年(\d+)件）", "件", "上年新收申请"),
    "drop_pct": (r"下降(\d+\.\d+)%", "%", "新收申请下降的百分比"),
    "instant_rate": (r"即办件率(\d+\.\d+)%", "%", "即办件率"),
    "satisfy": (r"群众满意率(\d+\.\d+)%", "%", "群众满意率"),
    "hotline_ontime": (r"按时办结率(\d+\.\d+)%", "%", "12345热线按时办结率"),
    "revisit": (r"回访满意率(\d+\.\d+)%", "%", "回访满意率"),
    "court": (r"出庭应诉率(\d+)%", "%", "负责人出庭应诉率"),
}
# how the user asks a fact: plain / colloquial / keyword / voice templates, {a} = the body's words, {u} unit
ASK: dict[str, list[str]] = {
    "web_total": ["{a}主动公开了多少条政府信息？", "{a}一共主动公开了几条信息啊", "{a} 主动公开 条数", "{a}主动公开政府信息是多少条"],
    "policy_docs": ["{a}公开的政策文件有多少条？", "{a}政策文件发了几条", "{a} 政策文件 条数", "{a}公开政策文件多少条"],
    "jiedu": ["{a}发布了多少篇政策解读？", "{a}政策解读一共几篇呀", "{a} 政策解读 篇数", "{a}政策解读有几篇"],
    "leg_total": ["{a}全年主动公开政府信息多少条？", "{a}一年主动公开了几条", "{a} 主动公开 总数", "{a}主动公开了多少条信息"],
    "leg_site": ["{a}通过政府网站公开了多少条？", "{a}网站上公开了几条", "{a} 网站公开 条数", "{a}在政府网站公开多少条"],
    "leg_other": ["{a}通过其他渠道公开了多少条？", "{a}网站以外的渠道公开了几条", "{a} 其他渠道公开", "{a}其他渠道公开了多少条"],
    "leg_apps": ["{a}共受理了多少件信息公开申请？", "{a}收了几件申请", "{a} 受理申请 件数", "{a}受理申请多少件"],
    "leg_face": ["{a}当面申请有多少件？", "{a}跑来当面申请的有几件", "{a} 当面申请", "{a}当面申请几件"],
    "leg_net": ["{a}网络申请有多少件？", "{a}网上申请的有几件", "{a} 网络申请 件数", "{a}网上申请多少件"],
    "leg_letter": ["{a}信函申请有多少件？", "{a}写信申请的有几件", "{a} 信函申请", "{a}信函申请几件"],
    "leg_ontime": ["{a}按时答复了多少件申请？", "{a}按时答复的有几件", "{a} 按时答复", "{a}按时答复多少件"],
    "leg_fy": ["{a}因信息公开被申请行政复议几件？", "{a}有几件复议", "{a} 行政复议 件数", "{a}行政复议有几件"],
    "leg_ss": ["{a}因信息公开被提起行政诉讼几件？", "{a}被告了几件", "{a} 行政诉讼 件数", "{a}行政诉讼有几件"],
    "web_wan": ["{a}主动公开了多少条政府信息？", "{a}大概公开了多少条信息", "{a} 主动公开 条数", "{a}主动公开信息有多少条"],
    "closed": ["{a}办结了多少件申请？", "{a}今年办完了几件申请", "{a} 办结 件数", "{a}办结申请多少件"],
    "prev_closed": ["按{a}的说法，上年办结多少件？", "{a}里说上年办结了几件", "{a} 上年办结", "{a}说上一年办结多少件"],
    "delayed": ["{a}延期答复的申请有多少件？", "{a}有几件是延期答复的", "{a} 延期答复 件数", "{a}延期答复几件"],
    "copies": ["{a}年报印发了多少份？", "{a}这份报告印了几份", "{a} 共印 份数", "{a}报告共印多少份"],
    "press": ["{a}召开了多少场新闻发布会？", "{a}开了几场发布会", "{a} 新闻发布会 场次", "{a}新闻发布会开了几场"],
    "yoy_drop": ["{a}新收的申请比上年少了多少件？", "{a}申请比去年少了几件", "{a} 新收申请 同比减少", "{a}新收申请比上年减少多少件"],
    "prev_new": ["按{a}的说法，上年新收申请是多少件？", "{a}里说上年收了几件申请", "{a} 上年新收申请", "{a}说上一年新收多少件"],
    "drop_pct": ["{a}新收申请下降了百分之几？", "{a}申请量降了多少个百分点", "{a} 新收申请 下降率", "{a}新收申请下降百分之多少"],
    "instant_rate": ["{a}的即办件率是多少？", "{a}即办件率多少", "{a} 即办件率", "{a}即办件率是百分之多少"],
    "satisfy": ["{a}政务服务的群众满意率是多少？", "{a}群众满意率多少", "{a} 群众满意率", "{a}群众满意率是百分之多少"],
    "hotline_ontime": ["{a}12345热线的按时办结率是多少？", "{a}热线按时办结率多少", "{a} 热线 按时办结率", "{a}热线按时办结率是百分之多少"],
    "revisit": ["{a}热线回访满意率是多少？", "{a}回访满意率多少", "{a} 回访满意率", "{a}回访满意率百分之多少"],
    "court": ["{a}行政机关负责人出庭应诉率是多少？", "{a}负责人出庭应诉率多少", "{a} 出庭应诉率", "{a}出庭应诉率是百分之多少"],
}
STYLES = ["plain", "colloquial", "keyword", "voice"]
# measures the narratives of these sets do not count — asked, then refused when the report's text has no such figure
ABSENT: dict[str, tuple[list[str], str]] = {
    "weibo": (["微博"], "{a}政务微博发了多少条？"),
    "weixin": (["微信"], "{a}微信公众号推送了多少条信息？"),
    "train": (["培训"], "{a}举办了几次政府信息公开培训？"),
    "proposal": (["建议", "提案"], "{a}办理了多少件人大代表建议和政协提案？"),
    "hotline": (["12345", "热线"], "{a}12345热线接了多少个电话？"),
    "press_absent": (["发布会"], "{a}开了几场新闻发布会？"),
    "visits": (["访问量", "浏览量", "点击量"], "{a}政府网站的访问量是多少？"),
}
CN = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN[int(c)] for c in str(y)) + "年"


def cn_num(n: float) -> str:
    if n != int(n):
        a, b = str(n).split(".")
        return cn_num(int(a)) + "点" + "".join(CN[int(c)] for c in b)
    n = int(n)
    if n < 10:
        return "零一二三四五六七八九"[n]
    if n >= 100000:
        return str(n)
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero = "", False
    for v, u in units:
        d, n = divmod(n, v)
        if d:
            if zero and out:
                out += "零"
            out += ("" if (u == "十" and d == 1 and not out) else "零一二三四五六七八九"[d]) + u
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero else "") + "零一二三四五六七八九"[n]
    return out


def figure_near(t: str, words: list[str]) -> bool:
    """Whether the text puts a number within a dozen characters of one of the words, in the same sentence."""
    return any(
        re.search(re.escape(w) + r"[^。；]{0,12}?\d", t) or re.search(r"\d[^。；]{0,12}?" + re.escape(w), t) for w in words
    )


def load_gold() -> dict[str, dict]:
    gold = {}
    for s in STORE:
        for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            g["_set"] = s
            gold[g["id"]] = g
    return gold


def texts(gold: dict[str, dict]) -> dict[str, str]:
    out = {}
    for rid, g in sorted(gold.items()):
        if g["_set"] not in SETS:
            continue
        p = ROOT / "eval" / g["_set"] / g["file"]
        try:
            t = text_of(p) if p.exists() else None
        except Exception:  # an unreadable file is skipped, as the brief says
            t = None
        if t:
            out[rid] = squash(t)
    return out


def facts_of(t: str) -> dict[str, tuple[float, str]]:
    """kind → (value, exact quote) for every kind whose pattern matches exactly once in the text."""
    out = {}
    for kind, (pat, _unit, _label) in FACTS.items():
        ms = list(re.finditer(pat, t))
        if len(ms) != 1:
            continue
        v = float(ms[0].group(1)) * (10000 if "万" in ms[0].group(0) else 1)
        v = round(v, 4)
        out[kind] = (int(v) if v == int(v) else v, ms[0].group(0))
    if "leg_total" in out:  # the LEGACY sentence, not the template one
        out.pop("web_total", None)
    return out


def clause(t: str, head: str) -> str | None:
    m = re.search(head + r"[：:](.{4,200}?)。", t)
    return m.group(1) if m else None


def parts(c: str) -> list[str]:
    ps = [re.sub(r"^[一二三四五]是", "", p) for p in re.split(r"[；;]", c) if p]
    return [p for p in ps if len(p) >= 4]


def build() -> list[dict]:
    gold = load_gold()
    T = texts(gold)
    ay = Counter((g["agency"], g["year"]) for g in gold.values())
    named = {r for r in T if ay[(gold[r]["agency"], gold[r]["year"])] == 1}
    rng = random.Random(SEED)
    items: list[dict] = []

    def name(rid: str, voice: bool = False) -> str:
        g = gold[rid]
        return g["agency"] + (cn_year(g["year"]) if voice else f"{g['year']}年")

    def add(**kw):
        items.append(kw)

    # 1. one report's figures: a seeded shuffle over (report, figure sentence)
    pool = [(r, k) for r in sorted(T) for k in sorted(facts_of(T[r]))]
    rng.shuffle(pool)
    for i, (rid, kind) in enumerate(pool[:125]):
        v, quote = facts_of(T[rid])[kind]
        unit = FACTS[kind][1]
        st = STYLES[i % 4]
        scoped = i % 4 == 1 or rid not in named
        if scoped:
            tmpl = ASK[kind][STYLES.index(st)]
            a = "今年" if st == "keyword" else "本年度" if st == "plain" else ""
            if re.match(r"按\{a\}|\{a\}里?说", tmpl):
                a = "年报"
            q = tmpl.format(a=a).strip()
        else:
            a = name(rid, voice=(st == "voice"))
            q = ASK[kind][STYLES.index(st)].format(a=a)
        if st == "voice":
            q = re.sub(r"[？?，。 ]", "", q)
        add(
            q=q,
            scope={"report": rid} if scoped else {},
            intent="narrative",
            kind=kind,
            phrasing=st,
            persona=["citizen", "clerk", "researcher", "reporter"][i % 4],
            expect={"value": v, "unit": unit},
            source_quote=quote if scoped else {rid: quote},
            note=f"read off the text: {FACTS[kind][2]}",
        )

    # 2. problems and improvement measures (what was done), drawn by the same shuffle
    pr = [r for r in sorted(T) if clause(T[r], "存在的主要问题") and clause(T[r], "改进措施")]
    rng.shuffle(pr)
    for i, rid in enumerate(pr[:30]):
        which = "problems" if i % 2 == 0 else "measures"
        c = clause(T[rid], "存在的主要问题" if which == "problems" else "改进措施")
        assert c
        ps = parts(c)
        if not ps:
            continue
        scoped = i % 3 == 0 or rid not in named
        a = "" if scoped else name(rid)
        q = (
            [f"{a}年报里说存在哪些主要问题？" if a else "这份年报说存在哪些主要问题？", f"{a}信息公开工作有啥不足", f"{a} 存在问题"]
            if which == "problems"
            else [f"{a}针对问题提出了哪些改进措施？" if a else "这份年报针对问题提出了哪些改进措施？", f"{a}下一步打算怎么改进", f"{a} 改进措施"]
        )[i % 3].strip()
        add(
            q=q,
            scope={"report": rid} if scoped else {},
            intent="problems",
            kind=which,
            phrasing=["plain", "colloquial", "keyword"][i % 3],
            persona="deputy" if which == "problems" else "officer",
            expect={"contains": ps},
            source_quote=c if scoped else {rid: c},
            note=f"section 五 {which}: every clause",
        )

    # 3. two bodies side by side, and a sum, of one figure kind
    by_kind: dict[str, list[str]] = {}
    for r in sorted(named):
        for k in facts_of(T[r]):
            by_kind.setdefault(k, []).append(r)
    pairs = []
    for k in sorted(by_kind):
        rs = by_kind[k][:]
        rng.shuffle(rs)
        for j in range(0, len(rs) - 1, 2):
            if gold[rs[j]]["agency"] != gold[rs[j + 1]]["agency"]:
                pairs.append((k, rs[j], rs[j + 1]))
    rng.shuffle(pairs)
    for i, (k, r1, r2) in enumerate(pairs[:36]):
        f1, f2 = facts_of(T[r1])[k], facts_of(T[r2])[k]
        label, unit = FACTS[k][2], FACTS[k][1]
        quote = {r1: f1[1], r2: f2[1]}
        if i % 3 == 2:
            q = f"{name(r1)}和{name(r2)}的{label}加起来一共多少{unit}？"
            add(q=q, scope={}, intent="sum", kind="sum_text", measure=k, phrasing="plain", persona="student",
                expect={"value": f1[0] + f2[0], "unit": unit}, source_quote=quote, note=f"{f1[0]} + {f2[0]}")
            continue
        order = [r1, r2] if f1[0] >= f2[0] else [r2, r1]
        voice = i % 3 == 1
        q = (
            f"{name(r1, voice)}和{name(r2, voice)}的{label}哪个多各是多少"
            if voice
            else f"比较一下{name(r1)}与{name(r2)}的{label}，谁更多？"
        )
        add(q=q, scope={}, intent="compare", kind="two_bodies_text", measure=k, phrasing="voice" if voice else "formal",
            persona="reporter", expect={"values": {r1: f1[0], r2: f2[0]}, "unit": unit, "order": order},
            source_quote=quote, note="both figures read off the texts")

    # 4. the narrative's own arithmetic (LEGACY: channels vs 受理; website + other vs 主动公开)
    for rid in sorted(T):
        f = facts_of(T[rid])
        for ks, tot, lab in (
            (("leg_face", "leg_net", "leg_letter"), "leg_apps", "当面、网络、信函申请加起来和受理总数对得上吗？"),
            (("leg_site", "leg_other"), "leg_total", "网站公开和其他渠道公开的条数加起来等于主动公开总数吗？"),
        ):
            if tot in f and all(k in f for k in ks):
                s = sum(f[k][0] for k in ks)
                add(q=lab, scope={"report": rid}, intent="consistency", kind="narrative_arith", phrasing="plain",
                    persona="evaluator",
                    expect={"verdict": "consistent" if s == f[tot][0] else "inconsistent", "checks": ["N"],
                            "values": {"sum": s, "printed": f[tot][0]}},
                    source_quote=f[tot][1], note=" + ".join(str(f[k][0]) for k in ks) + f" vs {f[tot][0]}")

    # 4b. the text against the table, where the text restates a table figure
    for rid in sorted(T):
        f = facts_of(T[rid])
        t3 = gold[rid].get("t3") or {}
        if "closed" in f and t3.get("r7.tot") is not None:
            add(q="正文里说的办结件数，和表三里的办结总数一致吗？", scope={"report": rid}, intent="consistency",
                kind="text_vs_table", phrasing="formal", persona="evaluator",
                expect={"verdict": "consistent" if f["closed"][0] == t3["r7.tot"] else "inconsistent",
                        "checks": ["S2"], "values": {"text": f["closed"][0], "table": t3["r7.tot"]}},
                cells=["t3.r7.tot"], source_quote=f["closed"][1], note="text 办结 vs 表三 （七）总计")
        if {"yoy_drop", "prev_new"} <= set(f) and t3.get("new.tot") is not None:
            implied = f["prev_new"][0] - f["yoy_drop"][0]
            add(q="按正文说的同比减少数和上年数推算，本年新收申请跟表三对得上吗", scope={"report": rid},
                intent="consistency", kind="text_vs_table", phrasing="colloquial", persona="evaluator",
                expect={"verdict": "consistent" if implied == t3["new.tot"] else "inconsistent", "checks": ["S2"],
                        "values": {"implied": implied, "table": t3["new.tot"]}},
                cells=["t3.new.tot"], source_quote=f["prev_new"][1], note="上年 − 减少 vs 表三 本年新收")

    # 5. honest refusals: a measure the report's text does not state
    rs = sorted(T)
    rng.shuffle(rs)
    kinds = sorted(ABSENT)
    n = 0
    for rid in rs:
        k = kinds[n % len(kinds)]
        kws, tmpl = ABSENT[k]
        if figure_near(T[rid], kws):
            continue
        scoped = n % 3 == 0 or rid not in named
        st = "plain" if scoped else ["plain", "voice", "colloquial"][n % 3]
        q = tmpl.format(a="" if scoped else name(rid, voice=(st == "voice")))
        if st == "voice":
            q = re.sub(r"[？?，。 ]", "", q)
        elif st == "colloquial":
            q = q.rstrip("？") + "啊"
        add(q=q, scope={"report": rid} if scoped else {}, intent="unanswerable", kind=k, phrasing=st,
            persona="reporter", expect={"refuse": True},
            note=f"asked as narrative: no figure next to {'/'.join(kws)} in the text")
        n += 1
        if n >= 36:
            break

    # 6. chats: total → 其中政策解读呢 → 那微博呢 (refused)
    ch = [r for r in sorted(named) if {"web_total", "jiedu"} <= set(facts_of(T[r])) and not figure_near(T[r], ["微博"])]
    rng.shuffle(ch)
    for rid in ch[:12]:
        f = facts_of(T[rid])
        t1 = f"{name(rid)}主动公开了多少条信息"
        add(q=t1, scope={}, intent="narrative", kind="web_total", phrasing="plain", persona="clerk",
            expect={"value": f["web_total"][0], "unit": "条"}, source_quote={rid: f["web_total"][1]},
            note="first turn of a chat")
        add(q="其中政策解读呢", scope={}, previous=[t1], intent="narrative", kind="jiedu", phrasing="followup",
            persona="clerk", expect={"value": f["jiedu"][0], "unit": "篇"}, source_quote={rid: f["jiedu"][1]},
            note="follow-up on the named body")
        add(q="那政务微博发了几条", scope={}, previous=[t1, "其中政策解读呢"], intent="unanswerable",
            kind="chat_refuse", phrasing="followup", persona="clerk", expect={"refuse": True},
            note="asked as narrative: the text has no 微博")

    # ids; unique (q, scope, previous)
    seen, out = set(), []
    for it in items:
        key = (it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous")))
        if key in seen:
            continue
        seen.add(key)
        out.append(it)
    for i, it in enumerate(out, 1):
        it["id"] = f"yc{i:04d}"
    return [{"id": it.pop("id"), **it} for it in out]


def check(items: list[dict]) -> None:
    gold = load_gold()
    T = texts(gold)
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids))
    keys = [(it["q"], json.dumps(it["scope"]), json.dumps(it.get("previous"))) for it in items]
    assert len(keys) == len(set(keys))
    for it in items:
        sc = it["scope"].get("report")
        assert sc is None or sc in gold, it
        sq = it.get("source_quote")
        quotes = {sc: sq} if isinstance(sq, str) else (sq or {})
        for rid, qt in quotes.items():
            assert rid in gold and squash(qt) in T[rid], (it["id"], rid)
        exp = it["expect"]
        if "value" in exp and it["intent"] == "narrative":
            ((rid, qt),) = quotes.items()
            num = float(re.findall(r"\d+(?:\.\d+)?", qt)[-1]) * (10000 if "万" in qt else 1)
            assert round(num, 4) == exp["value"], it["id"]
        for s in exp.get("contains", []):
            ((rid, _),) = quotes.items()
            assert squash(s) in T[rid], it["id"]
        if exp.get("refuse") and it["kind"] in ABSENT:
            rid = sc or next(
                r for r in T if it["q"].startswith((gold[r]["agency"] + f"{gold[r]['year']}年", gold[r]["agency"] + cn_year(gold[r]["year"])))
            )
            assert not figure_near(T[rid], ABSENT[it["kind"]][0]), it["id"]
    for it in items:
        exp = it["expect"]
        if it["intent"] == "compare":
            got = {r: facts_of(T[r])[it["measure"]][0] for r in it["source_quote"]}
            assert got == exp["values"] and exp["order"] == sorted(got, key=lambda r: -got[r]), it["id"]
        if it["intent"] == "sum":
            assert sum(facts_of(T[r])[it["measure"]][0] for r in it["source_quote"]) == exp["value"], it["id"]
        if it["intent"] == "narrative" and "value" in exp:
            ((rid, _),) = ({it["scope"]["report"]: 0} if it["scope"] else it["source_quote"]).items()
            assert facts_of(T[rid])[it["kind"]][0] == exp["value"], it["id"]
        if it["kind"] == "chat_refuse":
            first = it["previous"][0]
            rid = next(r for r in T if first.startswith(gold[r]["agency"] + f"{gold[r]['year']}年"))
            assert not figure_near(T[rid], ["微博"]), it["id"]
        if it["kind"] == "text_vs_table":
            rid = it["scope"]["report"]
            cell = gold[rid]["t3"][it["cells"][0].removeprefix("t3.")]
            assert cell is not None and cell == exp["values"]["table"], it["id"]


def main() -> None:
    items = build()
    check(items)
    OUT.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    c = Counter(it["intent"] for it in items)
    print(len(items), dict(c))


if __name__ == "__main__":
    main()
