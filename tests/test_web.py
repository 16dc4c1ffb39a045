"""The web page in a real headless Chromium (Debian's chromium, driven by Playwright), with 30 reports
of nine agencies over three years loaded (tests/reportgen.py, plus three corpus reports: 2022, 2019
with narrative findings, and a pre-2019 one): overview → report → finding → cell → quote, findings across reports, chat with scope,
history and citations, downloads (file names, BOM), a keyboard-only walk, axe-core (served from
tests/vendor) with zero violations, a 390×844 phone, per-file upload feedback, API docs offline.

With XXGK_SCREENSHOTS=DIR the README's screenshots (overview, report, phone) are written there."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from reportgen import agency_corpus, consistent_values, render
from webserver import ROOT, Server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
SHOTS = os.environ.get("XXGK_SCREENSHOTS")
DESKTOP = {"width": 1440, "height": 1000}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module", autouse=True)
def patient_expect():
    """Assertions wait up to 20 s, not Playwright's 5 s: under a loaded CI machine (or a parallel run) Redoc and
    the charts render later than 5 s, and a wait that times out is a failure of the machine, not the page."""
    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=5_000)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, corpus):
    """A server over 30 reports, ingested with `xxgk ingest` before it starts."""
    src = tmp_path_factory.mktemp("reports")
    for name, text, _ in agency_corpus():
        (src / name).write_text(text, encoding="utf-8")
    for name in ("ankang-2022.txt", "hebei-edu-2018.txt", "shanghai-office-2019.html"):
        shutil.copy(corpus / "reports" / name, src / name)
    data = tmp_path_factory.mktemp("data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(src), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = Server(data)
    s.ids = {(r["agency"], r["year"]): r["id"] for r in httpx.get(s.url + "/api/reports", params={"limit": 100}).json()}
    assert len(s.ids) == 30
    yield s
    s.stop()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian chromium is required (scripts/test installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Page:
    """A fresh browser context (empty localStorage) that records console errors, page errors and
    every request that would leave this machine (none may: the page works offline)."""

    def __init__(self, browser, viewport, base: str):
        self.ctx = browser.new_context(viewport=viewport, accept_downloads=True, locale="zh-CN")
        self.outside: list[str] = []
        self.errors: list[str] = []

        def gate(route):
            if urlsplit(route.request.url).hostname not in ("127.0.0.1", "localhost"):
                self.outside.append(route.request.url)
                return route.abort()
            return route.continue_()

        self.ctx.route("**/*", gate)
        self.page = self.ctx.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.base = base

    def goto(self, path: str = "/"):
        self.page.goto(self.base + path)
        return self.page

    def close(self):
        self.ctx.close()
        assert self.errors == []
        assert self.outside == []


@pytest.fixture
def desktop(browser, loaded):
    p = Page(browser, DESKTOP, loaded.url)
    yield p
    p.close()


@pytest.fixture
def phone(browser, loaded):
    p = Page(browser, PHONE, loaded.url)
    yield p
    p.close()


def axe_violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' — ' + n.failureSummary)}))""")


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / name))


def report_link(page, agency: str, year: int):
    return page.locator(f'a[aria-label="{agency} {year}年报告"]')


def data_rows(page):
    return page.locator("#o-table tbody tr:not(.group)")


