"""Embeddings for the vector side of retrieval. The offline default ships everything it needs: a
hashed character n-gram embedding (no model weights, no download, deterministic). With
XXGK_EMBED_MODEL set, an OpenAI-compatible /embeddings endpoint is used instead (same
OPENAI_BASE_URL / OPENAI_API_KEY as the LLM). chromadb's default embedding is never used: it
downloads an English-only model at run time."""

from __future__ import annotations

import os

import numpy as np
from chromadb import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from .hashvec import HashVectors


@register_embedding_function
class HashEmbedding(HashVectors, EmbeddingFunction[Documents]):
    """The hashed embedding as chromadb's embedding function (the vectors: `rag.hashvec`)."""

    def __call__(self, input: Documents) -> Embeddings:
        return list(self.embed_many(list(input)))

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
    return HashEmbedding()  # the same as rag.hashvec.worker_vectors() makes in ingest's workers
