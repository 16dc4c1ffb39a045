"""w25fixb: a speck of a noisy scan read as its own 「.」 beside a cell's lone 0 (as a word of its own, or
split off within the figure's word: 「. 0」) is dropped and the 0 read, flagged (D6) — joined, 「.0」 was no
count, the row lost its seven cells and its zeros were blank. Two figures and a point keep their point."""

from extractor.ocr import Box, Page, Rule
from extractor.ocr_layout import SPECK_CONFIDENCE, page_items


def _row(cells: list[list[Box]]) -> list[list[str]]:
    """One ruled row of len(cells) cells, 60 px each, with the given boxes: the texts page_items reads."""
    xs = [10 + 60 * i for i in range(len(cells) + 1)]
    hrules = [Rule(10, xs[0], xs[-1]), Rule(60, xs[0], xs[-1])]
    vrules = [Rule(x, 10, 60) for x in xs]
    boxes = [b for bs in cells for b in bs]
    page = Page(xs[-1] + 10, 70, boxes, hrules, vrules)
    return [["".join(b.text for b in c) for c in cells] for _, _, cells in page_items(page)]


def _zero(i: int, text: str = "0") -> Box:
    return Box(text, 0.99, 10 + 60 * i + 25, 25, 10 + 60 * i + 35, 45)


def test_a_speck_word_beside_a_lone_zero_is_dropped():
    speck = Box(".", 0.6, 10 + 60 * 1 + 12, 38, 10 + 60 * 1 + 15, 44)
    cells = [[_zero(i)] for i in range(7)]
    cells[1] = [speck, _zero(1)]
    assert _row(cells) == [["0"] * 7]
    assert cells[1][1].conf <= SPECK_CONFIDENCE  # said as a doubt (D6)


def test_a_speck_split_off_within_the_figure_word_is_dropped():
    cells = [[_zero(i)] for i in range(7)]
    cells[1] = [Box(". 0", 0.9, 10 + 60 * 1 + 15, 25, 10 + 60 * 1 + 35, 45)]
    assert _row(cells) == [["0"] * 7]
    assert cells[1][0].conf <= SPECK_CONFIDENCE


def test_two_figures_and_a_point_keep_the_point():
    cells = [[_zero(i)] for i in range(3)]
    cells[1] = [
        _zero(1, "1"),
        Box(".", 0.9, 10 + 60 + 36, 40, 10 + 60 + 38, 44),
        Box("5", 0.9, 10 + 60 + 40, 25, 10 + 60 + 48, 45),
    ]
    assert _row(cells) == [["0", "1.5", "0"]]


def test_specks_on_both_sides_of_a_lone_figure_are_dropped():
    """「.0.」: a fax's specks before and after a 0 (the trailing one alone was dropped, 「.0」 stayed)."""
    cells = [[_zero(i)] for i in range(7)]
    cells[1] = [Box(".0.", 0.69, 10 + 60 * 1 + 15, 25, 10 + 60 * 1 + 40, 45)]
    assert _row(cells) == [["0"] * 7]
