"""A report written by a test, in a store of its own."""

from __future__ import annotations

from pathlib import Path


def text_asker(folder: Path, name: str, text: str):
    """One small report written by a test, alone in its own store: (asker, its report id) — a text no
    corpus report resembles, so a question family is tested on wording the router was not fitted to."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    path = folder / name
    path.write_text(text, encoding="utf-8")
    store = Store(folder / "store")
    report = extract_path(str(path))
    store.add(report)
    index = Index(store)
    index.sync()
    return Asker(store, index), report.id
