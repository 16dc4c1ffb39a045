"""The message a user sends, made into the question it asks (before any route reads it).

Three shapes of a chat message change what is asked without naming it in the words the routes know:

- a 'now' the message states (「现在是2022年，去年…」): 今年 / 去年 / 前年 are years counted from that now,
  never the now itself (nor the report's year, nor today's date);
- a message pasted from an e-mail (greeting, context, the ask, deadline, signature): the ask is the
  sentence that asks; the context's 「辖区内各单位」 is why the mail was sent, not a breakdown asked;
- a message that corrects itself (「我想查A…不好意思打错了，是B」「2022年，哦不对，是2023年的」): the
  corrected body or year replaces the first — B is asked, never A against B.
"""

from __future__ import annotations

import re

from .deixis import alternation
from .lazyre import lazy

__all__ = [
    "apposition_dropped",
    "asked",
    "check_word_dropped",
    "context_dropped",
    "purpose_dropped",
    "corrected",
    "pasted_ask",
    "pronoun_dropped",
    "self_dropped",
    "relative_to_now",
    "relative_to_today",
    "relayed",
]

_WIDE_DIGIT = str.maketrans("０１２３４５６７８９", "0123456789")

# 「现在是2022年，」「现在已经是2023年了。」「今年是2024年，」「現在是2021年」「如今2027年了」(繁體 mapped before): the
# now stated — said with 是/为/到了, closed by 了, or (but after 今年) set off by a comma 「现在2023年，问一下去年…」;
# 「今年2022年新收多少，比去年多吗」「目前2022年X…」 name the year ASKED
_NOW = lazy(
    r"[（(]?(?:现在|現在|目前|如今|眼下|当前|今年)(?:已经|已)?"
    r"(?:(?:是|为|到了)(?:公元)?\s*((?:19|20)\d{2})\s*年(?:了|啦)?|\s*((?:19|20)\d{2})\s*年(?:了|啦)"
    r"|(?<!今年)\s*((?:19|20)\d{2})\s*年(?=\s*[，,。；;！!）)]))"
    r"(?![度初末底中\d])[）)]?\s*[，,。.；;！!、\s]*"
)
# the relative years counted from it; 「去年转过来没办完的」 is the report's own 上年结转 (a row, not a year),
# 「上一年度结转」 the same
_RELATIVE = lazy(
    r"(?P<before>大前年)|(?P<two>前年)"
    r"|(?P<one>去年(?!(?:转|带|留|遗留)(?:过来|下来|来|入))(?:度)?|上一?年度?(?!度?(?:结转|转|带|留|遗留)|未办结|没办完))"
    r"|(?P<this>今年(?:度)?)"
)


def relative_to_now(q: str) -> str:
    """「现在是2022年，去年X新收多少」 → 「2021年X新收多少」: with a stated now, 今年 / 去年 / 前年 / 上一年度
    are the years counted from it, and the now clause goes (it is no year asked). Without a relative
    word the message is left as written (「现在是2022年，X2020年…」 asks 2020 already)."""
    m = _NOW.search(q.translate(_WIDE_DIGIT))
    if m is None:
        from .intent import normalise_years

        m = _NOW.search(normalise_years(q.translate(_WIDE_DIGIT)))
        if m is None:
            return q
        q = normalise_years(q.translate(_WIDE_DIGIT))
    else:
        q = q.translate(_WIDE_DIGIT)
    now = int(m.group(1) or m.group(2) or m.group(3))
    rest = q[: m.start()] + q[m.end() :]
    if not _RELATIVE.search(rest):
        return q

    def year(r: re.Match) -> str:
        back = 3 if r.group("before") else 2 if r.group("two") else 1 if r.group("one") else 0
        return f"{now - back}年"

    out = _RELATIVE.sub(year, rest)
    # 「眼下2023年，X新收多少件，比去年多吗」: the relative years are only what the asked one is set against — the
    # asked year is the now itself, put back (never lost to 2022 alone)
    if not _ABS_YEAR.search(rest) and all(_COMPARED.search(rest[: r.start()]) for r in _RELATIVE.finditer(rest)):
        return f"{now}年" + out.lstrip("，,。.；;！!、 ")
    return out


def relative_to_today(q: str) -> str:
    """「X去年收到多少」 asked with no report chosen and no now stated → 「X2025年收到多少」 (today December 2026,
    `clock.today`): the year asked is counted from today, never the body's newest stored year. Left as written when
    a relative year is only what another is set against (「X新收比去年多了多少」: the body's newest year against the
    one before it), or when a year is written too."""
    from .intent import normalise_years

    wide = normalise_years(q.translate(_WIDE_DIGIT))
    if _NOW.search(wide) or _ABS_YEAR.search(wide):
        return q
    found = list(_RELATIVE.finditer(q))
    if not found or any(
        _COMPARED.search(q[: r.start()])
        or _SET_AGAINST.match(q, r.end())
        or q[: r.start()].endswith("我")
        or (
            r.group().startswith("上") and "结转" in q
        )  # 「2023 上年 结转」「结转 上年」: the row 上年结转, typed apart
        for r in found
    ):  # (「我去年申请过…」: the speaker's own past, told before the question — no year asked)
        return q
    from .clock import today

    now = today().year

    def year(r: re.Match) -> str:
        back = 3 if r.group("before") else 2 if r.group("two") else 1 if r.group("one") else 0
        return f"{now - back}年"

    return _RELATIVE.sub(year, q)


