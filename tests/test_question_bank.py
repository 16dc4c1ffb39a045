"""The question bank (eval/questions) stays true to the corpus and to its own sources.

Its expected answers are recomputed from the gold cells and checked against the report texts by
eval/questions/validate.py; a gold correction or a hand edit of a .jsonl file that breaks an
answer fails here, not silently in the QA gate.
"""

import subprocess
import sys
from pathlib import Path

import pytest

QDIR = Path(__file__).resolve().parent.parent / "eval" / "questions"


def test_bank_validates_against_gold_and_report_texts():
    run = subprocess.run([sys.executable, str(QDIR / "validate.py")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " 0 errors" in run.stdout


def test_jsonl_files_are_what_the_sources_build():
    sys.path.insert(0, str(QDIR))
    try:
        import build

        rendered = build.render()
    finally:
        sys.path.remove(str(QDIR))
    for name, text in rendered.items():
        assert (QDIR / f"{name}.jsonl").read_text(encoding="utf-8") == text, (
            f"{name}.jsonl differs: run eval/questions/build.py"
        )


def test_blind4_bank_validates_and_is_what_its_source_builds():
    """blind4 (eval/questions/blind4): a blind bank for scoring only, checked like the others; at least
    20 % refusals and 25 % cross-report questions, as written (its README)."""
    run = subprocess.run(
        [sys.executable, str(QDIR / "validate.py"), "--set", "blind4"], capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " 0 errors" in run.stdout
    sys.path.insert(0, str(QDIR))
    try:
        import build

        text = build.render_final("blind4")
    finally:
        sys.path.remove(str(QDIR))
    assert (QDIR / "blind4" / "blind4.jsonl").read_text(encoding="utf-8") == text, "run build.py --set blind4"
    import json

    rows = [json.loads(line) for line in text.splitlines()]
    refuse = sum(1 for r in rows if r["expect"].get("refuse"))
    assert refuse >= 0.20 * len(rows)


# the blind banks scored, not gated: (name, at least this many questions, refusals share, cross-report share)
# as each README states it; each repeats no question of the banks before it
LATER_BLIND = [
    ("blind5", 500, 0.20, 0.25),
    ("blind6", 450, 0.18, 0.25),
    ("blind7", 850, 0.15, 0.20),
    ("blind8", 850, 0.15, 0.20),
]
EARLIER_BANKS = ["dev.jsonl", "holdout.jsonl", "final/final.jsonl", "blind3/blind3.jsonl", "blind4/blind4.jsonl"]


@pytest.mark.parametrize(("name", "at_least", "refusals", "cross_share"), LATER_BLIND)
def test_later_blind_banks_validate_and_are_what_their_sources_build(name, at_least, refusals, cross_share):
    """blind5, blind6, blind7, blind8 (eval/questions/blindN): validated against the corpus, the .jsonl exactly what the
    source builds, the mix the README promises, and no question of an earlier bank word for word (spaces
    and punctuation aside)."""
    import json
    import re

    run = subprocess.run(
        [sys.executable, str(QDIR / "validate.py"), "--set", name, "--table"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " 0 errors" in run.stdout
    cross = re.search(r"cross-report\): (\d+)", run.stdout)
    sys.path.insert(0, str(QDIR))
    try:
        import build

        text = build.render_final(name)
    finally:
        sys.path.remove(str(QDIR))
    assert (QDIR / name / f"{name}.jsonl").read_text(encoding="utf-8") == text, f"run build.py --set {name}"
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) >= at_least
    assert sum(1 for r in rows if r["expect"].get("refuse")) >= refusals * len(rows)
    assert cross and int(cross.group(1)) >= cross_share * len(rows)

    def norm(q):
        return re.sub(r"[\W_]+", "", q)

    earlier = EARLIER_BANKS + [f"{b}/{b}.jsonl" for b, *_ in LATER_BLIND[: [b for b, *_ in LATER_BLIND].index(name)]]
    others = {
        norm(json.loads(line)["q"])
        for bank in earlier
        for line in (QDIR / bank).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert not [r["id"] for r in rows if norm(r["q"]) in others]
