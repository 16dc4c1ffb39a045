"""Embeddings for the vector side of retrieval. The offline default ships everything it needs: a
hashed character n-gram embedding (no model weights, no download, deterministic). With
XXGK_EMBED_MODEL set, an OpenAI-compatible /embeddings endpoint is used instead (same
OPENAI_BASE_URL / OPENAI_API_KEY as the LLM). chromadb's default embedding is never used: it
downloads an English-only model at run time."""

from __future__ import annotations

import hashlib
import os
import re

import numpy as np
from chromadb import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from .tokens import bigrams

_CACHE_LIMIT = 500_000  # tokens whose slot and sign are remembered (a corpus repeats its bigrams)
_CJK = re.compile("[\u4e00-\u9fff]")  # each CJK character is a token of its own too


@register_embedding_function
class HashEmbedding(EmbeddingFunction[Documents]):
    def __init__(self, dim: int = 384):
        self.dim = dim
        self._codes: dict[str, int] = {}  # token → slot << 1 | sign bit

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embed_many(list(input)))

    @property
    def version(self) -> str:
        """What the stored vectors were made by (the index is rebuilt when it changes)."""
        return f"hash-{self.dim}-v1"

    def _code(self, token: str) -> int:
        h = int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")
        if len(self._codes) >= _CACHE_LIMIT:
            self._codes.clear()
        code = self._codes[token] = (h % self.dim) << 1 | ((h >> 40) & 1)
        return code

    def embed_one(self, text: str) -> np.ndarray:
        """Each token (character bigram, and each CJK character) adds ±1 at a hashed slot. A token's
        slot and sign are hashed once per process and looked up after (~1M blake2b calls per 200
        reports became the few thousand distinct tokens), and the slots are summed by numpy in one
        call. The vectors are the same as when every token was hashed on its own."""
        toks = bigrams(text)
        toks += _CJK.findall(text)
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
        n = len(texts)
        if not n:
            return np.zeros((0, self.dim), dtype=np.float32)
        get, make = self._codes.get, self._code
        lengths = np.empty(n, dtype=np.int64)
        codes_of = []
        for i, text in enumerate(texts):
            toks = bigrams(text)
            toks += _CJK.findall(text)
            lengths[i] = len(toks)
            codes_of.append([get(t) or make(t) for t in toks])
        codes = np.fromiter((c for cs in codes_of for c in cs), dtype=np.int64, count=int(lengths.sum()))
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

    @staticmethod
    def name() -> str:
        return "xxgk-hash"

    def get_config(self) -> dict:
        return {"dim": self.dim}

    @staticmethod
    def build_from_config(config: dict) -> HashEmbedding:
        return HashEmbedding(int(config.get("dim", 384)))

    def default_space(self) -> str:
        return "cosine"


@register_embedding_function
class OpenAICompatibleEmbedding(EmbeddingFunction[Documents]):
    def __init__(self, model: str, base_url: str | None = None):
        self.model = model
        self.base_url = base_url

    @property
    def version(self) -> str:
        return f"openai:{self.model}"

    def __call__(self, input: Documents) -> Embeddings:
        from openai import OpenAI

        client = OpenAI(base_url=self.base_url, api_key=os.environ.get("OPENAI_API_KEY", "none"), max_retries=1)
        resp = client.embeddings.create(model=self.model, input=list(input))
        return [np.asarray(d.embedding, dtype=np.float32) for d in resp.data]

    @staticmethod
    def name() -> str:
        return "xxgk-openai-compatible"

    def get_config(self) -> dict:
        return {"model": self.model, "base_url": self.base_url}

    @staticmethod
    def build_from_config(config: dict) -> OpenAICompatibleEmbedding:
        return OpenAICompatibleEmbedding(config["model"], config.get("base_url"))

    def default_space(self) -> str:
        return "cosine"


def configured_embedding() -> EmbeddingFunction:
    model = os.environ.get("XXGK_EMBED_MODEL")
    if model:
        return OpenAICompatibleEmbedding(model, os.environ.get("OPENAI_BASE_URL") or None)
    return HashEmbedding()
