"""The rules router: a question in Chinese → a typed `Question`, offline. Table measures come from
the table spec's vocabulary (`tablespec.ROW_TERMS` / `COL_TERMS`); the operation from a few families
of wording. Agencies are only *found* here (as written); `rag.scope` resolves them against the store.

Rules of thumb, each a family rather than a phrasing:
- a sub-item named wins over its group, a group over the broad rows (收到, 办结);
- a column (自然人 …, 维持 …) is kept apart from the row;
- a question about a dimension the tables do not hold (channels, demographics, money, staff, time)
  is not a table question, whatever table words it also contains.
"""

from __future__ import annotations

import functools
import re

from extractor import tablespec as ts
from extractor.levels import KIND_WORDS
from extractor.normalize import fold

from . import premise, slips
from .deixis import alternation
from .lazyre import lazy
from .placeset import without_named_sets
from .qualifier import clause_words, unread
from .question import (
    CellMeasure,
    FindingMeasure,
    MetricMeasure,
    Question,
    Scope,
    SectionMeasure,
    TextMeasure,
    named_table,
    template_asked,
)
from .sectors import sector_words
from .tiersets import tier_sets
from .units import bound_in
from .values import unit_of

_YEAR = r"((?:19|20)\d{2})"
RANGE = lazy(_YEAR + r"\s*(?:年度?)?\s*(?:到|至|-|—|–|~|－)\s*" + _YEAR)
_YEARS = lazy(_YEAR + r"\s*年")
_LATEST = lazy(
    r"今年|本年度?(?!新收|度办理|新制|制发|废止|处理决定|收费|新公开|增|行政|政府集中|项目|采购|规章|规范性)|该年|当年|最新|最近一年"
)

# Who the applicants were by person (「男女申请人各多少」「不同年龄段」「按地区」): no table nor text of the template
# breaks a count down so — 报告未提及, never the count's total (read by narrative's dimensions too)
PERSON_DIMENSION = (
    r"男女|男性|女性|性别|男的|女的|男士|女士|年龄|年纪|岁数|学历|文化程度|"
    # (「民族事务委员会」「民族宗教局」「民族乡」: a body's name, not the applicants' 民族)
    r"民族(?!(?:和|与)?(?:事务|宗教|委|局|乡|自治|团结|工作))|户籍|籍贯|本地人|外地人|"
    # 「申请公开的都是哪里人」「申请人来自哪些地方」: where the applicants come from (zwfix)
    # (「都是那里人」: 哪里 as the sound corrector hears it, after 是)
    # (a person from somewhere, never 「这些数字来自哪里」, where a figure is read)
    r"哪(?:里|儿|个地方|些地方)(?:的)?人|(?<=是)那(?:里|儿)(?:的)?人|什么地方(?:的)?人|"
    r"(?:人|者)(?:都|大多|大都|主要|多)?(?:是)?(?:来自|从)(?:哪里|哪儿|哪些地方|什么地方|何处|何地|哪个地方)|"
    r"(?:什么|哪些|哪种)职业|职业(?:分布|构成|结构)|"
    r"(?:不同|各个?|按|分|哪些|哪个)(?:职业|地区|地域|区域|省份)(?![^，,？?]{0,4}(?:单位|部门|机关|政府))"
)
# The tables count applications, documents and cases; they hold no channel, person, money (beyond
# the fee and procurement rows), staff or time dimension. A question about one is not a table question.
_NOT_IN_TABLES = lazy(
    rf"网络|网上|在线|信函|当面|现场|窗口|上门|传真|电子邮件|邮寄|电话|{PERSON_DIMENSION}|预算|经费|编制|人员|工作人员|"
    # 「微信端申请」「小程序渠道提交的申请」: a channel named by its end or way — the tables have no channel
    r"(?:端|渠道|途径)(?:提交|递交|提出)?的?(?:公开)?申请|"
    # (「新收申请平均多少」: a count averaged over the reports — never 「平均多少天」, a time the tables do not hold)
    # (「平均下来一家几件」「平均算下来每家多少」: the same mean, said with 下来)
    r"平均(?!(?:算?下来|摊到|到)?每?一?(?:年(?!龄)|年度|家|个(?!月|季|工作日|星期)|份|单位|机关|部门)|新收|收到|收了|受理|申请|数(?!字)|值"
    r"|(?:是|为)?(?:多少|几)(?!个?(?:天|日|工作日|小时|分钟|月|周|星期|人)))|天数|时长|用时|期限(?![^，,？?]{0,6}(?:不|未|没有?)补)|小时|分钟|满意|群众诉求|信件|来信|信箱|留言|热线|来电(?!(?:问|咨询|询问|反映)(?![量数次]|[^，,：:]{0,4}(?:多少|几)(?:个|次|通)))|人次|访问量|浏览|点击|粉丝|关注|"
    r"(?:几|多少)(?:个|名|位)?(?:人|工作人员|干部)(?!次|申请|提出|提交)|专职|兼职|"
    r"(?<!缴纳)(?<![缴交])信息处理费"  # (「逾期未缴纳信息处理费而终止处理的」 is 表三's row of applications)
)
# Who an application or a case was, where from, what about — or cases beyond information disclosure: the
# tables count them and name no one. Asked of applications or cases, such a question is refused, said why.
_OUTCOME_WORDS = r"(?:予以公开|部分公开|不予公开|不公开|无法提供|不予处理|全部公开|同意公开|拒绝公开|没有?公开|未公开)"
_CROSS_CAUSE = (
    rf"(?:复议|诉讼|起诉|官司|败诉)[^。？?]{{0,20}}?(?:(?<!原)因(?!此|素|而)为?|由于|原来|原先|当初|起初|最初|原本)"
    rf"[^，,。？?]{{0,6}}{_OUTCOME_WORDS}"
    rf"|{_OUTCOME_WORDS}[^，,。？?]{{0,6}}(?:引起|导致|引发|造成|而|才)[^。？?]{{0,10}}(?:复议|诉讼|起诉|官司)"
    rf"|(?:复议|诉讼|起诉|官司|案件|案子)[^。？?]{{0,20}}{_OUTCOME_WORDS}[^，,。？?]{{0,4}}(?:引起|导致|引发|造成)"
)
DETAIL = lazy(
    r"谁(?:申请|提出|提起|起诉|复议|申诉|告)|什么人|哪(?:个|位|些)人|申请人是|什么内容|涉及什么|关于什么|什么事|什么原因|"
    r"外省|省外|外地|外市|市外|外国|外籍|境外|国外|港澳|台湾|律师(?:个人|本人)|"
    # 「那件复议的具体案情」「申请人及所涉信息是什么」「有几件复议是关于征地的」: what a case was about
    r"案情|所涉(?:的|及的)?(?:信息|内容|事项)|是关于[^，,。？?]{1,8}的|"
    # 「复议被纠正的原因是什么」「纠错的是哪个案子」「被纠正的3件具体是什么案由」: which case, and why
    r"(?:复议|诉讼|起诉|纠正|纠错|撤销|败诉)[^，,。？?]{0,12}(?:原因|理由|案由|哪(?:个|件|起|一件|一起)案|什么案|哪一?(?:件|起)(?:事|案|$|[？?]))|"
    # 「行政复议案件的申请人类型构成」: table 四 counts cases by outcome only, never by who brought them
    r"(?:复议|诉讼|起诉|官司)[^，,。？?]{0,12}(?:申请人|原告|当事人|起诉人)[^，,。？?]{0,6}(?:类型|类别|构成|身份|是(?:企业|个人|公民|法人))|"
    # 「败诉的案子原告是谁」「复议是哪家律所代理的」「诉讼里被判赔偿了多少钱」: a case's parties, counsel or award
    # (「律师事务所提了几件申请」 is the 法律服务机构 column: a count, not a case's counsel)
    r"原告是|被告是|哪家律(?:师事务)?所|(?:律所|律师事务所)代理|代理(?:律师|律所)|(?:判|赔)[^，,。？?]{0,4}赔偿|赔偿(?:了|金)?[^，,。？?]{0,4}(?:多少|几)"
    # 「败诉以后赔了申请人多少钱」「赔付金额是多少元」: compensation paid — no table holds any amount (zqfixb)
    r"|赔(?:偿|付|款|钱)?(?:了|过)?[^，,。？?]{0,6}(?:多少|几)(?:钱|元|块|万)|赔(?:偿|付)(?:的)?(?:金额|款|额|数额)"
    # 「哪几家律所来申请过」「律师事务所名称有哪些」「律所叫什么」: the applicants' NAMES — table 三 counts the
    # 法律服务机构 column, naming none (「律所申请了几件」 stays the count)
    r"|哪(?:几|些)(?:家|个)?(?:律所|律师事务所|法律服务机构)"
    r"|(?:律所|律师事务所|法律服务机构)(?:具体|分别|都|各自)?(?:的)?(?:名称|名字|全称|叫什么|叫啥|(?:是|为)哪(?:几|些)(?:家|个)?)"
    # 「复议案件中有几件是因为不予公开引起的」「被复议维持的申请里原来是部分公开的有几件」: a case's cause among
    # table 三's outcomes — table 四 counts cases by their own result, never by the answer they came from
    rf"|{_CROSS_CAUSE}"
)
# 「征收拆迁类的公开申请」「涉及征地拆迁的申请」「关于教育收费的申请」: applications of a subject — the tables count
# them by applicant and result only, never by what they ask about (a template word is no subject: 「信访举报投诉类」)
_SUBJECT = lazy(
    r"(?:涉及|关于|有关|针对)([\u4e00-\u9fff]{2,8}?)(?:方面|领域|问题|事项|类)?的[^，,。？?]{0,6}?申请"
    r"|([\u4e00-\u9fff]{2,8}?)(?:类|方面|领域)(?:型)?的?[^，,。？?]{0,6}?申请"
)
_NO_SUBJECT = lazy(
    r"其他|这|那|哪|各|几|什么|啥|[两三四五六七八九十]|政府信息|信息公开|依申请|申请人|主体|结果|情形|理由"
)


def subject_asked(q: str) -> str | None:
    """The subject of the applications asked (「征收拆迁」), when it is none of the template's rows or columns."""
    for m in _SUBJECT.finditer(q):
        what = m.group(1) or m.group(2)
        if _NO_SUBJECT.search(what) or any(found_terms(what, "t3", w) for w in ("row", "col")):
            continue
        if found_terms(what, "t4", "row"):
            continue
        return what
    return None


# 「上海市人民政府各区政府收到的申请总数」: the governments below the one reporting publish reports of their
# own; the tables of this one count none of theirs (answered by narrative.lower_governments: a figure the
# text states of them, or why not)
# 「哪类申请人最多」「不予公开最主要的理由」「无法提供中哪种情形最多」: the largest item inside one report's
# row or group (its applicant columns, a result group's sub-rows) — not a ranking of reports
ITEM_TOP = lazy(
    r"哪一?(?:类|种|项)[^，,？?。]{0,14}(?:最多|最少|居多|最[高大低小])|哪一?个(?:理由|原因|情形|类型|类别)"
    r"|(?:最多|最少)的(?:是)?哪一?(?:类|种|项)|最[多大高]的?(?:申请人|申请主体)?(?:类型|类别|一类|一项|一种)"
    r"|最(?:主要|常见)(?:的|是)?(?:什么|哪一?(?:类|种|项))?(?:理由|原因|情形|类型|类别)?"
    r"|(?:理由|原因|情形|类型|类别|主体)[^，,？?。]{0,6}最多的是"
    # 「申请人以哪一类为主」「什么类型的申请人申请得最多」「主要是因为哪种情形」「最多的情形是哪个」
    r"|以哪一?(?:类|种)(?:申请人)?为主|(?:什么|哪一?)(?:类型|类别|种类)的?[^，,？?。]{0,8}最多"
    r"|主要(?:是)?(?:因为|由于)?(?:什么|哪一?(?:种|类|个|项))(?:情形|理由|原因)?|最多的(?:情形|理由|原因|类型|类别)(?:是)?(?:哪|什么)"
)
# 「历年（2021、2024）新收申请合计多少」: the years' values added, asked at the end — not their series
_YEARS_ADDED = lazy(r"(?:历年|各年|每年)[^，,？?]{0,30}(?:合计|一共|总共|共计|加起来)(?:是|有)?(?:多少|几)")
# 「明年预计会收到多少件申请」: a number of a year no report has reached — the reports print what happened.
# GUESS_WORDS say a forecast, PLAN_WORDS a plan (「打算明年发多少条」): rag/answers/items.forecast tells them apart
GUESS_WORDS = "预计|预测|估计|预估"
PLAN_WORDS = "打算|计划|准备|将要|想要"
FORECAST = lazy(
    # (「结转到下年的申请大概是…几倍」: a carry-over, not a forecast)
    rf"(?<![转到至入留拖])(?:明年|下一?年度?|来年|未来|将来|今后)[^，,。？?]{{0,10}}(?:{GUESS_WORDS})[^，,。？?]{{0,12}}(?:多少|几)"
    rf"|(?:{GUESS_WORDS})[^，,。？?]{{0,6}}(?<![转到至入留拖])(?:明年|下一?年度?|来年|未来)[^，,。？?]{{0,12}}(?:多少|几)"
    # 「打算明年发多少条信息」「下一年计划公开几条」: a plan's figure for the year after — not this year's figure
    rf"|(?:{PLAN_WORDS})[^，,。？?]{{0,4}}(?<![转到至入留拖])(?:明年|下一?年度?|来年|今后)[^，,。？?]{{0,12}}(?:多少|几)"
    rf"|(?<![转到至入留拖])(?:明年|下一?年度?|来年|今后)[^，,。？?]{{0,4}}(?:{PLAN_WORDS})[^，,。？?]{{0,12}}(?:多少|几)"
)
# 「八种情形里实际用到了几种」「申请人涉及几类主体」: how many items of one report's row or group are not 0 —
# a count of kinds, not of cases
ITEM_COUNT = lazy(
    r"(?:几|多少)(?:种|类|项)[^，,。？?]{0,12}(?:不为0|不是0|不为零|不是零|非零|非0|大于0|有数)"
    r"|(?:用到|用上|用过|出现|涉及|来自)了?(?:几|多少)(?:种|类|项)(?:主体|情形|理由|申请人|类型)?"
    r"|不为0的有(?:几|多少)(?:种|类|项)"
    # 「六类申请人里有几类申请过」: the kinds counted by what happened at least once (a verb with 过) — not zero
    r"|(?:几|多少)(?:种|类|项)[^，,。？?]{0,6}(?<![超通经越])过(?![来去])(?!\s*\d)"
    # (「有几项超过20件」 is a bound over the items, not what happened once: the count of kinds is not asked)
)
# 「公开率」「结转率」 said bare: the rate under its conventional 考核 definition (办结率 and 不予公开率 are the
# table share's own defaults) — the parts over the whole, computed from the one report's table
_KPIS: tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]], ...] = (
    # (「主动公开率」「予以公开率」 are other rates: the text's, or one row's)
    (re.compile(r"(?<![不予以部分动])公开率"), ("r1", "r2"), ("r7",)),
    (re.compile(r"结转率|未办结率"), ("carry_out",), ("new", "carry_in")),
)


def kpi_measures(q: str) -> tuple[list[CellMeasure], list[CellMeasure]] | None:
    """The parts and the whole of a rate named by its conventional name only, or None."""
    for word, parts, whole in _KPIS:
        if word.search(q):
            return [CellMeasure(table="t3", row=r) for r in parts], [CellMeasure(table="t3", row=r) for r in whole]
    return None


_GROUPS = {"不予公开": "r3", "无法提供": "r4", "不予处理": "r5", "其他处理": "r6"}
# a group said in everyday words (「没法提供」「给不了」「没给公开」): the group's own row words in the vocabulary
_GROUP_SAID = r"不予公开|无法提供|不予处理|其他处理|(?:没法|没办法|无从|不能)提供|提供不了|给不了|(?:没|没有|不)给公开"
_GROUP_NAMED = lazy(
    r"(不予公开|无法提供|不予处理|其他处理)的?(?:那|这|整)一?(?:类|大类)|(?:那|这|整)一?大?类[（(]?(不予公开|无法提供|不予处理|其他处理)"
    # 「本机关不掌握之类无法提供的合计」「像重复申请这种不予处理的」「信息不存在等原因没法提供的」: a sub-row as the
    # example of its group
    rf"|(?:之类|之类的|这类|这一类|这种|那种|这样|等)(?:原因|情况|情形|理由)?(?:的)?[，,\s]*(?:而|所以)?(?:属于)?({_GROUP_SAID})"
)


def _group_said(words: str) -> str | None:
    """The 表三 group a group's words name (「无法提供」 or 「给不了」 → r4)."""
    if words in _GROUPS:
        return _GROUPS[words]
    groups = set(_GROUPS.values())
    return next((t.key for t in ts.ROW_TERMS["t3"] if t.key in groups for w in t.words if re.fullmatch(w, words)), None)


# the items asked are the applicant columns (「哪类申请人」「申请主体」), not a group's sub-rows
APPLICANT_ITEMS = lazy(r"申请人|申请主体|主体|个人还是|企业还是")
# 「每万人口的申请量」「人均多少件」「每个工作日收到几件」: a rate over what no report prints
NO_BASE = lazy(
    r"每一?(?:万|千|百万|十万)(?:名|个|位)?(?:常住|户籍)?(?:人口|人|户|家?企业|居民)|人均|每一?个?工作日|平均年龄"
    # 「按我们辖区人口算」「以常住人口计」: a figure over the population (zsfixc)
    r"|(?:按|以|按照|根据)[^，,。？?]{0,8}人口(?:数|规模|总数)?(?:来|进行)?(?:算|计|折算|换算|平均)"
)
# 「2021版格式里不予公开的理由有几种」「表三里“不予处理”有几项子类」: the template's own rows, not a report's
TEMPLATE_ROWS = lazy(
    r"(?:模板|格式|版式|样式|体例)[^？?。]{0,24}(?:几|多少|哪两|哪几|哪些)(?:种|项|类|个|列)"
    r"|表[二三四][^？?。]{0,16}(?:(?:子类|细项|子项|分成|分为)[^？?。，,]{0,6}(?:几|多少|哪)|分几"
    r"|(?:几|多少)(?:项|个|种|类)(?:子类|细项|子项))"
)
# (「各区县的教育局」: a line's county bureaus over the store, as `tiersets` spells them — no lower governments)
_LOWER = (
    r"各(?:区县|县区|区|县|乡镇|街道|镇)(?:人民)?政府|各区县(?!的[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|部门))"
    r"|各(?:乡镇|街道)(?:办事处)?"
)
LOWER_GOVERNMENTS = lazy(_LOWER)
# 「各区收到的申请」「各部门的复议」: a breakdown by the divisions or departments under the body — the
# tables count the body's applications and cases as one, never by who below it handled them
# (「各县级政府」「各区县部门」 are a level of body asked of the store, not one body's divisions)
# 「樊城区人民政府2023年各部门」「市政府的下属各单位」「上海市各区司法局」: the divisions of the body or place
# written before them
_BODY_DIVISIONS = lazy(
    r"(?:政府|局|厅|委员会|委|办公室|办|院|会|中心|街道|镇|乡|区|县|市|省|部)\s*(?:(?:19|20)\d{2}\s*年度?)?\s*"
    r"(?:的)?(?:下属|所属)?各(?:单位|部门|机关|区|县|市)"
)
_STORE_BODIES = lazy(r"各(?:单位|部门|机关)|各(?:区|县|市)(?:的)?[\u4e00-\u9fff]{1,6}?(?:局|委|厅|办)")
BY_DIVISION = lazy(rf"{_LOWER}|各(?:乡|镇|区|县|部门|单位|委办局)(?![域间内外级])")
# 「所有行政复议（不只是信息公开的）」: the tables count only the information-disclosure cases (the text may say more)
BEYOND_DISCLOSURE = lazy(
    r"(?:不只|不仅|不限于|不光|除了)(?:是)?(?:政府)?信息公开|(?:所有|全部)(?:的)?行政(?:复议|诉讼)案件"
    # 「城市管理投诉处理了多少件」: the body's own complaints, not the 信访举报投诉类 applications of 表三
    r"|(?:城市管理|城管|环境|消费|质量|热线|12345)投诉"
    # 「办理了多少件人大代表建议和政协提案」: the body's proposals handled, not 表三's applications 办理
    r"|人大代表?建议|政协(?:委员)?提案|建议(?:和|及|与|、)?(?:政协)?提案"
)
# 「某局内部的信息公开台账里登记了多少件投诉」「内部记录显示有几件」: a body's internal records (and the complaints
# they log) are no figure of the annual report (its tables count applications, reviews and lawsuits) — refused,
# never the applications' 新收 offered as them (zmfixa; the 信访举报投诉类 template words and the city's own 城管/热线
# complaints of BEYOND_DISCLOSURE are not these)
_COMPLAINT = r"(?<!举报)(?<!信访)(?<!管理)(?<!城管)(?<!环境)(?<!消费)(?<!质量)(?<!热线)(?<!12345)投诉(?!类)"
INTERNAL_RECORD = lazy(
    r"内部[^，,。？?]{0,12}(?:台账|记录|登记|统计|系统|数据|档案|名册)[^，,。？?]{0,16}(?:多少|几)"
    r"|台账[^，,。？?]{0,16}(?:多少|几)"
    # (「内部登记的投诉有几宗」; a count of complaints alone stays the text's: 「受理网上来信留言咨询投诉多少件」 is stated)
    rf"|(?:内部|台账)[^，,。？?]{{0,12}}{_COMPLAINT}"
)
# 「行政复议不为零的是哪些」: a condition, then 「的是哪些」 — which reports, when a table measure is named
WHICH_END = lazy(r"的(?:是|有)哪(?:些|几)(?:个|家|年|份)?[？?]?$")
_WHICH_TAIL = lazy(r"的?(?:有|是)哪(?:些|几)(?:家|个|份|年)?(?:[：:][^：:]*)?[？?。]?$")
# 「新收申请过50件的年份」「…未收到申请的年度报告」: the set named last, after its condition (a bound, a negation)
# 「…有复议的」「…结转下年不为0」「…诉讼非零的」: the ones holding a figure, named last (keywords, no 哪些)
_HAS_FIGURE = lazy(
    r"(?:^|(?<=[\s\d年度]))有[^，,？?\s][^，,？?]{0,12}的[？?]?$|(?:不(?:为|是|等于)|大于)\s*[0零](?:件|个)?的?[？?]?$|非[0零]的?[？?]?$"
)
_SET_END = lazy(r"的(?:年份|年度|年度报告|年报|报告|机关|单位|部门)[。？?]?$")
_CONDITION = lazy(r"未|没有?|[无不非零]|[过超]|以上|以下|[大小多少低高]于|等于|[为是]0")
_CASE_WORDS = lazy(r"申请|复议|诉讼|起诉|官司|败诉|案子|案件")
# 「网络申请与信函申请之和」: the ways applications came in — the text's figures, never a 表三 row
# a channel of application named, or the channels as such (「按申请方式列出的件数」: the text's breakdown)
_CHANNELS = lazy(
    r"(?:网络|网上|在线|信函|邮寄|当面|现场|传真|电子邮件|电话)申请|申请(?:方式|渠道)|(?:提交|申请)的?(?:方式|渠道)|"
    r"(?:按|各种?|不同|分)(?:申请)?(?:方式|渠道)"
)
_TABLE_WORDS = lazy(r"表[二三四]|统计表|表格|张表|各表|办理结果|勾稽|申请人类|结转")  # (「三张表的数字加起来对不对」)
_NARRATIVE_PARTS = lazy(
    r"加|之和|的和(?=\s*(?:是否|是不是|能否|等于|与|跟))|相加|分项|分类|各项|各平台|各渠道|剩下?|余下"
)


def _BROAD_ONLY(cells: list[CellMeasure], q: str) -> bool:  # noqa: N802
    """「受理网民互动事项总数与各平台分项之和」: 受理 said of something that is not an application."""
    return (
        [(c.table, c.row) for c in cells] == [("t3", "new")]
        and "申请" not in q
        and bool(re.search(r"分项|各平台|各渠道|各类", q))
    )


# (「2021-2023三年」: a count of years right after a range written out)
# (a numeral counts years only right before 年 — 「三年」「三个年度」 — never as a place's first character: 「四川省同年」)
_N_YEARS_WHOLE = r"(?:(?:这|近|历|几)[^，,]{0,3}|(?:(?<![第\d])|(?<=(?:19|20)\d\d))[两二三四五六七八九十](?:个|整)?)年"
# 「占这四年总量」「占近三年的比例」「在近三年总量里占几成」: a year's share of several years' whole
_SHARE_OF_YEARS = lazy(
    rf"占.{{0,10}}{_N_YEARS_WHOLE}.{{0,6}}(?:总|合计|之和|加起来)|占了?{_N_YEARS_WHOLE}的?(?:比例|比重|百分|几成|多少)|"
    rf"(?:在|于){_N_YEARS_WHOLE}.{{0,6}}(?:总|合计|之和)[^，,]{{0,6}}占"
)
# (「“其他”申请人占几件」 asks a count: 占 with a count unit is not a share)
_SHARE = lazy(
    r"占比|比例|比重(?!庆)|百分之|百分比|所占|占.{0,12}(?:多少|几)(?!件|个|条|项|份|次|人|起)|几成|(?<![效])率"
)


_PREVIOUS = lazy(r"(?:比|较|与|和|同|跟|对比|相比)(?:上一?年(?:度)?|去年|前一年)(?!度?结转)|同比|上一?年(?:度)?相比")


_CN_DIGIT = {
    "〇": "0",
    "零": "0",
    "○": "0",
    "Ｏ": "0",
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
}
_CN_YEAR = lazy(r"[〇零○一二三四五六七八九]{4}(?=年)")
# 「上海市府办一八年」: two Chinese digits of 2010–2029 before 年, not part of a longer numeral (「十八年」「一二十年」)
_CN_SHORT_YEAR = lazy(
    r"(?<![〇零○一二两三四五六七八九十百千])[一二][〇零○一二三四五六七八九](?=年(?!代|前|来|间|内|以来))"
)
# (「22年内」 is within 22 years, but 「22年内蒙古」「22年内江市」「22年来宾市」 name a year and a place)
_SHORT_YEAR = lazy(
    r"(?<![\d.])([12]\d)(?=年(?!度?以来|来(?!宾|凤|安)|间|前|后|内(?!蒙古|江|乡|丘|黄))|(?:到|至|-|—|~)[12]\d年|(?:\s*[、，,和及与+＋/／]\s*[12]\d)+\s*(?:两|三|四|五|几)?年)"
)
_LISTED_SHORT_YEAR = lazy(r"(?<=[、，,和及与+＋/／])([12]\d)(?=(?:两|三|四|五|几)年)")
# (a count is no year: 「2000余条」「2010多件」「2000来件」, and after a comparison 「超过2000起」 — but 「2019多少件」
# and 「2019起」 are years)
_BARE_YEAR = lazy(
    r"(?<![\d.])(?<!超过)(?<!大于)(?<!多于)(?<!高于)(?<!少于)(?<!低于)(?<!不足)(?<!达到)(?<!超)(?<!逾)"
    r"((?:19[5-9]|20[0-4])\d)"
    r"(?![\d.%]|\s*(?:条|件|个|项|人(?![大民社事])|次|万|元|篇|期|份|家|号|场|批|天|小时|分钟|余|来|多(?!少)))"
)


# 「上海市政府办公厅2019差评率」: a year written bare right before what is asked is that year (not before a
# count of years 「2021-2023三年」, a list 「2021和2022年」, a range or a format 「2019版」)
_BARE_YEAR_WORD = lazy(
    _BARE_YEAR.pattern + r"(?=[\u4e00-\u9fff])(?![年月日版号届两二三四五六七八九十几到至和及与跟同、或])"
)


# 「新化县文化旅游广电体育局 22 同意公开了几件」: in a string of keywords, two digits standing alone between a name
# and the ask are its year (never before a unit: 「予以公开 22 件」 is a count)
_SPACED_SHORT_YEAR = lazy(
    r"(?<=[\u4e00-\u9fff])\s+(1[5-9]|2\d)\s+(?=[\u4e00-\u9fff])"
    r"(?!(?:条|件|个|项|人|次|万|元|篇|期|份|家|号|场|批|天|小时|分钟|余|多|年|月|日|岁|届|名|位))"
)


# 「两千零二十三年」「二千零二十年」「两千二十二年」「两千零九年」: a year said as a number, as a recogniser writes it (voice input)
_SPOKEN_YEAR = lazy(
    r"(?<![一二两三四五六七八九十百千万零〇])[两二]千(?:零?[一二]?十[一二三四五六七八九]?|零[一二三四五六七八九])(?=年)"
)


def _spaced_years(q: str) -> str:
    """「新化县文化旅游广电体育局 22 同意公开了几件」 → 「…局 2022年 同意公开了几件」 (before the spaces go)."""
    return _SPACED_SHORT_YEAR.sub(lambda m: f" 20{m.group(1)}年 ", q)


def normalise_years(q: str) -> str:
    """「二〇二一年」→「2021年」, 「22年」→「2022年」, 「21到23年」→「2021到2023年」, 「21+23两年」「21/22年」→
    「2021+2023两年」「2021/2022年」, 「2019差评率」→「2019年差评率」: one spelling of years."""
    q = _SPOKEN_YEAR.sub(lambda m: str(int(cn_number(m.group().replace("零十", "零一十")) or 0)), q)
    q = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group()), q)
    q = _CN_SHORT_YEAR.sub(lambda m: "20" + "".join(_CN_DIGIT[c] for c in m.group()), q)
    q = _spaced_years(q)
    q = _SHORT_YEAR.sub(lambda m: "20" + m.group(1), q)
    q = _BARE_YEAR_WORD.sub(lambda m: m.group(1) + "年", q)
    return _LISTED_SHORT_YEAR.sub(lambda m: "20" + m.group(1), q)  # 「21、23两年」: the last of a list


_EDITION = lazy(r"(?:19|20)\d{2}\s*年?\s*(?:的)?(?:新|旧|老)?(?:版|格式|模板)")


_OPEN_RANGE = lazy(_YEAR + r"\s*年度?(?:(及其?以后|以后|之后|以来|起)|以前|之前)")
_OPEN_SPAN = 30


def years_in(q: str) -> list[int]:
    """Years a question names: 「2019到2022年」 is four; 「2022年比上一年」 is 2021 and 2022."""
    q = _EDITION.sub("", normalise_years(fold(q)))  # 「2019版格式」 names a format, not a year
    m = RANGE.search(q)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        return list(range(min(a, b), max(a, b) + 1))
    m = _OPEN_RANGE.search(q)
    if m:  # 「2021年以后的报告」: that year and every later one; 「2021年以前」: the earlier ones
        y = int(m.group(1))
        return list(range(y, min(y + _OPEN_SPAN, 2101))) if m.group(2) else list(range(y - _OPEN_SPAN, y))
    years = {int(y) for y in _YEARS.findall(q)}
    years |= {int(y) for y in _BARE_YEAR.findall(q)}
    if len(years) == 1 and _PREVIOUS.search(q):
        years.add(min(years) - 1)
    return sorted(years)


