"""The LLM answer for narrative questions: the retrieved chunks go in, an answer with the chunk ids
it relies on comes out (instructor response model). A cited id that was not given is dropped; an
answer left with no valid citation is not returned (the extractive answer is used instead)."""

from __future__ import annotations

import re

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from extractor.llm import LLMClient, LLMConfig, prompt
from extractor.schema import Answer, Citation, LLMRun, Span


class RagAnswer(BaseModel):
    """An answer grounded in the given chunks."""

    model_config = ConfigDict(extra="ignore")
    answer: str = ""
    citations: list[str] = []
    found: bool = True


def _prompt(q: str, chunks: list) -> tuple[dict, str]:
    labelled = {f"c{i + 1}": c for i, c in enumerate(chunks)}
    body = "\n".join(f"[{k}] {c['text']}" for k, c in labelled.items())
    return labelled, prompt("answer", question=q, chunks=body)


def llm_answer(cfg: LLMConfig, q: str, chunks: list, store) -> Answer | None:
    if not chunks:
        return None
    labelled, text = _prompt(q, chunks)
    run = LLMRun(model=cfg.model)
    result = LLMClient(cfg).ask(text, RagAnswer, run)
    if result is None:
        return None
    return _verified(q, result, labelled, store)


def stream_llm_answer(cfg: LLMConfig, q: str, chunks: list, store) -> Iterator[str | Answer | None]:
    """Yield the answer text as the model writes it (instructor partial objects over a streamed
    completion), then the verified Answer (or None: the caller falls back to the extractive one)."""
    if not chunks:
        yield None
        return
    labelled, text = _prompt(q, chunks)
    client = LLMClient(cfg).client
    shown = ""
    last = None
    try:
        for partial in client.chat.completions.create_partial(
                model=cfg.model, response_model=RagAnswer, max_retries=0, temperature=0,
                messages=[{"role": "user", "content": text}]):
            last = partial
            now = partial.answer or ""
            if now.startswith(shown) and len(now) > len(shown):
                yield now[len(shown):]
                shown = now
    except Exception:  # a failed stream falls back like a failed call
        yield None
        return
    yield _verified(q, last, labelled, store) if last is not None else None


def _verified(q: str, result: RagAnswer, labelled: dict, store) -> Answer | None:
    valid = [labelled[c.strip("[] ")] for c in result.citations if c.strip("[] ") in labelled]  # type: ignore[attr-defined]
    if not result.found or not valid:  # type: ignore[attr-defined]
        return Answer(question=q, answer="报告未提及", route="llm") if not result.found else None  # type: ignore[attr-defined]
    meta = store.meta(list({c["report_id"] for c in valid}))
    cits = [Citation(report_id=c["report_id"], agency=meta[c["report_id"]]["agency"], year=meta[c["report_id"]]["year"],
                     section=c["section"], span=Span(start=c["start"], end=c["end"]), quote=c["text"], chunk_id=c["id"])
            for c in valid]
    text = re.sub(r"\s+", " ", result.answer).strip()  # type: ignore[attr-defined]
    return Answer(question=q, answer=text, route="llm", citations=cits)
