"""zofix: a third day of use (blindzo) — what users mean, in any words.

(1) The handling results' total said as 「合计」 (「处理结果合计」) is 办理结果总计; 「无法提供」 as an answer is the
subtotal of its three sub-rows, 「因为没有这个信息给不了」 its first sub-row — asked behind a reader's lead-in too.
(2) Several figures asked in one breath (「公开了多少部分公开多少不公开的多少」) → each figure.
(3) A body typed with an IME slip (肓 for 育) or a short form (「湖南生态环境厅」「长沙规自局」) is still the body.
(4) A province named without 省 (「在湖南2023年度的年报中…最多的是哪个机关」) is the province.
(5) A fee asked in simplified of a report printed in 繁體 (「未收取信息處理費」) is answered from the report.
(6) 「作废/废止的规范性文件」 of a 2019-template report (its table two has no 废止 row) is refused — never the 制发 figure.
(7) After two values of one measure in two turns, 「少了还是多了，差几件」 is the change between them.
Asked of generated reports of bodies of our own, in phrasings of our own (not the bank's)."""

from __future__ import annotations

import pytest

from extractor import tablespec as ts
from tests.reportgen import PREAMBLE_FORM, SECTION2, SECTION3, SECTION4, TAIL, consistent_values, render, table_rows

BODIES = (
    ("湖南省生态环境厅", 2023, 21),
    ("长沙市规划和自然资源局", 2023, 22),
    ("汉寿县教育局", 2023, 23),
    ("湘潭县民政局", 2023, 24),
    ("湘潭县民政局", 2022, 25),
)
FANTI = ("浏阳市财政局", 2023, 26)
GF2019 = ("临澧县司法局", 2020, 27)


def _v(seed: int, key: str) -> int:
    return int(consistent_values(seed=seed)[key])


def _seed(agency: str, year: int) -> int:
    return next(s for a, y, s in BODIES if a == agency and y == year)


def _gf2019_text(agency: str, year: int, seed: int) -> str:
    values = consistent_values(seed=seed, single_r6=True)
    t2 = {"t2.norm.new_made": "6", "t2.norm.new_public": "6", "t2.norm.total_public": "40"}
    rows = table_rows(values, single_r6=True)
    t2rows = []
    for head, keys in ts.t2_groups("GF2019"):
        t2rows.append([head])
        t2rows.append([ts.T2_CONTENT_HEAD, *ts.T2_GF2019.row(keys[0]).col_labels])
        for key in keys:
            r = ts.T2_GF2019.row(key)
            t2rows.append([r.label, *(t2.get(f"t2.{key}.{c}", "/") for c in r.cols)])
    rows["t2"] = t2rows
    parts = [
        PREAMBLE_FORM.format(agency=agency, year=year),
        f"一、总体情况\n{year}年，本机关依法做好政府信息公开工作。\n",
        SECTION2,
        *("\n".join(r) + "\n" for r in rows["t2"]),
        SECTION3,
        *("\n".join(r) + "\n" for r in rows["t3"]),
        SECTION4,
        *("\n".join(r) + "\n" for r in rows["t4"]),
        TAIL,
    ]
    return "".join(parts)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store

    folder = tmp_path_factory.mktemp("zofix")
    st = Store(folder / "store")
    ids = {}
    texts = [(a, y, render(consistent_values(seed=s), "lines", agency=a, year=y)) for a, y, s in BODIES]
    a, y, s = FANTI
    fanti = render(consistent_values(seed=s), "lines", agency=a, year=y).replace(
        "本年度未收取信息处理费。", f"{y}年度未收取信息處理費。"
    )
    texts.append((a, y, fanti))
    texts.append((GF2019[0], GF2019[1], _gf2019_text(*GF2019)))
    for n, (agency, year, text) in enumerate(texts):
        path = folder / f"r{n}.txt"
        path.write_text(text, encoding="utf-8")
        report = extract_path(str(path))
        st.add(report)
        ids[(agency, year)] = report.id
    return Asker(st, index=False), ids


# (1) the results' total said as 合计; 无法提供 as a subtotal and its first sub-row
@pytest.mark.parametrize(
    ("q", "keys"),
    [
        ("帮我瞧瞧这份报告，处理结果一共合计多少件", ("t3.r7.tot",)),
        ("这里面各种处理结果合计是几件", ("t3.r7.tot",)),
        ("处理结果加起来合计多少", ("t3.r7.tot",)),
        ("我正在读这份年报，想了解一下答复无法提供的共几件，多谢", ("t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot")),
        ("我在看这个报告，想问下无法提供的答复一共几件，谢了", ("t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot")),
        ("我正在读这份年报，想了解无法提供的有几件，谢谢", ("t3.r4_1.tot", "t3.r4_2.tot", "t3.r4_3.tot")),
        ("我在翻这份年报，想问一下因为本机关不掌握信息提供不了的有几件，谢了", ("t3.r4_1.tot",)),
        ("我在翻这份报告，想了解一下不掌握相关信息没法提供的有几件，谢谢", ("t3.r4_1.tot",)),
        ("我在研究这份年报，想知道不掌握信息给不了的是几件，谢啦", ("t3.r4_1.tot",)),
    ],
)
def test_results_total_and_cannot_provide(store, q, keys):
    asker, ids = store
    seed = _seed("汉寿县教育局", 2023)
    ans = asker.ask(q, report_id=ids[("汉寿县教育局", 2023)])
    assert ans.value == sum(_v(seed, k) for k in keys), ans.answer


