"""Text, Markdown and CSV printers of eval/wild9."""
from __future__ import annotations

import random

from base import blocks, ctx, legacy_blocks, pipe, text_report
from fam9_html import cn_num
from grids import t2_flat, t3_flat
from model import COL_NAMES, COLS, T4_KINDS, T4_PARTS, rows

T4_HEAD = [f"{k}{p}" for _, k in (("rv", "行政复议"), ("ld", "未经复议直接起诉"), ("lr", "复议后起诉"))
           for _, p in T4_PARTS]


def t_fullwidth_bars(s):
    """Text typed in an IME with full-width bars 「｜」 between cells (no rules); a real defect: 行政复议 总计 one
    too many."""
    cell = ctx(s)

    def bar(cells):
        return "｜" + "｜".join(cells) + "｜"
    t2 = "\n".join(bar([lab] + vals) for lab, vals in t2_flat(s["template"], cell))
    t3 = "\n".join([bar(["项目"] + COL_NAMES)] + [bar([lab] + vals) for lab, vals in t3_flat(s["template"], cell)])
    t4 = "\n".join([bar(T4_HEAD), bar([cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS])])
    return text_report(s, {"t2": t2, "t3": t3, "t4": t4}).encode("utf-8")


def t_superscript_marks(s):
    """Tab-separated text whose figures carry Unicode superscript footnote marks 「12¹」 「3²」 (copied from a page
    that typed them), the notes under the table."""
    rng = random.Random(s["id"] + "fn")
    keys = [k for k, v in s["t3"].items() if v and not k.startswith("r7")]
    marked = dict(zip(sorted(rng.sample(keys, 6)), "¹²¹²¹²"))
    cell0 = ctx(s)

    def cell(key):
        return cell0(key) + marked.get(key[3:], "") if key.startswith("t3.") else cell0(key)
    t2 = "\n".join("\t".join([lab] + vals) for lab, vals in t2_flat(s["template"], cell))
    t3 = "\n".join(["项目\t" + "\t".join(COL_NAMES)] + ["\t".join([lab] + vals) for lab, vals in
                                                       t3_flat(s["template"], cell)])
    t3 += "\n注：¹含上级机关转办的申请；²含通过信函方式提出的申请。"
    t4 = "\t".join(T4_HEAD) + "\n" + "\t".join(cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS)
    return text_report(s, {"t2": t2, "t3": t3, "t4": t4}).encode("utf-8")


def m_blockquote(s):
    """Markdown of a forwarded note: the whole report inside a block quote (every line 「> 」), pipe tables too."""
    cell = ctx(s)
    t2 = pipe([["项目", "", "", ""]] + [[lab] + vals + [""] * (3 - len(vals)) for lab, vals in t2_flat(s["template"], cell)])
    t3 = pipe([["项目"] + COL_NAMES] + [[lab] + (vals or [""] * 7) for lab, vals in t3_flat(s["template"], cell)])
    t4 = pipe([T4_HEAD, [cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS]])
    out = []
    for kind, t in blocks(s):
        tx = {"t2": t2, "t3": t3, "t4": t4}.get(kind, t)
        if kind == "title":
            tx = "**" + t + "**"
        elif kind == "h":
            tx = "### " + t
        out.append(tx)
    md = "\n\n".join(out)
    quoted = "\n".join(("> " + ln) if ln else ">" for ln in md.split("\n"))
    return (f"转发：{s['title']}\n\n" + quoted + "\n").encode("utf-8")


