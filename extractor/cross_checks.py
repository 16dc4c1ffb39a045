"""Checks across reports of one agency (spec S1, S5, plus year-on-year outliers and 内容雷同).
They need the same agency's consecutive years, so they run over a whole dataset (bulk), never on
one report. Each finding cites both reports."""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from dataclasses import InitVar, dataclass, field
from hashlib import blake2b

from . import tablespec as ts
from .agency import agency_key
from .schema import Finding, Number


@dataclass
class Record:
    """What the cross checks need of one report. The narrative is kept as its clause hashes only:
    made where the report is read (a bulk worker), small to hold for a whole dataset."""

    id: str
    agency: str | None
    year: int | None
    template: str
    values: dict[str, Number | None]
    narrative: InitVar[str] = ""
    clauses: array = field(default_factory=lambda: array("q"))  # clause hashes, sorted
    key: str = field(default="")

    def __post_init__(self, narrative: str) -> None:
        self.key = self.key or agency_key(self.agency)
        self.values = {k: v for k, v in self.values.items() if k in USED_KEYS}  # a dataset holds many
        if narrative:
            self.clauses = _clauses(narrative)


@dataclass
class CrossFinding:
    finding: Finding
    report_id: str  # the later report
    other_id: str  # the earlier one


_OUTLIER_KEYS = (
    ("t3.new.tot", "本年新收申请"),
    ("t4.rv.tot", "行政复议"),
    ("t2.license.decisions", "行政许可决定"),
    ("t2.penalty.decisions", "行政处罚决定"),
)
_STOCK_ROWS = (("reg", "规章"), ("norm", "行政规范性文件"))
USED_KEYS = frozenset(
    [f"t3.{side}.{c}" for side in ("carry_in", "carry_out") for c in ts.T3_COLS]
    + [f"t2.{row}.{col}" for row, _ in _STOCK_ROWS for col in ("valid", "made", "repealed")]
    + [key for key, _ in _OUTLIER_KEYS]
)

_CLAUSE = re.compile(r"[。；;！!？?，,、：:\n]")
# everything but words and clause breaks, and digits: numbers and years change every year, the
# wording should not
_NOISE = re.compile(r"[^\w。；;！!？?，,、：:\n]+|[\d_]+")


def _clauses(text: str) -> array:
    """The narrative's clauses, numbers and punctuation aside, as a sorted array of their hashes
    (8 bytes a clause: a dataset's worth of records stays small). A keyed hash of the clause's
    bytes, not str's hash(): that one is salted per interpreter, and records are made in many
    processes (pool workers, Ray workers on other machines, a later resumed run)."""
    return array("q", sorted(_stable_hash(c) for c in _CLAUSE.split(_NOISE.sub("", text)) if len(c) >= 2))


def _stable_hash(clause: str) -> int:
    return int.from_bytes(blake2b(clause.encode(), digest_size=8).digest(), "little", signed=True)


def clause_similarity(a: array, b: array) -> float:
    """Share of clauses two narratives have in common (multiset Jaccard). Copying last year's
    report and changing its numbers keeps every clause; rewriting a sentence loses one. Clauses,
    not character shingles: a dataset-wide pass compares every consecutive pair of years."""
    ca, cb = Counter(a), Counter(b)
    common = sum(min(ca[c], cb[c]) for c in ca.keys() & cb.keys())
    union = len(a) + len(b) - common
    return common / union if union else 0.0


def series(records: list[Record]) -> dict[str, list[Record]]:
    """Agency key → its reports ordered by year (one per year: duplicates keep the first)."""
    by: dict[str, dict[int, Record]] = defaultdict(dict)
    for r in records:
        if r.key and r.year:
            by[r.key].setdefault(r.year, r)
    return {k: [v[y] for y in sorted(v)] for k, v in by.items()}


CROSS_CHECK_IDS = ("S1", "S5", "YOY", "COPY")  # the catalogue (checkspec.py) explains them


