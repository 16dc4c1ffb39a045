"""The question bank (eval/questions) stays true to the corpus and to its own sources.

Its expected answers are recomputed from the gold cells and checked against the report texts by
eval/questions/validate.py; a gold correction or a hand edit of a .jsonl file that breaks an
answer fails here, not silently in the QA gate.
"""

import subprocess
import sys
from pathlib import Path

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


def test_blind5_bank_validates_and_is_what_its_source_builds():
    """blind5 (eval/questions/blind5): the fifth blind bank, scored not gated; as written (its README) it
    has at least 500 questions, 20 % refusals, 25 % cross-report questions and repeats no question of the
    other banks word for word (spaces and punctuation aside)."""
    import json
    import re

    run = subprocess.run(
        [sys.executable, str(QDIR / "validate.py"), "--set", "blind5", "--table"],
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

        text = build.render_final("blind5")
    finally:
        sys.path.remove(str(QDIR))
    assert (QDIR / "blind5" / "blind5.jsonl").read_text(encoding="utf-8") == text, "run build.py --set blind5"
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) >= 500
    assert sum(1 for r in rows if r["expect"].get("refuse")) >= 0.20 * len(rows)
    assert cross and int(cross.group(1)) >= 0.25 * len(rows)

    def norm(q):
        return re.sub(r"[\W_]+", "", q)

    others = {
        norm(json.loads(line)["q"])
        for name in ("dev.jsonl", "holdout.jsonl", "final/final.jsonl", "blind3/blind3.jsonl", "blind4/blind4.jsonl")
        for line in (QDIR / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert not [r["id"] for r in rows if norm(r["q"]) in others]


def test_blind6_bank_validates_and_is_what_its_source_builds():
    """blind6 (eval/questions/blind6): the sixth blind bank, scored not gated; as written (its README) it
    has at least 450 questions, 18 % refusals, 25 % cross-report questions and repeats no question of the
    other banks word for word (spaces and punctuation aside)."""
    import json
    import re

    run = subprocess.run(
        [sys.executable, str(QDIR / "validate.py"), "--set", "blind6", "--table"],
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

        text = build.render_final("blind6")
    finally:
        sys.path.remove(str(QDIR))
    assert (QDIR / "blind6" / "blind6.jsonl").read_text(encoding="utf-8") == text, "run build.py --set blind6"
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) >= 450
    assert sum(1 for r in rows if r["expect"].get("refuse")) >= 0.18 * len(rows)
    assert cross and int(cross.group(1)) >= 0.25 * len(rows)

    def norm(q):
        return re.sub(r"[\W_]+", "", q)

    others = {
        norm(json.loads(line)["q"])
        for name in (
            "dev.jsonl",
            "holdout.jsonl",
            "final/final.jsonl",
            "blind3/blind3.jsonl",
            "blind4/blind4.jsonl",
            "blind5/blind5.jsonl",
        )
        for line in (QDIR / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert not [r["id"] for r in rows if norm(r["q"]) in others]
