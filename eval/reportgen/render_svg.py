"""A document-preview service's 「在线预览」 page: the report drawn as inline SVG, one `<svg>` a page,
every run of text a `<text x y>` at its baseline (the same placements as pdftohtml's,
`render_html.placements`), no HTML table (extractor/positioned_svg.py reads it)."""

from __future__ import annotations

import html

from eval.reportgen.draw import Draw
from eval.reportgen.layout import Parts
from eval.reportgen.render_html import TABLE_FONT, TEXT_FONT, _em, placements

_PAGE = (892, 1262)  # px of the placements' page


def svg_pages(parts: Parts, d: Draw) -> str:
    """Variations a converter makes: a wrapped label as one `<text>` with a `<tspan x dy>` a line or a
    `<text>` a line; every character placed by an x list, with some letter spacing; numbers centred
    (`text-anchor="middle"`) or left; the page in A4 points with the drawing scaled by a
    `<g transform>` or in pixels as placed; a page frame (`<rect>`), a rule under the running head
    (`<path>`, `<line>`) or none; the viewer's furniture (title bar, toolbar) outside the drawings."""
    tspans = d.int(0, 1) == 1
    glyphs = d.int(0, 2) == 0  # every character placed by an x list (PDF.js, glyph exports)
    spacing = d.int(0, 2) * 0.05  # letter spacing in ems
    middle = d.int(0, 1) == 1
    scaled = d.int(0, 1) == 1
    rules = d.int(0, 3)  # 0 none, 1 a <line> under the running head, 2 a <rect> page frame, 3 a <path>
    pages = placements(parts, d)
    out = [
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>年度报告.docx - 在线预览</title>'
        "</head><body>",
        '<div class="header"><a href="/">文档在线预览</a></div><div class="toolbar">年度报告.docx　<a>下载</a></div>',
    ]
    for n, page in enumerate(pages, start=1):
        w, h = (595.28, 841.89) if scaled else _PAGE
        out.append(
            f'<div class="page" id="page{n}"><svg xmlns="http://www.w3.org/2000/svg" width="{round(w)}" '
            f'height="{round(h)}" viewBox="0 0 {w} {h}" font-family="SimSun">'
        )
        if scaled:
            out.append(f'<g transform="scale({595.28 / _PAGE[0]:.6f})">')
        if rules:
            out.append(_rule(rules))
        for top, left, lines, cls in page:
            fs, lh = TEXT_FONT if cls in ("ft10", "ft20") else TABLE_FONT
            value = len(lines) == 1 and lines[0].replace(".", "", 1).isdigit()
            x = left + _em(lines[0]) * fs / 2 if middle and value else left
            anchor = ' text-anchor="middle"' if middle and value else ""
            base = top + fs * 0.88
            if tspans and len(lines) > 1:
                spans = "".join(
                    f'<tspan x="{left:.2f}" dy="{0 if i == 0 else lh}">{html.escape(t)}</tspan>'
                    for i, t in enumerate(lines)
                )
                out.append(f'<text x="{left:.2f}" y="{base:.2f}" font-size="{fs}">{spans}</text>')
            else:
                for i, t in enumerate(lines):
                    xs = f"{x:.2f}" if not glyphs or anchor else _glyph_xs(x, t, fs, spacing)
                    out.append(
                        f'<text x="{xs}" y="{base + i * lh:.2f}" font-size="{fs}"{anchor}>{html.escape(t)}</text>'
                    )
        if scaled:
            out.append("</g>")
        out.append("</svg></div>")
    out.append("</body></html>")
    return "\n".join(out)


def _glyph_xs(x: float, text: str, fs: float, spacing: float) -> str:
    """Each character's x, one em (or half) after the one before plus the letter spacing."""
    out = []
    for ch in text:
        out.append(f"{x:.2f}")
        x += (_em(ch) + spacing) * fs
    return " ".join(out)


def _rule(kind: int) -> str:
    """The page's own rules (in the placements' pixels): a line under the running head, a frame."""
    if kind == 1:
        return '<line x1="80" y1="90" x2="812" y2="90" stroke="#c00" stroke-width="1"/>'
    if kind == 2:
        return '<rect x="60" y="60" width="772" height="1142" fill="none" stroke="#999"/>'
    return '<path d="M80 90H812" stroke="#c00" stroke-width="1"/>'
