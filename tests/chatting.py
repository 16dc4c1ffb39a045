"""A conversation as the CLI chat and eval/bank.py hold it, for the tests of follow-ups: each turn asked with the
turns before as they were read (`followup.keep`)."""

from __future__ import annotations

from rag import followup


def chat(asker, turns: list[str], **scope) -> list:
    """Every turn's answer, in order; `scope`: the chosen report/body/year, as `Asker.ask` takes them."""
    history: list[str] = []
    out = []
    for t in turns:
        ans = asker.ask(t, previous=history or None, **scope)
        out.append(ans)
        followup.keep(history, t, ans)
    return out


def pingtan(asker, year: int = 2021) -> str:
    """The stored id of 平潭综合实验区's report of `year` (the corpus asker's)."""
    return next(e.id for e in asker.catalogue().reports(None, [year]) if e.agency == "平潭综合实验区")
