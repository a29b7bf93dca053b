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
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence, TextIO

from consistency.errors import InputError, NotEnoughDocuments
from consistency.ingest.pages import PageReading, assemble, read_page
from consistency.records import Document, DroppedText
from consistency.registry import Registry

if TYPE_CHECKING:
    from consistency.cache import EmbeddingCache

FRONT_MATTER_KEYS = ("id", "published", "source", "title", "url")
RECORD_KEYS = ("id", "source", "title", "url", "published")


@dataclass(frozen=True)
class Parsed:
    documents: list[Document]
    dropped: list[DroppedText]


@dataclass(frozen=True)
class Corpus:
    """Everything read from the inputs: the documents and the text left out of them."""

    documents: tuple[Document, ...]
    dropped: tuple[DroppedText, ...]


@dataclass(frozen=True)
class Loader:
    """Parses the decoded text of one input into documents.

    ``parse(display_path, text, default_id)`` returns the documents in input order and
    the text it dropped as furniture.
    """

    suffixes: tuple[str, ...]
    parse: Callable[[str, str, str], Parsed]


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


def parse_text_article(path: str, text: str, default_id: str) -> Parsed:
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
    )


def parse_jsonl(path: str, text: str, default_id: str) -> Parsed:
    documents: list[Document] = []
    dropped: list[DroppedText] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(path, f"not valid JSON ({error.msg}); fix or remove this line", line=number) from None
        document = _document_from_record(path, record, "record", f"{default_id}:{number}", number, dropped)
        if document:
            documents.append(document)
    return Parsed(documents, dropped)


def parse_json(path: str, text: str, default_id: str) -> Parsed:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not valid JSON ({error.msg})", line=error.lineno) from None
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        data = data["documents"]
    records = data if isinstance(data, list) else [data]
    documents: list[Document] = []
    dropped: list[DroppedText] = []
    for number, record in enumerate(records, start=1):
        document = _document_from_record(path, record, f"record {number}", f"{default_id}:{number}", None, dropped)
        if document:
            documents.append(document)
    return Parsed(documents, dropped)


def parse_html(path: str, text: str, default_id: str) -> Parsed:
    """A saved web page: trafilatura finds the main text, title, site name and date; our
    own cleaning then drops what furniture it kept ("Advertisement", credits)."""
    extracted = _extract_html(path, text)
    if extracted is None or not (extracted.text or "").strip():
        return Parsed([], [DroppedText(path, 0, "", "no article text found in the page")])
    reading = read_page(extracted.text, split=False)
    title = (extracted.title or "").strip()
    body_pieces = reading.articles[0].body if reading.articles else ()
    while title and body_pieces and " ".join(body_pieces[0].text.split()).lower() == " ".join(title.split()).lower():
        body_pieces = body_pieces[1:]
    body, runs = assemble(body_pieces)
    if not body.strip():
        return Parsed([], _dropped(path, reading))
    return Parsed(
        [
            Document(
                id=default_id,
                source=(extracted.sitename or "").strip() or _stem_source(path),
                text=body,
                title=title or (reading.articles[0].title if reading.articles else ""),
                path=path,
                url=(extracted.url or "").strip(),
                published=(extracted.date or "").strip(),
                offsets=_locate_runs(text, body, runs),
            )
        ],
        _dropped(path, reading),
    )


#: Class or id words that mark ad and promotion boxes in a page's markup.
_AD_MARKUP = re.compile(
    r"(?:^|[-_\s])(?:ad|ads|advert|adverts|advertisement|adslot|ad-slot|sponsor|sponsored|promo|promoted|gpt|dfp"
    r"|outbrain|taboola|newsletter|paywall|subscribe|social-share|share-bar)(?:$|[-_\s\d])",
    re.IGNORECASE,
)


def _without_ad_boxes(text: str):
    """The page as an lxml tree with ad and promotion boxes removed, or the text itself
    when it does not parse (trafilatura then tries on its own)."""
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(text)
    except Exception:  # lxml raises several kinds on odd input; trafilatura gets the raw text
        return text
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None or element.tag in ("html", "body"):
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if _AD_MARKUP.search(marks):
            element.drop_tree()
    return tree


