"""Which reports a question is about. The catalogue is every stored report's id, agency, year and
the forms its agency's name takes (full name, short name, place, bare place); it is read once per
store change and kept by the `Asker`. Agencies in a question are found by looking up its substrings
in that index of forms — exact over partial: 「淮安市」 names 淮安市人民政府, never 洪泽区 (the
forms of a body never include its parent region), and the full name of one body beats a short form
of another. Two bodies left for one mention → 「找到多个机关：…」, never a silent pick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.agency import agency_key
from extractor.normalize import fold, squash

from .question import Scope

_LEVEL = r"(?:省|自治区|市|自治州|州|地区|盟|区|县|自治县|旗|镇|乡|街道)"
_GOV_OFFICE = ("人民政府办公厅", "人民政府办公室", "政府办公厅", "政府办公室")
_SUFFIXES = (*_GOV_OFFICE, "人民政府", "管委会", "管理委员会", "管理局", "街道办事处", "办事处")
_PLACE_IN_Q = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:省|市|区|县|旗|镇|乡))(?:人民政府|政府|[\u4e00-\u9fff]{0,6}?(?:局|厅|委|办))?")
_NOT_PLACE = re.compile(r"^(?:全|本|我|各|该|此|城|社|辖|片|园|市|省|县|区|地)")
MAX_FORM = 24


def name_forms(name: str) -> dict[str, int]:
    """Forms a user may write for an agency, each with a rank (0 = the name itself, 1 = the body's
    place, 2 = a short form). A parent region is never a form (「淮安市」 is not 洪泽区)."""
    full = squash(name)
    key = agency_key(name)
    forms: dict[str, int] = {}

    def add(form: str, rank: int) -> None:
        if len(form) >= 2 and rank < forms.get(form, 9):
            forms[form] = rank

    add(full, 0)
    add(key, 0)
    for base in (full, key):
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) > len(suffix) + 1:
                place = base[: -len(suffix)]
                add(place, 1)
                if suffix in _GOV_OFFICE:  # the office's report is its government's report
                    add(place + "人民政府", 0)
                    add(place + "政府", 1)
                add(place + "政府", 1)
                bare = re.sub(rf"{_LEVEL}$", "", place)
                add(bare, 2)
                break
    # a department: 「河北省教育厅」 → 省教育厅, 教育厅; 「上海市科委」 → 市科委, 科委
    m = re.match(rf"^(.{{2,8}}?)({_LEVEL})(.{{2,12}})$", key)
    if m and not any(key.endswith(s) for s in _SUFFIXES):
        dept = m.group(3)
        add(m.group(2) + dept, 2)
        add(dept, 2)
        add(re.sub(rf"{_LEVEL}$", "", m.group(1)) + dept, 1)
    if re.match(r"^[\u4e00-\u9fff]{2}", key) and not m:
        add(key[:2], 2)  # 「平潭」「洪泽」
    return {f: r for f, r in forms.items() if len(f) <= MAX_FORM}


@dataclass
class Entry:
    id: str
    agency: str | None
    agency_key: str
    year: int | None
    template: str | None
    source: str | None
    ingested_at: str | None = None
    n_errors: int = 0


@dataclass
class Resolved:
    """The reports a question is about, and how to say so (「范围：淮安市人民政府 2024年」)."""

    ids: list[str]
    scope: Scope
    agencies: list[str] = field(default_factory=list)  # canonical names resolved
    ambiguous: list[str] = field(default_factory=list)  # several bodies for one mention
    unknown: str | None = None  # a body named that the store holds no report of
    corpus: bool = False  # no agency named: every report (of the years asked)

    def statement(self, entries: dict[str, Entry]) -> str:
        years = sorted({entries[i].year for i in self.ids if entries[i].year})
        if self.corpus:
            who = f"全部{len({entries[i].agency_key or i for i in self.ids})}个机关"
        else:
            who = "、".join(self.agencies) or "、".join(sorted({entries[i].agency or i for i in self.ids}))
        when = ""
        if years:
            when = f" {years[0]}年" if len(years) == 1 else f" {years[0]}—{years[-1]}年"
        return f"范围：{who}{when}（{len(self.ids)}份报告）" if len(self.ids) > 1 else f"范围：{who}{when}"


class Catalogue:
    """Every stored report (one row each) and the index of agency name forms."""

    def __init__(self, rows: list[dict]):
        self.entries: dict[str, Entry] = {}
        for r in rows:
            self.entries[r["id"]] = Entry(r["id"], r.get("agency"), r.get("agency_key") or "", r.get("year"),
                                          r.get("template"), r.get("source"), r.get("ingested_at"),
                                          r.get("n_errors") or 0)
        # one report per agency and year: a second stored version (an edited re-upload) is a
        # variant; answers count the latest ingested once
        latest: dict[tuple[str, int | None], Entry] = {}
        for e in self.entries.values():
            k = (e.agency_key or e.id, e.year)
            if k not in latest or (e.ingested_at or "", e.id) > (latest[k].ingested_at or "", latest[k].id):
                latest[k] = e
        self.current = {e.id for e in latest.values()}
        self.by_agency: dict[str, list[str]] = {}
        self.names: dict[str, str] = {}
        for e in self.entries.values():
            if e.agency_key:
                self.by_agency.setdefault(e.agency_key, []).append(e.id)
                self.names.setdefault(e.agency_key, e.agency or e.agency_key)
        self.forms: dict[str, dict[str, int]] = {}  # form → {agency_key: rank}
        for key, name in self.names.items():
            for form, rank in name_forms(name).items():
                self.forms.setdefault(fold(form), {})
                prev = self.forms[fold(form)].get(key, 9)
                self.forms[fold(form)][key] = min(prev, rank)
        self.max_form = max((len(f) for f in self.forms), default=0)

    def __len__(self) -> int:
        return len(self.entries)

    # ------------------------------------------------------------------ agencies
    def mentions(self, text: str) -> list[tuple[int, int, dict[str, int]]]:
        """Maximal non-overlapping spans of the text that are a form of some stored agency."""
        q = fold(text)
        found: list[tuple[int, int, dict[str, int]]] = []
        for i in range(len(q)):
            for j in range(min(len(q), i + self.max_form), i + 1, -1):
                hit = self.forms.get(q[i:j])
                if hit:
                    found.append((i, j, hit))
                    break
        found.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        kept: list[tuple[int, int, dict[str, int]]] = []
        for h in found:
            if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
                kept.append(h)
        kept.sort(key=lambda h: h[0])
        # 「平潭君山片区」「淮安市洪泽区」: a place written right before a body is that body's address
        return [h for i, h in enumerate(kept) if not (i + 1 < len(kept) and kept[i + 1][0] == h[1])]

    def agencies_named(self, text: str, years: list[int]) -> tuple[list[list[str]], list[str]]:
        """For each agency mention: the agency keys it resolves to (best rank, then those with a
        report in the years asked); and the mentions as written."""
        out: list[list[str]] = []
        written: list[str] = []
        q = fold(text)
        for i, j, hit in self.mentions(text):
            best = min(hit.values())
            keys = [k for k, r in hit.items() if r == best]
            if len(keys) > 1 and years:
                with_year = [k for k in keys if any(self.entries[x].year in years for x in self.by_agency[k])]
                keys = with_year or keys
            if keys not in out:
                out.append(sorted(keys))
                written.append(q[i:j])
        return out, written

    def resolve(self, text: str, scope: Scope, agency: str | None = None) -> Resolved:
        if scope.report_id:
            ids = [scope.report_id] if scope.report_id in self.entries else []
            e = self.entries.get(scope.report_id)
            return Resolved(ids, scope, agencies=[e.agency or e.id] if e else [])
        groups, written = self.agencies_named(agency or text, scope.years)
        if agency and not groups:  # an --agency the catalogue does not know
            return Resolved([], scope, unknown=agency)
        if not groups and not agency:
            unknown = _place_named(text)
            if unknown:
                return Resolved([], scope, unknown=unknown)
        scope = scope.model_copy(update={"agencies": written})
        ambiguous = [k for g in groups if len(g) > 1 for k in g]
        if ambiguous:
            return Resolved([], scope, ambiguous=[self.names[k] for k in ambiguous])
        keys = [g[0] for g in groups]
        pool = [i for k in keys for i in self.by_agency[k]] if keys else list(self.entries)
        pool = [i for i in pool if i in self.current]
        if scope.years:
            pool = [i for i in pool if self.entries[i].year in scope.years]
        elif scope.latest and pool:
            newest: dict[str, int] = {}
            for i in pool:
                k = self.entries[i].agency_key or i
                newest[k] = max(newest.get(k, 0), self.entries[i].year or 0)
            pool = [i for i in pool if (self.entries[i].year or 0) == newest[self.entries[i].agency_key or i]]
        pool.sort(key=lambda i: (self.entries[i].agency_key, self.entries[i].year or 0, i))
        return Resolved(pool, scope, agencies=[self.names[k] for k in keys], corpus=not keys)


def _place_named(text: str) -> str | None:
    """A region or body the question names (「火星市」) — generic words (全市, 本区) do not count."""
    for m in _PLACE_IN_Q.finditer(fold(text)):
        if not _NOT_PLACE.match(m.group(1)):
            return m.group(0)
    return None
