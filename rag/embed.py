"""Embeddings for the vector side of retrieval. The offline default ships everything it needs: a
hashed character n-gram embedding (no model weights, no download, deterministic). With
XXGK_EMBED_MODEL set, an OpenAI-compatible /embeddings endpoint is used instead (same
OPENAI_BASE_URL / OPENAI_API_KEY as the LLM). chromadb's default embedding is never used: it
downloads an English-only model at run time."""

from __future__ import annotations

import hashlib
import os

import numpy as np
from chromadb import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from .tokens import bigrams


@register_embedding_function
class HashEmbedding(EmbeddingFunction[Documents]):
    def __init__(self, dim: int = 384):
        self.dim = dim

    def __call__(self, input: Documents) -> Embeddings:
        return [self.embed_one(t) for t in input]

    def embed_one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        toks = bigrams(text)
        toks += [t for t in text if "\u4e00" <= t <= "\u9fff"]
        for t in toks:
            h = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0 if (h >> 40) & 1 else -1.0
        v = np.sign(v) * np.log1p(np.abs(v))
        n = float(np.linalg.norm(v))
        return v / n if n else v

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
