"""zmfixc: what users wrap around a question must not change what it asks (blindzm / blindzk, eval.variants).

(A) A request to CHECK a figure after a courtesy or a boss's errand (「您好，麻烦帮我核实一下，X几件？谢谢」「主任让我确认
一下：X多少件，比较急」「请帮忙查查，X有几件」) asks the figure — a value question, never the explain route; the same
wrapping around an agreement (「帮我看看表三平不平：新收+结转 = 总计+结转下年」) is the consistency verdict, never a sum.
(B) Lead-ins stacked (a greeting, who I am, what I do, what I want, and then the office's own 「我是X的，我们…」) keep the
body and the ask after them.
(C) A bound's inclusion or exclusion spoken without brackets (「在17件以上 不含17」「以上 含17」「以下 不包括17」) sets the
bound as written.
Asked of generated reports of bodies of our own, in phrasings of our own (not the bank's)."""

from __future__ import annotations

import re

import pytest

from tests.reportgen import consistent_values, render

BODIES = (
    ("宁远县水利局", 2024, 7),
    ("汉寿县教育局", 2023, 11),
    ("临澧县财政局", 2023, 13),
    ("长沙市岳麓区教育局", 2023, 91),
    ("湘潭县民政局", 2023, 93),
    ("浏阳市财政局", 2023, 100),
    ("株洲市芦淞区司法局", 2023, 104),
    ("长沙市开福区四方坪街道办事处", 2023, 17),
)
SEED = {a: s for a, _, s in BODIES}
HUNAN_DEPTS_2023 = [a for a, y, _ in BODIES if y == 2023 and a.endswith("局")]


def _v(agency: str, key: str) -> int:
    return int(consistent_values(seed=SEED[agency])[key])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store

    folder = tmp_path_factory.mktemp("zmfixc")
    st = Store(folder / "store")
    ids = {}
    for n, (agency, year, seed) in enumerate(BODIES):
        path = folder / f"r{n}.txt"
        path.write_text(render(consistent_values(seed=seed), "lines", agency=agency, year=year), encoding="utf-8")
        report = extract_path(str(path))
        st.add(report)
        ids[agency] = report.id
    return Asker(st, index=False), ids


# (A) a check of a figure after a courtesy: the figure
@pytest.mark.parametrize(
    ("q", "key"),
    [
        ("您好，请帮我核对一下，自然人提的申请有几件？多谢", "t3.new.np"),
        ("主任交代：你帮我核对下，本年新收申请总共多少件，比较急", "t3.new.tot"),
        ("麻烦您，帮忙核对一下，予以公开的有几件", "t3.r1.tot"),
        ("老师好，想请您帮我核对一下，复议后又起诉的行政诉讼一共多少件", "t4.lr.tot"),
        ("你好，能不能帮我核对一下，复议结果纠正的有几件？谢了", "t4.rv.fix"),
        ("请问帮我核对，新收申请几件", "t3.new.tot"),
    ],
)
def test_a_check_after_a_courtesy_asks_the_figure(store, q, key):
    asker, ids = store
    ans = asker.ask(q, report_id=ids["宁远县水利局"])
    assert ans.value == _v("宁远县水利局", key), ans.answer


# (A) the same wrapping around an agreement: the consistency verdict, never a sum of rows
@pytest.mark.parametrize(
    "q",
    [
        "您好，麻烦问下，帮我看看表三平不平衡：新收+上年结转 = 办结+结转下年？谢谢",
        "我在写论文，想问一下帮我看看表三对不对：新收+上年结转 = 总计+结转下年",
        "你好，请问，帮我瞅瞅表三平不平：本年新收+上年结转 = 总计+结转下年度？",
        "你好，请问，帮我看看表三平不平：本年新收+上年结转 = 总计+结转下年度？",
    ],
)
def test_an_agreement_after_a_courtesy_is_a_verdict(store, q):
    asker, ids = store
    ans = asker.ask(q, report_id=ids["宁远县水利局"])
    assert re.match(r"一致|成立", ans.answer) and ans.value is None, ans.answer


# (B) lead-ins stacked before the office's own 「我是X的，我们…」
@pytest.mark.parametrize(
    ("q", "agency", "key"),
    [
        (
            "打扰了，我们在做一个调研，想了解：我是汉寿县教育局的，我们2023年年报里新收申请多少件",
            "汉寿县教育局",
            "t3.new.tot",
        ),
        (
            "你好，我是写论文的，想请教一下，我是汉寿县教育局的，我们2023年年报里新收申请多少件",
            "汉寿县教育局",
            "t3.new.tot",
        ),
        ("想了解：我是汉寿县教育局的，我们2023年年报里新收申请多少件", "汉寿县教育局", "t3.new.tot"),
    ],
)
def test_stacked_lead_ins_keep_the_body_and_the_ask(store, q, agency, key):
    asker, _ = store
    ans = asker.ask(q)
    assert ans.value == _v(agency, key), ans.answer


# (B) a lead-in before a comparison with a body whose name holds no 局/政府 (a 街道办事处)
@pytest.mark.parametrize(
    "q",
    [
        "我是做研究的，想了解一下我们新收申请和长沙市开福区四方坪街道办事处同年比，谁多",
        "我是写论文的，想问下我们的新收申请和长沙市开福区四方坪街道办事处同一年相比，哪家多？分别多少",
        "你好，我在做调研，我们的新收申请跟长沙市开福区四方坪街道办事处同年比较，谁多谁少",
    ],
)
def test_stacked_lead_ins_keep_a_comparison(store, q):
    asker, ids = store
    ans = asker.ask(q, report_id=ids["汉寿县教育局"])
    for agency in ("汉寿县教育局", "长沙市开福区四方坪街道办事处"):
        assert agency in ans.answer and str(_v(agency, "t3.new.tot")) in ans.answer, ans.answer


# (C) a bound's inclusion spoken without brackets
def _passing(test) -> set[str]:
    return {a for a in HUNAN_DEPTS_2023 if test(_v(a, "t3.r1.tot"))}


@pytest.mark.parametrize(
    ("q", "want"),
    [
        ("湖南省2023年区县部门 予以公开在17件以上 不含17 的是哪几家", _passing(lambda v: v > 17)),
        ("湖南省2023年区县部门 予以公开在17件以上 不包括17件 的有哪些", _passing(lambda v: v > 17)),
        ("湖南省2023年区县部门 予以公开在17件以下 含17 的单位有哪些", _passing(lambda v: v <= 17)),
        ("湖南省2023年区县部门 予以公开在17件以下 包含17 的是哪些", _passing(lambda v: v <= 17)),
    ],
)
def test_a_spoken_bound_is_the_bound_written(store, q, want):
    asker, _ = store
    ans = asker.ask(q)
    assert {a for a in HUNAN_DEPTS_2023 if a in ans.answer} == want, ans.answer


# (B) a courtesy before a researcher's sample size (「样本量：P、Y年度，N=？」) keeps the sample word and its place
@pytest.mark.parametrize(
    "q",
    [
        "您好，麻烦问一下，样本量：湖南省、2023年度，N=？谢谢！",
        "你好，我想问一下，样本量：湖南省、2023年度？",
        "老师好，想请教一下，样本数：湖南省、2023年度？多谢",
    ],
)
def test_a_sample_size_after_a_courtesy(store, q):
    asker, _ = store
    ans = asker.ask(q)
    assert ans.value == sum(1 for _, y, _ in BODIES if y == 2023), ans.answer
