"""Families whose table cells are bound by words, not by a grid: an app's share text (one line a row,
the row label then named values 「自然人 14｜商业企业 0｜…」), table 四 written as sentences (「被申请行政
复议的案件中，结果维持3件、结果纠正0件…，合计3件」), and table 四 printed as names rows over value rows
(small tables stacked: 「行政复议 | 结果维持 | … | 总计」 over 「 | 2 | 0 | … | 3」).

A sentence cannot print a blank cell or a 「/」: those clauses are left out (the cells are
`Model.omitted`, expected null or missing with a doubt — see families.generate, `words`)."""

from __future__ import annotations

from eval.reportgen.draw import Draw
from eval.reportgen.layout import G, Grid, Parts, Rows, rows_of
from eval.reportgen.model import Model
from extractor import tablespec as ts


def _share_line(label: str, pairs: list[tuple[str, str]], sep: str, named: str, bullet: str) -> str:
    """One row as an app prints it: 「▶️label：name value｜name value」 (or 「label ▶ name value」)."""
    cells = sep.join(f"{n}{named}{v}" for n, v in pairs)
    return f"{bullet}{label}：{cells}" if bullet != "✅" else f"{bullet}{label} ▶ {cells}"


def share(parts: Parts, m: Model, d: Draw) -> str:
    """An app's share text copied out: headings in 【】, every table row one line of named values,
    the row labels of table 三's result groups a line of their own; 「——来自…APP」 at the end."""
    sep = d.pick(("｜", "｜", " | ", "；"))
    named = d.pick((" ", " ", "：", ""))
    bullet = d.pick(("▶️", "🔹", "✅", "• "))
    omitted = m.omitted

    def pairs(key: str, cols: tuple[str, ...], names: tuple[str, ...]) -> list[tuple[str, str]]:
        return [(n, m.printed[f"{key}.{c}"]) for c, n in zip(cols, names) if f"{key}.{c}" not in omitted]

    out: list[str] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(f"【{b}】" if b[:2] in ("二、", "三、", "四、", "五、", "六、") else b)
            continue
        tid = b[0]
        if tid == "t2":
            spec = ts.t2_spec(m.template)
            for head, keys in ts.t2_groups(m.template):
                out.append(f"📌{head}")
                for key in keys:
                    r = spec.row(key)
                    out.append(_share_line(r.label, pairs(f"t2.{key}", r.cols, r.col_labels), sep, named, bullet))
        elif tid == "t3":
            spec = ts.t3_spec(m.single_r6)
            names = tuple(ts.T3_COL_LABELS[c] for c in ts.T3_COLS)
            seen: set[str] = set()
            for r in spec.rows:
                parent = r.parent if r.parent and r.parent != r.key else None
                if parent and parent not in seen:
                    seen.add(parent)
                    out.append(f"📂{ts.T3_GROUP_HEADERS[parent].label}")
                out.append(_share_line(r.label, pairs(f"t3.{r.key}", ts.T3_COLS, names), sep, named, bullet))
        else:
            names = tuple(ts.T4_COL_LABELS[c] for c in ts.T4_COLS)
            for g in ts.T4_GROUPS:
                label = ts.T4_GROUP_LABELS[g].replace("·", "-")
                out.append(_share_line(label, pairs(f"t4.{g}", ts.T4_COLS, names), sep, named, "⚖️"))
    out += ["", "——来自「政务服务」APP", "👉 点击链接查看原文"]
    return "\n".join(out) + "\n"


def t4_sentences(m: Model, d: Draw) -> list[str]:
    """Table 四 as the report's own sentences: each kind named before its results, the results named
    by their columns (a cell that is blank or 「/」 not said)."""
    unit = d.pick(("件", "件", ""))
    sep = d.pick(("、", "，"))
    total = d.pick(("合计", "总计"))
    colon = d.pick(("", "", "为"))

    def results(g: str) -> str:
        said = []
        for c in ts.T4_COLS:
            p = m.printed[f"t4.{g}.{c}"]
            if p.isdigit():
                name = total if c == "tot" else ts.T4_COL_LABELS[c]
                said.append(f"{name}{colon}{p}{unit}")
        return sep.join(said)

    rv, ld, lr = (results(g) for g in ts.T4_GROUPS)
    if d.int(0, 1):
        return [
            f"本机关因政府信息公开工作被申请行政复议的案件中，{rv}。",
            f"被提起行政诉讼的案件中，未经复议直接起诉的{ld}；复议后起诉的{lr}。",
        ]
    return [f"行政复议：{rv}。", f"行政诉讼（未经复议直接起诉）：{ld}。", f"行政诉讼（复议后起诉）：{lr}。"]


def with_t4_words(p: Parts, m: Model, d: Draw) -> Parts:
    """The same report with table 四 written as sentences."""
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if not isinstance(b, str) and b[0] == "t4":
            blocks += t4_sentences(m, d)
        else:
            blocks.append(b)
    return Parts(p.head, blocks, p.tail)


def t4_pairs_grid(m: Model, d: Draw) -> Grid:
    """Table 四 as small tables stacked: per kind a names row (the kind first) over a value row (a
    blank under the kind); or one names row (「案件类别」 first) over a row per kind."""
    names = [G(ts.T4_COL_LABELS[c]) for c in ts.T4_COLS]

    def vals(g: str) -> list[G]:
        return [G(m.printed[f"t4.{g}.{c}"], value=True) for c in ts.T4_COLS]

    labels = {g: ts.T4_GROUP_LABELS[g].replace("·", d.pick(("·", "-", ""))) for g in ts.T4_GROUPS}
    if d.int(0, 1):
        return [[G("案件类别"), *names], *[[G(labels[g]), *vals(g)] for g in ts.T4_GROUPS]]
    grid: Grid = []
    for g in ts.T4_GROUPS:
        grid += [[G(labels[g]), *names], [G(""), *vals(g)]]
    return grid


def with_t4_pairs(p: Parts, m: Model, d: Draw) -> Parts:
    grid = t4_pairs_grid(m, d)
    blocks = [("t4", rows_of(grid), grid) if not isinstance(b, str) and b[0] == "t4" else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)
