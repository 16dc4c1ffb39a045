"""A question, typed: what it is about (scope), what it asks for (measure) and what to do with it
(operation). The rules router (`rag.intent`) builds one offline; an LLM router fills the same model.
Either way the model is validated against the one table spec's vocabulary and the store's catalogue
before anything runs: a question never becomes SQL or code, only one of these objects.

    「淮安市2023年行政复议结果维持多少件？」 →
    Question(scope=Scope(agencies=["淮安市"], years=[2023]),
             measures=[CellMeasure(table="t4", row="rv", col="keep")], operation="value")
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, overload

from pydantic import BaseModel, Field, field_validator, model_validator

from extractor import tablespec as ts

TableId = Literal["t2", "t3", "t4"]

Operation = Literal[
    "value",  # the asked number(s) of each report in scope
    "list",  # the items of a section (问题, 改进措施) or of a finding kind
    "compare",  # two or more reports side by side (agencies or years)
    "change",  # from one year to another: difference
    "trend",  # a series over years: direction and values
    "rank",  # the largest / smallest across reports
    "sum",  # a total across reports, or parts of a narrative total
    "share",  # a part over its whole within one report (占比)
    "average",  # one row's mean over the reports in scope (「平均每年收到多少件申请」), its arithmetic shown
    "item_rank",  # the largest / smallest item inside one report's row or group (「哪类申请人最多」)
    "item_count",  # how many items of one report's row or group are non-zero (「八种理由用到了几种」)
    "ratio",  # one quantity over another (「是…的几倍」「之比」): two rows, or one row of two reports
    "explain",  # is it consistent? each side shown with numbers
    "which_reports",  # the reports that have a finding / property
    "describe",  # a narrative question: retrieval, then 「报告未提及」 if nothing supports it
    "detail",  # who applied, from where, about what: the tables count and name no one — refused, said why
]


class CellMeasure(BaseModel):
    """A cell of the standard tables, or a row no template prints but the spec derives (the result
    groups of table 三, table 四's lawsuits together): sub-items, groups and columns are distinct."""

    kind: Literal["cell"] = "cell"
    table: TableId
    row: str
    col: str = "tot"

    @model_validator(mode="after")
    def _in_vocabulary(self) -> CellMeasure:
        if self.row not in ts.row_keys(self.table):
            raise ValueError(f"{self.table} has no row {self.row!r}")
        if self.col not in ts.col_keys(self.table):
            raise ValueError(f"{self.table} has no column {self.col!r}")
        return self

    @property
    def label(self) -> str:
        row = ts.short_label(self.table, self.row)
        if self.table == "t2":
            return f"{row}{ts.col_label('t2', self.col)}"
        if self.col == "tot":
            return row
        return f"{row}（{ts.col_label(self.table, self.col)}）"


class MetricMeasure(BaseModel):
    """A quantity stated in the narrative: what it counts (focus words) and the kind of quantity."""

    kind: Literal["metric"] = "metric"
    focus: str = Field(default="", description="the words naming the thing counted, e.g. 粉丝量")
    unit: str | None = Field(default=None, description="the unit asked for (条, 件, 万人次 …) or % for rates")
    target: bool = Field(default=False, description="「缩短到多少」: the value after 至/到, not before")
    must: list[str] = Field(
        default_factory=list,
        description="words one of which the number's clause must hold "
        "(a table row asked of a report without tables: 「不予公开」 is not 「受理3件」)",
    )


class FindingMeasure(BaseModel):
    """The checks' findings: blank cells, broken identities, narrative against tables …"""

    kind: Literal["finding"] = "finding"
    finding: Literal["report_defect", "blank_cells", "any"] = "report_defect"
    table: TableId | None = None
    checks: list[str] = Field(default_factory=list, description="check ids (H1…H5, S2 …); empty = all identities")


class SectionMeasure(BaseModel):
    """A part of the narrative: section 五's problems or its improvement measures, the fee section …"""

    kind: Literal["section"] = "section"
    part: Literal[
        "problems",
        "improvements",
        "problems_and_measures",
        "fees",
        "tables_present",
        "template",
        "reports",
        "unreadable",
        "all_zero",
        "template_rows",
    ]
    table: TableId | None = None


class TextMeasure(BaseModel):
    """Anything else the narrative may say: found by retrieval, refused when nothing supports it."""

    kind: Literal["text"] = "text"
    focus: str = ""


Measure = Annotated[
    CellMeasure | MetricMeasure | FindingMeasure | SectionMeasure | TextMeasure, Field(discriminator="kind")
]


class Scope(BaseModel):
    """What the question names: agencies as written, years, one report, or 「今年」."""

    agencies: list[str] = Field(default_factory=list, description="agency names as the user wrote them")
    years: list[int] = Field(default_factory=list)
    report_id: str | None = None
    latest: bool = Field(default=False, description="「今年」「本年度」 without a year: the latest report")

    @field_validator("years")
    @classmethod
    def _plausible(cls, v: list[int]) -> list[int]:
        # (「2019年以前的年报」 reads the thirty years before — 1989 on; 「1980年的年报」 is a year no report has, refused
        # by the store — neither is a crash)
        bad = [y for y in v if not 1900 <= y <= 2100]
        if bad:
            raise ValueError(f"implausible year {bad[0]}")
        return sorted(set(v))


class Question(BaseModel):
    text: str
    scope: Scope = Field(default_factory=Scope)
    measures: list[Measure] = Field(default_factory=list)
    operation: Operation = "describe"
    extreme: Literal["max", "min"] | None = Field(default=None, description="for rank: largest or smallest")
    nth: int = Field(default=1, ge=1, description="for rank: 「第二多」「倒数第二」 is 2 (the n-th from the extreme)")
    top: int | None = Field(default=None, ge=1, description="for rank: 「前三」 is 3 (the first n, listed)")
    bases: list[CellMeasure] = Field(
        default_factory=list,
        description="for share: the whole the part is taken of, "
        "when the question names it (「答复数占（新收+结转）的比例」), summed",
    )
    asserted: list[float] = Field(default_factory=list, description="numbers the question states (「等于2599条吗」)")
    text_first: bool = Field(
        default=False, description="「正文说收到多少件」: the narrative's figure is asked, not the table's"
    )

    @property
    def cells(self) -> list[CellMeasure]:
        return [m for m in self.measures if isinstance(m, CellMeasure)]

    def first(self, kind: type) -> object | None:
        return next((m for m in self.measures if isinstance(m, kind)), None)


# The words a question names a table by (its number, or what it counts).
TABLE_WORDS: dict[TableId, re.Pattern[str]] = {
    "t2": re.compile(r"表二|主动公开"),
    "t3": re.compile(r"表三|申请"),
    "t4": re.compile(r"表四|复议|诉讼"),
}


@overload
def named_table(q: str, order: tuple[TableId, ...], default: TableId) -> TableId: ...
@overload
def named_table(q: str, order: tuple[TableId, ...], default: None = None) -> TableId | None: ...
def named_table(q: str, order: tuple[TableId, ...], default: TableId | None = None) -> TableId | None:
    """The first table of `order` the question names, else `default`: the order is the caller's
    precedence (「复议申请」 names both 四 and 三)."""
    for t in order:
        if TABLE_WORDS[t].search(q):
            return t
    return default


# The report formats a question may name, by the words users write for them; the first that matches wins
# (「新条例以前」 is the old one, not the new). Used to filter which-reports questions and to list by format.
_TEMPLATE_WORDS: tuple[tuple[str, re.Pattern], ...] = (
    (
        "LEGACY",
        re.compile(
            r"旧版|老版|旧格式|老格式|旧式|老式|旧模板|老模板|[旧老](?:样式|条例)|修订(?:以|之)?前|条例.{0,6}(?:以前|之前|前)"
            r"|(?:20)?19\s*年?(?:以|之)前的?(?:格式|模板|版|样式)"
        ),
    ),
    # (「19版格式」「用19年版表格的」: the year said short)
    ("GF2019", re.compile(r"(?:20)?19年?版|60号|(?:20)?19年?(?:的)?(?:格式|模板)")),
    ("GF2021", re.compile(r"新版|新格式|新式|新模板|(?:20)?21年?版|30号|(?:20)?21年?(?:的)?(?:格式|模板)")),
)


def template_asked(q: str) -> str | None:
    """「用2019版格式的年报」「新条例以前的旧式年报」: the format the question filters reports by, or None."""
    return next((t for t, rx in _TEMPLATE_WORDS if rx.search(q)), None)


def template_in_force(e) -> str:
    """The report's format: the one detected from its tables, else the one in force for its year — a
    report of 2019 or later whose tables were published as pictures was still written to the 2019
    (国办公开办函〔2019〕60号, years 2019–2020) or 2021 format (〔2021〕30号, from 2021); before 2019, the old one."""
    if e.template in ("GF2019", "GF2021") or not e.year:
        return e.template or "UNKNOWN"
    return "GF2021" if e.year >= 2021 else "GF2019" if e.year >= 2019 else "LEGACY"
