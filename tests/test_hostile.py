"""The hostile corpus (tests/hostile.py) as careless users and attackers send it, through the CLI
(real subprocesses) and over HTTP (a real server on loopback): never a traceback, never a 5xx, every
refusal one clear Chinese line, the service still up after each; plus the guards behind the
budgets (deadline, memory limit, the client leaving), CSRF and authentication before the body,
numbers of any size end to end, and what the store does with the same report sent again."""

from __future__ import annotations

import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from api.sandbox import Limits, extract_guarded
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.schema import ExtractError
from hostile import (
    CASES,
    damaged_entry,
    docx_altchunk_tables,
    docx_vmerge,
    encodings_of,
    html_span,
    odt,
    ofd_shared_page,
    png,
    report_text,
    with_cell,
    xlsx_shared_sheet,
)
from webserver import Server

ROOT = Path(__file__).resolve().parent.parent
STATUS = {
    "over_budget": 413,
    "encrypted": 422,
    "bad_docx": 422,
    "bad_encoding": 415,
    "not_a_report": 422,
    "report": 201,
    "too_large": 413,
    "unsupported": 415,
}


def xxgk(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_")} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "api.cli", *args], cwd=ROOT, capture_output=True, env=full, timeout=timeout
    )


def one_line_no_traceback(p: subprocess.CompletedProcess) -> str:
    err = p.stderr.decode()
    assert "Traceback" not in err, err
    return err


def county(name: str, year: int = 2023, seed: int = 2) -> bytes:
    """A clean report of another agency (and year): reports that are not versions of each other."""
    return report_text(seed=seed).replace("测试县", name).replace("2023", str(year)).encode()


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("hostile")
    out = {}
    for c in CASES:
        out[c.name] = d / c.name
        out[c.name].write_bytes(c.build())
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("hostile-api"))
    yield s
    s.stop()


# ------------------------------------------------------------------------------------------ the corpus
def test_cli_reads_the_hostile_corpus_file_by_file(hostile_files):
    """One run over every hostile file: each refused in one line naming it, the others read."""
    # (one process for ~40 files, a few seconds each on a loaded machine: 120 s was the whole run's limit)
    p = xxgk("extract", "--format", "cells", *map(str, hostile_files.values()), timeout=400)
    err = one_line_no_traceback(p)
    assert p.returncode == 2  # some inputs could not be read; the rest went on
    out = [json.loads(line) for line in p.stdout.decode().splitlines()]
    read = {Path(o["source"]).name for o in out if "template" in o}
    for c in CASES:
        if c.expect == "report":
            assert c.name in read, c.name
        else:
            line = next((ln for ln in err.splitlines() if c.name in ln), "")
            assert c.needle in line, (c.name, line)


def test_http_answers_every_hostile_file_without_a_5xx(server, hostile_files):
    codes = []
    for c in CASES:
        r = httpx.post(
            server.url + "/api/reports", files={"files": (c.name, hostile_files[c.name].read_bytes())}, timeout=120
        )
        codes.append(r.status_code)
        assert r.status_code == STATUS[c.expect], (c.name, r.status_code, r.text[:300])
        if c.expect != "report":
            assert c.needle in r.json()["detail"], (c.name, r.json())
        assert httpx.get(server.url + "/api/health", timeout=10).status_code == 200  # still up
    assert not [x for x in codes if x >= 500]


# ------------------------------------------------------------------------------------------ the guards
def test_guard_kills_a_runaway_at_its_deadline(monkeypatch):
    """With the merge budget lifted, python-docx spends ~35 s on this 600-row merge; the child is
    stopped at its CPU limit and the caller gets a clear error."""
    monkeypatch.setenv("XXGK_MAX_MERGE_COST", str(10**13))
    with pytest.raises(ExtractError) as e:
        extract_guarded(docx_vmerge(600), "merge.docx", limits=Limits(cpu_seconds=1, wall_seconds=30, memory_mb=1024))
    assert e.value.code == "timeout" and "处理超时" in str(e.value)


