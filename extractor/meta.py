"""Title, issuing body and report year, read from the report's own words."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from . import departments as D, gazetteer as G
from .agency import (
    AMBIGUOUS,
    LEVEL_FIRST,
    YEAR,
    AgencyIdentity,
    body_at,
    identify,
    name_forms,
    places_named,
    text_places,
)
from .anchored import finditer_around

_TITLE = re.compile(r"[^\n。]{0,60}?政府信息公开[^\n。]{0,12}?年度报告")
_YEAR_IN_TITLE = re.compile(r"(20\d{2}|19\d{2})\s*年(?:度)?")
# a periodical's running head above the title (「XX市人民政府公报　2024年第3期」): not the title's first line
_ISSUE = re.compile(r"第\s*[\d一二三四五六七八九十]+\s*期")
# a compilation's running head (「佛山市南海区2020年政府信息公开工作年度报告汇编」): the publisher's book, not the
# title of the report printed in it
_COMPILATION = re.compile(r"年度报告\s*(?:汇编|合集|选编)")
# the report's number in such a compilation, before its title (「（二十三）佛山市…年度报告」)
_ITEM_NUMBER = re.compile(r"^[（(][一二三四五六七八九十百]{1,4}[)）]\s*")
_PERIOD = re.compile(r"统计(?:期限|时间|周期|区间)?[^。]{0,20}?(20\d{2})\s*年\s*1\s*月\s*1\s*日")
# A field's label, then its value after a colon — or in the next cell of a form's row, as a fill-in
# system's export writes it (「填报单位,XX局,,报告年度,2022」 in CSV, 「填报单位 | XX局」 in a sheet,
# a tab in TSV): `_CELL` is what separates two cells on a line of the loaded text.
_CELL = r"[ \t]*(?:[:：]|[,|\t])"
_CELL_END = r"[ \t]*(?:$|[|,\t]| {2,}|\u3000)"
# a form's year field (「报告年度,2022」「统计年度：2023年」), at a line start or after a cell's end
_FORM_YEAR = re.compile(
    rf"(?:^|[|,\t]| {{2,}}|\u3000)[ \t]*(?:报告|统计|填报)年度{_CELL}[ \t]*((?:19|20)\d{{2}})[ \t]*(?:年度?)?{_CELL_END}",
    re.M,
)


# A line that names the report without being its title: the subject of the letter or notice that carries it
# (「关于报送2023年度政府信息公开工作年度报告的函」「…办公室关于转发《…年度报告》的通知」), a headline over its 图解 or
# 解读 (「一图读懂｜夷陵区2023年…年度报告」「【图解】…」「…年度报告（图解）」).
_CARRIER_LINE = re.compile(
    r"关于.{0,70}年度报告.{0,8}的(?:函|复函|通知|报告|请示|说明|公告|通报)$"
    r"|^[【\[（(]?(?:一图(?:读懂|看懂|了解|速览|解读)|图解|图说|图读|解读|政策解读|H5|长图|动漫|视频)"
    r"|年度报告[】\]）)]?[（(【\[]?(?:图解|一图读懂|解读|政策解读|H5|长图)[)）】\]]?$"
)
# the report's own title on a line of its own: a body (or none), the year, 「政府信息公开（工作）年度报告」, nothing
# quoted, no label before a colon, no headline bar
_OWN_TITLE = re.compile(r"[^《》“”\"：:｜|丨【】\[\]，,。！!？?]{0,50}?政府信息公开[^《》：:｜|丨，,。]{0,12}?年度报告")


def find_title(text: str) -> str | None:
    title = _find_title(text)
    if title is None or not _CARRIER_LINE.search(title):
        return title
    return _own_title(text, title) or title


def _own_title(text: str, carrier: str) -> str | None:
    """The report's own title line after a carrier's line that names it (a letter's subject, a 图解 headline):
    the first line that is a title and nothing else, of the same year when the carrier's line has one."""
    years = set(_YEAR_IN_TITLE.findall(carrier))
    head = text[:20000]
    at = head.find(carrier)
    at = head.find("年度报告", at + len(carrier) if at >= 0 else 0)
    while at >= 0:
        start, end = head.rfind("\n", 0, at) + 1, head.find("\n", at)
        line = _ITEM_NUMBER.sub("", head[start : end if end >= 0 else len(head)].strip()).replace(" ", "")
        if (
            _OWN_TITLE.fullmatch(line)
            and not _CARRIER_LINE.search(line)
            and not _COMPILATION.search(line)
            and (not years or set(_YEAR_IN_TITLE.findall(line)) & years)
        ):
            return line
        at = head.find("年度报告", end if end >= 0 else len(head))
    return None


def _find_title(text: str) -> str | None:
    head = text[:1500]
    m = re.search(r"标题[:：]\s*([^\n]+)", head)
    if m:
        return m.group(1).strip()
    for line_match in re.finditer(r"[^\n]+", head):
        line = _ITEM_NUMBER.sub("", line_match.group().strip())
        if "年度报告" not in line or _COMPILATION.search(line):
            continue
        if "政府信息公开" in line and len(line) < 80:
            prev = text[: line_match.start()].rstrip().rsplit("\n", 1)[-1].strip()
            if (
                re.match(rf"{YEAR}\s*年", line)
                and prev
                and len(prev) < 30
                and "。" not in prev
                and not _ISSUE.search(prev)
                and not _COMPILATION.search(prev)
            ):
                return prev + line
            return line
        if re.fullmatch(r"[^\n]{0,40}年度报告", line) and "政府信息公开" in text[: line_match.start() + 60]:
            prev = text[: line_match.start()].rstrip().rsplit("\n", 1)[-1].strip()
            joined = (prev + line).replace(" ", "")
            if "政府信息公开" in joined and len(joined) < 80 and not _COMPILATION.search(prev):
                return joined
    at, pos = head.find("年度报告"), 0
    while at >= 0:  # the regex only near each 「年度报告」: scanning the whole head costs ~0.5 ms
        for m in _TITLE.finditer(head, max(pos, at - 80), at + 4):
            pos = m.end()
            t = m.group().strip()
            if (
                not re.search(r"[《》〔〕，,；;]|要求", t)
                and len(t) <= 45
                and not re.match(r"(?:本报告|根据|依据|按照)", t)
            ):
                return t
        at = head.find("年度报告", max(at + 4, pos))
    return None


# A year written digit by digit in Chinese numerals (「二〇二三年度」「二〇二四年一月十八日」): some offices
# print every year and date so, with no Arabic year anywhere in the report.
_CN_DIGIT = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0}
_CN_YEAR = re.compile(r"([〇○零Ｏ一二三四五六七八九]{4})\s*年")


