"""The contract: what a report becomes. The CLI, the JSON output, the store, the API and the web page
all speak these models; nothing else defines a report's shape."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

if TYPE_CHECKING:
    from fractions import Fraction  # an exact sum of huge values (checks._sum); imported where made

Number = int | float


def format_number(v: Number | Fraction | None, blank: str = "空") -> str:
    """A value as every message and answer writes it: an int exactly at any size; a float with every
    printed digit (24252.311082 万元) but not the float noise of a sum or difference (six decimals),
    an integral one without 「.0」; an exact Fraction sum as it is. `blank` for a blank cell (「空」 in
    findings, 「空白」 in sentences for people)."""
    if v is None:
        return blank
    if type(v) is int:
        return str(v)  # exact at any size (float() of a 400-digit count overflows)
    if isinstance(v, float):
        v = round(v, 6)
        return str(int(v)) if v.is_integer() else repr(v)
    return str(v)


class Template(str, Enum):  # noqa: UP042 (StrEnum would change str(Template.X) in stored output)
    GF2021 = "GF2021"
    GF2019 = "GF2019"
    LEGACY = "LEGACY"
    UNKNOWN = "UNKNOWN"


# Span, Cell, Metric, Section and Finding are slotted dataclasses rather than BaseModels: a report
# holds hundreds, built by our own parser, and a BaseModel costs ~2 µs each to build against
# ~0.3 µs. Pydantic validates them like models wherever a Report is read (model_validate /
# model_validate_json), and serialises and documents them the same way.
@dataclass(slots=True)
class Span:
    """Character offsets [start, end) in `Report.text`; page (1-based) for PDFs."""

    start: int
    end: int
    page: int | None = None


CellSource = Literal["printed", "glued_split", "narrative_split", "llm", "ocr"]


def _is_none(v: object) -> bool:
    return v is None


@dataclass(slots=True, kw_only=True)
class Cell:
    key: Annotated[str, Field(description="stable key, e.g. t3.new.np")]
    value: Annotated[Number | None, Field(description="parsed value; null for blank or placeholder cells")]
    raw: Annotated[str, Field(description="the printed text of the cell ('' when blank)")]
    placeholder: Annotated[bool, Field(description="printed blank, '/', '—', '-', '无' …")] = False
    unit: str | None = None
    source: CellSource = "printed"
    span: Span | None = None
    # OCR cells only; absent from the JSON of every other cell (exclude_if), so text reports read as before
    confidence: Annotated[
        float | None, Field(description="OCR cells: the recogniser's confidence (0-1)", exclude_if=_is_none)
    ] = None
    box: Annotated[
        tuple[float, float, float, float] | None,
        Field(
            description="OCR cells: x0, y0, x1, y1 on the page (span.page) as fractions of its width and height",
            exclude_if=_is_none,
        ),
    ] = None

    @property
    def split_unsettled(self) -> bool:
        """A glued row's cell no cut settled (its raw says so, 「glued: split not unique」): unknown, not a
        printed blank — read from the cell's source, not from the words of its raw."""
        return self.value is None and self.source == "glued_split"


@dataclass(slots=True)
class Section:
    number: Annotated[int | None, Field(description="canonical section 1..6 of the template; 0 = preamble")]
    heading: str
    span: Span


# The sections of a GF report that are prose (preamble, 一, 五, 六): what the narrative checks, the
# metrics' LLM pass and the version comparison read. A LEGACY report is narrative throughout.
NARRATIVE_SECTIONS = (0, 1, 5, 6)


FindingKind = Literal["report_defect", "extraction_doubt", "blank_cells"]
Severity = Literal["error", "warning", "info"]


@dataclass(slots=True, kw_only=True)
class Finding:
    """One check's result (a dataclass like Cell: a glued scrape has one per row)."""

    check: Annotated[str, Field(description="spec id H1…H7 / S1…S13, or D1…D4 for extraction doubts")]
    severity: Severity
    kind: Annotated[
        FindingKind,
        Field(
            description="report_defect: the printed numbers break it; "
            "extraction_doubt: our parse is unsure; blank_cells: cannot be evaluated"
        ),
    ]
    where: str
    message: str
    cells: list[str] = field(default_factory=list)
    values: dict[str, Number | None] = field(default_factory=dict)
    quotes: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    basis: Annotated[str | None, Field(description="e.g. 'glued_split' when cells were recovered")] = None


Finding.__pydantic_config__ = ConfigDict(defer_build=True)  # type: ignore[attr-defined]  # built on first use, not at import
FINDING = TypeAdapter(Finding)  # dumps one Finding on its own (the store, the exports)


