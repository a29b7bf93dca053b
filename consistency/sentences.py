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


#: pysbd builds a regular expression per abbreviation and per sentence on every call, more
#: than ``re``'s cache of 512 keeps, so each is parsed again and again (a third of its
#: time); a larger cache keeps them all. Measured: splitting twice as fast.
_PATTERN_CACHE = 8192


_CHUNK = re.compile(r"\S+")


def _words_before_a_stop(line: str) -> set[str]:
    """Each stretch of a line's words that runs from a space up to a full stop, in lower
    case: "gen" of "Gen. Smith", "e" and "e.g" of "e.g.". pysbd's abbreviation rules
    change a line only at such a stop."""
    words = set()
    for chunk in _CHUNK.finditer(line):
        text = chunk.group()
        stop = text.find(".")
        while stop >= 0:
            words.add(text[:stop].lower())
            stop = text.find(".", stop + 1)
    return words


@lru_cache(maxsize=None)
def _abbreviations(language) -> tuple[tuple[str, bool], ...]:
    """pysbd's abbreviations in its order, each with whether it is always tried: pysbd
    reads an abbreviation as a pattern, and the "." of "e.g" matches any character."""
    return tuple((abbreviation.strip(), "." in abbreviation) for abbreviation in language.Abbreviation.ABBREVIATIONS)


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd
    from pysbd.lang.english import English

    if getattr(re, "_MAXCACHE", _PATTERN_CACHE) < _PATTERN_CACHE:
        re._MAXCACHE = _PATTERN_CACHE

    class AbbreviationReplacer(English.AbbreviationReplacer):
        """pysbd's English replacer, trying only the abbreviations a line holds before a
        full stop. pysbd tries all 188 on every line, and one that occurs as a bare word
        ("no", "co", "st") costs a regular-expression substitution per occurrence, each
        of which can only replace a full stop right after the abbreviation. Same text
        out (tests/test_reading_fast_paths.py), splitting 1.6 x as fast."""

        def search_for_abbreviations_in_string(self, text):
            before_a_stop = _words_before_a_stop(text)
            if not before_a_stop:
                return text
            lowered = text.lower()
            for stripped, always in _abbreviations(self.lang):
                if not (always or stripped in before_a_stop) or stripped not in lowered:
                    continue
                # From here on, pysbd's own loop body, unchanged.
                matches = re.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)
                if not matches:
                    continue
                next_word_start = re.findall(r"(?<={" + str(re.escape(stripped)) + "} ).{1}", text)
                for index, match in enumerate(matches):
                    text = self.scan_for_replacements(text, match, index, next_word_start)
            return text

    class Language(English):
        pass

    Language.AbbreviationReplacer = AbbreviationReplacer
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.language_module = Language
    return segmenter


_SPACE = re.compile(r"\s*")


def _pysbd_segment(text: str) -> list[str]:
    """``pysbd.Segmenter.segment(text)`` without its slow last step: pysbd finds where each
    sentence stands by compiling a pattern per sentence and scanning the text from its start
    (half its time on news paragraphs); here a search from the previous sentence's end gives
    the same pieces, each with the space after it."""
    if not text:
        return []
    pieces, prior_end = [], 0
    for sentence in _segmenter().processor(text).process():
        start = text.find(sentence, max(0, prior_end - len(sentence)))
        while start >= 0:
            end = _SPACE.match(text, start + len(sentence)).end()
            if end > prior_end:
                pieces.append(text[start:end])
                prior_end = end
                break
            start = text.find(sentence, start + 1)
    return pieces


#: A full stop and a capitalised word after it: a sentence boundary pysbd may have missed.
_MISSED_BOUNDARY = re.compile(r"[a-z0-9)][.!?][\"”’']?\s+[A-Z][a-z]")


def _segments(paragraph: str) -> list[str]:
    """pysbd's sentences of a paragraph. A stray quote mark early in a long paragraph can
    make pysbd treat the rest as one quotation and miss every boundary in it, so a
    "sentence" that still holds a boundary is segmented once more on its own."""
    pieces = []
    for piece in _pysbd_segment(paragraph):
        if _MISSED_BOUNDARY.search(piece.strip()):
            # A quote mark that closes an earlier quotation, left at the front, is what
            # misleads pysbd; segment without it and give it back to the first sentence.
            body = piece.lstrip(" \"“”'’")
            again = _pysbd_segment(body)
            if len(again) > 1:
                pieces.extend([piece[: len(piece) - len(body)] + again[0], *again[1:]])
                continue
        pieces.append(piece)
    return pieces


