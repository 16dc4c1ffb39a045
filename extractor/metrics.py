"""Quantitative claims of the narrative, by rule: 「网站共发布各类政务信息13050余条」 → 13050, 条, 余.

The rule engine is the offline default. It reads every number that carries a unit, outside the
three tables, and labels it with the clause it stands in. Dates, years, document numbers, list
ordinals and article numbers are not claims. The value is kept as printed (「1395万人次」 is 1395
with unit 万人次); no number is produced that is not in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .normalize import SEP, Compact
from .schema import Metric, Section, Span

UNITS = sorted(
    """万人次 万人 万元 亿元 万条 万次 万篇 万件 万册 万余 人次 场次 家次 户次 批次 大类 大项 小项 分钟 小时
个工作日 工作日 平方米 公里 万 亿 元 条 件 期 个 场 次 人 篇 项 家 所 起 天 通 类 份 册 本 批 户 名 位 部
套 张 台 块 轮 页 封 宗 例 座 亩 首 集 支 组 栏 场 % ‰""".split(),
    key=len,
    reverse=True,
)
_UNIT = "|".join(re.escape(u) for u in UNITS)
# Starts with a digit and nothing optional, so the regex engine skips to digits on its own (a
# lookbehind in front would make it try every character); what may not precede the number is
# checked on the match (_BAD_BEFORE). Qualifiers in front are read back.
# The number is possessive (no unit starts with a digit, a comma or a dot, so giving digits back
# never finds another match), and the alternation of units is only tried where one may start:
# most numbers of a report (years, dates, ordinals) fail on one character.
# A number is tried from its first digit only (the lookbehind after that digit): a try from inside a
# run of digits reads the same digits to the same end, so it fails where the try from the run's
# first digit failed (a match never ends on a digit) — ~45 % of the scan's time saved, same matches.
_UNIT_FIRST = "".join(sorted({u[0] for u in UNITS}))
_CLAIM = re.compile(
    rf"(?P<num>\d(?<!\d\d)\d*+(?:,\d{{3}})*+(?:\.\d+)?+)(?P<post>余|多|以上)?(?=[{_UNIT_FIRST}])(?P<unit>{_UNIT})"
)
_BAD_BEFORE = frozenset(".-〔[(第")
_PRE = re.compile(r"(?:近|约|超过|超|逾|累计|达到|达)$")
_QUALIFIERS = {
    "近": "近",
    "约": "约",
    "超过": "超",
    "超": "超",
    "逾": "超",
    "累计": "累计",
    "余": "余",
    "多": "多",
    "以上": "以上",
}
_BREAK = re.compile(r"[。；;，,、：:！!？?\x1e\x1f（）()]")
_LEAD = re.compile(
    r"^(?:其中|同时|此外|另外|全年|本年度|本年|今年|共|累计|一是|二是|三是|四是|五是|六是|并|及|和|与|对|在)+"
)
_NOT_AFTER = re.compile(r"(?:年|月|日|号|时|周岁|届|次会议|号文|条例|版)")

# Canonical keys: a small vocabulary of what readers compare across reports.
VOCABULARY: list[tuple[str, str]] = [
    ("办结率", r"办结率"),
    ("依申请收到", r"(?:收到|受理|新收).{0,12}申请|申请.{0,4}共"),
    ("依申请办结", r"办结.{0,6}申请|答复.{0,6}申请"),
    ("行政复议", r"行政复议|复议"),
    ("行政诉讼", r"行政诉讼|诉讼"),
    ("信息处理费", r"信息处理费"),
    ("政策解读", r"解读"),
    ("新闻发布会", r"新闻发布会|发布会|吹风会"),
    ("政务微博发布", r"微博"),
    ("政务微信发布", r"微信|公众号"),
    ("政府公报", r"公报"),
    ("人大代表建议", r"人大代表建议|代表建议"),
    ("政协提案", r"政协.{0,4}提案|提案"),
    # 「通过门户网站政府信息公开专栏主动公开各类政府信息693条」 is the template's own sentence for what a
    # body disclosed on its own initiative: 主动公开 said is that key, whichever site it names
    ("主动公开信息", r"主动公开"),
    ("网站发布信息", r"网站.{0,12}(?:发布|公开|更新)|门户"),
]


_VOCABULARY = [(key, re.compile(pattern)) for key, pattern in VOCABULARY]
# Most labels name none of the keys: one scan of the union says so, instead of one per key.
_ANY_KEY = re.compile("|".join(f"(?:{pattern})" for _, pattern in VOCABULARY))
_TRAILING_WORDS = ("近", "约", "超过", "超", "逾", "累计", "达到", "达", "共计", "共", "为", "有", "了", "至")
_TRAILING = re.compile(f"(?:{'|'.join(_TRAILING_WORDS)})+$")
_TRAILING_LAST = frozenset(w[-1] for w in _TRAILING_WORDS)  # a label that can lose a trailing word ends in one


def canonical_key(label: str) -> str | None:
    if _ANY_KEY.search(label) is None:
        return None
    for key, rx in _VOCABULARY:
        if rx.search(label):
            return key
    return None


def extract_metrics(text: str, sections: list[Section], views: list[Compact]) -> list[Metric]:
    """Claims in `text`, read in its compact views outside the tables (normalize.compact_outside),
    and the rows of an old-template statistics table there (`_stat_rows`)."""
    out: list[Metric] = []
    boxes = figure_boxes(text, [(v.start, v.end) for v in views])
    heads = _heading_ends(text, sections)
    for view in views:
        out.extend(_claims(text, view, sections, heads, boxes))
    for box in boxes:
        out.extend(_box_metric(text, p, sections) for p in box.pairs)
    taken = [(m.span.start, m.span.end) for m in out]
    for view in views:
        out.extend(m for m in _stat_rows(text, view.start, view.end, sections) if not _overlaps(m.span, taken))
    return out


# The statistics table of the 2008–2018 template (「统计指标 | 单位 | 统计数」): a row prints its label, its
# unit and its number in three cells — 「（一）主动公开政府信息数 | 条 | 512」, tab-separated in a text copy,
# as Markdown pipes, or two rows side by side in one line. The number follows the unit, so the
# narrative scan (a number, then its unit) never sees it; a 2008–2018 report is often nothing else.
_STAT_UNITS = frozenset({"条", "件", "次", "个", "篇", "人次", "人", "场", "期", "项", "份", "万元", "元"})
_STAT_CELL = re.compile(r"[^|\t\n]+")
_STAT_LABEL = re.compile(
    r"^(?P<sub>(?:[（(][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[、.．]|(?P<item>\d{1,2}[.、．)）]))?\s*"
    r"(?P<part>其中[:：]?)?)\s*(?P<label>[\u4e00-\u9fff“”、（）()]{2,40})$"
)
_STAT_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_ITEM_CELL = re.compile(r"^\d{1,2}[.、．)）]$")  # a row's 「1.」 printed in a cell of its own


def _stat_rows(text: str, start: int, end: int, sections: list[Section]) -> list[Metric]:
    out: list[Metric] = []
    pos = start
    for row in text[start:end].split("\n"):  # a line's cells (a regex for 「a line with a | or a tab」 tried
        line_at, pos = pos, pos + len(row) + 1  # every start of a long line: ~30 ms a report on glued text)
        if "|" not in row and "\t" not in row:
            continue
        cells = [(m.start() + line_at, m.group()) for m in _STAT_CELL.finditer(row)]
        cells = [(at + len(c) - len(c.lstrip()), c.strip()) for at, c in cells if c.strip()]
        for i, ((a, label), (_, unit), (n, num)) in enumerate(zip(cells, cells[1:], cells[2:])):
            lab = _STAT_LABEL.match(label)
            if lab is None or unit not in _STAT_UNITS or not _STAT_NUMBER.match(num):
                continue
            if i + 3 < len(cells) and _STAT_NUMBER.match(cells[i + 3][1]):
                continue  # two numbers after the unit (本年 | 上年): which one is the row's is not said
            name = lab.group("label")
            marker = cells[i - 1][1] if i else ""
            # only a top-level row (「（一）主动公开政府信息数」「三、行政复议数量」) names a key: a sub-row
            # (「其中：…规范性文件数」「1.当面申请数」, its 「1.」 in a cell of its own) is part of the row above,
            # and a row with no marker at all (「微博微信回应事件数」) is not known to be the template's
            top = lab.group("sub") and not (lab.group("item") or lab.group("part")) and not _ITEM_CELL.match(marker)
            value: int | float = float(num) if "." in num else int(num)
            out.append(
                Metric(
                    value=value,
                    unit=unit,
                    qualifier=None,
                    label=name,
                    key=canonical_key(name) if top else None,
                    section=_section_of(sections, a),
                    quote=text[a : n + len(num)],
                    span=Span(a, n + len(num)),
                )
            )
    return out


def _overlaps(span: Span, taken: list[tuple[int, int]]) -> bool:
    return any(a < span.end and span.start < b for a, b in taken)


def _heading_ends(text: str, sections: list[Section]) -> list[int]:
    """Where each numbered section's heading line ends (「五、因政府信息公开申请行政复议、提起行政诉讼的情况⏎」): a
    claim's label never reaches back over it (the heading's 「提起行政诉讼」 is not the label of the 复议 figure
    the next line states)."""
    out = []
    for s in sections:
        if not s.heading:
            continue
        nl = text.find("\n", s.span.start, s.span.start + len(s.heading) + 8)
        if nl > 0:
            out.append(nl)
    return sorted(out)


def _claims(
    text: str,
    c: Compact,
    sections: list[Section],
    heads: list[int] | None = None,
    boxes: list[FigureBox] | None = None,
) -> list[Metric]:
    out: list[Metric] = []
    ctext = c.text
    for m in _CLAIM.finditer(ctext):
        at, num_end, end = m.start(), m.end(1), m.end()
        if boxes and any(b.start <= c.offsets[at] < b.end for b in boxes):
            continue  # a figure box's figure: read with its own label (`figure_boxes`)
        if at and (
            ctext[at - 1] in _BAD_BEFORE
            or ctext[at - 1].isdecimal()
            or (ctext[at - 1] == "," and at > 1 and ctext[at - 2].isdecimal())
        ):
            continue  # inside a longer number, a list or document number: not a claim
        num, post, unit = m.groups()
        head = _wrapped_head(text, c, at)
        if head is not None:  # 「其中政策文件1⏎0条」: a number the page wrapped at its line's end is one number
            if head and ctext[head - 1] in _BAD_BEFORE:
                continue  # (「召开第1⏎2次」: the joined number is an ordinal, as it would be unwrapped)
            num, at = ctext[head : at - 1] + num, head
        if unit in ("万", "亿") and _NOT_AFTER.match(ctext, end):
            continue
        if _NOT_AFTER.match(ctext, num_end, num_end + 4):
            continue
        num = num.replace(",", "")
        value: int | float = float(num) if "." in num else int(num)
        clause_start = _clause_start(ctext, at)
        if heads:
            k = bisect_left(heads, c.offsets[clause_start]) if clause_start < at else len(heads)
            if k < len(heads) and heads[k] < c.offsets[at]:
                clause_start = bisect_left(c.offsets, heads[k], clause_start, at)  # (the heading's line ends first)
        pre = _PRE.search(ctext, max(0, at - 2), at)
        label = ctext[clause_start:at].replace("\x1f", "")
        lead = _LEAD.match(label)  # (`sub` would try the `^` at every position of the label)
        if lead is not None:
            label = label[lead.end() :]
        if label and label[-1] in _TRAILING_LAST:  # `$` alone would have the engine try every position
            label = _TRAILING.sub("", label)
        qual = (pre.group() if pre else None) or post
        s, e = c.span(clause_start, end)
        out.append(
            Metric(
                value=value,
                unit=unit,
                qualifier=_QUALIFIERS.get(qual) if qual else None,
                label=label,
                key=canonical_key(label) if label else None,
                section=_section_of(sections, s),
                quote=text[s:e],
                span=Span(s, e),
            )
        )
    return out


def _wrapped_head(text: str, c: Compact, at: int) -> int | None:
    """Where the digits before a line break start, when the number at `at` goes on after them (「政策文件1⏎0条」,
    「其他渠道公开5⏎2条」): the gap is one line break and nothing else, and the digits before it follow a word (not
    a number, a date or a list) — the page wrapped the number at its line's end. None otherwise."""
    ctext = c.text
    if at < 3 or ctext[at - 1] != SEP or not ctext[at - 2].isdecimal():
        return None
    k = at - 2
    while k > 0 and ctext[k - 1].isdecimal():
        k -= 1
    if k == 0 or not "\u4e00" <= ctext[k - 1] <= "\u9fff" or at - 1 - k > 4:
        return None
    gap = text[c.span(k, at - 1)[1] : c.span(at, at + 1)[0]]
    return k if gap == "\n" else None


