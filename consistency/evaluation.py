"""Labelled evaluation sets: stories told by several outlets, with pairs of sentences
labelled as divergences (must be reported) or traps (must not be).

Layout (see eval/README.md): ``stories/<story>/<outlet>.txt`` articles with front matter,
and ``labels/<story>.jsonl`` with one labelled pair per line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from consistency.errors import InputError
from consistency.loaders import read_corpus
from consistency.records import AlignedPair, Document, Sentence


@dataclass(frozen=True)
class LabelSide:
    source: str
    sentence: str
    value: str


@dataclass(frozen=True)
class LabelledPair:
    id: str
    story: str
    label: str
    kind: str
    a: LabelSide
    b: LabelSide
    note: str = ""


@dataclass(frozen=True)
class EvalSet:
    documents: tuple[Document, ...]
    labels: tuple[LabelledPair, ...]

    def story_of(self, document: Document) -> str:
        return document.id.split("/", 1)[0]


def load_eval_set(folder: str | Path) -> EvalSet:
    folder = Path(folder)
    stories, labels_folder = folder / "stories", folder / "labels"
    if not stories.is_dir() or not labels_folder.is_dir():
        raise InputError(str(folder), "is not an evaluation set: it needs stories/ and labels/ folders (see eval/README.md)")
    corpus = read_corpus([str(stories)])
    labels = []
    for path in sorted(labels_folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                labels.append(
                    LabelledPair(
                        id=record["id"], story=path.stem, label=record["label"], kind=record["kind"],
                        a=LabelSide(**record["a"]), b=LabelSide(**record["b"]), note=record.get("note", ""),
                    )
                )
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(str(path), f"not a label line ({error})", line=number) from None
    return EvalSet(corpus.documents, tuple(labels))


def locate(side: LabelSide, story: str, sentences: Iterable[Sentence]) -> Sentence | None:
    """The sentence of ``story``'s article by ``side.source`` that holds the labelled one
    (the splitter may cut a labelled sentence differently; overlap decides then)."""
    candidates = [s for s in sentences if s.source == side.source and s.doc_id.split("/", 1)[0] == story]
    for sentence in candidates:
        if side.sentence in sentence.text or sentence.text in side.sentence:
            return sentence
    return None


def pair_key(a: Sentence, b: Sentence) -> tuple[tuple[str, int], tuple[str, int]]:
    first, second = sorted([(a.doc_id, a.index), (b.doc_id, b.index)])
    return first, second


def aligned_label_share(
    eval_set: EvalSet, sentences: Sequence[Sentence], pairs: Sequence[AlignedPair], label: str
) -> tuple[int, int]:
    """How many pairs labelled ``label`` alignment kept, of how many it could locate."""
    aligned = {pair_key(pair.a, pair.b) for pair in pairs}
    kept = total = 0
    for item in eval_set.labels:
        if item.label != label:
            continue
        a, b = locate(item.a, item.story, sentences), locate(item.b, item.story, sentences)
        if a is None or b is None:
            continue
        total += 1
        kept += pair_key(a, b) in aligned
    return kept, total
