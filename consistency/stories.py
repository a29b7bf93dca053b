"""Checking a large corpus one story at a time, so memory follows the largest story rather
than the whole corpus.

A first pass streams the documents: each is split and embedded (vectors go to the
embedding cache, a temporary one with ``--no-cache``), reduced to its centroid and the
names it mentions, and set aside in a spool on disk (``consistency.spool``). Stories are
then grouped from the centroids exactly as ``check_documents`` groups them, and each story
is read back and checked on its own. Alignment, copies and claims never cross stories in
either path, so the findings are the same. The report's records go to the spool as each
story is done and are ranked there, on disk; the report reads them back as it is written.

What stays in memory for the whole corpus is small per document: its centroid (in the
faiss index that groups stories), its distinctive names as numbers, and its sentence
count. Article texts are not kept in the report's document list (the JSON report never
printed them).
"""

from __future__ import annotations

from array import array
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence, TextIO

from consistency.alignment import document_centroids, group_stories, proper_names
from consistency.cache import EmbeddingCache
from consistency.embedding import Embedder, check_provisional_model, run_with_model
from consistency.language import is_compared, not_compared_note
from consistency.loaders import ReadOptions, iter_corpus
from consistency.memo import forget_sentences
from consistency.ranking import rank_key_bytes
from consistency.records import Document, DocumentSummary, Note, Report, Sentence
from consistency.sentences import split_sentences
from consistency.spool import Spool, int_key

if TYPE_CHECKING:
    from consistency.pipeline import CheckSettings, Progress

#: Inputs larger than this are checked story by story (see the module's docstring).
STORY_BY_STORY_FROM_BYTES = 20_000_000


class PackedNames(Sequence):
    """Each document's names as numbers, all in one flat array: a few bytes a name where a
    set of strings takes hundreds."""

    def __init__(self) -> None:
        self._number: dict[str, int] = {}
        self._flat = array("i")
        self._ends = array("q")

    def append(self, names: frozenset[str]) -> None:
        self._flat.extend(sorted(self._number.setdefault(name, len(self._number)) for name in names))
        self._ends.append(len(self._flat))

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, row: int) -> frozenset[int]:
        return frozenset(self._flat[self._ends[row - 1] if row else 0 : self._ends[row]])


class CentroidIndex:
    """Document centroids, unit length, in the inner-product index that groups stories. A
    document without sentences gets a zero row, as ``document_centroids`` gives it."""

    def __init__(self) -> None:
        self.index = None
        self._waiting_zero_rows = 0

    def add(self, document_id: str, sentences: Sequence[Sentence], vectors) -> None:
        import faiss
        import numpy as np

        if not len(sentences):
            if self.index is None:
                self._waiting_zero_rows += 1
            else:
                self.index.add(np.zeros((1, self.index.d), dtype=np.float32))
            return
        centroid = document_centroids([document_id], sentences, vectors)[0]
        if self.index is None:
            self.index = faiss.IndexFlatIP(len(centroid))
            if self._waiting_zero_rows:
                self.index.add(np.zeros((self._waiting_zero_rows, len(centroid)), dtype=np.float32))
        self.index.add(centroid[None, :])

    def finished(self):
        import faiss
        import numpy as np

        if self.index is None:  # no document had a sentence
            self.index = faiss.IndexFlatIP(1)
            self.index.add(np.zeros((self._waiting_zero_rows, 1), dtype=np.float32))
        return self.index


def check_paths_by_story(
    paths: Sequence[str],
    settings: "CheckSettings",
    stdin: TextIO | None = None,
    embedder: Embedder | None = None,
    progress: "Progress | None" = None,
    read_options: ReadOptions = ReadOptions(),
) -> Report:
    """``check_paths`` for corpora too large to hold whole: the same report, built one story
    at a time.

    The model is needed before the documents are read: without one named, it is chosen
    while reading (``run_with_model``)."""
    return run_with_model(
        lambda model, provisional: _check_paths_by_story(paths, settings, stdin, model, progress, read_options, provisional),
        settings.model, embedder, paths,
    )


