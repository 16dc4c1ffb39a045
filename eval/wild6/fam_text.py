"""Markdown, text, RTF and XLSX printers of eval/wild6 (one per layout family)."""
from __future__ import annotations

import io
import zipfile

from base import blocks, ctx, legacy_blocks, md_text, pipe, text_report
from grids import C, t2_flat, t2_grid, t3_flat, t3_grid, t4_grid
from model import COL_NAMES, COLS, RESULT_HEAD, T4_KINDS, T4_PARTS, rows
from render import esc, html_table, ljust, rjust, width


def one_line_table(grid) -> str:
    return "<html><body>" + html_table(grid, "").replace("\n", "").replace("<table >", "<table>") + "</body></html>"


def m_mineru(s):
    """MinerU-style Markdown: each table one line of <html><body><table>…; table 三 cut at the page break
    into two tables (the second without header, its first rows under an empty merged cell); the seal as an
    image line."""
    cell = ctx(s)
    g3 = t3_grid(s["template"], cell)
    cut = next(i for i, r in enumerate(g3) if any(c.key == "t3.r5_1.np" for c in r))
    head_cell = next(c for r in g3 for c in r if c.text == RESULT_HEAD)
    first = [list(r) for r in g3[:cut]]
    rest = [list(r) for r in g3[cut:]]
    start = next(i for i, r in enumerate(g3) if head_cell in r)
    n_before = cut - start
    n_after = head_cell.rs - n_before
    for r in first:
        for i, c in enumerate(r):
            if c is head_cell:
                r[i] = C(RESULT_HEAD, n_before, 1)
    rest[0] = [C("", n_after, 1)] + rest[0]
    t3 = one_line_table(first) + "\n\n" + one_line_table(rest)
    tables = {"t2": one_line_table(t2_grid(s["template"], cell)), "t3": t3, "t4": one_line_table(t4_grid(cell))}
    md = md_text(s, tables)
    seal = f"![](images/{s['img']}.jpg)\n\n"
    return md.replace(f"\n\n{s['agency']}\n\n", f"\n\n{seal}{s['agency']}\n\n", 1).encode("utf-8")


def brk(label: str, n: int = 12) -> str:
    out, cur = [], ""
    for ch in label:
        cur += ch
        if len(cur) >= n and ch in "，、）":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return "<br>".join(out)


