"""Read articles from files, folders and stdin into ``Document`` records.

Each file format is a ``Loader`` registered by name with the suffixes it reads; adding a
format touches this module only.

Plain-text articles (``.txt``, ``.md``) may start with a front-matter block that names
the outlet and other metadata::

    ---
    source: Harbour Herald
    title: Fire guts office tower
    published: 2025-06-17
    ---
    Body text...

Without it, the outlet (``source``) is the file name without its extension.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence, TextIO

from consistency.errors import InputError, LimitExceeded, NotEnoughDocuments
from consistency.ingest.html import HtmlError, read_html
from consistency.ingest.pages import PageReading, assemble, read_page
from consistency.language import detect_language
from consistency.records import Document, DroppedText, Note
from consistency.registry import Registry

if TYPE_CHECKING:
    from consistency.cache import EmbeddingCache

FRONT_MATTER_KEYS = ("id", "published", "source", "title", "url")
RECORD_KEYS = ("id", "source", "title", "url", "published", "language")


#: Defaults of ``--max-documents`` and ``--max-bytes``: far above a day of news, low
#: enough that a wrong folder fails at once instead of filling the memory.
DEFAULT_MAX_DOCUMENTS = 10_000
DEFAULT_MAX_BYTES = 100_000_000


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the limits on their size, and whether a malformed JSON or
    JSONL record fails the run (the default) or is skipped with a note."""

    max_documents: int = DEFAULT_MAX_DOCUMENTS
    max_bytes: int = DEFAULT_MAX_BYTES
    skip_bad_records: bool = False


@dataclass(frozen=True)
class Parsed:
    documents: list[Document]
    dropped: list[DroppedText]
    notes: list[Note] = field(default_factory=list)


@dataclass(frozen=True)
class Corpus:
    """Everything read from the inputs: the documents and the text left out of them."""

    documents: tuple[Document, ...]
    dropped: tuple[DroppedText, ...]
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Loader:
    """Parses the decoded text of one input into documents.

    ``parse(display_path, text, default_id, options)`` returns the documents in input
    order and the text it dropped as furniture.
    """

    suffixes: tuple[str, ...]
    parse: Callable[[str, str, str, ReadOptions], Parsed]


loaders: Registry[Loader] = Registry("loader")