def _clause_start(ctext: str, at: int) -> int:
    """Just after the last clause break among the 40 characters before `at` (the first break of
    the reversed window: the regex engine skips to it)."""
    start = max(0, at - 40)
    last = _BREAK.search(ctext[start:at][::-1])
    return at - last.start() if last else start


def _section_of(sections: list[Section], offset: int) -> int | None:
    for s in sections:
        if s.span.start <= offset < s.span.end:
            return s.number
    return None


# A figure box (「数读年报」「一图速览」 at the top of a report): each figure on a line of its own, its label on the
# line after it (or before it), figures and labels alternating — 「87件⏎收到政府信息公开申请⏎100.0%⏎申请办结率」.
# Read as prose, a figure takes the label before it, which is the previous figure's. Which side a figure's label
# stands on is told by the run's ends: a run that opens with a figure and closes with a label (after a title line
# such as 「数读年报」) pairs each figure with the line after it; the other way round, with the line before it. A
# run whose ends do not say (a figure or a label at both ends) gives no figure at all: never a guessed label.
_BOX_FIGURE = re.compile(rf"\s*(?P<num>\d[\d,]*(?:\.\d+)?)(?P<post>余|多)?\s*(?P<unit>{_UNIT})\s*")
_BOX_LABEL = re.compile(r"\s*[^\d\s。；;，,：:！!？?|（）()《》“”]{2,24}\s*")
_BOX_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]+)"
)
_BOX_TITLE = re.compile(r"数读|数说|数览|图说|图解|一图|速览|概览|看板|亮点|数据")
_BOX_MIN = 3  # figures in a run before it is a box (two short lines in turn are not)
# a line that is a figure alone, found in one scan: a text with fewer than _BOX_MIN holds no box, and most reports
# hold none — the line-by-line reading below is skipped for them (it cost ~0.2 ms a report, twice an extraction)
_FIGURE_LINE = re.compile(rf"(?m)^[^\S\n]*\d[\d,]*(?:\.\d+)?(?:余|多)?[^\S\n]*(?:{_UNIT})[^\S\n]*$")
# The same line after a line break: the break is a literal the regex engine skips to on its own, where the (?m)^
# above is tried at every character of the report (twice the instructions). `_FIGURE_LINE.match` reads the first
# line. A one-text memo: the metrics and the narrative checks ask it of the same text.
_FIGURE_LINE_AFTER_BREAK = re.compile(rf"\n[^\S\n]*\d[\d,]*(?:\.\d+)?(?:余|多)?[^\S\n]*(?:{_UNIT})[^\S\n]*(?m:$)")
_few_figure_lines_memo: list = [None, False]


