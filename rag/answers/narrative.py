"""The narrative: stated quantities (metrics), section 五's problems and measures, sums of listed
parts, and everything else by retrieval. Answerable only from one report's own text: a quantity
answer must carry the asked kind of quantity (its unit) and the thing asked about (the focus words)
in the sentence it quotes, else 「报告未提及」 — with the nearest passage offered as 「相关内容」."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable

from extractor.normalize import fold
from extractor.schema import Answer, Citation, Span
from extractor.traditional import has_traditional, simplify

from ..cite import cell_citation, fmt, joined, sentence_bounds, sentences, text_citation
from ..context import NOT_MENTIONED, Context
from ..grounding import is_instruction
from ..intent import FILLER, PAY_ASKED, PERSON_DIMENSION, cn_number, normalise_years, units_like
from ..question import FindingMeasure, MetricMeasure, SectionMeasure, TextMeasure
from ..tokens import bigrams, overlap
from ..units import in_yuan
from .synonyms import canon, canon_focus, forms

METRIC_SCOPE = 6  # reports whose metrics a narrative quantity question reads


def _content(ctx: Context, text: str) -> str:
    """The question without its scope words (agency names, years): what the answer must be about."""
    # the longest name first: 「平潭综合实验区君山片区管理局」 is not left as 「君山片区管理局」 by 「平潭综合实验区」
    for name in sorted(ctx.question.scope.agencies + ctx.scope.agencies, key=len, reverse=True):
        text = text.replace(name, "")
    return FILLER.sub("", text)


_TIME_WORDS = re.compile(
    r"(?:这|近|最近|过去)[一二两三四五六七八九十几\d]*年(?:来(?![电信访])|间|里)?|历年|每年|各年|逐年|今年|去年|前年|"
    r"上一?年度?|本年度?|(?:19|20)\d\d年度?|(?:那|这|该|当)一?年(?:度|里|中)?"  # (「那年来电总量」: the report's year)
)


def _measured(first: str, focus: str) -> str:
    """「主合办政协提案的数量是多少件」: the thing whose 数量 is asked (政协提案), where the focus kept only
    the end of it (「案数量」)."""
    m = re.search(r"([\u4e00-\u9fff“”]{2,8}?)的?(?:数量|总数|总量|数目)", first)
    if m and focus and focus in m.group().replace("的", "") and not _pairs(re.sub(r"数量|总数|总量|数目", "", focus)):
        # (「微信的关注总量」: 微信关注; 「热线这一年来电总量」: 热线来电, the time words are the scope)
        return re.sub(r"[“”的]", "", _TIME_WORDS.sub("", m.group(1)))[-4:]
    return focus


def _nearest_label(content: str, head: str, scored: list):
    """The best-scored number — or, when its sentence lists several, the one whose own clause misses
    the fewest distinctive words of the asked label: 「共发布380条财政资金信息，其中专项资金152条…“三公”
    经费27条」 asked of 三公经费 is 27, not the sentence's first or total number. A word is distinctive by
    how few clauses of the report hold it: a list item may leave out the head noun every item shares
    (信息, 文章), never the modifier that names it (专项, 原创, 征地)."""
    best = max(scored, key=lambda x: x[0])
    # (one sentence: spans that overlap — a heading run into the sentence may start one number's span earlier)
    same = [x for x in scored if x[1] == best[1] and x[4] < best[5] and best[4] < x[5]]
    if len(same) < 2:
        return best
    # the label's own words: not the words every report uses (主动公开), nor the list's shared verb (共发布)
    label = re.sub(rf"{_OWN_VERB.pattern}|共|累计|全年|今年|本年度?|多少|几", " ", _COMMON.sub(" ", content))
    words = {w for w in bigrams(label) if len(w) == 2 and not w.isdigit()}
    every = [set(bigrams(canon(re.sub(r"\s+", "", fold(x[7]))))) for x in scored if x[1] == best[1]]
    df = {w: sum(1 for h in every if w in h) for w in words}

    def missed(x) -> float:
        h = set(bigrams(canon(re.sub(r"\s+", "", fold(x[7])))))
        if re.match(r"[\s（(]*其中", x[7]):  # 「微信公众号共编发文章1640篇，其中原创文章294篇」: a part of
            h |= set(
                bigrams(canon(re.sub(r"\s+", "", fold(x[3].text[x[4] : x[2]["start"]]))))
            )  # the whole said before it
        return sum(1 / df[w] for w in words if df[w] and w not in h)

    top = min(same, key=lambda x: (missed(x), -x[0]))
    # a measure asked by name (观看量, 粉丝量, 人数): the clause that names it keeps the answer
    measure = re.search(r"[\u4e00-\u9fff]{1,3}(?:量|人数|次数|率)$", head or "")
    if (
        measure
        and measure.group() in re.sub(r"\s+", "", canon(best[7]))
        and measure.group() not in re.sub(r"\s+", "", canon(top[7]))
    ):
        return best
    return top if missed(top) < missed(best) - 1e-9 else best


def _untimed(words: str) -> str:
    """The words without their time words, unless nothing to match would be left (「每年发」)."""
    rest = _TIME_WORDS.sub("", words)
    return rest if _pairs(rest) else words


_VERB = re.compile(r"([\u4e00-\u9fff]{2})了?(?:多少|几)")
_QUOTED = re.compile(r'"([^"]{2,20})"|《([^》]{2,30})》')


def _clause(text: str, start: int, num_start: int, num_end: int, stops: str = "、，,；;：:（(") -> str:
    """The clause holding a number: from the previous 、，；： (or the sentence start) to its end."""
    a = _clause_start(text, start, num_start, stops)
    ends = [i for i in (text.find(ch, num_end) for ch in "、，,；;。）)") if i >= 0]
    return text[a : min(ends) if ends else num_end + 12]


def _clause_start(text: str, start: int, at: int, stops: str) -> int:
    """Where the clause before `at` begins: after the last of `stops` in text[start:at], or at `start`."""
    return max(max(text.rfind(ch, start, at) for ch in stops) + 1, start)


def _tail(quote: str, value) -> str:
    """The words right before the claim's own number (「由42分钟缩至19分钟」, 19 → 「42分钟缩至」)."""
    at = quote.replace(",", "").rfind(fmt(value))
    at = at if at >= 0 else len(quote)
    return quote[max(0, at - 8) : at]


def _after(text: str, end: int) -> str:
    """What the number counts when it is named after the unit (「发布380条财政资金信息」)."""
    m = re.match(r"[^，。；,;、（(]{0,12}", text[end:])
    return m.group() if m else ""


# a count written in Chinese numerals (「发布调查问卷四次」「刊发我厅信息近百条」「千余条」): not among the
# stored quantities (those are the digits' claims), read here when a count is asked with its unit. A
# lone 一 is left out (「一次」「一批」 are manners of speaking), as are ordinals and 「三次会议」.
_WORDED = re.compile(
    r"(?P<pre>近|约|超过|逾)?(?P<num>[二两三四五六七八九十百千][一二两三四五六七八九十百千]*|一[十百千][一二两三四五六七八九十百千]*)"
    r"(?P<post>余|多)?(?P<unit>人次|条|件|次|场|期|篇|项|家|份|批|轮)(?![会全事性])"
)


def _worded(report) -> list[dict]:
    """The Chinese-numeral counts of a report's text, shaped as stored quantities (value, unit, label,
    quote, span, section; `printed` as written)."""
    if report is None:
        return []
    text = report.text
    out = []
    for w in _WORDED.finditer(text):
        if text[max(0, w.start() - 1) : w.start()] in ("第", "每", "这", "那", "前", "后", "头"):
            continue
        value = cn_number(w.group("num"))
        if not value or w.group("num") == "二":  # (「二次传播」: a second time; a count of two is 两次)
            continue
        lo = max(0, w.start() - 30)
        label = re.split(r"[。；;，,、：:！!？?（）()\n]", text[lo : w.start()])[-1]
        section = next((x.number for x in report.sections if x.span.start <= w.start() < x.span.end), None)
        out.append(
            {
                "value": int(value),
                "unit": w.group("unit"),
                "qualifier": w.group("pre") or w.group("post"),
                "label": label,
                "key": None,
                "section": section,
                "quote": label + w.group(),
                "start": w.start() - len(label),
                "end": w.end(),
                "printed": w.group(),
            }
        )
    return out


def _printed(quote: str, value, unit: str | None) -> str:
    worded = _WORDED.search(quote)
    if worded and worded.end() == len(quote) and cn_number(worded.group("num")) == value:
        return worded.group()  # 「近百条」: as written
    num = fmt(value)
    m = re.search(
        rf"(?:近|约|超过|超|逾)?{re.escape(num)}(?:余|多|以上)?{re.escape(unit or '')}", quote.replace(",", "")
    )
    return m.group() if m else f"{num}{unit or ''}"


def _pairs(text: str) -> bool:
    """Whether the words hold a two-character token (a lone 「率」 says nothing to match)."""
    return any(len(b) == 2 for b in bigrams(text))


# units ending in another unit's character that count something else (批次 of samples, not 次 of events)
_OTHER_COUNTS = ("批次", "家次", "户次", "架次")


def _unwrapped(text: str) -> str:
    """A passage with its line breaks and spaces gone: a PDF wraps a line inside a word (「政府信\n息」)."""
    return re.sub(r"\s+", "", text)


_SLANG_VERB = re.compile(r"(?:搞|弄)(?=了|过|出|[几多]|$)")


_ASKING = re.compile(r"多少|几|吗|么|哪|什么|是否|有没有|怎么|如何|怎样")


def _asked_part(q: str) -> str:
    """The question up to the end of its first clause that asks: 「X2023年，通过网络提交的申请几件，比去年多吗」 →
    「X2023年，通过网络提交的申请几件」. The clauses before the ask (a lead-in 「quick question，」, the body and year
    「X2023年，」) are read with it — never the first of them alone, which names no channel (通过网络) or thing asked;
    the clauses after the first ask (「比去年多吗」) are another question."""
    for m in re.finditer(r"[？?，,]", q):
        if _ASKING.search(q[: m.start()]):
            return q[: m.start()]
    return q if _ASKING.search(q) else re.split(r"[？?，,]", q)[0]


def best_metric(ctx: Context, rids: list[str], rivals: list | None = None):
    """The narrative number that answers the question in these reports: (score, rid, metric row,
    report, sentence start, end), or None. The asked unit is a hard constraint; the words of the
    question are weighed against the sentence, the metric's label and, most, its own clause.
    `rivals`, when given, receives every number that passed the hard constraints, scored (the report
    may state the thing asked several times: `_restated` reads them)."""
    mm = ctx.question.first(MetricMeasure)
    if not isinstance(mm, MetricMeasure):
        return None
    q = _SLANG_VERB.sub("", ctx.q)  # 「专项工作搞了几次」: 搞 is the asking, the report says what was done
    first = canon(_asked_part(q))  # (「粉丝」 weighed as 「关注人数」: both sides in one form)
    content = _untimed(_content(ctx, first))
    focus = _SLANG_VERB.sub("", mm.focus or "")
    head = _untimed(canon_focus(fold(q), _measured(first, focus)))  # 「这三年」 is the scope, not the thing
    if not _pairs(re.sub(r"变化|变动|趋势|怎么|如何|多少|几|增减|[变涨跌年]", "", head)):
        head = ""  # a focus cut from the asking words (「近几年怎么变」 → 「年变」) names nothing: the content decides
    want_unit = units_like(mm.unit) if mm.unit and mm.unit != "%" else None
    want_pct = mm.unit == "%"
    quoted = [x or y for x, y in _QUOTED.findall(fold(first))]  # a quoted name must be in the sentence
    platforms = set(_PLATFORM.findall(fold(first)))
    rest = (
        re.sub(r"(?:数量|数目|总数|总量|数|量)$", "", _COMMON.sub(" ", head)) if head else ""
    )  # (「公开量」: 量 is the asking)  # (「公开量」: 量 is the asking)
    verb = _VERB.search(fold(first))
    verb = (
        verb.group(1)
        if verb
        # 「通过政府网站公开的信息多少条」: a word after 的 is the thing counted, not the counting verb
        and not fold(first)[: verb.start()].endswith("的")
        and not FILLER.fullmatch(verb.group(1))
        and not _COMMON.fullmatch(verb.group(1))
        and not re.search(r"[量数率额]$", verb.group(1))  # 「人工服务量多少」: a measure's name, not a verb
        else None
    )
    dims = [d for d in _DIMENSION.findall(fold(first)) if not _MEDIUM.fullmatch(d)]  # (a medium spans its list)
    asked_years = [y for y in ctx.question.scope.years if f"{y}年" in q]
    row_named: Callable[[str], float] | None = None  # (made when a statistics row's metric is met)
    scored = []
    for rid in rids:
        report = None
        worded = _worded(ctx.store.report(rid)) if want_unit else []  # (a count asked with its unit)
        for m in [*ctx.store.metrics(rid), *worded]:
            unit = m["unit"] or ""
            if want_unit and unit in ("万余", "万多", "万"):
                report = report or ctx.store.report(rid)
                unit = (_full_unit(report.text, m) if report else None) or unit  # 「5.1万余人」 counts 人
            if want_unit and (not unit.endswith(want_unit) or unit in _OTHER_COUNTS and unit not in want_unit):
                continue  # the kind of quantity asked is a hard constraint (「几场」 is not 20680批次)
            if want_pct and unit != "%":
                continue
            if report is None:
                report = ctx.store.report(rid)
            if report is None or len(report.text) < m["end"]:
                break  # (a report stored without its text)
            if _STAT_QUOTE.search(m["quote"] or ""):  # a statistics row (extractor/metrics._stat_rows)
                row_named = row_named or _row_namer(ctx)
                if row_named(m["label"] or "") < 0.6:
                    continue  # it answers only the row it names
            a, b = sentence_bounds(report.text, m["start"], m["end"])
            a = _carried(report.text, a, platforms)
            sent = report.text[a:b]
            if (
                quoted
                and not all(n in fold(sent) for n in quoted)
                # 「“科技河北”微信公众号关注人数」 and the report says 「打造了“科技河北”新媒体品牌…微信公众号
                # 关注人数达6.6万人」: the brand named elsewhere in the report, the platform asked in the sentence
                and not (
                    platforms
                    and all(n in fold(report.text) for n in quoted)
                    and any(p in fold(sent) or _twin(p) in fold(sent) for p in platforms)
                )
            ):
                continue
            sent = canon(_unwrapped(sent))  # (「政府信\n息2831条」: a PDF line wrapped inside a word)
            near = canon(_tail(m["quote"], m["value"]) + _after(report.text, m["end"]))
            clause = _clause(report.text, a, m["start"], m["end"])
            if re.match(r"[^，,；;]{0,12}等", clause):  # 「网上来信、留言、…投诉等问题10268件」: the list is its clause
                clause = _clause(report.text, a, m["start"], m["end"], stops="，,；;：:（(")
            clause = canon(_unwrapped(clause))
            said = canon(_unwrapped(m["label"] + m["quote"]))
            if mm.must and not any(re.search(w, fold(clause)) for w in mm.must):
                continue  # a table row asked: the number must be said of that row
            if mm.unit == "人次" and not unit.endswith("人次") and _OCCASIONS.search(fold(clause)):
                continue  # 「培训了多少人次」: 「组织业务培训3次」 counts trainings held, not the persons trained
            if not _answers(first, head, report.text, a, b, m):
                continue  # a dimension, an action or a medium not the asked one
            if _joined_dimension(fold(q), re.sub(r"\s+", "", fold(_clause(report.text, a, m["start"], m["end"])))):
                continue  # 「信函及当面申请41件」 asked as 信函: two channels counted together
            if _one_of_listed(fold(q), report.text, a, m["end"]):
                continue  # 「…政策解读、科技前沿等各类信息4818篇」 asked as 政策解读: the kinds counted together
            if _another_kind(fold(q), fold(m["label"] or "")):
                continue  # 「宣传解读政策…上传发布政策文件36件」 asked as 政策解读: the number counts 政策文件
            # the clause binds words to the number: 「开设政务新媒体56个、注销40个」 — 注销 is 40's
            score = 0.5 * overlap(content, sent) + overlap(content, said) + 1.2 * overlap(content, clause)
            if head:
                score += 0.8 * overlap(head, canon(m["label"]) + near) + 0.5 * overlap(head, near)
            if want_unit:
                score += 0.35
            if asked_years and any(f"{y}年" in sent for y in asked_years):
                score += 0.3  # 「2022年全区共主动公开…14571条」: the sentence that says the year asked states the year's figure
            if dims and all(d in re.sub(r"\s+", "", fold(clause)) for d in dims):
                score += 0.5  # 「人工服务量」: the number whose own clause says 人工, not its 自动语音 neighbour
            if clause.lstrip("（( ").startswith("其他") and "其他" not in q:
                score -= 3.0  # 「其他…信息856条」: the residual part of a list is never the total asked
            elif re.search(r"共|合计|总计|累计|全年|总共", _tail(m["quote"], m["value"])):
                score += 0.3  # a sentence's total
            if mm.target and re.search(r"至|到", _tail(m["quote"], m["value"])[-2:]):
                score += 0.8  # 「缩短到多少」 asks for the value after 至, not the one after 由
            # the verb's reach: the phrase up to ，；。 (a list 「编印A 18期、B 207期」 shares one verb); a
            # phrase with no verb of its own is governed by the sentence's verb before it (「共发布生态环境
            # 保护类信息40条，征地信息类121条」: 121 was 发布 too)
            phrase = _clause(report.text, a, m["start"], m["end"], stops="，,；;：:。")
            if not _OWN_VERB.search(fold(phrase)):
                phrase = report.text[a : m["end"]]
            if quoted and all(n in fold(clause) for n in quoted):
                score += 1.0  # 「“三公”经费信息」: the number whose own clause holds the quoted name
            said_verb = _verb_said(verb, canon(fold(_unwrapped(phrase))), fold(_unwrapped(report.text[a : m["end"]])))
            scored.append((score, rid, m, report, a, b, said_verb, clause))
    if verb and any(x[6] for x in scored):  # 「注销了几个」: the numbers whose own clause says 注销
        scored = [x for x in scored if x[6]]
    # 「视频号粉丝有多少」: the numbers whose own clause says the measure asked (粉丝 → 关注人数, 阅读, 观看),
    # not a neighbour of its sentence (「视频号仅靠3次直播，粉丝量迅速跃升至3.7万」: 3.7万, never the 3次)
    nouns = set(_MEASURE_NOUN.findall(first))
    if nouns and any(all(n in x[7] for n in nouns) for x in scored):
        scored = [x for x in scored if all(n in x[7] for n in nouns)]
    if rivals is not None:
        rivals.extend(scored)
    best = _nearest_label(content, head, scored)[:6] if scored else None
    if best is None or best[0] < (0.45 if want_unit or want_pct else 0.6):
        return None
    _, rid, m, report, a, b = best
    sent = canon(report.text[a:b] + m["label"])
    for p, twin in _SAME_MEDIUM.items():  # 「公众号关注数」 of 「政务微信“河北教育发布”…关注数」: one platform
        if p in head + rest and p not in sent and twin in sent:
            head, rest = head.replace(p, twin), rest.replace(p, twin)
    if "新媒体" in head + rest and "新媒体" not in sent:
        # 「政务新媒体发了多少条」 of a report whose one new-media count is 「通过政务微信公众号发布信息636条」: the
        # platform it names is the 新媒体 asked — only when no number of the report names another platform
        # (「微博发布500条、微信发布636条」: no one number is the 新媒体's)
        own = set(_NEW_MEDIA.findall(fold(_clause(report.text, a, m["start"], m["end"]))))
        named = {p for x in scored for p in _NEW_MEDIA.findall(fold(x[7]))}
        if len(own) == 1 and named == own:
            word = own.pop()
            head, rest = head.replace("新媒体", word), rest.replace("新媒体", word)
    if head and _pairs(re.sub(r"数量|总数|数目|总量", " ", _COMMON.sub(" ", head))) and overlap(head, sent) < 0.5:
        # the sentence does not speak of the thing asked (a head of common words only — 「政府信息」 — names
        # nothing a sentence must repeat: 「全年主动公开信息数156条」 answers 「主动公开了多少条政府信息」)
        return None
    raw = report.text[a:b] + m["label"]  # (a lone 「收」 is said by 「收到」, which canon writes 受理)
    if rest.strip() and (
        overlap(rest, sent) < 0.5
        if _pairs(rest)
        else not all(ch in sent or ch in raw for ch in re.findall(r"[\u4e00-\u9fff]", rest))
    ):
        return None  # 「信息处理费」 asked, a sentence about 政府信息公开申请 found: not the thing asked
    return best


# a new-media platform (a kind of 政务新媒体), as a clause names it
_NEW_MEDIA = re.compile(r"微信公众号|公众号|微信|微博|视频号|抖音|快手|头条号|客户端|小程序")


# things held or done (occasions): 「…3次」 of them counts the occasions, never the persons (人次) taking part
_OCCASIONS = re.compile(r"培训|会议|推进会|座谈|讲座|活动|检查|督查|督导|调研|演练|发布会|访谈|专项工作|开放日")


# what a count of an account or a post measures (in canonical form: 粉丝 is 关注人数)
_MEASURE_NOUN = re.compile(r"关注人数|阅读量|观看量|点赞|转发|评论|访问量|浏览量|点击量|下载量|订阅|分享量")

