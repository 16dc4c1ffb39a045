"""Card families: tables 三 and 四 printed as cards — a row label, then one 「列名：值」 line per cell —
the way a Markdown converter turns a table into nested bullet lists, a mobile page prints each row
as a card (its text copied out), and a responsive page writes `<dl><dt>label<dd>自然人：22`. Table 二
is printed as cards too (「规章」 over 「本年制发件数：0」 …), or stays a table (pipe, tab-separated,
`<table>`).

One drawn `Style` per report: how a column is named (「商业企业」, 「法人或其他组织-商业企业」,
「法人或其他组织（商业企业）」, or under an intermediate 「法人或其他组织」 level), 总计 or 合计, the colon,
whether each card prints its cells in an order of its own, and how a result row shows its group
(nested under 「（三）不予公开」, or 「（三）不予公开　1.属于国家秘密」 on one line). A blank cell prints as
「自然人：」 with nothing after it; a cell in `Model.omitted` is not printed at all."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace

from eval.reportgen.draw import Draw
from eval.reportgen.layout import Grid, Parts
from eval.reportgen.model import Model
from eval.reportgen.render_md import _pipe_rows, flat
from extractor import tablespec as ts


@dataclass(frozen=True)
class Style:
    names: str  # plain | dash | paren | nested
    total: str  # 总计 | 合计
    colon: str  # 「：」 | 「:」 | 「： 」
    shuffled: bool  # each card prints its cells in an order of its own
    joined: bool  # a result row's label carries its group's (「（三）不予公开　1.属于国家秘密」)
    bullet: str  # Markdown list bullet
    indent: str  # Markdown nesting


def draw_style(d: Draw) -> Style:
    return Style(
        names=d.pick(("plain", "plain", "dash", "paren", "nested")),
        total=d.pick(("总计", "总计", "合计")),
        colon=d.pick(("：", "：", ":", "： ")),
        shuffled=d.int(0, 2) == 0,
        joined=d.int(0, 1) == 1,
        bullet=d.pick(("-", "-", "*", "+")),
        indent=d.pick(("  ", "    ")),
    )


# A card tree: (label, entries, children); an entry is (depth below its card, text).
Node = tuple[str, list[tuple[int, str]], list["Node"]]


def _order(cols: list[str], s: Style, d: Draw) -> list[str]:
    cols = list(cols)
    if s.shuffled:
        for i in range(len(cols) - 1, 0, -1):
            j = d.int(0, i)
            cols[i], cols[j] = cols[j], cols[i]
    return cols


def _entries(m: Model, key: str, names: dict[str, str], s: Style, d: Draw, t3: bool) -> list[tuple[int, str]]:
    """The 「列名：值」 lines of one card, omitted cells left out."""

    def line(col: str) -> str:
        name = s.total if col == "tot" else names[col]
        if t3 and col in ts.T3_APPLICANTS[1:]:
            if s.names == "dash":
                name = f"{ts.T3_ORGS_HEAD}-{name}"
            elif s.names == "paren":
                name = f"{ts.T3_ORGS_HEAD}（{name}）"
        return f"{name}{s.colon}{m.printed[f'{key}.{col}']}"

    cols = ts.T3_COLS if t3 else ts.T4_COLS
    shown = [c for c in cols if f"{key}.{c}" not in m.omitted]
    if t3 and s.names == "nested":
        orgs = [c for c in shown if c in ts.T3_APPLICANTS[1:]]
        out = [(0, line(c)) for c in _order([c for c in shown if c == "np"], s, d)]
        if orgs:
            out.append((0, ts.T3_ORGS_HEAD))
            out += [(1, line(c)) for c in _order(orgs, s, d)]
        out += [(0, line(c)) for c in shown if c == "tot"]
        return out
    return [(0, line(c)) for c in _order(shown, s, d)]


def t3_tree(m: Model, s: Style, d: Draw) -> list[Node]:
    names = ts.T3_COL_LABELS
    spec = ts.t3_spec(m.single_r6)
    results = ts.t3_result_rows(spec)
    out: list[Node] = []
    holder: Node = (ts.T3_RESULTS_HEAD, [], [])
    groups: dict[str, Node] = {}
    for r in spec.rows:
        card: Node = (r.label, _entries(m, f"t3.{r.key}", names, s, d, True), [])
        if r.key in results or r.key == "r7":
            if r.key == results[0]:
                out.append(holder)
            if r.parent and r.parent != r.key:
                if r.parent not in groups:
                    groups[r.parent] = (ts.T3_GROUP_HEADERS[r.parent].label, [], [])
                    holder[2].append(groups[r.parent])
                groups[r.parent][2].append(card)
            else:
                holder[2].append(card)
        else:
            out.append(card)
    return out


def t4_tree(m: Model, s: Style, d: Draw) -> list[Node]:
    names = ts.T4_COL_LABELS
    rv, ld, lr = ((g, _entries(m, f"t4.{g}", names, s, d, False)) for g in ts.T4_GROUPS)
    lit: Node = (
        ts.T4_LAWSUIT_HEAD,
        [],
        [(ts.T4_LAWSUIT_GROUPS[g], e, []) for g, e in (ld, lr)],
    )
    return [(ts.T4_REVIEW_HEAD, rv[1], []), lit]


def _flat(nodes: list[Node], s: Style, prefix: str = "") -> list[tuple[str, list[tuple[int, str]]]]:
    """Cards one after another (text, `<dl>`): a nested row's label prefixed by its group's when the
    style joins them, else the group printed as a heading card of its own."""
    out: list[tuple[str, list[tuple[int, str]]]] = []
    for label, entries, children in nodes:
        here = f"{prefix}　{label}" if prefix else label
        if children:
            if not s.joined or label == ts.T3_RESULTS_HEAD:
                out.append((here if s.joined else label, []))
                out += _flat(children, s, "")
            else:
                out += _flat(children, s, here)
        else:
            out.append((here, entries))
    return out


def _md_list(nodes: list[Node], s: Style, depth: int = 0) -> list[str]:
    out: list[str] = []
    pad = s.indent * depth
    for label, entries, children in nodes:
        out.append(f"{pad}{s.bullet} {label}")
        out += [f"{pad}{s.indent * (1 + k)}{s.bullet} {text}" for k, text in entries]
        out += _md_list(children, s, depth + 1)
    return out


def t2_tree(m: Model, s: Style, d: Draw) -> list[Node]:
    """Table 二 as cards too (some mobile pages): a card per row under its article (第二十条第（x）项),
    one 「本年制发件数：0」 line per quantity."""
    spec = ts.t2_spec(m.template)
    out: list[Node] = []
    for head, keys in ts.t2_groups(m.template):
        cards: list[Node] = []
        for key in keys:
            r = spec.row(key)
            names = dict(zip(r.cols, r.col_labels))
            lines = [(0, f"{names[c]}{s.colon}{m.printed[f't2.{key}.{c}']}") for c in _order(list(r.cols), s, d)]
            cards.append((r.label, lines, []))
        out.append((head, [], cards))
    return out


def _trees(m: Model, d: Draw, colon: str | None = None) -> tuple[Style, dict[str, list[Node]]]:
    """The drawn style and the cards of 三, 四 (and 二 at times); `colon` in place of the drawn one."""
    s = draw_style(d)
    if colon is not None:
        s = replace(s, colon=colon)
    trees = {"t3": t3_tree(m, s, d), "t4": t4_tree(m, s, d)}
    if d.int(0, 1):
        trees["t2"] = t2_tree(m, s, d)
    return s, trees


def markdown(parts: Parts, m: Model, d: Draw) -> str:
    """A converter's Markdown: table 二 a pipe table, tables 三 and 四 nested bullet lists."""
    s, trees = _trees(m, d)
    out: list[str] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(("## " + b) if b[:2] in ("一、", "二、", "三、", "四、", "五、", "六、") else b)
        elif b[0] in trees:
            out.append("\n".join(_md_list(trees[b[0]], s)))
        else:
            out.append(_pipe_rows(flat(b[2])))
        out.append("")
    return "\n".join(out)


