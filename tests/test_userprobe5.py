"""What a user meets (userprobe5): PDFium's English in errors, the CLI's internal words, the API's
error contract, exports opened in a spreadsheet. Real processes, real servers on loopback, no mocks
of our code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def xxgk(*args: str, timeout: int = 300, **env_extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM") and k != "XXGK_DEBUG"}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], cwd=ROOT, capture_output=True, env=env, timeout=timeout
    )


def _cut_pdf(corpus: Path) -> bytes:
    return (corpus / "reports" / "hongze-2023.pdf").read_bytes()[:3000]


@pytest.mark.parametrize("reader", ["layer", "ocr"])
def test_pdfium_cannot_open_is_said_in_chinese_at_the_source(corpus, reader):
    """pdf_layer and ocr_load put PDFium's own English (「Failed to load document (PDFium: Data format
    error).」) into their ExtractError; only load_pdf reworded it."""
    from extractor.schema import ExtractError

    if reader == "layer":
        from extractor.pdf_layer import load_pdf_layer as read
    else:
        from extractor.ocr_load import ocr_pdf_pages as read
    with pytest.raises(ExtractError) as e:
        read(_cut_pdf(corpus))
    msg = str(e.value)
    assert e.value.code == "bad_pdf" and msg.startswith("PDF 无法打开") and "没有下载完整" in msg, msg
    assert not any(w in msg for w in ("Failed", "PDFium", "error")), msg


def test_pdfplumber_cannot_open_is_said_without_a_class_name(tmp_path, corpus, monkeypatch):
    """XXGK_PDF_ENGINE=pdfplumber said 「…：PDFSyntaxError」 (a Python class name)."""
    from extractor.load_pdf import load_pdf
    from extractor.schema import ExtractError

    monkeypatch.setenv("XXGK_PDF_ENGINE", "pdfplumber")
    with pytest.raises(ExtractError) as e:
        load_pdf(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    assert str(e.value) == "PDF 无法打开（文件损坏或加密）", str(e.value)


def test_ask_prints_no_internal_route_name(tmp_path, corpus):
    """Every answer ended with 「—— 路径：value.cells，312 ms」: our route's name, to every user."""
    data = str(tmp_path / "d")
    p = xxgk("ingest", str(corpus / "reports" / "ankang-2022.txt"), "--data-dir", data)
    assert p.returncode == 0, p.stderr.decode()
    p = xxgk("ask", "安康2022年新收申请多少件？", "--data-dir", data)
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0 and "件" in out, out
    assert "路径" not in out and " ms" not in out, out
    p = xxgk("ask", "安康2022年新收申请多少件？", "--data-dir", data, XXGK_DEBUG="1")
    assert "路径：" in p.stdout.decode("utf-8")  # still there for us


def test_help_names_every_argument_in_chinese_and_there_is_a_version():
    """`xxgk check --help` listed 「位置参数: files」 with no word on it (ask: 「question」, remove: 「ids」,
    bulk's --workers had no help at all); `xxgk --version` was 「无法识别的参数」."""
    from extractor import __version__

    p = xxgk("--version")
    assert p.returncode == 0 and p.stdout.decode().strip() == f"xxgk {__version__}", p
    english = ("files", "question", "inputs", "paths", "ids")
    for cmd in ("extract", "check", "ingest", "bulk", "ask", "remove"):
        p = xxgk(cmd, "--help")
        out = p.stdout.decode("utf-8")
        assert p.returncode == 0, out
        positional = out.split("位置参数:")[1].split("选项:")[0]
        assert not any(w in positional.split() for w in english), (cmd, positional)
        lines = [ln for ln in positional.splitlines() if ln.strip()]
        assert all(len(ln.split()) > 1 for ln in lines), (cmd, positional)  # each with its help
    out = xxgk("bulk", "--help").stdout.decode("utf-8")
    assert "--workers N" in out and "工作进程数" in out, out
    assert "xxgk list" in xxgk("remove", "--help").stdout.decode("utf-8")