def _cn_years(text: str) -> list[int]:
    """The Chinese-numeral years of a text, in order; only 1990–2099 (a report's own era)."""
    out = []
    for m in _CN_YEAR.finditer(text):
        y = int("".join(str(_CN_DIGIT[ch]) for ch in m.group(1)))
        if 1990 <= y <= 2099:
            out.append(y)
    return out


def find_year(text: str, title: str | None) -> int | None:
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m:
            return int(m.group(1))
        in_title = _cn_years(title)
        if in_title:
            return in_title[0]
    m = _FORM_YEAR.search(text[:1500])  # a fill-in form's 「报告年度」 field: the year it states
    if m:
        return int(m.group(1))
    m = _PERIOD.search(text[:3000].replace("\n", ""))
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in re.findall(r"(20\d{2})\s*年", text[:4000]))
    if not years:  # no Arabic year printed at all: the Chinese-numeral ones (the signature's comes later)
        years = Counter(_cn_years(text[:4000]))
    return years.most_common(1)[0][0] if years else None


# --- the issuing body ------------------------------------------------------------------------------
# Real reports state their issuer in one of a few places; each finder below reads one of them and
# hands a candidate string to `agency.identify`, which parses places + body against the gazetteer
# and the department table. A candidate counts only if it names a whole body (a place and a known
# body, or a place alone for its government): 「办公室」「法规处」「按照省科技厅」 never do. A
# self-reference without its place (「省科技厅」「市政府办公室」) is completed by the place of that
# level the text names most.


