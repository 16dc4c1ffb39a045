"""Consistency questions, answered with the numbers: each identity shows both sides (a break shows
the printed and the implied value), each narrative statement the table cell it is read against,
and which reports have a kind of finding — from the stored findings, in one query over the scope."""

from __future__ import annotations

import dataclasses
import json
import re

from extractor import tablespec as ts
from extractor.metrics import figure_boxes
from extractor.narrative_checks import cells_read, statements
from extractor.normalize import fold
from extractor.schema import Answer, Citation

from .. import intent
from ..cite import cell_citation, fmt, joined
from ..context import NOT_MENTIONED, Context
from ..question import CellMeasure, FindingMeasure, SectionMeasure, named_table, template_asked, template_in_force

SHOWN = 6  # equations spelled out in one answer


# ------------------------------------------------------------------ identities
def _name(key: str, by: str) -> str:
    """A cell inside an equation: by its row (column-wise identities) or by its column."""
    table, row, col = key.split(".", 2)
    if by == "row":
        return ts.short_label(table, row)
    return ts.T3_COL_LABELS.get(col, col) if table == "t3" else ts.T4_COL_LABELS.get(col, col)


def _side(keys: tuple[str, ...], cells: dict, by: str) -> tuple[str, float | None, bool]:
    """「本年新收19+上年结转0」, its sum, and whether a cell of it is blank."""
    vals = [cells[k]["value"] if k in cells else None for k in keys]
    blank = any(v is None for v in vals)
    pairs = list(zip(keys, vals))

    def said(k: str, v) -> str:  # a glued cell is not blank: its digits could not be split
        return "粘连无法拆分" if v is None and k in cells and str(cells[k]["raw"] or "").startswith("glued") else fmt(v)

    if len(pairs) > 6:  # a long sum: its non-zero terms, the rest said once
        shown = "+".join(f"{_name(k, by)}{said(k, v)}" for k, v in pairs if v != 0)
        zeros = sum(1 for _, v in pairs if v == 0)
        shown = (shown or "0") + (f"（其余{zeros}项为0）" if zeros else "")
    else:
        shown = "+".join(f"{_name(k, by)}{said(k, v)}" for k, v in pairs)
    return shown, (None if blank else sum(vals)), blank  # type: ignore[arg-type]


def _equations(cells: dict, checks: list[str]) -> list[ts.Equation]:
    spec = ts.t3_spec_of(cells)
    eqs = [e for e in ts.t3_equations(spec) if e.check in checks] + [e for e in ts.t4_equations() if e.check in checks]
    return [e for e in eqs if any(k in cells for k in e.keys)]


def _explain_equation(e: ts.Equation, cells: dict) -> tuple[str, str]:
    """(state, text) with state holds | breaks | blank."""
    by = "row" if e.check in ("H1", "H3") else "col"
    ls, lv, lb = _side(e.lhs, cells, by)
    rs, rv, rb = _side(e.rhs, cells, by)
    where = e.label.split("：")[0]
    if lv is not None and rv is not None:
        if ts.balanced(lv, rv):
            return "holds", f"{where}：{ls}={fmt(lv)}，{rs}={fmt(rv)} ✓"
        implied = ""
        if len(e.lhs) == 1:
            implied = f"（印为{fmt(lv)}，按各项之和应为{fmt(rv)}）"
        return "breaks", f"{where}：{ls}={fmt(lv)}，但{rs}={fmt(rv)} ✗{implied}"
    # a side that can be added is shown with its sum (「本年新收34+上年结转2=36；…总计35+结转下年度空白」)
    ls = f"{ls}={fmt(lv)}" if lv is not None and len(e.lhs) > 1 else ls
    rs = f"{rs}={fmt(rv)}" if rv is not None and len(e.rhs) > 1 else rs
    return "blank", f"{where}：{ls}；{rs}（有空白或无法读出的单元格，无法核对）"


def identities(ctx: Context, rid: str, cells: dict, checks: list[str]) -> Answer | None:
    eqs = _equations(cells, checks)
    rows = {f"t3.{m.row}" for m in ctx.question.cells if m.table == "t3"}
    if checks == ["H2"] and not _row_said(ctx.q):
        # 「自然人法人那几列加起来等于总计吗」: columns named, no row — every row's H2, not 本年新收's alone
        rows = set()
    if checks == ["H2"] and len(rows) > 1:
        rows.discard("t3.r7")  # 「“本机关不掌握”一行与总计」: 总计 is the row's own column, not row （七）
    for g in ts.T3_GROUPS:  # a group (不予公开) is printed as its sub-rows: each sub-row's own sum
        if f"t3.{g}" in rows:
            rows |= {f"t3.{r}" for r in ts.row_keys("t3") if r.startswith(g + "_")}
    if checks == ["H2"] and rows and any(e.where in rows for e in eqs):
        eqs = [e for e in eqs if e.where in rows]  # 「本年新收一行各类申请人加起来」: that row's H2
        eqs += _result_total_breaks(cells, rows)
    eqs = _named_part(ctx.q, eqs)
    eqs = _focused(ctx.q, eqs, checks, cells)
    if not eqs:
        return None
    done = [(e, *_explain_equation(e, cells)) for e in eqs]
    broken = [d for d in done if d[1] == "breaks"]
    blank = [d for d in done if d[1] == "blank"]
    held = [d for d in done if d[1] == "holds"]
    keys = (
        sorted({k for e, _, _ in (broken + blank) for k in e.keys})
        if broken or blank
        else [k for k in ("t3.new.tot", "t3.carry_in.tot", "t3.r7.tot", "t3.carry_out.tot") if k in cells]
        or sorted({k for e in eqs for k in e.keys})[:15]
    )
    if broken:
        head = f"不一致：{len(broken)}处勾稽关系不成立。"
        body = "；".join(t for _, _, t in broken[:SHOWN])
    elif blank and _totals_hold(held, blank):
        # every equation of the 总计 column holds; only applicant columns printed blank are left unchecked
        cols = sorted({ts.T3_COL_LABELS.get(e.where.split(".")[-1], e.where) for e, _, _ in blank})
        totals = [d for d in held if d[0].where.endswith(".tot")]
        head = "一致："
        body = "；".join(t for _, _, t in totals[:SHOWN])
        body += f"（{'、'.join(cols)}列有空白单元格，未能逐列核对）"
        held = []
    elif blank and _hold_as_zero(blank, cells):
        # nothing breaks and what is left unchecked holds with its blank cells read as 0 (the checks'
        # own reading of a blank): said with the numbers, the blanks named as blanks
        shown = [d for d in held + blank if d[0].where.endswith(".tot") or d[0].check == "H5"] or held + blank
        head = ("成立" if set(checks) <= {"H1", "H3"} else "一致") + "（空白单元格按0计）："
        body = "；".join(_explain_as_zero(e, cells) for e, _, _ in shown[:SHOWN])
        if len(held) + len(blank) > len(shown[:SHOWN]):
            body += f"；其余{len(held) + len(blank) - len(shown[:SHOWN])}条按0计也都成立"
        held = []
    elif blank and _only_unprinted(blank, cells) and any(d[0].where == "t3.tot" for d in held):
        # the 总计 column's identities that can be checked hold; what is left is unchecked, not broken
        totals = [d for d in held if d[0].where == "t3.tot"]
        head = "能核对的都成立："
        body = "；".join(t for _, _, t in totals[:SHOWN])
        rows = "、".join(dict.fromkeys(e.label.split("：")[0] for e, _, _ in blank))
        body += f"；另有{len(blank)}处因空白单元格无法核对（{_clipped(rows)}）"
        held = [d for d in held if d not in totals]
    elif blank:
        glued = _glued(blank, cells)
        head = f"无法完全核对：{len(blank)}处有{'数字粘连无法唯一拆分或空白的' if glued else '空白'}单元格。"
        body = "；".join(t for _, _, t in blank[:SHOWN])
    else:
        totals = [d for d in held if d[0].where.endswith(".tot") or d[0].check == "H5"] or held
        head = "成立：" if set(checks) <= {"H1", "H3"} else "一致："
        body = "；".join(t for _, _, t in totals[:SHOWN])
        if len(held) > len(totals[:SHOWN]):
            body += f"；其余{len(held) - len(totals[:SHOWN])}条也都成立"
    if held and (broken or blank):
        body += f"（另有{len(held)}条成立）"
    return ctx.answer(head + body + "。", "check", citations=[cell_citation(rid, ctx.entry(rid), cells, keys[:40])])


def _row_said(q: str) -> bool:
    """The question names a row of 表三 (「新收那行」「（七）总计行」「予以公开那行」), not only its columns."""
    from ..intent import found_terms

    return bool(found_terms(q, "t3", "row")) or "行" in q


def _glued(blank: list, cells: dict) -> bool:
    return any(str(cells[k]["raw"] or "").startswith("glued") for e, _, _ in blank for k in e.keys if k in cells)


def _only_unprinted(blank: list, cells: dict) -> bool:
    """What is left unchecked is so because a side is not printed at all (上海 2019's result rows with
    their 总计 column blank), or it holds with its blanks read as 0 — never a side where one blank
    decides whether it holds (上海科委 2024: 34+2 against 35 + a blank 结转下年度)."""
    if _glued(blank, cells):
        return False
    values = {k: c["value"] for k, c in cells.items()}
    return all(
        e.holds(values) or any(all(values.get(k) is None for k in side) for side in (e.lhs, e.rhs)) for e, _, _ in blank
    )


def _clipped(text: str, most: int = 80) -> str:
    return text if len(text) <= most else text[:most] + "…"


def _hold_as_zero(blank: list, cells: dict) -> bool:
    """Every unchecked identity left so by printed blanks only (no glued digits, no cell missing from
    the table) holds when the blanks are read as 0 — `Equation.holds`, the findings' own reading."""
    if _glued(blank, cells) or any(k not in cells for e, _, _ in blank for k in e.keys):
        return False
    values = {k: c["value"] for k, c in cells.items()}
    return all(e.holds(values) for e, _, _ in blank)


def _explain_as_zero(e: ts.Equation, cells: dict) -> str:
    """「总计列：本年新收37+上年结转空白=37，办理结果（七）总计37+结转下年度0=37 ✓」: blanks said as
    空白, the sums with them read as 0."""
    by = "row" if e.check in ("H1", "H3") else "col"
    sides = []
    for keys in (e.lhs, e.rhs):
        shown, _, _ = _side(keys, cells, by)
        total = sum(cells[k]["value"] or 0 for k in keys)
        sides.append(f"{shown}={fmt(total)}")
    return f"{e.label.split('：')[0]}：{sides[0]}，{sides[1]} ✓"


# 「那张表」「的表格」「这个统计表」 after a group's word
_TABLE_AFTER = re.compile(r"(?:的)?(?:那|这|哪)?(?:一)?(?:张|張|个|個|份)?(?:统计|統計)?(?:表|表格)")


def _names_table(q: str, hits: list, i: int) -> bool:
    """「行政复议那张表」「复议诉讼的表格」: the group words (one, or several joined) followed by a table word
    name the table they head (表四), not the group."""
    end = hits[i][1]
    for start, stop, _ in hits[i + 1 :]:
        if q[end:start] not in ("", "和", "、", "与", "及"):
            break
        end = stop
    return bool(_TABLE_AFTER.match(q, end))


def _named_part(q: str, eqs: list[ts.Equation]) -> list[ts.Equation]:
    """The identities of the part the question names, when it names one: a group of 表四 (「直接起诉那组
    总计和各结果对得上吗」 = H5 of that group only) or an applicant column of 表三 (「自然人那一列新收加结转
    等于办结加结转下年吗」 = H1 of that column) — not every identity of the report."""
    from ..intent import found_terms

    hits = found_terms(q, "t4", "row")
    named = {t.key for i, (_, _, t) in enumerate(hits) if not _names_table(q, hits, i)}
    named |= {"ld", "lr"} if "lit" in named else set()  # 「诉讼」 alone names both lawsuit groups
    groups = {f"t4.{g}" for g in named} & {f"t4.{g}" for g in ts.T4_GROUP_LABELS}
    picked = [e for e in eqs if e.check == "H5" and e.where in groups]
    if picked:
        return picked
    cols = {t.key for _, _, t in found_terms(q, "t3", "col")} - {"tot"}
    picked = [e for e in eqs if e.check in ("H1", "H3") and e.where.split(".")[-1] in cols]
    return picked or eqs


