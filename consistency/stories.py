"""Checking a large corpus one story at a time, so memory follows the largest story rather
than the whole corpus.

A first pass streams the documents: each is split and embedded (vectors go to the
embedding cache, a temporary one with ``--no-cache``), reduced to its centroid and the
names it mentions, and set aside in a spool on disk. Stories are then grouped from the
centroids exactly as ``check_documents`` groups them, and each story is read back and
checked on its own. Alignment, copies and claims never cross stories in either path, so
the findings are the same; only the article texts are not kept in the report's document
list (the JSON report never printed them).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import ExitStack
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence, TextIO

from consistency.alignment import group_stories, proper_names
from consistency.cache import EmbeddingCache
from consistency.embedding import Embedder, load_embedder
from consistency.loaders import ReadOptions, document_from_record, iter_corpus
from consistency.ranking import rank_discrepancies
from consistency.records import Document, DocumentSummary, DroppedText, Note, Report
from consistency.sentences import split_sentences

if TYPE_CHECKING:
    from consistency.pipeline import CheckSettings, Progress

#: Inputs larger than this are checked story by story (see the module's docstring).
STORY_BY_STORY_FROM_BYTES = 20_000_000


class DocumentSpool:
    """Documents set aside on disk in an SQLite file, read back by id."""

    def __init__(self, folder: str):
        self._connection = sqlite3.connect(Path(folder) / "documents.sqlite3")
        self._connection.execute("CREATE TABLE documents (position INTEGER PRIMARY KEY, id TEXT UNIQUE, record TEXT)")

    def add(self, position: int, document: Document) -> None:
        self._connection.execute(
            "INSERT INTO documents VALUES (?, ?, ?)", (position, document.id, json.dumps(asdict(document), ensure_ascii=False))
        )

    def load(self, positions: Sequence[int]) -> list[Document]:
        documents = []
        for position in positions:
            (record,) = self._connection.execute("SELECT record FROM documents WHERE position = ?", (position,)).fetchone()
            documents.append(document_from_record(json.loads(record)))
        return documents

    def close(self) -> None:
        self._connection.close()


def check_paths_by_story(
    paths: Sequence[str],
    settings: "CheckSettings",
    stdin: TextIO | None = None,
    embedder: Embedder | None = None,
    progress: "Progress | None" = None,
    read_options: ReadOptions = ReadOptions(),
) -> Report:
    """``check_paths`` for corpora too large to hold whole: the same report, built one story
    at a time."""
    import numpy as np

    from consistency.loaders import NotEnoughDocuments
    from consistency.pipeline import SilentProgress, check_documents

    progress = progress or SilentProgress()
    embedder = embedder or load_embedder(settings.model)
    with ExitStack() as stack:
        work = stack.enter_context(tempfile.TemporaryDirectory(prefix="consistency-"))
        cache = EmbeddingCache(settings.cache_dir or Path(work) / "cache")
        stack.callback(cache.close)
        spool = DocumentSpool(work)
        stack.callback(spool.close)
        dropped: list[DroppedText] = []
        notes: list[Note] = []
        centroids, names, counts, ids = [], [], [], []
        with progress.stage("Reading and embedding", None) as advance:
            for position, document in enumerate(iter_corpus(paths, stdin, cache, read_options, dropped, notes)):
                sentences = split_sentences(document, cache)
                vectors = embedder.embed([sentence.text for sentence in sentences], cache=cache)
                total = np.asarray(vectors, dtype=np.float64).sum(axis=0) if len(sentences) else np.zeros(1)
                centroids.append(total / max(float(np.linalg.norm(total)), 1e-12))
                names.append(proper_names(sentences))
                counts.append(len(sentences))
                ids.append(document.id)
                spool.add(position, document)
                advance(1)
        if len(ids) < 2:
            raise NotEnoughDocuments(
                f"found {'no document' if not ids else 'only one document'} with text in {', '.join(paths)}; "
                "give at least two articles to compare"
            )
        dimension = max(len(centroid) for centroid in centroids)
        matrix = np.zeros((len(centroids), dimension), dtype=np.float32)
        for row, centroid in enumerate(centroids):
            matrix[row, : len(centroid)] = centroid
        stories = group_stories(matrix, settings.alignment.story_similarity, names)
        members: dict[int, list[int]] = {}
        for position, story in enumerate(stories):
            members.setdefault(story, []).append(position)

        summaries: dict[int, DocumentSummary] = {}
        found, claims, alignments, n_pairs = [], [], [], 0
        with progress.stage("Checking stories", len(members)) as advance:
            for story, positions in sorted(members.items()):
                documents = spool.load(positions)
                if len(documents) == 1:
                    summaries[positions[0]] = DocumentSummary(replace(documents[0], text="", offsets=()), counts[positions[0]], story)
                else:
                    report = check_documents(documents, settings, embedder, cache=cache, story=story)
                    for position, summary in zip(positions, report.documents):
                        summaries[position] = replace(summary, document=replace(summary.document, text="", offsets=()))
                    found.extend((d.pair, d.finding) for d in report.discrepancies)
                    claims.extend(report.claims)
                    alignments.extend(report.alignments)
                    notes.extend(report.notes)
                    n_pairs += report.n_aligned_pairs
                advance(1)
    claim_of = {(s.doc_id, s.index): claim.id for claim in claims for s in claim.sentences}
    discrepancies = tuple(
        replace(d, claim=claim_of.get((d.pair.a.doc_id, d.pair.a.index)) or claim_of.get((d.pair.b.doc_id, d.pair.b.index), ""))
        for d in rank_discrepancies(found)
    )
    order = {doc_id: position for position, doc_id in enumerate(ids)}
    return Report(
        documents=tuple(summaries[position] for position in range(len(ids))),
        discrepancies=discrepancies,
        alignments=tuple(sorted(alignments, key=lambda p: (order[p.a.doc_id], p.a.index, order[p.b.doc_id], p.b.index))),
        model=embedder.identity,
        claims=tuple(sorted(claims, key=lambda c: (order[c.sentences[0].doc_id], c.sentences[0].index))),
        n_aligned_pairs=n_pairs,
        notes=tuple(notes),
    )

