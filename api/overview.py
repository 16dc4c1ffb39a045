"""Across reports: the key figures of every current report (agency × year) and the findings of all
reports, for the web page's overview, its charts and its exports.

Set-based: a handful of statements whatever the number of reports. Each report's figures are
computed once, when a read first meets it, into a side table of our own (`overview_rows`: the
cells the measures read come by the cells table's primary key inside one join, findings are counted
by one GROUP BY, the agency identity fields are copied from the JSON body); every read after that is
one SELECT over that table joined with the current reports.

Figures are the printed ones: a rate is computed from printed cells and is null where its
denominator is zero or blank; nothing is "corrected". A figure whose cells take part in a report
defect is flagged, so the table shows that the printed number is in doubt."""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pydantic import BaseModel, Field

from extractor import gazetteer, levels as L, tablespec as ts
from extractor.agency import agency_key
from extractor.checkspec import CHECKS, KIND_ORDER, KINDS, Described, describe
from extractor.schema import FINDING, Number

Values = dict[str, Number | None]


# ---------------------------------------------------------------- measures
@dataclass(frozen=True)
class Measure:
    id: str
    label: str  # column head
    help: str  # what it is, for the column's title and the export's notes
    keys: tuple[str, ...]  # cells it reads (any variant)
    compute: Callable[[Values], Number | None]
    rate: bool = False
    group: str = ""  # column group head


def _cell(*keys: str) -> Callable[[Values], Number | None]:
    """The first printed value among variant keys (表二 names columns differently in 2019)."""
    return lambda v: next((v[k] for k in keys if v.get(k) is not None), None)


def _sum(*keys: str) -> Callable[[Values], Number | None]:
    """Sum of the printed cells; null if none of them is printed."""

    def f(v: Values) -> Number | None:
        got = [x for k in keys if (x := v.get(k)) is not None]
        return sum(got) if got else None

    return f


def _ratio(num: Callable[[Values], Number | None], den: Callable[[Values], Number | None]):
    def f(v: Values) -> Number | None:
        n, d = num(v), den(v)
        return None if n is None or d is None or d <= 0 else round(n / d, 4)  # (a negative base: printed nonsense)

    return f


def _minus(a: Callable[[Values], Number | None], b: Callable[[Values], Number | None]):
    def f(v: Values) -> Number | None:
        x = a(v)
        return None if x is None else x - (b(v) or 0)

    return f


_R3 = tuple(f"t3.{r.key}.tot" for r in ts.T3_GF2021.rows if r.parent == "r3")
_T4 = {g: tuple(f"t4.{g}.{c}" for c in ts.T4_COLS) for g in ts.T4_GROUPS}
_lawsuits = _sum("t4.ld.tot", "t4.lr.tot")

