"""A follow-up in a conversation (the CLI's 问答模式, the web page's chat, an API caller that sends the previous
question): 「那2021年呢」「洪泽区呢」「换成部分公开」「自然人那一列呢」「政策解读呢」「跟去年比呢」 asks the previous
question again with the parts it names changed — its year (said or relative: 「去年呢」 is the year before the one
asked), its body, the table row, the applicant or result column, a figure of the text — or with an operation put
on it (a change over the year before, a share) — and nothing else. A message is read so only when it is short,
shaped as a follow-up (那…, …呢, 换成…, 同样的问题…) and asks nothing of its own; a short question that asks its
own figure but names no body and no year (「行政复议有多少件」) keeps the previous question's body and year. The
answer says the question it was read as (「按「平潭2021年行政复议多少件」理解」), so a reading the user did not mean
is seen, never silent. Anything else stands alone, as every question did before; a message shaped as a follow-up
that cannot be read so is answered by asking for the whole question (`unread`), never by another report's figure."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from extractor.levels import KIND_WORDS, LEVELS, LOOSE_WORDS

from . import intent, keywords, set_followup, slips
from .deixis import alternation
from .lazyre import lazy
from .question import CellMeasure, SectionMeasure

_SAME = (
    r"(?:(?:同样|一样|相同|同一个?)的?(?:问题|问法)[，,]?|同样|也|再)(?:问一?下|问问|查一?下|查查|看一?下|看看|换成|对于?|关于)"
    r"|(?:同样|一样|相同|同一个?)的?(?:问题|问法)[，,]?"
)
_LEAD = lazy(rf"^(?:{_SAME}|那么?(?:换成|换|改成)|那么?|那要是|要是|如果是|换成|换|改成|再看看?|再查一?下|还有)")
_REPLACE_LEAD = lazy(r"^(?:那么?)?(?:换成|换|改成)")
_TAIL = lazy(r"(?:的情况)?(?:呢|嘞|呐|又如何|又怎样|又怎么样)\s*[？?。!！]*$")
_OWN_ASK = lazy(r"多少|几|哪|什么|啥|是否|有没有|吗|谁|怎么|如何|比|占|排|最|[？?].")
_YEAR = lazy(r"(?:19|20)\d{2}\s*年度?")
# the year before / after the one asked (「去年呢」 in a talk about 2022 is 2021, not the calendar's last year)
_RELATIVE = lazy(
    r"(?<![到入至])(?:前一年|上一?年度?|去年|前年|后一年|下一年|次年|第二年)"
    r"(?!度?(?:的)?(?:结转|转入|还?剩|转过来|转来|转下来|遗留|留下|没办完|未办完|未办结|拖))"
)  # (上年结转: a row; 「上一年剩下来的」「上一年转过来的」 is that row too; 「留到下一年的」「转入下一年的」: 结转下年度)
_SHIFT = {"前年": -2, "后一年": 1, "下一年": 1, "次年": 1, "第二年": 1}
# an operation put on the previous figure: its change over a year (「跟去年比呢」「同比呢」), its share (「占比呢」)
_CHANGE = lazy(
    r"(?:跟|和|与|同|比|较|对比)\s*(?P<base>(?:19|20)\d{2}\s*年度?|前一年|上一?年度?|去年|前年)(?:相比|比较|比|对比)?"
    r"(?:的话)?(?:变化|增减|多了?还是少了?|有什么变化)?|同比(?:变化|增减)?|(?:有什么|有啥)?变化|增减(?:情况)?"
)
# the asking words of a change (「同比增减多少」「比上一年多了还是少了」「变化多少」「增加了几件」): part of the operation
_CHANGE_ASK = lazy(
    r"^(?:了|的)?(?:是)?(?:多少|几)?[件个条项份篇次]?(?:啊|呀)?$|^(?:增加|减少|增长|下降|多|少)了?(?:多少|几)[件个条项份篇次]?$"
)
# 「那哪个单位最多呢」「谁最多」: the previous figure ranked over the bodies of its year
_RANK = lazy(
    r"(?:(?:哪个|哪家|哪一个)(?:单位|部门|机关|地方|地区)?|什么(?:单位|部门|机关|地方|地区))(?:最多|最高|最大)"
    r"|谁(?:最多|最高)|最多的是(?:哪个|哪家|谁)(?:单位)?"
)  # (「什么最多呢」 of 不予公开 asks its largest reason, not a body)
_SHARE = lazy(r"(?:的)?(?:占比|比例|比重|百分比|百分之几)(?:是)?")
# what the previous question asked of its figure, kept for a row asked instead (「…多少件」「…是多少」)
_ASKING = r"(?:一共|共|总共|总计|合计)?(?:有|是)?(?:多少|几)[件个条项份篇次]?"
_ASK_TAIL = lazy(_ASKING + r"\s*[？?]?$")
# the asking of a count where it stands inside the question (「新收了几件依申请公开」)
_ASK_WORD = lazy(_ASKING)
# a column named alone (「自然人那一列呢」「法人的呢」「维持的呢」): the words around it that name no row
_COLUMN_WORDS = lazy(
    r"那一?[列栏项]|这一?[列栏项]|一[列栏]|[列栏]|[那这]边|方面|[这那]块|申请人?|提出|提交|的|类|那些|这些|其中|是"
    r"|被|结果|了"  # 「被纠正的有几件」「结果维持的呢」「纠正了几件」 after a turn on 行政复议: that row's column
)
_NOT_A_MEASURE = lazy(
    r"^(?:好的?|好吧|行|可以|明白了?|知道了?|谢谢|多谢|对|是的?|嗯+|哦+|啊+|OK|ok"
    r"|[这那]一?[个些项种样块]?|它们?|其他的?|别的|另外的?|剩下的?|其余的?|后来|然后|之后|以后)$"
)
# a question asking over the whole store (「哪些单位」「各单位」「所有报告」): never given the previous one's body
_STORE_WIDE = lazy(
    r"哪些|哪个|哪家|哪几|各(?:单位|部门|机关|区|县|市|地)|所有|全部(?!公开|公開)|每个|每家|排名|排序|最|(?:份|篇)(?:报告|年报)"
)
# a body the store may not hold (「淮安市呢」「市教育局呢」): shaped as a place or a body's name, asked of as one —
# the answer then says no such report is stored, never reads the name as a figure of the text
_BODY_SHAPED = lazy(
    r"[\u4e00-\u9fff]{1,14}?(?:省|市|区|县|州|旗|盟|镇|乡|街道|片区|局|委|厅|办|办公室|政府|委员会|中心|管委会|署)"
)
# what a chat message opens with before it says anything (「喂 你好 那2022年呢」「嗯 比上一年多了还是少了」「就是 自然人呢」)
_FILLER = lazy(
    # 「好的收到」「收到，那…」: 收到 as an assent only in an assent's shape — 「收到 多少件」 asks what was received
    r"^(?:好的?|嗯+|ok|okay|OK|Ok)[\s，,、。!！]*收到(?:[\s，,、。!！]+|$)"
    r"|^收到[\s，,、。!！]+(?=那|再|另外|对了|然后|请问|麻烦|我?想?问)"
    r"|^(?:喂|你好|您好|嗯+|呃+|额+|啊|哦|噢|那个|就是|好的?|对了|然后|另外|请问|麻烦问一下|我?想?问一?下)"
    r"[\s，,、。!！]*"
    # 「ok 再问下…」「行 那怀仁市人民政府呢」: an assent set apart (「行政复议」 opens with 行: only before a break)
    r"|^(?:ok|okay|OK|Ok|行|好嘞|可以|了解)(?:[\s，,、。!！]+|$)"
)
_SAME_YEAR = r"同期|同一年|同年|同一时期"  # the year of the turn before, said
# 「那XX同期多少」「XX同期呢」「XX同一年的呢」: the figure asked before, of the body named, in the same year
# (only after a body's name: 「比去年同期多少」 asks a change)
_SAME_PERIOD = lazy(
    r"(?<=[省市区县州旗盟镇乡道局委厅办室府会心署])(?:的)?(?:" + _SAME_YEAR + r")(?:的)?(?:数|数字|情况)?"
    r"(?:是|有)?(?:多少|多小|几[件个条项]?)?(?:呢)?[？?。]*$"
)
# 「同年度X的该项数据是多少」「同一年X的这个数呢」「X同年的这一项是多少」「换成X，同年度该指标为多少」: the figure
# asked before, of the body named, in the same year — the body's follow-up (「那X呢」)
_SAME_ITEM = r"(?:该项|这一?项|此项|这个|该)(?:数据|数字|数值|数|指标|项)?"
_SAME_MEASURE = lazy(
    r"^(?:那么?|换成?|改成)?[\s，,]*(?P<y1>(?:" + _SAME_YEAR + r")度?)?(?:的)?[\s，,]*"
    r"(?P<body>[\u4e00-\u9fff]{2,}?[省市区县州旗盟镇乡道局委厅办室府会心署处馆院所])[\s，,]*(?:的)?"
    r"(?P<y2>(?:" + _SAME_YEAR + r")度?)?(?:的)?" + _SAME_ITEM + r"(?:的)?(?:数据|情况)?"
    r"(?:是|为|有)?(?:多少|多小|几[件个条项]?)?(?:呢)?[？?。]*$"
)
_WHO_FILED = lazy(
    r"(?:公司|企业|商业企业|法人|自然人|个人|老百姓|群众|社会组织|律师事务所|律所|科研机构)(?:们)?(?:提的|提出的|提交的|递交的|申请的)"
    r"(?!申请|信息公开申请|政府信息公开申请)"
)
# a correction of the turn before (「不对，是2021年的」「不是这家，是X」「错了 应该是不予公开」「我是说法人的」): the
# part said after it replaces the one asked — read as the follow-up 「那…呢」
_CORRECTION = lazy(
    r"^(?:(?:不对|不是|错了|搞错了|说错了|弄错了|不好意思)[\s，,。!！]*)+"
    r"(?:(?:不是)?(?:这家|这个单位|这个|那家|那个)[\s，,。!！]*)?(?:我是说|我说的是|我问的是|我要的是|应该是|是)?"
    r"|^(?:我是说|我说的是|我问的是|我要的是)"
)
# a pronoun for the body asked before it, before a year or a row (「它2021年的呢」「这家2023年的呢」)
# (before a year only: 「那它的行政复议呢」 on a chosen report is `of_pronoun`'s — the other body just named)
# (and before a year said relative to the last turn's: 「它去年呢」「这家上一年的呢」「该单位前年呢」 — the same body)
_PRONOUN_LEAD = lazy(
    r"^(?P<lead>那么?)?(?:它|他|这家|该单位|这个单位)(?:的)?"
    r"(?=\d{2,4}\s*年|[〇零一二三四五六七八九]{2,4}年|前一年|上一?年|去年|前年|后一年|下一年|次年|第二年)"
)
# a pronoun for the body asked before, before the measure a follow-up asks (「那它的复议呢」「这家的行政诉讼呢」): that
# body (the last turn's, of its year) — the pronoun is no part of what is asked (it was read 「…2023年它的复议」)
_PRONOUN_OF = lazy(r"^(?:它|他|这家|该单位|这个单位|本单位)(?!们)(?:的)?(?=[\u4e00-\u9fff])")
# what follows a body's name as the scope reader found it, up to the year, when it is part of the name as written
# (「陇西县委办2023年」「天水市中医药管理局2024年」 read as 陇西县 / 天水市): kept with the name, replaced with it
_NAME_TAIL = lazy(r"[\u4e00-\u9fff]{1,8}?(?=(?:19|20)\d{2}\s*年)")
# a body's name that opens a question with no year (「榆中县地震局收到多少申请」), the store knowing none of it: the
# shortest head ending in a body's word (a department, an office, a government)
# (a place's name first — 「市教育局」「教育局」 name no body of their own: 「洪泽区呢」 after them is 洪泽区's 教育局)
_HEAD_BODY = lazy(
    r"^[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|州|旗|盟)[\u4e00-\u9fff]{0,10}?"
    r"(?:政府办公室|政府办|人民政府|政府|委办|委员会|管委会|办公室|局|委|厅|中心|署)"
)
_END_FILLER = lazy(
    r"(?:[\s，,]+(?:啊|呀|哈|吧|呢|嘛|来着)[？?。!！]*)+$|(?<=[呢少几么])(?:啊|呀|哈|啦)+(?=[？?。!！]*$)"
    r"|(?<=呢)呢+(?=[？?。!！]*$)"  # (「自然人呢 呢」 with its space closed by the keyword reader: 「自然人呢呢」)
)
# the words a follow-up wraps around the body it names (「它下面的茶陵县财政局呢」「那同一个市的X呢」「隔壁的X呢」): how
# the user places it, no measure of its own — the message is 「那X呢」 (the figure and year asked before, of X)
_BODY_WRAP = lazy(
    r"^(?P<lead>那么?|换成?|再看看?|还有)?[\s，,]*(?:它|他|这家|这个单位|该单位)?(?:的)?"
    r"(?:下面|下属|下辖|底下|所属|旁边|隔壁|同一个?(?:市|省|县|区|州|地方)(?:里面?|下面)?|同(?:市|省|县|区)(?:里)?)"
    r"(?:的|那个|那家)+(?=[\u4e00-\u9fff])"
)
# 「换X看看」「那X也查一下」: the looking words after the body, said for 「呢」
_LOOK_TAIL = lazy(
    r"(?<=[\u4e00-\u9fff])(?:也|再)?(?:看看|看一下|看下|瞧瞧|查查|查一下|查下|试试)(?:呢|吧)?[？?。!！]*$"
)
# 「2019的呢」: a year written without 年
_BARE_YEAR = lazy(r"(?<![\d.])((?:19|20)\d{2})(?![\d年.])")
# the asking of a share with its whole said (「占办理结果总计的百分之几」「这个占总数比例多少」)
_SHARE_OF = lazy(
    r"^(?:这个|这|它|那)?(?:的)?(占[^，,？?]{0,16}?(?:比例|比重|百分比|百分之几|几成|多少)[^，,？?]{0,6})[？?]?$"
)
LONGEST = 24  # characters of a follow-up: a longer message is a question of its own
# 「平均每个月多少条」「折合一个月几条」「月均多少」 said alone: the previous figure over its months — asked as the previous
# question with the per-month clause after it (the clause names no figure: the one before it does)
_PER_PERIOD = lazy(
    r"^(?:那么?)?(?:平均|折合|折算|摊|算|分)?(?:下来|到)?(?:每一?个?|一个)(?:月|季度)(?:平均|下来)?(?:大概|大约)?(?:是|有)?"
    r"(?:多少|几)[条篇件个次项]?[？?。]?$|^(?:那么?)?[月季]均(?:是|有)?(?:多少|几)[条篇件个次项]?[？?。]?$"
)


def _province_in_full(rest: str, prev: str) -> str | None:
    """A province said by its short name alone (「四川」「广西」「北京」) after a turn naming a province: its full name,
    so that it takes the previous province's place (「那四川的呢」 after 「吉林省…合计」 was read as a figure 「四川」).
    A short name that is also a city's (吉林) only after a turn that names a province."""
    from extractor import gazetteer

    if not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", rest):
        return None
    divs = gazetteer.by_short(rest)
    provinces = [d for d in divs if d.level == "省" and not d.parent]
    if len(provinces) != 1:
        return None
    named = [d.name for d in gazetteer.by_short(prev[:2]) + gazetteer.by_short(prev[:3]) if d.level == "省"]
    if not any(n and n in prev for n in named) or len(divs) > 1 and not re.search(r"省|自治区", prev):
        return None
    return provinces[0].name


