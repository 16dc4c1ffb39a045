"""What a report prints, before any format: the paragraphs around the tables (stating the agency in
one of the ways real reports do) and each table as rows of cells — label cells, then values, with the
template's header rows. Labels come from the table spec, so the generator cannot drift from it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import accumulate

from eval.reportgen.draw import Draw
from eval.reportgen.model import Model, fmt
from extractor import tablespec as ts

Rows = list[list[str]]


@dataclass
class Parts:
    """The report as blocks in reading order: a str is a paragraph, a (table id, rows, grid) a table."""

    head: list[str]
    blocks: list[str | tuple[str, Rows, Grid]]
    tail: list[str]

    def all(self) -> list[str | tuple[str, Rows, Grid]]:
        return [*self.head, *self.blocks, *self.tail]


@dataclass(frozen=True)
class G:
    """One cell of a table's grid as the template merges it: text, rowspan, colspan, and whether it
    holds a value (a number or a placeholder) rather than a label."""

    text: str
    rs: int = 1
    cs: int = 1
    value: bool = False
    mark: str = ""  # a footnote mark set raised after the value (with_raised_marks), not part of it
    old: str = ""  # an old figure printed struck through before the value (with_struck_old), not the value


Grid = list[list[G]]


def _vals(m: Model, prefix: str, cols) -> list[G]:
    return [G(m.printed[f"{prefix}.{c}"], value=True) for c in cols]


def t2_grid(m: Model) -> Grid:
    spec = ts.t2_spec(m.template)
    width = 1 + max(len(r.cols) for r in spec.rows)
    out: Grid = []
    for head, keys in ts.t2_groups(m.template):
        out.append([G(head, cs=width)])
        first = spec.row(keys[0])
        n = len(first.cols)
        out.append(
            [G(ts.T2_CONTENT_HEAD), *[G(x) for x in first.col_labels[:-1]], G(first.col_labels[-1], cs=width - n)]
        )
        for key in keys:
            r = spec.row(key)
            vals = _vals(m, f"t2.{key}", r.cols)
            vals[-1] = G(vals[-1].text, cs=width - len(r.cols), value=True)
            out.append([G(r.label), *vals])
    return out


REMARKS = ("", "—", "无", "本单位无此项职权", "已在门户网站公开")


def t2_grid_reordered(m: Model, d: Draw) -> Grid:
    """Table 二 as some sites print it: each block's columns in an order of the site's own (the
    header says which is which) and a 备注 column of remarks, 「—」 or nothing at the end."""
    spec = ts.t2_spec(m.template)
    out: Grid = []
    for head, keys in ts.t2_groups(m.template):
        first = spec.row(keys[0])
        order = list(range(len(first.cols)))
        for i in range(len(order) - 1, 0, -1):  # a drawn permutation (Fisher–Yates)
            j = d.int(0, i)
            order[i], order[j] = order[j], order[i]
        n = len(order)
        out.append([G(head, cs=n + 2)])
        out.append([G(ts.T2_CONTENT_HEAD), *[G(first.col_labels[i]) for i in order], G("备注")])
        for key in keys:
            r = spec.row(key)
            vals = _vals(m, f"t2.{key}", r.cols)
            out.append([G(r.label), *[vals[i] for i in order], G(d.pick(REMARKS))])
    return out


def with_t2(p: Parts, grid: Grid) -> Parts:
    """The same report with table 二 printed as `grid`."""
    blocks = [("t2", rows_of(grid), grid) if not isinstance(b, str) and b[0] == "t2" else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def t2_turned(p: Parts, m: Model, d: Draw) -> Parts:
    """The same report with table 二 printed turned, one small table per article (第二十条第（x）项): its
    rows' labels across (「信息内容 | 规章 | 行政规范性文件」), one row per quantity (「本年制发件数 | 0 | 6」);
    the article's name a paragraph above its table, or not printed."""
    spec = ts.t2_spec(m.template)
    named = d.int(0, 1) == 1
    new: list[str | tuple[str, Rows, Grid]] = []
    for head, keys in ts.t2_groups(m.template):
        rows = [spec.row(k) for k in keys]
        grid: Grid = [[G(ts.T2_CONTENT_HEAD), *[G(r.label) for r in rows]]]
        for i, label in enumerate(rows[0].col_labels):
            grid.append([G(label), *[G(m.printed[f"t2.{r.key}.{r.cols[i]}"], value=True) for r in rows]])
        if named:
            new.append(head)
        new.append(("t2", rows_of(grid), grid))
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        blocks += new if not isinstance(b, str) and b[0] == "t2" else [b]
    return Parts(p.head, blocks, p.tail)


def t3_grid(m: Model) -> Grid:
    spec = ts.t3_spec(m.single_r6)
    out: Grid = [
        [G(ts.T3_NOTE, rs=3, cs=3), G(ts.T3_APPLICANTS_HEAD, cs=7)],
        [G(ts.T3_COL_LABELS["np"], rs=2), G(ts.T3_ORGS_HEAD, cs=5), G(ts.T3_COL_LABELS["tot"], rs=2)],
        [G(ts.T3_COL_LABELS[c]) for c in ts.T3_APPLICANTS[1:]],
    ]
    results = ts.t3_result_rows(spec)
    seen: set[str] = set()
    for r in spec.rows:
        lead: list[G] = []
        if r.key == "r1":
            lead.append(G(ts.T3_RESULTS_HEAD, rs=len(results) + 1))  # r1 … r6, and （七）总计
        if r.key not in results and r.key != "r7":
            lead.append(G(r.label, cs=3))
        elif r.parent and r.parent != r.key:
            if r.parent not in seen:
                seen.add(r.parent)
                n = sum(1 for x in spec.rows if x.parent == r.parent)
                lead.append(G(ts.T3_GROUP_HEADERS[r.parent].label, rs=n))
            lead.append(G(r.label))
        else:
            lead.append(G(r.label, cs=2))
        out.append([*lead, *_vals(m, f"t3.{r.key}", ts.T3_COLS)])
    return out


def t3_grid_folded(m: Model) -> Grid:
    """Table 三 as a statistics system lists it: one header row of the seven column names, one row a
    line, each sub-row's name with its group's folded in before it (「（三）不予公开-1.属于国家秘密」),
    no group rows."""
    spec = ts.t3_spec(m.single_r6)
    out: Grid = [[G("指标名称"), *(G(ts.T3_COL_LABELS[c]) for c in ts.T3_COLS)]]
    for r in spec.rows:
        sub = r.parent and r.parent != r.key
        label = f"{ts.T3_GROUP_HEADERS[r.parent].label}-{r.label}" if sub else r.label
        out.append([G(label), *_vals(m, f"t3.{r.key}", ts.T3_COLS)])
    return out


def t3_column_blocks(m: Model, d: Draw) -> list[Grid]:
    """Table 三 split by its columns, as some publishers print a wide table: two tables, each with
    the full label columns and header, the first with the applicant columns up to a drawn one, the
    second (「申请人情况（续）」) with the rest and 总计."""
    cut = d.int(2, 5)  # value columns of the first block: 自然人 and one to four organisation types
    grid = t3_grid(m)
    data = grid[3:]
    blocks: list[Grid] = []
    for lo, hi in ((0, cut), (cut, len(ts.T3_COLS))):
        orgs = [c for c in ts.T3_APPLICANTS[1:] if lo <= ts.T3_COLS.index(c) < hi]
        head = ts.T3_APPLICANTS_HEAD + ("（续）" if lo else "")
        row1 = [G(ts.T3_COL_LABELS["np"], rs=2)] if lo == 0 else []
        row1 += [G(ts.T3_ORGS_HEAD, cs=len(orgs))] if orgs else []
        row1 += [G(ts.T3_COL_LABELS["tot"], rs=2)] if hi == len(ts.T3_COLS) else []
        block: Grid = [
            [G(ts.T3_NOTE, rs=3, cs=3), G(head, cs=hi - lo)],
            row1,
            [G(ts.T3_COL_LABELS[c]) for c in orgs],
        ]
        n = len(ts.T3_COLS)
        block += [row[:-n] + row[len(row) - n + lo : len(row) - n + hi] for row in data]
        blocks.append(block)
    return blocks


