"""Benchmark (not a test): chroma's HNSW insert CPU as the graph grows, by `hnsw:sync_threshold`.

    .venv/bin/python bench/hnsw_growth.py --vectors 200000 [--batch 3200] [--sync 1000 50000] [--step 20000]

An indexer upserts a batch of ~3,200 passage vectors at a time (500 reports × 6.4: `Index.sync`).
chroma's local HNSW writer persists every `sync_threshold` vectors applied (default 1,000): it saves
the index files and pickles the whole id map (every id and label) again — work that grows with
the index, paid every 1,000 vectors. This fills a fresh collection per setting with N distinct
vectors (bench/hnsw_bench.py's chunks, the store's hashed embedding) and prints the process CPU
(all threads) a vector over each `--step` vectors, and the files' size."""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hnsw_bench import sentences  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rag.hashvec import HashVectors  # noqa: E402


def main() -> int:
    import chromadb
    from chromadb.config import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--vectors", type=int, default=200000)
    ap.add_argument("--batch", type=int, default=3200)
    ap.add_argument("--step", type=int, default=20000)
    ap.add_argument("--sync", nargs="*", type=int, default=[1000, 50000])
    args = ap.parse_args()
    rnd = random.Random(0)
    sents = sentences()
    hv = HashVectors()
    texts = ["。".join(rnd.sample(sents, rnd.randint(2, 5))) for _ in range(args.vectors)]
    vecs = np.concatenate([hv.embed_many(texts[i : i + 5000]) for i in range(0, len(texts), 5000)]).astype(np.float32)
    print(f"{args.vectors} vectors, batches of {args.batch}", flush=True)
    for sync in args.sync:
        tmp = Path(tempfile.mkdtemp(prefix="xxgk-hnsw-"))
        try:
            client = chromadb.PersistentClient(path=str(tmp), settings=Settings(anonymized_telemetry=False))
            col = client.create_collection("bench", metadata={"hnsw:space": "cosine", "hnsw:sync_threshold": sync})
            t = time.process_time()
            mark = 0
            for i in range(0, args.vectors, args.batch):
                j = min(i + args.batch, args.vectors)
                col.upsert(
                    ids=[str(k) for k in range(i, j)],
                    embeddings=vecs[i:j],
                    metadatas=[{"report_id": str(k // 6)} for k in range(i, j)],
                )
                if j - mark >= args.step or j == args.vectors:
                    now = time.process_time()
                    size = sum(f.stat().st_size for f in tmp.rglob("*") if f.is_file())
                    print(
                        f"sync_threshold {sync:6d}: {mark:7d}-{j:7d} vectors {(now - t) / (j - mark) * 1000:.3f} ms CPU a vector,"
                        f" files {size / 2**20:.0f} MB",
                        flush=True,
                    )
                    t, mark = now, j
            del col, client
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