def resolve(previous: str, q: str, bodies: Callable[[str], list[str]], carry: bool = True) -> str | None:
    """The question a follow-up stands for, or None when `q` is a question of its own (or a follow-up whose
    reading is not said: see `unread`). `bodies(text)`: the names of bodies a text says, as written in it
    (the asker's scope reader). `carry`: a short question naming no body and no year keeps the previous
    question's (off when the caller chose the report, body or year)."""
    text = _cleaned(q)
    if not previous.strip() or len(text) > LONGEST:
        return None
    if (turn := set_followup.changed(previous, text)) is not None and turn.vocabulary == "sector":
        return turn.question  # 「那卫健部门呢」 after a sector's set (ztfixa)
    # 「再加上结转下年度的」「那2022年的这两项呢」 after a turn of several asks (zufixb)
    if (several := several_followup(previous, text)) is not None:
        return several
    # (「鄞州区市监局 2024 复议 总计」: a keyword turn's bare year is its year, replaced as 「2024年」 is)
    prev = _core(intent.normalise_years(keywords.bare_years(_simplified(previous.strip()))))
    checked = _check_of_body(prev, text, bodies)
    if checked is not None:  # 「加上上年结转和结转下年，这两边平吗」: the chat's body's own check (zffixa)
        return checked
    other = _COMPARED_WITH.fullmatch(text)
    if other and bodies(other.group("body")) and not _years(other.group("body")) and bodies(prev):
        # 「跟X比呢」: the previous figure asked of X too, compared (a year — 「跟去年比呢」 — is the change, below)
        return f"{prev.rstrip('？?。！! ')}，跟{other.group('body')}比呢"
    if _PER_PERIOD.match(text) and (bodies(prev) or _years(prev)):
        return prev.rstrip("？?。！! ") + "，" + text  # 「平均每个月多少条」: the previous figure over its months
    own = _own_rate(prev, text, bodies, carry)
    if own:  # 「换成自然人申请占新收的比例」「予以公开占新收的呢」「平均每个月新收几件」: a rate of its own
        return own
    shaped = bool(_LEAD.search(text) or _TAIL.search(text))
    rest = _TAIL.sub("", _LEAD.sub("", text)).strip(" ，,：:的")
    if shaped and bodies(prev):
        rest = _PRONOUN_OF.sub("", rest)  # 「那它的复议呢」: the previous body's 复议
    rest = _province_in_full(rest, prev) or rest  # 「那四川的呢」 after a province's set: 四川省
    if _REPLACE_LEAD.search(text):
        # (zvfixb2) 「换成2021年是多少」「改成自然人是几件」: the asking said after what replaces is the previous question's
        # (a replacing lead only: 「那依申请公开收到多少件」 after 「…主动公开多少条」 asks its own count, in 件)
        bare = _ASK_TAIL.sub("", rest).strip(" ，,：:的")
        if bare and bare != rest and not _OWN_ASK.search(bare):
            rest = bare
    modifier = bool(re.search(r"的\s*(?:呢|又如何|又怎样|又怎么样)?\s*[？?。!！]*$", text))  # 「网上的呢」: a modifier
    rest = intent.normalise_years(rest)
    whole = rest
    other_end = _other_end(prev, rest)
    if other_end is not None:
        return other_end
    op, rest = _operation(rest, prev)
    if op and re.fullmatch(r"(?:是|有)?(?:多少|几)[件个条项份篇次]?|", rest):
        rest = ""  # (「占比是多少」: the operation's own asking)
    column = _column_of_row(prev, rest) if not op else None
    if column is not None:  # 「法人那列」「法人和其他组织的是多少」 after 「…不予公开是多少」: that row's column
        return _with_column(prev, column, [])
    if not op and not shaped or _OWN_ASK.search(rest):
        # 「行政复议有多少件」「那主动公开信息一共多少条」「其中政策解读占比多少」: a question of its own figure (its
        # operation with it) — of the previous question's body and year when it names neither
        return _carried(prev, whole, bodies) if carry else None
    shifted = _shifted_years(rest, prev)
    if shifted is None:
        return None
    rest, years = shifted
    other = _YEAR.sub("", rest).strip(" 的和与及、")
    asked = _changed(prev, other, years, bodies, modifier)
    if asked is None:
        return None
    return _with_operation(asked, op, bodies) if op else asked


# 「跟X比」「那和X相比一下」: another body named to be compared with (`_COMPARED_WITH`, `_COMPARED_THEN`)
_COMPARED = r"(?:那么?)?(?:跟|和|与|同)(?P<body>[^，,\s]{2,40}?)(?:相?比|比较|对比)(?:一下)?"
# 「跟X比呢」「那和X相比呢」「同X对比一下」: another body named to be compared with the previous figure
_COMPARED_WITH = lazy(_COMPARED + r"(?:的话)?(?:呢)?[？?。！!]*")
# a table's identity asked to hold, in a chat's words (「这两边平吗」「两头对得上不」「收进来的和办掉的相等吗」)
_BALANCE = lazy(
    r"平(?:吗|么|不平|不|了吗|没有)|对(?:得|不)上|相等|等不等|相符|吻合|一致(?:吗|么|不)|是否一致|"
    r"成立(?:吗|么|不)|(?:勾稽|校验|核验|核对)[^，,？?]{0,4}(?:通过|对)"
)


def _check_of_body(prev: str, text: str, bodies: Callable[[str], list[str]]) -> str | None:
    """「加上上年结转和结转下年，这两边平吗」 after a question of one body's one year (its 新收, its 办理结果总计): that
    body's check of that year — never one over every report stored. None when the message names a body or a year
    of its own, or the previous question does not say one body and one year."""
    if not _BALANCE.search(text) or bodies(text) or _years(text):
        return None
    named, years = dict.fromkeys(bodies(prev)), dict.fromkeys(_years(prev))
    if len(named) != 1 or len(years) != 1:
        return None
    body, year = next(iter(named)), next(iter(years))
    if body not in prev:
        return None
    return f"{body}{year}{text}"


_RATE_LEAD = lazy(r"^(?:那么?|那要是|换成?|改成|改问|再问一?下|还有)")


def _own_rate(prev: str, text: str, bodies: Callable[[str], list[str]], carry: bool) -> str | None:
    """A follow-up that states a rate's part and whole (「换成自然人申请占新收的比例」「予以公开占新收的呢」) or a
    figure of the tables per month (「平均每个月新收几件」), naming no body and no year: that rate or average, of the
    previous question's body and year (`carry`; else of the report chosen) — never the previous figure changed."""
    from .answers import two_figures

    core = _TAIL.sub("", _RATE_LEAD.sub("", text)).strip(" ，,的？?")
    wide = _STORE_WIDE.search(re.sub(r"每一?个?(?:月|季度|周|星期)", "", core))  # (「每个月」 asks no set)
    if not core or bodies(core) or _years(core) or _RELATIVE.search(core) or wide:
        return None
    if "占" in core and not re.search(r"比例|占比|比重|百分|几成|多少|几|率", core):
        core += "的比例"  # 「予以公开占新收的呢」: the share asked by 占 alone
    parsed = intent.parse(core)
    sides = two_figures.read(core)
    per = sides is not None and sides.kind == "per" and bool(intent.table_measures(sides.part))
    if not (parsed.operation == "share" and parsed.bases) and not per:
        return None
    if not carry:
        return core
    scope = "".join(dict.fromkeys(bodies(prev))) + _years_said(prev)
    return scope + core if scope else None


def _simplified(text: str) -> str:
    """「蕪湖市鏡湖區政府」: a question typed in 繁體 read in simplified characters, as the asker reads every question."""
    from extractor.traditional import has_traditional, simplify

    text = slips.mended(intent.narrow(text))  # 「２０２５年」 typed on a phone: 2025年; 「申情」: 申请
    return simplify(text) if has_traditional(text) else text


def unknown_body(q: str, bodies: Callable[[str], list[str]]) -> str | None:
    """The body a follow-up names (「市教育局呢」) when the store holds none of that name: the answer says so,
    never the question asked again over every body (the router drops a name it does not know)."""
    rest = _YEAR.sub("", _TAIL.sub("", _LEAD.sub("", _cleaned(q)))).strip(" ，,：:的")
    return rest if rest and _BODY_SHAPED.fullmatch(rest) and not bodies(rest) else None


def who_filed(q: str) -> str | None:
    """「呃 那公司提的有几件 呢」 on a chosen report after its applications: the message with the row said
    (「那公司提的申请有几件」), or None when it names no applicant without the row."""
    return _cleaned(q) if _WHO_FILED.search(_simplified(q)) else None


def _cleaned(q: str) -> str:
    """The message without the chat's fillers before it and with its bare years written as years."""
    # (after an ask of its own, the trailing particles set apart by a space come out before the keyword reader closes
    # that space: 「那个 本年度…有几件 呢」 is no follow-up 「…几件呢」; 「不予公开 - 国家秘密 呢」 keeps its 呢)
    text = q.strip()
    if re.search(r"多少|几", text):
        text = _END_FILLER.sub("", text) or text
    text = _simplified(keywords.keywords(text))  # (「复议-维持呢，只要数字」: the label 复议维持 asked)
    text = intent.unwrapped(text, shortest=2)  # (「您好，麻烦问一下，那上一年呢？谢谢！」「领导让我查一下：差多少」)
    text = intent.spaces_closed(text).rstrip("？?。！! ") or text  # (「它 2024 年的呢」「换成2021年？」)
    while True:
        shorter = _FILLER.sub("", text)
        if shorter == text or not _TAIL.sub("", shorter).strip():  # (「好的呢」 is a filler, not a follow-up)
            break
        text = shorter
    text = _END_FILLER.sub("", text)  # 「法人那列呢 啊」「自然人呢 呢」: what a chat message trails off with
    corrected = _CORRECTION.sub("", text).strip(" ，,。!！")
    if corrected != text and corrected and len(corrected) <= LONGEST and not _OWN_ASK.search(corrected):
        text = "那" + _TAIL.sub("", corrected).strip(" ，,") + "呢"  # 「不对，是2021年的」: 「那2021年的呢」
    if _TAIL.search(text):
        text = _PRONOUN_LEAD.sub("那", text)  # 「它2021年的呢」: 「那2021年的呢」
    text = re.sub(r"^那那+", "那", text)  # 「那那龙泉市八都镇政府呢」: a stutter
    # 「那公司提的有几件」 after a figure of applications: whose applications (the row said: 「公司提的申请」)
    text = _WHO_FILED.sub(r"\g<0>申请", text)
    if _LEAD.search(text) and _LOOK_TAIL.search(text):
        text = _LOOK_TAIL.sub("呢", text)  # 「换唐山市路北区商务局看看」: 「换唐山市路北区商务局呢」
    if _TAIL.search(text):
        text = _BODY_WRAP.sub(lambda m: m.group("lead") or "那", text)  # 「那同一个市的X呢」: 「那X呢」
    same = _SAME_MEASURE.match(text)
    if same and (same.group("y1") or same.group("y2") or re.match(r"^(?:换成?|改成)", text)):
        text = f"那{same.group('body')}呢"  # 「同年度X的该项数据是多少」: 「那X呢」
    if _SAME_PERIOD.search(text):
        text = _SAME_PERIOD.sub("呢", text)  # 「那江北区人民政府同期多少」: 「那江北区人民政府呢」
    text = re.sub(r"(?<=呢)[\s，,]*(?:" + _SAME_YEAR + r")(?:的)?[？?。]*$", "", text)  # 「那X呢 同年的」
    # 「不予公开呢，几件」「诉讼呢 是多少」: the asking said again after the follow-up's 呢 (「复议呢，有没有」 keeps
    # its whether: `_carried` asks it of the same body and year, answered 有/没有 with the figure)
    text = re.sub(r"(?<=呢)(?:[？?][\s，,]*|[\s，,]+)(?:多少件?|几件|是多少)[？?。]*$", "", text)
    return _BARE_YEAR.sub(r"\1年", text)