# (2) several figures in one breath
@pytest.mark.parametrize(
    "q",
    [
        "这一年公开多少部分公开多少不予公开多少都说说",
        "公开的、部分公开的、不公开的分别多少，你都讲讲",
        "麻烦说下公开了多少，部分公开多少，不予公开的又是多少",
    ],
)
def test_several_figures_in_one_breath(store, q):
    asker, ids = store
    seed = _seed("汉寿县教育局", 2023)
    ans = asker.ask(q, report_id=ids[("汉寿县教育局", 2023)])
    r3 = sum(_v(seed, f"t3.r3_{i}.tot") for i in range(1, 9))
    text = ans.answer
    for label, v in (("予以公开", _v(seed, "t3.r1.tot")), ("部分公开", _v(seed, "t3.r2.tot")), ("不予公开", r3)):
        assert f"{label}{v}件" in text.replace("：", "").replace(" ", ""), text


# (3) an IME slip (肓 for 育) and the short forms of two bodies
@pytest.mark.parametrize(
    "q",
    [
        "汉寿县教肓局2023年新收了几件申请",
        "汉寿县教肓局2023年度收到的信息公开申请有多少",
        "请问汉寿县教肓局2023年本年新收申请数量",
    ],
)
def test_an_ime_slip_in_a_body(store, q):
    asker, _ = store
    ans = asker.ask(q)
    assert ans.value == _v(_seed("汉寿县教育局", 2023), "t3.new.tot"), ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "湖南生态环境厅2023年跟长沙规自局2023年比，谁新收的申请多",
        "湖南生态环境厅和长沙规自局2023年新收申请哪个多",
        "2023年长沙规自局与湖南生态环境厅的新收申请比一比",
    ],
)
def test_short_forms_of_two_bodies(store, q):
    asker, _ = store
    ans = asker.ask(q)
    for agency in ("湖南省生态环境厅", "长沙市规划和自然资源局"):
        assert str(_v(_seed(agency, 2023), "t3.new.tot")) + "件" in ans.answer, ans.answer
        assert agency in ans.answer, ans.answer


# (4) a province without 省
@pytest.mark.parametrize(
    "q",
    [
        "在湖南2023年度的政府信息公开年报中，本年新收申请最多的是哪个机关？",
        "湖南2023年度政府信息公开工作年度报告里，新收申请最多的是哪家单位",
        "在湖南2023年度的政府信息公开报告中，谁新收的申请最多",
    ],
)
def test_a_province_without_sheng(store, q):
    asker, _ = store
    ans = asker.ask(q)
    best = max((a for a, y, _ in BODIES if y == 2023), key=lambda a: _v(_seed(a, 2023), "t3.new.tot"))
    assert "没有找到" not in ans.answer and best in ans.answer, ans.answer


# (5) a fee asked in simplified of a report printed in 繁體
@pytest.mark.parametrize(
    "q",
    [
        "申请公开信息要收费吗，他们收了没有",
        "这一年收没收信息处理费？",
        "有没有收取信息处理费用啊",
    ],
)
def test_a_fee_of_a_fanti_report(store, q):
    asker, ids = store
    ans = asker.ask(q, report_id=ids[FANTI[:2]])
    assert "未收取信息處理費" in ans.answer, ans.answer


# (6) 废止 of a 2019-template report: refused, never the 制发 figure
@pytest.mark.parametrize(
    "q",
    [
        "今年作废的规范性文件是几件",
        "本年作废的规范性文件多少件啊",
        "规范性文件作废的有多少",
    ],
)
def test_repealed_norms_of_a_2019_report_refused(store, q):
    asker, ids = store
    ans = asker.ask(q, report_id=ids[GF2019[:2]])
    assert ans.value is None and "6件" not in ans.answer, ans.answer
    assert "未提及" in ans.answer or "没有" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["今年作废的规范性文件是几件", "本年作废的规范性文件多少件啊", "规范性文件作废的有多少"])
def test_repealed_norms_of_a_2021_report(store, q):
    asker, ids = store
    ans = asker.ask(q, report_id=ids[("汉寿县教育局", 2023)])
    assert ans.value == _v(_seed("汉寿县教育局", 2023), "t2.norm.repealed"), ans.answer


# (7) the change between two values of two turns
@pytest.mark.parametrize(
    "q",
    [
        "少了还是多了，差几件",
        "是多了还是少了，相差多少",
        "比那年增加还是减少了，差了几件",
    ],
)
def test_the_change_between_two_turns(store, q):
    from rag import followup

    asker, _ = store
    prev: list[str] = []  # the chat's memory, each turn as it was read (as the CLI and the web page keep it)
    for turn in ("湘潭县民政局2023年新收多少件申请", "那2022年呢"):
        followup.keep(prev, turn, asker.ask(turn, previous=list(prev) or None))
    ans = asker.ask(q, previous=prev)
    want = _v(_seed("湘潭县民政局", 2023), "t3.new.tot") - _v(_seed("湘潭县民政局", 2022), "t3.new.tot")
    assert ans.value == want, ans.answer
