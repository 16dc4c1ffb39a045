"""Chats across bodies (blindxa): a follow-up naming another body wrapped in words (「它下面的X呢」「那同一个省的X呢」
「换X看看」) is 「X呢」 — it was read 「X…它下面有多少」 and refused; an operation over the bodies named with a measure of its
own (「两家复议一共几件」「它俩的复议加起来呢」) adds or compares each body's figure of that measure — it answered the
last body's figure alone, or the whole store's sum; 「第一家的办结呢」「刚才第一个那个呢」 go back to the first body
named — they ranked every report; 「两年合计呢」「变化多少」「今年比去年多了还是少了」 after one figure asked of two years
are over those two years; on a chosen report 「它被复议了几次」「他们行政复议多少」 after another body named are that
body's (they were the chosen report's), 「跟X比呢 它收了多少」 is X's."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest

from chatting import chat as _chat, pingtan as _pingtan
from rag import followup
from webserver import ROOT

# the corpus: 平潭综合实验区 2021 新收 70, 行政复议 3, 办理结果总计 69; 2022 新收 74, 行政复议 2; 河北省教育厅 2021
# 新收 37, 行政复议 0; 河北省科学技术厅 2021 新收 2
START = "平潭综合实验区2021年新收了多少件申请"


@pytest.mark.parametrize(
    "other",
    [
        "那同一个省的河北省教育厅呢",
        "那个 那同一个省的河北省教育厅呢",
        "它下面的河北省教育厅呢",
        "隔壁的河北省教育厅呢",
        "那同省的河北省教育厅呢",
        "那 同一个省的河北省教育厅呢 啊",
        "换河北省教育厅看看",
        "换河北省教育厅看一下",
        "換河北省教育廳看看",
    ],
)
def test_a_body_named_in_words_around_it_is_asked_the_same(corpus_asker, other):
    _, ans = _chat(corpus_asker, [START, other])
    assert ans.value == 37, ans.answer
    assert ans.read_as == "河北省教育厅2021年新收了多少件申请", ans.read_as


@pytest.mark.parametrize(
    ("q", "value"),
    [
        ("两家复议一共几件", 3),
        ("它俩的复议加起来呢", 3),
        ("它俩的复意加起来呢", 3),
        ("兩家復議一共幾件", 3),
        ("那个 两家行政复议一共几件", 3),
        ("两家行政复议合计是多少呀", 3),
        ("它们俩复议加一块多少", 3),
        ("上面那个区里的和它加起来复议多少", 3),
        ("这两家复议哪个多", 3),
    ],
)
def test_an_operation_over_the_bodies_with_a_measure_of_its_own(corpus_asker, q, value):
    *_, ans = _chat(corpus_asker, [START, "那同一个省的河北省教育厅呢", q])
    assert ans.value == value and ans.route == "compare", ans.answer
    assert "平潭综合实验区2021年：3件" in ans.answer and "河北省教育厅2021年：0件" in ans.answer, ans.answer


def test_every_body_named_with_a_measure(corpus_asker):
    *_, ans = _chat(corpus_asker, [START, "河北省教育厅呢", "河北省科学技术厅的呢", "这几家复议一共几件"])
    assert ans.value == 3 and "河北省科学技术厅2021年：0件" in ans.answer, ans.answer


def test_the_sum_of_a_measure_over_the_bodies_of_their_own_years(corpus_asker):
    *_, ans = _chat(corpus_asker, ["平潭综合实验区2022年新收几件", "河北省教育厅2021年的呢", "两家加起来新收多少"])
    assert ans.value == 111, ans.answer  # 74 (平潭 2022) + 37 (河北省教育厅 2021)


@pytest.mark.parametrize(
    ("q", "value", "read"),
    [
        ("第一家的办结呢", 69, "平潭综合实验区2021年"),
        ("刚才第一个那个的办结呢", 69, "平潭综合实验区2021年"),
        ("刚才第一个那个呢", 3, "平潭综合实验区2021年行政复议"),
        ("第一个的复议呢", 3, "平潭综合实验区2021年"),
        ("第二家的呢", 0, "河北省教育厅2021年行政复议"),
    ],
)
def test_the_nth_body_named_in_the_chat(corpus_asker, q, value, read):
    turns = [START, "河北省教育厅呢", "河北省科学技术厅的呢", "行政复议呢", q]
    *_, ans = _chat(corpus_asker, turns)
    assert ans.value == value and (ans.read_as or "").startswith(read), ans.answer


@pytest.mark.parametrize("q", ["两年合计呢", "兩年合計呢", "那两年一共几件", "那 两年合计呢"])
def test_the_two_years_asked_added(corpus_asker, q):
    *_, ans = _chat(corpus_asker, ["平潭综合实验区2022年行政复议几件", "换成去年", q])
    assert ans.value == 5 and "加起来共5件" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    [
        "变化多少",
        "变化多小",
        "那 变化多少 啊",
        "增减了几件",
        "差几件",
        "今年比去年多了还是少了 差几件",
        "嗯 今年比去年多了还是少了",
    ],
)
def test_the_change_between_the_two_years_asked(corpus_asker, q):
    *_, ans = _chat(corpus_asker, ["平潭综合实验区2022年新收几件", "前一年的呢", q])
    assert ans.value == 4 and "2022年比2021年增加4件" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q", ["ok 再问下 它被复议了几次", "他们行政复意多少", "那它的行政复议呢", "它们被复议了多少次", "它复议几件"]
)
def test_a_pronoun_on_a_chosen_report_is_the_other_body_just_named(corpus_asker, q):
    _, _, ans = _chat(corpus_asker, ["今年新收了多少申请", "那河北省教育厅呢", q], report_id=_pingtan(corpus_asker))
    assert ans.value == 0 and "河北省教育厅2021年" in (ans.read_as or ""), ans.answer  # (the report's own is 3)
    # (no pronoun, or 我们: the chosen report's own figure, as before)
    for own in ("复议多少", "我们复议多少"):
        *_, ans = _chat(corpus_asker, ["今年新收了多少申请", "那河北省教育厅呢", own], report_id=_pingtan(corpus_asker))
        assert ans.value == 3, ans.answer


@pytest.mark.parametrize("q", ["那个 跟河北省教育厅比呢 它收了多少", "和河北省教育厅相比呢，他们收了几件"])
def test_compared_then_asked_by_a_pronoun_on_a_chosen_report(corpus_asker, q):
    turns = ["本年度收到多少申请", q, "他们行政复议多少", "刚才第一个那个呢"]
    first, compared, other, back = _chat(corpus_asker, turns, report_id=_pingtan(corpus_asker))
    assert first.value == 70 and compared.value == 37 and other.value == 0, (compared.answer, other.answer)
    assert back.value == 3 and back.read_as == "平潭综合实验区2021年行政复议多少", back.answer


def test_the_readings():
    def named(text: str) -> list[str]:
        return [n for n in ("平潭综合实验区", "河北省教育厅") if n in text]

    assert followup._cleaned("它下面的河北省教育厅呢") == "那河北省教育厅呢"
    assert followup._cleaned("换河北省教育厅看看") == "换河北省教育厅呢"
    # (no wrapper or look words outside a follow-up's shape: a question of its own is left as it is)
    assert followup._cleaned("同一个省的单位看看有多少") == "同一个省的单位看看有多少"
    got = followup.converse(["平潭综合实验区2021年新收多少", "河北省教育厅2021年新收多少"], "两家复议一共几件", named)
    assert got is not None and got.kind == "bodies" and got.op == "sum", got
    assert got.questions == ["平潭综合实验区2021年复议是多少", "河北省教育厅2021年复议是多少"]
    # (no figure of the tables beside the operation: the figure asked of each, as before)
    got = followup.converse(["平潭综合实验区2021年新收多少", "河北省教育厅2021年新收多少"], "两家哪个更多一些", named)
    assert got is not None and got.questions == ["平潭综合实验区2021年新收多少", "河北省教育厅2021年新收多少"], got
    # (「这几家」: every body the chat named)
    turns = ["平潭综合实验区2021年新收多少", "河北省教育厅2021年新收多少", "平潭综合实验区2021年不予公开多少"]
    got = followup.converse(turns, "这几家复议一共几件", named)
    assert got is not None and len(got.questions) == 2, got
    # (「一共新收多少件」 names no bodies: a figure of its own, not an operation over the bodies)
    assert (
        followup.converse(["平潭综合实验区2021年新收多少", "河北省教育厅2021年新收多少"], "一共新收多少件", named)
        is None
    )


def test_the_cli_chat(tmp_path, corpus):
    data = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    assert (
        subprocess.run([*run, "ingest", str(corpus / "reports"), "--data-dir", data], cwd=ROOT, env=env).returncode == 0
    )
    p = subprocess.run(
        [*run, "ask", "--data-dir", data],
        cwd=ROOT,
        input=f"{START}\n那同一个省的河北省教育厅呢\n两家复议一共几件\n".encode(),
        capture_output=True,
        env=env,
        timeout=240,
    )
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0, out
    assert "按「河北省教育厅2021年新收了多少件申请」理解" in out and "加起来共3件" in out, out
    listed = subprocess.run(
        [*run, "list", "--data-dir", data, "--year", "2021", "--json"], cwd=ROOT, env=env, capture_output=True
    ).stdout.decode("utf-8")
    rid = next(r["id"] for r in map(json.loads, listed.splitlines()) if "平潭" in (r.get("agency") or ""))
    p = subprocess.run(
        [*run, "ask", "--data-dir", data, "--report", rid],
        cwd=ROOT,
        input="今年新收多少件\n那河北省教育厅呢\nok 再问下 它被复议了几次\n".encode(),
        capture_output=True,
        env=env,
        timeout=240,
    )
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0, out
    assert "按「河北省教育厅2021年被复议了几次」理解" in out, out


@pytest.fixture(scope="module")
def served(tmp_path_factory, corpus):
    from webserver import Server

    data = tmp_path_factory.mktemp("xafixa_data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(corpus / "reports"), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = Server(data)
    yield s
    s.stop()


def test_the_api(served):
    turns = [START, "河北省教育厅2021年新收了多少件申请"]
    for stream in (False, True):
        r = httpx.post(
            served.url + "/api/ask",
            json={"question": "它俩的复议加起来呢", "previous": turns, "stream": stream},
            timeout=120,
        )
        assert r.status_code == 200 and "加起来共3件" in r.text, r.text
    r = httpx.post(
        served.url + "/api/ask",
        json={
            "question": "两年合计呢",
            "previous": ["平潭综合实验区2022年行政复议几件", "平潭综合实验区2021年行政复议几件"],
        },
        timeout=120,
    )
    assert r.status_code == 200 and r.json()["value"] == 5, r.text
