"""One body's rate in two (or more) years, compared: 「自然人申请占比2024年比2020年高还是低」「复议纠错率跟去年比升了还是
降了」「办结率两年各多少」. Each year's rate is part ÷ whole, shown with its division and its report's citation; then the
change in 百分点 (the difference of the rates, never the change of the counts under them) and which year is higher. A year
whose whole is 0 is said 「无法计算」 (no change computed then); a year whose cells are not read is said so. The rate is
the one `rates.rate_asked` reads; a question stating 「A占B」 with another part or whole than that rate's is left to the
routes after this one (never answered with a rate it did not ask)."""

from __future__ import annotations

from extractor.schema import Answer

from .. import values as vals
from ..cite import cell_citation, fmt
from ..context import Context
from ..intent import FORECAST, NO_BASE, table_measures
from ..lazyre import lazy
from .rates import BOUND, FORMULA, MEAN, NOT_COMPUTABLE, POOLED, RANKED, RATE_WORD, Rate, rate_asked
from .table import rate_cells

# 「A占B」 written out: the part before 占 and the whole after it, each up to a bracket or a stop
_STATED = lazy(r"([^，,。？?；;（(）)]{2,30}?)占(?!比)([^，,。？?；;（(）)]{2,30})")


# a growth rate (「增长率」) is not a share; 「变了几个百分点」 with the whole written out is points.change's (it reads
# the whole the question states)
_NOT_A_SHARE = lazy(r"增长率|增幅|增速|降幅|下降率|变化率|变动率")
_POINTS_STATED = lazy(r"百分点.*?(?:占|率[（(].{2,30}(?:÷|除以))|(?:占|率[（(].{2,30}(?:÷|除以)).*?百分点")


def asks(q: str) -> bool:
    """A rate of the tables is asked (a rate's name, a share's words or a formula)."""
    if not (RATE_WORD.search(q) or FORMULA.search(q)) or _NOT_A_SHARE.search(q) or _POINTS_STATED.search(q):
        return False
    if NO_BASE.search(q) or FORECAST.search(q):  # 「每万人口的申请率」「明年的公开率」: refused by their routes
        return False
    try:
        return rate_asked(q) is not None
    except ValueError:  # (a share of cells the template does not have: not this route's question)
        return False


def _keys(ms) -> set[tuple[str, str, str]]:
    return {(m.table, m.row, m.col) for m in ms}


def _as_stated(q: str, rate: Rate) -> bool:
    """Every 「A占B」 of the question whose sides name cells names the rate's own part and whole."""
    for m in _STATED.finditer(q):
        part, whole = table_measures(m.group(1)), table_measures(m.group(2))
        if part and whole and (_keys(part) != _keys(rate.parts) or _keys(whole) != _keys(rate.wholes)):
            return False
    return True


def said(label: str, whole: str, years: list[tuple[str, float, float]]) -> tuple[str, float | None]:
    """The answer's text and its value (the change in 百分点, None when it cannot be computed) from each year's
    (label, part, whole), earliest first."""
    shown, rates = [], []
    for y, p, w in years:
        if w:
            r = 100 * p / w
            rates.append((y, r))
            shown.append(f"{y}{fmt(round(r, 2))}%（{fmt(p)}÷{fmt(w)}）")
        else:
            shown.append(f"{y}{whole}为0件，无法计算（{fmt(p)}÷0）")
    text = f"{label}：" + "；".join(shown)
    if len(rates) < len(years) or len(rates) < 2:
        return text + "。比率缺一年，无法比较变化。", None
    (ya, a), (yb, b) = rates[0], rates[-1]
    diff = round(b - a, 2)
    if diff:
        word = "上升" if diff > 0 else "下降"
        high = yb if diff > 0 else ya
        text += f"。{yb}比{ya}{word}{fmt(abs(diff))}个百分点（{fmt(round(b, 2))}% − {fmt(round(a, 2))}%），{high}较高"
    else:
        text += f"。{yb}与{ya}持平（变化0个百分点）"
    if len(rates) > 2:
        top = max(rates, key=lambda t: t[1])
        text += f"；{len(rates)}年中{top[0]}最高"
    return text + "。", diff


def compare(ctx: Context) -> Answer | None:
    """Each stored year's rate of the one body in scope, and the change between the first and the last."""
    if ctx.n < 2 or ctx.n > 10 or not ctx.one_agency():
        return None
    q = ctx.q
    if any(rx.search(q) for rx in (NOT_COMPUTABLE, RANKED, BOUND, MEAN, POOLED)):
        return None  # 「哪一年最高」「哪几年低于95%」「各年的平均」: the set's questions (rates.over_reports)
    rate = rate_asked(q)
    if rate is None or not _as_stated(q, rate):
        return None
    dated = sorted((r for r in ctx.ids if ctx.entry(r).year), key=lambda r: ctx.entry(r).year or 0)
    if len(dated) < 2 or len({ctx.entry(r).year for r in dated}) != len(dated):
        return None  # (two files of one year: which one is not for this answer to choose)
    keys = sorted({k for m in rate.parts + rate.wholes for k in vals.candidate_keys(m)})
    cells = ctx.store.cells_of(dated, keys)
    years, unread, cited = [], [], []
    for r in dated:
        got = rate_cells(rate.parts, rate.wholes, cells.get(r, {}))
        if got is None or got.blank is not None:
            unread.append(r)
            continue
        years.append((f"{ctx.entry(r).year}年", got.part, got.whole))
        cited.append(cell_citation(r, ctx.entry(r), cells[r], got.keys))
    if not years:
        return None
    text, value = said(f"按表格计算的{rate.label}（{rate.division}）", rate.whole, years)
    if unread:
        text += "（" + "、".join(ctx.label(r) for r in unread) + f"的报告未读出{rate.label}所需的单元格，未计算）"
    return ctx.answer(text, "compare", value=value, unit="个百分点" if value is not None else None, citations=cited)
