"""A report as a site's 繁體 version prints it: every character converted on its own (the way a server
converts a whole page), from OpenCC's s2tw table (simp_trad.tsv, written by scripts/make_trad_simp.py —
not the map the extractor reads with)."""

from __future__ import annotations

import functools
from pathlib import Path


@functools.cache
def _table() -> dict[int, str]:
    pairs: dict[int, str] = {}
    for line in (Path(__file__).resolve().parent / "simp_trad.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            s, t = line.split("\t")
            pairs[ord(s)] = t
    return pairs


def traditional(text: str) -> str:
    return text.translate(_table())
