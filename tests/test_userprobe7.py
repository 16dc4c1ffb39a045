"""What a user meets (userprobe7): the page's chat when the chosen report changes mid-conversation, and the
`agency` filter of /api/reports and /api/export. Real processes, a real `xxgk serve` on loopback, Debian's
Chromium through Playwright; no mocks of our code."""

from __future__ import annotations

import json
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
    for name in ("pingtan-2021.txt", "pingtan-2022.txt", "hebei-edu-2021.txt", "hebei-edu-2023.txt"):
        shutil.copy(corpus / "reports" / name, src / name)
    data = tmp_path_factory.mktemp("data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(src), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = Server(data)
    s.ids = {(r["agency"], r["year"]): r["id"] for r in httpx.get(s.url + "/api/reports").json()}
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


def ask(page, q: str):
    from playwright.sync_api import expect

    n = page.locator(".qa").count()
    page.fill("#question", q)
    page.press("#question", "Enter")
    last = page.locator(".qa").nth(n)
    expect(last.locator(".a")).not_to_contain_text("正在回答")
    return last


def test_the_chat_does_not_carry_a_question_into_another_report(browser, served):
    """Asked 「新收多少件」 on 河北省教育厅 2023, then, on 平潭 2022's page (本报告), 「行政复议呢」: the page sent the
    question before with the new report chosen and the answer was 「（按「2023年行政复议多少件」理解）报告未提及（没有
    找到平潭综合实验区2023年的报告…）」 — the old report's year against the new report. A question asked under another
    scope is not followed (and the page says so); within the new report the chat follows again."""
    from playwright.sync_api import expect

    hebei, pingtan = served.ids[("河北省教育厅", 2023)], served.ids[("平潭综合实验区", 2022)]
    p = Page(browser, DESKTOP, served.url)
    try:
        page = p.goto(f"/#/report/{hebei}")
        expect(page.locator("#r-meta")).to_contain_text("hebei-edu-2023.txt")
        expect(page.locator("input[name=scope][value=report]")).to_be_checked()
        first = ask(page, "新收多少件")
        expect(first.locator(".a")).to_contain_text("19件")
        expect(first.locator(".fresh")).to_have_count(0)
        page.goto(f"{served.url}/#/report/{pingtan}")
        expect(page.locator("#r-meta")).to_contain_text("pingtan-2022.txt")
        expect(page.locator("input[name=scope][value=report]")).to_be_checked()
        second = ask(page, "行政复议呢")
        expect(second.locator(".a")).not_to_contain_text("没有找到")
        expect(second.locator(".a")).to_contain_text("2件")
        expect(second.locator(".scope-line")).to_contain_text("平潭综合实验区 2022年")
        expect(second.locator(".fresh")).to_contain_text("范围已换")
        third = ask(page, "那2021年呢")  # the same scope again: followed
        expect(third.locator(".a")).to_contain_text("按「2021年行政复议")
        expect(third.locator(".fresh")).to_have_count(0)
        page.reload()  # the history kept in the browser says the same
        expect(page.locator(".qa").nth(1).locator(".fresh")).to_contain_text("范围已换")
        expect(page.locator("#r-meta")).to_contain_text("pingtan-2022.txt")
        expect(page.locator("input[name=scope][value=report]")).to_be_checked()
        fourth = ask(page, "行政诉讼呢")  # after a reload, the same report: still followed
        expect(fourth.locator(".a")).to_contain_text("2021年行政诉讼")
        page.locator("input[name=scope][value=agency]").check()  # a wider scope holds the question before
        fifth = ask(page, "那2022年呢")
        expect(fifth.locator(".a")).to_contain_text("2022年行政诉讼")
        expect(fifth.locator(".fresh")).to_have_count(0)
        page.locator("input[name=scope][value=report]").check()  # back to the narrower one: not followed
        sixth = ask(page, "行政复议呢")
        expect(sixth.locator(".fresh")).to_contain_text("范围已换")
        expect(sixth.locator(".scope-line")).to_contain_text("平潭综合实验区 2022年")
    finally:
        p.close()


def test_reports_and_export_find_an_agency_by_any_part_of_its_name(served):
    """`/api/reports?agency=教育厅` found nothing and `/api/export?agency=教育厅` was a CSV of its header alone, while
    the overview (and `xxgk list --agency 教育厅`) found 河北省教育厅's reports: one filter, three answers (on a
    store of 71 wild reports, 「怀化」: 0, 0 and 7). Now the
    overview's rule (any part of the name or region) everywhere; the exact name finds what it found before."""
    for query, n in (("河北", 2), ("教育厅", 2), ("平潭", 2), ("河北省教育厅", 2), ("上海", 0)):
        r = httpx.get(served.url + "/api/reports", params={"agency": query})
        assert r.status_code == 200 and r.headers["X-Total-Count"] == str(n), (query, r.headers, r.text)
        assert len(r.json()) == n, query
        assert httpx.get(served.url + "/api/reports", params={"agency": query, "versions": True}).headers[
            "X-Total-Count"
        ] == str(n)
    assert len(httpx.get(served.url + "/api/reports", params={"agency": "河北", "limit": 1}).json()) == 1
    csv = httpx.get(served.url + "/api/export", params={"agency": "教育厅", "format": "csv"})
    assert csv.headers["X-Total-Count"] == "2"
    assert "河北省教育厅" in csv.text and "平潭" not in csv.text
    lines = httpx.get(served.url + "/api/export", params={"agency": "河北", "format": "jsonl", "year": "2023"})
    assert lines.headers["X-Total-Count"] == "1" and len(lines.text.splitlines()) == 1
    overview = httpx.get(served.url + "/api/overview", params={"agency": "河北"}).json()
    assert overview["total"] == 2


def test_the_chosen_scope_stays_over_a_reload(browser, served):
    """On a report's page, 全部报告 chosen, 「平潭2022年新收多少件」 asked, the page reloaded (the chat's history kept in
    the browser): the scope was back to 当前报告, so 「那2021年呢」 went to 河北省教育厅 2023's report alone — a
    different question from the one the chat showed. The choice stays, as the history does; 本机关历年 too."""
    from playwright.sync_api import expect

    hebei = served.ids[("河北省教育厅", 2023)]
    p = Page(browser, DESKTOP, served.url)
    try:
        page = p.goto(f"/#/report/{hebei}")
        expect(page.locator("input[name=scope][value=report]")).to_be_checked()
        page.locator("input[name=scope][value=all]").check()
        ask(page, "平潭2022年新收多少件")
        page.reload()
        expect(page.locator("#r-meta")).to_contain_text("hebei-edu-2023.txt")
        expect(page.locator("input[name=scope][value=all]")).to_be_checked()
        second = ask(page, "那2021年呢")
        expect(second.locator(".a")).to_contain_text("按「平潭2021年新收")
        expect(second.locator(".a")).to_contain_text("70件")
        expect(second.locator(".fresh")).to_have_count(0)
        page.locator("input[name=scope][value=agency]").check()
        page.reload()  # 本机关历年 waits for the report to open, then is chosen again
        expect(page.locator("#r-meta")).to_contain_text("hebei-edu-2023.txt")
        expect(page.locator("input[name=scope][value=agency]")).to_be_checked()
        page.goto(f"{served.url}/#/overview")  # loaded with no report: 全部报告, 本机关历年 again when one opens
        page.reload()
        expect(page.locator("#view-overview")).to_be_visible()
        expect(page.locator("input[name=scope][value=all]")).to_be_checked()
        page.goto(f"{served.url}/#/report/{hebei}")
        expect(page.locator("input[name=scope][value=agency]")).to_be_checked()
    finally:
        p.close()


def zip_of_three(corpus: Path, to: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(to, "w") as z:
        for name in ("ankang-2022.txt", "hebei-edu-2018.txt", "pingtan-2019.txt"):
            z.write(corpus / "reports" / name, name)
    return to


def zip_with_a_damaged_member(corpus: Path, to: Path) -> Path:
    """A report beside a member whose bytes no longer match its CRC (a download damaged in transit)."""
    import zipfile

    with zipfile.ZipFile(to, "w", zipfile.ZIP_STORED) as z:
        z.write(corpus / "reports" / "ankang-2022.txt", "ankang-2022.txt")
        z.writestr("附表说明.txt", "这是附表的说明文字，共三页。" * 20)
    data = bytearray(to.read_bytes())
    data[data.find("这是附表".encode()) + 10] ^= 0xFF
    to.write_bytes(bytes(data))
    return to


def test_a_zip_of_several_reports_says_what_was_left_at_ingest(tmp_path, corpus):
    """`xxgk ingest 附件.zip` of three reports said 「入库 1 份…失败 0 份」 and nothing else: two reports were left in
    the zip without a word. Now each report of an archive is stored (left6); what reading a file left out (a
    damaged member beside the report) is said as it is read."""
    z = zip_of_three(corpus, tmp_path / "附件.zip")
    run = [sys.executable, "-m", "api.cli", "ingest"]
    p = subprocess.run([*run, str(z), "--data-dir", str(tmp_path / "data")], cwd=ROOT, capture_output=True, timeout=300)
    assert p.returncode == 0, p.stderr.decode()
    assert "入库 3 份" in p.stdout.decode(), p.stdout.decode()
    d = zip_with_a_damaged_member(corpus, tmp_path / "损坏.zip")
    p = subprocess.run([*run, str(d), "--data-dir", str(tmp_path / "d2")], cwd=ROOT, capture_output=True, timeout=300)
    err = p.stderr.decode()
    assert p.returncode == 0 and "入库 1 份" in p.stdout.decode(), err
    assert "附表说明.txt 无法完整读取" in err, err


def test_an_upload_of_a_zip_of_several_reports_says_what_was_left(browser, served, tmp_path, corpus):
    """The page's upload line said 「已入库 平潭综合实验区 2019年」 for a zip of three reports: the two others were
    neither stored nor mentioned. Now each is a result of its own, named by its member and its archive; what
    reading left out is the result's `read_notes`, and the page's line says it."""
    from playwright.sync_api import expect

    z = zip_of_three(corpus, tmp_path / "三份.zip")
    r = httpx.post(served.url + "/api/reports", files={"files": (z.name, z.read_bytes())}, timeout=300)
    assert r.status_code == 201, r.text
    got = r.json()
    assert len(got) == 3 and {x["container"] for x in got} == {z.name}, got
    assert all(x["status"] == "created" and x["read_notes"] == [] for x in got), got
    created = [x["report"]["id"] for x in got]
    d = zip_with_a_damaged_member(corpus, tmp_path / "损坏.zip")
    p = Page(browser, DESKTOP, served.url)
    try:
        page = p.goto("/")
        page.set_input_files("#file", [{"name": d.name, "mimeType": "application/zip", "buffer": d.read_bytes()}])
        line = page.locator("#upload-list li").first
        expect(line).to_contain_text("安康市人民政府办公室 2022年")  # (stored by the three above: a copy, said)
        expect(line).to_contain_text("附表说明.txt 无法完整读取")
    finally:
        p.close()
        for rid in created:  # the module's store as the other tests expect it
            assert httpx.delete(f"{served.url}/api/reports/{rid}").status_code == 200


def test_list_takes_a_span_of_years_as_the_page_does(tmp_path, corpus):
    """`xxgk list --year 2021-2022` was refused (「年度应为四位数字」) while /api/reports, the overview and the page
    take 「2021-2023」 and 「2021年至2023年」."""
    src = tmp_path / "in"
    src.mkdir()
    for name in ("pingtan-2020.txt", "pingtan-2021.txt", "pingtan-2022.txt"):
        shutil.copy(corpus / "reports" / name, src / name)
    data = tmp_path / "data"
    run = [sys.executable, "-m", "api.cli"]
    subprocess.run([*run, "ingest", str(src), "--data-dir", str(data)], cwd=ROOT, check=True, capture_output=True)
    for span, years in (("2021-2022", {2021, 2022}), ("2020年至2021年", {2020, 2021}), ("2022", {2022})):
        p = subprocess.run(
            [*run, "list", "--year", span, "--json", "--data-dir", str(data)], cwd=ROOT, capture_output=True, text=True
        )
        assert p.returncode == 0, p.stderr
        assert {json.loads(line)["year"] for line in p.stdout.splitlines()} == years, (span, p.stdout)
    p = subprocess.run(
        [*run, "list", "--year", "2021-20", "--data-dir", str(data)], cwd=ROOT, capture_output=True, text=True
    )
    assert p.returncode == 2 and "一段年份" in p.stderr and "Traceback" not in p.stderr, p.stderr


def test_extract_says_what_a_zip_left_unread(tmp_path, corpus):
    """`xxgk extract 附件.zip -o out.json` of three reports wrote one and said nothing (as `ingest` did)."""
    z = zip_of_three(corpus, tmp_path / "附件.zip")
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "extract", str(z), "-o", str(tmp_path / "out.json")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert p.returncode == 0, p.stderr
    assert "附件.zip: 容器中有3份像是年度报告的内容" in p.stderr and "请分别提交" in p.stderr, p.stderr


def test_an_excel_download_is_the_same_bytes_twice(served):
    """`/api/overview/export?format=xlsx` carried its creation time to the second: a HEAD's Content-Length and the
    GET after it differed by a byte (tests/test_userprobe5.py's HEAD test failed so in a gate run), and two
    downloads of the same table never compared equal."""
    import time

    url = served.url + "/api/overview/export?format=xlsx"
    first = httpx.get(url)
    time.sleep(1.2)
    head, second = httpx.head(url), httpx.get(url)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert head.headers["content-length"] == second.headers["content-length"]
