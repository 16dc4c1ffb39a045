"""The typed LLM client: one structured call in, one validated pydantic object (or None) out.

Everything that talks to a model goes through `LLMClient`, so the rules every call obeys live in
one place: the response cache, the token budget, the total deadline and size cap (see
`llm_transport`), and the usage accounting. A failed call never raises: it returns None and says
why in `run.errors`, and the caller goes on with what the rules found.

    from pydantic import BaseModel
    from extractor.llm_client import LLMClient, Schema, prompt

    class QuestionKind(Schema):                 # Schema = BaseModel with a compact JSON schema
        intent: Literal["table", "metric", "narrative", "compare"]

    client = LLMClient(settings.llm)            # once per process or app (thread-safe)
    kind = client.ask(QuestionKind, prompt("question_kind", question=q))   # QuestionKind | None

`ask(response_model, prompt)` is generic like instructor's own `create(response_model=...)`: the
return type is the model you pass. `stream(response_model, prompt)` yields partial objects as the
model writes them and leaves the validated whole in `.result`. Pass `run=` (an `LLMRun`) to have
tokens, calls and errors counted somewhere, `deadline=` (a `time.monotonic()` instant) to cap a
group of calls (a report) on top of the per-call `timeout`.

Prompts are files in `prompts/` (`prompt(name, **fields)`); a prompt change is a reviewable diff
and, being part of the cache key, invalidates the cached answers it affects.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from .schema import LLMRun

if TYPE_CHECKING:  # httpcore2 is imported with the first client, not with the extractor
    from .llm_transport import Budget

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
MODES = ("json", "md_json", "tools", "json_schema")
Mode = Literal["json", "md_json", "tools", "json_schema"]
Passes = Literal["lean", "always"]
T = TypeVar("T", bound=BaseModel)
_SILENT = logging.NullHandler()


@dataclass(frozen=True)
class LLMConfig:
    """How to reach the model and what one report or question may spend. Built by
    `extractor.settings.Settings.load` from flags and environment; nothing here reads either."""

    model: str
    base_url: str | None = None
    api_key: str = "none"
    mode: Mode = "json"
    passes: Passes = "lean"  # lean: only where the rules leave something open; always: every section
    token_budget: int = 30000  # per report (extraction) or per question
    max_retries: int = 2  # re-asks after an answer that does not validate
    timeout: float = 60.0  # seconds, total per call: every byte, every re-ask
    report_timeout: float = 180.0  # seconds, total of all calls for one report
    max_response_bytes: int = 1_000_000  # per call
    cache_dir: Path | None = None


def _no_titles(schema: dict[str, Any], model: type) -> None:
    schema.pop("title", None)
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)


class Schema(BaseModel):
    """Base of our response models: unknown fields ignored (a model may add some), and no
    auto-generated titles in the JSON schema instructor puts in every prompt (they only repeat the
    field names and cost tokens on every call)."""

    model_config = ConfigDict(extra="ignore", json_schema_extra=_no_titles)


def estimate_tokens(text: str) -> int:
    """Offline estimate, no tokenizer download: ~1 token per CJK character (cl100k measures 1.04),
    ~1 per 3.5 other characters, a run of whitespace (JSON indentation) as one character."""
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    other = len(re.sub(r"\s+", " ", text)) - cjk
    return int(cjk * 1.05 + max(other, 0) / 3.5) + 1


@functools.lru_cache(maxsize=64)
def schema_tokens(response_model: type[BaseModel]) -> int:
    """Tokens of the system message instructor adds to a call (the model's JSON schema, indented,
    plus ~40 tokens of instruction)."""
    return estimate_tokens(json.dumps(response_model.model_json_schema(), indent=2, ensure_ascii=False)) + 40


@functools.lru_cache(maxsize=32)
def _template(name: str) -> str:
    return (PROMPTS / f"{name}.md").read_text(encoding="utf-8")


def prompt(name: str, **fields: object) -> str:
    """prompts/<name>.md with each {field} replaced."""
    text = _template(name)
    for k, v in fields.items():
        text = text.replace("{" + k + "}", str(v))
    return text


class LLMStream(Generic[T]):
    """Partial objects as the model writes them; `.result` is the validated whole once iteration
    has ended, or None when the call failed (the reason is in the run's errors)."""

    def __init__(self, parts: Iterator[T]):
        self._parts = parts
        self.result: T | None = None

    def __iter__(self) -> Iterator[T]:
        return self._parts

    def close(self) -> None:
        close = getattr(self._parts, "close", None)
        if close:
            close()


class LLMClient:
    """One OpenAI-compatible endpoint through openai + instructor. Thread-safe: FastAPI's worker
    threads share one client; each call carries its own budget and hooks."""

    def __init__(self, cfg: LLMConfig):
        import instructor
        import openai

        from .llm_transport import install

        # A failed call is reported once, in Chinese, through run.errors; instructor's English
        # log lines would otherwise reach stderr through logging's last-resort handler.
        logging.getLogger("instructor").addHandler(_SILENT)

        self.cfg = cfg
        http = openai.DefaultHttpxClient()
        install(http)
        self._openai = openai.OpenAI(
            base_url=cfg.base_url, api_key=cfg.api_key, max_retries=0, timeout=cfg.timeout, http_client=http
        )
        modes = {
            "json": instructor.Mode.JSON,
            "md_json": instructor.Mode.MD_JSON,
            "tools": instructor.Mode.TOOLS,
            "json_schema": instructor.Mode.JSON_SCHEMA,
        }
        self._mode = modes[cfg.mode]
        self._instructor = instructor.from_openai(self._openai, mode=self._mode)

    # ------------------------------------------------------------------ public
    def ask(
        self, response_model: type[T], prompt: str, *, run: LLMRun | None = None, deadline: float | None = None
    ) -> T | None:
        """One structured call: the validated `response_model`, or None (why: `run.errors`).
        Re-asks only after an answer that fails validation, and only within the call's time."""
        from instructor.core.hooks import Hooks

        run = run if run is not None else LLMRun(model=self.cfg.model)
        key = self._key(response_model, prompt)
        cached = self._cache_get(key, response_model)
        if cached is not None:
            run.cached_calls += 1
            return cached
        budget = self._admit(response_model, prompt, run, deadline)
        if budget is None:
            return None
        hooks = Hooks()
        hooks.on("completion:response", lambda response: self._count(response, run))
        run.calls += 1
        try:
            with budget.active():
                result = self._instructor.chat.completions.create(
                    model=self.cfg.model,
                    response_model=response_model,
                    temperature=0,
                    max_retries=self.cfg.max_retries,
                    timeout=max(budget.left(), 0.001),
                    hooks=hooks,
                    messages=[{"role": "user", "content": prompt}],
                )
        except Exception as exc:  # noqa: BLE001 — a failed call must never cost the rules' result
            run.errors.append(self._explain(exc, budget))
            return None
        if type(result) is not response_model:  # instructor hands back a subclass it made for the schema
            result = response_model.model_validate(result.model_dump())
        self._cache_put(key, result)
        return result

    def stream(
        self, response_model: type[T], prompt: str, *, run: LLMRun | None = None, deadline: float | None = None
    ) -> LLMStream[T]:
        """The call as a stream of partial objects (instructor `create_partial`), under the same
        cache, budget and deadline as `ask`; no re-asks (what was shown cannot be re-asked)."""
        run = run if run is not None else LLMRun(model=self.cfg.model)
        out: LLMStream[T] = LLMStream(iter(()))
        out._parts = self._stream(response_model, prompt, run, deadline, out)
        return out

    # ------------------------------------------------------------------ internals
    def _stream(
        self, response_model: type[T], prompt: str, run: LLMRun, deadline: float | None, out: LLMStream[T]
    ) -> Iterator[T]:
        key = self._key(response_model, prompt)
        cached = self._cache_get(key, response_model)
        if cached is not None:
            run.cached_calls += 1
            out.result = cached
            yield cached
            return
        budget = self._admit(response_model, prompt, run, deadline)
        if budget is None:
            return
        run.calls += 1
        run.attempts += 1
        parts = self._partials(response_model, prompt, budget)
        text = ""
        try:
            while True:
                with budget.active():  # each step may run on another thread
                    try:
                        partial = next(parts)
                    except StopIteration as done:
                        text = done.value or ""
                        break
                yield partial
        except Exception as exc:  # noqa: BLE001
            run.errors.append(self._explain(exc, budget))
            return
        finally:
            parts.close()
        run.prompt_tokens += estimate_tokens(prompt) + schema_tokens(response_model)  # streams carry no usage
        run.completion_tokens += estimate_tokens(text)
        try:
            out.result = response_model.model_validate_json(text)
        except ValidationError as exc:
            run.errors.append(f"输出不符合格式：{_invalid_reply(exc)}")
            return
        self._cache_put(key, out.result)

    def _partials(self, response_model: type[T], prompt: str, budget: Budget) -> Generator[Any, None, str]:
        """Partial objects as the chunks arrive; returns the JSON text. Built from instructor's own
        pieces (the mode's request preparation and stream extraction, `Partial.model_from_chunks`)
        because its sync `create_partial` in 1.17 reads the whole stream before yielding the first
        partial (instructor issue #2145): a stream would show nothing until the model had finished."""
        from instructor import Partial
        from instructor.v2.core.providers import Provider
        from instructor.v2.core.registry import mode_registry

        handlers = mode_registry.get_handlers(Provider.OPENAI, self._mode)
        extract = getattr(getattr(handlers.response_parser, "__self__", None), "extract_streaming_json", None)
        if extract is None:  # instructor's internals moved: its buffered stream still works
            last = None
            for last in self._instructor.chat.completions.create_partial(
                model=self.cfg.model,
                response_model=response_model,
                temperature=0,
                max_retries=0,
                timeout=max(budget.left(), 0.001),
                messages=[{"role": "user", "content": prompt}],
            ):
                yield last
            return last.model_dump_json() if last is not None else ""
        partial = Partial[response_model]  # type: ignore[index]
        _, kwargs = handlers.request_handler(
            response_model=partial,
            kwargs={
                "model": self.cfg.model,
                "temperature": 0,
                "stream": True,
                "messages": [{"role": "user", "content": prompt}],
            },
        )
        raw = self._openai.chat.completions.create(**kwargs, timeout=max(budget.left(), 0.001))
        chunks: list[str] = []

        def recorded() -> Iterator[str]:
            for chunk in extract(raw):
                chunks.append(chunk)
                yield chunk

        try:
            yield from partial.model_from_chunks(recorded())  # pyright: ignore[reportAttributeAccessIssue]  (instructor's Partial)
        finally:
            raw.close()
        return "".join(chunks)

    def _admit(
        self, response_model: type[BaseModel], prompt: str, run: LLMRun, deadline: float | None
    ) -> Budget | None:
        """The call's budget, or None when the run has no time or tokens left for it."""
        now = time.monotonic()
        if deadline is not None and deadline - now <= 0:
            if not run.deadline_exhausted:
                run.errors.append(f"LLM 总时限（{self.cfg.report_timeout:g} 秒）已用完，其余调用跳过")
            run.deadline_exhausted = True
            return None
        estimate = estimate_tokens(prompt) + schema_tokens(response_model)
        if run.prompt_tokens + run.completion_tokens + estimate > self.cfg.token_budget:
            run.budget_exhausted = True
            return None
        from .llm_transport import Budget

        end = now + self.cfg.timeout
        return Budget(min(end, deadline) if deadline is not None else end, self.cfg.max_response_bytes)

    @staticmethod
    def _count(response: Any, run: LLMRun) -> None:
        run.attempts += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            run.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
            run.completion_tokens += getattr(usage, "completion_tokens", 0) or 0

    def _explain(self, exc: BaseException, budget: Budget) -> str:
        """One line a user can act on, in Chinese."""
        from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
        from openai import APITimeoutError

        from .llm_transport import CompressedResponse

        cause = _api_cause(exc)
        packed = next((node for node in _chain(exc) if isinstance(node, CompressedResponse)), None)
        if packed is not None:
            return f"LLM 回复经过压缩（{packed.encoding}），解压后的大小无从限制，已拒绝"
        if budget.exceeded == "bytes":
            return f"LLM 回复超过 {self.cfg.max_response_bytes} 字节，已放弃"
        if budget.exceeded == "deadline" or isinstance(cause, APITimeoutError) and budget.timed_out():
            return f"LLM 调用超过总时限（{budget.seconds:g} 秒），已放弃"
        if cause is not None:
            return f"LLM 服务出错：{type(cause).__name__} {getattr(cause, 'status_code', '') or ''}".strip()
        if _caused_by(exc, IncompleteOutputException):
            return "LLM 输出被截断（长度超限），已放弃"
        if isinstance(exc, ValidationError):
            return f"输出不符合格式：{_invalid_reply(exc)}"
        if isinstance(exc, InstructorRetryException):
            return f"输出不符合格式，重试{self.cfg.max_retries}次后放弃：{_invalid_reply(exc)}"
        return f"LLM 调用失败：{type(exc).__name__}: {str(exc)[:160]}"

    def _key(self, response_model: type[BaseModel], prompt: str) -> str:
        schema = json.dumps(response_model.model_json_schema(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(
            json.dumps([self.cfg.model, self.cfg.mode, schema, prompt], ensure_ascii=False).encode()
        ).hexdigest()

    def _cache_path(self, key: str) -> Path | None:
        return self.cfg.cache_dir / key[:2] / f"{key}.json" if self.cfg.cache_dir else None

    def _cache_get(self, key: str, response_model: type[T]) -> T | None:
        path = self._cache_path(key)
        if path is None:
            return None
        try:
            return response_model.model_validate_json(path.read_bytes())
        except (OSError, ValueError):  # absent, unreadable or stale: a miss
            return None

    def _cache_put(self, key: str, value: BaseModel) -> None:
        path = self._cache_path(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(value.model_dump_json(), encoding="utf-8")
            tmp.replace(path)
        except OSError:  # a read-only data dir costs the cache, not the answer
            pass


@functools.lru_cache(maxsize=8)
def client_for(cfg: LLMConfig) -> LLMClient:
    """One client per configuration and process: its connections are reused across reports."""
    return LLMClient(cfg)


def _invalid_reply(exc: BaseException) -> str:
    """What was wrong with the model's reply, in one Chinese line (a user reads it in a warning and in
    `llm.errors`): instructor's own text is a multi-line English dump of every attempt."""
    attempts = getattr(exc, "failed_attempts", None) or []
    found = [node for e in (exc, *(a.exception for a in attempts[-1:])) for node in _chain(e)]
    invalid = next((node for node in reversed(found) if isinstance(node, ValidationError)), None)
    if invalid is None and any(isinstance(node, json.JSONDecodeError) for node in found):
        return "服务的回复不是 JSON（OPENAI_BASE_URL 是否指向 OpenAI 兼容接口？）"
    if invalid is None or not invalid.errors():
        return " ".join(str(exc).split())[:80]
    first = invalid.errors()[0]
    where = ".".join(str(x) for x in first.get("loc", ()))
    if first["type"] == "json_invalid":
        return "回复不是完整的 JSON"
    if first["type"] == "missing":
        return f"缺少字段 {where}"
    return f"字段 {where} 的取值不合要求（{first['type']}）"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    node: BaseException | None = exc
    for _ in range(10):
        if node is None:
            return
        yield node
        node = node.__cause__ or node.__context__


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    return any(isinstance(node, kind) for node in _chain(exc))


def _api_cause(exc: BaseException) -> BaseException | None:
    """The transport/HTTP error behind an exception, if that is what it was (instructor wraps them)."""
    from openai import APIError

    return next((node for node in _chain(exc) if isinstance(node, APIError)), None)