def _focused(q: str, eqs: list[ts.Equation], checks: list[str], cells: dict) -> list[ts.Equation]:
    """A column-wise identity asked with no column named (「收到的和办完的数量平吗」「各种办理结果加起来
    等于总计吗」) is the 总计 column's: a column that holds or is left blank is not what the user asked
    about — a column where it breaks or is left blank is still said."""
    from ..intent import found_terms

    if not set(checks) <= {"H1", "H3"} or {t.key for _, _, t in found_terms(q, "t3", "col")} - {"tot"}:
        return eqs
    values = {k: c["value"] for k, c in cells.items()}
    unsure = [  # broken, or left blank (said in one note beside the 总计 column's answer)
        e for e in eqs if e.where != "t3.tot" and (any(values.get(k) is None for k in e.keys) or not e.holds(values))
    ]
    return [e for e in eqs if e.where == "t3.tot"] + unsure or eqs


def _result_total_breaks(cells: dict, rows: set[str]) -> list[ts.Equation]:
    """H3 of the 总计 column when one of the named rows is a term of it and it breaks: the row's own
    sum may hold while the rows together do not add up to （七）总计."""
    values = {k: c["value"] for k, c in cells.items()}
    return [
        e
        for e in _equations(cells, ["H3"])
        if e.where == "t3.tot"
        and any(k.rsplit(".", 1)[0] in rows for k in e.rhs)
        and all(values.get(k) is not None for k in e.keys)
        and not e.holds(values)
    ]


def _totals_hold(held: list, blank: list) -> bool:
    """Column-wise identities (H1, H3) whose 总计 column holds while only other columns have a blank:
    the totals the question is about agree (上海 2019: 859+18 = 805+72, its 科研机构 column left blank)."""
    return all(e.check in ("H1", "H3") and not e.where.endswith(".tot") for e, _, _ in blank) and {
        e.check for e, _, _ in blank
    } <= {e.check for e, _, _ in held if e.where.endswith(".tot")}


_RECEIVED_DONE = re.compile(
    r"(?:收到|收进|收了|新收|受理|接收|接到|进来|来的).{0,14}(?:办完|办结|处理完|办理完|答复完|办好|结完|办掉|处理掉|结掉|"
    r"办理结果|处理结果|处理了|出去)"
)
_RESULTS_ADDED = re.compile(
    r"(?:办理|处理)?结果.{0,8}(?:之和|加起来|加在一起|相加|合计)|分项.{0,6}(?:之和|加起来|相加)"
)


# 「办理结果总计那一行，各列加起来等于总计吗」「（七）总计行各申请人列之和」「新收那行横着加」: a row's
# applicant columns added against its 总计 column (H2) — said by the columns, or by the row and an addition
_ACROSS_COLUMNS = re.compile(
    r"各列|各栏|各申请人|各类申请人|申请人(?:类别|类型)?.{0,8}(?:之和|加起来|相加|合计|加总)|按申请人|横(?:向|着)|"
    r"(?:那|这|一|该|整|总计|合计)行[^？?]{0,10}(?:之和|加起来|相加|加在一起|加总|合计|加错|算错|算得?对)"
)


# 「表三各栏合计是否一致」: every total of the table asked to agree, no row named — the table's identities
# (its balance per column as much as a row's columns), not only a row added across
_EVERY_TOTAL = re.compile(r"^(?!.*(?:行|新收|结转|办理结果|处理结果|申请人)).*各(?:栏|列)(?:的)?(?:合计|总计|总数)")


# 「那几列加起来」「这几栏加一块」: several columns added
_SEVERAL_COLUMNS = re.compile(r"[那这哪几各些](?:几)?(?:个)?(?:列|栏)[^？?，,]{0,6}(?:加|之和|合计)")
_ADDING = re.compile(r"加起来|加一块|加在一起|加到一起|相加|之和|合计|加总|加上|加")


def _columns_added(q: str) -> bool:
    """「自然人法人那几列加起来等于总计吗」「自然人加法人等不等于总计」: two applicant columns or more (or 「那几列」)
    added against the 总计 column — a row's columns against its total (H2), not each column's own identities."""
    from ..intent import found_terms

    cols = [t.key for _, _, t in found_terms(q, "t3", "col")]
    if "tot" not in cols or not _ADDING.search(q):
        return False
    return len(set(cols) - {"tot"}) >= 2 or bool(_SEVERAL_COLUMNS.search(q))


def _checks_asked(q: str) -> list[str]:
    """The identity a question names, from the table spec's vocabulary: 表四 (H5), the four terms of
    what came in and what went out (H1), a row's columns added (H2), the result rows added to （七）总计
    (H3) — every identity when it names none."""
    if re.search(r"表[三3]", q) and re.search(r"表[四4]", q):  # 「表三、表四的合计与分项是否一致」: both tables'
        return ["H1", "H2", "H3", "H5"]
    if named_table(q, ("t4",)):
        return ["H5"]
    if re.search(r"新收", q) and re.search(r"上年结转", q) and re.search(r"结转下一?年|转下一?年", q):
        return ["H1"]  # 「本年新收与上年结转之和是否等于办理结果总计与结转下年度之和」: its four terms named
    if re.search(r"新收.{0,16}(?:办理结果|办结).{0,10}结转下年", q):
        return ["H1"]  # 「新收与结转之和是否等于办理结果总计与结转下年度之和」 (not 「办理结果…之和」: H3)
    if (_ACROSS_COLUMNS.search(q) or _columns_added(q)) and not _EVERY_TOTAL.search(q):
        return ["H2"]  # (「表三各栏合计是否一致」 names 各栏 and 合计 too, but asks every total: every identity)
    if _RESULTS_ADDED.search(q) or re.search(
        r"各项.{0,6}(?:之和|加起来|合计|相加)|\(七\)|（七）|七）总计|七\)总计",
        q,
    ):
        return ["H3"]
    if re.search(r"各列|各类申请人|申请人.{0,8}(?:之和|加起来|相加|合计)|一行.{0,12}总计|总计.{0,6}各类", q):
        return ["H2"]
    if _RECEIVED_DONE.search(q):  # 「收到的和办完的数量平吗」: what came in against what was done or carried on
        return ["H1"]
    if re.search(
        r"第一项|第三项|收支|本年新收.{0,12}上年结转|上年结转.{0,12}结转下年|结转下年度.{0,12}第|"
        r"新收.{0,16}(?:办理结果|办结).{0,10}结转下年",
        q,
    ):
        return ["H1"]
    if named_table(q, ("t3",)):  # table 三 named: its own identities, not table 四's
        return ["H1", "H2", "H3"]
    return ["H1", "H2", "H3", "H4", "H5"]


# ------------------------------------------------------------------ narrative against tables
def _reading_name(parts: list[str]) -> str:
    """A reading's rows by name: 表三 rows and result groups (r3…r6), 表四 groups."""
    return "+".join(ts.short_label("t4" if p in ts.T4_GROUPS else "t3", p) for p in parts)


_RESULT_BEFORE = re.compile(r"(?:予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|告知|不予答复)\s*$")


def _terms(values: dict, parts: list[str]) -> str:
    """「本年新收74+上年结转1」: each row of a reading with its own number (a reading of several rows)."""
    out = []
    for part in parts:
        keys = cells_read(values, [part])
        if not keys or any(values.get(k) is None for k in keys):
            return ""
        out.append(f"{_reading_name([part])}{fmt(sum(values[k] for k in keys))}")
    return "+".join(out)


def _subrows(values: dict, parts: list[str]) -> str:
    """「本机关不掌握相关政府信息4+没有现成信息需要另行制作6+补正后申请内容仍不明确0」: a group of 表三
    (不予公开, 无法提供 …) read by its sub-rows, each with its printed number."""
    keys = cells_read(values, parts)
    if len(parts) != 1 or parts[0] not in ts.T3_GROUPS or len(keys) < 2 or any(values.get(k) is None for k in keys):
        return ""  # (a row read from its columns, its 总计 blank, is not a group)
    return "+".join(f"{ts.short_label('t3', k.split('.')[1])}{fmt(values[k])}" for k in keys)


def _column_sums(values: dict, readings: list) -> list[tuple[list[str], float | None]]:
    """A reading the checks could not take because its rows' 总计 is printed blank (上海 2019's result
    rows): the sum of the applicant columns those rows do print — labelled as such, never as the
    printed total."""
    out = []
    for parts, v in readings:
        if v is not None:
            continue
        keys = cells_read(values, parts)
        if keys and not any(k.endswith(".tot") for k in keys):
            out.append((parts, sum(values[k] for k in keys)))
    return out


# (ycfix) 「按正文的同比减少数和上年数推算，本年新收跟表三对得上吗」: this year's received count implied by the change and
# last year's figure the text states, against 表三's 本年新收
_IMPLIED_ASKED = re.compile(
    r"(?:减少|增加|下降|增长|增减|同比|较上年|比上年|变化|变动)[^，,。？?]{0,8}(?:上一?年|去年)|(?:上一?年|去年)[^，,。？?]{0,12}(?:减少|增加|下降|增长|增减|同比|变化|变动)|推算|倒推"
)
_IMPLIED = re.compile(
    r"(?:新收|收到|受理|接收)[^。；;|\n\d]{0,24}?(?P<dir>减少|增加|下降|增长|多|少)了?\s*(?P<d>\d+)\s*件"
    r"[^。；;|\n\d]{0,4}?[（(]\s*上一?年度?(?:同期)?(?:共|为)?\s*(?P<prev>\d+)\s*件\s*[)）]"
)


def _implied_new(ctx: Context, rid: str, report, cells: dict, values: dict) -> Answer | None:
    """This year's 新收 implied by the text (上年73件, 减少7件 → 66) against 表三's 本年新收 总计 — the text's sentence
    quoted; said when the text states no such change (never another sentence, never a table's text, in its place)."""
    from ..cite import text_citation
    from .last_year import text_sentence

    keys = cells_read(values, ["new"])
    if not keys or any(values.get(k) is None for k in keys):
        return None
    table = sum(values[k] for k in keys)
    found = {}
    for m in _IMPLIED.finditer(report.text):
        d, prev = int(m.group("d")), int(m.group("prev"))
        implied = prev - d if m.group("dir") in ("减少", "下降", "少") else prev + d
        found.setdefault(implied, m)
    cell = cell_citation(rid, ctx.entry(rid), cells, keys)
    if len(found) != 1:
        return ctx.answer(
            f"{NOT_MENTIONED}：正文没有写出本年新收申请较上年的增减件数和上年件数（或写出的不止一处），无法推算后与表格核对"
            f"（表三本年新收{fmt(table)}件）。",
            "check",
            citations=[cell],
        )
    ((implied, m),) = found.items()
    s, e = text_sentence(report.text, m.start(), m.end())
    quote = joined(report.text[s:e])
    sign = "−" if m.group("dir") in ("减少", "下降", "少") else "+"
    how = f"按正文「{quote}」推算：本年新收 = 上年{m.group('prev')} {sign} {m.group('dir')}{m.group('d')} = {fmt(implied)}件"
    if implied == table:
        text = f"一致：{how}，等于表三本年新收总计{fmt(table)}件 ✓。"
    else:
        text = f"不一致：{how}，而表三本年新收总计为{fmt(table)}件，相差{fmt(abs(table - implied))}件 ✗。"
    return ctx.answer(text, "check", citations=[text_citation(rid, ctx.entry(rid), report.text, s, e), cell])


