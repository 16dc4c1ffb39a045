"""zrfixc (blindzr): loaded comparisons of two bodies and 「only X…, right?」 claims over a set.
1. A loaded ratio — the asker presumes A is a multiple of B (「多了一倍多吧」「是B的两倍以上，对吗，具体几倍」「超过B的两倍了吧」)
   → the ratio A ÷ B in 倍 as the value, the yes/no and both figures in the text; never a refusal, never a check.
2. 「只有X被申请过行政复议/被起诉，是这样吗」「X是…里唯一…的吗」 → the bodies of the set with that quantity above zero
   (a which-reports list), the answer saying whether X is the only one.
Over generated bodies of our own, phrasings of our own (not the bank's)."""

from __future__ import annotations

import pytest

from tests.reportgen import consistent_values

# (agency, 新收, 行政复议 total, 行政诉讼 total)
DEPTS = (
    ("长沙市岳麓区教育局", 12, 2, 0),
    ("湘潭县民政局", 5, 0, 1),
    ("浏阳市财政局", 10, 1, 0),
    ("醴陵市司法局", 30, 0, 0),
    ("株洲市芦淞区商务局", 8, 0, 0),
)
OTHERS = (
    ("长沙市岳麓区人民政府", 60, 3, 2),  # a government, not a department
    ("成都市武侯区教育局", 300, 4, 4),  # another province
)
NAMES = [a for a, *_ in DEPTS + OTHERS]


def _values(new: int, rv: int, lit: int) -> dict:
    v = consistent_values(seed=7)
    for k in list(v):
        if k.startswith(("t3.", "t4.")):
            v[k] = 0
    v["t3.r1.np"] = v["t3.r1.tot"] = new
    v["t3.r7.np"] = v["t3.r7.tot"] = v["t3.new.np"] = v["t3.new.tot"] = new
    v["t4.rv.keep"] = v["t4.rv.tot"] = rv
    v["t4.ld.keep"] = v["t4.ld.tot"] = lit
    return v


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.store import Store
    from tests.reportgen import render

    folder = tmp_path_factory.mktemp("zrfixc")
    store = Store(folder / "store")
    for n, (agency, new, rv, lit) in enumerate(DEPTS + OTHERS):
        path = folder / f"r{n}.txt"
        path.write_text(render(_values(new, rv, lit), "lines", agency=agency, year=2023), encoding="utf-8")
        store.add(extract_path(str(path)))
    return Asker(store, index=False)


def _listed(ans) -> set[str]:
    """The bodies the answer lists (after the yes or no, which may name the body presumed)."""
    listing = ans.answer[ans.answer.find("共") :]
    return {a for a in NAMES if a in listing}


# ---------------------------------------------------------------- 1. loaded ratios
@pytest.mark.parametrize(
    "q, ratio, yes",
    [
        ("2023年长沙市岳麓区教育局收到的申请数量比湘潭县民政局多出一倍以上吧？", 2.4, True),
        ("长沙市岳麓区教育局2023年的依申请公开得有湘潭县民政局的两倍多了吧，实际几倍", 2.4, True),
        ("浏阳市财政局2023年收到的信息公开申请超过长沙市岳麓区教育局两倍了，没错吧？到底多少倍", 0.83, False),
        ("醴陵市司法局2023年的申请量起码是浏阳市财政局的三倍，对不对？实际是几倍", 3.0, True),
        ("2023年醴陵市司法局的申请比湘潭县民政局多了一倍还多吧", 6.0, True),
        ("2023年湘潭县民政局的信息公开申请比浏阳市财政局多出一倍多，是这样吗", 0.5, False),
    ],
)
def test_a_loaded_ratio_of_two_bodies_is_the_ratio(asker, q, ratio, yes):
    ans = asker.ask(q)
    assert ans.value is not None and abs(ans.value - ratio) < 0.05, ans.answer
    assert ans.unit == "倍", ans.answer
    assert ans.answer.startswith("是" if yes else "不是"), ans.answer


def test_a_loaded_ratio_says_both_figures_and_no(asker):
    ans = asker.ask("浏阳市财政局2023年收到的信息公开申请是长沙市岳麓区教育局的两倍以上吧？具体几倍")
    assert ans.value is not None and abs(ans.value - 0.83) < 0.05, ans.answer
    assert "10" in ans.answer and "12" in ans.answer and "不" in ans.answer, ans.answer


# ---------------------------------------------------------------- 2. 「只有X…」「X是唯一…吗」
RV = {"长沙市岳麓区教育局", "浏阳市财政局"}
LIT = {"湘潭县民政局"}


@pytest.mark.parametrize(
    "q, want, unique",
    [
        ("湖南省2023年县级部门里，是不是就长沙市岳麓区教育局一家被申请了行政复议？", RV, False),
        ("据说2023年湖南区县部门里仅浏阳市财政局一家被提起过行政复议，对不对", RV, False),
        ("湖南省2023年的区县部门，长沙市岳麓区教育局是仅有的被申请行政复议的单位吗", RV, False),
        ("湖南省2023年区县部门中只有湘潭县民政局吃过信息公开的官司吧？", LIT, True),
        ("湘潭县民政局是不是湖南省2023年区县部门里唯一一个被起诉的", LIT, True),
        ("我听人讲湖南2023年县里的部门当中就醴陵市司法局被人告到法院了，真的假的", LIT, False),
    ],
)
def test_only_x_is_the_set_of_bodies_above_zero(asker, q, want, unique):
    ans = asker.ask(q)
    assert _listed(ans) == want, ans.answer
    head = ans.answer[:60]
    assert ("不是" not in head) == unique and ("唯一" in ans.answer), ans.answer
