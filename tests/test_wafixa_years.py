"""wafixa (blindwa's misses): 「这个单位/本单位/我们」 with 「几年的年报」「哪年…最多」 asked while one report is chosen is
over every stored report of the chosen report's body (its years), never the chosen report's one figure."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from webserver import ROOT

YINZHOU = ("eval/wild11/reports/t21-yinzhou-scj-bs4pipe-2021.txt", "eval/wild/reports/md21-yinzhou-mineru-2024.md")


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("wafixa_years") / "s")
    ids = {}
    for f in YINZHOU:
        r = extract_path(str(ROOT / f))
        store.add(r)
        ids[r.year] = r.id
    a = Asker(store, Index(store))
    a.ids = ids  # type: ignore[attr-defined]
    return a


@pytest.mark.parametrize(
    ("q", "top"),
    [
        ("库里这个单位几年的年报 哪年办结得最多", 2024),
        ("我们单位哪一年办结的最多", 2024),
        ("本单位哪年收到的申请最少啊", 2021),
        ("那个 这个单位哪年新收最多", 2024),
        ("這個單位哪一年辦結得最多", 2024),
        ("库里我们几份报告 哪年行政复议多", None),
    ],
)
def test_which_year_on_a_chosen_report_reads_the_body_s_years(asker, q, top):
    for chosen in (2021, 2024):
        ans = asker.ask(q, report_id=asker.ids[chosen])
        assert "2021年" in ans.answer and "2024年" in ans.answer, (q, chosen, ans.answer)
        if top:
            assert ans.answer.split("，")[0].endswith(f"{top}年最多") or ans.answer.split("，")[0].endswith(
                f"{top}年最少"
            ), (q, ans.answer)


def test_the_named_body_and_the_chosen_report_agree(asker):
    named = asker.ask("宁波市鄞州区市场监督管理局哪年办结得最多")
    chosen = asker.ask("这个单位几年的年报 哪年办结得最多", report_id=asker.ids[2021])
    assert named.value == chosen.value == 101 and "2024年最多" in chosen.answer, (named.answer, chosen.answer)


def test_one_year_asked_stays_the_chosen_report(asker):
    ans = asker.ask("今年办结了多少件", report_id=asker.ids[2024])
    assert ans.value == 101 and "2021年" not in ans.answer, ans.answer


def test_the_cli_reads_the_years_of_the_chosen_report_s_body(tmp_path, asker):
    d = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    for f in YINZHOU:
        assert (
            subprocess.run(
                [sys.executable, "-m", "api.cli", "ingest", str(ROOT / f), "--data-dir", d], cwd=ROOT, env=env
            ).returncode
            == 0
        )
    rid = asker.ids[2021]  # (a report's id is its content's: the same in every store)
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "api.cli",
            "ask",
            "--data-dir",
            d,
            "--report",
            rid,
            "库里这个单位几年的年报 哪年办结得最多",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "2024年最多" in p.stdout and "101" in p.stdout, p.stdout + p.stderr