def _core(prev: str) -> str:
    """The previous question without a lead-in (「有群众来电问，…」「数据整理：…」「市民打12345问…」), read as every question's
    lead-in is read (`message.context_dropped`, `intent.drop_preamble`): a head that names the measure stays."""
    from . import message

    return intent.drop_preamble(message.context_dropped(prev))


def unread(previous: str | None, q: str) -> bool:
    """A short message shaped as a follow-up (「为什么呢」「那这个呢」) that `resolve` could not read: it is answered
    by asking for the whole question, never alone over every report (another body's figure)."""
    text = _cleaned(q)
    if _STORE_WIDE.search(text):  # 「那总共有多少份报告呢」「那哪些单位行政复议最多呢」: asked of the store, on its own
        return False
    return (
        bool(previous and previous.strip()) and len(text) <= LONGEST and bool(_LEAD.search(text) or _TAIL.search(text))
    )


def _operation(rest: str, prev: str) -> tuple[str, str]:
    """The operation the follow-up puts on the previous figure ("" for none) and the message without its words."""
    m = _CHANGE.search(rest)
    if m and _CHANGE_ASK.match(rest[m.end() :].strip(" ，,？?")):
        base = (m.group("base") or "上年").strip()
        said = sorted({int(y[:4]) for y in _years(prev)})
        if _RELATIVE.fullmatch(base) and len(said) == 1:  # (「前年」 as the router reads it is the calendar's)
            base = f"{said[0] + _SHIFT.get(base, -1)}年"
        return f"比{base}", rest[: m.start()].strip(" ，,的")
    m = _SHARE_OF.match(rest)
    if m:  # 「占办理结果总计的百分之几」: the previous figure over the whole said
        return m.group(1), ""
    m = _RANK.search(rest)
    if m:
        return "最多", (rest[: m.start()] + rest[m.end() :]).strip(" ，,的")
    m = _SHARE.search(rest)
    if m:
        return "占比", (rest[: m.start()] + rest[m.end() :]).strip(" ，,的")
    return "", rest


def _shifted_years(rest: str, prev: str) -> tuple[str, list[str]] | None:
    """The years the follow-up asks (said, or relative to the previous question's one year) and the message
    with the relative words taken out; None when a relative year has no one year to count from."""
    years = _years(rest)
    rel = _RELATIVE.search(rest)
    if rel:
        said = sorted({int(y[:4]) for y in _years(prev)})
        if len(said) != 1:
            return None
        word = rel.group()
        years.append(f"{said[0] + _SHIFT.get(word, -1)}年")
        rest = rest[: rel.start()] + rest[rel.end() :]
    return rest, years


def _changed(
    prev: str, other: str, years: list[str], bodies: Callable[[str], list[str]], modifier: bool = False
) -> str | None:
    """The previous question with the body, year, row, column or text figure the follow-up names."""
    if not other:  # 「那2021年呢」: the year changed (or nothing: 「跟去年比呢」 asks the same figure)
        return _with_years(prev, years) if years else prev
    # (「从上一年剩下来接着办的呢」 ends as a body's name may, in 办: a figure of the tables is no body)
    named = bodies(other) or ([other] if _BODY_SHAPED.fullmatch(other) and not own_cells(other) else [])
    measure = other
    for n in named:
        measure = measure.replace(n, "", 1)
    measure = measure.strip(" 的和与及、")
    if named and "".join(named) != other.replace(" ", "") and not measure:
        return None
    if named:  # 「洪泽区呢」「那洪泽区2022年呢」「洪泽区的不予公开呢」: the body changed
        before = [_as_written(prev, b) for b in bodies(prev)] or _leading_body(prev)
        if len(set(before)) > 1:
            return None  # which of the bodies asked is replaced is not said
        if before and before[0] not in prev:
            return None  # (the body as the scope reader wrote it is not the text's: where to swap is not said)
        swapped = prev.replace(before[0], named[0], 1) if before else named[0] + prev
        if years and not _years(swapped) and swapped.startswith(named[0]):
            # 「换成X 2024年呢」 after a question saying no year: the year after the body, as a question says it
            swapped = named[0] + "和".join(years) + swapped[len(named[0]) :]
            years = []
        moved = _with_years(swapped, years) if years else swapped
        if moved is None or not measure:
            return moved
        prev, years = moved, []
    if _NOT_A_MEASURE.match(measure) or not re.search(r"[\u4e00-\u9fff]{2}", measure):
        return None
    column = _column_only(measure)
    if column is not None:  # 「自然人那一列呢」: the previous row, the column asked
        return _with_column(prev, column, years)
    scope = "".join(dict.fromkeys(_as_written(prev, b) for b in bodies(prev))) + ("和".join(years) or _years_said(prev))
    tail = _ASK_TAIL.search(prev)
    # (zvfixb2) 「那回复说没有这个信息的呢」: a lay row read only with its asking (「…的有几件」) is a row all the same
    lay_row = not any(isinstance(m, CellMeasure) for m in intent.parse(measure).measures) and any(
        isinstance(m, CellMeasure) for m in intent.parse(measure + "的有几件").measures[:1]
    )
    if modifier and not lay_row:
        # 「网上的呢」 after 「…当面申请有多少件」: said with 的, the words qualify what the previous question counted —
        # its last word (申请) kept, the qualifier before it (当面) replaced
        core = _YEAR.sub("", prev[: tail.start()] if tail else prev)
        for n in bodies(core):
            core = core.replace(n, "", 1)
        core = core.strip(" 的")
        own = intent.parse(measure).measures
        if len(core) >= 3 and not measure.endswith(core[-2:]) and not any(isinstance(m, CellMeasure) for m in own):
            measure = measure + core[-2:]
    asked = intent.parse(measure)
    if asked.measures and all(isinstance(m, CellMeasure) for m in asked.measures):
        # 「换成部分公开」「那不予公开呢」: the row asked changed, the body and the year kept
        asking = tail.group().strip() if tail else "是多少"
        if not re.search(r"复议|诉讼", measure):
            asking = asking.replace("次", "件")  # 「…复议多少次」 then 「换成新收的」: applications are counted in 件
        return _row_swapped(prev, measure) or scope + measure + asking
    if lay_row:
        return scope + measure + "的" + (tail.group().strip() if tail else "有多少")
    # 「政策解读呢」: a figure of the text asked instead, of the same body and year
    return scope + measure + ("有哪些" if re.search(r"哪些|什么", prev) else "有多少")


_RANKED = lazy(r"最(?:多|少|高|低|大|小)|排名|排序|排个序|哪个|哪家|哪些|谁")


def _row_swapped(prev: str, measure: str) -> str | None:
    """「行政复议呢」 after 「2022年哪个单位新收最多」: a ranking (or a listing) asked of another row — the previous
    question with its row's words replaced (it was read 「行政复议是多少」, over every report of every year)."""
    if not _RANKED.search(prev):
        return None
    spans = sorted((a, b) for t in intent.ts.ROW_TERMS for a, b, _ in intent.found_terms(prev, t, "row"))
    if not spans:
        return None
    a, b = spans[0]
    return prev[:a] + measure + prev[b:]


# 「最少的呢」「那最低的是哪个」 after a ranking by the most: the same ranking from the other end
_OTHER_END = lazy(r"^最(?P<end>多|少|高|低|大|小)(?:的)?(?:是)?(?:哪个|哪家|哪一个|谁|哪些)?(?:单位|部门|机关)?$")
_ENDS = {"多": "少", "少": "多", "高": "低", "低": "高", "大": "小", "小": "大"}


def _other_end(prev: str, rest: str) -> str | None:
    m = _OTHER_END.match(rest)
    if m is None:
        return None
    flipped = _ENDS[m.group("end")]
    was = re.search(f"最{flipped}", prev)
    return prev[: was.start()] + "最" + m.group("end") + prev[was.end() :] if was else None


def _leading_body(prev: str) -> list[str]:
    """The body a question names before its year when the store holds none of that name (「淮安市2023年…」), or
    with no year, the body's name it opens with (「榆中县地震局收到多少申请」: was kept beside the new body)."""
    year = _YEAR.search(prev)
    if year is None:
        head = _HEAD_BODY.match(prev)
        return [head.group()] if head and _asks_figure(prev[head.end() :]) else []
    head = prev[: year.start()].strip()
    return [head] if head and _BODY_SHAPED.fullmatch(head) else []


def _as_written(prev: str, name: str) -> str:
    """The body `name` (as the scope reader found it) as the previous question wrote it: with the words after it up
    to the year when they end as a body's name does (「陇西县委办」「天水市中医药管理局」, read as 陇西县 / 天水市) — so a
    follow-up keeps or replaces the body the user named, never a shorter one (another body)."""
    at = prev.find(name)
    if at < 0:
        return name
    tail = _NAME_TAIL.match(prev, at + len(name))
    if tail and re.search(r"[和与及跟同、]", tail.group()):
        return name  # (「洪泽区和淮安市2022年」: another body after it, not its name)
    if tail and _BODY_SHAPED.fullmatch(name + tail.group()) and not _asks_figure(tail.group()):
        return name + tail.group()
    return name


def _asks_figure(text: str) -> bool:
    """The words name a figure of the tables or of the text (not a body's words: 「政府办」「司法局」 name none)."""
    return any(isinstance(m, CellMeasure) or getattr(m, "focus", "") for m in intent.parse(text).measures)


def _column_only(measure: str) -> tuple[str, str] | None:
    """(table, the column's words) when the message names a column of table 三 or 四 and no row."""
    for table in ("t3", "t4"):
        found = intent.found_terms(measure, table, "col")
        if not found:
            continue
        words = "".join(measure[a:b] for a, b, _ in found)
        left = _COLUMN_WORDS.sub("", "".join(ch for i, ch in enumerate(measure) if not _inside(i, found)))
        if not left.strip():
            return table, words
    return None


def _column_of_row(prev: str, rest: str) -> tuple[str, str] | None:
    """The column a message names alone (its asking words aside: 「法人那列」「法人和其他组织的是多少」) when the
    previous question asked a row of that table: that row's column, not the figure of its own."""
    bare = _ASK_TAIL.sub("", rest).strip(" ，,的")
    if not bare or _years(bare):
        return None
    column = _column_only(bare)
    if column is None or not intent.found_terms(prev, column[0], "row"):
        return None
    return column


def _inside(i: int, spans: list) -> bool:
    return any(a <= i < b for a, b, _ in spans)


def _with_column(prev: str, column: tuple[str, str], years: list[str]) -> str | None:
    """The previous question with its column (if it named one of the same table) replaced by the one asked,
    said before its asking words: 「平潭2022年新收申请多少件」 + 自然人 → 「平潭2022年新收申请自然人多少件」."""
    table, words = column
    found = intent.found_terms(prev, table, "col")
    base = "".join(ch for i, ch in enumerate(prev) if not _inside(i, found)) if found else prev
    if years:
        base = _with_years(base, years)
        if base is None:
            return None
    tail = _ASK_TAIL.search(base) or _ASK_WORD.search(base)
    if tail is None:
        return None  # (a question not asking a count: where the column goes is not said)
    return base[: tail.start()] + words + base[tail.start() :]


def _with_operation(asked: str, op: str, bodies: Callable[[str], list[str]]) -> str | None:
    """The question with an operation put on its figure: 「…新收申请多少件」 + 比2021年 → 「…新收申请比2021年增加了
    多少件」; + 最多 → 「2022年哪个单位新收申请最多」 (over the bodies of its year: the body asked is dropped)."""
    tail = _ASK_TAIL.search(asked) or _ASK_WORD.search(asked)
    if tail is None:
        return None  # (a question asking no count: where the operation goes is not said)
    # (「…新收了几件依申请公开？」: the asking taken out where it stands, the rest kept in its order)
    core = (asked[: tail.start()] + asked[tail.end() :]).rstrip(" ？?。")
    unit = re.search(r"[件个条项份篇次]", tail.group())
    if tail.group().startswith("总计") and core.endswith("结果"):
        core += "总计"  # (「办理结果总计多少」: the row's name, not a sum's asking)
    core = re.sub(r"(?:了|的|有)+$", "", core)  # (「…同意公开了」 + 「占总数比例多少」)
    core = re.sub(
        r"一共|总共|共计|合计|(?<!结果)总计(?!的)", "", core
    )  # (「办理结果总计」: a row)  # (「一共接到…」: the figure, not a sum over bodies)
    # (an operation asked before is replaced, not stacked: 「…比2021年增加了多少件」 + 占比 is the figure's share)
    core = re.sub(r"比(?:(?:19|20)\d{2}年度?|上一?年度?|去年|前一年)(?:增加|减少|增长|下降|多|少)了?", "", core)
    if op == "占比":
        return core + "占比是多少"
    if op.startswith("占"):
        return core + op
    if op == "最多":
        for n in bodies(core):
            core = core.replace(n, "", 1)
        years = "和".join(dict.fromkeys(_years(core)))
        measure = _YEAR.sub("", core).strip(" 的")
        return years + "哪个单位" + measure + "最多" if measure else None
    return core + op + "增加了多少" + (unit.group() if unit else "")


