"""A single-page app's page whose body is an empty mount point and whose article exists only in the app's
state inside a <script> (wild19 h24/h16: Next.js `__NEXT_DATA__`; Nuxt `window.__NUXT__ = {…}`,
`JSON.parse("…")`, an ld+json articleBody): the report string is read as the document (load_json
`payload_document`), a page that shows its report is read as shown, and the JSON reader's budgets hold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.export import to_cells
from extractor.extract import extract_bytes
from extractor.load import load_bytes
from extractor.schema import ExtractError

_TITLE = "某某县某某镇人民政府2023年政府信息公开工作年度报告"
_BODY = (
    f"<h1>{_TITLE}</h1><p>本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自2023年1月1日起至2023年12月31日止。"
    "一、总体情况。本机关全年主动公开政府信息120条，收到政府信息公开申请5件。</p>"
    "<p>二、主动公开政府信息情况。本机关围绕重点领域持续做好信息发布，及时更新机构职能、权责清单、财政预决算等基础信息，"
    "规范政府信息公开申请的受理、登记、审核和答复，做到件件有登记、事事有回音。</p>"
    "<table><tr><td>规章</td><td>7</td></tr></table>"
)


def _page(body: str, script: str) -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"/><title>{_TITLE}</title></head><body>'
        f'<div id="__next">{body}</div>{script}</body></html>'
    ).encode()


def _next_data(content: str) -> str:
    state = {"props": {"pageProps": {"menu": [{"name": "首页"}], "article": {"title": _TITLE, "content": content}}}}
    data = json.dumps(state).replace("<", "\\u003c")
    return f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'


def test_the_generated_spa_pages_read_back_exactly():
    for seed in range(12):
        g = generate(RandomDraw(seed), "html-spa-state")
        assert not mismatches(extract_bytes(g.data, g.name), g.expected), seed


def test_the_wild19_next_data_page_is_read_with_its_defect_and_spans_into_the_article():
    path = "eval/wild19/reports/h24-lengshuijiang-fgj-next-data-rv-defect-2024.html"
    gold = json.loads(Path("eval/wild19/gold/h24-lengshuijiang-fgj-next-data-rv-defect-2024.json").read_text("utf-8"))
    data = Path(path).read_bytes()
    report = extract_bytes(data, path)
    got = to_cells(report)
    assert all(got[k] == gold[k] for k in ("agency", "year", "template", "t2", "t3", "t4"))
    assert report.format == "json"  # the carrier: the page's JSON payload
    doc = load_bytes(data)
    for cell in report.cells:
        if cell.span is not None:
            assert doc.text[cell.span.start : cell.span.end] == cell.raw
    assert {(f.check, f.where) for f in report.findings if f.kind != "extraction_doubt"} >= {("H5", "t4.rv")}


def test_the_payload_forms_and_their_escapes():
    nuxt = f"<script>window.__NUXT__ = {json.dumps({'data': [{'content': _BODY}]}, ensure_ascii=False)};</script>"
    state = json.dumps({"article": {"content": _BODY}})
    parsed = f"<script>window.__INITIAL_STATE__ = JSON.parse({json.dumps(state)});</script>"
    text = _BODY.replace("<h1>", "").replace("</h1>", "\n").replace("<p>", "").replace("</p>", "\n")
    text = text.replace("<table><tr><td>规章</td><td>7</td></tr></table>", "")
    ld = f'<script type="application/ld+json">{json.dumps({"articleBody": text})}</script>'
    for script in (_next_data(_BODY), nuxt, parsed):
        doc = load_bytes(_page('<div class="loading">页面加载中…</div>', script))
        assert doc.format == "json" and "主动公开政府信息120条" in doc.text and "规章 | 7" in doc.text
        assert "首页" not in doc.text  # the state's menu is not the article
    doc = load_bytes(_page("", ld))  # plain text with 「\n」 escapes: lines
    assert doc.format == "json" and "主动公开政府信息120条" in doc.text.split("\n")[1]
    doc = load_bytes(_page("", ld + _next_data(_BODY)))  # the same article twice: the copy with its table
    assert doc.text.count("主动公开政府信息120条") == 1 and "规章 | 7" in doc.text


def test_a_page_that_shows_its_report_is_read_as_shown():
    shown = _BODY.replace("120条", "121条")
    doc = load_bytes(_page(shown, _next_data(_BODY)))
    assert doc.format == "html" and "121条" in doc.text and "120条" not in doc.text
    with pytest.raises(ExtractError, match="不是政府信息公开工作年度报告（没有找到相关内容）"):
        extract_bytes(_page("<p>页面加载中…</p>", _next_data("<p>" + "某某新闻" * 80 + "</p>")))


def test_the_payload_is_held_to_the_json_budgets(monkeypatch):
    deep = '<script id="__NEXT_DATA__" type="application/json">' + "[" * 150 + json.dumps(_BODY) + "]" * 150
    with pytest.raises(ExtractError, match="嵌套"):
        load_bytes(_page("", deep + "</script>"))
    monkeypatch.setenv("XXGK_MAX_HTML_NODES", "3")
    with pytest.raises(ExtractError):
        load_bytes(_page("", _next_data(_BODY)))
