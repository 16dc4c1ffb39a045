"""Names typed wrong, and the user's own name for a chosen body (zxfixb, issue 13).

A body is rarely asked by its catalogue name. Three ways a name goes wrong are mended here, each against the STORED
catalogue only, and only when exactly one stored place is that close (never a pick between two):

- a character heard or typed wrong (「崇名区」「夏和县」「成中区」「交桶局」「住健局」「人设局」): the homophone corrector's
  reading (rag/typos.py), kept only when no second stored name sounds the same;
- a character dropped from a place (「库勒市」「海尔区」「大塔镇」「前尔罗斯蒙古族自治县」): the one stored place that is the name
  written with one character more, of the same kind (市/县/区/旗/镇/乡);
- a place in pinyin or English (「Jimo district」「Chongming district government」「Wuning county」): the stored places
  read in pinyin (pypinyin ships its data: nothing is downloaded) with the kind word in English.

And on a chosen report (the page's 当前报告), the user's own name for the body (「咱们市人社局」「这个县人社局」「我们县府办」
「区政府」): a deixis or a level word with the body's department or government — `fits_chosen`.
"""

from __future__ import annotations

import functools
import re

from extractor.normalize import fold

from .deixis import alternation

# a place's kind as the last character of its name, and the English word for it
_KIND_CHARS = "市县区旗镇乡"
_ENGLISH_KIND = {
    "district": "区",
    "county": "县",
    "city": "市",
    "town": "镇",
    "township": "乡",
    "banner": "旗",
}
# the English kind word, and the government word after it (「Chongming district government」)
_ENGLISH_KIND_WORD = re.compile(
    r"(district|county|city|township|town|banner)(?![A-Za-z])(\s*(?:people'?s\s+)?government(?![A-Za-z]))?",
    re.IGNORECASE,
)
# the words before it, nearest last: the place's pinyin, one word or several (「Hai la er」), or glued to the kind
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z][A-Za-z'’\-]*\s*){1,4})$")
# a town or township before its government: 「…大柳塔镇人民政府」
_TOWN = re.compile(r"([\u4e00-\u9fff]{1,6}?[镇乡])(?:人民政府|政府)")


def _all_names(catalogue) -> tuple[str, ...]:
    """Every stored agency's name (simplified)."""
    from extractor.traditional import has_traditional, simplify

    names = catalogue.names_holding("").values()
    return tuple(sorted({simplify(n) if has_traditional(n) else n for n in names if n}))


@functools.lru_cache(maxsize=8)
def _places(names: tuple[str, ...]) -> frozenset[str]:
    """The places the stored names hold: the gazetteer's divisions written in them (「库尔勒市」「海拉尔区」) and the
    towns before a government (「大柳塔镇」)."""
    from extractor import gazetteer as G

    out: set[str] = set()
    for name in names:
        q = fold(name)
        for i in range(len(q)):
            for j in range(i + 2, min(len(q), i + 12) + 1):
                if q[j - 1] in _KIND_CHARS and G.by_name(q[i:j]):
                    out.add(q[i:j])
        for m in _TOWN.finditer(q):
            town = m.group(1)
            # the town's own name: after the last division the name writes before it
            cut = max((k + 1 for k in range(len(town) - 1) if town[k] in _KIND_CHARS), default=0)
            if len(town) - cut >= 2:
                out.add(town[cut:])
    return frozenset(out)


def stored_places(catalogue) -> frozenset[str]:
    return _places(_all_names(catalogue))


# ------------------------------------------------------------------ the one guard of every mend of a place
# A place written wrong is mended (by any of the routines below, or by the corrector's retry in `Asker.ask`) only when
# what was written names nothing (`typos.real_name_changed`: 「武邑县」 is Hebei's, never 武义县) and no real division
# other than the one read is as good a reading of it (「济杨区」 sounds like the stored 吉阳区 but is one character from
# 济阳区, Jinan's, which the store lacks: never answered with 吉阳区's figure). A rival stored or not: never a pick.
_LEVEL_CHARS = "市县区旗州盟"


def _diff(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=True))