@dataclass(frozen=True, slots=True)
class Issuer:
    """The issuing body: `agency` as the report writes it (normalised: debris removed; a name the
    report only writes incompletely is given in full), `identity` its normalised identity, `how`
    which statement it was read from."""

    agency: str | None
    identity: AgencyIdentity | None = None
    how: str = ""


_NONE = Issuer(None)
_META = re.compile(
    r"^[ \t]*(?:发布机构|发布单位|发文机关|发文单位|信息来源|来源|(?:填报|报送|编制)单位(?:名称)?[ \t]*(?:[（(]盖章[)）])?)"
    rf"{_CELL}[ \t]*([^\n|,\t]{{2,40}}?)(?:{_CELL_END}|(?:填报|报送)(?:日期|时间|人))",
    re.M,
)
_COMPILED_BY = re.compile(r"由([^。，；;、（(\n]{2,40}?)(?:负责)?(?:根据|依据|按照|编制|制作|编写|牵头|起草)")
_WROTE = re.compile(
    r"(?:^|[。；;！\n])[ \t]*([^。；;！\n]{2,60}?)(?:编制完成了|编制了|编写了|编制完成|编写完成|制作了)"
    r"(?:本报告|本年度报告|《)"
)
_REPORT_NAME = "年度报告"
# DOTALL: the window may hold a line break, and the cut is at the *last* stop before the name
_NAME_STOP = re.compile(r".*[《〈<“\"：:、，,。；;！!？?\n]|.*(?:发布|公布|印发|制定|现将|附件|特此)", re.S)
_QUOTED_WRAP = re.compile(r"《[^《》\n]{0,60}\n[^《》\n]{0,60}》")  # a line break inside a quoted name
_NOT_OWN = re.compile(r"(?:关于|转发|印发).{0,30}$")
_DATE = re.compile(
    r"(?:(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}|"
    r"[二〇零一三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3})[ \t]*日(?![ \t]*印)"
)


def find_issuer(text: str, title: str | None, header: str | None = None) -> Issuer:
    """The issuing body, from the strongest statement the report makes: its title (also when the
    title is a file name), the signature above the date at the end, 「由…编制」 / 「…编写了《…》」
    (where a government's office compiles the government's report, title and signature name the
    government), the crawler's 「发布机构」 line or a form's 「填报单位（盖章）：」 (a portal's metadata may
    name the portal's owner), a report name quoted in the text (「现发布《…年度报告》」, an attachment's
    file name), a page header (`header`: a red-head template's running head); else the body the text
    talks about as itself."""
    for how, candidates in (
        ("title", _titled(text, title)),
        ("signature", _signature(text)),
        ("compiled_by", _compiled_by(text)),
        ("metadata", _metadata(text)),
        ("report_name", _report_names(text)),
        ("page_header", (header or "").split("\n")),
    ):
        for cand in candidates:
            found = _accept(_first_name(cand), text)
            if found is not None:
                return Issuer(*_fullest(*found, text), how)
    return _self_named(text)


def find_agency(text: str, title: str | None) -> str | None:
    """The issuing body as written (see `find_issuer`)."""
    return find_issuer(text, title).agency


def _metadata(text: str):
    head = text[:1500]
    if any(k in head for k in ("发布机构", "发布单位", "发文机关", "发文单位", "来源:", "来源：", "单位")):  # (the
        # regex tries every line start)
        for m in _META.finditer(head):
            yield m.group(1)
    tail = text[-600:]  # a form's 「填报单位（盖章）：」 under its table
    if len(text) > 1500 and "单位" in tail:
        for m in _META.finditer(tail):
            yield m.group(1)


_TITLE_AGENCY = re.compile(rf"(?:{YEAR}年度?)?(.+?)(?:{YEAR}\s*年度?)?(?:政府|政务)?信息公开")


def _titled(text: str, title: str | None):
    if title:
        m = _TITLE_AGENCY.match(re.sub(r"\s+", "", title))
        if m and len(m.group(1)) >= 2:
            yield m.group(1)  # the usual 「<body><year>年政府信息公开工作年度报告」: the body alone
        yield title
        head = text[:300].strip().split("\n")
        if (
            head
            and title.replace(" ", "") in "".join(head[:3]).replace(" ", "")
            and len(head[0].strip()) < 30
            and not _COMPILATION.search(head[0])
            and not _CARRIER_LINE.search(title)
        ):
            yield head[0]  # the body on a line of its own above a title that names none (not a letter's sender)


