"""The typed LLM client on its own, against the scripted server: what another module (the question
router, say) gets when it brings its own response model."""

from __future__ import annotations

import json
import threading
import time
from typing import Literal

import pytest

from extractor.llm_client import LLMClient, LLMConfig, Schema, estimate_tokens, schema_tokens
from extractor.schema import LLMRun
from llm_server import ScriptedLLM


class QuestionKind(Schema):
    """What a question asks for (a model of the kind the router would bring)."""

    intent: Literal["table", "metric", "narrative", "compare"]
    cells: list[str] = []


def client(server: ScriptedLLM, tmp_path, **kw) -> LLMClient:
    return LLMClient(
        LLMConfig(
            **{
                "model": "scripted",
                "base_url": server.url,
                "api_key": "x",
                "cache_dir": tmp_path / "cache",
                "max_retries": 1,
                **kw,
            }
        )
    )


def kind(intent: str = "table", **extra) -> dict:
    return {"content": json.dumps({"intent": intent, "cells": ["t3.new.tot"], **extra})}


def test_ask_returns_the_model_it_was_given_and_counts_usage(tmp_path):
    with ScriptedLLM(lambda body, n: {**kind(), "usage": (321, 12)}) as server:
        run = LLMRun(model="scripted")
        got = client(server, tmp_path).ask(QuestionKind, "收到多少件申请？", run=run)
    assert type(got) is QuestionKind and got.intent == "table" and got.cells == ["t3.new.tot"]
    assert (run.calls, run.attempts, run.prompt_tokens, run.completion_tokens) == (1, 1, 321, 12)
    system = server.requests[0]["messages"][0]["content"]
    assert '"intent"' in system and '"title"' not in system  # the compact schema reached the prompt


def test_an_invalid_answer_is_re_asked_then_given_up_with_a_reason(tmp_path):
    with ScriptedLLM(lambda body, n: kind("weather")) as server:
        run = LLMRun(model="scripted")
        assert client(server, tmp_path).ask(QuestionKind, "今天天气？", run=run) is None
    assert len(server.requests) == 2 and run.attempts == 2
    assert run.errors and "重试1次" in run.errors[0]


def test_the_cache_answers_again_and_knows_the_schema(tmp_path):
    class Other(Schema):
        intent: str

    with ScriptedLLM(lambda body, n: kind()) as server:
        c = client(server, tmp_path)
        first = c.ask(QuestionKind, "收到多少件申请？")
        run = LLMRun(model="scripted")
        again = c.ask(QuestionKind, "收到多少件申请？", run=run)
        assert len(server.requests) == 1 and again == first and run.cached_calls == 1 and run.calls == 0
        c.ask(Other, "收到多少件申请？")  # same prompt, another model: not the cached answer
        assert len(server.requests) == 2


def test_the_token_budget_is_checked_before_the_call(tmp_path):
    with ScriptedLLM(lambda body, n: kind()) as server:
        run = LLMRun(model="scripted")
        prompt = "问" * 500
        limit = estimate_tokens(prompt) + schema_tokens(QuestionKind) - 1
        assert client(server, tmp_path, token_budget=limit).ask(QuestionKind, prompt, run=run) is None
    assert server.requests == [] and run.budget_exhausted


def test_a_stream_gives_partials_then_the_validated_whole(tmp_path):
    with ScriptedLLM(lambda body, n: kind("narrative")) as server:
        c = client(server, tmp_path)
        s = c.stream(QuestionKind, "有哪些问题？")
        parts = list(s)
        assert parts and s.result == QuestionKind(intent="narrative", cells=["t3.new.tot"])
        assert c.ask(QuestionKind, "有哪些问题？") == s.result and len(server.requests) == 1  # one cache


def test_a_failed_stream_leaves_no_result(tmp_path):
    with ScriptedLLM(lambda body, n: {"status": 500}) as server:
        run = LLMRun(model="scripted")
        s = client(server, tmp_path).stream(QuestionKind, "有哪些问题？", run=run)
        assert list(s) == [] and s.result is None
    assert run.errors and "500" in run.errors[0]


def test_each_thread_has_its_own_deadline_on_one_client(tmp_path):
    """FastAPI's workers share one client: a stalled call must not hold or cut another's."""
    with ScriptedLLM(
        lambda body, n: {**kind(), "delay": 30} if "慢" in json.dumps(body, ensure_ascii=False) else kind()
    ) as server:
        c = client(server, tmp_path, timeout=1.5)
        out: dict[str, tuple[object, float]] = {}

        def call(name: str, prompt: str) -> None:
            t0 = time.monotonic()
            out[name] = (c.ask(QuestionKind, prompt), time.monotonic() - t0)

        slow = threading.Thread(target=call, args=("slow", "慢的问题"))
        slow.start()
        time.sleep(0.2)
        call("fast", "快的问题")
        slow.join(20)
    assert out["fast"][0] is not None and out["fast"][1] < 1.5  # answered while the other one stalls
    assert out["slow"][0] is None and 1.4 < out["slow"][1] < 10


