"""The embedding model runs on ONNX Runtime where it can, with the vectors of the torch
path, and keeps its vectors apart from the torch path's in the cache."""

from __future__ import annotations

import numpy as np
import pytest

from consistency.embedding import load_embedder

SENTENCES = [
    "At least 12 people died in the fire at Kestrel Tower on Tuesday.",
    "Fourteen people were killed, officials said, as crews searched the 40-storey tower.",
    "Hi",
    " ".join(["The council met again on Thursday to discuss the budget"] * 40),  # cut at 256 tokens
]


@pytest.mark.model
def test_onnx_vectors_match_the_torch_path():
    embedder = load_embedder(None)
    assert embedder.onnx is not None and embedder.cache_identity.endswith("+onnx")
    onnx = embedder.embed(SENTENCES)
    torch_path = embedder.model.encode(SENTENCES, convert_to_numpy=True, normalize_embeddings=True)
    assert float(np.abs(onnx - torch_path).max()) < 1e-5


@pytest.mark.model
def test_backend_variable_keeps_the_torch_path_and_its_own_cache_entries(monkeypatch):
    monkeypatch.setenv("CONSISTENCY_BACKEND", "torch")
    embedder = load_embedder(None)
    assert embedder.onnx is None and not embedder.cache_identity.endswith("+onnx")


def test_a_damaged_graph_is_one_clear_error(tmp_path, monkeypatch):
    from consistency.errors import ModelError
    from consistency.onnx_bert import OnnxBert

    graph = tmp_path / "broken.onnx"
    graph.write_bytes(b"not a graph")
    with pytest.raises(ModelError, match="delete the file to export it again"):
        OnnxBert(graph, tmp_path, 256).encode(["A sentence."])
