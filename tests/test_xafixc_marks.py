"""xafixc: blindxa's families of one figure — a cell printed 「/」「—」 said as printed (0, blank and 「/」 kept
apart), and template rows asked in plain words (「没有这个信息的几件」「被告了几次」「收费那栏」). Asked of a small store
of wild reports, and once through the CLI."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from rag.intent import spoken_rows, table_measures
from webserver import ROOT

WILD = {
    "songjianghe": "eval/wild23/reports/h21-songjianghe-zhen-trs-t3dash-2021.html",  # 「—」 cells, r4_1 4
    "meihekou": "eval/wild23/reports/p20-meihekou-sfj-gf2019-heji-slash-2020.pdf",  # 「/」 cells in 表四
    "xinhua": "eval/wild19/reports/h22-xinhua-tyj-bosi-abbr-blank-2022.html",  # blank cells, 表四's 0s
    "shennongjia": "eval/wild13/reports/p23-shennongjia-gov-totfirst-2023.pdf",  # 行政诉讼 7
    "zhuhai": "eval/wild10/reports/d22-zhuhai-zjj-t2unit-2022.docx",  # 表二 收费 5259.12 万元, text: no 处理费
}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("xafixc") / "s")
    for f in WILD.values():
        store.add(extract_path(str(ROOT / f)))
    return Asker(store, Index(store))


# ---------------------------------------------------------------- a printed mark is no blank
@pytest.mark.parametrize(
    "q",
    [
        "梅河口市司法局2020年复议结果纠正那栏写的是0还是空着",
        "梅河口市司法局二〇二〇年 复议纠正这一格填了没有",
        "梅河口市司法局2020年行政复议被纠正的有几件",
        "嗯 那个梅河口市司法局20年复议纠错几件",  # a chat filler, a short year
        "梅河口市司法局2020年復議結果糾正那欄寫的是多少",  # 繁體
    ],
)
def test_a_slash_cell_is_said_as_printed(asker, q):
    a = asker.ask(q)
    assert "「/」" in a.answer and "空白" not in a.answer and a.value is None, a.answer


@pytest.mark.parametrize(
    "q",
    [
        "抚松县松江河镇人民政府2021年结转下年度那一项是多少",
        "抚松县松江河镇人民政府2021年结转到下一年的有几件",
        "松江河镇政府2021年留到明年办的多少件",
    ],
)
def test_a_dash_cell_is_said_as_printed(asker, q):
    a = asker.ask(q)
    assert "「—」" in a.answer and "空白" not in a.answer and a.value is None, a.answer


def test_a_blank_stays_blank_and_a_zero_stays_zero(asker):
    blank = asker.ask("新化县文化旅游广电体育局2022年上年结转里自然人那栏是多少")
    assert "空白" in blank.answer and "「" not in blank.answer.split("：", 1)[-1], blank.answer
    zero = asker.ask("新化县文化旅游广电体育局2022年复议结果纠正那栏写的是0还是空着")
    assert zero.value == 0 and "空白" not in zero.answer and "「" not in zero.answer, zero.answer


def test_sub_items_and_a_rate_say_the_mark(asker):
    listed = asker.ask("梅河口市司法局2020年行政复议维持、纠正、其他、尚未审结各几件")
    assert "印为「/」" in listed.answer, listed.answer
    rate = asker.ask("梅河口市司法局2020年行政复议纠错率是多少")
    assert "「/」" in rate.answer and "空白" not in rate.answer, rate.answer


# ---------------------------------------------------------------- template rows in plain words
@pytest.mark.parametrize(
    "q",
    [
        "抚松县松江河镇人民政府2021年没有这个信息的几件",
        "抚松县松江河镇人民政府2021年 手上没这信息的申请有多少",
        "松江河镇政府21年查无此信息的有几个",
        "抚松县松江河镇人民政府2021年沒有這個信息的幾件",  # 繁體
        "好的 抚松县松江河镇人民政府2021年没有相关信息的申请有几件",  # a chat filler
        "抚松县松江河镇人民政府2021年 人家要的信息我们没有的 几件",
    ],
)
def test_no_such_information_is_the_row_not_held(asker, q):
    a = asker.ask(q)
    assert a.value == 4 and "本机关不掌握相关政府信息" in a.answer, a.answer


@pytest.mark.parametrize(
    "q",
    [
        "神农架林区政府23年因为信息公开被告了几次",
        "神农架林区政府2023年被人告过几回",
        "神农架林区人民政府2023年当被告的有多少件",
        "神农架林区政府2023年被告上法庭几次",
        "神农架林区政府2023年因為信息公開被告了幾次",  # 繁體
        "神农架林区政府2023年被告了几次啊",  # voice, no punctuation
        "神农架林区政府2023年有人告他们吗 几次",
        "神农架林区政府2023年闹到法院的有几件",
    ],
)
def test_being_sued_is_the_lawsuits(asker, q):
    a = asker.ask(q)
    assert a.value == 7 and "行政诉讼" in a.answer, a.answer


def test_the_fee_column_is_the_table_cell_and_the_bare_fee_stays_the_text(asker):
    for q in ("珠海市住房和城乡建设局2022年收费那栏写的是多小", "珠海市住建局2022年 收费这一栏填的多少"):
        a = asker.ask(q)
        assert a.value == 5259.12 and a.unit == "万元", (q, a.answer)
    text = asker.ask("珠海市住房和城乡建设局2022年收了信息处理费没有")
    assert text.value == 0 and "信息处理费" in text.answer, text.answer


def test_plain_words_do_not_reach_other_readings():
    assert spoken_rows("2023年被告知补正的申请有几件") == "2023年被告知补正的申请有几件"
    assert spoken_rows("报告里没有这个信息的话有几件") == "报告里没有这个信息的话有几件"
    assert spoken_rows("没有信息公开申请的单位有几个") == "没有信息公开申请的单位有几个"
    assert spoken_rows("信息处理费那栏是多少") == "信息处理费那栏是多少"
    assert spoken_rows("告诉他们的有几件") == "告诉他们的有几件"
    assert [(m.table, m.row) for m in table_measures("没经过复议直接诉至法院的有几件")] == [("t4", "ld")]
    assert [(m.table, m.row) for m in table_measures("被告了几次")] == [("t4", "lit")]
    assert [(m.table, m.row) for m in table_measures("没有这个信息的几件")] == [("t3", "r4_1")]


# ---------------------------------------------------------------- the CLI
def test_the_cli_says_the_printed_mark(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    d = str(tmp_path / "d")
    r = subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(ROOT / WILD["meihekou"]), "--data-dir", d], cwd=ROOT, env=env
    )
    assert r.returncode == 0
    p = subprocess.run(
        [sys.executable, "-m", "api.cli", "ask", "--data-dir", d, "梅河口市司法局2020年复议结果纠正那栏填了没有"],
        cwd=ROOT,
        capture_output=True,
        env=env,
        timeout=180,
        text=True,
    )
    assert "Traceback" not in p.stderr, p.stderr
    assert "「/」" in p.stdout and "空白" not in p.stdout, p.stdout
