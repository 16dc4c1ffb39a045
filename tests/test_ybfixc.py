"""ybfixc: two asks in one message, one of the text and one of the tables; a ratio of a text figure and a table
figure; 表二/表三 in users' words (还在用的规范性文件, 集中采购花了多少万 in the 万元 its header prints, 因其他情形其他
处理); a body the store does not hold (「…开发区供销合作社」) refused, never answered with the 管委会's figure. Asked of
a small store of wild reports, in phrasings of our own (colloquial, voice, 繁體, a typo, a filler)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = {
    "lingyuan": "eval/wild24/reports/h23-lingyuan-gov-trs-fullwidth-hdr2-slash-2023.html",
    "xuhui": "eval/wild6/reports/h21-xuhui-mzj-wordfilt-2022.html",
    "baisha": "eval/wild21/reports/a19-baisha-zhen-firefox-har-gf2019-2019.har",
    "shinan": "eval/wild7/reports/t21-shinan-gov-circled-2024.txt",
    "pingli": "eval/wild15/reports/p21-pingli-gov-push-heji-2021.pdf",
    "teda": "eval/wild11/reports/h22-teda-gwh-wayback-2022.html",
}


@pytest.fixture(scope="module")
def wild(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    data = tmp_path_factory.mktemp("ybfixc") / "d"
    store = Store(str(data))
    ids = {}
    for name, path in REPORTS.items():
        r = extract_path(str(ROOT / path))
        store.add(r)
        ids[name] = r.id
    return Asker(store, Index(store)), ids, data


@pytest.mark.parametrize(
    "q",
    [
        "凌源市政府2023年政策解读有多少篇呀，还有就是行政许可几件",  # a filler
        "凌源市政府2023年政策解讀發了幾篇，還有行政許可多少件",  # 繁體
        "凌源市政府2023年政侧解读多少篇，还有行政许可多少件？",  # a typo
        "凌源市政府2023年主动公开了多少条信息 还有行政许可几件",  # voice, no punctuation
    ],
)
def test_a_text_ask_and_a_table_ask_are_both_answered_each_cited(wild, q):
    asker, ids, _ = wild
    ans = asker.ask(q)
    assert "840" in ans.answer, ans.answer  # 表二's 行政许可 处理决定数量
    assert "12篇" in ans.answer or "304条" in ans.answer, ans.answer  # the text's figure, quoted
    assert "「" in ans.answer and len(ans.citations) >= 2, ans.answer
    assert "此处回答第一问" not in ans.answer


def test_the_table_half_is_asked_of_the_report_the_text_half_names(wild):
    asker, ids, _ = wild
    ans = asker.ask("正文讲的政策解读几篇 还有表里的行政复议几件", report_id=ids["lingyuan"])
    assert "12篇" in ans.answer and "行政复议1件" in ans.answer, ans.answer
    # two asks of the tables stay one listing of the table (not split into two answers)
    two = asker.ask("凌源市政府2023年收到多少件申请，还有多少件结转下年")
    assert two.answer.startswith("本年新收67件"), two.answer


@pytest.mark.parametrize(
    "q",
    ["徐汇区民政局2022年主动公开信息条数除以新收申请数等于多少", "主动公開信息數除以新收申請數是多少"],
)
def test_a_ratio_of_the_texts_figure_and_a_tables_figure(wild, q):
    asker, ids, _ = wild
    ans = asker.ask(q, report_id=None if q.startswith("徐汇") else ids["xuhui"])
    assert ans.value == pytest.approx(8.22) and ans.unit == "倍", ans.answer
    assert "723条" in ans.answer and "88件" in ans.answer and "「" in ans.answer, ans.answer
    assert len(ans.citations) >= 2


@pytest.mark.parametrize("q", ["现在还在用的规范性文件多少件", "規範性文件現在還在用的有幾件呀"])
def test_documents_still_in_use_are_the_ones_in_force(wild, q):
    asker, ids, _ = wild
    ans = asker.ask(q, report_id=ids["shinan"])
    assert ans.value == 14 and "废止" not in ans.answer and "制发" not in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["修水县白沙岭镇政府2019年集中采购花了几万", "白沙岭镇2019年政府集中采购花了多少钱"])
def test_procurement_spent_is_the_amount_in_the_unit_its_header_prints(wild, q):
    asker, _, _ = wild
    ans = asker.ask(q)
    assert ans.value == pytest.approx(439.21) and ans.unit == "万元", ans.answer
    assert "约0万" not in ans.answer and "项目数量" not in ans.answer, ans.answer


def test_other_handling_for_other_reasons_is_its_row_3_not_the_group(wild):
    asker, ids, _ = wild
    assert asker.ask("因为其他原因作其他处理的申请有几件", report_id=ids["pingli"]).value == 2
    assert asker.ask("其他处理一共几件", report_id=ids["pingli"]).value == 4  # the group stays the group


@pytest.mark.parametrize(
    "q", ["天津经济技术开发区供销合作社2022年收到多少申请", "天津經濟技術開發區供銷合作社2022年行政複議幾件"]
)
def test_a_body_not_stored_is_refused_not_answered_with_the_zones_figure(wild, q):
    asker, _, _ = wild
    ans = asker.ask(q)
    assert ans.value is None and "没有找到" in ans.answer, ans.answer
    assert asker.ask("天津经济技术开发区2022年行政复议几件").value == 4  # the 管委会 itself still answered
    assert "没有找到" in asker.ask("天津开发区供销社2022年行政复议几件").answer  # (its short form, as before)


def test_the_cli_answers_both_halves(wild):
    _, _, data = wild
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "api.cli",
            "ask",
            "凌源市政府2023年政策解读发了几篇 还有行政许可几件",
            "--json",
            "--data-dir",
            str(data),
        ],
        cwd=ROOT,
        capture_output=True,
        timeout=180,
    )
    assert p.returncode == 0 and b"Traceback" not in p.stderr, p.stderr.decode()
    out = json.loads(p.stdout)
    assert "12篇" in out["answer"] and "840" in out["answer"], out["answer"]
