"""One printer per layout family (HTML, text, Markdown). DOCX printers are in docxfam.py, PDF in pdffam.py."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from grids import C, fmt, full, signed, t2_flat, t2_grid, t3_flat, t3_grid, t4_grid
from model import COL_NAMES, T4_KINDS, T4_PARTS
from render import esc, html_table, ljust, page, rjust, width
from text import H19, H21, narrative


def ctx(s: dict):
    """cell(key) -> printed text; placeholders print their raw text; deltas signed."""
    ph = s["placeholders"]
    xf = s.get("xform")

    def cell(key: str) -> str:
        if key in ph:
            return ph[key]
        sect, k = key.split(".", 1)
        v = s[sect][k]
        t = signed(v) if k.endswith(".delta") else fmt(v)
        return xf(key, v, t) if xf else t
    return cell


def heads(s):
    return H21 if s["template"] == "GF2021" else H19


def blocks(s: dict):
    """The report as ('title'|'h'|'p'|'t2'|'t3'|'t4'|'sign', text) blocks."""
    N = narrative(s)
    H = heads(s)
    out = [("title", N["title"]), ("p", N["intro"]), ("h", H[0])]
    out += [("p", p) for p in N["sec1"]]
    out += [("h", H[1]), ("t2", ""), ("h", H[2]), ("t3", ""), ("h", H[3]), ("t4", ""), ("h", H[4])]
    out += [("p", p) for p in N["sec5"]] + [("h", H[5])] + [("p", p) for p in N["sec6"]]
    out += [("sign", N["sign"]), ("sign", N["date"])]
    return out


def html_body(s, tables: dict, p=lambda t: f"<p>{esc(t)}</p>", h=None, title=None, sign=None) -> str:
    h = h or (lambda t: f"<p><strong>{esc(t)}</strong></p>")
    title = title or (lambda t: f"<h1>{esc(t)}</h1>")
    sign = sign or (lambda t: f'<p style="text-align:right">{esc(t)}</p>')
    out = []
    for kind, t in blocks(s):
        if kind in tables:
            out.append(tables[kind])
        else:
            out.append({"title": title, "h": h, "p": p, "sign": sign}[kind](t))
    return "\n".join(out)


# ---------------------------------------------------------------- HTML families

def h_rows_as_tables(s):
    """Every table row a <table> of its own (pasted row by row into the CMS editor)."""
    cell = ctx(s)
    def split(grid, ncols, widths):
        out = []
        F = full(grid, ncols)
        for frow in F:
            tds = []
            c = 0
            while c < ncols:
                cellobj, origin = frow[c]
                cs = 1
                while c + cs < ncols and frow[c + cs][0] is cellobj and not frow[c + cs][1] and cellobj.cs > 1:
                    cs += 1
                text = esc(cellobj.text) if origin else ""
                w = sum(widths[c:c + cs])
                tds.append(f'<td width="{w}"{f" colspan={chr(34)}{cs}{chr(34)}" if cs > 1 else ""}>{text}</td>')
                c += cs
            out.append('<table border="1" cellspacing="0" cellpadding="2" width="640" '
                       'style="border-collapse:collapse;margin:0 auto;">\n<tr>' + "".join(tds) + "</tr>\n</table>")
        return "\n".join(out)
    t2 = split(t2_grid(s["template"], cell), 4, [220, 140, 140, 140])
    t3 = split(t3_grid(s["template"], cell), 10, [60, 70, 150, 50, 50, 50, 50, 50, 50, 50])
    t4 = split(t4_grid(cell), 15, [42] * 15)
    body = '<div class="article">\n' + html_body(s, {"t2": t2, "t3": t3, "t4": t4}) + "\n</div>"
    return page(s["title"], body, s["site"]).encode("utf-8")


def h_js_string(s):
    """Article body delivered as a JS string literal (HTML-safe JSON escapes) written by innerHTML."""
    cell = ctx(s)
    inner = html_body(s, {"t2": html_table(t2_grid(s["template"], cell)),
                          "t3": html_table(t3_grid(s["template"], cell)),
                          "t4": html_table(t4_grid(cell))}, title=lambda t: "")
    lit = json.dumps(inner, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("&", "\\u0026")
    body = (f'<div class="detail"><h1 class="detail-title">{esc(s["title"])}</h1>\n'
            f'<div class="detail-info">发布时间：{s["pub"]}　来源：{esc(s["agency"])}</div>\n'
            f'<div id="zoom" class="detail-content"></div></div>\n'
            f'<script type="text/javascript">\nvar articleContent = {lit};\n'
            f'document.getElementById("zoom").innerHTML = articleContent;\n</script>')
    return page(s["title"], body, s["site"]).encode("utf-8")


TRAD = json.loads((Path(__file__).with_name("trad_map.json")).read_text(encoding="utf-8"))


# Taiwan-standard forms where OpenCC's s2t picks a variant Big5 lacks (爲, 僞, 啓, 衆, 裏, 綫)
TRAD.update({"为": "為", "伪": "偽", "启": "啟", "众": "眾", "里": "裡", "线": "線"})


def trad(t: str) -> str:
    return "".join(TRAD.get(ch, ch) for ch in t)


def h_traditional(s):
    """The site's 繁體 version (server-side character conversion of the whole page)."""
    cell = ctx(s)
    def tgrid(g):
        return [[C(trad(c.text), c.rs, c.cs, c.key) for c in row] for row in g]
    tables = {"t2": html_table(tgrid(t2_grid(s["template"], cell))),
              "t3": html_table(tgrid(t3_grid(s["template"], cell))),
              "t4": html_table(tgrid(t4_grid(cell)))}
    body = html_body(s, tables, p=lambda t: f"<p>{esc(trad(t))}</p>",
                     h=lambda t: f"<h3>{esc(trad(t))}</h3>", title=lambda t: f"<h1>{esc(trad(t))}</h1>",
                     sign=lambda t: f'<p style="text-align:right">{esc(trad(t))}</p>')
    body = '<div class="lang"><a href="?lang=zh-cn">简体版</a> | <span>繁體版</span></div>\n' + body
    return page(trad(s["title"]), body, trad(s["site"]), lang="zh-TW").encode("utf-8")