def test_list_of_one_year_says_the_year_once(tmp_path, corpus):
    """`xxgk list --year 2023` ended 「2023—2023年」."""
    data = str(tmp_path / "d")
    assert xxgk("ingest", str(corpus / "reports" / "ankang-2022.txt"), "--data-dir", data).returncode == 0
    out = xxgk("list", "--data-dir", data).stdout.decode("utf-8")
    assert "，2022年（" in out and "2022—2022" not in out, out


@pytest.fixture(scope="module")
def served(tmp_path_factory, corpus):
    from webserver import Server

    data = tmp_path_factory.mktemp("data")
    p = xxgk("ingest", str(corpus / "reports" / "ankang-2022.txt"), "--data-dir", str(data))
    assert p.returncode == 0, p.stderr.decode()
    s = Server(data)
    yield s
    s.stop()


def test_a_downloaded_cells_csv_names_each_cell_in_words(served):
    """A report's 「单元格 CSV」 opened in Excel said 「t3.r4_1.tot」 and nothing else about the cell."""
    import csv
    import io

    import httpx

    rid = httpx.get(served.url + "/api/reports").json()[0]["id"]
    for url in (f"/api/reports/{rid}/export?format=csv", "/api/export?format=csv"):
        r = httpx.get(served.url + url)
        assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf"), url
        rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
        by_key = {row["key"]: row for row in rows}
        assert by_key["t3.new.tot"]["label"] == "表三·一、本年新收政府信息公开申请数量·总计", by_key["t3.new.tot"]
        assert by_key["t3.new.tot"]["value"] == "56"
        assert all(row["label"].startswith("表") for row in rows), url
        assert list(rows[0])[:11] == [
            "report_id",
            "source",
            "agency",
            "year",
            "template",
            "table",
            "row",
            "col",
            "key",
            "value",
            "raw",
        ]  # bulk's columns, in their places


@pytest.mark.parametrize(
    "body,said",
    [
        ({"question": ""}, "question：不能为空"),
        ({"question": "问" * 5000}, "question：太长（最多"),
    ],
)
def test_a_refused_question_says_the_bound(served, body, said):
    """422 「question：太短」/「太长」 left the client guessing what length is allowed."""
    import httpx

    r = httpx.post(served.url + "/api/ask", json=body)
    assert r.status_code == 422 and said in r.json()["detail"], r.text


def test_a_refused_limit_says_the_bound(served):
    import httpx

    r = httpx.get(served.url + "/api/reports", params={"limit": 0})
    assert r.status_code == 422 and "limit：应不小于 1" in r.json()["detail"], r.text
    r = httpx.get(served.url + "/api/export", params={"limit": 10**6})
    assert r.status_code == 422 and "limit：应不大于 5000" in r.json()["detail"], r.text


def test_chat_mode_ends_on_tuichu(tmp_path, corpus):
    """In `xxgk ask` chat mode 「退出」 was asked as a question over every report: it quoted 「贫困退出」."""
    data = str(tmp_path / "d")
    assert xxgk("ingest", str(corpus / "reports"), "--data-dir", data).returncode == 0
    for word in ("退出", "quit", "exit"):
        env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
        p = subprocess.run(
            [sys.executable, "-m", "api.cli", "ask", "--data-dir", data],
            cwd=ROOT,
            input=f"安康2022年新收多少件\n{word}\n平潭2022年新收多少件\n".encode(),
            capture_output=True,
            env=env,
            timeout=120,
        )
        out = p.stdout.decode("utf-8")
        assert p.returncode == 0 and "56件" in out, out
        # (the prompt is said on stderr: stdout carries the answers only, userprobe6)
        assert "平潭" not in out and p.stderr.decode("utf-8").count("问>") == 2, (word, out)


def test_head_answers_as_get_without_a_body(served):
    """`curl -I` on a download or a listing was 405 「不支持这种请求方法」 (only / and /api/health took HEAD)."""
    import httpx

    rid = httpx.get(served.url + "/api/reports").json()[0]["id"]
    for url in (
        "/api/reports",
        f"/api/reports/{rid}",
        f"/api/reports/{rid}/export?format=csv",
        f"/api/reports/{rid}/export?format=html",
        "/api/export?format=csv",
        "/api/overview/export?format=xlsx",
        "/api/findings",
        "/api/health",
        "/",
    ):
        get = httpx.get(served.url + url)
        head = httpx.head(served.url + url)
        assert head.status_code == get.status_code == 200, (url, head.status_code, head.text)
        assert head.content == b"", url
        for h in ("content-type", "content-disposition", "x-total-count", "content-length"):
            assert head.headers.get(h) == get.headers.get(h), (url, h)
    assert httpx.head(served.url + "/api/reports/nosuch").status_code == 404


