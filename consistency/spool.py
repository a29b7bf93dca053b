"""Records set aside on disk, read back in a chosen order: what lets a corpus larger than
memory give a report larger than memory.

A ``Spool`` is an SQLite file in a private temporary folder. Each table holds records
under a sort key; ``sequence`` reads a table back as a ``Sequence`` that fetches rows as
they are iterated, in key order, so a report's discrepancies can be ranked across the
whole corpus (SQLite sorts on disk) and written out without ever being in memory
together. Records are pickled: the folder is created for this process alone (mode 0700)
and nothing else reads or writes it.
"""

from __future__ import annotations

import pickle
import sqlite3
import struct
import tempfile
import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Iterable, Iterator

#: Rows fetched from SQLite at a time while iterating.
FETCH_ROWS = 512


class Spool:
    """Tables of pickled records keyed for ordering, in a temporary SQLite file that is
    removed when the spool and every sequence read from it are gone."""

    def __init__(self, prefix: str = "consistency-"):
        self._folder = tempfile.TemporaryDirectory(prefix=prefix)
        self.folder = Path(self._folder.name)
        self._connection = sqlite3.connect(self.folder / "spool.sqlite3", check_same_thread=False)
        # Nothing here needs to survive a crash: the file is gone with the process.
        self._connection.execute("PRAGMA journal_mode = OFF")
        self._connection.execute("PRAGMA synchronous = OFF")
        self._tables: set[str] = set()
        weakref.finalize(self, _close, self._connection, self._folder)

    def add(self, table: str, key: bytes, record: Any) -> None:
        self.add_many(table, [(key, record)])

    def add_many(self, table: str, keyed_records: Iterable[tuple[bytes, Any]]) -> None:
        if table not in self._tables:
            self._connection.execute(f'CREATE TABLE "{table}" (key BLOB NOT NULL, record BLOB NOT NULL)')
            self._tables.add(table)
        self._connection.executemany(
            f'INSERT INTO "{table}" VALUES (?, ?)',
            ((key, pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)) for key, record in keyed_records),
        )

    def get(self, table: str, key: bytes) -> Any:
        row = self._connection.execute(f'SELECT record FROM "{table}" WHERE key = ?', (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return pickle.loads(row[0])

    def index(self, table: str) -> None:
        """Sort the table by key now (on disk), so reading it in order streams."""
        if table in self._tables:
            self._connection.execute(f'CREATE INDEX IF NOT EXISTS "{table}_key" ON "{table}" (key)')
            self._connection.commit()

    def sequence(self, table: str) -> "SpooledSequence":
        """The table's records in key order (ties in the order they were added)."""
        self.index(table)
        return SpooledSequence(self, table if table in self._tables else None)

    def _rows(self, table: str, limit: int, offset: int) -> list[bytes]:
        return [
            row[0]
            for row in self._connection.execute(
                f'SELECT record FROM "{table}" ORDER BY key, rowid LIMIT ? OFFSET ?', (limit, offset)
            )
        ]

    def _count(self, table: str) -> int:
        return self._connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]

    def _iterate(self, table: str) -> Iterator[Any]:
        cursor = self._connection.execute(f'SELECT record FROM "{table}" ORDER BY key, rowid')
        while rows := cursor.fetchmany(FETCH_ROWS):
            for (record,) in rows:
                yield pickle.loads(record)


def _close(connection: sqlite3.Connection, folder: tempfile.TemporaryDirectory) -> None:
    connection.close()
    folder.cleanup()


class SpooledSequence(Sequence):
    """A read-only sequence over one spool table; it keeps the spool alive."""

    def __init__(self, spool: Spool, table: str | None):
        self._spool, self._table = spool, table
        self._length = spool._count(table) if table else 0

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[Any]:
        return self._spool._iterate(self._table) if self._table else iter(())

    def __getitem__(self, position):
        if isinstance(position, slice):
            start, stop, step = position.indices(self._length)
            if step != 1:
                return tuple(self)[position]
            rows = self._spool._rows(self._table, max(0, stop - start), start) if self._table else []
            return tuple(pickle.loads(row) for row in rows)
        if position < 0:
            position += self._length
        if not 0 <= position < self._length:
            raise IndexError("spooled sequence index out of range")
        return pickle.loads(self._spool._rows(self._table, 1, position)[0])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Sequence,)) and not isinstance(other, (str, bytes)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __repr__(self) -> str:
        return f"SpooledSequence({self._table!r}, {self._length} records)"


# Sort keys: bytes that compare (as SQLite compares BLOBs, byte by byte) the way Python
# compares the tuples they encode.


def int_key(value: int) -> bytes:
    """Any int that fits 64 bits, ordered."""
    return struct.pack(">Q", value + (1 << 63))


def float_key(value: float) -> bytes:
    """IEEE-754 bits rearranged so byte order is numeric order."""
    (bits,) = struct.unpack(">Q", struct.pack(">d", value + 0.0))  # + 0.0 turns -0.0 into 0.0
    return struct.pack(">Q", bits ^ 0xFFFFFFFFFFFFFFFF if bits >> 63 else bits | (1 << 63))


def text_key(value: str) -> bytes:
    """UTF-8 keeps code point order; NUL is escaped and the end marked, so a prefix sorts
    first, as in Python."""
    return value.encode("utf-8", "surrogatepass").replace(b"\x00", b"\x00\x01") + b"\x00\x00"


def spans_key(spans: Sequence[tuple[int, int]]) -> bytes:
    return b"".join(b"\x01" + int_key(start) + int_key(end) for start, end in spans) + b"\x00"
