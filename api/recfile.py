"""The records file of a bulk run: `reports.jsonl` (JSON Lines) or `reports.jsonl.gz` — the same
lines, each compressed as a gzip member of its own (`xxgk bulk --gzip`; ~×5 smaller on these
reports). A file of gzip members is one ordinary gzip file to `gzip -dc`, `zcat`, Python's `gzip`,
pandas or DuckDB (`read_json('reports.jsonl.gz')`), and it keeps the plain file's guarantees:

- the writer appends a whole member a record and flushes it, so a run killed at any moment leaves
  at most one partial member at the end — which the next run cuts off (`lines(…, repair=True)`)
  before it resumes;
- readers stream it a member at a time (never the whole file in memory).

The format of a run is the file that exists: a resumed run goes on in it, whatever it is asked."""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Generator
from pathlib import Path

PLAIN = "reports.jsonl"
GZIP = "reports.jsonl.gz"
LEVEL = 6  # zlib level of a member: ×5.3 on a report's line for ~1 ms (level 1: ×4.8, 0.4 ms)
_BLOCK = 1 << 16


def path_in(outdir: Path, gz: bool = False) -> Path:
    """The records file of an output directory: the one there (plain or compressed), else the
    one asked for."""
    for name in (GZIP, PLAIN):
        if (outdir / name).exists():
            return outdir / name
    return outdir / (GZIP if gz else PLAIN)


def is_gzip(path: Path) -> bool:
    return path.name.endswith(".gz")


def member(line: str) -> bytes:
    """One record line ("\\n" added) as a gzip member of its own, the same bytes for the same line
    (no time stamp: every engine and worker count writes the same file)."""
    return gzip.compress((line + "\n").encode("utf-8"), LEVEL, mtime=0)


def lines(path: Path, repair: bool = False) -> Generator[bytes, None, None]:
    """The lines of a records file (bytes, each with its "\\n"), streamed. With `repair`, what a
    killed writer left at the end — a partial line, a partial or damaged member — is cut off;
    without, it is given as a last line that is no record (as a plain file's partial line is)."""
    if not path.exists():
        return
    if not is_gzip(path):
        if repair:
            repair_tail(path)
        with path.open("rb") as fh:
            yield from fh
        return
    good = 0  # the end of the last whole member
    with path.open("rb") as fh:
        d = zlib.decompressobj(31)
        out: list[bytes] = []
        fed = 0  # bytes of the current member fed so far
        damaged = False
        while data := fh.read(_BLOCK):
            while data:
                try:
                    out.append(d.decompress(data))
                except zlib.error:
                    damaged = True
                    break
                if not d.eof:
                    fed += len(data)
                    break
                good += fed + len(data) - len(d.unused_data)
                yield from b"".join(out).splitlines(keepends=True)
                data, out, fed, d = d.unused_data, [], 0, zlib.decompressobj(31)
            if damaged:
                break
    if good < path.stat().st_size:
        if repair:
            with path.open("rb+") as fh:
                fh.truncate(good)
        else:
            yield b"".join(out) or b"<damaged gzip member>"


def repair_tail(path: Path) -> None:
    """Cut a partial last line of a plain records file left by a killed run. Reads the file
    backwards from its end, a block at a time, so a 50 GB reports.jsonl costs one block, not its
    size in memory."""
    if not path.exists():
        return
    with path.open("rb+") as fh:
        end = fh.seek(0, os.SEEK_END)
        pos = end
        while pos > 0:
            step = min(_BLOCK, pos)
            fh.seek(pos - step)
            block = fh.read(step)
            if pos == end and block.endswith(b"\n"):
                return  # the common case: the last line is whole
            cut = block.rfind(b"\n")
            if cut >= 0:
                fh.truncate(pos - step + cut + 1)
                return
            pos -= step
        fh.truncate(0)
