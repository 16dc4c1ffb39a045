"""Former names people still use for a body (issue 13): a department renamed or merged away by the reforms of
2018–2019 (「卫计委」「人事局」「工商局」「国土局」「环保局」「农业局」「文广新局」「安监局」) and a county-level place
renamed (撤县设区 / 撤县设市 / 撤市设区: 「即墨市」「郫县」「绍兴县」「那曲县」).

Data: extractor/data/former_departments.tsv (former department → the bodies that took it over, in the department
table's normalisation, extractor/departments.py) and the gazetteer's former.tsv (former place → the division it
became, extractor/gazetteer.py). `rewrites` gives a question with its former names put in their successors' names,
each with what was replaced; the caller (rag/ask.py) asks them of the store and keeps one only when it names exactly
one stored body — a former name is never read as a different body, and two stored successors are 「找到多个机关」.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from extractor import departments as D, gazetteer as G

DATA = Path(__file__).resolve().parent / "data" / "former_departments.tsv"
MAX_REWRITES = 40  # (a culture bureau has a dozen successor names; a place two: never more asks than this)


@dataclass(frozen=True, slots=True)
class Token:
    """A former name written in a text: `text[start:end]`, the names it may stand for now, and its kind."""

    start: int
    end: int
    written: str
    now: tuple[str, ...]
    kind: str  # "body" | "place"
    full: str  # the former body's full name (「卫生和计划生育委员会」), or the place as written
    codes: tuple[
        str, ...
    ] = ()  # a place: the code of each name in `now` (「鼓楼区」 is four places: the one it became)


@dataclass(frozen=True, slots=True)
class Rewrite:
    """The text with its former names replaced; `said` the (former, current) pairs, for the answer's note; `place`
    the place written before the first department (its former name replaced), 「」 when none is."""

    text: str
    said: tuple[tuple[str, str], ...]
    place: str
    codes: tuple[str, ...] = ()  # the divisions the former places became: a body read must lie in each
    bodies: tuple[str, ...] = ()  # the successor departments put in


@functools.cache
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """former full name → successors; an extra written form (not a form of the department table) → former full."""
    succ: dict[str, tuple[str, ...]] = {}
    extra: dict[str, str] = {}
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            former, forms, now = (line.rstrip("\n").split("\t") + ["", ""])[:3]
            succ[former] = tuple(s for s in now.split("|") if s)
            for form in (former, *forms.split("|")):
                if form and D.body(form) is None:
                    extra.setdefault(form, former)
    return succ, extra


def successors(full: str) -> tuple[str, ...]:
    """The bodies a former department became (「卫生和计划生育委员会」 → 卫生健康委员会, 卫生健康局); () if not former."""
    return _table()[0].get(full, ())


@functools.cache
def _extra_lengths() -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for form in _table()[1]:
        out.setdefault(form[:2], set()).add(len(form))
    return {k: tuple(v) for k, v in out.items()}


def _body_at(text: str, i: int) -> tuple[int, str] | None:
    """The longest department form (the table's, or a former one's own) starting at text[i]: (end, full name)."""
    extra = _table()[1]
    two = text[i : i + 2]
    # (「文化广电新闻出版旅游局」: a current merged name printed without its 和 is that body — zleft)
    for n in range(min(16, len(text) - i), 5, -1):
        b = D.unjoined(text[i : i + n])
        if b is not None and not D.body(text[i : i + n]):
            return i + n, b.full
    for n in sorted({*D.form_lengths(two), *_extra_lengths().get(two, ())}, reverse=True):
        w = text[i : i + n]
        if len(w) < n:
            continue
        b = D.body(w)
        if b is not None:
            return i + n, b.full
        if w in extra:
            return i + n, extra[w]
    return None


@functools.cache
def _former_places() -> dict[str, tuple[tuple[str, str], ...]]:
    """A former county-level name that is no current division's name → (current name, code) of what it became (a
    functional zone sharing a district's code is none: 「渝北区」 did not become 两江新区)."""
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for name in G._former():  # noqa: SLF001 (the gazetteer's own table, read as it is)
        if G.by_name(name) or len(name) < 2:
            continue
        now = tuple(
            dict.fromkeys(
                (f.now.name, f.now.code) for f in G.former(name) if f.now.level in ("县", "市") and not f.now.zone
            )
        )
        if now and name not in {n for n, _ in now}:
            out[name] = now
    return out


