"""The service as an evaluator scripts it (userprobe3): the same corpus-wide question asked by
requests that the server happens to answer on different worker threads, paging through the
report list, error bodies a client reads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading

import httpx
import pytest

from rag.ask import Asker
from webserver import ROOT, Server

FOUR = ("ankang-2022.txt", "pingtan-2019.txt", "pingtan-2020.txt", "pingtan-2021.txt")


@pytest.fixture(scope="module")
def four(tmp_path_factory, corpus):
    """A service over four corpus reports (2019–2022), ingested with `xxgk ingest` before it starts."""
    src = tmp_path_factory.mktemp("four")
    for name in FOUR:
        shutil.copy(corpus / "reports" / name, src / name)
    data = tmp_path_factory.mktemp("four_data")
    subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(src), "--data-dir", str(data)], cwd=ROOT, check=True)
    s = Server(data)
    yield s
    s.stop()


def _in_thread(asker: Asker, question: str, hold: threading.Event) -> dict:
    """Ask on a new thread, as uvicorn's thread pool does for each request; the thread stays alive
    until `hold` is set (a pool thread lives on, and a dead thread's id can be reused)."""
    out: dict = {}
    done = threading.Event()

    def run():
        try:
            out["answer"] = asker.ask(question)
        except Exception as exc:  # the failure itself is what the test looks at
            out["error"] = exc
        done.set()
        hold.wait()

    threading.Thread(target=run, daemon=True).start()
    done.wait()
    return out


def test_corpus_question_on_a_second_thread(corpus_asker):
    """A corpus scope's resolution is cached; its deferred id list must read the store on the
    thread that asks, not the one that first resolved it (SQLite connections are per thread:
    the second request over HTTP was a 500 「SQLite objects created in a thread…」)."""
    question = "2023年所有报告新收申请合计多少件？"
    corpus_asker.ask(question)  # (a first ask may bring derived rows up to date: the cache then holds)
    hold = threading.Event()
    try:
        first = _in_thread(corpus_asker, question, hold)
        second = _in_thread(corpus_asker, question, hold)
    finally:
        hold.set()
    assert "error" not in first and "error" not in second, second.get("error")
    assert second["answer"].answer == first["answer"].answer
    assert first["answer"].value is not None


def test_agency_field_without_that_year_names_its_own_years(corpus_asker):
    """`POST /api/ask {"question": "收到多少件申请？", "agency": "安康", "year": 2023}`: 安康 has only 2022 in the
    store; the refusal said 「库中该单位有2016年、2018年…2024年的报告」 — every year of the store, as 安康's
    (the agency came in the request, not in the question's words)."""
    for question, year in (("收到多少件申请？", 2023), ("2023年收到多少件申请？", None)):
        ans = corpus_asker.ask(question, agency="安康", year=year)
        assert ans.value is None
        assert "库中该单位有2022年的报告" in ans.answer, ans.answer


def test_report_list_pages_with_a_total_and_written_years(four):
    """An evaluator's script pages through /api/reports: the total is in X-Total-Count (the list itself
    stays a list), pages never overlap; `year` takes what /api/overview takes (「2022年」「2020-2021」:
    it was 422 「year：应为整数」 here while the overview took it)."""
    url = four.url + "/api/reports"
    got = httpx.get(url, params={"limit": 3})
    assert got.headers["x-total-count"] == "4" and len(got.json()) == 3
    rest = httpx.get(url, params={"limit": 3, "offset": 3}).json()
    assert len(rest) == 1 and rest[0]["id"] not in {r["id"] for r in got.json()}
    one = httpx.get(url, params={"year": "2022年"})
    assert one.status_code == 200 and [r["year"] for r in one.json()] == [2022]
    assert one.headers["x-total-count"] == "1"
    assert sorted(r["year"] for r in httpx.get(url, params={"year": "2020-2021"}).json()) == [2020, 2021]
    bad = httpx.get(url, params={"year": "去年"})
    assert bad.status_code == 422 and "年度「去年」无法识别" in bad.json()["detail"]
    lines = httpx.get(four.url + "/api/export", params={"format": "jsonl", "year": "2019年"}).text.splitlines()
    assert len(lines) == 1 and '"year": 2019' in lines[0]
    # an export is capped at `limit` reports: the total says whether the file is all of it, offset the next part
    part = httpx.get(four.url + "/api/export", params={"format": "jsonl", "limit": 3})
    assert part.headers["x-total-count"] == "4" and len(part.text.splitlines()) == 3
    last = httpx.get(four.url + "/api/export", params={"format": "csv", "limit": 3, "offset": 3})
    ids = {line.split(",")[0] for line in last.text.splitlines()[1:]}
    assert last.headers["x-total-count"] == "4" and ids == {rest[0]["id"]}


def test_a_form_body_and_the_schema_of_write_endpoints(four):
    """`curl -d question=…` sends a form: the refusal said 「body：请求体应为 JSON 对象」 (pydantic's location
    word, and no hint of the header). The schema promised 201/207 upload results from DELETE and no 401/403
    for the agency rename, which the API key and the CSRF gate do answer."""
    got = httpx.post(four.url + "/api/ask", data={"question": "收到多少件申请？"})
    assert got.status_code == 422
    assert got.json()["detail"] == "请求参数有误：请求体应为 JSON 对象（请以 Content-Type: application/json 发送）"
    paths = httpx.get(four.url + "/openapi.json").json()["paths"]
    deleted = paths["/api/reports/{report_id}"]["delete"]["responses"]
    assert {"401", "403", "404"} <= set(deleted) and not {"201", "207"} & set(deleted)
    assert {"401", "403"} <= set(paths["/api/reports/{report_id}/agency"]["put"]["responses"])


def test_head_probes_of_health_and_page(four):
    """A load balancer's health check (and `curl -I`) sends HEAD: it was 405 「不支持这种请求方法」."""
    assert httpx.head(four.url + "/api/health").status_code == 200
    assert httpx.head(four.url + "/").status_code == 200


def test_a_removed_bodys_question_does_not_deny_the_years_reports(tmp_path, corpus):
    """After `DELETE /api/reports/{id}` of a body's only report, 「安康2022年收到多少件申请？」 said 「没有找到2022年的
    报告」 — false, the store holds 2022 reports of other bodies: the name still resolves (its forms stay), so
    the refusal names the body."""
    from extractor.extract import extract_path
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path / "data")
    for name in ("ankang-2022.txt", "pingtan-2022.txt"):
        store.add(extract_path(str(corpus / "reports" / name)))
    Index(store).sync()
    asker = Asker(store, Index(store))
    assert asker.ask("安康2022年收到多少件申请？").value == 56
    store.delete(store.summaries(agency="安康")[0]["id"])
    Index(store).sync()
    ans = asker.ask("安康2022年收到多少件申请？")
    assert ans.value is None and "没有找到2022年的报告" not in ans.answer, ans.answer
    assert "安康" in ans.answer


def test_ask_takes_a_written_year(four):
    """`{"year": "2022年"}` was 422 「year：应为整数」 while /api/reports and /api/overview take 「2022年」."""
    body = {"question": "收到多少件申请？", "agency": "安康", "year": "2022年"}
    assert httpx.post(four.url + "/api/ask", json=body, timeout=120).json()["value"] == 56
    bad = httpx.post(four.url + "/api/ask", json={**body, "year": "去年"}, timeout=60)
    assert bad.status_code == 422 and "year" in bad.json()["detail"]
