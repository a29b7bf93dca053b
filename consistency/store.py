"""A persistent sentence index for monitoring: documents, their sentences and vectors in a
folder, to which new articles are added and against which new articles are checked.

Layout: ``manifest.json`` names the model and lists the chunks; each ``add`` writes one
``documents-NNNNNN.jsonl`` and one ``vectors-NNNNNN.npy`` chunk, then replaces the
manifest atomically. A run killed before that leaves chunks the manifest does not name,
which are ignored and cleaned up by the next add; two adds at once queue on a lock.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Sequence

from consistency.errors import ConsistencyError, InputError
from consistency.records import Document, Sentence

if TYPE_CHECKING:
    import numpy as np

    from consistency.embedding import Embedder

FORMAT = 1


class IndexFolderError(ConsistencyError):
    """The index folder cannot be used."""


@dataclass(frozen=True)
class IndexedCorpus:
    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    vectors: "np.ndarray"
    model: str
    cache_identity: str = ""


@dataclass(frozen=True)
class AddResult:
    documents_added: int
    sentences_added: int
    already_indexed: int
    documents_total: int
    sentences_total: int


def text_digest(text: str) -> str:
    """A short digest of an article's text: whether the text changed."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class SentenceStore:
    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    @property
    def manifest_path(self) -> Path:
        return self.folder / "manifest.json"

    def exists(self) -> bool:
        return self.manifest_path.is_file()

    @contextmanager
    def _locked(self, exclusive: bool) -> Iterator[None]:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.folder / ".lock", "a+")
        except OSError as error:
            raise IndexFolderError(f"{self.folder}: cannot use this folder as an index ({error.strerror})") from None
        with handle:
            fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            yield

    def _manifest(self) -> dict:
        if not self.exists():
            return {"format": FORMAT, "model": "", "cache_identity": "", "dimension": 0, "chunks": []}
        try:
            manifest = json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as error:
            raise IndexFolderError(f"{self.manifest_path}: unreadable index manifest ({error})") from None
        if manifest.get("format") != FORMAT:
            raise IndexFolderError(f"{self.folder}: index format {manifest.get('format')} is not {FORMAT}; build a new index")
        return manifest

    def _chunk_records(self, chunk: dict) -> list[dict]:
        records = [json.loads(line) for line in (self.folder / chunk["documents"]).read_text(encoding="utf-8").splitlines()]
        for record in records:
            if not isinstance(record, dict) or not {"id", "digest", "sentences", "offsets", "text"} <= record.keys():
                raise ValueError("a record lacks its fields")
        return records

    @contextmanager
    def _damage_is_an_error(self, chunk: dict) -> Iterator[None]:
        """A chunk that is missing or cut short (a disk filled, a file edited) is one line
        for the user; the index is never read half."""
        try:
            yield
        except (OSError, ValueError, EOFError, KeyError, TypeError) as error:
            raise IndexFolderError(
                f"{self.folder}: index chunk {chunk.get('number', '?')} is damaged ({error}); build the index again"
            ) from None

    def _write_atomic(self, name: str, data: bytes) -> None:
        handle, temporary = tempfile.mkstemp(prefix=f".{name}.", dir=self.folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, self.folder / name)

    def load(self) -> IndexedCorpus:
        import numpy as np

        if not self.exists():
            raise IndexFolderError(f"{self.folder}: no index here; create one with 'consistency index add {self.folder} PATH...'")
        with self._locked(exclusive=False):
            manifest = self._manifest()
            documents: list[Document] = []
            sentences: list[Sentence] = []
            parts = []
            for chunk in manifest["chunks"]:
                with self._damage_is_an_error(chunk):
                    vectors = np.load(self.folder / chunk["vectors"], allow_pickle=False)
                    records = self._chunk_records(chunk)
                rows = 0
                for record in records:
                    spans = record.pop("sentences")
                    record.pop("digest", None)
                    record["offsets"] = tuple(tuple(run) for run in record["offsets"])
                    document = Document(**record)
                    documents.append(document)
                    for index, (start, end) in enumerate(spans):
                        sentences.append(Sentence(document.id, document.source, index, document.text[start:end], start, end))
                    rows += len(spans)
                if rows != len(vectors):
                    raise IndexFolderError(f"{self.folder / chunk['vectors']}: {len(vectors)} vectors for {rows} sentences; the index is damaged")
                parts.append(vectors)
            dimension = manifest["dimension"] or 1
            matrix = np.vstack(parts) if parts else np.zeros((0, dimension), dtype=np.float32)
        return IndexedCorpus(tuple(documents), tuple(sentences), matrix, manifest["model"], manifest["cache_identity"])

    def add(
        self,
        documents: Sequence[Document],
        sentences: dict[str, list[Sentence]],
        vectors_of: Callable[[list[Sentence]], "np.ndarray"],
        embedder: "Embedder",
    ) -> AddResult:
        """Add documents whose (id, text) are not indexed yet. ``vectors_of(sentences)``
        embeds the new sentences; it runs only for documents that are actually added."""
        import numpy as np

        with self._locked(exclusive=True):
            manifest = self._manifest()
            if manifest["cache_identity"] and manifest["cache_identity"] != embedder.cache_identity:
                raise IndexFolderError(
                    f"{self.folder}: built with model {manifest['model']}; check or add with that model (--model)"
                )
            known: dict[str, str] = {}
            for chunk in manifest["chunks"]:
                with self._damage_is_an_error(chunk):
                    for record in self._chunk_records(chunk):
                        known[record["id"]] = record["digest"]
                    # Only the header and the file's length are read: adding to a damaged
                    # index would report it whole.
                    if len(np.load(self.folder / chunk["vectors"], mmap_mode="r", allow_pickle=False)) != chunk["rows"]:
                        raise ValueError(f"{chunk['vectors']} does not hold {chunk['rows']} vectors")
            fresh = []
            for document in documents:
                if document.id in known:
                    if known[document.id] != text_digest(document.text):
                        raise InputError(
                            document.path,
                            f"document id '{document.id}' is already in the index with other text; give it another id",
                        )
                    continue
                fresh.append(document)
                known[document.id] = text_digest(document.text)
            new_sentences = [s for d in fresh for s in sentences[d.id]]
            total_documents = sum(c["documents_count"] for c in manifest["chunks"]) + len(fresh)
            total_sentences = sum(c["rows"] for c in manifest["chunks"]) + len(new_sentences)
            if fresh:
                vectors = np.ascontiguousarray(vectors_of(new_sentences), dtype=np.float32)
                number = max((c["number"] for c in manifest["chunks"]), default=0) + 1
                names = {"documents": f"documents-{number:06d}.jsonl", "vectors": f"vectors-{number:06d}.npy"}
                lines = []
                for document in fresh:
                    record = asdict(document)
                    record["digest"] = text_digest(document.text)
                    record["sentences"] = [[s.start, s.end] for s in sentences[document.id]]
                    lines.append(json.dumps(record, ensure_ascii=False))
                self._write_atomic(names["documents"], ("\n".join(lines) + "\n").encode("utf-8"))
                with tempfile.TemporaryFile() as buffer:
                    np.save(buffer, vectors)
                    buffer.seek(0)
                    self._write_atomic(names["vectors"], buffer.read())
                manifest["chunks"].append(
                    {**names, "number": number, "rows": len(new_sentences), "documents_count": len(fresh)}
                )
                manifest.update(model=embedder.identity, cache_identity=embedder.cache_identity,
                                dimension=int(vectors.shape[1]) if len(vectors) else manifest["dimension"])
                self._write_atomic("manifest.json", json.dumps(manifest, indent=1).encode("utf-8"))
            self._remove_orphans(manifest)
        return AddResult(len(fresh), len(new_sentences), len(documents) - len(fresh), total_documents, total_sentences)

    def _remove_orphans(self, manifest: dict) -> None:
        named = {c["documents"] for c in manifest["chunks"]} | {c["vectors"] for c in manifest["chunks"]}
        for path in self.folder.iterdir():
            # Chunks no manifest names, and temporary files, are what a killed add left.
            stray_chunk = path.name.startswith(("documents-", "vectors-")) and path.name not in named
            if stray_chunk or (path.name.startswith(".") and path.name != ".lock"):
                path.unlink(missing_ok=True)