def test_overview_report_finding_cell_quote(desktop, loaded):
    from playwright.sync_api import expect

    page = desktop.goto("/")
    expect(page.locator("#view-overview")).to_be_visible()
    expect(page.locator("#o-summary")).to_contain_text("共 30 份报告")
    expect(data_rows(page)).to_have_count(30)
    # agencies grouped, each with its years; the pre-2019 report says it has no tables
    expect(page.locator("#o-table tr.group", has_text="淮安市洪泽区人民政府")).to_contain_text("3 份")
    expect(page.locator("#o-table tbody tr", has_text="2018年")).to_contain_text("无标准统计表")
    # a printed total that does not add up is flagged where it stands: 行政复议 printed 0
    row = page.locator("#o-table tbody tr", has=report_link(page, "淮安市洪泽区人民政府", 2021))
    expect(row.locator("td.flag").first).to_have_text("0")
    expect(page.locator("#trend svg")).to_be_visible()
    expect(page.locator("#compare svg rect")).to_have_count(9)  # the nine agencies of 2023
    shot(page, "screenshot-overview.png")

    # filters: any part of a name, years as people write them, a clear word when nothing matches
    page.fill("#o-agency", "洪泽区人民政府")
    expect(data_rows(page)).to_have_count(3)
    page.fill("#o-agency", "淮安")
    expect(data_rows(page)).to_have_count(9)
    page.fill("#o-year", "2022年")
    expect(data_rows(page)).to_have_count(3)
    page.fill("#o-year", "20x")
    expect(page.locator("#o-msg")).to_contain_text("无法识别")
    page.fill("#o-year", "")
    page.fill("#o-agency", "没有这个机关")
    expect(page.locator("#o-empty")).to_be_visible()
    page.click("#o-clear")
    expect(data_rows(page)).to_have_count(30)
    # sorting by a figure: the largest first, blanks last
    page.click('button.sort[data-sort="new"]')
    expect(page.locator('th[aria-sort="descending"]')).to_contain_text("本年新收")
    firsts = [int(t) for t in data_rows(page).locator("td:nth-of-type(1)").all_inner_texts()[:5]]
    assert firsts == sorted(firsts, reverse=True)
    page.click('button.sort[data-sort="agency"]')

    # one click to the report; the finding reads as a sentence and leads to its cells
    report_link(page, "淮安市洪泽区人民政府", 2021).click()
    expect(page.locator("#r-title")).to_contain_text("淮安市洪泽区人民政府 2021年")
    expect(page.locator("#r-badges")).to_contain_text("报告错误 1")
    finding = page.locator("button.finding.report_defect").first
    expect(finding).to_contain_text("表四·行政复议：总计印为0，按各项之和应为")
    finding.click()
    total = page.locator('td[data-key="t4.rv.tot"]')
    expect(total).to_contain_class("defect-total sel hl-total")  # the wrong printed total stands out
    expect(page.locator('td[data-key="t4.rv.keep"]')).to_contain_class("defect-part hl-part")
    assert "/finding/" in page.url

    # a cell: its human label and value; its quote in the source beside the table, no page jump
    values = {
        c["key"]: c
        for c in httpx.get(f"{loaded.url}/api/reports/{loaded.ids[('淮安市洪泽区人民政府', 2021)]}").json()["cells"]
    }
    new = values["t3.new.tot"]
    page.evaluate("window.scrollTo(0, 600)")
    before = page.evaluate("window.scrollY")
    page.locator('td[data-key="t3.new.tot"]').click()
    expect(page.locator("#quote-info")).to_contain_text(f"表三·一、本年新收政府信息公开申请数量·总计：{new['value']}")
    expect(page.locator("#source mark")).to_have_text(new["raw"])
    assert page.evaluate("window.scrollY") == before
    box = page.locator("#source mark").bounding_box()
    assert 0 <= box["y"] <= DESKTOP["height"]
    # a quantity of the narrative → its clause in the source
    page.locator("#r-metrics-list button").first.click()
    expect(page.locator("#source mark")).to_contain_text("主动公开政府信息")
    page.locator('td[data-key="t4.rv.tot"]').click()
    expect(page.locator("#quote-info")).to_contain_text("表四·行政复议·总计：0")
    expect(page.locator("#quote-info .related")).to_contain_text("按各项之和应为")


def test_a_finding_about_the_text_marks_its_quote_and_the_cells(desktop, loaded):
    from playwright.sync_api import expect

    page = desktop.goto(f"/#/report/{loaded.ids[('上海市人民政府办公厅', 2019)]}")
    expect(page.locator("#r-badges")).to_contain_text("空白单元格 12")
    finding = page.locator("button.finding", has_text="无法提供265件")
    expect(finding).to_contain_text("正文写「无法提供265件」，表格中对应的数字是：无法提供 337，都不是265。")
    page.fill("#question", "不予公开的理由有哪些？")
    page.press("#question", "Enter")
    expect(page.locator(".qa .a").last).not_to_contain_text("正在回答")
    finding.click()
    expect(page.locator("#source mark")).to_have_text("无法提供265件")
    expect(page.locator("#source mark")).to_be_in_viewport()
    expect(page.locator('td[data-key="t3.r4_1.np"]')).to_contain_class(
        "hl-part"
    )  # the total is blank: its parts were read
    expect(page.locator("td.blank").first).to_be_visible()  # blank cells look blank, not 0
    shot(page, "screenshot-report.png")


