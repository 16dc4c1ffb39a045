"""`xxgk ask --agency` reads a part of a name or its region as `xxgk list --agency` and the overview read it
(userprobe7: 「--agency 淮安」 answered 「没有找到」 while `list --agency 淮安` listed 洪泽区); a name the asker
knows as one body stays that body (「平潭」 is 平潭综合实验区, not also its 君山片区); several bodies are said, to
choose from — the CLI as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from webserver import ROOT


@pytest.fixture(scope="module")
def data(tmp_path_factory, corpus):
    d = str(tmp_path_factory.mktemp("agency") / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    for folder in ("reports", "unlabeled"):
        r = subprocess.run(
            [sys.executable, "-m", "api.cli", "ingest", str(corpus / folder), "--data-dir", d], cwd=ROOT, env=env
        )
        assert r.returncode in (0, 2)  # (unlabeled/ holds its metadata .json beside the reports: said, skipped)
    return d


def _ask(data: str, agency: str, q: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "ask", "--data-dir", data, "--agency", agency, q],
        cwd=ROOT,
        capture_output=True,
        env=env,
        timeout=180,
    )


def test_a_region_naming_one_body_is_that_body(data):
    p = _ask(data, "淮安", "新收多少件")
    out = p.stdout.decode()
    assert p.returncode == 0 and "21件" in out and "洪泽区人民政府" in out, (out, p.stderr.decode())


def test_a_name_the_asker_knows_stays_its_body(data):
    out = _ask(data, "平潭", "2022年新收多少件").stdout.decode()
    assert "74件" in out and "君山" not in out, out


def test_several_bodies_are_said_to_choose_from(data):
    p = _ask(data, "河北", "新收多少件")
    err = p.stderr.decode()
    assert p.returncode != 0 and "河北省教育厅" in err and "河北省科学技术厅" in err and "Traceback" not in err, err
