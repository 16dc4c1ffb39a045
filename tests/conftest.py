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


# The files that take longest, longest first (their test phases over 1.5 s, summed: pytest --durations on 2 cores,
# 2026-12-06). `scripts/test` runs `-n 2 --dist loadfile --no-loadscope-reorder`: a file's tests stay on one worker
# and the files are handed out in collection order, so these start first and the short files fill in beside them
# at the end. xdist's own order (most tests first) left the few-test, many-second files — the qa gate with the
# LLM (~90 s), Ray, the browsers — to the end: one worker busy with them for minutes while the other sat idle.
# After these, the other files as xdist ordered them: most tests first.
SLOW_FIRST: tuple[str, ...] = (
    "test_reportgen.py",
    "test_hostile.py",
    "test_ocr.py",
    "test_eval_llm.py",
    "test_paraphrase.py",
    "test_bulk.py",
    "test_bulk_ray.py",
    "test_web.py",
    "test_ingest_scale.py",
    "test_userprobe5.py",
    "test_api.py",
    "test_fuzz.py",
    "test_llm_answer.py",
    "test_ask.py",
    "test_cli_newcomer.py",
    "test_cli.py",
    "test_followup.py",
    "test_uafixa_conversation.py",
    "test_gc.py",
    "test_indexer.py",
    "test_imports.py",
    "test_userprobe6.py",
    "test_cli_rerun.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(SLOW_FIRST)}
    count: dict[str, int] = {}
    for item in items:
        count[item.path.name] = count.get(item.path.name, 0) + 1
    # stable: each file's own order is kept
    items.sort(key=lambda item: (rank.get(item.path.name, len(rank)), -count[item.path.name], item.path.name))
