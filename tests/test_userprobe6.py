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


WILD = sorted(ROOT.glob("eval/wild*/reports/*"))


def test_the_file_chooser_offers_every_format_a_wild_set_holds(browser, served):
    """The chooser's `accept` list left out .zip, .tar, .xml (Word 2003 XML), .har and .enex — formats README
    lists and the upload reads: on a phone (and by default on a desktop) such a file could not be picked."""
    p = Page(browser, DESKTOP, served.url)
    try:
        page = p.goto("/")
        with page.expect_file_chooser() as chosen:
            page.locator("#drop").click()
        accept = set((chosen.value.element.get_attribute("accept") or "").split(","))
        suffixes = {f.suffix.lower() for f in WILD if f.suffix}
        assert {".zip", ".xml", ".har", ".enex", ".gz"} <= suffixes  # (the sets still hold these)
        assert suffixes - accept == set(), sorted(suffixes - accept)
        for suffix in (".tar", ".tgz"):  # a tar not gzip'd, a .tgz
            assert suffix in accept, suffix
    finally:
        p.close()


def test_a_report_read_out_of_a_container_says_so(browser, served):
    """A 报送函 PDF carrying the report as an attached file was shown as 「原文件：….pdf」 with the attachment's
    text beside the tables and its page numbers — nothing said the figures were not the PDF's own pages. The
    page, the printed 核验单 and `xxgk check` now say where in the file the report was read."""
    import httpx
    from playwright.sync_api import expect

    wild21 = ROOT / "eval" / "wild21" / "reports"
    cases = {
        "p25-xinjian-nyncj-cover-pdf-attach-extra-2025.pdf": "PDF 所附的文件",
        "t16-tanshan-zhen-wget-targz-legacy-2016.tar.gz": "tar 归档中的文件",
        "z24-nanchang-gov-trs-paginated-zip-2024.zip": "ZIP 压缩包中的文件",
        "e22-yuanzhou-wlj-outlook-rfc822-2022.eml": "邮件的正文或附件",
    }
    ids = {}
    for name in cases:
        with open(wild21 / name, "rb") as fh:
            r = httpx.post(served.url + "/api/reports", files={"files": (name, fh.read())}, timeout=300)
        assert r.status_code == 201, r.text
        body = r.json()
        ids[name] = (body[0] if isinstance(body, list) else body)["report"]["id"]
    for name, words in cases.items():
        view = httpx.get(f"{served.url}/api/reports/{ids[name]}/view").json()
        assert view["carried_from"] == words, (name, view["carried_from"])
        sheet = httpx.get(f"{served.url}/api/reports/{ids[name]}/export?format=html").text
        assert f"（报告读自：{words}）" in sheet, name
    plain = httpx.get(served.url + "/api/reports").json()
    own = next(r for r in plain if r["source"].endswith("pingtan-2022.txt"))
    assert httpx.get(f"{served.url}/api/reports/{own['id']}/view").json()["carried_from"] is None
    mhtml = next((ROOT / "eval" / "wild20" / "reports").glob("*.mhtml"))  # a page saved as one file is the page
    check = subprocess.run(
        [
            sys.executable,
            "-m",
            "api.cli",
            "check",
            str(mhtml),
            str(wild21 / "p25-xinjian-nyncj-cover-pdf-attach-extra-2025.pdf"),
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=300,
    )
    out = check.stdout.decode()
    assert out.count("报告读自") == 1 and "报告读自：PDF 所附的文件" in out, out
    p = Page(browser, DESKTOP, served.url)
    try:
        page = p.goto(f"/#/report/{ids['p25-xinjian-nyncj-cover-pdf-attach-extra-2025.pdf']}")
        expect(page.locator("#r-meta")).to_contain_text(
            "原文件：p25-xinjian-nyncj-cover-pdf-attach-extra-2025.pdf（报告读自：PDF 所附的文件）"
        )
        page.goto(f"{served.url}/#/report/{own['id']}")
        expect(page.locator("#r-meta")).to_contain_text("原文件：pingtan-2022.txt")
        expect(page.locator("#r-meta")).not_to_contain_text("报告读自")
    finally:
        p.close()


def test_list_agency_finds_by_any_part_of_a_name_as_the_overview(tmp_path):
    """`xxgk list --agency 南昌` listed 南昌县人民政府 alone, while the page's overview (and /api/reports) found
    南昌县, 南昌市西湖区… and 进贤县 (南昌市); `--agency 西湖区` found nothing. README: 「filter by any part of a name」."""
    wild21 = ROOT / "eval" / "wild21" / "reports"
    data = tmp_path / "d"
    names = (
        "z24-nanchang-gov-trs-paginated-zip-2024.zip",  # 南昌县人民政府
        "z20-jinxian-sjj-gbk-zip-docx-gf2019-2020.zip",  # 进贤县审计局 (南昌市)
        "p22-hongdu-jd-cover-docx-attach-carry-defect-2022.pdf",  # 南昌市西湖区洪都街道办事处
        "t22-miluo-gov-copy-t3dash-2022.txt",  # 汨罗市人民政府 (岳阳市)
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    subprocess.run(
        [*run, "ingest", *(str(wild21 / n) for n in names), "--data-dir", str(data)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )

    def listed(*flags: str) -> list[str]:
        p = subprocess.run(
            [*run, "list", "--json", "--data-dir", str(data), *flags],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=True,
        )
        return sorted(json.loads(line)["agency"] for line in p.stdout.decode().splitlines())

    assert len(listed("--agency", "南昌")) == 3, listed("--agency", "南昌")
    assert listed("--agency", "西湖区") == ["南昌市西湖区洪都街道办事处"]
    assert listed("--agency", "南昌县") == ["南昌县人民政府"]
    assert listed("--agency", "汨罗市政府") == ["汨罗市人民政府"]  # a spoken form, by the name it stands for
    assert listed("--agency", "南昌", "--year", "2022") == ["南昌市西湖区洪都街道办事处"]
    assert listed("--agency", "火星") == []
