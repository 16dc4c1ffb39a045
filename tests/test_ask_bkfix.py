"""The blind bank blindk's answering misses as families (issue 13, branch bkfix), asked in wording the router was not
fitted to, of reports written here:

- a row spelled out in a parenthesis (「行政诉讼（直接起诉加复意后起诉）」): the row itself, never its first part
  alone (silently wrong before: 未经复议直接起诉 answered for the lawsuits); parts with no row before them, added;
- a share whose part is two rows joined (「公开加部分公开占全部答复的比例」): both rows over 办理结果总计, never the
  second row's share alone (silently wrong before);
- a ratio asked 「A与B之比是多少比一」「A是B的多小倍」, or with one side mistyped (「予以公凯…是…的几倍」): A ÷ B in
  倍, never a share nor one side's figure (silently wrong before);
- a consistency question of a mistyped row (「行政复意那一行各项加起来等于总计吗」): that row checked, never 表三's
  rows said 一致 (silently wrong before: the defect of 表四 was missed);
- two asks side by side (「上年结转几件 办结几件」「予以公开多少件？部分公开呢」): both figures;
- how many of the applicant kinds applied (「六类申请人里有几类申请过」): the non-zero columns counted;
- 办理结果总计 asked as 答复 (「所有答复一共几件」「答复的总件数」)."""

import pytest

from rag import intent
from rag.ask import NOT_MENTIONED
from tests.reportgen import consistent_values, render

ONE = ("白杨县民政局", 2023, 21)
BROKEN = ("青石镇人民政府", 2022, 31)  # 表四 行政复议: 总计 printed one more than its parts


def _v(key: str, seed: int = ONE[2]) -> int:
    return int(consistent_values(seed=seed)[key])


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store

    folder = tmp_path_factory.mktemp("bkfix")
    store = Store(folder / "store")
    for n, (agency, year, seed) in enumerate((ONE, BROKEN)):
        values = consistent_values(seed=seed)
        if (agency, year, seed) == BROKEN:
            values["t4.rv.tot"] += 1
        path = folder / f"r{n}.txt"
        path.write_text(render(values, "lines", agency=agency, year=year), encoding="utf-8")
        store.add(extract_path(str(path)))
    return Asker(store, index=False)


# ------------------------------------------------------------------ a row spelled out in a parenthesis
@pytest.mark.parametrize(
    "q",
    [
        "白杨县民政局2023年行政诉讼（直接起诉加复意后起诉）几件",
        "白杨县民政局2023年行政诉讼（未经复议直接起诉+复议后起诉）有多少件（以年报表格为准）",
        "白杨县民政局2023年的行政诉讼(直接起诉与复议后起诉)总量",
    ],
)
def test_a_row_spelled_out_in_a_parenthesis_is_the_row(asker, q):
    ans = asker.ask(q)
    assert ans.value == _v("t4.ld.tot") + _v("t4.lr.tot"), ans.answer


def test_parts_in_a_parenthesis_with_no_row_before_them_are_added(asker):
    ans = asker.ask("白杨县民政局2023年（予以公开与部分公开）总共多少件")
    assert ans.value == _v("t3.r1.tot") + _v("t3.r2.tot"), ans.answer


def test_a_parenthesis_joining_nothing_stays():
    assert intent.compound("行政复议被纠正的数量(以年报表格为准)") == "行政复议被纠正的数量(以年报表格为准)"
    assert intent.compound("行政诉讼(直接起诉加复议后起诉)几件") == "行政诉讼几件"
    assert intent.compound("不予公开(国家秘密加内部事务)几件") == "国家秘密+内部事务几件"


def test_a_mistyped_item_of_a_sum_is_heard_as_it_sounds(asker):
    ans = asker.ask("白杨县民政局2023年复意和诉讼（直接起诉+复议后起诉）一共多少件？")
    assert ans.value == _v("t4.rv.tot") + _v("t4.ld.tot") + _v("t4.lr.tot"), ans.answer


