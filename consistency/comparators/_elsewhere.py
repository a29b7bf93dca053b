"""What an article states anywhere in its text, not only in the sentence compared.

Two outlets are at odds on a value only when one of them does not give the other's value.
An article that gives both ("93 died in Thursday's blast ... Monday's blast killed 118")
agrees with one that gives either: the two sentences compared spoke of different things.
"""

from __future__ import annotations

import re
from typing import Iterator

from consistency.dates import DateMention, extract_dates, parse_published
from consistency.memo import per_sentence
from consistency.quantities import Quantity, _frame, extract_quantities, name_different_parts
from consistency.records import Document


@per_sentence(maxsize=512)
def _quantities(text: str) -> dict[tuple, tuple[Quantity, ...]]:
    """The article's quantities by what they amount to (kind, unit, bounds)."""
    found: dict[tuple, list[Quantity]] = {}
    for quantity in extract_quantities(text):
        if not quantity.vague:
            found.setdefault((quantity.kind, quantity.unit, quantity.low, quantity.high), []).append(quantity)
    return {key: tuple(values) for key, values in found.items()}


@per_sentence(maxsize=512)
def _dates(text: str, published: str) -> tuple[DateMention, ...]:
    return extract_dates(text, parse_published(published))


def states_quantity(document: Document, quantity: Quantity, sentence: str) -> bool:
    """Whether ``document`` gives ``quantity`` (said in ``sentence``) itself: the same amount
    in the same unit, of the same noun where both name one, and not of another numbered part
    ("Block 9 rises 12 floors" gives nothing about Block 7)."""
    text = document.text
    for other in _quantities(text).get((quantity.kind, quantity.unit, quantity.low, quantity.high), ()):
        if other.head and quantity.head and other.head != quantity.head:
            continue
        if not other.agrees_with(quantity):
            continue  # one local hour, two hours in UTC: "5 a.m. (0100 GMT)" does not give "5 a.m. (0200 GMT)"
        start, end = sentence_around(text, other.start, other.end)
        if not name_different_parts(sentence, ((quantity.start, quantity.end),), text[start:end],
                                    ((other.start - start, other.end - start),)):
            return True
    return False


def _events_on(document: Document, mention: DateMention) -> Iterator[DateMention]:
    """The dates ``document`` gives to events (not to reports) on the day (month, year)
    ``mention`` gives."""
    return (
        other for other in _dates(document.text, document.published)
        if not other.reporting and other.granularity == mention.granularity and other.agrees_with(mention)
    )


def names_day(document: Document, mention: DateMention) -> bool:
    """Whether ``document`` puts anything at all on the day (month, year) ``mention`` gives."""
    return any(_events_on(document, mention))


def states_date(document: Document, mention: DateMention, frame: frozenset[str]) -> bool:
    """Whether ``document`` puts something said in the words of ``frame`` (the words around
    ``mention``) on the day (month, year) ``mention`` gives. Articles name many days, for
    statements and for other events ("schools were closed on Thursday"), so only a day
    given to the same words counts."""
    return any(len(frame & _frame_in_sentence(document.text, other)) >= 2 for other in _events_on(document, mention))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]*[A-Z0-9])|\n\s*\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of the article that holds ``text[start:end]`` starts and ends."""
    first = max((match.end() for match in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return first, after.start() + 1 if after else len(text)


def _frame_in_sentence(text: str, mention: DateMention) -> frozenset[str]:
    """The words around ``mention`` within its own sentence of the article."""
    start, end = sentence_around(text, mention.start, mention.end)
    return _frame(text[start:end], mention.start - start, mention.end - start)
