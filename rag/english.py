"""English words users mix into a Chinese question (「安康2022年 applications 一共多少件」「予以公开 how
many」): the few the reports' vocabulary has, put back in Chinese before the router reads the question.
A word list, not a translator: anything else English is left as written."""

from __future__ import annotations

import re

# longer phrases first: 「new applications」 is the new-application row, not applications in general
_GLOSSARY: tuple[tuple[str, str], ...] = (
    (r"new(?:ly)?\s+(?:received\s+)?(?:applications?|requests?)", "新收申请"),
    (r"newly\s+received", "新收"),
    (r"applicants?", "申请人"),
    # 「carry to next year 的有几件」: what is carried on to the next year, 结转下年度 (before the bare carry-over)
    (r"carr(?:y|ied)(?:\s+(?:over|forward))?\s+(?:in)?to\s+(?:the\s+)?next\s+year", "结转下年度"),
    (r"carried\s+(?:over|forward)|carry[-\s]?overs?", "结转"),
    # the results of 表三 (「fully disclosed requests 有多少」): before the bare requests, which are the applications
    (
        r"(?:fully|wholly|completely)\s+(?:disclosed|granted|released)|disclosed\s+in\s+full|granted\s+in\s+full",
        "予以公开",
    ),
    (r"(?:partially|partly)\s+(?:disclosed|granted|released)|disclosed\s+in\s+part", "部分公开"),
    (r"(?:refused|denied|withheld|rejected)(?:\s+disclosure)?|not\s+disclosed", "不予公开"),
    # the channels an application came in by (「online申请有多少件」 is 网上申请, never the applications' total)
    (r"online|on[-\s]line|internet|via\s+(?:the\s+)?web", "网上"),
    (r"e[-\s]?mails?", "电子邮件"),
    (r"fax(?:es)?", "传真"),
    (r"in[-\s]person|walk[-\s]?ins?", "当面"),
    # the disclosure law itself, as English speakers name it (「FOIA requests 有多少」 is the applications received)
    (r"FOIA|FOI|freedom\s+of\s+information(?:\s+act)?", "政府信息公开"),
    (r"applications?|requests?", "申请"),
    # what the tables do not hold, named so the question is read as asking it (「Weibo followers」 is no figure of
    # the report's year): a platform's audience, calls, visits
    (r"(?:weibo|microblog)", "微博"),
    (r"(?:wechat|weixin)", "微信"),
    (r"followers?|fans|subscribers?", "粉丝"),
    (r"page\s*views?|visits?|visitors?", "访问量"),
    (r"hotline|phone\s+calls?|calls?", "热线来电"),
    (r"(?:administrative\s+)?reconsiderations?", "行政复议"),
    (r"(?:administrative\s+)?(?:litigations?|lawsuits?)", "行政诉讼"),
    (r"which\s+(?:reports?|ones?)", "哪些报告"),
    # 「Which years of X's 年报 are in the store?」: the inventory of one body
    (r"which\s+years?(?:\s+of)?", "哪些年份"),
    (r"(?:are|is)\s+in\s+(?:the|your)\s+(?:store|database|library)", "库里有"),
    (r"how\s+many|how\s+much|number\s+of", "多少"),
    (r"count", "统计"),  # 「政策解读的数量count一下」: a request of the count (message.request_dropped)
    # operations (「rank 一下 A、B 的…」「2020→2024 … change 是多少」): before 「total」, which is a sum word
    (r"(?:total\s+)?(?:changes?|difference|diff)", "变化"),
    (r"rank(?:ing)?|sort(?:ed)?|order(?:ed)?", "排序"),
    (r"compare|comparison|compared", "比较"),
    (r"trends?", "趋势"),
    (r"top\s*(\d+)", r"前\1名"),  # 「top 3」
    (r"highest|most|max(?:imum)?", "最多"),
    (r"lowest|least|fewest|min(?:imum)?", "最少"),
    (r"increased?", "增加"),
    (r"decreased?", "减少"),
    (r"yoy|year[-\s](?:over|on)[-\s]year", "同比"),
    (r"(?:by|per|each)\s+year", "每年"),
    (r"in\s+total|total", "一共"),
    (r"sum(?:\s+up)?|add\s+up", "加起来"),
    (r"average|mean", "平均"),
    (r"median", "中位数"),  # 「sum一下库里的司法局…」
)
# 「xzfy几件」: the table's measures typed as their pinyin initials (a chat box's shorthand), whole words only
_INITIALS: tuple[tuple[str, str], ...] = (
    ("ysqgk", "依申请公开"),
    ("zdgk", "主动公开"),
    ("yygk", "予以公开"),
    ("bfgk", "部分公开"),
    ("bygk", "不予公开"),
    ("wftg", "无法提供"),
    ("bycl", "不予处理"),
    ("xzfy", "行政复议"),
    ("xzss", "行政诉讼"),
)
_ENGLISH = re.compile(r"[A-Za-z]{3}")
_POSSESSIVE = re.compile(r"(?<=[\u4e00-\u9fff])'s\b")  # 「X's 年报」: X的年报


