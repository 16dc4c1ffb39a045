"""Benchmark (not a test): chroma's HNSW settings — insert CPU, disk and recall — at N vectors.

    .venv/bin/python bench/hnsw_bench.py --vectors 100000 [--configs 16:100 8:100 16:40 8:40] [--batches 18 1000]

The eval corpus has ~200 narrative chunks, too few for an approximate index to miss anything, and
corpus copies are the same chunks again. Here N distinct chunks are made by drawing 2–5 sentences
at random from the corpus and wild-set texts (our narrative's vocabulary, never the same chunk
twice), embedded with the store's hash embedding; the queries are the question banks' questions.
Each configuration (max_neighbors:ef_construction) is a fresh PersistentClient collection filled
in batches of 1,000 (as `Index.add` does; `--batches` tries other sizes: 18 is one report's
narrative chunks an upsert, what batching across reports saves); reported: CPU ms a vector inserted, bytes a vector on
disk, and recall@30 of `query` (the vector side's k) against exact cosine over all N."""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from rag.hashvec import HashVectors  # noqa: E402

WILD = ["eval/wild", "eval/wild2", "eval/wild3", "eval/wild4", "eval/wild5"]


def sentences(dirs: list[str] | None = None) -> list[str]:
    out: list[str] = []
    for d in ["eval/corpus/reports", *WILD] if dirs is None else dirs:
        for f in sorted((ROOT / d).rglob("*")):
            if f.suffix in (".txt", ".md"):
                text = f.read_text("utf-8", errors="replace")
                out += [s.strip() for s in re.split(r"[。；\n]", text) if 12 <= len(s.strip()) <= 200]
    return sorted(set(out))


def questions() -> list[str]:
    out = []
    for f in sorted((ROOT / "eval/questions").rglob("*.jsonl")):
        out += [json.loads(line)["q"] for line in f.open(encoding="utf-8") if line.strip()]
    return out


def main() -> int:
    import chromadb
    from chromadb.config import Settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--vectors", type=int, default=100000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--configs", nargs="*", default=["16:100", "8:100", "16:40", "8:40"])
    ap.add_argument("--batches", nargs="*", type=int, default=[1000], help="vectors an upsert")
    args = ap.parse_args()
    rnd = random.Random(0)
    sents = sentences()
    hv = HashVectors()
    texts = ["。".join(rnd.sample(sents, rnd.randint(2, 5))) for _ in range(args.vectors)]
    vecs = np.concatenate([hv.embed_many(texts[i : i + 5000]) for i in range(0, len(texts), 5000)]).astype(np.float32)
    qs = rnd.sample(questions(), args.queries)
    qv = hv.embed_many(qs).astype(np.float32)
    unit = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
    qu = qv / np.maximum(np.linalg.norm(qv, axis=1, keepdims=True), 1e-12)
    exact = np.argsort(-(qu @ unit.T), axis=1)[:, :30]
    print(f"{len(sents)} sentences, {args.vectors} chunks, {len(qs)} questions")
    for cfg, batch in ((c, b) for c in args.configs for b in args.batches):
        m, ef = (int(x) for x in cfg.split(":"))
        tmp = Path(tempfile.mkdtemp(prefix="xxgk-hnsw-"))
        try:
            client = chromadb.PersistentClient(path=str(tmp), settings=Settings(anonymized_telemetry=False))
            col = client.create_collection(
                "bench", configuration={"hnsw": {"space": "cosine", "max_neighbors": m, "ef_construction": ef}}
            )
            t = time.process_time()
            for i in range(0, args.vectors, batch):
                col.upsert(ids=[str(j) for j in range(i, min(i + batch, args.vectors))], embeddings=vecs[i : i + batch])
            cpu = time.process_time() - t
            hit = 0
            for row, q in zip(exact, qv):
                got = col.query(query_embeddings=[q], n_results=30, include=[])["ids"][0]
                hit += len({int(x) for x in got} & set(row.tolist()))
            del col, client
            size = sum(f.stat().st_size for f in tmp.rglob("*") if f.is_file())
            print(
                f"M={m:2d} ef_construction={ef:3d} batch {batch:5d}: insert {cpu / args.vectors * 1000:.3f} ms CPU a vector, "
                f"disk {size / args.vectors:.0f} B a vector, recall@30 {hit / (30 * len(qs)):.4f}",
                flush=True,
            )
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
