"""A CMS article saved page by page (TRS/WCM 「分页」: `t20250121_5627381.html`, `…_1.html`, `…_2.html`; `index.html`,
`index_2.html`), as an archive hands it over (extractor/carriers.py): one report, its pages read in order as ONE
document. Each page is the site's shell (head, navigation, the article's title and 发布时间 line, the foot) around a
slice of the article, and a pagination bar (「上一页 1 2 3 下一页」); the slices may cut a table in two (the table left
open at the end of one page, its remaining rows opening the next without a `<table>`). The pages are joined as
source text — the shell once, the slices in order, the bars dropped — so the HTML reader sees the table whole.

Pages of one article are told by their names (one stem, a page number after it, the first page maybe without one)
and by their links: every page links to another page of the series (its pagination bar). Order: the page number of
the name (none = the first page)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .carriers import Payload

_HTML_NAME = re.compile(r"\.(?:s?html?|xhtml|shtm)$", re.I)
# a page's name: its stem, and the page number after it (「t2025_562_1」, 「index_2」, 「content-3」, 「list(2)」)
_PAGE_NAME = re.compile(r"^(?P<stem>.+?)(?:[_-](?:p|page)?(?P<n>\d{1,2})|\((?P<m>\d{1,2})\))?$", re.I)
_TAG = re.compile(r"<[^>]*>")
_PAGER_WORD = re.compile(
    r"上一?页|下一?页|前一页|后一页|首页|尾页|末页|第\s*\d+\s*页|共\s*\d+\s*页|当前第?\s*\d+\s*页|跳转|转到|到第|[«»‹›<>…]+|"
    r"prev(?:ious)?|next|first|last",
    re.I,
)
_PAGER_REST = re.compile(r"[\s\u3000\xa0|/·:：,，、\[\]【】]*|页|GO|确定", re.I)


def _decode(data: bytes) -> str:
    from .load import decode

    try:
        return decode(data)[0]
    except Exception:  # noqa: BLE001  (any page that does not decode is read as UTF-8 with replacements)
        return data.decode("utf-8", "replace")


def page_series(
    members: list[tuple[str, Callable[[], bytes]]],
) -> tuple[list[Callable[[], Payload]], list[tuple[str, Callable[[], bytes]]]]:
    """The archive's members split into page series (each one payload: the pages joined) and the rest."""
    by_stem: dict[str, list[tuple[int, str, Callable[[], bytes]]]] = {}
    for name, read in members:
        if not _HTML_NAME.search(name):
            continue
        m = _PAGE_NAME.match(_HTML_NAME.sub("", name))
        if m is None:
            continue
        n = m.group("n") or m.group("m")
        by_stem.setdefault(m.group("stem").lower(), []).append((int(n) if n else -1, name, read))
    series: list[Callable[[], Payload]] = []
    taken: set[str] = set()
    for pages in by_stem.values():
        if len(pages) < 2 or len({n for n, _, _ in pages}) < len(pages):
            continue
        pages.sort(key=lambda p: p[0])
        series.append(_joined([(name, read) for _, name, read in pages]))
        taken.update(name for _, name, _ in pages)
    return series, [(name, read) for name, read in members if name not in taken]


def _joined(pages: list[tuple[str, Callable[[], bytes]]]) -> Callable[[], Payload]:
    def payload() -> Payload:
        texts = [_decode(read()) for _, read in pages]
        names = [name.rsplit("/", 1)[-1] for name, _ in pages]
        linked = all(any(other in text for other in names if other != own) for own, text in zip(names, texts))
        if not linked:  # (pages that do not link to each other are not one article's: the longest is read)
            best = max(range(len(pages)), key=lambda i: len(texts[i]))
            return Payload(texts[best].encode("utf-8"), "text/html", None, pages[best][0])
        return Payload(join_pages(texts).encode("utf-8"), "text/html", None, f"{pages[0][0]} 等{len(pages)}页")

    return payload


def join_pages(texts: list[str]) -> str:
    """The pages of one article as one page: the pagination bars dropped, the shell every page shares (the
    longest common head and foot, cut at a tag) once, the slices between in order."""
    texts = [drop_pagers(t, len(texts)) for t in texts]
    head = _common_prefix(texts)
    head = head[: head.rfind(">") + 1]
    rest = [t[len(head) :] for t in texts]
    foot = _common_prefix([t[::-1] for t in rest])[::-1]
    foot = foot[foot.find("<") :] if "<" in foot else ""
    slices = [t[: len(t) - len(foot)] for t in rest]
    for i in range(len(slices) - 1):
        if _open_tables(slices[: i + 1]) > 0:  # a table cut by the page: its continuation must not be closed
            slices[i] = _TRAILING_CLOSE.sub("", slices[i])
    return head + "".join(slices) + foot