def test_guard_turns_memory_exhaustion_into_an_error(monkeypatch):
    """With the grid budget lifted, a 3000×3000 span wants gigabytes; the child's address space is
    capped and the caller gets a clear error, not an OOM-killed machine."""
    monkeypatch.setenv("XXGK_MAX_GRID_CELLS", str(10**13))
    with pytest.raises(ExtractError) as e:
        extract_guarded(html_span(3000), "span.html", limits=Limits(cpu_seconds=60, wall_seconds=120, memory_mb=400))
    assert "内存" in str(e.value) and e.value.code in ("over_budget", "worker_died")


def _ocr() -> None:
    from extractor.ocr import available

    if not available():
        pytest.skip("the OCR group is not installed")


def test_a_picture_over_the_pixel_budget_is_refused_before_it_is_decoded():
    """A 10,000 × 10,000 PNG is 120 KB and 100 MB decoded: Pillow only warns below twice its limit
    (the picture was decoded and OCR'd, ~1 GB); ours is the limit."""
    _ocr()
    with pytest.raises(ExtractError) as e:
        extract_bytes(png(10_000, 10_000), "bomb.png")
    assert e.value.code == "too_large" and "像素" in str(e.value)


def test_a_picture_bomb_is_one_line_on_the_command_line(tmp_path):
    """The parent sizes the child's limits from the picture's header: Pillow's own warning about a
    decompression bomb went to the user's terminal too (two lines of warnings.warn before ours)."""
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png(10_000, 10_000))
    p = xxgk("extract", str(bomb))
    err = one_line_no_traceback(p)
    assert p.returncode == 2 and len(err.strip().splitlines()) == 1 and "Warning" not in err, err


def test_the_frames_of_a_scan_are_decoded_one_at_a_time(tmp_path):
    """A TIFF of 20 frames of 16 MP (2 MB on disk) is 320 MB decoded: read in a child allowed 200 MB
    more address space, frame by frame (each OCR'd and dropped) it fits; held all at once (as it
    was: 80 frames of 49 MP took 3.8 GB) it does not."""
    from PIL import Image

    frame = Image.new("L", (4000, 4000), 255)
    tiff = tmp_path / "scan.tiff"
    frame.save(tiff, save_all=True, append_images=[frame] * 19, compression="tiff_adobe_deflate")
    code = (
        "import resource, sys\n"
        "from extractor.ocr_load import image_frames\n"
        "data = open(sys.argv[1], 'rb').read()\n"
        "import PIL.TiffImagePlugin\n"  # (imported before the limit: its own memory is not the frames')
        "with open('/proc/self/statm') as f: size = int(f.read().split()[0]) * resource.getpagesize()\n"
        "resource.setrlimit(resource.RLIMIT_AS, (size + 200 * 2**20, resource.RLIM_INFINITY))\n"
        "print(sum(1 for f in image_frames(data)))\n"
    )
    p = subprocess.run([sys.executable, "-c", code, str(tiff)], cwd=ROOT, capture_output=True, timeout=120)
    assert p.returncode == 0 and p.stdout.strip() == b"20", p.stderr.decode()[-300:]


def test_pictures_past_the_ocr_page_budget_are_refused(monkeypatch):
    """A page of pictures (no table in its text, so each is read by OCR): the pictures count against
    the OCR page budget as a scan's pages do, else a page of a thousand runs for an hour."""
    import base64

    _ocr()
    monkeypatch.setenv("XXGK_OCR_MAX_PAGES", "2")
    img = f'<img src="data:image/png;base64,{base64.b64encode(png(300, 300)).decode()}">'
    page = f"<html><body><p>某县2023年政府信息公开工作年度报告</p>{img * 3}</body></html>".encode()
    with pytest.raises(ExtractError) as e:
        extract_bytes(page, "pictures.html")
    assert e.value.code == "too_large" and "OCR 上限" in str(e.value)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (lambda: ofd_shared_page(100, 1024 * 1024), "OFD 页面内容解压后"),
        (lambda: xlsx_shared_sheet(100, padding=1024 * 1024), "Excel 工作表解压后"),
    ],
    ids=["ofd_pages", "xlsx_sheets"],
)
def test_a_part_read_once_per_reference_is_charged_each_time(monkeypatch, data, needle):
    """Pages (or sheets) that all name one part: the directory counts the part once, the loader
    parses it once per page — 490 pages of one 24 MB part ran for minutes from a 60 KB file. Each
    read is charged to the package's inflated-bytes budget (here lowered to 2 MB: 1 MB a read)."""
    monkeypatch.setenv("XXGK_MAX_ZIP_TOTAL_BYTES", str(2 * 1024 * 1024))
    with pytest.raises(ExtractError) as e:
        load_bytes(data())
    assert e.value.code == "over_budget" and needle in str(e.value)