# ---------------------------------------------------------------- table measures
@functools.lru_cache(maxsize=8)
def _compiled(table: str, what: str) -> tuple[tuple[re.Pattern, ts.Term], ...]:
    terms = ts.ROW_TERMS[table] if what == "row" else ts.COL_TERMS[table]
    return tuple((re.compile(w), t) for t in terms for w in t.words)


def found_terms(q: str, table: str, what: str, only: set[str] | None = None) -> list[tuple[int, int, ts.Term]]:
    """Non-overlapping term matches, named before generic and longer first where two overlap, in question order."""
    hits = [
        (m.start(), m.end(), t)
        for rx, t in _compiled(table, what)
        if only is None or t.key in only
        for m in rx.finditer(q)
        if m.end() > m.start()
    ]
    # a row named (「重复申请」) before the generic ask that overlaps it (「申请有几件」): the row is what is asked
    hits.sort(key=lambda h: (h[2].generic, -(h[1] - h[0]), h[0]))
    kept: list[tuple[int, int, ts.Term]] = []
    for h in hits:
        if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h[0])


def _unique(keys: list[str]) -> list[str]:
    return list(dict.fromkeys(keys))


def _clauses(q: str) -> list[str]:
    """「不予公开的有多少件？其中国家秘密的几件」: the first clause asks the headline."""
    return [c for c in re.split(r"[?？。；;]|其中", q) if c.strip()] or [q]


# a row said negated (「没有同意公开」「不是予以公开」「并非全部公开」): not that row
_NEGATED = lazy(r"(?:没有|没|不是|并非|并不是|非|未)被?$")


def negated_only(q: str) -> str | None:
    """「没有同意公开的申请有几件」「不是予以公开的有多少」: the key of a 表三 row the question names only negated, no
    other row named after it — which of the other rows is meant the question does not say (None otherwise)."""
    for clause in _clauses(fold(q)):
        hits = [h for h in found_terms(clause, "t3", "row") if not h[2].generic]
        asked = re.search(r"多少|几", clause)  # (「没有不予公开的申请吗」 asks whether it is 0: the cell answers)
        if asked and hits and all(h[2].key != "new" and _NEGATED.search(clause[: h[0]]) for h in hits):
            return hits[0][2].key
    return None


def _t3_rows(q: str) -> list[str]:
    out: list[str] = []
    for clause in _clauses(q):
        out += [r for r in _t3_clause_rows(clause) if r not in out]
    return out


# 「办结的、行政复议」「（办理结果总计）以及行政复议」: the results' total listed as one item
_LISTED_DONE = lazy(
    r"(?:办结|办理结果(?:总计|合计)?)的?\s*[）)]?\s*(?:[、和及与跟]|以及)|[、和及与跟（(]\s*(?:办结|办理结果)"
)
# 「…各多少」「分别」「…的数据」「列一下」: each item of a list asked
_EACH_LISTED = lazy(
    r"各(?:是|为|有)?(?:多少|几)|分别|(?:的|等)?(?:数据|数字)|列(?:出|一下)"
    # (zufixb) 「对比一下A、B的新收申请、予以公开的」: bodies compared item by item; 「新收申请多少予以公开的多少」: each
    # item its own ask, run together
    r"|^[^，,？?。]{0,6}(?:对比|比较)(?:一下)?|(?:多少|几)[^，,？?。、]{2,12}?(?:多少|几)"
)
# 「本年新收政府信息公开申请、予以公开各多少件」: the applications received, one item of a list
_LISTED_NEW_ROW = lazy(
    r"(?:新收|收到)[^、，,？?和及与跟（）()]{0,10}申请\s*[）)]?\s*(?:[、和及与跟]|以及)|[、和及与跟]\s*(?:本年)?(?:新收|收到)"
    # (zufixb) 「新收申请多少行政复议多少」: the applications asked first, another item asked after
    r"|(?:新收|收到)[^、，,？?和及与跟（）()]{0,10}申请\s*(?:有|是)?(?:多少|几)件?(?=[^，,？?。、]{2,12}?(?:多少|几))"
    # (zuleft) 「本年新收、予以公开列一下」: the row named bare, one item of the list
    r"|(?<![^\s\d年的])(?:本年)?新收(?:数|件数)?\s*(?:[、和及与跟]|以及)"
)


_APPLICANT_BEFORE = lazy(
    r"(?:自然人|个人|公民|老百姓|群众|法人|组织|企业|公司|单位|机构|律所|律师事务所|其他)(?:们)?的?$"
)


def _applicant_verb(q: str, a: int, b: int) -> bool:
    """「自然人提交的」「其他提交的」: 提交/提出/递交 right after an applicant word names who filed, not the row — never
    when joined to another row by 和/与/及 (「上年结转和企业提交的」 asks both rows)."""
    if q[a:b] not in ("提出", "提交", "递交"):
        return False
    m = _APPLICANT_BEFORE.search(q[:a])
    if not m:
        return False
    return not re.search(r"[和与及跟、]$", q[: m.start()]) and not re.match(
        r"的?(?:申请)?\s*(?:[和与及跟、]|以及)", q[b:]
    )


def _t3_clause_rows(q: str) -> list[str]:
    hits = found_terms(q, "t3", "row")
    # 「结转下年度（的）申请数」: 申请数 right after a row named is that row's noun, not the new applications
    ends = {b for _, b, t in hits if t.key != "new"} | {
        b + 1 for _, b, t in hits if t.key != "new" and q[b : b + 1] == "的"
    }
    hits = [h for h in hits if not (h[2].key == "new" and h[0] in ends and q[h[0] : h[0] + 2] == "申请")]
    # 「自然人提交的上年结转的申请」「其他提交的办理结果总计」: the applicant's verb says who filed, not which row —
    # another row named is the one asked, never 本年新收 beside it
    # (revfixa) only the verb right after an applicant word: 「本年提交的」「上年结转和今年提交的」 are the row asked
    if any(t.key != "new" and not t.generic for _, _, t in hits):
        hits = [h for h in hits if not (h[2].key == "new" and _applicant_verb(q, h[0], h[1]))]
    # 「结转下年度继续办理的申请」: the template's full name of the carried-over row — its 「办理的申请」 is no 办理结果 (zsfixa)
    carried = {b for _, b, t in hits if t.key == "carry_out"}
    hits = [h for h in hits if not (h[2].key == "r7" and h[0] - 2 in carried and q[h[0] - 2 : h[0]] == "继续")]
    if any(not t.generic for _, _, t in hits):
        hits = [h for h in hits if not h[2].generic]
    negated = [h for h in hits if h[2].key != "new" and _NEGATED.search(q[: h[0]])]  # (「没有申请的年份」: new's own)
    if negated and any(h[0] > negated[0][1] and h not in negated and h[2].key != "new" for h in hits):
        # 「没有同意公开、明确不予公开的」「不是予以公开而是部分公开的」: a row named by what it is not, the row it is
        # named after it (a row only negated stays: 「没有不予公开的年份」 is a condition; asked as a count it is
        # refused, refuse.negated)
        hits = [h for h in hits if h not in negated]
    rows = _unique([t.key for _, _, t in hits])
    results = [r for r in rows if r.startswith(("r1", "r2", "r3", "r4", "r5", "r6"))]
    # 「新收申请是予以公开的几倍」「予以公开和新收申请之比」「新收减去予以公开」: two quantities set against each
    # other, the broad row one of them — unless it frames the other (「收到的申请中予以公开的是几倍」)
    against = (RATIO.search(q) or DIFFERENCE.search(q)) and not re.search(
        r"(?:申请|新收|收到|受理)[^，,？?]{0,6}(?:中|里|当中)", q
    )
    # (zufixa) 「新收申请、予以公开各多少件」: the applications received listed as one of the items, each asked
    listed = "new" in rows and _LISTED_NEW_ROW.search(q) and _EACH_LISTED.search(q)
    if results and not against:  # 「收到的申请中予以公开的」: the result row is asked, 收到 only frames it
        rows = [r for r in rows if r not in ("new", "r7") or r == "new" and listed]
        if re.search(
            r"[、和及与]\s*(?:办理结果)?(?:总计|合计)(?!.{0,3}(?:中|里|的比|百分))|(?:总计|合计)\s*[、和及与]", q
        ):
            rows.append("r7")  # 「予以公开、部分公开和总计分别几件」: the results' 总计 is one of the items
    if "carry_in" in rows and "carry_out" in rows and not re.search(r"下一?年|转出|转到|转至|留到|年底|年末", q):
        rows.remove("carry_out")  # 「上一年转过来没办完的」: 没办完 says what was carried in
    # a sub-item named with its group: the sub-item (「不予处理中的信访类申请」)
    rows = [r for r in rows if not (r in ts.T3_GROUPS and any(x.startswith(r + "_") for x in rows))]
    return rows


def _t3_col(q: str) -> str:
    cols = [t.key for _, _, t in found_terms(q, "t3", "col") if t.key != "tot"]
    return cols[0] if cols else "tot"


def _bare_column(q: str) -> bool:
    """「自然人申请的有多少」: nothing asked beyond an applicant column and its applications (「公民申请
    的渠道」「企业申请人的规模」 ask something the table does not hold)."""
    rest = re.split(r"[?？]", q)[0]
    # the agency and year written before it (「上海市府办2019」: a year of four digits needs no 年)
    rest = re.sub(r"^.*?(?<!\d)(?:19|20)\d{2}(?!\d)(?:\s*年度?)?", "", rest)
    rest = CHANGE.sub("", rest)  # (「…自然人申请较2020年增减多少」: the change asked is no other thing asked)
    named = found_terms(rest, "t3", "col")
    if named and re.search(r"(?:政府|[局厅委办处会]|[省市区县镇乡]|街道)的?$", rest[: named[0][0]]):
        rest = rest[named[0][0] :]  # (「2024年西工区政府自然人申请」: the body written after the year)
    for _, _, t in found_terms(q, "t3", "col"):
        for w in t.words:
            rest = re.sub(w, "", rest)
    rest = re.sub(
        r"申请人?|提出|提交|递交|多少|几|件|的|了|有|是|共计|合计|共|一共|总共|数量|数"
        # 「广西每家个人申请列一下」「库里这些单位个人申请加起来」: the set asked over and the listing, no other thing
        r"|每家|每个(?:单位|部门)?|各(?:家|单位|部门)|这些(?:单位|部门)?|加起来|列一下|列出来?|库[里中内]",
        "",
        FILLER.sub("", rest),
    )
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) <= 2


# 「表三第（四）项第1目」「（三）项第7目」「（四）1」「第四栏」: a row or column of table 三 named by its place
_T3_ROW_AT = lazy(
    r"第?\(([一二三四五六七])\)(?:项|类|行)?(?:(?:中的?|里的?)?第?(\d|[一二三四五六七八])(?:目|小项|项|条|行)?)?"
)
_T3_COL_AT = lazy(r"第([1-7一二三四五六七])(?:栏|列)")


def t3_at(q: str) -> tuple[list[str], list[str]]:
    """The rows and columns of table 三 a question names by their printed numbering (tablespec's)."""
    rows = [
        r
        for m in _T3_ROW_AT.finditer(q)
        if not q[max(0, m.start() - 2) : m.start()].endswith("条")  # 「第二十条第（五）项」: an article's item
        and (r := ts.t3_row_at(m.group(1), m.group(2)))
    ]
    cols = [c for m in _T3_COL_AT.finditer(q) if (c := ts.t3_col_at(ts.printed_number(m.group(1))))]
    return rows, cols


def t3_measures(q: str) -> list[CellMeasure]:
    rows_at, cols_at = t3_at(q)
    cols = cols_at or _unique([t.key for _, _, t in found_terms(q, "t3", "col") if t.key != "tot"])
    rows = _t3_rows(q)
    if rows_at and all(r in ts.T3_GROUPS and any(a.startswith(r + "_") for a in rows_at) for r in rows):
        rows = rows_at  # a place names the row when the words name none, or only the group it is in
    if (
        len(cols) > 1
        and len(rows) <= 1
        and (
            re.search(
                r"一共|合计|总共|加起来|共计|之和|相加|分别|分布|逐项|各(?:是|为|有|几|多少|自)|倍|之比|比值|除以"
                r"|各(?:申请|提出|提交|递交)了?(?:多少|几)"  # 「自然人、商业企业各申请了多少件」
                r"|比[^，,？?]{1,16}?(?:多|少)",  # 「自然人比法人或其他组织多提了多少件」: the gap of two columns
                q,
            )
            or asks_apart(q)  # 「个人申请了多少件、法人申请了多少件」: each column its own ask
        )
    ):
        # 「自然人和法人的申请一共多少件」: each column named, of the one row
        return [CellMeasure(table="t3", row=(rows or ["new"])[0], col=c) for c in cols]
    col = cols[0] if cols else "tot"
    if (
        cols
        and not rows
        and re.search(r"申请|提出|提交|占比|比例|比重|几成", q)
        # (「个人申请占多少比例」: the column's share of the applications)
        and (
            _bare_column(q)
            # 「A跟B比，哪家个人申请更多」: the column's applications set against each other
            or re.search(
                r"来申请|申请(?:的|过)|(?:申请|提出)[^，,？?]{0,3}(?:占|比例|比重)|申请(?:更|最|较)?[多少](?!少)"
                # (zuleft) 「把A、B、C的自然人申请从多到少排个序」「…的个人申请哪家最多」: the column's applications ranked
                r"|申请(?:数|量|件数)?[^，,？?。]{0,4}?(?:(?:从|由)?(?:多到少|少到多|高到低|低到高)|排(?:个|一下|名|序)"
                r"|哪(?:一)?(?:家|个))",
                q,
            )
        )
    ):
        rows = ["new"]  # 「自然人申请的有多少」: an applicant column, of the applications received
    return [CellMeasure(table="t3", row=r, col=col) for r in rows]


# 「…、总计」「总计和维持」: a total listed among the items, not a word framing them
_LISTED_TOTAL = lazy(r"[、和及与]\s*(?:总计|合计|总数)(?!.{0,3}(?:中|里|的比|百分))|(?:总计|合计|总数)\s*[、和及与]")


# 「行政诉讼总数（含直接起诉和复议后起诉）」「诉讼合计，包括直接起诉和复议后起诉」: both lawsuit blocks named only as
# what a total holds — the whole (both blocks' 总计 summed) is asked, not each block (even with 诉讼 mistyped)
_LAWSUITS_WHOLE = lazy(
    r"(?:总数|总计|合计|一共|总共|共计|总量)[^，,？?。]{0,3}[（(，,]?\s*(?:含|包括|包含|囊括)"
    # (zvfixb) 「行政诉讼合计 直接起诉与复议后起诉 合计多少」: the two blocks said after the total as its note — in
    # brackets, or between a voice input's pauses
    # (「行政诉讼合计 直接起诉和复议后起诉各几件」: each block asked — not the whole)
    r"|(?:总数|总计|合计|总量)\s*[（(\s]\s*(?:未经复议)?(?:直接)?(?:起诉|诉讼)(?:[与和及、+＋]|加上?)(?:经过?)?复议后(?:起诉|诉讼)"
    r"(?![^，,？?。]{0,4}(?:各|分别))"
)


# 「既不是维持也不是纠正」「没维持也没纠正的」: a result that is neither of the two named ones — 其他结果
_T4_NEITHER = lazy(
    r"(?:既|又)?(?:不是|不算|不属于|并非|非|没有?被?|未被?)(?:维持|纠正)(?:的)?[，,、]?(?:也|又|还)?"
    r"(?:不是|不算|不属于|并非|非|没有?被?|未被?)(?:维持|纠正)"
)


def t4_neither(q: str) -> str:
    """q with 「既不是维持也不是纠正」 said as the column it names, 其他结果."""
    return _T4_NEITHER.sub("其他结果", q)


def t4_measures(q: str) -> list[CellMeasure]:
    q = t4_neither(q)
    found = found_terms(q, "t4", "row")
    rows = _unique([t.key for _, _, t in found])
    if "rv" in rows and "lr" in rows:
        # 「先走了复议，复议后又去法院起诉的」: 复议 said first as the step before the lawsuit — 复议后起诉 alone
        lr_at = min(a for a, _, t in found if t.key == "lr")
        if all(a < lr_at and re.search(r"先[^，,？?。]{0,3}$", q[:a]) for a, _, t in found if t.key == "rv"):
            rows.remove("rv")
    if {"ld", "lr"} <= set(rows) and _LAWSUITS_WHOLE.search(q):
        rows = [ts.T4_LAWSUITS]
    if any(r in rows for r in ("ld", "lr")):
        rows = [r for r in rows if r != ts.T4_LAWSUITS]
    hits = found_terms(q, "t4", "col")
    cols = _unique([t.key for _, _, t in hits if t.key != "tot"]) or ["tot"]
    if cols != ["tot"] and _LISTED_TOTAL.search(q):
        cols = _unique([t.key for _, _, t in hits])  # 「维持、纠正、未审结、总计分别是多少」: the total listed too
    if cols == ["tot"] and "rv" in rows and ts.T4_LAWSUITS in rows:
        rows.sort(key=lambda r: r != ts.T4_LAWSUITS)  # 「复议和诉讼情况」: the lawsuits lead, 复议 follows
    if len(cols) > 1 and len(rows) == 1:  # 「复议结果（维持、纠正、其他、尚未审结）加起来」: each column
        return [CellMeasure(table="t4", row=rows[0], col=c) for c in cols]
    return [CellMeasure(table="t4", row=r, col=cols[0]) for r in rows]


def t2_measures(q: str, strict: bool = True) -> list[CellMeasure]:
    rows = _unique([t.key for _, _, t in found_terms(q, "t2", "row")])
    if not rows:
        return []
    specs = (ts.T2_GF2021, ts.T2_GF2019)
    out: list[CellMeasure] = []
    for row in rows[:3]:  # the rows asked, each with its columns in the order asked
        own = {c for s in specs for r in s.rows if r.key == row for c in r.cols}
        cols = _unique([t.key for _, _, t in found_terms(q, "t2", "col", own)])
        # both variants' names for one concept are matched by the same words: keep the first of each pair
        picked: list[str] = []
        for c in cols:
            if ts.T2_COUNTERPARTS.get(c) not in picked:
                picked.append(c)
        if not picked:
            first = next(r.cols for s in specs for r in s.rows if r.key == row)
            if strict and len(first) > 1 and _OTHER_ACTION.search(q):
                continue  # 「对多少件规范性文件进行了清理」: an action the table has no column for
            picked = [first[0]] if len(first) == 1 else list(first)
        out += [CellMeasure(table="t2", row=row, col=c) for c in picked]
    return out


def asks_apart(q: str) -> bool:
    """「新收了多少件申请、办理结果一共多少件」: each clause asks its own cells, the 一共 inside one of them —
    a list of two figures, not their sum (「…各多少，加起来一共多少」 keeps a clause that names no cell)."""
    asked = [p for p in re.split(r"[、，,；;]", q) if re.search(r"多少|几", p)]
    return len(asked) > 1 and all(table_measures(p) for p in asked)


_COMMA_ASKS = lazy(
    r"^([^，,？?]*(?:多少|几)[^，,？?]*)[，,？?\s]\s*(?:还有|以及|另外|那|和)?"
    # (「复议几件？诉讼呢（直接起诉）」: a second ask said as 「X呢」 asks what the first asked, of X)
    r"([^，,？?\s]*(?:多少|几)[^，,？?\s]*|[^，,？?\s]*呢[^，,？?\s]*)[？?]?$"
)
# (zufixa) one message, several asks: 「今年新收申请有多少，办结的有多少，有没有被复议？」 — a count or a whether-any
# (「有没有被复议」「是否发生…行政诉讼」「有无复议」, answered by its count) per clause, each clause its own cells
_ASK_WORDS = lazy(r"多少|几|有没有|有沒有|有无|有無|是否|有没|(?:过|了)(?:没有?|吗)(?=[？?。，,\s]|$)")
# 「占百分之几」「占比多少」「占多少比例」: a share asked in a clause of its own, of what was asked before it
_SHARE_ASK = lazy(r"^[^，,？?]{0,4}(?:占|所占)(?:的)?(?:百分之几|百分比|比例|比重|比|几成|多少)")
# (「被复议过没有」「被起诉过吗」: whether it happened, asked after it)
_YES_NO_WORDS = lazy(r"有没有|有沒有|有无|有無|是否|有没|(?:过|了)(?:没有?|吗)(?=[？?。，,\s]|$)")
# a voice input's clauses run together: a count asked ends after 多少 (「…多少办结的多少有没有…」), a whether-any
# starts at its own word
_VOICE_BREAK = lazy(
    r"(?<=多少)(?=[^件个项起宗次场份元万的，,？?。；;\s])|(?<=几[件次起宗个])(?=[^的，,？?。；;\s])|(?=有没有|有无|是否)"
)
# 「被告了几次、输了几次」「被复议几次、被纠正几次」: the lay words of a case lost, said after its case — that case's 纠正
_LOST = lazy(r"^[^，,？?]{0,4}(?:输了?|败诉|被纠正|纠正了?|被改了?|被撤销了?)(?:多少|几)")


# a clause opening with 其他 before a row, no applicant's verb after it: the rest of what was asked before
_REST_AFTER_ASK = lazy(r"\s*其他(?!的?(?:提交|提出|递交|提的|来申请|申请人|[“”\"」』]))")


def several_asks(q: str, strict: bool = True) -> list[tuple[str, list[CellMeasure]]]:
    """「今年新收申请有多少，办结的有多少，有没有被复议？」「新收申请、办理结果各多少件，是否发生行政复议」「今年
    新收申请 办结的 有无复议」: three asks, or two of which one asks whether any — each asking clause with its own cells,
    in the order asked ([] unless every asking clause names cells of its own and they differ)."""
    q = fold(q)
    # (「本报告 行政许可决定 新收申请 行政复议 数字」: three or more keywords between pauses, each a cell, ask each)
    spaced = not re.search(r"[，,？?。；;]", q) and len(re.split(r"\s+", q.strip())) > 3
    if not (_YES_NO_WORDS.search(q) or len(_ASK_WORDS.findall(q)) > 2 or spaced):
        return []
    pieces = [p for p in re.split(r"[，,？?。；;]+", q) if p.strip()]
    keywords = False
    if len(pieces) < 2:
        # keywords set off by pauses (a run of alike items the pauses joined into a list, 「新收申请、予以公开的」, each)
        pieces = [p for p in re.split(r"[\s、]+", q.strip()) if p]
        keywords = len(pieces) > 2
    if len(pieces) < 2:
        pieces = [p for p in _VOICE_BREAK.split(q) if p.strip()]
    asking = [p for p in pieces if _ASK_WORDS.search(p) or keywords]
    if len(asking) < 2 or not any(_YES_NO_WORDS.search(p) for p in asking) and len(asking) < 3:
        return []
    # 「…行政事业性收费收过没有？收了多少」: a clause of a verb and its ask alone asks the amount of what came before
    if len(asking) == 2 and not keywords and any(len(_ASK_WORDS.sub("", p).strip()) <= 2 for p in asking):
        return []
    out: list[tuple[str, list[CellMeasure]]] = []
    seen: list[CellMeasure] = []
    for p in asking:
        cells = table_measures(p, strict)
        if out and _REST_AFTER_ASK.match(p) and any(c.table == "t3" and c.col == "oth" for c in cells):
            # (revfixa) 「本年办结了多少件，其他结转到下一年的有多少件」: 其他 opening a clause after another ask is the
            # rest of the applications, not the applicant column 其他
            cells = table_measures(_REST_AFTER_ASK.sub("", p, count=1), strict)
        if not cells and _LOST.search(p) and out and [(c.table, c.col) for c in out[-1][1]] == [("t4", "tot")]:
            cells = [out[-1][1][0].model_copy(update={"col": "fix"})]  # 「被告了几次、输了几次」
        if not cells and keywords and not _ASK_WORDS.search(p):
            continue  # 「今年」「请问」「数字」: a pause around no cell
        before = out[-1][1] if out else []
        if not cells and re.match(r"其中", p) and [(c.table, c.col) for c in before] == [("t3", "tot")]:
            # 「新收了多少申请，其中法人或其他组织提的有多少」: the column of the row asked before
            cols = [t.key for _, _, t in found_terms(p, "t3", "col") if t.key != "tot"]
            cells = [before[0].model_copy(update={"col": cols[0]})] if cols else []
        if not cells and _SHARE_ASK.search(p) and len(seen) > 1:
            out.append((p, []))  # 「…，其中自然人多少，占百分之几」: the part's share of the whole said before it
            continue
        if not cells or any(c in seen for c in cells):
            return []
        out.append((p, cells))
        seen += cells
    if not _ASK_WORDS.search(q) and len(out) < 3:
        return []  # (two keywords and no ask: whatever the pauses join, not a list of asks)
    return out if len(seen) > 1 else []


def share_after(q: str) -> list[tuple[CellMeasure, CellMeasure]]:
    """「新收多少，其中自然人多少，占百分之几」: each (part, whole) a several-asks message asks the share of — the two
    cells asked right before the share's clause."""
    out: list[tuple[CellMeasure, CellMeasure]] = []
    said: list[CellMeasure] = []
    for _, cells in several_asks(q):
        if not cells and len(said) > 1:
            out.append((said[-1], said[-2]))
        said += cells
    return out


def whether_cells(q: str) -> list[CellMeasure]:
    """The cells of a several-asks message's clauses that ask whether any (「有没有被复议」), answered by their count
    with 有 or 没有 said after it."""
    return [c for p, cells in several_asks(q) if _YES_NO_WORDS.search(p) for c in cells]


_TABLE_UNITS = {"件", "个", "项", "起", "万元", "亿元", "万", "元", "份", "宗", "次", "场"}
_OTHER_ACTION = lazy(r"清理|修订|修改|审查|备案|解读|宣传|培训|征求|评估|梳理")
# table 二's rows that count decisions: a 「几次」 of them is a count of decisions (「罚了多少次」)
_DECIDED_ROWS = {"license", "penalty", "coercion"}


# 「行政诉讼（直接起诉加复议后起诉）」「（予以公开+部分公开）共多少件」: a parenthesis that joins parts
_PAREN = lazy(r"[（(]([^（）()]{2,40})[）)]")
_JOINER = lazy(r"加上?|[+＋、和及与]")
# (「吃的官司一共（直接告的加复议后告的）」: a word of the whole said between the row and its note, zvfixa)
_COUNT_WORD = lazy(
    r"\s*(?:的)?(?:案件|案子|官司)?(?:的)?(?:一共|总共|共计|加起来|合起来|加在一起)?(?:总数|总计|合计|总量|数量|件数|数)?\s*"
)
# a parenthesis that gives examples of what stands before it, not its parts: 「包括…」「如…」「…等情形」
_EXAMPLES = lazy(r"^\s*(?:包括|包含|含|如|比如|例如|诸如|譬如)|等(?:等|情形|情况|类型|理由)?\s*$")


# (zsvfix) the same note set off by a voice input's pauses or by commas (「行政诉讼案件 直接起诉加复议后起诉 的极差」
# 「不予公开，国家秘密加内部事务，多少」): read as the bracketed note, where a row stands right before it — never a clause
# that asks, nor one its parts are asked after (「行政诉讼合计 直接起诉和复议后起诉各几件」「…诉讼 直接起诉和复议后起诉 分别
# 几件」: each block asked)
_PAUSED = lazy(r"[ \t\u3000，,]+([^\s，,（）()？?。；;：:]{2,40}?)(?=[ \t\u3000，,]|[？?。!！]*$)")
_PAUSE = lazy(r"[ \t\u3000，,]*")  # (the pause that closes a note: read past, never taken from the next one's start)
# (a list of examples the pauses run through, to its 等: 「不予公开 包括国家秘密 内部事务信息等情形 多少件」)
_PAUSED_EXAMPLES = lazy(
    r"[ \t\u3000，,]+((?:包括|包含|含|如|比如|例如|诸如|譬如)[^，,？?。；;：:（）()]{1,40}?等(?:等|情形|情况|类型|理由)?)"
    r"(?=[ \t\u3000，,]|[？?。!！]*$)"
)
_ASKS_IN_NOTE = lazy(r"多少|几|各|分别|哪|吗|呢|是否|比(?!如)|占")


_EXAMPLES_END = lazy(r"等(?:等|情形|情况|类型|理由)?$")
_ASK_NEXT = lazy(r"[^\s，,]*(?:多少|几|哪|吗|怎么|如何|是否)|[？?。!！]*$")


def _note_read(q: str, start: int, end: int, inner: str, paused: bool) -> str | None:
    """q with the note inner (at start:end, its brackets or pauses included) read as `compound` reads it: gone (the row
    before it asked), or the row and the note replaced by the note's parts added — None when the note stays."""
    examples = _EXAMPLES.search(inner)
    pieces = [p for p in _JOINER.split(inner) if p.strip()]
    if not examples and len(pieces) < 2:
        return None
    # the row right before the parenthesis (a count word between: 「行政诉讼总数（…）」), never one an operation
    # stands between (「答复数占（本年新收+上年结转）」: the parenthesis is the whole of a share)
    before = [
        h for t in ("t3", "t4") for h in found_terms(q[:start], t, "row") if _COUNT_WORD.fullmatch(q[h[1] : start])
    ]
    whole = max(before, key=lambda h: h[1]) if before else None
    if paused and examples and _EXAMPLES.match(inner) and _note_closes(q, start, end, inner, whole):
        return q[:start] + q[end:]  # (「行政诉讼件数 含复议后起诉 最多」「…的比率是什么 包括复议后起诉的」: issue 13)
    if paused and (whole is None or (examples and not _EXAMPLES_END.search(inner) and not _ASK_NEXT.match(q, end))):
        return None  # (words between pauses with no row before them are no note; nor 「包括国家秘密」 of a list the
        # pauses go on with — 「不予公开 包括国家秘密 内部事务信息 多少件」: its end unsaid, where the ask starts)
    # 「不予公开（包括国家秘密、内部事务信息等情形）」「行政诉讼，包括直接起诉和复议后起诉，」: examples of the row asked,
    # never its parts summed in its place
    if examples:
        return q[:start] + q[end:]
    read = [table_measures(p) for p in pieces]
    if not any(read) or (paused and not all(read)):
        return None
    rows = {(c.table, c.row) for r in read for c in r}
    members = set()
    if whole is not None:
        own = (whole[2].table, whole[2].key)
        members = {(own[0], k) for k in ts.derived_members(own[0], own[1], ())}
        if rows <= members | {own} and (members <= rows or own in rows) and len(members) > 1:
            return q[:start] + q[end:]  # the row the parenthesis defines is asked
    if all(read) and len(rows) == len(pieces) and (whole is None or rows <= members):
        at = whole[0] if whole is not None else start
        return q[:at] + "+".join(p.strip() for p in pieces) + q[end:]  # the parts, added
    return None


def _note_closes(q: str, start: int, end: int, inner: str, whole: tuple | None) -> bool:
    """A paused note of what a row includes (「含复议后起诉」「包括复议后起诉的」), one piece, that no list goes on after — the
    next words name no row of the tables (「包括国家秘密 内部事务信息 多少件」 goes on) — read as the same note in brackets
    is: after its row (a count word between), or at the question's end with a row asked before it."""
    if len([p for p in _JOINER.split(inner) if p.strip()]) != 1:
        return False
    if any(a == 0 for t in ("t3", "t4") for a, _, _ in found_terms(q[end:], t, "row")):
        return False
    if whole is not None:
        return True
    return bool(re.fullmatch(r"[？?。!！]*", q[end:])) and any(found_terms(q[:start], t, "row") for t in ("t3", "t4"))


