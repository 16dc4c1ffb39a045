"""A random but consistent report: table values for which H1–H5 hold, how each cell is printed
(a number, a blank, 「/」, 「—」), the agency, the year and the template. What the parser must read
back (`Expected`) follows from what is printed, never from what we meant."""

from __future__ import annotations

from dataclasses import dataclass, field

from eval.reportgen.agencies import Agency, draw_agency
from eval.reportgen.draw import Draw
from extractor import tablespec as ts

Number = int | float
PLACEHOLDERS = ("", "/", "—")  # printed instead of a zero (「/」 also for 「not applicable」 in table 二)
AGENCY_STYLES = ("title", "filename", "compiler", "signature", "release")


@dataclass
class Model:
    template: str  # GF2021 | GF2019
    year: int
    agency: Agency
    agency_style: str  # one of AGENCY_STYLES: where the text states the agency
    values: dict[str, Number]  # every printed cell's number (a placeholder's is 0); H1–H5 hold
    printed: dict[str, str] = field(default_factory=dict)  # cell key → printed text
    published: int = 0  # a narrative number
    omitted: set[str] = field(default_factory=set)  # cells a card layout leaves out (not printed at all)

    @property
    def single_r6(self) -> bool:
        return self.template == "GF2019"

    def keys(self) -> list[str]:
        return list(self.printed)


@dataclass
class Expected:
    cells: dict[str, Number | None]  # key → value (None where a placeholder is printed)
    placeholders: dict[str, str]  # key → its raw printed text
    agency: str
    year: int
    template: str
    written: str = ""  # the agency as printed, when not its full name: read back as `agency`
    open: set[str] = field(default_factory=set)  # cells that may read as null (a glued run that splits
    # more than one way under its row's sum); if read, only as the printed value


def fmt(x: Number) -> str:
    if isinstance(x, float) and not x.is_integer():
        return f"{x:.2f}".rstrip("0").rstrip(".")
    return str(int(x))


def _count(d: Draw, zero_bias: int = 3) -> int:
    """Mostly zeros and small counts, sometimes hundreds (several digits are what glued text splits)."""
    k = d.int(0, zero_bias + 5)
    if k <= zero_bias:
        return 0
    return (1, 2, 3, d.int(4, 30), d.int(31, 999))[k - zero_bias - 1]


def _t3(d: Draw, single_r6: bool, v: dict[str, Number]) -> None:
    spec = ts.t3_spec(single_r6)
    results = ts.t3_result_rows(spec)
    zero_rows = {r for r in results if d.int(0, 3) == 0}  # whole rows nobody fell into
    active = [c for c in ts.T3_APPLICANTS if c == "np" or d.int(0, 2) == 0]
    for c in ts.T3_APPLICANTS:
        for r in results:
            v[f"t3.{r}.{c}"] = 0 if r in zero_rows or c not in active else _count(d)
        v[f"t3.r7.{c}"] = sum(v[f"t3.{r}.{c}"] for r in results)
        v[f"t3.carry_in.{c}"] = min(v[f"t3.r7.{c}"], _count(d, 5))
        v[f"t3.carry_out.{c}"] = _count(d, 5) if c in active else 0
        v[f"t3.new.{c}"] = v[f"t3.r7.{c}"] + v[f"t3.carry_out.{c}"] - v[f"t3.carry_in.{c}"]
    for r in spec.rows:
        v[f"t3.{r.key}.tot"] = sum(v[f"t3.{r.key}.{c}"] for c in ts.T3_APPLICANTS)


def _t4(d: Draw, v: dict[str, Number]) -> None:
    for g in ts.T4_GROUPS:
        parts = [0, 0, 0, 0] if d.int(0, 2) == 0 else [_count(d, 4) for _ in range(4)]
        for c, p in zip(ts.T4_COLS, parts):
            v[f"t4.{g}.{c}"] = p
        v[f"t4.{g}.tot"] = sum(parts)