def sound_rival(text: str, fixed: str) -> str | None:
    """A real division, other than the one `fixed` reads, that sounds like the place `text` writes there and is
    written as close to it or closer (「济杨区」 → 济阳区 beside 吉阳区) — None when there is none."""
    from extractor import gazetteer as G

    from .typos import places_sounding_like

    if len(text) != len(fixed):
        return None
    for c in (i for i, (a, b) in enumerate(zip(text, fixed, strict=True)) if a != b):
        for i in range(max(0, c - 5), c + 1):
            for j in range(c + 1, min(len(text), i + 6) + 1):
                said, read = text[i:j], fixed[i:j]
                if said[-1] != read[-1] or said[-1] not in _LEVEL_CHARS or not G.by_name(read):
                    continue
                near = _diff(said, read)
                for p in places_sounding_like(said):
                    if p != read and _diff(said, p) <= near:
                        return p
    return None


def dropped_rival(said: str, read: str) -> str | None:
    """A real division, other than `read`, that is `said` with one inner character more (「海尔区」 → 海拉尔区 beside
    another 海?尔区) — None when there is none."""
    from extractor import gazetteer as G

    return next(
        (
            p
            for p in G._tables()[1]
            if p != read and len(p) == len(said) + 1 and p[-1] == said[-1] and _one_short(said, p)
        ),
        None,
    )


@functools.cache
def _divisions_by_pinyin() -> dict[tuple[str, str], frozenset[str]]:
    from extractor import gazetteer as G

    return _by_pinyin(frozenset(p for p in G._tables()[1] if p[-1:] in _KIND_CHARS))


def taken(text: str, fixed: str, said: str = "", read: str = "") -> bool:
    """THE guard of a place mended: `text` read as `fixed` (said → read, when the routine knows them) is taken only
    when the written name names nothing and no other real division is as good a reading. (The mended question must
    then resolve to exactly one stored body: the caller's check.)"""
    from .typos import real_name_changed

    if real_name_changed(text, fixed) or sound_rival(text, fixed) is not None:
        return False
    one_more = bool(said and read) and len(read) == len(said) + 1
    return not (one_more and dropped_rival(said, read) is not None)


def names_nothing(said: str, places: frozenset[str]) -> bool:
    """Is `said` (the words a mend changed) no name as written — no division, no stored place, no department? Only a
    name that found nothing is mended (a name the question read rightly is never read as another)."""
    from extractor import departments

    return not (_known(said, places) or re.fullmatch(r"[\u4e00-\u9fff]+", said) and departments.body(said))


def is_name(read: str, places: frozenset[str]) -> bool:
    """Is `read` (the words a mend wrote) a name — a place the store holds or a division in it, or a department?"""
    from extractor import departments

    return (
        _known(read, places)
        or any(p in read for p in places)
        or bool(re.fullmatch(r"[\u4e00-\u9fff]+", read) and departments.body(read))
    )


def heard_place(text: str, unknown: str, known) -> str | None:
    """「海扣市龙华区住建局」 (a speech recogniser's 海口市): the text with the place that leads a body the store lacks
    written as the one division it sounds like — only when the name said is no division, no stored body's name holds
    it, and exactly one division of the same level word sounds like it (never a guess between two). None otherwise."""
    from extractor import gazetteer

    from .typos import places_sounding_like

    m = re.match(r"[\u4e00-\u9fff]{1,4}?[市县区旗州盟]", unknown)
    if m is None:
        return None
    said = m.group()
    if said not in text or gazetteer.by_name(said) or any(said in w for w in known):
        return None
    near = [n for n in places_sounding_like(said) if n != said]
    return text.replace(said, near[0], 1) if len(near) == 1 else None


def _known(word: str, places: frozenset[str]) -> bool:
    from extractor import gazetteer as G

    return word in places or bool(G.by_name(word))


def dropped(text: str, places: frozenset[str]) -> tuple[str, str, str] | None:
    """「库勒市人社局…」: the text with a place written one character short (「库勒市」) as the one stored place it is
    with that character (库尔勒市) — (text, said, read); None when no name is short of one, or two are."""
    for m in re.finditer(r"[\u4e00-\u9fff]+", text):
        run, at = m.group(), m.start()
        for end in range(2, len(run) + 1):
            if run[end - 1] not in _KIND_CHARS:
                continue
            for start in range(0, end - 1):  # longest window first
                said = run[start:end]
                if len(said) < 3 or _known(said, places) or any(said in p for p in places):
                    continue
                near = {p for p in places if len(p) == len(said) + 1 and p[-1] == said[-1] and _one_short(said, p)}
                if len(near) == 1:
                    read = next(iter(near))
                    fixed = text[: at + start] + read + text[at + end :]
                    return (fixed, said, read) if taken(text, fixed, said, read) else None
                if near:
                    return None  # two stored places are that close: never a guess
    return None


