"""zqfixb: rates with their formula stated, and refusals of what the template does not hold (blindzq/blindzr).

(1) A rate whose formula the user states (「（予以公开＋部分公开）÷办理结果总计」「不予公开合计除以办理结果总计」) is
computed with the operands as written: the numerator a named cell or a sum of named cells, the denominator the named
total — never the numerator's own sum (100 %) nor the ratio turned over. A side that names nothing of the table
is said to be unreadable (no guessed operand, no figure).
(2) What the template does not hold, asked in words of its tables, is refused (「报告未提及」), never a cell as headline:
compensation paid after a lost case or a corrected decision; the NAMES of the law firms that applied (the table
counts them); a cause linking table 四's cases to table 三's outcomes (「复议案件里有几件是因为不予公开」).
Asked of generated reports of bodies of our own, in phrasings of our own (not the bank's)."""

from __future__ import annotations

import pytest

from tests.reportgen import consistent_values, render

BODY = ("澧县住房和城乡建设局", 2023, 41)


def _v(key: str) -> int:
    return int(consistent_values(seed=BODY[2])[key])


def _refused(ans) -> bool:
    return ans.value is None and "报告未提及" in ans.answer[:40]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store

    folder = tmp_path_factory.mktemp("zqfixb")
    st = Store(folder / "store")
    agency, year, seed = BODY
    path = folder / "r.txt"
    path.write_text(render(consistent_values(seed=seed), "lines", agency=agency, year=year), encoding="utf-8")
    report = extract_path(str(path))
    st.add(report)
    return Asker(st, index=False), report.id


def _granted() -> int:
    return _v("t3.r1.tot") + _v("t3.r2.tot")


def _denied() -> int:
    return sum(_v(f"t3.r3_{i}.tot") for i in range(1, 9))


# (1) the formula as written
@pytest.mark.parametrize(
    ("q", "num"),
    [
        ("按予以公开加部分公开÷办理结果总计来算，公开率多少", _granted),
        ("请按予以公开+部分公开÷办理结果总计计算公开率", _granted),
        ("就按（部分公开＋予以公开）÷办理结果总计，算一下公开率百分比", _granted),
        ("拒绝率按不予公开的合计除以办理结果总计来算，是百分之几", _denied),
        ("按不予公开合计÷办理结果总计算一下拒绝比例", _denied),
        ("不公开比例按照不予公开小计除以办理结果总计算", _denied),
    ],
)
def test_a_rate_with_its_formula_stated(store, q, num):
    asker, rid = store
    ans = asker.ask(q, report_id=rid)
    want = 100 * num() / _v("t3.r7.tot")
    assert ans.value is not None and abs(float(ans.value) - want) < 0.05, (want, ans.value, ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "不予公开合计÷全年发文数量，百分比多少",
        "予以公开÷局机关在编干部总数算比例",
        "拿不予公开除以全年收发文件总量，比例是多少",
    ],
)
def test_a_formula_side_that_names_nothing_is_not_guessed(store, q):
    asker, rid = store
    ans = asker.ask(q, report_id=rid)
    assert _refused(ans) and "%" not in ans.answer, (ans.value, ans.answer)


# (2) refusals of what the template does not hold
@pytest.mark.parametrize(
    "q",
    [
        "输了官司以后赔给申请人几万块",
        "败诉后赔了申请人多少钱",
        "因为信息公开被判败诉，赔付金额是多少元",
    ],
)
def test_compensation_is_refused(store, q):
    asker, rid = store
    ans = asker.ask(q, report_id=rid)
    assert _refused(ans), (ans.value, ans.answer)


@pytest.mark.parametrize(
    "q",
    [
        "都是哪些律师事务所提交过公开申请",
        "来申请公开的律师事务所都叫啥名字",
        "提出申请的法律服务机构具体是哪几家单位，名字列一下",
    ],
)
def test_law_firm_names_are_refused(store, q):
    asker, rid = store
    ans = asker.ask(q, report_id=rid)
    assert _refused(ans), (ans.value, ans.answer)
    # the count the table does hold is still answered
    count = asker.ask("法律服务机构提出的申请有几件", report_id=rid)
    assert count.value == _v("t3.new.law"), count.answer


@pytest.mark.parametrize(
    "q",
    [
        "复议的案子里面有多少是不予公开导致的",
        "因为答复部分公开而被申请复议的有几件",
        "打官司的那些案件，有几件是因为不公开才起诉的",
        "复议结果维持的那些申请，原先答复是不予公开的有几个",
        "诉讼被驳回的案件里当初是予以公开的有几件",
    ],
)
def test_a_cause_across_tables_is_refused(store, q):
    asker, rid = store
    ans = asker.ask(q, report_id=rid)
    assert _refused(ans), (ans.value, ans.answer)
    # the table 四 figure alone is still answered
    kept = asker.ask("行政复议结果维持的有几件", report_id=rid)
    assert kept.value == _v("t4.rv.keep"), kept.answer
