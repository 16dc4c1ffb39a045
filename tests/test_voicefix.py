"""voicefix (issue 13): a question dictated — the speech recogniser's output, no punctuation, brackets, quotes and 、
said as pauses — reads the same cells as the question typed (`rag.intent.voice_marks`, read first by `canonical`).
Each case is a typed question of our own and its dictation (every mark a pause, as `eval.variants`' voice form)."""

import re

import pytest

from rag.intent import canonical, compound, table_measures, voice_marks

_MARKS = re.compile(r"[，,。？?！!；;：:、“”\"「」（）()]")


def _said(typed: str) -> str:
    return _MARKS.sub(" ", typed).strip()


def _cells(q: str) -> list[tuple[str, str, str]]:
    return sorted((m.table, m.row, m.col) for m in table_measures(compound(canonical(q))))


@pytest.mark.parametrize(
    "typed",
    [
        # (1) a row's printed number said bare: 「七 总计」「第 三 项第2目」「四 1」「一 至 六」
        "表三（七）总计是多少件",
        "请告诉我表三（七）总计那栏的数",
        "表三第（三）项第2目有几件",
        "表三（四）2是多少",
        "表三（一）至（六）加起来和（七）总计一样吗",
        "办理结果中“（七）总计”一行是多少",
        # (2) the column 其他 quoted, said alone between pauses
        "本年新收申请中“其他”申请人有几件",
        "不予公开的申请里“其他”类申请人几件",
        "2022年“其他”法人或组织提的申请有多少",
        # (3) a list joined by 、, said with pauses
        "行政诉讼的维持、纠正、其他、尚未审结各几件",
        "不予公开、部分公开、总计分别多少",
        "按予以公开、部分公开、不予处理分别几件",
        "新收申请按申请人类型（自然人、科研机构、其他）各多少",
        "新收申请、行政诉讼各多少",
        "2021、2022两年行政复议各多少",
        # (4) a row's full name quoted before its 总计
        "表三“本年新收政府信息公开申请数量”总计多少",
        # (5) a note of what a row includes, set off by pauses
        "行政诉讼件数（含复议后起诉）是多少",
        "行政诉讼被纠正的占比是多少（包括复议后起诉的）",
        # (6) 「与“总计”一致」 and a total set against another with a comma
        "予以公开+部分公开+不予处理合计是否与“总计”一致",
        "甲局2022年予以公开合计，与乙局2023年的合计相比差多少",
    ],
)
def test_dictated_reads_as_typed(typed: str) -> None:
    assert _cells(typed), typed
    assert _cells(_said(typed)) == _cells(typed)


@pytest.mark.parametrize(
    ("said", "marked"),
    [
        ("表三 七 总计多少", "表三 （七）总计多少"),
        ("第 五 项有几件", "第（五）项有几件"),
        ("表三 四 1多少", "表三 （四）1多少"),
        ("申请人为 其他 法人的几件", "申请人为“其他”法人的几件"),
        ("复议的维持 纠正 其他各多少", "复议的维持、纠正、其他各多少"),
    ],
)
def test_marks_put_back(said: str, marked: str) -> None:
    assert voice_marks(said) == marked


@pytest.mark.parametrize(
    "said",
    [
        "今年 不予公开 合计",  # a row's own total, no list
        "跟去年比 不予公开的申请 合计 增加 减少 了多少",  # a change after a total, no list
        "平潭 2022年 新收申请",  # pauses between words that are no items
        "近 三 年 新收申请",  # a numeral said alone that is no row's number
        "2023年复议 维持",  # a row and its column, no list
        "本年度 不予公开 国家秘密 数",  # a group and its item
        "2022年结转下年 继续办理",  # one row's words
    ],
)
def test_pauses_left_alone(said: str) -> None:
    assert "、" not in voice_marks(said) and "（" not in voice_marks(said) and "“" not in voice_marks(said)
