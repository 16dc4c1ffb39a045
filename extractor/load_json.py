"""A report as an open-data platform's API returns it (数据开放平台, 政务公开 JSON interfaces): one JSON
document holding the title, the agency, the narrative (plain strings or HTML strings) and the tables
(arrays of rows, or arrays of records keyed by column name), every character possibly escaped
(「\\u6df1…」, decoded by the JSON parser).

Read generally, in document order, with no field name known in advance:
- a string is text: an HTML string is read by the HTML loader (its paragraphs and tables), another
  string is lines;
- an array of arrays of values is a table, each inner array a row (nested arrays flattened into it);
- an array of objects whose values are all values (numbers, short strings, arrays of values) is a
  table: objects whose values are all plain are records — their keys, in the order first met, are the
  header row and each record a row under it (a key a record lacks is a blank cell; a record holding
  only its first key is a heading row of one cell) —; objects carrying arrays are rows of their values
  in key order (「{"信息内容": "规章", "数值": [0, 0, 0]}」);
- an array of rich-text nodes (a mini-program's 「nodes」: 「{"name": "td", "attrs": {…}, "children": […]}」
  and 「{"type": "text", "text": …}」) is the page's markup as a tree: read as the HTML it stands for;
- other objects and arrays are walked into; a number, true/false or null outside a table is metadata
  (a status code, an id, the year) and is not text.
A number is kept as the JSON text wrote it (parsed as its literal, never through a float), so the
value read is the one in the file; a JSON document that holds no report is refused by the extractor
as any other input is."""

from __future__ import annotations

import base64
import html
import json
import os
import re

from . import budgets
from .budgets import GridMeter
from .document import Document, TextBuilder
from .docx_parts import append_document
from .schema import ExtractError
from .spanned import add_table

_HTML = re.compile(r"<(?:p|div|table|tr|td|br|span|h[1-6]|section|strong|b|font|ul|li)\b[^>]*>", re.I)
_NUMBER_TEXT = re.compile(r"\s*[+-]?\d[\d,]*(?:\.\d+)?%?\s*")
_MAX_DEPTH = 100
_LONG = 200  # a string value longer than this is prose, not a table cell


class _Num(str):
    """A JSON number, as the file wrote it."""


def looks_json(text: str) -> bool:
    head = text.lstrip()[:1]
    return head in ("{", "[") and text.rstrip()[-1:] in ("}", "]")


def parse(text: str):
    """The JSON value, numbers as their literal text; None when the text is not one JSON document."""
    try:
        return json.loads(text, parse_int=_Num, parse_float=_Num, parse_constant=_Num)
    except (ValueError, RecursionError):
        return None


def _scalar(v) -> bool:
    return v is None or isinstance(v, (str, bool))  # (_Num is a str)


def _values(v) -> bool:
    """A value or an array of values: what a table cell (or a run of cells) holds."""
    if isinstance(v, list):
        return all(_scalar(x) for x in v)
    return _scalar(v)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    return " ".join(str(v).split())


def _numeric(v) -> bool:
    return isinstance(v, _Num) or (isinstance(v, str) and _NUMBER_TEXT.fullmatch(v) is not None)


def _is_table(items: list) -> bool:
    """An array of rows: arrays of values (a grid, even one printed all blank), or objects of values
    with a number in them somewhere; never prose (a list of sections, each a title and its text, is
    not a table)."""
    if not items:
        return False
    grid = all(isinstance(it, list) for it in items)
    cells = []
    for it in items:
        if isinstance(it, list):
            if not all(_values(x) for x in it):
                return False
            cells += [y for x in it for y in (x if isinstance(x, list) else [x])]
        elif isinstance(it, dict):
            if not it or not all(_values(x) for x in it.values()):
                return False
            cells += [y for x in it.values() for y in (x if isinstance(x, list) else [x])]
        else:
            return False
    if any(isinstance(c, str) and (len(c) > _LONG or _HTML.search(c)) for c in cells):
        return False
    return grid or any(_numeric(c) for c in cells)


def _keyed_records(node: dict) -> bool:
    """An object whose every value is a record of values with a number in it: a table whose rows are
    named by the object's keys (a structured report API's table 四); one record alone is metadata
    (「meta」: {「id」: {「n」: 7}})."""
    records = list(node.values())
    return len(records) > 1 and all(isinstance(r, dict) for r in records) and _is_table(records)