# 「去年和今年比」「今年跟去年相比」: a relative year set against another (a change, not one year asked)
_SET_AGAINST = lazy(r"\s*(?:比|较|和|与|跟|同|对比|相比)")
# (a bare 「2023」 typed as a keyword is a year written too; never a count — 「2000件」「1990条」)
_ABS_YEAR = lazy(
    r"(?:19|20)\d{2}\s*年|(?<![\d.])(?:19|20)\d{2}(?![\d.]|\s*(?:件|条|个|份|项|次|人|万|千|百|余|多|[%％]))"
)
_COMPARED = lazy(r"(?:比|较|同|与|和|跟|对比|相比)(?:上|于)?\s*$")


# 「不好意思打错了，是」「哦不对，是」「——说错了，」「更正一下：」: the message corrects what it wrote before
_CORRECTION = lazy(
    r"(?:…+|\.{3,}|——|—|--|[，,。.；;！!？?\s])+"
    r"(?:(?:(?:不好意思|抱歉|对不起|sorry|Sorry)[，,\s]*)?(?:哦|噢|啊|呃|额)?"
    r"(?:(?:名字|单位|名称|年份)?(?:打|写|说|输|搞|弄|敲)错了?|(?<!对)不对(?:不对)?(?=[了啊呀，,：:。.！!\s]*(?:应该是|应是|我是说|是(?!否)|为))|"
    # (纠正 bare is 表四's column — 「复议 纠正？」 — a correction only said 纠正一下 or before a colon or comma)
    r"(?<=[哦噢啊呃额])不是|(?<=[哦噢啊])不(?=[，,。！!\s…])|口误|更正(?:一下)?|纠正(?:一下|(?=[：:，,])))"
    r"[了啊呀，,：:。.！!\s]*)+(?:应该是|应是|我是说|我要的是|是|为)?[：:\s]*"
)
# 「更正一下：不是A，是B。」「不是A，而是B」: the body written after 是 is the one asked
_NOT_BUT = lazy(
    r"(?:^|(?<=[，,。.；;！!？?：:\s]))(?:(?:更正|纠正)一下[：:，,\s]*)?不是[^，,。；;？?]{2,40}[，,]\s*(?:而)?是"
)
_YEAR_HEAD = lazy(r"^(?:19|20)\d{2}年度?")
_LAST_YEAR_WRITTEN = lazy(r"(?:19|20)\d{2}年度?(?!.*(?:19|20)\d{2}年)", re.S)
_CLAUSE_START = lazy(r"[，,。.；;！!？?：:\n]")
_ASKS = lazy(r"多少|几|哪|什么|吗|如何|怎么|怎样|是否|有没有|对不对|对得上|对不上|[？?]")
# a body's name ends on its kind; the name written first in a clause is the body it asks about
_BODY_KIND = r"(?:人民政府办公室|人民政府|政府办公室|政府|委员会|办公室|办事处|管委会|街道|局|委|厅|办|中心|署|海关|院|镇|乡|区|县|市)"
_BODY_HEAD = lazy(rf"^.{{1,30}}?{_BODY_KIND}(?=(?:19|20)\d{{2}}年|的|在|，|,|关于|里)")
_BODY_TAIL = lazy(rf"{_BODY_KIND}$")  # a corrected name is a body's when it ends on one's kind


# 「…复议多少件 呃 直接起诉的 不是复议的」: an afterthought that names what is meant and then what is not — the
# measure said first is corrected (said aloud: a pause, the meant words, 不是 the others)
_MEANT_NOT = lazy(
    r"(?:[\s，,。.]+(?:呃+|额+|嗯+|哦+|噢+|啊+)?[\s，,]*)([^\s，,。.？?！!]{2,12}?)[\s，,]*不是([^\s，,。.？?！!]{2,12}?)[。.！!]?$"
)
# what is said between a body (and its year) and the ask, kept with the ask: 「…直接起诉的有几件」 keeps 「有几件」
_ASK_LEAD = lazy(r"(?:有|是|一共|共|总共|总计|合计|了|都|大概|大约)*$")


def _measure_named(text: str) -> bool:
    """Does `text` name a cell of the standard tables (「直接起诉的」「复议的」「不予公开」)?"""
    from .intent import found_terms

    return any(found_terms(text, t, "row") for t in ("t2", "t3", "t4"))


