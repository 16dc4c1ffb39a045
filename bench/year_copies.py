"""Benchmark data (not a test): a large `reports.jsonl` for `ingest --from-bulk` from a smaller bulk run.

    .venv/bin/python bench/year_copies.py OUT/reports.jsonl --records 5000 --years 20 BIG/reports.jsonl

`xxgk bulk` over 100,000 copies takes hours on a loaded machine, and the ingest side (writer, pool,
indexer) is what grows with the store. So the first R records of a bulk run over
`bench/corpus_copies.py` copies — each its own agency, year 2019 — are written again once a year
for Y years (2019 − k … , k < Y, year-major: every agency of a year, then the next year): the
`year` field, the title's 「2019年度…年度报告」 wherever it is printed and the 2019 of findings'
messages become the year, the id and source are new. A year keeps its four digits, so every span
stays true; each record is then its own agency and year, with its own text (content key) — no
duplicate and no version of another. The records are bulk's own otherwise (cells, metrics,
findings, sections)."""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys

ID = re.compile(rb'^\{"id":"([0-9a-f]+)","source":("(?:[^"\\]|\\.)*")')


def relabel(line: bytes, year: int) -> bytes:
    """The record as if its report were of `year` (the original 2019 record when year is 2019)."""
    if year == 2019:
        return line
    m = ID.match(line)
    if m is None:
        raise ValueError("not a bulk record line (id and source first)")
    rid = hashlib.blake2b(m.group(1) + str(year).encode(), digest_size=8).hexdigest().encode()
    source = json.dumps(f"{json.loads(m.group(2))}#{year}", ensure_ascii=False).encode()
    y = str(year).encode()
    body = line[m.end() :]
    for old, new in (
        (b'"year":2019,', b'"year":' + y + b","),
        ("2019年度政府信息公开工作年度报告".encode(), y + "年度政府信息公开工作年度报告".encode()),
        ("2019年度报告".encode(), y + "年度报告".encode()),
    ):
        body = body.replace(old, new)
    return b'{"id":"' + rid + b'","source":' + source + body


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--years", type=int, default=20)
    args = ap.parse_args()
    with open(args.src, "rb") as fh:
        lines = [ln for _, ln in zip(range(args.records), fh)]
    if len(lines) < args.records or not all(b'"year":2019,' in ln for ln in lines):
        raise SystemExit("need that many complete records, each of 2019 (corpus_copies' first 14,286)")
    with open(args.dst, "wb") as out:
        for k in range(args.years):
            for ln in lines:
                out.write(relabel(ln, 2019 - k))
    return 0


if __name__ == "__main__":
    sys.exit(main())
