"""The blind banks over the wild sets (eval/questions/blindw, blindx, blindy, blindz, blindv) agree with the wild gold: cheap, no store built.

What is checked is each bank, not the router (accuracy is `python -m eval wildbank [blindx]`, a measurement): the
file is what its source builds, every report it names is a report of the wild sets its store holds
(`eval.wildbank.BANKS`), every expectation is well formed, and every value it reads from cells (their sum, or
`calc`) or from a printed passage is the gold's / the text's."""

from __future__ import annotations

import html
import json
import re
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QDIR = ROOT / "eval" / "questions"
SETS = (
    "wild",
    "wild2",
    "wild3",
    "wild4",
    "wild5",
    "wild6",
    "wild7",
    "wild8",
    "wild9",
    "wild10",
    "wild11",
)  # every set a bank's store may hold
BANKS = {  # bank → the sets of its store (as eval/wildbank.py BANKS) and its minimum size
    "blindw": (SETS[:7], 500),
    "blindx": (SETS[:8], 700),
    "blindy": (SETS[:9], 1000),
    "blindz": (SETS[:9], 800),
    "blindv": (SETS[:11], 850),
}
INTENTS = {
    "value", "list", "compare", "change", "trend", "rank", "sum", "share", "ratio",
    "consistency", "which_reports", "narrative", "problems", "unanswerable",
}  # fmt: skip
STYLES = {"colloquial", "formal", "abbreviated"}
KINDS = ("verdict", "reports", "values", "value", "contains", "refuse", "blank")
TEXT_FORMATS = {"txt", "markdown", "html", "pdf"}  # where a quote is checked against the file's text


@cache
def gold() -> dict[str, dict]:
    out = {}
    for s in SETS:
        for p in sorted((ROOT / "eval" / s / "gold").glob("*.json")):
            g = json.loads(p.read_text(encoding="utf-8"))
            g["_file"] = ROOT / "eval" / s / g["file"]
            g["_set"] = s
            out[g["id"]] = g
    return out


@cache
def text(rid: str) -> str:
    """The report's text, whitespace removed (HTML tags stripped); utf-8, utf-16 or GB18030 as saved."""
    if gold()[rid]["format"] == "pdf":
        import pdfplumber

        with pdfplumber.open(gold()[rid]["_file"]) as pdf:
            return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in pdf.pages))
    raw = gold()[rid]["_file"].read_bytes()
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            t = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise AssertionError(f"{rid}: undecodable")
    if gold()[rid]["format"] == "html":
        t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return re.sub(r"\s+", "", t)


