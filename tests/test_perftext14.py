"""perftext (session 14): the text path's cheaper prechecks and patterns find exactly what the ones they replace
found — each checked against the original form over random texts made of the characters that matter."""

import random
import re

from extractor import cards, metrics, t3_order, tablespec as ts

_FIGURE_LINE_ORIGINAL = metrics._FIGURE_LINE


def _few_original(text: str) -> bool:
    return sum(1 for _ in zip(range(metrics._BOX_MIN), _FIGURE_LINE_ORIGINAL.finditer(text))) < metrics._BOX_MIN


def test_few_figure_lines_is_the_line_scan():
    rng = random.Random(14)
    alphabet = ["\n", "\n", " ", "\t", "\u3000", "\r", "1", "23", "4,5", ".6", "件", "%", "万元", "多", "余", "a", "中"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        metrics._few_figure_lines_memo[0] = None
        assert metrics._few_figure_lines(text) == _few_original(text), repr(text)
        assert metrics._few_figure_lines(text) == _few_original(text), repr(text)  # (the memo's answer)
    assert not metrics._few_figure_lines("数读年报\n87件\n收到申请\n 100.0% \n办结率\n12 件")
    assert metrics._few_figure_lines("87件\n收到申请\n100.0%")


def test_chain_start_is_the_optional_group():
    """`cards._chain_rx`'s start pattern, one flat alternation, finds what 「(?:org)?(?:alts)」 found."""
    rng = random.Random(15)
    for names in (cards._T4_CHAIN, cards._T3_CHAIN):
        alts = "|".join(map(cards._name_rx, sorted(names, key=len, reverse=True)))
        original = re.compile(rf"(?:{re.escape(ts.T3_ORGS_HEAD)})?(?:{alts})")
        flat = cards._chain_rx(names).start
        words = [*names, ts.T3_ORGS_HEAD, "法人或其他", "其他", "12", ":", "(", ")", "单位:万元", "x", "\x1f", "\x1e"]
        for _ in range(3000):
            text = "".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
            a = rng.randrange(len(text) + 1)
            b = rng.randrange(a, len(text) + 1)
            assert [m.span() for m in flat.finditer(text, a, b)] == [m.span() for m in original.finditer(text, a, b)], (
                text
            )
            assert [bool(flat.match(text, i, b)) for i in range(a, b)] == [
                bool(original.match(text, i, b)) for i in range(a, b)
            ]


def test_column_names_other_lookbehind_after_the_word():
    original = re.compile(
        "|".join(r"(?<!或)其他(?!组织|处理|情形)" if n == "其他" else re.escape(n) for n in ts.T3_COL_NAMES)
    )
    rng = random.Random(16)
    words = [*ts.T3_COL_NAMES, "或", "其他", "组织", "处理", "情形", "法人或其他组织", "x"]
    for _ in range(5000):
        text = "".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
        a = rng.randrange(len(text) + 1)
        assert [m.span() for m in t3_order._NAMES.finditer(text, a)] == [
            m.span() for m in original.finditer(text, a)
        ], text


def test_ocr_letters_lookbehind_after_the_first_letter():
    from extractor import stream

    original = re.compile(r"(?<![A-Za-z])[OolI]+(?![A-Za-z])")
    rng = random.Random(17)
    alphabet = ["O", "o", "l", "I", "a", "Z", "1", " ", "、", "件", "0"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        a = rng.randrange(len(text) + 1)
        assert [m.span() for m in stream._OCR_LETTERS_ANY.finditer(text, a)] == [
            m.span() for m in original.finditer(text, a)
        ], text


def test_a_note_after_a_number_opens_with_a_mark_or_a_bracket():
    """`stream._fragment` looks for NOTE_AFTER_NUMBER only where `_NOTE_FIRST` finds a character to open one."""
    from extractor import stream

    rng = random.Random(18)
    alphabet = ["1", "23", "件", "万元", "(", ")", "其中2件", "二", "*", "①", "¹", "x", "、", "\x1f"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        if stream._NOTE_FIRST.search(text) is None:
            assert stream.NOTE_AFTER_NUMBER.search(text) is None, text