def _past_pause(q: str, at: int) -> int:
    """The position after the pause (spaces, commas) that starts at `at` — `at` itself when there is none."""
    m = _PAUSE.match(q, at)
    return m.end() if m else at


def compound(q: str) -> str:
    """A compound the question spells out in a parenthesis, read as what it adds up: after the row it defines
    (「行政诉讼（直接起诉加复议后起诉）」) the parenthesis goes — the row itself is asked, whichever spelling its
    parts have (a part read as nothing narrower than the row, 「复意后起诉」, is still one of them); parts that are
    only some of a row's (「不予公开（国家秘密加内部事务）」), or no row before them, replace it, joined by +
    (the parts added). A parenthesis that joins nothing the tables read (「（以年报表格为准）」) stays. The same note
    between pauses or commas after its row (「行政诉讼案件 直接起诉加复议后起诉 的极差」) is read the same (zsvfix)."""
    for m in reversed(list(_PAREN.finditer(q))):
        q = _note_read(q, m.start(), m.end(), m.group(1), paused=False) or q
    if not _PAUSED.search(q):
        return q
    for m in reversed(list(_PAUSED_EXAMPLES.finditer(q))):
        q = _note_read(q, m.start(), _past_pause(q, m.end()), m.group(1), paused=True) or q
    for m in reversed(list(_PAUSED.finditer(q))):
        end = _past_pause(q, m.end())
        if _ASKS_IN_NOTE.search(m.group(1)) or re.match(r"各|分别", q[end:]):
            continue
        q = _note_read(q, m.start(), end, m.group(1), paused=True) or q
    return q


# the template's rows as users say them plainly, read in the template's words before the rows are found:
# 「没有这个信息的几件」「手上没这信息的申请」 are 本机关不掌握相关政府信息 (信息不存在, a count asked after it — never
# 「报告里没有这个信息」 or 「没有信息公开申请的」); 「被告了几次」「被人告过」「当被告」「告上法庭」 are the lawsuits (行政诉讼,
# never 被告知 / 被告诉)
_SPOKEN_ROWS = (
    (
        lazy(
            # (「手里没这个信息的」: the body's hands, never 「报告里没有」)
            r"(?:(?<=手[里上头])|(?<!报告)(?<!年报)(?<![里中内]))"
            r"(?:没有?|无|找不到|查不到|查无|并无|不存在)(?:这个|这些|这类|这|该|此|相关|对应|所申请的?|申请的)?"
            # (「因为没有信息而无法提供的」: the reason the whole group gives, not the item — the group is asked)
            # (「说“我们没有这个信息”的」: the reply quoted; 「说 没有这个信息 的」: the quotes said as pauses, zvfixb)
            rf"(?:政府)?信息(?:\"|\s+)?(?:的|而(?!{_GROUP_SAID}))(?=[^，,。？?]{{0,10}}(?:多少|几))"
        ),
        "信息不存在的",
    ),
    # 「人家要的信息我们没有的几件」: the information named first, then that the body has none of it
    (
        lazy(
            r"信息(?:我们|本机关|机关|单位|这边|手上|手里)*(?:没有?|不掌握|不存在|找不到|查不到)(?:的|而)"
            r"(?=[^，,。？?]{0,10}(?:多少|几))"
        ),
        "信息不存在的",
    ),
    # (zxfixb) 「被人告去复议的」「被告到复议机关」: a review applied for against the body, never a lawsuit
    (lazy(r"被(?:人|申请人|群众|老百姓|当事人)?告(?:去|到)了?(?:申请)?(?:行政)?复议(?:机关|机构)?"), "被申请行政复议"),
    (
        lazy(
            # (「被人告去复议」「被人告到复议机关」: a review asked, never a lawsuit)
            r"被(?:人|申请人|群众|老百姓|当事人)?告(?!知|诉|示|别|诫|白|急|退|老|终|状|是|为|到上级|上级|给上级"
            r"|(?:去|到|上|了|过)*(?:申请)?(?:行政)?复议)(?:过|了)?"
        ),
        "被起诉了",
    ),
    (lazy(r"(?:当|做|作|成了?|成为)(?:了)?被告"), "被起诉"),
    # (zwfix) 「打官司的案子一共直接告的加复议完再告的」: the lawsuits' whole, then both kinds said as what it holds — with
    # no bracket nor pause around them — is the lawsuits as a whole (each kind asked, 「各」「分别」, stays two)
    (
        lazy(
            r"(?:行政诉讼|诉讼|起诉|打官司|官司)(?:的)?(?:案子|案件)?(?:的)?(?:一共|总共|合计|总数|总计|加起来)[，,\s]*"
            r"(?:包括|包含|含|即|就是)?(?:未经复议)?直接[^，,？?。、加和与+＋]{0,6}?(?:的)?(?:加上?|和|与|[+＋、])"
            r"(?:经过?|先)?(?:行政)?复议[^，,？?。]{0,8}?(?:诉讼|起诉|打官司|官司|告)(?:的)?(?![^，,？?。]{0,4}(?:各|分别))"
        ),
        "行政诉讼总数",
    ),
    (lazy(r"告(?:上|到|去)了?法庭"), "告到法院"),
    # 「有人告他们吗」「闹到法院的」「诉至法院」: a suit brought against the body (never 告诉他们)
    (lazy(r"(?:有人|被人)?告(?:他们|它们|他|它|该单位|本机关|这个单位|这家单位)(?!们)"), "起诉"),
    (lazy(r"(?:闹|打|诉|起诉|告)(?:到|上|至)了?法院"), "告到法院"),
    # 「收费那栏写的是多少」: a column of the tables named by 收费 is 表二's 行政事业性收费 (the text's 信息处理费 has no
    # column; 「信息处理费那栏」 stays the text's)
    (lazy(r"(?<![理用])收费(?=(?:那|这)?一?(?:栏|格|列))"), "收费金额"),
    # 「山东省申请50件以上的」「申请在十件以内的」「申请不超过10件」: bare 申请 after a place or a year, then a bound on it —
    # the applications received (表三's 本年新收)
    (
        lazy(
            r"(?<=[省市区县年东西南北建州川江海苏藏夏古庆津京沪])申请(?=\s*(?:量|数)?\s*(?:在|有|为)?\s*"
            r"(?:不?超过|不到|不足|[多少大小高低]于|过了?|破|[\d一二两三四五六七八九十百千]+\s*(?:件|个)?\s*"
            r"(?:以上|往上|以内|之内|以下|[至到~～-])))"
        ),
        "收到申请",
    ),
)


def spoken_rows(q: str) -> str:
    """A question with the plain words for a template row (`_SPOKEN_ROWS`) put in the template's words."""
    for rx, words in _SPOKEN_ROWS:
        q = rx.sub(words, q)
    return q


def table_measures(q: str, strict: bool = True) -> list[CellMeasure]:
    """The cells a question asks for, or [] when it is not a table question. Not `strict`: a row
    named for a consistency question counts even beside an action the table has no column for."""
    cells = _table_measures(q, strict)
    return _with_listed_t2(fold(q), cells, strict) if cells else cells


# (zufixa) 表二's row as one item of a list with 表三 / 表四's (「行政许可决定、新收申请、行政复议、行政诉讼各多少」
# 「主动公开（行政许可决定数）、依申请公开（…）以及行政复议…的数字」): its own item, in its place
_T2_ITEM_END = lazy(r"^(?:决定|处理决定)?(?:数量?|件数)?\s*[）)]?\s*[、，,]")


def _with_listed_t2(q: str, cells: list[CellMeasure], strict: bool) -> list[CellMeasure]:
    if any(c.table == "t2" for c in cells) or not _EACH_LISTED.search(q):
        return cells
    hits = [(a, b, t) for a, b, t in found_terms(q, "t2", "row") if _T2_ITEM_END.search(q[b:])]
    if not hits or not re.search(r"、", q):
        return cells
    t2 = [c for c in t2_measures(q, strict) if c.row in {t.key for _, _, t in hits}]
    if not t2:
        return cells
    at = hits[0][0]
    head = max(q.rfind("：", 0, at), q.rfind(":", 0, at)) + 1  # (「三块数字都列一下：…」: the list after its colon)

    def place(c: CellMeasure) -> int:
        found = [a for a, _, t in found_terms(q, c.table, "row") if t.key == c.row and a >= head]
        return found[0] if found else len(q)

    return sorted([*cells, *t2], key=lambda c: at if c in t2 else place(c))  # (stable: unplaced ones keep their order)


# 「先说总数再说其中部分公开的」: the total said bare, then a result row inside it — the results' 总计, then the row
_TOTAL_FIRST = lazy(
    r"先(?:说|讲|告诉我|给)(?:一下)?(?:总数|总计|合计|总的)[^？?其]{0,6}?(?:再|然后)[^，,？?]{0,6}?其中"
)


def _table_measures(q: str, strict: bool = True) -> list[CellMeasure]:
    q = fold(q)
    first = _TOTAL_FIRST.search(q)
    if first:
        part = _table_measures(q[first.end() :], strict)
        if part and all(c.table == "t3" and c.row.startswith(("r1", "r2", "r3", "r4", "r5", "r6")) for c in part):
            return [CellMeasure(table="t3", row="r7", col=part[0].col), *part]
    q = spoken_rows(compound(q))
    if _NOT_IN_TABLES.search(q):
        return []
    several = several_asks(q, strict)
    if several:
        return [c for _, cells in several for c in cells]
    asks = _COMMA_ASKS.match(q)
    if asks:  # 「收到了多少件申请，同意公开的有多少件」: two asks of one report, each its own cells, in order
        first, second = table_measures(asks.group(1), strict), table_measures(asks.group(2), strict)
        if first and _REST_AFTER_ASK.match(asks.group(2)) and any(c.table == "t3" and c.col == "oth" for c in second):
            # (revfixa) 「本年办结了多少件，其他结转到下一年的」: 其他 after another ask is the rest, not the column
            second = table_measures(_REST_AFTER_ASK.sub("", asks.group(2), count=1), strict)
        if first and second and first != second:
            return list({(c.table, c.row, c.col): c for c in [*first, *second]}.values())
    # 「哪几家单位」「哪几个报告」 ask which reports, 「有几家单位」 how many of them: not a count of 家/个
    # (「镜湖区的几家单位，谁的申请最多」: a place's bodies named as a set, not a count asked; 「除了X以外，其他几家
    # 新收加起来多少」: the rest of a set, no count)
    asked = _ASK_UNIT.search(
        re.sub(
            rf"哪几|(?:这|那|其他|其余|另外|剩下的?)几(?=家|个|份|年)|{BODIES_COUNTED}",
            "哪些",
            without_named_sets(re.split(r"[?？]", q)[0]),
        )
    )
    unit = next((g for g in (asked.groups() if asked else ()) if g), None)
    if unit and unit not in _TABLE_UNITS:
        return []  # 「多少条」「多少人次」: the tables count applications, documents, cases and money
    if unit == "次":  # 「被复议了几次」「罚了多少次」, but 「清理了几次」 is not a table count
        decided = t4_measures(q) or [m for m in t2_measures(q, strict) if m.row in _DECIDED_ROWS]
        if not decided and re.search(r"申请(?:了|过)?(?:多少|几)次", q):
            # 「律师事务所这类法律服务机构申请了几次」: an applicant column's applications, counted as times
            return [m for m in t3_measures(q) if m.col != "tot"]
        return decided
    t4 = t4_measures(q)
    t3 = t3_measures(q)
    if t3 and all(m.row == "new" and m.col == "tot" for m in t3) and not re.search(r"申请|新收|依申请", q):
        # 受理/收到/提出 said of something that is not an application: 「统一受理平台接入了多少项事项」
        # counts 事项, 「提出了什么改进措施」 counts nothing
        counted = re.search(rf"(?:多少|几)(?:{_UNITS})?([\u4e00-\u9fff]{{2,}})", q)
        # 「提交主动公开的政府信息资料多少件」: the thing counted named before the asking, not an application
        before = re.search(r"([\u4e00-\u9fff]{2,4}?)(?:的|了|共|一共|总共|有|是|为)*(?:多少|几)", q)
        if (
            not re.search(r"多少|几", q)
            or counted
            and not re.search(r"^(?:件|起|宗)?$", counted.group(1)[:1])
            or before
            and not re.search(r"收到|受理|接收|提出|提交|递交|新收|收|接到|来", before.group(1))
            and re.search(r"资料|材料|文件|信件|事项|信息|留言|建议|提案", before.group(1))
        ):
            t3 = []
    if (
        t3
        and all(m.row == "new" for m in t3)
        and not re.search(r"申请|新收|依申请", q)
        and any(m.row == "fee" for m in t2_measures(q, strict))
    ):
        t3 = []  # 「收没收过行政事业性收费？收了多少」: what was taken in is the fee named, not applications
    if t4 and not [m for m in t3 if m.row not in ("new", "r7")]:
        listed = (_LISTED_NEW.search(q) or _LISTED_NEW_ROW.search(q)) if any(m.row == "new" for m in t3) else None
        done = _LISTED_DONE.search(q) if [m.row for m in t3] == ["r7"] and _EACH_LISTED.search(q) else None
        if done:  # 「行政许可决定、办结的、行政复议各多少」: the results' total one of the items, in its place
            first = min((a for a, _, _ in found_terms(q, "t4", "row")), default=len(q))
            return t3 + t4 if done.start() < first else t4 + t3
        if listed:  # 「复议、诉讼、新收申请分别多少」: the applications received are one of the items, in their place
            new = [m for m in t3 if m.row == "new"][:1]
            first = min((a for a, _, _ in found_terms(q, "t4", "row")), default=len(q))
            return new + t4 if listed.start() < first else t4 + new
        return t4
    if t3 and all(m.row == "r7" for m in t3) and not re.search(r"办理结果|办结|答复|申请|办理(?:的)?总", q):
        # 「行政许可决定数，合计多少」「行政处罚处理决定一共几件」: 合计 said of table 二's row named, not 表三's 总计
        t2 = t2_measures(q, strict)
        if t2:
            return t2
    if t3 and all(m.row == "new" and m.col == "tot" for m in t3):
        # 「被驳回的申请有多少件」「办完的申请」: words qualifying the applications that are not those received
        reading = unread(q)
        if reading:
            return [CellMeasure(table="t3", row=reading.row, col="tot")] if reading.row else []
    if t3 and all(m.row == "r7" and m.col == "tot" for m in t3):
        # 「超期答复的件数有几」「逾期答复件数是多少」: the late replies are no row — 答复 alone read the results' total
        # (「处理了多少件申请」「答复的总件数」: the results' own verbs, nothing more — the total stands)
        reading = unread(q)
        if reading and reading.kind == "unread" and _BEYOND_RESULTS.search(reading.words):
            return []
    if t3:
        return t3
    return t2_measures(q, strict)


# a status of an application no table counts and a text's sentence must say itself (「撤回的」「超期才答复的」) — a
# channel or a timeliness the text's own vocabulary reads (「通过互联网在线申请的」 is 「网上申请10件」, 「按时答复的」
# 「已按时答复11件」) is not held to the question's characters
_NOT_COUNTED_STATUS = lazy(r"逾期|超期|延期|超时|拖|晚|迟|撤回|撤销|撤掉|撤了|放弃|驳回|打回|退回")
_NEUTRAL_WORDS = lazy(r"依申请公开|依申请|政府信息公开|信息公开|申请人|申请|的|了|过|通过|请问|全年|本年度?|一年")
# what a qualifier says beyond the results' own verbs (「超期答复」: 超期; 「处理了」: nothing)
_BEYOND_RESULTS = lazy(
    r"(?!处理|办理|答复|回复|办结|办|理|复|总|件|数|了|的|过|依申请公开|依申请|申请|公开|信息|政府|请问|共|一共|总共)"
    r"[\u4e00-\u9fff]"
)


# the applications received listed beside table 四's cases (「复议、诉讼和新收申请各几件」), not the 申请 of 申请复议
_NEW_WORDS = r"(?:本年)?(?:新收(?:的)?(?:申请)?|收到的?(?:信息公开)?申请)"
_LISTED_NEW = lazy(rf"[、和及与跟]\s*{_NEW_WORDS}|{_NEW_WORDS}\s*[、和及与跟]")


# ---------------------------------------------------------------- narrative measures
FILLER = lazy(
    r"(?:19|20)\d{2}\s*年(?:度)?|多少|几|是否|有没有|请问|什么|哪些|哪个|哪|如何|怎样|怎么|吗|呢|[？?。，,！!、“”\"]|"
    r"达到|达|为|是|有|了|的|共|一共|总共|全年|本年度|本年|今年|该|(?:报告)?正文(?:中|里|内)?|报告|提到|其中|来着|来的|呀|啊|啦"
)
_UNITS = r"万人次|人次|万人|万元|亿元|万条|万次|万|条|件|期|个|场|次|人|家|项|份|篇|所|起|天|元|批次|批|分钟|小时|户|部|号|家次|余条|封|位|名"
_ASK = lazy(rf"(?:是)?(?:多少|几)(?:{_UNITS})?")
_ASK_UNIT = lazy(rf"多少({_UNITS})|几({_UNITS})")
_VERB_END = lazy(
    r"(?:达到|达|为|是|有|了|共|缩短到|缩短至|缩至|降至|提高到|增加到|跃升至|涨到|涨至|升到|升至|增至|突破|收到|受理|接到|接收|发布|推送|"
    r"开展|举办|组织|编印|印发|办理|办结|答复|处理|开通|开设|新增|累计|共计|一共|总共|全年|上线|公开|"
    r"(?<!政策)(?<![年度])解读|征集|召开|回应|回复|到|总计|合计|(?<![开研印收])发|(?<=[\u4e00-\u9fff]{2})(?<![支输产演提])出|"
    # 「政策解读文章做了多少」「解读稿写了几篇」: the making said plainly (zwfix)
    r"(?<=[\u4e00-\u9fff]{2})(?<![叫当看])做|(?<=[\u4e00-\u9fff]{2})(?<![描书填])写|撰写|编写|制作)+$"
    # (「政策解读」 is a thing, not a verb, and so is 「2020年解读」; 「解读材料出了多少篇」: 出 is the putting out, 支出 a thing)
)
QUANTITY_WORDS = lazy(
    r"数量|条数|件数|个数|人数|次数|篇数|数$|多少|几|量|(?:多|少)[?？]?$|"
    # 「建议提案复文数历年变化」「公众号关注数21年和23年对比」 (the years between)
    r"数(?=(?:[^，,？?]{0,6}|(?:(?:19|20)\d{2}年度?[和与跟及、至到—-]?)+)(?:变化|趋势|比较|对比|增减|咋变|怎么变|涨|跌))|"
    r"多了还是少了|越来越(?:多|少)"  # 「发文这三年是多了还是少了」
)
_COUNT_UNIT = lazy(r"(条|(?<![文案事邮])件|个|人|次|篇|期|项)数")  # (「政策类文件数」 counts 条, not 件)
_OP_WORDS = lazy(
    r"哪一年|哪年|哪个|哪家|谁的?|最少|最多|最高|最低|更多|更少|变化趋势|趋势|变化|如何|怎么样|怎样|历年|年报中|报告中|"
    r"每年|各年|这几年|逐年|是否|越来越|多了|少了|多还是少|还是|排名|排序|相比|比一比|比比看|比较|对比|分别|[多少][?？]?$"
)


_AGAINST_WORD = lazy(r"(?:约为|约是|是|比|较|与|和|同|跟)(?=[^，,？?]{0,16}(?:倍|多|少|增|减|涨|降|变|高|低))")


def _subject(q: str, metric: MetricMeasure) -> MetricMeasure:
    """「主动公开条数是2021年的几倍」「…比2021年增加多少」: the quantity is what stands before the
    comparison — read as a series measure (focus and count unit), the same metric in every year."""
    cut = _AGAINST_WORD.search(fold(q))
    if not cut or cut.start() < 2:
        return metric
    head = re.sub(r"^.*(?:19|20)\d{2}\s*年度?", "", fold(q)[: cut.start()])  # the agency and year before it
    sm = series_measure(head)
    garbled = len(metric.focus) < 2 or _COUNT_UNIT.search(metric.focus) or re.search(r"[多少增减来比差]$", metric.focus)
    cut_short = sm.focus.endswith(metric.focus) and len(sm.focus) > len(metric.focus)  # 「开信息」 of 「主动公开信息」
    if len(sm.focus) < 2 or not (garbled or cut_short):
        return metric  # the focus read is whole (「主动公开」): kept
    return sm.model_copy(update={"unit": sm.unit or metric.unit, "target": metric.target})


def series_measure(q: str) -> MetricMeasure:
    """The narrative quantity of a question without 「多少」 (「平潭哪一年主动公开的信息条数最少」): what
    is left once the operation's words are gone; the unit from 「条数」「人数」 where said."""
    first = RANGE.sub(" ", re.split(r"[？?，,；;]", fold(q))[0])  # (「复文2021到2023年的变化」: the years are no focus)
    unit = _COUNT_UNIT.search(first)
    rest = _OP_WORDS.sub(" ", _COUNT_UNIT.sub(" ", first))
    rest = FILLER.sub(" ", rest)
    words = [w for w in rest.split() if len(w) >= 2]
    return MetricMeasure(focus="".join(words)[-6:], unit=unit.group(1) if unit else None)


QUANTITY = lazy(
    r"多少|几|率|占比|比例|百分比|之比|比值|金额|数量|排名|第几|(?:条|件|个|次|人|篇|项)?数$|数[?？。]?$|"
    r"(?:总量|场次|批次|人次|阅读量|观看量|播放量|访问量|浏览量|关注量|粉丝量|服务量)[?？]?$|"
    r"(?:最高|单篇|累计|总)?(?:阅读|观看|播放|访问|浏览)[?？]?$|(?:微博|微信|公众号|视频号|抖音|头条号)的?(?:关注|粉丝)[?？]?$|"
    r"(?:等候|等待|办理|办结|办事|排队)(?:时间|时长|用时)[?？]?$|"
    r"比(?:19|20)\d{2}\s*年[^，,？?]{1,8}增减[?？]?$"  # 「公众号2023年比2022年发文增减」: a change of a count
)


_COMPARED = lazy(r"(?:比|较|与|和|同|跟)(?:(?:19|20)\d{2}\s*年度?|去年|上一?年度?|前一年|前年)(?:相比|比较|比)?")


# 「政策解读材料」「解读稿件」: a generic noun after the thing counted names no other thing; 「信息公开培训」
# 「政务公开业务培训」: the report's own domain before a thing names nothing a sentence must repeat
_GENERIC_TAIL = lazy(r"(?<=[\u4e00-\u9fff]{2})(?:材料|稿件|资料|文章|稿子?)$")  # (「政策解读文章」: 政策解读)
_DOMAIN_HEAD = lazy(r"(?:(?:政府)?信息公开|政务公开)(?=[\u4e00-\u9fff]{2})")


def _plain(thing: str) -> str:
    """The thing counted without a generic noun after it or the report's domain before it (when
    at least two characters remain)."""
    thing = _GENERIC_TAIL.sub("", thing)
    rest = _DOMAIN_HEAD.sub("", thing)
    return rest if len(rest) >= 2 else thing


def focus(q: str) -> str:
    """The thing measured: what follows 「多少期」 if anything does (「多少期《疫情防控简报》」), else
    the few words right before it (「粉丝量达到多少」 → 粉丝量; 「主动公开信息数」 → 公开信息)."""
    first = _asking_clause(fold(q), r"[？?，,；;]")
    m = _ASK.search(first)
    if not m:
        # (「清理后废止失效文件数」: what follows 后 is the thing counted; 文件 is not cut in two)
        # (「门户网站信息发布数量」: 数量 and 数目 say the count as 数 does)
        terse = re.search(r"((?:(?!后)[\u4e00-\u9fff]){2,6}?)(?:总|文件|条|件|个|次|人|篇|项)?数(?:量|目)?$", first)
        if terse:
            return FILLER.sub("", terse.group(1))[-6:]
        # 「两微关注总量」「直播场次」「12333人工服务总量」: the label is the question
        tail = re.sub(r"^.*?(?:19|20)\d{2}\s*年度?|[?？]$", "", first)  # (the agency and year written before it)
        label = (
            re.search(r"([\u4e00-\u9fff\d]{2,12}?)(?:总量|场次|批次|人次|量)$", tail)
            or re.search(r"([\u4e00-\u9fff\d]{2,12}?(?:阅读|观看|播放|访问|浏览|关注|粉丝|时间|时长|用时))$", tail)
            or re.search(r"^([\u4e00-\u9fff]{1,8}率)$", tail)  # 「上海市政府办公厅19年好评率」
        )
        return FILLER.sub("", label.group(1))[-6:] if label else ""
    after = FILLER.sub("", first[m.end() :])
    after = re.sub(r"^(?:比例|比重|占比|百分比|成)$", "", after)  # 「占多少比例」: how it is measured
    # 「主动公开了多少条信息」: 信息 alone after the ask names no kind — what was done with it, before the ask, is the
    # thing measured (as in 「主动公开的信息有多少条」), never any sentence's 信息 (zwfix)
    head = re.sub(r"(?:了|过|共|一共|总共)+$", "", first[: m.start()])
    if re.fullmatch(r"(?:各类|各种|各项)?(?:政府)?信息", after) and re.search(r"(?:公开|发布|推送|更新)$", head):
        return focus(f"{head}的{after}{m.group()}")
    if len(re.findall(r"[\u4e00-\u9fff]", after)) >= 2:
        return _plain(after)
    # 「主动公开信息2022年比2021年多多少条」: the comparison is the operation, not the thing counted
    before = _COMPARED.sub("", first[: m.start()])
    # 「今年主动公开的条数是去年的几倍」: the year it is measured against is not the thing measured
    before = re.sub(r"(?:是|为|相当于)(?:(?:19|20)\d{2}\s*年度?|去年|上一?年度?|前年|今年)的?$", "", before)
    before = re.sub(r"(?:多|少|增加|减少|增长|下降|增|减|涨|降|相差|差距|差)了?$", "", before)
    before = re.sub(r"(?:分别|各自|各)(?:是|为|有)?$", "", before)  # 「关注人数分别是多少」: how many are listed
    # 「关注人数一年里增加了多少」: the span of time is not the thing measured
    before = re.sub(r"(?:这|那)?[一两二三四五六七八九十几]年(?:里|来|间|内|中|以来)$", "", before)
    before = _VERB_END.sub("", before)
    before = re.sub(r"(?:这|那|该|当)一?年(?:度|里|中|内)?$", "", before)  # 「公众号那年发了几条」: the report's year
    # 「全年主动公开政府信息条数为多少」「政策解读篇数是多少」: the count word is the unit asked (metric_measure), not
    # the thing counted (人数 stays: 「关注人数」 is a measure of its own)
    before = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:条|篇|次|件|个|期|项)数$", "", before)
    # 「政府网站发布信息数量是多少」: 数量 / 数目 / 总数 of 信息 say a count of items published, not the thing counted
    # (only of 信息: 「部分公开的申请数量」「现存政务新媒体数量」 keep their words — a cell or no figure the text says)
    before = re.sub(r"(信息(?:发布)?)(?:的)?(?:数量|数目|总数)$", r"\1", before)
    before = re.sub(r"信息(发布|公开|更新)$", r"\1信息", before)  # 「网站信息发布数量」: the information published
    # 「信函申请占比多少」: the share words say how it is measured, not what is measured
    before = re.sub(r"(?:的)?(?:占比|比例|比重|百分比|所占比例|所占比重|所?占)$", "", FILLER.sub("", before))
    if re.search(r"(?:是|为)(?:去年|上一?年度?|前年|(?:19|20)\d{2}年)的?(?:几|多少)倍", first) or re.search(
        r"(?:相差|差距|差了?|增减|变化)$", first[: m.start()]
    ):
        # 「今年主动公开的条数是去年的几倍」「主动公开信息条数差了多少」: 条数 is the unit (taken apart), the
        # thing is 主动公开
        before = re.sub(r"(?:条|件|个|次|人|篇|项|期)数$", "", before)
    return _plain(FILLER.sub("", before))[-3:]


# units that count the same thing under another name (「多少封信」 is answered by 「信件3459件」)
SAME_UNIT = {
    "封": ("封", "件"),
    "起": ("起", "件"),
    "宗": ("宗", "件"),
    "件": ("件", "起", "宗"),
    "位": ("位", "人", "名"),
    "名": ("名", "人", "位"),
    "人": ("人", "名", "位"),
    "家": ("家", "个"),
    "场": ("场", "次"),
    "次": ("次", "场"),  # 「组织培训多少次」 is answered by 「组织业务培训5场」: occasions either way
    "篇": ("篇", "条"),
    "人次": ("人次", "次"),
}


def units_like(unit: str) -> tuple[str, ...]:
    from .units import like_scaled

    return like_scaled(unit) or SAME_UNIT.get(unit, (unit,))


# items a report counts in 条/件/篇 that users count in 个 (「几个政策文件」「多少个解读」) — not 「几个部门」, counted in 个
_ITEM_AFTER_GE = lazy(
    r"(?:几|多少)个(?:政策)?(?:文件|解读|材料|稿件|通知|公告|文章|信息|规范性文件)"
    r"|(?:文件|解读|材料|稿件|通知|公告|文章|信息)[^，,？?]{0,6}(?:几|多少)个(?![\u4e00-\u9fff])"  # 「政策文件发了几个」
)


# a lead clause that asks nothing (「X2019年的年报里，」「写稿要用，」「看了X的报告，」): where, or why, not what — but not a
# clause that frames the measure (「收到的申请中，网络申请有多少件」: among what) nor one that asks in other words
_FRAME = lazy(r"(?:中|里|当中|之中)$")
_DOCUMENT_FRAME = lazy(r"(?:年报|报告|年度报告)(?:里|中|当中)$")
_LEAD_ASKS = lazy(r"多少|几|哪|谁|最|什么|啥|吗|么|排|比|是否|有没有|怎么|如何")


def _asking_clause(q: str, marks: str = r"[？?，,]") -> str:
    """The first clause, or — when it asks nothing and only a comma follows it (「X2019年的年报里，他们发了多少条政策
    文件」「写稿要用，…有多少」) — the clause after it that asks a quantity."""
    clauses = re.split(marks, q)
    first = clauses[0]
    if (
        QUANTITY.search(first)
        or len(clauses) < 2
        or q[len(first) : len(first) + 1] not in "，,"
        or _LEAD_ASKS.search(first)
        or _FRAME.search(first)
        and not _DOCUMENT_FRAME.search(first)
    ):
        return first
    return clauses[1] if re.search(r"多少|几", clauses[1]) else first


