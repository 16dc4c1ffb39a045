"""Question answering against the gold `qa` items, each asked within its own report (as a user in
a report-scoped chat would), plus the same questions corpus-wide where they name agency and year.

- numeric items: the answer's value equals the gold value, and a citation holds the answer (the
  cited cells meet the gold cells; for narrative items the cited quote contains the number);
- text items: the gold answer's key phrases are present (half of its clauses, each by character
  bigram coverage ≥ 0.5) and there is a citation;
- check items: the verdict agrees (一致/成立/有 vs 不一致/不完整/没有/口径不同), cells cited where gold names them.
Retrieval recall@5 (narrative items): a top-5 chunk holds the number or the key phrases."""

from __future__ import annotations

import contextlib
import re
import tempfile

from extractor.extract import extract_path
from extractor.llm_client import client_for
from rag.ask import NOT_MENTIONED, Asker
from rag.index import Index
from rag.intent import years_in
from rag.store import Store
from rag.tokens import bigrams

# the bank gates are ratchets just under the scores reached (rules: dev 0.954, holdout 0.867; with the scripted
# LLM of tests/test_eval_llm.py: dev 0.946, holdout 0.865 — 2026-12-03); the aim is 0.95 on holdout
THRESHOLDS = {"accuracy": 0.90, "table_numeric_accuracy": 1.0, "bank_dev_accuracy": 0.94, "bank_holdout_accuracy": 0.86}
_NEG = re.compile(r"^(?:不一致|不等于|不完整|不成立|没有|不完全一致|否|不)")
_ALT = re.compile(r"^口径不同")


def _cells(keys) -> set[str]:
    return {re.sub(r"_recovered", "", k) for k in keys or []}


def _coverage(phrase: str, answer: str) -> float:
    p = set(bigrams(phrase))
    return len(p & set(bigrams(answer))) / len(p) if p else 1.0


def key_phrases_present(gold: str, answer: str) -> bool:
    clauses = [c for c in re.split(r"[；;，,。（）()、：:]", gold) if len(c) >= 2]
    if not clauses:
        return True
    hit = sum(1 for c in clauses if _coverage(c, answer) >= 0.5)
    return hit * 2 >= len(clauses)


def _chinese_value(text: str):
    from extractor.normalize import parse_chinese_number

    values = {parse_chinese_number(run) for run in re.findall(r"[一二两三四五六七八九十百千万]+", text)}
    return next(iter(values)) if len(values) == 1 else None


def _verdict(text: str) -> str:
    text = text.strip()
    if _ALT.match(text):
        return "alt"
    return "neg" if _NEG.match(text) else "pos"


def judge(item: dict, ans) -> tuple[bool, str]:
    cited = set().union(*[set(c.cells) for c in ans.citations]) if ans.citations else set()
    if item["kind"] == "check":
        ok = _verdict(item["answer"]) == _verdict(ans.answer) or (
            _verdict(item["answer"]) == "alt" and "口径" in ans.answer
        )
        if ok and item.get("cells"):
            ok = bool(cited & _cells(item["cells"])) or not cited and bool(ans.citations)
        return ok, "verdict"
    if item.get("value") is not None:
        from eval.bank import _scaled  # 「3.7万」 answered as 37000: the same quantity in a pure scale of its unit

        if ans.value is None or not _scaled(float(ans.value), ans.unit, float(item["value"]), item.get("unit"), 1e-6):
            return False, "value"
        if item.get("cells"):
            return bool(cited & _cells(item["cells"])), "citation"
        v = item["value"]
        printed = str(int(v)) if float(v).is_integer() else str(v)
        return any(
            printed in c.quote.replace(",", "") or _chinese_value(c.quote) == v for c in ans.citations
        ), "citation"
    if ans.answer.startswith(NOT_MENTIONED) or not ans.citations:
        return False, "no answer"
    return key_phrases_present(item["answer"], ans.answer), "phrases"


def corpus_store(golds: list[dict], path: str) -> tuple[Store, dict[str, str], dict[str, str]]:
    """The store the questions are asked of: every gold report and every unlabeled one beside them.
    Returns it with gold id → report id and file name → report id."""
    from pathlib import Path

    store = Store(path)
    ids: dict[str, str] = {}
    files: dict[str, str] = {}
    for g in golds:
        report = extract_path(g["_path"])
        store.add(report)
        ids[g["id"]] = report.id
        files[Path(g["_path"]).name] = report.id
    unlabeled = Path(golds[0]["_path"]).parent.parent / "unlabeled" if golds else None
    for f in sorted(unlabeled.iterdir()) if unlabeled and unlabeled.exists() else []:
        if f.suffix != ".json":
            report = extract_path(str(f))
            store.add(report)
            files[f.name] = report.id
    return store, ids, files


# the banks asked in a second process, beside the first (CI has 2 cores): each process builds its own store
# of the corpus (seconds) and asks its banks of it; questions are independent, so the scores are the same
_SECOND = ("blind5", "blind6", "blind7", "blind8")


def _asker(golds: list[dict], llm, tmp: str):
    store, ids, files = corpus_store(golds, tmp)
    index = Index(store)
    index.sync()
    return store, index, Asker(store, index, client_for(llm) if llm else None), ids, files