# the dimensions a count may be broken down by (channel, person, time …): asked, the sentence must name it
_DIMENSION = re.compile(
    rf"网络|网上|在线|信函|当面|传真|电子邮件|邮寄|电话|{PERSON_DIMENSION}|预算|经费|编制|"
    r"工作人员|平均|天数|时长|用时|小时|分钟|满意|粉丝|关注|访问|浏览|点击|微博|微信|视频号|抖音|公众号|人工"
)
# actions on a stock: 「关停…政务新媒体2个」 counts what was closed, not what there is or what was opened
_MEDIUM = re.compile(r"微博|微信|公众号|视频号|抖音|快手|头条号|门户网站|网站|客户端|小程序|热线|信箱|公报")
_ACTION = re.compile(r"关停|关闭|注销|撤销|整合|下线|取消|迁移|删除|清理|废止|新开设|新开通|开设|开通|新增|上线|新建")


_OWN_VERB = re.compile(
    _ACTION.pattern
    + r"|发布|公开|编印|编发|推送|受理|办理|办结|答复|制作|召开|举办|开展|印发|转载|收到|接收|回复|征集|解读"
)


_CHANNEL = re.compile(r"网络|网上|在线|信函|当面|传真|电子邮件|邮寄")


# the verbs of putting information out: 「发布了多少篇政策解读」 is answered by 「主动公开政府信息1082条，其中…
# 政策解读33篇」 — its verb 公开 is the publishing asked, not another action (注销, 关停)
_PUT_OUT = re.compile(r"发布|公开|推送|编发|印发|刊发|刊登|发出|发文|出了")


def _verb_said(verb: str | None, phrase: str, before: str) -> bool:
    """The phrase governing a number says the question's counting verb — or, the verb asked being one of
    putting information out, its sentence up to the number says such a verb (a list 「…公开政府信息1082条，
    其中政策文件1件，政策解读33篇」 shares its verb; 「政策解读33篇」's 解读 is a thing, not the verb)."""
    if verb is None:
        return False
    return verb in phrase or bool(_PUT_OUT.fullmatch(verb) and _PUT_OUT.search(before))


def _answers(first: str, head: str, text: str, a: int, b: int, m) -> bool:
    """The last tests of answerability, on the sentence of the best number: every dimension the
    question names (通过网络, 男性, 粉丝) is in the sentence; an action bound to the number (关停, 注销,
    新开设) and the medium of its phrase (视频号, 微博) are the asked ones."""
    sent = canon(re.sub(r"\s+", "", fold(text[a:b])))
    q = fold(first)
    dims = _DIMENSION.findall(q)
    if any(d not in sent and _twin(d) not in sent for d in dims):
        return False
    twinned = [
        d for d in dims if d not in sent
    ]  # 「公众号」 asked, 「政务微信“河北教育发布”…关注数」 said: one platform
    said = _PLATFORM.findall(re.sub(r"\s+", "", fold(text[a : m["start"]])))
    if twinned and said and not any(said[-1] in (d, _twin(d)) for d in twinned):
        return False  # …so long as the platform named last before the number is it (not 「“冀教新视界”视频号」)
    if re.search(r"剩|剩下|剩余", q) and not re.search(r"剩|现存|现有|保留|仍有|目前共有", sent):
        return False  # 「关停之后还剩多少个」: what is left, not what was closed
    # a number that names something (「12333热线」): the sentence must name it too
    named = re.findall(r"(?<![\d.])\d{3,}(?![\d.]|\s*(?:年|条|件|个|项|万|%|元|人|次|篇|期))", q)
    if any(n not in sent for n in named if not re.fullmatch(r"(?:19|20)\d\d", n)):
        return False
    raw_phrase = re.sub(r"\s+", "", fold(_clause(text, a, m["start"], m["end"], stops="，,；;：:。")))
    phrase = canon(raw_phrase)
    channels = [d for d in _CHANNEL.findall(q) if (m["unit"] or "") != "%"]
    if channels and not any(d in raw_phrase or d in phrase or _twin(d) in phrase for d in channels):
        return False  # 「通过信函申请的有几件」: the count of the channel asked, never the sentence's total 48件
    acts = set(_ACTION.findall(phrase))
    if acts and not any(x in q or (x.startswith("新") and x[1:] in q) for x in acts):
        return False
    media = set(_MEDIUM.findall(phrase))  # 「“科技河北”视频号发布信息230条」 does not count the 微博 asked
    named = set(_MEDIUM.findall(q))
    if media and named and not any(x in y or y in x for x in media for y in named):
        return False
    # the count's own verb: 「注销了几个」, also with the thing counted between (「本年度废止的规章有几件」)
    # — the action nearest the asking (「清理后废止了多少」: 废止), never one that only dates it (「上线后的好评率」)
    asked = {
        x.group(1)
        for x in re.finditer(
            rf"({_ACTION.pattern})(?!了?(?:后|以后|之后|以来|前|之前|时))"
            rf"(?=了?(?:的)?(?:(?!{_ACTION.pattern})[\u4e00-\u9fff]){{0,6}}?(?:多少|几))",
            q,
        )
    }
    return not (asked and not acts & asked and not any(x.lstrip("新") in phrase for x in asked))


def _named_number(ctx: Context) -> Answer | None:
    """「视频号粉丝数多少」 and the text says 「粉丝数54373」: a number written right after the very words
    asked (no unit printed, so not among the stated quantities) — one report, the words verbatim."""
    mm = ctx.question.first(MetricMeasure)
    one = ctx.one_report()
    if one is None or not isinstance(mm, MetricMeasure) or mm.unit or len(mm.focus) < 2:
        return None
    rid, report = one
    # the words as asked or in another form of the same measure (「粉丝」 → 「粉丝量」「关注人数」), then a
    # short verb phrase (「迅速跃升至」「突破」), then the number — in 万 when 万 is all that follows it
    other = forms(mm.focus)[1:]
    if mm.focus.endswith("关注"):  # 「视频号关注有多少」: 关注 asked as a count is its 关注人数 (粉丝量 …)
        other += forms(mm.focus + "人数")
    for names in (re.escape(mm.focus), "|".join(re.escape(f) for f in other if f != mm.focus)):
        hits = _named_hits(report.text, names) if names else []
        if hits:
            break  # the words as asked first; another form of them only when those are not in the text
    # the medium asked (视频号, 微博) must be named in the number's sentence: 「视频号粉丝」 is not answered
    # by 「打造了“科技河北”公众号品牌，关注人数达22000余人」
    media = set(_MEDIUM.findall(fold(ctx.q)))
    if media:
        hits = [h for h in hits if media & set(_MEDIUM.findall(_sentence_at(report.text, h.start(), h.end())))]
    hits = [  # 「当面申请数」 of 「信函及当面申请43件」: the two channels counted together answer neither
        h
        for h in hits
        if not _joined_dimension(fold(ctx.q), re.sub(r"\s+", "", fold(_clause(report.text, 0, h.start(), h.end()))))
    ]
    if len({h.group(1) for h in hits}) != 1:
        return None  # none, or several: not one answer
    h = hits[0]
    a, b = sentence_bounds(report.text, h.start(), h.end())
    v = float(h.group(1))
    value = int(v) if v.is_integer() else v
    cit = text_citation(rid, ctx.entry(rid), report.text, a, b)
    unit = h.group(2)  # 「粉丝量迅速跃升至3.7万」: 37000, the printed 3.7万 beside it
    return _stated_answer(ctx, value, unit, f"{fmt(value)}{unit or ''}", report.text[a:b], cit)


def _sentence_at(text: str, start: int, end: int) -> str:
    a, b = sentence_bounds(text, start, end)
    return re.sub(r"\s+", "", fold(text[a:b]))


def _named_hits(text: str, names: str) -> list:
    return list(
        re.finditer(
            rf"(?:{names})(?:[\u4e00-\u9fff]{{0,4}}?(?:为|达到?|是|有|共|至|突破|超过))?\s*(\d+(?:\.\d+)?)"
            # (「政策文件1⏎0条」: digits going on after a gap are the rest of a number the page wrapped, not its end)
            rf"(?![\d.]|\s+\d|\s*[%％亿]|\s*万\s*[\u4e00-\u9fff])\s*(?:余|多)?\s*(万|次|条|件|个|人|篇|期|场|项|家|份)?",
            text,
        )
    )


def _stated_share(ctx: Context) -> Answer | None:
    """「信函申请占比多少」 and the text says 「信函申请4件，占21%」: a share printed right after the count
    of the very words asked (the metric extractor keeps the count, not its share) — one report, one hit."""
    mm = ctx.question.first(MetricMeasure)
    one = ctx.one_report()
    if one is None or not isinstance(mm, MetricMeasure) or mm.unit != "%" or len(mm.focus) < 2 and "占" not in ctx.q:
        return None
    rid, report = one
    # the part asked: the words before 「占」 (「网络申请占全部申请的比例」), else the focus without its share
    # word (「网络申请占比」); in each way of writing it (「网上申请」 is the text's 网络申请)
    label = re.sub(r"(?:的)?(?:占比|比例|比重|百分比|所占比例)$", "", mm.focus)
    q = fold(normalise_years(ctx.q))
    for name in ctx.question.scope.agencies + ctx.scope.agencies:
        q = q.replace(name, " ")
    at = q.find("占")
    before = "".join(_NOT_SUBJECT.sub(" ", q[:at]).split()) if at > 0 else ""
    if len(before) >= 2:
        label = before
    # 「网上提交的申请比例」: the whole question in the text's words (网上提交 → 网络申请), said once
    said = re.sub(r"(?:19|20)\d\d年?度?|\s", "", canon(_content(ctx, q)))
    said = re.sub(
        r"(?:的)?(?:占比|比例|比重|百分比|所占比例)(?:是|为)?(?:多少|几)?$", "", re.sub(r"(.{2})\1", r"\1", said)
    )
    hits = []
    for form in [*forms(label), *(forms(said) if at < 0 and said != label and _pairs(said) else [])]:
        pat = rf"{re.escape(form)}[^。；;，,]{{0,12}}[，,]?\s*占(?:比)?\s*(\d+(?:\.\d+)?)\s*[%％]"
        hits = list(re.finditer(pat, report.text))
        if hits:
            break
    if len(hits) != 1:
        return None
    h = hits[0]
    a, b = sentence_bounds(report.text, h.start(), h.end())
    v = float(h.group(1))
    value = int(v) if v.is_integer() else v
    cit = text_citation(rid, ctx.entry(rid), report.text, a, b)
    return ctx.answer(
        f"{fmt(value)}%（「{joined(report.text[a:b])}」）", "metric", value=value, unit="%", citations=[cit]
    )


# what a short label question says besides its subject: scope, time, asking words, the count word, the
# plain verbs of publishing (the unit and the subject say which number; 「发文」 is the 「发布信息」 of the text)
_NOT_SUBJECT = re.compile(
    r"[^，,；;？?]*?(?:(?:19|20)?\d{2}|[一二三四五六七八九〇零○]{2,4})\s*年度?(?:报告|年报)?(?:里|中|上)?|"
    r"(?:这|近|最近|过去)?[一二两三四五六七八九十几\d]*年(?:来|间|里)?|全年|今年|去年|本年度?|当年|最后|最终|目前|一共|总共|累计|总计|合计|"
    r"百分之(?:多少|几)|多少|几|(?:篇|期|条|件|个|次|人|项|场)?(?:数量|总数|数目|数)(?=$|[？?])|啥|什么|"
    r"发文|发稿|发布|发了|发|推送|编发|提交|[共是为有了的吗呢达到占]|[？?。，,\s“”\"「」《》:：]"
)
_ASKS = re.compile(r"多少|几|(?:数量|总数|数目|[篇期条件个次人项场]数)[？?]?$")


def _subject_words(ctx: Context) -> tuple[list[str], str | None] | None:
    """「政务微博这一年发了多少条」「公众号发文篇数」「网络申请有多少件」: the words that name the
    subject of a count asked by a short label, and its unit; None when no clause asks a count."""
    q = fold(normalise_years(ctx.q))
    for name in ctx.question.scope.agencies + ctx.scope.agencies:
        q = q.replace(name, " ")
    asked = next((c for c in re.split(r"[，,；;]", q) if _ASKS.search(c)), None)
    if asked is None:
        return None
    unit = re.search(
        r"(?:多少|几)(万人次|人次|万人|条|件|期|个|场|次|人|篇|项|份|起)|([篇期条个次人项场]|(?<![文案事邮])件)数",
        asked,
    )
    pct = re.search(r"百分之|率|%|占比|比例", asked)
    words = [w for w in _NOT_SUBJECT.sub(" ", asked).split() if len(w) >= 2]
    return words, "%" if pct else (next(g for g in unit.groups() if g) if unit else None)


def _said_score(words: list[str], lead: str, clause: str, least: float = 0.5) -> float:
    """How well a number's sentence up to it (`lead`) and its clause say every subject word asked; 0
    when one word is not said (under half its bigrams, or not its head: 政务微博 counts 微博)."""
    score = 0.0
    for w in words:
        seq = [g for g in bigrams(canon(w)) if len(g) == 2]
        if not seq:
            continue
        grams, head = set(seq), seq[-1]
        said = len(grams & set(bigrams(lead))) / len(grams)
        if said < least or head not in lead:
            return 0.0  # a word of the label the sentence does not say: not this number
        score += said + len(grams & set(bigrams(clause))) / len(grams) + (head in clause)
    return score


# a count of two channels joined (「信函及当面申请41件」) is neither channel's count
_JOINED = re.compile(
    r"(网络|网上|在线|信函|当面|传真|电子邮件|邮寄|电话)[^，,；;。\d]{0,4}?(?:及|和|与|或|、|以及|加)"
    r"(网络|网上|在线|信函|当面|传真|电子邮件|邮寄|电话)"
)


_LISTED_KINDS = re.compile(
    r"((?:[^、，,；;。：:（）()\d]{1,16}、)+[^、，,；;。：:（）()\d]{1,16}?)(?:(等|及其他|以及其他|和其他)|(?=\d))"
)


def _one_of_listed(q: str, text: str, start: int, end: int) -> bool:
    """「厅门户网站发布科技动态、通知公告、政策解读、科技前沿等各类信息4818篇」 asked as 政策解读: the number
    counts a list of kinds of which the question names one — never the count of the one asked.
    The list is the one of the number's own clause (from the previous ，；： to the number's `end`)."""
    a = _clause_start(text, start, end, "，,；;：:（(")
    for m in _LISTED_KINDS.finditer(re.sub(r"\s+", "", text[a:end])):
        items = m.group(1).split("、")
        if m.group(2) is None:  # 「更新法律法规、政策解读、规范性文件20余件」: the last item runs into the
            items = items[:-1]  # verb and noun of the whole (「抖音发布信息」), so only the items before it
        if any(f"{t}等" in q for i in items for t in _item_tails(i)):
            continue  # 「被新华网等国家主流媒体刊发了多少条」「通过政府公报、报刊等其他渠道」: the question asks the list
        named = [i for i in items if _item_named(i, q)]
        # one kind named of several (「政策解读」 of 「科技动态、通知公告、政策解读、科技前沿等」); a question naming
        # several of them (「网上来信留言数」 of 「网上来信、留言、在线答复咨询、投诉等问题10268件」) names the channel
        # the list is, answered with the list quoted
        if len(named) == 1 and len(items) > 1:
            return True
    return False


# the kinds of document a report counts side by side, each its own figure (「政策文件7条、政策解读8篇」)
_DOC_KINDS = ("规范性文件", "政策文件", "政策解读", "通知公告")


def _another_kind(q: str, label: str) -> bool:
    """The number's label ends in one kind of document and the question asks another it does not name
    (「…宣传解读政策，…上传发布政策文件36件」 asked 「政策解读有多少」: 解读 is in the sentence, the 36 counts 政策文件)."""
    own = next((k for k in _DOC_KINDS if label.endswith(k)), None)
    asked = [k for k in _DOC_KINDS if k in q or k == "政策解读" and re.search(r"(?<!政策)解读", q)]
    return own is not None and bool(asked) and own not in asked and not any(k in label for k in asked)


_GENERIC_ITEM = {"信息", "文件", "工作", "情况", "内容", "事项", "材料", "政策", "公开", "发布"}


def _item_named(item: str, q: str) -> bool:
    """A listed kind the question names: its name, or its last 2–4 characters (「政务微博」 asked as 微博; the
    first item's verb before it, 「网站发布工作动态」, is not its name), never a generic word (信息, 文件)."""
    return any(t in q for t in _item_tails(item))


def _item_tails(item: str) -> list[str]:
    return [item[-n:] for n in (4, 3, 2) if len(item) >= n and item[-n:] not in _GENERIC_ITEM]


def _joined_dimension(q: str, clause: str) -> bool:
    """「通过信函申请的有几件」 and the clause says 「信函及当面申请41件」: the number counts the asked
    channel with another the question does not name — not the part asked. (The channel asked in other
    words counts: 「现场来申请的」 is 当面.)"""
    q = canon(q)
    for m in _JOINED.finditer(clause):
        pair = {m.group(1), m.group(2)}
        if len(pair) == 2 and any(d in q for d in pair) and not all(d in q for d in pair):
            return True
    return False


def _subject_pick(ctx: Context, rid: str, words: list[str], unit: str | None):
    """The number of one report whose sentence says every subject word before it (its clause the
    most), in the unit asked (any unit but % when none is): (score, rid, metric, report, start, end),
    or None — also when two numbers of different values fit as well."""
    report = ctx.store.report(rid)
    if report is None:
        return None
    want = units_like(unit) if unit and unit != "%" else None
    mm = ctx.question.first(MetricMeasure)
    must = mm.must if isinstance(mm, MetricMeasure) else []
    scored = []
    q = canon(fold(ctx.q))  # (「现场来申请的」 asks the 当面 channel: its test is the channel's)
    for m in ctx.store.metrics(rid):
        u = m["unit"] or ""
        if (u != "%") if unit == "%" else (want and not u.endswith(want) or u == "%"):
            continue
        if len(report.text) < m["end"]:
            break
        a, b = sentence_bounds(report.text, m["start"], m["end"])
        if not _answers(q, "", report.text, a, b, m):
            continue  # 「“科技河北”视频号发布信息230条」 does not count the 微博 asked, though 微博 is said before it
        raw_clause = re.sub(r"\s+", "", fold(_clause(report.text, a, m["start"], m["end"])))
        # a table row asked (「予以公开」) and the clause not saying it in the row's words: its name must be
        # said nearly whole (「以公开为常态…政策文件1件」 shares 以公/公开 with 予以公开 — a neighbour's number;
        # 「办理依申请公开文件数224件」 says 依申请公开办理 but for one word order)
        strict = bool(must) and not any(re.search(w, raw_clause) for w in must)
        if _joined_dimension(q, raw_clause) or _one_of_listed(fold(ctx.q), report.text, a, m["end"]):
            continue
        lead = canon(re.sub(r"\s+", "", fold(report.text[a : m["end"]])))
        score = _said_score(words, lead, canon(raw_clause), 0.75 if strict else 0.5)
        if score:
            scored.append((score, rid, m, report, a, b))
    if not scored:
        return None
    scored.sort(key=lambda x: -x[0])
    top = scored[0]
    if any(x[0] >= top[0] - 1e-9 and x[2]["value"] != top[2]["value"] for x in scored[1:]):
        return None  # two numbers fit the words as well: not one answer
    return top


def subject_metric(ctx: Context) -> Answer | None:
    """The stated number whose subject holds every word of the asked label, with the asked unit, in
    the one report read — the fallback when the question's focus was cut from its words (「一年发」,
    「年公报期」). Every word must be said before the number in its sentence (its clause naming the
    most), so a platform the report does not mention (抖音) finds nothing; a tie of two numbers is
    no answer."""
    if ctx.n != 1:
        return None
    found = _subject_words(ctx)
    if found is None or not found[0] or found[1] is None:
        return None
    top = _subject_pick(ctx, ctx.ids[0], *found)
    if top is None:
        return None
    _, rid, m, report, a, b = top
    if _change_unsaid(ctx, report.text, a, m):
        return None
    v = m["value"]
    value = v if type(v) is int or not float(v).is_integer() else int(v)
    cit = text_citation(rid, ctx.entry(rid), report.text, a, b, section=m["section"])
    printed = _printed(m["quote"], m["value"], m["unit"])
    return _stated_answer(ctx, value, _full_unit(report.text, m), printed, report.text[a:b], cit)


_CHANGE_ASKED = re.compile(
    r"增减|增加了?多少|减少了?多少|较上一?年|比上一?年|较去年|比去年|同比|"
    r"比[^，,。？?]{1,16}?(?:多|少)了?(?:几|多少)"  # 「年底结转的比年初结转过来的多了几件」: a difference
)


def _change_unsaid(ctx: Context, text: str, a: int, m) -> bool:
    """「申请较上年增减多少」 asked as a value: a plain count of the year (its clause says no change) is not
    the change asked."""
    return bool(
        _CHANGE_ASKED.search(fold(ctx.q))
        and not re.search(
            r"增|减|较|比|同比|回落|上升|下降|持平", _clause(text, a, m["start"], m["end"], stops="，,；;。")
        )
    )