def metric_measure(q: str) -> MetricMeasure | None:
    first = _asking_clause(q)
    if not QUANTITY.search(first):
        return None
    mw = _ASK_UNIT.search(first)
    unit = next((g for g in (mw.groups() if mw else ()) if g), None)
    counted = _COUNT_UNIT.search(first) if unit is None else None
    if (
        counted
        and unit != "%"
        and re.search(r"(?:条|件|个|次|人|篇|项)数(?:相差|差距|差了?|是|为|有|达到?|共计?)?(?:多少|几)?[?？]?$", first)
    ):
        unit = counted.group(1)  # 「主动公开信息条数」: a count of 条, not the 0元 beside it
    if re.search(r"率|占比|比例|百分之|百分比|几成", first):
        unit = "%"
    if re.search(r"第几|排名|名次", first):
        unit = None  # 「排第几名」 asks a place, not a count of 名
    if unit == "个" and _ITEM_AFTER_GE.search(first):
        unit = None  # 「公开了几个政策文件」 is answered by 「政策文件17条」: 个 is the count word said of any item
    target = bool(
        re.search(
            r"(?:缩短|缩|降|减少|提高|提升|增加|增长|跃升)(?:到|至)|(?:改革|改进|优化|整改|缩短)(?:以?后|之后)|现在|目前",
            first,
        )
    )
    return MetricMeasure(focus=focus(q), unit=unit, target=target)


# ---------------------------------------------------------------- operations
# 「表三没毛病吧」「数据有啥毛病」「总计和分项加不上」「数字凑不上」: a fault found in the figures — 毛病 said of a
# table or its numbers (not of the work: 「政务新媒体有什么毛病」 is section 五's problems), or parts that do not add up
FIGURE_FAULT = lazy(
    r"(?:表(?![现彰扬述达态])[一二三四]?|表格|数据(?!开放|共享|安全|治理|资源)|数字(?!化|政府)|总计|合计|总数|分项|统计(?![局厅委部系])|账)"
    r"[^，,？?。]{0,10}?毛病|"
    r"(?:加|合|凑|对)不(?:上|拢|起来)"
)
CHECK = lazy(
    r"有没有(?:错|误|问题|空白|不一致|矛盾|出入)|有(?:错误|误|错|空白|出入|矛盾)吗|不一致的地方|(?:有|存在)(?:什么|哪些)?(?:不一致|矛盾|出入)|"
    r"(?:一样|相同|吻合|符合|匹配)(?:吗|不|么)|是否(?:相同|一样|相符|吻合|匹配)|(?:印|填|写|算)(?:对|错)了?(?:吗|没有?)|"
    r"有(?:错误|误|错|空白)吗|是否有(?:错|误|空白)|准确吗|正确吗|空白吗|有空白|一致吗|是否一致|一致？|一致\?|相符|吻合|成立吗|是否成立|是否等于|等于.{0,16}吗|勾稽|核验(?:出|发现)?的?(?:问题|结果)|对得上|对不上|能否核对|"
    r"对上吗|能对上|对应吗|匹配吗|相等吗|是否相等|衔接|"
    # 「今年上年结转接上了没有」「接得上吗」: one figure picking up another (the carry from last year's report)
    r"接(?:得|不)?上(?:了)?(?:没有?|吗|么|不|否)|接没接上|接不上|"
    r"对不对|对吗|是这样吗|属实吗|是真的吗|确实吗|印错|填错|写错|"
    r"支持(?:这个|这种|该|这一)?(?:说法|结论)|说法(?:对|属实|成立|准确|站得住)|站得住|"
    r"(?:一致|相符|吻合|对得上|对的上|平衡|相等|准确|正确)(?:不|么|否|没有?)|平衡吗|是否平衡|平不平|能(?:平|持平)(?:吗|么|不)|等不等于|能不能对上|对的上吗|"
    r"(?:加起来|相加|之和|合计).{0,8}(?:得出|得到|等于|是|为|凑成)\d+(?:\.\d+)?[条件个项]?(?:吗|么|不|没有?)|"
    r"(?:加起来|相加|之和|合计|加总).{0,8}(?:是不是|是否|等不等于)(?:等于)?\d+|"  # 「分项加起来是不是380」
    r"(?:为什么|为何|怎么|咋)(?:会)?(?:不一样|不同|不一致|对不上|有差异|有出入)|差异在哪|(?:讲|说)(?:得|不)通|是(?:这个|这么)(?:数|数字|多)|"
    r"有没有.{0,4}(?:错|误)|(?:算|印|填|写|弄|搞)错|自洽|自相矛盾|前后矛盾|矛盾(?:吗|么|不)|"
    r"哪(?:个|些|里|处)(?:数字|数据|地方)?(?:错|有误|不对)|错在哪|有无(?:差错|错误|错|问题|出入|矛盾)|差错|"
    r"(?:也|都|还)是\d+(?:\.\d+)?\s*[件条个项%]?(?:吗|么|不|没有?)|"
    r"核对|填写完整|完整吗|是否完整|完不完整|齐全吗|是否齐全|有没有.{0,20}表|有无.{0,20}表|是否.{0,6}(?:正确|准确)|算得对|"
    r"(?<!公)平(?:吗|么)|是不是(?:正好|刚好|恰好|正|刚)?等于|是不是(?:也|都|还)?是?\d+|"
    # 「表三是不是平的」「账轧平了没有」「数据能配平吗」「数据能平上吗」「表四闭合吗」: the figures said to balance (平, an office's word;
    # never the 平 of a name: 「请对平潭…排序」)
    r"(?:表(?![现彰扬述达态])[一二三四]?|表格|账|帐|数据|数字|总计|合计|总数|数)[^，,？?。]{0,6}?"
    r"(?:是不是|是否|能不能|能否|有没有|可以|会不会)?(?:轧|扎|对|配|打)?(?<![水公和太持])平(?:的|了|衡|[得不]?上)?"
    r"(?:吗|么|嘛|不|没有?|呢|吧|[？?。]|$)|(?:轧|扎|对|配)平(?:了|的)?(?:吗|么|嘛|不|没有?|呢|吧|[？?。，,]|$)|(?:是否|是不是|能否|能不能)?闭合(?:吗|么|不|没|了|的|[？?]|$)|"
    # 「表是不是有问题」「是否都成立」「和表三74件怎么回事」
    r"是不是(?:有)?(?:错|误|问题)|是否(?:都|均|全)成立|(?:都|均)成立吗|表[二三四][^，,？?]{0,8}怎么回事|"
    # 「表三有问题吗」「表四靠不靠谱」「数据打架吗」「总计行是不是加错了」: a doubt about a table's figures
    r"(?:表|数据|数字|总计|合计|报告|年报|统计)[^，,？?]{0,10}(?:有(?:没有)?问题|靠谱|靠不靠谱|可靠吗|可信吗|打架)|"
    # 「表三没毛病吧」「分项加不上」: a fault of the figures (毛病 of the work itself is section 五's, PROBLEMS)
    + FIGURE_FAULT.pattern
    + r"|"
    r"(?:加|合计|汇总)错|是否(?:存在)?矛盾|有无矛盾|是不是(?:一致|相符|吻合|相等|对得上)|"
    # 「新收那行各列加起来是总计吗」: a sum asked to equal the printed total (not 「加起来总计多少」)
    r"(?:加起来|相加|之和|加总|加在一起|加一块|加到一起)[^，,？?]{0,6}(?:是|等于|为)(?:不是)?(?:总计|合计|总数)(?:吗|么|不|没有?|[？?]|$)"
)
# who is speaking, and what they are doing (「我们和洪泽比」 is the report read, not a speaker)
_WE = r"(?:我们|本人|我)(?:是|在|正在|这边|单位|团队|课题组)"
# a speaker's preamble before the question (「我是…想核对一个数字：」「你好，请教一下：」), to its colon
_PREAMBLE = lazy(
    r"^[^：:]{0,80}?(?:我是|" + _WE + r"|您好|你好|请教|需要|想(?:问|核对|确认|了解|请教))[^：:]{0,60}[：:]"
)
# 「我是做第三方评估的，正在核对各地…的数据，甘井子区政府2023年的年报里，…是多少？」: a speaker's clauses before the
# one that names the report (a year) or asks (多少/几), with no colon to end them
# (「我去年申请过信息公开，想看看情况，X2022年…」: the speaker's own past, told before the question — its 申请 is no
# measure asked)
_SPEAKER = lazy(
    r"^(?:(?:您好|你好|老师好)[，,！!\s]*)?(?:我是|" + _WE + r"|我(?:去年|前年|之前|以前|曾经?|上个?月|前段时间|刚刚?)"
    r"(?:也|还)?(?:申请|提交|咨询|问|查|打|找|去)"
    r")"
)
# (「我是安康市人民政府办公室政务公开科的」 names the body; 「在给江苏几个区县打分」 asks nothing)
_NAMES_OR_ASKS = lazy(
    r"\d{2}|[〇零○一二][〇零○一二三四五六七八九]{1,3}年|(?:多少|几)[^，,]{0,6}[？?]?$|[省市区县](?:人民)?政府|[局厅委]"
    # (「想了解一下报告文字部分说收了多少申请，原句给我」: the ask before a form demanded — 多少 only: 「几个区县打分，」 asks nothing)
    r"|多少[^，,]{0,6}[，,]$"
    # (「想了解一下年报里说的存在问题是啥，原话给我」: a clause that asks what the report says, a form demanded after it)
    r"|(?:年报|报告)[^，,]{0,12}(?:是啥|是什么|有哪些|怎么说|说了什么)[？?，,]?$"
    # (「我们单位明年信息公开准备怎么改进，报告里写的？」: a clause that asks how, or asks yes or no, is the question —
    # the report's answer asked after it)
    r"|(?:怎么|如何|怎样|咋)[^，,]{0,8}[？?，,]?$|吗[？?，,]?$"
    # (「…，与上一年度相比，予以公开…增减了多少」: the year asked against, said in words, is the question's)
    r"|(?:与|和|跟|同)(?:上一?|前一|去)年度?(?:相比|比|比较)|比(?:上一?|前一|去)年"
    # (「我是做课题的，库里湖南省的市级部门，2023年合计…」: the store's set, named by its place and kind of body, is
    # the question's scope — dropped with the speaker's words, the sum was taken over the whole store)
    r"|^(?:库里|库中|本库)|(?:省|市|州|区|县)(?:的|内|里|所有的?|全部的?|各)?(?:"
    + "|".join(sorted({w for ws in KIND_WORDS.values() for w in ws}, key=len, reverse=True))
    + r")"
)


# 「我是余庆县卫生健康局的，我们2025年报告里…」「我们是X，本单位…」「我这边是X，我局…」「本人在X工作，我们…」: the speaker
# names their own body, then speaks of it as 我们/我局/本单位 — the body named is the one asked (dropped with the speaker's
# words before, every body's figure of the year was listed: zmfixa)
_OWN_BODY = lazy(
    r"^\s*(?:(?:您好|你好|老师好)[，,！!\s]*)?(?:我们|本人|我)(?:这边|这里)?(?:是|在|来自)"
    r"(?P<body>[\u4e00-\u9fff（）()]{2,40}?(?:政府|局|委员会|委|办事处|办公室|管委会|中心|院|厅|署|镇|乡|街道|苏木))"
    r"(?:的|工作(?:的)?|上班(?:的)?)?(?:工作人员|同志|员工)?[，,：:\s]+(?P<rest>.+)$"
)
# the speaker's own body (「我们」「咱们」「本单位」「我局」「本委」…), the one list of rag/deixis.py (sector_sets reads it)
OWN_WORD = lazy(rf"(?:{alternation()})(?:单位|机关|局)?(?:的)?")


_SPEAKER_SAYS = lazy(r"(?:我们|本人|我)(?:这边|这里)?(?:是|在|来自)")


def _own_body_after_lead_ins(q: str) -> re.Match | None:
    """「我是做课题的，想了解一下我是X的，我们…」「打扰了，我们在做调研，想请教：我是X的，我们…」: the speaker's own body
    named after lead-ins stacked before it (a greeting, who asks, why, what she wants) — lead-ins that name no body
    and no year and ask nothing (`_NAMES_OR_ASKS`, clause by clause)."""
    for s in _SPEAKER_SAYS.finditer(q, 1):
        head = q[: s.start()]
        if any(_NAMES_OR_ASKS.search(c) for c in re.split(r"(?<=[，,：:])", head)) or _names_a_body(head):
            return None
        m = _OWN_BODY.match(q[s.start() :])
        if m is not None:
            return m
    return None


def own_body_said(q: str) -> str:
    """「我是余庆县卫生健康局的，我们2025年报告里现行有效件数是多少」 → 「余庆县卫生健康局2025年报告里现行有效件数是多少」:
    a speaker naming their own body, then 我们/我局/本单位 — the body written where 我们 stood. The question as it was
    when the speaker's words name no body (「我是律师，…」) or the rest never says 我们 of it."""
    m = _OWN_BODY.match(q)
    if m is None:
        m = _own_body_after_lead_ins(q)
    if m is None:
        return q
    rest = m.group("rest")
    w = OWN_WORD.search(rest)
    if w is None:
        return q
    return rest[: w.start()] + m.group("body") + rest[w.end() :]


# the words that set a check without asking agreement (「想核对一个数字：」 is a preamble; 「平不平：」 is not)
_CHECK_ONLY = lazy(r"核对|核实|核查|确认")


def _asks_agreement(head: str) -> bool:
    return bool(CHECK.search(_CHECK_ONLY.sub("", head)))


def _names_a_body(clause: str) -> bool:
    from extractor.agency import mentions

    return bool(list(mentions(clause)))


def drop_preamble(q: str) -> str:
    """The question without the speaker's preamble: up to its colon, or the clauses before the one that
    names a year or asks — who is asking and why name no agency (「做区县」 is not a body) and ask no check
    (「正在核对…数据」 is not 「核对一下表三」). A lead-in that ends in a courtesy (「您好，麻烦问一下，」「我是做课题的，想了解
    一下」: what follows is the question) and the thanks after the question are peeled first (`unwrapped`): 「您好，
    麻烦问一下，请核对本报告表四…：…」 is read as 「请核对本报告表四…：…」 (zvfix); a speaker's own clauses with no courtesy
    after them (「我是做第三方评估的，正在核对…数据，」) are cut below."""
    head = _POLITE_HEAD.match(q)
    if head and _COURTESY_LAST.search(head.group()):
        q = unwrapped(q)
    elif len(tail := _POLITE_TAIL.sub("", q)) >= 4:
        q = tail
    m = _PREAMBLE.match(q)
    if (
        m
        and m.end() < len(q)
        and not _NAMES_OR_ASKS.search(m.group())
        and not _asks_agreement(m.group())
        and not _SAMPLE_WORD.search(m.group())  # (「您好，麻烦问一下，样本量：…」: the sample size is what is asked)
    ):
        # (「我是律师，温州市鹿城区司法局2023年复议的结果分布怎么样：维持…各多少」: what stands before the colon names
        # the body and year — no preamble to drop there; the clauses below decide; 「您好，帮我看看表三平不平：新收+
        # 结转 = …」: what stands before it asks agreement — the question's own ask, never a preamble)
        return q[m.end() :]
    if _SPEAKER.match(q):
        parts = re.split(r"(?<=[，,])", q)
        i = 0
        while (
            i < len(parts) - 1
            and not _NAMES_OR_ASKS.search(parts[i])
            and not _names_a_body(parts[i])
            # (「我在看这份年报，想知道X有几件，谢谢」: the clause before the thanks alone is the question)
            and not _ONLY_THANKS.match("".join(parts[i + 1 :]))
        ):
            # (「我是做课题的，想了解一下我们新收申请和X同年比，谁多」: a clause naming a body is the question's)
            i += 1
        if i:
            return "".join(parts[i:])
    return q


# ---------------------------------------------------------------- one spelling of a question
# (what users vary without changing what they ask; every route reads the question after this)
_WIDE = lazy(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e\uff0b\uff0d\uff5e]")
# 「省教育厅 23 年」「能得出 21 吗」「篇数 2021 - 2023」: a space a search box or a copied PDF puts beside a number
_SPACED_NUMBER = lazy(
    r"(?<=\d)[ \t\u3000\xa0]+(?=[\u4e00-\u9fff%\-—–~])|(?<=[\u4e00-\u9fff\-—–~])[ \t\u3000\xa0]+(?=\d)"
    r"|(?<=\d年)[ \t\u3000\xa0]+(?=[\u4e00-\u9fff])|(?<=\d年度)[ \t\u3000\xa0]+(?=[\u4e00-\u9fff])"  # 「23年 申请占…」
)
# 「请问」「麻烦查一下，」「我想知道」「帮我看看，」「你好，请问」: courtesy before the question asks nothing
_GREETING = (
    r"(?:你好|您好|老师好|同志好|打扰一下|打扰了|(?i:hi|hello|hey)(?![A-Za-z])|嗨|哈喽|嗯+(?=[…。.，,\s])|额+(?=[…。.，,\s])"
    # 「那个啥 库里…」「嗯那个 重庆市…」: a spoken filler before a pause (voice input) asks nothing
    r"|(?:嗯+|呃+|额+)?(?:那个啥|那个|就是)(?=\s)|呃+(?=[…。.，,\s]))"
    r"[，,！!。.…\s]*"
)
_COURTESY = (
    # (「请问下一年预计…」: 下一年 is the year asked, not 「请问下」 — its 「一年」 was read as this year's figure;
    # 「请问下一步打算怎么改进」「请问下阶段…」: the next step asked, not 「一步打算…」)
    r"(?:请问(?:一下|下(?!一?(?:[年个季月步]|阶段)|半年))?|麻烦(?:您|你)?(?:帮(?:我|忙))?(?:查|问|看)(?:一下|下|查|看)?|"
    r"我?想(?:知道|问(?:一下|下)?|了解(?:一下|下)?|查(?:一下|下)?)|帮(?:我|忙)?(?:查|看)(?:一下|下|查|看)?|请教(?:一下|下)?)"
    r"[，,：:\s]*"
)
# 「我是做课题的，」「我们是报社的，」: who asks; 「领导让我查一下：」「主任叫我问下，」: for whom — context, no ask
_WHO_ASKS = (
    r"(?:我(?:们)?是[^，,。：:？?\s]{1,14}?的[，,：:\s]+"
    r"|(?:领导|老板|主任|科长|处长|局长|老师|同事|上级)?(?:让|叫|要)我(?:们)?(?:查|问|看|了解|核实|找)(?:一下|下)?[：:，,\s]*"
    # (「主任交代：」「领导吩咐的，」: an errand given, nothing asked yet)
    r"|(?:领导|老板|主任|科长|处长|局长|上级)(?:交代|交待|吩咐|安排)(?:了|的)?[：:，,\s]+"
    # (「我在看这份年报，」「我正在读这个报告，」: what the asker is doing with the chosen report — nothing asked yet)
    r"|我(?:正|现在)?在(?:看|读|翻|查|研究|阅读|翻看)(?:一下)?(?:这份|这个|这篇|该|你们的)?(?:年报|年度报告|报告)[，,：:\s]+)"
)
# (stacked: 「您好，麻烦问一下，帮我看看…」「我是做课题的，想了解一下…」 — each lead-in peeled, not the first alone)
_POLITE_HEAD = lazy(rf"^\s*(?:{_GREETING}(?:{_COURTESY})?|{_WHO_ASKS}(?:{_COURTESY})?|{_COURTESY})+(?=\S)")
# 「…多少条，急用」「…政策文件？谢谢！」: thanks and urgency after the question ask nothing either; nor a demand on
# the answer's form (「用一句话回答」「简单说一下」「直接给数」) — what is asked is the question before it
_THANKS = (
    r"(?:谢谢(?:您|你|啦|了)?|谢了|谢啦|多谢|急用|急需|在线等|比较急|很急|麻烦了|辛苦了"
    r"|(?:请)?用一句话(?:回答|说|概括)?|简单(?:回答|说(?:一下|下)?)|直接(?:回答|说|给(?:个)?数(?:字)?)|只(?:要|给|需要|回答)(?:一个|个)?(?:数字|数))"
)
# (「…有几件，谢谢啊？」: a particle after the thanks, and a question mark after it)
_POLITE_TAIL = lazy(rf"(?<=\S)(?:[，,。.？?\s]*{_THANKS}[啊呀哈哦嘞]?[！!。.？?～~\s]*)+$")
_COURTESY_LAST = lazy(rf"(?:{_COURTESY})$")
_ONLY_THANKS = lazy(rf"^(?:[，,。.？?\s]*{_THANKS}[啊呀哈哦嘞]?[！!。.？?～~\s]*)+$")


# (zsvfix) a tier's kind of body with its other names in a note — 「县（市、区）人民政府」「乡镇（街道）」「市（州）」
# 「区县(市)部门」 — read the same however the note is set off: printed in brackets, said between a voice input's pauses
# (「县 市 区 人民政府」「乡镇 街道 中」), typed with commas, 、 or slashes (「县、市、区人民政府」「乡镇/街道」). Each tier's
# head and the names its note may give (never the head again): the county's, the prefecture's, the towns'
_TIER_NOTE_NAMES = {
    "县": ("市", "区", "旗"),
    "区": ("县", "市"),
    "旗县": ("市", "区"),
    "区县": ("市", "旗"),
    "县区": ("市", "旗"),
    "市": ("州", "地", "盟"),
    "乡镇": ("街道办事处", "街道办", "街道"),
    "乡": ("镇", "街道"),
    "镇": ("街道",),
}
_TIER_SEP = r"[ \t\u3000，,、/／]"
# what follows a tier word that names a set of bodies (the county's and the prefecture's heads are read only before it)
_TIER_NOUN = r"(?:人民政府|政府|职能部门|工作部门|直属部门|直部门|级部门|部门|单位|机关|局委办|委办局)"
_TIER_TAIL = rf"(?:的)?{_TIER_NOUN}"
_TOWN_HEADS = ("乡镇", "乡", "镇")


def _tier_note_pattern() -> str:
    heads = sorted(_TIER_NOTE_NAMES, key=len, reverse=True)
    names = sorted({n for ns in _TIER_NOTE_NAMES.values() for n in ns}, key=len, reverse=True)
    name = "(?:" + "|".join(names) + ")"
    return (
        # (the head never the end of a place's own name — 「洪泽区」「平潭县」 — : after a place's level, a year, a set's
        # word or nothing; 「广西壮族自治区县 市 区」's 区 is the region's)
        r"(?:(?<=[省的各里中内年度级有])|(?<=自治区)|(?<![\u4e00-\u9fff]))"
        # (nor a tier listed after another: 「市、县、区人民政府」 are three tiers, no 「县（区）」)
        r"(?<![省市县区州][、，,/／ \t\u3000])"
        rf"(?P<head>{'|'.join(heads)})"
        # bracketed (either width), or the note's names set off by pauses, commas, 、 or slashes
        rf"(?:[(（](?P<inner>{name}(?:[、，,/／ ]{{0,2}}{name}){{0,2}})[)）]"
        rf"|{_TIER_SEP}+(?P<said>{name}(?:{_TIER_SEP}+{name}){{0,2}})(?P<close>{_TIER_SEP}+|(?={_TIER_TAIL})))"
        # (「县 市 区 的部门」: a 的 before the set's noun goes with the note — the kind word is read whole)
        rf"(?P<de>的(?={_TIER_NOUN}))?"
    )


_TIER_NOTE = lazy(_tier_note_pattern())
_TIER_NOTE_SPLIT = lazy(r"[ \t\u3000，,、/／]+")


def tier_notes(q: str) -> str:
    """「县 市 区 人民政府」「县，市，区人民政府」 → 「县（市、区）人民政府」, 「乡镇 街道 中」 → 「乡镇（街道）中」: a tier's note
    however it is set off, in brackets — and the bracketed notes the scope has no reading of written as the tier's
    plain word: 「市（州）人民政府」「市州政府」 → 市级人民政府 (「市（州）直部门」 → 市直部门), 「区县（市）部门」 → 区县部门,
    「旗县（市、区）政府」 → 区县政府, 「县（市、区）直部门」 → 县直部门, 「乡（镇、街道）」「镇（街道）」 → 乡镇（街道）."""

    def one(m: re.Match[str]) -> str:
        head = m.group("head")
        notes = [n for n in _TIER_NOTE_SPLIT.split(m.group("inner") or m.group("said") or "") if n]
        allowed = _TIER_NOTE_NAMES[head]
        if not notes or len(set(notes)) != len(notes) or any(n not in allowed for n in notes):
            return m.group()
        after = q[m.end() :]
        if head not in _TOWN_HEADS and not (
            m.group("de") or re.match(_TIER_TAIL, after) or (m.group("close") and q[m.start() - 1 : m.start()] == "各")
        ):
            return m.group()  # (a county's or a prefecture's note only before a set's noun, or after 各)
        if head in _TOWN_HEADS and m.group("de"):
            return "乡镇（街道）的"  # (the towns' note is read before any word: its 的 stays)
        if head == "市":
            return "市" if after.startswith("直") else "市级"
        if head in ("区县", "县区"):
            return head
        if head == "旗县":
            return "区县"
        if head in _TOWN_HEADS:
            return "乡镇（街道）"
        if after.startswith("直") and head == "县":
            return "县"
        if (m.group("de") or re.match(_TIER_TAIL, after)) and not re.match(r"(?:人民)?政府|部门|级部门", after):
            return "区县"  # (「县（市、区）的职能部门」「县 市 区 单位」: the tier's loose word before the other nouns)
        return f"{head}（{'、'.join(notes)}）"

    q = _TIER_NOTE.sub(one, q)
    return _PREFECTURE_TIER.sub(lambda m: "市直" if m.group(1) else "市级", q)


# 「湖南省市州政府」「各市州人民政府」: the prefecture tier said with its 州 run on (「市州直部门」: its departments)
_PREFECTURE_TIER = lazy(
    r"(?:(?<=[省的各里中内年度级有])|(?<=自治区)|(?<![\u4e00-\u9fff]))市州(直)?(?:的)?(?=人民政府|政府|部门|单位|机关)"
)
# 「区县一级的单位 区县政府 区县部门和乡镇街道 加起来」: the note on a set's bodies said between pauses — its brackets
_VOICE_NOTE = lazy(r"(?<=单位) ((?:区县|县区|县级)政府 (?:区县|县区|县级)部门(?:和|及|与)?乡镇(?:街道)?) ")


# issue 13 (voicefix): a dictated question has pauses where the typed one has brackets, quotes and 、 — the marks the
# rows, columns and lists are read by. Restored before anything closes the spaces, each only where the pause can
# have been nothing else (a typed question with these pauses means the same):
# 「七 总计」「第 四 项」「表三 四1」「一 到 六 的」: a row's printed number said bare is that number in brackets
_SAID_NUMBER = lazy(
    r"(?:^|(?<=[\s第到至]))[ \t\u3000]*([一二三四五六七])"
    r"(?:[ \t\u3000]+(?=总计|總計|[到至]|项|的|各|\d(?!\d))|(?=\d(?!\d)))"
    r"|(?<=[到至])[ \t\u3000]+([一二三四五六七])(?=[ \t\u3000]+)"
)
_PAUSE_RUN = lazy(r"[ \t\u3000]+")
# the items of the tables a list is made of, as said alone (「其他」「公开」 are items only in a list or quoted)
_BARE_ITEMS = ("其他", "公开", "予以公开")
_TABLES = ("t2", "t3", "t4")
_TOTAL_WORDS = ("总计", "合计", "总数", "一共", "共计", "总共")


# what may follow an item's words inside the item (「新收申请」「行政诉讼案件」)
_ITEM_NOUN = lazy(r"(?:的?申请|的?案件)?(?:数量|件数|数)?")


# a change said after an item (「合计 增加 减少了多少」) is no item of a list
_CHANGE_HEAD = lazy(r"增|减|降|升|变化|上涨|下跌")


_Item = tuple[int, int, str, str, str]  # start, end, table, row or col, key


def _spans(seg: str) -> list[_Item]:
    if _CHANGE_HEAD.match(seg):
        return []
    return [(a, b, t, w, term.key) for t in _TABLES for w in ("row", "col") for a, b, term in found_terms(seg, t, w)]


def _is_item(seg: str) -> bool:
    """A pause-bounded piece that is one item of the tables, whole (「部分公开」「纠正」「新收申请」「其他」)."""
    return seg in _BARE_ITEMS or any(h[0] == 0 and _ITEM_NOUN.fullmatch(seg[h[1] :]) for h in _spans(seg))


def _ends_item(seg: str) -> list[_Item] | None:
    """The items seg ends with ([] when it ends with 其他/公开, which go with any; None when it ends with none)."""
    found = [h for h in _spans(seg) if _ITEM_NOUN.fullmatch(seg[h[1] :])]
    return found or ([] if seg.endswith(_BARE_ITEMS) else None)


def _starts_item(seg: str) -> list[_Item] | None:
    found = [h for h in _spans(seg) if h[0] == 0]
    return found or ([] if seg.startswith(_BARE_ITEMS) else None)


def _last_item(seg: str) -> bool:
    return _is_item(seg) or any(h[0] == 0 and re.match(r"各|分别", seg[h[1] :]) for h in _spans(seg))


def _alike(left: list[_Item], right: list[_Item]) -> bool:
    """Two items a list can hold side by side: both rows or both columns, neither the other nor its group (「复议 维持」
    is a row and its column, 「不予公开 国家秘密」 a group and its item, 「结转下年 继续办理」 one row's words)."""
    if not left or not right:
        return True
    return any(
        w1 == w2 and k1 != k2 and not (t1 == t2 and (k1.startswith(k2 + "_") or k2.startswith(k1 + "_")))
        for _, _, t1, w1, k1 in left
        for _, _, t2, w2, k2 in right
    )


