"""Shared pieces of the printers: cell text, the report as blocks, HTML/Markdown/text bodies (from eval/wild5)."""
from __future__ import annotations

import csv
import io

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


def pipe(rows_: list[list[str]]) -> str:
    out = ["| " + " | ".join(rows_[0]) + " |", "|" + "---|" * len(rows_[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows_[1:]]
    return "\n".join(out)


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
    return "\n".join(out).replace("\n", nl) + nl


