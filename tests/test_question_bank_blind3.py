"""The third blind question bank (eval/questions/blind3) stays true to the corpus and to its source.

blind3.jsonl is for scoring only (issue 13 evaluation): written from the reports and their gold without
reading the router, the other banks or their sources. Here it is checked like final: validate.py --set
blind3 recomputes every expected answer from the gold cells and the report texts; the file is exactly what
blind3/src_blind3.py builds; building it leaves dev/holdout/final as they were; and no question repeats a
dev, holdout or final question word for word.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

QDIR = Path(__file__).resolve().parent.parent / "eval" / "questions"


def _questions(path: Path) -> list[str]:
    return [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _plain(q: str) -> str:
    """A question without spaces and punctuation: 「予以公开的有几件？」 = 「予以公开的有几件」."""
    return re.sub(r"[\s\W_]+", "", q)


def test_blind3_bank_validates_against_gold_and_report_texts():
    run = subprocess.run(
        [sys.executable, str(QDIR / "validate.py"), "--set", "blind3", "--table"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " 0 errors" in run.stdout
    assert "| refuse |" in run.stdout


def test_blind3_jsonl_is_what_the_source_builds():
    sys.path.insert(0, str(QDIR))
    try:
        import build

        before, final_before = build.render(), build.render_final("final")
        blind3 = build.render_final("blind3")
        after, final_after = build.render(), build.render_final("final")
    finally:
        sys.path.remove(str(QDIR))
    assert (QDIR / "blind3" / "blind3.jsonl").read_text(encoding="utf-8") == blind3, (
        "blind3.jsonl differs: run eval/questions/build.py --set blind3"
    )
    assert before == after and final_before == final_after, "building blind3 changed another bank"
    rows = [json.loads(line) for line in blind3.splitlines()]
    assert len(rows) >= 300
    assert [r["id"] for r in rows] == [f"b{n:04d}" for n in range(1, len(rows) + 1)]
    refusals = sum(1 for r in rows if r["expect"].get("refuse"))
    assert refusals >= 0.2 * len(rows), "the brief asks for at least 20 % unanswerable questions"


def test_blind3_shares_no_question_with_the_other_banks():
    others = set()
    for path in (QDIR / "dev.jsonl", QDIR / "holdout.jsonl", QDIR / "final" / "final.jsonl"):
        others |= {_plain(q) for q in _questions(path)}
    mine = _questions(QDIR / "blind3" / "blind3.jsonl")
    repeated = [q for q in mine if _plain(q) in others]
    assert not repeated, f"{len(repeated)} blind3 questions repeat another bank word for word"


def test_unknown_blind_set_is_refused():
    run = subprocess.run(
        [sys.executable, str(QDIR / "build.py"), "--set", "nosuch"], capture_output=True, text=True, timeout=120
    )
    assert run.returncode != 0 and "--set must be one of" in (run.stdout + run.stderr)