def narrative(ctx: Context, rid: str, cells: dict) -> Answer | None:
    report = ctx.store.report(rid)
    if report is None:
        return None
    if _IMPLIED_ASKED.search(ctx.q) and re.search(r"新收|收到|受理|收的", ctx.q):
        return _implied_new(ctx, rid, report, cells, report.values())
    t4_only = named_table(ctx.q, ("t4",)) is not None
    lines, broken, keys, alt = [], 0, [], ""
    values = report.values()
    every = [st for st in statements(report) if t4_only == (st.check == "S3")] or [
        st for st in statements(report, every=True) if t4_only == (st.check == "S3")
    ]  # beyond the usual sections
    # 「同意公开答复9件」 counts a result (予以公开), not every reply: not read as 办结
    every = [
        st
        for st in every
        if not (st.what == "办结" and _RESULT_BEFORE.search(report.text[max(0, st.span.start - 8) : st.span.start]))
    ]
    # the statement the question quotes or names (「正文“不予公开35件”…」), else every one
    asked = [st for st in every if st.stated in ctx.question.asserted] or [
        st for st in every if st.what in ctx.q or st.quote in ctx.q
    ]
    named = _items_named(ctx.q)
    if named and not asked:  # 「正文说的收到申请数和表三新收一致吗」: the statements read as the rows named
        asked = [
            st
            for st in every
            if st.readings
            and (set(st.readings[0][0]) & named or any(ts.short_label("t3", r) in st.what for r in named))
        ]
    # 「正文的申请数和表三对得上吗」: every count the text states of the year's applications is compared —
    # received, carried in and carried on beside the one named (办结 when named: 「答复9件」 may be a result)
    whole = _applications_asked(ctx.q, named, t4_only) and not ctx.question.asserted
    if whole and asked:
        rows_asked = {("new",), ("carry_in",), ("carry_out",)} | {(r,) for r in named}
        asked += [st for st in every if st not in asked and st.readings and tuple(st.readings[0][0]) in rows_asked]
    if (named or ctx.question.asserted) and not asked and not whole:
        every = []  # an item named that the text does not state: not every other statement instead
    plain = not re.search(r"为什么|为何|怎么会|差异|差别|差在|不一样|不同|出入", ctx.q)
    said_rows: set[str] = set()  # the rows the statements were checked against
    for st in asked or every:
        known = [(p, v) for p, v in st.readings if v is not None]
        summed = {tuple(p) for p, v in st.readings if v is None}
        known += [(p, v) for p, v in _column_sums(values, st.readings) if v is not None]
        if not known:
            continue
        table = "表四" if st.check == "S3" else "表三"
        match = next(((p, v) for p, v in known if v == st.stated), None)
        said_rows.add((match or known[0])[0][0])
        if match:
            p, v = match
            how = "（总计栏空白，按各栏之和）" if tuple(p) in summed else ""
            terms = _terms(values, p) if len(p) > 1 and not how else ""
            sub = _subrows(values, p) if len(p) == 1 and not how else ""
            terms = f"{_reading_name(p)}（{sub}）" if sub else terms
            lines.append(
                f"正文「{joined(st.quote)}」= {table}{terms or _reading_name(p)}{how}{'=' if terms else ''}{fmt(v)} ✓"
            )
            keys += cells_read(values, p)
            if p != known[0][0]:
                p0, v0 = known[0]
                if (
                    plain
                ):  # 「对得上吗」: it does, read as the sum of those rows — said plainly, the other reading beside
                    lines[-1] += (
                        f"（口径：正文的{fmt(st.stated)}件含{'、'.join(_reading_name([x]) for x in p if x not in p0)}；"
                    )
                    lines[-1] += f"只算{_reading_name(p0)}为{fmt(v0)}）"
                else:  # 「为什么不一样」: the difference is the reading
                    alt = "口径不同："
                    lines.append(f"而{table}{_reading_name(p0)}为{fmt(v0)}，与正文的{fmt(st.stated)}不同")
        else:
            broken += 1
            shown = "，".join(f"{_reading_name(p)}{fmt(v)}" for p, v in known)
            lines.append(f"正文「{joined(st.quote)}」≠ {table}{shown} ✗")
            keys += cells_read(values, [x for pp, _ in known for x in pp])
    # numbers the question states that no statement of the text above answered (「收到70件、办结69件、1件
    # 结转，和表三一致吗」): each against the 表三 row its own words name
    covered = {float(st.stated) for st in (asked or every) if any(v is not None for _, v in st.readings)}
    if not t4_only:
        for word, stated, row in _asserted_rows(ctx.q):
            if stated in covered:
                continue
            v = _row_value(values, row)
            if v is None:
                continue
            keys += cells_read(values, [row])
            name = ts.short_label("t3", row)
            if v == stated:
                lines.append(f"「{word}」= 表三{name}{fmt(v)} ✓")
            else:
                broken += 1
                lines.append(f"「{word}」≠ 表三{name}{fmt(v)} ✗")
    counted = _application_counts(report.text) if whole else []
    # (ycfix) 「正文里说的新收申请数和表三一致吗」 and the text states no 新收 count: said so — never 办结 instead
    if (
        whole
        and named
        and not asked
        and not ctx.question.asserted
        and _ROW_SAID.search(ctx.q)
        and not named & {row for row, _, _ in counted}
    ):
        return _not_stated(ctx, rid, cells, values, named)
    if whole:  # counts the statements above missed (「本年度全区共收到70件申请…1件结转下年度」), read per row
        for row, stated, quote in counted:
            v = _row_value(values, row)
            if row in said_rows or v is None:
                continue
            keys += cells_read(values, [row])
            name = ts.short_label("t3", row)
            carried = _row_value(values, "carry_in") if row == "new" else None
            if v == stated:
                lines.append(f"正文「{quote}」= 表三{name}{fmt(v)} ✓")
            elif carried and v + carried == stated:  # 「收到申请75件」 = 新收74 + 上年结转1
                keys += cells_read(values, ["carry_in"])
                lines.append(f"正文「{quote}」= 表三本年新收{fmt(v)}+上年结转{fmt(carried)}={fmt(stated)} ✓")
            else:
                broken += 1
                lines.append(f"正文「{quote}」≠ 表三{name}{fmt(v)} ✗")
    upheld = [f for f in report.findings if f.where == "narrative.均获维持"]
    if t4_only:
        for f in upheld:
            broken += 1
            groups: dict[str, list[str]] = {}
            for k in f.cells:  # each group's printed outcomes, so the reader sees what 「均获维持」 leaves out
                g, c = k.split(".")[1:]
                if c != "tot" and k in cells and cells[k]["value"]:
                    groups.setdefault(g, []).append(f"{ts.T4_COL_LABELS[c]}{fmt(cells[k]['value'])}件")
            shown = "；".join(f"{ts.T4_GROUP_LABELS[g]}{'、'.join(v)}" for g, v in groups.items())
            said = _own_sentence(f.quotes[0] if f.quotes else "", "均")
            lines.append(f"正文「{said}」称均获维持，但表四：{shown} ✗")
            keys += f.cells
    if not lines and named and not t4_only:
        return _not_stated(ctx, rid, cells, values, named)
    if not lines:
        return None
    head = "不一致：" if broken else (alt or "一致：")
    cits = [cell_citation(rid, ctx.entry(rid), cells, keys)] if keys else []
    return ctx.answer(head + "；".join(lines[:SHOWN]) + "。", "check", citations=cits)


def _own_sentence(quote: str, word: str) -> str:
    """The sentence of `quote` that says `word` (a finding's quote may run on from the one before)."""
    at = max(quote.find(word), 0)
    return quote[max(quote.rfind("。", 0, at), quote.rfind("；", 0, at)) + 1 :]


_APP_ROWS = {"new", "carry_in", "r7", "carry_out"}
# a row of 表三's applications named by its own words (not 「申请数」 alone, which asks every count the text states)
_ROW_SAID = re.compile(r"新收|收到|受理|结转|办结|办理结果|总计")
_APPS_WORDS = re.compile(r"申请|受理|办结|收到|结转")
_NOT_APPS = re.compile(r"表[二四]|复议|诉讼|规范性文件|主动公开|不予|无法提供|予以公开|部分公开|其他处理")


def _applications_asked(q: str, named: set[str], t4_only: bool) -> bool:
    """Is a text-vs-table question about the year's applications as a whole (received, answered,
    carried over) — not a result row, not table 二/四?"""
    return not t4_only and named <= _APP_ROWS and bool(_APPS_WORDS.search(q)) and not _NOT_APPS.search(q)


# the counts a text states of the year's applications, in its own words, per 表三 row (its sentence must
# speak of 申请, not of 复议/诉讼/咨询): 「共收到70件申请」「办结69件」「1件结转下年度」「上年结转2件」
_APP_COUNTS = (
    ("new", re.compile(r"(?:收到|受理|接收|接到)[^。；;，,\d]{0,24}?(\d+)\s*件")),
    ("carry_in", re.compile(r"上一?年度?结转[^。；;，,\d]{0,16}?(\d+)\s*件")),
    ("r7", re.compile(r"办结[^。；;，,\d]{0,6}?(\d+)\s*件|(\d+)\s*件[^。；;，,\d]{0,2}(?:已|均已)?办结")),
    (
        "carry_out",
        re.compile(
            r"(\d+)\s*件[^。；;，,\d]{0,4}结转(?:到|至)?下一?年度?|结转(?:到|至)?下一?年度?[^。；;，,\d]{0,8}?(\d+)\s*件"
        ),
    ),
)


def _application_counts(text: str) -> list[tuple[str, float, str]]:
    """(row, number, quote) for each row the text states once (two different figures for one row: not
    read — which one the table is checked against would be a guess). A figure box's figures are not read here:
    their labels stand on their own lines (narrative_checks reads each with its own)."""
    out = []
    boxes = figure_boxes(text)
    for row, rx in _APP_COUNTS:
        found: dict[float, str] = {}
        for m in rx.finditer(text):
            if any(b.start <= m.start() < b.end for b in boxes):
                continue
            a = max(text.rfind(ch, 0, m.start()) for ch in "。；;\n") + 1
            b = min((i for i in (text.find(ch, m.end()) for ch in "。；;\n") if i >= 0), default=len(text))
            near = text[max(a, m.start() - 24) : min(b, m.end() + 6)]  # (「…详见行政复议、诉讼情况」 later on)
            if row != "carry_in" and re.search(
                r"上一?年度?(?:同期)?(?:共|已)?$", text[max(a, m.start() - 6) : m.start()]
            ):
                continue  # (ycfix) 「办结68件，上年办结75件」: last year's figure, not the year's own
            # (「…申请减少7件（上年73件），下降9.6%；办结68件」: the applications said earlier in the sentence, before its 「；」)
            whole = max(text.rfind(ch, 0, m.start()) for ch in "。\n") + 1
            if "申请" not in text[min(a, whole) : b] or re.search(
                r"复议|诉讼|咨询|互动|信访|留言|来电|信件|信箱", near
            ):
                continue
            if row == "new" and re.search(r"上一?年度?结转", text[max(a, m.start() - 6) : m.start()]):
                continue
            c = max(text.rfind(ch, a, m.start()) for ch in "，,（(") + 1 if row != "carry_out" else m.start()
            found.setdefault(float(next(g for g in m.groups() if g)), joined(text[max(a, c) : m.end()]).strip())
        if len(found) == 1:
            ((v, quote),) = found.items()
            out.append((row, v, quote))
    return out


def _items_named(q: str) -> set[str]:
    """The 表三 rows (groups whole) a consistency question names as its item: 「不予处理」 → r5,
    「收到」 → new; 「申请办理情况」 names none (every statement is asked)."""
    from ..intent import found_terms

    hits = [t for _, _, t in found_terms(q, "t3", "row") if not t.generic]
    rows = {t.key.split("_")[0] if t.key.split("_")[0] in ts.T3_GROUPS else t.key for t in hits}
    return rows


def _said_in_words(ctx: Context, rid: str, cells: dict, values: dict, rows: set[str]) -> Answer | None:
    """A row the statements missed but the text says in words (「全年收到公民、法人和其他组织政府信息
    公开申请共19件」): its figure read as the rows' one reader does, against the table."""
    from . import textrow

    lines, keys, broken = [], [], 0
    for r in sorted(rows):
        got = textrow.stated(ctx, rid, CellMeasure(table="t3", row=r))
        own = cells_read(values, [r])
        if got is None or not own or any(values.get(k) is None for k in own):
            continue
        stated, cit = got
        tv = sum(values[k] for k in own)
        extra = cells_read(values, ["carry_in"]) if r == "new" else []
        with_carry = tv + sum(values.get(k) or 0 for k in extra)
        keys += own
        if stated == tv:
            lines.append(f"正文「{cit.quote}」= 表三{ts.short_label('t3', r)}{fmt(tv)} ✓")
        elif extra and stated == with_carry:
            keys += extra
            lines.append(f"正文「{cit.quote}」= 表三本年新收{fmt(tv)}+上年结转{fmt(with_carry - tv)}={fmt(stated)} ✓")
        else:
            broken += 1
            lines.append(f"正文「{cit.quote}」≠ 表三{ts.short_label('t3', r)}{fmt(tv)} ✗")
    if not lines:
        return None
    return ctx.answer(
        ("不一致：" if broken else "一致：") + "；".join(lines) + "。",
        "check",
        citations=[cell_citation(rid, ctx.entry(rid), cells, keys)],
    )


