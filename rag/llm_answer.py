"""The LLM answer for narrative questions: the retrieved chunks go in, an answer with the chunk ids
it relies on comes out (instructor response model). A cited id that was not given is dropped; an
answer left with no valid citation is not returned (the extractive answer is used instead)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from extractor.llm import LLMClient, LLMConfig, prompt
from extractor.schema import Answer, Citation, LLMRun, Span


class RagAnswer(BaseModel):
    """An answer grounded in the given chunks."""

    model_config = ConfigDict(extra="ignore")
    answer: str
    citations: list[str] = []
    found: bool = True


def llm_answer(cfg: LLMConfig, q: str, chunks: list, store) -> Answer | None:
    if not chunks:
        return None
    labelled = {f"c{i + 1}": c for i, c in enumerate(chunks)}
    body = "\n".join(f"[{k}] {c['text']}" for k, c in labelled.items())
    run = LLMRun(model=cfg.model)
    result = LLMClient(cfg).ask(prompt("answer", question=q, chunks=body), RagAnswer, run)
    if result is None:
        return None
    valid = [labelled[c.strip("[] ")] for c in result.citations if c.strip("[] ") in labelled]  # type: ignore[attr-defined]
    if not result.found or not valid:  # type: ignore[attr-defined]
        return Answer(question=q, answer="报告未提及", route="llm") if not result.found else None  # type: ignore[attr-defined]
    meta = store.meta(list({c["report_id"] for c in valid}))
    cits = [Citation(report_id=c["report_id"], agency=meta[c["report_id"]]["agency"], year=meta[c["report_id"]]["year"],
                     section=c["section"], span=Span(start=c["start"], end=c["end"]), quote=c["text"], chunk_id=c["id"])
            for c in valid]
    text = re.sub(r"\s+", " ", result.answer).strip()  # type: ignore[attr-defined]
    return Answer(question=q, answer=text, route="llm", citations=cits)
