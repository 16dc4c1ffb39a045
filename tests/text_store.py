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


def narrative_report(agency: str, year: int, published: int) -> str:
    """A short report with no tables: the body, its year and one narrative count (主动公开政府信息N条) that tells
    it apart — for name and place tests, where which body answered is the whole question."""
    return f"""{agency}{year}年政府信息公开工作年度报告

本报告数据统计时限自{year}年1月1日起至{year}年12月31日止。
一、总体情况
（一）主动公开。依托门户网站主动公开政府信息{published}条，其中政策文件12条。
（二）依申请公开。全年均按时答复。
二、存在的主要问题及改进情况
公开内容不够丰富。下一步将加强培训。
"""


def narrative_asker(folder: Path, bodies):
    """`bodies` as (agency, year, published) triples, each a `narrative_report`, in one indexed store."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(folder / "store")
    for n, body in enumerate(bodies):
        path = folder / f"r{n}.txt"
        path.write_text(narrative_report(*body), encoding="utf-8")
        store.add(extract_path(str(path)))
    index = Index(store)
    index.sync()
    return Asker(store, index)