def _not_stated(ctx: Context, rid: str, cells: dict, values: dict, rows: set[str]) -> Answer | None:
    """The item asked is not stated in the text: said so, with the table's figure — never another
    statement in its place."""
    keys = [k for r in sorted(rows) for k in cells_read(values, [r])]
    if not keys or any(values.get(k) is None for k in keys):
        return None
    said = _said_in_words(ctx, rid, cells, values, rows)
    if said:
        return said
    shown = "，".join(
        f"{ts.short_label('t3', r)}{fmt(sum(values[k] for k in cells_read(values, [r])))}件" for r in sorted(rows)
    )
    ans = ctx.answer(
        f"{NOT_MENTIONED}：正文没有写出{'、'.join(ts.short_label('t3', r) for r in sorted(rows))}的件数，无法与表格核对"
        f"（表三{shown}）。",
        "check",
        citations=[cell_citation(rid, ctx.entry(rid), cells, keys)],
    )
    report = ctx.store.report(rid) if rows == {"new"} else None
    implied = _implied_new(ctx, rid, report, cells, values) if report is not None else None
    if implied is not None and not implied.answer.startswith(NOT_MENTIONED):
        # (ycfix) the text states only the change against last year: what it implies, said beside (not as its figure)
        ans.answer += f"正文只写了较上年的增减，{implied.answer.split('：', 1)[1]}"
        ans.citations = [*ans.citations, *implied.citations[:1]]
    return ans


_Q_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*件")
_BARE_CARRY = re.compile(r"(?<!上年)(?<!上一年)(?<!上年度)结转(?!自)")


def _asserted_rows(q: str) -> list[tuple[str, float, str]]:
    """(words, number, 表三 row) for each count the question states with the row its own clause names:
    the words before the number (「办结69件」) or, when none, after it (「1件结转」)."""
    from ..intent import found_terms

    out = []
    found = list(_Q_NUMBER.finditer(q))
    for i, m in enumerate(found):
        # (「收70件办结69件结转1件」: a number's words end at the number before it and the one after it)
        start = found[i - 1].end() if i else 0
        end = found[i + 1].start() if i + 1 < len(found) else len(q)
        before = re.split(r"[，,、；;。“”「」\"'：:和与及（）()]", q[start : m.start()])[-1]
        after = re.split(r"[，,、；;。“”「」\"'：:和与及（）()]", q[m.end() : end])[0]
        for seg in (before, after):
            if found_terms(seg, "t3", "col"):
                break  # 「自然人72件」: a column's count, not the row's total
            rows = [t.key for _, _, t in found_terms(seg, "t3", "row")]
            if not rows and _BARE_CARRY.search(seg):
                rows = ["carry_out"]  # 「1件结转」: what is carried on, said without 下年度
            if not rows and seg is before and re.search(r"(?:收|收到|受理|接收|接到)了?$", seg):
                rows = ["new"]  # 「正文说收70件」: received, said with the verb alone
            if rows:
                said = re.sub(r"^(?:正文|报告|文中|文字|年报)?(?:里|中)?(?:说|称|讲|写)(?:的|了)?", "", seg)
                word = f"{said}{m.group()}" if seg is before else f"{m.group()}{seg}"
                out.append((word.strip(), float(m.group(1)), rows[-1] if seg is before else rows[0]))
                break
    return out


def _row_value(values: dict, row: str) -> float | None:
    """A row of 表三 in the 总计 column: printed, or for a group (不予公开 …) the sum of its sub-rows."""
    keys = cells_read(values, [row])
    if not keys or any(values.get(k) is None for k in keys):
        return None
    return sum(values[k] for k in keys)


def narrative_row(ctx: Context, rid: str, cells: dict, m: CellMeasure) -> Answer | None:
    """Narrative numbers about one table row (「正文的规范性文件清理结果与表二一致吗」): each cell of the
    row against the numbers the text states in sentences naming that row."""
    words = [w for t in ts.ROW_TERMS[m.table] if t.key == m.row for w in t.words]
    prefix = f"{m.table}.{m.row}."
    row_cells = {k: c for k, c in cells.items() if k.startswith(prefix) and c["value"] is not None}
    from ..intent import found_terms

    cols = {t.key for _, _, t in found_terms(ctx.q, m.table, "col")}
    row_cells = {k: c for k, c in row_cells.items() if k.split(".")[2] in cols} or row_cells  # the column named
    if not row_cells:
        return None
    report = ctx.store.report(rid)
    asked_cols = cols or {k.split(".")[2] for k in row_cells}  # none named: every column of the row
    col_words = [w for t in ts.COL_TERMS[m.table] if t.key in asked_cols for w in t.words]
    metrics = [
        x
        for x in ctx.store.metrics(rid)
        if any(re.search(w, x["quote"] + x["label"]) for w in words)
        or any(re.search(w, x["label"] or x["quote"]) for w in col_words)  # 「废止25件」 beside 「保留…181件」
    ]
    text = report.text if report else ""
    if not metrics and m.table == "t2" and text:  # (「8件文件予以废止」: a count no metric was read for)
        metrics = _counts_said(text, col_words)
    if not metrics:
        return None
    lines, used, broken = [], [], 0

    def clause(x) -> str:  # the number's own clause, up to the number (「保留部门规范性文件181件」)
        a = max(text.rfind(ch, 0, x["start"]) for ch in "，,；;。：:") + 1
        return text[a : x["end"]]

    for k, c in row_cells.items():
        col = k.split(".")[2]
        label = ts.col_label(m.table, col) if m.table == "t2" else _name(k, "col")
        said = []
        if m.table == "t2" and text:  # a count of documents said with the column's own words (not 「7次」)
            cw = [w for t in ts.COL_TERMS[m.table] if t.key == col for w in t.words]
            said = [x for x in metrics if (x["unit"] or "").endswith("件") and any(re.search(w, clause(x)) for w in cw)]
        hit = next((x for x in said if x["value"] == c["value"]), None)
        if hit is None and not (m.table == "t2" and text):
            hit = next((x for x in metrics if x["value"] == c["value"]), None)
        if hit:
            lines.append(f"{label}{fmt(c['value'])} = 正文「{hit['quote']}」 ✓")
            used.append(k)
        elif said:
            broken += 1
            lines.append(f"{label}{fmt(c['value'])} ≠ 正文「{said[0]['quote']}」 ✗")
            used.append(k)
    if lines and broken:
        return ctx.answer(
            "不一致：" + "；".join(lines) + "。", "check", citations=[cell_citation(rid, ctx.entry(rid), cells, used)]
        )
    if not lines:
        stated = "、".join(f"「{x['quote']}」" for x in metrics[:3])
        shown = "，".join(f"{ts.col_label(m.table, k.split('.')[2])}{fmt(c['value'])}" for k, c in row_cells.items())
        return ctx.answer(
            f"不一致：正文{stated}，表格{ts.row_label(m.table, m.row)}{shown}。",
            "check",
            citations=[cell_citation(rid, ctx.entry(rid), cells, list(row_cells))],
        )
    _ = report
    return ctx.answer(
        "一致：" + "；".join(lines) + "。", "check", citations=[cell_citation(rid, ctx.entry(rid), cells, used)]
    )


def _counts_said(text: str, words: list[str]) -> list[dict]:
    """Counts of documents the text states with a column's own word right after or before the number
    (「8件文件予以废止」「废止文件8件」), in a sentence about documents — read as metrics are."""
    out = []
    for w in words:
        rx = re.compile(rf"(\d+)\s*件[^，,。；;\d]{{0,8}}?(?:{w})|(?:{w})[^，,。；;\d]{{0,8}}?(\d+)\s*件")
        for hit in rx.finditer(text):
            a = max(text.rfind(ch, 0, hit.start()) for ch in "，,；;。") + 1
            if not re.search(r"文件|规章|规范性", text[max(0, a - 80) : hit.end()]):
                continue
            out.append(
                {
                    "value": float(hit.group(1) or hit.group(2)),
                    "unit": "件",
                    "label": w,
                    "quote": joined(text[a : hit.end()]),
                    "start": hit.start(),
                    "end": hit.end(),
                }
            )
    return out


# ------------------------------------------------------------------ completeness
def blanks(ctx: Context, rid: str, cells: dict) -> Answer:
    """「表三“二、上年结转…”一行填写完整吗」: the blank cells of the row / column / table asked,
    and what the identities say they should be."""
    q = ctx.q
    ms = [m for m in ctx.question.cells if m.table == "t3"]
    row = ms[0].row if ms and re.search(r"一行|这行|行的|行填写|该行", q) else None
    col = "tot" if re.search(r"总计", q) and not row else None
    table = named_table(q, ("t4", "t2"), "t3")
    picked = [
        k
        for k, c in cells.items()
        if c["placeholder"]
        and k.startswith(table + ".")
        and (row is None or k.startswith(f"{table}.{row}."))
        and (col is None or k.endswith("." + col))
    ]
    if not picked:
        return ctx.answer(
            "完整：所问的单元格都填写了数字。",
            "check",
            citations=[Citation(report_id=rid, agency=ctx.entry(rid).agency, year=ctx.entry(rid).year)],
        )
    from ..cite import cell_label

    implied = []
    for e in _equations(cells, ["H1", "H2", "H3", "H5"]):
        if len(e.lhs) == 1 and e.lhs[0] in picked:
            vals = [cells[k]["value"] if k in cells else None for k in e.rhs]
            if all(v is not None for v in vals):
                implied.append(
                    f"{cell_label(e.lhs[0], cells)}按{e.label.split('：')[-1]}应为{fmt(sum(v or 0 for v in vals))}"
                )
    from ..cite import cells_in_words

    names = cells_in_words(picked[:24], cells)
    text = f"不完整：{len(picked)}个单元格为空白（{names}{'等' if len(picked) > 24 else ''}），相关勾稽关系无法核对。"
    if implied:
        text += "；".join(implied[:4]) + "。"
    return ctx.answer(text, "check", citations=[cell_citation(rid, ctx.entry(rid), cells, picked[:30])])


# ------------------------------------------------------------------ across years
def carry_over(ctx: Context) -> Answer | None:
    """S1: this year's 上年结转 against last year's 结转下年度, column by column, for each pair of
    consecutive years of one agency in scope."""
    ids = sorted(ctx.ids, key=lambda r: ctx.entry(r).year or 0)
    if len(ids) < 2 or not ctx.one_agency():
        return None
    by = ctx.store.cells_of(ids)
    lines, cits, ok, unknown = [], [], True, False
    for prev, cur in zip(ids, ids[1:]):
        yp, yc = ctx.entry(prev).year, ctx.entry(cur).year
        if not yp or not yc or yc <= yp:
            continue
        pc, cc = by[prev], by[cur]
        if yc != yp + 1:  # 2021 → 2023: the year between is not in the store, nothing to carry over to
            gap = "、".join(f"{y}年" for y in range(yp + 1, yc))
            a, b = pc.get("t3.carry_out.tot"), cc.get("t3.carry_in.tot")
            lines.append(
                f"{yp}年结转下年度{fmt(a['value'] if a else None)}件，{yc}年上年结转{fmt(b['value'] if b else None)}件"
                f"（中间缺{gap}的报告，不能直接衔接）"
            )
            unknown = True
            continue
        cols = [c for c in ts.T3_COLS if f"t3.carry_out.{c}" in pc and f"t3.carry_in.{c}" in cc]
        if not cols:
            continue
        diffs = [c for c in cols if pc[f"t3.carry_out.{c}"]["value"] != cc[f"t3.carry_in.{c}"]["value"]]
        ok &= not diffs
        a, b = pc.get("t3.carry_out.tot"), cc.get("t3.carry_in.tot")
        detail = "；".join(
            f"{ts.T3_COL_LABELS[c]}{fmt(pc[f't3.carry_out.{c}']['value'])}≠{fmt(cc[f't3.carry_in.{c}']['value'])}"
            for c in diffs
        )
        lines.append(
            f"{yp}年结转下年度{fmt(a['value'] if a else None)}件，{yc}年上年结转{fmt(b['value'] if b else None)}件"
            + (f" ✗（{detail}）" if diffs else " ✓")
        )
        cits += [
            cell_citation(prev, ctx.entry(prev), pc, [f"t3.carry_out.{c}" for c in cols]),
            cell_citation(cur, ctx.entry(cur), cc, [f"t3.carry_in.{c}" for c in cols]),
        ]
    if not lines:
        return None
    head = "不一致：" if not ok else "无法完全核对：" if unknown and len(lines) == 1 else "一致："
    return ctx.answer(head + "；".join(lines) + "。", "compare", citations=cits)


