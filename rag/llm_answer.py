"""The LLM answer for narrative questions: the retrieved chunks go in, the chunk ids the model
relies on and its answer come out (instructor response model, citations first). Nothing is shown
that `rag.grounding` does not pass: cited ids must have been given, every number must occur in a
cited chunk, planted instructions are never repeated, length is capped. A refused answer is None:
the caller falls back to the extractive one.

Streaming (`stream_llm_answer`) shows complete sentences only once they pass the same rules
against the chunks already cited — which is why the model writes `citations` before `answer`.
If a model writes the answer first, its text is held until the whole answer is verified."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.llm_client import LLMClient, Schema, prompt
from extractor.schema import Answer, Citation, LLMRun, Span

from .grounding import ANSWER_MAX_CHARS, Sources, answer_problem, clean, verified_prefix


class RagAnswer(Schema):
    """An answer grounded in the given chunks: the ids of the chunks used, then the answer."""

    citations: list[str] = []
    found: bool = True
    answer: str = ""


def _prompt(q: str, chunks: list) -> tuple[dict, str]:
    labelled = {f"c{i + 1}": c for i, c in enumerate(chunks)}
    body = "\n".join(f"[{k}] {c['text']}" for k, c in labelled.items())
    return labelled, prompt("answer", question=q, chunks=body)


def _cited(ids: list[str] | None, labelled: dict) -> list[dict]:
    """The given chunks among the cited ids, each once, in citation order."""
    out: list[dict] = []
    for raw in ids or []:
        c = labelled.get(str(raw).strip("[] "))
        if c is not None and c not in out:
            out.append(c)
    return out


def _sources(q: str, cited: list[dict], store) -> tuple[Sources, dict]:
    meta = store.meta(list({c["report_id"] for c in cited}))
    return Sources.of((c["text"] for c in cited), q, (m.get("year") for m in meta.values())), meta


def llm_answer(client: LLMClient, q: str, chunks: list, store, run: LLMRun | None = None) -> Answer | None:
    if not chunks:
        return None
    labelled, text = _prompt(q, chunks)
    result = client.ask(RagAnswer, text, run=run)
    return _verified(q, result, labelled, store) if result is not None else None


def stream_llm_answer(
    client: LLMClient, q: str, chunks: list, store, run: LLMRun | None = None
) -> Iterator[str | Answer | None]:
    """Yield pieces of answer text as soon as they are verified, then the verified Answer — or
    None, when the caller must fall back (after a draft was shown, it withdraws it: `reset`).
    The pieces joined are always a prefix of the final answer's text."""
    if not chunks:
        yield None
        return
    labelled, text = _prompt(q, chunks)
    stream = client.stream(RagAnswer, text, run=run)
    shown = ""
    src: Sources | None = None
    known: list[dict] | None = None  # the citations as they stood when the answer began
    try:
        for partial in stream:
            now = clean(partial.answer or "")
            if len(now) > ANSWER_MAX_CHARS:
                yield None  # a runaway answer: stop reading it
                return
            if not now or partial.found is False:
                continue
            if known is None:
                known = _cited(partial.citations, labelled)
                src = _sources(q, known, store)[0] if known else None
            if src is None:
                continue  # answer before citations: hold everything until the end
            end = verified_prefix(now, src)
            if end > len(shown) and now[:end].startswith(shown):
                yield now[len(shown) : end]
                shown = now[:end]
    finally:
        stream.close()
    final = _verified(q, stream.result, labelled, store) if stream.result is not None else None
    if (
        final is not None
        and stream.result is not None
        and shown
        and (_cited(stream.result.citations, labelled) != known or not final.answer.startswith(shown))
    ):
        final = None  # what was shown was verified against other citations than the final ones
    if final is not None and final.answer.startswith(shown) and len(final.answer) > len(shown):
        yield final.answer[len(shown) :]
    yield final


def _verified(q: str, result: RagAnswer, labelled: dict, store) -> Answer | None:
    if not result.found:
        # the model's 「not found」 is no evidence the report is silent (a weak model says it of what the
        # retrieved chunks do hold): the extractive answer, which says 报告未提及 itself when nothing matched
        return None
    cited = _cited(result.citations, labelled)
    if not cited:
        return None
    src, meta = _sources(q, cited, store)
    text = clean(result.answer)
    if not text or answer_problem(text, src):
        return None
    cits = [
        Citation(
            report_id=c["report_id"],
            agency=meta[c["report_id"]]["agency"],
            year=meta[c["report_id"]]["year"],
            section=c["section"],
            span=Span(start=c["start"], end=c["end"]),
            quote=c["text"],
            chunk_id=c["id"],
        )
        for c in cited
    ]
    return Answer(question=q, answer=text, route="llm", citations=cits)