# 「哪些不足」「哪几个问题」「哪些改进措施」: a section's items asked for (not which bodies)
_SECTION_ITEMS = lazy(
    r"哪(?:些|几)(?:个|项|条|点|方面的?)?(?=问题|不足|短板|差距|困难|薄弱|措施|改进|整改|举措|做法|打算|计划|地方|方面)"
)


def _carried(prev: str, text: str, bodies: Callable[[str], list[str]]) -> str | None:
    """「行政复议有多少件」「那主动公开了多少条政府信息」 after 「平潭2022年新收申请多少件」: a short question of its own
    figure that names no body and no year is asked of the previous question's body and year (not of every report)."""
    if not text or bodies(text) or _years(text) or _RELATIVE.search(text):
        return None
    measures = intent.parse(text).measures
    # (「那他们说存在什么问题」「报告里提到哪些不足」「下一步打算怎么改」: section 五 asked, of the same body and year —
    # its 「哪些」 lists the problems or measures, not bodies)
    section = bool(measures) and all(isinstance(m, SectionMeasure) for m in measures)
    if _STORE_WIDE.search(_SECTION_ITEMS.sub("", text) if section else text):
        return None
    if not re.search(r"多少|几", text) and not intent.whether_any(text) and not section:
        return None  # (「复议呢，有没有」「行政复议方面是否也有？」: whether any, asked of the same body and year)
    scope = "".join(dict.fromkeys(_as_written(prev, b) for b in bodies(prev))) + _years_said(prev)
    if not scope:
        return None
    if not measures:
        return None
    return scope + re.sub(r"^(?:他们|它们|该单位|这个单位|其(?![中他余它次]))的?", "", text)


def _years_said(prev: str) -> str:
    """The previous question's years as it said them: a range whole (「2019年至2022年」, never its two ends)."""
    span = intent.RANGE.search(prev)
    if span:
        return f"{span.group(1)}年至{span.group(2)}年"
    return "和".join(dict.fromkeys(_years(prev)))


def _years(text: str) -> list[str]:
    return [y.strip() for y in _YEAR.findall(text)]


def _with_years(prev: str, years: list[str]) -> str | None:
    """The previous question with its one year (said once or more) replaced by the given ones, or them put first
    when it said none; None when it said several different years (which is replaced is not said)."""
    said = set(_years(prev))
    joined = "和".join(years)
    if len(said) > 1:
        return None
    if not said:
        return joined + prev
    first = _YEAR.search(prev)
    assert first is not None
    return prev[: first.start()] + joined + _YEAR.sub("", prev[first.end() :])


# ---------------------------------------------------------------------------------------------- the conversation
# A chat is a conversation, not one question and its follow-up: 「两家比谁多」「三个排个序」「加一起是多少」 ask of the
# bodies the chat has named; 「回到刚才那个局，不予公开的呢」 goes back to one of them; 「前后两年差多少」 to the two
# years asked; 「两项加起来占多少」 to the two shares asked. `converse` reads a message against the history (the
# earlier turns, earliest first, each as it was read) and says what it asks, or None (then `resolve` reads it
# against the last turn, as before).
_SET = r"(?:这|那)?(?:几|两|三|四|五|[2-5])(?:个|家|项)(?:单位|部门|机关|地方)?|这些|他们|它们|其中|两者|二者"
_OVER_SET = lazy(rf"(?:{_SET})(?:里|中|之中|当中|之间|里面|相比|比)?")
# a sum's message that names only the years asked before (「这三年加在一起是多少」「几年合计多少」), its sum words out
_THESE_YEARS = lazy(
    r"(?:那|这|那么)?(?:这|那)?(?:[两二三四五六几]|[2-6])(?:个)?年(?:度)?(?:的)?(?:是|有)?(?:多少|几)?[件个条项次]?[呢？?。\s]*"
)
_SORT = lazy(
    r"排(?:个|一下|一排|下)?序|排一?下|排个名|排名|从(?:多|高|大)到(?:少|低|小)|从(?:少|低|小)到(?:多|高|大)|依次"
)
_ASCENDING = lazy(r"从(?:少|低|小)到(?:多|高|大)")
_MOST = lazy(r"最(?:多|高|大)")
_LEAST = lazy(r"最(?:少|低|小)")
_WHICH_MORE = lazy(r"(?:哪个|哪家|哪一个|哪边|谁)(?:的)?(?:更|比较)?(?:多|高|大)|比谁(?:多|高)|谁多谁少|哪个多哪个少")
_SHARE_WORD = lazy(r"占|比例|比重|百分")
# 「两家差几件」「二者相差多少件」「差多少」「它们的差距是多少」: the difference of the two figures the chat asked
_DIFF = lazy(r"相差|差(?:距|值|额|别)|差了?(?:多少|多小|几)")
# 「前后两年差多少」「和刚才那年比变化多少」「两年比是多了还是少了，差几个」: the two years asked
_TWO_YEARS = lazy(
    r"(?:前后|这)?两(?:个)?年(?:份|度)?(?:比|相比|对比|之间|差|的差|变化|增减|比较)"
    r"|(?:和|跟|与|同|比)(?:刚才|之前|上面|前面)(?:那|这|的)?(?:一|个)?年"
    # 「那前后差了多少 多了还是少了」「前后变化多大」 (voice input, 两年 not said): the two years asked before
    r"|^(?:嗯|呃|那个|就是说?)?[\s，,]*(?:那么?)?[\s，,]*前后(?:一共|总共)?(?:相?差|变化|增减|比较|对比|多了|少了)"
)
# 「这两年复议变化多少」「两年间不予公开的增减」: a figure named between the two years and the change asked
_TWO_YEARS_OF = lazy(
    r"^(?:那么?)?[\s，,]*(?:前后|这)?两(?:个)?年(?:间|里|中)?(?:的)?(?P<m>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:数)?"
    r"(?:有什么|有啥|有多少|是)?(?:变化|增减|相差|差|差了|变了)(?:了)?(?:是|有)?(?:多少|多小|几[件个次条]?)?(?:呢)?[？?。]*$"
)
# 「回到刚才那个局，…」「再回到第一个，…」「回到24年 …」: back to a body or a year named before
_BACK = lazy(r"^(?:再|重新|还是)?(?:回到|回去|返回到?|退回到?|说回到?|倒回到?)")
_BACK_WHAT = lazy(
    r"^(?:刚才|刚刚|之前|前面|上面|开始|最开始|最早|一开始|开头)?(?:的)?"
    r"(?:第(?P<nth>[一二三四1-4])(?:个|家)?(?:单位)?(?:那个|那家)?|(?:那|这)一?(?:个|家)?(?P<kind>[\u4e00-\u9fff]?)|(?P<year>(?:19|20)?\d{2}\s*年度?))"
)
_NTH = {"一": 0, "二": 1, "三": 2, "四": 3, "1": 0, "2": 1, "3": 2, "4": 3}


class Conversed:
    """What a message asks of the conversation. `kind`: "ask" (the question `question` answered and said),
    "bodies" (`op` over `questions`, one per body named: max, min, desc, asc, more, sum), "figures" (`op`, sum
    or more, over the chat's last two figures `questions`), "shares" (the sum of the shares `questions` asked),
    "unread" (it refers back to what the history cannot say)."""

    def __init__(self, kind: str, question: str = "", op: str = "", questions: list[str] | None = None):
        self.kind, self.question, self.op, self.questions = kind, question, op, questions or []

    def __repr__(self) -> str:
        return f"Conversed({self.kind!r}, {self.question!r}, {self.op!r}, {self.questions!r})"


def keep(history: list[str], q: str, ans) -> None:
    """The chat's memory after an answer: the turn as it was read (`read_as`, else as asked); a turn not
    understood (route `unread`) is no part of it. One rule for the CLI chat and eval/bank.py's chains (the
    web page keeps its own copy, api/static/app.js)."""
    if ans.route != "unread":
        history.append(ans.read_as or q)


def history(previous: str | list[str] | None) -> list[str]:
    """The conversation's earlier turns, earliest first: a str is the one turn before."""
    if previous is None:
        return []
    turns = [previous] if isinstance(previous, str) else list(previous)
    return [t for t in turns if t and t.strip()]


def converse(turns: list[str], q: str, bodies: Callable[[str], list[str]]) -> Conversed | None:
    """What `q` asks of the conversation `turns` (see above), or None: a message of its own or a follow-up of the
    last turn (`resolve`)."""
    text = intent.normalise_years(_cleaned(q))
    if not turns or len(text) > LONGEST + 8:
        return None
    if _BACK.match(text):
        return _back(turns, text, bodies)
    if _NTH_REF.match(text):  # 「第一家的办结呢」「刚才第一个那个呢」: back to the first body named
        return _back(turns, "回到" + text, bodies, last_measure=True)
    if _THE_OTHER.match(text):  # 「上面那个呢」 after 「第二家的自然人的呢」: the other body, the measure asked last
        back = _back(turns, "回到" + text, bodies, last_measure=True)
        if back.kind != "unread":
            return back
    if bodies(text) or _years(text):
        return None  # (a message naming its own body or year asks of it)
    if _YEARS_SUMMED.search(text) or _BARE_CHANGE.match(text) or _THIS_LAST_YEAR.search(text):
        # 「两年合计呢」「变化多少」「今年比去年多了还是少了」 after one figure of one body asked of two years
        pair = _year_pair(turns, bodies, same=True)
        if pair is not None:
            later, earlier = _newer_first(*pair)
            if _YEARS_SUMMED.search(text):
                return Conversed("figures", op="sum", questions=[earlier, later])
            if not _THIS_LAST_YEAR.search(text) or int(_year_of(later)[:4]) - int(_year_of(earlier)[:4]) == 1:
                return _change_since(later, earlier, bodies)
    measured = _set_measured(turns, text, bodies)
    if measured is not None:
        return measured
    measured_years = _TWO_YEARS_OF.match(text)
    if measured_years:
        # 「这两年复议变化多少」: the change of the figure named between the two years the chat asked of it
        pair = _year_pair(turns, bodies)
        word = measured_years.group("m")
        if pair is not None and all(word in _core(intent.normalise_years(_simplified(t))) for t in pair):
            return _change_since(*_newer_first(*pair), bodies)
    if _TWO_YEARS.search(text):
        pair = _year_pair(turns, bodies)
        if pair is None:
            return Conversed("unread")
        return _change_since(*_newer_first(*pair), bodies)
    if _SHARE_WORD.search(text) and intent.SUM.search(text) and re.search(r"两|二|这些|几", text):
        shares = _share_pair(turns, bodies)
        return Conversed("shares", questions=shares) if shares else None
    op = _set_op(turns, text)
    if op is None:
        return None
    named = _named_set(turns, bodies)
    if len(named) < 2:
        if (op in ("more", "diff") or op == "sum" and _ADDED.search(text)) and not _OF_BODIES.search(text):
            # 「这俩合计多少」「两个加起来」 after 「…不予公开多少件」「无法提供呢」: the chat's last two figures
            pair = _last_two(turns, bodies)
            if pair:
                return Conversed("figures", op=op, questions=pair)
        last = intent.normalise_years(_cleaned(turns[-1]))
        tail = _ASK_TAIL.search(last) or _ASK_WORD.search(last)
        if op == "sum" and tail and len(_years(last)) > 1 and len(set(bodies(last))) <= 1:
            # 「一共多少」 after one body's figure of several years (「平潭2021年和2022年新收各多少件」): the years added
            core = re.sub(r"各自?|分别", "", last[: tail.start()])
            return Conversed("ask", question=core + "一共" + last[tail.start() :])
        return None if op in ("max", "min") and not _OVER_SET.search(text) else Conversed("unread")
    return Conversed("bodies", op=op, questions=named[-2:] if op == "diff" else named)


# the two figures added (「这俩合计多少」「两个加起来」「加一块多少」), not 「一共多少」 alone (the total of the figure
# asked last: 不予公开's reasons)
_ADDED = lazy(r"俩|两个|两项|二者|两者|这两|加(?:在|到)?一?(?:起|块儿?)|加起来|相加|之和|合起来")
# 「两家加起来」「哪个单位多」: asks of bodies, never of two figures of one body
_OF_BODIES = lazy(r"[两二几三四五2-5](?:个)?(?:家|单位|部门|机关|地方)|哪家|哪个单位|哪个部门|谁家")


def _last_two(turns: list[str], bodies: Callable[[str], list[str]]) -> list[str]:
    """The last two turns asking a figure of a body (each as it was read, naming its body), the earlier first:
    「建德市2025年不予公开一共多少件」「建德市2025年无法提供有几件」 for 「这俩合计多少」. [] when there are not two."""
    out: list[str] = []
    for turn in reversed(turns):
        text = _core(intent.normalise_years(_cleaned(turn)))
        if text in out:
            continue  # (the same figure asked twice is one figure)
        if _SHARE_WORD.search(text) or not bodies(text) or not intent.parse(text).measures:
            return []  # (a turn between that asks no figure of a body: not the two figures asked last)
        out.append(text)
        if len(out) == 2:
            return out[::-1]
    return []