def _compiled_by(text: str):
    if "由" in text[:3000]:
        for m in _COMPILED_BY.finditer(text[:3000].replace("\n", "")):
            yield m.group(1)
    head = text[:3000]
    for verb in ("编制", "编写", "制作了"):
        at = head.find(verb)
        while at >= 0:  # the sentence that holds the verb, and only that one
            m = _WROTE.search(head, max(0, head.rfind("。", 0, at) - 1, head.rfind("\n", 0, at) - 1, at - 62), at + 8)
            if m:
                yield m.group(1)
            at = head.find(verb, at + 2)


def _report_names(text: str):
    """The words before each 「…年度报告」 (「现发布《河北省科学技术厅2019年政府信息公开工作年度报告》」,
    「附件：1、河北省科学技术厅2023年…年度报告.doc」), cut at the quote or punctuation before them. A
    name a PDF line wraps inside its 《》 is read whole."""
    if "《" in text:
        text = _QUOTED_WRAP.sub(lambda m: m.group().replace("\n", ""), text)
    at = text.find(_REPORT_NAME)
    while at >= 0:
        before = text[max(0, at - 60) : at]
        after = text[at + 4 : at + 12]
        if not after.startswith(("有关", "的通知", "工作的通知", "编制", "格式")) and not _COMPILATION.match(
            "年度报告" + after
        ):
            m = _NAME_STOP.match(before)
            cand = before[m.end() :] if m else before
            if "信息公开" in cand and not _NOT_OWN.search(cand):
                yield cand + _REPORT_NAME
        at = text.find(_REPORT_NAME, at + 4)


def _signature(text: str):
    """The body printed above (or glued before) the date at the end of the report — or at the end of its body
    text when the tables follow the signature as an appendix (「附件：统计表」「附表1」 after section 六, issue 11)."""
    ends = [len(text)]
    last = text.rfind("其他需要报告")
    if last >= 0 and (m := _APPENDIX.search(text, last)) is not None:
        ends.append(m.start())
    for end in ends:
        tail_at = max(0, end - 400)
        tail = text[tail_at:end]
        dates = [m for m in _DATE.finditer(tail)]
        for m in reversed(dates):
            before = tail[max(0, m.start() - 60) : m.start()].rstrip(" \t\n\u3000")
            line = re.split(r"[\n。；;！!？?：:]", before)[-1].strip(" \t\u3000")
            if len(line) >= 2:
                yield line


# an appendix's first line after the report's end: 「附件：统计表」「附件1」「附表1　…」「附表一」
_APPENDIX = re.compile(r"\n[ \t\u3000]*(?:附件\s*[：:0-9一二三]|附表\s*[0-9一二三])")


def _accept(candidate: str, text: str) -> tuple[str, AgencyIdentity] | None:
    """(as written, identity) if `candidate` names a whole body; a level-only self-reference
    (「省科技厅」) is completed with the text's place first."""
    ident = identify(candidate)
    if ident is not None and ident.doubts and any("有多处" in d or "疑为" in d for d in ident.doubts):
        ident = identify(candidate, context=text)  # the text's other places settle it
    if ident is None:
        return None
    if any(w in d for d in ident.doubts for w in AMBIGUOUS):
        fuller = _printed_in_full(ident.name, text)
        if fuller is not None:
            return fuller.name, fuller
    if ident.complete or (ident.level and _unknown_place(ident)):
        return ident.name, ident
    if any("有多处" in d for d in ident.doubts):
        return ident.name, ident
    if ident.level and ident.region is None:
        done = _complete(ident, text)
        if done is not None:
            return _as_printed(done, text), done
    return None


# A second name hung on a body (挂牌), in brackets after its first: 「天水市卫生健康委员会（天水市中医药管理局）」,
# 「榆中县应急管理局（榆中县地震局）」, 「…卫生健康委员会（市中医药管理局）」. The second name starts with a place or a
# level word and names a body; a bracket that is no second name (「（办公室）」, 「（2024年）」, 〔2024〕) is left alone.
_SECOND_NAME = re.compile(r"[（(]([^（()）\n]{2,30})[)）]")


