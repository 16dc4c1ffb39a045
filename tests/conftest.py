import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from eval.gold import DEFAULT_CORPUS as CORPUS, load_gold  # noqa: E402


def gold_items() -> list[dict]:
    return load_gold(CORPUS)


@pytest.fixture(scope="session")
def corpus() -> Path:
    assert CORPUS.exists(), "eval/corpus is missing"
    return CORPUS


@pytest.fixture(scope="session")
def corpus_asker(tmp_path_factory, corpus):
    """One store of all 22 corpus reports (reports + unlabeled) with its index, shared read-only by the
    route and question-family tests (built once: ~15 s)."""
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("corpus_store"))
    for folder in ("reports", "unlabeled"):
        for f in sorted((corpus / folder).iterdir()):
            if f.suffix != ".json":
                store.add(extract_path(str(f)))
    Index(store).sync()
    return Asker(store)