# what may stand right before a two-character former place (「重庆市开县」「2019年开县」「那开县呢」「我们户县」): a place, a year,
# a joining or asking word
_NAME_BOUND = frozenset("省市州盟区县年的在和与及、那这们问查看说把跟比")


def tokens(text: str) -> list[Token]:
    """The former names in a text, left to right: department forms (longest first, so 「规划局」 inside
    「自然资源和规划局」 is no token) and places."""
    places = _former_places()
    plens = sorted({len(p) for p in places}, reverse=True)
    out: list[Token] = []
    i = 0
    while i < len(text):
        place = next((text[i : i + n] for n in plens if text[i : i + n] in places), None)
        if place is not None and any(G.by_name(text[j : i + len(place)]) for j in range(max(0, i - 4), i)):
            place = None  # (the end of a current name: 「西林县」 holds no 「林县」)
        if (
            place is not None
            and len(place) == 2
            and i
            and "\u4e00" <= text[i - 1] <= "\u9fff"
            and text[i - 1] not in _NAME_BOUND
        ):
            place = None  # (a two-character name inside a word: 「不予公开县里的」 holds no 「开县」)
        if place is not None:
            now_codes = places[place]
            names, codes = tuple(n for n, _ in now_codes), tuple(c for _, c in now_codes)
            out.append(Token(i, i + len(place), place, names, "place", place, codes))
            i += len(place)
            continue
        hit = _body_at(text, i)
        if hit is None:
            i += 1
            continue
        end, full = hit
        now = successors(full)
        if now:
            out.append(Token(i, end, text[i:end], now, "body", full))
        i = end
    return out


def rewrites(text: str) -> list[Rewrite]:
    """The text with its former names put in their successors' names (every combination, likeliest first; a name
    may also stay as written when another is replaced: 「顺德县教育局」 is 顺德区教育局, its 教育局 kept)."""
    toks = tokens(text)
    if not toks:
        return []
    out: list[Rewrite] = []
    # (a former place is always replaced: kept, it names no current place, and the body after it would be read alone)
    options = [(*t.now, t.written) if t.kind == "body" else t.now for t in toks]
    for choice in itertools.product(*options):
        if all(now == t.written for t, now in zip(toks, choice, strict=True)):
            continue
        parts, said, at, place_end, codes, bodies = [], [], 0, None, [], []
        for t, now in zip(toks, choice, strict=True):
            parts.append(text[at : t.start])
            if t.kind == "body" and place_end is None:
                place_end = len("".join(parts))
            parts.append(now)
            if now != t.written:
                said.append((t.written, now))
                codes += [t.codes[t.now.index(now)]] if t.codes else []
                bodies += [now] if t.kind == "body" else []
            at = t.end
        parts.append(text[at:])
        new = "".join(parts)
        if place_end is None:  # places only: the place run ends after the last one
            place_end = len("".join(parts[:-1]))
        out.append(Rewrite(new, tuple(said), place_before(new, place_end), tuple(codes), tuple(bodies)))
        if len(out) >= MAX_REWRITES:
            break
    return out


_PLACE_RUN = re.compile(r"[\u4e00-\u9fff]{0,10}$")
_NOT_PLACE = re.compile(r"[年的和与跟在是问查下个们咱这那]")


# a year written between the place and the department (「夏河县2022年卫计委」「夏河县二〇二二年度的卫计委」「夏河县去年卫计委」)
_YEAR_BETWEEN = re.compile(
    r"(?:(?:\d{2}|\d{4}|[〇零一二三四五六七八九]{2,4})年度?|[今去前]年|上一?年|本年度?)(?:的|里|中)?$"
)


def place_before(text: str, end: int) -> str:
    """The place written right before `end` (「想问下青岛黄岛」 → 「青岛黄岛」): the CJK run, cut after a word that
    names no place; a year right before `end` is stepped over (「夏河县2022年卫计委」 → 「夏河县」)."""
    head = text[:end]
    y = _YEAR_BETWEEN.search(head)
    if y is not None and y.start() > 0:
        head = head[: y.start()]
    m = _PLACE_RUN.search(head)
    return _NOT_PLACE.split(m.group() if m else "")[-1]