def t3_split(p: Parts, m: Model, d: Draw) -> Parts:
    """The same report with table 三 printed as two column blocks, 「（续表）」 between them."""
    first, second = t3_column_blocks(m, d)
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if not isinstance(b, str) and b[0] == "t3":
            blocks += [("t3", rows_of(first), first), "（续表）", ("t3", rows_of(second), second)]
        else:
            blocks.append(b)
    return Parts(p.head, blocks, p.tail)


def with_t3_prior(p: Parts, d: Draw) -> Parts:
    """The same report with a column 「上年总计」 after table 三's 总计: last year's figure of each
    row printed for comparison (a drawn number, often 0), no cell of this year's table."""
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if isinstance(b, str) or b[0] != "t3":
            blocks.append(b)
            continue
        grid = b[2]
        head = sum(1 for r in grid if not any(c.value for c in r))
        out: Grid = [[*grid[0], G("上年总计", rs=head)], *grid[1:head]]
        out += [[*r, G(str(d.int(0, 3) and d.int(0, 90)))] for r in grid[head:]]
        blocks.append(("t3", rows_of(out), out))
    return Parts(p.head, blocks, p.tail)


_GROUP_NUMBER = re.compile(r"^（([一二三四五六七])）")
_ITEM_NUMBER = re.compile(r"^([1-8])\.")


def t3_renumbered(p: Parts) -> Parts:
    """The same report with table 三's result labels renumbered as some publishers do: the groups in
    Arabic numbers (「1.予以公开」 … 「7.总计」), their sub-items in parentheses (「（1）属于国家秘密」)."""

    def label(c: G) -> G:
        if c.value:
            return c
        text = _ITEM_NUMBER.sub(r"（\1）", c.text)
        text = _GROUP_NUMBER.sub(lambda g: f"{'一二三四五六七'.index(g.group(1)) + 1}.", text)
        return replace(c, text=text)

    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if isinstance(b, str) or b[0] != "t3":
            blocks.append(b)
            continue
        grid = [[label(c) for c in r] for r in b[2]]
        blocks.append(("t3", rows_of(grid), grid))
    return Parts(p.head, blocks, p.tail)


def t4_grid(m: Model) -> Grid:
    cols = [G(ts.T4_COL_LABELS[c]) for c in ts.T4_COLS]
    return [
        [G(ts.T4_REVIEW_HEAD, cs=5), G(ts.T4_LAWSUIT_HEAD, cs=10)],
        [*[G(c.text, rs=2) for c in cols], *[G(x, cs=5) for x in ts.T4_LAWSUIT_GROUPS.values()]],
        cols * 2,
        [g for grp in ts.T4_GROUPS for g in _vals(m, f"t4.{grp}", ts.T4_COLS)],
    ]


def t4_grid_reordered(m: Model, d: Draw) -> Grid:
    """Table 四 as the template lays it out, but each kind's five columns in another order under its
    names — 「总计」 first (总计 结果维持 结果纠正 其他结果 尚未审结, the common one) or a drawn order, the
    same in every block — each figure under its printed name: read by position, 总计 lands under
    结果维持 and every block fails its sum, or (a drawn order) sums and is silently wrong."""
    order = list(ts.T4_COLS[-1:] + ts.T4_COLS[:-1])
    if d.int(0, 2) == 0:
        rest = list(ts.T4_COLS)
        order = [rest.pop(d.int(0, len(rest) - 1)) for _ in range(len(ts.T4_COLS))]
        if order == list(ts.T4_COLS):
            order = order[1:] + order[:1]  # (never the template's own order)
    cols = [G(ts.T4_COL_LABELS[c]) for c in order]
    return [
        [G(ts.T4_REVIEW_HEAD, cs=5), G(ts.T4_LAWSUIT_HEAD, cs=10)],
        [*[G(c.text, rs=2) for c in cols], *[G(x, cs=5) for x in ts.T4_LAWSUIT_GROUPS.values()]],
        cols * 2,
        [g for grp in ts.T4_GROUPS for g in _vals(m, f"t4.{grp}", order)],
    ]