@pytest.mark.parametrize("cmd", ["check", "ingest"])
def test_a_glob_that_matches_nothing_beside_other_inputs_is_said(tmp_path, corpus, cmd):
    """`xxgk check 'in/附件*.pdf' in/ankang.txt` read ankang and said nothing of the pattern (exit 0):
    a mistyped pattern lost its files without a word. Alone it was said (「没有找到任何输入文件」)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "ankang-2022.txt").write_bytes((corpus / "reports" / "ankang-2022.txt").read_bytes())
    extra = ["--data-dir", str(tmp_path / "d")] if cmd == "ingest" else []
    p = xxgk(cmd, str(src / "附件*.pdf"), str(src / "ankang-2022.txt"), *extra)
    err = p.stderr.decode("utf-8")
    assert p.returncode == 2 and "附件*.pdf: 文件不存在" in err, err
    p = xxgk(cmd, str(src / "附件*.pdf"), *extra)
    assert p.returncode == 2 and "没有找到任何输入文件" in p.stderr.decode("utf-8")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import expect, sync_playwright

    from test_web import CHROMIUM, FLAGS

    assert Path(CHROMIUM).exists(), "Debian chromium is required (scripts/test installs it)"
    expect.set_options(timeout=20_000)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()
    expect.set_options(timeout=5_000)


@pytest.fixture
def page(browser, served):
    from test_web import DESKTOP, Page

    p = Page(browser, DESKTOP, served.url)
    yield p
    p.close()


def test_a_report_that_cannot_be_opened_shows_nothing_of_the_last_one(page, served):
    """After a report, a link to a removed or mistyped id said 「打不开这份报告」 above the first report's
    figures, tables and downloads, and the chat's 「当前报告」 still asked the first report."""
    import httpx
    from playwright.sync_api import expect

    rid = httpx.get(served.url + "/api/reports").json()[0]["id"]
    pg = page.goto(f"/#/report/{rid}")
    expect(pg.locator('td[data-key="t3.new.tot"]')).to_have_text("56")
    pg.goto(served.url + "/#/report/nosuchid")
    expect(pg.locator("#r-title")).to_have_text("打不开这份报告：没有这份报告：nosuchid")
    expect(pg.locator('td[data-key="t3.new.tot"]')).to_have_count(0)
    expect(pg.locator("#r-downloads a")).to_have_count(0)
    expect(pg.locator("#r-figures")).to_be_empty()
    expect(pg.locator(".report-body")).to_be_hidden()
    expect(pg.locator("input[name=scope][value=report]")).to_be_disabled()
    expect(pg.locator("#scope-report")).to_have_text("当前报告")
    pg.goto(served.url + f"/#/report/{rid}")  # and a report opens again as before
    expect(pg.locator('td[data-key="t3.new.tot"]')).to_have_text("56")
    expect(pg.locator(".report-body")).to_be_visible()
    expect(pg.locator("input[name=scope][value=report]")).to_be_enabled()
    page.errors[:] = [e for e in page.errors if "404 (Not Found)" not in e]  # the unknown id's own request


@pytest.mark.parametrize("hash_", ["#/nonsense", "#/overview?agency=%E5%AE%89%E5%BA%B7", "#/findings?kind=x"])
def test_an_address_the_page_does_not_know_opens_a_view(page, served, hash_):
    """「#/nonsense」 left a blank page under the upload box; 「#/overview?agency=…」 (a hand-made link)
    threw 「… is not a valid selector」 and showed nothing."""
    from playwright.sync_api import expect

    pg = page.goto("/" + hash_)
    view = "#view-findings" if hash_.startswith("#/findings") else "#view-overview"
    expect(pg.locator(view)).to_be_visible()
    expect(pg.locator(view + " h1")).to_be_visible()
    assert not [e for e in page.errors if "selector" in e], page.errors


