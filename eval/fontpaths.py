"""Read PDFs as another machine would: the extraction run where the machine's font folders hold
other fonts. A measure, not the service: that a PDF's reading does not depend on the fonts installed.

    .venv/bin/python -m eval.fontpaths [--system] MACHINE FILE...

MACHINE: `default` (this machine as it is), `bare` (no font at all, a slim server image), `wqy`
(WenQuanYi only), `noto` (Noto CJK only), or a DIR (its fonts only). Other than `default`, the run
is a child in a mount namespace of its own (`unshare -m`, root) where /usr/share/fonts holds those
fonts only and /usr/local/share/fonts nothing — the folders PDFium scans by default — so the
extraction runs as it would on that machine, unchanged. `--system`: PDFium scans the machine's
folders, as before it was served a font of our own (extractor/pdfium_fonts.py): the old reading.

Each FILE prints one JSON line: its name and cell values; a gold file (eval/<set>/gold/*.json) is
scored against its report instead (cells right/total, the cells missed)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

FONTS = Path("/usr/share/fonts")
EMPTIED = ("/usr/local/share/fonts", "/usr/share/X11/fonts")  # PDFium's other default folders
FAMILIES = {"bare": (), "wqy": ("wqy-*.tt?",), "noto": ("Noto*CJK*",)}
_INSIDE = "XXGK_FONT_MACHINE"  # set in the child: the machine is laid out


def machine_fonts(machine: str) -> list[Path]:
    """The font files the simulated machine keeps."""
    if machine in FAMILIES:
        return sorted(p for pattern in FAMILIES[machine] for p in FONTS.rglob(pattern))
    return sorted(p.resolve() for p in Path(machine).iterdir() if p.is_file())


def _script(keep: list[Path], saved: str, argv: list[str]) -> str:
    """Shell lines that lay out the machine inside the namespace, then run this module again."""
    lines = ["set -e", f"mount --bind {FONTS} {saved}", f"mount -t tmpfs none {FONTS}"]
    for i, src in enumerate(keep):
        real = src.resolve()
        inside = Path(saved) / real.relative_to(FONTS) if real.is_relative_to(FONTS) else real
        dest = FONTS / f"kept{i}" / real.name
        lines += [f"mkdir -p {dest.parent}", f": > {dest}", f"mount --bind {shlex.quote(str(inside))} {dest}"]
    lines += [f"if [ -d {d} ]; then mount -t tmpfs none {d}; fi" for d in EMPTIED]
    lines.append(shlex.join([sys.executable, "-m", "eval.fontpaths", *argv]))
    return "\n".join(lines)


def _on_machine(machine: str, argv: list[str]) -> int:
    """Run this module again in a mount namespace laid out as `machine`."""
    keep = machine_fonts(machine)
    with tempfile.TemporaryDirectory() as saved:
        run = subprocess.run(
            ["unshare", "-m", "--propagation", "private", "sh", "-c", _script(keep, saved, argv)],
            env={**os.environ, _INSIDE: machine},
        )
    return run.returncode


def _gold(path: Path) -> dict:
    from eval.extraction import score_report

    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["_path"] = str(next((path.parent.parent / "reports").glob(path.stem + ".*")))
    s = score_report(gold)
    right = sum(r for r, _ in s.cells.values())
    total = sum(n for _, n in s.cells.values())
    return {"name": path.stem, "cells": f"{right}/{total}", "missed": [w[0] for w in s.wrong]}


def main(argv: list[str]) -> int:
    system = argv[:1] == ["--system"]
    args = argv[1:] if system else argv
    if len(args) < 2:
        print(__doc__)
        return 2
    machine, names = args[0], args[1:]
    if machine != "default" and os.environ.get(_INSIDE) != machine:
        return _on_machine(machine, argv)
    if system:
        from extractor.pdfium_fonts import serve_fonts

        serve_fonts(None)
    from extractor.extract import extract_bytes

    for name in names:
        path = Path(name)
        if path.suffix == ".json":
            print(json.dumps(_gold(path), ensure_ascii=False), flush=True)
            continue
        report = extract_bytes(path.read_bytes(), path.name)
        print(
            json.dumps({"name": path.name, "values": report.values()}, ensure_ascii=False, sort_keys=True), flush=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