def text_grid_lines(rows_: list[tuple[str, list[str]]], lw: int, cw: int) -> list[str]:
    out = []
    for label, vals in rows_:
        out.append(ljust(label, lw) + "".join(rjust(v, cw) for v in vals).rstrip() if vals else label)
    return out


def t3_text_rows(s, cell, wrap: int | None = None):
    rows_ = t3_flat(s["template"], cell)
    hdr = [("申请人情况", COL_NAMES)]
    out = []
    for label, vals in hdr + rows_:
        if wrap and width(label) > wrap * 2:
            first, rest = label[:wrap], label[wrap:]
            out.append((first, vals))
            while rest:
                out.append((rest[:wrap], []))
                rest = rest[wrap:]
        else:
            out.append((label, vals))
    return out


def t4_text_lines(cell, lw=0, cw=8):
    out = ["行政复议" + " " * 30 + "行政诉讼",
           " " * 40 + "未经复议直接起诉" + " " * 24 + "复议后起诉",
           "".join(rjust(n, cw) for _, n in T4_PARTS) * 3,
           "".join(rjust(cell(f"t4.{k}.{p}"), cw) for k, _ in T4_KINDS for p, _ in T4_PARTS)]
    return out


def h_pre(s):
    """Tables typed as fixed-width text inside <pre> in the CMS article (no <table> at all)."""
    cell = ctx(s)
    t2 = "\n".join(text_grid_lines(t2_flat(s["template"], cell), 30, 16))
    t3 = "\n".join(text_grid_lines(t3_text_rows(s, cell, wrap=22), 46, 14))
    t4 = "\n".join(t4_text_lines(cell))
    pre = lambda t: f'<pre style="font-family:宋体,monospace;font-size:12px">{esc(t)}</pre>'  # noqa: E731
    body = html_body(s, {"t2": pre(t2), "t3": pre(t3), "t4": pre(t4)})
    return page(s["title"], '<div class="TRS_Editor">\n' + body + "\n</div>", s["site"]).encode("utf-8")


