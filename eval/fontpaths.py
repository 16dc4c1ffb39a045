"""Read PDFs as a machine with other fonts would: PDFium re-initialised to see only the fonts of one
directory (its default is every font under /usr/share/fonts; fontconfig plays no part), then each
file extracted. A measure, not the service: how a PDF's reading depends on the installed fonts.

    .venv/bin/python -m eval.fontpaths DIR FILE...   (DIR: a font directory, possibly empty;
                                                      `system` for PDFium's default)

Each FILE prints one JSON line: its name and cell values; a gold file (eval/<set>/gold/*.json) is
scored against its report instead (cells right/total, the cells missed)."""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path

_KEEP: list[object] = []  # the path array PDFium holds on to


def use_font_dir(path: str) -> None:
    """PDFium from now on substitutes fonts from `path` only (call before any document is opened)."""
    import pypdfium2.raw as raw
    from pypdfium2 import _library_scope
    from pypdfium2.internal import bases

    _library_scope.destroy_lib()
    paths = (ctypes.c_char_p * 2)(path.encode(), None)
    _KEEP.append(paths)
    config = raw.FPDF_LIBRARY_CONFIG(
        version=2,
        m_pUserFontPaths=ctypes.cast(paths, ctypes.POINTER(ctypes.POINTER(ctypes.c_char))),
        m_pIsolate=None,
        m_v8EmbedderSlot=0,
    )
    raw.FPDF_InitLibraryWithConfig(config)
    bases.LIBRARY_AVAILABLE = True


def _gold(path: Path) -> dict:
    from eval.extraction import score_report

    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["_path"] = str(next((path.parent.parent / "reports").glob(path.stem + ".*")))
    s = score_report(gold)
    right = sum(r for r, _ in s.cells.values())
    total = sum(n for _, n in s.cells.values())
    return {"name": path.stem, "cells": f"{right}/{total}", "missed": [w[0] for w in s.wrong]}


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    if argv[0] != "system":
        use_font_dir(argv[0])
    from extractor.extract import extract_bytes

    for name in argv[1:]:
        path = Path(name)
        if path.suffix == ".json":
            print(json.dumps(_gold(path), ensure_ascii=False))
            continue
        report = extract_bytes(path.read_bytes(), path.name)
        print(json.dumps({"name": path.name, "values": report.values()}, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
