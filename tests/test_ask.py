"""Asking questions of a real store (SQLite + chroma on disk) built from the corpus."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.extract import extract_path
from extractor.llm_client import LLMClient, LLMConfig
from llm_server import ScriptedLLM
from rag.ask import NOT_MENTIONED, Asker
from rag.index import Index
from rag.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def asker(tmp_path_factory, corpus):
    store = Store(tmp_path_factory.mktemp("store"))
    for f in sorted((corpus / "reports").iterdir()):
        store.add(extract_path(str(f)))
    index = Index(store)
    index.sync()
    return Asker(store, index)


def test_corpus_question_resolves_agency_and_year(asker):
    ans = asker.ask("洪泽区2023年共收到多少件政府信息公开申请？")
    assert ans.route == "table" and ans.value == 21
    assert len(ans.reports) == 1 and ans.citations[0].cells[0] == "t3.new.tot"
    assert ans.citations[0].span.page == 3  # the PDF page the cell is printed on


def test_full_agency_name_lines_up_with_short_name(asker):
    a = asker.ask("淮安市洪泽区人民政府2023年作出了多少件行政处罚决定？")
    assert a.value == 4119


def test_ranking_across_years(asker):
    ans = asker.ask("平潭综合实验区2019到2022年哪一年新收申请最多？")
    assert ans.route == "compare" and ans.value == 74 and "2022年最多" in ans.answer
    assert len(ans.citations) == 4 and all(c.cells == ["t3.new.tot"] for c in ans.citations)


def test_carry_over_across_years(asker):
    ans = asker.ask("平潭2021年的上年结转和2020年的结转下年度一致吗？")
    assert ans.route == "compare" and ans.answer.startswith("一致")
    assert {c.year for c in ans.citations} == {2020, 2021}


def test_metric_answer_quotes_the_source(asker):
    ans = asker.ask("“市长信箱”的办结率是多少？", agency="安康")
    assert ans.value == 93.38 and ans.unit == "%"
    assert "办结率93.38%" in ans.citations[0].quote


def test_unanswerable_is_not_guessed(asker):
    for q in ("安康2022年无人机巡检了多少架次？", "洪泽区2023年的财政赤字是多少亿元？"):
        ans = asker.ask(q)
        assert ans.answer.startswith(NOT_MENTIONED) and ans.value is None, q


def test_unknown_agency_says_so(asker):
    ans = asker.ask("火星市2023年收到多少件申请？")
    assert ans.answer.startswith(NOT_MENTIONED) and ans.route == "none" and not ans.citations


def test_cli_ingest_is_idempotent_and_ask_json(tmp_path, corpus):
    env = {**os.environ, "XXGK_DATA_DIR": str(tmp_path / "d")}
    env.pop("XXGK_LLM_MODEL", None)

    def run(*a, **kw):
        return subprocess.run(
            [sys.executable, "-m", "api.cli", *a],
            capture_output=True,
            env=env,
            cwd=ROOT,
            timeout=300,
            **kw,
        )

    first = run("ingest", str(corpus / "reports"))
    assert first.returncode == 0, first.stderr.decode()

    def counts():  # through the store's connection: its views read the records with its SQL functions
        from rag.store import Store

        db = Store(tmp_path / "d").db
        return [
            db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("reports", "cells", "metrics", "findings", "chunks")
        ]

    before = counts()
    again = run("ingest", str(corpus / "reports"))
    assert again.returncode == 0 and "已存在跳过 11 份" in again.stdout.decode()
    assert counts() == before
    ans = run("ask", "安康市2022年收到多少件政府信息公开申请？", "--json")
    obj = json.loads(ans.stdout)
    assert obj["value"] == 56 and obj["citations"][0]["cells"][0] == "t3.new.tot"
    chat = run(
        "ask",
        input="予以公开的申请有几件？\n\n".encode(),
    )
    assert chat.returncode == 0 and "问答模式" in chat.stderr.decode()  # (the banner is said on stderr)


def test_ingest_batch_goes_on_after_bad_file(tmp_path, corpus):
    bad = tmp_path / "in" / "bad.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x00\x01binary")
    (tmp_path / "in" / "good.txt").write_bytes((corpus / "reports" / "ankang-2022.txt").read_bytes())
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(tmp_path / "in"), "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert p.returncode == 2 and "二进制" in p.stderr.decode() and "Traceback" not in p.stderr.decode()
    assert Store(tmp_path / "d").count() == 1


def test_llm_answer_cites_only_given_chunks(asker, tmp_path):
    def handler(body, n):
        user = body["messages"][-1]["content"]
        assert "<chunks>" in user
        return {
            "content": json.dumps(
                {"answer": "政务公开工作广度深度有待拓展。", "citations": ["c1", "c99"], "found": True},
                ensure_ascii=False,
            )
        }

    with ScriptedLLM(handler) as server:
        cfg = LLMConfig(model="scripted", base_url=server.url, api_key="x", cache_dir=tmp_path / "c", max_retries=0)
        llm_asker = Asker(asker.store, asker.index, LLMClient(cfg))
        ans = llm_asker.retrieve("安康2022年政务公开工作有哪些不足？", [asker.store.summaries(agency="安康")[0]["id"]])
    assert ans.route == "llm" and ans.answer.startswith("政务公开工作")
    assert len(ans.citations) == 1 and ans.citations[0].chunk_id  # c99 was not given: dropped


def test_llm_answer_without_valid_citation_falls_back(asker, tmp_path):
    reply = json.dumps({"answer": "编造的答案", "citations": ["c42"], "found": True}, ensure_ascii=False)
    with ScriptedLLM(lambda body, n: {"content": reply}) as server:
        cfg = LLMConfig(model="scripted", base_url=server.url, api_key="x", cache_dir=tmp_path / "c", max_retries=0)
        ans = Asker(asker.store, asker.index, LLMClient(cfg)).retrieve(
            "安康2022年政务公开工作有哪些不足？", [asker.store.summaries(agency="安康")[0]["id"]]
        )
    assert ans.route == "retrieval" and "编造" not in ans.answer


def test_focus_is_the_thing_measured():
    from rag import intent as qs

    assert qs.focus("“冀教新视界”视频号粉丝量达到多少？") == "粉丝量"
    assert qs.focus("2021年编印了多少期《疫情防控简报》？") == "《疫情防控简报》"
    assert qs.focus("门户网站的访问量是多少？") == "访问量"


def test_which_reports_over_findings(asker):
    blank = asker.ask("哪些报告的表三总计栏是空白的？")
    # shanghai-office-2019 and shanghai-kewei-2024; hebei-edu-2021's blank cell does not matter (identities hold)
    assert blank.route == "check" and blank.value == 2
    assert {c.agency for c in blank.citations} == {"上海市人民政府办公厅", "上海市科委"}
    broken = asker.ask("哪些单位的表四勾稽关系有错误？")
    assert broken.value == 1 and "洪泽区人民政府" in broken.answer