def _money(d: Draw) -> Number:
    return d.pick((0, d.int(1, 999), round(d.int(1, 99999) / 100, 2), round(d.int(1, 9999) / 10, 1)))


def _t2(d: Draw, template: str, v: dict[str, Number]) -> None:
    for r in ts.t2_spec(template).rows:
        for c in r.cols:
            kind = r.kind(c)
            if kind == "money":
                v[f"t2.{r.key}.{c}"] = _money(d)
            elif kind == "signed":
                v[f"t2.{r.key}.{c}"] = d.int(-30, 30) if d.int(0, 1) else 0
            else:
                v[f"t2.{r.key}.{c}"] = d.pick((0, d.int(1, 9), d.int(10, 300), d.int(300, 99999)))


def _placeholders(d: Draw, m: Model, force: tuple[str, str] | None = None) -> None:
    """Print some zeros as a blank, 「/」 or 「—」, the ways real reports do: one style per report,
    in the organisation columns of table 三, in whole zero rows, in table 四, or in table 二 rows."""
    style = d.pick(("none", "none", "none", "t3_orgs", "zero_rows", "t4", "t2_rows", "anywhere"))
    mark = d.pick(PLACEHOLDERS)
    if force:
        style, mark = force
    if style == "none":
        return
    t2_rows = {r.key for r in ts.t2_spec(m.template).rows if d.int(0, 2) == 0}
    for key, val in m.values.items():
        t, row, col = key.split(".")
        if style == "t2_rows":
            hit = t == "t2" and row in t2_rows and val in (0, 0.0)
        elif val != 0:
            continue
        elif style == "t3_orgs":
            hit = t == "t3" and col in ts.T3_APPLICANTS[1:]
        elif style == "zero_rows":
            hit = t == "t3" and all(m.values[f"t3.{row}.{c}"] == 0 for c in ts.T3_COLS)
        elif style in ("t4", "t4_blank"):
            hit = t == "t4"
        else:
            hit = d.int(0, 3) == 0
        if hit:
            m.printed[key] = mark


def draw_model(d: Draw, template: str | None = None, placeholders: tuple[str, str] | None = None) -> Model:
    """`placeholders`: (style, mark) to print, for a family that exists to test one of them; the
    style 「t4_blank」 (never drawn at random) makes table 四 all zeros, every cell printed as `mark`."""
    template = template or d.pick(("GF2021", "GF2019"))
    year = d.int(2021, 2025) if template == "GF2021" else d.int(2019, 2021)
    v: dict[str, Number] = {}
    _t2(d, template, v)
    _t3(d, template == "GF2019", v)
    _t4(d, v)
    if placeholders and placeholders[0] == "t4_blank":  # table 四 with no case at all, printed empty
        v.update({k: 0 for k in v if k.startswith("t4.")})
    m = Model(template, year, draw_agency(d), d.pick(AGENCY_STYLES), v, published=d.int(10, 99999))
    for k, x in v.items():
        r = k.split(".")
        signed = r[0] == "t2" and ts.t2_spec(template).row(r[1]).kind(r[2]) == "signed"
        m.printed[k] = f"+{x}" if signed and x > 0 and d.int(0, 1) else fmt(x)
    _placeholders(d, m, placeholders)
    return m


def expected(m: Model) -> Expected:
    cells: dict[str, Number | None] = {}
    ph: dict[str, str] = {}
    for k, p in m.printed.items():
        if p in PLACEHOLDERS:
            cells[k] = None
            ph[k] = p
        else:
            cells[k] = m.values[k]
    # A cell not printed at all is no value and no placeholder: missing, or null with a doubt naming it
    # (never 0 — compare.py checks a value against None).
    for k in m.omitted:
        cells[k] = None
        ph.pop(k, None)
    return Expected(cells, ph, m.agency.full, m.year, m.template, m.agency.printed, open=set(m.omitted))