def _few_figure_lines(text: str) -> bool:
    """Whether `text` holds fewer than _BOX_MIN lines that are a figure alone (_FIGURE_LINE)."""
    memo = _few_figure_lines_memo
    if memo[0] is not text and memo[0] != text:
        n = 1 if _FIGURE_LINE.match(text) else 0
        for _ in _FIGURE_LINE_AFTER_BREAK.finditer(text):
            n += 1
            if n >= _BOX_MIN:
                break
        memo[0], memo[1] = text, n < _BOX_MIN
    return memo[1]


class BoxPair:
    __slots__ = ("num_at", "value", "unit", "qualifier", "label", "start", "end")

    def __init__(
        self, num_at: int, value: int | float, unit: str, qualifier: str | None, label: str, start: int, end: int
    ):
        self.num_at, self.value, self.unit, self.qualifier = num_at, value, unit, qualifier
        self.label, self.start, self.end = label, start, end


class FigureBox:
    __slots__ = ("start", "end", "pairs")

    def __init__(self, start: int, end: int, pairs: list[BoxPair]):
        self.start, self.end, self.pairs = start, end, pairs


def figure_boxes(text: str, within: list[tuple[int, int]] | None = None) -> list[FigureBox]:
    """The figure boxes of `text` (lines inside the `within` ranges only: outside the tables), each with its
    figures paired to their labels — none where the pairing is not certain."""
    if "\n" not in text or _few_figure_lines(text):
        return []
    lines: list[tuple[int, int, str]] = []  # (start, end, kind) of each non-blank line: f(igure), l(abel), x
    pos = 0
    for row in text.split("\n"):
        a, pos = pos, pos + len(row) + 1
        if not row.strip():
            continue
        if within is not None and not any(lo <= a and a + len(row) <= hi for lo, hi in within):
            kind = "x"
        elif _BOX_FIGURE.fullmatch(row):
            kind = "f"
        elif _BOX_LABEL.fullmatch(row) and not _BOX_HEADING.match(row) and re.search(r"[\u4e00-\u9fff]", row):
            kind = "l"
        else:
            kind = "x"
        lines.append((a, a + len(row), kind))
    out: list[FigureBox] = []
    run: list[tuple[int, int, str]] = []
    for ln in [*lines, (len(text), len(text), "x")]:
        if ln[2] != "x" and (not run or run[-1][2] != ln[2]):
            run.append(ln)
            continue
        box = _box(text, run)
        if box is not None:
            out.append(box)
        run = [ln] if ln[2] != "x" else []
    return out