def _first_name(candidate: str) -> str:
    """The candidate with a bracketed second name dropped: the body is named by its first (三定) name."""
    m = _SECOND_NAME.search(candidate)
    if m is None:
        return candidate
    first, second = candidate[: m.start()].strip(), m.group(1).strip()
    if not (_BODY_END.search(first) and _BODY_END.search(second)) or first.startswith("中共"):
        return candidate  # (a party office with the government's in brackets, 合署办公: the 条例 binds the second)
    if not (LEVEL_FIRST.match(second) or _places_first(second)) or identify(first) is None:
        return candidate
    return first + candidate[m.end() :]


_BODY_END = re.compile(r"(?:厅|局|委员会|委|办公室|中心|署|院|办)$")


def _places_first(s: str) -> bool:
    """`s` starts with a place the gazetteer knows (「天水市中医药管理局」)."""
    ident = identify(s)
    return ident is not None and ident.region is not None and ident.name == s


def _fullest(name: str, ident: AgencyIdentity, text: str) -> tuple[str, AgencyIdentity]:
    """The fullest statement the report makes of the same body: a name read short (「城关区人民政府」 in the
    title, 「城关镇人民政府」 that dozens of counties have) printed elsewhere with its places before it (the
    signature 「兰州市城关区人民政府」「成县城关镇人民政府」, 「本报告由兰州市安宁区教育局…编制」). Only the report's
    own words complete it: every such printing must read one body (the same full name and region as
    the short reading when that has a place; the same body when its place is unknown), and a different body
    (「兰州市人民政府办公室」) is never one. The standard full name when printed, else the longest printing."""
    if not name or (not ident.complete and not _unknown_place(ident)):
        return name, ident
    if _bare_place(name, ident):
        return _government_named(name, ident, text)
    found: dict[str, AgencyIdentity] = {}
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        # a longer body begins with the name (「淮安市洪泽区人民政府办公室」 is not the 人民政府): not a printing of it
        run = (
            None
            if text.startswith(_LONGER, end) or body_at(text, end)
            else _PLACE_RUN.search(text, max(0, at - 12), at)
        )
        for k in range(run.start() if run else at, at - 1):  # the longest run of words read as places
            prefix = text[k:at]
            place = identify(prefix)
            if place is None or place.name != prefix or place.region is None or not prefix.endswith(_PLACE_ENDS):
                continue
            whole = identify(prefix + name)
            if (
                whole is not None
                and whole.name == prefix + name
                and whole.complete
                and not any(w in d for d in whole.doubts for w in AMBIGUOUS)
                and _same_body(whole, ident)
            ):
                found[prefix + name] = whole
            break
        at = text.find(name, at + len(name))
    if not found or len({f.full for f in found.values()}) != 1:
        return name, ident
    best = next((n for n, f in found.items() if n == f.full), max(found, key=len))
    return best, found[best]


_PLACE_ENDS = (*G.LEVEL_SUFFIX, "镇", "乡", "街道")


def _bare_place(name: str, ident: AgencyIdentity) -> bool:
    """`name` is a place alone read as its government (「夷陵区」 of a headline 「夷陵区2023年…年度报告」)."""
    return (
        ident.complete
        and ident.body == "人民政府"
        and ident.region is not None
        and not ident.doubts
        and ident.full.endswith(name + "人民政府")
    )


def _government_named(name: str, ident: AgencyIdentity, text: str) -> tuple[str, AgencyIdentity]:
    """A place read alone as its government: the government as the report prints it with its body word (a full
    title or signature 「宜昌市夷陵区人民政府」 elsewhere in the file: the full name when printed, else the longest
    printing), or — printed nowhere — its full name from the gazetteer (the place is unambiguous: no doubt)."""
    printed = [
        f
        for f in name_forms(ident, generic=False)
        if name in f and f.endswith(("人民政府", "政府")) and f in text and _names(f, ident)
    ]
    if not printed:
        return ident.full, identify(ident.full) or ident
    best = ident.full if ident.full in printed else max(printed, key=len)
    return best, identify(best) or ident