# the chosen report's body said by the user (「我们一共办了多少件」「本单位新收多少」): the report read
_WE = lazy(rf"(?:{alternation('这家', '这个单位')})(?:单位|机关)?(?:的)?")
# a year said relative to the report read (「今年」「本年度」「去年」); 「上年结转」 is a row
_REPORT_YEAR = lazy(r"(?:今年|本年|当年|去年|前年|上一?年)度?(?!度?的?(?:结转|转入))(?:的)?")


def of_several(q: str) -> bool:
    """The message asks over several bodies or figures (「两家加起来」「我们和他们比谁多」「这俩合计」), not of one."""
    text = _cleaned(q)
    return bool(_ADDED.search(text) or _OF_BODIES.search(text) or _OVER_SET.search(text) or _WHICH_MORE.search(text))


def says_year(q: str) -> bool:
    """The message says a year of its own (「2021年」「21年」「去年」)."""
    text = intent.normalise_years(_cleaned(q))
    # (「同一年的呢」「同期多少」: the year of the turn before, said — never another year of the body named)
    return bool(_years(text) or _REPORT_YEAR.search(text) or re.search(_SAME_YEAR, _simplified(q)))


def on_report(turn: str, name: str, year: int, bodies: Callable[[str], list[str]]) -> str:
    """A turn of a chat on a chosen report, with the body and year it asks written (「今年不予公开的有几件」 on
    浙江省农业农村厅's 2024 report is 「浙江省农业农村厅2024年不予公开的有几件」; 「宁波市海曙区水利局不予公开呢」
    is of 2024 too): the conversation is then read as on the store, each body of its own year. A turn shaped as a
    follow-up, or saying several years, is left as it is."""
    text = _core(intent.normalise_years(_cleaned(turn)))
    if _LEAD.search(text) or _TAIL.search(text):
        return turn
    years = _years(text)
    named = bodies(text)
    if not named:
        rel = intent.relative_years(text, year)
        if years:
            return name + _WE.sub("", text, count=1) if len(years) == 1 else turn
        if rel is None or len(rel) != 1:
            return turn  # (「这几年」「近三年」: several years)
        asked = _WE.sub("", _REPORT_YEAR.sub("", text, count=1), count=1).strip(" ，,的")
        return f"{name}{rel[0]}年{asked}" if asked else turn
    if years or _REPORT_YEAR.search(text) or named[0] not in text:
        return text
    return text.replace(named[0], f"{named[0]}{year}年", 1)


# who a message on a chosen report asks of by a pronoun (「它被复议了几次」「他们行政复议多少」)
_PRONOUN = lazy(r"^(?:它们?|他们?|她们?|这家|那家|该单位|这个单位|那个单位)(?:的)?")
# 「跟X比呢 它收了多少」: X named to be compared, then asked of by a pronoun
_COMPARED_THEN = lazy("^" + _COMPARED + r"(?:的话|呢)*[\s，,]+(?P<ask>.+)$")


def of_pronoun(last: str, q: str, chosen: tuple[str, int], bodies: Callable[[str], list[str]]) -> str | None:
    """On a chosen report, a message asking by a pronoun of the other body the chat just named: 「它被复议了几次」
    after 「那芮城县交通运输局呢」, 「他们行政复议多少」 after 「跟X比呢 它收了多少」 — that body's figure (its year
    as asked, else the report's), never the chosen report's own. None when no other body is the pronoun's."""
    text = _core(intent.normalise_years(_cleaned(q)))
    name, year = chosen
    m = _COMPARED_THEN.match(text)
    if m:  # 「跟X比呢 它收了多少」: 它 is X
        named = list(dict.fromkeys(bodies(m.group("body"))))
        text, when = m.group("ask"), f"{year}年"
    else:
        named = list(dict.fromkeys(bodies(last)))
        said = set(_years(intent.normalise_years(_simplified(last))))
        when = said.pop() if len(said) == 1 else f"{year}年"
    if len(named) != 1 or named[0] == name:
        return None
    text = _LEAD.sub("", text).strip(" ，,")  # (「再问下 它被复议了几次」)
    p = _PRONOUN.match(text)
    if p is None:
        return None
    asked = text[p.end() :].strip(" ，,的")
    if not asked or bodies(asked) or _years(asked) or _WE.search(asked) or of_several(asked):
        return None
    if not (own_cells(asked) or own_words(asked)):
        return None
    return f"{named[0]}{when}{asked}"


def _set_op(turns: list[str], text: str) -> str | None:
    """The operation a message asks over the bodies named, or None."""
    over_years = _THESE_YEARS.fullmatch(intent.SUM.sub("", text))  # 「这三年加在一起是多少」: the years asked added
    if (
        intent.SUM.search(text)
        and not _SHARE_WORD.search(text)
        and (_OVER_SET.search(text) or len(text) <= 8 or over_years)
    ):
        if own_cells(intent.SUM.sub("", text)):
            return None  # (「一共新收多少件」: a figure of its own)
        return "sum"
    if _SORT.search(text):
        return "asc" if _ASCENDING.search(text) else "desc"
    most, least = _MOST.search(text), _LEAST.search(text)
    if most or least:
        # 「几个单位里谁最多」「那最少的是哪个」 (after a ranking of the bodies named): over the bodies named —
        # 「那哪个单位最多呢」 alone ranks the bodies of the year (`resolve`)
        last = _cleaned(turns[-1])
        # (or after 「三个加起来多少」「哪个多」: the last turn itself asked over the bodies named)
        if _OVER_SET.search(text) or _SORT.search(last) or _MOST.search(last) or _LEAST.search(last):
            return "min" if least else "max"
        if len(turns) > 1 and _set_op(turns[:-1], last) is not None:
            return "min" if least else "max"
        return None
    if _WHICH_MORE.search(text) and not own_cells(text):
        return "more"
    if (
        _DIFF.search(text)
        and not own_cells(text)
        and (_OVER_SET.search(text) or _SET_REF.search(text) or len(text) <= 8)
    ):
        return "diff"  # (「差多少」 alone after one body's two years is read above: the change between them)
    return None


_ASKING_ONLY = lazy(
    r"有没有|是否|是不是|多少|为什么|为啥|什么|怎么样?|如何|这个|那个|这样|那样|[几呢吗吧啊呀这那是有的了么]"
)


def own_words(text: str) -> bool:
    """The message names a thing of its own beside its asking words (「有没有收费呢」: 收费), not only asks
    (「为什么呢」「那这个呢」)."""
    return len(_ASKING_ONLY.sub("", "".join(re.findall(r"[\u4e00-\u9fff]", _cleaned(text))))) >= 2


def own_cells(text: str) -> bool:
    """The message names a figure of the tables of its own (「一共新收多少件」)."""
    return any(isinstance(m, CellMeasure) for m in intent.parse(text).measures)


def _each_body(turn: str, bodies: Callable[[str], list[str]]) -> list[tuple[str, str]]:
    """(each body, the turn asked of it alone) of a turn naming several bodies by their written names
    (「A和B2023年一共收到几件申请」: A's 「A2023年一共收到几件申请」, B's); [] for any other turn."""
    text = _core(intent.normalise_years(_cleaned(turn)))
    named = list(dict.fromkeys(bodies(text)))
    if len(named) < 2 or not all(n in text for n in named):
        return []
    out = []
    for n in named:
        alone = text
        for other in named:
            if other != n:
                alone = re.sub(
                    rf"(?:[和与及、跟]\s*)?{re.escape(other)}(?:\s*[和与及、跟](?={re.escape(n)}))?", "", alone, count=1
                )
        out.append((n, alone))
    return out


def _asked(turn: str, bodies: Callable[[str], list[str]]) -> tuple[str, str] | None:
    """(the body, the question without it) of a turn naming one body."""
    text = _core(intent.normalise_years(_cleaned(turn)))
    named = list(dict.fromkeys(bodies(text)))
    if len(named) != 1:
        return None
    year = _YEAR.search(text)
    if named[0] not in text and year is None:
        return None
    # what is asked of it: the words after its year (「请问…」「好的 那…」 before the body are no part of it), or
    # the words without its name; each body of its own year
    asked = text[year.end() :] if year else text.replace(named[0], "", 1)
    return named[0], _YEAR.sub("", asked).strip(" 的")


def _named_set(turns: list[str], bodies: Callable[[str], list[str]]) -> list[str]:
    """The questions of the bodies named last with one measure and year: the turns back from the end that ask the
    same thing of another body (a turn naming no body, 「哪个多」, skipped)."""
    out: list[str] = []
    rest = None
    seen: set[str] = set()
    for turn in reversed(turns):
        got = _asked(turn, bodies)
        if got is None:
            if out and bodies(turn):
                break
            continue
        body, measure = got
        if rest is None:
            rest = measure
        elif measure != rest:
            break
        if body not in seen:
            seen.add(body)
            out.append(turn)
    return out[::-1]


def _year_pair(turns: list[str], bodies: Callable[[str], list[str]], same: bool = False) -> tuple[str, str] | None:
    """(the later-asked turn, the one before it) of the last two turns asking one figure of two years. `same`:
    only when they are the chat's last two turns and ask the same words but the year (「变化多少」「两年合计呢」
    name neither years nor figure)."""
    asked = [t for t in turns if len(set(_years(intent.normalise_years(_simplified(t))))) == 1]
    if len(asked) < 2:
        return None
    later, earlier = asked[-1], asked[-2]
    a, b = (intent.normalise_years(_simplified(t)) for t in (later, earlier))
    if bodies(a) != bodies(b) or _years(a) == _years(b):
        return None
    if same and (turns[-2:] != [earlier, later] or _YEAR.sub("", _core(a)) != _YEAR.sub("", _core(b))):
        return None
    return later, earlier


# 「两年合计呢」「两年加起来多少」: the one figure of the two years asked, added
_YEARS_SUMMED = lazy(
    r"^(?:那么?)?[\s，,]*(?:这|前后)?两(?:个)?年(?:的)?(?:份|度)?(?:一共|总共|合计|加起来|加一?块儿?|加在一起|相加|总和|之和)"
    r"(?:是|有)?(?:多少|多小|几[件个次条])?(?:呢)?[？?。]*$"
)
_UPDOWN = r"(?:增加|减少|增长|下降|上升|降低|多|少|涨|降)"
# 「变化多少」「增减了几件」「差几件」 said alone: the change between the two years the chat just asked
_BARE_CHANGE = lazy(
    r"^(?:那么?)?[\s，,]*(?:有什么|有啥|有多少)?(?:变化|增减|差|相差|差了|变了)(?:了)?(?:多少|多小|几[件个次条]?)?(?:呢)?[？?。]*$"
    # 「少了多少」「增长了多少」「减少了几件」「下降了多少呢」「是多了还是少了」: the change said by its direction (the
    # signed change later − earlier whichever direction is said: a fall asked as 「增长了多少」 is a negative figure)
    r"|^(?:那么?)?[\s，,]*(?:是|一共|总共)?(?:增加|减少|增长|下降|上升|降低|减|增|涨|降|多|少)了?(?:多少|多小|几)[件个次条]?(?:呢|啊|呀)?[？?。]*$"
    r"|^(?:那么?)?[\s，,]*(?:是)?(?:多了?还是少了?|增加了?还是减少了?|增长了?还是下降了?|涨了?还是降了?)(?:呢|啊|呀)?[？?。]*$"
    # 「少了还是多了，差几件」「是多了还是少了，相差多少」「比那年增加还是减少了，差了几件」: the direction asked either way
    # round, then by how much — the signed change as above
    rf"|^(?:那么?)?[\s，,]*(?:是|到底是)?(?:比(?:那|上|前|去)一?年(?:度)?)?{_UPDOWN}了?还是{_UPDOWN}了?(?:呢|啊|呀)?"
    r"[\s，,]*(?:那|是)?(?:相差|差了?|变化了?|增减了?|多了|少了)?(?:多少|多小|几)[件个次条]?(?:呢|啊|呀)?[？?。]*$"
)
# 「今年比去年多了还是少了」 after two turns of consecutive years: the later of them and the one before
_THIS_LAST_YEAR = lazy(r"^(?:那么?)?[\s，,]*(?:今年|本年|这一?年)(?:度)?(?:比|跟|和|与|较)(?:去年|上一?年|前一年)")
# 「上面那个呢」「前面那家的呢」: the other body the chat named (two named), of the measure asked last
_THE_OTHER = lazy(r"^(?:上面|前面|刚才|之前|刚刚)(?:的)?(?:那|这)一?(?:个|家)(?:单位)?(?:的)?(?:呢|吧)?[？?。]*$")
# 「第一家的办结呢」「刚才第一个那个呢」「最开始那家呢」: a body named earlier in the chat, by its place
_NTH_REF = lazy(
    r"^(?:刚才|刚刚|之前|前面|上面|最开始|一开始|开头)?(?:的)?(?:第[一二三四1-4](?:个|家)(?:单位)?(?:那个|那家)?)"
    r"(?=的|呢|[，,\s]|$)"
)
# the words of a message over several bodies that are no measure: who (「两家」「它俩」「上面那个市里的和它」), the
# operation (加起来, 哪个多) and the asking — what is left is the measure asked of each (「复议」「新收」)
_SET_REF = lazy(
    r"(?:上面|前面|刚才|之前)?(?:那个|那家|这个)?[市县区省州]?(?:里面?)?的?(?:和|跟|与)(?:它|他|这家)们?"
    r"|它俩|他俩|这俩|那俩|俩|(?:这|那)?(?:两|二|三|四|五|几|[2-5])(?:个|家)(?:单位|部门|机关)?(?:里|中|之间)?"
    r"|两者|二者|它们|他们|这些"
)
_SET_COUNT = {"三": 3, "3": 3, "四": 4, "4": 4, "五": 5, "5": 5}


