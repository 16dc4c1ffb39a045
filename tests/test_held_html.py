"""Markup a page holds for its scripts (extractor/html_script.py): read where a browser would show it, and
only there — a <noscript> copy of a table the page prints is not read twice, a <textarea> no script shows
(a form field, an editor's draft) is no body."""

from __future__ import annotations

import html

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes


def _body(page: bytes) -> str:
    text = page.decode("utf-8")
    return text[text.index("<body>") + len("<body>") : text.rindex("</body>")]


def test_a_noscript_copy_of_a_printed_table_is_read_once():
    g = generate(RandomDraw(3), "html-plain")
    text = g.data.decode("utf-8")
    tables = text[text.index("<table") : text.rindex("</table>") + len("</table>")]
    page = text.replace("</body>", f"<noscript>{tables}</noscript></body>")
    assert page.count("<table") == 2 * text.count("<table")
    assert not mismatches(extract_bytes(page.encode("utf-8"), g.name), g.expected)


def test_a_textarea_no_script_shows_is_not_read():
    g, draft = generate(RandomDraw(4), "html-plain"), generate(RandomDraw(5), "html-plain")
    assert g.expected.cells != draft.expected.cells
    field = f'<textarea id="draft" name="draft">{html.escape(_body(draft.data), quote=False)}</textarea>'
    page = g.data.decode("utf-8").replace("</body>", f"{field}</body>")
    assert not mismatches(extract_bytes(page.encode("utf-8"), g.name), g.expected)
    # a script naming the id only as a word (「meta.draft」) does not show the field
    other = page.replace("</body>", "<script>var d = document.querySelector('meta').draft;</script></body>")
    assert not mismatches(extract_bytes(other.encode("utf-8"), g.name), g.expected)
    shown = page.replace("</body>", '<script>x.innerHTML=document.getElementById("draft").value;</script></body>')
    assert mismatches(extract_bytes(shown.encode("utf-8"), g.name), g.expected)  # (shown: the draft is read too)