def text(parts: Parts, m: Model, d: Draw) -> str:
    """A mobile page copied as text: table 二 tab-separated, each row of 三 and 四 a card — its label
    on a line, one 「列名：值」 line per cell, an empty line after the card."""
    s, trees = _trees(m, d)
    out: list[str] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(b)
        elif b[0] in trees:
            for label, entries in _flat(trees[b[0]], s):
                out.append(label)
                out += [e for _, e in entries]
                if entries:
                    out.append("")
        else:
            out += ["\t".join(r) for r in flat(b[2])]  # every slot a field, as WPS copies it
    return "\n".join(out) + "\n"


def dl(parts: Parts, m: Model, d: Draw) -> str:
    """A responsive page whose tables 三 and 四 are `<dl>` cards: `<dt>` the row label, a `<dd>` per
    cell; table 二 a `<table>`."""
    s, trees = _trees(m, d)
    out: list[str] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>")
        elif b[0] in trees:
            for label, entries in _flat(trees[b[0]], s):
                if not entries:
                    out.append(f"<h4>{html.escape(label)}</h4>")
                    continue
                dds = "".join(f"<dd>{html.escape(e)}</dd>" for _, e in entries)
                out.append(f'<dl class="card"><dt>{html.escape(label)}</dt>{dds}</dl>')
        else:
            out.append(_table(b[2]))
    body = "\n".join(out)
    return f'<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>'