@functools.cache
def _spec_corrector():
    """The homophone corrector over the tables' and the text's words (rag/typos.py), no body names."""
    from .typos import Corrector, vocabulary

    return Corrector(vocabulary())


def _set_measured(turns: list[str], text: str, bodies: Callable[[str], list[str]]) -> Conversed | None:
    """「两家复议一共几件」「它俩的复议加起来呢」「上面那个市里的和它加起来新收多少」「这两家复议哪个多」: an operation
    over the bodies the chat named, with a measure of its own — each body's figure of that measure (its year as
    asked), then the operation; never the last body's figure alone, nor the whole store's sum."""
    refs = _SET_REF.search(text)
    if refs is None:
        return None
    op = (
        "sum"
        if intent.SUM.search(text)
        else "more"
        if _WHICH_MORE.search(text)
        else "diff"
        if _DIFF.search(text)
        else None
    )
    if op is None and (_MOST.search(text) or _LEAST.search(text)):
        op = "min" if _LEAST.search(text) else "max"
    if op is None:
        return None
    rest = _SET_REF.sub("", text)
    for pat in (intent.SUM, _WHICH_MORE, _MOST, _LEAST, _DIFF):
        rest = pat.sub("", rest)
    rest = re.sub(r"(?:是|有|为)?(?:多少|几)[件个条项份篇次]?|[的呢吗啊呀里中是]|[？?。，,\s]", "", rest)
    if len(re.findall(r"[\u4e00-\u9fff]", rest)) < 2 or _NOT_A_MEASURE.match(rest):
        return None
    if not own_cells(rest):  # 「它俩的复意加起来呢」: the measure heard against the tables' words (复议)
        rest = _spec_corrector().correct(rest) or rest
    if not own_cells(rest):
        return None  # (「两家哪个更多一些」: no figure of the tables named — read as before)
    # 「两家」「它俩」「和它」 two, 「三家」 three; 「这几家」「它们」「这些」 every body the chat named
    count = next((n for k, n in _SET_COUNT.items() if k in refs.group()), 2)
    if re.search(r"几|这些|们", refs.group()) and not re.search(r"俩|两|二", refs.group()):
        count = len(turns)
    named: list[tuple[str, str]] = []  # (body, its year as last asked), the body named last first
    for turn in reversed(turns):
        got = _asked(turn, bodies)
        if got is None or any(b == got[0] for b, _ in named):
            continue
        years = _years(_core(intent.normalise_years(_cleaned(turn))))
        named.append((got[0], years[0] if years else ""))
        if len(named) == count:
            break
    if len(named) < 2:
        return Conversed("unread")
    return Conversed("bodies", op=op, questions=[f"{b}{y}{rest}是多少" for b, y in named[::-1]])


def _share_pair(turns: list[str], bodies: Callable[[str], list[str]]) -> list[str]:
    """The last two turns asking a share (「…占全部办理结果的百分之几」「…部分公开占比是多少」) of one body and year."""
    shares = [t for t in turns if _SHARE_WORD.search(t)]
    if len(shares) < 2:
        return []
    a, b = shares[-2:]
    if bodies(a) != bodies(b) or _years(intent.normalise_years(a)) != _years(intent.normalise_years(b)):
        return []
    return [a, b]


def _year_of(turn: str) -> str:
    """The one year a turn asks, as written in full (「2024年」)."""
    return _years(intent.normalise_years(_simplified(turn)))[0]


def _newer_first(later: str, earlier: str) -> tuple[str, str]:
    """Two turns of one figure in two years, the newer year's first, whichever was asked last."""
    return (earlier, later) if _year_of(later) < _year_of(earlier) else (later, earlier)


def _change_since(newer: str, older: str, bodies: Callable[[str], list[str]]) -> Conversed:
    """The newer turn's figure less the older's (「前后两年差多少」「变化多少」): 「A年比B年」 is A − B as written,
    so the newer year is written first."""
    asked = _with_operation(_core(intent.normalise_years(_simplified(newer))), f"比{_year_of(older)}", bodies)
    return Conversed("ask", asked) if asked else Conversed("unread")


def _year_digits(turn: str) -> set[str]:
    """The years a turn asks, as digits (「2024年度」 and 「2024年」 alike)."""
    return {y[:4] for y in _years(intent.normalise_years(_simplified(turn)))}


def _back(turns: list[str], text: str, bodies: Callable[[str], list[str]], last_measure: bool = False) -> Conversed:
    """「回到刚才那个局，不予公开的呢」「再回到第一个，行政诉讼的呢」「回到24年 行政复议的呢」: the turn that named the
    body or year gone back to, with the rest of the message read as its follow-up."""
    after = _BACK.sub("", text).strip(" ，,")
    # 「回到刚才那个文化广电新闻出版旅游局，予以公开的呢」「回到成都市武侯区民政局，新收的呢」: the body named
    named_back = _back_to_named(turns, _BACK_THAT.sub("", after), bodies)
    if named_back.kind != "unread":
        return named_back
    m = _BACK_WHAT.match(after)
    if m is None:
        return named_back
    rest = after[m.end() :].strip(" ，,、的")
    target = None
    if m.group("year"):
        year = intent.normalise_years(m.group("year").replace(" ", ""))
        if not year.startswith(("19", "20")):
            year = "20" + year
        year = year.replace("年度", "年")
        target = next((t for t in reversed(turns) if _year_digits(t) == {year[:4]}), None)
    else:
        named: list[tuple[str, str]] = []  # (body, its last turn), in the order first named
        for turn in turns:
            got = _asked(turn, bodies)
            if got is None:
                # 「A和B2023年一共收到几件申请」: each body of a turn naming several, with that turn's question
                named += [(b, t) for b, t in _each_body(turn, bodies) if b not in {n for n, _ in named}]
                continue
            idx = next((i for i, (b, _) in enumerate(named) if b == got[0]), None)
            if idx is None:
                named.append((got[0], turn))
            else:
                named[idx] = (got[0], turn)
        if m.group("nth"):
            i = _NTH[m.group("nth")]
            target = named[i][1] if i < len(named) else None
        elif len(named) == 1 and (m.group("kind") or "") in named[0][0]:
            target = named[0][1]  # (「回到刚才那个局」 after the one body and a set: that body — branch zbfixb)
        elif len(named) >= 2:
            last_body = next((b for t in reversed(turns) for b in bodies(t)[:1]), None)
            others = [(b, t) for b, t in named if b != last_body]
            kind = m.group("kind") or ""
            fit = [(b, t) for b, t in others if kind and kind in b] or others
            target = fit[-1][1] if fit else None
    if target is None:
        return Conversed("unread")
    if not rest or re.fullmatch(r"(?:的)?(?:呢|吧|吗)?[？?。]*", rest):
        last = next((t for t in reversed(turns) if _asked(t, bodies)), target)
        got = _asked(target, bodies)
        if last_measure and got and last != target:
            # 「刚才第一个那个呢」 after another body's 行政复议: the first body's figure of the measure asked last
            asked = resolve(last, got[0] + "呢", bodies)
            return Conversed("ask", asked) if asked else Conversed("unread")
        return Conversed("ask", _core(intent.normalise_years(_simplified(target))))
    follow = rest if _TAIL.search(rest) or _LEAD.search(rest) else rest + "呢"
    asked = resolve(target, follow, bodies)
    return Conversed("ask", asked) if asked else Conversed("unread")


_BACK_THAT = lazy(r"^(?:刚才|刚刚|之前|前面|上面|开始|最开始)?(?:的)?(?:那|这)?一?(?:个|家)?")


def _back_to_named(turns: list[str], after: str, bodies: Callable[[str], list[str]]) -> Conversed:
    """「回到成都市武侯区民政局，新收的呢」「回到安福县文广新旅局，予以公开的呢」 (after a set's sum, count and largest): the
    last turn that asked of the body named, with the rest of the message read as its follow-up (branch zbfixb)."""
    head = re.split(r"[，,。；;\s]", after, maxsplit=1)[0]
    named = list(dict.fromkeys(bodies(head))) if head else []
    if len(named) != 1:
        return Conversed("unread")
    body = named[0]
    target = next(
        (
            u
            for t in reversed(turns)
            if (got := _asked(u := unicodedata.normalize("NFKC", t), bodies)) and (got[0] in body or body in got[0])
        ),
        None,
    )
    if target is None:
        return Conversed("unread")
    # (「被申请复议多少次」 gone back to with 「新收的呢」: the other measure's count, not 「新收多少次」)
    target = re.sub(r"(多少|几)次", r"\1", target)
    rest = after[len(head) :].strip(" ，,、；;的")
    if not rest or re.fullmatch(r"(?:的)?(?:呢|吧|吗)?[？?。]*", rest):
        return Conversed("ask", _core(intent.normalise_years(_simplified(target))))
    follow = rest if _TAIL.search(rest) or _LEAD.search(rest) else rest + "呢"
    asked = resolve(target, follow, bodies)
    return Conversed("ask", asked) if asked else Conversed("unread")


# ---------------------------------------------------------------------------------------------- a set's follow-ups
# After a question over a set of reports (a place × kind × year: 「湖南省2021年县级部门新收申请一共多少」「宁波市2023年的
# 报告一共有几份」) the user widens it, narrows it or asks its parts: 「把2020年也算进来」「2020和2021两年合起来呢」「只看
# 2020年的」「其中部门的有几份」「去掉乡镇」「那各家分别多少」「最多的是谁」. `on_set` writes the set's question again
# with that change (the answer says the question it was read as); it was answered 「报告未提及」 of no set.
_SET_WIDEN = lazy(
    r"算进来|算进去|算上|加上|加进来|加进去|包括|包含|连同|也算|一起|合起来|加起来|合在一起|合计|一共|总共|都算|都要|"
    r"(?:两|三|四|几)(?:个)?年"
)
_SET_ONLY = lazy(r"只看|只算|只要|只统计|只查|仅看|仅限|单看|光看|就看")
_SET_WITHOUT = lazy(r"去掉|去除|除去|除了|除掉|不算|不含|不包括|排除|剔除|扣除|刨去|拿掉|减去")
_SET_PARTS = lazy(
    r"分别|各家|每家|各自|每个单位|每一家|各单位|各个单位|每个部门|各部门|逐个|一家一家|明细|列一下|列出来|列个表"
)
_SET_TOP = lazy(
    r"(?:(?:是)?(?:谁|哪家|哪个|哪一家|哪个单位|哪个部门)(?:的)?最(?P<a>多|少|高|低|大|小)|"
    r"最(?P<b>多|少|高|低|大|小)的?(?:是|为)?(?:谁|哪家|哪个|哪一家|哪个单位|哪个部门))"
)
# 「排第一的是谁」「哪家排头名」「谁是榜首」: the largest of the set (branch zbfixb)
_SET_FIRST = lazy(r"排(?:名|在)?(?:第一|首位|头名|头一个?)|第一名|头名|排头|榜首|数第一|(?:是|为)第一")
# 「一共几家」「算了几份报告」「这是几个单位的」 after a set's figure: how many reports it counted (branch zbfixb)
SET_COUNT = "有几份报告"
_SET_HOW_MANY = lazy(r"(?:几|多少)(?:个|份)?(?:家|单位|部门|机关|报告|年报)|几份|多少份")
# the kinds of body a narrowing names (「其中部门的」「去掉乡镇」「那区县的呢」), as LEVELS — from extractor/levels.py's
# one vocabulary (its stored words and its loose words), plus what a chat says of a tier's government or departments
# that the overview's filter does not take (「县政府」「区政府」: a bare 市政府 is a noun in a question, not in a
# narrowing of a set already asked). Looked up in order: one level, then a tier's two, then any tier's.
_CHAT_WORDS: dict[str, tuple[str, ...]] = {
    "省级政府": ("省政府",),
    "市级政府": ("市政府",),
    "县级政府": ("县政府", "区政府"),
    "县级部门": ("区直",),
}
_ANY_TIER = (
    (r"部门|局委办|委办局|局", ("省级部门", "市级部门", "县级部门")),
    (r"政府", ("省级政府", "市级政府", "县级政府", "乡级政府")),
)


def _alternation(words: set[str]) -> str:
    """One pattern of the words, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _named_kinds() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The narrowing words of one level each (departments first, as the chat's words overlap least that way), then
    those of a tier's government and departments together (「区县」「县一级」)."""
    order = ("省级部门", "市级部门", "县级部门", "省级政府", "市级政府", "县级政府", "乡级政府")
    one = tuple(
        (
            _alternation(
                {*KIND_WORDS[lv], *_CHAT_WORDS.get(lv, ()), *(w for w, lvs in LOOSE_WORDS.items() if lvs == (lv,))}
            ),
            (lv,),
        )
        for lv in order
    )
    pairs: dict[tuple[str, ...], set[str]] = {}
    for word, lvs in LOOSE_WORDS.items():
        if len(lvs) > 1:
            pairs.setdefault(lvs, set()).add(word)
    return one + tuple((_alternation(words), lvs) for lvs, words in pairs.items())


