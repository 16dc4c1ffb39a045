"""Last year's figures taken out of the tables before they are read: only this year's are cells.

Publishers print last year beside this year inside the official tables: 「本年 | 上年」 sub-columns (table
三's 总计, every column of table 四), added 「上年总计」「上年处理决定数量」「同比增减」「同比增长」 columns, a
「上年同期」 row under every row, rows labelled by year (「2022年」 then 「2023年」), last year's whole table
printed before this year's under a caption naming its year, a comparison table after table 四. Read by
position, last year's figure shifts every cell after it, or is taken for this year's — silently wrong.

The grid loaders mark each table row (`Token.row_start`/`row_end`), so this works on the rows, before the
stream is built: a column whose header names last year or a change is cut out of the rows under it, a
row labelled with last year, a change or another year than the report's is left out, and a table
captioned with an earlier year (or as a comparison of years) is left out whole. A row labelled with a
year when the report's year is unknown is left out too: missing is better than wrong. Only tokens are
dropped: every kept value still points at its digits in the text.
"""

from __future__ import annotations

import dataclasses
import re

from .document import Document, Token
from .normalize import squash

# a figure in a cell: a count, an amount, a signed change or a rate (「38」「6951.05」「-5」「+300.0%」「—」 is no figure)
_FIGURE = re.compile(r"[+＋\-－−]?\d[\d,，]*(?:[.．]\d+)?[%％‰]?")
# what a slot prints for no figure (「—」「-」「/」「无」「N/A」)
_PLACEHOLDER = re.compile(r"[—–\-－/／\\×xX*＊]{1,3}|无|空|N/?A|n/?a|——")
# a header naming last year's column (「上年」「上年总计」「上年处理决定数量」「上一年度合计」「去年同期」) — not
# 上年结转 (a row of table 三) nor GF2019's 「上一年项目数量」 (a template column)
_PRIOR_HEAD = re.compile(r"(?:上一?年度?|去年|上期)(?!.*(?:结转|项目))\D{0,16}")
# a header naming a change (「同比增减」「同比增长」「较上年增减」「增减」「增长率」) — not GF2019's 「本年增/减」
_CHANGE_HEAD = re.compile(
    r"(?:同比|环比|较上年|比上年|与上年相比)\D{0,8}|增减(?:数|量|情况|幅度)?|增长率|增幅|变化(?:量|情况)?"
)
# a row labelled last year, a change or a rate (「上年同期」「上年」「增减」「同比」)
_PRIOR_ROW = re.compile(
    r"(?:上一?年度?|去年)(?:同期)?(?:数据|数|情况)?|(?:同比|环比|较上年|比上年)?(?:增减|增长|变化)(?:率|情况|数)?|同比|增长率|增幅"
)
# a label that is a year (「2022年」「2023年度」)
_YEAR_LABEL = re.compile(r"((?:19|20)\d\d)年度?(?:（本年）|\(本年\))?")
# a caption over a table of another year, or of years compared (「（一）2021年度…（上年数据，供对比）」「表1 2023—2024年…对比」)
_CAPTION_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_COMPARED = re.compile(r"对比|比较|上年数据|上年度数据|供对比|(?:19|20)\d\d\s*年?\s*[—\-－至~～]+\s*(?:19|20)\d\d")
_MAX_CAPTION = 80
# a heading that begins a new part: the header rows of the table before it do not reach past it
_HEADING = re.compile(r"[一二三四五六七八九十]+[、.．]|表[一二三四五六七八九十\d]")


def _text(t: Token) -> str:
    return squash(t.text)


def _figure(t: Token) -> bool:
    return not t.blank and bool(_FIGURE.fullmatch(_text(t)))


def _placeholder(t: Token) -> bool:
    return bool(_PLACEHOLDER.fullmatch(_text(t)))


def _prior_column(head: str, year: int | None) -> bool:
    if not head:
        return False
    if _PRIOR_HEAD.fullmatch(head) or _CHANGE_HEAD.fullmatch(head):
        return True
    m = _YEAR_LABEL.fullmatch(head)
    return bool(m) and (year is None or int(m[1]) != year)


