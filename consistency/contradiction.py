"""``contradiction``: an optional neural stage. A sentence-transformers CrossEncoder trained
for natural language inference, loaded from a local folder (``--nli-model DIR``), reads
each compared pair and reports those it judges contradictory.

No such model is bundled: none with a licence we can ship installs offline here. Any NLI
cross-encoder saved with ``CrossEncoder.save`` works; which output is "contradiction" is
read from the model's own ``config.json`` (``id2label``), never assumed.

Unlike the rule comparators this stage needs a model, so it is not in the comparator
registry; the pipeline runs it over all compared pairs in batches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from consistency.embedding import quiet_offline_transformers
from consistency.errors import ModelError
from consistency.records import AlignedPair, Finding

#: Contradiction probability from which a pair is reported; from 0.9 it is high severity.
DEFAULT_THRESHOLD = 0.5
HIGH_SEVERITY = 0.9


@dataclass(frozen=True)
class ContradictionSettings:
    folder: str
    threshold: float = DEFAULT_THRESHOLD
    batch_size: int = 32


def contradiction_label(folder: Path) -> tuple[int, int]:
    """The index of the "contradiction" output and the number of outputs, from the model's
    config; a model without such a label is refused."""
    config_path = folder / "config.json"
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ModelError(f"{config_path}: cannot read the model's config ({error})") from None
    labels = {int(index): str(label) for index, label in (config.get("id2label") or {}).items()}
    matches = [index for index, label in labels.items() if label.strip().lower().startswith("contradict")]
    if len(matches) != 1:
        raise ModelError(
            f"{config_path}: id2label {labels or '{}'} has no single 'contradiction' label; "
            "give an NLI cross-encoder (labels such as entailment/neutral/contradiction)"
        )
    return matches[0], len(labels)


class ContradictionModel:
    """A CrossEncoder NLI model read from ``folder``; loaded on first use."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise ModelError(f"--nli-model {folder}: no such folder; give a saved CrossEncoder NLI model")
        self.index, self.n_labels = contradiction_label(self.folder)
        self._model = None

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def model(self):
        if self._model is None:
            try:
                quiet_offline_transformers()
                from sentence_transformers import CrossEncoder

                self._model = CrossEncoder(str(self.folder), device="cpu", local_files_only=True)
            except Exception as error:  # the library raises many kinds; the user needs one line
                raise ModelError(f"{self.folder}: could not load the NLI model ({error})") from error
        return self._model

    def probabilities(self, pairs: Sequence[tuple[str, str]], batch_size: int = 32) -> list[float]:
        """The contradiction probability of each (premise, hypothesis) pair."""
        if not pairs:
            return []
        scores = self.model.predict(list(pairs), batch_size=batch_size, apply_softmax=True, show_progress_bar=False)
        if getattr(scores, "ndim", 1) != 2 or scores.shape[1] != self.n_labels:
            raise ModelError(f"{self.folder}: the model gives {getattr(scores, 'shape', '?')} scores, its config {self.n_labels} labels")
        return [float(row[self.index]) for row in scores]


def contradiction_findings(
    pairs: Sequence[AlignedPair], model: ContradictionModel, settings: ContradictionSettings
) -> list[tuple[AlignedPair, Finding]]:
    """A finding for each pair the model finds contradictory in either reading order (NLI
    models are not symmetric; the higher probability counts)."""
    forward = model.probabilities([(p.a.text, p.b.text) for p in pairs], settings.batch_size)
    backward = model.probabilities([(p.b.text, p.a.text) for p in pairs], settings.batch_size)
    found = []
    for pair, first, second in zip(pairs, forward, backward):
        if max(first, second) < settings.threshold:
            continue
        probability = round(max(first, second), 3)
        found.append(
            (
                pair,
                Finding(
                    kind="contradiction",
                    score=probability,
                    severity="high" if probability >= HIGH_SEVERITY else "medium",
                    a_value=pair.a.text,
                    b_value=pair.b.text,
                    a_spans=((0, len(pair.a.text)),),
                    b_spans=((0, len(pair.b.text)),),
                    explanation=(
                        f"{pair.a.source} and {pair.b.source} contradict each other, "
                        f"says the NLI model {model.name} (p={probability:.2f})"
                    ),
                ),
            )
        )
    return found