def _table(grid: Grid) -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td{_span(c.rs, c.cs)}>{html.escape(c.text) or '&nbsp;'}</td>" for c in row) + "</tr>"
        for row in grid
    )
    return f'<table border="1">{rows}</table>'


_KV = "\x1f"  # (between a card line's name and value while the cards are built: two elements, no colon)

# A mobile CMS's card line: the column's name and its value in two elements side by side (eval/wild27)
_KV_FORMS = {
    "span": (
        "<div class='card'>",
        '<div class="kv"><span class="k">{}</span><span class="v">{}</span></div>',
        "</div>",
    ),
    "li": ("<ul class='card'>", "<li><label>{}</label><em>{}</em></li>", "</ul>"),
    "p": ("<div class='card'>", '<p class="row"><b>{}</b><i>{}</i></p>', "</div>"),
}


def kv(parts: Parts, m: Model, d: Draw, t2: bool = False) -> str:
    """A mobile site's page whose tables 三 and 四 (and 二 when `t2`, else a `<table>`) are cards, each
    line a label element and a value element (`<span class="k">自然人</span><span class="v">76</span>`,
    `<li><label>…<em>…`): the page's text joins them with no colon, 「自然人76」 (extractor/cards.py
    `_bare_entry`); a card's row label in an element of its own above it."""
    s, trees = _trees(m, d, _KV)
    if t2:
        trees.setdefault("t2", t2_tree(m, s, d))
    else:
        trees.pop("t2", None)
    opening, line, closing = _KV_FORMS[d.pick(tuple(_KV_FORMS))]
    out: list[str] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>")
        elif b[0] in trees:
            for label, entries in _flat(trees[b[0]], s):
                out.append(f"<div class='card-h'>{html.escape(label)}</div>")
                if entries:
                    cells = "".join(line.format(*map(html.escape, (*e.split(_KV), "")[:2])) for _, e in entries)
                    out.append(f"{opening}{cells}{closing}")
        else:
            out.append(f"<div class='scroll'>{_table(b[2])}</div>")
    body = "\n".join(out)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>\n{body}\n</body></html>"


def _span(rs: int, cs: int) -> str:
    return (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")


def long_form(parts: Parts, m: Model, d: Draw) -> str:
    """Open data in long form (UTF-8 CSV with BOM): the paragraphs as lines of one field, then one line
    a cell 「表,项目,栏目,数值」 — the table's heading, the row's path (「三、本年度办理结果/（三）不予公开/
    1.属于国家秘密」), the column's (「法人或其他组织/商业企业」), the value as printed."""
    import csv
    import io

    s = Style("dash", d.pick(("总计", "合计")), "：", d.int(0, 2) == 0, False, "-", "  ")
    trees = {"t2": t2_tree(m, s, d), "t3": t3_tree(m, s, d), "t4": t4_tree(m, s, d)}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    heading = ""

    def cells(nodes: list[Node], path: list[str]) -> None:
        for label, entries, children in nodes:
            here = [*path, label]
            for _, entry in entries:
                name, value = entry.rsplit("：", 1)
                w.writerow([heading, "/".join(here), name.replace("-", "/"), value])
            cells(children, here)

    header = False
    for b in parts.all():
        if isinstance(b, str):
            if b[:2] in ("二、", "三、", "四、"):
                heading = b
            else:
                w.writerow([b])
            continue
        if not header:
            w.writerow(["表", "项目", "栏目", "数值"])
            header = True
        cells(trees[b[0]], [])
    return "\ufeff" + buf.getvalue()


_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\d+\.)")


