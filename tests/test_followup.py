"""Follow-ups in a conversation (a user's chat: 「平潭2022年行政复议多少件」 then 「那2021年呢」「洪泽区呢」「换成部分
公开」): the previous question asked again with the one part named changed — its year, its body, the table row —
and the answer says the question it was read as. Asked alone, those messages went over every report (「那2021年
呢」: every 2021 report, no measure). A message that asks something of its own is never read as a follow-up. The
rules (rag/followup.py), the asker, the CLI's 问答模式, the API over HTTP and the web page's chat in Chromium."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from rag import followup
from webserver import ROOT


def _bodies(text: str) -> list[str]:
    return [n for n in ("平潭", "洪泽区", "河北省教育厅") if n in text]


@pytest.mark.parametrize(
    ("previous", "q", "read"),
    [
        ("平潭2022年行政复议多少件", "那2021年呢", "平潭2021年行政复议多少件"),
        ("平潭2022年行政复议多少件", "那21年的呢？", "平潭2021年行政复议多少件"),
        ("平潭2022年行政复议多少件", "洪泽区呢", "洪泽区2022年行政复议多少件"),
        ("平潭2022年行政复议多少件", "那洪泽区2023年呢", "洪泽区2023年行政复议多少件"),
        ("洪泽区2023年行政复议多少件", "换成部分公开", "洪泽区2023年部分公开多少件"),
        ("洪泽区2023年行政复议多少件", "那不予公开呢", "洪泽区2023年不予公开多少件"),
    ],
)
def test_the_part_named_is_changed(previous, q, read):
    assert followup.resolve(previous, q, _bodies) == read


@pytest.mark.parametrize(
    "q",
    ["好吧", "那2021年收到多少申请呢", "平潭2021年行政复议多少件", "那哪个单位最多呢", "谢谢"],
)
def test_a_message_of_its_own_stands_alone(q):
    assert followup.resolve("平潭2022年行政复议多少件", q, _bodies) is None


def test_a_choice_not_said_is_not_guessed():
    # two bodies asked before: which one 「洪泽区呢」 replaces is not said; two years before: which 「那2021年呢」 replaces
    assert followup.resolve("平潭和河北省教育厅2022年行政复议多少件", "洪泽区呢", _bodies) is None
    assert followup.resolve("平潭2021年和2022年行政复议多少件", "那2020年呢", _bodies) is None


def test_the_asker_reads_and_says_the_follow_up(corpus_asker):
    first = corpus_asker.ask("平潭2022年行政复议多少件")
    assert first.read_as is None
    ans = corpus_asker.ask("那2021年呢", previous="平潭2022年行政复议多少件")
    assert ans.read_as == "平潭2021年行政复议多少件" and ans.value == 3, ans.answer
    assert ans.answer.startswith("（按「平潭2021年行政复议多少件」理解）") and ans.question == "那2021年呢"
    alone = corpus_asker.ask("那2021年呢")
    assert alone.read_as is None and alone.value != 3, alone.answer


def test_the_cli_chat_follows_on(tmp_path, corpus):
    data = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    assert (
        subprocess.run([*run, "ingest", str(corpus / "reports"), "--data-dir", data], cwd=ROOT, env=env).returncode == 0
    )
    p = subprocess.run(
        [*run, "ask", "--data-dir", data],
        cwd=ROOT,
        input="平潭2022年行政复议多少件\n那2021年呢\n洪泽区呢\n那2023年呢\n".encode(),
        capture_output=True,
        env=env,
        timeout=180,
    )
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0, out
    assert "（按「平潭2021年行政复议多少件」理解）3件" in out, out
    assert "（按「洪泽区2023年行政复议多少件」理解）" in out, (
        out
    )  # 「洪泽区呢」 then 「那2023年呢」: read on the last reading


@pytest.fixture(scope="module")
def served(tmp_path_factory, corpus):
    from webserver import Server

    data = tmp_path_factory.mktemp("followup_data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(corpus / "reports"), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = Server(data)
    yield s
    s.stop()


def test_the_api_takes_the_previous_question(served):
    r = httpx.post(
        served.url + "/api/ask", json={"question": "那2021年呢", "previous": "平潭2022年行政复议多少件"}, timeout=60
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["read_as"] == "平潭2021年行政复议多少件" and body["value"] == 3, body
    r = httpx.post(
        served.url + "/api/ask",
        json={"question": "那2021年呢", "previous": "平潭2022年行政复议多少件", "stream": True},
        timeout=60,
    )
    assert r.status_code == 200 and "平潭2021年行政复议多少件" in r.text, r.text


def test_the_web_chat_follows_on(served):
    from playwright.sync_api import expect, sync_playwright

    from test_web import CHROMIUM, DESKTOP, FLAGS, Page

    expect.set_options(timeout=20_000)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = Page(b, DESKTOP, served.url).goto("/")
        for q in ("平潭2022年行政复议多少件", "那2021年呢"):
            page.fill("#question", q)
            page.press("#question", "Enter")
            expect(page.locator(".qa").last.locator(".a")).not_to_contain_text("正在回答")
        expect(page.locator(".qa").last.locator(".a")).to_contain_text("按「平潭2021年行政复议多少件」理解")
        b.close()
    expect.set_options(timeout=5_000)