def voice_marks(q: str) -> str:
    """The marks a speech recogniser drops, put back where the pause can mean only them: a row's number said bare
    (「七 总计」 → 「（七）总计」, 「第 四 项」 → 「第（四）项」, 「四1」 → 「（四）1」), a list of the tables' items said
    with pauses (「维持 纠正 其他 尚未审结之和」 → 「维持、纠正、其他、尚未审结之和」, 「2020 2023两年」 → 「2020、2023两年」),
    the column 其他 said alone between pauses (「申请人为 其他 法人」 → 「申请人为“其他”法人」), a row's full name before
    its 总计 (「表三 本年新收政府信息公开申请数量 总计」 → quoted), 「与 总计 一致」 → 「与“总计”一致」 and a total's pause
    before what it is set against (「…合计 与…的合计相比」 → 「…合计，与…」) — as typed. A list holds items alike (rows or
    columns, neither the other's group): 「复议 维持」「不予公开 国家秘密」 stay pauses."""
    if not _PAUSE_RUN.search(q.strip()):
        return q
    q = _SAID_NUMBER.sub(lambda m: f"（{m.group(1) or m.group(2)}）", q)
    q = re.sub(r"(?<=(?:19|20)\d\d)[ \t\u3000]+(?=(?:19|20)\d\d)", "、", q)
    parts = _PAUSE_RUN.split(q.strip())
    if len(parts) < 2:
        return q
    n = len(parts)
    middle = [0 < i < n - 1 and _is_item(parts[i]) and len(parts[i]) <= 6 for i in range(n)]
    joins = []
    for i in range(n - 1):  # the pause after parts[i]
        left, right = parts[i], parts[i + 1]
        ends, starts = _ends_item(left), _starts_item(right)
        listed = ends is not None and starts is not None
        if listed and right.startswith(_TOTAL_WORDS):
            listed = bool(re.match(r"(?:总计|合计|总数)(?:各|分别|都|$)", right))
            # (「公开 部分公开 总计各多少」: a list goes on to its 总计; 「不予公开 合计」 is the row's own total, and a
            # row's full name before 总计 is quoted, not listed)
            listed = listed and middle[i] and bool(joins) and joins[-1]
        elif listed and ends is not None and starts is not None:
            listed = _alike(ends, starts)
        if listed and not (middle[i] or middle[i + 1] or (i + 1 == n - 1 and _last_item(right))):
            listed = False  # (two pieces: the second an item whole or asked apart, 「…的新收申请 行政诉讼各多少」)
        if left in ("其他", *_TOTAL_WORDS) and not (joins and joins[-1]):
            listed = False  # (「申请人为 其他 法人或组织」「合计 增加」: no list's head — 其他 is the quoted column)
        joins.append(listed)
    out = parts[0]
    for i in range(1, n):
        # a row's full name between pauses before its 总计 (「表三 上年结转政府信息公开申请数量 总计」): quoted, as typed
        quoted = (
            i > 1 and not joins[i - 1] and not joins[i - 2] and parts[i].startswith("总计") and len(parts[i - 1]) > 6
        )
        if quoted and _spans(parts[i - 1]):
            out = out[: len(out) - len(parts[i - 1])] + f"“{parts[i - 1]}”" + parts[i]
            continue
        out += ("、" if joins[i - 1] else " ") + parts[i]
    # 「其他」 alone between pauses, in no list: the column quoted (「“其他”类申请人」); 「与 总计 一致」: the row
    # checked against, quoted (「与“总计”一致」)
    out = re.sub(r"(?:^|(?<![、\u3000])[ ])其他(?:[ ](?![、])|$)", "“其他”", out)
    out = re.sub(r"(?<=[与和跟同])[ ]总计[ ](?=是否|一致|相符|相等|对得上|吻合)", "“总计”", out)
    # 「…的数量合计 与…的合计相比」: a total's pause before what it is set against is the comma, not a list's 与
    return re.sub(r"(?<=合计|总计)[ ](?=[与跟][^？?。，,]{0,60}?(?:相比|比较|对比))", "，", out)


def spaces_closed(q: str) -> str:
    """「它 2024 年的呢」「换成 2021 年」「平潭 22 年」: the spaces a search box or a phone puts beside a number closed."""
    return _SPACED_NUMBER.sub("", _spaced_years(q.strip()))


def unwrapped(q: str, shortest: int = 4) -> str:
    """The question without the courtesy, the asker's context and the thanks around it (「您好，麻烦问一下，…？谢谢！」
    「领导让我查一下：…，急用」「我是做课题的，想了解一下…」「…？用一句话回答」): one reading for a whole question
    (`canonical`) and for a chat's follow-up (「您好，那上一年呢？谢谢」). Each cut is kept only when what is left
    is at least `shortest` characters (「请问一下」 alone stays what it is)."""
    head = _POLITE_HEAD.sub("", q)
    q = head if len(head) >= shortest else q
    tail = _POLITE_TAIL.sub("", q)
    return tail if len(tail) >= shortest else q


# 「区县人民政府（含开发区）」: a note on what a kind of body takes in names no body of its own
_KIND_NOTE = lazy(r"(?<=政府|部门|单位|机关|机构)[（(](?:含|包括|包含)[^（）()]{1,12}[）)]")
# 「库里全部的市里的委办局（2023年）」「整个库里的县（市、区）人民政府」「所有已收录的镇街」: a level over the whole store in
# a spreadsheet mind's words — written as the stored kind word (the scope reads the loose spellings only after a
# place), a year in brackets right after it read as the set's year (zsfixa)
_STORE_SET_WORD = (
    r"((?:库[里中内]|整个库里|全库)的?(?:所有|全部|全体)?的?(?:已?收录的?)?|(?:所有|全部|全体)的?(?:已?收录的?)?)"
)
_STORE_SET_KINDS = (
    (lazy(_STORE_SET_WORD + r"市里的?(?:各个?)?(?:委办局|局委办|各局|职能部门|工作部门|部门)"), r"\1市直部门"),
    (lazy(_STORE_SET_WORD + r"[县区][(（](?:[县区市][、，,]?){1,2}[)）](?:人民)?政府"), r"\1区县政府"),
    (lazy(_STORE_SET_WORD + r"[县区][(（](?:[县区市][、，,]?){1,2}[)）]的?(?:职能|工作)?部门"), r"\1区县部门"),
    (lazy(_STORE_SET_WORD + r"(?:镇街|街镇)(?![道办])"), r"\1乡镇街道"),
)
_KIND_YEAR_NOTE = lazy(
    r"(?:(?<=部门)|(?<=政府)|(?<=街道)|(?<=单位)|(?<=机关)|(?<=厅局)|(?<=委办局))[（(]((?:19|20)\d{2}年度?)[）)]"
)


def store_set_kinds(q: str) -> str:
    """「所有已收录的镇街（2023年）」 → 「所有已收录的乡镇街道2023年」: a whole store's level in its stored kind word."""
    for pattern, repl in _STORE_SET_KINDS:
        q = pattern.sub(repl, q)
    return _KIND_YEAR_NOTE.sub(r"\1", q)


# 「库里海南省2021年 镇政府 被提起过行政诉讼（…） 名单」: the bodies a condition holds of, listed — typed as keywords
_EVER_LISTED = lazy(r"^(\S+?)\s+((?:被提起过|被申请过|被起诉过|有过|收到过)\S+?)\s*(?:名单|清单|列表)[？?]?$")
# 「X 2021年 行政复议案件数 2021年库里县政府（含自治县） 排名」 (keywords: a body, its year, a measure, a set, 排名):
# the body's rank in the set named last — 「X2021年的行政复议案件数在2021年库里县政府（含自治县）里排第几」
_KEYWORD_RANK = lazy(
    r"^(\S+?)\s+((?:19|20)\d\d年)\s+(\S+?)\s+(\S*?(?:库里|收录|(?:19|20)\d\d年)\S*?)\s+(?:排名|名次)[？?]?$"
)
# 「库里2021年 街道办 信息公开申请数为0 几家」: a count of the bodies at zero typed as keywords
_ZERO_HOW_MANY = lazy(r"(?<=为[0零])\s*(?=(?:几家|多少家|几个)[？?]?$)")
# 「一共有多少件行政诉讼两类起诉合计」「行政诉讼（两类起诉合计）」: one total of the lawsuits, not two figures
_LAWSUITS_SUMMED = lazy(r"(?<=行政诉讼)[（(]?(?:两类|两种)起诉(?:合计|加起来|合在一起)[)）]?")
# 「复议和两类诉讼各有几件」: the two kinds of lawsuit table 四 prints, each named (not their sum 行政诉讼)
_BOTH_LAWSUITS = lazy(r"(?:两类|两种|两个|二类|两项)(?:行政)?(?:诉讼|起诉)")
# 「君山片区2022年呢，主动公开多少条」: a topic marked by 呢 before the ask is the ask's scope
_TOPIC = lazy(r"(?<=[\u4e00-\u9fff\d])呢\s*[，,]\s*(?=\S)")
# 「存在得问题」「超过1件得年报」「最多得是洪泽吗」: 得 typed for 的 (the same sound) — not in a word of 得
# (获得, 得到, 值得 …) nor before the complement of a verb (「对得上」「落实得怎么样」「办得好不好」「多得多」)
_DE_SLIP = lazy(
    r"(?<![获取值记觉使赢难懂晓显免省落舍不必所心])得"
    r"(?![到出知以益分当力奖票失体宜罪逞很更最太挺够满好怎如及比还非不上下起通了过着来去完住动开准齐平清懂见成]|多(?!少))"
    r"(?![\u4e00-\u9fff]{1,2}(?:县|镇|乡|村|街道|社区|苏木|嘎查))"  # a place's 得 (得荣县, 得胜镇) is no slip
)
# 「落实条例的改进措施，上海市政府办公厅19年」「新收多少件，安康政府办2022年？」: a last clause that only names
# the scope (a body and its year, nothing asked) is the scope, read first where every route expects it
_SCOPE_TAIL = lazy(
    r"^(?P<ask>[^，,]{2,}?)[，,]\s*(?P<scope>[\u4e00-\u9fff]{0,24}?(?:19|20)\d\d年度?)的?\s*(?P<end>[？?。!！]*)$"
)
_NOT_ONLY_SCOPE = lazy(r"多少|几|哪|什么|啥|吗|比|和|与|及|跟|同|还是|或|到|至|是|有|、|前|后|以来|呢")
# 「…多少件呢？」「…视频号呀」: a particle at the end adds a tone, not a word of what is asked (吗/吧 ask yes or no)
# 「行政诉讼（含复议后起诉）」: both kinds of lawsuit 表四 prints, not the second alone
_LAWSUITS_WITH_REVIEWED = lazy(r"(?:行政)?诉讼\s*[（(\s](?:含|包括|包含)(?:经过?)?复议后(?:起诉|诉讼)?\s*[）)\s]")
# 「新收申请的平均数是多少」: the mean asked as a noun, read as 「平均多少」 (the row is the table's)
_MEAN_ASKED = lazy(r"的?(?:平均数|平均值|均值)(?:是|为)?(?:多少|几)")
# 「（按每份报告平均）」「，按报告数平均」「（以单位个数计）」: the basis of a set's mean said — per report
_PER_REPORT = r"(?:每一?份|每个|每家|每一?个)?(?:报告|年报|单位|机关|部门)(?:的?(?:个数|数量?|份数))?(?:来|进行)?"
_AVERAGED = r"(?:平均|算|计算|计|求平均)"
_MEAN_BASIS = lazy(
    rf"[（(]\s*(?:按照?|以|按着){_PER_REPORT}{_AVERAGED}?\s*[）)]"
    # (after a comma, or a voice input's pause for it: 「平均数是多少 按每份报告平均」)
    rf"|(?:[，,]|(?<=[\u4e00-\u9fff])[ \t\u3000])\s*(?:按照?|以){_PER_REPORT}{_AVERAGED}(?=[？?。]*$)"
)
_DUO_XIAO = lazy(r"多小(?=[件份个家条次项篇元]|[？?]|$)")
# (「…的年报 来着」「…多少份 嗯」: spoken after a pause, too)
_END_PARTICLE = lazy(r"(?<=[\u4e00-\u9fff\d”」》\"）)])\s*(?:[呢啊呀啦哦哈嘞]|来着|嗯+|呃+)(?=[？?。！!～~\s]*$)")
# 「哪家多一些」「谁高一点」「哪个少些」: a softener after a comparative asks the same order (「哪家多」), read
# where every ordering rule reads it — at the end of a clause only (「多点开花」「最高点」 are words)
_SOFTENER = lazy(r"(?<=[多少高低大小])(?<!最[高低])(?:一些|一点儿?|些|点儿?|一丢丢|一丁点儿?)(?=[？?。！!，,；;\s]|$)")


_IN_STORE = lazy(
    r"(?:^|(?<=[，,在]))(?:数据)?库(?:里|中|内)(?:的|已有的|收录的|现有的)?(?=[\u4e00-\u9fff\d])(?![有的哪共一面现存已收都还总])"
)


# 「一共办了多少件」「我们今年办了几件申请」: 办 said short for 办理, asked as a count of the year (never 举办/承办/
# 申办 …: only after a total, a year or a speaker)
_DONE_HOW_MANY = lazy(
    r"(?:(?<=一共)|(?<=总共)|(?<=共计)|(?<=全年)|(?<=年)|(?<=年度)|(?<=我们)|(?<=我局)|(?<=单位)|^)(?:共)?办了"
    r"(?=(?:多少|几)(?:件|个)?(?:申请|依申请)?[？?。]?$)"
)


# what else a report says was done (handled, held, published) — a 「…办了多少件」 after one of these is not 办理结果
_OTHER_DONE = lazy(
    r"建议|提案|议案|主动公开|依申请|申请|复议|诉讼|公开|解读|文件|会议|培训|发布|热线|信件|留言|咨询|投诉|事项|案件"
)


# 「今年没受理处理的几件」「不予受理的有几件」「没有受理的申请」「未予处理的」: the applications turned away unhandled, the
# template's （五）不予处理 — not 受理 (the ones received, 本年新收) with a negation before it. 「有没有受理」 asks
# whether any were received; 「还没受理」「尚未受理」 are still pending.
_NOT_ACCEPTED = lazy(
    r"(?<![有还尚])(?:不予|未予|没有|没|未|不)受理(?:和|或|或者|及)?(?:处理)?(?![率时期])|(?<![有还尚])未予处理"
)


# 「202就是4年」「2嗯024年」「20呃23年」: a filler voice input left between the digits of a number — read as if unsaid
_VOICE_IN_NUMBER = lazy(r"(?<=\d)\s*(?:就是|那个|嗯+|呃+|额+|啊+)\s*(?=\d)")
# 「新接的依申请有多少」「新接了几件申请」「新接到多少」: newly taken in, 本年新收 — the sound-alike 新街(镇) was read as a
# town's name and answered with 灌阳县新街镇's figure
_NEWLY_TAKEN = lazy(r"新接(?:收|到)?(?=[的了多几]|申请|依申|信息|政府信息)")
# 「不处理的申请」「不给处理的」「不作处理的」: the applications turned away, （五）不予处理 — read as 申请 it was 本年新收
# 「被拒的有几件」「被拒了多少」: 拒 said short for 拒绝 (the 不予公开 group's plain word), never 拒收
_REFUSED_SHORT = lazy(r"(?<=被)拒(?![绝收])")
_NOT_DEALT = lazy(r"(?<![予已还尚没未])(?:不给|不作|不做|不)处理(?![率完结时期])")
# 「处理结果合计几件」「各种处理结果总计」: the handling results' total said with 处理 for 办理 — table 三's （七）总计 (never a
# 复议/诉讼's result, nor the 其他处理/不予处理 rows)
_HANDLING_RESULTS = lazy(
    r"(?<![复议诉讼审他予])处理结果(?=\s*(?:的)?\s*(?:一共|总共|加起来|加在一起)?\s*(?:合计|总计|总数))"
)


# 「还没受理的申请有几件」「尚未受理完的」「仍在办理中的」: pending at the year's end — the template's 结转下年度继续办理
# (the answer names the row it read); read as 受理 it was 本年新收, every application received
_PENDING = lazy(
    r"(?:还没有?|尚未|还未|仍未)(?:被)?(?:受理|办理|处理|办)(?:完|完毕|结)?|(?:仍|还)在(?:受理|办理|处理)(?:中|当中)?"
)


# (zrfixa) 「X 2022年收到的84件申请里，结转下一年的有几件」: the figure the user recalls for the whole is a premise,
# not what is asked — the measure after it is; the clause goes (the report's own 本年新收 is not the headline)
_RECALLED_WHOLE = lazy(
    r"(?:(?:收到|接到|受理|接收|新收|收)了?的?|(?<=年)|(?<=年度))(?:那|这)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:多)?[件个份]"
    r"(?:政府)?(?:信息)?(?:公开)?的?申[请清](?:件)?(?:当中|里面|里头|之中|中间|里|中|[，,]\s*其中)[，,、\s]*(?=\S)"
)
# (zrfixa) 「记得去年的新收是今年的一半，去年到底多少」: a remembered ratio to this year, then the earlier year asked —
# the earlier year's figure is the ask (the ratio is a premise, never a second year listed)
_RECALLED_RATIO = lazy(
    r"^(?:[^，,。？?]{0,8}?(?:记得|印象(?:里|中)|好像|听说|据说|我觉得|感觉))?"
    r"(?P<year>去年|上一年度?|上年度?|前年)(?P<what>[^，,。？?\s]{1,16}?)(?:好像|大概|大约|只有|只|才|应该)?(?:是|为|有)?"
    r"(?:今年|本年度?|这一?年)的?(?:一半|[一二两三四五六七八九十\d]+(?:\.\d+)?倍多?|[一二三四五六七八九十]分之[一二三四五六七八九十])"
    r"(?:左右|上下|多)?(?:吧|吗|呢)?[，,。？?\s]+(?:那|那么)?(?:去年|上一年度?|上年度?|前年)(?:到底|究竟|实际(?:上)?|具体|真实)?(?P<ask>.+)$"
)
# (zrfixa) 「…为什么比2024年多了那么多？到底差多少」: the why is not in a report; the difference asked after it is
_WHY_BEFORE_CHANGE = lazy(r"(?:为什么|为何|怎么会|咋)(?=[^，,。？?]{0,24}?(?:比|较|相比|同比))")
_DIFFERENCE_ASKED = lazy(r"(?:相?差|多|少|增加|减少|涨|降)了?(?:多少|几)")


# 「排老几」「排行老几」「排名老几」: a body's place in a ranking, said as one asks a sibling's
_RANK_SLANG = lazy(r"排(?:行|名|在)?老几")
# 「…的行政许可前三」「…收到的申请前五名？」: a bare top N closing the question — the first N of the ranking
_BARE_TOP = lazy(r"(?<![排名行第最])前([一二三四五六七八九十\d])(?:名|位|家|个)?(?=[？?。]?$)")


# a researcher's register (zkfixa): a bound in symbols after a measure (「予以公开>20的年报」「新收≥50」「复议=0的样本」) is the
# bound in words every route reads (超过/不少于/少于/不超过/等于); 「在5件以上（不含5）」 is 超过5件, 「（含5）」 不少于 and the
# like below; 「（N=？）」 after a list asks nothing more (the list says how many); 「样本量：湖南省、2023年度，N=？」 is how
# many reports the store holds of that place and year
_SYMBOL_BOUND = lazy(r"(?<=[\u4e00-\u9fff）)\w])\s*(>=|＞＝|≥|≧|⩾|<=|＜＝|≤|≦|⩽|>|＞|<|＜|=|＝)\s*(?=\d)")
_SYMBOL_WORD: dict[str, str] = {">": "超过", "＞": "超过", "<": "少于", "＜": "少于", "=": "等于", "＝": "等于"}
_SYMBOL_WORD |= dict.fromkeys((">=", "＞＝", "≥", "≧", "⩾"), "不少于") | dict.fromkeys(
    ("<=", "＜＝", "≤", "≦", "⩽"), "不超过"
)
_INCLUDED_BOUND = lazy(
    r"在?(\d+(?:\.\d+)?)\s*(件|份|个|条|次|起|家)?\s*(以上|以下)\s*[（(]\s*(不)?(?:含|包含|包括|计)\s*\1?\s*\2?\s*[)）]"
    # (voice input drops the brackets: 「在5件以上 不含5 的」「5件以下 包括5」 — the number said again, or the clause ended)
    r"|在?(\d+(?:\.\d+)?)\s*(件|份|个|条|次|起|家)?\s*(以上|以下)[\s，,]+(不)?(?:含|包含|包括|计)"
    r"(?:\s*\5\s*\6?(?![\d.])|(?=\s*(?:[，,。？?！!]|$)))\s*"
)
# (voice input drops the brackets: 「…的年报 N=」 at the end)
_N_ASKED = lazy(r"[（(]\s*[Nn]\s*=\s*[？?]?\s*[)）]|\s+[Nn]\s*=\s*[？?]?(?=\s*(?:$|[，,。？?！!]))")
_SAMPLE_WORD = lazy(r"样本(?:量|数|数量|规模|总数)|(?<![A-Za-z])[Nn]\s*(?=[（(=])")
_SAMPLE_REST = lazy(r"[（()）、，,：:；;=？?。\s]|是多少|有多少|为多少|多少|是|为|的")
# (the end of the ask — not of the message: a courtesy or a demand may follow, 「…（份）？谢谢！」「…（份），急用」「…（份）啊？」;
# voice input drops the brackets, 「…的报告数量 份」)
_ASK_END = r"(?=\s*(?:$|[。？?！!，,]|[啊呀呢吧哈]|只要|用一句话|谢谢|急用))"
_COUNT_NOUN = lazy(r"的(?:报告|年报|单位|样本)(?:数量|份数|个数|数)(?:\s*[（(]?\s*[份家个]\s*[)）]?)?" + _ASK_END)
_SAMPLE_NOUN = lazy(r"的样本(?=(?:有哪些|是哪些|都有哪些|有哪几[个家份])?" + _ASK_END[3:])
_SAMPLE_NOT = lazy(r"公开|申请|办|复议|诉讼|处理|收|费|件|率|占|[<>≤≥]")


def research_register(q: str) -> str:
    """A condition and a sample size in a researcher's notation, in the words the routes read (`canonical`)."""

    def _included(m: re.Match) -> str:
        g = m.groups()[:4] if m.group(1) else m.groups()[4:]
        n, unit, side, excl = g[0], g[1] or "件", g[2], g[3]
        word = ("超过" if excl else "不少于") if side == "以上" else ("少于" if excl else "不超过")
        return f"{word}{n}{unit}"

    q = _INCLUDED_BOUND.sub(_included, q)
    if _SAMPLE_WORD.search(q):
        # (「您好，麻烦问一下，样本量：…？谢谢！」: read without the courtesy around it)
        # (「样本量：四川省、二〇二三年度，N=？」: a year in characters read as one in digits)
        rest = normalise_years(_SAMPLE_REST.sub("", _SAMPLE_WORD.sub("", unwrapped(q))))
        if (
            rest
            and len(rest) <= 24
            and not _SAMPLE_NOT.search(rest)
            and re.fullmatch(r"[\u4e00-\u9fff]+\d{4}年度?[\u4e00-\u9fff]*|\d{4}年度?[\u4e00-\u9fff]+", rest)
        ):
            return f"{rest}的年报有多少份"
    q = _N_ASKED.sub("", q)
    # 「…>10的报告数量（份）」「…的年报份数」: how many reports pass; 「…=0的样本」: the reports that do, listed
    q = _COUNT_NOUN.sub("的报告有几份", q)
    q = _SAMPLE_NOUN.sub("的报告", q)
    return _SYMBOL_BOUND.sub(lambda m: _SYMBOL_WORD[m.group(1)], q)


def narrow(q: str) -> str:
    """Full-width digits, letters and number signs typed on a phone (「２０２３年」「ＰＤＦ」) in their ASCII form."""
    return _WIDE.sub(lambda m: chr(ord(m.group()) - 0xFEE0), q)


# 「据X 2024年年报，该单位本年新收申请26件。请问其中不予公开的共多少件」「X年报说新收了26件申请。其中…几件」: a figure the
# user quotes from the report as CONTEXT before the ask — the ask is what follows, the quoted figure is no summand
# (zffixb: it was added to the asked one, 「合计30件（本年新收26+不予公开4）」)
_CONTEXT_ANCHOR = lazy(r"据|根据|依据|按照?|年报|报告")
_CONTEXT_FIGURE = lazy(r"\d+(?:\.\d+)?\s*(?:件|份|条|次|个|家|人次|万元|元)")
_CONTEXT_ASK = lazy(r"多少|几|列出|列举|分别|哪些|什么")
_CONTEXT_NOT = lazy(r"对不对|对吗|准不准|准吗|是否|是不是|有没有|吗|错|核对|核实|一致|相符|符合|[“”「」\"]")
_CONTEXT_SAID = lazy(r"(?:年报|报告)(?:里|中|上)?(?:说|写|写明|写着|载明|显示|称|提到|表明)?(?:了|的是|是)?")


def context_cut(q: str) -> str:
    """q without the figures it quotes from the report as context before what it asks (「据…年报，本年新收申请26件。请问
    其中…多少件」 → 「据…年报，请问其中…多少件」): a clause stating a figure, asking nothing, after the report is named
    and before a clause that asks. A figure put to be checked (「…26件，对吗」「这个数准不准」) is no context."""
    if not _CONTEXT_FIGURE.search(q) or _CONTEXT_NOT.search(q) or not _CONTEXT_ANCHOR.search(q):
        return q
    # (a voice input leaves a pause where the comma was: 「据X年度报告 该单位本年新收申请26件 请问其中…」)
    parts = re.split(r"([，,。；;：:]|(?<=[\u4e00-\u9fff\d])[ \t\u3000]+(?=[\u4e00-\u9fff]))", q)
    clauses = parts[0::2]
    asks = [i for i, c in enumerate(clauses) if _CONTEXT_ASK.search(c)]
    if not asks:
        return q
    first_ask = asks[0]
    out: list[str] = []
    cut = False
    for i, c in enumerate(clauses):
        sep = parts[2 * i + 1] if 2 * i + 1 < len(parts) else ""
        if i < first_ask and _CONTEXT_FIGURE.search(c) and not _CONTEXT_ASK.search(c):
            said = list(_CONTEXT_SAID.finditer(c))
            anchored = _CONTEXT_ANCHOR.search("".join(clauses[:i]))
            if said and not _CONTEXT_FIGURE.search(c[: said[-1].end()]):  # 「X年报说新收了26件申请」: the body kept
                out.append(c[: said[-1].end()] + (sep or "，"))
                cut = True
                continue
            if anchored:  # 「据X年报，本年新收申请26件。」: the clause is context only
                cut = True
                continue
        out.append(c + sep)
    return "".join(out) if cut else q


# 「行政诉讼合计多少件，其中被纠正的多少件」「被起诉的总共几件？其中结果被纠正的几件」: a whole asked, then its part after
# 其中 — two figures (zffixb: the part alone was answered, its column read onto the whole's row)
_WHOLE_THEN_PART = lazy(
    r"(?P<a>[^？?。；;]*?(?:多少|几)[^，,？?。；;]*)[，,？?。；;\s]+(?:那|那么|请问)?(?:其中)?(?P<b>[^，,？?。；;]*?(?:多少|几))"
)


def whole_and_part(q: str, cells: list[CellMeasure]) -> list[CellMeasure]:
    """The cells of a question asking a whole and then its part (「X合计多少，其中Y多少」): the whole's cells first when
    the part's reading left them out; a share asked (「其中…占多少」) is no two figures."""
    m = _WHOLE_THEN_PART.search(q)
    if m is None or not cells or re.search(r"比例|比重|占|率|百分|成", m.group("b")):
        return cells
    whole = [c for c in table_measures(m.group("a")) if c not in cells]
    return [*whole, *cells] if whole else cells


# 「库里有几份四川的年报」「你们这有多少份新疆维吾尔自治区的政府信息公开年报」: the count asked before the set of
# reports — the same count as 「四川的年报有几份」, the set named first as every set reader expects
_COUNT_BEFORE_REPORTS = lazy(
    r"^((?:请问|麻烦问一?下)?(?:数据库|库|系统|你们?这|这)?(?:里|中|边|儿)?)(?:共|一共|总共)?有?(多少|几)份([\u4e00-\u9fff]{2,24}?的(?:政府信息公开(?:工作)?)?(?:年度报告|年报|报告))([？?。]*)$"
)
# 「乌市各区政府」「乌市的区政府」: 乌鲁木齐市 as its people write it (only where a place stands: at a clause's start)
_URUMQI = lazy(r"(?:^|(?<=[，,：:\s]))乌市(?=[的各下所区县\d一二〇零])")
# 「成都规自局」「市规自委」: 规划和自然资源 as its bodies write it short (成都市规划和自然资源局, 北京市规划和自然资源委员会)
# — never 自规 (自然资源和规划, a short form of its own)
# 「在云南2023年度的政府信息公开年报中」「四川2023年度政府信息公开工作年度报告里」: the kind of report after a province
# named bare and a year names no body — its 政府 is no 人民政府 of the province (read so, 「云南」 was a body not found)
_PROVINCES_BARE = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|"
    "陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆"
)
_REPORT_KIND = lazy(
    rf"(?:^|(?<=[在，,\s]))((?:{_PROVINCES_BARE})(?:19|20)\d\d年度?)的?政府信息公开(?:工作)?(?=年度报告|年报|报告)"
)
# 「公开了多少部分公开多少不公开的多少」: the outcomes asked in one breath, with no comma between the asks — each ask
# ended where the next outcome is named; bare 公开 among 部分公开 and 不(予)公开 is the first of them, 予以公开
_NEXT_OUTCOME = lazy(r"(?<=多少|几件|几个)(?=(?:的)?(?:部分公开|不予公开|不公开|予以公开))")
_BARE_OPENED = lazy(
    r"(?<![予部分不主动依全已未再请息务])公开(?=了?的?(?:有|是|一共|共)?(?:多少|几)|的?[、，,](?:和|及|与)?(?:部分公开|不予?公开))"
)
_OTHER_OUTCOMES = lazy(r"部分公开[^，,、]*[，,、]?.*不予?公开|不予?公开.*部分公开")


def outcomes_listed(q: str) -> str:
    """「公开了多少部分公开多少不公开的多少」 → 「予以公开了多少，部分公开多少，不公开的多少」: each outcome asked."""
    if not _OTHER_OUTCOMES.search(q):
        return q
    return _BARE_OPENED.sub("予以公开", _NEXT_OUTCOME.sub("，", q))


_PLANNING_RESOURCES = lazy(r"(?<![自然资源和])规自(?=局|委)")
# 「今年在网上主动公开了几条政府信息」「网上一共主动公开多少条」: the web is where proactive disclosure happens — the text's
# 「通过门户网站…主动公开…578条」 is the count asked; 网上 there is no channel of applications (those are 依申请). (「网站上
# 主动公开了多少条」 names the website: a figure of its own the text may give — 「通过政府网站公开279条」 — kept)
_ONLINE_PROACTIVE = lazy(
    r"(?:在|通过|从)?(?:网上|网络上|互联网上|线上)(?=(?:一共|共|总共|累计|总计|全年)?主动(?:公开|发布))"
)


# 「南充 公安局 23年 依申请」「…24年 依申请 数量」: 「依申请」 typed last as a search-box keyword, after a year or a space —
# the applications received (a value), never the narrative's 依申请公开 section (「依申请公开情况」 stays a description)
_ON_REQUEST_KEYWORD = lazy(r"(?<=[\s年])依申请(?:\s*(?:数量|件数|数))?\s*$")
# 「2020年 北安市交通局 自然人申请」「…23年 企业申请数」: an applicant's kind with 申请 typed last as the keyword — the
# applications received from them (a cell), never a description of the text (zleft)
_APPLICANT_KEYWORD = lazy(
    r"(?<=[\s年])((?:自然人|个人|法人或其他组织|法人|商业企业|企业|科研机构|社会公益组织|法律服务机构)(?:的)?)"
    r"(?:新收)?申请(?:\s*(?:数量|件数|数))?\s*$"
)


