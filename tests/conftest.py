import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
CORPUS = ROOT.parent / "shared" / "corpus"


def gold_items() -> list[dict]:
    items = []
    for p in sorted((CORPUS / "gold").glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        g["_path"] = str(CORPUS / g["file"])
        items.append(g)
    return items


@pytest.fixture(scope="session")
def corpus() -> Path:
    assert CORPUS.exists(), "../shared/corpus is required"
    return CORPUS