def h_inputs(s):
    """Output of an online 年报填报系统: every value a read-only <input value=…> in its cell."""
    cell = ctx(s)
    def td(c):
        if c.key:
            name = c.key.replace(".", "_")
            return (f'<input type="text" class="form-control num" name="{name}" id="{name}" '
                    f'value="{esc(c.text)}" readonly="readonly">')
        return f'<span class="lbl">{esc(c.text)}</span>'
    attr = 'class="table table-bordered report-form"'
    tables = {"t2": html_table(t2_grid(s["template"], cell), attr, td),
              "t3": html_table(t3_grid(s["template"], cell), attr, td),
              "t4": html_table(t4_grid(cell), attr, td)}
    body = '<form id="reportForm" action="#" method="post">\n' + html_body(s, tables) + "\n</form>"
    return page(s["title"], body, s["site"]).encode("utf-8")


def h_t2_unmerged_dash(s):
    """GF2021 table 二 unmerged into its 4-column grid: one value and 「—」「—」 in the unused cells."""
    cell = ctx(s)
    g = []
    for row in t2_grid(s["template"], cell):
        nr = []
        for c in row:
            if c.cs == 3:
                nr.append(C(c.text, 1, 1, c.key))
                filler = "—" if c.key else ""
                nr += [C(filler), C(filler)]
            else:
                nr.append(c)
        g.append(nr)
    tables = {"t2": html_table(g, 'border="1" cellspacing="0" cellpadding="4" width="100%"'),
              "t3": html_table(t3_grid(s["template"], cell), 'border="1" cellspacing="0" width="100%"'),
              "t4": html_table(t4_grid(cell), 'border="1" cellspacing="0" width="100%"')}
    return page(s["title"], html_body(s, tables), s["site"]).encode("utf-8")


def h_footnotes(s):
    """Footnote marks printed in value cells as <sup> and a 「注」 row inside tables 三 and 四."""
    cell = ctx(s)
    marks = s["marks"]  # key -> mark text
    def td(c):
        t = esc(c.text)
        if c.key in marks:
            t += f"<sup>{marks[c.key]}</sup>"
        return t
    g3 = t3_grid(s["template"], cell)
    g3.append([C(s["note3"], 1, 10)])
    g4 = t4_grid(cell)
    g4.append([C(s["note4"], 1, 15)])
    attr = 'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse"'
    tables = {"t2": html_table(t2_grid(s["template"], cell), attr),
              "t3": html_table(g3, attr, td), "t4": html_table(g4, attr, td)}
    return page(s["title"], html_body(s, tables), s["site"]).encode("utf-8")


def h_paragraph_rows(s):
    """Tables flattened to paragraphs: each row a <p>, cells separated by &emsp; runs (no <table>)."""
    cell = ctx(s)
    sep = "&emsp;&emsp;"
    def paras(rows_):
        return "\n".join(f'<p style="text-indent:0">{esc(l)}{sep if v else ""}{sep.join(esc(x) for x in v)}</p>'
                         for l, v in rows_)
    unit = s.get("unit", "万元")
    t3rows = [("申请人情况", COL_NAMES)] + t3_flat(s["template"], cell)
    t4rows = [("行政复议", []), ("", [n for _, n in T4_PARTS]),
              ("", [cell(f"t4.rv.{p}") for p, _ in T4_PARTS]),
              ("行政诉讼（未经复议直接起诉）", []), ("", [n for _, n in T4_PARTS]),
              ("", [cell(f"t4.ld.{p}") for p, _ in T4_PARTS]),
              ("行政诉讼（复议后起诉）", []), ("", [n for _, n in T4_PARTS]),
              ("", [cell(f"t4.lr.{p}") for p, _ in T4_PARTS])]
    tables = {"t2": paras(t2_flat(s["template"], cell, unit)), "t3": paras(t3rows), "t4": paras(t4rows)}
    body = '<div class="Custom_UnionStyle">\n' + html_body(s, tables) + "\n</div>"
    return page(s["title"], body, s["site"], charset="utf-8").encode("utf-8")


# ---------------------------------------------------------------- Markdown families

def md_text(s, tables: dict, title_fmt="# {}", h_fmt="## {}") -> str:
    out = []
    for kind, t in blocks(s):
        if kind in tables:
            out.append(tables[kind])
        elif kind == "title":
            out.append(title_fmt.format(t))
        elif kind == "h":
            out.append(h_fmt.format(t))
        else:
            out.append(t)
    return "\n\n".join(out) + "\n"


