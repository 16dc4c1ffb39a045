"""The web page and the service as userprobe4 met them: the chat's scope before any report is open,
a pre-2019 report's 「no problems」, a truncated PDF uploaded over HTTP. A real `xxgk serve` on
loopback, Debian's Chromium through Playwright; no mocks of our code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from test_web import CHROMIUM, DESKTOP, FLAGS, Page
from webserver import ROOT, Server


@pytest.fixture(scope="module")
def served(tmp_path_factory, corpus):
    src = tmp_path_factory.mktemp("reports")
    for name in ("ankang-2022.txt", "hebei-edu-2018.txt", "pingtan-2021.txt", "pingtan-2022.txt"):
        shutil.copy(corpus / "reports" / name, src / name)
    # 「通过门户网站政府信息公开专栏主动公开各类政府信息847条」, the template's sentence
    shutil.copy(ROOT / "eval" / "wild7" / "reports" / "t21-shinan-gov-circled-2024.txt", src)
    data = tmp_path_factory.mktemp("data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(src), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = Server(data)
    listed = httpx.get(s.url + "/api/reports").json()
    # by year; 平潭's two by ("平潭", year)
    s.ids = {(("平潭", r["year"]) if "pingtan" in r["source"] else r["year"]): r["id"] for r in listed}
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "Debian chromium is required (scripts/test installs it)"
    expect.set_options(timeout=20_000)  # a loaded machine renders late; a timeout is the machine's
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()
    expect.set_options(timeout=5_000)


@pytest.fixture
def desktop(browser, served):
    p = Page(browser, DESKTOP, served.url)
    yield p
    p.close()


def test_the_chat_offers_the_current_report_only_once_one_is_open(desktop, served):
    """The page opened on the overview with 「当前报告」 checked and no report open: a question went to
    every report under that label."""
    from playwright.sync_api import expect

    page = desktop.goto("/")
    expect(page.locator("#view-overview")).to_be_visible()
    one = page.locator("input[name=scope][value=report]")
    expect(one).to_be_disabled()
    expect(page.locator("input[name=scope][value=agency]")).to_be_disabled()
    expect(page.locator("input[name=scope][value=all]")).to_be_checked()
    page.goto(served.url + f"/#/report/{served.ids[2022]}")
    expect(page.locator('td[data-key="t3.new.tot"]')).to_have_text("56")
    expect(one).to_be_enabled()
    expect(one).to_be_checked()  # the scope moved for want of a report comes back to it
    page.fill("#question", "收到多少件申请？")
    page.press("#question", "Enter")
    qa = page.locator(".qa").last
    expect(qa.locator(".a")).not_to_contain_text("正在回答")
    expect(qa.locator(".scope-line")).to_contain_text("安康市人民政府办公室 2022年")
    expect(qa.locator(".a")).to_contain_text("56")
    # a scope the user chose stays chosen
    page.locator("input[name=scope][value=all]").check()
    page.goto(served.url + f"/#/report/{served.ids[2018]}")
    expect(page.locator("#r-title")).to_contain_text("2018年")
    expect(page.locator("input[name=scope][value=all]")).to_be_checked()


def test_a_report_without_tables_is_not_said_to_balance(desktop, served):
    from playwright.sync_api import expect

    page = desktop.goto(f"/#/report/{served.ids[2018]}")
    said = page.locator("#r-findings-list")
    expect(said).to_contain_text("勾稽关系未核对")
    expect(said).not_to_contain_text("三张表的勾稽关系都成立")
    sheet = httpx.get(served.url + f"/api/reports/{served.ids[2018]}/export", params={"format": "html"}).text
    assert "勾稽关系未核对" in sheet
    page.goto(served.url + f"/#/report/{served.ids[2022]}")
    expect(said).to_contain_text("三张表的勾稽关系都成立")


def test_a_truncated_pdf_upload_is_said_in_chinese(served, corpus):
    cut = (corpus / "reports" / "hongze-2023.pdf").read_bytes()[:3000]
    r = httpx.post(
        served.url + "/api/reports", files=[("files", ("下载中断.pdf", cut, "application/pdf"))], timeout=120
    )
    assert r.status_code == 422, r.text
    said = r.json()[0]["error"] if isinstance(r.json(), list) else r.json()["detail"]
    assert "PDF 无法打开" in said and "没有下载完整" in said and "PDFium" not in said and "Failed" not in said


def test_the_overview_counts_what_the_template_sentence_publishes(desktop, served):
    """「主动公开信息（条）」 was blank for every report that says it the template's way (「通过门户网站…
    主动公开各类政府信息847条」, read as 网站发布信息) while `ask` answered with that figure."""
    from playwright.sync_api import expect

    rows = {r["year"]: r for r in httpx.get(served.url + "/api/overview").json()["rows"]}
    assert rows[2024]["figures"]["published"] == 847
    assert rows[2018]["figures"]["published"] == 1683  # its own 主动公开 sentence still first
    page = desktop.goto("/")
    row = page.locator("#o-table tr", has=page.locator(f'a[href="#/report/{served.ids[2024]}"]'))
    expect(row).to_contain_text("847")


def test_the_comparison_opens_on_the_year_most_reports_have(desktop, served):
    """It opened on the latest year: here 2024, one report — one agency 「compared」 with nothing. Now the
    latest year with at least ¾ of the busiest year's reports (2022: 安康 and 平潭; test_web's store of
    nine agencies over 2021–2023 and one more 2022 report still opens on 2023)."""
    from playwright.sync_api import expect

    page = desktop.goto("/")
    expect(page.locator("#k-year")).to_have_value("2022")
    expect(page.locator("#compare svg text", has_text="平潭")).to_have_count(1)
    expect(page.locator("#compare svg text", has_text="安康")).to_have_count(1)


@pytest.mark.parametrize(
    "question",
    ["2021年收到多少件申请？", "2021年的报告有什么问题？"],  # a cell's citation, a quote's
)
def test_a_citation_of_another_year_moves_the_address_too(desktop, served, question):
    """Asked over the agency's years, a citation of another year's report opened that report under the
    first one's address (a quote's) or in its place (a cell's): a reload or a copied link showed the
    wrong report, Back left the page."""
    from playwright.sync_api import expect

    first, other = served.ids["平潭", 2022], served.ids["平潭", 2021]
    page = desktop.goto(f"/#/report/{first}")
    expect(page.locator("#r-title")).to_contain_text("2022年")
    page.locator("input[name=scope][value=agency]").check()
    page.fill("#question", question)
    page.press("#question", "Enter")
    cite = page.locator(".qa").last.locator("button.cite").first
    expect(cite).to_contain_text("2021年")
    cite.click()
    expect(page.locator("#r-title")).to_contain_text("2021年")
    expect(page).to_have_url(re.compile(rf"#/report/{other}(/|$)"))  # a selected cell follows the id
    page.reload()
    expect(page.locator("#r-title")).to_contain_text("2021年")
    page.go_back()
    expect(page).to_have_url(re.compile(rf"#/report/{first}(/|$)"))
    expect(page.locator("#r-title")).to_contain_text("2022年")