_TRAILING_CLOSE = re.compile(r"(?:\s*</(?:div|section|article|main|center|font|span|form|p)\s*>)+\s*$", re.I)
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)


def _open_tables(slices: list[str]) -> int:
    return sum(len(_TABLE_OPEN.findall(s)) - len(_TABLE_CLOSE.findall(s)) for s in slices)


def _common_prefix(texts: list[str]) -> str:
    first = min(texts, key=len)
    n = 0
    for n, ch in enumerate(first):
        if any(t[n] != ch for t in texts):
            break
    else:
        n = len(first)
    return first[:n]


def _is_pager_text(text: str, pages: int) -> tuple[bool, bool]:
    """(whether a run of text between tags may be part of a pagination bar, whether it is a pager word)."""
    s = text.strip().replace("&nbsp;", "").replace("&gt;", ">").replace("&lt;", "<")
    if not s:
        return True, False
    if s.isdigit():
        return 1 <= int(s) <= max(pages, 1), False
    words = _PAGER_WORD.sub("", s)
    return (_PAGER_REST.fullmatch(words) is not None and words != s), True


def drop_pagers(source: str, pages: int) -> str:
    """A page without its pagination bars: a run of elements whose text is only pager words (上一页, 下一页,
    第2页, 共3页 …) and page numbers (1 … `pages`), at least one a pager word; the run is taken from the
    opening tags before it to as many closing tags after it as it opened. Page numbers before the first pager
    word join the run only across inline elements (「<a>1</a><a>2</a><a>下一页</a>」), never out of a cell."""
    parts = re.split(r"(<[^>]*>)", source)  # text, tag, text, tag …
    drop: list[tuple[int, int]] = []
    i = 0
    while i < len(parts):
        ok, word = _is_pager_text(parts[i], pages) if i % 2 == 0 else (False, False)
        if not (ok and word):
            i += 1
            continue
        last, j = i, i + 1
        while j < len(parts):  # forward: pager texts across the bar's own (inline) elements, to the last pager text
            if j % 2 == 1 and not _INLINE_TAG.match(parts[j]):
                break  # (a cell, row or block tag ends the bar: 「<tr><td>2</td><td>1</td>」 after it are a table's)
            if j % 2 == 0:
                if not _is_pager_text(parts[j], pages)[0]:
                    break
                if parts[j].strip():
                    last = j
            j += 1
        first, k = i, i - 1
        while k >= 0:  # backward: page numbers across inline elements
            if k % 2 == 1:
                if parts[k].startswith("</") and not _INLINE_CLOSE.match(parts[k]):
                    break
            else:
                if not _is_pager_text(parts[k], pages)[0]:
                    break
                if parts[k].strip():
                    first = k
            k -= 1
        start = first
        while start >= 2 and _is_open(parts[start - 1]) and not parts[start - 2].strip():
            start -= 2  # the opening tags of the bar's elements
        if start >= 1 and _is_open(parts[start - 1]):
            start -= 1
        opened = sum(_is_open(p) for p in parts[start : last + 1]) - sum(
            p.startswith("</") for p in parts[start : last + 1]
        )
        end = last + 1
        while opened > 0 and end < len(parts):
            if end % 2 == 1 and parts[end].startswith("</"):
                opened -= 1
            elif end % 2 == 0 and parts[end].strip():
                break
            end += 1
        drop.append((start, end))
        i = end
    if not drop:
        return source
    keep: list[str] = []
    at = 0
    for a, b in drop:
        keep += parts[at:a]
        at = b
    keep += parts[at:]
    return "".join(keep)


_INLINE_CLOSE = re.compile(r"</(?:a|span|b|strong|font|em|i|li|u)\s*>", re.I)
_INLINE_TAG = re.compile(r"</?(?:a|span|b|strong|font|em|i|li|u|ul|br|select|option|label|input)\b[^>]*>", re.I)


def _is_open(part: str) -> bool:
    return part.startswith("<") and not part.startswith(("</", "<!", "<?")) and not part.endswith("/>")