MEASURES: tuple[Measure, ...] = (
    Measure(
        "new",
        "本年新收",
        "表三「本年新收政府信息公开申请数量」总计",
        ("t3.new.tot",),
        _cell("t3.new.tot"),
        group="依申请公开",
    ),
    Measure(
        "carry_in",
        "上年结转",
        "表三「上年结转政府信息公开申请数量」总计",
        ("t3.carry_in.tot",),
        _cell("t3.carry_in.tot"),
        group="依申请公开",
    ),
    Measure(
        "done", "办结", "表三「（七）总计」：本年度办理结果合计", ("t3.r7.tot",), _cell("t3.r7.tot"), group="依申请公开"
    ),
    Measure(
        "carry_out",
        "结转下年度",
        "表三「结转下年度继续办理」总计",
        ("t3.carry_out.tot",),
        _cell("t3.carry_out.tot"),
        group="依申请公开",
    ),
    Measure(
        "open_rate",
        "予以公开率",
        "（一）予以公开 ÷ （七）总计",
        ("t3.r1.tot", "t3.r7.tot"),
        _ratio(_cell("t3.r1.tot"), _cell("t3.r7.tot")),
        rate=True,
        group="依申请公开",
    ),
    Measure(
        "deny_rate",
        "不予公开率",
        "（三）不予公开各项之和 ÷ （七）总计",
        _R3 + ("t3.r7.tot",),
        _ratio(_sum(*_R3), _cell("t3.r7.tot")),
        rate=True,
        group="依申请公开",
    ),
    Measure("review", "行政复议", "表四「行政复议」总计", ("t4.rv.tot",), _cell("t4.rv.tot"), group="复议诉讼"),
    Measure(
        "review_fix_rate",
        "复议纠正率",
        "行政复议结果纠正 ÷ 已审结（总计 − 尚未审结）",
        _T4["rv"],
        _ratio(_cell("t4.rv.fix"), _minus(_cell("t4.rv.tot"), _cell("t4.rv.pend"))),
        rate=True,
        group="复议诉讼",
    ),
    Measure(
        "lawsuit",
        "行政诉讼",
        "表四「未经复议直接起诉」与「复议后起诉」总计之和",
        ("t4.ld.tot", "t4.lr.tot"),
        _lawsuits,
        group="复议诉讼",
    ),
    Measure(
        "lawsuit_fix_rate",
        "诉讼纠正率",
        "行政诉讼结果纠正 ÷ 已审结（总计 − 尚未审结），两类起诉合计",
        _T4["ld"] + _T4["lr"],
        _ratio(_sum("t4.ld.fix", "t4.lr.fix"), _minus(_lawsuits, _sum("t4.ld.pend", "t4.lr.pend"))),
        rate=True,
        group="复议诉讼",
    ),
    Measure(
        "norm_made",
        "制发规范性文件",
        "表二「行政规范性文件」本年制发件数（2019版：本年新制作数量）",
        ("t2.norm.made", "t2.norm.new_made"),
        _cell("t2.norm.made", "t2.norm.new_made"),
        group="主动公开",
    ),
    Measure(
        "norm_valid",
        "现行有效规范性文件",
        "表二「行政规范性文件」现行有效件数（2019版：对外公开总数量）",
        ("t2.norm.valid", "t2.norm.total_public"),
        _cell("t2.norm.valid", "t2.norm.total_public"),
        group="主动公开",
    ),
    Measure(
        "license",
        "行政许可决定",
        "表二「行政许可」本年处理决定数量",
        ("t2.license.decisions",),
        _cell("t2.license.decisions"),
        group="主动公开",
    ),
    Measure(
        "penalty",
        "行政处罚决定",
        "表二「行政处罚」本年处理决定数量",
        ("t2.penalty.decisions",),
        _cell("t2.penalty.decisions"),
        group="主动公开",
    ),
)
BY_ID = {m.id: m for m in MEASURES}
CELL_KEYS = tuple(sorted({k for m in MEASURES for k in m.keys}))
PUBLISHED_KEY = "主动公开信息"  # narrative metric: 主动公开政府信息 … 条
SITE_KEY = "网站发布信息"  # 「通过门户网站…主动公开各类政府信息 … 条」: a fallback for the above


class MeasureInfo(BaseModel):
    id: str
    label: str
    help: str
    rate: bool = False
    group: str = ""


def measure_info() -> list[MeasureInfo]:
    out = [MeasureInfo(id=m.id, label=m.label, help=m.help, rate=m.rate, group=m.group) for m in MEASURES]
    out.append(
        MeasureInfo(
            id="published",
            label="主动公开信息（条）",
            help="正文所写本年主动公开政府信息条数（以正文原文为准）",
            group="主动公开",
        )
    )
    return out


# ---------------------------------------------------------------- rows
class OverviewRow(BaseModel):
    id: str
    agency: str | None = Field(description="the agency's standard full name where known, else as printed")
    agency_key: str = Field(description="normalised name: one agency across years and spellings")
    group: str = Field(
        description="the agency across years: its division code and normalised name "
        "(two 鼓楼区人民政府 of two cities are two groups)"
    )
    region: list[str] = Field(default_factory=list, description="province → city → county names")
    region_code: str | None = None
    level: str | None = Field(
        default=None, description="the kind of body (「县级部门」「乡级政府」), as the questions' sets read it"
    )
    year: int | None = None
    template: str
    tables: bool = Field(description="false: no standard tables (pre-2019 report, tables as images)")
    figures: dict[str, Number | None] = Field(default_factory=dict)
    flagged: list[str] = Field(default_factory=list, description="figures whose cells take part in a report defect")
    findings: dict[str, int] = Field(default_factory=dict, description="counts by kind")