@dataclass(slots=True, kw_only=True)
class Metric:
    """One quantitative claim of the narrative (a dataclass like Cell: tens per report)."""

    value: Number
    unit: str | None = None
    qualifier: str | None = None
    label: str = ""
    key: Annotated[str | None, Field(description="canonical vocabulary key, null when unknown")] = None
    section: int | None = None
    quote: str = ""
    span: Span
    source: Literal["rules", "llm", "both"] = "rules"


class TableStatement(BaseModel):
    """A sentence printed where a table belongs and standing for it (「本年度未收到政府信息公开申请」,
    「未发生…行政复议、行政诉讼案件」): a narrative fact, not table cells."""

    model_config = ConfigDict(defer_build=True)

    table: Literal["t2", "t3", "t4"]
    text: str
    span: Span


class LLMRun(BaseModel):
    """What the LLM pass did for one report: every attempt's tokens count, cached calls cost none."""

    model_config = ConfigDict(defer_build=True)

    model: str
    passes: Literal["lean", "always"] | None = Field(default=None, description="lean: only what the rules left open")
    calls: int = 0
    attempts: int = 0
    cached_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    metrics_proposed: int = 0
    metrics_accepted: int = 0
    dropped_ungrounded: int = 0
    cells_accepted: int = 0
    cells_rejected: int = 0
    budget_exhausted: bool = False
    deadline_exhausted: bool = Field(default=False, description="the report's total LLM time ran out")
    errors: list[str] = Field(default_factory=list)


def report_id(data: bytes) -> str:
    """A report's id: the first 16 hex digits of the sha256 of its source bytes (the same file is the
    same report, whichever way it arrives)."""
    return hashlib.sha256(data).hexdigest()[:16]


class Report(BaseModel):
    model_config = ConfigDict(defer_build=True)

    id: str = Field(description="sha256 of the source bytes (first 16 hex)")
    source: str
    format: str
    encoding: str | None = None
    carrier: str | None = Field(
        default=None,
        description="the container the report came in: mime (a mail, a page saved as one file), warc, gzip/warc, "
        "webarchive, jsonl (a feed), gzip (a .gz page store), tar, gzip/tar, zip (an archive of files; a paginated "
        "article's pages joined), pdf (a PDF carrying the report as an attached file); format is the report's own",
    )
    template: Template
    agency: str | None = Field(default=None, description="the issuing body as the report writes it (normalised)")
    agency_full: str | None = Field(
        default=None, description="standard full name: 河北省科学技术厅, 淮安市洪泽区人民政府"
    )
    agency_short: str | None = Field(default=None, description="usual short form: 河北省科技厅, 洪泽区政府")
    agency_level: str | None = Field(default=None, description="省级政府 | 省级部门 | 市级… | 县级… | 乡级政府")
    region: str | None = Field(default=None, description="division path: 江苏省淮安市洪泽区")
    region_code: str | None = Field(default=None, description="6-digit 行政区划代码 of that division")
    agency_doubts: list[str] = Field(default_factory=list, description="what naming the agency had to assume")
    year: int | None = None
    title: str | None = None
    tables_recoverable: bool = False
    glued: bool = False
    cells: list[Cell] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    pages: list[Span] = Field(default_factory=list)
    tables_span: Span | None = Field(default=None, description="from the first table to the end of table 四")
    table_statements: list[TableStatement] = Field(
        default_factory=list, description="sentences printed instead of a table"
    )
    llm: LLMRun | None = None
    text: str = ""

    def cell(self, key: str) -> Cell | None:
        for c in self.cells:
            if c.key == key:
                return c
        return None

    def values(self) -> dict[str, Number | None]:
        return {c.key: c.value for c in self.cells}

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]


class ExtractError(Exception):
    """A user-facing input problem: one clear Chinese line, no traceback."""

    def __init__(self, message: str, code: str = "bad_input"):
        super().__init__(message)
        self.code = code


class Citation(BaseModel):
    """Where an answer comes from: table cells of a report, or a quoted span of its text."""

    report_id: str
    agency: str | None = None
    year: int | None = None
    section: int | None = None
    span: Span | None = None
    quote: str = ""
    cells: list[str] = Field(default_factory=list)
    chunk_id: str | None = None


class Answer(BaseModel):
    question: str
    answer: str
    value: Number | None = None
    unit: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    route: Literal["table", "metric", "compare", "check", "retrieval", "llm", "none", "unread"] = "none"
    reports: list[str] = Field(default=[], description="ids of the reports the question was resolved to")
    scope: str = Field(default="", description="the resolved scope in words, e.g. 「范围：淮安市人民政府 2024年」")
    intent: str = Field(default="", description="the route that answered (rag.routes), e.g. value.cells, rank")
    read_as: str | None = Field(
        default=None, description="a follow-up (「那2021年呢」) read as the previous question with that part changed"
    )
    latency_ms: float = 0.0