def _box(text: str, run: list[tuple[int, int, str]]) -> FigureBox | None:
    figures = [r for r in run if r[2] == "f"]
    if len(figures) < _BOX_MIN:
        return None
    labels = [r for r in run if r[2] == "l"]
    if len(labels) == len(figures) + 1 and run[0][2] == "l" and _BOX_TITLE.search(text[run[0][0] : run[0][1]]):
        run = run[1:]  # the box's title
    start, end = run[0][0], run[-1][1]
    if run[0][2] == run[-1][2]:
        return FigureBox(start, end, [])  # figure…figure or label…label: which label is whose is not said
    step = 1 if run[0][2] == "f" else -1
    pairs = []
    for i, (a, b, kind) in enumerate(run):
        if kind != "f":
            continue
        la, lb, _ = run[i + step]
        m = _BOX_FIGURE.fullmatch(text, a, b)
        assert m is not None
        num = m.group("num").replace(",", "")
        post = m.group("post")
        pairs.append(
            BoxPair(
                m.start("num"),
                float(num) if "." in num else int(num),
                m.group("unit"),
                _QUALIFIERS.get(post) if post else None,
                text[la:lb].strip(),
                min(m.start("num"), la + len(text[la:lb]) - len(text[la:lb].lstrip())),
                max(m.end("unit"), la + len(text[la:lb].rstrip())),
            )
        )
    return FigureBox(start, end, pairs)


def _box_metric(text: str, p: BoxPair, sections: list[Section]) -> Metric:
    return Metric(
        value=p.value,
        unit=p.unit,
        qualifier=p.qualifier,
        label=p.label,
        key=canonical_key(p.label),
        section=_section_of(sections, p.start),
        quote=text[p.start : p.end],
        span=Span(p.start, p.end),
    )
