"""The three report tables as merged grids (rows of cells with rowspan/colspan), in several arrangements.

A grid is a list of rows; each row lists the cells that *start* on it (HTML's model). Every value cell
carries its gold key; the printer `Fmt` decides how a value is printed (件, full-width digits, 「—」 for
zero, …) and records the gold value or placeholder for that cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from model import (
    APP,
    COL_NAMES,
    COLS,
    GROUP_LABELS,
    RESULTS_LABEL,
    ROW_LABELS,
    T4_COL_NAMES,
    T4_COLS,
    T4_ROW_NAMES,
    T4_ROWS,
    result_layout,
    t3_rows,
)

FW = str.maketrans("0123456789.-+", "０１２３４５６７８９．－＋")
NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


@dataclass
class C:
    text: str
    rs: int = 1
    cs: int = 1
    head: bool = False
    key: str | None = None  # "t3.new.np" for a value cell


Grid = list[list[C]]


@dataclass
class Fmt:
    """How values are printed, and the gold that results (values and placeholders)."""

    suffix: str = ""  # 「件」 after t3/t4 numbers
    fullwidth: bool = False
    zero_app: str | None = None  # printed text for a zero applicant cell of table 三 (「—」, 「」, 「/」)
    zero_t4: str | None = None  # printed text for a zero part of table 四
    t2_none: dict[str, str] = field(default_factory=dict)  # t2 key → printed placeholder (「无」, 「—」)
    t2_suffix: str = ""
    amount_unit: str | None = None  # GF2019 采购总金额 unit (printed in the header)
    overrides: dict[str, int] = field(default_factory=dict)  # printed value differs from the model (a defect)
    gold: dict[str, dict] = field(default_factory=lambda: {"t2": {}, "t3": {}, "t4": {}})
    placeholders: dict[str, str] = field(default_factory=dict)

    def num(self, v, sign: bool = False) -> str:
        if isinstance(v, float):
            s = f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))
        else:
            s = f"{v:+d}" if sign and v else str(v)
        return s.translate(FW) if self.fullwidth else s

    def cell(self, key: str, v) -> C:
        table, k = key.split(".", 1)
        v = self.overrides.get(key, v)
        ph = None
        if table == "t3" and v == 0 and self.zero_app is not None and k.split(".")[1] in APP:
            ph = self.zero_app
        elif table == "t4" and v == 0 and self.zero_t4 is not None and not k.endswith(".tot"):
            ph = self.zero_t4
        elif table == "t2" and k in self.t2_none:
            ph = self.t2_none[k]
        if ph is not None:
            self.gold[table][k] = None
            self.placeholders[key] = ph
            return C(ph, key=key)
        self.gold[table][k] = v
        if table == "t2":
            text = self.num(v, sign=k.endswith(".delta"))
            if self.t2_suffix and not isinstance(v, float) and not k.endswith(".delta") and k != "fee.amount_wan":
                text += self.t2_suffix
        else:
            text = self.num(v) + self.suffix
        return C(text, key=key)


def width(grid: Grid) -> int:
    return sum(c.cs for c in grid[0])


def expand(grid: Grid) -> list[list[tuple[C, bool]]]:
    """Every slot of the grid: (cell covering it, whether the slot is the cell's top-left)."""
    w = width(grid)
    slots: list[list] = [[None] * w for _ in grid]
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while slots[r][c] is not None:
                c += 1
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    slots[r + dr][c + dc] = (cell, dr == 0 and dc == 0)
            c += cell.cs
    for r, row in enumerate(slots):
        assert all(s is not None for s in row), f"grid hole in row {r}"
    return slots


# ---- table 三 -------------------------------------------------------------------------------------


def t3_header(labelcols: int, hdr: str) -> Grid:
    h = lambda text, rs=1, cs=1: C(text, rs, cs, head=True)  # noqa: E731
    subs = [h(COL_NAMES[c]) for c in APP[1:]]
    if hdr == "3row":
        return [
            [h(NOTE, 3, labelcols), h("申请人情况", 1, 7)],
            [h("自然人", 2), h("法人或其他组织", 1, 5), h("总计", 2)],
            subs,
        ]
    if hdr == "tot3":  # 总计 outside 申请人情况, spanning all three header rows
        return [
            [h(NOTE, 3, labelcols), h("申请人情况", 1, 6), h("总计", 3)],
            [h("自然人", 2), h("法人或其他组织", 1, 5)],
            subs,
        ]
    if hdr == "split-label":  # the label header split: the note over two rows, 「项目」 on the third
        return [
            [h(NOTE, 2, labelcols), h("申请人情况", 1, 7)],
            [h("自然人", 2), h("法人或其他组织", 1, 5), h("总计", 2)],
            [h("项目", 1, labelcols), *subs],
        ]
    if hdr == "2row":
        return [[h("申请人情况", 2, labelcols), h("自然人", 2), h("法人或其他组织", 1, 5), h("总计", 2)], subs]
    if hdr == "flat":
        return [[h("项目", 1, labelcols), *[h(COL_NAMES[c]) for c in COLS]]]
    raise ValueError(hdr)


def t3_grid(template: str, values: dict, fmt: Fmt, labelcols: int = 1, hdr: str = "3row",
            headings: str = "rows", label_fn=None) -> Grid:
    """Table 三. labelcols 1: one label column, headings as rows (`headings` = "rows": with empty value
    cells; "span": the heading cell spans the row); 2: group label merged down col 0, items in col 1;
    3: 三、本年度办理结果 merged down col 0 as well."""
    lab = label_fn or (lambda key, text: text)
    grid = t3_header(labelcols, hdr)

    def vals(row: str) -> list[C]:
        return [fmt.cell(f"t3.{row}.{c}", values[f"{row}.{c}"]) for c in COLS]

    def heading_row(text: str) -> list[C]:
        if headings == "span":
            return [C(text, 1, labelcols + 7)]
        return [C(text, 1, labelcols), *[C("") for _ in COLS]]

    for row in ("new", "carry_in"):
        grid.append([C(lab(row, ROW_LABELS[row]), 1, labelcols), *vals(row)])
    layout = result_layout(template)
    n_results = sum(len(keys) for _, keys in layout)
    if labelcols < 3:
        grid.append(heading_row(RESULTS_LABEL))
    first = True
    for group, keys in layout:
        for i, key in enumerate(keys):
            cells: list[C] = []
            if labelcols == 3 and first:
                cells.append(C(RESULTS_LABEL, n_results))
            first = False
            sub = labelcols - 1 if labelcols == 3 else labelcols
            if group is None:
                cells.append(C(lab(key, ROW_LABELS[key]), 1, sub))
            elif sub == 1:
                if i == 0:
                    grid.append(heading_row(GROUP_LABELS[group]))
                cells.append(C(lab(key, ROW_LABELS[key])))
            else:
                if i == 0:
                    cells.append(C(GROUP_LABELS[group], len(keys)))
                cells.append(C(lab(key, ROW_LABELS[key])))
            grid.append(cells + vals(key))
    grid.append([C(lab("carry_out", ROW_LABELS["carry_out"]), 1, labelcols), *vals("carry_out")])
    return [r for r in grid if r]


def t3_transposed(template: str, values: dict, fmt: Fmt) -> Grid:
    """Table 三 turned: applicant types as rows, the numbered items as columns."""
    h = lambda text, rs=1, cs=1: C(text, rs, cs, head=True)  # noqa: E731
    layout = result_layout(template)
    n_results = sum(len(keys) for _, keys in layout)
    r1 = [h("申请人情况", 3, 2), h(ROW_LABELS["new"], 3), h(ROW_LABELS["carry_in"], 3), h(RESULTS_LABEL, 1, n_results),
          h(ROW_LABELS["carry_out"], 3)]
    r2: list[C] = []
    r3: list[C] = []
    for group, keys in layout:
        if group is None:
            r2.append(h(ROW_LABELS[keys[0]], 2))
        else:
            r2.append(h(GROUP_LABELS[group], 1, len(keys)))
            r3.extend(h(ROW_LABELS[k]) for k in keys)
    grid: Grid = [r1, r2, r3]
    order = t3_rows(template)
    for c in COLS:
        cells: list[C] = []
        if c == "np" or c == "tot":
            cells.append(C(COL_NAMES[c], 1, 2))
        else:
            if c == "biz":
                cells.append(C("法人或其他组织", 5))
            cells.append(C(COL_NAMES[c]))
        cells.extend(fmt.cell(f"t3.{row}.{c}", values[f"{row}.{c}"]) for row in order)
        grid.append(cells)
    return grid


# ---- table 四 -------------------------------------------------------------------------------------


def t4_grid(values: dict, fmt: Fmt, style: str = "std") -> Grid:
    h = lambda text, rs=1, cs=1: C(text, rs, cs, head=True)  # noqa: E731
    if style == "rows":  # turned: the three kinds of case as rows
        grid: Grid = [[h("项目", 1, 2), *[h(T4_COL_NAMES[c]) for c in T4_COLS]]]
        grid.append([C("行政复议", 1, 2), *[fmt.cell(f"t4.rv.{c}", values[f"rv.{c}"]) for c in T4_COLS]])
        grid.append([C("行政诉讼", 2), C("未经复议直接起诉"), *[fmt.cell(f"t4.ld.{c}", values[f"ld.{c}"]) for c in T4_COLS]])
        grid.append([C("复议后起诉"), *[fmt.cell(f"t4.lr.{c}", values[f"lr.{c}"]) for c in T4_COLS]])
        return grid
    grid = [
        [h("行政复议", 1, 5), h("行政诉讼", 1, 10)],
        [*[h(T4_COL_NAMES[c], 2) for c in T4_COLS], h("未经复议直接起诉", 1, 5), h("复议后起诉", 1, 5)],
        [*[h(T4_COL_NAMES[c]) for c in T4_COLS], *[h(T4_COL_NAMES[c]) for c in T4_COLS]],
        [fmt.cell(f"t4.{r}.{c}", values[f"{r}.{c}"]) for r in T4_ROWS for c in T4_COLS],
    ]
    if style == "2row":  # 行政复议 columns named on one row, 行政诉讼 split over two
        grid = [
            [*[h(f"行政复议{T4_COL_NAMES[c]}" if c != "tot" else "行政复议总计", 2) for c in T4_COLS],
             h("未经复议直接起诉", 1, 5), h("复议后起诉", 1, 5)],
            [*[h(T4_COL_NAMES[c]) for c in T4_COLS], *[h(T4_COL_NAMES[c]) for c in T4_COLS]],
            grid[3],
        ]
    return grid


# ---- table 二 -------------------------------------------------------------------------------------

T2_2021 = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", ["reg.made", "reg.repealed", "reg.valid"]), ("行政规范性文件", ["norm.made", "norm.repealed", "norm.valid"])]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", ["license.decisions"])]),
    ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", ["penalty.decisions"]), ("行政强制", ["coercion.decisions"])]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", ["fee.amount_wan"])]),
]