_LONGER = ("办公室", "办公厅", "办", "党组", "机关", "所属", "下属", "直属")


def _same_body(whole: AgencyIdentity, ident: AgencyIdentity) -> bool:
    if ident.complete:
        return whole.full == ident.full and whole.region_code == ident.region_code
    return whole.body == ident.body and whole.level == ident.level


def _as_printed(done: AgencyIdentity, text: str) -> str:
    """A self-reference completed with the text's place (「县市场监管局」 + 丹凤县), named as the report prints
    the body in full elsewhere (a running head 「丹凤县市场监督管理局政务公开」, a 发布机构 line) — the longest such
    printing, not a name with parents it never prints (「商洛市丹凤县…」); the full name when it prints none."""
    printed = [f for f in name_forms(done, generic=False) if f in text and _names(f, done)]
    return max(printed, key=len) if printed else done.full


def _names(form: str, done: AgencyIdentity) -> bool:
    """`form` names the body itself (not its place alone: 「赣州市」 is a name form of 赣州市人民政府办公室)."""
    ident = identify(form)
    return ident is not None and ident.complete and ident.full == done.full and ident.name == form


_PLACE_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}$")


def _printed_in_full(name: str, text: str) -> AgencyIdentity | None:
    """The body a name with an open place (「江北区卫生健康委员会」) stands for, where the report prints
    it with its parents too (「重庆市江北区卫生健康委员会」 in a 发布机构 cell, the site's header or
    footer): the places written right before the name settle it, when every such printing reads
    the same body and none leaves its place open. None otherwise (the doubt stays)."""
    found: dict[str, AgencyIdentity] = {}
    at = text.find(name)
    while at >= 0:
        run = _PLACE_RUN.search(text, max(0, at - 12), at)
        for k in range(run.start() if run else at, at - 1):  # the longest run of words read as places
            ident = identify(text[k:at] + name)
            if ident is not None and ident.name == text[k:at] + name and ident.complete:
                if not any(w in d for d in ident.doubts for w in AMBIGUOUS):
                    found[ident.full] = ident
                break
        at = text.find(name, at + len(name))
    return next(iter(found.values())) if len(found) == 1 else None


_PROVINCE_LEVEL = {"省", "自治区"}


def _complete(ident: AgencyIdentity, text: str) -> AgencyIdentity | None:
    """「省科技厅」 + the province the text names most (「河北省」, also inside 《河北省实施…办法》)."""
    prefix = re.match(r"^(自治区|自治州|自治县|省|市|州|区|县|旗|盟)", ident.name)
    if prefix is None:
        return None
    place = _main_place(text[:6000], prefix.group(1))
    if place is None:
        return None
    done = identify(place + ident.name[prefix.end() :])
    return done if done is not None and (done.complete or _unknown_place(done)) else None


def _unknown_place(ident: AgencyIdentity) -> bool:
    """A place the gazetteer lacks, written as a place (「测试县」): kept as written."""
    return ident.region is None and any("不在行政区划表" in d for d in ident.doubts)


@functools.lru_cache(maxsize=16)
def _main_place(text: str, level: str):
    """The division of that level (省 / 市 / 区 …) the text names most often (cached: every
    self-reference of a report asks the same)."""

    counts = Counter()
    for code in places_named(text, all_levels=True):
        d = G.get(code) if code[0] != "Z" else None
        for x in ([d] if d is not None else []) + [z for z in G.zones() if z.code6 == code]:
            if x.name.endswith(level) and (x.level == "省") == (level in _PROVINCE_LEVEL):
                counts[x.name] = text.count(x.name)
    counts = Counter({k: v for k, v in counts.items() if v})
    if not counts:  # a place the gazetteer lacks, named often enough to be the report's own
        counts = Counter({p: text.count(p) for p in text_places(text, minimum=1) if p.endswith(level)})
    return max(counts, key=lambda k: (counts[k], -text.find(k))) if counts else None


