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


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence in ``text``, stripped of surrounding space."""
    spans = []
    for paragraph in _PARAGRAPH.finditer(text):
        if not paragraph.group().strip():
            continue
        cursor = paragraph.start()
        for piece in _segmenter().segment(paragraph.group()):
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
    return spans


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
