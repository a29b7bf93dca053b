"""Split documents into sentences that keep their offsets into the document text.

pysbd does the boundary decisions (it knows "U.S.", "a.m.", "Gen." and quotes); we only
split paragraphs first, so a headline or list line never runs into the next one, and
recover each sentence's exact offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from consistency.records import Document, Sentence

if TYPE_CHECKING:
    from consistency.cache import EmbeddingCache

_PARAGRAPH = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


#: A full stop and a capitalised word after it: a sentence boundary pysbd may have missed.
_MISSED_BOUNDARY = re.compile(r"[a-z0-9)][.!?][\"”’']?\s+[A-Z][a-z]")


def _segments(paragraph: str) -> list[str]:
    """pysbd's sentences of a paragraph. A stray quote mark early in a long paragraph can
    make pysbd treat the rest as one quotation and miss every boundary in it, so a
    "sentence" that still holds a boundary is segmented once more on its own."""
    pieces = []
    for piece in _segmenter().segment(paragraph):
        if _MISSED_BOUNDARY.search(piece.strip()):
            # A quote mark that closes an earlier quotation, left at the front, is what
            # misleads pysbd; segment without it and give it back to the first sentence.
            body = piece.lstrip(" \"“”'’")
            again = _segmenter().segment(body)
            if len(again) > 1:
                pieces.extend([piece[: len(piece) - len(body)] + again[0], *again[1:]])
                continue
        pieces.append(piece)
    return pieces


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence in ``text``, stripped of surrounding space."""
    spans = []
    for paragraph in _PARAGRAPH.finditer(text):
        if not paragraph.group().strip():
            continue
        cursor = paragraph.start()
        first_of_paragraph = len(spans)
        for piece in _segments(paragraph.group()):
            stripped = piece.strip()
            if not stripped:
                continue
            start = text.find(stripped, cursor, paragraph.end())
            if start < 0:
                # pysbd altered the text; fall back to keeping the rest of the paragraph whole.
                rest = text[cursor : paragraph.end()]
                start = cursor + len(rest) - len(rest.lstrip())
                end = cursor + len(rest.rstrip())
                if end > start:
                    spans.append((start, end))
                break
            end = start + len(stripped)
            spans.append((start, end))
            cursor = end
        kept = "".join(text[start:end] for start, end in spans[first_of_paragraph:])
        if _visible(kept) != _visible(paragraph.group()):
            # The splitter dropped characters (it does with some symbols): keep the
            # paragraph whole rather than lose text.
            whole = paragraph.group()
            start = paragraph.start() + len(whole) - len(whole.lstrip())
            spans[first_of_paragraph:] = [(start, paragraph.start() + len(whole.rstrip()))]
    return spans


def _visible(text: str) -> str:
    return "".join(text.split())


def split_sentences(document: Document, cache: "EmbeddingCache | None" = None) -> list[Sentence]:
    """The document's sentences; with a ``cache``, a text split before is not split again."""
    spans = cache.get_record("sentences", document.text) if cache else None
    if spans is None:
        spans = sentence_spans(document.text)
        if cache:
            cache.put_record("sentences", document.text, spans)
    return [
        Sentence(
            doc_id=document.id,
            source=document.source,
            index=index,
            text=document.text[start:end],
            start=start,
            end=end,
        )
        for index, (start, end) in enumerate(spans)
    ]