def _front_matter(path: str, text: str) -> tuple[dict[str, str], int]:
    """The front-matter fields and the offset where the body starts."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return {}, 0
    fields: dict[str, str] = {}
    offset = len(lines[0])
    for number, line in enumerate(lines[1:], start=2):
        offset += len(line)
        if line.strip() == "---":
            return fields, offset
        if not line.strip():
            continue
        key, colon, value = line.partition(":")
        key = key.strip().lower()
        if not colon or key not in FRONT_MATTER_KEYS:
            raise InputError(
                path,
                f"front matter line '{line.strip()[:60]}' is not one of "
                f"{', '.join(FRONT_MATTER_KEYS)} followed by ':'",
                line=number,
            )
        fields[key] = value.strip()
    raise InputError(path, "front matter opened with '---' is never closed; add a '---' line", line=1)


def _dropped(path: str, reading: PageReading, line_offset: int = 0) -> list[DroppedText]:
    return [DroppedText(path, piece.line + line_offset, piece.text, piece.reason) for piece in reading.dropped]


def _shift(runs: tuple[tuple[int, int, int], ...], by: int) -> tuple[tuple[int, int, int], ...]:
    return tuple((text_start, input_start + by, length) for text_start, input_start, length in runs)


def _stem_source(path: str) -> str:
    return "stdin" if path == "<stdin>" else Path(path).stem


def parse_text_article(path: str, text: str, default_id: str, options: ReadOptions = ReadOptions()) -> Parsed:
    """A text file: one article with front matter, or a page of one or more articles."""
    fields, body_start = _front_matter(path, text)
    reading = read_page(text[body_start:], split=not fields)
    line_offset = text[:body_start].count("\n")
    documents = []
    several = len(reading.articles) > 1
    for number, article in enumerate(reading.articles, start=1):
        body, runs = assemble(article.body)
        if not body.strip():
            continue
        fallback = (reading.site or "unknown") if several else _stem_source(path)
        if fields:
            found_by = "front matter"
        elif article.source:
            found_by = article.found_by
        else:
            named = "site name" if several and reading.site else ("none" if several else "file name")
            found_by = f"{article.found_by}; outlet: {named}"
        documents.append(
            Document(
                id=fields.get("id") or (f"{default_id}#{number}" if several else default_id),
                source=fields.get("source") or article.source or fallback,
                text=body,
                title=fields.get("title") or article.title,
                path=path,
                url=fields.get("url", ""),
                published=fields.get("published", ""),
                offsets=_shift(runs, body_start),
                found_by=found_by,
            )
        )
    return Parsed(documents, _dropped(path, reading, line_offset))


def _document_from_record(
    path: str, record: object, where: str, default_id: str, line: int | None, dropped: list[DroppedText]
) -> Document | None:
    if not isinstance(record, dict):
        raise InputError(path, f"{where} is {type(record).__name__}, expected an object with a 'text' field", line)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(path, f"{where} has no 'text' string; every record needs the article text in 'text'", line)
    for key in RECORD_KEYS:
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            raise InputError(path, f"{where} field '{key}' must be a string", line)
    reading = read_page(text, split=False)
    dropped.extend(DroppedText(path, line or 0, piece.text, piece.reason) for piece in reading.dropped)
    if not reading.articles:
        return None
    article = reading.articles[0]
    body, runs = assemble(article.body)
    if not body.strip():
        return None
    return Document(
        id=str(record.get("id") or default_id),
        source=str(record.get("source") or _stem_source(path)),
        text=body,
        title=str(record.get("title") or article.title or ""),
        path=path,
        url=str(record.get("url") or ""),
        published=str(record.get("published") or ""),
        offsets=runs,
        language=str(record.get("language") or "").lower(),
        found_by="a JSON record",
    )


def _skipped_note(path: str, skipped: list[str]) -> list[Note]:
    if not skipped:
        return []
    shown = ", ".join(skipped[:5]) + (", ..." if len(skipped) > 5 else "")
    records = "record" if len(skipped) == 1 else "records"
    return [Note(path, f"skipped {len(skipped)} malformed {records} ({shown}) as --skip-bad-records asks")]


_TOO_DEEP = "a record is an object with a 'text' string"


def parse_jsonl(path: str, text: str, default_id: str, options: ReadOptions = ReadOptions()) -> Parsed:
    documents: list[Document] = []
    dropped: list[DroppedText] = []
    skipped: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(path, f"not valid JSON ({error.msg}); fix or remove this line, or pass --skip-bad-records", line=number) from None
            except RecursionError:
                raise InputError(path, f"nested deeper than any record; {_TOO_DEEP}", line=number) from None
            document = _document_from_record(path, record, "record", f"{default_id}:{number}", number, dropped)
        except InputError:
            if not options.skip_bad_records:
                raise
            skipped.append(f"line {number}")
            continue
        if document:
            documents.append(document)
    return Parsed(documents, dropped, _skipped_note(path, skipped))


def parse_json(path: str, text: str, default_id: str, options: ReadOptions = ReadOptions()) -> Parsed:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not valid JSON ({error.msg})", line=error.lineno) from None
    except RecursionError:
        raise InputError(path, f"nested deeper than any list of records; {_TOO_DEEP}") from None
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        data = data["documents"]
    records = data if isinstance(data, list) else [data]
    documents: list[Document] = []
    dropped: list[DroppedText] = []
    skipped: list[str] = []
    for number, record in enumerate(records, start=1):
        try:
            document = _document_from_record(path, record, f"record {number}", f"{default_id}:{number}", None, dropped)
        except InputError:
            if not options.skip_bad_records:
                raise
            skipped.append(f"record {number}")
            continue
        if document:
            documents.append(document)
    return Parsed(documents, dropped, _skipped_note(path, skipped))


def parse_html(path: str, text: str, default_id: str, options: ReadOptions = ReadOptions()) -> Parsed:
    """A saved web page, read as one article by ``consistency.ingest.html.read_html``: the
    main text (trafilatura first, other extractors when it finds little), title, outlet
    and date. ``found_by`` names the extractor that found the text."""
    try:
        reading = read_html(text)
    except HtmlError as error:
        raise InputError(path, str(error)) from None
    except Exception as error:  # a parser error on a broken page is the page's problem, said in one line
        raise InputError(path, f"could not be parsed as HTML ({type(error).__name__})") from None
    if reading is None:
        return Parsed([], [DroppedText(path, 0, "", "no article text found in the page")])
    dropped = [DroppedText(path, piece.line, piece.text, piece.reason) for piece in reading.dropped]
    body, runs = assemble(reading.body)
    if not body.strip():
        note = f"no article text found in the page (the text {reading.found_by} found is all furniture)"
        return Parsed([], [*dropped, DroppedText(path, 0, "", note)])
    return Parsed(
        [
            Document(
                id=default_id,
                source=reading.site or _stem_source(path),
                text=body,
                title=reading.title,
                path=path,
                url=reading.url,
                published=reading.date,
                offsets=_locate_runs(text, body, runs),
                found_by=reading.found_by,
            )
        ],
        dropped,
    )


def _locate_runs(source: str, body: str, runs: tuple[tuple[int, int, int], ...]) -> tuple[tuple[int, int, int], ...]:
    """Where each run of extracted text stands in the HTML source, when it stands there
    verbatim; a run that entities or markup break up maps to -1."""
    located = []
    cursor = 0
    for text_start, _, length in runs:
        found = source.find(body[text_start : text_start + length], cursor)
        located.append((text_start, found, length))
        if found >= 0:
            cursor = found + length
    return tuple(located)


loaders.register("text")(Loader((".txt", ".md"), parse_text_article))
loaders.register("html")(Loader((".html", ".htm"), parse_html))
loaders.register("jsonl")(Loader((".jsonl",), parse_jsonl))
loaders.register("json")(Loader((".json",), parse_json))


def loader_for(path: str) -> Loader:
    suffix = Path(path).suffix.lower()
    for _, loader in loaders:
        if suffix in loader.suffixes:
            return loader
    raise InputError(path, f"unsupported file type '{suffix or '(none)'}'; give {', '.join(supported_suffixes())} files")


def supported_suffixes() -> list[str]:
    return sorted(suffix for _, loader in loaders for suffix in loader.suffixes)


#: What ``detect_encoding`` may answer, and how to say it to a person.
ENCODING_NAMES = {"utf-16": "UTF-16", "utf-8-sig": "UTF-8", "cp1252": "Windows-1252", "latin-1": "Latin-1"}


def detect_encoding(path: str, data: bytes) -> str:
    """The codec that reads ``data``: UTF-16 when it starts with a byte-order mark, else
    UTF-8 when it decodes as UTF-8, else Windows-1252, else Latin-1 (which reads any
    bytes). Binary files are refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in data[:8192]:
        raise InputError(path, "is a binary file, not text; give articles as text, Markdown, JSON or JSONL")
    for codec in ("utf-8-sig", "cp1252"):
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    return "latin-1"