def t4_reordered(p: Parts, m: Model, d: Draw) -> Parts:
    """The same report with table 四's columns printed in another order (t4_grid_reordered)."""
    grid = t4_grid_reordered(m, d)
    blocks = [b if isinstance(b, str) or b[0] != "t4" else ("t4", rows_of(grid), grid) for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def with_indicator_codes(p: Parts) -> Parts:
    """Every table as a 年报 fill-in system exports it: a first column 「指标代码」 with a code per row
    of figures (「T3-05」: the table's number, the row's), merged down the header rows."""
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if isinstance(b, str):
            blocks.append(b)
            continue
        grid = b[2]
        first = next(i for i, row in enumerate(grid) if any(c.value for c in row))
        out: Grid = [list(row) for row in grid]
        if first:
            out[0] = [G("指标代码", rs=first), *out[0]]
        for k, i in enumerate(range(first, len(grid)), 1):
            out[i] = [G(f"T{b[0][1]}-{k:02d}"), *out[i]]
        blocks.append((b[0], rows_of(out), out))
    return Parts(p.head, blocks, p.tail)


def column_blocks(grid: Grid, cut: int) -> tuple[Grid, Grid]:
    """A grid printed by a spreadsheet too wide for its page: columns before `cut` on one page, the
    rest on the next. A merged cell cut by the page edge is two cells, its text printed where it
    starts and its other part blank."""
    _, placed = place(grid)
    blocks: tuple[Grid, Grid] = ([[] for _ in grid], [[] for _ in grid])
    for i, j, c in placed:
        for k, (lo, hi) in enumerate(((0, cut), (cut, 10**6))):
            a, b = max(j, lo), min(j + c.cs, hi)
            if a < b:
                blocks[k][i].append(G(c.text if a == j else "", c.rs, b - a, c.value))
    return blocks


def t4_split(p: Parts, m: Model, d: Draw) -> Parts:
    """The same report with table 四 printed from a spreadsheet too wide for the page: its first
    columns, then (after the sheet's print title, or 「（续表）」) the rest. The page holds at least
    the 行政复议 group; the cut falls inside a lawsuit group (a cut between groups prints what reads
    as stacked parts; one inside 行政复议 leaves the first block a complete-looking little table:
    both stay unjoined, null with a doubt, see docs/NOTES.md)."""
    cut = d.pick((6, 7, 8, 9, 11, 12, 13, 14))
    first, second = column_blocks(t4_grid(m), cut)
    caption = d.pick(("附件：政府信息公开工作年度报告统计表", "（续表）", ""))
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if not isinstance(b, str) and b[0] == "t4":
            blocks += [("t4", rows_of(first), first), *([caption] if caption else []), ("t4", rows_of(second), second)]
        else:
            blocks.append(b)
    return Parts(p.head, blocks, p.tail)


def transposed(grid: Grid) -> Grid:
    """The grid turned over its diagonal: column j becomes row j, a cell's rowspan its colspan."""
    _, placed = place(grid)
    turned = sorted((j, i, G(c.text, c.cs, c.rs, c.value)) for i, j, c in placed)
    out: Grid = [[] for _ in range(max(j for j, _, _ in turned) + 1)]
    for j, _, c in turned:
        out[j].append(c)
    return out


def t3_legal_reordered(p: Parts, m: Model, d: Draw) -> Parts:
    """Table 三 with the 法人或其他组织 block printed in another order under the second header row
    (「科研机构 | 商业企业 | 法律服务机构 | …」), each figure under its printed column: read by position,
    商业企业's figures would land under 科研机构 and every row would still sum."""
    legal: list[str] = list(ts.T3_APPLICANTS[1:])
    order: list[str] = []
    while legal:
        order.append(legal.pop(d.int(0, len(legal) - 1)))
    if order == list(ts.T3_APPLICANTS[1:]):
        order = order[1:] + order[:1]  # (never the template's own order)
    cols = ["np", *order, "tot"]
    grid = t3_grid(m)
    labels: dict[str, str] = dict(ts.T3_COL_LABELS)
    grid[2] = [G(labels[c]) for c in order]
    for row in grid[3:]:
        by_key: dict[str, G] = dict(zip(ts.T3_COLS, row[-len(ts.T3_COLS) :]))
        row[-len(ts.T3_COLS) :] = [by_key[c] for c in cols]
    blocks = [(b[0], rows_of(grid), grid) if not isinstance(b, str) and b[0] == "t3" else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def t3_reversed(p: Parts, m: Model) -> Parts:
    """Table 三 with its seven columns in the reverse of the template's order under ONE header row
    (「项目 | 总计 | 其他 | 法律服务机构 | 社会公益组织 | 科研机构 | 商业企业 | 自然人」, eval/wild30 p21-barkol): no
    「申请人情况」 above it, so the table is found at its first row and its header stands above that. Read
    as the template, every row still sums: silently wrong cells."""
    cols = list(reversed(ts.T3_COLS))
    n = len(ts.T3_COLS)
    grid = t3_grid(m)
    out: Grid = [[G("项目", cs=3), *(G(ts.T3_COL_LABELS[c]) for c in cols)]]
    for row in grid[3:]:
        by_key: dict[str, G] = dict(zip(ts.T3_COLS, row[-n:]))
        out.append([*row[:-n], *(by_key[c] for c in cols)])
    blocks = [(b[0], rows_of(out), out) if not isinstance(b, str) and b[0] == "t3" else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def t3_vsplit_nolabels(p: Parts, m: Model, d: Draw) -> Parts:
    """Table 三 too wide for the page, cut by its columns into two captioned tables (eval/wild30 h22-fukang):
    the first with the row labels and 自然人 and one to four organisation types under one header row, the
    second with the other columns and 总计 under one header row naming them and NO row labels — its rows
    the first's by position."""
    cut = d.int(2, 5)
    n = len(ts.T3_COLS)
    grid = t3_grid(m)
    data = grid[3:]
    first: Grid = [[G("项目", cs=3), *(G(ts.T3_COL_LABELS[c]) for c in ts.T3_COLS[:cut])]]
    first += [row[:-n] + row[len(row) - n : len(row) - n + cut] for row in data]
    second: Grid = [[G(ts.T3_COL_LABELS[c]) for c in ts.T3_COLS[cut:]]]
    second += [row[len(row) - n + cut :] for row in data]
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if not isinstance(b, str) and b[0] == "t3":
            blocks += ["（一）申请人情况（一）", ("t3", rows_of(first), first), "（二）申请人情况（二）"]
            blocks.append(("t3", rows_of(second), second))
        else:
            blocks.append(b)
    return Parts(p.head, blocks, p.tail)


_T3_UNITS = (("np", "legal", "tot"), ("tot", "np", "legal"), ("np", "tot", "legal"), ("legal", "np", "tot"))


def t3_total_first(p: Parts, m: Model, d: Draw) -> Parts:
    """Table 三 with the first header row in another order than 自然人 | 法人或其他组织 | 总计: 总计 first (a
    TRS page, eval/wild17 h22-huili), or the 法人 block before or after both; 自然人 and 总计 spanning both
    header rows, the five 法人 names under their heading, each figure under its printed column. Read as
    the template, every figure would sit one or more columns off."""
    units = _T3_UNITS[d.int(1, len(_T3_UNITS) - 1)]
    legal = list(ts.T3_APPLICANTS[1:])
    cols = [c for u in units for c in (legal if u == "legal" else [u])]
    grid = t3_grid(m)
    grid[1] = [G(ts.T3_ORGS_HEAD, cs=5) if u == "legal" else G(ts.T3_COL_LABELS[u], rs=2) for u in units]
    for row in grid[3:]:
        by_key: dict[str, G] = dict(zip(ts.T3_COLS, row[-len(ts.T3_COLS) :]))
        row[-len(ts.T3_COLS) :] = [by_key[c] for c in cols]
    blocks = [(b[0], rows_of(grid), grid) if not isinstance(b, str) and b[0] == "t3" else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def t3_spacer_column(p: Parts, d: Draw) -> Parts:
    """Table 三 with an empty spacer column between 自然人 and the 法人或其他组织 block (or before 总计):
    no heading, a blank cell in every row, 「申请人情况」 merged over it (eval/wild16 p20-shicheng,
    p23-fanglou, d23-jingning). Read by position, every row held eight cells."""
    after_np = d.pick((True, False))

    def spaced(grid: Grid) -> Grid:
        out: Grid = [list(row) for row in grid]
        out[0][-1] = replace(out[0][-1], cs=out[0][-1].cs + 1)  # 申请人情况 over the spacer too
        head = out[1]
        head.insert(1 if after_np else len(head) - 1, G("", rs=2))
        for row in out[3:]:
            n = len(row) - len(ts.T3_COLS)
            row.insert(n + 1 if after_np else len(row) - 1, G(""))
        return out

    blocks = [
        (b[0], rows_of(g), g) if not isinstance(b, str) and b[0] == "t3" and (g := spaced(b[2])) else b
        for b in p.blocks
    ]
    return Parts(p.head, blocks, p.tail)


def _count(text: str) -> int:
    return int(text) if text.isdigit() else 0


def t3_added_columns(p: Parts, d: Draw) -> Parts:
    """Table 三 with one or two columns the template does not have (eval/wild28 h22-simao): 「占比」/「比例」 (each
    row's share of 一 + 二, 「45.5%」, a dash in 一 and 二), 「同比增减」/「较上年增减」 (a signed change, 「+3」「-2」「0」),
    「备注」 (dashes) — after 总计, or (one of figures) between 自然人 and the 法人或其他组织 block. No cell of the template's table."""
    kinds = [d.pick(("占比", "比例", "同比增减", "较上年增减", "备注"))]
    if d.int(0, 2) == 0:
        kinds.append(d.pick(("同比增减", "备注") if kinds[0] in ("占比", "比例") else ("占比",)))
    between = kinds[0] != "备注" and d.int(0, 2) == 0  # (one column of figures between: after 自然人)
    if between:
        kinds = kinds[:1]

    def figure(kind: str, row: list[G], base: int, lead: bool, first: bool) -> G:
        if kind == "备注":
            return G("—", value=True)
        if kind in ("占比", "比例"):
            if lead:
                return G("—", value=True)
            return G(f"{100 * _count(row[-1].text) / base:.1f}%" if base else "0.0%", value=True)
        # (the first row's change is never 0: a column of zeros only is no added column a reader can tell)
        change = d.int(1, 6) * d.pick((1, -1)) if first else d.int(-6, 6)
        return G(f"{change:+d}" if change else "0", value=True)

    def added(grid: Grid) -> Grid:
        out: Grid = [list(row) for row in grid]
        data = out[3:]
        base = _count(data[0][-1].text) + _count(data[1][-1].text)
        if between:
            out[0][-1] = replace(out[0][-1], cs=out[0][-1].cs + 1)  # 申请人情况 over it too
            out[1].insert(1, G(kinds[0], rs=2))
        else:
            out[0].extend(G(k, rs=3) for k in kinds)
        for i, row in enumerate(data):
            figures = [figure(k, row, base, i < 2, i == 0) for k in kinds]
            if between:
                row.insert(len(row) - len(ts.T3_COLS) + 1, figures[0])
            else:
                row.extend(figures)
        return out

    blocks = [
        (b[0], rows_of(g), g) if not isinstance(b, str) and b[0] == "t3" and (g := added(b[2])) else b for b in p.blocks
    ]
    return Parts(p.head, blocks, p.tail)


def t3_grid_turned(m: Model, d: Draw) -> Grid:
    """Table 三 as some sites print it: applicant types as rows, the items as columns under a header
    of up to three rows (三、本年度办理结果 / （三）不予公开 … / 1.属于国家秘密 …). The corner holds the
    template's note, or 「申请人情况」 over an empty column."""
    grid = transposed(t3_grid(m))
    if d.int(0, 1):
        grid[0][0] = G(ts.T3_APPLICANTS_HEAD, rs=grid[0][0].rs, cs=grid[0][0].cs)
        at = next(i for i, row in enumerate(grid) if row and row[0].text == ts.T3_APPLICANTS_HEAD and i)
        grid[at][0] = G("", rs=grid[at][0].rs)
    return grid


def t4_grid_turned(m: Model) -> Grid:
    """Table 四 with the case kinds as rows (行政诉讼 merged down over its two) and the five results
    as columns."""
    head = [G("项目", cs=2), *[G(ts.T4_COL_LABELS[c]) for c in ts.T4_COLS]]
    rv, ld, lr = (_vals(m, f"t4.{g}", ts.T4_COLS) for g in ts.T4_GROUPS)
    return [
        head,
        [G(ts.T4_REVIEW_HEAD, cs=2), *rv],
        [G(ts.T4_LAWSUIT_HEAD, rs=2), G(ts.T4_LAWSUIT_GROUPS["ld"]), *ld],
        [G(ts.T4_LAWSUIT_GROUPS["lr"]), *lr],
    ]


_FULL = str.maketrans("0123456789+-.", "０１２３４５６７８９＋－．")


def fullwidth_digits(d: Draw) -> Callable[[str], str]:
    """Some value cells typed in full-width digits (「１２」, an IME left in full-width mode)."""
    return lambda t: t.translate(_FULL) if t[:1].isdigit() and d.int(0, 1) else t


_INVISIBLES = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\xad")


def invisible_in_figures(d: Draw) -> Callable[[str], str]:
    """Value cells pasted from a WeChat/CMS editor: an invisible format character (zero-width space,
    joiners, word joiner, BOM, soft hyphen) before the figure, and now and then inside a longer one
    (「\u200b1\xad23」) — printed, the figure alone."""

    def f(t: str) -> str:
        if not t[:1].isdigit() or not d.int(0, 3):
            return t
        t = _INVISIBLES[d.int(0, 4)] + t  # (not a soft hyphen first: a browser shows none, nor does it here)
        if len(t) > 2 and d.int(0, 1):
            k = d.int(2, len(t) - 1)
            t = t[:k] + _INVISIBLES[d.int(0, len(_INVISIBLES) - 1)] + t[k:]
        return t

    return f


def spaced_digits(d: Draw) -> Callable[[str], str]:
    """Some numbers of two digits or more with a space inside (「1 2」: letter-spaced text, an OCR
    gap), the cell still one cell."""

    def f(t: str) -> str:
        if len(t) < 2 or not t.isdigit() or d.int(0, 2):
            return t
        k = d.int(1, len(t) - 1)
        return t[:k] + " " + t[k:]

    return f


def turned(p: Parts, m: Model, d: Draw, t4: bool | None = None) -> Parts:
    """The same report with table 三 printed turned, and table 四 turned or not (`t4`; drawn when None)."""
    new = {"t3": t3_grid_turned(m, d)}
    if d.int(0, 1) if t4 is None else t4:
        new["t4"] = t4_grid_turned(m)
    blocks = [(b[0], rows_of(new[b[0]]), new[b[0]]) if not isinstance(b, str) and b[0] in new else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def flat_applicants(grid: Grid, sep: str) -> Grid:
    """A turned table 三 whose merged 「法人或其他组织」 group is unmerged the way a spreadsheet export
    writes it: each of its five rows labelled 「法人或其他组织-商业企业」 (group, `sep`, item) in one cell."""
    out: Grid = []
    under = 0  # rows of the group's span still to come
    for row in grid:
        if row and row[0].text == ts.T3_ORGS_HEAD and len(row) > 1:
            under = row[0].rs - 1
            out.append([G(ts.T3_ORGS_HEAD + sep + row[1].text, cs=2), *row[2:]])
        elif under and row:
            under -= 1
            out.append([G(ts.T3_ORGS_HEAD + sep + row[0].text, cs=2), *row[1:]])
        else:
            out.append(row)
    return out


def turned_flat(p: Parts, m: Model, d: Draw) -> Parts:
    """Table 三 printed turned (table 四 as printed), its applicant group unmerged into 「法人或其他组织-商业企业」
    labels."""
    sep = d.pick(("-", "—", "－", "·", "/", "："))
    grid = flat_applicants(t3_grid_turned(m, d), sep)
    blocks = [(b[0], rows_of(grid), grid) if not isinstance(b, str) and b[0] == "t3" else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def grids(m: Model) -> dict[str, Grid]:
    return {"t2": t2_grid(m), "t3": t3_grid(m), "t4": t4_grid(m)}


def rows_of(grid: Grid) -> Rows:
    """The grid read row by row, a merged cell once where it starts (what a copy of the page gives)."""
    return [[c.text for c in row] for row in grid]


def tables(m: Model) -> dict[str, Rows]:
    return {t: rows_of(g) for t, g in grids(m).items()}


def parts(m: Model) -> Parts:
    """Title, preamble, the six sections (tables under 二 三 四) and the end, with the agency stated
    the way `m.agency_style` says (and nowhere else in full)."""
    a, y = m.agency, m.year
    report_name = f"{a.printed or a.full}{y}年政府信息公开工作年度报告"
    generic = f"{y}年政府信息公开工作年度报告"
    basis = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"
    period = f"本报告中所列数据统计期限自{y}年1月1日起至{y}年12月31日止。"
    style = m.agency_style
    if style == "title":
        head = [report_name, f"本报告由{a.self_ref}{basis}编制。{period}"]
    elif style == "filename":
        head = [report_name + ".pdf", generic, f"本报告由{a.self_ref}{basis}编制。{period}"]
    elif style == "compiler":
        head = [generic, f"本报告由{a.printed or a.full}{basis}编制。{period}"]
    elif style == "release":
        head = [generic, f"{basis}，现发布《{report_name}》。{period}"]
    else:  # signature: the agency only in the signature block at the end
        head = [generic, f"本报告由{a.self_ref}{basis}编制。{period}"]
    gs = grids(m)
    new = m.printed["t3.new.tot"] or "0"
    blocks: list[str | tuple[str, Rows, Grid]] = [
        "一、总体情况",
        f"{y}年，{a.self_ref}共主动公开政府信息{m.published}条，收到政府信息公开申请{new}件。",
        ts.TABLE_HEADINGS["t2"],
        ("t2", rows_of(gs["t2"]), gs["t2"]),
        ts.TABLE_HEADINGS["t3"],
        ("t3", rows_of(gs["t3"]), gs["t3"]),
        ts.TABLE_HEADINGS["t4"],
        ("t4", rows_of(gs["t4"]), gs["t4"]),
    ]
    tail = [
        "五、存在的主要问题及改进情况",
        "存在的问题是培训不足，下一步将加强业务培训。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]
    if style == "signature":
        tail += [a.printed or a.full, f"{y + 1}年1月20日"]
    return Parts(head, blocks, tail)


def place(grid: Grid) -> tuple[int, list[tuple[int, int, G]]]:
    """Where each cell of a merged grid sits: (width, [(row, col, cell)]), as an HTML table lays out
    rowspan and colspan."""
    taken: set[tuple[int, int]] = set()
    out: list[tuple[int, int, G]] = []
    width = 0
    for i, row in enumerate(grid):
        j = 0
        for c in row:
            while (i, j) in taken:
                j += 1
            out.append((i, j, c))
            for a in range(i, i + c.rs):
                for b in range(j, j + c.cs):
                    taken.add((a, b))
            j += c.cs
            width = max(width, j)
    return width, out


_CN = "〇一二三四五六七八九"


def _cn_count(n: int) -> str:
    """1..31 as a date prints it: 「一」「十」「十八」「二十」「三十一」."""
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN[tens]) + "十" if tens else "") + (_CN[ones] if ones else "")


def with_chinese_dates(p: Parts) -> Parts:
    """The report with its years and dates in Chinese numerals only, as some offices print them
    (「二〇二三年度」「二〇二四年一月二十日」): no Arabic year anywhere in the paragraphs; tables unchanged."""

    def text(s: str) -> str:
        s = re.sub(r"(\d{1,2})月(\d{1,2})日", lambda m: f"{_cn_count(int(m[1]))}月{_cn_count(int(m[2]))}日", s)
        return re.sub(r"((?:19|20)\d{2})年", lambda m: "".join(_CN[int(ch)] for ch in m[1]) + "年", s)

    def conv(b):
        return text(b) if isinstance(b, str) else b

    return Parts([conv(b) for b in p.head], [conv(b) for b in p.blocks], [conv(b) for b in p.tail])


# ------------------------------------------------------------- notes, 栏次 rows, restating prose
_MARKS = ("*", "※", "①", "②", "③")
_NOTES = ("（含转办{n}件）", "（其中{n}件为网上申请）", "（均已按期答复）", "（已结案）")


def with_cell_notes(p: Parts, d: Draw) -> Parts:
    """Now and then a non-zero value cell of tables 三 and 四 carries a footnote mark typed after its
    number (「8*」「3※」「12①」) or a note in brackets, digits in it too (「73（其中2件为网上申请）」): the
    number is the cell's value, the mark or note is not part of it."""

    def note(c: G) -> G:
        if not c.value or not c.text.isdigit() or c.text == "0" or d.int(0, 3):
            return c
        if d.int(0, 1):
            return replace(c, text=c.text + _MARKS[d.int(0, len(_MARKS) - 1)])
        return replace(c, text=c.text + _NOTES[d.int(0, len(_NOTES) - 1)].format(n=d.int(1, 9)))

    blocks = [
        b if isinstance(b, str) or b[0] == "t2" else (b[0], rows_of(g := [[note(c) for c in r] for r in b[2]]), g)
        for b in p.blocks
    ]
    return Parts(p.head, blocks, p.tail)


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def with_raised_marks(p: Parts, d: Draw, unicode: bool = False) -> Parts:
    """Now and then a non-zero value cell of tables 三 and 四 followed by a footnote mark set raised —
    a digit or two (「12」 then a raised 「1」, the notes under the table): a <sup> or a
    vertical-align:super span in HTML, a superscript run in Word, a small raised glyph in a PDF
    (`G.mark`, drawn by the renderer), or typed as Unicode superscripts 「12¹」 (`unicode`). The
    number is the cell's value; the mark is not a digit of it."""

    def note(c: G) -> G:
        if not c.value or not c.text.isdigit() or c.text == "0" or d.int(0, 3):
            return c
        mark = str(d.int(1, 12))
        return replace(c, text=c.text + mark.translate(_SUPERSCRIPT)) if unicode else replace(c, mark=mark)

    blocks = [
        b if isinstance(b, str) or b[0] == "t2" else (b[0], rows_of(g := [[note(c) for c in r] for r in b[2]]), g)
        for b in p.blocks
    ]
    return Parts(p.head, blocks, p.tail)


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def with_struck_old(p: Parts, d: Draw) -> Parts:
    """A corrected report (更正版) that prints, now and then, a value cell's old figure struck through
    before the corrected one (「<del>17</del> 15」 in HTML, a struck Word run) in tables 二, 三 and 四 — a
    zero corrected from a figure too —, under a 更正说明 that names one correction. The struck figure is
    not the cell's value and is no cell of its own (the renderer draws it from `G.old`)."""
    said: list[tuple[str, str]] = []

    def strike(c: G) -> G:
        if not c.value or not _FIGURE.fullmatch(c.text) or d.int(0, 3):
            return c
        if "." in c.text:
            places = len(c.text.split(".")[1])
            was = f"{float(c.text) + d.int(1, 90) / 10:.{places}f}"
        else:
            was = str(max(0, int(c.text) + d.pick((-2, -1, 1, 2, 3))) if c.text != "0" else d.int(1, 5))
            was = was if was != c.text else str(int(c.text) + 1)
        said.append((was, c.text))
        return replace(c, old=was)

    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        blocks.append(b if isinstance(b, str) else (b[0], rows_of(g := [[strike(c) for c in r] for r in b[2]]), g))
    if said:
        was, now = said[0]
        note = (
            f"更正说明：经核查，本报告统计表中部分数据填报有误，现予更正（如由“{was}”更正为“{now}”），"
            "更正处已在表中以删除线标注，其他内容不变。"
        )
        blocks.insert(0, note)
    return Parts(p.head, blocks, p.tail)


def struck_typed(p: Parts, forms: tuple[str, ...]) -> Parts:
    """`with_struck_old`'s old figures typed into the cell's text as a text format strikes them — Markdown's
    「~~17~~ 15」, a converter's raw 「<del>17</del>15」 — `forms` taken in turn ({0} the old figure, {1} the new)."""
    k = 0

    def typed(c: G) -> G:
        nonlocal k
        if not c.old:
            return c
        k += 1
        return replace(c, text=forms[k % len(forms)].format(c.old, c.text), old="")

    blocks = [
        b if isinstance(b, str) else (b[0], rows_of(g := [[typed(c) for c in r] for r in b[2]]), g) for b in p.blocks
    ]
    return Parts(p.head, blocks, p.tail)


def with_column_numbers(p: Parts, m: Model) -> Parts:
    """A statistics system's export: a 栏次 row numbering the value columns under the header of
    tables 三 and 四 (1…7, and 1…15 under table 四 with no 栏次 word, as one system prints it), and a
    sentence before table 四 restating its totals (「据统计，…行政复议n件、提起行政诉讼n件。」)."""
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if isinstance(b, str):
            blocks.append(b)
            continue
        t, _rows, grid = b
        if t == "t4":
            rv, ld, lr = (m.values.get(f"t4.{g}.tot") or 0 for g in ts.T4_GROUPS)
            blocks.append(f"据统计，本年度因政府信息公开被申请行政复议{rv}件、提起行政诉讼{ld + lr}件。")
        if t != "t2":
            first = next(i for i, r in enumerate(grid) if any(c.value for c in r))
            width = sum(c.cs for c in grid[first] if c.value)
            label = [G("栏次", cs=sum(c.cs for c in grid[first] if not c.value))] if t == "t3" else []
            grid = [*grid[:first], label + [G(str(k + 1)) for k in range(width)], *grid[first:]]
        blocks.append((t, rows_of(grid), grid))
    return Parts(p.head, blocks, p.tail)


# ------------------------------------------------------------- value cells typed differently
def with_values(p: Parts, f, tables: tuple[str, ...] = ("t2", "t3", "t4")) -> Parts:
    """The report with the text of every value cell of `tables` passed through `f(text)` (a number
    typed as inline math, OCR letters for digits …): labels and paragraphs unchanged."""
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if isinstance(b, str) or b[0] not in tables:
            blocks.append(b)
            continue
        grid = [[replace(c, text=f(c.text)) if c.value else c for c in r] for r in b[2]]
        blocks.append((b[0], rows_of(grid), grid))
    return Parts(p.head, blocks, p.tail)


def _cn_numeral(n: int, zero: str = "〇", after: bool = False) -> str:
    """A count in Chinese numerals as a clerk types it: 「〇」, 「七」, 「十二」, 「一百零五」, 「一千零五十」,
    「一万二千」 (a leading 一十 only after a higher place: 「一百一十」)."""
    if n == 0:
        return zero
    if n >= 10000:
        hi, lo = divmod(n, 10000)
        return _cn_numeral(hi) + "万" + (("零" if lo < 1000 else "") + _cn_numeral(lo, after=True) if lo else "")
    out, pending_zero = "", False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // place % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        out += ("" if digit == 1 and unit == "十" and not out and not after else _CN[digit]) + unit
    return out


def chinese_numerals(d: Draw):
    """A count cell typed in Chinese numerals (「七十九」「〇」, now and then 「零」 for zero); a
    placeholder or blank cell as printed."""

    def f(text: str) -> str:
        if not text.isdigit():
            return text
        return _cn_numeral(int(text), "零" if d.int(0, 4) == 0 else "〇")

    return f


def math_numbers(d: Draw):
    """A number cell as a PDF-to-Markdown converter (or an LLM) typesets it: 「$12$」, now and then
    「\\(12\\)」 or 「$ 12 $」; a placeholder or blank cell as printed."""

    def f(text: str) -> str:
        if not text or not text[0].isdigit():
            return text
        k = d.int(0, 5)
        return f"\\({text}\\)" if k == 0 else f"$ {text} $" if k == 1 else f"${text}$"

    return f


def with_ocr_letters(p: Parts, d: Draw) -> Parts:
    """A scanned table's OCR text: now and then a 0 read as 「O」 or 「o」 and a 1 as 「l」 or 「I」
    inside a number (「3l」「l2」「O」), in rows of three values or more and in at most a third of a
    row's cells (the rest of the row shows it is a row of numbers)."""

    def row(r: list[G]) -> list[G]:
        vals = [i for i, c in enumerate(r) if c.value and c.text[:1].isdigit()]
        if len([c for c in r if c.value]) < 3:
            return r
        budget = len([c for c in r if c.value]) // 3
        out = list(r)
        for i in vals:
            if budget and any(ch in "01" for ch in r[i].text) and not d.int(0, 3):
                text = "".join(
                    d.pick(("O", "o")) if ch == "0" else d.pick(("l", "I")) if ch == "1" else ch for ch in r[i].text
                )
                out[i] = replace(r[i], text=text)
                budget -= 1
        return out

    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if isinstance(b, str):
            blocks.append(b)
            continue
        grid = [row(r) for r in b[2]]
        blocks.append((b[0], rows_of(grid), grid))
    return Parts(p.head, blocks, p.tail)


def _unit(key: str) -> str:
    """The unit a report prints after a cell's number: 万元 for money, 项 for table 二's item counts,
    件 for the rest."""
    k = key.split(".", 1)[1]
    if k.endswith((".amount", ".amount_wan")):
        return "万元"
    if k.endswith((".prev_items", ".delta")) or k == "procurement.items":
        return "项"
    return "件"


_T4_NAMED = {
    "rv": (
        "行政复议（结果维持/结果纠正/其他结果/尚未审结/总计）",
        "行政复议（结果维持、结果纠正、其他结果、尚未审结、总计）",
        "行政复议",
    ),
    "ld": ("行政诉讼-未经复议直接起诉", "行政诉讼（未经复议直接起诉）", "未经复议直接起诉"),
    "lr": ("行政诉讼-复议后起诉", "行政诉讼（复议后起诉）", "复议后起诉"),
}


def with_units(p: Parts, m: Model, d: Draw) -> Parts:
    """A plain-text export that prints every value with its unit (「12件」, 「+2项」, 「1234.5万元」, 「0件」;
    a placeholder stays bare) and table 四 as three named lines, the first naming the columns in its
    label: 「行政复议（结果维持/结果纠正/其他结果/尚未审结/总计）  0件  0件 …」."""
    printed = {k: v + _unit(k) if v and v[-1].isdigit() else v for k, v in m.printed.items()}
    gs = grids(replace(m, printed=printed))
    style = d.int(0, 2)
    gs["t4"] = [
        [G(_T4_NAMED[g][style]), *[G(printed[f"t4.{g}.{c}"], value=True) for c in ts.T4_COLS]] for g in ts.T4_GROUPS
    ]
    blocks = [b if isinstance(b, str) else (b[0], rows_of(gs[b[0]]), gs[b[0]]) for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


_T4_SHORT_KINDS = {
    "rv": ("行政复议", "行政复议", "复议", "复议案件"),
    "ld": ("行政诉讼（直接起诉）", "诉讼（未经复议）", "直接起诉", "未经复议起诉"),
    "lr": ("行政诉讼（复议后起诉）", "诉讼（复议后）", "复议后诉讼", "经复议后起诉"),
}
_T4_SHORT_COLS = (  # one report prints its columns one way
    {"keep": "维持", "fix": "纠正", "other": "其他", "pend": "未结", "tot": "合计"},
    {"keep": "维持", "fix": "纠正", "other": "其他", "pend": "审理中", "tot": "小计"},
    ts.T4_COL_LABELS,
    ts.T4_COL_LABELS,
)


def with_t4_short(p: Parts, m: Model, d: Draw) -> Parts:
    """Table 四 with the short labels real reports print: kinds 「复议」「诉讼（未经复议）」「行政诉讼（直接起诉）」
    「诉讼（复议后）」, columns 「维持」「纠正」「其他」「未结」「合计」 — the kinds as rows under one names row, or
    the template's fifteen columns under one row of short kind names."""
    kinds = {g: d.pick(v) for g, v in _T4_SHORT_KINDS.items()}
    names = d.pick(_T4_SHORT_COLS)
    cols = [G(names[c]) for c in ts.T4_COLS]
    if d.int(0, 2):
        corner = G(d.pick(("类型", "项目", "案件类型")))
        grid = [[corner, *cols], *[[G(kinds[g]), *_vals(m, f"t4.{g}", ts.T4_COLS)] for g in ts.T4_GROUPS]]
    else:
        grid = [
            [G(kinds[g], cs=5) for g in ts.T4_GROUPS],
            cols * 3,
            [v for g in ts.T4_GROUPS for v in _vals(m, f"t4.{g}", ts.T4_COLS)],
        ]
    blocks = [b if isinstance(b, str) or b[0] != "t4" else ("t4", rows_of(grid), grid) for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def reflowed(p: Parts, d: Draw) -> Parts:
    """Every table as a PDF reflowed into a word processor (Word's 「PDF 重排」) gives it: unmerged — a
    merged cell's text in its first slot, the slots it covered left empty cells — and an empty spacer
    column (a gap between the PDF's boxes) after every value column, or after every column."""
    every = d.pick((False, True))
    blocks: list[str | tuple[str, Rows, Grid]] = []
    for b in p.blocks:
        if isinstance(b, str):
            blocks.append(b)
            continue
        width, placed = place(b[2])
        valued = {j for _, j, c in placed if c.value}
        at = list(accumulate((2 if every or j in valued else 1 for j in range(width)), initial=0))
        grid: Grid = [[G("") for _ in range(at[-1])] for _ in b[2]]
        for i, j, c in placed:
            grid[i][at[j]] = G(c.text, value=c.value, mark=c.mark)
        blocks.append((b[0], rows_of(grid), grid))
    return Parts(p.head, blocks, p.tail)


def label_wraps(p: Parts, m: Model, d: Draw) -> Parts:
    """Long row labels of table 三 wrapped onto a second line inside their cell (a PDF's text, a
    narrow column): 「（一）本年新收政府\\n信息公开申请数量」."""
    del m

    def wrap(c: G) -> G:
        if c.value or len(c.text) < 10 or d.int(0, 2):
            return c
        k = d.int(5, len(c.text) - 3)
        return replace(c, text=c.text[:k] + "\n" + c.text[k:])

    blocks = [
        b if isinstance(b, str) or b[0] != "t3" else (b[0], rows_of(g := [[wrap(c) for c in r] for r in b[2]]), g)
        for b in p.blocks
    ]
    return Parts(p.head, blocks, p.tail)


def with_typed_counts(p: Parts, m: Model, d: Draw) -> Parts:
    """Cells typed as publishers type them (eval/wild29): a count with a 「.0」 or a trailing 「.」/「、」
    (「24.0」「1.」「0、」; never a row's last cell — after a row's last figure a 「1.」 is the next row's item
    number), and GF2019's 本年增/减 as a signed or worded change (「+5」「增加4」「↑2」「-3」「－4」「减少1」「↓1」).
    The value is the figure (the expected reads m.values): the mark, the sign's word, not part of it."""
    rows: dict[str, list[str]] = {}
    for k in m.printed:
        rows.setdefault(k.rsplit(".", 1)[0], []).append(k)
    printed = dict(m.printed)
    for keys in rows.values():
        for k in keys:
            text, x = printed[k], m.values.get(k)
            r = k.split(".")
            kind = ts.t2_spec(m.template).row(r[1]).kind(r[2]) if r[0] == "t2" else "count"
            if kind == "signed" and isinstance(x, int) and x != 0 and text.lstrip("+-").isdigit() and d.int(0, 2):
                form = d.int(0, 2)
                if x > 0:
                    printed[k] = (f"增加{x}", f"+{x}", f"↑{x}")[form]
                else:
                    printed[k] = (f"减少{-x}", f"－{-x}", f"↓{-x}")[form]
            elif kind == "count" and k != keys[-1] and text.isdigit() and not d.int(0, 3):
                printed[k] = text + d.pick((".0", ".", "、"))
    gs = grids(replace(m, printed=printed))
    blocks = [b if isinstance(b, str) else (b[0], rows_of(gs[b[0]]), gs[b[0]]) for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


_NOTE_MARKS = ("①", "②", "*", "※")


def typed_spellings(d: Draw) -> Callable[[str], str]:
    """Some count cells typed the other ways eval/wild29 types them, one spelling a cell, beside bare figures:
    a unit 「75件」「0 件」, a thousands separator 「6,390」「1，080」, full-width digits 「３９」, a note mark stuck to
    the figure 「47①」「3*」, Chinese numerals 「十八」「〇」, a letter for a digit 「l6」「O」 — each read as the figure."""

    def f(t: str) -> str:
        if not t.isdigit():
            return t
        form = d.int(0, 6)
        if form == 1:
            return t + d.pick(("件", " 件"))
        if form == 2 and len(t) > 3:
            return f"{t[:-3]}{d.pick((',', '，'))}{t[-3:]}"
        if form == 3:
            return t.translate(_FULL)
        if form == 4:
            return t + d.pick(_NOTE_MARKS)
        if form == 5 and int(t) < 100:
            return _cn_numeral(int(t))
        if form == 6 and set(t) & set("01"):
            return t.replace("0", d.pick(("O", "o"))).replace("1", "l")
        return t

    return f


# ---------------------------------------------------------------- columns and rows left out or merged (eval/wild38)
# Each variant: table 三's printed applicant columns, left to right, as the template columns each covers — one
# (a column of its own) or several (their sum, printed under one name: no template cell).
T3_REDUCED: dict[str, tuple[tuple[str, ...], ...]] = {
    "biz-sci": (("np",), ("biz", "sci"), ("npo",), ("law",), ("oth",), ("tot",)),
    "rest": (("np",), ("biz",), ("sci",), ("npo", "law", "oth"), ("tot",)),
    "subtotal": (("np",), ("biz", "sci", "npo", "law", "oth"), ("tot",)),
    "no-total": (("np",), ("biz",), ("sci",), ("npo",), ("law",), ("oth",)),
}


def _sum_text(m: Model, keys: list[str]) -> str:
    """A merged cell's printed figure: the sum of the cells it covers (a placeholder's value is 0)."""
    return fmt(sum(m.values[k] for k in keys))


def reduced_unprinted(m: Model, table: str, variant: str) -> set[str]:
    """The template cells a reduced table of `variant` does not print on its own."""
    if table == "t3":
        alone = {c[0] for c in T3_REDUCED[variant] if len(c) == 1}
        return {k for k in m.printed if k.startswith("t3.") and k.split(".")[2] not in alone}
    if table == "t4":
        if variant == "no-totals":
            return {f"t4.{g}.tot" for g in ts.T4_GROUPS}
        return {f"t4.{g}.{c}" for g in ("ld", "lr") for c in ts.T4_COLS}
    return {k for k in m.printed if k.split(".")[1] in ("penalty", "coercion")}


def t3_reduced(p: Parts, m: Model, variant: str) -> Parts:
    """Table 三 printed with fewer applicant columns than the template (eval/wild38's hunt): 商业企业 and 科研机构
    merged into one column 「商业企业、科研机构」, the last three of the 法人 block merged into 「其他组织」, the block's
    subtotal alone (「自然人 | 法人或其他组织 | 总计」), or no 总计 column. A merged column prints its cells' sum;
    the cells it covers and the columns left out are printed nowhere: read back as no value, never 0 or a sum."""
    cols = T3_REDUCED[variant]
    names = {
        ("biz", "sci"): "商业企业、科研机构",
        ("npo", "law", "oth"): "其他组织",
        ("biz", "sci", "npo", "law", "oth"): ts.T3_ORGS_HEAD,
    }
    k = len(cols)
    grid = t3_grid(m)
    legal = [c for c in cols if c not in (("np",), ("tot",))]
    if variant == "subtotal":
        head: Grid = [
            [G(ts.T3_NOTE, rs=2, cs=3), G(ts.T3_APPLICANTS_HEAD, cs=k)],
            [G(ts.T3_COL_LABELS[c[0]]) if len(c) == 1 else G(names[c]) for c in cols],
        ]
    else:
        head = [
            [G(ts.T3_NOTE, rs=3, cs=3), G(ts.T3_APPLICANTS_HEAD, cs=k)],
            [
                G(ts.T3_COL_LABELS["np"], rs=2),
                G(ts.T3_ORGS_HEAD, cs=len(legal)),
                *([G(ts.T3_COL_LABELS["tot"], rs=2)] if ("tot",) in cols else []),
            ],
            [G(ts.T3_COL_LABELS[c[0]]) if len(c) == 1 else G(names[c]) for c in legal],
        ]
    n = len(ts.T3_COLS)
    out: Grid = head
    for row, spec_row in zip(grid[3:], ts.t3_spec(m.single_r6).rows):
        by_key: dict[str, G] = dict(zip(ts.T3_COLS, row[-n:]))
        key = f"t3.{spec_row.key}"
        vals = [by_key[c[0]] if len(c) == 1 else G(_sum_text(m, [f"{key}.{x}" for x in c]), value=True) for c in cols]
        out.append([*row[:-n], *vals])
    blocks = [(b[0], rows_of(out), out) if not isinstance(b, str) and b[0] == "t3" else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def t4_reduced(p: Parts, m: Model, variant: str) -> Parts:
    """Table 四 with fewer columns than the template (eval/wild38's hunt): no 总计 column in any kind
    (「no-totals」: twelve figures), or the lawsuits' two kinds merged into one block of five sums under
    「行政诉讼」 (「lawsuits-merged」: ten figures). The cells left out or merged are printed nowhere."""
    names = [c for c in ts.T4_COLS if variant != "no-totals" or c != "tot"]
    cols = [G(ts.T4_COL_LABELS[c]) for c in names]
    w = len(names)
    if variant == "no-totals":
        grid: Grid = [
            [G(ts.T4_REVIEW_HEAD, cs=w), G(ts.T4_LAWSUIT_HEAD, cs=2 * w)],
            [*[G(c.text, rs=2) for c in cols], *[G(x, cs=w) for x in ts.T4_LAWSUIT_GROUPS.values()]],
            cols * 2,
            [g for grp in ts.T4_GROUPS for g in _vals(m, f"t4.{grp}", names)],
        ]
    else:
        merged = [G(_sum_text(m, [f"t4.ld.{c}", f"t4.lr.{c}"]), value=True) for c in names]
        grid = [
            [G(ts.T4_REVIEW_HEAD, cs=w), G(ts.T4_LAWSUIT_HEAD, cs=w)],
            cols * 2,
            [*_vals(m, "t4.rv", names), *merged],
        ]
    blocks = [b if isinstance(b, str) or b[0] != "t4" else ("t4", rows_of(grid), grid) for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def t2_rows_merged(p: Parts, m: Model) -> Parts:
    """Table 二 with 行政处罚 and 行政强制 printed as one row 「行政处罚、行政强制」 holding their sums (eval/wild38
    d23-xicheng): neither row is printed on its own."""
    spec = ts.t2_spec(m.template)
    grid = t2_grid(m)
    pen, coe = spec.row("penalty"), spec.row("coercion")
    out: Grid = []
    for row in grid:
        if row and row[0].text == coe.label:
            continue
        if row and row[0].text == pen.label:
            vals = [G(_sum_text(m, [f"t2.penalty.{c}", f"t2.coercion.{c}"]), value=True) for c in pen.cols]
            vals[-1] = G(vals[-1].text, cs=row[-1].cs, value=True)
            row = [G(f"{pen.label}、{coe.label}"), *vals]
        out.append(row)
    return with_t2(p, out)


def _t2_shown(m: Model) -> set[str]:
    """Table 二's rows a 「only rows with figures」 page prints: those with a figure other than 0 (all, when none has)."""
    rows = {k.split(".")[1] for k in m.printed if k.startswith("t2.")}
    shown = {r for r in rows if any(m.values[k] != 0 for k in m.printed if k.startswith(f"t2.{r}."))}
    return shown or rows


def _t3_shown(m: Model, variant: str) -> list[str]:
    """Table 三's printed rows, in order: a row key, or a group key (r3 r4 r5) for a group folded into one row of sums
    (「folded」); for 「figures-only」 the rows with a figure other than 0, 一、本年新收 and （七）总计 always."""
    spec = ts.t3_spec(m.single_r6)
    out: list[str] = []
    for r in spec.rows:
        if variant == "folded" and r.parent in ("r3", "r4", "r5") and r.parent != r.key:
            if r.parent not in out:
                out.append(r.parent)
            continue
        zeros = all(m.values[f"t3.{r.key}.{c}"] == 0 for c in ts.T3_COLS)
        if variant == "figures-only" and r.key not in ("new", "r7") and zeros:
            continue
        out.append(r.key)
    return out


def rows_unprinted(m: Model, table: str, variant: str) -> set[str]:
    """The template cells a table printed with rows left out or folded does not print."""
    if table == "t2":
        shown = _t2_shown(m)
        return {k for k in m.printed if k.startswith("t2.") and k.split(".")[1] not in shown}
    shown = set(_t3_shown(m, variant))
    return {k for k in m.printed if k.startswith("t3.") and k.split(".")[1] not in shown}


def t3_rows_left_out(p: Parts, m: Model, variant: str) -> Parts:
    """Table 三 with fewer rows than the template (eval/wild38's hunt): （三）不予公开, （四）无法提供 and （五）不予处理
    each printed as ONE row of their sums, their sub-rows left out (「folded」, p23-shunyi), or only the rows that
    have a figure (「figures-only」, h22-xiwengzhuang: all-zero rows left out, the group and 办理结果 cells spanning only
    the rows printed). The rows left out are printed nowhere: no value, never 0."""
    spec = ts.t3_spec(m.single_r6)
    by_key = {r.key: r for r in spec.rows}
    results = set(ts.t3_result_rows(spec)) | {"r7", "r3", "r4", "r5"}
    shown = _t3_shown(m, variant)
    in_results = [k for k in shown if k in results]
    out: Grid = t3_grid(m)[:3]
    seen: set[str] = set()
    for k in shown:
        lead: list[G] = []
        if in_results and k == in_results[0]:
            lead.append(G(ts.T3_RESULTS_HEAD, rs=len(in_results)))
        if k in ("r3", "r4", "r5") and k not in by_key:  # a folded group: one row of its sub-rows' sums
            subs = [r.key for r in spec.rows if r.parent == k]
            lead.append(G(ts.T3_GROUP_HEADERS[k].label, cs=2))
            vals = [G(_sum_text(m, [f"t3.{s}.{c}" for s in subs]), value=True) for c in ts.T3_COLS]
            out.append([*lead, *vals])
            continue
        r = by_key[k]
        if k not in results:
            lead.append(G(r.label, cs=3))
        elif r.parent and r.parent != k:
            if r.parent not in seen:
                seen.add(r.parent)
                n = sum(1 for x in shown if x in by_key and by_key[x].parent == r.parent)
                lead.append(G(ts.T3_GROUP_HEADERS[r.parent].label, rs=n))
            lead.append(G(r.label))
        else:
            lead.append(G(r.label, cs=2))
        out.append([*lead, *_vals(m, f"t3.{k}", ts.T3_COLS)])
    blocks = [(b[0], rows_of(out), out) if not isinstance(b, str) and b[0] == "t3" else b for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


def t2_figures_only(p: Parts, m: Model) -> Parts:
    """Table 二 with only the rows that have a figure (eval/wild38 h24-huairou): a row of zeros left out, an article
    whose rows are all left out printed not at all."""
    spec = ts.t2_spec(m.template)
    shown = _t2_shown(m)
    width = 1 + max(len(r.cols) for r in spec.rows)
    out: Grid = []
    for head, keys in ts.t2_groups(m.template):
        keep = [k for k in keys if k in shown]
        if not keep:
            continue
        first = spec.row(keys[0])
        n = len(first.cols)
        out.append([G(head, cs=width)])
        out.append(
            [G(ts.T2_CONTENT_HEAD), *[G(x) for x in first.col_labels[:-1]], G(first.col_labels[-1], cs=width - n)]
        )
        for key in keep:
            r = spec.row(key)
            vals = _vals(m, f"t2.{key}", r.cols)
            vals[-1] = G(vals[-1].text, cs=width - len(r.cols), value=True)
            out.append([G(r.label), *vals])
    return with_t2(p, out)


TABLES_OUT_OF_PLACE = ("san-first", "appendix-san-first", "biao123", "decoy-in-sec2")
_TABLE_NAMES = {
    "t2": "主动公开政府信息情况",
    "t3": "收到和处理政府信息公开申请情况",
    "t4": "政府信息公开行政复议、行政诉讼情况",
}


def tables_out_of_place(p: Parts, m: Model, variant: str) -> Parts:
    """The three tables out of their template place (eval/wild40's hunt), the tables themselves unchanged:
    `san-first` — section 三 with its table printed before section 二, each captioned 「表1」「表2」「表3」 in print
    order; `appendix-san-first` — the sections say 「详见附表n」 and the tables stand after the end (and its
    signature) as 附表1 (table 三), 附表2 (二), 附表3 (四); `biao123` — in the template's order, captioned 「表1」「表2」
    「表3」 (Arabic numbers a reader could take for figures); `decoy-in-sec2` — a 「主动公开情况统计表」 of channels
    (序号 | 公开渠道 | 信息条数 | 占比, a 合计 row) inside section 二 before table 二 (its figures are no cells)."""
    tabs = {b[0]: b for b in p.blocks if not isinstance(b, str)}
    intro = [b for b in p.blocks if isinstance(b, str) and b not in ts.TABLE_HEADINGS.values()]
    if variant == "appendix-san-first":
        number = {"t3": 1, "t2": 2, "t4": 3}
        blocks: list[str | tuple[str, Rows, Grid]] = [*intro]
        for t in ("t2", "t3", "t4"):
            blocks += [ts.TABLE_HEADINGS[t], f"详见附表{number[t]}。"]
        appendix: list[str | tuple[str, Rows, Grid]] = ["附件：统计表"]
        for t in ("t3", "t2", "t4"):
            appendix += [f"附表{number[t]}　{_TABLE_NAMES[t]}", tabs[t]]
        return Parts(p.head, [*blocks, *p.tail, *appendix], [])  # (the appendix after the end: blocks too)
    order = ("t3", "t2", "t4") if variant == "san-first" else ("t2", "t3", "t4")
    blocks = [*intro]
    for i, t in enumerate(order, 1):
        blocks.append(ts.TABLE_HEADINGS[t])
        if variant == "decoy-in-sec2" and t == "t2":
            blocks += [f"本年度通过各渠道主动公开政府信息{m.published}条，分布如下：", "主动公开情况统计表", _decoy(m)]
        blocks += [f"表{i}　{_TABLE_NAMES[t]}", tabs[t]]
    return Parts(p.head, blocks, p.tail)


def _decoy(m: Model) -> tuple[str, Rows, Grid]:
    """A channel table of the site's own counts (no cell of the template): 序号, channel, count, share, 合计."""
    total = m.published
    web = total * 7 // 10
    rest = [("政府网站", web), ("政务微信", (total - web) // 2), ("政务微博", total - web - (total - web) // 2)]
    grid: Grid = [[G("序号"), G("公开渠道"), G("信息条数"), G("占比")]]
    for i, (name, n) in enumerate(rest, 1):
        grid.append([G(str(i)), G(name), G(str(n), value=True), G(f"{n * 100 / total:.1f}%", value=True)])
    grid.append([G("合计", cs=2), G(str(total), value=True), G("100%", value=True)])
    return ("decoy", rows_of(grid), grid)