def _extract_html(path: str, text: str):
    try:
        import trafilatura
    except ImportError:
        raise InputError(path, "reading HTML needs trafilatura; run 'make setup'") from None
    try:
        return trafilatura.bare_extraction(
            _without_ad_boxes(text), with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True,
        )
    except Exception as error:  # a parser error on a broken page is the page's problem, said in one line
        raise InputError(path, f"could not be parsed as HTML ({type(error).__name__})") from None


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


def decode_input(path: str, data: bytes) -> str:
    """Decode file bytes as text, refusing binary files."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise InputError(path, "is a binary file, not text; give articles as text, Markdown, JSON or JSONL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _files_under(folder: Path) -> list[Path]:
    suffixes = set(supported_suffixes())
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                found.append(Path(root) / name)
    return found


def _read_file(path: Path, display: str) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
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


def read_corpus(paths: Sequence[str], stdin: TextIO | None = None, cache: "EmbeddingCache | None" = None) -> Corpus:
    """Read every document in ``paths`` (files, folders, or ``-`` for stdin). With a
    ``cache``, a file read before (same bytes, same code) is not read again."""
    documents: list[Document] = []
    dropped: list[DroppedText] = []
    first_seen: dict[str, str] = {}
    for parsed in _parse_inputs(paths, stdin, cache):
        dropped.extend(parsed.dropped)
        for document in parsed.documents:
            if document.id in first_seen:
                raise InputError(
                    document.path,
                    f"document id '{document.id}' is used twice (first in {first_seen[document.id]}); ids must be unique",
                )
            first_seen[document.id] = document.path
            documents.append(document)
    return Corpus(tuple(documents), tuple(dropped))


def _parsed_to_json(parsed: Parsed) -> dict:
    return {"documents": [asdict(d) for d in parsed.documents], "dropped": [asdict(d) for d in parsed.dropped]}


def _parsed_from_json(data: dict) -> Parsed:
    documents = [
        Document(**{**record, "offsets": tuple(tuple(run) for run in record["offsets"])}) for record in data["documents"]
    ]
    return Parsed(documents, [DroppedText(**record) for record in data["dropped"]])


def _parse_inputs(paths: Sequence[str], stdin: TextIO | None, cache: "EmbeddingCache | None" = None) -> Iterable[Parsed]:
    seen: set[Path] = set()
    for given in paths:
        if given == "-":
            if stdin is None:
                raise InputError("-", "standard input is not available")
            text = stdin.read()
            parse = parse_jsonl if _looks_like_jsonl(text) else parse_text_article
            yield parse("<stdin>", text, "stdin")
            continue
        path = Path(given)
        if path.is_dir():
            files = _files_under(path)
            if not files:
                raise InputError(given, f"folder holds no {', '.join(supported_suffixes())} files")
            targets = [(file, path) for file in files]
        elif path.exists():
            targets = [(path, None)]
        else:
            raise InputError(given, "no such file or folder")
        for file, base in targets:
            resolved = file.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            display = str(file)
            loader = loader_for(display)
            data = _read_file(file, display)
            default_id = _document_id(file, base)
            key = f"{loader.suffixes}|{display}|{default_id}|{hashlib.sha256(data).hexdigest()}"
            cached = cache.get_record("parsed", key) if cache else None
            if cached is not None:
                yield _parsed_from_json(cached)
                continue
            parsed = loader.parse(display, decode_input(display, data), default_id)
            if cache:
                cache.put_record("parsed", key, _parsed_to_json(parsed))
            yield parsed


def require_two_documents(corpus: Corpus, paths: Sequence[str]) -> None:
    if len(corpus.documents) < 2:
        found = "no document" if not corpus.documents else "only one document"
        raise NotEnoughDocuments(
            f"found {found} with text in {', '.join(paths)}; give at least two articles to compare"
        )


def load_documents(paths: Sequence[str], stdin: TextIO | None = None) -> list[Document]:
    """Load every document in ``paths``; at least two with text are required."""
    corpus = read_corpus(paths, stdin)
    require_two_documents(corpus, paths)
    return list(corpus.documents)
