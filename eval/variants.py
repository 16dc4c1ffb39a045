"""Aid (not a gate): how an answer survives the ways users wrap and type a question they mean the same by.

    .venv/bin/python -m eval.variants STORE BANK [--only polite,voice] [--limit N] [-v]

Every bank item the product answers right (judged as `eval wildbank` judges it, on eval.wildask's persistent store
STORE) is asked again in each variant below — the same ask, wrapped or typed the way people type into a search box
or a phone: a greeting and thanks, a boss's request around it, no punctuation, a year in Chinese numerals,
full-width digits, spaces between words and digits, a demand on the answer's form. The meaning is the item's, so
the item's own expectation judges the variant. A variant that breaks a right answer is a family of wording the
router depends on; the figure is kept/asked per variant, and the broken items are printed.

Blind banks measure what users ask; this measures the router's dependence on surface form over every item of every
bank, which the blind banks only sample."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path

from eval import bank, wildbank
from eval.wildask import build

_END = re.compile(r"[？?。！!\s]+$")
_PUNCT = re.compile(r"[，,。？?！!；;：:、“”\"「」（）()]")
_CN_DIGITS = "〇一二三四五六七八九"
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?=年)")
_CJK_DIGIT = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])")


def _ask(q: str) -> str:
    return _END.sub("", q)


def _cn_year(q: str) -> str:
    return _YEAR.sub(lambda m: "".join(_CN_DIGITS[int(d)] for d in m.group(1)), q)


def _wide(q: str) -> str:
    return q.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


VARIANTS: dict[str, tuple[Callable[[str], str], frozenset[str] | None]] = {
    # name → (the variant of the question, the expectation kinds it applies to: None = every kind)
    "polite": (lambda q: f"您好，麻烦问一下，{_ask(q)}？谢谢！", None),
    "boss": (lambda q: f"领导让我查一下：{_ask(q)}，急用", None),
    "please": (lambda q: f"请问{_ask(q)}？", None),
    "research": (lambda q: f"我是做课题的，想了解一下{_ask(q)}", None),
    "voice": (lambda q: _PUNCT.sub(" ", _ask(q)).strip(), None),
    "particle": (lambda q: f"{_ask(q)}啊？", None),
    "cn_year": (_cn_year, None),
    "wide": (_wide, None),
    "spaced": (lambda q: _CJK_DIGIT.sub(" ", q), None),
    "number_only": (lambda q: f"{_ask(q)}？只要数字", frozenset({"value"})),
    "one_sentence": (lambda q: f"{_ask(q)}？用一句话回答", None),
}


def _kind(item: dict) -> str:
    exp = item["expect"]
    return next((k for k in ("refuse", "blank", "value", "verdict", "reports", "contains", "values") if k in exp), "?")


def variants_of(item: dict, only: set[str] | None = None) -> list[tuple[str, dict]]:
    """The item's variants that change its question (name, item with the new `q`)."""
    out = []
    for name, (make, kinds) in VARIANTS.items():
        if (only and name not in only) or (kinds is not None and _kind(item) not in kinds):
            continue
        q = make(item["q"])
        if q != item["q"]:
            out.append((name, {**item, "q": q, "id": f"{item['id']}~{name}"}))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="bank items asked again in the ways users wrap and type them")
    ap.add_argument("store", type=Path)
    ap.add_argument("bank")
    ap.add_argument("--only", help="comma-separated variant names (default: all)")
    ap.add_argument("--limit", type=int, default=0, help="the first N items of the bank only")
    ap.add_argument("-v", action="store_true", help="print every broken variant's answer")
    a = ap.parse_args()

    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    saved = a.store / "wildask.json"
    made = json.loads(saved.read_text(encoding="utf-8")) if saved.exists() else build(a.store)
    store = Store(a.store)
    asker = Asker(store, Index(store))
    items = wildbank.bank_items(a.bank)[: a.limit or None]
    only = set(a.only.split(",")) if a.only else None
    right = [r["id"] for r in bank.run_items(asker, made["files"], items)["rows"] if r["ok"]]
    base = {it["id"]: it for it in items if it["id"] in set(right)}
    asked = [v for it in base.values() for v in variants_of(it, only)]
    rows = bank.run_items(asker, made["files"], [v for _, v in asked])["rows"]
    tally: dict[str, list[int]] = {}
    for (name, _), r in zip(asked, rows, strict=True):
        t = tally.setdefault(name, [0, 0])
        t[0] += r["ok"]
        t[1] += 1
        if not r["ok"]:
            print(f"✘ {r['id']} ({r['why']}, route {r['route']}) {r['q']}")
            if a.v:
                print("   →", (r.get("answer") or "")[:200].replace("\n", " "))
    print(f"{a.bank}: {len(base)}/{len(items)} items right as written; each variant, kept/asked:")
    for name, (k, n) in tally.items():
        print(f"  {name:13} {k}/{n} = {k / n:.3f}")
    total_k, total_n = sum(t[0] for t in tally.values()), sum(t[1] for t in tally.values())
    print(f"  {'all':13} {total_k}/{total_n} = {total_k / max(total_n, 1):.3f}")


if __name__ == "__main__":
    main()
