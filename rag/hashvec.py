"""The offline hashed embedding's vectors, without chromadb: ingest's workers make a report's
vectors next to its extraction (chromadb is imported by the one writer only, after its last child
was forked). `rag.embed.HashEmbedding` is this as chromadb's embedding function."""

from __future__ import annotations

import hashlib
import os
import re

import numpy as np

from .tokens import bigrams

_CACHE_LIMIT = 500_000  # tokens whose slot and sign are remembered (a corpus repeats its bigrams)
_CJK = re.compile("[\u4e00-\u9fff]")  # each CJK character is a token of its own too
_CJK_FIRST, _CJK_LAST = 0x4E00, 0x9FFF  # the same range, as code points


class HashVectors:
    """Each token (character bigram, and each CJK character) adds ±1 at a hashed slot of a `dim`
    vector; log-damped, unit length. Deterministic, no weights."""

    def __init__(self, dim: int = 256):
        # 256 since issue 16 (384 before: `hash-384-v1` indexes are rebuilt when opened): a third
        # less disk, memory and HNSW insert work; eval qa unchanged (recall@5 0.96 → 0.98)
        self.dim = dim
        self._codes: dict[str, int] = {}  # token → slot << 1 | sign bit

    @property
    def version(self) -> str:
        """What the stored vectors were made by (the index is rebuilt when it changes)."""
        return f"hash-{self.dim}-v1"

    def _code(self, token: str) -> int:
        if len(self._codes) >= _CACHE_LIMIT:
            self._codes.clear()
        code = self._codes[token] = _slot(token, self.dim)
        return code

    def embed_one(self, text: str) -> np.ndarray:
        """Each token (character bigram, and each CJK character) adds ±1 at a hashed slot. A token's
        slot and sign are hashed once per process and looked up after (~1M blake2b calls per 200
        reports became the few thousand distinct tokens), and the slots are summed by numpy in one
        call. The vectors are the same as when every token was hashed on its own."""
        toks = text_tokens(text)
        get, make = self._codes.get, self._code
        codes = np.fromiter((get(t) or make(t) for t in toks), dtype=np.int64, count=len(toks))
        v = np.bincount(codes >> 1, weights=(codes & 1) * 2.0 - 1.0, minlength=self.dim).astype(np.float32)
        v = np.sign(v) * np.log1p(np.abs(v))
        n = float(np.linalg.norm(v))
        return v / n if n else v

    def embed_many(self, texts: list[str]) -> np.ndarray:
        """The vectors of many texts at once (rows of a float32 matrix), each the same as
        `embed_one` gives bit for bit: every text's token slots are offset by its row and summed by
        one `np.bincount` over the whole batch (the per-text Python work left is the tokenizer and
        the slot lookup)."""
        return self.embed_grams([bigrams(text) for text in texts], texts)

    def embed_grams(self, grams: list[list[str]], texts: list[str]) -> np.ndarray:
        """`embed_many` of texts whose bigrams are given (`grams[i]`: those of `texts[i]`, in any
        order — a slot's sum of ±1 does not depend on it): a caller that has them already (the
        store's BM25 side) does not make them twice. The CJK characters are not made into strings:
        their code points are read from the text at once and looked up in a table of every CJK
        character's slot (`_char_codes`), the same slots `_code` gives them."""
        n = len(grams)
        if not n:
            return np.zeros((0, self.dim), dtype=np.float32)
        get, make = self._codes.get, self._code
        table = self._char_codes()
        lengths = np.empty(n, dtype=np.int64)
        parts = []
        for i, (toks, text) in enumerate(zip(grams, texts)):
            try:  # the known tokens' codes straight into the array (no list between)
                row = np.fromiter(map(get, toks), dtype=np.int64, count=len(toks))
            except TypeError:  # a token not seen yet (None): hashed and remembered
                row = np.array([c if (c := get(t)) is not None else make(t) for t in toks], dtype=np.int64)
            points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            chars = table[points[(points >= _CJK_FIRST) & (points <= _CJK_LAST)] - _CJK_FIRST]
            parts.append(row)
            parts.append(chars)
            lengths[i] = len(row) + len(chars)
        codes = np.concatenate(parts)
        rows = np.repeat(np.arange(n, dtype=np.int64) * self.dim, lengths)
        m = (
            np.bincount(rows + (codes >> 1), weights=(codes & 1) * 2.0 - 1.0, minlength=n * self.dim)
            .reshape(n, self.dim)
            .astype(np.float32)
        )
        m = np.sign(m) * np.log1p(np.abs(m))
        for row in m:  # one norm a row, as embed_one takes it (a batched norm may differ in the last bit)
            norm = float(np.linalg.norm(row))
            if norm:
                row /= norm
        return m

    def _char_codes(self) -> np.ndarray:
        """The code (`_code`) of every CJK character U+4E00–U+9FFF, by code point, made once a
        process (~20k hashes, ~15 ms)."""
        table = getattr(self, "_chars", None)
        if table is None:
            table = self._chars = np.array(
                [_slot(chr(cp), self.dim) for cp in range(_CJK_FIRST, _CJK_LAST + 1)], dtype=np.int64
            )
        return table


def _slot(token: str, dim: int) -> int:
    """A token's slot in a `dim` vector, shifted left, with its sign bit."""
    h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
    return (h % dim) << 1 | ((h >> 40) & 1)


def text_tokens(text: str) -> list[str]:
    """What a text's vector sums: its bigrams (rag.tokens) and each CJK character. Runs of either
    never cross a line break, so the tokens of texts joined by 「\\n」 are the texts' tokens together."""
    return bigrams(text) + cjk_chars(text)


def cjk_chars(text: str) -> list[str]:
    return _CJK.findall(text)


_WORKER: HashVectors | None = None


def worker_vectors() -> HashVectors | None:
    """The embedding a worker makes vectors with: the hashed one (its token cache kept for the
    process's life), or None when XXGK_EMBED_MODEL names a model — the writer's index asks the
    endpoint then."""
    global _WORKER
    if os.environ.get("XXGK_EMBED_MODEL"):
        return None
    if _WORKER is None:
        _WORKER = HashVectors()
    return _WORKER
