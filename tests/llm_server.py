"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, so the real openai +
instructor code runs end to end in tests. `handler(request_body, n)` decides each answer."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Answer = dict  # {"status": 200, "content": str, "delay": float, "usage": (prompt, completion)}


def completion(content: str, usage: tuple[int, int] = (100, 20)) -> dict:
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()), "model": "scripted",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)},
    }


class ScriptedLLM:
    def __init__(self, handler: Callable[[dict, int], Answer]):
        self.handler = handler
        self.requests: list[dict] = []
        outer = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                outer.requests.append(body)
                answer = outer.handler(body, len(outer.requests))
                if answer.get("delay"):
                    time.sleep(answer["delay"])
                status = answer.get("status", 200)
                if status == 200 and body.get("stream"):
                    self._stream(answer.get("content", ""))
                    return
                payload = (completion(answer.get("content", ""), answer.get("usage", (100, 20)))
                           if status == 200 else {"error": {"message": "scripted error", "type": "server_error"}})
                data = json.dumps(payload, ensure_ascii=False).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream(self, content: str) -> None:
                """OpenAI-style SSE chunks, a few characters each, then [DONE]."""
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                base = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()),
                        "model": "scripted"}
                for i in range(0, len(content), 7):
                    chunk = {**base, "choices": [{"index": 0, "delta": {"content": content[i:i + 7]},
                                                  "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
                    self.wfile.flush()
                end = {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
                self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
                self.wfile.flush()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> ScriptedLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def prompts(self) -> list[str]:
        return [m["content"] for r in self.requests for m in r["messages"] if m["role"] == "user"]
