"""Homophone slips: 「平谭」 for 平潭, 「行政复义」 for 行政复议, 「收刀」 for 收到. A question the router
could not answer is tried once more with every word that sounds like a known word (a row or column
word of the table spec, a domain word, a stored agency's name form) but is not one, replaced by it —
one character in a short word, at most a third of a longer one. Pinyin comes from pypinyin (its data
ships in the package: nothing is downloaded); it is imported only on that second try."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from extractor import tablespec as ts

# words every question about these reports may use, beyond the table spec's own
DOMAIN_WORDS = (
    "申请",
    "处理",
    "复议",
    "诉讼",
    "公开",
    "办结",
    "答复",
    "收到",
    "受理",
    "政府",
    "信息",
    "结转",
    "年报",
    "报告",
    "行政",
    "决定",
    "许可",
    "处罚",
    "强制",
    "收费",
    "规章",
    "文件",
    "总计",
    "维持",
    "纠正",
    "审结",
    # the narrative's own words (「陪训」「拦目」「政策解度」 sound like them)
    "培训",
    "栏目",
    "解读",
    "政策解读",
    "推进会",
    "泄密",
    # section 五's own words (「存在哪些问提」 sounds like them)
    "问题",
    "措施",
)
_PLAIN = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
# words written right that only sound like a known word: never "corrected" away (「政务抖音」 is not 「抖印」)
# (「增长了」 is not 「增长乐」 read as 长乐区: a window never starts inside one of these)
# (「解读材料出了多少篇」 is not 「…除了…」: 出了 is the putting out asked)
_KEEP = ("抖音", "快手", "微博", "微信", "视频号", "公众号", "头条", "小程序", "客户端", "增长", "增加", "成长", "出了")


@functools.cache
def vocabulary() -> frozenset[str]:
    """Plain words of the spec's question vocabulary (regex alternatives that are literal words)."""
    out: set[str] = set(DOMAIN_WORDS)
    for terms in (*ts.ROW_TERMS.values(), *ts.COL_TERMS.values()):
        for t in terms:
            for w in t.words:
                for part in re.split(r"[|()?:*+]", w):
                    if _PLAIN.match(part):
                        out.add(part)
    return frozenset(out)


# Characters a hurried typist or an OCR'd copy-paste writes for the one meant because they LOOK alike (the eye's slip,
# where the homophone corrector hears nothing: 幵 jiān is no 开 kāi): (written, meant). Mended only inside a word of
# the tables' vocabulary (`vocabulary`: 「予以公幵」 is 予以公开) and never where the text names a place — a place's
# characters are the gazetteer's business (extractor/gazetteer.CONFUSABLE), not this table's.
LOOKALIKE: tuple[tuple[str, str], ...] = (
    ("幵", "开"),  # 公幵
    ("閞", "开"),
    ("矛", "予"),  # 矛以公开, 不矛处理
    ("子", "予"),  # 子以公开
    ("外", "处"),  # 不予外理
    ("夏", "复"),  # 行政夏议
    ("宙", "审"),  # 尚未宙结
    ("拆", "诉"),  # 行政拆讼
    ("吉", "结"),  # 办吉
    ("桔", "结"),
)
_MEANT_BY_LOOK = {written: meant for written, meant in LOOKALIKE}
# written characters no ordinary word uses: mended in a word of two (「公幵」); the others are words of their own
# (孩子以后, 外地, 吉林) and are mended only inside a word of three or more (「子以公开」「不予外理」)
_ONLY_SLIPS = frozenset("幵閞")


@functools.cache
def _vocabulary_by_look() -> dict[str, tuple[str, ...]]:
    """The vocabulary's words by each character they hold, longest first."""
    out: dict[str, set[str]] = {}
    for w in vocabulary():
        for ch in set(w):
            out.setdefault(ch, set()).add(w)
    return {ch: tuple(sorted(ws, key=len, reverse=True)) for ch, ws in out.items()}


def lookalikes_mended(text: str) -> str:
    """「予以公幵」 → 予以公开: a character of `LOOKALIKE` written where a word of the tables' vocabulary needs the
    character it looks like — one character per word, never a word written right (the window is no known word) and
    never a place's name (`real_name_changed`)."""
    if not any(ch in _MEANT_BY_LOOK for ch in text):
        return text
    known = vocabulary()
    out = list(text)
    for i, ch in enumerate(text):
        meant = _MEANT_BY_LOOK.get(ch)
        if meant is None:
            continue
        for w in _vocabulary_by_look().get(meant, ()):
            if len(w) < 3 and ch not in _ONLY_SLIPS:
                continue
            hit = next(
                (
                    s
                    for k, c in enumerate(w)
                    if c == meant
                    and (s := i - k) >= 0
                    and text[s : s + len(w)] == w[:k] + ch + w[k + 1 :]
                    and text[s : s + len(w)] not in known
                ),
                None,
            )
            if hit is not None:
                out[i] = meant
                break
    fixed = "".join(out)
    return text if fixed == text or real_name_changed(text, fixed) else fixed


