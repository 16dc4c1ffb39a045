"""「表三第（四）项第1目是多少」: a cell asked by its place is answered with the row (and column) that
place is, as the template prints it — so the user sees which row was read (「表三（四）1.本机关不掌握相关
政府信息：25件…」), whatever handler answered."""

from __future__ import annotations

from extractor import tablespec as ts
from extractor.normalize import fold
from extractor.schema import Answer

from .question import Question


def said_by_place(question: Question, ans: Answer) -> Answer:
    from .intent import t3_at

    rows, cols = t3_at(fold(question.text))
    cell = question.cells[0] if question.cells else None
    if ans.value is None or cell is None or cell.table != "t3" or not (rows or cols):
        return ans
    said = [f"表三{ts.row_title('t3', cell.row)}"] if cell.row in rows else []
    if cell.col in cols:
        said.append(f"{'' if said else '表三'}第{ts.T3_COLS.index(cell.col) + 1}栏为{ts.col_title('t3', cell.col)}")
    if said:
        ans.answer = f"{'，'.join(said)}：{ans.answer}"
    return ans
