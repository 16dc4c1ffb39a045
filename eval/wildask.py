"""Aid for fixing a wild bank (not a gate): its items asked of a PERSISTENT store of the wild sets, judged as
`python -m eval wildbank` judges them.

    .venv/bin/python -m eval.wildask STORE BANK [ID ...]          # the items (every item if none); misses printed
    .venv/bin/python -m eval.wildask STORE -q '问题' [-r GOLD_ID] [-p 上一问 ...]

`eval wildbank` builds its store afresh on every run: ~25 CPU minutes for the 767 reports (the picture reports are
OCR'd), an hour beside other work. Here the store is built once into STORE (the first run) and every later run only
asks, with the asking code of the tree it runs from — minutes for a whole bank. Delete STORE after a change of the
extraction. `--add` extends a store with the sets a newer bank adds (a copy of the store first if others read it).
A new store holds the sets of the bank it is first built for (`wildbank.BANKS`; `SETS` for -q): a bank
over fewer sets than the store may count more reports in a whole-store question than its expectations (its own
`eval wildbank` figure is the one to record)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from eval import bank, wildbank, wildqa

SETS = ("wild", *(f"wild{i}" for i in range(2, 28)))


def build(store_dir: Path, sets: tuple[str, ...] = SETS, made: dict | None = None) -> dict:
    """Every gold report of the sets extracted into the store at store_dir, indexed; the gold ids and file names → ids.
    With `made` (a store's wildask.json), the sets are added to that store and its record extended."""
    from extractor.extract import extract_path
    from extractor.schema import ExtractError
    from rag.index import Index
    from rag.store import Store

    store_dir.mkdir(parents=True, exist_ok=True)
    store = Store(store_dir)
    made = made or {"ids": {}, "files": {}, "sets": []}
    ids: dict[str, str] = made["ids"]
    files: dict[str, str] = made["files"]
    for s in sets:
        for g in wildqa.load_gold(wildqa.ROOT / s):
            try:
                report = extract_path(g["_path"])
            except ExtractError:
                continue
            store.add(report)
            ids[g["id"]] = report.id
            files[Path(g["file"]).name] = report.id
    Index(store).sync()
    made["sets"] = [*made["sets"], *sets]
    (store_dir / "wildask.json").write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
    return made


def main() -> None:
    ap = argparse.ArgumentParser(description="a wild bank's items asked of a persistent store of the wild sets")
    ap.add_argument("store", type=Path)
    ap.add_argument("bank", nargs="?")
    ap.add_argument("ids", nargs="*")
    ap.add_argument("-q", help="one question instead of a bank's items")
    ap.add_argument("-r", help="the chosen report (a gold id) of -q")
    ap.add_argument("-p", nargs="*", help="the turns before -q, earliest first")
    ap.add_argument("-v", action="store_true", help="print every item asked, not only the misses")
    ap.add_argument("--add", action="store_true", help="add the bank's sets the store lacks (minutes, not a rebuild)")
    a = ap.parse_args()

    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    saved = a.store / "wildask.json"
    if saved.exists():
        made = json.loads(saved.read_text(encoding="utf-8"))
    else:
        made = build(a.store, tuple(wildbank.BANKS.get(a.bank or "", SETS)))
    # (a store made before its record named its sets — no "sets" — is taken as it is)
    lacking = tuple(s for s in wildbank.BANKS.get(a.bank or "", ()) if s not in made.get("sets", [s]))
    if lacking and a.add:
        made = build(a.store, lacking, made)
    elif lacking:
        print(f"the store lacks {', '.join(lacking)} of {a.bank}'s sets (--add adds them)")
    store = Store(a.store)
    asker = Asker(store, Index(store))
    if a.q:
        rid = made["ids"].get(a.r, a.r) if a.r else None
        ans = asker.ask(a.q, report_id=rid, previous=a.p or None)
        print(ans.answer, "\nvalue:", ans.value, ans.unit, "read as:", ans.read_as)
        return
    if not a.bank:
        ap.error("a bank, or -q")
    items = wildbank.bank_items(a.bank)
    if a.ids:
        items = [it for it in items if it["id"] in set(a.ids)]
    summary = bank.run_items(asker, made["files"], items)
    for r in summary["rows"]:
        if not r["ok"] or a.v:
            print(
                ("✔ " if r["ok"] else "✘ ")
                + f"{r['id']} [{r['intent']}] ({r.get('why')}, route {r.get('route')}) {r['q']}"
            )
            print("   →", (r.get("answer") or "")[:300].replace("\n", " "))
    print(f"{sum(r['ok'] for r in summary['rows'])}/{len(summary['rows'])}")


if __name__ == "__main__":
    main()
