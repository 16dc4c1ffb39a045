"""Printers of eval/wild40's hunt: THE TABLES OUT OF THEIR PLACE — the three official tables numbered otherwise
(表1/表2/表3, 附表一…), printed in another order (table 四 before table 三, table 三 first), moved into an appendix
after the signature (「附件：…统计表」, the body saying 「详见附表n」), or preceded by a narrative table of other
figures (a 「主动公开情况统计表」 of the site's own counts that is NOT table 二).

The page is fam17's CMS page (s["cms"]); the blocks are moved on the printed page, the values are untouched, so the
gold (read from the same values) holds each official cell once. Options (all optional):
- s["caps40"] = [c2, c3, c4]: a caption line printed above table 二, 三, 四 (e.g. 「表1　主动公开政府信息情况」);
- s["order40"] = e.g. (2, 4, 3): the sections 二/三/四 (heading + table) in this order on the page;
- s["appendix40"] = (heading, [c2, c3, c4]): the three tables moved after the signature under `heading`, each under
  its caption (in s["order40"]'s order), the body keeping its sections in the template's order, each with its
  「详见附表n。」-style line (s["see40"]: the lines for 二, 三, 四);
- s["decoy40"] = (caption, rows): a table of other figures printed in section 一 (before table 二); never cells."""
from __future__ import annotations

import re

import fam17 as N

CAP = '<p style="text-align:center;font-weight:bold">{}</p>\n'
P = '<p style="text-indent:2em">{}</p>\n'


def _decoy_table(caption: str, rows: list[list[str]]) -> str:
    out = [CAP.format(caption), '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;'
           'margin:0 auto;width:90%">\n']
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in r) + "</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def h40(s):
    """fam17's CMS page, its three tables moved, renumbered or put in an appendix (see the module's docstring)."""
    html = N.h_cms17(s).decode("utf-8")
    heads = []
    for n in "二三四五":  # the section heading (a <p> or <h3> outside any table) that starts with 「n、」
        for m in re.finditer(r"<(?:p|h\d)\b[^>]*>(?:\s*<[^>]*>)*\s*" + n + "、", html):
            if html.count("<table", 0, m.start()) == html.count("</table>", 0, m.start()):
                heads.append(m.start())
                break
    assert len(heads) == 4 and heads == sorted(heads), heads
    pre, post = html[:heads[0]], html[heads[3]:]
    secs = [html[heads[i]:heads[i + 1]] for i in range(3)]  # 二, 三, 四: heading + table
    parts = []
    for i, sec in enumerate(secs):
        a = sec.index("<table")
        b = sec.rindex("</table>") + len("</table>")
        parts.append([sec[:a], sec[a:b], sec[b:]])  # heading, table, tail
    if s.get("caps40"):
        for i, c in enumerate(s["caps40"]):
            parts[i][1] = CAP.format(c) + parts[i][1]
    appendix = ""
    if s.get("appendix40"):
        head, caps = s["appendix40"]
        order = s.get("order40", (2, 3, 4))
        blocks = []
        for n, k in enumerate(order):  # the appendix's tables in the page's order, captioned in turn
            blocks.append(CAP.format(caps[n]) + parts[k - 2][1] + "\n")
        for i in range(3):  # s["see40"]: the body's line for table 二, 三, 四 (naming its 附表)
            parts[i][1] = P.format(s["see40"][i])
        appendix = P.format(head) + "".join(blocks)
        s["order40"] = (2, 3, 4)  # the body keeps its headings in the template's order
    if s.get("decoy40"):
        cap, rows = s["decoy40"]
        block = P.format(s.get("decoy_lead40", "")) + _decoy_table(cap, rows)
        if s.get("decoy_where40") == "sec2":  # inside section 二, after its heading, before table 二
            parts[0][0] = parts[0][0] + block
        else:  # at the end of section 一
            pre = pre + block
    order = s.get("order40", (2, 3, 4))
    body = "".join("".join(parts[k - 2]) for k in order)
    if appendix:
        # after the signature and its date (the last 「YYYY年M月D日」 of the article)
        d = [m.end() for m in re.finditer(r"\d{4}年\d{1,2}月\d{1,2}日", post)][-1]
        d = post.index("</p>", d) + len("</p>")
        post = post[:d] + "\n" + appendix + post[d:]
    return (pre + body + post).encode("utf-8")
