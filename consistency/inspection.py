"""What the tool read: documents, outlets, titles, sentence counts, copies, and the text it
left out. No model is loaded; this is for checking inputs before a check."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence, TextIO

from consistency.copies import find_copies
from consistency.loaders import ReadOptions, read_corpus
from consistency.records import DocumentSummary, DroppedText, Note, Sentence
from consistency.sentences import split_sentences


@dataclass(frozen=True)
class Inspection:
    documents: tuple[DocumentSummary, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    dropped: tuple[DroppedText, ...]
    notes: tuple[Note, ...] = ()


def inspect_paths(paths: Sequence[str], stdin: TextIO | None = None, options: ReadOptions = ReadOptions()) -> Inspection:
    corpus = read_corpus(paths, stdin, options=options)
    sentences = {document.id: split_sentences(document) for document in corpus.documents}
    copy_of = find_copies(corpus.documents, sentences)
    documents = tuple(
        DocumentSummary(replace(document, copy_of=copy_of.get(document.id, "")), len(sentences[document.id]), 0)
        for document in corpus.documents
    )
    return Inspection(documents, tuple(tuple(sentences[d.id]) for d in corpus.documents), corpus.dropped, corpus.notes)