def test_a_report_without_tables_says_so(desktop, loaded):
    from playwright.sync_api import expect

    page = desktop.goto(f"/#/report/{loaded.ids[('河北省教育厅', 2018)]}")
    expect(page.locator("#r-title")).to_contain_text("河北省教育厅 2018年")
    expect(page.locator("#r-tables-body")).to_contain_text("2019年以前的旧格式")
    expect(page.locator("table.t")).to_have_count(0)
    expect(page.locator(".figure")).to_have_count(0)  # no key figures of zeros
    expect(page.locator("#r-metrics-list button").first).to_be_visible()


def test_findings_across_reports(desktop, loaded):
    from playwright.sync_api import expect

    page = desktop.goto("/#/findings")
    expect(page.locator("#f-kinds")).to_contain_text("报告错误")
    page.click('#f-kinds button[data-kind="report_defect"]')
    expect(page.locator('#f-kinds button[aria-pressed="true"]')).to_contain_text("报告错误")
    items = page.locator("#f-list > li")
    expect(items.first).to_contain_text("报告错误")
    assert all("报告错误" in t for t in items.all_inner_texts())
    page.select_option("#f-check", "H5")
    expect(items).to_have_count(2)
    expect(items.first).to_contain_text("总计印为0，按各项之和应为")
    page.fill("#f-agency", "淮阴")
    expect(page.locator("#f-list")).to_contain_text("没有符合条件")
    page.fill("#f-agency", "洪泽")
    expect(items).to_have_count(2)
    items.first.locator("a").click()
    expect(page.locator("button.finding.active")).to_contain_text("表四·行政复议")
    expect(page.locator("td.sel")).to_have_attribute("data-key", "t4.rv.tot")


def test_chat_keeps_scope_history_and_citations(desktop, loaded):
    from playwright.sync_api import expect

    page = desktop.goto(f"/#/report/{loaded.ids[('安康市人民政府办公室', 2022)]}")
    expect(page.locator("#r-title")).to_contain_text("安康市人民政府办公室")
    page.fill("#question", "收到多少件申请？")
    page.press("#question", "Enter")
    qa = page.locator(".qa").last
    expect(qa.locator(".a")).to_contain_text("56件")
    expect(qa.locator(".scope-line")).to_contain_text("范围")
    expect(qa.locator(".scope-line")).to_contain_text("安康")
    cite = qa.locator("button.cite").first
    expect(cite).to_contain_text("表三·一、本年新收政府信息公开申请数量·总计")
    page.evaluate("window.scrollTo(0, 0)")
    cite.click()
    expect(page.locator("td.sel")).to_have_attribute("data-key", "t3.new.tot")
    expect(page.locator("#source mark")).to_have_text("56")
    # the whole store; the chat stays on screen and keeps its history
    page.check("input[name=scope][value=all]")
    page.fill("#question", "洪泽区2022年收到多少件申请？")
    page.press("#question", "Enter")
    last = page.locator(".qa").last
    expect(last.locator(".a")).not_to_contain_text("正在回答")
    box = last.bounding_box()
    assert box and 0 <= box["y"] < DESKTOP["height"]
    page.reload()
    expect(page.locator(".qa")).to_have_count(2)
    expect(page.locator(".qa").first).to_contain_text("56件")


def test_downloads_have_file_names_and_a_bom(desktop, loaded):
    from playwright.sync_api import expect

    page = desktop.goto(f"/#/report/{loaded.ids[('淮安市洪泽区人民政府', 2021)]}")
    expect(page.locator("#r-downloads a")).to_have_count(4)

    def download(locator):
        with page.expect_download() as d:
            locator.click()
        got = d.value
        return got.suggested_filename, Path(got.path()).read_bytes()

    name, data = download(page.locator("#r-downloads a", has_text="JSON"))
    assert name == "淮安市洪泽区人民政府-2021年.json" and json.loads(data)["t4"]["rv.tot"] == 0
    name, data = download(page.locator("#r-downloads a", has_text="CSV"))
    assert name == "淮安市洪泽区人民政府-2021年-单元格.csv" and data.startswith(b'\xef\xbb\xbf"report_id",')
    name, data = download(page.locator("#r-downloads a", has_text="核验单 HTML"))
    sheet = data.decode()
    assert name == "淮安市洪泽区人民政府-2021年-核验单.html"
    assert "核验单" in sheet and "总计印为0，按各项之和应为" in sheet and 'class="cell defect-total' in sheet

    page.goto(loaded.url + "/#/overview")
    page.fill("#o-agency", "洪泽")
    expect(data_rows(page)).to_have_count(3)
    name, data = download(page.locator("#o-csv"))
    assert name == "xxgk-总览.csv" and data.startswith('\ufeff"机关","地区","年度"'.encode())
    assert len(data.decode("utf-8-sig").strip().splitlines()) == 1 + 3  # the filtered list
    name, data = download(page.locator("#o-xlsx"))
    assert name == "xxgk-总览.xlsx" and data[:2] == b"PK"
    page.goto(loaded.url + "/#/findings")
    expect(page.locator("#f-list > li").first).to_be_visible()
    name, data = download(page.locator("#f-csv"))
    assert name == "xxgk-核查发现.csv" and "总计印为0".encode() in data and data.startswith(b"\xef\xbb\xbf")