@functools.lru_cache(maxsize=65536)
def _sound(ch: str) -> str:
    from pypinyin import lazy_pinyin

    return lazy_pinyin(ch)[0]


def _key(word: str) -> tuple[str, ...]:
    return tuple(_sound(ch) for ch in word)


class Corrector:
    """The known words by their sound, for one set of words (built once, kept by the catalogue)."""

    def __init__(self, words: Iterable[str]):
        self.known = {w for w in words if 2 <= len(w) <= 12}
        self.by_sound: dict[tuple[str, ...], list[str]] = {}
        for w in self.known:
            self.by_sound.setdefault(_key(w), []).append(w)

    def correct(self, text: str) -> str | None:
        """The text with its homophone slips replaced, or None when there is none."""
        out, i, changed = [], 0, False
        kept = {n for k in _KEEP for m in re.finditer(k, text) for n in range(m.start(), m.end())}
        inner = {n for k in _KEEP for m in re.finditer(k, text) for n in range(m.start() + 1, m.end())}
        while i < len(text):
            best = self._at(text, i, kept, inner)
            if best and best[1][0] != text[i] and i + 1 < len(text):
                # 「当中复意后起诉」: 「中复」 heard as 重复 would eat the 复 of 复议后起诉 — a correction that replaces its
                # own first character loses to a word found from the next one that reaches further
                after = self._at(text, i + 1, kept, inner)
                if after and after[0] > best[0]:
                    best = None
            if best:
                out.append(best[1])
                changed |= best[1] != text[i : best[0]]
                i = best[0]
            else:
                out.append(text[i])
                i += 1
        return "".join(out) if changed else None

    def _at(self, text: str, i: int, kept: set[int], inner: set[int]) -> tuple[int, str] | None:
        """The known word (or the known word it sounds like) that starts at `i`, longest first: (end, word)."""
        for j in range(min(len(text), i + 12), i + 1, -1):
            window = text[i:j]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", window):
                continue
            if window in self.known:
                return j, window
            if i in inner:
                continue  # (a kept word's later characters start no slip of their own)
            for cand in self.by_sound.get(_key(window), ()):
                if any(a != b and i + n in kept for n, (a, b) in enumerate(zip(cand, window))):
                    continue  # (「抖音发」 is not 「抖印发」: a kept word's characters stay)
                diff = sum(a != b for a, b in zip(cand, window))
                if diff <= max(1, len(window) // 3):
                    return j, cand
        return None


@functools.cache
def _places_by_sound() -> dict[tuple[str, ...], tuple[str, ...]]:
    """The gazetteer's division names (county level and above) by their sound."""
    from extractor import gazetteer

    out: dict[tuple[str, ...], set[str]] = {}
    for name in gazetteer._tables()[1]:
        if 2 <= len(name) <= 6:
            out.setdefault(_key(name), set()).add(name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def places_sounding_like(said: str) -> tuple[str, ...]:
    """The divisions whose name sounds like `said` and ends in its level character (「济杨区」 → 吉阳区, 济阳区; `said`
    itself too when it is one): the candidates every place mend (rag/namefix.py) weighs."""
    return tuple(p for p in _places_by_sound().get(_key(said), ()) if p[-1] == said[-1])


def _longest_name(text: str, c: int) -> int:
    """The length of the longest division or department name in `text` covering character c (0: none)."""
    from extractor import departments, gazetteer

    best = 0
    for i in range(max(0, c - 7), c + 1):
        for j in range(max(c + 1, i + 2), min(len(text), i + 8) + 1):
            word = text[i:j]
            if j - i > best and (
                word[-1] in "省市县区旗州盟"
                and gazetteer.by_name(word)
                or len(word) >= 3
                and word[-1] in "局委厅办"
                and departments.body(word) is not None
            ):
                best = j - i
    return best


def real_name_changed(text: str, fixed: str) -> bool:
    """Whether reading `text` as `fixed` changes a name that is right as written: a real division (「武邑县」 is
    Hebei's, never 「武义县」; 「宿州市」 never 「苏州市」) or a department's own name (「水务局」 never 「税务局」) — a
    written name at least as long as the one the reading makes there (「夏和县」 holds 和县, a county, but is read as
    the longer 夏河县: a slip). A slip of the ear is mended only where what was written names nothing — the guard of
    every retry that reads a question as it sounds, through `namefix.taken` (the one guard of a place mended)."""
    if len(fixed) != len(text):
        return False
    for c in (i for i, (a, b) in enumerate(zip(text, fixed, strict=True)) if a != b):
        written = _longest_name(text, c)
        if written and written >= _longest_name(fixed, c):
            return True
    return False
