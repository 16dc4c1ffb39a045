"""Body names without their place: 「科学技术厅」 and its short forms (「科技厅」「科委」「发改局」), and the
government's own forms (「人民政府」「政府办」「管委会」). Data: extractor/data/departments.tsv."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "departments.tsv"

_SHORT_SUFFIX = {"委员会": "委", "办公室": "办", "管理委员会": "管委会", "联合会": "联"}


@dataclass(frozen=True, slots=True)
class Body:
    """A standard body: `full` 「科学技术厅」, `short` 「科技厅」; `kind` government | office |
    department (a government's 办公厅/办公室 reports for the government: 「市级政府」 in the gold)."""

    full: str
    short: str
    kind: str


GOVERNMENT = Body("人民政府", "政府", "government")
GENERAL_OFFICE = Body("人民政府办公厅", "政府办公厅", "office")
OFFICE = Body("人民政府办公室", "政府办", "office")
ADMIN_OFFICE = Body("行政公署", "行署", "government")
COMMITTEE = Body("管理委员会", "管委会", "government")
STREET_OFFICE = Body("街道办事处", "街道办", "government")

_GOVERNMENT_FORMS = {
    "人民政府": GOVERNMENT,
    "政府": GOVERNMENT,
    "人民政府办公厅": GENERAL_OFFICE,
    "政府办公厅": GENERAL_OFFICE,
    "人民政府办公室": OFFICE,
    "政府办公室": OFFICE,
    "政府办": OFFICE,
    "府办": OFFICE,
    "行政公署": ADMIN_OFFICE,
    "行署": ADMIN_OFFICE,
    "管理委员会": COMMITTEE,
    "管委会": COMMITTEE,
    "党工委管委会": COMMITTEE,
}


def _short_suffix(suffix: str) -> str:
    return _SHORT_SUFFIX.get(suffix, suffix)


@functools.cache
def _forms() -> dict[str, Body]:
    """Every written form → its standard body. Full names first, so a full name written in a report
    is never taken for another body's short form; then the table's own short forms; then the
    generated ones (short stem × full or short suffix)."""
    entries = []
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t") + [""] * 4
            stem, shorts, suffixes, extra = cols[0], cols[1].split("|"), cols[2].split("|"), cols[3]
            extras = [tuple(x.split(">")) for x in extra.split("|") if ">" in x]
            entries.append((stem, [s for s in shorts if s], suffixes, extras))
    full: dict[str, Body] = {}
    for stem, shorts, suffixes, extras in entries:
        for suffix in suffixes:
            std = next(
                (form for form, sfx in extras if sfx == suffix), (shorts[0] if shorts else stem) + _short_suffix(suffix)
            )
            full.setdefault(stem + suffix, Body(stem + suffix, std, "department"))
    out: dict[str, Body] = dict(_GOVERNMENT_FORMS)
    for form, body in full.items():
        out.setdefault(form, body)
    for stem, _, _, extras in entries:
        for form, suffix in extras:
            out.setdefault(form, full[stem + suffix])
    for stem, shorts, suffixes, _ in entries:
        for suffix in suffixes:
            body = full[stem + suffix]
            for s in [stem, *shorts]:
                for sfx in (suffix, _short_suffix(suffix)):
                    out.setdefault(s + sfx, body)
    return out


@functools.cache
def _stems() -> tuple[tuple[str, str], ...]:
    """(stem, suffix) of every department of the table, as its full name is written."""
    out = []
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                cols = line.rstrip("\n").split("\t") + [""] * 4
                out += [(cols[0], sfx) for sfx in cols[2].split("|") if sfx]
    return tuple(out)


def _parts(stem: str) -> tuple[str, ...] | None:
    """A merged department's lines of work (「文化旅游广电体育」: 文化 旅游 广电 体育), two characters each."""
    bare = stem.replace("和", "")
    return tuple(bare[i : i + 2] for i in range(0, len(bare), 2)) if len(bare) % 2 == 0 else None


def _within(few: tuple[str, ...], many: tuple[str, ...]) -> bool:
    it = iter(many)
    return all(part in it for part in few)


# the lines merged into one culture body in the reforms of 2018–2019 (文化旅游广电体育局, 文化广电体育和旅游局…),
# which people name by some of them; other merged names are bodies of their own (食品药品监督管理局 is not
# 药品监督管理局's, 住房和城乡建设交通运输局 not 交通运输局's)
_CULTURE_LINES = frozenset({"文化", "旅游", "广电", "体育"})
# the lines a merged culture body may hold besides, never named alone as its short name (「文旅局」 said of 袁州区
# 文化广电新闻出版旅游局: zleft)
_CULTURE_MORE = _CULTURE_LINES | {"新闻", "出版"}


def wider(full: str) -> tuple[str, ...]:
    """The merged culture departments a user names by some of their lines (「文旅体局」, 文化旅游体育局, said of
    新化县文化旅游广电体育局 — 广电 left out as people do): full names of the table whose lines hold this
    name's lines in order, with more between. Only a name of two lines or more: 「文化局」 is a body of its own."""
    for stem, suffix in _stems():
        if full == stem + suffix:
            few = _parts(stem)
            if few is None or len(few) < 2 or not _CULTURE_LINES.issuperset(few):
                return ()
            return tuple(
                s + x
                for s, x in _stems()
                if x == suffix and s != stem and (p := _parts(s)) and _CULTURE_MORE.issuperset(p) and _within(few, p)
            )
    return ()


def body(form: str) -> Body | None:
    """The standard body a written form stands for: 「科委」→ 科学技术委员会, 「发改局」→ 发展和改革局,
    「政府办」→ 人民政府办公室. None for anything else (「办公室」 alone names no body)."""
    return _forms().get(form)


@functools.cache
def max_form_length() -> int:
    return max(map(len, _forms()))


def forms_of(b: Body) -> set[str]:
    """Every written form of a body (its full name, its short forms)."""
    return {form for form, x in _forms().items() if x == b}


@functools.cache
def _forms_by_body() -> dict[Body, frozenset[str]]:
    out: dict[Body, set[str]] = {}
    for form, b in _forms().items():
        out.setdefault(b, set()).add(form)
    return {b: frozenset(v) for b, v in out.items()}


def all_forms(b: Body) -> frozenset[str]:
    return _forms_by_body().get(b, frozenset({b.full, b.short}))


@functools.cache
def _lengths() -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for form in _forms():
        out.setdefault(form[:2], set()).add(len(form))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


@functools.cache
def _unjoined() -> dict[str, Body]:
    """A merged department's full name written without its 和 (「文化广电新闻出版旅游局」, as 袁州区's is printed) →
    the body of the table's name with it (zleft)."""
    out: dict[str, Body] = {}
    for stem, sfx in _stems():
        b = body(stem + sfx)
        if "和" in stem and b is not None:
            out.setdefault(stem.replace("和", "") + sfx, b)
    return out


def unjoined(name: str) -> Body | None:
    """The body a merged department's full name written without its 和 stands for (None for any other text)."""
    return _unjoined().get(name)


def form_lengths(first_two: str) -> tuple[int, ...]:
    """Lengths of the body forms that begin with these two characters, longest first."""
    return _lengths().get(first_two, ())
