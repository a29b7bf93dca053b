"""A BERT sentence encoder in numpy, for embedding a handful of sentences without torch.

``consistency compare "A" "B"`` needs two vectors; importing sentence-transformers (and
with it torch and transformers) took 10 of its 12 seconds. A sentence-transformers folder
that is a plain BERT with mean pooling and normalisation (all-MiniLM-L6-v2 is) is read
here from its safetensors weights and tokenizer.json: the same arithmetic in float32, so
vectors agree with the torch path to about 1e-6 (tests/test_light_bert.py).
Throughput on many sentences is the torch path's business; this one is for few.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

_MODULES = ["sentence_transformers.models.Transformer", "sentence_transformers.models.Pooling",
            "sentence_transformers.models.Normalize"]


class NotReadable(Exception):
    """The folder is not a model this encoder reads; use the sentence-transformers path."""


def _json(path: Path) -> dict | list:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise NotReadable(f"{path}: {error}") from None


_erf = np.frompyfunc(math.erf, 1, 1)


def _gelu(x: np.ndarray) -> np.ndarray:
    # BERT's exact GELU; numpy has no erf of its own.
    return (0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)).astype(np.float32))).astype(np.float32)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + eps) * weight + bias


def batch_tokenizer(folder: Path, max_tokens: int, pad_id: int = 0):
    """The folder's tokenizer.json, cutting at ``max_tokens`` and padding each batch."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_tokens)
    tokenizer.enable_padding(pad_id=pad_id)
    return tokenizer


def tokenized(tokenizer, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token ids, token types and attention mask of a batch, as int64 arrays."""
    encodings = tokenizer.encode_batch(list(texts))
    return tuple(np.array([getattr(e, field) for e in encodings], dtype=np.int64)
                 for field in ("ids", "type_ids", "attention_mask"))  # type: ignore[return-value]


def mean_pooled(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Sentence vectors: the mean of the tokens the mask keeps, at unit length."""
    weights = mask[:, :, None].astype(np.float32)
    pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def check_plain_bert(folder: Path) -> dict:
    """The folder's BERT configuration, if it is a plain BERT with mean pooling and
    normalisation in safetensors; NotReadable otherwise."""
    modules = _json(folder / "modules.json")
    if [module.get("type") for module in modules] != _MODULES:
        raise NotReadable(f"{folder}: not a BERT with mean pooling and normalisation")
    pooling = _json(folder / modules[1]["path"] / "config.json")
    config = _json(folder / "config.json")
    if not pooling.get("pooling_mode_mean_tokens") or any(
        pooling.get(key) for key in ("pooling_mode_cls_token", "pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens")
    ):
        raise NotReadable(f"{folder}: pooling other than the mean")
    if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu" or \
            config.get("position_embedding_type", "absolute") != "absolute":
        raise NotReadable(f"{folder}: not a plain BERT")
    if not (folder / "model.safetensors").is_file():
        raise NotReadable(f"{folder}: no model.safetensors")
    return config


class LightBert:
    def __init__(self, folder: str | Path):
        folder = Path(folder)
        config = check_plain_bert(folder)
        from safetensors.numpy import load_file

        self.weights = {name: value.astype(np.float32) for name, value in load_file(str(folder / "model.safetensors")).items()
                        if not name.endswith("position_ids")}
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        limit = _json(folder / "sentence_bert_config.json").get("max_seq_length") if (folder / "sentence_bert_config.json").exists() else None
        self.tokenizer = batch_tokenizer(folder, int(limit or config.get("max_position_embeddings", 512)),
                                         int(config.get("pad_token_id", 0)))

    def _w(self, name: str) -> np.ndarray:
        return self.weights[name]

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self._w(f"{name}.weight").T + self._w(f"{name}.bias")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length sentence vectors, shape (len(texts), hidden size)."""
        ids, types, token_mask = tokenized(self.tokenizer, texts)
        mask = token_mask.astype(np.float32)
        positions = np.arange(ids.shape[1])
        x = (self._w("embeddings.word_embeddings.weight")[ids] + self._w("embeddings.position_embeddings.weight")[positions]
             + self._w("embeddings.token_type_embeddings.weight")[types])
        x = _layer_norm(x, self._w("embeddings.LayerNorm.weight"), self._w("embeddings.LayerNorm.bias"), self.eps)
        batch, length, hidden = x.shape
        size = hidden // self.heads
        blocked = (1.0 - mask)[:, None, None, :] * np.finfo(np.float32).min
        for number in range(self.layers):
            layer = f"encoder.layer.{number}"

            def heads(values: np.ndarray) -> np.ndarray:
                return values.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

            query = heads(self._linear(x, f"{layer}.attention.self.query"))
            key = heads(self._linear(x, f"{layer}.attention.self.key"))
            value = heads(self._linear(x, f"{layer}.attention.self.value"))
            scores = query @ key.transpose(0, 1, 3, 2) / np.float32(math.sqrt(size)) + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            attended = (scores / scores.sum(axis=-1, keepdims=True)) @ value
            attended = attended.transpose(0, 2, 1, 3).reshape(batch, length, hidden)
            x = _layer_norm(self._linear(attended, f"{layer}.attention.output.dense") + x,
                            self._w(f"{layer}.attention.output.LayerNorm.weight"),
                            self._w(f"{layer}.attention.output.LayerNorm.bias"), self.eps)
            inner = _gelu(self._linear(x, f"{layer}.intermediate.dense"))
            x = _layer_norm(self._linear(inner, f"{layer}.output.dense") + x, self._w(f"{layer}.output.LayerNorm.weight"),
                            self._w(f"{layer}.output.LayerNorm.bias"), self.eps)
        return mean_pooled(x, token_mask)


@lru_cache(maxsize=4)
def light_bert(folder: str) -> LightBert | None:
    """The folder's model read by this encoder, or None when it cannot be."""
    try:
        return LightBert(folder)
    except NotReadable:
        return None
