"""The final blind question bank (eval/questions/final) stays true to the corpus and to its sources.

final.jsonl is scored by the lead only; here it is checked like dev/holdout: every expected answer is
recomputed from the gold cells and the report texts by validate.py --set final, and the file is exactly
what final/src_final.py builds (a hand edit of the .jsonl or a gold correction that breaks an answer fails
here). Building the final set must leave dev/holdout untouched.
"""

import json
import subprocess
import sys
from pathlib import Path

QDIR = Path(__file__).resolve().parent.parent / "eval" / "questions"


def test_final_bank_validates_against_gold_and_report_texts():
    run = subprocess.run(
        [sys.executable, str(QDIR / "validate.py"), "--set", "final", "--table"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " 0 errors" in run.stdout
    assert "| refuse |" in run.stdout  # the final table's scope/cross/refuse breakdown


def test_final_jsonl_is_what_the_sources_build():
    sys.path.insert(0, str(QDIR))
    try:
        import build

        before = build.render()
        final = build.render_final()
        after = build.render()
    finally:
        sys.path.remove(str(QDIR))
    assert (QDIR / "final" / "final.jsonl").read_text(encoding="utf-8") == final, (
        "final.jsonl differs: run eval/questions/build.py --set final"
    )
    assert before == after, "building the final set changed what dev/holdout render"
    rows = [json.loads(line) for line in final.splitlines()]
    assert len(rows) >= 320
    assert [r["id"] for r in rows] == [f"f{n:04d}" for n in range(1, len(rows) + 1)]


def test_final_bank_shares_no_question_with_dev_or_holdout():
    dev = {
        json.loads(line)["q"]
        for name in ("dev", "holdout")
        for line in (QDIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    }
    final = [
        json.loads(line)["q"] for line in (QDIR / "final" / "final.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert not dev & set(final), "a final question repeats a dev/holdout question word for word"
