"""zdfixa: keyword strings typed into a search box (blindzd) and chats that start with one — a bare year (「2022」
between spaces, at the start or the end) is the year asked; labels typed spaced or with a dash (「办理结果 总计」
「结转 上年」「复议-维持」) are the label; an autonomous county said short (「长白县」 for 长白朝鲜族自治县) is the
county; two bodies in keywords compared; an output demand (「只要数字」) never changes what is asked. Asked of a small
store of wild reports, in phrasings of our own."""

import pytest

from wildstore import extracted

REPORTS = (
    "d22-shouyang-scjgj-abbr-dash-2022.docx",  # 寿阳县市场监督管理局: r7 39, 表四 21
    "p23-liuan-xiang-foxit-2023.pdf",  # 裕安区独山镇: new 91, r7 92, carry_in 1
    "p20-changbai-gov-renum-2020.pdf",  # 长白朝鲜族自治县人民政府: r2 6, r7 45
    "h24-shuangjiang-zhen-trs-hdr2-blank-2024.html",  # 通道侗族自治县双江镇: new 10, 诉讼 0
    "p24-xiushan-jtj-rectrules-2024.pdf",  # 秀山土家族苗族自治县交通运输委员会: r2 10, r1 3
    "md21-yinzhou-mineru-2024.md",  # 鄞州区市场监督管理局 2024: r2 9, rv 4/keep 2
    "t21-yinzhou-scj-bs4pipe-2021.txt",  # 鄞州区市场监督管理局 2021: r2 6, rv 6/keep 1, carry_out 1
    "d21-lubei-zjj-wordhtml-2021.doc",  # 路北区住建局: r7 82
    "p21-jingxiu-fgj-sign-2021.pdf",  # 竞秀区发改局: r7 46, carry_in 4
)


@pytest.fixture(scope="module")
def kw(tmp_path_factory):
    return extracted(tmp_path_factory, REPORTS)[0]


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("2022 寿阳县市场监管局 办理结果 合计", 39),
        ("结果 合计 2023 裕安区独山镇", 92),
        ("独山镇 2023 结果 总计", 92),
        ("裕安区独山镇 办理结果 总数 2023", 92),
        ("长白县 2020 结果总计", 45),
    ],
)
def test_the_outcomes_total_typed_as_keywords_is_table_three_row_seven(kw, q, value):
    ans = kw.ask(q)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("独山镇 2023 上年 结转", 1),
        ("竞秀区发改局 2021 结转 上年 多少件", 4),
        ("上年 结转 竞秀区发展和改革局 2021", 4),
        ("裕安区独山镇 2023年 结转上年，只要个数字", 1),
    ],
)
def test_carried_in_typed_spaced_or_reversed(kw, q, value):
    ans = kw.ask(q)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("秀山县交通运输委员会 2024 不予公开-国家秘密", 1),
        ("长白县人民政府2020年部分公开多少件", 6),
        ("秀山县交通运输委员会 2024 部分公开 件数", 10),
        ("2024年秀山县交委予以公开几件", 3),
        ("通道县双江镇 2024 新收申请", 10),
    ],
)
def test_an_autonomous_county_said_short_is_the_county(kw, q, value):
    ans = kw.ask(q)
    assert ans.value == value, ans.answer


def test_the_short_names_come_from_the_gazetteer():
    from rag import keywords

    shorts = keywords.autonomous_shorts()
    assert shorts.get("长白县") == "长白朝鲜族自治县"
    assert shorts.get("通道县") == "通道侗族自治县"
    assert shorts.get("秀山县") == "秀山土家族苗族自治县"
    assert len(shorts) > 50  # every autonomous county / banner of the gazetteer, not a list of a few


@pytest.mark.parametrize(
    "q",
    [
        "竞秀区发展和改革局 路北区住建局 2021 办理结果 总计 谁多",
        "2021 路北区住房和城乡建设局 竞秀区发改局 结果总计 哪家多",
        "路北区住建局、竞秀区发改局 2021 结果 总计 哪个大",
    ],
)
def test_two_bodies_in_keywords_are_compared(kw, q):
    ans = kw.ask(q)
    assert "82" in ans.answer and "46" in ans.answer, ans.answer


@pytest.mark.parametrize(
    ("previous", "q", "value"),
    [
        ("鄞州区市场监管局 2024 部分公开", "那2021年的呢", 6),
        ("2024 鄞州区市监局 部分公开", "2021年呢", 6),
        ("鄞州区市监局 部分公开 2024", "换成2021年", 6),
        ("鄞州区市监局 2021 部分公开", "那2024呢", 9),
    ],
)
def test_a_bare_year_of_a_keyword_turn_is_replaced_by_the_follow_up(kw, previous, q, value):
    ans = kw.ask(q, previous=previous)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("复议-维持呢，只要数字", 1),
        ("复议 维持 呢 只回数字", 1),
        ("结转 下年 呢 只要数字", 1),
        ("结转下年度的呢，只给数字", 1),
    ],
)
def test_a_measure_follow_up_after_a_keyword_chat_keeps_body_and_year(kw, q, value):
    from rag import followup

    turns: list[str] = []  # the chat's memory, as the CLI and the web page keep it (eval/bank.py's chains)
    for turn in ("鄞州区市监局 2024 复议 总计", "那2021年呢"):
        followup.keep(turns, turn, kw.ask(turn, previous=list(turns) or None))
    ans = kw.ask(q, previous=turns)
    assert ans.value == value, ans.answer


@pytest.mark.parametrize(
    "q", ["不予公开-国家秘密呢，只要数字", "不予公开 - 国家秘密 呢", "不予公开--国家秘密 的呢 只回个数"]
)
def test_a_dashed_or_spaced_label_asked_after_a_keyword_turn_is_the_label_of_its_body(kw, q):
    ans = kw.ask(q, previous="寿阳县市监局 2022 部分公开")
    assert ans.value == 1, ans.answer
