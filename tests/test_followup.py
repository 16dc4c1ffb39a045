"""Follow-ups in a conversation (a user's chat: 「平潭2022年行政复议多少件」 then 「那2021年呢」「洪泽区呢」「换成部分
公开」): the previous question asked again with the one part named changed — its year, its body, the table row —
and the answer says the question it was read as. Asked alone, those messages went over every report (「那2021年
呢」: every 2021 report, no measure). A message that asks something of its own is never read as a follow-up. The
rules (rag/followup.py), the asker, the CLI's 问答模式, the API over HTTP and the web page's chat in Chromium."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from rag import followup
from webserver import ROOT


def _bodies(text: str) -> list[str]:
    return [n for n in ("平潭", "洪泽区", "河北省教育厅") if n in text]


@pytest.mark.parametrize(
    ("previous", "q", "read"),
    [
        ("平潭2022年行政复议多少件", "那2021年呢", "平潭2021年行政复议多少件"),
        ("平潭2022年行政复议多少件", "那21年的呢？", "平潭2021年行政复议多少件"),
        ("平潭2022年行政复议多少件", "洪泽区呢", "洪泽区2022年行政复议多少件"),
        ("平潭2022年行政复议多少件", "那洪泽区2023年呢", "洪泽区2023年行政复议多少件"),
        ("洪泽区2023年行政复议多少件", "换成部分公开", "洪泽区2023年部分公开多少件"),
        ("洪泽区2023年行政复议多少件", "那不予公开呢", "洪泽区2023年不予公开多少件"),
        # a relative year counts from the year asked, not from today
        ("平潭2022年行政复议多少件", "去年呢", "平潭2021年行政复议多少件"),
        ("平潭2022年行政复议多少件", "那前年的呢", "平潭2020年行政复议多少件"),
        # a column of the row asked (applicants, results)
        ("平潭2022年新收申请多少件", "自然人呢", "平潭2022年新收申请自然人多少件"),
        ("平潭2022年自然人新收申请多少件", "法人那一列呢", "平潭2022年新收申请法人多少件"),
        ("平潭2022年行政复议多少件", "维持的呢", "平潭2022年行政复议维持多少件"),
        # a body and a row at once; a body the store may not hold; the same question of another body
        ("平潭2022年行政复议多少件", "洪泽区的不予公开呢", "洪泽区2022年不予公开多少件"),
        ("平潭2022年行政复议多少件", "那淮安市呢", "淮安市2022年行政复议多少件"),
        ("平潭2022年行政复议多少件", "同样的问题问下洪泽区", "洪泽区2022年行政复议多少件"),
        # a figure of the text instead of the one asked
        ("平潭2022年主动公开了多少条政府信息", "政策解读呢", "平潭2022年政策解读有多少"),
        # an operation put on the figure: its change over the year before, its share, the bodies ranked by it
        ("平潭2022年新收申请多少件", "跟去年比呢", "平潭2022年新收申请比2021年增加了多少件"),
        ("平潭2022年新收申请多少件", "和2020年比呢", "平潭2022年新收申请比2020年增加了多少件"),
        ("平潭2022年予以公开多少件", "占比呢", "平潭2022年予以公开占比是多少"),
        ("平潭2022年予以公开比2021年增加了多少件", "占比呢", "平潭2022年予以公开占比是多少"),  # (not stacked)
        ("平潭2022年行政复议多少件", "那哪个单位最多呢", "2022年哪个单位行政复议最多"),
        # a short question of its own figure, naming no body and no year: the previous one's are kept
        ("平潭2022年新收申请多少件", "行政复议有多少件", "平潭2022年行政复议有多少件"),
        ("平潭2022年新收申请多少件", "那主动公开了多少条政府信息", "平潭2022年主动公开了多少条政府信息"),
        ("平潭2022年主动公开了多少条政府信息", "其中政策解读占比多少", "平潭2022年其中政策解读占比多少"),
        # what a chat message opens with is no part of what it asks; nor the previous question's lead-in
        ("平潭2022年行政复议多少件", "喂 你好 那2021年呢", "平潭2021年行政复议多少件"),
        ("平潭2022年行政复议多少件", "嗯 洪泽区呢", "洪泽区2022年行政复议多少件"),
        ("有群众来电问，平潭2022年行政复议多少件", "那个 2021的呢", "平潭2021年行政复议多少件"),
        # a question typed in 繁體 is read in simplified characters
        ("平潭2022年行政複議多少件", "洪泽区呢", "洪泽区2022年行政复议多少件"),
        # the change asked with its own asking words; the count asked inside the question
        ("平潭2022年新收申请多少件", "同比增减多少", "平潭2022年新收申请比2021年增加了多少件"),
        ("平潭2022年新收申请多少件", "比上一年多了还是少了", "平潭2022年新收申请比2021年增加了多少件"),
        (
            "平潭2022年一共接到多少件信息公开申请？",
            "和前一年比变化多少",
            "平潭2022年接到信息公开申请比2021年增加了多少件",
        ),
        # review 13: 上年结转 is a row, not the year before; a year range stays whole; a lead-in naming the measure stays
        ("平潭2022年新收申请多少件", "上年结转的呢", "平潭2022年上年结转多少件"),
        ("平潭2019年至2022年行政复议多少件", "行政诉讼有多少件", "平潭2019年至2022年行政诉讼有多少件"),
        ("行政复议方面，平潭2022年有多少件", "那2021年呢", "行政复议方面，平潭2021年有多少件"),
        # a share with its whole said
        ("平潭2022年同意公开了几件", "这个占总数比例多少", "平潭2022年同意公开占总数比例多少"),
        ("平潭2022年予以公开的有多少件", "占办理结果总计的百分之几", "平潭2022年予以公开占办理结果总计的百分之几"),
    ],
)
def test_the_part_named_is_changed(previous, q, read):
    assert followup.resolve(previous, q, _bodies) == read


@pytest.mark.parametrize(
    "q",
    [
        "好吧",
        "那2021年收到多少申请呢",
        "平潭2021年行政复议多少件",
        "谢谢",
        "为什么呢",
        "哪些单位收了信息处理费",  # a question over the whole store keeps no body
        "一共有多少份报告",
        "好的呢",
        "喂 你好",
        "什么最多呢",  # (of 行政复议: its largest item, not the body — not read as a ranking of bodies)
    ],
)
def test_a_message_of_its_own_stands_alone(q):
    assert followup.resolve("平潭2022年行政复议多少件", q, _bodies) is None


def test_a_body_written_otherwise_than_the_reader_names_it_is_not_swapped_blind():
    # the reader names the body 「芜湖市镜湖区政府」 where the question wrote 「芜湖镜湖区」: where to swap is not said,
    # so no reading — never the previous question answered again for the body asked
    def bodies(text: str) -> list[str]:
        return ["芜湖市镜湖区政府"] if "镜湖" in text else (["洪泽区"] if "洪泽区" in text else [])

    assert followup.resolve("芜湖镜湖区2020年不予处理多少件", "洪泽区呢", bodies) is None


def test_a_chosen_scope_is_not_replaced_by_the_previous_one():
    # the caller chose the report (the web page's 「本报告」): its own question is not given the previous body
    assert followup.resolve("平潭2022年新收申请多少件", "行政复议有多少件", _bodies, carry=False) is None
    assert followup.resolve("平潭2022年新收申请多少件", "行政复议有多少件", _bodies) is not None


def test_a_relative_year_needs_one_year_to_count_from():
    assert followup.resolve("平潭2021年和2022年行政复议多少件", "去年呢", _bodies) is None
    assert followup.resolve("平潭行政复议多少件", "去年呢", _bodies) is None


def test_a_choice_not_said_is_not_guessed():
    # two bodies asked before: which one 「洪泽区呢」 replaces is not said; two years before: which 「那2021年呢」 replaces
    assert followup.resolve("平潭和河北省教育厅2022年行政复议多少件", "洪泽区呢", _bodies) is None
    assert followup.resolve("平潭2021年和2022年行政复议多少件", "那2020年呢", _bodies) is None


def test_the_asker_reads_and_says_the_follow_up(corpus_asker):
    first = corpus_asker.ask("平潭2022年行政复议多少件")
    assert first.read_as is None
    ans = corpus_asker.ask("那2021年呢", previous="平潭2022年行政复议多少件")
    assert ans.read_as == "平潭2021年行政复议多少件" and ans.value == 3, ans.answer
    assert ans.answer.startswith("（按「平潭2021年行政复议多少件」理解）") and ans.question == "那2021年呢"
    alone = corpus_asker.ask("那2021年呢")
    assert alone.read_as is None and alone.value != 3, alone.answer


def test_the_asker_answers_the_new_kinds(corpus_asker):
    ans = corpus_asker.ask("自然人呢", previous="平潭2022年新收申请多少件")
    assert ans.value == 71 and ans.read_as == "平潭2022年新收申请自然人多少件", ans.answer
    ans = corpus_asker.ask("跟去年比呢", previous="平潭2022年新收申请多少件")
    assert ans.value == 4 and "2021年70件" in ans.answer, ans.answer  # 74 against 70
    ans = corpus_asker.ask("行政复议有多少件", previous="平潭2022年新收申请多少件")
    assert ans.value == 2 and ans.read_as == "平潭2022年行政复议有多少件", ans.answer


def test_a_bank_chain_is_asked_turn_by_turn_as_the_chat_keeps_it(corpus_asker):
    # eval/bank.py: `previous` a list of earlier turns, earliest first; each turn follows the one before as read
    from eval.bank import _before

    chain = ["平潭2022年行政复议多少件", "那2021年呢", "为什么呢"]  # the last not understood: the one before stays
    assert _before(corpus_asker, chain, None) == ["平潭2022年行政复议多少件", "平潭2021年行政复议多少件"]
    assert _before(corpus_asker, "平潭2022年行政复议多少件", None) == "平潭2022年行政复议多少件"
    ans = corpus_asker.ask("新收申请呢", previous=_before(corpus_asker, chain[:2], None))
    assert ans.read_as and "2021" in ans.read_as and "平潭" in ans.read_as, ans.answer


def test_a_follow_up_not_understood_asks_for_the_whole_question(corpus_asker):
    # alone, 「为什么呢」「维持的呢」 went over every report (another body's figure); now the user is asked
    for q in ("为什么呢", "那这个呢"):
        ans = corpus_asker.ask(q, previous="平潭2022年新收申请多少件")
        assert ans.value is None and ans.route == "unread" and "请把问题说完整" in ans.answer, ans.answer
    # with a report chosen on the page too: 「为什么呢」 answered 「报告未提及」 of it became the chat's question, and
    # the next 「那2021年呢」 was read 「2021年为什么呢」
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    for q in ("为什么呢", "那这个呢"):
        ans = corpus_asker.ask(q, report_id=rid, previous="新收申请多少件")
        assert ans.route == "unread" and "请把问题说完整" in ans.answer, ans.answer
        events = list(corpus_asker.ask_events(q, rid, previous="新收申请多少件"))
        assert events[-1][1].route == "unread"
    # … and with a body chosen (the page's 本机关, --agency)
    assert corpus_asker.ask("为什么呢", agency="平潭综合实验区", previous="新收申请多少件").route == "unread"
    # a chat on a chosen report goes on after it (eval/bank.py asks a chain as the chat keeps it)
    from eval.bank import _before

    assert _before(corpus_asker, ["新收申请多少件", "为什么呢"], rid) == ["新收申请多少件"]
    # a message of its own on the chosen report is answered of it
    assert corpus_asker.ask("行政复议多少件", report_id=rid, previous="新收申请多少件").value == 2


def test_a_store_wide_message_is_answered_not_asked_again(corpus_asker):
    ans = corpus_asker.ask("那总共有多少份报告呢", previous="平潭2022年新收申请多少件")
    assert ans.route != "unread", ans.answer


def test_a_body_not_stored_is_said_not_widened(corpus_asker):
    # 「市教育局呢」: the router does not know the name and would answer every 2022 body's figure
    ans = corpus_asker.ask("市教育局呢", previous="平潭2022年新收申请多少件")
    assert ans.value is None and "没有找到「市教育局」的报告" in ans.answer, ans.answer


@pytest.mark.parametrize("q", ["市教育局2022年新收多少件", "区卫健局新收了多少申请", "县公安局2022年行政复议几件"])
def test_a_department_named_by_its_level_alone_is_not_widened(corpus_asker, q):
    # asked alone, 「市教育局」 was no name the router knew: every 2022 body's figure was answered
    ans = corpus_asker.ask(q)
    assert ans.value is None and "没有找到" in ans.answer and "平潭" not in ans.answer, ans.answer


def test_the_cli_chat_follows_on(tmp_path, corpus):
    data = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    assert (
        subprocess.run([*run, "ingest", str(corpus / "reports"), "--data-dir", data], cwd=ROOT, env=env).returncode == 0
    )
    p = subprocess.run(
        [*run, "ask", "--data-dir", data],
        cwd=ROOT,
        input="平潭2022年行政复议多少件\n那2021年呢\n洪泽区呢\n为什么呢\n那2023年呢\n".encode(),
        capture_output=True,
        env=env,
        timeout=180,
    )
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0, out
    assert "（按「平潭2021年行政复议多少件」理解）3件" in out, out
    assert "（按「洪泽区2023年行政复议多少件」理解）" in out, (
        out
    )  # 「洪泽区呢」 then 「那2023年呢」: read on the last reading (「为什么呢」, not understood, in between)
    assert "没能读懂这句追问" in out, out


@pytest.fixture(scope="module")
def served(tmp_path_factory, corpus):
    from webserver import Server

    data = tmp_path_factory.mktemp("followup_data")
    subprocess.run(
        [sys.executable, "-m", "api.cli", "ingest", str(corpus / "reports"), "--data-dir", str(data)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    s = Server(data)
    yield s
    s.stop()


def test_the_api_takes_the_previous_question(served):
    r = httpx.post(
        served.url + "/api/ask", json={"question": "那2021年呢", "previous": "平潭2022年行政复议多少件"}, timeout=60
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["read_as"] == "平潭2021年行政复议多少件" and body["value"] == 3, body
    r = httpx.post(
        served.url + "/api/ask",
        json={"question": "那2021年呢", "previous": "平潭2022年行政复议多少件", "stream": True},
        timeout=60,
    )
    assert r.status_code == 200 and "平潭2021年行政复议多少件" in r.text, r.text
    # a follow-up not understood, streamed: asked for the whole question as the plain answer does (userprobe6)
    r = httpx.post(
        served.url + "/api/ask",
        json={"question": "为什么呢", "previous": "平潭2022年行政复议多少件", "stream": True},
        timeout=60,
    )
    assert r.status_code == 200 and "请把问题说完整" in r.text, r.text


def test_the_web_chat_follows_on(served):
    from playwright.sync_api import expect, sync_playwright

    from test_web import CHROMIUM, DESKTOP, FLAGS, Page

    expect.set_options(timeout=20_000)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = Page(b, DESKTOP, served.url).goto("/")
        for q in ("平潭2022年行政复议多少件", "那2021年呢"):
            page.fill("#question", q)
            page.press("#question", "Enter")
            expect(page.locator(".qa").last.locator(".a")).not_to_contain_text("正在回答")
        expect(page.locator(".qa").last.locator(".a")).to_contain_text("按「平潭2021年行政复议多少件」理解")
        # a follow-up not understood is skipped: the next one follows the question before it
        for q in ("为什么呢", "洪泽区呢"):
            page.fill("#question", q)
            page.press("#question", "Enter")
            expect(page.locator(".qa").last.locator(".a")).not_to_contain_text("正在回答")
        expect(page.locator(".qa").last.locator(".a")).to_contain_text("按「洪泽区2021年行政复议多少件」理解")
        b.close()
    expect.set_options(timeout=5_000)


def test_a_body_asked_beside_a_chosen_body_is_not_answered_with_the_chosen_ones(corpus_asker):
    # userprobe6: with 平潭 chosen (the page's 本机关, --agency), 「洪泽区新收多少件」 was answered with 平潭's 74
    # now the body the question names is answered, and the answer says it is not the chosen one (refused before
    # as 「没有找到「洪泽区」的报告」 though the store has it)
    ans = corpus_asker.ask("洪泽区新收多少件", agency="平潭综合实验区")
    assert ans.value == 21 and "不是当前选定的机关" in ans.answer, ans.answer
    assert corpus_asker.ask("新收多少件", agency="平潭综合实验区", year=2022).value == 74
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    ans = corpus_asker.ask("洪泽区2023年新收多少件", report_id=rid)
    assert ans.value == 21 and "不是当前选定的报告" in ans.answer, ans.answer


@pytest.mark.parametrize(
    "q",
    ["南京市新收多少件", "南京市2022年新收多少件", "淮安市新收了多少件申请", "南京新收多少件", "厦门2022年新收多少件"],
)
def test_a_place_the_store_lacks_asked_beside_a_chosen_one_is_refused(corpus_asker, q):
    # on 平潭's report (or with 平潭 chosen) 「南京市新收多少件」 was answered with 平潭's 74: a place the gazetteer knows
    # and the chosen body is not of is another body's question
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    for ans in (corpus_asker.ask(q, report_id=rid), corpus_asker.ask(q, agency="平潭综合实验区")):
        assert ans.value is None and "没有找到" in ans.answer, ans.answer
    # the chosen body's own place, and the region words of a report, stay the report's
    assert corpus_asker.ask("平潭新收多少件", report_id=rid).value == 74
    assert corpus_asker.ask("全区新收多少件", report_id=rid).value == 74


@pytest.mark.parametrize(
    "q",
    [
        "平谭2022年行政复议多少件",  # a homophone slip: asked once more as it sounds
        "平潭2022年行政复议多少件，洪泽区2023年不予公开多少件",  # two asks: the first answered, the second named
        "平潭2022年 applications 一共多少件",  # English words read as the Chinese they mean
    ],
)
def test_the_streamed_answer_is_the_asked_one(corpus_asker, q):
    # the API's stream (ask_events) answered a structured question by its own shorter path: no slip read as it
    # sounds, no second ask named — a different answer from `ask`'s for the same question
    events = list(corpus_asker.ask_events(q))
    done = events[-1][1]
    assert events[-1][0] == "done" and [k for k, _ in events] == ["delta", "done"]
    ans = corpus_asker.ask(q)
    assert done.answer == ans.answer and done.value == ans.value, (done.answer, ans.answer)


@pytest.mark.parametrize("q", ["河北省教育厅2018年解读有多少", "河北省教育厅2018年解读多少条"])
def test_a_bare_jiedu_after_the_year_is_the_thing_counted(corpus_asker, q):
    # 「那解读呢」 after a question of 主动公开 reads 「…2018年解读有多少」: 解读 right after the year was taken for
    # the verb (解读了…) and nothing was left to count — 「报告未提及」 for a report printing 「发布政策解读16条」
    ans = corpus_asker.ask(q)
    assert ans.value == 16, ans.answer


def test_another_body_beside_a_chosen_report_keeps_the_year_counted_from_it(corpus_asker):
    # review 14: 「洪泽区去年新收多少件」 on 平潭's 2022 report answered 洪泽区's 2023 (21): 去年 is 2021, of which the
    # store has no 洪泽区 report — said so, with the store's years of it; a year written stays that year
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    ans = corpus_asker.ask("洪泽区去年新收多少件", report_id=rid)
    assert ans.value is None and "2021年" in ans.answer and "2023年" in ans.answer, ans.answer
    assert corpus_asker.ask("洪泽区2023年新收多少件", report_id=rid).value == 21
    # a body named beside the chosen one is never dropped: both answered, said
    ans = corpus_asker.ask("平潭和洪泽区新收多少件", report_id=rid)
    assert "洪泽区" in ans.answer and "不是当前选定的报告" in ans.answer, ans.answer
    # the report's own relative years and rows stay its own
    assert corpus_asker.ask("去年新收多少件", report_id=rid).value == 70
    assert corpus_asker.ask("上年结转多少件", report_id=rid).value == 1


def test_a_stored_body_held_in_the_chosen_ones_name_is_another_body(corpus_asker):
    # 「平潭综合实验区新收多少件」 on 君山片区管理局's report answered 君山's 0 (the name is held in 君山's)
    jun = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "君山" in (e.agency or ""))
    ans = corpus_asker.ask("平潭综合实验区2022年新收多少件", report_id=jun)
    assert ans.value == 74 and "不是当前选定的报告" in ans.answer, ans.answer
    assert corpus_asker.ask("君山片区新收多少件", report_id=jun).value == 0


def test_a_ranking_followed_from_the_other_end_and_by_another_row(corpus_asker):
    # userprobe7: 「最少的呢」 after a ranking was not understood; 「行政复议呢」 dropped the ranking and the year (「行政
    # 复议是多少」: every report of every year)
    first = "2022年哪个单位新收最多"
    ans = corpus_asker.ask("最少的呢", previous=first)
    assert ans.read_as == "2022年哪个单位新收最少" and ans.value == 0 and "君山" in ans.answer, ans.answer
    ans = corpus_asker.ask("行政复议呢", previous=first)
    assert ans.read_as == "2022年哪个单位行政复议最多" and ans.value == 2 and "平潭综合实验区2022年" in ans.answer, (
        ans.answer
    )
    # a question of another row that is no ranking keeps its own reading
    assert corpus_asker.ask("行政复议呢", previous="平潭2022年新收多少件").value == 2


def test_a_share_of_no_whole_is_not_answered_with_the_count(corpus_asker):
    # 「占比呢」 after 「平潭2022年新收多少件」 was answered 74件 as the share
    ans = corpus_asker.ask("占比呢", previous="平潭2022年新收多少件")
    assert ans.value is None and "占哪一项的比例" in ans.answer, ans.answer
    assert corpus_asker.ask("平潭2022年予以公开占比").value == 28


def test_a_message_of_its_own_on_a_chosen_report_is_answered_not_asked_again(corpus_asker):
    # review 14: with the unread rule on a chosen report too, complete questions ending in 呢 were asked again
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    before = "新收多少件"
    assert corpus_asker.ask("不予公开多少件呢", report_id=rid, previous=before).value == 4
    assert corpus_asker.ask("有没有收费呢", report_id=rid, previous=before).value == 0
    # a body named in a follow-up on a chosen report is asked of it (the store has it), of the report's year, said so;
    # review 15 #9: 洪泽区 has no 2022 report — this was its 2023 figure (21) with only the scope line saying so. A
    # silently other-year answer is worse than a clear refusal naming the years the store has
    ans = corpus_asker.ask("洪泽区呢", report_id=rid, previous=before)
    assert ans.value is None and "不是当前选定的报告" in ans.answer, ans.answer
    assert "没有找到洪泽区人民政府2022年的报告" in ans.answer and "有2023年的报告" in ans.answer, ans.answer
    for q in ("为什么呢", "嗯 那个呢"):
        assert corpus_asker.ask(q, report_id=rid, previous=before).route == "unread"


@pytest.mark.parametrize("chosen", [True, False])
def test_an_off_topic_ask_naming_a_place_is_outside_the_reports(corpus_asker, chosen):
    # 「帮我订一张去北京的机票」 was 「没有找到「北京」的报告」: a place named beside a chosen report (or none) was refused
    # as a body before the question was seen to be no question of the reports
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2022]) if "平潭" in (e.agency or ""))
    ans = corpus_asker.ask("帮我订一张去北京的机票", report_id=rid if chosen else None)
    assert ans.answer.startswith("超出年报范围"), ans.answer


def test_a_county_short_name_inside_a_word_is_no_place_beside_a_chosen_report(corpus_asker):
    # 「建议和政协提案」 holds 和政 (和政县's short name): read as a place the report's body is not of, the question
    # on 河北省教育厅's report was refused 「没有找到「和政」的报告」 — only a province's or a city's short name counts
    rid = next(e.id for e in corpus_asker.catalogue().reports(None, [2023]) if "教育厅" in (e.agency or ""))
    ans = corpus_asker.ask("公开了多少条人大代表建议和政协提案复文？", report_id=rid)
    assert ans.value == 112, ans.answer