def _one_short(said: str, place: str) -> bool:
    """Is `said` the place with one character (not its first, not its kind) left out?"""
    return any(place[:k] + place[k + 1 :] == said for k in range(1, len(place) - 1))


@functools.lru_cache(maxsize=8)
def _by_pinyin(places: frozenset[str]) -> dict[tuple[str, str], frozenset[str]]:
    from pypinyin import lazy_pinyin

    out: dict[tuple[str, str], set[str]] = {}
    for p in places:
        kind = p[-1]
        stem = p[:-3] if p.endswith("自治县") else p[:-1]
        if len(stem) < 2 and not p.endswith("自治县"):
            continue
        out.setdefault(("".join(lazy_pinyin(stem)), kind), set()).add(p)
    return {k: frozenset(v) for k, v in out.items()}


def spelled_place(text: str) -> bool:
    """Does the text write an English kind word after letters (「Jimo district」)?"""
    return any(_WORDS_BEFORE.search(text[: m.start()]) for m in _ENGLISH_KIND_WORD.finditer(text))


def english_place(text: str, places: frozenset[str]) -> tuple[str, str, str] | None:
    """「Jimo district 2024年…」「Chongming district government …」: the text with the place written in pinyin and an
    English kind word as the one stored place it reads (即墨区, 崇明区政府); None when none reads so, or two do."""
    table = _by_pinyin(places)
    for m in _ENGLISH_KIND_WORD.finditer(text):
        kind = _ENGLISH_KIND[m.group(1).lower()]
        before = _WORDS_BEFORE.search(text[: m.start()])
        if before is None:
            continue
        words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", before.group(1))
        for n in range(1, len(words) + 1):  # the nearest words first: 「in Jimo district」 is Jimo's
            spelled = re.sub(r"[^a-z]", "", "".join(words[-n:]).lower())
            near = table.get((spelled, kind), frozenset())
            # (a real division not stored that reads so too: never the stored one's figure)
            if near and _divisions_by_pinyin().get((spelled, kind), frozenset()) - near:
                return None
            if len(near) > 1:
                return None  # two stored places read so: never a guess
            if len(near) == 1:
                read = next(iter(near))
                start = before.start() + before.group(1).rindex(words[-n])
                said = text[start : m.end()].strip()
                written = read + ("政府" if m.group(2) else "")
                return text[:start].rstrip() + written + text[m.end() :].lstrip(), said, written
    return None


def homophone(text: str, corrector) -> tuple[str, str, str] | None:
    """The corrector's reading of the text (rag/typos.py), kept only when each word it changed has one known word of
    its sound (「夏和县」 → 夏河县, never a pick between two stored names that sound alike): (text, said, read)."""
    from .typos import _key

    fixed = corrector.correct(text)
    if fixed is None or len(fixed) != len(text) or not taken(text, fixed):
        return None  # (「武邑县」 is a county of its own, never 武义县; 「济杨区」 is as near 济阳区 as 吉阳区)
    changed = [i for i, (a, b) in enumerate(zip(text, fixed, strict=True)) if a != b]
    if not changed:
        return None
    lo, hi = changed[0], changed[-1] + 1
    # the longest known word of the reading that covers the changes: what was said, and what it was read as
    best: tuple[int, int] | None = None
    for i in range(max(0, hi - 12), lo + 1):
        for j in range(min(len(fixed), i + 12), hi - 1, -1):
            if fixed[i:j] in corrector.known and (best is None or j - i > best[1] - best[0]):
                best = (i, j)
    if best is None:
        return None
    i, j = best
    said, read = text[i:j], fixed[i:j]
    same = {w for w in corrector.by_sound.get(_key(said), ()) if w != said}
    if len(same) > 1:
        return None  # two known names sound like it: never a pick between them
    return fixed, said, read


