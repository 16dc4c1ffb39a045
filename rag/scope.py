"""Which reports a question is about. The catalogue is every stored report's id, agency, year and
the forms its agency's name takes (full name, short name, place, bare place); it is read once per
store change and kept by the `Asker`. Agencies in a question are found by looking up its substrings
in that index of forms — exact over partial: 「淮安市」 names 淮安市人民政府, never 洪泽区 (the
forms of a body never include its parent region), and the full name of one body beats a short form
of another. Two bodies left for one mention → 「找到多个机关：…」, never a silent pick.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from extractor import gazetteer as G
from extractor.agency import agency_key, identify, name_forms as name_forms_of
from extractor.normalize import fold, squash

from .lazyre import lazy
from .question import Scope

_LEVEL = r"(?:省|自治区|市|自治州|州|地区|盟|区|县|自治县|旗|镇|乡|街道)"
_GOV_OFFICE = ("人民政府办公厅", "人民政府办公室", "政府办公厅", "政府办公室")
_SUFFIXES = (*_GOV_OFFICE, "人民政府", "管委会", "管理委员会", "管理局", "街道办事处", "办事处")
# (a place's name holds no connective: 「…代表建议和省政协委员」 names no 「建议和省」)
_PLACE_IN_Q = lazy(
    # (「市长信箱」「市民」「区域」 are words, not a place; 「办结率」「办理」 are not a 办)
    r"((?:(?![的在所和与及跟同是了])[\u4e00-\u9fff]){2,6}?(?:省|市|区|县|旗|镇|乡)(?![长民场域]))"
    r"(?:人民政府|政府|[\u4e00-\u9fff]{0,6}?(?:局|厅|委(?!员)|办(?![结理事件])))?"
)
# a region's own government written out (「淮安市本级」「淮安市政府」, not 「市政府办」): its reports, not its bodies'
_REGION_GOV = lazy(
    r"((?:(?![的在所和与及跟同是了])[\u4e00-\u9fff]){2,4}?[省市县区])(?:本级|人民政府|政府)(?!办|的办|工作|信息|网站|门户)"
)
# the state, or the whole country: never one of the stored local bodies
_NATIONAL = lazy(r"国务院|全国(?!人大|政协)|党中央|中共中央|国家[\u4e00-\u9fff]{1,8}?(?:局|部|委员会|委|署)")
_NOT_PLACE = lazy(r"^(?:全|本|我|各|该|此|城|社|辖|片|园|市|省|县|区|地)")
MAX_FORM = 24
_CJK = lazy(r"[\u4e00-\u9fff]")


def name_forms(name: str) -> dict[str, int]:
    """Forms a user may write for an agency, each with a rank (0 = the name itself, 1 = a form that
    names its place, 2 = a short form naming no place, 「科技厅」). The agency module's gazetteer
    and department table give the forms (「上海科委」「河北人社厅」「洪泽」); the name's own place
    forms are added (「平潭君山片区」). A parent region is never a form (「淮安市」 is not 洪泽区)."""
    forms: dict[str, int] = {}

    def add(form: str, rank: int) -> None:
        if len(form) >= 2 and rank < forms.get(form, 9):
            forms[form] = rank

    ident = identify(name)
    if ident is not None:
        placed = name_forms_of(ident, generic=False)
        for f in name_forms_of(ident, generic=True):
            add(f, 1 if f in placed else 2)
        for f in (ident.name, ident.full, ident.short):
            add(squash(f), 0)
    for f, r in _own_forms(name).items():
        add(f, r)
    # 「河北人社抖音发布视频几条」: a province's department by its place and short name alone (河北人社, 河北教育,
    # the brand its accounts go by), from its placed form 「河北人社厅」
    for f, r in list(forms.items()):
        if r == 1 and len(f) == 5 and f.endswith("厅"):
            add(f[:-1], 1)
    # a form names a body in Chinese: at least two CJK characters (never 「19」 out of a bad name)
    return {f: r for f, r in forms.items() if len(f) <= MAX_FORM and len(_CJK.findall(f)) >= 2}


def _own_forms(name: str) -> dict[str, int]:
    """Forms read off the name itself: the key, the place before the body suffix, the bare place."""
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
                    for other in _GOV_OFFICE:  # 「安康市人民政府办公厅」 written for its 办公室: one general office
                        add(place + other, 1)
                add(place + "政府", 1)
                bare = re.sub(rf"{_LEVEL}$", "", place)
                add(bare, 2)
                break
    m = re.match(rf"^(.{{2,8}}?)({_LEVEL})(.{{2,12}})$", key)
    if m and not any(key.endswith(s) for s in _SUFFIXES):
        dept = m.group(3)
        add(m.group(2) + dept, 2)
        add(dept, 2)
        add(re.sub(rf"{_LEVEL}$", "", m.group(1)) + dept, 1)
    if re.match(r"^[\u4e00-\u9fff]{2}", key) and not m:
        add(key[:2], 2)  # 「平潭」「洪泽」
    zones = _ZONE.findall(full)
    if len(zones) >= 2 or zones and not full.startswith(zones[-1]):  # 「平潭综合实验区君山片区管理局」
        add(zones[-1], 1)  # 「君山片区」
        add(full[:2] + zones[-1], 1)  # 「平潭君山片区」
    return forms


_ZONE = lazy(r"[\u4e00-\u9fff]{2,6}?(?:片区|园区|开发区|新区|高新区|经开区|试验区|实验区|保税区|管理区|工业区)")


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
    missing: list[str] = field(default_factory=list)  # agencies named beside others with no report of the years asked
    corpus: bool = False  # no agency named: every report (of the years asked)
    n_agencies: int | None = None  # for a corpus scope, counted by the store (not report by report)
    years: list[int] = field(default_factory=list)  # the years the scope's reports cover (corpus scope)
    # a corpus scope is a filter on the store, not a list: the years it keeps (None: all), the older
    # versions it leaves out, its size; its ids are read only if a handler asks for them
    sql_years: list[int] | None = None
    excluded: frozenset[str] = frozenset()
    size: int | None = None
    loader: Callable[[], list[str]] | None = None

    @property
    def n(self) -> int:
        return self.size if self.size is not None else len(self.ids)

    def report_ids(self) -> list[str]:
        if self.loader is not None:
            self.ids, self.loader = self.loader(), None
        return self.ids

    def keeps(self, rid: str) -> bool:
        """Is a report the store returned for this scope's filter inside the scope? (Every report
        of a corpus scope's years but the older versions; for a list scope, its members.)"""
        if self.corpus and self.size is not None:
            return rid not in self.excluded
        members = getattr(self, "_members", None)
        if members is None:
            members = set(self.ids)
            object.__setattr__(self, "_members", members)
        return rid in members

    def statement(self, entry) -> str:
        """`entry`: report id → Entry (read only for a scope that names its agencies)."""
        if self.corpus and self.n_agencies is not None:
            years, who = self.years, f"全部{self.n_agencies}个机关"
        else:
            es = [entry(i) for i in self.report_ids()]
            years = sorted({e.year for e in es if e.year})
            if self.corpus:
                who = f"全部{len({e.agency_key or e.id for e in es})}个机关"
            else:
                who = "、".join(self.agencies) or "、".join(sorted({e.agency or e.id for e in es}))
        when = ""
        if years:
            when = f" {years[0]}年" if len(years) == 1 else f" {years[0]}—{years[-1]}年"
        return f"范围：{who}{when}（{self.n}份报告）" if self.n > 1 else f"范围：{who}{when}"