def _measure_replaced(clause: str, meant: str, said_known: bool = False) -> str | None:
    """「X2023年直接起诉的有几件」 with 「复议后起诉的」 meant → 「X2023年复议后起诉的有几件」: the words between the body
    (and its year) and the ask are the measure, replaced by the one meant; None when the clause has no such words
    (`said_known`: the message said what it did not mean — 「不是复议的」 — so the words there, however misheard
    (「行政附议」), are that measure)."""
    head = _BODY_HEAD.match(clause)
    start = head.end() if head else 0
    year = _YEAR_HEAD.match(clause[start:].lstrip(" 的"))
    if year:
        start = len(clause) - len(clause[start:].lstrip(" 的")) + year.end()
    ask = _ASKS.search(clause, start)
    if ask is None:
        return None
    said = clause[start : ask.start()]
    said = _ASK_LEAD.sub("", said, count=1)
    if not said.strip(" 的") or not (said_known or _measure_named(said)):
        return None
    return clause[:start] + meant + clause[start + len(said) :]


def corrected(q: str) -> str:
    """The message with its own correction applied: 「A2022年，哦不对，是2023年的…」 → 「A2023年的…」;
    「我想查A…不好意思打错了，是B，2022年…」 → 「B，2022年…」; 「A2022年新收多少？打错了，是B」 → 「B2022年新收多少」;
    a measure corrected: 「A2023年直接起诉的有几件 不对 是复议后起诉的」「A2023年复议多少件 呃 直接起诉的 不是复议的」 →
    the measure last said asked. Years said aloud (「二零年 不对 我是说二一年」「两千零二十三年」) are read first.
    Only the last correction counts; a message with none is returned as written."""
    from .intent import normalise_years

    q = _NOT_BUT.sub("", q)
    for read in (False, True):
        afterthought = _MEANT_NOT.search(q)
        ms = list(_CORRECTION.finditer(q))
        m = next((x for x in reversed(ms) if x.end() < len(q) and x.start() > 0), None)
        if read or not (afterthought or m):
            break
        q = normalise_years(q)  # (「一八年 不对 我是说一九年」: the years in digits, as the rules below read them)
    if afterthought and _measure_named(afterthought.group(1)) and _ASKS.search(q[: afterthought.start()]):
        meant = _measure_replaced(
            q[: afterthought.start()], afterthought.group(1), _measure_named(afterthought.group(2))
        )
        if meant is not None:
            return meant
    if m is None:
        return q
    before, after = q[: m.start()], q[m.end() :]
    year = _YEAR_HEAD.match(after)
    if year:  # a year corrected: the last year written before it goes
        last = _LAST_YEAR_WRITTEN.search(before)
        if last is None:
            return q
        if not after[year.end() :].strip("的，,。.！!？? "):  # 「A2022年的X几件？说错了，是2023年」: in its place
            return before[: last.start()] + year.group() + before[last.end() :]
        return before[: last.start()] + before[last.end() :] + after
    # a body corrected: the clause that named the first one goes — or, when that clause holds the ask and
    # the correction is a bare name, the name in it is replaced
    body = before.rstrip("，,。.；;！!？? ")
    cut = max((x.end() for x in _CLAUSE_START.finditer(body)), default=0)
    clause = before[cut:]
    if _ASKS.search(clause) and not _ASKS.search(after):
        head = _BODY_HEAD.match(clause)
        name = after.rstrip("，,。.！!？? ")
        if head is None or not _BODY_TAIL.search(name) or re.fullmatch(r"[督转交承主协查代]办", name):  # (no body)
            # 「…予以公开几件 不对 是部分公开」: a measure corrected is no body — the measure said last is asked
            meant = _measure_replaced(clause, name) if _measure_named(name) else None
            return q if meant is None else before[:cut] + meant
        return before[:cut] + name + clause[head.end() :]
    return (before[:cut] + after).lstrip("，,。. ")


# an e-mail: greeting, context, the ask, the deadline, the signature — sentences end on these
_SENTENCE = lazy(r"[^。！!？?\n；;]*[。！!？?\n；;]*")
_YEAR = lazy(
    r"(?:19|20)\d{2}年(?!\d{1,2}月)|[一二〇零○]{4}年(?![一二三四五六七八九十]{1,2}月)|(?<!\d)\d{2}年(?!\d{1,2}月)"
)
# a sentence of a mail that asks (「现抽查几家单位的数据。」 asks nothing)
_MAIL_ASKS = lazy(r"多少|几(?!家)|哪|什么|吗|如何|怎么|怎样|是否|有没有|对不对|对得上|对不上|[？?]")
# (zvfixb) 「…败诉率是多少？就按A÷B算，给个百分比」: a sentence writing the division the ask is to be computed by is
# the ask's own (dropped with the mail around it, the rate was read at its default — or refused)
_DIVISION_WRITTEN = lazy(r"÷|除以|相除")
# 「请于2024年1月10日前反馈」「烦请本周五下班前回复」: a deadline names a date, not a year asked
_DEADLINE = lazy(
    r"(?:请|烦请|务必)?(?:于|在)?.{0,16}(?:前|之前|以前)(?:反馈|回复|报送|提交|发送|回传)|截止(?:时间|日期)?"
)

_LEAD_IN = lazy(r"[：:]\s*$")
# a mail's greeting or context: 「各位：」「各单位：」「张老师您好：」 name no body asked
_CONTEXT = lazy(r"各(?:位|单位|部门|科室)|辖区|您好|你好|老师|同事|领导")


