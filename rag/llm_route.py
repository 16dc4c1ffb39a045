"""With an LLM configured, a question the rules could not answer is typed by the model: it fills the
same `Question` (agencies as written, years, measures, operation) — never SQL, never code. Its answer
is validated against the table spec's vocabulary (a cell the spec does not have fails `CellMeasure`,
and instructor re-asks) and against the catalogue (an agency that resolves to no stored report is
dropped); the executor is the same as for the rules."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from extractor import tablespec as ts
from extractor.llm_client import Schema, prompt

from .intent import normalise_years
from .question import Measure, Operation, Question, Scope


class RoutedQuestion(Schema):
    """A question typed by the model (the `Question` a rules parse would give, minus its text)."""

    agencies: list[str] = Field(default_factory=list)
    years: list[int] = Field(default_factory=list)
    operation: Operation = "describe"
    extreme: Literal["max", "min"] | None = None
    measures: list[Measure] = Field(default_factory=list)


def vocabulary_text() -> str:
    """The spec's keys with their labels, one table per line group (what the model may name)."""
    lines = []
    for table in ("t2", "t3", "t4"):
        rows = "；".join(f"{t.key}={t.label}" for t in ts.ROW_TERMS[table] if not t.generic)
        cols = "；".join(f"{t.key}={t.label}" for t in ts.COL_TERMS[table])
        lines.append(f"{ts.TABLE_NAMES[table]}：行 {rows}。列 {cols}。")
    return "\n".join(lines)


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _written(agency: str, text: str) -> bool:
    """Is the model's body one the question writes: its name, or the place it begins with (「洪泽」 of
    洪泽区人民政府, the model having spelt out 「洪泽那份」)?"""
    name = "".join(agency.split())
    return bool(name) and (name in text or name[:2] in text)


def route_question(client, text: str, catalogue) -> Question | None:
    """The model's typing of the question, validated; None when it fails or names nothing usable."""
    got = client.ask(RoutedQuestion, prompt("route_question", question=text, vocabulary=vocabulary_text()))
    if got is None:
        return None
    written = "".join(normalise_years(text).split())
    # the model types what the question writes, it does not add to it: a body whose name (its place, at least)
    # the question does not hold, a year outside the ones it writes (「张三的申请办完了吗」 typed as 洪泽区人民政府
    # 2023 gave 洪泽's figure to a question that named no body)
    named = [a for a in got.agencies if _written(a, written)]
    agencies = [a for a in named if catalogue.agencies_named(a, got.years)[0]]
    if got.agencies and not agencies:
        return None  # it named bodies the store has no report of, or the question does not: the rules' refusal stands
    years_written = [int(y) for y in _YEAR.findall(written)]
    years = [y for y in got.years if years_written and min(years_written) <= y <= max(years_written)]
    try:
        scope = Scope(agencies=agencies, years=years)
    except ValueError:
        return None
    return Question(text=text, scope=scope, measures=got.measures, operation=got.operation, extreme=got.extreme)
