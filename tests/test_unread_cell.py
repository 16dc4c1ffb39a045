"""A cell the reader could not read is not a printed blank (issue 13: answers say only what the report prints).

A row cut by text the reader could not place leaves its cells with no value and no placeholder; the answer to
「…多少」 must not claim the report left the cell blank (「报告中该栏为空白」) — a blank is a placeholder the
report prints. Found when an extractor change turned a glued 「政府集中采购102339.45万元」 row from 'glued' into
'not read' and the answer turned from a refusal into 「空白」."""

from __future__ import annotations


def _asker(tmp_path, unread: bool):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store
    from tests.reportgen import consistent_values, render

    path = tmp_path / "r.txt"
    path.write_text(render(consistent_values(seed=3), "lines", agency="测试市民政局", year=2023), encoding="utf-8")
    report = extract_path(str(path))
    for c in report.cells:
        if c.key == "t3.r4_1.np":
            c.value, c.raw, c.placeholder, c.span = None, "", not unread, None
    store = Store(tmp_path / "store")
    store.add(report)
    return Asker(store, index=False)


def test_an_unread_cell_is_not_answered_as_blank(tmp_path):
    a = _asker(tmp_path, unread=True)
    ans = a.ask("测试市民政局2023年自然人申请的无法提供（本机关不掌握相关政府信息）有多少件").answer
    assert "空白" not in ans and ans.startswith("报告未提及"), ans


def test_a_printed_blank_is_still_said_blank(tmp_path):
    a = _asker(tmp_path, unread=False)
    ans = a.ask("测试市民政局2023年自然人申请的无法提供（本机关不掌握相关政府信息）有多少件").answer
    assert "空白" in ans, ans