def pasted_ask(q: str) -> str:
    """「各位同事好：\\n根据…汇总辖区内各单位…。请协助核实：X2022年…是多少？请于周五前反馈。\\n谢谢！\\n小王」 →
    「请协助核实：X2022年…是多少？」: in a message of several sentences over lines (or a long one), the
    sentences that neither ask nor name a year are the mail around the ask and go. A message of one
    sentence, or whose every sentence asks, is returned as written."""
    if "\n" not in q.strip() and len(q) < 80:
        return q
    parts = [s for s in _SENTENCE.findall(q) if s.strip()]
    if len(parts) < 2:
        return q
    keep = [
        bool(_MAIL_ASKS.search(s) or _YEAR.search(s) or _DIVISION_WRITTEN.search(s))
        and not (_DEADLINE.search(s) and len(s) < 30)
        for s in parts
    ]
    for i in range(len(parts) - 1):  # 「平潭综合实验区的年报：\n2021年新收了多少件？」: the lead-in names the body
        if keep[i + 1] and not keep[i] and _LEAD_IN.search(parts[i]) and not _CONTEXT.search(parts[i]):
            keep[i] = True
    kept = [s for s, k in zip(parts, keep) if k]
    if not kept or len(kept) == len(parts):
        return q
    return "".join(s.replace("\n", "") for s in kept).strip()


# 「有群众来电问」「那个市民问」「来电咨询：」「网友留言问」: a question relayed from someone else — who asked is
# no body (「市民」「群众」 name none) and asks nothing; 「…，帮忙查一下」「… 帮我查查呢」 after it neither
# (a hotline's own words too: 「有人打电话问」「来电人想知道」「来电的市民想问」「喂 来电者想了解」 — 喂 is no word)
_RELAYED = lazy(
    r"^\s*(?:(?:嗯+|呃+|额+|那个|就是|喂+|哎|诶|您好|你好|(?:12345)?热线(?:这边|這边|這邊|那边)?)[，,。.\s]*)*(?:刚才|刚刚|剛才|今天)?(?:有(?:个|位|一位|一个|個|一個)?)?"
    r"(?:(?:群众|羣眾|群眾|市民|网友|網友|居民|老百姓|记者|記者|领导|領導|同事|企业|企業|申请人|申請人|(?<=[有个個位])人)"
    r"(?:打(?:来|來)?)?(?:来电|來電|电话|電話|留言|来信|來信|来访|來訪)?(?:来|來)?"
    r"|(?:来电|來電|打电话|打電話|致电|致電)(?:的)?(?:人|者|群众|群眾|市民|朋友)?|来电|來電|来信|來信|留言)"
    r"(?:(?:咨询|諮詢|询问|詢問|问|問|想知道|想了解|想问|想問|想查|反映)(?:一下|下|说|道)?)+[：:，,\s]*(?=\S)"
)
_RELAYED_TAIL = lazy(
    r"(?:[，,。.\s]+)(?:帮(?:忙|我)?|麻烦)(?:查|看|核实|确认)(?:一下|下|查|看)?(?:呢|吧|哈|啊)?[。.！!]?$"
)


def relayed(q: str) -> str:
    """「有群众来电问X2021年新收几件 谢谢」 → 「X2021年新收几件 谢谢」: the relayed question itself."""
    m = _RELAYED.match(q)
    if m and len(q) - m.end() >= 6:
        # (「有人问道里区民政局…」: 道 begins the body's name, it is no 问道 — the cut goes where the name begins)
        name = _name_across(q, m.end(), m.end())
        q = q[name.start if name else m.end() :]
    t = _RELAYED_TAIL.search(q)
    if t and _quote_checked(q):  # 「『…804条』，帮我核实一下」: the check asked of a quote is the question
        return q
    return q[: t.start()] if t and t.start() >= 6 else q


def _quote_checked(q: str) -> bool:
    from .answers.quoted import asks

    return asks(q)


