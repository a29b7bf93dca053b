"""``compare`` embeds its two sentences without loading torch, and gets the vectors the
torch path gives."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from consistency.light_bert import LightBert, NotReadable

SENTENCES = [
    "At least 12 people died in the fire at Kestrel Tower on Tuesday.",
    "Fourteen people were killed, officials said, as crews searched the 40-storey tower.",
    "Hi",
    'The Kremlin called the statement "very pale and quite useless".',
    " ".join(["The council met again on Thursday to discuss the budget"] * 40),  # cut at 256 tokens
]


@pytest.mark.model
def test_light_bert_vectors_match_the_sentence_transformers_path(real_embedder):
    light = LightBert(real_embedder.folder).encode(SENTENCES)
    torch_path = real_embedder.model.encode(SENTENCES, convert_to_numpy=True, normalize_embeddings=True)
    assert light.shape == torch_path.shape
    assert float(np.abs(light - torch_path).max()) < 1e-5


@pytest.mark.model
def test_compare_does_not_load_torch(real_embedder):
    script = (
        "import sys\n"
        "from consistency.pipeline import compare_statements\n"
        "result = compare_statements('At least 12 people died in the fire.', 'At least 14 people died in the fire.')\n"
        "print(round(result.similarity, 2), [d.finding.kind for d in result.discrepancies], 'torch' in sys.modules)\n"
    )
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout.split()
    similarity, kinds, torch_loaded = float(output[0]), output[1], output[2]
    assert similarity > 0.9 and "number" in kinds and torch_loaded == "False"


def test_a_folder_that_is_not_a_plain_bert_is_refused(tmp_path):
    (tmp_path / "modules.json").write_text('[{"type": "sentence_transformers.models.Transformer", "path": ""}]')
    with pytest.raises(NotReadable):
        LightBert(tmp_path)