def _flat(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if isinstance(v, list):
            out += [_cell(x) for x in v]
        else:
            out.append(_cell(v))
    return out


def _table_rows(items: list) -> list[list[str]]:
    if all(isinstance(it, dict) for it in items) and all(_scalar(v) for it in items for v in it.values()):
        keys: list[str] = []
        for it in items:
            keys += [k for k in it if k not in keys]
        rows = [[" ".join(k.split()) for k in keys]]
        for it in items:
            row = [_cell(it[k]) if k in it else None for k in keys]
            while row and row[-1] is None:
                row.pop()  # (a heading record: its label alone)
            rows.append([c or "" for c in row])
        return rows
    return [_flat(it.values() if isinstance(it, dict) else it) for it in items]


_TAG = re.compile(r"[a-z][a-z0-9-]{0,15}")


def _rich_node(v) -> bool:
    """A node of a rich-text tree: an element (a tag name, maybe attributes and children) or a text."""
    if not isinstance(v, dict):
        return False
    if v.get("type") == "text":
        return isinstance(v.get("text"), str)
    name, children = v.get("name"), v.get("children", [])
    return isinstance(name, str) and _TAG.fullmatch(name) is not None and isinstance(children, list)


def _rich_nodes(items: list) -> bool:
    """An array of rich-text nodes holding markup: some element with children, every item a node."""
    return bool(items) and all(_rich_node(x) for x in items) and any("children" in x for x in items)


def _markup(node, depth: int = 0) -> str:
    """The HTML a rich-text node stands for (attributes escaped, a node that is no node left out)."""
    if depth > _MAX_DEPTH:
        raise ExtractError(f"JSON 数据嵌套超过 {_MAX_DEPTH} 层，无法读取", "over_budget")
    if not _rich_node(node):
        return ""
    if node.get("type") == "text":
        return html.escape(node["text"], quote=False)
    name = node["name"]
    attrs = node.get("attrs") if isinstance(node.get("attrs"), dict) else {}
    at = "".join(f' {k}="{html.escape(str(v))}"' for k, v in attrs.items() if isinstance(k, str) and _TAG.fullmatch(k))
    inner = "".join(_markup(c, depth + 1) for c in node.get("children", []))
    return f"<{name}{at}>{inner}</{name}>"


_BASE64_MIN = 64  # (shorter: a code, an id — no page)
_BASE64 = re.compile(r"[A-Za-z0-9+/\-_\s]+={0,2}\s*")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def base64_text(s: str) -> str | None:
    """The text a base64 string (standard or URL-safe alphabet, maybe wrapped in lines) encodes, when it
    decodes to UTF-8 text that reads as a page or a report: HTML markup, or prose with Chinese in it and no
    control characters. Else None (an id, a hash, a picture's bytes: the string stays what it is). The
    decoded text is shorter than the string, which the loader's budgets already admitted; decoded once,
    never again (a base64 string inside it is a string)."""
    if not _BASE64.fullmatch(s):
        return None
    packed = "".join(s.split()).translate(_URL_SAFE)
    if len(packed) % 4:
        return None
    try:
        text = base64.b64decode(packed, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):  # (binascii.Error is a ValueError)
        return None
    text = text.lstrip("\ufeff")
    if any(ord(c) < 32 and c not in "\t\n\r" for c in text):
        return None
    if _HTML.search(text) or len(_CJK.findall(text)) * 4 >= len(text.strip()) > 0:
        return text
    return None


_URL_SAFE = str.maketrans("-_", "+/")


class _Walker:
    def __init__(self) -> None:
        self.out = TextBuilder()
        self.grid = GridMeter()
        self.b = budgets.current()
        self.count = 0

    def _charge(self, n: int) -> None:
        self.count += n
        if self.count > self.b.tokens:
            raise budgets.over("JSON 数据项", self.count, self.b.tokens, " 个")

    def walk(self, node, depth: int = 0) -> None:
        if depth > _MAX_DEPTH:
            raise ExtractError(f"JSON 数据嵌套超过 {_MAX_DEPTH} 层，无法读取", "over_budget")
        if isinstance(node, dict):
            self._charge(len(node))
            if _keyed_records(node):
                self._records(node)
                return
            for value in node.values():
                self.walk(value, depth + 1)
        elif isinstance(node, list):
            self._charge(len(node))
            if _rich_nodes(node):
                self.markup("".join(_markup(x, depth + 1) for x in node))
            elif _is_table(node):
                rows = _table_rows(node)
                self._charge(sum(map(len, rows)))
                add_table(self.out, [[(c, 1, 1) for c in row] for row in rows if row], self.grid)
                self.out.newline()
            else:
                for item in node:
                    self.walk(item, depth + 1)
        elif isinstance(node, str) and not isinstance(node, _Num):
            self.text(node)

    def strings(self, node, out: list[str], depth: int = 0) -> list[str]:
        """`out` and the strings a value holds, in document order (base64 text decoded), counted and
        held to the nesting depth as `walk` is."""
        if depth > _MAX_DEPTH:
            raise ExtractError(f"JSON 数据嵌套超过 {_MAX_DEPTH} 层，无法读取", "over_budget")
        if isinstance(node, (dict, list)):
            self._charge(len(node))
            for v in node.values() if isinstance(node, dict) else node:
                self.strings(v, out, depth + 1)
        elif isinstance(node, str) and not isinstance(node, _Num):
            decoded = None
            if len(node) >= _BASE64_MIN and not _HTML.search(node):
                decoded = base64_text(node)
            out.append(decoded if decoded is not None else node)
        return out

    def _records(self, node: dict) -> None:
        """An object of records keyed by their row names (「行政复议」: {「结果维持」: 4, …}): a table, the
        names as its first column under a blank corner, the records' keys as its header row."""
        keyed = list(node.items())
        rows = _table_rows([record for _, record in keyed])
        rows = [["", *rows[0]], *[[" ".join(str(name).split()), *row] for (name, _), row in zip(keyed, rows[1:])]]
        self._charge(sum(map(len, rows)))
        add_table(self.out, [[(c, 1, 1) for c in row] for row in rows], self.grid)
        self.out.newline()

    def markup(self, s: str) -> None:
        from .load_html import load_html

        budgets.check_html(s)
        append_document(self.out, load_html(s.encode("utf-8"), s, "utf-8", grid=self.grid))

    def text(self, s: str) -> None:
        if _HTML.search(s):
            self.markup(s)
            return
        if len(s) >= _BASE64_MIN and (decoded := base64_text(s)) is not None:
            if _HTML.search(decoded):  # a CMS API's article content as base64 HTML (「contentEncoding": "base64"」)
                self.markup(decoded)
                return
            s = decoded
        for line in s.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            self.out.line(line.strip())


# ------------------------------------------------------------------ a page's script payload
# A single-page app's page (Next.js, Nuxt, a CMS front end) prints an empty mount point and keeps the
# article in its state: `<script id="__NEXT_DATA__" type="application/json">{…}`, `window.__NUXT__ = {…}`,
# `window.__INITIAL_STATE__ = JSON.parse("…")`, an `application/ld+json` articleBody. A browser renders it
# from there; the loader runs no script. The state holds much besides (menus, ids, related titles): only
# the string that holds the report is read, as the JSON reader reads a string (HTML as HTML, base64
# decoded, plain text as lines), and the document says so (format 「json」: its carrier is the payload).
_ASSIGNED = re.compile(r"(?:(?:window|self|globalThis)\s*\.\s*|(?:var|let|const)\s+)?[\w$.]{1,80}\s*=\s*")
_TABLE_MARKUP = re.compile(r"<(?:table|tr|td)\b|role=[\"']?(?:table|row)", re.I)
_TAGS = re.compile(r"<[^>]{0,2000}>")


def _payload_value(code: str):
    """The JSON value a script holds as data, or None: the whole script (a JSON script element), or
    what it assigns (`window.__NUXT__ = {…};`)."""
    code = code.strip().rstrip(";").strip()
    if not looks_json(code):
        head = _ASSIGNED.match(code)
        if head is None:
            return None
        code = code[head.end() :].strip()
        if not looks_json(code):
            return None
    value = parse(code)
    return value if isinstance(value, (dict, list)) else None


def _report_like(s: str) -> bool:
    from .template import looks_like_report

    return len(s) >= _LONG and looks_like_report(_TAGS.sub("", s) if "<" in s else s)


def _plain(s: str) -> str:
    return re.sub(r"\s+", "", html.unescape(_TAGS.sub("", s)) if "<" in s else s)


def _one_article(found: list[str], title: str | None) -> list[str]:
    """The strings of one article: copies of it (its HTML, a plain-text copy: one holds the other's opening) are
    one; where a state holds two reports (the page's and a related one's full content), the one whose text holds
    the title's years is the page's; if that cannot tell them apart, the page is refused — reading the other
    report as this one would be every cell wrong."""
    articles: list[tuple[str, list[str]]] = []  # each article's plain text (of its first string) and its strings
    for s in found:
        p = _plain(s)
        for q, group in articles:
            # (a summary or description of the article opens as it does, then stops or strays: one article)
            if p[:200] in q or q[:200] in p or len(os.path.commonprefix([p, q])) >= min(120, len(p), len(q)):
                group.append(s)
                break
        else:
            articles.append((p, [s]))
    if len(articles) == 1:
        return found
    years = set(re.findall(r"(?:19|20)\d{2}", title or ""))
    own = [g for q, g in articles if years and all(y in q[:400] for y in years)]
    if len(own) == 1:
        return own[0]
    raise ExtractError("页面数据中有多篇报告，无法确定哪一篇是本页的报告", "ambiguous_report")


def payload_document(scripts: list[str], encoding: str, title: str | None) -> Document | None:
    """The report a page's script payloads hold (see above), or None when no string of theirs reads as
    one. Of the strings that do (the article's HTML, an ld+json plain-text copy of it), the one with
    table markup, then the longest, is read: the same article twice would be two reports' cells. A
    script that is not data is read for its long string literals (a state built by a function,
    `JSON.parse("…")`: a literal that is JSON is walked once more, never deeper). Every budget of a JSON
    document holds (items, nesting, the HTML read from a string)."""
    from .html_script import literals

    walker = _Walker()
    found: list[str] = []
    for code in scripts:
        value = _payload_value(code)
        values = [value]
        if value is None:
            lits = literals(code)
            found += [s for s in lits if not looks_json(s) and _report_like(s)]
            values = [v for s in lits if looks_json(s) and isinstance(v := parse(s), (dict, list))]
        for v in values:
            found += [s for s in walker.strings(v, []) if _report_like(s)]
    if not found:
        return None
    found = _one_article(found, title)
    walker.text(max(found, key=lambda s: (_TABLE_MARKUP.search(s) is not None, len(s))))
    doc = Document(walker.out.text(), walker.out.tokens, "json", encoding, title_hint=title)
    return doc if doc.text.strip() else None


def feed_groups(text: str):
    """A JSON-Lines file (a crawler's feed: Scrapy's `-o items.jsonl`, one item a line, every character maybe
    `\\uXXXX`-escaped) as a container of its items (extractor/carriers.py): each line a payload read as a
    JSON document of its own — the report is the item that holds one (a feed's list-page item, with titles
    only, is not). None when the text is not such a feed (a line that is not one JSON object or array)."""
    from .carriers import Payload, charge

    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    walker = _Walker()
    pages = False  # some item holds a page or prose (a feed of table rows, one record a line, is no feed of pages)
    for n, line in enumerate(lines, start=1):
        value = parse(line) if looks_json(line) else None
        if not isinstance(value, (dict, list)):
            return None
        charge(n)
        pages = pages or any(len(s) >= _LONG for s in walker.strings(value, []))
    if not pages:
        return None
    return [[lambda line=line: Payload(line.encode("utf-8"), "application/json")] for line in lines]


def load_json(value) -> Document:
    """`value`: the document as `parse` returned it."""
    walker = _Walker()
    try:
        walker.walk(value)
    except RecursionError as exc:
        raise ExtractError(f"JSON 数据嵌套过深，无法读取：{type(exc).__name__}", "over_budget") from exc
    doc = Document(walker.out.text(), walker.out.tokens, "json", "utf-8")
    if not doc.text.strip():
        raise ExtractError("JSON 数据中没有文字内容，不是政府信息公开工作年度报告", "not_a_report")
    return doc
