"""What a user meets (userprobe6): the chat's follow-ups in `xxgk ask`'s chat mode and on the web page.
Real processes, a real `xxgk serve` on loopback, Debian's Chromium through Playwright; no mocks of our code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_web import CHROMIUM, DESKTOP, FLAGS, Page
from webserver import ROOT, Server


@pytest.fixture(scope="module")
def store(tmp_path_factory, corpus) -> Path:
    src = tmp_path_factory.mktemp("reports")
    for name in ("pingtan-2021.txt", "pingtan-2022.txt"):
        shutil.copy(corpus / "reports" / name, src / name)
    data = tmp_path_factory.mktemp("data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(src), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return data


def chat(store: Path, lines: str, *flags: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM") and k != "XXGK_DEBUG"}
    return subprocess.run(
        [sys.executable, "-m", "api.cli", "ask", "--data-dir", str(store), *flags],
        cwd=ROOT,
        input=lines.encode(),
        capture_output=True,
        env=env,
        timeout=300,
    )


def test_chat_mode_json_is_one_answer_a_line(store):
    """`… | xxgk ask --json` (chat mode) printed its banner and 「问> 」 prompts into stdout, each answer an
    indented object after the prompt: nothing a program could parse. Now stdout is JSON Lines."""
    p = chat(store, "平潭2022年新收多少件\n那2021年呢\n", "--json")
    assert p.returncode == 0, p.stderr.decode()
    out = p.stdout.decode().splitlines()
    answers = [json.loads(line) for line in out]  # every line one object
    assert len(answers) == 2, out
    assert answers[0]["value"] == 74 and "2021" in (answers[1]["read_as"] or ""), answers
    assert "进入问答模式" in p.stderr.decode()  # the banner is still said, to the person typing


def test_chat_mode_transcript_is_answers_only(store):
    """A piped chat's stdout read 「问> 74件（自然人71件…」: the prompt glued to each answer."""
    p = chat(store, "平潭2022年新收多少件\n")
    out = p.stdout.decode()
    assert out.startswith("74件"), out
    assert "问>" not in out and "问答模式" not in out, out


def test_a_follow_up_not_understood_claims_no_scope(store):
    """「为什么呢」 after a question was answered 「没能读懂这句追问…请把问题说完整」 and then
    「范围：全部1个机关 2021—2022年（2份报告）」, as if it had been answered over every report."""
    p = chat(store, "平潭2022年新收多少件\n为什么呢\n")
    out = p.stdout.decode()
    assert "没能读懂这句追问" in out, out
    after = out.split("没能读懂这句追问", 1)[1]
    assert "范围" not in after, out


@pytest.fixture(scope="module")
def served(store):
    s = Server(store)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "Debian chromium is required (scripts/test installs it)"
    expect.set_options(timeout=20_000)  # a loaded machine renders late
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()
    expect.set_options(timeout=5_000)


def test_the_page_says_no_scope_for_a_follow_up_not_understood(browser, served):
    """The page's chat showed 「范围：全部1个机关 2021—2022年（2份报告）」 under 「没能读懂这句追问…」."""
    from playwright.sync_api import expect

    p = Page(browser, DESKTOP, served.url)
    try:
        page = p.goto("/")
        expect(page.locator("input[name=scope][value=all]")).to_be_checked()
        for q in ("平潭2022年新收多少件", "为什么呢"):
            page.fill("#question", q)
            page.press("#question", "Enter")
            expect(page.locator(".qa").last.locator(".a")).not_to_contain_text("正在回答")
        first, last = page.locator(".qa").first, page.locator(".qa").last
        expect(first.locator(".scope-line")).to_contain_text("平潭综合实验区 2022年")
        expect(last.locator(".a")).to_contain_text("没能读懂这句追问")
        expect(last.locator(".scope-line")).to_have_count(0)
        page.reload()  # the history kept in the browser says the same
        expect(page.locator(".qa").last.locator(".a")).to_contain_text("没能读懂这句追问")
        expect(page.locator(".qa").last.locator(".scope-line")).to_have_count(0)
    finally:
        p.close()
