"""Build eval/questions/narr2/narr2.jsonl: narrative questions over the wild store, by intent family (issue 13).

Written from the users' side (branch narr) before running the answering code on them. Families (`family` field):
  figure      a figure of the prose (政策解读、公众号、培训、推进会、栏目、依申请 channels, 门户网站 …)
  several     a topic the report states several times with different counts: every count must be shown
  table_only  a topic stated only in a table (表二 cells, a legacy 统计表's 回应/渠道 rows), not in the prose
  section     存在的问题 / 改进措施 / 其他需要报告的事项 / 收费情况: the answer quotes the report's words
  yesno       a yes/no ask on the prose (泄密、责任追究、收费); refused when the report says nothing of it
  wrong_unit  a figure asked in another unit: an item unit swapped (条/篇/件) is answered, a measure the
              report does not state (人次, 万元 for a count …) is refused
  money_rate  a money amount (万元, asked in 元 too) or a printed rate
  two_years   the same question over two years of one body (both figures, each by its year)
  absent      a neighbouring topic the report does not state (发布会、开放日、视频号、热线 …): refused
Every expected value is read here by regex from the report's own text (the project's loader, whitespace removed)
or from the gold tables (table_only, money), and carries its quote. Deterministic:
`.venv/bin/python eval/questions/narr2/make_narr2.py`."""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from extractor.load import load_bytes  # pyright: ignore[reportMissingImports]

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", *(f"wild{i}" for i in range(2, 16)))
RND = random.Random(20261205_13)


def reports() -> list[dict]:
    out = []
    for s in SETS:
        for g in sorted((EVAL / s / "gold").glob("*.json")):
            gold = json.loads(g.read_text())
            path = EVAL / s / gold["file"]
            try:
                text = load_bytes(path.read_bytes(), path.parent).text
            except Exception:  # a report the loader refuses has no text to ask about
                continue
            flat = re.sub(r"\s+", "", text)
            prose = re.sub(r"\|[^。]*?(?=[一二三四五六七八九十]、|$)", "", flat)  # table rows cut (roughly)
            out.append({**gold, "text": text, "flat": flat, "prose": prose})
    return out


def short(agency: str) -> str:
    """How a user shortens a body's name: 「…人民政府」 → 「…政府」, a 街道办事处 → 街道."""
    return agency.replace("人民政府", "政府").replace("办事处", "")


TYPOS = {"政策解读": "政策解度", "公众号": "公总号", "培训": "陪训", "申请": "申清", "推进会": "推近会", "栏目": "拦目"}


def typo(q: str) -> str:
    for a, b in TYPOS.items():
        if a in q:
            return q.replace(a, b, 1)
    return q


# kind: (pattern with the value as group 1 and the unit as group 2, scoped asks, named ask)
FIGURES = {
    "jiedu": (
        r"政策解读(\d+)(篇)",
        ["政策解读发了几篇？", "今年出了多少篇政策解读", "解读稿一共多少篇"],
        "{a}{y}年发布政策解读多少篇？",
    ),
    "portal": (
        r"(?:门户网站|政府网站)(?:政府信息公开专栏)?主动公开(?:各类)?政府信息(\d+)(条)",
        ["网站上主动公开了多少条政府信息？", "门户网站公开信息一共几条"],
        "{a}{y}年门户网站主动公开政府信息多少条？",
    ),
    "policy": (
        r"其中政策文件(\d+)(条|件)",
        ["其中政策文件有多少？", "公开的政策文件多少件"],
        "{a}{y}年公开政策文件多少件？",
    ),
    "wechat": (
        r"微信公众号发布信息(\d+)(条)",
        ["公众号发了多少条信息？", "微信公众号一年推送多少条"],
        "{a}{y}年微信公众号发布信息多少条？",
    ),
    "training": (
        r"组织业务培训(\d+)(次|场)",
        ["组织了几次业务培训？", "培训搞了几场"],
        "{a}{y}年组织业务培训多少次？",
    ),
    "meeting": (
        r"召开政务公开工作推进会(\d+)(次)",
        ["推进会开了几次？", "政务公开工作推进会召开了多少次"],
        "{a}{y}年召开政务公开工作推进会几次？",
    ),
    "columns": (
        r"更新“法定主动公开内容”栏目(\d+)(个)",
        ["更新了多少个栏目？"],
        "{a}{y}年更新法定主动公开内容栏目几个？",
    ),
    "online": (
        r"其中网上申请(\d+)(件)",
        ["网上申请有多少件？", "通过网上提交的申请几件"],
        "{a}{y}年网上申请多少件？",
    ),
    "letter": (r"信函及当面申请(\d+)(件)", ["信函和当面申请共几件？"], "{a}{y}年信函及当面申请多少件？"),
    "facetoface": (r"其中当面申请(\d+)(件)", ["当面申请的有几件？"], "{a}{y}年当面申请多少件？"),
    "weibo": (
        r"(?<!、)政务微博(?:发布信息|公开)(\d+)(条)",
        ["政务微博发了多少条？"],
        "{a}{y}年政务微博发布信息多少条？",
    ),
    "carried": (
        r"结转下年度继续办理(\d+)(件)",
        ["结转到下一年继续办理的申请有几件？"],
        "{a}{y}年结转下年度继续办理多少件？",
    ),
}