# ------------------------------------------------------------------ entry points
TEMPLATE_NAMES = {
    "GF2021": "2021年版格式（国办公开办函〔2021〕30号）",
    "GF2019": "2019年版格式（国办公开办函〔2019〕60号）",
    "LEGACY": "2019年新条例施行前的旧版格式",
    "UNKNOWN": "未能识别的格式",
}


def template(ctx: Context) -> Answer | None:
    if ctx.n != 1:
        return None
    e = ctx.entry(ctx.ids[0])
    name = TEMPLATE_NAMES.get(template_in_force(e), e.template)
    return ctx.answer(f"{name}。", "check", citations=[Citation(report_id=e.id, agency=e.agency, year=e.year)])


def tables_present(ctx: Context) -> Answer | None:
    if ctx.n != 1:
        return None
    rid = ctx.ids[0]
    m = ctx.question.first(SectionMeasure)
    if getattr(m, "part", None) == "template":
        return template(ctx)
    t = getattr(m, "table", None) or "t3"
    cells = ctx.store.cells_of([rid])[rid]
    e = ctx.entry(rid)
    have = sorted(k for k in cells if k.startswith(t + "."))
    if have:
        return ctx.answer(
            f"有。{e.template}格式，{ts.TABLE_NAMES[t]}已读取（{len(have)}个单元格）。",
            "check",
            citations=[cell_citation(rid, e, cells, have[:5])],
        )
    why = "这是2019年新条例施行之前的旧版格式报告，没有这张统计表" if e.template == "LEGACY" else "报告中没有找到这张表"
    return ctx.answer(f"没有。{why}。", "check", citations=[Citation(report_id=rid, agency=e.agency, year=e.year)])


_CARRY_OUT = re.compile(r"转出|(?:转|带|留|结转)(?:到|至|入)?下一?年|没办完|未办结")
_CARRY_IN = re.compile(r"转进|转入(?!下)|转来|(?:上年|上一年|去年)(?:度)?(?:结转|转|带|留)|带过来|接过来")


# the year before's 结转下年度 named beside this report's 上年结转 (S1 asked of one report)
_PREVIOUS_CARRY_OUT = re.compile(
    # (「上年结转」 is the template's own row of THIS report — 「把上年结转、结转下年度也算进去」 names no year before;
    # 「上年结转下年度的数字」 is last year's carry out)
    r"(?:上一年度?|去年|前一年|上年度?(?!结转(?!(?:到|至)?下一?年)))(?:的|报告|年报|那份)?[^，,？?]{0,6}"
    r"(?:结转(?:到|至)?下一?年|转(?:到|至|入)下一?年|没办完)"
)


# 「接上了没有」「衔接吗」「对得上吗」: one year's carry picking up the other's (the continuity itself asked)
_CONTINUITY = re.compile(r"接(?:得|不|没接)?上|衔接|对(?:得|不)?上|一致|相符|相等|吻合|匹配|对应")


def _carry_from_previous(ctx: Context) -> Answer | None:
    """S1 of one report: its 上年结转 against the same agency's report of the year before — the two
    reports read as a series of two."""
    from dataclasses import replace

    from ..scope import Resolved

    rid = ctx.ids[0]
    e = ctx.entry(rid)
    if not e.year or not e.agency_key:
        return None
    before = [p for p in ctx.catalogue.reports([e.agency_key], [e.year - 1]) if p.id != rid]
    if not before and _CONTINUITY.search(ctx.q):
        # 「去年结转下年度的数，今年上年结转接上了没有」 with last year's report not stored: nothing to check it against
        # (never this report's own balance in its place)
        cells = ctx.store.cells_of([rid])[rid]
        b = cells.get("t3.carry_in.tot")
        shown = f"（本报告{e.year}年上年结转{fmt(b['value'])}件）" if b else ""
        return ctx.answer(
            f"{NOT_MENTIONED}：库中没有{e.agency}{e.year - 1}年的报告，无法核对其结转下年度与{e.year}年上年结转是否衔接{shown}。",
            "check",
            citations=[cell_citation(rid, e, cells, ["t3.carry_in.tot"])] if b else [],
        )
    if len(before) != 1:
        return None  # none stored (or two of that year: which one carried over is not guessed)
    pair = Resolved([before[0].id, rid], ctx.scope.scope, agencies=ctx.scope.agencies)
    return carry_over(replace(ctx, scope=pair, _one=None))


_MORE_THAN = re.compile(r"比[^，,？?]{0,12}?(多|少|高|低|增加|减少|增长|下降)")


def _claimed_change(ctx: Context) -> Answer | None:
    """A claim that one year's cell is more (or less) than another's, checked against both printed
    values; a number the question states for the year it names first is checked too."""
    from .. import values as vals

    # the cell named, else the row a stated number's own words name (「受理78件」)
    m = next(iter(ctx.question.cells), None) or CellMeasure(table="t3", row=_asserted_rows(ctx.q)[0][2])
    ids = sorted(ctx.ids, key=lambda r: ctx.entry(r).year or 0)
    if not ctx.one_agency() or len({ctx.entry(r).year for r in ids}) != 2:
        return None
    from . import textrow

    got = vals.measure(ctx.store, m, ids, None)
    said_in_text = {}
    for r in ids:  # a report printing no readable table: the figure its text states (quoted)
        if got.get(r) is None and (told := textrow.stated(ctx, r, m)) is not None:
            got[r], said_in_text[r] = told
    if any(got.get(r) is None for r in ids):
        return None
    q = ctx.q
    said = _MORE_THAN.search(q)
    assert said is not None
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", q[: said.start()])]
    first = next((r for r in ids if ctx.entry(r).year in years[-1:]), ids[1])  # the year said before 比
    other = next(r for r in ids if r != first)
    a, b = got[first], got[other]
    assert a is not None and b is not None
    more = said.group(1) in ("多", "高", "增加", "增长")
    holds = a > b if more else a < b
    stated = [v for v in ctx.question.asserted if v not in {ctx.entry(r).year for r in ids}]
    right = not stated or stated[0] == a
    ya, yb = ctx.entry(first).year, ctx.entry(other).year
    unit = vals.unit_of(m)
    diff = f"，{'多' if a > b else '少' if a < b else '相同'}{fmt(abs(a - b)) + unit if a != b else ''}"
    text = f"{ya}年{m.label}{fmt(a)}{unit}，{yb}年{fmt(b)}{unit}{diff}"
    if stated and not right:
        text += f"；所说的{fmt(stated[0])}{unit}与表中的{fmt(a)}{unit}不符"
    head = "属实：" if holds and right else "不成立："
    by = ctx.store.cells_of(ids, vals.candidate_keys(m))
    cits = [
        said_in_text[r] if r in said_in_text else cell_citation(r, ctx.entry(r), by[r], vals.keys_in(m, by[r]))
        for r in (first, other)
    ]
    if said_in_text:
        text += "（" + "、".join(f"{ctx.entry(r).year}年" for r in ids if r in said_in_text) + "取自正文）"
    return ctx.answer(f"{head}{text} {'✓' if holds and right else '✗'}。", "compare", citations=cits)


def explain(ctx: Context) -> Answer | None:
    q = ctx.q
    cellms = ctx.question.cells
    rows = {m.row for m in cellms}
    if ctx.n > 1 and ({"carry_in", "carry_out"} <= rows or _CARRY_OUT.search(q) and _CARRY_IN.search(q)):
        return carry_over(ctx)  # 「20年转出去的和21年转进来的对得上吗」: S1 in plain words
    if ctx.n == 2 and (cellms or _asserted_rows(q)) and _MORE_THAN.search(q):
        return _claimed_change(ctx)  # 「2020年受理78件比2019年多，是真的吗」: the two years' cells
    if ctx.n != 1:
        return None
    if _PREVIOUS_CARRY_OUT.search(q):  # 「上一年结转下年度的数和今年上年结转的数能对上吗」 of one report
        ans = _carry_from_previous(ctx)
        if ans is not None:
            return ans
    rid = ctx.ids[0]
    cells = ctx.store.cells_of([rid])[rid]
    finding = ctx.question.first(FindingMeasure)
    if re.search(r"前言|部分组成|(?<!第)(?:几|[二三四五六七八]|两)个?部分|章节|组成部分", q):
        return structure(ctx, rid)
    if (
        isinstance(finding, FindingMeasure)
        and finding.finding == "blank_cells"
        and re.search(r"完整|齐全|空白|未填|没填|缺项", q)
    ):
        return blanks(ctx, rid, cells)
    if ctx.question.asserted and re.search(r"表二|主动公开情况", q) and not [m for m in cellms if m.table != "t2"]:
        ans = asserted_in_table(ctx, rid, cells, "t2")
        if ans:
            return ans
    if re.search(r"百分比|百分之|比例|占比|比重", q) or (  # the printed share itself is asked
        re.search(r"算得?对", q) and not re.search(r"总计|合计|之和|加起来|相加|表[三四]|复议|诉讼", q)
    ):
        ans = percentages(ctx, rid, cells)
        if ans:
            return ans
    said = re.search(
        r"正文|文字|文中|叙述|描述|报告说|报告称|报告里说|报告中说|称|所说|说的|说法|所述|表述|提到的|"
        + intent.FIGURE_BOX_NAMES,
        q,
    ) or (
        re.search(r"表二", q) and re.search(r"清理", q)  # 「规范性文件清理数和表二对得上吗」: the text's clean-up
    )
    if any(k.startswith("t4.") for k in cells):  # 「说复议诉讼“均获维持”，表四真是这样吗」: the claim itself
        ans = outcome_claim(ctx, rid, cells)
        if ans:
            return ans
    if said and _TEXT_RESULTS.search(q) and _ADDED.search(q) and not named_table(q, ("t3", "t4")):
        report = ctx.store.report(rid)
        ans = text_results(ctx, rid, report) if report is not None else None
        if ans is not None:  # 「正文各类答复数加起来等于答复总数吗」: the text against itself, not the table
            return ans
    if cells and not said and len(_checks_asked(q)) == 1:
        return identities(ctx, rid, cells, _checks_asked(q))  # 「新收的70件和办理结果、结转下年度能对上吗」: H1 itself
    if said or ctx.question.asserted:
        t2 = [m for m in cellms if m.table == "t2"]
        if not t2 and not cellms and _DOCS_WORDS.search(q):  # 「正文废止数与表二本年废止是否吻合」: the documents row
            t2 = [CellMeasure(table="t2", row="norm", col="valid")]
        if t2:
            return narrative_row(ctx, rid, cells, t2[0])
        ans = narrative(ctx, rid, cells)
        if ans:
            return ans
        if said and re.search(r"申请|表三|办理情况", q) and not named_table(q, ("t4",)):
            ans = _not_stated(ctx, rid, cells, {k: c["value"] for k, c in cells.items()}, {"new", "r7"})
            if ans:  # the text states no count of applications: said so, never the identities instead
                return ans
    if not cells:
        return None
    return identities(ctx, rid, cells, _checks_asked(q))


# ------------------------------------------------------------------ a claim about 表四's outcomes
_ALL_KEPT = re.compile(
    r"(?:均|全|全部|都|一律|全都)(?:获|被|是|为|得到|已)?(?:维持|胜诉)|无一(?:被)?(?:纠错|纠正|败诉)"
)
_NONE_FIXED = re.compile(
    r"(?:未|没有?|无|零|均未|都没有?|从未)(?:被|发生|出现)?(?:纠错|纠正|败诉|撤销)|纠错率?(?:为|是)?\s*(?:0|零)"
)