def test_rtf_altchunks_share_the_word_files_grid_budget(monkeypatch):
    """Each altChunk part was read with a grid meter of its own: N parts, N budgets (HTML parts:
    tests/hostile.py's docx_two_altchunk_tables_490k; RTF parts here, the budget lowered to 100
    slots and each part's table 10 × 8)."""
    monkeypatch.setenv("XXGK_MAX_GRID_CELLS", "100")
    with pytest.raises(ExtractError) as e:
        load_bytes(docx_altchunk_tables(2, 10, rtf=True))
    assert e.value.code == "over_budget" and "160" in str(e.value)


@pytest.mark.parametrize(
    ("package", "entry"),
    [
        (lambda: odt("<text:p>政府信息公开工作年度报告</text:p>"), "content.xml"),
        (lambda: xlsx_shared_sheet(), "xl/worksheets/sheet1.xml"),
        (lambda: ofd_shared_page(1, 10), "Doc_0/Pages/Page_0/Content.xml"),
    ],
    ids=["odt", "xlsx", "ofd"],
)
def test_a_package_whose_entry_does_not_inflate_is_a_clear_error(package, entry):
    """zlib's error escaped the package loaders but Word's (found by flipping bytes of generated
    reports): 「内部错误 RuntimeError … Error -3 while decompressing data」 to the user."""
    with pytest.raises(ExtractError) as e:
        load_bytes(damaged_entry(package(), entry))
    assert e.value.code == "bad_package" and "已损坏" in str(e.value)


def test_guarded_extraction_is_the_same_report():
    data = with_cell(str(2**70))
    assert extract_guarded(data, "x.txt").model_dump() == extract_bytes(data, "x.txt").model_dump()


def _descendants(pid: int) -> dict[int, tuple[int, str]]:
    """pid → (parent, cmdline) of every process below `pid`."""
    procs = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            procs[int(entry)] = (int(stat.rsplit(")", 1)[1].split()[1]), cmd)
    out, frontier = {}, {pid}
    while frontier:
        kids = {p for p, (ppid, _) in procs.items() if ppid in frontier}
        out.update({p: procs[p] for p in kids})
        frontier = kids
    return out


def _workers(server_pid: int) -> set[int]:
    """Children of the fork server: the processes reading uploads."""
    procs = _descendants(server_pid)
    forkservers = {p for p, (ppid, cmd) in procs.items() if ppid == server_pid and "forkserver" in cmd}
    return {p for p, (ppid, _) in procs.items() if ppid in forkservers}


@pytest.fixture(scope="module")
def unbudgeted(tmp_path_factory):
    """A server with the grid and merge budgets lifted (what the sandbox alone must hold), a small
    worker memory, an API key and a small upload limit."""
    s = Server(
        tmp_path_factory.mktemp("unbudgeted"),
        env={
            "XXGK_MAX_GRID_CELLS": str(10**13),
            "XXGK_MAX_MERGE_COST": str(10**13),
            "XXGK_WORKER_MEMORY_MB": "400",
            "XXGK_API_KEY": "secret",
            "XXGK_MAX_UPLOAD_BYTES": "200000",
        },
    )
    yield s
    s.stop()


KEY = {"X-API-Key": "secret"}


def test_one_hostile_file_cannot_take_the_service_down(unbudgeted):
    r = httpx.post(
        unbudgeted.url + "/api/reports", files={"files": ("span.html", html_span(3000))}, headers=KEY, timeout=120
    )
    assert r.status_code in (413, 422) and "内存" in r.json()["detail"]
    assert httpx.get(unbudgeted.url + "/api/health").json()["status"] == "ok"