def decode_input(path: str, data: bytes) -> str:
    """Decode file bytes as text, refusing binary files."""
    try:
        return data.decode(detect_encoding(path, data))
    except UnicodeDecodeError as error:  # UTF-16 with a byte-order mark, then broken
        raise InputError(path, f"starts as UTF-16 but is not ({error.reason}); save it again as UTF-8") from None


def _encoding_note(path: str, codec: str) -> Note:
    if codec in ("cp1252", "latin-1"):
        return Note(path, f"not valid UTF-8; read as {ENCODING_NAMES[codec]}", detail=True)
    return Note(path, f"read as {ENCODING_NAMES[codec]}", detail=True)


def _files_under(folder: Path) -> list[str]:
    """The readable files under ``folder`` in a stable order, as strings: a corpus of
    100,000 files is listed before any is read, and a Path costs several times a string."""
    suffixes = set(supported_suffixes())
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in suffixes:
                found.append(os.path.join(root, name))
    return found


def _read_file(path: Path, display: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(display, "is a symbolic link to nothing (a missing target or a loop)") from None
        raise InputError(display, "no such file or folder") from None
    except PermissionError:
        raise InputError(display, "permission denied; make the file readable") from None
    except OSError as error:
        raise InputError(display, f"cannot be read ({error.strerror})") from None


def _document_id(path: Path, base: Path | None) -> str:
    relative = path.relative_to(base) if base else Path(path.name)
    return relative.with_suffix("").as_posix()


def _looks_like_jsonl(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(line.lstrip().startswith("{") for line in lines)


def read_corpus(
    paths: Sequence[str],
    stdin: TextIO | None = None,
    cache: "EmbeddingCache | None" = None,
    options: ReadOptions = ReadOptions(),
) -> Corpus:
    """Read every document in ``paths`` (files, folders, or ``-`` for stdin). With a
    ``cache``, a file read before (same bytes, same code) is not read again.

    Inputs larger than ``options.max_bytes`` in all are refused before any is read; more
    than ``options.max_documents`` documents stop the reading at the first one over."""
    dropped: list[DroppedText] = []
    notes: list[Note] = []
    documents = tuple(iter_corpus(paths, stdin, cache, options, dropped, notes))
    return Corpus(documents, tuple(dropped), tuple(notes))


def iter_corpus(
    paths: Sequence[str],
    stdin: TextIO | None,
    cache: "EmbeddingCache | None",
    options: ReadOptions,
    dropped: list[DroppedText] | None,
    notes: list[Note],
) -> Iterator[Document]:
    """The documents of ``paths`` one file at a time, as ``read_corpus`` reads them; what
    was left out and the notes are added to ``dropped`` (unless None) and ``notes`` as
    they come."""
    first_seen: dict[str, str] = {}
    count = 0
    for display, parsed in _parse_inputs(paths, stdin, cache, options):
        if dropped is not None:
            dropped.extend(parsed.dropped)
        notes.extend(parsed.notes)
        if not parsed.documents:
            notes.append(Note(display, "holds no article text; left out (see 'consistency inspect --show-dropped')"))
        for document in parsed.documents:
            if document.id in first_seen:
                raise InputError(
                    document.path,
                    f"document id '{document.id}' is used twice (first in {first_seen[document.id]}); ids must be unique",
                )
            first_seen[document.id] = document.path
            count += 1
            if count > options.max_documents:
                raise LimitExceeded(
                    f"{document.path}: more than {options.max_documents:,} documents in the inputs; "
                    "raise --max-documents or give fewer files"
                )
            yield document


def input_bytes(paths: Sequence[str]) -> int:
    """The size of the files ``paths`` name or hold (stdin counts as 0)."""
    total = 0
    for given in paths:
        path = Path(given)
        if given == "-" or not path.exists():
            continue
        for file in (_files_under(path) if path.is_dir() else [path]):
            total += _file_size(file)
    return total


def _too_many_bytes(total: int, options: ReadOptions, where: str, at_least: bool = False) -> LimitExceeded:
    return LimitExceeded(
        f"{where}: the inputs hold {'more than ' if at_least else ''}{human_bytes(total)}, over the --max-bytes limit of "
        f"{human_bytes(options.max_bytes)}; raise --max-bytes or give fewer files"
    )


def human_bytes(count: int) -> str:
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if count >= size:
            return f"{count / size:.1f} {unit}"
    return f"{count} bytes"


def document_from_record(record: dict) -> Document:
    """A document back from ``dataclasses.asdict`` after a trip through JSON."""
    return Document(**{**record, "offsets": tuple(tuple(run) for run in record["offsets"])})


def _parsed_to_json(parsed: Parsed) -> dict:
    return {
        "documents": [asdict(d) for d in parsed.documents],
        "dropped": [asdict(d) for d in parsed.dropped],
        "notes": [asdict(n) for n in parsed.notes],
    }


def _parsed_from_json(data: dict) -> Parsed:
    documents = [
        document_from_record(record) for record in data["documents"]
    ]
    return Parsed(
        documents, [DroppedText(**record) for record in data["dropped"]], [Note(**record) for record in data["notes"]]
    )


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (RuntimeError, OSError):  # pathlib says "Symlink loop" with a RuntimeError
        raise InputError(str(path), "cannot be read (a loop of symbolic links)") from None


def _file_size(path: str | Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reading it says what is wrong


def _parse_inputs(
    paths: Sequence[str], stdin: TextIO | None, cache: "EmbeddingCache | None", options: ReadOptions
) -> Iterable[tuple[str, Parsed]]:
    seen: set[str] = set()
    targets: list[tuple[str | None, str | None]] = []
    total = 0
    for given in paths:
        if given == "-":
            targets.append((None, None))
            continue
        path = Path(given)
        if path.is_dir():
            files = _files_under(path)
            if not files:
                raise InputError(given, f"folder holds no {', '.join(supported_suffixes())} files")
            found = [(file, given) for file in files]
        elif path.exists():
            found = [(given, None)]
        elif path.is_symlink():
            raise InputError(given, "is a symbolic link to nothing (a missing target or a loop)")
        else:
            raise InputError(given, "no such file or folder")
        for file, base in found:
            resolved = str(_resolved(Path(file)))
            if resolved in seen:
                continue
            seen.add(resolved)
            loader_for(file)  # an unsupported file fails before any is read
            total += _file_size(file)
            targets.append((file, base))
    if total > options.max_bytes:
        raise _too_many_bytes(total, options, ", ".join(paths))
    del seen
    targets.reverse()
    while targets:
        file, base = targets.pop()  # let go of each name once it is read
        if file is None:
            yield "<stdin>", _parse_stdin(stdin, options, total)
            continue
        display = str(Path(file))
        loader = loader_for(display)
        data = _read_file(Path(file), display)
        default_id = _document_id(Path(file), Path(base) if base is not None else None)
        codec = detect_encoding(display, data)
        key = f"{loader.suffixes}|{display}|{default_id}|{options.skip_bad_records}|{hashlib.sha256(data).hexdigest()}"
        cached = cache.get_record("parsed", key) if cache else None
        if cached is not None:
            parsed = _parsed_from_json(cached)
        else:
            parsed = _with_languages(loader.parse(display, decode_input(display, data), default_id, options))
            if cache:
                cache.put_record("parsed", key, _parsed_to_json(parsed))
        yield display, Parsed(parsed.documents, parsed.dropped, [_encoding_note(display, codec), *parsed.notes])


def _with_languages(parsed: Parsed) -> Parsed:
    """Each document with the language its text is written in, unless its record gave one."""
    documents = [
        document if document.language else replace(document, language=detect_language(document.text))
        for document in parsed.documents
    ]
    return Parsed(documents, parsed.dropped, parsed.notes)


def _parse_stdin(stdin: TextIO | None, options: ReadOptions, files_total: int) -> Parsed:
    """Standard input is read as bytes where it can be, and decoded like a file: a pipe
    of Latin-1 text or of a PNG is then read or refused, not a crash."""
    if stdin is None:
        raise InputError("-", "standard input is not available")
    allowed = max(options.max_bytes - files_total, 0)
    raw = getattr(stdin, "buffer", None)
    if raw is not None:
        data = raw.read(allowed + 1)
        if len(data) > allowed:
            raise _too_many_bytes(options.max_bytes, options, "<stdin>", at_least=True)
        codec = detect_encoding("<stdin>", data)
        text = decode_input("<stdin>", data)
        notes = [_encoding_note("<stdin>", codec)]
    else:
        text = stdin.read(allowed + 1)
        if len(text.encode("utf-8", "surrogatepass")) > allowed:
            raise _too_many_bytes(options.max_bytes, options, "<stdin>", at_least=True)
        notes = []
    parse = parse_jsonl if _looks_like_jsonl(text) else parse_text_article
    parsed = _with_languages(parse("<stdin>", text, "stdin", options))
    return Parsed(parsed.documents, parsed.dropped, [*notes, *parsed.notes])


def require_two_documents(corpus: Corpus, paths: Sequence[str]) -> None:
    if len(corpus.documents) < 2:
        found = "no document" if not corpus.documents else "only one document"
        empty = [note.path for note in corpus.notes if note.message.startswith("holds no article text")]
        without = f" ({', '.join(empty[:3])}{', ...' if len(empty) > 3 else ''} had none)" if empty else ""
        raise NotEnoughDocuments(
            f"found {found} with text in {', '.join(paths)}{without}; give at least two articles to compare"
        )


def load_documents(paths: Sequence[str], stdin: TextIO | None = None, options: ReadOptions = ReadOptions()) -> list[Document]:
    """Load every document in ``paths``; at least two with text are required."""
    corpus = read_corpus(paths, stdin, options=options)
    require_two_documents(corpus, paths)
    return list(corpus.documents)