# a topic the report may state several times: (pattern, asks)
SEVERAL = {
    "related": (r"发布相关信息(\d+)条", ["发布相关信息多少条？", "相关信息发布了几条"]),
    "special": (r"开展专项工作(\d+)次", ["开展专项工作多少次？", "专项工作搞了几次"]),
    "jiedu": (r"政策解读(\d+)篇", ["政策解读有多少篇？", "解读了几篇政策"]),
    "portal": (r"主动公开(?:各类)?政府信息(\d+)条", ["主动公开了多少条政府信息？"]),
    "policy": (r"政策文件(\d+)[条件]", ["政策文件公开了多少件？"]),
    "posted": (r"发布信息(\d+)条", ["发布信息多少条？"]),
    "upheld": (r"结果维持(\d+)件", ["结果维持的有几件？"]),
    "received": (r"收到政府信息公开申请(\d+)件", ["收到多少件申请？"]),
}

# table-only topics: (gold key or text pattern, asks, unit, prose pattern that must be absent)
TABLE_ONLY = {
    "norm.made": (
        ["本年制发了多少件行政规范性文件？", "新制发的规范性文件有几件"],
        "件",
        r"制发[^。]{0,8}规范性文件\d",
    ),
    "license.decisions": (["行政许可决定作出了多少件？", "许可决定数量是多少"], "件", r"行政许可决定\d"),
    "penalty.decisions": (["行政处罚决定有多少件？", "作出了几件行政处罚决定"], "件", r"行政处罚决定\d"),
    "norm.valid": (["现行有效的规范性文件有多少件？"], "件", r"现行有效\d"),
}
LEGACY_ROWS = {
    "respond": (
        r"回应公众关注热点或重大舆情数\|次\|(\d+)",
        ["回应公众关注热点或重大舆情多少次？", "回应关切了几次"],
        "次",
    ),
    "face": (r"当面申请数\|件\|(\d+)", ["当面提出的申请有几件？"], "件"),
    "net": (r"网络申请数\|件\|(\d+)", ["通过网络提交的申请多少件？", "网络申请数是多少"], "件"),
    "mail": (r"信函申请数\|件\|(\d+)", ["信函申请有几件？"], "件"),
}

SECTIONS = {
    "problem": (
        r"(?:存在的主要问题|存在问题|仍存在一些不足|存在的问题)[：:][^一]{0,8}一是([^；。]{4,40})",
        ["存在哪些问题？", "报告里说工作有什么不足", "主要问题是啥"],
    ),
    "measure": (
        r"改进措施[：:]一是([^；。]{4,40})",
        ["改进措施有哪些？", "下一步准备怎么改进", "打算怎么整改"],
    ),
    "nextstep": (
        r"下一步[，,]?将([^，；。]{4,30})",
        ["下一步打算怎么做？", "今后怎么改进"],
    ),
    "other": (
        r"其他需要报告的事项([^。]{4,60}。)",
        ["其他需要报告的事项写了什么？", "其他事项有啥要说的"],
    ),
    "fee": (
        r"未收取[^。，；]{0,12}(?:信息处理费|费用)",
        ["收费情况怎么样？", "收没收信息处理费", "有没有收取信息处理费"],
    ),
}

YESNO = {
    "leak": (r"未发生泄密事件", ["有没有发生泄密事件？", "出现过泄密吗"]),
    "blame": (r"未发生因政府信息公开工作引发的责任追究情况", ["有没有因为信息公开被追责？", "发生过责任追究吗"]),
    "training": (r"开展业务培训", ["有没有开展业务培训？"]),
}