# 「What's the number of 部分公开的申请 for 江西省教育厅 in 2022?」: an English frame around Chinese names — the body
# after its preposition and the year after 「in」 are put back where a Chinese question says them (「江西省教育厅2022年
# 部分公开的申请多少」), before the glossary, whose 「number of」 would otherwise be read with no body at all
_CJK_RUN = r"[\u4e00-\u9fff](?:[\u4e00-\u9fff（）()·]|(?:19|20)\d\d(?=年))*"  # (「库里四川省2024年的单位」)
_FRAME_WORDS = re.compile(
    r"\b(?:what(?:'s|\s+is|\s+was|\s+are|\s+were)(?:\s+the)?|tell\s+me(?:\s+the)?|(?:please\s+)?give\s+me(?:\s+the)?)\s*",
    re.I,
)
_COUNT_OF = re.compile(
    rf"\b(?:how\s+many|how\s+much|(?:the\s+)?(?:number|count|amount|total)\s+of)\s+({_CJK_RUN})", re.I
)
_BODY_AFTER = re.compile(
    rf"\s*\b(?:for|of|at|by|from|did|does|has|have)\s+({_CJK_RUN})(?:\s+(?:receive|get|got|handle|accept)[a-z]*)?",
    re.I,
)
# 「average 予以公开 of 库里山东省2022年的单位」: the mean (or median) of a row, asked as 「予以公开平均多少」
_MEAN_OF = re.compile(rf"\b(?:the\s+)?(average|mean|median)\s+(?:of\s+)?({_CJK_RUN})", re.I)
_YEAR_AFTER = re.compile(r"\s*\b(?:in|for|during)\s+(?:the\s+year\s+)?((?:19|20)\d{2})\b", re.I)


def _unframed(q: str) -> str:
    """An English frame's body and year moved before what is asked (「江西省教育厅2022年」); q as it is when the
    frame names no Chinese body."""
    q = _MEAN_OF.sub(lambda m: m.group(2) + ("中位数是多少" if m.group(1).lower() == "median" else "平均多少"), q)
    body = _BODY_AFTER.search(_COUNT_OF.sub(r"\1多少", q))
    if body is None:
        return q
    q = _COUNT_OF.sub(r"\1多少", q)
    q = q[: body.start()] + q[body.end() :]
    year = _YEAR_AFTER.search(q)
    when = ""
    if year:
        when, q = f"{year.group(1)}年", q[: year.start()] + q[year.end() :]
    q = _FRAME_WORDS.sub("", q)
    at = next((i for i, c in enumerate(q) if c.isascii() and c.isalpha() or "\u4e00" <= c <= "\u9fff"), 0)
    lead = re.match(r"^.*[，,：:]\s*", q)  # (「打扰一下，」: a courtesy before the ask stays first)
    at = lead.end() if lead and lead.end() <= len(q) and not _BODY_AFTER.search(q[: lead.end()]) else at
    return q[:at] + body.group(1) + when + q[at:]


def chinese(q: str) -> str:
    """The question with the glossary's English words in Chinese (the spaces around them dropped)."""
    if not _ENGLISH.search(q):
        return q
    for letters, zh in _INITIALS:
        q = re.sub(rf"\s*(?<![A-Za-z]){letters}(?![A-Za-z])\s*", zh, q, flags=re.IGNORECASE)
    q = _POSSESSIVE.sub("的", _unframed(q))
    for words, zh in _GLOSSARY:
        q = re.sub(rf"\s*(?<![A-Za-z])(?:{words})(?![A-Za-z])\s*", zh, q, flags=re.IGNORECASE)
    return q


_GLUED = re.compile(r"(?<![A-Za-z])([A-Za-z][A-Za-z-]{2,})(?=[\u4e00-\u9fff])")


def unread_qualifier(q: str) -> str | None:
    """An English word the glossary left, glued before a word of the tables (「offline申请」「mobile申请」): it
    qualifies what the tables count, and no reader can say which row it means — the table's broader figure
    is never its answer. The word, or None (「report里」「check一下」 qualify no row of the tables)."""
    from . import intent

    for m in _GLUED.finditer(q):
        after = q[m.end() : m.end() + 12]
        # what the tables count (申请, 复议, 诉讼 … — the readers' case words), or a row or column named whole
        if intent._CASE_WORDS.match(after) or any(
            a == 0
            for table in ("t2", "t3", "t4")
            for what in ("row", "col")
            for a, _, _ in intent.found_terms(after, table, what)
        ):
            return m.group(1)
    return None
