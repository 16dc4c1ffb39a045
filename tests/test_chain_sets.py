"""A chat over several bodies asked the same thing (「平潭…予以公开率」「河北省教育厅呢」「河北省科学技术厅呢」),
then an operation over them: 「三个加起来多少」 adds counts but never rates (each a share of its own body's
whole: 142.13% was answered), and 「哪个最高」「最低的呢」 right after such a turn rank the same bodies (it was
read as a question of its own, 「哪个单位三个加起来最多」: 报告未提及)."""

from __future__ import annotations

import os
import subprocess
import sys

from chatting import chat
from test_hostile import ROOT

THREE = ["平潭综合实验区2021年{m}", "河北省教育厅呢", "河北省科学技术厅呢"]


def _chat(asker, turns: list[str]):
    """The last answer of the turns asked in order, the conversation kept as the CLI chat keeps it."""
    return chat(asker, turns)[-1]


def test_three_rates_are_not_added(corpus_asker):
    turns = [t.format(m="予以公开率") for t in THREE]
    ans = _chat(corpus_asker, [*turns, "三个加起来多少"])
    assert ans.value is None and "直接相加没有意义" in ans.answer, ans.answer
    for rate in ("43.48%", "48.65%", "50%"):  # each body's own rate is still said
        assert rate in ans.answer


def test_three_counts_are_added(corpus_asker):
    turns = [t.format(m="新收多少件") for t in THREE]
    ans = _chat(corpus_asker, [*turns, "三家一共多少"])
    assert ans.value == 70 + 37 + 2 and ans.unit == "件", ans.answer


def test_which_highest_after_an_operation_over_the_bodies(corpus_asker):
    turns = [t.format(m="予以公开率") for t in THREE]
    top = _chat(corpus_asker, [*turns, "三个加起来多少", "哪个最高"])
    assert top.value == 50 and "最高的是河北省科学技术厅" in top.answer, top.answer
    low = _chat(corpus_asker, [*turns, "三个加起来多少", "哪个最高", "最低的呢"])
    assert low.value == 43.48 and "最低的是平潭综合实验区" in low.answer, low.answer
    counts = [t.format(m="新收多少件") for t in THREE]
    least = _chat(corpus_asker, [*counts, "三家一共多少", "那哪个最少"])
    assert least.value == 2 and "最少的是河北省科学技术厅" in least.answer, least.answer


def test_the_cli_chat_ranks_the_bodies_after_their_sum(tmp_path, corpus):
    data = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    files = [str(corpus / "reports" / "pingtan-2021.txt"), str(corpus / "reports" / "hebei-edu-2021.txt")]
    files.append(str(corpus / "unlabeled" / "hebei-kjt-2021.txt"))
    assert subprocess.run([*run, "ingest", *files, "--data-dir", data], cwd=ROOT, env=env).returncode == 0
    lines = [t.format(m="予以公开率") for t in THREE] + ["三个加起来多少", "哪个最高"]
    p = subprocess.run(
        [*run, "ask", "--data-dir", data],
        cwd=ROOT,
        input="\n".join(lines).encode() + b"\n",
        capture_output=True,
        env=env,
        timeout=240,
    )
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0, out
    assert "直接相加没有意义" in out and "最高的是河北省科学技术厅" in out, out
    assert "142.13%" not in out