def cross_check(records: list[Record], copy_threshold: float = 0.85) -> tuple[list[CrossFinding], dict[str, int]]:
    out: list[CrossFinding] = []
    ran: dict[str, int] = dict.fromkeys(CROSS_CHECK_IDS, 0)
    for reps in series(records).values():
        for prev, cur in zip(reps, reps[1:]):
            if cur.year != (prev.year or 0) + 1:
                continue
            out += _carry(prev, cur, ran)
            out += _stock(prev, cur, ran)
            out += _outliers(prev, cur, ran)
            if prev.clauses and cur.clauses:
                ran["COPY"] += 1
                sim = clause_similarity(prev.clauses, cur.clauses)
                if sim >= copy_threshold:
                    out.append(
                        _finding(
                            "COPY",
                            cur,
                            prev,
                            "narrative",
                            f"{cur.year}年与{prev.year}年报告正文高度雷同（去掉数字后相似度{sim:.0%}），可能照搬上年（内容雷同）",
                        )
                    )
    return out, ran


def _finding(check: str, cur: Record, prev: Record, where: str, msg: str, cells=(), values=None) -> CrossFinding:
    return CrossFinding(
        Finding(
            check=check,
            severity="warning",
            kind="report_defect",
            where=where,
            message=msg,
            cells=list(cells),
            values=values or {},
        ),
        cur.id,
        prev.id,
    )


def _carry(prev: Record, cur: Record, ran: dict) -> list[CrossFinding]:
    """S1: this year's 上年结转 = last year's 结转下年度, column by column."""
    out = []
    pairs = [(f"t3.carry_out.{c}", f"t3.carry_in.{c}") for c in ts.T3_COLS]
    if not all(a in prev.values and b in cur.values for a, b in pairs):
        return out
    ran["S1"] += 1
    diffs = [
        (a, b)
        for a, b in pairs
        if prev.values[a] is not None and cur.values[b] is not None and prev.values[a] != cur.values[b]
    ]
    if diffs:
        text = "，".join(
            f"{ts.T3_COL_LABELS[b.rsplit('.', 1)[1]]}：上年结转下年度{prev.values[a]:g}、本年上年结转{cur.values[b]:g}"
            for a, b in diffs
        )
        out.append(
            _finding(
                "S1",
                cur,
                prev,
                "t3.carry_in",
                f"{cur.year}年上年结转与{prev.year}年结转下年度不一致：{text}",
                [b for _, b in diffs],
                {f"{prev.year}:{a}": prev.values[a] for a, _ in diffs}
                | {f"{cur.year}:{b}": cur.values[b] for _, b in diffs},
            )
        )
    return out


def _stock(prev: Record, cur: Record, ran: dict) -> list[CrossFinding]:
    """S5 (GF2021 表二): 现行有效_Y = 现行有效_{Y−1} + 本年制发_Y − 本年废止_Y."""
    out = []
    if prev.template != "GF2021" or cur.template != "GF2021":
        return out
    for row, name in _STOCK_ROWS:
        keys = (f"t2.{row}.valid", f"t2.{row}.made", f"t2.{row}.repealed")
        v0 = prev.values.get(keys[0])
        v1, made, rep = (cur.values.get(k) for k in keys)
        if v0 is None or v1 is None or made is None or rep is None:
            continue
        ran["S5"] += 1
        if v1 != v0 + made - rep:
            out.append(
                _finding(
                    "S5",
                    cur,
                    prev,
                    f"t2.{row}",
                    f"{name}存量不衔接：{prev.year}年现行有效{v0:g}+{cur.year}年制发{made:g}−废止{rep:g}="
                    f"{v0 + made - rep:g}，而{cur.year}年现行有效为{v1:g}",
                    list(keys),
                    {f"{prev.year}:{keys[0]}": v0, f"{cur.year}:{keys[0]}": v1},
                )
            )
    return out


def _outliers(prev: Record, cur: Record, ran: dict) -> list[CrossFinding]:
    """Year-on-year outliers on the headline counts: ×5 (or ÷5) and a change of at least 50."""
    out = []
    for key, name in _OUTLIER_KEYS:
        a, b = prev.values.get(key), cur.values.get(key)
        if a is None or b is None:
            continue
        ran["YOY"] += 1
        lo, hi = min(a, b), max(a, b)
        if hi - lo >= 50 and hi >= 5 * max(lo, 1):
            out.append(
                _finding(
                    "YOY",
                    cur,
                    prev,
                    key,
                    f"{name}由{prev.year}年{a:g}变为{cur.year}年{b:g}，变化异常，请核实",
                    [key],
                    {f"{prev.year}:{key}": a, f"{cur.year}:{key}": b},
                )
            )
    return out