_NAMED_KINDS = _named_kinds()
_SET_KINDS = (*_NAMED_KINDS, *_ANY_TIER)
# a sum's words in the set's question (「加起来一共多少」「把…加总一下」): taken out for its parts or its largest
_SET_SUM_WORDS = lazy(
    r"(?:总数|总和|总量)?(?:加起来|加在一起|加到一起|加一块儿?|加总(?:一下)?|相加|汇总(?:一下)?|全部加)?"
    r"(?:一共|总共|共计|合计)?(?:分别|各自|各)?(?:是|有|为)?(?:多少|多小|几)[件个条项次]?\s*[？?。]*$"
)
# an average over the set (「平均每家多少」「平均下来一家几件」), asked after its sum or its largest; its words taken out of
# a set's average question for its largest or its sum
_SET_AVG = lazy(r"平均|均值|每家平均|一家平均")
# the set's median asked after its sum (「那中位数呢」「取中间值呢」)
_SET_MEDIAN = lazy(r"中位数|中位值|中值|中间值|中间数")
_SET_AVG_WORDS = lazy(r"平均(?:下来|起来|算下来)?(?:每家|一家|每个单位|每个|每份)?|(?:每家|一家)平均(?:下来)?")
# the years a set question says, with what joins them (「2020年和2021年」「2019年至2021年」), taken out as one
_YEARS_RUN = lazy(r"(?:19|20)\d{2}\s*年度?(?:\s*(?:和|与|及|、|,|，|至|到|-|—)\s*(?:19|20)\d{2}\s*年度?)*")
_SET_COUNTED = lazy(r"几份|多少份|份数|报告数量|报告数|年报数量|几家|多少家|报告有多少|年报有多少")


def _joined(words: list[str]) -> str:
    """「A」「A和B」「A、B和C」."""
    return words[0] if len(words) == 1 else "、".join(words[:-1]) + "和" + words[-1]


def on_set(
    prev: str, q: str, place: str, kind_said: str | None, members: list[str], bodies: Callable[[str], list[str]]
) -> str | None:
    """The set question `prev` (over `place`'s reports; `kind_said`: its kind as written, e.g. 「县级部门」;
    `members`: the levels of its reports) as the follow-up `q` changes it, or None when `q` is no such follow-up."""
    text = intent.normalise_years(_cleaned(q))
    if (turn := set_followup.changed(prev, text)) is not None and turn.vocabulary == "sector":
        return turn.question  # 「那卫健部门呢」 after a sector's set (ztfixa)
    rest = _TAIL.sub("", _LEAD.sub("", text)).strip(" ，,的")
    # (「那县区政府呢」: a kind of body alone, never a body — the scope reader may match it to one)
    if len(text) > LONGEST or (not any(re.fullmatch(k, rest) for k, _ in _SET_KINDS) and bodies(text)):
        return None
    p = _core(intent.normalise_years(_simplified(prev.strip())))
    place = _place_written(p, place)
    at = p.find(place)
    if at < 0:
        return None
    top_asked = _SET_TOP.search(text) or _SET_FIRST.search(text)
    if own_cells(_SET_TOP.sub("", _SET_FIRST.sub("", text)).replace("数量", "") if top_asked else text):
        return _set_row(p, text)
    if _SET_HOW_MANY.search(text) and not _years(text) and kind_said and kind_said in p and len(text) <= 12:
        if _SET_COUNTED.search(p) and not own_cells(p):
            return None  # (the set's own count asked again)
        return p[: p.find(kind_said) + len(kind_said)] + SET_COUNT
    if _STORE_WIDE.search(text) and not top_asked and not _SET_PARTS.search(text):
        return None
    years = _years(text)
    said = sorted({y[:4] for y in _years(p)})
    counted = bool(_SET_COUNTED.search(p)) and not own_cells(p)
    if years:
        if re.sub(r"[\d年度和与、,，及跟同\s]", "", _TAIL.sub("", text)) and not (
            _SET_WIDEN.search(text) or _SET_ONLY.search(text)
        ):
            return None  # (「那2020年呢」: the previous question's year replaced — `resolve`)
        digits = {y[:4] for y in years}
        if not _SET_ONLY.search(text):
            digits |= set(said)
        written = _joined([f"{y}年" for y in sorted(digits)])
        bare = _YEARS_RUN.sub("", p)
        at = bare.find(place)
        return (bare[:at] + written + bare[at:]).replace("年的的", "年的") if at >= 0 else None
    # (「最大的是哪个部门」: the body asked for, no kind narrowing the set)
    kinds = _kinds_asked(re.sub(r"哪一?(?:个|家)?(?:部门|单位|机关|局)", "", text), members)
    if kinds is not None:
        if not re.search(r"其中|只|仅|单|光|就|去|除|不算|不含|不包括|排除|剔除|扣|刨|拿掉|呢|的|有几|多少", text):
            return None
        written = _joined(list(kinds)) if kinds else ""
        if not written:
            return None
        if kind_said and kind_said in p:
            return p.replace(kind_said, written, 1)
        every = _EVERY_BODY.search(p)
        if every:  # 「湖南省2021年各单位…」: the kinds kept instead of every body
            return p[: every.start()] + written + p[every.end() :]
        year = list(_YEAR.finditer(p))
        cut = year[-1].end() if year and year[-1].start() > at else at + len(place)
        return p[:cut] + written + ("" if p[cut:].startswith("的") else "的") + p[cut:]
    if counted:
        return None  # (the parts or the largest of a count of reports: not said)
    plain = _SET_AVG_WORDS.sub("", re.sub(r"^(?:请|麻烦)?(?:帮我)?把", "", p))
    core = _SET_SUM_WORDS.sub("", plain).rstrip(" 的，,")
    if core == plain.rstrip(" 的，,"):  # (「…一共收到多少申请」: the sum's words inside the question)
        core = re.sub(r"一共|总共|共计|合计|加起来|多少|几件|几个", "", plain).rstrip(" 的，,？?。")
    if core == p.rstrip(" 的，,") or not intent.parse(core).measures:
        return None
    if _SET_MEDIAN.search(text):  # 「那中位数呢」: the same set and measure's median (zsfixb)
        return core + "的中位数是多少"
    if _SET_AVG.search(text) and re.search(r"多少|几|数|呢|[？?]\s*$", text):  # (「平均每家呢」: zsfixb)
        return core + "平均每家多少"
    top = _SET_TOP.search(text)
    if top:
        end = {"大": "多", "小": "少"}.get(end := top.group("a") or top.group("b"), end)
        return core + f"最{end}的是哪个单位"
    if _SET_FIRST.search(text) and not _SET_PARTS.search(text):
        return core + "最多的是哪个单位"
    if _SET_PARTS.search(text) and re.search(r"多少|几|列|明细|数", text):
        return core + "分别是多少"
    return None


def _place_written(p: str, place: str) -> str:
    """The set's place as the question wrote it (「江西」「广西」 for 江西省, 广西壮族自治区): the place's full name
    when written, else its short name when that is, else the full name (not found)."""
    if place in p:
        return place
    short = re.sub(r"(?:壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$", "", place)
    for name in (short, short[:2]):
        if len(name) >= 2 and name in p:
            return name
    return place


_EVERY_BODY = lazy(r"(?:各个?|所有|全部|每个)(?:单位|部门|机关)")


def _set_row(p: str, text: str) -> str | None:
    """「行政复议呢」「换成不予公开」 after a set's figure: the set's question of that row (never the whole store's)."""
    if not (_LEAD.search(text) or _TAIL.search(text)) or _years(text) or _OWN_ASK.search(_TAIL.sub("", text)):
        return None
    measure = _TAIL.sub("", _LEAD.sub("", text)).strip(" ，,：:的")
    spans = sorted((a, b) for t in intent.ts.ROW_TERMS for a, b, _ in intent.found_terms(p, t, "row"))
    if not measure or not spans:
        return None
    a, b = spans[0]
    for a2, b2 in spans[1:]:  # (「收到的信息公开申请」 found as two terms: the row's words whole)
        if (a2 <= b or p[b:a2] == "的") and not re.search(r"一共|总共|共计|合计|多少|几|加|平均|是|为", p[a2:b2]):
            b = max(b, b2)
    tail = _ROW_TAIL.match(p, b)  # (「新收申请」「行政处罚决定」「行政复议案件」: the row's words whole)
    return p[:a] + measure + p[tail.end() if tail else b :]


_ROW_TAIL = lazy(r"(?:的)?(?:信息公开|政府信息公开)?(?:申请|案件|决定)(?:数量|数|件数)?|数量|件数")


def _kinds_asked(text: str, members: list[str]) -> tuple[str, ...] | None:
    """The levels a narrowing of a set keeps (「其中部门的」: the departments' levels among the set's members;
    「去掉乡镇」: the members' other levels), or None when the message names no kind of body."""
    for pattern, levels in _SET_KINDS:
        m = re.search(pattern, text)
        if m is None:
            continue
        if _SET_WITHOUT.search(text[: m.start()]) or re.search(r"除外|不算|以外|之外", text[m.end() :]):
            return tuple(lv for lv in LEVELS if lv in members and lv not in levels)
        present = tuple(lv for lv in levels if lv in members)
        return present or levels
    return None


# 「同省同年的区县政府」「跟我们同省同级的省直部门」「本省2021年县级部门」「这个省2023年的乡镇」: on a chosen report, a set of
# its own province (its year unless one is written, its level when 同级 is said)
_OWN_PROVINCE = lazy(
    r"^(?:那么?|请问|想问一?下)?(?:跟|和|与|同)?(?:我们|咱们|本单位|我单位|这家|该单位|它)?(?:的)?"
    r"(?P<prov>同省|同一个?省(?:份)?|本省|我省|我们省|咱们省|咱省|全省|这个省|该省|省内)(?:份)?(?:的|里|内|里面)?"
    r"(?P<same>(?:同年|同一年|同期|同级|同一级|同级别|同一级别|同层级)(?:的|里|内)?)*"
)
_OWN_LEVEL_WORDS = lazy(r"同级|同一级|同级别|同一级别|同层级")
_OWN_YEAR_WORDS = lazy(r"今年|本年度?|当年|同年|同一年|同期")


def own_province(q: str, province: str, year: int, level: str | None) -> str | None:
    """The question asked on a chosen report of `province`'s set (see above), written as a set question of the
    store: 「同省同年的区县政府一共收到多少申请」 on 湘乡市人民政府2025 → 「湖南省2025年区县政府一共收到多少申请」. None
    when the message asks no such set (no kind of body written, nor 同级, or no count or sum asked)."""
    text = intent.normalise_years(_cleaned(q))
    m = _OWN_PROVINCE.match(text)
    if m is None:
        return None
    rest = text[m.end() :]
    same = m.group("same") or ""
    kinds = [lv for pattern, levels in _NAMED_KINDS if re.search(pattern, rest) for lv in levels]
    if not kinds and not (_OWN_LEVEL_WORDS.search(same) and level):
        return None
    if not re.search(
        r"一共|总共|合计|加起来|加在一起|加总|总数|总和|几份|多少份|几家|多少家|有几|多少|最多|最少|哪个|哪家", rest
    ):
        return None
    years = _years(rest)
    rest = _OWN_YEAR_WORDS.sub("", _YEAR.sub("", rest)).lstrip("的 ，,")
    if not kinds and level:
        rest = re.sub(r"^(?:兄弟)?(?:单位|机关|部门)(?:的)?", "", rest)  # (「同级单位」: the level is the kind)
        rest = level + rest
    if re.search(r"几份|多少份|份数", rest) and not own_cells(rest):
        rest = re.sub(r"^((?:[省市县乡][级直]|区县|县区)?(?:部门|政府|乡镇|街道|单位)(?:的)?)?.*$", r"\1", rest).rstrip(
            "的"
        )
        rest += "的报告有几份"  # (a count of the set's reports, as the set's count is asked)
    when = _joined(years) if years else f"{year}年"
    return f"{province}{when}{rest}"


# 「那武侯区这些部门2023年加起来呢」「把安福县各个局当年的都加上呢」「整个雁塔区的部门合计呢」 after one body's figure: the
# body's place's departments (of the body's kind) of that year, the same measure summed (branch zbfixb)
_TO_SET = lazy(
    r"^(?:那么?|嗯|好的?|再|那就)?\s*(?:把|将)?(?:整个|全)?(?P<place>[\u4e00-\u9fff]{1,10}?(?:区|县|市|旗))(?:的|里|里面)?"
    r"(?:这些|那些|各个?|所有的?|全部的?|全体|整个|其他)?(?:的)?(?:部门|局委办|委办局|局|单位|机关)(?:的)?(?P<rest>.*)$"
)
_TO_SET_SAME_YEAR = lazy(r"同一?年|那一?年|当年|这一?年|同期")
_TO_SET_ASKING = lazy(r"一共|总共|共计|合计|(?:有|是)?多少[件次个份]?|有?几[件次个份]|有几|[？?。！!]|呢|啊|吗|呀|\s")