def test_the_child_is_killed_when_the_client_leaves(unbudgeted):
    """The upload would take ~35 s; the client gives up after 2 s; its child process goes (it would
    have run on for half a minute) and the server answers the next request."""
    pid = unbudgeted.proc.pid
    before = _workers(pid)
    with pytest.raises(httpx.TimeoutException):
        httpx.post(
            unbudgeted.url + "/api/reports", files={"files": ("merge.docx", docx_vmerge(600))}, headers=KEY, timeout=2
        )
    started = _workers(pid) - before
    deadline = time.monotonic() + 10
    while _workers(pid) - before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _workers(pid) - before, f"worker(s) {started} still running after the client left"
    assert httpx.get(unbudgeted.url + "/api/health").status_code == 200


def _raw(url: str, head: str, body: bytes = b"", chunks: list[bytes] | None = None) -> tuple[int, bytes]:
    """Send a request by hand (headers and only as much of the body as given) and read the
    response status: what a client streaming a huge body sees."""
    host, port = url.rsplit("//", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=20) as s:
        s.sendall(head.encode() + b"\r\n" + body)
        try:
            for c in chunks or []:
                s.sendall(b"%x\r\n%s\r\n" % (len(c), c))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed while we were still sending: what we want
        data = b""
        while True:  # headers, then as much body as they announce
            got = s.recv(65536)
            data += got
            top, _, rest = data.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in top.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                None,
            )
            if not got or (length is not None and len(rest) >= length):
                break
    return int(data.split(b" ", 2)[1]), data


def test_key_is_checked_before_a_huge_body_is_read(unbudgeted):
    """171 MB announced, 1 KB sent: the wrong key is refused at once (the body is never read)."""
    head = (
        f"POST /api/reports/text HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {171 * 1024 * 1024}\r\nX-API-Key: wrong\r\n"
    )
    status, data = _raw(unbudgeted.url, head, b'{"text": "' + b"a" * 1024)
    assert status == 401 and b"API key" in data
    # the right key, the same announced size: refused for its size, still before reading it
    status, data = _raw(unbudgeted.url, head.replace("wrong", "secret"), b'{"text": "')
    assert status == 413 and "请求体过大".encode() in data


def test_body_cap_holds_while_a_chunked_body_streams(unbudgeted):
    head = (
        "POST /api/reports HTTP/1.1\r\nHost: x\r\nX-API-Key: secret\r\nTransfer-Encoding: chunked\r\n"
        "Content-Type: multipart/form-data; boundary=b\r\n"
    )
    part = b'--b\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
    status, data = _raw(unbudgeted.url, head, chunks=[part] + [b"x" * 65536] * 60)  # 3.9 MB > 2.9 MB cap
    assert status == 413 and "请求体过大".encode() in data
    assert httpx.get(unbudgeted.url + "/api/health").status_code == 200


def test_api_key_and_per_file_limit(unbudgeted):
    data = county("键县")
    assert httpx.post(unbudgeted.url + "/api/reports", files={"files": ("a.txt", data)}).status_code == 401
    assert httpx.delete(unbudgeted.url + "/api/reports/abc").status_code == 401
    big = httpx.post(unbudgeted.url + "/api/reports", files={"files": ("a.txt", data * 60)}, headers=KEY)
    assert big.status_code == 413 and "文件过大" in big.json()["detail"]


# ------------------------------------------------------------------------------------------ CSRF
@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site", "Origin": "http://evil.example"},
        {"Sec-Fetch-Site": "same-site"},
    ],
)
def test_cross_site_writes_are_refused_without_any_key(server, headers):
    data = county("跨站县")
    for method, path, kw in (
        ("post", "/api/reports", {"files": {"files": ("a.txt", data)}}),
        ("post", "/api/reports/text", {"json": {"text": data.decode()}}),
        ("delete", "/api/reports/0000000000000000", {}),
        ("post", "/api/ask", {"json": {"question": "收到多少件申请？"}}),
    ):
        r = getattr(httpx, method)(server.url + path, headers=headers, timeout=60, **kw)
        assert r.status_code == 403 and "跨站" in r.json()["detail"], (method, path, r.text)
    assert not [x for x in httpx.get(server.url + "/api/reports", params={"agency": "跨站县"}).json()]


def test_same_origin_and_non_browser_writes_pass(server):
    host = server.url.split("//")[1]
    r = httpx.post(
        server.url + "/api/reports/text",
        json={"text": county("同源县").decode()},
        headers={"Origin": server.url, "Sec-Fetch-Site": "same-origin", "Host": host},
        timeout=60,
    )
    assert r.status_code == 201, r.text
    r = httpx.post(server.url + "/api/reports/text", json={"text": county("脚本县").decode()}, timeout=60)
    assert r.status_code == 201, r.text  # curl and scripts send neither header


