"""Write the question bank (dev.jsonl, holdout.jsonl) from the hand-written sources src_*.py.

Run: python eval/questions/build.py   (then python eval/questions/validate.py)
     python eval/questions/build.py --set final   (final/final.jsonl from final/src_final.py, one file, no split)
     python eval/questions/build.py --set blind3  (blind3/blind3.jsonl from blind3/src_blind3.py, likewise)
     python eval/questions/build.py --set blind4  (blind4/blind4.jsonl from blind4/src_blind4.py, likewise)
     python eval/questions/build.py --set blind5  (blind5/blind5.jsonl from blind5/src_blind5.py, likewise)
     python eval/questions/build.py --set blind6  (blind6/blind6.jsonl from blind6/src_blind6.py, likewise)
     python eval/questions/build.py --set blind7  (blind7/blind7.jsonl from blind7/src_blind7.py, likewise)
     python eval/questions/build.py --set blind8  (blind8/blind8.jsonl from blind8/src_blind8.py, likewise)
     python eval/questions/build.py --set blindw  (blindw/blindw.jsonl: the wild sets' reports, eval/wildbank.py)
     python eval/questions/build.py --set blindx  (blindx/blindx.jsonl: wild … wild8 in one store, eval/wildbank.py)

Ids follow the order of the sources; the split is a hash of the question text, so it does not
move when questions are added elsewhere, and it is not chosen by intent.
"""

import hashlib
import json
import runpy
import sys
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
import src_probes  # noqa: F401
import src_probes_narr  # noqa: F401
# isort: on

HERE = Path(__file__).resolve().parent
FINAL = HERE / "final"
# the separate blind banks for scoring only: folder name → id prefix (each folder holds src_<name>.py, <name>.jsonl)
BLIND_SETS = {
    "final": "f",
    "blind3": "b",
    "blind4": "d",
    "blind5": "e",
    "blind6": "g",
    "blind7": "h",
    "blind8": "k",
    "blindw": "w",
    "blindx": "x",
}


def split_of(question: str) -> str:
    """'dev' or 'holdout', from the first byte of sha256(question); a router engineer's probe is dev."""
    if question in _dsl.DEV_ONLY:
        return "dev"
    return "holdout" if hashlib.sha256(question.encode("utf-8")).digest()[0] % 2 else "dev"


def render() -> dict[str, str]:
    """The text of dev.jsonl and holdout.jsonl as the sources define them."""
    files = {"dev": [], "holdout": []}
    for n, item in enumerate(_dsl.BANK, 1):
        row = {"id": f"q{n:04d}", **item}
        files[split_of(item["q"])].append(json.dumps(row, ensure_ascii=False) + "\n")
    return {name: "".join(rows) for name, rows in files.items()}


def final_items(name: str = "final") -> list[dict]:
    """The questions of <name>/src_<name>.py, loaded afresh into an empty bank (dev/holdout are left as they were).

    A blind set (final, blind3) is a separate bank for scoring only: it is not split and shares no ids with dev/holdout.
    """
    saved, current = list(_dsl.BANK), dict(_dsl.CURRENT)
    _dsl.BANK.clear()
    try:
        runpy.run_path(str(HERE / name / f"src_{name}.py"), run_name=f"src_{name}")
        return list(_dsl.BANK)
    finally:
        _dsl.BANK[:] = saved
        _dsl.CURRENT.clear()
        _dsl.CURRENT.update(current)


def render_final(name: str = "final") -> str:
    """The text of <name>/<name>.jsonl as <name>/src_<name>.py defines it (ids f0001… / b0001… in source order)."""
    prefix = BLIND_SETS[name]
    return "".join(
        json.dumps({"id": f"{prefix}{n:04d}", **item}, ensure_ascii=False) + "\n"
        for n, item in enumerate(final_items(name), 1)
    )


def blind_set(argv: list[str]) -> str | None:
    """The blind set named by `--set <name>`, or None (dev/holdout)."""
    if "--set" not in argv:
        return None
    name = (argv[argv.index("--set") + 1 :] or [""])[0]
    if name not in BLIND_SETS:
        raise SystemExit(f"--set must be one of {', '.join(BLIND_SETS)}")
    return name


def main() -> None:
    name = blind_set(sys.argv)
    if name:
        text = render_final(name)
        (HERE / name / f"{name}.jsonl").write_text(text, encoding="utf-8")
        print(f"{text.count(chr(10))} questions: {name}")
        return
    out = render()
    for name, text in out.items():
        (HERE / f"{name}.jsonl").write_text(text, encoding="utf-8")
    print(f"{len(_dsl.BANK)} questions: " + ", ".join(f"{k} {v.count(chr(10))}" for k, v in out.items()))


if __name__ == "__main__":
    main()
