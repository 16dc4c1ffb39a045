"""Write bnfixb.jsonl: a development bank for the families blindn missed that branch `bnfixb` fixes (issue 13).

    PYTHONPATH=. .venv/bin/python eval/questions/bnfixb/make_bnfixb.py   # writes bnfixb.jsonl next to this file

Phrasings are mine, not blindn's (written before the branch's fixes were run on them):
- **confirm**: a figure asked to be confirmed, the doubt before it or a tag after it (「…是不是就0件」「…是否为N件」
  「…是N件吗」「…有N件对吧」「…到底是不是N件啊」); the figure stated right or off by a few. The answer is the printed
  cell (yes/no said), never a consistency verdict without a value.
- **balance**: table 三 (or 四) said to balance in an office's words (轧平, 配平, 对平, 闭合, 是不是平的 …) of a report
  whose table has no finding: consistent, H1 (表三) / H4 (表四) with the cells it reads.
- **channel**: the count of applications by channel the text states (「网上申请51件」) asked with the body and year set
  off by a comma, or after a lead-in clause (「顺便问一下，…」) — before the fix the first clause alone was read and the
  sentence's total answered (silently wrong).
- **soundalike**: a lawsuit sub-row with 复议 misheard as 复意 (未经复意直接起诉 / 复意后起诉) of a report where the two
  rows differ — before the fix the lawsuits' total answered (silently wrong).
- **settotal**: one total asked of a province × year's stored bodies (「这几份年报」「这批单位」 … 总数/总计) — their sum.
Expectations come from the gold cells (eval/wild*/gold) and, for channel, the report's text (one statement).
Deterministic: one seeded Random, sorted inputs."""

from __future__ import annotations

import html
import json
import random
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SETS = ["wild", *(f"wild{i}" for i in range(2, 19))]
SEED = 20261214

G: dict[str, dict] = {}
SET_OF: dict[str, str] = {}
for s in SETS:
    for f in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        G[d["id"]] = d
        SET_OF[d["id"]] = s
IDS = sorted(G)
PAIR = Counter((G[i]["agency"], G[i]["year"]) for i in IDS)


def unique(i: str) -> bool:
    return PAIR[(G[i]["agency"], G[i]["year"])] == 1


def table_ok(i: str, t: str) -> bool:
    d = G[i]
    if d["template"] not in ("GF2019", "GF2021") or not d["tables_recoverable"] or not unique(i):
        return False
    return not any(t in (f.get("where") or "") for f in d["findings"])


def cell(i: str, key: str):
    t, _, k = key.partition(".")
    return G[i].get(t, {}).get(k)


def cells_ok(i: str, keys: list[str]) -> bool:
    return all(
        table_ok(i, k.split(".")[0])
        and isinstance(cell(i, k), (int, float))
        and not isinstance(cell(i, k), bool)
        and k not in G[i].get("placeholders", {})
        for k in keys
    )


def text(i: str) -> str | None:
    p = ROOT / "eval" / SET_OF[i] / G[i]["file"]
    ext = p.suffix.lower()
    raw = None
    try:
        if ext in (".docx", ".odt"):
            with zipfile.ZipFile(p) as z:
                raw = html.unescape(
                    re.sub(r"<[^>]+>", "", z.read("word/document.xml" if ext == ".docx" else "content.xml").decode())
                )
        elif ext in (".html", ".htm", ".md", ".txt"):
            b = p.read_bytes()
            for enc in ("utf-8", "gb18030"):
                try:
                    raw = b.decode(enc)
                    break
                except UnicodeDecodeError:
                    pass
            if raw is not None:
                raw = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", raw)
                raw = html.unescape(re.sub(r"<[^>]+>", "", raw))
    except Exception:
        raw = None
    return re.sub(r"\s+", "", raw).replace("\u3000", "").replace("\xa0", "") if raw else None


def province(i: str) -> str:
    m = re.match(r"^(.+?(?:省|自治区))", G[i].get("region") or "")
    return m.group(1) if m else ""


class Bank:
    def __init__(self) -> None:
        self.items: list[dict] = []
        self.rng = random.Random(SEED)

    def add(self, family: str, intent: str, q: str, expect: dict, **extra) -> None:
        item = {"id": f"bnb{len(self.items) + 1:04d}", "q": q, "scope": {}, "intent": intent, "family": family}
        item.update({"expect": expect, **extra})
        self.items.append(item)


ROWS = {
    "t3.r1.tot": "予以公开",
    "t3.r2.tot": "部分公开",
    "t3.new.tot": "本年新收的申请",
    "t3.r7.tot": "办理结果总计",
    "t4.rv.tot": "行政复议",
    "t3.carry_out.tot": "结转下年度继续办理的",
}
CONFIRM = [
    "{a}{y}{m}是不是就{n}件？",
    "想确认一下，{a}{y}{m}是否为{n}件",
    "{a}{y}{m}是{n}件吗",
    "{a}{y}{m}有{n}件对吧？",
    "{a}{y}{m}到底是不是{n}件啊",
    "{a}{y}的{m}应该是{n}件，是吗",
]


