"""Metamorphic question tests (issue 13): a question that means the same gets the same answer.

The gate asks a fixed sample of rewrites (eval/paraphrase.py: courtesy, particles, asking words, year and
agency forms, word order, spaces, widths, traditional characters, the question mark, a 的/得 slip) of bank
questions answered right today over the corpus store, and asserts that at least FLOOR of them are still
judged right by the bank's rules. The rest are the causes found by it, each a unit test of the one stage
every route shares (`rag.intent.canonical`, read through `rag.ask.simplified`)."""

from __future__ import annotations

import pytest

from eval import paraphrase
from rag.intent import canonical

# measured on the corpus store with seed 0, 4 rewrites a bank and transformation (348 rewrites): main before
# askmeta 0.9885 (4 misses: courtesy and 的/得), askmeta 1.0 — a floor that lets one miss through
FLOOR = 0.995
GATE_BANKS = ("dev", "final", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8")  # (holdout: never fitted)


def test_rewrites_of_right_answers_stay_right(corpus_asker):
    b = paraphrase.Bench.of(corpus_asker)
    rows = [r for which in GATE_BANKS for r in paraphrase.score_bank(b, which, seed=0, per=4)]
    s = paraphrase.summarize(rows)
    assert s["rewrites"] >= 250
    misses = "\n".join(f"{r['id']} {r['transform']}: {r['rewrite']} → {r['answer'][:60]}" for r in rows if not r["ok"])
    assert s["invariance"] >= FLOOR, misses


def test_the_same_seed_gives_the_same_rewrites():
    item = {
        "id": "x",
        "q": "安康市政府办2022年本年新收了多少件政府信息公开申请？",
        "intent": "value",
        "expect": {"value": 1},
    }
    names = paraphrase.Names()
    first = list(paraphrase.variants(item, names, 3))
    assert first == list(paraphrase.variants(item, names, 3))
    assert {t for t, _ in first} >= {"polite", "particle", "ask_word", "year_form", "width", "traditional"}


def test_rewrites_keep_the_meaning():
    """No rewrite adds a sum to a question of several reports, turns a range's year bare or names an
    account in quotes by its agency's name."""
    import random

    names = paraphrase.Names()
    several = {"id": "y", "q": "平潭2021年和2022年新收多少件", "intent": "compare", "expect": {"values": {}}}
    for seed in range(30):
        out = paraphrase.ask_word(several["q"], random.Random(seed), names, several)
        assert out is None or "共计" not in out
        ranged = paraphrase.year_form("省科技厅2021到2023年收到申请多少件", random.Random(seed), names, several)
        assert ranged is None


@pytest.mark.parametrize(
    "asked, read",
    [
        ("平潭２０２１年新收申请是２０２０年的几倍", "平潭2021年新收申请是2020年的几倍"),  # full-width digits
        ("平潭 22 年本机关不掌握相关政府信息几件", "平潭2022年本机关不掌握相关政府信息几件"),  # a space beside a number
        ("上海市政府办公厅2019差评率", "上海市政府办公厅2019年差评率"),  # a bare year glued to the asked word
        ("麻烦查一下，河北省教育厅2018年刊发多少条", "河北省教育厅2018年刊发多少条"),  # courtesy
        ("你好，请问组织了几期？", "组织了几期？"),
        ("我想知道省教育厅2023年网络申请多少件", "省教育厅2023年网络申请多少件"),
        ("君山片区2022年呢，主动公开了多少条信息？", "君山片区2022年主动公开了多少条信息？"),  # a topic marked by 呢
        ("哪些报告提到了视频号呢", "哪些报告提到了视频号"),  # a particle at the end
        ("落实条例的改进措施，上海市政府办公厅19年", "上海市政府办公厅2019年落实条例的改进措施"),  # the scope last
        ("新收了多少件申请，安康市政府办2022年？", "安康市政府办2022年新收了多少件申请？"),
        ("正文的收到申请和表三的本年新收为啥不一样？", "正文的收到申请和表三的本年新收为什么不一样？"),  # 啥 = 什么
        ("行政复议超过1件得年报", "行政复议超过1件的年报"),  # 得 typed for 的
        ("河北省科技厅2023年主动公开存在得问题", "河北省科技厅2023年主动公开存在的问题"),
    ],
)
def test_one_spelling_of_what_users_vary(asked, read):
    assert canonical(asked) == read


@pytest.mark.parametrize(
    "q",
    [
        "表三各办理结果相加能得出21吗",  # 得出, 获得, 对得上, 落实得怎么样: 得 of its own
        "清理的70件规范性文件，保留、修改、废止三项加起来对得上70吗",
        "获得好评多少条",
        "政务公开落实得怎么样",
        "平潭2021-2023三年新收多少件",  # a count of years after a range: no 年 put in
        "请列出本库中2022年的全部年度报告",  # 请列出 is the ask, not courtesy
        "河北科技厅23年依申请公开收了几件 办结率多少",  # two asks a space joins: kept apart
        "平潭2021年和2022年新收多少件",
        "收费是否为0吗",
        "A机关2022年和B机关2019年，谁发布的政策解读多",  # the scope first, then the ask: as it is
        "新收多少件，和2022年比",  # a last clause that compares is no scope
    ],
)
def test_what_is_no_variant_stays(q):
    out = canonical(q)
    assert out in (q, q.replace("23年", "2023年")), out


@pytest.mark.parametrize(
    "q, want",
    [
        ("平潭２０２１年新收申请是２０２０年的几倍", 3.33),  # was 0.3: the years' order read from the raw digits
        ("麻烦查一下，河北省教育厅2018年省内主流媒体和网络刊发了该厅多少条教育信息", 1000),  # was no number
        ("君山片区2022年呢，主动公开了多少条信息？", 156),  # was section 二's heading
        ("平潭 22 年本机关不掌握相关政府信息几件", 37),  # was four years listed
        ("上海市政府办公厅2019差评率", 0.34),  # was 报告未提及
        ("安康市人民政府办公室2022年政务微信发布信息条数是政务微博得多少倍？", 2.12),  # was 780 (the 期 count)
    ],
)
def test_variants_get_the_plain_answer(corpus_asker, q, want):
    ans = corpus_asker.ask(q)
    assert ans.value == pytest.approx(want), ans.answer


def test_a_particle_is_no_word_of_the_focus(corpus_asker):
    ans = corpus_asker.ask("哪些报告提到了视频号呢")
    assert ans.value == 5 and "视频号呢" not in ans.answer, ans.answer


def test_a_short_year_reaches_the_narrative(corpus_asker):
    ans = corpus_asker.ask("河北省教育厅18年办理依申请公开收费了吗？")
    assert "均未向申请人收取费用" in ans.answer, ans.answer


def test_a_question_in_traditional_characters_keeps_its_asking_words():
    """「這几年…是怎么漲的」: 么 is 什么/怎么's own character in any text, never 幺 (the shipped map had it so)."""
    from extractor.traditional import simplify

    assert simplify("微信公眾號關注人數這几年是怎么漲的") == "微信公众号关注人数这几年是怎么涨的"
