"""Settings are built once from flags and environment; a bad value is one Chinese line, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.settings import Settings, SettingsError

LLM = {"XXGK_LLM_MODEL": "m", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"}


def test_the_data_dir_flag_wins_and_carries_the_llm_cache():
    env = {**LLM, "XXGK_DATA_DIR": "/env/dir"}
    assert Settings.load(env, data_dir="/flag/dir").llm.cache_dir == Path("/flag/dir/llm-cache")
    assert Settings.load(env).data_dir == Path("/env/dir")
    assert Settings.load(LLM).data_dir == Path(".xxgk")


def test_llm_flag_and_environment():
    assert Settings.load({}).llm is None  # no model: rules only
    assert Settings.load(LLM, llm=False).llm is None  # --no-llm
    assert Settings.load(LLM).llm.passes == "lean"
    assert Settings.load(LLM, llm="always").llm.passes == "always"  # --llm=always
    assert Settings.load({**LLM, "XXGK_LLM_PASS": "always"}, llm="on").llm.passes == "always"
    cfg = Settings.load(
        {
            **LLM,
            "XXGK_LLM_TIMEOUT": "7.5",
            "XXGK_LLM_REPORT_TIMEOUT": "20",
            "XXGK_LLM_MAX_RETRIES": "0",
            "XXGK_LLM_MODE": "MD_JSON",
        }
    ).llm
    assert (cfg.timeout, cfg.report_timeout, cfg.max_retries, cfg.mode) == (7.5, 20.0, 0, "md_json")
    with pytest.raises(SettingsError, match="XXGK_LLM_MODEL"):
        Settings.load({}, llm="on")  # --llm without a model


@pytest.mark.parametrize(
    "name,value",
    [
        ("XXGK_LLM_TIMEOUT", "abc"),
        ("XXGK_LLM_TIMEOUT", "-1"),
        ("XXGK_LLM_TIMEOUT", "nan"),
        ("XXGK_LLM_MAX_RETRIES", "1.5"),
        ("XXGK_LLM_MODE", "yaml"),
        ("XXGK_LLM_PASS", "sometimes"),
        ("XXGK_MAX_UPLOAD_BYTES", "abc"),
    ],
)
def test_a_bad_value_names_the_variable(name, value):
    with pytest.raises(SettingsError) as err:
        Settings.load({**LLM, name: value})
    assert name in str(err.value) and value in str(err.value)


def test_cli_reports_a_bad_setting_in_one_line(tmp_path, corpus):
    env = {**os.environ, **LLM, "XXGK_LLM_TIMEOUT": "abc"}
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "extract", str(corpus / "reports" / "ankang-2022.txt")],
        capture_output=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    err = p.stderr.decode()
    assert p.returncode == 2 and "XXGK_LLM_TIMEOUT" in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_serve_refuses_a_bad_setting_before_starting(tmp_path):
    env = {**os.environ, "XXGK_MAX_UPLOAD_BYTES": "abc"}
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "serve", "--port", "9", "--data-dir", str(tmp_path)],
        capture_output=True,
        env=env,
        timeout=120,
        cwd=tmp_path,
    )
    err = p.stderr.decode()
    assert p.returncode == 2 and "XXGK_MAX_UPLOAD_BYTES" in err and "Traceback" not in err
