"""Layouts that combine families: a base family (a format's renderer) with 2–4 orthogonal noise
layers drawn on top — footnote marks, full-width or OCR'd digits, a page footer inside a table, table
三 turned or split, Word's span-split cells, Markdown debris … Every family alone is read exactly
(tests/test_reportgen.py); a real report combines several, and what the combination breaks is what an
unseen layout set finds. `python -m eval.reportgen --combos N` scores N random draws per layer pair.

A layer is one function over the report's parts (before the format is rendered: any base of its
formats) or over the rendered text (after: the bases it names). The layers reuse the families' own
transformations (layout.py), so a family and a layer never drift apart."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from eval.reportgen import layout as lay, render_md
from eval.reportgen.agencies import draw_zone_bureau_agency
from eval.reportgen.compare import same_value
from eval.reportgen.draw import Draw, RandomDraw
from eval.reportgen.families import BY_NAME, Generated, file_name, prepared
from eval.reportgen.layout import G, Grid, Parts
from eval.reportgen.model import Model

PartsLayer = Callable[[Parts, Model, Draw], Parts]
TextLayer = Callable[[str, Draw], str]


@dataclass(frozen=True)
class Layer:
    """`groups`: layers that shape the same thing (table 三's layout, a value's digits) exclude each
    other. `formats`: the base formats it applies to (empty: all). `bases`: a text layer's base
    families (their rendered text is what it rewrites). `glued`: it may go on a glued base."""

    name: str
    groups: frozenset[str]
    parts: PartsLayer | None = None
    text: TextLayer | None = None
    formats: frozenset[str] = frozenset()
    bases: frozenset[str] = frozenset()
    glued: bool = False

    def fits(self, base: str) -> bool:
        fam = BY_NAME[base]
        if fam.glued and not self.glued or self.groups & OWN_SHAPES.get(base, frozenset()):
            return False
        if self.bases:
            return base in self.bases
        return not self.formats or fam.format in self.formats


# What a base cannot take: a shape it prints on its own from the template's grid (a layer there
# would be lost or garble it: md-t3-chunks cuts table 三 under generic 数据1…数据6 headers at its own
# page breaks, md-t4-split prints table 四's value row as three small tables); characters its
# encoding has not (GBK has no 「¹²」).
OWN_SHAPES: dict[str, frozenset[str]] = {
    "md-t3-chunks": frozenset({"t3", "t3-break", "merges"}),
    "md-t4-split": frozenset({"t4", "merges"}),
    "html-word": frozenset({"superscripts"}),
    "txt-gbk-spaced": frozenset({"superscripts"}),
}


# ------------------------------------------------------------------ layers over the parts
def with_units_t34(p: Parts, m: Model, d: Draw) -> Parts:
    """A 件 after every count of tables 三 and 四 (「12件」), placeholders bare."""
    del m, d
    return lay.with_values(p, lambda t: t + "件" if t[-1:].isdigit() else t, ("t3", "t4"))


def row_blocks(grid: Grid, cut: int) -> tuple[Grid, Grid]:
    """A grid broken by a page end before row `cut`: a cell merged across the break is two cells,
    its text where it starts and the rest blank (as a PDF prints it)."""
    _, placed = lay.place(grid)
    out: tuple[Grid, Grid] = ([[] for _ in grid[:cut]], [[] for _ in grid[cut:]])
    for i, _j, c in sorted(placed, key=lambda x: (x[0], x[1])):
        for k, (lo, hi) in enumerate(((0, cut), (cut, len(grid)))):
            a, b = max(i, lo), min(i + c.rs, hi)
            if a < b:
                out[k][a - lo].append(G(c.text if a == i else "", b - a, c.cs, c.value and a == i, c.mark))
    return out


_FOOTERS = ("- {n} -", "— {n} —", "第{n}页 共{t}页", "第 {n} 页", "{n}", "{y}年政府信息公开工作年度报告 {n}")


def page_footer(table: str) -> PartsLayer:
    """`table` runs over a page end: a page footer (「- 3 -」「第2页 共5页」, or a bare page number)
    between its rows, the header rows repeated at the top of the next page or not (Word's 「重复标题
    行」)."""

    def f(p: Parts, m: Model, d: Draw) -> Parts:
        blocks: list[str | tuple[str, lay.Rows, Grid]] = []
        done = False
        for b in p.blocks:
            if done or isinstance(b, str) or b[0] != table or len(b[2]) < 4:
                blocks.append(b)
                continue
            done = True
            grid = b[2]
            head = next((i for i, r in enumerate(grid) if any(c.value for c in r)), 1)
            cut = d.int(max(1, head), len(grid) - 1)
            first, second = row_blocks(grid, cut)
            if d.int(0, 1) and head > 0 and cut > head:
                second = [*row_blocks(grid, head)[0], *second]
            n = d.int(2, 9)
            footer = d.pick(_FOOTERS).format(n=n, t=n + d.int(1, 5), y=m.year)
            blocks += [(table, lay.rows_of(first), first), footer, (table, lay.rows_of(second), second)]
        return Parts(p.head, blocks, p.tail)

    return f


def unmerged(p: Parts, m: Model, d: Draw) -> Parts:
    """Merged label cells written out as a spreadsheet export does: the text in the first cell of
    the area and every other position an empty cell, or the text repeated in each (drawn per report)."""
    del m
    repeat = d.int(0, 1) == 1

    def grid_of(grid: Grid) -> Grid:
        cells: dict[tuple[int, int], G] = {}
        for i, j, c in lay.place(grid)[1]:
            if c.value or (c.rs == 1 and c.cs == 1):
                cells[i, j] = c
                continue
            for a in range(i, i + c.rs):
                for b in range(j, j + c.cs):
                    cells[a, b] = G(c.text if (a, b) == (i, j) or repeat else "")
        return [[cells[k] for k in sorted(k for k in cells if k[0] == i)] for i in range(len(grid))]

    blocks = [b if isinstance(b, str) else (b[0], lay.rows_of(g := grid_of(b[2])), g) for b in p.blocks]
    return Parts(p.head, blocks, p.tail)


# ------------------------------------------------------------------ layers over the rendered text
_CELL = re.compile(r"(<t[dh][^>]*>)(.*?)(</t[dh]>)", re.S)


def word_spans(text: str, d: Draw) -> str:
    """Word's 「save as web page」 inside every cell: the text over two or three styled <span>s (a
    number split among them), an empty <o:p></o:p> after it, a blank cell <o:p>&nbsp;</o:p>."""

    def run(seg: str) -> str:
        if "&" in seg or len(seg) < 2 or d.int(0, 1):
            return f"<span style='font-family:宋体'>{seg}</span>"
        k = d.int(1, len(seg) - 1)
        return f"<span style='font-family:宋体'>{seg[:k]}</span><span lang=EN-US>{seg[k:]}</span>"

    def cell(mt: re.Match) -> str:
        inner = mt[2]
        if inner.strip() in ("", "&nbsp;"):
            return mt[1] + "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>" + mt[3]
        parts = re.split(r"(<[^>]*>)", inner)
        body = "".join(x if x.startswith("<") or not x.strip() else run(x) for x in parts)
        return mt[1] + f"<p class=MsoNormal align=center>{body}<span lang=EN-US><o:p></o:p></span></p>" + mt[3]

    return _CELL.sub(cell, text)


def nbsp_padding(text: str, d: Draw) -> str:
    """Cells padded by an editor: 「&nbsp;12&nbsp;」, full-width spaces 「　3」, a <br> after the text."""
    pads = ("&nbsp;", "　", "&nbsp;&nbsp;", "")

    def cell(mt: re.Match) -> str:
        inner = mt[2]
        if "<" in inner or not inner.strip() or inner == "&nbsp;":
            return mt[0]
        return mt[1] + d.pick(pads) + inner + d.pick(pads) + ("<br>" if not d.int(0, 3) else "") + mt[3]

    return _CELL.sub(cell, text)


def md_debris(text: str, d: Draw) -> str:
    """What a PDF-to-Markdown converter leaves in pipe tables: bold label cells (「**（一）…**」), a
    <br> inside a long label, an HTML comment or an image line between a table's rows."""

    def cell(c: str) -> str:
        s = c.strip()
        if not s or re.fullmatch(r"[\d.,+\-—/ ]+|:?-{3,}:?", s) or d.int(0, 2):
            return c
        if len(s) > 8 and d.int(0, 1):
            k = d.int(3, len(s) - 3)
            return f" {s[:k]}<br>{s[k:]} "
        return f" **{s}** "

    out: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("|") and line.endswith("|") and not set(line) <= set("|-: "):
            line = "|".join(cell(c) if 0 < k < line.count("|") else c for k, c in enumerate(line.split("|")))
        out.append(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.startswith("|") and nxt.startswith("|") and "---" not in nxt and not d.int(0, 24):
            out.append(d.pick(render_md.PAGE_DEBRIS[::2]))
    return "\n".join(out)


# ------------------------------------------------------------------ the catalogue
_ALL = frozenset()
_TEXTISH = frozenset({"txt", "html", "markdown"})
_CELLED = frozenset({"html", "markdown", "docx", "pdf", "xlsx", "xls", "ods", "odt", "rtf", "doc"})
_MARKED = frozenset({"html", "pdf", "docx"})
_HTML_PLAIN = frozenset(
    {"html-plain", "html-excel-hidden", "html4-tfoot-first", "html-element-ui", "html-excel-row-numbers", "html-cms"}
)
_MD_PIPES = frozenset({"md-converter", "md-converter-blank", "md-docling", "md-t4-split", "md-t3-chunks", "md-ocr"})
_SPACED_TEXT = frozenset({"txt-tsv", "txt-tsv-blank-rows", "txt-spaced", "txt-gbk-spaced"})


def _g(*names: str) -> frozenset[str]:
    return frozenset(names)


# In the order they are applied: a table's shape, its cells' text, page breaks, then the rendered text.
LAYERS: tuple[Layer, ...] = (
    # (a table's shape only where cells keep their bounds: one cell a line, a turned or split table is
    # not a layout anyone prints)
    Layer(
        "t2-reordered",
        _g("t2", "t2-break"),
        parts=lambda p, m, d: lay.with_t2(p, lay.t2_grid_reordered(m, d)),
        formats=_CELLED,
    ),
    Layer("t2-turned", _g("t2", "t2-break"), parts=lay.t2_turned, formats=_CELLED),
    Layer("t3-legal-reordered", _g("t3"), parts=lay.t3_legal_reordered, formats=_CELLED),
    Layer("t3-colsplit", _g("t3", "t3-break"), parts=lay.t3_split, formats=_CELLED),
    Layer("t3-turned", _g("t3", "t4"), parts=lay.turned, formats=_CELLED),
    Layer("t4-short", _g("t4"), parts=lay.with_t4_short, formats=_CELLED),
    Layer("t4-colsplit", _g("t4"), parts=lay.t4_split, formats=_CELLED),
    Layer(
        "column-numbers",
        _g("t3", "t4", "t3-break"),
        parts=lambda p, m, d: lay.with_column_numbers(p, m),
        formats=_CELLED,
    ),
    Layer("unmerged", _g("merges", "t3", "t4", "t2"), parts=unmerged, formats=_CELLED),
    Layer("label-wraps", _g("wraps"), parts=lay.label_wraps, bases=_SPACED_TEXT | _HTML_PLAIN),
    Layer("units", _g("units"), parts=with_units_t34, formats=_CELLED | _SPACED_TEXT),
    Layer("cell-notes", _g("marks"), parts=lambda p, m, d: lay.with_cell_notes(p, d), glued=True),
    Layer("raised-marks", _g("marks"), parts=lambda p, m, d: lay.with_raised_marks(p, d), formats=_MARKED),
    Layer(
        "unicode-marks",
        _g("marks", "superscripts"),
        parts=lambda p, m, d: lay.with_raised_marks(p, d, True),
        glued=True,
    ),
    Layer(
        "fullwidth-digits", _g("digits"), parts=lambda p, m, d: lay.with_values(p, lay.fullwidth_digits(d)), glued=True
    ),
    Layer(
        "spaced-digits", _g("digits"), parts=lambda p, m, d: lay.with_values(p, lay.spaced_digits(d)), formats=_CELLED
    ),
    Layer("ocr-letters", _g("digits"), parts=lambda p, m, d: lay.with_ocr_letters(p, d), formats=_TEXTISH),
    Layer(
        "cn-numerals",
        _g("digits", "marks"),
        parts=lambda p, m, d: lay.with_values(p, lay.chinese_numerals(d), ("t3", "t4")),
        formats=_CELLED,
    ),
    Layer("t3-page-footer", _g("t3-break"), parts=page_footer("t3"), glued=True),
    Layer("t2-page-footer", _g("t2-break"), parts=page_footer("t2"), glued=True),
    Layer("cn-dates", _g("dates"), parts=lambda p, m, d: lay.with_chinese_dates(p), glued=True),
    Layer("word-spans", _g("html-cells"), text=word_spans, bases=_HTML_PLAIN),
    Layer("nbsp-padding", _g("html-cells"), text=nbsp_padding, bases=_HTML_PLAIN),
    Layer("md-debris", _g("md-cells"), text=md_debris, bases=_MD_PIPES),
)
LAYER = {x.name: x for x in LAYERS}

# Bases: the families that are a format's renderer with no layout of their own (a family that turns
# table 三 itself would discard a layer's table 三). Cards, words and long-form CSV print cells by name.
BASES: tuple[str, ...] = (
    "txt-pipe",
    "txt-cr",
    "txt-lines",
    "txt-lines-blank",
    "txt-entities",
    "txt-tsv",
    "txt-tsv-blank-rows",
    "txt-spaced",
    "txt-gbk-spaced",
    "txt-glued",
    "txt-drawn",
    "txt-fixed-width",
    "txt-csv",
    "txt-typed-lists",
    "txt-dot-leaders",
    "html-plain",
    "html-cms",
    "html-word",
    "html-excel-hidden",
    "html4-tfoot-first",
    "html-element-ui",
    "html-excel-row-numbers",
    "html-js-string",
    "html-iframe-srcdoc",
    "md-converter",
    "md-converter-blank",
    "md-docling",
    "md-t4-split",
    "md-t3-chunks",
    "md-mineru",
    "md-html2text",
    "md-trafilatura",
    "md-pandoc",
    "pdf-ruled",
    "pdf-unruled",
    "pdf-unruled-blank",
    "docx-merged",
    "docx-strict",
    "rtf-wps",
    "xlsx-sheets",
    "xls-sheets",
    "doc-word97-merged",
    "odt-covered-cells",
    "ods-sheets",
    "json-open-data",
)
_ENCODING = {"txt-gbk-spaced": "gb18030", "html-word": "gbk"}


@dataclass
class Combo:
    base: str
    layers: tuple[str, ...]
    template: str
    body: str = "plain"  # plain | zone-bureau: who issues the report
    labels: tuple[str, ...] = field(default=())

    def tags(self) -> tuple[str, ...]:
        """What the per-pair score groups by: the format, the base, each layer, the template, the body."""
        fmt = BY_NAME[self.base].format
        return (f"fmt:{fmt}", f"base:{self.base}", *self.layers, f"tpl:{self.template}", f"body:{self.body}")


def draw_combo(d: Draw) -> Combo:
    """A base (costly formats drawn less often) and 2–4 layers that fit it and each other."""
    weighted = [b for b in BASES for _ in range(max(1, 8 // BY_NAME[b].cost))]
    base = d.pick(weighted)
    want = d.int(2, 4)
    chosen: list[Layer] = []
    taken: set[str] = set()
    candidates = [x for x in LAYERS if x.fits(base)]
    for _ in range(12):
        if len(chosen) == want or not candidates:
            break
        x = d.pick(candidates)
        if x in chosen or x.groups & taken:
            continue
        chosen.append(x)
        taken |= x.groups
    order = sorted(chosen, key=LAYERS.index)
    return Combo(
        base,
        tuple(x.name for x in order),
        d.pick(("GF2021", "GF2019")),
        d.pick(("plain", "plain", "plain", "zone-bureau")),
    )


def generate_combo(d: Draw, c: Combo) -> Generated:
    """The report `c` describes: the base family's model and expectation, the layers over its parts
    in a fixed order (a table's shape, then its cells' text, then the page breaks), rendered, then
    the text layers."""
    fam = BY_NAME[c.base]
    agency = draw_zone_bureau_agency if c.body == "zone-bureau" else None
    m, e = prepared(d, fam, c.template, agency=agency)
    layers = sorted((LAYER[n] for n in c.layers), key=LAYERS.index)
    p = lay.parts(m)
    for x in layers:
        if x.parts:
            p = x.parts(p, m, d)
    data = fam.render(p, m, d)
    texts = [x for x in layers if x.text]
    if texts:
        enc = _ENCODING.get(c.base, "utf-8")
        s = data.decode(enc)
        for x in texts:
            assert x.text is not None
            s = x.text(s, d)
        data = s.encode(enc, "xmlcharrefreplace")
    return Generated(c.base + "+" + "+".join(c.layers), file_name(m, fam), data, m, e)


def pairs(tags: tuple[str, ...]) -> list[tuple[str, str]]:
    return list(itertools.combinations(sorted(set(tags)), 2))


# ------------------------------------------------------------------ scoring
def cell_verdicts(report, e) -> dict[str, str]:
    """Each expected cell as read: exact, wrong (a value that is not the printed one, a number where a
    placeholder is printed, or a placeholder where a number is), null (not read, a doubt names it or its table) or
    silent (not read, no doubt says so); a value read where nothing was printed is wrong too."""
    got = {c.key: c for c in report.cells}
    doubts = [f for f in report.findings if f.kind == "extraction_doubt"]
    doubted = {k for f in doubts for k in f.cells}
    lost = {f.where for f in doubts if not f.cells}  # 「未找到表三」: a doubt on the whole table
    out: dict[str, str] = {}
    for key, want in e.cells.items():
        c = got.get(key)
        if c is not None and c.value is not None:
            out[key] = "exact" if same_value(c.value, want) else "wrong"
        elif want is None and c is not None and c.placeholder:
            out[key] = "exact"
        elif want is None and key in e.open:
            out[key] = "exact"  # a cell not printed at all, read as not there
        elif key in doubted or key.split(".")[0] in lost:
            out[key] = "null"
        else:  # (read as printed blank where a number is printed: 0 and blank are distinct)
            out[key] = "wrong" if c is not None and c.placeholder else "silent"
    for key, c in got.items():
        if key not in e.cells and c.value is not None and key.split(".")[1] not in ("r3", "r4", "r5", "sub"):
            out[key] = "wrong"
    return out


def run(n: int, seed: int = 0, only: str | None = None) -> dict:
    """`n` random combos (seed, seed+1 …): per combo its verdict counts, per tag and per tag pair the
    totals; `only`: draws whose tags include it."""
    from collections import Counter, defaultdict

    from extractor.extract import extract_bytes

    by_pair: dict[str, Counter] = defaultdict(Counter)
    by_tag: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    failures = []
    for i in range(seed, seed + n):
        d = RandomDraw(i)
        c = draw_combo(d)
        if only and only not in c.tags():
            continue
        g = generate_combo(d, c)
        try:
            report = extract_bytes(g.data, g.name)
            v = Counter(cell_verdicts(report, g.expected).values())
            meta = [
                what
                for what, have, want in (
                    ("agency", report.agency_full, g.expected.agency),
                    ("year", report.year, g.expected.year),
                    ("template", report.template.value, g.expected.template),
                )
                if have != want
            ]
        except Exception as exc:  # scored as every cell lost, reported by name
            v = Counter(silent=len(g.expected.cells))
            meta = [f"error {type(exc).__name__}: {exc}"]
        v["reports"] += 1
        v["cells"] += len(g.expected.cells)
        v["meta_wrong"] += bool(meta)
        total.update(v)
        for t in c.tags():
            by_tag[t].update(v)
        for a, b in pairs(c.tags()):
            by_pair[f"{a} × {b}"].update(v)
        if v["wrong"] or v["silent"] or v["null"] or meta:
            failures.append({"draw": i, "combo": c.tags()[1:], "verdicts": dict(v), "meta": meta})
    return {
        "n": n,
        "seed": seed,
        "total": dict(total),
        "by_tag": {k: dict(x) for k, x in by_tag.items()},
        "by_pair": {k: dict(x) for k, x in by_pair.items()},
        "failures": failures,
    }


def _line(name: str, c: dict) -> str:
    cells = max(1, c.get("cells", 0))
    return (
        f"{name:52} {c.get('reports', 0):5d} {c.get('cells', 0):7d} {c.get('exact', 0) / cells:7.2%} "
        f"{c.get('wrong', 0):6d} {c.get('null', 0):6d} {c.get('silent', 0):6d} {c.get('meta_wrong', 0):5d}"
    )


def render(summary: dict, top: int = 25) -> str:
    head = f"{'':52} {'rep':>5} {'cells':>7} {'read':>7} {'wrong':>6} {'null':>6} {'silent':>6} {'meta':>5}"
    lines = [head, _line("all combos", summary["total"]), "", "per layer / base / format:"]
    tags = sorted(
        summary["by_tag"].items(),
        key=lambda kv: (-kv[1].get("wrong", 0), kv[1].get("exact", 0) / max(1, kv[1].get("cells", 1))),
    )
    lines += [_line(k, v) for k, v in tags]
    lines += ["", f"worst {top} pairs (wrong, then cells not read):"]
    worst = sorted(
        summary["by_pair"].items(),
        key=lambda kv: (-kv[1].get("wrong", 0), -(kv[1].get("null", 0) + kv[1].get("silent", 0))),
    )
    lines += [_line(k, v) for k, v in worst[:top]]
    lines += ["", "draws with a wrong cell (python -m eval.reportgen --combo-draw N):"]
    lines += [
        f"  {f['draw']}: {' + '.join(f['combo'])}  {f['verdicts']} {' '.join(f['meta'])}"
        for f in summary["failures"]
        if f["verdicts"].get("wrong") or f["meta"]
    ][:40]
    return "\n".join(lines)