class Catalogue:
    """The reports questions are resolved against, and the index of agency name forms. This one
    holds them in memory (built from report rows); `StoreCatalogue` reads the same from the store
    on demand. The resolution logic is the same for both."""

    def __init__(self, rows: list[dict]):
        # one current report per agency and year: the store marks the versions an edited re-upload
        # replaced (superseded_by); they are not resolved against
        rows = [r for r in rows if not r.get("superseded_by")]
        self.entries: dict[str, Entry] = {r["id"]: _entry(r) for r in rows}
        self._by_agency: dict[str, list[str]] = {}
        self.names: dict[str, str] = {}
        for e in self.entries.values():
            if e.agency_key:
                self._by_agency.setdefault(e.agency_key, []).append(e.id)
                self.names.setdefault(e.agency_key, e.agency or e.agency_key)
        self._forms: dict[str, dict[str, int]] = {}  # form (folded, as squash makes it) → {agency_key: rank}
        for key, name in self.names.items():
            for form, rank in name_forms(name).items():
                slot = self._forms.setdefault(form, {})
                slot[key] = min(slot.get(key, 9), rank)

    # ------------------------------------------------------------------ primitives (overridden by StoreCatalogue)
    def forms_of(self, candidates: set[str]) -> dict[str, dict[str, int]]:
        return {f: self._forms[f] for f in candidates if f in self._forms}

    def reports(self, keys: list[str] | None, years: list[int] | None) -> list[Entry]:
        ids = [i for k in keys for i in self._by_agency.get(k, [])] if keys is not None else list(self.entries)
        out = [self.entries[i] for i in ids]
        return [e for e in out if e.year in years] if years else out

    def entry(self, rid: str) -> Entry | None:
        return self.entries.get(rid)

    def name(self, key: str) -> str:
        return self.names.get(key, key)

    # ------------------------------------------------------------------ agencies
    def mentions(self, text: str) -> list[tuple[int, int, dict[str, int]]]:
        """Maximal non-overlapping spans of the text that are a form of some stored agency."""
        q = fold(text)
        spans = {(i, j) for i in range(len(q)) for j in range(i + 2, min(len(q), i + MAX_FORM) + 1)}
        known = self.forms_of({q[i:j] for i, j in spans})
        found: list[tuple[int, int, dict[str, int]]] = []
        for i in range(len(q)):
            for j in range(min(len(q), i + MAX_FORM), i + 1, -1):
                hit = known.get(q[i:j])
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
        # (「洪泽平潭」 are two bodies: the first is an address only when it is part of the second's name)
        return [
            h
            for i, h in enumerate(kept)
            if not (i + 1 < len(kept) and kept[i + 1][0] == h[1] and self._address_of(h, kept[i + 1]))
        ]

    def _address_of(self, first: tuple[int, int, dict[str, int]], second: tuple[int, int, dict[str, int]]) -> bool:
        """Is the first mention a place in the name of the second's agency (「平潭综合实验区」 before 「君山片区」)?"""
        names = [fold(self.name(k)) + k for k in second[2]]
        own = [fold(self.name(k)) + k for k in first[2]]
        return any(a in n for a in own for n in names) or any(
            re.sub(r"(?:人民政府|政府|管委会|管理委员会)$", "", fold(self.name(k))) in n
            for k in first[2]
            for n in names
        )

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
                with_year = sorted({e.agency_key for e in self.reports(keys, years)})
                keys = with_year or keys
            if sorted(keys) not in out:
                out.append(sorted(keys))
                written.append(q[i:j])
        return out, written

    def resolve(self, text: str, scope: Scope, agency: str | None = None) -> Resolved:
        if scope.report_id:
            e = self.entry(scope.report_id)
            if e is not None and e.agency_key:
                # 「洪泽区收到多少申请」「陕西省政府…」 asked while reading 安康's report: another body's figure
                # is not this report's — refused, never answered with the report read
                free = self.resolve(text, scope.model_copy(update={"report_id": None, "years": []}))
                if free.unknown and re.search(r"(?:政府|本级|[厅局委办])$", free.unknown):
                    # (a body written out — 「陕西省政府」 — not any place-shaped run: 「年全区」「本市」)
                    return Resolved([], scope, unknown=free.unknown)
                groups, written = self.agencies_named(text, [])
                own = fold(e.agency or "")
                other = [
                    w
                    for g, w in zip(groups, written, strict=True)
                    if e.agency_key not in g
                    and re.sub(r"[省市区县]$", "", w) not in own  # (「上海科技」 in 上海市科委's)
                    # 「全区政府信息公开单位」: 全区/本市 is the region of the report read, not a 区政府 named
                    and not (w[0] in "省市区县" and re.search(rf"[全本我各该]{re.escape(w)}", fold(text)))
                ]
                if other and len(other) == len(groups):
                    return Resolved([], scope, unknown=other[0])
            return Resolved([e.id] if e else [], scope, agencies=[e.agency or e.id] if e else [])
        groups, written = self.agencies_named(agency or text, scope.years)
        if agency and not groups:  # an --agency the catalogue does not know
            return Resolved([], scope, unknown=agency)
        foreign = None if agency else self._foreign_place(text)
        if foreign:  # 「北京市科委」 is not 上海市科委, 「安康市汉滨区」 not 安康市政府办
            return Resolved([], scope, unknown=foreign)
        if not groups and not agency:
            unknown = _place_named(text)
            if unknown:
                return Resolved([], scope, unknown=unknown)
        scope = scope.model_copy(update={"agencies": written})
        level = _REGION_GOV.search(fold(text)) if groups and not agency else None
        if (
            level
            and not any(_own_place(level.group(1), fold(self.name(k))) for g in groups for k in g)
            and any(G.by_name(level.group(1)[-n:]) for n in range(2, len(level.group(1)) + 1))
        ):  # (a division of the gazetteer, read only when about to refuse: not any run before 区政府)  # 「洪泽所在的淮安市本级」「淮安市政府」: a body of the region is not the region's government
            return Resolved([], scope, unknown=level.group())
        ambiguous = [k for g in groups if len(g) > 1 for k in g]
        if ambiguous:
            return Resolved([], scope, ambiguous=[self.name(k) for k in ambiguous])
        keys = [g[0] for g in groups]
        pool = self.reports(keys or None, scope.years or None)
        paired = self._years_by_agency(text) if len(keys) > 1 and not agency else {}
        if paired:  # 「平潭2021年和省教育厅2023年」: each agency in the years written after it
            pool = [e for e in pool if e.agency_key not in paired or e.year in paired[e.agency_key]]
        if not scope.years and scope.latest and pool:
            newest: dict[str, int] = {}
            for e in pool:
                newest[e.agency_key or e.id] = max(newest.get(e.agency_key or e.id, 0), e.year or 0)
            pool = [e for e in pool if (e.year or 0) == newest[e.agency_key or e.id]]
        pool.sort(key=lambda e: (e.agency_key, e.year or 0, e.id))
        self.remember(pool)
        have = {e.agency_key for e in pool}
        # 「安康和省教育厅2021年」: 安康 has no 2021 report — said beside the answer, never silently dropped
        missing = [self.name(k) for k in keys if k not in have] if len(keys) > 1 and scope.years and pool else []
        return Resolved(
            [e.id for e in pool], scope, agencies=[self.name(k) for k in keys], corpus=not keys, missing=missing
        )

    def remember(self, entries: list[Entry]) -> None:
        """Entries just read (kept for the answer's names and years)."""

    def _years_by_agency(self, text: str) -> dict[str, set[int]]:
        """The years written right after each agency mention, up to the next one — when at least two
        mentions have their own years (else the years asked are every agency's)."""
        from .intent import years_in

        q = fold(text)
        spans = self.mentions(text)
        out: dict[str, set[int]] = {}
        for n, (_, j, hit) in enumerate(spans):
            end = spans[n + 1][0] if n + 1 < len(spans) else len(q)
            ys = set(years_in(q[j:end]))
            best = min(hit.values())
            for k in (k for k, r in hit.items() if r == best):
                if ys:
                    out.setdefault(k, set()).update(ys)
        return out if len(out) > 1 else {}

    def _foreign_place(self, text: str) -> str | None:
        """A body the question names by a stored agency's short form with another division written
        right before it (「北京市科委」 → 科委 of 上海), or by a stored place with a division of its own
        right after it (「安康市汉滨区」): a body the store holds no report of. The divisions are the
        gazetteer's names, never any run of characters; one that is part of the agency's own name
        (「河北省科技厅」) is that agency."""
        q = fold(text)
        spans = self.mentions(text)
        for i, j, hit in spans:
            names = [fold(self.name(k)) + k for k in hit]
            # 「北京市科委」 found as 「市科委」: the level written is part of the division before it
            before = _division_ending(q, i + 1 if q[i] in "省市区县" else i) if min(hit.values()) >= 1 else None
            if before and not any(before[1] in n for n in names):
                return before[0] + q[i + 1 if q[i] in "省市区县" else i : j]
            after = _division_starting(q, j)
            if after and not any(k[0] == j for k in spans) and not any(after[1] in n for n in names):
                return q[i:j] + after[0]
        return None