def confirm_family(b: Bank) -> None:
    pool = [i for i in IDS if cells_ok(i, list(ROWS))]
    b.rng.shuffle(pool)
    for k, i in enumerate(pool[:18]):
        key = list(ROWS)[k % len(ROWS)]
        v = cell(i, key)
        said = v if k % 3 == 0 else v + b.rng.choice((1, 2, 3, 5, 10))
        q = CONFIRM[k % len(CONFIRM)].format(a=G[i]["agency"], y=f"{G[i]['year']}年", m=ROWS[key], n=int(said))
        b.add("confirm", "value", q, {"value": v, "unit": "件"}, cells=[f"{i}:{key}"], note=f"stated {int(said)}")


BALANCE = [
    "{a}{y}表三的账是不是轧平了？",
    "{a}{y}的表三能配平吗",
    "{a}{y}表三数字闭合吗？",
    "{a}{y}表三对平了没有",
    "请看看{a}{y}表三是否平了",
]
H1 = ["t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot"]


def balance_family(b: Bank) -> None:
    pool = [i for i in IDS if cells_ok(i, H1) and not G[i]["findings"]]
    b.rng.shuffle(pool)
    for k, i in enumerate(pool[:10]):
        q = BALANCE[k % len(BALANCE)].format(a=G[i]["agency"], y=f"{G[i]['year']}年")
        values = {f"{i}:{c}": cell(i, c) for c in H1}
        b.add(
            "balance",
            "consistency",
            q,
            {"verdict": "consistent", "checks": ["H1"], "values": values},
            cells=[f"{i}:{c}" for c in H1],
        )


CHANNEL = re.compile(r"(?:其中)?(网上申请|网络申请|在线申请|通过网络(?:提交|申请)?)(\d+)件")
CHANNEL_ASK = [
    "{a}{y}，在网上提交的信息公开申请有几件？",
    "顺便问一下，{a}{y}网上申请的公开申请多少件",
    "{a}{y}，通过互联网在线申请的有多少件",
]


def channel_family(b: Bank) -> None:
    n = 0
    for i in IDS:
        if not unique(i) or G[i]["template"] not in ("GF2019", "GF2021"):
            continue
        t = text(i)
        hits = CHANNEL.findall(t or "")
        if len(hits) != 1 or (t or "").count(hits[0][0] + hits[0][1] + "件") != 1:
            continue
        word, num = hits[0]
        q = CHANNEL_ASK[n % len(CHANNEL_ASK)].format(a=G[i]["agency"], y=f"{G[i]['year']}年")
        b.add("channel", "narrative", q, {"value": int(num), "unit": "件"}, source_quote={i: f"{word}{num}件"})
        n += 1
        if n >= 6:
            break


SOUND = {
    "t4.ld.tot": ["{a}{y}未经复意直接起诉的行政诉讼有几件", "{a}{y}行政诉讼里未经复意直接起诉的多少件？"],
    "t4.lr.tot": ["{a}{y}行政诉讼当中复意后起诉的有几件", "{a}{y}复意后再起诉的行政诉讼是多少件"],
}


def soundalike_family(b: Bank) -> None:
    pool = [i for i in IDS if cells_ok(i, ["t4.ld.tot", "t4.lr.tot"]) and cell(i, "t4.ld.tot") != cell(i, "t4.lr.tot")]
    pool = [i for i in pool if cell(i, "t4.ld.tot") and cell(i, "t4.lr.tot")] + [
        i for i in pool if not (cell(i, "t4.ld.tot") and cell(i, "t4.lr.tot"))
    ]
    for k, i in enumerate(pool[:8]):
        key = ("t4.ld.tot", "t4.lr.tot")[k % 2]
        q = SOUND[key][(k // 2) % 2].format(a=G[i]["agency"], y=f"{G[i]['year']}年")
        b.add("soundalike", "value", q, {"value": cell(i, key), "unit": "件"}, cells=[f"{i}:{key}"])


SETTOTAL = [
    "{p}{y}这几份年报的本年新收申请总数是多少？",
    "{p}{y}这批单位新收的申请总计多少件",
    "{p}{y}库里这些单位的新收申请总量是多少",
    "{p}{y}收录的这些报告，新收申请总数多少件？",
]


def settotal_family(b: Bank) -> None:
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for i in IDS:
        if province(i):
            groups[(province(i), G[i]["year"])].append(i)
    good = sorted(
        k
        for k, v in groups.items()
        if 2 <= len(v) <= 8 and all(cells_ok(i, ["t3.new.tot"]) and not G[i]["findings"] for i in v)
    )
    b.rng.shuffle(good)
    for k, (p, y) in enumerate(good[:8]):
        rs = groups[(p, y)]
        q = SETTOTAL[k % len(SETTOTAL)].format(p=p, y=f"{y}年")
        b.add(
            "settotal",
            "sum",
            q,
            {"value": sum(cell(i, "t3.new.tot") for i in rs), "unit": "件"},
            cells=[f"{i}:t3.new.tot" for i in rs],
            note=f"all {len(rs)} stored reports of {p} {y}",
        )


def main() -> None:
    b = Bank()
    confirm_family(b)
    balance_family(b)
    channel_family(b)
    soundalike_family(b)
    settotal_family(b)
    (HERE / "bnfixb.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in b.items), encoding="utf-8"
    )
    print(len(b.items), dict(Counter(x["family"] for x in b.items)))


if __name__ == "__main__":
    main()
