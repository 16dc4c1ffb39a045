"""An article body held in a JavaScript string: some site-cluster (集约化) pages print only the title in
their markup and write the body in with `element.innerHTML = "…"` (or `document.write("…")`), the HTML
escaped inside a string literal (「\\u003cp\\u003e」, 「\\"」). A reader's browser runs the script; the
loader does not run scripts, so such a page read as nothing but its title. A script that writes HTML is
replaced, where it stands, by the HTML of its string literal: decoded, parsed, rendered like the rest of
the page. Only a long literal that decodes to block markup (「<p」「<table」「<div」) counts, or — older
templates — a body percent-encoded and cut into short literals the script adds up and writes with
`document.write(unescape(c))` / `decodeURIComponent`; nothing is executed, nothing but literals is read."""

from __future__ import annotations

import re

from . import budgets

_WRITES = ("innerHTML", "document.write")
# possessive (`{200,}+`): a literal has one reading, and the backtracking kind kept a state per
# character — a 7 MB literal took 1 GB
_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.){200,}+)"' + r"|'((?:[^'\\\n]|\\.){200,}+)'", re.S)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "", "f": "", "v": "", "0": ""}
_BLOCK = re.compile(r"<(?:p|table|div|tr|h[1-6])\b", re.I)
# a percent-encoded body cut into short literals the script adds up (「c += "%3Cp%3E%u672C…";」):
# any literal of escape()'s alphabet, in the order written
_ANY_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*+)"' + r"|'((?:[^'\\\n]|\\.)*+)'")
_PERCENT_ALPHABET = re.compile(r"[\w@*+\-./%~!()]*", re.A)
_PERCENT = re.compile(r"%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})")


def _unescape(s: str) -> str:
    def one(m: re.Match[str]) -> str:
        e = m.group(1)
        if len(e) > 1:  # \uXXXX, \xXX
            return chr(int(e[1:], 16))
        return _SIMPLE.get(e, e)  # 「\"」「\'」「\\」「\/」: the character itself

    return _ESCAPE.sub(one, s)


def _percent_body(code: str) -> str | None:
    """The HTML a script decodes with `unescape()` / `decodeURIComponent()` from the literals it adds up,
    or None. `unescape` reads %XX as a code point below 256 and %uXXXX as one above; `decodeURIComponent`
    reads %XX as UTF-8 bytes — what the browser does, so a page reads as its readers see it."""
    uri = "decodeURIComponent(" in code
    if not uri and "unescape(" not in code:
        return None
    parts = [_unescape(a or b) for a, b in _ANY_LITERAL.findall(code)]
    coded = "".join(p for p in parts if "%" in p and _PERCENT_ALPHABET.fullmatch(p))
    if not coded:
        return None
    if uri:
        from urllib.parse import unquote

        text = unquote(coded, errors="replace")
    else:
        text = _PERCENT.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), coded)
    return text if _BLOCK.search(text) else None


def literals(code: str) -> list[str]:
    """The long string literals of a script (200 characters and more), decoded, in the order written."""
    return [_unescape(a or b) for a, b in _LITERAL.findall(code)]


def inline_script_html(root, parser) -> None:
    """In place: each script that writes a long HTML string literal replaced by that HTML (a <div>)."""
    inlined = 0  # elements written by the page's scripts so far (each under the budget is not enough)
    for script in list(root.iter("script")):
        code = script.text or ""
        if not any(w in code for w in _WRITES):
            continue
        bodies = [h for h in literals(code) if _BLOCK.search(h)] or [b for b in (_percent_body(code),) if b]
        parent = script.getparent()
        if not bodies or parent is None:
            continue
        from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (a compiled module lxml has no stubs for)

        # (escaped in the literal: the page's own count never saw its tags)
        inlined = budgets.check_html("".join(bodies), inlined)
        page = etree.fromstring("<html><body><div>" + "".join(bodies) + "</div></body></html>", parser)
        div = page.find("body/div") if page is not None else None
        if div is None:
            continue
        div.tail = script.tail
        parent.replace(script, div)