def outcome_claim(ctx: Context, rid: str, cells: dict) -> Answer | None:
    """「说复议诉讼“均获维持”，表四真是这样吗」「正文说行政复议未被纠错，和表四一致吗」: the claim
    against each named group's columns — all kept means 维持 = 总计, none corrected means 纠正 = 0 —
    with the printed numbers, never the row's own identity (H5) instead."""
    q = ctx.q
    kept = _ALL_KEPT.search(q)
    claim = kept or _NONE_FIXED.search(q)
    if claim is None:
        return None
    groups = [g for g in ts.T4_GROUPS if re.search(ts.T4_KIND_PATTERNS[g], q)]
    if not groups:
        groups = (["rv"] if "复议" in q else []) + (["ld", "lr"] if "诉讼" in q or "起诉" in q else [])
    groups = groups or list(ts.T4_GROUPS)
    values = {k: c["value"] for k, c in cells.items()}
    lines, bad, keys = [], 0, []
    for g in groups:
        row = {c: values.get(f"t4.{g}.{c}") for c in ts.T4_COLS}
        if all(v is None for v in row.values()):
            continue
        keys += [f"t4.{g}.{c}" for c in ts.T4_COLS if f"t4.{g}.{c}" in cells]
        tot = row["tot"]
        if tot is None:
            tot = sum(v or 0 for c, v in row.items() if c != "tot")
        if not tot and not row["keep"]:
            lines.append(f"{ts.T4_GROUP_LABELS[g]}总计{fmt(row['tot'])}件（无案件）")
            continue
        parts = "，".join(
            f"{ts.T4_COL_LABELS[c]}{fmt(row[c])}{'' if row[c] is None else '件'}"
            for c in ("keep", "fix", "other", "pend")
            if row[c] or c in ("keep", "fix")
        )
        ok = (row["keep"] or 0) == tot if kept else not row["fix"]
        bad += not ok
        lines.append(f"{ts.T4_GROUP_LABELS[g]}总计{fmt(tot)}件，{parts} {'✓' if ok else '✗'}")
    if not lines or not keys:
        return None
    said = claim.group(0)
    head = f"不一致：所说「{said}」与表四不符：" if bad else f"一致：所说「{said}」与表四相符："
    report = ctx.store.report(rid)
    stated = [f for f in (report.findings if report else []) if f.where == "narrative.均获维持" and f.quotes]
    if stated and kept:  # the report's own sentence, quoted
        head += f"正文「{_own_sentence(stated[0].quotes[0], '均')}」；"
    return ctx.answer(
        head + "；".join(lines) + "。", "check", citations=[cell_citation(rid, ctx.entry(rid), cells, keys)]
    )


_TABLE_SHORT = {"t2": "表二", "t3": "表三", "t4": "表四"}
_DOCS_WORDS = re.compile(r"表二|规范性文件|废止|现行有效|保留|制发")
_STATED = re.compile(r"([\u4e00-\u9fff]{1,8}?)\s*(\d+(?:\.\d+)?)\s*(?:件|条|个|项|万元|元)")


def asserted_in_table(ctx: Context, rid: str, cells: dict, table: str) -> Answer | None:
    """「正文“保留181件、废止25件”和表二一致吗」: each number the question states, against the cells of
    the named table whose column (or row) the word before it names — the printed value shown beside
    the stated one."""
    from ..intent import found_terms

    lines, used, broken = [], [], 0
    for m in _STATED.finditer(ctx.q):
        seg = re.split(r"[，,、；;。“”「」\"'：:]", ctx.q[: m.start(2)])[-1]
        word, stated = re.sub(r"^.*?(?:说|称|写|是|为)(?=.)", "", seg).strip(), float(m.group(2))
        cols = {t.key for _, _, t in found_terms(seg, table, "col")}
        rows = {t.key for _, _, t in found_terms(ctx.q, table, "row")}
        cands = [
            k
            for k, c in cells.items()
            if k.startswith(table + ".")
            and c["value"] is not None
            and (not cols or k.split(".")[2] in cols)
            and (not rows or k.split(".")[1] in rows)
        ]
        if not cols and not rows:
            continue
        if not cands:
            continue
        hit = next((k for k in cands if abs(cells[k]["value"] - stated) < 1e-9), None)
        name = lambda k: f"{ts.row_label(table, k.split('.')[1])}{ts.col_label(table, k.split('.')[2])}"  # noqa: E731
        if hit:
            lines.append(f"「{word}{fmt(stated)}」= {_TABLE_SHORT[table]}{name(hit)}{fmt(cells[hit]['value'])} ✓")
            used.append(hit)
        else:
            broken += 1
            shown = "，".join(f"{name(k)}{fmt(cells[k]['value'])}" for k in cands[:3])
            lines.append(f"「{word}{fmt(stated)}」≠ {_TABLE_SHORT[table]}{shown} ✗")
            used += cands[:3]
    if not lines:
        return None
    return ctx.answer(
        ("不一致：" if broken else "一致：") + "；".join(lines) + "。",
        "check",
        citations=[cell_citation(rid, ctx.entry(rid), cells, used)],
    )


_PCT = re.compile(r"(\d+)\s*件[^。；;%]{0,6}?占\s*(?:比\s*)?(\d+(?:\.\d+)?)\s*%")
_RESULT_WORDS = re.compile(r"公开|不予|无法提供|不予处理|其他处理|答复|办结")


def percentages(ctx: Context, rid: str, cells: dict) -> Answer | None:
    """「予以公开及部分公开258件，占33.9%」: each printed share of the applications, recomputed — a result
    over table 三's 办理结果总计, anything else over 本年新收 — the printed and the computed value shown."""
    report = ctx.store.report(rid)
    if report is None:
        return None
    from ..cite import joined

    text = report.text
    asked = [v for v in ctx.question.asserted if any(abs(v - float(m.group(2))) < 1e-9 for m in _PCT.finditer(text))]
    lines, used, broken = [], [], 0
    for m in _PCT.finditer(text):
        n, p = float(m.group(1)), float(m.group(2))
        if asked and p not in asked:
            continue
        start = max(text.rfind(ch, 0, m.start(1)) for ch in "，,；;。") + 1
        said = joined(text[start : m.end()])
        result = bool(_RESULT_WORDS.search(text[start : m.start(1)]))
        key = "t3.r7.tot" if result else "t3.new.tot"
        base = cells.get(key)
        if base is None or not base["value"]:
            continue
        got = 100 * n / base["value"]
        d = len(m.group(2).split(".")[1]) if "." in m.group(2) else 0
        ok = abs(got - p) <= 0.5 * 10**-d + 0.01
        broken += not ok
        what = "办理结果总计" if result else "本年新收"
        lines.append(
            f"正文「{said}」：{fmt(n)}÷{fmt(base['value'])}（表三{what}）={got:.2f}%，"
            + ("与所印相符 ✓" if ok else f"而所印为{fmt(p)}% ✗")
        )
        used.append(key)
    if not lines:
        return None
    return ctx.answer(
        ("不一致：" if broken else "一致：") + "；".join(lines[:SHOWN]) + "。",
        "check",
        citations=[cell_citation(rid, ctx.entry(rid), cells, sorted(set(used)))],
    )


def structure(ctx: Context, rid: str) -> Answer | None:
    """S8: the preamble's list of parts against the section headings."""
    rows = [f for f in ctx.store.findings(rid) if f["check_id"] == "S8"]
    e = ctx.entry(rid)
    if rows:
        body = json.loads(rows[0]["body"])
        return ctx.answer(
            "不一致：" + "；".join(r["message"] for r in rows[:3]),
            "check",
            citations=[Citation(report_id=rid, agency=e.agency, year=e.year, quote=(body.get("quotes") or [""])[0])],
        )
    return ctx.answer(
        "一致：前言所列各部分与正文章节相符。",
        "check",
        citations=[Citation(report_id=rid, agency=e.agency, year=e.year)],
    )