# ------------------------------------------------------------------ the user's name for a chosen body
# 「咱们」「我们」「这个」「本」: the speaker's own body, and the level word after it
_NEAR = ("咱", "我", "这个", "这家", "这", "本", "该")
_DEIXIS = re.compile(rf"^(?:(?:{alternation(*_NEAR, without_level=True)})的?)?")
_LEVEL = re.compile(r"^[省市县区镇乡旗]")
_NOT_LEVEL = re.compile(r"^市(?:场|监)")
_DEIXIS_BEFORE = re.compile(rf"(?:{alternation(*_NEAR, without_level=True)})的?[省市县区镇乡旗]?$")


def fits_chosen(said: str, key: str, catalogue, text: str = "") -> bool:
    """Is `said` (「咱们市人社局」「这个县人社局」「县府办」「区政府」) the user's name for the chosen body (`key`)? The deixis and
    a level word dropped, what is left written after the chosen body's own place must be a stored form of that body
    (「库尔勒市人社局」 is 库尔勒市人力资源和社会保障局's), and the level word that of its place — never another body's.
    A name with neither a deixis, a level word nor the body's own place (「南京市」 on 平潭's report) is never it."""
    q = fold(said)
    # (「我们县工商局」 read as the name 「工商局」: the deixis and level written before it are the user's too)
    at = fold(text).find(q) if text else -1
    if at > 0 and (lead := _DEIXIS_BEFORE.search(fold(text)[:at])) is not None:
        q = lead.group() + q
    deixis = _DEIXIS.match(q).end()  # type: ignore[union-attr]
    rest = q[deixis:]
    # (「这个市场监管局」「这个市监局」: the 市 of 市场/市监 is no level word)
    readings = [(rest[:1], rest[1:])] if _LEVEL.match(rest) and not _NOT_LEVEL.match(rest) else [("", rest)]
    return any(_fits(level, body, bool(deixis), key, catalogue) for level, body in readings)


def _fits(level: str, body: str, deixis: bool, key: str, catalogue) -> bool:
    from .question import Scope
    from .scope import _places_of

    if len(body) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", body):
        return False
    # the places of its key and of its printed name (a town's key is 「溶江镇人民政府」, its name 「兴安县溶江镇人民政府」)
    own = catalogue.name(key)
    places = list(dict.fromkeys(_places_of(fold(own)) + _places_of(key)))
    full = [p for p in places if p[-1:] in _KIND_CHARS]
    # 「我们兴安溶江镇政府」 on 兴安县溶江镇's report: the chosen body's own places written first, bare or in full
    stripped = False
    while not level and (head := next((p for p in sorted(places, key=len, reverse=True) if body.startswith(p)), None)):
        if len(body) - len(head) < 2:
            break
        body, stripped = body[len(head) :], True
    if not (deixis or level or stripped):
        return False
    if level and not any(p.endswith(level) for p in full[-1:]):
        return False  # 「市人社局」 on a county's report: another body's
    tried = [p + body for p in places] + ([] if level else [body])
    hits = catalogue.forms_of(set(tried))
    if any(key in hit and min(hit.values()) == hit[key] for hit in hits.values()):
        return True
    # a name the resolver reads beyond the stored forms (a short form, a former name: 「鼓楼区发改委」 of 发展和改革局):
    # asked of the whole store, it must find the chosen body alone
    for t in tried:
        got = catalogue.resolve(t, Scope())
        if got.agencies and not (got.unknown or got.ambiguous or got.corpus or got.kind) and set(got.agencies) == {own}:
            return True
    return False


# words that make a kind of body a set of the store (「库里今年的区政府」), not the chosen body itself
_SET_WORDS = re.compile(r"库里|收录|几家|多少家|各|哪些|哪几|平均|所有|全部|同一?年|同省|本省|排|其他|其它|别的")


def own_kind_said(q: str, key: str, catalogue) -> bool:
    """「区政府今年自然人提的申请有多少」 on 吴中区人民政府's report: the kind word names the chosen body (a 区's
    government), not the store's set of district governments of that year — no set word says one."""
    from . import place_kinds

    pk = place_kinds.respell(q)
    return pk is not None and not _SET_WORDS.search(q) and fits_chosen(pk.said, key, catalogue)
