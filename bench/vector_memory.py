"""Benchmark (not a test): what one vector costs in memory in chroma's embedded HNSW (issue 16).

    .venv/bin/python bench/vector_memory.py [--vectors 60000] [--dir DIR]

Upserts vectors shaped like ours (256 float32, unit length, ids 「<16 hex>:<n>」, a `report_id`
metadata each, 1,000 an upsert, cosine space: what `rag.index.Index.add` does) into a fresh
embedded collection and prints, every 10,000 vectors, the process's RSS and CPU. Then a fresh
process opens the collection and runs one query (chroma loads the whole HNSW into memory to
answer): RSS a vector for a reader — the service, or the next indexer. Also the bytes a vector of
the segment's files (`data_level0.bin`: the vector and its level-0 links)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DIM = 256
BATCH = 1000


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _client(path: str):
    import chromadb
    from chromadb.config import Settings

    return chromadb.PersistentClient(path=path, settings=Settings(anonymized_telemetry=False))


def _vectors(rng, k: int):
    """Signed hashed bags of ~400 tokens, log-damped and unit length, as rag.hashvec makes them."""
    import numpy as np

    m = np.zeros((k, DIM), np.float32)
    slots, signs = rng.integers(0, DIM, (k, 400)), rng.choice([-1.0, 1.0], (k, 400)).astype(np.float32)
    for i in range(k):
        np.add.at(m[i], slots[i], signs[i])
    m = np.sign(m) * np.log1p(np.abs(m))
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def build(path: str, total: int) -> None:
    import numpy as np

    col = _client(path).get_or_create_collection("bench_vectors", metadata={"hnsw:space": "cosine"})
    rng = np.random.default_rng(1)
    last, cpu = rss_mb(), time.process_time()
    print(f"{'vectors':>8} {'rss_mb':>7} {'kB_a_vector_of_the_last_10k':>28} {'cpu_ms_a_vector_of_them':>24}")
    for i in range(0, total, BATCH):
        ids = [f"{j // 6:016x}:{j % 6}" for j in range(i, i + BATCH)]
        col.upsert(ids=ids, embeddings=_vectors(rng, BATCH), metadatas=[{"report_id": x[:16]} for x in ids])
        n = i + BATCH
        if n % 10000 == 0:
            now, t = rss_mb(), time.process_time()
            print(f"{n:8d} {now:7.1f} {(now - last) * 1024 / 10000:28.3f} {(t - cpu) / 10000 * 1000:24.3f}", flush=True)
            last, cpu = now, t


def read(path: str) -> None:
    import numpy as np

    col = _client(path).get_collection("bench_vectors")
    before = rss_mb()
    col.query(query_embeddings=np.ones((1, DIM), dtype=np.float32), n_results=5, include=[])
    after = rss_mb()
    n = col.count()
    print(
        f"reader: {n} vectors, RSS {before:.1f} → {after:.1f} MB on the first query: {(after - before) * 1048576 / n:.0f} B a vector"
    )
    for seg in Path(path).iterdir():
        if seg.is_dir():
            for f in sorted(seg.iterdir()):
                print(f"  {f.name}: {f.stat().st_size / n:.1f} B a vector")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vectors", type=int, default=60000)
    ap.add_argument("--dir", help="keep the collection here (default: a temporary directory)")
    ap.add_argument("--read", metavar="DIR", help=argparse.SUPPRESS)  # the fresh reader process
    args = ap.parse_args()
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    if args.read:
        read(args.read)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = args.dir or tmp
        build(path, args.vectors)
        return subprocess.call([sys.executable, __file__, "--read", path])


if __name__ == "__main__":
    sys.exit(main())
