"""A sentence-transformers BERT run by ONNX Runtime: twice torch's throughput on this CPU
(benchmarks/bench.py), vectors within 3e-7 of torch's, and no torch import once its graph
exists.

The graph is exported from the model folder's own weights by ``torch.onnx`` the first time
the folder is used, and kept in the cache folder under the folder's fingerprint; nothing is
downloaded. A folder this module cannot read (not a plain BERT with mean pooling and
normalisation), a failed export or ``CONSISTENCY_BACKEND=torch`` leave the embedder on the
sentence-transformers path.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
import warnings
from pathlib import Path
from typing import Sequence

import numpy as np

from consistency.errors import ModelError
from consistency.light_bert import NotReadable, batch_tokenizer, check_plain_bert, mean_pooled, tokenized

#: Set to "torch" to embed with sentence-transformers even where a graph could be used.
BACKEND_VARIABLE = "CONSISTENCY_BACKEND"
#: Where exported graphs are kept, when not in the cache folder's "onnx/".
GRAPHS_VARIABLE = "CONSISTENCY_GRAPHS"


def graph_store() -> Path:
    from consistency.cache import default_cache_dir

    return Path(os.environ.get(GRAPHS_VARIABLE) or default_cache_dir() / "onnx")


class OnnxBert:
    """Loads its graph and tokenizer on the first sentence to embed: a run whose vectors are
    all cached loads neither."""

    def __init__(self, graph: Path, folder: Path, max_tokens: int | None):
        self.graph, self.folder, self.max_tokens = graph, folder, max_tokens
        self._session = self._tokenizer = None

    def _load(self) -> None:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = os.cpu_count() or 1
        options.log_severity_level = 3
        try:
            self._session = onnxruntime.InferenceSession(str(self.graph), options, providers=["CPUExecutionProvider"])
        except Exception as error:  # onnxruntime raises its own kinds; the user needs one line
            raise ModelError(
                f"{self.graph}: the exported model cannot be loaded ({type(error).__name__}); delete the file to "
                f"export it again, or set {BACKEND_VARIABLE}=torch"
            ) from None
        self._tokenizer = batch_tokenizer(self.folder, self.max_tokens or 512)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._session is None:
            self._load()
        ids, types, mask = tokenized(self._tokenizer, texts)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        return mean_pooled(hidden, mask)


def export_graph(folder: Path, target: Path) -> None:
    """Write the folder's BERT as an ONNX graph to ``target``, atomically."""
    import torch
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(folder)).eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    example = tuple(torch.ones((2, 8), dtype=torch.long) for _ in names)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=target.parent, suffix=".onnx.part")
    os.close(handle)
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the exporter's notes on tracing are not the user's business
            torch.onnx.export(
                LastHiddenState(), example, partial, input_names=names, output_names=["last_hidden_state"],
                dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]},
                opset_version=17, dynamo=False,
            )
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)


def onnx_bert(folder: Path, fingerprint: str, max_tokens: int | None, store: Path | None = None) -> OnnxBert | None:
    """The folder's model on ONNX Runtime, exporting its graph into ``store`` (default
    ``graph_store()``) on first use; None where that cannot be done (the caller keeps the
    torch path)."""
    store = store or graph_store()
    if os.environ.get(BACKEND_VARIABLE, "").lower() == "torch":
        return None
    try:
        check_plain_bert(folder)
    except NotReadable:
        return None
    if importlib.util.find_spec("onnxruntime") is None:
        return None
    graph = store / f"{fingerprint}.onnx"
    try:
        if not graph.exists():
            from consistency.embedding import quiet_offline_transformers

            quiet_offline_transformers()
            export_graph(folder, graph)
    except Exception:  # an export can fail many ways; torch still works
        return None
    return OnnxBert(graph, folder, max_tokens)