# A lead-in before the ask (「打分核对：」「代理案件需要：」「quick question，」「刚才那个问题换一下，」「有人在热线上问」
# 「市民打12345问」「就是做年报核对」): a clause ended by a stop, or by the verb that hands a question over (问 / 想知道 /
# 咨询) or sets a check (核对 / 核实), is context when the readers that find bodies, years, measures and
# operations find none in it and what follows is a full question (it names its body — or the report read, 我们 /
# 本单位 — and a year). Decided by those readers, not by a list of lead-ins.
_HEAD_END = lazy(
    r"[：:，,\s]+|(?:问|問|想知道|想了解|想问|想問|咨询|諮詢|询问|詢問|打听|打聽)(?:一下|下)?(?:的|说|道)?[：:，,\s]*"
    r"|(?:核对|核對|核实|核實|核一下|核下)(?:一下|下)?(?:数据|數據|数字|數字)?[：:，,\s]*"
)
_STOPS_ONLY = lazy(r"[：:，,\s]+")
_HEAD_CHECK = lazy(r"核对|核對|核实|核實|核一下|核下")
# a head that asks or sets an operation is part of the question (「对比一下，A和B…」「加起来，…」「各单位，…」)
_HEAD_OPERATES = lazy(r"加|合|共|总|總|平均|各|每|都|列|排|比|和|与|與|及|分别|分別|哪|谁|誰|最|几|幾|多少|吗|嗎")
# a head that names the part of the report read (「按正文的说法，」「以表格为准，」「表二里，」「第三部分，」) says where the
# figure is to be read: part of the question
# (第 names a part with its number and the part's noun — 「第三栏」「第2页」「第四项」 — never in 「第三方评估，」
# 「第二轮核查，」, lead-ins naming none)
_HEAD_PART = lazy(
    r"(?<!报)表|正文|文字|文本|说法|口径|为准|栏|部分|章|节|段|附件|"
    r"第[一二三四五六七八九十\d]+(?:栏|列|行|项|页|部分|部|章|节|段|条|款|张|个|点|种|类|名|位|问)"
)
# 「收费这块，」「网站方面，」「关于复议，」: a topic set before the question is what it is about
_TOPIC = lazy(r"这块|这一块|這塊|方面|这部分|這部分|关于|關於|的话|的話")
# the report read, named by its reader (a scoped question: 「我们今年…」「本单位这一年…」「我单位本年度…」)
_SELF = lazy(rf"^(?:{alternation()})")
_SELF_YEARS = r"今年|本年|这一年|這一年|这一年度|当年|當年"  # the year of the report read, said by its reader
_SELF_YEAR = lazy(_SELF_YEARS)


def _names_nothing(head: str, relay: bool = False) -> bool:
    """No body, no year, no measure, no operation and no ask in `head` — what the routes would read in it. A head
    that hands a question over (`relay`: 「有家律所发函询问」) names who asks: an applicant's kind there is no column."""
    from extractor.agency import mentions
    from extractor.normalize import fold

    from . import intent, scope

    h = head.strip()
    if not relay and (
        _TOPIC.search(h) or any(intent.found_terms(h, t, k) for t in ("t2", "t3", "t4") for k in ("row", "col"))
    ):
        return False  # (「收费这块，」「复议方面，」「自然人的，」: the topic or the cell the question is about)
    if (
        not h
        or len(h) > 24
        or _HEAD_OPERATES.search(h)
        or _HEAD_PART.search(h)
        or _ASKS.search(h)
        or _RELATIVE.search(h)
    ):
        return False
    if intent.years_in(h) or list(mentions(h)) or scope._place_named(h):
        return False
    if not relay and (intent._NOT_IN_TABLES.search(fold(h)) or intent.metric_measure(h) is not None):
        return False  # (「网上，X…收到多少件」「信函，」: a channel or a count of the text is what is asked about)
    question = intent.parse(h)
    return (
        question.operation == "explain"
        and bool(_HEAD_CHECK.search(h))
        or (
            question.operation == "describe"
            and not question.cells
            and all(not getattr(m, "focus", "") for m in question.measures)
        )
    )


def _name_across(q: str, start: int, end: int):
    """The body's name the message writes that the cut q[start:end] falls inside (「请问道里区」's 问道), or None."""
    from extractor.agency import mentions

    return next((n for n in mentions(q) if n.start < end and n.end > start), None)


def _full_question(rest: str) -> bool:
    """`rest` names its body (or the report read, 「我们」「本单位」) and a year: a question by itself."""
    from extractor.agency import mentions

    from . import intent

    if len(rest) < 6:
        return False
    if _SELF.match(rest):
        return bool(_SELF_YEAR.search(rest) or intent.years_in(rest))
    # it begins where its body's name (or its year) begins: 「请问道里区…」 is not 「请问」+「道里区…」 cut at 问道
    named = list(mentions(rest))
    return bool(intent.years_in(rest)) and bool(named) and (named[0].start == 0 or bool(_YEAR.match(rest)))


_OTHER_ASK = re.compile(r"什么|哪些|哪几|怎么|如何|怎样")


def context_dropped(q: str) -> str:
    """「打分核对：X2023年度自然人提出的申请多少件」 → 「X2023年度自然人提出的申请多少件」; 「有人在热线上问X2019年…几件」 →
    「X2019年…几件」; 「quick question，X23年…几件」 → 「X23年…几件」. A check lead-in stays when what follows asks
    agreement or a sum (「核对一下：X的表三对不对」 is a consistency question)."""
    from . import intent

    for m in _HEAD_END.finditer(q, 1):
        if m.start() > 24 or m.end() >= len(q):
            return q
        head, rest = q[: m.start()], q[m.end() :]
        relay = not _STOPS_ONLY.fullmatch(m.group())
        # (「您好，麻烦问一下，样本量：…」: the courtesy peeled, what the head names is read alone — with it, the head
        # read as a greeting and 样本量 was dropped with it)
        peeled = intent.unwrapped(head, shortest=1)
        if not _names_nothing(head, relay=relay) or (peeled != head and not _names_nothing(peeled, relay=relay)):
            return q  # (a longer head holds this one: it names something too)
        if not _full_question(rest) or _name_across(q, m.start(), m.end()) is not None:
            continue  # (「quick question，X…」: the head ends at the comma, not at the space)
        if not _names_besides_bodies(rest):
            # (「主动公开信息：A vs B，哪个高」: the rest names nothing but bodies, years and its ask — the head is what
            # is asked about, whatever words it uses)
            return q
        if (_HEAD_CHECK.search(head) or _HEAD_CHECK.search(m.group())) and (
            _AGREEMENT.search(rest) or _check_asked(rest) or not (_figure_asked(rest) or _OTHER_ASK.search(rest))
        ):
            # (「核对一下：X2024年的年报」 asks no figure: the check is what is asked; 「核对：X…有什么不足？」 asks what
            # the report says, the check word only files it)
            return q
        return rest
    return q