# neighbouring topics the text does not state: (asks, pattern that must be absent, pattern that must be present)
ABSENT = {
    "opendays": (["有没有开展政府开放日活动？", "政府开放日办了几场"], r"开放日", r"政务公开"),
    "pressconf": (["开了几场新闻发布会？", "政策解读发布会开了几次"], r"发布会", r"政策解读\d+篇"),
    "video": (["视频号发了多少条？", "抖音号发布了多少条视频"], r"视频号|抖音", r"公众号|新媒体"),
    "hotline": (["热线电话接听了多少个？"], r"热线", r"依申请"),
    "visits": (["网站访问量是多少？", "门户网站浏览量有多少"], r"访问量|浏览量|浏览次数", r"门户网站"),
    "proposal": (["办理了多少件人大代表建议和政协提案？"], r"建议|提案", r"政务公开"),
    "respond": (["回应社会关切多少次？"], r"回应", r"政策解读"),
    "interview": (["在线访谈搞了几期？"], r"访谈", r"政策解读"),
}

# a figure asked in a measure the report does not state for it
WRONG_MEASURE = {
    "training": (r"组织业务培训\d+[次场]", ["业务培训培训了多少人次？", "参加培训的有多少人"], r"\d+人"),
    "jiedu": (r"政策解读\d+篇", ["政策解读的阅读量是多少？"], r"阅读量"),
    "wechat": (r"公众号发布信息\d+条", ["公众号有多少粉丝？", "公众号关注人数多少"], r"粉丝|关注人数|关注量"),
    "portal": (r"主动公开(?:各类)?政府信息\d+条", ["主动公开信息花了多少万元？"], r"\d万元"),
}
# an item unit swapped for another (篇 → 条, 次 → 场 …): the figure is still the answer
SWAPPED = {
    "jiedu": (r"政策解读(\d+)篇", ["政策解读发了多少条？", "政策解读出了几件"]),
    "training": (r"组织业务培训(\d+)次", ["业务培训办了几场？", "开了几期业务培训"]),
    "wechat": (r"微信公众号发布信息(\d+)条", ["公众号发了多少篇文章？"]),
}


