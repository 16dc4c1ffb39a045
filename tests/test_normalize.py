"""Folding and the compact view: the forms every label and quote is matched in."""

from extractor.normalize import SEP, compact, fold, squash


def test_fold_maps_each_character_on_its_own_and_keeps_length():
    text = "".join(chr(c) for c in range(0x20, 0x10000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold("（一）“三安全一稳定”，：；１２３．﹒　它") == '(一)"三安全一稳定",:;123.. 他'
    assert all(fold(a) == b for a, b in zip(text[::97], folded[::97]))  # context-free


def test_compact_keeps_a_gap_between_numbers_and_maps_back():
    c = compact("共 12  件， 3 4", base=10)
    assert c.text == f"共12件,3{SEP}4"
    assert c.span(1, 3) == (12, 14)  # 「12」 in the source


def test_without_sep_compact_is_squash_with_offsets():
    """How an LLM's quote is found: every gap dropped, also between two numbers."""
    text = "共 12  件， 3 4\u3000条"
    c = compact(text, base=10, sep=False)
    assert c.text == squash(text) == "共12件,34条"
    assert all(fold(text[o - 10]) == ch for ch, o in zip(c.text, c.offsets))
    assert c.span(5, 7) == (19, 22)  # 「3 4」 in the source


def _reference_compact(text: str, base: int) -> tuple[str, list[int]]:
    """Character by character: drop whitespace; a gap between a number's end (digit . %) and a
    number's start (digit + -) becomes SEP, standing at the gap's last character."""
    folded = fold(text)
    out: list[str] = []
    offs: list[int] = []
    i = 0
    while i < len(folded):
        if not folded[i].isspace():
            out.append(folded[i])
            offs.append(base + i)
            i += 1
            continue
        j = i
        while j < len(folded) and folded[j].isspace():
            j += 1
        if i > 0 and j < len(folded) and folded[i - 1] in "0123456789.%" and folded[j] in "0123456789+-":
            out.append(SEP)
            offs.append(base + j - 1)
        i = j
    return "".join(out), offs


def test_compact_equals_the_character_reference():
    import random

    rng = random.Random(7)
    alphabet = ["1", "23", ".", "%", "-", "+", " ", "  ", "\n", "\t", "\u3000", "\x1f", "\x1e", "件", "（", "，", "a"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        c = compact(text, base=5)
        assert (c.text, c.offsets) == _reference_compact(text, 5), repr(text)
        assert c.end == 5 + len(text)


def test_spelled_out_whitespace_is_pythons_whitespace():
    import re
    import sys

    from extractor.normalize import _SPACE_CHARS

    cls = re.compile(f"[{_SPACE_CHARS}]")
    assert [c for c in range(sys.maxunicode + 1) if chr(c).isspace()] == [
        c for c in range(sys.maxunicode + 1) if cls.match(chr(c))
    ]


def test_int_range_is_range_on_both_sides_of_the_shared_list():
    from extractor.normalize import _INTS, int_range

    n = len(_INTS)
    for a, b in [(0, 0), (0, 5), (7, 3), (n - 3, n), (n - 3, n + 4), (n, n + 2), (n + 5, n + 9), (10, 2 * n)]:
        assert int_range(a, b) == list(range(a, b)), (a, b)
    assert len(_INTS) == n  # never grows


def test_fold_is_the_per_character_map():
    import random

    from extractor.normalize import _FOLD, fold

    rng = random.Random(2)
    alphabet = list(_FOLD) + list("政府信息公开abc 123\n\"'")
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert fold(text) == "".join(_FOLD.get(ch, ch) for ch in text), text
    assert all(_FOLD.get(v, v) == v for v in _FOLD.values())  # folding twice changes nothing
    assert fold("＇") == fold("'") == '"'


def test_squash_all_is_squash_of_each():
    import random

    from extractor.normalize import _FOLD, squash_all

    rng = random.Random(3)
    alphabet = list(_FOLD) + list("自然人信息内容 123\n\t\x1f\x1e\u3000\"'")
    for _ in range(200):
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(0, 6))]
        assert squash_all(texts) == [squash(t) for t in texts], texts
    assert squash_all([]) == []
    assert squash_all(["a\x00 b", "（ 一 ）"]) == ["a\x00b", "(一)"]  # (a NUL of its own: each on its own)