# 「打分核对：今年有没有不予公开的情况」「写稿用 行政复议比直接起诉多吗」「好的 那复核：X2024年有没有结转的」: a short
# purpose or role phrase closed by a colon or a space says WHY the user asks; the question after it — asking a
# figure of its own, with or without its body and year (a chosen report needs neither) — is what she asks. A check
# word there is no consistency question unless what follows asks agreement (「核对：新收和办结对得上吗」 stays).
_PURPOSE_HEAD = lazy(
    r"^(?P<lead>\s*(?:(?:好的|好滴|好|行|嗯+|哦+|噢+|ok|OK|Ok|那么|那)[，,。.\s]*)*)"
    r"(?P<head>[\u4e00-\u9fff]{2,6})(?P<end>\s*[：:]\s*|\s+)(?=\S)"
)
_PURPOSE_CHECK = lazy(r"核对|核實|核实|核一下|核下|复核|校对|核验|核查|查对|确认")
# what the user does with the answer (checked on the folded head): scoring, reviewing, writing, reporting, research
_PURPOSE = lazy(
    r"(?:核对|核实|核一下|核下|复核|校对|核验|核查|查对|查证|确认|打分|评分|评估|考核|测评|评议|审核|审校|抽查|检查|"
    r"自查|督查|写稿|撰稿|写材料|写报告|汇报|调研|备课|填表|引用|报道|采访|研究|论文|作业|参考)|用$"
)
_PURPOSE_ASKS = lazy(r"多少|几|幾|有没有|有沒有|有无|有無|是否|吗|嗎|么|麼|[？?]")


def purpose_dropped(q: str) -> str:
    """「打分核对：今年有没有不予公开的情况」 → 「今年有没有不予公开的情况」; 「写稿用 行政复议比直接起诉多吗」 →
    「行政复议比直接起诉多吗」; 「核对：今年新收和办结对得上吗」 as written (agreement is what is asked)."""
    m = _PURPOSE_HEAD.match(q)
    if not m:
        return q
    from extractor.normalize import fold
    from extractor.traditional import simplify

    from . import intent

    # (read in simplified characters, as the routes read it: 「打分核對：」「校對 」)
    head, rest = fold(simplify(m.group("head"))), simplify(q[m.end() :])
    if len(rest) < 4 or not _PURPOSE.search(head) or not _PURPOSE_ASKS.search(rest) or not _names_nothing(head):
        return q
    asked_rest = intent.parse(rest)
    if not asked_rest.cells and not asked_rest.measures:
        return q  # (what follows names no figure: the head may be what it is about)
    if _PURPOSE_CHECK.search(head) and (_AGREEMENT.search(rest) or _check_asked(rest)):
        return q
    return m.group("lead") + q[m.end() :]


def _names_besides_bodies(rest: str) -> bool:
    """`rest` names something besides its bodies, its years and the words that ask (「A vs B，哪个高」 names nothing
    else): read by the readers of bodies and years and the cross-report asking words (`named_figures._ASKING`)."""
    from extractor.agency import mentions

    from . import intent
    from .answers.named_figures import _ASKING

    text = rest
    for n in sorted(mentions(rest), key=lambda n: -n.start):
        # (the place read, and the rest of the body's name up to the year said after it: 「嘉兴市南湖区|新兴街道办事处|2023年」)
        named = re.match(r"[\u4e00-\u9fff]{0,16}?(?=(?:19|20)?\d{2}\s*年)", text[n.end :])
        text = text[: n.start] + "|" + text[n.end + (named.end() if named else 0) :]
    text = intent.RANGE.sub("|", text)
    text = re.sub(r"(?:19|20)?\d{2}\s*年度?|[〇○零一二三四五六七八九]{2,4}\s*年度?", "|", text)
    text = intent.FILLER.sub("|", _ASKING.sub("|", text))
    return bool(re.search(r"[\u4e00-\u9fff]{2,}", text))


_COUNT_ENDS = lazy(r"数(?:量|目)?[啊呢吧呀哈]?[？?。.！!\s]*$")


def _figure_asked(rest: str) -> bool:
    """「…多少件」「…几件」「…专职人员数啊」: `rest` asks a figure."""
    return bool(_FIGURE_ASKED.search(rest) or _COUNT_ENDS.search(rest))