def t19_email(s):
    """GF2019 report as the plain-text body of a forwarded e-mail: 发件人/主题 lines naming the office, the
    original message quoted line by line with 「> 」, tables tab-separated inside the quote."""
    cell = ctx(s)
    t2 = "\n".join("\t".join([lab] + vals) for lab, vals in t2_flat(s["template"], cell))
    t3 = "\n".join(["\t" + "\t".join(COL_NAMES)] + ["\t".join([lab] + vals) for lab, vals in
                                                   t3_flat(s["template"], cell)])
    t4 = "\t".join(T4_HEAD) + "\n" + "\t".join(cell(f"t4.{k}.{p}") for k, _ in T4_KINDS for p, _ in T4_PARTS)
    rep = text_report(s, {"t2": t2, "t3": t3, "t4": t4})
    head = (f"发件人：{s['agency']}办公室\n收件人：区政务公开办\n主题：转发：{s['title']}\n\n"
            "各位好，年报正文如下，请审核。\n\n-----原始邮件-----\n")
    return (head + "\n".join("> " + ln for ln in rep.rstrip("\n").split("\n")) + "\n").replace("\n", "\r\n").encode("gb18030")


def t_legacy_cn(s):
    """2016 report on the old 条例 as text whose counts are written in Chinese numerals (「受理申请三件」)."""
    st = {k: cn_num(v) for k, v in s["stats"].items()}
    y = s["year"]
    paras = [s["title"],
             f"根据《中华人民共和国政府信息公开条例》要求，现公布{s['agency']}{y}年度政府信息公开工作年度报告。",
             "一、概述", f"{y}年，我办认真贯彻落实《条例》，扎实推进政府信息公开工作。",
             "二、主动公开政府信息情况",
             f"全年主动公开政府信息{st['active']}条，其中通过网站公开{st['web']}条，通过其他渠道公开{st['other']}条；公开规范性文件{st['norm']}件。",
             "三、依申请公开政府信息情况",
             f"全年共受理政府信息公开申请{st['apps']}件，其中当面申请{st['face']}件、网络申请{st['net']}件、信函申请{st['letter']}件。",
             "四、政府信息公开的收费及减免情况", "未收取任何费用。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
             f"全年因政府信息公开申请提起行政复议{st['rv']}件，提起行政诉讼{st['lit']}件。",
             "六、存在的主要问题和改进措施", "公开内容还不够全面。下一步将进一步规范公开工作。",
             s["agency"], s["date"]]
    return ("\r\n".join(paras) + "\r\n").encode("gb18030")


def c_long_format(s):
    """Open-data CSV in long form (UTF-8 with BOM): one line per cell 「表,项目,栏目,数值」 with the item's full path."""
    cell = ctx(s)
    out = ["表,项目,栏目,数值"]
    T2 = "二、主动公开政府信息情况"
    for lab, vals in [r for r in t2_flat(s["template"], cell)]:
        pass
    from grids import t2_grid
    sect = ""
    heads: list[str] = []
    for row in t2_grid(s["template"], cell):
        texts = [c.text for c in row]
        keyed = [c for c in row if c.key]
        if not keyed and len(row) == 1:
            sect = texts[0]
        elif not keyed:
            heads = texts[1:]
        else:
            for h, c in zip(heads, keyed):
                out.append(f"{T2},{sect}/{row[0].text},{h},{c.text}")
    T3 = "三、收到和处理政府信息公开申请情况"
    for key, group, label in rows(s["template"]):
        path = label if key in ("new", "carry_in", "r7", "carry_out") else \
            "三、本年度办理结果/" + (f"{group}/{label}" if group else label)
        for c, n in zip(COLS, COL_NAMES):
            col = n if c in ("np", "tot") else f"法人或其他组织/{n}"
            out.append(f"{T3},{path},{col},{cell(f't3.{key}.{c}')}")
    T4 = "四、政府信息公开行政复议、行政诉讼情况"
    for k, kn in T4_KINDS:
        kp = kn if k == "rv" else f"行政诉讼/{kn}"
        for p, pn in T4_PARTS:
            out.append(f"{T4},{kp},{pn},{cell(f't4.{k}.{p}')}")
    head = f"{s['title']},,,\n填报单位：{s['agency']},,,\n"
    return ("\ufeff" + head + "\n".join(out) + "\n").encode("utf-8")


__all__ = ["legacy_blocks"]