def items(bank: str = "blindw") -> list[dict]:
    path = QDIR / bank / f"{bank}.jsonl"
    return [
        {**json.loads(line), "_bank": bank} for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def all_items() -> list[dict]:
    """Items of the banks kept in this checker's conventions (blindw, blindx: cells/calc/quotes as below).

    blindy is written by its own script (eval/questions/blindy/make_blindy.py) straight from the gold and the texts
    (it reads PDFs with pdftotext), in looser conventions (a change as 「later - earlier (key)」); its expectations are
    that script's, and it is scored by `python -m eval wildbank blindy` like the others."""
    return [it for b in BANKS if (QDIR / b / f"src_{b}.py").exists() for it in items(b)]


def named(item: dict) -> set[str]:
    """Every report id the question names: scope, cell prefixes, values keys, reports, quotes."""
    out: set[str] = {r for r in [(item["scope"] or {}).get("report")] if r}
    out |= {c.rpartition(":")[0] for c in item.get("cells", []) if ":" in c}
    calc = item.get("calc")
    for expr in calc.values() if isinstance(calc, dict) else [calc or ""]:
        out |= {m.rpartition(":")[0] for m in re.findall(r"\{([^{}]+)\}", expr) if ":" in m}
    e = item["expect"]
    out |= {k for k in e.get("values", {}) if k in gold()} | set(e.get("reports", []))
    out |= {k.rpartition(":")[0] for k in e.get("values", {}) if ":" in k}
    if isinstance(item.get("source_quote"), dict):
        out |= set(item["source_quote"])
    return out


def cell(ref: str, scope: str | None):
    rid, _, key = ref.rpartition(":")
    rid = rid or scope
    assert rid in gold(), f"cell {ref}: no wild report {rid!r}"
    table, _, k = key.partition(".")
    g = gold()[rid]
    assert table in ("t2", "t3", "t4") and k in (g.get(table) or {}), f"cell {ref}: not in the gold of {rid}"
    return g[table][k], (g.get("placeholders") or {}).get(key)


def calc(expr: str, scope: str | None) -> float:
    def sub(m: re.Match) -> str:
        v, _ = cell(m.group(1), scope)
        assert v is not None, f"calc reads a null cell {m.group(1)}"
        return repr(v)

    py = re.sub(r"\{([^{}]+)\}", sub, expr)
    assert re.fullmatch(r"[0-9.+\-*/() ]+", py), expr
    return eval(py)  # noqa: S307 - digits and operators only, checked above


def close(a: float, b: float, tol) -> bool:
    return abs(a - b) <= (tol or 0) + 1e-9


def numbers(quote: str) -> set[float]:
    return {float(m) for m in re.findall(r"\d+(?:\.\d+)?", quote.replace(",", ""))}


@pytest.mark.parametrize("bank", [b for b in BANKS if (QDIR / b / f"src_{b}.py").exists()])
def test_the_file_is_what_its_source_builds(bank):
    """Banks kept as literals (src_<bank>.py) are rebuilt by build.py; blindy's make_blindy.py writes its file directly."""
    sys.path.insert(0, str(QDIR))
    try:
        import build

        text = (QDIR / bank / f"{bank}.jsonl").read_text(encoding="utf-8")
        assert text == build.render_final(bank), f"run build.py --set {bank}"
    finally:
        sys.path.remove(str(QDIR))


@pytest.mark.parametrize("bank", BANKS)
def test_size_and_coverage(bank):
    rows = items(bank)
    assert len(rows) >= BANKS[bank][1]
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({(r["q"], json.dumps(r["scope"])) for r in rows}) == len(rows), "a question repeats in one scope"
    assert sum(1 for r in rows if r["expect"].get("refuse")) >= 0.15 * len(rows)
    assert {r["intent"] for r in rows} == INTENTS


def test_blindx_asks_across_reports_and_about_wild8():
    rows = items("blindx")
    assert sum(len(named(r)) > 1 for r in rows) >= 0.25 * len(rows)
    assert sum(any(gold()[rid]["_set"] == "wild8" for rid in named(r)) for r in rows) >= 100


def test_blindy_asks_across_reports_and_about_wild9():
    rows = items("blindy")  # 308 of 1289 name two reports or more; its whole-store ranks and sums name none
    assert sum(len(named(r)) > 1 for r in rows) >= 0.22 * len(rows)
    assert sum(any(gold()[rid]["_set"] == "wild9" for rid in named(r)) for r in rows) >= 100


@pytest.mark.parametrize("bank", ["blindy", "blindz", "blindv"])
def test_every_report_a_bank_names_is_in_its_store(bank):
    """The banks written by their own scripts (make_<bank>.py) are checked for what every bank must hold: each report
    named is a wild report of the sets its store is built from (`eval.wildbank.BANKS`), agreeing with this file's."""
    from eval.wildbank import BANKS as STORES

    assert set(STORES[bank]) == set(BANKS[bank][0])
    for r in items(bank):
        assert all(rid in gold() and gold()[rid]["_set"] in BANKS[bank][0] for rid in named(r)), r["id"]


def test_blindz_and_blindv_ask_across_reports_and_about_their_newest_sets():
    z, v = items("blindz"), items("blindv")  # (181 of 847 and 211 of 880 name two reports or more)
    assert sum(len(named(r)) > 1 for r in z) >= 0.2 * len(z)
    assert sum(any(gold()[rid]["_set"] == "wild9" for rid in named(r)) for r in z) >= 300  # (368)
    assert sum(len(named(r)) > 1 for r in v) >= 0.22 * len(v)
    assert sum(any(gold()[rid]["_set"] in ("wild10", "wild11") for rid in named(r)) for r in v) >= 250  # (293)


@pytest.mark.parametrize("item", all_items(), ids=lambda it: it["id"])
def test_every_expectation_agrees_with_the_wild_gold(item):
    assert item["intent"] in INTENTS and item["style"] in STYLES
    sets = BANKS[item["_bank"]][0]
    assert all(rid in gold() and gold()[rid]["_set"] in sets for rid in named(item)), "a report not in its store"
    scope = (item["scope"] or {}).get("report")
    assert not item["scope"] or (set(item["scope"]) == {"report"} and scope in gold()), item["scope"]
    e = item["expect"]
    kinds = [k for k in KINDS if k in e]
    assert kinds and (kinds[0] == "verdict" or len(kinds) == 1), kinds
    cells = item.get("cells", [])
    vals = [cell(c, scope) for c in cells]
    quote = item.get("source_quote")
    quotes = quote if isinstance(quote, dict) else ({scope: quote} if quote else {})
    for rid, q in quotes.items():
        assert rid in gold() and gold()[rid]["format"] in TEXT_FORMATS, f"quote from a non-text report {rid}"
        assert re.sub(r"\s+", "", q) in text(rid), f"quote not in {rid}: {q}"
    if item["intent"] in ("narrative", "problems"):
        assert quotes, "narrative/problems without a source_quote"
    if "contains" in e:
        for w in e["contains"]:
            assert all(re.sub(r"\s+", "", w) in text(rid) for rid in quotes), w
    if "value" in e:
        want, tol = e["value"], e.get("tol")
        if "calc" in item:
            assert close(calc(item["calc"], scope), want, tol)
        elif cells:
            assert all(v is not None for v, _ in vals), "value read from a null cell"
            assert close(sum(v for v, _ in vals), want, tol)
        elif item.get("note", "").startswith("read off the table image"):
            rid = item["note"].split()[6]  # "read off the table image of <report> (…)"
            assert gold()[rid]["tables_recoverable"] is False  # legible pictures the gold keeps no cells of
        else:
            assert quotes and any(
                float(abs(want)) in numbers(q) or (want == 0 and re.search("没有|未|无", q)) for q in quotes.values()
            ), "value not in its quote"  # 0 may be stated in words (「未收到…申请」)
    if "values" in e and "verdict" not in e:
        per_key = item.get("calc") if isinstance(item.get("calc"), dict) else {}
        for k, want in e["values"].items():
            if k in per_key:
                assert close(calc(per_key[k], scope), want, e.get("tol")), k
            elif k in gold():
                mine = [c for c in cells if c.startswith(k + ":")]
                if mine:
                    assert close(sum(cell(c, scope)[0] for c in mine), want, e.get("tol")), k
                else:
                    assert k in quotes and float(want) in numbers(quotes[k]), f"{k}: neither cells nor quote"
            else:
                assert k in cells, f"values key {k} is neither a report nor one of the cells"
                assert close(cell(k, scope)[0], want, e.get("tol")), k
        order = e.get("order") or []
        assert set(order) <= set(e["values"])
        if len(order) > 1:
            least = any(w in item["q"] for w in ("最少", "最低", "从少到多"))
            assert [e["values"][k] for k in order] == sorted((e["values"][k] for k in order), reverse=not least)
    if "reports" in e:
        assert e["reports"] and set(e["reports"]) <= set(gold()), e["reports"]
    if "blank" in e:
        assert cells and all(v is None and ph == "" for v, ph in vals), "blank: not a blank-printed cell"
    if "refuse" in e:
        assert item.get("note"), "a refusal says why"
    if "verdict" in e:
        assert e["verdict"] in ("consistent", "inconsistent")
        assert set(e["checks"]) <= {"H1", "H2", "H3", "H4", "H5", "S1", "N"}
        rid = scope or (cells[0].rpartition(":")[0] if cells else next(iter(quotes), ""))
        hard = {f["check"] for f in gold()[rid].get("findings") or []} & {"H1", "H2", "H3", "H4", "H5"}
        if e["verdict"] == "consistent":
            assert not hard & set(e["checks"]), f"{rid} has findings {hard}"
        else:
            assert hard & set(e["checks"]), f"{rid} has no finding among {e['checks']}"
            notes = " ".join(f.get("note", "") for f in gold()[rid]["findings"])
            for k, v in (e.get("values") or {}).items():  # printed vs implied: both in the gold's findings
                assert float(v) in numbers(notes), f"{k}={v} not in the findings of {rid}"
