"""Write extractor/data/trad_simp.tsv: traditional → simplified characters for the words the extractor
matches (table labels, headings, agency and place vocabulary), so a 繁體 report can be read. The map
is applied only to a text found traditional (extractor/traditional.py), so characters simplified text uses
too (「於」「著」「乾」) are in it.

Also writes eval/reportgen/simp_trad.tsv (simplified → traditional, OpenCC s2tw) for the generator.

Run once by hand with a Python that has `opencc` (not a dependency of the project: the map is shipped):
    python scripts/make_trad_simp.py
The vocabulary is every CJK character in extractor/*.py and extractor/data/*.tsv. A traditional character
is kept when OpenCC's t2s/tw2s/hk2s turns it, on its own, into one other vocabulary character."""

from __future__ import annotations

from pathlib import Path

import opencc  # pyright: ignore[reportMissingImports]  (a tool of this script, not a dependency)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extractor" / "data" / "trad_simp.tsv"
# The other way round for the layout generator's 繁體 families (eval/reportgen/traditional.py): OpenCC's
# s2tw (Taiwan variants, what Big5 can encode), a dictionary of its own, so the generator does not print with the map the extractor reads with.
GEN_OUT = ROOT / "eval" / "reportgen" / "simp_trad.tsv"


# characters OpenCC turns into another simplified one that a text, simplified or traditional, writes only as
# themselves: 「什么」「怎么」 (t2s reads 么 as a variant of 幺; mapped, 「這几年是怎么漲的」 became 「怎幺」)
KEEP = frozenset("么")


def _cjk(text: str) -> set[str]:
    return {c for c in text if "\u3400" <= c <= "\u9fff"}


def main() -> None:
    vocab: set[str] = set()
    for path in [*(ROOT / "extractor").glob("*.py"), *(ROOT / "extractor" / "data").glob("*.tsv")]:
        if path != OUT:
            vocab |= _cjk(path.read_text(encoding="utf-8"))
    converters = [opencc.OpenCC(c) for c in ("t2s", "tw2s", "hk2s")]
    pairs: dict[str, str] = {}
    for cp in range(0x3400, 0xA000):
        t = chr(cp)
        if t in KEEP:
            continue
        for conv in converters:
            s = conv.convert(t)
            if len(s) == 1 and s != t and s in vocab:
                pairs[t] = s
                break
    lines = [f"{t}\t{s}" for t, s in sorted(pairs.items())]
    OUT.write_text(
        "# traditional\tsimplified (scripts/make_trad_simp.py, OpenCC t2s/tw2s/hk2s)\n" + "\n".join(lines) + "\n"
    )
    print(f"{len(pairs)} characters → {OUT}")
    printed = vocab | _cjk("".join(p.read_text(encoding="utf-8") for p in (ROOT / "eval" / "reportgen").glob("*.py")))
    s2t = opencc.OpenCC("s2tw")
    back = {s: t for s in sorted(printed) if len(t := s2t.convert(s)) == 1 and t != s}
    GEN_OUT.write_text(
        "# simplified\ttraditional (scripts/make_trad_simp.py, OpenCC s2tw)\n"
        + "".join(f"{s}\t{t}\n" for s, t in back.items())
    )
    print(f"{len(back)} characters → {GEN_OUT}")


if __name__ == "__main__":
    main()