def canonical(q: str) -> str:
    """The question in one spelling of what users vary without changing what they ask: full-width digits
    and letters (「２０２３年」), a space beside a number (「平潭 22 年」), years (「二〇二三年」「23年」
    「2023差评率」 → 「2023年」), courtesy before and after the question (「麻烦查一下，」「你好，请问」「，急用」「？谢谢！」), a topic marked
    by 呢 (「X呢，Y」 is 「XY」), the scope written last (「Y，X2023年」 is 「X2023年Y」), a particle at the end (「…多少件呢」), a softener after a comparative (「哪家多一些」), 两类诉讼 for both lawsuit rows, no note on a kind of body (「（含开发区）」), 啥 for 什么, 几多 for 多少 and 得 typed for 的. Every route reads the question in this
    form (`rag.ask.simplified`), so none has to allow for each variant in its own patterns."""
    q = research_register(slips.mended(narrow(q)))
    q = _VOICE_IN_NUMBER.sub("", q)  # 「202就是4年」「2嗯024年」: a spoken filler inside a year (voice input)
    q = voice_marks(q)  # 「七 总计」「维持 纠正 其他」「为 其他 法人」: the marks a dictation drops (issue 13)
    # (zvfix: what a user varies in typing — a year in characters or spaced, a lead-in, thanks, brackets said as
    # pauses — read BEFORE the rewrites of a family's wording below, which are written for the plain spelling)
    q = _KEYWORD_RANK.sub(r"\1\2的\3在\4里排第几", q.strip())  # (before the spaces are closed: ztleft)
    q = _END_PARTICLE.sub("", unwrapped(_SPACED_NUMBER.sub("", normalise_years(spaces_closed(q)))))
    q = tier_notes(q)  # 「县 市 区 人民政府」「县、市、区人民政府」: a tier's note in brackets, however set off
    q = _VOICE_NOTE.sub(r"（\1）", q)
    q = _NEWLY_TAKEN.sub("新收", q)  # 「新接的依申请」: 本年新收 (never the town 新街 it sounds like)
    q = _ON_REQUEST_KEYWORD.sub("依申请多少", q)  # 「南充 公安局 23年 依申请」: a search box's keyword, 本年新收
    q = _APPLICANT_KEYWORD.sub(r"\1新收申请多少件", q)  # 「… 2020年 自然人申请」: the keyword, that column's 新收
    q = _REFUSED_SHORT.sub("拒绝", _NOT_DEALT.sub("不予处理", q))  # 「不处理的申请」: the 不予处理 row, never 本年新收
    q = _HANDLING_RESULTS.sub("办理结果", q)  # 「处理结果合计」: 办理结果（七）总计
    q = _COUNT_BEFORE_REPORTS.sub(r"\1\3有\2份\4", q)  # 「库里有几份四川的年报」: 「库里四川的年报有几份」
    q = _ONLINE_PROACTIVE.sub("", q)  # 「在网上主动公开了几条」: proactive disclosure is on the web — no channel asked
    q = _URUMQI.sub("乌鲁木齐市", q)  # 「乌市的区政府」: the common short form of 乌鲁木齐市
    q = _PLANNING_RESOURCES.sub("规划和自然资源", q)  # 「成都规自局」: 成都市规划和自然资源局
    q = outcomes_listed(q)  # 「公开了多少部分公开多少不公开的多少」: each outcome asked
    q = _REPORT_KIND.sub(r"\1的", q)  # 「云南2023年度的政府信息公开年报中」: 「云南2023年度的年报中」
    q = tier_sets(
        sector_words(spaces_closed(q))
    )  # 「搞教育的部门」 (sectors); 「X市辖区内区县以下各单位」「库里教育系统的各区县教育局」: the kind words
    q = store_set_kinds(q)  # 「所有已收录的镇街（2023年）」: a whole store's level in its stored kind word (zsfixa)
    # (the end particle AGAIN: a doubled one 「…呢 啊啊？」 loses its second here — 14 of the 258,235 canonical forms of
    # the bank questions and their variants depend on it. The years need no second pass since `tier_sets` no longer
    # takes a line name from a year's 年/度: 「2020年库里卫健系统的」 keeps 「2020年」; measured, 0 forms change)
    q = _END_PARTICLE.sub("", unwrapped(q))  # (「…前三啊？」: the particle out before the rules that read the end)
    q = context_cut(q)
    q = _TOPIC.sub("", q)
    q = _LAWSUITS_SUMMED.sub("", q)  # 「行政诉讼两类起诉合计」: the lawsuits' total, both kinds added (ztleft)
    q = _BOTH_LAWSUITS.sub("直接起诉、复议后起诉", _KIND_NOTE.sub("", q))
    q = _LAWSUITS_WITH_REVIEWED.sub("直接起诉或复议后起诉", q)
    q = re.sub(r"啥子?", "什么", q)  # 「为啥不一样」「有啥问题」: every pattern that knows 啥 knows 什么
    q = q.replace("几多", "多少").replace("作法", "做法")  # 「几多件」: southern speech for 多少; 作法 = 做法
    q = _DUO_XIAO.sub("多少", q)  # 「共多小份」: a pinyin slip (xiao for shao) before a counter
    # 「X 被提起过行政诉讼 名单」 (keywords): 「X里被提起过行政诉讼的有哪些」 (ztleft)
    q = _EVER_LISTED.sub(r"\1里\2的有哪些", q)
    q = _ZERO_HOW_MANY.sub("的有", q)  # 「…申请数为0 几家」 (keywords): 「…为0的有几家」 (ztleft)
    q = _MEAN_ASKED.sub("平均多少", q)
    if "平均" in q:  # 「…平均多少（按每份报告平均）」: the mean's basis, what the set's mean is anyway (zffixb)
        q = _MEAN_BASIS.sub("", q)
    # 「一共办了多少件」: the applications handled, 办理结果总计 — only when nothing before it names another thing done
    # (「人大建议一共办了多少件」「主动公开…一共办了多少件」 are not the applications; review 15)
    q = _DONE_HOW_MANY.sub(lambda m: m.group() if _OTHER_DONE.search(q[: m.start()]) else "办理了", q)
    q = _NOT_ACCEPTED.sub("不予处理", q)  # 「没受理处理的几件」「不予受理的」: 不予处理, never 受理 (本年新收)
    q = _RECALLED_WHOLE.sub("", q)
    ratio = _RECALLED_RATIO.match(q)
    if ratio:
        q = ratio.group("year") + ratio.group("what") + ratio.group("ask")
    if _DIFFERENCE_ASKED.search(q):
        q = _WHY_BEFORE_CHANGE.sub("", q)
    if not re.search(r"上一?年|上年度|转过来|转来|结转", q):  # (「从上一年转过来还没办完的」: 上年结转)
        q = _PENDING.sub("结转下年度继续办理", q)  # 「还没受理的几件」: still pending at the year's end, never 本年新收
    q = _RANK_SLANG.sub("排第几", q)  # 「在江西县级部门里排老几」: the body's place in a ranking
    q = _BARE_TOP.sub(r"排名前\1", q)  # 「…批的行政许可前三」: the first three of the ranking
    q = _IN_STORE.sub("", q)  # 「库里山东2024年的年报」: the store's reports of 山东, not a body named 库里山东
    tail = _SCOPE_TAIL.match(q)
    if tail and not _NOT_ONLY_SCOPE.search(tail.group("scope")) and not _YEARS.search(tail.group("ask")):
        q = tail.group("scope") + tail.group("ask") + tail.group("end")
    return _DE_SLIP.sub("的", _SOFTENER.sub("", _END_PARTICLE.sub("", q)))


# 「河北科技厅23年依申请公开收了几件 办结率多少」: two asks a search box joined by a space
_TWO_ASKS = lazy(r"^(\S*(?:多少|几)\S*)\s+(\S*(?:多少|几)\S*)$")
# 「政策解读发了多少篇，还有行政许可几件」「…不处理的有几件，以及现行有效的规范性文件有几件」「…有几件，另外单位来申请的合计
# 多少」「…有多少。再问一下…几件」「…多少以及被申请复议多少次」: two asks joined by a word, each with its asking word
_JOINED_ASKS = lazy(
    r"^(?P<a>[^，,；;？?。]*?(?:多少|几)[\u4e00-\u9fff]{0,6}?)[，,；;？?。\s]*"
    r"(?P<j>(?:(?:另外|以及|然后)?还有(?:就是)?)|以及|另外|(?:我?再|还想|顺便)问(?:一下|下)?|顺便)[，,：:\s]*"
    r"(?P<b>[^，,；;？?。]*?(?:多少|几)[^，,；;？?。]*?)[？?。\s]*$"
)


def two_asks(q: str) -> tuple[str, str, str] | None:
    """The first and second ask of a question that is two asks in one message, each with its asking word,
    and the word that joins them (「还有」「以及」「另外」「再问」…; " " for two asks side by side), or None. The one
    splitter of two asks: what each half gets is `rag.ask`'s policy."""
    m = _JOINED_ASKS.match(q.strip())
    if m:
        joiner = m.group("j")
        return m.group("a"), m.group("b"), "还有" if joiner.endswith(("还有", "还有就是")) else joiner
    m = _TWO_ASKS.match(q.strip())
    return (m.group(1), m.group(2), " ") if m else None


# (zuleft) two asks run together with no joining word — 「X的行政复议数量及平均多少个工作日答复」 (及), 「…收到多少申请，
# 申请人满意度多少」 (a comma), 「…办结的几件申请人满意度多少」 (a voice input): where one ask may end and the next begin
_APART_AT = lazy(
    r"(?<=[^涉以])及(?!时)|以及|[，,；;]"
    r"|(?<=多少)(?=[^件个项起宗次场份名位人元万钱块天岁的了呢啊吗呀，,？?。；;\s])"
    # (after a count of the tables' units only: 「几个人」「几名工作人员」 are one noun, never two asks)
    r"|(?<=几[件次起宗项])(?=[^的了呢啊吗呀，,？?。；;\s])"
)
# the first ask's words: a count asked, or its noun (「行政复议案件总计数量」)
_FIRST_ASKS = lazy(r"(?:多少|几)|(?:数量|件数|数目|总数|总计|合计)\s*$")
_SECOND_ASKS = lazy(r"多少|几")
# one ask, not two: a formula (「不予公开合计÷全年发文数量，百分比多少」) or a second half that only names the first's
# result form (「…，比例是多少」「…，占比几成」) — the whole was refused for its unknown side, and stays refused
_ONE_FORMULA = lazy(r"[÷/／]|除以|乘以|减去")
# a second half that speaks of the first's applications (「…收到多少外国人的申请，其中多少予以公开」): no ask of its own —
# asked alone it would read the whole report's row (the review found 18, every application disclosed)
_BACK_REFERS = lazy(r"(?:^|[，,；;\s])(?:那|而)?(?:其中|这其中|这些|这里面|里面|里头|它们|他们|当中|之中|这部分)")
_RESULT_FORM = lazy(r"^(?:那|再)?(?:算)?(?:百分比|比例|比率|占比|比重|几成|几倍|多少倍|倍数|结果)")


def asks_run_together(q: str) -> list[tuple[str, str]]:
    """The ways a message may be two asks with no joining word (`_APART_AT`): each (first, second) split where the
    first half asks a count (or names one: 「…数量」) and the second asks one — earliest first. Whether the halves are
    two asks is the asker's test (the whole refused, a half answered): the splitter only proposes."""
    q = q.strip().rstrip("？?。.!！ ")
    out: list[tuple[int, str, str]] = []
    for m in _APART_AT.finditer(q):
        a, b = q[: m.start()].strip(), q[m.end() :].strip()
        if _ONE_FORMULA.search(a) or _RESULT_FORM.search(b) or _BACK_REFERS.search(b):
            continue
        if len(a) > 3 and len(b) > 3 and _FIRST_ASKS.search(a) and _SECOND_ASKS.search(b):
            # (a written pause first, then 及, then where a voice input ran on: 「收到多少申请，…」 splits at its comma)
            out.append((2 if not m.group() else 0 if m.group() in "，,；;" else 1, a, b))
    return [(a, b) for _, a, b in sorted(out, key=lambda t: t[0])]


# 「报告说市长信箱办结率93.38%，对吗」: a figure the report is said to print, put to the text — not the
# text against the tables (those name a table or an agreement: 「和表三一致吗」)
CLAIMED = lazy(
    r"^[^，,。]{0,16}?(?:报告|年报|正文|文中|原文)(?:里|中|上)?(?:说|称|写|写着|提到|讲)了?"
    r"(?!.*(?:表[一二三四]|统计表|一致|相符|吻合|对得上|对上|核对|勾稽|加起来|之和|合计))"
    r".*\d.*(?:对吗|对不对|是这样吗|是吗|是不是这样|没错吧|属实吗|准确吗|是真的吗)[？?。]?$"
)
# 「重复申请为0的有几家」「有多少个单位收到的申请超过300件」: how many bodies pass a table's test — the reports
# that pass it, counted by body (a count of 家 is no count a table cell holds; 「入驻的中介机构有几家」 is the text's)
# (「武侯区这几个部门…各多少」「镜湖区的几家单位…分别」: a set of bodies named, no count — read on the question with
# its named sets blanked, `placeset`'s one rule; 「超过335件的单位有几个」「…的机关有几个」 count)
BODIES_COUNTED = (
    r"有(?:几|多少)家|(?<![这那哪])几(?:家|个)(?:单位|机关|部门)|多少(?:家|个)(?:单位|机关|部门)"
    r"|(?:单位|机关|部门)(?:一共|总共|共)?有?(?:几|多少)(?:个|家)(?![月年天人件次条项份])"
    # 「四川省2024年的报告，被起诉过的有几个」: a set of reports named, then those passing a test counted
    # (「这个年报 嗯 无法提供的有多少个」: THIS report, the one chosen — its cell, no set of reports)
    r"|(?<![这那本该此])(?<!这个)(?<!那个)(?<!这份)(?<!那份)(?<!这篇)(?<!那篇)"
    r"(?:报告|年报)[，,\s][^？?，,]{2,30}?的(?:一共|总共|共)?有(?:几|多少)(?:个|家)(?![月年天人件次条项份])"
    # 「浙江省街道乡镇2025年零申请的几个」: the bodies with no application, counted
    r"|(?<=零申请)的?(?:一共|总共|共)?有?(?:几|多少)个(?![月年天人件次条项份])"
    # 「新收申请为零的共有几个」「上百件的有几个」「有几个一件申请都没收到」: the bodies passing a bound, counted (zpfixb)
    r"|(?<=[零0件])的(?:一共|总共|共)?有?(?:几|多少)个(?![月年天人件次条项份])"
    r"|有(?:几|多少)个(?:单位|部门|机关|乡镇|街道)?(?=一(?:件|个)[^，,？?]{0,8}(?:都|也)没)"
)


def bodies_counted(q: str) -> re.Match[str] | None:
    """Does q count bodies (「有几家单位…」「…的单位有几个」)? Not when the words are a set it names (「武侯区这几个
    部门」「镜湖区的几家单位」: `placeset.without_named_sets`); the match keeps q's positions."""
    return re.search(BODIES_COUNTED, without_named_sets(q))


WHICH = lazy(
    r"哪些(?:报告|机关|单位|部门|年报|地方|年份|年度|年)|哪(?:一|几)?份(?!.{0,30}最)|(?:报告|年报)(?:中|里)哪(?:些|几)|哪几(?:份|个|家|年)|有哪(?:些|几)(?:报告|单位|机关|部门|年份|年的|年报)|"
    r"(?:报告|年报|机关|单位|部门)(?:有|是)哪(?:些|几)"
)
LIST_REPORTS = lazy(
    r"(?:有|是)哪(?:些|几)(?:年份|年)的?(?:年报|报告)?|(?:年报|报告)(?:库里)?都?有哪(?:些|几)|收录了哪|库里有|"
    # 「有哪些2025年的年报」「二〇二五年度的报告都有谁的」: the reports of a year, by whom
    r"有哪(?:些|几份?)(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年度?的?(?:年报|报告)|(?:年报|报告)都?(?:有|是)谁|"
    r"(?:列出|列举|列一下)(?:本?库(?:中|里)?|库里)?.{0,16}(?:全部|所有)的?(?:政府信息公开(?:工作)?)?(?:年度报告|年报|报告)[。？?]?$|"
    r"(?:有|存了|收录了?|共有|一共有)(?:几|多少)份(?:年报|报告)|"
    # 「库里一共有多少份2017年的年报」: the year between the count and the reports (zzfix)
    r"(?:有|存了|收录了?|共有|一共有)(?:几|多少)份(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})年度?的?(?:政府信息公开)?(?:年报|年度报告|报告)|"
    # 「2020年的报告有几份」「共计多少份」「四川省的报告你们收了多少份」「请列出…年度报告的全部年份」: the store's
    # inventory — its reports of a body, a year or a place, counted or listed
    # (「年报里接到的申请有多少个」「年报中行政处罚有几个」: what is counted INSIDE a report — a cell, no inventory;
    # 「…的年报几份呀」「…的年度报告有多小份」: the reports counted without 有, with a particle or a typo)
    # (「这份年报无法提供的有多少个」: THIS report's cell — a demonstrative names the report chosen, no inventory)
    r"(?<![这那本该此])(?<!这个)(?<!那个)(?<!这份)(?<!那份)(?<!这篇)(?<!那篇)"
    r"(?:年报|报告)(?![里中内上])[^，,？?]{0,8}?(?:(?:有|收了?|存了?|共计?|一共|总共|收录了?)(?:几|多少|多小)[份个家]|(?:几|多少|多小)份)"
    r"(?=[？?。\s]|来着|(?:呀|啊|呢|吧)[？?。]?$|$)|"
    # 「云南省区县的局委办收录了几个单位的年报」: the bodies of a set whose reports are stored, counted
    r"(?:有|存了|收录了?|一共有?|总共有?)(?:几|多少)(?:家|个)(?:单位|机关|部门)的(?:年报|报告)[？?。]?$|"
    r"(?:收了?|存了?|收录了?|一共|总共|共计?)(?:几|多少)份.{0,24}?(?:年报|报告)(?=[？?。\s]|来着|$)|"
    r"(?:年报|报告)的?(?:全部|所有|各个?)?(?:年份|年度)都?(?:列出来|列一下|列出|给我|有哪些|是哪些)?[。？?]?$|"
    # 「2023年辽宁县级部门报告数量」「…的年报份数是多少」「县一级机关 有几份」: the overview's count in words (a set of
    # bodies named, then how many reports it holds)
    r"(?:年报|报告)的?(?:数量|份数|总数)(?:是|有|为)?(?:多少|几份)?[？?。]?$|"
    # (「库里2020年用2019年版表格的有多少份」: the reports of a format, counted)
    r"(?:单位|机关|部门|政府|区县|县市区|县区级?|一级|乡镇|街道|局委办|省直|格式|模板|表格|版本?)的?\s*(?:一共|总共|共)?有?"
    r"(?:几|多少)份[？?。]?$|"
    # 「库里有几家单位」「有多少家单位的年报」: the bodies whose reports are stored, counted
    r"^(?:库里|库中|本库|一共|总共|共)?(?:有|存了|收录了?)(?:几|多少)(?:家|个)(?:单位|机关)(?:的(?:年报|报告))?[？?]?$|"
    # 「有哪些省级部门的报告」: the reports of a set the scope names (a kind of body, a place)
    r"有哪(?:些|几份?)[^，,？?]{1,16}?的(?:年报|报告)[？?。]?$|"
    # 「有哪些2022年度的年报」: the catalogue of a year, the year written between 哪些 and 年报
    r"^(?:有|是)?哪(?:些|几份)\s*(?:19|20)\d{2}\s*年度?的?(?:年报|报告)[？?]?$|统计期(?:为|是)?\s*(?:19|20)\d{2}\s*年度?的(?:年报|报告)[？?]?$"
)
RANK = lazy(
    r"最多|最少|最高|最低|最大|最小|排名(?!第)|排序|排个序|排一下|排列|怎么排|排(?:个|下|一下)名|[从由]多到少|[从由]少到多|第一多|"
    r"[从由](?:高到低|低到高|大到小|小到大)|排(?:个|出|一下)?前[一二三四五六七八九十\d]+|"
    r"前[一二三四五六七八九十\d]+(?:名|位)|第[二三四五六七八九十\d](?:多|少|高|低|大|小)|"
    r"(?:排|倒数)第[二三四五六七八九十\d](?![项目栏列条(])|哪一年|哪年|哪个(?:机关|单位|部门|地方|年度)|哪家|谁|"
    # 「…里本年新收申请排第一的是哪个」: the top of a set's ranking (「排第一项」 is a row)
    r"排(?:名|在)?第一(?![项目栏列条(年])"
)
# 「行政处罚最多的是洪泽吗」: the agency named is the guess put to the ranking, not its scope
IS_IT_TOP = lazy(r"(?:最|第一)[多少高低大小](?:的)?(?:是|为|就是)([^，,？?]{2,24}?)(?:吗|么|嘛|不|没有?)[？?]?$")
# 「制发件数减废止件数」「净增减多少」「A比B多还是少，差几件」: one quantity less another (of one report
# when two cells are named; of two years, CHANGE)
DIFFERENCE = lazy(
    r"减去|(?<=[数的件项])减(?!少|免|轻|半)|之差|的差(?:值|额|是|为|多少|几)|相差|差(?:了)?(?:多少|几)|净(?:增|减)|"
    r"多还是少|少还是多"
)
# 「占比呢 予以公开除以新收」「办结率（办理结果总计除以新收）」: a share (占比, 比例, a rate, 百分之几) whose division the
# user writes out is still a share, in % — 倍 only when the user asks 倍 (「是几倍」「之比」「比值」)
_TIMES_ASKED = lazy(r"倍|之比|比值|比率是|(?:多少|几)比(?:一|1|几|多少)|(?:和|与|跟).{2,20}的比(?:是|为)")


def _stated_rate(q: str, ys: list[int], agencies: list[str] | None) -> tuple[list, list] | None:
    """One report's rate whose whole the question states in words (`rates.stated_rate`); never of a set."""
    if len(ys) > 1 or len(agencies or []) > 1 or RANK.search(q) or WHICH.search(q):
        return None
    from .answers.rates import stated_rate

    return stated_rate(q)


def _unread_formula(q: str) -> bool:
    """A rate asked by a division the user writes, one side of which names no cell of the tables (zqfixb)."""
    if not (_SHARE.search(q) or re.search(r"率|比例|百分", q)):
        return False
    from .answers.rates import unread_side

    return unread_side(q) is not None


def divided_share(q: str) -> bool:
    """Is q a share asked with its division written out (「A除以B的占比」「X率（A÷B）」), no 倍 asked?"""
    return bool(re.search(r"除以|相除", q) and _SHARE.search(q) and not _TIMES_ASKED.search(q))


RATIO = lazy(
    r"(?:多少|几)倍|之比|比值|比率是|倍数|除以|相除|(?:和|与|跟).{2,20}的比(?:是|为)"
    # 「是多少比一」「几比几」: the ratio asked in its written form; 「A是B的多小倍」: A over B, whatever asks the 倍
    r"|(?:多少|几)比(?:一|1|几|多少)|是[^，,？?]{1,30}的[^，,？?\d一二两三四五六七八九十半]{0,3}倍"
)
# 「第二多」「排第二」「倒数第二」: the n-th from the extreme, not the extreme itself
_NTH = lazy(r"(倒数|排名?|排在|位列|位居)?第([一二三四五六七八九十\d])")


def nth_asked(q: str) -> int:
    """The place a ranking question asks for (1 when it names none; 「第（三）项」「第三方」 are no place)."""
    for m in _NTH.finditer(q):
        after = q[m.end() : m.end() + 1]
        if after in ("(", "项", "目", "栏", "列", "条", "年", "方", "类", "季", "批", "次"):
            continue
        if not m.group(1) and not re.match(r"[多少高低大小名位的是，,？?\s]|$", after):
            continue
        mark = m.group(2)
        return int(mark) if mark.isdigit() else 1 if mark == "一" else _CN_SMALL.get(mark, 1)
    return 1


# (「A和B谁少」 asks the smaller; 「谁多谁少」 is still a ranking from the top)
_MIN = lazy(
    r"最少|最低|最小|倒数|[从由]少到多|[从由](?:低到高|小到大)|第[一二三四五六七八九十\d](?:少|低|小)|"
    r"(?<!多)(?:谁|哪个|哪家|哪一(?:家|个|份))[^，,？?多]{0,10}?少(?:一些|一点|些)?(?:[？?，,]|$)"
)
# 「新收申请前三的是哪几年」「排前两名」: the first n of the ranking, not every report that passes a test
_TOP = lazy(r"(?:排(?:名)?)?前([二两三四五六七八九十\d])(?:名|位|的|个|家|年|份)")


def top_asked(q: str) -> int | None:
    m = _TOP.search(q)
    return None if m is None else int(m.group(1)) if m.group(1).isdigit() else _CN_SMALL.get(m.group(1))


# 「对比」「比较一下」「比一比」「A…，B呢，比一下」: the sides set against each other (one list: ORDER_ASKED, COMPARE)
_SET_AGAINST = r"对比|比较|比一比|比比看|比一下"
# 「A多还是B多」「多还是少」: one side against the other
_EITHER = r"(?<!多)[多少高低大小]还是[^，,。？?]{0,20}?[多少高低大小]"
# 「相差多少」「谁多？多多少」: the gap between two sides asked (the difference of two, or beside their order)
GAP = r"相差|之差|差(?:了)?(?:多少|几)|差值|差额|(?<!多)多(?:多少|几)|(?<![至多])少(?:多少|几)"
# 「A、B，不予处理的加起来几件，哪家多」「这几家谁最多：…，看办理结果总计」「A vs B：行政复议 total」: the
# reports named set in order or against each other — a sum word there names the measure (a sub-total, 总计),
# it does not ask the reports added up
ORDER_ASKED = lazy(
    r"(?:谁|哪家|哪个|哪边|哪一(?:家|个|份)|哪一?年)(?:的)?[^，,？?。；;]{0,14}?(?:更|最)?(?:多|少|高|低|大|小)(?!少)|"
    r"最(?:多|少|高|低|大|小)|[从由](?:多到少|少到多|高到低|低到高|大到小|小到大)|排序|排名|排个序|排一下|怎么排|排(?:个|下|一下)名|"
    r"排(?:在)?第[一二三四五六七八九十\d]|第[一1](?:名|位)|"
    # 「A和B的新收申请总数相差多少」: the one less the other (GAP), not the two added
    rf"(?<![A-Za-z])(?:[vV][sS]|versus)(?![A-Za-z])|{_SET_AGAINST}|{_EITHER}|" + GAP
)
# (「A跟B比较，哪个多」 sets two reports against each other: 比较 is no 「比…多」「较…多」 of a change, unless a
# year follows it — 「2023年比较2021年多了多少」)
CHANGE = lazy(
    r"增加了|减少了|变了(?:多少|几)|增长|下降|增幅|降幅|增量|减量|净增|净减|变化|变动|相比|同比|较上年|较去年|比上年|比去年|(?<![占对之分])比(?!例|重|率|值|较(?!(?:19|20)\d\d|去年|上一?年|前一年)).{0,16}(?:多|少)了?|"
    r"增减|增加[（(]减少[）)]|(?:增加|增多|上升|涨)还是(?:减少|下降|降|跌)|(?:减少|下降)还是(?:增加|上升)|涨(?!到|至)|降了|差了?(?:多少|几)|(?<!比)较.{1,16}(?:增加|减少|增长|下降|多|少)|(?:增加|减少|多出来?|少了?)(?:了)?(?:多少|几)"
    # 「2024年跟2021年比，…多了几件」: a year set against another named year, then how many more (zgfixb)
    r"|(?:年度?|年份)(?:跟|和|与|同)(?:(?:19|20)?\d\d|[〇○零一二三四五六七八九]{2,4})年度?(?:相)?比(?!例|重|率|值)"
    r"|(?:跟|和|与|同)(?:(?:19|20)?\d\d|[〇○零一二三四五六七八九]{2,4})年度?(?:相)?比(?!例|重|率|值)[^？?。]{0,40}?多了(?:多少|几)"
)
# 「行政复议总数较2021年增减多少」「不予公开的申请（合计）增加（减少）了多少」: a change asked of a total — the
# total's word (总数, 合计) names the cell, never a sum over the years
# (「今年办结总数比去年多了还是少了」「总数较上一年变化」: the total's change against the year before — was added up)
_CHANGE_ASKED = lazy(
    # (「从2020到2024年不予公开的申请总数变了多少」: 变了 as 变化了 — the change of the total, never the years added)
    r"增减|增加[（(]减少[）)]|变化?了?(?:多少|几)|(?:增加|减少|增长|下降|多|少)了(?:多少|几)"
    r"|(?:多|增加|增多|上升|高)了?还是(?:少|减少|下降|低)了?|(?:少|减少|下降|低)了?还是(?:多|增加|增多|上升|高)了?"
    r"|(?:比|较|相比|对比)(?:于)?(?:去年|上一?年度?|前一年)(?!度?(?:结转|转|带|留))"
)
# 「这几年…一共多少件，按年份列一下」: each year's figure, not the years added up
_BY_YEAR = r"按年(?:份|度)?(?:列|排列|分列|分开|看|分)|分年(?:度|份)?(?:列|看|统计)"
TREND = lazy(
    r"趋势|走势|逐年|历年|每一?年|各年|历次|近(?:几|[二三四五六七八九十\d])年|这(?:几|[二两三四五六七八九十])年|"
    r"(?:几|[二两三四五六七八九十])年(?:来|间|以来)|年度变化|怎么变|如何变|咋变|变化情况|越来越(?:多|少)|" + _BY_YEAR
)
MANY_YEARS = lazy(
    r"(?:(?<!\d)\d{1,2}|[二两三四五六七八九十]+|几|这些|这几|多|历)年(?:来|间|里|中|以来|合计|累计|总|共)|历年|各年|逐年|每年"
)
# 「平均每年收到多少件申请」「三家平均新收多少」: one row's mean over the reports in scope (not 「平均每期」 of a text)
AVERAGE = lazy(r"年均|平均|均值|中位数")  # (a median is answered by the average's handler, said so)
# 「有没有没办完结转到下一年的」「今年有无不予公开的」「是否有被起诉」「有不予处理的吗」: whether any — the count answers
WHETHER_ANY = lazy(
    r"有没有|有沒有|有无|有無|是否(?:也|还|都)?有|有没|^[^，,。]{0,24}有[^，,。？?]{1,20}(?:吗|么|嘛|嗎|麼)[？?。]?$|"
    # 「…2020年复议案子有被纠正过吗」: the 有 after a long name and its year; 「…的有吗」「收费了没」「收过吗」;
    # 「收没收过」「是否存在」
    r"(?:年度?|^)[^，,。年]{0,24}有[^，,。？?]{1,20}(?:吗|么|嘛|嗎|麼)[？?。]?$|有(?:吗|么|嘛|嗎|麼)[？?。]?$|"
    r"(?:了|过)[^，,。？?]{0,12}(?:没有?|吗|么|嘛)[？?。]?$|([\u4e00-\u9fff])没\1|是否存在"
)


def whether_any(q: str) -> bool:
    """「今年有没有不予公开的」「收没收过行政事业性收费？收了多少」: whether any is asked — in a clause that asks no
    count (a count asked beside it in a clause of its own is answered with the same figure)."""
    return any(WHETHER_ANY.search(c) and not re.search(r"多少|几", c) for c in re.split(r"[，,？?。；;\s]+", q) if c)


