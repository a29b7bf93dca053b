"""Perturbation cases made by program: take a sentence, change one fact the way outlets
get facts wrong (a number, a place, a polarity, a word in a quotation) and expect the
comparator of that kind to report the change, and nothing to be reported for the sentence
against itself.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

#: Hand-written statements, each with a count, a place after "from"/"near"/"in", a finite
#: "was"/"were" and a quotation, so that every perturbation applies to every one.
BASES = (
    'About 40 residents were moved from Ashgrove after the flood, and the mayor said the town was "shaken but standing."',
    'The ferry\'s 212 passengers were evacuated from Dunmore when it ran aground, and the captain said the crew "acted calmly and quickly."',
    'Some 18 workers were trapped near Kellsbridge after the collapse, and the union said the site was "a disaster waiting to happen."',
    'Police said 7 protesters were arrested near Harlow Square, and a spokesman called the march "loud but largely peaceful."',
    'The airline said 96 flights were cancelled from Westport on Monday, and its chief called the storm "the worst in a decade."',
    'Officials said 64 homes were damaged near Carrow Bay, and the governor described the damage as "heartbreaking but repairable."',
    'The company said 350 jobs were cut from its Linwood plant, and the union called the decision "a betrayal of loyal staff."',
    'About 25 climbers were rescued near Mount Ferrow, and the rescue chief said conditions were "brutal and changing by the hour."',
)

_OTHER_PLACES = ("Bramley", "Castleford", "Elmhurst", "Greyhaven", "Northwick")
_QUOTE_SWAPS = {"shaken": "battered", "calmly": "bravely", "disaster": "tragedy", "loud": "noisy",
                "worst": "fiercest", "heartbreaking": "devastating", "betrayal": "insult", "brutal": "savage"}


@dataclass(frozen=True)
class Perturbation:
    kind: str
    original: str
    changed: str


def _number(sentence: str, rng: random.Random) -> str:
    match = re.search(r"\b\d+\b", sentence)
    value = int(match.group())
    # Far enough that "about" (10% either way) cannot make the two agree.
    new = value + rng.choice([-1, 1]) * rng.randint(max(2, value // 3), max(3, value // 2))
    return sentence[: match.start()] + str(max(1, new)) + sentence[match.end():]


def _entity(sentence: str, rng: random.Random) -> str:
    match = re.search(r"\b(?:from|near)\s+(?:its\s+)?(?:Mount\s+)?([A-Z][a-z]+)", sentence)
    place = match.group(1)
    return sentence[: match.start(1)] + rng.choice([p for p in _OTHER_PLACES if p != place]) + sentence[match.end(1):]


def _negation(sentence: str, rng: random.Random) -> str:
    match = re.search(r"\b(was|were)\s+(?=[a-z]+ed\b|cut\b)", sentence)
    return sentence[: match.end(1)] + " not" + sentence[match.end(1):]


def _quote(sentence: str, rng: random.Random) -> str:
    for word, other in _QUOTE_SWAPS.items():
        if re.search(rf'"[^"]*\b{word}\b[^"]*"', sentence):
            return re.sub(rf"\b{word}\b", other, sentence, count=1)
    raise ValueError(f"no quotation word to swap in {sentence!r}")


PERTURBERS = {"number": _number, "entity": _entity, "negation": _negation, "quote": _quote}


def perturbations(seed: int = 7) -> list[Perturbation]:
    """Every base sentence changed in every way, reproducibly."""
    rng = random.Random(seed)
    return [
        Perturbation(kind, base, perturb(base, rng))
        for base in BASES
        for kind, perturb in sorted(PERTURBERS.items())
    ]
