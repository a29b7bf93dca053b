"""Recognise syndicated copies: two documents that carry the same wire story.

A copy keeps the story's sentences and changes only style (US/U.S., honour/honor, a
dropped dateline) or a word here and there. Two documents are copies when most sentences
of the shorter one have a twin in the other: the same ``style_key``, or nearly the same
words. Copies form groups; the first document of a group in corpus order stands for it.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from consistency.records import Document, Sentence
from consistency.style import style_key

#: Share of the shorter document's sentences that must have a twin in the other.
COPY_SHARE = 0.7
#: Word-set overlap at which two sentences count as twins though a word or two changed.
TWIN_OVERLAP = 0.8


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def twin_share(first: Sequence[tuple[str, ...]], second: Sequence[tuple[str, ...]]) -> float:
    """Share of the shorter document's sentences (given as style keys) that have a twin in
    the other: the same key, or nearly the same words."""
    if not first or not second:
        return 0.0
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    exact = set(longer)
    if sum(key in exact for key in shorter) < 0.3 * len(shorter):
        return 0.0  # a copy keeps a good part of its sentences word for word
    longer_sets = [frozenset(key) for key in longer]
    twins = 0
    for key in shorter:
        words = frozenset(key)
        if key in exact or any(_overlap(words, other) >= TWIN_OVERLAP for other in longer_sets):
            twins += 1
    return twins / len(shorter)


def fresh_sentences(copy: Sequence[Sentence], original: Sequence[Sentence]) -> frozenset[int]:
    """The indexes of the sentences of ``copy`` that have no twin in ``original``: what a
    later version of a wire story adds (a new toll, a new quote). They are the copy's own
    and are compared with every other report; its twins are compared through the original."""
    numbers_of: dict[tuple[str, ...], set[str]] = {}
    for sentence in original:
        numbers_of.setdefault(style_key(sentence.text), set()).update(_NUMBER.findall(sentence.text))
    word_sets = [(frozenset(key), key) for key in numbers_of]

    def twins(key: tuple[str, ...]) -> list[tuple[str, ...]]:
        if key in numbers_of:
            return [key]
        words = frozenset(key)
        return [other_key for other, other_key in word_sets if _overlap(words, other) >= TWIN_OVERLAP]

    fresh = set()
    for sentence in copy:
        found = twins(style_key(sentence.text))
        numbers = set(_NUMBER.findall(sentence.text))
        # A twin that keeps the original's figures and adds one ("at 5 a.m. local time (10
        # p.m. EDT Sunday)") tells something the original does not: it is compared with
        # every report too. (One that changes a figure is the outlet's own update.)
        if not found or all(numbers_of[key] < numbers for key in found):
            fresh.add(sentence.index)
    return frozenset(fresh)


#: Figures as written, for telling whether a twin sentence adds one.
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def find_copies(
    documents: Sequence[Document],
    sentences: Mapping[str, Sequence[Sentence]],
    involving: set[str] | None = None,
    story_of: Mapping[str, int] | None = None,
) -> dict[str, str]:
    """Map each copied document's id to the id of the first document of its copy group.

    With ``involving``, only pairs with at least one of those documents are examined; with
    ``story_of``, only pairs within one story (a copy always reports the same story).
    """
    keys = {d.id: [style_key(s.text) for s in sentences[d.id]] for d in documents}
    words = {d.id: frozenset(w for key in keys[d.id] for w in key) for d in documents}
    parent = {d.id: d.id for d in documents}
    order = {d.id: position for position, d in enumerate(documents)}

    def root(doc_id: str) -> str:
        while parent[doc_id] != doc_id:
            doc_id = parent[doc_id]
        return doc_id

    for i, first in enumerate(documents):
        for second in documents[i + 1 :]:
            if involving is not None and first.id not in involving and second.id not in involving:
                continue
            if story_of is not None and story_of[first.id] != story_of[second.id]:
                continue
            # Cheap screen first: copies share most of their vocabulary.
            if _overlap(words[first.id], words[second.id]) < 0.5:
                continue
            if twin_share(keys[first.id], keys[second.id]) >= COPY_SHARE:
                a, b = root(first.id), root(second.id)
                if a != b:
                    keep, join = (a, b) if order[a] < order[b] else (b, a)
                    parent[join] = keep
    return {doc_id: root(doc_id) for doc_id in parent if root(doc_id) != doc_id}