# The text's own words for its issuer: 「我厅」「本局」 say which kind of body wrote it.
_SELF_WORD = re.compile(r"[我本](厅|局|委|办|区|县|市|镇|乡|街道)")
_SELF_KIND = {"厅": "厅", "局": "局", "委": "委", "办": "办"}
_SELF = re.compile(r"(?:^|(?<=[\n，,。；;、\d年]))(?:本|我)?(省|市|区|县|州|旗)(?=[\u4e00-\u9fff])")
_SELF_LEVEL = re.compile(r"[省市区县州旗]")
_MENTION_BEFORE = re.compile(r"(?:按照|根据|依据|会同|联合|经|向|报|和|与|及|、|配合|协调)$")


def _self_named(text: str) -> Issuer:
    """No statement names the issuer: the body the text names as its own subject. Candidates are
    its level-only self-references completed with its place (「省科技厅」 → 河北省科学技术厅) and, if
    those do not settle it, the full names it writes (「河北省科学技术厅深入贯彻…」, never inside 《》
    or after 按照/会同); the kind its 「我厅 / 本局 / 我市」 words name decides between bodies."""

    head = text[:6000]
    kinds = Counter(_SELF_KIND.get(w, "government") for w in _SELF_WORD.findall(head))
    dept_kind = max(("厅", "局", "委", "办"), key=lambda k: kinds[k])
    dept_signal = kinds[dept_kind] > kinds["government"]
    votes: dict[str, list] = {}  # full name → [score, first position, identity, as written]

    def vote(ident: AgencyIdentity | None, written: str, at: int) -> None:
        if ident is None or not (ident.complete or _unknown_place(ident)) or any("不在标准" in d for d in ident.doubts):
            return
        entry = votes.setdefault(ident.full, [0.0, at, ident, written])
        entry[0] += 1

    def score(entry) -> tuple:
        """(tier, votes, earliness). With 「我厅」-words a department of that kind first, the
        government last; otherwise a government's office first (the bare 「市政府」 is in every
        report as the superior: 「市委、市政府决策部署」), then the government, then departments."""
        total, at, ident, _ = entry
        body = ident.body
        government, office = body.endswith("人民政府") or body == "管理委员会", "办公室" in body or "办公厅" in body
        if dept_signal:
            tier = (
                2
                if body.endswith(dept_kind) or (dept_kind == "委" and body.endswith("委员会"))
                else 0
                if government
                else 1
            )
        else:
            tier = 2 if office and body.startswith("人民政府") else 1 if government or not kinds["government"] else 0
        return tier, total, -at

    completed: dict[str, AgencyIdentity | None] = {}
    for m in finditer_around(_SELF, _SELF_LEVEL, (0, 1, 2), head):
        end = body_at(head, m.end())
        if not end or D.body(head[m.end() : end]) is None:
            continue
        rest = head[m.end() : end]
        if rest not in completed:
            place = _main_place(head, m.group(1))
            done = identify(place + rest) if place else None
            completed[rest] = done if done is not None and (done.complete or _unknown_place(done)) else None
        vote(completed[rest], "", m.start())
    if not votes or score(max(votes.values(), key=score))[0] < 2:
        for d_name, at in _full_mentions(head):
            vote(identify(head[at:d_name]), head[at:d_name], at)
    if not votes:
        return _NONE
    best = max(votes.values(), key=score)
    return Issuer(best[3] or best[2].full, best[2], "text")


def _full_mentions(text: str):
    """(end, start) of each place-and-body name the text writes on its own account."""

    names = set()
    for code in places_named(text, all_levels=True):
        d = G.get(code)
        names |= {d.name} if d is not None else set()
        names |= {z.name for z in G.zones() if z.code6 == code and z.name in text}
    for name in names:
        at = text.find(name)
        while at >= 0:
            j = at + len(name)
            # a longer place may follow (河北省 → 河北省石家庄市): the body starts after the last place
            end = body_at(text, j)
            open_quote = text.rfind("《", 0, at) > text.rfind("》", 0, at)
            if (
                end
                and not open_quote
                and not _MENTION_BEFORE.search(text[max(0, at - 2) : at])
                and not text.startswith("关于", end)
            ):
                yield end, at
            at = text.find(name, j)