class Overview(BaseModel):
    total: int = Field(description="rows matching the filters")
    reports: int = Field(description="current reports in the store")
    agencies: int = Field(description="distinct agencies among the matching rows")
    years: list[int] = Field(default_factory=list, description="years among all reports")
    regions: list[str] = Field(default_factory=list, description="provinces among all reports")
    levels: list[str] = Field(default_factory=list, description="kinds of body among all reports (`LEVELS`' order)")
    measures: list[MeasureInfo]
    rows: list[OverviewRow]


# One row per stored report: its identity fields (copied from the JSON body) and its figures,
# computed once when the report is first read here. A stored report never changes (its id is its
# content's hash), so the row stays right; a new FIGURES_VERSION (measures changed) recomputes all.
FIGURES_VERSION = 3  # 2: 主动公开 also from a website clause that says 主动公开 (_published); 3: level
TABLE = """CREATE TABLE IF NOT EXISTS overview_rows(
  report_id TEXT PRIMARY KEY, version INTEGER, agency_full TEXT, region TEXT, region_code TEXT,
  figures TEXT, flagged TEXT, findings TEXT, level TEXT);
CREATE TABLE IF NOT EXISTS overview_generation(n INTEGER);
INSERT INTO overview_generation SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM overview_generation);"""
_BUMP = "UPDATE overview_generation SET n = n + 1"
_STALE = "SELECT id FROM reports WHERE id NOT IN (SELECT report_id FROM overview_rows WHERE version = ?)"


# the kinds of body a report's agency is, highest first, and the words users write for them: one vocabulary with
# the questions' sets (「湖南省县级部门…」「辽宁省县一级单位的年报有几份」), extractor/levels.py
LEVELS = L.LEVELS


def parse_level(text: str | None) -> str | None:
    """「县级部门」「区县政府」「乡镇」 → the level (`LEVELS`); a word of several levels (「区县」「县一级单位」: the
    county's government and its departments) → those levels joined by 「、」 (「县级政府、县级部门」, as `level_in` reads
    it); "" → None. Raises ValueError with a Chinese message naming the choices otherwise (a filter never ignores what
    it cannot read)."""
    if text is None or not text.strip():
        return None
    t = _norm(text).removesuffix("的")
    from extractor.traditional import simplify

    levels = L.levels_of(t) or L.levels_of(simplify(t)) or _joined_levels(t)
    if levels is None:
        raise ValueError(f"级别「{text}」无法识别：请写 {'、'.join(LEVELS)} 之一（或 区县、县一级单位 等）")
    return "、".join(levels)


def _joined_levels(t: str) -> tuple[str, ...] | None:
    """「县级政府、县级部门」 (what `parse_level` gives back, taken again) → the levels; None otherwise."""
    parts = [p for p in re.split(r"[、,，]", t) if p]
    return tuple(parts) if len(parts) > 1 and all(p in LEVELS for p in parts) else None


def level_in(level: str | None, wanted: str) -> bool:
    """Is a row's level among the filter's (`parse_level`'s: one level, or several joined by 「、」)?"""
    return level is not None and level in wanted.split("、")


def _current(db: sqlite3.Connection) -> str:
    """The SQL condition for current reports (stores with versions mark the replaced ones)."""
    cols = {r[1] for r in db.execute("PRAGMA table_info(reports)")}
    return "r.superseded_by IS NULL" if "superseded_by" in cols else "1=1"


