"""What a worker knows of the embedding cache: the entries one story reads, sent with it.

The cache is one SQLite file on the driver's disk, which a worker on another machine
cannot open. So the driver looks up what a story will read (each document's sentence
split and each sentence's vector) and sends those entries with the story; the worker
checks the story against a ``StoryCache`` holding them, and sends back what the check
wrote (the comparators' findings, the verifier's value windows) for the driver to put in
the real cache. The check reads the same vectors either way, so its report is the one the
local engine gives.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from consistency.cache import cache_key, code_digest, normalise_sentence
from consistency.language import is_compared
from consistency.records import Document

if TYPE_CHECKING:
    import numpy as np

    from consistency.cache import EmbeddingCache


def _record_slot(namespace: str, digest: str, key: str) -> str:
    return hashlib.sha256(f"{namespace}\0{digest}\0{key}".encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class VectorWrite:
    identity: str
    texts: tuple[str, ...]
    vectors: "np.ndarray"


@dataclass(frozen=True)
class RecordWrite:
    namespace: str
    items: tuple[tuple[str, object], ...]
    digest: str


@dataclass(frozen=True)
class CacheEntries:
    """Cache entries by slot: vectors under ``cache_key``, records under a digest of
    (namespace, code digest, key)."""

    vectors: dict[str, "np.ndarray"] = field(default_factory=dict)
    records: dict[str, object] = field(default_factory=dict)

    @classmethod
    def read_for(cls, documents: Sequence[Document], cache: "EmbeddingCache", identity: str) -> "CacheEntries":
        """What checking ``documents`` as one story reads from ``cache``: their sentence
        splits and their sentences' vectors (all there once the documents are embedded)."""
        from consistency.sentences import split_sentences

        entries = cls()
        digest = code_digest()
        for document in documents:
            if not is_compared(document.language):
                continue
            sentences = split_sentences(document, cache)
            entries.records[_record_slot("sentences", digest, document.text)] = [[s.start, s.end] for s in sentences]
            texts = list(dict.fromkeys(normalise_sentence(sentence.text) for sentence in sentences))
            for position, vector in cache.get_many(identity, texts).items():
                entries.vectors[cache_key(identity, texts[position])] = vector
        return entries


class StoryCache:
    """Stands in for ``EmbeddingCache`` on a worker: answers from the entries sent with a
    story and keeps what the check writes, in memory, to send back (``writes``)."""

    def __init__(self, entries: CacheEntries | None = None):
        entries = entries or CacheEntries()
        self._vectors = dict(entries.vectors)
        self._records = dict(entries.records)
        self.vector_writes: list[VectorWrite] = []
        self.record_writes: list[RecordWrite] = []
        self.hits = 0
        self.misses = 0

    def close(self) -> None:
        pass

    def get_many(self, identity: str, texts: Sequence[str]) -> dict[int, "np.ndarray"]:
        found = {}
        for position, text in enumerate(texts):
            vector = self._vectors.get(cache_key(identity, text))
            if vector is not None:
                found[position] = vector
        self.hits += len(found)
        self.misses += len(texts) - len(found)
        return found

    def put_many(self, identity: str, texts: Sequence[str], vectors: "np.ndarray") -> None:
        import numpy as np

        vectors = np.asarray(vectors, dtype=np.float32)
        for text, vector in zip(texts, vectors):
            self._vectors[cache_key(identity, text)] = vector
        self.vector_writes.append(VectorWrite(identity, tuple(texts), vectors))

    def get_record(self, namespace: str, key: str):
        return self.get_records(namespace, [key], code_digest()).get(key)

    def put_record(self, namespace: str, key: str, value) -> None:
        self.put_records(namespace, [(key, value)], code_digest())

    def get_records(self, namespace: str, keys: Sequence[str], digest: str) -> dict[str, object]:
        found = {}
        for key in keys:
            slot = _record_slot(namespace, digest, key)
            if slot in self._records:
                found[key] = self._records[slot]
        return found

    def put_records(self, namespace: str, items: Sequence[tuple[str, object]], digest: str) -> None:
        for key, value in items:
            self._records[_record_slot(namespace, digest, key)] = value
        self.record_writes.append(RecordWrite(namespace, tuple(items), digest))


def write_back(cache: "EmbeddingCache", vector_writes: Sequence[VectorWrite], record_writes: Sequence[RecordWrite]) -> None:
    """Put in the driver's cache what a worker's check wrote to its ``StoryCache``."""
    for write in vector_writes:
        cache.put_many(write.identity, write.texts, write.vectors)
    for write in record_writes:
        cache.put_records(write.namespace, write.items, write.digest)