def _entry(r) -> Entry:
    """An Entry from a report row (sqlite3.Row, or a dict that may leave fields out)."""
    g = cast(Callable[[str], Any], r.get if isinstance(r, dict) else r.__getitem__)
    return Entry(
        g("id"),
        g("agency"),
        g("agency_key") or "",
        g("year"),
        g("template"),
        g("source"),
        g("ingested_at"),
        g("n_errors") or 0,
    )


FORMS_FORMAT = 3  # bump when name_forms changes: the stored forms are rebuilt


class StoreCatalogue(Catalogue):
    """The catalogue read from the store on demand: a question's substrings are looked up in a
    table of agency name forms (kept beside the reports, extended when agencies are added), and only
    the reports of the agencies found — or, for a corpus question, of the years asked — are read.
    A cold `xxgk ask` never loads every report; a corpus question reads one row per report."""

    def __init__(self, store):
        self.store = store
        self.entries = {}
        self.names = {}
        self._synced: tuple[int, int] | None = None
        self._memory_forms: dict[str, dict[str, int]] | None = None  # a read-only store: forms kept here
        self._corpus_cache: dict[tuple, dict] = {}  # corpus scope summaries by (years, latest, store version)

    def sync(self) -> None:
        """Name forms for every agency not yet in the forms table (incremental; once per store change)."""
        version = self.store.version()
        if version == self._synced:
            return
        db = self.store.db
        try:
            with db:
                db.execute("CREATE TABLE IF NOT EXISTS agency_forms(form TEXT, agency_key TEXT, rank INTEGER)")
                db.execute("CREATE INDEX IF NOT EXISTS agency_forms_form ON agency_forms(form)")
                db.execute(
                    "CREATE TABLE IF NOT EXISTS agency_names(agency_key TEXT PRIMARY KEY, name TEXT, format INTEGER)"
                )
                db.execute(
                    "DELETE FROM agency_forms WHERE agency_key IN (SELECT agency_key FROM agency_names WHERE format<>?)",
                    (FORMS_FORMAT,),
                )
                db.execute("DELETE FROM agency_names WHERE format<>?", (FORMS_FORMAT,))
                missing = db.execute(
                    "SELECT agency_key, MIN(agency) FROM reports WHERE agency_key<>'' AND superseded_by IS NULL AND agency_key NOT IN "
                    "(SELECT agency_key FROM agency_names) GROUP BY agency_key"
                ).fetchall()
                for key, name in missing:
                    db.executemany(
                        "INSERT INTO agency_forms VALUES (?,?,?)",
                        [(f, key, r) for f, r in name_forms(name or key).items()],
                    )
                db.executemany(
                    "INSERT INTO agency_names VALUES (?,?,?)", [(k, n or k, FORMS_FORMAT) for k, n in missing]
                )
        except sqlite3.OperationalError:  # read-only data directory: the forms are built in memory
            self._memory_forms = Catalogue(self.store.catalogue_rows())._forms
        self._synced = version
        self.entries = {}

    def forms_of(self, candidates: set[str]) -> dict[str, dict[str, int]]:
        self.sync()
        if self._memory_forms is not None:
            return {f: self._memory_forms[f] for f in candidates if f in self._memory_forms}
        out: dict[str, dict[str, int]] = {}
        rows = self.store.db.execute(
            "SELECT form, agency_key, rank FROM agency_forms WHERE form IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(candidates), ensure_ascii=False),),
        )
        for form, key, rank in rows:
            slot = out.setdefault(form, {})
            slot[key] = min(slot.get(key, 9), rank)
        return out

    def reports(self, keys: list[str] | None, years: list[int] | None) -> list[Entry]:
        sql = (
            "SELECT id, agency, agency_key, year, template, source, ingested_at, n_errors FROM reports"
            " WHERE superseded_by IS NULL"
        )
        args: list = []
        if keys is not None:
            sql += " AND agency_key IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(keys, ensure_ascii=False))
        if years:
            sql += f" AND year IN ({','.join('?' * len(years))})"
            args += years
        return [_entry(r) for r in self.store.db.execute(sql, args)]

    def entry(self, rid: str) -> Entry | None:
        if rid not in self.entries:
            row = self.store.db.execute(
                "SELECT id, agency, agency_key, year, template, source, ingested_at, n_errors FROM reports WHERE id=?",
                (rid,),
            ).fetchone()
            if row is None:
                return None
            self.entries[rid] = _entry(row)
        return self.entries[rid]

    def name(self, key: str) -> str:
        if key not in self.names:
            row = self.store.db.execute("SELECT MIN(agency) FROM reports WHERE agency_key=?", (key,)).fetchone()
            self.names[key] = (row[0] if row else None) or key
        return self.names[key]

    def remember(self, entries: list[Entry]) -> None:
        if len(self.entries) > 50_000:
            self.entries = {}
        for e in entries:
            self.entries[e.id] = e

    def resolve(self, text: str, scope: Scope, agency: str | None = None) -> Resolved:
        """A corpus question (no agency named) is resolved in the store: the ids of the years asked,
        older versions of an agency-year left out, agencies and years counted by SQL — no Python
        object per report."""
        resolved = super().resolve(text, scope, agency) if not self._corpus_question(text, scope, agency) else None
        if resolved is not None:
            return resolved
        key = (tuple(scope.years), scope.latest, self._synced)
        cached = self._corpus_cache.get(key)
        if cached is not None:  # the same years asked again of an unchanged store
            return Resolved([], scope, **cached)
        db = self.store.db
        where, args, years = "", [], list(scope.years) or None
        if not years and scope.latest:
            top = db.execute("SELECT MAX(year) FROM reports WHERE superseded_by IS NULL").fetchone()[0]
            years = [top] if top is not None else None
        if years:
            where, args = f" WHERE year IN ({','.join('?' * len(years))})", list(years)
        # older versions of an agency-year (superseded by an edited re-upload) are left out
        excluded = {
            r[0]
            for r in db.execute(
                "SELECT id FROM reports" + where + (" AND" if where else " WHERE") + " superseded_by IS NOT NULL", args
            )
        }
        n, n_agencies, lo, hi = db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT CASE WHEN agency_key<>'' THEN agency_key ELSE id END), MIN(year), MAX(year) "
            "FROM reports" + where + (" AND" if where else " WHERE") + " superseded_by IS NULL",
            args,
        ).fetchone()

        def load() -> list[str]:
            rows = db.execute("SELECT id FROM reports" + where + " ORDER BY year, agency_key, id", args).fetchall()
            return [r[0] for r in rows if r[0] not in excluded]

        span = [] if lo is None else ([lo] if lo == hi else [lo, hi])
        fields: dict[str, Any] = dict(
            corpus=True,
            n_agencies=n_agencies,
            years=span,
            sql_years=years,
            excluded=frozenset(excluded),
            size=n,
            loader=load,
        )  # (n counts the current reports only)
        if len(self._corpus_cache) > 64:
            self._corpus_cache.clear()
        self._corpus_cache[key] = fields
        return Resolved([], scope, **fields)

    def _corpus_question(self, text: str, scope: Scope, agency: str | None) -> bool:
        if scope.report_id or agency:
            return False
        groups, _ = self.agencies_named(text, scope.years)
        return not groups and _place_named(text) is None


