"""What an analyst and an evaluator meet (userprobe8): a question over a set (「湖南省县级部门2024年新收分别是多少」 →
「范围：湖南省的县级部门 2024年（3份报告）」) that nothing else could list — `xxgk list`, the overview and the exports
had no level; `xxgk check` over a folder with no closing summary. Real processes, a real `xxgk serve` on loopback;
no mocks of our code."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
import sys

import httpx
import pytest

from webserver import ROOT, Server

WILD = ROOT / "eval"
FILES = {  # (body, year) → its file: three 湖南 县级部门, a 湖南 县级政府 of the same year, a 省级部门 elsewhere
    ("双峰县司法局", 2024): "wild19/reports/p24-shuangfeng-sfj-chrome-t4first-2024.pdf",
    ("沅江市自然资源局", 2024): "wild19/reports/d24-yuanjiang-zrzyj-fullwidth-t4first-2024.docx",
    ("安化县人民政府", 2024): "wild19/reports/h24-anhua-gov-dahan-hdr2-units-2024.html",
    ("甘肃省教育厅", 2024): "wild15/reports/p24-gansu-jyt-hdr2-note-2024.pdf",
    ("冷水江市发展和改革局", 2024): "wild19/reports/h24-lengshuijiang-fgj-next-data-rv-defect-2024.html",  # H5
    ("衡阳市住房和城乡建设局", 2022): "wild19/reports/p22-hengyang-zjj-hdr2-heji-defect-2022.pdf",  # 市级部门, H1 H2
}


def cli(*args: str, data=None) -> subprocess.CompletedProcess:
    extra = ["--data-dir", str(data)] if data is not None else []
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args, *extra], cwd=ROOT, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    src = tmp_path_factory.mktemp("reports")
    for rel in FILES.values():
        shutil.copy(WILD / rel, src / rel.rsplit("/", 1)[1])
    d = tmp_path_factory.mktemp("data")
    done = cli("ingest", str(src), data=d)
    assert done.returncode == 0, done.stderr
    return d


@pytest.fixture(scope="module")
def served(data):
    s = Server(data)
    yield s
    s.stop()


def test_list_lists_a_questions_set_by_level_and_says_region_and_level(data):
    """「湖南省县级部门2024年新收分别是多少」 answers over 「湖南省的县级部门 2024年（3份报告）」; `xxgk list` could not list that
    set (no --level; `--agency 湖南 --year 2024` gave every 湖南 body) and its --json had no region or level."""
    asked = cli("ask", "湖南省县级部门2024年新收分别是多少", "--json", data=data)
    assert asked.returncode == 0, asked.stderr
    cited = {c["report_id"] for c in json.loads(asked.stdout)["citations"]}
    listed = cli("list", "--agency", "湖南", "--level", "县级部门", "--year", "2024", "--json", data=data)
    assert listed.returncode == 0, listed.stderr
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {r["agency"] for r in rows} == {"双峰县司法局", "沅江市自然资源局", "冷水江市发展和改革局"}
    assert {r["id"] for r in rows} == cited  # the answer's set, and nothing else
    assert all(r["level"] == "县级部门" and r["region"].startswith("湖南省") for r in rows)
    assert rows[0]["region_code"].startswith("43")
    text = cli("list", "--level", "县级政府", data=data)
    assert "安化县人民政府" in text.stdout and "双峰县司法局" not in text.stdout and "共 1 份报告" in text.stdout
    wrong = cli("list", "--level", "区级", data=data)
    assert wrong.returncode == 2 and "级别「区级」无法识别" in wrong.stderr and "Traceback" not in wrong.stderr


def test_the_overview_and_the_exports_filter_and_say_the_level(served):
    """The overview (the page's table and its CSV/Excel) had province and years but no level: a set answer's
    bodies could not be picked out; /api/export (the cells of a set) neither."""
    url = served.url
    found = httpx.get(url + "/api/overview", params={"level": "县级部门", "region": "湖南省"}).json()
    assert {r["agency"] for r in found["rows"]} == {
        "娄底市双峰县司法局",
        "益阳市沅江市自然资源局",
        "娄底市冷水江市发展和改革局",
    }
    assert all(r["level"] == "县级部门" for r in found["rows"])
    assert found["levels"] == ["省级部门", "市级部门", "县级政府", "县级部门"]
    spoken = httpx.get(url + "/api/overview", params={"level": "区县政府"}).json()
    assert [r["level"] for r in spoken["rows"]] == ["县级政府"]
    sheet = httpx.get(url + "/api/overview/export", params={"format": "csv", "level": "省级部门"})
    rows = list(csv.reader(io.StringIO(sheet.content.decode("utf-8-sig"))))
    assert rows[0][-1] == "级别" and len(rows) == 2 and rows[1][-1] == "省级部门" and rows[1][0] == "甘肃省教育厅"
    cells = httpx.get(url + "/api/export", params={"agency": "湖南", "level": "县级部门", "year": "2024"})
    assert cells.status_code == 200 and cells.headers["x-total-count"] == "3"
    assert {line.split(",")[2] for line in cells.text.splitlines()[1:]} == {
        "双峰县司法局",
        "沅江市自然资源局",
        "冷水江市发展和改革局",
    }
    bad = httpx.get(url + "/api/overview", params={"level": "区级"})
    assert bad.status_code == 422 and "级别「区级」无法识别" in bad.json()["detail"]
    assert httpx.get(url + "/api/export", params={"level": "x"}).status_code == 422


def test_a_store_of_the_previous_overview_gets_its_levels(data, tmp_path):
    """A store whose overview rows were computed before the level (version 2, no column) is read with levels,
    not refused (「no such column」) nor left blank."""
    from api import overview as ov
    from rag.store import Store

    copy = tmp_path / "old"
    shutil.copytree(data, copy)
    db = sqlite3.connect(copy / "xxgk.sqlite")
    db.executescript(
        "DROP TABLE IF EXISTS overview_rows; CREATE TABLE overview_rows(report_id TEXT PRIMARY KEY, version INTEGER,"
        " agency_full TEXT, region TEXT, region_code TEXT, figures TEXT, flagged TEXT, findings TEXT);"
        " INSERT INTO overview_rows SELECT id, 2, agency, '', '', '{}', '[]', '{}' FROM reports;"
    )
    db.commit()
    db.close()
    store = Store(copy)
    rows = ov.all_rows(store.db)
    assert sorted(r.level or "" for r in rows) == [
        "县级政府",
        "县级部门",
        "县级部门",
        "县级部门",
        "市级部门",
        "省级部门",
    ]
    assert all(r.figures.get("new") is not None for r in rows)  # recomputed, not the old rows' blanks


def test_check_over_a_folder_ends_with_a_summary_an_evaluator_can_file(tmp_path):
    """`xxgk check` over 30 files printed 30 blocks and, on stderr among them, the file it could not read: no
    line said how many reports break an identity, which, or which file failed."""
    for rel in (
        "wild19/reports/d25-suining-xiang-feff-extra-carry-defect-2025.docx",
        "wild19/reports/h15-shaodong-gov-legacy-2015.html",
        "wild19/reports/p24-shuangfeng-sfj-chrome-t4first-2024.pdf",
    ):
        shutil.copy(WILD / rel, tmp_path / rel.rsplit("/", 1)[1])
    (tmp_path / "broken.pdf").write_bytes((WILD / FILES[("双峰县司法局", 2024)]).read_bytes()[:3000])
    done = cli("check", str(tmp_path))
    assert done.returncode == 2  # a file could not be read
    tail = done.stdout[done.stdout.index("核查汇总：") :]
    assert "核查 3 份报告，1 个文件读取失败" in tail
    assert "报告错误（印出的数字不符勾稽关系）：1 份：绥宁县长铺子苗族侗族乡人民政府2025年" in tail
    assert "没有读出标准统计表（未核对）：1 份：邵东县人民政府2015年" in tail
    assert "未发现问题：1 份" in tail and "读取失败：" in tail and "broken.pdf" in tail
    one = cli("check", str(tmp_path / "p24-shuangfeng-sfj-chrome-t4first-2024.pdf"))
    assert one.returncode == 0 and "核查汇总" not in one.stdout  # one report: its block says it all


@pytest.fixture(scope="module")
def browser():
    from pathlib import Path

    from playwright.sync_api import expect, sync_playwright

    from test_web import CHROMIUM, FLAGS

    assert Path(CHROMIUM).exists(), "Debian chromium is required (scripts/test installs it)"
    expect.set_options(timeout=20_000)  # a loaded machine renders late
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()
    expect.set_options(timeout=5_000)


def test_the_overview_page_filters_by_level_and_its_cells_link_keeps_every_filter(browser, served):
    """The page's 总览 had no 级别; its 「全部单元格 CSV」 (「导出当前筛选」) kept the name and a single year only: with
    省份 湖南省 chosen (or years 2021-2024) it gave the cells of every report in the store."""
    from playwright.sync_api import expect

    from test_web import DESKTOP, Page

    p = Page(browser, DESKTOP, served.url)
    try:
        page = p.goto("/#/overview")
        expect(page.locator("#o-level-label")).to_be_visible()
        page.select_option("#o-region", "湖南省")
        page.select_option("#o-level", "县级部门")
        expect(page.locator("#o-summary")).to_contain_text("当前筛选 3 份")
        expect(page.locator("#o-table tbody")).to_contain_text("双峰县司法局")
        expect(page.locator("#o-table tbody")).not_to_contain_text("安化县人民政府")
        page.fill("#o-year", "2021-2024")
        expect(page.locator("#o-cells")).to_have_attribute("href", re.compile("year=2021-2024"))
        href = page.locator("#o-cells").get_attribute("href") or ""
        assert "level=%E5%8E%BF%E7%BA%A7%E9%83%A8%E9%97%A8" in href and "region=" in href
        got = httpx.get(served.url + href)
        assert got.headers["x-total-count"] == "3"
        assert {line.split(",")[2] for line in got.text.splitlines()[1:]} == {
            "双峰县司法局",
            "沅江市自然资源局",
            "冷水江市发展和改革局",
        }
        page.select_option("#o-level", "省级部门")  # none in 湖南: 「清除筛选」 clears the level too
        page.click("#o-clear")
        expect(page.locator("#o-summary")).to_contain_text("当前筛选 6 份")
        expect(page.locator("#o-level")).to_have_value("")
    finally:
        p.close()


def test_findings_filter_by_province_and_level_on_the_api_and_the_page(browser, served):
    """「湖南省县级部门的报告错误」: /api/findings and its export took agency, year, kind and check; `region` and
    `level` were ignored without a word (every report's findings came back), and the page's 核查发现 had no 级别."""
    from playwright.sync_api import expect

    from test_web import DESKTOP, Page

    url = served.url
    every = httpx.get(url + "/api/findings").json()
    county = httpx.get(url + "/api/findings", params={"region": "湖南省", "level": "县级部门"}).json()
    assert {i["agency"] for i in every["items"]} >= {"娄底市冷水江市发展和改革局", "衡阳市住房和城乡建设局"}
    assert {i["agency"] for i in county["items"]} == {"娄底市冷水江市发展和改革局"} and county["total"] < every["total"]
    city = httpx.get(url + "/api/findings", params={"level": "市级部门"}).json()
    assert {i["agency"] for i in city["items"]} == {"衡阳市住房和城乡建设局"}
    assert httpx.get(url + "/api/findings", params={"region": "甘肃省"}).json()["total"] == 0
    sheet = httpx.get(url + "/api/findings/export", params={"format": "csv", "level": "县级部门"})
    rows = list(csv.reader(io.StringIO(sheet.content.decode("utf-8-sig"))))
    assert len(rows) == county["total"] + 1 and {r[0] for r in rows[1:]} == {"娄底市冷水江市发展和改革局"}
    bad = httpx.get(url + "/api/findings/export", params={"level": "区级"})
    assert bad.status_code == 422 and "级别「区级」无法识别" in bad.json()["detail"]
    p = Page(browser, DESKTOP, url)
    try:
        page = p.goto("/#/findings")
        expect(page.locator("#f-summary")).to_contain_text(f"共 {every['total']} 条")
        page.select_option("#f-level", "市级部门")
        expect(page.locator("#f-summary")).to_contain_text(f"共 {city['total']} 条")
        expect(page.locator("#f-list")).to_contain_text("衡阳市住房和城乡建设局")
        expect(page.locator("#f-list")).not_to_contain_text("冷水江市发展和改革局")
        expect(page.locator("#f-csv")).to_have_attribute("href", re.compile("level=%E5%B8%82"))
    finally:
        p.close()


def test_check_reads_the_store_by_id_and_whole(data):
    """`xxgk list` shows ids; `xxgk check <id>` said 「文件不存在」 and nothing checked a whole store: an evaluator
    had to find the files again. Ids and `--store` check the reports as stored, with the summary."""
    ids = {
        json.loads(line)["agency"]: json.loads(line)["id"]
        for line in cli("list", "--json", data=data).stdout.splitlines()
    }
    one = cli("check", ids["冷水江市发展和改革局"], data=data)
    assert one.returncode == 1, one.stderr  # a report error, as for a file
    assert "[GF2021] 冷水江市发展和改革局 2024年" in one.stdout and "✘ [H5]" in one.stdout
    whole = cli("check", "--store", data=data)
    assert whole.returncode == 1 and whole.stdout.count("\n== ") + whole.stdout.startswith("== ") == 6
    tail = whole.stdout[whole.stdout.index("核查汇总：") :]
    assert "核查 6 份报告" in tail and "冷水江市发展和改革局2024年" in tail and "衡阳市住房和城乡建设局2022年" in tail
    assert "未发现问题：4 份" in tail
    gone = cli("check", "0123456789abcdef", data=data)
    assert gone.returncode == 2 and "库中没有这份报告：0123456789abcdef" in gone.stderr
    none = cli("check", data=data)
    assert none.returncode == 2 and "--store" in none.stderr and "Traceback" not in none.stderr


def test_a_query_parameter_no_route_takes_is_refused_in_words(served):
    """「/api/overview?province=湖南省」 (the page's word is 省份, the API's `region`) and 「/api/findings?region=…」
    (before this branch took it) answered 200 with every report, as if filtered: a mistyped filter was a wrong
    figure. Now 422 naming it and what the route takes; the page and `_` cache-busters pass."""
    url = served.url
    bad = httpx.get(url + "/api/overview", params={"province": "湖南省"})
    assert bad.status_code == 422
    said = bad.json()["detail"]
    assert "不认识的参数 province" in said and "region" in said and "level" in said
    assert (
        httpx.get(url + "/api/reports", params={"agency": "湖南", "lim": "3"})
        .json()["detail"]
        .startswith("请求参数有误：不认识的参数 lim")
    )
    head = httpx.head(url + "/api/export", params={"provinc": "x"})
    assert head.status_code == 422
    assert httpx.get(url + "/api/overview", params={"region": "湖南省", "_": "1700000000"}).status_code == 200
    assert httpx.get(url + "/", params={"utm_source": "mail"}).status_code == 200  # the page itself: not an API
    assert httpx.get(url + "/docs", params={"x": "1"}).status_code == 200


def test_an_older_answer_arriving_last_does_not_undo_a_newer_filter(browser, served):
    """On a slow server the answer to 「湖南省」 alone could arrive after the one to 「湖南省 + 县级部门」 and draw every Hunan
    report under the level's choice (seen in the suite at load 15). The page keeps the newest request's answer."""
    from playwright.sync_api import expect

    from test_web import DESKTOP, Page

    p = Page(browser, DESKTOP, served.url)
    try:
        page = p.goto("/#/overview")
        expect(page.locator("#o-level-label")).to_be_visible()
        # the answers to an overview without a level are held back 1.5 s: they arrive after the newer request's
        page.evaluate(
            """() => { const real = window.fetch; window.fetch = (u, o) => String(u).startsWith('/api/overview?')
                 && !String(u).includes('level=') ? new Promise((ok) => setTimeout(() => ok(real(u, o)), 1500))
                 : real(u, o); }"""
        )
        page.select_option("#o-region", "湖南省")
        page.select_option("#o-level", "县级部门")
        page.wait_for_timeout(2500)  # (the held-back answer has come by now)
        expect(page.locator("#o-summary")).to_contain_text("当前筛选 3 份")
        expect(page.locator("#o-table tbody")).to_contain_text("双峰县司法局")
        expect(page.locator("#o-table tbody")).not_to_contain_text("安化县人民政府")
    finally:
        p.close()