def test_a_dead_endpoint_is_an_error_not_a_wait(tmp_path):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = LLMRun(model="scripted")
    c = LLMClient(LLMConfig(model="scripted", base_url=f"http://127.0.0.1:{port}/v1", timeout=2))
    assert c.ask(QuestionKind, "问", run=run) is None
    assert run.errors and "LLM 服务出错" in run.errors[0]


def test_a_stream_yields_before_the_model_has_finished(tmp_path):
    """The server holds the rest of its answer until the test has seen a partial object: a client
    that read the whole stream first (instructor 1.17's sync create_partial) would wait for ever."""
    content = json.dumps({"intent": "narrative", "cells": [f"t3.r{i}.tot" for i in range(40)]})
    with ScriptedLLM(lambda body, n: {"content": content, "hold_after": 4}) as server:
        s = client(server, tmp_path, timeout=10).stream(QuestionKind, "有哪些问题？")
        seen = 0
        for part in s:
            seen += 1
            if part.intent == "narrative":
                server.release.set()  # only now does the server send the rest
        assert server.release.is_set() and seen > 4
        assert s.result is not None and len(s.result.cells) == 40


def test_a_compressed_answer_is_refused_before_it_is_inflated(tmp_path):
    """A hostile endpoint gzips its answer: 12 MB of JSON cross the wire as ~12 kB, far under the
    byte cap the socket counts, and would be inflated in memory (a 1 MB bomb is ~1 GB). We ask for
    no compression and refuse an answer that comes compressed all the same."""
    padded = json.dumps({"intent": "table", "cells": ["t3.new.tot"]}).replace(", ", "," + " " * 12_000_000, 1)
    answers = {1: padded, 2: kind()["content"]}  # the stream's answer may be small: compressed is enough
    with ScriptedLLM(lambda body, n: {"content": answers[n], "gzip": True}) as server:
        run = LLMRun(model="scripted")
        got = client(server, tmp_path, max_response_bytes=200_000).ask(QuestionKind, "收到多少件申请？", run=run)
        stream = client(server, tmp_path / "s", max_response_bytes=200_000).stream(QuestionKind, "问", run=run)
        assert list(stream) == [] and stream.result is None
    assert got is None and len(run.errors) == 2 and all("压缩" in e for e in run.errors)
    assert server.headers[0].get("Accept-Encoding") == "identity"
    assert not list(tmp_path.rglob("*.json"))  # nothing cached


def test_a_client_whose_connections_cannot_be_bounded_is_refused_at_start():
    """llm_transport reaches into httpx2's pools (there is no public hook for the network backend):
    a transport without one, as a future httpx2 might have, must stop the client from being built,
    not leave it running without deadline or byte cap."""
    import httpx2

    from extractor.llm_transport import install

    with pytest.raises(RuntimeError, match="internals changed"):
        install(httpx2.Client(transport=httpx2.MockTransport(lambda request: httpx2.Response(200))))
    proxied = httpx2.Client(mounts={"http://": httpx2.MockTransport(lambda request: httpx2.Response(200))})
    with pytest.raises(RuntimeError, match="internals changed"):  # one unbounded route is one too many
        install(proxied)


def test_a_failed_call_prints_nothing_of_its_own(tmp_path):
    """Why a call failed is in `run.errors`, in Chinese, for the caller to show; instructor's own
    English log lines (「API call failed on attempt 1 …」) must not reach a CLI user's terminal."""
    import subprocess
    import sys

    code = (
        "from extractor.llm_client import LLMClient, LLMConfig, Schema\n"
        "from extractor.schema import LLMRun\n"
        "class K(Schema):\n    intent: str\n"
        "run = LLMRun(model='m')\n"
        "client = LLMClient(LLMConfig(model='m', base_url='http://127.0.0.1:9/v1', timeout=5))\n"
        "assert client.ask(K, '问', run=run) is None\n"
        "print(run.errors[0])\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert p.returncode == 0 and "LLM 服务出错" in p.stdout
    assert p.stderr == ""


@pytest.mark.parametrize(
    "reply,said",
    [
        ('{"intent": "tab', "回复不是完整的 JSON"),  # cut off
        ('{"cells": []}', "缺少字段 intent"),
        ('{"intent": "weather", "cells": []}', "字段 intent 的取值不合要求"),
        (b"<html>502 Bad Gateway</html>", "服务的回复不是 JSON"),  # a proxy's page where the API should be
    ],
)
def test_a_malformed_answer_is_one_chinese_line(tmp_path, reply: str | bytes, said):
    """What a user reads in `xxgk extract`'s warning and in the report's `llm.errors`: it was instructor's
    multi-line dump (「<failed_attempts>\\n\\n<generation number="1">\\n<exception>…」), English, cut at 160
    characters in the middle of it (userprobe3, an endpoint answering broken JSON)."""
    answer = {"raw": reply} if isinstance(reply, bytes) else {"content": reply}
    with ScriptedLLM(lambda body, n: answer) as server:
        run = LLMRun(model="scripted")
        assert client(server, tmp_path).ask(QuestionKind, "收到多少件申请？", run=run) is None
    assert len(run.errors) == 1 and "\n" not in run.errors[0] and "<" not in run.errors[0]
    assert run.errors[0].startswith("输出不符合格式") and said in run.errors[0], run.errors[0]