# ------------------------------------------------------------------------------------------ errors
@pytest.mark.parametrize(
    "method,path,kwargs,status",
    [
        ("get", "/nope", {}, 404),
        ("put", "/api/reports", {}, 405),
        (
            "post",
            "/api/reports",
            {"content": b"--x\r\n", "headers": {"content-type": "multipart/form-data; boundary=x"}},
            422,
        ),
        ("post", "/api/reports/text", {"content": b"{", "headers": {"content-type": "application/json"}}, 422),
        ("get", "/api/reports", {"params": {"offset": str(10**30)}}, 422),
        ("get", "/api/reports/" + "a" * 5000, {}, 404),
    ],
)
def test_every_error_is_json_in_chinese(server, method, path, kwargs, status):
    r = getattr(httpx, method)(server.url + path, timeout=30, **kwargs)
    assert r.status_code == status and r.headers["content-type"].startswith("application/json"), r.text
    assert not r.json()["detail"].isascii()


# ------------------------------------------------------------------------------------------ numbers
def test_numbers_of_any_size_are_kept_exactly_end_to_end(server):
    """「1」+30 zeros and a 400-digit count: stored, served, exported and asked about, exact."""
    big, huge = 10**30, int("7" * 400)
    text = with_cell(str(huge)).decode().replace("测试县", "大数县") + f"\n本年度共办理依申请公开事项{big}件。\n"
    r = httpx.post(server.url + "/api/reports/text", json={"text": text, "filename": "big.txt"}, timeout=60)
    assert r.status_code == 201, r.text
    rid = r.json()["report"]["id"]
    rep = httpx.get(f"{server.url}/api/reports/{rid}").json()
    assert {c["key"]: c["value"] for c in rep["cells"]}["t3.new.np"] == huge  # exact in JSON
    assert big in [m["value"] for m in rep["metrics"]]
    assert {f["where"] for f in rep["findings"] if f["check"] == "H6"} >= {"t3.new.np", "narrative"}
    csv = httpx.get(f"{server.url}/api/reports/{rid}/export", params={"format": "csv"}).content.decode("utf-8-sig")
    assert str(huge) in csv
    cells = httpx.get(f"{server.url}/api/reports/{rid}/export", params={"format": "json"}).json()
    assert cells["t3"]["new.np"] == huge
    for q in ("自然人本年新收多少件申请？", "共办理依申请公开事项多少件？", "收到多少件申请？"):
        a = httpx.post(server.url + "/api/ask", json={"question": q, "report_id": rid}, timeout=60)
        assert a.status_code == 200, (q, a.text)
    a = httpx.post(server.url + "/api/ask", json={"question": "自然人本年新收多少件申请？", "report_id": rid}).json()
    assert str(huge) in a["answer"] or a["value"] == huge


# ------------------------------------------------------------------------------------------ CSV
def test_csv_exports_neutralise_formulas(server, tmp_path):
    """A file named like a formula, an agency and a cell printed like one: in a spreadsheet they
    stay text (OWASP: a leading apostrophe); the JSON keeps them as they are."""
    name = '=HYPERLINK("http://evil.example","点我").txt'
    text = county("注入县").decode().replace("测试县", "注入县")
    r = httpx.post(server.url + "/api/reports", files={"files": (name, text.encode())}, timeout=60)
    assert r.status_code == 201, r.text
    rid = r.json()[0]["report"]["id"]
    csv = httpx.get(f"{server.url}/api/reports/{rid}/export", params={"format": "csv"}).content.decode("utf-8-sig")
    import csv as csvmod

    source = httpx.get(f"{server.url}/api/reports/{rid}").json()["source"]  # JSON: as sent
    assert source.startswith("=HYPERLINK(")
    rows = list(csvmod.DictReader(csv.splitlines()))
    assert rows and all(row["source"] == "'" + source for row in rows)
    many = httpx.get(server.url + "/api/export", params={"format": "csv", "agency": "注入县"})
    assert many.headers["content-disposition"].startswith('attachment; filename="xxgk-export.csv"')
    assert many.content.startswith(b"\xef\xbb\xbf") and "'=HYPERLINK" in many.content.decode("utf-8-sig")


