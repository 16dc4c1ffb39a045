"""The HTTP API through a real server on loopback."""

import json
import threading

import httpx
import pytest

from webserver import Server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("api"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def seeded(server, corpus):
    with (corpus / "reports" / "ankang-2022.txt").open("rb") as fh:
        r = httpx.post(server.url + "/api/reports", files={"files": ("ankang-2022.txt", fh, "text/plain")}, timeout=120)
    assert r.status_code == 201, r.text
    return r.json()[0]["report"]["id"]


def test_upload_is_idempotent(server, seeded, corpus):
    data = (corpus / "reports" / "ankang-2022.txt").read_bytes()
    r = httpx.post(server.url + "/api/reports", files={"files": ("again.txt", data, "text/plain")}, timeout=60)
    assert r.status_code == 201 and r.json()[0]["created"] is False and r.json()[0]["report"]["id"] == seeded
    assert httpx.get(server.url + "/api/health").json()["reports"] == 1


def test_get_list_filter_and_exports(server, seeded):
    rep = httpx.get(f"{server.url}/api/reports/{seeded}").json()
    assert {c["key"]: c["value"] for c in rep["cells"]}["t3.new.tot"] == 56
    assert rep["metrics"] and rep["sections"]
    assert [r["id"] for r in httpx.get(server.url + "/api/reports", params={"year": 2022}).json()] == [seeded]
    assert httpx.get(server.url + "/api/reports", params={"year": 2019}).json() == []
    cells = httpx.get(f"{server.url}/api/reports/{seeded}/export", params={"format": "json"}).json()
    assert cells["t3"]["new.tot"] == 56
    got = httpx.get(f"{server.url}/api/reports/{seeded}/export", params={"format": "csv"})
    assert got.content.startswith(b'\xef\xbb\xbf"report_id",')  # UTF-8 with BOM, for spreadsheets
    assert got.headers["content-disposition"].startswith(f'attachment; filename="xxgk-{seeded}.csv"')
    csv = got.content.decode("utf-8-sig")
    assert len(csv.splitlines()) == 201
    html = httpx.get(f"{server.url}/api/reports/{seeded}/export", params={"format": "html"}).text
    assert 'data-key="t3.new.tot"' in html and "本年度办理结果" in html
    many = httpx.get(server.url + "/api/export", params={"format": "jsonl"}).text.splitlines()
    assert len(many) == 1 and json.loads(many[0])["t3"]["new.tot"] == 56


def test_ask_and_stream(server, seeded):
    ans = httpx.post(server.url + "/api/ask", json={"question": "收到多少件申请？", "report_id": seeded}).json()
    assert ans["value"] == 56 and ans["citations"][0]["cells"][0] == "t3.new.tot"
    with httpx.stream(
        "POST", server.url + "/api/ask", json={"question": "收到多少件申请？", "report_id": seeded, "stream": True}
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        events = [line for line in r.iter_lines() if line.startswith("event:")]
    assert events[0] == "event: delta" and events[-1] == "event: done"


@pytest.mark.parametrize(
    "method,path,kwargs,status",
    [
        ("get", "/api/reports/nope", {}, 404),
        ("post", "/api/ask", {"json": {"question": "收到多少件？", "report_id": "nope"}}, 404),
        ("post", "/api/ask", {"json": {"question": ""}}, 422),
        ("post", "/api/ask", {"content": b"not json", "headers": {"content-type": "application/json"}}, 422),
        ("post", "/api/reports/text", {"json": {"text": "第一章 天下大势"}}, 422),
        (
            "post",
            "/api/reports",
            {"files": {"files": ("x.png", b"\x89PNG\r\n\x1a\n0000", "image/png")}},
            422,
        ),  # a broken picture (pictures are read by OCR)
        (
            "post",
            "/api/reports",
            {"files": {"files": ("x.exe", b"\x7fELF\x02\x01\x01" + b"\0" * 64, "application/octet-stream")}},
            415,
        ),
        ("post", "/api/reports", {"files": {"files": ("e.txt", b"", "text/plain")}}, 422),
        ("get", "/api/reports", {"params": {"year": "abc"}}, 422),
    ],
)
def test_bad_input_is_json_with_status(server, method, path, kwargs, status):
    r = getattr(httpx, method)(server.url + path, timeout=60, **kwargs)
    assert r.status_code == status, r.text
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


def test_upload_limit_and_api_key(tmp_path, corpus):
    s = Server(tmp_path, env={"XXGK_API_KEY": "secret", "XXGK_MAX_UPLOAD_BYTES": "1000"})
    try:
        data = (corpus / "reports" / "ankang-2022.txt").read_bytes()
        assert httpx.post(s.url + "/api/reports", files={"files": ("a.txt", data)}).status_code == 401
        big = httpx.post(s.url + "/api/reports", files={"files": ("a.txt", data)}, headers={"X-API-Key": "secret"})
        assert big.status_code == 413 and "过大" in big.json()["detail"]
        assert httpx.get(s.url + "/api/reports").status_code == 200  # reading needs no key
    finally:
        s.stop()


def test_a_large_extraction_does_not_block_reads(server, seeded, corpus):
    pdf = (corpus / "reports" / "hongze-2023.pdf").read_bytes()
    done = threading.Event()

    def upload():
        httpx.post(server.url + "/api/reports", files={"files": ("h.pdf", pdf, "application/pdf")}, timeout=120)
        done.set()

    t = threading.Thread(target=upload)
    t.start()
    r = httpx.get(server.url + "/api/health", timeout=5)  # answered while the PDF is being read
    assert r.status_code == 200
    t.join(120)
    assert done.is_set()


def test_llm_answer_streams_sentence_by_sentence(tmp_path, corpus):
    from llm_server import ScriptedLLM, quoting

    def reply(body, n):  # the first sentences of chunk c1, citing it and a chunk never given
        answer = quoting(body, "c1", sentences=3)
        return {"content": answer["content"].replace('["c1"]', '["c1", "c77"]'), "chunk_delay": 0.02}

    with ScriptedLLM(reply) as llm:
        s = Server(
            tmp_path,
            env={
                "XXGK_LLM_MODEL": "scripted",
                "OPENAI_BASE_URL": llm.url,
                "OPENAI_API_KEY": "x",
                "XXGK_LLM_MAX_RETRIES": "0",
            },
        )
        try:
            data = (corpus / "reports" / "ankang-2022.txt").read_bytes()
            rid = httpx.post(s.url + "/api/reports", files={"files": ("a.txt", data)}, timeout=120).json()[0]["report"][
                "id"
            ]
            with httpx.stream(
                "POST",
                s.url + "/api/ask",
                timeout=60,
                json={"question": "市政府如何加强政府网站的常态化监管？", "report_id": rid, "stream": True},
            ) as r:
                lines = list(r.iter_lines())
        finally:
            s.stop()
    deltas = [json.loads(x[5:])["text"] for x, prev in zip(lines[1:], lines) if prev == "event: delta"]
    done = json.loads(next(x[5:] for x, prev in zip(lines[1:], lines) if prev == "event: done"))
    assert len(deltas) >= 2 and "".join(deltas) == done["answer"]  # verified sentences, as the model wrote them
    assert done["route"] == "llm" and len(done["citations"]) == 1  # c77 was never given: dropped
    assert any(b.get("stream") for b in llm.requests)
