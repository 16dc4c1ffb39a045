"""A store of chosen wild-set reports for the question-family tests that need real reports beyond the corpus (the wild
sets' files, by name): made as a user makes one (`xxgk ingest` in a process of its own), or in this process."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from webserver import ROOT


def wild_file(name: str) -> Path:
    """A wild set's report by its file name (a path's last part is enough)."""
    hits = list((ROOT / "eval").glob(f"wild*/reports/{name.rsplit('/', 1)[-1]}"))
    assert hits, name
    return hits[0]


def ingested_asker(tmp_path_factory, names: Iterable[str], timeout: int = 900):
    """An asker over a fresh store holding the named reports, ingested by the CLI."""
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    src = tmp_path_factory.mktemp("reports")
    for name in names:
        shutil.copy(wild_file(name), src)
    d = tmp_path_factory.mktemp("data")
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(src), "--data-dir", str(d)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr
    store = Store(d)
    return Asker(store, Index(store))


def extracted(tmp_path_factory, names: Iterable[str]):
    """An asker over a fresh store of the named reports, extracted in this process, and their ids in the names' order."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(str(tmp_path_factory.mktemp("wild") / "d"))
    ids = []
    for name in names:
        report = extract_path(str(wild_file(name)))
        store.add(report)
        ids.append(report.id)
    return Asker(store, Index(store)), ids