def test_extract_of_several_reports_into_a_json_file_is_one_json_document(tmp_path, corpus):
    """`xxgk extract a.txt b.txt -o out.json` wrote JSON Lines into the .json file: json.load said
    「Extra data」. A .json file is an array now (one report stays one object; .jsonl stays lines)."""
    import json

    a, b = (str(corpus / "reports" / n) for n in ("ankang-2022.txt", "pingtan-2022.txt"))
    out = tmp_path / "out.json"
    p = xxgk("extract", a, b, "-o", str(out))
    assert p.returncode == 0, p.stderr.decode()
    got = json.loads(out.read_text(encoding="utf-8"))
    assert [r["year"] for r in got] == [2022, 2022] and got[0]["agency"] == "安康市人民政府办公室"
    p = xxgk("extract", a, b, "--format", "cells", "-o", str(out))
    assert [r["t3"]["new.tot"] for r in json.loads(out.read_text(encoding="utf-8"))] == [56, 74]
    p = xxgk("extract", a, "-o", str(out))
    assert json.loads(out.read_text(encoding="utf-8"))["year"] == 2022  # one report: the object
    lines = tmp_path / "out.jsonl"
    p = xxgk("extract", a, b, "-o", str(lines))
    assert [json.loads(ln)["year"] for ln in lines.read_text(encoding="utf-8").splitlines()] == [2022, 2022]


def test_a_body_that_cannot_be_parsed_says_what_to_change(served):
    """A GBK-encoded JSON body was 400 「请求格式有误」; a year in words was 「year：应为整数」."""
    import httpx

    r = httpx.post(
        served.url + "/api/ask",
        content='{"question":"安康新收多少件"}'.encode("gbk"),
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 400 and "UTF-8" in r.json()["detail"], r.text
    r = httpx.post(served.url + "/api/ask", json={"question": "安康新收多少件", "year": "二〇二二"})
    assert r.status_code == 422 and "year：应为年份，如 2022" in r.json()["detail"], r.text
    r = httpx.post(served.url + "/api/ask", json={"question": "安康新收多少件", "year": "2022年"})
    assert r.status_code == 200 and r.json()["value"] == 56, r.text


def test_a_request_uvicorn_cannot_parse_is_answered_in_chinese_json(served):
    """`curl 'http://…/api/reports?year=二〇二三'` (the characters sent raw) got uvicorn's text/plain
    「Invalid HTTP request received.」, the one English answer of the service."""
    import json
    import socket

    host, port = served.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall("GET /api/reports?year=二〇二三 HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        got = b""
        while chunk := s.recv(65536):
            got += chunk
    head, _, body = got.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400") and b"application/json" in head.lower(), got
    detail = json.loads(body.decode("utf-8"))["detail"]
    assert "URL 编码" in detail and "Invalid" not in detail, detail
    import httpx

    assert httpx.get(served.url + "/api/health").status_code == 200  # the service goes on


def test_the_printed_check_sheet_names_the_template_in_words(served):
    """The 核验单 said 「格式：GF2021」, our code; the page says 「2021版格式」."""
    import httpx

    rid = httpx.get(served.url + "/api/reports").json()[0]["id"]
    page = httpx.get(served.url + f"/api/reports/{rid}/export?format=html").text
    assert "格式：2021版（国办公开办函〔2021〕30号）" in page and "GF2021" not in page


def test_an_implausible_year_flag_is_a_usage_line(tmp_path, corpus):
    """`xxgk ask "…" --year 1800` was 「内部错误…ValidationError: 1 validation error for Scope…」, exit 70."""
    data = str(tmp_path / "d")
    assert xxgk("ingest", str(corpus / "reports" / "ankang-2022.txt"), "--data-dir", data).returncode == 0
    for cmd in (["ask", "新收多少件"], ["list"]):
        p = xxgk(*cmd, "--year", "1800", "--data-dir", data)
        err = p.stderr.decode("utf-8")
        assert p.returncode == 2 and "年度应在 1990–2100 之间：1800" in err and "Error" not in err, err
