"""Benchmark and builder (not a test): the zstd dictionary the store compresses report JSON with.

    .venv/bin/python bench/record_dict.py [--write]

A report's JSON is mostly the same field names and table-cell keys (「"key": "t3.new.tot"」, spans…)
in every report, which a stand-alone compressor must spell out once per report; a dictionary holds
them once. Trained on the records of the eval corpus and the wild sets 1–3, measured on wild sets
4–5 (layouts it never saw) against zlib (the store's earlier format). `--write` writes
rag/data/record-<dict id>.zdict — a dictionary once shipped is never changed or removed: stored
records name the dictionary they were made with (zstd's frame header), so a new one is a new file."""

from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path

import zstandard as zs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from extractor.extract import extract_path  # noqa: E402


def records(dirs: list[str]) -> list[bytes]:
    out = []
    for d in dirs:
        for f in sorted((ROOT / d).iterdir()):
            if f.is_file():
                try:
                    out.append(extract_path(str(f)).model_dump_json().encode())
                except Exception as e:  # a hostile/unsupported file: not a record
                    print(f"skip {f.name}: {type(e).__name__}", file=sys.stderr)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--size", type=int, default=65536)
    args = ap.parse_args()
    train = records(["eval/corpus/reports", "eval/wild/reports", "eval/wild2/reports", "eval/wild3/reports"])
    test = records(["eval/wild4/reports", "eval/wild5/reports"])
    dic = zs.train_dictionary(args.size, train, level=19)  # pyright: ignore[reportArgumentType]
    raw = sum(map(len, test)) / len(test)
    print(f"trained on {len(train)} records, measured on {len(test)}; raw JSON {raw / 1024:.1f} kB a report")
    t = time.process_time()
    z = sum(len(zlib.compress(b, 3)) for b in test) / len(test)
    print(f"zlib 3: {z / 1024:.2f} kB, {(time.process_time() - t) / len(test) * 1000:.2f} ms")
    for level in (3, 6, 9):
        c = zs.ZstdCompressor(level=level, dict_data=dic)
        t = time.process_time()
        n = sum(len(c.compress(b)) for b in test) / len(test)
        print(
            f"zstd {level} + dictionary: {n / 1024:.2f} kB ({n / z:.0%} of zlib), {(time.process_time() - t) / len(test) * 1000:.2f} ms"
        )
    if args.write:
        path = ROOT / "rag" / "data" / f"record-{dic.dict_id()}.zdict"
        path.write_bytes(dic.as_bytes())
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