def items() -> list[dict]:
    reps = reports()
    ay = Counter((r["agency"], r["year"]) for r in reps)
    out: list[dict] = []

    def nameable(r: dict) -> bool:
        return bool(r.get("agency")) and bool(r.get("year")) and ay[(r["agency"], r["year"])] == 1

    def add(q, rep, family, expect, quote, style, note, named=False) -> None:
        item = {
            "q": q,
            "scope": {} if named else {"report": rep["id"]},
            "intent": "narrative",
            "family": family,
            "style": style,
            "expect": expect,
            "note": note,
        }
        if quote:
            item["source_quote"] = {rep["id"]: quote} if named else quote
        out.append(item)

    def shuffled(rows: list) -> list:
        rows = list(rows)
        RND.shuffle(rows)
        return rows

    # figure: scoped colloquial, named formal, short names, typos
    for kind, (pat, asks, named_q) in FIGURES.items():
        hits = [(r, m) for r in reps for m in [re.search(pat, r["prose"])] if m]
        hits = [(r, m) for r, m in hits if len(set(re.findall(pat, r["flat"]))) == 1]  # stated once (several: below)
        for i, (rep, m) in enumerate(shuffled(hits)[:8]):
            exp = {"value": int(m.group(1)), "unit": m.group(2)}
            if i % 4 == 1 and nameable(rep):
                add(
                    named_q.format(a=rep["agency"], y=rep["year"]), rep, "figure", exp, m.group(0), "formal", kind, True
                )
            elif i % 4 == 2 and nameable(rep) and short(rep["agency"]) != rep["agency"]:
                q = named_q.format(a=short(rep["agency"]), y=str(rep["year"])[2:])
                add(q, rep, "figure", exp, m.group(0), "short", kind, True)
            elif i % 4 == 3 and typo(asks[0]) != asks[0]:
                add(typo(asks[i % len(asks)]), rep, "figure", exp, m.group(0), "typo", kind)
            else:
                add(asks[i % len(asks)], rep, "figure", exp, m.group(0), "colloquial", kind)
    # several: every count the report states for the topic
    for kind, (pat, asks) in SEVERAL.items():
        for rep in (r for r in reps if len(set(re.findall(pat, r["flat"]))) > 1):
            vals = list(dict.fromkeys(int(v) for v in re.findall(pat, rep["flat"])))
            quotes = [m.group(0) for m in re.finditer(pat, rep["flat"])]
            expect = {"values": {f"{kind}{j + 1}": v for j, v in enumerate(vals)}}
            for q in asks[:2]:
                add(q, rep, "several", expect, "；".join(dict.fromkeys(quotes)), "colloquial", kind)
    # focus: a topic among several the report states, each with its own counts (「在…方面 … 开展专项工作N次」)
    for rep in reps:
        pat = r"在([\u4e00-\u9fff]{4,14})方面[^。]{0,40}?全年围绕\1开展专项工作(\d+)次，发布相关信息(\d+)条"
        for i, m in enumerate(list(re.finditer(pat, rep["flat"]))[:8]):
            topic, works, posted = m.groups()
            if i % 2:
                q, v, unit = f"{topic}方面发布了多少条相关信息？", int(posted), "条"
            else:
                q, v, unit = f"围绕{topic}开展了几次专项工作？", int(works), "次"
            add(q, rep, "focus", {"value": v, "unit": unit}, m.group(0), "colloquial", "topic among several")
    # table only: 表二 cells and legacy 统计表 rows the prose never states
    for key, (asks, unit, said) in TABLE_ONLY.items():
        cands = [
            r
            for r in reps
            if isinstance(r.get("t2"), dict)
            and isinstance(r["t2"].get(key), int)
            and r["t2"][key] > 0
            and not re.search(said, r["prose"])
        ]
        for i, rep in enumerate(shuffled(cands)[:6]):
            v = rep["t2"][key]
            add(asks[i % len(asks)], rep, "table_only", {"value": v, "unit": unit}, None, "colloquial", f"t2 {key}")
    for kind, (pat, asks, unit) in LEGACY_ROWS.items():
        # (read line by line: flattened, 「当面申请数|件|6」 runs into the next row's 「2.网络申请数」 as 62)
        line = pat.replace(r"\|", r"\s*\|\s*").replace(r"(\d+)", r"(\d+)\s*$")
        hits = [(r, m) for r in reps for m in [re.search(line, r["text"], re.M)] if m]
        for i, (rep, m) in enumerate(shuffled(hits)[:4]):
            add(
                asks[i % len(asks)],
                rep,
                "table_only",
                {"value": int(m.group(1)), "unit": unit},
                m.group(0),
                "colloquial",
                kind,
            )
    # sections: the report's own words quoted
    for kind, (pat, asks) in SECTIONS.items():
        hits = [(r, m) for r in reps for m in [re.search(pat, r["flat"])] if m]
        seen: Counter = Counter()
        n = 0
        for rep, m in shuffled(hits):
            said = m.group(1) if m.groups() else m.group(0)
            parts = re.split(r"[。，,]", said)
            said = parts[0] if kind != "other" else max(parts, key=len)  # (not a leading 「2020年，」)
            said = re.sub(r"^[（(][^）)]*[）)]", "", said)  # (nor a heading's gloss: 「（기타보고하여야할사항）」)
            if re.search("[\u2f00-\u2fdf|#*]", said) or seen[said] >= 2 or len(said) < 4:
                continue
            seen[said] += 1
            add(asks[n % len(asks)], rep, "section", {"contains": [said]}, m.group(0), "colloquial", kind)
            n += 1
            if n == 8:
                break
    # yes/no on the prose, and refusals where the report says nothing of it
    for kind, (pat, asks) in YESNO.items():
        hits = [(r, m) for r in reps for m in [re.search(pat, r["flat"])] if m]
        for i, (rep, m) in enumerate(shuffled(hits)[:5]):
            add(asks[i % len(asks)], rep, "yesno", {"contains": [m.group(0)]}, m.group(0), "colloquial", kind)
    # absent topics: refused
    for kind, (asks, absent, present) in ABSENT.items():
        cands = [r for r in reps if not re.search(absent, r["flat"]) and re.search(present, r["flat"])]
        for i, rep in enumerate(shuffled(cands)[:4]):
            if i == 3 and nameable(rep):
                q = f"{rep['agency']}{rep['year']}年" + asks[0]
                add(q, rep, "absent", {"refuse": True}, None, "formal", kind, True)
            else:
                add(asks[i % len(asks)], rep, "absent", {"refuse": True}, None, "colloquial", kind)
    # wrong unit: a measure not stated → refused; an item unit swapped → the figure
    for kind, (pat, asks, absent) in WRONG_MEASURE.items():
        cands = [r for r in reps if re.search(pat, r["prose"]) and not re.search(absent, r["flat"])]
        for i, rep in enumerate(shuffled(cands)[:4]):
            add(asks[i % len(asks)], rep, "wrong_unit", {"refuse": True}, None, "colloquial", f"measure {kind}")
    for kind, (pat, asks) in SWAPPED.items():
        hits = [(r, m) for r in reps for m in [re.search(pat, r["prose"])] if m]
        hits = [(r, m) for r, m in hits if len(set(re.findall(pat, r["flat"]))) == 1]
        for i, (rep, m) in enumerate(shuffled(hits)[:4]):
            add(
                asks[i % len(asks)],
                rep,
                "wrong_unit",
                {"value": int(m.group(1))},
                m.group(0),
                "colloquial",
                f"swap {kind}",
            )
    # money and rates
    fees = [
        r for r in reps if isinstance(r.get("t2"), dict) and isinstance(r["t2"].get("fee.amount_wan"), (int, float))
    ]
    fees = [r for r in fees if r["t2"]["fee.amount_wan"] > 0]
    for i, rep in enumerate(shuffled(fees)[:8]):
        v = rep["t2"]["fee.amount_wan"]
        if i % 2:
            add(
                "行政事业性收费金额是多少元？",
                rep,
                "money_rate",
                {"value": round(v * 10000, 2), "unit": "元", "tol": 0.5},
                None,
                "colloquial",
                "fee in 元",
            )
        else:
            add("行政事业性收费多少万元？", rep, "money_rate", {"value": v, "unit": "万元"}, None, "colloquial", "fee")
    procs = [
        r for r in reps if isinstance(r.get("t2"), dict) and isinstance(r["t2"].get("procurement.amount"), (int, float))
    ]
    procs = [r for r in procs if r["t2"]["procurement.amount"] > 0]
    for i, rep in enumerate(shuffled(procs)[:5]):
        v = rep["t2"]["procurement.amount"]
        add(
            ["政府集中采购总金额多少？", "集中采购花了多少钱"][i % 2],
            rep,
            "money_rate",
            {"value": v, "unit": "万元"},
            None,
            "colloquial",
            "procurement",
        )
    for rep in reps:  # a rate printed beside a heading row's total (「（一）予以公开|21|0|…|21（23.9%）」), ±0.05
        for m in re.finditer(r"（[一二三四五六七]）([\u4e00-\u9fff]{2,6})(?:\|\d+)+（(\d+(?:\.\d+)?)%）", rep["flat"]):
            exp = {"value": float(m.group(2)), "unit": "%", "tol": 0.05}
            add(f"{m.group(1)}的比例是多少？", rep, "money_rate", exp, m.group(0), "colloquial", "printed rate")
    for i, rep in enumerate(
        shuffled([r for r in reps if "%" not in r["flat"] and re.search(r"政策解读\d+篇", r["prose"])])[:4]
    ):
        add(
            ["政策解读占主动公开信息的比例报告里写了吗？", "公众号阅读量增长率是多少"][i % 2],
            rep,
            "money_rate",
            {"refuse": True},
            None,
            "colloquial",
            "rate not stated",
        )
    # two years of one body
    by_agency: dict[str, list[dict]] = defaultdict(list)
    for r in reps:
        if r.get("agency") and r.get("year") and re.search(r"政策解读(\d+)篇", r["prose"]):
            by_agency[r["agency"]].append(r)
    pairs = [
        sorted(v, key=lambda r: r["year"])
        for v in by_agency.values()
        if len({r["year"] for r in v}) == 2 and len(v) == 2
    ]
    for i, (a, b) in enumerate(shuffled(pairs)[:12]):
        va = int(re.search(r"政策解读(\d+)篇", a["prose"]).group(1))  # type: ignore[union-attr]
        vb = int(re.search(r"政策解读(\d+)篇", b["prose"]).group(1))  # type: ignore[union-attr]
        name = a["agency"] if i % 2 == 0 else short(a["agency"])
        style = "short" if name != a["agency"] else "formal"
        q = [
            f"{name}{a['year']}年和{b['year']}年各发布了多少篇政策解读？",
            f"{name}{a['year']}、{b['year']}两年的政策解读分别是多少篇",
        ][i % 2]
        out.append(
            {
                "q": q,
                "scope": {},
                "intent": "narrative",
                "family": "two_years",
                "style": style,
                "expect": {"values": {a["id"]: va, b["id"]: vb}},
                "note": "jiedu over two years",
            }
        )
    rows = []
    for i, it in enumerate(out):
        rows.append({"id": f"m{i + 1:04d}", **it})
    return rows


def main() -> None:
    rows = items()
    with open(HERE / "narr2.jsonl", "w", encoding="utf-8") as f:
        for it in rows:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    fam = Counter(it["family"] for it in rows)
    refused = sum("refuse" in it["expect"] for it in rows)
    print(len(rows), "items,", refused, f"refusals ({refused / len(rows):.0%})", dict(fam))


if __name__ == "__main__":
    main()