def paths(parts: Parts, m: Model, d: Draw, reader: bool = False) -> str:
    """Tables 二, 三 and 四 linearised one cell a line, each line naming the cell's whole path
    (extractor/pathcells.py): a data export's 「本年度办理结果-不予公开-属于国家秘密-自然人：0」 (a .txt), or,
    `reader`, a screen-reader version of the page, a paragraph a cell 「第8行，第4列，（三）不予公开，1.属于国家
    秘密，自然人，数值：0」 after a 「表格开始，共29行10列。」 announcement (HTML, no <table>). The labels keep
    their numbers or drop them (「予以公开」, 「其他处理-其他」); a cell in `Model.omitted` prints no line."""
    s = Style("plain", d.pick(("总计", "合计")), "：", d.int(0, 2) == 0, False, "-", "  ")
    trees = {"t2": t2_tree(m, s, d), "t3": t3_tree(m, s, d), "t4": t4_tree(m, s, d)}
    bare = d.int(0, 1) == 1
    sep = "，" if reader else d.pick(("-", "-", "_", "—"))
    out: list[str] = []

    def label(text: str) -> str:
        return _NUMBER.sub("", text) if bare else text

    def cells(nodes: list[Node], path: list[str], row: list[int]) -> None:
        for name, entries, children in nodes:
            here = [*path, label(name)] if name != ts.T3_RESULTS_HEAD or not reader else path
            if entries:
                row[0] += 1
            for col, (_, entry) in enumerate(entries, 2):
                col_name, value = entry.rsplit("：", 1)
                if reader:
                    line = f"第{row[0]}行，第{col}列，{sep.join(here)}，{col_name}，数值：{value}"
                else:
                    line = f"{sep.join(here)}{sep}{col_name}：{value}"
                out.append(f"<p>{html.escape(line)}</p>" if reader else line)
            cells(children, here, row)

    for b in parts.all():
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>" if reader else b)
            continue
        if reader:
            out.append(f"<p>表格开始，共{d.int(4, 30)}行{d.int(4, 10)}列。</p>")
        else:
            out.append(f"[表{b[0][1].translate(str.maketrans('234', '二三四'))}]")
        cells(trees[b[0]], [], [2])
        if reader:
            out.append("<p>表格结束。</p>")
    if not reader:
        return "\r\n".join(out) + "\r\n"
    body = "\n".join(out)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>\n{body}\n</body></html>"


def transposed_tsv(parts: Parts, m: Model, d: Draw) -> str:
    """A text export, tab-separated, CRLF, with a BOM: table 三 TRANSPOSED — a row per applicant type, a
    column per template row under one header row (a sub-row's label after its group's, 「（三）不予公开：
    属于国家秘密」, its number kept or dropped) — tables 二 and 四 as printed (extractor/load.py
    `_close_tab_rows`)."""
    from eval.reportgen import render_text

    spec = ts.t3_spec(m.single_r6)
    sep = d.pick(("：", "-", "/"))
    bare = d.int(0, 1) == 1
    heads = []
    for r in spec.rows:
        if r.parent and r.parent != r.key:
            own = _NUMBER.sub("", r.label) if bare else r.label
            heads.append(ts.T3_GROUP_HEADERS[r.parent].label + sep + own)
        else:
            heads.append(r.label)
    rows: list[list[str]] = [[d.pick(("申请人情况", "申请人类型", "")), *heads]]
    rows += [[ts.T3_COL_LABELS[c], *(m.printed[f"t3.{r.key}.{c}"] for r in spec.rows)] for c in ts.T3_COLS]
    blocks: list[str | tuple[str, list[list[str]], Grid]] = [
        ("t3", rows, b[2]) if not isinstance(b, str) and b[0] == "t3" else b for b in parts.blocks
    ]
    return "\ufeff" + render_text.tsv(Parts(parts.head, blocks, parts.tail)).replace("\n", "\r\n")


