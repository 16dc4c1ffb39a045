"""A chat is a conversation (blindua): 「两家比谁多」「三个排个序」「加一起是多少」 ask of the bodies the chat has
named; 「回到刚才那个局，不予公开的呢」 goes back to one of them; 「前后两年差多少」 to the two years asked; 「法人那列」
after 「不予公开呢」 is 不予公开's column; 「两项加起来占多少」 the two shares asked. The asker takes the earlier turns
(`previous` a list, earliest first); the CLI chat keeps them, the API takes them. Before, only the last turn was
known: 「报告未提及」, another row's column, or every report's figure."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from eval.bank import _before
from webserver import ROOT


def _chat(asker, turns: list[str], **scope):
    """Each turn asked after the history before it, as the chat keeps it; the answers."""
    history: list[str] = []
    out = []
    for t in turns:
        ans = asker.ask(t, previous=history or None, **scope)
        out.append(ans)
        if ans.route != "unread":
            history.append(ans.read_as or t)
    return out


@pytest.mark.parametrize("q", ["哪个多", "两家比谁多", "谁的多一些", "嗯 哪家的多 啊"])
def test_the_two_bodies_named_compared(corpus_asker, q):
    *_, ans = _chat(corpus_asker, ["平潭2021年新收申请多少件", "同样问下河北省教育厅", q])
    assert ans.value == 70 and ans.answer.index("平潭") < ans.answer.index("河北省教育厅"), ans.answer
    assert "70件" in ans.answer and "37件" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["几个单位里谁最多", "三个排个序 从多到少", "这三个里谁最多"])
def test_three_bodies_ranked_and_the_least(corpus_asker, q):
    names = ("河北省教育厅", "平潭", "河北省科学技术厅")
    turns = ["河北省教育厅2021年新收申请多少件", "那平潭呢", "换成河北省科学技术厅", q]
    *_, ans = _chat(corpus_asker, turns)
    values = [a.value for a in _chat(corpus_asker, turns[:3])]
    assert None not in values and len(set(values)) == 3 and ans.route == "compare", ans.answer
    ranked = sorted(zip(values, names, strict=True), reverse=True)
    assert [ans.answer.index(n) for _, n in ranked] == sorted(ans.answer.index(n) for _, n in ranked), ans.answer
    *_, least = _chat(corpus_asker, [*turns, "那最少的是哪个"])
    assert least.value == min(values) and least.answer.index(ranked[-1][1]) < least.answer.index(ranked[0][1])


@pytest.mark.parametrize("q", ["加一起是多少", "两个加起来多少"])
def test_the_bodies_named_summed(corpus_asker, q):
    *_, ans = _chat(corpus_asker, ["平潭2021年新收申请多少件", "换成河北省教育厅", q])
    assert ans.value == 70 + 37, ans.answer


@pytest.mark.parametrize(
    "q", ["回到刚才那个局，不予公开的呢", "再回到第一个，不予公开的呢", "回到刚才那个，不予公开的呢 啊"]
)
def test_back_to_a_body_named_before(corpus_asker, q):
    # answered over every report (a list of bodies) or refused 「没有找到「回到刚才那个局」」 before
    *_, ans = _chat(corpus_asker, ["平潭2021年新收申请多少件", "同样问下河北省教育厅", "哪个多", q])
    assert ans.read_as == "平潭2021年不予公开多少件" and ans.value == 8, ans.answer


def test_back_to_a_year_asked_before(corpus_asker):
    *_, ans = _chat(corpus_asker, ["平潭2022年新收申请多少件", "那2021年呢", "回到22年 行政复议的呢"])
    assert ans.read_as == "平潭2022年行政复议多少件" and ans.value == 2, ans.answer
    # after the two years compared, a year said 「2022年度」 (refused as unread before)
    turns = ["平潭2022年度新收申请多少件", "那2021年呢", "前后两年差多少", "回到22年，行政复议的呢"]
    *_, ans = _chat(corpus_asker, turns)
    assert ans.value == 2 and "2022" in (ans.read_as or ""), ans.answer


def test_going_back_the_history_cannot_say_is_asked_for(corpus_asker):
    # one body named: 「回到刚才那个局」 has none to go back to — never every report's figure
    ans = corpus_asker.ask("回到刚才那个局，不予公开的呢", previous=["平潭2022年新收申请多少件"])
    assert ans.route == "unread" and ans.value is None and "请把问题说完整" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["前后两年差多少", "和刚才那年比变化多少", "两年比是多了还是少了，差几个"])
def test_the_two_years_asked(corpus_asker, q):
    *_, ans = _chat(corpus_asker, ["平潭2022年新收申请多少件", "那2021年呢", q])
    assert ans.value is not None and abs(ans.value) == 4 and "2021" in ans.answer and "2022" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "col", ["其中法人或其他组织申请的呢", "法人那列", "呃 法人那列呢 啊", "法人和其他组织的是多少"]
)
def test_a_column_after_a_row_switch_is_that_rows(corpus_asker, col):
    # it was 新收's column (平潭2022 新收 法人 3件): silently wrong
    _, row, ans, nat = _chat(corpus_asker, ["平潭2022年新收申请多少件", "不予公开呢", col, "那自然人那列"])
    assert row.value == 4
    assert ans.value == 0 and "不予公开" in (ans.read_as or ""), ans.answer
    assert nat.value == 4 and "不予公开" in (nat.read_as or ""), nat.answer


def test_a_column_and_a_row_on_a_chosen_report(corpus_asker):
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    *_, ans = _chat(corpus_asker, ["今年新收多少申请", "不予公开的呢", "法人那列"], report_id=rid)
    assert ans.value == 0 and ans.route != "unread", ans.answer
    *_, ans = _chat(corpus_asker, ["这份报告予以公开几件", "占总数多少", "那不予公开是几件"], report_id=rid)
    assert ans.value == 4 and ans.route != "unread", ans.answer


def test_two_shares_summed(corpus_asker):
    turns = ["平潭2022年予以公开多少件", "占全部办理结果的百分之几", "那部分公开的占比呢", "兩项加起来占多少"]
    *_, ans = _chat(corpus_asker, turns)
    assert ans.unit == "%" and ans.value == pytest.approx((21 + 9) / 75 * 100, abs=0.05), ans.answer


def test_the_bank_passes_the_history(corpus_asker):
    # eval/bank.py asked a chain's last turn only: 「哪个多」 after two bodies was 「报告未提及」
    turns = _before(corpus_asker, ["平潭2021年新收申请多少件", "同样问下河北省教育厅"], None)
    assert turns == ["平潭2021年新收申请多少件", "河北省教育厅2021年新收申请多少件"]
    assert corpus_asker.ask("哪个多", previous=turns).value == 70


def test_the_cli_chat_keeps_the_conversation(tmp_path, corpus):
    data = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    assert (
        subprocess.run([*run, "ingest", str(corpus / "reports"), "--data-dir", data], cwd=ROOT, env=env).returncode == 0
    )
    p = subprocess.run(
        [*run, "ask", "--data-dir", data],
        cwd=ROOT,
        input="平潭2021年新收申请多少件\n同样问下河北省教育厅\n为什么呢\n两家比谁多\n再回到第一个，不予公开的呢\n".encode(),
        capture_output=True,
        env=env,
        timeout=240,
    )
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0, out
    assert "加起来" not in out and "平潭综合实验区多，多" in out, out
    assert (
        "（按「平潭2021年不予公开多少件」理解）8件" in out
        or "（按「平潭2021年不予公开多少件」理解）不予公开：8件" in out
    ), out


@pytest.fixture(scope="module")
def served(tmp_path_factory, corpus):
    from webserver import Server

    data = tmp_path_factory.mktemp("uafixa_data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(corpus / "reports"), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = Server(data)
    yield s
    s.stop()


def test_the_api_takes_the_conversation(served):
    turns = ["平潭2021年新收申请多少件", "河北省教育厅2021年新收申请多少件"]
    r = httpx.post(served.url + "/api/ask", json={"question": "两家比谁多", "previous": turns}, timeout=120)
    assert r.status_code == 200, r.text
    assert r.json()["value"] == 70 and "河北省教育厅" in r.json()["answer"], r.json()
    r = httpx.post(
        served.url + "/api/ask",
        json={"question": "再回到第一个，行政复议的呢", "previous": [*turns, "两家比谁多"], "stream": True},
        timeout=120,
    )
    assert r.status_code == 200 and "平潭2021年行政复议多少件" in r.text, r.text
    # a str stays the one turn before; a list too long is said
    r = httpx.post(
        served.url + "/api/ask", json={"question": "那2021年呢", "previous": "平潭2022年行政复议多少件"}, timeout=60
    )
    assert r.json()["value"] == 3, r.text
    r = httpx.post(served.url + "/api/ask", json={"question": "哪个多", "previous": ["问"] * 21}, timeout=60)
    assert r.status_code == 422 and "previous：太长" in r.text, r.text


def _named(text: str) -> list[str]:
    return [n for n in ("平潭", "洪泽区", "河北省教育厅") if n in text]


@pytest.mark.parametrize(
    ("turns", "q", "read"),
    [
        # the row 「办理结果总计」 keeps its name under an operation (its 总计 was taken for a sum's asking: refused)
        (
            ["平潭2022年办理结果总计多少", "平潭2021年办理结果总计多少"],
            "前后两年差多少",
            # (the newer year first: 「A年比B年」 is A − B as written since vafixc, and the two years' change is
            # newer − older whichever was asked last)
            "平潭2022年办理结果总计比2021年增加了多少",
        ),
        # the turns as the user typed them: lead-ins, 二〇二二年, 「好的 那…」
        (["请问平潭二〇二二年予以公开了多少件", "平潭2021年予以公开了多少件"], "两年比差几个", None),
    ],
)
def test_the_two_years_read(turns, q, read):
    from rag import followup

    got = followup.converse(turns, q, _named)
    assert got is not None and got.kind == "ask", got
    assert read is None or got.question == read, got
    assert got.question.startswith("平潭2022年") and "比2021年" in got.question, got


def test_a_message_of_its_own_is_not_read_against_the_conversation():
    from rag import followup

    turns = ["平潭2022年新收申请多少件", "洪泽区2022年新收申请多少件"]
    for q in ("河北省教育厅2021年新收申请多少件", "那哪个单位最多呢", "2023年一共新收多少件"):
        assert followup.converse(turns, q, _named) is None, q
