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


def bodies_asker(folder: Path, bodies):
    """Generated consistent reports of many bodies, one store, no vector index: `bodies` is (agency, year,
    seed) triples — scope tests need many names, not many texts — or (agency, year, seed, published) with
    section 一's count of information published (1234 by default) told apart."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store
    from tests.reportgen import consistent_values, render

    store = Store(folder / "store")
    for n, (agency, year, seed, *published) in enumerate(bodies):
        path = folder / f"r{n}.txt"
        text = render(
            consistent_values(seed=seed),
            "lines",
            agency=agency,
            year=year,
            published=published[0] if published else 1234,
        )
        path.write_text(text, encoding="utf-8")
        store.add(extract_path(str(path)))
    return Asker(store, index=False)
