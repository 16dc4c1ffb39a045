"""Text, CSV and Markdown printers of eval/wild8 (one per layout family)."""
from __future__ import annotations

import csv
import io
import random

from base import ctx, md_text, pipe, text_report
from grids import full, t2_flat, t2_grid, t3_flat, t3_grid, t4_grid
from model import COL_NAMES, COLS, RESULT_HEAD, T4_KINDS, T4_PARTS, rows
from render import width
from text import H19, H21


# ---------------------------------------------------------------- OCR'd scan saved as text

OCR_LABEL = {"已": "己", "未": "末", "予": "子", "复": "夏"}


def t_ocr_noise(s):
    """A scanned report run through desktop OCR and saved as .txt: table rules read as 「|」 or 「丨」 at the ends of
    some rows, cells separated by one to three spaces, and character confusions — a zero read as 「O」 or 「o」, a
    one as 「l」 or 「I」 in some numbers, 已/己 未/末 予/子 复/夏 in some labels; stray 「、」 and 「'」 specks."""
    cell = ctx(s)
    rng = random.Random(s["id"] + "ocr")
    noisy = {}

    def ocr_num(key):
        t = cell(key)
        r = rng.random()
        if t == "0" and r < 0.18:
            t2 = rng.choice(["O", "o", "O"])
        elif "1" in t and r < 0.25:
            i = t.index("1")
            t2 = t[:i] + rng.choice(["l", "I", "l"]) + t[i + 1:]
        else:
            return t
        noisy[key] = t2
        return t2

    def ocr_label(t):
        out = []
        for ch in t:
            if ch in OCR_LABEL and rng.random() < 0.35:
                out.append(OCR_LABEL[ch])
            else:
                out.append(ch)
        return "".join(out)

    def line(parts):
        seps = [" " * rng.choice([1, 2, 2, 3]) for _ in parts]
        t = "".join(p + sp for p, sp in zip(parts, seps)).rstrip()
        r = rng.random()
        if r < 0.25:
            t = "| " + t + " |"
        elif r < 0.35:
            t = "丨" + t
        elif r < 0.42:
            t = t + " 、"
        return t
    t2 = [line([ocr_label(label)] + [ocr_num_t2 for ocr_num_t2 in vals]) for label, vals in t2_flat(s["template"], cell)]
    t3 = [line(["项目"] + COL_NAMES)]
    keys = iter([k for k, _, _ in rows(s["template"])])
    for label, vals in t3_flat(s["template"], cell):
        if vals:
            k = next(keys)
            t3.append(line([ocr_label(label)] + [ocr_num(f"t3.{k}.{c}") for c in COLS]))
        else:
            t3.append(ocr_label(label))
    t4 = [line(["行政复议", "", "", "", "", "行政诉讼"]), line(["未经复议直接起诉", "复议后起诉"]),
          line([n for _, n in T4_PARTS] * 3),
          line([ocr_num(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS])]
    s["ocr_printed"] = noisy
    return text_report(s, {"t2": "\n".join(t2), "t3": "\n".join(t3), "t4": "\n".join(t4)}, nl="\r\n").encode("gb18030")


# ---------------------------------------------------------------- copied out of a column-major PDF

def column_major(grid, n) -> list[str]:
    """The cells of a merged grid read column by column (a merged cell with its left column), top to bottom."""
    F = full(grid, n)
    out = []
    for c in range(n):
        for r in range(len(F)):
            cc, origin = F[r][c]
            if origin and (c == 0 or F[r][c - 1][0] is not cc) and cc.text:
                out.append(cc.text)
    return out


def t_column_major(s):
    """Text copied (Ctrl+A) out of a PDF whose tables the producer wrote column by column: each table comes out as
    its first column top to bottom, then the second … — one cell a line, the row labels in one run, then each
    column's name and its values."""
    cell = ctx(s)
    tabs = {"t2": "\n".join(column_major(t2_grid(s["template"], cell), 4)),
            "t3": "\n".join(column_major(t3_grid(s["template"], cell), 10)),
            "t4": "\n".join(column_major(t4_grid(cell), 15))}
    return text_report(s, tabs).encode("utf-8")


# ---------------------------------------------------------------- rows typed with 、 between values

def t_dunhao_rows(s):
    """A township office with no table editor: each row of tables 三 and 四 typed as a line 「（一）予以公开：12、0、0、
    1、0、0、13」 after a line giving the column order; table 二 as 「规章：本年制发0件、本年废止0件、现行有效0件」."""
    cell = ctx(s)
    t = s["template"]
    t2 = []
    for row in t2_grid(t, cell):
        keyed = [c for c in row if c.key]
        if keyed:
            t2.append(row[0].text + "：" + "、".join(c.text for c in keyed))
        elif row[0].text.startswith("第二十条"):
            t2.append(row[0].text)
        else:
            t2.append("（" + "、".join(c.text for c in row[1:]) + "）")
    t3 = ["（以下各项数据依次为：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计，单位：件）"]
    for label, vals in t3_flat(t, cell):
        t3.append(label + ("：" + "、".join(vals) + "。" if vals else "："))
    t4 = ["（以下各项数据依次为：结果维持、结果纠正、其他结果、尚未审结、总计，单位：件）"]
    for k, n in (("rv", "行政复议"), ("ld", "行政诉讼（未经复议直接起诉）"), ("lr", "行政诉讼（复议后起诉）")):
        t4.append(n + "：" + "、".join(cell(f"t4.{k}.{p}") for p, _ in T4_PARTS) + "。")
    return text_report(s, {"t2": "\n".join(t2), "t3": "\n".join(t3), "t4": "\n".join(t4)}).encode("utf-8")


# ---------------------------------------------------------------- GF2019: dot leaders

def t_dot_leaders(s):
    """GF2019 text copied out of a PDF of a Word file whose tables were typed as tab stops with dot leaders: each row
    「（一）予以公开…………………… 12  0  0  1  0  0  13」, the leader dots (U+2026 runs) between the label and the first
    value, the values apart by two spaces; headers as lines of their own."""
    cell = ctx(s)
    t = s["template"]

    def lead(label, vals, w=46):
        dots = "…" * max(2, (w - width(label)) // 2)
        return f"{label}{dots} " + "  ".join(vals)
    t2 = [lead(label, vals) if vals and any(c.isdigit() for c in "".join(vals)) else
          (label + ("　" + "　".join(vals) if vals else "")) for label, vals in t2_flat(t, cell)]
    t3 = ["申请人情况：自然人  商业企业  科研机构  社会公益组织  法律服务机构  其他  总计"]
    t3 += [lead(label, vals) if vals else label for label, vals in t3_flat(t, cell)]
    t4 = ["行政复议（结果维持  结果纠正  其他结果  尚未审结  总计）"]
    t4 += [lead(n, [cell(f"t4.{k}.{p}") for p, _ in T4_PARTS]) for k, n in
           (("rv", "行政复议"), ("ld", "行政诉讼·未经复议直接起诉"), ("lr", "行政诉讼·复议后起诉"))]
    return text_report(s, {"t2": "\n".join(t2), "t3": "\n".join(t3), "t4": "\n".join(t4)}).encode("utf-8")


# ---------------------------------------------------------------- CSV attachment (GBK)

def c_csv_gbk(s):
    """The statistics as the .csv attachment a 数据开放 column offers (Excel 「CSV（逗号分隔）」, so GBK, CRLF): a title
    line, 填报单位 and 统计年度 lines, the headings 二、三、四 as one-field lines, every merged grid as rows with the
    merged slots empty, numbers bare; no narrative."""
    cell = ctx(s)
    H = H21 if s["template"] == "GF2021" else H19
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([s["title"]] + [""] * 14)
    w.writerow([f"填报单位：{s['agency']}", "", "", "", "", "", "", f"统计年度：{s['year']}年"] + [""] * 7)
    for h, g, n in ((H[1], t2_grid(s["template"], cell), 4), (H[2], t3_grid(s["template"], cell), 10),
                    (H[3], t4_grid(cell), 15)):
        w.writerow([h] + [""] * 14)
        for frow in full(g, n):
            vals = [c.text if origin else "" for c, origin in frow]
            w.writerow(vals + [""] * (15 - len(vals)))
    return buf.getvalue().encode("gb18030")


# ---------------------------------------------------------------- Markdown: numbers as inline math

def m_inline_math(s):
    """Markdown from a PDF converter that writes every number of a table cell as inline math (「$12$」, 「$0$」,
    decimals 「$8372.42$」, signed 「$+2$」) — Doc2X-style; pipe tables, one label column, group headings as rows."""
    cell = ctx(s)
    m = lambda v: f"${v}$" if v else ""  # noqa: E731
    t = s["template"]
    t2 = [["信息内容", "", "", ""]] + [[label] + [m(v) if any(ch.isdigit() for ch in v) else v for v in vals]
                                       + [""] * (3 - len(vals)) for label, vals in t2_flat(t, cell)]
    t3 = [["项目"] + COL_NAMES] + [[label] + [m(v) for v in (vals or [""] * 7)] for label, vals in t3_flat(t, cell)]
    t4 = [["行政复议"] * 5 + ["行政诉讼"] * 10, [""] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5,
          [n for _, n in T4_PARTS] * 3, [m(cell(f"t4.{k}.{p}")) for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    return md_text(s, {"t2": pipe(t2), "t3": pipe(t3), "t4": pipe(t4)}).encode("utf-8")


# ---------------------------------------------------------------- Markdown: table 三 cut at every group

def m_table_per_group(s):
    """Markdown from a converter that cuts table 三 wherever a merged group heading starts: one pipe table for
    新收/结转, one for （一）（二） under 「三、本年度办理结果」, one per group （三）…（六） whose first header cell is
    the group's name, one for （七）总计 and 结转下年度; every part repeats the seven column names."""
    cell = ctx(s)
    t = s["template"]
    hdr = COL_NAMES
    parts: list[list[list[str]]] = [[["项目"] + hdr]]
    for key, group, label in rows(t):
        vals = [cell(f"t3.{key}.{c}") for c in COLS]
        if key == "r1":
            parts.append([[RESULT_HEAD] + hdr])
        elif group and label.startswith("1."):
            parts.append([[group] + hdr])
        elif key == "r7":
            parts.append([["合计"] + hdr])
        parts[-1].append([label] + vals)
    t3 = "\n\n".join(pipe(p) for p in parts)
    t2 = [["信息内容", "", "", ""]] + [[label] + vals + [""] * (3 - len(vals)) for label, vals in t2_flat(t, cell)]
    t4 = [["行政复议"] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5, [n for _, n in T4_PARTS] * 3,
          [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]]
    return md_text(s, {"t2": pipe(t2), "t3": t3, "t4": pipe(t4)}).encode("utf-8")
