"""A report's JSON as the store keeps it: one zstd frame made with a dictionary shipped here.

Every report's JSON spells out the same field names and table-cell keys (「"key": "t3.new.tot"」,
「"span": {"start": …」); a dictionary holds them once, so a record compresses to about half of
what zlib made of it (bench/record_dict.py: 5.04 → 2.55 kB a report on the wild sets 4–5, layouts
the dictionary was not trained on; 0.24 ms). A frame names its dictionary (zstd's header), and a
dictionary once shipped (rag/data/record-<id>.zdict) is never changed or removed: a new one is a
new file and `RECORD_DICT` names it, and records made with an older one read as before. Records of
earlier versions — zlib BLOBs, or JSON text — read as they are (nothing is rewritten on open)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import zlib
from collections.abc import Iterable
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


def pack_body(text: str | bytes) -> bytes:
    """A report's JSON as stored (text, or its UTF-8 bytes)."""
    c = getattr(_local, "c", None)
    if c is None:
        c = _local.c = zstandard.ZstdCompressor(level=LEVEL, dict_data=_dictionary(RECORD_DICT))
    return c.compress(text if isinstance(text, bytes) else text.encode("utf-8"))


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


# ---------------------------------------------------------------- sealed records (perf17, issue 16)
# `ingest --from-bulk` must store a report's canonical JSON — `Report.model_dump_json()` of the report
# the line validates as — never the line's own bytes: a line edited by hand or written by another
# version may spell the same report otherwise (spaces, key order, 「1.0」 for 1, a key twice — which
# pydantic, json.loads and SQLite's json_extract do not all read alike — fields this version drops),
# and the store's readers, its BM25 rows and the text they are deleted by must all read one record.
# Dumping it again costs ~0.45 ms a report. So `xxgk bulk`, whose lines ARE such dumps (its workers
# write `model_dump_json()`), seals each line it writes: `reports.seals` beside the records holds, a
# line each, a keyed BLAKE2b of the line's bytes and of this version's record format (`record_format`:
# the Report schema, pydantic's and xxgk's versions). The key is this user's, kept outside every output
# and data directory (`$XDG_STATE_HOME/xxgk/record.key`, mode 0600), so a seal cannot be made without
# it: a line is taken as its own canonical JSON only when its seal is there. Anything else — a line
# edited (its bytes no longer hash to a seal), another version's line (another format in the MAC), a
# bulk output from another machine or user (another key), seals copied or forged without the key, a
# seals file cut or damaged — is dumped again, as before. Every line is still validated in full.
SEALS = "reports.seals"
KEY_BYTES = 32


def _key_path() -> Path:
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "xxgk" / "record.key"


def record_key(create: bool = False) -> bytes | None:
    """This user's sealing key (made once when `create`), or None: none yet, or unreadable."""
    try:
        path = _key_path()
    except (RuntimeError, KeyError):  # no home directory to be found: nothing sealed or trusted
        return None
    with contextlib.suppress(OSError):
        data = path.read_bytes()
        if len(data) == KEY_BYTES:
            return data
        return None  # damaged: nothing is sealed or trusted with it
    if not create:
        return None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process made it meanwhile
        return record_key()
    except OSError:
        return None  # a home that cannot be written: lines go unsealed (ingest dumps them again)
    with os.fdopen(fd, "wb") as fh:
        fh.write(os.urandom(KEY_BYTES))
    return record_key()


@cache
def record_format() -> bytes:
    """What a canonical record's bytes depend on — the Report schema, the serialiser's and xxgk's
    versions — digested (~30 ms once a process)."""
    import json

    import pydantic
    import pydantic_core

    from extractor import __version__
    from extractor.schema import Report

    spec = json.dumps(Report.model_json_schema(), sort_keys=True, ensure_ascii=False)
    text = f"{__version__}|{pydantic.VERSION}|{pydantic_core.__version__}|{spec}"
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def seal(record: bytes, key: bytes) -> str:
    """The seal of a record's bytes (its line without the line end), as `reports.seals` keeps it."""
    mac = hashlib.blake2b(record, key=key, digest_size=16, person=b"xxgk-record")
    mac.update(record_format())
    return mac.hexdigest()


class Seals:
    """The seals of a records file's lines, read once: `canonical(line)` is the line's record bytes
    when it is sealed with this user's key (its own canonical JSON then), else None."""

    def __init__(self, key: bytes | None, seals: Iterable[str]):
        self.key = key
        self.seals = frozenset(seals) if key is not None else frozenset()

    @classmethod
    def beside(cls, records: Path) -> Seals:
        key = record_key()
        if key is None:
            return cls(None, ())
        try:
            with open(records.parent / SEALS, "rb") as fh:
                got = [ln.strip().decode("ascii", "replace") for ln in fh]
        except OSError:
            return cls(None, ())
        return cls(key, (s for s in got if len(s) == 32))

    def canonical(self, line: bytes) -> bytes | None:
        if not self.seals or self.key is None:
            return None
        record = line[:-1] if line.endswith(b"\n") else line
        return record if seal(record, self.key) in self.seals else None