# ------------------------------------------------------------------ a share of two rows
@pytest.mark.parametrize(
    "q",
    [
        "白杨县民政局2023年公开加部分公开占全部答复的比例？",
        "白杨县民政局2023年予以公开加上部分公开占答复总数的比重是多少",
        "白杨县民政局2023年公凯加部分公开占全部答复的比例？",
    ],
)
def test_a_share_of_two_rows_joined_adds_them(asker, q):
    ans = asker.ask(q)
    want = round(100 * (_v("t3.r1.tot") + _v("t3.r2.tot")) / _v("t3.r7.tot"), 2)
    assert ans.value == pytest.approx(want, abs=0.01), ans.answer


# ------------------------------------------------------------------ ratios
def test_a_ratio_asked_as_n_to_one(asker):
    ans = asker.ask("白杨县民政局2023年自然人与法人或其他组织的申请之比是多少比一？")
    legal = sum(_v(f"t3.new.{c}") for c in ("biz", "sci", "npo", "law", "oth"))
    assert ans.unit == "倍" and ans.value == pytest.approx(round(_v("t3.new.np") / legal, 2)), ans.answer


@pytest.mark.parametrize(
    "q",
    ["白杨县民政局2023年予以公开是部分公开的多小倍", "白杨县民政局2023年予以公凯的数量是部分公开的几倍"],
)
def test_a_ratio_with_a_slip_is_a_over_b(asker, q):
    ans = asker.ask(q)
    assert ans.unit == "倍" and ans.value == pytest.approx(round(_v("t3.r1.tot") / _v("t3.r2.tot"), 2)), ans.answer


def test_a_ratio_with_one_side_read_is_never_that_side(asker):
    ans = asker.ask("白杨县民政局2023年某某某的数量是部分公开的几倍")
    assert ans.value != _v("t3.r2.tot"), ans.answer
    assert ans.answer.startswith(NOT_MENTIONED), ans.answer


# ------------------------------------------------------------------ a check of a mistyped row
def test_a_check_of_a_mistyped_row_checks_that_row(asker):
    ans = asker.ask("青石镇人民政府2022年行政复意那一行各项加起来等于总计吗？")
    assert ans.answer.startswith("不一致"), ans.answer
    assert "行政复议" in ans.answer, ans.answer
    ok = asker.ask("白杨县民政局2023年行政复意这一行各栏相加是否等于总计")
    assert ok.answer.startswith("一致") and "行政复议" in ok.answer and "本年新收" not in ok.answer, ok.answer


# ------------------------------------------------------------------ two asks side by side
@pytest.mark.parametrize(
    ("q", "keys"),
    [
        ("白杨县民政局2023年上年结转几件 办结几件", ("t3.carry_in.tot", "t3.r7.tot")),
        ("白杨县民政局2023年予以公开多少件？部分公开呢", ("t3.r1.tot", "t3.r2.tot")),
        ("白杨县民政局2023年复意几件？诉讼呢（复议后起诉）", ("t4.rv.tot", "t4.lr.tot")),
    ],
)
def test_two_asks_side_by_side_are_both_answered(asker, q, keys):
    ans = asker.ask(q)
    assert "请单独提问" not in ans.answer, ans.answer
    for k in keys:
        assert f"{_v(k)}件" in ans.answer, (k, ans.answer)


# ------------------------------------------------------------------ kinds that applied; answers counted
def test_the_kinds_of_applicant_that_applied_are_counted(asker):
    n = sum(1 for c in ("np", "biz", "sci", "npo", "law", "oth") if _v(f"t3.new.{c}"))
    for q in ("白杨县民政局2023年六类申请人里有几类申请过？", "白杨县民政局2023年有几种申请人来申请过"):
        ans = asker.ask(q)
        assert ans.value == n, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "白杨县民政局2023年答复的总件数有多少件？",
        "白杨县民政局2023年所有答复一共几件",
        "白杨县民政局2023年全部答复数量",
    ],
)
def test_answers_counted_are_the_results_total(asker, q):
    ans = asker.ask(q)
    assert ans.value == _v("t3.r7.tot"), ans.answer