def _check_asked(rest: str) -> bool:
    from extractor.normalize import fold

    from . import intent

    return bool(intent.CHECK.search(fold(rest)))


# 「核对一下：X2024年部分公开多少件」「帮我核实一下 X…收费金额是多少」: a check word before a plain figure is why
# the user asks (she checks her own draft against it), not a consistency question — the figure asked is the ask.
# Only a remainder asking agreement or a sum (「…对不对」「加起来等于…吗」「一致吗」) stays a consistency question.
_CHECK_LEAD = lazy(
    r"^\s*(?:(?:嗯+|呃+|额+|那个|就是|喂+|您好|你好)[，,。.\s]*)*"
    # (who asks whom: 「请帮我」「想请您帮我」「能不能帮我」「麻烦您，帮忙」「你帮我」 — request words only)
    r"(?:(?:我们|我們|我|你|您|想|要|需要|请|請|麻烦|麻煩|劳驾|勞駕|帮|幫|忙|能不能|能否|可以|可否|给|給)[，,\s]*)*"
    r"(?:核对|核對|核实|核實|确认|確認|查对|查對|对一下|對一下)(?:一下|下)?(?:数据|數據|数字|數字)?[：:，,。\s]*(?=\S)"
)
_FIGURE_ASKED = lazy(r"多少|几|幾")
_AGREEMENT = lazy(
    r"一致|相符|吻合|对得上|对不上|對得上|對不上|对不对|對不對|对吗|對嗎|对么|加起来|加起來|之和|勾稽|成立|"
    r"正确|正確|准确|準確|有误|有誤|错误|錯誤|出错|出錯|有错|有錯|空白|完整|齐全|齊全|等于|等於|相等|算得对|核得上|平衡|"
    r"一样|一樣|不同|差异|差異|出入|问题|問題|毛病|不对|不對"
)


def check_word_dropped(q: str) -> str:
    """「核对一下：X2024年部分公开多少件」 → 「X2024年部分公开多少件」; 「核对一下：X2024年的表三对不对」 as written."""
    from . import intent

    # (「请问帮我核对一下，…」「领导让我查一下：帮我核对一下，…」: a courtesy or an errand before the check word is peeled
    # first — read with it, the check word stood mid-sentence and the figure asked became an explanation asked)
    head = intent.unwrapped(q)
    m = _CHECK_LEAD.match(head)
    if not m:
        return q
    rest = head[m.end() :]
    if len(rest) < 6 or not _FIGURE_ASKED.search(rest) or _AGREEMENT.search(rest):
        return q
    return rest


# (zvfixb2) 「…是几件？我核对一下网页上的数」「…有多少，想确认下」「…几件，我对一下表」: a purpose stated after the figure
# asked (who checks what against it) is why the user asks, not a consistency question — the figure asked is the ask.
# A tail asking agreement (「…几件？和表三对得上吗」) stays.
_CHECK_TAIL = lazy(
    r"[？?。.！!，,；;\s]+(?:(?:我|我们|我們|想|要|得|需要|好|方便|用来|用來|拿来|拿來)[，,\s]*)*"
    r"(?:核对|核對|核实|核實|确认|確認|查对|查對|对一下|對一下|对对|對對|比对|比對|核一下|核下|校对|校對)"
    r"[^？?！!]{0,20}[。.！!\s]*$"
)


def check_tail_dropped(q: str) -> str:
    """「我们今年予以公开的是几件？我核对一下网页上的数」 → 「我们今年予以公开的是几件？」; a tail asking agreement as written."""
    m = _CHECK_TAIL.search(q)
    if not m:
        return q
    head, tail = q[: m.start()], q[m.start() :]
    if len(head) < 6 or not _FIGURE_ASKED.search(head) or _AGREEMENT.search(tail) or _AGREEMENT.search(head):
        return q
    # 「…办结了69件，我想核实一下，里面X是几件」: the purpose leads the ask there, it does not follow it
    if _FIGURE_ASKED.search(tail):
        return q
    return head + ("？" if q[m.start()] in "？?" else "")


# 「X2019年的年报里，他们发了多少条政策文件」: a pronoun for the body the message named before it — the body
# is the scope already; the pronoun is no word of the measure (「他们发了」 read as 「发了」)
_PRONOUN = lazy(r"(?<=[，,。；;：:\s里中年])(?:他们|它们|她们|他家|它家|人家)(?:的|家)?(?=\S)")


def pronoun_dropped(q: str) -> str:
    """「X2019年的年报里，他们发了多少条政策文件」 → 「X2019年的年报里，发了多少条政策文件」."""
    return _PRONOUN.sub("", q)


# 「我们今年…」「本单位这一年…」「我单位本年度…」「咱们局今年…」: the reader names the report she reads (its body)
# before its year — no word of the measure (「我们今年老百姓个人申请公开的」 lost its applicant column to 我们)
_SELF_BEFORE_YEAR = lazy(
    r"^(?:我们|我們|咱们|咱們|本|我)(?:单位|單位|机关|機關|局|委|办|辦|厅|廳|部门|部門)?(?:的)?"
    rf"(?={_SELF_YEARS}|(?:19|20)\d{{2}}\s*年)"
)


