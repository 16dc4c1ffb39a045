"""zefixc: narrative asked in users' words, and a check asked loosely. (1) A report's passage on its disclosure
platforms and channels (政府网站, 政务新媒体, 公众号…) asked by topic in everyday words — 「新媒体这块」「网站和公众号
这些渠道」 — answers with the report's own sentence, quoted; was 「报告未提及」. (2) 「有哪些问题，准备怎么改」: the
problems AND the improvement measures; was the problems alone. (3) 「申请的账平不平」「数字对得上吗」: the verdict of
table 三's identity with both sides' numbers; was the cell's value. Asked of a small store of wild reports, in phrasings
of our own."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

REPORTS = {
    "ganzhou": "eval/wild/reports/cms21-ganzhou-office-2021.html",
    "zhenglan": "eval/wild13/reports/d24-zhenglan-qi-mongolian-2024.docx",
    "decheng": "eval/wild4/reports/h21-decheng-swj-xianfabu-2024.html",
    "chengxiang": "eval/wild12/reports/h24-chengxiang-jd-dahan-split-2024.html",
    "jiangning": "eval/wild7/reports/h21-jiangning-swj-ulli-2022.html",
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(str(tmp_path_factory.mktemp("zefixc") / "d"))
    ids = {}
    for name, path in REPORTS.items():
        r = extract_path(str(ROOT / path))
        store.add(r)
        ids[name] = r.id
    return Asker(store, Index(store)), ids


CHANNELS = [
    "报告里对政府网站、微信公众号这些渠道有什么介绍？",
    "新媒体平台的情况，年报里提了啥",
    "说说这份年报在公开渠道建设上写了哪些内容",
    "网站和新媒体方面，这个单位是怎么讲的",
]


# (1) the report's passage on its platforms and channels, quoted
@pytest.mark.parametrize("q", CHANNELS)
@pytest.mark.parametrize(
    "name,said",
    [
        ("ganzhou", "通过政务微信公众号发布信息636条"),
        ("zhenglan", "加强政务新媒体管理"),
        ("decheng", "政务新媒体的内容保障"),
    ],
)
def test_channels_passage(wild, q, name, said):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids[name])
    assert said in ans.answer, ans.answer
    assert ans.citations, ans.answer


# (2) the problems and what will be done about them, both
@pytest.mark.parametrize(
    "q",
    [
        "年报里自己说有哪些不足，准备怎么改进？",
        "存在什么问题？下一步怎么解决",
        "这份报告暴露了哪些问题，后面打算如何整改",
    ],
)
def test_problems_and_fixes(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["chengxiang"])
    assert "政策解读形式还不够丰富" in ans.answer, ans.answer
    assert "丰富图文、视频等解读形式" in ans.answer, ans.answer


# (3) table 三's identity, asked loosely: the verdict with both sides
@pytest.mark.parametrize(
    "q",
    [
        "依申请这块数据能平上不",
        "申请数前后平得上吗",
        "申请的数能不能平上",
        "申请数据前后讲得通吗",
    ],
)
def test_consistency_asked_loosely(wild, q):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["jiangning"])
    text = ans.answer
    assert "不一致" in text or "不相等" in text or "不平" in text, text
    assert "91" in text and "92" in text, text
    assert not text.startswith("90件"), text


# (1b) the template's other parts of the work asked by topic in everyday words: the sentences that say them
@pytest.mark.parametrize(
    "q,said",
    [
        ("培训和考核这块是怎么说的", "组织业务培训6场"),
        ("关于考核评议，年报里写了啥", "将政务公开纳入年度考核内容"),
        ("培训考评这些，年报提到了什么", "组织业务培训6场"),
        ("依申请公开这块说了啥", "全部申请均在法定期限内答复"),
        ("申请公开方面年报是怎么写的", "全部申请均在法定期限内答复"),
        ("关于依申请，报告讲了些什么", "全部申请均在法定期限内答复"),
        ("主动公开这块是怎么讲的", "主动公开政府信息676条"),
        ("主动公开那部分，年报怎么介绍的", "主动公开政府信息676条"),
        ("报告关于主动公开提了哪些", "主动公开政府信息676条"),
    ],
)
def test_other_topics_passage(wild, q, said):
    asker, ids = wild
    ans = asker.ask(q, report_id=ids["decheng"])
    assert said in ans.answer, ans.answer
    assert ans.citations, ans.answer
