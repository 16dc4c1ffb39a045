"""Marks that are not part of a printed number: a footnote mark typed into a value cell as a
superscript, and the zero-width spaces a WeChat copy leaves inside numbers and labels (eval/wild5's
html-footnote-marks and text-zero-width-spaces families, on generated reports)."""

from __future__ import annotations

import re

import pytest

from eval.reportgen.compare import mismatches
from eval.reportgen.draw import RandomDraw
from eval.reportgen.families import generate
from extractor.extract import extract_bytes


@pytest.mark.parametrize("seed", range(6))
def test_a_footnote_superscript_in_a_value_cell_is_not_a_digit(seed):
    g = generate(RandomDraw(seed), "html-plain", ("GF2021", "GF2019")[seed % 2])
    html = g.data.decode("utf-8")
    marked = [0]

    def mark(m: re.Match) -> str:  # every third number cell of table 三 gets a mark
        marked[0] += 1
        return m.group(1) + (f"<sup>{marked[0] % 3 + 1}</sup>" if marked[0] % 3 == 0 else "") + "</td>"

    t3 = html.index("三、收到和处理")
    html = html[:t3] + re.sub(r"(<td>[0-9]+)</td>", mark, html[t3:])
    assert marked[0] > 30
    assert mismatches(extract_bytes(html.encode("utf-8"), g.name), g.expected) == []


@pytest.mark.parametrize("seed", range(6))
def test_zero_width_spaces_inside_numbers_and_labels_are_dropped(seed):
    g = generate(RandomDraw(seed), "txt-tsv", ("GF2021", "GF2019")[seed % 2])
    text = g.data.decode("utf-8")
    text = re.sub(r"(?<=[0-9])(?=[0-9])", "\u200b", text)  # between the digits of every number
    text = text.replace("本年新收", "本\u200b年新收").replace("予以公开", "予以\u200b公开")
    assert mismatches(extract_bytes(text.encode("utf-8"), g.name), g.expected) == []


def _pipe_rows_as(text: str, row) -> str:
    out = []
    for line in text.split("\n"):
        if line.startswith("|") and set(line) <= set("|-: "):
            continue  # the rule line
        out.append(row([c.strip() for c in line.strip()[1:-1].split("|")]) if line.startswith("|") else line)
    return "\n".join(out)


@pytest.mark.parametrize("seed", range(6))
def test_a_latex_tabular_reads_as_its_table(seed):
    """Mathpix writes tables as LaTeX: rows end at \\\\, cells at &, merged areas as \\multicolumn."""
    g = generate(RandomDraw(seed), "md-converter", ("GF2021", "GF2019")[seed % 2])
    lines = []
    for block in g.data.decode("utf-8").split("\n\n"):
        if block.startswith("|"):

            def row(cells: list[str]) -> str:
                out, i = [], 0
                while i < len(cells):  # a value followed by empty cells: one merged cell
                    j = i + 1
                    while j < len(cells) and not cells[j] and cells[i] and i:
                        j += 1
                    out.append(cells[i] if j == i + 1 else f"\\multicolumn{{{j - i}}}{{|c|}}{{{cells[i]}}}")
                    i = j
                return " & ".join(out) + " \\\\\n\\hline"

            block = "\\begin{tabular}{|" + "c|" * 8 + "}\n\\hline\n" + _pipe_rows_as(block, row) + "\n\\end{tabular}"
        lines.append(block)
    text = "\n\n".join(lines)
    assert "\\multicolumn" in text
    assert mismatches(extract_bytes(text.encode("utf-8"), g.name), g.expected) == []


@pytest.mark.parametrize("seed", range(6))
def test_bold_values_and_footnote_references_in_a_markdown_table(seed):
    g = generate(RandomDraw(seed), "md-converter", ("GF2021", "GF2019")[seed % 2])
    text = g.data.decode("utf-8")
    text = re.sub(r"\| ([0-9]+) \|\n", r"| **\1** |\n", text)  # every row's last value (总计) in bold
    text = re.sub(r"(\*\*[0-9]+\*\*) \|\n(\| 二、)", r"\1[^1] |\n\2", text)
    assert "**" in text
    assert mismatches(extract_bytes(text.encode("utf-8"), g.name), g.expected) == []


@pytest.mark.parametrize("seed", range(4))
def test_a_page_inside_a_form_with_values_in_read_only_fields(seed):
    """An ASP.NET page wraps its whole body in 「<form id="form1">」, and a 年报填报系统 shows each value
    as a read-only text field (「<input type="text" value="12" readonly>」, no text node)."""
    g = generate(RandomDraw(seed), "html-plain", ("GF2021", "GF2019")[seed % 2])
    html = g.data.decode("utf-8").replace("<body>", '<body><form method="post" id="form1">')
    html = html.replace("</body>", '<input type="hidden" name="__VIEWSTATE" value="9"></form></body>')
    html = re.sub(r"<td>([0-9]+)</td>", r'<td><input type="text" class="form-control" value="\1" readonly></td>', html)
    assert 'value="' in html and "<form" in html
    assert mismatches(extract_bytes(html.encode("utf-8"), g.name), g.expected) == []
