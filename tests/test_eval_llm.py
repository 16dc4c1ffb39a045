"""The eval gates with the LLM on (`python -m eval metrics --llm`, `qa --llm --banks dev holdout`) run end to end
against the scripted stand-in model and still pass: the LLM wiring of extraction and answers is
exercised the way the gates run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from llm_server import ScriptedLLM, stand_in

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("gate", ["metrics", "qa"])
def test_eval_gate_with_llm(tmp_path, gate):
    with ScriptedLLM(stand_in) as server:
        env = {
            **os.environ,
            "XXGK_LLM_MODEL": "scripted",
            "OPENAI_BASE_URL": server.url,
            "OPENAI_API_KEY": "x",
            "XXGK_DATA_DIR": str(tmp_path / "d"),
        }
        out = tmp_path / f"{gate}.json"
        # qa: the gated banks (dev, holdout) with the LLM on; the scored blind banks are asked by the rules-only gate
        only = ["--banks", "dev", "holdout"] if gate == "qa" else []
        p = subprocess.run(
            [sys.executable, "-m", "eval", gate, "--llm", *only, "--json", str(out)],
            capture_output=True,
            env=env,
            cwd=ROOT,
            timeout=600,
        )
    assert p.returncode == 0, p.stdout.decode()[-2000:] + p.stderr.decode()[-2000:]
    assert server.requests  # the model was asked
    summary = json.loads(out.read_text(encoding="utf-8"))
    if gate == "metrics":
        runs = [r["llm"] for r in summary["per_report"]]
        assert all(r and r["passes"] == "lean" for r in runs)
        assert sum(r["calls"] for r in runs) == len(server.requests) < len(runs)  # most reports need no call
    else:
        assert sorted(summary["bank"]) == ["dev", "holdout"]
        assert summary["bank_dev_accuracy"] >= 0.94 and summary["bank_holdout_accuracy"] >= 0.86