def latex_tabular(grid, ncols) -> str:
    lines = ["\\begin{tabular}{|" + "c|" * ncols + "}", "\\hline"]
    F = full(grid, ncols)
    for r, frow in enumerate(F):
        parts = []
        c = 0
        while c < ncols:
            cellobj, origin = frow[c]
            cs = cellobj.cs if origin else 1
            if not origin:
                # covered by a row span (or trailing part of a colspan handled below)
                cs = 1
                while c + cs < ncols and frow[c + cs][0] is cellobj and not frow[c + cs][1]:
                    cs += 1
                parts.append(f"\\multicolumn{{{cs}}}{{|c|}}{{}}" if cs > 1 else "")
                c += cs
                continue
            t = cellobj.text
            if cellobj.rs > 1:
                t = f"\\multirow{{{cellobj.rs}}}{{*}}{{{t}}}"
            if cs > 1:
                t = f"\\multicolumn{{{cs}}}{{|c|}}{{{t}}}"
            parts.append(t)
            c += cs
        lines.append(" & ".join(parts) + " \\\\")
        lines.append("\\hline")
    lines.append("\\end{tabular}")
    return "\n".join(lines)


def m_latex(s):
    """Mathpix-style Markdown: tables as LaTeX tabular with \\multirow / \\multicolumn."""
    cell = ctx(s)
    tables = {"t2": latex_tabular(t2_grid(s["template"], cell), 4),
              "t3": latex_tabular(t3_grid(s["template"], cell), 10),
              "t4": latex_tabular(t4_grid(cell), 15)}
    return md_text(s, tables, h_fmt="\\section*{{{}}}", title_fmt="\\title{{{}}}").encode("utf-8")