def tab_to(page, selector: str, limit: int = 120) -> None:
    """Press Tab until the focused element matches `selector` (the keyboard is all we use)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} not reached by Tab")


def test_keyboard_only(desktop, loaded):
    from playwright.sync_api import expect

    page = desktop.goto("/")
    expect(data_rows(page)).to_have_count(30)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "跳到主要内容"
    tab_to(page, "#drop")  # the drop zone: Enter opens the file chooser (its file input is clicked)
    page.evaluate(
        "window.chosen = 0; document.querySelector('#file').addEventListener('click', e => { window.chosen++; e.preventDefault(); })"
    )
    page.keyboard.press("Enter")
    assert page.evaluate("window.chosen") == 1
    tab_to(page, "#o-agency")
    page.keyboard.type("洪泽")
    expect(data_rows(page)).to_have_count(3)
    tab_to(page, 'button.sort[data-sort="new"]')
    tab_to(page, 'a[href^="#/report/"]')
    page.keyboard.press("Enter")
    expect(page.locator("#view-report")).to_be_visible()
    expect(page.locator("#r-title")).to_be_focused()  # a new view starts at its heading
    tab_to(page, "button.finding")
    page.keyboard.press("Enter")
    expect(page.locator("td.sel")).to_have_count(1)
    first = page.evaluate("document.activeElement.dataset.key")
    assert first  # focus went to the cell
    page.keyboard.press("ArrowRight")
    moved = page.evaluate("document.activeElement.dataset.key")
    assert moved and moved != first
    page.keyboard.press("Enter")
    label = page.evaluate("document.activeElement.dataset.label")
    expect(page.locator("#quote-info")).to_contain_text(label)
    tab_to(page, "#r-metrics-list button")
    page.keyboard.press("Enter")
    expect(page.locator("#source mark")).to_have_count(1)
    tab_to(page, "#question")
    page.keyboard.type("收到多少件申请？")
    page.keyboard.press("Enter")
    expect(page.locator(".qa .a").last).not_to_contain_text("正在回答")
    tab_to(page, "button.cite")
    page.keyboard.press("Enter")
    expect(page.locator("td.sel")).to_have_count(1)


def test_axe_finds_no_violations(desktop, phone, loaded):
    from playwright.sync_api import expect

    page = desktop.goto("/")
    expect(data_rows(page)).to_have_count(30)
    assert axe_violations(page) == []
    page.goto(loaded.url + "/#/findings")
    expect(page.locator("#f-list > li").first).to_be_visible()
    assert axe_violations(page) == []
    page.goto(f"{loaded.url}/#/report/{loaded.ids[('淮安市洪泽区人民政府', 2022)]}")
    page.locator("button.finding").first.click()
    page.fill("#question", "收到多少件申请？")
    page.press("#question", "Enter")
    expect(page.locator(".qa .cites").last).to_be_visible()
    assert axe_violations(page) == []

    small = phone.goto(f"/#/report/{loaded.ids[('淮安市洪泽区人民政府', 2022)]}")
    expect(small.locator("#r-tabs")).to_be_visible()
    small.click("#tab-tables")
    small.locator('td[data-key="t3.new.tot"]').click()
    expect(small.locator("#quote-bar")).to_be_visible()
    assert axe_violations(small) == []


def test_a_phone_gets_one_column(phone, loaded):
    from playwright.sync_api import expect

    page = phone.goto("/")
    expect(data_rows(page)).to_have_count(30)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    report_link(page, "淮安市洪泽区人民政府", 2022).click()
    expect(page.locator("#r-tabs")).to_be_visible()
    expect(page.locator("#r-tables")).to_be_hidden()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.click("#tab-tables")
    expect(page.locator("#r-tables")).to_be_visible()
    page.locator('td[data-key="t3.new.tot"]').click()
    bar = page.locator("#quote-bar")
    expect(bar).to_contain_text("表三·一、本年新收政府信息公开申请数量·总计")
    shot(page, "screenshot-phone.png")
    page.click("#quote-bar-source")
    mark = page.locator("#source mark")
    expect(mark).to_be_visible()
    expect(mark).to_be_in_viewport()
    # the chat is a view of its own on a phone, and its answer is on screen
    page.click('header nav a[data-view="chat"]')
    expect(page.locator("#chat")).to_be_visible()
    page.fill("#question", "收到多少件申请？")
    page.press("#question", "Enter")
    answer = page.locator(".qa .a").last
    expect(answer).not_to_contain_text("正在回答")
    expect(answer).to_be_in_viewport()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.fixture
def empty(browser, tmp_path):
    s = Server(tmp_path / "empty")
    p = Page(browser, DESKTOP, s.url)
    yield p
    try:
        p.close()  # asserts the page logged no error
    finally:
        s.stop()  # a failing page must not leave its server running


def test_a_draft_then_its_revision(empty):
    """A disclosure officer checks her draft, corrects it and uploads it again: the line of the draft
    counts its report errors as the report page's badge does (it said 2 where the page said 3: a
    narrative mismatch is a warning but a report error on the page), the revision says it replaced the
    draft, and the count of the batch is not an item of the numbered list."""
    from playwright.sync_api import expect

    page = empty.goto("/")
    final = consistent_values(21)
    draft = {**final, "t3.new.np": final["t3.new.np"] + 2}  # the 本年新收 typed wrong: H1 and H2 break
    agency = "南京市鼓楼区人民政府"
    page.set_input_files(
        "#file",
        [{"name": "初稿.txt", "mimeType": "text/plain", "buffer": render(draft, "pipe", agency=agency).encode()}],
    )
    badge = page.locator("#r-badges .count").first
    expect(badge).to_contain_text("报告错误", timeout=60000)
    n = badge.inner_text().split()[-1]
    assert int(n) >= 2
    expect(page.locator("#upload-list > li")).to_have_count(1)
    expect(page.locator("#upload-list > li").first).to_contain_text(f"报告错误 {n} 条")
    expect(page.locator("#upload-total")).to_have_text("共 1 份：新入库 1，已存在 0，失败 0")
    draft_id = page.url.rsplit("/", 1)[-1]
    page.set_input_files(
        "#file",
        [{"name": "修改稿.txt", "mimeType": "text/plain", "buffer": render(final, "pipe", agency=agency).encode()}],
    )
    expect(page.locator("#r-badges .count").first).to_have_text("报告错误 0", timeout=60000)
    line = page.locator("#upload-list > li").first
    expect(line).to_contain_text("已入库")
    expect(line).to_contain_text("同一机关同一年度的新版本，取代了此前的版本")
    expect(line.locator(f'a[href="#/report/{draft_id}"]')).to_be_visible()


def test_upload_feedback_per_file(empty, corpus, tmp_path):
    from playwright.sync_api import expect

    page = empty.goto("/")
    expect(page.locator("#view-welcome")).to_be_visible()
    expect(page.locator("#health")).to_contain_text("共 0 份报告")
    anonymous = render(consistent_values(7), "pipe", agency="", year=2022).replace("本报告由办公室根据", "本报告根据")
    anonymous = "2022年度信息公开工作报告" + anonymous[anonymous.index("\n") :]
    files = [
        ("甲.txt", render(consistent_values(11), "pipe", agency="南京市玄武区人民政府", year=2023)),
        ("乙.html", render(consistent_values(12), "html", agency="南京市秦淮区人民政府", year=2023)),
        ("notes.txt", "会议纪要：下周二开会。"),
        ("untitled.txt", anonymous),
    ]
    page.set_input_files("#file", [{"name": n, "mimeType": "text/plain", "buffer": t.encode()} for n, t in files])
    lines = page.locator("#upload-list > li")
    expect(page.locator("#upload-total")).to_have_text("共 4 份：新入库 3，已存在 0，失败 1", timeout=60000)
    expect(lines).to_have_count(4)
    expect(lines.nth(0)).to_contain_text("已入库")
    expect(lines.nth(0)).to_contain_text("南京市玄武区人民政府 2023年")
    expect(lines.nth(2)).to_contain_text("失败")
    expect(lines.nth(2)).to_contain_text("不是")  # the reason, in words
    # a report whose agency was not recognised asks for it
    ask = lines.nth(3).locator("form")
    expect(ask).to_contain_text("未能识别出机关名称")
    ask.locator("input").fill("建邺区政府")
    ask.locator("button").click()
    expect(lines.nth(3)).to_contain_text("机关名称已保存")
    # named in its standard full form, and placed in its province and city
    expect(page.locator("#o-table tr.group", has_text="南京市建邺区人民政府")).to_contain_text(
        "江苏省 › 南京市 › 建邺区"
    )
    # one file opens its report; the same file again is known
    seed = corpus / "reports" / "ankang-2022.txt"
    page.set_input_files("#file", str(seed))
    expect(page.locator('td[data-key="t3.new.tot"]')).to_have_text("56", timeout=60000)
    page.set_input_files("#file", str(seed))
    expect(page.locator("#upload-list > li").first).to_contain_text("已存在")
    # the browser logs the refused file's response (422) as a failed resource: that one was expected
    refused = [e for e in empty.errors if "status of 422" in e]
    assert len(refused) == 1
    empty.errors.remove(refused[0])


def test_api_docs_work_offline(desktop, loaded):
    from playwright.sync_api import expect

    page = desktop.goto("/docs")
    expect(page.locator(".swagger-ui .title")).to_contain_text("xxgk 政府信息公开年报服务")
    page.goto(loaded.url + "/redoc")
    expect(page.locator("h1").first).to_contain_text("xxgk 政府信息公开年报服务")
    icon = httpx.get(loaded.url + "/favicon.ico")
    assert (
        icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon" and icon.content[:4] == b"\0\0\1\0"
    )


def test_the_file_chooser_offers_every_input_family(empty):
    """The formats are told from the content, but the browser's file chooser filters by name: a JSON, an
    OpenDocument, an OFD or a picture of a table once could not even be picked (only txt…ofd were listed)."""
    page = empty.goto("/")
    with page.expect_file_chooser() as chosen:
        page.locator("#drop").click()
    accept = set((chosen.value.element.get_attribute("accept") or "").split(","))
    for suffix in (".txt", ".html", ".mhtml", ".md", ".csv", ".json", ".pdf", ".docx", ".doc", ".wps", ".rtf"):
        assert suffix in accept, suffix
    for suffix in (".xlsx", ".xls", ".odt", ".ods", ".fodt", ".fods", ".ofd", ".png", ".jpg", ".tif", ".webp"):
        assert suffix in accept, suffix


def test_a_service_with_an_api_key_asks_the_page_for_it(browser, tmp_path):
    """With XXGK_API_KEY set, an upload from the page was refused with 「需要有效的 API key（请求头 X-API-Key）」 — a
    header a person on a web page cannot set (userprobe3). The page asks for the key once, sends it with its
    writes, and a wrong key is said in the file's line."""
    from playwright.sync_api import expect

    s = Server(tmp_path / "keyed", env={"XXGK_API_KEY": "k3y-of-the-office"})
    p = Page(browser, DESKTOP, s.url)
    try:
        page = p.goto("/")
        asked: list[str] = []
        answers = iter(["wrong", "k3y-of-the-office"])

        def answer(dialog):
            asked.append(dialog.message)
            dialog.accept(next(answers))

        page.on("dialog", answer)
        one = render(consistent_values(31), "pipe", agency="南京市栖霞区人民政府", year=2023)
        page.set_input_files("#file", [{"name": "稿.txt", "mimeType": "text/plain", "buffer": one.encode()}])
        expect(page.locator("#upload-list > li").first).to_contain_text("需要有效的 API key", timeout=60000)
        assert len(asked) == 1 and "API key" in asked[0]
        page.set_input_files("#file", [{"name": "稿.txt", "mimeType": "text/plain", "buffer": one.encode()}])
        expect(page.locator("#upload-total")).to_have_text("共 1 份：新入库 1，已存在 0，失败 0", timeout=60000)
        assert len(asked) == 2
        p.errors = [e for e in p.errors if "401" not in e]  # the refused request itself is logged by Chromium
    finally:
        try:
            p.close()
        finally:
            s.stop()