_LEVEL_END = "省市区县州旗盟镇乡道"
_ENDS_IN_LEVEL = lazy(r"[\u4e00-\u9fff]{1,9}?[省市区县州旗盟镇乡道]")
_FREE = "和与及跟同或、年问看查"  # what may stand right before a place written on its own (「请问火星市科委」)


def _division_ending(q: str, p: int) -> tuple[str, str] | None:
    """The division whose full name ends at position p of q (name, bare form): a gazetteer name, or a
    place-shaped name (「火星市」) standing on its own — never the tail of a phrase (「申请比省」)."""
    if p < 2 or q[p - 1] not in _LEVEL_END:
        return None  # (a name ends in its level: the gazetteer, costly to load, is not read for nothing)
    for length in G.ending_lengths(q[max(0, p - 2) : p]):
        if length <= p:
            divs = G.by_name(q[p - length : p])
            if divs:
                return q[p - length : p], divs[0].short or divs[0].name
    if p and q[p - 1] in "省市县":
        for length in (2, 3, 4):
            start = p - length - 1
            if start >= 0 and (start == 0 or not _CJK.match(q[start - 1]) or q[start - 1] in _FREE):
                name = q[start:p]
                if (
                    all(_CJK.match(c) and c not in _FREE for c in name)
                    and not _NOT_PLACE.match(name)
                    and not _JOINED.search(name)  # 「洪泽还是省教育厅」: two bodies, not a place 「洪泽还是省」
                ):
                    return name, name[:-1]
    return None


