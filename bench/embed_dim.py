"""Benchmark (not a test): does the hashed embedding's dimension change what retrieval finds?

    .venv/bin/python bench/embed_dim.py [--dims 384 256 128 96 64]

Vectors are most of the data directory (issue 16: 21 of 86 kB a report at 256 dims), and the HNSW
insert cost grows with the dimension, so a smaller vector is worth having if retrieval keeps what
it finds. `eval qa` hardly sees the vector side (BM25 is fused with it), so this measures it alone
and fused, on the questions that name a figure printed in one report's narrative: the gold's
narrative items and every bank question of intent narrative/problems scoped to one report with an
expected value. A hit is a top-k chunk whose text prints the expected number (or, for gold items
without one, holds the answer's key phrases). Three settings: dense only within the question's
report (the exact path `Index._exact` takes), dense only over the whole corpus (what HNSW serves,
here computed exactly), the same over passage vectors as `Index.vector` takes it since store16 (one
vector a passage of rag.chunks.PASSAGE chunks; the chunks of the PASSAGES_SEARCHED × 30 nearest
passages ranked again by their own vectors), and the fused list within the report (`Index.search`'s RRF)."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval import bank  # noqa: E402
from eval.cli import load_gold  # noqa: E402
from eval.gold import DEFAULT_CORPUS  # noqa: E402
from eval.qa import corpus_store, key_phrases_present  # noqa: E402
from rag import chunks as chunks_mod  # noqa: E402
from rag.chunks import Chunk, passages  # noqa: E402
from rag.hashvec import HashVectors  # noqa: E402
from rag.index import PASSAGES_SEARCHED, RRF_K  # noqa: E402


def printed(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def questions(golds: list[dict], ids: dict[str, str], files: dict[str, str]) -> list[tuple[str, str, object]]:
    """(question, report id, expected: a printed number or the gold answer's text)."""
    out: list[tuple[str, str, object]] = []
    for g in golds:
        for item in g.get("qa", []):
            if item["kind"] == "narrative":
                want = printed(item["value"]) if item.get("value") is not None else item["answer"]
                out.append((item["q"], ids[g["id"]], want))
    stems = {Path(name).stem: rid for name, rid in files.items()}
    for which in ("dev", "holdout", *bank.BLIND):
        for item in bank.load(bank.bank_path(which)):
            rep = (item.get("scope") or {}).get("report")
            value = (item.get("expect") or {}).get("value")
            if item.get("intent") in ("narrative", "problems") and rep in stems and isinstance(value, (int, float)):
                out.append((item["q"], stems[rep], printed(value)))
    return out


def hit(want: object, texts: list[str]) -> bool:
    if isinstance(want, str) and want.replace(".", "").isdigit():
        return any(want in t.replace(",", "") for t in texts)
    return any(key_phrases_present(str(want), t) for t in texts) or key_phrases_present(str(want), "".join(texts))


def distractors(n: int, seed: int = 0) -> list[str]:
    """n narrative chunks of no corpus report: 2–5 sentences drawn from the wild sets' texts (the
    corpus's vocabulary, never its text), as bench/hnsw_bench.py makes them."""
    import random

    from hnsw_bench import WILD, sentences

    rnd = random.Random(seed)
    sents = sentences(WILD)
    return ["。".join(rnd.sample(sents, rnd.randint(2, 5))) for _ in range(n)]


def unit(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1.0, norms)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dims", type=int, nargs="+", default=[384, 256, 128, 96, 64])
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--passages", type=int, nargs="+", default=[chunks_mod.PASSAGE], help="narrative chunks a vector")
    ap.add_argument("--searched", type=int, nargs="+", default=[PASSAGES_SEARCHED], help="passages a chunk returned")
    ap.add_argument(
        "--distractors", type=int, default=0, help="chunks of no corpus report beside the corpus's (a larger store)"
    )
    args = ap.parse_args()
    golds = load_gold(DEFAULT_CORPUS)
    with tempfile.TemporaryDirectory() as tmp:
        store, ids, files = corpus_store(golds, tmp)
        qs = questions(golds, ids, files)
        reports = sorted(set(files.values()))
        chunk_ids = store.chunk_ids_of(reports, "narrative")
        texts = {cid: c["text"] for cid, c in store.chunks(chunk_ids).items()}
        chunk_ids = [c for c in chunk_ids if c in texts]
        own_ids = list(chunk_ids)
        for j, t in enumerate(distractors(args.distractors)):  # 60 chunks a made-up report
            texts[f"x{j // 60}:{j % 60}"] = t
            chunk_ids.append(f"x{j // 60}:{j % 60}")
        of_report = np.array([c.rsplit(":", 1)[0] for c in chunk_ids])
        lexical = {q: [cid for cid, _ in store.bm25(q, [rid], k=30)] for q, rid, _ in qs}
        print(
            f"{len(qs)} questions, {len(reports)} reports, {len(own_ids)} narrative chunks"
            f" + {args.distractors} distractors, top-{args.k}"
        )
        pos = {c: i for i, c in enumerate(chunk_ids)}
        layouts = []
        for size in args.passages:
            chunks_mod.PASSAGE = size  # read by passage_id at call time
            layouts.append(
                (size, passages([Chunk(c, c.rsplit(":", 1)[0], None, "narrative", 0, 0, texts[c]) for c in chunk_ids]))
            )
            print(f"passages of {size}: {len(layouts[-1][1])} vectors")
        cols = [f"passages of {size} × {s} searched" for size, _ in layouts for s in args.searched]
        print(
            "dim | dense, own report | dense, whole store | " + " | ".join(cols) + " | fused (BM25 + dense), own report"
        )
        for dim in args.dims:
            hv = HashVectors(dim)
            m = unit(np.asarray(hv.embed_many([texts[c] for c in chunk_ids]), dtype=np.float32))
            pms = [unit(np.asarray(hv.embed_many([p.text for p, _ in g]), dtype=np.float32)) for _, g in layouts]
            own = corpus = fused = 0
            passage = [0] * len(cols)
            for q, rid, want in qs:
                v = np.asarray(hv.embed_many([q])[0], dtype=np.float32)
                scores = m @ (v / (np.linalg.norm(v) or 1.0))
                order = np.argsort(-scores)
                mine = [chunk_ids[i] for i in order if of_report[i] == rid][:30]
                own += hit(want, [texts[c] for c in mine[: args.k]])
                corpus += hit(want, [texts[chunk_ids[i]] for i in order[: args.k]])
                col = 0
                for (_, groups), pm in zip(layouts, pms):
                    by_passage = np.argsort(-(pm @ v))
                    for searched in args.searched:
                        members = [c.id for i in by_passage[: searched * 30] for c in groups[i][1]]
                        ranked = sorted(members, key=lambda c: -scores[pos[c]])
                        passage[col] += hit(want, [texts[c] for c in ranked[: args.k]])
                        col += 1
                rrf: dict[str, float] = {}
                for ranked in (lexical[q], mine):
                    for rank, cid in enumerate(ranked):
                        rrf[cid] = rrf.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
                top = sorted(rrf, key=lambda c: -rrf[c])[: args.k]
                fused += hit(want, [texts[c] for c in top if c in texts])
            n = len(qs)
            cells = " | ".join(f"{x / n:.4f}" for x in passage)
            print(f"{dim} | {own / n:.4f} | {corpus / n:.4f} | {cells} | {fused / n:.4f}", flush=True)


if __name__ == "__main__":
    main()
