"""An on-disk cache of sentence vectors, so a second run over the same corpus embeds
nothing.

Entries live in one SQLite file per cache folder, keyed by the embedder's identity and the
sentence text with its whitespace normalised. SQLite gives what a cache shared by several
runs needs: a run killed half-way leaves whole entries or none (each batch is one
transaction), two runs at once wait for each other's writes instead of corrupting the
file, and a checksum on every vector catches an entry damaged on disk, which is then
embedded again rather than used.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import unicodedata
import zlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from consistency.errors import ConsistencyError

if TYPE_CHECKING:
    import numpy as np

SCHEMA = """
CREATE TABLE IF NOT EXISTS vectors (
    key TEXT PRIMARY KEY,
    dimension INTEGER NOT NULL,
    checksum INTEGER NOT NULL,
    vector BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
    key TEXT PRIMARY KEY,
    checksum INTEGER NOT NULL,
    value TEXT NOT NULL
);
"""

#: The modules whose output the cache keeps besides vectors (pages read, sentences split).
_CACHED_STAGES = (
    "ingest/lines.py", "ingest/pages.py", "ingest/line_model.py", "ingest/html.py", "loaders.py", "language.py",
    "sentences.py", "records.py",
)
#: Trained files those modules read, relative to the repository: a retrained model reads pages anew.
_CACHED_MODELS = ("models/line-classifier.json",)


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the code that reads pages and splits sentences: cached results of an
    older version of that code are never used."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _CACHED_STAGES:
        digest.update((package / name).read_bytes())
    for name in _CACHED_MODELS:
        model = package.parent / name
        if model.exists():  # an installed copy without the repository reads pages by rules alone
            digest.update(model.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of every module of the package: what any stage computes from its inputs
    (the comparators' findings) is only reused by the same code."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _record_key(namespace: str, digest: str, key: str) -> str:
    return hashlib.sha256(f"{namespace}\0{digest}\0{key}".encode("utf-8")).hexdigest()


class CacheError(ConsistencyError):
    """The embedding cache cannot be used."""


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "consistency"


def normalise_sentence(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def cache_key(identity: str, text: str) -> str:
    return hashlib.sha256(f"{identity}\0{normalise_sentence(text)}".encode("utf-8")).hexdigest()


#: Tries at opening a cache another run holds locked while creating it (about 10 s in all).
OPEN_ATTEMPTS = 20


class EmbeddingCache:
    """Vectors by (embedder identity, sentence); safe to share between concurrent runs."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        # Switching a new database to WAL takes an exclusive lock, and SQLite answers "locked"
        # at once, without waiting, when another run is creating the same cache: try again.
        for attempt in range(OPEN_ATTEMPTS):
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self._connection = sqlite3.connect(self.folder / "embeddings.sqlite3", timeout=60, isolation_level=None)
                self._connection.execute("PRAGMA journal_mode=WAL")
                self._connection.execute("PRAGMA synchronous=NORMAL")
                self._connection.executescript(SCHEMA)
                break
            except (OSError, sqlite3.Error) as error:
                locked = isinstance(error, sqlite3.OperationalError) and "locked" in str(error)
                if not locked or attempt == OPEN_ATTEMPTS - 1:
                    raise CacheError(
                        f"{self.folder}: the embedding cache cannot be opened ({error}); choose another --cache-dir or pass --no-cache"
                    ) from None
                time.sleep(0.05 * (attempt + 1))
        self.hits = 0
        self.misses = 0

    def close(self) -> None:
        self._connection.close()

    def get_many(self, identity: str, texts: Sequence[str]) -> dict[int, "np.ndarray"]:
        """Vectors found for ``texts``, by position; damaged entries are dropped."""
        import numpy as np

        keys = [cache_key(identity, text) for text in texts]
        found: dict[str, tuple[int, int, bytes]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows = self._connection.execute(
                f"SELECT key, dimension, checksum, vector FROM vectors WHERE key IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            found.update({key: (dimension, checksum, blob) for key, dimension, checksum, blob in rows})
        vectors: dict[int, np.ndarray] = {}
        damaged = []
        for position, key in enumerate(keys):
            if key not in found:
                continue
            dimension, checksum, blob = found[key]
            if len(blob) != dimension * 4 or zlib.crc32(blob) != checksum:
                damaged.append(key)
                continue
            vectors[position] = np.frombuffer(blob, dtype=np.float32)
        if damaged:
            with self._connection:
                self._connection.executemany("DELETE FROM vectors WHERE key = ?", [(key,) for key in damaged])
        self.hits += len(vectors)
        self.misses += len(texts) - len(vectors)
        return vectors

    def put_many(self, identity: str, texts: Sequence[str], vectors: "np.ndarray") -> None:
        import numpy as np

        rows = []
        for text, vector in zip(texts, vectors):
            blob = np.ascontiguousarray(vector, dtype=np.float32).tobytes()
            rows.append((cache_key(identity, text), len(vector), zlib.crc32(blob), blob))
        self._write("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", rows, "the embedding cache")

    def get_record(self, namespace: str, key: str):
        """A JSON value stored under ``namespace``/``key`` by this version of the code."""
        return self.get_records(namespace, [key], code_digest()).get(key)

    def put_record(self, namespace: str, key: str, value) -> None:
        self.put_records(namespace, [(key, value)], code_digest())

    def get_records(self, namespace: str, keys: Sequence[str], digest: str) -> dict[str, object]:
        """JSON values stored by ``put_records`` under ``namespace`` and ``digest``, by key;
        damaged ones are dropped."""
        full = {_record_key(namespace, digest, key): key for key in keys}
        hashed = list(full)
        found: dict[str, object] = {}
        damaged = []
        for start in range(0, len(hashed), 500):
            chunk = hashed[start : start + 500]
            rows = self._connection.execute(
                f"SELECT key, checksum, value FROM records WHERE key IN ({','.join('?' * len(chunk))})", chunk
            ).fetchall()
            for full_key, checksum, value in rows:
                if zlib.crc32(value.encode("utf-8")) == checksum:
                    found[full[full_key]] = json.loads(value)
                else:
                    damaged.append(full_key)
        if damaged:
            with self._connection:
                self._connection.executemany("DELETE FROM records WHERE key = ?", [(key,) for key in damaged])
        return found

    def put_records(self, namespace: str, items: Sequence[tuple[str, object]], digest: str) -> None:
        rows = []
        for key, value in items:
            text = json.dumps(value, ensure_ascii=False)
            rows.append((_record_key(namespace, digest, key), zlib.crc32(text.encode("utf-8")), text))
        self._write("INSERT OR REPLACE INTO records VALUES (?, ?, ?)", rows, "the cache")

    def _write(self, statement: str, rows: list[tuple], what: str) -> None:
        """All ``rows`` in one transaction, or none of them."""
        try:
            self._connection.execute("BEGIN IMMEDIATE")
            self._connection.executemany(statement, rows)
            self._connection.execute("COMMIT")
        except sqlite3.Error as error:
            if self._connection.in_transaction:
                self._connection.execute("ROLLBACK")
            raise CacheError(f"{self.folder}: could not write to {what} ({error}); pass --no-cache") from None