def _check_paths_by_story(
    paths: Sequence[str],
    settings: "CheckSettings",
    stdin: TextIO | None,
    embedder: Embedder,
    progress: "Progress | None",
    read_options: ReadOptions,
    provisional_model: bool = False,
) -> Report:
    from consistency.loaders import NotEnoughDocuments
    from consistency.pipeline import SilentProgress

    progress = progress or SilentProgress()
    spool = Spool()
    cache = EmbeddingCache(settings.cache_dir or spool.folder / "cache")
    try:
        notes: list[Note] = []
        languages: list[str] = []
        centroids, names, counts = CentroidIndex(), PackedNames(), array("i")
        with progress.stage("Reading and embedding", None) as advance:
            for position, document in enumerate(iter_corpus(paths, stdin, cache, read_options, None, notes)):
                check_provisional_model(document.language, provisional_model)
                sentences = split_sentences(document, cache) if is_compared(document.language) else []
                languages.append(document.language)
                centroids.add(document.id, sentences, embedder.embed([s.text for s in sentences], cache=cache))
                names.append(proper_names(sentences, document.language))
                counts.append(len(sentences))
                spool.add("documents", int_key(position), document)
                advance(1)
        if len(counts) < 2:
            raise NotEnoughDocuments(
                f"found {'no document' if not counts else 'only one document'} with text in {', '.join(paths)}; "
                "give at least two articles to compare"
            )
        spool.index("documents")
        members = story_members(centroids, names, settings, embedder)
        del centroids, names

        n_pairs = 0
        with progress.stage("Checking stories", len(members)) as advance:
            for story, positions in sorted(members.items()):
                documents = [spool.get("documents", int_key(position)) for position in positions]
                report = check_story(documents, [counts[position] for position in positions], story, settings, embedder, cache)
                set_aside(spool, report, dict(zip((document.id for document in documents), positions)))
                notes.extend(report.notes)
                n_pairs += report.n_aligned_pairs
                advance(1)
    finally:
        cache.close()
    return spooled_report(spool, embedder.identity, n_pairs, (*notes, *not_compared_note(languages)))


def story_thresholds(settings: "CheckSettings", embedder: Embedder) -> dict:
    """The centroid cosine, linkage and shared names that ``group_stories`` needs (see
    there), as its keywords: the model's own, unless the settings name a cosine."""
    similarity = settings.alignment.story_similarity
    return {
        "threshold": embedder.story_similarity if similarity is None else similarity,
        "linkage": embedder.story_linkage,
        "shared_names": embedder.story_shared_names,
    }


def story_members(centroids: CentroidIndex, names: PackedNames, settings: "CheckSettings", embedder: Embedder) -> dict[int, list[int]]:
    """Each story's documents, by their positions in the corpus, grouped from the centroids
    as ``check_documents`` groups a whole corpus."""
    members: dict[int, list[int]] = {}
    for position, story in enumerate(group_stories(centroids.finished(), names=names, **story_thresholds(settings, embedder))):
        members.setdefault(story, []).append(position)
    return members


def check_story(
    documents: Sequence[Document],
    n_sentences: Sequence[int],
    story: int,
    settings: "CheckSettings",
    embedder: Embedder,
    cache: EmbeddingCache,
) -> Report:
    """One story's report: the unit of work every engine runs, here or on a worker (where
    ``cache`` is the ``consistency.engine.story_cache.StoryCache`` sent with the story). A
    story of one document has nothing to compare and is only its summary."""
    from consistency.pipeline import check_documents

    if len(documents) == 1:
        return Report((DocumentSummary(documents[0], n_sentences[0], story),), (), ())
    report = check_documents(documents, settings, embedder, cache=cache, story=story)
    forget_sentences()  # what the comparators read of this story's sentences never serves another
    return report


def spooled_report(spool: Spool, model: str, n_pairs: int, notes: Sequence[Note]) -> Report:
    """The whole corpus's report, read from the records every story set aside."""
    return Report(
        documents=spool.sequence("summaries"),
        discrepancies=spool.sequence("discrepancies"),
        alignments=spool.sequence("alignments"),
        model=model,
        claims=spool.sequence("claims"),
        n_aligned_pairs=n_pairs,
        notes=tuple(notes),
    )


def _without_text(summary: DocumentSummary) -> DocumentSummary:
    return replace(summary, document=replace(summary.document, text="", offsets=()))


def set_aside(spool: Spool, report: Report, position_of: dict[str, int]) -> None:
    """Put one story's records in the spool under keys that give the whole corpus's order
    (``position_of`` each document's id), so the report is the same whichever order
    stories are checked in."""

    def place(sentence: Sentence) -> bytes:
        return int_key(position_of[sentence.doc_id]) + int_key(sentence.index)

    spool.add_many("summaries", ((int_key(position_of[s.document.id]), _without_text(s)) for s in report.documents))
    spool.add_many("discrepancies", ((rank_key_bytes(d), d) for d in report.discrepancies))
    spool.add_many("claims", ((place(claim.sentences[0]), claim) for claim in report.claims))
    spool.add_many("alignments", ((place(pair.a) + place(pair.b), pair) for pair in report.alignments))