def pipe(rows_: list[list[str]]) -> str:
    out = ["| " + " | ".join(rows_[0]) + " |", "|" + "---|" * len(rows_[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows_[1:]]
    return "\n".join(out)


def m_bold_footnotes(s):
    """LLM converter Markdown: totals in **bold**, footnote references [^n] after some values."""
    cell = ctx(s)
    refs = s["refs"]
    def v(key):
        t = cell(key)
        if key.endswith(".tot") or ".r7." in key:
            t = f"**{t}**"
        if key in refs:
            t += f"[^{refs[key]}]"
        return t
    t2 = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]
    for label, vals in t2_flat(s["template"], cell):
        t2.append([label] + vals + [""] * (3 - len(vals)))
    t3 = [["项目"] + COL_NAMES]
    for label, vals in t3_flat(s["template"], lambda k: k, group_rows=True):
        t3.append([label] + ([v(k) for k in vals] if vals else [""] * 7))
    t4 = [["案件类别"] + [n for _, n in T4_PARTS]]
    for k, n in [("rv", "行政复议"), ("ld", "行政诉讼·未经复议直接起诉"), ("lr", "行政诉讼·复议后起诉")]:
        t4.append([n] + [v(f"t4.{k}.{p}") for p, _ in T4_PARTS])
    notes = "\n".join(f"[^{n}]: {txt}" for n, txt in s["refnotes"])
    md = md_text(s, {"t2": pipe(t2), "t3": pipe(t3), "t4": pipe(t4)})
    return (md + "\n" + notes + "\n").encode("utf-8")


def m_fenced(s):
    """Converter that put each table, as space-aligned text, in a fenced code block."""
    cell = ctx(s)
    unit = s.get("unit", "万元")
    t2 = "```\n" + "\n".join(text_grid_lines(t2_flat(s["template"], cell, unit), 28, 16)) + "\n```"
    t3 = "```text\n" + "\n".join(text_grid_lines(t3_text_rows(s, cell, wrap=20), 42, 14)) + "\n```"
    t4 = "```text\n" + "\n".join(t4_text_lines(cell)) + "\n```"
    return md_text(s, {"t2": t2, "t3": t3, "t4": t4}).encode("utf-8")


def legacy_blocks(s):
    y = s["year"]
    a = s["agency"]
    st = s["stats"]
    paras = [
        f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布{y}年度{a}政府信息公开工作年度报告。"
        f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
        f"一、概述",
        f"{y}年，我局认真贯彻落实《条例》，进一步完善政府信息公开工作机制，扎实推进政府信息公开工作。",
        f"二、主动公开政府信息情况",
        f"全年主动公开政府信息{st['active']}条，其中通过政府网站公开{st['web']}条，通过政府公报、报刊等其他渠道公开{st['other']}条。",
        f"三、依申请公开政府信息情况",
        f"全年共受理政府信息公开申请{st['apps']}件，其中当面申请{st['face']}件、网络申请{st['net']}件、信函申请{st['letter']}件；"
        f"已按时答复{st['apps']}件。",
        f"四、政府信息公开的收费及减免情况",
        f"{y}年度未收取政府信息公开检索、复制、邮寄等费用。",
        f"五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        f"全年因政府信息公开申请提起行政复议{st['rv']}件，提起行政诉讼{st['lit']}件。",
        f"六、政府信息公开工作存在的主要问题和改进措施",
        "政府信息公开的及时性和规范性有待进一步提高。下一步，我局将进一步加强制度建设，提高公开质量。",
    ]
    table = [["统计指标", "单位", "统计数"],
             ["一、主动公开情况", "", ""],
             ["（一）主动公开政府信息数", "条", str(st["active"])],
             ["其中：主动公开规范性文件数", "条", str(st["norm"])],
             ["二、依申请公开情况", "", ""],
             ["（一）收到申请数", "件", str(st["apps"])],
             ["1.当面申请数", "件", str(st["face"])],
             ["2.网络申请数", "件", str(st["net"])],
             ["3.信函申请数", "件", str(st["letter"])],
             ["三、行政复议数量", "件", str(st["rv"])],
             ["四、行政诉讼数量", "件", str(st["lit"])]]
    return paras, table


def m_legacy(s):
    paras, table = legacy_blocks(s)
    out = [f"# {s['title']}", ""]
    for p in paras:
        out += [f"## {p}" if len(p) < 30 and p[1] == "、" else p, ""]
    out += ["**附表：政府信息公开情况统计表**", "", pipe(table), "", s["agency"], "", s["date"], ""]
    return "\n".join(out).encode("utf-8")


# ---------------------------------------------------------------- text families

def text_report(s, tables: dict, nl="\n", title_fmt="{}", h_fmt="{}") -> str:
    out = []
    for kind, t in blocks(s):
        if kind in tables:
            out.append(tables[kind])
        elif kind == "title":
            out.append(title_fmt.format(t))
        elif kind == "h":
            out.append(h_fmt.format(t))
        else:
            out.append(t)
    return nl.join(out).replace("\n", nl) + nl


def t_csv(s):
    """Excel 'save as CSV (UTF-8)': BOM, CRLF, quoted fields, label in three columns, thousands quoted."""
    cell = ctx(s)
    def rowsout(rows_):
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        for r in rows_:
            w.writerow(r)
        return buf.getvalue().rstrip("\r\n")
    def th(t):
        try:
            v = float(t)
            if v >= 1000 and "." not in t:
                return f"{int(v):,}"
        except ValueError:
            pass
        return t
    t2 = []
    for label, vals in t2_flat(s["template"], cell):
        t2.append([label] + [th(v) for v in vals] + [""] * (3 - len(vals)))
    t3 = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""],
          ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
          ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
    from model import rows as mrows, COLS
    seen = set()
    first = True
    for key, group, label in mrows(s["template"]):
        vals = [th(cell(f"t3.{key}.{c}")) for c in COLS]
        if key in ("new", "carry_in", "carry_out"):
            t3.append([label, "", ""] + vals)
            continue
        lead = "三、本年度办理结果" if first else ""
        first = False
        if group is None:
            t3.append([lead, label, ""] + vals)
        else:
            g = group if group not in seen else ""
            seen.add(group)
            t3.append([lead, g, label] + vals)
    t4 = [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
          ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
          ["", "", "", "", ""] + [n for _, n in T4_PARTS] * 2,
          [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    txt = text_report(s, {"t2": rowsout(t2), "t3": rowsout(t3), "t4": rowsout(t4)}, nl="\r\n")
    return b"\xef\xbb\xbf" + txt.encode("utf-8")


def t_big5(s):
    """繁體 text saved in Big5 (cp950), tab-separated rows, CRLF."""
    cell = ctx(s)
    unit = s.get("unit", "萬元")
    def tsv(rows_):
        return "\n".join(l + ("\t" + "\t".join(v) if v else "") for l, v in rows_)
    t3rows = [("申请人情况", COL_NAMES)] + t3_flat(s["template"], cell)
    t4rows = [("", [n for _, n in T4_PARTS] * 3), ("案件數量", [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS])]
    tables = {"t2": tsv(t2_flat(s["template"], cell, "万元")), "t3": tsv(t3rows),
              "t4": "行政复议\t\t\t\t\t行政诉讼·未经复议直接起诉\t\t\t\t\t行政诉讼·复议后起诉\n" + tsv(t4rows)}
    txt = text_report(s, tables, nl="\r\n")
    return trad(txt).encode("cp950")


ZW = "\u200b"


def t_zwsp(s):
    """Copied from a WeChat article: zero-width spaces inside numbers and labels, NBSP runs between cells."""
    cell = ctx(s)
    def zv(t):
        return ZW.join(t) if len(t) > 1 else t + ZW
    def zl(t):
        return t[:2] + ZW + t[2:] if len(t) > 3 else t
    sep = "\u00a0\u00a0\u00a0"
    def lines(rows_):
        return "\n".join(zl(l) + (sep + sep.join(zv(x) if x[:1].isdigit() or x[:1] in "+-" else x for x in v) if v else "")
                         for l, v in rows_)
    t3rows = [("申请人情况", COL_NAMES)] + t3_flat(s["template"], cell)
    t4rows = [("行政复议", [n for _, n in T4_PARTS]), ("", [cell(f"t4.rv.{p}") for p, _ in T4_PARTS]),
              ("未经复议直接起诉", [n for _, n in T4_PARTS]), ("", [cell(f"t4.ld.{p}") for p, _ in T4_PARTS]),
              ("复议后起诉", [n for _, n in T4_PARTS]), ("", [cell(f"t4.lr.{p}") for p, _ in T4_PARTS])]
    tables = {"t2": lines(t2_flat(s["template"], cell)), "t3": lines(t3rows), "t4": lines(t4rows)}
    txt = text_report(s, tables)
    head = f"{s['gzh']}\n{s['pub']}\u3000{s['gzh']}\n\n"
    return (head + txt + "\n预览时标签不可点\n微信扫一扫关注该公众号\n").encode("utf-8")


def t_html2text(s):
    """Python html2text dump: links as [text](url), tables as 'a | b' rows with ---|--- under the first."""
    cell = ctx(s)
    def tab(grid, ncols):
        F = full(grid, ncols)
        rows_ = []
        for frow in F:
            rows_.append(" | ".join(c.text if origin else "" for c, origin in frow))
        rows_.insert(1, "|".join(["---"] * ncols))
        return "\n".join(rows_)
    tables = {"t2": tab(t2_grid(s["template"], cell), 4), "t3": tab(t3_grid(s["template"], cell), 10),
              "t4": tab(t4_grid(cell), 15)}
    head = (f"[首页](http://{s['host']}/) > [政务公开](http://{s['host']}/zwgk/) > "
            f"[政府信息公开年报](http://{s['host']}/zwgk/ndbg/)\n\n")
    txt = text_report(s, tables, title_fmt="# {}", h_fmt="**{}**")
    tail = f"\n  * [网站地图](http://{s['host']}/wzdt/)\n  * [联系我们](http://{s['host']}/lxwm/)\n\n{s['site']} 版权所有\n"
    return (head + txt.replace("\n", "\n\n") + tail).encode("utf-8")


def t_acct_dash(s):
    """Copied from an Excel sheet in 会计专用 format: zero cells shown as ' -   ', tab-separated, CRLF."""
    cell = ctx(s)
    def tsv(rows_):
        return "\n".join(l + ("\t" + "\t".join(v) if v else "") for l, v in rows_)
    t3rows = [("申请人情况", COL_NAMES)] + t3_flat(s["template"], cell)
    t4rows = [("行政复议", [n for _, n in T4_PARTS]), ("", [cell(f"t4.rv.{p}") for p, _ in T4_PARTS]),
              ("未经复议直接起诉", [n for _, n in T4_PARTS]), ("", [cell(f"t4.ld.{p}") for p, _ in T4_PARTS]),
              ("复议后起诉", [n for _, n in T4_PARTS]), ("", [cell(f"t4.lr.{p}") for p, _ in T4_PARTS])]
    tables = {"t2": tsv(t2_flat(s["template"], cell)), "t3": tsv(t3rows), "t4": tsv(t4rows)}
    return text_report(s, tables, nl="\r\n").encode("utf-8")