def _prior_row(row: list[Token], year: int | None) -> bool:
    """A row of figures labelled last year, a change, or a year that is not the report's."""
    labels = [s for t in row if not t.blank and not _figure(t) and (s := _text(t))]
    for s in labels:
        if _PRIOR_ROW.fullmatch(s):
            return True
        m = _YEAR_LABEL.fullmatch(s)
        if m and (year is None or int(m[1]) != year):
            return True
    return False


def _prior_caption(text: str, year: int | None) -> bool:
    """A short caption over another year's table (or a table comparing years)."""
    s = squash(text)
    if len(s) > _MAX_CAPTION or re.search(r"[，。；：,;:]", re.sub(r"（[^）]*）|\([^)]*\)", "", s)):
        return False  # a sentence (「与2021年相比，情况如下：」) is no caption
    years = [int(y) for y in _CAPTION_YEAR.findall(s)]
    if not years or not re.search(r"情况|表|数据", s):
        return False
    if _COMPARED.search(s):
        return True
    return year is None or all(y < year for y in years)  # (the report's year unknown: whose table is not told)


def _cut_positions(row: list[Token], header: list[list[Token]], year: int | None) -> set[int]:
    """Positions in `row` under a last-year or change column of its header rows (lined up by their right
    ends: a row's label cells spread over more slots than a header's)."""
    cut: set[int] = set()
    for n, head in enumerate(header):
        texts = [_text(t) for t in head]
        # a trailing run of such columns in any header row (「…申请人情况 | 上年总计 | 同比增长」): the last slots
        k = 0
        while k < len(texts) and _prior_column(texts[len(texts) - 1 - k], year):
            k += 1
        if k and k < len(texts):
            cut.update(range(len(row) - k, len(row)))
        if n == len(header) - 1:  # the lowest header row names every column (「本年 | 上年 | 本年 | 上年 …」)
            offset = len(row) - len(head)
            for i, s in enumerate(texts):
                if offset + i >= 0 and _prior_column(s, year) and not _prior_column(texts[0], year):
                    cut.add(offset + i)
    # only figures, placeholders and blanks are cut: a label under such a slot is a label
    return {i for i in cut if 0 <= i < len(row) and (row[i].blank or _figure(row[i]) or _placeholder(row[i]))}


def this_year_only(doc: Document, year: int | None) -> Document:
    """`doc` with last year's columns, rows and tables left out of its table rows (see the module's docstring)."""
    tokens = doc.tokens
    if not any(t.row_start for t in tokens):
        return doc
    out: list[Token] = []
    header: list[list[Token]] = []
    after_data = True  # the next header row begins a new header block
    skip_table = False
    changed = False
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if not t.row_start:
            if not t.blank and (s := _text(t)):
                skip_table = _prior_caption(s, year)
                if _HEADING.match(s) or skip_table:
                    header, after_data = [], True
            out.append(t)
            i += 1
            continue
        j = i
        while j < len(tokens) - 1 and not tokens[j].row_end and not tokens[j + 1].row_start:
            j += 1
        row = tokens[i : j + 1]
        i = j + 1
        if skip_table:
            changed = True
            continue
        if not any(_figure(c) for c in row):
            if sum(1 for c in row if not c.blank and _text(c)) >= 2:
                header = [row] if after_data else [*header, row]
                after_data = False
            out += row
            continue
        after_data = True
        if _prior_row(row, year):
            changed = True
            continue
        cut = _cut_positions(row, header, year)
        if cut and len(cut) < len(row):
            changed = True
            kept = [c for k, c in enumerate(row) if k not in cut]
            last = len(kept) - 1
            row = [dataclasses.replace(c, row_start=k == 0, row_end=k == last) for k, c in enumerate(kept)]
        out += row
    if not changed:
        return doc
    return dataclasses.replace(doc, tokens=out)