#: pysbd's time grows with the square of a paragraph's length (a megabyte without a
#: line break would take hours), so longer paragraphs are segmented a window at a time.
_WINDOW = 2000


def _located(window: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Where each of pysbd's pieces of ``window`` stands in it, stripped of space."""
    spans = []
    cursor = 0
    for piece in pieces:
        stripped = piece.strip()
        if not stripped:
            continue
        start = window.find(stripped, cursor)
        if start < 0:
            # pysbd altered the text; fall back to keeping the rest of the window whole.
            rest = window[cursor:]
            start = cursor + len(rest) - len(rest.lstrip())
            end = cursor + len(rest.rstrip())
            if end > start:
                spans.append((start, end))
            return spans
        end = start + len(stripped)
        skipped = window[cursor:start]
        if skipped.strip():
            # pysbd left text out ("?.??" gives only "?."); it joins the next sentence.
            start = cursor + len(skipped) - len(skipped.lstrip())
        spans.append((start, end))
        cursor = end
    rest = window[cursor:]
    if rest.strip():
        spans.append((cursor + len(rest) - len(rest.lstrip()), cursor + len(rest.rstrip())))
    return spans


def _window_end(paragraph: str, position: int) -> int:
    end = position + _WINDOW
    if end >= len(paragraph):
        return len(paragraph)
    space = paragraph.rfind(" ", position + _WINDOW // 2, end)
    return space + 1 if space >= 0 else end


def _paragraph_spans(paragraph: str) -> list[tuple[int, int]]:
    """Sentence spans in one paragraph, read a window at a time. The last sentence of a
    window may be cut, so it is read again with the next window; a window that holds no
    boundary at all continues the sentence it started."""
    if len(paragraph) <= _WINDOW:
        return _located(paragraph, _segments(paragraph))
    spans: list[tuple[int, int]] = []
    open_sentence: int | None = None
    position = 0
    while position < len(paragraph):
        end = _window_end(paragraph, position)
        window = paragraph[position:end]
        found = [(position + start, position + stop) for start, stop in _located(window, _segments(window))]
        if not found:
            position = end
            continue
        if open_sentence is not None:
            found[0] = (open_sentence, found[0][1])
            open_sentence = None
        if end == len(paragraph):
            spans.extend(found)
        elif len(found) > 1:
            spans.extend(found[:-1])
            end = found[-1][0]
        else:
            open_sentence = found[0][0]
        position = end
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence in ``text``, stripped of surrounding space."""
    spans = []
    for paragraph in _PARAGRAPH.finditer(text):
        if not paragraph.group().strip():
            continue
        found = _closing_marks_back(text, [(paragraph.start() + start, paragraph.start() + end) for start, end in _paragraph_spans(paragraph.group())])
        if _visible("".join(text[start:end] for start, end in found)) != _visible(paragraph.group()):
            # A safety net: should the splitter ever lose characters, keep the paragraph
            # whole rather than lose text.
            whole = paragraph.group()
            start = paragraph.start() + len(whole) - len(whole.lstrip())
            found = [(start, paragraph.start() + len(whole.rstrip()))]
        spans.extend(found)
    return spans


#: Two apostrophes that close a quotation in old wire copy (opened by two backquotes, which
#: archives often strip): pysbd leaves them at the front of the next sentence
#: ("...the Russian people.", "'' He said ..."); they belong to the sentence they close.
_CLOSING_MARK = re.compile(r"''\s*")


def _closing_marks_back(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    mended = list(spans)
    for position in range(1, len(mended)):
        start, end = mended[position]
        before_start, before_end = mended[position - 1]
        mark = _CLOSING_MARK.match(text, start)
        if mark and before_end <= start and text[before_end - 1:before_end] in ".!?," and mark.end() < end:
            closing = start + 2
            mended[position - 1] = (before_start, closing)
            mended[position] = (mark.end(), end)
    return mended


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
