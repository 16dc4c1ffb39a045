"""zffixa: CHECKS over a set and in a chat. Evaluators ask which reports of a province × year break table 三's or
table 四's identities, and how many (「…年度政府信息公开年报中，表三…不平衡的报告」 was refused: the province read as
「宁夏回族自治区…政府」, a body; 「表三有错账的」「表三校验没通过的有多少份」「表四合计不对的单位」 were read as no check
at all, or every report of the set listed). In a chat on one body, 「加上上年结转和结转下年，这两边平吗」 after its
新收 and its 办理结果总计 asks that body's H1 — it was answered over the whole store. Real reports of the wild sets
(宁夏 2023: two with a table-三 finding; 宁夏 2022: none; 吉林 2022: one with a table-四 finding), a real ingest, the
asker; no mocks of our code."""

from __future__ import annotations

import pytest

from chatting import chat
from wildstore import ingested_asker

FILES = {
    "中卫市沙坡头区市场监督管理局": "h23-shapotou-scjg-trs-units-carry-defect-2023.html",  # 表三 H1/H2
    "宁夏回族自治区生态环境厅": "p23-nx-sthjt-word-heji-new-defect-2023.pdf",  # 表三 H1/H2
    "银川市金凤区人民政府": "h23-jinfeng-gov-snapshot-saved-complete-2023.html",
    "西吉县卫生健康局": "h23-xiji-wjw-wechat-mp-2023.html",
    "同心县商务和投资促进局": "p23-tongxin-swj-word-markup-balloons-2023.pdf",
    "海原县人民政府": "h22-haiyuan-gov-mobile-cards-2022.html",  # 宁夏 2022
    "固原市原州区南关街道办事处": "h22-nanguan-jd-bosi-dash-2022.html",  # 宁夏 2022
    "白城市交通运输局": "p22-baicheng-jtj-wps-abbr-rv-defect-2022.pdf",  # 吉林 2022, 表四 H5
    "抚松县人民政府": "p22-fusong-gov-eof-html-footer-2022.pdf",  # 吉林 2022
    "吉林省生态环境厅": "m21-jlsthjt-pergroup-2022.md",  # 吉林 2022
}
T3_BROKEN = {"中卫市沙坡头区市场监督管理局", "宁夏回族自治区生态环境厅"}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    return ingested_asker(tmp_path_factory, FILES.values(), timeout=600)


def _named(text: str) -> set[str]:
    return {n for n in FILES if n in text}


# (1) which reports of a province × year break table 三's identities: those two, never the set listed
@pytest.mark.parametrize(
    "q",
    [
        "请筛选宁夏回族自治区2023年度政府信息公开工作年度报告中表三合计有误的报告",
        "宁夏回族自治区2023年年报中，表三存在收支不平衡的报告请列出来",
        "帮我把宁夏回族自治区2023年年报中表三逻辑校验通不过的报告挑出来",
        "宁夏回族自治区2023年这批报告，表三记了错账的是哪些单位，附上出处",
        "把宁夏2023年表三核验没过关的年报列出来",
    ],
)
def test_which_reports_break_table_three(asker, q):
    ans = asker.ask(q)
    assert _named(ans.answer) == T3_BROKEN, ans.answer
    assert ans.value == 2 and ans.unit == "份", ans.answer
    assert "左边 47+2=49，右边 49+1=50" in ans.answer, ans.answer  # (生态环境厅's H1, its numbers said)


# (2) how many: a count in 份, 0 when none
@pytest.mark.parametrize(
    "q, n",
    [
        ("宁夏回族自治区2023年这批年报表三核对不过的一共几份", 2),
        ("宁夏2023年的报告中，表三校验没有通过的有多少家", 2),
        ("统计一下宁夏回族自治区2023年度表三校验未通过的年报数量", 2),
        ("宁夏回族自治区2022年这批年报，表三校验没过的有几份", 0),
        ("宁夏2022年年报里表三数字对不平的共多少份？", 0),
    ],
)
def test_how_many_reports_break_table_three(asker, q, n):
    ans = asker.ask(q)
    assert ans.value == n and ans.unit == "份", ans.answer
    if n:
        assert _named(ans.answer) == T3_BROKEN, ans.answer


# (3) table 四: its totals against its parts
@pytest.mark.parametrize(
    "q",
    [
        "吉林省2022年年报里表四合计不对的单位有哪些",
        "把吉林省2022年度表四复议诉讼合计有误的报告找出来",
        "吉林省2022年度政府信息公开年度报告中，表四总计与分项之和不符的是哪几份",
        "列出吉林省2022年表四合计算得不对的报告",
        "请指出吉林省2022年年报中表四合计不对的报告",
    ],
)
def test_which_reports_break_table_four(asker, q):
    ans = asker.ask(q)
    assert _named(ans.answer) == {"白城市交通运输局"}, ans.answer
    assert ans.value == 1, ans.answer


# (4) in a chat on one body: 「这两边平吗」 after its 新收 and its 办理结果总计 is ITS H1, both sides with numbers
@pytest.mark.parametrize(
    "said",
    [
        "加上上年结转和结转下年，这两边平吗？",
        "把上年结转、结转下年度也算进去，两头对得上不？",
        "再算上结转的，收进来的和办掉的相等吗",
    ],
)
def test_balance_asked_as_a_follow_up(asker, said):
    body = "银川市金凤区人民政府"
    new, total, ans = chat(asker, [f"{body}2023年本年新收申请多少件？", "办理结果总计呢？", said])
    assert new.value is not None and total.value is not None, (new.answer, total.answer)
    assert "份报告" not in ans.answer, ans.answer
    direct = asker.ask(f"{body}2023年表三本年新收加上年结转，等不等于办理结果总计加结转下年度？")
    assert direct.answer in ans.answer, (ans.answer, direct.answer)
    assert f"{total.value:g}" in ans.answer and f"{new.value:g}" in ans.answer, ans.answer