def to_place_set(last: str, q: str, body: str, level: str | None, bodies: Callable[[str], list[str]]) -> str | None:
    """`q` (「那武侯区这些部门2023年加起来呢」) after `last`, one body's figure (`body` of kind `level`): the sum of that
    figure over the departments of the body's place of that year, as a set question (「武侯区2023年县级部门行政复议加起来
    有多少」), or None when `q` is no such message. The set is the place's departments — never the whole store."""
    text = intent.normalise_years(_cleaned(q))
    m = _TO_SET.match(text)
    if m is None or len(text) > LONGEST + 6 or not level or not level.endswith("部门"):
        return None
    place, rest = m.group("place"), m.group("rest")
    if place not in body or place == body or not intent.SET_SUM.search(rest) or own_cells(intent.SET_SUM.sub("", rest)):
        return None
    last = unicodedata.normalize("NFKC", last)  # (「２０２２年」: the year in ASCII digits)
    asked = _asked(last, bodies)
    if asked is None:
        return None
    years = _years(text)
    said = _YEAR.search(intent.normalise_years(_cleaned(last)))
    if not years and said is None:
        return None
    if _TO_SET_ASKING.sub("", _TO_SET_SAME_YEAR.sub("", intent.SET_SUM.sub("", _YEAR.sub("", rest)))).strip("的都是"):
        return None  # (something else asked beside the sum)
    year = years[0][:4] + "年" if years else re.sub(r"\s|度", "", said.group()) if said else ""
    measure = _TO_SET_ASKING.sub("", asked[1]).replace("了", "").strip(" 的有是")
    full = f"{place}{year}{level}{measure}加起来有多少"
    return full if measure and own_cells(full) else None


# ---------------------------------------------------------------------- over the previous answer's set (zkfixb)
# After a set was answered — a ranking of a place's reports by one measure, the units over a threshold — the user
# re-sorts THAT set by another measure (「改成以新收申请数来排序」「这几家按全部公开的排一下」「sort these by 予以公开,
# desc」), asks its top by it (「换成按新收的排，第一是谁」「re-sort by 予以公开, top 1?」) or keeps its members over a
# figure (「只保留其中大于86件的」「筛一下，>12件的留下」「其中超过48件的是哪几家」: the measure the previous turn ranked
# or compared). `over_answer` says which; rag/ask.py asks each member of the previous answer (never the whole store).
_BY = r"(?:按照?|依照|依据|根据|以|用|拿)"
_DIRECTION = (
    r"(?:从|由)(?:多|高|大)(?:往|到|至)(?:少|低|小)|(?:从|由)(?:少|低|小)(?:往|到|至)(?:多|高|大)"
    r"|降序|升序|倒序|顺序|逆序"
)
_RESORT_ZH = lazy(
    rf"(?:(?:换成|改成|改为|换为|改用|改|换|那|再|重新)?{_BY}|改用|换用)\s*(?P<m>[^，,。？?；;]{{2,28}}?)\s*(?:来|重新|再|进行)?"
    rf"\s*(?P<dir>{_DIRECTION})?\s*(?:来|重新|再|进行)?(?:排序|排一下|排一排|排个序|排下序|排个名|排名|排列|重排|重新排|排)"
)
_RESORT_EN = lazy(
    r"(?:re-?)?(?:sort|rank|order|rerank)(?:ed)?\s*(?:them|these|those|it|the set|the list)?\s*by\s*"
    r"(?P<m>.+?)\s*(?:instead|again)?\s*(?:[,，;；?？。]|\b(?:desc|asc|descending|ascending|top|bottom|highest|lowest)\b|$)",
    re.IGNORECASE,
)
_RESORT_ASC = lazy(r"(?:从|由)(?:少|低|小)(?:往|到|至)(?:多|高|大)|升序|顺序|\basc(?:ending)?\b", re.IGNORECASE)
_RESORT_TOP = lazy(
    r"第一|榜首|头名|排头|最(?:多|高|大)|\btop\s*(?:1|one)?\b(?!\s*[2-9])|\bhighest\b|\bmost\b", re.IGNORECASE
)
_RESORT_BOTTOM = lazy(r"倒数第一|最(?:少|低|小)|\bbottom\s*(?:1|one)?\b|\blowest\b|\bleast\b", re.IGNORECASE)
# a threshold: its comparison (strict or not, which side) and figure
_CMP_WORDS = (
    ("ge", r"不少于|不低于|不小于|至少|>=|≥|＞＝|\bat least\b|\bno (?:less|fewer) than\b"),
    ("le", r"不超过|不多于|不高于|不大于|至多|最多|<=|≤|＜＝|\bat most\b|\bno more than\b"),
    ("gt", r"大于|超过|多于|高于|超出|不止|>|＞|\babove\b|\bover\b|\bmore than\b|\bgreater than\b|\bhigher than\b"),
    ("lt", r"小于|少于|低于|不到|不足|<|＜|\bbelow\b|\bunder\b|\bless than\b|\bfewer than\b|\blower than\b"),
)
_UNIT = r"\s*(?:件|个|次|条|项|份)?"
_THRESHOLD = lazy(
    "|".join(rf"(?P<{k}>{w})\s*(?P<{k}n>\d+){_UNIT}" for k, w in _CMP_WORDS)
    + rf"|(?P<above>\d+){_UNIT}(?:以上|及以上)(?P<strict>[(（]?不含(?:\d+{_UNIT})?[)）]?)?"
    + rf"|(?P<below>\d+){_UNIT}(?:以下|及以下)(?P<bstrict>[(（]?不含(?:\d+{_UNIT})?[)）]?)?",
    re.IGNORECASE,
)
_KEEP = lazy(
    r"只保留|保留|留下|只留|留着|筛|过滤|只要|只看|只列|其中|里面|当中|之中|这些|这几|它们|他们|哪些|哪几|哪家"
    r"|\bkeep\b|\bfilter\b|\bonly\b|\bwhich\b",
    re.IGNORECASE,
)
# a narrowing said to be of the set answered (a threshold of a measure of its own, beside these, asks of its own)
_KEEP_SET = lazy(
    r"只保留|保留|留下|只留|筛|过滤|只要|只看|其中|里面|当中|之中|这些|这几|它们|他们|\bkeep\b|\bfilter\b", re.I
)
# what a re-sort's or a narrowing's words are beside its measure
_RESORT_NOISE = lazy(
    r"^(?:了|的|把|将|这些|这几家?|它们|他们|那些|这|那|其中|里面)+|(?:的|来|重新|再|进行|数据|数值|情况)+$"
)


class OverAnswer:
    """A re-sort (`kind` "sort": `op` desc, asc, max or min) or a narrowing (`kind` "keep": `cmp` gt/ge/lt/le of
    `figure`) of the previous answer's set; `measure`: the words of the measure it names (None: the previous
    turn's)."""

    def __init__(self, kind: str, measure: str | None, op: str = "", cmp: str = "", figure: float = 0.0):
        self.kind, self.measure, self.op, self.cmp, self.figure = kind, measure, op, cmp, figure

    def __repr__(self) -> str:
        return f"OverAnswer({self.kind!r}, {self.measure!r}, {self.op!r}, {self.cmp!r}, {self.figure!r})"


def _measure_words(words: str) -> str | None:
    """The words of a measure of the tables (「新收的政府信息公开申请」「同意公开的件数」), or None."""
    from . import english

    m = _RESORT_NOISE.sub("", words.strip(" ，,：:"))
    m = _RESORT_NOISE.sub("", m)
    if re.search(r"[A-Za-z]", m):
        m = english.chinese(m)
    if len(re.findall(r"[\u4e00-\u9fff]", m)) < 2 or not own_cells(m):
        return None
    return m


def over_answer(q: str) -> OverAnswer | None:
    """`q` as a re-sort or a narrowing of the previous answer's set (see above), or None."""
    text = unicodedata.normalize("NFKC", _cleaned(q)).strip()
    if len(text) > LONGEST + 24 or _years(intent.normalise_years(text)):
        return None
    sort = _RESORT_ZH.search(text) or _RESORT_EN.search(text)
    if sort is not None:
        measure = _measure_words(sort.group("m"))
        if measure is None:
            return None
        rest = text[: sort.start()] + " " + text[sort.end() :]
        asc = _RESORT_ASC.search(sort.group()) or _RESORT_ASC.search(rest)
        if _RESORT_BOTTOM.search(rest):
            op = "min"
        elif _RESORT_TOP.search(rest):
            op = "max"
        else:
            op = "asc" if asc else "desc"
        return OverAnswer("sort", measure, op)
    th = _THRESHOLD.search(text)
    if th is None or not _KEEP.search(text):
        return None
    kind = next(k for k in ("ge", "le", "gt", "lt", "above", "below") if th.group(k))
    if kind in ("above", "below"):
        figure = float(th.group(kind))
        strict = th.group("strict" if kind == "above" else "bstrict")
        cmp = ("gt" if strict else "ge") if kind == "above" else ("lt" if strict else "le")
    else:
        figure, cmp = float(th.group(kind + "n")), kind
    rest = text[: th.start()] + text[th.end() :]
    rest = re.sub(
        r"(?:是|有)?(?:哪些|哪几家?|哪家|谁)(?:单位|部门|机关)?|的|了|一下|留下|保留|筛选?|过滤|[，,。？?！!\s]|"
        r"\b(?:keep|only|those|these|them|ones|the)\b",
        "",
        rest,
        flags=re.IGNORECASE,
    )
    rest = _KEEP.sub("", rest)
    measure = _measure_words(rest) if rest else None
    if rest and measure is None and re.search(r"[\u4e00-\u9fff]{3,}", rest):
        return None  # (words of their own beside the threshold that name no measure: not a narrowing)
    if measure is not None and not _KEEP_SET.search(text):
        return None  # (「新收申请超过50件的有哪些」: a question of its own unless it says it narrows the set)
    return OverAnswer("keep", measure, cmp=cmp, figure=figure)


def ranked_measure(prev: str) -> str | None:
    """The measure the set question `prev` ranked or compared, in its own words (「新收的政府信息公开申请」), or None."""
    p = _core(intent.normalise_years(_simplified(prev.strip())))
    spans = sorted((a, b) for t in intent.ts.ROW_TERMS for a, b, _ in intent.found_terms(p, t, "row"))
    if not spans:
        return None
    a, b = spans[0]
    for a2, b2 in spans[1:]:
        if (a2 <= b or p[b:a2] == "的") and not re.search(r"一共|总共|共计|合计|多少|几|加|平均|是|为", p[a2:b2]):
            b = max(b, b2)
    lead = re.search(r"(?:本年(?:度)?)?新$", p[:a])  # (「新收的…申请」: the row's words whole)
    tail = _ROW_TAIL.match(p, b)
    words = p[lead.start() if lead else a : tail.end() if tail else b]
    return words if own_cells(words) else None


def kept(value: float, cmp: str, figure: float) -> bool:
    """`value` passes the narrowing `cmp` `figure`."""
    return {"gt": value > figure, "ge": value >= figure, "lt": value < figure, "le": value <= figure}[cmp]


CMP_SAID = {"gt": "超过", "ge": "不少于", "lt": "少于", "le": "不超过"}


# (zufixb) a follow-up on a turn that asked several table figures at once (「A和B2023年的新收申请和行政复议各多少」):
# 「再加上结转下年度的」「把行政诉讼也加上」「那X也说一下，三个一起列」 add an item to the same asks; 「那2022年的这两项呢」
# 「2021年的呢？两个数都要」「换成2024年，同样两项」 ask the same items of another year — the bodies kept as written
_ADD_LEAD = lazy(r"^(?:那么?|还有|另外)?(?:再|也)?(?:加上?一个|加上|加|把)?")
_ADD_TAIL = lazy(r"(?:[也再]?(?:加上|加进去|算上|说一下|列上|要))?(?:呢)?(?:[，,].*)?[？?。！!]*$")
_ADD_SAID = lazy(r"加上|加一个|加进|算上|也说一下|也列|一起列|还有")
_SAME_ITEMS = lazy(r"这(?:两|三|几)(?:项|个)|(?:两|三)个数|同样(?:的)?(?:两|三|几)?项?|都要|这些")
_EACH_ASK = lazy(r"(?:各|分别)(?:是|为|有)?(?:多少|几)件?[？?。！!]*$")


def several_followup(previous: str, text: str) -> str | None:
    """The previous turn's several asks with an item added or its year replaced; None for any other message."""
    prev = intent.normalise_years(previous.strip())
    cells = intent.table_measures(prev)
    if len({(c.table, c.row, c.col) for c in cells}) < 2:
        return None
    said = intent.normalise_years(text)
    years = re.findall(r"(?:19|20)\d{2}(?=\s*年)", said)
    if years and _SAME_ITEMS.search(said):
        if len(set(re.findall(r"(?:19|20)\d{2}(?=\s*年)", prev))) != 1:
            return None
        return re.sub(r"(?:19|20)\d{2}(?=\s*年)", years[0], prev)
    if years or not _ADD_SAID.search(said):
        return None
    words = _ADD_TAIL.sub("", _ADD_LEAD.sub("", said)).strip(" 的")
    added = intent.table_measures(words) if words else []
    known = {(c.table, c.row, c.col) for c in cells}
    if not added or any((c.table, c.row, c.col) in known for c in added):
        return None
    head = prev.rstrip("？?。！! ")
    want = len(known) + len(added)
    tries = [f"{head}，{words}的有多少？"]  # 「今年新收了多少申请，办结了多少」: each ask its own clause
    if not re.search(r"[，,]", head) and _EACH_ASK.search(prev):
        tries.insert(0, f"{_EACH_ASK.sub('', prev).rstrip('的、和 ')}、{words}的各多少")  # one list, one item more
    # (the first reading that asks every item, the new one with them: 「新收和予以公开的各多少」 + 行政复议 is asked
    # in a clause of its own — one list of 表三's result row and 表四's case reads only 表三's)
    return next((t for t in tries if len(intent.table_measures(t)) == want), None)
