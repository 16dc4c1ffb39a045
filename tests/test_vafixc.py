"""Shares and measures asked the way users ask them (blindva): a share whose division the user writes out
(「占比呢 予以公开除以新收」「办结率（办理结果总计除以新收）是多少」) is a share in %, never 0.28倍 (倍 only when 倍 is
asked); 「一共办了多少件」 is 办理结果总计 (it was refused); a share's side typed as a homophone (「予以公凯」「出理的」)
or the handled ones said bare (「处理的占收到的」) is the template's measure (it was refused: 「没有说明占哪一项」), while
a side written right is never heard as another (不予公开 is not 予以公开, 政策文件 not 政策解读)."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from rag import intent
from rag.ask import simplified
from webserver import ROOT


def _read(q: str):
    p = intent.parse(simplified(q))
    return p.operation, [(c.table, c.row) for c in p.cells], [(c.table, c.row) for c in p.bases or []]


# 平潭综合实验区 2022 (corpus): 本年新收 74, 予以公开 21, 办理结果（七）总计 75
R1_OF_NEW = 28.38
R7_OF_NEW = 101.35


@pytest.mark.parametrize(
    "q",
    [
        "平潭2022年予以公开除以新收的占比是多少",
        "平潭2022年予以公开除以新收是百分之几",
        "平潭2022年占比 予以公开除以新收",  # the share said first, then its division
        "平潭2022年予以公开除以新收占比多少",  # voice: no punctuation
        "嗯 平潭2022年 予以公开除以本年新收 比例是多少啊",  # a chat filler
        "平潭2022年予以公開除以新收的佔比是多少",  # 繁體
    ],
)
def test_a_share_asked_as_a_division_is_a_percentage(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.unit == "%" and ans.value == pytest.approx(R1_OF_NEW, abs=0.01), ans.answer
    assert "倍" not in ans.answer and "予以公开" in ans.answer and "本年新收" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "平潭2022年办结率（办理结果总计除以新收）是多少",
        "平潭2022年辦結率（辦理結果總計除以新收）是多少",
        "平潭2022年办结率 办理结果总计除以新收 多少",
    ],
)
def test_a_rate_with_its_division_written_is_that_division_in_percent(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.unit == "%" and ans.value == pytest.approx(R7_OF_NEW, abs=0.01), ans.answer
    assert "办理结果（七）总计" in ans.answer and "本年新收" in ans.answer, ans.answer  # the formula stated


@pytest.mark.parametrize("q", ["平潭2022年予以公开除以新收是几倍", "平潭2022年予以公开是新收的几倍"])
def test_times_asked_stays_times(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.unit == "倍" and ans.value == pytest.approx(0.28, abs=0.01), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "平潭综合实验区2022年一共办了多少件",
        "平潭2022年共办了几件",
        "平潭2022年办了几件申请",
        "平潭2022年度一共办理多少件",
        "平潭2022年全年办了多少件？",
    ],
)
def test_how_many_were_handled_is_the_results_total(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.value == 75 and ans.unit == "件", ans.answer


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("平潭2022年予以公凯占新收的比例是多少", R1_OF_NEW),
        ("平潭2022年予以公开占新手的比例是多少", R1_OF_NEW),  # the whole mistyped
        ("平潭2022年出理的占收到的百分之几", R7_OF_NEW),
        ("平潭2022年处理的占收到的百分之几", R7_OF_NEW),  # the handled ones said bare
        ("平潭2022年予以公凯占新收的比例", R1_OF_NEW),
    ],
)
def test_a_shares_side_typed_as_it_sounds(corpus_asker, q, value):
    ans = corpus_asker.ask(q)
    assert ans.unit == "%" and ans.value == pytest.approx(value, abs=0.01), ans.answer


def test_a_share_in_a_chain_written_as_a_division(corpus_asker):
    turns = ["平潭2022年依申请公开收到多少件", "其中同意公开的几件"]
    history: list[str] = []
    for t in turns:
        ans = corpus_asker.ask(t, previous=history or None)
        history.append(ans.read_as or t)
    ans = corpus_asker.ask("占比呢 予以公开除以新收", previous=history)
    assert ans.unit == "%" and ans.value == pytest.approx(R1_OF_NEW, abs=0.01), ans.answer


@pytest.mark.parametrize(
    ("q", "row"),
    [
        # near misses that are real other measures: never heard as the one they resemble
        ("不予公开占新收的比例是多少", "r3"),
        ("部分公开占新收的比例是多少", "r2"),
        ("予以公开占新收的比例是多少", "r1"),
    ],
)
def test_a_side_written_right_is_read_as_written(q, row):
    op, cells, bases = _read(q)
    assert op == "share" and cells == [("t3", row)] and bases == [("t3", "new")], (op, cells, bases)


def test_a_near_miss_side_is_not_another_measure():
    assert intent.side_slipped("政策文件") == []  # (never 政策解读)
    assert intent.side_slipped("不予公开") == []  # (read as written: nothing to hear)
    assert intent.side_slipped("举办的") == []  # (举办 is no handling of applications)
    assert [(c.table, c.row) for c in intent.side_slipped("予以公凯")] == [("t3", "r1")]
    assert [(c.table, c.row) for c in intent.side_slipped("部分公凯")] == [("t3", "r2")]


@pytest.mark.parametrize("q", ["举办了多少场培训", "承办了多少件建议提案"])
def test_other_doing_is_not_the_results_total(q):
    _, cells, _ = _read(q)
    assert ("t3", "r7") not in cells, cells


def test_the_cli_chat_answers_a_division_as_a_share(tmp_path, corpus):
    data = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    assert (
        subprocess.run(
            [*run, "ingest", str(corpus / "reports"), "--data-dir", data], cwd=ROOT, env=env, capture_output=True
        ).returncode
        == 0
    )
    p = subprocess.run(
        [*run, "ask", "--data-dir", data],
        cwd=ROOT,
        input="平潭2022年新收多少件\n占比呢 予以公开除以新收\n平潭2022年一共办了多少件\n".encode(),
        capture_output=True,
        env=env,
        timeout=240,
    )
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0, out
    assert "28.38%" in out and "0.28倍" not in out, out
    assert "75件" in out, out


@pytest.fixture(scope="module")
def served(tmp_path_factory, corpus):
    from webserver import Server

    data = tmp_path_factory.mktemp("vafixc_data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(corpus / "reports"), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = Server(data)
    yield s
    s.stop()


def test_the_api_answers_a_mistyped_share_and_a_division(served):
    r = httpx.post(served.url + "/api/ask", json={"question": "平潭2022年予以公凯占新收的比例是多少"}, timeout=120)
    assert r.status_code == 200 and r.json()["value"] == pytest.approx(R1_OF_NEW, abs=0.01), r.text
    r = httpx.post(
        served.url + "/api/ask", json={"question": "平潭2022年办结率（办理结果总计除以新收）是多少"}, timeout=120
    )
    assert r.status_code == 200 and r.json()["value"] == pytest.approx(R7_OF_NEW, abs=0.01), r.text
    assert r.json()["unit"] == "%", r.text


@pytest.mark.parametrize("q", ["平潭2022年予以公开率是多少", "平潭2022年的予以公开率", "平潭2022年予以公開率多少呢"])
def test_a_table_rate_is_the_tables_never_another_rate_the_text_prints(corpus_asker, q):
    # 平潭 2022's text prints 「办结率100%」: never the answer to 予以公开率 (予以公开 21 ÷ 办理结果总计 75)
    ans = corpus_asker.ask(q)
    assert ans.unit == "%" and ans.value == pytest.approx(28.0, abs=0.01), ans.answer
    assert "办理结果（七）总计" in ans.answer and "办结率100%" not in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "平潭2022年新收里面予以公开的占几成",
        "平潭2022年收到的申请里 予以公开的占百分之几",
        "平潭2022年新收申请中予以公开的占比",
    ],
)
def test_a_whole_written_before_the_part(corpus_asker, q):
    ans = corpus_asker.ask(q)
    assert ans.unit == "%" and ans.value == pytest.approx(R1_OF_NEW, abs=0.01), ans.answer


def test_a_column_within_its_row_stays_the_rows_column():
    assert _read("2022年新收申请中，自然人占比") == ("share", [("t3", "new")], [])
