"""Build eval/conv: generated reports passed through the converters real scrapers use (w3m, lynx,
html2text, pandoc, poppler's pdftotext/pdftohtml, Chromium's print to PDF), kept with what the
parser must read back. The wild sets imagine what a converter prints; this set takes what the tools
actually print. Needs the tools (Debian: w3m lynx html2text pandoc poppler-utils chromium); the
outputs are committed, so scoring (`python -m eval conv`) needs none of them.

    .venv/bin/python eval/conv/make.py [--n 6] [--seed 5]

A measurement of families, not a gate and not blind: its sources are the generator's own layouts
(eval/reportgen), so a family that fails here is fixed in the parser and, where the converter's
output is a layout of its own, added to the generator as a family."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from eval.reportgen.draw import RandomDraw  # noqa: E402
from eval.reportgen.families import generate  # noqa: E402

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Chain:
    name: str
    source: str  # a generator family (eval/reportgen/families.py)
    command: tuple[str, ...]  # {src} and {out} are replaced; without {out} the tool writes to stdout
    ext: str  # of the converted file


CHROMIUM = (
    "chromium",
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
    "--print-to-pdf={out}",
    "file://{src}",
)

# converters that are Python packages run in `--py` (a venv with html2text, markitdown[docx,pdf],
# inscriptis, trafilatura, lxml_html_clean, mammoth: none of them is a dependency of xxgk)
_INSCRIPT = "import sys, inscriptis; print(inscriptis.get_text(open(sys.argv[1], encoding='utf-8').read()))"
_TRAFILATURA = (
    "import sys, trafilatura; print(trafilatura.extract(open(sys.argv[1], encoding='utf-8').read(),"
    " include_tables=True, output_format='markdown'))"
)
_MAMMOTH = "import sys, mammoth; print(mammoth.convert_to_markdown(open(sys.argv[1], 'rb')).value)"

CHAINS: tuple[Chain, ...] = (
    Chain(
        "w3m",
        "html-plain",
        ("w3m", "-dump", "-cols", "160", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "{src}"),
        "txt",
    ),
    Chain("w3m-word", "html-word", ("w3m", "-dump", "-cols", "160", "-T", "text/html", "-O", "UTF-8", "{src}"), "txt"),
    Chain(
        "lynx",
        "html-plain",
        ("lynx", "-dump", "-width=160", "-nolist", "-assume_charset=utf-8", "-display_charset=utf-8", "{src}"),
        "txt",
    ),
    Chain("html2text", "html-plain", ("{py}", "-m", "html2text", "{src}", "utf-8"), "md"),
    Chain("markitdown", "html-plain", ("{py}", "-m", "markitdown", "{src}"), "md"),
    Chain("markitdown-docx", "docx-merged", ("{py}", "-m", "markitdown", "{src}"), "md"),
    Chain("markitdown-pdf", "pdf-ruled", ("{py}", "-m", "markitdown", "{src}"), "md"),
    Chain("inscriptis", "html-plain", ("{py}", "-c", _INSCRIPT, "{src}"), "txt"),
    Chain("trafilatura-md", "html-plain", ("{py}", "-c", _TRAFILATURA, "{src}"), "md"),
    Chain("mammoth-md", "docx-merged", ("{py}", "-c", _MAMMOTH, "{src}"), "md"),
    Chain("pandoc-gfm", "html-plain", ("pandoc", "-f", "html", "-t", "gfm", "{src}"), "md"),
    Chain("pandoc-md", "html-plain", ("pandoc", "-f", "html", "-t", "markdown", "--columns", "160", "{src}"), "md"),
    Chain("pandoc-plain", "html-plain", ("pandoc", "-f", "html", "-t", "plain", "--columns", "160", "{src}"), "txt"),
    Chain("pandoc-word-gfm", "html-word", ("pandoc", "-f", "html", "-t", "gfm", "{src}"), "md"),
    Chain("docx-pandoc-gfm", "docx-merged", ("pandoc", "-f", "docx", "-t", "gfm", "{src}"), "md"),
    Chain(
        "docx-pandoc-md", "docx-merged", ("pandoc", "-f", "docx", "-t", "markdown", "--columns", "160", "{src}"), "md"
    ),
    Chain(
        "docx-pandoc-plain", "docx-merged", ("pandoc", "-f", "docx", "-t", "plain", "--columns", "160", "{src}"), "txt"
    ),
    Chain("docx-pandoc-html", "docx-merged", ("pandoc", "-f", "docx", "-t", "html", "{src}"), "html"),
    Chain("pdftotext-layout", "pdf-ruled", ("pdftotext", "-layout", "-enc", "UTF-8", "{src}", "-"), "txt"),
    Chain("pdftotext", "pdf-ruled", ("pdftotext", "-enc", "UTF-8", "{src}", "-"), "txt"),
    Chain("pdftotext-raw", "pdf-ruled", ("pdftotext", "-raw", "-enc", "UTF-8", "{src}", "-"), "txt"),
    Chain("pdftotext-layout-unruled", "pdf-unruled", ("pdftotext", "-layout", "-enc", "UTF-8", "{src}", "-"), "txt"),
    Chain(
        "pdftohtml", "pdf-ruled", ("pdftohtml", "-s", "-i", "-noframes", "-stdout", "-enc", "UTF-8", "{src}"), "html"
    ),
    Chain("chromium-pdf", "html-plain", CHROMIUM, "pdf"),
)


def convert(chain: Chain, src: Path, out: Path, py: str) -> bytes:
    cmd = [a.replace("{src}", str(src)).replace("{out}", str(out)).replace("{py}", py) for a in chain.command]
    r = subprocess.run(cmd, capture_output=True, timeout=120, check=True)
    return out.read_bytes() if any("{out}" in a for a in chain.command) else r.stdout


def _utf8_html(data: bytes) -> bytes:
    text = data.decode("gb18030")
    return text.replace("charset=gb2312", "charset=utf-8").replace("charset=gbk", "charset=utf-8").encode("utf-8")


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--n", type=int, default=6, help="reports per chain (half GF2021, half GF2019)")
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--only", nargs="*", help="chain names")
    p.add_argument("--py", default=sys.executable, help="the Python that has the converter packages")
    args = p.parse_args()
    missing = sorted({c.command[0] for c in CHAINS if c.command[0] != "{py}" and shutil.which(c.command[0]) is None})
    if missing:
        print("missing tools:", " ".join(missing))
        return 2
    (HERE / "reports").mkdir(exist_ok=True)
    (HERE / "expected").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for ci, chain in enumerate(CHAINS):
            if args.only and chain.name not in args.only:
                continue
            for i in range(args.n):
                template = ("GF2021", "GF2019")[i % 2]
                g = generate(RandomDraw(args.seed * 1_000_003 + ci * 1000 + i), chain.source, template)
                src = Path(tmp) / f"src{i}{Path(g.name).suffix}"
                # a scraper hands the converter UTF-8 (pandoc reads nothing else): a GBK Word page is
                # decoded first, its charset declaration left as printed (w3m reads it either way)
                src.write_bytes(_utf8_html(g.data) if chain.source == "html-word" else g.data)
                data = convert(chain, src, Path(tmp) / f"out{i}.{chain.ext}", args.py)
                name = f"{chain.name}-{i:02d}"
                (HERE / "reports" / f"{name}.{chain.ext}").write_bytes(data)
                e = g.expected
                (HERE / "expected" / f"{name}.json").write_text(
                    json.dumps(
                        {
                            "chain": chain.name,
                            "source_family": chain.source,
                            "cells": e.cells,
                            "placeholders": e.placeholders,
                            "agency": e.agency,
                            "year": e.year,
                            "template": e.template,
                        },
                        ensure_ascii=False,
                        indent=1,
                        sort_keys=True,
                    ),
                    encoding="utf-8",
                )
            print(chain.name, "done")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
