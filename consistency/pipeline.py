"""The whole check: load -> split -> embed -> group stories -> align -> compare -> rank."""

from __future__ import annotations

from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field, replace
from typing import Callable, Iterator, Protocol, Sequence, TextIO

from consistency.alignment import AlignmentSettings, align_sentences, document_centroids, group_stories
from consistency.cache import EmbeddingCache
from consistency.comparators import PairContext, load_builtin_comparators
from consistency.copies import find_copies
from consistency.embedding import Embedder, load_embedder
from consistency.loaders import load_documents
from consistency.ranking import rank_discrepancies
from consistency.records import AlignedPair, Document, DocumentSummary, Finding, Report, Sentence
from consistency.sentences import split_sentences

#: Pairs in these relations differ only in style, so comparing them could only find noise.
STYLE_ONLY_RELATIONS = ("identical", "copy-variant")


@dataclass(frozen=True)
class CheckSettings:
    model: str | None = None
    alignment: AlignmentSettings = field(default_factory=AlignmentSettings)
    #: Comparator names to run; empty means all registered.
    comparators: tuple[str, ...] = ()
    include_alignments: bool = False
    #: Folder of the embedding cache; None embeds everything afresh.
    cache_dir: str | None = None


class Progress(Protocol):
    """Receives progress of long stages; the CLI draws bars, the library draws nothing."""

    def stage(self, name: str, total: int) -> AbstractContextManager[Callable[[int], None]]:
        """Enter for the duration of a stage; the yielded function advances it by n items."""


class SilentProgress:
    @contextmanager
    def stage(self, name: str, total: int) -> Iterator[Callable[[int], None]]:
        yield lambda done: None


def compare_pairs(
    pairs: Sequence[AlignedPair],
    documents: dict[str, Document],
    comparator_names: Sequence[str] = (),
    on_pair: Callable[[int], None] = lambda done: None,
) -> list[tuple[AlignedPair, Finding]]:
    registry = load_builtin_comparators()
    chosen = [(name, registry.get(name)) for name in (comparator_names or registry.names())]
    found = []
    for pair in pairs:
        if pair.relation not in STYLE_ONLY_RELATIONS:
            context = PairContext(documents[pair.a.doc_id], documents[pair.b.doc_id], pair.similarity)
            for _, compare in chosen:
                found.extend((pair, finding) for finding in compare(pair.a, pair.b, context))
        on_pair(1)
    return found


def check_documents(
    documents: Sequence[Document],
    settings: CheckSettings = CheckSettings(),
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> Report:
    """Find where the documents disagree; ``embedder`` defaults to ``settings.model``."""
    import numpy as np

    progress = progress or SilentProgress()
    if settings.comparators:
        registry = load_builtin_comparators()
        for name in settings.comparators:
            registry.get(name)  # fail on a misspelt name before any slow work
    sentences_by_document: dict[str, list[Sentence]] = {}
    with progress.stage("Splitting sentences", len(documents)) as advance:
        for document in documents:
            sentences_by_document[document.id] = split_sentences(document)
            advance(1)
    copy_of = find_copies(documents, sentences_by_document)
    documents = [replace(document, copy_of=copy_of.get(document.id, "")) for document in documents]
    sentences = [sentence for document in documents for sentence in sentences_by_document[document.id]]

    embedder = embedder or load_embedder(settings.model)
    cache = EmbeddingCache(settings.cache_dir) if settings.cache_dir else None
    try:
        with progress.stage("Embedding", len(sentences)) as advance:
            vectors = embedder.embed([sentence.text for sentence in sentences], on_batch=advance, cache=cache)
    finally:
        if cache:
            cache.close()
    if not len(sentences):
        vectors = np.zeros((0, 1), dtype=np.float32)

    doc_ids = [document.id for document in documents]
    stories = group_stories(document_centroids(doc_ids, sentences, vectors), settings.alignment.story_similarity)
    story_of_document = dict(zip(doc_ids, stories))
    pairs = align_sentences(sentences, vectors, story_of_document, settings.alignment, copy_of)

    by_id = {document.id: document for document in documents}
    with progress.stage("Comparing", len(pairs)) as advance:
        found = compare_pairs(pairs, by_id, settings.comparators, advance)

    return Report(
        documents=tuple(
            DocumentSummary(document, len(sentences_by_document[document.id]), story_of_document[document.id])
            for document in documents
        ),
        discrepancies=rank_discrepancies(found),
        alignments=tuple(pairs) if settings.include_alignments else (),
        model=embedder.identity,
    )


def check_paths(
    paths: Sequence[str],
    settings: CheckSettings = CheckSettings(),
    stdin: TextIO | None = None,
    embedder: Embedder | None = None,
    progress: Progress | None = None,
) -> Report:
    """Load articles from ``paths`` (files, folders, ``-``) and check them."""
    return check_documents(load_documents(paths, stdin), settings, embedder, progress)
