"""Follow-ups that dropped the set or the body (branch ybfixb): silently wrong answers.

After a set question whose place is written short (「湖南2021年县级部门新收申请一共多少」: 湖南, not 湖南省), 「换成予以公开的
看看」「那行政复议案件呢」「换成乡镇政府呢」 were answered over EVERY report of the year (a figure of the wrong population said
as the set's), and 「平均每家多少」「最多的是哪家」 were refused. In a body's chat, 「嗯 复议呢 来着」 listed every report's
复议; on a chosen report 「那公司提的有几件」 was refused; 「复议办理花了多长时间」 was answered with every report's 复议
count; after a question whose place was not found, 「换成行政诉讼案件看看」 read over the whole store."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from chatting import chat
from test_yafixb_sets import ROOT, STEMS, _file, hunan  # noqa: F401  (the module's store of 13 Hunan reports)

SUM = "湖南2021年县级部门新收申请一共多少"  # 44 + 88 + 85


def _direct(asker, q: str):
    ans = asker.ask(q)
    assert ans.value is not None, ans.answer
    return ans.value


@pytest.mark.parametrize(
    ("said", "row"),
    [
        ("换成予以公开的申请看看", "予以公开"),
        ("那行政复议案件呢", "行政复议"),
        ("換成行政訴訟案件看看", "行政诉讼"),
        ("嗯 那不予公开的呢", "不予公开"),
    ],
)
def test_another_measure_keeps_a_set_written_short(hunan, said, row):  # noqa: F811
    asker, _ = hunan
    first, ans = chat(asker, [SUM, said])
    assert first.value == 217, first.answer
    want = _direct(asker, f"湖南省2021年县级部门{row}一共多少")
    assert ans.value == want and "湖南" in (ans.read_as or "") and "县级部门" in (ans.read_as or ""), ans.answer


@pytest.mark.parametrize("said", ["换成乡镇政府呢", "那县区政府呢", "换成乡镇的看看"])
def test_another_level_keeps_a_set_written_short(hunan, said):  # noqa: F811
    asker, _ = hunan
    ans = chat(asker, [SUM, said])[-1]
    level = "乡镇" if "乡镇" in said else "县级政府"
    want = _direct(asker, f"湖南省2021年{level}新收申请一共多少")
    assert ans.value == want and "湖南" in (ans.read_as or ""), ans.answer
    assert "县级部门" not in (ans.read_as or ""), ans.answer


@pytest.mark.parametrize("said", ["平均每家多少", "那平均一家几件", "平均下来每家多少啊", "平均每家多少呢"])
def test_an_average_after_a_sets_sum(hunan, said):  # noqa: F811
    asker, _ = hunan
    ans = chat(asker, [SUM, said])[-1]
    assert ans.value is not None and abs(ans.value - 217 / 3) < 0.01, ans.answer
    assert "湖南" in (ans.read_as or "") and "县级部门" in (ans.read_as or ""), ans.answer


@pytest.mark.parametrize("said", ["最多的是哪家", "哪个单位最多", "那最少的是谁"])
def test_the_largest_after_a_sets_average(hunan, said):  # noqa: F811
    asker, _ = hunan
    ans = chat(asker, [SUM, "平均每家多少", said])[-1]
    assert ans.value == (44 if "少" in said else 88), ans.answer


@pytest.mark.parametrize("said", ["换成行政诉讼案件看看", "那行政复议呢", "那县区政府呢"])
def test_a_follow_up_of_a_place_not_found_is_refused(hunan, said):  # noqa: F811
    asker, _ = hunan
    first, ans = chat(asker, ["把广西2021年县级部门收到的信息公开申请全部加一起是多少", said])
    assert first.value is None, first.answer
    assert ans.value is None and "报告未提及" in ans.answer and "广西" in ans.answer, ans.answer


def test_a_place_of_its_own_after_a_place_not_found(hunan):  # noqa: F811
    asker, _ = hunan
    ans = chat(
        asker, ["把广西2021年县级部门收到的信息公开申请全部加一起是多少", "湖南省2021年县级部门新收申请一共多少"]
    )
    assert ans[-1].value == 217, ans[-1].answer


@pytest.mark.parametrize("said", ["嗯 复议呢 来着", "那行政复议呢 来着", "复议呢"])
def test_a_bodys_chat_keeps_the_body(hunan, said):  # noqa: F811
    asker, ids = hunan
    body = asker.store.report(ids["p21-xiangxiang-zrzyj-wps-abbr-t4slash-2021"]).agency
    ans = chat(asker, [f"{body}2021年收到多少申请", said])[-1]
    assert ans.value == _direct(asker, f"{body}2021年行政复议多少件") and body in (ans.read_as or ""), ans.answer


@pytest.mark.parametrize("said", ["嗯 复议办理花了多长时间 来着", "行政诉讼打了多久", "复议用了几天"])
def test_a_time_asked_of_the_cases_is_refused(hunan, said):  # noqa: F811
    asker, ids = hunan
    body = asker.store.report(ids["p21-xiangxiang-zrzyj-wps-abbr-t4slash-2021"]).agency
    ans = chat(asker, [f"{body}2021年收到多少申请", said])[-1]
    assert ans.value is None and "报告未提及" in ans.answer, ans.answer
    alone = asker.ask(said)
    assert alone.value is None and "报告未提及" in alone.answer, alone.answer
    if "几天" not in said:  # (「几天」 is read as no figure at all: refused before)
        assert "用时" in ans.answer and "用时" in alone.answer, (ans.answer, alone.answer)


@pytest.mark.parametrize(
    "said", ["呃 那公司提的有几件 呢", "嗯 那公司提的有几件", "企业提的呢有几件", "那法人提出的有多少"]
)
def test_who_filed_on_a_chosen_report(hunan, said):  # noqa: F811
    asker, ids = hunan
    rid = ids["t21-wuling-fgj-acct-2021"]
    want = asker.ask("商业企业提出的申请有几件", report_id=rid)
    if "法人" in said:
        want = asker.ask("法人或者其他组织提出的申请有几件", report_id=rid)
    ans = chat(asker, ["今年一共收到多少申请", said], report_id=rid)[-1]
    assert want.value is not None and ans.value == want.value, (ans.answer, want.answer)


def test_the_cli_chat_keeps_a_set_written_short(tmp_path):
    data = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    files = [_file(s) for s in STEMS[:3]]
    assert subprocess.run([*run, "ingest", *files, "--data-dir", data], cwd=ROOT, env=env).returncode == 0
    lines = [SUM, "平均每家多少", "换成行政复议案件看看"]
    p = subprocess.run(
        [*run, "ask", "--data-dir", data],
        cwd=ROOT,
        input="\n".join(lines).encode() + b"\n",
        capture_output=True,
        env=env,
        timeout=240,
    )
    out = p.stdout.decode("utf-8")
    assert p.returncode == 0, out
    assert "217件" in out and "72.33" in out and "湖南2021年县级部门行政复议案件平均每家多少" in out, out


def test_the_api_refuses_a_follow_up_of_a_place_not_found(tmp_path):
    import httpx

    from webserver import Server

    data = tmp_path / "d"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    files = [_file(s) for s in STEMS[:3]]
    run = [sys.executable, "-m", "api.cli", "ingest", *files, "--data-dir", str(data)]
    assert subprocess.run(run, cwd=ROOT, env=env, capture_output=True).returncode == 0
    served = Server(data)
    try:
        ask = {"question": "换成行政诉讼案件看看", "previous": ["把广西2021年县级部门收到的申请全部加一起是多少"]}
        body = httpx.post(served.url + "/api/ask", json=ask, timeout=120).json()
        assert body["value"] is None and "广西" in body["answer"], body
        r = httpx.post(served.url + "/api/ask", json={**ask, "stream": True}, timeout=120)
        assert r.status_code == 200 and "广西" in r.text, r.text
        ask = {"question": "平均每家多少", "previous": [SUM]}
        body = httpx.post(served.url + "/api/ask", json=ask, timeout=120).json()
        assert abs(body["value"] - 217 / 3) < 0.01, body
    finally:
        served.stop()
