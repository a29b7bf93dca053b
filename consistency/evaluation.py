"""Labelled evaluation sets: stories told by several outlets, with pairs of sentences
labelled as divergences (must be reported) or traps (must not be).

Layout (see eval/README.md): ``stories/<story>/<outlet>.txt`` articles with front matter,
and ``labels/<story>.jsonl`` with one labelled pair per line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

from consistency.comparators.denied_claim import KIND as DENIED_CLAIM, RECLASSIFIED_KINDS
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


@dataclass(frozen=True)
class KindScore:
    kind: str
    found: int
    divergences: int
    flagged_divergent: int
    flagged_traps: int

    @property
    def recall(self) -> float:
        return self.found / self.divergences if self.divergences else 0.0

    @property
    def precision(self) -> float:
        flagged = self.flagged_divergent + self.flagged_traps
        return self.flagged_divergent / flagged if flagged else 0.0


@dataclass(frozen=True)
class EvalResult:
    kinds: tuple[KindScore, ...]
    overall: KindScore
    traps_flagged: dict[str, int]
    traps_total: dict[str, int]
    missed: tuple[str, ...]
    false_alarms: tuple[str, ...]
    #: Findings per kind on pairs no label covers: real divergences nobody labelled, or
    #: noise. Not scored, but a comparator that adds many of them needs a look.
    unlabelled: dict[str, int] = field(default_factory=dict)
    #: With the verifier, the same scores counting only the findings the table lists (scored
    #: ``REPORT_THRESHOLD`` or more); None with rules alone, which list every finding.
    listed: "EvalResult | None" = None


def _twin(sentence: Sentence, sentences_by_document: dict[str, list[Sentence]], copy_of: dict[str, str]) -> Sentence:
    """A copy's sentence stands for its original's twin: the copy is compared through it."""
    original = copy_of.get(sentence.doc_id)
    if not original:
        return sentence
    from consistency.style import style_key

    key = set(style_key(sentence.text))
    return max(
        sentences_by_document[original],
        key=lambda other: len(key & set(style_key(other.text))) / max(1, len(key | set(style_key(other.text)))),
    )


def score_report(
    eval_set: EvalSet, report, sentences_by_document: dict[str, list[Sentence]], min_score: float = 0.0
) -> EvalResult:
    """Precision and recall of ``report``'s discrepancies on the labelled pairs.

    A divergence is found when a discrepancy of its kind links its two sentences (through
    the original when a side is a syndicated copy); a negation or modality divergence also
    when a ``denied-claim`` does (the same finding, given as two speakers' statements).
    Labels cover some pairs only, so precision counts findings on labelled pairs: on
    divergent pairs against on traps.
    Only discrepancies scored ``min_score`` or more count as reported.
    """
    copy_of = {s.document.id: s.document.copy_of for s in report.documents if s.document.copy_of}
    sentences = [s for group in sentences_by_document.values() for s in group]
    kinds_on_pair: dict[tuple, set[str]] = {}
    for discrepancy in report.discrepancies:
        if discrepancy.finding.score < min_score:
            continue
        key = pair_key(discrepancy.pair.a, discrepancy.pair.b)
        kinds_on_pair.setdefault(key, set()).add(discrepancy.finding.kind)
    divergence_kinds = sorted({item.kind for item in eval_set.labels if item.label == "divergence"})
    counts = {kind: [0, 0, 0, 0] for kind in divergence_kinds}  # found, total, flagged divergent, flagged traps
    traps_flagged: dict[str, int] = {}
    traps_total: dict[str, int] = {}
    missed, false_alarms = [], []
    any_found = any_total = any_flagged_divergent = any_flagged_traps = 0
    located = {}
    for item in eval_set.labels:
        a, b = locate(item.a, item.story, sentences), locate(item.b, item.story, sentences)
        if a is not None and b is not None:
            located[item.id] = (a, b)
    # A pair can be a trap in one respect and a divergence in another ("defense/defence",
    # but the founding years differ): findings on it are not false alarms.
    divergent_pairs = {pair_key(*located[item.id]) for item in eval_set.labels if item.label == "divergence" and item.id in located}
    for item in eval_set.labels:
        if item.id not in located:
            continue
        a, b = located[item.id]
        if item.label == "trap" and pair_key(a, b) in divergent_pairs:
            continue
        flagged = kinds_on_pair.get(
            pair_key(_twin(a, sentences_by_document, copy_of), _twin(b, sentences_by_document, copy_of)), set()
        )
        if item.label == "divergence":
            if item.kind in RECLASSIFIED_KINDS and DENIED_CLAIM in flagged:
                # A denial or a hedge given as two speakers' statements is that divergence found.
                flagged = flagged | {item.kind}
            counts[item.kind][1] += 1
            any_total += 1
            if item.kind in flagged:
                counts[item.kind][0] += 1
            else:
                missed.append(item.id)
            if flagged:
                any_found += 1
                any_flagged_divergent += 1
            for kind in flagged & set(counts):
                counts[kind][2] += 1
        else:
            traps_total[item.kind] = traps_total.get(item.kind, 0) + 1
            if flagged:
                traps_flagged[item.kind] = traps_flagged.get(item.kind, 0) + 1
                any_flagged_traps += 1
                false_alarms.append(f"{item.id} ({', '.join(sorted(flagged))})")
                for kind in flagged & set(counts):
                    counts[kind][3] += 1
    kinds = tuple(KindScore(kind, *counts[kind]) for kind in divergence_kinds)
    overall = KindScore("overall", any_found, any_total, any_flagged_divergent, any_flagged_traps)
    labelled = {pair_key(*located[item.id]) for item in eval_set.labels if item.id in located}
    labelled |= {pair_key(_twin(a, sentences_by_document, copy_of), _twin(b, sentences_by_document, copy_of)) for a, b in located.values()}
    unlabelled: dict[str, int] = {}
    for key, kinds_found in sorted(kinds_on_pair.items()):
        if key not in labelled:
            for kind in kinds_found:
                unlabelled[kind] = unlabelled.get(kind, 0) + 1
    return EvalResult(kinds, overall, traps_flagged, traps_total, tuple(missed), tuple(false_alarms), unlabelled)


def evaluate(folder: str | Path, settings=None, embedder=None, progress=None) -> EvalResult:
    """Check the labelled set and score every finding reported (the JSON's); with the
    verifier, ``listed`` scores the findings the table lists too."""
    from consistency.pipeline import CheckSettings, check_documents
    from consistency.sentences import split_sentences
    from consistency.verifier import REPORT_THRESHOLD

    settings = settings or CheckSettings()
    eval_set = load_eval_set(folder)
    report = check_documents(eval_set.documents, settings, embedder=embedder, progress=progress)
    sentences_by_document = {d.id: split_sentences(d) for d in eval_set.documents}
    every = score_report(eval_set, report, sentences_by_document)
    if not settings.verifier:
        return every
    return replace(every, listed=score_report(eval_set, report, sentences_by_document, REPORT_THRESHOLD))
