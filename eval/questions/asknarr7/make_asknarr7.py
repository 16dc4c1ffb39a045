"""Build eval/questions/asknarr7/asknarr7.jsonl: narrative questions of unseen users over the wild store.

Written from the users' side (issue 13, branch asknarr7) before reading the answering code: counts the
narrative says (培训、推进会、栏目、公众号、政策解读), dates, named platforms, what a report did under a
sub-heading (监督保障、平台建设、政府信息管理), its problems and next steps, yes/no claims — and ~25 % that
must be refused because the text says only a neighbouring thing (another unit, no count) or nothing.
Every expected answer is found here by regex in the report's own text (read with the project's loader,
whitespace removed) and carries its verbatim quote. Deterministic:
`.venv/bin/python eval/questions/asknarr7/make_asknarr7.py`."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from extractor.load import load_bytes  # pyright: ignore[reportMissingImports]

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent
SETS = ("wild", "wild2", "wild3", "wild4", "wild5", "wild6", "wild7", "wild8", "wild9", "wild10", "wild11", "wild12")
RND = random.Random(20261205)


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
            out.append(
                {
                    "id": gold["id"],
                    "agency": gold.get("agency"),
                    "year": gold.get("year"),
                    "flat": re.sub(r"\s+", "", text),
                }
            )
    return out


Ask = Callable[[dict], "dict | None"]


def _count(pattern: str, unit_group: int | None = None) -> Callable[[str], tuple[int, str | None, str] | None]:
    def find(flat: str):
        m = re.search(pattern, flat)
        if not m:
            return None
        unit = m.group(unit_group) if unit_group else None
        return int(m.group(1)), unit, m.group(0)

    return find


COUNTS = {
    # kind: (finder, phrasings scoped, phrasing with a name, default unit)
    "portal": (
        _count(r"通过门户网站(?:政府信息公开专栏)?主动公开(?:各类)?政府信息(\d+)(条)", 2),
        ["门户网站上一共主动公开了多少条信息？", "网站主动公开信息多少条", "全年在网站上公开了几条政府信息？"],
        "{a}{y}年通过门户网站主动公开了多少条政府信息？",
    ),
    "jiedu": (
        _count(r"政策解读(\d+)(篇)", 2),
        ["政策解读发了几篇？", "解读稿一共写了多少篇", "今年出了多少篇政策解读"],
        "{a}{y}年政策解读有几篇？",
    ),
    "training": (
        _count(r"(?:组织|开展)业务培训(\d+)(次|场)", 2),
        ["开了几次培训会？", "业务培训搞了几场？", "全年组织了多少次业务培训"],
        "{a}{y}年组织业务培训几次？",
    ),
    "meeting": (
        _count(r"召开政务公开工作推进会(\d+)(次)", 2),
        ["政务公开推进会开了几次？", "开了多少次推进会"],
        "{a}{y}年开了几次政务公开推进会？",
    ),
    "columns": (
        _count(r"更新“法定主动公开内容”栏目(\d+)(个)", 2),
        ["更新了几个法定主动公开内容栏目？", "栏目更新了多少个"],
        "{a}{y}年更新了几个栏目？",
    ),
    "wechat": (
        _count(r"政务微信公众号发布信息(\d+)(条)", 2),
        ["公众号发了多少条？", "微信公众号上发布了几条信息"],
        "{a}{y}年微信公众号发了多少条信息？",
    ),
    "online": (
        _count(r"其中网上申请(\d+)(件)", 2),
        ["网上申请有几件？", "通过网络提出的申请多少件"],
        "{a}{y}年网上申请多少件？",
    ),
    "letter": (_count(r"信函及当面申请(\d+)(件)", 2), ["信函和当面申请一共几件？"], "{a}{y}年信函及当面申请有几件？"),
}

# neighbouring things the text does not say for a report: (the question, what must be absent from its text)
REFUSE = {
    "wechat": (["公众号发了多少条？", "微信公众号推送了几条"], r"公众号.{0,8}\d+条"),
    "training": (["开了几次培训会？", "培训了几场"], r"培训\d+[次场]"),
    "meeting": (["政务公开推进会开了几次？"], r"推进会\d+次"),
    "people": (["培训了多少人次？", "参加培训的有多少人"], r"\d+人"),
    "weibo": (["政务微博发了多少条？"], r"微博"),
    "jdmeet": (["开了几场政策解读发布会？", "新闻发布会开了几次"], r"发布会"),
    "hotline": (["热线电话接了多少个？"], r"热线"),
    "visits": (["网站访问量是多少？"], r"访问量|浏览次数|浏览量"),
}


def _clause(s: str) -> str:
    return re.split(r"[，；。、]", s, maxsplit=1)[0]


def _section(flat: str, name: str) -> str | None:
    m = re.search(r"（[一二三四五]）" + name + r"[。.]?(?!方面)([^（]{6,}?)[。；]", flat) or re.search(
        name + r"方面，([^。]{6,}?)[。；]", flat
    )
    if not m:
        return None
    body = m.group(1)
    return None if body.startswith(("二、", "三、", "四、", "五、", "六、")) else _clause(body)


def _problem(flat: str) -> str | None:
    m = re.search(r"[五六七]、(?:政府信息公开工作)?存在的主要问题(?:及|和)改进(?:情况|措施)(.{0,400})", flat)
    if not m:
        return None
    body = m.group(1)
    for pat in (r"一是([^；。]{4,})", r"仍存在([^、，。]{4,})", r"^([^。：]{6,}?)[。，]"):
        p = re.search(pat, body)
        if p and "统计" not in p.group(1) and "见报告" not in p.group(1):
            return _clause(p.group(1))
    return None


def _next_step(flat: str) -> str | None:
    for pat in (
        r"改进措施：一是([^；。]{4,})",
        r"下一步，[^：。]{0,30}：一是([^；。]{4,})",
        r"下一步[，,]?(?:我局|我区)?将(?:进一步)?([^，；。]{4,})",
    ):
        p = re.search(pat, flat)
        if p:
            return _clause(p.group(1))
    return None


TEXTS = {
    "supervise": (
        lambda f: _section(f, "监督保障"),
        ["监督保障措施有哪些？", "监督保障方面是怎么做的", "在监督保障上做了啥"],
    ),
    "platform": (lambda f: _section(f, "平台建设"), ["平台建设方面做了什么？", "平台建设这块有什么举措"]),
    "manage": (lambda f: _section(f, "政府信息管理"), ["政府信息管理方面怎么做的？", "信息管理上采取了哪些措施"]),
    "problem": (_problem, ["工作中存在哪些问题？", "报告自己承认有什么不足", "主要问题是什么"]),
    "nextstep": (_next_step, ["下一步打算怎么改进？", "改进措施有哪些", "后面准备怎么整改"]),
}


def _yesno(flat: str, pattern: str) -> str | None:
    m = re.search(pattern, flat)
    return m.group(0) if m else None


YESNO = {
    "fee": (
        r"未收取(?:政府信息公开)?(?:信息处理费|任何费用|相关费用)",
        ["报告里提到收信息处理费了吗？", "收没收信息处理费"],
    ),
    "leak": (r"未发生泄密事件", ["有没有发生泄密事件？", "报告里提到泄密了吗"]),
    "blame": (r"未发生因政府信息公开工作引发的责任追究情况", ["有没有因为信息公开被追责的？"]),
}


def items() -> list[dict]:
    reps = reports()
    out: list[dict] = []

    def add(q: str, rep: dict, intent: str, expect: dict, quote: str | None, named: bool, note: str) -> None:
        scope = {} if named else {"report": rep["id"]}
        style = "formal" if named else "colloquial"
        item = {"q": q, "scope": scope, "intent": intent, "style": style, "expect": expect, "note": note}
        if quote:
            item["source_quote"] = {rep["id"]: quote} if named else quote
        out.append(item)

    for kind, (find, asks, named_q) in COUNTS.items():
        hits = [(r, find(r["flat"])) for r in reps]
        hits = [(r, h) for r, h in hits if h]
        RND.shuffle(hits)
        for i, (rep, (value, unit, quote)) in enumerate(hits[:7]):
            named = i % 3 == 2 and bool(rep["agency"])
            q = named_q.format(a=rep["agency"], y=rep["year"]) if named else asks[i % len(asks)]
            add(q, rep, "narrative", {"value": value, "unit": unit}, quote, named, f"count: {kind}")
    for kind, (find, asks) in TEXTS.items():
        hits = [(r, find(r["flat"])) for r in reps]
        hits = [(r, h) for r, h in hits if h]
        RND.shuffle(hits)
        seen: set[str] = set()
        n = 0
        for rep, clause in hits:
            if re.search("[\u2f00-\u2fdf]", clause):  # Kangxi radicals of a PDF font: not what a user reads
                continue
            if clause in seen and n < 6 and len(seen) < 4 and len(hits) > 20:
                continue
            seen.add(clause)
            intent = "problems" if kind in ("problem", "nextstep") else "narrative"
            add(asks[n % len(asks)], rep, intent, {"contains": [clause]}, clause, False, f"text: {kind}")
            n += 1
            if n == 6:
                break
    for kind, (pattern, asks) in YESNO.items():
        hits = [(r, _yesno(r["flat"], pattern)) for r in reps]
        hits = [(r, h) for r, h in hits if h]
        RND.shuffle(hits)
        for i, (rep, quote) in enumerate(hits[:4]):
            add(asks[i % len(asks)], rep, "narrative", {"contains": [quote]}, quote, False, f"yes/no: {kind}")
    # dates: the statistics period and a CMS page's publication date
    period = [(r, re.search(r"统计期限(?:自|为)(\d{4}年1月1日)(?:起)?至(\d{4}年12月31日)", r["flat"])) for r in reps]
    period = [(r, m) for r, m in period if m]
    RND.shuffle(period)
    for i, (rep, m) in enumerate(period[:5]):
        q = ["统计期限是从哪天到哪天？", "报告的数据统计到什么时候", "数据的统计时间段是？"][i % 3]
        add(q, rep, "narrative", {"contains": [m.group(1), m.group(2)]}, m.group(0), False, "date: period")
    pub = [(r, re.search(r"发布(?:时间|日期)：(\d{4}-\d{2}-\d{2})", r["flat"])) for r in reps]
    pub = [(r, m) for r, m in pub if m]
    RND.shuffle(pub)
    for i, (rep, m) in enumerate(pub[:4]):
        add(
            ["这份报告是哪天发布的？", "报告发布日期是哪天"][i % 2],
            rep,
            "narrative",
            {"contains": [m.group(1)]},
            m.group(0),
            False,
            "date: published",
        )
    site = [(r, re.search(r"通过([^，。；：]{2,14}?网站)主动公开", r["flat"])) for r in reps]
    site = [(r, m) for r, m in site if m and m.group(1) != "门户网站"]
    RND.shuffle(site)
    for i, (rep, m) in enumerate(site[:4]):
        add(
            ["信息是通过哪个网站公开的？", "在什么平台上主动公开的"][i % 2],
            rep,
            "narrative",
            {"contains": [m.group(1)]},
            m.group(0),
            False,
            "name: platform",
        )
    # refusals: the text says a neighbouring thing (another unit, no count) or nothing
    for kind, (asks, absent) in REFUSE.items():
        cands = [r for r in reps if not re.search(absent, r["flat"])]
        if kind in ("training", "people"):
            cands = [r for r in cands if "培训" in r["flat"]]  # says it trained, not how often / how many
        if kind == "wechat":
            cands = [r for r in cands if "新媒体" in r["flat"] or "微信" in r["flat"]]
        if kind == "jdmeet":
            cands = [r for r in cands if re.search(r"政策解读\d+篇", r["flat"])]
        RND.shuffle(cands)
        for i, rep in enumerate(cands[:4]):
            add(
                asks[i % len(asks)],
                rep,
                "narrative",
                {"refuse": True},
                None,
                False,
                f"refuse: {kind} (text does not say it)",
            )
    for i, it in enumerate(out):
        it["id"] = f"n{i + 1:04d}"
    return [{"id": it.pop("id"), **it} for it in out]


def main() -> None:
    rows = items()
    with open(HERE / "asknarr7.jsonl", "w", encoding="utf-8") as f:
        for it in rows:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(len(rows), "items,", sum("refuse" in it["expect"] for it in rows), "refusals")


if __name__ == "__main__":
    main()
