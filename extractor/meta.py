"""Title, issuing body and report year, read from the report's own words."""

from __future__ import annotations

import re
from collections import Counter

_TITLE = re.compile(r"[^\n。]{0,60}?政府信息公开[^\n。]{0,12}?年度报告")
_YEAR_IN_TITLE = re.compile(r"(20\d{2}|19\d{2})\s*年(?:度)?")
_PERIOD = re.compile(r"统计(?:期限|时间|周期|区间)?[^。]{0,20}?(20\d{2})\s*年\s*1\s*月\s*1\s*日")
_COMPILER = re.compile(r"由([^\s，。、（(]{2,30}?(?:厅|局|委|办|室|政府|管委会|委员会|中心|院|署|会|处))"
                       r"(?:根据|依据|按照|编制|制作|负责)")


def find_title(text: str) -> str | None:
    head = text[:1500]
    m = re.search(r"标题[:：]\s*([^\n]+)", head)
    if m:
        return m.group(1).strip()
    for line_match in re.finditer(r"[^\n]+", head):
        line = line_match.group().strip()
        if "年度报告" not in line:
            continue
        if "政府信息公开" in line and len(line) < 80:
            prev = text[:line_match.start()].rstrip().rsplit("\n", 1)[-1].strip()
            if re.match(r"(?:19|20)\d{2}\s*年", line) and prev and len(prev) < 30 and "。" not in prev:
                return prev + line
            return line
        if re.fullmatch(r"[^\n]{0,40}年度报告", line) and "政府信息公开" in text[:line_match.start() + 60]:
            prev = text[:line_match.start()].rstrip().rsplit("\n", 1)[-1].strip()
            joined = (prev + line).replace(" ", "")
            if "政府信息公开" in joined and len(joined) < 80:
                return joined
    at, pos = head.find("年度报告"), 0
    while at >= 0:  # the regex only near each 「年度报告」: scanning the whole head costs ~0.5 ms
        for m in _TITLE.finditer(head, max(pos, at - 80), at + 4):
            pos = m.end()
            t = m.group().strip()
            if not re.search(r"[《》〔〕，,；;]|要求", t) and len(t) <= 45 and not re.match(r"(?:本报告|根据|依据|按照)", t):
                return t
        at = head.find("年度报告", max(at + 4, pos))
    return None


def find_year(text: str, title: str | None) -> int | None:
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m:
            return int(m.group(1))
    m = _PERIOD.search(text[:3000].replace("\n", ""))
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in re.findall(r"(20\d{2})\s*年", text[:4000]))
    return years.most_common(1)[0][0] if years else None


def find_agency(text: str, title: str | None) -> str | None:
    if title:
        t = re.sub(r"\s+", "", title)
        t = re.sub(r"^(?:关于)?", "", t)
        m = re.match(r"(?:(?:19|20)\d{2}年(?:度)?)?(.+?)(?:(?:19|20)\d{2}年(?:度)?)?(?:政府信息公开|信息公开)", t)
        if m and len(m.group(1)) >= 2:
            return m.group(1)
        head = text[:300].strip().split("\n")
        if head and title.replace(" ", "") in "".join(head[:3]).replace(" ", "") and len(head[0].strip()) < 30:
            first = head[0].strip()
            if "年度报告" not in first:
                return first
    m = _COMPILER.search(text[:2000].replace("\n", ""))
    if m:
        return m.group(1)
    return _self_reference(text[:6000])


_SELF = re.compile(r"(?:^|[\n，,。；;、\d年])(?:本|我)?(省|市|区|县)((?:人民)?政府(?:办公室|办公厅)?|[\u4e00-\u9fff]{1,5}?(?:厅|局|委))"
                   r"(?=[\u4e00-\u9fff])")
_SELF_LEVEL = re.compile(r"[省市区县]")  # at most two characters into every _SELF match


def _self_reference(text: str) -> str | None:
    """Untitled reports still name themselves: 「市政府办公室以…」「省教育厅坚持…」. With the place the
    text keeps naming at that level (「安康市」), that is the issuing body."""
    from collections import Counter

    from .agency import text_places
    from .anchored import finditer_around

    found = Counter((m.group(1), m.group(2)) for m in finditer_around(_SELF, _SELF_LEVEL, (0, 1, 2), text))
    if not found:
        return None
    # a named office beats the bare 「市政府」 that every report mentions
    (level, body), _ = max(found.items(), key=lambda kv: (not kv[0][1].endswith("政府"), kv[1]))
    places = Counter(p for p in text_places(text, minimum=1) if p.endswith(level))
    counts = {p: text.count(p) for p in places}
    if not counts:
        return None
    place = max(counts, key=counts.get)
    if body.startswith("政府"):
        body = "人民" + body
    return place + body
