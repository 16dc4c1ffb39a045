"""Words users and reports use for the same narrative measure (「粉丝」 for 「关注人数」, 「网上提交」 for
「网络申请」, 「播放量」 for 「观看量」). Both sides of a comparison are rewritten to one form of each group
before words are weighed, so a question matches the sentence that says the thing in other words.
Only whole words that name the same quantity are grouped: never a broader and a narrower thing."""

from __future__ import annotations

import re

# each group: the canonical form first, then the other ways of writing it
GROUPS: tuple[tuple[str, ...], ...] = (
    ("关注人数", "关注用户数", "关注用户", "关注量", "粉丝数", "粉丝量", "粉丝"),
    ("网络申请", "网上提交", "网上申请", "在线申请", "通过网络"),
    ("信函申请", "信件方式", "信件申请", "来信申请", "邮寄信件"),
    # 「现场来申请的」「到窗口申请的」: an application handed in in person (the old form's 当面申请)
    ("当面申请", "现场来申请", "到现场申请", "现场申请", "现场提交", "上门申请", "窗口申请", "到窗口申请", "当面提交"),
    ("观看量", "播放量", "观看人次", "播放次数", "观看次数"),
    ("人工服务", "人工接听", "人工坐席"),
    ("入库", "入库数量", "入库数"),
    ("复文", "答复文件", "办理复文"),
    ("信件", "来信", "来函"),
    ("微博微信", "两微", "微博、微信", "微信、微博", "微博和微信", "微信和微博", "微信微博"),
    ("受理", "收到", "接收", "接到"),
    ("门户网站", "官方网站", "官网"),
    ("责任追究", "追责", "问责"),
    ("发布日期", "发布时间"),
    ("统计期限", "统计时限", "统计期间", "统计区间", "统计时段", "统计时间段"),
    ("政策解读", "解读稿", "解读文章", "解读材料"),
    ("主动公开", "主动发布"),  # 「主动发布的信息条数」: the information the body put out of its own accord
    ("回应关切", "回应社会关切", "回应公众关注热点或重大舆情", "回应公众关注热点"),
)

_FORMS = sorted(((form, group[0]) for group in GROUPS for form in group[1:]), key=lambda x: -len(x[0]))
_PATTERN = re.compile("|".join(re.escape(f) for f, _ in _FORMS))
_TO = dict(_FORMS)


# a channel, the verb of handing in, then what was handed in (「网上递交的公开申请」「在线提交的申请」): the channel's
# applications, whatever the verb — said as the channel's own word before the groups are read
_CHANNEL_VERB = re.compile(
    r"(网上|网络|在线|信函|当面|邮寄|传真)(?:提交|递交|提出|发起|报送)(?:的)?(?:政府信息)?(?:公开)?(?=申请)"
)


def canon(text: str) -> str:
    """The text with every grouped word written in its group's canonical form."""
    if not text:
        return text
    return _PATTERN.sub(lambda m: _TO[m.group()], _CHANNEL_VERB.sub(r"\1", text))


def forms(word: str) -> list[str]:
    """The ways of writing a word a question uses: itself and, where it holds a grouped word, the
    same word with each other form of that group (longest first)."""
    out = [word]
    for group in GROUPS:
        for f in group:
            if f in word:  # the word with the grouped part in each form, then each form alone
                out += [word.replace(f, g) for g in group if g != f] + (list(group) if f != word else [])
                break
    return sorted(dict.fromkeys(out), key=len, reverse=True)


def canon_focus(question: str, focus: str) -> str:
    """The asked thing in its canonical form, also when the focus cut a grouped word short
    (「关注用户数」 asked, focus 「用户数」 → 关注人数; 「入库数量」 → 入库)."""
    for form, to in _FORMS:
        if form in question and focus and focus in form:
            return to
    # (「主动发布的信息条数」 read as 「动发布信息」: a grouped word cut at its head, the rest after it kept)
    for form, to in _FORMS:
        if form in question and focus:
            cut = next((k for k in range(len(form) - 1, 1, -1) if focus.startswith(form[-k:])), 0)
            if cut:
                return to + canon(focus[cut:])
    return canon(focus)