def test_bulk_csv_is_neutralised_and_parquet_keeps_the_text(tmp_path):
    import csv as csvmod

    import pyarrow.parquet as pq

    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "=cmd|' calc'!A0.txt").write_bytes(county("批量县"))
    (inp / "plain.txt").write_bytes(county("平常县"))
    out = tmp_path / "out"
    p = xxgk("bulk", str(inp), "-o", str(out), "--workers", "1", "--quiet")
    assert p.returncode == 0, p.stderr.decode()
    rows = list(csvmod.DictReader((out / "cells.csv").open(encoding="utf-8-sig")))
    sources = {row["source"] for row in rows}
    assert f"'{inp}/=cmd|' calc'!A0.txt" not in sources  # the path starts with '/', not a formula
    assert {s for s in sources if "cmd" in s} == {f"{inp}/=cmd|' calc'!A0.txt"}
    parquet = {r["source"] for r in pq.read_table(out / "cells.parquet").to_pylist()}
    assert parquet == sources
    # a relative path that does start a formula
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "api.cli",
            "bulk",
            "=cmd|' calc'!A0.txt",
            "-o",
            str(out / "rel"),
            "--workers",
            "1",
            "--quiet",
        ],
        cwd=inp,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert p.returncode == 0, p.stderr.decode()
    rows = list(csvmod.DictReader((out / "rel" / "cells.csv").open(encoding="utf-8-sig")))
    assert {r["source"] for r in rows} == {"'=cmd|' calc'!A0.txt"}
    assert {r["source"] for r in pq.read_table(out / "rel" / "cells.parquet").to_pylist()} == {"=cmd|' calc'!A0.txt"}


# ------------------------------------------------------------------------------------------ store integrity
def test_same_report_in_other_bytes_is_stored_once(server):
    text = county("编码县").decode()
    files = [("files", (name, data)) for name, data in encodings_of(text).items()]
    r = httpx.post(server.url + "/api/reports", files=files, timeout=120)
    assert r.status_code == 201, r.text
    res = r.json()
    assert [x["status"] for x in res] == ["created", "variant", "variant", "variant", "variant"]
    assert [x["created"] for x in res] == [True, False, False, False, False]
    rid = res[0]["report"]["id"]
    assert {x["report"]["id"] for x in res} == {rid}
    assert [x["id"] for x in httpx.get(server.url + "/api/reports", params={"agency": "编码县"}).json()] == [rid]
    gbk_id = __import__("hashlib").sha256(encodings_of(text)["gbk.txt"]).hexdigest()[:16]
    assert httpx.get(f"{server.url}/api/reports/{gbk_id}").json()["id"] == rid  # a variant's id resolves
    again = httpx.post(server.url + "/api/reports", files={"files": ("again.txt", encodings_of(text)["gbk.txt"])})
    assert again.json()[0]["status"] == "exists" and again.json()[0]["report"]["id"] == rid


def test_an_edited_reupload_is_a_new_version_and_delete_restores(server):
    v1 = county("修订县")
    v2 = v1.decode().replace("1234条", "1243条").encode()  # a corrected number
    r1 = httpx.post(server.url + "/api/reports", files={"files": ("v1.txt", v1)}, timeout=60).json()[0]
    r2 = httpx.post(server.url + "/api/reports", files={"files": ("v2.txt", v2)}, timeout=60).json()[0]
    old, new = r1["report"]["id"], r2["report"]["id"]
    assert r2["created"] is True and r2["supersedes"] == [old]
    listed = httpx.get(server.url + "/api/reports", params={"agency": "修订县"}).json()
    assert [x["id"] for x in listed] == [new]  # one current report per agency and year
    everything = httpx.get(server.url + "/api/reports", params={"agency": "修订县", "versions": True}).json()
    assert {(x["id"], x["superseded_by"]) for x in everything} == {(old, new), (new, None)}
    assert httpx.get(f"{server.url}/api/reports/{old}").status_code == 200  # still readable by id
    ans = httpx.post(server.url + "/api/ask", json={"question": "修订县2023年主动公开政府信息多少条？"}).json()
    assert "1243" in ans["answer"] and "1234" not in ans["answer"]
    d = httpx.delete(f"{server.url}/api/reports/{new}")
    assert d.status_code == 200 and d.json() == {"deleted": new, "variants": [], "restored": old}
    assert [x["id"] for x in httpx.get(server.url + "/api/reports", params={"agency": "修订县"}).json()] == [old]
    assert httpx.get(f"{server.url}/api/reports/{new}").status_code == 404
    assert httpx.delete(f"{server.url}/api/reports/{new}").status_code == 404
    # another agency of the same short name and year, another narrative: both stay current
    other = (
        county("修订县", seed=5)
        .decode()
        .replace("存在的问题是培训不足。", "主要问题是网站栏目更新不及时，依申请公开答复规范性有待提高。")
    )
    other = other.replace("本报告由修订县人民政府办公室根据", "本报告依据").encode()
    r3 = httpx.post(server.url + "/api/reports", files={"files": ("other.txt", other)}, timeout=60).json()[0]
    assert r3["created"] is True