def t2_sections(template: str, amount_unit: str = "万元") -> list:
    if template == "GF2021":
        return T2_2021
    d = ["上一年项目数量", "本年增/减", "处理决定数量"]
    return [
        ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
         [("规章", ["reg.new_made", "reg.new_public", "reg.total_public"]),
          ("规范性文件", ["norm.new_made", "norm.new_public", "norm.total_public"])]),
        ("第二十条第（五）项", d, [("行政许可", ["license.prev_items", "license.delta", "license.decisions"]),
                           ("其他对外管理服务事项", ["other_service.prev_items", "other_service.delta",
                                           "other_service.decisions"])]),
        ("第二十条第（六）项", d, [("行政处罚", ["penalty.prev_items", "penalty.delta", "penalty.decisions"]),
                           ("行政强制", ["coercion.prev_items", "coercion.delta", "coercion.decisions"])]),
        ("第二十条第（八）项", d[:2], [("行政事业性收费", ["fee.prev_items", "fee.delta"])]),
        ("第二十条第（九）项", ["采购项目数量", f"采购总金额（{amount_unit}）"],
         [("政府集中采购", ["procurement.items", "procurement.amount"])]),
    ]


def t2_grid(template: str, values: dict, fmt: Fmt, remarks: dict[str, str] | None = None,
            order: list[int] | None = None, amount_unit: str = "万元") -> Grid:
    """Table 二 as one table of sections (heading row, column names, rows). `remarks`: an extra 备注
    column (row label → text); `order`: the first section's value columns printed in this order."""
    ncol = 3
    extra = 1 if remarks is not None else 0
    grid: Grid = []
    h = lambda text, rs=1, cs=1: C(text, rs, cs, head=True)  # noqa: E731
    for si, (title, heads, rows) in enumerate(t2_sections(template, amount_unit)):
        grid.append([h(title, 1, 1 + ncol + extra)])
        idx = list(range(len(heads)))
        if si == 0 and order:
            idx = order
        spans = [1] * len(heads)
        spans[-1] = ncol - len(heads) + 1
        hs = [h("信息内容")] + [h(heads[i], 1, spans[j]) for j, i in enumerate(idx)]
        if extra:
            hs.append(h("备注"))
        grid.append(hs)
        for label, keys in rows:
            cells = [C(label)]
            for j, i in enumerate(idx):
                c = fmt.cell(f"t2.{keys[i]}", values[keys[i]])
                c.cs = spans[j]
                cells.append(c)
            if extra:
                cells.append(C(remarks.get(label, "")))
            grid.append(cells)
    return grid


def stretch(grid: Grid, to: int) -> Grid:
    """Widen a grid to `to` columns by widening every cell that starts in column 0."""
    w = width(grid)
    slots = expand(grid)
    out: Grid = []
    for r, row in enumerate(grid):
        new_row = []
        for i, cell in enumerate(row):
            starts_col0 = i == 0 and slots[r][0][0] is cell
            new_row.append(C(cell.text, cell.rs, cell.cs + (to - w if starts_col0 else 0), cell.head, cell.key))
        out.append(new_row)
    return out


def value_rows(grid: Grid) -> list[list[str]]:
    """Gold keys per grid row in reading order (for the validator's row checks)."""
    return [[c.key for c in row if c.key] for row in grid]