def m_pipe_br(s):
    """Pipe tables from a DOCX converter that keeps line breaks as <br>: the three header rows of table 三
    folded into one row of <br>-joined names, long labels broken by <br>, group and item joined by <br>,
    table 四 as one header row of <br>-joined names over one value row."""
    cell = ctx(s)
    t2 = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]
    for label, vals in t2_flat(s["template"], cell):
        if label == "信息内容" or label.startswith("第二十条"):
            continue
        t2.append([label] + vals + [""] * (3 - len(vals)))
    hdr = ["项目", "申请人情况<br>自然人"] + [f"申请人情况<br>法人或其他组织<br>{n}" for n in COL_NAMES[1:6]] + ["申请人情况<br>总计"]
    t3 = [hdr]
    for key, group, label in rows(s["template"]):
        lab = (group + "<br>" + label) if group else label
        if key not in ("new", "carry_in", "carry_out"):
            lab = RESULT_HEAD + "<br>" + lab if key == "r1" else lab
        t3.append([brk(lab)] + [cell(f"t3.{key}.{c}") for c in COLS])
    names = []
    for k, kn in T4_KINDS:
        for p, pn in T4_PARTS:
            names.append(("行政复议" if k == "rv" else f"行政诉讼<br>{kn}") + f"<br>{pn}")
    t4 = [names, [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    # table 二 in three tables as the converter splits it at the 第二十条 headings
    return md_text(s, {"t2": pipe(t2), "t3": pipe(t3), "t4": pipe(t4)}).encode("utf-8")


def m_front_matter(s):
    """Static-site (Hugo) page: YAML front matter (title, date, tags, weight), table 二 as four small pipe
    tables under bold 第二十条 lines, table 三 with one label column, table 四 with kinds as rows."""
    cell = ctx(s)
    unit = s.get("unit", "万元")
    out = []
    cur = None
    for row in t2_grid(s["template"], cell, unit):
        if row[0].text.startswith("第二十条"):
            cur = []
            out.append((row[0].text, cur))
            continue
        texts = [c.text for c in row]
        cur.append(texts + [""] * (4 - len(texts)))
    t2 = "\n\n".join(f"**{h}**\n\n" + pipe([[x for x in r] for r in rows_]) for h, rows_ in out)
    t3 = [["项目"] + COL_NAMES]
    for label, vals in t3_flat(s["template"], cell):
        t3.append([label] + (vals if vals else [""] * 7))
    t4 = [["类别"] + [n for _, n in T4_PARTS]]
    for k, n in (("rv", "行政复议"), ("ld", "行政诉讼（未经复议直接起诉）"), ("lr", "行政诉讼（复议后起诉）")):
        t4.append([n] + [cell(f"t4.{k}.{p}") for p, _ in T4_PARTS])
    fm = (f"---\ntitle: \"{s['title']}\"\ndate: {s['year'] + 1}-01-{s['day']:02d}T09:30:00+08:00\n"
          f"draft: false\nweight: {s['weight']}\ncategories: [\"政府信息公开年报\"]\ntags: [\"{s['agency']}\", \"年报\"]\n---\n\n")
    return (fm + md_text(s, {"t2": t2, "t3": pipe(t3), "t4": pipe(t4)}, title_fmt="# {}", h_fmt="### {}")).encode("utf-8")


# ---------------------------------------------------------------- text

def q(t: str) -> str:
    return '"' + t.replace('"', '""') + '"' if ("\n" in t or '"' in t) else t


def wrapped_label(t: str, n: int = 10) -> str:
    parts, cur = [], ""
    for ch in t:
        cur += ch
        if len(cur) >= n:
            parts.append(cur)
            cur = ""
    if cur:
        parts.append(cur)
    return "\n".join(parts)


def t_tsv_multiline(s):
    """Excel copy (text/plain) of sheets whose cells wrap with Alt+Enter: tab-separated, CRLF rows, a cell
    with a line break quoted with "…" and the break kept inside it; merged areas as empty fields."""
    cell = ctx(s)
    def tsv(rows_):
        return "\r\n".join("\t".join(q(x) for x in r) for r in rows_)
    t2 = [[label] + vals + [""] * (3 - len(vals)) for label, vals in t2_flat(s["template"], cell)]
    t3 = [[q(wrapped_label("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 12)), "", "", "申请人情况"] + [""] * 6,
          ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
          ["", "", "", ""] + COL_NAMES[1:6] + [""]]
    seen = set()
    for key, group, label in rows(s["template"]):
        vals = [cell(f"t3.{key}.{c}") for c in COLS]
        if key in ("new", "carry_in", "carry_out"):
            t3.append([wrapped_label(label, 10), "", ""] + vals)
            continue
        lead = wrapped_label(RESULT_HEAD, 4) if key == "r1" else ""
        if group is None:
            t3.append([lead, wrapped_label(label, 10), ""] + vals)
        else:
            g = wrapped_label(group, 4) if group not in seen else ""
            seen.add(group)
            t3.append([lead, g, wrapped_label(label, 10)] + vals)
    t4 = [["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
          [wrapped_label(n, 2) for _, n in T4_PARTS] + ["未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
          ["", "", "", "", ""] + [wrapped_label(n, 2) for _, n in T4_PARTS] * 2,
          [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    tabs = {"t2": tsv(t2), "t3": tsv(t3), "t4": tsv(t4)}
    return text_report(s, tabs, nl="\r\n").encode("utf-8")


def t_emoji_share(s):
    """Shared from a government app to a chat: emoji bullets, one line per table row with the columns
    named and separated by 「｜」, 【】 section marks, app footer."""
    cell = ctx(s)
    out = []
    for label, vals in t2_flat(s["template"], cell):
        if label.startswith("第二十条"):
            out.append(f"📌{label}")
        elif label == "信息内容":
            names = vals
        else:
            out.append("🔹" + label + "：" + "｜".join(f"{(names[i] if len(vals) > 1 else names[0])}{v}"
                                                     for i, v in enumerate(vals)))
    t2 = "\n".join(out)
    out = []
    for label, vals in t3_flat(s["template"], cell):
        if not vals:
            out.append(f"📂{label}")
        else:
            out.append("▶️" + label + "：" + "｜".join(f"{n} {v}" for n, v in zip(COL_NAMES, vals)))
    t3 = "\n".join(out)
    out = []
    for k, n in (("rv", "行政复议"), ("ld", "行政诉讼-未经复议直接起诉"), ("lr", "行政诉讼-复议后起诉")):
        out.append("⚖️" + n + "：" + "｜".join(f"{pn} {cell(f't4.{k}.{p}')}" for p, pn in T4_PARTS))
    t4 = "\n".join(out)
    txt = text_report(s, {"t2": t2, "t3": t3, "t4": t4}, title_fmt="📢【政务公开】{}", h_fmt="【{}】")
    tail = f"\n——来自「{s['app']}」APP\n👉 点击链接查看原文 https://{s['host']}/m/art/{s['docid']}\n"
    return (txt + tail).encode("utf-8")


def hard_wrap(line: str, w: int) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if width(cur + ch) > w:
            out.append(cur.rstrip())
            cur = ch
        else:
            cur += ch
    out.append(cur.rstrip())
    return [x for x in out if x.strip()] or [""]


def t_hard_wrap(s):
    """Plain text hard-wrapped at 72 columns (CJK counted double): space-aligned table rows too long for
    the width continue on the next line, so values of one row are split over two lines."""
    cell = ctx(s)
    def grid_lines(rows_, lw, cw):
        return [ljust(label, lw) + "".join(rjust(v, cw) for v in vals) if vals else label for label, vals in rows_]
    t2 = grid_lines(t2_flat(s["template"], cell), 24, 14)
    t3 = [ljust("申请人情况", 40) + "  ".join(COL_NAMES)] + grid_lines(t3_flat(s["template"], cell), 40, 8)
    t4 = [" ".join(n for _, n in T4_PARTS) * 1,
          "行政复议 " + " ".join(cell(f"t4.rv.{p}") for p, _ in T4_PARTS),
          "未经复议直接起诉 " + " ".join(cell(f"t4.ld.{p}") for p, _ in T4_PARTS),
          "复议后起诉 " + " ".join(cell(f"t4.lr.{p}") for p, _ in T4_PARTS)]
    tabs = {"t2": "\n".join(t2), "t3": "\n".join(t3), "t4": "\n".join(t4)}
    txt = text_report(s, tabs)
    out = []
    for line in txt.split("\n"):
        out += hard_wrap(line, 72) if line else [""]
    return ("\n".join(out)).encode("utf-8")


def t_legacy_colon(s):
    """2017 report (old 条例) as GBK text without BOM, CRLF; the statistics as 「指标：数值单位」 lines."""
    paras, table = legacy_blocks(s)
    out = [s["title"], ""] + paras + ["", "附：政府信息公开情况统计"]
    for name, unit, v in table[1:]:
        out.append(f"{name}：{v}{unit}" if v else name)
    out += ["", s["agency"], s["date"]]
    return "\r\n".join(out).encode("gbk") + b"\r\n"


# ---------------------------------------------------------------- RTF

def rtf_text(t: str) -> str:
    out = []
    for ch in t:
        if ord(ch) < 128:
            out.append("\\" + ch if ch in "\\{}" else ch)
        else:
            out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
    return "".join(out)


def r_rtf(s):
    """WPS 'save as RTF' (ansicpg936): Chinese as \\'hh GBK bytes, tables as \\trowd…\\cellx…\\intbl…\\cell
    …\\row with vertical merges (\\clvmgf/\\clvmrg) for the label column, no Word tables elsewhere."""
    cell = ctx(s)
    unit = s.get("unit", "万元")
    def table(rows_, widths):
        out = []
        for r in rows_:
            x = 0
            defs = ["\\trowd\\trgaph108\\trleft-108"]
            for i, (t, merge) in enumerate(r):
                x += widths[i]
                m = {"first": "\\clvmgf", "cont": "\\clvmrg"}.get(merge, "")
                defs.append(f"{m}\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10"
                            f"\\clbrdrr\\brdrs\\brdrw10\\cellx{x}")
            cells = "".join(f"\\pard\\intbl\\qc\\f1\\fs18 {rtf_text(t)}\\cell " for t, _ in r)
            out.append("".join(defs) + "\n" + cells + "\\row\n")
        return "".join(out) + "\\pard\n"
    t2 = [[(label, None)] + [(v, None) for v in vals] + [("", None)] * (3 - len(vals))
          for label, vals in t2_flat(s["template"], cell, unit)]
    t3 = [[("项目", None), ("", None)] + [(n, None) for n in COL_NAMES]]
    seen = set()
    for key, group, label in rows(s["template"]):
        vals = [(cell(f"t3.{key}.{c}"), None) for c in COLS]
        if group is None:
            t3.append([(label, None), ("", None)] + vals)
        else:
            first = group not in seen
            seen.add(group)
            t3.append([(group if first else "", "first" if first else "cont"), (label, None)] + vals)
    t4 = [[("行政复议", None)] + [("", None)] * 4 + [("行政诉讼", None)] + [("", None)] * 9,
          [("", None)] * 5 + [("未经复议直接起诉", None)] + [("", None)] * 4 + [("复议后起诉", None)] + [("", None)] * 4,
          [(n, None) for _, n in T4_PARTS] * 3,
          [(cell(f"t4.{k}.{p}"), None) for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    tabs = {"t2": table(t2, [2600, 2000, 2000, 2000]), "t3": table(t3, [1200, 2600] + [700] * 7),
            "t4": table(t4, [620] * 15)}
    out = ["{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 "
           + rtf_text("宋体") + ";}{\\f1\\fnil\\fcharset134 " + rtf_text("仿宋_GB2312") + ";}}\n"
           "{\\*\\generator WPS Office;}\\viewkind4\\uc2\\paperw11906\\paperh16838\n"]
    for kind, t in blocks(s):
        if kind in tabs:
            out.append(tabs[kind])
        elif kind == "title":
            out.append(f"\\pard\\qc\\b\\f0\\fs36 {rtf_text(t)}\\b0\\par\n")
        elif kind == "h":
            out.append(f"\\pard\\fi640\\b\\f0\\fs32 {rtf_text(t)}\\b0\\par\n")
        elif kind == "sign":
            out.append(f"\\pard\\qr\\f1\\fs32 {rtf_text(t)}\\par\n")
        else:
            out.append(f"\\pard\\fi640\\qj\\f1\\fs32 {rtf_text(t)}\\par\n")
    out.append("}\n")
    return "".join(out).encode("ascii")


# ---------------------------------------------------------------- XLSX

def col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(grid_rows: list[list[str]], merges: list[str]) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.'
           'org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           '<sheetData>']
    for r, row in enumerate(grid_rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col_letter(c)}{r}"
            if v == "":
                continue
            try:
                float(v)
                isnum = not v.startswith("+")
            except ValueError:
                isnum = False
            if isnum:
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{esc(v)}</t></is></c>')
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) +
                   "</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def grid_to_sheet(title: str, grid, ncols: int):
    from grids import full
    F = full(grid, ncols)
    rows_ = [[title] + [""] * (ncols - 1)]
    merges = [f"A1:{col_letter(ncols - 1)}1"]
    for r, frow in enumerate(F, 2):
        rows_.append([c.text if origin else "" for c, origin in frow])
    # merges from the grid
    for r, frow in enumerate(F, 2):
        for c, (cellobj, origin) in enumerate(frow):
            if origin and (cellobj.rs > 1 or cellobj.cs > 1):
                merges.append(f"{col_letter(c)}{r}:{col_letter(c + cellobj.cs - 1)}{r + cellobj.rs - 1}")
    return rows_, merges


def x_sheets(s):
    """XLSX attachment 「年报统计表.xlsx」: one sheet per table (表二/表三/表四), a title row merged over the
    table on each sheet, merged header cells, numbers as numeric cells, no narrative."""
    cell = ctx(s)
    sheets = [("表二", f"{s['agency']}{s['year']}年政府信息公开工作年度报告 表二 主动公开政府信息情况",
               t2_grid(s["template"], cell), 4),
              ("表三", f"{s['agency']}{s['year']}年政府信息公开工作年度报告 表三 收到和处理政府信息公开申请情况",
               t3_grid(s["template"], cell), 10),
              ("表四", f"{s['agency']}{s['year']}年政府信息公开工作年度报告 表四 政府信息公开行政复议、行政诉讼情况",
               t4_grid(cell), 15)]
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.'
        'openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/>' + "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
            f'officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, 4)) + "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships"><sheets>' + "".join(
            f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _, _, _) in enumerate(sheets, 1)) +
        "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            f'worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, 4)) + "</Relationships>",
    }
    for i, (_, title, grid, n) in enumerate(sheets, 1):
        files[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(*grid_to_sheet(title, grid, n))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()