def spoken_rows(parts: Parts, m: Model, d: Draw, page: bool = True) -> str:
    """Tables 三 and 四 a line a row, each value after its column's name. `page`: an elder-mode (适老化) page
    speaking each row, 「（六）其他处理 其他 自然人 0 件 商业企业 0 件 … 总计 0 件」 (a sub-row after its group's
    label, its number kept or dropped); else a Word bullet list's text, 「其他：自然人0；商业企业0；…」 under its
    group's line. Table 二 stays a table (`<table>`, or tab-separated)."""
    spec = ts.t3_spec(m.single_r6)
    bare = d.int(0, 1) == 1
    unit = d.pick((" 件", "件", "")) if page else ""
    out: list[str] = []

    def row(label: list[str], key: str, cols, names) -> str:
        cells = [(names[c], m.printed[f"{key}.{c}"]) for c in cols]
        if page:
            return " ".join([*label, *(f"{n} {v}{unit if v[:1].isdigit() else ''}" for n, v in cells)])
        return "".join(label) + "：" + "；".join(f"{n}{v}" for n, v in cells)

    def t3() -> list[str]:
        lines: list[str] = []
        for r in spec.rows:
            sub = r.parent and r.parent != r.key
            label = [_NUMBER.sub("", r.label) if bare and sub else r.label]  # (a sub-row's number only)
            if sub:
                group = ts.T3_GROUP_HEADERS[r.parent].label
                if page:
                    label = [group, *label]
                elif group not in lines:
                    lines.append(group)
            lines.append(row(label, f"t3.{r.key}", ts.T3_COLS, ts.T3_COL_LABELS))
        return lines

    def t4() -> list[str]:
        kinds = {"rv": "行政复议", "ld": "行政诉讼（未经复议直接起诉）", "lr": "行政诉讼（复议后起诉）"}
        return [row([kinds[g]], f"t4.{g}", ts.T4_COLS, ts.T4_COL_LABELS) for g in ts.T4_GROUPS]

    for b in parts.all():
        if isinstance(b, str):
            out.append(f"<p>{html.escape(b)}</p>" if page else b)
        elif b[0] in ("t3", "t4"):
            lines = t3() if b[0] == "t3" else t4()
            out += [f"<p>{html.escape(x)}</p>" for x in lines] if page else lines
        else:
            out.append(_table(b[2]) if page else "\n".join("\t".join(r) for r in b[1]))
    if not page:
        return "\n".join(out) + "\n"
    body = "\n".join(out)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body class='old-mode'>\n{body}\n</body></html>"


# table 二's rows under the article they are disclosed by (GF2021): a sentence names its 第二十条 item first
_T2_ITEMS = {"reg": "一", "norm": "一", "license": "五", "penalty": "六", "coercion": "六", "fee": "八"}
_T4_KINDS = {"rv": "行政复议", "ld": "行政诉讼（未经复议直接起诉）", "lr": "行政诉讼（复议后起诉）"}
_UNIT = re.compile(r"（单位：(.+?)）$")


def _t2_sentences(m: Model) -> list[str]:
    """Table 二 (GF2021) a sentence a row, each value's unit after it: 「第二十条第（八）项，行政事业性收费：本年收费
    金额6438.71万元。」 (the column's name without its bracketed unit)."""
    out = []
    for r in ts.t2_spec(m.template).rows:
        said = []
        for c, name in zip(r.cols, r.col_labels):
            unit = _UNIT.search(name)
            said.append(f"{_UNIT.sub('', name)}{m.printed[f't2.{r.key}.{c}']}{unit[1] if unit else '件'}")
        out.append(f"第二十条第（{_T2_ITEMS[r.key]}）项，{r.label}：{'，'.join(said)}。")
    return out


