"""Comparators: each decides one way two aligned sentences can disagree.

A comparator is a function ``(a, b, context) -> list[Finding]`` registered by its kind
name; the kind is part of the JSON contract. Built-ins live one per module and register
themselves on import, the same way a plugin would.

Each finding has a score in [0, 1]: how sure the comparator is, mostly how surely the two
sentences report one fact (``confidence_from_similarity``), weighted by how direct the
evidence is. A pair's score combines its findings as independent evidence (see
``consistency.ranking.pair_score``); discrepancies are ranked by severity, then pair score,
then their own score.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from typing import Callable

from consistency.ingest.lines import FUNCTION_WORDS
from consistency.memo import per_sentence
from consistency.records import Document, Finding, Sentence
from consistency.registry import Registry
from consistency.stems import stem

BUILTIN_MODULES = (
    "consistency.comparators.number",
    "consistency.comparators.time",
    "consistency.comparators.date",
    "consistency.comparators.quote",
    "consistency.comparators.attribution",
    "consistency.comparators.negation",
    "consistency.comparators.modality",
    "consistency.comparators.entity",
    "consistency.comparators.cause",
)


@dataclass(frozen=True)
class PairContext:
    a_document: Document
    b_document: Document
    similarity: float


Comparator = Callable[[Sentence, Sentence, PairContext], list[Finding]]

comparators: Registry[Comparator] = Registry("comparator")


def load_builtin_comparators() -> Registry[Comparator]:
    for module in BUILTIN_MODULES:
        importlib.import_module(module)
    return comparators


def confidence_from_similarity(similarity: float) -> float:
    """How sure we are that two aligned sentences speak of the same fact, in [0.5, 1].

    At the default alignment floor (0.25) half sure; from 0.8 up, fully.
    """
    return 0.5 + 0.5 * min(1.0, max(0.0, (similarity - 0.25) / 0.55))


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@per_sentence(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """The words of ``text`` that carry meaning, lower-cased: no function words, none
    shorter than three letters."""
    return frozenset(word.lower() for word in _WORD.findall(text) if word.lower() not in FUNCTION_WORDS and len(word) > 2)


@per_sentence(maxsize=65536)
def _stemmed_content_words(text: str) -> tuple[tuple[str, str], ...]:
    """Each content word of ``text`` with its stem: stemmed once a sentence, not once for
    every partner it is compared with."""
    return tuple((word, stem(word)) for word in sorted(content_words(text)))


def shared_statement(text_a: str, text_b: str, leave_out_a: frozenset[str] = frozenset(),
                     leave_out_b: frozenset[str] = frozenset()) -> float:
    """How much of what the shorter sentence says the other says too: the share of its
    content words, less the words left out (the values compared, the speakers), found in
    the other. Two sentences that make one statement in other words share most of them;
    two statements of one story about different things share a noun or two."""
    words_a = {stemmed for word, stemmed in _stemmed_content_words(text_a) if word not in leave_out_a}
    words_b = {stemmed for word, stemmed in _stemmed_content_words(text_b) if word not in leave_out_b}
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))


def language_of(document: Document) -> str:
    """The language a document's comparisons read it in; English unless detected otherwise."""
    return document.language or "en"


#: Below this ``shared_statement`` and this similarity, two sentences of one language make
#: different statements of one story. On the 52 judged real stories, 298 date, negation,
#: modality and quote findings lay on such pairs; 3 of the 68 judged were right (claims and
#: their denials), and no labelled divergence of any set lies on such a pair. Numbers are
#: left to their own tests: an age given in two statements ("a 34-year-old born in
#: Liverpool", "Paul Horner, 39, had been identified") was a real conflict there.
OTHER_STATEMENT_SHARE = 0.25
OTHER_STATEMENT_SIMILARITY = 0.4


def other_statements(a: Sentence, b: Sentence, context: PairContext,
                     leave_out_a: frozenset[str] = frozenset(), leave_out_b: frozenset[str] = frozenset()) -> bool:
    """Whether two aligned sentences say different things: "Estonia and
    Latvia have scheduled referendums for September 14" and "the president thanked voters
    on Sunday" share a story, not a statement. Across languages no words are shared, so
    nothing is told there."""
    if context.similarity >= OTHER_STATEMENT_SIMILARITY:
        return False
    if language_of(context.a_document) != language_of(context.b_document):
        return False
    return shared_statement(a.text, b.text, leave_out_a, leave_out_b) < OTHER_STATEMENT_SHARE
