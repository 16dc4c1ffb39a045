"""The glued-row solver: recover only what the identities make unique."""

from extractor import glued, tablespec as ts

COUNT7 = ["count"] * 7
KEYS = [f"t3.new.{c}" for c in ts.T3_COLS]
H2 = [eq for eq in ts.t3_equations(ts.T3_GF2021) if eq.where == "t3.new"]


def test_unique_row_split_under_row_total():
    cands = glued.filter_by(glued.split_candidates(["713000074"], COUNT7) or [], KEYS, H2)
    assert cands == [("71", "3", "0", "0", "0", "0", "74")]


def test_printed_spaces_are_respected():
    cands = glued.filter_by(glued.split_candidates(["230", "000023"], COUNT7) or [], KEYS, H2)
    assert cands == [("23", "0", "0", "0", "0", "0", "23")]


def test_no_leading_zeros_makes_zero_rows_unique():
    assert glued.split_candidates(["0000000"], COUNT7) == [("0",) * 7]


def test_ambiguous_row_left_open():
    cands = glued.filter_by(glued.split_candidates(["270020130"], COUNT7) or [], KEYS, H2)
    assert len(cands) > 1
    assert glued.solve({"new": (KEYS, cands)}, {}, []) == {}


def test_cross_row_identity_disambiguates():
    spec = ts.T3_GF2021
    eqs = ts.t3_equations(spec)
    r1 = [f"t3.r1.{c}" for c in ts.T3_COLS]
    cands = glued.filter_by(
        glued.split_candidates(["270020130"], COUNT7) or [], r1, [e for e in eqs if e.where == "t3.r1"]
    )
    known: dict[str, int | float | None] = {
        f"t3.{r}.{c}": 0 for r in ts.t3_result_rows(spec) if r != "r1" for c in ts.T3_COLS
    }
    known.update({f"t3.r7.{c}": v for c, v in zip(ts.T3_COLS, [27, 0, 0, 2, 0, 1, 30])})
    solved = glued.solve({"r1": (r1, cands)}, known, eqs)
    assert [solved[k] for k in r1] == ["27", "0", "0", "2", "0", "1", "30"]


def test_signed_and_money_kinds():
    assert glued.split_candidates(["35", "-15"], ["count", "signed"]) == [("35", "-15")]
    assert ("1", "2.5") in (glued.split_candidates(["12.5"], ["count", "money"]) or [])


def test_explosion_is_bounded():
    assert glued.split_candidates(["1" * 40], ["count"] * 15) is None


def test_count_parts_are_validated_like_the_pattern():
    import re

    from extractor.glued import _valid

    for part in ["0", "00", "01", "10", "7", "230", "", "+1", "1.5", "٣", "1٣", "0٣"]:
        assert _valid(part, "count") == bool(re.fullmatch(r"(?:0|[1-9]\d*)", part)), part


def test_cuts_are_every_valid_split_in_order():
    import itertools
    import random

    from extractor.glued import _PART, _cuts

    rng = random.Random(3)
    cases = []
    for _ in range(400):
        token = "".join(
            rng.choice("0012345.+") if rng.random() < 0.15 else rng.choice("0123456789")
            for _ in range(rng.randint(1, 12))
        )
        cases.append((token, [rng.choice(["count", "count", "signed", "money"]) for _ in range(rng.randint(1, 6))]))
    for _ in range(400):  # digits into counts: the tabled path
        token = "".join(rng.choice("0000123456789") for _ in range(rng.randint(1, 16)))
        cases.append((token, ["count"] * rng.randint(1, 9)))
    for token, kinds in cases:
        want = []
        for cut in itertools.combinations(range(1, len(token)), len(kinds) - 1):
            bounds = (0, *cut, len(token))
            parts = tuple(token[a:b] for a, b in zip(bounds, bounds[1:]))
            if all(_PART[k].fullmatch(p) for p, k in zip(parts, kinds)):
                want.append(parts)
        assert _cuts(token, kinds, [10**9]) == want, (token, kinds)


def test_clauses_holding_a_word_are_those_of_a_split():
    import random
    import re

    from extractor.tables import _clauses_with

    rng = random.Random(5)
    pieces = ["规章", "规范性文件", "制发", "12件", "，", "。", "；", "现行有效", "本年", ","]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        for word in ("规章", "规范性文件"):
            assert _clauses_with(text, word) == [c for c in re.split(r"[。；;，,]", text) if word in c], text


T4_KEYS = [f"t4.{g}.{c}" for g in ts.T4_GROUPS for c in ts.T4_COLS]


def test_row_sums_cut_long_rows_the_listing_cannot():
    """Table 四's 15 cells in 24 glued digits: too many cuts to list (the listing gives up), one that
    keeps its three 总计 — found by checking the sums while cutting."""
    digits = "021745748000001271200724"
    assert not glued.split_candidates([digits], ["count"] * 15)
    sums = glued.row_sums(T4_KEYS, ts.t4_equations())
    assert sums == {4: (0, 1, 2, 3), 9: (5, 6, 7, 8), 14: (10, 11, 12, 13)}
    assert glued.split_candidates([digits], ["count"] * 15, sums) == [
        ("0", "2", "1", "745", "748", "0", "0", "0", "0", "0", "12", "712", "0", "0", "724")
    ]


def test_marks_inside_a_glued_run_are_cells_as_printed():
    sums = glued.row_sums(KEYS, H2)
    assert glued.split_candidates(["257175861", "/", "/", "/", "2076"], COUNT7, sums) == [
        ("257", "1758", "61", "/", "/", "/", "2076")
    ]
    # the same answers as listing every cut and filtering by the row's 总计
    for tokens in (["713000074"], ["230", "000023"], ["270020130"], ["12", "—", "—", "—", "—", "3"]):
        listed = glued.filter_by(glued.split_candidates(tokens, COUNT7) or [], KEYS, H2)
        assert sorted(glued.split_candidates(tokens, COUNT7, sums) or []) == sorted(listed), tokens


def test_a_row_whose_printed_sum_is_wrong_is_read_as_printed_only_when_nothing_was_cut():
    """Every cell printed apart and the sum wrong: what was printed (H2 reports it). Digits that had to be
    cut and no cut keeps the sum: the cut is a guess — a page's bare number glued after the 总计 (「12」
    「3」 read 123) cuts one way only too — so the row is not read (null with a D4 doubt)."""
    sums = glued.row_sums(KEYS, H2)
    assert glued.split_candidates(["1", "2", "—", "—", "—", "—", "9"], COUNT7, sums) == [
        ("1", "2", "—", "—", "—", "—", "9")
    ]
    assert glued.split_candidates(["12", "—", "—", "—", "—", "9"], COUNT7, sums) == []
    assert glued.split_candidates(["012", "/", "/", "/", "/", "123"], COUNT7, sums) == []
