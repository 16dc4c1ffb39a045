"""Reading the corpus gold files (format: eval/corpus/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent / "corpus"


def load_gold(corpus: Path) -> list[dict]:
    items = []
    for path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold["_path"] = str(corpus / gold["file"])
        items.append(gold)
    return items