# the words of a series question that say how the years are looked at, not what is counted
_SERIES_ASKING = re.compile(
    r"变化趋势|趋势|走势|变化情况|变化|变动|怎么变|如何变|咋变的?|多了还是少了|越来越(?:多|少)|是否|吗|"
    r"比较|对比|相比|增减|逐年|历年|每年|各年|各自|分别|[和与跟及、]|到|至|—|-"
)


def _series_subject(ctx: Context) -> tuple[list[str], str | None] | None:
    """The subject words of a narrative measure asked over the years (「建议提案复文数历年变化」
    「公众号发文这三年是多了还是少了」) and its unit where the count word says it."""
    q = fold(normalise_years(ctx.q))
    for name in ctx.question.scope.agencies + ctx.scope.agencies:
        q = q.replace(name, " ")
    first = re.split(r"[，,；;？?。]", q)[0]
    first = re.sub(r"(?:19|20)\d{2}\s*年度?", " ", first)
    unit = re.search(r"(?:多少|几)(条|件|期|个|场|次|人|篇|项)|([篇期条个次人项场]|(?<![文案事邮])件)数", first)
    rest = _SERIES_ASKING.sub(" ", first)
    rest = re.sub(r"[篇期条件个次人项场]?(?:数量|总数|数目|量|数)(?=\s|$)", " ", rest)  # (「政策解读数量 比较」)
    words = [w for w in _NOT_SUBJECT.sub(" ", rest).split() if len(w) >= 2]
    return (words, next(g for g in unit.groups() if g) if unit else None) if words else None


def metric(ctx: Context) -> Answer | None:
    if not ctx.n or ctx.n > METRIC_SCOPE:
        return None
    if re.search(r"表\s*[一二三四1-4](?!\d)", ctx.q):
        return None  # 「表三中各项办理结果的件数」: a table named is answered by its cells, never by a sentence
    if ctx.n > 1 and len(ctx.question.scope.years) > 1 and ctx.one_agency():
        listed = series(ctx)  # 「2021年至2023年…复文数量」: the measure of each year asked, not the best one
        if listed is not None:
            return listed
    named = _named_number(ctx) or _stated_share(ctx)
    if (
        named is not None
        and all(_names_medium(ctx.q, c.quote) for c in named.citations)
        and not any(_change_unsaid(ctx, c.quote, 0, {"start": 0, "end": len(c.quote)}) for c in named.citations)
    ):
        return named
    rivals: list = []
    best, ctx = _best_item_count(ctx, rivals)
    if best is None:
        return subject_metric(ctx)
    _, rid, m, report, a, b = best
    sent = report.text[a:b]
    if not _names_medium(ctx.q, sent):
        return None  # 「快手号粉丝」: a number of the 微信公众号's sentence is not the platform asked
    if m["unit"] in ("条", "篇") and _one_account(ctx.q, report.text, a, m["end"]):
        return None  # 「主动公开政府信息多少条」: 「视频号发布信息230条」 is one account's part, not the whole asked
    # (the paragraph up to the number: 「（3）推进食品药品安全信息公开。…全年共发布77条信息」 says the kind first)
    if not _kind_said(ctx, report.text[report.text.rfind("\n", 0, a) + 1 : b] + m["label"]):
        return None  # 「优抚对象信息公开了多少条」: the 主动公开 total is not a count of that kind
    if _change_unsaid(ctx, report.text, a, m):
        return None
    printed = _printed(m["quote"], m["value"], m["unit"])
    who = f"{ctx.name(rid)}：" if ctx.n > 1 else ""
    v = m["value"]
    value = v if type(v) is int or not float(v).is_integer() else int(v)  # (an exact big count stays exact)
    cit = text_citation(rid, ctx.entry(rid), report.text, a, b, section=m["section"])
    ans = _stated_answer(ctx, value, _full_unit(report.text, m), printed, sent, cit, who)
    return _restated(ctx, ans, best, rivals)


_ITEM_UNITS = ("条", "篇", "件")  # what users and reports count published items in, interchangeably
_OTHER_UNIT_MARGIN = 0.8  # how much better another item unit's number must fit to answer instead


def _best_item_count(ctx: Context, rivals: list) -> tuple:
    """The best number in the asked unit — or in another unit of items, when the report counts the thing
    asked in that one and the asked unit's best number is another thing's: 「政策解读发了多少条」 of a
    report that says 「主动公开政府信息623条，其中政策文件4件，政策解读13篇」 is 13篇, never the 623条 of
    the whole (nor 「政策文件有多少篇」 the 13篇 of 政策解读). The context returned is the one whose unit won."""
    best = best_metric(ctx, ctx.ids, rivals)
    mm = ctx.question.first(MetricMeasure)
    if not isinstance(mm, MetricMeasure) or mm.unit not in _ITEM_UNITS:
        return best, ctx
    # the asked unit's fit is its best-scored number, not the one the label nearest the words picked: 「网站上主动
    # 公开了多少条」 picks 「通过政府网站公开279条」 (1.1) beside 「全年主动公开318条」 (2.9) — 「受理申请6件」 (2.3)
    # fits neither better, and counts applications, not what was published
    fit = max((x[0] for x in rivals), default=0.0) if best else 0.0
    for unit in _ITEM_UNITS:
        if unit == mm.unit:
            continue
        other = ctx.question.model_copy(
            update={"measures": [mm.model_copy(update={"unit": unit}), *ctx.question.measures[1:]]}
        )
        ctx2 = dataclasses.replace(ctx, question=other)
        found: list = []
        best2 = best_metric(ctx2, ctx2.ids, found)
        if best2 is not None and _other_medium(ctx.q, best2):
            continue  # 「政务微博发了多少条」: 「…微博、微信的影响力…微信公众号…全年发布信息1010篇」 is the 公众号's
        if best2 is None:
            continue
        if best is None and not _names_the_thing(mm.focus, best2):
            continue  # 「被撤回的政府信息有几件」: the 主动公开 total in 条 counts no 撤回 (review of narr)
        if best is None or best2[0] >= max(best[0], fit) + _OTHER_UNIT_MARGIN:
            best, ctx = best2, ctx2
            rivals[:] = found
    return best, ctx


_GENERIC_THING = re.compile(r"(?:政?府|政务)?信息|公开|发布")


def _names_the_thing(focus: str, best: tuple) -> bool:
    """With nothing in the unit asked, a count in another item unit answers only where its own clause names
    the thing asked in more than 信息's words: 「公开政策文件多少件」 is 「其中政策文件6条」, never 「政府信息2645条」."""
    thing = _GENERIC_THING.sub("", focus)
    if len(thing) < 2:
        return False
    _, _, m, report, a, _ = best
    return thing in re.sub(r"\s+", "", fold(_clause(report.text, a, m["start"], m["end"])))


def _other_medium(q: str, best: tuple) -> bool:
    """A count in another unit than asked answers only a medium the question names, when the sentence
    names one before the number: the medium named last before it is whose count it is."""
    _, _, m, report, a, _ = best
    asked = set(_MEDIUM.findall(fold(q)))
    before = _MEDIUM.findall(re.sub(r"\s+", "", fold(report.text[a : m["start"]])))
    return bool(asked and before) and not any(before[-1] in x or x in before[-1] for x in asked)


_RESTATED_SHOWN = 20  # statements listed one by one; the rest counted


def _restated(ctx: Context, ans: Answer, best: tuple, rivals: list) -> Answer:
    """「政策解读有多少篇」 of a report that states 「政策解读9篇」 and, further on (an earlier year's report
    carried on the page, a topic repeated section by section), 「政策解读6篇」: the first answers, and the
    answer says the report states the same thing again with another count — each count with its own
    sentence — never one count as if it were the only one. The same thing: a number of the same report, in
    the same unit, in another sentence, whose clause holds every word of the question the answer's clause
    holds and whose sentence holds as many of the question's words as the answer's (「政策文件解读方面发布
    了多少条相关信息」: the statements made under 政策文件解读, not those of every topic); never a part listed
    under a total (「其中…」)."""
    _, rid, m, report, a, b = best

    def words(text: str) -> set[str]:
        return {w for w in bigrams(canon(re.sub(r"\s+", "", fold(text)))) if len(w) == 2 and not w.isdigit()}

    asked = words(_content(ctx, ctx.q))
    in_clause = asked & words(_clause(report.text, a, m["start"], m["end"]))
    level = len(asked & words(report.text[a:b]))
    own_part = bool(re.match(r"[\s（(]*其中", _clause(report.text, a, m["start"], m["end"])))
    again = [
        x
        for x in rivals
        if x[1] == rid
        and not (x[4] < b and a < x[5])  # (a part of the same sentence is no restatement)
        and (x[2]["unit"] or "") == (m["unit"] or "")
        and (own_part or not re.match(r"[\s（(]*其中", x[7]))
        and in_clause <= words(x[7])
        and len(asked & words(report.text[x[4] : x[5]])) >= level
    ]
    if not again or all(x[2]["value"] == m["value"] for x in again):
        return ans  # (a figure repeated with the same count is one figure)
    again.sort(key=lambda x: x[2]["start"])
    shown = []
    for x in again[:_RESTATED_SHOWN]:
        sent = joined(report.text[x[4] : x[5]])
        lead = sent[: max(0, sent.find(x[2]["quote"][:4]))]
        head = lead[:14] + "…" if len(lead) > 14 else lead
        shown.append(f"{_printed(x[2]['quote'], x[2]['value'], x[2]['unit'])}（「{head}{joined(x[2]['quote'])}」）")
    rest = list(dict.fromkeys(fmt(x[2]["value"]) for x in again[_RESTATED_SHOWN:]))
    unit = m["unit"] or ""
    more = f"；其余{len(again) - _RESTATED_SHOWN}处的数目：{'、'.join(rest)}{unit}" if rest else ""
    note = f"另：报告还有{len(again)}处写到此项，数目不同：{'；'.join(shown)}{more}。请据所问的范围核对。"
    cites = [
        text_citation(rid, ctx.entry(rid), report.text, x[4], x[5], section=x[2]["section"])
        for x in again[:_RESTATED_SHOWN]
    ]
    return ans.model_copy(update={"answer": f"{ans.answer}。{note}", "citations": [*ans.citations, *cites]})


# what a kind of information's name says besides the kind: verbs, scope and the words every report uses
# (where it was published is no kind: 「官网共发布信息多少条」)
_KIND_PLAIN = re.compile(
    rf"{_OWN_VERB.pattern}|{_MEDIUM.pattern}|官网|官方|门户|网上|平台|新媒体|通过|各类|各项|有关|相关|政务|类|方面|领域|重点|了|的"
)


def _kind_said(ctx: Context, sentence: str) -> bool:
    """「优抚对象信息公开了多少条」: a count of a kind of information (「X信息」) is answered only by a
    sentence that says the kind X — the report's total of 主动公开 counts all kinds, not the one asked."""
    q = fold(normalise_years(ctx.q))
    for name in sorted(ctx.question.scope.agencies + ctx.scope.agencies, key=len, reverse=True):
        q = q.replace(name, " ")
    q = re.sub(r"(?:多少|几)(?:个|条|件|篇|次|项|场|期|份)?", " ", _TIME_WORDS.sub(" ", q))
    # (「信息公开培训」「信息公开申请」: the domain's name, no kind of information; nor the asking words)
    kind = re.search(
        r"((?:(?!几|多少|了|是|有)[\u4e00-\u9fff]){2,10}?)(?:类)?(?:政府)?信息(?!公开(?!了|多少|几|的|数|条|总|$))",
        re.split(r"[，,；;？?]", q)[0],
    )
    if kind is None:
        return True
    # the words right before 信息 name the kind; a verb or a medium before them ends it (「株洲统计局公众号
    # 发布信息」 names no kind: the agency and where it was published are said before the verb)
    words = _KIND_PLAIN.sub(" ", _COMMON.sub(" ", FILLER.sub(" ", kind.group(1))) + "。")
    words = re.split(r"\s+", words.rstrip("。"))[-1]
    return not _pairs(words) or overlap(canon(words), canon(re.sub(r"\s+", "", fold(sentence)))) >= 0.5


def _stated_answer(
    ctx: Context, value, unit: str | None, printed: str, sent: str, cit: Citation, who: str = ""
) -> Answer:
    """A number the text states, as the headline: in full when printed in 万/亿 (「550万」 → 5500000,
    the printed form beside it), else as printed; its sentence quoted."""
    full, base_unit = full_value(value, unit)
    if full != value or not re.search(r"\d", printed):  # (「近百条」: the number, the words as printed beside it)
        return ctx.answer(
            f"{who}{fmt(full)}{base_unit or ''}（印为「{printed}」；「{joined(sent)}」）",
            "metric",
            value=full,
            unit=base_unit,
            citations=[cit],
        )
    return ctx.answer(f"{who}{printed}（「{joined(sent)}」）", "metric", value=value, unit=unit, citations=[cit])


_AFTER_UNIT = re.compile(r"\s*(?:余|多)?\s*(人次|人|条|次|件|篇|个|份|元|户|家)")


def _full_unit(text: str, m) -> str | None:
    """The unit as printed: 「1.8万余人」 is stored as 1.8 「万余」 (the qualifier read as part of the
    unit); the count word after it makes it 万人."""
    unit = m["unit"] or None
    if unit in ("万余", "万多", "万"):
        after = _AFTER_UNIT.match(text, m["end"])
        if after:
            return "万" + after.group(1)
        return "万"
    return unit


def full_value(value, unit: str | None) -> tuple[float | int, str | None]:
    """The headline of a count printed in 万/亿: 「550万」 → 5500000, 「3.7万人」 → 37000 人 (exact in
    decimal: no 37000.000000000004). Money (万元, 亿元) keeps the unit it is printed in."""
    if not unit or unit[0] not in "万亿" or unit in ("万元", "亿元"):
        return value, unit
    from decimal import Decimal

    full = Decimal(str(value)) * (10_000 if unit[0] == "万" else 100_000_000)
    out = int(full) if full == full.to_integral_value() else float(full)
    rest = unit[1:].lstrip("余多")
    return out, rest or None


def _in_base(value: float, unit: str | None) -> tuple[float, str]:
    """3.7 万人 → 37000 人: values of several reports compared in one unit."""
    unit = unit or ""
    if len(unit) > 1 and unit[0] in "万亿":
        return value * (1e4 if unit[0] == "万" else 1e8), unit[1:]
    return value, unit


_PER = {"月": 12, "个月": 12, "季度": 4, "个季度": 4}


_COUNT_UNIT_WORD = re.compile(r"(条|篇|件|个|次|期|场|人)数")


def _find_side(text: str, among: list, words: str, reach: bool = False) -> dict | None:
    """The stated number the words name: by the number's own phrase (up to ，；：。) and label; where
    the words say an action (注销, 开设), only numbers whose phrase says it, their subject anywhere in
    the sentence. `reach` (the two sides of a ratio): a list item's subject may stand before its 「；」."""

    def phrase(m) -> str:
        a, _ = sentence_bounds(text, m["start"], m["end"])
        return fold(_clause(text, a, m["start"], m["end"], stops="，,；;：:。")) + fold(m["label"])

    def sentence(m) -> str:
        a, b = sentence_bounds(text, m["start"], m["end"])
        return fold(text[a:b])

    def lead(m) -> str:
        a, _ = sentence_bounds(text, m["start"], m["end"])
        prev = [x["end"] for x in among if a <= x["end"] <= m["start"]]
        return fold(text[max(prev, default=a) : m["end"]])

    def segment(m) -> str:
        """The sentence's part since its last 「；」 up to the number: 「直播 118 场，累计观看量 303855」
        — what a number of a list item counts is said in the item's first clause."""
        a, _ = sentence_bounds(text, m["start"], m["end"])
        head = [w for w in bigrams(words) if len(w) == 2]
        if not reach or not head or head[-1] not in set(bigrams(canon(phrase(m)))):
            return ""  # the number's own phrase must say what is counted (观看量), its subject may be before
        own = set(_MEDIUM.findall(lead(m)))
        if own and not own & set(_MEDIUM.findall(words)):
            return ""  # 「…公众号…发布信息1010篇，“科技河北”视频号发布信息230条」: 230 is the 视频号's
        cut = max(text.rfind(ch, a, m["start"]) for ch in "；;")
        return fold(text[max(a, cut + 1) : m["end"]])

    counted = _COUNT_UNIT_WORD.search(words) if reach else None  # 「发的条数」: in 条 (not the 780期 before it)
    if counted:
        same = [m for m in among if (m["unit"] or "").endswith(units_like(counted.group(1)))]
        among = same or among
        words = _COUNT_UNIT_WORD.sub("", words)
    words = canon(FILLER.sub("", words))
    words = _COMMON.sub("", words) if _pairs(_COMMON.sub("", words)) else words
    if not _pairs(words):
        return None
    acts = _ACTION.findall(words)
    if acts:  # 「注销的…与开设的…」: the number whose own phrase says the action, its subject in the sentence
        among = [m for m in among if any(x in phrase(m) for x in acts)]
        scored = [(max(overlap(words, phrase(m)), overlap(words, sentence(m))), m) for m in among]
    else:  # the phrase, or (a little less) what the sentence says since the number before it:
        # 「“科技河北”微信公众号坚持每日推送更新，全年发布信息1010篇」 — 公众号 is two clauses back
        scored = [
            (
                max(
                    overlap(words, phrase(m)),
                    0.9 * overlap(words, canon(lead(m))),
                    0.85 * overlap(words, canon(segment(m))),
                ),
                m,
            )
            for m in among
        ]
    scored = [x for x in scored if x[0] >= 0.5]
    # a dimension the side names (人工, 网络, 信函) is said in the number's own phrase: 「人工服务总量为120万人次，
    # 自动语音服务量为228万人次」 asked of 人工服务量 is 120, though 228's sentence segment holds 人工 too
    dims = [d for d in _DIMENSION.findall(words) if not _MEDIUM.fullmatch(d)]
    return max(scored, key=lambda x: (all(d in phrase(x[1]) for d in dims), x[0]))[1] if scored else None


_PARTS = re.compile(
    r"([\u4e00-\u9fff“”\"]{2,10}?)(?:和|与|及|加上?|、)([\u4e00-\u9fff“”\"]{2,10}?)(?:一共|合计|总共|加起来|共计|共)"
)


def _printed_together(ctx: Context, rid: str, text: str, a: str, b: str, units) -> Answer | None:
    """「信函和当面申请一共几件」 of a report printing 「信函及当面申请383件」: the two named things are one
    printed figure — that figure as stated, never a sum of numbers the text does not give."""
    flat = fold(text)
    unit = "|".join(map(re.escape, units)) if units else r"人次|件|条|个|次|篇|场|人|期"
    m = re.search(
        rf"{re.escape(a)}\s*(?:及|和|与|、|或|以及)\s*{re.escape(b)}\s*(?:共|合计|共计)?\s*(\d+)\s*({unit})", flat
    )
    if m is None:
        return None
    s0, s1 = sentence_bounds(text, m.start(1), m.end(2))
    cit = text_citation(rid, ctx.entry(rid), text, s0, s1)
    return _stated_answer(ctx, int(m.group(1)), m.group(2), text[m.start(1) : m.end(2)], text[s0:s1], cit)


def named_sum(ctx: Context) -> Answer | None:
    """「政务微信和微博一共发布了多少条信息」: the two numbers one report states of the things named, in
    the asked unit, added — each quoted."""
    one = ctx.one_report()
    if one is None:
        return None
    rid, report = one
    q = ctx.q
    for name in ctx.question.scope.agencies + ctx.scope.agencies:
        q = q.replace(name, "")
    m = _PARTS.search(re.sub(r"(?:19|20)\d{2}\s*年度?", "", fold(q)))
    mm = ctx.question.first(MetricMeasure)
    if m is None or not isinstance(mm, MetricMeasure):
        return None
    want = units_like(mm.unit) if mm.unit else None
    joint = _printed_together(ctx, rid, report.text, m.group(1), m.group(2), want)
    if joint is not None:
        return joint
    rows = [x for x in ctx.store.metrics(rid) if x["unit"] and (want is None or x["unit"].endswith(want))]
    a_, b_ = (_find_side(report.text, rows, w) for w in (m.group(1), m.group(2)))
    if a_ is None or b_ is None or a_ is b_:
        return None
    sides = (a_, b_)
    if a_["unit"] != b_["unit"]:
        return None
    total = a_["value"] + b_["value"]
    cits = [
        text_citation(rid, ctx.entry(rid), report.text, *sentence_bounds(report.text, x["start"], x["end"]))
        for x in sides
    ]
    return ctx.answer(
        f"合计{fmt(total)}{a_['unit']}（{joined(a_['quote'])} + {joined(b_['quote'])}）",
        "metric",
        value=total,
        unit=a_["unit"],
        citations=cits,
    )