def test_concurrent_uploads_of_one_file_create_it_once(server):
    data = county("并发县")

    def up(i):
        return httpx.post(server.url + "/api/reports", files={"files": (f"c{i}.txt", data)}, timeout=120).json()[0]

    with concurrent.futures.ThreadPoolExecutor(10) as pool:
        results = list(pool.map(up, range(10)))
    assert sum(r["created"] for r in results) == 1
    assert len({r["report"]["id"] for r in results}) == 1
    assert len(httpx.get(server.url + "/api/reports", params={"agency": "并发县"}).json()) == 1


def test_a_batch_says_what_was_stored_file_by_file(server):
    files = [
        ("files", ("good1.txt", county("批次甲县"))),
        ("files", ("empty.txt", b"")),
        ("files", ("good2.txt", county("批次乙县"))),
    ]
    r = httpx.post(server.url + "/api/reports", files=files, timeout=120)
    assert r.status_code == 207, r.text
    res = r.json()
    assert [x["status"] for x in res] == ["created", "error", "created"]
    assert res[1]["filename"] == "empty.txt" and res[1]["error_status"] == 422 and "文件为空" in res[1]["error"]
    for name in ("批次甲县", "批次乙县"):
        assert len(httpx.get(server.url + "/api/reports", params={"agency": name}).json()) == 1


def test_startup_reindexes_what_the_vector_index_lacks(tmp_path):
    """A report stored but never indexed (a crash between the two), and vectors of a report the
    store no longer has (a crash between a delete and its sync): the server's start-up mends both."""
    from rag.chunks import Chunk
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path)
    report = extract_bytes(county("崩溃县"), "crash.txt")
    store.add(report)  # stored, not indexed
    index = Index(store)
    index.add([Chunk("ghost:0", "ghost", 1, "narrative", 0, 4, "幽灵报告的文字")])
    assert store.unindexed() == [report.id]
    del index
    s = Server(tmp_path)
    try:
        deadline = time.monotonic() + 60
        while httpx.get(s.url + "/api/health").json()["unindexed"] and time.monotonic() < deadline:
            time.sleep(0.2)
        assert httpx.get(s.url + "/api/health").json()["unindexed"] == 0
    finally:
        s.stop()
    index = Index(Store(tmp_path))
    held = set(index.col.get(include=[])["ids"])
    assert "ghost:0" not in held and any(i.startswith(report.id + ":") for i in held)


def test_cli_remove_deletes_everywhere(tmp_path):
    from rag.index import Index
    from rag.store import Store

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    text = county("删除县").decode() + f"本年度共办理依申请公开事项{10**30}件。\n"  # and a number past 2^63
    a.write_bytes(text.encode())
    b.write_bytes(text.replace("\n", "\r\n").encode("gbk"))  # a variant of a
    data = tmp_path / "data"
    p = xxgk("ingest", str(a), str(b), "--data-dir", str(data))
    assert p.returncode == 0 and "副本 1 份" in p.stdout.decode(), p.stdout.decode() + p.stderr.decode()
    p = xxgk("ask", "删除县共办理依申请公开事项多少件？", "--json", "--data-dir", str(data))
    one_line_no_traceback(p)
    assert p.returncode == 0 and json.loads(p.stdout)["value"] == 10**30
    rid = Store(data).summaries()[0]["id"]
    p = xxgk("remove", rid, "nonexistent", "--data-dir", str(data))
    err = one_line_no_traceback(p)
    assert p.returncode == 2 and "没有这份报告：nonexistent" in err
    assert f"已删除报告 {rid}，连同 1 个内容相同的副本" in p.stdout.decode()
    store = Store(data)
    assert store.count() == 0 and store.resolve(rid) is None and not store.bm25("主动公开")
    assert not [i for i in Index(store).col.get(include=[])["ids"] if i.startswith(rid)]


