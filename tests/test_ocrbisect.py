"""The OCR bench's glued table 三 (issue 16): pingtan-2020's PDF glues each row's figures into one run
(「6000017」 over seven columns); scanned, the run stands narrow in the table's middle column. Placing
unruled rows' cells by column (c1029ca5) put the whole run in that one cell and left six blanks: on
main 126 table 三 cells wrong, 84 of them unflagged. The run is the glued solver's to split. Table 二 the
same way since b380318f (`_t2_placed`: 「007」 under the middle header word): 7 cells wrong, unflagged."""

import pytest

pytest.importorskip("rapidocr", reason="OCR group not installed (pip install 'xxgk[ocr]')")
from eval.gold import DEFAULT_CORPUS, load_gold  # noqa: E402
from eval.ocr import score_report  # noqa: E402
from extractor.stream import Piece  # noqa: E402
from extractor.tables import _whole_row_glued  # noqa: E402


def test_one_bare_run_as_long_as_the_row_is_glued():
    assert _whole_row_glued([Piece("blank", 0, 0), Piece("value", 0, 7, "6000017")], 7)
    assert not _whole_row_glued([Piece("value", 0, 3, "568")], 7)  # one figure in a row of blanks: placed
    assert not _whole_row_glued([Piece("value", 0, 2, "12"), Piece("value", 3, 5, "34")], 4)
    assert not _whole_row_glued([Piece("value", 0, 8, "1,234.50")], 3)


def test_scanned_glued_tables_read_by_the_glued_solver():
    gold = next(g for g in load_gold(DEFAULT_CORPUS) if g["id"] == "pingtan-2020")
    s = score_report(gold, 0, tables_only=True)  # its 2 table pages, ~14 CPU s
    assert s.right == s.total, s.wrong[:8]