# the words of a sum, the one vocabulary (the router's, the follow-ups', the sets'): 「加起来」「加在一起」「加一块儿」…
_SUM_WORDS = (
    r"合计|总共|一共|共计|加起来|加(?:在|到)?一(?:起|块儿?)来?|合起来|合在一[起块]|之和|相加|总和|累计|加总|汇总"
)
SUM = lazy(_SUM_WORDS)
# …and over a set of bodies, where a total's words also mean the set's sum (「全省新收总数」「几家加上」); in one report
# 「总计」「总数」 are the table's own total cell, so SUM leaves them out
SET_SUM_WORDS = _SUM_WORDS + r"|总数|总量|总计|全部加|加上"
SET_SUM = lazy(SET_SUM_WORDS)
# in a narrative question 「一共」「合计」 say the prose's own total (「一共发布了多少条」), not a sum to compute
NARRATIVE_SUM = lazy(r"加起来|之和|相加|总和|加总")
COMPARE = lazy(
    # 「A和B各主动公开了多少条」: each of several (not 各类/各项/各级…, the parts of one report)
    _SET_AGAINST + r"|哪个多|哪个少|谁多|谁少|分别|各(?:是|为|有|自)|各(?:多少|几)|"
    # 「A vs B：行政复议总计」「…总计哪个大」: two sides set against each other, not added
    r"(?<![A-Za-z])(?:[vV][sS]|versus)(?![A-Za-z])|(?:哪个|哪家|哪边|谁)(?:的)?(?:更)?(?:大|小|高|低)|"
    r"(?:和|与|跟|及)[^，,？?]{1,24}各(?!类|项|级|种|部门|单位|地|个|栏|方面)[^，,？?各]{1,10}?(?:多少|几)|与.{1,20}相比|和.{1,20}(?:哪个|谁)"
)
PROBLEMS = lazy(
    r"(?:需要|有待|还需|仍需|待)改进的(?:地方|方面)|(?:主要|存在|突出|面临).{0,4}问题|问题.{0,4}(?:有哪些|是什么|有什么)|(?:哪些|什么|啥)问题|不足|短板|薄弱环节|差距|老问题|(?:有|遇到|面临)(?:什么|哪些|啥)?困难"
    # 「年报说的问题是啥」「第一个问题」「年报里的问题」「政务新媒体有什么毛病」
    r"|问题(?:是|有)?啥|第[一二三四五六七八九十\d]{1,2}(?:个|条|项|点)?问题|(?:年报|报告)(?:里|中|上)?(?:自己|自身)?(?:说|提|写|讲|自述|自查|查摆|查找|指出|提出|列出|列举|承认|坦承|反映|讲述|总结)?(?:到|出)?的问题|毛病"
    # 「哪里做得不够」「哪些地方需要改进」「平台方面有什么要改的」: what falls short, said without 问题
    r"|(?:哪里|哪儿|哪些地方|什么地方|哪些方面|哪方面)(?:还|仍)?(?:做得|干得|搞得)?(?:还|仍)?(?:不够|不好|不到位|欠缺|不足|薄弱)"
    r"|(?:哪里|哪儿|地方|方面)(?:还|仍|也)?(?:需要|有待|要|还需|仍需|得|应|应该|该)(?:进一步)?(?:改进|改善|提高|提升|加强|完善|优化|规范|健全|整改)"
    r"|(?:什么|哪些|啥)(?:地方|方面)?(?:需要|要|得|该)改(?:进|善)?的"
)
# 「针对存在的问题，提出了哪些改进措施」「针对队伍建设问题有什么做法」「针对栏目问题开了什么专栏」: a problem
# named only to say which measures are asked
MEASURES_FOR = lazy(
    r"(?:针对|对于|面对|就)[^，,。？?]{0,16}(?:问题|不足|短板)[^？?]{0,16}?"
    r"(?:措施|做法|办法|举措|怎么|如何|怎样|打算|改进|整改|开了|开设|采取|做了|干了)"
    # 「针对存在的问题，安康市政府办2023年将在哪些方面加以改进」: the problems a clause of their own before the ask
    r"|^(?:针对|对于|面对|就)[^，,。？?]{0,16}(?:问题|不足|短板)[，,][^？?。]{0,40}?(?:措施|做法|办法|举措|怎么|如何|怎样|打算|改进|整改)"
    # 「针对机构改革开了什么专栏」: a matter the measures answer, then what was set up for it
    r"|(?:针对|为解决|为了解决)[^，,。？?]{2,16}?(?:开了|开设了?|新开|新设|推出了?|建立了?|采取了?)(?:什么|哪些|哪个|哪几个|啥)"
)
# 「监督保障措施有哪些」「平台建设方面有什么举措」: what a part of section 一 (titled 监督保障, 平台建设, 信息管理) says was
# done — not section 五's improvements, unless those are asked (改进, 整改, 下一步, 问题)
_TOPIC_MEASURES = lazy(
    r"^(?!.*(?:改进|整改|下一步|今后|问题|不足|打算|计划))"
    r".*(?:监督保障|平台建设|信息管理|公开平台)(?:方面|这块|这一块|工作)?[^，,。？?]{0,6}(?:措施|举措|做法)"
)
# both parts of section 五 asked at once: 「问题和改进措施」「存在的不足及改进情况」
BOTH_PARTS = lazy(r"(?:问题|不足)(?:和|及|与|以及|、)(?:改进|整改)?(?:措施|情况|方向|办法)")
# 「存在哪些问题，打算怎么改」「有什么不足，下一步如何解决」: the problems asked with what will be done about them —
# both parts of section 五 (a fix asked in words of its own; 「哪些地方要改进」 is the problems alone)
FIX_ASKED = lazy(
    r"(?:打算|准备|计划|如何|怎么|怎样|咋)(?:样|么)?(?:去|来|进行)?(?:改|整改|改进|改善|解决|弥补|应对|完善)|"
    r"下一步|(?:改进|整改)(?:措施|办法|打算|计划|方向)|怎么办"
)
SAME_PROBLEMS = lazy(
    r"(?:相同|同样|一样|重复(?:出现)?|共同|都有|都提到|都存在)的?(?:不足|问题)|(?:问题|不足).{0,6}(?:一样|相同|重复|雷同)"
)
IMPROVE = lazy(r"改进|整改|下一步|今后|措施|打算|计划|准备(?=怎么|如何|怎样)")
# 「收不收费」「要交钱吗」「需不需要付费」「要不要缴费」: whether applying costs money, asked in a citizen's words — the
# text's 信息处理费 (「未收取信息处理费」; routes' value.fee_text, narrative.fee_text)
PAY_ASKED = r"收不收费|收费不收费|要不要钱|(?:交|缴|付|花|掏|给)(?:不交|不缴|不付)?(?:费|钱)|要钱|收钱|免费"
# 「按期办结率」「按时办结的比例」「及时办结率」「法定期限内办结率」: a rate of timeliness, which no table counts
TIMELY_RATE = lazy(
    r"(?:按期|按时|及时|如期|准时|按时限|限期内|期限内|时限内)(?:办结|办完|答复|回复|办理)[^，,。？?]{0,4}(?:率|比例|比率|占比)"
)
_TABLE_PRESENT = lazy(r"有没有.{0,20}表|有无.{0,20}表|是否有.{0,20}表")


# 「行政复议总数印成0的，其实有复议案件」「总计为0但分项不为0」: a total printed 0 over parts that are not
ZERO_PRINTED = lazy(
    r"(?:印成|印为|印的|填成|填为|填的|写成|写的|为|是)\s*(?:0|零)[^？?]{0,16}(?:但|其实|实际|却|可是|而|可)"
)
# 「有没有报告把…印成0」「哪个单位…写成零了」: the reports with a finding, asked without 哪些报告
_ANY_REPORT = lazy(
    r"有没有(?:哪些?|哪个|哪份)?(?:报告|年报|单位|机关|部门|地方)|哪(?:个|家)(?:单位|机关|部门|报告|年报)|"
    r"哪些[^，,？?]{0,8}(?:政府|局|委|厅|办)(?:[、和及][^，,？?]{0,6})?的"  # 「哪些区政府、局的表四总计印错了」
)


# 「2020年的报告里，哪些表三数据对不上」「表四总计有问题的是哪些」「这几个报告的表格有没有算错的 哪些」: figures
# that fail, asked over many reports (a year, the store, several bodies named) — the reports, not one's cells
_FIGURES = r"表[二三四]|表格|统计表|数据|数字|总计|合计|分项|勾稽"
# the figures, then their fault in the same clause (「存在哪些问题」 of 数据公开 is section 五's problems)
_FIGURES_FAULT = lazy(
    rf"(?:{_FIGURES})[^，,？?。]{{0,12}}?(?:对不上|不一致|不相符|不符|有出入|有错|(?:算|加|印|填|写)错|有误|不成立|"
    r"矛盾|差错|出错|不平|不等于|打架|(?<!哪些)(?<!什么)有问题|出(?:了)?问题)|" + FIGURE_FAULT.pattern
)


def faults_among(q: str, agencies: list[str], report_id: str | None) -> bool:
    """Which reports fail a check, asked with 哪些 of figures rather than of reports. Of one body
    (「淇滨卫健委23年哪些数据对不上」) it asks which of that report's figures: the check itself."""
    if report_id or len(set(agencies)) == 1 or not re.search(r"哪(?:些|几)", q):
        return False
    return bool(_FIGURES_FAULT.search(q) or re.search(r"哪(?:些|几)[^，,？?。]{0,6}(?:算|加|印|填|写)错", q))


# 「表三校验没通过的有多少份」「表四合计不对的单位」「把表三有错账的年报列出来」「表三数字存在不平衡或合计错误的报告」:
# a table's identities failing, asked of a set's reports — which of them, or how many (zffixa)
_CHECK_FAILED = lazy(
    r"(?:校验|核验|核对|验证|检验|勾稽|逻辑|审核)[^，,？?。]{0,6}?(?:不通过|没通过|没有通过|未通过|通不过|没能通过|没过|不过|未过)|"
    r"错账|不平衡|(?:对|算|收支|账)?不平(?!均)|"
    r"(?:合计|总计|总数|总和|加总|总计数)[^，,？?。]{0,12}?(?:不对|有误|错误|错了|不符|不相符|对不上|加不上|算错|不一致|有差错)|"
    r"(?:[算加填]得?|计算)不对|(?:账|账目|数字|数据)[^，,？?。]{0,4}?(?:有差错|有错|出错)"
)
# the set's reports asked for: listed (哪些、列出、找出、筛选) or counted (几份、多少家、数量), with a word of reports or bodies
_SET_LISTED = lazy(r"哪|(?:列|找|挑|筛选?|指)出|筛选|列一下|清单|几|多少|数量|份数")
_SET_REPORTS = lazy(r"报告|年报|单位|部门|机关|[几多少]份|[几多少]家|这批|这些")


def set_check(q: str, agencies: list[str], report_id: str | None) -> FindingMeasure | None:
    """A table-三 or table-四 check asked of a set's reports (a province × year, the store): the finding to list
    them by — never of one body (「武进区应急管理局2024年年报表三的账平不平」 asks its own check)."""
    if report_id or len(set(agencies)) == 1 or not _CHECK_FAILED.search(q):
        return None
    if not (_SET_LISTED.search(q) and _SET_REPORTS.search(q)):
        return None
    said = re.search(r"表\s*([三四34])", q)
    written = "表" + {"3": "三", "4": "四"}.get(said.group(1), said.group(1)) if said else q
    table = named_table(written, ("t3", "t4"))
    if table is None:
        return None
    return FindingMeasure(finding="report_defect", table=table, checks=[])


def _finding(q: str) -> FindingMeasure | None:
    if re.search(r"空白|空着|未填|没填|留空|填写完整|完整吗|是否完整|完不完整|齐全|缺项", q):
        kind = "blank_cells"
    elif re.search(
        r"勾稽|不一致|不一样|不相符|不符|有出入|错误|有错|(?<!纠)错了|有误|问题|不成立|对不上|矛盾|差错|出错|不平|"
        r"不等于|(?:加|算|印|填|写)错|打架|" + FIGURE_FAULT.pattern + "|" + ZERO_PRINTED.pattern,
        q,
    ):
        kind = "report_defect"
    else:
        return None
    table = named_table(q, ("t4", "t3", "t2"))
    checks: list[str] = []
    # (「数读里的…」「一图读懂里的…」: a figure box at the top of the report is its text too)
    if kind == "report_defect" and re.search(r"正文|文字|报告说|所说|称|" + FIGURE_BOX_NAMES, q):  # narrative vs tables
        checks = ["S3"] if table == "t4" else ["S2", "S3"] if table is None else ["S2"]
    return FindingMeasure(finding=kind, table=None if checks else table, checks=checks)


# the names a report gives its figure box (extractor.metrics.figure_boxes): a part of its text, not a table
FIGURE_BOX_NAMES = r"数读|数说|图解|一图|速览|数据框|数据看板|看板"


LIMIT = lazy(
    r"(?:超过|多于|大于|高于|不少于|至少|少于|低于|小于|不足|不到)\s*(\d+(?:\.\d+)?)\s*(万)?\s*(条|篇|人次|次|人|个|期|场|项|件)"
)
# 「哪几年举办新闻发布会是7次」: a stated number asked equal to one, as LIMIT's groups
EQUAL_LIMIT = lazy(
    r"(?:是|为|等于|正好|恰好|刚好)\s*(\d+(?:\.\d+)?)\s*(万)?\s*(条|篇|人次|次|人|个|期|场|项|件)[的吗？?。]*$"
)
# 「不予公开的理由有哪些，每种几件」「不予处理的都是些什么情况，各几件」: the ITEMS of a result group (不予公开's eight
# reasons, 无法提供's three, 不予处理's five), each with its count — the group's value lists them; never which reports
_GROUP_ITEMS = lazy(
    r"(?:理由|原因|情形|情况|缘由|类型|种类|分类|依据)[^，,。？?；;]{0,4}?(?:有哪些|是哪些|有什么|是什么|是些什么|都是些?什么|分别是?什么)"
    r"|(?:哪些|什么|哪几种|哪几类)(?:理由|原因|情形|情况|缘由|类型|种类)|为啥|为什么|因为什么|啥原因|啥理由"
)


def _group_items_asked(q: str, cells: list) -> bool:
    """Are the items of one 表三 result group asked, each with its count (`_GROUP_ITEMS`), not which reports?"""
    return (
        bool(cells)
        and all(getattr(c, "table", None) == "t3" and getattr(c, "row", None) in ("r3", "r4", "r5") for c in cells)
        and bool(_GROUP_ITEMS.search(q))
        and bool(re.search(r"几|多少|件数|数量|数目", q))
    )


# 「河北教育厅哪一年的年报里有行政复议」「哪年被申请过行政复议」: the years whose cell is not 0, not the largest
_WHICH_YEAR_HAS = lazy(r"哪一?年[^，,？?最]{0,12}(?:有|没有|被|出现|发生)")


MENTION = lazy(
    r"(?:提到|提及|说到|谈到|写到|讲到|涉及|包含|出现|开通|开设|建立|设立)(?:了|过|有)?(?:关于)?"
    r"([“\"「《]?[\u4e00-\u9fffA-Za-z0-9]{2,12}[”\"」》]?)(?:的|这个|这项|一词|工作)?(?:内容|字样|情况)?[？?。]?$"
)
ALL_ZERO = lazy(
    r"(?:表([二三四])|(复议.{0,3}诉讼|诉讼.{0,3}复议))(?:里|中|的)?(?:数字|数据|各项|各栏|所有|全部|全都|均|都|每一?项)+"
    r"(?:是|为|填的?是?)?\s*(?:0|零)"
)
RATE_LIMIT = lazy(
    r"(?<=率|比|重)[^\d]{0,4}?(?:超过|高于|大于|不少于|至少|不低于|少于|低于|小于|不足|不到|未达到?|没达到?)\s*(\d+(?:\.\d+)?)\s*(?:%|％)"
)


_CN_NUM = lazy(r"[一二两三四五六七八九十百千万]+")
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_CN_BOUND = lazy(
    r"(?:过了?|超过了?|超出|破了?|多于|大于|高于|不少于|至少|少于|低于|小于|不足|不到|不满|未满|达到|(?<![以之])上)"
    # (the question's end with its mark: 「…过百？」 is 「…过百」, zvfix)
    r"\s*([一二两三四五六七八九十百千万]+)(?=\s*(?:条|件|个|项|份|元|次|起|的|[？?。！!]*\s*$))"
)


_CN_BOUND_AFTER = lazy(
    r"(?<![一二两三四五六七八九十百千万])([一二两三四五六七八九十百千万]+)\s*(?:条|件|个|项|份|次|起)?\s*"
    r"(?=以上|往上|及以上|开外|以内|之内|以下|(?:至|到)\s*[\d一二两三四五六七八九十百千])"
)