def sync(db: sqlite3.Connection) -> int:
    """Compute the rows of reports that have none (or an older version), drop rows of deleted
    reports; returns how many were computed. A read that finds nothing to do writes nothing."""
    if (
        db.execute("SELECT 1 FROM sqlite_master WHERE name='overview_rows'").fetchone()
        and not db.execute(
            f"SELECT EXISTS({_STALE}) OR (SELECT COUNT(*) FROM overview_rows) > (SELECT COUNT(*) FROM reports)",
            (FIGURES_VERSION,),
        ).fetchone()[0]
    ):
        return 0
    db.executescript(TABLE)
    if "level" not in {c[1] for c in db.execute("PRAGMA table_info(overview_rows)")}:  # a store of version 2
        db.execute("ALTER TABLE overview_rows ADD COLUMN level TEXT")
    with db:
        db.execute(_BUMP)
        todo = f"r.id IN ({_STALE})"
        args = [FIGURES_VERSION]
        values = _values(db, todo, args)
        published = _published(db, todo, args)
        counts = _finding_counts(db, todo, args)
        defects = _defect_cells(db, todo, args)
        rows = []
        for rid, tables, full, region, code, level in db.execute(
            f"SELECT r.id, r.tables_recoverable, json_extract(report_json(r.body), '$.agency_full'), json_extract(report_json(r.body), '$.region'),"
            f" json_extract(report_json(r.body), '$.region_code'), json_extract(report_json(r.body), '$.agency_level')"
            f" FROM reports r WHERE {todo}",
            args,
        ).fetchall():
            v = values.get(rid, {})
            figures = {m.id: m.compute(v) if tables else None for m in MEASURES}
            figures["published"] = published.get(rid)
            bad = defects.get(rid, set())
            rows.append(
                (
                    rid,
                    FIGURES_VERSION,
                    full,
                    region,
                    code,
                    json.dumps(figures),
                    json.dumps([m.id for m in MEASURES if bad.intersection(m.keys)]),
                    json.dumps(counts.get(rid, {})),
                    level,
                )
            )
        db.executemany(
            "INSERT OR REPLACE INTO overview_rows(report_id, version, agency_full, region, region_code, figures,"
            " flagged, findings, level) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
        db.execute("DELETE FROM overview_rows WHERE report_id NOT IN (SELECT id FROM reports)")
    return len(rows)


def forget(db: sqlite3.Connection, report_id: str) -> None:
    """Drop a report's row (its agency was renamed): the next read computes it anew."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE name='overview_rows'").fetchone():
        with db:
            db.execute("DELETE FROM overview_rows WHERE report_id=?", (report_id,))
            db.execute(_BUMP)


@functools.lru_cache(maxsize=4096)
def _region_names(code: str) -> tuple[str, ...]:
    """Province → city → county of a 行政区划代码, by the vendored gazetteer."""
    d = gazetteer.get(code)
    return tuple([a.name for a in gazetteer.ancestors(d)] + [d.name]) if d is not None else ()


def region_path(code: str | None, region: str | None) -> list[str]:
    """Province → city → county names of a division code; else the printed region as one step."""
    names = _region_names(code) if code else ()
    return list(names) if names else ([region] if region else [])


def _number(v: Number | None) -> Number | None:
    """SQLite keeps values as REAL: a count reads back as the int it was printed as."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _values(db: sqlite3.Connection, cond: str, args: list) -> dict[str, Values]:
    """The cells the measures read, of the reports `cond` picks: report by report through the cells
    table's primary key (CROSS JOIN keeps SQLite from scanning every cell instead)."""
    q = ",".join("?" * len(CELL_KEYS))
    out: dict[str, Values] = {}
    for rid, key, value in db.execute(
        f"SELECT c.report_id, c.key, c.value FROM reports r CROSS JOIN cells c ON c.report_id = r.id"
        f" AND c.key IN ({q}) WHERE {cond}",
        [*CELL_KEYS, *args],
    ):
        out.setdefault(rid, {})[key] = _number(value)
    return out


def _published(db: sqlite3.Connection, cond: str, args: list) -> dict[str, Number | None]:
    """The first 主动公开信息 figure each report's narrative states (in 条); without one, the first
    website figure whose words say 主动公开 — the template's own sentence, 「通过门户网站政府信息公开专栏
    主动公开各类政府信息693条」, is read as 网站发布信息, and the column was blank for 4 reports in 5
    while `ask` answered 「主动公开政府信息多少条」 with that figure."""
    out: dict[str, Number | None] = {}
    site: dict[str, Number | None] = {}
    for rid, key, value in db.execute(
        f"SELECT m.report_id, m.key, m.value FROM reports r CROSS JOIN metrics m ON m.report_id = r.id"
        f" WHERE {cond} AND (m.key = ? OR (m.key = ? AND m.label LIKE '%主动公开%'))"
        f" AND (m.unit IS NULL OR m.unit = '条') ORDER BY m.report_id, m.idx",
        [*args, PUBLISHED_KEY, SITE_KEY],
    ):
        (out if key == PUBLISHED_KEY else site).setdefault(rid, _number(value))
    return {**site, **out}


def _finding_counts(db: sqlite3.Connection, cond: str, args: list) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for rid, kind, n in db.execute(
        f"SELECT f.report_id, f.kind, COUNT(*) FROM reports r CROSS JOIN findings f"
        f" ON f.report_id = r.id WHERE {cond} GROUP BY f.report_id, f.kind",
        args,
    ):
        out.setdefault(rid, {})[kind] = n
    return out


def _defect_cells(db: sqlite3.Connection, cond: str, args: list) -> dict[str, set[str]]:
    """Per report, the printed totals its report defects find off (for identities with one total;
    a two-sided identity such as H1 points at no single cell and flags none)."""
    out: dict[str, set[str]] = {}
    for rid, body in db.execute(
        f"SELECT f.report_id, f.body FROM reports r CROSS JOIN finding_records f ON f.report_id = r.id"
        f" WHERE {cond} AND f.kind = 'report_defect'",
        args,
    ):
        out.setdefault(rid, set()).update(describe(FINDING.validate_json(body)).totals)
    return out


_MEMO: dict[str, tuple[tuple, list[OverviewRow]]] = {}


def _generation(db: sqlite3.Connection, cond: str) -> tuple:
    """Changes whenever a report is added, deleted or replaced by a version, and whenever rows are
    computed or forgotten (a renamed agency)."""
    return tuple(
        db.execute(
            f"SELECT (SELECT COUNT(*) FROM reports), (SELECT MAX(rowid) FROM reports),"
            f" (SELECT COUNT(*) FROM reports r WHERE {cond}),"
            f" (SELECT n FROM overview_generation)"
        ).fetchone()
    )


def all_rows(db: sqlite3.Connection, ids: list[str] | None = None) -> list[OverviewRow]:
    """One row per current report (or per report of `ids`), with every measure: the stored rows,
    after computing those of reports added since the last read. The full list is kept in memory
    until the store changes (the page asks for it three times per filter: table, trend, comparison)."""
    sync(db)
    cond, args = _current(db), []
    if ids is None:
        path = db.execute("PRAGMA database_list").fetchone()[2]
        gen = _generation(db, cond)
        memo = _MEMO.get(path)
        if memo is not None and memo[0] == gen:
            return memo[1]
        rows = _read_rows(db, cond, args)
        _MEMO[path] = (gen, rows)
        return rows
    return _read_rows(db, f"r.id IN ({','.join('?' * len(ids))})", list(ids))


def _read_rows(db: sqlite3.Connection, cond: str, args: list) -> list[OverviewRow]:
    rows = []
    for rid, agency, key, year, template, tables, full, region, code, figures, flagged, found, level in db.execute(
        f"SELECT r.id, r.agency, r.agency_key, r.year, r.template, r.tables_recoverable, o.agency_full, o.region,"
        f" o.region_code, o.figures, o.flagged, o.findings, o.level FROM reports r JOIN overview_rows o ON o.report_id = r.id"
        f" WHERE {cond}",
        args,
    ):
        rows.append(
            OverviewRow.model_construct(
                id=rid,
                agency=full or agency,
                agency_key=key or "",
                group=f"{code or ''}|{key or rid}",
                region=region_path(code, region),
                region_code=code,
                level=level,
                year=year,
                template=template,
                tables=bool(tables),
                figures=json.loads(figures),
                flagged=json.loads(flagged),
                findings=json.loads(found),
            )
        )
    return rows


# ---------------------------------------------------------------- filters
_YEAR = re.compile(r"^\s*(\d{4})\s*年?\s*(?:[-–—~～至到]\s*(\d{4})\s*年?)?\s*$")


def parse_years(text: str | None) -> tuple[int, int] | None:
    """「2022」「2022年」「2021-2023」「2021年至2023年」 → (from, to); "" → None. Raises ValueError
    with a Chinese message otherwise (the page says it, never ignores it)."""
    if text is None or not text.strip():
        return None
    m = _YEAR.match(text)
    if not m:
        raise ValueError(f"年度「{text}」无法识别：请写 2022、2022年 或 2021-2023")
    a = int(m.group(1))
    b = int(m.group(2) or a)
    return (min(a, b), max(a, b))


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def matches_agency(row: OverviewRow, query: str, aliases: dict[str, set[str]] | None = None) -> bool:
    """A partial name matches where it is part of any form of the agency's name or region:
    「洪泽」「洪泽区」「淮安市洪泽区人民政府」「淮安」 all find 洪泽区人民政府."""
    q = _norm(query)
    if not q:
        return True
    hay = [row.agency or "", row.agency_key, *row.region, "".join(row.region)]
    if any(q in _norm(h) for h in hay):
        return True
    if aliases and row.id in aliases.get(q, ()):
        return True
    # a short or spoken form (「河北省科技厅」「洪泽区政府」) matches by the name it stands for, as /api/reports does
    key = _query_key(query)
    return key != q and any(key in _norm(h) for h in hay)


@functools.lru_cache(maxsize=256)
def _query_key(query: str) -> str:
    """The name a filter's text stands for (once per text, not once per row)."""
    return _norm(agency_key(query))


def filter_rows(
    rows: Iterable[OverviewRow],
    agency: str | None = None,
    years: tuple[int, int] | None = None,
    region: str | None = None,
    has: str | None = None,
    template: str | None = None,
    aliases: dict[str, set[str]] | None = None,
    group: str | None = None,
    level: str | None = None,
) -> list[OverviewRow]:
    out = []
    for r in rows:
        if group is not None and r.group != group:
            continue
        if level and not level_in(r.level, level):
            continue
        if agency and not matches_agency(r, agency, aliases):
            continue
        if years and (r.year is None or not years[0] <= r.year <= years[1]):
            continue
        if region and region not in r.region:
            continue
        if has and not r.findings.get(has):
            continue
        if template and r.template != template:
            continue
        out.append(r)
    return out


def sort_rows(rows: list[OverviewRow], sort: str | None = None, desc: bool = False) -> list[OverviewRow]:
    """Default: grouped — region code, agency, year. By a measure: blanks last either way."""
    if not sort or sort in ("agency", "region"):
        key = lambda r: (r.region_code or "999999", r.agency_key, r.group, r.year or 0)  # noqa: E731
        return sorted(rows, key=key, reverse=desc)
    if sort == "year":
        return sorted(rows, key=lambda r: (r.year or 0, r.agency_key), reverse=desc)
    if sort in ("report_defect", "blank_cells", "extraction_doubt"):
        return sorted(rows, key=lambda r: r.findings.get(sort, 0), reverse=desc)
    present = [r for r in rows if r.figures.get(sort) is not None]
    absent = [r for r in rows if r.figures.get(sort) is None]
    return sorted(present, key=lambda r: r.figures[sort] or 0, reverse=desc) + absent  # `or 0`: never None here


def overview(
    db: sqlite3.Connection,
    agency: str | None = None,
    years: tuple[int, int] | None = None,
    region: str | None = None,
    has: str | None = None,
    template: str | None = None,
    sort: str | None = None,
    desc: bool = False,
    limit: int = 500,
    offset: int = 0,
    aliases: dict[str, set[str]] | None = None,
    group: str | None = None,
    level: str | None = None,
) -> Overview:
    rows = all_rows(db)
    picked = sort_rows(filter_rows(rows, agency, years, region, has, template, aliases, group, level), sort, desc)
    return Overview(
        total=len(picked),
        reports=len(rows),
        agencies=len({r.group for r in picked}),
        years=sorted({r.year for r in rows if r.year}),
        regions=sorted({r.region[0] for r in rows if r.region}),
        levels=[lv for lv in LEVELS if any(r.level == lv for r in rows)],
        measures=measure_info(),
        rows=picked[offset : offset + limit],
    )


# ---------------------------------------------------------------- findings across reports
class FindingItem(BaseModel):
    report_id: str
    idx: int = Field(description="the finding's position in its report (its anchor on the report page)")
    agency: str | None = None
    year: int | None = None
    described: Described


class FindingsPage(BaseModel):
    total: int
    by_kind: dict[str, int]
    by_check: dict[str, int]
    kinds: dict[str, str] = Field(default_factory=lambda: {k: KINDS[k][0] for k in KIND_ORDER})
    checks: dict[str, str] = Field(
        default_factory=lambda: {c.id: c.label for c in CHECKS}, description="check id → its Chinese name"
    )
    items: list[FindingItem]


def findings(
    db: sqlite3.Connection,
    kind: str | None = None,
    check: str | None = None,
    agency_ids: set[str] | None = None,
    years: tuple[int, int] | None = None,
    limit: int = 200,
    offset: int = 0,
) -> FindingsPage:
    """Findings of current reports, filtered; counts by kind and check over the filter (before the
    kind/check filter for the other dimension, so the page can show what each choice would give)."""
    cond = _current(db)
    where, args = [cond], []
    if years:
        where.append("r.year BETWEEN ? AND ?")
        args += list(years)
    if agency_ids is not None:
        if not agency_ids:
            return FindingsPage(total=0, by_kind={}, by_check={}, items=[])
        where.append(f"r.id IN ({','.join('?' * len(agency_ids))})")
        args += sorted(agency_ids)
    base = " AND ".join(where)
    by_kind: Counter = Counter()
    by_check: Counter = Counter()
    for k, c, n in db.execute(
        f"SELECT f.kind, f.check_id, COUNT(*) FROM reports r JOIN findings f ON f.report_id = r.id"
        f" WHERE {base} GROUP BY f.kind, f.check_id",
        args,
    ):
        if not check or c == check:
            by_kind[k] += n
        if not kind or k == kind:
            by_check[c] += n
    sel, sel_args = base, list(args)
    if kind:
        sel += " AND f.kind = ?"
        sel_args.append(kind)
    if check:
        sel += " AND f.check_id = ?"
        sel_args.append(check)
    total = db.execute(
        f"SELECT COUNT(*) FROM reports r JOIN findings f ON f.report_id = r.id WHERE {sel}", sel_args
    ).fetchone()[0]
    order = (
        "CASE f.kind WHEN 'report_defect' THEN 0 WHEN 'blank_cells' THEN 1 ELSE 2 END,"
        " COALESCE(m.agency_full, r.agency), r.year, f.idx"
    )
    page = db.execute(
        f"SELECT r.id, f.idx, COALESCE(m.agency_full, r.agency), r.year, r.template, f.body"
        f" FROM reports r JOIN finding_records f ON f.report_id = r.id"
        f" LEFT JOIN overview_rows m ON m.report_id = r.id WHERE {sel} ORDER BY {order}"
        f" LIMIT ? OFFSET ?",
        sel_args + [limit, offset],
    ).fetchall()
    parsed = [
        (rid, idx, agency, year, template, FINDING.validate_json(body))
        for rid, idx, agency, year, template, body in page
    ]
    # narrative findings explain themselves with the table's readings: the cells they name, one query
    need = sorted({rid for rid, *_, f in parsed if f.where.startswith("narrative.")})
    values: dict[str, Values] = {}
    if need:
        for rid, key, value in db.execute(
            f"SELECT report_id, key, value FROM cells WHERE report_id IN ({','.join('?' * len(need))})", need
        ):
            values.setdefault(rid, {})[key] = _number(value)
    items = [
        FindingItem(report_id=rid, idx=idx, agency=agency, year=year, described=describe(f, values.get(rid), template))
        for rid, idx, agency, year, template, f in parsed
    ]
    return FindingsPage(total=total, by_kind=dict(by_kind), by_check=dict(by_check), items=items)