def self_dropped(q: str) -> str:
    """「我们今年老百姓个人申请公开的有几件」 → 「今年老百姓个人申请公开的有几件」: the report read, named by its reader
    before its year, is the scope already (the report's year is 今年 / 本年度 / 这一年)."""
    m = _SELF_BEFORE_YEAR.match(q)
    return q[m.end() :] if m and m.end() > 1 else q


# 「X23年政策解读的数量count一下」「…的篇数报一下吧」: a request after a count noun (any verb + 一下) asks the count —
# what precedes it is the question, whatever the verb (a count noun is the object, so the verb can only request it)
_REQUEST_AFTER_COUNT = lazy(
    r"^(?:给我|給我|帮我|幫我|帮忙|幫忙|麻烦|麻煩|请|請)?(?![一量目])[\u4e00-\u9fff]{1,2}(?:一下|一下子|下)"
    r"(?:吧|呗|唄|啊|哈|呢)?[？?。.！!\s]*$"
)


_CHANGE_VERB = lazy(r"变|增|减|涨|降|差|升|算")


def request_dropped(q: str) -> str:
    """「X23年政策解读的数量统计一下」 → 「X23年政策解读的数量」; a request after anything but a count noun as written.
    The shortest request that leaves a count noun before it (「…的数量查一下」 keeps its 量; 「…篇数帮我数一下」: 数 is
    the verb there, 一 and 量 never begin one)."""
    for at in range(len(q) - 2, 3, -1):
        if _REQUEST_AFTER_COUNT.match(q[at:]) and _COUNT_ENDS.search(q[:at]):
            # (「…数对比一下」「…数汇总一下」「…数变化一下」: the verb is the operation asked, not a request)
            return q if _HEAD_OPERATES.search(q[at:]) or _CHANGE_VERB.search(q[at:]) else q[:at]
    return q


# 「新田县人民政府这个永州市下属单位2025年…」「X，作为Y市的一个部门，…」: an apposition naming the body's parent (right
# or wrong) — the body is the one asked, never the parent's whole set
_PARENT_APPOSITION = lazy(
    r"(?<=[府局委办室镇乡道心院厅会处所署])[，,\s]*(?:这个|这一个|这家|这一|作为|是)"
    r"[^，,。？?！!\s]{2,16}?(?:省|自治区|市|州|盟|县|区|旗)的?(?:一个|一家)?"
    r"(?:下属|下面的?|底下的?|所属|直属|下辖|管的?)?的?(?:单位|部门|机关|机构)[，,]?"
)


# (zwfix) 「区里政务公开办的，问一下X2023年…多少」「我是县里信息公开科的，X…」: who asks, said as the office she works in
# (a body's name with no place, then 的 and a pause) before a question that names its own body and year — her office
# is no scope, nor words a sentence must repeat
_AFFILIATION = lazy(
    r"^\s*(?:我是|我们是|我在|咱是)?(?:区里|市里|县里|镇里|乡里|省里|街道|上级|下面)?(?:的)?"
    r"(?P<office>[\u4e00-\u9fff]{2,12}?(?:办|办公室|局|科|处|股|室|中心|站|所|组))(?:的|上的|里的)(?:人|同志|工作人员)?"
    r"[，,\s]+(?:(?:想|我想)?(?:问一下|问下|请问|问问|咨询一下|了解一下)[，,：:\s]*)?"
)


def affiliation_dropped(q: str) -> str:
    """「区里政务公开办的，问一下X2023年主动公开了多少条信息」 → 「X2023年主动公开了多少条信息」."""
    from extractor.agency import mentions

    m = _AFFILIATION.match(q)
    if not m:
        return q
    said = q[: m.start("office")] + q[m.end("office") : m.end()]
    if not re.search(r"我|咱|里|街道|上级|下面|人|同志|工作人员|问", said):
        return q  # (「卫健局的，夏河县2022年…」: no one says who she is — a body named, not an office to drop)
    rest = q[m.end() :]
    named = [n for n in mentions(m.group("office")) if n.kind == "body"]
    if any(n.identity and n.identity.region for n in named) or not _full_question(rest):
        return q  # (「成都市教育局的，2023年几件」: a body named by its place is what is asked about)
    return rest


def apposition_dropped(q: str) -> str:
    """「X这个Y市下属单位2025年几件复议」 → 「X2025年几件复议」: the parent named beside the body is no scope."""
    return _PARENT_APPOSITION.sub("", q)


def asked(q: str) -> str:
    """The question a message asks: the ask of a pasted mail, a relayed question without who relayed
    it, a plain figure without the check word before it, its own correction applied, years counted from a now it states, no pronoun for the body named."""
    return request_dropped(
        pronoun_dropped(
            relative_to_now(
                corrected(
                    self_dropped(
                        check_word_dropped(
                            check_tail_dropped(
                                relayed(
                                    purpose_dropped(
                                        context_dropped(affiliation_dropped(apposition_dropped(pasted_ask(q))))
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
    )
