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