def list_reports(ctx: Context) -> Answer | None:
    """「平潭有哪几年的年报？」「2023年的年报有哪些？」: the stored reports of the scope — or those of them in
    a template (「哪些是旧版格式」), or whose tables could not be read (published as images)."""
    part = getattr(ctx.question.first(SectionMeasure), "part", "reports")
    ids = ctx.ids
    if part == "template":
        want = template_asked(ctx.q)
        if want:
            ids = [r for r in ids if template_in_force(ctx.entry(r)) == want]
    elif part == "unreadable":
        have = ctx.store.db.execute(
            "SELECT DISTINCT report_id FROM cells WHERE tbl IN ('t2', 't3') AND report_id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        ).fetchall()
        with_tables = {r[0] for r in have}
        # no row of 表二 or 表三 read (not even glued), though the year's format prints them: the tables are pictures
        ids = [r for r in ids if r not in with_tables and template_in_force(ctx.entry(r)) in ("GF2019", "GF2021")]
        if not ids:
            return ctx.answer(f"没有：所查{ctx.n}份报告的统计表都读出了数字。", "check", value=0, unit="份")
    if not ids:
        return None
    from .corpus import counted

    shown = ids[:LISTED_REPORTS]
    lines = [f"{ctx.name(r)}（{template_in_force(ctx.entry(r))}）" for r in shown]
    more = f"等{len(ids)}份" if len(ids) > len(shown) else f"共{len(ids)}份"
    what = "统计表没有读出数字（可能以图片发布）的" if part == "unreadable" else ""
    lead, n, unit = counted(ctx, ids)
    if unit == "家":  # 「库里有几家单位」: the bodies counted, their reports listed
        more, what = f"{lead}的", ""
    else:  # one body's year stored from two files (漳州市芗城区 2017) is one report of that year (zzfix)
        n, twice = _agency_years(ctx, ids)
        if twice:
            more = f"共{n}份报告（{twice}，计为一份）。{'列举前' + str(len(shown)) + '份' if len(ids) > len(shown) else '列举'}："
            what = ""
    return ctx.answer(
        (more if more.endswith("：") else f"{more}{what}报告：") + "；".join(lines),
        "check",
        value=n,
        unit=unit,
        citations=[Citation(report_id=r, agency=ctx.entry(r).agency, year=ctx.entry(r).year) for r in shown],
    )


LISTED_REPORTS = 30


def _agency_years(ctx: Context, ids: list[str]) -> tuple[int, str]:
    """The reports counted once per body and year (two files of one body's year — a re-issue kept beside the
    first — are one report of it) and those years said: 「漳州市芗城区人民政府2017年有2份文件」."""
    seen: dict[tuple, list[str]] = {}
    for r in ids:
        e = ctx.entry(r)
        key = (e.agency_key or r, e.year) if e.year else (r, None)
        seen.setdefault(key, []).append(r)
    twice = [group for group in seen.values() if len(group) > 1]
    said = "、".join(f"{ctx.name(g[0])}有{len(g)}份文件" for g in twice[:3])
    return len(seen), said


_WITH_NUMBERS = 6  # a table's findings over a set: up to this many reports listed with their numbers (zffixa)


def _where_asked(ctx: Context, checks: list[str]) -> list[str]:
    """The rows, columns or groups whose findings a which-reports question asks about, from the cells it
    names: a row for H2 (「（七）总计行各列之和」), an applicant column for H1/H3, a 表四 group for H5 —
    none when it names none (every finding of those checks)."""
    cells = ctx.question.cells
    out: set[str] = set()
    if "H2" in checks:
        out |= {f"t3.{c.row}" for c in cells if c.table == "t3"}
        if not out and re.search(r"总计(?:那一?|这一?|一|的)?行", ctx.q):
            out.add("t3.r7")  # 「表三总计行加错了」: the row printed 「（七）总计」
    if {"H1", "H3"} & set(checks):
        out |= {f"t3.{c.col}" for c in cells if c.table == "t3" and c.col != "tot"}
    if "H5" in checks:
        groups = {c.row for c in cells if c.table == "t4"}
        groups |= {"ld", "lr"} if ts.T4_LAWSUITS in groups else set()
        out |= {f"t4.{g}" for g in groups & set(ts.T4_GROUPS)}
    return sorted(out)


def _printed_zero(body: dict) -> bool:
    """A broken identity whose one-cell side is printed 0 while the other side adds up to more
    (「行政复议总计印成0，其实有案件」: 淮阴区 2023's 0 against 11+1)."""
    values = body.get("values") or {}
    total = next((k for k in body.get("cells") or [] if k.endswith(".tot")), None)
    if total is None or values.get(total) != 0:
        return False
    return sum(v or 0 for k, v in values.items() if k != total) > 0


def which_reports(ctx: Context) -> Answer | None:
    """Reports of the scope with a kind of finding — of the identity, row/column/group and shape the
    question names (「哪几份报告办理结果总计那行加起来不等于总计」 = H2 at （七）总计; 「把行政复议总数印成0
    的」 = H5 at 行政复议 with its total printed 0): one query over the findings table."""
    from ..intent import ZERO_PRINTED

    m = ctx.question.first(FindingMeasure)
    assert isinstance(m, FindingMeasure)
    if m.finding == "blank_cells" and ctx.question.cells:
        return _blank_cells(ctx)
    checks = list(m.checks)
    if m.finding == "blank_cells":
        kinds, label = ["blank_cells"], "有空白单元格、无法核对勾稽关系"
    elif m.checks and all(c.startswith("S") for c in m.checks):
        kinds, label = ["report_defect"], "正文与表格不一致"
    else:
        kinds, label = ["report_defect"], "勾稽关系不成立"
        named = _checks_asked(ctx.q)
        checks = checks or (named if len(named) == 1 else [])
    wheres = _where_asked(ctx, checks) if kinds == ["report_defect"] and checks else []
    zero = kinds == ["report_defect"] and bool(ZERO_PRINTED.search(ctx.q))
    if wheres:
        label = f"{'、'.join(_where_name(w) for w in wheres)}{_CHECK_WORDS.get(checks[0], '')}不成立"
    if zero:
        label = "总计印为0、而各项之和大于0"
    scope = ctx.scope
    if scope.size is not None:  # a corpus scope: the store filters by its years
        found = ctx.store.finding_counts(kinds, m.table, checks or None, None, scope.sql_years, wheres or None)
        hits = [r for r in found if scope.keeps(r)]
    else:
        found = ctx.store.finding_counts(kinds, m.table, checks or None, scope.ids, None, wheres or None)
        hits = [r for r in scope.ids if r in found]
    if zero and hits:  # the shape asked, read from each finding's own values (few reports: their findings)
        by_report = ctx.store.findings_of(hits, kinds)
        keep = {
            rid: [
                f["check_id"]
                for f in fs
                if f["check_id"] in found[rid]
                and (not wheres or f["where"] in wheres)
                and _printed_zero(json.loads(f["body"]))
            ]
            for rid, fs in by_report.items()
        }
        found = {rid: cs for rid, cs in keep.items() if cs}
        hits = [r for r in hits if r in found]
    unread, k = _unchecked(ctx, m, checks) if kinds == ["report_defect"] else ("", 0)
    if not hits and k and k >= ctx.n:  # nothing could be checked: not a 「没有」
        return ctx.answer(f"无法核对：所查{ctx.n}份报告{unread.strip('（）').replace('另有', '中')}。", "check")
    if not hits:
        checked = f"所查{ctx.n}份报告中，表格可读的{ctx.n - k}份" if k else f"所查{ctx.n}份报告"
        return ctx.answer(f"没有：{checked}都没有{label}的情况{unread}。", "check", value=0, unit="份")
    shown = hits[:20]
    rows = ctx.store.findings_of(shown, kinds)
    if wheres or zero:  # each report's own finding, with its numbers (「左边 29，右边 28」)
        rows = {
            rid: [
                f
                for f in fs
                if f["check_id"] in found[rid]
                and (not wheres or f["where"] in wheres)
                and (not zero or _printed_zero(json.loads(f["body"])))
            ]
            for rid, fs in rows.items()
        }
    keys_of = {
        rid: sorted({k for f in rows[rid] if f["check_id"] in found[rid] for k in json.loads(f["body"])["cells"]})[:30]
        for rid in shown
    }
    by = ctx.store.cells_of(shown, sorted({k for ks in keys_of.values() for k in ks}))
    lines, cits = [], []
    for rid in shown:
        found_here = found[rid]
        if wheres or zero:
            said = "；".join(_finding_numbers(f) for f in rows[rid][:2])
            lines.append(f"{ctx.name(rid)}（{said}）")
        elif m.table and len(shown) <= _WITH_NUMBERS:  # 「宁夏2023年表三校验没通过的是哪几份」: each one's numbers
            own = [f for f in rows[rid] if f["check_id"] in found_here and str(f["where"]).startswith(m.table)]
            said = "；".join(f"{f['check_id']} {_finding_numbers(f)}" for f in own[:3])
            lines.append(f"{ctx.name(rid)}（{said}{'等' if len(own) > 3 else ''}）" if own else ctx.name(rid))
        else:
            lines.append(f"{ctx.name(rid)}（{'、'.join(sorted(set(found_here)))}，{len(found_here)}处）")
        keys = keys_of[rid]
        e = ctx.entry(rid)
        cits.append(
            cell_citation(rid, e, by[rid], keys)
            if keys and by[rid]
            else Citation(report_id=rid, agency=e.agency, year=e.year)
        )
    more = f"等{len(hits)}份" if len(hits) > len(shown) else f"共{len(hits)}份"
    return ctx.answer(
        f"{more}报告{label}：" + "；".join(lines) + unread, "check", value=len(hits), unit="份", citations=cits
    )


def _unchecked(ctx: Context, m: FindingMeasure, checks: list[str]) -> tuple[str, int]:
    """The reports of the scope whose table the check needs gives no readable number (a picture, tables
    side by side the reader could not split): said, so 「都没有」 never covers a table nobody checked."""
    table = m.table or ("t4" if checks == ["H5"] else "t3" if checks and "H5" not in checks else None)
    if table is None:  # every identity: a report with neither 表三 nor 表四 read could not be checked at all
        t4 = set(ctx.without_table("t4"))
        ids, what = [r for r in ctx.without_table("t3") if r in t4], "表三、表四"
    else:
        ids, what = ctx.without_table(table), ts.TABLE_NAMES[table][:2]
    if not ids:
        return "", 0
    names = "、".join(ctx.name(r) for r in ids[:3]) + ("等" if len(ids) > 3 else "")
    return f"（另有{len(ids)}份报告的{what}没有可读的数字，未能核对：{names}）", len(ids)


def _blank_cells(ctx: Context) -> Answer | None:
    """「哪份年报的表三结转下年度总计是空着的」: the reports whose named cell is printed blank (not glued
    digits, not a 0) — one query per cell named over the scope."""
    from ..cite import cell_label

    scope = ctx.scope
    keys = [f"{c.table}.{c.row}.{c.col}" for c in ctx.question.cells]
    keys = [k for k in keys if k.count(".") == 2 and k.split(".")[1] not in ts.T3_GROUPS]
    if not keys:
        return None
    found: dict[str, list[str]] = {}
    for key in keys:
        if scope.size is not None:
            got = ctx.store.values_of(key, None, scope.sql_years)
            blank = [r for r, v in got.items() if v is None and scope.keeps(r)]
        else:
            got = ctx.store.values_of(key, scope.ids)
            blank = [r for r in scope.ids if r in got and got[r] is None]
        for rid in blank:
            found.setdefault(rid, []).append(key)
    cells = ctx.store.cells_of(sorted(found), keys)
    hits = [
        rid
        for rid in (scope.ids if scope.size is None else sorted(found))
        if rid in found and any(not str(cells[rid][k]["raw"] or "").startswith("glued") for k in found[rid])
    ]
    named = "、".join(cell_label(k) for k in keys)
    if not hits:
        return ctx.answer(f"没有：所查{ctx.n}份报告的{named}都没有印为空白。", "check", value=0, unit="份")
    shown = hits[:LISTED_REPORTS]
    cits = [cell_citation(r, ctx.entry(r), cells[r], found[r]) for r in shown]
    lines = [f"{ctx.name(r)}（{'、'.join(cell_label(k, cells[r]) for k in found[r])}空白）" for r in shown]
    more = f"等{len(hits)}份" if len(hits) > len(shown) else f"共{len(hits)}份"
    return ctx.answer(
        f"{more}报告{named}印为空白：" + "；".join(lines), "check", value=len(hits), unit="份", citations=cits
    )


_CHECK_WORDS = {"H1": "收支平衡", "H2": "各列之和等于总计", "H3": "各项之和等于总计", "H5": "总计等于各结果之和"}


def _where_name(where: str) -> str:
    """「表三（七）总计行」「表三自然人列」「表四行政复议」: where a finding is, in the table's words."""
    table, _, part = where.partition(".")
    if table == "t4":
        return f"表四{ts.T4_GROUP_LABELS.get(part, part)}"
    if part in ts.T3_COL_LABELS:
        return f"表三{ts.T3_COL_LABELS[part]}列"
    return f"表三{ts.short_label('t3', part)}行"


def _finding_numbers(f) -> str:
    """A finding said with its printed and its added value: 「行政复议：总计印为0，各项之和为12」."""
    body = json.loads(f["body"])
    values = body.get("values") or {}
    total = next((k for k in body.get("cells") or [] if k.endswith(".tot")), None)
    if f["check_id"] in ("H2", "H5") and total is not None and values.get(total) is not None:
        rest = sum(v or 0 for k, v in values.items() if k != total)
        return f"{_where_name(f['where'])}：总计印为{fmt(values[total])}，各项之和为{fmt(rest)}"
    return str(f["message"])


# ------------------------------------------------------------------ the narrative's own sums (N)
_EQUALS = re.compile(r"(?:是不是|是否|能否|能不能|会不会)?(?:正好|刚好|恰好|正|刚)?(?:等于|凑成|合起来是|加起来是)")
_PLUS = re.compile(r"加上?|\+|＋")
_BY_CHANNEL = re.compile(r"申请(?:方式|渠道)|(?:提交|申请)的?(?:方式|渠道)|各(?:种|个)?(?:方式|渠道)")
_WAY = re.compile(r"(?:网络|网上|在线|信函|邮寄|当面|现场|传真|电子邮件|电话|邮件)(?:申请|提交|提出)?")
_SUM_OF = re.compile(r"(?:之|的)?和\s*$|相加\s*$|加起来\s*$|加在一起\s*$")
_LEFT = re.compile(r"剩下?|余下|还剩|还有|保留")
_TOTAL_WORDS = re.compile(r"总数|总量|总计|合计|总共|全部|所有|一共")
# 「A、B、C加起来和总数对得上吗」「A与B之和跟T一致吗」: the parts summed, set against a total named after 和/跟/与
_AGAINST = re.compile(
    r"(?:之和|的和|相加|加起来|加在一起|加总|合计|总和)(?:的(?:数|结果|件数|条数))?\s*(?:和|与|跟|同|对比|比对)"
)
# what follows the total named: the agreement asked (「对得上吗」「是否一致」「相符吗」)
_CHECK_TAIL = re.compile(
    r"(?:(?:是否|是不是|能否|能不能)?(?:对得上|对不上|对上|一致|相符|吻合|相等|相同|一样|符合|匹配|对应|平)"
    r"|比(?:较|对)?(?:一下)?).*$"
)


def _shared_noun(words: list[str]) -> list[str]:
    """「当面、网络、信函申请」: the noun the last part carries (申请) is each bare part's too — 当面申请, 网络申请."""
    # (「信函申请的件数」「信函两种申请」: the count word and the number of parts are no part's name)
    words = [re.sub(r"(?:的)?(?:件数|条数|数量|数目|个数|数)$", "", w.strip()) for w in words]
    words = [re.sub(r"(?:这)?[两二三四五六七八九十几]+(?:种|类|项|个)(?=申请|渠道|方式|公开|$)", "", w) for w in words]
    words = [w.removesuffix("的") for w in words if w]
    m = re.search(r"(?:申请|提交|公开)$", words[-1]) if words else None
    if m is None:
        return words
    noun = m.group()
    return [w if w.endswith(noun) or len(w) > 4 else w + noun for w in words]


# 「正文里五种答复结果加起来等于805吗」「正文各类答复数加起来等于答复总数吗」: the results the text lists, added,
# against the count of replies it states
_TEXT_RESULTS = re.compile(
    r"(?:各类|各种|各项|几种|[二三四五六两]种|分类的?)(?:答复|办理|处理)(?:结果|数|情况)?|(?:答复|办理|处理)结果.{0,4}(?:各项|分项)"
)
_ADDED = re.compile(r"加起来|之和|相加|合计|加在一起|加总")
_RESULT_ROWS = {"r1", "r2", "r3", "r4", "r5", "r6"}


def text_results(ctx: Context, rid: str, report) -> Answer | None:
    """The result counts the text lists after its count of replies (「答复…805件…予以公开及部分公开258件…
    其他处理0件」), added, against that count — the text's own arithmetic, each figure quoted."""
    from ..cite import sentence_bounds, text_citation

    sts = list(statements(report))
    done = [st for st in sts if st.what == "办结"]
    if len(done) != 1:
        return None
    total = done[0]
    parts = [
        st
        for st in sts
        if st.readings
        and st.readings[0][0][0].split("_")[0] in _RESULT_ROWS
        and total.span.start < st.span.start <= total.span.start + 400
    ]
    if len(parts) < 2:
        return None
    added = sum(float(st.stated) for st in parts)
    stated = float(total.stated)
    terms = "+".join(f"{st.what}{fmt(st.stated)}" for st in parts)
    if added == stated:
        head = f"一致：正文所列各项答复结果{terms}={fmt(added)}件，等于正文「{joined(total.quote)}」 ✓"
    else:
        diff = stated - added
        head = (
            f"不一致：正文「{joined(total.quote)}」，而正文所列各项答复结果{terms}={fmt(added)}件，"
            f"{'少' if diff > 0 else '多'}{fmt(abs(diff))}件 ✗"
        )
    e = ctx.entry(rid)
    a, b = sentence_bounds(report.text, total.span.start, total.span.end)
    end = max(st.span.end for st in parts)
    return ctx.answer(head + "。", "check", citations=[text_citation(rid, e, report.text, a, max(b, end))])


def narrative_parts(ctx: Context) -> Answer | None:
    """「网络申请加信函申请是不是等于全部申请」「12333人工加自动语音是不是等于来电总量」: the parts and
    the total the question names, each found as the report states it (its quote), added and compared;
    「206件清理后废止25件，剩181件，这个账对吗」: the numbers stated, the first less the rest against the
    last; 「网民互动事项总数与各平台分项之和」: the total named, its parts as the text lists them."""
    one = ctx.one_report()
    if one is None:
        return None
    rid, report = one
    if _TEXT_RESULTS.search(ctx.q) and _ADDED.search(ctx.q):
        ans = text_results(ctx, rid, report)
        if ans is not None:
            return ans
    q = re.sub(r"(?:19|20)\d{2}\s*年度?", "", fold(ctx.q))
    for name in ctx.question.scope.agencies + ctx.scope.agencies:
        q = q.replace(fold(name), "")
    rows = [x for x in ctx.store.metrics(rid) if x["unit"]]
    left = _left_over(ctx, rid, report, rows)
    if left is not None:
        return left
    if "清理" in q and not ctx.question.asserted:
        cleaned = _clean_up(ctx, rid, report.text)
        if cleaned is not None:
            return cleaned
    eq = _EQUALS.search(q)
    head = q[: eq.start()] if eq else ""
    summed = _SUM_OF.search(head)
    agreed = eq or intent.CHECK.search(q)  # 「…等于…吗」「…和总数对得上不」: agreement asked, in the checks' words
    if agreed and _BY_CHANNEL.search(head if eq else q):
        # 「按申请方式列出的件数之和是否等于收到的申请总数」: the ways the text lists, whichever they are;
        # 「申请渠道分项加总和总数对得上不」: the total not named but as a total — the applications' whole
        ways = list(dict.fromkeys(x["label"] for x in rows if _WAY.fullmatch(x["label"] or "")))
        if not eq:
            return _named_parts(ctx, rid, report, rows, ways, "申请总数") if len(ways) > 1 else None
        total = q[q.rfind("等于") + 2 :] if "等于" in q[eq.start() :] else q[eq.end() :]
        total = re.sub(r"(?<!总)(?:件数|数量|数)(?=$|[吗么呢？?，,])", "", total)  # 「收到的申请数」
        return _named_parts(ctx, rid, report, rows, ways, total) if len(ways) > 1 else None
    if eq and summed:  # 「网络申请与信函申请之和是否等于全年申请总数」: the parts joined by 与/和, then 之和
        return _named_parts(
            ctx, rid, report, rows, re.split(r"与|和|及|、|加上?", head[: summed.start()]), q[eq.end() :]
        )
    if eq and _PLUS.search(head):
        return _named_parts(ctx, rid, report, rows, _PLUS.split(head), q[eq.end() :])
    against = _AGAINST.search(q) if agreed and not eq else None
    # 「当面、网络、信函申请加起来和受理总数对得上吗」: the parts named, against the total named
    if against is not None:
        words = [w for w in re.split(r"、|和|与|及|加上?|\+|＋", q[: against.start()]) if w.strip()]
        parts = _shared_noun(words)
        total = _CHECK_TAIL.sub("", q[against.end() :])
        if len(parts) > 1 and total:
            return _named_parts(ctx, rid, report, rows, parts, total)
    total_named = re.search(r"(.{2,16}?)(?:的)?(?:总数|总量|总计|合计)", q)
    if total_named:  # the total named, its parts as listed after it (the list's own rule: narrative_sum)
        from .narrative import _find_side, narrative_sum

        total = _find_side(report.text, rows, total_named.group(1))
        if total is None:
            return None
        asked = ctx.question.model_copy(update={"asserted": [total["value"]]})
        return narrative_sum(dataclasses.replace(ctx, question=asked))
    return None


def _quoted(report, x) -> str:
    from ..cite import sentence_bounds

    a, b = sentence_bounds(report.text, x["start"], x["end"])
    return joined(report.text[a:b])


def _named_parts(ctx: Context, rid: str, report, rows: list, parts_words: list[str], total_words: str) -> Answer | None:
    from ..cite import sentence_bounds, text_citation
    from .narrative import _find_side

    total_words = re.split(r"[吗么呢？?，,]", total_words)[0]
    # 「12333人工加自动语音」: a code written before the first part names the whole, not that part
    parts_words = [re.sub(r"^[A-Za-z0-9]+(?=[\u4e00-\u9fff]{2})", "", w) for w in parts_words]
    found = [_find_side(report.text, rows, w) for w in parts_words if w.strip()]
    parts = [p for p in found if p is not None]
    if len(parts) < 2 or len(parts) < len(found):
        return None
    core = _TOTAL_WORDS.sub("", total_words).strip()
    total = _find_side(report.text, rows, total_words) if total_words.strip() else None
    if total is None or total is parts[0] and _TOTAL_WORDS.search(total_words):
        total = _whole_near(report, rows, parts, core)  # 「全部申请」: the whole the passage states
    if total is None:
        return None
    if len({id(p) for p in parts}) < len(parts) or any(p is total for p in parts):
        return None  # one number read for two sides: not an answer
    if len({p["unit"] for p in parts} | {total["unit"]}) > 1:
        return None
    s = sum(p["value"] for p in parts)
    u = total["unit"]
    named = lambda x: (x["label"] or "") if len(x["label"] or "") <= 12 else ""  # noqa: E731
    listing = " + ".join(f"{named(p)}{fmt(p['value'])}{u}" for p in parts)
    said = "；".join(dict.fromkeys(f"「{_quoted(report, x)}」" for x in (*parts, total)))
    if abs(s - total["value"]) < 1e-9:
        head = f"一致：{listing} = {fmt(s)}{u}，等于所说的总数{named(total)}{fmt(total['value'])}{u} ✓"
    else:
        diff = total["value"] - s
        head = (
            f"不一致：{listing} = {fmt(s)}{u}，而所说的总数{named(total)}为{fmt(total['value'])}{u}，"
            f"{'少' if diff > 0 else '多'}{fmt(abs(diff))}{u} ✗"
        )
    e = ctx.entry(rid)
    cits = [
        text_citation(rid, e, report.text, *sentence_bounds(report.text, x["start"], x["end"])) for x in (*parts, total)
    ]
    return ctx.answer(f"{head}（正文{said}）。", "check", citations=cits)


def _whole_near(report, rows: list, parts: list, core: str) -> dict | None:
    """The whole of the parts, named only generally (「全部申请」「总量」): the nearest number before the
    parts, in their sentence or the one before, in their unit, whose own phrase holds the core word and
    which is not smaller than the parts' sum."""
    from ..cite import sentence_bounds

    first = min(p["start"] for p in parts)
    a, _ = sentence_bounds(report.text, first, first + 1)
    a0, _ = sentence_bounds(report.text, max(0, a - 2), max(1, a - 1)) if a > 1 else (a, a)
    s = sum(p["value"] for p in parts)
    cands = [
        x
        for x in rows
        if a0 <= x["start"] < first
        and x["unit"] == parts[0]["unit"]
        and all(x is not p for p in parts)
        and x["value"] >= s * 0.5
        and (not core or core[-2:] in report.text[max(a0, x["start"] - 30) : x["end"]])
    ]

    def own(x) -> bool:  # the core word in the number's own clause (「申请共19件」, not 「当年办结19件」)
        start = max(report.text.rfind(ch, 0, x["start"]) for ch in "，,；;。") + 1
        return bool(core) and core[-2:] in report.text[start : x["end"]]

    cands = [x for x in cands if own(x)] or cands
    return max(cands, key=lambda x: x["start"]) if cands else None


def _left_over(ctx: Context, rid: str, report, rows: list) -> Answer | None:
    """「206件清理后废止25件，剩181件」: the numbers the question states, each found in one sentence of
    the text; the first less the middle ones against the last."""
    from ..cite import sentence_bounds, text_citation

    said = ctx.question.asserted
    if len(said) < 3 or not _LEFT.search(ctx.q):
        return None
    found = []
    for v in said:
        x = next((r for r in rows if r["value"] == v), None)
        if x is None:
            return None
        found.append(x)
    bounds = {sentence_bounds(report.text, x["start"], x["end"]) for x in found}
    if len(bounds) > 1:
        return None  # the numbers of one account are stated together
    first, *mid, last = said
    rest = first - sum(mid)
    u = found[0]["unit"]
    steps = " − ".join(fmt(v) for v in (first, *mid))
    quote = _quoted(report, found[0])
    if abs(rest - last) < 1e-9:
        head = f"一致：{steps} = {fmt(rest)}{u}，与所说的{fmt(last)}{u}相符 ✓"
    else:
        head = f"不一致：{steps} = {fmt(rest)}{u}，而所说的是{fmt(last)}{u} ✗"
    a, b = next(iter(bounds))
    e = ctx.entry(rid)
    return ctx.answer(f"{head}（正文「{quote}」）。", "check", citations=[text_citation(rid, e, report.text, a, b)])


_CLEAN_PART = re.compile(r"保留|修改|修订|废止|失效|继续有效|宣布")


def _clean_up(ctx: Context, rid: str, text: str) -> Answer | None:
    """「文件清理数自洽吗」: the sentence of the text that reports a clean-up of documents — the count
    reviewed (its first number of 件) against the outcomes it lists (保留/修改/废止 …), added; both sides
    shown with the quote. Only when exactly one such sentence says it (else which account is a guess)."""
    from ..cite import sentence_bounds, text_citation

    found = []
    for m in re.finditer(r"清理", text):
        a, b = sentence_bounds(text, m.start(), m.end())
        sentence = text[a:b]
        nums = [(x.start(), float(x.group(1))) for x in re.finditer(r"(\d+)\s*件", sentence)]
        if len(nums) < 3 or (a, b) in {f[0] for f in found}:
            continue
        (_, total), rest = nums[0], nums[1:]
        parts = []
        for at, v in rest:
            c0 = max(sentence.rfind(ch, 0, at) for ch in "，,；;") + 1
            ends = [i for i in (sentence.find(ch, at) for ch in "，,；;") if i >= 0]
            clause = sentence[c0 : min(ends) if ends else len(sentence)]
            word = _CLEAN_PART.search(clause)
            if word:
                parts.append((word.group(), v))
        if len(parts) >= 2:
            found.append(((a, b), total, parts))
    if len(found) != 1:
        return None
    (a, b), total, parts = found[0]
    added = sum(v for _, v in parts)
    terms = "+".join(f"{w}{fmt(v)}" for w, v in parts)
    head = "等于（一致）" if added == total else "不等于（不一致）"
    rel = "一致" if added == total else f"相差{fmt(abs(total - added))}件"
    e = ctx.entry(rid)
    return ctx.answer(
        f"{head}：清理结果{terms}={fmt(added)}件，与所说清理的总数{fmt(total)}件{rel}（正文「{joined(text[a:b])}」）。",
        "check",
        value=added,  # (the parts' sum, as narrative_sum's answer gives it)
        unit="件",
        citations=[text_citation(rid, e, text, a, b)],
    )
