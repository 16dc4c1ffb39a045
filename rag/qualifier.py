"""The words that qualify the applications counted (「…被驳回的申请有多少件」「…申请人撤回的有几件」): what stands
between the body and year and 「的申请」/「的」 + the count. Read where the measure would default to 本年新收 (a count
of 申请 naming no row): the words either mean the applications received (收到的, 受理的, 提出的, 全年共 …: 本年新收
stands), name a measure the tables hold (办完的: 办理结果总计), or make the answer a refusal that names what the
tables count — never the default 本年新收 for words it does not read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lazyre import lazy

# the qualifier: after the year (or the body), before 「的申请」 + the count, or 「的」 + a count of 件
_QUALIFIED = lazy(
    r"(?P<q>[^，,。？?；;：:]{1,16}?)(?:的)?(?:政府信息公开|信息公开|公开)?申请(?:件数|数量|数)?"
    r"(?:有|是|共|一共|总共|共计|合计)*(?:多少|几)"
    r"|(?P<q2>[^，,。？?；;：:]{1,16}?)的(?:有|是|共|一共|总共)*(?:多少|几)件"
    # 「驳回了多少件申请」「撤回了几件申请」: the verb before the count of 申请
    r"|(?P<q3>[^，,。？?；;：:]{1,16}?)(?:了|过)?(?:多少|几)[件个份]?(?:政府信息公开|信息公开|公开)?申请"
    # 「依申请公开的逾期答复件数是多少」「超期办结数量有几」: the words before a count said 件数/数量, no 申请 after them
    r"|(?P<q4>[^，,。？?；;：:]{1,16}?)的?(?:件数|数量)(?:是|有|为|共|一共|总共|共计|合计)*(?:多少|几)"
)
# where the scope ends: a year, or the end of a body's name
_SCOPE_END = lazy(
    r"(?:(?:19|20)\d{2}\s*年度?|年度|本年度?|今年|全年|该年|当年)(?:里|内|期间)?"
    r"|(?:局|厅|委员会|政府|办公室|中心|法院|检察院|公司|街道|管委会)(?:的)?"
    # 「X2017年的年报里按时答复了几件」「这份报告按时答复的」: the report is where, not which applications (zzfix)
    r"|(?:年度报告|年报|报告)(?:里|中|内|上)?(?:的)?"
)
# words that mean the applications received, or say nothing of which (「群众来的」「全年共」「总共」)
_NEUTRAL = lazy(
    r"新收|新受理|受理|收到|接到|接收|收|新接|提出|提交|递交|上来|过来|来|新|"
    r"依申请公开|依申请|政府信息公开|信息公开|公开|政府信息|"
    r"本年度|本年|全年|今年|当年|该年|年度|一年|这一年|[\d〇零一二两三四五六七八九十]*年|"
    r"共|总共|一共|共计|合计|总计|全部|所有|各类|各种|"
    r"群众|公众|老百姓|社会|申请人|个人|大家|人们|人家|别人|他们|我们|"
    r"单位|本单位|本机关|该单位|贵单位|机关|请问|请|麻烦|想知道|"
    r"的|了|过|到|有|是|被|所|向|给|由|对|在|里|中|上|总|数|等|"
    # 「比2019年少了几件申请」「每十万人有多少件申请」: a change or a rate of the count, read by their own routes
    r"比|较|多|少|增加|减少|增长|下降|相差|差|变化|每|平均|人均|按|算|[万千百十]人?"
)
# 「办完的」「已经办妥的」「处理好的」「答复完毕的」: the applications handled, 办理结果（七）总计
_DONE = lazy(
    r"(?<![没未还尚])(?:已经?|都)?(?:办|处理|答复|办理|回复)(?:完毕?|好|妥|结|掉|完成)|(?:已经?)(?:办理|处理|答复|回复|办)"
)
# 「没处理的」「未被处理的」「没有得到处理的」: turned away (不予处理) or still open at the year's end (结转下年度)?
_UNHANDLED = lazy(r"(?:没有?|未|未能|尚未|还没有?)(?:被|得到|获得|予以|予)?(?:处理|办理|办|答复|回复)")
# 「被驳回的」「被打回的」「退回的」: refused — no row of 表三 is called so (不予公开? 不予处理?)
_REJECTED = lazy(r"驳回|打回|退回|拒绝|回绝|被拒|否决|没通过|未通过|不通过|没批|不批")


@dataclass(frozen=True)
class Reading:
    """What the qualifier makes of the count: a row of 表三 (`row`), or a refusal (`kind`: 'unhandled' — asked
    back, 'rejected' — no such row, the rows named; 'unread' — no row: the text's figure or 报告未提及)."""

    words: str
    row: str | None = None
    kind: str | None = None


def qualifier(q: str) -> str:
    """The words that qualify the applications counted, without the scope before them ('' when none)."""
    m = _QUALIFIED.search(q)
    if not m:
        return ""
    group = next(g for g in ("q", "q2", "q3", "q4") if m.group(g) is not None)
    start, end = m.start(group), m.end(group)
    head = q[:end]
    scope = list(_SCOPE_END.finditer(head))
    if scope:
        start = max(start, scope[-1].end())
    elif start == 0:
        return ""  # no scope read before it: the words may be the body's name
    return q[start:end]


def unread(q: str) -> Reading | None:
    """The reading of the words that qualify the counted applications in q, when they are not the applications
    received (None: nothing qualifies them, or only words that mean those received)."""
    from .intent import found_terms

    if any(not t.generic and t.key == "new" for _, _, t in found_terms(q, "t3", "row")):
        return None  # 「收到的」「新收」「受理的」「提出的」: the applications received, said in their own words
    words = qualifier(q)
    if not words or not re.search(r"[\u4e00-\u9fff]", _NEUTRAL.sub("", words)):
        return None
    if any(found_terms(words, t, w) for t, w in (("t3", "col"), ("t4", "row"), ("t2", "row"))) or any(
        not t.generic and t.key != "new" for _, _, t in found_terms(words, "t3", "row")
    ):
        return None  # 「自然人提出的」「部分公开的」「复议的」: a cell the tables count — read by the table's own words
    if _UNHANDLED.search(words):
        return Reading(words, kind="unhandled")
    if _REJECTED.search(words):
        return Reading(words, kind="rejected")
    if _DONE.search(words):
        return Reading(words, row="r7")
    return Reading(words, kind="unread")


# the words every application's sentence may carry: not what tells the qualified ones apart
_COMMON = lazy(r"答复|回复|申请|办理|处理|公开|信息|政府")


def clause_words(reading: Reading) -> list[str]:
    """What the number's clause must carry to be the count of the qualified applications: a pair of the
    qualifier's own characters (「自己撤回」: 撤回; 「逾期答复」: 逾期), never a word every application's sentence holds."""
    rest = _NEUTRAL.sub("", reading.words)
    pairs = [rest[i : i + 2] for i in range(len(rest) - 1)]
    return [re.escape(p) for p in pairs if not _COMMON.search(p)] or [re.escape(rest)]
