"""The three tables as grids of cells (text, rowspan, colspan) and as flat rows, in the template's words.

A grid row lists only the cells that start in it (HTML-style); `full()` expands it into a rectangle for
printers that need every slot (DOCX merges, PDF, text).
"""
from __future__ import annotations

from dataclasses import dataclass

from model import (COL_NAMES, COLS, RESULT_HEAD, T3_NOTE, T4_KINDS, T4_PARTS, rows)


@dataclass
class C:
    text: str
    rs: int = 1
    cs: int = 1
    key: str | None = None  # value cell key ("t3.r1.np") or None for a label


def fmt(v) -> str:
    if isinstance(v, float):
        s = f"{v:.6f}".rstrip("0").rstrip(".")
        return s
    return str(v)


def signed(v: int) -> str:
    return f"+{v}" if v > 0 else str(v)


def t3_grid(template: str, cell) -> list[list[C]]:
    """cell(key) -> printed text for that value cell."""
    R = rows(template)
    g = [[C(T3_NOTE, 3, 3), C("申请人情况", 1, 7)],
         [C("自然人", 2, 1), C("法人或其他组织", 1, 5), C("总计", 2, 1)],
         [C(n) for n in COL_NAMES[1:6]]]
    res = [r for r in R if r[0] not in ("new", "carry_in", "carry_out")]
    seen = set()
    for key, group, label in R:
        row = []
        if key in ("new", "carry_in", "carry_out"):
            row.append(C(label, 1, 3))
        else:
            if key == res[0][0]:
                row.append(C(RESULT_HEAD, len(res), 1))
            if group is None:
                row.append(C(label, 1, 2))
            else:
                if group not in seen:
                    seen.add(group)
                    row.append(C(group, sum(1 for r in R if r[1] == group), 1))
                row.append(C(label))
        row += [C(cell(f"t3.{key}.{c}"), key=f"t3.{key}.{c}") for c in COLS]
        g.append(row)
    return g


def t4_grid(cell) -> list[list[C]]:
    g = [[C("行政复议", 1, 5), C("行政诉讼", 1, 10)],
         [C(n, 2, 1) for _, n in T4_PARTS] + [C("未经复议直接起诉", 1, 5), C("复议后起诉", 1, 5)],
         [C(n) for _, n in T4_PARTS] * 2,
         [C(cell(f"t4.{k}.{p}"), key=f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    return g


def t2_grid(template: str, cell, unit: str = "万元") -> list[list[C]]:
    v = lambda k, cs=1: C(cell(f"t2.{k}"), 1, cs, key=f"t2.{k}")  # noqa: E731
    if template == "GF2021":
        return [
            [C("第二十条第（一）项", 1, 4)],
            [C("信息内容"), C("本年制发件数"), C("本年废止件数"), C("现行有效件数")],
            [C("规章"), v("reg.made"), v("reg.repealed"), v("reg.valid")],
            [C("行政规范性文件"), v("norm.made"), v("norm.repealed"), v("norm.valid")],
            [C("第二十条第（五）项", 1, 4)],
            [C("信息内容"), C("本年处理决定数量", 1, 3)],
            [C("行政许可"), v("license.decisions", 3)],
            [C("第二十条第（六）项", 1, 4)],
            [C("信息内容"), C("本年处理决定数量", 1, 3)],
            [C("行政处罚"), v("penalty.decisions", 3)],
            [C("行政强制"), v("coercion.decisions", 3)],
            [C("第二十条第（八）项", 1, 4)],
            [C("信息内容"), C("本年收费金额（单位：万元）", 1, 3)],
            [C("行政事业性收费"), v("fee.amount_wan", 3)],
        ]
    return [
        [C("第二十条第（一）项", 1, 4)],
        [C("信息内容"), C("本年新制作数量"), C("本年新公开数量"), C("对外公开总数量")],
        [C("规章"), v("reg.new_made"), v("reg.new_public"), v("reg.total_public")],
        [C("规范性文件"), v("norm.new_made"), v("norm.new_public"), v("norm.total_public")],
        [C("第二十条第（五）项", 1, 4)],
        [C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")],
        [C("行政许可"), v("license.prev_items"), v("license.delta"), v("license.decisions")],
        [C("其他对外管理服务事项"), v("other_service.prev_items"), v("other_service.delta"),
         v("other_service.decisions")],
        [C("第二十条第（六）项", 1, 4)],
        [C("信息内容"), C("上一年项目数量"), C("本年增/减"), C("处理决定数量")],
        [C("行政处罚"), v("penalty.prev_items"), v("penalty.delta"), v("penalty.decisions")],
        [C("行政强制"), v("coercion.prev_items"), v("coercion.delta"), v("coercion.decisions")],
        [C("第二十条第（八）项", 1, 4)],
        [C("信息内容"), C("上一年项目数量"), C("本年增/减", 1, 2)],
        [C("行政事业性收费"), v("fee.prev_items"), v("fee.delta", 2)],
        [C("第二十条第（九）项", 1, 4)],
        [C("信息内容"), C("采购项目数量"), C(f"采购总金额（{unit}）", 1, 2)],
        [C("政府集中采购"), v("procurement.items"), v("procurement.amount", 2)],
    ]


def full(grid: list[list[C]], ncols: int) -> list[list[tuple[C, bool]]]:
    """Rectangle of (cell, is_origin) — covered slots repeat their cell with is_origin False."""
    out: list[list] = []
    pending: dict[tuple[int, int], C] = {}
    for r, row in enumerate(grid):
        line: list = []
        it = iter(row)
        c = 0
        while c < ncols:
            if (r, c) in pending:
                line.append((pending.pop((r, c)), False))
                c += 1
                continue
            cell = next(it, None)
            if cell is None:
                line.append((C(""), True))
                c += 1
                continue
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    if dr or dc:
                        if dr:
                            pending[(r + dr, c + dc)] = cell
            line.append((cell, True))
            for dc in range(1, cell.cs):
                line.append((cell, False))
            c += cell.cs
        out.append(line)
    return out


def t3_flat(template: str, cell, group_rows: bool = True, head: bool = True):
    """(label, [7 printed values]) rows; group headings as rows with no values when group_rows."""
    out = []
    seen = set()
    for key, group, label in rows(template):
        if key == "r1" and head:
            out.append((RESULT_HEAD, []))
        if group and group not in seen:
            seen.add(group)
            if group_rows:
                out.append((group, []))
            else:
                label = group + label
        out.append((label, [cell(f"t3.{key}.{c}") for c in COLS]))
    return out


def t2_flat(template: str, cell, unit: str = "万元"):
    """Table 二 as (label, values) rows: section headings and 信息内容 header rows with their column names."""
    out = []
    for row in t2_grid(template, cell, unit):
        texts = [c.text for c in row]
        keyed = [c for c in row if c.key]
        if keyed:
            out.append((row[0].text, [c.text for c in keyed]))
        else:
            out.append((texts[0], texts[1:]))
    return out
