"""A total deadline and a size cap for every LLM call, enforced on the socket.

HTTP client timeouts are per operation: httpx's `read` timeout restarts with every byte, so an
endpoint that stalls after the headers, or drips one byte every few seconds, holds a call for as
long as it likes (a 1-byte-per-5-s drip defeats a 10 s read timeout forever). The only place that
sees every wait is the network stream, so that is where the deadline lives: each connect, read and
write of the httpcore connection pool is given at most the time left, and fails once none is left
or once the call has received more than its byte cap (a runaway or hostile model's 5 MB answer).

The byte cap counts what crosses the socket, so it holds only for an answer that is not compressed:
httpx inflates a `Content-Encoding: gzip` body after the socket has seen it (a 1 MB gzip bomb is
~1 GB of JSON to hold and parse). `install` therefore asks for `identity` and refuses, from the
response headers and before the body is read, an answer that comes compressed all the same.

A call opens a `Budget` and runs inside `budget.active()`; the pool's streams look the active
budget up (a thread-local), so one client serves many threads, each call with its own deadline.
A streamed call re-enters its budget around every step (`LLMClient.stream` does), which makes the
deadline hold even when the steps run on different threads (FastAPI's thread pool does that).
Outside any budget the streams behave exactly like httpcore's own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpcore2

_state = threading.local()


class Budget:
    """Time and bytes one call may spend: an absolute `time.monotonic()` deadline and a byte cap."""

    def __init__(self, deadline: float, max_bytes: int):
        self.deadline = deadline
        self.seconds = round(max(deadline - time.monotonic(), 0.0), 1)  # what it was given, for messages
        self.max_bytes = max_bytes
        self.received = 0
        self.exceeded: str | None = None  # "deadline" | "bytes" once a limit stopped the call

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def clamp(self, timeout: float | None, error: type[Exception]) -> float:
        """The timeout for one socket operation: what httpcore asked for, at most the time left."""
        left = self.left()
        if left <= 0:
            self.exceeded = "deadline"
            raise error("LLM call deadline passed")
        return left if timeout is None else min(timeout, left)

    def count(self, n: int) -> None:
        self.received += n
        if self.received > self.max_bytes:
            self.exceeded = "bytes"
            raise httpcore2.ReadError(f"LLM response larger than {self.max_bytes} bytes")

    def timed_out(self) -> bool:
        """Whether a timeout that just happened was this budget's (the clamp), not the server's."""
        if self.left() <= 0.05:
            self.exceeded = self.exceeded or "deadline"
        return self.exceeded == "deadline"

    @contextmanager
    def active(self) -> Iterator[Budget]:
        previous = getattr(_state, "budget", None)
        _state.budget = self
        try:
            yield self
        finally:
            _state.budget = previous


def _current() -> Budget | None:
    return getattr(_state, "budget", None)


class _Stream(httpcore2.NetworkStream):
    def __init__(self, inner: httpcore2.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        budget = _current()
        if budget is None:
            return self._inner.read(max_bytes, timeout)
        data = self._inner.read(max_bytes, budget.clamp(timeout, httpcore2.ReadTimeout))
        budget.count(len(data))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        budget = _current()
        self._inner.write(buffer, budget.clamp(timeout, httpcore2.WriteTimeout) if budget else timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore2.NetworkStream:
        budget = _current()
        if budget is not None:
            timeout = budget.clamp(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore2.NetworkBackend):
    def __init__(self, inner: httpcore2.NetworkBackend):
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore2.NetworkStream:
        budget = _current()
        if budget is not None:
            timeout = budget.clamp(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore2.NetworkStream:
        budget = _current()
        if budget is not None:
            timeout = budget.clamp(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class CompressedResponse(Exception):
    """The endpoint compressed its answer although we asked it not to (see `refuse_compressed`)."""

    def __init__(self, encoding: str):
        super().__init__(f"LLM response sent with Content-Encoding: {encoding}")
        self.encoding = encoding


def refuse_compressed(response: Any) -> None:
    """httpx response hook: stop before the body is read if it is compressed (its inflated size is
    bounded by nothing we count)."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding not in ("", "identity"):
        response.close()
        raise CompressedResponse(encoding)


def install(http_client: Any) -> None:
    """Put the budget-aware backend under every connection pool of an httpx2 client (its default
    transport and the proxy transports it mounted from the environment), ask for uncompressed
    answers and refuse compressed ones (public `headers` and `event_hooks`). httpx2 has no public
    hook for the network backend, so this reaches into `_transport`/`_mounts`/`_pool`; if a new
    httpx2 moves them this fails at start-up rather than silently losing the deadline."""
    transports = [
        t
        for t in (getattr(http_client, "_transport", None), *getattr(http_client, "_mounts", {}).values())
        if t is not None
    ]
    pools = [getattr(t, "_pool", None) for t in transports]
    if not pools or not all(hasattr(p, "_network_backend") for p in pools):  # every transport, or none is bounded
        raise RuntimeError("httpx2 internals changed: cannot install the LLM deadline backend")
    for pool in pools:
        assert pool is not None  # checked above: every pool has a backend
        if not isinstance(pool._network_backend, _Backend):
            pool._network_backend = _Backend(pool._network_backend)
    http_client.headers["Accept-Encoding"] = "identity"
    hooks = http_client.event_hooks
    if refuse_compressed not in hooks["response"]:
        http_client.event_hooks = {**hooks, "response": [*hooks["response"], refuse_compressed]}
