"""Write the question bank (dev.jsonl, holdout.jsonl) from the hand-written sources src_*.py.

Run: python eval/questions/build.py   (then python eval/questions/validate.py)

Ids follow the order of the sources; the split is a hash of the question text, so it does not
move when questions are added elsewhere, and it is not chosen by intent.
"""
import hashlib
import json
from pathlib import Path

import _dsl

# ids follow this order: each source appends to _dsl.BANK on import
# isort: off
import src_ankang_hongze  # noqa: F401
import src_shanghai  # noqa: F401
import src_hebei_edu  # noqa: F401
import src_pingtan  # noqa: F401
import src_unlabeled  # noqa: F401
import src_cross  # noqa: F401
import src_more  # noqa: F401
# isort: on

HERE = Path(__file__).resolve().parent


def split_of(question: str) -> str:
    """'dev' or 'holdout', from the first byte of sha256(question)."""
    return "holdout" if hashlib.sha256(question.encode("utf-8")).digest()[0] % 2 else "dev"


def render() -> dict[str, str]:
    """The text of dev.jsonl and holdout.jsonl as the sources define them."""
    files = {"dev": [], "holdout": []}
    for n, item in enumerate(_dsl.BANK, 1):
        row = {"id": f"q{n:04d}", **item}
        files[split_of(item["q"])].append(json.dumps(row, ensure_ascii=False) + "\n")
    return {name: "".join(rows) for name, rows in files.items()}


def main() -> None:
    out = render()
    for name, text in out.items():
        (HERE / f"{name}.jsonl").write_text(text, encoding="utf-8")
    print(f"{len(_dsl.BANK)} questions: " + ", ".join(f"{k} {v.count(chr(10))}" for k, v in out.items()))


if __name__ == "__main__":
    main()