def cn_number(w: str) -> float | None:
    """「五十」50, 「一百二十」120, 「五千」5000, 「两万」20000: a Chinese count as users write a bound. A last digit
    right after 百/千/万 is of the next unit down, as it is said (「一百二」120, 「三千二」3200, 「两万三」23000);
    after 零 it is ones (「一百零二」102)."""
    total, section, digit, last = 0, 0, None, 0
    for ch in w:
        if ch in _CN_DIGIT or ch == "两":
            digit = 2 if ch == "两" else int(_CN_DIGIT[ch])
            if digit == 0:
                last = 0  # 「一百零二」: what follows 零 is ones
        elif ch == "万":
            total += (section + (digit or 0)) * 10000
            section, digit, last = 0, None, 10000
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit, last = None, _CN_UNITS[ch]
        else:
            return None
    tail = (digit or 0) * (last // 10 if last >= 100 else 1)
    return float(total + section + tail) if w else None


def asserted(q: str) -> list[float]:
    """The numbers a question states (「超过50件」「破五千」): bounds, or figures it checks."""
    return _asserted(q)


_DIGITS = lazy(r"([两二三四五])位数")
# (never 0: 「印的是0」「等于0」 are a zero test, which reads no bound)
_BARE_CHECKED = lazy(r"(?:是不是|等不等于|等于)\s*([1-9]\d*(?:\.\d+)?)\s*(?:吗|么|嘛|不|呢)?[？?]?$")


def _asserted(q: str) -> list[float]:
    out = [float(x) for x in re.findall(r"(\d+(?:\.\d+)?)\s*(?:条|件|个|项|万|%|元)", q)]
    if not out and (bare := _BARE_CHECKED.search(q)):  # 「分项加起来是不是380」: the figure checked, unit unsaid
        out = [float(bare.group(1))]
    if not out and (d := _DIGITS.search(q)):  # 「申请量上了两位数」: at least 10 (the bound's test says ≥)
        out = [float(10 ** (_CN_SMALL[d.group(1)] - 1))]
    if not out:  # 「申请量过了五十件」「许可决定破五千的」: a bound written in Chinese numerals
        out = [v for w in _CN_BOUND.findall(q) if (v := cn_number(w)) is not None]
    if not out:  # 「两百件以上」「五十件往上」「十件以内」: a bound in Chinese numerals, its side after it
        out = [v for w in _CN_BOUND_AFTER.findall(q) if (v := cn_number(w)) is not None]
    return out


_LAST_YEAR = lazy(
    # 「去年转过来没办完的」「去年带过来的」: carried in, the report's own 上年结转 (「去年结转下年度的」 is last year's)
    # (「从上一年剩下来接着办的」「去年剩下的」: what the year before left, carried in — the report's own 上年结转)
    r"去年(?!(?:转|带|留|遗留)(?:过来|下来|来|入)|的?还?剩)|上一?年度?(?!度?(?:结转|转|带|留|遗留)|未办结|没办完|的?还?剩)"
    r"|前一年(?!度?的?还?剩)|上一份|同比|环比"
)  # 上年转来: carried in
_YEAR_BEFORE = lazy(r"前年|(?<![近这])[两二]年(?:以)?前(?!后)")  # 「两年前那份年报」 = 前年
_THIS_YEAR = lazy(r"今年|本年度(?!新收|办理)|当年|该年")
_ALL_YEARS = lazy(
    r"这几年|这些年|这[两二三四五六七八九十]年|[两二三四五六七八九十]年(?:来|间|里|以来)|历年|近(?:几|[二两三四五六七八九十\d])年|逐年|每年|各年|几年来|历次|各份|历份|趋势"
)

# 「库里这个单位几年的年报」「哪年办结得最多」 read in one report: which of the body's years — every stored one of it
# (a superlative asked: 「那年…作出了多少件」, 那年 read as 哪年, is no year's ranking)
_WHICH_OF_YEARS = lazy(r"几(?:年|份)的?(?:年报|报告)|哪一?年[^，,。？?]{0,16}?(?:最多|最少|最高|最低|更多|更少)")


_SOME_YEARS = lazy(
    r"这(?:几|[二两三四五六七八九十])年|(?:几|[二两三四五六七八九十])年(?:来|间|以来)|历次|历年|各年|每一?年"
)
# 「平潭四年新收申请总数」「六年申请总数」: a count of years said bare (not 第二年, not a year written out)
_N_YEARS = lazy(r"(?<![第\d〇零○一二两三四五六七八九十百])[两二三四五六七八九十]年(?![度前后代初末底])")
_PER_HUNDRED = lazy(r"每一?百(?:件|个|起)?(.{2,20}?)(?:中|里|当中|引发|引起|产生|对应|有|就有)")
_INSIDE = lazy(r"^(.{2,40}?)(?:里面|里边|里头|当中|之中|中|里)[，,\s]*(.{2,30}?)(?:的)?(?:所)?占")
_WITHIN = lazy(r"(?:在|于)(.{2,40}?)(?:当中|之中|中|里)(?:所)?占")
_SERIES_WORDS = lazy(r"趋势|走势|变化|怎么变|如何变|逐年|分别|各年|每一?年|历年|历次|" + _BY_YEAR)
_RECENT = lazy(r"近([二两三四五六七八九十\d])年")
_TWO_RECENT = lazy(
    r"(?P<before>(?<![近这最])前|之前那?|往前|以前那?)[两二]个?年(?!前|以前|之前)"
    r"|(?:最?近|这)(?:这|那)?[两二]个?年(?:度|份)?(?!前|以前|之前|来|以来|间)"
)
RECENT = _RECENT
CN_SMALL = _CN_SMALL = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NEXT_YEAR = lazy(r"(?<![转到至入留])(?:明年|下一年|次年)(?!度?结转)")
_PLANS_ONLY = lazy(r"打算|计划|将要|准备|下一步|改进|措施|安排|重点|目标")
_PLANS = lazy(r"打算|计划|将要|准备|下一步|下一年|明年|改进|措施|安排")


def plans_asked(q: str) -> bool:
    """「打算2023年怎么改进」「2023年计划做哪些工作」: next year's plans asked (what a report's section 五
    says the year after it will do)."""
    return bool(_PLANS_ONLY.search(q) and not _NEXT_YEAR.search(q)) and bool(
        re.search(r"打算|计划|将要|准备|下一步|改进|措施", q)
    )


def relative_years(text: str, year: int | None) -> list[int] | None:
    """Years a question asked about one report means, relative to that report's year: 「去年」 is the
    year before, 「今年」 its own; None when it asks of all the agency's years (「这几年」) — and
    [year] when it says nothing about time."""
    q = normalise_years(fold(text))
    named = set(years_in(q))
    two = _TWO_RECENT.search(q) if not named and year is not None else None
    if two and year is not None:
        # 「这两年」「近两个年度」「最近这两年」: the report's year and the one before; 「前两年」「之前那两年」「再往前两年」:
        # the two years before it (a year not stored is said so by the answer, never this year's figure)
        return [year - 2, year - 1] if two.group("before") else [year - 1, year]
    recent = _RECENT.search(q)
    if recent and not named and year is not None:  # 「近三年」 read in the 2022 report: 2020–2022
        n = _CN_SMALL.get(recent.group(1)) or int(recent.group(1))
        return list(range(year - n + 1, year + 1))
    if (_ALL_YEARS.search(q) or _WHICH_OF_YEARS.search(q)) and not named:
        return None
    if year is not None and named == {year + 1} and _PLANS.search(q):
        return [year]  # 「2020年打算采取哪些改进措施」 read in the 2019 report: its plans for the next year
    if year is not None:
        explicit = bool(named)  # 「和上一份年报（2021年）比」: the year written wins over 「上一份」
        if _LAST_YEAR.search(q) and not explicit:
            named.add(year - 1)
        if _YEAR_BEFORE.search(q) and not explicit:
            named.add(year - 2)
        if _NEXT_YEAR.search(q) and not explicit and not _PLANS_ONLY.search(q):
            named.add(year + 1)  # 「明年的报告里…」: a report not written yet (refused when not stored)
        compared = re.search(
            r"相比|比较|对比|较|(?:和|与|跟|同).{0,12}比|(?<![占对])比(?!例|重|率)|倍|"
            r"(?:和|与|跟|同).{0,24}(?:一致|对得上|对上|相符|吻合|衔接|相同|一样|对应|匹配|接(?:得|不)?上)",
            q,
        )
        if _THIS_YEAR.search(q) or (compared and named and year not in named and len(named) == 1):
            named.add(year)
    return sorted(named) if named else ([year] if year is not None else [])


_LISTING = lazy(
    # 「库里有哪些省级部门/乡镇（街道）的报告」: the kind of body whose reports are listed, not a condition
    r"(?<=哪些|哪几)(?:[\u4e00-\u9fff]{1,4}?(?:部门|系统|政府|单位|机关)|(?:乡镇|街道)+)(?:\([\u4e00-\u9fff]{1,4}\))?|"
    r"哪(?:些|几)(?:份|个|家|年)?|(?:几|多少|多小)(?:份|家|个)|[呀啊呢吧]|统计期(?:为|是)?|有|是|的|年报|报告|年度|年份|年|库里|存了|收录了?|一共|总共|都|了|机关|单位|部门|数量|份数|总数|多少|"
    r"以后|之后|以来|以前|之前|起|及|其|[?？。，,！!、\s\d]|"
    r"政府信息公开|信息公开|政务公开|工作|统计|全部|所有|请|帮我|给我|列出|列举|列一下|本库[中里]?|库中|为|"
    r"分别|各|可以查|能查|可查|查得到|能看|可以看|你们|您这|收了?|在库|入库|共计?|总计|把|列出来"
)


# the side of a bound a test asks (「不少于340件」「不低于95%」 are at least it: no 少于 of an upper bound) — one
# reading for every handler of a test (rag.answers.corpus.which, which_rate; narrative.which_metric)
UNDER_BOUND = lazy(r"(?<!不)(?:少于|低于|小于)|不足|不到|不满|未满|没满|未达|没达|以下")
# (「上百件」「上千件」: at least a hundred, a thousand — never 「以上百分之」)
AT_LEAST = lazy(r"不(?:少|低|小)于|至少|以上|往上|(?<![以之])上[百千万](?!分)")

_PASSES_BOUND = lazy(
    r"(?:超过|超出|多于|大于|高于|不少于|少于|低于|小于|不足|不到)\s*[\d一二两三四五六七八九十百千万亿]"
)
# 「谁收了行政事业性收费」「许可决定破五千的有谁」: who passes a test — not who has the most
_WHO_PASSES = lazy(r"谁|哪家|哪些")
# 「按新收申请排名前三的是哪些」「最多的三个单位是哪些」: the first few of a ranking, not a test each passes
_TOP_N = lazy(
    r"(?:排名|排行|排序|排)前[一二两三四五六七八九十\d]+(?:名|位|家|个|份)?"
    r"|最(?:多|少|高|低|大|小)的[两二三四五六七八九十\d]+(?:个|家|份|位)"
)
_RANKED = lazy(
    # (「谁的行政复议少，少几件」: the clause asked ends with the comparative, whatever follows it)
    # (「谁予以公开的件数多。」: a full stop ends the clause as a question mark does)
    # (「谁收到的申请多 各几件」: a space said between clauses ends it too)
    r"最|更|排|第[一二三\d]|比|哪个多|还是|谁(?:的)?[^，,？?]{0,8}(?:多|少|高|低|大|小)(?:[？?，,。\s]|$)|"
    r"[多少高低大小](?:[？?，,。]|$)"
)


# 「洪泽和省教育厅哪个的复议总计有问题」: which of the reports named fails a check (not a comparison)
_WHICH_DEFECT = lazy(
    r"哪(?:个|家|份|一份|一个)的?[^，,？?]{0,12}(?:有问题|有错|出错|不对|对不上|不一致|有误|不平|有空白)"
)
# 「…件数最少的是哪一份」: a ranking whose top is asked as 「哪一份」, not a set of reports
_TOP_WHICH = lazy(r"最[多少高低大小][^，,？?]{0,6}哪(?:一|个)?(?:份|家|个)")


# 「（安康、平潭、君山片区之类）」「（如洪泽等）」: examples of what is asked, written in brackets
EXAMPLES = lazy(
    r"[(（](?:比如|例如|如|像)?[^()（）]{1,40}?(?:之类|等等?|这些|这样的)[)）]"
    # 「八个分项（属于国家秘密至行政查处类）」: the span of a group's items, first to last — the group, not two rows
    r"|(?<=[项种类形])[(（][^()（）\d]{2,30}?(?:至|到|～|~)[^()（）\d]{2,30}?[)）]"
)


def _conditioned(q: str, agencies: list[str]) -> bool:
    """「哪些报告表四全部为0」: a condition the rules did not type — not a plain listing of the reports
    (「平潭有哪几年的年报」「2021年以后的报告有哪些」)."""
    for name in agencies:
        q = q.replace(name, "")
    at = re.search(
        rf"哪(?:些|几)|(?:有|共有|一共有?|总共有?|共计|存了|收录了?)?(?:几|多少|多小)份|(?:年报|报告)的?(?:数量|份数|总数)"
        rf"|(?<=年报|报告)(?:有|共有|一共有?|总共有?)(?:几|多少)[个家][？?。]?$"
        rf"|{BODIES_COUNTED}|统计期",
        without_named_sets(q),
    )
    q = q[at.start() :] if at else q  # what precedes 「哪些」 names the agency and year asked about
    q = EXAMPLES.sub("", q)  # 「（安康、平潭之类）」: examples of the set, not a condition
    return len(re.findall(r"[\u4e00-\u9fff]", _LISTING.sub("", q))) >= 2


# 表二's 本年增/减 counts items (项); a change asked in 件 or 万元 is of the row's decisions or amount
_DELTA_UNITS = (
    (lazy(r"(?:多少|几)件|决定"), ("license", "penalty", "coercion"), "decisions"),
    (lazy(r"万元|(?:多少|几)万|金额|多少钱"), ("fee",), "amount_wan"),
)


def _delta_of(q: str, cells: list[CellMeasure], gf2021: bool = False) -> str | None:
    """The column a change between two years is of when the question's words found 表二's 本年增/减
    (「增加了多少件」) but its unit is not the items that column counts: None to keep 本年增/减. Two years of the 2021
    template (「行政许可 2024比2022 增加多少」): the change of the decisions — that template prints no 本年增/减."""
    rows = {c.row for c in cells if c.table == "t2" and c.col == "delta"}
    for unit, owners, col in _DELTA_UNITS:
        if rows and rows <= set(owners) and (unit.search(q) or (gf2021 and col == "decisions")):
            return col
    return None


_RANGE_END = lazy(RANGE.pattern + r"\s*年?度?[?？]?$")
# 「A2022年和B2019年，…」「A2023年跟B2024年比，…」: a first clause of names and years only (set against each
# other, a comparing word last), the scope of what follows
_NAMES_SET_AGAINST = lazy(r"(?:19|20)\d{2}\s*年度?(?:相?比|比较|对比|相比较)?$")
# 「复文21到23年的变化」: a series asked of a thing named without a count word, over years written
_SERIES_ASKED = lazy(r"变化|趋势|走势|涨|跌|增减|对比|比较|比一比")


# 「出理的占收到的百分之几」「办理的占新收的比例」: the handled ones, said bare as a share's part, are 办理结果总计
# (after the body and year the side may name: 「平潭2022年出理的」)
_HANDLED_BARE = lazy(
    r"(?:^|(?<=年)|(?<=年度)|(?<=[，,\s]))(?:那|那么|其中|这里面?)?(?:处理|办理|办结|答复|办)(?:了|完|过)?(?:的)?(?:申请)?$"
)
_SIDE_ASK = lazy(r"[？?。，,！!\s]|的?(?:比例|占比|比重|百分比)?(?:是|为)?(?:百分之几|多少|几成)?$")


@functools.lru_cache(maxsize=1)
def _measure_sounds():
    from .typos import Corrector, vocabulary

    return Corrector(vocabulary())


def side_slipped(side: str) -> list[CellMeasure]:
    """The cells one side of a share names when, as written, it names none: a template measure word
    typed as a homophone (「予以公凯」 is 予以公开, 「出理」 处理; one character of a short word) or the handled
    ones said bare (「处理的」). A side that reads as written, or reads nothing as it sounds, reads as before
    (「不予公开」 is never 予以公开: only a word the vocabulary lacks is heard as one it has)."""
    side = re.sub(r"^.*(?:19|20)\d{2}年度?", "", _SIDE_ASK.sub("", side))  # (the body and year are no measure)
    if not re.search(r"[\u4e00-\u9fff]{2}", side):
        return []
    fixed = _measure_sounds().correct(side) or side
    if _HANDLED_BARE.search(fixed):
        return table_measures("办理结果总计")
    return table_measures(fixed) if fixed != side else []


def parse(
    text: str, agencies: list[str] | None = None, report_id: str | None = None, years: list[int] | None = None
) -> Question:
    """The typed question, by rules. `agencies` are the names `rag.scope` found in the text."""
    q = compound(normalise_years(fold(text)).strip())
    # 「您好，我是研究生，正在做比较研究，想核对一个数字：…有几件？」: what is asked follows the preamble's colon
    q = drop_preamble(q)
    ys = years if years is not None else years_in(q)
    # (「历年本年度办理结果总计」: 本年度 is each report's own year when the years are asked as a series)
    latest = not ys and bool(_LATEST.search(q)) and not TREND.search(q)
    scope = Scope(agencies=agencies or [], years=ys, report_id=report_id, latest=latest)
    make = lambda op, ms, **kw: Question(text=text, scope=scope, operation=op, measures=ms, **kw)  # noqa: E731
    divided = BY_DIVISION.search(q) and not LOWER_GOVERNMENTS.search(q)  # those: refuse.lower
    if (
        divided
        and report_id is None
        and (RANK.search(q) or _TOP_N.search(q) or AVERAGE.search(q))
        and _STORE_BODIES.search(q)
    ):
        # 「2023年各单位新收申请排前三的是谁」「各区司法局里…最多的两家」, no body written before 各: the bodies
        # of the store, ranked
        divided = bool(_BODY_DIVISIONS.search(q))
    # (「无法提供最主要是什么原因」: the reasons 表三 counts, not why a case was brought)
    item_asked = bool(ITEM_TOP.search(q)) and (
        any(c.table == "t3" for c in table_measures(q)) or bool(APPLICANT_ITEMS.search(q))
    )
    detail = DETAIL.search(q) or subject_asked(q)
    if (detail and not item_asked or divided) and _CASE_WORDS.search(q) and not CHECK.search(q):
        return make("detail", [])
    cells = table_measures(q)
    if (over_set := set_check(q, agencies or [], report_id)) is not None:
        # 「宁夏2023年这批年报，表三校验没通过的有几份」: the set's reports with a finding of that table (zffixa)
        scope = scope.model_copy(update={"latest": False})
        return make("which_reports", [over_set, *(c for c in cells if c.table == over_set.table)])
    named = _GROUP_NAMED.search(q)
    if named:  # 「因为信息不存在而没提供的，就是无法提供那一类，合计几件」: the group named, not a sub-row
        group = _group_said(named.group(1) or named.group(2) or named.group(3)) or "-"
        cells = [c.model_copy(update={"row": group}) if c.row.startswith(group + "_") else c for c in cells]
        cells = [c for i, c in enumerate(cells) if c not in cells[:i]]
    both = whole_and_part(q, cells)
    if both != cells and len(ys) <= 1 and len(agencies or []) <= 1:
        return make("value", both)  # two figures asked, each said — never added (「合计11件（诉讼8+纠正3）」)
    kpi = kpi_measures(q) if not cells and len(ys) <= 1 and len(agencies or []) <= 1 else None
    if kpi and not (WHICH.search(q) or RANK.search(q) or LIST_REPORTS.search(q)):
        return make("share", kpi[0], bases=kpi[1])
    if not cells and (item_asked or TEMPLATE_ROWS.search(q) or ITEM_COUNT.search(q)) and APPLICANT_ITEMS.search(q):
        # 「申请主体里最多的是哪一类」「表三把申请人分成几类法人或其他组织」: the applicant columns of 本年新收
        legal = re.search(r"法人|组织", q) and not item_asked
        cells = [CellMeasure(table="t3", row="new", col=ts.T3_LEGAL if legal else "tot")]
    # (「正文的10件与表三各子项之和是否一致」 checks a report: not the template)
    if cells and TEMPLATE_ROWS.search(q) and not agencies and not CHECK.search(q):  # the template's rows, from the spec
        return make("explain", [SectionMeasure(part="template_rows"), *cells])
    if cells and ITEM_COUNT.search(q) and len(ys) <= 1 and len(agencies or []) <= 1:
        return make("item_count", [c for c in cells if c.table in ("t3", "t4")][:1] or cells[:1])
    if cells and item_asked and len(ys) <= 1 and len(agencies or []) <= 1:
        return make("item_rank", [c for c in cells if c.table == "t3"], extreme="min" if _MIN.search(q) else "max")
    said = premise.claim(q)
    if said and not CLAIMED.search(q):
        # 「被申请行政复议16件，这个数对吗？实际是多少」: the figure the claim stands for, checked against it
        asked = parse(said[0], agencies, report_id, years)
        if asked.operation in ("value", "sum") and asked.measures:  # (「…和…是不是共164件」: the sum confirmed)
            return make(asked.operation, asked.measures, asserted=[said[1]])

    # 「讲到视频号的有哪些：A、B、C？」: the reports whose text names it, among those listed after
    asked_set = _WHICH_TAIL.search(q)
    if asked_set and not cells:
        said = MENTION.search(q[: asked_set.start()])
        if said and not said.group(1).startswith("的"):  # 「报告提到的主要不足有哪些」 lists what it says
            scope = scope.model_copy(update={"latest": False})
            return make("which_reports", [TextMeasure(focus=said.group(1).strip('“”"「」《》 '))])
    if cells and top_asked(q):
        return make("rank", cells, extreme="min" if _MIN.search(q) else "max", top=top_asked(q))
    items = _group_items_asked(q, cells)  # 「不予公开的理由有哪些，每种几件」: the group's items, not which reports
    if not (_TOP_N.search(q) or items) and (
        WHICH.search(q)
        and not (cells and _TOP_WHICH.search(q))
        or LIST_REPORTS.search(q)
        or _WHICH_DEFECT.search(q)
        or _ANY_REPORT.search(q)
        and _finding(q) is not None
        or faults_among(q, agencies or [], report_id)
        or cells
        and (
            bodies_counted(q)
            or WHICH_END.search(q)
            or _SET_END.search(q)
            and _CONDITION.search(q)
            or re.search(r"哪些(?=有|没有|是)", q)
            # 「申请不超过10件但不是0的」: the ones passing a bound, named last by 的 alone
            or re.search(r"的[？?。]?$", q)
            and re.search(
                r"不?超过|[多少大小高低]于|不到|不足|以上|往上|以内|之内|[至到]\s*[\d一二两三四五六七八九十]", q
            )
            and not re.search(r"最|第[一二三四五六七八九十\d]|多少|几|有没有|是否|是不是|吗|么", q)
            or _WHICH_YEAR_HAS.search(q)
            and not re.search(r"最|第[一二三四五六七八九十\d]|多少|几件|排", q)
            # 「统计局 23年 有复议的」「司法局2024结转下年不为0」: a search box's keywords, the bodies with the figure
            or _HAS_FIGURE.search(q)
            and not re.search(r"最|第[一二三四五六七八九十\d]|多少|几|排|吗|么|是否|有没有", q)
            or _WHO_PASSES.search(q)
            and not _RANKED.search(q)
            # 「平潭哪年收费金额超过一亿元」: the years that pass a bound, not the largest
            or _PASSES_BOUND.search(q)
            and re.search(r"哪(?:一|几|些)?(?:年|家|份)", q)
            and not re.search(r"最|第[一二三四五六七八九十\d]", q)
        )
    ):
        # 「哪些年报写明本年度未收到申请」: 本年度 is each report's own year, not the newest one
        scope = scope.model_copy(update={"latest": False})
        finding = _finding(q)
        if finding:  # (the cells named: which row, column or group of findings — checks.which_reports)
            return make("which_reports", [finding, *cells])
        said = MENTION.search(q)
        if said and not cells and not _finding(q):  # 「哪些报告提到了视频号」: the reports whose text names it
            # (「有哪些提到视频号的报告」: the reports are what is listed, not part of the words looked for)
            looked = re.sub(r"(?<=[\u4e00-\u9fff”\"」》]{2})的(?:年报|报告)$", "", said.group(1))
            return make("which_reports", [TextMeasure(focus=looked.strip('“”"「」《》 '))])
        zero = ALL_ZERO.search(q)
        if zero:  # 「哪些年报表四全部是0」: every cell of one table printed 0
            table = {"二": "t2", "三": "t3", "四": "t4"}.get(zero.group(1) or "", "t4" if zero.group(2) else "t3")
            return make("which_reports", [SectionMeasure(part="all_zero", table=table)])  # type: ignore[arg-type]
        rate = RATE_LIMIT.search(q)
        if rate:  # 「哪些年度办结率低于100%」: a stated rate against a bound, never a count of the table
            m = series_measure(q[: rate.start()].replace("的", " "))
            return make("which_reports", [m.model_copy(update={"unit": "%"})], asserted=[float(rate.group(1))])
        if cells:  # 「超过一亿元」 of a fee kept in 万元: the bound in the cell's unit
            scaled = bound_in(q, unit_of(cells[0]))
            return make("which_reports", cells, asserted=[scaled] if scaled is not None else _asserted(q))
        limit = LIMIT.search(q) or EQUAL_LIMIT.search(q)
        if limit and not _finding(q):  # 「哪些报告的主动公开信息超过1万条」: a narrative number against a bound
            m = series_measure(q[: limit.start()].replace("的", " "))
            return make("which_reports", [m.model_copy(update={"unit": limit.group(3)})], asserted=_asserted(q))
        if re.search(
            r"看不到|看不清|图片|图像|截图|扫描|无法读|读不出|没(?:有|能)?读(?:出|到|取)|未(?:能)?读(?:出|到|取)|无法识别|识别不了|"
            r"没有(?:统计)?表|缺(?:少)?表|表格.{0,6}(?:没有|缺)",
            q,
        ):
            return make("which_reports", [SectionMeasure(part="unreadable")])
        if template_asked(q) or re.search(r"什么格式|哪种格式", q):
            return make("which_reports", [SectionMeasure(part="template")])
        if (LIST_REPORTS.search(q) or re.search(r"年报|报告", q)) and not _conditioned(q, agencies or []):
            return make("which_reports", [SectionMeasure(part="reports")])
    if re.search(r"(?:什么|哪种|哪个|哪一?版)(?:格式|模板|版本)|(?:格式|模板|版本)是", q):
        return make("explain", [SectionMeasure(part="template")])
    if _TABLE_PRESENT.search(q):
        table = named_table(q, ("t3", "t2", "t4"), "t3")
        return make("explain", [SectionMeasure(part="tables_present", table=table)])
    if SAME_PROBLEMS.search(q) and not cells:  # 「两年的报告都提到了哪个相同的问题」「问题一样吗」
        return make("list", [SectionMeasure(part="problems")])
    asked = q.rsplit("请问", 1)[-1]  # 「我是记者，正在核对……请问……几件？」: what is asked follows 请问
    asked = re.sub(r"纠错", "纠正", asked)  # 「复议有没有被纠错」 asks an outcome, not whether a figure is wrong
    if CHECK.search(asked):
        listed = (
            re.search(r"各类|分类|分项|各项|各部分|(?:保留|修改|废止).{0,8}(?:保留|修改|废止)", q)
            and re.search(r"信息|文件|条", q)
            and not re.search(r"表[二三四]|申请|复议|诉讼|办理结果", q)
        )
        # 「主动公开信息总数和分类数对得上吗」: the text's total against the parts it lists
        if (
            (NARRATIVE_SUM.search(q) or listed and re.search(r"总数|总量|合计|总共", q))
            and (_asserted(q) or listed)
            and not _TABLE_WORDS.search(q)  # 「表三里各种办理结果加起来和总计19件一致吗」: the table's own H3
        ):
            return make("sum", [MetricMeasure(focus=focus(q))], asserted=_asserted(q))
        # (「有没有哪一项加错了」: a fault asked, no parts added)
        if (
            _NARRATIVE_PARTS.search(re.sub(r"加错|加不对", "", q))
            and (not cells and not table_measures(q, strict=False) or _BROAD_ONLY(cells, q) or _CHANNELS.search(q))
            and not _TABLE_WORDS.search(q)
            and not re.search(r"申请人|复议|诉讼|第[一二三四]项|总计", q)
        ):  # 「网络申请加信函申请是不是等于全部申请」「剩181件，这个账对吗」: the narrative's own arithmetic
            return make("sum", [MetricMeasure(focus=focus(q))], asserted=_asserted(q))
        if re.search(r"清理", q) and not _TABLE_WORDS.search(q):
            # 「文件清理数自洽吗」: the clean-up the text breaks down (「70件…其中39件保留，23件…修改，8件…废止」)
            return make("sum", [MetricMeasure(focus=focus(q))], asserted=_asserted(q))
        finding = _finding(q) or FindingMeasure(finding="any")
        ms = cells or table_measures(q, strict=False)
        if re.search(r"结转", q) and (
            len(ys) > 1 or _ALL_YEARS.search(q) or re.search(r"衔接|之间|前后|接(?:得|不|没接)?上", q)
        ):
            # 「2022年和2023年之间的结转数衔接吗」: this year's 上年结转 against last year's 结转下年度
            ms = [m for m in ms if m.row not in ("carry_in", "carry_out")] + [
                CellMeasure(table="t3", row="carry_in"),
                CellMeasure(table="t3", row="carry_out"),
            ]
        return make("explain", [finding, *ms], asserted=_asserted(q))
    if NARRATIVE_SUM.search(q) and _asserted(q) and not cells:
        return make("sum", [MetricMeasure(focus=focus(q))], asserted=_asserted(q))
    bare = re.sub(r"^.*?(?:19|20)\d{2}\s*(?:年度?)?|[?？。\s]|的|有|了|哪些|什么", "", q)  # (after the agency and year)
    if (
        BOTH_PARTS.search(q) or PROBLEMS.search(q) and FIX_ASKED.search(q) and not MEASURES_FOR.search(q)
    ) and not cells:
        # 「问题和改进措施」「有哪些问题，打算怎么改」: the whole section 五
        return make("list", [SectionMeasure(part="problems_and_measures")])
    if MEASURES_FOR.search(q) and not re.search(r"多少|(?<!哪)几(?!件事|项工作|方面)", q):
        return make("list", [SectionMeasure(part="improvements")])
    if (
        PROBLEMS.search(q)
        and not cells
        or re.fullmatch(  # 「平潭2021年报问题」「年报自述问题」: the report's own problems, asked as a label
            r"(?:报|年报|报告|年度报告)?(?:里|中)?(?:自述|自查|自身|所述|所列)?"
            r"(?:政务公开|政府信息公开|信息公开|公开工作|工作)?(?:存在|主要|年度|报告)?问题",
            bare,
        )
    ):
        return make("list", [SectionMeasure(part="problems")])  # 「X年问题」: section 五's problems
    if (
        (IMPROVE.search(q) or re.search(r"做法|举措", q))
        and not _TOPIC_MEASURES.search(q)
        # 「哪几项改进措施」 lists them; 「几项」「多少」 count — unless the items are asked too (「共有几条，分别是什么」)
        and (not re.search(r"多少|(?<!哪)几(?!件事|项工作|方面)", q) or re.search(r"分别|各是|都是(?:什么|哪些)", q))
        and (
            re.search(r"哪些|什么|啥|如何|怎样|怎么|哪几件事|哪几项工作|哪几个?方面|哪(?:个|项|一项|一个)", q)
            and (not cells or re.search(r"措施|办法|举措|改进", q))
            # 「改进措施第一条」: one item of the measures, by its place
            or re.search(
                r"(?:(?:改进|整改)(?:措施|办法|举措|方向|情况)?|措施)(?:第[一二三四五六七八九十\d]{1,2}(?:条|个|项|点))?$",
                bare,
            )
        )
    ):  # 「针对意见征集形式单一提出了什么改进措施」「依申请答复改进措施」: measures, whatever row words they hold
        return make("list", [SectionMeasure(part="improvements")])
    others = [c for c in cells if c.col != "delta" and any(d.col == "delta" and d.row == c.row for d in cells)]
    if others and (_PREVIOUS.search(q) or _LAST_YEAR.search(q) or len(ys) == 2):
        cells = others  # 「许可处理决定数量比上一年度增加了多少」: a change of the column named, not 本年增/减
    main = _delta_of(q, cells, min(ys) >= 2021) if len(ys) == 2 else None
    if main:  # 「行政许可2022年比2021年增加了多少件」: the change of the decisions between two reports
        cells = [c.model_copy(update={"col": main}) if c.col == "delta" else c for c in cells]
    if cells and any(c.col == "delta" for c in cells):
        # 「收费比上一年增减多少」 names 表二's 本年增/减 cell itself: a value of the year asked, not a change
        if len(ys) == 2 and ys[1] - ys[0] == 1 and (_PREVIOUS.search(q) or _LAST_YEAR.search(q)):
            scope = scope.model_copy(update={"years": ys[1:]})  # the year asked, not the one it is compared with
        return Question(text=text, scope=scope, operation="value", measures=[c for c in cells if c.col == "delta"])
    many = (
        len(ys) > 1
        or len(agencies or []) > 1
        or MANY_YEARS.search(q)
        or bool(_RECENT.search(q) or _SOME_YEARS.search(q) or _N_YEARS.search(q))
    )
    # (a total's word alone — 总数, 总量 — names the cell; against last year (「总数跟去年比是多是少」「总数同比」) the
    # years are compared, never added)
    summed = (
        SUM.search(q)
        or re.search(r"(?<![一总])共(?!同|享)", q)
        or (re.search(r"总数|总量", q) and not _PREVIOUS.search(q))
    )
    whole = _SHARE_OF_YEARS.search(q) if cells else None
    if cells and AVERAGE.search(q) and not RATIO.search(q) and not _SHARE.search(q):
        return make("average", cells)
    if (
        cells
        and many
        and summed
        and not whole
        and not RATIO.search(q)
        and not _SHARE.search(q)
        and not (_SERIES_WORDS.search(q) and not _YEARS_ADDED.search(q))
        and not ORDER_ASKED.search(q)
        and not _CHANGE_ASKED.search(q)
    ):
        return make("sum", cells)  # 「近三年一共收到多少申请」: a sum over the years, not their trend
    if cells:
        if "百分点" in q and "占" in q and _SHARE.search(q):
            return make("change", cells)  # 「占比比去年高了几个百分点」: the change of a share, in points
        if _unread_formula(q):  # 「予以公开÷热线来电数」: a side of the division names no cell — said, not guessed
            return make("detail", [])
        stated = _stated_rate(q, ys, agencies)
        if stated:  # 「予以公开率（按本年新收算）」「X对Y的比率」「以Y为分母」: the whole the question states
            return make("share", stated[0], bases=stated[1])
        if (
            RATIO.search(q)
            and not (len(cells) == 1 and _SHARE.search(q))  # (「被纠正的比率」: one row's share)
            and not divided_share(q)
        ):
            return make("ratio", cells)
        if (
            len({(c.table, c.row, c.col) for c in cells}) > 1
            and len(ys) <= 1
            and DIFFERENCE.search(q)
            and not _LAST_YEAR.search(q)
        ):  # 「制发的比废止的多还是少，差多少」: the first quantity named less the second, in each report
            return make("change", cells)
        if RANK.search(q):
            return make("rank", cells, extreme="min" if _MIN.search(q) else "max", nth=nth_asked(q))
        if whole:  # 「今年的新收占这四年总量的百分之几」: a share, not the series
            update: dict = {"latest": False}
            recent = _RECENT.search(q[whole.start() :])
            if len(ys) == 1 and recent:  # 「23年申请占近三年的比例」: the whole is the three years up to it
                n = _CN_SMALL.get(recent.group(1)) or int(recent.group(1))
                update["years"] = list(range(ys[0] - n + 1, ys[0] + 1))
            elif ys and not years_in(q[whole.start() :]):
                update["years"] = []  # 「23年申请占六年总数」: the year is the part; the whole is every stored year
            return Question(text=text, scope=scope.model_copy(update=update), operation="share", measures=[*cells])
        if TREND.search(q):
            return make("trend", cells)
        if CHANGE.search(q):
            # 「从2019年到2022年…有何变化」: more than two years are a series (its value is still last − first)
            if len(ys) > 2 and not re.search(r"百分|%|幅度|增长率|增幅|降幅|变化率", q):
                return make("trend", cells)
            return make("change", cells)
        per = _PER_HUNDRED.search(q)
        if per and table_measures(per.group(1)) and table_measures(q[per.end() :]):
            # 「每百件新收申请引发多少件行政复议」: what follows over what is counted per hundred, in %
            return make("share", table_measures(q[per.end() :]), bases=table_measures(per.group(1)))
        if _SHARE.search(q) and share_after(q):
            # (zufixa) 「新收多少，其中自然人多少，占百分之几」: each ask listed, the share said after its part
            return make("value", cells)
        if _SHARE.search(q):
            metric = metric_measure(q)
            # 「结转下年÷(新收+上年结转)」: the whole follows ÷ as it follows 占 (「占比 予以公开除以新收」: 占比 names the
            # share asked, the division its parts)
            over = re.search(r"占(?!比)|÷|/|除以", q)
            at = over.start() if over else -1
            bases = table_measures(q[over.end() :]) if over and at > 0 else []
            if over and at > 0 and not bases:  # 「予以公开占新手的比例」: the whole mistyped
                bases = side_slipped(q[over.end() :])
            parts = table_measures(q[:at]) if at > 0 and bases else cells
            if at > 0 and bases and not parts:  # 「予以公凯占新收的比例」「出理的占收到的百分之几」: the part mistyped
                parts = side_slipped(q[:at])
            within = _WITHIN.search(q)
            if within and not bases:  # 「强制决定在许可、处罚、强制三类决定中占多少」: the whole is written before 占
                bases = table_measures(within.group(1))
                parts = table_measures(q[: within.start()]) if bases else cells
            inside = _INSIDE.search(q) if not bases else None
            if inside:  # 「新收里面予以公开的占几成」: the whole written first, the part (another row) after it
                whole, part = table_measures(inside.group(1)), table_measures(inside.group(2))
                if whole and part and not {c.row for c in part} & {c.row for c in whole}:
                    from .answers.rates import outcomes_whole

                    bases, parts = outcomes_whole(inside.group(1), whole, part), part
            return make("share", [*(parts or cells), *([metric] if metric else [])], bases=bases if parts else [])
        if COMPARE.search(q):
            return make("compare", cells)
        if many and ORDER_ASKED.search(q):  # 「哪一家…合计更多一些」「A多还是B多」: in order, never added
            return make("rank", cells, extreme="min" if _MIN.search(q) else "max", nth=nth_asked(q))
        if many and (
            SUM.search(q)
            or (re.search(r"总数|总量|总计", q) and not _PREVIOUS.search(q))
            or (len(ys) > 2 and re.search(r"(?<![一总])共(?!同|享)", q))
        ):
            return make("sum", cells)
        if (
            len(cells) > 1
            and re.search(
                # 「全部或部分公开的有多少件」: either of the two, counted together
                r"一共|合计|总共|加起来|加在一起|加一起|合起来|共计|之和|共有|相加|全部或部分公开"
                # 「（予以公开加部分公开）共多少件」「总量（许可+处罚+强制）」: the bucket the user defines
                r"|[+＋]|(?<![一总])共(?:多少|几)|总量|都算|都计入|都包括",
                q,
            )
            and not asks_apart(q)
        ):
            return make("sum", cells)  # 「予以公开和部分公开一共多少件」: within each report
        metric = metric_measure(q)  # the narrative may state it where the table has no such cell
        if metric:
            # the clause must say the row — or, a column asked (「自然人申请多少件」), the column: 「收到申请75件，
            # 涉及自然人72件」 is 72
            words = [
                w
                for c in cells
                for t in (ts.COL_TERMS[c.table] if c.col != "tot" else ts.ROW_TERMS[c.table])
                if t.key == (c.col if c.col != "tot" else c.row) and not t.generic
                for w in t.words
            ]
            metric = metric.model_copy(update={"must": words})
        text_first = bool(metric and re.search(r"正文|文中|文字部分|报告(?:里|中)?(?:说|称|写|提到)", q))
        return make("value", [*cells, *([metric] if metric else [])], text_first=text_first)
    # 「A机关2022年和B机关2019年，谁发布的政策解读多」: a first clause of names and years only is the
    # scope; the measure is read from what follows it
    head, _, after = q.partition("，") if "，" in q else q.partition(",")
    scope_only = after and _NAMES_SET_AGAINST.search(head.strip()) and not QUANTITY_WORDS.search(head)
    mq = after if scope_only else q
    # 「门户网站发布信息篇数2021-2023」: the years written after the quantity ask for its series
    ranged = _RANGE_END.search(mq) if len(ys) > 1 else None
    mq = mq[: ranged.start()] if ranged else mq
    metric = metric_measure(mq)
    if metric and not metric.must and _NOT_IN_TABLES.search(fold(q)):
        # 「热线上问X部分公开的申请有几件」: a word no table holds (热线, 网上) took the table away — but a row of 表三's
        # results named beside it (部分公开, 不予公开) is still what is counted: the number's clause must say it, never
        # the sentence's total of applications (「全年共收到申请66件」)
        hidden = table_measures(_NOT_IN_TABLES.sub(" ", fold(q)))
        words = [
            w
            for c in hidden
            if c.table == "t3" and c.row.startswith("r") and c.row != "r7" and c.col in ("tot", None)
            for t in ts.ROW_TERMS["t3"]
            if t.key == c.row and not t.generic
            for w in t.words
        ]
        if words:
            metric = metric.model_copy(update={"must": words})
    reading = unread(q) if metric and not metric.must else None
    if metric and reading and reading.kind == "unread":
        own = _NEUTRAL_WORDS.sub("", reading.words)
        if _NOT_COUNTED_STATUS.search(reading.words):
            # 「申请人撤回的申请有几件」「超期才答复的」: no row counts them — the number's clause must say them, never the
            # sentence's other figure (「共收到申请36件」)
            metric = metric.model_copy(update={"must": clause_words(reading)})
        elif len(own) >= 2 and re.search(r"答复|回复|办结", own):
            # 「按时答复的申请多少件」: the text's own words for those applications are what its sentence says (「已按时
            # 答复11件」) — the focus is the qualifier, not 「复申请」 (its 受理11件 matched before, by the same number
            # only), said whole (「按期答复」 is not 「逾期答复1件」's 期答); a channel 「通过互联网在线申请的」 is read
            # by the text's channel vocabulary
            metric = metric.model_copy(update={"focus": own[-6:], "must": [re.escape(own)]})
    if (
        metric
        and not metric.focus
        or not metric
        # 「…2021年和2022年…条数对比」「平潭全区和君山片区…条数对比」: several years or several agencies
        and (RANK.search(q) or TREND.search(q) or CHANGE.search(q) or COMPARE.search(q))
        # (「rank 一下 A、B 的主动公开信息 total」: a sum word asks a quantity too)
        and (QUANTITY_WORDS.search(q) or SUM.search(q) or len(ys) > 1 and _SERIES_ASKED.search(q))
    ):
        metric = series_measure(mq) if not metric else metric.model_copy(update={"focus": series_measure(mq).focus})
    if metric and re.search(r"^年|变化|趋势|走势|增减", metric.focus) and (TREND.search(q) or CHANGE.search(q)):
        # 「这几年主动公开的信息数量变化」: the series' words (这几年, 变化) are no part of what is counted
        sm = series_measure(re.sub(r"数量|数目", "", mq))  # (「信息数量」: 数量 says a count, not what is counted)
        metric = metric.model_copy(update={"focus": sm.focus, "unit": metric.unit or sm.unit}) if sm.focus else metric
    if metric:
        many = len(ys) > 1 or len(agencies or []) > 1 or MANY_YEARS.search(q) or TREND.search(q)
        if RATIO.search(q) or CHANGE.search(q):
            metric = _subject(q, metric)
        if RATIO.search(q):  # 「注销的…与开设的…之比」 (one report), 「2023年的是2021年的几倍」 (two years)
            return make("ratio", [metric])
        if RANK.search(q):
            return make("rank", [metric], extreme="min" if _MIN.search(q) else "max")
        if (
            many
            and re.search(r"一共|合计|总共|加起来|共计|总和|之和", q)
            and not _SERIES_WORDS.search(q)
            and not ORDER_ASKED.search(q)
        ):
            return make("sum", [metric])  # 「平潭近三年主动公开信息一共多少条」: the years added, not their series
        if TREND.search(q) or len(ys) > 2 and (ranged or re.search(r"变化|走势|涨|跌", q)):
            return make("trend", [metric])
        if CHANGE.search(q) or ranged:
            return make("change", [metric])
        if many and SUM.search(q) and not ORDER_ASKED.search(q):
            return make("sum", [metric])
        if re.search(r"(?:和|与|及|加上?)[^，,？?]{1,10}(?:一共|合计|总共|加起来|共计)", q):
            return make("sum", [metric])  # 「政务微信和微博一共发布了多少条」: two stated numbers of one report
        if COMPARE.search(q):
            return make("compare", [metric])
        if many and ORDER_ASKED.search(q):  # 「A和B的主动公开信息总数，A多还是B多」
            return make("rank", [metric], extreme="min" if _MIN.search(q) else "max")
        return make("value", [metric])
    if re.search(r"(?:同比|环比|比上年|较上年|比去年|较去年)?(?:增幅|降幅|增速|增长率|增长幅度|下降幅度)[？?。]?$", q):
        return make("change", [series_measure(q)])  # 「12333来电同比增幅」: the change the text states, asked bare
    return make("describe", [TextMeasure(focus=focus(q))])
