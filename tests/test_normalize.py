"""Folding and the compact view: the forms every label and quote is matched in."""

from extractor.normalize import SEP, compact, fold


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