# ------------------------------------------------------------------------------------------ CLI misuse
MISUSE = [
    (["extract", "{report}", "-o", "/nonexistent/dir/x"], {}, "所在目录不存在"),
    (["extract", "{report}", "-o", "{tmp}"], {}, "这是一个目录"),
    (["bulk", "--list", "/missing", "-o", "{tmp}/out"], {}, "清单文件不存在"),
    (["bulk", "{report}", "-o", "{report}"], {}, "无法使用输出目录"),
    (["ingest", "{report}", "--data-dir", "{report}"], {}, "数据目录不可用"),
    (["ingest", "{report}", "--data-dir", "/proc/xxgk"], {}, "数据目录不可用"),
    (["extract", "x" * 300], {}, "文件名过长"),
    (["extract", "/nonexistent.txt"], {}, "文件不存在"),
    (["serve", "--port", "99999"], {}, "端口"),
    (["serve", "--data-dir", "{tmp}/d"], {"XXGK_MAX_UPLOAD_BYTES": "abc"}, "XXGK_MAX_UPLOAD_BYTES 应为正整数"),
    (["extract", "{report}"], {"XXGK_MAX_CHARS": "-1"}, "XXGK_MAX_CHARS 的值无效"),
    (["extract", "{report}"], {"XXGK_EXTRACT_TIMEOUT": "soon"}, "XXGK_EXTRACT_TIMEOUT 的值无效"),
    (["bulk", "{report}", "-o", "{tmp}/o", "--workers", "zero"], {}, "进程数"),
    (["ask", "问题", "--data-dir", "{tmp}/empty"], {}, "还没有报告"),
    (["remove", "--data-dir", "{tmp}/d2"], {}, "参数有误"),
    (["frobnicate"], {}, "参数有误"),
]

# Runs `api.cli.main` once per case in one interpreter (16 interpreter starts cost more than the
# whole rest of this module on a busy machine): the entry point the `xxgk` script calls, its
# stderr captured, SystemExit (argparse) and anything uncaught — a traceback — recorded.
_DRIVER = """
import contextlib, io, json, os, sys, traceback
from api.cli import main
out = []
for args, env in json.load(sys.stdin):
    saved = dict(os.environ)
    os.environ.update(env)
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(args)
        except SystemExit as exc:
            code = exc.code
        except BaseException:
            traceback.print_exc()
            code = "uncaught"
    os.environ.clear()
    os.environ.update(saved)
    out.append([code, err.getvalue()])
print(json.dumps(out))
"""


def test_cli_misuse_is_one_chinese_line_and_exit_2(tmp_path):
    report = tmp_path / "r.txt"
    report.write_bytes(county("命令县"))
    cases = [[[a.format(report=report, tmp=tmp_path) for a in args], env] for args, env, _ in MISUSE]
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_")}
    p = subprocess.run(
        [sys.executable, "-c", _DRIVER],
        cwd=ROOT,
        input=json.dumps(cases).encode(),
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr.decode()
    for (args, _, needle), (code, err) in zip(MISUSE, json.loads(p.stdout)):
        assert "Traceback" not in err, (args, err)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert code == 2 and len(lines) == 1 and needle in lines[0], (args, code, err)


def test_misuse_through_the_real_command_line(tmp_path):
    """Two of the above as the shell runs them, to hold the driver to the real thing."""
    p = xxgk("extract", "x" * 300)
    assert p.returncode == 2 and "文件名过长" in one_line_no_traceback(p)
    p = xxgk("serve", "--data-dir", str(tmp_path), env={"XXGK_MAX_UPLOAD_BYTES": "abc"})
    assert p.returncode == 2 and "XXGK_MAX_UPLOAD_BYTES 应为正整数" in one_line_no_traceback(p)