def inline_srcdoc(root, parser) -> None:
    """In place: each `<iframe srcdoc="…">` replaced by the page its attribute holds (a <div> of its body).
    A CMS frames the article as a page of its own inside the site's page; a browser shows the frame,
    the loader drops iframes (an embedded map or video is no text of the report), so the report read as
    the site's chrome only. The attribute is markup already unescaped by the parser; nothing is fetched
    (an iframe's `src` is never followed)."""
    inlined = 0
    for frame in list(root.iter("iframe")):
        doc = frame.get("srcdoc") or ""
        parent = frame.getparent()
        if not _BLOCK.search(doc) or parent is None:
            continue
        from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (a compiled module lxml has no stubs for)

        # (entity-escaped in the attribute: not counted with the page's tags)
        inlined = budgets.check_html(doc, inlined)
        try:
            page = etree.fromstring(doc, parser)
        except (ValueError, etree.ParserError):  # (an XML declaration with an encoding, nothing parseable)
            continue
        body = page.find("body") if page is not None else None
        if body is None:
            continue
        div = etree.Element("div")
        div.text = body.text
        div.extend(list(body))
        div.tail = frame.tail
        parent.replace(frame, div)


# where a page keeps markup for its script to show: a hidden form field's value, a client-side template
_HELD = ("textarea", "script")
_TEMPLATE_TYPES = re.compile(r"text/(?:html|template|x-template)|x-tmpl", re.I)


def inline_held_html(root, parser) -> None:
    """In place: a `<textarea>` or `<script type="text/html">` holding the article's markup, which a script
    of the page copies into it (`getElementById("content").value` → innerHTML), replaced by that markup.
    A browser shows the copy; the loader runs no script, so the page read as its title and chrome. Held
    markup is read only when a script names the element's id as a string (「getElementById("content")」,
    「$('#content')」; not 「meta.content」): a form field a user types into is no body."""
    scripts = " ".join(s.text or "" for s in root.iter("script") if not _TEMPLATE_TYPES.search(s.get("type") or ""))
    inlined = 0
    for el in [e for tag in _HELD for e in root.iter(tag)]:
        if el.tag == "script" and not _TEMPLATE_TYPES.search(el.get("type") or ""):
            continue
        body, name, parent = el.text or "", el.get("id") or "", el.getparent()
        named = name and re.search(rf"""["'#]{re.escape(name)}["']""", scripts)  # (「getElementById("content")」)
        if len(body) < 200 or not _BLOCK.search(body) or not named or parent is None:
            continue
        from lxml import etree  # pyright: ignore[reportAttributeAccessIssue]  (a compiled module lxml has no stubs for)

        inlined = budgets.check_html(body, inlined)  # (text of the field: the page's count never saw its tags)
        page = etree.fromstring("<html><body><div>" + body + "</div></body></html>", parser)
        div = page.find("body/div") if page is not None else None
        if div is None:
            continue
        div.tail = el.tail
        parent.replace(el, div)


def keep_noscript_tables(root) -> None:
    """In place: a `<noscript>` holding a table the page shows nowhere else is kept (as a <div>). Pages that
    draw their tables by script from an API leave the data only in the fallback a browser without
    scripts shows; the loader drops <noscript> (tracking pixels, 「请开启JavaScript」) — and so lost every
    table. A fallback that repeats a table the page prints stays dropped: it would be read twice."""
    shown = {_table_text(t) for t in root.iter("table") if not any(a.tag == "noscript" for a in t.iterancestors())}
    for ns in list(root.iter("noscript")):
        if any(_table_text(t) not in shown for t in ns.iter("table")):
            ns.tag = "div"


def _table_text(table) -> str:
    return re.sub(r"\s+", "", "".join(table.itertext()))
