"""Follow-ups on a set of reports (a place × kind × year) and a chosen report's own province's set (branch yafixb).

After 「湖南省2021年县级部门新收申请一共多少」 the user widens the set (「把2020年也算进来」「2020和2021年合起来呢」),
narrows it (「只看2021年的」「其中部门的有几份」「去掉乡镇」), asks its parts (「那各家分别多少」「每家各多少 列一下」) or its
largest (「最多的是谁」「哪家最少」) — each was refused (报告未提及: the set not carried). On a chosen report,
「同省同年的县级部门一共收到多少申请」「本省2020年区县部门的新收申请加起来多少」 were answered with the chosen report's
own figure or a listing of the others with no total; now the province's set, the chosen report counted and said
(含本报告)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chatting import chat

ROOT = Path(__file__).resolve().parent.parent
# Hunan: 2021 县级部门 44 + 88 + 85 (217), 县级政府 1, 乡镇 2, 市级部门 1; 2020 县级部门 42 + 35 + 35 (112);
# 2022 省级部门 3
STEMS = (
    "t21-wuling-fgj-acct-2021",
    "p21-xiangxiang-zrzyj-wps-abbr-t4slash-2021",
    "pdf21-yanfeng-filename-2021",
    "d21-jiangyong-gov-repeat-2021",
    "p21-xianxi-zhen-wps-dash-header-2021",
    "d21-qianzhou-jd-hdr2-slash-cn-2021",
    "txt21-zhuzhou-tsv-2021",
    "t20-ningyuan-sjj-copy-gf2019-totfirst-2020",
    "p20-liling-jyj-gf2019-word-right-cn-2020",
    "t19-kaifu-zjj-fixedwidth-2020",
    "d22-hunan-tjj-space-thousands-2022",
    "p22-hunan-slt-wps-hdr2-2022",
    "x21-hnrst-xls-2022",
)


def _file(stem: str) -> str:
    gold = next(ROOT.glob(f"eval/wild*/gold/{stem}.json"))
    return str(gold.parent.parent / json.loads(gold.read_text(encoding="utf-8"))["file"])


@pytest.fixture(scope="module")
def hunan(tmp_path_factory):
    from extractor.extract import extract_path
    from rag.ask import Asker
    from rag.index import Index
    from rag.store import Store

    store = Store(tmp_path_factory.mktemp("yafixb"))
    ids = {}
    for stem in STEMS:
        r = extract_path(_file(stem))
        store.add(r)
        ids[stem] = r.id
    Index(store).sync()
    return Asker(store), ids


COUNT = "湖南省2021年县级部门的报告有几份"
SUM = "湖南省2021年县级部门新收申请一共多少"


@pytest.mark.parametrize(
    "said", ["把2020年也算进来", "那加上2020年的呢", "2020和2021年合起来呢", "嗯 连同2020年一起算", "把2020年也算進來"]
)
def test_a_year_added_to_a_set_widens_it(hunan, said):
    asker, _ = hunan
    ans = chat(asker, [COUNT, said])[-1]
    assert ans.value == 6 and "2020年和2021年" in ans.answer, ans.answer


def test_a_sum_over_a_set_widened_then_narrowed(hunan):
    asker, _ = hunan
    wide, only = chat(asker, [SUM, "2020年的也算上吧", "只看2020年的"])[1:]
    assert wide.value == 217 + 112, wide.answer
    assert only.value == 112 and "2021" not in (only.read_as or ""), only.answer
    again = chat(asker, [COUNT, "那2020年呢"])[-1]  # (a year instead: the previous one replaced, as before)
    assert again.value == 3, again.answer


@pytest.mark.parametrize("said", ["那各家分别多少", "每家各多少 列一下", "分別是多少", "各自是多少啊"])
def test_the_parts_of_a_sum_over_a_set(hunan, said):
    asker, _ = hunan
    ans = chat(asker, [SUM, said])[-1]
    for part in ("88件", "85件", "44件"):
        assert part in ans.answer, ans.answer
    assert "报告未提及" not in ans.answer


@pytest.mark.parametrize(("said", "value"), [("最多的是谁", 88), ("哪家最多", 88), ("那哪家最少", 44)])
def test_the_largest_of_a_set_after_its_parts(hunan, said, value):
    asker, _ = hunan
    ans = chat(asker, [SUM, "那各家分别多少", said])[-1]
    assert ans.value == value, ans.answer
    right_after = chat(asker, [SUM, said])[-1]  # (right after the sum, too)
    assert right_after.value == value, right_after.answer


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("其中部门的有几份", 4),
        ("去掉乡镇", 5),
        ("乡镇除外呢", 5),
        ("只看乡镇的", 2),
        # (the words of extractor/levels.py's one vocabulary: a tier's government and departments together, 镇街)
        ("其中区县的有几份", 4),
        ("只看县一级单位", 4),
        ("去掉镇街", 5),
        ("其中县里的局有几份", 3),
    ],
)
def test_a_kind_of_body_narrows_a_place_set(hunan, said, value):
    asker, _ = hunan
    ans = chat(asker, ["湖南省2021年的报告一共有几份", said])[-1]
    assert ans.value == value, ans.answer


def test_a_body_asked_before_is_no_set(hunan):
    asker, _ = hunan
    ans = chat(asker, ["湘乡市自然资源局2021年新收多少", "那各家分别多少"])[-1]
    assert "县级部门" not in (ans.read_as or ""), ans.answer


def test_a_chosen_reports_own_province_set(hunan):
    asker, ids = hunan
    wuling = ids["t21-wuling-fgj-acct-2021"]
    ans = asker.ask("同省同年的县级部门一共收到多少申请", report_id=wuling)
    assert ans.value == 217 and "含本报告" in ans.answer, ans.answer
    ans = asker.ask("咱们省同年的区县部门一共收了多少申请？", report_id=wuling)
    assert ans.value == 217, ans.answer
    ans = asker.ask("本省2020年区县部门的新收申请加起来多少", report_id=wuling)
    assert ans.value == 112 and "含本报告" not in ans.answer, ans.answer
    ans = asker.ask("跟我们同省同级的单位今年有几份年报", report_id=wuling)
    assert ans.value == 3 and "含本报告" in ans.answer, ans.answer
    ans = asker.ask("同省同级的省直部门今年有几份年报", report_id=ids["p22-hunan-slt-wps-hdr2-2022"])
    assert ans.value == 3, ans.answer


def test_the_cli_chat_lists_a_sets_parts(tmp_path):
    data = str(tmp_path / "d")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    run = [sys.executable, "-m", "api.cli"]
    files = [_file(s) for s in STEMS[:3]]
    assert subprocess.run([*run, "ingest", *files, "--data-dir", data], cwd=ROOT, env=env).returncode == 0
    lines = [SUM, "那各家分别多少", "最多的是谁"]
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
    assert "217件" in out and "湘乡市自然资源局2021年88件" in out and "最多" in out, out
    assert "报告未提及" not in out, out


@pytest.mark.parametrize(("said", "value"), [("行政复议呢", 6), ("换成不予公开", 24), ("那不予公开的呢", 24)])
def test_another_row_of_a_set_keeps_the_set(hunan, said, value):
    # (「行政复议呢」 after a set's sum was read 「2021年行政复议一共多少」: the whole store's sum, 9, said as the set's)
    asker, _ = hunan
    ans = chat(asker, [SUM, said])[-1]
    assert ans.value == value and "县级部门" in (ans.read_as or ""), ans.answer


@pytest.mark.parametrize(("said", "value"), [("去掉乡镇", 363), ("其中县级部门呢", 217)])
def test_a_kind_narrows_a_sum_over_every_body_of_a_place(hunan, said, value):
    asker, _ = hunan
    ans = chat(asker, ["湖南省2021年各单位新收申请一共多少", said])[-1]
    assert ans.value == value, ans.answer


def test_the_api_asks_a_chosen_reports_province_set(tmp_path):
    # the web page's chat beside a report: the report chosen (report_id), plain and streamed
    import httpx

    from webserver import Server

    data = tmp_path / "d"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XXGK_LLM")}
    files = [_file(s) for s in STEMS[:3]]
    run = [sys.executable, "-m", "api.cli", "ingest", *files, "--data-dir", str(data)]
    assert subprocess.run(run, cwd=ROOT, env=env, capture_output=True).returncode == 0
    served = Server(data)
    try:
        reports = httpx.get(served.url + "/api/reports", timeout=60).json()
        rows = reports["reports"] if isinstance(reports, dict) else reports
        rid = next(r["id"] for r in rows if "武陵区" in (r.get("agency") or ""))
        ask = {"question": "同省同年的县级部门一共收到多少申请", "report_id": rid}
        body = httpx.post(served.url + "/api/ask", json=ask, timeout=120).json()
        assert body["value"] == 217 and "含本报告" in body["answer"], body
        r = httpx.post(served.url + "/api/ask", json={**ask, "stream": True}, timeout=120)
        assert r.status_code == 200 and "217件" in r.text and "含本报告" in r.text, r.text
    finally:
        served.stop()