def sentence_rows(parts: Parts, m: Model, d: Draw, style: str) -> list[str | tuple]:
    """The report's blocks with its tables LINEARISED (eval/wild33), no grid left:
    - "wechat": a 公众号 article, a sentence a row 「（三）不予公开（属于国家秘密）：自然人0件、…、其他0件，共计0件。」 — the
      总计 column said 共计, 合计 or 总共 —, table 四 「行政复议：结果维持1件、…，共计1件。」;
    - "numbered": table 三 as numbered paragraphs per row block, sub-rows as clauses 「4.不予公开。属于国家秘密的，
      自然人0件，…，合计0件；…」 (the paragraphs counted from 「1.申请数量。」: their numbers are not the groups');
    - "bars": a CMS's plain-text version, a row a line with 「｜」 between cells and table 四 one line per kind under
      its header line 「类别｜结果维持｜…｜总计」.
    Table 二 (GF2021) a sentence a row with each value's unit after it (「本年收费金额6438.71万元」); GF2019's stays a
    table block. Every cell printed (the family draws no placeholder)."""
    spec = ts.t3_spec(m.single_r6)
    total = d.pick(("共计", "合计", "总共")) if style != "bars" else "总计"

    def said(key: str, names: dict[str, str], keys) -> str:
        sep = "、" if style == "wechat" else "，"
        named = sep.join(f"{names[c]}{m.printed[f'{key}.{c}']}件" for c in keys if c != "tot")
        return f"{named}，{total}{m.printed[f'{key}.tot']}件"

    def bare(label: str) -> str:
        return _NUMBER.sub("", label)

    def t3() -> list[str]:
        if style == "bars":
            lines = ["申请人情况｜" + "｜".join(ts.T3_COL_LABELS[c] for c in ts.T3_COLS)]
            for r in spec.rows:
                if r.key == "r1":
                    lines.append(ts.T3_RESULTS_HEAD)
                if r.parent and r.parent != r.key and ts.T3_GROUP_HEADERS[r.parent].label not in lines:
                    lines.append(ts.T3_GROUP_HEADERS[r.parent].label)
                lines.append("｜".join([r.label, *(m.printed[f"t3.{r.key}.{c}"] for c in ts.T3_COLS)]))
            return lines
        if style == "wechat":
            lines = []
            for r in spec.rows:
                if r.key == "r1":
                    lines.append("本年度办理结果：")
                sub = r.parent and r.parent != r.key
                label = f"{ts.T3_GROUP_HEADERS[r.parent].label}（{bare(r.label)}）" if sub else r.label
                lines.append(f"{label}：{said(f't3.{r.key}', ts.T3_COL_LABELS, ts.T3_COLS)}。")
            return lines
        # numbered paragraphs: 申请数量, then a paragraph per result group (its sub-rows as clauses), 总计, 结转
        blocks: list[tuple[str, list[str]]] = [("申请数量", [])]
        for r in spec.rows:
            key = f"t3.{r.key}"
            if r.key in ("new", "carry_in"):
                blocks[0][1].append(
                    f"{bare(r.label).removesuffix('数量')}的，{said(key, ts.T3_COL_LABELS, ts.T3_COLS)}"
                )
            elif r.parent and r.parent != r.key:
                head = bare(ts.T3_GROUP_HEADERS[r.parent].label)
                if blocks[-1][0] != head:
                    blocks.append((head, []))
                blocks[-1][1].append(f"{bare(r.label)}的，{said(key, ts.T3_COL_LABELS, ts.T3_COLS)}")
            else:
                head = bare(r.label).split("（")[0] if r.key == "r2" else bare(r.label)
                blocks.append((head, [said(key, ts.T3_COL_LABELS, ts.T3_COLS)]))
        return [f"{i}.{head}。{'；'.join(clauses)}。" for i, (head, clauses) in enumerate(blocks, 1)]

    def t4() -> list[str]:
        if style == "bars":
            head = d.pick(("类别", "案件类型", "项目"))
            lines = [f"{head}｜" + "｜".join(ts.T4_COL_LABELS[c] for c in ts.T4_COLS)]
            return lines + [
                "｜".join([_T4_KINDS[g], *(m.printed[f"t4.{g}.{c}"] for c in ts.T4_COLS)]) for g in ts.T4_GROUPS
            ]
        return [f"{_T4_KINDS[g]}：{said(f't4.{g}', ts.T4_COL_LABELS, ts.T4_COLS)}。" for g in ts.T4_GROUPS]

    out: list[str | tuple] = []
    for b in parts.all():
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "t3":
            out += t3()
        elif b[0] == "t4":
            out += t4()
        elif m.template == "GF2021":
            out += _t2_sentences(m)
        else:
            out.append(b)
    return out


def sentence_page(blocks: list[str | tuple]) -> str:
    """`sentence_rows` as a 公众号 article's HTML: a paragraph each (a table block left as a table)."""
    body = "\n".join(f"<p>{html.escape(b)}</p>" if isinstance(b, str) else _table(b[2]) for b in blocks)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>\n<section>{body}</section>\n</body></html>"


def sentence_text(blocks: list[str | tuple]) -> str:
    """`sentence_rows` as plain text (a table block tab-separated)."""
    return "\n".join(b if isinstance(b, str) else "\n".join("\t".join(r) for r in b[1]) for b in blocks) + "\n"