_JOINED = lazy(r"还是|或者|或是|以及|还有|还|或")
_ZONE_AFTER = lazy(r"(?![和与及跟同或])([\u4e00-\u9fff]{2,3}?(?:片区|街道|镇|乡))")


def _division_starting(q: str, j: int) -> tuple[str, str] | None:
    """The division whose full name starts at position j of q (「安康市」 then 「汉滨区」, 「平潭」 then a
    片区 of its own): a gazetteer name, or a zone-shaped one."""
    if not _ENDS_IN_LEVEL.match(q[j:]):
        return None
    for length in range(min(10, len(q) - j), 1, -1):
        divs = G.by_name(q[j : j + length])
        if divs:
            return q[j : j + length], divs[0].short or divs[0].name
    zone = _ZONE_AFTER.match(q[j:])
    if zone and not _NOT_PLACE.match(zone.group(1)):
        return zone.group(1), re.sub(r"(?:片区|街道|镇|乡)$", "", zone.group(1))
    return None


def _own_place(place: str, name: str) -> bool:
    """Is the place written (「淮安市」 of 「淮安市本级」) the body's own place — in its name and not followed
    there by a division of its own (「淮安市洪泽区人民政府」 is a body in 淮安市, not 淮安市's)? A tail of the
    place counts (「洪所在的淮安市」 → 淮安市)."""
    for n in range(len(place), 1, -1):
        at = name.find(place[-n:])
        if at >= 0:
            return not re.match(r"[\u4e00-\u9fff]{1,3}?[区县市旗镇乡]", name[at + n :])
    return False


def _place_named(text: str) -> str | None:
    """A region or body the question names (「火星市」) — generic words (全市, 本区) do not count."""
    q = fold(text)
    for m in _PLACE_IN_Q.finditer(q):
        if not _NOT_PLACE.match(m.group(1)):
            return m.group(0)
    national = _NATIONAL.search(q)
    return national.group(0) if national else None
