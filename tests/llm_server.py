"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, so the real openai +
instructor code runs end to end in tests. `handler(request_body, n)` decides each answer:

    {"content": str}                  the assistant message (streamed in 7-character chunks when the
                                      request asks for a stream)
    {"status": 429}                   an error status
    {"usage": (prompt, completion)}   token usage to report
    {"delay": s}                      stall s seconds before sending anything
    {"drip": s}                       send the headers, then the body one byte every s seconds
    {"drip_headers": s}               the whole response, status line included, one byte every s seconds
    {"chunk_delay": s}                (streams) pause s seconds between chunks
    {"hold_after": k}                 (streams) after k chunks, wait until the test sets `release`
    {"gzip": True}                    the body gzip-compressed (Content-Encoding: gzip), whatever was asked
    {"raw": bytes}                    these bytes as the body, labelled JSON (a proxy's error page, say)

A hostile endpoint is one of these: a stall, a drip, a giant `content` (`giant()`), an answer that
is not grounded. Every wait ends as soon as the server is closed."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Answer = dict


def completion(content: str, usage: tuple[int, int] = (100, 20)) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "scripted",
        "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)},
    }


def giant(chars: int = 4_800_000) -> dict:
    """An answer of `chars` characters that is otherwise well-formed."""
    return {
        "content": json.dumps(
            {"citations": ["c1"], "found": True, "answer": "政务公开" * (chars // 4)}, ensure_ascii=False
        )
    }


class ScriptedLLM:
    def __init__(self, handler: Callable[[dict, int], Answer]):
        self.handler = handler
        self.requests: list[dict] = []
        self.headers: list[dict[str, str]] = []  # each request's headers
        self.closing = threading.Event()
        self.release = threading.Event()
        self.disconnects = 0  # responses the client hung up on
        self.hung_up = threading.Event()  # set at the first: the server sees it only at its next write
        outer = self

        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                outer.requests.append(body)
                outer.headers.append(dict(self.headers))
                answer = outer.handler(body, len(outer.requests))
                if answer.get("delay") and outer.closing.wait(answer["delay"]):
                    return
                try:
                    if answer.get("status", 200) == 200 and body.get("stream"):
                        self._stream(
                            answer.get("content", ""),
                            answer.get("chunk_delay", 0),
                            answer.get("hold_after"),
                            answer.get("gzip", False),
                        )
                    else:
                        self._reply(answer)
                except (BrokenPipeError, ConnectionResetError):
                    outer.disconnects += 1
                    outer.hung_up.set()
                self.close_connection = True

            def _reply(self, answer: Answer) -> None:
                status = answer.get("status", 200)
                payload = (
                    completion(answer.get("content", ""), answer.get("usage", (100, 20)))
                    if status == 200
                    else {"error": {"message": "scripted error", "type": "server_error"}}
                )
                data = answer["raw"] if "raw" in answer else json.dumps(payload, ensure_ascii=False).encode()
                encoding = "Content-Encoding: gzip\r\n" if answer.get("gzip") else ""
                data = gzip.compress(data) if encoding else data
                head = (
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                    f"{encoding}Connection: close\r\n\r\n"
                ).encode()
                if answer.get("drip_headers"):
                    self._drip(head + data, answer["drip_headers"])
                    return
                self.wfile.write(head)
                self.wfile.flush()
                if answer.get("drip"):
                    self._drip(data, answer["drip"])
                else:
                    self.wfile.write(data)

            def _drip(self, data: bytes, every: float) -> None:
                for i in range(len(data)):
                    self.wfile.write(data[i : i + 1])
                    self.wfile.flush()
                    if outer.closing.wait(every):
                        return

            def _stream(self, content: str, pause: float, hold_after: int | None = None, packed: bool = False) -> None:
                """OpenAI-style SSE chunks, a few characters each, then [DONE] (`packed`: all of it at once,
                gzip-compressed)."""
                if packed:
                    events = self._events(content)
                    data = gzip.compress(b"".join(events))
                    self.wfile.write(
                        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Encoding: gzip\r\n"
                        + f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode()
                        + data
                    )
                    return
                self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
                for i, event in enumerate(self._events(content)):
                    self.wfile.write(event)
                    self.wfile.flush()
                    if i == (len(content) + 6) // 7:
                        return  # the end and [DONE]: no pause after them
                    if pause and outer.closing.wait(pause):
                        return
                    if hold_after is not None and i + 1 == hold_after:
                        while not outer.release.wait(0.05):
                            if outer.closing.is_set():
                                return

            @staticmethod
            def _events(content: str) -> list[bytes]:
                base = {
                    "id": "chatcmpl-test",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": "scripted",
                }
                events = [
                    {**base, "choices": [{"index": 0, "delta": {"content": content[i : i + 7]}, "finish_reason": None}]}
                    for i in range(0, len(content), 7)
                ]
                out = [f"data: {json.dumps(e, ensure_ascii=False)}\n\n".encode() for e in events]
                end = {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                return [*out, f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode()]

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

        self.server = Server(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> ScriptedLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()

    def prompts(self) -> list[str]:
        return [m["content"] for r in self.requests for m in r["messages"] if m["role"] == "user"]


def chunks_of(body: dict) -> dict[str, str]:
    """The chunks an answer prompt carries, by id ("c1" → text)."""
    import re

    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    inner = user.rsplit("<chunks>", 1)[1].split("</chunks>")[0]
    parts = re.split(r"^\[(c\d+)\] ", inner.strip("\n"), flags=re.M)[1:]
    return {parts[i]: parts[i + 1].rstrip("\n") for i in range(0, len(parts), 2)}


def quoting(body: dict, chunk: str = "c1", sentences: int = 2, extra: str = "") -> dict:
    """A well-behaved answer: the first sentences of a given chunk, cited, citations first."""
    import re

    text = chunks_of(body).get(chunk, "")
    parts = [s for s in re.findall(r"[^。；！？\n]*[。；！？]", text) if s.strip()][:sentences] or [text]
    return {
        "content": json.dumps(
            {"citations": [chunk], "found": True, "answer": "".join(parts) + extra}, ensure_ascii=False
        )
    }


def stand_in(body: dict, n: int) -> dict:
    """A deterministic stand-in for a cooperative model, for running the eval gates end to end:
    answers a question with the first sentences of the chunk sharing most characters with it, and
    proposes no metrics and no table splits (the rules' results stand)."""
    user = next(m["content"] for m in body["messages"] if m["role"] == "user")
    if "<chunks>" in user:
        question = user.split("问题：", 1)[1].split("\n", 1)[0]
        chunks = chunks_of(body)
        best = max(chunks, key=lambda c: len(set(question) & set(chunks[c])))
        return quoting(body, best, 2)
    if "拆分成" in user:
        return {"content": json.dumps({"cells": []})}
    return {"content": json.dumps({"metrics": []})}
