"""zyfix: cells a report does not print on its own, asked by an applicant column — and the look-alike slips of the
tables' words.

- 「其他」 as the APPLICANT column (「其他提交的…」「其他新收的申请」「其他上年结转的」) is the column 其他 — asked of a
  table that merges it with other columns (or prints only 「法人或其他组织」), the answer says the report does not
  print it on its own: never the row's total, never 0. 其他处理 / 其他情形 / 其他结果 keep their own meanings.
- An applicant's verb (「自然人提交的上年结转的申请」) names who filed, not a row: the row named is the one asked,
  never 本年新收 beside it. A row the report's table leaves out (only rows with a figure printed) is answered
  「报告未提及（报告未列出该行）」 with the rows it lists — no other cell as the headline.
- A character that LOOKS like the one meant (「予以公幵」) is mended inside a word of the tables only, through one
  small table (rag/typos.LOOKALIKE) — never in a place's name nor in an ordinary word.
Phrasings of our own, not the bank's."""

import pytest

from rag import intent
from rag.context import NOT_MENTIONED


def cells(q: str) -> list[tuple[str, str]]:
    return [(m.row, m.col) for m in intent.t3_measures(intent.canonical(q))]


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("2023年其他提交的本年新收申请是几件", [("new", "oth")]),
        ("2023年其他提出的新收申请多少", [("new", "oth")]),
        ("报告里其他新收的申请多少件", [("new", "oth")]),
        ("其他上一年结转的申请有几件", [("carry_in", "oth")]),
        ("其他结转到下年度的有多少", [("carry_out", "oth")]),
        ("其他递交的申请里办理结果合计多少件", [("r7", "oth")]),
        ("其他递交的申请中予以公开几件", [("r1", "oth")]),
    ],
)
def test_other_as_the_applicant_column(q, want):
    assert cells(q) == want


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("2023年其他处理的有多少件", [("r6", "tot")]),
        ("因其他情形其他处理的有几件", [("r6_3", "tot")]),
        ("以其他方式处理的申请多少件", [("r6", "tot")]),
        ("其他法律行政法规禁止公开的有几件", [("r3_2", "tot")]),
        ("除了自然人，其他新收申请多少", [("new", "sub")]),  # the rest of the applicants: 法人或其他组织
        ("法人或其他组织提交的新收申请多少", [("new", "sub")]),
    ],
)
def test_other_keeps_its_other_meanings(q, want):
    assert cells(q) == want


@pytest.mark.parametrize("col", ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"])
@pytest.mark.parametrize(
    ("said", "row"),
    [
        ("提交的上年结转的申请有多少件", "carry_in"),
        ("提出的结转下年度的有几件", "carry_out"),
        ("递交的办理结果总计多少", "r7"),
        ("提交的新收申请有多少件", "new"),
    ],
)
def test_applicant_verb_names_no_row(col, said, row):
    key = {
        "自然人": "np",
        "商业企业": "biz",
        "科研机构": "sci",
        "社会公益组织": "npo",
        "法律服务机构": "law",
        "其他": "oth",
    }
    assert cells(f"某局2023年{col}{said}") == [(row, key[col])]


def test_applicant_verb_alone_is_the_applications_received():
    assert cells("2023年自然人提交了多少件申请") == [("new", "np")]
    assert cells("企业提交的政府信息公开申请中，部分公开多少件") == [("r2", "biz")]


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("五常市2024年予以公幵多少件", "五常市2024年予以公开多少件"),
        ("2023年公幵了多少", "2023年公开了多少"),
        ("2023年子以公开多少件", "2023年予以公开多少件"),
        ("不矛处理的有几件", "不予处理的有几件"),
        ("2022年行政夏议多少件", "2022年行政复议多少件"),
        ("行政诉讼尚未宙结几件", "行政诉讼尚未审结几件"),
    ],
)
def test_lookalike_mended_in_table_words(q, want):
    assert intent.canonical(q) == want


@pytest.mark.parametrize(
    "q",
    [
        "夏邑县2023年行政复议多少件",
        "吉林省2023年新收多少件",
        "孩子以后申请怎么办",
        "外地人申请了多少件",
        "厦门市2023年新收",
    ],
)
def test_lookalike_never_a_place_nor_a_word(q):
    assert intent.canonical(q) == q


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """Two generated reports (eval/reportgen, wild38's families): a 表三 printing only 「法人或其他组织」's sum beside
    自然人, and a 表三 printing only its rows with a figure (上年结转 left out)."""
    from eval.reportgen.draw import RandomDraw
    from eval.reportgen.families import generate
    from extractor.extract import extract_bytes
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("zyfix"))
    out = {}
    for name, seed in (
        ("html-t3-reduced-subtotal", 3),
        ("html-t3-rows-figures-only", 2),
        ("html-t3-reduced-biz-sci", 5),
    ):
        g = generate(RandomDraw(seed), name, "GF2021")
        store.add(extract_bytes(g.data, g.name))
        out[name] = g.model
    Index(store).sync()
    return Asker(store), out


def test_other_column_not_printed_is_said(generated):
    asker, models = generated
    m = models["html-t3-reduced-subtotal"]
    assert "t3.new.oth" in m.omitted and "t3.carry_in.oth" in m.omitted
    for said in ("其他提交的新收申请有多少件", "其他上年结转的申请是多少件", "其他递交的办理结果总计多少"):
        ans = asker.ask(f"{m.agency.full}{m.year}年{said}")
        assert ans.intent == "value.unprinted", (said, ans.intent, ans.answer)
        assert ans.value is None and ans.answer.startswith(NOT_MENTIONED) and "报告未单列" in ans.answer
        assert "·其他」" in ans.answer


# (revfixa) the subtotal-only family answers 总计 − 自然人 with the formula said: tests/test_revfixa.py
@pytest.mark.parametrize("family", ["html-t3-reduced-biz-sci"])
def test_organisations_not_summed_from_the_columns_printed(generated, family):
    """「法人或其他组织提交的…」 of a table printing some organisation columns merged or left out: 报告未单列 — never
    the sum of the organisation columns it does print (silently short)."""
    asker, models = generated
    m = models[family]
    for said in ("法人或其他组织提交的新收申请有多少件", "法人或其他组织的上年结转是几件"):
        ans = asker.ask(f"{m.agency.full}{m.year}年{said}")
        assert ans.intent == "value.unprinted", (said, ans.intent, ans.answer)
        assert ans.value is None and "「法人或其他组织」的五列" in ans.answer


def test_row_left_out_is_the_answer(generated):
    asker, models = generated
    m = models["html-t3-rows-figures-only"]
    assert "t3.carry_in.np" in m.omitted and "t3.new.np" not in m.omitted
    for said in ("自然人提交的上年结转的申请有多少件", "科研机构提交的上年结转的有几件", "上年结转多少件"):
        ans = asker.ask(f"{m.agency.full}{m.year}年{said}")
        assert ans.value is None and ans.answer.startswith(f"{NOT_MENTIONED}（报告未列出该行）"), (said, ans.answer)
        assert "「上年结转」一行" in ans.answer and "本年新收（" not in ans.answer
    printed = asker.ask(f"{m.agency.full}{m.year}年自然人提交的新收申请有多少件")
    assert printed.value is not None and printed.value == m.values["t3.new.np"]