def _sides(q: str) -> tuple[str, str | None, str] | None:
    """The two quantities of a derived question and how they combine: (part, base, kind) with kind
    share (%), ratio or per; base None = the total the part is said within (「…1640篇，其中原创294篇」)."""
    q = re.split(r"[？?]", fold(q))[0]
    m = re.search(r"(.+?)(?:与|和|同|跟)(.+?)(?:之比|的比值|的比例是|比值|的比(?=是|为|多少|[?？]|$))", q)
    if m:  # 「短视频和直播观看量比值」: the measure written once is both sides' (短视频观看量)
        part, base = m.group(1), m.group(2)
        shared = re.search(r"[\u4e00-\u9fff]{1,2}(?:量|数)$", base)
        if shared and not re.search(r"(?:量|数)$", part):
            part += shared.group()
        return part, base, "ratio"
    m = re.search(r"(.+?)(?:大?约?(?:是|为)|相当于)(.+?)的(?:几|多少)倍", q)  # (「约为」: about)
    if m:  # 「文章总数是原创的几倍」: the first named over the second
        return m.group(1), m.group(2), "ratio"
    m = re.search(r"平均每(?:个)?(月|季度)(.+?)(?:是|为|有)?(?:多少|几)(.*)", q)
    if m:  # 「平均每个月主动公开多少条信息」: the year's figure over its months
        return m.group(2) + m.group(3), m.group(1), "per"
    # (「平均每个月多少条」: 个 there opens a period, never the count of 个 the text states — 1946条 ÷ 11个栏目 was
    # answered so; the year's figure over its months is two_figures')
    m = re.search(
        r"(.*?)(?:平均每(期|篇|场|次|个(?![月季周星礼工天日])|条|件)[\u4e00-\u9fff]{0,4}?(?:多少|几)|"
        r"每(期|篇|场|次|个(?![月季周星礼工天日])|条|件)平均(?:的)?(?:[\u4e00-\u9fff]{0,4}?(?:多少|几))?)"
        r"(条|篇|件|个|次|人次|人|场)数?",
        q,
    )
    if m and (m.group(2) or m.group(3)) != m.group(4):  # 「微信平均每期发几条」: its 条 over its 期
        return m.group(1) + m.group(4) + "数", m.group(1) + (m.group(2) or m.group(3)) + "数", "per"
    m = re.search(r"平均每(?:个|条|件|篇|位|家)?([^的，,]{1,6})的([\u4e00-\u9fff]{2,8}?)(?:是|为|有)?(?:多少|几)", q)
    if m:
        return m.group(2), m.group(1), "per"
    m = re.search(r"(.+?)占(?!比)(.+?)的?(?:比例|比重|百分比|占比|多少|几)", q)
    if m and not re.fullmatch(r"了?(?:多少|几成?|百分之几|多大)?的?", m.group(2)):
        return m.group(1), m.group(2), "share"
    m = re.search(r"([\u4e00-\u9fff]{2,4}?)率(?:是|为)?(?:多少|几|多高)?[?？]?$", q)
    if m and not re.search(r"办结|答复|办理|完成|回复|公开|纠错|纠正|增长|覆盖|知晓|满意|准确|及时", m.group(1)):
        return m.group(1), None, "share"  # 「原创率」: the part over the total it is said within
    m = re.search(r"(.+?)(?:所|的)?占了?(?:多少|几成|百分之几|多大)", q)
    if m:  # 「公众号文章里原创的占多少比例」: the part after 里/中, its whole before
        inner = re.search(r"(.+?)(?:当中|之中|中|里)(.+)", m.group(1))
        return (inner.group(2), inner.group(1), "share") if inner else (m.group(1), None, "share")
    m = re.search(r"(.+?)(?:的)?(?:占比|比例|比重)", q)
    if m:
        whole = re.sub(r"(?:所|的)?占$", "", m.group(1))
        inner = re.search(r"(.+?)(?:当中|之中|中|里)(.+)", whole)
        return (inner.group(2), inner.group(1), "share") if inner else (whole, None, "share")
    return None


_WRAPPED = re.compile(r"\d[ \t]*\n\s*$|\d[ \t]+$")


def cut_by_wrap(text: str, m) -> bool:
    """Is the metric's number the tail of a number cut by a line wrap (「政策文件2\n9条」 read as 9)? No figure to
    compute with."""
    digit = re.search(r"\d", text[m["start"] : m["end"]])
    at = m["start"] + digit.start() if digit else m["start"]
    return bool(_WRAPPED.search(text[max(0, at - 4) : at]))


def _listed_beside(text: str, part, m, words: str) -> bool:
    """Is `m` another item of the list the part is in (after the 「其中」 that opens it, in the part's sentence) whose
    own phrase does not say the whole's words (「收到申请」 is not 「当面申请1件」)?"""
    a, b = sentence_bounds(text, part["start"], part["end"])
    if not a <= m["start"] < b or m is part:
        return False
    opens = text.find("其中", a, max(part["end"], m["end"]))
    if opens < 0 or m["end"] <= opens:
        return False
    said = re.sub(r"[^\u4e00-\u9fff]", "", words)
    return not (said and set(said) <= set(m["quote"] or ""))


def derived(ctx: Context) -> Answer | None:
    """A share, ratio or average of two numbers one report states (「公众号原创文章占比」「注销与开设之比」
    「平均每条短视频的观看量」): each side found by its words in a number's own phrase, the base of a bare
    share being the total the part is said within; the arithmetic shown with both quotes."""
    one = ctx.one_report()
    if one is None or ctx.question.operation not in ("share", "ratio", "value"):
        return None
    rid, report = one
    q = ctx.q
    for name in ctx.question.scope.agencies + ctx.scope.agencies:
        q = q.replace(name, "")
    sides = _sides(normalise_years(q))
    if sides is None:
        return None
    part_w, base_w, kind = sides
    if re.search(r"(?:19|20)\d{2}\s*年度?", part_w) and not (base_w and re.search(r"(?:19|20)\d{2}", base_w)):
        part_w = re.sub(r"^.*(?:19|20)\d{2}\s*年度?", "", part_w)  # the year read is the scope, not the side
    text = report.text
    rows = [m for m in ctx.store.metrics(rid) if m["unit"] != "%"]

    def find(words: str, among: list) -> dict | None:
        return _find_side(text, among, words, reach=True)

    if kind == "share" and base_w:  # 「占全部公布信息的比例」: 全部/所有 says the whole, it names nothing
        whole = re.sub(r"^(?:全部|所有|总的?)|的?(?:总数|总量|总和|合计)$", "", base_w)
        base_w = whole if _pairs(whole) else base_w
    per = _PER.get(base_w or "") if kind == "per" else None
    part = find(part_w, rows)
    if part is None or cut_by_wrap(text, part):
        return None
    a, b = sentence_bounds(text, part["start"], part["end"])
    if per:
        base_v, base_label, base = float(per), f"{base_w}数{per}", None
    elif base_w:
        near = [m for m in rows if a <= m["start"] < b and m is not part]
        others = [m for m in rows if m is not part]
        base = None
        # the part's sentence first, then the whole text (「…观看量 1924252 次；直播 118 场，累计观看量 303855
        # 次」); in each, a number in the part's unit first (「微信…的条数是微博的几倍」: 微博's 条, not its 期)
        counted = _COUNT_UNIT_WORD.search(base_w)
        for pool in (near, others):
            if counted:  # 「每期」: the base is a count of 期, never a number of another unit
                pool = [m for m in pool if (m["unit"] or "").endswith(units_like(counted.group(1)))]
            if kind == "ratio":  # 「人工服务量与自动语音服务量之比」: 万人次 over 万人次, never over 小时
                own = _in_base(1, part["unit"])[1]
                pool = [
                    m
                    for m in pool
                    if not own
                    or (u := _in_base(1, m["unit"])[1]) in units_like(own)
                    or own in units_like(u)  # (篇 ≈ 条 both ways)
                ]
            if (
                kind == "share"
            ):  # another item of the part's own list is never its whole (「网络申请1件 ÷ 其中当面申请1件」)
                pool = [m for m in pool if not _listed_beside(text, part, m, base_w)]
            alike = [m for m in pool if m["unit"] == part["unit"]]
            base = (find(base_w, alike) if alike else None) or (find(base_w, pool) if pool else None)
            if base is not None:
                break
        if base is None:
            return None
        base_v, base_label = base["value"], base["quote"]
    else:  # the total said before the part in its sentence, in the same unit
        before = [m for m in rows if a <= m["start"] < part["start"] and m["unit"] == part["unit"]]
        # the total whose 「其中」 opens the list the part is in (「共公布…2599条，(其中…类信息68条，…983条」),
        # not the list item just before the part (a claim may start at 其中)
        before = [m for m in before if re.search(r"其中", text[m["end"] : part["end"]])]
        if not before:
            return None
        base = next(
            (m for m in reversed(before) if re.search(r"其中", text[m["end"] : part["start"]][:12])), before[-1]
        )
        base_v, base_label = base["value"], base["quote"]
    if not base_v or base is not None and cut_by_wrap(text, base):
        return None
    v = part["value"] / base_v
    if kind == "share" and v > 1:  # a part larger than its whole: the sides were not a part and its whole
        return None
    if kind == "share":
        value, unit, shown = round(100 * v, 2), "%", f"{100 * v:.2f}%"
    elif kind == "per":
        value = round(v, 2)
        unit = f"{part['unit']}/{base_w if per else (base['unit'] if base else '')}"
        shown = f"{value:g}{unit}"
    else:
        value, unit = round(v, 2), ("倍" if "倍" in ctx.q else None)
        shown = f"{value:g}{unit or ''}"
    a2, b2 = sentence_bounds(text, base["start"], base["end"]) if base else (a, b)
    cits = [text_citation(rid, ctx.entry(rid), text, a, b)]
    if (a2, b2) != (a, b):
        cits.append(text_citation(rid, ctx.entry(rid), text, a2, b2))
    if _STATED_ASKED.search(ctx.q):  # 「…的比例报告里写了吗」: whether the report states it — it does not
        return ctx.answer(
            f"{NOT_MENTIONED}：报告没有写明这一比例（按正文可算得{shown}：{joined(part['quote'])} ÷ {joined(base_label)}）",
            "metric",
            citations=cits,
        )
    return ctx.answer(
        f"{shown}（{joined(part['quote'])} ÷ {joined(base_label)}，按正文计算）",
        "metric",
        value=value,
        unit=unit,
        citations=cits,
    )


# 「…的比例报告里写了吗」「报告有没有写明…」: whether the report states a figure, not the figure
_STATED_ASKED = re.compile(
    r"(?:报告|年报)(?:里|中|上)?(?:有没有|是否|有无)?(?:写|提|说|列)(?:明|到|出)?(?:了)?(?:吗|没有|没)"
)


SERIES_REPORTS = 12  # reports a narrative series reads one by one (an agency's years, a few agencies)


def series(ctx: Context) -> Answer | None:
    """A narrative number over several reports (「平潭历年主动公开的信息条数」): found in each report
    by the same rules as one, then ranked, traced, compared or added like a table measure."""
    if not 2 <= ctx.n <= SERIES_REPORTS:
        return None
    found: dict[str, tuple] = {}
    for rid in ctx.ids:
        best = best_metric(ctx, [rid])
        if best is not None:
            found[rid] = best
    subject = _series_subject(ctx) if len(found) < len(ctx.ids) else None
    if subject is not None:  # 「网站发文量」: a year the focus finds nothing in, read by the subject's words
        for rid in ctx.ids:
            if rid not in found and (pick := _subject_pick(ctx, rid, *subject)) is not None:
                found[rid] = pick
    found = _one_unit(ctx, found, subject)  # 「公众号发文量这几年」: 1261篇 and 1146篇, never 1261篇 and 3.7万人
    if len(found) < 2:
        return None
    from .samemetric import same_metric

    found = same_metric(ctx, found)  # the same label and unit in every report (asktable2)
    by_year = sorted(found, key=lambda r: ctx.entry(r).year or 0)
    units = {r: _full_unit(found[r][3].text, found[r][2]) or "" for r in found}
    unit = next(iter(units.values()))
    val = {r: found[r][2]["value"] for r in found}
    # 「22000余人」 one year, 「3.7万人」 the next: compared in one unit — and a count printed in 万 every year
    # is shown in full too (「3.7万人（即37000人）」), as one year's figure is
    if len(set(units.values())) > 1 or full_value(1, unit)[0] != 1:
        base = {r: _in_base(val[r], units[r]) for r in found}
        if len({u for _, u in base.values()}) == 1:
            val = {r: (int(v) if float(v).is_integer() else round(v, 2)) for r, (v, _) in base.items()}
            unit = next(iter(base.values()))[1]
        else:
            unit = ""  # (157条 and 132件: each shown in its own unit, the difference in none)
    op = ctx.question.operation
    if op in ("change", "trend") and len(found) == 2 and len({ctx.entry(r).agency_key for r in found}) == 2:
        op = "compare"  # 「A和B相比，X哪边多」: two bodies set side by side, not one body's change over its years

    def shown(r: str) -> str:
        m = found[r][2]
        said = _printed(m["quote"], m["value"], m["unit"])
        return said if val[r] == m["value"] else f"{said}（即{fmt(val[r])}{unit}）"

    listing = "；".join(
        f"{ctx.label(r)}{shown(r)}"
        for r in (sorted(found, key=lambda r: -val[r]) if op in ("rank", "compare") else by_year)
    )
    cits = [
        text_citation(r, ctx.entry(r), found[r][3].text, found[r][4], found[r][5], section=found[r][2]["section"])
        for r in by_year
    ]
    missing = [r for r in ctx.ids if r not in found]
    note = f"（{'、'.join(ctx.label(r) for r in missing)}的报告未提及）" if missing else ""
    if op == "rank":
        low = ctx.question.extreme == "min"
        top = (min if low else max)(found, key=lambda r: val[r])
        return ctx.answer(
            f"{ctx.label(top)}{'最少' if low else '最多'}，{fmt(val[top])}{unit}（{listing}）{note}",
            "metric",
            value=val[top],
            unit=unit or None,
            citations=cits,
        )
    if op == "ratio":  # 「2023年…是2021年的几倍」: the year named first over the year named second
        said = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", normalise_years(ctx.q))]  # (as said)
        named = [y for y in dict.fromkeys(said) if any(ctx.entry(r).year == y for r in found)]
        years = sorted(ctx.entry(r).year or 0 for r in found)
        relative = sorted(
            (m.start(), years[-1] if m.group() in ("今年", "本年", "当年") else years[0])
            for m in re.finditer(r"今年|本年|当年|去年|上一?年", ctx.q)
        )
        if len(named) < 2 and len(years) == 2 and len({y for _, y in relative}) == 2:
            named = [y for _, y in relative]  # 「今年…是去年的几倍」 asked in a report: its year over the one before
        elif len(named) < 2 and len(years) == 2 and {y for _, y in relative} == {years[0]}:
            named = [years[1], years[0]]  # 「关注人数是去年的几倍」: the report's own year, unsaid, leads
        other = {ctx.entry(r).year for r in found} - set(named)
        if len(named) == 1 and len(found) == 2 and len(other) == 1:
            named = [other.pop(), named[0]]  # 「主动公开条数是2021年的几倍」 read in 2022: the year not written leads
        if len(named) < 2 or named[0] == named[1]:
            return None
        top, low = (next(r for r in found if ctx.entry(r).year == y) for y in named[:2])
        if not val[low]:
            return None
        ratio = round(val[top] / val[low], 2)
        return ctx.answer(
            f"{ratio:g}倍（{ctx.label(top)}{shown(top)} ÷ {ctx.label(low)}{shown(low)}）{note}",
            "metric",
            value=ratio,
            unit="倍",
            citations=cits,
        )
    if op == "sum":
        s = sum(val.values())
        return ctx.answer(
            f"合计{fmt(s)}{unit}（{listing}）{note}", "metric", value=s, unit=unit or None, citations=cits
        )
    a, b = by_year[0], by_year[-1]
    if op == "compare" and len(found) == 2 and ctx.entry(a).agency_key != ctx.entry(b).agency_key:
        # 「A2024年…，B2023年呢，比一下」: two bodies side by side, not a change over the years — the larger
        # said more than the smaller (as a table measure is compared: corpus.compare)
        a, b = sorted(found, key=lambda r: val[r])
    diff = round(val[b] - val[a], 6)  # (3.7万 → 6.6万: 2.9, not 2.8999999999999995)
    grew = op != "compare" or ctx.entry(a).agency_key == ctx.entry(b).agency_key
    word = ("增加" if grew else "多") if diff > 0 else "减少" if diff < 0 else "持平"
    head = f"{listing}；{ctx.label(b)}比{ctx.label(a)}{word}" + (f"{fmt(abs(diff))}{unit}" if diff else "")
    return ctx.answer(
        head + note, "metric", value=diff if op in ("change", "trend") else None, unit=unit or None, citations=cits
    )


_ITEMS = {u: "items" for u in ("条", "件", "篇", "个", "项", "份")}  # units that all count items
_PUBLISHED = re.compile(r"发文|发布(?!会)|推送|编发|发稿|发了|刊发|刊登")  # (not 新闻发布会: an event)


def _one_unit(ctx: Context, found: dict, subject: tuple | None = None) -> dict:
    """One measure over the years is in one unit: where the reports' numbers are in several (篇 one
    year, 万人 the next), each unit is tried in every report and the one found in most wins (a count of
    what is published — 发文, 发布 — is in 篇/条/期; then the better-scored); a report without a number in
    it is said to be silent, never answered in another unit."""
    base = {r: _in_base(1, _full_unit(found[r][3].text, found[r][2]))[1] for r in found}
    kinds = {_ITEMS.get(u, u) for u in base.values()}
    mm = ctx.question.first(MetricMeasure)
    published = bool(_PUBLISHED.search(ctx.q)) and not (isinstance(mm, MetricMeasure) and mm.unit)
    if len(kinds) < 2 and not (published and found and kinds.isdisjoint({"items", "期"})):
        return found  # (one kind of count: 政策解读 157条 in one report, 132件 in another)
    import dataclasses

    tried = []
    for unit in dict.fromkeys([*base.values(), *(("篇",) if published else ())]):
        if not unit:
            continue
        if not isinstance(mm, MetricMeasure):
            break
        q2 = ctx.question.model_copy(update={"measures": [mm.model_copy(update={"unit": unit})]})
        ctx2 = dataclasses.replace(ctx, question=q2)
        got = {r: x for r in ctx.ids if (x := best_metric(ctx2, [r])) is not None}
        if subject is not None:  # (a year the focus finds nothing in, by the subject's words in this unit)
            got |= {r: x for r in ctx.ids if r not in got and (x := _subject_pick(ctx, r, subject[0], unit))}
        published = bool(_PUBLISHED.search(ctx.q)) and unit in ("篇", "条", "期")
        tried.append((len(got), published, sum(x[0] for x in got.values()), got))
    if not tried:
        return found
    return max(tried, key=lambda t: t[:3])[3]


WHICH_REPORTS = 30  # reports a narrative which-question reads one by one


def which_metric(ctx: Context) -> Answer | None:
    """「哪些报告的主动公开信息超过1万条」: the number each report of the scope states (by the rules of one
    report), kept when it passes the bound; the reports that state none are said."""
    from ..intent import AT_LEAST, EQUAL_LIMIT, LIMIT, RATE_LIMIT, UNDER_BOUND

    if not 1 <= ctx.n <= WHICH_REPORTS:
        return None
    lim = LIMIT.search(ctx.q) or RATE_LIMIT.search(ctx.q) or EQUAL_LIMIT.search(ctx.q)
    if lim is None:
        return None
    rate = lim.re.pattern == RATE_LIMIT.pattern  # (lazy patterns: compared by their text)
    bound = float(lim.group(1)) * (1e4 if not rate and lim.group(2) else 1)
    under = bool(UNDER_BOUND.search(lim.group()))
    at_least = bool(AT_LEAST.match(lim.group()))
    equal = lim.re.pattern == EQUAL_LIMIT.pattern  # 「…是7次」: that number itself
    hits, silent = [], 0
    for rid in ctx.ids:
        best = best_metric(ctx, [rid])
        if best is None:
            silent += 1
            continue
        m = best[2]
        v = m["value"] * (1e4 if (m["unit"] or "").startswith("万") else 1)  # both sides in the base unit
        if (v == bound) if equal else (v < bound) if under else (v >= bound) if at_least else (v > bound):
            hits.append((rid, best))
    note = f"（另有{silent}份报告未提及此项）" if silent else ""
    mm = ctx.question.first(MetricMeasure)
    what = lim.group().lstrip("的是为") if not rate else f"{getattr(mm, 'focus', '')}{lim.group()}"
    what = f"所述为{fmt(bound)}{lim.group(3)}" if equal else what
    if not hits:
        return ctx.answer(f"没有：所查{ctx.n}份报告中，没有报告的正文称{what}{note}。", "metric", value=0, unit="份")
    lines = [f"{ctx.name(r)}（{_printed(b[2]['quote'], b[2]['value'], b[2]['unit'])}）" for r, b in hits]
    cits = [text_citation(r, ctx.entry(r), b[3].text, b[4], b[5], section=b[2]["section"]) for r, b in hits]
    return ctx.answer(
        f"共{len(hits)}份报告{what}：" + "；".join(lines) + note, "metric", value=len(hits), unit="份", citations=cits
    )


