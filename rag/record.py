"""A report's JSON as the store keeps it: one zstd frame made with a dictionary shipped here.

Every report's JSON spells out the same field names and table-cell keys (「"key": "t3.new.tot"」,
「"span": {"start": …」); a dictionary holds them once, so a record compresses to about half of
what zlib made of it (bench/record_dict.py: 5.04 → 2.55 kB a report on the wild sets 4–5, layouts
the dictionary was not trained on; 0.24 ms). A frame names its dictionary (zstd's header), and a
dictionary once shipped (rag/data/record-<id>.zdict) is never changed or removed: a new one is a
new file and `RECORD_DICT` names it, and records made with an older one read as before. Records of
earlier versions — zlib BLOBs, or JSON text — read as they are (nothing is rewritten on open)."""

from __future__ import annotations

import threading
import zlib
from functools import cache
from pathlib import Path

import zstandard

RECORD_DICT = 1769026454  # the dictionary new records are made with (rag/data/record-<id>.zdict)
# Level 4 since perf16 (issue 16): on the 1,000 bench copies 7.90 kB at 0.23 ms a report against level 6's
# 7.15 kB at 0.68 ms (5: 7.43 kB, 0.48 ms; 3: 7.98 kB, 0.20 ms) — the pool's largest single cut; records of
# any level read the same (the level is not in the frame's contract). Earlier, on the wild sets: 6 2.55 kB
# at 0.24 ms, 9 2.35 kB at 0.38 ms, 3 2.97 kB at 0.06 ms.
LEVEL = 4
_DATA = Path(__file__).with_name("data")
_MAGIC = b"\x28\xb5\x2f\xfd"
_local = threading.local()  # zstd (de)compressor objects are not shared between threads


@cache
def _dictionary(dict_id: int) -> zstandard.ZstdCompressionDict:
    path = _DATA / f"record-{dict_id}.zdict"
    if not path.exists():
        raise ValueError(f"报告记录由另一版本的压缩字典写成（字典 {dict_id}），请用写入它的 xxgk 版本或更新版本读取")
    return zstandard.ZstdCompressionDict(path.read_bytes())


def pack_body(text: str) -> bytes:
    """A report's JSON as stored."""
    c = getattr(_local, "c", None)
    if c is None:
        c = _local.c = zstandard.ZstdCompressor(level=LEVEL, dict_data=_dictionary(RECORD_DICT))
    return c.compress(text.encode("utf-8"))


def body_text(body: bytes | str) -> str:
    """A stored report's JSON text: a zstd frame (its dictionary named in it), a zlib BLOB of an
    earlier version, or the JSON text of one earlier still."""
    if isinstance(body, str):
        return body
    if bytes(body[:4]) != _MAGIC:
        return zlib.decompress(body).decode("utf-8")
    dict_id = zstandard.get_frame_parameters(body).dict_id
    ds = getattr(_local, "d", None)
    if ds is None:
        ds = _local.d = {}
    d = ds.get(dict_id)
    if d is None:
        d = ds[dict_id] = zstandard.ZstdDecompressor(dict_data=_dictionary(dict_id) if dict_id else None)
    return d.decompress(body).decode("utf-8")
