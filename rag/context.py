"""What every answer handler gets: the store, the catalogue, the retrieval index (opened on first
use: chromadb is imported only by the routes that search text), the optional LLM, and the question
with its resolved scope."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractor.schema import Answer

from .question import Question
from .scope import Catalogue, Entry, Resolved
from .store import Store

if TYPE_CHECKING:
    from extractor.llm_client import LLMClient
    from extractor.schema import Report

NOT_MENTIONED = "报告未提及"


@dataclass
class Context:
    store: Store
    catalogue: Catalogue
    index: Callable[[], object | None]  # -> rag.index.Index | None, opened lazily
    llm: LLMClient | None
    question: Question
    scope: Resolved
    _one: bool | None = None
    # figures of table rows read from the text of reports that print no table (rag.answers.textrow)
    text_figures: dict = field(default_factory=dict)
    # reports whose 表三 总计 cell printed blank, read as the sum of its applicant columns (rag.answers.corpus)
    column_sums: set = field(default_factory=set)
    _report: tuple | None = None  # (rid, Report | None) once read: the handlers of one question share it
    _twins: set[str] | None = None  # reports in scope sharing their agency and year with another
    # reports of the scope the vector index did not hold yet when passages were searched (its
    # indexer lags the writer: rag/indexer.py): they were searched by BM25 alone, and the answer says so
    unembedded: int = 0

    @property
    def q(self) -> str:
        return self.question.text

    @property
    def ids(self) -> list[str]:
        """The reports in scope (a corpus scope's ids are read from the store on first use)."""
        return self.scope.report_ids()

    @property
    def n(self) -> int:
        return self.scope.n

    def entry(self, rid: str) -> Entry:
        """The catalogue entry of a report in scope (its ids come from the catalogue: always there)."""
        e = self.catalogue.entry(rid)
        if e is None:
            raise KeyError(rid)
        return e

    def name(self, rid: str, with_year: bool = True) -> str:
        """How a report is named in an answer: its agency (else its file), and its year."""
        e = self.entry(rid)
        who = e.agency or f"《{(e.source or rid).rsplit('/', 1)[-1]}》"
        return f"{who}{e.year}年" if with_year and e.year else who

    def one_report(self) -> tuple[str, Report] | None:
        """The one report in scope and its stored record — what every single-report handler starts
        from; None when the scope holds several reports (or none) or the report is not stored. Read
        once per question (several handlers of a route chain ask for it)."""
        if self.n != 1:
            return None
        rid = self.ids[0]
        if self._report is None or self._report[0] != rid:
            self._report = (rid, self.store.report(rid))
        report = self._report[1]
        return (rid, report) if report is not None else None

    def one_agency(self) -> bool:
        if self._one is None and self.scope.corpus and self.scope.n_agencies is not None:
            self._one = self.scope.n_agencies == 1
        if self._one is None:
            entry = self.entry
            first = entry(self.ids[0]).agency_key or self.ids[0] if self.ids else None
            self._one = all((entry(r).agency_key or r) == first for r in self.ids)
        return self._one

    def label(self, rid: str) -> str:
        """A report within a series: its year when the series is one agency, else agency and year."""
        e = self.entry(rid)
        said = f"{e.year}年" if self.one_agency() and e.year else self.name(rid)
        if rid in self.twins():  # two reports of one agency and year (another file, not a copy): which one
            said += f"（{(e.source or rid).rsplit('/', 1)[-1]}）"
        return said

    def twins(self) -> set[str]:
        """Reports of a small scope whose agency and year another report of it shares — two different
        files of one year (a corrected re-issue kept beside the first, a department's two publications):
        a series labelled by year alone would print 「2022年：84件；2022年：85件」."""
        if self._twins is None:
            seen: dict[tuple, list[str]] = {}
            if self.n <= 200:
                for rid in self.ids:
                    e = self.entry(rid)
                    if e.year:
                        seen.setdefault((e.agency or e.agency_key, e.year), []).append(rid)
            self._twins = {r for group in seen.values() if len(group) > 1 for r in group}
        return self._twins

    def without_table(self, table: str) -> list[str]:
        """The scope's reports with no cell of `table` read with a value (a picture, a sentence, tables
        the reader could not split): a corpus scope filtered by its years in the store, else its list."""
        scope = self.scope
        if scope.size is not None:
            return [r for r in self.store.without_table(table, None, scope.sql_years) if scope.keeps(r)]
        return self.store.without_table(table, scope.ids)

    def answer(self, text: str, route: str, **kw) -> Answer:
        return Answer(question=self.q, answer=text, route=route, **kw)  # type: ignore[arg-type]