def which_mention(ctx: Context) -> Answer | None:
    """「哪些报告提到了视频号」「哪些年报开通了政务微博」: the reports of the scope whose text names the thing
    (verbatim, whitespace aside; 「政务微博」 also as 「微博」), each with the first sentence naming it."""
    m = ctx.question.first(TextMeasure)
    term = re.sub(r"\s", "", fold(getattr(m, "focus", "") or ""))
    if len(term) < 2 or not 1 <= ctx.n <= WHICH_REPORTS * 2:
        return None
    forms = [term] + ([term[2:]] if re.match(r"政务|政府|官方", term) and len(term) >= 4 else [])
    hits = []
    for rid in ctx.ids:
        report = ctx.store.report(rid)
        if report is None:
            continue
        flat = fold(report.text)
        at = next((i for f in forms if (i := _find_squashed(flat, f)) >= 0), -1)
        if at >= 0:
            a, b = sentence_bounds(report.text, at, at + 1)
            hits.append((rid, report, a, b))
    if not hits:
        return ctx.answer(f"没有：所查{ctx.n}份报告的正文都没有提到「{term}」。", "metric", value=0, unit="份")
    shown = hits[:20]
    lines = [f"{ctx.name(r)}（「{joined(rep.text[a:b])[:80]}」）" for r, rep, a, b in shown]
    cits = [text_citation(r, ctx.entry(r), rep.text, a, b) for r, rep, a, b in shown]
    more = f"；其余{len(hits) - len(shown)}份从略" if len(hits) > len(shown) else ""
    return ctx.answer(
        f"共{len(hits)}份报告提到「{term}」：" + "；".join(lines) + more,
        "metric",
        value=len(hits),
        unit="份",
        citations=cits,
    )


def _find_squashed(text: str, term: str) -> int:
    """Where `term` occurs in `text` with any whitespace between its characters (the PDF's spaces, the
    Markdown's line breaks), or -1."""
    hit = re.search(r"\s*".join(map(re.escape, term)), text)
    return hit.start() if hit else -1


# ------------------------------------------------------------------ section 五
_CUT = re.compile(
    r"(?<=。)\s*\d{4}年[，,]\s*(?:我|本)[^。]{0,6}将|(?<=[。；])\s*(?:我们|我厅|我局|我委|我区|我市|我办)将|(?:\(|（)二(?:\)|）)|改进(?:措施|情况|方向)[:：]|下一步|针对(?:上述|存在|以上|这些)|为此|将采取|拟采取|"
    r"(?:^|\n)\s*\d[.、]?\s*改进"
)
_PROBLEM = re.compile(
    r"有待|不够|不足|不完全|不全面|不精准|不及时|不规范|欠缺|仍需|需进一步|需要|问题|不高|不强|不均衡|单一|较少|滞后|薄弱|参差|不到位|不充分|不够及时|差距"
)


# a sub-heading of the report's outline (「（五）监督保障。」「### （四）平台建设」), its title in group 1
_SUBHEADING = re.compile(
    r"(?:^|(?<=[\n。]))[#\s]*[（(][一二三四五六七八九十][）)]\s*([^\n。；;，,：:（(]{2,16}?)\s*(?:[。.]|\n|$)"
)
_NOT_A_TOPIC = re.compile(r"问题|不足|改进|措施|整改|下一步")
_INLINE_TOPIC = re.compile(r"(?:^|(?<=[。\n]))\s*([\u4e00-\u9fff]{2,8})方面[，,][^。]{4,}?。")
_GLUED_HEADING = re.compile(r"[（(][一二三四五六七八九十][）)]\s*([\u4e00-\u9fff]{4,}[^\n。]*)")


def _repeats(q: str, run: str) -> bool:
    """The question repeats 4 characters or more of a glued heading run's start (its title)."""
    common = re.match(r"(?:政府信息|政务)(?:公开)?", run)  # every report's words: not a topic's own
    past = common.end() if common else 0
    return any(run[i : i + 4] in q for i in range(0, max(0, len(run) - 3)) if i <= 4 and i + 4 >= past + 2)


def subheading_body(ctx: Context, rid: str, report) -> Answer | None:
    """「监督保障措施有哪些」「平台建设这块有什么举措」: the question names a sub-heading of the report's
    outline (not section 五's problems or measures): what the report says under it — its first
    sentences up to the next heading, verbatim — never section 五's improvements, never the bare title."""
    q = fold(_content(ctx, ctx.q))  # (not the agency's name: 「…管理委员会」 asks of no 信息管理)
    if re.search(
        r"问题|不足|短板|差距|困难|薄弱|毛病|解决|改进|整改|下一步|今后|明年|打算|准备|计划|针对", fold(ctx.q)
    ):
        return None
    text = report.text
    five = _section_five(report)  # (section 五's own sub-headings are its problems and measures)
    asked = set(bigrams(q))

    def share(title: str) -> float:
        title = re.sub(r"\s+", "", title)
        if _NOT_A_TOPIC.search(title):
            return 0.0
        words = {b for b in bigrams(re.sub(r"^政府(?:信息公开)?(?=.{2})", "", title)) if len(b) == 2}
        return len(words & asked) / len(words) if words else 0.0

    def outside(m) -> bool:
        return five is None or not five[0] - 40 <= m.start() < five[1]

    best = max(
        ((share(m.group(1)), m) for m in _SUBHEADING.finditer(text) if outside(m)), default=None, key=lambda x: x[0]
    )
    if best is None or best[0] < 0.6:
        # 「平台建设方面，持续做好…。」: a topic said inline, its sentence the answer; or a title glued to its
        # body (「（三）政府信息管理严格落实…」): the title is the run's start that the question repeats
        inline = max(
            ((share(m.group(1)), m) for m in _INLINE_TOPIC.finditer(text) if outside(m)),
            default=None,
            key=lambda x: x[0],
        )
        if inline is None or inline[0] < 0.6:
            glued = next(
                (m for m in _GLUED_HEADING.finditer(text) if outside(m) and _repeats(q, m.group(1)[:10])), None
            )
            if glued is None:
                return None
            end = text.find("。", glued.end())
            stop = end + 1 if end >= 0 else glued.end()
            cit = text_citation(rid, ctx.entry(rid), text, glued.start(), stop)
            return ctx.answer(joined(text[glued.start() : stop]).strip(), "retrieval", citations=[cit])
        m = inline[1]
        cit = text_citation(rid, ctx.entry(rid), text, m.start(), m.end())
        return ctx.answer(joined(text[m.start() : m.end()]).strip(), "retrieval", citations=[cit])
    m = best[1]
    at = m.end()
    tail = text[at : at + 600]
    spans = []
    for a, b in sentences(tail):
        piece = tail[a:b].strip()
        if not piece:
            continue
        if (
            _SECTION_TITLE.match(piece)
            or _SUBHEADING.match(piece)
            or re.match(r"^[#\s]*[一二三四五六七八九十]{1,2}、", piece)
        ):
            break
        spans.append((a, b))
        if len(spans) == 3:
            break
    if not spans:
        return None
    start = m.start() + len(m.group()) - len(m.group().lstrip("\n。#\t "))
    end = at + spans[-1][1]
    cit = text_citation(rid, ctx.entry(rid), text, start, end)
    return ctx.answer(joined(text[start:end]).strip(), "retrieval", citations=[cit])


def section_list(ctx: Context) -> Answer | None:
    """Section 五's problems (its sentences up to the improvement measures) or its measures (after)."""
    one = ctx.one_report()
    if one is not None:
        topic = subheading_body(ctx, *one)
        if topic is not None:
            return topic
    found = _section_five(one[1]) if one else None
    if one is None or found is None:
        return None
    rid, report = one
    part = ctx.question.first(SectionMeasure)
    body_start, end = found
    text = report.text[body_start:end]
    cut = _CUT.search(text, 20)
    which = getattr(part, "part", "problems")
    nth = _ORDINAL.search(ctx.q)
    if nth:  # 「第一个问题」「改进措施第二条」: that item of the part asked, by its place in the list
        lo, hi = (
            (body_start + cut.start(), end)
            if which == "improvements" and cut
            else (
                body_start,
                body_start + cut.start() if cut else end,
            )
        )
        items = [  # (a heading marked like an item, 「（二）改进措施」, is not one)
            x
            for x in _items(report.text, lo, hi) or _clauses(report.text, lo, hi)
            if not re.fullmatch(r".{0,8}(?:改进措施|改进情况|主要问题|存在的问题|问题和改进情况)[:：]?", x[2])
        ]
        k = int(nth.group(1)) if nth.group(1).isdigit() else int(cn_number(nth.group(1)) or 0)
        if k and 1 <= k <= len(items):
            return _listed(ctx, rid, report, [items[k - 1]])
    if which == "problems_and_measures":  # 「问题和改进措施」: both parts, each in its order
        stop = body_start + cut.start() if cut else end
        problems = [
            c
            for c in _clauses(report.text, body_start, stop)
            if not re.fullmatch(r".{0,6}(?:主要问题|存在的问题|问题和改进情况).{0,8}", c[2])
        ]
        measures = _clauses(report.text, stop, end)[:8] if cut else []
        return _listed(ctx, rid, report, problems + measures, limit=16) if problems or measures else None
    focused = _focused_item(ctx, report.text, body_start, end, cut, which)
    if focused is not None:
        return focused
    words = _focus_words(ctx, _TOPIC_MARK)
    rest = report.text[:body_start] + report.text[end:]
    if (
        words
        and not _FIVES_OWN.search(ctx.q)
        and len(words & set(bigrams(canon(text)))) < len(words) / 2
        and words <= set(bigrams(canon(rest)))
    ):
        # 「新媒体这块有啥举措」: a topic the report says whole elsewhere, never in section 五 — its generic plans are
        # not what was asked (the report's account of the topic is retrieval's). Words the report never says
        # (「自己说有什么不足」: how the asker refers to the report; a typo 「信息公凯」) are no topic: the list answers.
        return None
    if getattr(part, "part", "problems") == "improvements":
        if not cut:  # no heading between problems and measures: the sentences that say what will be done
            clauses = _clauses(report.text, body_start, end)
            picked = [c for c in clauses if _MEASURE_WORDS.search(c[2])]
            if not picked:
                return None
            return _listed(ctx, rid, report, picked)
        base = body_start + cut.start()
        # 「改进措施共有几条，分别是什么」: the marked items (一是…六是), every one, counted
        marked = _numbered(report.text, base, end) if re.search(r"几|多少", ctx.q) else []
        if marked:
            listed = _listed(ctx, rid, report, marked, limit=len(marked))
            listed.answer = f"共{len(marked)}条：\n{listed.answer}"
            return listed
        clauses = _clauses(report.text, base, end)
        picked = clauses[:8]
    else:
        stop = body_start + cut.start() if cut else end
        clauses = _clauses(report.text, body_start, stop)
        clauses = [c for c in clauses if not re.fullmatch(r".{0,6}(?:主要问题|存在的问题|问题和改进情况).{0,8}", c[2])]
        picked = clauses  # every sentence of the problems part, in order (a filter lost 「兼职经办」)
    if not picked:
        return None
    return _listed(ctx, rid, report, picked)


_ORDINAL = re.compile(r"第([一二三四五六七八九十\d]{1,2})(?:个|条|项|点)?(?:问题|不足|措施|改进|是|$|[？?])")
# an item of a numbered list: 「一是」, 「（二）」, 「3、」 (not a decimal, not a date)
_ITEM = re.compile(r"[一二三四五六七八九十]是|[（(][一二三四五六七八九十][)）]|(?<![\d.年月])\d{1,2}[、．](?!\d)")
# the asking words of a focused section question: what is left names the focus (「意见征集形式单一」)
_SECTION_ASKING = re.compile(
    r"针对|关于|就|对于|在|提出|提了|采取|打算|准备|要|将|怎么|怎样|如何|哪些|什么|改进|整改|措施|办法|举措|"
    r"方向|问题|不足|存在|方面|下一步|下一年|今后|明年|打算|计划|准备|做|上|的|了|有|是|"
    # (「面临哪些问题」「年报自述的问题」「报告查摆出的不足」: how the problems are said, no focus)
    r"面临|遇到|碰到|自述|自查|查摆|查找|指出|列出|列举|承认|坦承|反映|所述|所列|年报|报告|说|提到?|写|讲"
)


