"""The web page in a real headless Chromium (Debian's chromium, driven by Playwright): upload the
seed report, read 56 in table 三, click a metric and see its quote, ask and get 56 with a citation.
With XXGK_SCREENSHOTS=DIR the screenshots for the docs are written there."""

import os
import shutil
from pathlib import Path

import pytest

from webserver import Server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("web"))
    yield s
    s.stop()


def test_upload_read_click_ask(server, corpus):
    from playwright.sync_api import expect, sync_playwright

    assert Path(CHROMIUM).exists(), "Debian chromium is required (scripts/test installs it)"
    shots = os.environ.get("XXGK_SCREENSHOTS")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1100})
        page.goto(server.url + "/")
        expect(page.locator("#health")).to_contain_text("共 0 份报告")
        page.set_input_files("#file", str(corpus / "reports" / "ankang-2022.txt"))
        expect(page.locator("#upload-status")).to_contain_text("已入库", timeout=60000)
        cell = page.locator('td[data-key="t3.new.tot"]')
        expect(cell).to_have_text("56")
        expect(page.locator("#reports li")).to_have_count(1)
        if shots:
            page.screenshot(path=str(Path(shots) / "screenshot-report.png"))

        page.locator("#metrics li", has_text="13050").first.click()
        expect(page.locator("#source mark")).to_have_text("市政府网站共发布各类政务信息13050余条")

        cell.click()
        expect(page.locator("#source mark")).to_have_text("56")
        if shots:
            page.screenshot(path=str(Path(shots) / "screenshot-quote.png"))

        page.fill("#question", "收到多少件申请？")
        page.press("#question", "Enter")
        answer = page.locator(".qa .a").last
        expect(answer).to_contain_text("56件")
        cite = answer.locator(".cite").first
        expect(cite).to_contain_text("t3.new.tot")
        cite.click()
        expect(page.locator("td.sel")).to_have_attribute("data-key", "t3.new.tot")
        page.fill("#question", "报告提到存在哪些主要问题？")
        page.press("#question", "Enter")
        expect(page.locator(".qa .a").last).to_contain_text("有待")
        if shots:
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(Path(shots) / "screenshot-chat.png"))

        # a report whose printed totals break an identity: the cells are marked and explained
        page.set_input_files("#file", str(corpus / "reports" / "hongze-2023.pdf"))
        expect(page.locator("#r-title")).to_contain_text("洪泽区人民政府", timeout=60000)
        bad = page.locator('td.bad[data-key="t4.rv.tot"]')
        expect(bad).to_have_text("0")
        bad.click()
        expect(page.locator("#quote-info")).to_contain_text("H5")
        expect(page.locator("#findings")).to_contain_text("行政复议")
        browser.close()
