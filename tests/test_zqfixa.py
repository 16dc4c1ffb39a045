"""zqfixa: three families asked in lay words.

1. Table 四's RESULTS: 「复议结果不算维持也不算纠正、归为"其他"的」 is 行政复议 其他结果; 「没经过复议就打官司、法院还没判的」
   is 未经复议直接起诉 尚未审结; 「复议完又打官司、结果归为其他的」 is 复议后起诉 其他结果; 「复议后又去法院、还没判下来的」 is
   复议后起诉 尚未审结; 「打官司还没判的」 of both kinds is the sum of the two 尚未审结 — the headline the one cell, never
   the group's total or its first result.
2. 「有X的单位有几家 / 哪些单位有X」 over a set means X > 0 (「没有X的」 X = 0), never the bodies with X = 0.
3. Table 三's fine rows and columns in lay words: 「公司、机构这类（法人或者其他组织）申请的」 is the 法人或其他组织 column's
   total (its five sub-columns summed); 「涉及个人隐私这类原因不给的」 is 不予公开 · 保护第三方合法权益 (t3.r3_4);
   「答复说"我们没有这个信息"的」 is 无法提供 · 本机关不掌握相关政府信息 (t3.r4_1).
Asked of a small store of wild reports, in phrasings of our own."""

import pytest

from wildstore import extracted

REPORTS = (
    "h21-wujin-jyj-hanweb-2021.html",  # 常州市武进区教育局 2021: rv other 2 pend 1 tot 4; ld pend 2 tot 14; lr all 0
    "p21-dongfang-xiang-fwdigits-2021.pdf",  # 东方市大田镇 2021: rv other 2 tot 3; ld pend 0; lr other 3 pend 3 tot 6
    "x19-shangyu-swj-signoff-2019.xlsx",  # 绍兴市上虞区商务局 2019: rv other 1 pend 2; ld pend 1 tot 9; lr other 2 pend 0
    "h21-gzga-fwcomma-2023.html",  # 广州市公安局 2023: t3 r3_4 44, r4_1 323, r4_2 1
    # 浙江省 县级部门 2021: rv.pend 3 0 0 1 0; r4_2 3 7 0 1 0; r3_4 1 0 0 1 0
    "h21-nanxun-rsj-subtotal-2021.html",
    "t21-yinzhou-scj-bs4pipe-2021.txt",
    "t21-yuhang-sj-tab2col-2021.txt",
    "p21-yinzhou-tjj-threeline-2021.pdf",
    "h21-lucheng-rsj-cellnotes-2021.html",
)
WUJIN, DONGFANG, SHANGYU, GZGA = REPORTS[:4]


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    asker, ids = extracted(tmp_path_factory, REPORTS)
    return asker, dict(zip(REPORTS, ids, strict=True))


def _value(ans):
    return None if ans.value is None else float(ans.value)


@pytest.mark.parametrize(
    ("q", "value"),
    [
        # 行政复议 其他结果
        ("常州市武进区教育局2021年行政复议里，结果不算维持也不算纠正、归到其他一类的是多少件", 2),
        ("武进区教育局2021年复议既没维持也没纠正，算作其他的有几件？", 2),
        ("绍兴市上虞区商务局2019年复议下来不是维持、不是纠正，属于“其他”的几件", 1),
        # 未经复议直接起诉 尚未审结
        ("武进区教育局2021年没经过复议就直接打官司、法院还没有判的有几件", 2),
        ("上虞区商务局2019年直接去法院告了、还没判决下来的多少件？", 1),
        ("东方市大田镇2021年复议下来既不是维持也不是纠正的有几件", 2),
        # 复议后起诉 其他结果
        ("东方市大田镇人民政府2021年先复议后又起诉、结果属于其他的有多少件", 3),
        ("上虞区商务局2019年没经过复议就起诉的，法院还没判的有几件", 1),
        ("大田镇2021年经过复议再起诉的案子里，结果算“其他”的有几件？", 3),
        # 复议后起诉 尚未审结
        ("东方市大田镇2021年复议之后又告到法院、还没判下来的有几件", 3),
        ("东方市大田镇2021年复议后起诉，法院还没判决的多少件", 3),
        ("武进区教育局2021年直接到法院起诉、还没出判决的有几件？", 2),
    ],
)
def test_table4_results_in_lay_words(wild, q, value):
    asker, _ = wild
    ans = asker.ask(q)
    assert _value(ans) == value, ans.answer


@pytest.mark.parametrize(
    ("name", "q", "value"),
    [
        (WUJIN, "本单位今年打官司还没判下来的一共几件", 2),
        (DONGFANG, "这份报告里告到法院、还没判的有多少件？", 3),
        (SHANGYU, "被起诉了法院还没判的有几件", 1),
    ],
)
def test_both_suits_pending(wild, name, q, value):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[name])
    assert _value(ans) == value, ans.answer


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("浙江省2021年各区县的部门中，有复议还没审结案件的单位有几家？", 2),
        ("浙江2021年县区里的部门，出现过因为需要另行制作、没有现成信息而没给的部门有多少个", 3),
        ("浙江省2021年县级部门里面，存在“没有现成信息、要另外做”而没提供的单位有几个", 3),
        ("浙江省2021年县级部门中，有复议后又起诉、法院还没判的单位有几家", 2),
        ("浙江2021年区县部门中，没有复议还没判下来的单位有几家？", 3),
    ],
)
def test_set_count_polarity(wild, q, value):
    asker, _ = wild
    ans = asker.ask(q)
    assert _value(ans) == value, ans.answer


@pytest.mark.parametrize(
    ("q", "yes", "no"),
    [
        ("浙江省2021年区县部门里，哪些单位有复议还没出结果的？", ["南浔", "统计局"], ["余杭", "鹿城", "市场监督"]),
        ("浙江2021年县级部门中发生过行政复议尚未审结的是哪几家", ["南浔", "统计局"], ["余杭", "鹿城", "市场监督"]),
        (
            "浙江省2021年各区县部门，哪些有因为要另行制作而没提供的？",
            ["南浔", "统计局", "市场监督"],
            ["余杭", "鹿城"],
        ),
    ],
)
def test_set_which_polarity(wild, q, yes, no):
    asker, _ = wild
    text = asker.ask(q).answer
    for y in yes:
        assert y in text, text
    for n in no:
        assert n not in text, text


@pytest.mark.parametrize(
    ("name", "q", "value"),
    [
        (DONGFANG, "公司、机构这类（法人或者其他组织）申请的当中，全部公开的有几件", 11),
        (DONGFANG, "公司和机构等组织申请的里面，予以公开的多少件？", 11),
        (DONGFANG, "企业、社会组织等单位来申请的，全给公开的是多少", 11),
        (GZGA, "隐私问题不给公开的有多少件", 44),
        (GZGA, "因隐私原因被拒绝的有几件？", 44),
        (GZGA, "涉及隐私被拒的有几件", 44),
        (GZGA, "答复说“我们没有这个信息”的有多少件", 323),
        (GZGA, "回复申请人说本机关手里没这个信息的有几件？", 323),
        (GZGA, "答复“本单位没有这个信息”的有几件", 323),
    ],
)
def test_table3_rows_and_columns_in_lay_words(wild, name, q, value):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[name])
    assert _value(ans) == value, ans.answer