def _items(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The numbered items of text[start:end] (「一是…二是…」「（一）…（二）…」), each up to the next
    marker; none when the part is not numbered."""
    marks = list(_ITEM.finditer(text, start, end))
    out = []
    for i, mk in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else end
        piece = joined(text[mk.end() : stop]).strip("。；;，, \n")
        piece = re.sub(r"\s*(?:六|五)\s*[、.．].{0,12}$", "", piece)  # (a next heading run into the last item)
        if len(piece) >= 4:
            out.append((mk.start(), stop, piece))
    return out if len(out) >= 2 else []


_HEADING = re.compile(r".{0,8}(?:改进措施|改进情况|主要问题|存在的问题|问题和改进情况)[:：]?")


def _numbered(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The items of text[start:end] when they are numbered one to n without a gap (「一是…六是」; a heading
    marked like an item, 「（二）改进措施」, left out) — what can be counted; else none."""
    marks = list(_ITEM.finditer(text, start, end))
    out, n = [], 0
    for i, mk in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else end
        piece = re.sub(r"\s*(?:六|五)\s*[、.．].{0,12}$", "", joined(text[mk.end() : stop]).strip("。；;，, \n"))
        if _HEADING.fullmatch(piece):
            continue
        label = re.sub(r"[是（()）、．\s]", "", mk.group())
        k = int(label) if label.isdigit() else int(cn_number(label) or 0)
        if k != n + 1 or len(piece) < 4:
            return []
        n = k
        out.append((mk.start(), stop, piece))
    return out if len(out) >= 2 else []


def _focus_words(ctx: Context, marks: re.Pattern | None = None) -> set[str]:
    """The bigrams a section question names beside its scope and asking words (「政策解读单一」); `marks`: more
    words that name nothing (a topic's marker, 「这块」)."""
    q = marks.sub(" ", ctx.q) if marks else ctx.q
    for name in ctx.question.scope.agencies + ctx.scope.agencies:
        q = q.replace(name, "")
    rest = _SECTION_ASKING.sub(" ", _COMMON.sub(" ", _content(ctx, normalise_years(q))))
    return {b for b in bigrams(canon(rest)) if len(b) == 2 and not b.isdigit()}


def section_in_series(ctx: Context) -> Answer | None:
    """「河北教育厅针对政策解读单一有什么改进措施」 with no year, the agency's several reports in scope: the
    report whose section 五 names the focus most (ties: the newest), or the newest when no focus is named
    — answered as that one report, its year said."""
    if not ctx.one_agency() or ctx.n > SERIES_REPORTS or ctx.question.scope.years:
        return None
    words = _focus_words(ctx)
    best: tuple | None = None
    for rid in ctx.ids:
        report = ctx.store.report(rid)
        found = _section_five(report) if report else None
        if report is None or found is None:
            continue
        score = len(words & set(bigrams(canon(report.text[found[0] : found[1]])))) if words else 0
        key = (score, ctx.entry(rid).year or 0)
        if best is None or key > best[0]:
            best = (key, rid, report)
    if best is None or words and best[0][0] == 0:
        return None
    one = dataclasses.replace(
        ctx,
        scope=dataclasses.replace(ctx.scope, ids=[best[1]], size=None, loader=None, corpus=False),
        _report=(best[1], best[2]),
    )
    ans = section_list(one)
    if ans is not None:
        ans.answer = f"{ctx.name(best[1])}：\n{ans.answer}"
    return ans


# section 五's own parts named (「平台建设方面有哪些改进措施」「…存在什么不足」): section 五 answers, whatever the topic
_FIVES_OWN = re.compile(r"问题|不足|短板|差距|改进|整改|下一步|明年|今后")
# 「新媒体这块有啥举措」: the topic's marker, no word of it
_TOPIC_MARK = re.compile(r"[这這](?:一)?[块塊]|[这這]部分|啥")


def _focused_item(ctx: Context, text: str, start: int, end: int, cut, part: str) -> Answer | None:
    """「针对意见征集形式单一提出了什么改进措施」「在加强业务培训方面提出了什么措施」: of the numbered
    items of the part asked (the measures after the cut, or the problems before it), the one(s) whose
    words the focus names — the question without its scope and asking words. None when the question
    names no focus, or no item stands out: the whole list answers."""
    words = _focus_words(ctx)
    if not words:
        return None
    lo, hi = (
        (start + cut.start(), end) if part == "improvements" and cut else (start, start + cut.start() if cut else end)
    )
    items = _items(text, lo, hi)
    if not items:
        return None
    scored = sorted(
        ((len(words & set(bigrams(canon(p)))) / len(words), (s, t, p)) for s, t, p in items), key=lambda x: -x[0]
    )
    best = scored[0][0]
    if best < 0.5:
        return None
    # the item that names the focus, and those that touch it (「人员队伍」: 队伍 建设 and 人员编制 兼职)
    picked = sorted((x[1] for x in scored if x[0] >= max(0.3, best / 3)), key=lambda x: x[0])  # (「员队」: a joint)
    if len(picked) == len(items):
        return None  # every item: the focus singles none out
    rid = ctx.ids[0]
    return _listed(ctx, rid, ctx.store.report(rid), picked)


_PROBLEMS_SAID = re.compile(
    r"(?:存在|仍有|还有|也有|仍存在)(?:一些|以下|一定的?)?(?:不足|问题|差距)|"
    r"(?:^|\n)\s*[（(]一[)）]\s*(?:存在的)?主要问题"
)
_NEXT_SECTION = re.compile(r"(?:^|\n|[。\s])\s*六\s*[、.．]")


# a heading line of the problems section in any outline: 「五、存在的主要问题及改进情况」 of the 2019 template,
# 「六、政府信息公开工作存在的主要问题和改进措施」 of the 2008 one, 「## 七、存在的不足及下一步打算」 …
# Its number may be 「第五部分」 or 「5.」, or lost (a browser's list numbered the headings of an HTML page): a line
# of the template's own title then (「存在的主要问题及改进情况」), never a sentence (no 。 or ：).
_PROBLEMS_HEADING = re.compile(
    r"(?m)^[ \t#*]*(?:"
    r"(?:[一二三四五六七八九十]{1,2}\s*[、.．]|第[一二三四五六七八九十\d]{1,2}部分[、.．:：\s]*|\d{1,2}\s*[、.．](?!\d))"
    r"[^\n。]{0,24}(?:问题|不足|改进|整改)[^\n。]{0,16}|"
    r"[^\n。：:]{0,12}(?:存在的?|主要)[^\n。：:]{0,6}(?:问题|不足)[^\n。：:]{0,4}(?:及|和|与|、)[^\n。：:]{0,10}"
    r")$"
)
# where such a section ends: the next numbered heading (「第六部分」), the template's next title written bare
# (「其他需要报告的事项」), an attached table (「附表：…统计表」, a Markdown row)
_SECTION_END = re.compile(
    r"(?m)^[ \t#*]*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|第[一二三四五六七八九十\d]{1,2}部分|附表|附件|\||"
    r"(?:(?:\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*)?其他需要报告的(?:事项|其他事项)\s*$)"
)
_ATTACHED = re.compile(r"(?m)^[ \t#*]*(?:附表|附件\s*\d?\s*[:：]|\|[^\n]*\|\s*$)")


def _problems_heading(text: str) -> tuple[int, int] | None:
    """The problems section found by its heading line in the text, whatever its number — for outlines
    the report's sections were not read from (a 2008-template report whose sections came from its
    attached table: 「## 六、…存在的主要问题和改进措施」)."""
    heads = list(_PROBLEMS_HEADING.finditer(text))
    if not heads:
        return None
    head = heads[-1]
    stop = _SECTION_END.search(text, head.end())
    end = stop.start() if stop else len(text)
    return (head.end(), end) if end - head.end() >= 8 else None


def _section_five(report) -> tuple[int, int] | None:
    """Section 五's body (problems and measures): its heading's span, or — where the headings were
    lost (a report whose tables were pictures runs 「四、…情况2020年，我厅…仍存在不足。主要是：…」) — the
    text from the sentence saying it has problems to section 六 or the end."""
    fives = [s for s in report.sections if s.number == 5]
    # a 五 whose heading names problems; a 五 of another outline (「五、政府信息管理」 in a report whose
    # problems stand under 「（一）主要问题」) only when the text says its problems nowhere else
    sec = next((s for s in fives if re.search(r"问题|不足|改进", s.heading)), None)
    if sec is not None:
        start = _after_heading(report.text, sec.span.start, sec.heading)
        attached = _ATTACHED.search(report.text, start, sec.span.end)  # (a table attached after it ends it)
        return start, attached.start() if attached else sec.span.end
    headed = _problems_heading(report.text)
    if headed is not None:
        return headed
    said = list(_PROBLEMS_SAID.finditer(report.text))
    if not said:
        return (
            (_after_heading(report.text, fives[0].span.start, fives[0].heading), fives[0].span.end) if fives else None
        )
    hit = said[-1]
    if hit.group().lstrip().startswith(("（", "(")):  # a sub-heading 「（一）主要问题」: the body follows it
        start = hit.end()
    else:
        start = max(report.text.rfind(ch, 0, hit.start()) for ch in "。\n") + 1
        year = list(re.finditer(r"\d{4}年[，,]", report.text[start : hit.start()]))
        start += year[-1].start() if year else 0  # (headings run into the sentence: it begins at its year)
    later = [x.span.start for x in report.sections if x.span.start > hit.end()]
    stop = _NEXT_SECTION.search(report.text, hit.end())
    return start, min(later) if later else stop.start() + 1 if stop else len(report.text)


def common_problems(ctx: Context) -> Answer | None:
    """「平潭2021年和2022年的报告都提到了哪个相同的问题」: the problems two reports of one agency share —
    each pair of sentences of their sections 五 that say the same thing, both quoted."""
    if ctx.n != 2 or not ctx.one_agency():
        return None
    a, b = sorted(ctx.ids, key=lambda r: ctx.entry(r).year or 0)
    parts = []
    for rid in (a, b):
        report = ctx.store.report(rid)
        found = _section_five(report) if report else None
        if report is None or found is None:
            return None
        start, end = found
        cut = _CUT.search(report.text[start:end], 20)
        stop = start + cut.start() if cut else end
        pieces = [(s, t, c) for s, t, c in _clauses(report.text, start, stop)]
        # a sentence listing several problems: each 、/，/；-separated part on its own
        parts.append(
            (
                rid,
                report,
                [
                    (s, t, c, re.sub(r"^.{0,6}?(?:存在|问题[:：])", "", p))
                    for s, t, c in pieces
                    for p in re.split(r"[，,；;、]|[一二三四五六]是", c)
                    if len(p) >= 4
                ],
            )
        )
    pairs = []
    for sa, ta, ca, pa in parts[0][2]:
        for sb, tb, cb, pb in parts[1][2]:
            score = max(overlap(pa, pb), overlap(pb, pa))
            if score >= 0.6 and _PROBLEM.search(pa + pb):
                pairs.append((score, (sa, ta, ca), (sb, tb, cb), pa, pb))
    if not pairs:
        return ctx.answer(f"两份报告所列问题没有相同的：{ctx.label(a)}与{ctx.label(b)}的问题各不相同。", "retrieval")
    pairs.sort(key=lambda x: -x[0])
    seen, lines, cits = set(), [], []
    for _, qa, qb, pa, _pb in pairs:
        if (qa[0], qb[0]) in seen:
            continue
        seen.add((qa[0], qb[0]))
        lines.append(f"「{pa.strip()}」（{ctx.label(a)}：「{qa[2]}」；{ctx.label(b)}：「{qb[2]}」）")
        for rid, report, (s, t, _) in ((a, parts[0][1], qa), (b, parts[1][1], qb)):
            cits.append(text_citation(rid, ctx.entry(rid), report.text, s, t, section=5))
        if len(lines) >= 3:
            break
    return ctx.answer("两年都提到的问题：" + "；".join(lines), "retrieval", citations=cits)


_MEASURE_WORDS = re.compile(r"将|要|拟|计划|进一步|持续|继续|加强|加大|推进|完善|提升|强化")


def _listed(ctx: Context, rid: str, report, picked: list, limit: int = 8) -> Answer:
    e = ctx.entry(rid)
    lines = [f"{i}. {c[2]}" for i, c in enumerate(picked[:limit], 1)]
    cits = [
        Citation(report_id=rid, agency=e.agency, year=e.year, section=5, span=Span(start=s, end=t), quote=c)
        for s, t, c in picked[:limit]
    ]
    return ctx.answer("\n".join(lines), "retrieval", citations=cits)


def _after_heading(text: str, start: int, heading: str) -> int:
    """Where a section's body begins: past its heading, even when the heading is broken over
    lines (「五、存在的主要问题\n及改进情况」)."""
    want = re.sub(r"\s", "", heading)
    i, j = start, 0
    while i < len(text) and j < len(want):
        if text[i].isspace():
            i += 1
        elif text[i] == want[j]:
            i, j = i + 1, j + 1
        else:
            return start
    rest = re.match(r"\s*(?:及|和|与)?(?:改进|整改)(?:情况|措施|方向)?", text[i : i + 12])
    return i + rest.end() if rest else i


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Sentences of text[start:end] (ended by 。；! ? or a blank line; a line break inside joined),
    with a heading line dropped."""
    out = []
    a = start
    for m in re.finditer(
        r"[。；;！？]|\n\s*\n|\n(?=\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.]))", text[start:end]
    ):
        b = start + m.end()
        piece = joined(text[a:b]).strip("。；; \n")
        piece = re.sub(r"^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.]\s*)", "", piece)
        if len(piece) >= 6:
            out.append((a, b, piece))
        a = b
    if end - a > 6:
        piece = joined(text[a:end]).strip("。；; \n")
        if len(piece) >= 6:
            out.append((a, end, piece))
    # a heading (「（一）存在的主要问题」) glued to its first sentence by a single line break
    return [(s, t, re.sub(r"^.{0,16}(?:主要问题|存在的问题|不足)[:：]\s*(?=\S{6})", "", c)) for s, t, c in out]


# ------------------------------------------------------------------ narrative arithmetic
def narrative_sum(ctx: Context) -> Answer | None:
    """「11类信息条数加起来等于总数2599条吗？」: the parts listed after a stated total, summed."""
    if ctx.n != 1:
        return None
    if not ctx.question.asserted and not ctx.question.first(FindingMeasure) and ctx.question.operation == "sum":
        named = named_sum(ctx)
        if named is not None:
            return named
    rid = ctx.ids[0]
    metrics = ctx.store.metrics(rid)
    report = ctx.store.report(rid)
    if ctx.question.asserted:
        stated = ctx.question.asserted[0]
        m = re.search(r"(\d+(?:\.\d+)?)\s*(条|件|个|项)", ctx.q)
        unit = m.group(2) if m else None
        total = next((x for x in metrics if x["value"] == stated and (unit is None or x["unit"] == unit)), None)
    elif (
        report is not None
    ):  # no total stated: the one the text breaks down (「…156条，其中…」) nearest the question's words
        heads = [
            x
            for x in metrics
            if re.match(r"[^。；;，,]{0,16}?[，,：:\s]*[（(]?(?:其中|分别|包括)", report.text[x["end"] : x["end"] + 24])
            or _broken_down(report.text, x) is not None
        ]
        content = _content(ctx, ctx.q)

        def said(x) -> str:  # the total's words, and those of the sentence breaking it down (「从申请方式看」)
            after = _broken_down(report.text, x)
            return report.text[sentence_bounds(report.text, x["start"], x["end"])[0] : x["end"] + 40] + (
                report.text[after[0] : after[0] + 12] if after else ""
            )

        total = max(heads, key=lambda x: overlap(content, said(x)), default=None)
    else:
        total = None
    if total is None or report is None:
        return None
    a0 = sentence_bounds(report.text, total["start"], total["end"])[0]
    before = report.text[a0 : total["start"]]
    inside = before.count("（") + before.count("(") > before.count("）") + before.count(")")
    # a total inside brackets ends with them; else with its sentence (its parts may be bracketed further)
    own = re.match(r"[^。；;（(]{0,4}[（(]", report.text[total["end"] :])  # 「2599条，(其中…)」: its own list
    close = re.search(r"[)）。]" if inside else r"。", report.text[total["end"] + (own.end() if own else 0) :])
    stop = total["end"] + (own.end() if own else 0) + (close.start() if close else 400)
    depth, nested = 0, []  # 「预决算公开197条（政府预决算32条、部门预决算165条）」: 32 and 165 are 197's parts
    for i in range(total["end"], stop):
        ch = report.text[i]
        depth += 1 if ch in "（(" else -1 if ch in "）)" and depth else 0
        nested.append(depth > (1 if own else 0))
    parts = [
        x
        for x in metrics
        if total["end"] <= x["start"] < stop and x["unit"] == total["unit"] and not nested[x["start"] - total["end"]]
    ]
    after = _broken_down(report.text, total) if not ctx.question.asserted else None
    if after is not None and not own:  # 「…申请共19件…。从申请方式看，网络申请15件，…信函申请4件…。」
        lo, stop = after
        parts = [x for x in metrics if lo <= x["start"] < stop and x["unit"] == total["unit"]]
        nested = [False] * (stop - total["end"])

    # the list ends with its clause: 「…阳光理政81件，长城网17件；向“惠企利民直通车”推送…66件」 — what
    # follows a 「；」 outside brackets is another count, unless it is named like the parts before it
    # (「…促进就业类信息12条；突发公共事件应急预案类信息47条；…」: a list split by 「；」 itself)
    def label_words(x) -> set[str]:
        words = re.sub(r"[\s\d.,，、；;（）()“”\"]", "", fold(x["label"] or x["quote"]))
        return {b for b in bigrams(words) if len(b) == 2}

    for i, ch in enumerate(report.text[total["end"] : stop]):
        if ch not in "；;" or nested[i]:
            continue
        semi = total["end"] + i
        head, rest = [x for x in parts if x["start"] < semi], [x for x in parts if x["start"] > semi]
        if len(head) >= 2 and rest and not label_words(rest[0]) & set().union(*(label_words(x) for x in head)):
            parts, stop = head, semi
            break
    if len(parts) < 2:
        return None
    s = sum(x["value"] for x in parts)
    t = total["value"]
    listing = "+".join(fmt(x["value"]) for x in parts)
    u = total["unit"]
    if s == t:
        text = f"等于（一致）：所列分项{listing}={fmt(s)}{u}，与正文所印总数{fmt(t)}{u}一致。"
    else:
        text = (
            f"不等于（不一致）：正文所印总数{fmt(t)}{u}，所列分项{listing}={fmt(s)}{u}，"
            f"比总数{'少' if s < t else '多'}{fmt(abs(t - s))}{u}。"
        )
    cit = text_citation(rid, ctx.entry(rid), report.text, total["start"], stop, section=total["section"])
    return ctx.answer(text, "check", value=s, unit=u, citations=[cit])


# a sentence that breaks down the count before it: 「从申请方式看，」「按申请渠道分：」
_BREAKDOWN = re.compile(r"\s*(?:从|按|就|以)[^，,。；;]{1,10}?(?:看|来看|分|划分|统计)[，,：:]")


def _broken_down(text: str, total) -> tuple[int, int] | None:
    """The span of the sentence right after `total`'s own that breaks a count down (「从申请方式看，…」),
    or None."""
    end = text.find("。", total["end"])
    if end < 0 or not _BREAKDOWN.match(text, end + 1):
        return None
    stop = text.find("。", end + 1)
    return end + 1, stop if stop > 0 else len(text)


# ------------------------------------------------------------------ retrieval
def _ranked_chunks(ctx: Context) -> list:
    index = ctx.index()
    scope = None if ctx.scope.corpus and not ctx.scope.sql_years and not ctx.scope.excluded else ctx.ids
    if index is None:  # noqa: SIM108 (the type: ignore below is for one branch only)
        hits = ctx.store.bm25(ctx.q, scope, k=6)
    else:
        hits = index.search(ctx.q, scope, k=6)  # type: ignore[attr-defined]
        ctx.unembedded = ctx.store.unindexed_count(scope)
    rows = ctx.store.chunks([cid for cid, _ in hits])
    return [rows[cid] for cid, _ in hits if cid in rows]


# the words of a question that asks something other than a figure (or asks it in words): not a bare label
# (a 「？」 at its end asks nothing more: 「省人社厅2020新闻发布会？」 is the label)
_NOT_A_LABEL = re.compile(
    r"多少|几|什么|啥|哪|谁|如何|怎|吗|么|呢|是否|有没有|为什么|为何|[？?](?=.)|情况|问题|不足|措施|做法|举措|经验|成效|"
    r"亮点|特色|介绍|内容|说明|规定|原因|依据|渠道|方式|形式|途径|流程|要求|目标|计划|打算"
)
_LABEL_END = re.compile(r"(?:的)?(?:总数|总量|数量|数目|条数|件数|次数|篇数|个数|数)$")


def _label_metric(ctx: Context) -> Answer | None:
    """「河北科技厅19年新闻发布会」「平潭2020公布政府信息总数」: a search-box label with no asking word,
    asked of one report — the figure the text states for those words, as the headline, where one
    number answers them (the stated quantities' own tests: its unit, its clause's words); else the
    passage as before."""
    if ctx.llm is not None or ctx.question.operation != "describe" or ctx.one_report() is None:
        return None
    q = normalise_years(fold(ctx.q))
    if _NOT_A_LABEL.search(q):
        return None
    label = _LABEL_END.sub("", re.sub(r"(?:19|20)\d{2}\s*年?度?|\s", "", _content(ctx, q)))
    if len(re.findall(r"[\u4e00-\u9fff]", label)) < 3:
        return None
    asked = ctx.question.model_copy(update={"operation": "value", "measures": [MetricMeasure(focus=label[-6:])]})
    return metric(dataclasses.replace(ctx, question=asked))


# a topic of section 一 asked in users' words, what its sentences say: (the question's words, a sentence's words).
# 「新媒体这块是怎么说的」「公众号这些渠道怎么写的」 ask of the disclosure platforms and channels — every kind of them
# (a report's 「通过政务微信公众号发布信息636条」 is its 新媒体 said, its 「（四）平台建设」 the channels' own part)
_MEDIA_WORDS = r"新媒体|公众号|微博|微信|客户端|APP|App|app|政务号|抖音|视频号|头条号|小程序"
_CHANNEL_WORDS = _MEDIA_WORDS + r"|网站|门户|公开栏|公示栏"
# The template's other parts of the work, by their everyday words: a sentence names the part's title or a word asked
# (「培训考核这块」: the sentences of its 培训 and its 考核, and the 监督保障 part's own)
# (new media alone asked — 「新媒体这块」 — its kinds and the platforms' part, not every sentence of the website)
_TOPICS = (
    (
        re.compile(r"^(?!.*(?:网站|门户|公开栏|公示栏|渠道|平台(?!上)))(?=.*(?:" + _MEDIA_WORDS + "))"),
        _MEDIA_WORDS + r"|平台建设",
        False,
    ),
    (re.compile(_CHANNEL_WORDS + r"|渠道|平台(?!上)"), _CHANNEL_WORDS + r"|平台建设|公开平台|公开渠道", False),
    (re.compile(r"监督保障|监督|培训|考核|考评|评议|问责|责任追究"), r"监督保障", True),
    (re.compile(r"依申请|申请公开|公开申请"), r"依申请|申请公开|公开申请", False),
    (re.compile(r"主动公开"), r"主动公开", False),
    (re.compile(r"政策解读|解读"), r"解读", False),
    (re.compile(r"建议提案|提案|人大代表建议|代表建议"), r"建议|提案", False),
    (re.compile(r"会议开放|开放会议|列席|旁听"), r"会议开放|列席|旁听", False),
)
# the report's words asked for, not a figure: 「怎么说的」「写了什么」「提了啥」「有什么介绍」「怎么讲」
_SAID_ASKED = re.compile(
    r"怎么(?:说|写|讲|介绍|描述|表述|提)|(?:说|写|讲|提|谈|提到|写到|讲到|谈到)了?(?:些)?(?:什么|啥|哪些)|"
    r"有(?:什么|哪些|啥)(?:介绍|内容|说法|表述|描述)|(?:是)?如何(?:表述|描述|介绍)"
)
_FIGURE_ASKED = re.compile(r"多少|几(?:个|条|家|次|件|篇|期)|数量|数目|总数|比例|占比|排名|吗\s*[？?]?\s*$|是否|有没有")


def topic_passage(ctx: Context) -> Answer | None:
    """「这份年报里，新媒体这块是怎么说的」「公开平台和渠道方面说了什么」: a topic of the work asked in everyday
    words, what the report says of it — the sentences of its account of the work (section 一, never the tables or
    section 五's problems) that name the topic, in the report's order, verbatim and cited; none when no sentence
    does (retrieval then answers or refuses as before)."""
    one = ctx.one_report()
    if ctx.question.operation != "describe" or ctx.llm is not None or one is None:
        return None
    whole = fold(ctx.q)
    if not _SAID_ASKED.search(whole) or _FIGURE_ASKED.search(whole) or _PROBLEMS_OR_PLANS.search(whole):
        return None
    q = fold(_content(ctx, ctx.q))  # (not the agency's name: 「…网站管理中心」 asks of no 网站)
    found = next(((asked, said, own) for asked, said, own in _TOPICS if asked.search(q)), None)
    if found is None:
        return None
    asked, said, own = found
    words = sorted({m.group() for m in asked.finditer(q)}, key=len, reverse=True) if own else []
    topic = re.compile("|".join([said, *map(re.escape, words)]))
    rid, report = one
    text = report.text
    parts = [(x.span.start, x.span.end) for x in report.sections if x.number == 1]
    picked = []
    for lo, hi in parts:
        for a, b in sentences(text[lo:hi]):
            piece = text[lo + a : lo + b]
            if topic.search(piece) and not is_instruction(piece):
                start = lo + a + len(piece) - len(piece.lstrip())
                picked.append((start, lo + b))
    if not picked:
        return None
    picked = picked[:5]
    cits = [text_citation(rid, ctx.entry(rid), text, a, b) for a, b in picked]
    return ctx.answer("".join(joined(text[a:b]).strip() for a, b in picked), "retrieval", citations=cits)


# the applicants asked of (「申请人 职业」「提出申请的人 性别」): a person who applied, not a row of applications
# (「申请公开的都是哪里人」: those who applied, said by what they did and then 人, zwfix)
_APPLICANT = re.compile(r"申请人|申请者|申请的人|提出申请|来申请|申请(?:公开)?(?:信息)?的(?=[^，,。？?]{0,6}人)")
# what a person is (「年龄」「女性」「职业」「户籍」): no table of the template breaks its counts down so
_APPLICANT_TRAIT = re.compile(rf"{PERSON_DIMENSION}|职业|工作单位|户口|居住地|住址|哪里人|哪儿的人")


def applicant_trait(ctx: Context) -> Answer | None:
    """「申请人 年龄」「申请人职业」「女性 申请人 多少」: an attribute of the applicants the template has no place for
    (表三 counts them by kind only: 自然人, 法人或其他组织) — a passage that names the attribute answers; else
    「报告未提及」, said why, never 表三's 其他处理 row quoted for the word 申请人."""
    q = fold(ctx.q)
    traits = _APPLICANT_TRAIT.findall(q)
    if not traits or not _APPLICANT.search(q):
        return None
    found = extractive(ctx, _ranked_chunks(ctx))
    said = found.answer + "".join(c.quote for c in found.citations)
    if found.citations and any(t in fold(said) for t in traits):
        return found
    return ctx.answer(
        f"{NOT_MENTIONED}：年报的统计表只按申请人类型（自然人、法人或其他组织）计数，没有申请人的年龄、性别、职业、户籍等信息。",
        "none",
    )


def retrieve(ctx: Context) -> Answer:
    if not ctx.n:
        return ctx.answer(NOT_MENTIONED, "none")
    trait = applicant_trait(ctx)
    if trait is not None:
        return trait
    said = topic_passage(ctx)
    if said is not None:
        return said
    if _OTHER_MATTERS.search(ctx.q):
        matters = other_matters(ctx)
        if matters is not None:
            return matters
    # 「…申请中，网络申请有多少件」: a count asked after a clause that frames it (rules only: a model reads
    # the passages itself)
    stated = subject_metric(ctx) if ctx.llm is None else None
    if stated is not None:
        return stated
    labelled = _label_metric(ctx)
    if labelled is not None:
        return labelled
    mm = ctx.question.first(MetricMeasure)
    counted = isinstance(mm, MetricMeasure) and (  # 「当面申请数」「粉丝数」: a count asked by its label
        mm.unit or re.search(r"(?:数量|总数|数目|总量|数)[？?]?$", re.split(r"[，,；;]", fold(ctx.q))[0])
    )
    if counted and ctx.question.operation == "value" and ctx.llm is None:
        # a count asked, and no number of the report answers it (value.metric): a row of a statistics
        # table of the old template (「回应公众关注热点或重大舆情数|次|21」) if one is the thing asked, else
        # not a passage with some other number in it, but 「报告未提及」 — the nearest passage as 相关内容
        return stat_row(ctx) or _joined_only(ctx) or refuse(ctx)
    ranked = _ranked_chunks(ctx)
    if ctx.llm is not None:
        from ..llm_answer import llm_answer

        ans = llm_answer(ctx.llm, ctx.q, ranked, ctx.store)
        if ans is not None:
            return answerable(ctx, ans)
    found = extractive(ctx, ranked)
    if found.citations and _CHROME.search(found.citations[0].quote) and not _CHROME.search(ctx.q):
        # 「发布会有多少」 (「那发布会呢」 read so): a page's chrome (「发布时间：…浏览次数：…」) shares a word with it —
        # no answer: refused (as `refuse` would, without ranking the same passages again to find the same chrome)
        return ctx.answer(NOT_MENTIONED, "none")
    return found


_OTHER_MATTERS = re.compile(r"其他(?:需要|需)?(?:报告|说明)?(?:的)?事项|第六部分|六[、.．]\s*其他")
_PAGE_TAIL = re.compile(r"【[^】]{1,8}】|^\s*(?:打印本页|关闭窗口|分享到)", re.M)


def other_matters(ctx: Context) -> Answer | None:
    """「其他事项有啥要说的」: section 六 (其他需要报告的事项) as the report writes it — its sentences quoted,
    up to a table attached after it or the page's own links (【打印本页】); never a sentence elsewhere that
    shares a word with the question."""
    one = ctx.one_report()
    if one is None:
        return None
    rid, report = one
    sec = next((x for x in report.sections if x.number == 6 and "其他" in x.heading), None)
    if sec is None:
        return None
    # (the heading's own words, not its line: 「六、其他需要报告的事项 本年度未收取…」 runs on after them)
    named = re.compile(r"其他需要?报告的?事项[）)]?[:：]?|其他[^\n。]{0,8}事项[:：]?").search(
        report.text, sec.span.start
    )
    start = (
        named.end()
        if named and named.start() < sec.span.end
        else _after_heading(report.text, sec.span.start, sec.heading)
    )
    stop = sec.span.end
    for cut in (_ATTACHED.search(report.text, start, stop), _PAGE_TAIL.search(report.text, start, stop)):
        stop = cut.start() if cut else stop
    said = [
        (a, b)
        for a, b in sentences(report.text[start:stop])
        if re.search(r"[\u4e00-\u9fff]", report.text[start + a : start + b])
    ]
    if not said:
        return None
    said = said[:4]
    a, b = start + said[0][0], start + said[-1][1]
    cit = text_citation(rid, ctx.entry(rid), report.text, a, b, section=6)
    who = f"{ctx.name(rid)}：" if ctx.n > 1 else ""
    return ctx.answer(f"{who}其他需要报告的事项：「{joined(report.text[a:b])}」", "retrieval", citations=[cit])


# a row of the old template's 统计表 as text: 「（一）收到申请数|件|57」「1.当面申请数 | 件 | 9」
_STAT_ROW = re.compile(
    r"(?m)^[ \t|]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．]\s*)?(?:其中[:：]?\s*)?"
    r"([\u4e00-\u9fff“”、]{2,30}?)\s*\|\s*(条|件|次|个|篇|人次|人|场|期|万元|元)\s*\|\s*(\d+(?:\.\d+)?)\s*\|?\s*$"
)


_GOVERNMENT_INFO = re.compile(r"政府信息|政务信息")
_STAT_QUOTE = re.compile(r"[|\t]")  # a metric quoted from a statistics row: its cells parted by pipes or tabs


def _row_namer(ctx: Context) -> Callable[[str], float]:
    """How much of a statistics row's label (「主动公开政府信息数」) the question says (0 when it says none of its own
    words): a row answers only the row it names — 「结转下年度继续办理的申请」 is not 「申请办结数」. The question's
    words are read once, the labels of every row weighed against them."""
    # 「主动公开了多少条信息」 names the row 「主动公开政府信息数」: 政府信息 is the only 信息 a report counts
    asked = _GOVERNMENT_INFO.sub("信息", canon(re.sub(r"\s+", "", fold(_content(ctx, ctx.q)))))
    informative = _informative(ctx)

    def named(label: str) -> float:
        name = _GOVERNMENT_INFO.sub("信息", canon(_LABEL_END.sub("", label)))
        return overlap(name, asked) if informative & set(bigrams(name)) else 0.0

    return named


def stat_row(ctx: Context) -> Answer | None:
    """「回应关切了几次」「当面提出的申请有几件」 of a report whose prose is silent and whose 统计表 (the old
    template's 指标|单位|统计数 rows) states it: the row whose label the question says — most of the
    label's words, in the asked unit — quoted as printed."""
    one = ctx.one_report()
    mm = ctx.question.first(MetricMeasure)
    if one is None or not isinstance(mm, MetricMeasure):
        return None
    rid, report = one
    best = None
    named = _row_namer(ctx)
    for m in _STAT_ROW.finditer(report.text):
        if mm.unit and m.group(2) not in units_like(mm.unit):
            continue
        share = named(m.group(1))
        if share < 0.6:
            continue
        if best is None or share > best[0]:
            best = (share, m)
    if best is None:
        return None
    m = best[1]
    v = float(m.group(3))
    value = int(v) if v.is_integer() else v
    cit = text_citation(rid, ctx.entry(rid), report.text, m.start(1), m.end())
    return ctx.answer(
        f"{fmt(value)}{m.group(2)}（统计表：「{m.group(1)}｜{m.group(2)}｜{m.group(3)}」）",
        "metric",
        value=value,
        unit=m.group(2),
        citations=[cit],
    )


def answerable(ctx: Context, ans: Answer) -> Answer:
    """The same test for an LLM's answer as for an extracted one: it (with the passages it cites)
    must speak of the question's own words and carry the asked kind of quantity, else 「报告未提及」."""
    if ans.answer.startswith(NOT_MENTIONED):
        return ans
    said = ans.answer + "".join(c.quote for c in ans.citations)
    if _supports(ctx, said):
        return ans
    return ctx.answer(NOT_MENTIONED, "none")


# what was done, asked (「做了什么」「开展了哪些」): one spelling for the question that asks it and for the frame cut
_DID = r"(?:开展|做|采取|推进|落实|搞)了?(?:哪些|什么|啥|些什么)"
# a question that asks what was done (「做了什么」「开展了哪些工作」「怎么做的」「有哪些做法」)
_DONE_ASKED = re.compile(rf"{_DID}|怎么做|如何做|咋做|(?:哪些|什么)(?:做法|举措|措施|工作)")
# what section 五 (存在的主要问题及改进情况) answers: its problems, its plans, what is to be done next
_PROBLEMS_OR_PLANS = re.compile(
    r"问题|不足|短板|困难|差距|薄弱|改进|整改|下一步|计划|打算|准备|将要|将会|明年|今后|未来|努力方向|怎么改|如何改"
    r"|吗\s*[？?]?\s*$|是否|有没有"  # a yes/no asked: whichever section says it
)


# how users ask what was done about a topic: words no sentence of the report needs to share
_DONE_FRAME = re.compile(
    r"(?:^|(?<=年))在(?=[\u4e00-\u9fff]{2,10}(?:上|方面))|"  # 「在政策解读上做了哪些事情」
    rf"(?:方面|这块|这一块|这方面|上)?(?:都|主要|具体)?{_DID}"
    r"(?:具体|主要)?(?:工作|措施|举措|事情|事)?|(?:有|采取了?)(?:哪些|什么)(?:做法|举措|措施)|工作情况|方面(?=[？?]?$)"
)


def extractive(ctx: Context, chunks: list) -> Answer:
    """The best sentences of the best report (never sentences of two reports joined)."""
    q = ctx.q
    content = _content(ctx, q)
    charge = _charge_asked(q)
    if charge:  # 「信息公开工作由谁来管」: the work asked is what a sentence must share, not the asking
        content = _content(ctx, re.sub(r"这[项块个]", " ", _IN_CHARGE.sub(" ", q)))
        if ctx.n == 1:  # the passages of the one report that say a charge, whatever the search ranked first
            seen = {c["id"] for c in chunks}
            chunks = chunks + [
                c for c in ctx.store.chunks_of(ctx.ids) if c["id"] not in seen and _CHARGE_SAID.search(c["text"] or "")
            ]
    elif _DATE_ASKED.search(q) or _PLATFORM_ASKED.search(q) or _YES_NO.search(q):
        content = _content(ctx, _TAILS.sub("", q))  # 「哪天发布的」「什么平台」「泄密过吗」: the kind asked, not words
    elif len(re.findall(r"[\u4e00-\u9fff]", framed := _content(ctx, _DONE_FRAME.sub("", q)))) >= 2:
        content = framed  # 「政策解读方面开展了哪些工作」: the topic is what a sentence must share, not the asking
    scored = []
    for rank, c in enumerate(chunks):
        for s, e in sentences(c["text"]):
            text = c["text"][s:e]
            if is_instruction(text):
                continue  # an instruction planted in a report is never an answer
            score = overlap(canon(content), canon(text)) - 0.02 * rank
            if charge and _CHARGE_SAID.search(text):
                score += 0.25  # 「由哪个部门牵头」: the sentence of the work's charge, not any naming the work
            if re.search(r"问题", q) and c["section"] == 5:
                score += 0.25
            scored.append((score, c, s, e, text))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < 0.3:
        return ctx.answer(NOT_MENTIONED, "retrieval")
    scored = [x for x in scored if _supports(ctx, x[4])]
    if not scored or scored[0][0] < 0.3:
        return ctx.answer(NOT_MENTIONED, "retrieval")
    if _DONE_ASKED.search(q) and not _PROBLEMS_OR_PLANS.search(q):
        # 「政策解读做了什么」 asks what was done: section 五's problems and plans answer it only when no
        # other sentence does (its 「政策解读形式过于单一」 is not what was done); any other question
        # (「有什么短处」) is left to the sentences that fit it, wherever they stand
        done = [x for x in scored if x[1]["section"] != 5 and x[0] >= 0.3]
        scored = done or scored
    rid = scored[0][1]["report_id"]
    best = [x for x in scored[:3] if x[1]["report_id"] == rid and x[0] >= max(0.3, scored[0][0] - 0.25)]
    # 「信息管理这块是怎么做的」 matched 「（三）政府信息管理」: what the section says, not its title
    body = _heading_body(ctx, rid, best[0])
    if body is not None:
        best = [body]
    elif _SECTION_TITLE.match(best[0][4].strip()) and (report := ctx.store.report(rid)) is not None:
        # the title's chunk ends at it (a Markdown 「### （四）平台建设」 line): its body read from the report
        topic = subheading_body(ctx, rid, report)
        if topic is not None:
            return topic
    cits = []
    for _, c, s, e, text in best:
        cits.append(
            Citation(
                report_id=rid,
                agency=getattr(ctx.entry(rid), "agency", None),
                year=getattr(ctx.entry(rid), "year", None),
                section=c["section"],
                span=Span(start=c["start"] + s, end=c["start"] + e),
                quote=joined(text),
                chunk_id=c["id"],
                cells=json.loads(c["cells"] or "[]"),
            )
        )
    who = f"{ctx.name(rid)}：" if ctx.n > 1 and ctx.entry(rid) is not None else ""
    answer = who + "".join(joined(x[4]) for x in best)  # verbatim: no markup inside the quoted words
    value = None
    if re.search(r"第几|排名|名次", q):
        from extractor.normalize import parse_chinese_number

        m = re.search(r"第([一二三四五六七八九十\d]+)", best[0][4])
        if m:
            value = int(m.group(1)) if m.group(1).isdigit() else parse_chinese_number(m.group(1))
    return ctx.answer(answer, "retrieval", value=value, citations=cits)


_SECTION_TITLE = re.compile(
    r"^[#\s]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)[^。；;，,]{2,20}[。.]?$"
)


def _heading_body(ctx: Context, rid: str, top: tuple):
    """The best sentence is a section's title (「（三）政府信息管理」): the title with the first sentences
    under it (up to the next title, three at most), as a scored sentence of the report's text — the
    title alone says nothing of what was done. None when the best sentence is no title."""
    _, c, s, e, text = top
    if not _SECTION_TITLE.match(text.strip()):
        return None
    report = ctx.store.report(rid)
    if report is None:
        return None
    full, at = report.text, c["start"] + e
    if full[c["start"] + s : at] != text:
        return None
    from ..cite import sentences

    tail = full[at : at + 600]
    spans = []
    for a, b in sentences(tail):
        piece = tail[a:b].strip()
        if _SECTION_TITLE.match(piece) or re.match(
            r"^[#\s]*(?:[一二三四五六七八九十]{1,2}、|第[一二三四五六七八九十]+部分)", piece
        ):
            break
        spans.append((a, b))
        if len(spans) == 3:
            break
    if not spans:
        return None
    end = at + spans[-1][1]
    chunk = {**c, "start": c["start"] + s, "text": full[c["start"] + s : end]}
    return (top[0], chunk, 0, end - (c["start"] + s), full[c["start"] + s : end])


# Words every report uses: a question's words beyond these are what an answer must speak of
# (「年度预算」 is answered only by a sentence about a 预算, not by one about the 年度报告).
_COMMON = re.compile(
    "|".join(
        sorted(
            (
                "政府信息公开",
                "信息公开",
                "政务公开",
                "依申请公开",
                "主动公开",
                "政府信息",
                "年度报告",
                "工作",
                "报告",
                "情况",
                "年度",
                "本年度",
                "全年",
                "开展",
                "加强",
                "进一步",
                "推进",
                "做好",
                "落实",
                "如何",
                "怎么",
                "怎样",
                "哪些",
                "什么",
                "是否",
                "有没有",
                "多少",
                "相关",
                "方面",
                "内容",
                "主要",
                "具体",
                "全区",
                "全市",
                "本机关",
                "这份",
                "我局",
                "我厅",
                "政府",
                "公开",
                "开展了",
                "做了",
                "进行",
                "采取",
                "措施",
                "办法",
                "举措",
                "不足",
                "问题",
                "短板",
                "薄弱环节",
                "改进",
                "情况如何",
            ),
            key=len,
            reverse=True,
        )
    )
)


def _informative(ctx: Context) -> set[str]:
    text = ctx.q
    for name in ctx.question.scope.agencies + ctx.scope.agencies:
        text = text.replace(name, "")
    text = _TAILS.sub(" ", _DONE_FRAME.sub(" ", text))  # 「开展得怎么样」: a way of asking, not a thing asked about
    if _charge_asked(text):  # 「由谁来管」: the charge asked, said by `_CHARGE_SAID` — no word the text must hold
        text = re.sub(r"这[项块个]", " ", _IN_CHARGE.sub(" ", text))  # (「这项工作由谁统筹」)
    rest = _COMMON.sub(" ", canon(_content(ctx, text)))
    return {b for b in bigrams(rest) if len(b) == 2 and not b.isdigit()}  # (a lone character says nothing)


_TAILS = re.compile(
    r"(?:得|的)?(?:怎么样|怎样|如何|咋样|好不好|怎么做的|怎么做|做了什么|有哪些做法)|"
    # 「从哪天到哪天」「什么时候发布的」: a date asked (`_DATE_ASKED`), not a word the text must hold
    r"(?:从|自)?(?:哪一?天|什么时候|何时|哪个日期|几月几[日号])(?:到|至)?|这份|"
    # 「在什么平台上公开的」: a platform's name asked (`_PLATFORM_ASKED`)
    r"(?:在|通过|用)?(?:什么|哪个|哪些|哪一?家)(?:平台|网站|渠道)上?|"
    # 「流程包括哪些环节」「分为哪几个步骤」: the kind of answer asked, not a thing the text must name
    r"(?:包括|包含|涵盖|分为|分成)(?:哪些|哪几个?|什么|啥)(?:环节|步骤|方面|部分|程序)?|"
    # 「出现过泄密吗」「发生过责任追究吗」: a yes/no asked of a thing, not words the text must hold
    r"(?:出现|发生|遇到)过|吗(?=\s*[？?]?\s*$)"
)


_YES_NO = re.compile(r"(?:出现|发生|遇到)过|吗\s*[？?]?\s*$")
# a date asked (「统计期限是从哪天到哪天」「哪天发布的」): the sentence must carry a date
_DATE_ASKED = re.compile(r"哪一?天|什么时候|何时|哪个日期|几月几[日号]|(?:发布|印发|统计)(?:日期|时间)")
_DATE_SAID = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|\d{4}-\d{1,2}-\d{1,2}")
_PLATFORM_ASKED = re.compile(r"(?:什么|哪个|哪些|哪一?家)(?:平台|网站|渠道)")
_PLATFORM_SAID = re.compile(r"网站|网|平台|公众号|微博|客户端|APP|App|专栏|政务新媒体")
# a person asked (「分管领导是谁」): the sentence must name one — 「…同志」, 「由…担任」, a name in brackets
_WHO = re.compile(r"是谁|谁是|哪位|叫什么名字|姓名|谁(?:担任|负责|分管|主管)")
_NAMED_PERSON = re.compile(r"同志|担任|兼任|[（(][\u4e00-\u9fff]{2,3}[)）]")
# who has a work in charge (「信息公开工作由谁来管」「谁负责政务公开工作」「哪个科室牵头」): the sentence must say a
# charge (a role, an office, a group made responsible) of the work — not a person's name, which `_WHO` asks
_IN_CHARGE = re.compile(
    # (分管 / 主管 ask a leader, a person: 「谁分管政务公开工作」 is `_WHO`'s)
    r"(?:由|是|归)?(?:谁|哪个|哪些|什么)(?:部门|科室|机构|单位|人|领导)?(?:来|在)?(?:管|负责|抓|牵头|统筹|主抓|承担|落实)(?:的)?"
)
_CHARGE_SAID = re.compile(r"负责|分管|主管|牵头|专人|专职|专岗|领导小组|归口|承办|统筹|主抓|具体承担")


def _charge_asked(q: str) -> bool:
    """A work's charge asked (「…工作由谁来管」), not a person (「分管领导是谁」「负责人叫什么名字」)."""
    return bool(_IN_CHARGE.search(q)) and not re.search(r"是谁(?:[？?呢啊呀]|$)|谁是|哪位|姓名|名字", q)


# the parts of a figure asked (「0.35万元是哪些项目」「收费明细」): the sentence must list them
_PARTS_ASKED = re.compile(r"(?:哪些|哪几|什么)(?:个|种)?(?:项目|科目|明细|收费项)|明细|由哪些(?:项|部分)?(?:构成|组成)")
_LISTS = re.compile(r"[、；;]|包括|其中|分别|以下|[:：][^:：]+[，,]")


def _speaks_of(ctx: Context, text: str) -> bool:
    words = _informative(ctx)
    if not words:
        return True
    have = set(bigrams(canon(text)))
    return len(words & have) / len(words) >= 0.5


def _supports(ctx: Context, sentence: str) -> bool:
    """Can this sentence answer the question? A quantity question needs a number of the asked kind
    (its unit, if one was asked) and the thing asked about (the focus words) in the sentence; a
    rank question needs a 「第…」."""
    if not _names_medium(ctx.q, sentence):
        return False  # 「抖音号有多少粉丝」 is not answered by the 微信公众号's fans
    q = fold(ctx.q)
    if _charge_asked(q):  # 「信息公开工作谁负责」: who has the work in charge — a role or an office answers
        return bool(_CHARGE_SAID.search(sentence)) and _speaks_of(ctx, sentence)
    if _WHO.search(q):  # 「分管领导是谁」: 「明确分管领导和专人负责」 names no one; a role need not be
        # said as asked (领导 of 「由副镇长李建国同志分管」), the person and one word of the question must
        words = _informative(ctx)
        return bool(_NAMED_PERSON.search(sentence)) and bool(words & set(bigrams(canon(sentence))))
    if _PLATFORM_ASKED.search(q) and not _PLATFORM_SAID.search(sentence):
        return False  # 「在什么平台上公开的」: a sentence naming no site or account names no platform
    if _DATE_ASKED.search(q) and not _DATE_SAID.search(sentence):
        return False  # 「哪天发布的」: a sentence with no date says no day
    if _PARTS_ASKED.search(q) and not _LISTS.search(sentence):
        return False  # 「收费的0.35万元是哪些项目」: the amount alone is not its items
    mm = ctx.question.first(MetricMeasure)
    if not isinstance(mm, MetricMeasure):
        return _speaks_of(ctx, sentence)
    if re.search(r"第几|排名|名次", ctx.q):
        return bool(_RANK_SAID.search(sentence))
    if mm.unit == "%":
        if not re.search(r"\d(?:\.\d+)?\s*%|百分之", sentence):
            return False
    elif mm.unit and not re.search(rf"\d\s*(?:余|多)?(?:{'|'.join(map(re.escape, units_like(mm.unit)))})", sentence):
        return False
    if not mm.unit and not re.search(r"\d", sentence):
        return False
    return (not mm.focus or overlap(mm.focus, sentence) >= 0.5) and _speaks_of(ctx, sentence)


# a place in a ranking said (「排名第三」「位列全省第5」「第2名」) — never a part's number (「第五部分」「第二十条」)
_RANK_SAID = re.compile(
    r"(?:排名?|位列|位居|名列|居|列)[^，,。；;]{0,8}第[一二三四五六七八九十\d]+(?![部章节条款项次届批轮期])"
    r"|第[一二三四五六七八九十\d]+(?:名|位)"
)
_SAME_MEDIUM: dict[str, str] = {"公众号": "微信", "微信": "公众号"}


def _twin(platform: str) -> str:
    """The other name of the same platform (微信 ↔ 公众号), or the platform itself."""
    return _SAME_MEDIUM.get(platform) or platform


# the accounts a report names by their platform (a site or a hotline is named in many ways: 门户, 12333咨询电话)
_PLATFORM = re.compile(r"微博|微信|公众号|视频号|抖音|快手|头条号|小程序|客户端|百家号|B站|bilibili")


def _carried(text: str, a: int, asked: set[str]) -> int:
    """Where the sentence at `a` begins once a platform's list of figures is read as one: 「“上海科技”视频号
    共制作…粉丝数54373；直播118场」 — 直播 is still the 视频号's, its subject said before the 「；」. The
    start moves back to the segment naming the asked platform only when it is the last one named before
    `a` in the 。-sentence and the segments between name none (a sentence naming another platform last
    keeps its own start)."""
    if not asked:
        return a
    own = re.sub(r"\s+", "", fold(text[a : text.find("。", a) if "。" in text[a:] else len(text)]))
    if any(p in own or _twin(p) in own for p in asked) or _PLATFORM.search(own):
        return a  # the sentence names a platform of its own
    lo = max(max(text.rfind(ch, 0, a) for ch in "。！？") + 1, text.rfind("\n\n", 0, a) + 2)
    segs = [x for x in re.finditer(r"[^；;]+", text[lo:a])]
    for seg in reversed(segs):
        said = set(_PLATFORM.findall(re.sub(r"\s+", "", fold(seg.group()))))
        if not said:
            continue
        if any(p in said or _twin(p) in said for p in asked):
            return lo + seg.start()
        return a
    return a


def _names_medium(q: str, sentence: str) -> bool:
    """A platform the question names (抖音, 视频号, 微博) is named by the sentence that answers it (微信 and
    its 公众号 are one): a sentence of another platform holds the unit, not the subject asked."""
    asked = set(_PLATFORM.findall(fold(q)))
    if not asked:
        return True
    said = re.sub(r"\s+", "", fold(sentence))
    return any(m in said or _twin(m) in said for m in asked)


def _one_account(q: str, text: str, start: int, end: int) -> bool:
    """A count of information items asked (「…信息多少条」), and the figure's stretch of its sentence (from
    the figure before it, or the sentence's start) names accounts of platforms only (「“科技河北”视频号发布
    信息230条」, 「…微信公众号坚持每日推送更新，全年发布信息1010篇」), none of them asked: one account's count
    is a part of what the body published, not the total (「主动公开政府信息多少条」) nor another channel's
    (「门户网站发布信息多少篇」). A stretch that also names a site (「依托政府网站、微信公众号…共公开51条」)
    counts across channels."""
    if not re.search(r"信息", q) or re.search(r"[“”「」\"]|两微|双微|新媒体", q):
        return False  # (an account asked by its own name, 「“上海发布”…」, or the accounts together)
    stretch = fold(text[start:end])
    figures = list(re.finditer(r"\d[\d,.]*", stretch))
    if len(figures) >= 2:
        stretch = stretch[figures[-2].end() :]
    media = _MEDIUM.findall(stretch)
    if not media or not all(_PLATFORM.fullmatch(m) for m in media):
        return False
    asked = {x for m in _PLATFORM.findall(fold(q)) for x in (m, _twin(m))}
    return not any(m in asked or _twin(m) in asked for m in media)


# 「信函及当面申请37件」: two channels' applications counted together, and the count
_JOINED_COUNT = re.compile(
    r"(网络|网上|在线|信函|当面|传真|电子邮件|邮寄|电话)[^，,；;。\d]{0,4}?(?:及|和|与|或|、|以及|加)"
    r"(网络|网上|在线|信函|当面|传真|电子邮件|邮寄|电话)[^，,；;。\d]{0,6}?(\d+)\s*件"
)


def _joined_only(ctx: Context) -> Answer | None:
    """「当面申请的有几件」 of a report that says only 「信函及当面申请37件」: no count of the channel asked — refused,
    and the joint count said as what it is (never 37 as the channel's: two channels counted together answer
    neither), instead of 「报告未提及」 beside a passage that seems to say it."""
    one = ctx.one_report()
    asked = set(_CHANNEL.findall(canon(fold(ctx.q))))
    if one is None or one[1] is None or len(asked) != 1:
        return None
    rid, report = one
    for m in _JOINED_COUNT.finditer(report.text):
        pair = {m.group(1), m.group(2)}
        if asked <= pair and len(pair) == 2:
            a, b = sentence_bounds(report.text, m.start(), m.end())
            cit = text_citation(rid, ctx.entry(rid), report.text, a, b)
            what = "与".join((m.group(1), m.group(2)))
            return ctx.answer(
                f"{NOT_MENTIONED}单列的{asked.pop()}申请件数：报告写的是「{m.group(0)}」（{what}申请合计{m.group(3)}件，"
                "未分开统计）。",
                "none",
                citations=[cit],
            )
    return None


# (a CMS page's chrome: its counters and buttons, and the metadata table a 政府信息公开 page opens with — 索引号、
# 发布机构、成文日期 — which shares 「发布」 with 「发布会」)
_CHROME = re.compile(
    r"浏览次数|【字体|打印本页|关闭窗口|分享到[:：]|索引号[\s:：|]+.{0,40}?发布机构|发布机构[\s:：|]+.{0,60}?成文日期"
)


def refuse(ctx: Context) -> Answer:
    """No route could answer from the reports: say so, and offer the nearest passage if any."""
    if not ctx.n:
        return ctx.answer(NOT_MENTIONED, "none")
    try:
        ranked = _ranked_chunks(ctx)
    except Exception:  # retrieval unavailable: the refusal stands on its own
        ranked = []
    near = extractive(ctx, ranked) if ranked else None
    # (a page's chrome — 「发布时间：…浏览次数：…【字体：大 中 小】」 — is no related passage)
    if near is not None and near.citations and not _CHROME.search(near.citations[0].quote):
        c = near.citations[0]
        return ctx.answer(f"{NOT_MENTIONED}。相关内容：「{c.quote}」", "none", citations=[c])
    return ctx.answer(NOT_MENTIONED, "none")


# ------------------------------------------------------------------ the governments below the one reporting
def lower_governments(ctx: Context) -> Answer | None:
    """「上海市人民政府2019年度各区政府收到的申请总数」: each district (county, township) government publishes
    its own report; the tables read count the reporting body's applications and cases only. A figure the
    text states of those governments, in a sentence naming them, is the answer; else 「报告未提及」, said why.
    Asked of the store (「2022年度各区人民政府中…最多的是哪个」), the governments' own reports are the scope
    (`Resolved.kind`): None, the other routes answer."""
    from ..intent import LOWER_GOVERNMENTS

    if ctx.scope.kind:
        return None

    named = LOWER_GOVERNMENTS.search(fold(ctx.q))
    who = named.group() if named else "下级政府"
    said = metric(ctx) if named and ctx.question.first(MetricMeasure) is not None else None
    if said is not None and said.value is not None and all(who in fold(c.quote) for c in said.citations):
        return said
    return ctx.answer(
        f"{NOT_MENTIONED}：年报的统计表只统计本机关的申请和案件；{who}各自发布政府信息公开年度报告，本报告没有它们的数字。",
        "none",
    )


# ------------------------------------------------------------------ a figure the report is said to print
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(%|万人次|人次|万人|万元|万|件|条|篇|个|次|场|期|项|人|家|份)")


def claimed(ctx: Context) -> Answer | None:
    """「报告说市长信箱办结率93.38%，对吗」「报告说网络申请15件占79% 对吗」: a journalist checking figures
    the report is said to print. Each figure of the claim (number and unit as written) must be printed
    in one sentence of the report that speaks of the claim's words; the claim's last figure is the
    headline (「15件占79%」 asks of the share). Not found: None, and the checks take the question."""
    one = ctx.one_report()
    if one is None:
        return None
    rid, report = one
    q = fold(ctx.q)
    figures = list(_FIGURE.finditer(q))
    if not figures:
        return None
    last = figures[-1]
    words = canon(_content(ctx, re.sub(r"^.*?(?:说|称|写|写着|提到|讲)了?", "", q[: last.start()], count=1)))
    text = fold(report.text)
    best = None
    for m in re.finditer(rf"(?<![\d.]){re.escape(last.group(1))}\s*{re.escape(last.group(2))}", text):
        a, b = sentence_bounds(report.text, m.start(), m.end())
        sent = text[a:b]
        if not all(re.search(rf"(?<![\d.]){re.escape(f.group(1))}\s*{re.escape(f.group(2))}", sent) for f in figures):
            continue
        score = overlap(words, canon(sent)) if _pairs(words) else 1.0
        if score >= 0.5 and (best is None or score > best[0]):
            best = (score, a, b)
    if best is None:
        return None
    _, a, b = best
    v = float(last.group(1))
    value = int(v) if v.is_integer() else v
    printed = "、".join(f.group().replace(" ", "") for f in figures)
    cit = text_citation(rid, ctx.entry(rid), report.text, a, b)
    return ctx.answer(
        f"是的，报告写明{printed}：「{joined(report.text[a:b])}」",
        "metric",
        value=value,
        unit=last.group(2),
        citations=[cit],
    )


# ------------------------------------------------------------------ a charge the text says was not made
_FEE_ASKED = re.compile(r"([\u4e00-\u9fff]{0,6}?(?:处理费|费用|收费))")
_FEE_NONE = re.compile(
    r"(?:未|没有|无|不|均未|并未|从未)(?:收取|产生|收|发生|涉及)(?:过|任何)?[^。；;\d]{0,16}?(?:处理费|费用|收费)"
    r"|(?:全部|均|一律)?免费(?:为申请人)?提供"  # 「我厅全部免费为申请人提供政府信息」
)


_FEE_SAID = re.compile(
    r"(?:收取|收|产生)[^。；;\d]{0,16}?(?:处理费|费用|收费)(?:为|共|计)?\s*(\d+(?:\.\d+)?)\s*(万元|元)"
)


# 「因逾期未缴纳信息处理费而终止处理的有几件」: applications counted, never the amount charged
_COUNT_ASKED = re.compile(r"(?:几|多少)(?:件|个|起|份)|件数")


def fee_text(ctx: Context) -> Answer | None:
    """「收了信息处理费没有？收了多少」: the amount the text states (「全年收取…信息处理费0元」), else 0 元 where
    it says the charge was not made (「本年度未收取政府信息公开信息处理费」), quoted — the tables hold no
    such row. The charge asked must be the one said (its words in the clause); a negated sentence that
    states an amount is not a charge of none."""
    one = ctx.one_report()
    if one is None or _COUNT_ASKED.search(fold(ctx.q)):
        return None
    rid, report = one
    # 「依申请收费这块，…收过信息处理费吗」: the charge asked last is the one asked about
    # (「有没有收过费」: a charge said with its verb inside — any charge, 收费)
    # (「要交钱吗」「收不收费」: whether applying costs money, in a citizen's words — any charge, 收费)
    asked = re.sub(PAY_ASKED, "收费", _TOOK_FEE.sub("收费", fold(ctx.q)))
    said = list(_FEE_ASKED.finditer(re.sub(r"(?:19|20)\d{2}\s*年度?", "", asked)))
    if not said:
        return None
    what = re.sub(r"^(?:收了|收取了?|收|有|了|的|交|缴纳?)+", "", said[-1].group(1))
    verb = re.sub(r"^.*?(?:收取|收过|收了|收)(?=..)", "", what)  # 「年收过信息处理费」: what follows the 收
    what = verb if len(verb) >= 3 else what
    # 「收取的费用」「收了多少万元的费用」: a charge taken (收), its amount asked before it — the charge is 费用
    # (「花了多少费用」 is a cost of the work, no charge)
    if re.search(r"收(?:取|过)?了?(?:多少|几)(?:万元|万|元)?的?费用", fold(ctx.q)):
        what = "费用"
    what = re.sub(r"^(?:的|了|过)+", "", what)
    generic = what.endswith("收费") or what == "费用"  # 「提供信息收费吗」: any charge
    table = _table_fee(ctx, rid) if generic else None  # 表二's 行政事业性收费: another fee, said beside
    yuan = in_yuan(fold(ctx.q), table[0], "万元") if table is not None and "处理费" not in fold(ctx.q) else ""
    if table is not None and (_WAN_ASKED.search(fold(ctx.q)) or yuan):
        # 「收费收了多少（万元）」: a unit of 表二 asked — its amount, the text's 信息处理费 named as the other fee
        # (「收费总额是多少元」: the same amount asked in 元 — said in 万元 as printed and in 元 beside it, never the
        # 0 元 of a sentence about the other fee)
        text = _text_fee(ctx, rid, report, what, generic)
        other = f"；另，报告正文所说的信息公开信息处理费是另一项费用：{text[0]}" if text else ""
        return ctx.answer(
            f"{table[1]}{yuan}（表二「行政事业性收费」的金额，指本机关行政事业性收费，不是信息公开的信息处理费）{other}",
            "table",
            value=table[0],
            unit="万元",
            citations=[table[2], *([text[1]] if text else [])],
        )
    got = _text_fee(ctx, rid, report, what, generic)
    if got is None:
        return None
    said, cit, value, unit = got
    if table is not None and table[0]:  # both printed: the other fee named, never silently one of them
        said += f"；另，表二「行政事业性收费」金额为{table[1]}，是行政事业性收费，与信息处理费不是同一项费用"
    return ctx.answer(
        said, "metric", value=value, unit=unit, citations=[cit, table[2]] if table and table[0] else [cit]
    )


_WAN_ASKED = re.compile(r"万元|多少万|几万")
_TOOK_FEE = re.compile(r"收(?:过|了|取过?)费")


def _table_fee(ctx: Context, rid: str) -> tuple | None:
    """表二's 行政事业性收费 amount (万元) as printed: (value, shown, citation), or None where not printed."""
    cells = ctx.store.cells_of([rid], ["t2.fee.amount_wan"])[rid]
    cell = cells.get("t2.fee.amount_wan")
    if cell is None or cell["value"] is None:
        return None
    v = float(cell["value"])
    value = int(v) if v.is_integer() else v
    return value, f"{fmt(value)}万元", cell_citation(rid, ctx.entry(rid), cells, ["t2.fee.amount_wan"])


def _text_fee(ctx: Context, rid: str, report, what: str, generic: bool) -> tuple | None:
    """The text's own charge (its amount stated, else 0 where it says none was made): (said, citation, value, unit).
    A 繁體 report (「未收取信息處理費」) is read through its simplified view (one character for one: the offsets hold)
    and quoted as printed."""
    view = simplify(report.text) if has_traditional(report.text) else report.text
    for hit in _FEE_SAID.finditer(view):  # 「全年收取政府信息公开信息处理费0元」: the amount stated
        if overlap(what, fold(hit.group())) < 0.5 and what not in fold(hit.group()):
            continue
        a, b = sentence_bounds(report.text, hit.start(), hit.end())
        v = float(hit.group(1))
        value = int(v) if v.is_integer() else v
        cit = text_citation(rid, ctx.entry(rid), report.text, a, b)
        unit = hit.group(2)
        return f"{fmt(value)}{unit}（「{joined(report.text[a:b])}」）", cit, value, unit
    for hit in _FEE_NONE.finditer(view):
        stated = fold(hit.group())
        # 「未收取政府信息公开相关费用」「未收取任何费用」: no charge of any kind, the one asked among them
        every = bool(re.search(r"(?:相关|任何|有关|一切)费用$", stated))
        if overlap(what, stated) < 0.5 and what not in stated and not generic and not every:
            continue
        a, b = sentence_bounds(report.text, hit.start(), hit.end())
        if re.search(r"\d+(?:\.\d+)?\s*(?:万元|元)", report.text[a:b]):
            continue  # an amount stated beside it: not a charge of none
        cit = text_citation(rid, ctx.entry(rid), report.text, a, b)
        return f"0元（报告称未收取：「{joined(report.text[a:b])}」）", cit, 0, "元"
    return None


# ------------------------------------------------------------------ a change the text states
_CHANGE_VERB = r"(?:涨|增|多|少|降|减|回落|下滑|下降|提高|上升|变化|变动)"
_CHANGE_Q = re.compile(
    rf"(?:比|较|相比|对比)(?:去年|上年度?|上一年度?|前一年|前年|(?:19|20)\d\d年)(?:同期)?[^，,。？?]{{0,6}}?{_CHANGE_VERB}"
    # 「跟去年比回落了百分之几」: the year compared with written first
    rf"|(?:跟|和|与|同)(?:去年|上年度?|上一年度?|前一年|前年|(?:19|20)\d\d年)(?:同期)?(?:相)?比(?:较)?[^，,。？?]{{0,6}}?{_CHANGE_VERB}"
    rf"|同比{_CHANGE_VERB}|增长率|增幅|增速|降幅|下降幅度|减幅"
)
_STATED_CHANGE = re.compile(
    r"(?:比|较|同比)(?:去年|上年度?|上一年度?|前一年|(?:19|20)\d\d年)?(?:同期)?\s*"
    r"(增长|增加|上升|提高|提升|下降|减少|回落|下滑|降低)了?\s*(\d+(?:\.\d+)?)\s*(%|％|个百分点)"
)
_COUNT_UNIT = re.compile(r"(?:多少|几)(?:件|条|个|篇|次|人|场|期|项|家|份|起)")


def stated_change(ctx: Context) -> Answer | None:
    """「申请量比上年少了百分之几」「来电量比去年涨了多少」: the change the report itself states of the
    asked measure (「申请数量较去年回落12.3%」) — the answer even when the previous year's report is not
    stored. The measure is the question's words before 比/较, weighed against the words the text says
    before its own 比/较 in the same clause; a count asked (「多了几件」) is not answered by a rate."""
    one = ctx.one_report()
    if one is None or _COUNT_UNIT.search(ctx.q):
        return None
    rid, report = one
    q = normalise_years(ctx.q)
    year = ctx.entry(rid).year
    if year:  # 「2019年申请比2018年多了」: the year before the report's is its 上年 (the years are dropped below)
        q = re.sub(rf"(比|较|跟|和|与|同){year - 1}\s*年度?", r"\1上年", q)
    q = canon(_content(ctx, q))
    m = _CHANGE_Q.search(q)
    if m is None:
        return None
    subject = re.sub(r"(?:19|20)\d\d(?:年度?)?|去年|今年|上年|本年度?|的$", "", q[: m.start()]).strip("的 ，,")
    subject = re.sub(r"^(?:请问|为什么|为啥|为何|怎么|咋)", "", subject)  # 「为什么…申请比2018年多了」 (a premise)
    common = not _pairs(_COMMON.sub("", subject))  # 「主动公开政府信息」: words every report uses, said whole
    subject = subject if common else _COMMON.sub("", subject)
    if not _pairs(subject):
        return None
    text = report.text
    best = None
    for h in _STATED_CHANGE.finditer(text):
        a, b = sentence_bounds(text, h.start(), h.end())
        start = max([text.rfind(ch, a, h.start()) for ch in "；;。"] + [a - 1]) + 1
        said = canon(re.sub(r"\s+", "", text[start : h.start()]))
        score = overlap(subject, said) if not common or subject in said.replace("的", "") else 0.0
        if best is None or score > best[0]:
            best = (score, h, a, b)
    if best is None or best[0] < 0.5:
        return None
    _, h, a, b = best
    v = float(h.group(2))
    value = int(v) if v.is_integer() else v
    unit = "%" if h.group(3) in "%％" else "个百分点"
    cit = text_citation(rid, ctx.entry(rid), text, a, b)
    return ctx.answer(
        f"{h.group(1)}{fmt(value)}{'%' if unit == '%' else unit}（正文所述：「{joined(text[a:b])}」）",
        "metric",
        value=value,
        unit=unit,
        citations=[cit],
    )


# ------------------------------------------------------------------ how the cases ended (yes/no)
_WON = re.compile(r"胜诉|败诉|(?:被|予以)?(?:维持|撤销|纠正|确认违法)")


def outcome(ctx: Context) -> Answer | None:
    """「诉讼结果怎么样，赢了吗」: what the text says of how the cases ended (「应对…诉讼2起,均胜诉」),
    quoted, with table 四's outcome cells as support (结果维持 / 结果纠正 of the lawsuit groups)."""
    one = ctx.one_report()
    if one is None:
        return None
    rid, report = one
    text = report.text
    kind = "复议" if re.search(r"复议", ctx.q) and not re.search(r"诉讼|起诉|官司", ctx.q) else "诉讼"
    said = None
    fixed = bool(re.search(r"纠错|纠正|撤销", ctx.q))  # 「复议有没有被纠错」: what the text says of corrections
    for m in re.finditer(r"纠错|纠正|撤销" if fixed else r"胜诉|败诉", text):
        a, b = sentence_bounds(text, m.start(), m.end())
        if text[a:b].count("|") > 2:  # a table's cells run together (its 纠正 column), no sentence of the text
            continue
        if kind in text[a:b] or kind == "诉讼" and not fixed or fixed and re.search(r"复议|诉讼", text[a:b]):
            said = (a, b)
            break
    cells = ctx.store.cells_of([rid]).get(rid, {})
    groups = ("rv",) if kind == "复议" else ("ld", "lr")
    from extractor import tablespec as ts

    support = []
    corrected: list[float] = []  # 「复议有没有被纠正的」: the 结果纠正 cells decide the yes or no
    for g in groups:
        got = {
            c: cells[f"t4.{g}.{c}"]["value"] if f"t4.{g}.{c}" in cells else None
            for c in ("keep", "fix", "other", "pend", "tot")
        }
        if got["tot"] is None and got["keep"] is None:
            continue
        if got["fix"] is not None:
            corrected.append(got["fix"])
        shown = "、".join(
            f"{ts.T4_COL_LABELS[c]}{fmt(v)}件" for c, v in got.items() if c != "tot" and (v or fixed and c == "fix")
        )
        support.append(f"{ts.T4_GROUP_LABELS[g]}总计{fmt(got['tot'])}件" + (f"（{shown}）" if shown else ""))
    if said is None and not support:
        return None
    cits = []
    parts = []
    if said is not None:
        a, b = said
        parts.append(f"正文：「{joined(text[a:b])}」")
        cits.append(text_citation(rid, ctx.entry(rid), text, a, b))
    if support:
        keys = [k for k in cells if k.startswith(tuple(f"t4.{g}." for g in groups))]
        from ..cite import cell_citation

        cits.append(cell_citation(rid, ctx.entry(rid), cells, keys))
        parts.append("表四：" + "；".join(support))
    if fixed and corrected and not re.search(r"多少|几|率|比例|占比", ctx.q):
        # whether any was corrected, asked yes or no: said first, with the figure that decides it (the cells cited)
        n = sum(corrected)
        what = f"{'行政复议' if kind == '复议' else '行政诉讼'}结果纠正{fmt(n)}件"
        head = f"有：{what}" if n else f"没有（{what}）"
        return ctx.answer(f"{head}。" + "；".join(parts) + "。", "retrieval", value=n, unit="件", citations=cits)
    return ctx.answer("；".join(parts) + "。", "retrieval", citations=cits)