def _banks(golds: list[dict], llm, which: tuple[str, ...]) -> dict[str, dict]:
    from eval import bank

    with tempfile.TemporaryDirectory() as tmp:
        _, _, asker, _, files = _asker(golds, llm, tmp)
        return {w: bank.run(asker, files, w) for w in which}


def _die_with_parent() -> None:
    """The second process ends when `eval qa` does (killed by a timeout or -9): it was left running alone."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG (Linux)


def run(golds: list[dict], llm=None, only: list[str] | None = None) -> dict:
    """The corpus's questions and the banks (`only`: those alone; default every one — the gated dev and
    holdout must be among them)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from eval import bank

    order = tuple(w for w in ("dev", "holdout", *bank.BLIND) if only is None or w in only)
    unknown = sorted(set(only or ()) - set(order))
    if unknown or not {"dev", "holdout"} <= set(order):
        raise SystemExit(f"--banks: dev and holdout are gated and must be asked; unknown: {unknown}")
    second = tuple(w for w in order if w in _SECOND)
    with (
        ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), initializer=_die_with_parent) as pool,
        tempfile.TemporaryDirectory() as tmp,
    ):
        later = pool.submit(_banks, golds, llm, second) if second else None
        store, index, asker, ids, files = _asker(golds, llm, tmp)
        rows = []
        for g in golds:
            for item in g.get("qa", []):
                ans = asker.ask(item["q"], report_id=ids[g["id"]])
                ok, why = judge(item, ans)
                unscoped = None
                named, _ = asker.catalogue().agencies_named(item["q"], years_in(item["q"]))
                if named and years_in(item["q"]):  # names agency and year: must resolve corpus-wide too
                    free = asker.ask(item["q"])
                    unscoped = judge(item, free)[0] and free.reports == [ids[g["id"]]]
                recall = None
                if item["kind"] == "narrative":
                    hits = index.search(item["q"], [ids[g["id"]]], k=5)
                    chunks = store.chunks([h for h, _ in hits])
                    if item.get("value") is not None:
                        v = item["value"]
                        printed = str(int(v)) if float(v).is_integer() else str(v)
                        recall = any(printed in c["text"].replace(",", "") for c in chunks.values())
                    else:
                        recall = any(
                            key_phrases_present(item["answer"], c["text"]) for c in chunks.values()
                        ) or key_phrases_present(item["answer"], "".join(c["text"] for c in chunks.values()))
                rows.append(
                    {
                        "report": g["id"],
                        "q": item["q"],
                        "kind": item["kind"],
                        "numeric_table": item["kind"] == "table" and item.get("value") is not None,
                        "ok": ok,
                        "why": why,
                        "route": ans.route,
                        "answer": ans.answer[:200],
                        "gold": item["answer"][:120],
                        "recall5": recall,
                        "latency_ms": ans.latency_ms,
                        "corpus_wide": unscoped,
                    }
                )
        banks = {which: bank.run(asker, files, which) for which in order if which not in second}
        banks.update(later.result() if later is not None else {})
        banks = {which: banks[which] for which in order}
    n = len(rows)
    table = [r for r in rows if r["numeric_table"]]
    narrative = [r for r in rows if r["recall5"] is not None]
    return {
        "items": n,
        "accuracy": sum(r["ok"] for r in rows) / n if n else 1.0,
        "table_numeric_accuracy": sum(r["ok"] for r in table) / len(table) if table else 1.0,
        "by_kind": {
            k: f"{sum(r['ok'] for r in rows if r['kind'] == k)}/{sum(1 for r in rows if r['kind'] == k)}"
            for k in ("table", "narrative", "check")
        },
        "retrieval_recall_at_5": sum(r["recall5"] for r in narrative) / len(narrative) if narrative else 1.0,
        "corpus_wide": f"{sum(1 for r in rows if r['corpus_wide'])}/{sum(1 for r in rows if r['corpus_wide'] is not None)}",
        "rows": rows,
        # the question bank: vacuous (1.0) only while its file is absent; holdout and blind-bank rows are not kept
        "bank_dev_accuracy": banks["dev"]["accuracy"],
        "bank_holdout_accuracy": banks["holdout"]["accuracy"],
        # measured, not gated: the blind banks of 12-03 (None when not asked: `--banks`)
        "bank_final_accuracy": banks["final"]["accuracy"] if "final" in banks else None,
        "bank_blind3_accuracy": banks["blind3"]["accuracy"] if "blind3" in banks else None,
        "bank": {which: bank.public(s, which) for which, s in banks.items()},
        "_banks": banks,
    }


def render(summary: dict) -> str:
    lines = []
    for r in summary["rows"]:
        if not r["ok"]:
            lines.append(
                f"✘ [{r['report']}] {r['kind']}/{r['route']} ({r['why']}) {r['q']}\n    ours: {r['answer']}\n    gold: {r['gold']}"
            )
    lines.append(
        f"\nqa accuracy {summary['accuracy']:.4f} ({summary['by_kind']}); numeric table "
        f"{summary['table_numeric_accuracy']:.4f}; retrieval recall@5 {summary['retrieval_recall_at_5']:.4f}; "
        f"asked corpus-wide (agency+year named) {summary['corpus_wide']}"
    )
    for r in summary["rows"]:
        if r["corpus_wide"] is False:
            lines.append(f"  corpus-wide miss: [{r['report']}] {r['q']}")
    from eval import bank

    for which, s in summary.pop("_banks").items():
        lines.append(bank.render(s, which))
    return "\n".join(lines)
